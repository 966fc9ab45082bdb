"""Help ▸ Keyboard Shortcuts (F1): every key in a table that scrolls inside the dialog, so the
dialog fits any screen and its Close button is always on it."""
from __future__ import annotations

import html

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from .screen_fit import fit_to_screen


class ShortcutsDialog(QDialog):
    def __init__(self, rows: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        """`rows`: (what the key does, the key sequence as shown), in the order to list them."""
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        layout = QVBoxLayout(self)
        self.table = QTextBrowser(self)
        self.table.setAccessibleName("Keyboard shortcuts")
        self.table.setOpenLinks(False)
        self.table.setHtml("<table cellpadding=4>" + "".join(
            f"<tr><td>{html.escape(name)}</td><td><b>{html.escape(seq)}</b></td></tr>" for name, seq in rows)
            + "</table>")
        layout.addWidget(self.table, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        # As tall as the whole table where the screen allows (no scrolling on a large one).
        doc = self.table.document()
        doc.setTextWidth(460)
        margins = layout.contentsMargins()
        height = (int(doc.size().height()) + 2 * self.table.frameWidth() + layout.spacing()
                  + self.buttons.sizeHint().height() + margins.top() + margins.bottom())
        fit_to_screen(self, 520, height)
