"""Actors from a new-user test (issue 19, round 2): an office written before a name, an office
whose remit is a list, and sums written with a currency code. Each kind is a table of invented
sentences → which names Byline must list, with which type, and which it must not."""
import pytest

from tests.test_actor_kinds_unseen import check, check_typed


@pytest.mark.parametrize(
    "text, typed, absent",
    [
        # a capitalised office before a full name is no part of it, and does not lose the person
        ('Police Chief Ana Ruiz told reporters that "nobody was hurt".', {"Ana Ruiz": "person"},
         ["Chief Ana Ruiz", "Police Chief Ana Ruiz"]),
        ("Police Chief Ana Ruiz said nobody was hurt.", {"Ana Ruiz": "person"}, ["Chief Ana Ruiz"]),
        ('Fire Chief Tom Baxter told reporters that "the fire is out".', {"Tom Baxter": "person"},
         ["Chief Tom Baxter"]),
        ('Deputy Police Chief Maria Olsen told reporters that "the road is open".', {"Maria Olsen": "person"},
         ["Chief Maria Olsen"]),
        ('Chief Executive Paul Grant told staff that "profits are up".', {"Paul Grant": "person"},
         ["Executive Paul Grant"]),
        ("Chief Inspector Helen Ward said an inquiry had begun.", {"Helen Ward": "person"}, ["Inspector Helen Ward"]),
        # an office whose remit is a list: its last word opens no name, its words are no person
        ("Minister for Children, Young People and Families Ruth Penrose said the plan was fair.",
         {"Ruth Penrose": "person"}, ["Families Ruth Penrose", "Young People"]),
        ("Minister for Rivers, Roads and Rail Tom Baxter opened the bridge on Friday.",
         {"Tom Baxter": "person"}, ["Rail Tom Baxter"]),
        ("The Minister for Arts, Heritage and Sport Dena Olsen said the plan was fair.",
         {"Dena Olsen": "person"}, ["Sport Dena Olsen", "Heritage"]),
        # … but a name set off after the office by commas is the person's
        ("The Minister for Inland Waterways, Ruth Penrose, spoke first.", {"Ruth Penrose": "person"}, []),
        # … and a name after "and" in a plain list keeps its given name
        ("Talks between Tom Baxter and Imran Khan ended on Friday.", {"Imran Khan": "person", "Tom Baxter": "person"},
         ["Khan"]),
        ("The Department for Culture, Media and Sport said the plan was fair.",
         {"Department for Culture, Media and Sport": "organisation"}, ["Media", "Sport"]),
    ],
)
def test_an_office_before_a_name(text, typed, absent):
    check_typed(text, typed, absent)


@pytest.mark.parametrize(
    "text, typed, absent",
    [
        # a currency code next to an amount is money, never an actor
        ("Pablo Ortega, 54, said he had paid EUR 3,000 in fines.", {"Pablo Ortega": "person"},
         ["EUR 3,000", "EUR"]),
        ("The fine was CHF 12,500, the court said.", {}, ["CHF", "CHF 12,500"]),
        ("She was paid 4,500 NOK a month by the shipyard.", {}, ["NOK", "4,500 NOK"]),
        ("The deal was worth USD 2.5m to the Tarn Mining Company.", {"Tarn Mining Company": "organisation"},
         ["USD", "USD 2.5m"]),
        # … but a channel named with a short figure is no sum
        ("The show airs on ITV 2 next week.", {"ITV 2": "organisation"}, []),
    ],
)
def test_a_sum_in_a_currency_code_is_no_actor(text, typed, absent):
    check_typed(text, typed, absent)


@pytest.mark.parametrize(
    "text, typed, absent",
    [
        # one word the model calls a person, no given name and no person of that surname in the
        # article: "which" after it is for a thing or a body ...
        ("The phone maker lost a suit brought by Ardenne which claimed that its screens broke a patent.",
         {"Ardenne": "organisation"}, []),
        ("The shop lost a case brought by Ardenne which said its logo had been copied.",
         {"Ardenne": "organisation"}, []),
        # ... and no one is "in" a person: a place
        ("Omar Haddad runs a café in Málaga, and he said trade was poor.",
         {"Málaga": "place", "Omar Haddad": "person"}, []),
        # … but a trust one has "in" someone keeps the person
        ("Players still have confidence in Moravec after the loss.", {"Moravec": "person"}, []),
    ],
)
def test_a_single_word_the_model_calls_a_person(text, typed, absent):
    check_typed(text, typed, absent)


@pytest.mark.parametrize(
    "text, typed, absent",
    [
        # a name the model calls a person after German "vom"/"zum", or after "the", with no given
        # name, is a body
        ("„Das ist gut“, sagte Jonas Keller vom Deutschen Hafenbund.",
         {"Deutschen Hafenbund": "organisation", "Jonas Keller": "person"}, []),
        ('"It is fair," said Jonas Keller of the Deutschen Hafenbund.',
         {"Deutschen Hafenbund": "organisation", "Jonas Keller": "person"}, []),
        # … but not a person named with a given name, nor one the name only describes
        ("„Wir sind zufrieden“, sagte Anna Weber vom Bremer Fischereiverband.",
         {"Anna Weber": "person", "Bremer Fischereiverband": "organisation"}, []),
    ],
)
def test_a_body_the_model_calls_a_person(text, typed, absent):
    check_typed(text, typed, absent)


@pytest.mark.parametrize(
    "text, present, absent",
    [
        # a name before "browser" names the program, no actor
        ("Much of it runs on the hugely popular Vantoro browser, made by volunteers.", [], ["Vantoro"]),
        ("Users of the Quillfox browser were told to update at once.", [], ["Quillfox"]),
        # … but the firm that says something about its browser stays
        ("Ana Ruiz of Vantoro Software said its browser was safe.", ["Ana Ruiz", "Vantoro Software"], []),
    ],
)
def test_a_browser_is_no_actor(text, present, absent):
    check(text, present, absent)
