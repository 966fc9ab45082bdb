"""First screen first: how often the quick analysis of the first screen shows something the
whole-article analysis then changes.

    python benchmarks/first_screen.py [--limit N] [--json]

For each corpus article longer than a screen, the paragraphs of its first screen (plus the
margin the reader uses, desktop.analysis.first_screen) are analysed alone and compared with
the whole-article analysis on the same stretch of text: actor mentions with their type, and
direct-quote segments with who said them. Prints the share of articles where anything
differs, the share of highlighted spans that differ, and the time of each pass.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_io import CORPUS, benchmark_records  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--offset", type=int, default=0)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not CORPUS.exists():
        print(json.dumps({"skipped": f"{CORPUS} not found"}))
        return 0
    from desktop.analysis import analyze
    from desktop.analysis.first_screen import (
        analyze_paragraphs, covers_everything, highlights_in, screen_paragraphs,
    )
    from desktop.analysis.model import load_pipeline
    from desktop.article import article_from_text

    load_pipeline()
    records = benchmark_records(limit=args.limit, offset=args.offset)
    compared = differing = spans = changed = 0
    kinds: Counter = Counter()
    first_seconds = full_seconds = 0.0
    for record in records:
        article = article_from_text(record["text"], record["title"])
        first, last = screen_paragraphs(article, 0)
        if covers_everything(article, first, last):
            continue  # the whole article fits the first screen: one pass, nothing to compare
        t0 = time.perf_counter()
        preview = analyze_paragraphs(article, first, last)
        t1 = time.perf_counter()
        final = analyze(article)
        t2 = time.perf_counter()
        first_seconds += t1 - t0
        full_seconds += t2 - t1
        start, end = article.paragraphs[first].start, article.paragraphs[last].end
        a, b = highlights_in(preview, start, end), highlights_in(final, start, end)
        compared += 1
        spans += len(a | b)
        changed += len(a ^ b)
        differing += a != b
        for item in a ^ b:
            kinds[item[0]] += 1
    result = {
        "articles_compared": compared,
        "articles_with_any_difference_percent": round(100 * differing / max(compared, 1), 1),
        "highlight_spans_compared": spans,
        "spans_that_differ_percent": round(100 * changed / max(spans, 1), 1),
        "differences_by_kind": dict(kinds),
        "first_screen_ms_mean": round(1000 * first_seconds / max(compared, 1), 1),
        "whole_article_ms_mean": round(1000 * full_seconds / max(compared, 1), 1),
    }
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:>38}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
