"""The longest GUI-thread stall while a folder of 200 corpus articles is imported (read,
stored, indexed and analysed on the worker processes) into the real main window.

    python benchmarks/import_stall.py [--limit 200] [--json]

A 5 ms heartbeat timer runs on the GUI thread from before File ▸ Import Folder until the
import reports it has finished; a gap between two beats is time the window could not answer
(target < 50 ms). Beside the longest gap: the GUI thread's own CPU time in it (on a busy
machine the rest is waiting for a core, or for the interpreter lock that the import's thread
holds), the most GUI-thread CPU between any two beats, and the import's wall time. The model
is loaded and the workers warm before the clock starts, as in an app that has been open a
moment; the library is a fresh one, so every article is read and analysed.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    from gold_io import CORPUS, benchmark_records

    if not CORPUS.exists():
        print(json.dumps({"skipped": f"{CORPUS} not found"}))
        return 0
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.analysis.model import load_pipeline
    from desktop.analysis.pool import analyze_articles, default_jobs
    from desktop.article import article_from_text
    from desktop.library import Library
    from desktop.notes import NotesStore
    from desktop.ui.main_window import MainWindow
    from desktop.ui.theme import LIGHT

    tmp = Path(tempfile.mkdtemp())
    folder = tmp / "articles"
    folder.mkdir()
    words = 0
    for i, record in enumerate(benchmark_records(limit=args.limit)):
            (folder / f"{i:04d}.txt").write_text(f"{record['title']}\n\n{record['text']}", encoding="utf-8")
            words += len(record["text"].split())

    app = QApplication.instance() or QApplication([])
    load_pipeline()
    window = MainWindow(LIGHT, QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat), interactive=False,
                        notes_store=NotesStore(tmp / "notes"), library_store=Library(tmp / "library"))
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    list(analyze_articles([article_from_text("Warm up. The workers load the model.", "w")] * default_jobs()))

    gaps: list[tuple[float, float]] = []
    last = [time.perf_counter(), time.thread_time()]

    def tick() -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        gaps.append((now - last[0], cpu - last[1]))
        last[:] = [now, cpu]

    loop = QEventLoop()
    done: list = []
    window.library.import_finished.connect(lambda added, failures: (done.append((added, failures)), loop.quit()))
    timer = QTimer()
    timer.timeout.connect(tick)
    QTimer.singleShot(1_800_000, loop.quit)
    timer.start(5)
    start = time.perf_counter()
    cpu_start = os.times()
    QTimer.singleShot(0, lambda: window.library.import_folder(str(folder)))
    last[:] = [time.perf_counter(), time.thread_time()]
    loop.exec()
    tick()
    seconds = time.perf_counter() - start
    timer.stop()
    cpu_end = os.times()
    window.close()
    added, failures = done[0] if done else ([], [])
    wall, cpu = max(gaps)
    result = {"articles": len(added), "failures": len(failures), "words": words, "import_seconds": round(seconds, 1),
              "cpu_seconds_parent": round(cpu_end.user + cpu_end.system - cpu_start.user - cpu_start.system, 1),
              "longest_gui_stall_ms": round(wall * 1000, 1), "gui_cpu_in_longest_stall_ms": round(cpu * 1000, 1),
              "most_gui_cpu_between_beats_ms": round(max(c for _, c in gaps) * 1000, 1),
              "gaps_over_50ms": sum(1 for g, _ in gaps if g > 0.05), "load_average": os.getloadavg()}
    if args.json:
        print(json.dumps(result))
    else:
        load = result["load_average"]
        print(f"import of {result['articles']} corpus articles ({words:,} words) into the window: {seconds:.1f} s "
              f"(parent process {result['cpu_seconds_parent']} s CPU); load average {load[0]:.2f} {load[1]:.2f} "
              f"{load[2]:.2f}")
        print(f"longest GUI-thread stall {result['longest_gui_stall_ms']} ms ({result['gui_cpu_in_longest_stall_ms']} ms "
              f"of it GUI-thread CPU); most GUI CPU between two beats {result['most_gui_cpu_between_beats_ms']} ms; "
              f"{result['gaps_over_50ms']} gaps over 50 ms (target: longest < 50 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
