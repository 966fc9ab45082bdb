"""A candidate name, and the document as the actor rules read it.

A `Candidate` is one stretch of text that may name an actor, with a provisional type; the
modules of this package find candidates (candidates, bounds), decide their type (kinds) and
join them into actors (joining). `NameContext` holds what every rule may consult about the
document: its capitalised tokens and word sets built once, on first use.
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import compress

from ..arrays import of as arrays_of
from ..arrays import tokens_where
from .words import ATTRIBUTIVE_TAILS, KIN, MARKS

@dataclass(slots=True)
class Candidate:
    start: int  # character offsets in the text
    end: int
    text: str
    type: str
    token_start: int  # token indices (exclusive end)
    token_end: int
    key: str = ""  # cluster key, filled in by the resolver
    implied: str = ""  # the full name a bare first name stands for ("Richard" in "Richard and Lisa Marwick")
    located: bool = False  # a place the text puts something in ("a crowd in Porto"): decides the name's type
    acts: bool = False  # the subject of a verb ("Kelso won"): a body or a team, not a place


def claimed_tokens(candidates: list[Candidate]) -> dict[int, Candidate]:
    """Token index → the candidate that already claims it (the scans below skip those tokens)."""
    return {i: c for c in candidates for i in range(c.token_start, c.token_end)}


class NameContext:
    """One spaCy doc and the per-document facts the rules look up many times."""

    def __init__(self, doc) -> None:
        self.doc = doc
        # Per-document word sets, built on first use.
        self._lower_words: set[str] | None = None
        self._surnames: set[str] | None = None
        self._kin_names: set[str] | None = None
        # Every name starts with a capital: the token scans walk only these (a sixth of the
        # text), which keeps the rules cheap next to spaCy's parse.
        # Hashtags and handles ("#MAGA", "@peoplesvote") and places used as adjectives ("US-based")
        # are not names in running text.
        texts = arrays_of(doc).texts()  # plain strings: indexing a Doc costs ~1 µs a time
        self.capitalised = [doc[i] for i, text in enumerate(texts) if text[:1].isupper()
                            and not (i and texts[i - 1] in ("#", "@") and tagged_by_a_sign(doc, i))
                            and not (i + 1 < len(texts) and texts[i + 1] == "-"
                                     and attributive_compound(doc, doc[i:i + 1]))]

    def kin_named(self) -> set[str]:
        """Names written after a kinship word ("sister Venus"): people, whatever else the word means."""
        if self._kin_names is None:
            doc = self.doc
            self._kin_names = {doc[t.i + 1].text for t in tokens_where(doc, "LOWER", KIN) if t.i + 1 < len(doc)
                               and doc[t.i + 1].is_title}
        return self._kin_names

    def tagged_surnames(self) -> set[str]:
        """Last words of the names the model tagged PERSON in full: for "Australian Johnson"."""
        if self._surnames is None:
            self._surnames = {e.text.split()[-1] for e in arrays_of(self.doc).ents() if e.label_ == "PERSON" and " " in e.text}
        return self._surnames

    def common_word(self, token) -> bool:
        """A capitalised word that the article also uses in lower case, seen only where any
        word is capitalised (sentence or quote start), is not a name."""
        doc = self.doc
        lower = token.lower_
        if not token.is_alpha or token.is_upper:
            return False
        if self._lower_words is None:
            arrays = arrays_of(doc)  # {t.text for t in doc if t.is_lower}, on the doc's arrays
            self._lower_words = set(compress(arrays.texts(), arrays.column_list("IS_LOWER")))
        # (in lower case first: it rarely is, and then where the word stands is not read)
        return lower in self._lower_words and (token.is_sent_start or (token.i > 0 and doc[token.i - 1].text in MARKS))


def tagged_by_a_sign(doc, i: int) -> bool:
    return i > 0 and arrays_of(doc).texts()[i - 1] in ("#", "@") and not doc[i - 1].whitespace_


def attributive_compound(doc, span) -> bool:
    """"Jakarta-based", "US-born": a place used to describe something else, not named as itself."""
    end = span.end
    return end + 1 < len(doc) and arrays_of(doc).texts()[end] == "-" and not doc[end - 1].whitespace_ \
        and doc[end + 1].lower_ in ATTRIBUTIVE_TAILS
