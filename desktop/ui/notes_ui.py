"""Highlights and notes in the window: undoable edits, the Notes tab, export and import."""
from __future__ import annotations

import json
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent, QModelIndex, QObject, QPersistentModelIndex, QPoint, QRect, QSize, QSortFilterProxyModel, Qt, QTimer, Signal,
)
from PySide6.QtGui import (
    QFont, QKeySequence, QShortcut, QStandardItem, QStandardItemModel, QTextCursor, QUndoCommand, QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QListView, QMenu, QMessageBox, QPlainTextEdit, QStyledItemDelegate, QVBoxLayout, QWidget,
)

from ..export import FORMATS, ExportItem, export_files, suggested_export_name, write_atomic
from ..fsnames import display_name
from ..loaders import LoadError, read_regular_file
from ..notes import (
    COLOURS, NOTES_SCHEMA, Note, NotesStore, canonical_tag, hashtag, parse_tags, plan_import, read_notes_export,
)
from ..wording import counted
from .context_menu import install_context_menu
from .panel import colour_dot
from .tasks import run_in_background
from .theme import LIGHT, Theme

if TYPE_CHECKING:
    from .main_window import MainWindow
    from .reader import ArticleView, ReaderStyle

NOTE_ROLE = Qt.ItemDataRole.UserRole + 20
MAX_IMPORT_BYTES = 200 * 1024 * 1024
DRAFT_DELAY_MS = 1000  # a note being typed is kept as a draft this long after the last key
FORMAT_LABELS = {"md": "Markdown (Obsidian front matter)", "html": "HTML (one self-contained page)",
                 "json": "JSON (byline.notes/1, can be imported back)"}


class _AddNote(QUndoCommand):
    def __init__(self, controller: "NotesController", note: Note) -> None:
        super().__init__(f"Highlight “{textwrap.shorten(note.quote, 30, placeholder='…')}”")
        self._c, self._note = controller, note

    def redo(self) -> None:
        self._c.store.add(self._note)
        self._c.changed(self._note.article_id)

    def undo(self) -> None:
        self._c.store.delete(self._note.id)
        self._c.changed(self._note.article_id)


class _EditNote(QUndoCommand):
    """A change to a highlight's note, colour or tags."""

    def __init__(self, controller: "NotesController", before: Note, **changes) -> None:
        super().__init__("Edit note" if set(changes) == {"note"} else "Edit highlight")
        self._c, self._before, self._changes = controller, before, changes

    def redo(self) -> None:
        self._c.store.update(self._before.id, **self._changes)
        self._c.changed(self._before.article_id)

    def undo(self) -> None:
        self._c.store.update(self._before.id, **{k: getattr(self._before, k) for k in self._changes})
        self._c.changed(self._before.article_id)


class _DeleteNote(QUndoCommand):
    def __init__(self, controller: "NotesController", note: Note) -> None:
        super().__init__("Delete highlight")
        self._c, self._note = controller, note

    def redo(self) -> None:
        self._c.store.delete(self._note.id)
        self._c.changed(self._note.article_id)

    def undo(self) -> None:
        self._c.store.add(self._note)
        self._c.changed(self._note.article_id)


KIND_NAMES = {"highlight": "Highlight", "quote": "Quote", "reported": "Reported statement", "fact": "Fact"}


class NotesFilter(QSortFilterProxyModel):
    """The Notes tab's filter: colour, kind and tag (any part of a tag, ignoring case)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.colour = ""
        self.kind = ""
        self.tag = ""

    def set_filter(self, colour: str = "", kind: str = "", tag: str = "") -> None:
        self.beginFilterChange()
        # the query in the tags' own form: "to check" finds "to-check"
        self.colour, self.kind, self.tag = colour, kind, canonical_tag(tag).casefold()
        self.endFilterChange()

    def filterAcceptsRow(self, row: int, parent) -> bool:  # noqa: N802
        note = self.sourceModel().index(row, 0, parent).data(NOTE_ROLE)
        if note is None:
            return True
        return ((not self.colour or note.colour == self.colour) and (not self.kind or note.kind == self.kind)
                and (not self.tag or any(self.tag in t.casefold() for t in note.tags)))


class _NoteEditor(QPlainTextEdit):
    """A wrapping editor: Enter is a new line, Ctrl+Enter saves, Esc cancels."""

    save = Signal()
    cancel = Signal()

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.save.emit()
        elif event.key() == Qt.Key.Key_Escape:
            self.cancel.emit()
        else:
            super().keyPressEvent(event)


def ask_about_unsaved_note(parent) -> QMessageBox.StandardButton:
    """Esc (or closing) with a typed note: Save, Discard or Cancel (= keep editing, the default,
    so a second Esc or Enter never throws the note away)."""
    box = QMessageBox(QMessageBox.Icon.Question, "Unsaved note", "Save the note you typed?",
                      QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                      | QMessageBox.StandardButton.Cancel, parent)
    box.button(QMessageBox.StandardButton.Cancel).setText("Keep editing")
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    return QMessageBox.StandardButton(box.exec())


class _NoteDelegate(QStyledItemDelegate):
    """Edits a row's note in place (the row shows the highlight and the note; only the note
    is edited). The edit goes to the controller as an undoable command, not into the model."""

    edited = Signal(str, str)  # note id, new text
    drafted = Signal(str, str)  # note id, text typed so far (after a pause in typing)
    draft_done = Signal(str)  # note id: its editor closed (saved or given up)
    style: "ReaderStyle | None" = None  # the reader's typography: the note is typed in its font

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.closeEditor.connect(self._closed)

    def createEditor(self, parent, option, index):  # noqa: N802
        editor = _NoteEditor(parent)
        # What is typed goes to a draft after a pause, so a crash or kill -9 cannot lose it.
        pause = QTimer(editor, singleShot=True, interval=DRAFT_DELAY_MS)
        pause.timeout.connect(lambda: self._drafted(editor))
        editor.textChanged.connect(pause.start)
        editor.setFont(note_font(self.style))
        editor.setAccessibleName("Edit the note (Ctrl+Enter saves, Esc cancels)")
        editor.setPlaceholderText("Your note — Ctrl+Enter saves, Esc cancels")
        editor.setTabChangesFocus(True)
        editor.save.connect(lambda: self._finish(editor, True))
        editor.cancel.connect(lambda: self._cancel(editor))
        return editor

    def eventFilter(self, editor, event) -> bool:  # noqa: N802
        # QStyledItemDelegate reverts on Esc before the editor sees the key: ask first instead
        if isinstance(editor, _NoteEditor) and event.type() == QEvent.Type.KeyPress \
                and event.key() == Qt.Key.Key_Escape:
            self._cancel(editor)
            return True
        return super().eventFilter(editor, event)

    def _cancel(self, editor: "_NoteEditor") -> None:
        if editor.toPlainText() != editor.property("initial_note"):
            answer = ask_about_unsaved_note(editor)
            if answer == QMessageBox.StandardButton.Cancel:
                editor.setFocus()
                return
            self._finish(editor, answer == QMessageBox.StandardButton.Save)
            return
        self._finish(editor, False)

    def _drafted(self, editor) -> None:
        note_id = editor.property("note_id")
        if note_id and editor.toPlainText() != editor.property("initial_note"):
            self.drafted.emit(note_id, editor.toPlainText())

    def _closed(self, editor, _hint=None) -> None:
        if editor.property("note_id"):
            self.draft_done.emit(editor.property("note_id"))

    def _finish(self, editor, save: bool) -> None:
        if save:
            self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor, index) -> None:  # noqa: N802
        note = index.data(NOTE_ROLE)
        editor.setPlainText(note.note if note else "")
        editor.setProperty("initial_note", editor.toPlainText())
        editor.setProperty("note_id", note.id if note else "")
        editor.moveCursor(QTextCursor.MoveOperation.End)

    def setModelData(self, editor, model, index) -> None:  # noqa: N802
        note = index.data(NOTE_ROLE)
        if note is not None and editor.toPlainText() != note.note:
            self.edited.emit(note.id, editor.toPlainText())

    def updateEditorGeometry(self, editor, option, index) -> None:  # noqa: N802
        rect = option.rect
        rect.setHeight(max(rect.height(), editor.fontMetrics().lineSpacing() * 4 + 12))
        editor.setGeometry(rect)


class NotesPanel(QWidget):
    """The Notes tab: the current article's highlights with their notes, filterable by colour,
    kind and tag; a note is edited in place (Enter or F2; Ctrl+Enter saves)."""

    activated = Signal(object)  # Note
    edit = Signal(object)  # Note: the full editor (note, colour, tags)
    delete = Signal(object)  # Note
    recolour = Signal(object, str)  # Note, colour

    def __init__(self, theme: Theme, parent=None) -> None:
        super().__init__(parent)
        self._theme = theme
        self.status = QLabel("Select text in the article and press Ctrl+H to highlight it.", self)
        self.status.setWordWrap(True)
        self.status.setStyleSheet(f"color: {theme.muted}; padding: 6px 8px;")
        self.colour_filter = QComboBox(self)
        self.colour_filter.setAccessibleName("Show highlights of this colour")
        self.colour_filter.addItem("All colours", "")
        for colour in COLOURS:
            self.colour_filter.addItem(colour_dot(theme, colour), colour.capitalize(), colour)
        self.kind_filter = QComboBox(self)
        self.kind_filter.setAccessibleName("Show highlights of this kind")
        self.kind_filter.addItem("All kinds", "")
        for kind, name in KIND_NAMES.items():
            self.kind_filter.addItem(name + "s", kind)
        self.tag_filter = QLineEdit(self)
        self.tag_filter.setPlaceholderText("Tag…")
        self.tag_filter.setClearButtonEnabled(True)
        self.tag_filter.setAccessibleName("Show highlights with this tag")
        self.model = QStandardItemModel(self)
        self.proxy = NotesFilter(self)
        self.proxy.setSourceModel(self.model)
        self.list = QListView(self)
        self.list.setModel(self.proxy)
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.list.setUniformItemSizes(False)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.delegate = _NoteDelegate(self.list)
        self.list.setItemDelegate(self.delegate)
        self.list.setAccessibleName("Your highlights and notes")
        self.list.clicked.connect(lambda i: self.activated.emit(i.data(NOTE_ROLE)))
        self.list.activated.connect(self.list.edit)  # Enter edits the note in place
        install_context_menu(self.list, self._menu)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.list, context=Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self._delete_current)
        for combo in (self.colour_filter, self.kind_filter):
            combo.currentIndexChanged.connect(self._apply_filter)
        self.tag_filter.textChanged.connect(self._apply_filter)
        filters = QHBoxLayout()
        filters.setContentsMargins(6, 4, 6, 2)
        filters.addWidget(self.colour_filter)
        filters.addWidget(self.kind_filter)
        filters.addWidget(self.tag_filter, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.status)
        layout.addLayout(filters)
        layout.addWidget(self.list)
        self._notes: list[Note] = []

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.status.setStyleSheet(f"color: {theme.muted}; padding: 6px 8px;")
        for i, colour in enumerate(COLOURS, start=1):
            self.colour_filter.setItemIcon(i, colour_dot(theme, colour))
        self.show_notes(self._notes)

    def show_notes(self, notes: list[Note]) -> None:
        self._notes = list(notes)
        self.model.clear()
        for note in notes:
            lines = [f"“{textwrap.shorten(note.quote, 160, placeholder=' …')}”"]
            if note.kind == "reported":  # the reporter's words: say so, and whose claim it is
                lines[0] = textwrap.shorten(note.quote, 160, placeholder=" …")
                lines.append(f"— reported statement by {note.speaker or 'an unknown speaker'}")
            elif note.kind == "quote":
                lines.append(f"— {note.speaker or 'unknown speaker'}")
            elif note.kind == "fact":
                lines.append("— fact")
            if note.note:
                lines.append(note.note)
            if note.tags:
                lines.append(" ".join(hashtag(t) for t in note.tags))
            item = QStandardItem(colour_dot(self._theme, note.colour, 14), "\n".join(lines))
            item.setData(note, NOTE_ROLE)
            item.setToolTip("Click to go there · Enter or double-click edits the note (Ctrl+Enter saves) · "
                            "right-click for colour and tags · Delete removes it")
            self.model.appendRow(item)
        self._update_status()

    def _apply_filter(self) -> None:
        self.proxy.set_filter(self.colour_filter.currentData() or "", self.kind_filter.currentData() or "",
                              self.tag_filter.text())
        self._update_status()

    def _update_status(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        if not total:
            self.status.setText("Select text in the article and press Ctrl+H to highlight it.")
            return
        noun = "highlight" if total == 1 else "highlights"
        counted = f"{shown} of {total} {noun} shown" if shown != total else f"{total} {noun}"
        self.status.setText(f"{counted} — Ctrl+H adds one, Enter edits a note, Ctrl+Z undoes")

    def _menu(self, index, at) -> None:
        note = index.data(NOTE_ROLE)
        if note is None:
            return
        index = QPersistentModelIndex(index)  # the list may change while the menu is open
        menu = QMenu(self.list)
        menu.addAction("Edit note here\tEnter", lambda: index.isValid() and self.list.edit(QModelIndex(index)))
        menu.addAction("Edit note, colour and tags…", lambda: self.edit.emit(note))
        colours = menu.addMenu("Colour")
        for colour in COLOURS:
            action = colours.addAction(colour_dot(self._theme, colour), colour.capitalize(),
                                       lambda c=colour: self.recolour.emit(note, c))
            action.setCheckable(True)
            action.setChecked(note.colour == colour)
        menu.addSeparator()
        menu.addAction("Delete highlight\tDelete", lambda: self.delete.emit(note))
        menu.exec(at)

    def _delete_current(self) -> None:
        index = self.list.currentIndex()
        if index.isValid():
            self.delete.emit(index.data(NOTE_ROLE))


def note_font(style: "ReaderStyle | None") -> QFont:
    """The font a note is typed in: the reader's family and size, so a note reads like the
    article it is about (not the small interface font)."""
    from .reader import ReaderStyle

    style = style or ReaderStyle()
    font = QFont(style.font_family)
    font.setStyleHint(QFont.StyleHint.Serif)
    font.setPointSizeF(style.font_size)
    return font


class NoteDialog(QDialog):
    """A note, its colour and tags. It opens beside the selection, never over it; the note
    wraps and is typed in the reader's font. Every field behaves alike: Ctrl+Enter saves and
    Esc cancels from the note, the colour and the tags (Enter is a new line in the note only)."""

    def __init__(self, parent, title: str, quote: str, note: str = "", colour: str = "yellow",
                 tags: tuple[str, ...] = (), avoid=None, theme: Theme | None = None,
                 style: "ReaderStyle | None" = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        theme = theme or LIGHT
        reading = note_font(style)
        interface = QFont(self.font())  # labels, the colour, the tags, buttons: in proportion
        interface.setPointSizeF(max(interface.pointSizeF(), reading.pointSizeF() * 0.85))
        self.setFont(interface)
        layout = QVBoxLayout(self)
        shown = QLabel(f"“{textwrap.shorten(quote, 200, placeholder=' …')}”", self)
        shown.setWordWrap(True)
        quote_font = QFont(reading)
        quote_font.setItalic(True)
        shown.setFont(quote_font)
        shown.setStyleSheet(f"color: {theme.muted};")
        layout.addWidget(shown)
        self.editor = _NoteEditor(self)
        self.editor.setFont(reading)
        self.editor.setPlainText(note)
        self.editor.moveCursor(QTextCursor.MoveOperation.End)  # editing a note goes on from its end
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.editor.setPlaceholderText("Your note (Enter: new line · Ctrl+Enter: save)")
        self.editor.setAccessibleName("Your note")
        self.editor.setTabChangesFocus(True)
        self.editor.save.connect(self.accept)
        self.editor.cancel.connect(self.reject)
        layout.addWidget(self.editor, 1)
        form = QFormLayout()
        self.colour = QComboBox(self)
        self.colour.setAccessibleName("Highlight colour")
        for name in COLOURS:
            self.colour.addItem(colour_dot(theme, name, 14), name.capitalize(), name)
        self.colour.setIconSize(QSize(14, 14))
        self.colour.setCurrentIndex(max(0, self.colour.findData(colour)))
        self.tags = QLineEdit(", ".join(tags), self)
        self.tags.setPlaceholderText("budget, to check")
        self.tags.setAccessibleName("Tags, separated by commas")
        self.tags.setToolTip("Tags, separated by commas; spaces become hyphens (“to check” → #to-check), "
                             "as in the exports")
        # the tags as they will be saved, once the user leaves the field
        self.tags.editingFinished.connect(lambda: self.tags.setText(", ".join(parse_tags(self.tags.text()))))
        form.addRow("Colour", self.colour)
        form.addRow("Tags", self.tags)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip("Ctrl+Enter")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.discard)  # the Cancel button is an explicit choice: no question
        layout.addWidget(buttons)
        self._initial = self.values()
        # Ctrl+Enter saves from any field, not only from the note (QDialog itself takes only a
        # plain Enter, and a line edit or a combo box ignores Ctrl+Enter).
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        metrics = self.editor.fontMetrics()
        self.resize(max(460, metrics.averageCharWidth() * 56), max(320, metrics.lineSpacing() * 8 + 190))
        self.editor.setFocus()
        if avoid is not None:
            self.move(place_beside(avoid, self.size(), self.screen().availableGeometry()))

    def values(self) -> tuple[str, str, tuple[str, ...]]:
        return self.editor.toPlainText(), self.colour.currentData(), parse_tags(self.tags.text())

    def changed(self) -> bool:
        """Whether the note, colour or tags differ from what the dialog opened with."""
        return self.values() != self._initial

    def reject(self) -> None:
        """Esc or closing the window: never throws typed work away without asking."""
        if self.changed():
            answer = ask_about_unsaved_note(self)
            if answer == QMessageBox.StandardButton.Save:
                self.accept()
                return
            if answer != QMessageBox.StandardButton.Discard:
                self.editor.setFocus()
                return  # keep editing
        super().reject()

    def discard(self) -> None:
        super().reject()


def place_beside(avoid: QRect, size: QSize, screen: QRect) -> QPoint:
    """Top-left corner for a window of `size` that does not cover `avoid` (global coordinates):
    below it if there is room, else above, else beside it; always inside `screen`."""
    x = min(max(screen.left(), avoid.left()), screen.right() - size.width())
    gap = 12
    if avoid.bottom() + gap + size.height() <= screen.bottom():
        return QPoint(x, avoid.bottom() + gap)
    if avoid.top() - gap - size.height() >= screen.top():
        return QPoint(x, avoid.top() - gap - size.height())
    y = min(max(screen.top(), avoid.top()), screen.bottom() - size.height())
    if avoid.right() + gap + size.width() <= screen.right():
        return QPoint(avoid.right() + gap, y)
    return QPoint(max(screen.left(), avoid.left() - gap - size.width()), y)


class NotesController(QObject):
    notes_changed = Signal(str)  # article id
    dialog_opened = Signal(object)  # NoteDialog, before it runs (tests and tours answer it)
    notes_imported = Signal(int)  # notes an import_file added (0: nothing new, or it failed)

    def __init__(self, window: "MainWindow", store: NotesStore, theme: Theme,
                 style: "ReaderStyle | None" = None) -> None:
        super().__init__(window)
        self._window = window
        self.store = store
        self.undo_stack = QUndoStack(self)
        self.colour = "yellow"  # the colour new highlights get (one of notes.COLOURS)
        self.import_message = ""  # what the last import said (the status bar shows it for a while)
        self._theme = theme
        self.panel = NotesPanel(theme, window)
        self.style = style
        self.panel.delegate.style = style
        self.panel.activated.connect(self._go_to)
        self.panel.edit.connect(lambda n: self.edit_note(n.id))
        self.panel.delete.connect(lambda n: self.delete_note(n.id))
        self.panel.recolour.connect(lambda n, c: self.edit_note(n.id, colour=c))
        # An edit in the list rebuilds the list: let the editor close first.
        self.panel.delegate.edited.connect(
            lambda note_id, text: QTimer.singleShot(0, lambda: self.edit_note(note_id, text)))
        self.panel.delegate.drafted.connect(self._keep_draft)
        self.panel.delegate.draft_done.connect(self.store.drop_draft)
        if store.warning:
            window.show_message("Notes", [store.warning])

    # ------------------------------------------------------------------ drafts
    draft_saved = Signal(str)  # note id: the text typed into it so far is kept against a crash

    def _keep_draft(self, note_id: str, text: str) -> None:
        if self.store.save_draft(note_id, text):
            self.draft_saved.emit(note_id)

    def offer_drafts(self, ask=None) -> int:
        """Edits of notes that were being typed when Byline last stopped without saving them
        (a crash, kill -9): each is offered back, as a word processor offers its recovered
        documents. Restoring is an ordinary, undoable edit; the saved note is never changed
        unasked. `ask(note, text, changed_since) -> "restore" | "discard" | "later"`; without
        it a dialog asks, or (a window that may not ask) they are kept for the next start.
        Returns how many were restored."""
        drafts = self.store.drafts()
        if ask is None:
            if not self._window._interactive:
                return 0
            ask = self._ask_about_draft
        restored = 0
        for note, text, changed in drafts:
            answer = ask(note, text, changed)
            if answer == "restore":
                self.edit_note(note.id, text)
                restored += 1
            if answer in ("restore", "discard"):
                self.store.drop_draft(note.id)
        if restored:
            self._window.statusBar().showMessage(
                f"Restored {counted(restored, 'unsaved note edit')} (Edit ▸ Undo takes {'it' if restored == 1 else 'them'} back).", 10_000)
        return restored

    def _ask_about_draft(self, note: Note, text: str, changed: bool) -> str:
        box = QMessageBox(QMessageBox.Icon.Question, "Unsaved note recovered",
                          f"Byline stopped while you were typing a note on “{textwrap.shorten(note.quote, 80)}” "
                          f"({note.title or 'an article'}). Your unsaved text:\n\n{textwrap.shorten(text, 400)}"
                          + ("\n\nThe saved note was changed after you began this edit." if changed else "")
                          + f"\n\nThe saved note says:\n\n{textwrap.shorten(note.note, 400) or '(nothing)'}",
                          parent=self._window)
        restore = box.addButton("Restore My Text", QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton("Discard It", QMessageBox.ButtonRole.DestructiveRole)
        later = box.addButton("Ask Me Later", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restore)
        box.setEscapeButton(later)
        box.exec()
        return {restore: "restore", discard: "discard"}.get(box.clickedButton(), "later")

    # ------------------------------------------------------------------ edits (undoable)
    def add_highlight(self, view: "ArticleView", start: int, end: int, note: str | None = None,
                      kind: str = "highlight", speaker: str = "", colour: str | None = None) -> Note:
        article = view.article
        created = Note(article.id, start, end, article.text[start:end], note or "", article.source,
                       article.title, kind, speaker=speaker, colour=colour or self.colour)
        self.undo_stack.push(_AddNote(self, created))
        return created

    def highlight_selection(self, ask_for_note: bool = False) -> Note | None:
        view = self._window.current_view()
        span = view.selected_span() if view is not None else None
        if span is None:
            self._window.statusBar().showMessage("Select some text in the article first.", 4000)
            return None
        if not ask_for_note:
            return self.add_highlight(view, *span)
        return self.highlight_with_note(view, *span)

    def highlight_with_note(self, view: "ArticleView", start: int, end: int) -> Note | None:
        dialog = self._dialog("Highlight with note", view.article.text[start:end], colour=self.colour,
                              avoid=view.span_rect(start, end))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        text, colour, tags = dialog.values()
        self.colour = colour  # the next highlight gets the colour chosen last
        article = view.article
        created = Note(article.id, start, end, article.text[start:end], text, article.source, article.title,
                       colour=colour, tags=tags)
        self.undo_stack.push(_AddNote(self, created))
        return created

    def set_appearance(self, theme: Theme, style: "ReaderStyle") -> None:
        """The window's theme and reader typography changed: the dots, the list and the next
        editor follow."""
        self._theme, self.style = theme, style
        self.panel.delegate.style = style
        self.panel.set_theme(theme)

    def _dialog(self, title: str, quote: str, **values) -> NoteDialog:
        dialog = NoteDialog(self._window, title, quote, theme=self._theme, style=self.style, **values)
        self.dialog_opened.emit(dialog)
        return dialog

    def edit_note(self, note_id: str, text: str | None = None, colour: str | None = None,
                  tags: tuple[str, ...] | None = None) -> None:
        """Change a note's text, colour or tags (undoable); with none given, ask in the dialog."""
        note = self.store.get(note_id)
        if note is None:
            return
        if text is None and colour is None and tags is None:
            view = self._window.current_view()
            avoid = view.span_rect(note.start, note.end) if view is not None and view.article.id == note.article_id \
                else None
            dialog = self._dialog("Edit note", note.quote, note=note.note, colour=note.colour, tags=note.tags,
                                  avoid=avoid)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            text, colour, tags = dialog.values()
        changes = {k: v for k, v in (("note", text), ("colour", colour), ("tags", tags))
                   if v is not None and v != getattr(note, k)}
        if changes:
            self.undo_stack.push(_EditNote(self, note, **changes))

    def delete_note(self, note_id: str) -> None:
        note = self.store.get(note_id)
        if note is not None:
            self.undo_stack.push(_DeleteNote(self, note))

    def keep(self, start: int, end: int, kind: str) -> Note | None:
        """A quote or fact from the panel, kept into the notes with one click. A quote keeps
        its speaker and whether it is the speaker's words or the reporter's (reported speech)."""
        view = self._window.current_view()
        if view is None:
            return None
        speaker = ""
        if kind == "quote" and view.analysis is not None:
            quote = next((q for q in view.analysis.quotes if (q.start, q.end) == (start, end)), None)
            if quote is not None:
                actor = view.analysis.actor(quote.speaker.actor_id) if quote.speaker.actor_id else None
                speaker = actor.name if actor else (quote.speaker.text or "")
                kind = "quote" if quote.kind == "direct" else "reported"
                # a kept reported statement keeps its cue: "denied that …", never the bare claim
                start, end = quote.span_with_cue(view.article.text)
        kept = self.add_highlight(view, start, end, kind=kind, speaker=speaker)
        what = {"quote": "quote", "reported": "reported statement", "fact": "fact"}.get(kind, kind)
        self._window.statusBar().showMessage(
            f"Kept the {what}" + (f" by {speaker}" if speaker else "") + " in your notes.", 3000)
        return kept

    # ------------------------------------------------------------------ display
    def changed(self, article_id: str) -> None:
        for view in self._window.views():
            if view.article.id == article_id:
                view.set_notes(self.store.for_article(article_id))
        current = self._window.current_view()
        if current is not None and current.article.id == article_id:
            self.panel.show_notes(self.store.for_article(article_id))
        if self.store.warning:
            self._window.statusBar().showMessage(self.store.warning, 15_000)
        self.notes_changed.emit(article_id)

    def show_for(self, view: "ArticleView | None") -> None:
        if view is None:
            self.panel.show_notes([])
            return
        notes = self.store.for_article(view.article.id)
        view.set_notes(notes)
        self.panel.show_notes(notes)

    def _go_to(self, note: Note) -> None:
        view = self._window.current_view()
        if view is not None and note is not None:
            view.flash(note.start, note.end)

    # ------------------------------------------------------------------ export / import
    def export_items(self, views: list["ArticleView"], follow_filter: bool) -> list[ExportItem]:
        return [ExportItem(v.article, v.analysis, self.store.for_article(v.article.id),
                           v.actor_filter if follow_filter else set()) for v in views]

    def export_dialog(self) -> None:
        views = self._window.views()
        if not views:
            self._window.statusBar().showMessage("Open an article to export it.", 4000)
            return
        dialog = ExportDialog(len(views), bool(self._window.current_view().actor_filter), self._window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        fmt, scope_all, follow, full_text = dialog.choices()
        chosen = views if scope_all else [self._window.current_view()]
        default = Path.home() / suggested_export_name([v.article for v in chosen], fmt)
        path, _ = QFileDialog.getSaveFileName(self._window, "Export notes", str(default),
                                              f"{FORMAT_LABELS[fmt]} (*.{fmt})")
        if not path:
            return
        try:
            written = export_files(self.export_items(chosen, follow), fmt, path, full_text)
        except OSError as exc:
            self._window.show_message("Export failed", [f"{path}: {exc.strerror or exc}"])
            return
        self._window.statusBar().showMessage(f"Exported to {written[0]}", 8000)

    def import_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self._window, "Import notes", str(Path.home()),
                                              "Byline notes (*.json)")
        if path:
            self.import_file(path)

    def import_file(self, path: str) -> None:
        """Import the valid notes of a `byline.notes/1` file; list the others with the reason.
        The file is read and checked on a worker (a regular file of at most MAX_IMPORT_BYTES: a
        pipe or a device is refused before any read, as for articles); `notes_imported(count)`
        follows on the GUI thread, with the count of notes added (0 when none or it failed)."""
        texts = {view.article.id: view.article.text for view in self._window.views()}
        store = getattr(self._window.library, "store", None)

        def article_text(article_id: str) -> str | None:  # worker side: no widget touched
            if article_id in texts:
                return texts[article_id]
            article = store.article(article_id) if store is not None and article_id in store else None
            return article.text if article is not None else None

        def read():
            raw = read_regular_file(path, MAX_IMPORT_BYTES, "notes files")
            return read_notes_export(json.loads(raw.decode("utf-8")), article_text=article_text)

        def failed(exc: Exception) -> None:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
            line = str(exc) if isinstance(exc, LoadError) else f"{display_name(path)}: {reason}"
            self._window.show_message("Import failed", [line])
            self.import_message = f"Import failed: {line}"
            self.notes_imported.emit(0)

        run_in_background(read, lambda report: self._imported(path, report), failed)

    def _imported(self, path: str, report) -> None:
        # Only what is new or differs from the store counts as imported: importing the same
        # file twice says so instead of claiming to have added its notes again.
        # A new id over words a note already covers would be a second highlight there: skipped.
        notes = report.notes
        plan = plan_import(notes, self.store)
        fresh, same = plan.fresh, plan.same
        for note in fresh:
            self.store.add(note)
        for article_id in {n.article_id for n in fresh}:
            self.changed(article_id)
        if not notes:
            summary = f"{display_name(path)} holds no notes that could be imported: nothing was imported"
        elif not fresh and not plan.duplicates:
            summary = ("Nothing new: that note is already in your notes" if len(notes) == 1 else
                       f"Nothing new: all {counted(len(notes), 'note')} are already in your notes")
        else:
            summary = (f"Imported {counted(len(fresh), 'note')}"
                       + (f" ({same} already in your notes)" if same else ""))
        # What the import changed or left out, besides invalid notes (listed below).
        if plan.duplicates:
            summary += f"; {counted(len(plan.duplicates), 'duplicate')} skipped"
        if report.unknown_colours:
            summary += f"; {counted(len(report.unknown_colours), 'colour')} unknown: used yellow"
        if report.moved:  # its offsets did not hold its quote: it went to where the words are
            summary += f"; {counted(len(report.moved), 'note')} moved to {'its' if len(report.moved) == 1 else 'their'} quoted words"
        if report.skipped:
            shown = report.skipped[:20] + ([f"… and {len(report.skipped) - 20} more"] if len(report.skipped) > 20 else [])
            self._window.show_message(f"{summary}; {len(report.skipped)} skipped",
                                      [f"{summary} from {display_name(path)}; these were skipped:", *shown])
        message = f"{summary}." if not report.skipped else f"{summary}; {len(report.skipped)} skipped."
        self._window.statusBar().showMessage(message, 8000)
        self.import_message = message
        self.notes_imported.emit(len(fresh))

    def _text_length(self, article_id: str) -> int | None:
        """Length of an article Byline holds (open or in the library), to check offsets."""
        for view in self._window.views():
            if view.article.id == article_id:
                return len(view.article.text)
        store = getattr(self._window.library, "store", None)
        article = store.article(article_id) if store is not None and article_id in store else None
        return len(article.text) if article is not None else None

    # ------------------------------------------------------------------ quitting
    def confirm_quit(self, interactive: bool) -> bool:
        """Before the window closes: write what is unsaved. If the store still cannot be
        written the edits are in a recovery file (restored at the next start); if not even
        that worked, the user chooses: export them elsewhere, quit anyway, or stay."""
        if self.store.flush() or self.store.recovery_file is not None or not interactive:
            return True
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, "Unsaved notes",
                          f"{counted(self.store.unsaved, 'edit')} to your notes could not be saved "
                          f"({self.store.warning or 'the store cannot be written'}).\n\n"
                          "Export them to a file somewhere else before quitting?", parent=self._window)
        export = box.addButton("Export…", QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton("Quit Without Saving", QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(export)
        box.exec()
        if box.clickedButton() is discard:
            return True
        if box.clickedButton() is export:
            return self._export_unsaved()
        return False

    def _export_unsaved(self) -> bool:
        path, _ = QFileDialog.getSaveFileName(self._window, "Export unsaved notes",
                                              str(Path.home() / "byline-unsaved-notes.json"),
                                              "Byline notes (*.json)")
        if not path:
            return False
        data = {"schema": NOTES_SCHEMA, "articles": [
            {"id": aid, "notes": [n.to_export_dict() for n in self.store.for_article(aid)]}
            for aid in sorted({n.article_id for n in self.store.all()})]}
        try:
            write_atomic(path, json.dumps(data, ensure_ascii=False, indent=1) + "\n")
        except OSError as exc:
            self._window.show_message("Export failed", [f"{display_name(path)}: {exc.strerror or exc}"])
            return False
        return True


class ExportDialog(QDialog):
    def __init__(self, open_articles: int, filtered: bool, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export notes")
        form = QFormLayout(self)
        self.format = QComboBox(self)
        for key in FORMATS:
            self.format.addItem(FORMAT_LABELS[key], key)
        self.scope = QComboBox(self)
        self.scope.addItem("This article", False)
        if open_articles > 1:
            self.scope.addItem(f"All {open_articles} open articles (one file)", True)
        self.follow = QCheckBox("Only what concerns the filtered actor", self)
        self.follow.setChecked(filtered)
        self.follow.setEnabled(filtered)
        self.full_text = QCheckBox("Include the full text (Markdown)", self)
        form.addRow("Format", self.format)
        form.addRow("Articles", self.scope)
        form.addRow("", self.follow)
        form.addRow("", self.full_text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def choices(self) -> tuple[str, bool, bool, bool]:
        return (self.format.currentData(), bool(self.scope.currentData()), self.follow.isChecked(),
                self.full_text.isChecked())
