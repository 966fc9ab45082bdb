"""What kind of actor a name stands for: person, organisation, place or group — or none.

The model's label is the first evidence; the rules here correct it from the name itself
(a party, a known body, a given name first), from its neighbours (a job before it, a company
noun, a chamber), from grammar (a nationality that acts as a subject) and from the rest of
the article (a single-token mention equal to a known person's surname is that person; one
name keeps one type). Which names are no actors at all — things, schemes, laws — is
decided in `things`; titles of works in `works`.
"""
from __future__ import annotations

import re
from collections import Counter

from ..arrays import of as arrays_of

from ..gazetteer import COUNTRIES, DEMONYMS, GIVEN_NAMES, KNOWN_ORGANISATIONS, OCCUPATIONS, PLACES, REGIONS
from ..lexicon import HONORIFIC_TITLES, TITLE_WORDS, looks_like_a_job, singular
from ..names import INITIAL, NAME_PARTICLES, alias_of, fold, surname
from ..person_nouns import PERSON_NOUNS
from .candidate import Candidate
from .words import (
    BODY_WORDS, CHAMBERS, COMPANY_NOUNS, FIRM_PLURALS, FRAGMENT_TITLES, MEDIA_NOUNS, NOT_PERSON_TAILS, ORG_WORDS, OUTLET_AFTER,
    OUTLET_BEFORE, PARTIES, PUBLISHING_VERBS, ROLE_OF, STYLE_WORDS, THING_CLASSIFIERS, WORK_NOUNS, WRITING_NOUNS,
)

def corrected_type(doc, c: Candidate) -> str:
    """The model's label, corrected where the name itself says otherwise."""
    words = c.text.split()
    lower = [w.lower() for w in words]
    # Asked of every name: the words around it read as plain strings (a Token is built on each
    # look at `doc[i]`; negative indices wrap round on both alike).
    arrays = arrays_of(doc)
    texts, lowers, deps = arrays.texts(), arrays.lowers(), arrays.deps()
    if c.text.lower().rstrip("s") in PARTIES or c.text in KNOWN_ORGANISATIONS:
        return "organisation"  # "Liberal Democrats" tagged PERSON, "Everton" tagged PERSON
    if named_by_a_style(doc, c.token_start, c.token_end):
        return "person"  # "Prince Regent" tagged ORG: a person named by a title and a style
    alias = alias_of(c.text)
    if c.type == "organisation" and alias in PLACES and published_as(doc, c.token_start, c.token_end):
        return "organisation"  # "The Atlantic reported": the magazine
    if alias in PLACES:
        return "place"  # "US" tagged ORG
    if c.type == "place" and c.token_start > 0 and lowers[c.token_start - 1] == "in" \
            and deps[c.token_start] == "pobj" and c.token_end - c.token_start == 1:
        c.located = True  # "a crowd in Porto": the model's place, where something happens
    c.acts = deps[c.token_end - 1] in ("nsubj", "nsubjpass")  # "Kelso won": a team, a body
    first_is_given = words[0].split("-")[0] in GIVEN_NAMES or bool(INITIAL.match(words[0]))
    if c.type != "person" and 2 <= len(words) <= 3 and first_is_given \
            and all(w[:1].isupper() for w in words) and c.text not in PLACES \
            and not set(lower) & _ORG_TITLE_OR_TAIL_WORDS:
        return "person"  # "Yann Ducasse" (ORG), "Pepito Arrieta" (GPE), "C Pellow" (ORG)
    if c.type == "place" and c.text not in PLACES and c.token_end < len(doc) and lowers[c.token_end] in WORK_NOUNS \
            and makes_a_work(doc, c):
        return "person"  # "the Harold Venn film" tagged GPE
    if c.type == "place" and len(words) > 1 and c.text not in PLACES and a_body_by_its_last_word(lower):
        return "organisation"  # "Kestrel County Council", "Dunmore Superior Court" tagged GPE: bodies in a place
    if c.type == "organisation" and len(words) > 1 and lower[-1] in VENUE_WORDS and not c.acts and at_a_venue(doc, c):
        return "place"  # "at the Kestrel Arena", "in Tarn Park": a building or ground (not "the Tarn Theatre said")
    if c.type == "person" and c.token_start > 1 and texts[c.token_start - 1] == "The" \
            and words[0] not in GIVEN_NAMES and after_company_noun(doc, c.token_start):
        # "the anti-poverty organization The Lantern Seed Dunmore" tagged PERSON (but "its
        # operator Jong Woo Son" is a person: no one is named with a capital "The")
        return "organisation"
    if c.type == "person" and words[0] not in GIVEN_NAMES and c.token_start > 0 \
            and lowers[c.token_start - 1] in ACTS_AS_ONE and after_company_noun(doc, c.token_start):
        return "organisation"  # "the band Kestrel Nine" tagged PERSON: a band is a body, not a person
    if c.type == "person" and c.token_start > 0 and words[0] not in GIVEN_NAMES and not INITIAL.match(words[0]) \
            and not set(lower) & TITLE_WORDS and (
            lowers[c.token_start - 1] in GERMAN_ARTICLE_CONTRACTIONS
            or len(words) >= 2 and texts[c.token_start - 1] == "the"
            and not (c.token_end < len(doc) and doc[c.token_end].is_lower and doc[c.token_end].pos_ == "NOUN")):
        # "sagte Jonas Keller vom [Deutschen Hafenbund]", "of the [Deutschen Hafenbund]" tagged
        # PERSON: a name after "the" (not a modifier: "the Harold Venn film") or after German
        # "vom"/"zum" with no given name is a body
        return "organisation"
    if c.type == "person" and len(words) >= 2 and words[0] not in GIVEN_NAMES and lower[-1] in FIRM_PLURALS:
        return "organisation"  # "Google acquired Pyrex Labs": a firm's plural (seen 2026-12-02, second sample)
    if len(words) == 1 and c.text not in GIVEN_NAMES and a_side_in_a_result(doc, c):
        return "organisation"  # "Parma beat Lazio 2-1", "Boston lost to Denver 3-1": the town's team
    if c.type == "person" and len(words) == 1:
        token = doc[c.token_start]
        if c.text in PLACES:
            return "place"  # "Surrey" tagged PERSON
        if c.text not in GIVEN_NAMES and not a_surname_in(doc, c.text):
            k = c.token_end + (c.token_end < len(doc) and texts[c.token_end] == ",")
            if k < len(doc) and lowers[k] == "which":
                return "organisation"  # "a suit brought by Veltrix which claimed …": "which" is never for a person
            if c.token_start > 0 and lowers[c.token_start - 1] == "in" and token.dep_ == "pobj" \
                    and token.head.head.lower_ not in TRUST_NOUNS and lowers[c.token_start - 2] not in TRUST_NOUNS \
                    and (c.token_end >= len(doc) or doc[c.token_end].tag_ != "POS"):
                return "place"  # "the café in Tarragó closed": no one is "in" a person (not "faith in Ana")
        if c.token_start >= 2 and lowers[c.token_start - 1] == "the" and token.dep_ == "pobj" \
                and lowers[c.token_start - 2] in VENUE_PREPOSITIONS:
            return "place"  # "a gig at the Castelao": a person is never "at the" someone
        if c.token_start >= 1 and lowers[c.token_start - 1] == "the" and c.text.endswith("s") \
                and not c.text.endswith("ss") and not a_people(c.text) and c.text not in GIVEN_NAMES:
            return "organisation"  # "the Blues lost", "the Saints": a team or a band, never one person
        token = doc[c.token_start]
        if token.dep_ == "compound" and token.head.pos_ == "NOUN" and token.head.is_lower and c.token_start > 0 \
                and (lowers[c.token_start - 1] == "the" or doc[c.token_start - 1].tag_ == "POS"):
            # "The Wooster professor", "Tuesday's Ecofin meeting": a name used as a modifier of a
            # thing is a body, not a person (a known surname is made a person again later)
            return "organisation"
    return c.type


# German preposition + article in one word, before a body's or place's name, never a person's.
GERMAN_ARTICLE_CONTRACTIONS = frozenset({"vom", "zum", "zur", "beim"})
# Nouns one has "in" a person: "faith in Moravec", "interest in Castell".
TRUST_NOUNS = frozenset({"faith", "trust", "confidence", "belief", "interest", "hope", "hopes", "stake"})


def a_surname_in(doc, word: str) -> bool:
    """Whether the article names a person whose last name is this word ("Ana Ruiz" … "Ruiz")."""
    arrays = arrays_of(doc)
    memo = arrays.memo("surnames")  # the last words of the doc's people, listed once for each doc
    surnames = memo.get("")
    if surnames is None:
        texts = arrays.texts()
        surnames = memo[""] = {texts[e.end - 1] for e in arrays.ents() if e.label_ == "PERSON" and len(e) > 1}
    return word in surnames


# Nouns for a body of several people named straight after them ("the band Kestrel Nine").
ACTS_AS_ONE = frozenset({"band", "group", "duo", "trio", "quartet", "orchestra", "choir", "firm", "company", "label",
                         "charity"})
# Verbs that report a match's result, with the side that won or lost as their subject.
RESULT_VERBS = frozenset("""beat beats defeated defeats drew draws lost loses thrashed thrash edged edge
trounced hammered routed overcame""".split())


# Courts by rank: "the Kestrel County Superior Court" is a body; "Earl's Court" a district.
COURT_RANKS = frozenset({"superior", "supreme", "high", "crown", "district", "county", "federal", "appeals",
                         "magistrates", "constitutional", "criminal", "circuit", "sheriff", "family", "appellate"})


def a_body_by_its_last_word(lower: list[str]) -> bool:
    """A name ending in a word for a body ("… Council", "… University", "… Agency") or in a court
    of some rank ("… Superior Court") names that body, not a place — but a "Centre" or "Center"
    is as often the building."""
    last = lower[-1]
    return last in BODY_WORDS and last not in ("center", "centre") or last == "court" and lower[-2] in COURT_RANKS


def a_side_in_a_result(doc, c: Candidate) -> bool:
    """"Parma beat Lazio 2-1", "Boston lost to Denver 3-1", "Luton drew with Millwall 0-0": a
    one-word name that wins, loses or draws in a sentence giving a score is a team, whatever the
    model called it. A person who is the subject stays a person (the article names tennis
    players in full: fix_person_surnames makes the bare surname the person again)."""
    token = doc[c.token_start]
    verb = token.head
    if token.dep_ == "pobj" and verb.lower_ in ("to", "with", "against"):
        verb = verb.head
    if token.dep_ not in ("nsubj", "dobj", "pobj") or verb.lower_ not in RESULT_VERBS:
        return False
    sent = token.sent
    return any(t.like_num and t.i + 2 < sent.end and doc[t.i + 1].text in ("-", "–") and doc[t.i + 2].like_num
               for t in doc[verb.i:min(sent.end, verb.i + 12)])


# Last words of the names of buildings and grounds: "the Kestrel Arena" is a place, whatever the label.
VENUE_WORDS = frozenset("""stadium arena theatre theater park ground grounds square palace castle
cathedral abbey racecourse velodrome""".split())
# Prepositions of place: "at the X", "outside the X" is a venue when the model thought X a person.
VENUE_PREPOSITIONS = frozenset({"at", "in", "inside", "outside", "near", "into", "from", "to"})


def at_a_venue(doc, c: Candidate) -> bool:
    """"at the Kestrel Arena", "in Tarn Park": a preposition of place (and "the") before the name."""
    k = c.token_start - 1
    k -= k >= 0 and doc[k].lower_ == "the"
    return k >= 0 and doc[k].lower_ in VENUE_PREPOSITIONS


def published_as(doc, start: int, end: int) -> bool:
    """"The Atlantic reported", "told The Atlantic", "an essay for The Atlantic", "writing in The
    Economist": a name after a capitalised "The" that publishes, reports or is written for is a
    publication — "crossed the Atlantic" stays the ocean."""
    first = start if doc[start].lower_ == "the" else start - 1
    if first < 0 or doc[first].text != "The":
        return False
    after = doc[end].lower_ if end < len(doc) else ""
    if after in PUBLISHING_VERBS or after in OUTLET_AFTER:
        return True
    before = [t.lower_ for t in doc[max(0, first - 3):first]]
    if before[-1:] and before[-1] in OUTLET_BEFORE or before[-2:] == ["according", "to"]:
        return True
    return bool(before[-1:]) and before[-1] in ("for", "in", "to", "with") and any(
        w in WRITING_NOUNS or w in ("wrote", "writing", "writes", "interview", "told", "published") for w in before[:-1])


def named_by_a_style(doc, start: int, end: int) -> bool:
    """"Queen Mother", "Prince Regent", "Princess Royal": a title and a style word are the whole of
    how the person is named (no "Mother" is left as a name)."""
    # Asked of every name several times: read on the doc's word lists (a Token, and a Span for
    # the rest, only for a title word).
    arrays = arrays_of(doc)
    return end - start >= 2 and arrays.lowers()[start] in TITLE_WORDS and bool(arrays.column_list("IS_TITLE")[start]) \
        and all(t.lower_ in STYLE_WORDS and t.is_title for t in doc[start + 1:end])


def fix_person_surnames(ctx, candidates: list[Candidate]) -> None:
    """Relabel surname-only mentions and add the ones the model missed."""
    doc = ctx.doc
    split_glued_names(doc, candidates)
    labels: dict[str, list[str]] = {}
    for c in candidates:
        labels.setdefault(c.text, []).append(c.type)
    for c in candidates:  # "Skylark Air" tagged PERSON once and ORG twice is an organisation
        votes = labels[c.text]
        if c.type == "person" and (ORG_WORDS & set(c.text.lower().split())
                                   or votes.count("person") < len(votes) / 2):
            # Ties go to "organisation", as in vote_types: never to set iteration order,
            # which changes with Python's hash seed from run to run.
            labels_left = sorted(set(votes) - {"person"}) or ["organisation"]
            c.type = max(labels_left, key=lambda t: (votes.count(t), t == "organisation"))
    addressed = addressed_surnames(doc)
    for c in candidates:  # "Hanno Brecht predicted …" tagged ORG, then "Mr Brecht said": a person
        if c.type != "person" and " " in c.text and c.text.split()[-1] in addressed \
                and _name_words(doc[c.token_start:c.token_end]) and c.text not in PLACES \
                and c.text not in KNOWN_ORGANISATIONS \
                and not {t.lower_ for t in doc[c.token_start:c.token_end]} & _BODY_OR_TAIL_WORDS:
            c.type = "person"
    org_first_words = {c.text.split()[0] for c in candidates if c.type == "organisation" and " " in c.text}
    for c in candidates:  # "Fenwick" after "Fenwick International" is the company
        if c.type == "person" and " " not in c.text and c.text in org_first_words:
            c.type = "organisation"
    full_names = {c.text for c in candidates if c.type == "person" and " " in c.text}
    # (a country ending a mis-tagged name, "Stade de France", is no surname: "France" stays a place)
    surnames = {surname(name) for name in full_names if surname(name) not in COUNTRIES or name.split()[0] in GIVEN_NAMES}
    surnames |= {fold(name) for name in surnames}
    # A given name the article also writes as the first name of one person ("Mia" after "Mia
    # Ball") is that person, whatever the model labelled it.
    firsts = Counter(name.split()[0] for name in full_names if name.split()[0] in GIVEN_NAMES)
    covered: set[int] = set()
    for c in candidates:
        if c.text in full_names or (" " not in c.text and fold(c.text) in surnames) \
                or " " not in c.text and firsts.get(c.text) == 1 and c.text not in PLACES:
            c.type = "person"
        covered.update(range(c.token_start, c.token_end))
    # Tokens equal to a known surname (or full name) that no entity covers.
    arrays = arrays_of(doc)  # the words and tags as plain strings, read at every capital
    texts, poses = arrays.texts(), arrays.poses()
    for token in ctx.capitalised:
        if token.i in covered or texts[token.i] not in surnames or poses[token.i] != "PROPN":
            continue
        prev = doc[token.i - 1] if token.i else None
        if prev is not None and prev.pos_ == "PROPN" and prev.is_title and prev.i not in covered \
                and prev.lower_ not in HONORIFIC_TITLES:
            continue  # "Sadiq Khan" the model missed: a different first name, not our Khan
        candidates.append(Candidate(token.idx, token.idx + len(token.text), token.text,
                                     "person", token.i, token.i + 1))


# Honorifics news writes only before a person's surname.
ADDRESS_FORMS = frozenset({"mr", "mrs", "ms", "miss", "mx"})


def addressed_surnames(doc) -> set[str]:
    """Words written after "Mr", "Mrs", "Ms" or "Miss" ("Mr Brecht"): surnames of people, so a
    full name ending in one is a person's, whatever the model called it."""
    arrays = arrays_of(doc)
    lowers = arrays.lowers()
    texts = arrays.texts()
    if not any(word.rstrip(".") in ADDRESS_FORMS for word in arrays.lower_words()):
        return set()  # gated: no "Mr" (or "Mrs." …) anywhere in the text
    return {texts[i + 1] for i in range(len(texts) - 1)
            if lowers[i].rstrip(".") in ADDRESS_FORMS and texts[i + 1][:1].isupper()}


def split_glued_names(doc, candidates: list[Candidate]) -> None:
    """"Senator from Vermont Bernie Sanders" comes out as the ORG "Vermont Bernie Sanders";
    when its last word is a surname used alone elsewhere, its last two words are a person."""
    lone_surnames = {c.text for c in candidates if " " not in c.text}
    for c in list(candidates):
        words = c.text.split()
        if c.type == "person" or len(words) < 3 or words[-1] not in lone_surnames:
            continue
        if words[-1].isupper() or words[-1] in PLACES or alias_of(words[-1]) in PLACES:
            continue  # "Amnesty International UK": a body's arm in a country, no surname
        first = doc[c.token_end - 2]
        if not (first.is_title and first.pos_ == "PROPN") or words[0].lower() in DEMONYMS \
                or {w.lower() for w in words[-2:]} & _CHAMBER_OR_BODY_WORDS:
            continue  # "Indian National Congress", "Kenyan National Assembly": a body's name
        rest = doc[c.token_start:c.token_end - 2]
        names_elsewhere = {o.text for o in candidates if o is not c}
        if len(words) == 3 and rest.text not in PLACES | names_elsewhere and all(
                t.pos_ == "PROPN" and t.is_title for t in doc[c.token_start:c.token_end]) \
                and not {w.lower() for w in words} & ORG_WORDS:
            c.type = "person"  # "Maya Ellery Fenn" tagged ORG: a three-part name
            continue
        candidates.remove(c)
        candidates.append(Candidate(first.idx, c.end, doc[c.token_end - 2:c.token_end].text,
                                     "person", c.token_end - 2, c.token_end))
        while len(rest) and rest[-1].lower_ in TITLE_WORDS:
            rest = rest[:-1]  # "United States Representative Elias Fenn"
        if rest.text in PLACES:  # "Vermont" of "Senator from Vermont Bernie Sanders"
            candidates.append(Candidate(rest.start_char, rest.end_char, rest.text, "place",
                                         rest.start, rest.end))


def plurals_take_the_singular_type(candidates: list[Candidate]) -> None:
    """"the Houthi movement" (ORG) … "the Houthis" (tagged PERSON): one group, one type."""
    singular = {c.text: c.type for c in candidates if c.type != "person"}
    for c in candidates:
        if c.type == "person" and " " not in c.text and c.text.endswith("s") and c.text[:-1] in singular:
            c.type = singular[c.text[:-1]]


def vote_types(candidates: list[Candidate], name_of) -> None:
    """One name, one actor: a name tagged GPE once and ORG twice is an organisation — unless
    the text puts something in the place and never makes it act."""
    votes: dict[str, dict[str, int]] = {}
    for c in candidates:
        counts = votes.setdefault(name_of(c), {})
        counts[c.type] = counts.get(c.type, 0) + 1
    located = {name_of(c) for c in candidates if c.located and c.type == "place"} \
        - {name_of(c) for c in candidates if c.acts and c.type != "place"}
    for c in candidates:
        # A name the text puts something in ("a crowd in Porto") is a place, however the model
        # labels it elsewhere ("the Porto set", "before Porto"): bodies are at or with, not in —
        # unless it also acts as a body would ("Kelso won": the town's team).
        c.type = "place" if name_of(c) in located else \
            max(votes[name_of(c)].items(), key=lambda kv: (kv[1], kv[0] == "organisation"))[0]


def before_a_job(doc, start: int, end: int) -> bool:
    """A name set off by an apposition that is a person's job ("Will Carrow, NCA director,
    said") names a person, whatever the label."""
    if end + 2 >= len(doc) or arrays_of(doc).texts()[end] != "," or not all(t.is_title for t in doc[start:end]) \
            or doc[start:end].text in PLACES:
        return False
    for k in range(end + 1, min(len(doc), end + 6)):
        if doc[k].text == ",":
            last = doc[k - 1].lower_
            return k > end + 1 and (last in TITLE_WORDS or last in OCCUPATIONS) and not doc[end + 1].is_sent_start
        if doc[k].pos_ in ("VERB", "AUX") or doc[k].is_punct:
            return False
    return False


def after_a_job(doc, start: int, end: int, titled: bool = False) -> bool:
    """A two- or three-word capitalised name straight after a person's job ("full-back Dusty
    Hare", "striker Kenji Oda", "qualifier Remi de Vaux") or a noun of nationality for one person
    ("Frenchman Lucien Moreau", "Irishmen Kit Dolan and …") names a person, whatever the label;
    with `titled`, only after a title inside the tagged span ("[Councillor Ivo Marsh]" tagged ORG).
    A job is a known occupation or a noun whose first WordNet sense is a person (noun.person),
    but not a noun that also names firms ("retailer", "lender", "insurer": COMPANY_NOUNS)."""
    if start < 1 or not 2 <= end - start <= 4:
        return False
    # Asked twice of most tagged names: the words read as plain strings, and the word before
    # the name first (it is rarely a job or a title, and then the name's words are not read;
    # every test here is a condition of the answer, so the order does not change it).
    arrays = arrays_of(doc)
    lowers = arrays.lowers()
    if titled:
        if not (lowers[start - 1] in HONORIFIC_TITLES and arrays.column_list("IS_TITLE")[start - 1]):
            return False
    elif not _a_job_before(doc, start):
        return False
    return _name_words_at(doc, start, end) and _BODY_OR_TAIL_WORDS.isdisjoint(lowers[start:end])


def _a_job_before(doc, start: int) -> bool:
    """The word before token `start` is a person's job or a nationality for one person."""
    arrays = arrays_of(doc)
    texts, lowers = arrays.texts(), arrays.lowers()
    before = lowers[start - 1]
    if one_person_of_a_nation(before):
        return True  # capitalised, like every nationality
    job = (f"{lowers[start - 3]}-{before}" if start >= 3 and texts[start - 2] == "-" else before)
    return bool(arrays.column_list("IS_LOWER")[start - 1]) and (
        job in OCCUPATIONS or before in OCCUPATIONS or looks_like_a_job(before)
        or before in PERSON_NOUNS and before not in COMPANY_NOUNS)


def _name_words(span) -> bool:
    """Capitalised proper nouns, with at most one lower-case particle inside ("Remi de Vaux");
    two to three words besides the particle, a hyphenated first name counting as one
    ("Anne-Lise Berg")."""
    return _name_words_at(span.doc, span.start, span.end)


def _name_words_at(doc, start: int, end: int) -> bool:
    """`_name_words(doc[start:end])`, without building the Span."""
    # Asked of many candidate names: read on the doc's arrays by index (no Token for each word).
    arrays = arrays_of(doc)
    texts, lowers, poses = arrays.texts(), arrays.lowers(), arrays.poses()
    spaces, upper = arrays.column_list("SPACY"), arrays.column_list("IS_UPPER")
    words = [i for i in range(start, end) if lowers[i] not in NAME_PARTICLES]
    if len(words) >= 4 and texts[words[1]] == "-" and not spaces[words[0]] and not spaces[words[1]]:
        words = words[2:]  # "Anne-Lise Berg": the second half of the first name stands for it
        start += 2
    return 2 <= len(words) <= 3 and end - start - len(words) <= 1 \
        and lowers[start] not in NAME_PARTICLES and lowers[end - 1] not in NAME_PARTICLES \
        and all(texts[i][:1].isupper() and not upper[i] and poses[i] == "PROPN" for i in words)  # "McManus" too


def one_person_of_a_nation(lower: str) -> bool:
    """"frenchman", "irishwoman", "irishmen", "scot", "briton", "dane": a nationality as a noun
    for one person (or, with "-men", for several named one by one) — not an adjective like
    "German" or "Welsh", which also opens the names of bodies ("German Football Association")."""
    singular = lower[:-3] + "man" if lower.endswith("men") else lower
    return singular in DEMONYMS and (singular.endswith(("man", "woman")) or singular in NATIONALITY_NOUNS)


# Nationalities whose noun for one person differs from the adjective ("a Dane", "Danish").
NATIONALITY_NOUNS = frozenset({"briton", "dane", "finn", "pole", "scot", "serb", "spaniard", "swede", "turk"})


def a_full_name(words) -> bool:
    """Two or three capitalised words, the first a given name, none a word of a body's name."""
    return 2 <= len(words) <= 3 and words[0].text in GIVEN_NAMES and all(t.is_title for t in words) \
        and not {t.lower_ for t in words} & _ORG_OR_TAIL_WORDS


def after_company_noun(doc, start: int) -> bool:
    """"security firm Symantec", "the charity The Open Door": a name in apposition to a company
    noun names the company."""
    tags = ("NOUN", "ADJ")  # the tagger reads "firm" before a name as an adjective about as often as a noun
    arrays = arrays_of(doc)  # asked of every name: read on the word lists, no Token for each look
    texts, lowers = arrays.texts(), arrays.lowers()
    if start > 1 and texts[start - 1] == "The":
        start -= 1
    elif start > 2 and texts[start - 1] == "the" and lowers[start - 3] not in DETERMINERS:
        # "rock group the Kestrels" (but not "gave the band the Lantern Award"); "boy band the
        # …" is often tagged a verb
        start, tags = start - 1, ("NOUN", "ADJ", "VERB")
    return start > 0 and lowers[start - 1] in COMPANY_NOUNS and arrays.poses()[start - 1] in tags


DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that"})


def names_a_medium(doc, ent) -> bool:
    """"his social platform, Truth Social": a named platform or outlet is not a place."""
    if not arrays_of(doc).has_lower(MEDIA_NOUNS):
        return False  # gated: both words read below are words of the text
    before = [t for t in doc[max(0, ent.start - 3):ent.start] if t.text not in (",", "the")]
    heads = {ent.root.head.lower_} | {t.lower_ for t in before[-1:]}
    return bool(heads & MEDIA_NOUNS)


def names_a_company(span) -> bool:
    """A nationality word followed by a singular proper noun that is no nationality, standing as a
    noun phrase of its own: "Saudi Petrolia" (tagged NORP), not "Irish Catholic families"."""
    last = span[-1]
    return len(span) == 2 and last.tag_ == "NNP" and last.lower_ not in DEMONYMS and span[0].lower_ in DEMONYMS \
        and span.root.dep_ not in ("amod", "compound", "nmod")


def acting_group(doc, span) -> bool:
    """"Swedes joined", "the French were …": a plural noun or a "the"-headed subject."""
    root = span.root
    if root.dep_ in ("amod", "compound", "nmod", "npadvmod", "conj") and root.head.pos_ != "VERB":
        return False
    if root.dep_ in ("attr", "acomp"):
        return False  # "The entire crew were Iranians": what they are, not who acts
    plural = root.tag_ in ("NNS", "NNPS") or (root.text.endswith("s") and not root.text.endswith("ss"))
    led_by_the = span.start > 0 and doc[span.start - 1].lower_ == "the" and root.dep_ in ("nsubj", "nsubjpass")
    return plural or led_by_the


def a_group_that_acts(doc, members: list[Candidate]) -> bool:
    """A nationality or a faith is an actor where the article has it act at least once: as a
    subject ("Swedes joined", "the French were …", "Mexicans and Canadians voted") or counted
    as a share ("44% of Britons", "thousands of Swedes"). Named only as an object or after a
    preposition ("we warn the Saudis", "sacred to Muslims", "contact with Europeans", "one of
    the most influential Americans") it describes whom something concerns, not who acts.
    Only names of peoples are judged (a nationality, the people of a place, a faith): not a
    place the model typed as a group ("Tunis"), nor a party, a band or a team ("the Liberals")."""
    if not all(a_people(c.text) for c in members):
        return True
    for c in members:
        root = arrays_of(doc).root(c.token_start, c.token_end)
        while root.dep_ == "conj" and root.head.i != root.i:
            root = root.head
        if root.dep_ in ("nsubj", "nsubjpass") or root.dep_ == "pobj" and root.head.dep_ == "agent":
            return True
        if share_of(root) and root.head.head.lower_ != "one":
            return True
    return False


def a_people(text: str) -> bool:
    """"Britons", "Saudis", "Armenians", "Londoners", "Muslims": a nationality, the people of a
    place or a faith, in the plural."""
    lower = text.lower()
    return lower.endswith("s") and (lower in DEMONYMS or lower[:-1] in DEMONYMS or lower in FAITHS
                                    or lower.endswith(("ans", "ers")) and " " not in lower)


def plural_nationality(lower: str, tag: str) -> bool:
    """A plural for the people of a nation ("Britons", "Americans"): the word in lower case, its tag."""
    # The tagger calls "Britons" NNP as often as NNPS: the plural is read off the word.
    return tag in ("NNS", "NNPS", "NNP") and lower.endswith("s") \
        and (lower in DEMONYMS or lower[:-1] in DEMONYMS)


def share_of(token) -> bool:
    """"44% of Britons", "most of the Dutch": a nationality counted as a group."""
    head = token.head
    counted = head.head
    return token.dep_ == "pobj" and head.lower_ == "of" and counted.pos_ in ("NUM", "NOUN", "ADJ", "PRON") \
        and any(t.like_num or t.text == "%" or t.lower_ in COUNTING_WORDS
                for t in counted.subtree if t.i < head.i)


FAITHS = frozenset({"christians", "muslims", "jews", "hindus", "sikhs", "buddhists", "catholics", "protestants",
                    "mormons", "evangelicals", "shias", "sunnis", "atheists"})
# Words that count a share of a people: "most of the Dutch", "thousands of Swedes".
COUNTING_WORDS = frozenset({"most", "many", "half", "majority", "minority", "thousands", "hundreds", "millions",
                            "dozens", "tens", "scores", "some", "few", "all"})


def describes_one_person(doc, token) -> bool:
    lower = token.lower_
    if lower.endswith(("man", "woman")) and lower in DEMONYMS:
        return True
    singular = lower in DEMONYMS and not lower.endswith(("s", "ese", "ish", "ch", "ss"))
    return singular and token.tag_ not in ("NNS", "NNPS")


def is_a_body(doc, span, text: str) -> bool:
    """"Detective Inspector", "Royal Society Research Fellow": roles, not bodies (parties are)."""
    if text.lower().rstrip("s") in PARTIES:
        return True
    return not (is_title_phrase(span) or ends_in_a_role(span))


def place_in_role(span) -> Candidate | None:
    """"United States Representative" → United States, when a role names a known place."""
    if not ends_in_a_role(span):
        return None
    place = span[:-1]
    while len(place) and place[-1].lower_ in TITLE_WORDS:
        place = place[:-1]
    if len(place) and place.text in PLACES:
        return Candidate(place.start_char, place.end_char, place.text, "place", place.start, place.end)
    return None


def ends_in_a_role(span) -> bool:
    """"Royal Society University Research Fellow", "Police Commissioner": a job, not a body
    ("Department of Justice" and "Court of Justice" are bodies)."""
    last = span[-1].lower_
    if len(span) == 2 and last == "executive" and span[0].lower_ in DEMONYMS:
        return False  # "the Scottish Executive": a government, not a firm's chief
    return len(span) > 1 and last in TITLE_WORDS and last not in ("justice", "police") \
        and span[-2].lower_ not in ("of", "for")


def is_title_phrase(span) -> bool:
    words = [t.lower_ for t in span]
    if all(w in TITLE_WORDS for w in words):
        return True
    following = span.doc[span.end] if span.end < len(span.doc) else None
    # "Interior Minister" is an office; "the Metropolitan Police commissioner" names the force.
    return following is not None and following.lower_ in FRAGMENT_TITLES and following.is_lower \
        and not set(words) & _ORG_OR_BODY_WORDS


def is_title_fragment(doc, start: int) -> bool:
    """"Minister of International Trade", "Secretary of Commerce": part of a role — but not
    "Director of Dunmore Tourism Partnership", whose name says it is a body."""
    # Without "the": "President of the Privy Council" names a real body.
    # "Director of Dunmore Tourism Partnership": a name with a body word is that body.
    if start >= 2 and doc[start - 1].lower_ in ("of", "for"):
        end = start
        while end < len(doc) and (doc[end].is_title or doc[end].is_upper and doc[end].is_alpha
                                  or doc[end].lower_ in ("and", "of", "for")):
            end += 1
        if doc[start - 2].is_lower and any(t.lower_ in ORG_WORDS or t.is_upper and len(t) > 1 for t in doc[start:end]):
            return False  # "chairman of Mersey TV", "head of Dunmore Films": a job held at a body
        return doc[start - 2].lower_ in ROLE_OF and not any(t.lower_ in BODY_WORDS for t in doc[start:end])
    return False


def is_person(c: Candidate | None) -> bool:
    return c is not None and c.type == "person"

def makes_a_work(doc, c: Candidate) -> bool:
    """"the Harold Venn film", "Ada Lund's novel": a name (two or three capitalised words, or a
    person) straight before a work noun, after "the" or a possessive, is the work's maker."""
    before = doc[c.token_start - 1] if c.token_start else None
    words = c.text.split()
    return (c.type == "person" or 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words)) and (
        before is None or before.lower_ in ("the", "a", "an", "his", "her", "their", "its") or before.tag_ == "POS")


# Unions of word sets the conditions above test, built once (a `|` inside a condition builds
# a new set each time it is evaluated).
_ORG_TITLE_OR_TAIL_WORDS = ORG_WORDS | TITLE_WORDS | NOT_PERSON_TAILS
_CHAMBER_OR_BODY_WORDS = CHAMBERS | ORG_WORDS | BODY_WORDS
_BODY_OR_TAIL_WORDS = ORG_WORDS | BODY_WORDS | NOT_PERSON_TAILS
_ORG_OR_TAIL_WORDS = ORG_WORDS | NOT_PERSON_TAILS
_ORG_OR_BODY_WORDS = ORG_WORDS | BODY_WORDS


# --- A class noun before a name, or before a list of names ------------------------------------
#
# News names a firm, a person or a thing most often by a common noun for its class written
# straight before the name: "parts maker Ardel Voss", "technology firms Quillo and Brightnet",
# "actresses Mara Quist and Ilse Brandt", "programs such as Quillex and Spyrex". A plural class
# noun classes every name of the list after it; a singular one only the name right after it.

# Company nouns that name nothing but a business: only these overrule the model's PERSON for a
# full name ("parts maker Ardel Voss"). The others are also people's jobs or posts ("broadcaster
# Ann Lee", "its operator Jong Woo Son", "watchdog Sir Tom Hale") and decide only a one-word name
# that is no given name ("watchdog Ofcam").
FIRM_NOUNS = frozenset("""firm company maker giant retailer airline bank manufacturer brand label charity insurer
lender carmaker automaker conglomerate chain journal newspaper magazine tabloid broadsheet""".split())
# "film maker Ann Lee", "policy-maker Tom Hale": a maker of these is a person.
PERSONAL_MAKERS = frozenset({"film", "movie", "documentary", "policy", "programme", "program", "music", "peace",
                             "king", "trouble", "mischief", "decision", "law", "-"})
# Words between a plural class noun and its list: "firms such as …", "networks like …".
LIST_OPENERS = frozenset({"like", "including", "include", "includes", "notably", "namely", "the", ":"})
LIST_SEPARATORS = frozenset({",", "and", "or", "&"})
# "episodes of X", "the third series of X": parts whose "of" names a show.
PARTS_OF_SHOWS = frozenset({"episode", "episodes", "series", "season", "seasons"})
# Words before a plural the tagger may read as a verb ("TV shows", "reality shows").
MEDIA_MODIFIERS = frozenset({"tv", "television", "radio", "reality", "chat", "talent", "quiz", "game", "cookery",
                             "comedy", "music", "hit", "cult"})


def class_noun_before(doc, start: int) -> tuple[str, bool, bool] | None:
    """The lower-case class noun before the name starting at token `start`, read through the
    list of names it heads: (noun in the singular, whether it is written plural, whether the
    name is the first of the list). "technology firms Quillo and [Brightnet]" → ("firm", True,
    False); "the anti-depressant [Calmora]" → ("depressant", False, True). None when no
    lower-case noun stands there ("Quillo and [Brightnet] said", "[Quillo] said")."""
    memo = arrays_of(doc).memo("class noun before")  # asked by four rules for each name
    if start not in memo:
        memo[start] = _class_noun_before(doc, start)
    return memo[start]


def _class_noun_before(doc, start: int) -> tuple[str, bool, bool] | None:
    # Read on the doc's word lists (asked for each name; a Token is built anew on each look).
    arrays = arrays_of(doc)
    texts, lowers, tags, poses = arrays.texts(), arrays.lowers(), arrays.tags(), arrays.poses()
    sent_start = arrays.column_list("SENT_START")  # 1 where `is_sent_start` is True
    k, first, steps = start - 1, True, 0
    # Leftwards over the list: capitalised words and digits of earlier names, and separators.
    while k >= 0 and steps < 24 and (lowers[k] in LIST_SEPARATORS or texts[k][:1].isupper() or texts[k][:1].isdigit()
                                     or texts[k] != lowers[k] and texts[k][:1].isalpha()  # "eDonkey", "iPod"
                                     or lowers[k] in ("of", "-", "'s", "’s") and k > 0 and texts[k - 1][:1].isupper()):
        if texts[k][:1].isupper() and sent_start[k] == 1 and poses[k] == "NOUN" and tags[k] == "NNS":
            break  # "Networks like Ferrox and Quilt …": the class noun opens the sentence
        if lowers[k] in LIST_SEPARATORS:
            first = False
        k, steps = k - 1, steps + 1
    if k >= 0 and k + 1 < start and sent_start[k + 1] == 1:
        return None  # the list opens the sentence: no noun classes it
    if k >= 1 and lowers[k] == "as" and lowers[k - 1] == "such":
        k -= 2
    elif k >= 0 and lowers[k] in LIST_OPENERS:
        k -= 1
    elif k >= 1 and lowers[k] == "of" and lowers[k - 1] in PARTS_OF_SHOWS:
        k -= 1  # "new episodes of X, Y and Z": the shows
    if k < 0 or not (texts[k].islower() or sent_start[k] == 1 and texts[k][1:].islower()) or not texts[k].isalpha():
        return None
    noun = singular(lowers[k])
    plural = noun != lowers[k]
    if plural and tags[k] != "NNS" and not (k > 0 and lowers[k - 1] in MEDIA_MODIFIERS) \
            or not plural and poses[k] not in ("NOUN", "ADJ"):
        return None  # (the tagger reads "shows" in "TV shows X and Y" as a verb)
    if k >= 2 and texts[k - 1] == "-" and singular(lowers[k - 2] + lowers[k]) in THING_CLASSIFIERS:
        noun = singular(lowers[k - 2] + lowers[k])  # "the anti-depressant Calmora"
    if not plural and not first:
        return None  # "the firm Quillo and Ann Lee": a singular noun classes one name
    if noun == "maker" and k > 0 and lowers[k - 1] in PERSONAL_MAKERS:
        return ("film-maker", plural, first)  # "film maker Ann Lee": a person
    return noun, plural, first


def _plain_capitalised(words: list[str]) -> bool:
    """Every word capitalised and none an acronym of three letters or more: "KLAXON Skywatch"
    has one, which marks a body's name rather than a person's."""
    return all(w[:1].isupper() and not (w.isupper() and len(w) > 2) for w in words)


def listed_after_firms(doc, start: int) -> bool:
    """"firms such as Quillo, Brightnet and Ferrox", "airlines Skyvo and Jetta": a name in a list
    after a plural noun that names businesses only (FIRM_NOUNS) is a company's."""
    found = class_noun_before(doc, start)
    return found is not None and found[1] and found[0] in FIRM_NOUNS


def typed_by_a_class_noun(doc, candidates: list[Candidate]) -> None:
    """A person or place name after a company noun is a company ("parts maker Ardel Voss",
    "technology firms Quillo and Brightnet", "networks like Ferrox and Quilt"); an
    organisation or place name of two words or more after a noun for a kind of person is a
    person ("actresses Mara Quist and Ilse Brandt", "striker Tom Hale"; not a name with an
    acronym in it: "campaigners KLAXON Skywatch"). A noun that is also a
    job ("broadcaster Ann Lee", "its operator Jong Woo Son") decides nothing for a person's name
    of two words or a given name (see FIRM_NOUNS). Known
    places and bodies keep their type ("firms in Britain and France" has no noun before them)."""
    ends = {c.token_end for c in candidates}
    for c in candidates:
        if c.type not in ("person", "place", "organisation") or c.text in KNOWN_ORGANISATIONS:
            continue
        if c.token_start in ends:
            continue  # "the retailer Quillmart Susan Grey": the noun classes the name before this one
        found = class_noun_before(doc, c.token_start)
        if found is None:
            continue
        noun, plural, first = found
        words = c.text.split()
        if c.type != "organisation" and (noun in COMPANY_NOUNS or plural and noun in MEDIA_NOUNS) \
                and c.text not in PLACES and alias_of(c.text) not in PLACES \
                and not (c.type == "person" and noun not in FIRM_NOUNS and (len(words) > 1 or words[0] in GIVEN_NAMES)):
            c.type = "organisation"
        elif c.type != "person" and noun in PERSON_NOUNS and noun not in COMPANY_NOUNS and len(words) >= 2 \
                and _plain_capitalised(words) \
                and not set(w.lower() for w in words) & _BODY_OR_TAIL_WORDS \
                and c.text not in PLACES:
            c.type = "person"  # (not "fund manager Kestrel Asset Advisors": a firm's last word)


# Jobs and members that only a body has: "Yukos boss", "Qwenta shareholders" (not "adviser" or
# "aide", which a person has too: "Bush adviser Karl Rove").
EMPLOYER_NOUNS = frozenset("""boss bosses chairman chairwoman shareholder shareholders employee employees staff
workforce""".split())


def employers_before_a_job(doc, candidates: list[Candidate]) -> None:
    """"former Qwenta boss Mikhail Orlov", "Qwenta shareholders": a one-word name the model calls a
    person, straight before a job or a membership only a body has, is a body — in every mention
    (one name, one type), unless it is a given name or the surname of someone the article names
    in full, or a known place."""
    lowers = arrays_of(doc).lowers()
    texts = arrays_of(doc).texts()
    bodies = {c.text for c in candidates
              if c.type == "person" and " " not in c.text and c.token_end < len(lowers)
              and lowers[c.token_end] in EMPLOYER_NOUNS and texts[c.token_end].islower()
              and c.text not in GIVEN_NAMES and c.text not in PLACES and not a_surname_in(doc, c.text)}
    if bodies:
        for c in candidates:
            if c.text in bodies and c.type == "person":
                c.type = "organisation"


# Last words of firms named after their founders: "Hallam Brothers", "Dunmore & Sons".
FIRM_TAILS = frozenset({"brothers", "bros", "sons", "partners", "associates", "holdings", "group", "co"})


def coordinated_with_a_person(doc, candidates: list[Candidate]) -> None:
    """"written by Lionel Quarry and Michael Jansen": a two- or three-word name the model calls
    an organisation or a place, joined by "and" to a person's full name that opens with a known
    given name, is a person too — when it has no word of a body or a title, is no known body or
    place, has no capitals-only word ("Goldman Sachs and Morgan Stanley" are known firms) and
    is no modifier of a noun after it ("Tom Reeve and Liberal Democrat spokesman Ian Cole")."""
    by_start = {c.token_start: c for c in candidates}
    by_end = {c.token_end: c for c in candidates}
    lowers, poses = arrays_of(doc).lowers(), arrays_of(doc).poses()
    for c in candidates:
        words = c.text.split()
        if c.type not in ("organisation", "place") or not 2 <= len(words) <= 3 or c.text in KNOWN_ORGANISATIONS \
                or c.text in PLACES or alias_of(c.text) in PLACES \
                or not _plain_capitalised(words) \
                or set(w.lower() for w in words) & _ORG_TITLE_OR_TAIL_WORDS or words[-1].lower() in FIRM_TAILS:
            continue
        if c.token_end < len(lowers) and poses[c.token_end] == "NOUN":
            continue  # "Liberal Democrat spokesman Ian Cole": the name qualifies a title, not a person
        after = by_start.get(c.token_end + 1) if c.token_end < len(lowers) and lowers[c.token_end] == "and" else None
        before = by_end.get(c.token_start - 1) if c.token_start > 1 and lowers[c.token_start - 1] == "and" else None
        if any(p is not None and p.type == "person" and " " in p.text and p.text not in KNOWN_ORGANISATIONS
               and (p.text.split()[0] in GIVEN_NAMES or len(p.text.split()) == 2 and _plain_capitalised(p.text.split())
                    and all(doc[k].ent_type_ == "PERSON" for k in range(p.token_start, p.token_end)))
               for p in (after, before)):
            c.type = "person"  # (a partner the model tags a person in full: "Arno Rubbel and Didier Dragan")


# --- A team sheet -----------------------------------------------------------------------------

# Labels that open a list of players: "Subs:", "Replacements:".
SQUAD_LABELS = frozenset({"subs", "substitutes", "replacements", "bench", "subs not used", "unused subs"})


def team_sheet_people(doc, candidates: list[Candidate]) -> list[Candidate]:
    """"Everton: Martyn, Hibbert, Yobo, Stubbs …", "Subs: Wright, Pistone …": a list of four or
    more short capitalised names, most of them no known place, after a side's name (a name the
    model tagged, not as a place) or a squad label and a colon names players, whatever the model
    says of each surname (it tags many as places). So does a sentence that is nothing but a list of
    six or more such names, some with a substitute in brackets ("Mawby, Travers, Hyde (Pitt 105),
    Purdon."), as BBC match reports give a side. The evidence is the shape of the list, not the
    names. Returns the players the model left untagged, as new candidates."""
    from ..arrays import tokens_where

    added: list[Candidate] = []
    if not candidates:
        return added
    arrays = arrays_of(doc)
    texts = arrays.texts()
    by_start = {c.token_start: c for c in candidates}
    by_end = {c.token_end: c for c in candidates}
    covered = {i for c in candidates for i in range(c.token_start, c.token_end)}
    lists = []
    clubs: list[tuple[int, int]] = []  # "Coyne (Burnley), Jones (Wolves) …": each player's club
    for colon in (t.i for t in tokens_where(doc, "ORTH", (":",))):
        label = by_end.get(colon)
        if colon and (label is not None and label.type != "place" or texts[colon - 1].lower() in SQUAD_LABELS
                      or " ".join(texts[max(0, colon - 3):colon]).lower() in SQUAD_LABELS):  # "Subs Not Used:"
            members, _ = listed_names(texts, colon + 1, clubs)
            if len(members) >= 4:
                lists.append(members)
    seen = set()
    for c in candidates:  # a sentence that is a list of names alone
        sent = arrays.sent(c.token_start)
        k = sent.start
        while k < c.token_start and texts[k].isspace():
            k += 1
        if k in seen or not texts[k][:1].isupper():
            continue
        seen.add(k)
        members, end = listed_names(texts, k, clubs)
        if len(members) >= 6 and end < len(texts) and texts[end] == "." and sent.end <= end + 2:
            lists.append(members)
    for members in lists:
        if 2 * sum(doc[k:end].text in PLACES for k, end in members) >= len(members):
            continue  # (a list of towns is no team sheet)
        for k, end in members:
            c = by_start.get(k)
            if c is not None and c.token_end == end and c.type in ("place", "organisation") \
                    and c.text not in KNOWN_ORGANISATIONS:
                c.type = "person"
            elif c is None and not any(i in covered for i in range(k, end)):
                span = doc[k:end]
                covered.update(range(k, end))
                added.append(Candidate(span.start_char, span.end_char, span.text, "person", k, end))
    for k, end in clubs if len(clubs) >= 3 else ():  # a squad giving each player's club
        c = by_start.get(k)
        if c is not None and c.token_end == end and c.type != "organisation" and c.text not in COUNTRIES:
            c.type = "organisation"
        elif c is None and not any(i in covered for i in range(k, end)):
            span = doc[k:end]
            covered.update(range(k, end))
            added.append(Candidate(span.start_char, span.end_char, span.text, "organisation", k, end))
    return added


def listed_names(texts: list[str], k: int, clubs: list | None = None) -> tuple[list[tuple[int, int]], int]:
    """The names of one to three capitalised words listed from token k, separated by commas (or
    semicolons, which BBC rugby sheets put between the lines of a side: seen 2026-12-02), each
    perhaps followed by a bracket ("Hyde (Pitt 105)", whose substitute is listed too): their token
    ranges, and the token where the list stops. A bracket with no number in it holds the player's
    club ("Coyne (Burnley), Jones (Wolves)", as BBC squad announcements give them), not a
    substitute: its range goes to `clubs`."""
    members: list[tuple[int, int]] = []
    while k < len(texts):
        end = k
        while end < len(texts) and end - k < 3 and texts[end][:1].isupper():
            end += 1
            if end + 1 < len(texts) and texts[end] == "-" and texts[end + 1][:1].isupper():
                end += 1  # "Simpson-Daniel": a double-barrelled surname
        if end == k or end < len(texts) and texts[end] not in (",", ".", ";", "(", "\n"):
            return members, k
        members.append((k, end))
        if end < len(texts) and texts[end] == "(":  # "Hyde (Pitt 105)": the substitute is a player too
            inner = end + 1
            close = inner
            while close < len(texts) and close - inner < 5 and texts[close] != ")":
                close += 1
            name_end = inner
            while name_end < close and texts[name_end][:1].isupper():
                name_end += 1
            if name_end > inner and any(any(ch.isdigit() for ch in texts[i]) for i in range(name_end, close)):
                members.append((inner, name_end))
            elif name_end > inner and name_end == close and clubs is not None:
                clubs.append((inner, name_end))
            end = close + 1
        if end >= len(texts) or texts[end] not in (",", ";"):  # "Walder; May, Tait …": a semicolon between lines
            return members, end
        k = end + 1
    return members, k


# --- Places by the grammar of geography ---------------------------------------------------------

# Nouns for a settlement or a region whose "of" names it: "the town of Pandara" (not "the
# people of X", nor "state": "the state of Ann Lee's health").
SETTLEMENTS = frozenset("""town city village province district region county municipality island islands
regency prefecture""".split())
# Directions whose "of" names a place: "nine kilometres east of Bantaral".
COMPASS = frozenset("""north south east west northeast northwest southeast southwest north-east north-west
south-east south-west northern southern eastern western""".split())


# Words of a football or rugby report that other news uses too ("a draw", "the league tables",
# "promotion", "a match"): three of them and one word of SPORT_WORDS make a sports report.
MATCH_WORDS = frozenset("""goal goals striker midfielder defender winger keeper goalkeeper league cup
premiership fixture fixtures match matches draw relegation promotion seeded knockout""".split())
# Words only a sports report uses; two of them make one. Not "kick-off", "hat-trick", "strikers"
# (a campaign's kick-off, a hat-trick of election wins, workers on strike).
SPORT_WORDS = frozenset("""striker midfielder midfielders midfield goalkeeper goalkeepers referee equaliser
equalizer equalised equalized equalising equalizing scorer goalscorer unbeaten offside crossbar relegation relegated flanker football footballer
footballers rugby soccer uefa fifa bundesliga""".split())
SPORT_PHRASES = re.compile(r"\b(?:semi-finals?|quarter-finals?|half-time|fly-half|play-offs?|full-back|centre-back"
                           r"|(?:premier|champions) league|fa cup|world cup|six nations)\b", re.IGNORECASE)


def a_sports_report(doc) -> bool:
    """Whether the article reports a game: two words of SPORT_WORDS or SPORT_PHRASES, or one
    and three words of MATCH_WORDS. A campaign diary or a software interview uses "draw",
    "match", "league", "promotion" and "cup" too, and its towns are no clubs."""
    arrays = arrays_of(doc)
    if not arrays.has_lower(MATCH_WORDS) and not arrays.has_lower(SPORT_WORDS):
        return False
    cues = len(SPORT_WORDS & arrays.lower_words())
    if cues < 2:
        cues += len({m.lower() for m in SPORT_PHRASES.findall(doc.text)})
    if cues >= 2:
        return True
    return cues == 1 and sum(1 for w in arrays.lowers() if w in MATCH_WORDS) >= 3


def clubs_listed_with_clubs(doc, candidates: list[Candidate]) -> None:
    """"runners-up Manchester United and Liverpool", "the favourites are Chelsea and Barcelona": in a
    sports report (`a_sports_report`), a town joined by "and" (or a comma) to a name the rules call
    an organisation is a club like it, not the town. Not a country or a region ("Chelsea and
    Spain"): a national side is a country's name."""
    if not candidates or not a_sports_report(doc):
        return
    arrays = arrays_of(doc)
    by_token = {i: c for c in candidates for i in range(c.token_start, c.token_end)}
    for c in candidates:
        if c.type != "place" or c.text in COUNTRIES or c.text in REGIONS or alias_of(c.text) in COUNTRIES:
            continue
        root = arrays.root(c.token_start, c.token_end)
        siblings = [t for t in root.children if t.dep_ == "conj"]
        if root.dep_ == "conj":
            siblings.append(root.head)
        if any((o := by_token.get(t.i)) is not None and o is not c and o.type == "organisation"
               and o.text not in COUNTRIES for t in siblings):
            c.type = "organisation"


def placed_by_geography(doc, candidates: list[Candidate]) -> None:
    """Names of small towns and provinces the model calls people or bodies ("Bantaral",
    "Maravillas del Norte") are places when the sentence speaks of them as places:

    - after a direction and "of": "nine kilometres east of Bantaral", or "the town of": "the
      town of Pandara", "the province of Kellamar";
    - at one end of a journey whose other end is a place: "from Marabo to Havana";
    - before a comma and a country or a region: "Maravillas del Norte, Philippines";
    - a one-word name in a list of three or more places the model typed as such, as most of
      the list: "Bantaral, Quinto, Madrid, Lumares and Ortegas".

    Seen on unseen Wikinews reports of the Philippines, Cuba and India (2026-12-02: 12 towns of
    4 articles typed person or organisation). A name that opens with a given name or an initial, a
    surname of someone the article names in full, a known body or a name with a body's word stays
    as it is; one name keeps one type, so every mention of the name becomes the place."""
    if not candidates:
        return
    lowers = arrays_of(doc).lowers()
    by_start = {c.token_start: c for c in candidates}
    by_end = {c.token_end: c for c in candidates}
    places: set[str] = set()
    for c in candidates:
        if c.type not in ("person", "organisation") or c.text in places or not _may_be_a_town(doc, c):
            continue
        start, end = c.token_start, c.token_end
        before = lowers[start - 1] if start else ""
        after = lowers[end] if end < len(lowers) else ""
        if before == "of" and start >= 2 and (lowers[start - 2] in COMPASS or lowers[start - 2] in SETTLEMENTS
                                              and start >= 3 and lowers[start - 3] == "the"):
            places.add(c.text)  # "east of Bantaral", "the town of Pandara"
        elif before == "from" and after == "to" and _a_place(by_start.get(end + 1)):
            places.add(c.text)  # "from Marabo to Havana"
        elif before == "to" and _a_place(by_end.get(start - 1)) and by_end[start - 1].token_start > 0 \
                and lowers[by_end[start - 1].token_start - 1] == "from":
            places.add(c.text)  # "from Havana to Marabo"
        elif after == "," and _a_country_or_region(by_start.get(end + 1)) \
                and lowers[by_start[end + 1].token_end:by_start[end + 1].token_end + 1] not in (["'s"], ["’s"]):
            places.add(c.text)  # "Maravillas del Norte, Philippines" (not "Nokia, Finland's biggest firm")
    _retype(candidates, places)
    # Then the lists, read with the places found above: "Bantaral, Quinto, … and Ortegas".
    # One word only: a list of countries may end with a person by a given name no list holds.
    _retype(candidates, {c.text for c in candidates if c.type in ("person", "organisation") and " " not in c.text
                         and _may_be_a_town(doc, c) and _listed_among_places(lowers, by_start, by_end, c)})


def _retype(candidates: list[Candidate], places: set[str]) -> None:
    if places:
        for c in candidates:
            if c.text in places:
                c.type = "place"


def _may_be_a_town(doc, c: Candidate) -> bool:
    words = c.text.split()
    return len(words) <= 3 and words[0] not in GIVEN_NAMES and not INITIAL.match(words[0]) \
        and c.text not in KNOWN_ORGANISATIONS and all(w[:1].isupper() or w in NAME_PARTICLES for w in words) \
        and not {w.lower() for w in words} & _ORG_TITLE_OR_TAIL_WORDS and not (len(words) == 1 and a_surname_in(doc, c.text))


def _a_place(c: Candidate | None) -> bool:
    return c is not None and c.type == "place"


def _a_country_or_region(c: Candidate | None) -> bool:
    return c is not None and (c.text in _COUNTRIES_OR_REGIONS or alias_of(c.text) in _COUNTRIES_OR_REGIONS)


def _listed_among_places(lowers: list[str], by_start: dict, by_end: dict, c: Candidate) -> bool:
    """Whether c stands in a list (joined by commas and "and") of at least three other names, two
    thirds or more of them places."""
    members = []
    k = c.token_start - 1  # leftwards: a separator, then a name ending just before it
    while k > 0 and len(members) < 10 and lowers[k] in (",", "and"):
        k -= 2 if lowers[k] == "and" and lowers[k - 1] == "," else 1
        other = by_end.get(k + 1)
        if other is None:
            break
        members.append(other)
        k = other.token_start - 1
    k = c.token_end  # rightwards
    while k + 1 < len(lowers) and len(members) < 10 and lowers[k] in (",", "and"):
        k += 2 if lowers[k] == "," and lowers[k + 1] == "and" else 1
        other = by_start.get(k)
        if other is None:
            break
        members.append(other)
        k = other.token_end
    placed = sum(m.type == "place" for m in members)
    return placed >= 3 and 3 * placed >= 2 * len(members)


_COUNTRIES_OR_REGIONS = COUNTRIES | REGIONS
