"""Issue 21, end to end where the other tests stop at the core: the exact scenarios the issue
reports, replayed in the window (item 4: the next highlight after a bad import, the article
opened again) and root-proof variants of the permission cases (CI runs as root)."""
import codecs
import json
import os
import shutil
import tempfile
import traceback
from pathlib import Path

import pytest

from desktop.notes import NOTES_SCHEMA

from .bad_inputs import ARTICLE_TEXT
from .conftest import SEEDS, import_notes, open_files

SAMPLE = SEEDS / "04_budget_statement.txt"


def _note(article, i, **change):
    start = article.text.index("bank levy") if i == 0 else 0
    quote = article.text[start:start + 9]
    return {"article_id": article.id, "start": start, "end": start + 9, "quote": quote, "note": f"n{i}",
            "id": f"imported-{i}", "created": 1_700_000_000.0, "updated": 1_700_000_000.0, **change}


def test_the_issues_bad_notes_file_then_a_highlight_then_the_article_again(make_window, qtbot, tmp_path):
    """Issue 21 item 4, as reported: a note whose `note` is an object (the next highlight
    segfaulted), `start` 10**30 (every later add raised), `created` "yesterday" (the article
    could never be opened again) and `"articles": [1]` (AttributeError) in one imported file."""
    window = make_window(show=True)
    [article] = open_files(qtbot, window, [SAMPLE]).articles
    path = tmp_path / "notes.json"
    path.write_text(json.dumps({"schema": NOTES_SCHEMA, "articles": [
        {"id": article.id, "notes": [_note(article, 0), _note(article, 1, note={"a": 1}),
                                     _note(article, 2, start=10**30), _note(article, 3, created="yesterday")]},
        1]}), encoding="utf-8")
    assert import_notes(qtbot, window, path) == 1
    assert window.notes.import_message == "Imported 1 note; 4 skipped."
    store = window.notes.store
    assert [n.id for n in store.for_article(article.id)] == ["imported-0"]

    view = window.current_view()
    at = article.text.index("the ") if "the " in article.text else 0
    view.setTextCursor(view.cursor_for_span(at, at + 3))
    added = window.notes.highlight_selection()  # segfaulted after the bad import
    assert added is not None and store.get(added.id) is not None and store.unsaved == 0

    window.close_tab(0)
    assert window.views() == []
    [again] = open_files(qtbot, window, [SAMPLE]).articles  # "could never be opened again"
    assert again.id == article.id and window.current_view().article.id == article.id
    assert {n.id for n in store.for_article(article.id)} == {"imported-0", added.id}


# ------------------------------------------------------------------ permissions, also as root
NOBODY = 65534


@pytest.fixture
def reachable():
    """A folder another user can enter (pytest's tmp_path is private to the user running it)."""
    place = Path(tempfile.mkdtemp(prefix="byline-perm-"))
    place.chmod(0o755)
    yield place
    for folder, _dirs, _files in os.walk(place):
        os.chmod(folder, 0o755)
    shutil.rmtree(place, ignore_errors=True)


def as_a_plain_user(work):
    """Run `work()` where file permissions apply, and return what it returns (JSON-able).
    Not root: here. Root (CI runs as root, and root reads any file): in a forked child that
    has dropped to `nobody` — the kernel, not a monkeypatch, then refuses the reads. A fork
    needs no new interpreter (ours may live where `nobody` cannot run it)."""
    if os.geteuid() != 0:
        return work()
    for codec in ("ascii", "utf-8", "latin-1", "cp1252"):  # `nobody` cannot import them later
        codecs.lookup(codec)
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never return into pytest
        code = 0
        try:
            os.close(read_end)
            os.setgroups([])
            os.setgid(NOBODY)
            os.setuid(NOBODY)
            payload = json.dumps({"value": work()})
        except BaseException as exc:  # noqa: BLE001 - reported to the parent
            payload, code = json.dumps({"error": traceback.format_exc()}), 1
        with os.fdopen(write_end, "w") as out:
            out.write(payload)
        os._exit(code)
    os.close(write_end)
    with os.fdopen(read_end) as inp:
        answer = json.loads(inp.read() or '{"error": "the child said nothing"}')
    os.waitpid(pid, 0)
    assert "error" not in answer, answer["error"]
    return answer["value"]


def test_a_file_without_read_permission_gives_one_clear_line(reachable):
    from desktop.loaders import LoadError, collect_files, load_article

    secret = reachable / "secret.txt"
    secret.write_bytes(ARTICLE_TEXT)
    secret.chmod(0)
    locked = reachable / "locked"
    locked.mkdir()
    (locked / "a.txt").write_bytes(ARTICLE_TEXT)
    locked.chmod(0)

    def work():
        try:
            load_article(secret)
            loaded = "read"
        except LoadError as exc:
            loaded = str(exc)
        errors: list[str] = []
        found = collect_files([reachable], errors)
        return {"loaded": loaded, "found": [p.name for p in found], "errors": errors}

    seen = as_a_plain_user(work)
    assert "Permission denied" in seen["loaded"] and "secret.txt" in seen["loaded"]
    assert "\n" not in seen["loaded"]
    assert "a.txt" not in seen["found"]  # inside the folder it cannot list
    assert any("locked" in e and "Permission denied" in e for e in seen["errors"]), seen["errors"]


def test_a_read_only_data_folder_shows_every_note(reachable):
    """Issue 21 item 2: a read-only data folder showed 0 of 50 notes."""
    from desktop.notes import NotesStore

    from .test_notes_safety import _store_with, make_note

    folder = reachable / "data"
    folder.mkdir()
    _store_with(folder / "notes.sqlite3", 50)
    (folder / "notes.sqlite3").chmod(0o444 if os.geteuid() == 0 else 0o644)
    folder.chmod(0o555)
    recovery = reachable / "recovery"
    recovery.mkdir(mode=0o777)
    recovery.chmod(0o777)

    def work():
        store = NotesStore(folder / "notes.sqlite3", recovery_dirs=[recovery])
        shown, warning = len(store.all()), store.warning
        store.add(make_note(77))
        kept = store.get("note-0077") is not None and store.recovery_file is not None
        store.close()
        return {"shown": shown, "warning": warning, "kept": kept,
                "again": len(NotesStore(folder / "notes.sqlite3", recovery_dirs=[recovery]).all())}

    seen = as_a_plain_user(work)
    assert seen["shown"] == 50 and "read-only" in seen["warning"]
    assert seen["kept"] and seen["again"] == 51  # the edit comes back from the recovery file


def test_importing_a_folder_of_special_paths_in_the_window_says_what_it_skipped(
        make_window, qtbot, tmp_path, monkeypatch):
    """The hostile-path corpus, imported as a folder in the window: the one readable article
    (named in Latin-1 bytes) comes in, and the pipe, the socket, the loops and the folder that
    cannot be listed are each reported to the user ("an unreadable folder gives 0 hits and no
    message"), never a traceback or a hang."""
    from .bad_inputs import write_special_paths

    special = write_special_paths(tmp_path / "special")
    locked = special["fifo"].parent / "locked"
    locked.mkdir()
    (locked / "inside.txt").write_bytes(ARTICLE_TEXT)
    real_scandir = os.scandir

    def scandir(path="."):  # as a user without the x/r bits meets it; root would list it
        if os.fsencode(path) == os.fsencode(locked):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    window = make_window()
    shown = []
    monkeypatch.setattr(window, "show_message", lambda title, lines: shown.append((title, lines)))
    with qtbot.waitSignal(window.library.import_finished, timeout=120_000) as done:
        window.library.import_folder(str(special["fifo"].parent))
    added, failures = done.args
    for name in ("locked: cannot be read (Permission denied)", "f.txt: skipped, a named pipe",
                 "sock.txt: skipped, a socket", "zero.txt: skipped, a device", "loop.txt: cannot be read",
                 "ping.md: cannot be read", "two\\nlines.txt looks like a binary file"):
        assert sum(name in f for f in failures) == 1, (name, failures)
    assert all("\n" not in f for f in failures)
    assert shown and "could not be read" in shown[-1][0] and shown[-1][1] == failures
    titles = {window.library.store.article(a).title for a in added}
    assert "Caf\ufffd council" in titles, titles  # the article named in Latin-1 bytes came in
    assert {h.article for h in window.library.index.search("Duarte").hits} == set(added)


def test_a_name_that_is_not_utf8_handed_to_the_running_window_opens(make_window, qtbot, tmp_path):
    """Issue 21 item 8 over the single-instance socket: `byline $'caf\\xe9.txt'` while Byline
    runs. The path crossed a Qt signal typed `list`, whose conversion to QString dropped the
    undecodable byte, and the window said "…/caf.txt: no such file" (found by hand on :38)."""
    from desktop.ui.app import _bring_forward
    from desktop.ui.instance import InstanceServer, send_to_running

    from .bad_inputs import NON_UTF8_NAME

    path = os.fsdecode(os.path.join(os.fsencode(tmp_path), NON_UTF8_NAME))
    Path(path).write_bytes(ARTICLE_TEXT)
    window = make_window()
    failed = []
    window.load_failed.connect(lambda where, message: failed.append((where, message)))
    server = InstanceServer(f"byline-test-latin1-{os.getpid()}")
    assert server.start(), server.error
    server.files_received.connect(lambda paths: _bring_forward(window, paths))
    try:
        with qtbot.waitSignal(window.files_opened, timeout=120_000) as opened:
            assert send_to_running([path], name=f"byline-test-latin1-{os.getpid()}")
    finally:
        server.close()
    assert failed == [] and [a.source for a in opened.args[0].articles] == [path]
    assert "Ines Duarte" in window.current_view().article.text


def test_a_failed_open_reports_the_real_path(make_window, qtbot, tmp_path):
    """load_failed carries the path as it is, bytes that are not UTF-8 included."""
    path = os.fsdecode(os.path.join(os.fsencode(tmp_path), b"gone \xe9.txt"))
    window = make_window()
    failed = []
    window.load_failed.connect(lambda where, message: failed.append(where))
    open_files(qtbot, window, [path])
    assert failed == [path]


def test_open_recent_keeps_a_name_that_is_not_utf8(make_window, qtbot, tmp_path, settings):
    """QSettings stores QStrings, which drop the bytes of a name that is not UTF-8: Open
    Recent then said "…/caf.txt: no such file". Such a path is stored as its bytes."""
    from .bad_inputs import NON_UTF8_NAME

    path = os.fsdecode(os.path.join(os.fsencode(tmp_path), NON_UTF8_NAME))
    Path(path).write_bytes(ARTICLE_TEXT)
    plain = tmp_path / "plain.txt"
    plain.write_bytes(ARTICLE_TEXT.replace(b"Mayor", b"Deputy"))
    window = make_window()
    open_files(qtbot, window, [path, plain])
    settings.sync()
    assert window.recent_files() == [str(plain), path]
    assert make_window().recent_files() == [str(plain), path]  # read back from the settings file
    window.close_tab(0)
    window.close_tab(0)
    window._refresh_recent_menu()
    action = window._recent_menu.actions()[1]
    assert action.text() == "caf\ufffd council.txt"
    with qtbot.waitSignal(window.files_opened, timeout=120_000) as opened:
        action.trigger()
    assert [a.source for a in opened.args[0].articles] == [path]


def test_a_dropped_file_whose_name_is_not_utf8_opens(make_window, qtbot, tmp_path):
    """A file manager drops file:///…/caf%E9%20council.txt; QUrl.toLocalFile made that
    'caf\\ufffd council.txt', which does not exist."""
    from urllib.parse import quote_from_bytes

    from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    from .bad_inputs import NON_UTF8_NAME

    raw = os.path.join(os.fsencode(tmp_path), NON_UTF8_NAME)
    Path(os.fsdecode(raw)).write_bytes(ARTICLE_TEXT)
    plain = tmp_path / "a b#c.txt"  # escapes that must still decode: space, '#'
    plain.write_bytes(ARTICLE_TEXT.replace(b"Mayor", b"Deputy"))
    window = make_window()
    mime = QMimeData()
    mime.setUrls([QUrl.fromEncoded(b"file://" + quote_from_bytes(raw).encode()), QUrl.fromLocalFile(str(plain))])
    with qtbot.waitSignal(window.files_opened, timeout=120_000) as opened:
        window.dropEvent(QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime,
                                    Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    assert [a.source for a in opened.args[0].articles] == [os.fsdecode(raw), str(plain)]


def test_a_library_in_a_read_only_data_folder_still_shows_its_articles(reachable):
    """The library sits beside the notes: with the data folder read-only it showed 0 of its
    articles (a fresh session in memory). Now they are read into that session and searchable."""
    import sqlite3

    from desktop.article import article_from_text
    from desktop.library import Library

    folder = reachable / "data"
    folder.mkdir()
    library = Library(folder / "library.sqlite3")
    for i in range(3):
        library.add(article_from_text(f"The harbour board met on day {i}, said Ines Duarte.", f"Minutes {i}"))
    library.close()
    checkpoint = sqlite3.connect(folder / "library.sqlite3")
    checkpoint.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    checkpoint.close()
    for child in folder.iterdir():
        child.chmod(0o444)
    folder.chmod(0o555)
    before = (folder / "library.sqlite3").read_bytes()
    Library(":memory:").search("warm up")  # imports done before `nobody` cannot read the stdlib

    def work():
        seen = Library(folder / "library.sqlite3")
        shown, warning, hits = len(seen), seen.warning, len(seen.search("harbour").hits)
        seen.add(article_from_text("A new article said nothing.", "New"))
        after = len(seen)
        seen.close()
        return {"shown": shown, "warning": warning, "hits": hits, "after": after}

    seen = as_a_plain_user(work)
    assert seen["shown"] == 3 and seen["hits"] >= 3, seen
    assert "cannot be written" in seen["warning"] and "3 articles are shown" in seen["warning"]
    assert seen["after"] == 4
    assert (folder / "library.sqlite3").read_bytes() == before  # nothing written to it
