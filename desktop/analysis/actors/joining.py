"""Which mentions are one actor, and what that actor is called.

People: a bare surname joins the nearest full name before it with that surname (two Khans
stay apart; a relative introduced by kinship does not take it); a lone first name joins the
one person who has it; "Donald J. Trump" = "Don Trump" (same surname, same or nickname first
name); "born Harold James Marsh" is a birth name. Others: acronyms and the article's own
"(PG&E)" join their long names, "the Bank" joins the body named before it, "Blenheim" joins
"Blenheim Palace"; "the Fed" joins "the US Federal Reserve" named before it (a clipped first word),
"the Greek Federation" the "Greek Athletics Federation" (a middle word left out); "Ian McDonald"
is "Ian MacDonald" (Mac/Mc); clusters of different types that end up with one name merge.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter

from ..gazetteer import GIVEN_NAMES, NICKNAMES, PLACES
from ..arrays import of as arrays_of
from ..lexicon import ALIASES_IF_NAMED
from ..gazetteer import CLUB_NICKNAMES, CLUBS, COUNTRIES, DEMONYMS, KNOWN_ORGANISATIONS, REGIONS
from ..names import (
    INITIAL, PEER_TITLES, acronym, alias_of, fold, norm, one_deletion_variants, one_edit_apart, person_key, surname,
)
from .candidate import Candidate
from .kinds import a_body_by_its_last_word, a_sports_report, vote_types
from .words import BODY_WORDS, KIN, ORG_WORDS

# Short forms that open a body's name, and the words they stand for there: "EU Commission" is the
# European Commission, "UN Security Council" the United Nations Security Council.
PREFIX_FORMS = {"EU": "European", "E.U.": "European", "UN": "United Nations", "U.N.": "United Nations",
                "US": "United States", "U.S.": "United States", "UK": "United Kingdom", "U.K.": "United Kingdom"}


def capitals_kept(name: str) -> str:
    """The short form of a name that keeps a short form inside it whole: "UK Independence Party" →
    UKIP, "EU Trade Council" → EUTC ("" when no word is in capitals)."""
    words = name.split()
    if len(words) < 2 or not any(w.isupper() and len(w) > 1 for w in words):
        return ""
    return "".join(w if w.isupper() else w[0] for w in words if w[:1].isupper())


def share_a_surname(doc, candidates: list[Candidate]) -> None:
    """"Richard and Lisa Marwick": a bare first name joined by "and" to a full name shares its surname."""
    by_start = {c.token_start: c for c in candidates if c.type == "person"}
    for c in candidates:
        if c.type != "person" or c.token_end - c.token_start != 1 or c.text not in GIVEN_NAMES \
                or c.token_end + 1 >= len(doc) or doc[c.token_end].lower_ != "and":
            continue
        partner = by_start.get(c.token_end + 1)
        words = partner.text.split() if partner is not None else []
        if len(words) == 2 and partner.token_end - partner.token_start == 2 and words[0] in GIVEN_NAMES:
            c.implied = f"{c.text} {words[1]}"


def assign_keys(ctx, candidates: list[Candidate]) -> None:
    people = [c for c in candidates if c.type == "person"]
    full = [c for c in people if " " in c.text]
    # A bare surname joins the nearest full name before it with that surname (two Khans
    # stay apart); with none before, the first one after.
    by_surname: dict[str, list[Candidate]] = {}
    for c in full:
        # "Stade de France", "Tour de France" tagged PERSON: a country ending a name is no
        # surname, so "France" elsewhere (the team, the state) stays itself
        if surname(c.text) not in COUNTRIES or c.text.split()[0] in GIVEN_NAMES:
            by_surname.setdefault(fold(surname(c.text)), []).append(c)
    full_key = {c.text: person_key(c.text) for c in full}
    kin_first_names = frozenset(c.text for c in people if " " not in c.text
                                and introduced_as_relative(ctx.doc, c))  # "whose daughter Lana"
    spelled = {(fold(surname(c.text)), c.text[0]): full_key[c.text] for c in full
               if not INITIAL.match(c.text.split()[0])}
    for c in full:  # "M Tully-Reeve" is Mark Tully-Reeve when the article names him in full
        if INITIAL.match(c.text.split()[0]):
            full_key[c.text] = spelled.get((fold(surname(c.text)), c.text[0]), full_key[c.text])
    for c in full:  # "Lord Pryce" is Alan Pryce when the article names one Pryce in full
        words = c.text.split()
        if len(words) == 2 and words[0].lower() in PEER_TITLES:
            named = {o.text for o in by_surname.get(fold(words[1]), []) if o.text.split()[0].lower() not in PEER_TITLES}
            if len(named) == 1:
                full_key[c.text] = full_key[named.pop()]
    # "Symmons Roberts" after "Michael Symmons Roberts": the last two words of one longer name,
    # the first of them no given name, are that person's double surname.
    for c in full:
        words = c.text.split()
        if len(words) == 2 and words[0] not in GIVEN_NAMES and not INITIAL.match(words[0]):
            longer = {o.text for o in full if len(o.text.split()) > 2 and o.text.endswith(" " + c.text)}
            if len(longer) == 1:
                full_key[c.text] = full_key[longer.pop()]
    # "Kilroy" for Robert Kilroy-Silk: the first part of a hyphenated surname, when no one else
    # has it as a surname, is that person (the shorter name headlines use).
    plain_surnames = set(by_surname)
    for c in full:
        last = surname(c.text)
        first_part = fold(last.split("-")[0])
        if "-" in last and last[:1].isupper() and first_part not in plain_surnames:
            by_surname.setdefault(first_part, []).append(c)
    # Full names by first word, and how often each name's surname or the name itself is
    # written: looked up per lone first name (a pass over every person each time was
    # quadratic on name-heavy text).
    by_first_word: dict[str, set[str]] = {}
    for f in full:
        by_first_word.setdefault(f.text.split()[0], set()).add(f.text)
    last_words = Counter(fold(p.text.split()[-1]) for p in people)
    as_written = Counter(p.text for p in people)
    for c in people:
        if c.implied:
            c.key = person_key(c.implied)
            continue
        if " " in c.text:
            c.key = full_key[c.text]
            continue
        options = by_surname.get(fold(c.text))
        if not options:
            by_first = by_first_word.get(c.text, set())
            # A lone first name joins the person who has it ("Stewart" → Stewart Kell); with
            # two ("Ken" Livingstone, "Ken" Bigley), the one the article is about: most mentioned.
            if by_first:
                mentions = {name: _mentions_of(name, last_words, as_written) for name in by_first}
                ranked = sorted(mentions.items(), key=lambda kv: -kv[1])
                clear = len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]
                c.key = full_key[ranked[0][0]] if clear else "person:" + c.text.lower()
            else:
                c.key = "person:" + c.text.lower()
            continue
        starts = [o.start for o in options]
        i = bisect.bisect_right(starts, c.start) - 1
        # "… confirmed by his daughter Nettie Marsh. Marsh was …": a relative introduced by
        # kinship shares the surname, but the bare surname stays with the one before her.
        while i > 0 and introduced_as_relative(ctx.doc, options[i], kin_first_names) \
                and person_key(options[i].text) != person_key(options[i - 1].text):
            i -= 1
        c.key = full_key[options[i if i >= 0 else 0].text]
    merge_person_variants(people)
    merge_birth_names(ctx, people)

    others = [c for c in candidates if c.type != "person"]
    vote_types(others, lambda c: norm(c.text))  # before aliases join names of different types
    long_names = {norm(c.text): c.text for c in others if len(c.text.split()) > 1}
    acronyms = {acronym(name): name for name in long_names.values() if acronym(name)}
    # "UKIP" for "UK Independence Party": a word in capitals gives all its letters
    acronyms.update({full: name for name in long_names.values() if (full := capitals_kept(name)) and full not in acronyms})
    defined = parenthetical_aliases(ctx.doc, candidates)
    first_words: dict[tuple[str, str], set[str]] = {}
    for c in others:  # "Blenheim" for "Blenheim Palace", "Graz" for "Graz AK"
        if len(c.text.split()) > 1:
            first_words.setdefault((c.type, c.text.split()[0].lower()), set()).add(c.text)
            words = c.text.split()
            if len(words) > 2 and words[0].isupper() and len(words[0]) <= 3 and words[0].isalpha():
                first_words.setdefault((c.type, words[1].lower()), set()).add(c.text)  # "Reynolds" = RJ Reynolds Tobacco
    affixes = _affix_index(others)
    by_founder = founders_surnames(others)
    places_seen = {c.text for c in others if c.type == "place"}
    # A town the text names as one somewhere is that town in every bare mention of it
    towns = {c.text for c in others if " " not in c.text and used_as_a_place(ctx.doc, c)}
    names_seen = {c.text for c in others}
    named = names_seen | {alias_of(c.text) for c in others} - {None}
    clubs = None  # built on the first bare name that may be a club's
    for c in others:
        # The article's own "European Commission (EC)" beats the general table's EC (but
        # "Parliament of New South Wales (NSW)" does not spell NSW out).
        own = defined.get(c.text)
        canonical = own if own and acronym(own) == c.text.replace(".", "") else alias_of(c.text)
        if canonical is None and ALIASES_IF_NAMED.get(norm(c.text)) in named:
            canonical = ALIASES_IF_NAMED[norm(c.text)]
        if canonical is None and c.text.replace(".", "").isupper():
            canonical = acronyms.get(c.text.replace(".", ""))  # before "(NSW)" after a longer name
        if canonical is None and " " in c.text and c.text.split()[0] in PREFIX_FORMS:
            first, rest = c.text.split(" ", 1)  # "EU Commission" = "European Commission" named in full
            canonical = long_names.get(norm(f"{PREFIX_FORMS[first]} {rest}"))
        # "Residents of Millford", "the Millford town council": the town, not the Millford Museum
        a_place = c.text in towns
        if a_place and c.type == "organisation":
            c.type = "place"  # the model's ORG for "Millford" in "the Millford town council"
        canonical = canonical or defined.get(c.text) or (None if a_place else longer_form(c, others, index=affixes))
        if canonical and c.type == "place" and canonical.startswith(c.text + " ") \
                and a_body_by_its_last_word(canonical.lower().split()):
            canonical = None  # "Santa Rosa county" is not "Santa Rosa County Superior Court", the body there
        if canonical is None and " " not in c.text and c.text not in PLACES:  # "Paris" ≠ "Paris Métro"
            longer = first_words.get((c.type, c.text.lower()), set())  # "at Blenheim": Blenheim Palace
            if not longer and c.text not in GIVEN_NAMES and not a_place:  # "Japan's Nippon" (GPE) = Nippon Foundry
                longer = first_words.get(("organisation", c.text.lower()), set()) \
                    or first_words.get(("place", c.text.lower()), set())  # "Payam" = Payam … Airport
            if len(longer) > 1 and c.type == "organisation":
                # "the House" beside "House of Representatives" and "House Intelligence Committee":
                # the bare word is the head noun of "House of …" only (a modifier in the other);
                # a place word stays itself ("the Gulf" beside "Gulf of Oman" and "Gulf Coast")
                longer = {name for name in longer if name.split()[1:2] == ["of"]}
            canonical = next(iter(longer)) if len(longer) == 1 else None
        if canonical is None and c.type == "place":
            # "Qom" = "Qom Province": a province by its town's name (one such division named)
            divisions = [f"{c.text} {word}" for word in DIVISION_WORDS if f"{c.text} {word}" in places_seen]
            canonical = divisions[0] if len(divisions) == 1 else None
        if canonical is None and c.type == "organisation" and " " not in c.text:
            canonical = by_founder.get(c.text)  # "Disney" = "Walt Disney Company"
        if canonical is None and c.text.endswith("s") and c.text[:-1] in names_seen:
            canonical = c.text[:-1]  # "the Houthis" = "Houthi"
        if canonical is None and " " not in c.text.strip() and not a_place and c.type in ("organisation", "place") \
                and c.text not in COUNTRIES and c.text not in REGIONS and alias_of(c.text) not in COUNTRIES:
            # (a country is its national side, not "Wales Students" nor "Australia Rugby")
            if clubs is None:
                clubs = clubs_by_nickname_and_town(ctx.doc, others)
            canonical = clubs.get(norm(c.text))  # "Spurs" = Tottenham, "Madrid midfielder Guti" = Real Madrid
        c.key = f"{c.type}:{norm(canonical or c.text)}"
    vote_types(others, lambda c: c.key.split(":", 1)[1])
    for c in others:
        c.key = f"{c.type}:{c.key.split(':', 1)[1]}"


# A country's divisions named after their main town: "Qom Province", "Hyogo Prefecture"
DIVISION_WORDS = ("Province", "Prefecture", "Governorate", "Oblast")


def founders_surnames(others: list[Candidate]) -> dict[str, str]:
    """"Disney" → "Walt Disney Company", "Marlow" → "Henry Marlow Company": a firm named after its
    founder in full (a first name, the surname, then a body word) goes by the surname alone.
    Only a surname one such name has; no place ("Paris" is not the "Hotel Paris Company")."""
    found: dict[str, set[str]] = {}
    for o in others:
        words = o.text.split()
        if o.type == "organisation" and len(words) == 3 and words[2].lower() in ORG_WORDS \
                and all(w[:1].isupper() and w.isalpha() and not w.isupper() for w in words[:2]) \
                and words[0].lower() not in DEMONYMS and words[0] not in PLACES and words[1] not in PLACES \
                and words[0].lower() not in ORG_WORDS | BODY_WORDS and words[1].lower() not in ORG_WORDS | BODY_WORDS:
            found.setdefault(words[1], set()).add(o.text)
    return {surname: names.pop() for surname, names in found.items() if len(names) == 1}


# Words beside a town in a club's name ("Bolton Wanderers", "Real Madrid", "Newcastle Falcons"):
# a body named so is a club ("BBC Newcastle" and "Leicester's England" are none).
CLUB_WORDS = frozenset("""united city rovers wanderers athletic albion town county rangers hotspur villa forest
palace orient real atletico ac inter fc sporting dynamo falcons tigers sharks saints warriors""".split())


def clubs_by_nickname_and_town(doc, others: list[Candidate]) -> dict[str, str]:
    """In a sports report, the club a bare name stands for, keyed by the name's `norm`: a
    nickname whose club the article names ("Spurs" with "Tottenham", `CLUB_NICKNAMES`), and a
    town that opens or ends the name of exactly one club the article names (a known club or a
    name with a club's word: "Madrid" with "Real Madrid", "Bolton" with "Bolton Wanderers"; not
    "Manchester" beside Manchester United and Manchester City). {} outside a sports report: "the Saints" or "Madrid" there is no club."""
    if not a_sports_report(doc):
        return {}
    names = {c.text for c in others if c.type in ("organisation", "place")}
    out: dict[str, str] = {}
    for nickname, clubs in CLUB_NICKNAMES.items():
        named = [club for club in clubs if club in names]
        longest = max(named, key=len) if named else ""
        if named and all(longest.startswith(club) for club in named):  # "Tottenham" and "Tottenham Hotspur":
            out[nickname] = longest  # one club; "St Mirren" and "St Johnstone" are two "Saints"
    bodies: dict[str, set[str]] = {}
    for c in others:
        words = c.text.split()
        if c.type == "organisation" and len(words) == 2 and (c.text in CLUBS or words[0].lower() in CLUB_WORDS
                                                             or words[1].lower() in CLUB_WORDS):
            for word in words:
                bodies.setdefault(norm(word), set()).add(c.text)
    for word, found in bodies.items():
        if len(found) == 1 and word not in out:
            out[word] = found.pop()
    return out


# Words after a bare name that make it a settlement ("the Millford town council") and the
# prepositions of place before one ("residents of Millford", "in Millford").
SETTLEMENT_WORDS = frozenset("town city village county borough district region council residents".split())
PLACE_PREPOSITIONS = frozenset("in of from at near to outside across around".split())
# What a town has and a club does not, after the town's possessive ("Leicester's mayor").
# ("council" is not one: "the CBI's SME Council" is the body's.)
CIVIC_NOUNS = frozenset("""mayor government governor residents people citizens population police streets economy
hospitals schools""".split())


def used_as_a_place(doc, c: Candidate) -> bool:
    """A single-word name the text uses as a place: before a settlement word whatever the model
    called it ("the Millford town council"), or after a preposition of place when the model
    read it as a place ("residents of Millford"; "the head of Oxfam" stays a body's name)."""
    before = doc[c.token_start - 1].lower_ if c.token_start else ""
    after = doc[c.token_end].lower_ if c.token_end < len(doc) else ""
    owner_of = doc[c.token_start].head
    if after in ("'s", "’s") and owner_of.pos_ == "NOUN" and owner_of.lower_ in CIVIC_NOUNS:
        return True  # "Leicester's mayor", "Madrid's regional government": the town, even in a sports report
    return after in SETTLEMENT_WORDS or c.type == "place" and before in PLACE_PREPOSITIONS


def parenthetical_aliases(doc, candidates: list[Candidate]) -> dict[str, str]:
    """"Harlow Water and Power Company (HWP)": the article defines its own short form; "the RMT
    union (National Union of Rail, …)": or spells out a short form in brackets after it (and a
    lower-case noun for what it is)."""
    out: dict[str, str] = {}
    by_start = {c.token_start: c for c in candidates}
    for c in candidates:
        k = c.token_end
        if len(c.text.split()) > 1 and k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")" \
                and doc[k + 1].text[:1].isupper():
            out.setdefault(doc[k + 1].text, c.text)
        elif " " not in c.text and c.text.isupper() and k + 1 < len(doc):
            k += doc[k].is_lower and doc[k].pos_ == "NOUN"  # "the RMT union (…)"
            inner = by_start.get(k + 1) if k + 1 < len(doc) and doc[k].text == "(" else None
            if inner is not None and len(inner.text.split()) > 2 and inner.token_end < len(doc) \
                    and doc[inner.token_end].text == ")" and inner.type == c.type:
                out.setdefault(c.text, inner.text)
    return out


# Words that give a person's other name right after them: "real name Calvin Moss", "whose birth
# name is …" (a stage name and the name on the birth certificate are one person).
OTHER_NAME_WORDS = frozenset({"real", "birth", "true"})


def merge_birth_names(ctx, people: list[Candidate]) -> None:
    """"Dusty Marsh was born Harold James Marsh", "Lil Corvo - real name Dario Menton -",
    "Kira Vell, whose real name is Anna Posk": one person under two names."""
    doc = ctx.doc
    by_token = {i: c for c in people for i in range(c.token_start, c.token_end)}
    for c in people:
        other = None
        if c.token_start > 0 and doc[c.token_start - 1].lower_ in ("born", "née", "nee"):
            verb = doc[c.token_start - 1]
            subjects = [t for t in verb.children if t.dep_ in ("nsubj", "nsubjpass") and t.i in by_token]
            other = by_token[subjects[0].i] if subjects else None
            if other is None and c.token_start > 1 and doc[c.token_start - 2].text in (",", "-", "–", "—", "("):
                other = _person_just_before(doc, people, c.token_start - 2)  # "Dusty Marsh (born Harold Marsh)"
        elif (phrase := _other_name_phrase(doc, c.token_start)) >= 0:
            other = _person_just_before(doc, people, phrase)
        if other is not None and other is not c:
            old, new = c.key, other.key
            for p in people:
                if p.key == old:
                    p.key = new


def _other_name_phrase(doc, start: int) -> int:
    """Where "real name", "whose real name is", "his birth name was" opens, when it ends just
    before token `start`; -1 when none does."""
    i = start - 1
    if i >= 0 and doc[i].lower_ in ("is", "was"):
        i -= 1
    if i < 1 or doc[i].lower_ != "name" or doc[i - 1].lower_ not in OTHER_NAME_WORDS:
        return -1
    i -= 1
    if i > 0 and doc[i - 1].lower_ in ("whose", "his", "her", "their"):
        i -= 1
    return i


def _person_just_before(doc, people: list[Candidate], before: int) -> Candidate | None:
    """The person named last before token `before` in its sentence, with at most a few words
    between: the comma, dash or bracket before "real name" ("Lil Corvo - real name …")."""
    sent_start = doc[before].sent.start if before < len(doc) else 0
    found = [p for p in people if sent_start <= p.token_start and p.token_end <= before]
    if not found:
        return None
    last = max(found, key=lambda p: p.token_end)
    return last if before - last.token_end <= 3 else None


# Shorter names are too often two real names one letter apart ("Iran", "Iraq"; "Khan", "Kahn").
SHORTEST_VARIANT = 5


def join_spelling_variants(candidates: list[Candidate]) -> None:
    """One name spelled two ways in one article is one actor: a typo or a transliteration
    ("Chriac" after "Jacques Chirac", "Qasim" after "Yahya Qasem", "Deirdre" after "Dierdre
    Coleman", "Haghia Sophia" and "Hagia Sophia", "Media Lab Europe" and "Media Labs Europe").
    A bare name that no full name explains joins the one full name whose surname or first name
    is one edit from it, or whose middle word it is ("Rosselló" for "Ricardo Rosselló
    Nevares": a two-part surname); other names join the more frequent name of their type one
    edit away. Names of at least five letters only, never two known names, never acronyms."""
    keys: dict[str, list[Candidate]] = {}
    for c in candidates:
        keys.setdefault(c.key, []).append(c)
    people = {k: m for k, m in keys.items() if k.startswith("person:")}
    full = [k for k in people if " " in k]
    explained = {fold(surname(m.text)).lower() for k in full for m in people[k] if " " in m.text}
    by_part: dict[str, set[str]] = {}  # a deletion variant of a first name or surname → full keys
    middles: dict[str, set[str]] = {}
    for k in full:
        words = fold(k.split(":", 1)[1]).split()
        for word in (words[0], words[-1]):
            if len(word) >= SHORTEST_VARIANT:
                for v in one_deletion_variants(word):
                    by_part.setdefault(v, set()).add(k)
        for word in words[1:-1]:
            middles.setdefault(word, set()).add(k)
    remap: dict[str, str] = {}
    for k, members in keys.items():
        # A bare name the model typed as anything ("Chriac" tagged ORG) may be a person's.
        name = fold(k.split(":", 1)[1])
        if " " in name or name in explained or len(name) < SHORTEST_VARIANT or members_all_caps(members) \
                or known_name(members) or k in full:
            continue
        near = {f for v in one_deletion_variants(name) for f in by_part.get(v, ())
                if any(a_misspelling(name, w) for w in (fold(f.split(":", 1)[1]).split()[0],
                                                         fold(f.split(":", 1)[1]).split()[-1]))}
        if not near:
            near = middles.get(name, set())
        if len(near) == 1:
            remap[k] = near.pop()
            for c in members:
                c.type = "person"
    others = {k: m for k, m in keys.items() if not k.startswith("person:") and k not in remap}
    # The names long enough and not in capitals, indexed by type and deletion variant (each
    # name's test and split done once for both loops).
    index: dict[str, dict[str, set[str]]] = {}
    eligible: dict[str, tuple[str, str]] = {}
    for k, members in others.items():
        kind, name = k.split(":", 1)
        if len(name) >= SHORTEST_VARIANT and not members_all_caps(members):
            eligible[k] = (kind, name)
            by_variant = index.setdefault(kind, {})
            for v in one_deletion_variants(name):
                by_variant.setdefault(v, set()).add(k)
    for k, (kind, name) in eligible.items():
        members = others[k]
        by_variant = index[kind]
        near = {o for v in one_deletion_variants(name) for o in by_variant.get(v, ())
                if o != k and a_misspelling(name, o.split(":", 1)[1])}
        near = {o for o in near if len(others[o]) > len(members) or len(others[o]) == len(members) and o < k}
        if len(near) == 1:
            target = near.pop()
            if not (known_name(members) and known_name(others[target])):
                remap[k] = target
    for c in candidates:
        c.key = remap.get(c.key, c.key)


# Verbs whose "as" names a body's first name: "was founded in 1987 as the Ratepayers League".
FOUNDING_VERBS = frozenset({"founded", "formed", "established", "created", "launched", "started", "registered",
                            "incorporated", "set"})


def join_former_names(doc, candidates: list[Candidate]) -> None:
    """"The Harbour Alliance was set up in 1987 as the Ratepayers League", "Norvik, formerly
    known as Nordic Rail": a body under its former name is one actor with it (as a person born
    under another name is: merge_birth_names)."""
    by_token = {i: c for c in candidates if c.type != "person" for i in range(c.token_start, c.token_end)}
    remap: dict[str, str] = {}
    for c in candidates:
        if c.type == "person":
            continue
        root = arrays_of(doc).root(c.token_start, c.token_end)
        other = None
        if root.dep_ == "pobj" and root.head.lower_ == "as" and root.head.head.lower_ in FOUNDING_VERBS:
            verb = root.head.head
            subject = next((t for t in verb.children if t.dep_ in ("nsubj", "nsubjpass")), None)
            other = by_token.get(subject.i) if subject is not None else None
        before = arrays_of(doc).lowers()[max(0, c.token_start - 4):c.token_start]  # [t.lower_ for t in doc[…]]
        if other is None and ("formerly" in before or before[-3:] in (["previously", "known", "as"],
                                                                       ["once", "known", "as"])):
            k = c.token_start - len(before) - 1  # the body just before ", formerly …"
            while k >= 0 and doc[k].text in (",", "(", "the"):
                k -= 1
            other = by_token.get(k)
        if other is not None and other is not c and other.key != c.key:
            remap[c.key] = (other.key, other.text)
    for c in candidates:
        if c.key in remap:  # the former name stands for the current one, which names the actor
            c.key, c.implied = remap[c.key]


def a_misspelling(a: str, b: str) -> bool:
    """One edit apart, with the first letter kept (no "Nelly" for Kelly) and not a plural or a
    demonym ("Richards" is not Richard, "the Scholls" a family, "Austrian" not Austria)."""
    return a[:1] == b[:1] and one_edit_apart(a, b) and a.rstrip("s") != b.rstrip("s") \
        and a not in DEMONYMS and b not in DEMONYMS and a.rstrip("n") != b.rstrip("n")


def members_all_caps(members: list[Candidate]) -> bool:
    return all(m.text.replace(".", "").isupper() for m in members)


def known_name(members: list[Candidate]) -> bool:
    return any(m.text in PLACES or m.text in KNOWN_ORGANISATIONS for m in members)


# "MacDonald" and "McDonald", "MacLeod" and "McLeod": one Gaelic prefix ("son of") written two
# ways; reporters mix them for one person. Only a capital after it counts ("Macey" is no Mac-name).
GAELIC_PREFIX = re.compile(r"^(?:Mac|Mc|M')(?=[A-Z])")


def merge_person_variants(people: list[Candidate]) -> None:
    """"Donald J. Trump", "Donald Trump" and "Don Trump" are one person: same surname, and
    the same first name or its usual short form ("Steve" Lorimer = "Steven" Lorimer); a surname
    written with "Mac" once and "Mc" once ("Ian MacDonald", "Ian McDonald") is the same surname
    when the first name is the same too."""
    by_first_last: dict[tuple[str, str], str] = {}
    remap: dict[str, str] = {}
    for c in people:
        parts = c.text.split()
        if len(parts) >= 2:
            first = NICKNAMES.get(parts[0].lower(), parts[0].lower())
            last = GAELIC_PREFIX.sub("Mc", fold(surname(c.text)))
            remap[c.key] = by_first_last.setdefault((first, last.lower()), c.key)
    for c in people:  # bare surnames follow the full name they were given to
        c.key = remap.get(c.key, c.key)


def introduced_as_relative(doc, c: Candidate, kin_first_names: frozenset[str] = frozenset()) -> bool:
    """"his daughter Nettie Marsh", "His parents, Arlo Fenn Sr. and …", "Maya Fenn,
    his wife", or a first name met as "whose daughter Lana"."""
    arrays = arrays_of(doc)  # asked for every person: the words read as plain strings
    texts, lowers, poses = arrays.texts(), arrays.lowers(), arrays.poses()
    k = c.token_start - 1
    # Back over the rest of a list of names: "His parents, Arlo Fenn Sr. and Iris …"
    while k > 0 and c.token_start - k < 10 and (poses[k] == "PROPN" or texts[k] in (",", "and")
                                               or lowers[k] in ("sr.", "jr.", "sr", "jr")):
        k -= 1
    before = set(lowers[max(0, k - 1):k + 1])
    after = [lowers[j] for j in range(c.token_end, min(c.token_end + 4, len(doc))) if texts[j] != ","]
    return bool(before & KIN or set(after[:2]) & KIN and after[:1] in (["his"], ["her"], ["their"])
                or c.text.split()[0] in kin_first_names or named_as_kin(doc, c))


def named_as_kin(doc, c: Candidate) -> bool:
    """"Her mother is professional skater Mina Arase", "Lee's brother was Tom Lee": the name
    is what a copula says a relative is (the relative is the subject, the name the predicate)."""
    root = arrays_of(doc).root(c.token_start, c.token_end)
    if root.dep_ != "attr":
        return False
    return any(s.dep_ in ("nsubj", "nsubjpass") and s.lower_ in KIN for s in root.head.children)


def _mentions_of(name: str, last_words: Counter, as_written: Counter) -> int:
    """People written with `name`'s surname as their last word, or as `name` itself (once
    each): sum(fold(p.text.split()[-1]) == fold(surname(name)) or p.text == name)."""
    key = fold(surname(name))
    both = as_written[name] if fold(name.split()[-1]) == key else 0  # counted by both tests
    return last_words[key] + as_written[name] - both


def longer_form(c: Candidate, others: list[Candidate], depth: int = 0, index=None) -> str | None:
    """longer_form_once, followed while it leads on: "Bank" → "Reserve Bank" → "Reserve Bank of Australia".
    `index`: _affix_index(others), when the caller asks for many candidates."""
    index = index or _affix_index(others)
    found = longer_form_once(c, others, index)
    if found is None or depth >= 2:
        return found
    via = index.first_with_text.get(found)  # the first of `others` written so
    return (longer_form(via, others, depth + 1, index) if via is not None else None) or found


def longer_form_once(c: Candidate, others: list[Candidate], index=None) -> str | None:
    """"House of Representatives" in "United States House of Representatives", "Watch Tower" in
    "Watch Tower Society", "Lords" in "House of Lords": the one longer organisation name that
    starts or ends with this one. Places are left alone ("Wales" is not "New South Wales")."""
    if c.type != "organisation" and (c.type == "person" or c.text in PLACES):
        return None  # "Sociedad" (tagged as a place) is Real Sociedad; "Madrid" stays the city
    index = index or _affix_index(others)
    found, counted = index.longer(c.text)
    if not counted and c.text.lower() in _BODY_OR_ORG_WORDS:  # "the Bank" after "Reserve Bank of Australia"
        return index.named_before(c, others)  # the nearest one named before
    if not counted and c.type == "organisation":
        return index.with_a_word_left_out(c) or index.clipped(c)
    return found


def _affix_index(others: list[Candidate]) -> "_AffixIndex":
    return _AffixIndex(others)


class _AffixIndex:
    """The organisation names among `others`, lower-cased, by every run of whole words they
    start or end with, with how often each original text occurs; built once, and each name's
    answer kept, so finding the longer forms of every name costs about one look-up each, not a
    scan of every candidate (quadratic on name-heavy text: issue 21's "capitalised soup")."""

    LONG = 12  # names of more words than this are few; they are scanned instead of split into every run

    def __init__(self, others: list[Candidate]) -> None:
        self.first_with_text: dict[str, Candidate] = {}
        self._texts: dict[str, Counter] = {}  # lower-cased name → its original texts → count
        self._ending: dict[str, set[str]] = {}  # x → names that end with " " + x
        self._starting: dict[str, set[str]] = {}  # x → names that start with x + " "
        self._long_by_last: dict[str, set[str]] = {}
        self._long_by_first: dict[str, set[str]] = {}
        self._generic: dict[str, list[tuple[int, int, str]]] = {}  # "bank" → (start, order, text) of longer names with it
        self._answers: dict[str, tuple[str | None, bool]] = {}
        self._first_start: dict[str, int] = {}  # lower-cased name → where it is first written
        self._after_a_lead: dict[str, set[str]] = {}  # "expediency" → {"iranian expediency discernment council"}
        for order, o in enumerate(others):
            self.first_with_text.setdefault(o.text, o)
            if o.type != "organisation":
                continue
            lower = o.text.lower()
            if lower not in self._texts:
                self._texts[lower] = Counter()
                self._add_runs(lower)
                lead, _, rest = lower.partition(" ")
                if lead in _NATIONAL_LEADS and " " in rest:
                    self._after_a_lead.setdefault(rest.split(" ", 1)[0], set()).add(lower)
            self._texts[lower][o.text] += 1
            self._first_start.setdefault(lower, o.start)
            for word in set(lower.split()) & _BODY_OR_ORG_WORDS:
                if len(o.text) > len(word):
                    self._generic.setdefault(word, []).append((o.start, order, o.text))
        for entries in self._generic.values():
            entries.sort()

    def _add_runs(self, lower: str) -> None:
        if lower.count(" ") > self.LONG:
            self._long_by_first.setdefault(lower.split(" ", 1)[0], set()).add(lower)
            self._long_by_last.setdefault(lower.rsplit(" ", 1)[-1], set()).add(lower)
            return
        at = lower.find(" ")
        while at >= 0:
            self._starting.setdefault(lower[:at], set()).add(lower)
            self._ending.setdefault(lower[at + 1:], set()).add(lower)
            at = lower.find(" ", at + 1)

    def around(self, mine: str) -> Counter:
        """Original text → count of the organisation names that end with " " + mine or start
        with mine + " " (each candidate counted once)."""
        found = self._ending.get(mine, set()) | self._starting.get(mine, set())
        found |= {n for n in self._long_by_last.get(mine.rsplit(" ", 1)[-1], ()) if n.endswith(" " + mine)}
        found |= {n for n in self._long_by_first.get(mine.split(" ", 1)[0], ()) if n.startswith(mine + " ")}
        out: Counter = Counter()
        for lower in found:
            out.update(self._texts[lower])
        return out

    def longer(self, text: str) -> tuple[str | None, bool]:
        """The longer name `text` stands for, if one stands out, and whether any was found."""
        if text not in self._answers:
            counts = {longer: n for longer, n in self.around(text.lower()).items() if len(longer) > len(text)}
            self._answers[text] = (_the_one(counts), bool(counts))
        return self._answers[text]

    def with_a_word_left_out(self, c: Candidate) -> str | None:
        """"the Greek Federation" after "the Greek Athletics Federation": the one organisation
        named before `c` with the same first and last words and more words between them, of
        which `c` keeps the rest in order (the words left out name no body of their own)."""
        words = c.text.lower().split()
        if len(words) < 2:
            return None
        # "the Expediency Council" after "the Iranian Expediency Discernment Council": a nationality
        # or a national short form before the long name is left out with the middle word
        starting = self._starting.get(words[0], set()) | self._after_a_lead.get(words[0], set())
        found = {name for name in starting
                 if name.endswith(" " + words[-1]) and len(name.split()) > len(words)
                 and self._first_start.get(name, c.start) < c.start and _keeps_in_order(words, name.split())}
        if len(found) != 1:
            return None
        name = found.pop()
        if set(name.split()) - set(words) & (BODY_WORDS | ORG_WORDS):
            return None  # "Royal Society" is not the "Royal Society of Arts Council"
        return self._texts[name].most_common(1)[0][0]

    def clipped(self, c: Candidate) -> str | None:
        """"the Fed" after "the US Federal Reserve", "the Met" after "the Metropolitan Police":
        a one-word name that is the clipped first word of one organisation named before it
        (a national short form or a nationality before that word may stand in front)."""
        word = c.text
        if " " in word or len(word) < 3 or not word[:1].isupper() or word.isupper() or not word.isalpha():
            return None
        low = word.lower()
        found = set()
        for name, first in self._first_start.items():
            if first >= c.start:
                continue
            words = name.split()
            while len(words) > 2 and (words[0].upper() in PREFIX_FORMS or words[0] in DEMONYMS):
                words = words[1:]
            if len(words) > 1 and words[0].startswith(low) and len(words[0]) >= len(low) + 2:
                found.add(name)
        return self._texts[found.pop()].most_common(1)[0][0] if len(found) == 1 else None

    def named_before(self, c: Candidate, others: list[Candidate]) -> str | None:
        """The nearest longer organisation name before `c` with `c`'s word in it, or None."""
        mine = c.text.lower()
        if len(mine) != len(c.text):  # lower-casing changed the length: the plain scan
            before = [o for o in others if o.type == "organisation" and o.start < c.start
                      and len(o.text) > len(c.text) and mine in o.text.lower().split()]
            return max(before, key=lambda o: o.start).text if before else None
        entries = self._generic.get(mine, [])
        at = bisect.bisect_left(entries, (c.start,))
        if not at:
            return None
        nearest = entries[at - 1][0]
        return entries[bisect.bisect_left(entries, (nearest,))][2]  # the first of them when several start there


# What may stand before a body's name and be left out of its short form: "Iranian", "US"
_NATIONAL_LEADS = DEMONYMS | {form.lower() for form in PREFIX_FORMS}


def _keeps_in_order(short: list[str], long: list[str]) -> bool:
    """Every word of `short` in `long`, in the same order."""
    it = iter(long)
    return all(word in it for word in short)


def _the_one(counts: dict[str, int]) -> str | None:
    if len(counts) == 1:
        return next(iter(counts))
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    # "the Court" after many "Supreme Court"s and one "Court of Session", "the House" after many
    # "House of Representatives" and one "House Judiciary Committee": the one the article is about
    if len(ranked) > 1 and ranked[0][1] >= 2 * ranked[1][1]:
        return ranked[0][0]
    return None


def one_actor_per_name(clusters: dict[str, list[Candidate]]) -> dict[str, list[Candidate]]:
    """"Gloucester" the club (ORG) and "Gloucester" tagged PERSON are one actor for the reader:
    clusters of different types that end up with the same name merge, and the type most of
    their mentions carry wins. Two bodies or places that end up with one name ("Liberal
    Democrats" and "Lib Dems", whose known short form names the party in full) are one too."""
    by_name: dict[str, list[str]] = {}
    for key, members in clusters.items():
        by_name.setdefault(norm(canonical_name(key, members)), []).append(key)
    for keys in by_name.values():
        kinds = {k.split(":", 1)[0] for k in keys}
        if len(keys) < 2 or kinds == {"person"}:
            continue  # two people called Khan keep their own clusters
        keys.sort(key=lambda k: len(clusters[k]), reverse=True)
        winner = clusters[keys[0]]
        for other in keys[1:]:
            winner.extend(clusters.pop(other))
        for c in winner:
            c.type = winner[0].type
        winner.sort(key=lambda c: c.start)
    return clusters


def canonical_name(key: str, members: list[Candidate]) -> str:
    kind, _, norm_name = key.partition(":")
    for m in members:  # "US" → United States; "Tory", "Tories" → Conservative Party
        target = alias_of(m.text)
        if target and norm(target) in (norm_name, norm(m.text)) or target and norm(m.text) == norm_name:
            return target
    texts = [m.implied or m.text for m in members]
    if kind == "person":  # the full name the article uses most ("Dusty Marsh", not his birth name)
        full = [t for t in texts if " " in t] or texts
        counts = _counts(full)  # (`full.count` for each member was quadratic in the mentions)
        return max(full, key=lambda t: (counts[t], len(t.split()), len(t)))
    # Not a generic word ("the Bank") when the article names the body; then the spelled-out name
    # over an acronym, then the most frequent spelling.
    named = [t for t in texts if t.lower() not in _BODY_OR_ORG_WORDS] or texts
    counts = _counts(named)
    return max(named, key=lambda t: (not t.replace(".", "").isupper(), counts[t], len(t)))


def _counts(texts: list[str]) -> dict[str, int]:
    """How often each text occurs (a Counter costs more for the few mentions of most names)."""
    counts = dict.fromkeys(texts, 0)
    for text in texts:
        counts[text] += 1
    return counts


# Unions of word sets the conditions above test, built once (a `|` inside a condition builds
# a new set each time it is evaluated).
_BODY_OR_ORG_WORDS = BODY_WORDS | ORG_WORDS
