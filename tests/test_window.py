from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent, QImage
from PySide6.QtWidgets import QFileDialog

from desktop.loaders import load_article
from desktop.ui.reader import OffsetMap
from desktop.ui.theme import DARK, LIGHT

from .conftest import SEEDS, open_files

SAMPLE = sorted(SEEDS.glob("*.txt"))[0]


@pytest.fixture
def window(make_window):
    return make_window()


def test_opens_files_from_command_line(window, qtbot):
    batch = open_files(qtbot, window, [SAMPLE, SEEDS / "03_drought_wheat_trial.html"])
    assert [a.format for a in batch.articles] == ["text", "html"]
    assert len(window.views()) == 2
    assert window.current_view().article.format == "html"
    assert window.recent_files()[0].endswith("03_drought_wheat_trial.html")


def test_open_action_uses_file_dialog(window, monkeypatch, qtbot):
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(SAMPLE)], ""))
    with qtbot.waitSignal(window.files_opened):
        window.open_action.trigger()
    assert window.current_view().article.source.endswith(SAMPLE.name)


def test_drop_opens_files(window, qtbot):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(SEEDS / "02_airline_strike.md"))])
    event = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.files_opened):
        window.dropEvent(event)
    assert window.current_view().article.format == "markdown"


def test_bad_file_reports_error_and_keeps_others(window, tmp_path, qtbot):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    failed = []
    window.load_failed.connect(lambda path, message: failed.append((path, message)))
    batch = open_files(qtbot, window, [bad, SAMPLE])
    assert failed == [(str(bad), batch.failures[0])] and "empty" in batch.failures[0]
    assert [a.source for a in batch.articles] == [str(SAMPLE)]
    assert len(window.views()) == 1
    assert "empty" in window.statusBar().currentMessage()


def test_same_file_twice_is_one_tab(window, qtbot):
    open_files(qtbot, window, [SAMPLE, SAMPLE])
    assert open_files(qtbot, window, [SAMPLE]).articles == []
    with qtbot.waitSignals([window.files_opened] * 2):  # both asked before either is read
        window.open_paths([str(SEEDS / "02_airline_strike.md")])
        window.open_paths([str(SEEDS / "02_airline_strike.md")])
    assert len(window.views()) == 2


def test_document_text_matches_article_through_offset_map(window, qtbot):
    open_files(qtbot, window, [SEEDS / "02_airline_strike.md"])
    view = window.current_view()
    article = view.article
    for p in article.paragraphs:
        cursor = view.cursor_for_span(p.start, p.end)
        assert cursor.selectedText() == article.text[p.start:p.end]
        assert view.offsets.to_article(view.offsets.to_doc(p.start + 1)) == p.start + 1


def test_offset_map_round_trip():
    article = load_article(SAMPLE)
    omap = OffsetMap(article, body_base=40)
    for p in article.paragraphs:
        for offset in (p.start, (p.start + p.end) // 2, p.end):
            assert omap.to_article(omap.to_doc(offset)) == offset
    assert omap.to_article(3) is None


@pytest.mark.parametrize("theme", [LIGHT, DARK])
def test_screenshot_is_not_blank(make_window, tmp_path, theme, qtbot):
    win = make_window(theme=theme, size=(900, 600))
    open_files(qtbot, win, [SAMPLE])
    win.show()
    out = tmp_path / "shot.png"
    assert win.grab().save(str(out))
    image = QImage(str(out))
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert image.width() == 900 and len(colours) > 20  # text, not a flat fill


def test_screenshot_command(tmp_path):
    import subprocess
    import sys

    out = tmp_path / "cli.png"
    result = subprocess.run(
        [sys.executable, "-m", "desktop", str(SAMPLE), "--screenshot", str(out), "--size", "900x600",
         "--theme", "dark"], capture_output=True, text=True, timeout=120,
        cwd=Path(__file__).resolve().parents[1],
    )
    assert result.returncode == 0, result.stderr
    assert QImage(str(out)).size().width() == 900


def test_empty_hint_shows_only_when_no_article_is_open(make_window, qtbot):
    window = make_window(show=True)
    hint = window._empty_hint
    assert hint.isVisible() and hint.mapTo(window, QPoint(0, 0)).y() > window.menuBar().height()
    window.open_paths([str(SAMPLE)])
    qtbot.waitUntil(lambda: len(window.views()) == 1)
    assert not hint.isVisible() and window.current_view().isVisible()
    window.close_tab(0)
    qtbot.waitUntil(lambda: not window.views())
    assert hint.isVisible()
