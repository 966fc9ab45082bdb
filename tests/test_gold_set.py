"""The hand-annotated gold set (tests/data/extraction_gold.json) is well formed, its offsets still
point at the text they were made on, and a fresh held-out set is never scored by accident.

Loading only: nothing here analyses an article (a held-out set must not meet the system before
the lead's one measurement)."""
import sys

import pytest

from .conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

import extraction_eval  # noqa: E402
from gold_io import CORPUS, benchmark_records, corpus_records, fresh_ids, load_gold, load_gold_article, span_hash  # noqa: E402

KINDS = {"role", "date", "quantity", "percent", "money"}
TYPES = {"person", "organisation", "place", "group"}


@pytest.fixture(scope="module")
def gold() -> dict:
    return load_gold()


def test_every_entry_has_a_known_split_and_well_formed_spans(gold):
    for key, entry in gold.items():
        assert entry["split"] in extraction_eval.SPLITS, key
        for quote in entry["quotes"]:
            assert 0 <= quote["start"] < quote["end"] and quote["speaker"] and isinstance(quote["partial"], bool), key
        for fact in entry["facts"]:
            assert fact["kind"] in KINDS and 0 <= fact["start"] < fact["end"], (key, fact)
            value = fact.get("value")
            if isinstance(value, dict):
                assert fact["kind"] == "money" and len(value["currency"]) == 3 and value["amount"] > 0, (key, fact)
            elif value is not None:
                assert fact["kind"] == "date" and value[:4].isdigit(), (key, fact)
        for actor in entry["actors"]:
            assert actor["type"] in TYPES and actor["name"] and isinstance(actor["aliases"], list), (key, actor)


def test_every_hash_matches_the_loaded_text(gold):
    records = corpus_records({k for k in gold if not k.startswith(("seed:", "shared:"))})
    checked = 0
    for key, entry in gold.items():
        article = load_gold_article(key, records)
        if article is None:
            continue  # its source (../shared) is not here
        for span in entry["quotes"] + entry["facts"]:
            assert span["end"] <= len(article.text), (key, span)
            assert span_hash(article.text[span["start"]:span["end"]]) == span["hash"], (key, span)
            checked += 1
    if not checked:
        pytest.skip("no gold source text available (../shared is absent)")


def test_all_leaves_out_a_fresh_held_out_set_and_naming_it_scores_it(gold, monkeypatch, capsys):
    """The scorer is replaced: this checks which articles would be scored, never scores them."""
    asked: list[list[str]] = []

    def no_analysis(keys, gold, records, verbose):
        asked.append(list(keys))
        return {"articles": len(keys)}

    monkeypatch.setattr(extraction_eval, "evaluate", no_analysis)
    fresh = {split: {k for k, v in gold.items() if v["split"] == split} for split in extraction_eval.FRESH}
    if not any(fresh.values()):
        pytest.skip("no fresh held-out set at the moment")
    extraction_eval.main(["--json"])
    assert asked and not set().union(*fresh.values()) & {k for keys in asked for k in keys}
    for split, keys in fresh.items():
        asked.clear()
        extraction_eval.main(["--split", split, "--json"])
        assert [set(k) for k in asked] == [keys]
    capsys.readouterr()


def test_benchmarks_read_the_corpus_without_the_fresh_held_out_articles(gold):
    """Benchmarks run the system on what they read: a fresh set must not be among it."""
    fresh = fresh_ids()
    if not fresh:
        pytest.skip("no fresh held-out set at the moment")
    if not CORPUS.exists():
        pytest.skip(f"../shared is absent ({CORPUS} not found)")
    ids = [r["id"] for r in benchmark_records()]
    assert ids and not fresh & set(ids)
    assert len(ids) + len(fresh) == sum(1 for _ in CORPUS.open(encoding="utf-8"))
    assert [r["id"] for r in benchmark_records(limit=5, offset=3)] == ids[3:8]


class _Quote:
    def __init__(self, start, end, segments=()):
        self.start, self.end, self.segments = start, end, tuple(segments)


# A quote over two paragraphs, pieces 10–50 and 52–90: gold may hold it whole or per paragraph.
_TWO_PARAGRAPHS = _Quote(10, 90, [(10, 50), (52, 90)])


@pytest.mark.parametrize("gold_spans, system, matched, system_count", [
    ([(10, 90)], [_TWO_PARAGRAPHS], {0: 0}, 1),                  # one span: matched whole
    ([(10, 50), (52, 90)], [_TWO_PARAGRAPHS], {0: 0, 1: 0}, 2),  # per paragraph: by its pieces
    ([(10, 50)], [_TWO_PARAGRAPHS], {0: 0}, 1),                  # only one piece annotated
    ([(10, 50), (52, 90)], [_Quote(10, 50), _Quote(52, 90)], {0: 0, 1: 1}, 2),
    ([(10, 90)], [_Quote(10, 30)], {}, 1),                       # too little overlap: a miss
    ([(10, 90), (100, 120)], [_TWO_PARAGRAPHS, _Quote(100, 120)], {0: 0, 1: 1}, 2),
])
def test_quotes_match_whole_or_paragraph_by_paragraph(gold_spans, system, matched, system_count):
    out, count = extraction_eval.match_quotes([{"start": a, "end": b} for a, b in gold_spans], system)
    assert {gi: system.index(q) for gi, q in out.items()} == matched
    assert count == system_count
