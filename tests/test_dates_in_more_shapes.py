"""Issue 19: dates and counts in shapes the entity recogniser misses or misreads — decades,
stretches up to now, a month counted from the article's date, days counted from the last day
given, clock times written as four digits — each row a sentence written for this test (never
corpus text). The article is dated Wednesday 12 June 2024."""
import pytest

from desktop.analysis import analyze
from desktop.article import article_from_text


def facts_of(text: str, kind: str, date: str | None = "2024-06-12") -> list[tuple[str, object]]:
    return [(f.text, f.value) for f in analyze(article_from_text(text, "T", date=date)).facts if f.kind == kind]


# ------------------------------------------------------------------ a month counted from the article's date
@pytest.mark.parametrize("text, when, value", [
    ("Her visit to the clinic last November worried the staff.", "last November", "2023-11"),
    ("The depot flooded last June as well.", "last June", "2023-06"),
    ("The depot flooded last March as well.", "last March", "2024-03"),
    ("The council will vote next March on the plan.", "next March", "2025-03"),
    ("The council will vote next August on the plan.", "next August", "2024-08"),
])
def test_last_or_next_month_is_the_one_before_or_after_the_article_s_date(text, when, value):
    assert (when, value) in facts_of(text, "date"), facts_of(text, "date")


def test_a_month_counted_from_an_undated_article_has_no_year():
    assert ("last November", None) in facts_of("Her visit last November worried the staff.", "date", date=None)


def test_this_month_name_the_model_misses_is_a_date():
    found = facts_of('"We have played two and won two this November," the captain said.', "date")
    assert ("this November", "2024-11") in found, found


# ------------------------------------------------------------------ decades, seasons, stretches
@pytest.mark.parametrize("text, when", [
    ("The band was inspired by 1980s pioneers of the genre.", "1980s"),
    ("The fight mirrors the 1980s battle between two tape formats.", "the 1980s"),
    ("Prices were lower in the late 1990s.", "the late 1990s"),
])
def test_a_decade_is_a_date_without_a_value(text, when):
    dates = facts_of(text, "date")
    assert any(when in t and v is None for t, v in dates), dates


def test_a_season_of_a_year_has_that_year():
    dates = facts_of("The ban will be in force by the spring of 2026, ministers said.", "date")
    assert any("spring of 2026" in t and v == "2026" for t, v in dates), dates


@pytest.mark.parametrize("text, span", [
    ("She has taught drawing over the last two decades.", "the last two decades"),
    ("Sales have doubled in the past three years.", "the past three years"),
])
def test_a_stretch_up_to_now_is_both_how_long_and_when(text, span):
    assert any(t == span for t, _ in facts_of(text, "quantity")), facts_of(text, "quantity")
    assert (span, None) in facts_of(text, "date"), facts_of(text, "date")


def test_in_a_number_of_months_ahead_is_a_date_too():
    text = "The harbour master is due to step down in three months."
    assert ("in three months", None) in facts_of(text, "date"), facts_of(text, "date")


def test_in_a_number_of_years_looking_back_is_only_how_long():
    text = "Prices rose at the fastest rate in four years."
    assert not any("four years" in t for t, _ in facts_of(text, "date")), facts_of(text, "date")


# ------------------------------------------------------------------ days counted from a day given
@pytest.mark.parametrize("text, when, value", [
    ("The council met on Friday. The ministers had agreed two days earlier.", "two days earlier", "2024-06-05"),
    ("The council met on Friday. Three days later the mayor resigned.", "Three days later", "2024-06-10"),
])
def test_days_counted_from_the_last_day_given(text, when, value):
    assert (when, value) in facts_of(text, "date"), facts_of(text, "date")


def test_days_counted_with_no_day_before_have_no_value():
    assert ("two days earlier", None) in facts_of("The ministers had agreed two days earlier.", "date")


def test_a_weekday_with_a_day_number_is_that_day_of_the_month():
    assert ("Friday the 14th", "2024-06-14") in facts_of("On Friday the 14th the council met.", "date")


@pytest.mark.parametrize("text, when, value", [
    ("Early Saturday morning, police were called to a party.", "Early Saturday morning", "2024-06-08"),
    ("The talks broke down days before the attack.", "days before the attack", None),
])
def test_parts_of_days_and_days_around_an_event(text, when, value):
    assert (when, value) in facts_of(text, "date"), facts_of(text, "date")


# ------------------------------------------------------------------ clock times and year spans
@pytest.mark.parametrize("text", ["The second game kicks off at 1815 GMT.", "The service starts at 1930 local time."])
def test_four_digits_before_a_time_zone_are_a_time_not_a_year(text):
    dates = facts_of(text, "date")
    assert dates and all(v is None for _, v in dates), dates


def test_a_year_before_the_word_gmt_elsewhere_is_still_a_year():
    assert ("1815", "1815") in facts_of("The treaty was signed in 1815 in Vienna.", "date")


def test_a_span_of_years_at_the_end_of_a_sentence_is_a_date():
    text = "Numbers fell sharply during 2017–2018."
    assert any(t == "2017–2018" for t, _ in facts_of(text, "date")), facts_of(text, "date")
    assert not facts_of(text, "quantity")


# ------------------------------------------------------------------ counts
@pytest.mark.parametrize("text, count, value", [
    ("A further three are on the missing list.", "three", 3.0),
    ("Police said over a hundred people attended.", "hundred", 100.0),
])
def test_counts_the_model_leaves_bare(text, count, value):
    assert (count, value) in facts_of(text, "quantity"), facts_of(text, "quantity")


def test_an_age_range_after_aged_is_how_old_not_when():
    text = "The four teenagers, aged between 14 and 18, were taken to hospital."
    assert not any("14" in t for t, _ in facts_of(text, "date")), facts_of(text, "date")
    assert any("14" in t for t, _ in facts_of(text, "quantity")), facts_of(text, "quantity")


# ------------------------------------------------------------------ a year pinned by "as early as"
@pytest.mark.parametrize("text, when, value", [
    ("The harbour master had warned of the cracks as early as 2009, the report found.", "as early as 2009", "2009"),
    ("Plans for the bridge were drawn up as early as 1850.", "as early as 1850", "1850"),
])
def test_as_early_as_a_year_is_that_year(text, when, value):
    found = facts_of(text, "date")
    assert (when, value) in found, found
