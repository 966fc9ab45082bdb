"""Analysis speed: how much the rules add to spaCy's own parse, and one long article.

    python benchmarks/analysis_speed.py [--limit N] [--json]

Prints words per second for spaCy alone and for the whole analysis over the shared corpus
(or the first N records), the overhead of the rules in percent, and the time to analyse a
5,000-word article built from corpus paragraphs. The overhead is given twice: in elapsed time,
and in the CPU time of this process (which other programs on a busy machine change less).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_io import CORPUS, benchmark_records  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=400, help="corpus records to use (0 = all)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not CORPUS.exists():
        print(json.dumps({"skipped": f"{CORPUS} not found"}))
        return 0
    from desktop.analysis import analyze, analyze_doc
    from desktop.analysis.model import load_pipeline
    from desktop.article import article_from_text

    records = benchmark_records(limit=args.limit)
    articles = [article_from_text(r["text"], r["title"]) for r in records]
    words = sum(a.word_count for a in articles)
    t0 = time.perf_counter()
    nlp = load_pipeline()
    load_seconds = time.perf_counter() - t0

    t0, c0 = time.perf_counter(), time.process_time()
    docs = list(nlp.pipe((a.text for a in articles), batch_size=16))
    parse_seconds, parse_cpu = time.perf_counter() - t0, time.process_time() - c0
    t0, c0 = time.perf_counter(), time.process_time()
    for article, doc in zip(articles, docs):
        analyze_doc(article, doc)
    rules_seconds, rules_cpu = time.perf_counter() - t0, time.process_time() - c0

    long_paragraphs, count = [], 0
    for r in records:
        for para in r["text"].split("\n\n"):
            long_paragraphs.append(para)
            count += len(para.split())
            if count >= 5000:
                break
        if count >= 5000:
            break
    long_article = article_from_text("\n\n".join(long_paragraphs), "Long")
    runs = []
    for _ in range(3):  # the app's own path (paragraph-chunked parse + rules); median of three
        t0 = time.perf_counter()
        analyze(long_article)
        runs.append(time.perf_counter() - t0)
    long_seconds = sorted(runs)[1]

    result = {
        "articles": len(articles), "words": words, "model_load_seconds": round(load_seconds, 2),
        "spacy_words_per_second": round(words / parse_seconds),
        "analysis_words_per_second": round(words / (parse_seconds + rules_seconds)),
        "rules_overhead_percent": round(100 * rules_seconds / parse_seconds, 1),
        "rules_overhead_cpu_percent": round(100 * rules_cpu / parse_cpu, 1),
        "long_article_words": long_article.word_count, "long_article_seconds": round(long_seconds, 3),
    }
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:>28}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
