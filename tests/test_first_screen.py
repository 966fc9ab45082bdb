"""First screen first: the paragraphs in view are analysed alone and highlighted at once;
the whole article's analysis then replaces them without moving the text."""
from desktop.analysis import analyze
from desktop.analysis.first_screen import (
    SCREEN_CHARS, analyze_paragraphs, covers_everything, highlights_in, screen_paragraphs,
)
from desktop.article import article_from_text
from desktop.loaders import load_article

from .conftest import SEEDS


def long_article():
    paragraphs = [p for path in sorted(SEEDS.iterdir()) for p in load_article(path).text.split("\n\n")]
    return article_from_text("\n\n".join(paragraphs * 3), "Long")


def test_the_screen_is_a_run_of_paragraphs_around_the_top_one():
    article = long_article()
    first, last = screen_paragraphs(article, 10)
    assert first == 9 and last > first
    span = article.paragraphs[last].end - article.paragraphs[first].start
    assert span >= SCREEN_CHARS or last == len(article.paragraphs) - 1
    assert article.paragraphs[last - 1].end - article.paragraphs[first].start < SCREEN_CHARS
    short = article_from_text("One short paragraph.\n\nAnd another.")
    assert covers_everything(short, *screen_paragraphs(short, 0))
    assert not covers_everything(article, first, last)


def test_a_screen_analysed_alone_has_offsets_into_the_whole_text():
    article = long_article()
    first, last = screen_paragraphs(article, 12)
    start, end = article.paragraphs[first].start, article.paragraphs[last].end
    preview = analyze_paragraphs(article, first, last)
    assert preview.actors and preview.quotes
    for actor in preview.actors:
        for m in actor.mentions:
            assert start <= m.start < m.end <= end and article.text[m.start:m.end] == m.text
            assert start <= m.sentence[0] < m.sentence[1] <= end
    for q in preview.quotes:
        assert article.text[q.start:q.end] == q.text
        for s, e in q.segments:
            assert start <= s < e <= end
        if q.speaker.start is not None:
            assert article.text[q.speaker.start:q.speaker.end] == q.speaker.text
    for f in preview.facts:
        assert article.text[f.start:f.end] == f.text
    # Most of what the screen shows is what the whole article's analysis shows there.
    shown, final = highlights_in(preview, start, end), highlights_in(analyze(article), start, end)
    assert len(shown & final) >= 0.8 * len(final)


def test_the_reader_highlights_the_first_screen_then_the_whole_article(make_window, qtbot, tmp_path):
    path = tmp_path / "long.txt"
    article = long_article()
    path.write_text(article.text, encoding="utf-8")
    win = make_window(show=True)
    seen = []
    win.preview_shown.connect(lambda view: seen.append((view.analysis, view.verticalScrollBar().value())))
    with qtbot.waitSignal(win.analysis_finished, timeout=180_000):
        win.open_paths([str(path)])
    view = win.current_view()
    assert len(seen) == 1, "the first screen was highlighted before the whole article"
    analysis_during_preview, scroll = seen[0]
    assert analysis_during_preview is None  # filters and the panel wait for the whole article
    assert view.analysis == analyze(view.article)
    assert view.verticalScrollBar().value() == scroll  # the text did not move
    # A quote on the first screen is highlighted in the document.
    quote = next(q for q in view.analysis.quotes if q.kind == "direct")
    cursor = view.cursor_for_span(quote.start, quote.start + 1)
    cursor.setPosition(cursor.selectionEnd())
    from PySide6.QtGui import QColor

    assert cursor.charFormat().background().color() == QColor(view._theme.quote_bg)
