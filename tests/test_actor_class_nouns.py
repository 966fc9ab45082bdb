"""Issue 19, unseen BBC/Wikinews sample (2026-12-02): a common noun for a class written before a
name or a list of names decides what the names are — a company ("technology firms Quillo and
Brightnet"), a person ("actresses Mara Quist and Ilse Brandt"), a thing ("programs such as
Quillex and Spyrex"); a team sheet after a side's name lists players; a graded storm is no
person. Every sentence and name here is invented."""
import pytest

from desktop.analysis import analyze
from desktop.article import article_from_text


def actors(text: str) -> dict[str, str]:
    return {a.name: a.type for a in analyze(article_from_text(text, "T")).actors}


def type_of(found: dict[str, str], name: str) -> str | None:
    """The type of the actor named `name`, or of the one that has it as a word of its name."""
    if name in found:
        return found[name]
    for full, kind in found.items():
        if name in full.split() or full in name.split():
            return kind
    return None


@pytest.mark.parametrize(
    "text, name, kind",
    [
        # a plural company noun classes every name of the list after it
        ("Research by technology firms Quillnet and Brightworx found the flaw.", "Quillnet", "organisation"),
        ("Research by technology firms Quillnet and Brightworx found the flaw.", "Brightworx", "organisation"),
        ("Networks like eFerrox, Kazzle and Groppler let users swap files.", "Groppler", "organisation"),
        ("Networks like eFerrox, Kazzle and Groppler let users swap files.", "Kazzle", "organisation"),
        # a singular one the name right after it, even a full name the model calls a person
        ("The cars used pumps from parts maker Rupert Voskamp, the carmaker said.", "Rupert Voskamp", "organisation"),
        # a plural noun for a kind of person classes a list of full names
        ("The jury includes actresses Mara Quistelli and Ilse Brandtner.", "Mara Quistelli", "person"),
        ("The jury includes actresses Mara Quistelli and Ilse Brandtner.", "Ilse Brandtner", "person"),
        # negatives: a job that is also a company noun leaves a person's full name alone, and
        # so does a maker of films
        ("The report was written by broadcaster David Hollingford.", "David Hollingford", "person"),
        ("The site's alleged operator Jon Woo Park was arrested in March.", "Jon Woo Park", "person"),
        ("Film maker Kenneth Lowrie called it a disgrace.", "Kenneth Lowrie", "person"),
        ("Parliamentary watchdog Sir Peter Mawdsley will report next week.", "Peter Mawdsley", "person"),
        ("Plans are opposed by anti-noise campaigners KLAXON Skywatch and two councils.", "KLAXON Skywatch",
         "organisation"),
        # a known place after a company noun stays a place
        ("Firms in Britain and France complained.", "France", "place"),
    ],
)
def test_a_class_noun_decides_the_type(text, name, kind):
    found = actors(text)
    assert type_of(found, name) == kind, found


@pytest.mark.parametrize(
    "text, absent, present",
    [
        ("Free programs such as Quillex and Spybotix have become widely used.", ["Quillex", "Spybotix"], []),
        ("Spyware tools such as Ad-Warden and Spybotix are popular, said Tom Hale.", ["Ad-Warden", "Spybotix"],
         ["Tom Hale"]),
        ("It won the rights to the anti-depressant Calmozac from Eli Farrow.", ["Calmozac"], []),
        ("Tropical Storm Humbella became a hurricane on Sunday. Humbella is far from land.", ["Humbella"], []),
        ("Super Typhoon Marvella hit the coast, said Ana Ruiz.", ["Marvella"], ["Ana Ruiz"]),
        # a plural genre noun (which the tagger may read as a verb) or "episodes of" before a list of titles
        ("He mocked the judges of TV shows Star Quest and The Z-Factor.", ["Star Quest", "Z-Factor"], []),
        ("New episodes of Glass Villa, Tin Harbour and Seven Lanes leak online, said Tom Hale.",
         ["Glass Villa", "Tin Harbour", "Seven Lanes"], ["Tom Hale"]),
        ("She starred in the hit soaps Copper Street and Dunmore Lane.", ["Copper Street", "Dunmore Lane"], []),
        # negatives: "shows" as a verb, people after the stars of shows
        ("The survey shows Labour ahead of the Tories.", [], ["Labour Party"]),
        ("The shows' stars Mara Quist and Ilse Brandt attended.", [], ["Mara Quist"]),
        # negatives: a body with a weather word inside its name, and a list after a company noun
        ("The National Hurricane Center (NHC) issued a warning.", [], ["National Hurricane Center"]),
        ("Security firms such as Symantrix and McAlden warned users.", [], ["Symantrix"]),
    ],
)
def test_things_classed_before_a_list_are_not_actors(text, absent, present):
    found = actors(text)
    for name in absent:
        assert not any(name in full for full in found), found
    for name in present:
        assert name in found, found


@pytest.mark.parametrize(
    "text, name, kind",
    [
        # a name the model calls a body, joined by "and" to a person's full name, is a person
        ("The song was written by Lionel Quarrie and Michael Jackson.", "Lionel Quarrie", "person"),
        ("It was sung by Taylor Brennock and Michael Jansen.", "Taylor Brennock", "person"),
        ("The award went to Cate Blanchard and Helena Morley.", "Cate Blanchard", "person"),
        ("Guests included Lionel Hampworth and John Coltrane.", "Lionel Hampworth", "person"),
        # negatives: a firm named after its founders, known firms
        ("Shares in Hallam Brothers and Morgan Castell rose.", "Hallam Brothers", "organisation"),
        ("Shares in Goldman Sachs and Morgan Stanley rose.", "Goldman Sachs", "organisation"),
    ],
)
def test_a_name_joined_to_a_person_is_a_person(text, name, kind):
    found = actors(text)
    assert found.get(name) == kind, found


SHEET = ("Kestrel Town beat Harbour Rovers 2-0 on Saturday. Kestrel Town: Martello, Hibbard, Yoboah, Stubbins, "
         "Naysworth, Osmond. Subs: Wrightson, Pistoni, Weirbank, Plessard, Vaughton.")


@pytest.mark.parametrize("name", ["Martello", "Stubbins", "Osmond", "Wrightson", "Weirbank", "Vaughton"])
def test_a_team_sheet_lists_players(name):
    found = actors(SHEET)
    assert found.get(name) == "person", found


BARE_SHEET = ("Kestrel Town won 3-1 on penalties.\n\nMartello, Hibbard, Yoboah, Stubbins, Naysworth, Osmond (Quillan 79), "
              "Wrightson, Ferrand (Keaney 88), Vaughton.\n\nThe result lifts them to third.")


@pytest.mark.parametrize("name", ["Martello", "Stubbins", "Quillan", "Ferrand", "Keaney", "Vaughton"])
def test_a_sentence_that_is_a_list_of_surnames_is_a_team_sheet(name):
    found = actors(BARE_SHEET)
    assert found.get(name) == "person", found


def test_a_list_after_a_colon_that_is_no_team_sheet_keeps_its_places():
    # negative: a side's name is no organisation here, and the list is of known places
    found = actors("The tour visits four cities this year: Paris, Madrid, Lisbon, Rome and Vienna.")
    assert all(found.get(city) == "place" for city in ("Paris", "Madrid", "Lisbon", "Rome")), found
    found = actors("The envoys came from seven states.\n\nFrance, Spain, Italy, Germany, Poland, Greece, Austria.")
    assert all(found.get(country) == "place" for country in ("France", "Spain", "Poland", "Austria")), found


@pytest.mark.parametrize(
    "text, name, kind",
    [
        # a one-word name before a job only a body has is a body, in every mention
        ("A close associate of former Qwentar boss Mikhail Orlov spoke. Qwentar has been handed a tax bill.",
         "Qwentar", "organisation"),
        ("Former Veltrom boss Bernie Oakes is on trial.", "Veltrom", "organisation"),
        ("Dallmer shareholders voted against the deal, and Dallmer said it would appeal.", "Dallmer", "organisation"),
        # negatives: a person's adviser; the surname of someone named in full
        ("Former Ostrander adviser Karl Rudd spoke to Ostrander on Monday.", "Karl Rudd", "person"),
        ("Carla Brandtmoor founded the firm. Brandtmoor staff said she was kind.", "Carla Brandtmoor", "person"),
    ],
)
def test_a_name_before_a_bodys_job_is_a_body(text, name, kind):
    found = actors(text)
    assert found.get(name) == kind, found


@pytest.mark.parametrize(
    "text, absent, present",
    [
        # one capitalised word for a law, an order or a treaty after a determiner is the document
        ("MPs backed the Harbour Safety Bill. The Bill now faces the Lords, said Bill Carrow.", ["Bill"], ["Bill Carrow"]),
        ("The court will make an Order declaring the closure unlawful.", ["Order"], []),
        ("No Bill goes through Parliament unread, said Dora Pike.", ["Bill"], ["Dora Pike"]),
        ("Ministers said the Treaty would be signed in May.", ["Treaty"], []),
        # negative: a man called Bill, with no determiner before his name
        ("Bill met Ann Lee on Monday. Bill said it went well.", [], ["Bill"]),
    ],
)
def test_a_document_by_its_common_name_is_no_actor(text, absent, present):
    names = set(actors(text))
    assert not set(absent) & names, names
    for name in present:
        assert name in names, names
