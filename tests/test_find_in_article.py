"""Find in this article (Ctrl+F) is apart from the library search (Ctrl+K); both are in F1."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest

from desktop.search import find_in_text

from .conftest import SEEDS, open_files

SAMPLE = SEEDS / "04_budget_statement.txt"


@pytest.mark.parametrize("text, needle, expected", [
    ("Zoë met ZOE and zoey.", "zoe", ["Zoë", "ZOE", "zoe"]),
    ("the bank  levy and the bank\nlevy", "bank levy", ["bank  levy", "bank\nlevy"]),
    ("nothing here", "absent", []),
    ("anything", "   ", []),
])
def test_find_in_text(text, needle, expected):
    assert [text[a:b] for a, b in find_in_text(text, needle)] == expected


def test_ctrl_f_finds_in_the_article_and_ctrl_k_searches_the_library(make_window, qtbot):
    window = make_window(show=True)
    open_files(qtbot, window, [SAMPLE])
    view = window.current_view()
    with qtbot.waitActive(window):
        window.activateWindow()
    view.setFocus()
    QTest.keySequence(view, QKeySequence("Ctrl+F"))
    assert window.find_bar.isVisible() and window.find_bar.edit.hasFocus()
    QTest.keyClicks(window.find_bar.edit, "levy")
    total = view.article.text.lower().count("levy")
    assert total >= 2 and len(view.search_hits) == total
    assert window.find_bar.count.text() == f"1 of {total}"
    QTest.keyClick(window.find_bar.edit, Qt.Key.Key_Return)
    assert window.find_bar.count.text() == f"2 of {total}"
    QTest.keyClick(window.find_bar.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert window.find_bar.count.text() == f"1 of {total}"
    QTest.keyClick(window.find_bar.edit, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible() and view.search_hits == []
    QTest.keySequence(view, QKeySequence("Ctrl+K"))
    assert window.library.bar.hasFocus()
    rows = dict(window.shortcut_rows())
    assert rows["Find in This Article"] == QKeySequence("Ctrl+F").toString(QKeySequence.SequenceFormat.NativeText)
    assert rows["Search All Articles"] == "Ctrl+K"
    assert rows["Fold Unrelated Paragraphs"] == "Ctrl+Shift+F"
    sequences = [seq for _name, seq in window.shortcut_rows()]
    assert len(sequences) == len(set(sequences)), "two actions share a shortcut"
