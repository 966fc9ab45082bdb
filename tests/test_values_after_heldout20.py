"""Values read wrong on heldout20 after it was opened (sentences invented): a count that looks
like a year taken as a month's year, "March of last year" valued this year, and sums in złoty
with no currency. The article is dated 21 June 2020."""
import pytest

from desktop.analysis import analyze
from desktop.article import article_from_text

DATE = "2020-06-21"


def values(text: str, kind: str) -> list[tuple[str, object]]:
    return [(f.text, f.value) for f in analyze(article_from_text(text, "T", date=DATE)).facts if f.kind == kind]


@pytest.mark.parametrize("text, expected", [
    ("The bakery handed nearly 2000 rural kiosks over to a rival chain in March.", ("March", "2020-03")),
    ("The firm, with about 1500 staff, moved its offices in May.", ("May", "2020-05")),
    # The year a past sentence writes before the month is still its year.
    ("In the 2016 race, he stayed in the contest until June.", ("June", "2016-06")),
    ("In a report in March of last year, the chief said no.", ("March of last year", "2019-03")),
    ("In March last year, the chief said no.", ("March last year", "2019-03")),
    ("The mill will close in June of next year.", ("June of next year", "2021-06")),
    ("The mill closed in June of this year.", ("June of this year", "2020-06")),
])
def test_month_years(text, expected):
    assert expected in values(text, "date")


@pytest.mark.parametrize("text, expected", [
    ("The sale price is 900 million złotys (181 million pounds).",
     ("900 million złotys", {"amount": 900_000_000.0, "currency": "PLN"})),
    ("The fine was 40,000 zlotys.", ("40,000 zlotys", {"amount": 40_000.0, "currency": "PLN"})),
    ("The shop charged 12 złoty for a loaf.", ("12 złoty", {"amount": 12.0, "currency": "PLN"})),
])
def test_zloty_sums(text, expected):
    assert expected in values(text, "money")


def test_a_street_named_zloty_is_no_sum():
    assert values("Zloty Street is closed for repairs.", "money") == []
