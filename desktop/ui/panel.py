"""The side panel: actors, quotes grouped by speaker, and facts, as Qt models with proxies.

Every row carries its span (start, end) and actor id in item roles, so a click can scroll
the article to it; filtering to actors is a proxy filter, never a rebuild of the data.
"""
from __future__ import annotations

import textwrap

from PySide6.QtCore import (
    QAbstractItemModel, QAbstractTableModel, QModelIndex, QPersistentModelIndex, QRectF, QSortFilterProxyModel, Qt,
    QTimer, Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QDockWidget, QHeaderView, QLabel, QStyle, QStyledItemDelegate,
    QStyleOptionViewItem, QTabWidget, QTreeView, QVBoxLayout, QWidget,
)

from ..analysis.types import ONE_LINE, Analysis, format_value
from ..article import Article
from .context_menu import install_context_menu
from .sort_header import use_sort_header
from .theme import Theme

SPAN_ROLE = Qt.ItemDataRole.UserRole + 1  # (start, end)
ACTOR_ROLE = Qt.ItemDataRole.UserRole + 2  # actor id this row is about (speaker, subject)
KIND_ROLE = Qt.ItemDataRole.UserRole + 3  # "quote" (direct), "reported" (reported speech), "fact"
# What a row is called in its menus, by KIND_ROLE: reported speech is the writer's wording, never a "quote".
KIND_NAMES = {"quote": "quote", "reported": "reported speech", "fact": "fact"}
SORT_ROLE = Qt.ItemDataRole.UserRole + 3
TYPE_NAMES = {"person": "Person", "organisation": "Organisation", "place": "Place", "group": "Group"}
FACT_GROUPS = (("role", "Roles"), ("date", "Dates"), ("percent", "Percentages"), ("money", "Money"),
               ("quantity", "Figures"))


def swatch(colour: str, size: int = 12, ring: str | None = None) -> QIcon:
    """A colour dot `size` px wide; `ring` draws a 1.5 px edge around it."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour))
    if ring:
        pen = QPen(QColor(ring))
        pen.setWidthF(1.5)
        painter.setPen(pen)
        painter.drawEllipse(QRectF(1.25, 1.25, size - 2.5, size - 2.5))
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


def colour_dot(theme: Theme, colour: str, size: int = 12) -> QIcon:
    """The dot for a highlight colour (notes.COLOURS) in `theme`: visible on light and dark."""
    fill, ring = theme.mark(colour)
    return swatch(fill, size, ring)


class ActorsModel(QAbstractTableModel):
    """One row per actor. Sorted here (in Python, by one key per row) rather than by a proxy:
    a proxy's sort asks `data()` n·log n times, each a call from C++ into Python."""

    COLUMNS = ("Actor", "Mentions", "Quotes")  # the type is the colour dot (and the tooltip)
    HEADER_TIPS = ("Canonical name; the dot's colour is the type", "Times mentioned",
                   "Direct quotes attributed")

    def __init__(self, theme: Theme, parent=None) -> None:
        super().__init__(parent)
        self._theme = theme
        self._rows: list[tuple] = []  # (actor, quote count)
        self._icons = {t: swatch(c) for t, c in theme.entity.items()}
        self._sort: tuple[int, Qt.SortOrder] = (1, Qt.SortOrder.DescendingOrder)

    def set_analysis(self, analysis: Analysis | None) -> None:
        self.beginResetModel()
        counts: dict[str, int] = {}
        if analysis is not None:
            for q in analysis.quotes:
                if q.kind == "direct" and q.speaker.actor_id:
                    counts[q.speaker.actor_id] = counts.get(q.speaker.actor_id, 0) + 1
        self._rows = [(a, counts.get(a.id, 0)) for a in (analysis.actors if analysis else [])]
        self._sort_rows()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._sort_rows()
        self.layoutChanged.emit()

    def _sort_rows(self) -> None:
        column, order = self._sort
        keys = (lambda r: r[0].name.lower(), lambda r: len(r[0].mentions), lambda r: r[1])
        self._rows.sort(key=lambda r: r[0].name.lower())  # ties: by name, whatever the order
        self._rows.sort(key=keys[column], reverse=order == Qt.SortOrder.DescendingOrder)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.COLUMNS[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return self.HEADER_TIPS[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        actor, quotes = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (actor.name, len(actor.mentions), quotes)[column]
        if role == SORT_ROLE:
            return (actor.name.lower(), len(actor.mentions), quotes)[column]
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return self._icons[actor.type]
        if role == Qt.ItemDataRole.ToolTipRole:
            also = f"\nAlso: {', '.join(actor.aliases)}" if actor.aliases else ""
            return f"{actor.name} — {TYPE_NAMES[actor.type].lower()}{also}\nDouble-click to filter the article"
        if role == ACTOR_ROLE:
            return actor.id
        if role == SPAN_ROLE:
            m = actor.mentions[0]
            return (m.start, m.end)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def column_texts(self, column: int) -> list[str]:
        return [str((a.name, len(a.mentions), quotes)[column]) for a, quotes in self._rows]


class ActorFilterProxy(QSortFilterProxyModel):
    """Keeps rows whose ACTOR_ROLE is in the filter set (groups stay if a child does)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._actors: set[str] = set()
        self.setRecursiveFilteringEnabled(True)
        self.setSortRole(SORT_ROLE)

    def set_actors(self, actor_ids: set[str]) -> bool:
        """False when the filter was already this (refiltering asks every row again)."""
        if set(actor_ids) == self._actors:
            return False
        self.beginFilterChange()
        self._actors = set(actor_ids)
        self.endFilterChange()
        return True

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        if not self._actors:
            return True
        model = self.sourceModel()
        if isinstance(model, GroupedModel):  # straight to the rows: no QModelIndex round trip
            return model.accepts(row, parent, self._actors)
        index = model.index(row, 0, parent)
        if model.hasChildren(index):
            return False  # a group shows when one of its children is accepted
        return index.data(ACTOR_ROLE) in self._actors


class _Row:
    """One line of a grouped list, its texts computed when a view first asks for them (a long
    article has hundreds of quotes and facts; a view shows a screenful)."""

    __slots__ = ("make", "span", "actor_id", "values", "muted", "italic", "kind", "_cells")

    def __init__(self, make, span: tuple[int, int], actor_id: str, values: tuple[str, ...] = (),
                 muted: bool = False, italic: bool = False, kind: str = "") -> None:
        self.make = make  # () -> (first column's text, tooltip)
        self.span, self.actor_id, self.values, self.muted, self.italic = span, actor_id, values, muted, italic
        self.kind = kind  # see KIND_ROLE
        self._cells = None

    def cells(self) -> tuple[str, str]:
        if self._cells is None:
            self._cells = self.make()
        return self._cells

    def text(self, column: int) -> str:
        return self.cells()[0] if column == 0 else self.values[column - 1]


class _Group:
    __slots__ = ("label", "icon", "rows")

    def __init__(self, label: str, icon: QIcon | None, rows: list[_Row]) -> None:
        self.label, self.icon, self.rows = label, icon, rows


class GroupedModel(QAbstractItemModel):
    """Two levels, read-only: groups (bold, maybe a colour dot) and their rows. Built from
    plain lists without one QStandardItem per cell: filling a QStandardItemModel with the
    quotes and facts of a 20,000-word article held the GUI thread for ~80 ms."""

    def __init__(self, headers: tuple[str, ...], groups: list[_Group], muted: QColor, parent=None) -> None:
        super().__init__(parent)
        self._headers = headers
        self._groups = groups
        self._muted = QBrush(muted)
        self._bold = QFont()
        self._bold.setBold(True)
        self._italic = QFont()
        self._italic.setItalic(True)

    # Top-level indexes carry id 0; a row of group g carries id g + 1.
    def index(self, row: int, column: int, parent=QModelIndex()) -> QModelIndex:
        if parent.isValid():
            if parent.internalId() or not 0 <= row < len(self._groups[parent.row()].rows):
                return QModelIndex()
            return self.createIndex(row, column, parent.row() + 1)
        if not 0 <= row < len(self._groups):
            return QModelIndex()
        return self.createIndex(row, column, 0)

    def parent(self, index: QModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or not index.internalId():
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() or parent.column():
            return 0
        return len(self._groups[parent.row()].rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return len(self._headers)

    def hasChildren(self, parent=QModelIndex()) -> bool:  # noqa: N802
        return self.rowCount(parent) > 0

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    _FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        return self._FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def accepts(self, row: int, parent, actors: set[str]) -> bool:
        """Filter helper: a row about one of `actors`; groups never by themselves."""
        if not parent.isValid():
            return False
        return self._groups[parent.row()].rows[row].actor_id in actors

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if not index.internalId():
            group = self._groups[index.row()]
            if index.column():
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                return group.label
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
            if role == Qt.ItemDataRole.DecorationRole:
                return group.icon
            return None
        row = self._groups[index.internalId() - 1].rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.text(index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return row.cells()[1] or None
        if role == SPAN_ROLE:
            return row.span
        if role == ACTOR_ROLE:
            return row.actor_id
        if role == KIND_ROLE:
            return row.kind
        if role == Qt.ItemDataRole.ForegroundRole and (row.muted or index.column()):
            return self._muted
        if role == Qt.ItemDataRole.FontRole and row.italic:
            return self._italic
        return None

    def column_texts(self, column: int) -> list[str]:
        return [row.text(column) for group in self._groups for row in group.rows]


def quotes_model(analysis: Analysis | None, theme: Theme) -> GroupedModel:
    """Quotes grouped by speaker; unattributed ones last, listed as such."""
    groups: list[_Group] = []
    if analysis is not None:
        names = {a.id: a for a in analysis.actors}
        by_key: dict[str, list] = {}
        for q in analysis.quotes:
            key = q.speaker.actor_id or (f"text:{q.speaker.text}" if q.speaker.text else "unknown")
            by_key.setdefault(key, []).append(q)
        ordered = sorted(by_key.items(), key=lambda kv: (kv[0] == "unknown", kv[0].startswith("text:"), -len(kv[1])))
        icons = {t: swatch(c) for t, c in theme.entity.items()}
        for key, quotes in ordered:
            actor = names.get(key)
            label = actor.name if actor else ("Unattributed" if key == "unknown" else key[5:])
            direct = sum(1 for q in quotes if q.kind == "direct")
            reported = len(quotes) - direct
            rows = [_Row(lambda q=q: _quote_cells(q), (q.start, q.end), q.speaker.actor_id or "",
                         muted=q.kind == "reported", italic=q.kind == "reported",
                         kind="quote" if q.kind == "direct" else "reported") for q in quotes]
            groups.append(_Group(f"{label}  ({direct}" + (f" + {reported} reported)" if reported else ")"),
                                 icons[actor.type] if actor else None, rows))
    return GroupedModel(("Quote",), groups, QColor(theme.muted))


QUOTE_LABEL_CHARS = 400  # about six wrapped lines in a 340 px panel; the tooltip has the rest


def _quote_cells(q) -> tuple[str, str]:
    # Reported speech is the narrator's wording: no quotation marks, in italics, and always
    # after its cue ("denied that …"), which the shortening never cuts.
    text = " ".join(q.display_text(ONE_LINE).split())
    label = textwrap.shorten(text, QUOTE_LABEL_CHARS, placeholder=" …" + ("”" if q.kind == "direct" else ""))
    how = ", ".join(p for p in (q.kind == "reported" and "reported speech", q.cue and f"cue: {q.cue}",
                                q.partial and "partial quote",
                                q.speaker.text and f"as written: {q.speaker.text}") if p)
    return label, textwrap.fill(text, 70) + (f"\n({how})" if how else "")


def facts_model(analysis: Analysis | None, article: Article | None, theme: Theme) -> GroupedModel:
    groups: list[_Group] = []
    if analysis is not None and article is not None:
        names = {a.id: a.name for a in analysis.actors}
        for kind, title in FACT_GROUPS:
            facts = [f for f in analysis.facts if f.kind == kind]
            if facts:
                rows = [_Row(lambda f=f: _fact_cells(f, names, article), (f.start, f.end), f.subject or "",
                             ("" if kind == "role" else format_value(f.value),)) for f in facts]
                groups.append(_Group(f"{title}  ({len(facts)})", None, rows))
    return GroupedModel(("Fact", "Value"), groups, QColor(theme.muted))


def _fact_cells(f, names: dict[str, str], article: Article) -> tuple[str, str]:
    subject = names.get(f.subject)
    label = f"{subject} — {f.value}" if f.kind == "role" and subject else f.text
    return label, textwrap.fill(article.text[f.sentence[0]:f.sentence[1]], 70)


RELAYOUT_MS = 40


class WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their text wrapped at the column's width. QTreeView asks a delegate for
    a row's size without saying how wide the column is, so its word wrap never wraps: each
    quote was one line cut with "…" at the panel's edge. Heights follow the column width (the
    view lays its rows out again when a column is resized)."""

    _MARGIN = 4  # px above and below the text, as Fusion pads a one-line row

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view

    @classmethod
    def install(cls, view: QTreeView) -> "WrappingDelegate":
        delegate = cls(view)
        view.setItemDelegate(delegate)
        view.setTextElideMode(Qt.TextElideMode.ElideNone)
        # Dragging the panel's edge resizes the column at every pixel: lay the rows out once
        # the drag pauses, not hundreds of times (each asks every row for its height).
        relayout = QTimer(view, singleShot=True, interval=RELAYOUT_MS)
        relayout.timeout.connect(view.doItemsLayout)
        view.header().sectionResized.connect(lambda *_: relayout.start())
        return delegate

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex):  # noqa: N802
        size = super().sizeHint(option, index)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        width = self._text_width(index)
        if not text or width <= 0:
            return size
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        bounds = QFontMetrics(opt.font).boundingRect(0, 0, width, 100_000, Qt.TextFlag.TextWordWrap, str(text))
        size.setHeight(max(size.height(), bounds.height() + 2 * self._MARGIN))
        return size

    def _text_width(self, index: QModelIndex) -> int:
        """The width the text gets in its cell: the column less the tree's indentation for
        this depth, the decoration (a group's colour dot) and the style's text margins."""
        view = self._view
        width = view.header().sectionSize(index.column())
        if index.column() == 0:
            depth = 1 if index.parent().isValid() else 0
            width -= view.indentation() * (depth + (1 if view.rootIsDecorated() else 0))
            if index.data(Qt.ItemDataRole.DecorationRole) is not None:
                width -= view.iconSize().width() if view.iconSize().isValid() else 16
                width -= 4
        margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
        return width - 2 * margin


class FactsPanel(QDockWidget):
    """Actors, quotes and facts of the current article."""

    span_activated = Signal(int, int)  # scroll the article to this span
    actor_activated = Signal(str, bool)  # filter to this actor (additive with Ctrl)
    keep_requested = Signal(int, int, str)  # keep this quote/fact span in the notes
    library_requested = Signal(str)  # show this actor across the library

    def __init__(self, theme: Theme, parent=None) -> None:
        super().__init__("Who and what", parent)
        self.setObjectName("FactsPanel")  # for saveState/restoreState
        self._theme = theme
        self._actors = ActorsModel(theme, self)
        self._quote_proxy = ActorFilterProxy(self)
        self._fact_proxy = ActorFilterProxy(self)
        self._status = QLabel("Open an article to see who is in it.", self)
        self._status.setWordWrap(True)
        self._status.setStyleSheet(f"color: {theme.muted}; padding: 6px 8px;")

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("PanelTabs")
        self.tabs.setDocumentMode(True)
        self._unfitted: set[QTreeView] = set()  # lists whose groups and columns wait for their tab
        self.actor_view = self._tree(self._actors, sortable=True, flat=True)
        self.actor_view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.quote_view = self._tree(self._quote_proxy)
        self.fact_view = self._tree(self._fact_proxy)
        for view in (self.quote_view, self.fact_view):  # a quote is read whole, not cut at the edge
            WrappingDelegate.install(view)
        for view, name in ((self.actor_view, "Actors"), (self.quote_view, "Quotes"), (self.fact_view, "Facts")):
            view.setAccessibleName(name)
            self.tabs.addTab(view, name)
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._status)
        layout.addWidget(self.tabs)
        self.setWidget(box)
        self.setMinimumWidth(320)  # room for all five tabs without scroll arrows
        self.tabs.currentChanged.connect(self._fit_current)
        self.actor_view.doubleClicked.connect(self._actor_double_clicked)
        install_context_menu(self.actor_view, self._actor_menu)
        for view, kind in ((self.quote_view, "quote"), (self.fact_view, "fact")):
            install_context_menu(view, lambda index, at, v=view, k=kind: self._keep_menu(v, k, index, at))

    def _tree(self, model, sortable: bool = False, flat: bool = False) -> QTreeView:
        view = QTreeView(self)
        if sortable:
            use_sort_header(view)
        view.setModel(model)
        view.setUniformRowHeights(False)
        view.setWordWrap(True)
        view.setAlternatingRowColors(False)
        view.setRootIsDecorated(not flat)
        view.setSortingEnabled(sortable)
        if sortable:  # the sort arrow moves to another column: so does its room
            view.header().sortIndicatorChanged.connect(lambda *_: view.model() is not None and _fit_columns(view))
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.header().setStretchLastSection(False)
        view.clicked.connect(self._row_clicked)
        view.activated.connect(self._row_clicked)  # Enter on a row, for keyboard users
        return view

    def set_theme(self, theme: Theme) -> None:
        """Live theme switch; the window then shows the article again, rebuilding the models."""
        self._theme = theme
        old, self._actors = self._actors, ActorsModel(theme, self)
        self.actor_view.setModel(self._actors)
        old.deleteLater()
        self._status.setStyleSheet(f"color: {theme.muted}; padding: 6px 8px;")

    # ------------------------------------------------------------------ content
    def show_article(self, article: Article | None, analysis: Analysis | None, busy: bool = False) -> None:
        self._actors.set_analysis(analysis)
        quotes = quotes_model(analysis, self._theme)
        facts = facts_model(analysis, article, self._theme)
        quotes.setParent(self)
        facts.setParent(self)
        for proxy, model in ((self._quote_proxy, quotes), (self._fact_proxy, facts)):
            old = proxy.sourceModel()
            proxy.setSourceModel(model)
            if old is not None:
                old.deleteLater()
        self._unfitted.update((self.actor_view, self.quote_view, self.fact_view))
        self._fit_current()
        if analysis is not None:
            direct = sum(1 for q in analysis.quotes if q.kind == "direct")
            self.tabs.setTabText(0, f"Actors {len(analysis.actors)}")
            self.tabs.setTabText(1, f"Quotes {direct}")
            self.tabs.setTabText(2, f"Facts {len(analysis.facts)}")
        else:
            for i, name in enumerate(("Actors", "Quotes", "Facts")):
                self.tabs.setTabText(i, name)
        self._status.setVisible(analysis is None)
        if analysis is None:
            self._status.setText("Finding actors and quotes…" if busy else "Open an article to see who is in it.")

    def set_actor_filter(self, actor_ids: set[str]) -> None:
        for proxy, view in ((self._quote_proxy, self.quote_view), (self._fact_proxy, self.fact_view)):
            if proxy.set_actors(actor_ids):
                self._unfitted.add(view)
        self._fit_current()

    def _fit_current(self, _index: int = -1) -> None:
        """Expand the groups and size the columns of the list on show. The others wait until
        their tab is chosen: for a long article each is ~10 ms of calls into the model."""
        view = self.tabs.currentWidget()
        if view in self._unfitted:
            self._unfitted.discard(view)
            view.expandAll()
            _fit_columns(view)

    def visible_quote_count(self) -> int:
        return _leaf_count(self._quote_proxy)

    # ------------------------------------------------------------------ interaction
    def _row_clicked(self, index: QModelIndex) -> None:
        span = index.siblingAtColumn(0).data(SPAN_ROLE)
        if span:
            self.span_activated.emit(*span)

    def selected_actor(self) -> str | None:
        """The actor of the Actors list's selected row while that list is shown, else None."""
        if self.tabs.currentWidget() is not self.actor_view:
            return None
        selected = self.actor_view.selectionModel().selectedRows(0)
        index = selected[0] if selected else QModelIndex()
        return index.data(ACTOR_ROLE) or None

    def actor_menu(self, index: QModelIndex):
        """The context menu of an actor row (None on empty space)."""
        from PySide6.QtWidgets import QMenu

        actor_id = index.siblingAtColumn(0).data(ACTOR_ROLE)
        if not actor_id:
            return None
        menu = QMenu(self.actor_view)
        menu.addAction("Filter the article to this actor", lambda: self.actor_activated.emit(actor_id, False))
        menu.addAction("Everything they said, across the library…", lambda: self.library_requested.emit(actor_id))
        return menu

    def _actor_menu(self, index: QModelIndex, at) -> None:
        menu = self.actor_menu(index)
        if menu is not None:
            menu.exec(at)

    def _keep_menu(self, view: QTreeView, kind: str, index: QModelIndex, at) -> None:
        menu = self.keep_menu(view, kind, index)
        if menu is not None:
            menu.exec(at)

    def keep_menu(self, view: QTreeView, kind: str, index: QModelIndex):
        """The context menu of a quote or fact row (None on a group heading or empty space)."""
        from PySide6.QtWidgets import QMenu

        index = index.siblingAtColumn(0)
        span = index.data(SPAN_ROLE)
        if not span:
            return None
        menu = QMenu(view)
        name = KIND_NAMES.get(index.data(KIND_ROLE) or kind, kind)
        # keep_requested carries the list's kind: the notes tell a quote from reported speech themselves
        menu.addAction(f"Keep this {name} in my notes", lambda: self.keep_requested.emit(*span, kind))
        menu.addAction("Show in the article", lambda: self.span_activated.emit(*span))
        return menu

    def _actor_double_clicked(self, index: QModelIndex) -> None:
        actor_id = index.siblingAtColumn(0).data(ACTOR_ROLE)
        if actor_id:
            additive = bool(QApplication.keyboardModifiers() & Qt.KeyboardModifier.ControlModifier)
            self.actor_activated.emit(actor_id, additive)


_HEADER_PADDING = 12  # px: the header section's side padding (resources/style.qss: 6 px a side)
_SORT_ARROW = 14  # px: the sort arrow beside the label of the column the list is sorted by


def _fit_columns(view: QTreeView) -> None:
    """The first column (the names) takes the room; the others (numbers, values) are as wide
    as their widest text or their label, whichever is wider — with room for the sort arrow only
    in the column sorted by (refitted when the sort changes). Measured here from the strings:
    Qt's ResizeToContents asks the model for every row's size hint again on each resize (for
    the actors of a long article, thousands of calls from C++ into Python, tens of ms on the
    GUI thread)."""
    header = view.header()
    sorted_by = header.sortIndicatorSection() if header.isSortIndicatorShown() else -1
    model = view.model()
    source = model.sourceModel() if isinstance(model, QSortFilterProxyModel) else model
    metrics, header_metrics = QFontMetrics(view.font()), QFontMetrics(header.font())
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, model.columnCount()):
        texts = source.column_texts(column)
        widest = max((metrics.horizontalAdvance(t) for t in set(texts)), default=0)
        # The label and the sort arrow, not Qt's size hint: Fusion's pads a "Mentions" column
        # to ~100 px, which elided the names the panel exists to show in a 340 px dock.
        label = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        titled = header_metrics.horizontalAdvance(label) + _HEADER_PADDING + (_SORT_ARROW if column == sorted_by else 0)
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(column, min(240, max(titled, widest + 16)))


def _leaf_count(model) -> int:
    """Rows under the groups (every top-level row of the quote and fact models is a group)."""
    return sum(model.rowCount(model.index(row, 0)) for row in range(model.rowCount()))
