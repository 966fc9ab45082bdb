"""Word lists the rules rely on. Kept in one place so they can be reviewed and extended."""
from __future__ import annotations

import re


_DOUBLING = {"admit", "regret", "rebut", "commit", "transmit", "compel", "propel", "refer", "prefer", "confer",
             "infer", "deter", "occur", "control", "quip"}


def _inflect(base: str) -> set[str]:
    """Regular English verb forms; irregular ones are listed explicitly below."""
    forms = {base}
    if base in _DOUBLING or (len(base) <= 4 and len(base) >= 3 and base[-1] not in "aeiouwxy"
                             and base[-2] in "aeiou" and base[-3] not in "aeiou"):
        forms |= {base + "s", base + base[-1] + "ed", base + base[-1] + "ing"}  # "snapped", "admitted"
    elif base.endswith("e"):
        forms |= {base + "s", base + "d", base[:-1] + "ing"}
    elif base.endswith("y") and base[-2] not in "aeiou":
        forms |= {base[:-1] + "ies", base[:-1] + "ied", base + "ing"}
    elif base.endswith(("s", "sh", "ch", "x")):
        forms |= {base + "es", base + "ed", base + "ing"}
    else:
        forms |= {base + "s", base + "ed", base + "ing"}
    return forms


# Verbs that introduce speech or writing. Regular ones are inflected automatically.
# The base list was written for news; _VERBNET_CUES below adds the members of VerbNet 3.4's
# communication classes (say-37.7, tell-37.2, manner_speaking-37.3, talk-37.5,
# complain-37.8, advise-37.9, confess-37.10, lecture-37.11) and of declare-29.4 and
# conjecture-29.5, the praising and blaming verbs of judgment-33, and those of scribble-25.2 that
# put words on paper or a screen ("a doctor had typed “…”"), that report speech or an attitude
# in news — the cue lexicon used by
# quotation attribution work since Pareti's PARC (Pareti 2016) and by GenderGapTracker
# (Asr et al. 2021, whose quote_verb_list.txt is a subset) — leaving out members that are
# mostly something else in news ("go", "call", "sing", "thunder", "relate").
_VERBNET_CUES = """
articulate blab blabber blurt confide convey disclose divulge elaborate express hint insinuate
interject intimate proclaim promulgate utter vocalize voice
babble bark bawl bellow bleat boom burble cackle chant chatter chirp chortle croak croon crow
drawl drone gasp gibber groan growl grumble grunt hiss holler howl jabber lisp moan mumble murmur
mutter purr rant rasp roar scream screech shriek snap snarl splutter sputter squeal stammer
stutter wail wheeze whimper whine whoop
gripe grouse carp fret fume kvetch
caution counsel instruct
admit acknowledge
lecture preach sermonize
inform notify remind reassure assure
tell chat chit-chat converse talk gossip ask inquire enquire query
assert avow claim contend maintain profess proclaim testify
believe contend feel guess hypothesize reckon speculate suppose surmise suspect theorize
clarify concede conjecture contradict dispute hail indicate
muse opine posit pronounce reaffirm reassert recall reconfirm rejoin restate retell
retort sniff snipe tease tout underscore underline liken
acclaim applaud berate castigate censure chastise commend compliment congratulate deride extol laud
lambaste mock rebuke reprimand ridicule scold
type scrawl scribble
"""
# Verbs that introduce speech or writing. Regular ones are inflected automatically.
_REGULAR_CUES = """
add acknowledge admit advise affirm agree allege announce answer argue assert assure
boast caution charge claim comment complain concede conclude confirm contend continue
counter declare decry demand deny describe dismiss emphasise emphasize estimate explain
exclaim insist joke lament mention note object observe plead point post predict proclaim
promise protest question recall recount reiterate remark repeat reply report respond
reveal scoff shout sigh state stress suggest testify thank tweet urge vow warn whisper
welcome wonder yell criticise criticize accuse blame call praise pledge recommend
characterise characterize refer react disagree brand label dub retort quip concur
denounce attack highlight hail slam blast condemn introduce rule
""".split()
_IRREGULAR_CUES = """
say says said saying tell tells told telling write writes wrote written writing
speak speaks spoke spoken speaking read reads reading think thinks thought
feel feels felt feeling
""".split()
_IRREGULAR_BASES = {"feel", "tell"}
# Attitude verbs among the cues: inside another speaker's report they state what the reporter
# says of someone's mind ("X said no-one felt …"), not words that someone spoke.
ATTITUDE_VERBS = frozenset("believe feel think guess suppose suspect reckon fear hope doubt wonder".split())
# Their forms: the pipeline runs without a lemmatizer, so rules match word forms.
ATTITUDE_FORMS = frozenset({f for base in ATTITUDE_VERBS - {"feel", "think"} for f in _inflect(base)}
                           | {"feel", "feels", "felt", "feeling", "think", "thinks", "thought", "thinking"})
# Verbs of judging that characterise their object in their subject's words: "X hailed Y as
# “…”", "X rated the claim as “false”".
CHARACTERISING_FORMS = frozenset(
    {f for base in """regard view hail portray paint describe characterize characterise depict brand label
    denounce dismiss slam attack criticize criticise praise admire pound rate frame present tout mock ridicule
    deride blast condemn decry lampoon welcome target lambaste disparage rank classify""".split()
     for f in _inflect(base)} | {"see", "sees", "saw", "seen", "seeing", "cast", "casts", "casting"}
)
CUE_FORMS: frozenset[str] = frozenset(
    {f for base in _REGULAR_CUES for f in _inflect(base)} | set(_IRREGULAR_CUES)
    | {f for base in _VERBNET_CUES.split() if base not in _IRREGULAR_BASES for f in _inflect(base)}
)
# Verbs that introduce reported speech ("X said that …"): a narrower set than cues for
# direct quotes, because "called", "praised" or "welcomed" take objects, not clauses.
REPORTING_FORMS: frozenset[str] = frozenset(
    {f for base in """add acknowledge admit agree allege announce argue assert claim
    concede conclude confirm contend declare deny estimate explain insist note predict
    promise report reveal state stress suggest testify warn vow emphasise emphasize
    caution reiterate maintain""".split() for f in _inflect(base)}
    | {"say", "says", "said", "saying", "tell", "tells", "told", "write", "wrote", "writes"}
)
# Verbs that report what someone denies or doubts: "X disputed that …", "X rejected claims that
# …". Their reported statement is shown with its cue ("rejected claims that …"): the bare words
# would read as the speaker's assertion.
DENYING_FORMS: frozenset[str] = frozenset(
    f for base in "deny dispute doubt reject dismiss refute rebut contest question".split() for f in _inflect(base))
# The claims a denying verb takes as its object before the denied clause ("rejected claims that").
CLAIM_NOUNS = frozenset(
    """claim claims report reports suggestion suggestions allegation allegations accusation accusations
    charge charges rumour rumours rumor rumors speculation idea notion assertion assertions
    criticism fears fear concerns concern""".split()
)
# Nouns that never speak, whatever the parse says: times and days ("…,” he said Monday"),
# and things a cue verb takes as its object ("said a job", "told the story").
NON_SPEAKERS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight
    morning afternoon evening night day days week weeks month months year years hour hours
    moment moments time times weekend decade decades century season period date
    job jobs way ways thing things story stories word words lot something nothing anything everything
    interview interviews speech speeches conference call calls event events rally rallies hearing
    meeting meetings debate debates question questions answer answers point points fact facts""".split()
)
# Nouns whose "X's <noun>" or "the <noun> said" make a document the speaker.
DOCUMENT_NOUNS = frozenset(
    "statement release report letter post tweet filing ruling verdict memo notice "
    "communique communiqué announcement press website lawsuit complaint indictment decree "
    "document manifesto study survey petition order judgment judgement opinion decision summary "
    "remark remarks comment comments".split()
)
# Texts that lay down rules: their wording is quoted with no cue verb ("Under the Act, officials
# must act in the “public interest”", "rules that bar members from “…”").
RULE_NOUNS = frozenset(
    """law laws act rule rules regulation regulations constitution treaty charter code bylaws by-laws
    guidelines statute statutes standards convention directive ordinance legislation provision provisions
    clause""".split()
)
# Texts that find things: "An audit found that … “…”".
FINDING_NOUNS = frozenset(
    """report study audit survey review inquiry investigation analysis research assessment evaluation
    probe paper memo""".split()
)

# Texts whose wording a news story quotes with no cue verb, and the verbs with which such a text
# sets out words of its own (not being verbs, nor effects like "sparked" or "prompted").
WORDING_TEXTS = FINDING_NOUNS | frozenset(
    "lawsuit suit complaint indictment filing ruling verdict judgment judgement petition manifesto".split())
WORDING_VERBS = frozenset({f for base in """account estimate recommend propose list cite describe outline detail
identify highlight blame accuse allege demand predict urge suggest conclude note state claim warn argue characterise
characterize term brand project forecast attribute call""".split() for f in _inflect(base)}
                           | set("""seek seeks sought find finds found show shows showed shown say says said
refer refers referred label labels labelled labeled""".split()))

# Nouns for something said: "X's claim that …", "her remark that …".
SPEECH_NOUNS = frozenset(
    """claim claims statement statements remark remarks comment comments assertion assertions pledge promise
    vow warning warnings accusation accusations allegation allegations charge suggestion insistence argument
    prediction description characterization characterisation words boast complaint admission denial
    contention declaration quip retort reply response answer""".split()
)
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
GROUP_PRONOUNS = frozenset({"they", "them", "it", "we"})

# Words that make a capitalised phrase a title or job ("Prime Minister", "chief engineer").
TITLE_WORDS = frozenset(
    """president vice-president minister secretary senator sen. rep. representative
    congressman congresswoman governor gov. mayor chancellor premier king queen prince
    princess pope dr. dr mr. mr mrs. mrs ms. ms judge justice general gen. colonel col.
    chief ceo cfo coo chairman chairwoman chairperson chair director professor prof.
    sir lord lady dame officer detective sergeant captain capt. coach manager commissioner
    ambassador spokesperson spokesman spokeswoman leader head founder co-founder
    executive editor councillor councilor lawmaker mp mep msp mla mpp deputy attorney lawyer
    prosecutor sheriff inspector superintendent constable archbishop bishop cardinal
    reverend rev. rabbi imam sheikh emir sultan prime speaker treasurer adviser advisor
    economist analyst scientist researcher engineer farmer doctor nurse teacher
    student author actor actress singer player striker midfielder defender goalkeeper
    boss owner partner trustee official officials administrator governor-general
    general-secretary vice chief-executive physician surgeon historian lecturer
    curator designer architect pilot police commander admiral marshal artist activist
    meteorologist sprinter athlete goalscorer wrestler journalist reporter columnist
    photographer correspondent campaigner organiser organizer volunteer chef candidate
    nominee envoy diplomat delegate negotiator strategist consultant investor banker
    supremo whip aide magistrate coroner lt lt. col col. maj maj. sgt sgt. cpl cpl. adm adm. brig brig. cmdr
    assemblyman assemblywoman assemblymember legislator alderman alderwoman councilman councilwoman
    congressmember monsignor monseñor monsenor protester protestor demonstrator
    dj deejay mc vj gp md cto cio
    """.split()
)
# Title words that may stand directly before a name ("President Donald Trump").
HONORIFIC_TITLES = TITLE_WORDS - frozenset(
    "farmer doctor nurse teacher student author actor actress singer player striker "
    "midfielder defender goalkeeper boss owner partner trustee official officials "
    "scientist researcher analyst economist engineer physician surgeon historian "
    "lecturer curator designer architect pilot police artist activist meteorologist sprinter "
    "athlete goalscorer wrestler journalist reporter columnist photographer correspondent "
    "campaigner organiser organizer volunteer chef candidate nominee investor banker aide "
    "protester protestor demonstrator".split()
)

# Well-known abbreviations and alternative names of the same entity.
ALIASES: dict[str, str] = {
    "us": "United States", "u.s.": "United States", "usa": "United States",
    "u.s.a.": "United States", "america": "United States", "united states of america": "United States",
    "uk": "United Kingdom", "u.k.": "United Kingdom", "britain": "United Kingdom",
    "great britain": "United Kingdom",
    "eu": "European Union", "e.u.": "European Union",
    "un": "United Nations", "u.n.": "United Nations",
    "nato": "NATO", "who": "World Health Organization",
    "uae": "United Arab Emirates", "prc": "China", "people's republic of china": "China",
    "islamic republic of iran": "Iran", "russian federation": "Russia", "republic of korea": "South Korea",
    "democratic people's republic of korea": "North Korea", "kingdom of saudi arabia": "Saudi Arabia",
    "drc": "Democratic Republic of the Congo", "nyc": "New York City",
    "fbi": "Federal Bureau of Investigation", "cia": "Central Intelligence Agency",
    "nhs": "National Health Service", "bbc": "BBC", "gop": "Republican Party",
    "washington, d.c.": "Washington, D.C.", "washington dc": "Washington, D.C.",
    "washington d.c.": "Washington, D.C.", "d.c.": "Washington, D.C.",
    "tory": "Conservative Party", "tories": "Conservative Party", "conservatives": "Conservative Party",
    "conservative": "Conservative Party", "tory party": "Conservative Party",
    "labour": "Labour Party", "lib dems": "Liberal Democrats", "lib dem": "Liberal Democrats",
    "liberal democrat": "Liberal Democrats",
    # Not "Democrats": in British news that is mostly the Liberal Democrats.
    "democratic": "Democratic Party", "republican": "Republican Party", "republicans": "Republican Party",
    # The chambers of the UK Parliament by the short names Parliament itself uses (parliament.uk).
    "commons": "House of Commons", "lords": "House of Lords",
    "number 10": "No 10", "no. 10": "No 10",  # the prime minister's office (actors.candidates)
}
# Short forms that join a full name only when the article names it too: "Democrats" are the
# Democratic Party in an article that says "Democratic", and usually the Liberal Democrats in
# British news that does not.
ALIASES_IF_NAMED = {"democrat": "Democratic Party", "democrats": "Democratic Party",
                    "washington": "Washington, D.C."}  # not the state, when the article names D.C.
# Short words skipped when building an acronym from a name ("Union of Flight Attendants" → UFA).
ACRONYM_STOPWORDS = frozenset({"of", "and", "the", "for", "de", "on", "in", "&", "to"})

# Common words that start a sentence capitalised and fool the entity recogniser.
NOT_ACTORS = frozenset(
    """the a an this that these those he she it they we i you his her its their our
    mr mrs ms dr said says monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    earth sun moon mars venus jupiter saturn neptune uranus pluto brexit mps meps msps
    oscar oscars easter christmas grammy grammys emmy emmys ramadan eid diwali halloween
    a.m. p.m. majesty tests worlds tri-nations islam christianity judaism hinduism buddhism sikhism
    budget euro euros dollar dollars pound pounds yen yuan rupee rupees rouble roubles ruble rubles peso pesos
    franc francs złoty złotys zloty zlotys
    """.split()
) | {"six nations", "grand slam", "triple crown", "wooden spoon", "world cup", "her majesty", "his majesty"}

# All-capital words that are not organisations.
NOT_ACRONYM_ACTORS = frozenset("""UTC GMT BST EST PST CET AM PM TV CEO CFO COO MP MPS MEP MSP MSPS MLA MLAS MPP OK ID
PC PCS DNA GDP VAT AIDS HIV COVID SARS USD EUR GBP KM MPH FAQ PDF URL USB GPS CCTV AI IT PR HR
QC KC OBE MBE CBE NB PS RIP PE IR IP SMS ATM PIN DVD CD HD LCD
SIM GPRS GSM LTE UMTS CDMA WAP EDGE NFC LED OLED GIF JPEG HTML HTTP HTTPS API CPU GPU RAM SSD VPN MMS DSL
ISDN WIFI WLAN DJ MC VJ GP MD CTO CIO
FM MRI CT VHS RFID ASCII DIY LOL RPG RPGS MMO MMORPG ISP ISPS WCDMA HSDPA ADSL XML WWW DAB""".split())  # units, time zones, honours, technical terms (GPRS, SIM)
# and jobs written as initials (DJ, MC, GP: "DJ Ola Berg" is a role and a name): never actors


# Job nouns by their shape: "seismologist", "glaciologist", "choreographer", "statistician".
JOB_SHAPE = re.compile(r"^[a-z]{3,}(?:ologist|ographer|ician|ist)$")
_NOT_JOBS = frozenset({"list", "twist", "wrist", "mist", "fist", "gist", "exist", "assist", "insist", "persist",
                       "resist", "consist", "desist", "enlist", "playlist", "checklist", "shortlist", "wishlist",
                       "tourist", "racist", "sexist", "extremist", "terrorist", "islamist", "jihadist", "separatist",
                       "nationalist", "unionist", "optimist", "pessimist", "christ",
                       "midst", "amidst", "whilst", "tryst", "blacklist", "waitlist"})


def looks_like_a_job(word: str) -> bool:
    """A lower-case noun shaped like a job ("glaciologist", "choreographer", "cyclist")."""
    return bool(JOB_SHAPE.match(word)) and word not in _NOT_JOBS


# Endings of agent nouns: "beekeeper", "sculptor", "lobbyist", "historian", "consultant", "resident".
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent")


def occupation_before_a_name(doc, i: int) -> bool:
    """"Beekeeper Ana Lutz said …", "Sculptor Hanna Lind": a job noun opening a sentence or a
    caption, capitalised only by its place, before a full name. Read from evidence, not a list:
    the word opens the sentence, is shaped like an agent noun (or is a known job) and is no given
    name, nor written capitalised as a name anywhere else in the text; the next two words are a
    given name (or the model's person) and a capitalised word. So "Walker Evans", "Baker Street", "Christopher Fowler"
    and "Designer Outlet Group" stay whole."""
    from .gazetteer import GIVEN_NAMES, OCCUPATIONS  # noqa: PLC0415 - the gazetteer is large; loaded once
    t = doc[i]
    if not t.is_sent_start or not t.is_title or not t.is_alpha or len(t) < 5 or t.text in GIVEN_NAMES:
        return False
    if i + 2 >= len(doc) or not doc[i + 1].is_title or not doc[i + 2].is_title or not doc[i + 2].is_alpha:
        return False
    # A full name: a given name, or the model's person starting right after the word.
    if doc[i + 1].text not in GIVEN_NAMES and not (
            doc[i + 1].ent_iob_ == "B" and doc[i + 1].ent_type_ == "PERSON" and doc[i + 2].ent_iob_ == "I"):
        return False
    lower = t.lower_
    if not (lower.endswith(_AGENT_ENDINGS) or lower in OCCUPATIONS or lower in TITLE_WORDS or looks_like_a_job(lower)):
        return False
    # A word written capitalised inside a sentence elsewhere is a name ("… said Walker").
    return not any(u.text == t.text and not u.is_sent_start for u in doc)


def singulars(word: str) -> list[str]:
    """The forms a plain English plural may have in the singular, most likely first:
    "chairmen" → chairman, "companies" → company, "actresses" → actress, "heroes" → hero/heroe,
    "musicians" → musician. Empty for a word that is no such plural ("boss", "series", "news").
    The one plural reader of the rules (`singular`, `singular_in`)."""
    if word in ("series", "species", "news") or len(word) < 3:
        return []
    if word.endswith("men") and len(word) > 4:
        return [word[:-3] + "man"]  # "chairmen", "spokeswomen", "congressmen"
    if word.endswith("ies") and len(word) > 4:
        return [word[:-3] + "y", word[:-1]]  # "companies", "rookies" (rookie)
    if word.endswith(("sses", "shes", "ches", "xes")):
        return [word[:-2]]
    if word.endswith("es"):
        return [word[:-1], word[:-2]]  # "judges" (judge), "heroes" (hero)
    return [word[:-1]] if word.endswith("s") and not word.endswith(("ss", "us", "is")) else []


def singular(word: str) -> str:
    """"firms" → "firm", "companies" → "company", "chairmen" → "chairman"; the word itself when
    it is no plural."""
    forms = singulars(word)
    return forms[0] if forms else word


def singular_in(word: str, vocabulary) -> str | None:
    """The singular of the plural `word` that `vocabulary` holds ("directors" in a job list →
    "director"), or None when it is no plural of a word there."""
    return next((form for form in singulars(word) if form in vocabulary), None)
