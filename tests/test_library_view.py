"""The Library view (Ctrl+L): every article in a table, sorted, filtered through the index,
opened with Enter, removed with Delete and brought back with Undo."""
import os

import pytest
from PySide6.QtCore import Qt

from desktop.article import article_from_text

from .library_samples import TEXT, carney_analysis

ARTICLES = [
    ("harbour.txt", "Harbour barrier approved", "The council approved the harbour barrier on Thursday."),
    ("budget.txt", "Budget day", "The minister spoke about taxes and the deficit."),
]


@pytest.fixture
def window(make_window, tmp_path, qtbot):
    win = make_window(show=True)
    store = win.library.store
    for name, title, body in ARTICLES:
        path = tmp_path / name
        path.write_text(body, encoding="utf-8")
        store.add(article_from_text(body, title), path)
    talks = tmp_path / "talks.txt"
    talks.write_text(TEXT, encoding="utf-8")
    store.add(article_from_text(TEXT, "Talks"), talks, carney_analysis())
    os.remove(talks)  # its file is gone: the library still has it
    store.check_files()
    return win


def show_library(window, qtbot):
    dock = window.library_dock
    with qtbot.waitSignal(dock.rows_loaded, timeout=30_000):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert dock.isVisible() and dock.filter.hasFocus()
    return dock


def column(dock, col):
    return [dock.proxy.index(r, col).data() for r in range(dock.proxy.rowCount())]


def test_ctrl_l_lists_every_article_with_its_columns(window, qtbot):
    dock = show_library(window, qtbot)
    assert dock.model.rowCount() == 3
    dock.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert column(dock, 0) == ["Budget day", "Harbour barrier approved", "Talks"]
    talks = 2
    assert dock.proxy.index(talks, 5).data() == "Mark Carney"  # top speakers
    assert dock.proxy.index(talks, 4).data() == "1"  # quotes
    assert dock.proxy.index(talks, 6).data() == "missing"
    assert column(dock, 4)[:2] == ["…", "…"]  # not analysed yet
    assert "3 articles" in dock.count.text()
    assert ("Library", "Ctrl+L") in window.shortcut_rows()


def test_typing_filters_through_the_index_fields_included(window, qtbot):
    dock = show_library(window, qtbot)
    for text, titles in (("harbour", ["Harbour barrier approved"]), ('speaker:"Mark Carney"', ["Talks"]),
                         ("nothing-like-this", []), ("", None)):
        with qtbot.waitSignal(dock.filter_applied, timeout=10_000, check_params_cb=lambda t, n, x=text: t == x):
            dock.filter.setText(text)
        shown = column(dock, 0)
        assert shown == titles if titles is not None else len(shown) == 3, text


def test_enter_opens_and_a_missing_file_opens_from_the_stored_text(window, qtbot):
    dock = show_library(window, qtbot)
    dock.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    dock.table.setFocus()
    dock.table.setCurrentIndex(dock.proxy.index(2, 0))  # Talks: its file is gone
    with qtbot.waitSignal(window.article_opened, timeout=10_000) as opened:
        qtbot.keyClick(dock.table, Qt.Key.Key_Return)
    assert opened.args[0].text == article_from_text(TEXT, "Talks").text
    assert window.current_view().article.title == "Talks"


def test_delete_removes_the_selection_and_undo_brings_it_back(window, qtbot):
    dock = show_library(window, qtbot)
    dock.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    dock.table.setFocus()
    dock.table.selectRow(0)
    dock.table.selectionModel().select(dock.proxy.index(1, 0),
                                       dock.table.selectionModel().SelectionFlag.Select
                                       | dock.table.selectionModel().SelectionFlag.Rows)
    with qtbot.waitSignal(dock.rows_loaded, timeout=10_000):
        qtbot.keyClick(dock.table, Qt.Key.Key_Delete)
    assert column(dock, 0) == ["Talks"] and len(window.library.store) == 1
    assert window.library.search is not None
    with qtbot.waitSignal(dock.rows_loaded, timeout=10_000):
        window.undo_stack.undo()
    assert len(window.library.store) == 3 and dock.model.rowCount() == 3
    assert window.library.store.search("harbour").hits


def test_start_up_brings_old_analyses_up_to_date_in_the_background(make_window, qtbot, tmp_path):
    window = make_window()
    store = window.library.store
    body = '"We are ready to negotiate," said Mark Carney, the prime minister, on Monday.'
    path = tmp_path / "talks.txt"
    path.write_text(body, encoding="utf-8")
    store.add(article_from_text(body, "Talks"), path)  # text only, as a cancelled import leaves it
    assert store.stale() and not store.search('speaker:"Mark Carney"').hits
    with qtbot.waitSignal(window.library.upkeep_finished, timeout=120_000) as done:
        window.library.start()
    assert done.args[0].analysed == 1
    assert store.stale() == [] and store.search('speaker:"Mark Carney"').hits


def test_a_file_changed_since_opens_the_text_the_library_has(window, qtbot, tmp_path):
    store = window.library.store
    path = tmp_path / "harbour.txt"
    article_id = store.id_for_path(path)
    path.write_text("A different text altogether now.", encoding="utf-8")
    shown = []
    with qtbot.waitSignal(window.files_opened):
        window.open_key(article_id, shown.append)
    [view] = shown
    assert view is window.current_view() and view.article.id == article_id  # the stored text, where the hit was
    assert "harbour barrier" in view.article.text


def test_an_article_opened_while_the_library_is_shown_gets_its_quotes_and_speakers(window, qtbot, tmp_path):
    dock = show_library(window, qtbot)
    path = tmp_path / "ferry.txt"
    path.write_text("Ferry fares rise\n\nFerry fares will rise again in May.\n\n"
                    "“We cannot keep the boats running on goodwill,” said Marta Lindqvist, who runs the line.\n\n"
                    "Passengers were not consulted.", encoding="utf-8")
    # the row appears when the article is stored, then fills in once its analysis is stored
    with qtbot.waitSignals([window.analysis_finished, dock.rows_added], timeout=60_000):
        window.open_paths([str(path)])
    rows = {dock.model.row_at(r).title: r for r in range(dock.model.rowCount())}
    row = rows["Ferry fares rise"]
    assert dock.model.index(row, 4).data() == "1"  # quotes
    assert dock.model.index(row, 5).data() == "Marta Lindqvist"  # top speakers
