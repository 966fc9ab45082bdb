"""Counted nouns, written one way everywhere: "1 article", "2 articles", "1,204 words".

Every message, label and report that puts a number before a noun goes through `counted`, so
none says "1 articles" (or "1 notes … were").
"""
from __future__ import annotations

_IRREGULAR = {"person": "people", "child": "children", "man": "men", "woman": "women"}


def plural(noun: str, n: int, many: str | None = None) -> str:
    """`noun` as it goes with the number `n`: "article" for 1, else "articles" (or `many`,
    for a noun whose plural is not noun + "s": plural("person", 3) == "people")."""
    if n == 1:
        return noun
    if many is not None:
        return many
    if noun in _IRREGULAR:
        return _IRREGULAR[noun]
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "i", "o", "u", ""):
        return noun[:-1] + "ies"  # "entry" → "entries", but "day" → "days"
    return noun + "s"


def counted(n: int, noun: str, many: str | None = None) -> str:
    """ "1 article", "0 articles", "12,345 words": the number (with thousands separators) and
    the noun agreeing with it. A noun of several words agrees by its last one ("1 attributed
    quote"); `many` gives an irregular plural whole ("people")."""
    head, _, last = noun.rpartition(" ")
    word = plural(last, n, many.rpartition(" ")[2] if many else None)
    return f"{n:,} {head + ' ' if head else ''}{word}"


def was_were(n: int) -> str:
    """The verb that agrees: "1 edit was", "2 edits were"."""
    return "was" if n == 1 else "were"
