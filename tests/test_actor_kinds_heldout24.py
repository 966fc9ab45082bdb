"""Kinds seen on heldout24 (2026-12-02): a stage name and the real name the text gives, a short
form that leaves out a nationality and a middle word, a firm by its founder's surname, a province
by its town's name, a campus named after "at", a place opening an event's name. Every sentence
and name here is invented."""
import pytest

from desktop.analysis import analyze
from desktop.article import article_from_text


def forms(text: str) -> list[set[str]]:
    """Each actor's name and aliases."""
    return [{a.name, *a.aliases} for a in analyze(article_from_text(text, "T")).actors]


def actors(text: str) -> dict[str, str]:
    return {a.name: a.type for a in analyze(article_from_text(text, "T")).actors}


@pytest.mark.parametrize(
    "text, together",
    [
        # a stage name and the real name written after "real name", "whose real name is", "born"
        ("The suit names the rapper Lil Corvo - real name Dario Menton - and two aides.", {"Lil Corvo", "Dario Menton"}),
        ("The singer Kira Vell, whose real name is Anna Posk, left the label.", {"Kira Vell", "Anna Posk"}),
        ("The DJ Mo Tarrant (real name Simon Pike) played until dawn.", {"Mo Tarrant", "Simon Pike"}),
        ("The wrestler Big Stanko, born Ivo Petrak, retired on Friday.", {"Big Stanko", "Ivo Petrak"}),
        # a body's short form leaves out the nationality before it and a middle word
        ("A member of the Iranian Guardian Oversight Council died. He had joined the Guardian Council in 2010.",
         {"Iranian Guardian Oversight Council", "Guardian Council"}),
        # a firm named after its founder in full goes by the surname
        ("The suit names The Henry Marlow Company and its agents. A lawyer for Marlow said it would fight.",
         {"Henry Marlow Company", "Marlow"}),
        # a province by its town's name
        ("He represented Hamedan Province in parliament. Crowds in Hamedan mourned him on Monday.",
         {"Hamedan Province", "Hamedan"}),
    ],
)
def test_two_names_of_one_actor_join(text, together):
    assert any(together <= names for names in forms(text)), forms(text)


@pytest.mark.parametrize(
    "text, apart",
    [
        # "real name" about something else, or far from any person, joins nobody
        ("Ann Lee said the real name of the group was secret. Tom Hart agreed.", ("Ann Lee", "Tom Hart")),
        ("Ann Lee met Tom Hart, whose real name nobody knew.", ("Ann Lee", "Tom Hart")),
        # two firms share the surname: the bare surname is neither
        ("The Henry Marlow Company and the Edith Marlow Company both sued. Marlow lawyers said so.",
         ("Henry Marlow Company", "Edith Marlow Company")),
    ],
)
def test_other_names_stay_apart(text, apart):
    assert not any(set(apart) <= names for names in forms(text)), forms(text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Researchers from the University of Tarsk at Lindow reported a new result.", "University of Tarsk at Lindow"),
        ("A team at the State University of New York at Albany said so.", "State University of New York at Albany"),
    ],
)
def test_a_campus_after_at_is_part_of_the_name(text, name):
    found = actors(text)
    assert found.get(name) == "organisation", found


def test_a_town_after_at_a_bank_stays_a_town():
    found = actors("She spoke to the Bank of Spain at Madrid on Monday.")
    assert found.get("Bank of Spain") == "organisation" and found.get("Madrid") == "place", found


@pytest.mark.parametrize(
    "text, not_an_actor",
    [
        ("She won the US Open in 2004 and the French Open later.", "United States"),
        ("He won the US Open title and the French Open.", "United States"),
        ("The UK Championship final drew a crowd of ten thousand.", "United Kingdom"),
    ],
)
def test_a_place_opening_an_event_name_is_no_actor(text, not_an_actor):
    assert not_an_actor not in actors(text)


def test_a_country_beside_an_event_elsewhere_is_still_one():
    assert "United States" in actors("The US said the final would go ahead. She won the US Open.")
