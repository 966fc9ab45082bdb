"""Speaker attribution, the kinds a fact-check of the output on 25 unseen corpus articles (seed
1819) showed: a pronoun that went to the wrong person because the parse hid who the topic was,
and an office bound to the holder of a different office of the same name. One table per kind,
variants and cases that must stay as they are. Every sentence here is invented."""
import pytest

from tests.test_attribution import attributions


@pytest.mark.parametrize("text, expected", [
    # "the channel's controller of entertainment, Clara Wendt, said …": the parser may hang the
    # name on the field ("entertainment, Clara Wendt"); she is the subject, so the "she" of the
    # next quote
    ('Rita Holm, Mia Stone and Tova Lind are the remaining finalists. The channel\'s controller of '
     'entertainment, Clara Wendt, said she had no hesitation in renewing the show. "There is more to '
     'come," she said.', [("There is more to come,", "Clara Wendt", "pronoun")]),
    ('Rita Holm won the vote on Saturday. The channel\'s controller of entertainment, Clara Wendt, said '
     'she had no hesitation in renewing the show. "We owe it to the viewers," she said.',
     [("We owe it to the viewers,", "Clara Wendt", "pronoun")]),
    # ... while the office as an object is no subject: the main subject before stays the topic
    ('Rita Holm met the channel\'s controller of entertainment, Clara Wendt, on Monday. "It was a good '
     'talk," she said.', [("It was a good talk,", "Rita Holm", "pronoun")]),
])
def test_a_name_beside_an_offices_field_is_the_subject(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "Dahl concurred: “…,” he argued": the narration that introduces the quote is no part of what
    # the cue after the quote reports, and its subject is the topic
    ('Peter Marsh and John Dahl spoke at the rally on Friday. Marsh called for a vote. Dahl concurred: '
     '"We must leave the treaty," he argued.', [("We must leave the treaty,", "John Dahl", "pronoun")]),
    ('Peter Marsh and John Dahl spoke at the rally on Friday. Marsh called for a vote. Dahl concurred: '
     '"We must leave the treaty," he argued. "We must go now."',
     [("We must leave the treaty,", "John Dahl", "pronoun"), ("We must go now.", "John Dahl", "running")]),
    # ... while a name in the reported clause itself is still not the one who reports it
    ('Peter Dahl spoke at the rally on Friday. Tom Weir would be "in the front line" if the plant '
     'closed, he said.', [("in the front line", "Peter Dahl", "pronoun")]),
])
def test_the_narration_before_a_colon_quote_is_not_reported(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "Sam Dell's pressing ahead": the contracted "is" read as a possessive still makes Sam Dell
    # the subject of a finite clause, the topic a "he" goes back to
    ('Ola Berg runs a blog and says that there are good sites. "Most people never find them," Ms Berg '
     'says. For his part, Sam Dell\'s pressing ahead with his own plans. He has even been called the '
     'king of radio which, he says, "is a badge I will wear with honour."',
     [("Most people never find them,", "Ola Berg", "cue-after"),
      ("is a badge I will wear with honour.", "Sam Dell", "pronoun")]),
    ('Lena Dahl opened the show on Friday. Ada Roe\'s planning a new tour this year. "It will be '
     'bigger," she said.', [("It will be bigger,", "Ada Roe", "pronoun")]),
    # ... while a subject of a participle without "'s" is still no main subject
    ('Lena Dahl opened the show on Friday, with Ada Roe singing. "It was fun," she said.',
     [("It was fun,", "Lena Dahl", "pronoun")]),
])
def test_a_contracted_is_after_a_name_is_a_finite_clause(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "the mayor" is not the deputy mayor, nor "the deputy mayor" the mayor, nor "the chancellor"
    # the shadow chancellor: unknown when the text names no holder of that office
    ('Deputy Mayor Nina Roth said the remarks were wrong. The mayor accused a reporter of "hounding" '
     'him at a party.', [("hounding", "The mayor", "cue-before")]),
    ('Mayor Nina Roth spoke on Monday. The deputy mayor called the plan "a folly".',
     [("a folly", "The deputy mayor", "cue-before")]),
    ('Shadow chancellor Tom Weir spoke at the conference. The chancellor called the plan "a folly".',
     [("a folly", "The chancellor", "cue-before")]),
    # ... while the same office still finds its holder
    ('Deputy Mayor Nina Roth spoke on Monday. The deputy mayor called the plan "a folly".',
     [("a folly", "Nina Roth", "cue-before")]),
    ('Mayor Nina Roth spoke on Monday. The mayor called the plan "a folly".',
     [("a folly", "Nina Roth", "cue-before")]),
])
def test_an_office_is_not_a_qualified_office_of_the_same_name(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize("text, expected", [
    # “…”; the agency did not say …: past a semicolon a new clause begins, and its cue reports
    # something else, even when the parser hangs the quote under it
    ('An agency spokesperson confirmed the request. The spokesperson added regarding the request, they '
     '"would not consider requests of this kind"; the agency did not disclose whether it had received '
     'others.', [("would not consider requests of this kind", "The spokesperson", "cue-before")]),
    ('The agency confirmed the request on Monday. "We will not consider requests of this kind"; the '
     'agency did not disclose whether it had received others.',
     [("We will not consider requests of this kind", None, None)]),
    # ... while a cue after a comma still closes the quote's sentence
    ('The agency confirmed the request on Monday. "We will not consider requests of this kind," the '
     'agency said.', [("We will not consider requests of this kind,", "the agency", "cue-after")]),
])
def test_a_cue_past_a_semicolon_reports_something_else(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a lead-in that ends by naming the words' author before the colon: the agent of a participle
    # ("posed by …", "written by …") or the source of a noun of speech ("a statement from …") —
    # not the sentence's subject, who only puts, reads or issues them
    ('Can you imagine a host putting the question posed by harbour nurse Ada Roe: "Would you clean '
     'a ward for five pounds?"', [("Would you clean a ward for five pounds?", "Ada Roe", "colon")]),
    ('The embassy released the following message from the ambassador: "Our staff are safe and well."',
     [("Our staff are safe and well.", "the ambassador", "colon")]),
    ('The club published a letter from the chairman: "We stand by the manager."',
     [("We stand by the manager.", "the chairman", "colon")]),
    # ... while an author the text gives no person or body for leaves the subject speaking, and
    # a place is where the words came from, not who wrote them
    ('Tom Weir spoke after the vote, backed by forty members: "We won the argument."',
     [("We won the argument.", "Tom Weir", "colon")]),
    ('Tom Weir read out a letter from Berlin: "We won the argument."',
     [("We won the argument.", "Tom Weir", "colon")]),
])
def test_the_author_named_before_a_colon_speaks(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name given to something ("referred to as the …") and a proverb ("the old maxim: …",
    # "like the saying …") are nobody's speech
    ('It is often referred to as the "harbour paradox", based on a tale told in economics courses.', []),
    ('Her hope is that the squad will prove the old adage: "Practice makes perfect."', []),
    ('It is like the saying "Slow and steady wins the race". Be patient.', []),
    ('The plan, known as the "Blue Deal", was dropped.', []),
    # ... while a verb "saying" still introduces speech
    ('Tom Weir was saying "we will win" all week.', [("we will win", "Tom Weir", "cue-before")]),
])
def test_names_and_proverbs_are_not_speech(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize("text, expected", [
    # someone asking in the active voice speaks, question mark and all
    ('Teacher Ada Roe, from Leeds, asked of the strike: "Who will teach the children?"',
     [("Who will teach the children?", "Ada Roe", "colon")]),
    ('Tom Weir asked: "Who pays for this?"', [("Who pays for this?", "Tom Weir", "colon")]),
    # ... while a form's or a ballot's question, or one put to people, is nobody's speech
    ('The form asks: "Has this person lived here for a year?"', []),
    ('Voters were asked: "Should the harbour stay open?"', []),
])
def test_a_person_asking_is_speaking(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "he did, after a long silence, admit …": the subject the parser hangs on the auxiliary is the
    # cue's subject, for a quote in the same sentence or the one that follows with no cue
    ('Tom Weir spoke on Monday. But he did, after a long silence, admit the ferry plan had failed.\n\n'
     '"Next spring, riders will see a real change."',
     [("Next spring, riders will see a real change.", "Tom Weir", "context")]),
    ('Tom Weir spoke on Monday. Ada Roe did, after a long pause, say the plan was "a folly".',
     [("a folly", "Ada Roe", "cue-before")]),
    # ... as it is when the parser hangs it on the verb
    ('Tom Weir spoke on Monday. Ada Roe did say the plan was "a folly".', [("a folly", "Ada Roe", "cue-before")]),
])
def test_a_subject_on_the_auxiliary_is_the_cues(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name in use, "referred to as" in the passive, is nobody's speech; a person who has
    # "referred to" something as "…" characterises it in their own words
    ('It is often referred to as the "harbour paradox", based on a tale.', []),
    ('The minister criticised the vote, which Tom Weir has referred to as "gamesmanship" and a "stunt".',
     [("gamesmanship", "Tom Weir", "cue-before"), ("stunt", "Tom Weir", "cue-before")]),
])
def test_referred_to_as(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an imperative opening an item of a dashed list has an object, never a speaker: "- Introduce
    # laws …" after a quoted word does not make "laws" its speaker
    ('The plans include the following. - Introduce laws to allow the quick removal of travellers - Detain '
     'travellers without papers - a worry for "national security" - Stop considering applications.', []),
    # ... while a cue after a quote's closing mark still inverts ("…,” said X)
    ('"The harbour will reopen in June," said Tom Weir.', [("The harbour will reopen in June,", "Tom Weir", "cue-after")]),
])
def test_a_dashed_list_item_is_no_attribution(text, expected):
    assert attributions(text) == expected
