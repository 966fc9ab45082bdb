"""The library store (desktop/library.py): headless, on hand-written articles.

Analyses here are built by hand (no spaCy) unless a test says otherwise, so the table of
what is stored and read back is exact."""
import os
import sqlite3

import pytest

from desktop.analysis.version import ANALYSER_VERSION
from desktop.article import article_from_text
from desktop.library import Library, LibraryBusy, canonical_path

from .library_samples import TEXT, carney_analysis


@pytest.fixture
def library(tmp_path):
    lib = Library(tmp_path / "library.sqlite3")
    yield lib
    lib.close()


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_an_article_and_its_analysis_come_back_exactly(library, tmp_path):
    article = article_from_text(TEXT, "Talks", date="2025-03-20", byline="By A. Writer")
    analysis = carney_analysis()
    path = write(tmp_path, "talks.txt", TEXT)
    article_id = library.add(article, path, analysis)
    assert article_id == article.id
    again = library.article(article_id)
    assert (again.text, again.paragraphs, again.title, again.date, again.byline, again.format) == (
        article.text, article.paragraphs, article.title, article.date, article.byline, article.format)
    assert again.source == canonical_path(path)
    assert library.analysis(article_id) == analysis
    assert library.stale() == []
    [row] = library.rows()
    assert (row.title, row.words, row.quotes, row.speakers, row.missing, row.analysed) == (
        "Talks", article.word_count, 1, "Mark Carney", False, True)


def test_search_with_fields_works_from_the_store_after_reopening(tmp_path):
    article = article_from_text(TEXT, "Talks")
    lib = Library(tmp_path / "lib.sqlite3")
    lib.add(article, None, carney_analysis())
    lib.close()
    reopened = Library(tmp_path / "lib.sqlite3")
    try:
        for query in ('speaker:"Mark Carney"', "actor:Carney", "ready", "title:talks", "type:quote"):
            hits = reopened.search(query, prefix_last=False).hits
            assert hits and hits[0].article == article.id, query
            assert hits[0].title == "Talks"
        assert reopened.search("speaker:Smith").hits == []
    finally:
        reopened.close()


@pytest.mark.parametrize("stored_version, stale", [(None, True), (ANALYSER_VERSION - 1, True),
                                                   (ANALYSER_VERSION, False)])
def test_older_or_missing_analyses_are_stale(library, stored_version, stale):
    article = article_from_text(TEXT, "Talks")
    library.add(article, None, carney_analysis() if stored_version is not None else None)
    if stored_version is not None:
        with library._write() as db:
            db.execute("UPDATE articles SET analyser = ?", (stored_version,))
    assert (library.stale() == [article.id]) is stale
    assert (library.analysis(article.id, current_only=True) is None) is stale


def test_one_article_from_two_paths_is_one_entry_with_both_paths(library, tmp_path):
    a = write(tmp_path, "a.txt", TEXT)
    b = write(tmp_path, "b.txt", TEXT)
    article = article_from_text(TEXT, "Talks")
    library.add(article, a)
    library.add(article, b)
    assert len(library) == 1
    assert set(library.paths(article.id)) == {canonical_path(a), canonical_path(b)}
    assert library.id_for_path(a) == article.id


def test_a_missing_file_is_marked_and_the_article_still_opens(library, tmp_path):
    path = write(tmp_path, "gone.txt", TEXT)
    article = article_from_text(TEXT, "Talks")
    library.add(article, path, carney_analysis())
    os.remove(path)
    assert library.check_files() == []
    [row] = library.rows()
    assert row.missing
    assert library.article(article.id).text == article.text
    path.write_text(TEXT + " More.", encoding="utf-8")  # back, and changed
    assert library.check_files() == [canonical_path(path)]
    assert not library.rows()[0].missing


def test_remove_and_undo(library, tmp_path):
    first = article_from_text(TEXT, "Talks")
    second = article_from_text("Another text entirely.", "Other")
    library.add(first, write(tmp_path, "a.txt", TEXT), carney_analysis())
    library.add(second, None)
    removed = library.remove([first.id])
    assert first.id not in library and second.id in library
    assert library.search("ready", prefix_last=False).hits == []
    assert library.paths(first.id) == []
    library.restore(removed)
    assert first.id in library
    assert library.analysis(first.id) == carney_analysis()
    assert library.search("ready", prefix_last=False).hits[0].article == first.id
    assert len(library.paths(first.id)) == 1


def test_an_edited_file_leaves_its_earlier_text_labelled(library, tmp_path):
    path = write(tmp_path, "talks.txt", TEXT)
    before = article_from_text(TEXT, "Talks")
    after = article_from_text(TEXT + " Edited.", "Talks")
    library.add(before, path)
    library.add(after, path)  # the file was edited and opened again
    rows = {row.id: row for row in library.rows()}
    assert rows[before.id].replaced_path == canonical_path(path) and rows[before.id].replaced_at is not None
    assert rows[after.id].replaced_path == "" and rows[after.id].source == canonical_path(path)
    library.add(before, path)  # the edit undone: the first text is the file's again
    rows = {row.id: row for row in library.rows()}
    assert rows[before.id].replaced_path == "" and rows[after.id].replaced_path == canonical_path(path)


def test_an_earlier_text_still_opened_from_another_file_is_not_called_earlier(library, tmp_path):
    article = article_from_text(TEXT, "Talks")
    library.add(article, write(tmp_path, "copy.txt", TEXT))
    path = write(tmp_path, "talks.txt", TEXT)
    library.add(article, path)
    library.add(article_from_text("New words.", "Talks"), path)
    assert library.rows([article.id])[0].replaced_path == ""


def test_removing_an_earlier_version_and_undoing_keeps_its_label(library, tmp_path):
    path = write(tmp_path, "talks.txt", TEXT)
    before = article_from_text(TEXT, "Talks")
    library.add(before, path)
    library.add(article_from_text("New words.", "Talks"), path)
    removed = library.remove([before.id])
    assert library.rows([before.id]) == []
    library.restore(removed)
    assert library.rows([before.id])[0].replaced_path == canonical_path(path)


def test_a_library_of_the_first_schema_is_migrated_and_keeps_everything(tmp_path):
    from desktop import library as module
    db_path = tmp_path / "library.sqlite3"
    first = Library(db_path)
    path = write(tmp_path, "talks.txt", TEXT)
    article = article_from_text(TEXT, "Talks")
    first.add(article, path, carney_analysis())
    first.close()
    with sqlite3.connect(db_path) as db:  # as Byline with schema 1 left it
        db.execute("DROP TABLE replaced")
        db.execute("PRAGMA user_version = 1")
    again = Library(db_path)
    try:
        assert not again.in_memory and again.rows()[0].source == canonical_path(path)
        assert again.analysis(article.id) == carney_analysis()
        again.add(article_from_text("New words.", "Talks"), path)
        assert again.rows([article.id])[0].replaced_path == canonical_path(path)
    finally:
        again.close()
    with sqlite3.connect(db_path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == module.SCHEMA_VERSION


def test_a_newer_analysis_replaces_the_old_and_reindexes(library):
    article = article_from_text(TEXT, "Talks")
    library.add(article, None)
    assert library.search('speaker:"Mark Carney"').hits == []
    assert library.set_analysis(article.id, carney_analysis())
    assert library.search('speaker:"Mark Carney"').hits
    assert not library.set_analysis("0" * 16, carney_analysis())


def test_summaries_feed_the_library_actors(library):
    article = article_from_text(TEXT, "Talks", date="2025-03-20")
    library.add(article, None, carney_analysis())
    [(article_id, title, date, actors, voices)] = list(library.summaries())
    assert (article_id, title, date) == (article.id, "Talks", "2025-03-20")
    assert [(a.id, a.name, a.type, a.aliases, a.mentions, a.speaks) for a in actors] == [
        ("p1", "Mark Carney", "person", ("Carney",), 2, True)]
    assert voices == [("p1", 1, 3)]


def test_a_corrupt_library_is_moved_aside_and_its_existing_paths_recovered(tmp_path):
    db_path = tmp_path / "library.sqlite3"
    db_path.write_bytes(b"this is not a database at all" * 100)
    lib = Library(db_path)
    try:
        assert "damaged" in lib.warning and "moved aside" in lib.warning
        assert not lib.in_memory and len(lib) == 0
        assert any(p.name.startswith("library.sqlite3.corrupt-") for p in tmp_path.iterdir())
    finally:
        lib.close()


def test_paths_readable_in_a_damaged_file_are_recovered(tmp_path):
    db_path = tmp_path / "library.sqlite3"
    lib = Library(db_path)
    kept = write(tmp_path, "kept.txt", TEXT)
    lib.add(article_from_text(TEXT, "Talks"), kept)
    lib.add(article_from_text("Gone text.", "Gone"), tmp_path / "gone.txt")
    lib.close()
    with sqlite3.connect(db_path) as db:  # a schema from the future, as a newer Byline leaves it
        db.execute("PRAGMA user_version = 99")
    newer = Library(db_path)
    try:
        assert newer.in_memory and "newer Byline" in newer.warning
    finally:
        newer.close()
    with sqlite3.connect(db_path) as db:
        db.execute("PRAGMA user_version = 1")
        db.execute("DROP TABLE articles")  # damaged beyond use, but paths still readable
    from desktop import library as module
    assert set(module._salvage_paths(db_path)) == {canonical_path(kept), canonical_path(tmp_path / "gone.txt")}


def test_a_damaged_library_is_rebuilt_from_the_paths_that_still_exist(tmp_path, monkeypatch):
    from desktop import library as module

    kept = write(tmp_path, "kept.txt", TEXT)
    db_path = tmp_path / "library.sqlite3"
    db_path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)  # a header, then garbage
    monkeypatch.setattr(module, "_salvage_paths", lambda path: [canonical_path(kept), str(tmp_path / "gone.txt")])
    lib = Library(db_path)
    try:
        assert lib.recovered_paths == [canonical_path(kept)]
        assert "files still exist (1)" in lib.warning
    finally:
        lib.close()


def test_a_read_only_folder_gives_a_session_in_memory(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    os.chmod(folder, 0o500)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("running as root: a read-only folder is still writable")
        lib = Library(folder / "library.sqlite3")
        assert lib.in_memory and "cannot be used" in lib.warning
        lib.add(article_from_text(TEXT, "Talks"), None, carney_analysis())
        assert lib.search("ready").hits
        lib.close()
    finally:
        os.chmod(folder, 0o700)


def test_an_unwritable_file_gives_a_session_in_memory(tmp_path, monkeypatch):
    """Root ignores folder permissions, so also fail the open itself: the same path is taken."""
    from desktop import library as module

    def refuse(path):
        raise sqlite3.OperationalError("unable to open database file")

    monkeypatch.setattr(module, "_connect", refuse)
    lib = Library(tmp_path / "library.sqlite3")
    assert lib.in_memory and "cannot be used" in lib.warning and "memory" in lib.warning
    lib.add(article_from_text(TEXT, "Talks"), None)
    assert len(lib) == 1
    lib.close()


def test_a_writer_elsewhere_makes_us_wait_then_say_busy(tmp_path, monkeypatch):
    from desktop import library as module

    db_path = tmp_path / "library.sqlite3"
    Library(db_path).close()
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another process holds the write lock
    monkeypatch.setattr(module, "BUSY_TIMEOUT_S", 0.05)
    lib = Library(db_path)
    try:
        with pytest.raises(LibraryBusy):
            lib.add(article_from_text(TEXT, "Talks"), None)
        assert lib.search("ready").hits == []  # reading still works while another writes
        other.execute("COMMIT")
        lib.add(article_from_text(TEXT, "Talks"), None)
        assert len(lib) == 1
    finally:
        other.close()
        lib.close()
