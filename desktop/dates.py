"""Article dates as readers write them ("2 May 2026", "May 2, 2026", "Mon, 2 May 2026",
"2026-05-02T10:00:00Z") turned into one form, so a list of articles shows every date alike and
sorts by the real date, not by the string ("2 May" before "30 April" alphabetically).

Parsing is python-dateutil's (a well-kept parser beats our own regexes). The article keeps the
text it came with; this only reads it. No Qt here.
"""
from __future__ import annotations

import warnings
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from dateutil import parser as _parser

_EARLY, _LATE = datetime(1, 1, 1), datetime(2, 2, 2)  # two defaults: a part the text lacks differs between them
UNKNOWN_KEY = -1  # sorts before every real date: last in a newest-first list (as Calibre puts undated books)


@dataclass(frozen=True, slots=True)
class PublishedDate:
    """`text`: what a list shows — "2026-05-02", "2026-05" when the text gives no day, "2026"
    when it gives only a year, the text as written when it is no date at all, "" for none.
    `key`: an int that sorts in date order (a day's ordinal; a month or year sorts at its first
    day); UNKNOWN_KEY for no date or one that could not be read. `day`: the date, or None."""
    text: str
    key: int
    day: date | None = None

    @property
    def known(self) -> bool:
        return self.day is not None


NO_DATE = PublishedDate("", UNKNOWN_KEY)


@lru_cache(maxsize=4096)  # a library repeats dates; rows() reads them all on every reload
def published_date(raw: str | None) -> PublishedDate:
    """The date in `raw` (any common English or ISO 8601 form; a time or zone is dropped),
    or a PublishedDate with `known` False. Never raises."""
    text = (raw or "").strip()
    if not text:
        return NO_DATE
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # unknown zone names ("BST"): the day is still right
            early = _parser.parse(text, default=_EARLY, ignoretz=True)
            late = _parser.parse(text, default=_LATE, ignoretz=True)
    except (ValueError, OverflowError, TypeError):
        return PublishedDate(text, UNKNOWN_KEY)
    if early.year != late.year:  # no year ("2 May"): not a date one can place
        return PublishedDate(text, UNKNOWN_KEY)
    if early.month != late.month:
        day = date(early.year, 1, 1)
        return PublishedDate(f"{early.year:04d}", day.toordinal(), day)
    if early.day != late.day:
        day = date(early.year, early.month, 1)
        return PublishedDate(f"{early.year:04d}-{early.month:02d}", day.toordinal(), day)
    day = early.date()
    return PublishedDate(day.isoformat(), day.toordinal(), day)


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")


def reading_date(raw: str | None) -> str:
    """An article's date as its header shows it: "4 March 2026" (day-month-year in words, which
    no reader misreads, unlike 04/03), "March 2026", "2026", or the text as written when it is
    not a date one can place; "" for none. A time of day is dropped. Never raises."""
    found = published_date(raw)
    if not found.known:
        return found.text
    day = found.day
    if len(found.text) == 4:
        return found.text
    if len(found.text) == 7:
        return f"{_MONTHS[day.month - 1]} {day.year}"
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"
