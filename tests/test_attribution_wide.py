"""Speaker attribution, the kinds a fact-check of the output on 25 unseen corpus articles showed
(issue 18): one table per kind, each with variants and at least one case that must stay as it
is. Every sentence here is invented."""
import pytest

from tests.test_attribution import attributions


@pytest.mark.parametrize("text, expected", [
    # a post in a body ("the Tory leader", "the club's chairman") is one person of the body, never
    # the body: unknown when the text does not say who holds it
    ('The Conservative Party met in Leeds on Monday.\n\nThe Tory leader said his team had reached '
     'a "shared view" after a "long talk".',
     [("shared view", "The Tory leader", "cue-before"), ("long talk", "The Tory leader", "cue-before")]),
    ('The Harbour Rowing Club met in Leeds on Monday.\n\nThe Harbour Rowing Club coach said the '
     'season had been "a triumph".',
     [("a triumph", "The Harbour Rowing Club coach", "cue-before")]),
    ('The Harbour Rowing Club met in Leeds on Monday.\n\nThe Harbour Rowing Club\'s chairman said '
     'the season had been "a triumph".',
     [("a triumph", "The Harbour Rowing Club's chairman", "cue-before")]),
    # ... and the holder when the text named one just before
    ('Tory leader Mark Dunford spoke in Leeds on Monday.\n\nThe Tory leader said his team had '
     'reached a "shared view".', [("shared view", "Mark Dunford", "cue-before")]),
    # ... while a spokesman speaks for the body
    ('The Harbour Rowing Club met in Leeds on Monday.\n\nA Harbour Rowing Club spokesman said the '
     'season had been "a triumph".', [("a triumph", "Harbour Rowing Club", "cue-before")]),
])
def test_a_post_in_a_body_is_not_the_body(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "director of sport Ana Ruiz" parsed as "of [sport Ana Ruiz]": she is the subject, so the
    # "he"/"she" of the next quote
    ('The two clubs met on Monday and Ortega added: "We thought about it for a long time."\n\n'
     'City director of football Tomas Braga thanked the supporters for their patience. "I\'d like to thank '
     'the fans," he said.',
     [("We thought about it for a long time.", "Ortega", "colon"),
      ("I'd like to thank the fans,", "Tomas Braga", "pronoun")]),
    ('Ortega added: "We thought about it for a long time."\n\nThe union\'s head of communications '
     'Rita Okafor thanked the members. "We owe them a great deal," she said.',
     [("We thought about it for a long time.", "Ortega", "colon"),
      ("We owe them a great deal,", "Rita Okafor", "pronoun")]),
    # ... but a friend of someone is not that someone
    ('Ortega added: "We thought about it for a long time."\n\nA friend of harbour master Ian Volk '
     'wrote to the paper. "He will be missed," she said.',
     [("We thought about it for a long time.", "Ortega", "colon"), ("He will be missed,", "she", "pronoun")]),
])
def test_a_name_after_a_post_and_its_field_is_the_subject(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize("text, expected", [
    # someone introduced without a name as a main subject is whom the next "she"/"he" means,
    # not a person named further back: that description speaks (tests/test_pronoun_unnamed_speaker.py)
    ('Susan Hale, the director, opened the new wing. A spokeswoman for the hospital said the wing '
     'would take patients in May. "The old wards will close," she said.',
     [("The old wards will close,", "A spokeswoman", "pronoun")]),
    ('Judge Mary Okoro said the men showed no remorse.\n\nOne of the victims decided to speak out. '
     'She said she wanted others to know "speaking up costs less than silence".',
     [("speaking up costs less than silence", "One of the victims", "pronoun")]),
    ('Carl Benning chaired the meeting. A resident of the estate stood up to ask about the lifts. '
     '"We have waited two years," he said.',
     [("We have waited two years,", "A resident", "pronoun")]),
    # ... but one of the other sex does not stop the pronoun, nor a mention that is no subject
    ('Carl Benning chaired the meeting. A spokeswoman for the hospital said the wing would open. '
     '"We have waited two years," he said.',
     [("We have waited two years,", "Carl Benning", "pronoun")]),
    ('Susan Hale met a resident of the estate on Monday. "The lifts will be fixed," she said.',
     [("The lifts will be fixed,", "Susan Hale", "pronoun")]),
])
def test_someone_unnamed_just_before_is_whom_the_pronoun_means(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize("text, expected, kind", [
    # "That said," is a connective ("even so"), not a report of what "that" said
    ('Tom Vale said the club would grow. That said, he warned that "hard times" were coming for '
     'the smaller clubs.', [("hard times", "Tom Vale", "pronoun")], "direct"),
    ('The port was busy all year. That said, the board is drawing up some "cheaper plans for '
     'the winter months" for members.', [("cheaper plans for the winter months", None, None)], "direct"),
    ('Ada Brill chairs the port board. That said, the board will keep its fees for another year.',
     [], "reported"),
    # ... but "that" can still say something ("That is what she said, “…”" is not the connective)
    ('Ada Brill told the board on Monday: "The fees stay." Tom Vale said, "That is not enough."',
     [("The fees stay.", "Ada Brill", "colon"), ("That is not enough.", "Tom Vale", "cue-before")], "direct"),
])
def test_that_said_is_no_cue(text, expected, kind):
    assert attributions(text, kind) == expected


@pytest.mark.parametrize("text, expected", [
    # the object of an infinitive before a colon is what is named, not the one who speaks
    ('Ivo Renn explained the reason to call the boat Marigold: "My aunt sailed one of that name."',
     [("My aunt sailed one of that name.", "Ivo Renn", "colon")]),
    ('Mara Finch gave her reasons to name the street Harbour Lane: "It was the old way to the sea."',
     [("It was the old way to the sea.", "Mara Finch", "colon")]),
    # ... while an inverted attribution still names its speaker after the verb
    ('"We will sail on Monday," said Ivo Renn.', [("We will sail on Monday,", "Ivo Renn", "cue-after")]),
])
def test_an_infinitive_s_object_is_not_the_speaker(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize("text, expected", [
    # quoted words describing the subject of a reported clause are the reporter's, not the
    # subject's ("the “fake” Harlow attacked …" is not Harlow calling herself fake)
    ('Dan Tully questioned the choice on Monday. He said the "fake" and "vile" Harlow had attacked '
     'Birch during the debates.', [("fake", "Dan Tully", "pronoun"), ("vile", "Dan Tully", "pronoun")]),
    ('Dan Tully questioned the choice on Monday. He said the "reckless" Harlow attacked Birch.',
     [("reckless", "Dan Tully", "pronoun")]),
    # ... while a quote after the subject is the subject's words
    ('Dan Tully questioned the choice on Monday. He said Harlow had called Birch "a fraud".',
     [("a fraud", "Harlow", "cue-before")]),
])
def test_words_describing_a_subject_are_the_reporter_s(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize("text, expected", [
    # letters after a name (a rank, a seat, an honour) are not the speaker, the name before them is
    ('Judge Durham Vale QC jailed the men on Monday. Prosecutor Tessa Vyne QC told the court the girls '
     'had been "easy prey".', [("easy prey", "Tessa Vyne", "cue-before")]),
    ('Judge Ann Rowe KC said the men had "no regard for anyone". Defence barrister Tobias Grant KC said '
     'his client was "deeply sorry".',
     [("no regard for anyone", "Ann Rowe", "cue-before"), ("deeply sorry", "Tobias Grant", "cue-before")]),
    ('Ann Lee MP said the vote was "a farce".', [("a farce", "Ann Lee", "cue-before")]),
])
def test_letters_after_a_name_are_not_the_speaker(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a statement whose source the text gives ("from the bank") is that source's, not the last
    # issuer's: unknown when the source is no actor
    ('Mark Lowe issued a statement on Monday about the leak. "This has been a problem for years," he '
     'told the paper.\n\n"We have removed it," read a statement from the bank.',
     [("This has been a problem for years,", "Mark Lowe", "pronoun"),
      ("We have removed it,", "a statement", "cue-after")]),
    ('Mark Lowe issued a statement on Monday about the leak.\n\n"We have removed it," read a statement '
     'from the Harbour Savings Bank.', [("We have removed it,", "Harbour Savings Bank", "cue-after")]),
    # ... and a bare statement is still the last issuer's
    ('Mark Lowe issued a statement on Monday about the leak.\n\n"We have removed it," the statement read.',
     [("We have removed it,", "Mark Lowe", "cue-after")]),
])
def test_a_statement_from_a_named_source(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a few quoted words that are the subject of the narration's own verb name a thing; they do
    # not go on with the previous speaker's words
    ('"I am sure there are many more," said Ana Ruiz, who runs the forum.\n\n"Harbour widows" has become '
     'a common term for such women.', [("I am sure there are many more,", "Ana Ruiz", "cue-after")]),
    ('"We will be back," said Ana Ruiz.\n\n"Harbour fever" has spread across the town since May.',
     [("We will be back,", "Ana Ruiz", "cue-after")]),
    # ... while a quote that opens the next paragraph goes on with her words
    ('"We will be back," said Ana Ruiz.\n\n"The harbour is our home. We never leave it for long."',
     [("We will be back,", "Ana Ruiz", "cue-after"),
      ("The harbour is our home. We never leave it for long.", "Ana Ruiz", "running")]),
])
def test_quoted_words_naming_a_thing_do_not_run_on(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "she"/"he" after a description of one person as the main subject ("the first minister
    # said …") is that person: the one the text names so, else the unnamed one an "a …" introduced,
    # else unknown — not a person named earlier
    ('First Minister Jack Moray visited a school on Monday. Newspaper editor Ewan Dale said the remark '
     'was stupid. "He will regret it," he added.\n\nIn an angry reply, the first minister insisted his '
     'words had been twisted. He told Ms Barr: "That is simply false."',
     [("He will regret it,", "Ewan Dale", "pronoun"), ("That is simply false.", "Jack Moray", "pronoun")]),
    ('Newspaper editor Ewan Dale said the remark was stupid. "He will regret it," he added.\n\nIn an '
     'angry reply, the first minister insisted his words had been twisted. He told Ms Barr: '
     '"That is simply false."',
     [("He will regret it,", "Ewan Dale", "pronoun"), ("That is simply false.", "He", "pronoun")]),
    ('Fiona Barr wrote to the board on Monday. "We need answers," she said. A spokeswoman for the board '
     'said the plan was agreed.\n\nThe spokeswoman later said the leave was routine. She said: "The board '
     'knew all along."',
     [("We need answers,", "Fiona Barr", "pronoun"), ("The board knew all along.", "A spokeswoman", "pronoun")]),
    # ... but a body's post ("the party's leader") may be the person just named: no stop there
    ('The Harbour Party\'s Fiona Barr wrote to the board. The Harbour Party\'s leader argued the law was '
     'clear. She said: "Ministers must answer."', [("Ministers must answer.", "Fiona Barr", "pronoun")]),
])
def test_a_description_as_subject_is_whom_the_pronoun_means(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "this" / "that" as the subject of a reported clause is a thing or a claim, never the speaker
    # of a quoted fragment in it: unknown (or the reporter) rather than "this"
    ('Mara Lind, a former minister, said a new office should publish the figures. She said this '
     'would answer "so-called expert" lobby groups such as Harbour Watch.',
     [("so-called expert", None, None)]),
    # (the reporter himself when the pronoun chain reaches him)
    ('Oskar Brenn, the port manager, spoke on Friday. He said this would end the "paper chase" '
     'at the docks.', [("paper chase", "Oskar Brenn", "pronoun")]),
    # ... while a person subject of the same shape still speaks through it
    ('The council said the plan was sound. Ivo Marsh said that would leave "a hole in the budget" '
     'for years.', [("a hole in the budget", "Ivo Marsh", "cue-before")]),
])
def test_a_demonstrative_never_speaks(text, expected):
    assert attributions(text) == expected
