"""The article tabs: a tab bar with room to read (the default Fusion tab is a line of text
with a pixel or two around it), and the session's stack of closed tabs for
File ▸ Reopen Closed Tab (Ctrl+Shift+T), as in a browser."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QTabBar

MAX_CLOSED = 25  # closed tabs remembered for the session (Firefox keeps 25 too)


class ArticleTabBar(QTabBar):
    """Tabs sized for reading their titles: a line and a half of padding around the text,
    at least 9 and at most 22 average characters wide (a longer title is elided at its end
    and shown whole in the tooltip)."""

    V_PAD_LINES = 0.45  # above and below the text, in lines
    MIN_CHARS, MAX_CHARS = 9, 22

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setElideMode(Qt.TextElideMode.ElideRight)
        self.setExpanding(False)
        self.setUsesScrollButtons(True)
        self.setDocumentMode(True)

    def _clamped(self, size: QSize) -> QSize:
        metrics = self.fontMetrics()
        char = metrics.horizontalAdvance("n")
        height = metrics.height() + 2 * round(self.V_PAD_LINES * metrics.height())
        width = min(max(size.width() + 2 * char, self.MIN_CHARS * char), self.MAX_CHARS * char)
        return QSize(width, max(size.height(), height))

    def tabSizeHint(self, index: int) -> QSize:  # noqa: N802
        return self._clamped(super().tabSizeHint(index))

    def minimumTabSizeHint(self, index: int) -> QSize:  # noqa: N802
        size = super().minimumTabSizeHint(index)
        return QSize(size.width(), self._clamped(size).height())


@dataclass(frozen=True)
class ClosedTab:
    """What reopening needs: the article (by library id, else its path), where it was read
    to, and the tab's place."""
    article_id: str
    path: str  # its file, or "" when it was opened from the library's own text
    scroll: float  # fraction of the text at the top of the view
    index: int  # the tab's position when it was closed
    title: str
