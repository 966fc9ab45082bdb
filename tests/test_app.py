"""Desktop-application behaviour: install, single instance, preferences, session, contrast."""
import json
import os
import subprocess
import sys
import venv

import pytest

from desktop.colors import contrast_ratio
from desktop.ui.theme import DARK, LIGHT

from .conftest import ROOT, SEEDS, open_files

SAMPLE = SEEDS / "01_harbour_flood_barrier.txt"


def test_pip_install_gives_a_byline_command(tmp_path):
    env_dir = tmp_path / "venv"
    # No pip of its own (ensurepip alone took half of this test): this environment's pip installs
    # into it with --python, running under the new environment's interpreter, as its own would.
    venv.create(env_dir, with_pip=False)
    # --no-deps: the runtime dependencies are not needed to start `byline --version`, and
    # downloading Qt again would make this test slow; the build itself runs as pip would.
    pip = [sys.executable, "-m", "pip", "--python", str(env_dir / "bin" / "python"), "install", "--quiet",
           "--no-deps", "--disable-pip-version-check", str(ROOT)]
    result = subprocess.run(pip, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    version = subprocess.run([str(env_dir / "bin" / "byline"), "--version"], capture_output=True, text=True,
                             timeout=300, cwd=tmp_path)
    assert version.returncode == 0 and version.stdout.startswith("Byline ")
    found = subprocess.run([str(env_dir / "bin" / "python"), "-c",
                            "from desktop.paths import bundled; print(bundled('resources')); print(bundled('seeds'))"],
                           capture_output=True, text=True, timeout=300, cwd=tmp_path)
    resources, seeds = found.stdout.split()
    assert "site-packages" in resources and os.path.exists(os.path.join(resources, "byline.svg"))
    assert len([n for n in os.listdir(seeds) if n.endswith((".txt", ".md", ".html"))]) >= 5


def test_a_second_launch_hands_its_file_to_the_first(qtbot, tmp_path, monkeypatch):
    from desktop.ui.instance import InstanceServer

    name = f"byline-test-{os.getpid()}"
    server = InstanceServer(name)
    assert server.start()
    env = {**os.environ, "BYLINE_INSTANCE": name, "QT_QPA_PLATFORM": "offscreen"}
    with qtbot.waitSignal(server.files_received, timeout=30_000) as blocker:
        proc = subprocess.Popen([sys.executable, "-m", "desktop", str(SAMPLE)], cwd=ROOT, env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    out, err = proc.communicate(timeout=300)
    qtbot.wait(100)  # let the socket's last events run while the server still exists
    server.close()
    assert proc.returncode == 0, err
    assert "already running" in out
    assert blocker.args[0] == [str(SAMPLE.resolve())]


def test_stale_socket_is_replaced(qapp, tmp_path):
    import socket

    from desktop.ui.instance import InstanceServer, send_to_running

    path = str(tmp_path / "byline.sock")
    stale = socket.socket(socket.AF_UNIX)
    stale.bind(path)  # the file a crashed instance leaves behind: nobody listens on it
    stale.close()
    assert not send_to_running([], path)
    server = InstanceServer(path)
    assert server.start()


@pytest.fixture
def window(make_window):
    return make_window(size=(1100, 700))


def test_preferences_apply_live_and_persist(window, qtbot, make_window):
    from PySide6.QtGui import QColor

    from desktop.ui.preferences import Appearance
    from desktop.ui.reader import ReaderStyle

    with qtbot.waitSignal(window.analysis_finished, timeout=60_000):
        window.open_paths([str(SAMPLE)])
    view = window.current_view()
    appearance = Appearance("dark", ReaderStyle("DejaVu Sans", 16.0, 600), {"person": "#ff8800"})
    window.apply_appearance(appearance)
    assert view.document().defaultFont().pointSizeF() == 16.0
    varga = view.analysis.find_actor("Elena Varga").mentions[0].start
    assert view.cursor_for_span(varga, varga + 1).charFormat().foreground().color() == QColor("#ff8800")
    window.zoom(1)
    assert view.document().defaultFont().pointSizeF() == 17.0
    again = make_window()  # a second window on the same settings: a new session
    assert again._appearance.style.font_size == 17.0 and again._appearance.colours == {"person": "#ff8800"}
    assert again._appearance.theme == "dark"


def test_session_is_restored(window, qtbot, make_window):

    paths = [str(SAMPLE), str(SEEDS / "02_airline_strike.md")]
    open_files(qtbot, window, paths)
    window.show()
    qtbot.waitExposed(window)
    window.close()
    again = make_window()  # a second window on the same settings: a new session
    with qtbot.waitSignal(again.files_opened):
        assert again.restore_session()
    assert [v.article.source for v in again.views()] == [os.path.realpath(p) for p in paths]
    assert again._tabs.currentIndex() == 1


@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=["light", "dark"])
def test_every_highlight_colour_meets_wcag_aa(theme):
    """4.5:1 for normal text, for every pair the reader actually draws."""
    pairs = [(theme.text, theme.base), (theme.text, theme.quote_bg), (theme.text, theme.highlight_bg),
             (theme.muted, theme.base), (theme.muted, theme.window), (theme.accent, theme.window)]
    from desktop.notes import COLOURS

    assert set(theme.highlights) == set(COLOURS)
    on_highlight = theme.text if not theme.is_dark else "#f5f1e6"  # what the reader draws on them
    pairs += [(on_highlight, colour) for colour in theme.highlights.values()]
    from desktop.ui.theme import on_accent

    pairs.append((on_accent(theme), theme.accent))  # a selected row's text
    for kind, colour in theme.entity.items():
        pairs += [(colour, theme.base), (colour, theme.quote_bg), (colour, theme.entity_bg[kind])]
    for foreground, background in pairs:
        assert contrast_ratio(foreground, background) >= 4.5, (foreground, background)


def test_contrast_arithmetic():
    assert round(contrast_ratio("#000000", "#ffffff"), 1) == 21.0
    assert contrast_ratio("#777777", "#777777") == 1.0


def test_every_action_is_reachable_by_keyboard_and_named(window):
    from PySide6.QtWidgets import QAbstractItemView, QLineEdit

    rows = dict(window.shortcut_rows())
    for needed in ("Open", "Find in This Article", "Search All Articles", "Highlight Selection", "Export Notes", "Clear Actor Filter",
                   "Larger Text", "Preferences"):
        assert needed in rows, needed
    for widget in window.findChildren(QLineEdit) + window.findChildren(QAbstractItemView):
        if widget.isVisibleTo(window) and widget.focusPolicy():
            assert widget.accessibleName(), widget


def test_session_restores_tabs_and_scroll_positions_including_large_files(qtbot, make_window, tmp_path,
                                                                          monkeypatch):
    monkeypatch.setattr("desktop.analysis.MAX_ANALYSED_CHARS", 20_000)  # sessions are under test
    small = tmp_path / "small.txt"
    small.write_text("\n\n".join(f"Paragraph {n}: the harbour board met again." for n in range(400)),
                     encoding="utf-8")
    large = tmp_path / "large.txt"  # above the size that is read on a worker
    large.write_text("\n\n".join(f"Paragraph {n}: " + "the quay reopened. " * 40 for n in range(900)),
                     encoding="utf-8")
    first = make_window(show=True)
    open_files(qtbot, first, [small])
    open_files(qtbot, first, [large])
    for view, fraction in zip(first.views(), (0.5, 0.25)):
        qtbot.waitUntil(lambda v=view: v.verticalScrollBar().maximum() > 0)
        view.set_scroll_fraction(fraction)
    first.save_session()

    second = make_window(show=True)
    with qtbot.waitSignal(second.files_opened):
        assert second.restore_session()
    sources = [v.article.source for v in second.views()]
    assert sources == [str(small), str(large)]
    for view, fraction in zip(second.views(), (0.5, 0.25)):
        qtbot.waitUntil(lambda v=view, f=fraction: abs(v.scroll_fraction() - f) < 0.02, timeout=5_000)


def test_open_tabs_reach_the_settings_file_without_quitting(window, qtbot, tmp_path):
    """kill -9 runs no closeEvent: the session must be on disk shortly after each change."""
    from PySide6.QtCore import QSettings

    def on_disk():  # another reader of the file, as the next Byline after a crash would be
        record = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        return ([t["path"] for t in json.loads(str(record.value("session/tabs", "[]")))],
                int(record.value("session/current", -1)))

    paths = [str(SAMPLE), str(SEEDS / "02_airline_strike.md")]
    open_files(qtbot, window, paths)
    qtbot.waitUntil(lambda: on_disk() == ([os.path.realpath(p) for p in paths], 1))  # a write per burst
    with qtbot.waitSignal(window.session_saved):
        window._tabs.setCurrentIndex(0)
    assert on_disk()[1] == 0
    with qtbot.waitSignal(window.session_saved):
        window.close_tab(0)
    assert on_disk() == ([os.path.realpath(paths[1])], 0)


def test_a_restored_session_is_written_back_whole(make_window, qtbot, settings):
    settings.setValue("session/tabs", json.dumps([{"path": str(SAMPLE), "scroll": 0},
                                                  {"path": str(SEEDS / "02_airline_strike.md"), "scroll": 0}]))
    settings.setValue("session/current", 1)
    again = make_window()
    with qtbot.waitSignal(again.session_saved, timeout=20_000):
        assert again.restore_session()
    assert len(json.loads(str(settings.value("session/tabs")))) == 2 and int(settings.value("session/current")) == 1
