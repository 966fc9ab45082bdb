"""The Library view: every article of the library in a sortable table, filtered as you type
through the search index, opened with a double-click or Enter, removed (undoably) with Delete.

It shows what `desktop.library.Library.rows()` returns; the rows are read on a worker and the
filter runs on the search lane, so a library of 50,000 articles never blocks the window.
"""
from __future__ import annotations

import time
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QItemSelectionModel, QModelIndex, QPoint, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QDockWidget, QHeaderView, QLabel, QLineEdit, QMenu, QTableView, QVBoxLayout, QWidget,
)

from ..library import ArticleRow
from ..wording import counted
from .context_menu import install_context_menu
from .sort_header import use_sort_header

if TYPE_CHECKING:
    from .library import LibrarySearch

COLUMNS = ("Title", "Date", "Source", "Words", "Quotes", "Top speakers", "File")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


class LibraryModel(QAbstractTableModel):
    """One row per article (`ArticleRow`), in the order the library gives them."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[ArticleRow] = []

    def set_rows(self, rows: list[ArticleRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def add_rows(self, rows: list[ArticleRow]) -> int:
        """Rows an import just stored, in one insertion (an article already listed is updated in
        place). Returns how many were inserted."""
        where = {r.id: n for n, r in enumerate(self._rows)}
        new = []
        for row in rows:
            if row.id in where:
                n = where[row.id]
                self._rows[n] = row
                self.dataChanged.emit(self.index(n, 0), self.index(n, len(COLUMNS) - 1))
            else:
                where[row.id] = -1
                new.append(row)
        if new:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
            self._rows.extend(new)
            self.endInsertRows()
        return len(new)

    def row_at(self, row: int) -> ArticleRow:
        return self._rows[row]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == ID_ROLE:
            return r.id
        if role == Qt.ItemDataRole.DisplayRole:
            return (r.title, r.published.text, _source(r), f"{r.words:,}", str(r.quotes) if r.analysed else "…",
                    r.speakers, "missing" if r.missing else "")[col]
        if role == SORT_ROLE:
            return (r.title.lower(), r.published.key, _source(r).lower(), r.words, r.quotes, r.speakers.lower(),
                    int(r.missing))[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == 1 and r.date:
                return f"Dated “{r.date}” in the article" + (
                    "" if r.published.known else " (not a date Byline can read: sorted with the undated)")
            if col == 6 and r.missing:
                return "The file is gone or moved; the article opens from the text kept in the library."
            if r.replaced_path:
                when = datetime.fromtimestamp(r.replaced_at or r.added).strftime("%Y-%m-%d %H:%M")
                return (f"{r.title}\nThe text {r.replaced_path} held until it was edited ({when}).\n"
                        "Notes that could not be moved to the edited text are kept here.")
            added = datetime.fromtimestamp(r.added).strftime("%Y-%m-%d %H:%M")
            return f"{r.title}\n{r.source or 'not from a file'}\nAdded {added}" + (
                "" if r.analysed else "\nNot analysed yet")
        if role == Qt.ItemDataRole.FontRole and col == 2 and r.replaced_path:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (3, 4):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def _source(row: ArticleRow) -> str:
    if row.replaced_path:  # otherwise a second row with the same title and no file nobody can place
        return f"earlier version of {row.replaced_path.rsplit('/', 1)[-1]}"
    return row.source.rsplit("/", 1)[-1] if row.source else ""


class LibraryFilter(QSortFilterProxyModel):
    """Sorts on typed values; filters to a set of article ids (None: everything)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._ids: set[str] | None = None
        self.setSortRole(SORT_ROLE)

    def set_ids(self, ids: set[str] | None) -> None:
        self.beginFilterChange()
        self._ids = ids
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:  # noqa: N802
        if self._ids is None:
            return True
        return self.sourceModel().row_at(row).id in self._ids


class LibraryDock(QDockWidget):
    """View ▸ Library (Ctrl+L)."""

    open_requested = Signal(str)  # article id
    rows_loaded = Signal(int)  # rows in the model (for tests and the count label)
    rows_added = Signal(int)  # rows an import added while it runs (one batch)
    filter_applied = Signal(str, int)  # filter text, rows shown

    def __init__(self, library: "LibrarySearch", parent=None) -> None:
        super().__init__("Library", parent)
        self.setObjectName("LibraryDock")
        self._library = library
        self._filter_seq = 0
        self._load_seq = 0
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        self.filter = QLineEdit(body)
        self.filter.setPlaceholderText("Filter the library: words, actor:NAME, speaker:\"NAME\", title:…")
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName("Filter the library")
        self.filter.textChanged.connect(self._filter_changed)
        layout.addWidget(self.filter)
        self.model = LibraryModel(self)
        self.proxy = LibraryFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(body)
        use_sort_header(self.table)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, len(COLUMNS)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAccessibleName("Articles in the library")
        self.table.doubleClicked.connect(self._open_index)
        self.table.activated.connect(self._open_index)  # Enter (and double-click on some styles)
        # The Menu key and Shift+F10 open the menu at the current row (customContextMenuRequested
        # gave a keyboard request in the view's coordinates, header included: the row below).
        install_context_menu(self.table, self._menu)
        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self.remove_selected)
        layout.addWidget(self.table, 1)
        self.count = QLabel(body)
        self.count.setAccessibleName("Articles shown")
        layout.addWidget(self.count)
        self.setWidget(body)
        library.library_changed.connect(self.reload)
        library.articles_added.connect(self._articles_added)
        library.articles_analysed.connect(self._articles_added)
        library.library_indexed.connect(lambda _n: self.reload())
        self.visibilityChanged.connect(lambda visible: visible and self.reload())
        self._loaded_at = 0.0

    # ------------------------------------------------------------------ data
    def reload(self) -> None:
        """Read the rows on a worker (only while the dock is shown)."""
        if not self.isVisible():
            return
        self._load_seq += 1
        seq = self._load_seq
        self._library.read_rows(None, lambda rows: self._loaded(seq, rows), self._listing_failed)

    def _loaded(self, seq: int, rows: list[ArticleRow]) -> None:
        if seq != self._load_seq:
            return
        self.model.set_rows(rows)
        self._loaded_at = time.monotonic()
        self._update_count()
        self.rows_loaded.emit(len(rows))

    def _articles_added(self, ids: list[str]) -> None:
        """An import stored these, or their analysis: their rows are read on a worker and
        inserted (or updated in place) as one batch, so the table fills in as the work goes,
        without a reset (selection and scroll stay)."""
        if not self.isVisible():
            return
        def add(rows: list[ArticleRow]) -> None:  # a row a reload brought meanwhile is updated, not doubled
            added = self.model.add_rows(rows)
            self._update_count()
            self.rows_added.emit(added)

        self._library.read_rows(ids, add, self._listing_failed)

    def _listing_failed(self, exc: Exception) -> None:
        self.count.setText(f"The library could not be listed: {exc}")

    def _filter_changed(self, text: str) -> None:
        self._filter_seq += 1
        seq = self._filter_seq
        if not text.strip():
            self._apply(seq, text, None)
            return
        self._library.matching_articles(text, lambda ids: self._apply(seq, text, ids))

    def _apply(self, seq: int, text: str, ids: set[str] | None) -> None:
        if seq != self._filter_seq:
            return
        self.proxy.set_ids(ids)
        self._update_count()
        self.filter_applied.emit(text, self.proxy.rowCount())

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count.setText(counted(total, "article") if shown == total else f"{shown:,} of {counted(total, 'article')}")

    # ------------------------------------------------------------------ actions
    def selected_ids(self) -> list[str]:
        rows = {i.row() for i in self.table.selectionModel().selectedRows()}
        return [self.proxy.index(r, 0).data(ID_ROLE) for r in sorted(rows)]

    def remove_selected(self) -> None:
        self._library.remove(self.selected_ids())

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(index.data(ID_ROLE))

    def _menu(self, index: QModelIndex, global_pos: QPoint) -> None:
        """The menu of the selected rows; a row asked about outside the selection (a right-click
        beside it) becomes the selection first, so the menu acts on the row it was opened on."""
        selection = self.table.selectionModel()
        if index.isValid() and not selection.isRowSelected(index.row(), index.parent()):
            self.table.setCurrentIndex(index)
            selection.select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                             | QItemSelectionModel.SelectionFlag.Rows)
        ids = self.selected_ids()
        if not ids:
            return
        menu = self.context_menu(ids)
        menu.exec(global_pos)

    def context_menu(self, ids: list[str]) -> QMenu:
        menu = QMenu(self)
        menu.addAction("Open", lambda: [self.open_requested.emit(i) for i in ids[:20]])
        menu.addAction(f"Remove {counted(len(ids), 'article')} from the library (Delete)", self.remove_selected)
        return menu

    def focus_filter(self) -> None:
        self.show()
        self.raise_()
        self.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter.selectAll()
