"""Facts: roles of people, dates, percentages, money and other figures, each with the actor
it is about (when there is one) and the sentence it came from. Roles are found in `roles`,
the values of figures and dates read in `values`; this module finds where figures and dates
stand and puts the facts together."""
from __future__ import annotations

import datetime as dt
import re

from .arrays import of as arrays_of
from .quantities import (
    BARE_SCALED, CARDINAL_WORDS, MULTIPLE, VAGUE_STRETCH, age_in, duration_parts, duration_value, fraction_value,
    glued_scale, multiple_value, multiples, percentage_points, salient_count, scores, times_in_units, twice,
    uncounted_numbers,
)
from .roles import RoleFinder, _inside_quote
from .types import Fact
from .values import (
    CURRENCY_NAME_PATTERN, CURRENCY_NAMES, _CENT_CURRENCIES, _CENTS_WORDS, _COUNTRY_SPELLINGS, _EASTER_OFFSETS, _FIXED_HOLIDAYS, _HOLIDAY,
    _WEEKDAY_HOLIDAYS, _YEAR, _any_of, _between_before, _country_words, _from_before, _no_time, _number_words, clock_times,
    change_by_before, normalise_date, parse_money, parse_number, range_value,
)

_DURATION = re.compile(r"^(?:about |some |nearly |almost |more than |over |the past |the last |around |only |just |"
                       r"the next |the first |the coming |the following )?"
                       r"(?:\d[\d,.]*|an?|several|few|many|" + CARDINAL_WORDS + r"|hundred)[ -]"  # "14-hour drive"
                       # "50 consecutive quarters", "12 straight months": a count of periods, not a date
                       r"(?:(?:consecutive|continuous|uninterrupted|straight|successive|running|full|whole|long|more|further|additional|"
                       r"financial|fiscal|calendar|academic|school|working|business)[ -])?"
                       r"(?:years?|months?|weeks?|fortnights?|days?|decades?|centuries|hours?|minutes?|quarters?|"
                       r"seasons?|terms?|semesters?|generations?)"
                       r"['’]?"  # "two hours'"
                       r"(?: old)?$", re.I)
# Figures written plainly, for what the entity recogniser misses: "$200m", "USD15", "151m euros",
# "185 thousand", "over two hundred thousand"; a year after a preposition ("between 1999 and").
_MONEY_TEXT = re.compile(
    r"(?<![\w$£€¥])(?:US\$|A\$|C\$|HK\$|\$|€|£|¥|USD ?|EUR ?|GBP ?)\d(?:[\d,]*\d)?(?:\.\d+)?"
    r"(?:\s?(?:bn|mn|tn|m|M|k|K|million|billion|trillion)\b)?"
    r"|\b\d(?:[\d,]*\d)?(?:\.\d+)?\s?(?:m|bn|million|billion)?\s(?:euros?|dollars?|pounds?|yen|yuan|rupees?|francs?|z[łl]oty(?:s|ch)?"
    rf"|{CURRENCY_NAME_PATTERN})\b"
    r"|\b(?:Australian|Canadian|New Zealand|Hong Kong|Singapore|US) dollars? \d(?:[\d,]*\d)?(?:\.\d+)?"
    r"(?:\s?(?:bn|m|million|billion)\b)?")
# Pence written with "p" ("a 1p rise", "fell 12p"); not a video format ("720p") nor "3p.m.".
_PENCE = re.compile(r"(?<![\w.£$€-])(?!(?:144|240|360|480|576|720)p)\d{1,3}(?:\.\d+)?p\b(?![-'’]?\w|\.\w)")
# "5 per cent", "7 percent", "12.5%": the model tags "per cent" as money and misses some.
_PERCENT_TEXT = re.compile(r"(?<![\w.])\d(?:[\d,]*\d)?(?:\.\d+)?(?:\s?%|\s(?:per ?cent|pc)\b)", re.I)
_PER_CENT = re.compile(r"(?:%|\bper ?cent|\bpc)$", re.I)
# A figure given as a range, or as a change "from … to …" (see `FactExtractor._ranges_and_changes`):
# "3% to 3.5%", "45-50%", "between 4 and 6 per cent", "$2m-$3m", "between £5m and £8m".
_SIGN = r"(?:US\$|A\$|C\$|HK\$|NZ\$|\$|€|£|¥|₹)"
_AMOUNT = r"\d(?:[\d,]*\d)?(?:\.\d+)?"
_SCALE_TEXT = r"(?:\s?(?:bn|mn|tn|m|M|k|K)\b|\s(?:million|billion|trillion|thousand)\b)"
_PER = r"(?:\s?%|\s?per ?cent\b|\s?percent\b)"
_PERCENT_RANGE = re.compile(
    rf"(?<![\w.]){_AMOUNT}{_PER}?\s?(?:to|-|–|—)\s?{_AMOUNT}{_PER}"
    rf"|\bbetween {_AMOUNT}{_PER}? and {_AMOUNT}{_PER}", re.I)
_MONEY_RANGE = re.compile(
    rf"(?<![\w$£€¥]){_SIGN}{_AMOUNT}{_SCALE_TEXT}?\s?(?:to|-|–|—)\s?{_SIGN}?{_AMOUNT}{_SCALE_TEXT}?"
    rf"|\bbetween {_SIGN}{_AMOUNT}{_SCALE_TEXT}? and {_SIGN}?{_AMOUNT}{_SCALE_TEXT}?")
# Two figures inside one fact's text: the first, the word joining them, the second.
_TWO_FIGURES = re.compile(
    rf"(?P<a>{_SIGN}?{_AMOUNT}{_SCALE_TEXT}?{_PER}?)\s?(?P<sep>\bto\b|\band\b|-|–|—)\s?"
    rf"(?P<b>{_SIGN}?{_AMOUNT}{_SCALE_TEXT}?{_PER}?)", re.I)
# Tokens around a figure the model leaves out of its MONEY entity: "£[2.5]m", "€[126.36] M".
_CURRENCY_SIGNS = frozenset({"$", "£", "€", "¥", "₹", "US$", "A$", "C$", "HK$", "NZ$", "S$"})
_SCALE_WORDS = frozenset({"m", "mn", "bn", "b", "k", "tn", "million", "billion", "trillion", "thousand"})
_SCALED_NUMBER = re.compile(
    r"\b(?:(?:over|about|around|nearly|almost|more than|some) )?(?:\d(?:[\d,.]*\d)?|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|several|a few)\s(?:hundred )?(?:thousand|million|billion)\b(?!\s(?:euros|dollars|pounds))", re.I)
_AGE = re.compile(r"(?:age|aged)\s+\d{1,3}$", re.I)
# An age the model takes for a date: "103 years of age", "between the ages of 18 and 29".
_AGE_WORDS = re.compile(r"(?:at )?\d{1,3} years? of age|(?:between )?the ages? of \d{1,3}(?:\s?(?:to|-|–|and)\s?\d{1,3})?",
                        re.I)
# An age range the model leaves out or cuts: "range in age from 21 to 78", "aged from 30 to 45", "between the
# ages of 18 and 24" (read as the date "between the ages of 18 and" and the date "24").
_AGE_SPAN = re.compile(r"\b(?:in age from |aged (?:from|between) |ages (?:from|between) |(?P<lead>(?:between )?the ages of ))"
                       r"(\d{1,3}) (?:to|and) (\d{1,3})\b", re.I)
_AGE_RANGE = re.compile(r"(?:between |about |around |nearly |almost |over |under |some )?\d{1,3}(?:\s?(?:to|-|–|and)\s?\d{1,3})?")
# after "aged": "30 to 40", "about 68"
# Two bare numbers the model takes for a date ("rise from 60 to 65", "went down 37-32"): figures, no time.
_NUMBER_PAIR = re.compile(r"(?:from )?\d{1,3}\s?(?:to|-|–)\s?\d{1,3}")
# A speed, a distance or a weight the model takes for a sum: "161 km/h", "40 mph".
_UNIT_NOT_MONEY = re.compile(r"[~≈]?\d[\d,.]*\s?(?:km/h|kph|mph|m/s|km|kg|lbs?|miles?|metres?|meters?|tonnes?)", re.I)
_SCALED_FIGURE = re.compile(r"\d(?:bn|mn|tn)\b|\b(?:million|billion|trillion)\b", re.I)
_MONTH_OR_YEAR = re.compile(r"\b(?:1[89]\d\d|20\d\d)\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b",
                            re.I)
# A period named by its year: "the 2005 season", "the 2019 campaign" (its value is the year).
_YEAR_OF_A_PERIOD = re.compile(r"(?:the\s+)?((?:1[89]|20)\d\d)\s+(?:season|campaign|term|tour|series|edition)")
# Nouns of a count: a four-digit figure said of one is no year ("the number of cases is 1501").
_TOTAL_NOUNS = frozenset({"number", "total", "toll", "tally", "count", "numbers", "totals"})
# A measure converted in brackets, often marked as rough: "75 ft (~23 m)", "160 square miles
# (≈415 km2)". The figure with its unit, without the mark (the model misses "~23"); its value
# the number as written ("m" is metres here, not millions).
_CONVERTED_MEASURE = re.compile(
    r"\(\s*(?:[~≈]|c\.|ca\.|approx\.?|about|around|some)?\s*"
    r"((\d[\d,]*(?:\.\d+)?)\s?(?:km2|km²|m2|m²|sq\.? ?(?:km|mi|m|ft)|km/h|mph|km|cm|mm|m|mi|ft|yd|kg|lbs?|t|ha|kn))\s*\)")
# "A few days back", "two weeks back": "back" as "ago" (the model reads only "ago"); not a
# delay ("set the work two weeks back").
_BACK_AS_AGO = re.compile(r"(?<![\w-])(?<!set )(?<!put )(?<!pushed )(?<!moved )(?:(?:a few|a couple of|several|some|\d{1,2}|"
                          + CARDINAL_WORDS + r")\s+(?:days?|weeks?|months?|years?)|a (?:day|week|month|year))\s+back\b", re.I)
_PERIOD_WORDS = frozenset({"year", "month", "week", "weekend", "spring", "summer", "autumn", "winter", "season"})
_FORTNIGHTS = re.compile(r"\b(?:a|one|two|three|four|\d+) fortnights?\b", re.I)  # the model never tags these
# A word every match of a figure pattern holds (in lower case): a text with none of them is not
# scanned (each scan tries the pattern at every character of the article).
_NEEDED = {
    _MONEY_RANGE: ("$", "€", "£", "¥", "₹", "between"),
    _PERCENT_RANGE: ("%", "percent", "per cent"),
    _MONEY_TEXT: ("$", "€", "£", "¥", "usd", "eur", "gbp", "dollar", "pound", "yen", "yuan", "rupee", "franc", "złot",
                  "zlot", *CURRENCY_NAMES),
    _PERCENT_TEXT: ("%", "percent", "per cent", "pc"),
    _SCALED_NUMBER: ("thousand", "million", "billion"),
    _FORTNIGHTS: ("fortnight",),
    BARE_SCALED: ("bn", "tn", "mn"),
}


_NEEDED[_AGE_SPAN] = ("age",)


# A part every match of a figure pattern holds, as a pattern quick to try at every character (no
# look-behind or long alternation first): a text without it is not scanned. The first group is
# tried on the text itself with the pattern's own flags, the second (case-blind patterns) on the
# folded text.
_CORES = {
    _MONEY_RANGE: re.compile(r"[$€£¥₹]\d"),  # a sign before a figure
    _PENCE: re.compile(r"\dp\b"),
    _PERCENT_RANGE: re.compile(r"\d\s?(?:%|per ?cent)", re.I),  # the second figure with its unit
    # a sign or a code before a figure, a figure before a currency's name, "dollars" before a figure
    _MONEY_TEXT: re.compile(r"[$€£¥]\d|(?:USD|EUR|GBP) ?\d|dollars? \d"
                            r"|\d\s?(?:m|bn|million|billion)?\s(?:euros?|dollars?|pounds?|yen|yuan|rupees?|francs?|z[łl]oty(?:s|ch)?"
                            rf"|{CURRENCY_NAME_PATTERN})\b"),
    BARE_SCALED: re.compile(r"\d(?:bn|tn|mn)\b"),  # a figure with its scale glued on
}
_FOLDED_CORES: dict = {
    # a figure (or a number word) before its scale: "five thousand", "3 hundred million"
    _SCALED_NUMBER: re.compile(r"(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|several|few)\s"
                               r"(?:hundred )?(?:thousand|million|billion)"),
    # "in age from", "aged from/between", "ages from/between", "the ages of" ("age" alone is in
    # "message", "stage", "average": most texts have it)
    _AGE_SPAN: re.compile(r"age[ds]? (?:from|between|of) "),
}


def _folded(text: str) -> str:
    """The text in lower case, with the letters a case-blind pattern also takes for "i" and "s"
    ("ı", "İ", "ſ") written plainly: a word that is not in it, no pattern finds in the text."""
    return text.lower().replace("i\u0307", "i").replace("ı", "i").replace("ſ", "s")


def _scan(pattern, text: str, folded: str):
    """`pattern.finditer(text)`, or nothing when the text lacks every word its matches need."""
    needed = _NEEDED.get(pattern)
    if needed is not None and not any(word in folded for word in needed):
        return iter(())
    core = _CORES.get(pattern)
    if core is not None and not core.search(text):
        return iter(())
    core = _FOLDED_CORES.get(pattern)
    if core is not None and not core.search(folded):
        return iter(())
    return pattern.finditer(text)


# Words each find of a `quantities` reader holds (in lower case): a text with none of them is
# not read (each reader scans the whole text for its key words; see `_scan`).
_READER_NEEDS = {
    times_in_units: ("min", ":"),  # a word of minutes ("minutes", "mins"), or a race clock's colon
    percentage_points: ("percentage",),
    twice: ("twice", "thrice"),
    multiples: ("fold", " times"),
}


def _read(reader, text: str, folded: str) -> list:
    """`reader(text)`, or nothing when the folded text lacks every word its finds need."""
    return reader(text) if any(word in folded for word in _READER_NEEDS[reader]) else []


# "Four years later", "a decade earlier", "two years on": a year counted from the last one given.
_YEARS_ON = re.compile(r"(?<![\w-])(?P<n>an?|\d{1,3}|" + CARDINAL_WORDS + r")[ -](?P<unit>years?|decades?)\s+"
                       r"(?P<dir>later|earlier|on(?=\s*[,.;:]))\b(?!\s+than\b)", re.I)
# Events whose day the first paragraph gives ("a mass stabbing on Saturday").
_EVENTS = (r"attacks?|crash|shooting|stabbings?|explosions?|blast|bombings?|fire|collision|earthquake|quake|"
           r"accident|derailment|raid|ambush|killings?|murders?|massacre|storm|landslide|flood|fire|sinking|riot")
_EVENT_WORD = re.compile(rf"\b(?:{_EVENTS})\b", re.I)
# "a few hours before the attack", "hours after the crash": a time on the day of an event.
_HOURS_AROUND = re.compile(r"(?<![\w-])(?:(?:a few|a couple of|several|some|just|only|an?|\d{1,2}|" + CARDINAL_WORDS
                           + r")\s+)?(?:hours?|minutes?|days?)\s+(?:before|after|prior to)\s+the\s+(?:" + _EVENTS
                           + r")\b", re.I)
# "roughly a day before the event", "two days after the rally": a day counted from an event.
_DAYS_AROUND = re.compile(r"(?<![\w-])(?:(?:roughly|about|around|some|nearly|almost|just|only)\s+)?(?P<n>an?|\d{1,2}|"
                          + CARDINAL_WORDS + r")\s+days?\s+(?P<dir>before|after|prior to)\s+the\s+(?P<noun>event|rally|protest|"
                          r"demonstration|march|ceremony|summit|concert|meeting|match|race|launch|funeral|wedding|" + _EVENTS
                          + r")\b", re.I)
_EVENT_NOUN = re.compile(r"\b(?:rally|protest|demonstration|march|ceremony|summit|concert|meeting|match|race|launch|"
                         r"funeral|wedding|" + _EVENTS + r")\b", re.I)
_FOLDED_CORES[_DAYS_AROUND] = re.compile(r"days?\s+(?:before|after|prior to)\s+the\s+[a-z]")
_FOLDED_CORES[_YEARS_ON] = re.compile(r"(?:year|decade)s?\s+(?:later|earlier|on)")  # see _scan
_FOLDED_CORES[_HOURS_AROUND] = re.compile(r"(?:hour|minute|day)s?\s+(?:before|after|prior to)\s+the\s+(?:" + _EVENTS + r")")
# Determiners after which a number counts ("all 2000", "every 1500", "some 1900").
_COUNT_WORDS = frozenset({"all", "some", "every", "each", "another", "any", "no", "those", "these", "about"})
# A span of years: a financial or school year ("1998/99", "2002/2003") or a range ("2007-2013").
_YEAR_SPAN = re.compile(r"(?<![\w/.-])(1[89]\d\d|20\d\d)(?:/(\d\d|\d{4})|\s?[-–]\s?(1[89]\d\d|20\d\d))(?![\w/-]|\.\d|\s?%)")
_CORES[_YEAR_SPAN] = re.compile(r"(?:1[89]|20)\d\d(?:/\d\d|\s?[-–]\s?(?:1[89]|20)\d\d)")  # see _scan
_BEFORE_A_YEAR = frozenset({"in", "since", "from", "between", "until", "till", "by", "and", "to", "during",
                            "before", "after", "early", "late", "mid", "of"})
# Dates all the same, though their day depends on the country or the year's calendar.
_OTHER_HOLIDAYS = ("labour day", "independence day", "mother's day", "father's day")
# Currency words after a bare number the model tagged CARDINAL ("17.58 euros").
_PERCENT_SIGN = re.compile(r"%|\bper ?cent\b|\bpercent\b|\bpc\b", re.I)
_MONEY_WORD = re.compile(r"[$£€¥]|\b(?:euros?|pounds?|dollars?|yen|yuan|pence|cents|rupees?|francs?|roubles?|pesos?)\b", re.I)
_CURRENCY_WORDS = frozenset("""euro euros pound pounds dollar dollars yen yuan pence cents rupee rupees
franc francs rand rouble roubles ruble rubles peso pesos won lira złoty złotys złotych zloty zlotys""".split()) \
    | frozenset(CURRENCY_NAMES)
_SINGULAR_CURRENCY_WORDS = frozenset({"cent", "dollar", "pound", "euro", "penny", "rupee", "franc", "peso"})
# A date fact must point somewhere in time: "an ordinary day" is a DATE to spaCy, not to us.
_DATE_ANCHOR = re.compile(
    r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|day\b.*\b(?:last|next|this)|"
    r"\b(?:days?|weeks?|months?|years?|decades?)\s+(?:earlier|later|before)$|"  # "two days earlier"
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|tomorrow|tonight|\bago\b|"
    r"\b(?:this|last|next|earlier|later|past|coming|following|previous)\b.*\b(?:day|week|month|year|decade|century|"
    r"spring|summer|autumn|fall|winter|weekend|season)|\bweekend\b|"
    r"\b(?:end|start|beginning|middle) of (?:the |this |next |last )?(?:year|month|week|season|decade)|"
    r"\bthe (?:early |mid-?|late )?(?:nineteen[- ])?(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|"
    r"nineties)\b|"  # "the seventies": a decade
    + _any_of([*_FIXED_HOLIDAYS, *_EASTER_OFFSETS, *_WEEKDAY_HOLIDAYS, *_OTHER_HOLIDAYS]), re.I)


class FactExtractor:
    def __init__(self, doc, token_actor: dict[int, str], actor_types: dict[str, str],
                 article_date: str | None, title: str = "") -> None:
        self.doc = doc
        self.text = arrays_of(doc).text()
        self.token_actor = token_actor
        self.actor_types = actor_types
        self.title = title
        self._event_day_found: tuple[dt.date | None] | None = None
        self._subjects: dict[int, str | None] = {}  # token → the actor `_subject` finds for a span rooted there
        self.anchor = _article_anchor(article_date)
        self.year = self.anchor.year if self.anchor else _context_year(doc)

    def extract(self) -> list[Fact]:
        facts = RoleFinder(self.doc, self.text, self.token_actor, self.actor_types, self._fact,
                           self._subject_at).roles() + self._entity_facts()
        facts = self._with_missed_figures(facts)
        facts = self._ranges_and_changes(facts)
        facts = self._scores_and_counts(facts)
        facts = self._with_cents_currency(facts)
        facts = self._sums_by_their_neighbours(facts)
        facts.sort(key=lambda f: (f.start, f.kind))
        facts = self._counted_from_a_point(facts)
        facts = self._election_day(facts)
        return _dedupe(facts)

    def _election_day(self, facts: list[Fact]) -> list[Fact]:
        """"not before election day": the day of the vote the article dates ("the election to be
        held on August 9", "the August 9 poll", "The vote was held on June 3") — the one day, read
        to the day, with a noun of voting among the eight words before it or right after it in its
        sentence. No value when the article dates no vote, or dates several on different days."""
        if "lection day" not in self.text:
            return facts
        days = set()
        sents = arrays_of(self.doc)
        for f in facts:
            if f.kind != "date" or not isinstance(f.value, str) or len(f.value) != 10:
                continue
            span = self.doc.char_span(f.start, f.end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            sent = sents.sent(span.start)
            near = self.doc[max(sent.start, span.start - 8):min(sent.end, span.end + 2)]
            if any(t.lower_ in _VOTE_NOUNS for t in near if not span.start <= t.i < span.end):
                days.add(f.value)
        if len(days) != 1:
            return facts
        day = days.pop()
        return [Fact(f.kind, f.start, f.end, f.text, day, f.subject, f.sentence)
                if f.kind == "date" and f.value is None and re.fullmatch(r"(?:the )?election day", f.text, re.I) else f
                for f in facts]

    def _counted_from_a_point(self, facts: list[Fact]) -> list[Fact]:
        """Dates counted from another point: "Four years later" after a sentence that gives a
        year (that year plus four; no value when neither it nor the two sentences before it give
        one), "a few hours before the attack" (the day of the event when the first paragraph gives
        it, else no value). Facts the phrase covers ("four years", "a few hours") give way."""
        text = self.text
        if "later" not in text and "earlier" not in text and " on" not in text \
                and "before" not in text and "after" not in text and "prior" not in text:
            return facts
        added: list[Fact] = []
        folded = _folded(text)
        for m in _scan(_YEARS_ON, text, folded):
            added.append(self._fact("date", m.start(), m.end(), self._year_on(m, facts), self._subject_at(m.start(), m.end())))
        for m in _scan(_HOURS_AROUND, text, folded):
            day = None if re.search(r"\bdays?\b", m.group(), re.I) else self._event_day_of(m.start())
            added.append(self._fact("date", m.start(), m.end(), day, self._subject_at(m.start(), m.end())))
        for m in _scan(_DAYS_AROUND, text, folded):  # "roughly a day before the event": the lede's event day, counted
            if any(a.start < m.end() and m.start() < a.end for a in added):
                added = [a for a in added if not (a.start < m.end() and m.start() < a.end)]
            added.append(self._fact("date", m.start(), m.end(), self._days_from_the_event(m), self._subject_at(m.start(), m.end())))
        if not added:
            return facts
        kept = [f for f in facts if f.kind not in ("date", "quantity")
                or not any(a.start <= f.start and f.end <= a.end for a in added)]
        out = kept + added
        out.sort(key=lambda f: (f.start, f.kind))
        return out

    def _year_on(self, m, facts: list[Fact]) -> str | None:
        """The year `m` ("two years earlier") counts from: the last date before it, when that date
        writes its year out and is in the same sentence, the one before, or (in the same paragraph)
        the one before that."""
        last = None
        for f in facts:
            if f.start >= m.start():
                break
            if f.kind == "date":
                last = f
        if last is None or not isinstance(last.value, str):
            return None
        written = _YEAR.search(last.text)
        if written is None or last.value[:4] != written.group() or _YEAR_SPAN.search(last.text):
            return None
        span = self.doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or not len(span):
            return None
        sents = arrays_of(self.doc)
        sent = sents.sent(span.start)
        for back in range(3):
            if sent.start_char <= last.start:
                break
            if sent.start == 0 or back == 2:
                return None
            sent = sents.sent(sent.start - 1)
        if back == 2 and "\n" in self.text[last.end:m.start()]:
            return None
        n = m.group("n").lower()
        count = 1 if n in ("a", "an") else int(n) if n.isdigit() else _number_words(n)
        if count is None:
            return None
        count *= 10 if m.group("unit").lower().startswith("decade") else 1
        year = int(written.group()) + (-count if m.group("dir").lower() == "earlier" else count)
        return f"{year:04d}"

    def _days_from_the_event(self, m) -> str | None:
        """The day "a day before the event", "two days after the rally" names: the day of the
        event the first paragraph dates, counted by the days — the first day of that paragraph
        (not after the article's date) in a sentence that names the event: the same noun ("On
        Thursday, … held a rally" — "the rally"), or any noun of an event for "the event"; after
        the first paragraph; of several days in that sentence, the one nearest the noun (a
        dateline the loader ran into the first sentence is further). Else no value."""
        lede_end = self._lede_end()
        if m.start() < lede_end or self.anchor is None:
            return None
        noun = m.group("noun").lower()
        nouns = _EVENT_NOUN if noun == "event" else re.compile(rf"\b{re.escape(noun)}\b", re.I)
        day, sentence, distance = None, None, None
        for ent in self.doc.ents:  # the lede's first sentence that names the event and a day: the day nearest the noun
            if ent.start_char >= lede_end or sentence is not None and ent.sent.start != sentence:
                break
            iso = normalise_date(ent.text, self.anchor, self.year, ahead=_speaks_ahead(ent)) if ent.label_ == "DATE" else None
            named = [n.start() for n in nouns.finditer(ent.sent.text)] \
                if iso and len(iso) == 10 and iso <= self.anchor.isoformat() else []  # not a day still to come
            if named:  # a dateline ("Monday, August 3, 2020 On Thursday, … held a rally") is further from it
                far = min(abs(ent.sent.start_char + n - ent.start_char) for n in named)
                if distance is None or far < distance:
                    day, sentence, distance = dt.date.fromisoformat(iso), ent.sent.start, far
        if day is None or day > self.anchor:
            return None
        n = m.group("n").lower()
        count = 1 if n in ("a", "an", "one") else int(n) if n.isdigit() else _number_words(n)
        if count is None:
            return None
        sign = -1 if m.group("dir").lower() in ("before", "prior to") else 1
        return (day + dt.timedelta(days=sign * count)).isoformat()

    def _event_day_of(self, at: int) -> str | None:
        """The day of the event the first paragraph reports — its first date read to the day, not
        after the article's date, when that paragraph names such an event — for "hours after the
        crash" after that paragraph. None in the first paragraph itself or when it gives no day."""
        lede_end = self._lede_end()
        if at < lede_end or self.anchor is None or not _EVENT_WORD.search(self.text[:lede_end]):
            return None
        day = self._first_day_of_the_lede(("DATE", "TIME"))
        return day.isoformat() if day is not None and day <= self.anchor else None

    def _lede_end(self) -> int:
        """Where the first paragraph ends (the whole text when it is one paragraph)."""
        end = self.text.find("\n\n")
        return len(self.text) if end < 0 else end

    def _first_day_of_the_lede(self, labels: tuple[str, ...], with_entity: bool = False):
        """The first entity of `labels` in the first paragraph that reads to a whole day, or None
        (with the entity, when asked)."""
        lede_end = self._lede_end()
        for ent in self.doc.ents:
            if ent.start_char >= lede_end:
                return None
            if ent.label_ not in labels:
                continue
            iso = normalise_date(ent.text, self.anchor, self.year, ahead=_speaks_ahead(ent))
            if iso and len(iso) == 10:
                return (dt.date.fromisoformat(iso), ent) if with_entity else dt.date.fromisoformat(iso)
        return None

    def _with_cents_currency(self, facts: list[Fact]) -> list[Fact]:
        """"75 cents" is 0.75 of a currency the words do not name: the currency of another sum in
        the same sentence that has cents ("rose 75 cents to $50"), else that of the one country
        the title and the first paragraph speak of, when its money has cents (Canada: CAD;
        a euro country from 1999: EUR); else unknown (None) — never a guess."""
        out = []
        for f in facts:
            if f.kind == "money" and isinstance(f.value, dict) and f.value.get("currency") is None \
                    and _CENTS_WORDS.search(f.text.lower()):
                beside = {g.value["currency"] for g in facts if g.kind == "money" and g is not f
                          and g.sentence == f.sentence and isinstance(g.value, dict)
                          and g.value.get("currency") in _CENT_CURRENCIES.values()}
                currency = beside.pop() if len(beside) == 1 else self._country_currency() or self._only_cents_currency(facts, f)
                if currency is not None:
                    f = Fact(f.kind, f.start, f.end, f.text, {**f.value, "currency": currency}, f.subject, f.sentence)
            out.append(f)
        return out

    def _sums_by_their_neighbours(self, facts: list[Fact]) -> list[Fact]:
        """A figure with no currency that a sentence of sums gives as money: one converted in
        brackets as the sums before it are ("took $31.2m (£16.6m), for a total of 187.4m
        (£99.7m)"), or one before a noun of accounts after a sum in words ("earned 530 million
        pounds in sales for a 64 million loss"). Its currency is that of the last sum before it in the sentence
        outside brackets — and, for a conversion, one converted into the same currency; with no
        such sum it stays a count (a sum of unknown currency is never guessed)."""
        sums = [g for g in facts if g.kind == "money" and isinstance(g.value, dict) and g.value.get("currency")]
        if not sums:
            return facts
        out = []
        for f in facts:
            new = self._sum_by_its_neighbours(f, sums) if f.kind == "quantity" and isinstance(f.value, float) else None
            out.append(f if new is None else new)
        return out

    def _sum_by_its_neighbours(self, f: Fact, sums: list[Fact]) -> Fact | None:
        """`f` as money by the rule of `_sums_by_their_neighbours`, or None."""
        scale = _SCALE_AFTER.match(self.text, f.end)
        end = scale.end("scale") if scale else f.end
        multiplier = _SCALE_WORDS[scale.group("scale").lower()] if scale else 1.0
        if f.value is None or multiplier == 1.0 and f.value < 1e5 and not _SCALE_IN_FIGURE.search(f.text):
            return None  # (a small bare figure is a count: "3 (£2) …" is no pattern of sums)
        rest = self.text[end:end + 40]
        bracket = next((g for g in sums if _CONVERSION_OPENS.fullmatch(self.text[end:g.start])), None) \
            if rest.lstrip().startswith("(") else None
        before = [g for g in sums if g.sentence == f.sentence and g.end <= f.start and not _inside_brackets(self.text, g.start)]
        if bracket is not None:  # the sums before it converted into the same currency
            before = [g for g in before if any(h.value["currency"] == bracket.value["currency"] and
                                               _CONVERSION_OPENS.fullmatch(self.text[g.end:h.start]) for h in sums)]
        elif not _ACCOUNTS_NOUN.match(rest) or not scale and not _SCALE_IN_FIGURE.search(f.text):
            return None
        if not before or before[-1].value["currency"] == (bracket.value["currency"] if bracket else None):
            return None
        amount = f.value * multiplier if not _SCALE_IN_FIGURE.search(f.text) else f.value
        return Fact("money", f.start, end, self.text[f.start:end], {"amount": amount, "currency": before[-1].value["currency"]},
                    f.subject, f.sentence)

    @staticmethod
    def _only_cents_currency(facts: list[Fact], cents: Fact) -> str | None:
        """The currency of every other sum in the article whose money has cents, when they are
        all one ("$205m … $4.2bn … 33 cents a share": USD; sums in pounds beside them, as BBC
        stories convert, have pence and do not count). None when there are none or several."""
        found = {g.value["currency"] for g in facts if g.kind == "money" and g is not cents and isinstance(g.value, dict)
                 and g.value.get("currency") is not None and not _CENTS_WORDS.search(g.text.lower())}
        cents_currencies = {c for c in found if c in _CENT_CURRENCIES.values()}
        return cents_currencies.pop() if len(cents_currencies) == 1 and found <= cents_currencies | {"GBP"} else None

    def _country_currency(self) -> str | None:
        """The currency with cents of the one country the title and first paragraph name (by
        name or by its people: "Canadian police"), or None when they name none, several, or
        one whose money has no cents."""
        from .descriptions import DEMONYM_COUNTRIES

        lede = self.title + "\n" + self.text.split("\n\n", 1)[0]
        found: set[str] = set()
        for m in _country_words().finditer(lede):
            words = m.group()
            if words in _COUNTRY_SPELLINGS:
                found.add(_CENT_CURRENCIES.get(_COUNTRY_SPELLINGS[words], "other"))
            elif not re.match(r"\s[A-Z]", lede[m.end():m.end() + 2]):  # not "British Columbia", a name
                found |= {_CENT_CURRENCIES.get(c, "other") for c in DEMONYM_COUNTRIES[words.lower()]}
        if len(found) != 1:
            return None
        currency = found.pop()
        if currency == "EUR" and self.year is not None and self.year < 1999:
            return None
        return None if currency == "other" else currency

    def _with_missed_figures(self, found: list[Fact]) -> list[Fact]:
        """Money, scaled numbers, durations and years written plainly that the entity recogniser
        left out or swallowed into a wrong entity ("USD15 an hour", "a record Australian dollar
        29.4bn" read as a bare number, "185 thousand customers", "between 1999 and 2003"). Only
        where no fact already covers the text — except that money replaces a bare number."""
        out = list(found)
        folded = _folded(self.text)
        for kind, pattern in (("money", _MONEY_RANGE), ("percent", _PERCENT_RANGE)):
            for m in _scan(pattern, self.text, folded):  # "between 4 and 6 per cent": the model took "6 per cent"
                start, end = m.start(), m.end()
                over = [f for f in out if f.start < end and start < f.end]
                if any(f.kind not in ("money", "percent", "quantity") or f.start < start
                       or f.end > end and self.text[end:f.end].strip(".,;") for f in over):
                    continue  # part of a date, a role or a longer figure
                out = [f for f in out if not (f.start < end and start < f.end)]  # all but `over`
                out.append(self._fact(kind, start, end, None, self._subject_at(start, end)))

        def free(start: int, end: int, over_numbers: bool = False) -> bool:
            return not any(f.start < end and start < f.end and not (over_numbers and f.kind == "quantity")
                           for f in out)

        def inside(start: int, end: int) -> bool:  # a figure already read, but only in part: "£[2.5]m"
            return not any(f.start < end and start < f.end and not (start <= f.start and f.end <= end
                                                                    and f.kind in ("money", "quantity")) for f in out)

        for kind, pattern in (("money", _MONEY_TEXT), ("money", _PENCE), ("percent", _PERCENT_TEXT), ("quantity", _SCALED_NUMBER),
                              ("quantity", _FORTNIGHTS), ("quantity", MULTIPLE), ("quantity", BARE_SCALED)):
            found = _read(multiples, self.text, folded) if pattern is MULTIPLE else ((m.start(), m.end()) for m in _scan(pattern, self.text, folded))
            for start, end in found:
                written = self.text[start:end]
                if free(start, end, over_numbers=kind != "quantity") or kind == "money" and inside(start, end):
                    out = [f for f in out if not (f.start < end and start < f.end)]
                    value = parse_money(written) if kind == "money" else multiple_value(written) \
                        if pattern is MULTIPLE else parse_number(written)
                    out.append(self._fact(kind, start, end, value, self._subject_at(start, end)))
        # "two hours 18 minutes 15 seconds", "2:17:18" (a race clock), "a quarter of a percentage
        # point", "twice the forecast": figures the model splits, misses or reads as a date or a bare number
        figures = [(a, b, "quantity", None) for a, b in _read(times_in_units, self.text, folded)] \
            + [(a, b, "percent", v) for a, b, v in _read(percentage_points, self.text, folded)] \
            + [(a, b, "quantity", v) for a, b, v in _read(twice, self.text, folded)]
        for start, end, kind, value in figures:
            over = [f for f in out if f.start < end and start < f.end]
            if any(f.kind not in ("quantity", "date") or f.start < start or f.end > end for f in over):
                continue  # part of money, a role or a longer figure
            out = [f for f in out if not (f.start < end and start < f.end)]  # all but `over`
            out.append(self._fact(kind, start, end, value, self._subject_at(start, end)))
        for start, end in clock_times(self.text):  # "18:00 local time", "1500 UTC": read as counts or missed
            over = [f for f in out if f.start < end and start < f.end]
            if any(f.kind not in ("quantity", "date") or f.start < start or f.end > end for f in over):
                continue  # part of a longer date ("Sunday 10pm") or of another figure
            out = [f for f in out if not (f.start < end and start < f.end)]  # all but `over`
            out.append(self._fact("date", start, end, None, self._subject_at(start, end)))
        for m in _BACK_AS_AGO.finditer(self.text) if " back" in self.text else ():
            over = [f for f in out if f.start < m.end() and m.start() < f.end]
            if all(f.kind in ("quantity", "date") and m.start() <= f.start and f.end <= m.end() for f in over):
                out = [f for f in out if not (f.start < m.end() and m.start() < f.end)]  # all but `over` ("two weeks")
                out.append(self._fact("date", m.start(), m.end(), None, self._subject_at(m.start(), m.end())))
        for m in _CONVERTED_MEASURE.finditer(self.text) if "(" in self.text else ():
            start, end = m.start(1), m.end(1)
            if not re.search(r"\d", self.text[max(0, m.start() - 25):m.start()]) or any(
                    f.kind == "money" and m.start() - 25 <= f.end <= m.start() for f in out):
                continue  # no measure before it that it converts ("the fund (~23 m)", "30m euros (23m)": millions)
            over = [f for f in out if f.start < end and start < f.end]
            if all(f.kind == "quantity" and start <= f.start and f.end <= end for f in over):
                out = [f for f in out if not (f.start < end and start < f.end)]  # all but `over`
                out.append(self._fact("quantity", start, end, float(m.group(2).replace(",", "")),
                                      self._subject_at(start, end)))
        for m in _scan(_AGE_SPAN, self.text, folded):  # "range in age from 21 to 78": how old, which the model left out
            start = m.start() if m.group("lead") else m.start(2)  # "between the ages of 18 and 24"; "[from] 21 to 78"
            over = [f for f in out if f.start < m.end() and start < f.end]
            if all(f.kind in ("quantity", "date") and start <= f.start and f.end <= m.end() for f in over):
                out = [f for f in out if not (f.start < m.end() and start < f.end)]  # all but `over`
                out.append(self._fact("quantity", start, m.end(), range_value("quantity", m.group(2), m.group(3), m.group()),
                                      self._subject_at(start, m.end())))
        for m in _scan(_DAY_WORD, self.text, folded):  # "Today, Russian …": the model left the day word untagged
            if free(m.start(), m.end()) and not self._day_word_in_a_name(m.start(), m.end()):
                out.append(self._fact("date", m.start(), m.end(), self._day_in_a_quote(m.group(), m.start(), out)
                                      or normalise_date(m.group(), self.anchor, self.year), self._subject_at(m.start(), m.end())))
        for m in _scan(_VAGUE_STRETCH_TEXT, self.text, folded):  # "[in the] last couple of weeks": the model missed it
            if free(m.start(), m.end()):
                out.append(self._fact("date", m.start(), m.end(), None, self._subject_at(m.start(), m.end())))
        for m in _scan(_DECADE, self.text, folded):  # "1980s pioneers", "the 1980s battle": a decade, no value
            over = [f for f in out if f.start < m.end() and m.start() < f.end]
            if all(f.kind in ("quantity", "date") and m.start() <= f.start and f.end <= m.end() for f in over):
                out = [f for f in out if not (f.start < m.end() and m.start() < f.end)]  # all but `over`
                out.append(self._fact("date", m.start(), m.end(), None, self._subject_at(m.start(), m.end())))
        for m in _scan(_MONTH_FROM_NOW, self.text, folded):  # "won two this November": the model missed it
            if free(m.start(), m.end()):
                out.append(self._fact("date", m.start(), m.end(), normalise_date(m.group(), self.anchor, self.year),
                                      self._subject_at(m.start(), m.end())))
        for m in _scan(_YEAR_SPAN, self.text, folded):  # "in 1998/99", "the period 2007-2013": when, not how many
            first, second = int(m.group(1)), m.group(2) or m.group(3)
            if int(second[-2:]) == (first + 1) % 100 or len(second) == 4 and first < int(second) <= first + 30:
                over = [f for f in out if f.start < m.end() and m.start() < f.end]
                if all(f.kind in ("quantity", "date") and m.start() <= f.start and f.end <= m.end() for f in over):
                    out = [f for f in out if not (f.start < m.end() and m.start() < f.end)]  # all but `over`
                    span = self.doc.char_span(m.start(), m.end(), alignment_mode="expand")
                    out.append(self._fact("date", m.start(), m.end(), None, self._subject(span)))
        for m in _YEAR.finditer(self.text):
            if not free(m.start(), m.end()):
                continue  # (most years are a date the model read: no span looked for)
            span = self.doc.char_span(m.start(), m.end())
            if span is None:
                continue
            i = span.start
            after = self.doc[i + 1] if i + 1 < len(self.doc) else None
            if i > 0 and self.doc[i - 1].lower_ in _BEFORE_A_YEAR \
                    and not (after is not None and after.pos_ == "NOUN"):  # not "in 2000 homes"
                out.append(self._fact("date", m.start(), m.end(), m.group(), self._subject(span)))
            elif i > 0 and self.doc[i - 1].lower_ in ("the", "'s", "’s") and after is not None \
                    and after.tag_ not in ("NNS", "NNPS") and (after.is_alpha or after.text == "-"):
                # "the 2020 election", "the party's 2020 presidential nominee" (not "the 2000 homes")
                out.append(self._fact("date", m.start(), m.end(), m.group(), self._subject(span)))
        return out

    def _ranges_and_changes(self, facts: list[Fact]) -> list[Fact]:
        """A figure written with two numbers keeps both: a range ("3% to 3.5%", "45-50%",
        "between US$200 and 300 billion") is one fact whose value has both ends (see
        `range_value`); a change ("rose from 2% to 3%") or a tally ("voted 54 to 40") is two
        figures, one fact each. Never the first number alone as if it were the whole figure."""
        out: list[Fact] = []
        for f in facts:
            m = _TWO_FIGURES.search(f.text) if f.kind in ("money", "percent", "quantity") \
                and not (isinstance(f.value, dict) and "high" in f.value) else None  # a range already read whole
            if m is None or m.group("sep").lower() == "and" and not _between_before(self.text, f.start + m.start()):
                out.append(f)
                continue
            value = range_value(f.kind, m.group("a"), m.group("b"), f.text)
            change = _from_before(self.text, f.start + m.start()) or m.group("sep").lower() == "to" \
                and change_by_before(self.text, f.start + m.start(), m.group("a"), m.group("b"))
            if value is not None and not change or value is None and m.group("sep").lower() != "to":
                # a range; or two numbers joined by a dash that are no range ("2014-15"): no value
                out.append(Fact(f.kind, f.start, f.end, f.text, value, f.subject, f.sentence))
                continue
            for part in ("a", "b"):  # a change or a tally: each figure its own fact
                start, end = f.start + m.start(part), f.start + (m.end(part) if part == "a" else len(f.text))
                text = self.text[start:end]
                single = parse_money(text) if f.kind == "money" else parse_number(text)
                if f.kind == "money" and single is not None and single["currency"] is None:
                    single["currency"] = (parse_money(f.text) or {}).get("currency")  # "from 2m to $3m"
                out.append(Fact(f.kind, start, end, text, single, f.subject, f.sentence))
        return out

    def _scores_and_counts(self, facts: list[Fact]) -> list[Fact]:
        """Scores ("beat Millbrook 3-1": one figure, no value; they replace the bare numbers
        the model read in them) and numbers before a plural noun that nothing read ("around
        100 people"); see `quantities`."""
        out = list(facts)
        for start, end in scores(self.doc, self.text):
            if any(f.start < end and start < f.end and f.kind not in ("quantity", "money") for f in out):
                continue
            out = [f for f in out if not (f.start < end and start < f.end)]
            out.append(self._fact("quantity", start, end, None, self._subject_at(start, end)))

        def taken(start: int, end: int) -> bool:
            return any(f.start < end and start < f.end for f in out)

        for start, end in uncounted_numbers(self.doc, taken):
            out.append(self._fact("quantity", start, end, parse_number(self.text[start:end]),
                                  self._subject_at(start, end)))
        return out

    def _month_s_year(self, ent, text: str, value):
        """A month written without its year ("until June", "in December", "on 6 March") is read
        in the article's year; told in the past tense, a month after the article's is the year
        before ("warned about the outbreak in December", in February 2020: 2019-12), and in a
        past sentence that writes one earlier year before the month, that year ("In the 2016
        election, he stayed in the race until June": 2016-06; a year after it, "arrested in May
        … since 1995", is another's; several: no change); said of what is to come, a month
        before the article's is the next year ("will vote in March", in November). Words
        that count ("last June", "this May") and a weekday keep their own reading."""
        if self.anchor is None or not isinstance(value, str) or len(value) < 7 or value[:4] != str(self.anchor.year) \
                or _YEAR.search(text) or re.search(r"\b(?:last|next|this|since|ago)\b|day\b", text, re.I) \
                or not _MONTH_OR_YEAR.search(text):
            return value
        tense = _tense_of(ent)
        if tense == "past":
            # The years written before it; a count that looks like one ("its roughly 2000 stores") is none.
            years = [t.text for t in ent.sent if _YEAR.fullmatch(t.text) and t.i < ent.start and _a_year_in_use(t)]
            if len(years) == 1 and int(years[0]) < self.anchor.year:
                return years[0] + value[4:]
            if years:
                return value  # several years before it: which one, the sentence does not say
            if value[:7] > self.anchor.isoformat()[:7]:
                return str(self.anchor.year - 1) + value[4:]
        elif tense == "ahead" and value[:7] < self.anchor.isoformat()[:7]:
            return str(self.anchor.year + 1) + value[4:]
        return value

    def _durations(self, ent) -> list[Fact]:
        """A DATE or TIME entity that counts periods ("up to 15 years", "less than 20
        minutes"): a quantity, and a date for what it goes on to say when ("four days [last
        month]"). Empty when it is no duration."""
        text = ent.text
        if text.istitle() and not ent[0].is_sent_start and not text[:1].isdigit():
            return []  # "Jailhouse Rock and One Night", "Seven Days": a title, not how long
        if _DURATION.match(text.strip()) and "ago" not in text and not VAGUE_STRETCH.match(text):
            out = [self._fact("quantity", ent.start_char, ent.end_char, parse_number(text), self._subject(ent))]
            before = self.doc[ent.start - 1] if ent.start else None
            if _STRETCH_TO_NOW.match(text):
                # "over the last two decades": how long, and when (the stretch up to the article's day)
                out.append(self._fact("date", ent.start_char, ent.end_char, None, self._subject(ent)))
            elif before is not None and before.lower_ == "in" and _speaks_ahead(ent) \
                    and re.match(r"(?:an?|\d+|" + CARDINAL_WORDS + r")\s", text, re.I):
                # "was due to retire in two months": when it is to happen, counted from now (no value)
                out.append(self._fact("date", before.idx, ent.end_char, None, self._subject(ent)))
            return out
        parts = duration_parts(text)
        if parts is None:
            return []
        (a, b), date = parts
        if _YEAR.fullmatch(text[a:b].split()[0]):
            return []  # "2019 season": a year
        start = ent.start_char + a
        if re.match(r"(?:most|least)\b", text[a:b], re.I) and self.text[max(0, start - 3):start].lower() == "at ":
            start -= 3  # "at [most two weeks]"
        out = [self._fact("quantity", start, ent.start_char + b, duration_value(text[a:b]), self._subject(ent))]
        if date is not None:
            when = text[date[0]:date[1]]
            out.append(self._fact("date", ent.start_char + date[0], ent.start_char + date[1],
                                  normalise_date(when, self.anchor, self.year), self._subject(ent)))
        return out

    def _subject_at(self, start: int, end: int) -> str | None:
        arrays = arrays_of(self.doc)
        bounds = arrays.expand_bounds(start, end)  # the tokens of char_span(…, "expand"), without a Span
        if bounds is not None:
            return self._subject_of(arrays.root(*bounds).i)
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return self._subject(span) if span is not None and len(span) else None

    # ------------------------------------------------------------------ dates and figures
    def _entity_facts(self) -> list[Fact]:
        facts: list[Fact] = []
        last_day: tuple[dt.date, int] | None = None  # the last date read to the day, and where it ends
        for ent in arrays_of(self.doc).ents():
            label = ent.label_
            text = self.text[ent.start_char:ent.end_char].strip()  # ent.text, without joining its tokens
            same_day = self._same_day(ent) if label in ("DATE", "TIME") else None
            part = self._part_of_that_day(ent, last_day) if label in ("DATE", "TIME") and same_day is None else None
            if part is not None:  # "by the evening hours", "on the morning following the crash"
                facts.append(self._fact("date", part[0], part[1], part[2], self._subject(ent)))
            elif same_day is not None:  # "Later in the day", "earlier in the morning", "that night"
                day = last_day[0].isoformat() if last_day else self.anchor.isoformat() \
                    if self.anchor and not text.lower().startswith("that") else None
                facts.append(self._fact("date", *same_day, day, self._subject(ent)))
            elif label == "DATE":
                before = self.doc[ent.start - 1] if ent.start else None
                if _AGE.match(text) or before is not None and before.lower_ in ("aged", "age") \
                        and _AGE_RANGE.fullmatch(text) or _AGE_WORDS.fullmatch(text):
                    # "age 22", "aged 71", "aged 30 to 40", "103 years of age", "between the ages of 18 and 29": how old
                    two = _TWO_FIGURES.search(text)
                    value = range_value("quantity", two.group("a"), two.group("b"), text) if two else None
                    facts.append(self._fact("quantity", ent.start_char, ent.end_char,
                                            value or parse_number(text), self._subject(ent)))
                    continue
                if _NUMBER_PAIR.fullmatch(text):  # "from 60 to 65", "37-32": two figures (see _ranges_and_changes)
                    facts.append(self._fact("quantity", ent.start_char, ent.end_char, None, self._subject(ent)))
                    continue
                if self._dimension(ent) or self._count_said_of_a_total(ent):
                    # "1920*1080 images": a size; "the number of cases is 1501": a count; no year
                    facts.append(self._fact("quantity", ent.start_char, ent.end_char, parse_number(text),
                                            self._subject(ent)))
                    continue
                two = _TWO_DAYS.fullmatch(text)
                if two is not None and (two.group("b").lower() in _DEICTIC_DAYS
                                        or two.group("a").lower() not in _DEICTIC_DAYS):
                    # "Tuesday, yesterday", "Monday and Tuesday": two days the model joined, each its own date
                    for part in ("a", "b"):
                        start, end = ent.start_char + two.start(part), ent.start_char + two.end(part)
                        words = two.group(part)
                        value = self._day_in_a_quote(words, start, facts) or self._weekday_ahead(words, ent, facts)
                        if value and len(value) == 10:
                            last_day = (dt.date.fromisoformat(value), end)
                        facts.append(self._fact("date", start, end, value, self._subject(ent)))
                    continue
                years = _YEARS_LISTED.fullmatch(text)
                if years:  # "in 1993 and 2006": each year a date of its own
                    facts += [self._fact("date", ent.start_char + y.start(), ent.start_char + y.end(), y.group(),
                                         self._subject(ent)) for y in _YEAR.finditer(text)]
                    continue
                if _SCALED_FIGURE.search(text) and not _MONTH_OR_YEAR.search(text):
                    # "more than 30bn", "5 million": a figure the model took for a date
                    facts.append(self._fact("quantity", ent.start_char, ent.end_char, parse_number(text),
                                            self._subject(ent)))
                    continue
                if before is not None and before.lower_ in ("this", "last", "next") and len(ent) == 1 \
                        and ent[0].lower_ in _PERIOD_WORDS:  # "This year's nominees": the model took only "year"
                    ent = self.doc[ent.start - 1:ent.end]
                    text = ent.text
                elif ent.start >= 2 and text.lower() in ("the year", "the month", "the week") \
                        and self.doc[ent.start - 1].lower_ == "in" \
                        and self.doc[ent.start - 2].lower_ in ("later", "earlier", "early", "late"):
                    ent = self.doc[ent.start - 2:ent.end]  # "could go up later in the year": this year
                    text = ent.text
                    facts.append(self._fact("date", ent.start_char, ent.end_char,
                                            normalise_date(text, self.anchor, self.year), self._subject(ent)))
                    continue
                age = age_in(ent)  # "30-year-old", "at the age of 99", "He was 86."
                if age is not None:
                    facts.append(self._fact("quantity", age[0], age[1], age[2], self._subject(ent)))
                    continue
                share = fraction_value(text)
                if share is not None and ent.end < len(self.doc) and self.doc[ent.end].lower_ in ("as", "of"):
                    # "about a quarter as much money", "a third of the staff": a share, no quarter of a year
                    facts.append(self._fact("quantity", ent.start_char, ent.end_char, share, self._subject(ent)))
                    continue
                durations = self._durations(ent)  # "four days", "up to 15 years": how long, not when
                if durations:
                    facts += durations
                    continue
                after = self.doc[ent.end] if ent.end < len(self.doc) else None
                if not _DATE_ANCHOR.search(text) or _no_time(text) or after is not None and after.lower_ == "than" \
                        and re.search(r"(?:earlier|later)$", text):
                    continue  # "two years later than planned": a delay, no point in time
                if text in ("Today", "Tomorrow", "Tonight") and not ent[0].is_sent_start and (
                        before is not None and (before.is_alpha and (before.is_title or before.is_upper)
                                                or before.lower_ in ("'s", "’s"))
                        or after is not None and after.is_lower and after.pos_ in ("NOUN", "PROPN")):
                    continue  # part of a name: "Field Crops Today", "Radio 4's Today programme" (not "“Today's ruling")
                value = self._day_around(text, ent, last_day) or self._day_in_a_quote(text, ent.start_char, facts) or \
                    self._weekday_ahead(text, ent, facts)
                value = self._month_s_year(ent, text, value)
                year_of = _YEAR_OF_A_PERIOD.fullmatch(text) if value is None else None
                if year_of is not None:  # "the 2005 season": that year, as "the 2005 election" is
                    value = year_of.group(1)
                if re.fullmatch(r"\d{4}", text) and _TIME_ZONE_AFTER.match(self.text, ent.end_char):
                    value = None  # "at 1815 GMT": a time of day written as four digits, no year
                if value and len(value) == 10:
                    last_day = (dt.date.fromisoformat(value), ent.end_char)
                facts.append(self._fact("date", ent.start_char, ent.end_char, value, self._subject(ent)))
            elif label in ("EVENT", "ORG", "PERSON", "FAC", "GPE", "NORP", "WORK_OF_ART") and _HOLIDAY.fullmatch(text):
                # "New Year's Day", "Easter Monday": the model takes holidays for events or names
                facts.append(self._fact("date", ent.start_char, ent.end_char,
                                        normalise_date(text, self.anchor, self.year), self._subject(ent)))
            elif label == "PERCENT" and not _PERCENT_SIGN.search(text) and _MONEY_WORD.search(text):
                # "as little as 40 euros": the model's PERCENT with no per cent in it, a sum of money
                start, end = self._whole_figure(ent)
                facts.append(self._fact("money", start, end, parse_money(self.text[start:end]), self._subject(ent)))
            elif label == "PERCENT" or label == "MONEY" and _PER_CENT.search(text):
                facts.append(self._fact("percent", ent.start_char, ent.end_char, parse_number(text),
                                        self._subject(ent)))
            elif label in ("QUANTITY", "CARDINAL") and self._number_in_a_name(ent):
                continue  # "FTSE 100", "Apollo 11", "3G", "Five's share": part of a name or a code, no count
            elif label in ("MONEY", "CARDINAL") and self._a_figure_in_a_name(ent):
                continue  # "50 Cent said": a stage name, neither a sum nor a count
            elif label == "MONEY" and _UNIT_NOT_MONEY.fullmatch(text):  # "161 km/h": a speed, no sum
                facts.append(self._fact("quantity", ent.start_char, ent.end_char, parse_number(text), self._subject(ent)))
            elif label == "MONEY":
                start, end = self._whole_figure(ent)
                value = parse_money(self.text[start:end])
                written = self.text[start:end]
                year = _YEAR.match(text)
                if not any(ch.isdigit() for ch in written) and all(w[:1].isupper() for w in written.split()):
                    continue  # "Ten Dollar Summer": a title with a currency word, no sum of money
                if year and (value is None or value["currency"] is None) and not _CURRENCY_SIGNS & set(written) \
                        and ent.start + 1 < len(self.doc) and self.doc[ent.start + 1].is_title:
                    # "the 2020 Party Convention": a year before a name, not 2,020 of no currency
                    facts.append(self._fact("date", ent.start_char, ent.start_char + year.end(), year.group(),
                                            self._subject(ent)))
                    continue
                after = self.doc[ent.end] if ent.end < len(self.doc) else None
                last = ent[-1]
                if (value is None or value["currency"] is None) and not _CURRENCY_SIGNS & set(written) \
                        and (after is not None and after.tag_ == "NNS" and after.lower_ not in _CURRENCY_WORDS
                             or last.tag_ == "NNS" and last.is_alpha and last.lower_ not in _CURRENCY_WORDS):
                    # ("more than two billion tonnes": the things counted inside the model's MONEY)
                    # "500 trillion sums a second": a count of things, no sum of money
                    facts.append(self._fact("quantity", start, end, parse_number(written), self._subject(ent)))
                    continue
                facts.append(self._fact("money", start, end, value, self._subject(ent)))
            elif label == "TIME" and _PART_OF_A_DAY.fullmatch(text) and (ent[0].is_sent_start or not text.istitle()):
                # "this morning", "last night" (not the programme "This Morning")
                facts.append(self._fact("date", ent.start_char, ent.end_char,
                                        self._day_in_a_quote(text, ent.start_char, facts)
                                        or normalise_date(text, self.anchor, self.year), self._subject(ent)))
            elif label == "TIME" and self._durations(ent):  # "for 80 minutes", "less than 20 minutes"
                facts += self._durations(ent)
            elif label == "TIME" and _WEEKDAY_PART.fullmatch(text):  # "Sunday morning": that day
                facts.append(self._fact("date", ent.start_char, ent.end_char, self._weekday_ahead(text, ent, facts),
                                        self._subject(ent)))
            elif label == "TIME" and _CLOCK.match(text):  # "3:15 a.m.", "at 10pm": a time of day, no date to copy
                facts.append(self._fact("date", ent.start_char, ent.end_char, None, self._subject(ent)))
            elif label == "CARDINAL" and ent.end < len(self.doc) and self.doc[ent.end].lower_ in _CURRENCY_WORDS:
                end = self.doc[ent.end].idx + len(self.doc[ent.end].text)  # "17.58 euros"
                facts.append(self._fact("money", ent.start_char, end, parse_money(self.text[ent.start_char:end]),
                                        self._subject(ent)))
            elif label == "CARDINAL" and _YEAR.fullmatch(text) and ent.start > 0 and not self._dimension(ent) \
                    and (self.doc[ent.start - 1].lower_ in _BEFORE_A_YEAR
                         and not (ent.end < len(self.doc) and self.doc[ent.end].pos_ == "NOUN")
                         or self._year_before_a_name(ent)):
                facts.append(self._fact("date", ent.start_char, ent.end_char, text, self._subject(ent)))  # "dates to 1884"
            elif label == "CARDINAL" and glued_scale(self.doc, ent) is not None:  # "about 2m homes"
                end, scale = glued_scale(self.doc, ent)
                facts.append(self._fact("quantity", ent.start_char, end, (parse_number(text) or 0) * scale,
                                        self._subject(ent)))
            elif label in ("QUANTITY", "CARDINAL") and (self._salient_number(ent) or salient_count(ent)):
                value = fraction_value(text)  # "two thirds"
                facts.append(self._fact("quantity", ent.start_char, ent.end_char,
                                        parse_number(text) if value is None else value, self._subject(ent)))
        return facts

    def _number_in_a_name(self, ent) -> bool:
        """A number that is part of a name or a code, not a count: one in words written with a
        capital inside a sentence ("Five's share", "the Jackson Five"; as `salient_count` reads
        it), one glued to a capital letter that is no scale ("3G", "2.5G"; not "10M", "5K"), and
        one the parse makes the number of the proper noun right before it ("the FTSE 100's
        fall", "Apollo 11 landed", "the Nikkei 225"; not "gave Smith 20 votes": that number
        counts its noun; nor a place before a figure, "in Wales 59,000": a list's count)."""
        doc = self.doc
        first, last = ent[0], ent[-1]
        if ent.text[:1].isupper() and not ent.text[:1].isdigit() and not first.is_sent_start \
                and (first.i == 0 or doc[first.i - 1].text not in ('"', "“", "‘", "'", "(", ":", "-", "—", "–")):
            return True
        if len(ent) != 1 or not first.text[:1].isdigit():
            return False
        after = doc[last.i + 1] if last.i + 1 < len(doc) else None
        if after is not None and not last.whitespace_ and after.text[:1].isupper() and after.text.isalpha() \
                and len(after.text) <= 2 and after.text not in ("M", "K", "B", "T", "bn", "BN", "MN", "TN"):
            return True  # "3G", "4K"? no: "K" is a thousand; "2.5G", "5G", "4X"
        before = doc[first.i - 1] if first.i else None
        return before is not None and before.tag_ == "NNP" and (before.is_title or before.is_upper) \
            and first.dep_ == "nummod" and first.head.i == before.i and before.whitespace_ == " " \
            and before.dep_ not in ("conj", "dative", "appos") and "," not in first.text \
            and before.ent_type_ not in ("GPE", "LOC", "NORP") \
            and not (after is not None and after.tag_ == "CD")

    def _a_figure_in_a_name(self, ent) -> bool:
        """A figure with a capitalised singular currency word after it, inside a sentence and
        without a currency sign ("50 Cent appeared", "when 50 Cent was on air"): a name — a sum
        says "50 cents", and English writes the word of a sum in lower case."""
        words = re.sub(r"['’]s$", "", self.text[ent.start_char:ent.end_char]).split()  # "75 Cent's label"
        if not words:
            return False
        word = words[-1] if len(words) == 2 else (self.doc[ent.end].text if ent.end < len(self.doc) and len(words) == 1
                                                  else "")
        return bool(re.fullmatch(r"\d{1,3}", words[0])) and int(words[0]) > 1 and word[:1].isupper() \
            and word.lower() in _SINGULAR_CURRENCY_WORDS and not _CURRENCY_SIGNS & set(self.text[ent.start_char - 1:ent.start_char])

    def _count_said_of_a_total(self, ent) -> bool:
        """"the total number of cases is 1501", "the death toll rose to 2011", "the tally reached
        1998": a bare four-digit figure said of a number, a total or a toll (the subject of the
        verb it completes) counts something; it is no year."""
        if len(ent) != 1 or not ent[0].is_digit:
            return False
        token = ent[0]
        verb = token.head
        if token.dep_ == "pobj" and verb.lower_ in ("at", "to"):
            verb = verb.head  # "stood at 1501", "rose to 1501"
        elif token.dep_ not in ("attr", "dobj"):
            return False
        return verb.pos_ in ("AUX", "VERB") and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _TOTAL_NOUNS for c in verb.children)

    def _dimension(self, ent) -> bool:
        """A figure multiplied by another, as sizes are written ("4096 x 2160 pixels", "1920*1080",
        "a 1500 × 900 mm panel"): a size, never a year."""
        return bool(_TIMES_AFTER.match(self.text, ent.end_char) or _TIMES_BEFORE.search(self.text, max(0, ent.start_char - 4),
                                                                                        ent.start_char))

    def _year_before_a_name(self, ent) -> bool:
        """"the virtual 2020 Libertarian National Convention", "its 2019 Annual Report", "the 2020
        election": a year between a determiner or adjective and a name or a singular noun (not
        "the 1500 Marines", "the 2000 residents": counts)."""
        before = self.doc[ent.start - 1]
        after = self.doc[ent.end] if ent.end < len(self.doc) else None
        return after is not None and before.tag_ in ("DT", "PRP$", "JJ", "POS") and before.lower_ not in _COUNT_WORDS \
            and (after.tag_ == "NNP" and after.is_title or after.tag_ == "NN" and after.is_lower)

    def _day_word_in_a_name(self, start: int, end: int) -> bool:
        """"Radio 4's Today programme", "USA Today", "Today Show": a day word inside a name — after a
        capitalised word or a possessive, or before a noun in lower case (not "Today's ruling",
        "today, the council …"). A lower-case "today" within a sentence is the day itself."""
        span = self.doc.char_span(start, end)
        if span is None or len(span) != 1:
            return True  # not a word of its own ("todays")
        token = span[0]
        if token.is_lower:
            return False
        before = self.doc[token.i - 1] if token.i else None
        after = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else None
        return not token.is_sent_start and before is not None and (
            before.is_alpha and (before.is_title or before.is_upper) or before.lower_ in ("'s", "’s")) \
            or after is not None and after.is_lower and after.pos_ in ("NOUN", "PROPN") or after is not None \
            and after.is_title and after.pos_ == "PROPN"

    def _day_in_a_quote(self, text: str, at: int, facts: list[Fact] | None = None) -> str | None:
        """"today", "this afternoon", "yesterday" inside a quotation, in an article dated after the
        day its first paragraph reports ("On Saturday, Caloundra beat …" in a story of the
        Tuesday after): the words were spoken on that day, so they count from it. When the
        narration of the quote's own paragraph names a day before the quote opens ("Wednesday,
        the day he quit, Ames … “Today I leave,” he said"), the words count from that day instead.
        None when the words are not quoted, or neither gives a day before the article's date
        (then the article's date stands)."""
        if self.anchor is None or not _DAY_WORDS.fullmatch(" ".join(text.lower().split())) or not _inside_quote(self.text, at):
            return None
        if facts:
            start = self.text.rfind("\n", 0, at) + 1
            before = self.text[start:at]
            curly = before.rfind("“")
            opens = start + (curly if curly > before.rfind("”") else before.rfind('"'))
            said = self._narration_day(facts, start, opens)
            if said is not None:
                return normalise_date(text, said)
        if self._event_day_found is None:
            self._event_day_found = (self._event_day(),)
        day = self._event_day_found[0]
        return normalise_date(text, day) if day is not None else None

    def _narration_day(self, facts: list[Fact], start: int, end: int) -> dt.date | None:
        """The last day read to the day from narration (outside quotation marks and brackets: "on
        Wednesday (0000 UTC Thursday)" is at Wednesday) between `start` and `end`, when it is not
        after the article's date: the day the narration is at."""
        day, at = None, -1
        for f in facts:
            if f.kind == "date" and start <= f.start and f.end <= end and f.start > at and isinstance(f.value, str) \
                    and len(f.value) == 10 and not _inside_quote(self.text, f.start) \
                    and not _inside_brackets(self.text, f.start):
                when = dt.date.fromisoformat(f.value)
                if self.anchor is None or when <= self.anchor:
                    day, at = when, f.start
        return day

    def _weekday_ahead(self, text: str, ent, facts: list[Fact]) -> str | None:
        """A date's value counted from the article's date, a weekday the coming one when its
        clause speaks ahead. A future in the past ("was expected to pass late Wednesday night",
        "said it would land on Friday") counts from the day the narration is at, the last day it
        gave before (outside quotes, not after the article's date): the first such weekday on or
        after that day. With no such day the coming one after the article's date, as for "will"."""
        ahead = _speaks_ahead(ent)
        if ahead and self.anchor is not None and _BARE_WEEKDAY.fullmatch(" ".join(text.split())) \
                and _ahead_from_the_past(ent):
            said = self._narration_day(facts, 0, ent.start_char)
            if said is not None:
                return normalise_date(text, said, self.year, ahead=True)
        return normalise_date(text, self.anchor, self.year, ahead=ahead)

    def _event_day(self) -> dt.date | None:
        """The first day the first paragraph names that is before the article's date."""
        day = self._first_day_of_the_lede(("DATE",))
        return day if day is not None and day < self.anchor else None

    def _part_of_that_day(self, ent, last_day) -> tuple[int, int, str | None] | None:
        """"broke out by the evening hours", "in the afternoon": a part of the day the narration is
        at — the last date of the same paragraph that was read to the day (else no value: it is
        no day the text gives). "on the morning following the crash": a part of a day told by
        an event, with no value."""
        m = _PART_OF_THE_DAY.fullmatch(ent.text)
        if m is None:
            return None
        before = self.text[max(0, ent.start_char - 8):ent.start_char]
        after = _FOLLOWING_EVENT.match(self.text, ent.end_char)
        if after is not None and re.search(r"\b(?:on|in|during)\s+$", before, re.I):
            return ent.start_char, after.end(), None
        if not re.search(r"\b(?:by|in|during)\s+$", before, re.I):
            return None
        same = last_day is not None and "\n" not in self.text[last_day[1]:ent.start_char]
        return ent.start_char, ent.end_char, last_day[0].isoformat() if same else None

    def _same_day(self, ent) -> tuple[int, int] | None:
        """The characters of "later in the day", "earlier in the morning", "later that day" when
        this entity is (the end of) one: a time on the day the narration is at."""
        lead = re.search(r"\b(?:early|earlier|late|later)\s+(?:in|on)\s+$", self.text[max(0, ent.start_char - 20):ent.start_char],
                         re.I)
        start = ent.start_char - len(lead.group()) if lead else ent.start_char
        if _SAME_DAY.fullmatch(self.text[start:ent.end_char]):
            return start, ent.end_char
        return None

    def _day_around(self, text: str, ent, last_day: tuple[dt.date, int] | None) -> str | None:
        """"On Friday … his decision of the previous day": a day counted from the last date of
        the same paragraph that was read to the day."""
        words = " ".join(text.lower().split())
        step = _DAY_STEPS.get(words)
        counted = _DAYS_COUNTED.fullmatch(words)
        if counted is not None:  # "two days earlier", "three days later"
            n = counted.group(1)
            n = int(n) if n.isdigit() else 1 if n in ("a", "one") else _number_words(n)
            step = None if n is None else n if counted.group(2) in ("later", "after") else -n
        if step is None or last_day is None or "\n" in self.text[last_day[1]:ent.start_char]:
            return None
        return (last_day[0] + dt.timedelta(days=step)).isoformat()

    def _whole_figure(self, ent) -> tuple[int, int]:
        """The entity's characters widened over a currency sign before it and a scale word after
        it that the model left out ("£" + "2.5" + "m", "€" + "126.36" + "M")."""
        doc, start, end = self.doc, ent.start, ent.end
        if start > 0 and doc[start - 1].text in _CURRENCY_SIGNS and not doc[start - 1].whitespace_:
            start -= 1
        if end < len(doc) and doc[end].lower_ in _SCALE_WORDS and doc[end].lower_ not in ent.text.lower().split() \
                and (not doc[end - 1].whitespace_ or doc[end].text in ("M", "bn", "mn", "tn")):
            end += 1
        return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)

    @staticmethod
    def _salient_number(ent) -> bool:
        """"3,000 people", "1.8 metres" and "the four candidates" matter; "the two leaders" does not
        (a pair the sentence points at is wording; three or more things counted is a figure)."""
        if ent.label_ == "QUANTITY":
            return True
        value = parse_number(ent.text)
        first = re.search(r"\d[\d,.]*", ent.text) if value is None else None
        if first is not None:  # "between 300,000 and two million": no one value, still a figure
            value = parse_number(first.group())
        if not any(ch.isdigit() for ch in ent.text):
            if any(w in ent.text.lower() for w in ("million", "billion", "thousand", "hundred")):
                return True
            # "ten drones", "by only two points" count; "the two leaders" is just wording
            before = ent.doc[ent.start - 1].lower_ if ent.start else ""
            determined = before in ("the", "both", "these", "those", "its", "their", "his", "her", "our")
            return value is not None and (value >= 10 or value >= 2 and ent.root.head.pos_ == "NOUN"
                                          and not (determined and value < 3))
        return value is not None and (value >= 10 or ent.root.head.pos_ == "NOUN")

    def _subject(self, span) -> str | None:
        """The actor a figure or a date is about, read from syntax only: the owner of the noun it
        qualifies ("Vale's salary of $90,000"), else the subject of the clause it sits in ("Acme
        reported revenue of $5m"; "Vale, who earns $90,000" — the name "who" stands for; "the
        company's chief executive, Rhona Vale, said" — the name in apposition).
        None when the sentence only has an actor nearby ("Ann Lee said the economy grew 3%":
        the economy grew, not Lee; "Sales rose 5% in Spain, according to Tom Fox")."""
        return self._subject_of(span.root.i)

    def _subject_of(self, i: int) -> str | None:
        """`_subject` of a span whose root is token i: a function of i alone (figures and dates
        of one clause ask for the same walk), so each is walked once."""
        found = self._subjects.get(i, self)
        if found is self:
            found = self._subjects[i] = self._walk_to_subject(i)
        return found

    def _walk_to_subject(self, i: int) -> str | None:
        # Walked on the doc's arrays of heads, labels and children (asked for every figure and
        # date; `Token.head` and `Token.children` build a new Token on each look).
        arrays = arrays_of(self.doc)
        poses, deps, heads, children = arrays.poses(), arrays.deps(), arrays.heads(), arrays.child_indices
        token_actor = self.token_actor
        nouns = 0
        for _ in range(12):
            pos = poses[i]
            if pos in ("NOUN", "PROPN") and nouns < 2:  # the figure's own noun, or the one it qualifies
                nouns += 1
                owner = next((c for c in children(i) if deps[c] == "poss" and c in token_actor), None)
                if owner is not None:
                    return token_actor[owner]
            subject = next((c for c in children(i) if deps[c] in ("nsubj", "nsubjpass")), None) \
                if pos in ("VERB", "AUX") else None
            if subject is not None:
                return self._actor_of_subject(self.doc[i], self.doc[subject])
            if heads[i] == i or deps[i] in ("ccomp", "parataxis"):
                return None  # a clause of its own without a subject: nobody's
            i = heads[i]
        return None

    def _actor_of_subject(self, verb, subject) -> str | None:
        """The actor a clause's subject names: itself, the name in apposition to it, the name a
        relative "who" follows."""
        if subject.lower_ in ("who", "that", "which") and verb.dep_ == "relcl":
            subject = verb.head
        if subject.i in self.token_actor:
            return self.token_actor[subject.i]
        named = next((c for c in subject.children if c.dep_ == "appos" and c.i in self.token_actor), None)
        if named is not None:
            return self.token_actor[named.i]
        return None  # a pronoun is not resolved for a figure: a wrong owner is worse than none

    def _fact(self, kind: str, start: int, end: int, value, subject: str | None) -> Fact:
        arrays = arrays_of(self.doc)
        bounds = arrays.expand_bounds(start, end)  # (char_span builds a Span for every fact)
        if bounds is None:
            token = self.doc.char_span(start, end, alignment_mode="expand")
            bounds = (token.start if token is not None and len(token) else 0,)
        sent = arrays.sent(bounds[0])
        return Fact(kind, start, end, self.text[start:end], value, subject, (sent.start_char, sent.end_char))


# A scale right after a figure ("187.4m", "64 million"), and the scale inside a figure's own text.
_SCALE_AFTER = re.compile(r"(?P<scale>m|bn|mn|\s(?:million|billion))\b", re.I)
_SCALE_WORDS = {"m": 1e6, "mn": 1e6, "bn": 1e9, " million": 1e6, " billion": 1e9}
_SCALE_IN_FIGURE = re.compile(r"\b(?:million|billion|trillion)\b|\d(?:m|bn|mn)\b", re.I)
# What lies between a sum and the sum in brackets that converts it: " (", "(".
_CONVERSION_OPENS = re.compile(r"\s?\(")
# Nouns of accounts a sum stands before: "a 64 million loss".
# The noun must head the phrase the figure counts, so it ends it: a word of punctuation or a function word
# follows, never another noun ("5 million surplus doses", "28 million bill payers" are counts of doses and payers).
_ACCOUNTS_NOUN = re.compile(r"\s(?:loss|losses|profit|profits|turnover|revenue|revenues|deficit|surplus|debt|debts|"
                            r"budget|bill|fine|loan|bailout|payout|write-down|writedown|shortfall)"
                            r"(?=\s*(?:[,.;:!?)\u2013\u2014-]|$)|\s+(?:of|in|for|on|at|to|from|by|and|or|but|was|is|were|are|"
                            r"has|had|have|will|would|could|last|this|that|after|before|since|than|as|with|over|a|an|the)\b)",
                            re.I)
# A time on the day the narration is at: the last date read to the day (else the article's).
_SAME_DAY = re.compile(r"(?:(?:early|earlier|late|later)\s+(?:in|on)\s+the|(?:(?:early|earlier|late|later)\s+)?that)\s+"
                       r"(?:day|morning|afternoon|evening|night)", re.I)
# Nouns of a vote whose day "election day" names.
_VOTE_NOUNS = frozenset({"election", "elections", "vote", "poll", "polls", "referendum", "ballot", "runoff", "run-off",
                         "primary", "primaries", "caucus", "caucuses"})
# A day word on its own, which the model now and then leaves untagged ("Today, Russian …").
_DAY_WORD = re.compile(r"\b(?:[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow)\b")
_NEEDED[_DAY_WORD] = ("today", "tonight", "yesterday", "tomorrow")
# Two days the model joins into one date: "Tuesday, yesterday", "Monday and Tuesday" (not "Tuesday, March 3").
_DEICTIC_DAYS = ("yesterday", "today", "tomorrow", "tonight")
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"  # a weekday's name, in the patterns below
_A_DAY = _WEEKDAY + "|" + "|".join(_DEICTIC_DAYS)
_TWO_DAYS = re.compile(rf"(?P<a>{_A_DAY})(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?P<b>{_A_DAY})", re.I)
# A weekday on its own or with a part of the day: "Wednesday", "late Wednesday night".
_BARE_WEEKDAY = re.compile(rf"(?:(?:early|late)\s+)?{_WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?", re.I)
# Words whose infinitive, after "was"/"were", speaks ahead from then: "was expected to pass".
_AHEAD_FROM_THEN = frozenset({"expected", "due", "set", "scheduled", "forecast", "forecasted", "predicted",
                              "projected", "poised", "likely"})
# Words that name a day by counting from the day they are said.
_DAY_WORDS = re.compile(r"(?:today|tonight|yesterday|tomorrow|this (?:morning|afternoon|evening))", re.I)


_PART_OF_THE_DAY = re.compile(r"the\s+(?:morning|afternoon|evening|night)(?:\s+hours)?", re.I)
_FOLLOWING_EVENT = re.compile(r"\s+(?:following|after|before)\s+(?:the|his|her|their|its)\s+[a-z]+(?:-[a-z]+)?\b")
# "the last couple of weeks", "the past few months": a stretch of time from now, vague (no value).
_VAGUE_STRETCH_TEXT = re.compile(r"\b(?:the\s+)?(?:last|past|next|coming|previous|following)\s+(?:couple\s+of|few|several)"
                                 r"\s+(?:days|weeks|months|years|decades)\b", re.I)
_FOLDED_CORES[_VAGUE_STRETCH_TEXT] = re.compile(r"(?:couple\s+of|few|several)\s+(?:day|week|month|year|decade)s")
# "at 1815 GMT", "1430 local time": four digits before a time zone are a time of day.
# A sign of multiplication between two figures: a size ("4096 x 2160", "1920*1080", "40 × 60").
_TIMES_AFTER = re.compile(r"\s?[x×*]\s?\d")
_TIMES_BEFORE = re.compile(r"\d\s?[x×*]\s?$")
# Years listed with "and" or "or" ("in 1993 and 2006", "2004, 2008 or 2012"), not a span ("between").
_YEARS_LISTED = re.compile(r"(?:in )?(?:1[89]\d\d|20\d\d)(?:, (?:1[89]\d\d|20\d\d))*,? (?:and|or) (?:1[89]\d\d|20\d\d)")
_TIME_ZONE_AFTER = re.compile(r"\s?(?:GMT|UTC|BST|CET|CEST|[ECMP][SD]T|local time|hrs|hours)\b")
# A duration that ends or starts now: "the last two decades", "the past 18 years", "the next ten days".
_STRETCH_TO_NOW = re.compile(r"the (?:last|past|next|coming|previous) ", re.I)
# A decade in digits ("1980s", "the late 1990s", "mid-1960s").
_DECADE = re.compile(r"\b(?:the\s+)?(?:(?:early|late)\s+|mid-)?(?:1[5-9]|20)\d0['’]?s\b")
# A month counted from the article's date: "this November", "last March", "next May".
_MONTH_FROM_NOW = re.compile(r"\b(?:[Tt]his|[Ll]ast|[Nn]ext)\s+(?:January|February|March|April|May|June|July|August|"
                             r"September|October|November|December)\b(?!\s+\d)")
_NEEDED[_MONTH_FROM_NOW] = ("this ", "last ", "next ")
_CORES[_DECADE] = re.compile(r"\d0['’]?s")  # see _scan
_CORES[_MONTH_FROM_NOW] = re.compile(r"(?:his|ast|ext)\s+(?:January|February|March|April|May|June|July|August|"
                                     r"September|October|November|December)\b")
_WEEKDAY_PART = re.compile(rf"(?:(?:on|last|next|this|early|late|early on|late on)\s+)?{_WEEKDAY}\s+"
                           r"(?:morning|afternoon|evening|night)", re.I)
_CLOCK = re.compile(r"(?:at\s+|about\s+|around\s+)?\d{1,2}(?:[:.]\d\d)?\s?(?:a\.?m\.?|p\.?m\.?)|\d{1,2}:\d\d\b", re.I)
_PART_OF_A_DAY = re.compile(r"(?:this|last|yesterday|tomorrow) (?:morning|afternoon|evening|night)|tonight", re.I)
_DAYS_COUNTED = re.compile(r"(a|\d{1,2}|" + CARDINAL_WORDS + r") days? (earlier|later|before|after)")
_DAY_STEPS = {"the previous day": -1, "the day before": -1, "a day earlier": -1, "the next day": 1,
              "the following day": 1, "a day later": 1, "the day after": 1}
# Verbs whose infinitive speaks of what is to come: "was set to meet on Wednesday".
_AHEAD_VERBS = frozenset({"set", "due", "scheduled", "expected", "planned", "plans", "plan", "going", "hopes",
                          "hope", "intends", "intend", "aims", "aim", "forecast", "forecasted", "predicted",
                          "projected", "poised", "likely"})


def _speaks_ahead(ent) -> bool:
    """The clause a date sits in speaks of the future: "will meet on Monday", "would meet on
    Monday" (reported), "is set to meet on Wednesday", "Monday's vote will …"."""
    arrays = arrays_of(ent.doc)  # read on the doc's arrays: asked for every date
    deps, lowers, heads = arrays.deps(), arrays.lowers(), arrays.heads()
    verb = _verb_index(arrays, ent.root.i)
    for child in arrays.child_indices(verb):
        if deps[child] == "aux" and lowers[child] in ("will", "'ll", "shall", "would", "wo", "'d"):
            return True
        if deps[child] == "aux" and lowers[child] == "to" and lowers[heads[verb]] in _AHEAD_VERBS:
            return True
    return False


def _inside_brackets(text: str, at: int) -> bool:
    """Whether the character at `at` is inside round brackets opened in its paragraph."""
    before = text[text.rfind("\n", 0, at) + 1:at]
    return before.rfind("(") > before.rfind(")")


def _ahead_from_the_past(ent) -> bool:
    """The clause speaks ahead from a past time: "would pass", "was expected to pass", "were due
    to meet", "was scheduled to land" (not "will", "is expected to")."""
    verb = _verb_of(ent.root)
    for child in verb.children:
        if child.dep_ == "aux" and child.lower_ in ("would", "'d"):
            return True
        if child.dep_ == "aux" and child.lower_ == "to" and verb.head.lower_ in _AHEAD_FROM_THEN:
            governor = verb.head
            return any(c.dep_ in ("aux", "auxpass", "cop") and c.lower_ in ("was", "were") for c in governor.children) \
                or governor.head.lower_ in ("was", "were") and governor.dep_ in ("acomp", "attr", "advmod")
    return False


def _a_year_in_use(token) -> bool:
    """A four-digit number used as a year: the model tags it a date, or a preposition of time
    comes before it ("in 2016", "since 1998"); "roughly 2000 stores" counts."""
    if token.ent_type_ == "DATE":
        return True
    return token.i > 0 and token.doc[token.i - 1].lower_ in _BEFORE_A_YEAR \
        and token.ent_type_ not in ("CARDINAL", "QUANTITY", "MONEY", "PERCENT")


def _verb_of(token):
    """The verb a word hangs on: the first verb up its chain of heads (the root at most)."""
    while token.dep_ != "ROOT" and token.pos_ not in ("VERB", "AUX"):
        token = token.head
    return token


def _verb_index(arrays, i: int) -> int:
    """`_verb_of(doc[i]).i`, walked on the doc's arrays."""
    deps, poses, heads = arrays.deps(), arrays.poses(), arrays.heads()
    while deps[i] != "ROOT" and poses[i] not in ("VERB", "AUX"):
        i = heads[i]
    return i


def _tense_of(ent) -> str | None:
    """"past" when the verb a date hangs on is told in the past ("warned", "had left", "did
    not endorse"), "ahead" when it speaks of what is to come (see `_speaks_ahead`), else None."""
    if _speaks_ahead(ent):
        return "ahead"
    verb = _verb_of(ent.root)
    while verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX", "ADJ"):
        if verb.head.lower_ in _AHEAD_VERBS or verb.head.lower_ in ("was", "were", "is", "are", "about", "going"):
            return "ahead"  # "was due to stand down in August", "was to end in August": still to come then
        verb = verb.head  # "tried to warn … in December": the tense of "tried"
    if any(c.lower_ in _AHEAD_VERBS and c.dep_ in ("acomp", "xcomp") for c in verb.children):
        return "ahead"  # "was due … in August"
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    if verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children):
        return "past"
    return None


def _article_anchor(article_date: str | None) -> dt.date | None:
    """The date the article speaks from: its own date, else none (no guessing from 'now')."""
    if not article_date:
        return None
    iso = normalise_date(article_date, None)
    if iso and len(iso) == 10:
        return dt.date.fromisoformat(iso)
    return None


def _context_year(doc) -> int | None:
    """With no article date, "March 14" takes the year of the article's full dates
    ("April 2, 2025"), when they agree on one (months with a year, "in June 2004", say when
    something past happened more often than when the article speaks)."""
    years = set()
    for ent in arrays_of(doc).ents():
        if ent.label_ == "DATE":
            iso = normalise_date(ent.text, None)
            if iso and len(iso) == 10:  # not "June 2004": a month named with its year is often a past one
                years.add(iso[:4])
    return int(years.pop()) if len(years) == 1 else None


def _dedupe(facts: list[Fact]) -> list[Fact]:
    """One fact per kind and span — except a role one word gives several people ("strikers Ivo
    Brandt and Emil Dorn"): one fact for each person it is found held by."""
    seen: dict[tuple[str, int, int], set] = {}
    out = []
    for f in facts:
        key = (f.kind, f.start, f.end)
        holders = seen.get(key)
        if holders is None or f.kind == "role" and f.subject is not None and None not in holders \
                and f.subject not in holders:
            seen.setdefault(key, set()).add(f.subject)
            out.append(f)
    return out
