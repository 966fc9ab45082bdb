"""A "he"/"she" whose antecedent is an unnamed description of one person ("a spokeswoman for X",
"an X official"; "the official" after "an … official"): the quote's speaker is that description
— its words and offsets, linked to the actor the description gets as a cue's own subject — and
`how` stays "pronoun". A named person closer, a description of the other gender, a plural, or a
definite description nothing introduced leaves the pronoun as it was. Every sentence here is invented."""
import pytest
from desktop.analysis import analyze
from desktop.article import article_from_text


def direct_speakers(text: str):
    """(quote text, speaker words, speaker's actor name, how) for each direct quote."""
    analysis = analyze(article_from_text(text, "Test"))
    names = {a.id: a.name for a in analysis.actors}
    out = []
    for q in analysis.quotes:
        if q.kind != "direct":
            continue
        s = q.speaker
        if s.text is not None:
            assert text[s.start:s.end] == s.text  # the offsets are the words shown
        out.append((q.text, s.text, names.get(s.actor_id), q.how))
    return out


@pytest.mark.parametrize("text, quote, words, actor", [
    # a spokeswoman for a body, then "she said" / "she added"
    ('A spokeswoman for Brackwater College said the reading room would reopen. "Rare maps will be '
     'online by spring," she added.',
     "Rare maps will be online by spring,", "A spokeswoman", None),
    ('A spokeswoman for Brackwater College said the reading room would reopen. "Rare maps will be '
     'online by spring," she said.',
     "Rare maps will be online by spring,", "A spokeswoman", None),
    # a spokesman with no organisation named, "he"
    ('A spokesman said the ferry timetable was under review. "Nobody will lose a sailing," he said.',
     "Nobody will lose a sailing,", "A spokesman", None),
    # an official of a named ministry: the ministry, as for the description itself
    ('An Irrigation Ministry official told reporters that the canal tender would close in May. '
     '"The price matters less than the timetable," he said.',
     "The price matters less than the timetable,", "An Irrigation Ministry official", "Irrigation Ministry"),
    # the description again with "the", as the subject of the last attribution: the one the
    # first, indefinite, description introduced
    ('A Fisheries Ministry official said the quota would be cut. The official said no decision had '
     'been made on the northern grounds. "We are still counting the boats," he added.',
     "We are still counting the boats,", "A Fisheries Ministry official", "Fisheries Ministry"),
    # the description after a first quote of its own
    ('"The lock gates are older than the town," a spokeswoman for the canal trust said. "They will '
     'be replaced within two years," she added.',
     "They will be replaced within two years,", "a spokeswoman", None),
])
def test_a_pronoun_for_an_unnamed_description_speaks_as_it(text, quote, words, actor):
    speakers = {q: (w, a, how) for q, w, a, how in direct_speakers(text)}
    assert speakers[quote][0] == words
    assert speakers[quote][1] == actor
    assert speakers[quote][2] == "pronoun"


@pytest.mark.parametrize("text, quote, words", [
    # a named person in between takes the pronoun
    ('A spokeswoman for Brackwater College said the reading room would reopen. Librarian Ottilie '
     'Marsh said the maps were fragile. "Rare maps will be online by spring," she added.',
     "Rare maps will be online by spring,", "she"),
    # a spokesman is no "she"
    ('A spokesman for the canal trust said the gates would be replaced. "The work starts in '
     'June," she said.',
     "The work starts in June,", "she"),
    # a spokeswoman is no "he"
    ('A spokeswoman for the canal trust said the gates would be replaced. "The work starts in '
     'June," he said.',
     "The work starts in June,", "he"),
    # a definite description nothing introduced is most often someone the article names
    ('The treasurer said the gates would be replaced. "The work starts in June," she said.',
     "The work starts in June,", "she"),
    # a plural is no "he"
    ('Officials at the canal trust said the gates would be replaced. "The work starts in June," '
     'he said.',
     "The work starts in June,", "he"),
])
def test_a_pronoun_the_description_cannot_take_stays(text, quote, words):
    speakers = {q: w for q, w, _, _ in direct_speakers(text)}
    assert speakers[quote] == words
