"""Time from opening a file to its first highlights painted, and to the whole article's.

    python benchmarks/open_to_highlights.py [--json]

Opens a 470-, a 5,000- and a 20,000-word article (corpus paragraphs, or the seed paragraphs
when ../shared is absent) in the real main window (offscreen), with the language model
already loaded, as it is once the app has started. For each it prints:
- first paint: the text on screen;
- first highlights: the first screen's highlights applied AND painted (a synchronous repaint
  of the viewport right after they were applied, so the time includes drawing them);
- all highlights: the whole article's analysis applied and painted;
- the longest GUI-thread stall from opening to the end (a 10 ms heartbeat timer on the GUI
  thread; a gap between beats is time the window could not answer), and the longest time
  spent applying highlights on the GUI thread.
Each article is a fresh file, so the library holds no stored analysis for it.
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
sys.path.insert(0, str(ROOT / "benchmarks"))

SIZES = (("470 words", 470), ("5,000 words", 5_000), ("20,000 words", 20_000))


def paragraphs() -> list[str]:
    from gold_io import CORPUS

    from desktop.loaders import load_article

    if CORPUS.exists():
        out = []
        with CORPUS.open(encoding="utf-8") as lines:
            for line, _ in zip(lines, range(400)):
                out += json.loads(line)["text"].split("\n\n")
        return out
    return [p for f in sorted((ROOT / "seeds").iterdir()) for p in load_article(f).text.split("\n\n")]


def article_file(folder: Path, name: str, words: int, pool: list[str]) -> Path:
    chosen, count = [], 0
    for p in pool:
        if count >= words:
            break
        chosen.append(p)
        count += len(p.split())
    path = folder / f"{name.replace(',', '').replace(' ', '_')}.txt"
    path.write_text("\n\n".join(chosen), encoding="utf-8")
    return path


def measure(app, window, path: Path) -> dict:
    from PySide6.QtCore import QEventLoop, QTimer

    from desktop.ui import reader

    stalls, applying = [], []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        stalls.append(now - last[0])
        last[0] = now

    # Time every application of highlights on the GUI thread (the cost the user waits through).
    original = reader.ArticleView._apply_formats

    def timed(self) -> None:
        t0 = time.perf_counter()
        original(self)
        applying.append(time.perf_counter() - t0)

    reader.ArticleView._apply_formats = timed
    marks: dict[str, float] = {}
    loop = QEventLoop()

    def painted(name: str, view) -> None:
        view.viewport().repaint()  # draw what was just applied, now, before the clock reads
        marks.setdefault(name, time.perf_counter())

    def tab_shown(_article) -> None:  # the file is read on a worker; its tab follows
        window.current_view().viewport().repaint()
        marks.setdefault("tab", time.perf_counter())

    window.article_opened.connect(tab_shown)
    window.preview_shown.connect(lambda view: painted("first", view))
    window.analysis_finished.connect(lambda view: (painted("first", view), painted("all", view), loop.quit()))
    timer = QTimer()
    timer.timeout.connect(tick)
    QTimer.singleShot(300_000, loop.quit)
    start = time.perf_counter()
    try:
        window.open_paths([str(path)])
        last[0] = time.perf_counter()
        timer.start(10)
        if "all" not in marks:
            loop.exec()
        tick()  # the gap up to here includes applying and painting the last highlights
    finally:
        timer.stop()
        reader.ArticleView._apply_formats = original

    view = window.current_view()
    first_paint = marks["tab"] - start

    def ms(key: str) -> float | None:
        return round((marks[key] - start) * 1000, 1) if key in marks else None

    return {"words": view.article.word_count, "first_paint_ms": round(first_paint * 1000, 1),
            "first_highlights_painted_ms": ms("first"), "all_highlights_painted_ms": ms("all"),
            "longest_gui_stall_ms": round(max(stalls) * 1000, 1) if stalls else None,
            "longest_highlight_apply_ms": round(max(applying) * 1000, 1) if applying else None}


def main() -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desktop.analysis.model import load_pipeline
    from desktop.library import Library
    from desktop.notes import NotesStore
    from desktop.ui.main_window import MainWindow
    from desktop.ui.theme import LIGHT

    app = QApplication.instance() or QApplication([])
    load_pipeline()
    tmp = Path(tempfile.mkdtemp())
    pool = paragraphs()
    results = {}
    for name, words in SIZES:
        path = article_file(tmp, name, words, pool)
        window = MainWindow(LIGHT, QSettings(str(tmp / f"{words}.ini"), QSettings.Format.IniFormat),
                            interactive=False, notes_store=NotesStore(tmp / f"{words}.notes"),
                            library_store=Library(tmp / f"{words}.library"))
        window.resize(1280, 800)
        window.show()
        app.processEvents()
        results[name] = measure(app, window, path)
        window.close()
        app.processEvents()
    if "--json" in sys.argv:
        print(json.dumps(results))
    else:
        print("with the model loaded; times from File ▸ Open; targets: first highlights < 200 ms, stall < 50 ms")
        for name, r in results.items():
            print(f"{name:>13}: first paint {r['first_paint_ms']:>6} ms · first highlights painted "
                  f"{r['first_highlights_painted_ms']:>7} ms · all highlights painted {r['all_highlights_painted_ms']:>7} ms"
                  f" · longest GUI stall {r['longest_gui_stall_ms']} ms (applying highlights "
                  f"{r['longest_highlight_apply_ms']} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
