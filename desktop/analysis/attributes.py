"""spaCy's attribute ruler, applied as array operations: the same token attributes, ~15x cheaper.

The English model's `attribute_ruler` maps each fine-grained tag to its coarse part of speech
and morphology (56 tag-map rules) and then applies ~120 exceptions ("that" as a relative
pronoun, "'s" as a form of "be", lemmas of pronouns, ...). spaCy runs them through its
`Matcher` and sets each match on a `Token` object, one at a time: 13 % of the whole parse on
a 5,300-word article (issue 17), for what is a table look-up.

`ArrayAttributeRuler` reads the loaded ruler's own rules (so it follows the model, not a copy
of its tables) and gives exactly spaCy's result:
- every rule is matched against the token attributes as they were BEFORE the ruler ran (the
  Matcher matches the whole Doc first, then the matches are applied);
- matches are applied in rule order, so a later rule overwrites what an earlier one set, and
  only the attributes a rule names (`AttributeRuler.match` sorts by rule index);
- the value set is the ruler's own normalised one (`AttributeRuler.attrs`).
It compiles the pattern features the English model uses (TAG, LOWER, DEP, IS_SPACE: a value,
IN, NOT_IN, REGEX; patterns of one or more tokens, any target index) and raises
`UnsupportedRules` for anything else, so a different model keeps spaCy's own component.
Equality with spaCy's component is checked on the whole corpus by
`benchmarks/attribute_ruler_check.py` and on sentences of our own by tests/test_attributes.py.
"""
from __future__ import annotations

import re

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, POS, TAG
from spacy.strings import get_string_id

__all__ = ["ArrayAttributeRuler", "UnsupportedRules", "replace_attribute_ruler"]

# The token attributes a rule may test, and those it may set (spaCy's attribute ids).
_TESTED = {"TAG": TAG, "LOWER": LOWER, "DEP": DEP, "IS_SPACE": IS_SPACE}
_TESTED_IDS = list(_TESTED.values())
_SET = [POS, MORPH, LEMMA, TAG, DEP]


class UnsupportedRules(ValueError):
    """The ruler holds a pattern this module cannot reproduce exactly."""


class _Test:
    """One condition on one token of a pattern: attribute `attr` (column of the tested
    array) equal to / in / not in a set of values, or matching a regular expression."""

    __slots__ = ("column", "op", "values", "regex")

    def __init__(self, name: str, spec) -> None:
        if name not in _TESTED:
            raise UnsupportedRules(f"attribute {name!r}")
        self.column = _TESTED_IDS.index(_TESTED[name])
        self.regex = None
        if isinstance(spec, dict):
            if len(spec) != 1:
                raise UnsupportedRules(f"{name}: {spec!r}")
            (op, value), = spec.items()
            if op in ("IN", "NOT_IN") and isinstance(value, list) and all(isinstance(v, str) for v in value):
                self.op, self.values = op, numpy.array([get_string_id(v) for v in value], dtype=numpy.uint64)
            elif op == "REGEX" and isinstance(value, str) and name == "LOWER":
                self.op, self.values, self.regex = "REGEX", None, re.compile(value)
            else:
                raise UnsupportedRules(f"{name}: {spec!r}")
        elif isinstance(spec, bool):  # before int: IS_SPACE True / False, a 0/1 flag
            self.op, self.values = "EQ", numpy.uint64(int(spec))
        elif isinstance(spec, str):
            self.op, self.values = "EQ", numpy.uint64(get_string_id(spec))
        else:
            raise UnsupportedRules(f"{name}: {spec!r}")

    def needs(self):
        """The values one of which must occur in the Doc for this test to pass anywhere, or
        None when it cannot say (NOT_IN, REGEX)."""
        if self.op == "EQ":
            return {int(self.values)}
        if self.op == "IN":
            return {int(v) for v in self.values}
        return None

    def mask(self, column, strings, regex_hits: dict) -> numpy.ndarray:
        if self.op == "EQ":
            return column == self.values
        if self.op == "IN":
            return numpy.isin(column, self.values)
        if self.op == "NOT_IN":
            return ~numpy.isin(column, self.values)
        # REGEX: spaCy searches the attribute's string; each distinct value is tried once and
        # remembered (regex_hits: pattern -> (values tried, array of those that matched)).
        tried, matching = regex_hits.get(self.regex.pattern, (set(), numpy.array([], dtype=numpy.uint64)))
        new = [v for v in numpy.unique(column).tolist() if v not in tried]
        if new:
            tried.update(new)
            found = [v for v in new if self.regex.search(strings[v])]
            if found:
                matching = numpy.concatenate([matching, numpy.array(found, dtype=numpy.uint64)])
            regex_hits[self.regex.pattern] = (tried, matching)
        return numpy.isin(column, matching)


class _Pattern:
    __slots__ = ("tokens", "target", "needs")

    def __init__(self, pattern: list, index: int) -> None:
        if not pattern or not all(isinstance(t, dict) and t for t in pattern):
            raise UnsupportedRules(repr(pattern))
        self.tokens = [[_Test(name, spec) for name, spec in token.items()] for token in pattern]
        if not -len(pattern) <= index < len(pattern):
            raise UnsupportedRules(f"index {index} of {pattern!r}")
        self.target = index % len(pattern)
        self.needs = [(t.column, need) for token in self.tokens for t in token if (need := t.needs()) is not None]


class ArrayAttributeRuler:
    """A pipeline component giving the same TAG, POS, MORPH, LEMMA and DEP as the spaCy
    `AttributeRuler` it was built from (see the module docstring)."""

    def __init__(self, ruler) -> None:
        self.vocab = ruler.vocab
        # Every pattern of every rule, in the ruler's order, with what its rule sets:
        # [(pattern, [(column in _SET, value)])].
        self._patterns: list[tuple[_Pattern, list]] = []
        for i, attrs in enumerate(ruler.attrs):
            if not set(attrs) <= set(_SET):
                raise UnsupportedRules(f"rule {i} sets {sorted(attrs)}")
            _key, patterns = ruler.matcher.get(str(i))
            if any(isinstance(t, dict) and ({"OP", "_"} & set(t)) for p in patterns for t in p):
                raise UnsupportedRules(f"rule {i}: operators or extensions")
            sets = [(_SET.index(a), numpy.uint64(v)) for a, v in attrs.items()]
            self._patterns += [(_Pattern(p, ruler.indices[i]), sets) for p in patterns]
        # The leading run of rules "this tag -> these values" (the tag map) is applied as one
        # table look-up: tag value -> [(column, value)], a later rule's value winning.
        self._tag_table: dict[int, dict[int, numpy.uint64]] = {}
        lead = 0
        for pattern, sets in self._patterns:
            if len(pattern.tokens) != 1 or len(pattern.tokens[0]) != 1:
                break
            test = pattern.tokens[0][0]
            if test.column != _TESTED_IDS.index(TAG) or test.op != "EQ":
                break
            self._tag_table.setdefault(int(test.values), {}).update(sets)
            lead += 1
        self._lead = lead
        # Which patterns can match at all in a Doc: those whose first required value occurs
        # in it (looked up by value), and those that require none.
        self._always = [k for k, (p, _) in enumerate(self._patterns) if not p.needs and k >= lead]
        self._by_value: dict[tuple[int, int], list[int]] = {}
        for k, (p, _) in enumerate(self._patterns):
            if p.needs and k >= lead:
                column, values = p.needs[0]
                for value in values:
                    self._by_value.setdefault((column, value), []).append(k)
        self._index_columns = sorted({column for column, _ in self._by_value})
        self._regex_hits: dict = {}

    def __call__(self, doc):
        n = len(doc)
        if n == 0:
            return doc
        tested = doc.to_array(_TESTED_IDS).T  # one row per tested attribute
        present = {c: set(numpy.unique(tested[c]).tolist()) for c in self._index_columns}
        candidates = set(self._always)
        for column, values in present.items():
            for value in values:
                candidates.update(self._by_value.get((column, value), ()))
        out = self._by_tag(doc, tested[_TESTED_IDS.index(TAG)])
        strings = self.vocab.strings
        for k in sorted(candidates):  # the ruler's order: a later rule overwrites
            pattern, sets = self._patterns[k]
            starts = n - len(pattern.tokens) + 1
            if starts <= 0 or not all(not present[c].isdisjoint(need) for c, need in pattern.needs[1:]):
                continue
            mask = None
            for offset, token in enumerate(pattern.tokens):
                for test in token:
                    m = test.mask(tested[test.column, offset:offset + starts], strings, self._regex_hits)
                    mask = m if mask is None else mask & m
            hits = numpy.flatnonzero(mask)
            if hits.size:
                if out is None:
                    out = doc.to_array(_SET)
                hits += pattern.target
                for column, value in sets:
                    out[hits, column] = value
        if out is not None:
            doc.from_array(_SET, out)
        return doc

    def _by_tag(self, doc, tags):
        """The attributes after the tag-map rules, or None when no tag of the Doc has one."""
        if not self._tag_table:
            return None
        values, where = numpy.unique(tags, return_inverse=True)
        rows = [self._tag_table.get(v) for v in values.tolist()]
        if not any(rows):
            return None
        out = doc.to_array(_SET)
        for column in {c for row in rows if row for c in row}:
            table = numpy.array([row[column] if row and column in row else 0 for row in rows], dtype=numpy.uint64)
            known = numpy.array([bool(row) and column in row for row in rows])
            out[:, column] = numpy.where(known[where], table[where], out[:, column])
        return out

    def pipe(self, docs, batch_size: int = 128):
        for doc in docs:
            yield self(doc)


def replace_attribute_ruler(nlp) -> bool:
    """Put an ArrayAttributeRuler (pipe name "array_attribute_ruler") in place of the
    pipeline's `attribute_ruler`. Returns False, leaving the pipeline as it was, if there is
    none or its rules cannot be reproduced exactly."""
    from spacy.language import Language

    if "attribute_ruler" not in nlp.pipe_names:
        return False
    if not Language.has_factory("byline_array_attribute_ruler"):
        Language.factory("byline_array_attribute_ruler", func=_make_from_the_ruler)
    try:
        nlp.add_pipe("byline_array_attribute_ruler", name="array_attribute_ruler", after="attribute_ruler")
    except UnsupportedRules:
        return False
    nlp.remove_pipe("attribute_ruler")
    return True


def _make_from_the_ruler(nlp, name: str) -> ArrayAttributeRuler:
    # Built from the ruler the model loaded, which is still in the pipeline at this point.
    return ArrayAttributeRuler(nlp.get_pipe("attribute_ruler"))
