"""Speakers read on unseen corpus samples. "continue" reports speech only on its own ("“…,” she
continued"); with an infinitive after it ("as the workforce continues to shrink") it tells what
goes on, and its subject is no speaker of a quote nearby. A person of someone's ("the prime
minister's spokesman") is not the person who spoke last. Every sentence here is invented."""
import pytest

from desktop.analysis import analyze
from desktop.article import article_from_text


def _direct(text: str):
    analysis = analyze(article_from_text(text, title="Test"))
    return [(q.text, q.speaker.text) for q in analysis.quotes if q.kind == "direct"]


@pytest.mark.parametrize("text, expected", [
    ('"Serious shortages" are likely over the next decade as the harbour workforce continues to shrink, '
     'the committee said.', [("Serious shortages", "the committee")]),
    ('"Serious shortages" are likely as the harbour workforce continues to shrink, it said.',
     [("Serious shortages", "it")]),
    ('"Long delays" will follow while the ferry fleet continued to shrink, the report warned.',
     [("Long delays", "the report")]),
    # "to age" parsed as a noun after "to": still going on, not speaking
    ('"Major gaps" are expected over the next ten years as the harbour workforce continues to age, it said.',
     [("Major gaps", "it")]),
    # "continue" as the cue itself
    ('"We will not stop," Mara Lind continued.', [("We will not stop,", "Mara Lind")]),
    ('Mara Lind continued: "We will not stop."', [("We will not stop.", "Mara Lind")]),
])
def test_continue_to_is_no_cue(text, expected):
    assert _direct(text) == expected


@pytest.mark.parametrize("text, speaker, actor", [
    # a person of someone's ("the minister's spokesman") is not the person who spoke last
    ('In a statement, Ann Lee said: "I explained my view." The prime minister\'s official spokesman also '
     'rejected the claims, saying: "The minister made it clear the words were his."',
     "The prime minister's official spokesman", None),
    ('Tom Reyes said: "We will appeal." The chancellor\'s adviser later added: "Nobody is above the rules."',
     "The chancellor's adviser", None),
    # a body's officer is still a description of one person, and a plain role noun still finds its holder
    ('Mayor Ann Lee opened the bridge. "It is a great day," the mayor said.', "the mayor", "Ann Lee"),
])
def test_someone_of_a_person_is_not_the_last_speaker(text, speaker, actor):
    analysis = analyze(article_from_text(text, title="Test"))
    actors = {a.id: a.name for a in analysis.actors}
    last = [q for q in analysis.quotes if q.kind == "direct"][-1]
    assert (last.speaker.text, actors.get(last.speaker.actor_id)) == (speaker, actor)
