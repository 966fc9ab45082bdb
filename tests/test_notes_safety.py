"""Notes are never lost: full disk, damaged pages, newer stores, read-only folders, hostile imports."""
import json
import os
import sqlite3
import subprocess
import time

import pytest
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from desktop.notes import (
    NOTES_SCHEMA, SCHEMA_VERSION, InvalidNote, Note, NotesStore, read_notes_export, validate_note,
)


def make_note(i: int, article="article-a", text="") -> Note:
    quote = f"quoted words number {i:04d}"
    return Note(article, i * 40, i * 40 + len(quote), quote, text or f"note {i} " + "x" * 60,
                source="/tmp/a.txt", title="A title", id=f"note-{i:04d}", created=1_700_000_000.0 + i,
                updated=1_700_000_000.0 + i)


@pytest.fixture
def recovery(tmp_path):
    folder = tmp_path / "recovery"
    return [folder]


class _FullDisk:
    """A connection whose every write fails as SQLite fails when the disk is full."""

    def __init__(self, real):
        self._real = real

    def __getattr__(self, name):
        return getattr(self._real, name)

    def __enter__(self):
        raise sqlite3.OperationalError("database or disk is full")

    def __exit__(self, *exc):
        return False


def _disk_full_from_now(store, monkeypatch):
    store._db = _FullDisk(store._db)

    def refuse(self):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(NotesStore, "_connect", refuse)


# ------------------------------------------------------------------ 1. full disk
def test_notes_behind_the_full_disk_warning_survive_quit_and_restart(tmp_path, recovery, monkeypatch):
    db = tmp_path / "data" / "notes.sqlite3"
    store = NotesStore(db, recovery_dirs=recovery)
    for i in range(15):
        store.add(make_note(i))
    _disk_full_from_now(store, monkeypatch)
    for i in range(15, 37):
        store.add(make_note(i))
    store.delete("note-0003")
    assert "cannot be saved" in store.warning and store.unsaved == 23
    assert store.recovery_file is not None and store.recovery_file.parent == recovery[0]
    store.close()  # quitting while the disk is still full

    # Restart while the disk is still full: the 14 saved notes and the 22 unsaved ones all show.
    still_full = NotesStore(db, recovery_dirs=recovery)
    assert {n.id for n in still_full.all()} == {f"note-{i:04d}" for i in range(37)} - {"note-0003"}
    assert "restored" in still_full.warning and still_full.unsaved == 23
    still_full.close()

    monkeypatch.undo()  # space again: the next start writes everything and drops the recovery file
    fixed = NotesStore(db, recovery_dirs=recovery)
    assert "restored and saved" in fixed.warning
    assert not any(recovery[0].iterdir())
    fixed.close()
    on_disk = NotesStore(db, recovery_dirs=recovery)
    assert len(on_disk.all()) == 36 and on_disk.get("note-0003") is None and not on_disk.warning


def test_starting_on_a_full_disk_shows_the_saved_notes(tmp_path, recovery, monkeypatch):
    db = tmp_path / "notes.sqlite3"
    store = NotesStore(db, recovery_dirs=recovery)
    for i in range(15):
        store.add(make_note(i))
    store.close()

    def refuse(self):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(NotesStore, "_connect", refuse)
    full = NotesStore(db, recovery_dirs=recovery)
    assert len(full.all()) == 15
    assert "read-only" in full.warning
    full.add(make_note(99))  # kept, and in the recovery file
    assert full.get("note-0099") is not None and full.recovery_file is not None


def test_a_recovery_file_never_overrides_a_newer_edit(tmp_path, recovery, monkeypatch):
    db = tmp_path / "notes.sqlite3"
    store = NotesStore(db, recovery_dirs=recovery)
    store.add(make_note(1))
    _disk_full_from_now(store, monkeypatch)
    store.update("note-0001", note="old unsaved edit")
    monkeypatch.undo()
    # Meanwhile the note was edited again and saved elsewhere (later time).
    direct = sqlite3.connect(db)
    with direct:
        direct.execute("UPDATE notes SET note = 'newer', updated = ? WHERE id = 'note-0001'", (time.time() + 60,))
    direct.close()
    assert NotesStore(db, recovery_dirs=recovery).get("note-0001").note == "newer"


def test_hostile_recovery_files_are_ignored(tmp_path, recovery):
    db = tmp_path / "notes.sqlite3"
    NotesStore(db, recovery_dirs=recovery).add(make_note(1))
    store = NotesStore(db, recovery_dirs=recovery)
    recovery[0].mkdir(parents=True, exist_ok=True)
    target = recovery[0] / store._recovery_name()
    for content in ("not json", "[]", json.dumps({"schema": "byline.notes-recovery/1", "pending": {
            "x": {"note": {}}, "y": {"deleted": "yes"}, "z": 5}})):
        target.write_text(content)
        again = NotesStore(db, recovery_dirs=recovery)
        assert [n.id for n in again.all()] == ["note-0001"]


@pytest.fixture
def small_disk(tmp_path):
    """A real, tiny filesystem (tmpfs), when this process may mount one (root with
    CAP_SYS_ADMIN; CI containers often are not): the honest test of a full disk."""
    mount = tmp_path / "disk"
    mount.mkdir()
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)],
                            capture_output=True, text=True)
    if result.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here ({result.stderr.strip() or 'not root'}); "
                    "the monkeypatched full-disk tests cover the logic")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def _fill(folder):
    fd = os.open(folder / "filler.bin", os.O_WRONLY | os.O_CREAT)
    try:
        for size in (65536, 4096, 512, 1):
            try:
                while os.write(fd, b"\0" * size):
                    pass
            except OSError:
                pass
    finally:
        os.close(fd)


def test_a_real_full_disk_loses_no_note(small_disk, tmp_path, recovery):
    db = small_disk / "notes.sqlite3"
    store = NotesStore(db, recovery_dirs=recovery)
    for i in range(15):
        store.add(make_note(i))
    _fill(small_disk)
    for i in range(15, 37):
        store.add(make_note(i, text="y" * 3000))  # large notes: the WAL cannot take them
    assert store.unsaved > 0 and "cannot be saved" in store.warning
    store.close()
    restarted = NotesStore(db, recovery_dirs=recovery)  # disk still full
    assert len(restarted.all()) == 37
    restarted.close()
    (small_disk / "filler.bin").unlink()
    fixed = NotesStore(db, recovery_dirs=recovery)
    assert fixed.unsaved == 0 and len(fixed.all()) == 37
    fixed.close()
    assert len(NotesStore(db, recovery_dirs=recovery).all()) == 37


def test_the_window_keeps_unsaved_notes_when_it_closes(qtbot, settings, tmp_path, recovery, monkeypatch):
    from desktop.ui.main_window import MainWindow
    from desktop.ui.theme import LIGHT

    db = tmp_path / "notes.sqlite3"
    store = NotesStore(db, recovery_dirs=recovery)
    window = MainWindow(LIGHT, settings, interactive=False, notes_store=store)
    qtbot.addWidget(window)
    _disk_full_from_now(store, monkeypatch)
    store.add(make_note(5))
    window.close()
    monkeypatch.undo()
    assert NotesStore(db, recovery_dirs=recovery).get("note-0005") is not None


def test_closing_asks_when_not_even_a_recovery_file_can_be_written(qtbot, settings, tmp_path, monkeypatch):
    from desktop.ui.main_window import MainWindow
    from desktop.ui.theme import LIGHT

    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    store = NotesStore(tmp_path / "notes.sqlite3", recovery_dirs=[blocker / "sub"])
    window = MainWindow(LIGHT, settings, interactive=False, notes_store=store)
    qtbot.addWidget(window)
    _disk_full_from_now(store, monkeypatch)
    store.add(make_note(5))
    assert store.recovery_file is None
    assert window.notes.confirm_quit(interactive=False)  # a script or test never blocks
    asked = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.exec", lambda box: asked.append(box.text()) or 0)
    assert not window.notes.confirm_quit(interactive=True)  # Cancel (nothing clicked) keeps the window
    assert asked and "could not be saved" in asked[0]


# ------------------------------------------------------------------ 2. damage, newer stores, read-only
def _store_with(path, n):
    store = NotesStore(path, recovery_dirs=[path.parent / "rec"])
    for i in range(n):
        store.add(make_note(i))
    store.close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode=DELETE")  # everything in the main file
    conn.close()


def test_a_damaged_page_costs_only_its_own_rows(tmp_path):
    db = tmp_path / "notes.sqlite3"
    _store_with(db, 300)
    conn = sqlite3.connect(db)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    leaves = conn.execute("SELECT pageno, ncell FROM dbstat WHERE name = 'notes' AND pagetype = 'leaf'"
                          " ORDER BY pageno").fetchall()
    conn.close()
    pageno, ncell = leaves[len(leaves) // 2]
    with open(db, "r+b") as fh:
        fh.seek((pageno - 1) * page_size)
        fh.write(b"\xa5" * page_size)

    store = NotesStore(db, recovery_dirs=[tmp_path / "rec"])
    saved = store.all()
    assert len(saved) == 300 - ncell
    originals = {make_note(i).id: make_note(i) for i in range(300)}
    assert all(n == originals[n.id] for n in saved)
    assert f"{300 - ncell} notes were saved" in store.warning and f"{ncell} could not be read" in store.warning
    assert any(p.name.startswith("notes.sqlite3.corrupt-") for p in tmp_path.iterdir())
    store.close()
    assert len(NotesStore(db, recovery_dirs=[tmp_path / "rec"]).all()) == 300 - ncell  # in the new store


def test_a_store_from_a_newer_version_is_shown_and_never_touched(tmp_path):
    db = tmp_path / "notes.sqlite3"
    _store_with(db, 300)
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    before = db.read_bytes()
    store = NotesStore(db, recovery_dirs=[tmp_path / "rec"])
    assert len(store.all()) == 300
    assert "newer version" in store.warning and "read-only" in store.warning
    store.add(make_note(500))
    store.close()
    assert db.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("notes.sqlite3")] == ["notes.sqlite3"]


def test_a_read_only_folder_shows_every_note(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    _store_with(folder / "notes.sqlite3", 50)
    if os.geteuid() == 0:
        result = subprocess.run(["mount", "--bind", "-o", "ro", str(folder), str(folder)], capture_output=True)
        if result.returncode != 0:
            pytest.skip("running as root (permissions do not apply) and cannot make a read-only bind mount")
        subprocess.run(["mount", "-o", "remount,bind,ro", str(folder)], capture_output=True)
    else:
        folder.chmod(0o555)
    try:
        with pytest.raises(OSError):
            (folder / "probe").write_text("x")  # the folder really is read-only
        store = NotesStore(folder / "notes.sqlite3", recovery_dirs=[tmp_path / "rec"])
        assert len(store.all()) == 50 and "read-only" in store.warning
        store.add(make_note(77))
        assert store.get("note-0077") is not None and store.recovery_file is not None
    finally:
        if os.geteuid() == 0:
            subprocess.run(["umount", str(folder)], capture_output=True)
        else:
            folder.chmod(0o755)


# ------------------------------------------------------------------ 4. hostile imports
ISSUE_CASES = [
    ({"note": {"a": 1}}, "'note' must be text"),
    ({"start": 10**30}, "'start'"),
    ({"created": "yesterday"}, "ISO 8601"),
    ({"end": 3}, "before 'end'"),
    ({"tags": "one"}, "'tags'"),
    ({"quote": "not the span"}, "'quote'"),
    ({"start": True}, "whole number"),
    ({"created": float("nan")}, "not a date"),
]


@pytest.mark.parametrize("change, reason", ISSUE_CASES)
def test_each_bad_field_is_refused_with_its_reason(change, reason):
    good = make_note(1).to_dict()
    with pytest.raises(InvalidNote, match=reason):
        validate_note({**good, **change})


def test_an_import_keeps_the_good_notes_and_lists_the_bad():
    good = [make_note(i).to_dict() for i in range(3)]
    data = {"schema": NOTES_SCHEMA, "articles": [
        1, {"id": "article-a", "notes": [good[0], {**good[1], "note": {"x": 1}}, {**good[2], "start": 10**30}]},
        {"id": "article-a", "notes": "many"}, {"notes": [{**good[2], "created": "2026-05-02T10:00:00Z"}]}]}
    report = read_notes_export(data)
    assert [n.id for n in report.notes] == ["note-0000", "note-0002"]
    assert report.notes[1].created == 1777716000.0
    assert len(report.skipped) == 4 and report.skipped[0].startswith("article 1:")
    assert report.skipped[1] == "article 2, note 2: 'note' must be text, not dict"


def test_offsets_past_the_known_article_are_refused():
    note = make_note(1).to_dict()
    report = read_notes_export({"schema": NOTES_SCHEMA, "articles": [{"notes": [note]}]},
                               text_length=lambda aid: 20)
    assert not report.notes and "past the end of the article" in report.skipped[0]


_SCALARS = st.one_of(st.none(), st.booleans(), st.integers(min_value=-2**70, max_value=2**70),
                     st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=30),
                     st.sampled_from(["2026-01-01", "yesterday", "\udce9", "\x00", "a\x1fb", "9999-99-99"]))
_JSON = st.recursive(_SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                      st.dictionaries(st.text(max_size=8), inner, max_size=3)),
                     max_leaves=8)
_FIELDS = ("article_id", "start", "end", "quote", "note", "source", "title", "kind", "tags", "id", "created",
           "updated")


@st.composite
def hostile_notes(draw):
    note = make_note(draw(st.integers(0, 50))).to_dict()
    for key in draw(st.lists(st.sampled_from(_FIELDS), max_size=4, unique=True)):
        note[key] = draw(_JSON)
    if draw(st.booleans()):
        note = draw(_JSON)
    return note


@hsettings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(hostile_notes(), max_size=6), st.one_of(st.none(), _JSON))
def test_hostile_json_never_breaks_import_or_the_store(tmp_path, notes, article_id):
    data = {"schema": NOTES_SCHEMA, "articles": [{"id": article_id, "notes": notes}, article_id]}
    report = read_notes_export(data)
    assert len(report.notes) <= len(notes) and (report.skipped or len(report.notes) == len(notes))
    assert all(validate_note(n.to_dict()) == n for n in report.notes)  # what is kept is valid
    store = NotesStore(tmp_path / f"n{time.monotonic_ns()}.sqlite3", recovery_dirs=[tmp_path / "rec"])
    for note in report.notes:
        store.add(note)
    store.add(make_note(60))  # the next edit still works
    assert store.unsaved == 0
    for note in report.notes:
        assert store.for_article(note.article_id)  # sorting mixed notes never raises
    store.close()
    reopened = NotesStore(store.path, recovery_dirs=[tmp_path / "rec"])
    assert {n.id for n in reopened.all()} == {n.id for n in report.notes} | {"note-0060"}
    reopened.close()


def test_importing_in_the_window_reports_what_was_skipped(make_window, tmp_path, monkeypatch, qtbot):
    from .conftest import import_notes

    window = make_window()
    shown = []
    monkeypatch.setattr(window, "show_message", lambda title, lines: shown.append((title, lines)))
    good = make_note(1).to_dict()
    path = tmp_path / "notes.json"
    path.write_text(json.dumps({"schema": NOTES_SCHEMA, "articles": [
        {"id": "article-a", "notes": [good, {**good, "id": "bad", "note": {}}]}, 1]}))
    assert import_notes(qtbot, window, path) == 1
    assert window.notes.store.get("note-0001") is not None and window.notes.store.get("bad") is None
    title, lines = shown[-1]
    assert "2 skipped" in title and any("'note' must be text" in line for line in lines)


def test_closing_offers_to_export_what_could_not_be_saved(qtbot, settings, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from desktop.ui.main_window import MainWindow
    from desktop.ui.theme import LIGHT

    store = NotesStore(tmp_path / "notes.sqlite3", recovery_dirs=[])  # nowhere for a recovery file
    window = MainWindow(LIGHT, settings, interactive=False, notes_store=store)
    qtbot.addWidget(window)
    _disk_full_from_now(store, monkeypatch)
    store.add(make_note(5))
    target = tmp_path / "elsewhere" / "unsaved.json"
    monkeypatch.setattr(QMessageBox, "exec",
                        lambda box: next(b for b in box.buttons() if b.text() == "Export…").click() or 0)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert window.notes.confirm_quit(interactive=True)
    report = read_notes_export(json.loads(target.read_text(encoding="utf-8")))
    assert [n.id for n in report.notes] == ["note-0005"] and not report.skipped


def test_import_checks_offsets_against_an_article_the_library_holds(make_window, tmp_path, qtbot):
    from desktop.loaders import load_article

    from .conftest import SEEDS, import_notes, open_files

    window = make_window()
    [article] = open_files(qtbot, window, [SEEDS / "04_budget_statement.txt"]).articles
    length = len(article.text)
    quote = "x" * 10
    note = {"article_id": article.id, "start": length - 5, "end": length + 5, "quote": quote, "id": "past-end"}
    path = tmp_path / "n.json"
    path.write_text(json.dumps({"schema": NOTES_SCHEMA, "articles": [{"id": article.id, "notes": [note]}]}))
    assert import_notes(qtbot, window, path) == 0
    assert load_article(SEEDS / "04_budget_statement.txt").id == article.id


@pytest.mark.parametrize("written, seconds", [
    (1_700_000_000.25, 1_700_000_000.25),                       # what older exports wrote: a number
    ("2023-11-14T22:13:20.250000+00:00", 1_700_000_000.25),     # what exports write now
    ("2023-11-14T23:13:20.250000+01:00", 1_700_000_000.25),     # another time zone, the same moment
    ("2023-11-14T22:13:20Z", 1_700_000_000.0),
])
def test_created_is_read_from_old_and_new_exports(written, seconds):
    note = validate_note({"article_id": "a1", "start": 0, "end": 1, "quote": "x", "created": written})
    assert note.created == seconds


def test_exported_times_are_iso_8601_with_a_zone_and_read_back_exactly():
    note = Note("a1", 0, 1, "x", id="n1", created=1_700_000_000.123456, updated=1_700_000_100.5)
    data = note.to_export_dict()
    assert data["created"] == "2023-11-14T22:13:20.123456+00:00"
    assert data["updated"] == "2023-11-14T22:15:00.500000+00:00"
    back = validate_note(data)
    assert abs(back.created - note.created) < 1e-6 and back.updated == note.updated


def test_a_repeated_note_id_in_one_file_is_skipped_not_merged(tmp_path):
    """Two notes with one id (on two articles) were both "imported", and the second silently
    replaced the first in the store (found by the property test above)."""
    first = {**make_note(0).to_dict(), "article_id": "article-0"}
    second = {**make_note(0).to_dict(), "article_id": "article-a", "note": "another note"}
    report = read_notes_export({"schema": NOTES_SCHEMA, "articles": [{"notes": [first, second]}]})
    assert [n.article_id for n in report.notes] == ["article-0"]
    assert len(report.skipped) == 1 and "already article 1, note 1's" in report.skipped[0]
    store = NotesStore(tmp_path / "n.sqlite3", recovery_dirs=[tmp_path / "rec"])
    for note in report.notes:
        store.add(note)
    assert [n.note for n in store.for_article("article-0")] == [first["note"]]
    store.close()
