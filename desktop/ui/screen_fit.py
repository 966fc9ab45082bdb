"""Windows sized to the screen they open on: a dialog asks for a comfortable size and gets
less (scrolling inside) on a small screen, so its buttons are never below the screen's edge."""
from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Room for the window manager's title bar and borders (not known before the window is first
# shown): a generous title bar and frame on common X11 and Wayland desktops.
FRAME_ALLOWANCE = QSize(16, 48)


def available_area(widget: QWidget) -> QRect:
    """The available geometry (without panels and docks) of the screen `widget` opens on: its
    parent's screen for a dialog not shown yet."""
    anchor = widget.parentWidget() or widget
    screen = anchor.screen() if anchor is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 800)


def fitting_size(wanted: QSize, area: QSize, frame: QSize = FRAME_ALLOWANCE) -> QSize:
    """`wanted`, shrunk where needed so that it and its window frame fit in `area` (px)."""
    return QSize(max(1, min(wanted.width(), area.width() - frame.width())),
                 max(1, min(wanted.height(), area.height() - frame.height())))


def fit_to_screen(widget: QWidget, width: int, height: int) -> QSize:
    """Resize the top-level `widget` to width x height px, or to what fits on its screen. Its
    minimum size is capped the same way (its own scroll areas then take up the rest), so the
    layout cannot push it back past the screen's edge. Returns the size given."""
    area = available_area(widget).size()
    limit = fitting_size(QSize(10**6, 10**6), area)
    minimum = widget.minimumSizeHint()
    widget.setMinimumSize(min(minimum.width(), limit.width()), min(minimum.height(), limit.height()))
    size = fitting_size(QSize(width, height), area)
    widget.resize(size)
    return size
