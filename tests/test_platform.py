"""The missing-library sentence, and the one list of Debian packages Qt needs (headless)."""
import shutil
import subprocess
import sys

import pytest

from desktop.ui.platform_check import (
    PACKAGE_TABLE, check_platform, guess_package, load_package_table, parse_ldd, platforms_dir,
    requested_platforms,
)

from .conftest import ROOT

LDD_MISSING = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6XcbQpa.so.6 => /x/PySide6/Qt/plugins/platforms/../../lib/libQt6XcbQpa.so.6 (0x00007f)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxcb1.so.1 => /lib/x86_64-linux-gnu/libxcb.so.1 (0x00007f)
\tlibxcb-icccm.so.4 => not found
"""
LDD_OK = "\tlibxcb.so.1 => /lib/x86_64-linux-gnu/libxcb.so.1 (0x00007f)\n"
LDD_WAYLAND = "\tlibwayland-cursor.so.0 => not found\n"
TABLE = {"libxcb-icccm.so.4": "libxcb-icccm4", "libxcb-keysyms.so.1": "libxcb-keysyms1",
         "libwayland-cursor.so.0": "libwayland-cursor0"}


@pytest.mark.parametrize("env, expected", [
    ({}, ["xcb"]),
    ({"DISPLAY": ":0"}, ["xcb"]),
    ({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}, ["wayland", "xcb"]),
    ({"XDG_SESSION_TYPE": "wayland"}, ["wayland", "xcb"]),
    ({"XDG_SESSION_TYPE": "x11", "DISPLAY": ":0"}, ["xcb"]),
    ({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "wayland-0"}, ["xcb"]),
    ({"QT_QPA_PLATFORM": "wayland;xcb"}, ["wayland", "xcb"]),
    ({"QT_QPA_PLATFORM": "vnc:size=800x600"}, ["vnc"]),
])
def test_platforms_qt_will_try(env, expected):
    assert requested_platforms(env) == expected


def test_ldd_output_gives_each_missing_library_once():
    assert parse_ldd(LDD_MISSING) == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]
    assert parse_ldd(LDD_OK) == [] and parse_ldd("") == []


@pytest.mark.parametrize("soname, package", [
    ("libxcb-icccm.so.4", "libxcb-icccm4"),
    ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
    ("libwayland-cursor.so.0", "libwayland-cursor0"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),  # a stem ending in a digit takes a hyphen
    ("libpng16.so.16", "libpng16-16"),
    ("libX11.so.6", "libx11-6"),
])
def test_debian_naming_rule_for_libraries_not_in_the_table(soname, package):
    assert guess_package(soname) == package


def _plugins(tmp_path):
    for name in ("libqxcb.so", "libqwayland.so", "libqoffscreen.so"):
        (tmp_path / name).write_bytes(b"")
    return tmp_path


@pytest.mark.parametrize("env, ldd_out, expected", [
    # xcb lacks two libraries: named, with the packages that ship them
    ({"DISPLAY": ":0"}, {"libqxcb.so": LDD_MISSING},
     "Byline: cannot open a window because Qt's \"xcb\" platform plugin needs libxcb-icccm.so.4 and "
     "libxcb-keysyms.so.1, which are not installed; install them with: "
     "sudo apt-get install libxcb-icccm4 libxcb-keysyms1"),
    # everything present: nothing to say
    ({"DISPLAY": ":0"}, {"libqxcb.so": LDD_OK}, None),
    # Wayland session: wayland cannot load but xcb (XWayland) can, so Qt falls back and works
    ({"WAYLAND_DISPLAY": "w", "DISPLAY": ":0"}, {"libqwayland.so": LDD_WAYLAND, "libqxcb.so": LDD_OK}, None),
    # both fail: one sentence covering both
    ({"WAYLAND_DISPLAY": "w"}, {"libqwayland.so": LDD_WAYLAND, "libqxcb.so": LDD_MISSING},
     "Byline: cannot open a window because Qt's \"wayland\" or \"xcb\" platform plugin needs "
     "libwayland-cursor.so.0, libxcb-icccm.so.4 and libxcb-keysyms.so.1, which are not installed; "
     "install them with: sudo apt-get install libwayland-cursor0 libxcb-icccm4 libxcb-keysyms1"),
    # one library, not in the table: Debian's naming rule, singular grammar
    ({"QT_QPA_PLATFORM": "xcb"}, {"libqxcb.so": "\tlibxcb-foo2.so.3 => not found\n"},
     "Byline: cannot open a window because Qt's \"xcb\" platform plugin needs libxcb-foo2.so.3, "
     "which is not installed; install it with: sudo apt-get install libxcb-foo2-3"),
    # a plugin we do not check (offscreen, vnc): Qt decides
    ({"QT_QPA_PLATFORM": "offscreen"}, {}, None),
    ({"QT_QPA_PLATFORM": "vnc"}, {}, None),
    # the user points Qt at other plugins: we cannot know
    ({"QT_QPA_PLATFORM_PLUGIN_PATH": "/opt/qt", "DISPLAY": ":0"}, {"libqxcb.so": LDD_MISSING}, None),
])
def test_one_clear_sentence_when_the_platform_plugin_cannot_load(tmp_path, monkeypatch, env, ldd_out, expected):
    monkeypatch.setattr("os.geteuid", lambda: 1000)
    message = check_platform(env, plugins=_plugins(tmp_path), ldd=lambda path: ldd_out.get(path.name, ""),
                             table=TABLE, display=lambda platform, env: None)
    assert message == expected
    if message:
        assert "\n" not in message and message.count(". ") == 0


@pytest.mark.parametrize("env, answers, expected", [
    ({"DISPLAY": ":77"}, {"xcb": "no X server answers on DISPLAY=:77"},
     "Byline: cannot open a window because no X server answers on DISPLAY=:77; start it from a desktop "
     "session (or render a picture without one with --screenshot OUT.png)"),
    # the compositor is gone but XWayland's X server answers: Qt falls back to xcb, fine
    ({"WAYLAND_DISPLAY": "w", "DISPLAY": ":0"}, {"wayland": "no Wayland compositor answers at /run/w"}, None),
    ({"WAYLAND_DISPLAY": "w"}, {"wayland": "no Wayland compositor answers at /run/w", "xcb": "DISPLAY is not set"},
     "Byline: cannot open a window because no Wayland compositor answers at /run/w and DISPLAY is not set; "
     "start it from a desktop session (or render a picture without one with --screenshot OUT.png)"),
])
def test_a_display_server_that_does_not_answer_is_named(tmp_path, env, answers, expected):
    message = check_platform(env, plugins=_plugins(tmp_path), ldd=lambda path: LDD_OK, table=TABLE,
                             display=lambda platform, env: answers.get(platform))
    assert message == expected


def test_the_real_probe_finds_no_server_on_an_unused_display(tmp_path):
    from desktop.ui.platform_check import display_problem

    assert display_problem("xcb", {}) == "DISPLAY is not set"
    assert display_problem("xcb", {"DISPLAY": ":1999"}) == "no X server answers on DISPLAY=:1999"
    assert display_problem("wayland", {"WAYLAND_DISPLAY": "none", "XDG_RUNTIME_DIR": str(tmp_path)}) == \
        f"no Wayland compositor answers at {tmp_path / 'none'}"


def test_as_root_the_command_has_no_sudo(tmp_path, monkeypatch):
    monkeypatch.setattr("os.geteuid", lambda: 0)
    message = check_platform({"DISPLAY": ":0"}, plugins=_plugins(tmp_path), ldd=lambda p: LDD_MISSING, table=TABLE,
                             display=lambda platform, env: None)
    assert message.endswith(": apt-get install libxcb-icccm4 libxcb-keysyms1")


def test_the_app_prints_the_sentence_instead_of_aborting(tmp_path):
    """End to end: `python -m desktop FILE` when the xcb plugin lacks a library."""
    if not sys.platform.startswith("linux") or shutil.which("ldd") is None:
        pytest.skip("needs Linux and ldd")
    plugins = platforms_dir()
    assert plugins is not None
    # The real command line and check, with ldd's answer replaced (removing a system package
    # would be slower and touch the machine); Qt must never be reached.
    code = ("import sys, desktop.ui.platform_check as pc;"
            "pc.run_ldd = lambda p: '\\tlibxcb-icccm.so.4 => not found\\n';"
            "from desktop.cli import main; sys.exit(main(sys.argv[1:]))")
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "XDG_RUNTIME_DIR": str(tmp_path),
           "DISPLAY": ":99", "QT_QPA_PLATFORM": "xcb", "BYLINE_INSTANCE": str(tmp_path / "sock")}
    result = subprocess.run([sys.executable, "-c", code, str(ROOT / "seeds" / "01_harbour_flood_barrier.txt")],
                            capture_output=True, text=True, cwd=ROOT, env=env, timeout=300)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert lines == [lines[0]] and "libxcb-icccm.so.4" in lines[0] and "apt-get install libxcb-icccm4" in lines[0]
    assert "Traceback" not in result.stderr and "qt.qpa" not in result.stderr


def test_the_package_table_covers_every_library_qt_links():
    """The one list (resources/qt-system-packages.txt) against `ldd` on the installed plugins:
    a PySide6 upgrade that needs a new library fails here until the table is regenerated."""
    if shutil.which("ldd") is None or shutil.which("dpkg") is None or platforms_dir() is None:
        pytest.skip("needs Debian's ldd and dpkg")
    import importlib.util

    spec = importlib.util.spec_from_file_location("qt_system_packages", ROOT / "scripts" / "qt-system-packages.py")
    generator = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generator)
    qt = platforms_dir().parents[1]
    table = load_package_table()
    needed = generator.needed(generator.loaded_files(qt))
    assert "libxcb-icccm.so.4" in needed and "libxcb-keysyms.so.1" in needed  # the ones the issue found
    absent = sorted(soname for soname in needed if soname not in table)
    assert not absent, f"not in {PACKAGE_TABLE.name}: {absent}; run scripts/qt-system-packages.py"


def test_set_up_installs_the_table_and_the_smoke_test_tools():
    script = (ROOT / "scripts" / "ensure-system-deps.sh").read_text()
    assert "qt-system-packages.txt" in script and "xvfb" in script
    packages = {line.split()[0] for line in PACKAGE_TABLE.read_text().splitlines()
                if line.strip() and not line.startswith("#")}
    assert {"libxcb-icccm4", "libxcb-keysyms1", "libxcb-cursor0", "libxkbcommon-x11-0"} <= packages
