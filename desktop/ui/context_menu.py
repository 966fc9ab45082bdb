"""Context menus on item views that act on the right row, whatever opened them.

`customContextMenuRequested(pos)` + `indexAt(pos)` is right for a mouse click but wrong for the
keyboard: for the Menu key Qt places the event at the current item's rectangle in the *view's*
coordinates (frame and header included) and the slot reads it as *viewport* coordinates, so the
menu acted on the row below the selected one. Here the event's reason decides: a mouse click
acts on the row under the pointer, the Menu key (and Shift+F10, which Qt does not map on every
platform) on the current row, with the menu shown beside that row.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView

# handler(index, global_pos): builds and shows the menu for `index` (may be invalid: empty space)
MenuHandler = Callable[[QModelIndex, QPoint], None]


class _ContextMenuFilter(QObject):
    def __init__(self, view: QAbstractItemView, handler: MenuHandler) -> None:
        super().__init__(view)
        self._view = view
        self._handler = handler

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.ContextMenu:
            return False
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            viewport = self._view.viewport()
            pos = viewport.mapFromGlobal(event.globalPos())
            self._handler(self._view.indexAt(pos), viewport.mapToGlobal(pos))
        else:
            open_keyboard_menu(self._view, self._handler)
        return True


def open_keyboard_menu(view: QAbstractItemView, handler: MenuHandler) -> None:
    """The menu of the current row, shown at that row (at the view's corner without one)."""
    index = view.currentIndex()
    if index.isValid():
        rect = view.visualRect(index)
        corner = QPoint(rect.left() + 8, rect.bottom())
    else:
        corner = QPoint(8, 8)
    handler(index, view.viewport().mapToGlobal(corner))


def install_context_menu(view: QAbstractItemView, handler: MenuHandler) -> None:
    """Route every context-menu request on `view` (mouse, Menu key, Shift+F10) to `handler`
    with the row it is about. Keyboard requests act on `view.currentIndex()`."""
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)
    menu_filter = _ContextMenuFilter(view, handler)
    view.installEventFilter(menu_filter)
    view.viewport().installEventFilter(menu_filter)
    shortcut = QShortcut(QKeySequence("Shift+F10"), view, context=Qt.ShortcutContext.WidgetShortcut)
    shortcut.activated.connect(lambda: open_keyboard_menu(view, handler))
