"""Run work off the GUI thread and get the result back on it (after Anki's QueryOp).

    run_in_background(lambda: analyze(article), on_done=view.show_analysis, on_error=report)

The callable runs on a QThreadPool worker and must not touch widgets. `on_done`/`on_error`
run on the GUI thread: the signals are emitted from the worker and, because their QObject
lives on the GUI thread, Qt queues the call there.
"""
from __future__ import annotations

import traceback
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

_alive: set["_Relay"] = set()  # keeps relays alive until their task reports back


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object, str)
    progress = Signal(object, object)  # report(a, b): usually (done, total); any two values


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:  # worker thread
        try:
            result = self._fn()
        except Exception as exc:  # noqa: BLE001 - reported to the GUI thread, never lost
            self._report(self._relay.failed, exc, traceback.format_exc())
        else:
            self._report(self._relay.done, result)

    @staticmethod
    def _report(signal, *args) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:
            pass  # the application quit while this ran: nobody is left to tell


def run_in_background(fn: Callable[..., Any], on_done: Callable[[Any], None],
                      on_error: Callable[[Exception], None] | None = None,
                      on_progress: Callable[[int, int], None] | None = None,
                      pool: QThreadPool | None = None) -> None:
    """With `on_progress`, `fn` is called as fn(report) and may call report(done, total) from
    the worker; `on_progress` then runs on the GUI thread. `pool`: a lane of its own (the
    library's searches, imports and maintenance each have one, so a long job never holds the
    threads that searches and the open article's analysis need); the global pool by default."""
    relay = _Relay()
    _alive.add(relay)
    if on_progress is not None:
        relay.progress.connect(on_progress)
        work = fn

        def fn() -> Any:  # noqa: F811 - the worker-side wrapper that can report
            return work(lambda done, total: _Task._report(relay.progress, done, total))

    def dispose() -> None:
        # The connections hold these closures and the closures hold the relay: a cycle
        # that Python's GC cannot see through Qt. Cut it, or every task leaks its result.
        _alive.discard(relay)
        for signal in (relay.done, relay.failed) + ((relay.progress,) if on_progress else ()):
            signal.disconnect()
        relay.deleteLater()

    def finished(result: Any) -> None:
        dispose()
        on_done(result)

    def failed(exc: Exception, trace: str) -> None:
        dispose()
        if on_error is not None:
            on_error(exc)
        else:  # pragma: no cover - a bug; keep the trace visible to developers
            print(trace)

    relay.done.connect(finished)
    relay.failed.connect(failed)
    (pool or QThreadPool.globalInstance()).start(_Task(fn, relay))


def pending_tasks() -> int:
    return len(_alive)


def release_memory() -> None:
    """Give freed heap back to the OS (glibc keeps it otherwise, so one long article would
    set the process size for the rest of the session). Does nothing on other C libraries."""
    import ctypes
    import ctypes.util

    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name) if name else None
        if libc is not None and hasattr(libc, "malloc_trim"):
            libc.malloc_trim(0)
    except OSError:
        pass
