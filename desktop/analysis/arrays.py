"""Picking tokens on a Doc's arrays: a rule that looks at a few kinds of word finds them
without creating a `Token` object for every token of the text (~0.1 µs each, and a whole
article has thousands; issue 17 counted ~148,000 for 6,500 tokens).

While `analyze_doc` runs the rules over a doc (`with reading(doc):`), what many rules read
of the whole doc — its text, its tokens' texts, its entities, where each word is — is built
once and shared (`of(doc)`); outside that, or for another doc, it is built on each call. The
doc is never changed by the rules, so the shared and the fresh values are the same.
"""
from __future__ import annotations

import threading
from bisect import bisect_right
from contextlib import contextmanager
from functools import lru_cache
from typing import Iterable, Iterator

__all__ = ["DocArrays", "of", "reading", "tokens_where"]

# The arrays each thread is reading (the app runs the rules from more than one thread): each
# thread reads and writes only its own entry.
_reading: dict[int, "DocArrays"] = {}
_thread_id = threading.get_ident


# The token attributes the rules read of every doc (see DocArrays.column).
_READ_OF_EVERY_DOC = ("ORTH", "LOWER", "SPACY", "TAG", "POS", "DEP", "IS_TITLE", "IS_LOWER", "SENT_START", "IDX")


class DocArrays:
    """What the rules read of one whole doc, each built on first use."""

    __slots__ = ("doc", "_columns", "_column_lists", "_lowers", "_texts", "_texts_with_ws", "_text", "_ents",
                 "_sent_starts", "_sents", "_memos", "_roots", "_children")

    def __init__(self, doc) -> None:
        self.doc = doc
        self._columns: dict[str, object] = {}
        self._column_lists: dict[str, list[int]] = {}
        self._texts: list[str] | None = None
        self._lowers: list[str] | None = None
        self._texts_with_ws: list[str] | None = None
        self._text: str | None = None
        self._ents: tuple | None = None
        self._sent_starts: list[int] | None = None
        self._sents: dict[int, object] = {}
        self._memos: dict[str, dict] = {}
        self._roots: dict[tuple[int, int], object] = {}
        self._children: dict[int, tuple] = {}

    def memo(self, name: str) -> dict:
        """A dict a rule keeps its results in for this doc, under its own `name`: for what is
        a function of the parse alone and asked for by more than one rule (e.g. how prominent
        each mention is, read by the quotes' pronoun resolver and by the facts' one)."""
        found = self._memos.get(name)
        if found is None:
            found = self._memos[name] = {}
        return found

    def column(self, attr: str):
        """`doc.to_array(attr)`: the string hash (or value) of `attr` for each token. The
        columns the rules read of every doc come from one `to_array` call (one pass over the
        tokens instead of one for each column; the same values: each is a column of it)."""
        column = self._columns.get(attr)
        if column is None:
            if attr in _READ_OF_EVERY_DOC and len(self.doc):
                table = self.doc.to_array(list(_READ_OF_EVERY_DOC)).T.copy()  # a row for each attribute
                for name, row in zip(_READ_OF_EVERY_DOC, table):
                    self._columns.setdefault(name, row)
                return self._columns[attr]
            column = self._columns[attr] = self.doc.to_array(attr)
        return column

    def column_list(self, attr: str) -> list[int]:
        """`column(attr)` as a list of Python ints."""
        values = self._column_lists.get(attr)
        if values is None:
            values = self._column_lists[attr] = self.column(attr).tolist()
        return values

    def positions(self, attr: str) -> dict[int, list[int]]:
        """Each value of `attr` → the indices, in text order, of the tokens that have it: the
        rules ask a doc for the tokens with one of some words a dozen times, each a scan."""
        memo = self.memo("positions")
        found = memo.get(attr)
        if found is None:
            found = memo[attr] = {}
            for i, value in enumerate(self.column_list(attr)):
                at = found.get(value)
                if at is None:
                    found[value] = [i]
                else:
                    at.append(i)
        return found

    def has_lower(self, words: frozenset) -> bool:
        """Whether any token's `lower_` is one of `words`: a per-doc gate for a rule that needs
        one of those words somewhere (most articles have none of a rule's few trigger words,
        and then the rule need not look at each name). Answered once for each word set."""
        memo = self.memo("has lower")
        found = memo.get(words)
        if found is None:
            found = memo[words] = not words.isdisjoint(self.lower_words())
        return found

    def has_text(self, words: frozenset) -> bool:
        """Whether any token's `text` is one of `words` (as `has_lower`, case kept)."""
        memo = self.memo("has text")
        found = memo.get(words)
        if found is None:
            found = memo[words] = not words.isdisjoint(self._word_set("text words", self.texts))
        return found

    def lower_words(self) -> frozenset:
        """`frozenset(t.lower_ for t in doc)`: the doc's words in lower case, each once."""
        return self._word_set("lower words", self.lowers)

    def _word_set(self, name: str, words) -> frozenset:
        """The set of `words()` (a per-token list), built once for this doc."""
        found = self._memos.get(name)
        if found is None:
            found = self._memos[name] = frozenset(words())
        return found

    def root(self, start: int, end: int):
        """`doc[start:end].root`, found once for each span (the actor rules ask for the root of
        each candidate name a dozen times; a Span and a Token are built anew on each look)."""
        roots = self._roots
        found = roots.get((start, end))
        if found is None:
            found = roots[(start, end)] = self.doc[start:end].root
        return found

    def children(self, token) -> tuple:
        """`tuple(token.children)` for a token of this doc, listed once for each token (the
        actor rules read the children of each candidate's root in several rules)."""
        children = self._children
        found = children.get(token.i)
        if found is None:
            found = children[token.i] = tuple(token.children)
        return found

    def child_indices(self, i: int) -> list[int]:
        """`[c.i for c in doc[i].children]`, listed once for each token asked about (the rules
        walking up from each figure ask for the same few verbs' children; `Token.children`
        builds a Token for each child on every look)."""
        memo = self._memos.get("child indices")
        if memo is None:
            memo = self._memos["child indices"] = {}
        found = memo.get(i)
        if found is None:
            found = memo[i] = [c.i for c in self.doc[i].children]
        return found

    def texts(self) -> list[str]:
        """`[t.text for t in doc]`"""
        if self._texts is None:  # from the array of string ids: no Token object for each word
            self._texts = list(map(_strings_of(self.doc).__getitem__, self.column_list("ORTH"))) if len(self.doc) else []
        return self._texts

    def lowers(self) -> list[str]:
        """`[t.lower_ for t in doc]`"""
        if self._lowers is None:
            self._lowers = list(map(_strings_of(self.doc).__getitem__, self.column_list("LOWER"))) if len(self.doc) else []
        return self._lowers

    def heads(self) -> list[int]:
        """`[t.head.i for t in doc]` (`Token.head` builds a new Token on each look)."""
        found = self._memos.get("heads")
        if found is None:
            if len(self.doc):
                import numpy

                from spacy.attrs import HEAD

                offsets = self.doc.to_array(HEAD).reshape(-1).astype(numpy.int64)  # relative, unsigned in the array
                found = (offsets + numpy.arange(len(self.doc))).tolist()
            else:
                found = []
            self._memos["heads"] = found
        return found

    def tags(self) -> list[str]:
        """`[t.tag_ for t in doc]`"""
        return self._named("TAG")

    def deps(self) -> list[str]:
        """`[t.dep_ for t in doc]`"""
        return self._named("DEP")

    def poses(self) -> list[str]:
        """`[t.pos_ for t in doc]` (a Token's pos_ is the name of its POS id)."""
        found = self._memos.get("POS names")
        if found is None:
            from spacy.parts_of_speech import NAMES

            found = self._memos["POS names"] = list(map(NAMES.__getitem__, self.column_list("POS")))
        return found

    def _named(self, attr: str) -> list[str]:
        """The strings of a string-valued attribute for each token, read from its string ids."""
        found = self._memos.get(attr + " names")
        if found is None:
            found = self._memos[attr + " names"] = list(map(_strings_of(self.doc).__getitem__, self.column_list(attr))) \
                if len(self.doc) else []
        return found

    def texts_with_ws(self) -> list[str]:
        """`[t.text_with_ws for t in doc]`"""
        if self._texts_with_ws is None:
            texts = self.texts()
            spaces = self.column_list("SPACY") if texts else []
            self._texts_with_ws = [t + " " if s else t for t, s in zip(texts, spaces)]
        return self._texts_with_ws

    def text(self) -> str:
        """`doc.text` (which joins every token's text on each call)."""
        if self._text is None:
            self._text = "".join(self.texts_with_ws())
        return self._text

    def span_text(self, start: int, end: int) -> str:
        """`doc[start:end].text` for 0 <= start < end <= len(doc): the doc's text between the
        first token's offset and the last one's end (a Span joins its tokens' texts instead)."""
        idx, texts = self.column_list("IDX"), self.texts()
        return self.text()[idx[start]:idx[end - 1] + len(texts[end - 1])]

    def expand_bounds(self, start_idx: int, end_idx: int) -> tuple[int, int] | None:
        """The token range of `doc.char_span(start_idx, end_idx, alignment_mode="expand")`
        when that is a span of one token or more, found by bisection on the tokens' offsets
        (spaCy's own search, without building a Span); None for any other case, where the
        caller asks spaCy. The tokens cover the text one after another (`doc.text` is their
        texts with their spaces), so the token at a character is the last one starting at or
        before it."""
        if not 0 <= start_idx < end_idx <= len(self.text()):
            return None
        idx = self.column_list("IDX")
        start = bisect_right(idx, start_idx) - 1
        end = bisect_right(idx, end_idx - 1)
        if start_idx == idx[start] + len(self.texts()[start]):
            start += 1  # the space after a token is not part of it
        return (start, end) if start < end else None

    def ents(self) -> tuple:
        """`doc.ents` (which builds a new Span for each entity on each call)."""
        if self._ents is None:
            self._ents = self.doc.ents
        return self._ents

    def sent(self, i: int):
        """`doc[i].sent` (and `span.sent` for a span that starts at token i): the sentence
        from the last sentence start at or before i to the next one after it, as spaCy finds
        it, but found by bisection and each sentence's Span built once (`Token.sent` walks
        the tokens and builds two Spans on each call)."""
        doc = self.doc
        starts = self._sent_starts
        if starts is None:
            if doc.user_hooks or doc.user_span_hooks or doc.user_token_hooks or not doc.has_annotation("SENT_START"):
                return doc[i].sent
            column = self.column_list("SENT_START")
            starts = self._sent_starts = [0] + [k for k in range(1, len(column)) if column[k] == 1]
        if not 0 <= i < len(doc):
            return doc[i].sent  # the same error
        k = bisect_right(starts, i) - 1
        span = self._sents.get(k)
        if span is None:
            span = self._sents[k] = doc[starts[k]:starts[k + 1] if k + 1 < len(starts) else len(doc)]
        return span


class _Strings(dict):
    """String id → string, of one vocabulary: a dict lookup, where the StringStore's own
    costs ~0.8 µs a word (each article's words are mostly the same few thousand)."""

    def __init__(self, strings) -> None:
        super().__init__()
        self.strings = strings

    def __missing__(self, key: int) -> str:
        value = self[key] = self.strings[key]
        return value


_strings: list[_Strings] = []  # of the last vocabulary read


def _strings_of(doc) -> _Strings:
    strings = doc.vocab.strings
    found = _strings[0] if _strings else None
    if found is None or found.strings is not strings or len(found) > 500_000:  # another vocabulary, or grown large
        found = _Strings(strings)
        _strings[:] = [found]
    return found


@contextmanager
def reading(doc) -> Iterator[DocArrays]:
    """Share what is read of `doc` among the rules run inside the block (this thread only)."""
    thread = _thread_id()
    previous = _reading.get(thread)
    arrays = _reading[thread] = DocArrays(doc)
    try:
        yield arrays
    finally:
        if previous is None:
            del _reading[thread]
        else:
            _reading[thread] = previous


def of(doc) -> DocArrays:
    """The shared arrays of `doc` inside `reading(doc)`, fresh ones otherwise."""
    # Asked ~1,300 times for each article: a dict keyed by the thread costs less than a
    # threading.local attribute with a default (~0.25 µs against ~0.4 µs a call).
    arrays = _reading.get(_thread_id())
    return arrays if arrays is not None and arrays.doc is doc else DocArrays(doc)


def indices_where(doc, attr: str, hashes: Iterable[int]) -> list[int]:
    """The indices, in text order, of the tokens whose `attr` has one of the string `hashes`
    (the same as `numpy.flatnonzero(numpy.isin(doc.to_array(attr), hashes))`, which sorts
    the whole column on each call)."""
    hashes = hashes if isinstance(hashes, (set, frozenset)) else set(hashes)
    if not len(doc) or not hashes:
        return []
    arrays = of(doc)
    if attr == "LOWER":  # asked for a dozen sets of words on each doc: each token's place listed once
        where = arrays.positions(attr)
        if len(hashes) < len(where):  # the smaller of the two looked up in the other
            found = [where[h] for h in hashes if h in where]
        else:
            found = [at for h, at in where.items() if h in hashes]
        if len(found) == 1:
            return list(found[0])
        return sorted(i for positions in found for i in positions)  # each token is under one value: no repeats
    if len(hashes) <= 16:  # a few values: compared on the array
        import numpy

        column = arrays.column(attr)
        mask = None
        for value in hashes:
            if mask is None:
                mask = column == value
            else:
                mask |= column == value
        return numpy.flatnonzero(mask).tolist()
    return [i for i, value in enumerate(arrays.column_list(attr)) if value in hashes]


def tokens_where(doc, attr: str, values: Iterable[str]) -> list:
    """The tokens, in text order, whose `attr` ("LOWER", "DEP", "TAG", "ORTH", ...) is one
    of `values`: the same tokens as `[t for t in doc if getattr(t, attr.lower() + "_") in
    values]`, found by the string hashes spaCy stores, then checked on the text."""
    if not len(doc):
        return []
    values = values if isinstance(values, frozenset) else frozenset(values)
    picked = indices_where(doc, attr, _hashes(values, doc.vocab.strings))
    words = _WORD_LISTS.get(attr)
    if words is not None:  # checked on the doc's word lists: a Token only for each one kept
        words = words(of(doc))
        return [doc[i] for i in picked if words[i] in values]
    name = attr.lower() + "_"
    return [t for t in (doc[i] for i in picked) if getattr(t, name) in values]


# The attributes whose strings `DocArrays` lists for every token (`t.lower_` is `lowers()[t.i]`).
_WORD_LISTS = {"LOWER": DocArrays.lowers, "ORTH": DocArrays.texts, "TAG": DocArrays.tags, "DEP": DocArrays.deps}


@lru_cache(maxsize=256)
def _hashes(values: frozenset, strings) -> frozenset:
    """The string ids of `values` (the rules ask for the same few sets, some of a few hundred
    words, for every doc)."""
    return frozenset(strings[v] for v in values)
