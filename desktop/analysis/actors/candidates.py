"""Where the names are: every stretch of text that may name an actor, with a first type.

The first source is the model's entities (`from_entities`), each trimmed to its name. The
small model misses many names, so scans over the capitalised tokens add those that other
evidence vouches for: a gazetteer of places and well-known bodies, acronyms, a title or a
speech verb before a name, an organisation word inside it, a party adjective, an initial
before a surname, and a name's neighbours (a company noun, a list of names of one type,
"told The Verge", "told Dunmore This Week"), and Westminster's short names ("the Commons",
"No 10"). Each scan skips tokens an earlier one already claimed.
"""
from __future__ import annotations

import re

from ..gazetteer import COUNTRIES, DEMONYMS, GIVEN_NAMES, KNOWN_ORGANISATIONS, PLACES, REGIONS
from ..lexicon import HONORIFIC_TITLES, NOT_ACRONYM_ACTORS, NOT_ACTORS, TITLE_WORDS
from ..names import INITIAL, NAME_PARTICLES, PEER_TITLES, PERSONAL_HONORIFICS, ROMAN, TWO_INITIALS, alias_of
from ..arrays import of as arrays_of
from ..arrays import tokens_where
from .bounds import (
    a_designation, not_an_acronym_of_a_body, listed_remit, in_an_office_remit, SLASHED_NAME,
    after_opening_mark, band_after_a_leader, body_after_an_ordinal, named_by_a_style, body_of_a_body, extend_coordinated_name, extend_organisation_name,
    inside_a_longer_name, known_name_around, national_prefix, opens_an_event, peer_named_by_title, person_after_a_body,
    person_after_a_named_body,
    place_before_a_name, trim,
)
from .candidate import Candidate, attributive_compound, claimed_tokens
from .kinds import (
    a_full_name, after_a_job, one_person_of_a_nation, after_company_noun, listed_after_firms, before_a_job, corrected_type, is_person, names_a_medium, plural_nationality,
    published_as, share_of,
)
from .words import (
    BODY_WORDS, CORPORATE_TAILS, EVENT_WORDS, FRAGMENT_TITLES, GROUP_OF_STATES, LABEL_TYPES, LONGEST_KNOWN_NAME, MARKS,
    ATTRIBUTIVE_TAILS, NOT_PERSON_TAILS, ORG_WORDS,
    OUTLET_AFTER, OUTLET_BEFORE, PARTIES, PARTY_ADJECTIVES, ROLE_PREFIXES,
)

def from_entities(ctx) -> list[Candidate]:
    """The model's entities, each widened or narrowed to the name it holds, with a first type."""
    doc = ctx.doc
    out: list[Candidate] = []
    arrays = arrays_of(doc)
    ents = list(arrays.ents())
    # The words and entity texts read as plain strings (a Token, or a Span's text, is built
    # anew on each look): an entity's text is the doc's text between its offsets.
    texts, lowers, whole = arrays.texts(), arrays.lowers(), arrays.text()
    ent_texts = [whole[e.start_char:e.end_char] for e in ents]
    other_names = {ent_texts[j] for j, e in enumerate(ents) if e.label_ != "PERSON"}
    skip_next = False
    claimed_until = 0  # a name widened over the next entities claims them ("… for Culture, Media and Sport")
    for i, ent in enumerate(ents):
        label = ent.label_  # (a Span's label_ is looked up in the string store on each read)
        if skip_next:
            skip_next = False
            continue
        if ent.start < claimed_until:
            continue
        actor_type = LABEL_TYPES.get(label)
        if label in ("PERSON", "ORG") and ent.end + 1 < len(doc) and texts[ent.end] in (",", "and", "&") \
                and doc[ent.end + 1].is_title and in_an_office_remit(doc, ent.start, listed=True):
            continue  # "Minister for Children, [Young People] and Families": a remit, no person or body
        if actor_type is None and label in ("PRODUCT", "WORK_OF_ART") and after_company_noun(doc, ent.start):
            actor_type = "organisation"  # "security firm F-Guard" tagged PRODUCT: the firm
        if possessive_place_name(doc, ent.start, ent.end):
            actor_type = "place"  # "Hawke's Bay" tagged WORK_OF_ART or PERSON
        if actor_type is None:
            continue
        start_tok, end_tok = ent.start, ent.end
        if label == "NORP" and institution_after(doc, end_tok):
            end_tok, actor_type = end_tok + 1, "organisation"  # "the [Scottish] Executive said"
            claimed_until = end_tok
        if label == "ORG" and country_before_a_noun(doc, start_tok, end_tok):
            end_tok -= 1  # "told [BBC News US] policy …": the country is the next noun's
        if one_person_of_a_nation(lowers[start_tok]) and i + 1 < len(ents) and ents[i + 1].start == end_tok \
                and texts[end_tok][:1].isupper() and doc[end_tok].pos_ == "PROPN" and doc[end_tok - 1].pos_ == "PROPN":
            end_tok, skip_next = ents[i + 1].end, True  # "[Frenchman Lucien] [Mareaux 6-4]": one person, split in two
        if label == "ORG":
            start_tok = hyphenated_opening(doc, start_tok)  # "Blu-ray [Disc Association]"
            end_tok = claimed_until = max(end_tok, listed_remit(doc, start_tok, end_tok))
        # "Washington, D.C." is one place, not two.
        if (i + 1 < len(ents) and ent_texts[i + 1].replace(".", "").upper() == "DC"
                and ents[i + 1].start == end_tok + 1 and texts[end_tok] == ","):
            end_tok = ents[i + 1].end
            skip_next = True
        if label == "PERSON":
            # "Mayor of [Zielno Piotr Zalewicz]": a place named elsewhere is not a first name.
            # "Prime Minister of India Narendra Modi" comes out as "India Narendra Modi".
            # "Mayor of Tarn Ana Sousa": after "of", a word that is no given name but is
            # followed by one names the office's place.
            while end_tok - start_tok > 2 and (texts[start_tok] in other_names or (
                    texts[start_tok] in PLACES and texts[start_tok] not in GIVEN_NAMES) or (
                    start_tok > 0 and lowers[start_tok - 1] == "of"
                    and texts[start_tok] not in GIVEN_NAMES and texts[start_tok + 1] in GIVEN_NAMES)
                    or texts[start_tok] not in GIVEN_NAMES and in_an_office_remit(doc, start_tok)):
                start_tok += 1  # "Minister for Children and [Families Ruth Penrose]": the office's last word
            if end_tok < len(doc) and ROMAN.match(texts[end_tok]):
                end_tok += 1  # "Elizabeth II"
                if i + 1 < len(ents) and ents[i + 1].start < end_tok:
                    skip_next = True
        if label == "PERSON" and end_tok - start_tok == 1 and end_tok < len(doc) \
                and doc[end_tok].pos_ == "PROPN" and doc[end_tok].is_title and doc[end_tok].ent_type_ == "" \
                and texts[start_tok] in GIVEN_NAMES:
            end_tok += 1  # "[Edith] Masai": the model dropped the surname
        if label == "PERSON" and surname_left_out(doc, start_tok, end_tok):
            end_tok += 1  # "[Amy Berman] Jackson", "[Wanda Vázquez] Garced", "[Valéry Giscard] d'Estaing"
            if i + 1 < len(ents) and ents[i + 1].start < end_tok:
                skip_next = True
        if label == "PERSON" and end_tok + 1 < len(doc) and lowers[end_tok] in NAME_PARTICLES \
                and doc[end_tok + 1].is_title and doc[end_tok + 1].pos_ == "PROPN":
            end_tok += 2  # "[David] dal Maso", "[Charles] de Gaulle"
            if i + 1 < len(ents) and ents[i + 1].start < end_tok:
                skip_next = True
        if label == "PERSON" and start_tok > 0 and peer_named_by_title(doc, start_tok - 1, end_tok):
            start_tok -= 1  # "Lord [Pemberton]": a peer is named with his title
        elif label == "PERSON" and start_tok > 0:  # the model often drops the first name: "Imran [Khan]"
            prev = doc[start_tok - 1]
            if prev.pos_ == "PROPN" and prev.is_title and prev.ent_type_ == "" and \
                    prev.lower_ not in TITLE_WORDS and prev.text not in other_names and \
                    (start_tok < 2 or lowers[start_tok - 2] not in ("of", "for", "in", "from")) \
                    and not in_an_office_remit(doc, start_tok - 1):
                start_tok -= 1
        if actor_type != "person" and (after_a_job(doc, start_tok, end_tok)
                                       or after_a_job(doc, start_tok + 1, end_tok, titled=True)):
            actor_type = "person"  # "former England full-back [Rory Vance]", "[Councillor Ivo Marsh]" tagged ORG
        if actor_type != "person" and before_a_job(doc, start_tok, end_tok):
            actor_type = "person"  # "Will [Carrow], NCA director, said" tagged GPE
            prev = doc[start_tok - 1] if start_tok else None
            if prev is not None and prev.is_title and prev.ent_type_ == "" and (prev.text in GIVEN_NAMES or prev.tag_ == "MD"):
                start_tok -= 1  # "Will" read as a modal verb
        if actor_type == "place" and (names_a_medium(doc, ent) or published_as(doc, start_tok, end_tok)):
            actor_type = "organisation"  # "The Atlantic reported": the magazine, not the ocean
        if i + 1 < len(ents) and ents[i + 1].start == end_tok and \
                f"{ent_texts[i]} {ent_texts[i + 1]}".lower().rstrip("s") in PARTIES:
            end_tok, actor_type, skip_next = ents[i + 1].end, "organisation", True  # "Liberal" + "Democrat"
        if start_tok > 0 and texts[start_tok - 1] == "Liberal" and ent_texts[i].rstrip("s") == "Democrat":
            start_tok, actor_type = start_tok - 1, "organisation"  # "Liberal" left untagged
        if label == "ORG" and i > 0 and national_prefix(ents[i - 1], ent):
            start_tok = ents[i - 1].start  # "[US] [Anti-Doping Agency]" is one body
            if out and out[-1].token_start >= start_tok:
                out.pop()
        if label in ("ORG", "GPE") and regional_arm(doc, start_tok, end_tok):
            end_tok, actor_type = end_tok + 1, "organisation"  # "[GM] Europe president", "[Netflix] [Japan]"
            if i + 1 < len(ents) and ents[i + 1].start < end_tok:
                skip_next = True
        if label == "ORG" and party_of_a_country(doc, start_tok, end_tok):
            start_tok -= 1  # "the [UK] [Independence Party]": a party's name holds its country
            if out and out[-1].token_end > start_tok:
                out.pop()
        if label == "ORG":
            start_tok = body_after_an_ordinal(doc, start_tok, end_tok)  # "the 116th [United States] Congress"
            end_tok = extend_coordinated_name(doc, ent, end_tok)
            end_tok = extend_organisation_name(doc, ents[i + 1] if i + 1 < len(ents) else None, ent, end_tok)
            end_tok = body_of_a_body(doc, ents[i + 1] if i + 1 < len(ents) else None, end_tok)
            if i + 1 < len(ents) and ents[i + 1].start < end_tok:
                skip_next = True
        if outlet_tail(doc, end_tok) > end_tok:
            end_tok, actor_type = outlet_tail(doc, end_tok), "organisation"  # "[Dunmore] This Week"
            if i + 1 < len(ents) and ents[i + 1].start < end_tok:
                skip_next = True
        if label == "PERSON" and band_after_a_leader(doc, end_tok) > end_tok:
            end_tok, actor_type = band_after_a_leader(doc, end_tok), "organisation"
            if i + 1 < len(ents) and ents[i + 1].start < end_tok:
                skip_next = True  # "Mel Turner and His [Orchestra] of Midnight"
        start_tok, end_tok = known_name_around(doc, start_tok, end_tok)  # "Ask [Jeeves]", "[BBC Radio] Five Live"
        split = owner_inside(doc, start_tok, end_tok)
        if split is not None:  # "[Roma's Olivier Dacourt]": the club, then the player
            owner = doc[start_tok:split - 1]
            kind = "place" if owner.text in PLACES or alias_of(owner.text) in PLACES else "organisation"
            out.append(Candidate(owner.start_char, owner.end_char, owner.text, kind, start_tok, split - 1))
            start_tok = split
            actor_type = "person"  # two or three plain capitalised words someone's: a person
        split = place_before_a_name(doc, start_tok, end_tok)
        if split is not None:  # "Minister of [Scotland Nicola Sturgeon]": a place, then a person
            place = doc[start_tok:split]
            out.append(Candidate(place.start_char, place.end_char, place.text, "place", start_tok, split))
            start_tok, actor_type = split, "person"
        split = person_after_a_body(doc, start_tok, end_tok) if label == "ORG" \
            else person_after_a_named_body(doc, start_tok, end_tok) if label == "PERSON" else None
        if split is not None:  # "director of [Oxfam International Grace Wanjiru] told": a body, then a person
            first = start_tok + (lowers[start_tok] == "the")  # a body, not a title fragment: kept as is
            body = doc[first:split]
            out.append(Candidate(body.start_char, body.end_char, body.text, "organisation", first, split))
            start_tok, actor_type = split, "person"
        cand = trim(ctx, start_tok, end_tok, actor_type, label)
        if cand is not None:
            out.append(cand)
    return out


# Capitalised nouns of a place whose name opens with a possessive: "Hawke's Bay", "Martha's
# Vineyard", "King's Cross", "Land's End", "Earl's Court", "St John's Wood".
POSSESSIVE_PLACE_TAILS = frozenset({"Bay", "Vineyard", "Cross", "End", "Court", "Wood", "Island", "Point", "Head",
                                    "Harbour", "Creek", "Landing", "Cove", "Sound", "Inlet", "Peak", "Lynn"})


def possessive_place_name(doc, start: int, end: int) -> bool:
    """"Hawke's Bay", "Martha's Vineyard": a tagged span of a capitalised word, a possessive and a
    noun of a place (a bay, a cross, an end) is one place's name, not a person and a place."""
    return end - start == 3 and doc[start].is_title and doc[start + 1].text in ("'s", "’s") \
        and not doc[start].whitespace_ and doc[start + 2].text in POSSESSIVE_PLACE_TAILS


def possessive_places(doc, candidates: list[Candidate]) -> list[Candidate]:
    """The same place's name when the model cut it: "[Hawke]'s [Bay] police said" → "Hawke's Bay"
    (not "Tesco's Head of Sales": a noun of a place followed by "of" is a role), or missed it
    after a preposition of place ("died in Harlow's Bay")."""
    by_start = {c.token_start: c for c in candidates}
    drop: set[int] = set()
    out = []
    covered = claimed_tokens(candidates)
    texts = arrays_of(doc).texts()  # plain strings: no Token made for every word
    for k in range(2, len(doc) - 1):  # "died in [Harlow's Bay]" the model did not tag at all
        if texts[k] in ("'s", "’s") and texts[k + 1] in POSSESSIVE_PLACE_TAILS and doc[k - 1].is_title \
                and k - 1 not in covered and k + 1 not in covered and not doc[k - 2].whitespace_ == "" \
                and doc[k - 2].lower_ in ("in", "at", "from", "to", "near") and not doc[k - 1].whitespace_:
            span = doc[k - 1:k + 2]
            out.append(Candidate(span.start_char, span.end_char, span.text, "place", span.start, span.end))
    for c in candidates:
        k = c.token_end
        if k + 1 < len(doc) and texts[k] in ("'s", "’s") and not doc[k - 1].whitespace_ \
                and texts[k + 1] in POSSESSIVE_PLACE_TAILS and not (k + 2 < len(doc) and doc[k + 2].lower_ == "of"):
            span = doc[c.token_start:k + 2]
            out.append(Candidate(span.start_char, span.end_char, span.text, "place", span.start, span.end))
            drop.add(id(c))
            if k + 1 in by_start:
                drop.add(id(by_start[k + 1]))
    return _replaced(candidates, drop, out)


def _replaced(candidates: list[Candidate], drop: set[int], new: list[Candidate]) -> list[Candidate]:
    """`candidates` without those whose id() is in `drop`, plus `new`, in token order (the list
    itself when nothing is new)."""
    if not new:
        return candidates
    return sorted([c for c in candidates if id(c) not in drop] + new, key=lambda c: c.token_start)


def joined_at_a_slash(doc, candidates: list[Candidate]) -> list[Candidate]:
    """"AB/CD": two short capitalised parts joined by a slash with no space are one name (a band's,
    a firm's), however the scans cut it ("AB" an acronym, "CD" nothing)."""
    by_start = {c.token_start: c for c in candidates}
    out, drop = [], set()
    for c in candidates:
        k = c.token_end
        if c.token_end - c.token_start == 1 and k + 1 < len(doc) and doc[k].text == "/" \
                and not doc[k - 1].whitespace_ and not doc[k].whitespace_ \
                and SLASHED_NAME.fullmatch(doc[k - 1:k + 2].text):
            span = doc[k - 1:k + 2]
            out.append(Candidate(span.start_char, span.end_char, span.text, "organisation", span.start, span.end))
            drop.add(id(c))
            if k + 1 in by_start and by_start[k + 1].token_end == k + 2:
                drop.add(id(by_start[k + 1]))
    return _replaced(candidates, drop, out)


# Words for a member of a legislature or for a seat in one, then "for"/"of": what follows is a
# constituency ("the MP for Tatton and Knutsford", "the member for Bexley and Sidcup", "the seat
# of Ross, Skye and Lochaber"). UK constituencies and boroughs are often named "A and B" (the
# Boundary Commissions' naming rules): after these words it is one place, not two.
CONSTITUENCY_WORDS = frozenset({"mp", "msp", "mep", "am", "mla", "member", "seat", "constituency"})


def _capitalised_run(doc, k: int) -> int:
    """The end of the run of capitalised words that starts at token k ("Bexhill-on-Sea" whole:
    hyphens and small words glued to the word before are part of it)."""
    n = len(doc)
    while k < n and (doc[k].is_title or k + 1 < n and (doc[k].text == "-" or doc[k].lower_ in ("on", "upon", "under"))
                     and not doc[k - 1].whitespace_):
        k += 1
    return k


def constituencies(doc, candidates: list[Candidate]) -> list[Candidate]:
    """"the MP for [Tatton] and [Knutsford]" → one place, "Tatton and Knutsford": after a word
    for a legislator or a seat and "for"/"of", capitalised names joined by "and" (and commas)
    name one constituency, whatever the model made of them (two places, a person and a club).
    Not when the last part is a person already found ("the MP for Hexham and Ann Rigg")."""
    arrays = arrays_of(doc)
    if not arrays.has_lower(CONSTITUENCY_WORDS):
        return candidates
    by_token = claimed_tokens(candidates)
    out, drop = [], set()
    for word in tokens_where(doc, "LOWER", CONSTITUENCY_WORDS):
        k = word.i + 1
        if k + 1 >= len(doc) or doc[k].lower_ not in ("for", "of"):
            continue
        if doc[k].lower_ == "of" and word.lower_ not in ("seat", "constituency"):
            continue  # "a member of Greenpeace and Amnesty": a body one belongs to, not a seat
        if word.text == "am":
            continue  # "I am for Leeds": the verb (the title is "AM")
        start = k + 1
        parts, k = [], start
        while True:
            end = _capitalised_run(doc, k)
            if end == k or end - k > 4:
                parts = []
                break
            parts.append((k, end))
            if end < len(doc) and doc[end].text == "," and len(parts) < 4:
                k = end + 1
            elif end < len(doc) and doc[end].lower_ == "and" and len(parts) < 5:
                k = end + 1
                last = _capitalised_run(doc, k)
                if last == k or last - k > 4:
                    parts = []
                else:
                    parts.append((k, last))
                break
            else:
                parts = []
                break
        if len(parts) < 2:
            continue
        end = parts[-1][1]
        tail = by_token.get(parts[-1][0])
        if tail is not None and (tail.type == "person" and tail.token_end - tail.token_start > 1
                                 or tail.type == "organisation" and tail.token_end > parts[-1][0] + 1):
            continue  # "the MP for Hexham and Ann Rigg", "… for Leeds and Labour Party chairman": not one seat
        if any(by_token.get(i) is not None and (by_token[i].token_start < start or by_token[i].token_end > end)
               for i in range(start, end)):
            continue  # a longer name already spans the edge
        span = doc[start:end]
        out.append(Candidate(span.start_char, span.end_char, span.text, "place", start, end))
        drop.update(id(by_token[i]) for i in range(start, end) if i in by_token)
    return _replaced(candidates, drop, out)


# The last words of newspapers' and magazines' names ("Melcombe Gazette", "Hollywood Reporter",
# "Dunmore Evening Echo"): the standard mastheads of the English-language press.
MASTHEAD_WORDS = frozenset({
    "reporter", "gazette", "herald", "chronicle", "tribune", "courier", "journal", "telegraph", "echo",
    "examiner", "inquirer", "enquirer", "advertiser", "argus", "dispatch", "sentinel", "observer", "post",
    "times", "bulletin", "clarion", "mercury", "recorder", "register", "courant",
})


def outlets_after_a_place(doc, candidates: list[Candidate]) -> list[Candidate]:
    """"according to [Hollywood] Reporter", "the [Melcombe] Gazette said": a place's name and a
    masthead word after it is a newspaper or a magazine (an organisation), not the place — when the
    masthead word ends the name (no capitalised word after it: "the Melcombe Post Office"). A place
    and a masthead word the model tagged as a person ("[Brighton Argus] said") is an outlet too."""
    arrays = arrays_of(doc)
    if not arrays.has_lower(MASTHEAD_WORDS):
        return candidates
    texts = arrays.texts()
    by_token = claimed_tokens(candidates)
    out, drop = [], set()
    for c in candidates:
        k = c.token_end
        if c.type != "organisation" and k - c.token_start > 1 and texts[k - 1].lower() in MASTHEAD_WORDS \
                and doc[c.token_start:k - 1].text in PLACES:
            c.type = "organisation"  # "according to [Brighton Argus]" tagged a person
            continue
        if c.type == "person" or k >= len(doc) or k in by_token or not texts[k].istitle() \
                or texts[k].lower() not in MASTHEAD_WORDS or k + 1 < len(doc) and texts[k + 1][:1].isupper():
            continue
        span = doc[c.token_start:k + 1]
        out.append(Candidate(span.start_char, span.end_char, span.text, "organisation", span.start, span.end))
        drop.add(id(c))
    return _replaced(candidates, drop, out)


# Capitalised nouns that, straight after a nationality or a region's adjective, name a public
# body of that country or region: "the Scottish Executive", "Welsh Water", "the Irish Government".
INSTITUTION_HEADS = frozenset({"executive", "government", "assembly", "parliament", "water", "police", "office"})


def institution_after(doc, end: int) -> bool:
    """"the Scottish Executive said", "Scottish Water will pay": a nationality adjective and one
    capitalised institution noun in mid-sentence are a body's name (lower case, "the Scottish
    government", it is a description the model tags in part)."""
    return end < len(doc) and doc[end].is_title and doc[end].lower_ in INSTITUTION_HEADS \
        and doc[end].pos_ == "PROPN" and not doc[end].is_sent_start \
        and not (end + 1 < len(doc) and doc[end + 1].is_title)


def country_before_a_noun(doc, start: int, end: int) -> bool:
    """"told Dunmore Radio US policy was …": a country that ends a tagged body's name and comes
    straight before a lower-case noun describes that noun ("US policy"), not the body (a body's
    arm is followed by a verb or a punctuation mark: "Amnesty International UK said")."""
    if end - start < 3 or end >= len(doc):
        return False  # (read first: most bodies' names are short)
    last = doc[end - 1]
    return (last.text in COUNTRIES or alias_of(last.text) in COUNTRIES) \
        and doc[end].is_lower and doc[end].pos_ == "NOUN"


def hyphenated_opening(doc, start: int) -> int:
    """"Blu-ray Disc Association": a capitalised word joined by a hyphen to a lower-case one
    right before a body's name opens the name (the model leaves "Blu-ray" out); a place and a
    participle ("Yemen-based") describe the body instead."""
    if start >= 3 and arrays_of(doc).texts()[start - 2] == "-" and not doc[start - 3].whitespace_ and not doc[start - 2].whitespace_ \
            and doc[start - 3].is_title and doc[start - 1].is_lower and doc[start - 1].is_alpha \
            and doc[start - 1].whitespace_ and doc[start - 1].lower_ not in ATTRIBUTIVE_TAILS \
            and not doc[start - 1].lower_.endswith(("ed", "ing", "er", "or", "ist", "ian")):
        return start - 3  # (not "Yemen-based", "Kremlin-backed", "Car-maker": a description or a job)
    return start


def nicknamed_people(doc, candidates: list[Candidate]) -> list[Candidate]:
    """'Matiu "Matt" Rangi', "Ana 'Nan' Ruiz": a capitalised name, a nickname in quotes and a
    surname the model tags as a person are one person's name, however the model cut it
    ('Matiu "Matt', '[Tamati] "[Tam" Rewi]')."""
    out = []
    people = None
    texts = arrays_of(doc).texts()  # the marks found on plain strings: no Token for every word
    for k in [k for k in range(len(doc) - 4) if texts[k + 1] in MARKS and texts[k + 3] in MARKS]:
        a, q1, nick, q2, last = doc[k], doc[k + 1], doc[k + 2], doc[k + 3], doc[k + 4]
        if people is None:  # words of the model's people ("Rewi was 54": the surname alone)
            people = {t.text for e in arrays_of(doc).ents() if e.label_ == "PERSON" for t in e}
        if a.is_title and a.pos_ == "PROPN" and nick.is_title \
                and last.is_title and last.pos_ == "PROPN" and (last.text in people or a.text in people) \
                and not q1.whitespace_ and not nick.whitespace_ and a.whitespace_ and q2.whitespace_:
            span = doc[k:k + 5]
            out.append(Candidate(span.start_char, span.end_char, span.text, "person", k, k + 5))
    if not out:
        return candidates
    taken = {i for c in out for i in range(c.token_start, c.token_end)}
    kept = [c for c in candidates if not any(i in taken for i in range(c.token_start, c.token_end))]
    return sorted(kept + out, key=lambda c: c.token_start)


# Words that end no person's name after a possessive: "People's Liberation Army", "Children's Hospital".
NOT_A_PERSON = frozenset({"army", "republic", "front", "hospital", "vote", "choice", "award", "awards", "day"})


REGIONS_OF_A_BUSINESS = frozenset({"Europe", "Asia", "Africa", "Americas", "International"})


def regional_arm(doc, start: int, end: int) -> bool:
    """"GM Europe president …", "Netflix Japan have delayed …", "Microsoft UK said": a company
    named with the country or continent it serves is one body (its arm there). The company is
    no known place ("Paris France" is two) and the region ends the name (not "Netflix Japan
    Studio")."""
    if end >= len(doc) or not arrays_of(doc).column_list("IS_TITLE")[end]:
        return False  # (read on the doc's array first: no Token for the word after every name)
    region = doc[end]  # the word after the name first: most names are followed by no region
    if not (region.is_title and region.pos_ == "PROPN" and doc[end - 1].whitespace_ != "") \
            or not (region.text in COUNTRIES or alias_of(region.text) in COUNTRIES or region.text in REGIONS_OF_A_BUSINESS):
        return False
    name = doc[start:end].text
    if name in PLACES or alias_of(name) in PLACES:
        return False
    after = doc[end + 1] if end + 1 < len(doc) else None
    return not (after is not None and after.is_title and after.pos_ == "PROPN") \
        and any(t.is_title or t.is_upper for t in doc[start:end])


def party_of_a_country(doc, start: int, end: int) -> bool:
    """"UK Independence Party", "Scottish National Party": a country written straight before a
    party's name (the model often leaves it out) is part of that name."""
    if start < 1 or arrays_of(doc).lowers()[end - 1] != "party":
        return False
    prev = doc[start - 1]
    return prev.whitespace_ != "" and (prev.text in COUNTRIES or alias_of(prev.text) in COUNTRIES) \
        and not (start >= 2 and doc[start - 2].tag_ == "POS")


def owner_inside(doc, start: int, end: int) -> int | None:
    """Where the second name starts in one tagged span that holds two joined by a possessive:
    "[Roma's Olivier Dacourt]", "[Tarn Council's Ana Ruiz]" — the owner is named before "'s"
    (capitalised words), the other after it; None when the span is no such pair."""
    texts = arrays_of(doc).texts()  # asked of every tagged name: the possessive looked for first
    for k in range(start + 1, end - 1):
        if texts[k] not in ("'s", "’s"):
            continue
        rest = doc[k + 1:end]
        if all(t.is_title for t in doc[start:k]) and all(t.is_title for t in rest) \
                and (a_full_name(rest) or 2 <= len(rest) <= 3 and rest.text not in KNOWN_ORGANISATIONS
                     and not {t.lower_ for t in rest} & (ORG_WORDS | BODY_WORDS | NOT_PERSON_TAILS | EVENT_WORDS
                                                          | NOT_A_PERSON)):
            return k + 1  # not "People's Vote", "People's Liberation Army", "Queen's Park Rangers"
    return None


ELIDED_PARTICLE = re.compile(r"^(?:d|D|l|L)['’][A-ZÀ-Þ]\w+$")  # "d'Estaing", "D'Alema"


def surname_left_out(doc, start: int, end: int) -> bool:
    """A full name the model cut before its last part: a second surname or an elided particle
    right after it ("Amy Berman [Jackson]", "Andrés López [Obrador]", "Valéry Giscard
    [d'Estaing]") — an untagged capitalised proper noun that is no place, title or body word,
    and not the first word of another name."""
    if end - start < 2 or end >= len(doc) or not (doc[start].is_title and doc[start].pos_ == "PROPN"):
        return False
    nxt = doc[end]
    if doc[end - 1].whitespace_ == "" or nxt.ent_type_ or not (doc[end - 1].is_title and doc[end - 1].is_alpha):
        return False  # not after "Kate Bush's", not "Saint Kitts and"
    if ELIDED_PARTICLE.match(nxt.text):
        return True
    after = doc[end + 1] if end + 1 < len(doc) else None
    return nxt.pos_ == "PROPN" and nxt.is_title and nxt.is_alpha and nxt.text not in PLACES \
        and nxt.lower_ not in _BODY_TITLE_OR_TAIL_WORDS \
        and not (after is not None and after.is_title and after.pos_ == "PROPN")


# Capitalised words that close the name of a newspaper, a magazine or a programme: "Dunmore This
# Week", "Field Crops Today", "Harbour Tonight" (in mid-sentence no place or person ends so).
OUTLET_TAILS = (("This", "Week"), ("This", "Morning"), ("Today",), ("Tonight",))
_OUTLET_TAIL_OPENINGS = frozenset(tail[0] for tail in OUTLET_TAILS)


def outlet_tail(doc, end: int) -> int:
    """Where a name ends when an outlet's closing words follow it ("told [Dunmore] This Week
    that"), or `end` when none do."""
    texts = arrays_of(doc).texts()
    if end < 1 or end < len(texts) and texts[end] not in _OUTLET_TAIL_OPENINGS:
        return end  # no outlet's closing words next (read first: a name is rarely followed by one)
    if doc[end - 1].tag_ == "POS":
        return end  # "BBC Radio 4's Today programme": a programme of the station
    for tail in OUTLET_TAILS:
        k = end + len(tail)
        if k <= len(doc) and tuple(texts[end:k]) == tail and not doc[end].is_sent_start \
                and not (k < len(doc) and (doc[k].is_title and doc[k].pos_ == "PROPN" or doc[k].is_lower and doc[k].pos_ == "NOUN")):
            return k
    return end


def firms_of_two_names(doc, candidates: list[Candidate]) -> list[Candidate]:
    """"Altrion Group, Harlow Tobacco and Brown and Whitcombe": two bare names joined by "and" at
    the end of a list of bodies, itself closed by "and", are one firm (people in such a list would
    be named in full). Names the article gives a person in full stay people."""
    by_end = {c.token_end: c for c in candidates}
    by_start = {c.token_start: c for c in candidates}
    surnames = {c.text.split()[-1] for c in candidates if " " in c.text and c.type == "person"}
    out, merged = [], set()
    for a in candidates:
        b = by_start.get(a.token_end + 1)
        if b is None or a.token_end >= len(doc) or doc[a.token_end].lower_ != "and" or a.token_start < 2 \
                or doc[a.token_start - 1].lower_ != "and" or " " in a.text or " " in b.text:
            continue
        before = by_end.get(a.token_start - 1)
        if before is None or before.type != "organisation" or {a.text, b.text} & (surnames | GIVEN_NAMES):
            continue
        out.append(Candidate(a.start, b.end, doc[a.token_start:b.token_end].text, "organisation", a.token_start, b.token_end))
        merged |= {id(a), id(b)}
    return [c for c in candidates if id(c) not in merged] + out


# Every beginning of the first word of a gazetteer name ("U", "Un", …, "United"): a name that
# starts at a token whose text is none of them is in no gazetteer, however many words follow.
_KNOWN_NAME_OPENINGS = frozenset(word[:k] for name in PLACES | KNOWN_ORGANISATIONS for word in name.split()[:1]
                                 for k in range(1, len(word) + 1))


def known_names(doc, candidates: list[Candidate]) -> list[Candidate]:
    """Places and well-known bodies the model left untagged ("Uefa said", "in Vermont"):
    an exact gazetteer name written as a proper noun, not part of a longer name."""
    covered = claimed_tokens(candidates)
    texts = arrays_of(doc).texts_with_ws()  # plain strings: indexing a Doc costs ~1 µs a time
    words = arrays_of(doc).texts()
    out, i = [], 0
    # Every gazetteer name starts capitalised: the scan steps from one capitalised word to the
    # next (at any other word it only moves on by one).
    for at in [k for k, word in enumerate(words) if word[:1].isupper()]:
        if at < i:
            continue
        i = at
        match = None
        if texts[i][:1].isupper() and i not in covered and (
                words[i] in _KNOWN_NAME_OPENINGS or words[i].split() != [words[i]]):
            # Only names that stop before the next claimed token; each length's text built by
            # adding one word to the last (this runs at every capitalised word).
            longest = min(LONGEST_KNOWN_NAME, len(texts) - i)
            longest = next((k - i for k in range(i + 1, i + longest) if k in covered), longest)
            names, name = [], ""
            for k in range(i, i + longest):
                name += texts[k]
                names.append(name.rstrip())
            for n in range(longest, 0, -1):
                name = names[n - 1]
                if name in KNOWN_ORGANISATIONS:
                    match = (n, "organisation")
                elif name in PLACES and not any(doc[k].ent_type_ for k in range(i, i + n)):
                    match = (n, "place")  # the model's own labels (and rejections) stand
                if match:
                    break
        if match and stands_alone(doc, i, i + match[0], sentence_start_ok=match[1] == "organisation"
                                   or match[0] > 1) and not attributive_compound(doc, doc[i:i + match[0]]):
            n, kind = match
            span = doc[i:i + n]
            out.append(Candidate(span.start_char, span.end_char, span.text, kind, i, i + n))
            i += n
        else:
            i += 1
    return out


# The British prime minister's office, named by its door number: "No 10 said", "a Number 10
# spokesman". After a determiner, a possessive or a team's name it is a shirt or a position in
# sport ("the All Blacks' No 10", "wore the No 10 shirt"), no actor.
DOOR_NUMBER = frozenset({"No", "No.", "Number"})
# Nouns that may follow the office's name and keep it an actor: "a No 10 spokesman".
SPEAKING_FOR_A_BODY = frozenset("""spokesman spokeswoman spokesperson spokesmen official officials aide aides
source sources insider insiders adviser advisers advisor advisors""".split())


# The chambers of the UK Parliament by their short names ("the Commons", "the Lords").
CHAMBER_SHORT_NAMES = frozenset({"Commons", "Lords"})


def westminster_short_names(ctx, candidates: list[Candidate]) -> list[Candidate]:
    """"The Commons has approved the measures", "passing to the Lords": a chamber of Parliament
    named by "the" and its short name (lexicon.ALIASES gives it its full name); "a Commons debate"
    names the debate, and "the Law Lords" is a body of its own. "No 10 said the threat was real",
    "said a Number 10 spokesman": the prime minister's office, an organisation as the White House
    and the Kremlin are when they speak."""
    doc = ctx.doc
    covered = claimed_tokens(candidates)
    texts = arrays_of(doc).texts()  # the words as strings: no Token made for every word
    out = []
    # (each loop gated: its capitalised word occurs in a few articles only)
    for i in range(1, len(doc)) if arrays_of(doc).has_text(CHAMBER_SHORT_NAMES) else ():
        if texts[i] in CHAMBER_SHORT_NAMES and doc[i - 1].lower_ == "the" and i not in covered \
                and not (i + 1 < len(doc) and (doc[i + 1].is_title or doc[i + 1].pos_ in ("NOUN", "PROPN"))):
            out.append(Candidate(doc[i].idx, doc[i].idx + len(doc[i].text), doc[i].text, "organisation", i, i + 1))
    for i in range(len(doc) - 1) if arrays_of(doc).has_text(DOOR_NUMBER) else ():
        if texts[i] not in DOOR_NUMBER or texts[i + 1] != "10" or i in covered or i + 1 in covered:
            continue
        before = doc[i - 1] if i else None
        after = doc[i + 2] if i + 2 < len(doc) else None
        if before is not None and (before.lower_ in ("the", "his", "her", "their", "its", "'s", "’s", "our")
                                   or before.pos_ in ("PROPN", "ADJ", "NUM", "PART") or before.tag_ == "POS"):
            continue  # "the No 10 shirt", "Wales No 10 Stephen Jones", "their new No 10"
        if after is not None and after.is_alpha and after.is_lower and after.pos_ in ("NOUN", "PROPN") \
                and after.lower_ not in SPEAKING_FOR_A_BODY:
            continue  # "No 10 jerseys"
        if after is not None and (after.is_title and after.text != "Downing" or after.like_num):
            continue  # "No 10 Blackwood Road", "No 10 15"
        span = doc[i:i + 2]
        out.append(Candidate(span.start_char, span.end_char, span.text, "organisation", i, i + 2))
    return out


def stands_alone(doc, start: int, end: int, sentence_start_ok: bool) -> bool:
    """A gazetteer name counts only as a whole proper noun: not "Reading" opening a sentence,
    not "Jordan" in "Michael Jordan", not "Kent" in "Kent County Council"."""
    first, last = doc[start], doc[end - 1]
    if end - start == 1 and first.dep_ in ("nsubj", "nsubjpass") and first.text in _COUNTRIES_OR_REGIONS \
            and first.is_title:
        return True  # "Wales have made no recommendation": a country as the subject, however tagged
    if first.is_sent_start and not sentence_start_ok or first.pos_ != "PROPN" and last.pos_ != "PROPN":
        return False
    before = doc[start - 1] if start else None
    after = doc[end] if end < len(doc) else None
    glued = [t for t in (before, after) if t is not None and t.is_title and t.pos_ == "PROPN"]
    return not glued


def unlabelled_organisations(ctx, candidates: list[Candidate]) -> list[Candidate]:
    """All-capital acronyms the model missed ("IAAF", "UEFA") that are not units or time zones."""
    doc = ctx.doc
    covered = claimed_tokens(candidates)
    out = []
    arrays = arrays_of(doc)  # the words and tags as plain strings, read at every capital
    texts, poses = arrays.texts(), arrays.poses()
    for token in ctx.capitalised:
        text = texts[token.i]
        if token.i in covered or poses[token.i] != "PROPN" and not GROUP_OF_STATES.match(text):
            continue  # "the G8" is often tagged as a common noun
        if (2 <= len(text) <= 6 and text.isupper() and text.isalpha() or GROUP_OF_STATES.match(text)) \
                and not ROMAN.match(text) and text not in NOT_ACRONYM_ACTORS and not token.is_sent_start \
                and not not_an_acronym_of_a_body(doc, token.i):
            if glued_to_capitals(doc, token.i, token.i + 1):
                continue  # "ABS" of "ABS-CBN": the whole is taken at its last part
            if (text in PLACES or alias_of(text) in PLACES) \
                    and (token.ent_type_ == "EVENT" or opens_an_event(doc, token.i + 1)):
                continue  # "the US Open", "the UK Championship": the place names the event, not an actor
            body = covered.get(token.i + 1)
            if initials_of(doc, token, body):
                body.start, body.token_start = token.idx, token.i  # "RJ [Reynolds Tobacco]"
                body.text = doc[token.i:body.token_end].text
                continue
            start = token.i
            while start >= 2 and glued_to_capitals(doc, start - 2, start - 1):
                start -= 2  # "ABS-[CBN]"
            end = token.i + 1
            if end < len(doc) and doc[end].text in CORPORATE_TAILS and end not in covered:
                end += 1  # "JFE Holdings"
            span = doc[start:end]
            out.append(Candidate(span.start_char, span.end_char, span.text, "organisation", start, end))
    return out


def glued_to_capitals(doc, i: int, end: int) -> bool:
    """Token `i` (capitals) is joined by a hyphen with no spaces to capitals after it: "ABS-CBN"."""
    return end + 1 < len(doc) and doc[end].text == "-" and not doc[i].whitespace_ and not doc[end].whitespace_ \
        and doc[end + 1].is_upper and doc[end + 1].is_alpha


def initials_of(doc, token, body: Candidate | None) -> bool:
    """"RJ Reynolds Tobacco", "JC Decaux": two or three capitals straight before a company's name the
    model found without them (no known body or place's short form: "US Steel" stays two)."""
    return body is not None and body.type == "organisation" and body.token_start == token.i + 1 \
        and 2 <= len(token.text) <= 3 and token.text not in KNOWN_ORGANISATIONS \
        and alias_of(token.text) is None and token.text not in PLACES


def unlabelled_people(ctx, candidates: list[Candidate]) -> list[Candidate]:
    """Names the model missed that grammar or a title vouches for: "Lt Col Ivan Drost of
    the PCO told …", "Tobin Ashgrove said …" (a capitalised name as the subject of a cue), and
    "Fars News said …" (a body, by its last word)."""
    doc = ctx.doc
    from ..lexicon import CUE_FORMS

    covered = claimed_tokens(candidates)
    out = []
    arrays = arrays_of(doc)  # the tags and title case as plain values, read at every capital
    poses, title = arrays.poses(), arrays.column_list("IS_TITLE")
    for token in ctx.capitalised:
        if token.i in covered or poses[token.i] != "PROPN" or not title[token.i]:
            continue
        if token.i + 1 < len(doc) and poses[token.i + 1] == "PROPN" and title[token.i + 1]:
            continue  # not the last word of the name
        start = token.i
        while start > 0 and poses[start - 1] == "PROPN" and title[start - 1] \
                and start - 1 not in covered:
            start -= 1
        words = doc[start:token.i + 1]
        place = place_after_an_office(doc, start, token.i + 1)
        holds_the_office = place is not None
        if place is not None:  # "Prime Minister of [India] Narendra Modi wrote": the office's place, then the name
            out.append(Candidate(doc[start].idx, doc[place - 1].idx + len(doc[place - 1].text),
                                 doc[start:place].text, "place", start, place))
            start, words = place, doc[place:token.i + 1]
        n_titles = 0
        while n_titles < len(words) and (words[n_titles].lower_ in HONORIFIC_TITLES
                                         or words[n_titles].lower_.rstrip(".") in PERSONAL_HONORIFICS):
            n_titles += 1  # "Lt Col", "Prof", "Cllr"
        if peer_named_by_title(doc, start + n_titles - 1, token.i + 1) and n_titles:
            n_titles -= 1  # "Lord Pemberton": the title is part of how a peer is named
        if named_by_a_style(doc, start + n_titles - 1, token.i + 1) and n_titles:
            n_titles -= 1  # "Queen Mother": the title and the style are the name
        if not n_titles:
            n_titles = office_before_a_full_name(words)  # "Police Chief Ana Ruiz told": the office, then the name
        titled, name = list(words[:n_titles]), list(words[n_titles:])
        # Titles come first ("Lt Col Ivan Drost"); "European Commissioner" is a title alone.
        speaks = token.dep_ in ("nsubj", "nsubjpass") and token.head.lower_ in CUE_FORMS \
            and words.text not in PLACES
        if speaks and not titled and 2 <= len(name) <= 4 and name[-1].lower_ in ORG_WORDS:
            out.append(Candidate(words.start_char, words.end_char, words.text, "organisation", start, token.i + 1))
            continue  # "Fars News said"
        peer = len(name) == 2 and name[0].lower_ in PEER_TITLES
        styled = len(name) >= 2 and named_by_a_style(doc, name[0].i, token.i + 1)
        if styled and (start > 0 and doc[start - 1].lower_ == "the" or token.dep_ in ("nsubj", "nsubjpass")):
            out.append(Candidate(words.start_char, words.end_char, words.text, "person", start, token.i + 1))
            continue
        if not name or len(name) > 3 or any(t.lower_ in _TITLE_OR_BODY_WORDS for t in name[peer:]) \
                or a_designation(doc, words) \
                or name[-1].lower_ in EVENT_WORDS \
                or len(name) == 1 and len(name[0].text) < 2:
            continue  # "Mr. A": an anonymised letter, not a name
        preceded = start > 0 and doc[start - 1].lower_ in HONORIFIC_TITLES
        if (titled or preceded) and len(name) >= 1 or (speaks or holds_the_office) and len(name) >= 2:
            first, last = name[0], token
            if last.i + 1 < len(doc) and ROMAN.match(doc[last.i + 1].text):
                last = doc[last.i + 1]  # "Queen Elizabeth II"
            out.append(Candidate(first.idx, last.idx + len(last.text), doc[first.i:last.i + 1].text,
                                  "person", first.i, last.i + 1))
    return out


def office_before_a_full_name(words) -> int:
    """How many words of a run of capitalised words are an office before a full name: "[Police
    Chief] Ana Ruiz", "[Deputy Fire Chief] Ola Berg" — the last word before the name a title
    word, the name a given name and one or two more; 0 when the run is no such thing."""
    for k in range(len(words) - 2, 0, -1):
        if words[k - 1].lower_ in TITLE_WORDS and a_full_name(words[k:]):
            return k
    return 0


def place_after_an_office(doc, start: int, end: int) -> int | None:
    """Where the name begins in a run of capitalised words after "<title> of" that opens with a
    known place: "Prime Minister of [India] Narendra Modi", "Governor of [Texas] Ana Ruiz" — the
    office's place, then a name of two or three words; None when the run is no such thing."""
    if start < 2 or doc[start - 1].lower_ != "of" or doc[start - 2].lower_ not in TITLE_WORDS:
        return None
    for k in range(start + 1, min(start + 4, end - 1)):
        if doc[start:k].text in PLACES and 2 <= end - k <= 3:
            return k
    return None


def unlabelled_bodies(doc, candidates: list[Candidate]) -> list[Candidate]:
    """Capitalised names with an organisation word the model missed: "Marriage Equality
    Coalition Taiwan", "Center for Astrophysics"."""
    covered = claimed_tokens(candidates)
    # The token tests as lists of plain values (indexing a Doc costs ~1 µs a time).
    strings, n = doc.vocab.strings, len(doc)
    arrays = arrays_of(doc)
    title, pos, lower = (arrays.column_list("IS_TITLE"), arrays.column_list("POS"), arrays.column_list("LOWER")) \
        if n else ([], [], [])
    name_pos = {strings[p] for p in ("PROPN", "NOUN", "ADJ")}
    joiners = {strings[w] for w in ("of", "for", "and")}
    out, i = [], 0
    # A run opens at a capitalised noun or adjective: the scan steps from one to the next (at
    # any other word it only moves on by one).
    for at in [k for k in range(n) if title[k] and pos[k] in name_pos]:
        if at < i:
            continue
        i = at
        j = i
        while j < n and j not in covered and (
                (title[j] and pos[j] in name_pos)
                or (j > i and lower[j] in joiners and j + 1 < n and title[j + 1])):
            j += 1
        if j - i < 2 or lower[j - 1] in joiners:
            i = max(j, i + 1)
            continue
        words = doc[i:j]
        # At a sentence's start a capital says nothing, unless the name is long and ends in a
        # body word ("East Fenland Fire and Rescue Service were sent").
        opens = words[0].is_sent_start and not (len(words) >= 3 and words[-1].lower_ in BODY_WORDS)
        if not opens and ({t.lower_ for t in words} & BODY_WORDS or a_newspaper(doc, i, j)):
            out.append(Candidate(words[0].idx, words[-1].idx + len(words[-1].text), words.text,
                                  "organisation", i, j))
        i = max(j, i + 1)
    return out


# Last words of newspapers' names ("the Yorkshire Post", "the Sunday Times") and the words that
# make a paper of them: a day or time of issue, or a place or people it serves.
NEWSPAPER_TAILS = frozenset("""times post herald gazette telegraph chronicle journal tribune mirror express
standard observer echo courier argus record mail news""".split())
ISSUE_WORDS = frozenset({"daily", "evening", "sunday", "morning", "weekly"})


def a_newspaper(doc, i: int, j: int) -> bool:
    """"in the East Anglian Daily Times", "the Yorkshire Post reported": after "the", capitalised
    words ending in a newspaper's word, with a day or time of issue, a place or a people before
    it (not "the Red Post", not "the Daily" alone)."""
    words = doc[i:j]
    if len(words) < 2 or words[-1].lower_ not in NEWSPAPER_TAILS or i == 0 or doc[i - 1].lower_ != "the":
        return False
    first = words[:-1]
    return any(t.lower_ in ISSUE_WORDS for t in first) or first.text in PLACES or first[0].lower_ in DEMONYMS


def party_adjectives(ctx, candidates: list[Candidate]) -> list[Candidate]:
    """"the Democratic rival", "Conservative shadow foreign secretary": a party named as an
    adjective the model left untagged (not "Democratic Republic", a longer name)."""
    doc = ctx.doc
    covered = claimed_tokens(candidates)
    out = []
    lowers = arrays_of(doc).lowers()  # plain strings, read at every capital
    for token in ctx.capitalised:
        if token.i in covered:
            continue
        end = token.i + 1
        if end < len(doc) and end not in covered and f"{lowers[token.i]} {lowers[end]}".rstrip("s") in PARTIES:
            end += 1  # "Liberal Democrat spokesman", "Lib Dem"
        elif lowers[token.i] not in PARTY_ADJECTIVES or after_opening_mark(doc, token.i) \
                or token.is_sent_start and not before_a_role(doc, end) \
                or token.i > 1 and doc[token.i - 1].lower_ == "of" and doc[token.i - 2].is_title:
            continue  # '"Labour is too costly"', "the Study of Labour"
        if inside_a_longer_name(doc, token.i, end) or names_a_department(doc, token.i, end):
            continue
        span = doc[token.i:end]
        out.append(Candidate(span.start_char, span.end_char, span.text, "organisation", token.i, end))
    return out


def before_a_role(doc, i: int) -> bool:
    """"Conservative shadow chancellor …", "Labour MPs …": a role word follows."""
    word = doc[i].lower_ if i < len(doc) else ""
    return word in _TITLES_OR_PREFIXES or word.rstrip("s") in TITLE_WORDS


def names_a_department(doc, start: int, end: int) -> bool:
    """"Economy and Labour Minister": a portfolio in a list of portfolios, not the party."""
    return end < len(doc) and doc[end].lower_ in FRAGMENT_TITLES and start > 0 and doc[start - 1].text in ("and", ",")


def initialled_people(ctx, candidates: list[Candidate]) -> list[Candidate]:
    """"J Robinson (capt); M Tully-Reeve, J-P Grandclaude": team sheets and bylines name people by
    initial and surname, which the model leaves untagged or calls organisations."""
    doc = ctx.doc
    covered = claimed_tokens(candidates)
    out = []
    texts = arrays_of(doc).texts()  # plain strings, read at every capital
    for token in ctx.capitalised:
        if token.i + 1 >= len(doc):
            continue
        text = texts[token.i]
        two_letters = bool(TWO_INITIALS.match(text)) and in_a_list_of_names(doc, token.i)
        if token.i in covered or not (INITIAL.match(text) or two_letters):
            continue
        surname = doc[token.i + 1]
        if surname.lower_ in NAME_PARTICLES and token.i + 2 < len(doc) and doc[token.i + 2].is_title:
            surname = doc[token.i + 2]  # "R de Marigny", "CA del Fava"
        if not (surname.is_title and surname.is_alpha and len(surname.text) > 1):
            continue
        tagged = covered.get(surname.i)
        if tagged is not None and (tagged.token_start, tagged.token_end) != (surname.i, surname.i + 1):
            continue  # part of a longer name
        after = doc[surname.i + 1].text if surname.i + 1 < len(doc) else ""
        # "A Boeing jet", "I Think": the article and the pronoun need a list around them.
        before = doc[token.i - 1].text if token.i else ""
        if token.text in ("A", "I") and (after not in (",", ";", "(", ".", "")
                                         or before not in (",", ";", ":", "") and not token.is_sent_start):
            continue
        first = token.i
        if first >= 2 and doc[first - 1].text == "-" and INITIAL.match(doc[first - 2].text):
            first -= 2  # "J-P Grandclaude"
        if tagged is not None:
            candidates.remove(tagged)  # "A [Titterrell]": the model saw only the surname
        out.append(Candidate(doc[first].idx, surname.idx + len(surname.text),
                              doc[first:surname.i + 1].text, "person", first, surname.i + 1))
    return out


def in_a_list_of_names(doc, i: int) -> bool:
    """A team sheet: the word sits between commas or semicolons (or a line's start and end)."""
    before = doc[i - 1].text if i > 0 else ""
    k = i + 1
    while k < len(doc) and (doc[k].is_title or doc[k].lower_ in NAME_PARTICLES) and k - i < 4:
        k += 1
    after = doc[k].text if k < len(doc) else ""
    return (before in (",", ";", "") or doc[i].is_sent_start) and after in (",", ";", ".", "(", "")


def named_by_context(ctx, candidates: list[Candidate]) -> list[Candidate]:
    """Untagged capitalised names that their neighbours identify: "the rock band Cream",
    "security firm Symantec", "firms such as Quillo and Brightnet" (a company noun before them), "Ned Arkle and Terry Lowdon"
    (joined by "and" to a person), "told The Verge" (an outlet), "Leicester, Shrewsbury and
    Dorset" (a list of names of one type), "Britons voted" (a nationality that acts)."""
    doc = ctx.doc
    covered = claimed_tokens(candidates)
    out = []
    # Read at every capitalised word: the words, tags and title case as plain values.
    arrays = arrays_of(doc)
    lowers, tags, poses = arrays.lowers(), arrays.tags(), arrays.poses()
    title, sent_start = arrays.column_list("IS_TITLE"), arrays.column_list("SENT_START")
    for token in ctx.capitalised:
        i = token.i
        if i in covered:
            continue
        if plural_nationality(lowers[i], tags[i]) and (token.dep_ in ("nsubj", "nsubjpass") or share_of(token)):
            out.append(Candidate(token.idx, token.idx + len(token.text), token.text, "group",
                                  token.i, token.i + 1))
            continue
        if poses[i] != "PROPN" or sent_start[i] == 1:
            continue
        if i > 0 and poses[i - 1] == "PROPN" and title[i - 1]:
            continue  # not the first word of the name
        end = i + 1
        while end < len(doc) and end not in covered and end - i < 5 and (
                poses[end] == "PROPN" and title[end]
                or lowers[end] in ("the", "of", "for") and end + 1 < len(doc)
                and title[end + 1] and poses[end + 1] == "PROPN"):
            end += 1  # "Save the Old Quay"
        span = doc[token.i:end]
        name = span.text  # built once: a Span joins its tokens' texts on each call
        if name in NOT_ACTORS or name.lower() in NOT_ACTORS or all(t.lower_ in TITLE_WORDS for t in span):
            continue  # "candidate for Vice President and Harris": a title is no name
        kind = None
        if after_company_noun(doc, token.i) or listed_after_firms(doc, token.i):
            kind = "organisation"
        elif len(span) >= 2 and end + 1 < len(doc) and doc[end].lower_ == "and" \
                and is_person(covered.get(end + 1)) and covered[end + 1].token_start == end + 1:
            kind = "person"
        elif names_an_outlet(doc, token.i, end):
            kind = "organisation"
        elif works_for(doc, token.i, end, covered):
            kind = "organisation"
            while end + 1 < len(doc) and end not in covered and end - token.i < 6 and doc[end].lower_ in ("the", "of", "for", "and") \
                    and doc[end + 1].is_title and not doc[end + 1].is_sent_start:
                end += 2  # "Save the Children": the name's capitalised words, whatever their tag
            span = doc[token.i:end]
        elif len(span) <= 3 and doc[token.i - 1].lower_ not in NAME_PARTICLES:  # not "CA del [Fava]"
            kind = type_of_list_around(doc, token.i, end, covered)
        if kind:
            out.append(Candidate(span.start_char, span.end_char, span.text, kind, token.i, end))
    return out


def works_for(doc, start: int, end: int, covered: dict[int, Candidate]) -> bool:
    """"Laura Pike of Save the Children said": an untagged name after a person and "of", that
    is no known place, is the body the person speaks for."""
    person = covered.get(start - 2)
    return start >= 2 and doc[start - 1].lower_ == "of" and is_person(person) and person.token_end == start - 1 \
        and doc[start:end].text not in PLACES


def names_an_outlet(doc, start: int, end: int) -> bool:
    """An untagged mid-sentence "The X" that a newspaper's context vouches for ("told The Verge",
    "according to The Verge", "The Spectator editor said"). Without that context a capitalised
    "The" mostly opens a film or book title, which is no actor."""
    if start < 2 or doc[start - 1].text != "The" or doc[start - 1].is_sent_start:
        return False
    before = doc[start - 2]
    after = doc[end].lower_ if end < len(doc) else ""
    return before.lower_ in OUTLET_BEFORE or after in OUTLET_AFTER or \
        before.lower_ == "to" and start >= 3 and doc[start - 3].lower_ == "according"


def type_of_list_around(doc, start: int, end: int, covered: dict[int, Candidate]) -> str | None:
    """"Liverpool, Leicester, Shrewsbury, Dorset and Torbay": an untagged name in a list whose
    other members (directly joined by commas or "and") are mostly names of one type is a name of
    that type."""
    types: list[str | None] = []
    k = start - 1  # leftwards: separator, then a whole candidate ending just before it
    while k > 0 and len(types) < 8 and doc[k].text in (",", "and", "or"):
        k -= 2 if doc[k].lower_ in ("and", "or") and doc[k - 1].text == "," else 1
        c = covered.get(k)
        if c is None or c.token_end != k + 1:
            break
        types.append(confirmed_type(doc, c))
        k = c.token_start - 1
    k = end  # rightwards
    while k + 1 < len(doc) and len(types) < 8 and doc[k].text in (",", "and", "or"):
        k += 2 if doc[k].text == "," and doc[k + 1].lower_ in ("and", "or") else 1
        c = covered.get(k)
        if c is None or c.token_start != k:
            break
        types.append(confirmed_type(doc, c))
        k = c.token_end
    if len(types) < 2 or cut_short(doc, start, end):
        return None
    confirmed = [t for t in types if t is not None]
    best = max(("person", "organisation", "place"), key=confirmed.count)
    # Members must be vouched for beyond the model's label: it tags a team sheet's surnames as
    # places and a list of films as organisations. A loose majority: it mislabels members too.
    if confirmed.count(best) < 2 or 3 * confirmed.count(best) < 2 * len(confirmed):
        return None
    return best if best != "person" or end - start >= 2 else None


def cut_short(doc, start: int, end: int) -> bool:
    """"[T]-Mobile", "[Maroon] 5", "Anni-[Frid]", "[Lord] Woolf": part of a longer name the scan
    cut short."""
    after = doc[end] if end < len(doc) else None
    return after is not None and (after.like_num or after.text == "-" and not doc[end - 1].whitespace_
                                  or after.is_title and after.pos_ == "PROPN") \
        or start > 0 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_


def confirmed_type(doc, c: Candidate) -> str | None:
    """A list member's type when more than the model's label says so: a known place or body, or a
    person named in full."""
    kind = corrected_type(doc, c)
    if kind == "place" and (c.text in PLACES or alias_of(c.text) in PLACES):
        return kind
    if kind == "organisation" and c.text in KNOWN_ORGANISATIONS:
        return kind
    if kind == "person" and " " in c.text:
        return kind
    return None


# Unions of word sets the conditions above test, built once (a `|` inside a condition builds
# a new set each time it is evaluated).
_BODY_TITLE_OR_TAIL_WORDS = ORG_WORDS | BODY_WORDS | TITLE_WORDS | NOT_PERSON_TAILS
_COUNTRIES_OR_REGIONS = COUNTRIES | REGIONS
_TITLE_OR_BODY_WORDS = TITLE_WORDS | ORG_WORDS | BODY_WORDS
_TITLES_OR_PREFIXES = TITLE_WORDS | ROLE_PREFIXES
