"""Keyboard use of the window: context menus on the selected row, Esc never discards a note,
dialogs that fit a small screen, text that wraps after a zoom."""
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication

from .conftest import ROOT

SEED = ROOT / "seeds" / "03_drought_wheat_trial.html"


def _opened(make_window, qtbot, size=(1280, 800)):
    win = make_window(show=True, size=size)
    with qtbot.waitSignal(win.analysis_finished):
        win.open_paths([str(SEED)])
    return win


def _choose_first_action(monkeypatch, panel, name: str, shown: list):
    """The panel's menu `name` is "shown": its items recorded and the first picked, as with Enter."""
    build = getattr(panel, name)

    class Shown:
        def __init__(self, menu):
            self.menu = menu

        def exec(self, *args):
            shown.append([a.text() for a in self.menu.actions()])
            self.menu.actions()[0].trigger()

    monkeypatch.setattr(panel, name, lambda *args: (lambda m: m and Shown(m))(build(*args)))


def _menu_key(view) -> None:
    """The Menu key as Qt delivers it (the offscreen platform makes no context-menu event of the
    key itself): a keyboard context-menu event to the focused view, at its input-method cursor
    rectangle, in the view's own coordinates."""
    pos = view.inputMethodQuery(Qt.InputMethodQuery.ImCursorRectangle).center()
    QApplication.sendEvent(view, QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, pos, view.mapToGlobal(pos)))


def _select_actor_row(win, row: int) -> str:
    from desktop.ui.panel import ACTOR_ROLE

    view = win.panel.actor_view
    win.panel.tabs.setCurrentWidget(view)
    index = view.model().index(row, 0)
    view.setCurrentIndex(index)
    view.setFocus()
    return index.data(ACTOR_ROLE)


def test_menu_key_in_the_actor_list_acts_on_the_selected_row(make_window, qtbot, monkeypatch):
    win = _opened(make_window, qtbot)
    assert win.panel.actor_view.model().rowCount() >= 3
    chosen = _select_actor_row(win, 1)
    shown = []
    _choose_first_action(monkeypatch, win.panel, "actor_menu", shown)
    with qtbot.waitSignal(win.panel.actor_activated) as activated:
        _menu_key(win.panel.actor_view)
    assert shown and shown[0][0] == "Filter the article to this actor"
    assert activated.args[0] == chosen


def test_shift_f10_opens_the_same_menu_on_the_selected_row(make_window, qtbot, monkeypatch):
    win = _opened(make_window, qtbot)
    chosen = _select_actor_row(win, 2)
    _choose_first_action(monkeypatch, win.panel, "actor_menu", [])
    with qtbot.waitSignal(win.panel.actor_activated) as activated:
        QTest.keyClick(win.panel.actor_view, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    assert activated.args[0] == chosen


def test_menu_key_on_a_quote_row_keeps_that_quote(make_window, qtbot, monkeypatch):
    from desktop.ui.panel import SPAN_ROLE

    win = _opened(make_window, qtbot)
    view = win.panel.quote_view
    win.panel.tabs.setCurrentWidget(view)
    model = view.model()
    group = model.index(0, 0)
    assert model.rowCount(group) >= 1
    index = model.index(model.rowCount(group) - 1, 0, group)  # the last: a row below would be another group
    view.setCurrentIndex(index)
    view.setFocus()
    _choose_first_action(monkeypatch, win.panel, "keep_menu", [])
    with qtbot.waitSignal(win.panel.keep_requested) as kept:
        _menu_key(view)
    assert tuple(kept.args[:2]) == tuple(index.data(SPAN_ROLE))


def test_actor_across_the_library_uses_the_selected_actor_row(make_window, qtbot, monkeypatch):
    win = _opened(make_window, qtbot)
    chosen = _select_actor_row(win, 1)
    asked = []
    monkeypatch.setattr(win, "with_library_actors", lambda callback: asked.append(callback))
    win.show_actor_across_library()
    assert asked, win.statusBar().currentMessage()
    assert win.panel.selected_actor() == chosen


# ---------------------------------------------------------------------- 2. Esc never discards a typed note
def _note_dialog(qtbot, note=""):
    from desktop.ui.notes_ui import NoteDialog

    dialog = NoteDialog(None, "Highlight with note", "quoted text", note=note)
    qtbot.addWidget(dialog, before_close_func=NoteDialog.discard)  # a changed note would ask at teardown
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _answer(monkeypatch, button, asked: list):
    from desktop.ui import notes_ui

    def ask(parent):
        asked.append(parent)
        return button
    monkeypatch.setattr(notes_ui, "ask_about_unsaved_note", ask)


def test_esc_with_a_typed_note_asks_and_keep_editing_keeps_it(qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    dialog = _note_dialog(qtbot)
    asked = []
    _answer(monkeypatch, QMessageBox.StandardButton.Cancel, asked)
    QTest.keyClicks(dialog.editor, "my draft")
    QTest.keyClick(dialog.editor, Qt.Key.Key_Escape)
    assert asked and dialog.isVisible() and dialog.editor.toPlainText() == "my draft"
    dialog.discard()  # the explicit Cancel button: closing at teardown would ask again


def test_esc_with_a_typed_note_can_save_it(qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    dialog = _note_dialog(qtbot)
    _answer(monkeypatch, QMessageBox.StandardButton.Save, [])
    QTest.keyClicks(dialog.editor, "my draft")
    with qtbot.waitSignal(dialog.accepted):
        QTest.keyClick(dialog.editor, Qt.Key.Key_Escape)
    assert dialog.values()[0] == "my draft"


def test_esc_with_nothing_typed_just_closes(qtbot, monkeypatch):
    dialog = _note_dialog(qtbot, note="kept")
    asked = []
    _answer(monkeypatch, None, asked)
    with qtbot.waitSignal(dialog.rejected):
        QTest.keyClick(dialog.editor, Qt.Key.Key_Escape)
    assert not asked


def test_the_question_defaults_to_keep_editing(qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from desktop.ui.notes_ui import ask_about_unsaved_note

    seen = []

    def exec_(box):
        default, escape = box.defaultButton(), box.escapeButton()
        seen.append((default is escape, default.text()))
        return QMessageBox.StandardButton.Cancel
    monkeypatch.setattr(QMessageBox, "exec", exec_)
    assert ask_about_unsaved_note(None) == QMessageBox.StandardButton.Cancel
    assert seen == [(True, "Keep editing")]  # Enter and Esc on the question both keep the note


def test_esc_in_the_notes_list_editor_asks_before_dropping_a_typed_note(make_window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    win = _opened(make_window, qtbot)
    view = win.current_view()
    note = win.notes.add_highlight(view, 0, 20)
    assert note is not None
    listing = win.notes.panel.list
    index = win.notes.panel.proxy.index(0, 0)
    listing.setCurrentIndex(index)
    listing.edit(index)
    qtbot.waitUntil(lambda: listing.state() == listing.State.EditingState)
    editor = QApplication.focusWidget()
    asked = []
    _answer(monkeypatch, QMessageBox.StandardButton.Save, asked)
    QTest.keyClicks(editor, "typed in place")
    with qtbot.waitSignal(win.notes.undo_stack.indexChanged):  # the edit lands once the editor closed
        QTest.keyClick(editor, Qt.Key.Key_Escape)
    assert asked
    assert win.notes.store.get(note.id).note == "typed in place"
