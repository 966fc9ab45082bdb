"""Notes follow their words when the file they were made on is edited.

Notes are keyed by the article id, the hash of its canonical text (see `Article.id`), so that
the same text opened from another path finds them. An edit of the file on disk (a typo fixed,
a paragraph added) makes a new id, and without this module its notes would silently vanish
from view. Like Hypothesis' text-quote selectors, every note keeps the words it highlights
(`Note.quote`); when an article opens from the path a note was made on and the note belongs
to another version of the text, the words are looked for in the new text and the note moves
there. A note whose words are gone stays where it is — with its old article, never deleted —
and the caller says how many could not be placed.

    carried = carry_notes_over(store, article)
    carried.moved      # notes now anchored in `article`
    carried.stranded   # notes made on this file whose words the new text no longer has
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .article import Article
    from .notes import Note, NotesStore

__all__ = ["Carried", "carry_notes_over", "locate"]


@dataclass
class Carried:
    moved: list["Note"] = field(default_factory=list)
    stranded: list["Note"] = field(default_factory=list)


def locate(quote: str, text: str, near: int) -> tuple[int, int] | None:
    """(start, end) of `quote` in `text`, or None. Of several occurrences the one nearest to
    `near` (the old offset) wins; when the exact words are not there, the same words with
    different white space (a re-wrapped paragraph) are accepted."""
    if not quote.strip():
        return None
    spans = [(m.start(), m.start() + len(quote)) for m in re.finditer(re.escape(quote), text)]
    if not spans:
        words = quote.split()
        pattern = r"\s+".join(re.escape(w) for w in words)
        spans = [m.span() for m in re.finditer(pattern, text)]
    if not spans:
        return None
    return min(spans, key=lambda span: (abs(span[0] - near), span[0]))


def carry_notes_over(store: "NotesStore", article: "Article") -> Carried:
    """Move the notes made on `article.source` while it held another text into `article`
    (see the module docstring). Returns what moved and what could not be placed. Writes go
    through the store, so they are as safe as any other edit."""
    carried = Carried()
    if not article.source:
        return carried
    for note in store.all():
        if note.source != article.source or note.article_id == article.id:
            continue
        span = locate(note.quote, article.text, note.start)
        if span is None:
            carried.stranded.append(note)
            continue
        moved = store.update(note.id, article_id=article.id, start=span[0], end=span[1],
                             quote=article.text[span[0]:span[1]])
        if moved is not None:
            carried.moved.append(moved)
    return carried
