"""The library in the window: search across every article, folder import, and the library's
background upkeep. The library itself (articles, analyses, index) is `desktop.library.Library`
in the core; this controller only runs its jobs off the GUI thread and shows their results.

Three lanes of work, so a long job never starves the user (issue 16 measured 76 of 77 searches
unanswered for minutes while an import held the shared pool's two threads):
- searches: their own one-thread pool; a newer query makes an older result irrelevant;
- imports the user asked for: their own pool;
- upkeep (files changed on disk, analyses older than the analyser): their own pool, on a
  low-priority thread, with Pause.
Imports and upkeep show their progress, with Cancel, in the window's one background-work
indicator (ui/jobs.py), and searches made meanwhile say their results are partial.
The global pool stays free for the articles the user opens.
"""
from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt, QThreadPool, Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QFileDialog
from shiboken6 import isValid

from ..article import Article
from ..library import Library, LibraryBusy, canonical_path
from ..library_jobs import JobResult, Progress, import_paths, reanalyse, refresh_files
from ..search import SPEECH_KINDS, Hit, SearchResult, hit_marks
from ..wording import counted
from .search_ui import SearchBar, SearchResults
from .tasks import run_in_background
from .theme import Theme

if TYPE_CHECKING:
    from .main_window import MainWindow

LOW_PRIORITY_NICE = 10


def index_key(path: str | Path) -> str:
    """How an open article's tab is keyed: its absolute path."""
    return canonical_path(path)


def _lane(parent: QObject) -> QThreadPool:
    pool = QThreadPool(parent)
    pool.setMaxThreadCount(1)
    return pool


class LibrarySearch(QObject):
    results_shown = Signal(str, object)  # query, SearchResult (for tests)
    library_indexed = Signal(int)  # articles in the library, after start-up or a job
    import_finished = Signal(list, list)  # imported article ids, failures ("path: reason")
    library_changed = Signal()  # articles added, removed or re-analysed: views reload
    upkeep_finished = Signal(object)  # JobResult of the start-up upkeep (files + re-analysis)
    articles_added = Signal(list)  # ids an import has just stored, in batches, while it runs
    articles_analysed = Signal(list)  # ids whose analysis is now stored (an opened article's): rows update

    def __init__(self, window: "MainWindow", settings: QSettings, theme: Theme, store: Library) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self.store = store
        self._query_seq = 0
        self.stopping = threading.Event()  # set when the window closes: long jobs stop early
        self.paused = threading.Event()  # the user paused the upkeep
        self._import_running = threading.Event()  # upkeep yields the cores to an import
        self._cancels: set[threading.Event] = set()  # of running imports
        self._filling: list = []  # jobs adding to the library (ui.jobs.Job): searches are partial
        self._search_lane = _lane(self)
        self._import_lane = _lane(self)
        self._upkeep_lane = _lane(self)
        self.bar = SearchBar(window)
        self.results = SearchResults(theme, window)
        self.bar.query_changed.connect(self.search)
        self.bar.step.connect(self.results.step)
        self.bar.accepted.connect(self.results.activate_current)
        self.bar.dismissed.connect(self._dismiss)
        self.results.activated.connect(self.open_hit)

    @property
    def index(self):
        return self.store.index

    def lanes(self) -> list[QThreadPool]:
        return [self._search_lane, self._import_lane, self._upkeep_lane]

    # ------------------------------------------------------------------ opened articles
    def article_opened(self, key: str, article: Article, indexed: bool = False) -> None:
        """Every article opened joins the library (on a worker: compressing and indexing a
        long text takes a moment)."""
        if indexed:
            return  # stored by the worker that read it
        path = article.source or key
        # On the search lane: a search typed right after opening runs after the article is in.
        run_in_background(lambda: self._store_opened(article, path), lambda _id: self.library_changed.emit(),
                          self._window.report_background_error, pool=self._search_lane)

    def _store_opened(self, article: Article, path: str) -> str:
        return self.store.add(article, path if path and os.path.isfile(path) else None, opened=True)

    def analyse_and_index(self, key: str, article: Article, cancel: threading.Event | None = None):
        """Worker side: the article's analysis — the stored one when it is current (no spaCy),
        else analysed now and stored with the article. Raises AnalysisCancelled once
        `cancel` is set (a long article's workers stop too)."""
        stored = self.store.analysis(article.id, current_only=True)
        if stored is not None:
            return stored
        from ..analysis.pool import analyze_article

        analysis = analyze_article(article, cancel=cancel)  # a long article's parse runs on every core
        path = article.source or key
        self.store.add(article, path if path and os.path.isfile(path) else None, analysis)
        return analysis

    # ------------------------------------------------------------------ start-up and upkeep
    def start(self) -> None:
        """At start-up: the library is searchable at once (its index is in the database);
        then, in the background, last versions' path list is imported once, a damaged
        library is rebuilt, changed files are re-read and old analyses brought up to date."""
        if self.store.warning:
            self._window.show_message("The library", [self.store.warning])
        self.library_indexed.emit(len(self.store))
        pending = [p for p in self._legacy_paths() + self.store.recovered_paths if os.path.isfile(p)]
        if pending:
            self._run_import(pending, dialog=False, on_done=lambda _r: self._legacy_done())
        self._upkeep()

    def index_library(self) -> None:  # the name earlier versions used
        self.start()

    def _legacy_paths(self) -> list[str]:
        """The QSettings path list of Byline before the library database (read once)."""
        if self._settings.value("library/migrated", False, type=bool):
            return []
        value = self._settings.value("library/paths", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in value or []]

    def _legacy_done(self) -> None:
        self._settings.setValue("library/migrated", True)
        self._settings.remove("library/paths")

    def _upkeep(self) -> None:
        stopping, paused, importing = self.stopping, self.paused, self._import_running
        store = self.store
        job = self._start_job("Bringing library analyses up to date")
        cancel = _AnyEvent(stopping, job.cancelled)
        noted = {note.article_id for note in self._window.notes.store.all()}  # read here, not on the worker

        def work(report) -> JobResult:
            _lower_this_thread()
            pause = _AnyEvent(paused, importing)  # wait, too, while an import has the cores
            files = refresh_files(store, cancel=cancel, pause=pause, keep=noted.__contains__)
            if cancel.is_set():
                return files
            result = reanalyse(store, jobs=1, cancel=cancel, pause=pause,
                               progress=lambda p: report("analyse", p))
            result.added = files.added + result.added
            result.failures = files.failures + result.failures
            return result

        def progress(_kind: str, p: Progress) -> None:
            suffix = " (paused)" if self.paused.is_set() else ""
            job.set_label("Bringing library analyses up to date" + suffix)
            job.progress(p.done, p.total)

        def finished(result: JobResult) -> None:
            self._end_job(job)
            if result.added or result.analysed:  # re-analysed rows show their new quotes and speakers
                self.library_changed.emit()
                self.library_indexed.emit(len(self.store))
            self.upkeep_finished.emit(result)

        def failed(exc: Exception) -> None:
            self._end_job(job)
            self._window.report_background_error(exc)

        run_in_background(work, finished, failed, progress, pool=self._upkeep_lane)

    # ------------------------------------------------------------------ background work shown
    def _start_job(self, label: str):
        """A job that fills the library, shown in the window's background-work indicator;
        searches while it runs say their results are partial."""
        job = self._window.jobs.start(label)
        self._filling.append(job)
        return job

    def _end_job(self, job) -> None:
        job.finish()
        if job in self._filling:
            self._filling.remove(job)
        if self.bar.text().strip():  # what was shown was partial: search again over everything
            self.search(self.bar.text())

    def indexing(self) -> bool:
        return bool(self._filling)

    def _partial_note(self) -> str:
        job = self._filling[0] if self._filling else None
        if job is None:
            return ""
        where = f" ({job.done:,} of {job.total:,})" if job.total > 1 else ""
        return f"{job.label}{where}: results are partial and will update."

    def set_paused(self, paused: bool) -> None:
        (self.paused.set if paused else self.paused.clear)()
        self._window.statusBar().showMessage(
            "Library analysis paused." if paused else "Library analysis resumed.", 4000)

    # ------------------------------------------------------------------ import
    def import_folder(self, folder: str | None = None) -> None:
        if folder is None:
            folder = QFileDialog.getExistingDirectory(self._window, "Import a folder of articles",
                                                      self._settings.value("last_dir", str(Path.home())))
            if not folder:
                return
        self._run_import([folder], dialog=True, label=f"Importing and analysing {Path(folder).name}")

    def _run_import(self, paths: list[str], dialog: bool, on_done=None,
                    label: str = "Adding earlier articles to the library") -> None:
        """`dialog`: the user asked for this import (failures are then listed in a message).
        Progress and Cancel, for reading and for analysing, are in the window's
        background-work indicator."""
        job = self._start_job(label)
        cancelled = job.cancelled  # Cancel in the indicator, or the window closing (shutdown)
        store, importing = self.store, self._import_running
        self._cancels.add(cancelled)
        importing.set()

        def work(report) -> JobResult:
            batch: list[str] = []  # stored since the last report; only this worker thread touches it

            def reported(p: Progress) -> None:  # one batch per progress report (at most ~10 a second)
                ids = batch[:]
                batch.clear()
                report(p, ids)

            return import_paths(store, paths, cancel=cancelled, progress=reported, stored=batch.append)

        def progress(p: Progress, ids: list[str]) -> None:
            job.progress(p.done, p.total)
            if ids:
                self.articles_added.emit(ids)

        def finished(result: JobResult) -> None:
            importing.clear()
            self._cancels.discard(cancelled)
            self._end_job(job)
            self.library_changed.emit()
            self.library_indexed.emit(len(self.store))
            self.import_finished.emit(result.added, result.failures)
            summary = (f"Imported {counted(len(result.added), 'article')}" + (f" ({result.skipped:,} already in the library)"
                                                                    if result.skipped else "")
                       + (" — cancelled; what was done is kept" if result.cancelled else ""))
            self._window.statusBar().showMessage(summary + ".", 10_000)
            if result.failures and dialog:
                self._window.show_message(f"{summary}; {len(result.failures)} could not be read", result.failures)
            if on_done is not None:
                on_done(result)

        def failed(exc: Exception) -> None:
            importing.clear()
            self._cancels.discard(cancelled)
            self._end_job(job)
            self._window.show_message("Import failed", [str(exc)])

        run_in_background(work, finished, failed, progress, pool=self._import_lane)

    # ------------------------------------------------------------------ removing
    def remove(self, article_ids: list[str]) -> None:
        """Take articles out of the library; Edit ▸ Undo puts them back."""
        if article_ids:
            self._window.undo_stack.push(_RemoveFromLibrary(self, list(article_ids)))

    # ------------------------------------------------------------------ searching
    def focus_bar(self) -> None:
        self.bar.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.bar.selectAll()
        if self.bar.text().strip():  # the query kept from before Esc: its results again
            self.search(self.bar.text())

    def search(self, text: str) -> None:
        """Queries run on their own lane; a result that arrives after a newer query is dropped."""
        self._query_seq += 1
        seq = self._query_seq
        if text.strip():
            self._window.show_search_results()
            if self.indexing():
                self.results.status.setText(f"Searching… {self._partial_note()}")
        store = self.store

        def failed(exc: Exception) -> None:  # still answer, so nobody waits for results that never come
            self._show(seq, text, SearchResult([], [], f"The search failed ({exc})."))

        run_in_background(lambda: store.search(text), lambda result: self._show(seq, text, result), failed,
                          pool=self._search_lane)

    def matching_articles(self, text: str, on_done) -> None:
        """The ids of articles that match `text` (the library view's filter), on the search lane."""
        store = self.store
        run_in_background(lambda: store.index.articles_matching(text), on_done,
                          self._window.report_background_error, pool=self._search_lane)

    def read_rows(self, ids: list[str] | None, on_done, on_error) -> None:
        """The library view's rows (all, or these ids), read on the search lane: never queued
        behind an import or the upkeep, nor behind whatever else holds the global pool."""
        store = self.store
        run_in_background(lambda: store.rows(ids), on_done, on_error, pool=self._search_lane)

    def _show(self, seq: int, text: str, result: SearchResult) -> None:
        if seq != self._query_seq or not isValid(self.results):
            return  # a newer query was typed, or the window closed while this one ran
        self.results.show_result(text, result, partial=self._partial_note() if text.strip() else "")
        self.results_shown.emit(text, result)

    def open_hit(self, hit: Hit, terms: list[str]) -> None:
        """Open the hit's article (read on a worker when it is not open yet) and light up the hit."""
        shown = self.results.result
        speakers, hits = (shown.speakers, shown.hits) if hit in shown.hits else ([], [hit])
        self._window.open_key(hit.article, lambda view: self._show_hit(view, hit, terms, hits, speakers))

    @staticmethod
    def _show_hit(view, hit: Hit, terms: list[str], hits: list[Hit], speakers: list[str]) -> None:
        """Mark what the core says the hit is (search.hit_marks): the words found, or for a
        speaker: search the speech itself, with its speaker's mention marked beside it."""
        spans, first = hit_marks(view.article.text, hit, hits, terms, speakers)
        speech = bool(speakers) and hit.kind in SPEECH_KINDS
        view.set_search_hits(spans, current=hit.start, speakers_of_speech=speech)
        if hit.kind == "title":
            view.scroll_to_offset(0)
        elif first is not None:  # light up the words found, not the whole paragraph; F3 goes on from there
            view.step_to(first)
        else:
            view.flash(hit.start, max(hit.end, hit.start + 1))

    def _dismiss(self) -> None:
        """Esc: close the result list and go back to the article, keeping the query (as a
        browser's find bar keeps its text): Ctrl+K brings it back, selected, to run again or
        type over. Clearing is its own act: the clear button, or select all and delete."""
        self._window.hide_search_results()
        view = self._window.current_view()
        if view is not None:
            view.set_search_hits([])
            view.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.bar.clearFocus()

    def shutdown(self, msecs: int = 10_000) -> bool:
        """Stop the library's work; False when a lane is still busy after `msecs` each."""
        self.stopping.set()
        for cancel in list(self._cancels):
            cancel.set()
        return all([lane.waitForDone(msecs) for lane in self.lanes()])


class _RemoveFromLibrary(QUndoCommand):
    def __init__(self, library: LibrarySearch, article_ids: list[str]) -> None:
        n = len(article_ids)
        super().__init__(f"Remove {counted(n, 'article')} from the library")
        self._library, self._ids, self._removed = library, article_ids, None

    def redo(self) -> None:
        try:
            self._removed = self._library.store.remove(self._ids)
        except LibraryBusy as exc:
            self._library._window.show_message("The library is busy", [str(exc)])
            self.setObsolete(True)
            return
        self._library.library_changed.emit()

    def undo(self) -> None:
        if self._removed is not None:
            self._library.store.restore(self._removed)
            self._library.library_changed.emit()


class _AnyEvent:
    """Set when any of its events is set (a job stops on Cancel or on quitting)."""

    def __init__(self, *events: threading.Event) -> None:
        self._events = events

    def is_set(self) -> bool:
        return any(e.is_set() for e in self._events)


def _lower_this_thread() -> None:
    """Upkeep runs at low CPU priority (Linux: per-thread nice), so it never slows the reader."""
    try:
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), LOW_PRIORITY_NICE)
    except (AttributeError, OSError):
        pass
