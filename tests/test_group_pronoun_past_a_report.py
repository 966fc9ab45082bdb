"""Issue 18, kind 1: "they"/"it" for an organisation after a sentence that reports its words.
"Harbour Bank said profits fell. They blamed …": the subject of the reported clause ("profits")
is what was said, not who speaks next, and a plural noun is never "it". Every sentence here is
invented. Likewise "they" for people the text never names ("Officials said … “…,” they said") is
that group as written."""
import pytest

from desktop.analysis import analyze
from desktop.article import article_from_text
from tests.test_pronoun_passive_agent import speakers


@pytest.mark.parametrize("text, quote, expected", [
    ('Harbour Bank said profits fell. They blamed "a weak housing market".', "a weak housing market",
     "Harbour Bank"),
    ('Harbour Bank said on Monday that sales of new homes slowed. "We expect a hard winter," they added.',
     "We expect a hard winter,", "Harbour Bank"),
    ('The Green Party said voters were angry. "People feel betrayed," they said.', "People feel betrayed,",
     "Green Party"),
    ('Kestrel Airways said its pilots had voted to strike.\n\nIt called the vote "deeply regrettable".',
     "deeply regrettable", "Kestrel Airways"),
])
def test_the_subject_of_what_a_body_said_is_not_its_pronoun(text, quote, expected):
    assert speakers(text)[quote] == expected


@pytest.mark.parametrize("text, quote, not_expected", [
    # a plural subject of a main clause still stops "they" (the protesters may be who speaks)
    ('Harbour Bank closed two branches. The protesters marched to the bank. "We are not leaving," they '
     'said.', "We are not leaving,", "Harbour Bank"),
])
def test_a_plural_main_subject_still_blocks_they(text, quote, not_expected):
    assert speakers(text)[quote] != not_expected


@pytest.mark.parametrize("text, quote, expected", [
    # "they" for people the text never names (a plural main subject: officials, police, residents)
    # is that group as written, not a bare "they"
    ('Officials said the road would reopen on Friday. "We are working around the clock," they said.',
     "We are working around the clock,", "Officials"),
    ('Police were called to the house at 02:00. They said the man had been "seriously hurt".',
     "seriously hurt", "Police"),
    ('Residents gathered outside the town hall on Monday.\n\n"We have been ignored for years," they said.',
     "We have been ignored for years,", "Residents"),
    # the nearer group, though a body's name modifies it, not an older one (review of 3113336)
    ('Critics said the scheme was flawed. Labour MPs disagreed. "It will work," they said.',
     "It will work,", "Labour Party"),  # (members of a body speak as the body, as elsewhere)
    ('Campaigners said the bridge was unsafe. Harbour Board engineers disagreed. "It is sound," they said.',
     "It is sound,", "Harbour Board"),
])
def test_they_for_an_unnamed_group_is_the_group(text, quote, expected):
    assert speakers_as_written(text)[quote] == expected


@pytest.mark.parametrize("text, quote", [
    # a plural that is no people names nobody
    ('Profits fell sharply in the spring. "We expect a hard winter," they said.', "We expect a hard winter,"),
])
def test_they_after_a_plural_thing_stays_they(text, quote):
    assert speakers_as_written(text)[quote] == "they"


def speakers_as_written(text: str) -> dict[str, str | None]:
    analysis = analyze(article_from_text(text, "T"))
    names = {a.id: a.name for a in analysis.actors}
    return {q.text: names.get(q.speaker.actor_id) or q.speaker.text for q in analysis.quotes}
