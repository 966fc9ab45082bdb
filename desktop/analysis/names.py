"""Names as strings: how they are folded, keyed, abbreviated and compared.

No spaCy here — these helpers see only text, so the actor rules (actors/) and anything else
that compares names agree on what "the same name" means.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .lexicon import ACRONYM_STOPWORDS, ALIASES

# Lower-case words that may start a name ("de Gaulle", "van Gogh", "al-Assad"); any other
# lower-case word at a name's start is a parser slip ("rang Lucy").
NAME_PARTICLES = frozenset({"de", "da", "di", "del", "della", "dal", "dalla", "dei", "degli", "van", "von",
                            "der", "den", "le", "la", "al", "al-", "el", "bin", "ibn", "ben", "du", "dos",
                            "das", "ter", "zu"})
# … and the abbreviated titles news writes before a surname ("Prof Reddy", "Cllr Marsh", "Insp Vane").
PERSONAL_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "mx",
                                 "prof", "rev", "revd", "capt", "insp", "supt", "cllr"})
# Peers are named by title and one name: "Lord Pemberton", "Baroness Scotland" keep the title.
PEER_TITLES = frozenset({"lord", "lady", "baron", "baroness", "earl", "countess", "viscount", "viscountess",
                         "marquess", "marchioness"})
POSTNOMINALS = frozenset({"QC", "KC", "MP", "MEP", "MSP", "MLA", "TD", "MBE", "OBE", "CBE", "KBE", "PhD"})
INITIAL = re.compile(r"^[A-Z]\.?(?:-[A-Z]\.?)?$")  # "M" Tully-Reeve, "J-P" Grandclaude
TWO_INITIALS = re.compile(r"^[A-Z]{2}$")  # "KP Robertson" — only inside a team sheet
ROMAN = re.compile(r"^(?:I{1,3}|IV|V|VI{1,3}|IX|X)$")  # "Elizabeth II"
POSSESSIVE = re.compile(r"['’]s?$")


def surname(name: str) -> str:
    """"Larry Dunmore Jr" → Dunmore: generational suffixes are not the family name."""
    words = name.split()
    while len(words) > 1 and (words[-1].rstrip(".") in ("Jr", "Sr", "Jnr", "Snr") or ROMAN.match(words[-1])):
        words.pop()
    return words[-1]


def person_key(name: str) -> str:
    return "person:" + norm(name)


@lru_cache(maxsize=8192)
@lru_cache(maxsize=16384)  # the same names are folded in many rules and articles
def fold(text: str) -> str:
    """Brudziński = Brudzinski: reporters drop diacritics inconsistently."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


@lru_cache(maxsize=16384)  # ~300 calls per article, mostly the same few dozen names
def norm(text: str) -> str:
    """The comparable form of a name: folded, lower case, no "the", no possessive."""
    text = fold(POSSESSIVE.sub("", text.strip()))
    text = _LEADING_THE.sub("", text)
    return _SPACES.sub(" ", text).lower()


_LEADING_THE = re.compile(r"^the\s+", flags=re.IGNORECASE)
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=16384)  # asked for each candidate name in several rules
def alias_of(text: str) -> str | None:
    """The well-known full name of an abbreviation or nickname. Short keys ("us", "who",
    "cia") match only when written in capitals: "Who" and "Cia." are not WHO and the CIA."""
    key = norm(text)
    canonical = ALIASES.get(key)
    if canonical is not None and len(key.replace(".", "")) <= 3 and not text.replace(".", "").isupper():
        return None
    return canonical


@lru_cache(maxsize=16384)  # asked twice for each long name of each article
def acronym(name: str) -> str:
    """"Union of Flight Attendants" → UFA ("" for a one-word name)."""
    words = [w for w in _SPACES_OR_DASHES.split(name) if w and w.lower() not in ACRONYM_STOPWORDS]
    if len(words) < 2:
        return ""
    return "".join(w[0] for w in words if w[0].isalpha()).upper()


_SPACES_OR_DASHES = re.compile(r"[\s\-]+")


def one_edit_apart(a: str, b: str) -> bool:
    """True when `b` is `a` with one letter changed, added, dropped, or two neighbours swapped
    (the Damerau–Levenshtein distance is exactly 1): "Chriac"/"Chirac", "Saree"/"Sarea",
    "Haghia"/"Hagia". Linear in the length."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1:] == b[i + 1:] or (a[i + 2:] == b[i + 2:] and a[i:i + 2] == b[i:i + 2][::-1])
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return longer[i + 1:] == shorter[i:]


@lru_cache(maxsize=4096)  # each name is asked for again when its own variants are looked up
@lru_cache(maxsize=16384)  # each name's variants are asked for twice when names are joined
def one_deletion_variants(text: str) -> frozenset[str]:
    """`text` and every string with one of its letters dropped: two strings one edit apart
    share at least one of these, so an index of them finds the pairs without comparing all."""
    return frozenset({text} | {text[:i] + text[i + 1:] for i in range(len(text))})


def slug(kind: str, name: str) -> str:
    """A readable, stable actor id: "person:mark-carney"."""
    text = _NOT_WORD.sub("-", name.lower()).strip("-")
    return f"{kind}:{text or 'unnamed'}"


_NOT_WORD = re.compile(r"[^\w]+", flags=re.UNICODE)


def unique_id(candidate: str, used: set[str]) -> str:
    """`candidate`, or `candidate-2`, `-3` … when taken; records the one returned."""
    value, n = candidate, 2
    while value in used:
        value = f"{candidate}-{n}"
        n += 1
    used.add(value)
    return value
