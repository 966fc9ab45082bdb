"""Actor precision on unseen news (issue 19, fifth round): kinds of false actors read off
heldout15 and unannotated corpus articles, each a table of invented sentences → which names
Byline must and must not list as actors."""
import pytest

from desktop.analysis import analyze
from desktop.article import article_from_text


def actors_of(text: str) -> dict[str, str]:
    return {a.name: a.type for a in analyze(article_from_text(text, "T")).actors}


def check(text: str, present: list[str], absent: list[str]) -> dict[str, str]:
    found = actors_of(text)
    for name in present:
        assert name in found, f"{name!r} not found in {sorted(found)}"
    assert not set(absent) & set(found), sorted(set(absent) & set(found))
    return found


def check_typed(text: str, typed: dict[str, str], absent: list[str]) -> None:
    found = actors_of(text)
    for name, kind in typed.items():
        assert found.get(name) == kind, f"{name!r}: {found.get(name)!r}, expected {kind!r} in {found}"
    assert not set(absent) & set(found), sorted(set(absent) & set(found))


@pytest.mark.parametrize(
    "text, present, absent",
    [
        # a sentence's opening adverb or job is no part of the name after it
        ("Nevertheless Ola Brandt and Kit Marle were the only pair to win twice.", ["Ola Brandt", "Kit Marle"],
         ["Nevertheless Ola Brandt"]),
        ("Meanwhile Odile Marchand said the vote was lost.", ["Odile Marchand"], ["Meanwhile Odile Marchand"]),
        ("Organiser Brass Lantern Events said more acts would follow.", ["Brass Lantern Events"],
         ["Organiser Brass Lantern Events"]),
        ("Cinematographer Ivo Stamm, who shot the film, was praised.", ["Ivo Stamm"], ["Cinematographer Ivo Stamm"]),
        # a job title and a full name tagged as one body
        ("The offer was accepted, according to Presidential Spokesperson Harry Quell.", ["Harry Quell"],
         ["Presidential Spokesperson Harry Quell"]),
        # a name heading a noun phrase opened by "a"/"an": a kind, a copy or a product
        ("Police said the suspect was driving a red Vauxhall Corsa when Ivo Stamm saw him.", ["Ivo Stamm"],
         ["Vauxhall Corsa"]),
        # … but not a person named in full, a known body, a maker before a model number, or a party
        ("The match turned on a Rob Haller try in the last minute.", ["Rob Haller"], []),
        ("Trade grew within an enlarged European Union, said Ana Ruiz.", ["European Union", "Ana Ruiz"], []),
        ("The plane was a Boeing 737, officials told Ola Berg.", ["Boeing"], []),
        # units, technical formats and the pronoun "I" with any apostrophe
        ("Speeds reach 384 Kbps on the old network, said Tom Vale.", ["Tom Vale"], ["Kbps"]),
        ("The clinic bought an MRI scanner and sold its VHS tapes, Ana Ruiz said.", ["Ana Ruiz"], ["MRI", "VHS"]),
        ("The station runs 18 FM and five AM transmitters, said Ola Berg.", ["Ola Berg"], ["FM", "AM"]),
        ("“I‘m beyond grateful to him,” wrote Dara Quill.", ["Dara Quill"], ["I‘m"]),
        # currencies, a gerund opening a sentence, a numbered law
        ("Odile Marchand earned 5.4m Euros last year.", ["Odile Marchand"], ["Euros"]),
        ("Registering names is easy, said Ivo Stamm.", ["Ivo Stamm"], ["Registering"]),
        ("Republic Act No. 4412 bars unlicensed stations, said Ana Ruiz.", ["Ana Ruiz"], ["Republic Act No", "Republic Act"]),
        # a seat and a job are no person
        ("Tessa Brae, the Dunmore West MP, was also hit.", ["Tessa Brae"], ["West MP", "Dunmore West MP", "MP"]),
    ],
)
def test_words_around_a_name_that_are_no_actor(text, present, absent):
    check(text, present, absent)


SCREEN = "The festival is the film industry's showcase, and Hollywood actors and actresses fly in for it. "


@pytest.mark.parametrize(
    "text, present, absent",
    [
        # examples after a genre noun and "such as", "like", "including"
        (SCREEN + "It has seen blockbusters such as Tin Heart, Copper Baby and Glass Villa, said Ola Berg.",
         ["Ola Berg"], ["Tin Heart", "Copper Baby", "Glass Villa"]),
        ("Their other hits including Street Lamp and Quiet River sold well, said Kit Marle.", ["Kit Marle"],
         ["Street Lamp", "Quiet River"]),
        # the one-name part an actress plays
        (SCREEN + "The actress Dora Pike, who played Nell in the sitcom, was praised.", ["Dora Pike"], ["Nell"]),
        # laws and rules
        ("Fare dodgers face fines under the Tarn Ferry Conditions of Carriage, said Ana Ruiz. The Harbour Taxi "
         "Service Regulations for Minibuses apply too.", ["Ana Ruiz"],
         ["Tarn Ferry Conditions of Carriage", "Harbour Taxi Service Regulations for Minibuses"]),
        ("The Airwaves Licensing Law bars unlicensed stations, said Ivo Stamm.", ["Ivo Stamm"], ["Airwaves Licensing Law"]),
        ("The Law Lords ruled on Tuesday, said Ivo Stamm.", ["Law Lords"], []),
    ],
)
def test_works_characters_and_laws_are_no_actors(text, present, absent):
    check(text, present, absent)


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # a body's three-word name is no person's
        ("He joined the Indian National Congress (INC) in 1969. For the Congress, he was the helmsman.",
         {"Indian National Congress": "organisation"}, ["National Congress"]),
        # an office's place, then the holder's name
        ('Prime Minister of India Ravi Anand wrote, "We grieve."', {"Ravi Anand": "person", "India": "place"},
         ["India Ravi Anand"]),
        # a club and its player joined by a possessive
        ("Roma's Olivier Dacourt scored twice.", {"Roma": "organisation", "Olivier Dacourt": "person"},
         ["Roma's Olivier Dacourt"]),
        ("The People's Vote march reached the square, said Ana Ruiz.", {"People's Vote": "organisation"}, ["Vote"]),
        # a team or a band named in the plural is no person; a venue is a place
        ("Ana Ruiz said the Blues lost again at the Kestrel Arena.", {"Blues": "organisation", "Kestrel Arena": "place"},
         []),
        # initials and hyphenated short forms belong to the company's name
        ("Among the accused were Altria Group, RJ Quellin Tobacco and Lorillard Tobacco.",
         {"RJ Quellin Tobacco": "organisation"}, ["RJ"]),
        ("Following the expiry of broadcaster ABS-CBN's franchise, ABS-CBN chief Carlo Katigbak spoke.",
         {"ABS-CBN": "organisation"}, ["CBN", "ABS"]),
        # a party's name holds its country; "EU Commission" is the European Commission
        ("The UK Independence Party member was hit by a protester.", {"UK Independence Party": "organisation"},
         ["Independence Party"]),
    ],
)
def test_names_split_joined_and_typed(text, expected, absent):
    found = check(text, list(expected), absent)
    for name, kind in expected.items():
        assert found[name] == kind, (name, found[name])


def test_a_short_form_of_european_joins_the_full_name():
    actors = analyze(article_from_text("The European Commission met. EU Commission president Ana Ruiz spoke.", "T")).actors
    commission = [a for a in actors if a.name == "European Commission"]
    assert commission and "EU Commission" in commission[0].aliases


@pytest.mark.parametrize(
    "text, present, absent",
    [
        # a technique's short form spelled out in brackets after it is no body
        ("Operators met on HSDPA (High Speed Downlink Packet Access), a faster standard. HSDPA will matter, "
         "said Tom Vale.", ["Tom Vale"], ["HSDPA", "High Speed Downlink Packet Access"]),
        # … but a body's is
        ("The WHO (World Health Organization) said so, Ana Ruiz reported.", ["World Health Organization"], []),
        # a numbered law that is the subject of a sentence
        ('Republic Act No. 4412, also known as the "Signal Law", states that stations need a licence.',
         [], ["Republic Act No", "Signal Law"]),
        # a title and a full name after "the"
        ("The plan was welcomed in a note issued by the Presidential Spokesperson Harry Quell.",
         ["Harry Quell"], ["Presidential Spokesperson Harry Quell"]),
        # a product after "a" and an adjective, before an adverb
        ("The suspect had been driving a red Vauxhall Corsa earlier, Ivo Stamm said.", ["Ivo Stamm"],
         ["Vauxhall Corsa"]),
        # territories the model often misses
        ("Gibraltar said it would not follow, and Zanzibar agreed, Ana Ruiz reported.", ["Gibraltar", "Zanzibar"], []),
    ],
)
def test_terms_laws_titles_and_territories(text, present, absent):
    check(text, present, absent)


@pytest.mark.parametrize(
    "text, name, alias",
    [
        # a short form that keeps a short form inside it whole
        ("The UK Independence Party member was hit. He later left UKIP.", "UK Independence Party", "UKIP"),
        # the name after a company's initials
        ("Among the accused were Altria Group, RJ Quellin Tobacco and Lorillard Tobacco. The ruling sent Quellin "
         "shares up.", "RJ Quellin Tobacco", "Quellin"),
    ],
)
def test_short_forms_join_the_full_name(text, name, alias):
    actors = {a.name: a for a in analyze(article_from_text(text, "T")).actors}
    assert name in actors and alias in actors[name].aliases, sorted(actors)
