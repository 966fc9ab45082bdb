"""The real window on a Wayland compositor (a headless Weston), without any X server.

On a Wayland session Qt 6 picks its native wayland plugin (WAYLAND_DISPLAY is set); this proves
that plugin loads with the libraries set-up installs, that the window draws the article (a
screenshot of the compositor's output), that a second launch hands its file over, and that the
app closes cleanly on SIGTERM. Isolated HOME/XDG directories; watchdogs only, never timings.
"""
import os
import shutil
import subprocess
import sys

import pytest

from .conftest import ROOT, SEEDS
from .test_x11_smoke import WATCHDOG, _drawn, _saved_tabs, _wait, sample_pixels

FIRST = SEEDS / "01_harbour_flood_barrier.txt"
SECOND = SEEDS / "02_airline_strike.md"
TOOLS = ("weston", "weston-screenshooter")

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or any(shutil.which(t) is None for t in TOOLS),
    reason="needs Weston (`make test` installs it as root on Debian: weston)")


@pytest.fixture
def compositor(tmp_path):
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("QT_", "XDG_", "WAYLAND", "BYLINE_")) and k not in ("DISPLAY", "XAUTHORITY")}
    env.update(XDG_RUNTIME_DIR=str(runtime), HOME=str(tmp_path / "home"))
    # --use-pixman: a CPU renderer, so the screenshooter has pixels to read; --debug allows it.
    server = subprocess.Popen(["weston", "--backend=headless-backend.so", "--use-pixman", "--socket=byline-test",
                               "--width=1280", "--height=900", "--idle-time=0", "--debug"],
                              env=env, cwd=tmp_path, stdout=subprocess.DEVNULL,
                              stderr=open(tmp_path / "weston.log", "wb"))
    _wait("Weston did not start", lambda: (runtime / "byline-test").exists() or server.poll() is not None)
    if server.poll() is not None:
        pytest.fail(f"Weston did not start: {(tmp_path / 'weston.log').read_text(errors='replace')[-2000:]}")
    yield {**env, "WAYLAND_DISPLAY": "byline-test"}
    server.terminate()
    server.wait(timeout=WATCHDOG)


def _screenshot(env, folder):
    """A PNG of the compositor's whole output (weston-screenshooter writes it in its cwd)."""
    folder.mkdir(exist_ok=True)
    for old in folder.iterdir():
        old.unlink()
    subprocess.run(["weston-screenshooter"], env=env, cwd=folder, timeout=120, capture_output=True)
    shots = sorted(folder.glob("*.png"))
    return shots[-1] if shots else None


def _settled(env, tmp_path, name="desktop.png"):
    """A screenshot once nothing moves any more (two shots alike but for the panel's clock)."""
    first = _screenshot(env, tmp_path / "settle")
    if first is None:
        return None
    kept = first.replace(tmp_path / name)
    second = _screenshot(env, tmp_path / "settle")
    return kept if second and _changed(kept, second) < 0.005 else None


def _page_share(png) -> float:
    """The share of near-white pixels: the article's page, which the desktop has none of."""
    pixels = sample_pixels(png)
    return sum(min(c.red(), c.green(), c.blue()) > 235 for c in pixels) / len(pixels)


def _changed(before, after) -> float:
    """The share of sampled pixels that differ between two screenshots."""
    pairs = list(zip(sample_pixels(before, 160), sample_pixels(after, 160)))
    return sum(a.rgb() != b.rgb() for a, b in pairs) / len(pairs)


def test_native_wayland_window_draws_hands_over_and_closes(compositor, tmp_path):
    home = tmp_path / "home"
    env = {**compositor, "XDG_SESSION_TYPE": "wayland", "XDG_CONFIG_HOME": str(home / ".config"),
           "XDG_DATA_HOME": str(home / ".local/share"), "XDG_CACHE_HOME": str(home / ".cache")}
    empty = _wait("the empty desktop never settled", lambda: _settled(env, tmp_path))
    err = tmp_path / "app.err"
    app = subprocess.Popen([sys.executable, "-m", "desktop", str(FIRST)], cwd=ROOT, env=env,
                           stdout=subprocess.DEVNULL, stderr=open(err, "w"), stdin=subprocess.DEVNULL)
    try:
        def window_drawn():
            shot = _screenshot(env, tmp_path / "after")
            return shot if shot and _changed(empty, shot) > 0.5 and _drawn(shot)[0] >= 20 \
                and _page_share(shot) > 0.3 else None

        shot = _wait("the window never drew over the desktop", window_drawn)
        if os.environ.get("BYLINE_SMOKE_SHOT"):
            shutil.copy(shot, os.environ["BYLINE_SMOKE_SHOT"].replace(".png", "-wayland.png"))
        # Let the analysis finish painting, so that what changes next is the handed-over file.
        shot = _wait("the window never settled", lambda: _settled(env, tmp_path, "window.png"))
        second = subprocess.run([sys.executable, "-m", "desktop", str(SECOND)], cwd=ROOT, env=env,
                                capture_output=True, text=True, timeout=WATCHDOG)
        assert second.returncode == 0 and "already running" in second.stdout, second.stderr
        # The second article replaces the first on screen.
        _wait("the handed-over file never showed", lambda: (
            lambda now: now if now and _changed(shot, now) > 0.02 else None)(_screenshot(env, tmp_path / "later")))
        app.terminate()  # SIGTERM, as at logout: the window closes the usual way
        assert app.wait(timeout=WATCHDOG) == 0
    finally:
        if app.poll() is None:
            app.kill()
    text = err.read_text(errors="replace")
    assert not text.strip(), f"Qt or Python said something on stderr:\n{text}"
    saved = _saved_tabs(env)
    assert str(FIRST.resolve()) in saved and str(SECOND.resolve()) in saved
