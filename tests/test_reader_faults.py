"""Reader faults a tester found: reported speech is visible in the text, a speaker: search
opens at the speech, and highlights snap to whole words."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from .conftest import SEEDS, open_files

SAMPLE = SEEDS / "04_budget_statement.txt"


@pytest.fixture
def window(make_window, qtbot):
    window = make_window(show=True)
    open_files(qtbot, window, [SAMPLE])
    return window


def select_between(view, start, end):
    view.setTextCursor(view.cursor_for_span(start, end))


# ---------------------------------------------------------------------- 3. snapping
def test_ctrl_h_on_a_mid_word_selection_highlights_whole_words(window, qtbot):
    view = window.current_view()
    text = view.article.text
    at = text.index("budget for the people")
    select_between(view, at + 3, at + len("budget for the peo"))  # "get for the peo"
    view.setFocus()
    with qtbot.waitSignal(window.notes.notes_changed, timeout=10_000):
        QTest.keyClick(view, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    [note] = window.notes.store.for_article(view.article.id)
    assert (note.start, note.end) == (at, at + len("budget for the people"))
    assert note.quote == "budget for the people"


def test_a_drag_from_the_end_of_a_paragraph_does_not_take_its_last_word(window, qtbot):
    view = window.current_view()
    text = view.article.text
    first = next(p for p in view.article.paragraphs if text[p.start:p.end].startswith("Nwosu told"))
    nxt = view.article.paragraphs[view.article.paragraphs.index(first) + 1]
    select_between(view, first.end, nxt.start + len("The bas"))  # from the line's end into "basic"
    assert view.selected_span() == (nxt.start, nxt.start + len("The basic"))
