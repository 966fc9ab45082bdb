"""Facts: roles of people, dates, percentages, money and other figures, each with the actor
it is about (when there is one) and the sentence it came from."""
from __future__ import annotations

import datetime as dt
import math
import re
from functools import lru_cache

from dateutil.easter import easter
from dateutil.relativedelta import MO, TH, TU, relativedelta

from .arrays import indices_where, tokens_where
from .arrays import of as arrays_of
from .gazetteer import COUNTRIES, OCCUPATIONS
from .names import PEER_TITLES
from .person_nouns import PERSON_NOUNS
from .lexicon import DOCUMENT_NOUNS, TITLE_WORDS, looks_like_a_job, occupation_before_a_name
from .quantities import (
    BARE_SCALED, CARDINAL_WORDS, MULTIPLE, VAGUE_STRETCH, age_in, duration_parts, duration_value, fraction_value,
    glued_scale, multiple_value, multiples, percentage_points, salient_count, scores, times_in_units, twice,
    uncounted_numbers,
)
from .types import Fact

_MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split())}
_MONTHS.update({m[:3]: v for m, v in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_WEEKDAYS = {d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}
# The same words as whole-word patterns, compiled once (normalise_date tries them in this order).
_MONTH_PATTERNS = [(re.compile(rf"\b{k}\b"), v) for k, v in _MONTHS.items()]
_WEEKDAY_PATTERNS = [(re.compile(rf"\b{k}\b"), v) for k, v in _WEEKDAYS.items()]
_DURATION = re.compile(r"^(?:about |some |nearly |almost |more than |over |the past |the last |around |only |just |"
                       r"the next |the first |the coming |the following )?"
                       r"(?:\d[\d,.]*|an?|several|few|many|" + CARDINAL_WORDS + r"|hundred)[ -]"  # "14-hour drive"
                       # "50 consecutive quarters", "12 straight months": a count of periods, not a date
                       r"(?:(?:consecutive|straight|successive|running|full|whole|long|more|further|additional|"
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
    r"|\b\d(?:[\d,]*\d)?(?:\.\d+)?\s?(?:m|bn|million|billion)?\s(?:euros?|dollars?|pounds?|yen|yuan|rupees?|francs?)\b"
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
_AGE_RANGE = re.compile(r"(?:between )?\d{1,3}(?:\s?(?:to|-|–|and)\s?\d{1,3})?")  # after "aged": "30 to 40"
_SCALED_FIGURE = re.compile(r"\d(?:bn|mn|tn)\b|\b(?:million|billion|trillion)\b", re.I)
_MONTH_OR_YEAR = re.compile(r"\b(?:1[89]\d\d|20\d\d)\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b",
                            re.I)
_PERIOD_WORDS = frozenset({"year", "month", "week", "weekend", "spring", "summer", "autumn", "winter", "season"})
_FORTNIGHTS = re.compile(r"\b(?:a|one|two|three|four|\d+) fortnights?\b", re.I)  # the model never tags these
_YEAR = re.compile(r"\b(?:1[89]\d\d|20\d\d)\b")
# A word every match of a figure pattern holds (in lower case): a text with none of them is not
# scanned (each scan tries the pattern at every character of the article).
_NEEDED = {
    _MONEY_RANGE: ("$", "€", "£", "¥", "₹", "between"),
    _PERCENT_RANGE: ("%", "percent", "per cent"),
    _MONEY_TEXT: ("$", "€", "£", "¥", "usd", "eur", "gbp", "dollar", "pound", "yen", "yuan", "rupee", "franc"),
    _PERCENT_TEXT: ("%", "percent", "per cent", "pc"),
    _SCALED_NUMBER: ("thousand", "million", "billion"),
    _FORTNIGHTS: ("fortnight",),
    BARE_SCALED: ("bn", "tn", "mn"),
}


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
                            r"|\d\s?(?:m|bn|million|billion)?\s(?:euros?|dollars?|pounds?|yen|yuan|rupees?|francs?)\b"),
    BARE_SCALED: re.compile(r"\d(?:bn|tn|mn)\b"),  # a figure with its scale glued on
}
_FOLDED_CORES: dict = {
    # a figure (or a number word) before its scale: "five thousand", "3 hundred million"
    _SCALED_NUMBER: re.compile(r"(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|several|few)\s"
                               r"(?:hundred )?(?:thousand|million|billion)"),
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
_FOLDED_CORES[_YEARS_ON] = re.compile(r"(?:year|decade)s?\s+(?:later|earlier|on)")  # see _scan
_FOLDED_CORES[_HOURS_AROUND] = re.compile(r"(?:hour|minute|day)s?\s+(?:before|after|prior to)\s+the\s+(?:" + _EVENTS + r")")
# Determiners after which a number counts ("all 2000", "every 1500", "some 1900").
_COUNT_WORDS = frozenset({"all", "some", "every", "each", "another", "any", "no", "those", "these", "about"})
# A span of years: a financial or school year ("1998/99", "2002/2003") or a range ("2007-2013").
_YEAR_SPAN = re.compile(r"(?<![\w/.-])(1[89]\d\d|20\d\d)(?:/(\d\d|\d{4})|\s?[-–]\s?(1[89]\d\d|20\d\d))(?![\w/-]|\.\d|\s?%)")
_CORES[_YEAR_SPAN] = re.compile(r"(?:1[89]|20)\d\d(?:/\d\d|\s?[-–]\s?(?:1[89]|20)\d\d)")  # see _scan
_BEFORE_A_YEAR = frozenset({"in", "since", "from", "between", "until", "till", "by", "and", "to", "during",
                            "before", "after", "early", "late", "mid", "of"})
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
# Dates all the same, though their day depends on the country or the year's calendar.
_OTHER_HOLIDAYS = ("labour day", "independence day", "mother's day", "father's day")


def _any_of(names) -> str:
    return r"\b(?:" + "|".join(sorted(map(re.escape, names), key=len, reverse=True)) + r")\b"


_HOLIDAY = re.compile(_any_of([*_FIXED_HOLIDAYS, *_EASTER_OFFSETS, *_WEEKDAY_HOLIDAYS]), re.I)
# Currency words after a bare number the model tagged CARDINAL ("17.58 euros").
_CURRENCY_WORDS = frozenset("""euro euros pound pounds dollar dollars yen yuan pence cents rupee rupees
franc francs rand rouble roubles ruble rubles peso pesos won lira""".split())
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
_SCALE = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9,
          "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12}
# First match wins: longer and more specific markers come first ("australian dollar" before "dollar").
_CURRENCY = [("australian dollar", "AUD"), ("canadian dollar", "CAD"), ("new zealand dollar", "NZD"),
             ("hong kong dollar", "HKD"), ("singapore dollar", "SGD"),
             ("usd", "USD"), ("eur", "EUR"), ("gbp", "GBP"), ("aud", "AUD"), ("cad", "CAD"), ("jpy", "JPY"),
             ("inr", "INR"), ("cny", "CNY"), ("chf", "CHF"),
             ("us$", "USD"), ("a$", "AUD"), ("c$", "CAD"), ("hk$", "HKD"), ("$", "USD"),
             ("€", "EUR"), ("£", "GBP"), ("¥", "JPY"), ("₹", "INR"), ("dollar", "USD"),
             ("euro", "EUR"), ("pound", "GBP"), ("sterling", "GBP"), ("yen", "JPY"),
             ("rupee", "INR"), ("yuan", "CNY"), ("franc", "CHF"), ("rand", "ZAR")]
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
# Words that name a job: titles and occupations ("English drummer Dusty Marsh").
_ROLE_WORDS = TITLE_WORDS | OCCUPATIONS | frozenset("""drummer guitarist bassist futurologist analyst
critic writer novelist poet photographer designer spokesman spokeswoman loyalist ally elect member
astronomer physicist chemist biologist geologist mathematician psychologist psychiatrist sociologist
anthropologist archaeologist epidemiologist virologist statistician foreman labourer plumber electrician
mechanic carpenter miner fisherman shopkeeper builder accountant solicitor barrister clerk midwife vet
dentist pharmacist hostage expert specialist goal-kicker kicker surveyor sculptor painter inspector
investigator instructor negotiator translator interpreter librarian diplomat soldier sailor officer servant
politician personality veterinarian millionaire multimillionaire sportswriter co-star msp mla mep mpp
contractor subcontractor champion scholar academic commentator consul lobbyist staffer intern trainee
apprentice jock coworker co-worker performer entertainer frontman frontwoman bandleader conductor newsreader
wicketkeeper fullback halfback footballer cricketer landlord baker butcher vicar deacon medallist medalist
finalist semi-finalist runner-up legend icon international""".split())
# Occupations that are also everyday verbs: as a verb before a name they are the verb ("to host
# Ann Lee", "would star Tom Cruise").
_VERBS_TOO = frozenset({"host", "star", "model", "forward", "prop", "substitute", "skipper", "mentor", "tutor",
                        "doctor", "author", "partner", "pioneer", "engineer", "butcher", "father", "mother",
                        "counsel", "monitor", "sponsor", "minister", "master", "shepherd", "pilot", "captain"})


def _agent_noun(word: str) -> bool:
    """A person noun shaped like an agent noun ("sculptor", "beekeeper"): the tagger may read one
    right before a name as a verb ("to sculptor Henry Moore"); no verb has these forms."""
    return word in PERSON_NOUNS and word.endswith(("or", "er", "ist", "ian"))
_ROLE_VERBS = {"became", "become", "becomes", "named", "appointed", "elected", "serves", "served",
               "sworn", "installed", "office", "chosen", "nominated", "promoted", "confirmed"}


class FactExtractor:
    def __init__(self, doc, token_actor: dict[int, str], actor_types: dict[str, str],
                 article_date: str | None, title: str = "") -> None:
        self.doc = doc
        self.text = arrays_of(doc).text()
        self.token_actor = token_actor
        self.actor_types = actor_types
        self._pronoun_resolver = None  # built on first use: most roles need no pronoun
        self._described_people = None  # likewise, for "the writer" after a name
        self.title = title
        self._event_day_found: tuple[dt.date | None] | None = None
        self.anchor = _article_anchor(article_date)
        self.year = self.anchor.year if self.anchor else _context_year(doc)

    def extract(self) -> list[Fact]:
        facts = self._roles() + self._entity_facts()
        facts = self._with_missed_figures(facts)
        facts = self._ranges_and_changes(facts)
        facts = self._scores_and_counts(facts)
        facts = self._with_cents_currency(facts)
        facts.sort(key=lambda f: (f.start, f.kind))
        facts = self._counted_from_a_point(facts)
        return _dedupe(facts)

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

    def _first_day_of_the_lede(self, labels: tuple[str, ...]):
        """The first entity of `labels` in the first paragraph that reads to a whole day, or None."""
        lede_end = self._lede_end()
        for ent in self.doc.ents:
            if ent.start_char >= lede_end:
                return None
            if ent.label_ not in labels:
                continue
            iso = normalise_date(ent.text, self.anchor, self.year, ahead=_speaks_ahead(ent))
            if iso and len(iso) == 10:
                return dt.date.fromisoformat(iso)
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
                currency = beside.pop() if len(beside) == 1 else self._country_currency()
                if currency is not None:
                    f = Fact(f.kind, f.start, f.end, f.text, {**f.value, "currency": currency}, f.subject, f.sentence)
            out.append(f)
        return out

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
                out = [f for f in out if f not in over]
                out.append(self._fact(kind, start, end, None, self._subject_at(start, end)))

        def free(start: int, end: int, over_numbers: bool = False) -> bool:
            return not any(f.start < end and start < f.end and not (over_numbers and f.kind == "quantity")
                           for f in out)

        def inside(start: int, end: int) -> bool:  # a figure already read, but only in part: "£[2.5]m"
            return not any(f.start < end and start < f.end and not (start <= f.start and f.end <= end
                                                                    and f.kind in ("money", "quantity")) for f in out)

        for kind, pattern in (("money", _MONEY_TEXT), ("money", _PENCE), ("percent", _PERCENT_TEXT), ("quantity", _SCALED_NUMBER),
                              ("quantity", _FORTNIGHTS), ("quantity", MULTIPLE), ("quantity", BARE_SCALED)):
            found = multiples(self.text) if pattern is MULTIPLE else ((m.start(), m.end()) for m in _scan(pattern, self.text, folded))
            for start, end in found:
                written = self.text[start:end]
                if free(start, end, over_numbers=kind != "quantity") or kind == "money" and inside(start, end):
                    out = [f for f in out if not (f.start < end and start < f.end)]
                    value = parse_money(written) if kind == "money" else multiple_value(written) \
                        if pattern is MULTIPLE else parse_number(written)
                    out.append(self._fact(kind, start, end, value, self._subject_at(start, end)))
        # "two hours 18 minutes 15 seconds", "2:17:18" (a race clock), "a quarter of a percentage
        # point", "twice the forecast": figures the model splits, misses or reads as a date or a bare number
        figures = [(a, b, "quantity", None) for a, b in times_in_units(self.text)] \
            + [(a, b, "percent", v) for a, b, v in percentage_points(self.text)] \
            + [(a, b, "quantity", v) for a, b, v in twice(self.text)]
        for start, end, kind, value in figures:
            over = [f for f in out if f.start < end and start < f.end]
            if any(f.kind not in ("quantity", "date") or f.start < start or f.end > end for f in over):
                continue  # part of money, a role or a longer figure
            out = [f for f in out if f not in over]
            out.append(self._fact(kind, start, end, value, self._subject_at(start, end)))
        for m in _scan(_VAGUE_STRETCH_TEXT, self.text, folded):  # "[in the] last couple of weeks": the model missed it
            if free(m.start(), m.end()):
                out.append(self._fact("date", m.start(), m.end(), None, self._subject_at(m.start(), m.end())))
        for m in _scan(_DECADE, self.text, folded):  # "1980s pioneers", "the 1980s battle": a decade, no value
            over = [f for f in out if f.start < m.end() and m.start() < f.end]
            if all(f.kind in ("quantity", "date") and m.start() <= f.start and f.end <= m.end() for f in over):
                out = [f for f in out if f not in over]
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
                    out = [f for f in out if f not in over]
                    span = self.doc.char_span(m.start(), m.end(), alignment_mode="expand")
                    out.append(self._fact("date", m.start(), m.end(), None, self._subject(span)))
        for m in _YEAR.finditer(self.text):
            span = self.doc.char_span(m.start(), m.end())
            if span is None or not free(m.start(), m.end()):
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
            m = _TWO_FIGURES.search(f.text) if f.kind in ("money", "percent", "quantity") else None
            if m is None or m.group("sep").lower() == "and" and not _between_before(self.text, f.start + m.start()):
                out.append(f)
                continue
            value = range_value(f.kind, m.group("a"), m.group("b"), f.text)
            change = _from_before(self.text, f.start + m.start())
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

    def _durations(self, ent) -> list[Fact]:
        """A DATE or TIME entity that counts periods ("up to 15 years", "less than 20
        minutes"): a quantity, and a date for what it goes on to say when ("four days [last
        month]"). Empty when it is no duration."""
        text = ent.text
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
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return self._subject(span) if span is not None and len(span) else None

    # ------------------------------------------------------------------ roles
    def _roles(self) -> list[Fact]:
        facts = self._roles_of_names()
        facts += self._times_champion(facts)
        return facts + self._roles_by_description(facts)

    def _times_champion(self, found: list[Fact]) -> list[Fact]:
        """"a two-time Artist of the Ring champion", "the three-time world champion", "a
        five-time Grand Slam winner": a title won a number of times, the role of the person the
        clause is about when the parse says so (else no holder). Found from "-time" (cheap)."""
        out = []
        for m in _TIMES_CHAMPION.finditer(self.text) if "-time" in self.text else ():
            start, end = m.start(), m.end()
            if any(f.start < end and start < f.end for f in found):
                continue
            holder = self._subject_at(start, end)
            out.append(self._fact("role", start, end, _clean_role(m.group()),
                                  holder if self.actor_types.get(holder) == "person" else None))
        return out

    def _roles_by_description(self, found: list[Fact]) -> list[Fact]:
        """"The prime minister told MPs", "A spokesman for the Transport Ministry said": a job named
        without a name, as the subject of a clause. It is the role of the person the article
        gave that same job before ("Prime Minister Tony Blair" … "The prime minister"; "Norland
        President Ada Vale" … "the President": a country or body before the job only says where
        the job is, see `_job_core`); failing that, as the subject of a speech verb, the role of
        an unnamed source, and a public office after "the" ("The prime minister launched …",
        "the MEP had been …") a role whose holder the text does not name there (no holder).
        A public office after "the" is one wherever it stands ("it would be the home secretary
        who decides", "the President's account"), and so is a former job behind "his", "her" or
        "their" ("the riders and their former coach"); a possessive of a place or a body opens a
        speaker's job ("Norland's most senior police officer said", "the prime minister's
        official spokesman said"). Only the role-word tokens are visited (found by the doc's
        array of lower-case hashes)."""
        from spacy.strings import hash_string

        from .lexicon import CUE_FORMS

        global _ROLE_HASHES
        if _ROLE_HASHES is None:
            _ROLE_HASHES = frozenset(hash_string(w) for w in _ROLE_WORDS | PERSON_NOUNS)
        doc = self.doc
        hits = indices_where(doc, "LOWER", _ROLE_HASHES)
        taken = [(f.start, f.end) for f in found]
        earlier = sorted(((f.start, self._job_core(f.start, f.end), f.subject) for f in found
                          if f.subject is not None), key=lambda x: x[0])
        out: list[Fact] = []
        for i in hits:
            token = doc[i]
            office = self._public_office(token)
            # (a description is only read where it may stand: the test below skips every other place)
            relation = self._former_relation(token) or token.dep_ in _DESCRIBED_PLACES and self._described(token)
            if token.dep_ not in ("nsubj", "nsubjpass") and not ((office or relation) and token.dep_ in _OFFICE_PLACES
                                                                and not (token.dep_ == "poss" and self._job_word(token.head))) \
                    or i in self.token_actor or not (token.pos_ == "NOUN" or (
                    # "which the President accepted": a capitalised job alone after "the", no body's name
                    token.pos_ == "PROPN" and token.lower_ in _PUBLIC_OFFICES_OR_SPOKESPEOPLE
                    and token.ent_type_ not in ("NORP", "GPE")  # "the MEP" (tagged ORG); not "the Scottish Executive"
                    and all(c.dep_ in ("det", "case") or c.dep_ == "amod" and c.is_lower or c.dep_ == "compound"
                            and (c.ent_type_ in ("NORP", "GPE") or c.i not in self.token_actor and not c.ent_type_)
                            or c.dep_ == "prep" and c.lower_ == "of" and office
                            for c in token.children))) \
                    or token.lower_ in ("police", "government", "army") \
                    or not any(c.dep_ == "det" and c.lower_ in ("the", "a", "an")
                               # "his spokesman said", "the prime minister's official spokesman said",
                               # "Norland's most senior police officer has said"
                               or c.dep_ == "poss" and (c.lower_ in ("his", "her", "their", "its") or c.pos_ in (
                                   "NOUN", "PROPN") and (c.ent_type_ in ("GPE", "ORG", "NORP", "")
                                                         and not self._is_person(c.i) or self._is_person(c.i)
                                                         and token.lower_ in PERSON_NOUNS))
                               for c in token.children) \
                    or any(c.dep_ in ("appos", "compound") and self._is_person(c.i) for c in token.children) \
                    or any(s <= token.idx < e for s, e in taken) or not self._job_word(token) \
                    or token.lower_ in _FIRM_AGENTS and token.lower_ not in _ROLE_WORDS:
                continue
            phrase = self._role_phrase(token)
            cut = next((k for k, t in enumerate(phrase) if t.i > i and t.pos_ == "CCONJ"), None)
            phrase = phrase[:cut] if cut is not None else phrase  # "The head of X [and Y's big boss]"
            cut = next((k for k, t in enumerate(phrase) if t.i > i and t.dep_ == "prep" and t.head.i == i
                        and t.lower_ not in ("of", "for", "at", "from", "to", "in", "behind", "on", "with")), None)
            phrase = phrase[:cut] if cut is not None else phrase  # "her former lawyer [about the money]"
            while phrase and phrase[-1].dep_ == "case" and phrase[-1].i > i:
                phrase = phrase[:-1]  # "the President['s] claims"
            if not phrase or phrase[0].i > i:
                continue
            start, stop = phrase[0].idx, phrase[-1].idx + len(phrase[-1].text)
            key = self._job_core(start, stop)
            holder = next((who for at, job, who in reversed(earlier) if at < start and job == key), None)
            if holder is None and not office and token.head.dep_ == "ROOT":
                holder = self._person_described(token, found)
                relation = relation or holder is not None
            if holder is None and not office and not relation and (token.head.lower_ not in CUE_FORMS or token.head.lower_ in (
                    "claim", "claims", "claimed", "claiming") and any(c.dep_ == "dobj" for c in token.head.children)):
                continue  # "The champion claimed her title": no speech, no office
            out.append(self._fact("role", start, stop, _clean_role(self.text[start:stop]), holder))
        return out

    def _person_described(self, token, found: list[Fact]) -> str | None:
        """"Ann Lee wrote six novels. The writer was known for …": a definite description of
        one person as the subject of a main clause refers back to someone already named (a
        definite noun phrase is anaphoric: Poesio and Vieira 1998) — the person
        `descriptions.DescribedPeople` finds for it, as it does for a speaker: a recent main
        subject the text gave no other job, not someone introduced unnamed ("a spokesman …
        the spokesman"), never with a complement that says which one ("the writer of the
        letter"), not the subject of a passive clause ("Ann Lee was hit by a car. The
        driver …": the one acted on is no agent the next sentence describes), and only when
        the sentence of narration before is about them (its main subject is their name, "he"
        or "she"): "Rovers took the lead through Vance. The defender …" is Vance, not a
        person named further back."""
        if _inside_quote(self.text, token.idx):
            return None
        if self._described_people is None:
            from . import role_holders
            from .descriptions import DescribedPeople

            text = self.text
            self._described_people = DescribedPeople(
                self.doc, self.token_actor, self.actor_types, role_holders(found),
                lambda at: _inside_quote(text, at), lambda at: text.count("\n\n", 0, at))
        people = self._described_people
        if people.kind(token, _ROLE_WORDS) != "role":
            return None
        person = people.person(token, "role")
        if self.actor_types.get(person) != "person":
            return None
        last = max((i for i, who in self.token_actor.items() if who == person and i < token.i), default=None)
        if last is None or self.doc[last].dep_ == "nsubjpass" or self.doc[last].head.dep_ == "nsubjpass":
            return None
        topic = self._topic_before(token)
        if topic is None or topic.lower_ not in ("he", "she") and self.token_actor.get(topic.i) != person:
            return None  # the sentence before is about something else ("Arsenal took the lead … The defender …")
        return person

    def _topic_before(self, token):
        """The subject of the main clause of the last sentence of narration before `token`'s
        (sentences wholly inside quotes are passed over), or None (none, or a sentence whose
        subject the text lost: "… comfortably defended her title")."""
        at = token.sent.start
        while at > 0:
            sentence = self.doc[at - 1].sent
            at = sentence.start
            if all(_inside_quote(self.text, t.idx) or t.is_space or t.is_punct for t in sentence):
                continue
            return next((c for c in sentence.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return None

    def _described(self, token) -> bool:
        """"the Greek sprinter", "the former Olympic champion", "the billionaire tycoon", "the
        Catholic archbishop of Cardiff": a person noun after "the" that a word marks as someone's
        standing — "former", "late" and the like, a capitalised word inside the sentence (a
        people, a body, a contest), another person noun, or "of" and a name — wherever it
        stands. Not "the driver", "the injured man", "the bus driver": those say who, not what
        standing."""
        dets = [c.lower_ for c in token.children if c.dep_ == "det"]
        if token.pos_ != "NOUN" or dets not in (["the"], ["a"], ["an"]) or not self._job_word(token):
            return False  # (two determiners: a misparse, "the most a nominee has received")
        if token.lower_ in ("model", "forward", "prop", "substitute"):
            return False  # "the iPod mini model": a thing as often as a person
        det = next(c for c in token.children if c.dep_ == "det")
        if token.left_edge.i < det.i:
            return False  # words before the determiner: a misparse ("the most a nominee has polled")
        if dets != ["the"]:  # "a Labour donor", "a former Acme director": only a party, a people, a body or "former"
            return token.lower_ in PERSON_NOUNS and any(c.dep_ in ("amod", "compound", "nmod") and c.i < token.i and (
                c.lower_ in ("former", "ex") or c.ent_type_ in ("NORP", "ORG", "GPE") and not c.is_sent_start
                and not self._is_person(c.i)) for c in token.children)
        for c in token.children:
            if c.i > token.i:
                if c.dep_ == "prep" and c.lower_ in ("of", "with", "at", "for") and any(
                        g.dep_ == "pobj" and g.pos_ == "PROPN" and not self._is_person(g.i) for g in c.children):
                    return True  # "the archbishop of Cardiff", "the guitarist with Korn" (not "the lawyer of Ann Lee")
                continue
            if c.dep_ not in ("amod", "compound", "nmod", "npadvmod"):
                continue
            if c.lower_ in _STANDING_WORDS or c.pos_ == "NOUN" and c.is_lower and c.lower_ in PERSON_NOUNS \
                    or (c.is_title or c.is_upper) and c.is_alpha and not c.is_sent_start and not self._is_person(c.i):
                return True
        return False

    @staticmethod
    def _former_relation(token) -> bool:
        """"the pair and their former coach", "her former agent": a job someone held for the
        people a possessive names, marked as a job by "former" (not "their coach", a bus)."""
        return any(c.dep_ == "poss" and c.lower_ in ("his", "her", "their") for c in token.children) \
            and any(c.dep_ == "amod" and c.lower_ in ("former", "ex") for c in token.children)

    def _public_office(self, token) -> bool:
        """"the prime minister", "the President", "the home secretary": an office one person holds
        at a time, after "the" (a secretary only of a department: not "the secretary")."""
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            return False
        if token.lower_ == "secretary":
            return token.i > 0 and self.doc[token.i - 1].lower_ in _DEPARTMENTS
        return token.lower_ in _PUBLIC_OFFICES

    def _job_core(self, start: int, end: int) -> tuple[str, ...]:
        """Which job a role names, for matching a later description to it: its words without
        passing qualifiers (`_job_key`) and without the place, people or body it opens with
        ("Philippine President", "Acme CEO" → the president, the CEO)."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span) > 1:
            k = span.start
            while k < span.end - 1 and (self.doc[k].lower_ in _PASSING_QUALIFIERS or self.doc[k].ent_type_ in (
                    "NORP", "GPE", "ORG", "LOC") or self.actor_types.get(self.token_actor.get(k)) in (
                    "place", "organisation")):
                k += 1
            start = self.doc[k].idx
        return _job_key(self.text[start:end])

    def _roles_of_names(self) -> list[Fact]:
        facts: list[Fact] = self._roles_by_verb()
        by_verb = [(f.start, f.end) for f in facts]
        doc = self.doc
        for token in (doc[i] for i in sorted(self.token_actor) if 0 <= i < len(doc)):  # an actor's tokens only
            actor = self.token_actor.get(token.i)
            if actor is None or self.actor_types.get(actor) != "person":
                continue
            if token.i > 0 and self.token_actor.get(token.i - 1) == actor:
                continue  # only at the first token of a mention
            end = token.i
            while end + 1 < len(doc) and self.token_actor.get(end + 1) == actor:
                end += 1
            after = self._apposition_after(end)
            found = [self._rank(token.i, end), *self._stacked(self._title_before(token.i)),
                     *([after] if after is not None else self._apposition_by_parse(token.i, end)),
                     self._apposition_before(token.i), self._copula_role(token, end),
                     self._post_nominal(token.i, end), self._as_after_name(token.i, end)]
            for role in found:
                if role is None or any(s < role[1] and role[0] < e for s, e in by_verb):
                    continue  # a role the verb gave is read there, with its time
                start, stop = role
                value = _clean_role(self.text[start:stop])
                if value.lower().rstrip(".") not in _FORMS_OF_ADDRESS:
                    facts.append(self._fact("role", start, stop, value, actor))
        return facts

    def _apposition_by_parse(self, i: int, end: int) -> list[tuple[int, int]]:
        """"Rabbi Ann Hier, founder of the rights group X said", "Eric Vale, the party's nominee
        for governor was picked", "Tom Reyes (former Wales coach) said", "Ada Bell - Acme's
        defensive coach - is": a noun phrase the parse sets in apposition to the name right
        after a comma, a bracket or a dash, headed by a person noun (WordNet's noun.person, see
        `person_nouns`) or a job word, where no closing comma marks where it ends (the phrase
        ends where the parse's noun phrase does); each job coordinated with it is a role too
        ("a former Acme manager and owner of the website")."""
        doc = self.doc
        if end + 2 >= len(doc) or doc[end + 1].text not in (",", "(", *_DASHES):
            return []
        mention = range(i, end + 1)
        nouns = [c for k in mention for c in doc[k].children if c.dep_ == "appos" and c.i > end + 1
                 and c.pos_ == "NOUN" and c.i not in self.token_actor and self._job_word(c)]
        if not nouns:
            return []
        noun = nouns[0]
        if any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound") and not t.is_title
               or t.text in (".", ";", ":") for t in doc[end + 2:noun.i]) or noun.i - end > 8:
            return []
        out = []
        for job in (noun, *(c for c in noun.children if c.dep_ == "conj" and c.pos_ == "NOUN" and self._job_word(c))):
            phrase = self._role_phrase(job)
            if phrase and not any(self._is_person(t.i) for t in phrase):
                out.append((phrase[0].idx, phrase[-1].idx + len(phrase[-1].text)))
        return out

    def _post_nominal(self, i: int, end: int) -> tuple[int, int] | None:
        """"Ann Marlow QC", "Tom Reyes MP": an office written after the name, inside the mention
        or right after it."""
        doc = self.doc
        for k in (end, end + 1):
            if i < k < len(doc) and doc[k].text in _POST_NOMINALS and (k == end or doc[k].pos_ == "PROPN"):
                return doc[k].idx, doc[k].idx + len(doc[k].text)
        return None

    def _as_after_name(self, i: int, end: int) -> tuple[int, int] | None:
        """"with Tom Reyes in the lead role and Hal Dunmore as director", "hired Ann Lee as
        director": a job after "as" right after a name is that person's (where a verb's "as" gives
        it with a time, `_roles_by_verb` reads it). Not a part played: "starring Ann Lee as a
        detective"."""
        doc = self.doc
        if end + 2 >= len(doc) or doc[end + 1].lower_ != "as":
            return None
        noun = next((c for c in doc[end + 1].children if c.dep_ == "pobj"), None)
        if noun is None or not self._role_noun(noun) or any(
                a.lower_ in _PLAYING_VERBS for a in (*doc[end].ancestors, *doc[end + 1].ancestors)):
            return None
        phrase = self._role_phrase(noun)
        if not phrase:
            return None
        return phrase[0].idx, phrase[-1].idx + len(phrase[-1].text)

    def _rank(self, i: int, end: int) -> tuple[int, int] | None:
        """An honorific or a title of rank before a person's name, or opening it: "Dr", "Dame",
        "Grand Duke", "Sir", and "Lord" in "Lord Pemberton" (a peer keeps the title in his name)."""
        doc = self.doc
        if doc[i].lower_ in PEER_TITLES and end > i:
            return doc[i].idx, doc[i].idx + len(doc[i].text)
        j = i
        while j > 0 and (doc[j - 1].lower_.rstrip(".") in _RANKS or doc[j - 1].text == "." and j > 1
                         and doc[j - 2].lower_ in _RANKS) and i - j < 3:
            j -= 1
        while j < i and doc[j].text == ".":
            j += 1
        if j > 0 and doc[j - 1].lower_ == "grand" and j < i and doc[j].lower_ in ("duke", "duchess"):
            j -= 1  # "Grand Duke"
        if j == i:
            return None
        last = doc[i - 1] if doc[i - 1].text != "." else doc[i - 2]
        return doc[j].idx, last.idx + len(last.text)

    def _stacked(self, role: tuple[int, int] | None) -> list[tuple[int, int] | None]:
        """"painter, poet and climate campaigner Ada Vale": the roles stacked before one name,
        one fact each (the single role otherwise)."""
        if role is None:
            return [None]
        doc = self.doc
        span = doc.char_span(*role, alignment_mode="expand")
        if span is None:
            return [role]
        start = span.start
        k = start
        while k > 1 and doc[k - 1].is_lower and doc[k - 1].pos_ == "ADJ" and start - k < 2:
            k -= 1  # "[former] Senator from X": the scan's length limit may stop after the adjective
        if k >= 2 and doc[k - 1].lower_ == "and":
            left = self._title_before(k - 1)  # "former Secretary of State and former Senator from X Ann Lee"
            if left is not None:
                return [*self._stacked(left), (doc[k].idx, role[1])]
        # Leftwards over ", job" and ", and job" items the title scan stopped at.
        while start >= 2:
            sep = start - 1
            if doc[sep].lower_ == "and" and sep >= 1 and doc[sep - 1].text == ",":
                sep -= 1  # "radio host, television host, and philanthropist"
            if sep < 1 or doc[sep].text not in (",", "and") or not self._job_word(doc[sep - 1]):
                break
            k = sep - 1
            while k > 0 and (doc[k - 1].is_lower or doc[k - 1].is_sent_start) and doc[k - 1].pos_ in ("ADJ", "NOUN") \
                    and start - k < 4:
                k -= 1
            start = k
        parts, begin = [], start
        for k in range(start, span.end):
            if doc[k].text == "," or doc[k].lower_ == "and" and k > begin and self._job_word(doc[k - 1]):
                if k > begin and self._job_word(doc[k - 1]):
                    parts.append((begin, k))
                    begin = k + 1 + (k + 1 < span.end and doc[k + 1].lower_ == "and")  # ", and"
                elif doc[k].text == ",":
                    return [role]  # "Prime Minister of Canada, Mark": not a list of jobs
        parts.append((begin, span.end))
        if len(parts) == 1:
            return [role] if start == span.start else [(doc[start].idx, role[1])]
        return [(doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text)) for a, b in parts if b > a]

    def _job_word(self, token) -> bool:
        """A singular job noun ("critic", "co-founder", "seismologist"); plurals name groups."""
        if token.tag_ in ("NNS", "NNPS"):
            return False
        word = token.lower_
        if word == "mate":  # "his running mate": the job; "a mate" alone is a friend
            return token.i > 0 and self.doc[token.i - 1].lower_ == "running"
        return word in _ROLE_WORDS or word.rstrip("s") in _ROLE_WORDS or _hyphenated(self.doc, token.i) in _ROLE_WORDS \
            or looks_like_a_job(word) or word in PERSON_NOUNS

    # A verb or a predicate gives a role: "worked as a harbour pilot", "was elected mayor".
    def _roles_by_verb(self) -> list[Fact]:
        """Roles given by a verb or a predicate, held by the clause's subject (or its object:
        "appointed Ruiz as secretary of state"), with their time when the clause gives one:
        "was elected mayor of Dunmore in 1979" → "mayor of Dunmore (from 1979)", "in 1988 he
        stepped down as party chairman" → "party chairman (until 1988)", "trained as a
        surveyor", "spent a decade as a wine critic", "He was a civil servant"."""
        facts: list[Fact] = []
        for verb in self._role_givers():
            holding = verb.pos_ == "NOUN" and verb.lower_ in _HOLDING_NOUNS  # "his appointment as chairman"
            if verb.pos_ not in ("VERB", "AUX") and not holding or any(c.dep_ == "neg" for c in verb.children):
                continue  # "He is not a programmer", "was never elected mayor": no role
            nouns, by_as = self._role_nouns(verb)
            if not nouns or holding and not by_as or by_as and verb.lower_ in _PLAYING_VERBS:
                continue  # "starring Ann Lee as a detective": a part played, not a job
            holder = self._possessor(verb) if holding else self._role_holder(verb, by_as)
            if holder is None:
                continue
            for noun in nouns:
                phrase = self._role_phrase(noun)
                if not phrase:
                    continue
                start, stop = phrase[0].idx, phrase[-1].idx + len(phrase[-1].text)
                time = self._role_time(verb, noun)
                value = _clean_role(self.text[start:stop]) + (f" ({time})" if time else "")
                facts.append(self._fact("role", start, stop, value, holder))
        return facts

    def _role_givers(self) -> list:
        """The words that may give a role, in text order: the heads of predicates and of "as"
        phrases whose noun is a job (a cheap first pass: most verbs give none)."""
        out: dict[int, object] = {}
        for token in tokens_where(self.doc, "DEP", ("attr", "oprd", "pobj")):
            dep = token.dep_
            if dep in ("attr", "oprd"):
                head = token.head
            elif dep == "pobj" and token.head.lower_ == "as":
                head = token.head.head
                if head.lower_ in _HOLDING_NOUNS and self._job_word(token):
                    out.setdefault(head.i, head)  # "[his appointment] as chairman"
                if head.dep_ in ("dobj", "npadvmod") and head.pos_ not in ("VERB", "AUX"):
                    head = head.head  # "spent [a decade] as a critic"
            else:
                continue
            if self._job_word(token) or dep != "pobj" and self._listed_jobs(token):
                out.setdefault(head.i, head)
        return [out[i] for i in sorted(out)]

    def _role_phrase(self, noun) -> list:
        """The words of a role around its job noun: not what is coordinated with it, not a clause
        or an apposition about its words, not its time, not past a comma."""
        inner = {t.i for d in noun.subtree if d.i != noun.i and d.dep_ in ("relcl", "acl", "appos")
                 for t in d.subtree}
        phrase = [t for t in _without_coordination(noun) if t.i not in inner and not self._is_time(t, noun)]
        comma = next((t.i for t in phrase if t.text == "," and t.i > noun.i), None)
        phrase = [t for t in phrase if comma is None or t.i < comma]
        ids = {t.i for t in phrase}  # the unbroken run around the noun ("drummer [and co-founder] of …")
        first, last = noun.i, noun.i
        while first - 1 in ids:
            first -= 1
        while last + 1 in ids:
            last += 1
        if _hyphenated(self.doc, first) and first >= 2:
            first -= 2  # "co-founder"
        phrase = list(self.doc[first:last + 1])
        while phrase and (phrase[0].pos_ in ("DET", "PRON", "PUNCT") or phrase[0].text in _QUOTE_MARKS) \
                and phrase[0].i < noun.i:
            phrase = phrase[1:]
        while phrase and (phrase[-1].pos_ in ("PUNCT", "ADP", "CCONJ") or phrase[-1].text in _QUOTE_MARKS) \
                and phrase[-1].i > noun.i:
            phrase = phrase[:-1]
        if not phrase or len(phrase) > 14 or phrase[-1].i < noun.i or phrase[-1].i - phrase[0].i + 1 != len(phrase):
            return []
        return phrase

    def _role_nouns(self, verb) -> tuple[list, bool]:
        """The job nouns a verb gives (its predicate, or "as …" after it or its object), and
        whether they came with "as"."""
        found, by_as = [], False
        for child in verb.children:
            if child.dep_ in ("attr", "oprd") and self._role_noun(child):
                found.append(child)
            elif child.dep_ in ("attr", "oprd"):  # "a jazz and classical [flutist], composer": the parser
                found += self._listed_jobs(child)[:1]  # heads the list with a modifier; its jobs follow
            places = [child] if child.dep_ == "prep" else \
                [g for g in child.children if g.dep_ == "prep"] if child.dep_ in ("dobj", "npadvmod") else []
            for prep in places:
                if prep.lower_ == "as":
                    nouns = [c for c in prep.children if c.dep_ == "pobj" and self._role_noun(c)]
                    found += nouns
                    by_as = by_as or bool(nouns)
        out = []
        for noun in found:  # "served as painter and poet": each job its own role
            out.append(noun)
            out += self._listed_jobs(noun)
        return out, by_as

    def _listed_jobs(self, noun) -> list:
        """The other jobs of a list the first names: "a novelist, critic, translator and
        lecturer", "a painter and poet" — every conjunct that is a job noun is a role of its own.
        The parser hangs such a list as a chain of conjuncts, or (after a comma) as an
        apposition whose conjuncts follow; the walk goes on only through job nouns, so "a
        lawyer, a job he loved" and "a poet and a house in Spain" stop there."""
        out, todo = [], [noun]
        while todo:
            head = todo.pop()
            for c in head.children:
                if c.i > head.i and (c.dep_ == "conj" or c.dep_ == "appos" and self.doc[c.i - 1].text == ",") \
                        and self._role_noun(c):
                    out.append(c)
                    todo.append(c)
        return sorted(out, key=lambda t: t.i)

    def _role_noun(self, token) -> bool:
        """A singular job noun that is no name ("Department of Justice" is a body, "officers" many).
        A lower-case person noun the tagger read as an adjective or a proper noun in a list ("a
        [novelist], critic", "composer, [arranger], and lecturer") is one too."""
        if token.tag_ in ("NNS", "NNPS") or token.i in self.token_actor or not self._job_word(token):
            return False
        return token.pos_ in ("NOUN", "PROPN") or token.pos_ == "ADJ" and token.is_lower \
            and token.lower_ in PERSON_NOUNS and (token.dep_ == "conj" or any(c.dep_ == "det" for c in token.children)
                                                  and any(c.dep_ == "conj" for c in token.children))

    def _role_holder(self, verb, by_as: bool) -> str | None:
        """The person a verb's role belongs to: its object for "appointed X as …" / "elected X
        mayor", else its subject (a relative "who" is the name it follows; a conjoined or
        participle verb borrows its head's subject; a pronoun is resolved)."""
        for child in verb.children:
            if child.dep_ == "dobj" and self._is_person(child.i):
                return self.token_actor[child.i]
        clause = verb
        for _ in range(4):
            subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None) \
                or self._subject_of_an_aside(clause)
            if subject is not None:
                break
            if clause.dep_ in ("pcomp",) and clause.head.dep_ == "prep":
                clause = clause.head  # "was a civil servant before [becoming] a politician": the verb the "before" is of
            if clause.dep_ not in ("conj", "advcl", "acl", "xcomp", "prep") or clause.head.i == clause.i:
                return None  # "was projected to have won and [become] …": the subject of "projected"
            if clause.dep_ == "xcomp":  # "tapped Lee to be its nominee": the object is who becomes it
                obj = next((c for c in clause.head.children if c.dep_ == "dobj" and c.i < clause.i), None)
                if obj is not None:
                    return self.token_actor[obj.i] if self._is_person(obj.i) else None
            clause = clause.head
        else:
            return None
        if subject.lower_ in ("who", "that") and clause.dep_ == "relcl":
            k = subject.i - 1 - (subject.i > 0 and self.doc[subject.i - 1].text == ",")
            # "Tim Daly of Acme and Ken Bower, who worked as …": the name right before "who"
            # (the parser may hang the clause on an earlier one)
            subject = self.doc[k] if k >= 0 and self._is_person(k) else clause.head
            if not self._is_person(subject.i) and subject.dep_ == "appos" and self._is_person(subject.head.i):
                subject = subject.head  # "Vale, a diplomat who served as consul,": the name the description is of
        if self._is_person(subject.i):
            return self.token_actor[subject.i]
        named = next((c for c in subject.children if c.dep_ == "appos" and self._is_person(c.i)), None)
        if named is not None:  # "His running mate, Ann Lee, would become …": the name in apposition
            return self.token_actor[named.i]
        if subject.lower_ in ("he", "she", "him", "her"):
            actor = self._pronouns().resolve(subject)
            return actor if self.actor_types.get(actor) == "person" else None
        return None

    def _subject_of_an_aside(self, verb):
        """"Vale, reportedly nicknamed the 'baron of brick', was chairman": the parser makes the
        name the subject of the aside ("nicknamed") before the verb; a person named first in the
        sentence, right before the comma that opens the aside, is the verb's subject."""
        asides = [c for c in verb.children if c.dep_ in ("ccomp", "advcl") and c.i < verb.i]
        if verb.dep_ == "ccomp" and verb.head.i < verb.i and self.doc[verb.i - 1].text == ",":
            asides.append(verb.head)  # or the verb hangs off the aside: "Vale, nicknamed …, [was] chairman"
        for aside in asides:
            subject = next((c for c in aside.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None and self._is_person(subject.i) and subject.i + 1 < len(self.doc) \
                    and self.doc[subject.i + 1].text == "," and subject.i < aside.i:
                return subject
        return None

    def _possessor(self, noun) -> str | None:
        """The person whose "appointment as …" or "time as …" it is: "Pryce's", or "his" resolved."""
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is None:
            return None
        if self._is_person(owner.i):
            return self.token_actor[owner.i]
        if owner.lower_ in ("his", "her"):
            actor = self._pronouns().resolve_possessive(owner)
            return actor if self.actor_types.get(actor) == "person" else None
        return None

    def _pronouns(self):
        if self._pronoun_resolver is None:
            from .pronouns import PronounResolver

            self._pronoun_resolver = PronounResolver(self.doc, self.token_actor, self.actor_types, lambda _: False)
        return self._pronoun_resolver

    def _date_text(self, token) -> str | None:
        """The date a token stands in, as written without its preposition ("2003 and 2004",
        "June 2004"), or None when it is no point in time ("as many years")."""
        if _YEAR.fullmatch(token.text):
            return token.text
        ent = next((e for e in arrays_of(self.doc).ents() if e.label_ == "DATE" and e.start <= token.i < e.end), None)
        if ent is None:
            return None
        words = [t for t in ent if not (t.i == ent.start and t.lower_ in {*_TIME_PREPOSITIONS, "the"})]
        text = self.text[words[0].idx:words[-1].idx + len(words[-1].text)] if words else ""
        # "from 1983 to 1999" is one entity: its first part is the start
        text = re.split(r"\s+(?:to|until|till|through|-|–)\s+", text)[0]
        return text if re.search(r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", text, re.I) \
            else None

    def _is_time(self, token, noun) -> bool:
        """A date inside a role's phrase ("mayor of Lyon [from 1983 to 1999]") is its time, not the role."""
        for t in [token, *token.ancestors]:
            if t.i == noun.i:
                return False
            if t.dep_ == "prep" and t.head.i == noun.i or t.dep_ == "prep" and t.head.ent_type_ == "DATE":
                return any(c.ent_type_ == "DATE" or _YEAR.fullmatch(c.text) for c in t.subtree)
        return False

    def _role_time(self, verb, noun) -> str:
        """"(from 1979)", "(until 1988)", "(1977–1995)", "(in 2003)": when the clause says."""
        marks: dict[str, str] = {}
        for owner in (verb, noun):
            for prep in (c for c in owner.subtree if c.dep_ == "prep" and c.lower_ in _TIME_PREPOSITIONS):
                head = prep.head.head if prep.head.dep_ == "prep" else prep.head  # "from 1977 [to 1995]"
                if head not in (verb, noun) and head.ent_type_ != "DATE" and not _YEAR.fullmatch(head.text):
                    continue
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                when = self._date_text(obj) if obj is not None else None
                if when:
                    marks.setdefault(_TIME_PREPOSITIONS[prep.lower_], when)
        if "from" in marks and "until" in marks:
            return f"{marks['from']}–{marks['until']}"
        if "from" in marks or "until" in marks:
            kind = "from" if "from" in marks else "until"
            return f"{kind} {marks[kind]}"
        if "in" in marks:
            verb_word = verb.lower_
            kind = "from" if verb_word in _ROLE_START_VERBS else "until" if verb_word in _ROLE_END_VERBS else "in"
            return f"{kind} {marks['in']}"
        return ""

    def _title_before(self, i: int) -> tuple[int, int] | None:
        """"Canadian Prime Minister Mark Carney", "Opposition leader Petra Lind",
        "London mayor Mr Livingstone" (the form of address is not part of the role)."""
        arrays = arrays_of(self.doc)  # words as plain strings: no Token made for each look
        texts, lowers = arrays.texts(), arrays.lowers()
        while i > 0 and (lowers[i - 1].rstrip(".") in _HONORIFICS_BEFORE_NAME
                         or texts[i - 1] == "." and i > 1 and lowers[i - 2] in _HONORIFICS_BEFORE_NAME
                         or lowers[i - 1] == "grand" and lowers[i] in ("duke", "duchess")):
            i -= 1  # "philanthropist Sir Christopher …": the honorific is a role of its own
        j = i - 1
        has_title = False
        gloss = self._parenthesis_before(i)
        if gloss is not None:  # "Labour MP (Member of Parliament) Ada Quill": the gloss is skipped
            i, j = gloss, gloss - 1
        while j >= 0 and i - j <= 6:
            t = self.doc[j]
            if j == i - 1 and j >= 1 and (lowers[j - 1], lowers[j]) in _POSITIONS:
                has_title = True  # "Caloundra half back Jed Marr": a position in two words
                j -= 2
                continue
            if t.pos_ == "VERB" and j == i - 1 and ((t.lower_ in OCCUPATIONS or _agent_noun(t.lower_))
                                                   and t.lower_ not in _VERBS_TOO or (
                    t.lower_ in TITLE_WORDS and j >= 1 and self.doc[j - 1].is_title and self.doc[j - 1].pos_ == "PROPN"
                    and not self.doc[j - 1].is_sent_start)):
                # "to help physio Jim Baines", "Caloundra coach Geoff Ingram": the tagger read the job
                # as a verb (a title word only after a capitalised name: "to coach Tom" is the verb)
                has_title = True
                j -= 1
                continue
            if t.pos_ == "VERB" and has_title and t.tag_ == "VBN" and t.dep_ == "amod" and t.is_lower:
                j -= 1  # "retired general", "elected mayor" inside a stack of roles
                continue
            if t.ent_type_ in ("DATE", "TIME") or t.pos_ == "VERB":
                break  # "Last year US President …", "Remarked … scientist"
            word = _hyphenated(self.doc, j) or t.lower_  # "full-back"
            plural_job = j == i - 1 and (word[:-1] in _ROLE_WORDS or t.is_lower and word[:-1] in PERSON_NOUNS
                                         and self._a_list_of_people(i))  # "Goal-kickers X and Y"
            if t.lower_ in _ROLE_WORDS or word in _ROLE_WORDS or plural_job or t.is_lower and (
                    looks_like_a_job(word) or word in PERSON_NOUNS and t.pos_ == "NOUN") \
                    or j == i - 1 and occupation_before_a_name(self.doc, j):  # "Beekeeper Ana Lutz said"
                has_title = True
            elif t.is_lower and t.pos_ in ("NOUN", "PROPN") and j >= 2 and self.doc[j - 1].lower_ in ("for", "of") \
                    and self.doc[j - 2].lower_ in _ROLE_WORDS:
                pass  # "spokesman for sport Hugh Dalgleish": what the job is for
            elif not (t.is_title or t.is_upper or t.lower_ in ("of", "for", "from", "and", "-", "the")
                      or t.is_lower and has_title and self._modifies_role(j)) or t.is_punct \
                    and t.text not in (".", "-") or t.i in self.token_actor and \
                    self.actor_types.get(self.token_actor[t.i]) == "person" and not self._names_whose_job(j):
                break
            if t.is_sent_start:
                j -= 1
                break
            j -= 1
        start = j + 1
        while start < i and (lowers[start] in ("of", "for", "from", "and", "the") or self.doc[start].is_punct
                             or self.doc[start].pos_ in ("CCONJ", "SCONJ", "ADV", "PRON", "DET", "INTJ")):
            start += 1  # "But full-back Tom Reyes": the conjunction is not part of the role
        if not has_title or start >= i:
            return None
        name = self.doc[i]
        while name.head.i != name.i and self.token_actor.get(name.head.i) == self.token_actor.get(i):
            name = name.head
        after = i
        while after < len(self.doc) and self.token_actor.get(after) == self.token_actor.get(i):
            after += 1
        if start > 0 and self.doc[start - 1].lower_ in ("a", "an") and (
                name.dep_ in ("nsubj", "nsubjpass") and name.head.dep_ == "relcl" and name.head.head.i == i - 1
                or after < len(self.doc) and self.doc[after].tag_ in ("VBD", "VBN")):
            # "a Republican fundraiser Trump appointed": the job heads a clause the name is the subject of
            # (after "the" it is a title: "The exiting governor Ann Lee appointed …")
            return None
        # A role ends with its job word ("Prime Minister", "English drummer") or names what the
        # job is of ("President of the United States"); not "documentary Beware of Mr.".
        words = [t.lower_ for t in self.doc[start:i]]
        office_of = _office_of(self.doc[start:i]) or len(words) >= 3 and words[-2] in ("for", "of") \
            and words[-3] in _ROLE_WORDS and self.doc[i - 1].pos_ in ("NOUN", "PROPN")  # "spokesman for sport"
        ends = {words[-1], _hyphenated(self.doc, i - 1)} - {""}
        position = len(words) >= 2 and tuple(words[-2:]) in _POSITIONS
        if not position and not any(w in _ROLE_WORDS or w[:-1] in _ROLE_WORDS or looks_like_a_job(w) or (
                w in PERSON_NOUNS or w[:-1] in PERSON_NOUNS) and self.doc[i - 1].is_lower for w in ends) and not office_of \
                and not (start == i - 1 and occupation_before_a_name(self.doc, start)):  # "Goal-kickers X"
            return None
        return self.doc[start].idx, self.doc[i - 1].idx + len(self.doc[i - 1].text)

    def _a_list_of_people(self, i: int) -> bool:
        """The person named at token i is the first of several ("fellow pupils Ann Lee and Tom
        Reyes"): a plural job before one name is a band's or a club's ("rivals St Helens")."""
        doc, k = self.doc, i
        while k < len(doc) and self.token_actor.get(k) == self.token_actor.get(i):
            k += 1
        while k < len(doc) and doc[k].text in (",", "and"):
            k += 1
        return k < len(doc) and k > i and doc[k - 1].text in (",", "and") and self._is_person(k)

    def _names_whose_job(self, j: int) -> bool:
        """"Former Trump adviser and retired general …", "businessman and Trump loyalist …": a
        person's name right before a job word says whose the job is; the role goes on past it."""
        doc = self.doc
        first = j
        while first > 0 and self.token_actor.get(first - 1) == self.token_actor.get(j):
            first -= 1
        if first == 0 or not self._job_word(doc[j + 1]) or not doc[j + 1].is_lower:
            return False
        before = doc[first - 1]
        # After an adjective ("Former Trump adviser") or "and" after another job ("businessman
        # and Trump loyalist") — not after another name ("rapper Twista and Ray actor") or a stop.
        return before.pos_ == "ADJ" and before.is_alpha or before.lower_ == "and" and first >= 2 \
            and doc[first - 2].is_lower and self._job_word(doc[first - 2])

    def _parenthesis_before(self, i: int) -> int | None:
        """Index of the "(" of a short parenthesis that ends just before token i, if any."""
        doc = self.doc
        if i < 3 or doc[i - 1].text != ")":
            return None
        for k in range(i - 2, max(0, i - 9), -1):
            if doc[k].text == "(":
                return k
            if doc[k].text in (")", ".", ";") or doc[k].is_space:
                return None
        return None

    def _is_person(self, i: int) -> bool:
        return self.actor_types.get(self.token_actor.get(i)) == "person"

    def _modifies_role(self, j: int) -> bool:
        """A lower-case word inside a role: an adjective ("former", "chief"), or a noun in a
        compound with the job word ("home secretary", "shadow home secretary", "co-chairman") —
        not "on the way former … coach"."""
        doc = self.doc
        t = doc[j]
        if t.pos_ == "ADJ":
            return True
        k = j + 1
        while k < len(doc) and k - j <= 3 and (doc[k].text == "-" or doc[k].is_lower and doc[k].pos_ == "NOUN"
                                               and doc[k].lower_ not in _ROLE_WORDS and doc[k].lower_ not in PERSON_NOUNS):
            k += 1  # over the rest of the compound
        return t.pos_ == "NOUN" and k < len(doc) and (doc[k].lower_ in _ROLE_WORDS or doc[k].lower_ in PERSON_NOUNS)

    def _apposition_after(self, end: int) -> tuple[int, int] | None:
        """"Dominic LeBlanc, Minister of International Trade …, said"; also past where the person
        is from: "Don Vale of West Virginia, the party's nominee, said"."""
        doc = self.doc
        if end + 2 < len(doc) and doc[end + 1].lower_ == "of" and self.actor_types.get(
                self.token_actor.get(end + 2)) == "place":
            place = self.token_actor[end + 2]
            end += 2
            while end + 1 < len(doc) and self.token_actor.get(end + 1) == place:
                end += 1
        if end + 3 < len(doc) and doc[end + 1].text in _DASHES and doc[end + 2].lower_ in ("the", "a", "an"):
            return self._between_dashes(end + 2)
        if end + 2 >= len(doc) or doc[end + 1].text != ",":
            return None
        k = end + 2
        if doc[k].lower_ in ("who", "which", "whose", "where", "said", "says", "and", "but"):
            return None
        if doc[k].pos_ == "ADP" and doc[k].dep_ != "compound":
            return None  # "Ada Bell, for her part," / "…, for their progress.": an adverbial, not a job
        stop = k
        while stop < len(doc) and doc[stop].text not in (",", ".", ";", ":", "(", ")", "“", "”", '"') \
                and doc[stop].lower_ not in ("who", "which", "that", "whose") \
                and not doc[stop].is_space and stop - k < 18:
            stop += 1
        words = [t.lower_ for t in doc[k:stop]] + [_hyphenated(doc, j) for j in range(k, stop)]  # "fly-half"
        # "Ian Pellow, BT's futurologist," / "Peter Hallam, director of Sheffield-based …":
        # a short noun phrase between commas after a name describes the person.
        # "a sitting senator": a participle describing the job is no verb of a clause
        verbs = [t for t in doc[k:stop] if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound")
                 and not (t.i > 0 and doc[t.i - 1].text == "-")]
        if self._is_person(k) or any(doc[t].lower_ == "and" and any(self._is_person(u) for u in range(t, stop))
                                     for t in range(k, stop)):
            return None  # "Marsh, Lowe and Eric Dunmore": a list of people, not a role
        # … but not "Ada Quill, a statement that was later confirmed …": a clause about the event.
        headed_by_noun = stop - k <= 6 and doc[stop - 1].pos_ == "NOUN" and doc[stop - 1].lower_ not in DOCUMENT_NOUNS \
            and stop < len(doc) and doc[stop].text in (",", ".", ";", ")") \
            and doc[k].pos_ not in ("ADV", "ADP")  # not "now out with a broken thumb": where he is, not what
        person_noun = any(t.is_lower and t.lower_ in PERSON_NOUNS for t in doc[k:stop])  # not "The Independent"
        if verbs or not (any(w in _ROLE_WORDS for w in words) or person_noun or headed_by_noun):
            return None
        if stop < len(doc) and doc[stop].text not in (",", ".", ";", ":", ")") and \
                doc[stop].lower_ not in ("who", "which", "that", "whose") and not _short_form_closes(doc, stop):
            return None
        return doc[k].idx, doc[stop - 1].idx + len(doc[stop - 1].text)

    def _between_dashes(self, k: int) -> tuple[int, int] | None:
        """"Dunmore - the director behind Red Harbour and Cold Tide - said": a description set off
        by dashes after a name, its job word within its first words, no verb in it."""
        doc = self.doc
        stop = k
        while stop < len(doc) and doc[stop].text not in (*_DASHES, ".", ";", ":", "(", "“", "”", '"') \
                and not doc[stop].is_space and stop - k < 16:
            stop += 1
        if stop >= len(doc) or doc[stop].text not in (*_DASHES, "."):
            return None
        head = next((t for t in doc[k:min(stop, k + 6)] if t.pos_ in ("NOUN", "PROPN") and self._job_word(t)
                     and t.i not in self.token_actor), None)
        if head is None or any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound") and not t.is_title
                               for t in doc[k:stop]) \
                or any(self._is_person(t) for t in range(k, stop)):
            return None
        return doc[k].idx, doc[stop - 1].idx + len(doc[stop - 1].text)

    def _apposition_before(self, i: int) -> tuple[int, int] | None:
        """"The museum's director, Helen Marsh," / "whose general secretary, Grace Okafor,"."""
        doc = self.doc
        if i < 2 or doc[i - 1].text != ",":
            return None
        stop = i - 1
        if doc[stop - 1].text == ")":  # "The head of the dockers' union (the Union of Rail, Sea and Port), Al Orme,"
            opening = next((p for p in range(stop - 2, max(0, stop - 22), -1) if doc[p].text in ("(", ")")), None)
            if opening is not None and doc[opening].text == "(" and opening > 0:
                stop = opening
        k = stop - 1
        # Back to where the description starts: not over a verb or a preposition that opens the
        # clause around it ("praised by [Ofsted chief], Ivo Grant,").
        # An "and" inside an office goes on ("vice president of research and design",
        # "manager of X and director of Y"); one before a person ends it.
        while k >= 0 and doc[k].text not in (",", ".", ";", ":", "“", "”", '"') and not doc[k].is_space \
                and stop - k < 16 and doc[k].lower_ not in ("whose", "but") \
                and not (doc[k].lower_ == "and" and (k == 0 or self._is_person(k - 1) or stop - k >= 8
                                                     and not any(w.lower_ in ("of", "for") for w in doc[k:stop]))) \
                and doc[k].pos_ not in ("VERB", "AUX") and (doc[k].pos_ != "ADP" or doc[k].lower_ in ("of", "for", "to")):
            k -= 1
        k += 1
        while k < stop and doc[k].lower_ == "and":
            k += 1
        phrase = doc[k:stop]
        if not len(phrase) or any(t.pos_ in ("VERB", "AUX") for t in phrase):
            return None
        if not self._in_apposition(phrase, i):
            return None  # "In a letter to the chairman, Helen Marsh wrote": a phrase before her, not her job
        words = [t.lower_ for t in phrase]
        # "Corvane's senior vice president of research and design": a job, then what it is of
        of_a_field = any(self._job_word(t) and nxt in ("of", "for") for t, nxt in zip(phrase, words[1:]))
        if phrase[-1].lower_ not in TITLE_WORDS and not _office_of(phrase) and not of_a_field and not (
                phrase[-1].is_lower and self._job_word(phrase[-1])):  # "His running mate, Ann Lee,"
            return None
        return phrase[0].idx, phrase[-1].idx + len(phrase[-1].text)

    def _in_apposition(self, phrase, i: int) -> bool:
        """The parse joins the description and the name after it as one noun phrase: the name in
        apposition to it ("The museum's director, Helen Marsh,") or it to the name."""
        doc = self.doc
        actor = self.token_actor.get(i)
        name = range(i, next((k for k in range(i, len(doc)) if self.token_actor.get(k) != actor), len(doc)))
        inside = range(phrase.start, phrase.end)
        heads = [t for t in phrase if t.head.i not in inside]  # "A member of the Senate, Ann Lee said":
        subjects = {(t.head.i, t.dep_) for t in heads if t.dep_ in ("nsubj", "nsubjpass")}  # both parsed as subjects
        sibling_of = {t.head.i for t in heads if t.dep_ == "appos"}  # both hung on one word before them
        return any(doc[k].dep_ == "appos" and (doc[k].head.i in inside or doc[k].head.i in sibling_of) for k in name) \
            or any(t.dep_ == "appos" and t.head.i in name for t in phrase) \
            or any((doc[k].head.i, doc[k].dep_) in subjects for k in name)

    def _copula_role(self, token, end: int) -> tuple[int, int] | None:
        """"Lind took office as the 19th Prime Minister of Norland", "X became mayor"."""
        if token.dep_ not in ("nsubj", "nsubjpass") and self.doc[end].dep_ not in ("nsubj", "nsubjpass"):
            return None
        head = self.doc[end].head if self.doc[end].dep_ in ("nsubj", "nsubjpass") else token.head
        candidates = []
        for child in head.children:
            if child.dep_ in ("attr", "oprd") and child.lower_ in TITLE_WORDS:
                candidates.append(child)
            if child.dep_ == "prep" and child.lower_ == "as" and (head.lower_ in _ROLE_VERBS or any(
                    c.lower_ in _ROLE_VERBS for c in head.children)):
                candidates.extend(c for c in child.children if c.dep_ == "pobj")
        if head.lower_ not in _ROLE_VERBS_OR_BE and not any(
                c.dep_ == "prep" and c.lower_ == "as" for c in head.children) or any(c.dep_ == "neg" for c in head.children):
            return None
        for cand in candidates:
            subtree = _without_coordination(cand)
            words = {t.lower_ for t in subtree}
            if words & TITLE_WORDS and len(subtree) <= 14:
                first = subtree[0]
                while first.dep_ == "det" and first.i < cand.i:
                    subtree = subtree[1:]
                    first = subtree[0]
                last = subtree[-1]
                return first.idx, last.idx + len(last.text)
        return None

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
                        and _AGE_RANGE.fullmatch(text):  # "age 22", "aged 71", "aged 30 to 40": how old
                    two = _TWO_FIGURES.search(text)
                    value = range_value("quantity", two.group("a"), two.group("b"), text) if two else None
                    facts.append(self._fact("quantity", ent.start_char, ent.end_char,
                                            value or parse_number(text), self._subject(ent)))
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
                value = self._day_around(text, ent, last_day) or self._day_in_a_quote(text, ent.start_char) or \
                    normalise_date(text, self.anchor, self.year, ahead=_speaks_ahead(ent))
                if re.fullmatch(r"\d{4}", text) and _TIME_ZONE_AFTER.match(self.text, ent.end_char):
                    value = None  # "at 1815 GMT": a time of day written as four digits, no year
                if value and len(value) == 10:
                    last_day = (dt.date.fromisoformat(value), ent.end_char)
                facts.append(self._fact("date", ent.start_char, ent.end_char, value, self._subject(ent)))
            elif label in ("EVENT", "ORG", "PERSON", "FAC", "GPE", "NORP", "WORK_OF_ART") and _HOLIDAY.fullmatch(text):
                # "New Year's Day", "Easter Monday": the model takes holidays for events or names
                facts.append(self._fact("date", ent.start_char, ent.end_char,
                                        normalise_date(text, self.anchor, self.year), self._subject(ent)))
            elif label == "PERCENT" or label == "MONEY" and _PER_CENT.search(text):
                facts.append(self._fact("percent", ent.start_char, ent.end_char, parse_number(text),
                                        self._subject(ent)))
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
                if (value is None or value["currency"] is None) and not _CURRENCY_SIGNS & set(written) \
                        and after is not None and after.tag_ == "NNS" and after.lower_ not in _CURRENCY_WORDS:
                    # "500 trillion sums a second": a count of things, no sum of money
                    facts.append(self._fact("quantity", start, end, parse_number(written), self._subject(ent)))
                    continue
                facts.append(self._fact("money", start, end, value, self._subject(ent)))
            elif label == "TIME" and _PART_OF_A_DAY.fullmatch(text) and (ent[0].is_sent_start or not text.istitle()):
                # "this morning", "last night" (not the programme "This Morning")
                facts.append(self._fact("date", ent.start_char, ent.end_char,
                                        self._day_in_a_quote(text, ent.start_char)
                                        or normalise_date(text, self.anchor, self.year), self._subject(ent)))
            elif label == "TIME" and self._durations(ent):  # "for 80 minutes", "less than 20 minutes"
                facts += self._durations(ent)
            elif label == "TIME" and _WEEKDAY_PART.fullmatch(text):  # "Sunday morning": that day
                facts.append(self._fact("date", ent.start_char, ent.end_char,
                                        normalise_date(text, self.anchor, self.year, ahead=_speaks_ahead(ent)),
                                        self._subject(ent)))
            elif label == "TIME" and _CLOCK.match(text):  # "3:15 a.m.", "at 10pm": a time of day, no date to copy
                facts.append(self._fact("date", ent.start_char, ent.end_char, None, self._subject(ent)))
            elif label == "CARDINAL" and ent.end < len(self.doc) and self.doc[ent.end].lower_ in _CURRENCY_WORDS:
                end = self.doc[ent.end].idx + len(self.doc[ent.end].text)  # "17.58 euros"
                facts.append(self._fact("money", ent.start_char, end, parse_money(self.text[ent.start_char:end]),
                                        self._subject(ent)))
            elif label == "CARDINAL" and _YEAR.fullmatch(text) and ent.start > 0 \
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

    def _year_before_a_name(self, ent) -> bool:
        """"the virtual 2020 Libertarian National Convention", "its 2019 Annual Report", "the 2020
        election": a year between a determiner or adjective and a name or a singular noun (not
        "the 1500 Marines", "the 2000 residents": counts)."""
        before = self.doc[ent.start - 1]
        after = self.doc[ent.end] if ent.end < len(self.doc) else None
        return after is not None and before.tag_ in ("DT", "PRP$", "JJ", "POS") and before.lower_ not in _COUNT_WORDS \
            and (after.tag_ == "NNP" and after.is_title or after.tag_ == "NN" and after.is_lower)

    def _day_in_a_quote(self, text: str, at: int) -> str | None:
        """"today", "this afternoon", "yesterday" inside a quotation, in an article dated after the
        day its first paragraph reports ("On Saturday, Caloundra beat …" in a story of the
        Tuesday after): the words were spoken on that day, so they count from it. None when
        the words are not quoted, or the first paragraph gives no earlier day (then the
        article's date stands)."""
        if self.anchor is None or not _DAY_WORDS.fullmatch(" ".join(text.lower().split())) or not _inside_quote(self.text, at):
            return None
        if self._event_day_found is None:
            self._event_day_found = (self._event_day(),)
        day = self._event_day_found[0]
        return normalise_date(text, day) if day is not None else None

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
        token = span.root
        nouns = 0
        for _ in range(12):
            if token.pos_ in ("NOUN", "PROPN") and nouns < 2:  # the figure's own noun, or the one it qualifies
                nouns += 1
                owner = next((c for c in token.children if c.dep_ == "poss" and c.i in self.token_actor), None)
                if owner is not None:
                    return self.token_actor[owner.i]
            subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None) \
                if token.pos_ in ("VERB", "AUX") else None
            if subject is not None:
                return self._actor_of_subject(token, subject)
            if token.head.i == token.i or token.dep_ in ("ccomp", "parataxis"):
                return None  # a clause of its own without a subject: nobody's
            token = token.head
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
        token = self.doc.char_span(start, end, alignment_mode="expand")
        sent = arrays_of(self.doc).sent(token.start if token is not None and len(token) else 0)
        return Fact(kind, start, end, self.text[start:end], value, subject, (sent.start_char, sent.end_char))


# ---------------------------------------------------------------------- value parsing

def parse_number(text: str) -> float | None:
    match = _NUMBER.search(text)
    if not match:
        base = _number_words(text)
        if base is None:
            return None
        value = float(base)
    else:
        value = float(match.group().replace(",", ""))
    for word, scale in _SCALE.items():
        if re.search(rf"(?<![a-z]){word}\b", text.lower()):
            value *= scale
            break
    return value


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
    if first in _TENS:
        return _TENS[first] + (_UNITS.get(words[1], 0) if len(words) > 1 and words[1] in _UNITS else 0)
    if first in _UNITS:
        return _UNITS[first]
    return 1 if first in ("a", "an") else None


def parse_money(text: str) -> dict | None:
    """{"amount", "currency"}: "£2.5m" → 2,500,000 GBP; pence ("1p", "50 pence") are hundredths
    of a pound; cents hundredths of a currency the words do not name ("75 cents" → 0.75 and None:
    `FactExtractor._cents_currency` finds it from the article, or leaves it unknown)."""
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


_PENCE_WORDS = re.compile(r"\d\s?p$|\bpence\b")
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
        low = bare_low * 10 ** round(math.log10(high / bare_high))  # the scale written once, after the second
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
    if month and year is None:
        year = anchor.year if anchor is not None else context_year
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
    if year and re.fullmatch(r"(?:by |in |the year |(?:the )?(?:end|start|beginning|middle|close|turn|rest|remainder) of "
                             r"(?:the year )?|(?:early|late|mid)[ -]|(?:the )?(?:early |late )?(?:spring|summer|autumn|fall|"
                             r"winter)(?: of)? )?\d{4}", " ".join(lower.split())):
        # "the end of 2005", "early 2024": the year is what the text gives
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


# A time on the day the narration is at: the last date read to the day (else the article's).
_SAME_DAY = re.compile(r"(?:(?:early|earlier|late|later)\s+(?:in|on)\s+the|(?:(?:early|earlier|late|later)\s+)?that)\s+"
                       r"(?:day|morning|afternoon|evening|night)", re.I)
# Words that name a day by counting from the day they are said.
_DAY_WORDS = re.compile(r"(?:today|tonight|yesterday|tomorrow|this (?:morning|afternoon|evening))", re.I)


def _inside_quote(text: str, at: int) -> bool:
    """Whether the character at `at` is inside a quotation of its paragraph: after an opening
    curly mark not yet closed, or after an odd number of straight double marks."""
    start = text.rfind("\n", 0, at) + 1
    before = text[start:at]
    if before.rfind("“") > before.rfind("”"):
        return True
    return before.count('"') % 2 == 1


_PART_OF_THE_DAY = re.compile(r"the\s+(?:morning|afternoon|evening|night)(?:\s+hours)?", re.I)
_FOLLOWING_EVENT = re.compile(r"\s+(?:following|after|before)\s+(?:the|his|her|their|its)\s+[a-z]+(?:-[a-z]+)?\b")
# "the last couple of weeks", "the past few months": a stretch of time from now, vague (no value).
_VAGUE_STRETCH_TEXT = re.compile(r"\b(?:the\s+)?(?:last|past|next|coming|previous|following)\s+(?:couple\s+of|few|several)"
                                 r"\s+(?:days|weeks|months|years|decades)\b", re.I)
_FOLDED_CORES[_VAGUE_STRETCH_TEXT] = re.compile(r"(?:couple\s+of|few|several)\s+(?:day|week|month|year|decade)s")
# "at 1815 GMT", "1430 local time": four digits before a time zone are a time of day.
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
_WEEKDAY_PART = re.compile(r"(?:(?:on|last|next|this|early|late|early on|late on)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+"
                           r"(?:morning|afternoon|evening|night)", re.I)
_CLOCK = re.compile(r"(?:at\s+|about\s+|around\s+)?\d{1,2}(?:[:.]\d\d)?\s?(?:a\.?m\.?|p\.?m\.?)|\d{1,2}:\d\d\b", re.I)
_PART_OF_A_DAY = re.compile(r"(?:this|last|yesterday|tomorrow) (?:morning|afternoon|evening|night)|tonight", re.I)
_DAYS_COUNTED = re.compile(r"(a|\d{1,2}|" + CARDINAL_WORDS + r") days? (earlier|later|before|after)")
_DAY_STEPS = {"the previous day": -1, "the day before": -1, "a day earlier": -1, "the next day": 1,
              "the following day": 1, "a day later": 1, "the day after": 1}
# Verbs whose infinitive speaks of what is to come: "was set to meet on Wednesday".
_AHEAD_VERBS = frozenset({"set", "due", "scheduled", "expected", "planned", "plans", "plan", "going", "hopes",
                          "hope", "intends", "intend", "aims", "aim"})


def _speaks_ahead(ent) -> bool:
    """The clause a date sits in speaks of the future: "will meet on Monday", "would meet on
    Monday" (reported), "is set to meet on Wednesday", "Monday's vote will …"."""
    verb = ent.root
    while verb.dep_ not in ("ROOT",) and verb.pos_ not in ("VERB", "AUX"):
        verb = verb.head
    for child in verb.children:
        if child.dep_ == "aux" and child.lower_ in ("will", "'ll", "shall", "would", "wo", "'d"):
            return True
        if child.dep_ == "aux" and child.lower_ == "to" and verb.head.lower_ in _AHEAD_VERBS:
            return True
    return False


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
    ("April 2, 2025"), when they agree on one."""
    years = set()
    for ent in arrays_of(doc).ents():
        if ent.label_ == "DATE":
            iso = normalise_date(ent.text, None)
            if iso and len(iso) >= 7:
                years.add(iso[:4])
    return int(years.pop()) if len(years) == 1 else None


def _short_form_closes(doc, i: int) -> bool:
    """"…, head of sales at Harbour Ferries Group (HFG), said": a bracketed short form that
    closes the apposition (not "Labour MP (Member of Parliament) Ada Quill", where a name follows)."""
    if doc[i].text != "(":
        return False
    for k in range(i + 1, min(i + 5, len(doc))):
        if doc[k].text == ")":
            return k + 1 < len(doc) and doc[k + 1].text in (",", ".", ";")
    return False


def _office_of(phrase) -> bool:
    """"The mayor of London", "director of the Royal Ballet", "Senator from Vermont": a job word,
    then what it is of, ending in a name."""
    words = [t.lower_ for t in phrase]
    return phrase[-1].is_title and any(w in _ROLE_WORDS and nxt in ("of", "for", "from", "to")
                                       for w, nxt in zip(words, words[1:]))


def _without_coordination(token) -> list:
    """The token's phrase without what is coordinated to it ("Attorney General of Oregon
    as well as one of her former rivals" → "Attorney General of Oregon")."""
    cut = {t.i for child in token.children if child.dep_ in ("cc", "conj", "relcl", "acl", "punct", "appos")
           and child.i > token.i for t in child.subtree}
    return [t for t in token.subtree if t.i not in cut]


def _hyphenated(doc, i: int) -> str:
    """The hyphenated word ending at token i ("full-back", "co-chairman"), or ""."""
    if i >= 2 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_ and not doc[i - 1].whitespace_:
        return f"{doc[i - 2].lower_}-{doc[i].lower_}"
    return ""


_FORMS_OF_ADDRESS = frozenset({"mr", "mrs", "ms", "miss", "mx"})  # "Mr Blunkett": no role in it
# Honorifics and titles of rank: each a role fact of its own ("Dr", "Dame", "Grand Duke").
_RANKS = frozenset({"dr", "prof", "sir", "dame", "lord", "lady", "baron", "baroness", "earl", "countess", "viscount",
                    "viscountess", "marquess", "marchioness", "duke", "duchess", "archduke", "archduchess"})
_HONORIFICS_BEFORE_NAME = _FORMS_OF_ADDRESS | _RANKS
# Verbs that start or end the holding of a role, for the time a role is given with.
_ROLE_START_VERBS = frozenset("""elected re-elected appointed named became become becomes sworn installed chosen
nominated promoted hired joined made took began started""".split())
_ROLE_END_VERBS = frozenset("""resigned stepped stood retired left quit ousted removed sacked fired dismissed
lost""".split())
# Nouns for holding a post, whose "as …" names a role of their possessor: "his appointment as
# chairman", "her time as mayor", "Vale's stint as coach" (not an actor's "role as", a character).
_HOLDING_NOUNS = frozenset("""appointment nomination election re-election reelection job post career tenure
time stint spell term years days""".split())
_QUOTE_MARKS = frozenset('"“”‘’\'')
_TIME_PREPOSITIONS = {"in": "in", "during": "in", "from": "from", "since": "from", "until": "until", "till": "until",
                      "to": "until", "through": "until"}



_ROLE_HASHES = None
# Playing positions written as two words (a job before a player's name).
_POSITIONS = frozenset({("half", "back"), ("full", "back"), ("fly", "half"), ("scrum", "half"), ("centre", "back"),
                        ("center", "back"), ("wing", "back"), ("centre", "forward"), ("center", "forward"),
                        ("second", "row"), ("wing", "forward"), ("running", "back"), ("tight", "end"),
                        ("wide", "receiver"), ("point", "guard"), ("power", "forward"), ("stand", "off"),
                        ("running", "mate")})
# Public offices one person holds at a time: "the prime minister", "the mayor" name someone
# definite even where the sentence does not name them ("the teacher", "the driver" do not).
_PUBLIC_OFFICES = frozenset("""president minister chancellor premier governor mayor senator congressman
congresswoman mp mep msp mla ambassador pope king queen""".split())
# A title won a number of times: "two-time Artist of the Ring champion", "three-time world champion".
_TIMES_CHAMPION = re.compile(
    rf"\b(?:(?:a|an|the)\s+)?(?:{CARDINAL_WORDS}|\d{{1,2}})-time\s+(?:(?:[A-Z][\w'’.-]*|of|the|and|[a-z]+)\s+){{0,6}}?"
    r"(?:champion|winner|medallist|medalist|finalist|champ)\b", re.I)
# Offices written after a name ("Ann Marlow QC"), in capitals as written.
_POST_NOMINALS = frozenset({"QC", "KC", "SC", "MP", "MEP", "MSP", "MLA", "AM", "TD", "JP"})
# Verbs of acting: "starring Ann Lee as a detective" gives a part, not a job.
_PLAYING_VERBS = frozenset("""star stars starred starring cast casts casting recast play plays played playing portray
portrays portrayed portraying feature features featured featuring appear appears appeared appearing voice voices
voiced voicing""".split())  # word forms: the pipeline has no lemmatiser
_DASHES = ("-", "–", "—")
# Where a public office after "the" is a role though not a subject: "it would be the home
# secretary who decided", "the President's claims", "a letter to the prime minister".
_OFFICE_PLACES = frozenset({"attr", "dobj", "pobj", "poss", "conj", "appos"})
_DESCRIBED_PLACES = _OFFICE_PLACES | {"nsubj", "nsubjpass"}
# Departments whose secretary is one office: "the home secretary", "the foreign secretary".
_DEPARTMENTS = frozenset("""home foreign defence defense health education transport environment culture treasury
interior justice energy trade business work pensions press general""".split())
# Words that qualify a job without changing which job it is: "the former prime minister" is the
# prime minister named before.
# Person nouns that news uses as much for firms ("The UK's biggest mortgage lender said"): without
# a name beside them, no person's role.
_FIRM_AGENTS = frozenset("""lender insurer reinsurer retailer carrier manufacturer maker supplier distributor publisher
developer operator provider exporter importer buyer seller bidder rival owner holder shareholder investor underwriter
brewer miner grocer wholesaler exporter shipper builder contractor subcontractor sponsor partner challenger
competitor leader employer issuer borrower creditor debtor guarantor vendor licensee franchisee watchdog regulator
""".split())
# Words before a person noun that say what standing the person has ("the former champion").
_STANDING_WORDS = frozenset({"former", "ex", "late", "then", "outgoing", "incoming", "retired", "veteran",
                             "disgraced", "deposed", "exiled", "jailed", "sacked", "acting", "interim",
                             "reigning", "defending", "legendary", "renowned", "celebrated", "famed"})
_PASSING_QUALIFIERS = frozenset({"the", "a", "an", "former", "outgoing", "current", "then", "new", "incoming",
                                 "acting", "local", "his", "her", "their", "its"})


def _job_key(text: str) -> tuple[str, ...]:
    """A role's words that say which job it is, lower case: "The former Prime Minister" →
    ("prime", "minister")."""
    return tuple(w for w in text.lower().replace("’s", "").replace("'s", "").split() if w not in _PASSING_QUALIFIERS)


def _clean_role(text: str) -> str:
    text = re.sub(r"^(?:the|a|an|its|his|her|their|our)\s+", "", text.strip(), flags=re.I)
    return re.sub(r"\s+", " ", text)


def _dedupe(facts: list[Fact]) -> list[Fact]:
    seen: set[tuple[str, int, int]] = set()
    out = []
    for f in facts:
        key = (f.kind, f.start, f.end)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out


# Unions of word sets the conditions above test, built once (a `|` inside a condition builds
# a new set each time it is evaluated).
_PUBLIC_OFFICES_OR_SPOKESPEOPLE = _PUBLIC_OFFICES | {"commissioner", "spokesperson"}
_ROLE_VERBS_OR_BE = frozenset(_ROLE_VERBS | {"is", "was", "'s"})
