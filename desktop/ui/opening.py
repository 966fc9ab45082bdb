"""Opening articles off the GUI thread: one path for every way an article opens.

The command line, File ▸ Open, Open Recent, drag and drop, paths handed over by a second
Byline, session restore and the library all go through `Opener.open`. The GUI thread never
touches the file system for it: resolving the path, `stat`, reading and decoding run on a
worker of the opener's own lane (a read never waits behind analyses in the global pool), one
batch per call and, inside a batch, one request after another in the order asked. Each
request's articles come back to the GUI thread as soon as they are read and get their tab
there, so tabs appear in the order asked while the window keeps answering.

A read that hangs (a stalled network share) holds only its own batch: Cancel in the status
bar ends the batch at once (what the worker reads later is dropped), and later batches still
open on the lane's other threads. When a batch is over, `finished(OpenBatch)` says what
opened and what failed.

    batch = opener.open([Request("/a.txt"), Request("/b.md")], open_keys)
    # … later, on the GUI thread: finished(batch); batch.articles in the order asked
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Callable, Collection

from PySide6.QtCore import QObject, QThreadPool, Signal

from ..article import Article
from ..export import parse_location
from ..fsnames import display_name
from ..library import Library, canonical_path
from ..loaders import LoadError, load_article
from ..wording import counted
from .jobs import Job, Jobs
from .tasks import run_in_background

READ_THREADS = 2  # one stuck read (a dead network share) must not stop every later open


@dataclass(frozen=True)
class Request:
    """One thing asked for: a path (a "…#chars=S-E" suffix shows that span once open), or
    with `library_id` a library article, from its file when the file still holds that text,
    else from the text the library kept."""
    path: str = ""
    library_id: str | None = None
    scroll: float = 0.0  # fraction of the text to scroll to once shown (session restore)
    quiet: bool = False  # a failure is said in the status bar, not a dialog (a restored tab's file is gone)


@dataclass
class Outcome:
    """What a request gave (worker → GUI thread). `article` None: it is open already under `key`."""
    key: str  # the tab's key: the file's canonical path, or "library:ID" for the library's text
    article: Article | None
    span: tuple[int, int] | None = None  # show and flash this span once open
    stored: bool = False  # the library's own copy: it is in the library already
    notice: str = ""  # said in the status bar once shown


@dataclass(eq=False)
class OpenBatch:
    """One `Opener.open` call. Filled in on the GUI thread as its requests are read."""
    requests: list[Request]
    articles: list[Article] = field(default_factory=list)  # opened by this batch, in the order asked
    keys: list[str] = field(default_factory=list)  # every tab this batch showed (opened or open already)
    shown: dict[int, str] = field(default_factory=dict)  # request's index → the key of its (last) tab
    failures: list[str] = field(default_factory=list)  # one line each, for the user
    skipped: list[str] = field(default_factory=list)  # failures of quiet requests
    cancelled: bool = False
    over: bool = False
    reported: int = 0  # requests whose outcome has reached the GUI thread


def read_request(request: Request, open_keys: Collection[str], store: Library) -> list[Outcome]:
    """Worker side, no Qt: what `request` opens. Raises LoadError with a message for the user.
    `open_keys`: the keys of the tabs open when the batch started (those files are not read)."""
    if request.library_id is not None and request.library_id in store:
        return _read_library_article(request.library_id, open_keys, store)
    path, span = parse_location(request.path or request.library_id or "")
    key = canonical_path(path)
    if key in open_keys:
        return [Outcome(key, None, span)]
    return [Outcome(key, load_article(path), span)]


def _read_library_article(article_id: str, open_keys: Collection[str], store: Library) -> list[Outcome]:
    path = store.source(article_id)
    outcomes: list[Outcome] = []
    if path and os.path.isfile(path):
        key = canonical_path(path)
        try:
            article = load_article(path) if key not in open_keys else None
        except LoadError:
            article = None  # unreadable now: the library's text below
        if article is not None:
            outcomes.append(Outcome(key, article))
            if article.id == article_id:
                return outcomes
        # The file holds another text by now: its tab shows that, a second tab the one asked for.
    stored = store.article(article_id)
    if stored is None:
        raise LoadError(f"{display_name(path or article_id)}: no longer in the library.")
    gone = bool(path) and not os.path.isfile(path)
    notice = f"{display_name(path)} is gone: showing the text kept in the library." if gone else ""
    key = canonical_path(path) if gone else f"library:{article_id}"
    outcomes.append(Outcome(key, stored, stored=True, notice=notice))
    return outcomes


@dataclass(eq=False)
class _Running:
    batch: OpenBatch
    job: Job
    then: Callable[[OpenBatch], None] | None


class Opener(QObject):
    """Reads what is asked on its own lane; `place(outcome, request)` (GUI thread) shows each
    outcome and returns (the key of the tab shown or "", the article if it got a new tab);
    `failed(path, message)` is told of each failure as it happens."""

    finished = Signal(object)  # OpenBatch, once every request is placed, failed or cancelled

    def __init__(self, jobs: Jobs, store: Callable[[], Library],
                 place: Callable[[Outcome, Request], tuple[str, Article | None]],
                 failed: Callable[[str, str], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs = jobs
        self._store = store
        self._place = place
        self._failed = failed
        self._running: list[_Running] = []
        self.lane = QThreadPool(self)
        self.lane.setMaxThreadCount(READ_THREADS)
        jobs.changed.connect(self._check_cancelled)

    def open(self, requests: list[Request], open_keys: Collection[str],
             then: Callable[[OpenBatch], None] | None = None) -> OpenBatch:
        """Start reading `requests` (GUI thread; returns at once). `then(batch)` runs on the
        GUI thread when the batch is over, just before `finished` is emitted."""
        batch = OpenBatch(list(requests))
        job = self._jobs.start(_label(batch.requests), total=len(batch.requests))
        running = _Running(batch, job, then)
        self._running.append(running)
        keys, store, cancelled = frozenset(open_keys), self._store(), job.cancelled

        def work(report) -> None:  # worker thread
            for index, request in enumerate(batch.requests):
                if cancelled.is_set():
                    return
                try:
                    report(index, read_request(request, keys, store))
                except LoadError as exc:
                    report(index, str(exc))
                except Exception as exc:  # noqa: BLE001 - a bug or an odd OS error: said, never raised
                    report(index, f"{display_name(request.path or request.library_id or '')}: {exc}")

        run_in_background(work, lambda _none: self._finish(running),
                          lambda exc: self._finish(running, f"Opening failed: {exc}"),
                          lambda index, result: self._arrived(running, index, result), pool=self.lane)
        return batch

    def pending(self) -> int:
        """Requests asked for and not yet placed or failed."""
        return sum(len(r.batch.requests) - r.batch.reported for r in self._running)

    def wait(self, msecs: int) -> bool:
        """Wait for the reads still running (closing the window); False if one is stuck."""
        return self.lane.waitForDone(msecs)

    def _arrived(self, running: _Running, index: int, result) -> None:
        batch = running.batch
        if batch.over:
            return  # cancelled: the user no longer wants it
        request = batch.requests[index]
        batch.reported = index + 1
        if isinstance(result, str):
            (batch.skipped if request.quiet else batch.failures).append(result)
            self._failed(request.path or request.library_id or "", result)
        else:
            for outcome in result:
                key, article = self._place(outcome, request)
                if key:
                    batch.keys.append(key)
                    batch.shown[index] = key
                if article is not None:
                    batch.articles.append(article)
        running.job.progress(batch.reported)

    def _finish(self, running: _Running, error: str | None = None) -> None:
        batch = running.batch
        if batch.over:
            return
        batch.over = True
        if error:
            batch.failures.append(error)
        self._running.remove(running)
        running.job.finish()
        if running.then is not None:
            running.then(batch)
        self.finished.emit(batch)

    def _check_cancelled(self) -> None:
        for running in [r for r in self._running if r.job.cancelled.is_set()]:
            running.batch.cancelled = True
            self._finish(running)


def _label(requests: list[Request]) -> str:
    if len(requests) != 1:
        return f"Opening {counted(len(requests), 'file')}"
    request = requests[0]
    if request.library_id is not None:
        return "Opening an article from the library"
    return f"Opening {display_name(os.path.basename(request.path.split('#chars=')[0]))}"
