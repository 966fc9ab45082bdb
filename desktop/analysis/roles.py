"""Roles: the jobs, offices, titles and standing the text gives a person — beside the name
("Prime Minister Ann Lee", "Ann Lee, the club's coach,", "Dr Ann Lee", "Ann Lee QC"), by a
verb or a predicate ("was elected mayor in 1979", "worked as a pilot"), or by a description
without a name ("The prime minister said") — each a role fact held by that person, or by no
one when the text does not say who. `RoleFinder.roles()` is what `facts.FactExtractor` calls."""
from __future__ import annotations

import re
from functools import lru_cache

from .arrays import indices_where, tokens_where
from .actors.words import COMPANY_NOUNS
from .arrays import of as arrays_of
from .gazetteer import OCCUPATIONS
from .lexicon import DOCUMENT_NOUNS, TITLE_WORDS, looks_like_a_job, occupation_before_a_name, singulars
from .names import PEER_TITLES
from .person_nouns import PERSON_NOUNS
from .quantities import CARDINAL_WORDS
from .types import Fact
from .values import _YEAR

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


def _inside_quote(text: str, at: int) -> bool:
    """Whether the character at `at` is inside a quotation of its paragraph: after an opening
    curly mark not yet closed, or after an odd number of straight double marks."""
    start = text.rfind("\n", 0, at) + 1
    before = text[start:at]
    if before.rfind("“") > before.rfind("”"):
        return True
    return before.count('"') % 2 == 1


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


# Punctuation (spaCy's is_punct, other than "." and "-") that a name often follows: the walk back
# over a title before a name stops at it (see `_title_before`).
_PUNCTUATION_BEFORE_A_NAME = frozenset({",", "(", ")", '"', "“", "”", "‘", "’", "'", ":", ";", "[", "]", "—", "–"})
_FORMS_OF_ADDRESS = frozenset({"mr", "mrs", "ms", "miss", "mx"})  # "Mr Blunkett": no role in it
# Honorifics and titles of rank: each a role fact of its own ("Dr", "Dame", "Grand Duke").
_RANKS = frozenset({"dr", "prof", "sir", "dame", "lord", "lady", "baron", "baroness", "earl", "countess", "viscount",
                    "viscountess", "marquess", "marchioness", "duke", "duchess", "archduke", "archduchess"})
_HONORIFICS_BEFORE_NAME = _FORMS_OF_ADDRESS | _RANKS
# Clerical ranks, which the name finder may keep inside the name ("Grand Ayatollah Ali Hadi",
# "Sheikh Omar Nur"), as it keeps a peer's: each a role when it opens a person's name.
_CLERICAL_RANKS = frozenset("""ayatollah hojatoleslam mufti imam sheikh shaikh rabbi cardinal archbishop bishop
patriarch""".split())
# Verbs that start or end the holding of a role, for the time a role is given with.
_ROLE_START_VERBS = frozenset("""elected re-elected appointed named became become becomes sworn installed chosen
nominated promoted hired joined made took began started""".split())
_ROLE_END_VERBS = frozenset("""resigned stepped stood retired left quit ousted removed sacked fired dismissed
lost""".split())
# Nouns for holding a post, whose "as …" names a role of their possessor: "his appointment as
# chairman", "her time as mayor", "Vale's stint as coach" (not an actor's "role as", a character).
_HOLDING_NOUNS = frozenset("""appointment nomination election re-election reelection job post career tenure
time stint spell term years days day week weeks month months year""".split())  # "her first day as health secretary"
_QUOTE_MARKS = frozenset('"“”‘’\'')
_TIME_PREPOSITIONS = {"in": "in", "during": "in", "from": "from", "since": "from", "until": "until", "till": "until",
                      "to": "until", "through": "until"}



_ROLE_HASHES = None
_DEMONYM_HASHES = None
# Demonyms that are (also) the name of a whole people, never one person: "the Swiss voted".
_PEOPLES_ONLY = frozenset("""americans australians britons british scots scottish english french dutch irish welsh
danish finnish polish spanish swedish turkish swiss chinese japanese portuguese""".split())
# Playing positions written as two words (a job before a player's name).
_POSITIONS = frozenset({("half", "back"), ("full", "back"), ("fly", "half"), ("scrum", "half"), ("centre", "back"),
                        ("center", "back"), ("wing", "back"), ("centre", "forward"), ("center", "forward"),
                        ("second", "row"), ("wing", "forward"), ("running", "back"), ("tight", "end"),
                        ("wide", "receiver"), ("point", "guard"), ("power", "forward"), ("stand", "off"),
                        ("running", "mate"), ("opposite", "number")})
# A position named by a team's shirt number, right before a player's name: "Norland's number
# eight Gustavo Pereyra", "the number 10 Marco Albertini" (and a ranking: "world number one").
_SHIRT_NUMBER = re.compile(r"[1-9]|1[0-5]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
                           r"fourteen|fifteen")
# A player's place in a draw or a ranking, a job only after the rank that says which: "top
# seed Ann Lee", "the fourth seed", "number one seed" (a seed alone is a plant's).
_SEED_RANK = re.compile(r"top|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
                        r"\d{1,2}(?:st|nd|rd|th)|no\.?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}")
# A position held relative to another person's, a job only right before a name: "her Norland
# counterpart Clara Dunmore" (WordNet files "counterpart" under things as well as people).
_RELATIVE_POSITIONS = frozenset({"counterpart", "counterparts"})
# Public offices one person holds at a time: "the prime minister", "the mayor" name someone
# definite even where the sentence does not name them ("the teacher", "the driver" do not).
_PUBLIC_OFFICES = frozenset("""president minister chancellor premier governor mayor senator congressman
congresswoman mp mep msp mla ambassador pope king queen""".split())
# A title won a number of times: "two-time Artist of the Ring champion", "three-time world champion".
_TIMES_CHAMPION = re.compile(
    rf"\b(?:(?:a|an|the)\s+)?(?:{CARDINAL_WORDS}|\d{{1,2}})-time\s+(?:(?:[A-Z][\w'’.-]*|of|the|and|[a-z]+)\s+){{0,6}}?"
    r"(?:champion|winner|medallist|medalist|finalist|champ)\b", re.I)
# A place in a world ranking: "world number one", "the former world No 3".
_WORLD_NUMBER = re.compile(rf"\b(?:(?:former|new)\s+)?([Ww]orld|[A-Z][a-z]+) (?:number|No\.?) (?:{CARDINAL_WORDS}|\d{{1,3}})\b")
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
# Where `_roles_by_description` reads a job at all: a subject, an office's place, or a fronted
# description's ("A keen sailor, she …": the parser makes it "npadvmod" or "dep").
_DESCRIPTION_PLACES = _DESCRIBED_PLACES | {"npadvmod", "dep"}
# Departments whose secretary is one office: "the home secretary", "the foreign secretary".
_DEPARTMENTS = frozenset("""home foreign defence defense health education transport environment culture treasury
interior justice energy trade business work pensions press general""".split())
# Person nouns that news uses as much for firms ("The UK's biggest mortgage lender said"): without
# a name beside them, no person's role.
_FIRM_AGENTS = frozenset("""lender insurer reinsurer retailer carrier manufacturer maker supplier distributor publisher
developer operator provider exporter importer buyer seller bidder rival owner holder shareholder investor underwriter
brewer miner grocer wholesaler exporter shipper builder contractor subcontractor sponsor partner challenger
competitor leader employer issuer borrower creditor debtor guarantor vendor licensee franchisee watchdog regulator
""".split())
# Person nouns (WordNet's first sense) that news uses as much for machines and software ("the
# Firefox web browser", "a Homeland Security monitor"): without a name beside them, no role.
_MACHINES_TOO = frozenset("""browser monitor scanner printer server transmitter controller tracker router calculator
loader compiler""".split())
# Nouns for where one person stands toward another in a contest or a team: behind "his" or "her"
# they describe a person ("beaten by his opponent", "her team-mate").
_STANDING_TOWARD = frozenset({"opponent", "rival", "compatriot", "team-mate", "teammate", "doubles partner"})
# Adherents of a faith: a description of a person as the predicate of "is" ("an Evangelical
# Christian", "a devout Muslim"); elsewhere a name's word ("Christian Dior") or a people.
_FAITH_NOUNS = frozenset("""christian muslim catholic protestant jew hindu buddhist sikh evangelical mormon anglican
baptist methodist presbyterian quaker""".split())
# Positions in a team that are everyday words too ("lock", "wing"): a job only after the team or
# country the player is in and right before the player's name ("Ireland lock Ann Lee", "Leicester's
# England centre Tom Reyes").
_TEAM_POSITIONS = frozenset({"lock", "centre", "center", "wing", "prop", "hooker"})
# Words before a person noun that say what standing the person has ("the former champion").
_STANDING_WORDS = frozenset({"former", "ex", "late", "then", "outgoing", "incoming", "retired", "veteran",
                             "disgraced", "deposed", "exiled", "jailed", "sacked", "acting", "interim",
                             "reigning", "defending", "legendary", "renowned", "celebrated", "famed"})
# Words that qualify a job without changing which job it is: "the former prime minister" is the
# prime minister named before.
_POSSESSIVES = frozenset({"my", "your", "his", "her", "its", "our", "their"})
# Words of quantity before a plural noun, not part of the class it names ("numerous musicians").
_QUANTITY_WORDS = frozenset({"numerous", "many", "several", "some", "various", "other", "few", "all", "most", "such",
                             "countless", "dozens", "scores"})
# Adjectives that say which rank of a job ("the chief engineer", "the senior partner").
_RANK_QUALIFIERS = frozenset({"chief", "senior", "junior", "deputy", "assistant", "head", "lead", "principal", "leading",
                              "top", "old", "new", "current", "local"})
_PASSING_QUALIFIERS = frozenset({"the", "a", "an", "former", "outgoing", "current", "then", "new", "incoming",
                                 "acting", "local", "his", "her", "their", "its"})


def _job_key(text: str) -> tuple[str, ...]:
    """A role's words that say which job it is, lower case: "The former Prime Minister" →
    ("prime", "minister")."""
    return tuple(w for w in text.lower().replace("’s", "").replace("'s", "").split() if w not in _PASSING_QUALIFIERS)


def _clean_role(text: str) -> str:
    text = re.sub(r"^(?:the|a|an|its|his|her|their|our)\s+", "", text.strip(), flags=re.I)
    return re.sub(r"\s+", " ", text)


# Unions of word sets the conditions above test, built once (a `|` inside a condition builds
# a new set each time it is evaluated).
_PUBLIC_OFFICES_OR_SPOKESPEOPLE = _PUBLIC_OFFICES | {"commissioner", "spokesperson", "speaker"}
_ROLE_VERBS_OR_BE = frozenset(_ROLE_VERBS | {"is", "was", "'s"})


# Titles of honour a sovereign confers: "was made a dame", "became a knight", "created a life peer".
_HONOURS = frozenset({"dame", "knight", "baronet", "peer"})
# The verbs that confer one ("the sprinter, made a dame in the New Year Honours"): the honour is a role.
_HONOUR_VERBS = frozenset("""made make makes making become became becomes becoming created named""".split())
_BECOME = frozenset("become became becomes becoming".split())


def _honour_not_a_figure(token, verb) -> bool:
    """False for an honour word used as a figure or a part: modified by a phrase other than "of"
    ("a knight in shining armour"), or become "for" something other than services ("became a
    dame for the Christmas panto"; the honours lists say "for services to …")."""
    if any(c.dep_ == "prep" and c.lower_ != "of" for c in token.children):
        return False
    return verb.lower_ not in _BECOME or not any(
        c.dep_ == "prep" and c.lower_ == "for" and not any(g.lower_ in ("services", "service") for g in c.children)
        for c in verb.children)


@lru_cache(maxsize=4)
def _giver_dep_hashes(strings) -> frozenset:
    """The string ids of the labels of a predicate and of a preposition's object."""
    return frozenset(strings[d] for d in ("attr", "oprd", "pobj"))


class RoleFinder:
    """The role facts of one analysed article. `fact` makes a Fact with its sentence and
    `subject_at` says whom a phrase is about (both `FactExtractor`'s, shared with its figures)."""

    def __init__(self, doc, text: str, token_actor: dict[int, str], actor_types: dict[str, str],
                 fact, subject_at) -> None:
        self.doc = doc
        self.text = text
        self.token_actor = token_actor
        self.actor_types = actor_types
        self._fact = fact
        self._subject_at = subject_at
        self._pronoun_resolver = None  # built on first use: most roles need no pronoun
        self._described_people = None  # likewise, for "the writer" after a name
        self._found_so_far: list[Fact] = []  # the roles found when it is built (whose jobs it knows)

    def roles(self) -> list[Fact]:
        facts = self._roles_of_names()
        facts += self._times_champion(facts)
        facts += self._world_rankings(facts)
        facts += self._roles_by_description(facts)
        return facts + self._nationalities_for_people(facts)

    def _nationalities_for_people(self, found: list[Fact]) -> list[Fact]:
        """"Karl Osten won in Vienna. The Austrian broke serve …", "bamboozled by the Spaniard's
        drop shots", "said the American", "the 25-year-old Spaniard": a singular demonym noun
        after "the" stands for one person, as sports and news reports name a player or a
        speaker a second time (a definite description refers back: Poesio and Vieira 1998); the
        role of the person `descriptions.DescribedPeople` resolves it to (the one the text tied
        to that country, else the topic of the sentences just before), or of no one. Not a
        demonym that modifies a noun ("the Austrian government", "the Austrian capital"), nor a
        people ("the Swiss", "the British", "the Chinese": forms that are plural nouns too)."""
        from spacy.strings import hash_string

        from .descriptions import DEMONYM_COUNTRIES

        global _DEMONYM_HASHES
        if _DEMONYM_HASHES is None:
            _DEMONYM_HASHES = frozenset(hash_string(w) for w in DEMONYM_COUNTRIES if w not in _PEOPLES_ONLY)
        doc, out = self.doc, []
        for i in indices_where(doc, "LOWER", _DEMONYM_HASHES):
            token = doc[i]
            if i in self.token_actor or not token.is_title or token.tag_ in ("NNS", "NNPS") \
                    or token.dep_ in ("amod", "compound", "nmod") \
                    or i + 1 < len(doc) and doc[i + 1].pos_ in ("NOUN", "PROPN", "NUM"):
                continue  # "the Austrian government", "the Austrian Open"
            if any(s <= token.idx < e for s, e in ((f.start, f.end) for f in found)):
                continue
            self._found_so_far = self._found_so_far or found
            people = self._people()
            if people.kind(token) != "nationality":
                continue  # no "the" ("Austrian Karl Osten" is read beside the name), or a clause after it
            start, stop = people.span(token)
            holder = None if _inside_quote(self.text, token.idx) else people.person(token, "nationality")
            out.append(self._fact("role", start, stop, _clean_role(self.text[start:stop]),
                                  holder if self.actor_types.get(holder) == "person" else None))
        return out

    def _people(self):
        """The article's `descriptions.DescribedPeople` (built on first use)."""
        if self._described_people is None:
            from . import role_holders
            from .descriptions import DescribedPeople

            text = self.text
            self._described_people = DescribedPeople(
                self.doc, self.token_actor, self.actor_types, role_holders(self._found_so_far),
                lambda at: _inside_quote(text, at), lambda at: text.count("\n\n", 0, at))
        return self._described_people

    def _world_rankings(self, found: list[Fact]) -> list[Fact]:
        """"The former world number one was struggling", "beat the world number three", "Sara
        Bell, the British number two,": a player's place in a world or a national ranking, wherever it stands (before a name it is read there),
        the role of the person the clause is about when the parse says so. Found from "world
        number" (cheap)."""
        from .descriptions import DEMONYM_COUNTRIES

        out = []
        for m in _WORLD_NUMBER.finditer(self.text) if " number " in self.text or " No" in self.text else ():
            if m.group(1).lower() != "world" and m.group(1).lower() not in DEMONYM_COUNTRIES:
                continue  # a country's ranking ("the British number two"), not a team's shirt ("Norland's number eight")
            start, end = m.start(), m.end()
            span = self.doc.char_span(start, end, alignment_mode="expand")
            if span is None or any(f.start < end and start < f.end for f in found) \
                    or span.end < len(self.doc) and (self.doc[span.end].pos_ == "NOUN" or self.doc[span.end].tag_ == "VBG"):
                continue  # "the world number one spot", "the world number one ranking": a modifier of a thing
            # the clause's subject holds it only where the ranking is said of the subject, not of an object
            holder = self._subject_at(start, end) if span.root.dep_ in ("nsubj", "nsubjpass", "attr", "appos") else None
            out.append(self._fact("role", start, end, _clean_role(m.group()),
                                  holder if self.actor_types.get(holder) == "person" else None))
        return out

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
            _ROLE_HASHES = frozenset(hash_string(w) for w in _ROLE_WORDS | PERSON_NOUNS | {"seed"})
        doc = self.doc
        hits = indices_where(doc, "LOWER", _ROLE_HASHES)
        taken = [(f.start, f.end) for f in found]
        earlier = sorted(((f.start, self._job_core(f.start, f.end), f.subject) for f in found
                          if f.subject is not None), key=lambda x: x[0])
        out: list[Fact] = []
        # where the text first names a person: a definite job after it may stand for someone named
        first_person = min((k for k, who in self.token_actor.items() if self.actor_types.get(who) == "person"),
                           default=None)
        deps = arrays_of(doc).deps()
        for i in hits:
            if deps[i] not in _DESCRIPTION_PLACES or i in self.token_actor:
                continue  # (read on the arrays) every reading below needs such a place and a word of no actor
            token = doc[i]
            office = self._public_office(token)
            # (a description is only read where it may stand: the test below skips every other place)
            relation = self._former_relation(token) or token.dep_ in _DESCRIBED_PLACES and self._described(token) \
                or self._job_object_for_someone(token, first_person)
            if token.dep_ in ("npadvmod", "dep", "nsubj") and i not in self.token_actor \
                    and not any(s <= token.idx < e for s, e in taken):
                fronted = self._fronted_description(token)
                if fronted is not None:
                    start, stop, holder = fronted
                    out.append(self._fact("role", start, stop, _clean_role(self.text[start:stop]), holder))
                    continue
            if token.dep_ not in ("nsubj", "nsubjpass") and not ((office or relation) and token.dep_ in _OFFICE_PLACES
                                                                and not (token.dep_ == "poss" and self._job_word(token.head))) \
                    or i in self.token_actor or not (token.pos_ == "NOUN" or (
                    # "which the President accepted": a capitalised job alone after "the", no body's name
                    token.pos_ == "PROPN" and (token.lower_ in _PUBLIC_OFFICES_OR_SPOKESPEOPLE or office)
                    and token.ent_type_ not in ("NORP", "GPE")  # "the MEP" (tagged ORG); not "the Scottish Executive"
                    and all(c.dep_ in ("det", "case") or c.dep_ == "amod" and (c.is_lower or c.ent_type_ in (
                                "NORP", "GPE")) or c.dep_ == "compound"  # "the Indian Prime Minister"
                            and (c.ent_type_ in ("NORP", "GPE") or c.i not in self.token_actor and not c.ent_type_
                                 or c.i == i - 1 and c.lower_ in _DEPARTMENTS)  # "the Home Secretary"
                            or c.dep_ == "prep" and c.lower_ == "of" and office
                            or c.dep_ in ("cc", "conj", "preconj") and office  # "either the Speaker or his deputies"
                            for c in token.children))) \
                    or token.lower_ in ("police", "government", "army") or token.lower_ in _MACHINES_TOO \
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
                    or token.lower_ in _FIRM_AGENTS and token.lower_ not in _ROLE_WORDS and not (
                        token.lower_ in _STANDING_TOWARD and relation):  # "his rival" is a person's
                continue
            phrase = self._role_phrase(token)
            cut = next((k for k, t in enumerate(phrase) if t.i > i and t.pos_ == "CCONJ"), None)
            phrase = phrase[:cut] if cut is not None else phrase  # "The head of X [and Y's big boss]"
            cut = next((k for k, t in enumerate(phrase) if t.i > i and t.dep_ == "prep" and t.head.i == i
                        and t.lower_ not in ("of", "for", "at", "from", "to", "in", "behind", "on", "with")), None)
            phrase = phrase[:cut] if cut is not None else phrase  # "her former lawyer [about the money]"
            while phrase and phrase[-1].dep_ == "case" and phrase[-1].i > i:
                phrase = phrase[:-1]  # "the President['s] claims"
            while phrase and phrase[0].dep_ == "preconj" and phrase[0].i < i:
                phrase = phrase[1:]  # "[either] the Speaker or his deputies"
            if not phrase or phrase[0].i > i:
                continue
            start, stop = phrase[0].idx, phrase[-1].idx + len(phrase[-1].text)
            key, where = self._job_core(start, stop)
            # The same job named again refers back to its holder ("Prime Minister Ann Lee" … "the
            # prime minister") — not one introduced anew ("a spokesman") nor the same job of another
            # body or people ("Tory spokesman Hal Lewin" … "the Labour spokesman").
            introduced = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children)
            holder = None if introduced else next(
                (who for at, (job, place), who in reversed(earlier)
                 if at < start and job == key and (not where or not place or where == place)), None)
            if holder is None and not office and token.head.dep_ == "ROOT":
                holder = self._person_described(token, found)
                if holder is not None and where and any(who == holder and place and place != where
                                                        for _, (_, place), who in earlier):
                    holder = None  # "Tory spokesman Hal Lewin … The Labour spokesman": another body's
                relation = relation or holder is not None
            if holder is None and not office and not relation and (token.head.lower_ not in CUE_FORMS or token.head.lower_ in (
                    "claim", "claims", "claimed", "claiming") and any(c.dep_ == "dobj" for c in token.head.children)) \
                    and not self._job_standing_for_someone(token, first_person) and not self._body_s_job(token) \
                    and not self._star_of_a_field(token, first_person):
                continue  # "The champion claimed her title": no speech, no office
            out.append(self._fact("role", start, stop, _clean_role(self.text[start:stop]), holder))
        return out

    def _job_standing_for_someone(self, token, first_person: int | None) -> bool:
        """"Rhys Calder … The guitarist said", "… The seventh seed will next play", "The
        constable was suspended": a definite noun phrase headed by a job noun (the job lexicon,
        a seed's rank, or a WordNet person noun shaped like an agent noun: "freelancer") that
        opens a sentence as the subject of its main clause, after the text has named a person,
        describes a person by their job even where the sentence before is not about them (a
        definite description is anaphoric). Its words before the noun may only say which job or
        standing (a compound, a number, an age, a rank, "former"), not what happened to the
        person ("the injured driver"), and nothing after it says which one ("the driver of the van"; a clause after a
        comma only adds: "The seventh seed, who has never lost here, …")."""
        if first_person is None or first_person >= token.i or token.dep_ not in ("nsubj", "nsubjpass"):
            return False
        word = token.lower_
        if not (word in _ROLE_WORDS or word == "seed" or _agent_noun(word)) or word in _FIRM_AGENTS \
                or word in _MACHINES_TOO or token.tag_ in ("NNS", "NNPS") or _inside_quote(self.text, token.idx):
            return False
        dets = [c for c in token.children if c.dep_ == "det"]
        doc = self.doc
        if [c.lower_ for c in dets] != ["the"] or token.head.i != token.sent.root.i or dets[0].i != token.sent.start and not (
                doc[dets[0].i - 1].text == "," and doc[token.sent.start].dep_ == "prep"
                and doc[token.sent.start].head.i == token.head.i):
            return False  # the main subject opening its sentence or after a fronted phrase ("According to X, the
            # constable found"), not an aside ("X - the lawyer had flown in -")
        return self._says_only_which_job(token)

    def _star_of_a_field(self, token, first_person: int | None) -> bool:
        """"after the rap star sued a fan", "realised the film star had warmed to it": "the" and
        a field's "star" ("film", "pop", "rap", "soap", "TV" as a compound just before it) as the
        subject of any clause, after the text has named a person, describes that person by the
        field they work in. Not a bare "the star" (a lead, a player, anyone praised), nor one in
        a quotation."""
        if first_person is None or first_person >= token.i or token.lower_ != "star" or token.tag_ != "NN" \
                or token.dep_ not in ("nsubj", "nsubjpass") or _inside_quote(self.text, token.idx):
            return False
        field = self.doc[token.i - 1]
        det = self.doc[token.i - 2] if token.i >= 2 else None
        return field.dep_ == "compound" and field.head.i == token.i and field.pos_ in ("NOUN", "PROPN") \
            and field.i not in self.token_actor and det is not None and det.lower_ == "the" and det.head.i == token.i

    def _body_s_job(self, token) -> bool:
        """"Acme's chief executive has been named …", "The bank's finance director was sacked": a
        job (the job lexicon) after the possessive of a body or a place, as the subject of the main
        clause, names the one person who holds that job there — a role even where the text names
        them only later (a news lede often does) or not at all; the words around it say only
        which job (`_says_only_which_job`). Not a plural ("Acme's lawyers"), a firm's trade
        ("the group's lender"), a person's possessive ("Ann Lee's lawyer": whose, not which
        body's), or a quotation."""
        if token.dep_ not in ("nsubj", "nsubjpass") or token.head.i != token.sent.root.i \
                or token.lower_ not in _ROLE_WORDS or token.lower_ in _FIRM_AGENTS or token.tag_ in ("NNS", "NNPS") \
                or _inside_quote(self.text, token.idx):
            return False
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if owner is None or owner.pos_ not in ("NOUN", "PROPN") or self._is_person(owner.i) \
                or owner.ent_type_ == "PERSON" or owner.lower_ in PERSON_NOUNS:
            return False
        return self._says_only_which_job(token)

    def _fronted_description(self, token) -> tuple[int, int, str | None] | None:
        """"A freelancer, she was …", "A keen sailor, Ann Lee crossed …": an indefinite noun
        phrase headed by a person noun that opens a sentence, set off by a comma before the main
        clause's subject (a person's name, "he" or "she"), describes that subject; its
        characters and the person, or None."""
        doc = self.doc
        det = next((c for c in token.children if c.dep_ == "det"), None)
        if det is None or det.lower_ not in ("a", "an") or det.i != token.sent.start or token.head.i != token.sent.root.i \
                or token.tag_ in ("NNS", "NNPS") or not self._job_word(token):
            return None
        comma = token.right_edge.i + 1
        if comma + 1 >= len(doc) or doc[comma].text != "," or comma - token.i > 6:
            return None
        subject = doc[comma + 1]
        while subject.dep_ == "compound" and subject.head.i > subject.i:
            subject = subject.head  # "Ann Lee": the name's last word is the subject
        if subject.dep_ not in ("nsubj", "nsubjpass") or subject.head.i != token.head.i \
                or not (subject.lower_ in ("he", "she") or self._is_person(subject.i)):
            return None
        holder = self.token_actor.get(subject.i) if self._is_person(subject.i) else self._pronouns().resolve(subject)
        return det.idx, doc[comma - 1].idx + len(doc[comma - 1].text), \
            holder if self.actor_types.get(holder) == "person" else None

    def _job_object_for_someone(self, token, first_person: int | None) -> bool:
        """"Fans paid tribute to the guitarist", "thanked the constable": a definite job (the job
        lexicon only) as an object after the text has named a person, with words that say only
        which job (see `_job_standing_for_someone`)."""
        if first_person is None or first_person >= token.i or token.dep_ not in ("dobj", "pobj") \
                or token.lower_ not in _ROLE_WORDS or token.lower_ in _FIRM_AGENTS or token.tag_ in ("NNS", "NNPS") \
                or token.pos_ != "NOUN" or token.lower_ == "speaker" or _inside_quote(self.text, token.idx):
            return False  # ("thanked the speaker": anyone who spoke; the office is "the Speaker")
        if [c.lower_ for c in token.children if c.dep_ == "det"] != ["the"]:
            return False
        return self._says_only_which_job(token)

    def _says_only_which_job(self, token) -> bool:
        """Whether the words of a description around its job noun say only which job or standing."""
        doc = self.doc
        for c in token.children:
            if c.i > token.i and c.dep_ not in ("punct", "cc", "conj") and not (
                    c.dep_ == "relcl" and doc[c.left_edge.i - 1].text == ","):
                return False  # "the driver of the van", "the doctor who treated her" (not ", who had never …")
            if c.i < token.i and c.dep_ in ("amod", "acl", "advmod") and not (
                    c.lower_ in _STANDING_WORDS or c.lower_ in _RANK_QUALIFIERS or c.ent_type_ in ("ORDINAL", "DATE", "NORP")
                    or c.is_title and not c.is_sent_start or _SEED_RANK.fullmatch(c.lower_)):
                return False  # "the injured driver", "the young climber": what befell them or who, not what job
        return True

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
        self._found_so_far = found
        people = self._people()
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
                c.lower_ in ("former", "ex") or (c.ent_type_ in ("NORP", "ORG", "GPE") or c.pos_ == "PROPN" and c.is_title
                                                  and c.dep_ == "compound")  # "a Newsnight journalist"
                and not c.is_sent_start and not self._is_person(c.i)
                # "a police constable", "a school teacher": a noun saying which service or trade
                or c.dep_ == "compound" and c.pos_ == "NOUN" and c.is_lower and c.i == token.i - 1
                and token.lower_ in _ROLE_WORDS and c.lower_ not in PERSON_NOUNS) for c in token.children)
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
        people a possessive names, marked as a job by "former" (not "their coach", a bus); and
        a standing toward the possessor that is always a person's ("his opponent's backhand",
        "her team-mate", "his compatriot")."""
        return any(c.dep_ == "poss" and c.lower_ in ("his", "her", "their") for c in token.children) \
            and (token.lower_ in _STANDING_TOWARD or any(c.dep_ == "amod" and c.lower_ in ("former", "ex")
                                                         for c in token.children))

    def _public_office(self, token) -> bool:
        """"the prime minister", "the President", "the home secretary": an office one person holds
        at a time, after "the" (a secretary only of a department: not "the secretary")."""
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            return False
        if token.lower_ == "secretary":
            return token.i > 0 and self.doc[token.i - 1].lower_ in _DEPARTMENTS
        if token.lower_ == "speaker":  # "the Speaker" of a house; "the speaker" is anyone speaking
            return token.text == "Speaker" and not token.is_sent_start
        if token.is_title and token.lower_ in TITLE_WORDS and any(
                c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in c.children)
                for c in token.children):
            return True  # "the Archbishop of Canterbury", "the Mayor of London": one holder at a time
        return token.lower_ in _PUBLIC_OFFICES

    def _job_core(self, start: int, end: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """Which job a role names, for matching a later description to it: its words without
        passing qualifiers (`_job_key`) and without the place, people or body it opens with
        ("Philippine President", "Acme CEO" → the president, the CEO); and those words of
        place, people or body, lower case (empty when it opens with none)."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        where: list[str] = []
        if span is not None and len(span) > 1:
            k = span.start
            while k < span.end - 1 and (self.doc[k].lower_ in _PASSING_QUALIFIERS or self.doc[k].ent_type_ in (
                    "NORP", "GPE", "ORG", "LOC") or self.actor_types.get(self.token_actor.get(k)) in (
                    "place", "organisation")):
                if self.doc[k].lower_ not in _PASSING_QUALIFIERS:
                    where.append(self.doc[k].lower_)
                k += 1
            start = self.doc[k].idx
        return _job_key(self.text[start:end]), tuple(where)

    def _roles_of_names(self) -> list[Fact]:
        facts: list[Fact] = self._roles_by_verb()
        by_verb = [(f.start, f.end) for f in facts]
        doc = self.doc
        token_actor, actor_types = self.token_actor, self.actor_types
        for first in sorted(self.token_actor):  # an actor's tokens only
            if not 0 <= first < len(doc):
                continue
            actor = token_actor.get(first)
            if actor is None or actor_types.get(actor) != "person":
                continue
            if first > 0 and token_actor.get(first - 1) == actor:
                continue  # only at the first token of a mention (a Token is built only for those)
            token = doc[first]
            end = token.i
            while end + 1 < len(doc) and self.token_actor.get(end + 1) == actor:
                end += 1
            after = self._apposition_after(end + 1 if end + 1 < len(doc) and doc[end + 1].text in _POST_NOMINALS
                                           else end)  # "Ann Lee MP, Labour's chief whip,"
            shared = self._shared_apposition(token.i, end)
            if shared is not None and not any(s < shared[0][1] and shared[0][0] < e for s, e in by_verb):
                # "Tom Hale and Ed Finch, the co-chairmen of Blue Lantern,": each one's role (the
                # last name's own is read below when `_apposition_after` reads it too)
                role, holders = shared
                facts += [self._fact("role", *role, _clean_role(self.text[role[0]:role[1]]), who)
                          for who in (*holders, *([actor] if after is None else []))]
            titles = self._stacked(self._title_before(token.i))
            found = [self._rank(token.i, end), *titles,
                     *([after] if after is not None else self._apposition_by_parse(token.i, end)),
                     self._apposition_before(token.i), self._copula_role(token, end),
                     self._post_nominal(token.i, end), self._as_after_name(token.i, end)]
            if titles == [None] and token.i > 0:
                found.append(self._demonym_before(token.i, end))
            for role in found:
                if role is None or any(s < role[1] and role[0] < e for s, e in by_verb):
                    continue  # a role the verb gave is read there, with its time
                start, stop = role
                value = _clean_role(self.text[start:stop])
                if value.lower().rstrip(".") not in _FORMS_OF_ADDRESS:
                    facts.append(self._fact("role", start, stop, value, actor))
            examples = self._class_before_examples(end)
            if examples is not None and not any(s < examples[1] and examples[0] < e for s, e in by_verb):
                value = _clean_role(self.text[examples[0]:examples[1]])
                facts += [self._fact("role", *examples, value, who) for who in (actor, *self._people_listed_after(end))]
            title = titles[-1]  # the one right before the name
            if title is not None and self._plural_job(title[1]) and not any(
                    s < title[1] and title[0] < e for s, e in by_verb):
                # "strikers Ivo Brandt and Emil Dorn": the plural job is each listed person's
                value = _clean_role(self.text[title[0]:title[1]])
                facts += [self._fact("role", *title, value, other) for other in self._people_listed_after(end)]
        return facts

    def _class_before_examples(self, end: int) -> tuple[int, int] | None:
        """"iconic rock musicians such as Ann Lee and Tom Reyes", "Famous Japanese directors
        including Ann Lee": a plural job noun phrase whose examples ("such as", "including",
        "like") open with the name ending at token `end` is the role of each person listed; the
        phrase without its determiner or quantity word ("Numerous", "many")."""
        doc = self.doc
        if arrays_of(doc).deps()[end] != "pobj":
            return None  # (read on the array: most names are no object of a preposition)
        prep = doc[end].head
        if doc[end].dep_ != "pobj" or prep.i != end - len([1 for k in range(prep.i + 1, end) if self.token_actor.get(k)
                                                            == self.token_actor.get(end)]) - 1:
            return None  # the name right after the preposition
        if not (prep.lower_ in ("including", "like") or prep.lower_ == "as" and prep.i > 0 and doc[prep.i - 1].lower_ == "such"):
            return None
        noun = prep.head
        if noun.tag_ != "NNS" or noun.pos_ != "NOUN" or not self._plural_job_word(noun.lower_):
            return None
        start = noun.left_edge.i
        while start < noun.i and (doc[start].dep_ in ("det", "predet") or doc[start].lower_ in _QUANTITY_WORDS):
            start += 1
        return doc[start].idx, noun.idx + len(noun.text)

    @staticmethod
    def _plural_job_word(word: str) -> bool:
        """"musicians", "directors", "actresses": the plural of a job word or a person noun."""
        return any((single in _ROLE_WORDS or single in PERSON_NOUNS) and single not in _FIRM_AGENTS
                   for single in singulars(word))

    def _plural_job(self, stop: int) -> bool:
        """The role ending at character `stop` ends with a plural noun ("strikers", "Fellow pupils")."""
        span = self.doc.char_span(stop - 1, stop, alignment_mode="expand")
        return span is not None and len(span) == 1 and span[0].tag_ in ("NNS", "NNPS") and span[0].lower_.endswith("s")

    def _people_listed_after(self, end: int) -> list[str]:
        """The people a list goes on to name after the mention ending at token `end` ("[Ann Lee],
        Tom Reyes and Ravi Pell"): each person after ",", "and" or ", and", up to the first item
        that is no person's name or the item after "and" (the list's last)."""
        doc, out, k = self.doc, [], end + 1
        while k < len(doc) and doc[k].text in (",", "and"):
            last = doc[k].lower_ == "and"
            k += 1
            if k < len(doc) and doc[k - 1].text == "," and doc[k].lower_ == "and":
                last, k = True, k + 1  # ", and"
            if k >= len(doc) or not self._is_person(k):
                break
            actor = self.token_actor[k]
            out.append(actor)
            while k < len(doc) and self.token_actor.get(k) == actor:
                k += 1
            if last:
                break
        return out

    def _apposition_by_parse(self, i: int, end: int) -> list[tuple[int, int]]:
        """"Rabbi Ann Hier, founder of the rights group X said", "Eric Vale, the party's nominee
        for governor was picked", "Tom Reyes (former Wales coach) said", "Ada Bell - Acme's
        defensive coach - is": a noun phrase the parse sets in apposition to the name right
        after a comma, a bracket or a dash, headed by a person noun (WordNet's noun.person, see
        `person_nouns`) or a job word, where no closing comma marks where it ends (the phrase
        ends where the parse's noun phrase does); each job coordinated with it is a role too
        ("a former Acme manager and owner of the website")."""
        doc = self.doc
        if end + 2 >= len(doc) or arrays_of(doc).texts()[end + 1] not in (",", "(", *_DASHES):
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

    def _demonym_before(self, i: int, end: int) -> tuple[int, int] | None:
        """"meets fellow Russian Olga Petrova", "Eighth-seeded American Lia Holt lost": a singular
        demonym (not a people's name only: "Swiss") right before a person's name that heads its
        noun phrase (not "the Russian Olga Petrova case") describes that person, with the lower-case
        words before it that qualify it ("fellow", "eighth-seeded"); not after a determiner or a
        possessive, nor a demonym the text makes part of an actor."""
        from .descriptions import DEMONYM_COUNTRIES

        doc = self.doc
        k = i - 1
        if arrays_of(doc).lowers()[k] not in DEMONYM_COUNTRIES:
            return None  # (read on the array: most names have no demonym before them)
        t = doc[k]
        if not t.is_title or t.lower_ not in DEMONYM_COUNTRIES or t.lower_ in _PEOPLES_ONLY or k in self.token_actor \
                or doc[end].dep_ in ("compound", "amod", "poss") or t.tag_ in ("NNS", "NNPS"):
            return None
        j = k
        while j > 0 and k - j < 4 and (doc[j - 1].pos_ in ("ADJ", "VERB", "ADV") and doc[j - 1].dep_ in (
                "amod", "npadvmod", "advmod") and doc[j - 1].tag_ not in ("PRP$", "DT") and (doc[j - 1].is_lower or (
                doc[j - 1].is_sent_start or not doc[j - 1].whitespace_)) and doc[j - 1].ent_type_ not in ("DATE", "TIME")
                or doc[j - 1].text == "-" and not doc[j - 1].whitespace_ and j > 1 and not doc[j - 2].whitespace_):
            j -= 1
        while j < k and doc[j].text == "-":
            j += 1
        if j > 0 and doc[j - 1].lower_ in ("the", "a", "an", *_POSSESSIVES):
            return None  # "the Russian Olga Petrova": read as a description after "the" if at all
        return doc[j].idx, t.idx + len(t.text)

    def _post_nominal(self, i: int, end: int) -> tuple[int, int] | None:
        """"Ann Marlow QC", "Tom Reyes MP": an office written after the name, inside the mention
        or right after it."""
        doc, texts = self.doc, arrays_of(self.doc).texts()
        for k in (end, end + 1):
            if i < k < len(doc) and texts[k] in _POST_NOMINALS and (k == end or doc[k].pos_ == "PROPN"):
                return doc[k].idx, doc[k].idx + len(doc[k].text)
        return None

    def _as_after_name(self, i: int, end: int) -> tuple[int, int] | None:
        """"with Tom Reyes in the lead role and Hal Dunmore as director", "hired Ann Lee as
        director": a job after "as" right after a name is that person's (where a verb's "as" gives
        it with a time, `_roles_by_verb` reads it). Not a part played: "starring Ann Lee as a
        detective"."""
        doc = self.doc
        if end + 2 >= len(doc) or arrays_of(doc).lowers()[end + 1] != "as":
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
        "Grand Duke", "Sir", "Lord" in "Lord Pemberton" (a peer keeps the title in his name), and a
        clerical rank inside the name ("Grand Ayatollah Ali Hadi", `_CLERICAL_RANKS`)."""
        doc = self.doc
        arrays = arrays_of(doc)  # plain strings (asked at every name: most have no rank)
        texts, lowers = arrays.texts(), arrays.lowers()
        if lowers[i] in PEER_TITLES and end > i:
            return doc[i].idx, doc[i].idx + len(doc[i].text)
        grand = lowers[i] == "grand" and i + 1 < end  # "Grand Ayatollah", "Grand Mufti": one rank
        if lowers[i + grand] in _CLERICAL_RANKS and end > i + grand:
            first = i - 1 if not grand and i > 0 and texts[i - 1] == "Grand" else i  # "Grand" left out of the name
            return doc[first].idx, doc[i + grand].idx + len(doc[i + grand].text)
        j = i
        while j > 0 and (lowers[j - 1].rstrip(".") in _RANKS or texts[j - 1] == "." and j > 1
                         and lowers[j - 2] in _RANKS) and i - j < 3:
            j -= 1
        while j < i and texts[j] == ".":
            j += 1
        if j > 0 and lowers[j - 1] == "grand" and j < i and lowers[j] in ("duke", "duchess"):
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
        if word in _FAITH_NOUNS:  # "Ann Lee is an Evangelical Christian": a description as a predicate
            return token.dep_ == "attr" and token.tag_ in ("NN", "NNP")
        if word == "seed":  # "the top seed", "the second seed": a player's rank in the draw
            return token.i > 0 and bool(_SEED_RANK.fullmatch(self.doc[token.i - 1].lower_))
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
            honour = any(n.lower_ in _HONOURS for n in nouns)  # conferred on someone, known or not
            if holder is None and not honour and not (by_as and any(c.dep_ == "dobj" and (c.pos_ == "PROPN" or c.i in self.token_actor)
                                                     for c in verb.children)):
                continue  # (a role given to a named object not known as a person stands, held by nobody)
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
        doc = self.doc
        arrays = arrays_of(doc)
        deps, heads, lowers = arrays.deps(), arrays.heads(), arrays.lowers()
        for i in indices_where(doc, "DEP", _giver_dep_hashes(doc.vocab.strings)):
            dep = deps[i]
            if dep == "pobj" and lowers[heads[i]] != "as":
                continue  # (on the arrays: an object of another preposition gives none; no Token for it)
            token = doc[i]
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
            if self._job_word(token) or dep != "pobj" and self._listed_jobs(token) or self._one_of_jobs(token):
                out.setdefault(head.i, head)
        for token in tokens_where(doc, "LOWER", _HONOURS):
            if self._honour(token):
                out.setdefault(token.head.i, token.head)
        return [out[i] for i in sorted(out)]

    @staticmethod
    def _honour(token) -> bool:
        """A title of honour a verb confers on someone: "was made a dame", "becoming a knight"
        (the parser hangs it as the verb's object or predicate); not "a knight in armour" told of,
        nor a thing someone made ("He made a knight from clay": an object only of a passive or
        of an aside with no subject, "The Briton, made a dame in …, won")."""
        verb = token.head
        if token.dep_ not in ("dobj", "attr", "oprd") or token.tag_ != "NN" or verb.lower_ not in _HONOUR_VERBS \
                or verb.pos_ not in ("VERB", "AUX") or not any(c.dep_ == "det" and c.lower_ in ("a", "an")
                                                               for c in token.children):
            return False
        if not _honour_not_a_figure(token, verb):
            return False
        return token.dep_ != "dobj" or verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children) \
            or verb.i > 0 and token.doc[verb.i - 1].text == ","  # (the parser may make the aside's name its subject)

    def _one_of_jobs(self, token) -> bool:
        """"one of the most influential guitarists", "one of the best players in the club": "one"
        of a plural job, a predicate that gives the job."""
        return token.lower_ == "one" and any(
            c.dep_ == "prep" and c.lower_ == "of" and any(
                g.dep_ == "pobj" and g.tag_ == "NNS" and g.pos_ == "NOUN" and self._plural_job_word(g.lower_)
                for g in c.children) for c in token.children)

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
            if child.lower_ in _HONOURS:
                if self._honour(child):
                    found.append(child)  # "was made a dame" (and not "became a knight in shining armour")
            elif child.dep_ in ("attr", "oprd") and self._role_noun(child):
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
        if token.lower_ == "one":
            return self._one_of_jobs(token)  # "is one of the best guitarists"
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
            if child.dep_ == "dobj" and by_as and (child.pos_ == "PROPN" or child.i in self.token_actor):
                return None  # "Lee appointed Vance as secretary": the named object's, never the subject's
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
        has_title = bare_position = False
        field = 0  # words of what a job is for ("of women and family affairs"): not counted in the walk's reach
        gloss = self._parenthesis_before(i)
        if gloss is not None:  # "Labour MP (Member of Parliament) Ada Quill": the gloss is skipped
            i, j = gloss, gloss - 1
        if j >= 0 and texts[j] in _PUNCTUATION_BEFORE_A_NAME:
            return None  # a name right after a comma, a bracket or a quotation mark: the walk below stops there with no title
        while j >= 0 and i - j - field <= 6:
            t = self.doc[j]
            if j == i - 1 and j >= 1 and lowers[j] in _TEAM_POSITIONS and self._is_person(i) and (
                    lowers[j - 1] in ("and", ",") or self.doc[j - 1].ent_type_ == "DATE"):
                # "Prop Dan Kerrow and lock Sam Pellit", "Kestrel's 19-year-old centre Ian Rolle": a
                # position in a team, with no club before it, right before a person's name (the
                # tagger may make "lock" a verb). Not after an adjective: "the west wing Tom Vesey
                # built" is a building's wing.
                has_title = bare_position = True
                j -= 1
                continue
            if j == i - 1 and j >= 1 and ((lowers[j - 1], lowers[j]) in _POSITIONS
                                          or lowers[j - 1] == "number" and _SHIRT_NUMBER.fullmatch(lowers[j])
                                          or lowers[j] == "seed" and _SEED_RANK.fullmatch(lowers[j - 1])
                                          or lowers[j] in _TEAM_POSITIONS and self.doc[j - 1].pos_ == "PROPN"
                                          and self.doc[j - 1].is_title and not self._is_person(j - 1)):
                if lowers[j] in _TEAM_POSITIONS:  # "Ireland lock": the team is part of the role
                    has_title = True
                    j -= 1
                    continue
                has_title = True  # "Caloundra half back Jed Marr", "number eight Ivo Leiva": a position in two words
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
            if has_title and (t.lower_ in ("defending", "reigning") or t.lower_ == "world" and j + 1 < i
                              and lowers[j + 1] == "number"):
                j -= 1  # "Defending champion Ann Lee", "world number three Ann Lee": the standing is the role's
                continue
            if t.pos_ == "VERB" and has_title and t.tag_ == "VBN" and t.dep_ == "amod" and t.is_lower:
                j -= 1  # "retired general", "elected mayor" inside a stack of roles
                continue
            if t.ent_type_ in ("DATE", "TIME") or t.pos_ == "VERB":
                break  # "Last year US President …", "Remarked … scientist"
            if has_title and t.lower_ in ("the", "a", "an"):
                break  # "manager for [the late US Senator] Ed Lowe": a determiner opens the title's own phrase
            if has_title and t.lower_ in ("of", "for") and self.doc[j + 1].is_lower and self._job_word(self.doc[j + 1]):
                break  # "the technical genius of [founder] Ed Lowe": a job after "of" is the title itself
            word = _hyphenated(self.doc, j) or t.lower_  # "full-back"
            plural_job = j == i - 1 and (word[:-1] in _ROLE_WORDS or (t.is_lower or t.is_sent_start and t.is_title)
                                         and word[:-1] in PERSON_NOUNS
                                         and self._a_list_of_people(i))  # "Goal-kickers X and Y", "Compatriots X, Y"
            if t.lower_ in _ROLE_WORDS or word in _ROLE_WORDS or plural_job or j == i - 1 and word in _RELATIVE_POSITIONS \
                    or t.is_lower and (
                    looks_like_a_job(word) or word in PERSON_NOUNS and (t.pos_ == "NOUN" or j == i - 1 and t.pos_ == "ADJ"
                                                                       and (j == 0 or lowers[j - 1] not in _POSSESSIVES))) \
                    or j == i - 1 and occupation_before_a_name(self.doc, j):  # "Beekeeper Ana Lutz said"
                has_title = True
                if word != t.lower_:  # "Harlow scrum-half Tom Vesey": the job is the whole hyphenated
                    j -= 2            # word, not its last part ("half"); the walk goes on before it
                    t = self.doc[j]
            elif t.is_lower and t.pos_ in ("NOUN", "PROPN") and self._what_the_job_is_for(j) is not None:
                # "spokesman for sport Hugh Dalgleish", "the minister for inland waterways Raj Mehta":
                # what the job is for; the walk goes on at "for" (see `_what_the_job_is_for`)
                k = self._what_the_job_is_for(j)
                field += j - k
                j = k
                continue
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
                             or self.doc[start].pos_ in ("CCONJ", "SCONJ", "ADV", "PRON", "DET", "INTJ")
                             or self.doc[start].pos_ == "ADP" and self.doc[start].is_sent_start):
            start += 1  # "But full-back Tom Reyes", "Unlike captain Tom Reyes": the conjunction is not part of the role
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
        office_of = _office_of(self.doc[start:i]) or self.doc[i - 1].pos_ in ("NOUN", "PROPN") \
            and self._what_the_job_is_for(i - 1) is not None  # "spokesman for sport", "minister for inland waterways"
        ends = {words[-1], _hyphenated(self.doc, i - 1)} - {""}
        position = bare_position or len(words) >= 2 and (tuple(words[-2:]) in _POSITIONS or words[-2] == "number"
                                        and _SHIRT_NUMBER.fullmatch(words[-1]) or words[-1] == "seed"
                                        and _SEED_RANK.fullmatch(words[-2]) or words[-1] in _TEAM_POSITIONS
                                        and self.doc[i - 2].pos_ == "PROPN") or words[-1] in _RELATIVE_POSITIONS
        if not position and not any(w in _ROLE_WORDS or w[:-1] in _ROLE_WORDS or looks_like_a_job(w) or (
                w in PERSON_NOUNS or w[:-1] in PERSON_NOUNS) and (self.doc[i - 1].is_lower or start == i - 1 and (
                    self.doc[start].is_sent_start and w[:-1] in PERSON_NOUNS and self._a_list_of_people(i)))
                for w in ends) and not office_of \
                and not (start == i - 1 and occupation_before_a_name(self.doc, start)):  # "Goal-kickers X"
            return None
        return self.doc[start].idx, self.doc[i - 1].idx + len(self.doc[i - 1].text)

    def _shared_apposition(self, i: int, end: int) -> tuple[tuple[int, int], list[str]] | None:
        """"Tom Hale and Ed Finch, the co-chairmen of Blue Lantern Films, …", "Ann Lee and Ravi
        Pell, both former ministers,": a noun phrase headed by a plural job (a job word or a
        person noun in the plural, read by `lexicon.singulars`) set off by a comma after the
        last of a list of people's names describes each of them. Its span and the people named
        before the mention at tokens i…end (the mention's own person is the caller's); None when
        the name ends no list of people or the phrase is no plural job without a verb."""
        doc, lowers = self.doc, arrays_of(self.doc).lowers()  # (plain strings: this is asked at every name)
        if i < 2 or lowers[i - 1] != "and" or end + 3 >= len(doc) or lowers[end + 1] != ",":
            return None
        before, k = [], i - 1
        while k > 0 and doc[k].text in (",", "and"):
            k -= 1
            if not self._is_person(k):
                return None
            who = self.token_actor[k]
            before.append(who)
            while k > 0 and self.token_actor.get(k - 1) == who:
                k -= 1
            k -= 1
        k, stop = end + 2, end + 2
        while stop < len(doc) and stop - k < 12 and doc[stop].text not in (",", ".", ";", ":", "(", ")", "“", "”", '"') \
                and not doc[stop].is_space:
            stop += 1
        phrase = doc[k:stop]
        if stop >= len(doc) or doc[stop].text not in (",", ".", ";", ")") or any(
                t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound") or self._is_person(t.i) for t in phrase):
            return None
        # the plural job among its first words, where the noun phrase's head stands: no noun or
        # possessive after it ("the co-chairmen of …", "the sisters' coaches"; not "the ministers' cars")
        head = next((t for t in phrase[:5] if t.is_alpha and t.is_lower and t.lower_ not in _FIRM_AGENTS and any(
            single in _ROLE_WORDS or single in PERSON_NOUNS
            for single in (*singulars(_hyphenated(doc, t.i)), *singulars(t.lower_)))  # "co-chairmen"
                     and not (t.i + 1 < stop and (doc[t.i + 1].pos_ in ("NOUN", "PROPN") or doc[t.i + 1].tag_ == "POS"))),
                    None)
        if head is None:
            return None
        if self._apposition_after(end) is not None:
            return (phrase[0].idx, phrase[-1].idx + len(phrase[-1].text)), before  # the same span as the last name's
        while k < head.i and doc[k].lower_ in ("the", "both", "all"):
            k += 1
        return (doc[k].idx, phrase[-1].idx + len(phrase[-1].text)), before

    def _what_the_job_is_for(self, j: int) -> int | None:
        """Index of the "for" or "of" when token j ends what a job right before it is for, in
        lower case: "spokesman for sport", "minister for inland waterways", "secretary of state
        for rural affairs" — up to three lower-case nouns and adjectives after "for"/"of", which
        follows a job word; two fields joined by "and" ("minister for women and family affairs"),
        and "the" after the "of" of a public office or a speaker ("speaker of the parliament",
        "president of the assembly": the body the office is of). None otherwise ("the lawyer of
        the club": a determiner after a job that is no office, no job's field)."""
        doc, k = self.doc, j
        words = 0
        while k > 0 and words < 3 and (doc[k].is_lower and doc[k].pos_ in ("NOUN", "ADJ", "PROPN") or (
                doc[k].lower_ == "and" and k < j and doc[k - 1].is_lower and doc[k - 1].pos_ in ("NOUN", "ADJ"))):
            words += doc[k].lower_ != "and"
            k -= 1
        if k > 2 and k < j and doc[k].lower_ == "the" and doc[k - 1].lower_ == "of" \
                and doc[k - 2].lower_ in _PUBLIC_OFFICES_OR_SPOKESPEOPLE:
            k -= 1
        if k < 1 or k == j or doc[k].lower_ not in ("for", "of"):
            return None
        if doc[k - 1].lower_ not in _ROLE_WORDS and not (  # "secretary of state for …": what the job is, then for
                k >= 3 and doc[k - 1].is_lower and self._what_the_job_is_for(k - 1) is not None):
            return None
        return k

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
        if i < 3 or arrays_of(doc).texts()[i - 1] != ")":
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
        arrays = arrays_of(doc)  # the words read as plain strings (asked after every name: most have no comma)
        texts, lowers = arrays.texts(), arrays.lowers()
        if end + 2 < len(doc) and lowers[end + 1] == "of" and self.actor_types.get(
                self.token_actor.get(end + 2)) == "place":
            place = self.token_actor[end + 2]
            end += 2
            while end + 1 < len(doc) and self.token_actor.get(end + 1) == place:
                end += 1
        if end + 3 < len(doc) and texts[end + 1] in _DASHES and lowers[end + 2] in ("the", "a", "an"):
            return self._between_dashes(end + 2)
        if end + 2 >= len(doc) or texts[end + 1] != ",":
            return None
        k = end + 2
        if lowers[k] in ("who", "which", "whose", "where", "said", "says", "and", "but"):
            return None
        if arrays.poses()[k] == "ADP" and arrays.deps()[k] != "compound":
            return None  # "Ada Bell, for her part," / "…, for their progress.": an adverbial, not a job
        stop = k
        space = arrays.column_list("IS_SPACE")
        while stop < len(doc) and texts[stop] not in (",", ".", ";", ":", "(", ")", "“", "”", '"') \
                and lowers[stop] not in ("who", "which", "that", "whose") \
                and not space[stop] and stop - k < 18:
            stop += 1
        words = lowers[k:stop] + [_hyphenated(doc, j) for j in range(k, stop)]  # "fly-half"
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
        root = next((t for t in doc[k:stop] if not k <= t.head.i < stop), None)
        if root is not None and root.lower_ in COMPANY_NOUNS and root.lower_ not in _ROLE_WORDS:
            return None  # "Vance, the US car company, said": a body's description (the name is the firm's)
        if stop - k == 1 and doc[k].pos_ == "PROPN" and stop + 1 < len(doc) and doc[stop].text == "," \
                and (doc[stop + 1].pos_ == "PROPN" or self._is_person(stop + 1)):
            return None  # "songs by Will Young, Queen, Kate Bush and …": a list of names (a band's here)
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
        """"The museum's director, Helen Marsh," / "whose general secretary, Grace Okafor,", "the
        Archbishop of Canterbury, Dr Rowan Tate," (over a rank before the name)."""
        doc = self.doc
        arrays = arrays_of(doc)  # plain strings up to the comma (asked at every name: most have none before)
        texts, lowers, titles = arrays.texts(), arrays.lowers(), arrays.column_list("IS_TITLE")
        name = i
        while i >= 3 and (lowers[i - 1].rstrip(".") in _RANKS or texts[i - 1] == "." and lowers[i - 2] in _RANKS
                          or titles[i - 1] and lowers[i - 1] in TITLE_WORDS and name - i < 2):
            i -= 1  # over "Dr", and a title ("the head of the church, Archbishop Tom Reyes,")
        if i < 2 or texts[i - 1] != ",":
            return None
        stop = i - 1
        if texts[stop - 1] == ")":  # "The head of the dockers' union (the Union of Rail, Sea and Port), Al Orme,"
            opening = next((p for p in range(stop - 2, max(0, stop - 22), -1) if texts[p] in ("(", ")")), None)
            if opening is not None and texts[opening] == "(" and opening > 0:
                stop = opening
        k = stop - 1
        poses, space = arrays.poses(), arrays.column_list("IS_SPACE")
        # Back to where the description starts: not over a verb or a preposition that opens the
        # clause around it ("praised by [Ofsted chief], Ivo Grant,").
        # An "and" inside an office goes on ("vice president of research and design",
        # "manager of X and director of Y"); one before a person ends it.
        while k >= 0 and texts[k] not in (",", ".", ";", ":", "“", "”", '"') and not space[k] \
                and stop - k < 16 and lowers[k] not in ("whose", "but", "which", "who", "whom", "that", "where") \
                and not (lowers[k] == "and" and (k == 0 or self._is_person(k - 1) or stop - k >= 8
                                                 and not any(w in ("of", "for") for w in lowers[k:stop]))) \
                and poses[k] not in ("VERB", "AUX") and (poses[k] != "ADP" or lowers[k] in ("of", "for", "to")):
            k -= 1
        k += 1
        while k < stop and lowers[k] == "and":
            k += 1
        if k >= stop or any(pos in ("VERB", "AUX") for pos in poses[k:stop]):
            return None
        phrase = doc[k:stop]
        if not self._in_apposition(phrase, name):
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
        end = next((k for k in range(i, len(doc)) if self.token_actor.get(k) != actor), len(doc))
        if end < len(doc) and doc[end].text in _POST_NOMINALS:
            end += 1  # "…, Tom Reyes QC warned": the parse may make the letters the subject
        name = range(i, end)
        inside = range(phrase.start, phrase.end)
        heads = [t for t in phrase if t.head.i not in inside]  # "A member of the Senate, Ann Lee said":
        subjects = {(t.head.i, t.dep_) for t in heads if t.dep_ in ("nsubj", "nsubjpass")}  # both parsed as subjects
        sibling_of = {t.head.i for t in heads if t.dep_ == "appos"}  # both hung on one word before them
        return any(doc[k].dep_ == "appos" and (doc[k].head.i in inside or doc[k].head.i in sibling_of) for k in name) \
            or any(t.dep_ == "appos" and t.head.i in name for t in phrase) \
            or any((doc[k].head.i, doc[k].dep_) in subjects for k in name)

    def _copula_role(self, token, end: int) -> tuple[int, int] | None:
        """"Lind took office as the 19th Prime Minister of Norland", "X became mayor"."""
        deps = arrays_of(self.doc).deps()
        if deps[token.i] not in ("nsubj", "nsubjpass") and deps[end] not in ("nsubj", "nsubjpass"):
            return None
        head = self.doc[end].head if self.doc[end].dep_ in ("nsubj", "nsubjpass") else token.head
        candidates = []
        for child in head.children:
            if child.dep_ in ("attr", "oprd") and child.lower_ in TITLE_WORDS:
                candidates.append(child)
            if child.dep_ == "prep" and child.lower_ == "as" and (head.lower_ in _ROLE_VERBS or any(
                    c.lower_ in _ROLE_VERBS for c in head.children)) and not any(
                    c.dep_ == "dobj" and (c.pos_ == "PROPN" or c.i in self.token_actor) for c in head.children):
                # (not "Lee appointed Vance as secretary": the named object's)
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
