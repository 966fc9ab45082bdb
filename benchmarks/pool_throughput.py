"""Both cores: corpus throughput with `extract --jobs 1` and `--jobs N`, peak memory, and
one long article analysed in one process and split over the workers.

    python benchmarks/pool_throughput.py [--limit 200] [--jobs 2] [--pairs 1] [--json]

- throughput: `python -m desktop extract --jobs J` over the first N corpus articles (as
  files), wall time from start to the last line, words per second, and the ratio between
  the two (target ≥ 1.8x on an idle 2-core machine). The CLI's start-up (model loads) is
  included: it is what a user of the command pays. Printed too, without start-up: the words
  per second from the first article's result to the last one's, and that ratio. CPU seconds of the whole process tree
  are printed too: on a busy machine they show whether the workers add work, when the wall
  times only show how busy the machine was.
  With `--jobs N` the command's own process analyses as one of the N (N-1 workers).
  Printed too, the best ratio that start-up allows: with the first result of `--jobs 1` at
  S seconds and the last at T, no N-process command can beat T / (S + (T - S) / N), since
  no process can analyse before it has loaded the model. `--pairs K` runs K pairs (jobs 1,
  then jobs N) and prints each pair with the load average: on a shared machine one pair
  says little.
- peak RSS: the largest sum of resident memory over the command's process tree (the
  parent and its worker processes), sampled every 50 ms.
- a 5,000-word article (corpus paragraphs) analysed with the model loaded: in one process
  (`analyze`), and split over the warm workers (`analyze_article`); target < 0.5 s.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def tree_rss_kb(pid: int) -> int:
    """Resident memory of a process and all its descendants (Linux /proc). Walks only this
    tree, through each task's `children` file: scanning every process of the machine took a
    noticeable share of a core, taken from the workers being measured."""
    total, todo, page_kb = 0, [pid], os.sysconf("SC_PAGE_SIZE") // 1024
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/statm") as f:
                total += int(f.read().split()[1]) * page_kb
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    todo.extend(int(c) for c in f.read().split())
        except (OSError, ValueError, IndexError):
            continue
    return total


def run_extract(files: list[str], jobs: int) -> dict:
    env = dict(os.environ, XDG_DATA_HOME=tempfile.mkdtemp())
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "desktop", "extract", "--jobs", str(jobs), *files],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    peak = [0]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], tree_rss_kb(proc.pid))
            done.wait(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    arrivals = [time.perf_counter() for _ in proc.stdout]  # one JSON line per article, in input order
    lines = len(arrivals)
    proc.wait()
    seconds = time.perf_counter() - start
    done.set()
    sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)  # the command and its workers
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return {"jobs": jobs, "articles": lines, "seconds": round(seconds, 2), "cpu_seconds": round(cpu, 1),
            "peak_rss_mb": round(peak[0] / 1024), "first_result_seconds": round(arrivals[0] - start, 2) if arrivals else None,
            "steady_seconds": round(arrivals[-1] - arrivals[0], 2) if len(arrivals) > 1 else None}


def _start_up_bound(one: dict, jobs: int) -> float | None:
    """The best whole-command ratio N processes could reach, given the one-process run: its
    start-up and first article (S) cannot be shared out, the rest (T - S) at best N ways."""
    if not one["first_result_seconds"]:
        return None
    first, total = one["first_result_seconds"], one["seconds"]
    return round(total / (first + (total - first) / jobs), 2)


def long_article(records: list[dict], words: int):
    from desktop.article import article_from_text

    chosen, count = [], 0
    for r in records:
        for p in r["text"].split("\n\n"):
            chosen.append(p)
            count += len(p.split())
            if count >= words:
                return article_from_text("\n\n".join(chosen), "Long")
    return article_from_text("\n\n".join(chosen), "Long")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--pairs", type=int, default=1, help="runs of (--jobs 1, --jobs N), alternated")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    from gold_io import CORPUS, benchmark_records

    if not CORPUS.exists():
        print(json.dumps({"skipped": f"{CORPUS} not found"}))
        return 0
    records = benchmark_records(limit=max(args.limit, 400))
    folder = Path(tempfile.mkdtemp())
    files = []
    for i, r in enumerate(records[: args.limit]):
        path = folder / f"{i:04d}.txt"
        path.write_text(f"{r['title']}\n\n{r['text']}", encoding="utf-8")
        files.append(str(path))
    words = sum(len(r["text"].split()) for r in records[: args.limit])
    counts = [len(r["text"].split()) for r in records[: args.limit]]
    pairs = []
    for _ in range(max(1, args.pairs)):
        load = os.getloadavg()[0]
        one = run_extract(files, 1)
        many = run_extract(files, args.jobs)
        for r in (one, many):
            r["words_per_second"] = round(words / r["seconds"])
            # Without start-up: the articles after the first one, from its result to the last.
            r["steady_words_per_second"] = round(sum(counts[1:]) / r["steady_seconds"]) if r["steady_seconds"] else None
        pairs.append({"jobs_1": one, f"jobs_{args.jobs}": many, "load_before": round(load, 2),
                      "load_after": round(os.getloadavg()[0], 2),
                      "throughput_ratio": round(one["seconds"] / many["seconds"], 2),
                      "steady_throughput_ratio": round(many["steady_words_per_second"] / one["steady_words_per_second"], 2)
                      if one["steady_words_per_second"] and many["steady_words_per_second"] else None,
                      "start_up_bound": _start_up_bound(one, args.jobs)})

    from desktop.analysis import analyze
    from desktop.analysis.model import load_pipeline
    from desktop.analysis.pool import analyze_article

    load_pipeline()
    article = long_article(records, 5000)
    analyze_article(article, jobs=args.jobs)  # start the workers: the app keeps them warm
    timings = {}
    for name, fn in (("one process", lambda: analyze(article)),
                     (f"{args.jobs} workers", lambda: analyze_article(article, jobs=args.jobs))):
        runs = []
        for _ in range(3):
            t0 = time.perf_counter()
            fn()
            runs.append(time.perf_counter() - t0)
        timings[name] = round(sorted(runs)[1], 3)  # median of three
    last = pairs[-1]
    ratios = sorted(p["throughput_ratio"] for p in pairs)
    result = {"corpus_articles": args.limit, "words": words, **{k: last[k] for k in last},
              "pairs": pairs if len(pairs) > 1 else None,
              "median_throughput_ratio": ratios[len(ratios) // 2],
              "load_average": os.getloadavg(),
              "long_article_words": article.word_count, "long_article_seconds": timings}
    if args.json:
        print(json.dumps(result))
    else:
        load = result["load_average"]
        print(f"load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} on {os.cpu_count()} cores")
        for number, pair in enumerate(pairs, 1):
            if len(pairs) > 1:
                print(f"pair {number} (load average {pair['load_before']:.2f} before, {pair['load_after']:.2f} after):")
            for r in (pair["jobs_1"], pair[f"jobs_{args.jobs}"]):
                print(f"extract --jobs {r['jobs']}: {r['articles']} articles ({words:,} words) in {r['seconds']} s with "
                      f"start-up, {r['words_per_second']:,} words/s; first result at {r['first_result_seconds']} s, then "
                      f"{r['steady_words_per_second']:,} words/s; {r['cpu_seconds']} s CPU, peak RSS "
                      f"{r['peak_rss_mb']} MB (process tree)")
            print(f"throughput ratio --jobs {args.jobs} / --jobs 1: {pair['throughput_ratio']}x with start-up "
                  f"(the whole command, what a user waits for); {pair['steady_throughput_ratio']}x without it (from "
                  f"the first result to the last); target ≥ 1.8x; start-up allows at most {pair['start_up_bound']}x")
        if len(pairs) > 1:
            print(f"median whole-command ratio of {len(pairs)} pairs: {result['median_throughput_ratio']}x "
                  f"(each: {', '.join(str(p['throughput_ratio']) for p in pairs)})")
        print(f"{article.word_count:,}-word article, model loaded (median of 3): "
              + ", ".join(f"{k} {v} s" for k, v in timings.items()) + " (target < 0.5 s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
