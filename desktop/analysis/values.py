"""Values of figures and dates as written: numbers ("2.5m", "two thirds" is elsewhere), sums of
money with their currency ("£2.5m" → 2,500,000 GBP), ranges with both ends, and dates read to
an ISO date against the article's date ("last Tuesday", "the fourth of July", "Easter Monday").
Pure text functions; `facts.FactExtractor` decides where a figure or a date stands."""
from __future__ import annotations

import datetime as dt
import math
import re
from decimal import Decimal
from functools import lru_cache

from dateutil.easter import easter
from dateutil.relativedelta import MO, TH, TU, relativedelta

from .gazetteer import COUNTRIES

_MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split())}
_MONTHS.update({m[:3]: v for m, v in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_WEEKDAYS = {d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}
# The same words as whole-word patterns, compiled once (normalise_date tries them in this order).
_MONTH_PATTERNS = [(re.compile(rf"\b{k}\b"), v) for k, v in _MONTHS.items()]
_WEEKDAY_PATTERNS = [(re.compile(rf"\b{k}\b"), v) for k, v in _WEEKDAYS.items()]
_YEAR = re.compile(r"\b(?:1[89]\d\d|20\d\d)\b")
# Holidays that fall on one date every year, and the ones that move with Easter.
_FIXED_HOLIDAYS = {"new year's day": (1, 1), "valentine's day": (2, 14), "st patrick's day": (3, 17),
                   "bastille day": (7, 14), "halloween": (10, 31), "bonfire night": (11, 5),
                   "guy fawkes night": (11, 5), "armistice day": (11, 11), "remembrance day": (11, 11),
                   "christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25),
                   "boxing day": (12, 26), "new year's eve": (12, 31), "hogmanay": (12, 31)}
_EASTER_OFFSETS = {"good friday": -2, "easter sunday": 0, "easter day": 0, "easter": 0, "easter monday": 1}
# Holidays fixed by a weekday of a month, as dateutil rules from 1 January of the year. Only
# names that belong to one country's calendar: the United States' "Election Day" (the Tuesday
# after the first Monday in November: the first Tuesday on or after 2 November), "Thanksgiving"
# (fourth Thursday in November), "Labor Day" (first Monday in September), "Memorial Day" (last
# Monday in May). "Labour Day" and "Mother's Day" differ by country: no value.
_WEEKDAY_HOLIDAYS = {
    "election day": relativedelta(month=11, day=2, weekday=TU(+1)),
    "thanksgiving day": relativedelta(month=11, day=1, weekday=TH(+4)),
    "thanksgiving": relativedelta(month=11, day=1, weekday=TH(+4)),
    "labor day": relativedelta(month=9, day=1, weekday=MO(+1)),
    "memorial day": relativedelta(month=5, day=31, weekday=MO(-1)),
}


def _any_of(names) -> str:
    return r"\b(?:" + "|".join(sorted(map(re.escape, names), key=len, reverse=True)) + r")\b"


_HOLIDAY = re.compile(_any_of([*_FIXED_HOLIDAYS, *_EASTER_OFFSETS, *_WEEKDAY_HOLIDAYS]), re.I)
_SCALE = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9,
          "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12}
# Currencies named by a word after the figure ("2bn reais", "40m roubles"), each with its ISO 4217
# code (the names are the plural and singular English forms of the ISO 4217 currency names, and the
# Portuguese plural "reais" English news uses). None where one word names several currencies
# ("peso", "krone", "dinar"): the fact is money, its currency left unsaid. Only words that are no
# common English word after a number: "won" and "real" ("3 won", "a real") are read elsewhere.
CURRENCY_NAMES: dict[str, str | None] = {
    "reais": "BRL", "rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB",
    "lira": None, "liras": None, "shekel": "ILS", "shekels": "ILS", "baht": "THB", "ringgit": "MYR",
    "rupiah": "IDR", "naira": "NGN", "hryvnia": "UAH", "hryvnias": "UAH", "forint": "HUF", "forints": "HUF",
    "kronor": "SEK", "renminbi": "CNY",
    # several countries' currencies: Sweden's and Iceland's krona, Saudi Arabia's and Qatar's riyal,
    # Turkey's lira and Lebanon's (and Italy's before 2002)
    "krona": None, "riyal": None, "riyals": None, "peso": None, "pesos": None, "krone": None, "kroner": None,
    "dinar": None, "dinars": None,
}
# The same words as one regular-expression alternation, longest first.
CURRENCY_NAME_PATTERN = "|".join(sorted(map(re.escape, CURRENCY_NAMES), key=len, reverse=True))
# First match wins: longer and more specific markers come first ("australian dollar" before "dollar").
_CURRENCY = [("australian dollar", "AUD"), ("canadian dollar", "CAD"), ("new zealand dollar", "NZD"),
             ("hong kong dollar", "HKD"), ("singapore dollar", "SGD"),
             ("usd", "USD"), ("eur", "EUR"), ("gbp", "GBP"), ("aud", "AUD"), ("cad", "CAD"), ("jpy", "JPY"),
             ("inr", "INR"), ("cny", "CNY"), ("chf", "CHF"),
             ("us$", "USD"), ("a$", "AUD"), ("c$", "CAD"), ("hk$", "HKD"), ("$", "USD"),
             ("€", "EUR"), ("£", "GBP"), ("¥", "JPY"), ("₹", "INR"), ("dollar", "USD"),
             ("euro", "EUR"), ("pound", "GBP"), ("sterling", "GBP"), ("yen", "JPY"),
             ("rupee", "INR"), ("yuan", "CNY"), ("franc", "CHF"), ("rand", "ZAR"), ("złoty", "PLN"),
             ("zloty", "PLN"), ("pln", "PLN"),
             *((name, code) for name, code in sorted(
                 (item for item in CURRENCY_NAMES.items() if item[1]), key=lambda item: -len(item[0])))]
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def parse_number(text: str) -> float | None:
    match = _NUMBER.search(text)
    if not match:
        base = _number_words(text)
        if base is None:
            return None
        value = float(base)
    else:
        value = float(_decimal_comma(match.group()))
    lower = text.lower()
    for pattern, scale in _SCALE_PATTERNS:
        if not match and scale == 1e3 and value >= 1e3:
            continue  # "a thousand", "over a thousand": the words gave 1,000 already (not a million)
        found = pattern.search(lower, match.end() if match else 0)
        if found:
            if match and lower[match.end():found.start()].strip(" -"):
                # "between 300,000 and two million": the scale is another figure's, so this text
                # holds two figures and no one value (not 300,000 million)
                return None
            value = _times(value, scale)
            break
    return value


def _times(value: float, scale: float) -> float:
    """`value` × `scale` as the figure is written, in decimal: "$1.07bn" is 1,070,000,000 and
    "$2.01 trillion" 2,010,000,000,000 (binary floats give 1070000000.0000001 and
    2009999999999.9998, which an export would show a reader as the amount)."""
    return float(Decimal(repr(value)) * Decimal(repr(scale)))


def _decimal_comma(digits: str) -> str:
    """The figure with its commas read: a comma that groups thousands has exactly three digits
    after it ("1,500", "12,000,000"; and the Indian "1,00,000" groups by two before the last
    three), so ONE comma followed by other than three digits is a decimal comma, as most of
    Europe writes one ("1,5 percent", an exchange rate "$1,4567"): 1.5, 1.4567 — not 15 and
    14567, a figure a thousand times too large."""
    if digits.count(",") == 1 and "." not in digits:
        whole, part = digits.split(",")
        if len(part) != 3 and part.strip("0"):  # ("300,0000": a slip in grouping, no decimals of zeros)
            return f"{whole}.{part}"
    return digits.replace(",", "")


# Each scale word as a word of its own, compiled once (parse_number is called for every figure).
_SCALE_PATTERNS = [(re.compile(rf"(?<![a-z]){word}\b"), scale) for word, scale in _SCALE.items()]


_UNITS = {w: i for i, w in enumerate("""zero one two three four five six seven eight nine ten eleven twelve
thirteen fourteen fifteen sixteen seventeen eighteen nineteen""".split())}
_TENS = {w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}


def _number_words(text: str) -> int | None:
    """"fourteen years" → 14, "twenty three" → 23, "a dozen" → 12, "a hundred" → 100."""
    words = [w for w in re.split(r"[\s-]+", text.lower()) if w not in (
        "about", "some", "nearly", "almost", "around", "over", "the", "past", "last", "only", "just", "at",
        "least", "up", "to", "more", "less", "fewer", "than", "roughly", "approximately", "next", "first",
        "coming", "following")]
    if not words:
        return None
    first = words[0]
    if first in ("a", "an", "one") and len(words) > 1 and words[1] in ("dozen", "hundred", "thousand"):
        return {"dozen": 12, "hundred": 100, "thousand": 1000}[words[1]]
    if first == "dozen":
        return 12
    if first in ("hundred", "thousand") and len(words) == 1:
        return {"hundred": 100, "thousand": 1000}[first]  # "over a hundred": the model leaves "a" out
    if first in _TENS or first in _UNITS:
        count, rest = (_TENS[first] + _UNITS[words[1]], words[2:]) if first in _TENS and len(words) > 1 \
            and words[1] in _UNITS else (_TENS.get(first, _UNITS.get(first)), words[1:])
        # "two hundred" is 200 ("three or four hundred people"; "thousand" and larger are scale
        # words `parse_number` applies: "two hundred thousand" → 200 × 1,000)
        return count * 100 if rest[:1] == ["hundred"] else count
    return 1 if first in ("a", "an") else None


def parse_money(text: str) -> dict | None:
    """{"amount", "currency"}: "£2.5m" → 2,500,000 GBP; pence ("1p", "50 pence") are hundredths
    of a pound; cents hundredths of a currency the words do not name ("75 cents" → 0.75 and None:
    `facts.FactExtractor._with_cents_currency` finds it from the article, or leaves it unknown)."""
    amount = parse_number(text)
    lower = text.lower()
    currency = next((code for marker, code in _CURRENCY if marker in lower), None)
    if amount is None:
        return None
    if _PENCE_WORDS.search(lower):
        return {"amount": round(amount / 100, 6), "currency": "GBP"}
    if _CENTS_WORDS.search(lower):
        return {"amount": round(amount / 100, 6), "currency": currency}
    return {"amount": amount, "currency": currency}


# The countries whose money has cents (hundredths) that news gives as "cents"; each country by
# its usual spellings (COUNTRIES, plus short forms).
_CENT_CURRENCIES = {"canada": "CAD", "united states": "USD", "australia": "AUD", "new zealand": "NZD",
                    "singapore": "SGD", "hong kong": "HKD", **{c: "EUR" for c in """ireland france germany italy spain
                    netherlands holland belgium austria portugal finland greece luxembourg slovakia slovenia estonia
                    latvia lithuania malta cyprus croatia""".split()}}
_COUNTRY_SPELLINGS = {**{c: c.lower() for c in COUNTRIES}, "US": "united states", "U.S.": "united states",
                      "USA": "united states", "America": "united states", "UK": "united kingdom"}


@lru_cache(maxsize=1)
def _country_words() -> re.Pattern:
    """Countries as spelt above, and their peoples ("Canadian"); compiled on first use."""
    from .descriptions import DEMONYM_COUNTRIES

    names = [*_COUNTRY_SPELLINGS, *(d.capitalize() for d in DEMONYM_COUNTRIES)]
    return re.compile(r"(?<![\w.])(?:" + "|".join(
        re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")(?![\w-])")


_PENCE_WORDS = re.compile(r"\d\s?p$|\bpence\b|\bpenny\b")  # "a penny", "one penny" are 0.01 GBP
_CENTS_WORDS = re.compile(r"\bcents?\b")


def range_value(kind: str, low_text: str, high_text: str, whole: str) -> dict | None:
    """Both ends of a range, or None when the two figures are no range (the second is not
    larger: a tally, "54 to 40"). A scale word written once serves both ends when the first
    number is no larger than the second ("between US$200 and 300 billion": 200 billion);
    "$500 to $2m" keeps 500. Percent and quantity: {"low", "high"}; money: {"amount" (the low
    end), "high", "currency"}."""
    low, high = parse_number(low_text), parse_number(high_text)
    if low is None or high is None:
        return None
    bare_low, bare_high = parse_number(_NUMBER.search(low_text).group()), parse_number(_NUMBER.search(high_text).group())
    if low == bare_low and high != bare_high and bare_low <= bare_high:
        low = _times(bare_low, 10 ** round(math.log10(high / bare_high)))  # the scale written once, after the second
    if not low < high:
        return None
    if kind == "money":
        currency = next((code for marker, code in _CURRENCY if marker in whole.lower()), None)
        return {"amount": low, "high": high, "currency": currency}
    return {"low": low, "high": high}


def _between_before(text: str, start: int) -> bool:
    """"between" opens the figure (inside its text or just before it)."""
    return bool(re.search(r"\bbetween\s+(?:\S+\s+)?$", text[max(0, start - 30):start], re.I))


def _from_before(text: str, start: int) -> bool:
    """"rose from 2% to 3%": the two figures are a change, the value before and after."""
    return bool(re.search(r"\bfrom\s+(?:about\s+|around\s+|some\s+)?$", text[max(0, start - 20):start], re.I))


# A verb of change right before a figure: "rose $3.4bn to $96.1bn" is by how much, then to what.
_CHANGE_BY = re.compile(r"\b(?:rose|risen|rises|rising|fell|fallen|falls|falling|grew|grown|grows|growing|climbed|"
                        r"increased|decreased|jumped|dropped|slipped|gained|surged|soared|plunged|slumped|declined|"
                        r"up|down)\s+(?:by\s+)?(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$", re.I)


def change_by_before(text: str, start: int, first: str, second: str) -> bool:
    """"turnover rose $3.4bn to $96.1bn", "shares fell 5p to 120p", "up 2% to 3.1%": after a verb
    of change the first figure says by how much and the second where it ended — two figures,
    not a range; only when both carry their sign or unit (not "rose 5 to 10%", a range)."""
    def marked(figure: str) -> bool:
        return bool(re.search(r"[$£€¥%]|\d\s?p\b|\bper ?cent\b|\bpercent\b", figure, re.I))
    return marked(first) and marked(second) and bool(_CHANGE_BY.search(text[max(0, start - 30):start]))


# What the model tags DATE but names no time: a bare number of up to three digits (an age in
# "Gwen Howells, 78,") and a code of letters and digits ("K2-18b", "A496"); decades, years,
# quarters, fiscal years and days of the month keep their digits ("mid-1990s", "Q3", "FY2025", "the 21st").
_BARE_NUMBER = re.compile(r"\d{1,3}")
_CODE = re.compile(r"(?=[\w-]*[A-Za-z])(?:[A-Za-z0-9]+-)*[A-Za-z]*\d[A-Za-z0-9]*(?:-[A-Za-z0-9]+)*")
_TIME_CODE = re.compile(r"\d{4}|\d0'?s\b|\bQ[1-4]\b|\bH[12]\b|\bFY|^\d{1,2}(?:st|nd|rd|th)$", re.I)


def _no_time(text: str) -> bool:
    text = re.sub(r"['’]s$", "", text)  # "K7-22c's star"
    if _BARE_NUMBER.fullmatch(text):
        return True
    return bool(_CODE.fullmatch(text)) and " " not in text and not _TIME_CODE.search(text)


@lru_cache(maxsize=4096)  # the same entity texts are read again for the context year, then the facts
def normalise_date(text: str, anchor: dt.date | None, context_year: int | None = None,
                   ahead: bool = False) -> str | None:
    """ISO 8601 (day, month or year) when the text and the article's own date (`anchor`) allow;
    None otherwise. Words are resolved against the anchor: "the fourth of July", "the 1st of
    this month", "last month" (a month), "earlier this year" (a year), "yesterday afternoon".
    A bare weekday is the last one on or before the anchor, unless `ahead` (the sentence speaks
    of what is to come: "will meet on Monday") or "next" makes it the coming one."""
    lower = _ORDINAL_WORD.sub(lambda m: str(_ORDINALS[m.group().lower().replace(" ", "-")]), text.lower())
    lower = lower.replace(",", " ").replace(".", " ")
    iso = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", text)
    if iso:
        return iso.group(0)
    year_m = re.search(r"\b(1[89]\d{2}|20\d{2})\b", lower)
    year = int(year_m.group(1)) if year_m else None
    month = next((v for pattern, v in _MONTH_PATTERNS if pattern.search(lower)), None)
    day_m = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\b", re.sub(r"\b\d{4}\b", "", lower))
    day = int(day_m.group(1)) if day_m else None
    relative = _relative_month_or_year(lower, anchor) if year is None and month is None else None
    if relative is not None and len(relative) == 7:  # "the 1st of this month", "last month"
        year, month = int(relative[:4]), int(relative[5:])
    elif relative is not None:
        return relative  # "earlier this year"
    of_year = re.search(r"\b(last|next|this)\s+year\b", lower) if month and year is None else None
    if of_year is not None and anchor is not None:
        year = anchor.year + {"this": 0, "last": -1, "next": 1}[of_year.group(1)]  # "March of last year"
    if month and year is None:
        year = anchor.year if anchor is not None else context_year
        # "this past November" is the last one, "this coming March" the next one
        lower = re.sub(r"\b(?:this\s+)?(past|coming)\s+(?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))",
                       lambda m: "last " if m.group(1) == "past" else "next ", lower)
        step = re.search(r"\b(last|next|this)\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", lower)
        if step is not None and anchor is None:
            year = None  # "last November" with no date to count from: which year is unknown
        elif step is not None and step.group(1) == "last" and month >= anchor.month:
            year -= 1  # "last November" said in June 2024 (or in November): November 2023
        elif step is not None and step.group(1) == "next" and month <= anchor.month:
            year += 1  # "next March" said in June 2024: March 2025
    if month and year and day and 1 <= day <= 31:
        try:
            return dt.date(year, month, day).isoformat()
        except ValueError:
            return None
    if month and year:
        return f"{year:04d}-{month:02d}"
    if year and re.fullmatch(r"(?:by |in |as (?:early|late|recently) as |the year |(?:the )?(?:end|start|beginning|middle|close|turn|rest|remainder) of "
                             r"(?:the year )?|(?:early|late|mid)[ -]|(?:the )?(?:early |late )?(?:spring|summer|autumn|fall|"
                             r"winter)(?: of)? )?\d{4}", " ".join(lower.split())):
        # "the end of 2005", "early 2024", "as early as 2000": the year is what the text gives
        return f"{year:04d}"
    weekday = next((v for pattern, v in _WEEKDAY_PATTERNS if pattern.search(lower)), None)
    if weekday is not None and anchor is not None and day is not None and 1 <= day <= 31:
        # "Friday the 14th": the day of this month, the last or the next that falls on that weekday
        for step in (0, -1, 1):
            months = anchor.year * 12 + anchor.month - 1 + step
            try:
                when = dt.date(months // 12, months % 12 + 1, day)
            except ValueError:
                continue
            if when.weekday() == weekday:
                return when.isoformat()
        return None
    if weekday is not None and anchor is not None:
        if re.search(r"\bnext\b", lower):
            return (anchor + dt.timedelta(days=(weekday - anchor.weekday() - 1) % 7 + 1)).isoformat()
        if ahead and not re.search(r"\blast\b", lower):
            return (anchor + dt.timedelta(days=(weekday - anchor.weekday()) % 7)).isoformat()
        delta = (anchor.weekday() - weekday) % 7
        return (anchor - dt.timedelta(days=delta)).isoformat()
    if anchor is not None:
        for words, days in (("today|tonight|this (?:morning|afternoon|evening)", 0), ("yesterday|last night", -1),
                            ("tomorrow", 1)):
            if re.fullmatch(rf"(?:(?:early|late|earlier|later) )?(?:{words})(?: (?:morning|afternoon|evening|night))?",
                            " ".join(lower.split())):
                return (anchor + dt.timedelta(days=days)).isoformat()
    return _holiday(text, year or (anchor.year if anchor is not None else context_year))


_ORDINALS = {w: i + 1 for i, w in enumerate(
    """first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth
    fifteenth sixteenth seventeenth eighteenth nineteenth twentieth""".split())}
_ORDINALS.update({f"twenty-{w}": 20 + n for w, n in list(_ORDINALS.items())[:9]})
_ORDINALS.update({"thirtieth": 30, "thirty-first": 31})
# Only a day of a month: "the fourth of July", "July the fourth", "the 1st of this month".
_ORDINAL_WORD = re.compile(
    r"\b(?:" + "|".join(sorted((w.replace("-", "[- ]") for w in _ORDINALS), key=len, reverse=True)) + r")\b"
    r"(?=\s+of\b|\s*$)", re.I)


def _relative_month_or_year(lower: str, anchor: dt.date | None) -> str | None:
    """"this month" / "last month" / "next month" → YYYY-MM; "this year" (also "earlier this
    year", "later this year", "later in the year") / "last year" / "next year" → YYYY; against
    the article's date."""
    if anchor is None:
        return None
    lower = re.sub(r"\b(?:early|earlier|late|later)\s+in\s+the\s+(month|year)\b", r"this \1", lower)  # "later in the year"
    m = re.search(r"(?<!the )\b(this|last|next)\s+(month|year)\b", lower)  # "the last year" is how long
    if m is None:
        return None
    step = {"this": 0, "last": -1, "next": 1}[m.group(1)]
    if m.group(2) == "year":
        return f"{anchor.year + step:04d}"
    months = anchor.year * 12 + anchor.month - 1 + step
    return f"{months // 12:04d}-{months % 12 + 1:02d}"


def _holiday(text: str, year: int | None) -> str | None:
    """"Boxing Day" → 2004-12-26 when the year is known; Easter by dateutil's Western computus;
    "Election Day", "Thanksgiving" by their weekday rule (see _WEEKDAY_HOLIDAYS). "Election Day"
    only capitalised: a lower-case "election day" is any country's, any year's."""
    match = _HOLIDAY.search(text)
    if match is None or year is None:
        return None
    name = match.group().lower().replace("’", "'")
    if name in _FIXED_HOLIDAYS:
        month, day = _FIXED_HOLIDAYS[name]
        return dt.date(year, month, day).isoformat()
    if name in _WEEKDAY_HOLIDAYS:
        if name == "election day" and not match.group().istitle():
            return None
        return (dt.date(year, 1, 1) + _WEEKDAY_HOLIDAYS[name]).isoformat()
    return (easter(year) + dt.timedelta(days=_EASTER_OFFSETS[name])).isoformat()


# ------------------------------------------------------------------ times of day
# A time zone or its stand-ins after a clock time ("7 pm GMT", "18:00 local time", "1500 UTC",
# "11:25am US east coast time"); the abbreviations are the common ones of news wires.
_ZONE = (r"(?:(?:GMT|UTC|BST|CET|CEST|EET|EEST|WET|WEST|MSK|IST|JST|KST|HKT|SGT|AEST|AEDT|ACST|AWST|NZST|NZDT"
         r"|[ECMP][SD]T|ET|PT)(?:\s?[+−-]\s?\d{1,2}(?::?\d\d)?)?\b|local time\b|(?:US )?(?:east|west) coast time\b"
         r"|(?:Eastern|Central|Mountain|Pacific) (?:(?:Standard|Daylight) )?Time\b)")
# Words before a time of day in English prose ("at 20:00", "by midday", "shortly before 19:00").
_CLOCK_LEAD = re.compile(r"(?:at|by|until|till|from|before|after|since|around|about|approximately|roughly|between|and|to|or)\s+$", re.I)
_AM_PM = r"(?:a\.m\.|p\.m\.|a\.m\b|p\.m\b|am\b|pm\b)"
_CLOCK_TIME = re.compile(
    # Every time starts with a digit or an "n"/"m" ("noon", "midday"): the look-ahead lets the
    # scan pass over the other characters at once (a quarter of the time; the same matches).
    r"(?=[\dnm])(?:"
    # "9.30am", "7 pm GMT", "5 p.m. local time", "10:45pm": a twelve-hour clock says itself
    rf"(?<![\w.:,£$€])(?P<twelve>(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s?{_AM_PM})(?:\s{_ZONE})?"
    # "18:00", "09:09": a twenty-four-hour clock, with a zone after it or a word of time before it
    rf"|(?<![\w.:,£$€])(?P<colon>(?:[01]?\d|2[0-3]):[0-5]\d)(?![\w:]|[.,]\d)(?P<colon_zone>\s{_ZONE})?"
    # "1500 UTC", "0600 hours": four digits with a zone, or "hours" after a word of time
    rf"|(?<![\w.:,£$€])(?P<four>(?:[01]\d|2[0-3])[0-5]\d)(?:\s?(?P<four_zone>{_ZONE})|\s(?P<hours>hours|hrs)\b)"
    # "at noon", "by midday", "until midnight"
    r"|(?P<noon>\b(?:noon|midday|midnight)\b))")


def clock_times(text: str) -> list[tuple[int, int]]:
    """The characters of each time of day in the text, with the zone written after it: "7 pm
    GMT", "9.30am", "18:00 local time", "1500 UTC", "at 20:00" (the time only), "by midday"
    (the word only). A date fact without a value: a time gives no day. Not a score or a ratio
    ("lost 2:1", "3:1"), a race clock ("2:17:18", `quantities.times_in_units`), a year ("in
    2100"), nor "2000 hours of footage" (a count of hours: no word of time before it); a bare
    "20:15" or "noon" only after a word of time ("at", "by", "until", "around" …)."""
    if not any(c in text for c in ":.0123456789n"):
        return []
    out = []
    for m in _CLOCK_TIME.finditer(text):
        lead = _CLOCK_LEAD.search(text[max(0, m.start() - 16):m.start()]) is not None
        if m.group("colon") and not (m.group("colon_zone") or lead):
            continue  # "the score was 20:15": two numbers, no time
        if m.group("four") and m.group("hours") and not (lead or m.group("four").startswith("0")):
            continue  # "2000 hours of footage"
        if m.group("noon") and not lead:
            continue  # "the noon bulletin", "Midnight Express"
        out.append((m.start(), m.end()))
    return out
