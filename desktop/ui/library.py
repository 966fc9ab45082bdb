"""Search across every article opened so far plus the user's library, and folder import.

The library is a list of paths in QSettings; at start-up it is re-indexed in the background
(text first, so search works at once; then analysis, so actor:/speaker:/type: work too).
"""
from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QProgressDialog

from ..analysis import analyze
from ..article import Article
from ..fsnames import display_name, safe_resolve
from ..loaders import LoadError, collect_files, load_article
from ..search import Hit, SearchIndex, SearchResult, find_hits
from .search_ui import SearchBar, SearchResults
from .tasks import run_in_background
from .theme import Theme

if TYPE_CHECKING:
    from .main_window import MainWindow

MAX_LIBRARY = 5000


def index_key(path: str | Path) -> str:
    return str(safe_resolve(path))  # a symlink loop keeps its own path; opening it then says why


class LibrarySearch(QObject):
    results_shown = Signal(str, object)  # query, SearchResult (for tests)
    library_indexed = Signal(int)  # articles in the index
    import_finished = Signal(list, list)  # imported paths, failures ("path: reason")

    def __init__(self, window: "MainWindow", settings: QSettings, theme: Theme) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self.index = SearchIndex()
        self._query_seq = 0
        self._analysed: set[str] = set()
        self.analyses: dict[str, tuple[Article, object]] = {}  # key → (article, analysis)
        self.stopping = threading.Event()  # set when the window closes: long jobs stop early
        self.bar = SearchBar(window)
        self.results = SearchResults(theme, window)
        self.bar.query_changed.connect(self.search)
        self.bar.step.connect(self.results.step)
        self.bar.accepted.connect(self.results.activate_current)
        self.bar.dismissed.connect(self._dismiss)
        self.results.activated.connect(self.open_hit)

    # ------------------------------------------------------------------ library
    def library(self) -> list[str]:
        value = self._settings.value("library/paths", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in value or []]

    def remember(self, paths: list[str]) -> None:
        known = self.library()
        merged = known + [p for p in (index_key(x) for x in paths) if p not in known]
        self._settings.setValue("library/paths", merged[-MAX_LIBRARY:])

    def article_opened(self, key: str, article: Article, indexed: bool = False) -> None:
        if not indexed:
            self.index.add(key, article)  # text now: searchable before analysis is done
        self.remember([key])

    def analyse_and_index(self, key: str, article: Article):
        """Worker side: analysis for the view, and the index updated with it."""
        analysis = analyze(article)
        self.index.add(key, article, analysis)
        self._analysed.add(key)
        self.analyses[key] = (article, analysis)
        return analysis

    def index_library(self) -> None:
        """Re-index the library in the background: all texts first, then their analyses."""
        paths = [p for p in self.library() if p not in self.index]
        if paths:
            self._index_paths(paths, analyse=True)

    def _index_paths(self, paths: list[str], analyse: bool, on_done=None,
                     cancelled: threading.Event | None = None, on_progress=None) -> None:
        def work(report):
            loaded, failures = [], []
            for n, path in enumerate(paths, start=1):
                if self.stopping.is_set() or (cancelled is not None and cancelled.is_set()):
                    break
                try:
                    article = load_article(path)
                except LoadError as exc:
                    failures.append(str(exc))
                else:
                    self.index.add(index_key(path), article)
                    loaded.append((index_key(path), article))
                report(n, len(paths))
            return loaded, failures

        def finished(result) -> None:
            loaded, failures = result
            self.library_indexed.emit(len(self.index))
            if on_done is not None:
                on_done(loaded, failures)
            if analyse:
                self._analyse_later([(k, a) for k, a in loaded if k not in self._analysed])

        run_in_background(work, finished, self._window.report_background_error,
                          on_progress or (lambda done, total: None))

    def _analyse_later(self, items: list[tuple[str, Article]]) -> None:
        """Analyse library articles one by one at low priority, so actor: and speaker: find them."""
        if not items:
            return

        def work(report):
            for n, (key, article) in enumerate(items, start=1):
                if self.stopping.is_set():
                    break
                if key not in self._analysed:
                    self.analyse_and_index(key, article)
                report(n, len(items))
            return len(items)

        def progress(done: int, total: int) -> None:
            self._window.statusBar().showMessage(f"Analysing the library for search: {done} of {total}", 3000)

        run_in_background(work, lambda n: self.library_indexed.emit(len(self.index)),
                          self._window.report_background_error, progress)

    # ------------------------------------------------------------------ import
    def import_folder(self, folder: str | None = None) -> None:
        if folder is None:
            folder = QFileDialog.getExistingDirectory(self._window, "Import a folder of articles",
                                                      self._settings.value("last_dir", str(Path.home())))
            if not folder:
                return
        unreadable: list[str] = []
        paths = [str(p) for p in collect_files([folder], unreadable)]
        if not paths:
            self._window.show_message("Nothing to import", [f"No .txt, .md or .html files under "
                                                            f"{display_name(folder)}.", *unreadable])
            return
        cancelled = threading.Event()
        dialog = QProgressDialog(f"Importing {len(paths)} files…", "Cancel", 0, len(paths), self._window)
        dialog.setWindowTitle("Import folder")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.canceled.connect(cancelled.set)

        def progress(done: int, total: int) -> None:
            dialog.setValue(done)
            dialog.setLabelText(f"Importing {done} of {total} files…")

        def finished(loaded, failures) -> None:
            dialog.reset()
            dialog.deleteLater()
            failures = [*unreadable, *failures]
            imported = [key for key, _ in loaded]
            self.remember(imported)
            self.import_finished.emit(imported, failures)
            summary = f"Imported {len(imported)} of {len(paths)} files" + (" (cancelled)" if cancelled.is_set() else "")
            self._window.statusBar().showMessage(summary + ".", 10_000)
            if failures:
                self._window.show_message(f"{summary}; {len(failures)} could not be read", failures)

        self._index_paths(paths, analyse=True, on_done=finished, cancelled=cancelled, on_progress=progress)

    # ------------------------------------------------------------------ searching
    def focus_bar(self) -> None:
        self.bar.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.bar.selectAll()

    def search(self, text: str) -> None:
        """Queries run on a worker; a result that arrives after a newer query is dropped."""
        self._query_seq += 1
        seq = self._query_seq
        if text.strip():
            self._window.show_search_results()
        def failed(exc: Exception) -> None:  # still answer, so nobody waits for results that never come
            self._show(seq, text, SearchResult([], [], f"The search failed ({exc})."))

        run_in_background(lambda: self.index.search(text), lambda result: self._show(seq, text, result), failed)

    def _show(self, seq: int, text: str, result: SearchResult) -> None:
        if seq != self._query_seq:
            return
        self.results.show_result(text, result)
        self.results_shown.emit(text, result)

    def open_hit(self, hit: Hit, terms: list[str]) -> None:
        view = self._window.open_key(hit.article)
        if view is None:
            return
        view.set_search_hits(find_hits(view.article.text, terms), current=hit.start)
        if hit.kind == "title":
            view.scroll_to_offset(0)
        else:
            view.flash(hit.start, max(hit.end, hit.start + 1))

    def _dismiss(self) -> None:
        self.bar.clear()
        view = self._window.current_view()
        if view is not None:
            view.set_search_hits([])
            view.setFocus()
