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


# TEXT: "The harbour master said the tide tables were wrong all winter."
#        0   4       12     19   24  28   33     40   45    51  55 (word starts)
@pytest.mark.parametrize("start, end, quote, placed, moved, skipped", [
    (4, 11, "harbour", (4, 11), False, None),                  # the words are where it says
    (28, 35, "harbour", (4, 11), True, None),                   # elsewhere: moved to its words
    (0, 3, "the", (24, 27), True, None),                        # "The" differs in case: the one "the"
    (12, 18, "winter", (55, 61), True, None),
    (4, 11, "ferries", None, False, "'ferries' is not the text at 4..11 ('harbour') and does not occur"),
    (10, 20, "Amara Okon", None, False, "does not occur in the article"),
])
def test_a_quote_that_is_not_at_its_offsets_moves_to_its_words_or_is_skipped(start, end, quote, placed, moved, skipped):
    report = read_notes_export(export({**raw(start, end, "n1"), "quote": quote}),
                               article_text=lambda aid: TEXT if aid == AID else None)
    assert [(n.start, n.end) for n in report.notes] == ([placed] if placed else [])
    assert all(TEXT[n.start:n.end] == n.quote for n in report.notes)
    assert bool(report.moved) == moved
    if moved:
        assert report.moved == [f"article 1, note 1: 'quote' {quote!r} was not at {start}..{end}: moved to {placed[0]}..{placed[1]}"]
    assert len(report.skipped) == (1 if skipped else 0)
    if skipped:
        assert report.skipped[0].startswith("article 1, note 1: ") and skipped in report.skipped[0]


def test_the_nearest_occurrence_of_a_repeated_quote_wins():
    text = "Rain fell. Rain fell again. Then rain fell once more and Rain fell."
    note = {"id": "n1", "article_id": AID, "start": 50, "end": 54, "quote": "Rain"}
    report = read_notes_export(export(note), article_text=lambda aid: text)
    assert [(n.start, n.end) for n in report.notes] == [(57, 61)]


def test_an_unknown_article_keeps_its_offsets_unchecked():
    report = read_notes_export(export({**raw(4, 11, "n1"), "quote": "ferries"}), article_text=lambda aid: None)
    assert [(n.start, n.end, n.quote) for n in report.notes] == [(4, 11, "ferries")] and not report.skipped
