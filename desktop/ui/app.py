"""Start the Qt application: the window, the theme, and headless screenshots."""
from __future__ import annotations

import os
import sys
from pathlib import Path

from .. import APP_NAME
from ..paths import bundled

SEEDS = bundled("seeds")


def default_files() -> list[str]:
    """With no files on the command line, open the bundled samples so there is something to see."""
    return [str(p) for p in sorted(SEEDS.glob("*")) if p.is_file()]


def run_gui(files: list[str], *, screenshot: str | None = None, size: tuple[int, int] = (1280, 800),
            theme: str = "system", filter_actor: str | None = None, search: str | None = None) -> int:
    if screenshot:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    elif sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.environ.get("QT_QPA_PLATFORM")
    ):
        print(f"{APP_NAME}: no display found. Run it in a desktop session, or render a picture with "
              f"--screenshot OUT.png.", file=sys.stderr)
        return 2

    from PySide6.QtCore import QSettings
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
        server.start()
    if screenshot:
        # A rendering must not depend on, or change, the user's saved window state.
        import tempfile

        scratch = Path(tempfile.mkdtemp())
        settings = QSettings(str(scratch / "byline.ini"), QSettings.Format.IniFormat)
        notes = NotesStore(scratch / "notes.sqlite3")
        library = Library(scratch / "library.sqlite3")
    else:
        settings = QSettings()
        notes = NotesStore(settings.value("notes/path") or None)
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
    window.resize(*size)
    if files:
        window.open_paths(files)
    elif screenshot or not window.restore_session():
        window.open_paths(default_files())
    if server is not None:
        server.files_received.connect(lambda paths: _bring_forward(window, paths))
    if not screenshot:
        window.library.start()  # searchable at once from the database; upkeep in the background
    if screenshot:
        return _save_screenshot(app, window, screenshot, filter_actor, search)
    window.show()
    return app.exec()


def _bring_forward(window, paths: list[str]) -> None:
    if paths:
        window.open_paths(paths)
    window.showNormal()
    window.raise_()
    window.activateWindow()


def _save_screenshot(app, window, out: str, filter_actor: str | None = None, search: str | None = None) -> int:
    import time

    from PySide6.QtCore import QEventLoop

    window.show()
    deadline = time.monotonic() + 120
    while (window.loads_pending() or window.analyses_pending() or not all(v.analysis for v in window.views())) \
            and time.monotonic() < deadline and not window.model_error:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
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
        while not shown and time.monotonic() < deadline:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        window.library.results.activate_current()
    for _ in range(5):
        app.processEvents()
    ok = window.grab().save(out)
    window.close()
    if not ok:
        print(f"{APP_NAME}: could not write {out}", file=sys.stderr)
        return 1
    print(out)
    return 0
