"""A note being typed survives a crash or kill -9 as a draft, offered back at the next start and
never written over the saved note unasked (tester: the edit in progress was gone after kill -9)."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop.notes import Note, NotesStore
from desktop.ui.notes_ui import _NoteEditor

from .conftest import SEEDS, open_files

AID = "b" * 16
TEXT = "The ferry timetable changed twice in one week."


def store_at(tmp_path) -> NotesStore:
    return NotesStore(tmp_path / "notes.sqlite3", recovery_dirs=[tmp_path / "run", tmp_path / "config"])


@pytest.mark.parametrize("typed, then, listed", [
    ("Check with the port office", None, [("Check with the port office", False)]),
    ("saved text", None, []),                                   # the same as the saved note: nothing to offer
    ("Check again", "edited elsewhere", [("Check again", True)]),  # the note changed after the draft began
    ("Check again", "drop", []),                                # saved or given up: gone
    ("Check again", "delete note", []),                          # its note is gone: nothing to offer
])
def test_a_draft_outlives_the_process_that_typed_it(tmp_path, typed, then, listed):
    first = store_at(tmp_path)
    first.add(Note(AID, 4, 9, TEXT[4:9], note="saved text", id="n1", created=1.0, updated=1.0))
    assert first.save_draft("n1", typed)
    if then == "edited elsewhere":
        first.update("n1", note="changed in the meantime")
    elif then == "drop":
        first.drop_draft("n1")
    elif then == "delete note":
        first.delete("n1")
    first.flush()  # what a kill -9 leaves: the store and the draft file, no orderly close
    second = store_at(tmp_path)
    assert [(text, changed) for _note, text, changed in second.drafts()] == listed
    second.close()
    first.close()


def test_a_draft_goes_to_the_next_folder_when_the_first_cannot_be_written(tmp_path):
    (tmp_path / "run").write_text("a file where the folder should be")
    store = store_at(tmp_path)
    store.add(Note(AID, 4, 9, TEXT[4:9], id="n1"))
    assert store.save_draft("n1", "kept anyway")
    assert [text for _n, text, _c in store_at(tmp_path).drafts()] == ["kept anyway"]
    assert not store.save_draft("unknown-id", "x")
    store.close()



@pytest.mark.parametrize("disk_full, kept_in", [
    (False, "config"),  # on disk first: the runtime folder is in memory and gone after a power cut
    (True, "run"),      # no disk folder takes it: the in-memory runtime folder still does
])
def test_a_draft_is_kept_on_disk_before_the_in_memory_runtime_folder(tmp_path, monkeypatch, disk_full, kept_in):
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path / "run"))
    if disk_full:
        (tmp_path / "config").write_text("a file where the folder should be")
    store = store_at(tmp_path)  # recovery folders: run (under the runtime folder), config
    store.add(Note(AID, 4, 9, TEXT[4:9], id="n1"))
    assert store.save_draft("n1", "typed before the power cut")
    kept = [p.parent.name for p in tmp_path.glob("*/notes-drafts-*")]
    assert kept == [kept_in]
    assert [text for _n, text, _c in store_at(tmp_path).drafts()] == ["typed before the power cut"]
    store.close()

@pytest.fixture
def window_on(qtbot, settings, tmp_path):
    from desktop.ui.main_window import MainWindow
    from desktop.ui.theme import LIGHT

    def make():
        win = MainWindow(LIGHT, settings, interactive=False, notes_store=store_at(tmp_path))
        qtbot.addWidget(win)
        win.resize(1280, 800)
        win.show()
        qtbot.waitExposed(win)
        return win

    return make


def editing_a_note(window_on, qtbot):
    """A window with a note "x" on the seed's "bank levy", open in the Notes tab's in-place editor:
    (window, note, editor)."""
    window = window_on()
    open_files(qtbot, window, [SEEDS / "04_budget_statement.txt"])
    view = window.current_view()
    start = view.article.text.index("bank levy")
    note = window.notes.add_highlight(view, start, start + 9, note="x")
    window.panel.tabs.setCurrentWidget(window.notes.panel)
    panel = window.notes.panel
    index = panel.proxy.index(0, 0)
    panel.list.setCurrentIndex(index)
    panel.list.edit(index)
    qtbot.waitUntil(lambda: bool(panel.list.findChildren(_NoteEditor)), timeout=5000)
    return window, note, panel.list.findChildren(_NoteEditor)[0]


@pytest.mark.parametrize("answer, note_after, kept_for_later", [
    ("restore", "x plus what I was typing", False),
    ("discard", "x", False),
    ("later", "x", True),
])
def test_the_note_being_typed_is_offered_back_after_a_kill(window_on, qtbot, answer, note_after, kept_for_later):
    window, note, editor = editing_a_note(window_on, qtbot)
    with qtbot.waitSignal(window.notes.draft_saved, timeout=10_000):
        QTest.keyClicks(editor, " plus what I was typing")
    assert window.notes.store.get(note.id).note == "x"  # a draft, not an edit: the note is as saved

    # The next start, as after kill -9 (this window never closes its editor or quits).
    again = window_on()
    asked = []
    restored = again.notes.offer_drafts(ask=lambda n, text, changed: asked.append((n.id, text, changed)) or answer)
    assert asked == [(note.id, "x plus what I was typing", False)]
    assert restored == (answer == "restore")
    assert again.notes.store.get(note.id).note == note_after
    assert bool(again.notes.store.drafts()) == kept_for_later
    if answer == "restore":  # an ordinary edit: undo takes it back
        again.notes.undo_stack.undo()
        assert again.notes.store.get(note.id).note == "x"


def test_saving_or_cancelling_the_edit_drops_its_draft(window_on, qtbot):
    window, note, editor = editing_a_note(window_on, qtbot)
    with qtbot.waitSignal(window.notes.draft_saved, timeout=10_000):
        QTest.keyClicks(editor, " and more")
    assert window.notes.store.drafts()
    with qtbot.waitSignal(window.notes.notes_changed, timeout=5000):
        QTest.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.notes.store.get(note.id).note == "x and more"
    assert window.notes.store.drafts() == []
