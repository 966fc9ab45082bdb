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
