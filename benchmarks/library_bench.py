"""Library benchmark (issue 16): start-up, memory, query latency, size on disk, import speed.

    python benchmarks/library_bench.py [--corpus ../shared/corpus/articles.jsonl] [--sizes 2370,23700]
                                       [--import-limit 300] [--json]

For each library size it builds a library database from the shared corpus (the larger sizes are
the corpus repeated with new ids: each copy's text gets one extra closing paragraph, so its
hash differs, and it **reuses the analysis of the original** — offsets stay valid because the
extra paragraph is at the end; this avoids ten times the spaCy time and is said in the output),
then measures in a fresh process:
- start-up to the first answered query (open the library, run a word query) and to the first
  `speaker:` answer, with nothing changed — no spaCy, no file read;
- RSS after start-up (VmRSS), and after building the actor table across the library;
- query p50/p99 over a fixed mix (words, two words, phrases, prefixes, speaker:"…", actor:… type:quote);
- database size on disk per 1,000 articles.
And the first import of the corpus folder (`--import-limit` articles written as files, read and
analysed): words/s with one worker and with every core (the process pool of issue 17 when it is
present; otherwise the serial stand-in, and the ratio says so).

Analyses of the corpus are computed once and cached in benchmarks/.cache/ (keyed by the corpus
size and ANALYSER_VERSION). Machine load matters: the figures printed include the load average.
"""
from __future__ import annotations

import argparse
import json
import os
import pickle
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
from gold_io import benchmark_records  # noqa: E402
CACHE = ROOT / "benchmarks" / ".cache"


def load_corpus(path: Path):
    from desktop.article import article_from_text

    records = benchmark_records(path)
    return records, [article_from_text(r["text"], r["title"], date=r.get("date")) for r in records]


def corpus_analyses(articles, records) -> list:
    from desktop.analysis.version import ANALYSER_VERSION
    from desktop.library_jobs import analyze_articles

    CACHE.mkdir(parents=True, exist_ok=True)
    cached = CACHE / f"analyses-{len(articles)}-v{ANALYSER_VERSION}.pkl"
    if cached.exists():
        with cached.open("rb") as fh:
            return pickle.load(fh)
    print(f"(analysing {len(articles)} corpus articles once for the benchmark; cached in {cached})",
          file=sys.stderr, flush=True)
    out = [None] * len(articles)
    for index, analysis in analyze_articles(articles):
        out[index] = analysis
    with cached.open("wb") as fh:
        pickle.dump(out, fh)
    return out


def build_library(db: Path, articles, analyses, size: int) -> float:
    from desktop.article import article_from_text
    from desktop.library import Library

    store = Library(db)
    start = time.perf_counter()
    n = 0
    copy = 0
    while n < size:
        for article, analysis in zip(articles, analyses):
            if n >= size:
                break
            if copy:
                article = article_from_text(article.text + f"\n\nCopy {copy}.", article.title, date=article.date)
            store.add(article, f"/corpus/copy{copy}/{article.id}.txt", analysis)
            n += 1
        copy += 1
    seconds = time.perf_counter() - start
    store._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    return seconds


def child_startup(db: str, queries_file: str) -> None:
    """Runs in a fresh process: open, first answers, RSS, query latencies, actor table."""
    t0 = time.perf_counter()
    from desktop.library import Library

    store = Library(db)
    first = store.search("government", prefix_last=False)
    t_first = time.perf_counter() - t0
    speaker = store.search('speaker:"Tony Blair"', prefix_last=False)
    t_speaker = time.perf_counter() - t0
    rss_start = _rss_mb()
    queries = json.loads(Path(queries_file).read_text())
    timings = []
    for q in queries:
        s = time.perf_counter()
        store.search(q)
        timings.append((time.perf_counter() - s) * 1000)
    timings.sort()
    from desktop.library_actors import Library as ActorTable

    s = time.perf_counter()
    table = ActorTable.from_store(store)
    actors_s = time.perf_counter() - s
    s = time.perf_counter()
    table.voices()
    voices_ms = (time.perf_counter() - s) * 1000
    print(json.dumps({
        "startup_to_first_query_s": round(t_first, 3), "startup_to_speaker_query_s": round(t_speaker, 3),
        "first_query_hits": len(first.hits), "speaker_query_hits": len(speaker.hits),
        "rss_after_startup_mb": rss_start, "query_p50_ms": round(statistics.median(timings), 2),
        "query_p99_ms": round(timings[max(0, int(len(timings) * 0.99) - 1)], 2), "queries": len(timings),
        "actor_table_build_s": round(actors_s, 2), "library_actors": len(table.actors),
        "voices_ms": round(voices_ms, 1), "rss_after_actor_table_mb": _rss_mb(),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}))


def child_app(db: str) -> None:
    """Runs in a fresh process: the real window on this library, to its first search answer
    (Qt, the window, the library's start-up; the language model loads meanwhile, as in use)."""
    t0 = time.perf_counter()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp()  # notes and settings: a scratch folder
    from PySide6.QtCore import QEventLoop, QSettings
    from PySide6.QtWidgets import QApplication

    from desktop.library import Library
    from desktop.ui.main_window import MainWindow
    from desktop.ui.theme import LIGHT

    app = QApplication([])
    settings = QSettings(os.path.join(os.environ["XDG_DATA_HOME"], "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(LIGHT, settings, interactive=False, library_store=Library(db))
    window.show()
    window.library.start()
    answers = []
    window.library.results_shown.connect(lambda q, r: answers.append((q, len(r.hits), time.perf_counter() - t0)))
    window.library.search('speaker:"Tony Blair"')
    while not answers and time.perf_counter() - t0 < 120:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
    print(json.dumps({"app_start_to_first_answer_s": round(answers[0][2], 3) if answers else None,
                      "app_first_answer_hits": answers[0][1] if answers else 0, "app_rss_mb": _rss_mb()}))
    window.library.stopping.set()
    os._exit(0)  # the benchmark is over: no need to wait for the model load or the upkeep


def _rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return round(int(line.split()[1]) / 1024, 1)
    return 0.0


def measure_size(size: int, articles, analyses, queries: list[str], work: Path) -> dict:
    db = work / f"library-{size}.sqlite3"
    build_s = build_library(db, articles, analyses, size)
    qfile = work / "queries.json"
    qfile.write_text(json.dumps(queries))
    runs = []
    for _ in range(3):  # the median of three starts (the OS page cache stays warm)
        out = subprocess.run([sys.executable, __file__, "--child-startup", str(db), "--queries", str(qfile)],
                             capture_output=True, text=True, check=True)
        runs.append(json.loads(out.stdout))
    runs.sort(key=lambda r: r["startup_to_first_query_s"])
    result = runs[len(runs) // 2]
    out = subprocess.run([sys.executable, __file__, "--child-app", str(db)], capture_output=True, text=True)
    try:
        result.update(json.loads(out.stdout.strip().splitlines()[-1]))
    except (ValueError, IndexError):
        result["app_start_error"] = (out.stderr or out.stdout)[-300:]
    size_bytes = sum(p.stat().st_size for p in work.glob(f"library-{size}.sqlite3*"))
    result.update({"articles": size, "copies_reuse_analyses": size > len(articles),
                   "build_s": round(build_s, 1), "db_mb": round(size_bytes / 2**20, 1),
                   "db_mb_per_1000_articles": round(size_bytes / 2**20 / size * 1000, 2)})
    db.unlink()
    return result


def measure_import(records, articles, limit: int, work: Path) -> dict:
    from desktop.library import Library
    from desktop.library_jobs import import_paths

    try:
        import desktop.analysis.pool  # noqa: F401
        pool = True
    except ImportError:
        pool = False
    folder = work / "import"
    folder.mkdir(exist_ok=True)
    chosen = articles[:limit] if limit else articles
    for i, a in enumerate(chosen):
        (folder / f"{i:05d}.txt").write_text(a.title + "\n\n" + a.text, encoding="utf-8")
    out = {"import_articles": len(chosen), "process_pool": pool}
    for jobs, name in ((1, "one_core"), (None, "all_cores")):
        db = work / f"import-{name}.sqlite3"
        store = Library(db)
        result = import_paths(store, [folder], jobs=jobs)
        store.close()
        out[f"import_words_per_s_{name}"] = round(result.words / result.seconds)
        out[f"import_seconds_{name}"] = round(result.seconds, 1)
        for p in work.glob(f"import-{name}.sqlite3*"):
            p.unlink()
    out["import_speed_ratio"] = round(out["import_words_per_s_all_cores"] / out["import_words_per_s_one_core"], 2)
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared/corpus/articles.jsonl"))
    parser.add_argument("--sizes", default="2370,23700")
    parser.add_argument("--import-limit", type=int, default=300, help="articles for the import speed (0 = all)")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--child-startup", metavar="DB", help=argparse.SUPPRESS)
    parser.add_argument("--queries", help=argparse.SUPPRESS)
    parser.add_argument("--child-app", metavar="DB", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_app:
        child_app(args.child_app)
        return 0
    if args.child_startup:
        child_startup(args.child_startup, args.queries)
        return 0
    corpus = Path(args.corpus)
    if not corpus.exists():
        print(json.dumps({"skipped": f"{corpus} not found"}))
        return 0
    from search_bench import queries as mixed_queries

    records, articles = load_corpus(corpus)
    analyses = corpus_analyses(articles, records)
    queries = mixed_queries(records, analyses, n=400)
    random.Random(3).shuffle(queries)
    results = {"load_average": [round(x, 2) for x in os.getloadavg()], "cpus": os.cpu_count()}
    with tempfile.TemporaryDirectory(prefix="byline-library-bench-") as tmp:
        work = Path(tmp)
        for size in (int(s) for s in args.sizes.split(",") if s):
            results[str(size)] = measure_size(size, articles, analyses, queries, work)
            print(f"(library of {size} measured: {json.dumps(results[str(size)])})", file=sys.stderr, flush=True)
        if args.import_limit >= 0:
            results["import"] = measure_import(records, articles, args.import_limit, work)
    results["load_average_after"] = [round(x, 2) for x in os.getloadavg()]
    if args.json:
        print(json.dumps(results))
    else:
        for key, value in results.items():
            if isinstance(value, dict):
                print(f"-- {key}")
                for k, v in value.items():
                    print(f"{k:>32}: {v}")
            else:
                print(f"{key:>32}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
