"""A user's selection snapped to whole words, as Kindle and Zotero snap a highlight.

A drag that starts or ends in the middle of a word ("dget for the peo") highlights the whole
words ("budget for the people"); nothing else is added. Words are runs of letters, digits and
combining marks, joined across an apostrophe ("Carney’s", "don't"), a full stop between word
characters ("6.2", "U.S") and a comma between digits ("1,500") — the MidLetter, MidNumLet and
MidNum joiners of Unicode's word boundaries (UAX #29, section 4.1), kept to the ones news text
needs. A hyphen or dash separates words, so "dispute" can be highlighted in "trade-dispute".

Snapping only grows an edge over word characters, so it never takes in a neighbouring comma,
dash or quotation mark and never crosses a paragraph break. What the selection held at its
edges beyond its words — white space, or a punctuation-only token such as ", " or " — " that
belongs to the words outside it — is dropped; punctuation attached to a selected word
(“This, running.) is the user's choice and stays.

    snap_to_words(text, start, end)  # -> (start, end), or None when nothing is left

All offsets are character offsets into the article's canonical text (`Article.text`).
"""
from __future__ import annotations

import re

__all__ = ["snap_to_words", "word_at"]

_W = r"[\w\u0300-\u036f]"  # \w and combining accents (a text not in NFC)
_WORD = re.compile(rf"{_W}+(?:(?:['’]|\.(?={_W})|(?<=\d),(?=\d)){_W}+)*")


def word_at(text: str, offset: int) -> tuple[int, int] | None:
    """The word that `offset` falls strictly inside (a character of it on either side), or
    None when `offset` is at a word's edge, in white space or in punctuation."""
    if not 0 < offset < len(text):
        return None
    # A word never contains white space: search only the token around `offset`.
    lo = offset
    while lo > 0 and not text[lo - 1].isspace():
        lo -= 1
    hi = offset
    while hi < len(text) and not text[hi].isspace():
        hi += 1
    for match in _WORD.finditer(text, lo, hi):
        if match.start() < offset < match.end():
            return match.span()
        if match.start() >= offset:
            break
    return None


def _has_word(token: str) -> bool:
    return _WORD.search(token) is not None


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int] | None:
    """`(start, end)` grown to whole words at either edge and trimmed of white space and of
    detached punctuation at the edges; None when the selection is empty or only white space.
    A selection of punctuation alone is kept as it is (trimmed): the user chose it."""
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    if start >= end:
        return None
    word = word_at(text, start)
    if word is not None:
        start = word[0]
    word = word_at(text, end)
    if word is not None:
        end = word[1]
    start, end = _trim(text, start, end)
    if start >= end:
        return None
    # Drop punctuation-only tokens at the edges (", " at the start, " —" at the end), as long
    # as a word is left: they belong to the words outside the selection.
    while True:
        cut = _token_end(text, start, end)
        if cut >= end or _has_word(text[start:cut]) or not _has_word(text[cut:end]):
            break
        start, end = _trim(text, cut, end)
    while True:
        cut = _token_start(text, start, end)
        if cut <= start or _has_word(text[cut:end]) or not _has_word(text[start:cut]):
            break
        start, end = _trim(text, start, cut)
    return start, end


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _token_end(text: str, start: int, end: int) -> int:
    """Where the first white-space-delimited token of text[start:end] ends."""
    i = start
    while i < end and not text[i].isspace():
        i += 1
    return i


def _token_start(text: str, start: int, end: int) -> int:
    """Where the last white-space-delimited token of text[start:end] starts."""
    i = end
    while i > start and not text[i - 1].isspace():
        i -= 1
    return i
