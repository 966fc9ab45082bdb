"""Issue 19: times of day, day words the model leaves untagged, "election day" and days counted
from a dated event — each row a sentence written for this test (never corpus text). The
article is dated Monday 3 August 2020 unless a row says otherwise."""
import pytest

from desktop.analysis import analyze
from desktop.analysis.values import clock_times
from desktop.article import article_from_text


def facts_of(text: str, kind: str, date: str | None = "2020-08-03") -> list[tuple[str, object]]:
    return [(f.text, f.value) for f in analyze(article_from_text(text, "T", date=date)).facts if f.kind == kind]


# ------------------------------------------------------------------ times of day: a date without a value
@pytest.mark.parametrize("text, when", [
    ("The parade set off around 18:00 local time from the harbour.", "18:00 local time"),
    ("Polls close at 2100 GMT, the commission said.", "2100 GMT"),
    ("The ferry left at 9.30am with forty cars aboard.", "9.30am"),
    ("The ferry docked at 7 pm GMT after a rough crossing.", "7 pm GMT"),
    ("The curfew begins at 0600 hours and ends at dusk.", "0600 hours"),
    ("Firefighters reached the barn at about 20:00 and stayed all night.", "20:00"),
    ("The mayor will speak at 14:30 BST outside the hall.", "14:30 BST"),
    ("Trading was halted until midday while the system was repaired.", "midday"),
])
def test_a_time_of_day_is_a_date_without_a_value(text, when):
    dates = facts_of(text, "date")
    assert (when, None) in dates, dates
    assert not any(t in when or when in t for t, _ in facts_of(text, "quantity")), facts_of(text, "quantity")


def test_a_time_and_its_zone_in_brackets_are_two_times():
    dates = facts_of("The march began at 17:00 local time (1400 UTC) near the river.", "date")
    assert ("17:00 local time", None) in dates and ("1400 UTC", None) in dates, dates


@pytest.mark.parametrize("text", [
    "The archive holds 2000 hours of footage from the war.",  # a count of hours
    "The odds stood at 3:1 against the champion.",  # a ratio
    "She ran the course in 2:17:18 to break the record.",  # a race clock
    "The sea may rise a metre by 2100 if nothing changes.",  # a year
    "The noon bulletin was dropped from the schedule.",  # no word of time before it
])
def test_no_time_of_day(text):
    assert clock_times(text) == [], clock_times(text)


# ------------------------------------------------------------------ day words the model leaves untagged
@pytest.mark.parametrize("text, word, value", [
    ("Today, Slovenian climbers reached the summit of the peak.", "Today", "2020-08-03"),
    ("Yesterday, Danish police closed the bridge to traffic.", "Yesterday", "2020-08-02"),
    ("Tomorrow, Flemish farmers will block the motorway.", "Tomorrow", "2020-08-04"),
])
def test_a_day_word_the_model_missed_is_the_day_it_names(text, word, value):
    assert (word, value) in facts_of(text, "date"), facts_of(text, "date")


@pytest.mark.parametrize("text", [
    "Ms Orde told the BBC's Today programme the plan would fail.",
    "He wrote a column for Science Today before he retired.",
    "The Today Show aired the interview in full.",
])
def test_a_day_word_in_a_name_is_no_date(text):
    assert not any(t.lower() == "today" for t, _ in facts_of(text, "date")), facts_of(text, "date")


# ------------------------------------------------------------------ election day: the day of the vote the article dates
@pytest.mark.parametrize("text", [
    "The candidate, standing in the election to be held on August 9, asked voters to vote on election day.",
    "Ahead of the August 9 poll, she asked supporters to turn out on election day.",
    "The referendum will take place on August 9. Officials expect queues on election day.",
])
def test_election_day_is_the_day_of_the_vote_the_article_dates(text):
    assert ("election day", "2020-08-09") in facts_of(text, "date"), facts_of(text, "date")


@pytest.mark.parametrize("text", [
    "She asked voters to turn out on election day.",  # no vote dated
    "The primary is on August 9 and the runoff on August 30; both camps are planning for election day.",  # two votes
])
def test_election_day_without_one_dated_vote_has_no_value(text):
    assert ("election day", None) in facts_of(text, "date"), facts_of(text, "date")


# ------------------------------------------------------------------ days counted from the event the first paragraph dates
LEDE = "On Thursday, the opposition held a rally in the capital, drawing thousands.\n\n"


@pytest.mark.parametrize("later, when, value", [
    ("Within roughly a day before the event, police detained 30 men.", "roughly a day before the event", "2020-07-29"),
    ("Two days after the rally, the leader left the country.", "Two days after the rally", "2020-08-01"),
    ("A day after the event, the square was cleared.", "A day after the event", "2020-07-31"),
])
def test_days_counted_from_the_dated_event(later, when, value):
    assert (when, value) in facts_of(LEDE + later, "date"), facts_of(LEDE + later, "date")


def test_days_counted_from_an_event_the_lede_does_not_date_have_no_value():
    text = LEDE + "Two days after the summit, the leader left the country."
    assert ("Two days after the summit", None) in facts_of(text, "date"), facts_of(text, "date")


def test_a_dateline_is_not_the_event_s_day():
    text = "Monday, August 3, 2020\nOn Thursday, the opposition held a rally in the capital.\n\n" \
        "Roughly a day before the event, police detained 30 men."
    assert ("Roughly a day before the event", "2020-07-29") in facts_of(text, "date"), facts_of(text, "date")


def test_a_day_still_to_come_is_not_the_event_s_day():
    text = "On Thursday, the candidate in the vote due on August 9 held a rally in the capital.\n\n" \
        "A day before the rally, police detained 30 men."
    assert ("A day before the rally", "2020-07-29") in facts_of(text, "date"), facts_of(text, "date")
