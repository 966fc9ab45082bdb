"""Actors on unseen news (issue 19, eighth round): people the model typed as bodies, and bodies it
typed as places, found by fact-checking the output on a random sample of unseen corpus articles.
Each kind is a table of invented sentences → which names Byline must list, with which type, and
which it must not."""
import pytest

from desktop.analysis.actors.kinds import after_a_job
from desktop.analysis.model import load_pipeline
from tests.test_actor_kinds_unseen import actors_of, check, check_typed
from tests.test_actor_kinds_unseen2 import check_joined


@pytest.mark.parametrize(
    "text, typed, absent",
    [
        # a nationality as a noun for one person is no part of the name after it
        ("Third seed Ola Brandt lost to Frenchman Lucien Mareaux 6-4 6-3 on Tuesday.",
         {"Lucien Mareaux": "person"}, ["Frenchman Lucien Mareaux"]),
        ("Third seed Ola Brandt beat Frenchman Gaspard Lenoir 7-6 6-3 in the first match.",
         {"Gaspard Lenoir": "person"}, ["Frenchman Gaspard", "Lenoir"]),
        ("Irishmen KJ Dolan and Fergal Moyne hold a large stake in the club.",
         {"KJ Dolan": "person"}, ["Irishmen KJ Dolan"]),
        ("Swede Anders Lindqvarn won the final stage on Sunday.", {"Anders Lindqvarn": "person"},
         ["Swede Anders Lindqvarn"]),
        # … but a nationality adjective before a body's name stays in it, and a noun that also
        # names firms ("retailer") makes no person of the firm after it
        ("The German Rowing Federation said the race would go ahead.", {"German Rowing Federation": "organisation"},
         []),
        ("Shares in retailer Kestrel Holdings rose 5% after the results.", {"Kestrel Holdings": "organisation"}, []),
    ],
)
def test_a_person_after_a_noun_for_a_person(text, typed, absent):
    check_typed(text, typed, absent)


@pytest.mark.parametrize(
    "text, name, expected",
    [
        # a full name after a noun whose first WordNet sense is a person, a particle inside allowed
        ("The champion was due to face qualifier Remi de Vaux in the second round.", "Remi de Vaux", True),
        ("The bid came from tycoon Marlon Treece last week.", "Marlon Treece", True),
        ("It was written by playwright Osric Delane in 1990.", "Osric Delane", True),
        # after a nationality as a noun for one person
        ("Swede Anders Lindqvarn won the final stage on Sunday.", "Anders Lindqvarn", True),
        # … not after a noun that also names firms, nor a name with a particle at its edge
        ("The loan came from lender Abbey Grange last week.", "Abbey Grange", False),
        ("Shares in retailer Marlow Brothers rose on Monday.", "Marlow Brothers", False),
        ("The case went to qualifier Remi de in the end.", "Remi de", False),
        # … nor after a nationality adjective, which also opens bodies' names
        ("The German Rowing Federation said so.", "Rowing Federation", False),
    ],
)
def test_after_a_job(text, name, expected):
    doc = load_pipeline()(text)
    start = next(t.i for t in doc if doc[t.i:t.i + len(name.split())].text == name)
    assert after_a_job(doc, start, start + len(name.split())) is expected


@pytest.mark.parametrize(
    "text, together, apart",
    [
        # a full name the model called a body, then "Mr"/"Ms" and its last word: one person
        ("Speaking at a Volvo event ahead of the Paris motor show, Hanno Brecht predicted demand would soar. "
         "Mr Brecht said it was clear.",
         ["Hanno Brecht", "Brecht"], []),
        ("Speaking at a Fiat event ahead of the Turin motor show, Ulrike Pfandl predicted sales would fall. "
         "Ms Pfandl said costs had doubled.",
         ["Ulrike Pfandl", "Pfandl"], []),
        # a hyphenated first name
        ("Speaking at a Volvo event ahead of the Paris motor show, Hanne-Lore Brecht predicted demand would soar. "
         "Mrs Brecht said it was clear.", ["Hanne-Lore Brecht", "Brecht"], []),
    ],
)
def test_a_full_name_addressed_as_mr_or_ms_is_a_person(text, together, apart):
    check_joined(text, together, apart)
    assert actors_of(text)[together[0]] == "person"


@pytest.mark.parametrize(
    "text, typed",
    [
        # … but not a firm whose name holds a company word, though "Mr" and its first word appear
        ("Mr Brecht said Brecht Holdings would cut 200 jobs in Lyon.", {"Brecht Holdings": "organisation"}),
        ("The Kestrel-Harbour Group rose. Mr Group said so.", {"Kestrel-Harbour Group": "organisation"}),
    ],
)
def test_an_addressed_surname_leaves_firms_alone(text, typed):
    check_typed(text, typed, [])


@pytest.mark.parametrize(
    "text, typed, absent",
    [
        # a name ending in a word for a body, or in a court of some rank, is that body
        ("Lawyers said Santa Rosa County Superior Court is due to hear the request on Monday.",
         {"Santa Rosa County Superior Court": "organisation"}, []),
        ("A decision by Kestrel County Council is expected on Friday, Ola Berg said.",
         {"Kestrel County Council": "organisation"}, []),
        # a body named after a noun for a band or a group and a lower-case "the"
        ("Scottish acts made the list, including 1970s boy band the Merrow Lads.", {"Merrow Lads": "organisation"},
         []),
        ("Fans of rock group the Kestrel Nine were pleased.", {"Kestrel Nine": "organisation"}, []),
        # … but "the band the …" after a verb of giving is two objects, and a district named by a
        # court stays a place
        ("The show gave the band the Lantern Award last year.", {}, ["Lantern Award"]),
        ("She met fans at Earl's Court on Friday.", {"Earl's Court": "place"}, []),
    ],
)
def test_bodies_the_model_called_places(text, typed, absent):
    check_typed(text, typed, absent)


def test_a_place_opening_a_body_name_stays_the_place():
    # the county a court is named after is a place of its own, not a short name of the court
    text = ("Lawyers said Santa Rosa County Superior Court is due to hear the request on Monday. "
            "The trial will cost Santa Rosa county up to $4m. The Superior Court said so.")
    check_joined(text, ["Santa Rosa County Superior Court", "Superior Court"],
                 ["Santa Rosa County Superior Court", "Santa Rosa"])
    assert actors_of(text)["Santa Rosa"] == "place"


@pytest.mark.parametrize(
    "text, present, absent",
    [
        # in an article about the screen, what a premiere, a screening or a sequel is of is a work
        ("Hollywood star Ann Lee was in London for the UK premiere of Lantern Express. Lantern Express is based "
         "on a children's book, and the film's director Tom Hale said the actor was superb.",
         ["Ann Lee", "Tom Hale"], ["Lantern Express"]),
        ("The film star and actor Ann Lee attended a screening of Glass Canyon, where Tom Hale, the movie's "
         "director, spoke.", ["Ann Lee", "Tom Hale"], ["Glass Canyon"]),
        ("The actress Ann Lee said the movie was a sequel to Paper Harbour, the film that made Tom Hale a star.",
         ["Ann Lee", "Tom Hale"], ["Paper Harbour"]),
        # … but the owner of a film whose premiere it is stays a person
        ("The film's director Tom Hale went to the premiere of Ann Lee's new film, an actress said.",
         ["Ann Lee", "Tom Hale"], []),
    ],
)
def test_what_a_premiere_is_of_is_a_work(text, present, absent):
    check(text, present, absent)
