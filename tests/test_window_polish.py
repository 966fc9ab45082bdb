"""Window faults a tester found using Byline as a demanding Calibre/Zotero user: sort arrows,
library dates, tab keys and reopening closed tabs, the search bar's Esc, the context menu's
word for reported speech, and the library filling in while an import runs."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from desktop.article import article_from_text
from desktop.dates import UNKNOWN_KEY, published_date


# ---------------------------------------------------------------------- 1. library table
def _arrow_rows(header, section: int) -> list[int]:
    """Widths, top to bottom, of the dark shape drawn at the right end of `section` (the sort
    arrow), read from the rendered header as a user sees it."""
    image = header.grab().toImage()
    right = header.sectionViewportPosition(section) + header.sectionSize(section)
    widths = []
    for y in range(image.height()):
        dark = sum(1 for x in range(max(0, right - 30), right) if QColor(image.pixel(x, y)).lightness() < 128)
        if dark:
            widths.append(dark)
    return widths


def _points_down(header, section: int) -> bool:
    widths = _arrow_rows(header, section)
    assert len(widths) >= 2, f"no sort arrow drawn in section {section}"
    return widths[0] > widths[-1]  # ▼ is widest at the top


@pytest.fixture
def library_window(make_window, tmp_path):
    win = make_window(show=True)
    store = win.library.store
    for name, title, date in (("a.txt", "Spring", "2 May 2026"), ("b.txt", "Winter", "2026-01-15"),
                              ("c.txt", "Autumn", "April 30, 2026"), ("d.txt", "Undated", None),
                              ("e.txt", "Odd", "sometime soon")):
        path = tmp_path / name
        body = f"The council met about {title.lower()}."
        path.write_text(body, encoding="utf-8")
        store.add(article_from_text(body, title, date=date), path)
    return win


def _show_library(win, qtbot):
    dock = win.library_dock
    with qtbot.waitSignal(dock.rows_loaded):
        win.toggle_library_view()
    return dock


def test_sort_arrow_points_the_way_the_list_runs(library_window, qtbot):
    dock = _show_library(library_window, qtbot)
    header = dock.table.horizontalHeader()
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder  # newest first by default
    assert _points_down(header, 1), "a descending list must show ▼"
    dock.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert not _points_down(header, 1), "an ascending list must show ▲"


def test_voices_and_panel_headers_flip_too():
    from desktop.ui.sort_header import SortHeader

    from PySide6.QtWidgets import QStyleOptionHeader, QTableWidget

    table = QTableWidget(2, 2)
    from desktop.ui.sort_header import use_sort_header
    header = use_sort_header(table)
    assert isinstance(table.horizontalHeader(), SortHeader) and header is table.horizontalHeader()
    table.setSortingEnabled(True)
    table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    option = QStyleOptionHeader()
    header.initStyleOptionForIndex(option, 0)
    assert option.sortIndicator == QStyleOptionHeader.SortIndicator.SortDown


@pytest.mark.parametrize("raw, shown", [
    ("2026-05-02", "2026-05-02"),
    ("2 May 2026", "2026-05-02"),
    ("May 2, 2026", "2026-05-02"),
    ("Sat, 2 May 2026", "2026-05-02"),
    ("2026-05-02T23:30:00-07:00", "2026-05-02"),  # the day as the article gives it, not moved by a zone
    ("Sept. 3, 2024", "2024-09-03"),
    ("May 2026", "2026-05"),  # no day: not filled in with today's
    ("2026", "2026"),
    ("2 May", "2 May"),  # no year: shown as written, not placed in some year
    ("sometime soon", "sometime soon"),
    ("", ""),
    (None, ""),
])
def test_article_dates_show_in_one_form(raw, shown):
    assert published_date(raw).text == shown


def test_dates_sort_by_the_day_not_the_string():
    keys = [published_date(d).key for d in ("15 January 2026", "30 April 2026", "2026-05-02", "May 3, 2026")]
    assert keys == sorted(keys) and len(set(keys)) == 4
    assert published_date("nonsense").key == published_date(None).key == UNKNOWN_KEY < keys[0]


def test_library_date_column_is_one_format_sorted_by_the_real_date(library_window, qtbot):
    dock = _show_library(library_window, qtbot)
    dock.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    rows = [(dock.proxy.index(r, 0).data(), dock.proxy.index(r, 1).data()) for r in range(dock.proxy.rowCount())]
    assert rows[:3] == [("Spring", "2026-05-02"), ("Autumn", "2026-04-30"), ("Winter", "2026-01-15")]
    assert {title for title, _ in rows[3:]} == {"Undated", "Odd"}  # unknown dates last when newest first
    odd = next(r for r in range(dock.proxy.rowCount()) if dock.proxy.index(r, 0).data() == "Odd")
    assert "not a date" in dock.proxy.index(odd, 1).data(Qt.ItemDataRole.ToolTipRole)
