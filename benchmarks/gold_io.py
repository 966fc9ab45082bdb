"""Load the hand-annotated gold set and the articles it refers to.

The gold file holds offsets only (no article text): corpus records are named by their id in
../shared/corpus/articles.jsonl, samples by path. A short hash of each span's text guards
against the offsets drifting if the loader's canonical text ever changes.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "data" / "extraction_gold.json"
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus" / "articles.jsonl"


def span_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


def load_gold() -> dict:
    return json.loads(GOLD.read_text(encoding="utf-8"))


def corpus_records(ids: set[str] | None = None) -> dict[str, dict]:
    out = {}
    if not CORPUS.exists():
        return out
    with CORPUS.open(encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            if ids is None or record["id"] in ids:
                out[record["id"]] = record
    return out


def fresh_ids() -> set[str]:
    """Corpus ids of the fresh held-out split(s) (extraction_eval.FRESH): until a fresh set is
    measured once, nothing may run the system on it, benchmarks included."""
    from extraction_eval import FRESH

    if not FRESH or not GOLD.exists():
        return set()
    return {key for key, entry in load_gold().items()
            if isinstance(entry, dict) and entry.get("split") in FRESH}


def benchmark_records(path: Path = CORPUS, limit: int = 0, offset: int = 0) -> list[dict]:
    """Corpus records in file order for benchmarks, without the fresh held-out articles.

    `offset` skips that many usable records first; `limit` 0 means all. [] when `path` is absent.
    """
    if not path.exists():
        return []
    skip = fresh_ids()
    out: list[dict] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            if record["id"] in skip:
                continue
            if offset:
                offset -= 1
                continue
            out.append(record)
            if limit and len(out) >= limit:
                break
    return out


def load_gold_article(key: str, records: dict[str, dict]):
    """The Article a gold entry refers to, or None when its source is not available here."""
    from desktop.article import article_from_text
    from desktop.loaders import load_article

    if key.startswith("seed:"):
        return load_article(ROOT / key[5:])
    if key.startswith("shared:"):
        path = SHARED / key[7:]
        return load_article(path) if path.exists() else None
    record = records.get(key)
    if record is None:
        return None
    return article_from_text(record["text"], record["title"], date=record.get("date"))
