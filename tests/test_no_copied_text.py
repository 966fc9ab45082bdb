"""Guard: no sentence of the real data in `../shared` is copied into the project.

The brief forbids it: samples, fixtures, test sentences and code-comment examples are written by
us, so that the tests exercise general patterns of English news rather than one article's words
(and so that no copyrighted text ships). This test looks for any run of `N_WORDS` normalised
words that a project file shares with the news corpus, the PolNeAR dev texts or the shared seed.

Nine words is long enough that common English phrases ("who asked not to be named told") do not
match, and short enough to catch a copied clause with its names changed at one end. A hit names
the file and the shared words; rewrite the example into an invented one with the same
construction (invented names, places and figures) rather than excluding the file.

`tests/data/extraction_gold.json` is not scanned: it holds offsets into the shared texts and the
speaker names they point at, by design (it is evaluation data, not a fixture).

Memory stays small because only the hashes of the project's n-grams are held (a set of about
2x10^5 ints; this file is scanned too); the shared texts (about a million words) are streamed
through it once.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
N_WORDS = 9

# What the project ships as its own writing: tests, fixtures, samples, code (comments and
# docstrings included) and documentation.
SCANNED = (
    "tests/*.py",
    "tests/data/golden/*",
    "seeds/*",
    "desktop/**/*.py",
    "docs/*.md",
    "README.md",
    "benchmarks/*.py",
)
NOT_SCANNED = {"tests/data/extraction_gold.json"}

_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")


def words(text: str) -> list[str]:
    """Lower-cased words: letters and digits in any script, inner apostrophes kept
    ("d'arvieux"), everything else (punctuation, markup, underscores) a separator."""
    return _WORD.findall(text.lower().replace("\u2019", "'").replace("\u2018", "'"))


def shared_texts():
    """Yield every text of the real data: corpus articles (title and body), PolNeAR dev inputs,
    the shared seed."""
    with (SHARED / "corpus" / "articles.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            yield record.get("title", "")
            yield record["text"]
    for pattern in ("polnear-dev/**/*.txt", "seeds/*"):
        for path in sorted(SHARED.glob(pattern)):
            if path.is_file():
                yield path.read_text(encoding="utf-8", errors="replace")


def project_files() -> list[Path]:
    found = set()
    for pattern in SCANNED:
        found.update(p for p in ROOT.glob(pattern) if p.is_file())
    return sorted(p for p in found if p.relative_to(ROOT).as_posix() not in NOT_SCANNED)


def _grams(w: list[str], n: int):
    return (tuple(w[i:i + n]) for i in range(len(w) - n + 1))


def copied_sequences(n: int = N_WORDS) -> dict[str, set[str]]:
    """{project file: {shared n-word sequence}} for every n-gram a project file shares with the
    real data. Three passes keep memory small: the hashes of the project's n-grams (a set of
    ints), the shared texts streamed through it, then the project files again to name where each
    shared sequence is (comparing the words themselves, so a hash collision reports nothing)."""
    files = project_files()
    ours = {hash(g) for path in files for g in _grams(words(path.read_text(encoding="utf-8", errors="replace")), n)}
    shared: dict[int, tuple[str, ...]] = {}
    for text in shared_texts():
        for gram in _grams(words(text), n):
            h = hash(gram)
            if h in ours:
                shared[h] = gram
    hits: dict[str, set[str]] = {}
    for path in files if shared else ():
        for gram in _grams(words(path.read_text(encoding="utf-8", errors="replace")), n):
            if shared.get(hash(gram)) == gram:
                hits.setdefault(path.relative_to(ROOT).as_posix(), set()).add(" ".join(gram))
    return hits


def test_words_normalise_punctuation_case_and_accents():
    assert words("Amélie's \u2019quote\u2019, d\u2019Arvieux — 1,200 snake_case") == [
        "amélie's", "quote", "d'arvieux", "1", "200", "snake", "case"]


def test_no_project_file_copies_the_real_data():
    if not (SHARED / "corpus" / "articles.jsonl").exists():
        pytest.skip(f"../shared is absent ({SHARED / 'corpus' / 'articles.jsonl'} not found): nothing to compare with")
    hits = copied_sequences()
    report = "\n".join(f"{name}: {gram!r}" for name in sorted(hits) for gram in sorted(hits[name]))
    assert not hits, (f"{sum(map(len, hits.values()))} {N_WORDS}-word sequences copied from ../shared "
                      f"(write an invented example with the same construction):\n{report}")
