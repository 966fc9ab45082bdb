"""Notes: storage that survives reopening, kills and corruption; undo/redo; exports."""
import dataclasses
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import textwrap

import lxml.html
import markdown
import pytest
import yaml
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from desktop.analysis import analyze
from desktop.article import article_from_text
from desktop.export import ExportItem, export_files, notes_from_json, render, to_json, write_atomic
from desktop.loaders import load_article
from desktop.notes import Note, NotesStore, canonical_tags

from .conftest import ROOT, SEEDS, open_files

SAMPLE = SEEDS / "04_budget_statement.txt"
GOLDEN = ROOT / "tests" / "data" / "golden"


def note_on(article, needle, text="", tags=()):
    start = article.text.index(needle)
    return Note(article.id, start, start + len(needle), needle, text, article.source, article.title,
                tags=tuple(tags), id=f"n-{start}", created=0.0, updated=0.0)


# ------------------------------------------------------------------ storage
def test_notes_survive_reopening_and_follow_the_text_not_the_path(tmp_path):
    article = load_article(SAMPLE)
    store = NotesStore(tmp_path / "notes.sqlite3")
    store.add(note_on(article, "bank levy", "check the 3% figure"))
    store.close()
    copy = tmp_path / "moved.txt"
    copy.write_bytes(SAMPLE.read_bytes())
    reopened = NotesStore(tmp_path / "notes.sqlite3")
    [note] = reopened.for_article(load_article(copy).id)
    assert note.note == "check the 3% figure" and note.quote == "bank levy"


def test_a_killed_process_loses_nothing(tmp_path):
    db = tmp_path / "notes.sqlite3"
    script = textwrap.dedent(f"""
        import os, sys, time
        sys.path.insert(0, {str(ROOT)!r})
        from desktop.notes import Note, NotesStore, canonical_tags
        store = NotesStore({str(db)!r})
        note = store.add(Note("article", 0, 4, "Text", "written just before the kill"))
        store.update(note.id, note="edited just before the kill")
        print("saved", flush=True)
        time.sleep(60)
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "saved"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    [note] = NotesStore(db).for_article("article")
    assert note.note == "edited just before the kill"


def test_a_corrupt_store_is_moved_aside(tmp_path):
    db = tmp_path / "notes.sqlite3"
    db.write_bytes(b"this is not a database" * 100)
    store = NotesStore(db)
    assert "moved aside" in store.warning
    assert any(p.name.startswith("notes.sqlite3.corrupt-") for p in tmp_path.iterdir())
    store.add(Note("a", 0, 1, "x"))
    assert NotesStore(db).for_article("a")


def test_an_unwritable_location_keeps_notes_in_memory(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the store's folder should be")
    store = NotesStore(blocker / "notes.sqlite3")
    assert "kept in memory" in store.warning
    store.add(Note("a", 0, 1, "x", "kept"))
    assert store.in_memory_only and store.for_article("a")[0].note == "kept"


def test_a_full_disk_keeps_the_edit_and_writes_it_later(tmp_path, monkeypatch):
    store = NotesStore(tmp_path / "notes.sqlite3")
    real = store._db

    class FullDisk:
        def __getattr__(self, name):
            return getattr(real, name)

        def __enter__(self):
            raise sqlite3.OperationalError("database or disk is full")

        def __exit__(self, *exc):
            return False

    store._db = FullDisk()
    note = store.add(Note("a", 0, 1, "x", "during the outage"))
    assert "cannot be saved" in store.warning and store.in_memory_only
    store._db = real
    store.add(Note("a", 2, 3, "y", "after"))  # the next edit that works writes both
    assert {n.note for n in NotesStore(tmp_path / "notes.sqlite3").for_article("a")} == {"during the outage", "after"}
    assert store.get(note.id) is not None


# ------------------------------------------------------------------ export
@pytest.fixture(scope="module")
def sample_item():
    # A relative source: golden files must not depend on where the repository is checked out.
    article = dataclasses.replace(load_article(SAMPLE), source="seeds/04_budget_statement.txt")
    notes = [note_on(article, "bank levy", "Ask the Treasury for the model", ["budget", "banks"]),
             note_on(article, "Thomas Reid")]
    return ExportItem(article, analyze(article), notes)


def normalise(text: str) -> str:
    return re.sub(r'("?exported"?): ["\']?[^"\'\n]+["\']?', r'\1: "…"', text)  # the export time changes every run


@pytest.mark.parametrize("fmt", ["md", "html", "json"])
def test_golden_exports(sample_item, fmt, request):
    produced = normalise(render([sample_item], fmt, full_text=(fmt == "md")))
    golden = GOLDEN / f"budget_statement.{fmt}"
    if request.config.getoption("--update-golden", default=False) or not golden.exists():
        golden.write_text(produced, encoding="utf-8")
    assert produced == golden.read_text(encoding="utf-8")


def test_export_follows_the_actor_filter(sample_item):
    reid = sample_item.analysis.find_actor("Thomas Reid").id
    filtered = ExportItem(sample_item.article, sample_item.analysis, sample_item.notes, {reid})
    data = to_json([filtered])["articles"][0]
    assert {q["speaker"]["actor"] for q in data["quotes"]} == {reid}
    assert [n["quote"] for n in data["notes"]] == ["Thomas Reid"]
    assert "Adaeze Nwosu" not in render([filtered], "md").split("## Actors")[1]


def test_json_round_trip(sample_item, tmp_path):
    data = json.loads(render([sample_item], "json"))
    assert data["schema"] == "byline.notes/1"
    assert notes_from_json(data) == sample_item.notes
    with pytest.raises(ValueError):
        notes_from_json({"schema": "something/else"})


def test_several_articles_into_one_file_or_a_folder(sample_item, tmp_path):
    other = load_article(SEEDS / "01_harbour_flood_barrier.txt")
    items = [sample_item, ExportItem(other, None, [])]
    [one] = export_files(items, "md", tmp_path / "all.md")
    text = one.read_text(encoding="utf-8")
    assert text.count("\n## ") >= 2 and other.title in text
    folder = tmp_path / "out"
    folder.mkdir()
    files = export_files(items, "html", folder)
    assert len(files) == 2 and all(f.parent == folder for f in files)


def test_atomic_write_leaves_no_partial_file(tmp_path, monkeypatch):
    target = tmp_path / "export.md"
    target.write_text("previous export")

    def boom(*_a, **_k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        write_atomic(target, "new content")
    assert target.read_text() == "previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["export.md"]


HOSTILE = st.sampled_from(["<script>alert(1)</script>", "[link](http://evil.example)", "---", "key: value",
                           "# heading", "![img](http://x/y.png)", "<img src=x onerror=alert(1)>", "`code`",
                           "*bold*", "&amp;", '"quoted: yes"', "\\", "| table |", "> quote", "- item",
                           "{{template}}", "javascript:alert(1)"])


@hsettings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(HOSTILE, min_size=1, max_size=4).map(" ".join), st.lists(HOSTILE, min_size=1, max_size=3).map(" ".join))
def test_hostile_text_exports_as_inert_text(body, note_text):
    article = article_from_text(f"Headline {body}\n\nSecond paragraph {body}.", title=f"T {body}")
    note = Note(article.id, 0, 5, article.text[:5], note_text, tags=(note_text[:10],))
    item = ExportItem(article, None, [note])
    md = render([item], "md", full_text=True)
    front, rest = md.split("\n---\n", 1)
    meta = yaml.safe_load(front.removeprefix("---\n"))  # valid YAML that reads back as written
    # the tag in its canonical form (none when no letter of it can be a tag)
    assert meta["title"] == article.title and meta["tags"][1:] == list(canonical_tags([note_text[:10]]))
    rendered = lxml.html.fromstring("<div>" + markdown.markdown(rest) + "</div>")
    assert not rendered.xpath("//script|//a|//img|//table|//hr|//code|//em|//strong")
    page = lxml.html.fromstring(render([item], "html"))
    assert not page.xpath("//script|//a|//img|//iframe|//*[@onerror]")
    assert note_text.split()[0].strip() in page.text_content()


def test_export_command(tmp_path, capsys):
    """The export's actor filter. In this process (one model load fewer); the command's
    process boundary is tested in test_hostile_paths and test_cli_store_files."""
    from desktop import commands

    out = tmp_path / "out.json"
    assert commands.run("export", [str(SAMPLE), "--format", "json", "-o", str(out), "--notes",
                                   str(tmp_path / "n.sqlite3"), "--actor", "Thomas Reid"]) == 0, capsys.readouterr().err
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["articles"][0]["actor_filter"] == ["person:thomas-reid"]


# ------------------------------------------------------------------ in the window
@pytest.fixture
def window(make_window):
    return make_window()


def test_highlight_undo_redo_and_reopen(window, qtbot, settings, tmp_path):
    from PySide6.QtGui import QColor

    from desktop.ui.main_window import MainWindow
    from desktop.ui.theme import LIGHT

    open_files(qtbot, window, [SAMPLE])
    view = window.current_view()
    start = view.article.text.index("income tax")
    cursor = view.cursor_for_span(start, start + len("income tax"))
    view.setTextCursor(cursor)
    note = window.notes.highlight_selection()
    assert view.article.text[note.start:note.end] == "income tax"
    assert view.cursor_for_span(start, start + 1).charFormat().background().color() == QColor(LIGHT.highlight_bg)
    window.notes.edit_note(note.id, "key promise")
    assert window.notes.store.get(note.id).note == "key promise"
    assert window.notes.panel.model.rowCount() == 1
    window.notes.undo_stack.undo()
    assert window.notes.store.get(note.id).note == ""
    window.notes.undo_stack.undo()
    assert window.notes.store.for_article(view.article.id) == [] and view.notes == []
    window.notes.undo_stack.redo()
    window.notes.undo_stack.redo()
    assert window.notes.store.get(note.id).note == "key promise"
    # a new window on the same store shows the note again
    again = MainWindow(LIGHT, settings, interactive=False, notes_store=NotesStore(window.notes.store.path))
    qtbot.addWidget(again)
    open_files(qtbot, again, [SAMPLE])
    assert [n.note for n in again.current_view().notes] == ["key promise"]


def test_keep_a_quote_from_the_panel(window, qtbot):
    with qtbot.waitSignal(window.analysis_finished, timeout=60_000):
        window.open_paths([str(SAMPLE)])
    view = window.current_view()
    quote = next(q for q in view.analysis.quotes if q.kind == "direct")
    window.panel.keep_requested.emit(quote.start, quote.end, "quote")
    [kept] = window.notes.store.for_article(view.article.id)
    assert kept.kind == "quote" and kept.quote == quote.text


def test_a_version_1_store_is_migrated_and_keeps_its_notes(tmp_path):
    db_path = tmp_path / "notes.sqlite3"
    old = sqlite3.connect(db_path)
    old.execute("CREATE TABLE notes (id TEXT PRIMARY KEY, article_id TEXT NOT NULL, start INTEGER, end INTEGER,"
                " quote TEXT, note TEXT, source TEXT, title TEXT, kind TEXT, tags TEXT, created REAL, updated REAL)")
    old.execute("INSERT INTO notes VALUES ('n1','a',0,4,'Text','old note','','','highlight','x',1.0,1.0)")
    old.execute("PRAGMA user_version = 1")
    old.commit()
    old.close()
    store = NotesStore(db_path)
    [note] = store.for_article("a")
    assert (note.note, note.colour, note.speaker, note.tags) == ("old note", "yellow", "", ("x",))
    store.update("n1", colour="green")
    store.add(Note("a", 5, 9, "more", kind="quote", speaker="Mark Carney", colour="blue"))
    store.close()
    again = NotesStore(db_path)
    assert [(n.colour, n.speaker, n.kind) for n in again.for_article("a")] == [
        ("green", "", "highlight"), ("blue", "Mark Carney", "quote")]
    assert sqlite3.connect(db_path).execute("PRAGMA user_version").fetchone()[0] == 2
