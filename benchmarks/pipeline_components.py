"""What each spaCy component costs, on a ~5,000-word article, and what the rules add.

    python benchmarks/pipeline_components.py [--json]

Runs the app's pipeline (desktop.analysis.model: the lemmatizer is excluded, the paragraph
boundary component added) component by component over the article's paragraph-aligned
pieces, median of three, and prints each one's time and share of the parse; then the rules
(actors, facts, quotes) on the parsed Doc.
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))


def main() -> int:
    from pool_throughput import long_article
    from gold_io import CORPUS, benchmark_records

    from desktop.analysis import CHUNK_CHARS, _chunks, analyze_doc, parse
    from desktop.analysis.model import load_pipeline
    from desktop.article import article_from_text
    from desktop.loaders import load_article

    if CORPUS.exists():
        records = benchmark_records(limit=400)
    else:
        seeds = Path(__file__).resolve().parents[1] / "seeds"
        records = [{"text": load_article(p).text} for p in sorted(seeds.iterdir())] * 20
    article = long_article(records, 5000)
    nlp = load_pipeline()
    pieces = _chunks(article.text, CHUNK_CHARS)
    times: dict[str, list[float]] = {}
    for _ in range(3):
        t0 = time.perf_counter()
        docs = [nlp.make_doc(p) for p in pieces]
        times.setdefault("tokenizer", []).append(time.perf_counter() - t0)
        for name, component in nlp.pipeline:
            t0 = time.perf_counter()
            if hasattr(component, "pipe"):
                docs = list(component.pipe(docs, batch_size=16))
            else:
                docs = [component(d) for d in docs]
            times.setdefault(name, []).append(time.perf_counter() - t0)
    median = {name: sorted(runs)[1] for name, runs in times.items()}
    doc = parse(nlp, article.text)
    rules = []
    for _ in range(3):
        t0 = time.perf_counter()
        analyze_doc(article, doc)
        rules.append(time.perf_counter() - t0)
    total = sum(median.values())
    result = {"words": article.word_count, "tokens": len(doc), "pipeline": nlp.pipe_names,
              "components_ms": {k: round(v * 1000, 1) for k, v in median.items()},
              "components_percent": {k: round(100 * v / total, 1) for k, v in median.items()},
              "parse_ms": round(total * 1000, 1), "rules_ms": round(sorted(rules)[1] * 1000, 1)}
    if "--json" in sys.argv:
        print(json.dumps(result))
    else:
        print(f"{article.word_count:,} words, {len(doc):,} tokens; pipeline: {', '.join(nlp.pipe_names)}")
        for name, seconds in median.items():
            print(f"  {name:<18} {seconds * 1000:8.1f} ms  {100 * seconds / total:5.1f} % of the parse")
        print(f"  {'parse, total':<18} {total * 1000:8.1f} ms")
        print(f"  {'rules (actors, facts, quotes)':<18} {result['rules_ms']:8.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
