"""Search across every article opened so far plus the user's library, and folder import.

The library is a list of paths in QSettings; at start-up it is re-indexed in the background
(text first, so search works at once; then analysis, so actor:/speaker:/type: work too).
"""
from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QFileDialog

from ..analysis import analyze
from ..article import Article
from ..loaders import LoadError, collect_files, load_article
from ..search import Hit, SearchIndex, SearchResult, find_hits
from .search_ui import SearchBar, SearchResults
from .tasks import run_in_background
from .theme import Theme

if TYPE_CHECKING:
    from .main_window import MainWindow

MAX_LIBRARY = 5000


def index_key(path: str | Path) -> str:
    return str(Path(path).resolve())


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
        self._indexing: list = []  # jobs filling the index: searches meanwhile are partial
        self._search_pool = QThreadPool(self)
        self._search_pool.setMaxThreadCount(1)
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

    def _index_paths(self, paths: list[str], analyse: bool, on_done=None, label: str = "Indexing the library"
                     ) -> None:
        job = self._window.jobs.start(label, total=len(paths))
        self._indexing.append(job)

        def work(report):
            loaded, failures = [], []
            for n, path in enumerate(paths, start=1):
                if self.stopping.is_set() or job.cancelled.is_set():
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
            self._job_over(job)
            self.library_indexed.emit(len(self.index))
            if on_done is not None:
                on_done(loaded, failures, job.cancelled.is_set())
            if analyse and not job.cancelled.is_set():
                self._analyse_later([(k, a) for k, a in loaded if k not in self._analysed])

        def failed(exc: Exception) -> None:
            self._job_over(job)
            self._window.report_background_error(exc)

        run_in_background(work, finished, failed, job.progress)

    def _job_over(self, job) -> None:
        """A job that fills the index ended: searches shown meanwhile were partial, so the
        current search runs again over everything."""
        job.finish()
        if job in self._indexing:
            self._indexing.remove(job)
        if self.bar.text().strip():
            self.search(self.bar.text())

    def indexing(self) -> bool:
        return bool(self._indexing)

    def wait_for_searches(self, msecs: int = 10_000) -> None:
        self._search_pool.waitForDone(msecs)

    def _analyse_later(self, items: list[tuple[str, Article]]) -> None:
        """Analyse library articles one by one at low priority, so actor: and speaker: find them."""
        if not items:
            return

        job = self._window.jobs.start("Analysing the library for actor:, speaker: and type:", total=len(items))
        self._indexing.append(job)

        def work(report):
            for n, (key, article) in enumerate(items, start=1):
                if self.stopping.is_set() or job.cancelled.is_set():
                    break
                if key not in self._analysed:
                    self.analyse_and_index(key, article)
                report(n, len(items))
            return len(items)

        def finished(_n) -> None:
            self._job_over(job)
            self.library_indexed.emit(len(self.index))

        def failed(exc: Exception) -> None:
            self._job_over(job)
            self._window.report_background_error(exc)

        run_in_background(work, finished, failed, job.progress)

    # ------------------------------------------------------------------ import
    def import_folder(self, folder: str | None = None) -> None:
        if folder is None:
            folder = QFileDialog.getExistingDirectory(self._window, "Import a folder of articles",
                                                      self._settings.value("last_dir", str(Path.home())))
            if not folder:
                return
        paths = [str(p) for p in collect_files([folder])]
        if not paths:
            self._window.show_message("Nothing to import", [f"No .txt, .md or .html files under {folder}."])
            return
        def finished(loaded, failures, cancelled: bool) -> None:
            imported = [key for key, _ in loaded]
            self.remember(imported)
            self.import_finished.emit(imported, failures)
            summary = f"Imported {len(imported)} of {len(paths)} files" + (" (cancelled)" if cancelled else "")
            self._window.statusBar().showMessage(summary + ".", 10_000)
            if failures:
                self._window.show_message(f"{summary}; {len(failures)} could not be read", failures)

        # Progress and Cancel in the status bar's background-work indicator, for both phases:
        # reading the files, then analysing them.
        self._index_paths(paths, analyse=True, on_done=finished, label=f"Importing {Path(folder).name}")

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
            if self.indexing():
                self.results.status.setText(f"Searching… {self._partial_note()}")
        # Queries have a thread of their own: behind a library import they would wait for seconds.
        run_in_background(lambda: self.index.search(text), lambda result: self._show(seq, text, result),
                          self._window.report_background_error, pool=self._search_pool)

    def _partial_note(self) -> str:
        job = self._indexing[0] if self._indexing else None
        if job is None:
            return ""
        where = f" ({job.done:,} of {job.total:,})" if job.total > 1 else ""
        return f"Indexing the library{where}: results are partial and will update."

    def _show(self, seq: int, text: str, result: SearchResult) -> None:
        if seq != self._query_seq:
            return
        self.results.show_result(text, result, partial=self._partial_note() if text.strip() else "")
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
