"""Small faults of a user test: Ctrl with the keypad's + / - / 0 did not zoom."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop.ui.reader import ReaderStyle

KEYPAD_CTRL = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.KeypadModifier


@pytest.mark.parametrize("key, change", [(Qt.Key.Key_Plus, 1), (Qt.Key.Key_Minus, -1)])
def test_keypad_zooms_like_the_main_keys(make_window, qtbot, key, change):
    win = make_window(show=True)
    with qtbot.waitActive(win):
        win.activateWindow()
    before = win._style.font_size
    QTest.keyClick(win, key, KEYPAD_CTRL)
    assert (win._style.font_size - before) * change > 0
    QTest.keyClick(win, Qt.Key.Key_0, KEYPAD_CTRL)
    assert win._style.font_size == ReaderStyle.font_size  # the normal size again


@pytest.mark.parametrize("title, shown", [
    ("Council sets the budget", "Council sets the budget"),
    ("Council\n  sets\tthe budget", "Council sets the budget"),
    ("word " * 40, None),
    ("x" * 200, "x" * 79 + "…"),
])
def test_short_title(title, shown):
    from desktop.ui.main_window import TITLE_CHARS, short_title

    out = short_title(title)
    assert len(out) <= TITLE_CHARS and "\n" not in out
    if shown is not None:
        assert out == shown
    else:
        assert out.endswith("…") and out[:-1].split() == ["word"] * len(out[:-1].split())


def test_a_tab_titled_with_a_whole_text_is_shortened(make_window, qtbot, tmp_path):
    from desktop.article import article_from_text

    from desktop.ui.main_window import TITLE_CHARS

    win = make_window()
    long_title = "An untitled page whose first line runs on " * 20
    win._add_article(article_from_text("The council met.", long_title), "k")
    tab = win._tabs.tabText(0)
    assert len(tab) <= TITLE_CHARS and tab.endswith("…")
    assert len(win.windowTitle()) < TITLE_CHARS + 20
    qtbot.waitUntil(lambda: win.analyses_pending() == 0, timeout=120_000)
