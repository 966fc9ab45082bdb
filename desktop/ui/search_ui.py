"""The search bar (debounced, keyboard-driven) and the list of results."""
from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPalette, QStandardItem, QStandardItemModel, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView, QLabel, QLineEdit, QListView, QStyle, QStyledItemDelegate, QVBoxLayout, QWidget,
)

from ..search import Hit, SearchResult
from ..wording import counted, plural
from .theme import Theme

HIT_ROLE = Qt.ItemDataRole.UserRole + 10
DEBOUNCE_MS = 150
KIND_LABELS = {"text": "text", "quote": "quote", "reported": "reported speech", "fact": "fact",
               "title": "headline"}


class SearchBar(QLineEdit):
    query_changed = Signal(str)  # debounced while typing
    step = Signal(int)  # Up/Down: move through the results
    accepted = Signal()  # Enter: open the selected result
    dismissed = Signal()  # Esc: back to the article

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        # The shortcut comes first: a narrow bar (a filter chip beside it) cuts the end, not it.
        self.setPlaceholderText('Search all articles (Ctrl+K): words, "phrases", actor:, speaker:, type:quote|fact')
        self.setToolTip('Search every article you have opened. Words, "exact phrases", and filters: '
                        'actor:NAME, speaker:NAME, title:WORDS, type:quote|fact|text; a name with spaces in "quotes".')
        self.setClearButtonEnabled(True)
        self.setAccessibleName("Search all articles")
        self.setMinimumWidth(260)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(lambda: self.query_changed.emit(self.text()))
        self.textEdited.connect(lambda _t: self._timer.start())
        self.textChanged.connect(lambda t: t or self.query_changed.emit(""))

    def event(self, event) -> bool:
        # Esc, Enter and arrows belong to the bar while it has focus, not to window shortcuts
        # (Esc there clears the actor filter).
        if event.type() == QEvent.Type.ShortcutOverride and event.key() in (
                Qt.Key.Key_Escape, Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self.step.emit(1 if key == Qt.Key.Key_Down else -1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._timer.isActive():  # Enter before the debounce fired: search now
                self._timer.stop()
                self.query_changed.emit(self.text())
            self.accepted.emit()
        elif key == Qt.Key.Key_Escape:
            self.dismissed.emit()
        else:
            super().keyPressEvent(event)


class _HtmlDelegate(QStyledItemDelegate):
    """Renders a result's small HTML (title, kind, snippet with the hit in bold) in the
    current theme's colours; a selected row is drawn in the palette's highlighted-text colour,
    which is what reads on the selection background."""

    def __init__(self, theme: Theme, parent=None) -> None:
        super().__init__(parent)
        self.theme = theme

    def paint(self, painter, option, index) -> None:
        self.initStyleOption(option, index)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        doc = self._document(option, index, selected)
        style = option.widget.style() if option.widget else None
        option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        painter.save()
        painter.translate(option.rect.topLeft())
        doc.drawContents(painter)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:  # noqa: N802
        self.initStyleOption(option, index)
        doc = self._document(option, index, False)
        return QSize(int(doc.idealWidth()), int(doc.size().height()))

    def _document(self, option, index, selected: bool) -> QTextDocument:
        doc = QTextDocument()
        doc.setDocumentMargin(6)
        doc.setDefaultFont(option.font)
        hit = index.data(HIT_ROLE)
        on = option.palette.color(QPalette.ColorRole.HighlightedText).name() if selected else None
        doc.setHtml(hit_html(hit, self.theme, on) if hit is not None else "")
        doc.setTextWidth(max(120, option.rect.width()))
        return doc


def hit_html(hit: Hit, theme: Theme, foreground: str | None = None) -> str:
    """`foreground`: one colour for all text (a selected row); else the theme's text and muted."""
    text, muted = (foreground, foreground) if foreground else (theme.text, theme.muted)
    snippet = html.escape(" ".join(hit.snippet.split()))
    snippet = snippet.replace("\x02", f"<b style='background:{theme.hit_bg}; color:{theme.hit_ink}'>")
    snippet = snippet.replace("\x03", "</b>")
    kind = KIND_LABELS.get(hit.kind, hit.kind)
    if hit.kind in ("quote", "reported"):
        kind = f"{kind} by {html.escape(hit.speaker)}" if hit.speaker else f"{kind}, speaker unknown"
    elif hit.kind == "fact" and hit.speaker:
        kind = f"fact about {html.escape(hit.speaker)}"
    return (f"<div style='color:{text}'><b>{html.escape(hit.title)}</b> <span style='color:{muted}'>· {kind}</span></div>"
            f"<div style='color:{text}'>{snippet}</div>")


def _on(background: str) -> str:
    """Text colour that reads on `background` (the user-highlight colour differs by theme)."""
    from ..colors import contrast_ratio

    return max(("#1f1d1a", "#f5f1e6"), key=lambda c: contrast_ratio(c, background))


class SearchResults(QWidget):
    activated = Signal(object, list)  # Hit, terms

    def __init__(self, theme: Theme, parent=None) -> None:
        super().__init__(parent)
        self._theme = theme
        self._terms: list[str] = []
        self.result = SearchResult()  # the one shown: opening a hit needs its speakers and siblings
        self.status = QLabel("Type in the search bar (Ctrl+K) to search every article opened so far.", self)
        self.status.setWordWrap(True)
        self.status.setStyleSheet(f"color: {theme.muted}; padding: 6px 8px;")
        self.model = QStandardItemModel(self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.delegate = _HtmlDelegate(theme, self.list)
        self.list.setItemDelegate(self.delegate)
        self.list.setUniformItemSizes(False)
        self.list.setWordWrap(True)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setAccessibleName("Search results")
        self.list.activated.connect(self._activate)
        self.list.clicked.connect(self._activate)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.status)
        layout.addWidget(self.list)

    def set_theme(self, theme: Theme) -> None:
        """Live theme switch: the status line and every result's HTML get the new colours."""
        self._theme = theme
        self.delegate.theme = theme
        self.status.setStyleSheet(f"color: {theme.muted}; padding: 6px 8px;")
        self.list.viewport().update()

    def show_result(self, query: str, result: SearchResult, partial: str = "") -> None:
        """`partial`: a sentence saying the library is still being indexed, shown with the count."""
        self.model.clear()
        self._terms = result.terms
        self.result = result
        for hit in result.hits:
            item = QStandardItem()
            item.setData(hit, HIT_ROLE)
            item.setToolTip(f"{hit.title} — open at this {KIND_LABELS.get(hit.kind, hit.kind)}")
            self.model.appendRow(item)
        articles = len({h.article for h in result.hits})
        if partial and query.strip() and not result.message:
            found = len(result.hits)
            self.status.setText(f"{counted(found, 'result')} so far — {partial}")
        elif result.message:
            self.status.setText(result.message)
        elif not query.strip():
            self.status.setText("Type in the search bar (Ctrl+K) to search every article opened so far.")
        elif not result.hits:
            self.status.setText(f"Nothing found for “{query}”.")
        else:
            found = len(result.hits)
            more = "+" if found >= 100 else ""
            self.status.setText(f"{found:,}{more} {plural('result', found)} in {counted(articles, 'article')}"
                                " — Enter opens, F3 / Shift+F3 step through the hits")
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0, 0))

    def step(self, delta: int) -> None:
        rows = self.model.rowCount()
        if rows:
            row = (self.list.currentIndex().row() + delta) % rows
            self.list.setCurrentIndex(self.model.index(row, 0))

    def activate_current(self) -> None:
        index = self.list.currentIndex()
        if index.isValid():
            self._activate(index)

    def _activate(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if hit is not None:
            self.activated.emit(hit, self._terms)
