"""Time from opening a file to the first paint and to highlights applied (offscreen).

    python benchmarks/open_to_highlights.py [--json]

Measures a short sample article and a 5,000-word article (sample paragraphs repeated),
with the language model already loaded (as it is once the app has started), and the
longest event-loop stall while the long article is analysed.
"""
from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.analysis.model import load_pipeline
    from desktop.loaders import load_article
    from desktop.notes import NotesStore
    from desktop.ui.main_window import MainWindow
    from desktop.ui.theme import LIGHT

    app = QApplication.instance() or QApplication([])
    load_pipeline()
    tmp = Path(tempfile.mkdtemp())
    short = ROOT / "seeds" / "01_harbour_flood_barrier.txt"
    paragraphs = [p for f in sorted((ROOT / "seeds").iterdir()) for p in load_article(f).text.split("\n\n")]
    long_path = tmp / "long.txt"
    long_path.write_text("\n\n".join((paragraphs * 20)[:200]), encoding="utf-8")

    results = {}
    for name, path in (("short", short), ("long_5000_words", long_path)):
        window = MainWindow(LIGHT, QSettings(str(tmp / f"{name}.ini"), QSettings.Format.IniFormat),
                            interactive=False, notes_store=NotesStore(tmp / f"{name}.sqlite3"))
        window.resize(1280, 800)
        window.show()
        app.processEvents()
        stalls = []
        last = [time.perf_counter()]

        def tick() -> None:
            now = time.perf_counter()
            stalls.append(now - last[0])
            last[0] = now

        timer = QTimer()
        timer.timeout.connect(tick)
        done = []
        loop = QEventLoop()
        window.analysis_finished.connect(lambda _v: (done.append(time.perf_counter()), loop.quit()))
        QTimer.singleShot(120_000, loop.quit)
        start = time.perf_counter()
        window.open_paths([str(path)])
        window.current_view().viewport().repaint()
        first_paint = time.perf_counter() - start
        last[0] = time.perf_counter()
        timer.start(10)  # a GUI-thread heartbeat: the gaps between beats are the stalls
        if not done:
            loop.exec()  # wait like the application does: idle in Qt's event loop
        timer.stop()
        words = window.current_view().article.word_count
        results[name] = {
            "words": words, "first_paint_ms": round(first_paint * 1000, 1),
            "highlights_ms": round((done[0] - start) * 1000, 1) if done else None,
            "longest_stall_ms": round(max(stalls) * 1000, 1) if stalls else None,
        }
        window.close()
    if "--json" in sys.argv:
        print(json.dumps(results))
    else:
        for name, r in results.items():
            print(f"{name:>16}: {r['words']:>5} words  first paint {r['first_paint_ms']:>6} ms  "
                  f"highlights {r['highlights_ms']:>7} ms  longest stall {r['longest_stall_ms']} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
