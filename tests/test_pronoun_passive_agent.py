"""Issue 18: a "they" after a passive main clause goes back to its agent — each row a sentence
written for this test (never corpus text).

"The bill is expected to be opposed by the Green Party. They have said …": the agent of a passive
main clause (also through "is expected to be …") is who acts, the clause's logical subject, so a
plural pronoun that speaks next is that body. An agent inside a reported or subordinate clause
("agreed it should be settled by X", "since she was cleared by X") stays a mere mention.
"""
import pytest

from desktop.analysis import analyze
from desktop.article import article_from_text


def speakers(text: str) -> dict[str, str | None]:
    analysis = analyze(article_from_text(text, "T"))
    names = {a.id: a.name for a in analysis.actors}
    return {text[q.start:q.end]: names.get(q.speaker.actor_id) if q.speaker else None for q in analysis.quotes}


@pytest.mark.parametrize("text, quote, expected", [
    ('The bill is expected to be opposed by the Green Party. They have said the plan is "badly drafted".',
     "badly drafted", "Green Party"),
    ('The award was handed over by the Riverside Trust on Monday. They said it was "a proud day".',
     "a proud day", "Riverside Trust"),
    ('The merger was blocked by the Harbour Board last week.\n\nThey called it "a bad deal for ferries".',
     "a bad deal for ferries", "Harbour Board"),
])
def test_they_after_a_passive_main_clause_is_its_agent(text, quote, expected):
    assert speakers(text)[quote] == expected


@pytest.mark.parametrize("text, quote, not_expected", [
    # a plural surface subject is the likelier "they": the agent is not promoted over it
    ('The protesters were dispersed by the Harbour Police on Friday. They said they would "come back".',
     "come back", "Harbour Police"),
    # the agent of a reported clause is what was said, not who speaks next
    ('Ministers agreed the matter should be settled by the Harbour Board. They said it was "a fair outcome".',
     "a fair outcome", "Harbour Board"),
    # the agent of a subordinate clause inside a relative clause: the relative clause's subject speaks
    ('It was the first time Ana Ruiz had spoken since she was cleared by Jo Bell. She said: "I feel free."',
     "I feel free.", "Jo Bell"),
])
def test_an_agent_outside_a_main_clause_is_no_topic(text, quote, not_expected):
    assert speakers(text)[quote] != not_expected
