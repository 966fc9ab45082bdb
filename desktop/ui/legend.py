"""The reader toolbar's right side: entity legend (toggle a type's highlights) and the
removable filter chip ("Filtered: Mark Carney ✕ · 4 paragraphs")."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

from ..analysis.types import Analysis
from .panel import swatch
from .theme import Theme

LEGEND = (("person", "People"), ("organisation", "Organisations"), ("place", "Places"),
          ("group", "Groups"), ("quote", "Quotes"), ("reported", "Reported"))
# The swatch of each chip is the colour its highlights have in the text.
SWATCH = {"quote": "quote_bar", "reported": "reported_bar"}
NOUNS = {"reported": "reported speech"}  # what a chip's tooltip calls its highlights, when not its label


def ring(colour: str, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(colour), 1.5))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(2, 2, size - 4, size - 4)
    painter.end()
    return QIcon(pixmap)


class LegendBar(QWidget):
    hidden_types_changed = Signal(set)

    def __init__(self, theme: Theme, parent=None) -> None:
        super().__init__(parent)
        self._buttons: dict[str, QToolButton] = {}
        self._counts: dict[str, int] | None = None  # None: no analysis shown
        self._compact = False  # counts beside the dots without the words, in a narrow window
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for key, label in LEGEND:
            button = QToolButton(self)
            button.setCheckable(True)
            button.setChecked(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setProperty("label", label)
            button.setText(label)
            noun = NOUNS.get(key, label.lower())
            button.setProperty("noun", noun)
            button.setAccessibleName(f"Show {noun}")
            button.setToolTip(f"Show or hide the highlights of {noun}")
            button.toggled.connect(self._emit)
            layout.addWidget(button)
            self._buttons[key] = button
        self.set_theme(theme)

    def set_theme(self, theme: Theme) -> None:
        """An active chip is a filled dot on a solid outline; a switched-off one a hollow ring,
        dashed and muted — never the brighter of the two."""
        for key, button in self._buttons.items():
            colour = getattr(theme, SWATCH[key]) if key in SWATCH else theme.entity[key]
            icon = QIcon()
            icon.addPixmap(swatch(colour).pixmap(12, 12), QIcon.Mode.Normal, QIcon.State.On)
            icon.addPixmap(ring(theme.muted).pixmap(12, 12), QIcon.Mode.Normal, QIcon.State.Off)
            button.setIcon(icon)
        self.setStyleSheet(
            f"QToolButton {{ border: 1px solid {theme.muted}; border-radius: 10px; padding: 1px 8px;"
            f" color: {theme.text}; background: {theme.base}; }}"
            f" QToolButton:!checked {{ border-style: dashed; color: {theme.muted}; background: transparent; }}"
            f" QToolButton:disabled {{ color: {theme.muted}; }}")

    def set_counts(self, analysis: Analysis | None) -> None:
        counts = {key: 0 for key, _ in LEGEND}
        if analysis is not None:
            for actor in analysis.actors:
                counts[actor.type] += 1
            counts["quote"] = sum(1 for q in analysis.quotes if q.kind == "direct")
            counts["reported"] = sum(1 for q in analysis.quotes if q.kind == "reported")
        self._counts = counts if analysis is not None else None
        for button in self._buttons.values():
            button.setEnabled(analysis is not None)
        self._label_buttons()

    def set_compact(self, compact: bool) -> bool:
        """In a narrow window the chips show the dot and the count without the word (the
        tooltip still names them), so the legend stays in view instead of disappearing behind
        the toolbar's overflow arrow. True when the width it asks for changed."""
        if compact == self._compact:
            return False
        self._compact = compact
        self._label_buttons()
        return True

    def full_width(self) -> int:
        """The width the legend needs with its words shown (whether or not they are now)."""
        total = self.layout().spacing() * (len(self._buttons) - 1)
        for key, button in self._buttons.items():
            metrics = button.fontMetrics()
            extra = button.sizeHint().width() - metrics.horizontalAdvance(button.text())
            total += extra + metrics.horizontalAdvance(self._full_text(key))
        return total

    def _full_text(self, key: str) -> str:
        label = self._buttons[key].property("label")
        return f"{label} {self._counts[key]}" if self._counts is not None else label

    def _label_buttons(self) -> None:
        for key, button in self._buttons.items():
            if not self._compact:
                button.setText(self._full_text(key))
            else:
                button.setText(str(self._counts[key]) if self._counts is not None else "")
            button.setAccessibleDescription(self._full_text(key))

    def hidden_types(self) -> set[str]:
        return {key for key, button in self._buttons.items() if not button.isChecked()}

    def _emit(self) -> None:
        for button in self._buttons.values():
            state = "shown" if button.isChecked() else "hidden"
            button.setToolTip(f"{button.property('noun').capitalize()}: {state} — click to "
                              f"{'hide' if button.isChecked() else 'show'} their highlights")
        self.hidden_types_changed.emit(self.hidden_types())


class FilterChip(QToolButton):
    """Shows the active actor filter; clicking it (or Esc) clears the filter."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("FilterChip")
        self.setAccessibleName("Clear actor filter")
        self.setToolTip("Clear the filter (Esc)")
        self.toolbar_action = None  # set by the toolbar: widgets in a toolbar show through it

    def show_filter(self, names: list[str], paragraphs: int) -> None:
        if names:
            noun = "paragraph" if paragraphs == 1 else "paragraphs"
            self.setText(f"Filtered: {' + '.join(names)}  ✕  ·  {paragraphs} {noun}")
        if self.toolbar_action is not None:
            self.toolbar_action.setVisible(bool(names))
        else:
            self.setVisible(bool(names))
