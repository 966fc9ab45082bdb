import dataclasses
import faulthandler
import functools
import os
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

# Qt must never try to reach a display in tests (without this pytest aborts with no summary).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]

# Every wait in the suite is a hang watchdog, never a speed check: CI runs on a busy 2-core
# machine where what takes a second alone may take a minute. So no qtbot wait gives up in less
# than WATCHDOG_MS (a wait that is *meant* to time out says raising=False and keeps its own).
# Speed is measured by benchmarks/, which print figures.
WATCHDOG_MS = 300_000


def _with_watchdog(method):
    @functools.wraps(method)
    def wait(self, *args, timeout=5000, **kwargs):
        if kwargs.get("raising", True) is not False and timeout and 0 < timeout < WATCHDOG_MS:
            timeout = WATCHDOG_MS
        return method(self, *args, timeout=timeout, **kwargs)
    return wait


for _name in ("waitSignal", "waitSignals", "waitUntil", "waitExposed", "waitActive", "waitCallback"):
    setattr(QtBot, _name, _with_watchdog(getattr(QtBot, _name)))


# A test that hangs outside a qtbot wait (a pool worker that never answers, seen once on a loaded
# machine) would hold CI until its own time-out with nothing said. After HANG_SECONDS — far past any
# wait above, so never a speed check — every thread's stack goes to stderr and the process exits:
# xdist reports the crashed worker and the test it was running.
HANG_SECONDS = 900


@pytest.fixture(autouse=True)
def _hang_watchdog():
    faulthandler.dump_traceback_later(HANG_SECONDS, exit=True, file=sys.__stderr__)
    yield
    faulthandler.cancel_dump_traceback_later()


def open_files(qtbot, window, paths, timeout: int = WATCHDOG_MS):
    """Open `paths` in `window` and wait until that batch is over (files are read on a worker,
    never on the GUI thread): the `opening.OpenBatch`, with `.articles` in the order asked."""
    asked = []
    with qtbot.waitSignal(window.files_opened, timeout=timeout, check_params_cb=lambda batch: batch in asked) as done:
        asked.append(window.open_paths([str(p) for p in paths]))
    return done.args[0]


def import_notes(qtbot, window, path) -> int:
    """Import a notes file in `window` (read on a worker) and wait: the count of notes added."""
    with qtbot.waitSignal(window.notes.notes_imported) as done:
        window.notes.import_file(str(path))
    return done.args[0]


@dataclasses.dataclass
class CliRun:
    """What a run of the command line gave, as subprocess.CompletedProcess names it."""
    returncode: int
    stdout: bytes | str
    stderr: bytes | str


@pytest.fixture
def cli_here(capsysbinary):
    """`python -m desktop ARGS…` run by the command line's own main() in this test process:
    the exit status it returns (or argparse's SystemExit code), and stdout and stderr as
    bytes (text=True: as str, as subprocess.run(text=True) gives them). Arguments may be
    bytes: decoded as the interpreter decodes argv (os.fsdecode, surrogateescape).

    Why not a subprocess: a command that analyses loads the spaCy model first, ~3.3 CPU-s per
    process, while this process has it loaded already; most CLI tests check what a command
    prints and returns, not the process boundary. That boundary — `python -m desktop`, argv
    decoding, the exit status, the streams' encoding — keeps its own tests with real
    processes (test_hostile_paths, test_library_cli, test_cli_store_files, test_pool,
    test_hardening)."""
    from desktop import cli

    def run(*args, text: bool = False) -> CliRun:
        capsysbinary.readouterr()
        try:
            code = cli.main([os.fsdecode(a) for a in args])
        except SystemExit as exc:  # argparse's usage errors (2) and --help (0)
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        out, err = capsysbinary.readouterr()
        if text:
            out, err = out.decode("utf-8"), err.decode("utf-8")
        return CliRun(code, out, err)

    return run


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true", help="rewrite tests/data/golden from the current output")
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"
SHARED_SEED = SHARED / "seeds" / "000_b36f9bc06a2b769a.txt"
CORPUS = SHARED / "corpus" / "articles.jsonl"


@pytest.fixture
def shared_seed() -> Path:
    if not SHARED_SEED.exists():
        pytest.skip(f"../shared is absent ({SHARED_SEED} not found)")
    return SHARED_SEED


@pytest.fixture
def settings(tmp_path):
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def notes_store(tmp_path):
    from desktop.notes import NotesStore

    store = NotesStore(tmp_path / "notes.sqlite3")
    yield store
    store.close()


@pytest.fixture
def make_window(qtbot, settings, notes_store):
    """A main window on the test's own settings and notes store; shown when asked (focus and
    shortcuts need a visible, active window)."""
    def make(show: bool = False, theme=None, size=(1280, 800)):
        from desktop.ui.main_window import MainWindow
        from desktop.ui.theme import LIGHT

        win = MainWindow(theme or LIGHT, settings, interactive=False, notes_store=notes_store)
        qtbot.addWidget(win)
        win.resize(*size)
        if show:
            win.show()
            qtbot.waitExposed(win)
            win.activateWindow()
        return win

    return make


@pytest.fixture(autouse=True)
def _private_data_folder(tmp_path, monkeypatch):
    """Stores opened with their default path (the library, notes) live in the test's own
    folder, never in the user's real data folder."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))


@pytest.fixture(autouse=True)
def _application_look_restored():
    """A test that applies a theme app-wide (Preferences → dark sets the application's palette,
    style and style sheet) must not leave the next test in the same process drawing on it: with
    two xdist workers the order of tests in a process changes from run to run. After each test
    the application gets back a new QApplication's look here: Fusion, its standard palette and
    no style sheet."""
    yield
    try:
        from PySide6.QtWidgets import QApplication
    except ImportError:  # pragma: no cover
        return
    app = QApplication.instance()
    if not isinstance(app, QApplication):  # none yet, or a core application without widgets
        return
    if app.style().name() != "fusion":
        app.setStyle("Fusion")
    if app.palette() != app.style().standardPalette():
        app.setPalette(app.style().standardPalette())
    if app.styleSheet():
        app.setStyleSheet("")


@pytest.fixture(autouse=True)
def _no_background_work_left():
    """Every test waits for the work it started: nothing may still run when the next test
    (or the interpreter's shutdown) begins."""
    yield
    try:
        from PySide6.QtCore import QThreadPool
    except ImportError:  # pragma: no cover
        return
    QThreadPool.globalInstance().waitForDone(120_000)
    try:
        from PySide6.QtWidgets import QApplication

        from desktop.ui.main_window import MainWindow
    except ImportError:  # pragma: no cover
        return
    app = QApplication.instance()
    for widget in app.topLevelWidgets() if app is not None else []:
        if isinstance(widget, MainWindow):  # the library's own lanes (search, import, upkeep), the reads
            widget.library.shutdown(120_000)
            widget.opener.wait(120_000)


# The slowest files first (CPU-seconds measured on 2026-12-02 in a full run, most of their time in
# worker pools, long articles and `python -m desktop` processes). `make test` hands each file whole
# to one xdist worker (--dist loadfile: a module's fixtures are set up once, not once per worker)
# in this order, so the long files start early and the many short ones fill in at the end instead
# of one worker finishing a long file alone. Files not named keep their alphabetical order after these.
SLOW_FILES_FIRST = (
    "test_hardening.py", "test_pool.py", "test_linearity.py", "test_wayland_smoke.py", "test_app.py",
    "test_analysis.py", "test_hostile_paths.py", "test_x11_smoke.py", "test_window.py", "test_reader.py",
    "test_library_faults.py", "test_notes_safety.py", "test_first_screen.py", "test_background_work.py",
    "test_window_fit.py", "test_analysis_json.py", "test_library_cli.py", "test_search.py",
)


def pytest_collection_modifyitems(config, items):
    rank = {name: i for i, name in enumerate(SLOW_FILES_FIRST)}
    items.sort(key=lambda item: rank.get(item.path.name, len(rank)))  # stable: a file keeps its own order
