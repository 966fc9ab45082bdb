"""Hostile and broken input: never a crash, never a traceback, never the network."""
import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings as hsettings, strategies as st

from desktop.article import article_from_text
from desktop.loaders import LoadError, load_article, parse_html, parse_markdown, parse_plain_text

from .bad_inputs import CASES, write_cases
from .conftest import ROOT, open_files


@pytest.fixture(scope="module")
def cases(tmp_path_factory):
    return write_cases(tmp_path_factory.mktemp("bad"))


def test_every_bad_input_gives_a_result_or_one_clear_line(cases):
    """All the cases in one `extract --jobs 2` run, as a user would pass a folder: each file gives
    its record on stdout or exactly one "Byline: <file> …" line on stderr, and one bad file never
    takes another down. (One process, not one per file: the model loads once.)"""
    # The timeout is a hang watchdog, not a speed check: on a busy machine a 1 MB paragraph
    # took 86 s. Speed is measured by benchmarks/ (benchmarks/linearity.py times these).
    paths = list(cases.values())
    result = subprocess.run([sys.executable, "-m", "desktop", "extract", "--format", "json", "--jobs", "2",
                             *map(str, paths)], capture_output=True, text=True, cwd=ROOT, timeout=900)
    assert "Traceback" not in result.stderr
    records = {Path(r["source"]).name: r for r in map(json.loads, result.stdout.splitlines())}
    refusals = result.stderr.strip().splitlines()
    assert all(line.startswith("Byline: ") for line in refusals), result.stderr
    for path in paths:
        said = [line for line in refusals if path.name in line]
        assert (path.name in records) != bool(said), (path.name, said)
        assert len(said) <= 1, said
        for q in records.get(path.name, {}).get("quotes", []):
            assert records[path.name]["text"][q["start"]:q["end"]] == q["text"], path.name
    assert len(records) + len(refusals) == len(CASES)


@pytest.mark.parametrize("name, fragment", [
    ("binary.txt", "binary"), ("image_renamed.md", "PNG image"), ("empty.txt", "empty"),
    ("whitespace.md", "white space"), ("twenty_mb.txt", "too large"), ("nul_bytes.txt", "binary"),
])
def test_refusals_say_why(cases, name, fragment):
    with pytest.raises(LoadError, match=fragment):
        load_article(cases[name])


def test_readable_oddities_keep_their_text(cases):
    assert "Zoë Ångström" in load_article(cases["utf16_bom.txt"]).text
    cp = load_article(cases["cp1252.txt"])
    assert "Renée" in cp.text and cp.notices
    assert "\u200b" not in load_article(cases["emoji_zero_width.txt"]).text
    crlf = load_article(cases["crlf_cr.txt"])
    assert crlf.title == "Headline" and crlf.text == "First line. Second line after lone CR.\n\nThird paragraph."
    assert "هذا يوم تاريخي" in load_article(cases["rtl.txt"]).text
    deep = load_article(cases["deep_nesting.html"])
    assert deep.text == "Deep text said nobody." and deep.notices


def test_active_and_remote_content_never_survives_loading(cases):
    page = load_article(cases["hostile.html"]).text
    assert page == "Click here for news."
    md = load_article(cases["raw_html.md"]).text
    assert "alert" not in md and "evil" not in md and "Text with" in md


@hsettings(max_examples=80, deadline=None)
@given(st.text(max_size=300))
def test_loaders_never_raise_on_arbitrary_text(text):
    for parse in (parse_plain_text, parse_markdown, parse_html):
        try:
            article = parse(text)
        except LoadError:
            continue
        for p in article.paragraphs:
            assert 0 <= p.start < p.end <= len(article.text)


def test_view_refuses_every_resource(qtbot):
    """Nothing is fetched while rendering: the document asks the view, the view says no."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    from desktop.ui.reader import ArticleView
    from desktop.ui.theme import LIGHT

    asked = []

    class Recording(ArticleView):
        def loadResource(self, type_, name):  # noqa: N802
            asked.append(name.toString() if isinstance(name, QUrl) else str(name))
            return super().loadResource(type_, name)

    view = Recording(article_from_text("Text.", "T"), LIGHT)
    qtbot.addWidget(view)
    view.textCursor().insertHtml('<img src="http://evil.invalid/pixel.png"><img src="file:///etc/passwd">')
    view.resize(600, 400)
    view.show()
    qtbot.waitExposed(view)
    view.document().resource(QTextDocument.ResourceType.ImageResource, QUrl("http://evil.invalid/other.png"))
    assert any("evil.invalid" in url for url in asked)
    requested = list(asked)
    assert all(ArticleView.loadResource(view, QTextDocument.ResourceType.ImageResource.value, QUrl(u)) is None
               for u in requested)


def test_window_survives_the_whole_corpus(qtbot, make_window, cases, monkeypatch):
    # The window, not the analysis limit, is under test here: the full 250,000 characters of the
    # 1 MB paragraph and the 3,000 quotes are analysed by the command line in the test above. A
    # lower limit still cuts both, and still above SPLIT_CHARS, so they are parsed over the
    # worker processes as in the app (the cut is made in this process, before the hand-over).
    # 10,000 characters above it are enough for that (and for 300 quotes: ~590 are found); 30,000
    # more cost ~3 CPU-s and checked nothing else.
    from desktop.analysis.pool import SPLIT_CHARS

    limit = SPLIT_CHARS + 10_000
    monkeypatch.setattr("desktop.analysis.MAX_ANALYSED_CHARS", limit)
    window = make_window()
    failed = []
    window.load_failed.connect(lambda path, message: failed.append(message))
    open_files(qtbot, window, cases.values())
    qtbot.waitUntil(lambda: window.analyses_pending() == 0, timeout=120_000)
    assert len(failed) == 6 and all(message for message in failed)
    assert len(window.views()) == len(CASES) - 6
    for view in window.views():
        assert view.analysis is not None, view.article.source
    cut = {Path(v.article.source).name: v.analysis for v in window.views() if len(v.article.text) > limit}
    assert set(cut) == {"one_mb_paragraph.txt", "three_thousand_quotes.txt"}, set(cut)
    for name, analysis in cut.items():
        assert SPLIT_CHARS < analysis.analysed_chars <= limit and analysis.notices, name
    assert len(cut["three_thousand_quotes.txt"].quotes) >= 300  # the analysed part still counts
    window.filter_to(window.views()[0].analysis.actors[0].id) if window.views()[0].analysis.actors else None
    window.close_tab(0)  # still usable
    assert len(window.views()) == len(CASES) - 7


def test_large_file_opens_without_blocking_the_window(qtbot, make_window, tmp_path, monkeypatch):
    """A multi-megabyte file is read on a worker: open_paths returns at once, the tab
    follows, and a large file that cannot be read is reported, not raised."""
    monkeypatch.setattr("desktop.analysis.MAX_ANALYSED_CHARS", 20_000)  # loading is under test
    window = make_window()
    big = tmp_path / "big.txt"
    big.write_text("The mayor, Ines Duarte, said the quay would reopen. " * 14_000, encoding="utf-8")
    binary = tmp_path / "big.md"
    binary.write_bytes(bytes(range(256)) * 4_000)
    failed = []
    window.load_failed.connect(lambda path, message: failed.append(path))
    with qtbot.waitSignal(window.files_opened, timeout=30_000) as opened:
        assert window.open_paths([str(big), str(binary)]).articles == []
        assert window.loads_pending() == 2 and window.views() == []
    assert [a.source for a in opened.args[0].articles] == [str(big)]
    assert window.loads_pending() == 0
    assert failed == [str(binary)]
    assert [v.article.source for v in window.views()] == [str(big)]
    qtbot.waitUntil(lambda: opened.args[0].articles[0].id in window.library.store)  # stored on a worker
    assert window.library.index.search("Duarte").hits
