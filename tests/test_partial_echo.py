"""A word or two quoted in the narration with no cue of its own is a partial quote of whoever
says those words in full in a direct quote of the same or a neighbouring paragraph (news
leads quote a word ahead of the sentence it comes from). Terms, names and words the quote
nearby does not say stay unquoted. Every sentence here is invented."""
import pytest

from desktop.analysis import analyze
from desktop.article import article_from_text


def _partials(text: str):
    analysis = analyze(article_from_text(text, title="Test"))
    actors = {a.id: a for a in analysis.actors}
    return [(q.text, actors[q.speaker.actor_id].name if q.speaker.actor_id in actors else q.speaker.text)
            for q in analysis.quotes if q.kind == "direct" and q.partial]


@pytest.mark.parametrize("text, expected", [
    # the full quote after the fragment, same paragraph
    ('The striker has only a "slim" chance of playing on Sunday. "His chances of playing are very slim," '
     'said coach Mara Lind.', [("slim", "Mara Lind")]),
    # the full quote in the next paragraph, two words
    ('The harbour plan is in a "sorry state" after the vote.\n\n"The plan is in a sorry state and we all '
     'know it," said councillor Ivo Marsh.', [("sorry state", "Ivo Marsh")]),
    # the full quote before the fragment
    ('"Our results this year were dismal, there is no hiding it," said Petra Hunziker, the chief '
     'executive. The "dismal" figures came after a wet summer.', [("dismal", "Petra Hunziker")]),
    # negatives: a term ("the word …"), a name ("call … "), too far away, not said in the quote
    ('The report used the word "hopeless" twice. "The situation is hopeless for the town," said Ivo Marsh.', []),
    ('Fans call the ground "the Cauldron". "The Cauldron will be loud on Sunday, I promise you," '
     'said coach Mara Lind.', []),
    ('The club has a "slim" chance.\n\nThe weather was fine.\n\nThe pitch was dry.\n\n'
     '"Our chances are slim now, I must admit," said Ivo Marsh.', []),
    ('The club has a "slim" chance. "Our hopes are thin now, I must admit," said Ivo Marsh.', []),
    # a title, and a term naming a thing
    ('Her new film “Ninth.” opens on Friday. “The Ninth Amendment has a clause nobody reads,” said director '
     'Mara Lind.', []),
    ('The “harbour tax” row grew on Monday. “Nobody wants a harbour tax in this town, nobody,” said Ivo Marsh.', []),
])
def test_a_fragment_echoing_a_quote_nearby(text, expected):
    assert _partials(text) == expected
