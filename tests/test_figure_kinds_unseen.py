"""Issue 19: figure kinds read from a sample of unseen corpus articles — numbers that are part
of a name or a code, ages the model takes for dates or leaves out, and cents whose currency
only the article's other sums give. Each row a sentence written for this test (never corpus
text)."""
import pytest

from .test_times_and_day_words import facts_of


# ------------------------------------------------------------------ a number in a name or a code is no count
@pytest.mark.parametrize("text, number", [
    ("The sale dragged the FTSE 100 lower by the close.", "100"),
    ("Shares in Tokyo lifted the Nikkei 225 to a record.", "225"),
    ("Apollo 11 carried three men to the Moon.", "11"),
    ("Handsets with 3G chips now outsell the rest.", "3"),
    ("The firm still sells 2.5G phones in rural areas.", "2.5"),
    ("The broadcaster said Five's share held steady over the month.", "Five"),
])
def test_a_number_in_a_name_or_a_code_is_no_quantity(text, number):
    assert not any(t == number for t, _ in facts_of(text, "quantity")), facts_of(text, "quantity")


@pytest.mark.parametrize("text, number", [
    ("The jury gave Hale 20 votes and Moss 12.", "20"),
    ("In Glasgow 200 people marched to the square.", "200"),
    ('"Five people were hurt," the officer said.', "Five"),
    ("The 400 members of the club voted on Friday.", "400"),
    ("In Kent it was about 40,000, in Devon about 35,000 and in Cornwall 31,000.", "31,000"),  # a place, then its count
    ("Crowds reached roughly 40,000 in Leeds, nearly 35,000 in Hull and in York 31,000.", "31,000"),
])
def test_a_count_beside_a_name_stays_a_count(text, number):
    assert any(t == number for t, _ in facts_of(text, "quantity")), facts_of(text, "quantity")


# ------------------------------------------------------------------ ages
@pytest.mark.parametrize("text, age, value", [
    ("The poet died on Monday at 97 years of age.", "97 years of age", 97.0),
    ("Among voters between the ages of 18 and 24, turnout fell.", "between the ages of 18 and 24",
     {"low": 18.0, "high": 24.0}),
    ("The men arrested range in age from 19 to 64.", "19 to 64", {"low": 19.0, "high": 64.0}),
    ("Volunteers aged from 30 to 45 were sought for the trial.", "30 to 45", {"low": 30.0, "high": 45.0}),
])
def test_an_age_is_how_old_not_when(text, age, value):
    assert (age, value) in facts_of(text, "quantity"), facts_of(text, "quantity")
    assert not any(age in t for t, _ in facts_of(text, "date")), facts_of(text, "date")


def test_a_change_from_one_figure_to_another_is_still_two_figures():
    found = facts_of("Membership rose from 21 to 78 in a year.", "quantity")
    assert ("21", 21.0) in found and ("78", 78.0) in found, found


# ------------------------------------------------------------------ cents: the currency of the article's other sums
def test_cents_take_the_one_currency_of_the_other_sums():
    text = ("Quarterly profit rose to $205m, the auction site said.\n\n"
            "Earnings were 33 cents a share; revenue was $900m (£480m).")
    assert ("33 cents", {"amount": 0.33, "currency": "USD"}) in facts_of(text, "money", None), facts_of(text, "money", None)


def test_cents_beside_sums_in_two_currencies_with_cents_have_no_currency():
    text = ("The firm made $205m from its shops and €90m from its websites.\n\n"
            "Earnings were 33 cents a share.")
    assert ("33 cents", {"amount": 0.33, "currency": None}) in facts_of(text, "money", None), facts_of(text, "money", None)


# ------------------------------------------------------------------ a month without its year
@pytest.mark.parametrize("text, month, value", [
    ("The nurse tried to warn colleagues about the illness in December.", "December", "2019-12"),
    ("Sales fell sharply in November, the company said.", "November", "2019-11"),
    ("In the 2016 race, she stayed in the contest until June.", "June", "2016-06"),
    ("The council will vote on the plan in January.", "January", "2021-01"),
    ("The fair runs until December.", "December", "2020-12"),
    ("Prices rose in January, the office said.", "January", "2020-01"),
])
def test_a_month_without_its_year_is_read_by_tense_and_the_sentence_s_year(text, month, value):
    assert (month, value) in facts_of(text, "date", "2020-02-10"), facts_of(text, "date", "2020-02-10")


# ------------------------------------------------------------------ figures the model takes for dates or sums
@pytest.mark.parametrize("text, figure", [
    ("The plan raises the pension age from 60 to 65.", "60"),
    ("They went down 37-32 to the champions.", "37-32"),
    ("Ms Vale, reportedly aged about 71, had been ill.", "about 71"),
    ("The pilot flew at over 100 mph (161 km/h) across the water.", "161 km/h"),
])
def test_figures_the_model_took_for_dates_or_sums_are_quantities(text, figure):
    assert any(t == figure for t, _ in facts_of(text, "quantity")), facts_of(text, "quantity")
    assert not any(figure in t for t, _ in facts_of(text, "date") + facts_of(text, "money")), facts_of(text, "date")


@pytest.mark.parametrize("text, title", [
    ("The singer has topped the chart with Blue Suede Shoes and One Night.", "One Night"),
    ("Viewers waited a year for Seven Days to return.", "Seven Days"),
])
def test_a_title_written_as_a_duration_is_no_quantity(text, title):
    assert not any(t == title for t, _ in facts_of(text, "quantity")), facts_of(text, "quantity")


def test_a_duration_at_the_start_of_a_sentence_still_counts():
    assert ("Two weeks", 2.0) in facts_of("Two weeks passed before the ship was found.", "quantity")


@pytest.mark.parametrize("text", [
    "Her term was to end in August, before the vote.",
    "The minister was due to step down in August.",
])
def test_a_month_still_to_come_when_it_was_said_keeps_the_article_s_year(text):
    assert ("August", "2020-08") in facts_of(text, "date", "2020-06-11"), facts_of(text, "date", "2020-06-11")
