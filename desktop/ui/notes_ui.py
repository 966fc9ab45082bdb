"""Highlights and notes in the window: undoable edits, the Notes tab, export and import."""
from __future__ import annotations

import json
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
    QInputDialog, QLabel, QListView, QVBoxLayout, QWidget,
)

from ..export import FORMATS, ExportItem, export_files, write_atomic
from ..fsnames import display_name
from ..notes import NOTES_SCHEMA, Note, NotesStore, read_notes_export
from .theme import Theme

if TYPE_CHECKING:
    from .main_window import MainWindow
    from .reader import ArticleView

NOTE_ROLE = Qt.ItemDataRole.UserRole + 20
MAX_IMPORT_BYTES = 200 * 1024 * 1024
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
    def __init__(self, controller: "NotesController", before: Note, text: str) -> None:
        super().__init__("Edit note")
        self._c, self._before, self._text = controller, before, text

    def redo(self) -> None:
        self._c.store.update(self._before.id, note=self._text)
        self._c.changed(self._before.article_id)

    def undo(self) -> None:
        self._c.store.update(self._before.id, note=self._before.note)
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


class NotesPanel(QWidget):
    """The Notes tab: the current article's highlights, with their notes."""

    activated = Signal(object)  # Note
    edit = Signal(object)  # Note
    delete = Signal(object)  # Note

    def __init__(self, theme: Theme, parent=None) -> None:
        super().__init__(parent)
        self.status = QLabel("Select text in the article and press Ctrl+H to highlight it.", self)
        self.status.setWordWrap(True)
        self.status.setStyleSheet(f"color: {theme.muted}; padding: 6px 8px;")
        self.model = QStandardItemModel(self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setAccessibleName("Your highlights and notes")
        self.list.clicked.connect(lambda i: self.activated.emit(i.data(NOTE_ROLE)))
        self.list.activated.connect(lambda i: self.edit.emit(i.data(NOTE_ROLE)))
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.list, context=Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self._delete_current)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addWidget(self.list)

    def show_notes(self, notes: list[Note]) -> None:
        self.model.clear()
        for note in notes:
            label = f"“{textwrap.shorten(note.quote, 160, placeholder=' …')}”"
            if note.note:
                label += "\n" + note.note
            item = QStandardItem(label)
            item.setData(note, NOTE_ROLE)
            item.setToolTip("Click to go there, Enter or double-click to edit, Delete to remove")
            self.model.appendRow(item)
        self.status.setText(f"{len(notes)} highlight{'s' * (len(notes) != 1)} — Ctrl+H adds one, "
                            "Ctrl+Z undoes" if notes else
                            "Select text in the article and press Ctrl+H to highlight it.")

    def _delete_current(self) -> None:
        index = self.list.currentIndex()
        if index.isValid():
            self.delete.emit(index.data(NOTE_ROLE))


class NotesController(QObject):
    notes_changed = Signal(str)  # article id

    def __init__(self, window: "MainWindow", store: NotesStore, theme: Theme) -> None:
        super().__init__(window)
        self._window = window
        self.store = store
        self.undo_stack = QUndoStack(self)
        self.panel = NotesPanel(theme, window)
        self.panel.activated.connect(self._go_to)
        self.panel.edit.connect(lambda n: self.edit_note(n.id))
        self.panel.delete.connect(lambda n: self.delete_note(n.id))
        if store.warning:
            window.show_message("Notes", [store.warning])

    # ------------------------------------------------------------------ edits (undoable)
    def add_highlight(self, view: "ArticleView", start: int, end: int, note: str | None = None,
                      kind: str = "highlight") -> Note:
        article = view.article
        created = Note(article.id, start, end, article.text[start:end], note or "", article.source,
                       article.title, kind)
        self.undo_stack.push(_AddNote(self, created))
        return created

    def highlight_selection(self, ask_for_note: bool = False) -> Note | None:
        view = self._window.current_view()
        span = view.selected_span() if view is not None else None
        if span is None:
            self._window.statusBar().showMessage("Select some text in the article first.", 4000)
            return None
        text = None
        if ask_for_note:
            text, ok = QInputDialog.getMultiLineText(self._window, "Highlight with note", "Your note:")
            if not ok:
                return None
        return self.add_highlight(view, *span, note=text)

    def edit_note(self, note_id: str, text: str | None = None) -> None:
        note = self.store.get(note_id)
        if note is None:
            return
        if text is None:
            text, ok = QInputDialog.getMultiLineText(self._window, "Edit note",
                                                     f"Note on “{textwrap.shorten(note.quote, 60)}”:", note.note)
            if not ok:
                return
        if text != note.note:
            self.undo_stack.push(_EditNote(self, note, text))

    def delete_note(self, note_id: str) -> None:
        note = self.store.get(note_id)
        if note is not None:
            self.undo_stack.push(_DeleteNote(self, note))

    def keep(self, start: int, end: int, kind: str) -> None:
        """A quote or fact from the panel, kept into the notes with one click."""
        view = self._window.current_view()
        if view is not None:
            self.add_highlight(view, start, end, kind=kind)
            self._window.statusBar().showMessage(f"Kept the {kind} in your notes.", 3000)

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
        default = Path.home() / f"{_slug(chosen[0].article.title if len(chosen) == 1 else 'byline-export')}.{fmt}"
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

    def import_file(self, path: str) -> int:
        """Import the valid notes of a `byline.notes/1` file; list the others with the reason."""
        try:
            with open(path, "rb") as fh:
                raw = fh.read(MAX_IMPORT_BYTES + 1)
            if len(raw) > MAX_IMPORT_BYTES:
                raise ValueError(f"larger than {MAX_IMPORT_BYTES // 1_048_576} MB")
            report = read_notes_export(json.loads(raw.decode("utf-8")), self._text_length)
        except (OSError, ValueError, RecursionError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
            self._window.show_message("Import failed", [f"{display_name(path)}: {reason}"])
            return 0
        for note in report.notes:
            self.store.add(note)
        for article_id in {n.article_id for n in report.notes}:
            self.changed(article_id)
        summary = f"Imported {len(report.notes)} note{'s' * (len(report.notes) != 1)}"
        if report.skipped:
            shown = report.skipped[:20] + ([f"… and {len(report.skipped) - 20} more"] if len(report.skipped) > 20 else [])
            self._window.show_message(f"{summary}; {len(report.skipped)} skipped",
                                      [f"{summary} from {display_name(path)}; these were skipped:", *shown])
        self._window.statusBar().showMessage(f"{summary}." if not report.skipped else
                                             f"{summary}; {len(report.skipped)} skipped.", 6000)
        return len(report.notes)

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
                          f"{self.store.unsaved} edit(s) to your notes could not be saved "
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
            {"id": aid, "notes": [n.to_dict() for n in self.store.for_article(aid)]}
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


def _slug(text: str) -> str:
    import re

    return re.sub(r"[^\w\-]+", "-", text.lower()).strip("-")[:60] or "byline-export"
