"""How long, how old, how many, what score: which numbers are quantities, and where they are.

The entity recogniser tags many quantities as dates or times, or not at all. This module
decides, for one entity or one number, whether a reader would copy it as a quantity, from the
words of the figure itself and from the parse around it (never from a list of articles):

- a duration: a count of periods inside a DATE or TIME entity, with the qualifier English puts
  before it ("up to 15 years", "less than 20 minutes", "at most two weeks", "as little as 18
  days", "every six months", "one to four months", "40 Earth days"); when the entity goes on
  to say when ("four days last month"), that part is a date of its own. A vague stretch that
  points from now ("the next few months", "the past few decades") is a date, not a count;
- an age: "30-year-old", "an 18 year old", "at the age of 99", and a bare number set off after
  a name ("Lund, 42,") or said of someone ("He was 86.");
- a score or a result: two small numbers joined by a dash in a sentence about a contest
  ("beat Millbrook 3-1", "lost the final 21–17", "a 2-0 win"), a run of them ("2-6 6-3 6-0")
  and a level score ("from 3-3");
- a count the model left out or thought too small: a partitive ("two of them", "nine of their
  12 games"), a fraction ("two thirds"), a vague count ("dozens", "hundreds"), a count of
  named or determined things ("the four candidates", "Three Fijians", "one other person"; a pair the sentence points at,
  "the two leaders", is wording), a number before a plural noun that no entity covers ("around
  100 people"), a scale letter glued to a number ("about 2m homes"; "exceed 25bn" with no
  currency is a count, not money);
- a multiple: "fourfold", "a 10-fold rise", "two and a half times more than", "twice the figure";
- a time in several units ("two hours 18 minutes 15 seconds", "one minute 53 secs") or on a race
  clock ("2:17:18", "3:58.21"; not "at 10:30:00", a time of day): one figure, no value (it has
  no single unit to give);
- a fraction of a percentage point ("a quarter of a percentage point", "0.25 percentage
  points") is a percent (facts.py makes it one).

Values: a number (a fraction as its decimal: "two thirds" → 0.667), {"low", "high"} for a
range of periods, None for a score, a vague count or a time in several units.
"""
from __future__ import annotations

import re

from .values import CURRENCY_NAME_PATTERN, _number_words, parse_number

# A number in words from one to ninety-nine (a regex alternation; facts.py and roles.py use it too).
CARDINAL_WORDS = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[ -]?)?(?:one|two|three|four|five|six|"
                  r"seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
                  r"nineteen)|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety")
_WORD_NUMBER = CARDINAL_WORDS + r"|a hundred|a dozen"
_COUNT = rf"(?:\d[\d,.]*|{_WORD_NUMBER})"
_UNIT = (r"(?:years?|months?|weeks?|fortnights?|days?|decades?|centuries|century|hours?|minutes?|seconds?|"
         r"quarters?|seasons?|terms?|semesters?|nights?)")
# The qualifiers English puts before a count of periods.
_QUALIFIER = (r"(?:(?:up to|less than|more than|fewer than|no more than|no less than|at most|at least|as little as|"
              r"as few as|as much as|as long as|as many as|under|over|about|around|some|nearly|almost|roughly|"
              r"approximately|just|only|another|a further|an extra|most|least)\s+)")
_DURATION_CORE = re.compile(
    rf"(?<![\w-]){_QUALIFIER}?(?P<a>{_COUNT}|an?)(?:\s(?:to|or|-|–)\s(?P<b>{_COUNT}))?[ -]"
    # "two consecutive years", "40 Earth days": one word may qualify the period
    rf"(?:(?:(?-i:[A-Z][a-z]+)|consecutive|continuous|uninterrupted|straight|successive|full|whole|long|more|further|additional|calendar|"
    rf"working|business|school)[ -])?{_UNIT}\b(?![ -]old)", re.I)
# What may stand before a duration inside the model's entity and leave it a duration.
_LEAD_IN = re.compile(r"(?:the |that |a )?(?:span of|course of|period of|space of|last|past|first|every|each|"
                      r"final|opening|next|coming)?\s*$", re.I)
# A stretch that points from the time of writing, with no number to copy: a date.
VAGUE_STRETCH = re.compile(r"^(?:in |over |during |for )?(?:the )?(?:next|past|last|coming|following|previous)"
                            r"\s+(?:few|several|many|couple of)\b", re.I)
_AFTER_POINTS_IN_TIME = re.compile(r"^\s*(?:ago|later|earlier|before|after|since|from now)\b", re.I)

_AGE_WORDS = re.compile(r"(?:\b(?:an?|the)\s+)?\b(?P<n>\d{1,3}|" + _WORD_NUMBER
                        + r")[- ](?:years?|months?|weeks?)[- ]old\b", re.I)
_AGE_OF = re.compile(r"(?:\bat\s+)?\bthe\s+(?:ripe\s+(?:old\s+)?)?age\s+of\s+(?P<n>\d{1,3})\b", re.I)

_SCORE = re.compile(r"(?<![\w.,/:–-])(?P<a>\d{1,3})\s?[-–]\s?(?P<b>\d{1,3})(?![\w/:%]|[.,]\d|[-–]\d|\s?(?:per|pc))")
_SCORE_CORE = re.compile(r"\d\s?[-–]\s?\d")  # the part every score holds: its two numbers' digits and the dash
# Verbs and nouns of a contest: a dash between two small numbers near them is a score.
_CONTEST_VERBS = frozenset("""win wins won winning beat beats beaten beating defeat defeats defeated lose loses lost
losing draw draws drew drawn lead leads led leading trail trails trailed trailing knock knocked edge edged thrash
thrashed rout routed overcome overcame score scored finish finished end ended triumph triumphed clinch clinched seal
sealed down downed crush crushed hammer hammered outscore outscored upset""".split())
_RESULT_NOUNS = frozenset("""win victory defeat loss draw lead scoreline score result aggregate thrashing
drubbing triumph margin half-time halftime""".split())

_FRACTIONS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5,
              "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8, "tenth": 10, "tenths": 10}
_MEASURES = frozenset("yard metre meter foot feet inch mile kilometre kilometer km mm cm lane piece".split())
# Nouns for people, counted after "one other", "two more": casualties, arrests, passengers.
_PEOPLE_NOUNS = frozenset("""person people man men woman women child children boy boys girl girls adult adults
officer officers passenger passengers victim victims player players member members resident residents patient
patients student students worker workers soldier soldiers suspect suspects civilian civilians""".split())
_VAGUE_COUNTS = frozenset({"dozens", "hundreds", "thousands", "millions", "scores", "tens"})
_GLUED_SCALE = {"m": 1e6, "bn": 1e9, "k": 1e3, "mn": 1e6}


def duration_parts(text: str) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    """In the text of a DATE or TIME entity, the characters of the duration it names and of the
    date it goes on to give, if any: "four days last month" → ((0, 9), (10, 20)); "at most two
    weeks" → the whole; "two weeks ago" and "the next few months" → None (points in time)."""
    if VAGUE_STRETCH.match(text):
        return None
    m = _DURATION_CORE.search(text)
    if m is None or not _LEAD_IN.fullmatch(text[:m.start()]):
        return None
    rest = text[m.end():]
    if _AFTER_POINTS_IN_TIME.match(rest) or rest.strip(" '’") and not re.match(r"\s+(?:last|this|next|in|on)\b", rest):
        return None  # "two weeks ago", "the first two weeks of May": a point in time
    date = None
    if rest.strip(" '’"):
        first = len(rest) - len(rest.lstrip())
        date = (m.end() + first, len(text))
    return (m.start(), m.end()), date


def duration_value(text: str):
    """A duration's count: 12.0 for "up to 12 years", {"low": 1, "high": 4} for "one to four
    months", 1.0 for "a week"."""
    m = _DURATION_CORE.search(text)
    if m is None:
        return parse_number(text)
    low = parse_number(m.group("a"))
    if m.group("b"):
        high = parse_number(m.group("b"))
        if low is not None and high is not None and low < high:
            return {"low": low, "high": high}
    return low


# Words of a tally, in whose sentence a bare number after a name is a score, not an age.
_SCORING_WORDS = frozenset("""scorer scorers scored scoring innings runs wickets points goals assists average record
                              tally""".split())


def age_in(ent) -> tuple[int, int, float] | None:
    """The characters and the number of an age the model tagged as a date: "30-year-old",
    "an 18 year old half back" (the age only), "at the age of 99", "Lund, 42,", "with Ann Lund,
    42." (set off after a name to the sentence's end), "He was 86.", "He was 86 and …"."""
    text = ent.text
    for pattern in (_AGE_WORDS, _AGE_OF):
        m = pattern.search(text)
        if m is not None:
            return ent.start_char + m.start(), ent.start_char + m.end(), parse_number(m.group("n"))
    if not re.fullmatch(r"\d{1,3}", text) or not 1 <= int(text) < 125:
        return None
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start > 0 else None
    after = doc[ent.end] if ent.end < len(doc) else None
    closes = after is not None and after.text in (",", ")") or after is not None and after.text in (".", ";") \
        and ent.root.dep_ == "appos" and ent.start >= 2 and doc[ent.start - 2].ent_type_ == "PERSON"
    # "Lund, 42, was …", "… with Ann Lund, 42." (a person's: not "on Monday, 24."); a sentence of
    # scoring gives a player's tally that way ("top scorer was Joe Root, 87."), and "15 and 4" is a record.
    scoring = any(t.lower_ in _SCORING_WORDS for t in ent.sent)
    set_off = before is not None and before.text == "," and closes and ent.start >= 2 and doc[ent.start - 2].pos_ == "PROPN" \
        and not (scoring and after.text in (".", ";"))
    record = after is not None and after.lower_ == "and" and ent.end + 1 < len(doc) and doc[ent.end + 1].like_num
    said_of = before is not None and before.lower_ in ("was", "is") and not record and not scoring \
        and (after is None or after.is_punct or after.lower_ == "and" and after.dep_ == "cc") \
        and any(c.dep_ == "nsubj" and (c.pos_ == "PROPN" or c.lower_ in ("he", "she")) for c in before.children)
    if set_off or said_of:
        return ent.start_char, ent.end_char, float(text)
    return None


def scores(doc, text: str) -> list[tuple[int, int]]:
    """The characters of every score or result: two numbers of up to three digits joined by a
    dash, in a sentence with a verb of a contest ("beat", "lost", "drew") or right before a
    word for a result ("a 2-0 win"). Years, percentages, times and codes are left alone."""
    if not _SCORE_CORE.search(text):
        return []  # (the core is quick to look for; the whole pattern is tried at every character)
    out = []
    matches = list(_SCORE.finditer(text))
    for k, m in enumerate(matches):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or not len(span):
            continue
        after = doc[span.end] if span.end < len(doc) else None
        # A run of results ("2-6 6-3 6-0": the sets of one match) or a level score ("from 3-3")
        # says it is a score by itself.
        in_run = any(0 <= j < len(matches) and re.fullmatch(r"[ ,]{1,2}", text[min(m.end(), matches[j].end()):
                                                                                 max(m.start(), matches[j].start())])
                     for j in (k - 1, k + 1))
        level = m.group("a") == m.group("b") and span.start > 0 and doc[span.start - 1].lower_ in ("at", "from", "to")
        contest = in_run or level or any(t.lower_ in _CONTEST_VERBS and t.pos_ in ("VERB", "AUX") for t in span.sent) \
            or after is not None and after.lower_ in _RESULT_NOUNS
        if contest:
            out.append((m.start(), m.end()))
    return _runs_joined(out, text)


def _runs_joined(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Scores only a space or a comma apart are one result: "won 2-6 6-3 6-0"."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and re.fullmatch(r"[ ,]{1,2}", text[out[-1][1]:start]):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def fraction_value(text: str) -> float | None:
    """"two thirds" → 0.667, "two-thirds" → 0.667, "a quarter" → 0.25; None when no fraction."""
    words = re.split(r"[\s-]+", text.lower().strip())
    if len(words) < 2 or words[-1] not in _FRACTIONS:
        return None
    count = 1 if words[-2] in ("a", "one") else _number_words(words[-2])
    return round(count / _FRACTIONS[words[-1]], 3) if count else None


def salient_count(ent) -> bool:
    """A count a reader would copy that the plain rules pass over: a partitive of two or more
    ("two of them", "nine of their 12 games"; not "one of the skills"), a fraction ("two
    thirds"), a vague count ("Dozens"), a count of people named by a plural proper noun
    ("Three Fijians"). Not a small count the sentence only uses to point ("the two leaders",
    "his two daughters"), nor a number inside a name ("the Six Nations"). Three or more that the
    sentence names by the number alone are a count: "the five nominated", "The three deceased"."""
    words = ent.text.lower().split()
    doc = ent.doc
    if ent.text[:1].isupper() and not ent[0].is_sent_start and not ent.text[:1].isdigit():
        return False  # "the Six Nations", "Group of Eight": part of a name
    if fraction_value(ent.text) is not None or words and words[-1] in _VAGUE_COUNTS:
        return True
    value = parse_number(ent.text)
    if value is None:
        return False
    root = ent.root
    if value >= 2 and any(c.dep_ == "prep" and c.lower_ == "of" for c in root.children):
        return True  # "two of them", "nine of their 12 games"
    before = doc[ent.start - 1].lower_ if ent.start else ""
    if before in ("further", "another", "additional") and value >= 2 and root.dep_ != "nummod" \
            and not (ent.end < len(doc) and doc[ent.end].lower_ in ("of", "times")):
        return True  # "A further three are missing", "another 12 were hurt": a count standing for the things counted
    determined = before in ("the", "both", "these", "those", "its", "their", "his", "her", "our", "my", "your")
    if ent.end + 1 < len(doc) and doc[ent.end].text == "-" and doc[ent.end + 1].lower_ in _MEASURES:
        return False  # "the six-yard box": a measure in a fixed term, not a count
    if ent.end + 1 < len(doc) and doc[ent.end].lower_ in ("other", "more", "further", "additional") \
            and doc[ent.end + 1].lower_ in _PEOPLE_NOUNS and root.dep_ == "nummod":
        return True  # "One other person was hurt", "two more officers": people counted
    if before in ("the", "these", "those") and value >= 3 and root.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
        return True  # "The three deceased were …": the number stands for the things counted
    if _standing_for_the_counted(ent, value, determined):
        return True
    return root.dep_ == "nummod" and root.head.tag_ in ("NNS", "NNPS") and not (determined and value < 3)


# A count in digits or in words, with the qualifiers the model takes into the entity ("at least five").
_PLAIN_COUNT = re.compile(rf"(?:(?:at least|at most|more than|fewer than|less than|only|just|about|around|nearly|"
                          rf"almost|some|all|over|under) )*(?:[1-9][\d,]*|{CARDINAL_WORDS})", re.I)


def _named_by_number(ent) -> bool:
    """Whether the article writes this number word with a capital inside a sentence, as a
    name ("contacted Five about the show": the channel, so "Five said …" is no count)."""
    word = ent.text.split()[-1]
    if not word[:1].isupper() or word.isdigit():
        return False
    return re.search(rf"[a-z,] {re.escape(word)}\b", ent.doc.text) is not None


# Verbs whose bare number is a rank or a label, not a count: "Safin, seeded four", "wore nine".
_RANK_VERBS = frozenset("""seeded ranked rated numbered wore wears wearing aged""".split())


def _standing_for_the_counted(ent, value: float, determined: bool) -> bool:
    """A count whose things the sentence left to the one before: the number alone is the subject
    or object of a verb ("Sanders secured four", "killing three", "at least five died", "seven
    more were injured", "the other three were freed"), or the second of two counts of one noun
    ("three delegates in Ohio and one in Utah"). Not "One, who asked not to be named" (one
    person, told of), a pair pointed at ("the two met"), a rank ("seeded four")."""
    root = ent.root
    head = root.head
    if root.dep_ == "conj" and head.i < root.i and not any(c.dep_ in ("nummod", "compound") for c in root.children):
        # the parser joins the second count to the first's noun or to the verb of both
        counted = [head] if head.tag_ == "NNS" else [c for c in head.children if c.dep_ == "dobj" and c.tag_ == "NNS"]
        if any(c.dep_ == "nummod" for noun in counted for c in noun.children):
            return True  # "three delegates in Ohio and one in Utah"
    if root.dep_ not in ("nsubj", "nsubjpass", "dobj") or head.pos_ not in ("VERB", "AUX") or head.lower_ in _RANK_VERBS:
        return False
    if value < 2 or determined and value < 3 or not _PLAIN_COUNT.fullmatch(ent.text) or _named_by_number(ent):
        return False  # ("'03", "007", "7E7s": codes and names)
    doc = ent.doc
    if ent.start and doc[ent.start - 1].lower_ in ("top", "bottom") \
            or ent.end < len(doc) and doc[ent.end].tag_ in ("NN", "NNS", "NNP", "NNPS"):
        return False  # "completed the top five": a ranking; "Nine consulates will close": the noun is there
    # the number heads its phrase: no noun it counts after it ("four or five" counts lineouts told of before)
    return all(t.pos_ in ("NUM", "ADV", "ADJ", "CCONJ", "ADP", "DET", "PUNCT") for t in root.subtree)


def glued_scale(doc, ent) -> tuple[int, float] | None:
    """A scale letter written straight after the number, before a plural noun ("about 1m
    websites", "1.2bn users"): where the figure ends and its scale. "m" is a million only with
    a qualifier, a decimal or a number under 100: "the 400m title" is a race in metres."""
    if ent.end + 1 >= len(doc) or doc[ent.end - 1].whitespace_:
        return None
    letter, noun = doc[ent.end], doc[ent.end + 1]
    scale = _GLUED_SCALE.get(letter.lower_)
    if scale is None or noun.tag_ != "NNS":
        return None
    number = doc[ent.end - 1].text.replace(",", "")
    qualified = ent.end - ent.start > 1 or "." in number
    if letter.lower_ == "m" and not qualified and not (number.isdigit() and int(number) < 100):
        return None
    return letter.idx + len(letter.text), scale


# A multiple: "fourfold", "10-fold", "two and a half times more", "three times as many", "5 times the".
MULTIPLE = re.compile(
    rf"(?<![\w-])(?:(?P<fold>{CARDINAL_WORDS}|\d+(?:\.\d+)?)-?fold\b"
    rf"|(?P<times>(?:(?:{CARDINAL_WORDS}|\d+(?:\.\d+)?) (?:to|or) )?"  # "four to five times"
    rf"(?:{CARDINAL_WORDS}|\d+(?:\.\d+)?)(?: and an? (?:half|quarter))?) times"
    r"(?= (?:more|less|higher|lower|bigger|larger|greater|smaller|faster|slower|as|the|over|that)\b))", re.I)
# A number with a glued scale of a billion or more and no currency: "exceed 25bn", "30bn messages"
# ("m" alone is left out: "the 400m" is a distance).
BARE_SCALED = re.compile(r"(?<![\w$£€¥.,])\d(?:[\d,]*\d)?(?:\.\d+)?(?:bn|tn|mn)\b"
                         r"(?!\s(?:euros?|dollars?|pounds?|yen|yuan|rupees?|francs?|rand|roubles?|rubles?|pesos?|won|lira|"
                         rf"kron[aeo]r?|krona|rupiah|ringgit|baht|naira|shillings?|{CURRENCY_NAME_PATTERN})\b)")


_MULTIPLE_WORD = re.compile(r"fold\b| times\b", re.I)


def multiples(text: str) -> list[tuple[int, int]]:
    """The characters of every multiple in the text (see MULTIPLE), found from the words "fold"
    and "times" (the pattern alone would be tried at every character)."""
    out: list[tuple[int, int]] = []
    for kw in _MULTIPLE_WORD.finditer(text):
        base = max(0, kw.start() - 40)
        while base > 0 and text[base - 1].isalnum():
            base -= 1  # from the start of a word
        for m in MULTIPLE.finditer(text[base:kw.end() + 15]):
            span = (base + m.start(), base + m.end())
            if span[1] == kw.end() and span not in out and not (out and out[-1][1] > span[0]):
                out.append(span)
    return out


def multiple_value(text: str) -> float | None:
    """"fourfold" → 4.0, "two and a half times" → 2.5, "10-fold" → 10.0, "four to five times" →
    {"low": 4.0, "high": 5.0}."""
    words = re.sub(r"[\s-]*(?:fold|times)$", "", text.lower().strip())
    if re.search(r" (?:to|or) ", words):
        low, high = (multiple_value(part + " times") for part in re.split(r" (?:to|or) ", words, maxsplit=1))
        return {"low": low, "high": high} if low is not None and high is not None and low < high else None
    extra = 0.5 if words.endswith("half") else 0.25 if words.endswith("quarter") else 0.0
    words = re.sub(r" and an? (?:half|quarter)$", "", words)
    value = parse_number(words)
    return None if value is None else value + extra


# The model's labels for figures: a number it labelled was already judged by the rules above.
_FIGURE_LABELS = frozenset({"CARDINAL", "DATE", "TIME", "QUANTITY", "MONEY", "PERCENT", "ORDINAL"})


def uncounted_numbers(doc, taken) -> list[tuple[int, int]]:
    """Numbers in digits before a plural noun that no figure entity and no fact covers ("around 100 people", the
    seats in "Party - 365 seats"), with the qualifier before them."""
    from .arrays import tokens_where

    out = []
    for t in tokens_where(doc, "TAG", ("CD",)):
        if not t.text[:1].isdigit() or t.ent_type_ in _FIGURE_LABELS or t.dep_ != "nummod" or t.head.tag_ not in ("NNS",) \
                or t.head.i != t.i + 1 or taken(t.idx, t.idx + len(t.text)) or re.fullmatch(r"(?:1[89]|20)\d\d", t.text):
            continue
        start = t.i
        while start > 0 and doc[start - 1].lower_ in ("about", "around", "some", "nearly", "almost", "over",
                                                     "roughly", "approximately"):
            start -= 1
        out.append((doc[start].idx, t.idx + len(t.text)))
    return out


# "twice the figure", "twice as many", "thrice that": a multiple (not "scored twice", how often).
_TWICE = re.compile(r"\b(twice|thrice)(?= (?:the|as|that|what|its|their|his|her)\b)", re.I)


def twice(text: str) -> list[tuple[int, int, float]]:
    """The characters and value of each "twice"/"thrice" used as a multiple ("was twice the
    forecast", "twice as many"): 2.0, 3.0."""
    return [(m.start(), m.end(), 2.0 if m.group(1).lower() == "twice" else 3.0) for m in _TWICE.finditer(text)]


_N = rf"(?:\d{{1,3}}|{CARDINAL_WORDS}|an?)"
_HOURS, _MINUTES, _SECONDS = r"(?:hours?|hrs?)", r"(?:minutes?|mins?)", r"(?:seconds?|secs?)"
_AND = r",?\s(?:and\s)?"
_TIME_IN_UNITS = re.compile(
    rf"(?<![\w-]){_N}\s{_HOURS}{_AND}{_N}\s{_MINUTES}(?:{_AND}\d{{1,2}}(?:\.\d+)?\s{_SECONDS}|{_AND}{_N}\s{_SECONDS})?\b"
    rf"|(?<![\w-]){_N}\s{_MINUTES}{_AND}(?:\d{{1,2}}(?:\.\d+)?|{_N})\s{_SECONDS}\b", re.I)
_MINUTE_WORD = re.compile(r"\b(?:minutes?|mins?)\b", re.I)
# A race clock: h:mm:ss ("2:17:18") or m:ss.hundredths ("3:58.21"); not a time of day ("at
# 10:30:00", "10:30:00 GMT", "2:49:05 a.m.").
_RACE_CLOCK = re.compile(r"(?<![\w:.,])(?:\d{1,2}:[0-5]\d:[0-5]\d(?:\.\d+)?|\d{1,2}:[0-5]\d\.\d{1,3})(?![\w:]|\.\d)")
_TIME_OF_DAY_AFTER = re.compile(r"\s?(?:a\.?m\b|p\.?m\b|gmt|utc|bst|local|hours\b|hrs\b|[ecmp][sd]t\b)", re.I)
_TIME_OF_DAY_BEFORE = re.compile(r"\b(?:at|from|until|till|by|since|before|after)\s$", re.I)


def times_in_units(text: str) -> list[tuple[int, int]]:
    """The characters of each time given in several units or on a race clock (see the module
    docstring), found from the words "minute"/"min" and from the colons (cheap first passes)."""
    out: list[tuple[int, int]] = []
    for kw in _MINUTE_WORD.finditer(text):
        base = max(0, kw.start() - 40)
        while base > 0 and text[base - 1].isalnum():
            base -= 1
        for m in _TIME_IN_UNITS.finditer(text[base:kw.end() + 40]):
            span = (base + m.start(), base + m.end())
            if span[0] <= kw.start() < span[1] and span not in out and not (out and out[-1][1] > span[0]):
                out.append(span)
    for m in _RACE_CLOCK.finditer(text) if ":" in text else ():
        if _TIME_OF_DAY_AFTER.match(text, m.end()) or _TIME_OF_DAY_BEFORE.search(text[max(0, m.start() - 8):m.start()]):
            continue
        out.append((m.start(), m.end()))
    return sorted(out)


# A share of a percentage point, or a number of them: a percent figure.
_POINTS = re.compile(
    rf"(?<![\w.-])(?:(?:an?|one|two|three|{CARDINAL_WORDS}) (?:half|third|quarter|fifth|tenth)s? of an?|half an?"
    rf"|\d+(?:\.\d+)?|{CARDINAL_WORDS}|an?) percentage[ -]points?\b", re.I)


def percentage_points(text: str) -> list[tuple[int, int, float | None]]:
    """"a quarter of a percentage point" → 0.25, "half a percentage point" → 0.5, "0.25
    percentage points" → 0.25, "two percentage points" → 2.0 (characters and value)."""
    out = []
    for kw in re.finditer(r"percentage[ -]points?\b", text, re.I):
        base = max(0, kw.start() - 40)
        while base > 0 and text[base - 1].isalnum():
            base -= 1
        m = next((m for m in _POINTS.finditer(text[base:kw.end()]) if base + m.end() == kw.end()), None)
        if m is None:
            continue
        words = m.group().lower().rsplit(" percentage", 1)[0]
        share = re.fullmatch(r"(.+) (half|third|quarter|fifth|tenth)s? of an?|half an?", words)
        if share is None:
            value = 1.0 if words in ("a", "an") else parse_number(words)
        elif share.group(1) is None:
            value = 0.5
        else:
            value = fraction_value(f"{share.group(1)} {share.group(2)}")
        out.append((base + m.start(), base + m.end(), value))
    return out
