"""Notes in the window: the note dialog, editing in the Notes tab, colours, tags, filters and
the marker in the text (issue 20, item 10 and "beyond")."""
import pytest
from PySide6.QtCore import QRect, QSize, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPlainTextEdit

from desktop.ui.notes_ui import NoteDialog, place_beside
from desktop.ui.theme import LIGHT

from .conftest import SEEDS, open_files

SAMPLE = SEEDS / "04_budget_statement.txt"


@pytest.fixture
def window(make_window, qtbot):
    window = make_window(show=True)
    open_files(qtbot, window, [SAMPLE])
    return window


def select(view, needle):
    start = view.article.text.index(needle)
    view.setTextCursor(view.cursor_for_span(start, start + len(needle)))
    return start, start + len(needle)


def test_the_note_dialog_sits_beside_the_selection_wraps_and_saves_on_ctrl_enter(window, qtbot):
    view = window.current_view()
    span = select(view, "income tax for the lowest earners")
    seen = []

    def answer(dialog):  # called before exec(): act once its event loop runs
        QTimer.singleShot(0, lambda: type_into(dialog))

    def type_into(dialog):
        seen.append(dialog)
        assert not dialog.frameGeometry().intersects(view.span_rect(*span))
        assert dialog.editor.lineWrapMode() == QPlainTextEdit.LineWrapMode.WidgetWidth
        QTest.keyClicks(dialog.editor, "first line")
        QTest.keyClick(dialog.editor, Qt.Key.Key_Return)  # Enter: a new line, not "save"
        assert dialog.isVisible()
        QTest.keyClicks(dialog.editor, "second line")
        dialog.colour.setCurrentIndex(dialog.colour.findData("green"))
        dialog.tags.setText("budget, to check")
        QTest.keyClick(dialog.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    window.notes.dialog_opened.connect(answer)
    note = window.notes.highlight_selection(ask_for_note=True)
    assert seen and note is not None
    assert (note.note, note.colour, note.tags) == ("first line\nsecond line", "green", ("budget", "to-check"))
    fmt = view.cursor_for_span(span[0], span[0] + 1).charFormat()
    assert fmt.background().color() == QColor(LIGHT.highlight("green"))
    assert [n.id for n, _rect in view.note_marker_rects()] == [note.id]  # the margin marker


@pytest.mark.parametrize("avoid, expected", [
    (QRect(100, 100, 300, 20), (100, 131)),  # room below: below (bottom() is 119)
    (QRect(100, 700, 300, 20), (100, 388)),  # none below: above
])
def test_place_beside_never_covers_the_span(avoid, expected):
    screen = QRect(0, 0, 1280, 800)
    corner = place_beside(avoid, QSize(440, 300), screen)
    assert (corner.x(), corner.y()) == expected
    assert not QRect(corner, QSize(440, 300)).intersects(avoid)


def test_a_note_is_edited_in_place_in_the_notes_tab_and_undone(window, qtbot):
    view = window.current_view()
    select(view, "bank levy")
    note = window.notes.highlight_selection()
    panel = window.notes.panel
    window.panel.tabs.setCurrentWidget(panel)
    index = panel.proxy.index(0, 0)
    panel.list.setCurrentIndex(index)
    panel.list.setFocus()
    QTest.keyClick(panel.list, Qt.Key.Key_Return)  # Enter edits in place
    editor = panel.list.findChild(QPlainTextEdit)
    assert editor is not None and editor.isVisible()
    QTest.keyClicks(editor, "ask about the model")
    with qtbot.waitSignal(window.notes.notes_changed):
        QTest.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.notes.store.get(note.id).note == "ask about the model"
    assert "ask about the model" in panel.proxy.index(0, 0).data()
    window.notes.undo_stack.undo()
    assert window.notes.store.get(note.id).note == ""


def test_the_notes_tab_filters_by_colour_kind_and_tag(window, qtbot):
    view = window.current_view()
    with qtbot.waitSignal(window.analysis_finished, timeout=60_000):
        pass
    select(view, "bank levy")
    levy = window.notes.highlight_selection()
    window.notes.edit_note(levy.id, colour="pink", tags=("banks",))
    select(view, "income tax")
    window.notes.highlight_selection()
    quote = next(q for q in view.analysis.quotes if q.kind == "direct")
    window.notes.keep(quote.start, quote.end, "quote")
    panel = window.notes.panel
    assert panel.proxy.rowCount() == 3
    panel.colour_filter.setCurrentIndex(panel.colour_filter.findData("pink"))
    assert panel.proxy.rowCount() == 1 and "1 of 3" in panel.status.text()
    panel.colour_filter.setCurrentIndex(0)
    panel.kind_filter.setCurrentIndex(panel.kind_filter.findData("quote"))
    assert panel.proxy.rowCount() == 1 and "—" in panel.proxy.index(0, 0).data()  # with its speaker
    panel.kind_filter.setCurrentIndex(0)
    panel.tag_filter.setText("#bank")
    assert [panel.proxy.index(r, 0).data(0x0100 + 20).id for r in range(panel.proxy.rowCount())] == [levy.id]
    window.notes.undo_stack.undo()  # the keep
    window.notes.undo_stack.undo()  # the second highlight
    window.notes.undo_stack.undo()  # the colour and tags
    assert window.notes.store.get(levy.id).colour == "yellow"


def test_note_dialog_escape_cancels(qtbot):
    dialog = NoteDialog(None, "Edit note", "quoted text", note="kept")
    qtbot.addWidget(dialog, before_close_func=NoteDialog.discard)  # a changed note would ask at teardown
    dialog.show()
    QTest.keyClick(dialog.editor, Qt.Key.Key_Escape)
    assert dialog.result() == 0 and not dialog.isVisible()
