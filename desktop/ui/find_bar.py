"""Find in this article (Ctrl+F), apart from the library search (Ctrl+K): a bar under the
text, as in a browser, that marks every occurrence and steps through them."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from .theme import Theme


class FindBar(QWidget):
    find = Signal(str)  # the text to find changed
    step = Signal(int)  # +1 next, -1 previous
    closed = Signal()

    def __init__(self, theme: Theme, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("FindBar")
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText("Find in this article")
        self.edit.setAccessibleName("Find in this article")
        self.edit.setClearButtonEnabled(True)
        self.edit.setMinimumWidth(240)
        self.edit.textChanged.connect(self.find)
        self.edit.installEventFilter(self)
        self.count = QLabel(self)
        self.count.setMinimumWidth(110)
        buttons = []
        for text, tip, delta in (("▲", "Previous (Shift+Enter, Shift+F3)", -1), ("▼", "Next (Enter, F3)", 1)):
            button = QToolButton(self)
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(tip.split(" (")[0])
            button.setAutoRaise(True)
            button.clicked.connect(lambda _=False, d=delta: self.step.emit(d))
            buttons.append(button)
        close = QToolButton(self)
        close.setText("✕")
        close.setToolTip("Close (Esc)")
        close.setAccessibleName("Close the find bar")
        close.setAutoRaise(True)
        close.clicked.connect(self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 3, 8, 3)
        layout.addWidget(QLabel("Find:", self))
        layout.addWidget(self.edit)
        for button in buttons:
            layout.addWidget(button)
        layout.addWidget(self.count)
        layout.addStretch(1)
        layout.addWidget(close)
        self.set_theme(theme)
        self.hide()

    def set_theme(self, theme: Theme) -> None:
        self.count.setStyleSheet(f"color: {theme.muted};")

    def open(self) -> None:
        self.show()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()
        if self.edit.text():
            self.find.emit(self.edit.text())

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def show_count(self, current: int, total: int) -> None:
        """`current` counts from 1; 0 when no occurrence is selected yet."""
        if not self.edit.text().strip():
            self.count.setText("")
        elif not total:
            self.count.setText("Not found")
        else:
            self.count.setText(f"{current} of {total}" if current else f"{total} found")

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is self.edit and event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()  # Esc belongs to the bar here, not to "clear the actor filter"
            return True
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.step.emit(-1 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1)
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(watched, event)
