"""Search index benchmark on the shared corpus.

    python benchmarks/search_bench.py --corpus ../shared/corpus/articles.jsonl --json [--analysis-limit N]

Prints one JSON object: articles, index_seconds (text only), analysis_seconds (actors,
quotes and facts for the whole corpus, or the first N articles, on every core through the
worker pool), first_startup_seconds (text index + analysis + analysed index: what a first
start-up over these files pays before every search works), query_p50_ms and
query_p99_ms over 200 varied queries (words, phrases, prefixes, field queries) against the
index with analysis rows, and rss_mb (peak resident memory of this process; the workers'
memory is measured by pool_throughput.py).
"""
from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from gold_io import benchmark_records  # noqa: E402


def queries(records: list[dict], analyses: list, n: int = 200) -> list[str]:
    """A fixed, varied mix drawn from the corpus itself (seeded, so runs compare)."""
    rng = random.Random(7)
    words = [w.strip('.,"“”()') for r in records[:300] for w in r["text"].split() if len(w) > 4]
    words = [w for w in words if w.isalpha()]
    names = [a.name for an in analyses for a in an.actors if a.type == "person"] or ["Smith"]
    out = []
    for i in range(n):
        kind = i % 6
        if kind == 0:
            out.append(rng.choice(words))
        elif kind == 1:
            out.append(f"{rng.choice(words)} {rng.choice(words)}")
        elif kind == 2:
            r = rng.choice(records)["text"].split()
            k = rng.randrange(max(1, len(r) - 3))
            out.append('"' + " ".join(w.strip('.,"“”') for w in r[k:k + 2]) + '"')
        elif kind == 3:
            out.append(rng.choice(words)[:4])  # a prefix, as typed
        elif kind == 4:
            out.append(f'speaker:"{rng.choice(names)}"')
        else:
            out.append(f"actor:{rng.choice(names).split()[-1]} type:quote")
    return out


def _draw_chart(voices) -> float:
    """Paint the Voices chart offscreen; returns milliseconds."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from desktop.ui.theme import LIGHT
    from desktop.ui.voices import VoicesChart

    app = QApplication.instance() or QApplication([])  # noqa: F841 - widgets need one
    chart = VoicesChart(LIGHT)
    chart.resize(800, 500)
    t0 = time.perf_counter()
    chart.set_voices(voices)
    chart.grab()
    return (time.perf_counter() - t0) * 1000


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", default=str(Path(__file__).resolve().parents[2] / "shared/corpus/articles.jsonl"))
    parser.add_argument("--analysis-limit", type=int, default=0, help="analyse only the first N articles (0 = all)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    corpus = Path(args.corpus)
    if not corpus.exists():
        print(json.dumps({"skipped": f"{corpus} not found"}))
        return 0

    from desktop.analysis.pool import analyze_articles
    from desktop.article import article_from_text
    from desktop.search import SearchIndex

    records = benchmark_records(corpus)
    articles = [article_from_text(r["text"], r["title"], date=r.get("date")) for r in records]

    index = SearchIndex()
    start = time.perf_counter()
    for r, a in zip(records, articles):
        index.add(r["id"], a)
    index_seconds = time.perf_counter() - start

    # What a first start-up over these files pays before every search can use speakers and
    # actors: the analysis (on every core, as a library import runs it) and indexing it.
    subset = articles[: args.analysis_limit or len(articles)]
    start = time.perf_counter()
    analyses = [None] * len(subset)
    for i, analysis in analyze_articles(subset):
        analyses[i] = analysis
    analysis_seconds = time.perf_counter() - start
    start = time.perf_counter()
    for r, a, an in zip(records, subset, analyses):
        index.add(r["id"], a, an)
    analysed_index_seconds = time.perf_counter() - start

    # Across the library (issue: < 200 ms each with analysis done): build the library actors,
    # open the most-quoted person's view, compute Voices for everything and draw its chart.
    from desktop.library_actors import Entry, Library

    entries = [Entry(r["id"], a, an) for r, a, an in zip(records, subset, analyses)]
    t0 = time.perf_counter()
    library = Library(entries)
    library_build_ms = (time.perf_counter() - t0) * 1000
    voices = library.voices()
    top = library.find(next(v.name for v in voices if v.type == "person"))
    t0 = time.perf_counter()
    library.view(top.id)
    actor_view_ms = (time.perf_counter() - t0) * 1000
    _draw_chart(voices)  # the first call creates the QApplication: not part of the measure
    t0 = time.perf_counter()
    voices = library.voices()
    chart_ms = _draw_chart(voices)
    voices_ms = (time.perf_counter() - t0) * 1000

    timings = []
    for q in queries(records, analyses):
        t0 = time.perf_counter()
        index.search(q)
        timings.append((time.perf_counter() - t0) * 1000)
    timings.sort()
    result = {
        "articles": len(articles), "words": sum(a.word_count for a in articles),
        "index_seconds": round(index_seconds, 2),
        "analysed_articles": len(subset), "analysis_seconds": round(analysis_seconds, 1),
        "analysed_index_seconds": round(analysed_index_seconds, 2),
        "first_startup_seconds": round(index_seconds + analysis_seconds + analysed_index_seconds, 1),
        "query_p50_ms": round(statistics.median(timings), 2),
        "query_p99_ms": round(timings[int(len(timings) * 0.99) - 1], 2),
        "rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "library_actors": len(library.actors), "library_build_ms": round(library_build_ms, 1),
        "actor_view_ms": round(actor_view_ms, 1), "voices_chart_ms": round(voices_ms, 1),
        "chart_paint_ms": round(chart_ms, 1),
    }
    print(json.dumps(result) if args.json else "\n".join(f"{k:>18}: {v}" for k, v in result.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
