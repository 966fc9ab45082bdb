"""Issue 19, a fifth unseen sample (2026-12-02, 25 BBC and 5 Wikinews articles read like a
fact-checker): towns the model calls people or bodies but the sentence speaks of as places; a
union's name glued to its leader's; a firm's plural last word after a job; a job's short form,
an interview's speaker label and a storage unit taken as bodies. Every sentence and name here is
invented."""
import pytest

from desktop.analysis import analyze
from desktop.article import article_from_text


def actors(text: str) -> dict[str, str]:
    return {a.name: a.type for a in analyze(article_from_text(text, "T")).actors}


@pytest.mark.parametrize(
    "text, name, kind",
    [
        # a direction and "of"
        ("The quake struck nine kilometres east of Bantaral, 70 km north of Velasco City.", "Bantaral", "place"),
        # one end of a journey whose other end is a place, in every mention of the name
        ("The bus was travelling from Marabo to Havana when it overturned.", "Marabo", "place"),
        ("The crash happened between Marabo and Holguin. The bus was travelling from Marabo to Havana.",
         "Marabo", "place"),
        # a comma and a country
        ("An earthquake struck Tarlo Verde, Philippines, injuring ten people.", "Tarlo Verde", "place"),
        ("An earthquake struck Kalinda del Sur, Philippines, injuring ten people.", "Kalinda del Sur", "place"),
        # a list that is mostly places, with the places found by the rules above
        ("The damaged towns were Bantaral, Quinto, Madrid, Lumares and Ortegas.", "Ortegas", "place"),
        ("The towns hit were Carravel, Quinto, Madrid, Carmen, Lumaza, and Ortegas. The quake struck east of "
         "Carravel.", "Ortegas", "place"),
        # negatives: people by a given name, and a firm before its country's possessive
        ("The letter from Tessa Brae to Ann Lee was read in Havana.", "Tessa Brae", "person"),
        ("The ministers of Spain, France, Italy and Tessa Brae met.", "Tessa Brae", "person"),
        ("The firm Quillnet, Britain's biggest, cut jobs.", "Quillnet", "organisation"),
    ],
)
def test_places_by_the_grammar_of_geography(text, name, kind):
    found = actors(text)
    assert found.get(name) == kind, found


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        ("But general secretary of the teachers' union Kestrava Dave Pellow criticised the plans.",
         {"Kestrava": "organisation", "Dave Pellow": "person"}, ["Kestrava Dave Pellow"]),
        ("The head of the rail union Trellis Mark Hanlon said staff would strike.",
         {"Trellis": "organisation", "Mark Hanlon": "person"}, ["Trellis Mark Hanlon"]),
        ("The retailer Quillmart Susan Grey said sales fell.",
         {"Quillmart": "organisation", "Susan Grey": "person"}, ["Quillmart Susan Grey"]),
        # negatives: a band's name, a full name after a job
        ("The band Kestrel Nine played a new song.", {"Kestrel Nine": "organisation"}, ["Kestrel"]),
        ("The firm's founder Tom Hale Brown spoke.", {"Tom Hale Brown": "person"}, ["Tom"]),
    ],
)
def test_a_body_glued_to_the_person_after_it(text, expected, absent):
    found = actors(text)
    for name, kind in expected.items():
        assert found.get(name) == kind, found
    for name in absent:
        assert name not in found, found


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ('"Demand is strong," said Tom Hale, an analyst at fund manager Kestrel Asset Advisors.',
         "Kestrel Asset Advisors", "organisation"),
        ("Shares were bought by asset manager Halvard Capital Investors.", "Halvard Capital Investors", "organisation"),
        # negative: a person's name after a job stays a person
        ("Shares were bought by fund manager Tessa Brae.", "Tessa Brae", "person"),
    ],
)
def test_a_firms_plural_last_word_after_a_job(text, name, kind):
    found = actors(text)
    assert found.get(name) == kind, found


@pytest.mark.parametrize(
    "text, absent, present",
    [
        # a job's short form
        ("Ann Lee, the Regional Ferry Manager (RFM) for the north, met staff. The RFM said fares would rise.",
         ["RFM"], ["Ann Lee"]),
        # an interview's speaker labels in double brackets, with no colon
        ("Thank you for your time.\n\n((WN)) How rare is it?\n\n((Ann Lee)) It is rare.\n\n((AN)) There is none "
         "at the UN.", ["WN", "AN"], ["Ann Lee", "United Nations"]),
        # a unit straight after a number
        ("The discs hold up to 1.8GB of data, Quillnet said.", ["GB"], ["Quillnet"]),
        # negatives: a body's short form, initials with no number before them
        ("The Marine Safety Board (MSB) said the MSB would act.", [], ["Marine Safety Board"]),
        ("The European Court of Justice (ECJ) ruled. The ECJ said so.", [], ["European Court of Justice"]),
        ("Team GB won gold at the games.", [], ["Team GB"]),
    ],
)
def test_labels_jobs_and_units_are_no_bodies(text, absent, present):
    found = actors(text)
    for name in absent:
        assert name not in found, found
    for name in present:
        assert name in found, found


@pytest.mark.parametrize(
    "text, absent, present",
    [
        # a possessive before a noun for a thing makes the name its maker or owner, an actor
        ("The network refused to air Harold Venning's film Quiet Harbour Road in full.", [], ["Harold Venning"]),
        ("Lena Marsh's album Paper Lanterns went to number one.", [], ["Lena Marsh"]),
        ("Quillnet's app was downloaded a million times.", [], ["Quillnet"]),
        # negatives: a name straight before the noun is the thing, and so is a quoted title
        ("The Kepler telescope found a planet.", ["Kepler"], []),
        ("We worked together on the 'Harbour on the Run' album in his studio, said Tom Hale.", ["Run"],
         ["Tom Hale"]),
    ],
)
def test_a_possessive_before_a_thing_is_its_owner(text, absent, present):
    found = actors(text)
    for name in absent:
        assert name not in found, found
    for name in present:
        assert name in found, found


@pytest.mark.parametrize(
    "text, absent, present",
    [
        # in an article about films, a title with a subtitle needs no genre noun, and a list shares it
        ("The film will join older titles such as Harbour Lights and Kane: Last Stand on disc. The movie "
         "studio said its films and the actress were popular. The film star Ann Lee agreed.",
         ["Kane", "Harbour Lights"], ["Ann Lee"]),
        ("Fans of the film queued for Dark Orchard: Nightfall at midnight. The movie and its actress were "
         "praised, the director said.", ["Dark Orchard"], []),
        # negatives: a sentence after the colon, and a colon in an article about something else
        ("The film critic told the Gazette: Tessa Brae was the best actress in the film. The movie was a "
         "hit, the director said.", [], ["Tessa Brae"]),
        ("The minister had one message for Dunmore: Tessa Brae would stay as mayor.", [], ["Tessa Brae"]),
    ],
)
def test_a_title_and_its_subtitle_in_an_article_about_works(text, absent, present):
    found = actors(text)
    for name in absent:
        assert name not in found, found
    for name in present:
        assert name in found, found


SIDE = ("Harlow scored twice as the visitors won.\n\n"
        "Pellew; Marsh, Tarrant-Vane, Quillon, Bracewell; Fenwick, Gorrie; Ashdown, Lusk, Wardle; Gresham, "
        "Hallam; Mabey, Harcourt, Dowsett.\n\nReplacements: Peverell, Wilmot, Thorne, Parrish, Sitwell, Carrow, Shawcross.")


@pytest.mark.parametrize("name", ["Pellew", "Quillon", "Gorrie", "Lusk", "Wardle", "Bracewell", "Hallam", "Harcourt",
                                  "Marsh", "Tarrant-Vane", "Dowsett"])
def test_a_side_listed_line_by_line_with_semicolons(name):
    # a side's lines (full-back; three-quarters; half-backs; …) joined by semicolons list players
    assert actors(SIDE).get(name) == "person"


def test_a_list_of_towns_with_semicolons_is_no_side():
    found = actors("The route runs through Leeds; York, Hull, Bath; Derby, Luton and Dover; Exeter, Truro.")
    assert found.get("Leeds") == "place" and found.get("Hull") == "place", found


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("Wiranto, who was visiting the town of Pandara in the province of Kellamar, survived.", "Kellamar", "place"),
        ("Google acquired Pyrex Labs, makers of the software, in 2003.", "Pyrex Labs", "organisation"),
        # negatives: a person after "the city of" a possessive, and a sentence's "which"
        ("The city of Ann Lee's birth was Rome.", "Ann Lee", "person"),
        ("The prize went to Tessa Brae, which surprised nobody.", "Tessa Brae", "person"),
    ],
)
def test_a_town_of_and_a_firms_plural(text, name, kind):
    found = actors(text)
    assert found.get(name) == kind, found


@pytest.mark.parametrize(
    "text, absent, present",
    [
        # versions of a product listed after numbers are no bodies or places
        ("Laptops with Kestrel Quillsoft 96, 99, 2001, QX and ZP installed can be hijacked.", ["QX", "ZP"], []),
        ("Phones running Marlin 7, 8, NX or QT are affected.", ["NX", "QT"], []),
        # negatives: a list of broadcasters with no number, a party after a score
        ("The BBC, ITV and C4 will show the match.", [], ["BBC", "ITV"]),
        ("The vote was 52 to 48, and SNP members cheered.", [], ["SNP"]),
    ],
)
def test_versions_listed_after_numbers(text, absent, present):
    found = actors(text)
    for name in absent:
        assert name not in found, found
    for name in present:
        assert name in found, found


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        ("Seeds Dominik Harbaty, Ivan Lubic and Mario Anvic made comfortable progress, but Albert Costa lost.",
         ["Dominik Harbaty", "Ivan Lubic"], ["Seeds Dominik Harbaty"]),
        # negative: "Seeds" that opens no list of names
        ("Seeds of doubt were sown by Tom Hale on Monday.", ["Tom Hale"], ["Seeds"]),
    ],
)
def test_seeds_before_a_list_of_players(text, expected, absent):
    found = actors(text)
    for name in expected:
        assert name in found, found
    for name in absent:
        assert name not in found, found
