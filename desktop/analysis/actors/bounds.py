"""Where a name starts and ends, and whether a tagged span names an actor at all.

The model's spans are often a word too long or too short: titles, "the", possessives,
nationalities, chambers and minutes are cut off ("President Donald Trump" → Donald Trump,
"Britons Tessa Brae" → Tessa Brae); company tails, campuses, national prefixes, dashed
halves and well-known names are added back ("[JFE] Holdings", "[US] [Anti-Doping Agency]").
A span that is an ordinary word, an event, a code or a description names no actor.
"""
from __future__ import annotations

import re

from ..gazetteer import COUNTRIES, DEMONYMS, GIVEN_NAMES, KNOWN_ORGANISATIONS, OCCUPATIONS, PLACES
from ..lexicon import HONORIFIC_TITLES, NOT_ACRONYM_ACTORS, NOT_ACTORS, TITLE_WORDS, looks_like_a_job, occupation_before_a_name, \
    singular_in
from ..names import NAME_PARTICLES, PEER_TITLES, PERSONAL_HONORIFICS, POSSESSIVE, POSTNOMINALS, ROMAN, alias_of
from ..arrays import of as arrays_of
from ..person_nouns import PERSON_NOUNS
from .candidate import Candidate, attributive_compound, tagged_by_a_sign
from .kinds import (
    named_by_a_style,
    a_full_name, acting_group, after_company_noun, describes_one_person, is_a_body, is_title_fragment,
    names_a_company, one_person_of_a_nation, place_in_role,
)
from .words import (
    CONSTITUENCY_ROLES, CONTRACTION, JOB_WORDS, NUMBER_UNITS, UNITS, DEGREE_WORDS, GENERIC_BODIES, TIME_ZONES, ORDINAL_NUMBER, PRODUCT_NOUNS, BAND_WORDS, BODY_WORDS, CHAMBERS, PARENT_BODIES, CODE_NAME, CORPORATE_TAILS, EVENT_WORDS, FRAGMENT_TITLES, KNOWN_NAME_WORDS, MARKS, ORG_WORDS,
    COMPANY_NOUNS, PARTIES, ROLE_PREFIXES,
)

def trim(ctx, start: int, end: int, actor_type: str, label: str) -> Candidate | None:
    """A tagged span → the name in it (or None when it names no actor)."""
    doc = ctx.doc
    start, end, actor_type = name_bounds(ctx, start, end, actor_type)
    if start >= end:
        return None
    span = doc[start:end]
    text = arrays_of(doc).span_text(start, end)  # span.text, sliced from the doc's text
    text = POSSESSIVE.sub("", text) if text.endswith(("'s", "’s")) else text
    text = text.rstrip("\u200b\u200c\u200d\u2060")  # "Daily Glint" + a zero-width joiner
    glued = _GLUED_NUMBER.search(text)
    if glued:
        text = text[:glued.start()]  # "Mara Quell,29": an age glued to the name by a comma without a space
    if "(" in text and ")" not in text[text.index("("):]:
        text = text[:text.index("(")].rstrip()  # "National Party(NP)": a bracket glued to the name's last word
    if text.endswith("ers") and text[:-3] in PLACES:
        actor_type = "group"  # "Londoners", "New Yorkers": people of a place, a group when they act
    if not_a_name(ctx, span, text, actor_type, label):
        return None
    if label == "NORP" and text.lower().rstrip("s") in PARTIES and not inside_a_longer_name(doc, start, end) or \
            actor_type != "person" and after_company_noun(doc, start):
        actor_type = "organisation"  # "Labour", "the Tories", "security firm Symantec", "the band Cream"
    elif actor_type == "group" and names_a_company(span):
        actor_type = "organisation"  # "state-owned Saudi Petrolia"
    elif actor_type == "group" and not acting_group(doc, span):
        return None  # "Canadian" in "Canadian government" describes, it does not act
    if actor_type == "organisation" and not is_a_body(doc, span, text):
        # "United States Representative" is a role, but keeps its place
        return place_in_role(span) or None
    if actor_type == "organisation" and is_title_fragment(doc, start):
        return None
    return Candidate(span.start_char, span.start_char + len(text), text, actor_type, start, end)


_GLUED_NUMBER = re.compile(r",\d")


# A tournament's ranked players, which WordNet's noun.person lacks ("Seeds Tomas Berdak, …" glued
# the word to the first name: seen 2026-12-02 on a second unseen sample).
SEEDS = frozenset({"seed", "seeds"})


def _plural_person_noun(lower: str) -> bool:
    """"contestants", "judges": the plural of a WordNet noun for a person (PERSON_NOUNS)."""
    return singular_in(lower, PERSON_NOUNS) is not None


def name_bounds(ctx, start: int, end: int, actor_type: str) -> tuple[int, int, str]:
    """Narrow a tagged span to the name: no titles, descriptions, parties, minutes, marks."""
    doc = ctx.doc
    arrays = arrays_of(doc)  # words read as plain strings: indexing a Doc makes a Token each time
    texts, lowers = arrays.texts(), arrays.lowers()
    if lowers[start].rstrip(".") in PERSONAL_HONORIFICS and end - start > 1:
        actor_type = "person"  # "Mr Brown" tagged ORG
    if texts[start] == ":" and end - start > 1:
        start += 1  # ": Carroll" after a side's name on a team sheet
    for k in range(start + 1, end):  # "Kestrel Town: Martello": a label, then a list
        if texts[k] == ":":
            end = k
            break
    for k in range(start + 1, end):  # "Makelele, Lampard", "Garland - Best Revival": two things
        if texts[k] == "," and _not_a_place_after(doc, k, end) and listed_trades(doc, k) != end \
                and listed_remit(doc, start, k) < end \
                or texts[k] in ("-", "–", "—") and doc[k - 1].whitespace_:
            end = k
            break
    while (shorter := _before_a_score(doc, start, end)) < end:
        end = shorter  # "defeated [Caboolture] 43–5", "beat [Rafa Nadal] 6-4 6-3": the result is no part of the name
    if end - start > 2 and lowers[start] in DEMONYMS and (
            a_full_name(doc[start + 1:end]) or actor_type == "group" and end - start <= 4
            and all(t.is_title and t.pos_ == "PROPN" for t in doc[start + 1:end])):
        actor_type = "person"  # "Frenchman Lucien Moreau" tagged ORG, "Russian Irina Volkova" NORP
    elif 3 <= end - start <= 4 and one_person_of_a_nation(lowers[start]) \
            and all(t.pos_ == "PROPN" and t.text[:1].isupper() and (not t.is_upper or len(t) <= 3) for t in doc[start + 1:end]):
        actor_type = "person"  # "Irishmen KJ Dolan and …", "Swede Anders Lind" tagged ORG: the noun is for a person
    start, actor_type = person_after_a_chamber(doc, start, end, actor_type)
    while actor_type == "person" and end - start > 1 and (lowers[start] in DEMONYMS or one_person_of_a_nation(lowers[start])) \
            and texts[start + 1][:1].isupper() and (
            end - start > 2 or texts[start + 1] in ctx.tagged_surnames()):
        start += 1  # "Britons Tessa Brae", "Australian Johnson": a nationality, then the name
    first = start + (lowers[start] == "the")
    for n in (2, 1):  # "For the Lib Dems Owen Tarrant said": the party is not his name
        if end - first - n >= 2 and arrays.span_text(first, first + n).lower().rstrip("s") in PARTIES \
                and (actor_type == "person" or doc[first + n].text in GIVEN_NAMES):
            start, actor_type = first + n, "person"
            break
    if actor_type == "person" and end - start > 1 and doc[start].is_sent_start \
            and doc[start].pos_ in ("ADJ", "NOUN", "VERB") and doc[start].text not in GIVEN_NAMES:
        start += 1  # "Defiant Ross Kell", "Matchwinner Dunne"
    if end - start > 1 and opening_word(doc, start):
        start += 1  # "Nevertheless Franz Ferdinand were …", "Organiser Mean Fiddler said"
    named = title_before_a_full_name(doc, start, end) if actor_type != "person" else None
    if named is not None:
        start, actor_type = named, "person"  # "[Presidential Spokesperson Harry Roque]" tagged ORG
    if actor_type == "person" and end - start > 2:  # "[Bill Cosby's TV] cartoon": the owner is the person
        end = next((k for k in range(start + 1, end - 1) if texts[k] in ("'s", "’s")), end)
    while actor_type == "person" and end - start > 1 and doc[end - 1].is_digit:
        end -= 1  # "Terry 17": a minute on a team sheet
    # Leading determiners and (for people) titles are not part of the name — but a peer named by
    # title and one name keeps it ("Lord Pemberton").
    # (the words first, on the word lists: most names open with none of them, and then the two
    # tests of how a peer or a royal is named are not asked)
    lower_case = arrays.column_list("IS_LOWER")
    while start < end and (lowers[start] in ("the", "a", "an") or texts[start] in ("-", "–", "—")
                           or (lower_case[start] and lowers[start] not in NAME_PARTICLES)
                           or (actor_type == "person" and lowers[start] in HONORIFIC_TITLES)
                           or (end - start > 1 and lowers[start].rstrip(".") in PERSONAL_HONORIFICS)
                           or (actor_type == "person" and end - start > 2
                               and lowers[start] in _OCCUPATIONS_OR_TITLES)
                           or (actor_type == "person" and end - start > 1 and lowers[start] in OCCUPATIONS)) \
            and not peer_named_by_title(doc, start, end) and not named_by_a_style(doc, start, end):
        start += 1  # "Businessman Don Blake" is Don Blake
    if actor_type == "person" and end - start > 2 and (_plural_person_noun(lowers[start]) or lowers[start] in SEEDS):
        start += 1  # "Contestants Mara Quell, …", "Seeds Tomas Berdak, …": a plural noun for people opens a list
    while end > start and (texts[end - 1] in ("'s", "’s", "'", "’") or doc[end - 1].is_punct
                           and texts[end - 1] not in (".",) or doc[end - 1].is_lower and not _hyphen_glued(doc, end - 1)
                           or end - start > 2 and texts[end - 1] in POSTNOMINALS):
        end -= 1  # "Office of the", "Guy Pennick QC": names end in a capitalised word
    if start >= end:
        return start, end, actor_type
    while start < end and texts[start] in MARKS:
        start += 1
    # "World Health Organization (WHO": stop at the first bracket that is never closed. One
    # pass from the right: a span of 10,000 junk tokens must not cost 10,000 passes.
    if "(" in texts[start:end]:  # (no bracket opens: the end stays)
        last_close = next((k for k in range(end - 1, start - 1, -1) if texts[k] == ")"), start - 1)
        end = next((k for k in range(last_close + 1, end) if texts[k] == "("), end)
    while end > start and (texts[end - 1] in MARKS or texts[end - 1] in ("(", "-")):
        end -= 1
    return start, end, actor_type


# Jobs whose title opens with a portfolio: "Home Affairs spokesman", "Foreign Affairs Minister".
PORTFOLIO_JOBS = FRAGMENT_TITLES | frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople"})
# A name of two short capitalised parts joined by a slash ("AB/CD", a band's or a firm's name).
SLASHED_NAME = re.compile(r"[A-Z][A-Z0-9]{0,4}/[A-Z][A-Z0-9]{0,4}")
def listed_remit(doc, start: int, end: int) -> int:
    """"the Department for Culture, Media and Sport", "Ministry of Agriculture, Fisheries and
    Food": a department's remit listed after "for"/"of" as single capitalised words ("A, B and
    C") is part of its name. Not a list of bodies: a member of two words, an acronym or a
    known body or place ends the name where the model did."""
    if end - start < 3 or doc[end - 2].lower_ not in ("for", "of") or doc[end - 1].is_upper:
        return end
    if not any(t.lower_ in REMIT_HEADS for t in doc[start:end - 2]):
        return end
    k = end
    while k + 1 < len(doc) and doc[k].text == "," and remit_word(doc, k + 1):
        k += 2
    if k + 1 < len(doc) and doc[k].lower_ == "and" and remit_word(doc, k + 1):
        return k + 2
    return end


REMIT_HEADS = frozenset({"department", "ministry", "secretary", "minister", "committee", "office", "commission"})


def a_unit_after_a_number(doc, span) -> bool:
    """"1.8GB of data", "a 40 MW plant": capitals that are also initials ("Team GB") are a unit
    straight after a number (seen 2026-12-02 on an unseen sample: a disc's "GB" taken as a body)."""
    return a_unit_after_a_number_at(doc, span.start, span.end)


def a_unit_after_a_number_at(doc, start: int, end: int) -> bool:
    """`a_unit_after_a_number(doc, doc[start:end])`, without building the Span (asked of every name)."""
    return end - start == 1 and arrays_of(doc).texts()[start] in NUMBER_UNITS and start > 0 and doc[start - 1].like_num


def a_currency_amount(doc, span) -> bool:
    """"paid [EUR 3,000]", "[NOK] 12,500", "2.5m CHF": a three-letter code in capitals (the
    ISO 4217 shape of currency codes) next to a figure shaped like an amount — a thousands comma,
    a decimal point, three digits or more, or a scale ("m", "bn") — is a sum of money. A short
    plain figure is left alone: "ITV 2", "BBC 4" are channels."""
    return a_currency_amount_at(doc, span.start, span.end)


def a_currency_amount_at(doc, start: int, end: int) -> bool:
    """`a_currency_amount(doc, doc[start:end])`, without building the Span (asked of every name)."""
    if end - start > 3:
        return False  # gated: one code and at most two figures
    texts = arrays_of(doc).texts()  # a Token for each word only for a span with one code
    codes = [i for i in range(start, end) if len(texts[i]) == 3 and texts[i].isalpha() and texts[i].isupper()]
    if len(codes) != 1:  # (a token's is_alpha and is_upper are its text's isalpha() and isupper())
        return False
    codes = [doc[codes[0]]]
    figures = [doc[k] for k in range(start, end) if k != codes[0].i]
    if not figures:  # only the code tagged: the figure stands next to it
        figures = [doc[k] for k in (start - 1, end) if 0 <= k < len(doc)]
    elif len(figures) > 2:
        return False
    return any(_amount_shaped(doc, t) for t in figures)


def _amount_shaped(doc, token) -> bool:
    text = token.text
    if not any(ch.isdigit() for ch in text) or not (token.like_num or text[-1:].isalpha() and text[:-1].replace(".", "").isdigit()):
        return False
    after = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
    return "," in text or "." in text or sum(ch.isdigit() for ch in text) >= 3 or text[-1:].isalpha() \
        or after in ("m", "bn", "million", "billion", "thousand", "trillion")


def in_an_office_remit(doc, i: int, listed: bool = False) -> bool:
    """Whether the capitalised word i is in the remit listed after an office or a department:
    "Minister for Children, Young People and [Families]", "Secretary of State for Health and
    [Care]" — walking left over capitalised words, commas and "and" reaches "for"/"of" after a
    capitalised head (Minister, Department …). Such a word opens no person's name after it.
    With `listed`, only a later item of the list ("Young People", not "Children")."""
    # Asked at many capitalised words: the walk reads the words as plain strings (a token's
    # is_alpha is its text's isalpha()).
    arrays = arrays_of(doc)
    texts, lowers, title = arrays.texts(), arrays.lowers(), arrays.column_list("IS_TITLE")
    k, words, separated = i + 1, 0, False
    while k > 1:
        prev = k - 1
        if title[prev] and texts[prev].isalpha() and words < 3:
            k, words = k - 1, words + 1
        elif texts[prev] in (",", "&") or lowers[prev] == "and":
            k, words, separated = k - 1, 0, True
        elif lowers[prev] in ("for", "of") and words:
            head = k - 2
            return bool(title[head]) and lowers[head] in REMIT_HEADS | TITLE_WORDS and (separated or not listed)
        else:
            return False
    return False


def remit_word(doc, i: int) -> bool:
    t = doc[i]
    return t.is_title and t.is_alpha and not t.is_upper and t.text not in PLACES and t.text not in KNOWN_ORGANISATIONS \
        and not (i + 1 < len(doc) and doc[i + 1].is_title)


_SCORE_TOKEN = re.compile(r"\d{1,3}[-–]\d{1,3}")


def _before_a_score(doc, start: int, end: int) -> int:
    """Where a name ends when a score follows it inside the span: "Kelso 43–5", "Kelso 21 -
    17" (a name may end in one number: "Channel 4", "Interstate 80")."""
    texts = arrays_of(doc).texts()  # asked of every tagged name: no Token unless a dash is there
    if end - start > 1 and _SCORE_TOKEN.fullmatch(texts[end - 1]):
        return end - 1
    if end - start > 3 and texts[end - 2] in ("-", "–") and doc[end - 1].is_digit and doc[end - 3].is_digit \
            and len(doc[end - 1].text) <= 3 and len(doc[end - 3].text) <= 3:
        return end - 3
    return end


_LONGEST_PLACE_CHARS = max(16, max(map(len, PLACES)))


def _not_a_place_after(doc, comma: int, end: int) -> bool:
    """"Makelele, Lampard" is two names; "Washington, DC" and "Paris, France" are one. The
    text after the comma is only read when it could be a place (long junk spans are not)."""
    first, last = doc[comma + 1], doc[end - 1]
    if last.idx + len(last.text) - first.idx > _LONGEST_PLACE_CHARS:
        return True  # longer than any place (or "D.C."): no need to build its text
    after_comma = doc[comma + 1:end].text
    return after_comma.replace(".", "").upper() != "DC" and after_comma not in PLACES


# Event words that follow a place in an event's name: "the US Open", "the Davis Cup", "the
# Commonwealth Games" (not "bill" nor "election": "the Kenya Bill" is about Kenya).
EVENT_OPENERS = frozenset("""open cup games championship championships olympics masters marathon
tournament trophy classic""".split())


def opens_an_event(doc, end: int) -> bool:
    """Token `end` is a capitalised event word ("[US] Open", "[Kenya] Cup")."""
    if end >= len(doc):
        return False
    word = arrays_of(doc).texts()[end]
    return word[:1].isupper() and word.lower() in EVENT_OPENERS


def not_a_name(ctx, span, text: str, actor_type: str, label: str) -> bool:
    """Spans the model tags that name no actor: ordinary words, events, codes, descriptions."""
    doc = ctx.doc
    start, end = span.start, span.end
    one_word = end - start == 1
    words = text.lower().split()
    # Runs for every tagged name: the words are read as plain strings (a Token is built on each
    # look at `span[0]`), and the first word's Token is made only for the rules that need it.
    arrays = arrays_of(doc)
    texts, lowers = arrays.texts(), arrays.lowers()
    first = texts[start]
    sent_start = arrays.column_list("SENT_START")[start] == 1
    first_tag = arrays.tags()[start]
    return (
        len(text) < 2 or len(text) == 2 and not text.isupper()  # "Le", "El": left over from a foreign name
        or text.lower() in NOT_ACTORS and not after_company_noun(doc, start)  # not "firm Jupiter"
        and text not in ctx.kin_named()  # not "sister Venus"
        or tagged_by_a_sign(doc, start)  # "#DemDebate"
        or not any(map(str.isupper, text))
        or attributive_compound(doc, span)  # "a Jakarta-based subsidiary"
        or first == "Operation" and not one_word  # "Operation Fast and Furious"
        or one_word and describes_one_person(doc, span[0])  # "the Dutchman said", "Briton"
        or text in NOT_ACRONYM_ACTORS or bool(CODE_NAME.match(text) or ROMAN.match(text))  # "UTC", "COVID-19"
        or one_word and text.lower() in GENERIC_BODIES  # "the Chamber voted": which chamber, the text says elsewhere
        or one_word and names_a_product_or_term(doc, span[0])  # "Sim cards", "GPRS phones"
        # "Heineken Cup", "Grammy Awards": events and awards
        # ("Bill", "Act" end people's names too, after a given name: not "the Finance Bill")
        or words[-1] in EVENT_WORDS and (actor_type != "person" or words[-1] not in ("bill", "act", "games")
                                         or len(words) > 1 and first not in GIVEN_NAMES)
        and not words[-2:] == ["this", "week"]  # "Fashion Week" is an event, "Dunmore This Week" a paper
        # "the US Open title": a place tagged alone before the event word it opens names the
        # event, not the place
        or one_word and label == "GPE" and opens_an_event(doc, end)
        # "International Kite Makers' Day", "Harvest Day": a day kept, not a body (seen 2026-12-02
        # on an unseen sample) — but "Wendy Day", a person by her given name
        or len(words) > 1 and words[-1] == "day" and first not in GIVEN_NAMES \
        and (actor_type != "person" or "'s" in text or "’s" in text)
        # "Interior Minister", "Defence Secretary" (not "Ukraine President")
        or one_word and label == "ORG" and text.lower() not in PARTIES and end < len(doc)
        and lowers[end] in FRAGMENT_TITLES
        # "Home Affairs spokesman X", "Constitutional Affairs Minister X": a portfolio in a job title
        # (not "the Home Affairs Committee", a body)
        or words[-1] == "affairs" and end < len(doc) and lowers[end] in PORTFOLIO_JOBS
        or one_word and first_tag == "NNS" and sent_start  # "Photographs showed …"
        or one_word and ctx.common_word(span[0])  # "Heartbroken and numb,": an ordinary word
        # "‘Bloody hell …", "‘Band on the Run’": a word that opens a quote or a title (a known
        # surname there is found again by fix_person_surnames)
        or one_word and after_opening_mark(doc, start) and end < len(doc)
        and doc[end].is_lower and doc[end].is_alpha
        and not (label in ("GPE", "LOC") and text in PLACES)  # "“Boston is a race I want to run”"
        or _single_letters(text)  # "(E & W)"
        or actor_type == "organisation" and not one_word and lowers[end - 1] in DEMONYMS  # "Banned American"
        or actor_type == "person" and all(w in TITLE_WORDS for w in words)  # "Vice President" tagged PERSON
        or "\n" in text or not _EDITOR_MARKS.isdisjoint(text)  # "[I]t's": an editor's bracket
        or "/" in text and not SLASHED_NAME.fullmatch(text)  # "and/or" (but the band "AB/CD")
        or one_word and text.isupper() and not_an_acronym_of_a_body(doc, start)  # "BY A LOT", "IST", "((WN)) :"
        or len(words) > 2 and words[0] in DEGREE_WORDS and words[1] == "of"  # "a Master of Business Affairs"
        or actor_type == "group" and text.endswith("s") and text[:-1].split()[-1] in PLACES  # "Two Britains", "the Koreas"
        or one_word and first_tag == "VBG" and sent_start  # "Registering names … is easy"
        or CONTRACTION.match(text) is not None  # "I’m beyond grateful": a pronoun, whatever its apostrophe
        or text.upper() in UNITS  # "384 Kbps", "3.6 Mbps"
        or a_unit_after_a_number_at(doc, start, end)  # "1.8GB", "40 MW"
        or a_currency_amount_at(doc, start, end)  # "EUR 3,000", "CHF 1.2m": money, never an actor
        or actor_type in ("person", "organisation") and after_an_indefinite_article(doc, span)
        and text not in PLACES and alias_of(text) not in PLACES and text.lower().rstrip("s") not in PARTIES
        # "a Titanic", "a red Vauxhall Corsa" (not "a Democrat")
        or a_designation(doc, span)  # "Republic Act No. 3846"
        or actor_type == "person" and words[-1].upper() in CONSTITUENCY_ROLES
        and (len(words) == 1 or first not in GIVEN_NAMES)  # "the Bolton West MP": a seat and a job
    )


_EDITOR_MARKS = frozenset("[]{}<>|\\")


def _single_letters(text: str) -> bool:
    """Every word of `text`, "&" apart, is one letter long: "(E & W)"."""
    if len(text) > 1 and not (text[0].isspace() or text[0] == "&" or text[1].isspace() or text[1] == "&"):
        return False  # the first word has two letters or more (str.split() splits at isspace())
    return all(len(w) == 1 for w in text.replace("&", " ").split())


def opening_word(doc, i: int) -> bool:
    """A sentence's first word that opens the sentence, not the name after it: an adverb or a
    conjunction ("Nevertheless Franz Ferdinand were …", "Meanwhile Tessa Brae said") or a job
    ("Organiser Mean Fiddler said", "Cinematographer Ola Berg, who …"). Capitalised only
    because the sentence starts there; the name is the rest."""
    arrays = arrays_of(doc)  # asked of most tagged names: a Token only for a sentence's first word
    if arrays.column_list("SENT_START")[i] != 1 or not arrays.column_list("IS_TITLE")[i]:
        return False
    token = doc[i]
    if token.text in GIVEN_NAMES:
        return False
    lower = token.lower_
    return token.pos_ in ("ADV", "CCONJ", "SCONJ", "INTJ") and lower not in NAME_PARTICLES \
        or lower in OCCUPATIONS or lower in JOB_WORDS or looks_like_a_job(lower) \
        or occupation_before_a_name(doc, i)  # "Beekeeper Ana Lutz said": a job by its shape


def title_before_a_full_name(doc, start: int, end: int) -> int | None:
    """Where a person's name starts in a span the model tagged as a body or a place that is a
    job title and a full name: "[Presidential Spokesperson Harry Roque]", "[Party Treasurer
    Ana Ruiz]" — every word before the name capitalised, the last one a title word; None
    when the span is no such thing."""
    lowers = arrays_of(doc).lowers()  # asked of most tagged names: a Token only for a title word
    start += lowers[start] == "the"  # "by [the Presidential Spokesperson Harry Roque]"
    for k in range(start + 1, end - 1):
        before = lowers[k - 1]
        if (before in TITLE_WORDS or before in OCCUPATIONS) and a_full_name(doc[k:end]) \
                and all(t.is_title for t in doc[start:k]) \
                and not {t.lower_ for t in doc[start:k]} & _BODY_OR_CHAMBER_WORDS:
            place = doc[start:k - 1]
            while len(place) and place[-1].lower_ in TITLE_WORDS:
                place = place[:-1]
            # "[United States Representative Elias Fenn]": a place and a person, split later
            return None if len(place) and (place.text in PLACES or alias_of(place.text) in PLACES) else k
    return None


def after_an_indefinite_article(doc, span) -> bool:
    """"a Titanic or a Lord of the Rings", "driving a red Vauxhall Corsa", "to be a Latina":
    a name that heads a noun phrase opened by "a"/"an" names a kind, a copy or a product, not
    one actor. A name that only describes the noun after it stays ("a Tarn Council official")."""
    arrays = arrays_of(doc)  # words read as plain strings: this runs for most tagged names
    lowers, lower_case = arrays.lowers(), arrays.column_list("IS_LOWER")
    if _ARTICLES.isdisjoint(lowers[max(0, span.start - 3):span.start]):
        return False  # gated: the walk below reaches at most three words back, and needs "a"/"an"
    k = span.start - 1
    while k > 0 and span.start - k <= 2 and lower_case[k] and doc[k].pos_ == "ADJ":
        k -= 1  # "a red …", "an old …"
    if k < 0 or lowers[k] not in ("a", "an") or a_full_name(span):
        return False  # "a Bob Deans try", "a Simon Schama one": a person, whatever the noun
    if span.text in KNOWN_ORGANISATIONS or span.end < len(doc) and (doc[span.end].like_num or doc[span.end].is_upper):
        return False  # "an enlarged European Union"; "a Boeing 737" names its maker
    root = span.root
    return root.dep_ not in ("compound", "amod", "nmod", "poss", "npadvmod") \
        and not (span.end < len(doc) and doc[span.end].is_lower and doc[span.end].is_alpha
                 and doc[span.end].tag_ in NOUN_TAGS)  # "an International Space Station spacewalk"


_ARTICLES = frozenset({"a", "an"})
# Tags of a word after a name that may be the noun the name describes ("spacewalk" is often read as a verb).
NOUN_TAGS = frozenset({"NN", "NNS", "VB", "VBG", "JJ"})


def a_designation(doc, span) -> bool:
    """"Republic Act No. 3846", "Symphony No. 5": a name numbered by "No." is a law, a work or an
    item, no actor."""
    end = span.end
    return arrays_of(doc).texts()[end - 1] in ("No", "No.") and end < len(doc) and (
        doc[end].like_num or doc[end].text == "." and end + 1 < len(doc) and doc[end + 1].like_num)


def not_an_acronym_of_a_body(doc, i: int) -> bool:
    """Capitals that are no body's initials: a word shouted in capitals ("I TOOK THIS SEAT, BY
    A LOT!"), a time zone after a clock time ("7:38 pm IST"), or a speaker's label in an
    interview transcript ("((WN)) : Why are you running?")."""
    return shouted(doc, i) or after_a_clock_time(doc, i) or transcript_label(doc, i)


def shouted(doc, i: int) -> bool:
    """Three or more words in capitals in a row (punctuation aside), one of them a common word
    ("BY", "THE", "I"): a line written in capitals, not a string of acronyms."""
    run = [doc[i]]
    for step in (-1, 1):
        k = i + step
        while 0 <= k < len(doc) and abs(k - i) < 8 and (doc[k].is_punct or doc[k].is_upper and doc[k].is_alpha):
            if not doc[k].is_punct:
                run.append(doc[k])
            k += step
    return len(run) >= 3 and any(t.is_stop for t in run)


def after_a_clock_time(doc, i: int) -> bool:
    """"7:38 pm IST", "11:25am ET", "at 14:00 CET": a time zone (also the listed ones anywhere)."""
    if doc[i].text in TIME_ZONES:
        return True
    before = [t.lower_ for t in doc[max(0, i - 2):i]]
    return bool(before) and (before[-1] in ("am", "pm", "a.m.", "p.m.") or re.fullmatch(r"\d{1,2}[:.]\d{2}(?:am|pm)?", before[-1]))


def transcript_label(doc, i: int) -> bool:
    """"((WN)) : …", "JS: …" at a line's start: who speaks in an interview transcript. Wikinews
    interviews also write the label in double brackets with no colon ("((WN)) How rare is it?",
    seen 2026-12-02 on an unseen interview: the interviewer's label taken as a body 20 times)."""
    k = i + 1
    while k < len(doc) and doc[k].text in (")", "))"):
        k += 1
    closing = "".join(t.text for t in doc[i + 1:k])
    if (k >= len(doc) or doc[k].text != ":") and closing != "))":
        return False
    j = i - 1
    while j >= 0 and doc[j].text in ("(", "(("):
        j -= 1
    if closing == "))" and "".join(t.text for t in doc[j + 1:i]) != "((":
        return False
    return j < 0 or doc[j].is_space or "\n" in doc[j].text_with_ws


def names_a_product_or_term(doc, token) -> bool:
    """"Sim cards", "Pin numbers", "GPRS phones", "the XJT chipset": a technical term written as a
    word (in any case) or an acronym that is no known body, before a noun for a technical thing."""
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if following is None or not following.is_lower or following.lower_ not in PRODUCT_NOUNS:
        return False
    return token.text.upper() in NOT_ACRONYM_ACTORS or token.text.isupper() and token.text not in KNOWN_ORGANISATIONS


def person_after_a_chamber(doc, start: int, end: int, actor_type: str) -> tuple[int, str]:
    """"Speaker of the [House Mary Calloway]", "[Senate Mitch McConnell]": the model glues a
    chamber onto the full name after it; the name is the actor."""
    lowers = arrays_of(doc).lowers()  # asked of every tagged name: a Token only for a chamber word
    for k in range(start + 1, end - 1):
        if lowers[k - 1] in CHAMBERS and a_full_name(doc[k:end]):
            return k, "person"
    return start, actor_type


def place_before_a_name(doc, start: int, end: int) -> int | None:
    """Where a known place ends and a full name begins in one tagged span ("Scotland Nicola
    Sturgeon" after "First Minister of"), or None."""
    for k in range(start + 1, min(start + 4, end - 1)):
        if arrays_of(doc).span_text(start, k) in PLACES and a_full_name(doc[k:end]):  # doc[start:k].text
            return k
    return None


def known_name_around(doc, start: int, end: int) -> tuple[int, int]:
    """The tagged span widened by up to two words either side when that makes a well-known name
    the model cut short ("Ask [Jeeves]", "[BBC Radio] Five Live")."""
    lefts, rights = [0], [0]
    texts = arrays_of(doc).texts()
    for k in (1, 2):  # only over neighbours that belong to some well-known name
        if start - k >= 0 and lefts[-1] == k - 1 and texts[start - k] in KNOWN_NAME_WORDS:
            lefts.append(k)
        if end + k <= len(doc) and rights[-1] == k - 1 and texts[end + k - 1] in KNOWN_NAME_WORDS:
            rights.append(k)
    best = (start, end)
    for left in lefts:
        for right in rights:
            s, e = start - left, end + right
            if e - s > best[1] - best[0]:
                name = arrays_of(doc).span_text(s, e)  # doc[s:e].text
                if name in KNOWN_ORGANISATIONS or name in PLACES:
                    best = (s, e)
    return best


def extend_coordinated_name(doc, ent, end: int) -> int:
    """"National Commission for Museums" + "and Monuments": the model often stops at "and"."""
    lowers = arrays_of(doc).lowers()  # asked for every body the model tags: its words as plain strings
    if not any(w in ("of", "for") for w in lowers[ent.start:ent.end]) or end + 1 >= len(doc) or lowers[end] != "and":
        return end
    k = end + 1
    if k + 1 < len(doc) and doc[k].lower_ == "the" and doc[end - 1].text in PLACES \
            and (doc[k + 1].ent_type_ in ("GPE", "LOC") or doc[k + 1].text in PLACES):
        k += 1  # "Islamic State of Iraq and the Levant": two regions in one name (not "… and the Treasury")
    start = k
    if start == end + 1 and doc[start].ent_type_ == "PERSON":
        return end  # "University of Dunmore and Pavel Ostrow": a body and a person, not one name
    while k < len(doc) and k - end <= 3 and doc[k].is_title and doc[k].pos_ in ("PROPN", "NOUN"):
        k += 1
    return k if k > start else end


# Institutions with campuses named "at" a town ("the University of Texas at Austin")
CAMPUS_HEADS = frozenset({"university", "college", "state"})


def extend_organisation_name(doc, next_ent, ent, end: int) -> int:
    """Where the model stops short of an organisation's full name:
    "[JFE] Holdings", "[University of California], Los Angeles" (a campus),
    "[Court of Appeals] for the [Third Circuit]"."""
    if end < len(doc) and doc[end].text in CORPORATE_TAILS:
        return end + 1
    listed = listed_trades(doc, end)
    if listed > end:
        return listed  # "[National Union of Rail], Maritime and Transport Workers"
    if next_ent is None:
        return end
    gap = arrays_of(doc).lowers()[end:next_ent.start]  # [t.lower_ for t in doc[end:next_ent.start]]
    first = ent[1] if ent[0].lower_ == "the" and len(ent) > 1 else ent[0]
    if first.lower_ == "university" and gap == [","] and next_ent.label_ == "GPE":
        return next_ent.end
    # "[University of Colorado] at [Boulder]", "[State University of New York] at [Albany]": a
    # campus named after "at" is part of an institution's name (not "the Bank of Spain at Madrid")
    if first.lower_ in CAMPUS_HEADS and gap == ["at"] and next_ent.label_ == "GPE" \
            and "of" in [t.lower_ for t in ent]:
        return next_ent.end
    if gap in (["for"], ["for", "the"]) and next_ent.label_ == "ORG":
        return next_ent.end
    # "[Alliance Party] of [Northern Ireland]", "[House Select Committee] on [Benghazi]"
    if gap in (["of"], ["on"], ["for"]) and next_ent.label_ in ("GPE", "LOC", "ORG") \
            and doc[end - 1].lower_ in BODY_WORDS:
        return next_ent.end
    # "[Change] [UK]", "[Facebook] [Ireland]": a body's national branch
    # (not "told [BBC News] [US] policy …": after a name of two words or more, a country before a
    # lower-case noun describes the noun; "[Change] [UK] candidates" keeps its one-word name)
    if not gap and next_ent.label_ == "GPE" and len(next_ent) <= 2 and (
            next_ent.text in COUNTRIES or alias_of(next_ent.text) in COUNTRIES) \
            and not (len(ent) > 1 and next_ent.end < len(doc) and doc[next_ent.end].is_lower
                     and doc[next_ent.end].pos_ == "NOUN"):
        return next_ent.end
    if not gap and ent[-1].lower_ in ("of", "for", "on"):
        return next_ent.end  # "[Alliance Party of] [Northern Ireland]"
    return end


def listed_trades(doc, end: int) -> int:
    """"National Union of Rail, Maritime and Transport Workers", "Union of Shop, Distributive and
    Allied Workers": a body's name that ends "of" + a capitalised word goes on through a list of
    capitalised words closed by "and" and a capitalised plural ("Workers"); where it ends, or `end`."""
    if end < 3 or doc[end - 2].lower_ != "of" or not doc[end - 1].is_title or end >= len(doc) or doc[end].text != ",":
        return end
    k = end
    while k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].is_title:
        k += 2
    if k >= len(doc) or doc[k].lower_ != "and":
        return end
    k += 1
    first = k
    while k < len(doc) and doc[k].is_title and k - first < 3:
        k += 1
    return k if k > first and doc[k - 1].tag_ == "NNPS" or k > first and doc[k - 1].text.endswith("ers") else end


def national_prefix(prev, ent) -> bool:
    """"[US] [District Court]": a country written straight before a body's name is part of it."""
    return prev.end == ent.start and prev.label_ == "GPE" and len(prev) == 1 \
        and (prev.text in COUNTRIES or alias_of(prev.text) in COUNTRIES) \
        and any(t.lower_ in _ORG_OR_BODY_WORDS for t in ent)


def join_dashed_organisations(doc, candidates: list[Candidate]) -> list[Candidate]:
    """"Kestrel–Harbour Center for Astrophysics": the model stops at the dash and
    returns two organisations; joined without spaces they are one."""
    by_end = {c.token_end: c for c in candidates if c.type == "organisation"}
    out = []
    for c in sorted(candidates, key=lambda c: c.start):
        left = by_end.get(c.token_start - 1)
        dash = doc[c.token_start - 1] if c.token_start else None
        if c.type == "organisation" and left is not None and left in out and dash.text in ("-", "–") \
                and not doc[left.token_end - 1].whitespace_ and not dash.whitespace_:
            out.remove(left)
            c = Candidate(left.start, c.end, doc[left.token_start:c.token_end].text, "organisation",
                           left.token_start, c.token_end)
        out.append(c)
    return out


def inside_a_longer_name(doc, start: int, end: int) -> bool:
    """"Liberal [Democrat]", "[Democratic] Unionist Party", "[Labour]-run": part of a longer name
    (but "Republican President Trump", "Republican Dale Horvath" name the party)."""
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    return after is not None and (after.text in ("-", "–") or after.is_title and after.ent_type_ != "PERSON"
                                  and after.text not in GIVEN_NAMES
                                  and after.lower_ not in _TITLES_OCCUPATIONS_OR_PREFIXES) \
        or before is not None and before.is_title and not before.is_sent_start


def after_opening_mark(doc, i: int) -> bool:
    """True for "‘Bloody" or ' "Band': a mark glued to this word that opens a quotation (not the
    closing mark of "…," Carney said)."""
    if i == 0 or doc[i - 1].whitespace_:
        return False
    mark = doc[i - 1]
    if mark.text in ("‘", "“"):
        return True
    return mark.text in ("'", '"') and (mark.i == 0 or bool(doc[mark.i - 1].whitespace_)
                                         or doc[mark.i - 1].is_space)


def _hyphen_glued(doc, i: int) -> bool:
    """"Park Geun-hye": a lower-case part joined by a hyphen, with no spaces, to a capitalised
    word is part of the name."""
    return i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_ \
        and doc[i - 2].is_title


def peer_named_by_title(doc, start: int, end: int) -> bool:
    """"Lord Pemberton", "Baroness Scotland": a peer's title and one name that is no given name
    (so "Lady Diana" is Diana). How the person is named, so the title stays in the name."""
    return end - start == 2 and arrays_of(doc).lowers()[start] in PEER_TITLES and doc[start + 1].is_title \
        and doc[start + 1].text not in GIVEN_NAMES


def body_after_an_ordinal(doc, start: int, end: int) -> int:
    """"the 116th [United States] Congress", "the 42nd [Scottish] Parliament": the capitalised words
    between an ordinal and a body's name are part of the name; returns the name's start."""
    k = start
    while k > 0 and start - k < 4 and doc[k - 1].is_title and doc[k - 1].pos_ == "PROPN" and doc[k - 1].dep_ == "compound":
        k -= 1
    if k < start and k > 0 and (doc[k - 1].ent_type_ == "ORDINAL" or ORDINAL_NUMBER.match(doc[k - 1].text)) \
            and doc[end - 1].lower_ in _BODY_OR_CHAMBER_WORDS:  # not "20th Century [Fox]"
        return k
    return start


def band_after_a_leader(doc, end: int) -> int:
    """"Mel Turner [and His Orchestra of Midnight]": a band named after its leader is one
    organisation; returns where its name ends (`end` when no band follows)."""
    if not (end + 2 < len(doc) and doc[end].lower_ == "and" and doc[end + 1].text in ("His", "Her", "Their")
            and doc[end + 2].is_title):
        return end
    k = end + 2
    while k < len(doc) and (doc[k].is_title or doc[k].lower_ in ("of", "the") and k + 1 < len(doc)
                            and doc[k + 1].is_title):
        k += 1
    return k if any(t.lower_ in BAND_WORDS for t in doc[end + 2:k]) else end


def body_of_a_body(doc, next_ent, end: int) -> int:
    """"the United Nations' [World Tourism Organization]": an agency named with the union of
    states it belongs to is one name; returns where it ends (`end` when the next entity is no
    such body)."""
    if next_ent is None or next_ent.label_ != "ORG" or end < 1 or not any(
            arrays_of(doc).span_text(k, end).rstrip("'’").removesuffix("'s").removesuffix("’s") in PARENT_BODIES
            for k in range(max(0, end - 5), end)):
        return end  # "Microsoft's Media Center" stays Microsoft, and a product
    glued = doc[end - 1].text in ("'", "’") and next_ent.start == end \
        or end < len(doc) and doc[end].text in ("'s", "’s", "'", "’") and next_ent.start == end + 1
    return next_ent.end if glued and any(t.lower_ in _ORG_OR_BODY_WORDS for t in next_ent) else end


def person_after_a_body(doc, start: int, end: int) -> int | None:
    """Where a person's name begins in a span the model tagged as one organisation after an
    office: "Nairobi director of [Oxfam International Grace Wanjiru]". The body must end in a
    body's word (or be a known one) and the name must start with a given name."""
    if start < 2 or doc[start - 1].lower_ not in ("of", "at") or not (
            doc[start - 2].lower_ in _OCCUPATIONS_OR_TITLES or doc[start - 2].lower_ in ("director", "head")):
        return None
    for k in range(max(start + 1, end - 5), end - 1):
        name = doc[k:end]
        words = name.text.replace("-", " ").split()
        body = doc[start:k]
        if all(t.is_title or t.text == "-" for t in name) and len(words) <= 4 \
                and any(w in GIVEN_NAMES for w in words[:-1]) and body[-1].text != "-" and doc[k - 1].text != "-" \
                and (body[-1].lower_ in _ORG_OR_BODY_WORDS_OR_INTERNATIONAL or body.text in KNOWN_ORGANISATIONS):
            return k
    return None


def person_after_a_named_body(doc, start: int, end: int) -> int | None:
    """Where a person's name begins in a span the model tagged as one person, straight after a
    noun for a body: "general secretary of the rail union [Trellis Mark Hanlon]", "the retailer
    [Quillmart Susan Grey]" — one or two capitalised words that are no given name, then a name of
    two or three words opening with a given name (seen 2026-12-02 on an unseen sample: a union's
    name and its leader's taken as one person). None when the span is no such pair."""
    if start < 1 or not doc[start - 1].is_lower or doc[start - 1].lower_ not in COMPANY_NOUNS:
        return None
    for k in (start + 1, start + 2):
        if k < end and 2 <= end - k <= 3 and doc[k].text in GIVEN_NAMES \
                and all(doc[j].text not in GIVEN_NAMES and doc[j].is_title for j in range(start, k)) \
                and all(t.is_title for t in doc[k:end]):
            return k
    return None


# Unions of word sets the conditions above test, built once (a `|` inside a condition builds
# a new set each time it is evaluated).
_OCCUPATIONS_OR_TITLES = OCCUPATIONS | TITLE_WORDS
_BODY_OR_CHAMBER_WORDS = ORG_WORDS | BODY_WORDS | CHAMBERS
_ORG_OR_BODY_WORDS = ORG_WORDS | BODY_WORDS
_TITLES_OCCUPATIONS_OR_PREFIXES = TITLE_WORDS | OCCUPATIONS | ROLE_PREFIXES
_ORG_OR_BODY_WORDS_OR_INTERNATIONAL = ORG_WORDS | BODY_WORDS | {"international"}
