"""The `Article`: one canonical plain text per article, and everything else as offsets into it.

Like spaCy's `Doc`, an Article owns its text once; paragraphs, actor mentions, quotes, facts,
search hits and user highlights are all `(start, end)` character ranges into `Article.text`.
Paragraphs are joined with a blank line ("\\n\\n"), the same convention the shared corpus uses.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import Iterable, Sequence

PARAGRAPH_SEPARATOR = "\n\n"
_SPACE_RUN = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
# Zero-width and control characters that carry no text but break offsets in views and
# search (U+FEFF BOM, bidi isolates stay: they matter for right-to-left text).
_INVISIBLE = re.compile(r"[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufeff\u200b]")


@dataclass(frozen=True, slots=True)
class Paragraph:
    start: int
    end: int
    kind: str = "paragraph"  # "paragraph" | "heading" | "item" (of a list) | "blockquote"
    level: int = 0  # heading level (1-6); for an item or a blockquote, its nesting depth (1 = outermost)
    # What a list item is numbered or bulleted with in its source ("•", "◦", "3."); shown by the
    # reader beside the text, never part of it, so offsets stay those of the words.
    marker: str = ""


@dataclass(frozen=True, slots=True)
class Article:
    text: str
    paragraphs: tuple[Paragraph, ...]
    title: str
    source: str = ""  # path the article was loaded from ("" when built in memory)
    format: str = "text"  # "text" | "markdown" | "html"
    byline: str | None = None
    date: str | None = None
    notices: tuple[str, ...] = field(default=())  # things the loader wants the user to know

    @property
    def id(self) -> str:
        """Stable identity: the same text opened from another path is the same article."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()[:16]

    @property
    def word_count(self) -> int:
        return len(self.text.split())

    def paragraph_text(self, index: int) -> str:
        p = self.paragraphs[index]
        return self.text[p.start:p.end]

    def paragraph_at(self, offset: int) -> int:
        """Index of the paragraph containing `offset` (the next one when it falls on a separator)."""
        lo, hi = 0, len(self.paragraphs) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if self.paragraphs[mid].end <= offset:
                lo = mid + 1
            else:
                hi = mid
        return lo


def clean_paragraph(raw: str) -> str:
    """Fold the whitespace inside one paragraph: hard-wrapped lines become one line."""
    text = _INVISIBLE.sub("", raw.replace("\r", "\n"))
    text = text.replace("\n", " ")
    return _SPACE_RUN.sub(" ", text).strip()


def build_article(
    blocks: Iterable[tuple[str, str, int] | tuple[str, str, int, str] | str],
    *,
    title: str,
    source: str = "",
    format: str = "text",
    byline: str | None = None,
    date: str | None = None,
    notices: Sequence[str] = (),
) -> Article:
    """Join blocks into the canonical text. A block is a string or (text, kind, level[, marker])
    with the meanings of Paragraph's fields."""
    parts: list[str] = []
    paragraphs: list[Paragraph] = []
    offset = 0
    split_any = False
    for block in blocks:
        text, kind, level, marker = (block, "paragraph", 0, "") if isinstance(block, str) else (*block, "")[:4]
        text = clean_paragraph(text)
        if not text:
            continue
        pieces = split_giant_paragraph(text) if kind != "heading" else [text]
        split_any |= len(pieces) > 1
        for piece in pieces:
            if parts:
                offset += len(PARAGRAPH_SEPARATOR)
            parts.append(piece)
            paragraphs.append(Paragraph(offset, offset + len(piece), kind, level, marker))
            offset += len(piece)
            marker = ""  # a giant item cut in pieces is numbered once
    if split_any:
        notices = (*notices, "A paragraph of more than 20,000 characters was divided at sentence "
                             "ends so that it can be read and laid out quickly.")
    return Article(
        text=PARAGRAPH_SEPARATOR.join(parts),
        paragraphs=tuple(paragraphs),
        title=clean_paragraph(title) or "Untitled",
        source=source,
        format=format,
        byline=byline,
        date=date,
        notices=tuple(notices),
    )


GIANT_PARAGRAPH_CHARS = 20_000  # no article paragraph is this long; a dump or a broken file is
_PIECE_CHARS = 4_000
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])")
_QUOTE_MARKS = re.compile(r'["“”]')


def split_giant_paragraph(text: str) -> list[str]:
    """A single "paragraph" of megabytes takes seconds to lay out and cannot be read: cut
    it into pieces of about _PIECE_CHARS at sentence ends that lie outside quotation marks
    (so no quote is cut in two), or at a space when a piece has no such sentence end."""
    if len(text) <= GIANT_PARAGRAPH_CHARS:
        return [text]
    pieces, start, marks = [], 0, 0  # marks: quotation marks before `start`
    while len(text) - start > GIANT_PARAGRAPH_CHARS // 2:
        cut = _cut_point(text, start, marks)
        marks += len(_QUOTE_MARKS.findall(text, start, cut))
        pieces.append(text[start:cut].rstrip())
        start = cut
    pieces.append(text[start:])
    return [p for p in pieces if p]


def _cut_point(text: str, start: int, marks_before: int) -> int:
    lo, hi = start + _PIECE_CHARS, start + 3 * _PIECE_CHARS
    marks, counted = marks_before, start
    for m in _SENTENCE_END.finditer(text, lo, hi):
        marks += len(_QUOTE_MARKS.findall(text, counted, m.end()))
        counted = m.end()
        if marks % 2 == 0:
            return m.end()
    space = text.rfind(" ", lo, hi)
    return space + 1 if space > lo else hi


def article_from_text(text: str, title: str = "", **kwargs) -> Article:
    """An article from text whose paragraphs are separated by blank lines (the corpus format)."""
    blocks = re.split(r"\n\s*\n", text.replace("\r\n", "\n").replace("\r", "\n"))
    blocks = [turn for block in blocks for turn in split_turn_lines(block)]
    return build_article(blocks, title=title or fallback_title(text), **kwargs)


# A line opening with a speaker's label: "Q: ", "A: ", "MORROW: ".
_TURN_LINE = re.compile(r"^[ \t]*(?:Q|A|[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}):[ \t]", re.M)


def split_turn_lines(block: str) -> list[str]:
    """An interview typed with single line breaks ("Q: …⏎A: …") is a paragraph per turn, not
    one hard-wrapped paragraph: a block whose first line and at least one more open with a
    speaker's label is cut before each labelled line."""
    block = block.lstrip("\n")
    starts = [m.start() for m in _TURN_LINE.finditer(block)]
    if len(starts) < 2 or starts[0] != 0:
        return [block]
    return [block[a:b] for a, b in zip(starts, starts[1:] + [len(block)])]


def fallback_title(text: str, words: int = 9) -> str:
    """A title for an article that has none: its opening words."""
    tokens = text.split()
    if not tokens:
        return "Untitled"
    head = " ".join(tokens[:words])
    if len(tokens) <= words:
        return head
    return head.rstrip(",;:–—-") + "…"  # "on Monday…", not "on Monday,…"
