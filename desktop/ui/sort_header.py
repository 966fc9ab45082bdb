"""A header whose sort arrow points the way the list runs: ▼ for descending (newest, largest
first), ▲ for ascending, as in Calibre, Zotero, Finder and Windows Explorer.

Qt's QHeaderView gives the style SortDown for an ascending sort and SortUp for a descending one,
and Fusion (our style) draws SortUp as ▲: a newest-first list showed an arrow pointing up.
The option is flipped here, before any style draws it, so every style agrees with the order shown.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QStyleOptionHeader, QTableView, QTreeView

_FLIP = {QStyleOptionHeader.SortIndicator.SortUp: QStyleOptionHeader.SortIndicator.SortDown,
         QStyleOptionHeader.SortIndicator.SortDown: QStyleOptionHeader.SortIndicator.SortUp}


class SortHeader(QHeaderView):
    def initStyleOptionForIndex(self, option: QStyleOptionHeader, logical_index: int) -> None:  # noqa: N802
        super().initStyleOptionForIndex(option, logical_index)
        option.sortIndicator = _FLIP.get(option.sortIndicator, option.sortIndicator)


def use_sort_header(view: QTableView | QTreeView) -> SortHeader:
    """Give `view` a SortHeader in place of its horizontal header (call before setting the
    header's resize modes: they belong to the header)."""
    old = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
    header = SortHeader(Qt.Orientation.Horizontal, view)
    header.setSectionsClickable(old.sectionsClickable())
    header.setHighlightSections(old.highlightSections())
    header.setStretchLastSection(old.stretchLastSection())
    header.setDefaultAlignment(old.defaultAlignment())
    header.setSectionsMovable(old.sectionsMovable())
    if isinstance(view, QTableView):
        view.setHorizontalHeader(header)
    else:
        view.setHeader(header)
    return header
