"""The note editor behaves and looks the same from every field (tester's findings): Ctrl+Enter
saves from the note, the tags and the colour alike, Esc cancels from each; the note is typed in
the reader's font, not a tiny one; the colour dots are visible in the light and dark themes."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop.colors import contrast_ratio
from desktop.notes import COLOURS
from desktop.ui.notes_ui import NoteDialog
from desktop.ui.reader import ReaderStyle
from desktop.ui.theme import DARK, LIGHT


@pytest.fixture
def dialog(qtbot):
    dialog = NoteDialog(None, "Edit note", "bank levy", note="first", tags=("budget",), theme=LIGHT,
                        style=ReaderStyle())
    qtbot.addWidget(dialog, before_close_func=NoteDialog.discard)  # a changed note would ask at teardown
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.mark.parametrize("field", ["editor", "tags", "colour"])
@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_ctrl_enter_saves_from_every_field(dialog, qtbot, field, key):
    widget = getattr(dialog, field)
    widget.setFocus()
    if field == "tags":
        QTest.keyClicks(dialog.tags, ", to check")
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        QTest.keyClick(widget, key, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == NoteDialog.DialogCode.Accepted
    assert dialog.values() == ("first", "yellow", ("budget", "to-check") if field == "tags" else ("budget",))


@pytest.mark.parametrize("field", ["editor", "tags", "colour"])
def test_escape_cancels_from_every_field(dialog, qtbot, field):
    getattr(dialog, field).setFocus()
    with qtbot.waitSignal(dialog.rejected, timeout=5000):
        QTest.keyClick(getattr(dialog, field), Qt.Key.Key_Escape)


def test_enter_in_the_note_is_a_new_line_and_the_dialog_stays_open(dialog):
    dialog.editor.setFocus()
    QTest.keyClick(dialog.editor, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.editor.toPlainText() == "first\n"


def test_the_tags_field_shows_the_tags_as_they_will_be_saved(dialog, qtbot):
    dialog.tags.setFocus()
    dialog.tags.setText("budget, to check #EU / trade")
    dialog.colour.setFocus()  # leaving the field
    qtbot.waitUntil(lambda: dialog.tags.text() == "budget, to-check, EU/trade", timeout=5000)


@pytest.mark.parametrize("size", [12.5, 16.0])
def test_the_note_is_typed_in_the_readers_font(qtbot, size):
    style = ReaderStyle(font_size=size)
    dialog = NoteDialog(None, "Edit note", "bank levy", theme=LIGHT, style=style)
    qtbot.addWidget(dialog, before_close_func=NoteDialog.discard)  # a changed note would ask at teardown
    for widget in (dialog.editor, dialog.tags):
        assert widget.font().pointSizeF() >= size * 0.85, widget
    assert dialog.editor.font().pointSizeF() == size
    assert dialog.editor.font().family() == style.font_family


def test_the_inline_note_editor_uses_the_readers_font_too(make_window, qtbot):
    from .test_note_drafts import editing_a_note

    _, _, editor = editing_a_note(lambda: make_window(show=True), qtbot)
    assert editor.font().pointSizeF() == ReaderStyle().font_size
    assert editor.font().family() == ReaderStyle().font_family


@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=["light", "dark"])
@pytest.mark.parametrize("colour", COLOURS)
def test_colour_dots_stand_out_from_the_window_and_the_list(theme, colour):
    fill, ring = theme.mark(colour)
    for background in (theme.window, theme.base):
        # WCAG 2.1 SC 1.4.11: 3:1 for a graphic's edge against what is around it
        assert max(contrast_ratio(fill, background), contrast_ratio(ring, background)) >= 3.0, (fill, ring, background)


@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=["light", "dark"])
def test_the_dots_in_the_dialog_are_painted_in_their_mark_colours(qtbot, theme):
    dialog = NoteDialog(None, "Edit note", "x", theme=theme, style=ReaderStyle())
    qtbot.addWidget(dialog, before_close_func=NoteDialog.discard)  # a changed note would ask at teardown
    for i, colour in enumerate(COLOURS):
        image = dialog.colour.itemIcon(i).pixmap(12, 12).toImage()
        centre = image.pixelColor(6, 6)
        edge = image.pixelColor(1, 6)
        assert centre.name() == theme.mark(colour)[0]
        assert centre.alpha() == 255 and edge.alpha() > 0
