"""Titles of works in lists and credits are no actors (issue 19): a list after a genre noun, the
object of a verb of making a work, titles dated in brackets, and long titles joined by "of the" /
"and the" — tables of invented sentences (every name and title below is invented), each with
the person who must still be found and negatives that must stay actors."""
import pytest

from desktop.analysis import analyze
from desktop.article import article_from_text


def actor_names(text: str) -> set[str]:
    return {a.name for a in analyze(article_from_text(text, "T")).actors}


# Articles about books, records and films (three or more nouns for works).
BOOKS = "The novel was her fourth book, and the film of the book followed. "
RECORDS = "The album was their second, and the songs and the film were hits. "
SCREEN = "The festival is the film industry's showcase, and Hollywood actors and actresses fly in for it. "


@pytest.mark.parametrize(
    "text, present, absent",
    [
        # a list whose first member stands after a genre noun: the later members too
        (RECORDS + "Producer Joss Wernick made the singles Paper Boat and Lullo for the band.", ["Joss Wernick"], ["Lullo"]),
        (RECORDS + "West produced the singles Overdrive and Mazzo for the rapper Joss Wernick.", ["Joss Wernick"], ["Mazzo"]),
        # "include" whose subject is a genre noun, in any article about works
        (BOOKS + "Her novels include Harrowgate, Kellerby and Dunsmore.", [], ["Harrowgate", "Kellerby", "Dunsmore"]),
        (BOOKS + "Critics liked novels such as Wheelhouse, Tin Drummer and Blackout, said Vera Marsh.",
         ["Vera Marsh"], ["Tin Drummer", "Blackout"]),
        # the object of a verb of writing, directing, recording (and the rest of its list)
        (SCREEN + "Ann Lee later directed Glass Canyon in the desert.", ["Ann Lee"], ["Glass Canyon"]),
        (BOOKS + "In 1990 Tom Hale wrote Pinwheel, a story of a fairground.", ["Tom Hale"], ["Pinwheel"]),
        (RECORDS + "In the spring Ola Brandt recorded Paper Moon and Silver Lane with the band.",
         ["Ola Brandt"], ["Paper Moon", "Silver Lane"]),
        # titles dated in brackets in a list
        (BOOKS + "Wheelhouse (1971), The Lenders (1975) and Blackout (1979) followed, said author Ben Corrie.",
         ["Ben Corrie"], ["Wheelhouse", "Blackout"]),
        # a long title joined by "and the" / "of the"
        (SCREEN + "The effects team behind Harry Quill and the Salt Keeper of Varnholt lost the award.",
         [], ["Harry Quill", "Varnholt", "Salt Keeper of Varnholt"]),
        # capitalised words joined by "into", "of" … straight after a genre noun
        ("His first work was the screenplay Flight into Peril, said Ben Corrie.", ["Ben Corrie"], ["Peril", "Flight into Peril"]),
        # a title before "actor"/"actress" in an article about records; the singer beside it stays
        (RECORDS + "The rapper worked with singer Kyla Boon and Pinwheel actor Rob Haller on the song.",
         ["Kyla Boon", "Rob Haller"], ["Pinwheel"]),
        # the star of a list of films; a film beaten to a prize; a film "directed by" someone
        (SCREEN + "The star of Rain Check and Tin Heart, Rob Haller, spoke on Tuesday.", ["Rob Haller"], ["Rain Check", "Tin Heart"]),
        (SCREEN + "The Lantern movie has beaten Marrowbone 2 to the main prizes.", [], ["Marrowbone"]),
        (SCREEN + "House of Painted Kites, directed by Abe Lasko, was named best foreign language film.",
         ["Abe Lasko"], ["House of Painted Kites"]),
        (SCREEN + "Moira Kenning was nominated for her lead role in Endless Summer of the Quiet Heart.",
         ["Moira Kenning"], ["Quiet Heart", "Endless Summer"]),
    ],
)
def test_titles_in_lists_and_credits_are_not_actors(text, present, absent):
    names = actor_names(text)
    for name in present:
        assert name in names, f"{name!r} not found in {sorted(names)}"
    assert not set(absent) & names, sorted(set(absent) & names)


@pytest.mark.parametrize(
    "text, present",
    [
        # a person by a given name after a verb of directing or writing stays a person
        (SCREEN + "Abe Lasko directed Nora Quist in her first film.", ["Abe Lasko", "Nora Quist"]),
        (BOOKS + "She wrote to Tom Hale about the novel.", ["Tom Hale"]),
        # a person dated in brackets stays
        (BOOKS + "Ann Lee (1931) and Tom Hale wrote the book together.", ["Ann Lee", "Tom Hale"]),
        # a long name with a body's word or a rank is no title
        (SCREEN + "Staff of the Museum of the Moving Image and the Duke of Arden attended the premiere.",
         ["Museum of the Moving Image"]),
        # a list after a genre noun whose members are people by given names
        (SCREEN + "The film stars Nora Quist and Tom Hale as rivals.", ["Nora Quist", "Tom Hale"]),
        # a person before "directed by", and the star of a person's film
        (SCREEN + "Nora Quist, directed by her mentor, won the prize.", ["Nora Quist"]),
        # a partner after "with" beside a title after a genre noun stays
        (RECORDS + "He worked on the album Drift on the Tide with Nora Quist of The Larks fame.", ["Nora Quist"]),
        # a country before "actress" stays a place
        (RECORDS + "UK actress Nora Quist sang on the song with the band.", ["United Kingdom", "Nora Quist"]),
        # two channels in a list joined by "and the" are no long title
        (SCREEN + "The coverage runs on Kestrel News, Kestrel Travel and the Heritage Channel.", ["Kestrel Travel"]),
        # a band's star in an article about records is no title's
        (RECORDS + "Onyx star Liam Vane sang on the record with Kyla Boon.", ["Liam Vane", "Kyla Boon"]),
        # a genre noun before a title and a person in a list: the person stays
        ("The comedy Lark Rise and Tom Hale won prizes. Tom Hale thanked the jury.", ["Tom Hale"]),
        # outside articles about works, a year in brackets says nothing
        ("Voters in Dunmore (1998) and Carrick (2004) chose the mayor, said Ann Lee.", ["Ann Lee"]),
    ],
)
def test_people_and_bodies_near_titles_stay(text, present):
    names = actor_names(text)
    for name in present:
        assert name in names, f"{name!r} not found in {sorted(names)}"
