"""Which names name things, not actors: objects, laws and rules, schemes, share indices, sports.

Every capitalised name the earlier steps found is asked here whether it names a thing rather
than a person, a body, a place or a group. The evidence is the words around the name, never a
list of names:

- a noun for a kind of thing after or before it: "the Kepler space telescope", "the Tarvo worm",
  "HMS Victory", "a red Vauxhall Corsa"; a thing made by someone ("developed by Norvik");
- the name of a treaty, a battle or a law, or a name inside one: "the Treaty of Lisbon", "the
  Radio Control Law", "the Tarn Ferry Conditions of Carriage";
- a storm ("Storm Ciara"), a pairing on a ticket ("Tory-Labour");
- a share index ("the Dow Jones index", "the Nikkei fell 120 points"), a scheme or a payment
  ("the Child Savings Bond scheme", "CERP payments"), a sport by its ruling body ("Athletics'
  ruling body"), a quoted label before a noun ("the "Big City" marathon");
- a short form the article defines for a thing ("exclusive economic zone (EEZ)").

Titles of films, shows, books and awards are decided in `works`; what kind of actor a name is
(once it is one) in `kinds`. Mention-level tests (`names_an_object`) drop one mention; the
document-level ones (`things_everywhere`, `acronyms_of_things`) drop every mention of a name.
"""
from __future__ import annotations

from ..arrays import of as arrays_of
from ..gazetteer import KNOWN_ORGANISATIONS, PLACES
from ..lexicon import ACRONYM_STOPWORDS, TITLE_WORDS
from ..names import alias_of
from .candidate import Candidate
from .kinds import class_noun_before, makes_a_work
from .words import (
    BODY_WORDS, COMPANY_NOUNS, DOCUMENT_OR_EVENT_HEADS, LAW_TAILS, OBJECT_NOUNS, ORG_WORDS, PARTIES, SHIP_PREFIXES, TERM_NOUNS,
    THING_CLASSIFIERS, WORK_NOUNS,
)

def names_an_object(doc, c: Candidate) -> bool:
    """"the Kepler space telescope", "the James Webb telescope": named things, not actors — but
    "the Harold Venn film" names the film's maker. A name right after a work noun is the work
    ("the film Dark Orchard"); a ship, a treaty, a battle or a law is no actor either."""
    following = arrays_of(doc).lowers()[c.token_end:c.token_end + 2]  # [t.lower_ for t in doc[…]]
    if following[:1] and following[0] in WORK_NOUNS and makes_a_work(doc, c):
        return False
    if names_a_work(doc, c) or " " in c.text and c.text.split()[0] in SHIP_PREFIXES or inside_a_document_name(doc, c):
        return True
    if names_a_weather_system(doc, c) or classed_as_a_thing(doc, c) or given_as_a_thing(doc, c) or made_by(doc, c):
        return True
    if a_market_index(doc, c) or a_scheme(doc, c) or a_sport_by_its_body(doc, c) or a_quoted_label(doc, c):
        return True
    if a_document_by_its_common_name(doc, c) or a_version_in_a_list(doc, c):
        return True
    # A possessive makes the name the thing's owner or maker, not the thing: "Harold Venning's
    # film", "Quillnet's app" (seen 2026-12-02 on an unseen sample: a director dropped so); a
    # bare apostrophe only after an "s" ("the Kestrels' album", not "the 'Harbour Run' album").
    possessive = following[:1] in (["'s"], ["’s"]) or following[:1] in (["'"], ["’"]) and c.text.endswith("s")
    return any(word in OBJECT_NOUNS for word in following[:2]) and not possessive and (
        not following or following[0] not in ("said", "says", "told"))


def a_version_in_a_list(doc, c: Candidate) -> bool:
    """"laptops with Quillsoft 96, 99, QX and ZP installed": two or three capitals listed (by commas, "and"
    or "or") straight after a number are versions or models of a product, not bodies (seen in a
    dev article, and a version taken as a body on 2026-12-02's unseen sample). The list must
    hold a number and two members before the name: "the BBC, ITV and C4" has no number."""
    if c.token_end - c.token_start != 1 or not (2 <= len(c.text) <= 3 and c.text.isupper() and c.text.isalpha()):
        return False
    texts = arrays_of(doc).texts()
    k, members, numbered = c.token_start - 1, 0, False
    while k >= 1 and texts[k] in (",", "and", "or"):
        k -= 1 + (texts[k] in ("and", "or") and texts[k - 1] == ",")
        if doc[k].like_num:
            numbered = True
        elif not (texts[k].isupper() and 2 <= len(texts[k]) <= 3):
            break
        members += 1
        k -= 1
    return numbered and members >= 2  # not "the vote was 52 to 48, and SNP members …"


# Documents a parliament, a court or states make, written with a capital when they stand for one
# named before: "the Bill now faces the Lords", "make an Order declaring …", "No Bill goes through".
DOCUMENT_NOUNS = frozenset({"bill", "act", "order", "treaty", "directive", "motion", "amendment", "charter",
                            "constitution", "accord", "agreement", "resolution"})
DETERMINERS_OF_A_THING = frozenset({"the", "this", "that", "a", "an", "no", "any", "each", "every", "its"})


def a_document_by_its_common_name(doc, c: Candidate) -> bool:
    """"The Bill now faces opposition", "an Order declaring the move unlawful": one capitalised
    word for a law, an order or a treaty after a determiner is that document, never a person
    named Bill or a body ("Bill Clinton" has two words; a person takes no "the")."""
    lowers = arrays_of(doc).lowers()
    return c.token_end - c.token_start == 1 and lowers[c.token_start] in DOCUMENT_NOUNS \
        and c.token_start > 0 and lowers[c.token_start - 1] in DETERMINERS_OF_A_THING


def classed_as_a_thing(doc, c: Candidate) -> bool:
    """"the constellation Draco", "the drug Calmora", "a worm called Tarvo": a name straight after
    a common noun that classes it as a thing (see THING_CLASSIFIERS), or after "called" /
    "named" following one, or in apposition with one ("the iBand, a bracelet")."""
    arrays = arrays_of(doc)
    lowers = arrays.lowers()  # plain strings: no Token for each look
    found = class_noun_before(doc, c.token_start)
    if found is not None and found[0] in THING_CLASSIFIERS and found[0] not in COMPANY_NOUNS:
        return True  # "programs such as Quillex and Spyrex", "the anti-depressant Calmora"
    if not arrays.has_lower(THING_CLASSIFIERS):
        return False  # gated: each test below needs a word of THING_CLASSIFIERS in the text
    k = c.token_start - 1
    if k >= 1 and lowers[k] in ("called", "named", "dubbed"):
        k -= 1
    if k >= 0 and lowers[k] in THING_CLASSIFIERS and doc[k].is_lower and doc[k].pos_ in ("NOUN", "PROPN", "ADJ"):
        return True
    # In apposition: "One antibody cocktail, ZMapp, showed …", "the iBand, a bracelet which …"
    root = arrays.root(c.token_start, c.token_end)
    children = arrays.children(root)
    nouns = [root.head] if root.dep_ == "appos" else []
    nouns += [t for t in children if t.dep_ == "appos"]
    if any(t.is_lower and t.lower_ in THING_CLASSIFIERS and t.pos_ == "NOUN" for t in nouns):
        return True
    # A relative clause that says what it is: "Qarlo, which became the first robot to run" ("which",
    # not "who": a person is never "which").
    return any(t.dep_ == "relcl" and t.lower_ in BEING_VERBS and any(w.lower_ == "which" for w in t.children)
               and any(a.dep_ == "attr" and a.is_lower and a.lower_ in THING_CLASSIFIERS for a in t.children)
               for t in children)


BEING_VERBS = frozenset({"is", "was", "became", "becomes", "remains", "remained"})


MAKING = frozenset("""developed designed built manufactured invented engineered coded programmed""".split())


def made_by(doc, c: Candidate) -> bool:
    """"ArtGarden, developed by Acme's research unit, is …": a name that something was developed,
    designed or built by someone is a product (a body is founded or run, a person born)."""
    if not arrays_of(doc).has_lower(MAKING):
        return False  # gated: the making verb stands somewhere in the text
    root = arrays_of(doc).root(c.token_start, c.token_end)
    return any(t.dep_ == "acl" and t.lower_ in MAKING and any(a.dep_ == "agent" for a in t.children)
               for t in arrays_of(doc).children(root))


def given_as_a_thing(doc, c: Candidate) -> bool:
    """"they gave me Calmora", "she handed him Serenol": what a verb gives to someone (its
    direct object, beside a recipient) is a thing; the person is the recipient. One word only,
    and never a name the article also gives a person with a first name."""
    if c.token_end - c.token_start != 1:
        return False
    token = doc[c.token_start]
    return token.dep_ == "dobj" and any(ch.dep_ == "dative" and ch.pos_ == "PRON" for ch in token.head.children)


# Nouns for made things whose own name is written before them ("the Tarvo worm", "the Blue
# Heron/X machine", "the Kettle benchmark"); works, prizes and events are decided elsewhere.
MADE_THINGS = frozenset("""worm malware trojan virus benchmark supercomputer machine shuttle telescope spacecraft
satellite rocket probe mission vaccine drug helicopter smartphone handset console consoles robot robots""".split())


def things_everywhere(doc, candidates: list[Candidate]) -> set[str]:
    """The names found to be things ("the Tarvo worm", "the Blue Heron machine") that are things
    everywhere in the article ("Tarvo's spread", "hit by Tarvo"): one name, one kind — but not
    an acronym, a known body, a place ("the Syria mission"), or a name that somewhere speaks
    ("Acme said"), which may be a maker named before its product ("the Acme machine")."""
    from ..arrays import tokens_where
    from ..lexicon import CUE_FORMS

    before_a_thing = set()  # names written right before a thing noun, tagged or not: "The Tarvo worm"
    for noun in tokens_where(doc, "LOWER", MADE_THINGS):
        k = noun.i
        if k >= 2 and doc[k - 2].text == "/":
            k -= 2  # "Blue Heron/X machine"
        start = k
        while start > 0 and k - start < 3 and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN":
            start -= 1
        if 0 < start < k and (doc[start - 1].lower_ in ("the", "a", "an") or doc[start - 1].tag_ in ("POS", "PRP$")
                              or doc[start - 1].pos_ in ("ADJ", "NOUN") and doc[start - 1].is_lower):
            before_a_thing.add(doc[start:k].text)  # "the Tarvo worm", "the last Sea Lark mission"
    names = {c.text for c in candidates if (c.text in before_a_thing or c.text.removesuffix("s") in before_a_thing
                                            or c.text.removesuffix("es") in before_a_thing)  # "Zboxes"
             and not c.text.isupper() and c.text not in KNOWN_ORGANISATIONS
             and alias_of(c.text) not in PLACES and c.text not in PLACES
             and (c.type != "place" or c.text not in before_a_thing)}  # "the Syria mission": still Syria
             # (the model's "place" for a thing's plural, "Zboxes", is no evidence of a place)
    if not names:
        return set()
    speaking = {c.text for c in candidates if c.text in names
                and doc[c.token_end - 1].dep_ in ("nsubj", "nsubjpass") and doc[c.token_end - 1].head.lower_ in CUE_FORMS}
    return names - speaking


def products_of_firms(doc, candidates: list[Candidate]) -> set[str]:
    """"Nintendo's DS", "Sony's Qrio", "Apple's iPod": a name straight after a company's
    possessive is what the company makes, a thing (everywhere in the article) — not when the
    owner is a place or a party ("Ireland's Ryanair", "Labour's Ann Lee"), nor when the name is
    a person, a place, a known body or carries a body word ("Norvik's Film Unit"), nor one the
    model tags as a person in full ("Acme's Tom Hale") — unless a noun for a kind of thing
    follows it ("Sony's Blu-ray Disc technology")."""
    people = {t.i for e in arrays_of(doc).ents() if e.label_ == "PERSON" for t in e}
    by_text = {c.text: c for c in candidates}
    by_start = {c.token_start: c for c in candidates}
    out: set[str] = set()
    for owner in candidates:
        k = owner.token_end + 1
        if k >= len(doc) or doc[k - 1].text not in ("'s", "’s") or doc[k - 2].whitespace_:
            continue
        if owner.type != "organisation" or owner.text in PLACES or alias_of(owner.text) in PLACES \
                or owner.text.lower().rstrip("s") in PARTIES or alias_of(owner.text) \
                or {w.lower().rstrip("s") for w in owner.text.split()} & (PARTIES | {"party"}):
            continue  # (a party's "Senate nomination" is an office's)
        # The name after the possessive, as the text writes it (a candidate or not: "Kanto's DS"
        # may be tagged only where it stands alone, "the DS sold well")
        end = k
        while end < len(doc) and end - k < 4 and doc[end].pos_ in ("PROPN", "NOUN") and (doc[end].is_title or doc[end].is_upper
                                                                            or doc[end].text[:1].islower()
                                                                            and any(ch.isupper() for ch in doc[end].text)):
            end += 1
            # "Sony's Blu-ray Disc", "Kanto's X-Pad Mini": a hyphen with no space either side joins
            # the next word, whatever its case, to the name
            if end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
                    and not doc[end].whitespace_ and doc[end + 1].is_alpha:
                end += 2
        if end == k or end < len(doc) and doc[end].text in ("'s", "’s"):
            continue
        # "Sony's Blu-ray Disc technology": a noun for a kind of thing after the name makes it the
        # thing, whatever the model tags it ("Acme's Tom Hale" has none)
        classed = end < len(doc) and doc[end].is_lower and doc[end].lower_ in THING_CLASSIFIERS
        for name in {doc[k:end].text} | ({by_start[k].text} if k in by_start else set()):
            c = by_text.get(name)  # the name as the text writes it, and the candidate there ("A and B")
            words = {w.lower() for w in name.split()}
            if not classed and (c is not None and c.type in ("person", "place", "group") and not name.isupper()
                                or k in people) \
                    or name in KNOWN_ORGANISATIONS or name in PLACES or alias_of(name) in PLACES \
                    or words & (ORG_WORDS | BODY_WORDS):
                continue
            out.add(name)
    return out


# Named weather systems ("Storm Elin", "Hurricane Ida", "Tropical Storm Alberto"): the name is
# the storm's, a thing, however much it sounds like a person's. Capitalised only: "a storm
# Ana Ruiz rode out" is no name of a storm.
WEATHER_TITLES = frozenset({"Storm", "Hurricane", "Typhoon", "Cyclone"})
# Grades written before the title: "Tropical Storm Alberto", "Super Typhoon Mawar".
WEATHER_GRADES = frozenset({"Tropical", "Subtropical", "Super", "Severe", "Extratropical", "Post-Tropical"})


def names_a_weather_system(doc, c: Candidate) -> bool:
    words = c.text.split()
    if len(words) > 1 and (words[0] in WEATHER_TITLES
                           or len(words) == 3 and words[0] in WEATHER_GRADES and words[1] in WEATHER_TITLES):
        return True  # "Storm Elin", "Tropical Storm Alberto", "Super Typhoon Mawar" (not "National Hurricane Center")
    if c.token_start > 0 and arrays_of(doc).texts()[c.token_start - 1] in WEATHER_TITLES:
        return True
    # (gated: no weather title in the text, no storm's name)
    return arrays_of(doc).has_text(WEATHER_TITLES) and c.text in storm_names(doc)  # "Alberto" alone, once the text has named "Tropical Storm Alberto"


def storm_names(doc) -> set[str]:
    """The names written after a weather title anywhere in the article ("Hurricane Ida" → "Ida"),
    listed once for each doc."""
    memo = arrays_of(doc).memo("storm names")
    names = memo.get("")
    if names is None:
        from ..arrays import tokens_where
        texts = arrays_of(doc).texts()
        names = memo[""] = {texts[t.i + 1] for t in tokens_where(doc, "ORTH", WEATHER_TITLES)
                            if t.i + 1 < len(texts) and texts[t.i + 1].istitle() and texts[t.i + 1].isalpha()}
    return names




# Verbs a share index moves by, in points: "the Nikkei fell 120 points".
INDEX_MOVES = frozenset("""rose rise rises fell fall falls gained gains lost loses climbed climbs dropped drops
slipped slips jumped jumps added adds shed sheds closed closes ended ends finished edged eased slumped soared
surged tumbled plunged""".split())


def a_market_index(doc, c: Candidate) -> bool:
    """"the main Dow Jones index", "the Hang Seng lost 300 points": a share index, no actor. The
    evidence is the noun "index" after the name, or a move measured in points with the name as
    its subject (a company's shares move in pence or per cent: "Tesco rose 2%" stays a company)."""
    end = c.token_end
    if end < len(doc) and arrays_of(doc).lowers()[end] in ("index", "indices", "indexes") and doc[end].is_lower:
        return True
    if not arrays_of(doc).has_lower(POINTS):
        return False  # gated: a move in points needs the word
    root = arrays_of(doc).root(c.token_start, end)
    if root.dep_ != "nsubj" or root.head.lower_ not in INDEX_MOVES:
        return False
    verb = root.head
    window = doc[verb.i + 1:min(len(doc), verb.i + 5)]
    return any(t.lower_ in POINTS and t.i > 0 and doc[t.i - 1].like_num for t in window)


POINTS = frozenset({"points", "pts"})


def a_sport_by_its_body(doc, c: Candidate) -> bool:
    """"Athletics' ruling body the IAAF", "cycling's governing body": the name owns a ruling or
    governing body, so it is a sport, no actor (the body after it is one)."""
    k = c.token_end
    if k >= len(doc) or arrays_of(doc).tags()[k] != "POS" and arrays_of(doc).texts()[k] not in ("'", "’"):
        return False
    words = [t.lower_ for t in doc[k + 1:k + 4]]
    return words[:2] in (["ruling", "body"], ["governing", "body"]) or words[1:3] in (["ruling", "body"], ["governing", "body"])


def a_quoted_label(doc, c: Candidate) -> bool:
    """"the "Big City" marathon grand slam", "its ‘Fast Lane’ scheme": a name in quotation marks
    straight before a lower-case noun is a label for that thing, not an actor."""
    start, end = c.token_start, c.token_end
    return 0 < start and end + 1 < len(doc) and doc[start - 1].is_quote and doc[end].is_quote \
        and doc[end + 1].is_lower and doc[end + 1].pos_ == "NOUN"


# Nouns for what a government pays or runs for people: "the Child Savings Bond scheme", "CERP payments".
SCHEME_NOUNS = frozenset("""scheme schemes voucher vouchers payment payments benefit benefits allowance allowances
grant grants handout handouts""".split())


def a_scheme(doc, c: Candidate) -> bool:
    """"the Child Savings Bond scheme", "the ID cards scheme and the Child Savings Bond": a name
    straight before a noun for a payment or a scheme, or joined by "and" to such a noun, names the
    scheme. A body's own name ("the Dunmore Council scheme") names who runs it and stays."""
    if not arrays_of(doc).has_lower(SCHEME_NOUNS):
        return False  # gated: both tests need a noun of SCHEME_NOUNS in the text
    words = c.text.lower().split()
    if words[-1] in _BODY_WORDS_BUT_FUNDS or c.text in KNOWN_ORGANISATIONS or c.text in PLACES:
        return False
    end = c.token_end
    if end < len(doc) and doc[end].is_lower and doc[end].lower_ in SCHEME_NOUNS:
        return True
    root = arrays_of(doc).root(c.token_start, end)
    return root.dep_ == "conj" and root.head.lower_ in SCHEME_NOUNS and root.head.is_lower


def names_a_work(doc, c: Candidate) -> bool:
    """"the film Dark Orchard", "the Harold Venn film Dark Orchard", "his album Blue": the name
    after a work noun (itself after "the", a possessive or a name) is the work, not an actor."""
    k = c.token_start - 1
    if k < 1 or arrays_of(doc).lowers()[k] not in WORK_NOUNS or doc[k].pos_ not in ("NOUN", "PROPN"):
        return False
    before = doc[k - 1]
    return before.lower_ in ("the", "a", "his", "her", "their", "its", "new", "latest", "debut") \
        or before.tag_ == "POS" or before.is_title and before.pos_ == "PROPN"


def inside_a_document_name(doc, c: Candidate) -> bool:
    """"the Treaty of [Lisbon]", "the Battle of [Hastings]", "[Paris] Agreement", "Fourteenth
    Amendment": a name that is, or sits inside, the name of a treaty, a battle or a law."""
    words = c.text.lower().split()
    if words[-1] in _HEADS_BUT_DECLARATION \
            or len(words) > 1 and words[-1] in LAW_TAILS and not (words[-1] == "law" and c.type == "person"):
        return True  # "Paris Agreement", "the Radio Control Law" (not the actor Jude Law)
    if not set(words) & _ORG_OR_BODY_WORDS and (words[0] in DOCUMENT_OR_EVENT_HEADS or any(
            w in DOCUMENT_OR_EVENT_HEADS and nxt in ("on", "of", "for") for w, nxt in zip(words, words[1:]))):
        return True  # "Treaty of Lisbon", "European Convention on Human Rights" — not the "Constitution Club"
    if any(w in RULE_HEADS and nxt in ("on", "of", "for") for w, nxt in zip(words, words[1:])):
        return True  # "Public Service Vehicle Regulations for Buses": rules, whatever body they name
    arrays = arrays_of(doc)  # the words around as plain strings: no Token for each
    lowers, titles = arrays.lowers(), arrays.column_list("IS_TITLE")
    k, after = c.token_start, c.token_end
    return bool(k >= 2 and lowers[k - 1] == "of" and titles[k - 2] and lowers[k - 2] in DOCUMENT_OR_EVENT_HEADS
                or after < len(lowers) and titles[after] and lowers[after] in DOCUMENT_OR_EVENT_HEADS)


_HEADS_BUT_DECLARATION = DOCUMENT_OR_EVENT_HEADS - {"declaration"}


# Heads of the names of rules, which no body's name has before "for", "of" or "on".
RULE_HEADS = frozenset({"regulations", "regulation", "directive", "conditions", "rules"})


def without_tickets(candidates: list[Candidate]) -> list[Candidate]:
    """"the Hammons-Bodenstab ticket", "Scotland-England", "Tory-Labour": two actors joined by
    a hyphen name a pairing or a fixture, not a third actor."""
    known = {c.text.split()[-1] for c in candidates} | {c.text for c in candidates}

    def is_known(part: str) -> bool:
        return part in known or part in PLACES or part.lower().rstrip("s") in PARTIES

    def is_pairing(text: str) -> bool:
        if "-" in text and " " not in text:
            return all(is_known(p) for p in text.split("-"))
        parts = text.split(" and ")  # "Kelly and Baroni" tagged as one organisation
        return len(parts) == 2 and all(" " not in p and p in known - {text} for p in parts)

    return [c for c in candidates if not is_pairing(c.text)]


def acronyms_of_things(doc) -> set[str]:
    """Short forms the article defines for things, not actors: "Ebola virus disease (EVD)",
    "exclusive economic zone (EEZ)" (a lower-case term: a body's name is capitalised), "the
    Pacific Trade Accord (PTA)" (a treaty), "the Open Mail Format (OMF) standard" (a noun for
    a thing follows), "the Regional Ferry Manager (RFM)" (a job: the person holding it is named
    elsewhere; seen 2026-12-02 on an unseen interview, a job's short form taken as a body three
    times). Their every mention is no actor ("EEZ of Cyprus" neither)."""
    out: set[str] = set()
    texts = arrays_of(doc).texts()
    for i, text in enumerate(texts):
        if text == "(" and i > 0 and defined_after(doc, i):
            out.add(texts[i - 1])  # "HSDPA (High Speed Downlink Packet Access)"
            continue
        if text != "(" or i + 2 >= len(texts) or texts[i + 2] != ")":
            continue
        short = texts[i + 1]
        if not (2 <= len(short) <= 6 and short.isupper() and short.isalpha()):
            continue
        words = spelled_out(doc, i, short)
        if not words:
            continue
        after = doc[i + 3].lower_ if i + 3 < len(doc) else ""
        content = [t for t in words if t.lower_ not in ACRONYM_STOPWORDS]
        if any(t.is_lower for t in content) or words[-1].lower_ in DOCUMENT_OR_EVENT_HEADS \
                or after in TERM_NOUNS or words[-1].lower_ in _TITLES_OF_ONE:
            out.add(short)
    return out


# Last words of the spelled-out names of techniques and standards: "High Speed Downlink Packet
# Access", "Wireless Application Protocol", "Internationalised Domain Name".
TERM_TAILS = frozenset({"access", "protocol", "protocols", "language", "interface", "format", "standard",
                        "technology", "system", "code", "network", "name", "names", "transfer", "encoding",
                        "benefit", "allowance", "scheme", "credit"})  # "CERP (Crisis Emergency Relief Payment)"


def defined_after(doc, bracket: int) -> bool:
    """"HSDPA (High Speed Downlink Packet Access)": a short form in capitals spelled out in the
    brackets after it, the words ending in a noun for a technique or a standard."""
    short = doc[bracket - 1].text
    if not (2 <= len(short) <= 6 and short.isupper() and short.isalpha()):
        return False
    close = next((k for k in range(bracket + 1, min(len(doc), bracket + 3 * len(short) + 2)) if doc[k].text == ")"), None)
    if close is None or close - bracket < 3 or doc[close - 1].lower_ not in TERM_TAILS:
        return False
    return bool(spelled_out(doc, close, short))


def spelled_out(doc, bracket: int, short: str) -> list:
    """The words before "(" whose initials spell `short` ("United States-Mexico-Canada Agreement"
    for USMCA), or [] when they do not."""
    need = list(short.lower())
    words = []
    k = bracket - 1
    while need and k >= 0 and bracket - k <= 3 * len(short):
        token = doc[k]
        k -= 1
        if token.text == "-":
            continue
        if not token.is_alpha:
            return []
        if token.lower_[0] == need[-1]:
            need.pop()
            words.append(token)
        elif token.lower_ not in ACRONYM_STOPWORDS:
            return []
    return words[::-1] if not need else []


# Unions of word sets the conditions above test, built once (a `|` inside a condition builds
# a new set each time it is evaluated).
_BODY_WORDS_BUT_FUNDS = (BODY_WORDS | ORG_WORDS) - {"fund", "trust"}
_ORG_OR_BODY_WORDS = ORG_WORDS | BODY_WORDS
# Jobs one person holds, last words of a spelled-out short form: "Regional Ferry Manager (RFM)"
# (not a body's "Board", "Council", "Justice", "Directorate General").
_TITLES_OF_ONE = TITLE_WORDS - {"police", "officials", "justice", "general"}  # "Court of Justice (ECJ)"
