"""The real window on a real X server (Xvfb), as `make run` shows it on a desktop.

Everything else in the suite runs offscreen; this one test proves that Qt's xcb plugin loads
(its system libraries are installed by set-up), the window maps and draws the article, a second
launch hands its file to the running instance, the session comes back, and quitting with Ctrl+Q
is clean: no Qt warning, no traceback. Runs in its own HOME/XDG directories, so it never touches
the user's notes, settings or running Byline. Timeouts are hang watchdogs (minutes), not speed
checks: the machine may be busy.
"""
import configparser
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import ROOT, SEEDS

TOOLS = ("Xvfb", "xdotool", "import")
WATCHDOG = 300  # seconds; a hang, not slowness, is what fails
SCREEN = (1024, 768)  # a small laptop's screen: the first window must fit in it
FIRST = SEEDS / "01_harbour_flood_barrier.txt"
SECOND = SEEDS / "02_airline_strike.md"

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or any(shutil.which(t) is None for t in TOOLS),
    reason="needs Linux with Xvfb, xdotool and imagemagick's import "
           "(`make test` installs them as root on Debian: xvfb xdotool imagemagick)")


def _wait(what: str, probe, timeout: float = WATCHDOG, proc=None, stderr: Path | None = None):
    """Poll `probe` until it gives a value; fail at the watchdog, or at once (with what the app
    printed) when `proc` has ended — a crashed app should not look like a slow one."""
    deadline = time.monotonic() + timeout
    while True:
        value = probe()
        if value:
            return value
        if proc is not None and proc.poll() is not None:
            printed = stderr.read_text(errors="replace") if stderr is not None else ""
            pytest.fail(f"{what}: Byline exited with {proc.returncode}; stderr:\n{printed}")
        if time.monotonic() > deadline:
            pytest.fail(f"watchdog: {what} after {timeout:.0f} s")
        time.sleep(0.25)


@pytest.fixture
def xserver(tmp_path):
    """A private Xvfb on a free display number (-displayfd: the server picks and tells)."""
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", f"{SCREEN[0]}x{SCREEN[1]}x24",
                               "-nolisten", "tcp"], pass_fds=(write_fd,),
                              stdout=subprocess.DEVNULL, stderr=open(tmp_path / "xvfb.log", "wb"))
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()  # written once the server accepts connections
    if not number:
        server.kill()
        pytest.fail(f"Xvfb did not start: {(tmp_path / 'xvfb.log').read_text(errors='replace')}")
    yield f":{number}"
    server.terminate()
    server.wait(timeout=60)


@pytest.fixture
def app_env(tmp_path, xserver):
    home = tmp_path / "home"
    runtime = tmp_path / "run"
    home.mkdir()
    runtime.mkdir(mode=0o700)
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("QT_", "XDG_", "WAYLAND", "BYLINE_")) and k not in ("DISPLAY", "XAUTHORITY")}
    env.update(HOME=str(home), XDG_RUNTIME_DIR=str(runtime), XDG_CONFIG_HOME=str(home / ".config"),
               XDG_DATA_HOME=str(home / ".local/share"), XDG_CACHE_HOME=str(home / ".cache"),
               DISPLAY=xserver, QT_QPA_PLATFORM="xcb")  # the socket: $XDG_RUNTIME_DIR/byline.sock
    return env


def _launch(env, tmp_path, name, *files):
    out, err = open(tmp_path / f"{name}.out", "w"), open(tmp_path / f"{name}.err", "w")
    proc = subprocess.Popen([sys.executable, "-m", "desktop", *map(str, files)], cwd=ROOT, env=env,
                            stdout=out, stderr=err, stdin=subprocess.DEVNULL)
    return proc, tmp_path / f"{name}.err"


def _window(env, title_part: str) -> str | None:
    """The id of the visible Byline window whose title names the current article."""
    found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", title_part],
                           capture_output=True, text=True, env=env, timeout=60)
    ids = found.stdout.split()
    return ids[0] if ids else None


def _size(env, window: str) -> tuple[int, int]:
    shell = subprocess.run(["xdotool", "getwindowgeometry", "--shell", window], capture_output=True, text=True,
                           env=env, timeout=60).stdout
    values = dict(line.split("=", 1) for line in shell.split() if "=" in line)
    return int(values["WIDTH"]), int(values["HEIGHT"])


def _screenshot(env, window: str, out: Path) -> Path:
    subprocess.run(["import", "-window", window, str(out)], check=True, env=env, timeout=120,
                   capture_output=True)
    return out


def _drawn(png: Path) -> tuple[int, float]:
    """(distinct colours, grey-level standard deviation) over a 48×48 grid of the picture."""
    colours, greys = set(), []
    for c in sample_pixels(png):
        colours.add(c.rgb())
        greys.append(0.299 * c.red() + 0.587 * c.green() + 0.114 * c.blue())
    mean = sum(greys) / len(greys)
    return len(colours), (sum((g - mean) ** 2 for g in greys) / len(greys)) ** 0.5


def sample_pixels(png: Path, grid: int = 48) -> list:
    """QColors on a grid × grid lattice over the picture."""
    from PySide6.QtGui import QImage

    image = QImage(str(png))
    assert not image.isNull(), png
    return [image.pixelColor(image.width() * i // grid, image.height() * j // grid)
            for i in range(grid) for j in range(grid)]


def _quit(env, proc, window: str) -> int:
    # Focus without a window manager (XSetInputFocus), then Ctrl+Q as a user would press it.
    subprocess.run(["xdotool", "windowfocus", "--sync", window, "key", "--clearmodifiers", "ctrl+q"],
                   env=env, timeout=60, capture_output=True)
    try:
        return proc.wait(timeout=WATCHDOG)
    except subprocess.TimeoutExpired:
        proc.kill()
        pytest.fail("watchdog: Byline did not quit on Ctrl+Q")


def _clean(stderr: Path) -> None:
    text = stderr.read_text(errors="replace")
    assert "Traceback" not in text, text
    assert not text.strip(), f"Qt or Python said something on stderr:\n{text}"


def _saved_tabs(env) -> str:
    settings = configparser.ConfigParser(interpolation=None)
    settings.read(Path(env["XDG_CONFIG_HOME"]) / "Byline" / "Byline.conf")
    return settings.get("session", "tabs", fallback="")


def test_real_window_draws_hands_over_and_quits_cleanly(app_env, tmp_path):
    env = app_env
    first, first_err = _launch(env, tmp_path, "first", FIRST.relative_to(ROOT))  # as typed in a shell
    try:
        window = _wait("no window for the first article", lambda: _window(env, "Port Ellery council"),
                       proc=first, stderr=first_err)
        width, height = _size(env, window)
        assert width <= SCREEN[0] and height <= SCREEN[1], (width, height)
        # Drawn: the article's text and highlights, not an empty frame (poll: painting follows mapping).
        shot = tmp_path / "window.png"
        colours, spread = _wait("the window stayed blank", lambda: (
            lambda measured: measured if measured[0] >= 20 and measured[1] > 10 else None)(
                _drawn(_screenshot(env, window, shot))))
        assert colours >= 20 and spread > 10
        if os.environ.get("BYLINE_SMOKE_SHOT"):
            shutil.copy(shot, os.environ["BYLINE_SMOKE_SHOT"])  # to look at it by eye

        # A second launch hands its file to the running window and exits at once.
        second = subprocess.run([sys.executable, "-m", "desktop", str(SECOND)], cwd=ROOT, env=env,
                                capture_output=True, text=True, timeout=WATCHDOG)
        assert second.returncode == 0, second.stderr
        assert "already running" in second.stdout and not second.stderr.strip()
        window = _wait("the handed-over file never opened", lambda: _window(env, "Cabin crew strike"),
                       proc=first, stderr=first_err)
        assert first.poll() is None
        assert _quit(env, first, window) == 0
    finally:
        if first.poll() is None:
            first.kill()
    _clean(first_err)

    # The session was saved with absolute paths, and `make run` without files brings it back.
    saved = _saved_tabs(env)
    assert str(FIRST.resolve()) in saved and str(SECOND.resolve()) in saved
    again, again_err = _launch(env, tmp_path, "again")
    try:
        _wait("the last session's tab did not come back", lambda: _window(env, "Cabin crew strike"),
              proc=again, stderr=again_err)
        again.terminate()  # SIGTERM, as at logout: closes like Ctrl+Q, saving the session
        assert again.wait(timeout=WATCHDOG) == 0
    finally:
        if again.poll() is None:
            again.kill()
    _clean(again_err)
    assert str(SECOND.resolve()) in _saved_tabs(env)
