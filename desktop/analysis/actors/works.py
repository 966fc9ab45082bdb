"""Which names are titles of works — films, shows, books, albums — or of awards: no actors.

Reviews and festival reports are full of capitalised titles the model tags as people, places
or bodies ("Tallow Street", "Vera Pike", "Glass Villa"). A title is recognised by how
English news writes about it, never by a list of titles:

- a genre noun straight before it: "the comedy Tallow Street", "reality show Glass Villa",
  "Danish movie The Salt Harbour", "coming-of-age tale Pinwheel", or before the examples it
  opens: "blockbusters such as Tin Heart", "hits including Paper Moon";
- a screen job straight after it, before a name: "Lantern star Moira Kenning", "former Neighbours
  Lane actress Dora Pike", "Starfall actor Ben Corrie" (in an article about the screen:
  in sport "Chelsea star" names a club);
- what a prize, a nomination or a part is for or in: "the best director prize for Ten
  Dollar Summer", "nominations for Kettle Drum and Vera Lane", "his lead role in Saltmarsh",
  "plays a drunkard in Harry Quill"; the one-name part someone plays ("who played Phoebe");
- a chart place or takings: "Dark Orchard took $12m", "Pinwheel fell one place to number five" (the
  subject of a chart verb, in an article about the screen);
- a cast or a verdict around it: "Dark Orchard, in which Ann Lee plays …", "Quiet Hours,
  starring …", "Dark Orchard has been named best film";
- the stem of an award the article names: "Golden Globe Awards" makes "Golden Globe",
  "the Golden Globes" and "a Globe winner" the award;
- in an article about the screen, a capitalised "The" in mid-sentence opening a name that is
  no known body, place or outlet: "such successes as The Long Ledger";
- a list whose other members are titles: "Lantern, Pinwheel and Starfall took two awards each" (but
  not a person named by a given name and a surname: "activists like Ann Lee and The Red Book's author");
- in an article about the screen, the model's own WORK_OF_ART tag on a member of its list;
- credits: a later member of a list opened after a genre noun ("the singles Overdrive and
  Mazzo"), the object of a verb of making ("wrote Pinwheel", "directed Glass Canyon", "recorded
  Paper Moon"), of "include" after a genre noun ("her novels include A, B and C"), of "the star
  of", a name before ", directed by", a title dated in brackets in a list ("Wheelhouse (1971),
  …"), and a long title whose capitalised words are joined by "of the"/"and the" ("Harry Quill and
  the Salt Keeper of Varnholt") — one title, not a person and a place.

A name found to be a title anywhere is a title everywhere in the article (one name, one
thing). Known places and bodies, and names the article also uses as a person's surname, are
never titles. Cost: one pass over the candidates and a few tokens around each.
"""
from __future__ import annotations

import re

from ..arrays import of as arrays_of
from ..gazetteer import GIVEN_NAMES, KNOWN_ORGANISATIONS, PLACES
from ..names import alias_of
from .candidate import Candidate
from .kinds import class_noun_before, published_as
from ..lexicon import HONORIFIC_TITLES
from .words import BODY_WORDS, EVENT_WORDS, ORG_WORDS, PARTIES, WORK_NOUNS

# Nouns for a kind of work written straight before its title ("the comedy Tallow Street").
GENRE_NOUNS = WORK_NOUNS | frozenset("""comedy comedies thriller thrillers show shows tale fable
biopic remake re-make sequel prequel cartoon animation soap serial miniseries mini-series sitcoms films
movies documentaries albums songs novels books plays musicals series dramas programme programmes
videogame podcast franchise blockbuster blockbusters hit hits games videogames spin-off spin-offs spinoff
spinoffs history histories collection anthology memoirs biographies singles tracks screenplay screenplays
teleplay""".split())
# Words before "single" that make it a record, not the adjective ("their single X", "a single EU country").
RECORD_OPENERS = frozenset({"their", "his", "her", "its", "new", "latest", "debut", "hit", "the", "next", "first"})
# Jobs on a production written after a title and before a name ("Lantern star Moira Kenning").
SCREEN_JOBS = frozenset("""star stars co-star co-stars actor actors actress actresses director producer
creator writer presenter host cast""".split())
# Nouns whose "for"/"in" names a work: "the prize for X", "her role in X".
FOR_A_WORK = frozenset("""prize prizes award awards nomination nominations nominated oscar oscars globe globes
bafta baftas emmy emmys role roles part parts performance performances appearance turn""".split())
# Verbs of acting whose "in" names a work: "plays a drunkard in X", "stars in X".
ACTING_VERBS = frozenset("""play plays played playing star stars starred starring appear appears appeared
appearing co-stars co-starred""".split())
# Words that show an article is about the screen.
SCREEN_WORDS = frozenset("""film films movie movies cinema actor actors actress actresses hollywood
screenplay sitcom box-office oscar oscars screen starring""".split())
# Words that close the name of an award: its stem is the award ("Golden Globe Awards").
AWARD_TAILS = frozenset({"awards", "award", "prize", "prizes", "trophy", "medal", "medals"})
# Verdicts whose object says the subject is a work: "X was named best film".
VERDICTS = frozenset({"named", "voted", "crowned", "declared"})
# Words between "best" and the noun of a category: "best foreign language film", "best TV movie".
CATEGORY_MODIFIERS = frozenset({"tv", "television", "foreign", "language", "foreign-language", "original", "animated",
                                "british", "new", "debut", "independent", "short"})


def titles_of_works(ctx, candidates: list[Candidate]) -> set[str]:
    """The names (as candidates write them) that are titles of works or awards, by the
    evidence in the module docstring. `ctx`: the document's NameContext; `candidates`: every
    candidate name, not yet typed."""
    doc = ctx.doc
    screen = about_the_screen(doc)
    arts = about_works(doc)
    protected = {c.text for c in candidates if c.text in PLACES or c.text in KNOWN_ORGANISATIONS}
    titles: set[str] = set()
    for c in candidates:
        if c.text in protected:
            continue
        if after_a_genre_noun(doc, c.token_start) or cast_or_verdict_after(doc, c.token_end) \
                or made_by_a_screen_job(doc, c) or screen and won_as_a_work(doc, c) \
                or screen and showing_of(doc, c) or screen and charted(doc, c) \
                or screen and (c.type != "place" and before_a_screen_job(doc, c.token_end) or what_a_part_is_in(doc, c)
                               or opened_by_a_capital_the(doc, c.token_start, c.token_end) or a_part_played(doc, c)):
            titles.add(c.text)
        elif describes_a_work(doc, c) or in_apposition_to_a_work(doc, c) or names_a_prize(doc, c) \
                or written_by(doc, c) or listed_after_a_genre_noun(doc, c) or listed_after_works(doc, c) \
                or made_as_a_work(doc, c) \
                or included_as_a_work(doc, c) or credited_after(doc, c) \
                or arts and dated_in_brackets(doc, c) or inside_a_long_title(doc, c, screen or arts) \
                or arts and c.type != "place" and before_a_screen_job(doc, c.token_end) \
                and doc[c.token_end].lower_ in ("actor", "actress", "co-star"):
            titles.add(c.text)
    titles |= award_stems(ctx, candidates) - protected
    titles |= main_titles_before_a_subtitle(doc, candidates) - protected
    # In an article about the screen, the model's own WORK_OF_ART entities make a list they stand
    # in a list of works (elsewhere the tag is too loose: it takes magazines and court cases).
    tagged = [Candidate(e.start_char, e.end_char, e.text.removeprefix("The "), "work", e.start + (e[0].text == "The"),
                        e.end) for e in arrays_of(doc).ents() if e.label_ == "WORK_OF_ART"] if screen else []
    # A list spreads to no one the model calls a person by a given name and a surname: "activists
    # like Nora Quist and The Long Ledger author …" lists a person beside a book.
    people = {c.text for c in candidates if c.type == "person" and " " in c.text and by_a_given_name(c)}
    # The model's WORK_OF_ART tag alone does not spread to anyone it tags PERSON in full
    # ("Juliette Vasse" beside a mis-tagged "Dame Ada Lund"); a title found by its context does
    # ("blockbusters such as Tin Heart, Forrest Vane and Ghost").
    whole = arrays_of(doc).text()  # an entity's text is the doc's text between its offsets
    model_people = {name for e in arrays_of(doc).ents() if e.label_ == "PERSON"
                    for name in (whole[e.start_char:e.end_char],) if " " in name}
    titles |= (listed_with_titles(doc, candidates + tagged, titles) - protected - people) \
        | (listed_with_titles(doc, candidates + tagged, {w.text for w in tagged}) - protected - people - model_people)
    surnames = {c.text.split()[-1] for c in candidates if " " in c.text and c.type == "person" and c.text not in titles}
    return {t for t in titles if t not in surnames}


# Nouns for a showing or a version of a film or a show, whose "of" names the work: "the premiere of X".
SHOWING_NOUNS = frozenset({"premiere", "premieres", "screening", "screenings", "preview", "previews", "sequel",
                           "sequels", "remake", "remakes", "prequel", "prequels"})


def showing_of(doc, c: Candidate) -> bool:
    """"the UK premiere of Lantern Hill", "a screening of Glass Canyon", "the sequel to Paper
    Harbour": in an article about the screen, what a premiere, a screening or a sequel is of (or
    to) is a work. Not a person by a given name ("a screening of Ann Lee's film" makes Ann Lee
    the possessor, not the object), nor a place ("the premiere in Dunmore")."""
    token = doc[c.token_start:c.token_end].root
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ in ("of", "to") and prep.head.lower_ in SHOWING_NOUNS \
        and c.type != "place" and not (c.type == "person" and by_a_given_name(c)) \
        and not (c.token_end < len(doc) and doc[c.token_end].tag_ == "POS")


def listed_after_a_genre_noun(doc, c: Candidate) -> bool:
    """"the singles Paper Boat and Lullo", "novels such as Pinwheel, Tin Drum and Harbour": the parse
    makes the name a later member (conj) of a list whose first member stands after a genre noun, so
    every member is a work, even when the first one is no candidate (the model tagged nothing
    there). A person by a given name stays ("the film's stars Ann Lee and Tom Hale" has "stars")."""
    token = arrays_of(doc).root(c.token_start, c.token_end)
    if token.dep_ != "conj" or c.type == "person" and by_a_given_name(c):
        return False
    first = token
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first.i == token.i:
        return False
    k = first.i  # the first member's own words: "Paper Boat" from its head word "Boat"
    sentence_start = arrays_of(doc).sent(k).start  # (Token.sent walks the tokens on each call)
    while k > sentence_start and (doc[k - 1].is_title or doc[k - 1].like_num) and doc[k - 1].dep_ in ("compound", "nmod", "amod", "det", "nummod"):
        k -= 1
    return first.is_title and after_a_genre_noun(doc, k)


def listed_after_works(doc, c: Candidate) -> bool:
    """"TV shows Pop Star and The Z-Factor", "new episodes of 24, Glass Villa and Tin Heart": a
    name in a list after a plural genre noun (read through the list, as `kinds.class_noun_before`
    does), or after "episodes of", is a work — not a person by a given name ("the shows' stars"
    has no genre noun before the names)."""
    found = class_noun_before(doc, c.token_start)
    return found is not None and (found[1] or found[0] in ("episode", "series")) \
        and (found[0] in GENRE_NOUNS or found[0] + "s" in GENRE_NOUNS or found[0] == "episode") \
        and not (c.type == "person" and by_a_given_name(c))


# Verbs of making a work whose object is the work: "she wrote Pinwheel", "he directed Glass Canyon".
MAKING_VERBS = frozenset("""write writes wrote written writing co-wrote co-written pen pens penned direct directs
directed directing co-directed compose composes composed composing record records recorded recording
sing sings sang sung singing""".split())


def by_a_given_name(c: Candidate) -> bool:
    """The name opens with a known given name ("Ann Lee"): a person's, never a title's."""
    return c.text.split()[0] in GIVEN_NAMES


def _list_head(doc, c: Candidate):
    """The candidate's root token, or the first member of the list it is a later member of."""
    token = arrays_of(doc).root(c.token_start, c.token_end)
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    return token


# Verbs a box-office report or a chart puts its films and records in: "X took $12m", "Y fell
# one place to number five", "Z opened at number one", "W topped the chart".
CHART_VERBS = frozenset("""take takes took taken earn earns earned gross grosses grossed make makes made
fall falls fell drop drops dropped slip slips slipped slide slides slid rise rises rose climb climbs climbed
come comes came finish finishes finished top tops topped open opens opened debut debuts debuted enter enters
entered remain remains remained stay stays stayed hold holds held move moves moved""".split())
# What shows the verb is about a chart: a place in it or its takings.
CHART_WORDS = frozenset({"chart", "charts", "box", "takings", "place", "number", "spot", "position",
                         "weekend", "no."})


def charted(doc, c: Candidate) -> bool:
    """"[Dark Orchard] took $12m", "[Pinwheel] fell one place to number five", "[Glass Canyon] opened
    at number one", "[Ocean]'s Eleven took $9m" (`opened_by_a_possessive`): in an article about films (music charts are led by bands, "Doves entered the
    chart at number one"), the subject of a chart verb whose words name a chart place or takings (a
    "$" or a chart word after the verb) is a work. A person by a given name stays ("Ann Lee took $20m
    for the part"), so does an owner ("Keanu Reeves' thriller X dropped a place": only the subject
    itself is read) and the subject of "took place"."""
    if by_a_given_name(c) or not arrays_of(doc).has_lower(CHART_WORDS):
        return False  # (gated: a chart word is a word of the text)
    token = arrays_of(doc).root(c.token_start, c.token_end)
    if token.dep_ == "poss":
        token = opened_by_a_possessive(doc, c, token)
        if token is None:
            return False
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    verb = token.head
    if token.dep_ != "nsubj" or verb.lower_ not in CHART_VERBS or verb.pos_ not in ("VERB", "AUX"):
        return False
    if any(t.dep_ == "dobj" and t.lower_ == "place" and not any(True for _ in t.children) for t in verb.children):
        return False  # "the debate took place in Utah"
    return any(t.lower_ in CHART_WORDS or t.text == "$" or t.ent_type_ == "MONEY"
               for t in verb.subtree if t.i > verb.i)


def opened_by_a_possessive(doc, c: Candidate, token):
    """"[Ocean]'s Eleven took $9m", "[Lantern Hill]'s Secret fell two places": the title's head
    word when the name opens a title with "'s" — the word straight after "'s" is capitalised —
    and the article never writes the name otherwise (a studio or a maker is named alone too:
    "Pixar's Cars took $60m … Pixar said"); None otherwise. Not an acronym ("MGM's") nor a name
    with a body's word ("Norvik Pictures' Ghost")."""
    head, k = token.head, c.token_end
    if head.i != k + 1 or k >= len(doc) or doc[k].text not in ("'s", "’s") or c.text.isupper() \
            or not (head.is_title or head.like_num and head.text[:1].isupper()) \
            or {w.lower() for w in c.text.split()} & (ORG_WORDS | BODY_WORDS):
        return None
    whole = arrays_of(doc).text()
    alone = sum(1 for _ in re.finditer(rf"\b{re.escape(c.text)}\b", whole))
    opening = sum(1 for _ in re.finditer(rf"\b{re.escape(c.text)}['’]s [A-Z0-9]", whole))
    return head if alone == opening else None


def made_as_a_work(doc, c: Candidate) -> bool:
    """"she wrote Pinwheel", "he directed Glass Canyon and Riverbend", "the band recorded Paper Moon":
    the object of a verb of writing, directing, composing, recording or singing (or a later member of
    that object's list) is a work. A person by a given name stays ("directed Ann Lee in her first
    role"), and so does what follows "to" ("wrote to Tom Hale")."""
    if by_a_given_name(c) or not arrays_of(doc).has_lower(MAKING_VERBS):
        return False  # (gated: the verb is a word of the text)
    token = _list_head(doc, c)
    return token.dep_ == "dobj" and token.head.lower_ in MAKING_VERBS and token.head.pos_ == "VERB"


def included_as_a_work(doc, c: Candidate) -> bool:
    """"Her novels include Harrowgate, Kellerby and Dunsmore", "His films included Glass Canyon":
    in any article, the object (or a list member of it) of "include" whose subject is a genre
    noun is a work (in an article about the screen `what_a_part_is_in` reads the same; a person by
    a given name stays: "the cast includes Ann Lee")."""
    if by_a_given_name(c) or not arrays_of(doc).has_lower(INCLUDING_VERBS):
        return False  # (gated: the verb is a word of the text)
    token = _list_head(doc, c)
    return token.dep_ == "dobj" and token.head.lower_ in INCLUDING_VERBS and a_work_as_object(token.head, c.text)


def credited_after(doc, c: Candidate) -> bool:
    """"Glass Canyon, directed by Ann Lee, was named …", "Pinwheel, written by Tom Hale": a name
    straight followed by a comma and "directed/written/produced by" is a work (a person by a given
    name stays: "Ann Lee, directed by her mentor")."""
    words = arrays_of(doc).lowers()[c.token_end:c.token_end + 3]
    return words[:1] == [","] and words[1:2] in (["directed"], ["written"], ["co-written"], ["produced"]) \
        and words[2:3] == ["by"] and not by_a_given_name(c)


def dated_in_brackets(doc, c: Candidate) -> bool:
    """"Wheelhouse (1971), The Lenders (1975) and Blackout (1979) followed": in an article about
    works, a name straight followed by a year in brackets and standing in a list is a work's title
    with its year (a person by a given name stays: "Ann Lee (1931) and Tom Hale")."""
    k = c.token_end
    if k + 2 >= len(doc) or doc[k].text != "(" or doc[k + 2].text != ")" or not (
            doc[k + 1].is_digit and len(doc[k + 1].text) == 4):
        return False
    if c.type == "person" and by_a_given_name(c):
        return False
    after = doc[k + 3].text if k + 3 < len(doc) else ""
    before = doc[c.token_start - 1].lower_ if c.token_start else ""
    if before == "the" and c.token_start > 1:
        before = doc[c.token_start - 2].lower_
    return after in (",", "and", "or") or before in (",", "and", "or")


# Words inside a long title between its capitalised words: "Harry Quill and the Salt Prince".
TITLE_GLUE = frozenset({"of", "the", "and", "a", "an", "in", "on", "to", "from", "into", "at", "for", "with"})
# The words that join a title straight after a genre noun with no list and no partner in it.
TIGHT_GLUE = frozenset({"of", "the", "a", "an", "in", "on", "to", "into"})


def inside_a_long_title(doc, c: Candidate, about_works: bool) -> bool:
    """"Harry Quill and the Salt Keeper of Varnholt", "Endless Summer of the Quiet Heart": in an
    article about works, a name inside a run of at least four capitalised words joined by
    lower-case "of the" or "and the" (and an "of" somewhere: "Sky Travel and the Arts Channel" is a
    list) is part of one title, not a person, a body or a place; in any
    article, so is a name inside capitalised words joined by "into", "of", "in" … straight after a
    genre noun ("the screenplay Flight into Peril"). A run with a body's word ("Museum of the Moving
    Image", "Bank of the North") or a rank ("the Duke of Arden and the Prince of Wales") is a body's
    or a person's name and is left alone."""
    start, end = c.token_start, c.token_end
    # The words read on the doc's columns (a Token is built anew on each look, and this runs
    # for every candidate name).
    arrays = arrays_of(doc)
    lowers, title, lower = arrays.lowers(), arrays.column_list("IS_TITLE"), arrays.column_list("IS_LOWER")
    if not about_works and (start < 2 or not (title[start - 1] or lowers[start - 1] in TITLE_GLUE and lower[start - 1]
                                                and (title[start - 2] or lowers[start - 2] in TITLE_GLUE))):
        return False  # gated: outside an article about works only a run reaching left of the name counts
    sent = arrays.sent(start)
    while start - 2 >= sent.start and (title[start - 1] or lowers[start - 1] in TITLE_GLUE and lower[start - 1]
                                       and (title[start - 2] or lowers[start - 2] in TITLE_GLUE)):
        start -= 1
    while end + 1 < sent.end and (title[end] or lowers[end] in TITLE_GLUE and lower[end]
                                  and (title[end + 1] or lowers[end + 1] in TITLE_GLUE)):
        end += 1
    while start < end and not title[start]:
        start += 1
    while end > start and not title[end - 1]:
        end -= 1
    words = range(start, end)
    if any(title[k] and lowers[k] in _NOT_IN_A_TITLE for k in words):
        return False
    glued = [lowers[k] for k in words if lower[k]]
    # "the screenplay Flight into Peril" ("the comedy Lark Rise and Tom Hale" is a list, "the album
    # Drift on the Tide with Nora Quist" names its artist after "with")
    if glued and start < c.token_start and after_a_genre_noun(doc, start) and set(glued) <= TIGHT_GLUE \
            and not by_a_given_name(c):
        return True
    if not about_works or not any(lowers[k] in ("of", "and") and lowers[k + 1] == "the" and lower[k + 1] and title[k + 2]
                                  for k in range(start, end - 2)):
        return False
    if "of" not in glued:  # "Sky Travel and the Arts Channel" is a list; "Harry Quill and the Keeper of X" a title
        return False
    capitals = [k for k in words if title[k] and lowers[k] != "the"]
    if len(capitals) < 4:
        return False
    text = arrays.span_text(start, end)
    return text not in PLACES and text not in KNOWN_ORGANISATIONS


# A body's word or a rank among a run's capitalised words: a body's or a person's name, not a title.
_NOT_IN_A_TITLE = ORG_WORDS | BODY_WORDS | HONORIFIC_TITLES | EVENT_WORDS


def subtitle_colon(doc, colon: int) -> bool:
    """"CSI: Harbour", "Crime Lab: New York": in mid-sentence, a capitalised word, a colon straight
    after it and a capitalised word after that make one title with its subtitle (a sentence's
    first word before a colon is a headline's or a speaker's label: "Blair: We will win")."""
    if colon < 2 or colon + 1 >= len(doc) or arrays_of(doc).texts()[colon] != ":" or doc[colon - 1].whitespace_:
        return False
    before, after = doc[colon - 1], doc[colon + 1]
    if not ((before.is_title or before.is_upper and before.is_alpha) and after.is_title and not before.is_sent_start):
        return False
    # A title, not "the message from Dunmore: Tessa Brae would go": a genre noun just before the
    # title ("its spin-offs, CSI: Miami") or one main title before two colons ("CSI: Miami and CSI: Dunmore").
    k = colon - 1
    while k > before.sent.start and colon - k < 6 and (doc[k - 1].is_title or doc[k - 1].is_upper):
        k -= 1
    if any(word_before(doc, j)[0] in GENRE_NOUNS for j in (k, k - 1)) or doc[k - 1].text == "," and word_before(doc, k - 1)[0] in GENRE_NOUNS:
        return True
    # In an article about films, books or records, such a pair is a title and its subtitle without
    # a genre noun too ("older titles such as Harbour Lights and Kane: Last Stand"; seen 2026-12-02
    # on an unseen sample), unless a person's name follows the colon.
    if after.text not in GIVEN_NAMES and _about_works_memo(doc) and not _opens_a_clause(doc, colon + 1):
        return True
    return sum(1 for t in before.sent if t.text == before.text and t.i + 1 < len(doc) and doc[t.i + 1].text == ":") >= 2


def _opens_a_clause(doc, start: int) -> bool:
    """The capitalised words from `start` are the subject of a verb after them: "told the Gazette:
    Tessa Brae was the best", a sentence after a colon, not a subtitle."""
    end = start
    while end < len(doc) and end - start < 6 and (doc[end].is_title or doc[end].is_upper):
        end += 1
    root = arrays_of(doc).root(start, end) if end > start else None
    return root is not None and root.dep_ in ("nsubj", "nsubjpass") and root.head.i >= end


def _about_works_memo(doc) -> bool:
    """`about_works(doc)`, counted once for each doc."""
    memo = arrays_of(doc).memo("about_works")
    found = memo.get("")
    if found is None:
        found = memo[""] = about_works(doc)
    return found


def a_subtitle(doc, c: Candidate) -> bool:
    """The name after "CSI:" in "CSI: Miami" is part of a title, whatever it names elsewhere (the
    city stays a place in "a flight to Miami"): this mention is no actor."""
    return subtitle_colon(doc, c.token_start - 1) and not (c.type == "person" and by_a_given_name(c))


def main_titles_before_a_subtitle(doc, candidates: list[Candidate]) -> set[str]:
    """"CSI" in "CSI: Miami" and the name it is short for ("Crime Lab (CL) and its spin-offs, CL:
    Dunmore"): titles of works."""
    by_end = {c.token_end: c for c in candidates}
    out: set[str] = set()
    for c in candidates:
        k = c.token_start - 1
        if not subtitle_colon(doc, k) or c.type == "person" and by_a_given_name(c):
            continue
        main = by_end.get(k)
        if main is not None and not (main.type == "person" and main.text.split()[0] in GIVEN_NAMES):
            out.add(main.text)
        out.add(doc[k - 1].text)
    for c in candidates:  # "Kane: Last Stand", the subtitle no candidate
        if c.token_end < len(doc) and doc[c.token_end].text == ":" and c.text not in out \
                and not (c.type == "person" and by_a_given_name(c)) and subtitle_colon(doc, c.token_end):
            out.add(c.text)
    if out:  # "Crime Lab (CL)": the name a short-form title stands for
        for c in candidates:
            k = c.token_end
            if k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")" and doc[k + 1].text in out:
                out.add(c.text)
    return out


def made_by_a_screen_job(doc, c: Candidate) -> bool:
    """"the director behind Glass Canyon", "the writer behind Quiet Hours": what a screen job is
    behind is a work (read from the words: the parser often mangles a title here); a person named
    by a given name ("the producer behind Kylie Vane") is the artist, not a work."""
    k = c.token_start
    return k >= 2 and arrays_of(doc).lowers()[k - 1] == "behind" and doc[k - 2].lower_ in SCREEN_JOBS \
        and not by_a_given_name(c)


# Verbs and nouns of a win at a prize-giving: "X took home 11 Oscars", "X beat Y to best picture".
WINNING_VERBS = frozenset("""won wins win took takes swept sweeps scooped scoops picked collected""".split())
BEATING_VERBS = frozenset({"beat", "beats", "beaten", "pipped", "edged", "trumped"})
PERSONAL_CATEGORIES = frozenset({"actor", "actress", "director", "supporting", "newcomer", "performer"})
PRIZE_NOUNS = frozenset("""oscar oscars award awards bafta baftas emmy emmys globe globes prize prizes statuettes
nominations""".split())


def won_as_a_work(doc, c: Candidate) -> bool:
    """In an article about the screen, "Titanic took home 11 Oscars", "Amadeus beat The Killing
    Fields … to best picture": what wins prizes or a best-film category without a given name is a
    film (a body's name keeps its body word: "Silverline Pictures won two awards")."""
    names = c.text.split()
    if c.type == "person" and names[0] in GIVEN_NAMES or {w.lower() for w in names} & (ORG_WORDS | BODY_WORDS):
        return False
    # Read from the words, not the parse: the parser often takes a film's title for a noun phrase.
    before = doc[c.token_start - 1].lower_ if c.token_start else ""
    verb = c.token_end if c.token_end < len(doc) and doc[c.token_end].lower_ in WINNING_VERBS | BEATING_VERBS else \
        c.token_start - 1 if before in BEATING_VERBS else None
    if verb is None:
        return False
    words = [t.lower_ for t in doc[verb + 1:min(doc[verb].sent.end, verb + 30)]]
    if verb == c.token_end and doc[verb].lower_ in WINNING_VERBS:  # "X took home 11 Oscars", "X swept the Baftas"
        # (a prize for a person's part is a person's: "took the best actress prize")
        # ("Clint Eastwood took the best director prize": a person the model knows by a full name)
        # ("won two Oscars for her role": a person's win, whose pronoun follows)
        return any(w in PRIZE_NOUNS for w in words[:5]) and not any(w in PERSONAL_CATEGORIES for w in words[:5]) \
            and not (c.type == "person" and len(names) > 1) and not {"her", "his", "he", "she"} & set(words[:12])
    return doc[verb].lower_ in BEATING_VERBS and any(w in ("to", "for") and nxt == "best" for w, nxt in zip(words, words[1:]))


def in_apposition_to_a_work(doc, c: Candidate) -> bool:
    """"his next film, Tallow Street, where …", "created Glass Villa, the long-running drama
    serial", "Pinwheel, her fourth novel, …": the parse sets the name in apposition to a genre
    noun (either way round), so the name is that work's title. A noun for a person in the
    apposition ("the film's director, Ann Lee") is no genre noun, so the person stays."""
    if not arrays_of(doc).has_lower(GENRE_NOUNS):
        return False  # gated: the genre noun is a word of the text
    root = arrays_of(doc).root(c.token_start, c.token_end)
    if root.dep_ == "appos" and root.head.is_lower and root.head.lower_ in GENRE_NOUNS and root.head.i < c.token_start:
        return True
    return any(t.dep_ == "appos" and t.is_lower and t.lower_ in GENRE_NOUNS and t.i > root.i for t in root.children)


# Lower-case nouns after a prize's name: "Booker winner Ann Lee", "a Hearth laureate", "won two
# Lyre awards" (a body's own prize, "the Dunmore Council award", keeps the body: see the caller).
# ("nomination" is left out: "the party's Senate nomination" is an office's; "Oscar nominations" stays.)
AFTER_A_PRIZE = frozenset({"winner", "winners", "laureate", "laureates", "nominations", "award", "awards", "prize",
                           "prizes"})


def names_a_prize(doc, c: Candidate) -> bool:
    """"the Hearth Book of the Year title", "Booker winner Ann Lee", "won two Lyre awards": a name
    before "of the Year" or before a lower-case winner, laureate, nomination, award or prize names a
    prize or a contest, not an actor. A person named by a given name stays ("Ann Lee winner" is no
    English), and so does a party, a body by its body word or an acronym that gives a prize ("the
    Dunmore Council award", "an NCA award"); known bodies and places are protected by the caller."""
    end = c.token_end
    words = arrays_of(doc).lowers()[end:end + 3]
    if words[:3] == ["of", "the", "year"] and doc[end + 2].text == "Year" or c.text.endswith(" of the Year"):
        return True
    if not words or words[0] not in AFTER_A_PRIZE or not doc[end].is_lower or alias_of(c.text) \
            or c.text.lower().rstrip("s") in PARTIES or c.type == "person" and by_a_given_name(c):
        return False
    return words[0] not in ("award", "awards", "prize", "prizes") or not (
        c.text.isupper() or {w.lower() for w in c.text.split()} & (ORG_WORDS | BODY_WORDS))


def written_by(doc, c: Candidate) -> bool:
    """"beating Harbour Lights by Ann Lee to the prize": a name straight followed by "by" and a
    person the model names in full is a work and its author (a person named by a given name is
    left alone: "Tom Hale by Ann Lee" may be a portrait's sitter; "won by Ann Lee" has a verb)."""
    k = c.token_end
    if k + 2 >= len(doc) or arrays_of(doc).lowers()[k] != "by" or doc[k + 1].ent_type_ != "PERSON" or doc[k + 1].ent_iob_ != "B":
        return False
    if doc[k + 2].ent_type_ != "PERSON" or doc[k + 2].ent_iob_ != "I":
        return False  # one word ("by Clarke") says too little
    return not (c.type == "person" and by_a_given_name(c)) and c.token_start > 0 \
        and doc[c.token_start - 1].pos_ not in ("VERB", "AUX")


def describes_a_work(doc, c: Candidate) -> bool:
    """"Quirky comedy Tallow Street …": a sentence's first word, tagged as a person but no given name,
    straight before a genre noun and a title, is an adjective about the work."""
    end = c.token_end
    return c.token_end - c.token_start == 1 and doc[c.token_start].is_sent_start and c.type == "person" \
        and c.text not in GIVEN_NAMES and end + 1 < len(doc) and doc[end].lower_ in GENRE_NOUNS \
        and doc[end].is_lower and doc[end + 1].is_title


def about_the_screen(doc) -> bool:
    """At least three words about films or television: "film", "actress", "Hollywood" …
    (counted on the doc's array of lower-case hashes: no Python loop over the tokens)."""
    from spacy.strings import hash_string

    from ..arrays import indices_where

    global _SCREEN_HASHES
    if _SCREEN_HASHES is None:
        _SCREEN_HASHES = frozenset(hash_string(w) for w in SCREEN_WORDS)
    return len(indices_where(doc, "LOWER", _SCREEN_HASHES)) >= 3


_SCREEN_HASHES = None


def about_works(doc) -> bool:
    """At least three nouns for made works ("novel", "album", "film", "songs" …) or words about
    the screen: an article about books, records or films."""
    from spacy.strings import hash_string

    from ..arrays import indices_where

    global _WORK_HASHES
    if _WORK_HASHES is None:
        _WORK_HASHES = frozenset(hash_string(w) for w in GENRE_NOUNS | SCREEN_WORDS) - {hash_string(w) for w in ("show", "shows", "history", "single", "play", "hit", "hits", "series", "collection", "games", "programme", "programmes", "plays")}
    return len(indices_where(doc, "LOWER", _WORK_HASHES)) >= 3


_WORK_HASHES = None


def word_before(doc, i: int) -> tuple[str, int]:
    """The word that ends just before token `i`, hyphenated words joined ("re-make"), and the
    index of its first token."""
    k = i - 1
    if k < 0:
        return "", k
    arrays = arrays_of(doc)  # plain strings: no Token for each look
    texts, lowers = arrays.texts(), arrays.lowers()
    word = lowers[k]
    while k >= 2 and texts[k - 1] == "-" and not doc[k - 1].whitespace_ and not doc[k - 2].whitespace_:
        word = f"{lowers[k - 2]}-{word}"
        k -= 2
    return word, k


# Each genre noun and what follows each of its hyphens ("spin-off", "off"): the last token of a
# genre noun written before a name (`word_before` joins a hyphenated word's tokens).
_GENRE_NOUN_ENDS = frozenset(w.split("-", i)[-1] for w in GENRE_NOUNS for i in range(w.count("-") + 1))


def after_a_genre_noun(doc, start: int) -> bool:
    """"the comedy Tallow Street", "reality show Glass Villa", "movie The Salt Harbour": a lower-case
    genre noun straight before the name (or before its capitalised "The"), or before "such as",
    "like" or "including" that open a list of examples ("blockbusters such as Tin Heart, …",
    "hits including Paper Moon")."""
    arrays = arrays_of(doc)  # plain strings: no Token for each look
    if not arrays.has_lower(_GENRE_NOUN_ENDS):
        return False  # gated: the genre noun's last word is a word of the text
    texts, lowers = arrays.texts(), arrays.lowers()
    if start > 0 and texts[start - 1] == "The":
        start -= 1
    if start > 1 and texts[start - 1].isdigit() and doc[start - 1].like_num:  # (is_digit is str.isdigit)
        start -= 1  # "the series 21 Jump Lane": a title may open with a number
    if start > 1 and lowers[start - 1] in ("like", "including") \
            or start > 2 and lowers[start - 1] == "as" and lowers[start - 2] == "such":
        start -= 1 if lowers[start - 1] != "as" else 2
        if start > 1 and texts[start - 1] == ",":  # "many histories, including Tudor Lanes"
            start -= 1
    word, k = word_before(doc, start)
    # A noun here: "a single EU country" has the adjective "single", not a record; "the horror hit
    # X", where the parser reads "hit" as a verb, has a noun or an adjective before "hit".
    return k >= 0 and doc[k].is_lower and word in GENRE_NOUNS and (
        doc[k].pos_ in ("NOUN", "PROPN") or "-" in word
        or word in ("hit", "hits") and k > 0 and doc[k - 1].is_lower and doc[k - 1].pos_ in ("NOUN", "ADJ")
        # "their single Paper Lanterns", where "single" is read as an adjective
        or word == "single" and k > 0 and (doc[k - 1].lower_ in RECORD_OPENERS or doc[k - 1].tag_ == "POS"))


def before_a_screen_job(doc, end: int) -> bool:
    """"Lantern star Moira Kenning", "Neighbours Lane actress Dora Pike", "Neighbours Lane co-star, Ed Marr": a
    screen job in lower case straight after the name, then a person's name ("Hollywood actors and
    actresses" is no title). A name the model calls a place is left alone: "Hollywood star Ann Lee".
    In an article about records or books (not the screen) only "actor", "actress" and "co-star"
    count, and not after a place ("Pinwheel actor Rob Haller", but "UK actress Ann Lee"): "Onyx star
    Liam Vane" names a band there."""
    if end >= len(doc) or not doc[end].is_lower or doc[end].lower_ not in SCREEN_JOBS:
        return False
    k = end + 1 + (end + 1 < len(doc) and doc[end + 1].text == ",")
    return k < len(doc) and doc[k].is_title and doc[k].pos_ == "PROPN"


def what_a_part_is_in(doc, c: Candidate) -> bool:
    """"the best director prize for X", "nominations for X and Y", "her role in X", "plays a
    drunkard in X", "the star of X and Y": the name (or the list it heads) is the object of
    "for"/"in" after a prize, a nomination, a part or an acting verb, or of "of" after "star"."""
    token = arrays_of(doc).root(c.token_start, c.token_end)
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if token.dep_ in ("dobj", "npadvmod") and a_work_as_object(token.head, c.text):
        return True
    prep = token.head
    if token.dep_ == "pobj" and prep.lower_ == "behind" and prep.head.lower_ in SCREEN_JOBS:
        return True  # "the director behind Glass Canyon and Riverbend"
    if token.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ in ("role", "part") \
            or token.dep_ == "compound" and token.head.lower_ in ("role", "part") and token.head.is_lower:
        return True  # "the role of Father Quarrel", "stayed in the Quarrel role": a character
    if token.dep_ != "pobj" or prep.lower_ not in ("for", "in", "of"):
        return False
    head = prep.head
    if head.lower_ in FOR_A_WORK and prep.lower_ != "of" or head.lower_ in ACTING_VERBS and prep.lower_ == "in":
        return True
    if prep.lower_ == "of" and head.lower_ in ("star", "stars", "co-star", "co-stars") and head.is_lower:
        return True  # "the star of Rain Check and Tin Heart"
    if prep.lower_ == "in" and head.pos_ == "PROPN" and acted_opposite(head):
        return True  # "appeared opposite Ann Lee and Tom Hale in X": the parse hangs "in X" on a co-star
    # "won best actress for X": a "best …" category just before the preposition
    if prep.lower_ == "of":
        return False
    return prep.lower_ == "for" and any(t.lower_ == "best" for t in doc[max(0, prep.i - 6):prep.i])


def acted_opposite(name) -> bool:
    """A co-star: the name (or the list it ends) is the object of an acting verb, straight or
    through "opposite"/"alongside"/"with" ("starred opposite Ann Lee", "appeared with Tom Hale")."""
    token = name
    for _ in range(4):
        if token.dep_ == "conj" and token.pos_ == "PROPN":
            token = token.head
        elif token.dep_ == "pobj" and token.head.lower_ in ("opposite", "alongside", "with"):
            return token.head.head.lower_ in ACTING_VERBS
        else:
            break
    return False


# Verbs whose object, in an article about the screen, is a film or a show: "which released X".
RELEASING_VERBS = frozenset("""release releases released releasing distribute distributes distributed
screen screens screened premiere premieres premiered remake remakes remade""".split())
# Verbs whose object lists examples of the subject: "other films include X and Y".
INCLUDING_VERBS = frozenset({"include", "includes", "included"})


def a_work_as_object(verb, name: str) -> bool:
    """"Other films include Lantern Hill and Paper Harbour" (the subject is a genre noun), "the
    studio which released Marrow" (a verb of releasing; not a person named by a given name, whom
    police may release too)."""
    if verb.lower_ in INCLUDING_VERBS:
        return any(t.dep_ == "nsubj" and t.lower_ in GENRE_NOUNS for t in verb.children)
    return verb.lower_ in RELEASING_VERBS and name.split()[0] not in GIVEN_NAMES


def a_part_played(doc, c: Candidate) -> bool:
    """"Kudrow, who played Phoebe", "she plays Nell in the series": in an article about the screen,
    one name that is what someone plays is a character, no actor (a real person played is named
    in full: "Cheadle plays Paul Rusesabagina")."""
    if c.token_end - c.token_start != 1:
        return False
    token = doc[c.token_start]
    return token.dep_ in ("dobj", "attr") and token.head.lower_ in ("play", "plays", "played", "playing")


def cast_or_verdict_after(doc, end: int) -> bool:
    """"X, in which Ann Lee plays", "X, starring Ann Lee", "X has been named best film": what
    follows the name says it has a cast or won as a work."""
    words = arrays_of(doc).lowers()[end:end + 8]
    if words[:2] == [",", "starring"] or words[:1] == ["starring"]:
        return True
    if words[:3] == [",", "in", "which"] and any(w in ("plays", "played", "stars", "starred", "appears") for w in words[3:]):
        return True
    k = 0
    while k < len(words) and words[k] in ("has", "have", "had", "been", "was", "were", "is", "are", "be", "also"):
        k += 1
    if k < len(words) and words[k] in VERDICTS:
        rest = words[k + 1:k + 6]
        if "best" in rest:  # the noun after "best" and its modifiers: "best foreign language film"
            head = next((w for w in rest[rest.index("best") + 1:] if w not in CATEGORY_MODIFIERS), "")
            return head in GENRE_NOUNS or head == "picture"
    return False


def opened_by_a_capital_the(doc, start: int, end: int) -> bool:
    """"such successes as The Long Ledger", "The Heron and the Hare": in mid-sentence, a
    capitalised "The" opens the title the name belongs to (no body, place or outlet: those are
    kept before this is asked)."""
    k = start - 1
    while k > 0 and start - k < 6 and (doc[k].is_title or doc[k].lower_ in ("and", "of", "the", "a", "in", "on")):
        if doc[k].text == "The":
            break
        k -= 1
    if k <= 0 or doc[k].text != "The" or doc[k].is_sent_start:
        return False
    before = doc[k - 1]
    return (not before.is_punct or before.text in (",", "(")) and not published_as(doc, k + 1, end)


def award_stems(ctx, candidates: list[Candidate]) -> set[str]:
    """"Golden Globe Awards" → "Golden Globe", "Golden Globes", "Globe", "Globes": an award's
    name without its tail word, its plural and its last word are the award."""
    doc = ctx.doc
    stems: set[str] = set()
    lowers = arrays_of(doc).lowers()  # a word's lower case as a plain string, at every capital
    for t in ctx.capitalised:
        if lowers[t.i] not in AWARD_TAILS or not t.is_title or t.i == 0:
            continue
        k = t.i
        while k > 0 and doc[k - 1].is_title and doc[k - 1].pos_ in ("PROPN", "ADJ", "NOUN") and t.i - k < 4:
            k -= 1
        words = [w.text for w in doc[k:t.i]]
        if words and not words[0].isupper():  # not "BBC Awards": that stem is a body
            stem = " ".join(words)
            stems |= {stem, stem + "s"}
            if len(words) > 1:
                stems |= {words[-1], words[-1] + "s"}
    return {c.text for c in candidates if c.text in stems}


def listed_with_titles(doc, candidates: list[Candidate], titles: set[str]) -> set[str]:
    """Members of a list ("A, B and C", "A or The B") in which another member is a title."""
    by_start = {c.token_start: c for c in candidates}
    by_end = {c.token_end: c for c in candidates}
    out: set[str] = set()
    for c in candidates:
        if c.text not in titles:
            continue
        if c.token_end < len(doc) and doc[c.token_end].is_lower and doc[c.token_end].lower_ in SCREEN_JOBS:
            continue  # "singer Kyla Boon and Dustbowl actor Rob Haller": the title only qualifies a job
        member = c
        while member is not None:  # leftwards
            k = member.token_start - 1
            while k >= 0 and member.token_start - k <= 3 and (doc[k].lower_ in ("the", "a", "an") or doc[k].lower_ in GENRE_NOUNS):
                k -= 1  # "… and the comedy Lark Rise"
            if k < 1 or doc[k].text not in (",", "and", "or"):
                break
            k -= doc[k].lower_ in ("and", "or") and doc[k - 1].text == ","
            member = by_end.get(k)
            if member is not None:
                out.add(member.text)
        member = c
        while member is not None:  # rightwards
            k = member.token_end
            if k + 1 >= len(doc) or doc[k].text not in (",", "and", "or"):
                break
            k += 1
            k += doc[k - 1].text == "," and doc[k].lower_ in ("and", "or")
            first = k
            while k < len(doc) and k - first < 3 and (doc[k].lower_ in ("the", "a", "an") or doc[k].lower_ in GENRE_NOUNS):
                k += 1
            member = by_start.get(k)
            if member is not None and member.token_end < len(doc) and doc[member.token_end].tag_ == "POS":
                break  # "Pinwheel, Levy's fourth novel": an apposition, not a list
            if member is not None:
                out.add(member.text)
    return out
