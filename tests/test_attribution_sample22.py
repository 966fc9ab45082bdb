"""Speaker attribution, the kinds a fact-check of the output on 30 unseen corpus articles (seed
4242) showed most often. One table per kind, variants and cases that must stay as they are.
Every sentence here is invented."""
import pytest

from tests.test_attribution import attributions


@pytest.mark.parametrize("text, expected", [
    # "A said he had had enough of …, but B rejected his comments. “…,” he said": the parser hangs
    # B's answer on what A reported, but B answering with a speech verb of his own is the topic
    # the "he" goes back to
    ('Rafe Dunmore said he had had a "bellyful" of begging the organisers to make the course shorter '
     'but Harbour Sailing\'s Colin Marsh rejected his complaints. "We asked the builders to shorten it," '
     'he said. "We spent money on it."',
     [("bellyful", "Rafe Dunmore", "cue-before"),
      ("We asked the builders to shorten it,", "Colin Marsh", "pronoun"),
      ("We spent money on it.", "Colin Marsh", "running")]),
    ('Rafe Dunmore said he had had enough of trying to get them to make the track faster but the '
     'club\'s Colin Marsh dismissed his complaints. "The track has been relaid twice," he said.',
     [("The track has been relaid twice,", "Colin Marsh", "pronoun")]),
    ('Ivo Brandt said he had failed to convince the board to make the roof higher but architect Tom '
     'Weir disputed his account. "We raised it twice," he said.',
     [("We raised it twice,", "Tom Weir", "pronoun")]),
    # ... while a pronoun that the second person cannot be still goes to the first
    ('Nadia Berg said she had failed to convince the board to make the roof higher but architect Tom '
     'Weir disputed her account. "We asked twice," she said.',
     [("We asked twice,", "Nadia Berg", "pronoun")]),
    # ... and a second speaker joined by "and" stays part of what the first one reported
    ('Rafe Dunmore said Colin Marsh had resigned and Tom Weir had announced the news on Friday. "I will '
     'not give up," he said.', [("I will not give up,", "Rafe Dunmore", "pronoun")]),
])
def test_a_second_speaker_answering_in_a_joined_clause_is_the_topic(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize("text, expected", [
    # “… injury.” The filing described X as “…”: a new sentence running straight into the next
    # quotation introduces that one; the finished quotation before it stays with its speaker
    ('"She simply slipped on a wet stage," a spokeswoman for the label said at the time. "It was an '
     'old injury." The court filing described Mira Vance as "one of the best dancers of her generation".',
     [("She simply slipped on a wet stage,", "a spokeswoman", "cue-after"),
      ("It was an old injury.", "a spokeswoman", "running"),
      ("one of the best dancers of her generation", "The court filing", "cue-before")]),
    ('"We are not selling," said Ada Roe. "The offer is far too low." Her rival Ben Kerr told reporters '
     '"the bid will be raised by Friday".',
     [("We are not selling,", "Ada Roe", "cue-after"), ("The offer is far too low.", "Ada Roe", "running"),
      ("the bid will be raised by Friday", "Ben Kerr", "cue-before")]),
    # “…?” X replied that …: a cue after a finished quotation that reports a clause of its own
    # does not say who asked
    ('Tory spokesman Ian Brell reminded MPs of an earlier row. "Given all that, how could you have '
     'thought your posters would be taken any other way?" Mr Oakes replied that they were not '
     'offensive. "What they were was a joke," he said.',
     [("Given all that, how could you have thought your posters would be taken any other way?",
       "Ian Brell", "context"), ("What they were was a joke,", "Oakes", "pronoun")]),
    # ... while a cue after the quotation with no clause of its own is its attribution, even when
    # another quotation follows the sentence or the same one
    ('"How many times must we see this?" Ada Roe said. "In the harbour, a man with his hands up. '
     'This is unbearable."', [("How many times must we see this?", "Ada Roe", "cue-after"),
                              ("In the harbour, a man with his hands up. This is unbearable.", "Ada Roe", "running")]),
    ('Nora Quist sat by the fire. "You winning?" she said, but Tom was drifting off again, and Ben kept '
     'saying "the whole game is fixed".', [("You winning?", "Nora Quist", "pronoun"),
                                          ("the whole game is fixed", "Ben", "cue-before")]),
    ('"We lost. We will come back," Ada Roe said on Sunday.', [("We lost. We will come back,", "Ada Roe", "cue-after")]),
    ('"The offer is far too low." Ada Roe said.', [("The offer is far too low.", "Ada Roe", "cue-after")]),
    ('"It was a long night?" Ada Roe asked the crew.', [("It was a long night?", "Ada Roe", "cue-after")]),
])
def test_a_cue_with_content_of_its_own_does_not_attribute_the_quote_before(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "…, with 40% of the firms calling it a “…”": the participle's speaker is the plural noun it
    # hangs on, not the subject of the clause the phrase is attached to
    ('Perhaps for that reason, the fear of cheap imports has eased, with only 31% of retailers calling '
     'it a "serious risk" or "a real worry for the future".',
     [("serious risk", "retailers", "cue-before"), ("a real worry for the future", "retailers", "cue-before")]),
    ('The mood at the port has changed, with many fishermen calling the new quota "a death sentence".',
     [("a death sentence", "many fishermen", "cue-before")]),
    # ... while a singular noun, or a thing, under the participle stays as it was
    ('The plan was approved on Monday, with the council calling it "a fair deal".',
     [("a fair deal", "the council", "cue-before")]),
])
def test_a_participle_on_a_plural_noun_speaks_for_that_noun(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "X issued a statement: “…”": the lead-in's subject released the words the colon hands over,
    # even when the subject is a body named by a common noun
    ('The government of the island issued a statement on Friday: "The ruling fails to respect our '
     'customs." Their statement also read "The ruling violates basic principles."',
     [("The ruling fails to respect our customs.", "The government", "colon"),
      ("The ruling violates basic principles.", "Their statement", "cue-before")]),
    ('The harbour board released a short statement: "We regret the delay."',
     [("We regret the delay.", "The harbour board", "colon")]),
    # ... but not a lead-in whose object is no speech or writing, nor one with no verb of its own
    ('The board published the results: "Sales rose by 4%."', [("Sales rose by 4%.", None, None)]),
])
def test_a_subject_issuing_a_statement_before_a_colon_speaks(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "X came from two sets down to beat Y a year ago, so he expects …": the parser may hang the
    # clause before "so" on the verb after it as if "he expects" reported it; X is the topic, and
    # the "he" of the next quote
    ('Britain\'s number two Ian Roper is in the same half of the draw. Women\'s top seed Lindsay Hart '
     'drew veteran Rosa Elm.\n\nTom Brandt came from two sets down to beat Ivo Lutz in the opening round '
     'in Basel a year ago, so he expects another long match. The seventh seed is looking forward to the '
     'match. "He is a tough player on any surface," he said.',
     [("He is a tough player on any surface,", "Tom Brandt", "pronoun")]),
    ('Rosa Elm won the women\'s final. Ivo Lutz fell twice in the first set, but he insists the court is '
     'safe. "It suits my game," he said.', [("It suits my game,", "Ivo Lutz", "pronoun")]),
    # ... while a clause before a cue with no "so" is still what the cue reports
    ('Tom Brandt won the final on Sunday. Ivo Lutz would be back next year, he said. "He is a tough '
     'player," he added.', [("He is a tough player,", "Tom Brandt", "pronoun")]),
])
def test_a_clause_before_so_is_no_report(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "posting at 10:54 am on Twitter, “…”": the parser may take the clock's "am" for a verb with the
    # participle as its subject; whoever posts is the subject past it
    ('Mayor Ortiz took to social media, posting at 10:54 am local time on Twitter, "Tonight, [Ben] and I '
     'tested the new bridge. We will reopen it soon."',
     [("Tonight, [Ben] and I tested the new bridge. We will reopen it soon.", "Ortiz", "cue-before")]),
    ('Mayor Ada Roe wrote at 9:15 pm on her blog, "The bridge is closed."',
     [("The bridge is closed.", "Ada Roe", "cue-before")]),
    # ... and a clock time after an attribution changes nothing
    ('"The bridge is closed," said Mayor Ada Roe at 10:54 am.', [("The bridge is closed,", "Ada Roe", "cue-after")]),
])
def test_a_clock_time_is_no_verb_between_a_participle_and_its_speaker(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "said the Harlow full-back": a place in a team, split by the parser at its hyphen, describes
    # one player (the one the text just named, even as its captain), not the club before it
    ('And despite the recent results, skipper Tom Rowe believes the mood in the camp is good. "There is '
     'no lack of belief in the squad," said the Harlow full-back. "We have had a good week."',
     [("There is no lack of belief in the squad,", "Tom Rowe", "cue-after"),
      ("We have had a good week.", "Tom Rowe", "running")]),
    ('Captain Tom Rowe believes the mood in the camp is good. "We can win on Saturday," said the Harlow '
     'fly-half.', [("We can win on Saturday,", "Tom Rowe", "cue-after")]),
    # ... also when the parser makes the club the subject and hangs the position on it
    ('And despite the recent results, skipper Tom Rowe believes the mood in the camp is fine. "There is '
     'no lack of belief in the team," said the Leek full-back. "We have had a good week."',
     [("There is no lack of belief in the team,", "Tom Rowe", "cue-after"),
      ("We have had a good week.", "Tom Rowe", "running")]),
    # ... with nobody named, an unnamed player rather than the club
    ('The Harlow club announced a new sponsor on Friday. "We are delighted," said the Harlow full-back.',
     [("We are delighted,", "the Harlow full-back", "cue-after")]),
    # ... while a plain job word after a club still works as before
    ('Tom Rowe kicked three goals for Harlow. "We were lucky," said the Harlow prop.',
     [("We were lucky,", "Tom Rowe", "cue-after")]),
])
def test_a_place_in_a_team_describes_a_player(text, expected):
    assert attributions(text) == expected
