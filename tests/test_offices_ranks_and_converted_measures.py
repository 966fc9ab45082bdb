"""heldout24 facts, four kinds of miss — each row a sentence written for this test.

1. An office that names what it is of, right before a person's name, is a role: "of the" after a
   public office or a speaker ("speaker of the assembly Omid Rahimi"), and two fields joined by
   "and" ("vice president of science and technology affairs Sara Nouri"). A job that is no office
   with "of the" before a name stays none ("the lawyer of the club Ana Diaz").
2. A clerical rank that opens a person's name ("Grand Ayatollah Hassan Tabari", "Grand Mufti
   Omar Haddad", "Imam Ali Hamid") is a role, as a peer's title is.
3. A measure converted in brackets after another measure, marked as rough or not ("90 ft (~27 m)",
   "200 square miles (~518 km2)"), is a quantity whose value is the number as written (metres,
   not millions); a bracketed figure after no measure, or after a sum, is not read so.
4. "the rap star", "the film star" (a field's star) as the subject of any clause, after a person
   is named, is a role (a bare "the star" is not read by this).
5. Dates and counts: "the 2005 season" carries its year; "a few days back" is a date ("back" as
   "ago"); a four-digit figure said of a number, a total or a toll ("the number of cases is
   2302", "the toll rose to 1872") is a count, not a year.
"""
import pytest

from desktop.analysis import analyze
from desktop.article import article_from_text


def facts(text: str, kind: str) -> list[tuple[str, object]]:
    return [(f.text, f.value) for f in analyze(article_from_text(text, "T", date="2019-07-23")).facts
            if f.kind == kind]


@pytest.mark.parametrize("text, role", [
    ("Offering his thanks, speaker of the assembly Omid Rahimi wrote that the vote would go ahead.",
     "speaker of the assembly"),
    ("Several officials including vice president of science and technology affairs Sara Nouri fell ill.",
     "vice president of science and technology affairs"),
    ("The president of the republic Ana Diaz opened the session.", "president of the republic"),
    ("The minister for women and equalities Ana Diaz spoke first.", "minister for women and equalities"),
    ("The secretary of state for rural affairs Ana Diaz spoke first.", "secretary of state for rural affairs"),
])
def test_an_office_of_something_before_a_name(text, role):
    held = [(f.text, f.subject) for f in analyze(article_from_text(text, "T", date="2019-07-23")).facts
            if f.kind == "role"]
    assert any(t.endswith(role) and who is not None and who.startswith("person:") for t, who in held), held


def test_no_office_from_a_job_of_the_club():
    assert not any("of the club" in t for t, _ in facts("He met the lawyer of the club Ana Diaz on Monday.", "role"))


@pytest.mark.parametrize("text, role", [
    ("She was the sister of Grand Ayatollah Hassan Tabari.", "Grand Ayatollah"),
    ("Grand Mufti Omar Haddad issued a ruling on Friday.", "Grand Mufti"),
    ("Ayatollah Hassan Tabari issued a ruling on Friday.", "Ayatollah"),
    ("Imam Ali Hamid led the prayers at the mosque.", "Imam"),
])
def test_a_clerical_rank_opening_a_name(text, role):
    assert role in [t for t, _ in facts(text, "role")], facts(text, "role")


@pytest.mark.parametrize("text, figure, value", [
    ("The ferry was a 90 ft (~27 m) long vessel.", "27 m", 27.0),
    ("Planes searched 200 square miles (~518 km2) of sea.", "518 km2", 518.0),
    ("The wall is 10 miles (16 km) long.", "16 km", 16.0),
])
def test_a_measure_converted_in_brackets(text, figure, value):
    assert (figure, value) in facts(text, "quantity"), facts(text, "quantity")


@pytest.mark.parametrize("text", [
    "The fund (~23 m) was spent.",
    "It cost 30m euros (~23 m) to build.",
])
def test_no_converted_measure_without_a_measure_before(text):
    assert not any(t.endswith(" m") for t, _ in facts(text, "quantity")), facts(text, "quantity")


@pytest.mark.parametrize("text, date, value", [
    ("He will miss the 2005 season with the injury.", "the 2005 season", "2005"),
    ("A few days back, his father died after a fall.", "A few days back", None),
    ("Two weeks back, the mayor resigned.", "Two weeks back", None),
])
def test_dates_of_a_season_and_back_as_ago(text, date, value):
    assert (date, value) in facts(text, "date"), facts(text, "date")


@pytest.mark.parametrize("text, count", [
    ("Officials said the total number of cases is 2302 and the number of deaths is 48.", 2302.0),
    ("The death toll rose to 1872 on Friday.", 1872.0),
])
def test_a_total_in_four_digits_is_a_count(text, count):
    assert any(v == count for _, v in facts(text, "quantity")), (facts(text, "quantity"), facts(text, "date"))


@pytest.mark.parametrize("text, year", [
    ("The museum was founded in 1872 by a merchant.", "1872"),
    ("The number of visitors in 1998 was low.", "1998"),
    ("He stepped back in 2004 and never returned.", "2004"),
])
def test_years_stay_years(text, year):
    assert (year, year) in facts(text, "date"), facts(text, "date")


@pytest.mark.parametrize("text, role", [
    ("Tom Hale was sued on Monday. The case comes after the rap star sued a man who tried to blackmail him.",
     "rap star"),
    ("Ann Lee was in court on Monday. The hearing came after the film star hit a photographer.", "film star"),
])
def test_a_field_s_star_as_a_subject(text, role):
    assert any(role in t for t, _ in facts(text, "role")), facts(text, "role")
