"""The small ones of issue 20 (items 11 and 12): fold feedback and markers, the Voices table,
"1 result", the legend chips, no scroll jump on an actor click, honest note imports, a .txt
without a title line, and the CLI's message for zero hits."""
import json

import pytest
from PySide6.QtCore import QUrl

from desktop.export import ExportItem, render
from desktop.loaders import load_article
from desktop.ui.reader import ACTOR_SCHEME
from desktop.ui.search_ui import SearchResults
from desktop.search import Hit, SearchResult
from desktop.ui.theme import LIGHT

from .conftest import SEEDS, import_notes

SAMPLE = SEEDS / "04_budget_statement.txt"


@pytest.fixture
def window(make_window, qtbot):
    window = make_window(show=True, size=(1100, 600))
    with qtbot.waitSignal(window.analysis_finished, timeout=60_000):
        window.open_paths([str(SAMPLE)])
    return window


def test_folding_says_what_it_did_and_marks_the_hidden_paragraphs(window, qtbot):
    view = window.current_view()
    reid = view.analysis.find_actor("Thomas Reid")
    window.filter_to(reid.id)
    window.fold_action.trigger()
    message = window.statusBar().currentMessage()
    hidden = len(view.article.paragraphs) - len(view.visible_paragraphs)
    assert message.startswith(f"Folded {hidden} paragraphs that do not concern Thomas Reid")
    runs = view.hidden_runs()
    assert sum(n for _, n in runs) == hidden and runs
    first_shown = view.document().findBlockByNumber(view.visible_paragraphs[0] + 2)
    if view.visible_paragraphs[0] > 0:  # room above it for "⋯ N paragraphs folded"
        assert first_shown.blockFormat().topMargin() >= 30
    window.fold_action.trigger()
    assert "shown again" in window.statusBar().currentMessage() and view.hidden_runs() == []


def test_fold_without_a_filter_explains_itself(make_window):
    window = make_window()
    window.fold_action.trigger()
    assert "when you click an actor" in window.statusBar().currentMessage()


def test_voices_table_is_readable_and_sorted_like_the_chart(window, qtbot):
    window.show_voices()
    dialog = window._voices_dialog
    qtbot.waitExposed(dialog)
    table = dialog.table
    qtbot.waitUntil(lambda: table.rowCount() > 0, timeout=60_000)  # built on a worker
    rows = table.rowCount()
    assert rows >= 5
    visible = table.viewport().height() // table.verticalHeader().defaultSectionSize()
    assert visible >= min(rows, 10)
    names = [table.item(r, 0).text() for r in range(rows)]
    assert names == [v.name for v in dialog._voices]  # the chart's order: most quoted first
    quotes = [int(table.item(r, 2).text()) for r in range(rows)]
    assert quotes == sorted(quotes, reverse=True)


def test_one_result_is_singular(qtbot):
    results = SearchResults(LIGHT)
    qtbot.addWidget(results)
    hit = Hit("a", "Title", "text", 0, 4, "\x02word\x03", "", -1.0)
    results.show_result("word", SearchResult([hit], ["word"]))
    assert results.status.text().startswith("1 result in 1 article —")


def test_a_switched_off_legend_chip_is_not_the_brighter_one(window):
    from desktop.colors import luminance

    from PySide6.QtCore import QPoint, QRect

    button = window.legend._buttons["person"]

    def shot():  # as the window draws it, with the toolbar behind the chip
        return window.grab(QRect(button.mapTo(window, QPoint(0, 0)), button.size())).toImage()

    on = shot()
    button.setChecked(False)
    off = shot()

    def ink(image):  # the mean luminance of the darker half of the pixels: text and icon
        values = sorted(luminance(image.pixelColor(x, y).name()) for x in range(image.width())
                        for y in range(image.height()))
        return sum(values[: len(values) // 2]) / (len(values) // 2)

    assert ink(off) > ink(on)  # switched off: lighter ink on a light theme, i.e. fainter
    assert "hidden" in button.toolTip()
    button.setChecked(True)


def test_clicking_an_actor_keeps_the_text_where_it_was(window, qtbot):
    window.resize(1100, 420)
    view = window.current_view()
    reid = view.analysis.find_actor("Thomas Reid")
    view.scroll_to_offset(reid.mentions[0].start)
    qtbot.wait(10)
    before = view.verticalScrollBar().value()
    with qtbot.waitSignal(window.filter_changed):
        view.anchorClicked.emit(QUrl(ACTOR_SCHEME + reid.id))
    assert view.verticalScrollBar().value() == before


def test_importing_the_same_notes_twice_says_nothing_new(window, tmp_path, qtbot):
    view = window.current_view()
    start = view.article.text.index("bank levy")
    view.setTextCursor(view.cursor_for_span(start, start + 9))
    window.notes.highlight_selection()
    out = tmp_path / "notes.json"
    out.write_text(render([ExportItem(view.article, view.analysis, window.notes.store.for_article(view.article.id))],
                          "json"), encoding="utf-8")
    assert import_notes(qtbot, window, out) == 0
    assert window.notes.import_message == "Nothing new: that note is already in your notes."
    data = json.loads(out.read_text(encoding="utf-8"))
    data["articles"][0]["notes"][0]["note"] = "changed elsewhere"
    out.write_text(json.dumps(data), encoding="utf-8")
    assert import_notes(qtbot, window, out) == 1 and window.notes.import_message == "Imported 1 note."


def test_a_txt_without_a_title_line_does_not_repeat_its_first_sentence(tmp_path):
    path = tmp_path / "harbour_board_minutes.txt"
    path.write_text("The harbour board met on Monday and agreed to reopen the quay after repairs.\n\n"
                    "Members said the work had gone well.", encoding="utf-8")
    article = load_article(path)
    assert article.title == "Harbour board minutes"
    assert not article.text.startswith(article.title.rstrip("…"))


def test_cli_search_says_when_nothing_is_found(tmp_path, cli_here):
    result = cli_here("search", "zebracorn", str(SAMPLE), text=True)
    assert result.returncode == 0
    assert result.stdout.strip() == "Nothing found for “zebracorn” in 1 article."
