"""Notes follow their words when the file they were made on is edited (desktop/anchoring.py)."""
import pytest

from desktop.anchoring import carry_notes_over, locate
from desktop.article import article_from_text
from desktop.notes import Note, NotesStore

TEXT = "The harbour reopened on Monday. The mayor said the harbour was safe."


@pytest.mark.parametrize("quote, text, near, expected", [
    ("harbour", TEXT, 40, (51, 58)),                  # two occurrences: the nearer one
    ("harbour", TEXT, 0, (4, 11)),
    ("mayor said", "Intro added.\n\n" + TEXT, 36, (50, 60)),     # shifted by an added paragraph
    ("mayor said", TEXT.replace("mayor said", "mayor\nsaid"), 36, (36, 46)),  # re-wrapped
    ("reopened on Tuesday", TEXT, 12, None),          # the words are gone
    ("   ", TEXT, 0, None),
])
def test_locate(quote, text, near, expected):
    assert locate(quote, text, near) == expected


def _store_with_note(tmp_path, article, words, text=""):
    store = NotesStore(tmp_path / "notes.sqlite3", recovery_dirs=[tmp_path / "rec"])
    start = article.text.index(words)
    return store, store.add(Note(article.id, start, start + len(words), words, text, article.source, article.title))


def test_an_edited_file_keeps_its_notes(tmp_path):
    path = str(tmp_path / "a.txt")
    old = article_from_text(TEXT, "Harbour", source=path)
    store, note = _store_with_note(tmp_path, old, "mayor said", "check this")
    stranded_note = store.add(Note(old.id, 4, 11, "harbour", "", path))
    new = article_from_text("Updated.\n\n" + TEXT.replace("harbour reopened", "port reopened")
                            .replace("the harbour was", "the port was"), "Harbour", source=path)
    carried = carry_notes_over(store, new)
    assert [n.id for n in carried.moved] == [note.id]
    moved = store.get(note.id)
    assert moved.article_id == new.id and new.text[moved.start:moved.end] == "mayor said"
    assert moved.note == "check this"
    assert [n.id for n in carried.stranded] == [stranded_note.id]
    assert store.get(stranded_note.id).article_id == old.id  # kept, never deleted
    reopened = NotesStore(tmp_path / "notes.sqlite3", recovery_dirs=[tmp_path / "rec"])
    assert [n.id for n in reopened.for_article(new.id)] == [note.id]


def test_notes_of_other_files_and_of_the_same_text_stay_put(tmp_path):
    path = str(tmp_path / "a.txt")
    article = article_from_text(TEXT, "Harbour", source=path)
    store, note = _store_with_note(tmp_path, article, "mayor said")
    other = article_from_text(TEXT + " More.", "Copy", source=str(tmp_path / "b.txt"))
    assert carry_notes_over(store, article).moved == []
    assert carry_notes_over(store, other).moved == []
    assert store.get(note.id).article_id == article.id


def test_the_window_shows_the_notes_of_an_edited_file(make_window, tmp_path, qtbot):
    from .conftest import open_files

    window = make_window()
    path = tmp_path / "edited.txt"
    path.write_text("Harbour\n\n" + TEXT, encoding="utf-8")
    open_files(qtbot, window, [path])
    view = window.current_view()
    start = view.article.text.index("mayor said")
    view.setTextCursor(view.cursor_for_span(start, start + len("mayor said")))
    note = window.notes.highlight_selection()
    path.write_text("Harbour\n\nA new first paragraph.\n\n" + TEXT, encoding="utf-8")
    again = make_window()  # a later session on the same notes store
    open_files(qtbot, again, [path])
    view = again.current_view()
    assert [n.id for n in view.notes] == [note.id]
    assert view.article.text[view.notes[0].start:view.notes[0].end] == "mayor said"
    assert "moved to the edited text" in again.statusBar().currentMessage()


def test_an_edited_files_earlier_text_is_named_in_the_library_list(tmp_path, qapp):
    """Notes that could not move stay with the earlier text: its library row must say what it is."""
    from PySide6.QtCore import Qt

    from desktop.library import Library
    from desktop.ui.library_view import ID_ROLE, LibraryModel

    path = tmp_path / "edited.txt"
    library = Library(tmp_path / "library.sqlite3")
    try:
        before, after = article_from_text(TEXT, "Harbour"), article_from_text(TEXT + " More.", "Harbour")
        library.add(before, path)
        library.add(after, path)
        model = LibraryModel()
        model.set_rows(library.rows())
        shown = {model.data(model.index(r, 0), ID_ROLE): model.data(model.index(r, 2)) for r in range(model.rowCount())}
        assert shown == {before.id: "earlier version of edited.txt", after.id: "edited.txt"}
        row = [r for r in range(model.rowCount()) if model.data(model.index(r, 0), ID_ROLE) == before.id][0]
        assert "Notes that could not be moved" in model.data(model.index(row, 2), Qt.ItemDataRole.ToolTipRole)
    finally:
        library.close()
