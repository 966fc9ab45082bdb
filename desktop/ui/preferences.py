"""Preferences: reading typography, theme, entity colours, notes location. Every change
applies at once (no OK-then-see) and is stored in QSettings."""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QColorDialog, QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFileDialog, QFontComboBox,
    QFormLayout, QHBoxLayout, QLabel, QPushButton, QSpinBox, QWidget,
)

from ..analysis import MAX_ANALYSED_CHARS
from ..loaders import MAX_FILE_BYTES
from ..notes import default_store_path
from .reader import ReaderStyle
from .theme import Theme, resolve_theme

TYPE_NAMES = {"person": "People", "organisation": "Organisations", "place": "Places", "group": "Groups"}


@dataclass
class Appearance:
    theme: str = "system"  # "system" | "light" | "dark"
    style: ReaderStyle = field(default_factory=ReaderStyle)
    colours: dict[str, str] = field(default_factory=dict)  # actor type → colour, when changed

    def resolved_theme(self) -> Theme:
        base = resolve_theme(self.theme)
        entity = {**base.entity, **{k: v for k, v in self.colours.items() if k in base.entity}}
        return replace(base, entity=entity)


def load_appearance(settings: QSettings, theme_override: str | None = None) -> Appearance:
    style = ReaderStyle(
        font_family=str(settings.value("reader/font_family", ReaderStyle.font_family)),
        font_size=float(settings.value("reader/font_size", ReaderStyle.font_size)),
        width_px=int(settings.value("reader/width_px", ReaderStyle.width_px)),
    )
    colours = {k: str(settings.value(f"colours/{k}")) for k in TYPE_NAMES if settings.value(f"colours/{k}")}
    return Appearance(theme_override or str(settings.value("appearance/theme", "system")), style, colours)


def save_appearance(settings: QSettings, appearance: Appearance) -> None:
    settings.setValue("appearance/theme", appearance.theme)
    settings.setValue("reader/font_family", appearance.style.font_family)
    settings.setValue("reader/font_size", appearance.style.font_size)
    settings.setValue("reader/width_px", appearance.style.width_px)
    for kind in TYPE_NAMES:
        if kind in appearance.colours:
            settings.setValue(f"colours/{kind}", appearance.colours[kind])
        else:
            settings.remove(f"colours/{kind}")


class PreferencesDialog(QDialog):
    changed = Signal(object)  # Appearance, on every edit

    def __init__(self, appearance: Appearance, settings: QSettings, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Preferences")
        self._appearance = appearance
        self._settings = settings
        form = QFormLayout(self)

        self.theme = QComboBox(self)
        for key, label in (("system", "Follow the system"), ("light", "Light"), ("dark", "Dark")):
            self.theme.addItem(label, key)
        self.theme.setCurrentIndex(max(0, self.theme.findData(appearance.theme)))
        self.theme.currentIndexChanged.connect(self._emit)
        form.addRow("Theme", self.theme)

        self.font = QFontComboBox(self)
        self.font.setCurrentFont(QFont(appearance.style.font_family))
        self.font.currentFontChanged.connect(self._emit)
        form.addRow("Article font", self.font)
        self.size = QDoubleSpinBox(self)
        self.size.setRange(8, 32)
        self.size.setSingleStep(0.5)
        self.size.setSuffix(" pt")
        self.size.setValue(appearance.style.font_size)
        self.size.valueChanged.connect(self._emit)
        form.addRow("Text size (Ctrl+plus / Ctrl+minus)", self.size)
        self.width = QSpinBox(self)
        self.width.setRange(420, 1400)
        self.width.setSingleStep(20)
        self.width.setSuffix(" px")
        self.width.setValue(appearance.style.width_px)
        self.width.valueChanged.connect(self._emit)
        form.addRow("Line width", self.width)

        self._colour_buttons: dict[str, QPushButton] = {}
        colours = QWidget(self)
        row = QHBoxLayout(colours)
        row.setContentsMargins(0, 0, 0, 0)
        for kind, label in TYPE_NAMES.items():
            button = QPushButton(label, colours)
            button.setAccessibleName(f"Colour for {label.lower()}")
            button.clicked.connect(lambda _=False, k=kind: self._pick(k))
            row.addWidget(button)
            self._colour_buttons[kind] = button
        reset = QPushButton("Reset", colours)
        reset.setToolTip("Back to the colour-blind-safe default palette")
        reset.clicked.connect(self._reset_colours)
        row.addWidget(reset)
        form.addRow("Highlight colours", colours)
        self._paint_buttons()

        store = str(settings.value("notes/path", default_store_path()))
        self.notes_path = QLabel(store, self)
        self.notes_path.setWordWrap(True)
        move = QPushButton("Change…", self)
        move.clicked.connect(self._choose_notes_path)
        notes_row = QWidget(self)
        notes_layout = QHBoxLayout(notes_row)
        notes_layout.setContentsMargins(0, 0, 0, 0)
        notes_layout.addWidget(self.notes_path, 1)
        notes_layout.addWidget(move)
        form.addRow("Notes are stored in", notes_row)
        form.addRow("Limits", QLabel(
            f"Files up to {MAX_FILE_BYTES // 1_048_576} MB open; the first {MAX_ANALYSED_CHARS:,} characters "
            "of an article are analysed.", self))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.accept)
        form.addRow(buttons)

    def appearance(self) -> Appearance:
        style = ReaderStyle(self.font.currentFont().family(), self.size.value(), self.width.value())
        return Appearance(self.theme.currentData(), style, dict(self._appearance.colours))

    def _emit(self, *_args) -> None:
        self._appearance = self.appearance()
        self._paint_buttons()
        self.changed.emit(self._appearance)

    def _pick(self, kind: str) -> None:
        current = QColor(self._appearance.resolved_theme().entity[kind])
        chosen = QColorDialog.getColor(current, self, f"Colour for {TYPE_NAMES[kind].lower()}")
        if chosen.isValid():
            self._appearance.colours[kind] = chosen.name()
            self._emit()

    def _reset_colours(self) -> None:
        self._appearance.colours.clear()
        self._emit()

    def _paint_buttons(self) -> None:
        theme = self._appearance.resolved_theme()
        for kind, button in self._colour_buttons.items():
            button.setStyleSheet(f"color: {theme.entity[kind]}; font-weight: bold;")

    def _choose_notes_path(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Where to keep your notes")
        if folder:
            path = f"{folder}/notes.sqlite3"
            self._settings.setValue("notes/path", path)
            self.notes_path.setText(f"{path}  (used from the next start)")
