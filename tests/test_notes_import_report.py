"""Importing notes says what it changed or left out: an unknown colour ("octarine") becomes
the default one and is reported; a note with a new id over words a note already covers would
be a second highlight there, so it is skipped and reported."""
import json

import pytest

from desktop.notes import NOTES_SCHEMA, Note, NotesStore, plan_import, read_notes_export

from .conftest import import_notes

AID = "a" * 16
TEXT = "The harbour master said the tide tables were wrong all winter."


def raw(start, end, note_id, **extra):
    return {"id": note_id, "article_id": AID, "start": start, "end": end, "quote": TEXT[start:end], **extra}


def export(*notes):
    return {"schema": NOTES_SCHEMA, "articles": [{"id": AID, "notes": list(notes)}]}


@pytest.mark.parametrize("colour, stored, reported", [
    ("green", "green", False),
    ("octarine", "yellow", True),
    (None, "yellow", False),  # no colour given: the default, nothing to say
])
def test_an_unknown_colour_is_reported(colour, stored, reported):
    extra = {} if colour is None else {"colour": colour}
    report = read_notes_export(export(raw(4, 11, "n1", **extra)))
    assert [n.colour for n in report.notes] == [stored]
    assert report.unknown_colours == (["article 1, note 1: colour 'octarine' is unknown: used yellow"]
                                      if reported else [])


@pytest.mark.parametrize("held, imported, fresh, same, duplicates", [
    ([], [(4, 11, "n1")], ["n1"], 0, []),
    ([(4, 11, "n1")], [(4, 11, "n1")], [], 1, []),                      # the same note again
    ([(4, 11, "n1")], [(4, 11, "n2")], [], 0, ["n2"]),                  # new id, same span
    ([(4, 11, "n1")], [(4, 12, "n2")], ["n2"], 0, []),                  # overlapping is no duplicate
    ([], [(4, 11, "n1"), (4, 11, "n2")], ["n1"], 0, ["n2"]),            # twice in one file
    ([(4, 11, "n1")], [(4, 11, "n1", "changed")], ["n1"], 0, []),        # an update of a held note
])
def test_plan_import(tmp_path, held, imported, fresh, same, duplicates):
    store = NotesStore(str(tmp_path / "notes.sqlite3"))
    for start, end, note_id in held:
        store.add(Note(AID, start, end, TEXT[start:end], id=note_id, created=1.0, updated=1.0))
    notes = [Note(AID, s, e, TEXT[s:e], note=(rest[0] if rest else ""), id=i, created=1.0, updated=1.0)
             for s, e, i, *rest in imported]
    plan = plan_import(notes, store)
    assert ([n.id for n in plan.fresh], plan.same, [n.id for n in plan.duplicates]) == (fresh, same, duplicates)
    store.close()


def test_the_import_message_says_what_it_changed_or_skipped(make_window, qtbot, tmp_path):
    window = make_window()
    window.notes.store.add(Note(AID, 4, 11, TEXT[4:11], id="held"))
    path = tmp_path / "notes.json"
    path.write_text(json.dumps(export(raw(4, 11, "new-id"), raw(16, 22, "n2", colour="octarine"))),
                    encoding="utf-8")
    assert import_notes(qtbot, window, path) == 1
    assert window.notes.import_message == "Imported 1 note; 1 duplicate skipped; 1 colour unknown: used yellow."
    assert [(n.start, n.end, n.colour) for n in window.notes.store.for_article(AID)] == [
        (4, 11, "yellow"), (16, 22, "yellow")]
