"""Issue 19: relative days resolved against the right reference day — each row a sentence
written for this test (never corpus text).

1. Two days the model joins into one date ("Tuesday, yesterday") are two facts, each with its own
   value; a weekday with its date ("Tuesday, June 11") stays one.
2. "today"/"yesterday" inside a quotation count from the day the narration of the quote's own
   paragraph names before the quote opens, else (as before) from the first paragraph's day.
3. A future in the past ("would reopen on Wednesday", "was expected to pass late Wednesday
   night") counts from the day the narration is at, not from the article's date; "will" and
   "is expected to" still count from the article's date.
"""
import pytest

from desktop.analysis import analyze
from desktop.article import article_from_text

FRIDAY = "2024-06-14"    # Tuesday the 11th, Wednesday the 12th, Thursday the 13th
THURSDAY = "2024-06-13"


def dates(text: str, date: str) -> list[tuple[str, object]]:
    return [(f.text, f.value) for f in analyze(article_from_text(text, "T", date=date)).facts if f.kind == "date"]


# ------------------------------------------------------------------ 1. two days joined into one date
@pytest.mark.parametrize("text, expected", [
    ("Results from Super Tuesday, yesterday and on Wednesday gave the senator a narrow lead.",
     [("Tuesday", "2024-06-11"), ("yesterday", "2024-06-13")]),
    ("Ballots cast on Tuesday, yesterday and this morning were counted by hand.",
     [("Tuesday", "2024-06-11"), ("yesterday", "2024-06-13")]),
    ("Crowds gathered on Wednesday and yesterday outside the court.",
     [("Wednesday", "2024-06-12"), ("yesterday", "2024-06-13")]),
    ("The ferry ran on Monday and Tuesday despite the storm.",
     [("Monday", "2024-06-10"), ("Tuesday", "2024-06-11")]),
    ("Talks held Wednesday, today and over the weekend produced no deal.",
     [("Wednesday", "2024-06-12"), ("today", "2024-06-14")]),
])
def test_two_days_joined_are_two_dates(text, expected):
    found = dates(text, FRIDAY)
    for row in expected:
        assert row in found, found
    assert not any("," in t or " and " in t for t, _ in found if t not in ("the weekend",)), found


@pytest.mark.parametrize("text, expected", [
    ("The market opened on Tuesday, June 11 after repairs.", ("Tuesday, June 11", "2024-06-11")),
    ("The depot reopened on Monday, June 10, after a long closure.", ("Monday, June 10", "2024-06-10")),
])
def test_a_weekday_with_its_date_stays_one(text, expected):
    assert expected in dates(text, FRIDAY), dates(text, FRIDAY)


# ------------------------------------------------------------------ 2. a quote's day from its own paragraph
@pytest.mark.parametrize("text, expected", [
    ('On Tuesday the mill closed.\n\nOn Wednesday, the owner spoke to workers. "Today is a sad day," she said.',
     [("Today", "2024-06-12")]),
    ('Voting ended on Tuesday.\n\nWednesday, the day he withdrew, Tom Ames endorsed Vera Roe. '
     '"Today I am leaving the race, and yesterday I told my staff," he said.',
     [("Today", "2024-06-12"), ("yesterday", "2024-06-11")]),
    ('The strike began on Monday.\n\nOn Wednesday the union leader, Ida Marsh, addressed the crowd. '
     '"Last week we asked," she said, "and today we insist."',
     [("today", "2024-06-12")]),
    ('The ferry sank on Tuesday.\n\nYesterday the captain met families. "Yesterday we searched all night," he said.',
     [("Yesterday", "2024-06-12")]),
])
def test_a_quote_counts_from_the_day_its_paragraph_names_before_it(text, expected):
    found = dates(text, FRIDAY)
    for row in expected:
        assert row in found, found


@pytest.mark.parametrize("text, expected", [
    # no day in the quote's paragraph: the first paragraph's day, as before
    ('On Tuesday the mill closed.\n\nThe owner spoke to workers. "Today is a sad day," she said.',
     ("Today", "2024-06-11")),
    # the day is named after the quote, not before it
    ('On Tuesday the mill closed.\n\nThe owner spoke to workers. "Today is a sad day," she said on Wednesday.',
     ("Today", "2024-06-11")),
    # no earlier day anywhere: the article's date
    ('The owner spoke to workers. "Today is a sad day," she said.', ("Today", "2024-06-14")),
    # a day inside an earlier quotation of the paragraph is no narration
    ('On Tuesday the mill closed.\n\nThe owner recalled "a hard Wednesday" for staff. "Today is a sad day," she said.',
     ("Today", "2024-06-11")),
])
def test_a_quote_without_a_day_before_it_keeps_the_first_paragraph_s_day(text, expected):
    assert expected in dates(text, FRIDAY), dates(text, FRIDAY)


# ------------------------------------------------------------------ 3. the future in the past
@pytest.mark.parametrize("text, when, value", [
    ("An advisory issued yesterday evening said the storm was expected to pass by the island late Wednesday night.",
     "late Wednesday night", "2024-06-12"),
    ("An advisory issued yesterday evening said the storm would pass the island Wednesday night.",
     "Wednesday night", "2024-06-12"),
    ("On Monday the mayor said the bridge would reopen on Wednesday.", "Wednesday", "2024-06-12"),
    ("The launch, announced on Monday, was scheduled to take place on Wednesday.", "Wednesday", "2024-06-12"),
    ("On Monday officials said the talks were due to resume Wednesday morning.", "Wednesday", "2024-06-12"),
    ("On Tuesday the club said the striker was set to sign on Monday.", "Monday", "2024-06-17"),
])
def test_a_future_in_the_past_counts_from_the_narration_s_day(text, when, value):
    assert (when, value) in dates(text, THURSDAY), dates(text, THURSDAY)


@pytest.mark.parametrize("text, when, value", [
    ("He said he would meet them on Monday.", "Monday", "2024-06-17"),           # no earlier day
    ("He will meet them on Monday.", "Monday", "2024-06-17"),
    ("On Tuesday the council said it is expected to vote on Wednesday.", "Wednesday", "2024-06-19"),  # present
    ("On Monday the mayor said the bridge will reopen on Wednesday.", "Wednesday", "2024-06-19"),     # future
    # a day in brackets restates a time; it is not where the narration is
    ("A bulletin at 8 p.m. on Tuesday (0100 GMT Thursday) said the storm would reach land on Wednesday.",
     "Wednesday", "2024-06-12"),
])
def test_a_future_from_the_article_s_date_is_unchanged(text, when, value):
    assert (when, value) in dates(text, THURSDAY), dates(text, THURSDAY)
