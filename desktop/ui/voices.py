"""Across the library: one actor's roles and quotes everywhere, and who gets a voice."""
from __future__ import annotations

import html
import json
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSettings, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeySequence, QPainter, QShortcut, QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
    QFrame, QMessageBox, QPushButton, QScrollArea, QSizePolicy, QSplitter, QTableWidget, QTableWidgetItem,
    QTextBrowser, QVBoxLayout, QWidget,
)

from ..export import write_atomic
from ..library_actors import Entry, Library, Voice, voices_csv
from ..wording import counted
from .sort_header import use_sort_header
from .screen_fit import fit_to_screen
from .tasks import run_in_background
from .theme import Theme

if TYPE_CHECKING:
    from .main_window import MainWindow


MERGE_CHOICES = 500


def load_choices(settings: QSettings) -> list[tuple[str, str, str]]:
    """The user's merges and splits, in the order they were made."""
    try:
        data = json.loads(str(settings.value("library/actor_overrides", "[]")))
    except ValueError:
        return []
    return [tuple(x) for x in data if isinstance(x, list) and len(x) == 3] if isinstance(data, list) else []


def save_override(settings: QSettings, kind: str, pair: tuple[str, str]) -> None:
    choices = load_choices(settings) + [(kind, *pair)]
    settings.setValue("library/actor_overrides", json.dumps(choices))


def remove_override(settings: QSettings, kind: str, pair: tuple[str, str]) -> None:
    """Take back the latest such choice (undo)."""
    choices = load_choices(settings)
    wanted = (kind, *pair)
    for i in range(len(choices) - 1, -1, -1):
        if tuple(choices[i]) == wanted:
            del choices[i]
            break
    settings.setValue("library/actor_overrides", json.dumps(choices))


class ActorChoice(QUndoCommand):
    """A merge or split of library actors: remembered in the settings, undone with Ctrl+Z
    (the window's one undo stack, shared with highlight edits)."""

    def __init__(self, window: "MainWindow", kind: str, pair: tuple[str, str], label: str) -> None:
        super().__init__(label)
        self._window, self._kind, self._pair = window, kind, tuple(pair)

    def redo(self) -> None:
        save_override(self._window.settings(), self._kind, self._pair)
        library = self._window.library_actors()
        if library is not None:  # applied at once to the table on screen …
            (library.merge if self._kind == "merge" else library.split)(*self._pair)
        self._window.actor_choices_changed.emit()

    def undo(self) -> None:
        # … but a merge cannot be taken apart in place: the table is built again without it.
        remove_override(self._window.settings(), self._kind, self._pair)
        self._window.actor_choices_changed.emit()


def build_library(entries: list[Entry], settings: QSettings) -> Library:
    return Library(entries, load_choices(settings))


class VoicesChart(QWidget):
    """Horizontal bars: quotes per speaker, coloured by actor type, words as a label."""

    def __init__(self, theme: Theme, parent=None) -> None:
        super().__init__(parent)
        self._theme = theme
        self._voices: list[Voice] = []
        self.setMinimumHeight(220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName("Chart of quotes per speaker")

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.update()

    def set_voices(self, voices: list[Voice], limit: int = 15) -> None:
        self._voices = voices[:limit]
        self.setMinimumHeight(40 + 26 * max(1, len(self._voices)))
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        theme = self._theme
        painter.fillRect(self.rect(), QColor(theme.base))
        if not self._voices:
            painter.setPen(QColor(theme.muted))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, "Nobody is quoted here yet.")
            return
        font = QFont(self.font())
        painter.setFont(font)
        label_w = min(220, max(painter.fontMetrics().horizontalAdvance(v.name) for v in self._voices) + 16)
        top, row = 14, 26
        most = max(v.quotes for v in self._voices)
        width = max(40, self.width() - label_w - 110)
        for i, voice in enumerate(self._voices):
            y = top + i * row
            painter.setPen(QColor(theme.text))
            name = painter.fontMetrics().elidedText(voice.name, Qt.TextElideMode.ElideRight, label_w - 10)
            painter.drawText(QRectF(0, y, label_w - 8, row - 6), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, name)
            bar = width * voice.quotes / most
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(theme.entity.get(voice.type, theme.accent)))
            painter.drawRoundedRect(QRectF(label_w, y + 3, max(2.0, bar), row - 12), 3, 3)
            painter.setPen(QColor(theme.muted))
            painter.drawText(QRectF(label_w + bar + 6, y, 110, row - 6), Qt.AlignmentFlag.AlignVCenter,
                             f"{voice.quotes} · {counted(voice.words, 'word')}")
        painter.end()


class _Ranked(QTableWidgetItem):
    def __lt__(self, other: QTableWidgetItem) -> bool:
        return self.data(Qt.ItemDataRole.UserRole) < other.data(Qt.ItemDataRole.UserRole)


class VoicesDialog(QDialog):
    shown = Signal(int)  # speakers shown, once counted on a worker (for tests)

    def __init__(self, window: "MainWindow", theme: Theme) -> None:
        super().__init__(window)
        self.setWindowTitle("Voices — who is quoted")
        self._seq = 0
        self._window = window
        self._voices: list[Voice] = []
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.scope = QComboBox(self)
        self.scope.addItem("This article", "current")
        self.scope.addItem("Open articles", "open")
        self.scope.addItem("The whole library", "all")
        self.scope.currentIndexChanged.connect(self.refresh)
        self.summary = QLabel(self)
        top.addWidget(QLabel("Articles:", self))
        top.addWidget(self.scope)
        top.addWidget(self.summary, 1)
        layout.addLayout(top)
        # The chart (top 15) scrolls within its share; the table below always shows a dozen rows.
        self.chart = VoicesChart(theme, self)
        chart_area = QScrollArea(self)
        chart_area.setWidgetResizable(True)
        chart_area.setFrameShape(QFrame.Shape.NoFrame)
        chart_area.setWidget(self.chart)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(chart_area)
        self.splitter = splitter
        self.table = QTableWidget(0, 5, self)
        use_sort_header(self.table)
        self.table.setHorizontalHeaderLabels(["Speaker", "Type", "Quotes", "Words", "Articles"])
        self.table.setSortingEnabled(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName("Speakers")
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        row_height = self.table.verticalHeader().defaultSectionSize()
        self.table.setMinimumHeight(self.table.horizontalHeader().sizeHint().height() + 8 * row_height + 4)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        export = QPushButton("Export CSV…", self)
        export.clicked.connect(self._export)
        buttons.addButton(export, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.buttons = buttons
        fit_to_screen(self, 820, 820)  # less on a small screen: the chart and table scroll
        self.refresh()

    def set_theme(self, theme: Theme) -> None:
        self.chart.set_theme(theme)

    def refresh(self) -> None:
        self.summary.setText("Gathering speakers across the library…")
        self._window.with_library_actors(self._show)

    def _show(self, library) -> None:
        scope = self.scope.currentData()
        if scope == "current":
            view = self._window.current_view()
            keys = [self._window.key_of(view)] if view is not None else []
        elif scope == "open":
            keys = [self._window.key_of(v) for v in self._window.views()]
        else:
            keys = None
        self._seq += 1
        seq = self._seq
        run_in_background(lambda: library.voices(keys), lambda voices: self._fill(seq, voices),
                          self._window.report_background_error)

    def _fill(self, seq: int, voices: list[Voice]) -> None:
        if seq != self._seq:
            return  # the scope changed meanwhile
        self._voices = voices
        self.chart.set_voices(self._voices)
        # The whole chart when it fits in half the room, the table the rest (at least 8 rows).
        total = sum(self.splitter.sizes()) or self.height()
        chart = min(self.chart.minimumHeight() + 4, max(total // 2, total - self.table.minimumHeight()))
        self.splitter.setSizes([chart, max(self.table.minimumHeight(), total - chart)])
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(self._voices))
        for row, v in enumerate(self._voices):  # the chart's order: quotes, then words, then name
            for col, value in enumerate((v.name, v.type, v.quotes, v.words, v.articles)):
                item = _Ranked()
                item.setData(Qt.ItemDataRole.DisplayRole, value)
                key = value.lower() if isinstance(value, str) else value
                item.setData(Qt.ItemDataRole.UserRole, (key, -row))  # ties keep the chart's order
                if not isinstance(value, str):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)  # by quotes, like the chart
        people = sum(v.quotes for v in self._voices if v.type == "person")
        total = sum(v.quotes for v in self._voices) or 1
        self.summary.setText(f"{counted(len(self._voices), 'speaker')} · "
                             f"{counted(total if self._voices else 0, 'attributed quote')} · "
                             f"people {100 * people // total}%, organisations and others {100 - 100 * people // total}%")
        self.shown.emit(len(self._voices))

    def _export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Export voices", str(Path.home() / "voices.csv"), "CSV (*.csv)")
        if path:
            write_atomic(path, voices_csv(self._voices))


class ActorDialog(QDialog):
    open_quote = Signal(str, int, int)  # article key, start, end
    rendered = Signal(str)  # library actor id whose view is shown (for tests)
    refreshed = Signal()  # shown again after a merge, a split or their undo

    def __init__(self, window: "MainWindow", lib_id: str, settings: QSettings) -> None:
        super().__init__(window)
        self._window, self._settings = window, settings
        self._seq = 0
        self.setWindowTitle("Across the library")
        self.resize(720, 640)
        layout = QVBoxLayout(self)
        self.body = QTextBrowser(self)
        self.body.setOpenLinks(False)
        self.body.anchorClicked.connect(self._follow)
        self.body.setAccessibleName("Actor across the library")
        layout.addWidget(self.body)
        # Merging and splitting change what the library believes: each is a deliberate choice
        # (nothing preselected, no default button, a confirmation) and Ctrl+Z takes it back.
        row = QHBoxLayout()
        self.others = QComboBox(self)
        self.others.setAccessibleName("Actor to merge with")
        self.others.setPlaceholderText("Same as… (choose an actor)")
        self.merge_button = QPushButton("Merge…", self)
        self.merge_button.setToolTip("The chosen actor is the same real-world entity: join them (Ctrl+Z undoes)")
        self.merge_button.clicked.connect(self._merge)
        row.addWidget(self.others, 1)
        row.addWidget(self.merge_button)
        self.members = QComboBox(self)
        self.members.setAccessibleName("Article whose mention to split off")
        self.members.setPlaceholderText("Not the same in… (choose an article)")
        self.split_button = QPushButton("Split off…", self)
        self.split_button.setToolTip("This article's mention is someone else: make it its own actor (Ctrl+Z undoes)")
        self.split_button.clicked.connect(self._split)
        row.addWidget(self.members, 1)
        row.addWidget(self.split_button)
        close = QPushButton("Close", self)
        close.clicked.connect(self.accept)
        row.addWidget(close)
        for button in (self.merge_button, self.split_button, close):
            button.setAutoDefault(False)  # Enter must never merge or split
            button.setDefault(False)
        self.others.currentIndexChanged.connect(self._update_buttons)
        self.members.currentIndexChanged.connect(self._update_buttons)
        layout.addLayout(row)
        stack = window.notes.undo_stack
        QShortcut(QKeySequence.StandardKey.Undo, self, stack.undo)
        QShortcut(QKeySequence("Ctrl+Shift+Z"), self, stack.redo)
        window.actor_choices_changed.connect(self._choices_changed)
        self.show_actor(lib_id)

    def _update_buttons(self) -> None:
        self.merge_button.setEnabled(self.others.currentIndex() >= 0)
        self.split_button.setEnabled(self.members.currentIndex() >= 0)

    def _choices_changed(self) -> None:
        self._window.with_library_actors(self._refresh)

    def _refresh(self, library) -> None:
        if self._lib_id in library.actors:
            self.show_actor(self._lib_id)
        self.refreshed.emit()

    def show_actor(self, lib_id: str) -> None:
        """The choices at once; the body (quotes and roles read from every article the actor is
        in — thousands for a frequent one) from a worker."""
        library = self._window.library_actors()
        self._lib_id = lib_id
        self._seq += 1
        seq = self._seq
        a = library.actors[lib_id]
        self.body.setHtml(f"<h2>{html.escape(a.name)}</h2><p style='color:gray'>Gathering what they said "
                          f"in {len({k for k, _ in a.members}):,} articles…</p>")
        run_in_background(lambda: library.view(lib_id), lambda view: self._render(seq, view),
                          self._window.report_background_error)
        self._fill_choices(library, a)

    def _render(self, seq: int, view) -> None:
        if seq != self._seq:
            return  # another actor (or a merge or split) since
        a, e = view.actor, html.escape
        parts = [f"<h2>{e(a.name)}</h2><p style='color:gray'>{e(a.type)}"
                 + (f" · also {e(', '.join(sorted(a.aliases)))}" if a.aliases else "")
                 + f" · in {counted(len(view.articles), 'article')}</p>"]
        if view.roles:
            parts.append("<h3>Roles</h3><ul>" + "".join(
                f"<li>{e(role)} <span style='color:gray'>— {e(title)}{', ' + e(date) if date else ''}</span></li>"
                for role, title, date in view.roles) + "</ul>")
        parts.append(f"<h3>Quotes ({len(view.quotes)})</h3>")
        for r in view.quotes:
            link = f"quote:{json.dumps([r.key, r.quote.start, r.quote.end])}"
            words = "<br>".join(e(" ".join(p.split())) for p in r.quote.display_paragraphs())
            parts.append(f"<p>{words}<br><a href='{e(link)}'>"
                         f"{e(r.date or 'undated')} · {e(r.title)}</a></p>")
        if view.reported:
            parts.append(f"<h3>Reported statements ({len(view.reported)})</h3><ul>" + "".join(
                f"<li>{'<br>'.join(e(p) for p in r.quote.display_paragraphs())} "
                f"<span style='color:gray'>— {e(r.title)}</span></li>"
                for r in view.reported) + "</ul>")
        if view.co_mentioned:
            parts.append("<h3>Often mentioned with</h3><p>" + ", ".join(
                f"{e(name)} ({n})" for name, n in view.co_mentioned) + "</p>")
        parts.append("<h3>Articles</h3><ul>" + "".join(
            f"<li>{e(title)}{' — ' + e(date) if date else ''}</li>" for _, title, date in view.articles) + "</ul>")
        self.body.setHtml("".join(parts))
        self.rendered.emit(a.id)

    def _fill_choices(self, library, a) -> None:
        lib_id = a.id
        self.others.clear()
        # The most-present actors of the same type (a library of 50,000 articles has hundreds
        # of thousands of actors: a list of all of them would be unusable and slow to build).
        same = [o for o in library.actors.values() if o.id != lib_id and o.type == a.type]
        same = sorted(same, key=lambda x: -len(x.members))[:MERGE_CHOICES]
        for other in sorted(same, key=lambda x: x.name.lower()):
            self.others.addItem(other.name, other.id)
        self.others.setCurrentIndex(-1)  # nothing chosen until the user chooses
        self.members.clear()
        if len(a.members) > 1:
            for key, local in a.members:
                entry = library.entries[key]
                local_name = next((x.name for x in entry.actors if x.id == local), local)
                self.members.addItem(f"{local_name} — {entry.title[:40]}", [key, local])
        self.members.setCurrentIndex(-1)
        self.members.setEnabled(self.members.count() > 0)
        self._update_buttons()

    def _confirm(self, title: str, text: str, action: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, self)
        ok = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is ok

    def _merge(self) -> None:
        other = self.others.currentData()
        if not other:
            return
        name, other_name = self._window.library_actors().actors[self._lib_id].name, self.others.currentText()
        if not self._confirm("Merge actors", f"Treat “{other_name}” as the same as “{name}” in every "
                             "article? Ctrl+Z undoes it.", "Merge"):
            return
        self._window.notes.undo_stack.push(
            ActorChoice(self._window, "merge", (self._lib_id, other), f"Merge {other_name} into {name}"))

    def _split(self) -> None:
        member = self.members.currentData()
        if not member:
            return
        label = self.members.currentText()
        if not self._confirm("Split actor", f"Make “{label}” a separate actor? Ctrl+Z undoes it.", "Split off"):
            return
        self._window.notes.undo_stack.push(
            ActorChoice(self._window, "split", tuple(member), f"Split off {label}"))

    def _follow(self, url) -> None:
        text = url.toString()
        if text.startswith("quote:"):
            key, start, end = json.loads(text[len("quote:"):])
            self.open_quote.emit(key, start, end)
