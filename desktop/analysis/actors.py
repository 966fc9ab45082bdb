"""Actors: named people, organisations, places and groups, one per real-world entity.

spaCy's small model finds the names; the rules here clean and merge them:
- titles, "the" and possessives are stripped ("President Donald Trump" → Donald Trump);
- a single-token mention equal to a known person's surname is that person, whatever label
  the model gave it (it tags "Trump" as ORG and "Carney" as GPE in real articles);
- abbreviations and acronyms join their full names ("U.S." = United States, "EU");
- fragments of job titles ("Secretary of Commerce") are not organisations;
- two people with one surname stay apart; a bare surname goes to the nearest one before it.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .gazetteer import COUNTRIES, DEMONYMS, GIVEN_NAMES, KNOWN_ORGANISATIONS, NICKNAMES, OCCUPATIONS, PLACES
from .lexicon import ALIASES_IF_NAMED, HONORIFIC_TITLES, NOT_ACRONYM_ACTORS, NOT_ACTORS, TITLE_WORDS
from .names import (
    INITIAL, NAME_PARTICLES, PERSONAL_HONORIFICS, POSSESSIVE, POSTNOMINALS, ROMAN, TWO_INITIALS, acronym, alias_of,
    fold, norm, person_key, slug, surname, unique_id,
)
from .types import Actor, Mention

LABEL_TYPES = {"PERSON": "person", "ORG": "organisation", "GPE": "place", "LOC": "place",
               "NORP": "group", "FAC": "place"}
# Words that make a name an organisation, whatever label the model gave it.
_ORG_WORDS = frozenset("""air airlines airways inc inc. ltd ltd. plc corp corp. company group bank
council university college party agency ministry department museum association union
foundation institute commission committee board court police club league federation
authority trust fund network times news films pictures studios records entertainment media
productions motors airport fa fc afc rfc""".split())
_MEDIA_NOUNS = frozenset("""platform network site website app service company firm newspaper
channel outlet magazine broadcaster paper station agency""".split())
# Words that make an uncapitalised-by-the-model name a body ("… Coalition", "Center for …").
_BODY_WORDS = frozenset("""coalition center centre institute university college council committee
association federation foundation alliance league union society agency authority commission
ministry department party trust fund network movement front organisation organization
corporation company bank""".split())
# Nouns after a name that make it the name of a thing: not an actor.
_OBJECT_NOUNS = frozenset("""telescope spacecraft satellite rocket probe mission aircraft jet ship vessel
programme program show film movie album song book novel series app game prize award trophy cup
medal virus vaccine drug""".split())
_MARKS = frozenset('"“”„«»‘’\'')
_CODE_NAME = re.compile(r"^(?:[A-Z]{2,}-\d+[A-Za-z]?|[A-Z]{1,3}-[A-Z0-9]{2,5})$")  # "COVID-19", "EP-CPP"
_EVENT_WORDS = frozenset("""championship championships cup prize award awards trophy medal festival
challenge tournament marathon bill act olympics games expo summit slam lecture lectures
week convention""".split())
# Party names: organisations even when used as adjectives ("the Labour leader"); matched
# after a trailing "s" is dropped, so "Tories" is "tory".
_PARTIES = frozenset({"labour", "tory", "torie", "conservative", "democrat", "democratic", "republican", "green",
                      "snp", "ukip", "liberal democrat", "lib dem"})
# Party words written as adjectives the model leaves untagged ("Democratic rival Joe Biden",
# "Conservative shadow foreign secretary"); "Green" is left out: too often a colour or a place.
_PARTY_ADJECTIVES = frozenset({"labour", "tory", "conservative", "democratic", "republican"})
# Words that open a role after a party adjective ("Tory Shadow Chancellor …").
_ROLE_PREFIXES = frozenset({"shadow", "deputy", "acting", "former", "junior", "senior", "chief", "assistant"})
# Offices named after a department ("Interior Minister", "Commerce secretary"): the department
# word before them is part of the title. Not "manager" or "chairman": "Chelsea manager" names a club.
_FRAGMENT_TITLES = frozenset({"minister", "ministers", "secretary", "secretaries", "commissioner", "chancellor"})
_ROLE_OF = frozenset({"minister", "secretary", "ministry", "department", "commissioner",
                      "director", "chancellor", "president", "chair", "chairman", "head",
                      "professor", "chief", "attorney", "governor", "ambassador", "leader"})


_GROUP_OF_STATES = re.compile(r"^G\d{1,2}$")  # "G7", "G20"
# Gazetteer names are matched on token windows up to this long.
_LONGEST_KNOWN_NAME = max(len(n.split()) for n in PLACES | KNOWN_ORGANISATIONS)
# Every word of a well-known multi-word name: a neighbour outside this set cannot extend a name.
_KNOWN_NAME_WORDS = frozenset(w for n in PLACES | KNOWN_ORGANISATIONS if " " in n for w in n.split())
# Last words that make "<given name> X" a place or an institution, not a person ("Victoria
# Station", "Christian Aid", "Georgia Tech").
_NOT_PERSON_TAILS = frozenset("""aid democrats democratic union church tech station street road
square park valley river bay lake hospital school airport bridge hall house centre center
stadium arena island islands city county""".split())
# Words that introduce a relative ("his daughter Nettie Baker"), who shares the surname.
_KIN = frozenset("""daughter son wife husband brother sister father mother widow widower partner
cousin niece nephew grandson granddaughter grandfather grandmother uncle aunt fiancee fiance
stepson stepdaughter parents parent children sons daughters brothers sisters siblings""".split())
# Words that end a company's name where the model often stops one short ("JFE [Holdings]").
_CORPORATE_TAILS = frozenset({"Holdings", "Group", "Ltd", "Ltd.", "Inc", "Inc.", "Corp", "Corp.", "Plc", "PLC",
                              "Co", "Co.", "LLC", "AG", "SA", "NV"})
# Nouns whose apposition names a body: "security firm Symantec", "the rock band Cream".
_COMPANY_NOUNS = _MEDIA_NOUNS | frozenset("""firm company group maker giant retailer carrier airline
bank club side team broadcaster publisher developer manufacturer brand label band""".split())
# Chambers the model glues to the name after them: "Speaker of the [House Nancy Pelosi]".
_CHAMBERS = frozenset({"house", "senate", "congress", "parliament", "commons", "lords", "assembly"})
# Words around an untagged "The X" that make it a newspaper, magazine or site: "told The Verge",
# "according to The Verge", "The Spectator editor", "The Daily Telegraph poll".
_OUTLET_BEFORE = frozenset({"told", "tells", "telling", "tell"})
_OUTLET_AFTER = frozenset("""reported reports reporting said says quoted newspaper magazine editor editors
columnist columnists correspondent reporter poll survey website""".split())
# "Jakarta-based", "US-born": a place used as an adjective.
_ATTRIBUTIVE_TAILS = frozenset({"based", "born", "led", "owned", "registered", "headquartered", "backed", "made",
                                "built", "funded", "listed", "run", "controlled", "designed", "sponsored", "produced",
                                "educated", "trained", "brokered", "bred"})


@dataclass(slots=True)
class _Candidate:
    start: int  # character offsets in the text
    end: int
    text: str
    type: str
    token_start: int  # token indices (exclusive end)
    token_end: int
    key: str = ""  # cluster key, filled in by the resolver
    implied: str = ""  # the full name a bare first name stands for ("Richard" in "Richard and Lisa Parry")


def _covered(candidates: list[_Candidate]) -> dict[int, _Candidate]:
    """Token index → the candidate that already claims it (the scans below skip those tokens)."""
    return {i: c for c in candidates for i in range(c.token_start, c.token_end)}


class ActorResolver:
    """doc → actors with their mentions, and a map from token index to actor id."""

    def resolve(self, doc) -> tuple[list[Actor], dict[int, str]]:
        self._doc = doc
        # Per-document word sets, built on first use.
        self._lower_words: set[str] | None = None
        self._surnames: set[str] | None = None
        self._kin_names: set[str] | None = None
        # Every name starts with a capital: the token scans below walk only these (a sixth of
        # the text), which keeps the rules cheap next to spaCy's parse.
        # Hashtags and handles ("#MAGA", "@peoplesvote") and places used as adjectives ("US-based")
        # are not names in running text.
        texts = [t.text for t in doc]  # plain strings: indexing a Doc costs ~1 µs a time
        self._capitalised = [doc[i] for i, text in enumerate(texts) if text[:1].isupper()
                             and not (i and texts[i - 1] in ("#", "@") and _tagged_by_a_sign(doc, i))
                             and not (i + 1 < len(texts) and texts[i + 1] == "-"
                                      and _attributive_compound(doc, doc[i:i + 1]))]
        candidates = self._candidates(doc)
        candidates += self._known_names(doc, candidates)
        candidates += self._unlabelled_organisations(doc, candidates)
        candidates += self._unlabelled_people(doc, candidates)
        candidates += self._unlabelled_bodies(doc, candidates)
        candidates += self._party_adjectives(doc, candidates)
        candidates += self._initialled_people(doc, candidates)
        candidates += self._named_by_context(doc, candidates)
        candidates = [c for c in candidates if not _names_an_object(doc, c)]
        candidates = _join_dashed_organisations(doc, candidates)
        for c in candidates:
            c.type = _corrected_type(doc, c)
        _plurals_take_the_singular_type(candidates)
        self._fix_person_surnames(doc, candidates)
        _share_a_surname(doc, candidates)
        candidates = _without_tickets(candidates)
        candidates.sort(key=lambda c: c.start)
        self._assign_keys(candidates)
        return self._build_actors(doc, candidates)

    # ------------------------------------------------------------------ candidates
    def _candidates(self, doc) -> list[_Candidate]:
        out: list[_Candidate] = []
        ents = list(doc.ents)
        other_names = {e.text for e in ents if e.label_ != "PERSON"}
        skip_next = False
        for i, ent in enumerate(ents):
            if skip_next:
                skip_next = False
                continue
            actor_type = LABEL_TYPES.get(ent.label_)
            if actor_type is None:
                continue
            start_tok, end_tok = ent.start, ent.end
            # "Washington, D.C." is one place, not two.
            if (i + 1 < len(ents) and ents[i + 1].text.replace(".", "").upper() == "DC"
                    and ents[i + 1].start == end_tok + 1 and doc[end_tok].text == ","):
                end_tok = ents[i + 1].end
                skip_next = True
            if ent.label_ == "PERSON":
                # "Mayor of [Koszalin Piotr Jedlinski]": a place named elsewhere is not a first name.
                # "Prime Minister of India Narendra Modi" comes out as "India Narendra Modi".
                # "Mayor of Tarn Ana Sousa": after "of", a word that is no given name but is
                # followed by one names the office's place.
                while end_tok - start_tok > 2 and (doc[start_tok].text in other_names or (
                        doc[start_tok].text in PLACES and doc[start_tok].text not in GIVEN_NAMES) or (
                        start_tok > 0 and doc[start_tok - 1].lower_ == "of"
                        and doc[start_tok].text not in GIVEN_NAMES and doc[start_tok + 1].text in GIVEN_NAMES)):
                    start_tok += 1
                if end_tok < len(doc) and ROMAN.match(doc[end_tok].text):
                    end_tok += 1  # "Elizabeth II"
                    if i + 1 < len(ents) and ents[i + 1].start < end_tok:
                        skip_next = True
            if ent.label_ == "PERSON" and end_tok - start_tok == 1 and end_tok < len(doc) \
                    and doc[end_tok].pos_ == "PROPN" and doc[end_tok].is_title and doc[end_tok].ent_type_ == "" \
                    and doc[start_tok].text in GIVEN_NAMES:
                end_tok += 1  # "[Edith] Masai": the model dropped the surname
            if ent.label_ == "PERSON" and end_tok + 1 < len(doc) and doc[end_tok].lower_ in NAME_PARTICLES \
                    and doc[end_tok + 1].is_title and doc[end_tok + 1].pos_ == "PROPN":
                end_tok += 2  # "[David] dal Maso", "[Charles] de Gaulle"
                if i + 1 < len(ents) and ents[i + 1].start < end_tok:
                    skip_next = True
            if ent.label_ == "PERSON" and start_tok > 0:  # the model often drops the first name: "Imran [Khan]"
                prev = doc[start_tok - 1]
                if prev.pos_ == "PROPN" and prev.is_title and prev.ent_type_ == "" and \
                        prev.lower_ not in TITLE_WORDS and prev.text not in other_names and \
                        (start_tok < 2 or doc[start_tok - 2].lower_ not in ("of", "for", "in", "from")):
                    start_tok -= 1
            if actor_type != "person" and _after_a_job(doc, start_tok, end_tok):
                actor_type = "person"  # "former England full-back [Dusty Hare]" tagged ORG
            if actor_type == "place" and self._names_a_medium(doc, ent):
                actor_type = "organisation"
            if i + 1 < len(ents) and ents[i + 1].start == end_tok and \
                    f"{ent.text} {ents[i + 1].text}".lower().rstrip("s") in _PARTIES:
                end_tok, actor_type, skip_next = ents[i + 1].end, "organisation", True  # "Liberal" + "Democrat"
            if start_tok > 0 and doc[start_tok - 1].text == "Liberal" and ent.text.rstrip("s") == "Democrat":
                start_tok, actor_type = start_tok - 1, "organisation"  # "Liberal" left untagged
            if ent.label_ == "ORG" and i > 0 and _national_prefix(ents[i - 1], ent):
                start_tok = ents[i - 1].start  # "[US] [Anti-Doping Agency]" is one body
                if out and out[-1].token_start >= start_tok:
                    out.pop()
            if ent.label_ == "ORG":
                end_tok = self._extend_coordinated_name(doc, ent, end_tok)
                end_tok = _extend_organisation_name(doc, ents[i + 1] if i + 1 < len(ents) else None, ent, end_tok)
                if i + 1 < len(ents) and ents[i + 1].start < end_tok:
                    skip_next = True
            start_tok, end_tok = _known_name_around(doc, start_tok, end_tok)  # "Ask [Jeeves]", "[BBC Radio] Five Live"
            split = _place_before_a_name(doc, start_tok, end_tok)
            if split is not None:  # "Minister of [Scotland Nicola Sturgeon]": a place, then a person
                place = doc[start_tok:split]
                out.append(_Candidate(place.start_char, place.end_char, place.text, "place", start_tok, split))
                start_tok, actor_type = split, "person"
            cand = self._trim(doc, start_tok, end_tok, actor_type, ent.label_)
            if cand is not None:
                out.append(cand)
        return out

    @staticmethod
    def _names_a_medium(doc, ent) -> bool:
        """"his social platform, Truth Social": a named platform or outlet is not a place."""
        before = [t for t in doc[max(0, ent.start - 3):ent.start] if t.text not in (",", "the")]
        heads = {ent.root.head.lower_} | {t.lower_ for t in before[-1:]}
        return bool(heads & _MEDIA_NOUNS)

    @staticmethod
    def _known_names(doc, candidates: list[_Candidate]) -> list[_Candidate]:
        """Places and well-known bodies the model left untagged ("Uefa said", "in Vermont"):
        an exact gazetteer name written as a proper noun, not part of a longer name."""
        covered = _covered(candidates)
        texts = [t.text_with_ws for t in doc]  # plain strings: indexing a Doc costs ~1 µs a time
        out, i = [], 0
        while i < len(texts):
            match = None
            if texts[i][:1].isupper() and i not in covered:  # every gazetteer name starts capitalised
                for n in range(min(_LONGEST_KNOWN_NAME, len(texts) - i), 0, -1):
                    if any(k in covered for k in range(i, i + n)):
                        continue
                    name = "".join(texts[i:i + n]).rstrip()
                    if name in KNOWN_ORGANISATIONS:
                        match = (n, "organisation")
                    elif name in PLACES and not any(doc[k].ent_type_ for k in range(i, i + n)):
                        match = (n, "place")  # the model's own labels (and rejections) stand
                    if match:
                        break
            if match and _stands_alone(doc, i, i + match[0], sentence_start_ok=match[1] == "organisation"
                                       or match[0] > 1) and not _attributive_compound(doc, doc[i:i + match[0]]):
                n, kind = match
                span = doc[i:i + n]
                out.append(_Candidate(span.start_char, span.end_char, span.text, kind, i, i + n))
                i += n
            else:
                i += 1
        return out

    def _unlabelled_organisations(self, doc, candidates: list[_Candidate]) -> list[_Candidate]:
        """All-capital acronyms the model missed ("IAAF", "UEFA") that are not units or time zones."""
        covered = _covered(candidates)
        out = []
        for token in self._capitalised:
            text = token.text
            if token.i in covered or token.pos_ != "PROPN" and not _GROUP_OF_STATES.match(text):
                continue  # "the G8" is often tagged as a common noun
            if (2 <= len(text) <= 6 and text.isupper() and text.isalpha() or _GROUP_OF_STATES.match(text)) \
                    and not ROMAN.match(text) and text not in NOT_ACRONYM_ACTORS and not token.is_sent_start:
                end = token.i + 1
                if end < len(doc) and doc[end].text in _CORPORATE_TAILS and end not in covered:
                    end += 1  # "JFE Holdings"
                span = doc[token.i:end]
                out.append(_Candidate(span.start_char, span.end_char, span.text, "organisation", token.i, end))
        return out

    def _unlabelled_people(self, doc, candidates: list[_Candidate]) -> list[_Candidate]:
        """Names the model missed that grammar or a title vouches for: "Lt Col Eric Schnaible of
        the PCO told …", "Kevin Conolly said …" (a capitalised name as the subject of a cue), and
        "Fars News said …" (a body, by its last word)."""
        from .lexicon import CUE_FORMS

        covered = _covered(candidates)
        out = []
        for token in self._capitalised:
            if token.i in covered or token.pos_ != "PROPN" or not token.is_title:
                continue
            if token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN" and doc[token.i + 1].is_title:
                continue  # not the last word of the name
            start = token.i
            while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title \
                    and doc[start - 1].i not in covered:
                start -= 1
            words = doc[start:token.i + 1]
            n_titles = 0
            while n_titles < len(words) and words[n_titles].lower_ in HONORIFIC_TITLES:
                n_titles += 1
            titled, name = list(words[:n_titles]), list(words[n_titles:])
            # Titles come first ("Lt Col Eric Schnaible"); "European Commissioner" is a title alone.
            speaks = token.dep_ in ("nsubj", "nsubjpass") and token.head.lower_ in CUE_FORMS \
                and words.text not in PLACES
            if speaks and not titled and 2 <= len(name) <= 4 and name[-1].lower_ in _ORG_WORDS:
                out.append(_Candidate(words.start_char, words.end_char, words.text, "organisation", start, token.i + 1))
                continue  # "Fars News said"
            if not name or len(name) > 3 or any(t.lower_ in TITLE_WORDS | _ORG_WORDS for t in name) \
                    or len(name) == 1 and len(name[0].text) < 2:
                continue  # "Mr. A": an anonymised letter, not a name
            preceded = start > 0 and doc[start - 1].lower_ in HONORIFIC_TITLES
            if (titled or preceded) and len(name) >= 1 or (speaks and len(name) >= 2):
                first, last = name[0], token
                if last.i + 1 < len(doc) and ROMAN.match(doc[last.i + 1].text):
                    last = doc[last.i + 1]  # "Queen Elizabeth II"
                out.append(_Candidate(first.idx, last.idx + len(last.text), doc[first.i:last.i + 1].text,
                                      "person", first.i, last.i + 1))
        return out

    def _initialled_people(self, doc, candidates: list[_Candidate]) -> list[_Candidate]:
        """"J Robinson (capt); M Cueto, J-P Grandclaude": team sheets and bylines name people by
        initial and surname, which the model leaves untagged or calls organisations."""
        covered = _covered(candidates)
        out = []
        for token in self._capitalised:
            if token.i + 1 >= len(doc):
                continue
            surname = doc[token.i + 1]
            two_letters = bool(TWO_INITIALS.match(token.text)) and _in_a_list_of_names(doc, token.i)
            if token.i in covered or not (INITIAL.match(token.text) or two_letters):
                continue
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
            out.append(_Candidate(doc[first].idx, surname.idx + len(surname.text),
                                  doc[first:surname.i + 1].text, "person", first, surname.i + 1))
        return out

    def _named_by_context(self, doc, candidates: list[_Candidate]) -> list[_Candidate]:
        """Untagged capitalised names that their neighbours identify: "the rock band Cream",
        "security firm Symantec" (a company noun before them), "Acker Bilk and Terry Lightfoot"
        (joined by "and" to a person), "told The Verge" (an outlet), "Leicester, Shrewsbury and
        Dorset" (a list of names of one type), "Britons voted" (a nationality that acts)."""
        covered = _covered(candidates)
        out = []
        for token in self._capitalised:
            if token.i in covered:
                continue
            if _plural_nationality(token) and (token.dep_ in ("nsubj", "nsubjpass") or _share_of(token)):
                out.append(_Candidate(token.idx, token.idx + len(token.text), token.text, "group",
                                      token.i, token.i + 1))
                continue
            if token.pos_ != "PROPN" or token.is_sent_start:
                continue
            if token.i > 0 and doc[token.i - 1].pos_ == "PROPN" and doc[token.i - 1].is_title:
                continue  # not the first word of the name
            end = token.i + 1
            while end < len(doc) and end not in covered and end - token.i < 5 and (
                    doc[end].pos_ == "PROPN" and doc[end].is_title
                    or doc[end].lower_ in ("the", "of", "for") and end + 1 < len(doc)
                    and doc[end + 1].is_title and doc[end + 1].pos_ == "PROPN"):
                end += 1  # "Save the Old Quay"
            span = doc[token.i:end]
            if span.text in NOT_ACTORS or span.text.lower() in NOT_ACTORS or all(t.lower_ in TITLE_WORDS for t in span):
                continue  # "candidate for Vice President and Harris": a title is no name
            kind = None
            if _after_company_noun(doc, token.i):
                kind = "organisation"
            elif len(span) >= 2 and end + 1 < len(doc) and doc[end].lower_ == "and" \
                    and self._is_person(covered.get(end + 1)) and covered[end + 1].token_start == end + 1:
                kind = "person"
            elif _names_an_outlet(doc, token.i, end):
                kind = "organisation"
            elif len(span) <= 3 and doc[token.i - 1].lower_ not in NAME_PARTICLES:  # not "CA del [Fava]"
                kind = _type_of_list_around(doc, token.i, end, covered)
            if kind:
                out.append(_Candidate(span.start_char, span.end_char, span.text, kind, token.i, end))
        return out

    def _party_adjectives(self, doc, candidates: list[_Candidate]) -> list[_Candidate]:
        """"the Democratic rival", "Conservative shadow foreign secretary": a party named as an
        adjective the model left untagged (not "Democratic Republic", a longer name)."""
        covered = _covered(candidates)
        out = []
        for token in self._capitalised:
            if token.i in covered:
                continue
            end = token.i + 1
            if end < len(doc) and end not in covered and f"{token.lower_} {doc[end].lower_}".rstrip("s") in _PARTIES:
                end += 1  # "Liberal Democrat spokesman", "Lib Dem"
            elif token.lower_ not in _PARTY_ADJECTIVES or _after_opening_mark(doc, token.i) \
                    or token.is_sent_start and not _before_a_role(doc, end) \
                    or token.i > 1 and doc[token.i - 1].lower_ == "of" and doc[token.i - 2].is_title:
                continue  # '"Labour is too costly"', "the Study of Labour"
            if _inside_a_longer_name(doc, token.i, end) or _names_a_department(doc, token.i, end):
                continue
            span = doc[token.i:end]
            out.append(_Candidate(span.start_char, span.end_char, span.text, "organisation", token.i, end))
        return out

    @staticmethod
    def _is_person(c: _Candidate | None) -> bool:
        return c is not None and c.type == "person"

    @staticmethod
    def _unlabelled_bodies(doc, candidates: list[_Candidate]) -> list[_Candidate]:
        """Capitalised names with an organisation word the model missed: "Marriage Equality
        Coalition Taiwan", "Center for Astrophysics"."""
        covered = _covered(candidates)
        out, i = [], 0
        while i < len(doc):
            j = i
            while j < len(doc) and j not in covered and (
                    (doc[j].is_title and doc[j].pos_ in ("PROPN", "NOUN", "ADJ"))
                    or (j > i and doc[j].lower_ in ("of", "for", "and") and j + 1 < len(doc) and doc[j + 1].is_title)):
                j += 1
            words = doc[i:j]
            if len(words) >= 2 and words[-1].lower_ not in ("of", "for", "and") and not words[0].is_sent_start \
                    and {t.lower_ for t in words} & _BODY_WORDS:
                out.append(_Candidate(words[0].idx, words[-1].idx + len(words[-1].text), words.text,
                                      "organisation", i, j))
            i = max(j, i + 1)
        return out

    @staticmethod
    def _extend_coordinated_name(doc, ent, end: int) -> int:
        """"National Commission for Museums" + "and Monuments": the model often stops at "and"."""
        if not any(t.lower_ in ("of", "for") for t in ent) or end + 1 >= len(doc) or doc[end].lower_ != "and":
            return end
        k = end + 1
        while k < len(doc) and k - end <= 3 and doc[k].is_title and doc[k].pos_ in ("PROPN", "NOUN"):
            k += 1
        return k if k > end + 1 else end

    def _trim(self, doc, start: int, end: int, actor_type: str, label: str) -> _Candidate | None:
        """A tagged span → the name in it (or None when it names no actor)."""
        start, end, actor_type = self._name_bounds(doc, start, end, actor_type)
        if start >= end:
            return None
        span = doc[start:end]
        text = POSSESSIVE.sub("", span.text) if span.text.endswith(("'s", "’s")) else span.text
        text = text.rstrip("\u200b\u200c\u200d\u2060")  # "Daily Xtra" + a zero-width joiner
        if text.endswith("ers") and text[:-3] in PLACES:
            actor_type = "group"  # "Londoners", "New Yorkers": people of a place, a group when they act
        if self._not_a_name(doc, span, text, actor_type, label):
            return None
        if label == "NORP" and text.lower().rstrip("s") in _PARTIES and not _inside_a_longer_name(doc, start, end) or \
                actor_type != "person" and _after_company_noun(doc, start):
            actor_type = "organisation"  # "Labour", "the Tories", "security firm Symantec", "the band Cream"
        elif actor_type == "group" and _names_a_company(span):
            actor_type = "organisation"  # "state-owned Saudi Aramco"
        elif actor_type == "group" and not _acting_group(doc, span):
            return None  # "Canadian" in "Canadian government" describes, it does not act
        if actor_type == "organisation" and not _is_a_body(doc, span, text):
            # "United States Representative" is a role, but keeps its place
            return _place_in_role(span) or None
        if actor_type == "organisation" and self._is_title_fragment(doc, start):
            return None
        return _Candidate(span.start_char, span.start_char + len(text), text, actor_type, start, end)

    def _name_bounds(self, doc, start: int, end: int, actor_type: str) -> tuple[int, int, str]:
        """Narrow a tagged span to the name: no titles, descriptions, parties, minutes, marks."""
        if doc[start].lower_.rstrip(".") in PERSONAL_HONORIFICS and end - start > 1:
            actor_type = "person"  # "Mr Brown" tagged ORG
        for k in range(start + 1, end):  # "Makelele, Lampard", "Olivier - Best Revival": two things
            after_comma = doc[k + 1:end].text
            if doc[k].text == "," and after_comma.replace(".", "").upper() != "DC" and after_comma not in PLACES \
                    or doc[k].text in ("-", "–", "—") and doc[k - 1].whitespace_:
                end = k
                break
        if end - start > 2 and doc[start].lower_ in DEMONYMS and (
                _a_full_name(doc[start + 1:end]) or actor_type == "group" and end - start <= 4
                and all(t.is_title and t.pos_ == "PROPN" for t in doc[start + 1:end])):
            actor_type = "person"  # "Frenchman Arnaud Clement" tagged ORG, "Russian Irina Shevchenko" NORP
        start, actor_type = _person_after_a_chamber(doc, start, end, actor_type)
        while actor_type == "person" and end - start > 1 and doc[start].lower_ in DEMONYMS \
                and doc[start + 1].is_title and (
                end - start > 2 or doc[start + 1].text in self._tagged_surnames(doc)):
            start += 1  # "Britons Kathy Butler", "Australian Johnson": a nationality, then the name
        first = start + (doc[start].lower_ == "the")
        for n in (2, 1):  # "For the Lib Dems David Laws said": the party is not his name
            if end - first - n >= 2 and doc[first:first + n].text.lower().rstrip("s") in _PARTIES \
                    and (actor_type == "person" or doc[first + n].text in GIVEN_NAMES):
                start, actor_type = first + n, "person"
                break
        if actor_type == "person" and end - start > 1 and doc[start].is_sent_start \
                and doc[start].pos_ in ("ADJ", "NOUN", "VERB") and doc[start].text not in GIVEN_NAMES:
            start += 1  # "Defiant Matt Williams", "Matchwinner Keane"
        while actor_type == "person" and end - start > 1 and doc[end - 1].is_digit:
            end -= 1  # "Terry 17": a minute on a team sheet
        # Leading determiners and (for people) titles are not part of the name.
        while start < end and (doc[start].lower_ in ("the", "a", "an") or doc[start].text in ("-", "–", "—")
                               or (doc[start].is_lower and doc[start].lower_ not in NAME_PARTICLES)
                               or (actor_type == "person" and doc[start].lower_ in HONORIFIC_TITLES)
                               or (end - start > 1 and doc[start].lower_.rstrip(".") in PERSONAL_HONORIFICS)
                               or (actor_type == "person" and end - start > 2
                                   and doc[start].lower_ in OCCUPATIONS | TITLE_WORDS)
                               or (actor_type == "person" and end - start > 1 and doc[start].lower_ in OCCUPATIONS)):
            start += 1  # "Businessman Don Blankenship" is Don Blankenship
        while end > start and (doc[end - 1].text in ("'s", "’s", "'", "’") or doc[end - 1].is_punct
                               and doc[end - 1].text not in (".",) or doc[end - 1].is_lower
                               or end - start > 2 and doc[end - 1].text in POSTNOMINALS):
            end -= 1  # "Office of the", "Guy Mansfield QC": names end in a capitalised word
        if start >= end:
            return start, end, actor_type
        while start < end and doc[start].text in _MARKS:
            start += 1
        for k in range(start, end):  # "World Health Organization (WHO": stop at the bracket
            if doc[k].text == "(" and not any(t.text == ")" for t in doc[k:end]):
                end = k
                break
        while end > start and (doc[end - 1].text in _MARKS or doc[end - 1].text in ("(", "-")):
            end -= 1
        return start, end, actor_type

    def _not_a_name(self, doc, span, text: str, actor_type: str, label: str) -> bool:
        """Spans the model tags that name no actor: ordinary words, events, codes, descriptions."""
        one_word = len(span) == 1
        words = text.lower().split()
        return (
            len(text) < 2 or len(text) == 2 and not text.isupper()  # "Le", "El": left over from a foreign name
            or text.lower() in NOT_ACTORS and not _after_company_noun(doc, span.start)  # not "firm Jupiter"
            and text not in self._kin_named()  # not "sister Venus"
            or _tagged_by_a_sign(doc, span.start)  # "#DemDebate"
            or not any(ch.isupper() for ch in text)
            or _attributive_compound(doc, span)  # "a Jakarta-based subsidiary"
            or span[0].text == "Operation" and len(span) > 1  # "Operation Fast and Furious"
            or one_word and _describes_one_person(doc, span[0])  # "the Dutchman said", "Briton"
            or text in NOT_ACRONYM_ACTORS or bool(_CODE_NAME.match(text) or ROMAN.match(text))  # "UTC", "COVID-19"
            # "Heineken Cup", "Grammy Awards": events and awards
            or words[-1] in _EVENT_WORDS and (actor_type != "person" or words[-1] not in ("bill", "act", "games"))
            # "Interior Minister", "Defence Secretary" (not "Ukraine President")
            or one_word and label == "ORG" and text.lower() not in _PARTIES and span.end < len(doc)
            and doc[span.end].lower_ in _FRAGMENT_TITLES
            or one_word and span[0].tag_ == "NNS" and span[0].is_sent_start  # "Photographs showed …"
            or one_word and self._common_word(doc, span[0])  # "Heartbroken and numb,": an ordinary word
            # "‘Bloody hell …", "‘Band on the Run’": a word that opens a quote or a title (a known
            # surname there is found again by _fix_person_surnames)
            or one_word and _after_opening_mark(doc, span.start) and span.end < len(doc)
            and doc[span.end].is_lower and doc[span.end].is_alpha
            or all(len(w) == 1 for w in text.replace("&", " ").split())  # "(E & W)"
            or actor_type == "organisation" and len(span) > 1 and span[-1].lower_ in DEMONYMS  # "Banned American"
            or actor_type == "person" and all(w in TITLE_WORDS for w in words)  # "Vice President" tagged PERSON
            or "\n" in text or any(ch in text for ch in "[]{}<>|/\\")  # "[I]t's": an editor's bracket
        )

    def _kin_named(self) -> set[str]:
        """Names written after a kinship word ("sister Venus"): people, whatever else the word means."""
        if self._kin_names is None:
            doc = self._doc
            self._kin_names = {doc[t.i + 1].text for t in doc if t.lower_ in _KIN and t.i + 1 < len(doc)
                               and doc[t.i + 1].is_title}
        return self._kin_names

    def _tagged_surnames(self, doc) -> set[str]:
        """Last words of the names the model tagged PERSON in full: for "Australian Johnson"."""
        if self._surnames is None:
            self._surnames = {e.text.split()[-1] for e in doc.ents if e.label_ == "PERSON" and " " in e.text}
        return self._surnames

    @staticmethod
    def _is_title_fragment(doc, start: int) -> bool:
        """"Minister of International Trade", "Secretary of Commerce": part of a role."""
        # Without "the": "President of the Privy Council" names a real body.
        if start >= 2 and doc[start - 1].lower_ in ("of", "for"):
            return doc[start - 2].lower_ in _ROLE_OF
        return False

    def _common_word(self, doc, token) -> bool:
        """A capitalised word that the article also uses in lower case, seen only where any
        word is capitalised (sentence or quote start), is not a name."""
        lower = token.lower_
        if not token.is_alpha or token.is_upper:
            return False
        if self._lower_words is None:
            self._lower_words = {t.text for t in doc if t.is_lower}
        starts_something = token.is_sent_start or (token.i > 0 and doc[token.i - 1].text in _MARKS)
        return lower in self._lower_words and starts_something

    # ------------------------------------------------------------------ persons
    def _fix_person_surnames(self, doc, candidates: list[_Candidate]) -> None:
        """Relabel surname-only mentions and add the ones the model missed."""
        self._split_glued_names(doc, candidates)
        labels: dict[str, list[str]] = {}
        for c in candidates:
            labels.setdefault(c.text, []).append(c.type)
        for c in candidates:  # "Skylark Air" tagged PERSON once and ORG twice is an organisation
            votes = labels[c.text]
            if c.type == "person" and (_ORG_WORDS & set(c.text.lower().split())
                                       or votes.count("person") < len(votes) / 2):
                # Ties go to "organisation", as in _vote_types: never to set iteration order,
                # which changes with Python's hash seed from run to run.
                labels_left = sorted(set(votes) - {"person"}) or ["organisation"]
                c.type = max(labels_left, key=lambda t: (votes.count(t), t == "organisation"))
        org_first_words = {c.text.split()[0] for c in candidates if c.type == "organisation" and " " in c.text}
        for c in candidates:  # "Contrack" after "Contrack International" is the company
            if c.type == "person" and " " not in c.text and c.text in org_first_words:
                c.type = "organisation"
        full_names = {c.text for c in candidates if c.type == "person" and " " in c.text}
        surnames = {surname(name) for name in full_names}
        surnames |= {fold(name) for name in surnames}
        covered: set[int] = set()
        for c in candidates:
            if c.text in full_names or (" " not in c.text and fold(c.text) in surnames):
                c.type = "person"
            covered.update(range(c.token_start, c.token_end))
        # Tokens equal to a known surname (or full name) that no entity covers.
        for token in self._capitalised:
            if token.i in covered or token.text not in surnames or token.pos_ != "PROPN":
                continue
            prev = doc[token.i - 1] if token.i else None
            if prev is not None and prev.pos_ == "PROPN" and prev.is_title and prev.i not in covered \
                    and prev.lower_ not in HONORIFIC_TITLES:
                continue  # "Sadiq Khan" the model missed: a different first name, not our Khan
            candidates.append(_Candidate(token.idx, token.idx + len(token.text), token.text,
                                         "person", token.i, token.i + 1))

    @staticmethod
    def _split_glued_names(doc, candidates: list[_Candidate]) -> None:
        """"Senator from Vermont Bernie Sanders" comes out as the ORG "Vermont Bernie Sanders";
        when its last word is a surname used alone elsewhere, its last two words are a person."""
        lone_surnames = {c.text for c in candidates if " " not in c.text}
        for c in list(candidates):
            words = c.text.split()
            if c.type == "person" or len(words) < 3 or words[-1] not in lone_surnames:
                continue
            first = doc[c.token_end - 2]
            if not (first.is_title and first.pos_ == "PROPN"):
                continue
            rest = doc[c.token_start:c.token_end - 2]
            names_elsewhere = {o.text for o in candidates if o is not c}
            if len(words) == 3 and rest.text not in PLACES | names_elsewhere and all(
                    t.pos_ == "PROPN" and t.is_title for t in doc[c.token_start:c.token_end]) \
                    and not {w.lower() for w in words} & _ORG_WORDS:
                c.type = "person"  # "Maya Rockeymoore Cummings" tagged ORG: a three-part name
                continue
            candidates.remove(c)
            candidates.append(_Candidate(first.idx, c.end, doc[c.token_end - 2:c.token_end].text,
                                         "person", c.token_end - 2, c.token_end))
            while len(rest) and rest[-1].lower_ in TITLE_WORDS:
                rest = rest[:-1]  # "United States Representative Elijah Cummings"
            if rest.text in PLACES:  # "Vermont" of "Senator from Vermont Bernie Sanders"
                candidates.append(_Candidate(rest.start_char, rest.end_char, rest.text, "place",
                                             rest.start, rest.end))

    # ------------------------------------------------------------------ clustering
    def _assign_keys(self, candidates: list[_Candidate]) -> None:
        people = [c for c in candidates if c.type == "person"]
        full = [c for c in people if " " in c.text]
        # A bare surname joins the nearest full name before it with that surname (two Khans
        # stay apart); with none before, the first one after.
        by_surname: dict[str, list[_Candidate]] = {}
        for c in full:
            by_surname.setdefault(fold(surname(c.text)), []).append(c)
        full_key = {c.text: person_key(c.text) for c in full}
        kin_first_names = frozenset(c.text for c in people if " " not in c.text
                                    and _introduced_as_relative(self._doc, c))  # "whose daughter Lana"
        spelled = {(fold(surname(c.text)), c.text[0]): full_key[c.text] for c in full
                   if not INITIAL.match(c.text.split()[0])}
        for c in full:  # "M Cueto" is Mark Cueto when the article names him in full
            if INITIAL.match(c.text.split()[0]):
                full_key[c.text] = spelled.get((fold(surname(c.text)), c.text[0]), full_key[c.text])
        for c in people:
            if c.implied:
                c.key = person_key(c.implied)
                continue
            if " " in c.text:
                c.key = full_key[c.text]
                continue
            options = by_surname.get(fold(c.text))
            if not options:
                by_first = {f.text for f in full if f.text.split()[0] == c.text}
                # A lone first name joins the person who has it ("Stewart" → Stewart Downing); with
                # two ("Ken" Livingstone, "Ken" Bigley), the one the article is about: most mentioned.
                if by_first:
                    mentions = {name: sum(fold(p.text.split()[-1]) == fold(surname(name)) or p.text == name
                                          for p in people) for name in by_first}
                    ranked = sorted(mentions.items(), key=lambda kv: -kv[1])
                    clear = len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]
                    c.key = full_key[ranked[0][0]] if clear else "person:" + c.text.lower()
                else:
                    c.key = "person:" + c.text.lower()
                continue
            starts = [o.start for o in options]
            i = bisect.bisect_right(starts, c.start) - 1
            # "… confirmed by his daughter Nettie Baker. Baker was …": a relative introduced by
            # kinship shares the surname, but the bare surname stays with the one before her.
            while i > 0 and _introduced_as_relative(self._doc, options[i], kin_first_names) \
                    and person_key(options[i].text) != person_key(options[i - 1].text):
                i -= 1
            c.key = full_key[options[i if i >= 0 else 0].text]
        self._merge_person_variants(people)
        self._merge_birth_names(people)

        others = [c for c in candidates if c.type != "person"]
        _vote_types(others, lambda c: norm(c.text))  # before aliases join names of different types
        long_names = {norm(c.text): c.text for c in others if len(c.text.split()) > 1}
        acronyms = {acronym(name): name for name in long_names.values() if acronym(name)}
        defined = self._parenthetical_aliases(self._doc, candidates)
        first_words: dict[tuple[str, str], set[str]] = {}
        for c in others:  # "Blenheim" for "Blenheim Palace", "Graz" for "Graz AK"
            if len(c.text.split()) > 1:
                first_words.setdefault((c.type, c.text.split()[0].lower()), set()).add(c.text)
        names_seen = {c.text for c in others}
        named = names_seen | {alias_of(c.text) for c in others} - {None}
        for c in others:
            # The article's own "European Commission (EC)" beats the general table's EC (but
            # "Parliament of New South Wales (NSW)" does not spell NSW out).
            own = defined.get(c.text)
            canonical = own if own and acronym(own) == c.text.replace(".", "") else alias_of(c.text)
            if canonical is None and ALIASES_IF_NAMED.get(norm(c.text)) in named:
                canonical = ALIASES_IF_NAMED[norm(c.text)]
            if canonical is None and c.text.replace(".", "").isupper():
                canonical = acronyms.get(c.text.replace(".", ""))  # before "(NSW)" after a longer name
            canonical = canonical or defined.get(c.text) or _longer_form(c, others)
            if canonical is None and " " not in c.text and c.text not in PLACES:  # "Paris" ≠ "Paris Métro"
                longer = first_words.get((c.type, c.text.lower()), set())
                if not longer and c.text not in GIVEN_NAMES:  # "Japan's Nippon" (GPE) = Nippon Steel
                    longer = first_words.get(("organisation", c.text.lower()), set()) \
                        or first_words.get(("place", c.text.lower()), set())  # "Payam" = Payam … Airport
                canonical = next(iter(longer)) if len(longer) == 1 else None
            if canonical is None and c.text.endswith("s") and c.text[:-1] in names_seen:
                canonical = c.text[:-1]  # "the Houthis" = "Houthi"
            c.key = f"{c.type}:{norm(canonical or c.text)}"
        _vote_types(others, lambda c: c.key.split(":", 1)[1])
        for c in others:
            c.key = f"{c.type}:{c.key.split(':', 1)[1]}"

    @staticmethod
    def _parenthetical_aliases(doc, candidates: list[_Candidate]) -> dict[str, str]:
        """"Pacific Gas and Electric Company (PG&E)": the article defines its own short form."""
        out: dict[str, str] = {}
        for c in candidates:
            k = c.token_end
            if len(c.text.split()) > 1 and k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")" \
                    and doc[k + 1].text[:1].isupper():
                out.setdefault(doc[k + 1].text, c.text)
        return out

    def _merge_birth_names(self, people: list[_Candidate]) -> None:
        """"Ginger Baker was born Peter Edward Baker": one person under two names."""
        by_token = {i: c for c in people for i in range(c.token_start, c.token_end)}
        for c in people:
            if c.token_start == 0 or self._doc[c.token_start - 1].lower_ not in ("born", "née", "nee"):
                continue
            verb = self._doc[c.token_start - 1]
            subjects = [t for t in verb.children if t.dep_ in ("nsubj", "nsubjpass") and t.i in by_token]
            if subjects:
                old, new = c.key, by_token[subjects[0].i].key
                for p in people:
                    if p.key == old:
                        p.key = new

    @staticmethod
    def _merge_person_variants(people: list[_Candidate]) -> None:
        """"Donald J. Trump", "Donald Trump" and "Don Trump" are one person: same surname, and
        the same first name or its usual short form ("Steve" Gerrard = "Steven" Gerrard)."""
        by_first_last: dict[tuple[str, str], str] = {}
        remap: dict[str, str] = {}
        for c in people:
            parts = c.text.split()
            if len(parts) >= 2:
                first = NICKNAMES.get(parts[0].lower(), parts[0].lower())
                remap[c.key] = by_first_last.setdefault((first, fold(surname(c.text).lower())), c.key)
        for c in people:  # bare surnames follow the full name they were given to
            c.key = remap.get(c.key, c.key)

    # ------------------------------------------------------------------ actors
    def _build_actors(self, doc, candidates: list[_Candidate]) -> tuple[list[Actor], dict[int, str]]:
        clusters: dict[str, list[_Candidate]] = {}
        for c in candidates:
            clusters.setdefault(c.key, []).append(c)
        clusters = _one_actor_per_name(clusters)
        actors: list[Actor] = []
        token_actor: dict[int, str] = {}
        used_ids: set[str] = set()
        for key, members in clusters.items():
            name = _canonical_name(key, members)
            actor_id = unique_id(slug(members[0].type, name), used_ids)
            seen: set[tuple[int, int]] = set()
            mentions = []
            for m in members:
                if (m.start, m.end) in seen:
                    continue
                seen.add((m.start, m.end))
                sent = doc[m.token_start].sent
                mentions.append(Mention(m.start, m.end, m.text, actor_id, (sent.start_char, sent.end_char)))
                for i in range(m.token_start, m.token_end):
                    token_actor[i] = actor_id
            aliases = sorted({m.text for m in mentions} - {name})
            actors.append(Actor(actor_id, name, members[0].type, aliases, mentions))
        actors.sort(key=lambda a: a.mentions[0].start)
        return actors, token_actor


def _one_actor_per_name(clusters: dict[str, list[_Candidate]]) -> dict[str, list[_Candidate]]:
    """"Gloucester" the club (ORG) and "Gloucester" tagged PERSON are one actor for the reader:
    clusters of different types that end up with the same name merge, and the type most of
    their mentions carry wins."""
    by_name: dict[str, list[str]] = {}
    for key, members in clusters.items():
        by_name.setdefault(norm(_canonical_name(key, members)), []).append(key)
    for keys in by_name.values():
        if len(keys) < 2 or len({k.split(":", 1)[0] for k in keys}) < 2:
            continue  # two people called Khan keep their own clusters
        keys.sort(key=lambda k: len(clusters[k]), reverse=True)
        winner = clusters[keys[0]]
        for other in keys[1:]:
            winner.extend(clusters.pop(other))
        for c in winner:
            c.type = winner[0].type
        winner.sort(key=lambda c: c.start)
    return clusters


def _in_a_list_of_names(doc, i: int) -> bool:
    """A team sheet: the word sits between commas or semicolons (or a line's start and end)."""
    before = doc[i - 1].text if i > 0 else ""
    k = i + 1
    while k < len(doc) and (doc[k].is_title or doc[k].lower_ in NAME_PARTICLES) and k - i < 4:
        k += 1
    after = doc[k].text if k < len(doc) else ""
    return (before in (",", ";", "") or doc[i].is_sent_start) and after in (",", ";", ".", "(", "")


def _after_opening_mark(doc, i: int) -> bool:
    """True for "‘Bloody" or ' "Band': a mark glued to this word that opens a quotation (not the
    closing mark of "…," Carney said)."""
    if i == 0 or doc[i - 1].whitespace_:
        return False
    mark = doc[i - 1]
    if mark.text in ("‘", "“"):
        return True
    return mark.text in ("'", '"') and (mark.i == 0 or bool(doc[mark.i - 1].whitespace_)
                                         or doc[mark.i - 1].is_space)


def _plurals_take_the_singular_type(candidates: list[_Candidate]) -> None:
    """"the Houthi movement" (ORG) … "the Houthis" (tagged PERSON): one group, one type."""
    singular = {c.text: c.type for c in candidates if c.type != "person"}
    for c in candidates:
        if c.type == "person" and " " not in c.text and c.text.endswith("s") and c.text[:-1] in singular:
            c.type = singular[c.text[:-1]]


def _longer_form(c: _Candidate, others: list[_Candidate], depth: int = 0) -> str | None:
    """_longer_form_once, followed while it leads on: "Bank" → "Reserve Bank" → "Reserve Bank of Australia"."""
    found = _longer_form_once(c, others)
    if found is None or depth >= 2:
        return found
    via = next((o for o in others if o.text == found), None)
    return (_longer_form(via, others, depth + 1) if via is not None else None) or found


def _longer_form_once(c: _Candidate, others: list[_Candidate]) -> str | None:
    """"House of Representatives" in "United States House of Representatives", "Watch Tower" in
    "Watch Tower Society", "Lords" in "House of Lords": the one longer organisation name that
    starts or ends with this one. Places are left alone ("Wales" is not "New South Wales")."""
    if c.type != "organisation" and (c.type == "person" or c.text in PLACES):
        return None  # "Sociedad" (tagged as a place) is Real Sociedad; "Madrid" stays the city
    mine = c.text.lower()
    counts: dict[str, int] = {}
    for o in others:
        if o.type == "organisation" and len(o.text) > len(c.text) \
                and (o.text.lower().endswith(" " + mine) or o.text.lower().startswith(mine + " ")):
            counts[o.text] = counts.get(o.text, 0) + 1
    if not counts and mine in _BODY_WORDS | _ORG_WORDS:  # "the Bank" after "Reserve Bank of Australia"
        before = [o for o in others if o.type == "organisation" and o.start < c.start and len(o.text) > len(c.text)
                  and mine in o.text.lower().split()]
        return max(before, key=lambda o: o.start).text if before else None  # the nearest one named before
    if len(counts) == 1:
        return next(iter(counts))
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    # "the Court" after many "Supreme Court"s and one "Court of Session", "the House" after many
    # "House of Representatives" and one "House Judiciary Committee": the one the article is about
    if len(ranked) > 1 and ranked[0][1] >= 2 * ranked[1][1]:
        return ranked[0][0]
    return None


def _corrected_type(doc, c: _Candidate) -> str:
    """The model's label, corrected where the name itself says otherwise."""
    words = c.text.split()
    lower = [w.lower() for w in words]
    if c.text.lower().rstrip("s") in _PARTIES or c.text in KNOWN_ORGANISATIONS:
        return "organisation"  # "Liberal Democrats" tagged PERSON, "Everton" tagged PERSON
    alias = alias_of(c.text)
    if alias in PLACES:
        return "place"  # "US" tagged ORG
    first_is_given = words[0].split("-")[0] in GIVEN_NAMES or bool(INITIAL.match(words[0]))
    if c.type != "person" and 2 <= len(words) <= 3 and first_is_given \
            and all(w[:1].isupper() for w in words) and c.text not in PLACES \
            and not set(lower) & (_ORG_WORDS | TITLE_WORDS | _NOT_PERSON_TAILS):
        return "person"  # "Yann Delaigue" (ORG), "Pepito Elhorga" (GPE), "C Hodgson" (ORG)
    if c.type == "person" and len(words) == 1:
        if c.text in PLACES:
            return "place"  # "Surrey" tagged PERSON
        token = doc[c.token_start]
        if token.dep_ == "compound" and token.head.pos_ == "NOUN" and token.head.is_lower and c.token_start > 0 \
                and (doc[c.token_start - 1].lower_ == "the" or doc[c.token_start - 1].tag_ == "POS"):
            # "The Wooster professor", "Tuesday's Ecofin meeting": a name used as a modifier of a
            # thing is a body, not a person (a known surname is made a person again later)
            return "organisation"
    return c.type


def _join_dashed_organisations(doc, candidates: list[_Candidate]) -> list[_Candidate]:
    """"Harvard–Smithsonian Center for Astrophysics": the model stops at the dash and
    returns two organisations; joined without spaces they are one."""
    by_end = {c.token_end: c for c in candidates if c.type == "organisation"}
    out = []
    for c in sorted(candidates, key=lambda c: c.start):
        left = by_end.get(c.token_start - 1)
        dash = doc[c.token_start - 1] if c.token_start else None
        if c.type == "organisation" and left is not None and left in out and dash.text in ("-", "–") \
                and not doc[left.token_end - 1].whitespace_ and not dash.whitespace_:
            out.remove(left)
            c = _Candidate(left.start, c.end, doc[left.token_start:c.token_end].text, "organisation",
                           left.token_start, c.token_end)
        out.append(c)
    return out


def _introduced_as_relative(doc, c: _Candidate, kin_first_names: frozenset[str] = frozenset()) -> bool:
    """"his daughter Nettie Baker", "His parents, Robert Cummings Sr. and …", "Maya Cummings,
    his wife", or a first name met as "whose daughter Lana"."""
    k = c.token_start - 1
    # Back over the rest of a list of names: "His parents, Robert Cummings Sr. and Ruth …"
    while k > 0 and c.token_start - k < 10 and (doc[k].pos_ == "PROPN" or doc[k].text in (",", "and")
                                               or doc[k].lower_ in ("sr.", "jr.", "sr", "jr")):
        k -= 1
    before = {t.lower_ for t in doc[max(0, k - 1):k + 1]}
    after = [t.lower_ for t in doc[c.token_end:c.token_end + 4] if t.text != ","]
    return bool(before & _KIN or set(after[:2]) & _KIN and after[:1] in (["his"], ["her"], ["their"])
                or c.text.split()[0] in kin_first_names)


def _without_tickets(candidates: list[_Candidate]) -> list[_Candidate]:
    """"the Hammons-Bodenstab ticket", "Scotland-England", "Tory-Labour": two actors joined by
    a hyphen name a pairing or a fixture, not a third actor."""
    known = {c.text.split()[-1] for c in candidates} | {c.text for c in candidates}

    def is_known(part: str) -> bool:
        return part in known or part in PLACES or part.lower().rstrip("s") in _PARTIES

    def is_pairing(text: str) -> bool:
        if "-" in text and " " not in text:
            return all(is_known(p) for p in text.split("-"))
        parts = text.split(" and ")  # "Kelly and Baroni" tagged as one organisation
        return len(parts) == 2 and all(" " not in p and p in known - {text} for p in parts)

    return [c for c in candidates if not is_pairing(c.text)]


def _extend_organisation_name(doc, next_ent, ent, end: int) -> int:
    """Where the model stops short of an organisation's full name:
    "[JFE] Holdings", "[University of California], Los Angeles" (a campus),
    "[Court of Appeals] for the [Third Circuit]"."""
    if end < len(doc) and doc[end].text in _CORPORATE_TAILS:
        return end + 1
    if next_ent is None:
        return end
    gap = [t.lower_ for t in doc[end:next_ent.start]]
    first = ent[1] if ent[0].lower_ == "the" and len(ent) > 1 else ent[0]
    if first.lower_ == "university" and gap == [","] and next_ent.label_ == "GPE":
        return next_ent.end
    if gap in (["for"], ["for", "the"]) and next_ent.label_ == "ORG":
        return next_ent.end
    # "[Alliance Party] of [Northern Ireland]", "[House Select Committee] on [Benghazi]"
    if gap in (["of"], ["on"], ["for"]) and next_ent.label_ in ("GPE", "LOC", "ORG") \
            and doc[end - 1].lower_ in _BODY_WORDS:
        return next_ent.end
    # "[Change] [UK]", "[Facebook] [Ireland]": a body's national branch
    if not gap and next_ent.label_ == "GPE" and len(next_ent) <= 2 and (
            next_ent.text in COUNTRIES or alias_of(next_ent.text) in COUNTRIES):
        return next_ent.end
    if not gap and ent[-1].lower_ in ("of", "for", "on"):
        return next_ent.end  # "[Alliance Party of] [Northern Ireland]"
    return end


def _stands_alone(doc, start: int, end: int, sentence_start_ok: bool) -> bool:
    """A gazetteer name counts only as a whole proper noun: not "Reading" opening a sentence,
    not "Jordan" in "Michael Jordan", not "Kent" in "Kent County Council"."""
    first, last = doc[start], doc[end - 1]
    if first.is_sent_start and not sentence_start_ok or first.pos_ != "PROPN" and last.pos_ != "PROPN":
        return False
    before = doc[start - 1] if start else None
    after = doc[end] if end < len(doc) else None
    glued = [t for t in (before, after) if t is not None and t.is_title and t.pos_ == "PROPN"]
    return not glued


def _names_an_object(doc, c: _Candidate) -> bool:
    """"the Kepler space telescope", "the James Webb telescope": named things, not actors."""
    following = [t.lower_ for t in doc[c.token_end:c.token_end + 2]]
    return any(word in _OBJECT_NOUNS for word in following[:2]) and (
        not following or following[0] not in ("said", "says", "told"))


def _vote_types(candidates: list[_Candidate], name_of) -> None:
    """One name, one actor: a name tagged GPE once and ORG twice is an organisation."""
    votes: dict[str, dict[str, int]] = {}
    for c in candidates:
        counts = votes.setdefault(name_of(c), {})
        counts[c.type] = counts.get(c.type, 0) + 1
    for c in candidates:
        c.type = max(votes[name_of(c)].items(), key=lambda kv: (kv[1], kv[0] == "organisation"))[0]


def _after_company_noun(doc, start: int) -> bool:
    """"security firm Symantec": a name in apposition to a company noun names the company."""
    # The tagger reads "firm" before a name as an adjective about as often as a noun.
    return start > 0 and doc[start - 1].lower_ in _COMPANY_NOUNS and doc[start - 1].pos_ in ("NOUN", "ADJ")


def _acting_group(doc, span) -> bool:
    """"Swedes joined", "the French were …": a plural noun or a "the"-headed subject."""
    root = span.root
    if root.dep_ in ("amod", "compound", "nmod", "npadvmod", "conj") and root.head.pos_ != "VERB":
        return False
    if root.dep_ in ("attr", "acomp"):
        return False  # "The entire crew were Iranians": what they are, not who acts
    plural = root.tag_ in ("NNS", "NNPS") or (root.text.endswith("s") and not root.text.endswith("ss"))
    led_by_the = span.start > 0 and doc[span.start - 1].lower_ == "the" and root.dep_ in ("nsubj", "nsubjpass")
    return plural or led_by_the


def _tagged_by_a_sign(doc, i: int) -> bool:
    return i > 0 and doc[i - 1].text in ("#", "@") and not doc[i - 1].whitespace_


def _share_a_surname(doc, candidates: list[_Candidate]) -> None:
    """"Richard and Lisa Parry": a bare first name joined by "and" to a full name shares its surname."""
    by_start = {c.token_start: c for c in candidates if c.type == "person"}
    for c in candidates:
        if c.type != "person" or c.token_end - c.token_start != 1 or c.text not in GIVEN_NAMES \
                or c.token_end + 1 >= len(doc) or doc[c.token_end].lower_ != "and":
            continue
        partner = by_start.get(c.token_end + 1)
        words = partner.text.split() if partner is not None else []
        if len(words) == 2 and partner.token_end - partner.token_start == 2 and words[0] in GIVEN_NAMES:
            c.implied = f"{c.text} {words[1]}"


def _inside_a_longer_name(doc, start: int, end: int) -> bool:
    """"Liberal [Democrat]", "[Democratic] Unionist Party", "[Labour]-run": part of a longer name
    (but "Republican President Trump", "Republican Larry Hogan" name the party)."""
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    return after is not None and (after.text in ("-", "–") or after.is_title and after.ent_type_ != "PERSON"
                                  and after.text not in GIVEN_NAMES
                                  and after.lower_ not in TITLE_WORDS | OCCUPATIONS | _ROLE_PREFIXES) \
        or before is not None and before.is_title and not before.is_sent_start


def _before_a_role(doc, i: int) -> bool:
    """"Conservative shadow chancellor …", "Labour MPs …": a role word follows."""
    word = doc[i].lower_ if i < len(doc) else ""
    return word in TITLE_WORDS | _ROLE_PREFIXES or word.rstrip("s") in TITLE_WORDS


def _names_a_department(doc, start: int, end: int) -> bool:
    """"Economy and Labour Minister": a portfolio in a list of portfolios, not the party."""
    return end < len(doc) and doc[end].lower_ in _FRAGMENT_TITLES and start > 0 and doc[start - 1].text in ("and", ",")


def _national_prefix(prev, ent) -> bool:
    """"[US] [District Court]": a country written straight before a body's name is part of it."""
    return prev.end == ent.start and prev.label_ == "GPE" and len(prev) == 1 \
        and (prev.text in COUNTRIES or alias_of(prev.text) in COUNTRIES) \
        and any(t.lower_ in _ORG_WORDS | _BODY_WORDS for t in ent)


def _person_after_a_chamber(doc, start: int, end: int, actor_type: str) -> tuple[int, str]:
    """"Speaker of the [House Nancy Pelosi]", "[Senate Mitch McConnell]": the model glues a
    chamber onto the full name after it; the name is the actor."""
    for k in range(start + 1, end - 1):
        if doc[k - 1].lower_ in _CHAMBERS and _a_full_name(doc[k:end]):
            return k, "person"
    return start, actor_type


def _after_a_job(doc, start: int, end: int) -> bool:
    """A two- or three-word capitalised name straight after a person's job ("full-back Dusty
    Hare", "striker Kenji Oda") names a person, whatever the label."""
    if start < 1 or not 2 <= end - start <= 3 or not all(t.is_title and t.pos_ == "PROPN" for t in doc[start:end]):
        return False
    if {t.lower_ for t in doc[start:end]} & (_ORG_WORDS | _BODY_WORDS | _NOT_PERSON_TAILS):
        return False
    before = doc[start - 1]
    job = (f"{doc[start - 3].lower_}-{before.lower_}" if start >= 3 and doc[start - 2].text == "-" else before.lower_)
    return before.is_lower and (job in OCCUPATIONS or before.lower_ in OCCUPATIONS)


def _known_name_around(doc, start: int, end: int) -> tuple[int, int]:
    """The tagged span widened by up to two words either side when that makes a well-known name
    the model cut short ("Ask [Jeeves]", "[BBC Radio] Five Live")."""
    lefts, rights = [0], [0]
    for k in (1, 2):  # only over neighbours that belong to some well-known name
        if start - k >= 0 and lefts[-1] == k - 1 and doc[start - k].text in _KNOWN_NAME_WORDS:
            lefts.append(k)
        if end + k <= len(doc) and rights[-1] == k - 1 and doc[end + k - 1].text in _KNOWN_NAME_WORDS:
            rights.append(k)
    best = (start, end)
    for left in lefts:
        for right in rights:
            s, e = start - left, end + right
            if e - s > best[1] - best[0] and (doc[s:e].text in KNOWN_ORGANISATIONS or doc[s:e].text in PLACES):
                best = (s, e)
    return best


def _place_before_a_name(doc, start: int, end: int) -> int | None:
    """Where a known place ends and a full name begins in one tagged span ("Scotland Nicola
    Sturgeon" after "First Minister of"), or None."""
    for k in range(start + 1, min(start + 4, end - 1)):
        if doc[start:k].text in PLACES and _a_full_name(doc[k:end]):
            return k
    return None


def _a_full_name(words) -> bool:
    """Two or three capitalised words, the first a given name, none a word of a body's name."""
    return 2 <= len(words) <= 3 and words[0].text in GIVEN_NAMES and all(t.is_title for t in words) \
        and not {t.lower_ for t in words} & (_ORG_WORDS | _NOT_PERSON_TAILS)


def _names_a_company(span) -> bool:
    """A nationality word followed by a singular proper noun that is no nationality, standing as a
    noun phrase of its own: "Saudi Aramco" (tagged NORP), not "Irish Catholic families"."""
    last = span[-1]
    return len(span) == 2 and last.tag_ == "NNP" and last.lower_ not in DEMONYMS and span[0].lower_ in DEMONYMS \
        and span.root.dep_ not in ("amod", "compound", "nmod")


def _plural_nationality(token) -> bool:
    lower = token.lower_
    # The tagger calls "Britons" NNP as often as NNPS: the plural is read off the word.
    return token.tag_ in ("NNS", "NNPS", "NNP") and lower.endswith("s") \
        and (lower in DEMONYMS or lower[:-1] in DEMONYMS)


def _share_of(token) -> bool:
    """"44% of Britons", "most of the Dutch": a nationality counted as a group."""
    head = token.head
    counted = head.head
    return token.dep_ == "pobj" and head.lower_ == "of" and counted.pos_ in ("NUM", "NOUN", "ADJ", "PRON") \
        and any(t.like_num or t.text == "%" or t.lower_ in ("most", "many", "half", "majority")
                for t in counted.subtree if t.i < head.i)


def _names_an_outlet(doc, start: int, end: int) -> bool:
    """An untagged mid-sentence "The X" that a newspaper's context vouches for ("told The Verge",
    "according to The Verge", "The Spectator editor said"). Without that context a capitalised
    "The" mostly opens a film or book title, which is no actor."""
    if start < 2 or doc[start - 1].text != "The" or doc[start - 1].is_sent_start:
        return False
    before = doc[start - 2]
    after = doc[end].lower_ if end < len(doc) else ""
    return before.lower_ in _OUTLET_BEFORE or after in _OUTLET_AFTER or \
        before.lower_ == "to" and start >= 3 and doc[start - 3].lower_ == "according"


def _type_of_list_around(doc, start: int, end: int, covered: dict[int, _Candidate]) -> str | None:
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
        types.append(_confirmed_type(doc, c))
        k = c.token_start - 1
    k = end  # rightwards
    while k + 1 < len(doc) and len(types) < 8 and doc[k].text in (",", "and", "or"):
        k += 2 if doc[k].text == "," and doc[k + 1].lower_ in ("and", "or") else 1
        c = covered.get(k)
        if c is None or c.token_start != k:
            break
        types.append(_confirmed_type(doc, c))
        k = c.token_end
    if len(types) < 2 or _glued(doc, start, end):
        return None
    confirmed = [t for t in types if t is not None]
    best = max(("person", "organisation", "place"), key=confirmed.count)
    # Members must be vouched for beyond the model's label: it tags a team sheet's surnames as
    # places and a list of films as organisations. A loose majority: it mislabels members too.
    if confirmed.count(best) < 2 or 3 * confirmed.count(best) < 2 * len(confirmed):
        return None
    return best if best != "person" or end - start >= 2 else None


def _glued(doc, start: int, end: int) -> bool:
    """"[T]-Mobile", "[Maroon] 5", "Anni-[Frid]", "[Lord] Woolf": part of a longer name the scan
    cut short."""
    after = doc[end] if end < len(doc) else None
    return after is not None and (after.like_num or after.text == "-" and not doc[end - 1].whitespace_
                                  or after.is_title and after.pos_ == "PROPN") \
        or start > 0 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_


def _confirmed_type(doc, c: _Candidate) -> str | None:
    """A list member's type when more than the model's label says so: a known place or body, or a
    person named in full."""
    kind = _corrected_type(doc, c)
    if kind == "place" and (c.text in PLACES or alias_of(c.text) in PLACES):
        return kind
    if kind == "organisation" and c.text in KNOWN_ORGANISATIONS:
        return kind
    if kind == "person" and " " in c.text:
        return kind
    return None


def _describes_one_person(doc, token) -> bool:
    lower = token.lower_
    if lower.endswith(("man", "woman")) and lower in DEMONYMS:
        return True
    singular = lower in DEMONYMS and not lower.endswith(("s", "ese", "ish", "ch", "ss"))
    return singular and token.tag_ not in ("NNS", "NNPS")


def _attributive_compound(doc, span) -> bool:
    """"Jakarta-based", "US-born": a place used to describe something else, not named as itself."""
    end = span.end
    return end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
        and doc[end + 1].lower_ in _ATTRIBUTIVE_TAILS


def _is_a_body(doc, span, text: str) -> bool:
    """"Detective Inspector", "Royal Society Research Fellow": roles, not bodies (parties are)."""
    if text.lower().rstrip("s") in _PARTIES:
        return True
    return not (_is_title_phrase(span) or _ends_in_a_role(span))


def _place_in_role(span) -> _Candidate | None:
    """"United States Representative" → United States, when a role names a known place."""
    if not _ends_in_a_role(span):
        return None
    place = span[:-1]
    while len(place) and place[-1].lower_ in TITLE_WORDS:
        place = place[:-1]
    if len(place) and place.text in PLACES:
        return _Candidate(place.start_char, place.end_char, place.text, "place", place.start, place.end)
    return None


def _ends_in_a_role(span) -> bool:
    """"Royal Society University Research Fellow", "Police Commissioner": a job, not a body
    ("Department of Justice" and "Court of Justice" are bodies)."""
    last = span[-1].lower_
    return len(span) > 1 and last in TITLE_WORDS and last not in ("justice", "police") \
        and span[-2].lower_ not in ("of", "for")


def _is_title_phrase(span) -> bool:
    words = [t.lower_ for t in span]
    if all(w in TITLE_WORDS for w in words):
        return True
    following = span.doc[span.end] if span.end < len(span.doc) else None
    # "Interior Minister" is an office; "the Metropolitan Police commissioner" names the force.
    return following is not None and following.lower_ in _FRAGMENT_TITLES and following.is_lower \
        and not set(words) & (_ORG_WORDS | _BODY_WORDS)


def _canonical_name(key: str, members: list[_Candidate]) -> str:
    kind, _, norm_name = key.partition(":")
    for m in members:  # "US" → United States; "Tory", "Tories" → Conservative Party
        target = alias_of(m.text)
        if target and norm(target) in (norm_name, norm(m.text)) or target and norm(m.text) == norm_name:
            return target
    texts = [m.implied or m.text for m in members]
    if kind == "person":  # the full name the article uses most ("Ginger Baker", not his birth name)
        full = [t for t in texts if " " in t] or texts
        return max(full, key=lambda t: (full.count(t), len(t.split()), len(t)))
    # Not a generic word ("the Bank") when the article names the body; then the spelled-out name
    # over an acronym, then the most frequent spelling.
    named = [t for t in texts if t.lower() not in _BODY_WORDS | _ORG_WORDS] or texts
    return max(named, key=lambda t: (not t.replace(".", "").isupper(), named.count(t), len(t)))


