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


# ---------------------------------------------------------------------- 2. tabs
from .conftest import ROOT, open_files  # noqa: E402


@pytest.fixture
def three_tabs(make_window, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr("desktop.analysis.MAX_ANALYSED_CHARS", 2_000)  # tabs are under test, not analysis
    paths = []
    for n, title in enumerate(("Harbour board approves the long-awaited flood barrier for the old quay",
                               "Budget day", "Museum returns bronzes")):
        path = tmp_path / f"{n}.txt"
        path.write_text(title + "\n\n" + "\n\n".join(f"Paragraph {k}: the board met again about {title}." for k in range(300)),
                        encoding="utf-8")
        paths.append(path)
    win = make_window(show=True)
    open_files(qtbot, win, paths)
    return win, paths


def test_tabs_have_room_around_their_titles(three_tabs):
    win, _paths = three_tabs
    bar = win._tabs.tabBar()
    line = bar.fontMetrics().height()
    for index in range(bar.count()):
        assert bar.tabRect(index).height() >= 1.8 * line  # a line of text with room above and below
    long_tab = bar.tabRect(0)
    assert long_tab.width() <= 22 * bar.fontMetrics().horizontalAdvance("n") + 1  # elided, not a banner
    assert bar.tabText(0).startswith("Harbour board approves the long-awaited flood barrier")  # whole; drawn elided
    assert sum(bar.tabRect(i).width() for i in range(bar.count())) < win._tabs.width()  # three tabs fit


@pytest.mark.parametrize("key, expected", [(Qt.Key.Key_PageDown, 0), (Qt.Key.Key_PageUp, 1)])
def test_ctrl_page_keys_step_through_tabs_from_the_text(three_tabs, qtbot, key, expected):
    win, _paths = three_tabs
    win._tabs.setCurrentIndex(2)
    view = win.current_view()
    view.setFocus()
    with qtbot.waitSignal(win._tabs.currentChanged) as changed:
        qtbot.keyClick(view, key, Qt.KeyboardModifier.ControlModifier)  # wraps around at either end
    assert changed.args == [expected]
    assert ("Next Tab", "Ctrl+Tab") in win.shortcut_rows() or any(
        name == "Next Tab" for name, _seq in win.shortcut_rows())
    next_tab = next(a for a in win.view_menu.actions() if a.text() == "Next Tab")
    assert "Ctrl+PgDown" in [s.toString() for s in next_tab.shortcuts()]


def _reopen(win, qtbot):
    with qtbot.waitSignal(win.tab_reopened) as reopened:
        qtbot.keyClick(win, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    return reopened.args[0]


def test_reopen_closed_tab_puts_it_back_in_its_place_and_where_it_was_read_to(three_tabs, qtbot):
    win, paths = three_tabs
    middle = win.views()[1]
    win._tabs.setCurrentWidget(middle)  # a hidden tab has no scroll range
    qtbot.waitUntil(lambda: middle.verticalScrollBar().maximum() > 0)
    middle.set_scroll_fraction(0.5)
    middle_id = middle.article.id
    win.close_tab(1)
    first_id = win.views()[0].article.id
    win.close_tab(0)  # a stack: the last closed comes back first
    assert [v.article.source for v in win.views()] == [str(paths[2])]
    assert "Budget" not in win.reopen_action.text() and win.reopen_action.isEnabled()
    assert win.reopen_action in win.menuBar().actions()[0].menu().actions()  # File ▸ Reopen Closed Tab

    view = _reopen(win, qtbot)
    assert view.article.id == first_id and win._tabs.indexOf(view) == 0 and win.current_view() is view
    view = _reopen(win, qtbot)
    assert view.article.id == middle_id and win._tabs.indexOf(view) == 1
    qtbot.waitUntil(lambda: abs(view.scroll_fraction() - 0.5) < 0.02)
    assert [v.article.source for v in win.views()] == [str(p) for p in paths]
    assert not win.reopen_action.isEnabled()


# ---------------------------------------------------------------------- 3. search bar
def test_esc_closes_the_results_and_keeps_the_query(make_window, qtbot, tmp_path):
    win = make_window(show=True)
    win.library.store.add(article_from_text("The harbour board met on Thursday.", "Harbour"), None)
    open_files(qtbot, win, [_write(tmp_path, "budget.txt", "Budget day\n\nThe minister spoke about taxes.")])
    bar, panel = win.library.bar, win.panel
    panel.tabs.setCurrentWidget(panel.quote_view)
    bar.setFocus()
    with qtbot.waitSignal(win.library.results_shown, check_params_cb=lambda q, r: q == "harbour"):
        qtbot.keyClicks(bar, "harbour")
    assert panel.tabs.currentWidget() is win.library.results

    qtbot.keyClick(bar, Qt.Key.Key_Escape)
    assert bar.text() == "harbour"  # kept, as a browser's find bar keeps it
    assert panel.tabs.currentWidget() is panel.quote_view  # the result list is closed
    assert win.current_view().hasFocus() and not bar.hasFocus()  # back in the article

    with qtbot.waitSignal(win.library.results_shown, check_params_cb=lambda q, r: q == "harbour") as again:
        qtbot.keyClick(win, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)  # the same query, ready again
    assert again.args[1].hits and bar.hasFocus() and bar.selectedText() == "harbour"

    with qtbot.waitSignal(win.library.results_shown, check_params_cb=lambda q, r: q == ""):
        qtbot.keyClick(bar, Qt.Key.Key_Delete)  # select all + delete: the explicit way to clear
    assert bar.text() == ""


def _write(folder, name, text):
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


# ---------------------------------------------------------------------- 4. context menu terms
def test_the_panel_menu_names_reported_speech_as_such(qtbot):
    from desktop.analysis.types import Actor, Analysis, Mention, Quote, Speaker
    from desktop.ui.panel import FactsPanel
    from desktop.ui.theme import LIGHT

    text = 'Mark Carney spoke first.\n\n"We are ready," Carney said.\n\nCarney denied that talks had failed.'
    article = article_from_text(text, "Talks")
    s1, s2 = text.index("Carney said"), text.index("Carney denied")
    actor = Actor("p1", "Mark Carney", "person", ["Carney"], [Mention(0, 11, "Mark Carney", "p1", (0, 24))])
    q0, r0 = text.index("We are"), text.index("talks had")
    direct = Quote("q1", q0, q0 + 13, "We are ready,", "direct", False, Speaker("Carney", "p1", s1, s1 + 6),
                   "said", (26, 55), ((q0, q0 + 13),))
    reported = Quote("q2", r0, r0 + 17, "talks had failed.", "reported", False, Speaker("Carney", "p1", s2, s2 + 6),
                     "denied that", (57, len(text)), ((r0, r0 + 17),))
    panel = FactsPanel(LIGHT)
    qtbot.addWidget(panel)
    panel.show_article(article, Analysis([actor], [direct, reported], [], analysed_chars=len(text)))
    view, model = panel.quote_view, panel.quote_view.model()
    group = model.index(0, 0)
    menus = {}
    for row in range(model.rowCount(group)):
        index = model.index(row, 0, group)
        menu = panel.keep_menu(view, "quote", index)
        menus[index.data(SPAN_ROLE_)] = [a.text() for a in menu.actions()]
    assert menus[(q0, q0 + 13)][0] == "Keep this quote in my notes"
    assert menus[(r0, r0 + 17)][0] == "Keep this reported speech in my notes"
    assert panel.keep_menu(view, "quote", group) is None  # a speaker's heading has no such menu


from desktop.ui.panel import SPAN_ROLE as SPAN_ROLE_  # noqa: E402


# ---------------------------------------------------------------------- 5. import status and rows
def test_import_status_shortens_its_name_never_its_count(make_window, qtbot):
    win = make_window(show=True, size=(700, 500))
    job = win.jobs.start("Importing and analysing news-archive-2025-spring-from-the-regional-desk")
    job.progress(1234, 2370)
    indicator = win.jobs_indicator
    qtbot.waitUntil(lambda: indicator.isVisible() and indicator.count.isVisible())
    for label in (indicator.count, indicator.more):  # "1,234 of 2,370", "(+1 more)": whole
        assert label.width() >= label.sizeHint().width(), label.text()
    shown = indicator.label.shown_text()
    assert shown.endswith("…") and indicator.label.text().startswith(shown[:-1].rstrip())
    assert indicator.count.text() == "1,234 of 2,370" and "regional-desk" in indicator.toolTip()
    job.finish()


def test_an_import_hands_every_stored_article_to_the_view_while_it_runs(library_window, qtbot, tmp_path):
    win = library_window
    folder = tmp_path / "incoming"
    folder.mkdir()
    for n in range(6):
        _write(folder, f"{n}.txt", f"Report {n}\n\nThe harbour board met for the {n}th time.")
    handed: list[str] = []
    win.library.articles_added.connect(handed.extend)
    with qtbot.waitSignal(win.library.import_finished, timeout=120_000) as done:  # a watchdog
        win.library.import_folder(str(folder))
    imported, failures = done.args
    assert failures == [] and len(imported) == 6
    assert sorted(handed) == sorted(imported)  # each one handed over once, in the batches of progress


def test_library_rows_arrive_in_batches_without_a_reset(library_window, qtbot):
    win = library_window
    dock = _show_library(win, qtbot)
    before = dock.model.rowCount()
    store = win.library.store
    ids = [store.add(article_from_text(f"The harbour board met for the {n}th time.", f"Report {n}"), None)
           for n in range(6)]
    resets = []
    dock.model.modelReset.connect(lambda: resets.append(dock.model.rowCount()))
    for batch in (ids[:2], ids[2:], ids[:1]):  # the last one is already listed: updated, not doubled
        with qtbot.waitSignal(dock.rows_added, timeout=60_000) as added:  # a watchdog, not a timing
            win.library.articles_added.emit(batch)
        assert added.args[0] == (0 if batch == ids[:1] else len(batch))
    assert dock.model.rowCount() == before + 6 and not resets  # inserted in batches, never a reset
    assert "Report 3" in [dock.model.row_at(r).title for r in range(dock.model.rowCount())]
    assert dock.count.text() == f"{before + 6} articles"


def test_the_actor_list_shows_whole_names_in_the_default_dock(make_window, qtbot):
    win = make_window(show=True, size=(1152, 720))  # the window's default size
    with qtbot.waitSignal(win.analysis_finished, timeout=60_000):  # a watchdog
        win.open_paths([str(ROOT / "seeds" / "03_drought_wheat_trial.html")])
    view = win.panel.actor_view
    model, header = view.model(), view.header()
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert "National Farmers' Council" in names
    room = header.sectionSize(0) - view.iconSize().width() - 16  # the colour dot and the margins
    longest = max(names, key=view.fontMetrics().horizontalAdvance)
    assert view.fontMetrics().horizontalAdvance(longest) <= room, f"{longest!r} is elided"
    for column in range(1, model.columnCount()):  # the numbers' columns still fit their label
        label = model.headerData(column, Qt.Orientation.Horizontal)
        assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance(label)
