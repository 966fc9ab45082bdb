"""Exports keep meaning: who said it and how, every highlight visible, notes beside their
highlight, Markdown escaped only where needed, ordinary file modes (issue 20, items 2–5)."""
import os
import re
import stat

import lxml.html
from markdown_it import MarkdownIt
import pytest

from desktop.analysis import analyze
from desktop.analysis.quotes import _balance_marks
from desktop.article import article_from_text
from desktop.export import ExportItem, export_files, md_escape, render, to_json, write_atomic
from desktop.notes import Note

from .conftest import SEEDS, open_files

SAMPLE = SEEDS / "04_budget_statement.txt"
MARKS = "“”\""


def balanced(text: str) -> bool:
    return text.count("“") == text.count("”") and text.count('"') % 2 == 0


# ------------------------------------------------------------------ the extraction's part
@pytest.mark.parametrize("text, span, expected", [
    ("it was “impossible to go back.” Then", (0, 29), "it was “impossible to go back.”"),
    ("it was “impossible to go back” and", (0, 29), "it was “impossible to go back”"),
    ("“a stray start of a claim", (0, 25), "a stray start of a claim"),
    ("a claim with a stray end”", (0, 25), "a claim with a stray end"),
    ("a “closed” claim", (0, 16), "a “closed” claim"),
])
def test_a_reported_span_never_carries_an_unbalanced_mark(text, span, expected):
    start, end = _balance_marks(text, *span)
    assert text[start:end] == expected


def test_reported_statements_in_an_article_have_balanced_marks():
    article = article_from_text(
        "Premier speaks\n\nIn her first speech, the premier Ana Lopes argued that while some goodwill might "
        "yet be rebuilt through patient talks, it was “too late to turn the boats round.” She left.",
        title="Premier speaks")
    reported = [q for q in analyze(article).quotes if q.kind == "reported"]
    assert reported and all(balanced(q.text) for q in reported)


# ------------------------------------------------------------------ kept quotes carry speaker and kind
@pytest.fixture
def kept(make_window, qtbot):
    window = make_window()
    with qtbot.waitSignal(window.analysis_finished, timeout=60_000):
        window.open_paths([str(SAMPLE)])
    view = window.current_view()
    direct = next(q for q in view.analysis.quotes if q.kind == "direct" and not q.partial)
    reported = next(q for q in view.analysis.quotes if q.kind == "reported" and q.speaker.actor_id)
    window.notes.keep(direct.start, direct.end, "quote")
    window.notes.keep(reported.start, reported.end, "quote")
    notes = window.notes.store.for_article(view.article.id)
    return view, notes, direct, reported


def test_keeping_reported_speech_keeps_its_speaker_and_kind(kept):
    view, notes, direct, reported = kept
    by_start = {n.start: n for n in notes}
    speaker = view.analysis.actor(reported.speaker.actor_id).name
    start, end = reported.span_with_cue(view.article.text)
    assert (by_start[start].kind, by_start[start].speaker, by_start[start].end) == ("reported", speaker, reported.end)
    # the kept statement keeps its cue in front of the reporter's words wherever the cue runs into
    # them ("denied that …"; tests/test_reported_speech.py); "says [a change] …" cannot be a span
    kept = " ".join(by_start[start].quote.split())
    assert kept == reported.display_text() or (start == reported.start and kept == " ".join(reported.text.split()))
    assert by_start[direct.start].kind == "quote"
    assert by_start[direct.start].speaker == view.analysis.actor(direct.speaker.actor_id).name


def test_every_export_attributes_kept_quotes_and_never_quotes_a_paraphrase(kept):
    view, notes, direct, reported = kept
    item = ExportItem(view.article, view.analysis, notes)
    speaker = view.analysis.actor(reported.speaker.actor_id).name
    words = " ".join(reported.text.split())
    md = render([item], "md").split("## Quotes")[0]
    [line] = [x for x in md.splitlines() if md_escape(words) in x]
    assert speaker in line and "reported" in line.lower()
    assert f"“{md_escape(words)}" not in md and not line.startswith(">")
    direct_block = md.split(md_escape(" ".join(direct.text.split())))[1].split("\n\n")[0]
    assert view.analysis.actor(direct.speaker.actor_id).name in direct_block
    page = lxml.html.fromstring(render([item], "html"))
    asides = [a.text_content() for a in page.xpath("//aside/div[contains(@class,'note')]")]
    assert any("Reported statement" in a and speaker in a for a in asides)
    assert not any(f"“{reported.text}" in li.text_content() for li in page.xpath("//li"))
    data = to_json([item])["articles"][0]["notes"]
    assert {(n["kind"], n["speaker"]) for n in data} >= {("reported", speaker)}


# ------------------------------------------------------------------ HTML: highlights visible, notes beside them
def test_html_highlights_inside_a_quote_show_and_notes_sit_beside_their_own_highlight(kept):
    view, _notes, direct, _ = kept
    a = view.article
    first = Note(a.id, direct.start + 2, direct.start + 12, a.text[direct.start + 2:direct.start + 12], "first note",
                 colour="green", id="n-a")
    second = Note(a.id, direct.start + 20, direct.start + 30, a.text[direct.start + 20:direct.start + 30],
                  "second note", colour="pink", tags=("check",), id="n-b")
    page = lxml.html.fromstring(render([ExportItem(a, view.analysis, [second, first])], "html"))
    marks = page.xpath("//mark")
    assert {m.get("class") for m in marks} == {"green", "pink"}
    for m in marks:  # innermost: inside the quote's tint, never under it
        assert m.xpath("ancestor::span[contains(@class,'quote')]") and not m.xpath(".//span[contains(@class,'quote')]")
    row = marks[0].xpath("ancestor::div[@class='row']")[0]
    numbers = [s.text for s in row.xpath(".//p//sup")]
    notes = [n.text_content() for n in row.xpath(".//aside/div")]
    assert numbers == ["1", "2"] and notes[0].startswith("1 first note") and notes[1].startswith("2 second note")
    assert "#check" in notes[1] and "pink" in row.xpath(".//aside/div")[1].get("class")


# ------------------------------------------------------------------ Markdown
@pytest.mark.parametrize("text, expected", [
    ("the long-standing relationship", "the long-standing relationship"),
    ("(Ottawa, March 14).", "(Ottawa, March 14)."),
    ("25% of $4.5 billion, U.S.-made", "25% of $4.5 billion, U.S.-made"),
    ("# not a heading", "\\# not a heading"),
    ("- not a list", "\\- not a list"),
    ("1. not a list", "1\\. not a list"),
    ("*not bold* and [not](a link)", "\\*not bold\\* and \\[not\\](a link)"),
    ("<b>not html</b>", "\\<b\\>not html\\</b\\>"),
    ("a | b", "a \\| b"),
    ("1.8 metres at the quay", "1.8 metres at the quay"),          # no list without a space after "1."
    ("2) not a list either", "2\\) not a list either"),
    ("from 01_harbour_flood_barrier.txt", "from 01_harbour_flood_barrier.txt"),  # intraword: no emphasis
    ("_not emphasis_ here", "\\_not emphasis\\_ here"),
    ("a __b__ c", "a \\_\\_b\\_\\_ c"),
])
def test_markdown_escapes_only_what_markdown_needs(text, expected):
    assert md_escape(text) == expected
    # CommonMark with GitHub's tables and strikethrough, as Obsidian reads it (markdown-it-py
    # is in the lock through spaCy's rich).
    commonmark = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    rendered = lxml.html.fromstring(f"<div>{commonmark.render(md_escape(text))}</div>")
    assert " ".join(rendered.text_content().split()) == text.strip()
    assert rendered.xpath("./p") and not rendered.xpath(".//p/*")  # one paragraph of plain text


def test_markdown_puts_each_note_under_its_highlight_with_a_link_and_its_colour_and_tags(tmp_path):
    article = article_from_text("Title\n\nOne sentence here. Another one there.", title="Title",
                                source=str(tmp_path / "a.txt"))
    one = Note(article.id, 7, 25, article.text[7:25], "note on one", colour="blue", tags=("to check", "x/y"))
    two = Note(article.id, 26, 44, article.text[26:44], "note on two")
    md = render([ExportItem(article, None, [two, one])], "md")
    body = md.split("## Highlights and notes")[1]
    blocks = body.strip().split("\n\n")
    assert blocks[0] == "> One sentence here." and blocks[1] == "note on one"
    assert blocks[2].startswith("blue highlight · #to-check · #x/y · [open at characters 7–25](<file://")
    assert blocks[2].endswith("#chars=7-25>)")
    assert blocks[3] == "> Another one there." and blocks[4] == "note on two"
    assert 'tags:\n- byline\n- to-check\n- x/y' in md  # the one canonical form (notes.canonical_tag)


# ------------------------------------------------------------------ file modes
@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_exports_get_the_users_normal_mode(tmp_path, umask_022):
    path = write_atomic(tmp_path / "new.md", "text")
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
    existing = tmp_path / "kept.md"
    existing.write_text("old")
    existing.chmod(0o640)
    write_atomic(existing, "new")
    assert stat.S_IMODE(existing.stat().st_mode) == 0o640
    article = article_from_text("T\n\nBody text.", title="T")
    [written] = export_files([ExportItem(article, None, [])], "html", tmp_path / "out" / "")
    assert stat.S_IMODE(written.stat().st_mode) == 0o644


def test_cli_export_gets_the_users_normal_mode(tmp_path, cli_here):
    """The command under a user's umask 002 (in this process, umask set as the shell would set
    it for the command, then put back: one model load fewer than a `python -m desktop`)."""
    out = tmp_path / "out.md"
    before = os.umask(0o002)
    try:
        result = cli_here("export", str(SAMPLE), "--format", "md", "-o", str(out), "--notes",
                          str(tmp_path / "n.sqlite3"), text=True)
    finally:
        os.umask(before)
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o664
    assert re.search(r"^# ", out.read_text(encoding="utf-8"), re.M)


def test_a_markdown_link_back_opens_the_article_at_the_highlight(make_window, tmp_path, qtbot):
    from desktop.export import parse_location

    article = article_from_text("Title\n\nOne sentence here. Another one there.", title="Title",
                                source=str(SAMPLE))
    note = Note(article.id, 26, 44, "x", "n")
    md = render([ExportItem(article, None, [note])], "md")
    target = re.search(r"\]\(<([^>]+)>\)", md).group(1)
    assert parse_location(target) == (str(SAMPLE), (26, 44))
    window = make_window()
    open_files(qtbot, window, [target])
    view = window.current_view()
    assert view.article.source.endswith(SAMPLE.name)
    assert view.textCursor().position() == view.offsets.to_doc(26)  # scrolled to it and lit up
