import codecs

import pytest
from hypothesis import given, strategies as st

from desktop.article import PARAGRAPH_SEPARATOR, article_from_text, build_article
from desktop.loaders import MAX_FILE_BYTES, LoadError, load_article, parse_html, split_plain_paragraphs

from .conftest import SEEDS


def write(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


# --------------------------------------------------------------- every format, as a table
@pytest.mark.parametrize(
    "name, content, title, first_paragraph, paragraphs",
    [
        ("a.txt", "Headline here\n\nFirst para\nwrapped line.\n\nSecond.", "Headline here",
         "First para wrapped line.", 2),
        ("b.txt", "One line paragraph.\nAnother line paragraph.\nThird one.", None,
         "One line paragraph.", 3),
        ("c.md", "# The Title\n\nSome *emphasis* here.\n\n## Section\n\n- item one\n- item two",
         "The Title", "Some emphasis here.", 4),
        ("d.md", "---\ntitle: Front Matter Title\nauthor: Jo Bloggs\n---\nBody text.", "Front Matter Title",
         "Body text.", 1),
        ("e.html", "<html><head><title>Page | Site</title><script>var x=1;</script></head><body>"
                   "<nav>Home</nav><article><h1>Real headline</h1><p>Para <b>one</b>.</p><p>Para two.</p>"
                   "</article><footer>(c)</footer></body></html>", "Real headline", "Para one.", 2),
        ("f.htm", "<p>No head at all.</p><p>Second.</p>", None, "No head at all.", 2),
    ],
)
def test_formats(tmp_path, name, content, title, first_paragraph, paragraphs):
    article = load_article(write(tmp_path, name, content))
    if title:
        assert article.title == title
    assert article.paragraph_text(0) == first_paragraph
    assert len(article.paragraphs) == paragraphs


def test_html_never_keeps_active_content(tmp_path):
    html = ('<body><p onclick="evil()">Text <script>alert(1)</script><a href="javascript:x()">link</a>'
            '<img src="http://remote.invalid/x.png"><iframe src="http://x.invalid"></iframe></p>'
            '<style>p{}</style></body>')
    article = load_article(write(tmp_path, "x.html", html))
    assert article.text == "Text link"


def test_markdown_heading_kinds(tmp_path):
    article = load_article(write(tmp_path, "x.md", "# T\n\nIntro.\n\n## Part two\n\nMore."))
    kinds = [(p.kind, p.level) for p in article.paragraphs]
    assert kinds == [("paragraph", 0), ("heading", 2), ("paragraph", 0)]


def test_byline_and_date_are_metadata_not_body(tmp_path):
    article = load_article(write(tmp_path, "x.txt", "A headline\n\nBy Jane Doe\n\n3 May 2026\n\nBody."))
    assert (article.byline, article.date, article.text) == ("Jane Doe", "3 May 2026", "Body.")


@pytest.mark.parametrize(
    "data, expected_text, notice",
    [
        (codecs.BOM_UTF8 + "Café crème".encode(), "Café crème", False),
        ("Zoë’s report".encode("utf-16"), "Zoë’s report", False),
        ("Naïve café résumé".encode("cp1252"), "Naïve café résumé", True),
        ("Plain text article body".encode("utf-16-le"), "Plain text article body", True),
        (b"Line one.\r\nLine two.\rLine three.", "Line one.\n\nLine two.\n\nLine three.", False),
    ],
)
def test_encodings(tmp_path, data, expected_text, notice):
    article = load_article(write(tmp_path, "enc.txt", data))
    assert article.text.startswith(expected_text)
    assert bool(article.notices) is notice


@pytest.mark.parametrize(
    "name, data, message",
    [
        ("empty.txt", b"", "is empty"),
        ("blank.txt", b"  \n\n \t ", "white space"),
        ("image.md", b"\x89PNG\r\n\x1a\n" + bytes(100), "PNG image"),
        ("bin.txt", bytes(range(256)) * 4, "binary"),
        ("doc.pdf", b"%PDF-1.4 hello", "not '.pdf'"),
        ("empty.html", b"<html><script>x</script></html>", "no readable article text"),
    ],
)
def test_bad_input_raises_load_error(tmp_path, name, data, message):
    with pytest.raises(LoadError, match=message):
        load_article(write(tmp_path, name, data))


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(LoadError, match="no such file"):
        load_article(tmp_path / "nope.txt")
    with pytest.raises(LoadError, match="folder"):
        load_article(tmp_path)


def test_too_large(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as fh:
        fh.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(LoadError, match="too large"):
        load_article(path)


def test_samples_cover_every_format():
    suffixes = {p.suffix for p in SEEDS.iterdir()}
    assert {".txt", ".md", ".html"} <= suffixes
    for path in SEEDS.iterdir():
        article = load_article(path)
        assert article.word_count > 150 and len(article.paragraphs) >= 6


def test_shared_seed_has_eleven_paragraphs(shared_seed):
    article = load_article(shared_seed)
    assert len(article.paragraphs) == 11
    assert article.paragraph_text(0).startswith("On Friday")


def test_article_id_depends_on_text_only(tmp_path):
    a = load_article(write(tmp_path, "one.txt", "Same text.\n\nTwo."))
    b = load_article(write(tmp_path, "two.md", "Same text.\n\nTwo."))
    assert a.id == b.id and a.source != b.source


# --------------------------------------------------------------- properties
@given(st.lists(st.text(max_size=40), max_size=12))
def test_paragraph_offsets_are_consistent(blocks):
    article = build_article(blocks, title="t")
    pieces = [article.text[p.start:p.end] for p in article.paragraphs]
    assert PARAGRAPH_SEPARATOR.join(pieces) == article.text
    assert all(piece and piece == piece.strip() for piece in pieces)
    for i, p in enumerate(article.paragraphs):
        assert article.paragraph_at(p.start) == i


@given(st.text(max_size=300))
def test_plain_text_never_raises(text):
    article = article_from_text(text)
    for p in article.paragraphs:
        assert 0 <= p.start < p.end <= len(article.text)
    assert split_plain_paragraphs(text) is not None


def test_giant_paragraph_is_divided_at_sentence_ends_outside_quotes():
    from desktop.article import GIANT_PARAGRAPH_CHARS, article_from_text, split_giant_paragraph

    normal = "The board met. " * 100
    assert split_giant_paragraph(normal) == [normal]
    giant = ('The mayor said "we will rebuild. It takes time." Then she left. ' * 2_000).strip()
    pieces = split_giant_paragraph(giant)
    assert len(pieces) > 10 and all(len(p) < GIANT_PARAGRAPH_CHARS for p in pieces)
    assert " ".join(pieces) == giant
    assert all(p.count('"') % 2 == 0 and p.endswith(('.', '."')) for p in pieces)  # no quote cut in two
    article = article_from_text("Title line.\n\n" + giant)
    assert len(article.paragraphs) == len(pieces) + 1 and article.notices


def test_giant_paragraph_without_sentences_is_divided_at_spaces():
    from desktop.article import GIANT_PARAGRAPH_CHARS, split_giant_paragraph

    words = "lorem " * 10_000
    pieces = split_giant_paragraph(words.strip())
    assert len(pieces) > 1 and all(len(p) <= GIANT_PARAGRAPH_CHARS for p in pieces)
    assert " ".join(pieces) == words.strip()
    unbroken = "x" * 50_000  # no space at all: cut anyway, nothing lost
    assert "".join(split_giant_paragraph(unbroken)) == unbroken


# --------------------------------------------------------------- YAML front matter
@pytest.mark.parametrize(
    "front, title, byline, date",
    [
        # YAML's own quoting and escapes, not hand-stripped quotes
        ('title: "Minister calls budget \\"fair\\""\nauthor: \'Dara O\'\'Neill\'', 'Minister calls budget "fair"',
         "Dara O'Neill", None),
        # an unquoted date is read as a date by YAML and comes back in ISO form
        ("title: Harbour dues rise\ndate: 2024-06-10\nbyline: Ama Mensah", "Harbour dues rise", "Ama Mensah",
         "2024-06-10"),
        # a colon inside a quoted value, Unicode, a list of authors, keys in any case
        ('Title: "Tolls: the case for"\nAUTHOR: [Zoë Ångström, Lee Park]', "Tolls: the case for",
         "Zoë Ångström, Lee Park", None),
        # a block scalar folded onto one line; a number as a title
        ("title: >\n  A long headline\n  over two lines\n", "A long headline over two lines", None, None),
        ("title: 1984", "1984", None, None),
    ],
)
def test_front_matter_is_read_as_yaml(tmp_path, front, title, byline, date):
    article = load_article(write(tmp_path, "a.md", f"---\n{front}\n---\n\nBody text.\n"))
    assert (article.title, article.byline, article.date) == (title, byline, date)
    assert article.text == "Body text." and not article.notices


@pytest.mark.parametrize("front", ["title: [unclosed", "- just\n- a list", "title: !!python/object:os.system x"])
def test_front_matter_that_is_no_yaml_mapping_is_ignored_with_a_notice(tmp_path, front):
    article = load_article(write(tmp_path, "a.md", f"---\n{front}\n---\n\nBody text.\n"))
    assert article.text == "Body text." and article.title == "Body text."
    assert any("front matter" in n for n in article.notices)


def test_byline_markdown_export_round_trips_its_front_matter(tmp_path):
    from desktop.export import ExportItem, to_markdown

    article = build_article(["First paragraph."], title='Minister calls budget "fair" \\ O\'Neill: a view',
                            byline="Dara O'Neill", date="2024-06-10", source="C:\\news\\a.md")
    path = write(tmp_path, "export.md", to_markdown([ExportItem(article, None, [])], full_text=True))
    back = load_article(path)
    assert (back.title, back.byline, back.date, back.text) == (article.title, article.byline, article.date, article.text)
    assert not back.notices


def _exported(tmp_path, article, notes=(), full_text=True, analyse=False):
    from desktop.analysis import analyze
    from desktop.export import ExportItem, to_markdown

    item = ExportItem(article, analyze(article) if analyse else None, list(notes))
    return write(tmp_path, "export.md", to_markdown([item], full_text=full_text))


_ROUND_TRIP = [
    (["One paragraph only."], "A short one", None),
    (['"We will rebuild the pier," said Mara Lind, the harbour chief.', "Work starts in May.",
      "Costs: £4m (estimated) — *not* final; see #budget and ==notes== $5 or $6."], "Pier to be rebuilt", "Tom Ash"),
    (["# Not a heading in the article", "> Not a quote", "- not a list", "1. not a list either",
      "## Full text", "Highlights and notes"], "Markup-like lines", None),
]


@pytest.mark.parametrize("paragraphs, title, byline", _ROUND_TRIP)
def test_reopening_byline_s_own_export_gives_the_same_article(tmp_path, paragraphs, title, byline):
    """Export (Ctrl+E, full text) → open as an article: the same title and canonical text, so
    the same article id (no second library entry); the notes, quotes, facts and actors
    sections are not read as article text."""
    from desktop.notes import Note

    article = build_article(paragraphs, title=title, byline=byline, source="/news/pier.txt")
    note = Note(article.id, 0, 3, article.text[:3], note="## Full text\n\nA note that looks like a heading", id="n1")
    back = load_article(_exported(tmp_path, article, [note], analyse=True))
    assert (back.title, back.text, back.id) == (article.title, article.text, article.id)
    assert back.byline == byline and "A note that looks" not in back.text


def test_reopening_a_seed_s_export_gives_the_same_article(tmp_path):
    from .conftest import SEEDS

    for seed in sorted(SEEDS.glob("0[1-5]_*")):
        article = load_article(seed)
        back = load_article(_exported(tmp_path, article, analyse=False))
        assert (back.title, back.text, back.id) == (article.title, article.text, article.id), seed.name


def test_an_export_without_the_text_says_so_instead_of_opening_its_notes_as_text(tmp_path):
    article = build_article(["Some text of the article."], title="Ferry report", source="/news/ferry.txt")
    with pytest.raises(LoadError, match="without the article's text: open the article itself \\(/news/ferry.txt\\)"):
        load_article(_exported(tmp_path, article, full_text=False))


def test_a_markdown_file_that_only_looks_like_an_export_is_read_whole(tmp_path):
    """Front matter with an 'exported' time but not Byline's tags: someone else's file."""
    path = write(tmp_path, "a.md", "---\ntitle: Mine\nexported: 2026-01-01\ntags: [travel]\n---\n\n"
                 "First.\n\n## Full text\n\nSecond.\n")
    assert load_article(path).text == "First.\n\nFull text\n\nSecond."


@pytest.mark.parametrize("levels", [10, 250, 300, 1000, 2000, 2100, 5000, 50000])
@pytest.mark.parametrize("tag", ["b", "div"])
def test_every_nesting_depth_keeps_the_text(levels, tag):
    """libxml2 keeps 256 levels by default and 2,048 with huge_tree; past that it drops the
    deeper text silently. Every depth gives the paragraph: the tree up to 2,048, the plain-text
    fallback (with its notice) beyond — never "no readable article text"."""
    page = ("<html><body><h1>Deep harbour</h1>" + f"<{tag}>" * levels
            + "<p>The ferry left at noon, said Ilse Varga.</p>" + f"</{tag}>" * levels
            + "<p>Closing line.</p></body></html>")
    article = parse_html(page)
    assert article.title == "Deep harbour"
    assert article.text == "The ferry left at noon, said Ilse Varga.\n\nClosing line."
    assert bool(article.notices) == (levels > 2048)


_STRUCTURED = [  # (text, kind, level, marker) as the HTML and Markdown loaders produce them
    ("Harbour works, a timeline", "heading", 1, ""),
    ("Full text", "heading", 1, ""),  # a heading of the article's own that looks like the section's
    ("The council listed three steps.", "paragraph", 0, ""),
    ("Drain the basin", "item", 1, "1."),
    ("Pumps arrive in May.", "item", 1, ""),
    ("Rebuild the pier", "item", 1, "2."),
    ("Timber from the north", "item", 2, "◦"),
    ("Steel from the south", "item", 2, "◦"),
    ("Reopen to ferries", "item", 1, "7)"),
    ("Costs", "heading", 2, ""),
    ("- not a list, just a dash", "paragraph", 0, ""),
    ("The old harbour master wrote:", "paragraph", 0, ""),
    ("Keep the lamps lit.", "blockquote", 1, ""),
    ("Even in June.", "blockquote", 2, ""),
]


def test_an_export_keeps_headings_lists_and_block_quotes_of_the_full_text(tmp_path):
    """Byline's Markdown export writes the full text as Markdown of each paragraph's kind, and
    reopening it gives the same text (same article id) and the same kinds, levels and markers."""
    article = build_article(_STRUCTURED, title="Harbour plan", source="/news/plan.html")
    back = load_article(_exported(tmp_path, article))
    assert (back.text, back.id) == (article.text, article.id)
    assert [(p.kind, p.level, p.marker) for p in back.paragraphs] == [b[1:] for b in _STRUCTURED]


def test_an_export_s_full_text_reads_as_lists_in_any_markdown_reader(tmp_path):
    """The same section read as plain Markdown (Python-Markdown, as another app would) shows the
    list items, the nested list and the block quote, not lines starting with markup."""
    from desktop.loaders import parse_markdown

    article = build_article(_STRUCTURED, title="Harbour plan", source="/news/plan.html")
    exported = _exported(tmp_path, article).read_text(encoding="utf-8")
    plain = parse_markdown(exported.split("## Full text", 1)[1])
    kinds = {p.kind for p in plain.paragraphs}
    assert {"heading", "item", "blockquote"} <= kinds
    items = [(plain.paragraph_text(i), p.level) for i, p in enumerate(plain.paragraphs) if p.kind == "item"]
    assert ("Timber from the north", 2) in items and ("Drain the basin", 1) in items
    assert "- not a list, just a dash" in plain.text


@pytest.mark.parametrize("name, title", [
    ("harbour_report.txt", "Harbour report"),
    ("2025-03-14_carney_speech.txt", "2025-03-14 carney speech"),
    ("IMG_2031.txt", "IMG 2031"),
    ("000_b36f9bc06a2b769a.txt", "The ferry from Dunmore will sail again on Monday…"),
    ("8371.txt", "The ferry from Dunmore will sail again on Monday…"),
    ("2024-06-10.txt", "The ferry from Dunmore will sail again on Monday…"),
])
def test_a_text_without_a_title_is_named_by_its_file_unless_the_name_is_an_id(tmp_path, name, title):
    """A file name with a word in it names the article (as Calibre does); a hash, a number or a
    date alone says less than the article's opening words, which are shown instead."""
    text = ("The ferry from Dunmore will sail again on Monday, the harbour master said after a week "
            "of storms had kept every boat in port.")
    assert load_article(write(tmp_path, name, text)).title == title
