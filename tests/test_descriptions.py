"""A speaker named again by a description ("the Australian", "the former minister", "the
charity's director") is the person it describes; a counting word ("one said", "another added")
is a member of the group the narration named, never a speaker called "One". Every sentence
here is invented."""
import pytest

from desktop.analysis import analyze
from desktop.analysis.descriptions import DEMONYM_COUNTRIES
from desktop.analysis.gazetteer import COUNTRIES, DEMONYMS
from desktop.article import article_from_text

from .test_attribution import attributions


@pytest.mark.parametrize("text, expected", [
    # the nationality the text gave one of two players: "of Australia", "Australian X", "Australia's X"
    ('Lukas Brenner of Switzerland beat Owen Tate of Australia in the final. Tate had not dropped a set before.\n\n'
     '"I ran out of legs in the second set," the Australian said.\n\n"It was my best match this year," the Swiss added.',
     [("I ran out of legs in the second set,", "Owen Tate", "cue-after"),
      ("It was my best match this year,", "Lukas Brenner", "cue-after")]),
    ('Swiss star Lukas Brenner lost to Australian Owen Tate in Perth. Brenner had won their last three meetings.\n\n'
     '"He served better than ever," said the Swiss.',
     [("He served better than ever,", "Lukas Brenner", "cue-after")]),
    ("Australia's Owen Tate beat Lukas Brenner in straight sets. Brenner struggled with his serve all day.\n\n"
     '"I just ran out of legs," the Australian said.',
     [("I just ran out of legs,", "Owen Tate", "cue-after")]),
    # no nationality given: the person the narration is about, not someone of another country
    ('Marta Silva of Portugal trailed for an hour. Then Petra Horvat found her rhythm.\n\n'
     '"I stopped thinking about the score," the Croatian said.',
     [("I stopped thinking about the score,", "Petra Horvat", "cue-after")]),
    # an office the text gave someone earlier, or the person the narration is about who holds no other
    ('Former minister Hal Ostrander joined the panel alongside economist Rita Vey. '
     '"We wasted ten years," the former minister said.',
     [("We wasted ten years,", "Hal Ostrander", "cue-after")]),
    ('Mayor Ivo Dahl said the bridge must close, even if Ms Pell disagreed. Later the prime minister said: '
     '"The bridge is safe for another decade."',
     [("The bridge is safe for another decade.", "Pell", "colon")]),
    ('"Rich towns are getting richer," said Hope Trust\'s Dana Wills.\n\n'
     '"The poorest pay the most. Something has to change," the charity\'s director added.',
     [("Rich towns are getting richer,", "Dana Wills", "cue-after"),
      ("The poorest pay the most. Something has to change,", "Dana Wills", "cue-after")]),
    # someone introduced unnamed stays unnamed
    ('A spokesman for the harbour authority said the pier was closed. Harbour master Ken Ode inspected it on Monday. '
     '"We will reopen on Friday," the spokesman added.',
     [("We will reopen on Friday,", "the spokesman", "cue-after")]),
    # nobody fits: the description, with no actor
    ('"We lost the final and we deserved to," said the Australian.',
     [("We lost the final and we deserved to,", "the Australian", "cue-after")]),
])
def test_a_definite_description_speaks_as_the_person_it_describes(text, expected):
    assert attributions(text) == expected


def test_a_nationality_describing_the_speaker_is_no_actor_of_its_own():
    analysis = analyze(article_from_text(
        'Lukas Brenner of Switzerland beat Owen Tate of Australia.\n\n"It was my best match," the Swiss said.', "Test"))
    assert [(a.name, a.type) for a in analysis.actors if a.type in ("person", "group")] == [
        ("Lukas Brenner", "person"), ("Owen Tate", "person")]
    quote = analysis.quotes[0]
    assert (quote.speaker.text, quote.speaker.actor_id) == ("the Swiss", "person:lukas-brenner")


@pytest.mark.parametrize("text, expected", [
    ('Three residents spoke at the meeting. "We were never asked," one said. Another added: "The road is too narrow."',
     [("We were never asked,", "residents", "cue-after"), ("The road is too narrow.", "residents", "colon")]),
    ('Three residents spoke at the meeting. "We were never asked," one of them said.',
     [("We were never asked,", "residents", "cue-after")]),
    ('Police questioned dozens of witnesses after the crash. "The van never slowed down," one told reporters.',
     [("The van never slowed down,", "witnesses", "cue-after")]),
    # a counting word before a noun, or "one of" a group named in full, names whom it counts
    ('"We will win," one of the organisers said. One resident, who asked not to be named, said: "The water is brown."',
     [("We will win,", "one of the organisers", "cue-after"), ("The water is brown.", "One resident", "colon")]),
    # no group named: someone unnamed — not "One", and not the speaker before
    ('Mayor Ida Lund opened the fair. "It is a great day," she said. "Nobody told us about the parking," one said.',
     [("It is a great day,", "Ida Lund", "pronoun"), ("Nobody told us about the parking,", None, None)]),
])
def test_one_of_a_group_speaks_for_the_group_never_as_one(text, expected):
    assert attributions(text) == expected


def test_some_of_a_group_report_as_the_group():
    text = 'Several fans waited outside the arena until midnight. Some said they would come back next year.'
    assert attributions(text, "reported") == [("they would come back next year", "fans", "cue-before")]


def test_every_demonym_names_countries_the_gazetteer_knows():
    countries = {c.lower() for c in COUNTRIES}
    short_forms = {"america", "us", "u.s.", "usa", "uk", "u.k.", "korea", "holland"}
    for word, names in DEMONYM_COUNTRIES.items():
        assert word in DEMONYMS or word == "korean", word
        assert names <= countries | short_forms, (word, names - countries - short_forms)


@pytest.mark.parametrize("text, expected", [
    # a report set against another ("…, while B wrote …") makes B the one "he" is next
    ('Governor Lena Ortiz said the fire was a tragedy while Fire Chief Anton Brandl wrote he had ordered checks on '
     'every depot. He tweeted, "My thoughts are with the families tonight."',
     [("My thoughts are with the families tonight.", "Anton Brandl", "pronoun")]),
    # "he" after someone unnamed spoke is that unnamed person, not nobody
    ('"Prices will rise," the chief executive of a large Dutch brewer told the paper. The push for cheaper beer was '
     '"plain foolish", he said.',
     [("Prices will rise,", "the chief executive", "cue-after"), ("plain foolish", "the chief executive", "pronoun")]),
    # "the latter" / "the former": the last or first of the bodies named together just before
    ('Inquiries were opened by the harbour police and the port authority, with the latter confirming on Monday that '
     'it was "not sending staff to the pier yet."',
     [("not sending staff to the pier yet.", "the port authority", "cue-before")]),
])
def test_pronouns_and_back_references(text, expected):
    assert attributions(text) == expected


def test_he_after_a_surname_the_recogniser_missed_is_that_person():
    text = ('Assistant coach Ben Dallow watched from the stand. "It was pretty physical out there," Dallow said.\n\n'
            '"The two young halves were superb," head coach Brad Trunk said.\n\n'
            'Dallow conceded that his side needed work. "We had our chances in the last twenty minutes", he said.')
    assert attributions(text)[-1] == ("We had our chances in the last twenty minutes", "Ben Dallow", "pronoun")


@pytest.mark.parametrize("text, expected", [
    # a quote with no cue that goes on a paragraph about a person is theirs (issue 18, kind 3)
    ('Fire officer Tomas Greer walked the reporters around the burnt warehouse. "The roof went in less than an hour."',
     [("The roof went in less than an hour.", "Tomas Greer", "context")]),
    ('On the "Morning Desk" show, Senator Ruth Bane of Ohio named housing as the main worry of young voters. '
     '"Young people are tired of waiting for a home of their own."',
     [("Young people are tired of waiting for a home of their own.", "Ruth Bane", "context")]),
    # ... not when the sentence says what the person is or seems, nor when the quote names them
    ('Defender Simon Tait looks certain to play on Saturday. "We need every fit player we have."',
     [("We need every fit player we have.", None, None)]),
    ('Defender Simon Tait trained with the squad on Monday. "Tait should be back by March, which is good news."',
     [("Tait should be back by March, which is good news.", None, None)]),
])
def test_a_quote_after_a_sentence_about_a_person(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize("text, expected", [
    # with the parse's subject lost, "them" (who is called) and "their acts" never speak
    ('When raiders are caught, the mayor and the sheriff call them "lone thieves".',
     [("lone thieves", "the mayor", "cue-before")]),
    ('"We checked every cable twice", added engineer Petra Hunziker.',
     [("We checked every cable twice", "Petra Hunziker", "cue-after")]),
])
def test_an_object_is_never_the_speaker(text, expected):
    assert attributions(text) == expected
