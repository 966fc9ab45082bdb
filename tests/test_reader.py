"""The reader: highlights at the right offsets, click-to-filter, the panel, and no freezes."""
import time

import pytest
from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest

from desktop.analysis import analyze
from desktop.article import article_from_text
from desktop.loaders import load_article
from desktop.ui.reader import ACTOR_SCHEME, ArticleView
from desktop.ui.theme import LIGHT

from .conftest import SEEDS

SAMPLE = SEEDS / "04_budget_statement.txt"


@pytest.fixture
def window(make_window):
    return make_window(show=True)


def open_and_wait(window, qtbot, path):
    with qtbot.waitSignal(window.analysis_finished, timeout=60_000):
        window.open_paths([str(path)])
    return window.current_view()


def char_format_at(view, offset):
    cursor = view.cursor_for_span(offset, offset + 1)
    return cursor.charFormat()


def test_highlights_are_at_the_analysis_offsets(window, qtbot):
    view = open_and_wait(window, qtbot, SAMPLE)
    analysis = view.analysis
    nwosu = analysis.find_actor("Adaeze Nwosu")
    for mention in nwosu.mentions:
        fmt = char_format_at(view, mention.start)
        assert fmt.anchorHref() == ACTOR_SCHEME + nwosu.id
        assert fmt.foreground().color() == QColor(LIGHT.entity["person"])
    quote = next(q for q in analysis.quotes if q.kind == "direct" and not q.partial)
    assert char_format_at(view, quote.start + 3).background().color() == QColor(LIGHT.quote_bg)
    # plain narration carries no highlight
    plain = view.article.text.index("Banks reacted angrily")
    assert not char_format_at(view, plain).isAnchor()


def test_clicking_an_actor_filters_the_article_and_the_panel(window, qtbot):
    view = open_and_wait(window, qtbot, SAMPLE)
    reid = view.analysis.find_actor("Thomas Reid")
    with qtbot.waitSignal(window.filter_changed):
        view.anchorClicked.emit(QUrl(ACTOR_SCHEME + reid.id))
    assert view.actor_filter == {reid.id}
    assert view.visible_paragraphs == view.analysis.paragraphs_about(view.article, {reid.id})
    assert 0 < len(view.visible_paragraphs) < len(view.article.paragraphs)
    assert window.panel.visible_quote_count() == len(view.analysis.quotes_by(reid.id))
    assert window.chip.text().startswith("Filtered: Thomas Reid")
    # a paragraph about someone else is dimmed
    other = next(i for i in range(len(view.article.paragraphs)) if i not in view.visible_paragraphs)
    dimmed = char_format_at(view, view.article.paragraphs[other].start)
    assert dimmed.foreground().color() == QColor(LIGHT.muted)
    # Esc clears
    QTest.keyClick(window, Qt.Key.Key_Escape)
    assert view.actor_filter == set() and view.visible_paragraphs is None
    assert window.panel.visible_quote_count() == len(view.analysis.quotes)


def test_ctrl_click_narrows_to_paragraphs_with_both(window, qtbot):
    view = open_and_wait(window, qtbot, SEEDS / "02_airline_strike.md")
    grace = view.analysis.find_actor("Grace Okafor").id
    union = view.analysis.find_actor("Union of Flight Attendants").id
    window.filter_to(grace)
    window.filter_to(union, additive=True)
    assert view.actor_filter == {grace, union}
    assert view.visible_paragraphs == view.analysis.paragraphs_about(view.article, {grace, union})
    assert " + " in window.chip.text()


def test_fold_hides_unrelated_paragraphs(window, qtbot):
    view = open_and_wait(window, qtbot, SAMPLE)
    window.fold_action.setChecked(True)
    window.filter_to(view.analysis.find_actor("Colin Mathers").id)
    hidden = [i for i in range(len(view.article.paragraphs))
              if not view.document().findBlockByNumber(i + 2).isVisible()]
    assert hidden and set(hidden).isdisjoint(view.visible_paragraphs)


def test_legend_hides_a_type(window, qtbot):
    view = open_and_wait(window, qtbot, SAMPLE)
    person = view.analysis.find_actor("Adaeze Nwosu").mentions[0].start
    button = window.legend._buttons["person"]
    button.click()
    assert not char_format_at(view, person).isAnchor()
    button.click()
    assert char_format_at(view, person).isAnchor()


def test_panel_row_click_scrolls_and_flashes(window, qtbot):
    view = open_and_wait(window, qtbot, SAMPLE)
    quote = [q for q in view.analysis.quotes if q.kind == "direct"][-1]
    with qtbot.waitSignal(window.panel.span_activated) as blocker:
        window.panel.span_activated.emit(quote.start, quote.end)
    assert blocker.args == [quote.start, quote.end]
    assert view.extraSelections() and view.textCursor().position() == view.offsets.to_doc(quote.start)


def test_analysis_runs_off_the_gui_thread(window, qtbot, tmp_path):
    """While a 5,000-word article is analysed, the event loop keeps turning."""
    paragraphs = [p for path in sorted(SEEDS.iterdir()) for p in load_article(path).text.split("\n\n")]
    text = "\n\n".join((paragraphs * 20)[:200])
    assert len(text.split()) >= 5000
    path = tmp_path / "long_article.txt"
    path.write_text(text, encoding="utf-8")
    stalls: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        stalls.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(10)
    try:
        open_and_wait(window, qtbot, path)
    finally:
        timer.stop()
    assert window.current_view().analysis is not None
    assert len(stalls) > 5  # the timer fired while analysis ran: the GUI thread was free
    print(f"longest event-loop stall during analysis: {max(stalls) * 1000:.0f} ms")


def test_view_renders_analysis_computed_elsewhere(qtbot):
    article = article_from_text('"We are ready," said Mayor Lina Roth.', "T")
    view = ArticleView(article, LIGHT)
    qtbot.addWidget(view)
    view.show_analysis(analyze(article))
    roth = view.analysis.find_actor("Lina Roth")
    assert char_format_at(view, roth.mentions[0].start).isAnchor()


def test_hovering_a_quote_marks_its_speaker_and_the_tooltip_says_how(qtbot):
    """Built by hand, so the test needs no model: one quote whose speaker is named after it."""
    from desktop.analysis.types import Actor, Analysis, Mention, Quote, Speaker

    text = 'The mayor spoke at noon.\n\n"We are ready for the storm," said Lina Roth on Monday.'
    article = article_from_text(text, "T")
    start, end = text.index("We are"), text.index(",\" said")
    who = (text.index("Lina Roth"), text.index("Lina Roth") + len("Lina Roth"))
    roth = Actor("person:lina-roth", "Lina Roth", "person", [], [Mention(*who, "Lina Roth", "person:lina-roth", (0, 1))])
    quote = Quote("q1", start, end, text[start:end], "direct", False, Speaker("Lina Roth", roth.id, *who), "said",
                  (start, len(text)), ((start, end),), how="cue-after")
    view = ArticleView(article, LIGHT)
    qtbot.addWidget(view)
    view.resize(800, 500)
    view.show()
    view.show_analysis(Analysis([roth], [quote], [], len(text)))
    assert "Attributed by the speech verb after the quote" in char_format_at(view, start + 2).toolTip()
    assert view.marked_speaker is None
    inside = view.cursorRect(view.cursor_for_span(start + 4, start + 5)).center()
    QTest.mouseMove(view.viewport(), inside)
    qtbot.waitUntil(lambda: view.marked_speaker == who, timeout=5000)
    marked = [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in view.extraSelections()]
    assert (view.offsets.to_doc(who[0]), view.offsets.to_doc(who[1])) in marked
    # away from the quote the mark goes; a click on the quote brings it back
    outside = view.cursorRect(view.cursor_for_span(2, 3)).center()
    QTest.mouseMove(view.viewport(), outside)
    qtbot.waitUntil(lambda: view.marked_speaker is None, timeout=5000)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, inside)
    qtbot.waitUntil(lambda: view.marked_speaker == who, timeout=5000)
