"""Reader faults a tester found: reported speech is visible in the text, a speaker: search
opens at the speech, and highlights snap to whole words."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest

from desktop.ui.search_ui import HIT_ROLE
from desktop.ui.theme import DARK, LIGHT

from .conftest import SEEDS, open_files

SAMPLE = SEEDS / "04_budget_statement.txt"


@pytest.fixture
def window(make_window, qtbot):
    window = make_window(show=True)
    open_files(qtbot, window, [SAMPLE])
    return window


def select_between(view, start, end):
    view.setTextCursor(view.cursor_for_span(start, end))


# ---------------------------------------------------------------------- 3. snapping
def test_ctrl_h_on_a_mid_word_selection_highlights_whole_words(window, qtbot):
    view = window.current_view()
    text = view.article.text
    at = text.index("budget for the people")
    select_between(view, at + 3, at + len("budget for the peo"))  # "get for the peo"
    view.setFocus()
    with qtbot.waitSignal(window.notes.notes_changed, timeout=10_000):
        QTest.keyClick(view, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    [note] = window.notes.store.for_article(view.article.id)
    assert (note.start, note.end) == (at, at + len("budget for the people"))
    assert note.quote == "budget for the people"


def test_a_drag_from_the_end_of_a_paragraph_does_not_take_its_last_word(window, qtbot):
    view = window.current_view()
    text = view.article.text
    first = next(p for p in view.article.paragraphs if text[p.start:p.end].startswith("Nwosu told"))
    nxt = view.article.paragraphs[view.article.paragraphs.index(first) + 1]
    select_between(view, first.end, nxt.start + len("The bas"))  # from the line's end into "basic"
    assert view.selected_span() == (nxt.start, nxt.start + len("The basic"))


# ---------------------------------------------------------------------- 1. reported speech
@pytest.fixture
def analysed(make_window, qtbot):
    """(window, view) once the sample's whole analysis is drawn."""
    window = make_window(show=True)
    with qtbot.waitSignal(window.analysis_finished):
        window.open_paths([str(SAMPLE)])
    return window, window.current_view()


def _plain_offset(view, reported):
    """An offset inside a reported statement but outside any direct quote nested in it."""
    direct = [(q.start, q.end) for q in view.analysis.quotes if q.kind == "direct"]
    return next(o for o in range(reported.start, reported.end)
                if not view.article.text[o].isspace() and not any(s <= o < e for s, e in direct))


def test_reported_speech_is_tinted_with_a_tooltip_saying_who_the_cue_and_how(analysed):
    from desktop.ui.reader import HOW_TOLD

    window, view = analysed
    reported = [q for q in view.analysis.quotes if q.kind == "reported"]
    assert reported, "the sample has reported speech"
    names = {a.id: a.name for a in view.analysis.actors}
    for quote in reported:
        fmt = view.cursor_for_span(_plain_offset(view, quote), _plain_offset(view, quote) + 1).charFormat()
        assert fmt.background().color() == QColor(LIGHT.reported_bg), view.article.text[quote.start:quote.end]
        tip = fmt.toolTip()
        assert tip.startswith("Reported speech — ")
        assert (names.get(quote.speaker.actor_id) or quote.speaker.text) in tip
        assert f"({quote.cue})" in tip and HOW_TOLD[quote.how] in tip
    # a quote inside reported speech keeps the quote's own tint and tooltip
    nested = next(q for q in view.analysis.quotes if q.kind == "direct" and any(
        r.start <= q.start and q.end <= r.end for r in reported))
    fmt = view.cursor_for_span(nested.start + 1, nested.start + 2).charFormat()
    assert fmt.background().color() == QColor(LIGHT.quote_bg) and "quote — " in fmt.toolTip().lower()
    # plain narration has no tint
    plain = view.article.text.index("Banks reacted angrily")
    assert view.cursor_for_span(plain, plain + 1).charFormat().toolTip() == ""


def test_the_legend_counts_reported_speech_and_hides_it(analysed, qtbot):
    window, view = analysed
    reported = [q for q in view.analysis.quotes if q.kind == "reported"]
    button = window.legend._buttons["reported"]
    assert button.text() == f"Reported {len(reported)}"
    offset = _plain_offset(view, reported[0])
    with qtbot.waitSignal(view.highlights_applied):
        button.click()
    assert view.cursor_for_span(offset, offset + 1).charFormat().background().color() != QColor(LIGHT.reported_bg)
    assert "hidden" in button.toolTip()
    quote = next(q for q in view.analysis.quotes if q.kind == "direct")
    fmt = view.cursor_for_span(quote.start + 1, quote.start + 2).charFormat()
    assert fmt.background().color() == QColor(LIGHT.quote_bg)  # quotes stay
    with qtbot.waitSignal(view.highlights_applied):
        button.click()
    assert view.cursor_for_span(offset, offset + 1).charFormat().background().color() == QColor(LIGHT.reported_bg)


def test_hovering_reported_speech_marks_its_speaker(analysed):
    window, view = analysed
    quote = next(q for q in view.analysis.quotes if q.kind == "reported" and q.speaker.start is not None)
    assert view.quote_at(_plain_offset(view, quote)) is quote
    view.mark_speaker_of(view.quote_at(_plain_offset(view, quote)))
    assert view.marked_speaker == (quote.speaker.start, quote.speaker.end)


@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=["light", "dark"])
def test_reported_tint_reads_and_differs_from_the_quote_tint(theme):
    from desktop.colors import contrast_ratio

    pairs = [(theme.text, theme.reported_bg)] + [(c, theme.reported_bg) for c in theme.entity.values()]
    for foreground, background in pairs:
        assert contrast_ratio(foreground, background) >= 4.5, (foreground, background)
    assert theme.reported_bg not in (theme.quote_bg, theme.base, theme.highlight_bg, *theme.highlights.values())
    assert contrast_ratio(theme.reported_bar, theme.window) >= 3.0  # the legend swatch is seen


# ---------------------------------------------------------------------- 2. speaker: search
def _open_speaker_hit(window, qtbot, query, fragment):
    with qtbot.waitSignal(window.library.results_shown):
        window.library.search(query)
    results = window.library.results
    row = next(r for r in range(results.model.rowCount())
               if fragment in results.model.item(r).data(HIT_ROLE).snippet.replace("\x02", "").replace("\x03", ""))
    results.list.setCurrentIndex(results.model.index(row, 0))
    results.activate_current()  # the article is open: shown at once
    return results.model.item(row).data(HIT_ROLE)


def test_a_speaker_search_opens_at_the_speech_not_the_name(analysed, qtbot):
    window, view = analysed
    reid = view.analysis.find_actor("Thomas Reid")
    said = [q for q in view.analysis.quotes if q.speaker.actor_id == reid.id]
    assert len(said) >= 2, "the sample has a quote and a reported statement by Reid"
    hit = _open_speaker_hit(window, qtbot, 'speaker:"Thomas Reid"', "list of promises")
    assert hit.kind == "quote"
    # the quote is the current hit, and the cursor is at it (scrolled there)
    assert view.search_hits[view.hit_index] == (hit.start, hit.end)
    assert view.textCursor().position() == view.offsets.to_doc(hit.start)
    # his name is not a hit: it is marked apart, quieter, as the speaker of what was found
    names = {(m.start, m.end) for m in reid.mentions}
    assert not names & set(view.search_hits)
    quote = next(q for q in said if q.start == hit.start)
    marks = dict(view.hit_speaker_marks())
    assert (quote.speaker.start, quote.speaker.end) in marks and marks[(quote.speaker.start, quote.speaker.end)] == "person"
    # every hit is something he said; F3 steps from one to the next
    assert set(view.search_hits) <= {(q.start, q.end) for q in said}
    window._step_search_hit(1)
    assert view.search_hits[view.hit_index] != (hit.start, hit.end)
    # a plain search afterwards marks words again, and no speaker
    view.set_search_hits([(0, 5)])
    assert view.hit_speaker_marks() == []


def test_a_speaker_search_with_words_marks_the_words_he_said(analysed, qtbot):
    window, view = analysed
    hit = _open_speaker_hit(window, qtbot, 'speaker:"Thomas Reid" promises', "list of promises")
    start, end = view.search_hits[view.hit_index]
    assert view.article.text[start:end] == "promises" and hit.start <= start < end <= hit.end


def test_a_narrow_window_keeps_the_legend_in_view_with_counts_only(analysed, qtbot):
    """At 900 px the six chips no longer fit beside the search field: instead of vanishing
    behind the toolbar's overflow arrow they drop their words and keep dot and count."""
    window, view = analysed
    people = sum(1 for a in view.analysis.actors if a.type == "person")
    button = window.legend._buttons["person"]
    assert button.text() == f"People {people}"
    window.resize(900, 600)
    qtbot.waitUntil(lambda: button.text() == str(people), timeout=5000)
    assert button.accessibleDescription() == f"People {people}"  # still named for screen readers
    # On the bar, not in its overflow menu (the toolbar lays itself out again after the resize).
    qtbot.waitUntil(lambda: window.legend.isVisible()
                    and window.legend.geometry().right() <= window.toolbar.width(), timeout=5000)
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: button.text() == f"People {people}", timeout=5000)
