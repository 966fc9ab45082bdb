"""The article view: renders an `Article` into a QTextDocument with reading typography.

The document holds the title and a meta line, then one block per paragraph. Offsets into
`Article.text` map to document positions through `OffsetMap`: each paragraph separator is
two characters in the article ("\\n\\n") and one block break in the document.
"""
from __future__ import annotations

import bisect

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QFont, QResizeEvent, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument,
)
from PySide6.QtWidgets import QTextBrowser

from ..article import Article
from .theme import Theme

READING_WIDTH_PX = 720  # ~70 characters at the body size: a comfortable measure


class OffsetMap:
    """Article offset ↔ document position. Pure arithmetic, no Qt state."""

    def __init__(self, article: Article, body_base: int) -> None:
        self._starts = [p.start for p in article.paragraphs]
        self._base = body_base

    def to_doc(self, offset: int) -> int:
        index = max(0, bisect.bisect_right(self._starts, offset) - 1)
        return self._base + offset - index

    def to_article(self, position: int) -> int | None:
        """None for positions in the title/meta header."""
        if position < self._base:
            return None
        # Paragraph i starts at doc position base + start_i - i; find the last one <= position.
        lo, hi = 0, len(self._starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self._base + self._starts[mid] - mid <= position:
                lo = mid
            else:
                hi = mid - 1
        return position - self._base + lo


class ArticleView(QTextBrowser):
    """Read-only reader for one article. Knows nothing of analysis: it renders spans."""

    anchor_clicked = Signal(str)

    def __init__(self, article: Article, theme: Theme, parent=None) -> None:
        super().__init__(parent)
        self._article = article
        self._theme = theme
        self._offsets: OffsetMap | None = None
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.setAccessibleName(f"Article: {article.title}")
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.anchorClicked.connect(lambda url: self.anchor_clicked.emit(url.toString()))
        self._render()

    # ------------------------------------------------------------------ public API
    @property
    def article(self) -> Article:
        return self._article

    @property
    def offsets(self) -> OffsetMap:
        assert self._offsets is not None
        return self._offsets

    def cursor_for_span(self, start: int, end: int) -> QTextCursor:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.offsets.to_doc(start))
        cursor.setPosition(self.offsets.to_doc(end), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def scroll_to_offset(self, offset: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.offsets.to_doc(offset))
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    # ------------------------------------------------------------------ rendering
    def loadResource(self, type_: int, name):  # noqa: N802 (Qt override)
        # Articles are plain text we render ourselves; nothing is ever fetched, local or remote.
        return None

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        # Centre a fixed measure; only touch the margins when they change, because setting
        # them resizes the viewport and would re-enter this handler forever.
        side = max(24, (self.width() - READING_WIDTH_PX) // 2)
        margins = self.viewportMargins()
        if margins.left() != side:
            self.setViewportMargins(side, 0, side, 0)

    def _render(self) -> None:
        article, theme = self._article, self._theme
        doc = QTextDocument(self)
        doc.setDocumentMargin(36)
        body_font = QFont("DejaVu Serif")
        body_font.setStyleHint(QFont.StyleHint.Serif)
        body_font.setPointSizeF(12.5)
        doc.setDefaultFont(body_font)
        cursor = QTextCursor(doc)
        cursor.beginEditBlock()

        title_fmt = QTextCharFormat()
        title_fmt.setFontPointSize(22)
        title_fmt.setFontWeight(QFont.Weight.Bold)
        title_fmt.setForeground(_color(theme.text))
        cursor.setBlockFormat(_block(line_height=120, bottom=6))
        cursor.insertText(article.title, title_fmt)

        meta_fmt = QTextCharFormat()
        meta_fmt.setFontPointSize(10)
        meta_fmt.setFontFamilies(["DejaVu Sans", "sans-serif"])
        meta_fmt.setForeground(_color(theme.muted))
        cursor.insertBlock(_block(bottom=22), meta_fmt)
        cursor.insertText(self._meta_line(), meta_fmt)

        body_base = cursor.position() + 1
        para_fmt = QTextCharFormat()
        para_fmt.setForeground(_color(theme.text))
        for i, paragraph in enumerate(article.paragraphs):
            text = article.text[paragraph.start:paragraph.end]
            if paragraph.kind == "heading":
                heading_fmt = QTextCharFormat(para_fmt)
                heading_fmt.setFontWeight(QFont.Weight.Bold)
                heading_fmt.setFontPointSize(15 if paragraph.level <= 2 else 13)
                cursor.insertBlock(_block(top=10, bottom=6), heading_fmt)
                cursor.insertText(text, heading_fmt)
            else:
                cursor.insertBlock(_block(line_height=155, bottom=14), para_fmt)
                cursor.insertText(text, para_fmt)
        cursor.endEditBlock()
        self.setDocument(doc)
        self._offsets = OffsetMap(article, body_base)

    def _meta_line(self) -> str:
        a = self._article
        parts = [p for p in (a.byline and f"By {a.byline}", a.date) if p]
        parts.append(f"{a.word_count:,} words")
        return "  ·  ".join(parts)


def _block(line_height: int = 0, top: int = 0, bottom: int = 0) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    if line_height:
        fmt.setLineHeight(line_height, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    fmt.setTopMargin(top)
    fmt.setBottomMargin(bottom)
    return fmt


def _color(hex_: str):
    from PySide6.QtGui import QColor

    return QColor(hex_)
