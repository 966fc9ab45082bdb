"""Quitting while work still runs: the window says so, so run_gui can end the process without
the interpreter teardown that a thread inside spaCy can crash (desktop/ui/app.py)."""
import threading

from PySide6.QtCore import QRunnable, QThreadPool


class _Blocked(QRunnable):
    def __init__(self, release: threading.Event, started: threading.Event) -> None:
        super().__init__()
        self.release, self.started = release, started

    def run(self) -> None:
        self.started.set()
        self.release.wait(60)  # watchdog, not a timing: the test releases it at once


def test_a_window_closed_with_work_still_running_says_so(make_window, monkeypatch):
    from desktop.ui import main_window

    monkeypatch.setattr(main_window, "CLOSE_WAIT_MS", 50)
    win = make_window()
    release, started = threading.Event(), threading.Event()
    QThreadPool.globalInstance().start(_Blocked(release, started))
    try:
        assert started.wait(60)
        win.close()
        assert win.work_still_running
    finally:
        release.set()
        QThreadPool.globalInstance().waitForDone(60_000)


def test_a_window_closed_when_idle_stops_cleanly(make_window):
    win = make_window()
    win.close()
    assert not win.work_still_running


def test_quit_waits_once_in_all_and_briefly_for_a_model_still_loading(make_window, monkeypatch):
    """A user test waited 24 s to quit: 10 s per lane, the last for a model load that ignores
    Cancel. The waits now share one deadline, and a loading model gets MODEL_LOADING_WAIT_MS."""
    from desktop.ui import main_window

    win = make_window()
    waits: list[tuple[str, int]] = []
    monkeypatch.setattr(win.library, "shutdown", lambda msecs: waits.append(("library", msecs)) or True)
    monkeypatch.setattr(win.opener, "wait", lambda msecs: waits.append(("opener", msecs)) or True)

    class Pool:
        def waitForDone(self, msecs):  # noqa: N802
            waits.append(("pool", msecs))
            return False  # the model load still runs

    monkeypatch.setattr(main_window.QThreadPool, "globalInstance", staticmethod(lambda: Pool()))
    win._model_ready, win._model_error = False, None
    win.close()
    assert [name for name, _ in waits] == ["library", "opener", "pool"]
    assert all(msecs <= main_window.CLOSE_WAIT_MS for _, msecs in waits)
    assert waits[-1][1] <= main_window.MODEL_LOADING_WAIT_MS
    assert win.work_still_running
