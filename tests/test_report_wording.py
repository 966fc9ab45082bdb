"""Issue 18, kind 3: a partial quote of a study, a report or a court text with no cue verb of its
own is that text's wording. One table per way a story gives it, and cases that must stay
unattributed. Every sentence here is invented."""
import pytest

from desktop.analysis import analyze
from desktop.article import article_from_text
from tests.test_attribution import attributions


@pytest.mark.parametrize("text, expected", [
    # the text is the active subject of a verb that sets out words ("accounts for", "seeks", "lists")
    ('The study accounts for air travel and known cases to reach its estimate, a "total of 1,900 cases" '
     'in the city.', [("total of 1,900 cases", "The study", "cue-before")]),
    ('The lawsuit seeks "damages for lost earnings" from the studio.',
     [("damages for lost earnings", "The lawsuit", "cue-before")]),
    ('The review lists "a culture of fear" among the reasons for the failures.',
     [("a culture of fear", "The review", "cue-before")]),
    # named by its issuer, it is the issuer's
    ('A survey by Harbour Insight estimates "one in five tenants" are behind on rent.',
     [("one in five tenants", "Harbour Insight", "cue-before")]),
])
def test_a_text_setting_out_words_is_their_source(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "according to" in the sentence before names whose report the next sentence goes on with
    ('According to the lawsuit, the fire started during filming. The flames were meant to "look like a '
     'burning house".', [("look like a burning house", "the lawsuit", "context")]),
    ('According to Tom Brack, the firm was in trouble. It had been "bleeding cash for years".',
     [("bleeding cash for years", "Tom Brack", "context")]),
])
def test_according_to_before_carries_on(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize("text", [
    # a being verb or an effect: the quoted words are not the report's
    'The report was "long overdue" and its authors said nothing new.',
    'The report sparked "outrage" among teachers in the region.',
    # words a report cites from someone it names are that person's (review of f637409)
    'The report cited the mayor\'s promise of "a cleaner river" in the spring.',
    'The report quotes the governor\'s description of the dam as "a disaster in waiting".',
])
def test_a_text_that_is_or_causes_something_says_nothing(text):
    assert all(speaker != "The report" for _, speaker, _ in attributions(text))


def test_according_to_an_unnamed_person_names_nobody_for_the_next_sentence():
    # an unnamed person after "according to" is no one a later partial quote can be given to
    text = 'According to a witness, the car sped off. It was "going far too fast for the street".'
    assert attributions(text) == [("going far too fast for the street", None, None)]


@pytest.mark.parametrize("text, quote, expected", [
    # "it" that no body resolves, after a sentence whose main subject is a study or report: the text,
    # its issuer the actor when named
    ('The Audit Office report was published on Monday. It warned of "a growing gap" between rich and poor '
     'areas.', "a growing gap", "Audit Office"),
    ('A report by the Audit Office was published on Monday. It said services were "close to collapse".',
     "close to collapse", "Audit Office"),
    ('The report was published on Monday.\n\nIt said services were "close to collapse".',
     "close to collapse", "The report"),
])
def test_it_after_a_report_is_the_report(text, quote, expected):
    assert _speakers(text)[quote] == expected


@pytest.mark.parametrize("text, quote", [
    # a clause before "it" with a subject of its own, or a report that is not the main subject
    ('The report was published on Monday. When the minister spoke, it said nothing about "the cuts".',
     "the cuts"),
    ('Ana Ruiz read the report on Monday. It had been "a long day" for her staff, it said.', "a long day"),
    # a body the sentence before names may be the one answering (review of 67e45a6)
    ('The ruling went against Calder Airways on Friday. It said it would "fight this all the way".',
     "fight this all the way"),
    ('The inquiry report criticised Brent Harbour Council. It said the findings were "fair and balanced".',
     "fair and balanced"),
])
def test_it_needs_the_report_as_the_subject_just_before(text, quote):
    assert _speakers(text).get(quote) not in ("The ruling", "The inquiry report", "The report", "report")


def _speakers(text: str) -> dict[str, str | None]:
    analysis = analyze(article_from_text(text, "T"))
    names = {a.id: a.name for a in analysis.actors}
    return {q.text: names.get(q.speaker.actor_id) or q.speaker.text for q in analysis.quotes}
