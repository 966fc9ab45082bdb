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
