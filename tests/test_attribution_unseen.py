"""Speaker attribution on news nobody tuned to (issue 18, the kinds heldout16 showed): one
table per kind, each with variants and a case that must stay unknown or not be a quote. Every
sentence here is invented."""
import pytest

from tests.test_attribution import attributions


@pytest.mark.parametrize("text, expected", [
    # a short fragment in a sentence with no cue right after a report is a word of that report
    ('The Greens said the budget was wrong. "Our towns cannot pay," said Mara Finch. The party would '
     'scrap "vanity projects" such as the tunnel.',
     [("Our towns cannot pay,", "Mara Finch", "cue-after"), ("vanity projects", "Mara Finch", "context")]),
    ('Ada Brill argued that the harbour needed a new dredger. Without one, ships would face '
     '"endless delays".',
     [("endless delays", "Ada Brill", "context")]),
    ('Tom Vale said the levy should rise next year. In many towns, councils had been forced to cut '
     'services to cover "gaping holes".',
     [("gaping holes", "Tom Vale", "context")]),
    # ... in its paragraph: past a paragraph break the narration has moved on, and a few words
    # are nobody's (a longer uncued fragment still goes to the report before)
    ('Tom Vale said the levy should rise next year.\n\nIn many towns, councils had been forced to cut '
     'services to cover "gaping holes".', []),
    ('Now the Greens say the only new tax they want is a levy on shipping. The money would make sure '
     'it is the "polluter who pays".',
     [("polluter who pays", "Greens", "context")]),
    # ... but a term the sentence goes on to explain is nobody's word
    ('Tom Vale said the network was slow. The worst problem for players is "lag", in which a click '
     'takes a second to register.', []),
    ('Ada Brill said the bill went too far. The bill proposes "control orders", which could confine '
     'suspects to their homes.', []),
    # ... a sentence about someone else (here a spokeswoman, unnamed) is not the reporter's
    ('"The leak is no guess," club spokesman Tom Vale said. However, a league spokeswoman was "satisfied" '
     'that the list stayed secret.', [("The leak is no guess,", "Tom Vale", "cue-after")]),
    # ... and one with no report before it is not a quote
    ('The harbour reopened on Monday. Ships still face "endless delays".', []),
])
def test_a_short_fragment_after_a_report_is_that_report_s_word(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a word that qualifies someone's response, inside another person's report, is the reporter's
    ("Greens leader Mara Finch says the bill is another example of the Tories' \"heavy-handed\" "
     "response to protest.", [("heavy-handed", "Mara Finch", "cue-before")]),
    ("Councillor Tom Vale said the move showed the Harbour Board's \"half-hearted\" answer to the flooding.",
     [("half-hearted", "Tom Vale", "cue-before")]),
    ("Mara Finch attacked the plan on Monday. The plan was a sign of Labour's \"authoritarian\" "
     "response to crises, she said.", [("authoritarian", "Mara Finch", "pronoun")]),
    # ... while what the response says is its owner's words
    ("Critics seized on Ada Brill's response that the dredger was \"on its way\".",
     [("on its way", "Ada Brill", "cue-before")]),
    # ... and with no report around it the word is nobody's: unknown, so not a quote
    ('Mara Finch said: "It is wrong." Labour\'s "authoritarian" reply came on Tuesday.',
     [("It is wrong.", "Mara Finch", "colon")]),
])
def test_a_word_for_someone_s_response_is_the_reporter_s(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a quote with no cue after a sentence telling how one person took something is theirs
    ('Tarn beat the visitors 21-12 on Saturday.\n\nThe hosts picked up two yellow cards, leaving Tarn '
     'coach Ed Marsh unimpressed. "One of them was harsh. The other one was fair, I suppose."',
     [("One of them was harsh. The other one was fair, I suppose.", "Ed Marsh", "context")]),
    ('Tarn beat the visitors 21-12 on Saturday.\n\nThe hosts picked up two yellow cards, which left coach '
     'Ed Marsh fuming.\n\n"One of them was harsh. The other one was fair, I suppose."',
     [("One of them was harsh. The other one was fair, I suppose.", "Ed Marsh", "context")]),
    ('Tarn beat the visitors 21-12 on Saturday. Captain Ann Lee was delighted with her side\'s defence. '
     '"We held them out for the last twenty minutes and that was the game."',
     [("We held them out for the last twenty minutes and that was the game.", "Ann Lee", "context")]),
    ('Tarn lost 21-12 at home on Saturday, and coach Ed Marsh was furious about the refereeing. '
     '"Two of those penalties were never penalties."',
     [("Two of those penalties were never penalties.", "Ed Marsh", "context")]),
    # unknown: two people react, the person is what others react to, or the quote names them
    ('Tarn beat the visitors 21-12 on Saturday. Captain Ann Lee was delighted, but coach Ed Marsh was not. '
     '"We held them out for the last twenty minutes and that was the game."',
     [("We held them out for the last twenty minutes and that was the game.", None, None)]),
    ('Tarn beat the visitors 21-12 on Saturday. Fans were delighted with Ann Lee. '
     '"She is the best captain we have had in years."',
     [("She is the best captain we have had in years.", None, None)]),
    ('Tarn beat the visitors 21-12 on Saturday. Captain Ann Lee was delighted. '
     '"Lee is the best captain we have had in years."',
     [("Lee is the best captain we have had in years.", None, None)]),
])
def test_an_uncued_quote_after_a_person_s_reaction_is_theirs(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a round-up label whose job words start with a participle ("Retired", "Outgoing") names the person
    ('Three readers told us what they think of the timetable.\n\n- Harbour pilot Ann Lee:\n'
     '"The early boat is gone and nobody asked us."\n\n- Retired teacher Tom Vale:\n'
     '"I like the later sailings, they suit my week."',
     [("The early boat is gone and nobody asked us.", "Ann Lee", "label"),
      ("I like the later sailings, they suit my week.", "Tom Vale", "label")]),
    ('Three readers told us what they think.\n\nOutgoing mayor Ann Lee: "We were never asked."\n\n'
     'Elected councillor Tom Vale, Tarn North: "The ferry is a lifeline."',
     [("We were never asked.", "Ann Lee", "label"), ("The ferry is a lifeline.", "Tom Vale", "label")]),
    # a common noun before a colon heads what follows: no one is named
    ('The vote was lost.\n\nThe result: "Nobody wants the tunnel."', [("Nobody wants the tunnel.", None, None)]),
    ('The vote was lost.\n\nA harbour spokesman: "Nobody wants the tunnel."',
     [("Nobody wants the tunnel.", "A harbour spokesman", "label")]),
])
def test_a_label_line_names_its_speaker(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an interview written with names for turn labels, no quotation marks: two names in turn; the
    # label names the speaker and is no part of the words
    ("Wikinews interviewed Mara Finch, the Green candidate for Tarn North.\n\n"
     "Wikinews: Why are you standing for the harbour board?\n\n"
     "Mara Finch: Because the town deserves a voice on the harbour board.\n\n"
     "Wikinews: What would you change first?\n\nMara Finch: The timetable. The early boat must come back.",
     [("Why are you standing for the harbour board?", "Wikinews", "label"),
      ("Because the town deserves a voice on the harbour board.", "Mara Finch", "label"),
      ("What would you change first?", "Wikinews", "label"),
      ("The timetable. The early boat must come back.", "Mara Finch", "label")]),
    ("Our reporter Ivo Marsh met the ferry captain, Dana Holm.\n\nIvo Marsh: How long have you sailed this route?\n\n"
     "Dana Holm: Twenty years, give or take a winter.\n\nIvo Marsh: And the new timetable?\n\n"
     "Dana Holm: It was written by people who never crossed in a storm.",
     [("How long have you sailed this route?", "Ivo Marsh", "label"),
      ("Twenty years, give or take a winter.", "Dana Holm", "label"),
      ("And the new timetable?", "Ivo Marsh", "label"),
      ("It was written by people who never crossed in a storm.", "Dana Holm", "label")]),
    # "Question:" and "Answer:" written out: the interviewer and the person interviewed
    ("The novelist Mara Quint spoke to us about her new book.\n\nQuestion: Why did you write it at all?\n\n"
     "Answer: Because nobody else would write it.\n\nQuestion: Will there be another one?\n\n"
     "Answer: Not for a few years, I think.",
     [("Why did you write it at all?", "Question", "label"),
      ("Because nobody else would write it.", "Mara Quint", "label"),
      ("Will there be another one?", "Question", "label"),
      ("Not for a few years, I think.", "Mara Quint", "label")]),
    # not turns: captions and notes, or one name heading paragraphs with no exchange
    ("Photo: The harbour at dawn, taken by a reader.\n\nNote: This story was updated on Monday morning.\n\n"
     "Photo: The ferry leaving the pier at noon.", []),
    ("Tarn North: the seat has changed hands twice since the war.\n\n"
     "Tarn North: turnout was the lowest in the region last time.", []),
])
def test_an_interview_with_names_as_turn_labels(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a sentence about what happened to another person stops the previous speaker running on
    ('"The ferry is late again," said Ann Lee. Tom Vale, the harbour master, was sacked on Monday. '
     '"It is a disgrace and the board knows it."',
     [("The ferry is late again,", "Ann Lee", "cue-after"), ("It is a disgrace and the board knows it.", None, None)]),
    # ... but not one about the same speaker, or about no person
    ('"The ferry is late again," said Ann Lee. Lee was born in Tarn. "It is a disgrace and the board knows it."',
     [("The ferry is late again,", "Ann Lee", "cue-after"),
      ("It is a disgrace and the board knows it.", "Ann Lee", "running")]),
    ('"The ferry is late again," said Ann Lee. The pier was closed on Monday. '
     '"It is a disgrace and the board knows it."',
     [("The ferry is late again,", "Ann Lee", "cue-after"),
      ("It is a disgrace and the board knows it.", "Ann Lee", "running")]),
])
def test_an_uncued_quote_after_a_sentence_about_another_person(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "with the latter yesterday stating …": a time word the parser takes for the object of
    # "with" leaves "the latter" (or "the former") the one speaking, not the sentence's subject
    ('Checks have been started by the Tarn Ferry Company and the Coastal Safety Agency, with the latter '
     'yesterday stating on its website they were "not closing the route at this time."',
     [("not closing the route at this time.", "Coastal Safety Agency", "cue-before")]),
    ('Complaints have been filed by the Coastal Safety Agency and the Tarn Ferry Company, with the former '
     'yesterday telling reporters it was "too early to say what went wrong."',
     [("too early to say what went wrong.", "Coastal Safety Agency", "cue-before")]),
    # not a speaker: the latter's figures show something, nobody says it
    ('Complaints have been filed by the Coastal Safety Agency and the Tarn Ferry Company, with the latter '
     'yesterday\'s figures showing a "sharp fall" in sailings.', []),
])
def test_the_latter_before_a_time_word_speaks(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a cue in an aside opened by "as" recalls what someone said; it does not hand them the turn
    ('"We will win the seat," said Dick Vale.\n\nSo is the party\'s job to beat the Greens, as former member '
     'Ann Lee once declared? "No. The aim is to leave the board and stay out of it."',
     [("We will win the seat,", "Dick Vale", "cue-after"),
      ("No. The aim is to leave the board and stay out of it.", None, None)]),
    ('"We will win the seat," said Dick Vale.\n\nSo is the party\'s job to beat the Greens, as Ann Lee said '
     'last year? "No. The aim is to leave the board and stay out of it."',
     [("We will win the seat,", "Dick Vale", "cue-after"),
      ("No. The aim is to leave the board and stay out of it.", None, None)]),
    # ... a report of her own does
    ('"We will win the seat," said Dick Vale.\n\nAnn Lee said the party\'s job was to beat the Greens. '
     '"The aim is to leave the board and stay out of it."',
     [("We will win the seat,", "Dick Vale", "cue-after"),
      ("The aim is to leave the board and stay out of it.", "Ann Lee", "context")]),
])
def test_a_cue_in_an_as_aside_gives_no_turn(text, expected):
    assert attributions(text) == expected
