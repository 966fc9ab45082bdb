"""Transcripts and interviews without quotation marks (issue 18, kind 2): a turn's words are
the quote and its label is not; a label in capitals is the person with that surname; "A:" is
the interviewee the article introduces. Invented sentences."""
import pytest

from desktop.analysis import analyze
from desktop.analysis.quotes import find_quotations
from desktop.article import article_from_text

INTERVIEW = ("Seabird counter speaks\n\n"
             "Dr Lena Brook has counted gannets on the Skerry Rocks for fifteen years. "
             "We met her at the harbour last week.\n\n"
             "Q: How many gannets nest there now?\nA: About nine thousand pairs. That is fewer than before.\n\n"
             "Q: What has changed?\nA: The fish have moved north with the warmer water.")
DEBATE = ("Radio debate\n\n"
          "The host, Dana Whitlow, put questions to the harbour ecologist Samuel Adeyemi.\n\n"
          "WHITLOW: Is there any good news for the bay?\n\n"
          "ADEYEMI: The seals are doing well. Their numbers rose by a fifth.\n\n"
          "WHITLOW: And the new pier?\n\n"
          "ADEYEMI: That is for the county to decide.")


@pytest.mark.parametrize("text, expected", [
    (INTERVIEW, ["How many gannets nest there now?", "About nine thousand pairs. That is fewer than before.",
                 "What has changed?", "The fish have moved north with the warmer water."]),
    (DEBATE, ["Is there any good news for the bay?", "The seals are doing well. Their numbers rose by a fifth.",
              "And the new pier?", "That is for the county to decide."]),
    # negatives: one labelled line is no transcript, and a note to the reader is no turn
    ("Ferry news\n\nUPDATE: The ferry sailed at noon today after all.\nIt was late.", []),
    ("Ferry news\n\nNOTE: The times below are local ones.\nNOTE: Fares are in pounds here.", []),
])
def test_turn_words_without_their_labels(text, expected):
    article = article_from_text(text, "T")
    assert [article.text[q.start:q.end] for q in find_quotations(article)] == expected


def test_lines_of_one_block_opening_with_labels_are_turns():
    article = article_from_text(INTERVIEW, "T")
    starts = [article.text[p.start:p.start + 2] for p in article.paragraphs]
    assert starts[2:] == ["Q:", "A:", "Q:", "A:"]
    wrapped = article_from_text("Title\n\nThe mayor said the plan\nwas a good one: it will pass.", "T")
    assert len(wrapped.paragraphs) == 2  # a hard-wrapped paragraph stays one


def _speakers(text):
    analysis = analyze(article_from_text(text, "T"))
    names = {a.id: a.name for a in analysis.actors}
    return [(q.text.split()[0], names.get(q.speaker.actor_id)) for q in analysis.quotes if q.kind == "direct"]


def test_answers_go_to_the_interviewee():
    found = _speakers(INTERVIEW)
    assert [name for word, name in found if word in ("About", "The")] == ["Lena Brook", "Lena Brook"]
    assert all(name != "Lena Brook" for word, name in found if word in ("How", "What"))


def test_a_surname_label_is_the_person_introduced_earlier():
    found = _speakers(DEBATE)
    assert found == [("Is", "Dana Whitlow"), ("The", "Samuel Adeyemi"),
                     ("And", "Dana Whitlow"), ("That", "Samuel Adeyemi")]


def test_a_plain_text_file_typed_with_single_line_breaks_keeps_its_turns():
    from desktop.loaders import parse_plain_text
    article = parse_plain_text(INTERVIEW)
    assert [article.text[p.start:p.start + 2] for p in article.paragraphs][-4:] == ["Q:", "A:", "Q:", "A:"]
