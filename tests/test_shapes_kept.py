"""What a reader sees keeps its shape: lists and block quotes from file to reader, library and
HTML export (the canonical text, and so every offset, stays the words alone), dates in words, and
whole quotes in the side panel."""
import pytest

from desktop.article import Paragraph, build_article
from desktop.dates import reading_date
from desktop.export import ExportItem, to_html
from desktop.library import Library
from desktop.loaders import parse_html, parse_markdown


def shape(article):
    return [(article.text[p.start:p.end], p.kind, p.level, p.marker) for p in article.paragraphs]


HTML_CASES = [
    ("<p>Before.</p><ul><li>Ferries sail</li><li>Fares hold</li></ul><p>After.</p>",
     [("Before.", "paragraph", 0, ""), ("Ferries sail", "item", 1, "•"), ("Fares hold", "item", 1, "•"),
      ("After.", "paragraph", 0, "")]),
    ('<ol start="3"><li>Third</li><li>Fourth</li><li value="9">Ninth</li><li>Tenth</li></ol>',
     [("Third", "item", 1, "3."), ("Fourth", "item", 1, "4."), ("Ninth", "item", 1, "9."),
      ("Tenth", "item", 1, "10.")]),
    ('<ol start="x"><li>Bad start reads as one</li></ol>', [("Bad start reads as one", "item", 1, "1.")]),
    ("<ul><li>Outer<ul><li>Inner</li></ul> tail of outer</li></ul>",
     [("Outer", "item", 1, "•"), ("Inner", "item", 2, "◦"), ("tail of outer", "item", 1, "")]),
    ("<ul><li><p>First paragraph of an item.</p><p>Its second paragraph.</p></li></ul>",
     [("First paragraph of an item.", "item", 1, "•"), ("Its second paragraph.", "item", 1, "")]),
    ("<blockquote><p>Quoted words.</p><blockquote>Nested.</blockquote></blockquote><p>Plain.</p>",
     [("Quoted words.", "blockquote", 1, ""), ("Nested.", "blockquote", 2, ""), ("Plain.", "paragraph", 0, "")]),
    ("<li>A stray item with no list</li>", [("A stray item with no list", "item", 1, "•")]),
    ("<blockquote><h2>Heading inside</h2></blockquote>", [("Heading inside", "heading", 2, "")]),
]


@pytest.mark.parametrize("body, expected", HTML_CASES)
def test_html_lists_and_block_quotes(body, expected):
    article = parse_html(f"<html><body><article>{body}</article></body></html>")
    assert shape(article) == expected
    assert "•" not in article.text and "3." not in article.text  # markers are beside the text, not in it


MARKDOWN_CASES = [
    ("Intro.\n\n- one\n- two\n\n3. three\n4. four\n",
     [("Intro.", "paragraph", 0, ""), ("one", "item", 1, "•"), ("two", "item", 1, "•"),
      ("three", "item", 1, "3."), ("four", "item", 1, "4.")]),
    ("> Said on the pier.\n>\n> > Nested.\n\nAfter.\n",
     [("Said on the pier.", "blockquote", 1, ""), ("Nested.", "blockquote", 2, ""), ("After.", "paragraph", 0, "")]),
    ("A paragraph that mentions 1.8 m and - dashes - stays one paragraph.\n",
     [("A paragraph that mentions 1.8 m and - dashes - stays one paragraph.", "paragraph", 0, "")]),
]


@pytest.mark.parametrize("source, expected", MARKDOWN_CASES)
def test_markdown_lists_and_block_quotes(source, expected):
    assert shape(parse_markdown(source)) == expected


def test_build_article_numbers_a_giant_item_once():
    giant = " ".join(["A sentence of the long list item."] * 1000)
    article = build_article([(giant, "item", 1, "7.")], title="T")
    markers = [p.marker for p in article.paragraphs]
    assert len(markers) > 1  # cut at sentence ends like any giant paragraph, so it can be laid out
    assert markers[0] == "7." and all(m == "" for m in markers[1:])
    assert all(p.kind == "item" for p in article.paragraphs)


def test_the_library_keeps_markers_and_reads_rows_without_them(tmp_path):
    article = parse_markdown("Intro.\n\n2. second\n3. third\n\n> quoted\n")
    library = Library(tmp_path / "lib")
    try:
        article_id = library.add(article)
        again = library.article(article_id)
    finally:
        library.close()
    assert again.paragraphs == article.paragraphs
    assert Paragraph(*[0, 6, "paragraph", 0]) == Paragraph(0, 6)  # a row written before markers existed


def test_html_export_shows_items_and_block_quotes():
    article = parse_markdown("Intro & more.\n\n5. fifth & last\n\n- bullet\n\n> quoted\n")
    html = to_html([ExportItem(article, None, [])])
    assert '<span class="marker">5.</span> fifth &amp; last</p>' in html
    assert '<span class="marker">•</span> bullet</p>' in html
    assert "<blockquote" in html and "<p>quoted</p></blockquote>" in html
    assert "<p>Intro &amp; more.</p>" in html


@pytest.mark.parametrize("raw, shown", [
    ("2026-03-04T09:00:00Z", "4 March 2026"),
    ("Tue, 1 Dec 2026 21:00:00 +0000", "1 December 2026"),
    ("May 2, 2026", "2 May 2026"),
    ("2026-05", "May 2026"),
    ("2026", "2026"),
    ("sometime last spring", "sometime last spring"),  # not a date: shown as written
    ("", ""),
    (None, ""),
])
def test_reading_date(raw, shown):
    assert reading_date(raw) == shown


def test_reader_draws_markers_without_changing_offsets(qtbot):
    from desktop.analysis.types import Analysis  # noqa: F401  (the view needs no analysis to draw)
    from desktop.ui.reader import ArticleView
    from desktop.ui.theme import LIGHT

    article = parse_markdown("Intro.\n\n3. Third step\n4. Fourth step\n\n- bullet\n\n> quoted words\n\nEnd.\n")
    view = ArticleView(article, LIGHT)
    qtbot.addWidget(view)
    doc = view.document()
    for p in article.paragraphs:
        block = doc.findBlock(view.offsets.to_doc(p.start))
        assert block.text() == article.text[p.start:p.end]  # the document holds the words only
        text_list = block.textList()
        if p.marker:
            assert text_list is not None
            assert text_list.itemText(block).rstrip(".") == p.marker.rstrip(".") or p.marker == "•"
        else:
            assert text_list is None
    quoted = doc.findBlock(view.offsets.to_doc(article.text.index("quoted words")))
    assert quoted.blockFormat().leftMargin() > 0


def test_panel_rows_wrap_whole_quotes_at_the_column_width(qtbot):
    """A quote in the side panel is read whole: its row is as tall as its wrapped text and
    grows shorter when the panel is widened (it was one line cut with "…")."""
    from desktop.analysis import analyze
    from desktop.article import article_from_text
    from desktop.ui.panel import FactsPanel
    from desktop.ui.theme import LIGHT

    long_words = ("The ferries will sail again by noon, and every crossing after that will run on the "
                  "old timetable until the new pier is finished next spring")
    article = article_from_text(f'"{long_words}," said harbour master Alice Moreno. "Yes," she added.', "T")
    panel = FactsPanel(LIGHT)
    qtbot.addWidget(panel)
    panel.resize(340, 500)
    panel.show()
    panel.show_article(article, analyze(article))
    panel.tabs.setCurrentWidget(panel.quote_view)
    view, model = panel.quote_view, panel.quote_view.model()
    group = model.index(0, 0)
    rows = {model.index(r, 0, group).data(): model.index(r, 0, group) for r in range(model.rowCount(group))}
    long_row = next(i for text, i in rows.items() if "timetable" in text)
    short_row = next(i for text, i in rows.items() if "Yes" in text)
    assert "…" not in long_row.data() and long_row.data().rstrip("”,").endswith("next spring")
    narrow = view.visualRect(long_row).height()
    assert narrow >= 3 * view.visualRect(short_row).height() // 2  # several lines, not one
    panel.resize(1200, 500)
    qtbot.waitUntil(lambda: view.visualRect(long_row).height() < narrow, timeout=5000)


@pytest.mark.parametrize("body, byline, date, text", [
    ('<div class="author">By <a href="/m">Mira Okafor</a>, Harbour correspondent</div><p>The pier reopens.</p>',
     "Mira Okafor, Harbour correspondent", None, "The pier reopens."),
    ('<header><span class="byline">Mira Okafor</span> <time datetime="2026-03-04">4 March</time></header>'
     "<p>The pier reopens.</p>", "Mira Okafor", "2026-03-04", "The pier reopens."),
    ('<p><span itemprop="author">Ivo Marsh</span></p><p>The pier reopens.</p>', "Ivo Marsh", None,
     "The pier reopens."),
    ('<p><time datetime="2026-03-04">4 March 2026</time></p><p>The pier reopens.</p>', None, "2026-03-04",
     "The pier reopens."),
    # A name or a day inside the story stays in the story and is no byline.
    ('<p>The author of the report, <span class="author">Ivo Marsh</span>, said the council had failed to '
     "act on three warnings about the pier in the last two years and that the town would pay.</p>", None, None,
     "The author of the report, Ivo Marsh, said the council had failed to act on three warnings about the pier "
     "in the last two years and that the town would pay."),
    ("<p>On <time>Monday</time> the council met.</p>", None, "Monday", "On Monday the council met."),
    # Text right after a dropped byline block stays where it stood.
    ('<div class="byline">By Mira Okafor</div>Loose text first.<p>The pier reopens.</p>', "Mira Okafor", None,
     "Loose text first.\n\nThe pier reopens."),
])
def test_html_byline_and_date_blocks_are_read_once(body, byline, date, text):
    """The block that carries the byline or the date goes to the header, not also into the
    story's first paragraph (the byline was shown twice)."""
    article = parse_html(f"<html><body><article><h1>Pier</h1>{body}</article></body></html>")
    assert (article.byline, article.date, article.text) == (byline, date, text)


def test_a_page_of_thousands_of_bylines_is_read_in_a_few_walks(monkeypatch):
    """Each marked element costs a walk up the tree; a hostile page of 5,000 <time>s and
    "author" spans nested 1,000 deep took minutes when every one was walked (found after
    19c0c15). Only the first few are read: bylines sit at the top."""
    import desktop.loaders as loaders

    walks = []
    real = loaders._enclosing_block
    monkeypatch.setattr(loaders, "_enclosing_block", lambda el, root: walks.append(1) or real(el, root))
    body = ("<div>" * 1000 + "".join(f'<p><time>{i}</time></p><span class="author">x{i}</span>' for i in range(5000))
            + "</div>" * 1000 + "<p>The story goes on here.</p>")
    article = parse_html(f"<html><body><article>{body}</article></body></html>")
    assert "The story goes on here." in article.text
    assert len(walks) <= 3 * loaders._BYLINE_CANDIDATES
