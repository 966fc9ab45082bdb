"""Tags and note text written one way everywhere (tester's findings on notes and exports):
a tag has one canonical form in the notes model, and the Notes tab, the reader, the Markdown
front matter and body, HTML and JSON all show it so; a multi-line note keeps its paragraphs
and line breaks in HTML and Markdown."""
import json
import sqlite3

import lxml.html
import pytest
import yaml
from markdown_it import MarkdownIt

from desktop.article import article_from_text
from desktop.export import ExportItem, html_note_text, md_note_text, render
from desktop.notes import Note, NotesStore, canonical_tag, parse_tags, read_notes_export


@pytest.mark.parametrize("typed, canonical", [
    ("to check", "to-check"),
    ("  to   check ", "to-check"),
    ("#Budget 2026", "Budget-2026"),          # case kept, as Zotero and Obsidian keep it
    ("EU / trade", "EU/trade"),               # Obsidian's nesting, no empty level
    ("x//y/", "x/y"),
    ("a - b", "a-b"),
    ("snake_case", "snake_case"),
    ("Économie française", "Économie-française"),
    ("follow-up: minister", "follow-up-minister"),
    ("C++", "C"),
    ("???", ""),                              # nothing of it can be a tag
])
def test_a_tag_has_one_canonical_form(typed, canonical):
    assert canonical_tag(typed) == canonical


@pytest.mark.parametrize("field, tags", [
    ("budget, to check", ("budget", "to-check")),
    ("#budget #to-check", ("budget", "to-check")),
    ("budget, Budget, to check, to-check", ("budget", "to-check")),  # each once, first spelling wins
    ("EU / trade, ,  , ???", ("EU/trade",)),
    ("", ()),
])
def test_the_tags_field_reads_tags_in_their_canonical_form(field, tags):
    assert parse_tags(field) == tags


def test_every_note_holds_canonical_tags_whatever_made_it(tmp_path):
    assert Note("a", 0, 1, "x", tags=("to check", "To-Check", "x / y")).tags == ("to-check", "x/y")
    # a row written by an older Byline, with a space in a tag, reads back in the canonical form
    store = NotesStore(tmp_path / "notes.sqlite3", recovery_dirs=[tmp_path / "r"])
    store.add(Note("a", 0, 1, "x", id="n1"))
    store.close()
    db = sqlite3.connect(tmp_path / "notes.sqlite3")
    with db:
        db.execute("UPDATE notes SET tags = ? WHERE id = 'n1'", ("to check\x1fbanks",))
    db.close()
    assert NotesStore(tmp_path / "notes.sqlite3", recovery_dirs=[tmp_path / "r"]).get("n1").tags == \
        ("to-check", "banks")


@pytest.fixture
def exported(tmp_path):
    article = article_from_text("Title\n\nOne sentence here. Another one there.", title="Title",
                                source=str(tmp_path / "a.txt"))
    note = Note(article.id, 7, 25, article.text[7:25], "a note", tags=("to check", "EU / trade", "banks"), id="n1")
    item = ExportItem(article, None, [note])
    return article, note, {fmt: render([item], fmt) for fmt in ("md", "html", "json")}


def test_a_tag_is_written_the_same_way_in_every_export(exported):
    _article, note, out = exported
    assert note.tags == ("to-check", "EU/trade", "banks")
    front, body = out["md"].split("\n---\n", 1)
    assert yaml.safe_load(front.removeprefix("---\n"))["tags"] == ["byline", "EU/trade", "banks", "to-check"]
    meta_line = next(line for line in body.splitlines() if line.startswith("yellow highlight"))
    assert " · #to-check · #EU/trade · #banks · " in meta_line
    page = lxml.html.fromstring(out["html"])
    assert [t.text for t in page.xpath("//span[@class='tag']")] == ["#to-check", "#EU/trade", "#banks"]
    assert json.loads(out["json"])["articles"][0]["notes"][0]["tags"] == ["to-check", "EU/trade", "banks"]


def test_the_markdown_tags_read_back_as_the_same_tags(exported):
    """What the Markdown says — its front matter's list and its #tags — read through the Tags
    field (the editor's reading of typed tags, which splits at "#" and ",") and the JSON import
    gives back exactly the note's tags."""
    _article, note, out = exported
    front, body = out["md"].split("\n---\n", 1)
    listed = yaml.safe_load(front.removeprefix("---\n"))["tags"][1:]
    assert set(parse_tags(", ".join(listed))) == set(note.tags)
    meta_line = next(line for line in body.splitlines() if line.startswith("yellow highlight"))
    hashtags = " ".join(part for part in meta_line.split(" · ") if part.startswith("#"))
    assert parse_tags(hashtags) == note.tags
    assert read_notes_export(json.loads(out["json"])).notes[0].tags == note.tags
    # Obsidian (CommonMark) reads each #tag as one word: no space, no markup inside it
    rendered = lxml.html.fromstring(MarkdownIt("commonmark").render(meta_line))
    assert not rendered.xpath("//em|//strong|//code") and "#to-check" in rendered.text_content()


def test_the_notes_tab_and_the_reader_show_the_canonical_tag(make_window, qtbot):
    from .conftest import SEEDS, open_files

    window = make_window(show=False)
    open_files(qtbot, window, [SEEDS / "04_budget_statement.txt"])
    view = window.current_view()
    start = view.article.text.index("bank levy")
    note = window.notes.add_highlight(view, start, start + len("bank levy"), note="check")
    window.notes.edit_note(note.id, tags=parse_tags("to check, banks"))
    shown = window.notes.panel.model.item(0).text()
    assert shown.splitlines()[-1] == "#to-check #banks"
    tip = view.cursor_for_span(start, start + 1).charFormat().toolTip()
    assert "#to-check #banks" in tip
    window.notes.panel.tag_filter.setText("to check")  # typed as the user first wrote it
    assert window.notes.panel.proxy.rowCount() == 1


# ------------------------------------------------------------------ multi-line notes
NOTE = "First line <b>&\nsecond line\n\n\nNew paragraph\n  indented line  "


@pytest.mark.parametrize("text, expected", [
    (NOTE, "<p>First line &lt;b&gt;&amp;<br>second line</p><p>New paragraph<br>indented line</p>"),
    ("one line", "<p>one line</p>"),
    ("\n\n", ""),
])
def test_html_note_text_keeps_paragraphs_and_line_breaks_escaped(text, expected):
    assert html_note_text(text) == expected


def test_the_html_export_shows_a_multi_line_note_as_written(exported):
    article, note, _ = exported
    multi = Note(article.id, 7, 25, article.text[7:25], NOTE, id="n2")
    page = lxml.html.fromstring(render([ExportItem(article, None, [multi])], "html"))
    aside = page.xpath("//aside/div[contains(@class,'note')]")[0]
    paragraphs = aside.xpath("./p")
    assert len(paragraphs) == 2 and len(paragraphs[0].xpath("./br")) == 1 and len(paragraphs[1].xpath("./br")) == 1
    assert paragraphs[0].text_content() == "1 First line <b>&second line"  # <br> has no text
    assert not page.xpath("//aside//b")  # the note's "<b>" is text, not markup


def test_the_markdown_export_keeps_a_multi_line_note_as_written(exported):
    article, _note, _ = exported
    assert md_note_text(NOTE) == "First line \\<b\\>&\\\nsecond line\n\nNew paragraph\\\nindented line"
    multi = Note(article.id, 7, 25, article.text[7:25], NOTE, id="n2")
    md = render([ExportItem(article, None, [multi])], "md").split("\n---\n", 1)[1]
    html = lxml.html.fromstring(f"<div>{MarkdownIt('commonmark').render(md)}</div>")
    note_paragraphs = [p for p in html.xpath("//p") if "line" in p.text_content() or "paragraph" in p.text_content()]
    assert [p.text_content() for p in note_paragraphs] == ["First line <b>&\nsecond line", "New paragraph\nindented line"]
    assert all(len(p.xpath("./br")) == 1 for p in note_paragraphs)


# ------------------------------------------------------------------ the suggested export file name
@pytest.mark.parametrize("title, stem", [
    # the seed's title: 81 characters; cut after "earners", never inside a word
    ("Finance minister unveils budget with tax cut for low earners and a levy on banks",
     "finance-minister-unveils-budget-with-tax-cut-for-low-earners"),
    ("Central bank holds rates as inflation expectations stubbornly refuse to decline",
     "central-bank-holds-rates-as-inflation-expectations"),
    ("Budget day: what changed?", "budget-day-what-changed"),
    ("Rates / “pause” — for now…", "rates-pause-for-now"),
    ("", "article"),
    ("???", "article"),
    ("CON", "con-article"),                   # a Windows device name, whatever the extension
    (".hidden", "hidden"),
    ("-rf everything", "rf-everything"),      # never starts like an option
    ("a" * 100, "a" * 60),                    # one word longer than the limit: cut inside it
    ("é" * 100, "é" * 60),
    ("日" * 100, "日" * 40),                    # 3 bytes each: at most 120 bytes
])
def test_file_stem_cuts_at_a_word_boundary_and_stays_a_valid_name(title, stem):
    from desktop.fsnames import file_stem

    assert file_stem(title) == stem
    assert len(stem) <= 60 and len(stem.encode()) <= 120 and "/" not in stem and not stem.startswith((".", "-"))


def test_the_suggested_export_name_keeps_the_extension(exported):
    from desktop.article import article_from_text
    from desktop.export import export_file_names, suggested_export_name

    article = article_from_text("Text.", title="Finance minister unveils budget with tax cut for low earners and a "
                                "levy on banks")
    for fmt in ("md", "html", "json"):
        assert suggested_export_name([article], fmt) == f"finance-minister-unveils-budget-with-tax-cut-for-low-earners.{fmt}"
        assert suggested_export_name([article, exported[0]], fmt) == f"byline-export.{fmt}"
    assert export_file_names([ExportItem(article, None, [])], "md") == \
        [f"finance-minister-unveils-budget-with-tax-cut-for-low-earners-{article.id[:8]}.md"]


def test_the_export_dialog_offers_the_suggested_name(make_window, qtbot, monkeypatch, tmp_path):
    from pathlib import Path

    from PySide6.QtWidgets import QDialog, QFileDialog

    from desktop.ui.notes_ui import ExportDialog

    from .conftest import open_files

    source = tmp_path / "rates.txt"
    source.write_text("Central bank holds rates as inflation expectations stubbornly refuse to decline\n\n"
                      "The bank kept its main rate unchanged on Thursday.\n", encoding="utf-8")
    window = make_window(show=False)
    open_files(qtbot, window, [source])
    offered = []
    monkeypatch.setattr(ExportDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda parent, caption, path, filters: offered.append(path) or ("", ""))
    window.notes.export_dialog()
    # before: "central-bank-holds-rates-as-inflation-expectations-stubbornl.md"
    assert Path(offered[0]).name == "central-bank-holds-rates-as-inflation-expectations.md"
