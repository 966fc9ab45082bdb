"""Import, re-read and re-analyse jobs of the library (headless, with the real analyser)."""
import os
import threading

from desktop.analysis.version import ANALYSER_VERSION
from desktop.library import Library
from desktop.library_jobs import Progress, import_paths, reanalyse, refresh_files

ARTICLES = {
    "talks.txt": 'Talks\n\n"We are ready to negotiate," said Mark Carney, the prime minister.',
    "port.md": "# Port\n\nThe harbour reopened on Monday, the mayor Grace Okafor said.",
    "budget.txt": 'Budget\n\n"The numbers add up," Finance Minister Ana Lopes said.',
}


def folder(tmp_path):
    root = tmp_path / "articles"
    root.mkdir()
    for name, text in ARTICLES.items():
        (root / name).write_text(text, encoding="utf-8")
    (root / "broken.txt").write_bytes(b"\x00\x01\x02" * 50)
    return root


def test_import_says_each_article_is_stored_before_the_report_that_counts_it(tmp_path):
    lib = Library(tmp_path / "library.sqlite3")
    try:
        events: list[tuple[str, object]] = []
        result = import_paths(lib, [folder(tmp_path)], jobs=1, analyse=False,
                              stored=lambda i: events.append(("stored", i)),
                              progress=lambda p: events.append(("progress", p.done)))
        stored = [value for kind, value in events if kind == "stored"]
        assert sorted(stored) == sorted(result.added) and len(stored) == 3
        for n, (kind, done) in enumerate(events):
            if kind == "progress":  # the unreadable file counts too, but is never stored
                assert sum(k == "stored" for k, _ in events[:n]) >= done - 1
        assert events[-1] == ("progress", 4)  # the last report comes after every article
    finally:
        lib.close()


def test_import_reads_analyses_and_skips_what_it_has(tmp_path):
    lib = Library(tmp_path / "library.sqlite3")
    try:
        seen: list[Progress] = []
        result = import_paths(lib, [folder(tmp_path)], jobs=1, progress=seen.append)
        assert len(result.added) == 3 and result.analysed == 3 and len(result.failures) == 1
        assert "broken.txt" in result.failures[0]
        assert seen[-1].done == seen[-1].total == 4
        assert lib.stale() == [] and len(lib) == 3
        assert lib.search('speaker:"Mark Carney"').hits
        again = import_paths(lib, [tmp_path / "articles"], jobs=1)
        assert again.skipped == 3 and again.analysed == 0
    finally:
        lib.close()


def test_cancel_keeps_what_was_done(tmp_path):
    lib = Library(tmp_path / "library.sqlite3")
    cancel = threading.Event()
    store = lib.set_analysis

    def store_then_cancel(article_id, analysis):  # the user presses Cancel after the first article
        cancel.set()
        return store(article_id, analysis)

    lib.set_analysis = store_then_cancel
    try:
        result = import_paths(lib, [folder(tmp_path)], jobs=1, cancel=cancel)
        assert result.cancelled and result.analysed >= 1
        assert 1 <= len(lib) < 3
        assert set(result.added) == set(lib.ids())
        assert len(lib.stale()) == len(lib) - result.analysed  # read but not analysed: done later
    finally:
        lib.close()


def test_reanalyse_brings_old_analyses_up_to_date_from_the_stored_text(tmp_path):
    root = folder(tmp_path)
    lib = Library(tmp_path / "library.sqlite3")
    try:
        import_paths(lib, [root], jobs=1)
        with lib._write() as db:
            db.execute("UPDATE articles SET analyser = ?", (ANALYSER_VERSION - 1,))
        for name in ARTICLES:
            os.remove(root / name)  # no file is needed: the text is stored
        assert len(lib.stale()) == 3
        result = reanalyse(lib, jobs=1)
        assert result.analysed == 3 and lib.stale() == []
    finally:
        lib.close()


def test_a_changed_file_is_read_again(tmp_path):
    root = folder(tmp_path)
    lib = Library(tmp_path / "library.sqlite3")
    try:
        import_paths(lib, [root], jobs=1, analyse=False)
        old_id = lib.id_for_path(root / "talks.txt")
        (root / "talks.txt").write_text("Talks\n\nThe talks were postponed until spring.", encoding="utf-8")
        os.remove(root / "port.md")
        result = refresh_files(lib)
        new_id = lib.id_for_path(root / "talks.txt")
        assert result.added == [new_id] and new_id != old_id and old_id not in lib
        assert lib.search("postponed").hits[0].article == new_id
        assert [r.missing for r in lib.rows() if r.title == "Port"] == [True]
    finally:
        lib.close()


def test_a_changed_files_earlier_text_stays_when_notes_hang_on_it(tmp_path):
    root = folder(tmp_path)
    lib = Library(tmp_path / "library.sqlite3")
    try:
        import_paths(lib, [root], jobs=1, analyse=False)
        noted = lib.id_for_path(root / "talks.txt")
        (root / "talks.txt").write_text("Talks\n\nThe talks were postponed until spring.", encoding="utf-8")
        refresh_files(lib, keep={noted}.__contains__)
        rows = {row.id: row for row in lib.rows()}
        assert noted in rows and rows[noted].replaced_path == str((root / "talks.txt").resolve())
        assert rows[lib.id_for_path(root / "talks.txt")].replaced_path == ""
    finally:
        lib.close()
