"""The side panel: actors, quotes grouped by speaker, and facts, as Qt models with proxies.

Every row carries its span (start, end) and actor id in item roles, so a click can scroll
the article to it; filtering to actors is a proxy filter, never a rebuild of the data.
"""
from __future__ import annotations

import textwrap

from PySide6.QtCore import (
    QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QDockWidget, QHeaderView, QLabel, QTabWidget, QTreeView,
    QVBoxLayout, QWidget,
)

from ..analysis.types import Analysis, format_value
from ..article import Article
from .theme import Theme

SPAN_ROLE = Qt.ItemDataRole.UserRole + 1  # (start, end)
ACTOR_ROLE = Qt.ItemDataRole.UserRole + 2  # actor id this row is about (speaker, subject)
SORT_ROLE = Qt.ItemDataRole.UserRole + 3
TYPE_NAMES = {"person": "Person", "organisation": "Organisation", "place": "Place", "group": "Group"}
FACT_GROUPS = (("role", "Roles"), ("date", "Dates"), ("percent", "Percentages"), ("money", "Money"),
               ("quantity", "Figures"))


def swatch(colour: str, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


class ActorsModel(QAbstractTableModel):
    COLUMNS = ("Actor", "Mentions", "Quotes")  # the type is the colour dot (and the tooltip)
    HEADER_TIPS = ("Canonical name; the dot's colour is the type", "Times mentioned",
                   "Direct quotes attributed")

    def __init__(self, theme: Theme, parent=None) -> None:
        super().__init__(parent)
        self._theme = theme
        self._rows: list[tuple] = []  # (actor, quote count)
        self._icons = {t: swatch(c) for t, c in theme.entity.items()}

    def set_analysis(self, analysis: Analysis | None) -> None:
        self.beginResetModel()
        counts: dict[str, int] = {}
        if analysis is not None:
            for q in analysis.quotes:
                if q.kind == "direct" and q.speaker.actor_id:
                    counts[q.speaker.actor_id] = counts.get(q.speaker.actor_id, 0) + 1
        self._rows = [(a, counts.get(a.id, 0)) for a in (analysis.actors if analysis else [])]
        self.endResetModel()

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


class ActorFilterProxy(QSortFilterProxyModel):
    """Keeps rows whose ACTOR_ROLE is in the filter set (groups stay if a child does)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._actors: set[str] = set()
        self.setRecursiveFilteringEnabled(True)
        self.setSortRole(SORT_ROLE)

    def set_actors(self, actor_ids: set[str]) -> None:
        self.beginFilterChange()
        self._actors = set(actor_ids)
        self.endFilterChange()

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        if not self._actors:
            return True
        index = self.sourceModel().index(row, 0, parent)
        if self.sourceModel().hasChildren(index):
            return False  # a group shows when one of its children is accepted
        return index.data(ACTOR_ROLE) in self._actors


def quotes_model(analysis: Analysis | None, theme: Theme) -> QStandardItemModel:
    """Quotes grouped by speaker; unattributed ones last, listed as such."""
    model = QStandardItemModel()
    model.setHorizontalHeaderLabels(["Quote"])
    if analysis is None:
        return model
    names = {a.id: a for a in analysis.actors}
    groups: dict[str, list] = {}
    for q in analysis.quotes:
        key = q.speaker.actor_id or (f"text:{q.speaker.text}" if q.speaker.text else "unknown")
        groups.setdefault(key, []).append(q)
    ordered = sorted(groups.items(), key=lambda kv: (kv[0] == "unknown", kv[0].startswith("text:"), -len(kv[1])))
    for key, quotes in ordered:
        actor = names.get(key)
        label = actor.name if actor else ("Unattributed" if key == "unknown" else key[5:])
        direct = sum(1 for q in quotes if q.kind == "direct")
        reported = len(quotes) - direct
        group = QStandardItem(f"{label}  ({direct}" + (f" + {reported} reported)" if reported else ")"))
        group.setEditable(False)
        if actor:
            group.setIcon(swatch(theme.entity[actor.type]))
        font = group.font()
        font.setBold(True)
        group.setFont(font)
        for q in quotes:
            text = " ".join(q.text.split())
            short = textwrap.shorten(text, 140, placeholder=" …")
            # Reported speech is the narrator's wording: no quotation marks, in italics.
            item = QStandardItem(f"“{short}”" if q.kind == "direct" else f"{q.cue or 'said'}: {short}")
            if q.kind == "reported":
                font = item.font()
                font.setItalic(True)
                item.setFont(font)
                item.setForeground(QColor(theme.muted))
            how = ", ".join(p for p in (q.kind == "reported" and "reported speech", q.cue and f"cue: {q.cue}",
                                        q.partial and "partial quote",
                                        q.speaker.text and f"as written: {q.speaker.text}") if p)
            item.setToolTip(textwrap.fill(f"“{text}”", 70) + (f"\n({how})" if how else ""))
            item.setData((q.start, q.end), SPAN_ROLE)
            item.setData(q.speaker.actor_id or "", ACTOR_ROLE)
            item.setEditable(False)
            group.appendRow(item)
        model.appendRow(group)
    return model


def facts_model(analysis: Analysis | None, article: Article | None, theme: Theme) -> QStandardItemModel:
    model = QStandardItemModel()
    model.setHorizontalHeaderLabels(["Fact", "Value"])
    if analysis is None or article is None:
        return model
    names = {a.id: a.name for a in analysis.actors}
    for kind, title in FACT_GROUPS:
        facts = [f for f in analysis.facts if f.kind == kind]
        if not facts:
            continue
        group = QStandardItem(f"{title}  ({len(facts)})")
        group.setEditable(False)
        font = group.font()
        font.setBold(True)
        group.setFont(font)
        for f in facts:
            subject = names.get(f.subject)
            label = f"{subject} — {f.value}" if kind == "role" and subject else f.text
            item = QStandardItem(label)
            item.setToolTip(textwrap.fill(article.text[f.sentence[0]:f.sentence[1]], 70))
            item.setData((f.start, f.end), SPAN_ROLE)
            item.setData(f.subject or "", ACTOR_ROLE)
            item.setEditable(False)
            value = QStandardItem("" if kind == "role" else format_value(f.value))
            value.setEditable(False)
            value.setForeground(QColor(theme.muted))
            group.appendRow([item, value])
        model.appendRow([group, QStandardItem("")])
    return model


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
        self._actor_proxy = QSortFilterProxyModel(self)
        self._actor_proxy.setSourceModel(self._actors)
        self._actor_proxy.setSortRole(SORT_ROLE)
        self._quote_proxy = ActorFilterProxy(self)
        self._fact_proxy = ActorFilterProxy(self)
        self._status = QLabel("Open an article to see who is in it.", self)
        self._status.setWordWrap(True)
        self._status.setStyleSheet(f"color: {theme.muted}; padding: 6px 8px;")

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("PanelTabs")
        self.tabs.setDocumentMode(True)
        self.actor_view = self._tree(self._actor_proxy, sortable=True, flat=True)
        self.actor_view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.quote_view = self._tree(self._quote_proxy)
        self.fact_view = self._tree(self._fact_proxy)
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
        self.actor_view.doubleClicked.connect(self._actor_double_clicked)
        self.actor_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.actor_view.customContextMenuRequested.connect(self._actor_menu)
        for view, kind in ((self.quote_view, "quote"), (self.fact_view, "fact")):
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            view.customContextMenuRequested.connect(lambda pos, v=view, k=kind: self._keep_menu(v, k, pos))

    def _tree(self, model, sortable: bool = False, flat: bool = False) -> QTreeView:
        view = QTreeView(self)
        view.setModel(model)
        view.setUniformRowHeights(False)
        view.setWordWrap(True)
        view.setAlternatingRowColors(False)
        view.setRootIsDecorated(not flat)
        view.setSortingEnabled(sortable)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.header().setStretchLastSection(False)
        view.clicked.connect(self._row_clicked)
        view.activated.connect(self._row_clicked)  # Enter on a row, for keyboard users
        return view

    def set_theme(self, theme: Theme) -> None:
        """Live theme switch; the window then shows the article again, rebuilding the models."""
        self._theme = theme
        self._actors = ActorsModel(theme, self)
        self._actor_proxy.setSourceModel(self._actors)
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
        for view in (self.actor_view, self.quote_view, self.fact_view):
            view.expandAll()
            _fit_columns(view)
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
        self._quote_proxy.set_actors(actor_ids)
        self._fact_proxy.set_actors(actor_ids)
        for view in (self.quote_view, self.fact_view):
            view.expandAll()
            _fit_columns(view)

    def visible_quote_count(self) -> int:
        return _leaf_count(self._quote_proxy)

    # ------------------------------------------------------------------ interaction
    def _row_clicked(self, index: QModelIndex) -> None:
        span = index.siblingAtColumn(0).data(SPAN_ROLE)
        if span:
            self.span_activated.emit(*span)

    def _actor_menu(self, pos) -> None:
        from PySide6.QtWidgets import QMenu

        index = self.actor_view.indexAt(pos)
        actor_id = index.siblingAtColumn(0).data(ACTOR_ROLE)
        if not actor_id:
            return
        menu = QMenu(self.actor_view)
        menu.addAction("Filter the article to this actor", lambda: self.actor_activated.emit(actor_id, False))
        menu.addAction("Everything they said, across the library…", lambda: self.library_requested.emit(actor_id))
        menu.exec(self.actor_view.viewport().mapToGlobal(pos))

    def _keep_menu(self, view: QTreeView, kind: str, pos) -> None:
        from PySide6.QtWidgets import QMenu

        span = view.indexAt(pos).siblingAtColumn(0).data(SPAN_ROLE)
        if not span:
            return
        menu = QMenu(view)
        menu.addAction(f"Keep this {kind} in my notes", lambda: self.keep_requested.emit(*span, kind))
        menu.addAction("Show in the article", lambda: self.span_activated.emit(*span))
        menu.exec(view.viewport().mapToGlobal(pos))

    def _actor_double_clicked(self, index: QModelIndex) -> None:
        actor_id = index.siblingAtColumn(0).data(ACTOR_ROLE)
        if actor_id:
            additive = bool(QApplication.keyboardModifiers() & Qt.KeyboardModifier.ControlModifier)
            self.actor_activated.emit(actor_id, additive)


def _fit_columns(view: QTreeView) -> None:
    """The first column takes the room; the others (numbers, values) fit their contents."""
    header = view.header()
    for column in range(view.model().columnCount()):
        mode = QHeaderView.ResizeMode.Stretch if column == 0 else QHeaderView.ResizeMode.ResizeToContents
        header.setSectionResizeMode(column, mode)


def _leaf_count(model) -> int:
    """Rows under the groups (every top-level row of the quote and fact models is a group)."""
    return sum(model.rowCount(model.index(row, 0)) for row in range(model.rowCount()))
