"""No file is read on the GUI thread, whichever way an article is opened (issue 21 item 7).

A folder is made "slow" (a stalled network share): reading any file in it blocks on an Event
the test holds. For every way of opening a file — the command line, File ▸ Open, Open Recent,
drag and drop, a path handed over by a second Byline, session restore, the library — the
window's event loop must keep turning while that read waits, the read must happen on another
thread, and the tabs must come in the order asked once the read is let go.
"""
from __future__ import annotations

import json
import os
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog

import desktop.loaders as loaders
import desktop.ui.notes_ui as notes_ui

from .conftest import SEEDS, WATCHDOG_MS, open_files

FAST = SEEDS / "02_airline_strike.md"


class SlowFolder:
    """Every read of a file in `folder` waits for `release` (at most the watchdog). A read on
    the GUI thread is refused at once, so a regression fails instead of hanging the suite."""

    def __init__(self, folder: Path, monkeypatch) -> None:
        self.folder = folder
        self.entered = threading.Event()
        self.release = threading.Event()
        self.on_gui_thread: list[str] = []
        real = loaders.read_regular_file

        def read(path: Path, *args) -> bytes:
            if threading.current_thread() is threading.main_thread():
                self.on_gui_thread.append(str(path))
                if Path(path).parent == folder:
                    raise loaders.LoadError("read on the GUI thread")
            if Path(path).parent == folder:
                self.entered.set()
                self.release.wait(WATCHDOG_MS / 1000)
            return real(path, *args)

        # Every file Byline reads goes through loaders.read_regular_file (articles, notes files).
        monkeypatch.setattr(loaders, "read_regular_file", read)
        monkeypatch.setattr(notes_ui, "read_regular_file", read)

    def file(self, name: str = "slow.txt") -> Path:
        path = self.folder / name
        path.write_text("The harbour board met on Monday.\n\n"
                        "\"The barrier will hold,\" said Ines Duarte, the engineer.", encoding="utf-8")
        return path


@pytest.fixture
def slow(tmp_path, monkeypatch):
    folder = tmp_path / "share"
    folder.mkdir()
    slow = SlowFolder(folder, monkeypatch)
    yield slow
    slow.release.set()  # never leave a worker blocked behind the test


def _the_loop_turns_while_the_read_waits(qtbot, slow: SlowFolder) -> None:
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    qtbot.waitUntil(slow.entered.is_set)  # a worker is inside the read …
    qtbot.waitUntil(lambda: len(ticks) >= 5)  # … and the GUI thread goes on handling events
    timer.stop()
    assert not slow.release.is_set()


def _by_command_line(window, qtbot, paths, **_):
    window.open_paths([str(p) for p in paths])


def _by_open_dialog(window, qtbot, paths, monkeypatch, **_):
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(p) for p in paths], ""))
    window.open_action.trigger()


def _by_recent_files(window, qtbot, paths, **_):
    window._settings.setValue("recent_files", [str(paths[0])])
    window._refresh_recent_menu()
    window._recent_menu.actions()[0].trigger()


def _by_drop(window, qtbot, paths, **_):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    window.dropEvent(QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime,
                                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))


def _by_second_instance(window, qtbot, paths, **_):
    from desktop.ui.app import _bring_forward
    from desktop.ui.instance import InstanceServer, send_to_running

    name = f"byline-test-open-{os.getpid()}"
    server = InstanceServer(name)
    assert server.start()
    server.files_received.connect(lambda received: _bring_forward(window, received))
    with qtbot.waitSignal(server.files_received):
        assert send_to_running([str(p) for p in paths], name=name)
    return server.close


def _by_session_restore(window, qtbot, paths, **_):
    window._settings.setValue("session/tabs", json.dumps([{"path": str(p), "scroll": 0} for p in paths]))
    window._settings.setValue("session/current", 0)
    assert window.restore_session()


def _by_library(window, qtbot, paths, **_):
    window.open_key(window.library.store.id_for_path(paths[0]))


WAYS = {
    "command line": (_by_command_line, 2),
    "open dialog": (_by_open_dialog, 2),
    "open recent": (_by_recent_files, 1),
    "drag and drop": (_by_drop, 2),
    "second instance": (_by_second_instance, 2),
    "session restore": (_by_session_restore, 2),
    "library": (_by_library, 1),
}


@pytest.mark.parametrize("way", list(WAYS), ids=list(WAYS))
def test_no_way_of_opening_reads_on_the_gui_thread(way, make_window, qtbot, slow, monkeypatch):
    open_with, count = WAYS[way]
    paths = [slow.file(), FAST][:count]
    window = make_window()
    if way == "library":  # the library knows the file (opened in an earlier session)
        slow.release.set()
        open_files(qtbot, window, [paths[0]])
        qtbot.waitUntil(lambda: window.library.store.id_for_path(paths[0]) is not None)
        window.close_tab(0)
        slow.release.clear()
        slow.entered.clear()
    with qtbot.waitSignal(window.files_opened) as opened:
        cleanup = open_with(window, qtbot, paths, monkeypatch=monkeypatch)
        assert window.views() == [] and window.loads_pending() == count
        _the_loop_turns_while_the_read_waits(qtbot, slow)
        assert window.views() == []  # the second file waits its turn: tabs come in the order asked
        slow.release.set()
    if cleanup is not None:
        cleanup()
    assert slow.on_gui_thread == []
    assert opened.args[0].failures == []
    assert [v.article.source for v in window.views()] == [str(p) for p in paths]


def test_cancel_ends_a_stuck_open_and_drops_what_it_reads_later(make_window, qtbot, slow):
    window = make_window()
    with qtbot.waitSignal(window.files_opened) as opened:
        window.open_paths([str(slow.file()), str(FAST)])
        qtbot.waitUntil(slow.entered.is_set)
        window.jobs_indicator.cancel.click()  # the status bar's Cancel
    assert opened.args[0].cancelled and window.loads_pending() == 0
    assert not [job for job in window.jobs.running() if job.label.startswith("Opening")]
    slow.release.set()
    assert window.opener.wait(WATCHDOG_MS)
    QApplication.processEvents()  # the worker's late reports, queued to the GUI thread, arrive
    assert window.views() == []
    open_files(qtbot, window, [FAST])  # later opens still work
    assert [v.article.source for v in window.views()] == [str(FAST)]


def test_a_stuck_read_does_not_hold_other_opens(make_window, qtbot, slow):
    window = make_window()
    window.open_paths([str(slow.file())])
    qtbot.waitUntil(slow.entered.is_set)
    batch = open_files(qtbot, window, [FAST])
    assert [a.source for a in batch.articles] == [str(FAST)]
    with qtbot.waitSignal(window.files_opened):
        slow.release.set()
    assert len(window.views()) == 2


def test_notes_are_imported_off_the_gui_thread_and_a_pipe_is_refused(make_window, qtbot, slow, tmp_path):
    from .conftest import import_notes

    window = make_window()
    shown = []
    window.show_message = lambda title, lines: shown.append(lines)
    pipe = tmp_path / "notes.json"
    os.mkfifo(pipe)  # nobody ever writes to it: opening it for reading would wait for ever
    assert import_notes(qtbot, window, pipe) == 0
    assert shown[-1] == ["notes.json is a named pipe, not a file: Byline opens only regular files."]
    stuck = slow.folder / "notes.json"
    stuck.write_text('{"schema": "byline.notes/1", "articles": []}', encoding="utf-8")
    with qtbot.waitSignal(window.notes.notes_imported):
        window.notes.import_file(str(stuck))
        _the_loop_turns_while_the_read_waits(qtbot, slow)
        slow.release.set()
    assert slow.on_gui_thread == []


def test_a_restored_session_skips_a_vanished_file_quietly_and_keeps_the_current_tab(make_window, qtbot, tmp_path):
    gone = tmp_path / "gone.txt"
    paths = [SEEDS / "01_harbour_flood_barrier.txt", gone, FAST]
    window = make_window()
    window._settings.setValue("session/tabs", json.dumps([{"path": str(p), "scroll": 0} for p in paths]))
    window._settings.setValue("session/current", 2)
    failed = []
    window.load_failed.connect(lambda path, message: failed.append(path))
    with qtbot.waitSignal(window.files_opened) as opened:
        assert window.restore_session()
    assert opened.args[0].failures == [] and len(opened.args[0].skipped) == 1
    assert failed == [str(gone)]
    assert "Not reopened" in window.statusBar().currentMessage()
    assert [v.article.source for v in window.views()] == [str(paths[0]), str(FAST)]
    assert window.current_view().article.source == str(FAST)  # the tab that was current, by its place
