"""Across the library: one actor's roles and quotes everywhere, and who gets a voice."""
from __future__ import annotations

import html
import json
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSettings, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QTableWidget, QTableWidgetItem, QTextBrowser, QVBoxLayout, QWidget,
)

from ..export import write_atomic
from ..library_actors import Entry, Library, Voice, voices_csv
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
                             f"{voice.quotes} · {voice.words} words")
        painter.end()


class VoicesDialog(QDialog):
    def __init__(self, window: "MainWindow", theme: Theme) -> None:
        super().__init__(window)
        self.setWindowTitle("Voices — who is quoted")
        self.resize(760, 620)
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
        self.chart = VoicesChart(theme, self)
        layout.addWidget(self.chart, 2)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(["Speaker", "Type", "Quotes", "Words", "Articles"])
        self.table.setSortingEnabled(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName("Speakers")
        layout.addWidget(self.table, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        export = QPushButton("Export CSV…", self)
        export.clicked.connect(self._export)
        buttons.addButton(export, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.refresh()

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
        self._voices = library.voices(keys)
        self.chart.set_voices(self._voices)
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(self._voices))
        for row, v in enumerate(self._voices):
            for col, value in enumerate((v.name, v.type, v.quotes, v.words, v.articles)):
                item = QTableWidgetItem()
                item.setData(Qt.ItemDataRole.DisplayRole, value)
                self.table.setItem(row, col, item)
        self.table.setSortingEnabled(True)
        people = sum(v.quotes for v in self._voices if v.type == "person")
        total = sum(v.quotes for v in self._voices) or 1
        self.summary.setText(f"{len(self._voices)} speakers · {total if self._voices else 0} attributed quotes · "
                             f"people {100 * people // total}%, organisations and others {100 - 100 * people // total}%")

    def _export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Export voices", str(Path.home() / "voices.csv"), "CSV (*.csv)")
        if path:
            write_atomic(path, voices_csv(self._voices))


class ActorDialog(QDialog):
    open_quote = Signal(str, int, int)  # article key, start, end

    def __init__(self, window: "MainWindow", lib_id: str, settings: QSettings) -> None:
        super().__init__(window)
        self._window, self._settings = window, settings
        self.setWindowTitle("Across the library")
        self.resize(720, 640)
        layout = QVBoxLayout(self)
        self.body = QTextBrowser(self)
        self.body.setOpenLinks(False)
        self.body.anchorClicked.connect(self._follow)
        self.body.setAccessibleName("Actor across the library")
        layout.addWidget(self.body)
        row = QHBoxLayout()
        self.others = QComboBox(self)
        self.others.setAccessibleName("Actor to merge with")
        merge = QPushButton("Merge with", self)
        merge.clicked.connect(self._merge)
        row.addWidget(merge)
        row.addWidget(self.others, 1)
        self.members = QComboBox(self)
        self.members.setAccessibleName("Article whose mention to split off")
        split = QPushButton("Split off", self)
        split.setToolTip("This article's mention is someone else: make it its own actor")
        split.clicked.connect(self._split)
        row.addWidget(split)
        row.addWidget(self.members, 1)
        close = QPushButton("Close", self)
        close.clicked.connect(self.accept)
        row.addWidget(close)
        layout.addLayout(row)
        self.show_actor(lib_id)

    def show_actor(self, lib_id: str) -> None:
        library = self._window.library_actors()
        self._lib_id = lib_id
        view = library.view(lib_id)
        a, e = view.actor, html.escape
        parts = [f"<h2>{e(a.name)}</h2><p style='color:gray'>{e(a.type)}"
                 + (f" · also {e(', '.join(sorted(a.aliases)))}" if a.aliases else "")
                 + f" · in {len(view.articles)} article{'s' * (len(view.articles) != 1)}</p>"]
        if view.roles:
            parts.append("<h3>Roles</h3><ul>" + "".join(
                f"<li>{e(role)} <span style='color:gray'>— {e(title)}{', ' + e(date) if date else ''}</span></li>"
                for role, title, date in view.roles) + "</ul>")
        parts.append(f"<h3>Quotes ({len(view.quotes)})</h3>")
        for r in view.quotes:
            link = f"quote:{json.dumps([r.key, r.quote.start, r.quote.end])}"
            parts.append(f"<p>“{e(' '.join(r.quote.text.split()))}”<br><a href='{e(link)}'>"
                         f"{e(r.date or 'undated')} · {e(r.title)}</a></p>")
        if view.reported:
            parts.append(f"<h3>Reported statements ({len(view.reported)})</h3><ul>" + "".join(
                f"<li><i>{e(r.quote.cue or 'said')}</i> {e(r.quote.text)} <span style='color:gray'>— {e(r.title)}</span></li>"
                for r in view.reported) + "</ul>")
        if view.co_mentioned:
            parts.append("<h3>Often mentioned with</h3><p>" + ", ".join(
                f"{e(name)} ({n})" for name, n in view.co_mentioned) + "</p>")
        parts.append("<h3>Articles</h3><ul>" + "".join(
            f"<li>{e(title)}{' — ' + e(date) if date else ''}</li>" for _, title, date in view.articles) + "</ul>")
        self.body.setHtml("".join(parts))
        self.others.clear()
        # The most-present actors of the same type (a library of 50,000 articles has hundreds
        # of thousands of actors: a list of all of them would be unusable and slow to build).
        same = [o for o in library.actors.values() if o.id != lib_id and o.type == a.type]
        same = sorted(same, key=lambda x: -len(x.members))[:MERGE_CHOICES]
        for other in sorted(same, key=lambda x: x.name.lower()):
            self.others.addItem(other.name, other.id)
        self.members.clear()
        if len(a.members) > 1:
            for key, local in a.members:
                entry = library.entries[key]
                local_name = next((x.name for x in entry.actors if x.id == local), local)
                self.members.addItem(f"{local_name} — {entry.title[:40]}", [key, local])
        self.members.setEnabled(self.members.count() > 0)

    def _merge(self) -> None:
        other = self.others.currentData()
        if other:
            save_override(self._settings, "merge", (self._lib_id, other))  # remembered for next time
            self._window.library_actors().merge(self._lib_id, other)  # and applied now
            self.show_actor(self._lib_id)

    def _split(self) -> None:
        member = self.members.currentData()
        if member:
            save_override(self._settings, "split", tuple(member))  # remembered for next time
            self._window.library_actors().split(*member)
            self.show_actor(self._lib_id)

    def _follow(self, url) -> None:
        text = url.toString()
        if text.startswith("quote:"):
            key, start, end = json.loads(text[len("quote:"):])
            self.open_quote.emit(key, start, end)
