"""Analyse many articles on every core: worker processes that each load the spaCy pipeline
once and run the WHOLE analysis, sending back the `Analysis` (a few KB of dataclasses).

    for index, result in analyze_articles(articles, jobs=2, cancel=event):
        if isinstance(result, AnalysisFailed):
            report(articles[index], result)      # one bad article; the rest carry on
        else:
            store(articles[index], result)

Why not `nlp.pipe(n_process=2)`: it sends every `Doc` back to the parent, which costs more
than the parse it saves (0.83x the one-process throughput, measured in issue 17). Here only
the article goes out and only the result comes back.

Processes are started with the 'spawn' context: never fork a process that runs Qt threads.
The pool is started lazily (one worker per job actually waiting, up to `jobs`), shared by
every caller in the process and shut down at exit. At most `2 * jobs` articles are in
flight at once, so memory does not grow with the length of the input.

A command line that has nothing else to do passes `here=True`: this process then analyses
as one of the `jobs` (jobs - 1 worker processes), taking articles from the same queue as the
workers, so its share needs no hand-over and no process sits idle waiting for results. The
window never does: its process runs the GUI thread.

Results come back in completion order, each tagged with its input index. A failure inside
one article is yielded as an `AnalysisFailed` for that index (the pool carries on); a worker
that dies (segfault, out of memory) fails the articles it held and the pool is restarted.
`ModelUnavailable` is raised, as `analyze_many` does, when the language model cannot load.
"""
from __future__ import annotations

import atexit
import multiprocessing
import os
import queue
import threading
import traceback
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Iterable, Iterator

from ..article import Article
from .model import ModelUnavailable
from .types import Analysis

__all__ = ["AnalysisFailed", "analyze_article", "analyze_articles", "default_jobs", "set_worker_nice", "shutdown", "AnalysisCancelled", "PoolClosed",
           "start_workers"]

# Below this many characters (~3,500 words) one process parses an article faster than two
# do with the hand-over; above it, the parse is split over the workers (see analyze_article).
SPLIT_CHARS = 20_000

# How long a waiting caller sleeps between looks at `cancel` (seconds): cancelling is
# noticed within this time, and a wait costs nothing while results keep arriving.
_POLL_SECONDS = 0.1


class AnalysisFailed(Exception):
    """The analysis of one article raised. `message` is one line for people; `details`
    the worker's traceback for developers."""

    def __init__(self, message: str, details: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.details = details

    def __reduce__(self):  # travel between processes with both fields
        return (AnalysisFailed, (self.message, self.details))


class AnalysisCancelled(Exception):
    """`analyze_article` stopped because its `cancel` was set; the workers stopped too."""


def default_jobs() -> int:
    """Worker processes to use by default: the cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def analyze_articles(articles: Iterable[Article], jobs: int | None = None,
                     cancel: threading.Event | None = None, *, here: bool = False) -> Iterator[tuple[int, Analysis]]:
    """Yield (input index, Analysis) for each article as it is ready, in any order; a failed
    article yields (index, AnalysisFailed). jobs=None: one process per core; jobs=1: in
    this process (no start-up, the shared pipeline). here=True: this process is one of the
    `jobs` (it analyses in the caller's thread between yields, jobs - 1 workers the rest):
    for a caller with nothing else to do, never a GUI's. Stops early, without yielding the
    rest, once `cancel` is set. Raises ModelUnavailable if the model cannot be loaded."""
    jobs = default_jobs() if jobs is None else max(1, int(jobs))
    if jobs == 1:
        yield from _in_process(articles, cancel)
    elif here:
        yield from _here_and_in_pool(articles, jobs - 1, cancel)
    else:
        yield from _in_pool(articles, jobs, cancel)


# ---------------------------------------------------------------------- one process
def _in_process(articles: Iterable[Article], cancel: threading.Event | None) -> Iterator[tuple[int, Analysis]]:
    from . import analyze

    for index, article in enumerate(articles):
        if cancel is not None and cancel.is_set():
            return
        yield index, _analyse_one(analyze, article)


def _analyse_one(analyze, article: Article):
    try:
        return analyze(article)
    except ModelUnavailable:
        raise
    except Exception as exc:  # noqa: BLE001 - one article's failure is reported, not fatal
        return AnalysisFailed(f"{type(exc).__name__}: {exc}", traceback.format_exc())


# ---------------------------------------------------------------------- worker side
# In a worker: the pool's cancel flags, one per call of analyze_article in flight (shared
# memory handed over when the process starts; set by the parent, read between pieces).
_cancel_flags = None


def _worker_start(nice: int = 0, flags=None) -> None:
    """Runs once in each worker: lower its CPU priority if asked, and load the model now, so
    the first article does not pay for it and a missing model is reported at once."""
    global _cancel_flags
    _cancel_flags = flags
    if nice:
        try:
            os.nice(nice)
        except OSError:  # pragma: no cover - not permitted: run at normal priority
            pass
    try:
        from .model import load_pipeline

        load_pipeline()
    except ModelUnavailable:
        pass  # reported per task by _worker_analyse, where the caller can see it


def _worker_ready() -> int:
    return os.getpid()


def _worker_analyse(article: Article):
    from . import analyze

    return _analyse_one(analyze, article)


def _cancelled(slot: int | None) -> bool:
    return slot is not None and _cancel_flags is not None and bool(_cancel_flags[slot])


def _worker_parse(pieces: list[str], slot: int | None = None):
    """Parse consecutive paragraph-aligned pieces of one article; the Docs travel back as a
    DocBin (token attributes as arrays, no tensors: ~2 % of the parse time to write and read).
    Between pieces it looks at its cancel flag: once set, it stops and returns
    ("cancelled", pieces parsed, pieces) instead."""
    from spacy.tokens import DocBin

    from .model import PARSE_LOCK, load_pipeline

    nlp = load_pipeline()
    docs = []
    if _cancelled(slot):
        return ("cancelled", 0, len(pieces))
    with PARSE_LOCK:
        # Batches as before (the same Docs as the one-process path); the flag is read as each
        # Doc comes out, so Cancel is seen within one batch (16 pieces of ~2,000 characters).
        for doc in nlp.pipe(pieces, batch_size=16):
            if _cancelled(slot):
                return ("cancelled", len(docs), len(pieces))
            docs.append(doc)
    return DocBin(docs=docs, store_user_data=False).to_bytes()


def _worker_analyse_parsed(article: Article, parts: list[bytes], slot: int | None = None):
    """Join the parsed pieces into one Doc (equal to a whole-text parse: sentences never cross
    paragraphs) and run the rules over it."""
    if _cancelled(slot):
        return ("cancelled", 0, 1)
    from spacy.tokens import Doc, DocBin

    from . import analyze_doc
    from .model import load_pipeline

    def run(article: Article) -> Analysis:
        vocab = load_pipeline().vocab
        docs = [doc for blob in parts for doc in DocBin().from_bytes(blob).get_docs(vocab)]
        return analyze_doc(article, Doc.from_docs(docs, ensure_whitespace=False))

    return _analyse_one(run, article)


# ---------------------------------------------------------------------- one long article
# What the workers of the last cancelled analyze_article reported: [(pieces parsed, pieces)]
# per group, for tests and benchmarks (a worker that had finished its group reports nothing).
last_cancel_report: list[tuple[int, int]] = []


def analyze_article(article: Article, jobs: int | None = None,
                    cancel: threading.Event | None = None) -> Analysis:
    """One article, its parse spread over `jobs` worker processes when it is long (over
    SPLIT_CHARS): paragraph-aligned groups of pieces are parsed at once, then one worker
    joins them and runs the rules. Same result as `analyze(article)`. A short article, or
    jobs=1, is analysed in this process. Setting `cancel` stops the workers at their next
    piece (~2,000 characters) and raises AnalysisCancelled. Raises AnalysisFailed, or
    ModelUnavailable."""
    from . import CHUNK_CHARS, _analysable_text, _chunks, analyze

    jobs = default_jobs() if jobs is None else max(1, int(jobs))
    text = _analysable_text(article)
    groups = _balanced_groups(_chunks(text, CHUNK_CHARS), jobs) if len(text) > SPLIT_CHARS else []
    if cancel is not None and cancel.is_set():
        raise AnalysisCancelled()
    if len(groups) < 2:  # short, or one job: a hand-over to a worker would gain nothing
        result = _analyse_one(analyze, article)
    else:
        with _cancel_slot(jobs) as (slot, flags):
            parsed = [_submit(jobs, _worker_parse, group, slot) for group in groups]
            parts = _results_or_cancel(parsed, cancel, flags, slot)
            failed = next((p for p in parts if isinstance(p, AnalysisFailed)), None)
            if failed is None:
                result = _results_or_cancel([_submit(jobs, _worker_analyse_parsed, article, parts, slot)],
                                            cancel, flags, slot)[0]
            else:
                result = failed
    if isinstance(result, AnalysisFailed):
        raise result
    return result


def _results_or_cancel(submitted: list, cancel: threading.Event | None, flags, slot: int) -> list:
    """The results of these futures, in order; on `cancel`, the workers' flag is raised, what
    has not started is dropped, and AnalysisCancelled raised once the running ones stopped."""
    futures = [future for future, _pool in submitted]
    while cancel is not None and not all(f.done() for f in futures):
        if cancel.is_set():
            # Not future.cancel(): a task already handed to a worker cannot be taken back; one
            # that starts after this sees the flag at once and returns.
            flags[slot] = 1
            wait(futures)  # the running ones return at their next batch
            last_cancel_report[:] = [tuple(f.result()[1:]) for f in futures
                                     if f.exception() is None and isinstance(f.result(), tuple)]
            raise AnalysisCancelled()
        wait(futures, timeout=_POLL_SECONDS, return_when=FIRST_COMPLETED)
    results = [_result_of(*s) for s in submitted]
    if any(isinstance(r, tuple) for r in results):  # a worker saw the flag after all
        raise AnalysisCancelled()
    return results


def _balanced_groups(pieces: list[str], groups: int) -> list[list[str]]:
    """Consecutive runs of pieces with about the same number of characters each."""
    total = sum(map(len, pieces))
    out: list[list[str]] = [[]]
    done = 0
    for piece in pieces:
        if out[-1] and done >= total * len(out) / groups and len(out) < groups:
            out.append([])
        out[-1].append(piece)
        done += len(piece)
    return [g for g in out if g]


def _run(jobs: int, fn, *args):
    return _result_of(*_submit(jobs, fn, *args))


# ---------------------------------------------------------------------- parent side
_pool_lock = threading.Lock()
_pool: ProcessPoolExecutor | None = None
_pool_size = 0
_worker_nice = 0
_CANCEL_SLOTS = 64  # analyze_article calls in flight at once, at most (more wait for a slot)
_pool_flags = None  # the current pool's cancel flags (shared memory, one byte per slot)
_free_slots = threading.Semaphore(_CANCEL_SLOTS)
_slots_lock = threading.Lock()
_slots_used: set[int] = set()
_closed = False  # set by shutdown(final=True): Byline is quitting, no pool may start again


class PoolClosed(RuntimeError):
    """The workers were stopped for good (the program is quitting): nothing more is analysed."""


def set_worker_nice(nice: int) -> None:
    """Workers started from now on run `nice` steps below normal CPU priority. The window
    sets this: with both cores busy analysing, the GUI thread must still get a core at once
    (measured in issue 17: at normal priority, on a loaded machine, the window missed its
    5 ms heartbeat for up to 80 ms at a time during an import while using 0.1 ms of CPU).
    The command line leaves it at 0."""
    global _worker_nice
    _worker_nice = int(nice)


def _get_pool(jobs: int) -> ProcessPoolExecutor:
    """The shared pool, grown (by replacing it when idle) if a caller wants more workers."""
    global _pool, _pool_size, _pool_flags
    with _pool_lock:
        if _closed:
            raise PoolClosed("the analysis workers were stopped: Byline is quitting")
        if _pool is None or _pool_size < jobs:
            if _pool is not None:
                _pool.shutdown(wait=False)
            context = multiprocessing.get_context("spawn")
            _pool_flags = context.RawArray("b", _CANCEL_SLOTS)
            _pool = ProcessPoolExecutor(max_workers=jobs, mp_context=context,
                                        initializer=_worker_start, initargs=(_worker_nice, _pool_flags))
            _pool_size = jobs
        return _pool


class _cancel_slot:
    """A cancel flag of the current pool for one analyze_article call: (slot, flags)."""

    def __init__(self, jobs: int) -> None:
        self._jobs = jobs

    def __enter__(self):
        _free_slots.acquire()
        _get_pool(self._jobs)  # the flags belong to the pool that runs the work
        with _slots_lock:
            self.slot = next(i for i in range(_CANCEL_SLOTS) if i not in _slots_used)
            _slots_used.add(self.slot)
            self.flags = _pool_flags
            self.flags[self.slot] = 0
        return self.slot, self.flags

    def __exit__(self, *exc) -> None:
        with _slots_lock:
            _slots_used.discard(self.slot)
        _free_slots.release()


def _discard_pool(broken: ProcessPoolExecutor) -> None:
    global _pool, _pool_size
    with _pool_lock:
        if _pool is broken:
            _pool, _pool_size = None, 0
    broken.shutdown(wait=False, cancel_futures=True)


def shutdown(final: bool = False) -> None:
    """Stop the workers; safe to call any time, and the next call starts anew. final=True (the
    window after its loop ends, and at exit): no pool starts after this, and a later call
    raises PoolClosed. Why: a background thread still starting the workers when the user quits
    would otherwise create a pool after this one was stopped, and its queues' semaphores would
    be cleaned up in the interpreter's teardown (tracebacks on stderr, 'leaked semaphore
    objects')."""
    global _pool, _pool_size, _closed
    with _pool_lock:
        _closed = _closed or final
        pool, _pool, _pool_size = _pool, None, 0
    if pool is not None:
        pool.shutdown(wait=True, cancel_futures=True)


atexit.register(shutdown, final=True)


def start_workers(jobs: int | None = None, *, here: bool = False) -> None:
    """Start the workers `jobs` will use now, without waiting for them: each loads the model
    while the caller reads its files (or the user reads the first article), instead of when
    the first analysis is already waiting. here=True: the workers of
    analyze_articles(…, here=True), one fewer (this process is one of the jobs)."""
    jobs = default_jobs() if jobs is None else max(1, int(jobs))
    workers = jobs - 1 if here else jobs
    if jobs > 1:
        try:
            for _ in range(workers):  # one submission per worker: the pool spawns a process for each
                _submit(workers, _worker_ready)
        except RuntimeError:  # PoolClosed, or the pool was shut while submitting
            if not _closed:
                raise
            # quitting before they started: nothing to start


def _in_pool(articles: Iterable[Article], jobs: int,
             cancel: threading.Event | None) -> Iterator[tuple[int, Analysis]]:
    source = enumerate(articles)
    pending: dict[Future, int] = {}
    pools: dict[Future, ProcessPoolExecutor] = {}
    limit = 2 * jobs  # enough to keep every worker busy while results travel back
    exhausted = False
    try:
        while True:
            if cancel is not None and cancel.is_set():
                return
            while not exhausted and len(pending) < limit:
                try:
                    index, article = next(source)
                except StopIteration:
                    exhausted = True
                    break
                future, pool = _submit(jobs, _worker_analyse, article)
                pending[future], pools[future] = index, pool
            if not pending:
                return
            done, _ = wait(pending, timeout=_POLL_SECONDS, return_when=FIRST_COMPLETED)
            for future in sorted(done, key=pending.__getitem__):
                index = pending.pop(future)
                yield index, _result_of(future, pools.pop(future))
    finally:
        for future in pending:  # cancelled or abandoned: drop what has not started
            future.cancel()


# Sent by the feeder thread of _here_and_in_pool once it has nothing more in flight.
_FEEDER_DONE = object()
# Articles per worker handed over and not yet yielded, at most, in _here_and_in_pool: the
# worker's results wait while this process analyses one of its own (a long article may take
# as long as several short ones), and memory stays bounded if the caller stops consuming.
_HERE_BACKLOG = 8


def _here_and_in_pool(articles: Iterable[Article], workers: int,
                      cancel: threading.Event | None) -> Iterator[tuple[int, Analysis]]:
    """This process and `workers` worker processes take articles, in input order, from one
    queue: the caller's thread analyses the next article whenever it is free, and a feeder
    thread keeps two articles in flight per worker (one parsing, one waiting in its pipe, so
    a worker never waits for the hand-over). Whoever is free takes the next, so the last
    articles end at about the same time in every process (a short tail) without a plan made
    in advance. What the workers finished is yielded between this process's own articles.
    The first article is this process's: in input order it is the first result a caller can
    show, and the workers may still be loading the model."""
    from . import analyze

    take = _Dispenser(articles)
    if cancel is not None and cancel.is_set():
        return
    mine = take()
    if mine is None:
        return
    finished: queue.Queue = queue.Queue()
    backlog = threading.Semaphore(_HERE_BACKLOG * workers)  # released as results are yielded
    stop = threading.Event()
    feeder = threading.Thread(target=_feed_workers, args=(take, workers, finished, backlog, stop, cancel),
                              name="byline-pool-feeder", daemon=True)
    feeder.start()
    feeding = True
    try:
        while mine is not None:
            yield mine[0], _analyse_one(analyze, mine[1])
            while feeding:  # what the workers finished meanwhile, without waiting
                try:
                    item = finished.get_nowait()
                except queue.Empty:
                    break
                feeding = yield from _worker_item(item, backlog)
            if cancel is not None and cancel.is_set():
                return
            mine = take()
        while feeding:  # the workers' last articles
            if cancel is not None and cancel.is_set():
                return
            try:
                item = finished.get(timeout=_POLL_SECONDS)
            except queue.Empty:
                continue
            feeding = yield from _worker_item(item, backlog)
    finally:
        stop.set()
        feeder.join()


def _worker_item(item, backlog: threading.Semaphore):
    """Yield a worker's result; False once the feeder has said it is done. A failure of the
    feeder itself (PoolClosed, the pool could not start) is raised in the caller's thread."""
    if item is _FEEDER_DONE:
        return False
    if isinstance(item, BaseException):
        raise item
    index, future, pool = item
    backlog.release()
    yield index, _result_of(future, pool)  # ModelUnavailable raises here, in the caller's thread
    return True


class _Dispenser:
    """The next (index, article) of an iterable, or None once it is exhausted; from any thread."""

    def __init__(self, articles: Iterable[Article]) -> None:
        self._source = enumerate(articles)
        self._lock = threading.Lock()
        self._exhausted = False

    def __call__(self) -> tuple[int, Article] | None:
        with self._lock:
            if self._exhausted:
                return None
            try:
                return next(self._source)
            except StopIteration:
                self._exhausted = True
                return None


def _feed_workers(take: _Dispenser, workers: int, finished: queue.Queue, backlog: threading.Semaphore,
                  stop: threading.Event, cancel: threading.Event | None) -> None:
    """The feeder thread of _here_and_in_pool: hand articles to the workers (two in flight
    per worker, and no more than the backlog allows), pass their futures on as they
    complete, then _FEEDER_DONE."""
    pending: dict[Future, tuple[int, ProcessPoolExecutor]] = {}
    exhausted = False
    try:
        while not stop.is_set() and not (cancel is not None and cancel.is_set()):
            while not exhausted and len(pending) < 2 * workers:
                if not backlog.acquire(timeout=0 if pending else _POLL_SECONDS):
                    break  # the caller has not taken the results yet: look again later
                item = take()
                if item is None:
                    exhausted = True
                    break
                future, pool = _submit(workers, _worker_analyse, item[1])
                pending[future] = (item[0], pool)
            if not pending:
                if exhausted:
                    return
                continue  # waiting for the backlog (the acquire above waited a poll's time)
            done, _ = wait(pending, timeout=_POLL_SECONDS, return_when=FIRST_COMPLETED)
            for future in done:
                index, pool = pending.pop(future)
                finished.put((index, future, pool))
    except BaseException as exc:  # noqa: BLE001 - handed to the caller's thread, which raises it
        finished.put(exc)
    finally:
        for future in pending:  # cancelled or abandoned: drop what has not started
            future.cancel()
        finished.put(_FEEDER_DONE)


def _submit(jobs: int, fn, *args) -> tuple[Future, ProcessPoolExecutor]:
    pool = _get_pool(jobs)
    try:
        return pool.submit(fn, *args), pool
    except BrokenProcessPool:  # a worker of the shared pool died since the last call
        _discard_pool(pool)
        pool = _get_pool(jobs)
        return pool.submit(fn, *args), pool


def _result_of(future: Future, pool: ProcessPoolExecutor):
    try:
        result = future.result()
    except ModelUnavailable:
        raise
    except BrokenProcessPool as exc:
        # A worker died with this article (crash, killed, out of memory): restart the pool
        # for the articles still to come, and say which one was lost.
        _discard_pool(pool)
        return AnalysisFailed(f"the analysis process stopped ({exc})", traceback.format_exc())
    except Exception as exc:  # noqa: BLE001 - e.g. a result that could not be pickled
        return AnalysisFailed(f"{type(exc).__name__}: {exc}", traceback.format_exc())
    return result
