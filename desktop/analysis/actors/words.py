"""The word lists the actor rules take as evidence, each with what it is evidence of.

The general tables (places, given names, known bodies, occupations) live in ..gazetteer and
..lexicon; these are the small closed lists the actor rules themselves need.
"""
from __future__ import annotations

import re

from ..gazetteer import KNOWN_ORGANISATIONS, PLACES

LABEL_TYPES = {"PERSON": "person", "ORG": "organisation", "GPE": "place", "LOC": "place",
               "NORP": "group", "FAC": "place"}
# Words that make a name an organisation, whatever label the model gave it.
ORG_WORDS = frozenset("""air airlines airways inc inc. ltd ltd. plc corp corp. company group bank
council university college party agency ministry department museum association union
foundation institute commission committee board court police club league federation
authority trust fund network times news films pictures studios records entertainment media
productions motors airport fa fc afc rfc""".split())
MEDIA_NOUNS = frozenset("""platform network site website app service company firm newspaper
channel outlet magazine broadcaster paper station agency""".split())
# Words that make an uncapitalised-by-the-model name a body ("… Coalition", "Center for …").
BODY_WORDS = frozenset("""coalition center centre institute university college council committee
association federation foundation alliance league union society agency authority commission
ministry department party trust fund network movement front organisation organization
corporation company bank service partnership""".split())
# Nouns after a name that make it the name of a thing: not an actor.
OBJECT_NOUNS = frozenset("""telescope spacecraft satellite rocket probe mission aircraft jet ship vessel
programme program show film movie album song book novel series app game prize award trophy cup
medal virus vaccine drug pipeline pipelines helicopter convertible sedan smartphone handset championship
tournament worm malware trojan benchmark supercomputer machine shuttle crude browser""".split())
# Nouns for made works: the name after them is the work ("the film Dark Orchard"), the name
# before them its maker ("the Harold Venn film"); neither work nor maker is the noun itself.
WORK_NOUNS = frozenset("""film movie documentary album single song book novel memoir biography play musical
opera series sitcom drama poem painting""".split())
# A name opened by one of these is a ship, not an actor ("HMS Victory", "USS Nimitz").
SHIP_PREFIXES = frozenset({"HMS", "USS", "RMS", "HMAS", "HMCS", "HMNZS", "MV", "MS", "SS", "INS", "RFA"})
# Names of treaties, battles and laws: "the Treaty of Lisbon", "the Battle of Hastings",
# "the Fourteenth Amendment", "the Paris Agreement" — not actors, nor is the place inside them.
DOCUMENT_OR_EVENT_HEADS = frozenset({"treaty", "battle", "siege", "accord", "accords", "agreement", "protocol",
                                     "amendment", "convention", "declaration", "massacre", "uprising",
                                     "constitution", "charter", "covenant"})
# Last words of the names of laws and rules: "the Radio Control Law", "the Data Retention Directive"
# ("Law Lords", "Law Society" are bodies: the word opens them).
LAW_TAILS = frozenset({"law", "regulations", "regulation", "directive", "ordinance", "statute"})
# Nouns after a defined short form that make it the name of a thing: "the IDN system".
TERM_NOUNS = frozenset("""system systems standard standards protocol technology format code codes disease
syndrome virus test trial trials scheme programme program payment payments benefit benefits""".split())
# Unions of states whose agencies are named with them: "the United Nations' World Tourism Organization".
PARENT_BODIES = frozenset({"United Nations", "UN", "U.N.", "European Union", "EU", "African Union", "Arab League",
                           "Council of Europe", "Commonwealth", "Organization of American States", "ASEAN", "NATO"})
# Bands named after a leader: "Mel Turner and His Orchestra of Midnight".
BAND_WORDS = frozenset({"orchestra", "band", "comets", "combo", "quartet", "quintet", "trio", "players",
                        "all-stars", "allstars", "ensemble", "his", "her", "their"})
# Words that, after a title, finish a style rather than start a name: "Queen Mother", "Prince
# Regent", "Princess Royal", "Queen Consort", "Pope Emeritus" — the person is named by the style.
STYLE_WORDS = frozenset({"mother", "father", "regent", "royal", "consort", "dowager", "emeritus"})
# Nouns for a thing a technical term or a product word names when written before them: "Sim
# cards", "GPRS phones", "Led lights" — the word is the thing's name, no actor.
PRODUCT_NOUNS = frozenset("""card cards chip chips chipset chipsets modem modems handset handsets phone phones
signal signals connection connections technology technologies standard standards protocol protocols format
formats codec file files bulb bulbs light lights screen screens image images number numbers account accounts
data device devices""".split())
# Generic words for a body that name no actor when written alone: "the Chamber voted".
GENERIC_BODIES = frozenset({"chamber", "chambers"})
# Words around "The X" that make X a publication: it publishes or reports, or someone writes for it.
PUBLISHING_VERBS = frozenset("""reported reports reporting published publishes wrote writes revealed reveals
quoted quotes obtained said says noted notes""".split())
WRITING_NOUNS = frozenset("""essay article piece column op-ed editorial interview report story feature
investigation profile review""".split())
ORDINAL_NUMBER = re.compile(r"^\d+(?:st|nd|rd|th)$")
MARKS = frozenset('"“”„«»‘’\'')
CODE_NAME = re.compile(r"^(?:[A-Z]{2,}-\d+[A-Za-z]?|[A-Z]{1,3}-[A-Z0-9]{2,5}|[A-Z]{2,}-[A-Za-z]+-\d+)$")  # "COVID-19", "EP-CPP", "SARS-CoV-2"
EVENT_WORDS = frozenset("""championship championships cup prize award awards trophy medal festival
challenge tournament marathon bill act olympics games expo summit slam lecture lectures
week convention conference election elections referendum ceremony carnival gala concert open
break recess""".split())
# Common nouns that class the name straight after them as a thing, not an actor: "the
# constellation Draco", "the drug Calmora", "the worm Tarvo", "the supercomputer Blue Heron" (in
# English news a person's or a body's name comes after a job, a kinship or a company noun
# instead: "the singer Ola Berg", "the retailer Tesco", which are not here; nor are "star" and
# "model": "Lantern star Moira Kenning", "the model Lina Voss" are people).
THING_CLASSIFIERS = frozenset("""constellation planet exoplanet moon galaxy comet asteroid nebula drug
medicine medication painkiller sedative antidepressant tranquilliser tranquilizer pill vaccine treatment
worm virus trojan malware ransomware software program programme browser app application game console
device gadget phone handset car ship yacht boat vessel plane aircraft jet rocket spacecraft capsule
satellite telescope robot computer supercomputer chip processor font language dialect script breed
technology bracelet format
species variety grape dish cocktail drink beer perfume product brand song track hymn anthem
horse racehorse operation exercise scheme project mission test benchmark tool utility""".split())
# Party names: organisations even when used as adjectives ("the Labour leader"); matched
# after a trailing "s" is dropped, so "Tories" is "tory".
PARTIES = frozenset({"labour", "tory", "torie", "conservative", "democrat", "democratic", "republican", "green",
                      "snp", "ukip", "liberal democrat", "lib dem"})
# Party words written as adjectives the model leaves untagged ("Democratic rival Joe Biden",
# "Conservative shadow foreign secretary"); "Green" is left out: too often a colour or a place.
PARTY_ADJECTIVES = frozenset({"labour", "tory", "conservative", "democratic", "republican"})
# Words that open a role after a party adjective ("Tory Shadow Chancellor …").
ROLE_PREFIXES = frozenset({"shadow", "deputy", "acting", "former", "junior", "senior", "chief", "assistant"})
# Offices named after a department ("Interior Minister", "Commerce secretary"): the department
# word before them is part of the title. Not "manager" or "chairman": "Chelsea manager" names a club.
FRAGMENT_TITLES = frozenset({"minister", "ministers", "secretary", "secretaries", "commissioner", "chancellor"})
ROLE_OF = frozenset({"minister", "secretary", "ministry", "department", "commissioner",
                      "director", "chancellor", "president", "chair", "chairman", "head",
                      "professor", "chief", "attorney", "governor", "ambassador", "leader"})


GROUP_OF_STATES = re.compile(r"^G\d{1,2}$")  # "G7", "G20"
# Gazetteer names are matched on token windows up to this long.
LONGEST_KNOWN_NAME = max(len(n.split()) for n in PLACES | KNOWN_ORGANISATIONS)
# Every word of a well-known multi-word name: a neighbour outside this set cannot extend a name.
KNOWN_NAME_WORDS = frozenset(w for n in PLACES | KNOWN_ORGANISATIONS if " " in n for w in n.split())
# Plural nouns that end firms' names and no one's: "Halvard Asset Advisors", "Pyrex Labs".
FIRM_PLURALS = frozenset("""advisors advisers investors systems industries enterprises solutions technologies
communications ventures securities laboratories labs pharmaceuticals""".split())
# Last words that make "<given name> X" a place or an institution, not a person ("Victoria
# Station", "Christian Aid", "Georgia Tech"), and a firm's plural ("fund manager Halvard Asset
# Advisors": the job before it is the firm's trade; seen 2026-12-02 on an unseen sample).
NOT_PERSON_TAILS = frozenset("""aid democrats democratic union church tech station street road
square park valley river bay lake hospital school airport bridge hall house centre center
stadium arena island islands city county""".split()) | FIRM_PLURALS
# Words that introduce a relative ("his daughter Nettie Marsh"), who shares the surname.
KIN = frozenset("""daughter son wife husband brother sister father mother widow widower partner
cousin niece nephew grandson granddaughter grandfather grandmother uncle aunt fiancee fiance
stepson stepdaughter parents parent children sons daughters brothers sisters siblings""".split())
# Words that end a company's name where the model often stops one short ("JFE [Holdings]").
CORPORATE_TAILS = frozenset({"Holdings", "Group", "Ltd", "Ltd.", "Inc", "Inc.", "Corp", "Corp.", "Plc", "PLC",
                              "Co", "Co.", "LLC", "AG", "SA", "NV"})
# Nouns whose apposition names a body: "security firm Symantec", "the rock band Cream".
COMPANY_NOUNS = MEDIA_NOUNS | frozenset("""firm company group maker giant retailer carrier airline
bank club side team broadcaster publisher developer manufacturer brand label band union charity promotion
journal tabloid broadsheet monthly weekly blog watchdog regulator insurer lender operator supplier
consultancy organisation organization nonprofit non-profit""".split())
# Chambers the model glues to the name after them: "Speaker of the [House Mary Calloway]".
CHAMBERS = frozenset({"house", "senate", "congress", "parliament", "commons", "lords", "assembly"})
# Words around an untagged "The X" that make it a newspaper, magazine or site: "told The Verge",
# "according to The Verge", "The Spectator editor", "The Daily Telegraph poll".
OUTLET_BEFORE = frozenset({"told", "tells", "telling", "tell"})
OUTLET_AFTER = frozenset("""reported reports reporting said says quoted newspaper magazine editor editors
columnist columnists correspondent reporter poll survey website""".split())
# "Jakarta-based", "US-born": a place used as an adjective.
ATTRIBUTIVE_TAILS = frozenset({"based", "born", "led", "owned", "registered", "headquartered", "backed", "made",
                                "built", "funded", "listed", "run", "controlled", "designed", "sponsored", "produced",
                                "educated", "trained", "brokered", "bred"})
# Time zones written after a clock time ("7:38 pm IST", "11:25 ET"): never actors.
TIME_ZONES = frozenset("""UTC GMT BST IST EST EDT CST CDT MST MDT PST PDT AKST AKDT HST ET CT MT PT CET CEST EET
EEST WET WEST MSK JST KST HKT SGT PHT WIB AEST AEDT ACST AWST NZST NZDT SAST WAT EAT CAT""".split())
# First words of an academic degree's name: "a Master of Business Affairs", "Bachelor of Arts".
DEGREE_WORDS = frozenset({"master", "masters", "bachelor", "bachelors", "doctor", "doctorate"})
# Members of a legislature named by their seat ("the Bolton West MP"): a job, not a name.
CONSTITUENCY_ROLES = frozenset({"MP", "MPS", "MEP", "MSP", "MLA", "TD", "AM", "MPP"})
# "I’m", "I‘ve", "I'd": the pronoun with any apostrophe, capitalised because it is "I".
CONTRACTION = re.compile(r"^I['‘’`](?:m|ve|ll|d|M|VE|LL|D)$")
# Units of rate and size written with capitals ("384 Kbps", "2.4 GHz"), matched in capitals.
UNITS = frozenset({"MBPS", "KBPS", "GBPS", "TBPS", "MHZ", "GHZ", "KHZ", "KWH", "MWH", "GWH", "TWH", "MBIT", "GBIT"})
# Units of storage and power that are also initials ("Team GB", "the MW party"): units only straight
# after a number ("1.8GB of data", "a 40 MW plant").
NUMBER_UNITS = frozenset({"KB", "MB", "GB", "TB", "PB", "KW", "MW", "GW", "TW", "MM", "CM", "KM", "KG"})
# Jobs written capitalised at a sentence's start before a name ("Organiser Mean Fiddler said"),
# besides the gazetteer's occupations and the shapes looks_like_a_job reads.
JOB_WORDS = frozenset("""organiser organizer promoter spokesperson spokesman spokeswoman""".split())
