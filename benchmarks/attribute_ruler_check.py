"""Equality check: the pipeline with `ArrayAttributeRuler` (desktop/analysis/attributes.py)
against the same pipeline with spaCy's own attribute ruler, over the shared corpus.

    python benchmarks/attribute_ruler_check.py [--limit N] [--json]

For each corpus article (all 2,370 by default), both pipelines parse the text the app's way
(`desktop.analysis.parse`: paragraph-aligned pieces, joined), then:
- every token attribute spaCy stores per token is compared (TAG, POS, MORPH, LEMMA, DEP,
  HEAD, SENT_START, ENT_IOB, ENT_TYPE, and the text and whitespace);
- the rules run on both Docs and the whole `extract` JSON record is compared.
Prints the counts of articles, tokens and differences (and the first few differences), and
the attribute ruler's own CPU time in each pipeline. Exits 1 if anything differs. Articles of
a fresh held-out split (benchmarks/extraction_eval.py FRESH) are left out.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_io import CORPUS, fresh_ids  # noqa: E402

ATTRS = ["ORTH", "SPACY", "TAG", "POS", "MORPH", "LEMMA", "DEP", "HEAD", "SENT_START", "ENT_IOB", "ENT_TYPE"]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=0, help="corpus records to use (0 = all)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not CORPUS.exists():
        print(json.dumps({"skipped": f"{CORPUS} not found"}))
        return 0
    from desktop.analysis import _analysable_text, analyze_doc, parse
    from desktop.analysis.model import _load
    from desktop.article import article_from_text
    from desktop.commands import extraction_record

    stock, array = _load(array_attributes=False), _load()
    assert "attribute_ruler" in stock.pipe_names and "array_attribute_ruler" in array.pipe_names
    cpu = {"stock": 0.0, "array": 0.0}
    for name, nlp, pipe in (("stock", stock, "attribute_ruler"), ("array", array, "array_attribute_ruler")):
        component = nlp.get_pipe(pipe)

        def timed(doc, component=component, name=name):
            t0 = time.process_time()
            doc = component(doc)
            cpu[name] += time.process_time() - t0
            return doc
        index = nlp.component_names.index(pipe)
        nlp._components[index] = (pipe, timed)  # time the component inside the real pipeline

    skip = fresh_ids()
    records = [json.loads(line) for line in CORPUS.open(encoding="utf-8")]
    records = [r for r in records if r.get("id") not in skip]
    if args.limit:
        records = records[: args.limit]
    articles = tokens = token_diffs = record_diffs = 0
    examples: list[str] = []
    for r in records:
        article = article_from_text(r["text"], r["title"])
        text = _analysable_text(article)
        a, b = parse(stock, text), parse(array, text)
        articles += 1
        tokens += len(a)
        ta, tb = a.to_array(ATTRS), b.to_array(ATTRS)
        if ta.shape != tb.shape or (ta != tb).any():
            token_diffs += 1
            if len(examples) < 5 and ta.shape == tb.shape:
                i = int((ta != tb).any(axis=1).nonzero()[0][0])
                examples.append(f"{r.get('id')} token {i} {a[i].text!r}: "
                                f"{a[i].tag_}/{a[i].pos_}/{a[i].morph}/{a[i].lemma_}/{a[i].dep_} vs "
                                f"{b[i].tag_}/{b[i].pos_}/{b[i].morph}/{b[i].lemma_}/{b[i].dep_}")
        if extraction_record(article, analyze_doc(article, a)) != extraction_record(article, analyze_doc(article, b)):
            record_diffs += 1
            if len(examples) < 5:
                examples.append(f"{r.get('id')}: extract records differ")
    result = {"articles": articles, "tokens": tokens, "articles_with_token_differences": token_diffs,
              "articles_with_extract_differences": record_diffs, "left_out_fresh": len(skip),
              "attribute_ruler_cpu_seconds": {k: round(v, 2) for k, v in cpu.items()}, "examples": examples}
    if args.json:
        print(json.dumps(result))
    else:
        print(f"{articles:,} articles, {tokens:,} tokens: {token_diffs} with a token attribute that differs, "
              f"{record_diffs} with an extract record that differs")
        print(f"attribute ruler CPU: spaCy's {cpu['stock']:.2f} s, array {cpu['array']:.2f} s "
              f"({cpu['stock'] / max(cpu['array'], 1e-9):.1f}x)")
        for line in examples:
            print("  " + line)
    return 1 if token_diffs or record_diffs else 0


if __name__ == "__main__":
    sys.exit(main())
