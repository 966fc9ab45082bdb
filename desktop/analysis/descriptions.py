"""Who "the Australian", "the former minister" or "the charity's director" is, when such a
definite description is the subject of a cue.

News names a speaker once and then describes them: sports reports by nationality or age ("the
Swiss added"), politics by office ("Later the prime minister said"). A definite description of
one person refers back to someone already in the text (a definite noun phrase is anaphoric:
Poesio and Vieira, "A corpus-based investigation of definite description use", Computational
Linguistics 24(2), 1998). So the speaker is the person the text itself gave that nationality
or office — "Owen Tate of Australia", "Australian Owen Tate", "Australia's Owen Tate" — or,
failing that, the most recent person the narration was about (a subject of the sentences just
before) whom the text does not describe otherwise. The description never becomes an actor of
its own ("the Swiss" here is one player, not the Swiss people), and a description first
introduced as someone unnamed ("a spokesman for the council … the spokesman added") stays
unnamed.
"""
from __future__ import annotations

from typing import Callable

from .gazetteer import COUNTRIES, OCCUPATIONS
from .lexicon import CHARACTERISING_FORMS, CUE_FORMS, TITLE_WORDS, _inflect as inflect, looks_like_a_job

# Each demonym with the countries (lower case, as COUNTRIES spells them, with their usual short
# forms) whose people it names. General knowledge, written for this project.
_DEMONYM_COUNTRIES_TEXT = """
american americans: united states, america, us, u.s., usa
australian australians: australia
austrian: austria
belgian: belgium
brazilian: brazil
briton britons british: united kingdom, britain, great britain, uk, u.k., england, scotland, wales, northern ireland
bulgarian: bulgaria
canadian: canada
chilean: chile
chinese: china
colombian: colombia
croatian: croatia
czech: czech republic, czechia
dane danish: denmark
dutch dutchman dutchwoman: netherlands, holland
egyptian: egypt
englishman englishwoman english: england
ethiopian: ethiopia
finn finnish: finland
french frenchman frenchwoman: france
german: germany
ghanaian: ghana
greek: greece
hungarian: hungary
indian: india
indonesian: indonesia
iranian: iran
iraqi: iraq
irish irishman irishwoman: ireland, northern ireland
israeli: israel
italian: italy
jamaican: jamaica
japanese: japan
kenyan: kenya
korean: south korea, north korea, korea
mexican: mexico
moroccan: morocco
nigerian: nigeria
norwegian: norway
pakistani: pakistan
palestinian: palestine
pole polish: poland
portuguese: portugal
romanian: romania
russian: russia
saudi: saudi arabia
scot scots scotsman scotswoman scottish: scotland
serb serbian: serbia
slovak: slovakia
spaniard spanish: spain
swede swedish: sweden
swiss: switzerland
syrian: syria
turk turkish: turkey, türkiye
ugandan: uganda
ukrainian: ukraine
welsh welshman welshwoman: wales
zimbabwean: zimbabwe
argentine argentinian: argentina
"""


def _demonym_countries() -> dict[str, frozenset[str]]:
    out: dict[str, frozenset[str]] = {}
    for line in _DEMONYM_COUNTRIES_TEXT.strip().splitlines():
        words, countries = line.split(":")
        names = frozenset(c.strip() for c in countries.split(","))
        for word in words.split():
            out[word] = names
    return out


DEMONYM_COUNTRIES = _demonym_countries()
_COUNTRY_WORDS = frozenset(c.lower() for c in COUNTRIES) | frozenset(
    c for names in DEMONYM_COUNTRIES.values() for c in names)

# Words that describe one person in a report without being an office: "the veteran", "the
# 19-year-old" (ages are read apart), "the defending champion".
_PERSON_DESCRIPTORS = frozenset("""
veteran teenager youngster champion winner finalist runner-up rookie newcomer favourite favorite underdog
incumbent challenger left-hander right-hander left-footer debutant holder
""".split())
# Seats in a legislature: their holders also have jobs and offices ("MP and newspaper editor").
_SEATS = frozenset("mp mps mep msp ms mla mpp td senator congressman congresswoman congressperson representative "
                   "assemblyman assemblywoman assemblymember councillor councilor councilman councilwoman legislator "
                   "lawmaker peer".split())
_NOT_ONE_PERSON = frozenset({"officials", "police", "partner", "owner", "official", "head", "chief", "vice"})
_INDEFINITE = frozenset({"a", "an", "another", "one", "some", "any", "each", "every", "no"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# Words that make a different office of the same name ("shadow home secretary", "former
# president"): a plain "the home secretary" does not refer to their holder.
ROLE_QUALIFIERS = frozenset({"shadow", "former", "deputy", "vice", "acting", "assistant", "ex", "junior",
                             "interim", "outgoing", "incoming", "late"})
# Places in a team written with a hyphen ("the Harlow full-back", "the Wales fly-half"): one player,
# whatever else the text calls them (a captain, a veteran), as is a place in a tournament's draw.
_POSITIONS = frozenset("""full-back half-back fly-half scrum-half stand-off centre-half center-half centre-back
center-back wing-back left-back right-back""".split())
_HELD_BESIDE = _POSITIONS | {"seed"}
# Words of an age or a nationality, which the facts may give as a role ("24-year-old Norwegian"):
# no office, so "the Bergen sprinter" may still be her.
_NOT_AN_OFFICE = frozenset(DEMONYM_COUNTRIES) | frozenset({"year", "old", "aged"})
# Heads of a role that says what someone is famous as, not what they do: a "film star" is an actor,
# a "pop star" a singer, so such a role rules out no "the actor" or "the singer".
_FAME_WORDS = frozenset({"star", "superstar", "legend", "icon", "celebrity", "great", "idol"})
# Cues whose object is someone spoken about, not the speaker after an inverted cue ("…, dubbing
# Mr Bell 'Sir Spendalot'" is not "…, said Mr Bell"): verbs of naming, accusing and judging.
_NAMING_SOMEONE = CHARACTERISING_FORMS | frozenset(
    f for base in "dub call name nickname brand label accuse urge thank blame".split() for f in inflect(base))
# How many sentences of narration (outside quotes) before the description are searched for the
# person it refers to when the text gives no nationality or office to match.
_SENTENCES_BACK = 3


class DescribedPeople:
    """Resolves a definite description of one person to the person it refers to.

    `token_actor` maps token index → actor id; `actor_types` actor id → type; `mention_span`
    token index → (start, end) of its whole mention; `role_holders` a role's head word → (role
    as written, person, offset), from the facts; `in_quote(offset)` says whether an offset lies
    inside a quotation."""

    def __init__(self, doc, token_actor: dict[int, str], actor_types: dict[str, str],
                 role_holders: dict[str, list[tuple[str, str, int]]], in_quote: Callable[[int], bool],
                 paragraph_at: Callable[[int], int]) -> None:
        self._doc = doc
        self._token_actor = token_actor
        self._types = actor_types
        self._in_quote = in_quote
        self._paragraph_at = paragraph_at
        self._roles: dict[str, set[str]] = {}  # person → words of the roles the text gave them
        self._offices: dict[str, list[set[str]]] = {}  # person → the words of each role, one set a role
        for holders in role_holders.values():
            for role, person, _ in holders:
                words = set(role.replace("-", " ").split())
                if all(w.isdigit() or w.lower() in _NOT_AN_OFFICE for w in words):
                    continue  # "the 24-year-old Norwegian" says who she is, not an office she holds
                if role.split()[-1].lower() in _FAME_WORDS:
                    continue  # "film star", "rap star": famous for a job the role does not name
                self._roles.setdefault(person, set()).update(words)
                self._offices.setdefault(person, []).append(words)

    # ---------------------------------------------------------------- what is described
    def kind(self, head, job_words: frozenset[str] = frozenset()) -> str | None:
        """"nationality" for "the Australian", "role" for "the former minister", "the Spectator
        editor", "the charity's director"; None when `head` heads no definite description of
        one person (a name, "a spokesman", "the ministers", "the chief executive of a bank").
        `job_words` adds job nouns to the lexicon's (the facts pass their wider list)."""
        if team_position(head):  # "the Harlow full-back", however the parser hangs "the" and the club
            k = head.i - 3
            while k > 0 and self._doc[k].pos_ == "PROPN":
                k -= 1
            return "role" if self._doc[k].lower_ == "the" or self._definite(head) else None
        if self._types.get(self._token_actor.get(head.i)) == "person" or not self._definite(head):
            return None
        lower = head.lower_
        plural = head.tag_ in ("NNS", "NNPS") and lower not in ("swiss", "british", "irish", "english", "welsh")
        if plural or any(c.dep_ in ("prep", "relcl", "acl", "appos", "conj") for c in head.children):
            return None  # "the Swiss" people, "the chief executive of a leading car maker"
        if lower in DEMONYM_COUNTRIES and lower not in ("americans", "australians", "britons", "scots"):
            return "nationality"
        if lower in _NOT_ONE_PERSON:
            return None
        if lower in TITLE_WORDS or lower in OCCUPATIONS or lower in _PERSON_DESCRIPTORS or looks_like_a_job(lower) \
                or lower in job_words:
            return "role"
        return None

    def _definite(self, head) -> bool:
        dets = [c for c in head.children if c.dep_ in ("det", "poss", "nummod")]
        if any(c.lower_ in _INDEFINITE or c.dep_ == "nummod" for c in dets):
            return False
        if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in dets):
            return False  # "his lawyer": someone of his, not necessarily named
        if any(c.dep_ == "poss" and self._a_person(c) for c in dets):
            return False  # "the prime minister's spokesman", "Ann Lee's lawyer": someone of theirs
        if dets:
            return any(c.lower_ == "the" or c.dep_ == "poss" for c in dets)
        k = min([head.i] + [t.i for c in head.lefts for t in c.subtree]) - 1
        return k >= 0 and self._doc[k].lower_ == "the"  # "the Australian" parsed without its article

    def _a_person(self, token) -> bool:
        """A possessor that is one person: a person named, or a job or title ("the minister's")."""
        if self._types.get(self._token_actor.get(token.i)) == "person":
            return True
        lower = token.lower_
        return token.tag_ == "NN" and (lower in TITLE_WORDS or lower in OCCUPATIONS or looks_like_a_job(lower))

    def span(self, head) -> tuple[int, int]:
        """Character offsets of the description: "the former minister", "The Spectator editor"."""
        lefts = [t for c in head.lefts if c.dep_ in ("det", "poss", "amod", "compound", "nmod", "nummod")
                 for t in c.subtree]
        first = min([head] + lefts, key=lambda t: t.i)
        if first.i > 0 and first.lower_ != "the" and self._doc[first.i - 1].lower_ == "the":
            first = self._doc[first.i - 1]
        return first.idx, head.idx + len(head.text)

    # ---------------------------------------------------------------- whom it describes
    def person(self, head, kind: str) -> str | None:
        """The actor id of the person `head` (of `kind`, from `kind()`) describes, or None."""
        lower = team_position(head) or head.lower_
        if kind == "role" and self._introduced_unnamed(head):
            return None
        if kind == "nationality":
            wanted = DEMONYM_COUNTRIES[lower]
            found = self._people_of(wanted, head)
            if found:
                return found
        candidates = list(self._recent_subjects(head))  # (person, main clause?)
        if team_position(head):  # the club named inside "the Harlow full-back" is not the player
            inside = {self._token_actor.get(i) for i in range(max(0, head.i - 4), head.i)}
            candidates = [c for c in candidates if c[0] not in inside]
        # "The actor's friend Budd Schulberg told …": someone named as the described one's friend,
        # lawyer or spokesman is someone else
        candidates = [c for c in candidates if not self._someone_of(c[0], lower, head)]
        if kind == "nationality":
            candidates = [c for c in candidates if not self._other_country(c[0], wanted, head)]
        else:  # "Mayor X said … the minister said" is not the mayor, nor "Deputy Mayor Y … the mayor said"
            qualifiers = frozenset(t.lower_ for t in head.lefts if t.dep_ in ("amod", "compound")) & ROLE_QUALIFIERS
            candidates = [c for c in candidates if not self._other_office(c[0], lower, qualifiers)]
        if not candidates:
            return None
        # The topic of a main clause before the subject of a reported one ("X said Y should go …
        # “…,” the editor said" is X), the nearest first.
        best = min(enumerate(candidates), key=lambda ic: (not ic[1][1], ic[0]))[1][0]
        if kind == "role":  # "Later the prime minister said" → the Spectator editor is someone else
            self._roles.setdefault(best, set()).update(
                t.lower_ for t in head.lefts if t.dep_ in ("amod", "compound") and t.is_lower)
            self._roles[best].add(lower)
        return best

    def _other_office(self, person: str, word: str, qualifiers: frozenset[str] = frozenset()) -> bool:
        """The text gave `person` an office other than `word` — not a seat in a legislature,
        which is held beside a job ("Tory MP Ann Lee … the Harbour Ledger editor said") — or
        only `word` with other qualifiers ("Deputy Mayor Ann Lee" is not "the mayor", nor
        "Mayor Ann Lee" "the deputy mayor")."""
        roles = self._roles.get(person)
        offices = [words for words in self._offices.get(person, ()) if word in words]
        if offices and all(words & ROLE_QUALIFIERS != qualifiers for words in offices):
            return True
        if word in _HELD_BESIDE:
            return False
        return bool(roles) and word not in roles and not roles & _SEATS

    def _someone_of(self, person: str, word: str, head) -> bool:
        """Before `head`, the text names `person` as someone of "the `word`": "the actor's friend
        Budd Schulberg", "the singer's lawyer, Ann Lee" — a name on (or in apposition to) a noun
        whose possessor is that word."""
        for token in self._doc[max(0, head.i - 1500):head.i]:
            if self._token_actor.get(token.i) != person or self._in_quote(token.idx):
                continue
            nouns = [token, token.head] if token.dep_ in ("appos", "compound", "flat") else [token]
            for noun in nouns:
                if any(c.dep_ == "poss" and c.lower_ == word for c in noun.children):
                    return True
        return False

    def _other_country(self, person: str, wanted: frozenset[str], head) -> bool:
        known = self._nationalities(person, head) - {None}
        return bool(known) and not known & wanted

    def _introduced_unnamed(self, head) -> bool:
        """"A spokesman for the club said … the spokesman added": the same word with "a" before
        it earlier in the text introduced someone unnamed."""
        start = max(0, head.idx - 5000)
        for t in self._doc[:head.i]:
            if t.idx < start or t.lower_ != head.lower_ or self._in_quote(t.idx):
                continue
            if any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in t.children):
                return True
        return False

    def _people_of(self, countries: frozenset[str], head) -> str | None:
        """The most recent person before `head` whom the text ties to one of `countries`."""
        for token in reversed(self._doc[max(0, head.i - 1500):head.i]):
            actor = self._token_actor.get(token.i)
            if self._types.get(actor) != "person" or self._in_quote(token.idx):
                continue
            if self._nationality_at(token) & countries:
                return actor
        return None

    def _nationalities(self, person: str, head) -> set[str | None]:
        """Every country the text ties to `person` before `head` (None for mentions that say none)."""
        found: set[str | None] = set()
        for token in self._doc[max(0, head.i - 1500):head.i]:
            if self._token_actor.get(token.i) == person and not self._in_quote(token.idx):
                found |= self._nationality_at(token) or {None}
        return found

    def _nationality_at(self, token) -> set[str]:
        """Countries a mention of a person ties them to: "Australian Owen Tate", "Swiss star
        Lukas Brenner", "Australia's Owen Tate", "Owen Tate of Australia", "Owen Tate
        (Australia)". Read on the mention's last word (the name's head)."""
        doc = self._doc
        if token.i + 1 < len(doc) and self._token_actor.get(token.i + 1) == self._token_actor.get(token.i):
            return set()  # not the last word of the name
        out: set[str] = set()
        for child in token.lefts:
            for t in child.subtree:
                if t.lower_ in DEMONYM_COUNTRIES:
                    out |= DEMONYM_COUNTRIES[t.lower_]
                elif child.dep_ == "poss" and t.text.lower() in _COUNTRY_WORDS:
                    out.add(t.text.lower())
        k = token.i + 1
        if k + 1 < len(doc) and doc[k].lower_ in ("of", "from", "(") and doc[k + 1].ent_type_ == "GPE":
            end = k + 1
            while end + 1 < len(doc) and doc[end + 1].ent_type_ == "GPE" and doc[end + 1].ent_iob_ == "I":
                end += 1
            country = doc[k + 1:end + 1].text.lower()
            if country in _COUNTRY_WORDS:
                out.add(country)
        return out

    def _recent_subjects(self, head):
        """People who are subjects (or named speakers) in the narration just before `head`:
        its own sentence up to it, then up to `_SENTENCES_BACK` sentences before, in the same
        or the previous paragraph, the nearest first. Sentences wholly inside quotes are passed
        over."""
        doc = self._doc
        sentence = head.sent
        paragraph = self._paragraph_at(head.idx)
        seen: set[str] = set()
        spans = [doc[sentence.start:head.i]]
        at = sentence.start
        while len(spans) <= _SENTENCES_BACK and at > 0:
            before = doc[at - 1].sent
            at = before.start
            if self._paragraph_at(before.start_char) < paragraph - 1:
                break
            if all(self._in_quote(t.idx) or t.is_space or t.is_punct for t in before):
                continue
            spans.append(before)
        for span in spans:
            for token in reversed(span):
                actor = self._token_actor.get(token.i)
                if actor in seen or self._types.get(actor) != "person" or self._in_quote(token.idx):
                    continue
                role = self._subject_or_speaker(token)
                if role is not None:
                    seen.add(actor)
                    yield actor, role

    @staticmethod
    def _subject_or_speaker(token) -> bool | None:
        """True when the name (or a word of it) is the subject of a main clause, or stands after
        its cue ("said Ann Lee"); False for the subject of a clause inside another ("X said [Y
        should go]", "even if [Y asked]"); None when it is no subject."""
        while token.dep_ in ("compound", "flat", "appos") and token.head.i != token.i:
            token = token.head
        verb = token.head
        if token.dep_ not in _SUBJECTS:
            return True if token.dep_ in ("dobj", "attr", "npadvmod") and verb.pos_ == "VERB" and verb.i < token.i \
                and verb.lower_ in CUE_FORMS and verb.lower_ not in _NAMING_SOMEONE else None
        return main_clause(verb)


def team_position(head) -> str | None:
    """"full-back" for the "back" of "the Harlow full-back" (the parser splits it at the hyphen),
    when the joined word is a place in a team; else None."""
    doc, i = head.doc, head.i
    if i < 2 or doc[i - 1].text != "-" or doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
        return None
    word = f"{doc[i - 2].lower_}-{head.lower_}"
    return word if word in _POSITIONS else None


def main_clause(verb) -> bool:
    """The verb heads its sentence, alone or in a row of verbs joined to its head ("X arrived
    and said …"); not a clause inside another (four joins at most)."""
    for _ in range(4):
        if verb.dep_ == "ROOT":
            return True
        if verb.dep_ not in ("conj", "parataxis"):
            return False
        verb = verb.head
    return False
