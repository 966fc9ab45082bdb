"""Open and close 500 articles in one session; print resident memory after 100, 250 and 500.

    python benchmarks/memory_open_close.py [--json]

Each article is opened in the window, analysed (as a user would see it), then its tab is
closed. Memory should level off, not grow with every article.
"""
from __future__ import annotations

import gc
import json
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
from gold_io import benchmark_records  # noqa: E402


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return round(int(line.split()[1]) / 1024, 1)
    return 0.0


def main() -> int:
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.notes import NotesStore
    from desktop.ui.main_window import MainWindow
    from desktop.ui.theme import LIGHT

    corpus = ROOT.parent / "shared" / "corpus" / "articles.jsonl"
    tmp = Path(tempfile.mkdtemp())
    if corpus.exists():
        records = benchmark_records(corpus, limit=500)
        texts = [f"{r['title']}\n\n{r['text']}" for r in records]
    else:  # still meaningful: the samples, each made unique
        texts = [p.read_text(encoding="utf-8") + f"\n\nCopy {i}." for i in range(100) for p in sorted((ROOT / "seeds").glob("*.txt"))][:500]
    paths = []
    for i, text in enumerate(texts):
        path = tmp / f"a{i:03d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)

    app = QApplication.instance() or QApplication([])
    window = MainWindow(LIGHT, QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat), interactive=False,
                        notes_store=NotesStore(tmp / "notes.sqlite3"))
    window.show()
    results = {"start_mb": rss_mb()}
    for n, path in enumerate(paths, start=1):
        loop = QEventLoop()
        window.analysis_finished.connect(loop.quit)
        QTimer.singleShot(60_000, loop.quit)
        window.open_paths([str(path)])
        loop.exec()
        window.analysis_finished.disconnect(loop.quit)
        window.close_tab(0)
        app.processEvents()
        if n in (100, 250, 500):
            gc.collect()
            results[f"after_{n}_mb"] = rss_mb()
    results["articles"] = len(paths)
    print(json.dumps(results) if "--json" in sys.argv else "\n".join(f"{k:>14}: {v}" for k, v in results.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
