"""Start the Qt application: the window, the theme, and headless screenshots."""
from __future__ import annotations

import os
import sys
from pathlib import Path

from .. import APP_NAME
from ..paths import bundled
from ..storelock import StoreBusy

SEEDS = bundled("seeds")


def default_files() -> list[str]:
    """With no files on the command line, open the bundled samples so there is something to see."""
    return [str(p) for p in sorted(SEEDS.glob("*")) if p.is_file()]


def run_gui(files: list[str], *, screenshot: str | None = None, size: tuple[int, int] = (1280, 800),
            theme: str = "system", filter_actor: str | None = None, search: str | None = None) -> int:
    # Absolute, so the session, the recent list and a running instance find them from anywhere.
    files = [_absolute(f) for f in files]
    if screenshot:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    elif sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.environ.get("QT_QPA_PLATFORM")
    ):
        print(f"{APP_NAME}: no display found. Run it in a desktop session, or render a picture with "
              f"--screenshot OUT.png.", file=sys.stderr)
        return 2
    if not screenshot:
        from .platform_check import check_platform

        problem = check_platform()
        if problem:
            print(problem, file=sys.stderr)
            return 2

    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from ..library import Library, LibraryBusy
    from ..notes import NotesStore
    from .main_window import MainWindow
    from .theme import apply_theme

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName("byline")
    from PySide6.QtGui import QIcon

    app.setWindowIcon(QIcon(str(bundled("resources") / "byline.svg")))
    server = None
    if not screenshot:
        from .instance import InstanceServer, send_to_running

        if send_to_running(files):
            print(f"{APP_NAME} is already running: {'opened there' if files else 'brought to the front'}.")
            return 0
        server = InstanceServer()
    writer_lock = None  # held until run_gui returns: this process is the store's one writer
    if screenshot:
        # A rendering must not depend on, or change, the user's saved window state.
        import tempfile

        scratch = Path(tempfile.mkdtemp(prefix="byline-screenshot-"))
        settings = QSettings(str(scratch / "byline.ini"), QSettings.Format.IniFormat)
        notes = NotesStore(scratch / "notes.sqlite3")
        library = Library(scratch / "library.sqlite3")
    else:
        settings = QSettings()
        notes_path = settings.value("notes/path") or None
        try:
            writer_lock = _lock_store(notes_path)
        except StoreBusy as busy:
            _refuse(f"{APP_NAME} is already running ({busy}) but did not answer; close it and try again, "
                    f"so that two windows do not overwrite each other's notes.")
            return 1
        if not server.start():
            print(f"{APP_NAME}: {server.error}; files opened from elsewhere will not reach this window.",
                  file=sys.stderr)
        notes = NotesStore(notes_path)
        try:
            library = Library(settings.value("library/path") or None)
        except LibraryBusy as exc:  # the command line is in the middle of a long write
            print(f"{APP_NAME}: {exc}", file=sys.stderr)
            return 1
    from .preferences import load_appearance

    appearance = load_appearance(settings, theme_override=None if theme == "system" else theme)
    chosen = appearance.resolved_theme()
    apply_theme(app, chosen, force_palette=(appearance.theme != "system" or screenshot is not None))
    window = MainWindow(chosen, settings, interactive=screenshot is None, notes_store=notes, library_store=library)
    if screenshot:
        window.resize(*size)
    elif settings.value("window/geometry") is None:
        window.resize(*_first_size(app, size))  # later runs keep the size the user left
    if files:
        window.open_paths(files)
    elif screenshot or not (window.restore_session() or settings.contains("session/tabs")):
        window.open_paths(default_files())  # the very first run: something to see
    if server is not None:
        server.files_received.connect(lambda paths: _bring_forward(window, paths))
    if not screenshot:
        window.library.start()  # searchable at once from the database; upkeep in the background
        window.start_workers_in_background()
    if screenshot:
        status = _save_screenshot(app, window, screenshot, filter_actor, search)
        window.close()
        settings.sync()  # written now, so nothing recreates the scratch folder after it is gone
        import shutil

        shutil.rmtree(scratch, ignore_errors=True)
        return status
    _close_on_signals(window)  # before show(): once the window is visible, someone may signal
    window.show()
    # A note being typed when Byline last stopped (crash, kill -9) is offered back once the
    # window is up (notes_ui.NotesController.offer_drafts).
    QTimer.singleShot(0, window.notes.offer_drafts)
    status = app.exec()
    from ..analysis.pool import shutdown as stop_workers

    stop_workers(final=True)  # now, while the interpreter is whole (not in its teardown)
    if writer_lock is not None:
        writer_lock.release()  # after the window closed and saved: the next Byline may write
    if window.work_still_running:
        # A thread still inside spaCy (a model loading on a very busy machine ignores Cancel)
        # can crash the interpreter's teardown. Everything is saved by now: the session and
        # settings above, notes at every change, the library per article (WAL). So end here.
        settings.sync()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(status)
    return status


def _first_size(app, wanted: tuple[int, int]) -> tuple[int, int]:
    """`wanted`, shrunk to 90 % of the screen's free area so a small laptop screen shows the
    whole window, title bar and status bar included."""
    screen = app.primaryScreen()
    if screen is None:
        return wanted
    free = screen.availableGeometry()
    return min(wanted[0], int(free.width() * 0.9)), min(wanted[1], int(free.height() * 0.9))


def _close_on_signals(window) -> None:
    """SIGTERM (a logout, `kill`) and SIGINT (Ctrl+C in the terminal) close the window the usual
    way, so the session is saved and the store released. Python runs its handlers only when it
    has control, so the signal also wakes Qt's loop through a pipe (signal.set_wakeup_fd)."""
    if os.name != "posix":
        return
    import signal

    from PySide6.QtCore import QSocketNotifier

    read_fd, write_fd = os.pipe()
    for fd in (read_fd, write_fd):
        os.set_blocking(fd, False)
    signal.set_wakeup_fd(write_fd)
    for number in (signal.SIGTERM, signal.SIGINT):
        signal.signal(number, lambda *_: None)  # the wake-up byte does the work
    notifier = QSocketNotifier(read_fd, QSocketNotifier.Type.Read, window)

    def woken() -> None:
        try:
            os.read(read_fd, 64)
        except OSError:
            pass
        window.close()

    notifier.activated.connect(woken)


def _lock_store(notes_path):
    from ..notes import default_store_path
    from ..storelock import WriterLock

    try:
        return WriterLock(notes_path or default_store_path())
    except StoreBusy:
        raise
    except OSError:
        return None  # a read-only data folder: nothing will be written, so nothing to guard


def _refuse(message: str) -> None:
    """Say it on stderr and, for someone who started Byline from a file manager, in a dialog."""
    print(f"{APP_NAME}: {message}" if not message.startswith(APP_NAME) else message, file=sys.stderr)
    if os.environ.get("QT_QPA_PLATFORM", "").split(":")[0] not in ("offscreen", "minimal"):
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(None, APP_NAME, message)


def _bring_forward(window, paths: list[str]) -> None:
    if paths:
        window.open_paths(paths)
    window.showNormal()
    window.raise_()
    window.activateWindow()


def _wait_until(done, signals, deadline: float) -> None:
    """Run the event loop until `done()` is true — checked whenever one of `signals` fires —
    or the monotonic `deadline` passes."""
    import time

    from PySide6.QtCore import QEventLoop, QTimer

    if done():
        return
    loop = QEventLoop()

    def check() -> None:
        if done():
            loop.quit()

    def soon(*_args) -> None:  # after the emitter has finished (e.g. started the analysis)
        QTimer.singleShot(0, loop, check)

    for signal in signals:
        signal.connect(soon)
    QTimer.singleShot(max(0, int((deadline - time.monotonic()) * 1000)), loop, loop.quit)
    loop.exec()
    for signal in signals:
        signal.disconnect(soon)


def _save_screenshot(app, window, out: str, filter_actor: str | None = None, search: str | None = None) -> int:
    import time

    window.show()
    deadline = time.monotonic() + 120
    # Wait in Qt's event loop, woken by the window's own signals (a polling loop here made
    # start-up 1.45x slower by taking CPU from the analysis it was waiting for).
    _wait_until(lambda: not window.loads_pending() and (window.model_error is not None
                                                         or not window.analyses_pending()),
                (window.analysis_finished, window.article_opened, window.files_opened), deadline)
    if filter_actor:
        view = window.current_view()
        actor = view.analysis.find_actor(filter_actor) if view and view.analysis else None
        if actor is None:
            print(f"{APP_NAME}: no actor called {filter_actor!r} in this article", file=sys.stderr)
            return 2
        window.filter_to(actor.id)
    if search:
        shown = []
        window.library.results_shown.connect(lambda q, r: shown.append(r))
        window.library.bar.setText(search)
        window.library.search(search)
        _wait_until(lambda: bool(shown), (window.library.results_shown,), deadline)
        if shown and not shown[0].hits:
            print(f"{APP_NAME}: no hits for {search!r}" + (f" ({shown[0].message})" if shown[0].message else ""),
                  file=sys.stderr)
        window.library.results.activate_current()  # its article may be read on a worker first
        _wait_until(lambda: not window.loads_pending(), (window.files_opened,), deadline)
    for _ in range(5):
        app.processEvents()
    ok = window.grab().save(out)
    window.close()
    if not ok:
        print(f"{APP_NAME}: could not write {out}", file=sys.stderr)
        return 1
    print(out)
    return 0


def _absolute(arg: str) -> str:
    """An absolute path, keeping a "#chars=START-END" location (a link from a Markdown export)."""
    from ..export import parse_location

    path, span = parse_location(arg)
    return os.path.abspath(path) + (f"#chars={span[0]}-{span[1]}" if span else "")
