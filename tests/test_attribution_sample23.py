"""Speaker attribution, the kinds a fact-check of the output on 40 unseen corpus articles (seed
2318) showed most often: a description ("the company", "the Bergen athlete") left unjoined to
the one the text is about. One table per kind, variants and cases that must stay as they are.
Every sentence here is invented."""
import pytest

from tests.test_attribution import attributions


@pytest.mark.parametrize("text, kind, expected", [
    # "the company", "the firm", "the group", "the station", "the agency" on second reference: the
    # organisation the narration is about — the subject of a main clause just before …
    ('Brightwater Foods hosted a tasting in Leeds on Monday. Its new range goes on sale in March. '
     '"We have listened to shoppers," the company said.', "direct",
     [("We have listened to shoppers,", "Brightwater Foods", "cue-after")]),
    ('Growth will slow sharply this year, Harlan Advisory said. Taxes will have to rise, the firm claims.',
     "reported", [("Growth will slow sharply this year", "Harlan Advisory", "cue-after"),
                  ("Taxes will have to rise", "Harlan Advisory", "cue-after")]),
    ('Radio Kestrel said the show would return in May. The hosts were chosen for their "deep '
     'knowledge of the music", the station said.', "direct",
     [("deep knowledge of the music", "Radio Kestrel", "cue-after")]),
    # … or the subject (or its owner) earlier in the same sentence
    ('While Tarvo Motors\' prototypes are aimed at commuters, the company says that the cars will help '
     'older drivers.', "reported", [("the cars will help older drivers", "Tarvo Motors", "cue-before")]),
    # … or the one organisation the text introduced with that very noun
    ('Publishing group Harrow Media is buying a stake in Kestrel Press. Kestrel Press prints two '
     'dailies. The group said that the deal would close in May.', "reported",
     [("the deal would close in May", "Harrow Media", "cue-before")]),
    # not an organisation only acted on in a clause inside another ("allow Orvel Air to fly") …
    ('Qantor Airways is under pressure. Regulators may allow Orvel Air to fly to Lisbon. Even so, the '
     'firm said profits would rise this year.', "reported",
     [("profits would rise this year", "Qantor Airways", "cue-before")]),
    ('Shares in Tarvik fell. Regulators may allow Orvel Air to fly to Lisbon. Even so, the firm said '
     'profits would rise this year.', "reported", [("profits would rise this year", "the firm", "cue-before")]),
    # … nor one whose chief was the subject in an earlier sentence
    ('Menlo Group\'s director Tim Ashe told reporters the deal was dead. Officials at the buyer were '
     'unavailable. But the company has said that it will appeal the ruling.', "reported",
     [("the deal was dead", "Tim Ashe", "cue-before"), ("it will appeal the ruling", "the company", "cue-before")]),
    # … nor one the company's own words name as another party
    ('Vantor Media is suing Orlek Systems for damages. In a statement the company said it: "could not go '
     'on fighting legal moves by rivals, including Vantor Media, and still trade."', "direct",
     [("could not go on fighting legal moves by rivals, including Vantor Media, and still trade.",
       "the company", "colon")]),
    # a group of people the text describes but never names stays that group
    ('Kestrel Media sponsored the fair. A group of residents wrote to the council on Monday. "We were '
     'never asked," the group said.', "direct", [("We were never asked,", "the group", "cue-after")]),
    # and nothing is guessed when no organisation is named at all
    ('The storm hit the coast on Friday. "Nobody expected this," the company said.', "direct",
     [("Nobody expected this,", "the company", "cue-after")]),
])
def test_the_company_is_the_organisation_the_text_is_about(text, kind, expected):
    assert attributions(text, kind) == expected


@pytest.mark.parametrize("text, expected", [
    # "…,” said the Bergen athlete": after its cue, a description with any noun for a person is
    # the epithet for the person just written about, even when the facts gave her an age and a
    # nationality ("The 24-year-old Norwegian"), which are no office
    ('Maria Tollan is hopeful of a medal at next month\'s championships. The 24-year-old Norwegian '
     'finished second in the 400m in Oslo. "It was a good run and I felt strong," said the Bergen '
     'athlete. The race was won by Ana Ruiz.',
     [("It was a good run and I felt strong,", "Maria Tollan", "cue-after")]),
    ('Maria Tollan is hopeful of a medal at next month\'s championships. The 24-year-old Norwegian '
     'finished second in the 400m in Oslo. "It was a good run," said the Bergen sprinter.',
     [("It was a good run,", "Maria Tollan", "cue-after")]),
    ('Tom Brack won the stage on Sunday. "My legs were gone at the end," said the Dutch cyclist.',
     [("My legs were gone at the end,", "Tom Brack", "cue-after")]),
    # someone introduced as unnamed stays unnamed
    ('A cyclist was hurt in the crash. Tom Brack won the stage. "I never saw the car," said the cyclist.',
     [("I never saw the car,", "the cyclist", "cue-after")]),
])
def test_a_description_after_its_cue_is_the_person_written_about(text, expected):
    assert attributions(text) == expected


def test_a_description_before_its_cue_needs_an_office():
    # "the writer supposes": before the cue, a noun for a person that is no office or job does
    # not reach back to the person named before (the writer of a document nobody named)
    text = ('According to the mayor, Dee Arnell, police were checking whether a letter posted online was '
            'written by the suspect. In the letter, the writer claims that "the city has been invaded".')
    assert attributions(text) == [("the city has been invaded", "the writer", "cue-before")]


@pytest.mark.parametrize("text, expected", [
    # the body's own name for itself inside what it said before ("X said the station was …") is no
    # unnamed group, and a company named three sentences back still is the one the text is about
    ('Radio Kestrel said the station was not trying to copy anyone. The hosts were chosen for their "deep '
     'knowledge of the music", the station said.', [("deep knowledge of the music", "Radio Kestrel", "cue-after")]),
    ('Brightwater Foods hosted a panel about its new snacks. The company\'s new tin glows in the dark. Earlier '
     'models only made sounds.\n\nAsked about waste, the company noted that its boxes were "now made of card".',
     [("now made of card", "Brightwater Foods", "cue-before")]),
    # of several organisations that are subjects just before, the one the article is about (named most)
    ('Brightwater Foods will close its Leeds office. Brightwater Foods staff were told on Monday. '
     'Brightwater Foods has two head offices. Rival Norlen Bank also cut its offices last year.\n\nThe '
     'company said that the move would save money.', [("the move would save money", "Brightwater Foods", "cue-before")]),
    # … but one named only a little more often than the nearest does not outweigh it
    ('Brightwater Foods will close its Leeds office. Brightwater Foods has two head offices. Rival Norlen '
     'Bank also cut its offices last year.\n\nThe company said that the move would save money.',
     [("the move would save money", "Norlen Bank", "cue-before")]),
])
def test_the_company_further_back(text, expected):
    kind = "reported" if expected[0][0].startswith("the move") else "direct"
    assert attributions(text, kind) == expected


@pytest.mark.parametrize("text, kind, expected", [
    # "X quoted Y as saying …": the words are Y's; X only reports them
    ('The Harbour Herald quoted Tim Marlow, formerly a deputy at the port, as saying "the port has a key '
     'role in the response".', "direct", [("the port has a key role in the response", "Tim Marlow", "cue-before")]),
    ('The Kestrel Times quoted Ada Lee as saying that the plan was "dead".', "reported",
     [('the plan was "dead"', "Ada Lee", "cue-before")]),
    ('The paper quoted him as saying "nobody warned us".', "direct", [("nobody warned us", "him", "pronoun")]),
    # the one quoted speaks in the passive too, and a paper saying something itself keeps its words
    ('Ada Lee was quoted as saying "the plan is dead".', "direct", [("the plan is dead", "Ada Lee", "cue-before")]),
    ('The Kestrel Times said that the plan was "dead".', "direct", [("dead", "Kestrel Times", "cue-before")]),
])
def test_quoted_as_saying_is_the_one_quoted(text, kind, expected):
    assert attributions(text, kind) == expected


@pytest.mark.parametrize("text, expected", [
    # "…, dubbing Mr Bell 'Sir Spendalot'": the one named is spoken about, not a speaker after an
    # inverted cue, so "the shadow chancellor" next is the one who spoke of him
    ('Gordon Bell is to freeze fuel duty. The chancellor also praised a steady run of rising output. But Owen '
     'Lattimer, for the Tories, attacked government debt, dubbing Mr Bell "Sir Spendalot". The shadow '
     'chancellor said the plan had "turned to dust".', "Owen Lattimer"),
    ('Gordon Bell is to freeze fuel duty. But Owen Lattimer attacked the plan, calling Mr Bell "reckless". '
     'The shadow chancellor said the plan had "turned to dust".', "Owen Lattimer"),
    # a name after a speech cue is still that cue's speaker
    ('"The plan is dead," said Owen Lattimer. The shadow chancellor later added that it had "turned to dust".',
     "Owen Lattimer"),
])
def test_someone_named_by_a_naming_verb_is_not_a_speaker(text, expected):
    assert attributions(text)[-1][:2] == ("turned to dust", expected)


@pytest.mark.parametrize("text, expected", [
    # "the brewer" after "Australian brewer Fosca": the one organisation the text introduced with
    # that noun, whatever the noun
    ('Australian brewer Fosca has bought a stake in winemaker Southvale. The deal startled investors, as '
     'the brewer had said in March that it had no plans to grow.',
     [("it had no plans to grow", "Fosca", "cue-before")]),
    ('Shares in retailer Marlow Stores fell on Monday. Staff were told on Friday. The retailer said '
     'that the shops had lost money for years.', [("the shops had lost money for years", "Marlow Stores", "cue-before")]),
    # never introduced so: the noun stays as written
    ('Fosca has bought a stake in Southvale. The brewer said that it had no plans to grow.',
     [("it had no plans to grow", "The brewer", "cue-before")]),
])
def test_the_trade_noun_that_introduced_a_body(text, expected):
    assert attributions(text, "reported") == expected
