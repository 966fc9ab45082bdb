"""Quotes and who said them.

Quotation marks are found on the characters, not the parse: the parser's sentences often
split inside a quote, and an article with one unbalanced mark must not lose every quote
after it (the reason textacy's extractor was rejected). The parse is used for what it is
good at: the cue verb next to a quote and that verb's subject.

A quote's speaker is searched in this order, and left unknown rather than guessed:
1. after the quote:  “…,” X said. / “…,” said X. / “…,” X, the minister, told reporters.
2. before it:        X said: “…” / X wrote on Truth Social: “…” / According to X, “…”
3. the cue verb whose clause contains a partial quote: X called it “a disgrace”.
4. the running speaker: a quote with no cue continues the previous quote's speaker in the
   same paragraph, or the previous paragraph's when it opens its own paragraph.
Pronouns go through `PronounResolver`; "the statement said" goes to whoever issued it.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace

from ..article import Article
from .lexicon import (ATTITUDE_FORMS, CHARACTERISING_FORMS, CLAIM_NOUNS, CUE_FORMS, DENYING_FORMS, DOCUMENT_NOUNS,
                      FINDING_NOUNS, GROUP_PRONOUNS, NON_SPEAKERS, PERSON_PRONOUNS, REPORTING_FORMS, RULE_NOUNS,
                      SPEECH_NOUNS, TITLE_WORDS, WORDING_TEXTS, WORDING_VERBS, looks_like_a_job)
from .arrays import of as arrays_of, tokens_where
from .descriptions import ROLE_QUALIFIERS as _ROLE_QUALIFIERS, DescribedPeople, main_clause, team_position
from .actors.words import BODY_WORDS
from .gazetteer import OCCUPATIONS
from .person_nouns import PERSON_NOUNS
from .pronouns import PronounResolver
from .types import UNKNOWN_SPEAKER, Quote, Speaker

OPEN_MARKS = "“„«"
CLOSE_MARKS = "”»"
STRAIGHT = '"'
ALL_MARKS = OPEN_MARKS + CLOSE_MARKS + STRAIGHT
_SCANNED = frozenset(ALL_MARKS + "‘’<")
# One of them: the paragraph scan jumps from mark to mark instead of reading every character.
_SCANNED_CHAR = re.compile("[" + "".join(re.escape(ch) for ch in sorted(_SCANNED)) + "]")
_NAMING = re.compile(
    r"(?:so-called|so called|dubbed|titled|entitled|named|nicknamed|known as|called|headlined|"
    r"branded|labell?ed|marked|known as the|"
    # "is often referred to as the “…”": a name in use; "which Ross has referred to as “…”" is Ross's word
    r"(?:is|are|was|were|be|been|being|often|commonly|widely|usually|also|sometimes) referred to as(?: the| an?)?)"
    r"\s*[“\"]?$",
    re.IGNORECASE,
)
# "the word “marriage”", "the terms “A” and “B”", "the slogan “…”": a term is not speech.
_TERM = re.compile(r"(?:\bwords?|\bterms?|\bphrases?|\bexpressions?|\bslogans?|\bhashtags?|\bmottos?|"
                   r"\blabels?|\bbanners?|\bsigns?)\s*[“\"]?$", re.IGNORECASE)
# "the old maxim: “…”", "like the saying “…”": a proverb is nobody's words here.
_SAYING = re.compile(r"(?:\bmaxims?|\badages?|\bproverbs?|\b(?:the|an?|old) sayings?)[\s:,]*[“\"]?$", re.IGNORECASE)
# Words written on things, not spoken: 'a banner from the campaign saying "…"', '"…" sign'.
_WRITTEN_ON = r"(?:banners?|signs?|placards?|posters?|t-shirts?|shirts?|stickers?|graffiti|billboards?|badges?|flags?)"
_WRITING_BEFORE = re.compile(_WRITTEN_ON + r"\b[^.!?:;\"“”]{0,40}\b"
                             r"(?:saying|reading|reads|read|that said|with the words)\s*[:,]?\s*[“\"]?$", re.IGNORECASE)
_WRITING_AFTER = re.compile(r"^[”\"]?\s*" + _WRITTEN_ON + r"\b", re.IGNORECASE)
_WORD = re.compile(r"\w+(?:['’]\w+)?")
_SENTENCE_END = ".!?"
_ATTRIBUTION_MAX_TOKENS = 28  # "X, Minister of A and B and President of C, said"


@dataclass(slots=True)
class Quotation:
    """A stretch of text between quotation marks, before deciding whether it is speech."""
    open: int  # index of the opening mark
    start: int  # content start
    end: int  # content end
    close: int | None  # index of the closing mark (None: ran to the paragraph's end)
    segments: list[tuple[int, int]] = field(default_factory=list)

    @property
    def text_end(self) -> int:
        return self.close + 1 if self.close is not None else self.end


# ---------------------------------------------------------------------------- finding marks

def find_quotations(article: Article) -> list[Quotation]:
    """Every quoted stretch, including ones that run over paragraphs: by convention a quote
    left open at a paragraph's end continues when the next paragraph opens with a mark, and so
    does one that meets a new opening mark after a finished sentence ("A. "B." — a break the
    source lost): one quotation, its stretches kept as segments.
    Marks: “…”, "…", „…“, «…», »…«, and — in an article written with single quotes, as
    British news is — ‘…’ told apart from apostrophes."""
    out: list[Quotation] = []
    carry: Quotation | None = None  # a quote still open at the end of the previous paragraph
    singles = _uses_single_quotes(article.text)
    text = article.text
    lead = ""  # the previous paragraph's last character
    turns = _unmarked_turns(article)
    for para in article.paragraphs:
        if para.start in turns:  # "Q: …" / "NG: …" with no marks: each turn's words, not its label
            if carry is not None:
                out.append(carry)
                carry = None
            start, end = turns[para.start], _rstripped_end(text, para.end)
            out.append(Quotation(para.start, start, end, None, [(start, end)]))
            lead = text[end - 1]
            continue
        # A paragraph that is one quotation opened with a straight mark — a transcript turn
        # ("PENCE: …") or the words a label line announces ("Caddell continued:") — keeps
        # the “…” inside it as part of it; elsewhere such a paragraph is an excerpt whose
        # inner quotations have speakers of their own.
        whole = text.startswith(STRAIGHT, para.start) and (
            lead == ":" or bool(_TURN.match(text, para.start + 1, para.end)))
        found, still_open = _scan_paragraph(text, para.start, para.end, singles, whole)
        end = _rstripped_end(text, para.end)
        lead = text[end - 1] if end > para.start else ""
        if carry is not None:
            pieces = found + ([still_open] if still_open else [])
            first = pieces[0] if pieces and pieces[0].open == para.start else None
            if first is not None and (_TURN.match(text, first.start, first.end)
                                      or _stage_direction(text[first.start:first.end])
                                      or (text[first.open] == STRAIGHT) != (text[carry.open] == STRAIGHT)):
                # a transcript: each paragraph that opens with "NAME:" is a new turn, and a
                # "(CROSSTALK)" between turns is nobody's words; an excerpt opened with "
                # goes on only with " ('“It never …,” she said' after it is hers)
                first = None
            if first is None:
                out.append(carry)  # no continuation mark: the quote ended with its paragraph
            else:
                carry.segments.extend(first.segments)
                carry.end, carry.close = first.end, first.close
                if first is still_open:
                    still_open = carry  # open again at this paragraph's end: keep carrying
                else:
                    found.remove(first)
                    out.append(carry)
        out.extend(found)
        carry = still_open
    if carry is not None:
        out.append(carry)
    out.sort(key=lambda q: q.start)
    return out


# Labels that head notes to the reader, not turns of speech ("UPDATE: …", "CORRECTION: …").
_NOT_TURN_LABELS = frozenset({"UPDATE", "UPDATED", "CORRECTION", "CLARIFICATION", "NOTE", "EDITOR'S NOTE",
                              "EDITOR’S NOTE", "WATCH", "READ MORE", "RELATED", "VIDEO", "PHOTOS", "SOURCE",
                              "SOURCES", "BREAKING", "ALSO", "LISTEN", "SEE ALSO", "DISCLAIMER", "WARNING"})


def _unmarked_turns(article: Article) -> dict[int, int]:
    """The turns of an interview transcript written without quotation marks ("Q: Why …?" /
    "A: Because …", "NG: This study …"): the start of each paragraph opening with a speaker
    label → the start of the words after it, in an article where one label heads two such
    paragraphs or "Q:" and "A:" both do. A paragraph opening with a quotation mark is left
    to the marks."""
    text = article.text
    labelled: dict[int, str] = {}
    named: dict[int, str] = {}  # "Mara Finch: …", "Wikinews: …" — names written in lower case
    words_at: dict[int, int] = {}
    for para in article.paragraphs:
        if text[para.start:para.start + 1] in ALL_MARKS:
            continue
        m = _TURN.match(text, para.start, para.end)
        into = labelled
        if m is None:
            m, into = _NAME_TURN.match(text, para.start, para.end), named
            if m is None:
                continue
        label = m.group(1).rstrip(".").upper()
        if label in _NOT_TURN_LABELS or len(_WORD.findall(text[m.end():para.end])) < 3:
            continue
        into[para.start] = label
        words_at[para.start] = para.end - len(text[m.end():para.end].lstrip())
    labels = list(labelled.values())
    turns = set(labelled) if {"Q", "A"} <= set(labels) or any(
        labels.count(label) >= 2 and label not in ("Q", "A") for label in labels) else set()
    # names in lower case head turns only in an exchange: two of them, each on two paragraphs or more
    names = list(named.values())
    if len({label for label in names if names.count(label) >= 2}) >= 2:
        turns |= {start for start, label in named.items() if names.count(label) >= 2}
    return {start: words_at[start] for start in turns}


def _uses_single_quotes(text: str) -> bool:
    """British style quotes with ‘…’ and nests “…” inside: an article whose opening single
    marks (at a word's start, not "‘90s") outnumber its opening double marks."""
    if "‘" not in text:
        return False  # gated: most texts have no single mark, and the pattern's look-behind is slow
    singles = len(_SINGLE_OPEN.findall(text))
    return singles >= 2 and singles > sum(text.count(m) for m in "“„«") + text.count(STRAIGHT) // 2


_SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s(\[—–-]))‘(?!\d\ds\b)(?=\S)", re.M)


# What may stand before a ‘ that opens speech in an article written with double quotes:
# nothing (the paragraph's start), a colon ("Costa said: ‘…’") or a finished sentence
# ("‘It is over,’ she said. ‘We have won.’"), maybe behind a closing mark.
_SINGLE_LEAD = re.compile(r"[:.!?][’”\"]?\s*$")
# The words inside end as a clause does, glued to the closing mark: "…back down,’", "…Monday.’"
_SINGLE_TAIL = re.compile(r"\w[.,!?…]$")


def _single_pair_is_speech(text: str, start: int, i: int, end: int) -> bool:
    """A ‘…’ pair is a direct quote in an article that otherwise quotes with “…” (British
    news mixing both styles) on the evidence of the pair itself: the ‘ opens the paragraph or
    follows a colon or a finished sentence, its ’ closes after a clause's last punctuation
    (",’ said X", ".’"), and three words or more lie between. An apostrophe ("don’t",
    "’90s", "rock ’n’ roll") never closes (see _single_closes), and a ‘…’ nested inside
    “…” never reaches here: the scan is then inside the outer pair."""
    lead = text[max(start, i - 4):i]
    if text[start:i].strip() and not _SINGLE_LEAD.search(lead):
        return False
    close = text.find("’", i + 1, end)
    while close >= 0 and not _single_closes(text, close, end):
        close = text.find("’", close + 1, end)
    if close < 0:
        return False
    inside = text[i + 1:close]
    return bool(_SINGLE_TAIL.search(inside)) and len(_WORD.findall(inside)) >= 3


def _scan_paragraph(text: str, start: int, end: int, singles: bool = False,
                    nest_in_straight: bool = False) -> tuple[list[Quotation], Quotation | None]:
    found: list[Quotation] = []
    open_at: int | None = None
    opener = ""
    nested = 0  # “…“…”…”: double marks nested inside a double-quoted stretch
    run: list[Quotation] = []  # the earlier stretches of a run-on quotation ("A. "B.") still open
    skip_to = start

    def ended(q: Quotation | None) -> Quotation | None:
        """The stretch just ended, as the last piece of the run it ends (if any)."""
        if q is None or not run:
            return q
        first = run[0]
        segments = [seg for piece in run for seg in piece.segments] + q.segments
        run.clear()
        return Quotation(first.open, first.start, q.end, q.close, segments)
    for mark in _SCANNED_CHAR.finditer(text, start, end):
        i = mark.start()
        if i < skip_to:
            continue
        ch = text[i]
        if ch == "<":
            # Markup left in a plain text ('<tweet author="…" date="…">'): attribute values are
            # not quotations, and their marks must not pair with the text's own.
            tag = _TAG.match(text, i, end)
            if tag:
                skip_to = tag.end()
            continue
        if open_at is None:
            if ch in "“„«" or (ch == STRAIGHT and _opens(text, i, end)) or (ch == "»" and (_opens(text, i, end) or _spaced_german(text, i, end))) \
                    or (ch == "‘" and _SINGLE_OPEN.match(text, i)
                        and (singles or _single_pair_is_speech(text, start, i, end))):
                open_at, opener = i, ch
            continue
        if opener == "‘":  # inside single quotes, doubles are nested and apostrophes are words
            if ch == "’" and _single_closes(text, i, end):
                q = _make(text, open_at, i, closed=True)
                if q:
                    found.append(q)
                open_at = None
            continue
        if ch in "‘’":
            continue  # nested single quotes and apostrophes stay inside
        closes_pair = (opener == "„" and ch == "“") or (opener == "»" and ch == "«") or \
            (opener != "»" and ch in "”»") or ch == STRAIGHT and not (_opens(text, i, end) and not _closes(text, i, end))
        if opener == "“" and ch == "“" and _wrong_way_close(text, i, end):
            closes_pair = True  # "… 51 percent.“ When …": a closing mark typed the wrong way round
        if closes_pair and ch == "”" and nested:
            nested -= 1  # the end of a quotation inside this one
            continue
        if (opener == "“" or opener == STRAIGHT and nest_in_straight) and ch == "“" and not closes_pair \
                and _nests(text, i, end, opener):
            nested += 1  # “I’d sooner stay in what she calls “the swamp” than …”: one quote, not two
            continue
        if closes_pair:
            q = ended(_make(text, open_at, i, closed=True))
            if q:
                found.append(q)
            open_at = None
        elif _runs_on(text, open_at, i, ch, opener):
            # `“… for us. “But I'm delighted …”`: a new opening mark after a finished sentence,
            # with no closing mark before it, is the same speaker going on — across a paragraph
            # break, or one the scraper lost — and the two stretches are one quotation.
            piece = _make(text, open_at, i, closed=False)
            if piece:
                run.append(piece)
            open_at, opener = i, ch
        elif ch == STRAIGHT:
            # `…morning "But I'm …`: the open quote ended without a closing mark (and without
            # finishing a sentence), and this mark opens the next one.
            q = ended(_make(text, open_at, i, closed=False))
            if q:
                found.append(q)
            open_at, opener = i, ch
        elif ch in "“„«" or (ch == "»" and opener == "»"):
            run.clear()
            open_at, opener = i, ch  # a second opening mark restarts: the earlier one was a typo
    if open_at is not None:
        return found, ended(_make(text, open_at, end, closed=False))
    return found, None


# The end of a finished sentence, maybe behind a nested quotation's or a bracket's close.
_SENTENCE_DONE = re.compile(r"[.!?…][’'”)\]]*\s+$")


def _runs_on(text: str, open_at: int, i: int, ch: str, opener: str) -> bool:
    """The opening mark at `i` continues the quotation opened at `open_at` (no closing mark
    between): the same kind of mark (a straight one opening, not closing), after a finished
    sentence and a space. Standard typography — a quotation that runs over paragraphs opens
    each with a mark and closes only the last — and the gold set's convention since heldout17;
    PolNeAR's annotators, too, give a multi-paragraph quote one attribution. A mark after a
    closing one ("A." "B.") opens a quotation of its own and never gets here."""
    if ch == STRAIGHT:
        if opener != STRAIGHT:
            return False
    elif not (ch == opener and ch in "“„«"):
        return False
    return bool(_SENTENCE_DONE.search(text, max(open_at + 1, i - 8), i))


def _spaced_german(text: str, i: int, end: int) -> bool:
    """A » with a space after it opens German-style »…« ("» Wir kommen «, sagte sie") when
    the next guillemet in the paragraph is a « that closes: glued to the words before it, or
    followed by punctuation or the paragraph's end rather than by words. A « followed by words
    opens a French «…» instead, and a » before it closed an earlier one: not an opening."""
    after = text.find("«", i + 1, end)
    if after < 0 or "»" in text[i + 1:after] or not text[i + 1:after].strip():
        return False
    rest = text[after + 1:end].lstrip()
    return not text[after - 1].isspace() or not rest[:1].isalnum()


def _stage_direction(content: str) -> bool:
    """"(CROSSTALK)", "[applause]": a transcript's stage direction, not speech."""
    stripped = content.strip().rstrip(".")
    return stripped[:1] in "([" and stripped[-1:] in ")]"


_TAG = re.compile(r"</?[A-Za-z][\w-]*(?:\s[^<>]*)?/?>")


def _wrong_way_close(text: str, i: int, end: int) -> bool:
    """An opening “ glued to the word or full stop before it and followed by a space or the
    paragraph's end closes the open quotation: a typing slip ("… is 51 percent.“")."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < end else " "
    return not before.isspace() and before not in "([{—–-/" and (after.isspace() or after in ",.;:!?)")


def _nests(text: str, i: int, end: int, opener: str) -> bool:
    """A second opening “ inside an open “…” stretch nests a quotation when the paragraph
    still holds two closing marks for the two of them (else the first mark was a slip and the
    second restarts); inside a "…" stretch (a transcript paragraph opened with a straight
    mark) a “…” pair is nested when its closing mark follows."""
    rest = text[i + 1:end]
    return rest.count("”") - rest.count("“") >= (2 if opener == "“" else 1)


def _single_closes(text: str, i: int, end: int) -> bool:
    """A ’ closes a single-quoted stretch when glued to the text before it and not followed by
    a letter (that is an apostrophe: "don’t")."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < end else " "
    if before.isspace() or after.isalnum():
        return False
    if before in "sS" and text[i + 1:i + 3].strip()[:1].islower():
        # "the players’ fault": a plural possessive, when another closing mark follows
        later = text.find("’", i + 1, end)
        return later < 0 or not _single_closes(text, later, end)
    return True


def _opens(text: str, i: int, end: int) -> bool:
    """A straight quote opens when it is not glued to the word before and is followed by text."""
    after = text[i + 1] if i + 1 < end else " "
    before = text[i - 1] if i > 0 else " "
    return not after.isspace() and not (before.isalnum() and after in " ,.;:")


def _closes(text: str, i: int, end: int) -> bool:
    """A straight quote closes when glued to the text before it ("… did." or "…,"), or
    after a space that follows a nested quote's end ("… I'm a drummer' \", he recalled")."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < end else " "
    ends_nested = before == " " and i >= 2 and text[i - 2] in "'’" and (after in ",.;:!?" or after.isspace())
    return (not before.isspace() or ends_nested) and (after.isspace() or after in ",.;:!?)—–-")


def _make(text: str, open_at: int, close_at: int, closed: bool) -> Quotation | None:
    start, end = open_at + 1, close_at
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end - start < 1:
        return None
    return Quotation(open_at, start, end, close_at if closed else None, [(start, end)])


# ---------------------------------------------------------------------------- the parse

def _rstripped_end(text: str, offset: int) -> int:
    """len(text[:offset].rstrip()) without copying the text before `offset` (a quadratic
    cost over thousands of quotes in a long article)."""
    while offset > 0 and text[offset - 1].isspace():
        offset -= 1
    return offset


def _last_char_before(text: str, offset: int) -> str:
    """The last character of text[:offset].rstrip(), or "" when there is none."""
    end = _rstripped_end(text, offset)
    return text[end - 1] if end else ""


class TokenIndex:
    """Character offset → token lookups on a spaCy Doc."""

    def __init__(self, doc) -> None:
        self.doc = doc
        self._starts = arrays_of(doc).column_list("IDX") if len(doc) else []  # each token's t.idx

    def at(self, offset: int):
        return self.doc[self.index_at(offset)] if len(self.doc) else None

    def index_at(self, offset: int) -> int:
        """The index of the token `at(offset)` returns (0 for an empty doc)."""
        return max(0, bisect.bisect_right(self._starts, offset) - 1)

    def indices_between(self, start: int, end: int) -> range:
        """The indices of the tokens `between(start, end)` gives."""
        return range(bisect.bisect_left(self._starts, start), bisect.bisect_left(self._starts, end))

    def between(self, start: int, end: int):
        lo = bisect.bisect_left(self._starts, start)
        hi = bisect.bisect_left(self._starts, end)
        # An empty Span at the end of a Doc costs a pass over the whole text (spaCy measures
        # doc.text for its offset): hand back nothing instead.
        return self.doc[lo:hi] if lo < hi else ()


def is_cue(token) -> bool:
    lower = token.lower_  # read once: asked of every word of many sentences
    if lower in ("put", "puts") and token.i + 1 < len(token.doc) and token.nbor(1).lower_ == "it":
        return True  # "as the court's decision put it"
    if lower not in CUE_FORMS or not (token.tag_.startswith("VB") or token.pos_ in ("VERB", "AUX")):
        return False
    # "The strike was called by the union": a passive cue reports no speech, unless its
    # agent is a speaker ("he was told by the minister of “…”").
    children = list(token.children)
    if any(c.dep_ == "auxpass" for c in children):
        return token.lower_ in ("told", "described", "quoted") and any(c.dep_ == "agent" for c in children)
    if token.lower_.startswith("continu") and (any(c.dep_ == "xcomp" for c in children) or (
            token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "to")):
        return False  # "as the workforce continues to age": going on doing something, not speaking on
    return not _that_said(token)


def _that_said(token) -> bool:
    """"That said, …" / "This said, …" opening a sentence: a connective meaning "even so", not
    a report of what "that" said."""
    doc = token.doc
    if token.lower_ != "said" or token.i == 0 or token.i + 1 >= len(doc) or doc[token.i + 1].text != ",":
        return False
    before = doc[token.i - 1]
    return before.lower_ in ("that", "this") and (before.is_sent_start or before.i == 0
                                                  or doc[before.i - 1].text in (".", "\n", "\n\n", '"', "“", "”"))


def subject_of(verb, inside_quote=lambda token: False):
    """The grammatical subject of a cue verb, climbing through "…, adding", "stating that",
    "and added", or a gerund the parser took for a noun ("a statement … confirming, “…”")
    to the nearest verb that has one. Words inside a quote are the quoted person's, never
    the attribution: climbing passes over them."""
    for child in verb.children:  # "he was told by Emergencies Minister X of “…”"
        if child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return pobj
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and (verb.head.pos_ == "PROPN" or verb.head.lower_ in TITLE_WORDS
                                                       or verb.head.tag_ == "NNS" and can_speak(verb.head)) \
            and not inside_quote(verb.head):
        # "It quoted a spokesman for Atticus complaining that …": the spokesman; "with 40% of the
        # firms calling it a “…”": the firms, not the subject of the clause the phrase hangs on
        return verb.head
    if verb.tag_ == "VBG" and verb.dep_ in ("acl", "xcomp", "advcl") and verb.i > 0 \
            and verb.nbor(-1).pos_ == "PROPN" and verb.nbor(-1).ent_type_ == "PERSON" \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and not inside_quote(verb.nbor(-1)):
        return verb.nbor(-1)  # "footage of Mara Quint asking, …": the person named just before
    node = _past_a_relative_clause(verb)
    for step in range(8):
        # Past the cue itself, an infinitive's subject ("the need for Canada to reduce …,
        # stating") is not the speaker: keep climbing to the finite verb.
        infinitive = step > 0 and any(c.tag_ == "TO" for c in node.children)
        # "He said more weight should go to X, saying …": the parser hangs the participle
        # on the reported clause, whose subject is what was said, not who said it.
        reported = step > 0 and node.dep_ == "ccomp" and node.head.lower_ in CUE_FORMS and not inside_quote(node.head)
        if reported:
            node = node.head
            continue
        if not inside_quote(node) and not infinitive:
            subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass") and not inside_quote(c)] or [
                # "she did, after a pause, admit …": the parser may hang the subject on the auxiliary
                subject for aux in node.children if aux.dep_ == "aux" for subject in aux.children
                if subject.dep_ in ("nsubj", "nsubjpass") and not inside_quote(subject)]
            if subjects:
                # "Member of parliament (MP) Tobin Ashgrove said": two subjects; the name wins.
                return max(subjects, key=lambda t: (t.pos_ == "PROPN", t.i))
        if node.dep_ == "csubj" and node.head.lower_ in ("am", "pm") and node.doc[node.head.i - 1].tag_ == "CD":
            # "posting at 10:54 am on Twitter, “…”": the parser takes the clock's "am" for a verb
            # with the participle as its subject; the participle's speaker is past it
            node = node.head
            continue
        # The root is its own head by index (Tokens are made anew on each access: `is` never holds).
        if (node.dep_ not in _CLIMB and not inside_quote(node)) or node.head.i == node.i:
            break
        node = node.head
    # Inverted attribution: "…,” said Ruth Abernathy." The parser may call her an object.
    # Never a gerund's object or a phrasal verb's ("by calling out Tom Brill for his “lies”"),
    # nor an infinitive's ("the reason to call the system Rocky: “…”" names no speaker).
    if verb.tag_ == "VBG" or any(c.dep_ == "prt" or c.tag_ == "TO" for c in verb.children):
        return None
    k = verb.i - 1
    while k >= 0 and (verb.doc[k].dep_ in ("advmod", "aux") or verb.doc[k].is_space):
        k -= 1
    if k >= 0 and not verb.doc[k].is_punct:
        return None  # the verb opens no clause after a quote: "the “fake” Ann Lee attacked Tom Vale"
    if k >= 0 and verb.doc[k].text in ("-", "–", "—"):
        return None  # "… - Introduce laws to …": an item of a list, an imperative with its object
    for child in verb.children:
        if child.dep_ in ("dobj", "attr", "npadvmod", "oprd", "dative") and child.i > verb.i \
                and child.pos_ in ("PROPN", "NOUN", "PRON") and can_speak(child) and child.lower_ not in _OBJECT_CASE \
                and not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in child.children):
            # not "X and Y call them “…” and describe their acts as …" with the subject lost:
            # "them" and "their acts" are what is spoken of
            return child
    return None


_OBJECT_CASE = frozenset({"them", "him", "us", "me", "whom"})


def _an_age(token) -> bool:
    """The "old" of "the 20-year-old" / "the twenty-year-old"."""
    doc = token.doc
    return token.lower_ == "old" and token.i >= 4 and doc[token.i - 1].text == "-" == doc[token.i - 3].text \
        and doc[token.i - 2].lower_ in ("year", "years") and doc[token.i - 4].like_num


_RELATIVE_WORDS = frozenset("where when who which whom".split())
_ASIDE_PUNCT = frozenset({",", "-", "—", "–"})


def _past_a_relative_clause(verb):
    """"Marchers passed the hall, where the council met, while chanting “…”": a participle with
    no subject of its own, set off after a relative clause, tells what the main clause's
    subject did; the parser hangs it on the relative clause's verb. Returns where to start
    looking for the subject: that clause's head, or the verb itself."""
    head = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or head.i >= verb.i \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return verb
    relative = head.dep_ == "relcl" or any(c.lower_ in _RELATIVE_WORDS and c.i < head.i for c in head.children)
    set_off = any(t.text in _ASIDE_PUNCT for t in verb.doc[head.i + 1:verb.i])
    if relative and set_off and head.dep_ in ("relcl", "advcl") and head.head.i != head.i:
        return head.head
    return verb


def can_speak(token) -> bool:
    """A day, a time phrase, a number or an object never speaks: "…,” X said Monday." is not
    Monday's quote, and "said a job" names no speaker."""
    if token.ent_type_ in _NOT_SPEAKER_ENTITIES or token.lower_ in NON_SPEAKERS:
        return False
    if token.pos_ == "PRON" and token.lower_ in _DEMONSTRATIVES:
        return False  # "this would answer …", "that would leave …": a thing or a claim, never a person
    return not (token.pos_ == "NOUN" and token.lemma_.lower() in NON_SPEAKERS)


# Singular demonstratives stand for a thing or a statement; "these"/"those" may be people ("those
# who attended said") and stay.
_DEMONSTRATIVES = frozenset({"this", "that"})


_NOT_SPEAKER_ENTITIES = frozenset({"DATE", "TIME", "ORDINAL", "MONEY", "QUANTITY"})
# Figures that speak only with the people they count ("63 percent of voters said"; issue 18 item 9).
_COUNTED_ENTITIES = frozenset({"PERCENT", "CARDINAL", "QUANTITY", "MONEY"})
_FRACTIONS = frozenset("half halves third thirds quarter quarters fifth fifths tenth tenths".split())


def _a_figure(token) -> bool:
    """A percentage, amount or quantity, or a count in digits or a fraction ("1,200", "two
    thirds") — but not "One, who asked not to be named", a person counted in words."""
    if token.ent_type_ in ("PERCENT", "QUANTITY", "MONEY"):
        return True
    return token.ent_type_ == "CARDINAL" and (any(ch.isdigit() for ch in token.text) or token.lower_ in _FRACTIONS)


_CLIMB = frozenset({"advcl", "xcomp", "conj", "pcomp", "acl", "prep", "pobj", "dobj", "compound"})


# ---------------------------------------------------------------------------- extraction

class QuoteExtractor:
    def __init__(self, article: Article, doc, token_actor: dict[int, str],
                 actor_types: dict[str, str], mention_text: dict[int, tuple[int, int]],
                 role_holders: dict[str, list[tuple[str, str, int]]] | None = None) -> None:
        self._role_holders = role_holders or {}  # role head word ("minister") → (role, person id, offset)
        self.article = article
        self.text = article.text
        self.doc = doc
        # The parsed text is article.text[:analysed_chars] (all of it unless very long).
        self.analysed_chars = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
        self.tokens = TokenIndex(doc)
        self.token_actor = token_actor
        self.actor_types = actor_types
        self._mention_span = mention_text  # token index → (start, end) of its whole mention
        self._last_term_end: int | None = None  # where the last quoted *term* ended ("the terms “A”")
        self._last_as = None  # (end, (verb, subject)) of the last quote characterising "as “…”"
        self._speech_end = -1  # where the last direct quote found so far ends
        self._few_words_unsaid: set[int] = set()  # starts of 1–3 quoted words with no cue near
        # The last body (organisation, or an unnamed "committee") that spoke, and in which paragraph:
        # an unresolved "it" or "they" nearby is that body.
        self._last_body_speaker: Speaker | None = None
        self._last_body_para = -9
        # The last person who spoke unnamed ("the chief executive of a car maker told …") and
        # in which paragraph: a "he" or "she" nothing else resolves is that person.
        self._last_unnamed_person: tuple[Speaker, int] | None = None
        # pronouns whose speaker is the unnamed description they stand for (see `_speaker_from`):
        # like an unresolved pronoun, such a speaker yields to one named on the quote's other side
        self._described_by_pronoun: set[int] = set()
        self._actors_by_word: dict[str, set[str]] | None = None  # lower-case word → actors it names
        self._most_named: str | None = None
        self._descriptions = DescribedPeople(doc, token_actor, actor_types, self._role_holders, self._in_quote,
                                             article.paragraph_at)

    def extract(self) -> list[Quote]:
        # Past the analysed part of a very long article nothing is parsed: quotes there would
        # all hang on the last parsed token (and cost a pass each), so none are reported.
        quotations = [q for q in find_quotations(self.article) if q.end <= self.analysed_chars]
        self._quoted = [(q.start, q.end) for q in quotations]
        self._quoted_starts = [start for start, _ in self._quoted]
        self.pronouns = PronounResolver(self.doc, self.token_actor, self.actor_types, self._in_quote,
                                        self._person_described)
        direct = self._direct(quotations)
        direct = self._echoes(quotations, direct)
        reported = self._reported(direct)
        quotes = sorted(direct + reported, key=lambda q: (q.start, q.kind))
        return [_with_id(q, f"q{i + 1}") for i, q in enumerate(quotes)]

    # ------------------------------------------------------------------ direct quotes
    def _direct(self, quotations: list[Quotation]) -> list[Quote]:
        out: list[Quote] = []
        previous: Quote | None = None
        for q in quotations:
            partial = self._is_partial(q)
            if not self._is_speech(q, partial):
                continue
            # A transcript label ("NAME: …") or a dash line ("“…” — Name") names the speaker
            # outright; otherwise the cue verbs around the quote decide.
            speaker, cue, how = self._label(q) or self._dash(q) or self.speaker_of(q, partial)
            # "“…,” one said.": someone, not the last speaker; nor is "»…«, sagte Jan Weber" (a cue
            # in a language the rules don't read before a person's name)
            unnamed = speaker.text is None and (cue is not None or self._person_follows(q))
            # No cue of its own: the narrative sentence just before it names who is speaking
            # ("Verroken … insists the Blues were right. “Chelsea are saying …”"); failing that,
            # the quote continues the previous one.
            if speaker.text is None and not partial and not unnamed and previous is not None and previous.speaker.text \
                    and self._continues(previous, q) and self._attribution_just_before(previous, q):
                # “…,” said X, a broker who met Y. “…”: the attribution of the quote before is
                # the sentence before; its speaker goes on.
                speaker, cue, how = previous.speaker, None, "running"
            if speaker.text is None and partial and not unnamed:
                speaker = self._free_indirect(q) or UNKNOWN_SPEAKER
                how = "context" if speaker.text else None
            turn = None
            if speaker.text is None and not partial and not unnamed and not self._names_a_thing(q):
                speaker = self._previous_sentence_speaker(q)
                how = "context" if speaker.text else None
                if speaker.text is None and previous is not None:
                    turn = self._turn(previous, q)  # "Reyes shot back at Brill. “That is false.”"
                    if turn is not None and turn.text:
                        speaker, how = turn, "context"
                if previous is not None and speaker.text and speaker.actor_id == previous.speaker.actor_id \
                        and self._continues(previous, q):
                    speaker, cue, how = previous.speaker, None, "running"  # the same speaker goes on
            if speaker.text is None and previous is not None and previous.speaker.text is not None \
                    and self._continues(previous, q) and turn is None and not unnamed:
                speaker, cue, how = previous.speaker, None, "running"
            if speaker.text is None and len(_WORD.findall(self.text[q.start:q.end])) <= 2 \
                    and not self._opens_a_quote_clause(q):
                continue  # “Forward” is in italics: a word being discussed, not speech
            speaker = _trimmed(speaker)
            self.pronouns.add_speaker(q.text_end, speaker.actor_id)
            if speaker.text and speaker.actor_id is None and self._unnamed_person(speaker):
                self._last_unnamed_person = speaker, self.article.paragraph_at(q.open)
            if speaker.text and speaker.text.lower() not in PERSON_PRONOUNS | GROUP_PRONOUNS \
                    and self.actor_types.get(speaker.actor_id) in (None, "organisation", "group"):
                self._last_body_speaker, self._last_body_para = speaker, self.article.paragraph_at(q.open)
            quote = Quote(
                id="", start=q.start, end=q.end, text=self.text[q.start:q.end], kind="direct",
                partial=partial, speaker=speaker, cue=cue, sentence=self._sentence_range(q.start, q.end),
                segments=tuple(q.segments), how=how if speaker.text else None,
            )
            out.append(quote)
            previous = quote
            self._speech_end = quote.end
        return out

    def _echoes(self, quotations: list[Quotation], direct: list[Quote]) -> list[Quote]:
        """A word or two quoted in the narration with no cue of its own ("only has a “slim”
        chance") that a direct quote in the same or a neighbouring paragraph says in full ("The
        chances … are very slim," said the coach) are that quote's speaker's words: news leads
        quote a word ahead of — or after — the sentence it comes from. On the gold set's
        1–3-word stretches echoed by a longer quote nearby, 9 of 11 are partial quotes of that
        speaker; the other two follow "the word", which is no speech and never gets here."""
        found = {(q.start, q.end) for q in direct}
        long_quotes = [(q, {w.lower() for w in _WORD.findall(q.text)}, q.text.lower()) for q in direct
                       if q.speaker.text and not q.partial and len(_WORD.findall(q.text)) >= 5]
        added = []
        for q in quotations:
            if (q.start, q.end) in found or q.start not in self._few_words_unsaid:
                continue
            words = _WORD.findall(self.text[q.start:q.end])
            if all(w[0].isupper() or w[0].isdigit() for w in words) or self._names_a_thing_before(q):
                continue  # a title or a name (“13th.”), a term naming a thing (the “sex tape” reference)
            words = [w.lower() for w in words]
            para = self.article.paragraph_at(q.open)
            pattern = re.compile(r"\b" + r"\W+".join(re.escape(w) for w in words) + r"\b")
            for other, vocabulary, lower in sorted(long_quotes, key=lambda x: abs(x[0].start - q.start)):
                if abs(self.article.paragraph_at(other.start) - para) > 1 or not set(words) <= vocabulary \
                        or not pattern.search(lower):
                    continue
                added.append(Quote(
                    id="", start=q.start, end=q.end, text=self.text[q.start:q.end], kind="direct", partial=True,
                    speaker=other.speaker, cue=None, sentence=self._sentence_range(q.start, q.end),
                    segments=tuple(q.segments), how="context"))
                break
        return sorted(direct + added, key=lambda q: q.start) if added else direct

    def _names_a_thing_before(self, q: Quotation) -> bool:
        """The quoted words modify a noun after them as a noun would ("the “sex tape”
        reference"): a term for a thing, not a description in the speaker's words ("a “slim”
        chance", an adjective)."""
        inside = self.tokens.at(q.start)
        while inside.head.i != inside.i and self._in_quote(inside.head.idx):
            inside = inside.head
        return inside.dep_ in ("compound", "nmod") and not self._in_quote(inside.head.idx) \
            and inside.pos_ in ("NOUN", "PROPN")

    # ------------------------------------------------------------------ labels and dashes
    def _label(self, q: Quotation):
        """A transcript turn or a round-up label names the speaker without a verb:
        “WALLACE: …”, PENCE: “…”, “Jo Park, Harbour Ledger: “…””, “Q: …”/“A: …”, or a
        paragraph that is only the quote after a line ending in a colon ("And from Mayor X:")."""
        content = self.text[q.start:q.end]
        para = self.article.paragraphs[self.article.paragraph_at(q.open)]
        if q.close is None and q.open < q.start and self.text[q.open] not in ALL_MARKS:
            # an unmarked turn: its label stands before its words
            m = _TURN.match(self.text, q.open, q.start) or _NAME_TURN.match(self.text, q.open, q.start)
            if m:
                return self._label_speaker(m.start(1), m.end(1))
        m = _TURN.match(content) or (_NAME_TURN.match(content) if q.close is None and q.open == q.start else None)
        if m:
            return self._label_speaker(q.start + m.start(1), q.start + m.end(1))
        prefix = self.text[para.start:q.open]
        inverted = _INVERTED_CUE.search(prefix)
        if inverted:  # "Said Marlow: “…”"
            found = self._label_speaker(para.start + inverted.start(2), para.start + inverted.end(2))
            if found is not None:
                return found[0], inverted.group(1), "cue-before"
        if prefix.rstrip().endswith(":") and 0 < len(prefix.split()) <= 8 and not self._has_verb(para.start, q.open):
            end = para.start + len(prefix.rstrip()) - 1
            comma = self.text.find(",", para.start, end)
            return self._label_speaker(para.start, comma if comma > 0 else end)
        if q.open == para.start and self.article.paragraph_at(q.open) > 0:
            lead = self.article.paragraphs[self.article.paragraph_at(q.open) - 1]
            line = self.text[lead.start:lead.end].rstrip()
            if line.endswith(":") and len(line.split()) <= 25 and not self._in_quote(lead.end - 1):
                found = self._lead_line(lead.start, lead.start + len(line) - 1, q)
                if found is not None:
                    return found
        return None

    def _has_verb(self, start: int, end: int) -> bool:
        """A verb between the offsets — not a participle that qualifies a noun ("Retired teacher
        Tom Vale:", "Leading harbour pilot Ann Lee:" label a speaker)."""
        return any(t.pos_ in ("VERB", "AUX") and not t.is_punct and t.dep_ not in ("amod", "compound")
                   for t in self.tokens.between(start, end))

    def _lead_line(self, start: int, end: int, q: Quotation):
        """The paragraph before a quote ends with a colon: its cue and subject, or else the
        last name in it ("And from Chairwoman Imelda Brockhurst:")."""
        tokens = [t for t in self.tokens.between(start, end) if not t.is_space]
        for token in reversed(tokens):
            if is_cue(token):
                subject = self._subject(token)
                if subject is not None and subject.i >= tokens[0].i:
                    speaker = self._speaker_from(subject, token)
                    if speaker.text:
                        return speaker, token.text, "pronoun" if subject.lower_ in PERSON_PRONOUNS else "colon"
        introduced = self._colon_introduction(tokens) if tokens else None
        if introduced is not None and (introduced[1].i in self.token_actor or introduced[1].lower_ in PERSON_PRONOUNS) \
                and self._after(q) is None:
            # "On Monday, Sanders made the following comment:" — unless the quote has its own
            # cue ('Her delight is recorded in detail: “Here he comes,” she said.')
            verb, subject = introduced
            speaker = self._speaker_from(subject, verb)
            if speaker.text:
                return speaker, None, "pronoun" if subject.lower_ in PERSON_PRONOUNS else "colon"
        if self._has_verb(start, end):
            return None  # "The result was clear:" — narration, not a label
        for token in reversed(tokens):
            actor = self.token_actor.get(token.i)
            if actor and self.actor_types.get(actor) in ("person", "organisation"):
                s, e = self._mention_span.get(token.i, (token.idx, token.idx + len(token.text)))
                return Speaker(self.text[s:e], actor, s, e), None, "label"
        return None

    def _label_speaker(self, start: int, end: int):
        """A label's words as the speaker, joined to the actor they name ("PENCE" → Mike Pence)."""
        while end > start and not self.text[end - 1].isalnum() and self.text[end - 1] not in ".)":
            end -= 1
        while start < end and self.text[start] in "-–—•*·> \t":
            start += 1  # a list's bullet: "- Harbour boss Ann Lee: “…”"
        words = self.text[start:end]
        if not words or len(words.split()) > 6 or not words[0].isupper():
            return None
        if words.upper() in ("Q", "QUESTION"):
            return Speaker(words, None, start, end), None, "label"
        if words.upper() in ("A", "ANSWER"):
            actor = self._interviewee()
            return Speaker(words, actor, start, end), None, "label"
        tokens = [t for t in self.tokens.between(start, end) if not t.is_space]
        named = [self.token_actor.get(t.i) for t in tokens]
        for kind in ("person", "organisation"):  # "Harbour boss Ann Lee" is Ann Lee, not the club
            actor = next((a for a in named if a and self.actor_types.get(a) == kind), None)
            if actor:
                return Speaker(words, actor, start, end), None, "label"
        last = tokens[-1] if tokens else None
        if last is not None and last.is_lower and last.pos_ == "NOUN" and not (
                last.lower_ in TITLE_WORDS or last.lower_ in OCCUPATIONS or last.lower_ in BODY_WORDS
                or _one_person(last.lower_) or _names_people(last)):
            return None  # "The result: “…”" heads what follows; no one is named
        return Speaker(words, self._actor_named(words), start, end), None, "label"

    def _actor_named(self, words: str) -> str | None:
        """The actor a bare name refers to ("PENCE", "Ms Reyes"): a mention with the same last word."""
        if self._actors_by_word is None:  # built once: a transcript has a label on every turn
            self._actors_by_word = {}
            for i, actor in self.token_actor.items():
                if self.actor_types.get(actor) in ("person", "organisation"):
                    self._actors_by_word.setdefault(self.doc[i].lower_, set()).add(actor)
        found = self._actors_by_word.get(words.split()[-1].strip(".,").lower(), set())
        return next(iter(found)) if len(found) == 1 else None

    def _interviewee(self) -> str | None:
        """In a Q-and-A transcript "A:" is the person interviewed: the person named most often."""
        if self._most_named is None:
            counts: dict[str, int] = {}
            for i, actor in self.token_actor.items():
                if self.actor_types.get(actor) == "person" and not self._in_quote(self.doc[i].idx):
                    counts[actor] = counts.get(actor, 0) + 1
            self._most_named = max(counts, key=lambda a: (counts[a], a)) if counts else ""
        return self._most_named or None

    def _dash(self, q: Quotation):
        """“…” — Deputy Mayor Lin Osei: a short line after a dash, ending the paragraph (or the
        next paragraph when the quote fills its own), is the quote's byline."""
        if q.close is None:
            return None
        para = self.article.paragraphs[self.article.paragraph_at(q.close)]
        start, end = q.close + 1, para.end
        if not self.text[start:end].strip() and self.article.paragraph_at(q.close) + 1 < len(self.article.paragraphs):
            following = self.article.paragraphs[self.article.paragraph_at(q.close) + 1]
            start, end = following.start, following.end  # a pull quote's byline on its own line
        m = _DASH_BYLINE.match(self.text, start, end)
        if not m and q.open == para.start:
            # “…” And that is all he has “…” ― Name: in a round-up the byline that ends the
            # paragraph signs every quote in it
            m = _LAST_DASH_BYLINE.search(self.text, q.close, end)
        if not m:
            return None
        start = m.end()
        tail = self.text[start:end]
        if len(tail.split()) > 14 or any(mark in tail for mark in ALL_MARKS):
            return None
        tokens = [t for t in self.tokens.between(start, end) if not t.is_space]
        # The name: the capitalised words before a comma ("Jo Park, ferry user"), as a whole
        # even where the entity recogniser tagged only part of it.
        cut = next((i for i, t in enumerate(tokens) if t.text in ",(;:" or (t.text == "." and i == len(tokens) - 1)),
                   len(tokens))
        name = tokens[:cut]
        while len(name) > 2 and name[0].lower_ in TITLE_WORDS:
            name = name[1:]  # "Deputy Mayor Lin Osei": the name, not the office
        if name and all(t.text[0].isupper() for t in name if t.is_alpha) and any(t.pos_ == "PROPN" for t in name):
            s, e = name[0].idx, name[-1].idx + len(name[-1].text)
            actor = self.token_actor.get(name[-1].i)
            if actor is None or self.actor_types.get(actor) not in ("person", "organisation", "group"):
                actor = self._actor_named(self.text[s:e])
            return Speaker(self.text[s:e], actor, s, e), None, "dash"
        for t in tokens:  # "— Deputy Mayor of Tarn Lin Osei": a mention further in
            actor = self.token_actor.get(t.i)
            if actor and self.actor_types.get(actor) in ("person", "organisation", "group"):
                s, e = self._mention_span.get(t.i, (t.idx, t.idx + len(t.text)))
                return Speaker(self.text[s:e], actor, s, e), None, "dash"
        return None

    def _is_partial(self, q: Quotation) -> bool:
        before = _last_char_before(self.text, q.open)
        para_start = self.article.paragraphs[self.article.paragraph_at(q.open)].start
        if q.open <= para_start or not before or before in _SENTENCE_END + ":" + ALL_MARKS:
            return False
        first = self.text[q.start]
        content = self.text[q.start:q.end]
        if before in ",—–-(" and first.isupper():
            return False
        # "…said that “The leaders …”": a whole sentence quoted after "that" is not partial.
        return not (first.isupper() and len(_WORD.findall(content)) >= 8 and content.rstrip()[-1:] in ".!?")

    def _is_speech(self, q: Quotation, partial: bool) -> bool:
        """Scare quotes and titles are not speech: “Learning Together” programme, so-called “reform”."""
        content = self.text[q.start:q.end]
        words = _WORD.findall(content)
        if not words:
            return False
        before = self.text[max(0, q.open - 30):q.open]
        if content.rstrip().endswith("?") and _ASKS.search(before) and not self._asked_by_someone(q):
            return False  # 'the question, "Has this person lived here …?"': a form's wording, not speech
        if _CASE_NAME.search(content):
            return False  # a court case's name: "Ortiz v. Harbour Board"
        if _stage_direction(content):
            return False
        if _WORK_BEFORE.search(before) and len(words) <= 10 and not content.rstrip().endswith((".", "!")) \
                and self._after(q) is None:
            # 'Ada Lind's column, "Tell your story," is …', 'the song "Harbour Lights"': a title
            # (but 'In his book, "The sea wins," he wrote' quotes the book)
            return False
        if _TERM.search(before) or _SAYING.search(before) or self._follows_term(q):
            self._last_term_end = q.text_end
            return False
        if self._written_on_something(q) or self._gloss(q):
            return False
        title_case = all(w[0].isupper() or w[0].isdigit() or w.lower() in ("of", "and", "the", "a", "in", "for", "to", "on")
                         for w in words)
        if _NAMING.search(before) and (title_case or len(words) <= 3 or re.search(r"so.called", before, re.I)) \
                and not (partial and self._called(q) is not None):
            self._last_term_end = q.text_end  # and "dubbed “Otoku” or “bargain”": both names
            return False
        if title_case and partial and len(words) <= 6 and (not content.rstrip().endswith(("!", "?", ".", ","))
                                                           or _BEFORE_A_TITLE.search(before)):
            return False  # a title or a name inside a sentence: the “Learning Together” programme, on X's “Early Show.”
        if partial and len(words) <= 3:  # a few words are speech only next to a cue
            if self._characterised_as(q) is not None or self._speech_noun(q) is not None \
                    or self._embedded(q) is not None or self._source_text(q) is not None \
                    or self._free_indirect(q) is not None:
                return True
            self._few_words_unsaid.add(q.start)  # unless a quote nearby says them (_echoes)
            return False
        return True

    def _asked_by_someone(self, q: Quotation) -> bool:
        """"Writer Ada Roe asked of the war: “How do you sleep?”": a person (or a body) asking in
        the active voice is speaking — unlike a form's or a ballot's question, or people who "were
        asked"."""
        found = self._before(q)
        if found is None or not hasattr(found[0], "dep_") or found[0].lower_ not in ("ask", "asks", "asked", "asking") \
                or any(c.dep_ in ("nsubjpass", "auxpass") for c in found[0].children):
            return False
        speaker = self._speaker_from(found[1], found[0])
        return self.actor_types.get(speaker.actor_id) in ("person", "organisation", "group")

    def _written_on_something(self, q: Quotation) -> bool:
        """'a banner saying "put it to the people"', '"Danny Pike for PM" sign': writing on a
        placard or a poster is not somebody's speech."""
        before = self.text[max(0, q.open - 70):q.open + 1]
        return bool(_WRITING_BEFORE.search(before) or _WRITING_AFTER.match(self.text[q.text_end - 1:q.text_end + 20]))

    def _gloss(self, q: Quotation) -> bool:
        """'an anti-Brexit ("British exit") march': a short gloss or translation in brackets."""
        opens = _last_char_before(self.text, q.open) == "("
        closes = self.text[q.text_end:q.text_end + 3].lstrip().startswith(")")
        return opens and closes and len(_WORD.findall(self.text[q.start:q.end])) <= 5

    def _follows_term(self, q: Quotation) -> bool:
        """The second of "the terms “A” and “B”"."""
        last = self._last_term_end
        return last is not None and last <= q.open and bool(
            re.fullmatch(r"[\s,]*(?:and|or)?\s*", self.text[last:q.open]))

    def _previous_sentence_speaker(self, q: Quotation) -> Speaker:
        """"He said reform needed advocates. “It was pointed out to me …”": a quote that opens a
        sentence with no cue of its own continues whoever spoke in the sentence before."""
        sentences = arrays_of(self.doc)  # Token.sent builds two Spans on each call
        sentence = sentences.sent(self.tokens.index_at(q.open))
        if sentence.start == 0:
            return UNKNOWN_SPEAKER
        previous = sentences.sent(sentence.start - 1)
        if previous.start > 0 and all(t.is_space for t in previous):
            previous = sentences.sent(previous.start - 1)
        if self.article.paragraph_at(previous.start_char) < self.article.paragraph_at(q.open) - 1:
            return UNKNOWN_SPEAKER
        # The sentence's own report first ("The Greens, he said, can fix rents without asking
        # voters …": "he said", not "asking", whose subject is the Greens); a cue after a
        # preposition ("without asking", "by telling") reports nothing about the next quote.
        # Nor does a cue in an aside opened by "as" ("…, as Ann Lee once declared?"): it recalls
        # what someone said, it does not give them the turn.
        cues = [t for t in previous if is_cue(t) and not self._in_quote(t.idx) and t.dep_ != "pcomp"
                and not any(c.dep_ == "mark" and c.lower_ == "as" for c in t.children)]
        cues.sort(key=lambda t: (t.dep_ in ("ROOT", "parataxis"), t.i))
        for token in reversed(cues):
            subject = self._subject(token)
            if subject is not None:
                speaker = self._speaker_from(subject, token)
                if speaker.actor_id:
                    return speaker
        introduced = self._introduced(previous, q)
        return introduced if introduced.text else self._reacting(previous, q)

    def _free_indirect(self, q: Quotation) -> Speaker | None:
        """"“…,” he said. Low unemployment meant there was less “panic” about migrants.": a
        word quoted in a sentence with no cue of its own, right after a sentence that reports
        someone's words, is a word of that report — the speaker's. None when the quote's
        sentence has a cue, names a person or a body or says "he", "she", "they" (it tells what
        someone did), uses the quote as a term ("a “yes” vote", "the calculation of “road
        load”"), explains a term it quotes ("is “lag”, in which …", "proposes “control orders”,
        which …"), or follows no report in its paragraph (or the one before, when it opens its own
        and is more than three words long)."""
        if len(_WORD.findall(self.text[q.start:q.end])) <= 3 and _DEFINED.match(self.text, q.text_end):
            return None
        inside = self.tokens.at(q.start)
        while inside.head.i != inside.i and self._in_quote(inside.head.idx):
            inside = inside.head  # the quote's own head word
        if inside.dep_ in ("compound", "amod", "nmod", "poss") and not self._in_quote(inside.head.idx) \
                or inside.dep_ == "pobj" and inside.head.lower_ == "of":
            return None
        paragraph = self.article.paragraphs[self.article.paragraph_at(q.open)]
        start = self._narration_start(paragraph.start, q.open)
        # to the end of the sentence as the parser has it, which knows "Sen." is no sentence end
        after = self.tokens.at(min(q.text_end, paragraph.end - 1))
        end = min(paragraph.end, max(after.sent.end_char, self._narration_end(q.text_end, paragraph.end)))
        for t in self.tokens.between(start, end):
            if self._in_quote(t.idx) or t.idx >= q.open and t.idx < q.text_end:
                continue
            actor = self.token_actor.get(t.i)
            if is_cue(t) or t.lower_ in PERSON_PRONOUNS | {"they", "we", "i"} \
                    or t.pos_ == "NOUN" and (_one_person(t.lower_) or t.lower_ in TITLE_WORDS) \
                    or actor is not None and self.actor_types.get(actor) in ("person", "organisation", "group"):
                return None
        if start > paragraph.start:
            before_start = self._narration_start(paragraph.start, start - 1)
        elif len(_WORD.findall(self.text[q.start:q.end])) <= 3:
            return None  # a few words are a report's only in its paragraph: past a break the narration moved on
        elif self.article.paragraph_at(q.open) > 0:
            before = self.article.paragraphs[self.article.paragraph_at(q.open) - 1]
            before_start = self._narration_start(before.start, before.end)
        else:
            return None
        previous = [t for t in self.tokens.between(before_start, start) if not self._in_quote(t.idx)]
        cues = [t for t in previous if is_cue(t) and t.dep_ != "pcomp"]
        cues.sort(key=lambda t: (t.dep_ in ("ROOT", "parataxis"), t.i))
        for cue in reversed(cues):
            who = self._subject(cue)
            if who is None:
                continue
            return self._a_source_named(self._speaker_from(who, cue), who)
        # "According to the lawsuit, the fire started on set. The flames were to “look like …”":
        # a source the sentence before names with "according to" is a report's too
        according = self._according_to(previous)
        if according is not None and not cues:
            return self._a_source_named(self._speaker_from(according[1], according[0]), according[1])
        return None

    def _a_source_named(self, speaker: Speaker, head) -> Speaker | None:
        """The speaker a report names, when it is an actor or a text ("the lawsuit"); an unnamed
        person or group ("a man said") is no one a later quote can be given to."""
        if speaker.actor_id is not None or speaker.text and self._speaker_head(head).lower_ in WORDING_TEXTS:
            return speaker
        return None

    def _narration_start(self, floor: int, offset: int) -> int:
        """Where the sentence holding `offset` starts, by its characters: past the last ". ",
        "! " or "? " before it outside quotes (the parser's sentences split inside quotes)."""
        k = offset - 1
        while k > floor:
            if self.text[k - 1] in _SENTENCE_END and self.text[k].isspace() and not self._in_quote(k - 1):
                return k
            k -= 1
        return floor

    def _narration_end(self, offset: int, ceiling: int) -> int:
        k = offset
        while k < ceiling:
            if self.text[k] in _SENTENCE_END and not self._in_quote(k):
                return k + 1
            k += 1
        return ceiling

    def _introduced(self, sentence, q: Quotation) -> Speaker:
        """"Harbour master Alice Moreno walked reporters round the pier. “The ferries will sail
        by noon.”": a quote with no cue that goes on the paragraph of a sentence about a person
        (its main clause's subject) is that person's. UNKNOWN_SPEAKER when the sentence is in
        another paragraph, or its subject is no person."""
        paragraph = self.article.paragraphs[self.article.paragraph_at(q.open)]
        if not paragraph.start <= sentence.start_char or self._speech_end > paragraph.start:
            return UNKNOWN_SPEAKER  # another paragraph, or one whose speaker an earlier quote gave
        root = sentence.root
        if root.pos_ == "PROPN":  # "Senator X named housing …" parsed as a name with a participle
            verb = next((c for c in root.children if c.dep_ == "acl" and c.tag_ in ("VBD", "VBZ")), None)
            root, subject = (verb, root) if verb is not None else (root, None)
        else:
            subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and not self._in_quote(c.idx)),
                           None)
        if root.pos_ not in ("VERB", "AUX") or self._in_quote(root.idx) or root.lower_ in _STATE_VERBS:
            return UNKNOWN_SPEAKER  # "X looks certain to play": said of X, not handing X the word
        if subject is None or subject.dep_ == "nsubjpass":
            return UNKNOWN_SPEAKER  # "Ada Lind was arrested on Monday": what happened to her, not her turn
        speaker = self._speaker_from(subject, root)
        if self.actor_types.get(speaker.actor_id) != "person":
            return UNKNOWN_SPEAKER
        surname = self.text[speaker.start:speaker.end].split()[-1]
        if re.search(rf"\b{re.escape(surname)}\b", self.text[q.start:q.end]):
            return UNKNOWN_SPEAKER  # the quote names them: someone speaking about them
        return speaker

    def _reacting(self, sentence, q: Quotation) -> Speaker:
        """"The hosts picked up two yellow cards, leaving coach Ed Marsh unimpressed. “One was
        harsh.”": a quote with no cue right after a sentence that tells how one person took
        something (unimpressed, delighted, furious …) is that person's reaction. The sentence
        must name that one person and no other (nor "he" or "she"), and no quote may come
        between; else UNKNOWN_SPEAKER."""
        para = self.article.paragraph_at(q.open)
        if self._speech_end > sentence.start_char or self.article.paragraph_at(sentence.end_char - 1) != para and (
                q.open != self.article.paragraphs[para].start):
            return UNKNOWN_SPEAKER
        if not any(t.lower_ in _REACTIONS for t in sentence):
            return UNKNOWN_SPEAKER
        people = {}
        for t in sentence:
            if self._in_quote(t.idx) or t.lower_ in PERSON_PRONOUNS and t.tag_ != "PRP$":
                return UNKNOWN_SPEAKER
            actor = self.token_actor.get(t.i)
            if actor is not None and self.actor_types.get(actor) == "person":
                people.setdefault(actor, []).append(t)
        if len(people) != 1:
            return UNKNOWN_SPEAKER
        [(actor, tokens)] = people.items()
        token = tokens[-1]
        head = max(tokens, key=lambda t: len(list(t.subtree)))
        # the one who reacts: a subject or the object left in that state, not "delighted with X"
        if not (head.dep_ in ("nsubj", "nsubjpass", "dobj") or head.dep_ == "compound" and head.head.lower_ in _REACTIONS):
            return UNKNOWN_SPEAKER
        start, end = self._mention_span.get(token.i, (token.idx, token.idx + len(token.text)))
        surname = self.text[start:end].split()[-1]
        if re.search(rf"\b{re.escape(surname)}\b", self.text[q.start:q.end]):
            return UNKNOWN_SPEAKER  # the quote names them: someone speaking about them
        return Speaker(self.text[start:end], actor, start, end)

    def _turn(self, previous: Quote, q: Quotation) -> Speaker | None:
        """In a debate or interview report, a narrative sentence between two quotes can hand the
        turn to someone else: "Reyes shot back at Brill." / "Marsh pressed him on the ferries."
        (the subject speaks next), "Marsh turned to Senator Ada Brill." (the one turned to
        does). Such a sentence gives the next uncued quote to that person; a sentence about
        another named person, with no such verb, leaves it unknown (UNKNOWN_SPEAKER) rather
        than continuing the previous speaker. None: the sentence says nothing of turns."""
        sentence = self.tokens.at(q.open).sent
        if sentence.start == 0:
            return None
        before = self.doc[sentence.start - 1].sent
        if before.start_char < previous.end or self._in_quote(before.start_char) \
                or self.article.paragraph_at(before.start_char) < self.article.paragraph_at(q.open) - 1:
            return None
        root = before.root
        if root.pos_ not in ("VERB", "AUX"):
            return None
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subject is None:
            # "Tom Vale, the harbour master, was sacked on Monday.": what happened to someone
            # else; the next uncued quote may be theirs or the previous speaker's — unknown
            passive = next((c for c in root.children if c.dep_ == "nsubjpass"), None)
            if passive is not None:
                actor = self.token_actor.get(self._speaker_head(passive).i)
                if self.actor_types.get(actor) == "person" and actor != previous.speaker.actor_id:
                    return UNKNOWN_SPEAKER
            return None
        particle = {c.lower_ for c in root.children if c.dep_ in ("prt", "advmod")}
        if root.lower_ in _TURN_TO and "to" in {c.lower_ for c in root.children if c.dep_ == "prep"}:
            to = next(c for c in root.children if c.dep_ == "prep" and c.lower_ == "to")
            person = next((c for c in to.children if c.dep_ == "pobj"), None)
            if person is not None and self.actor_types.get(self.token_actor.get(person.i)) == "person":
                return self._speaker_from(person, root)
            return UNKNOWN_SPEAKER
        if root.lower_ in _TURN_VERBS or (root.lower_ in _BACK_VERBS and "back" in particle):
            speaker = self._speaker_from(subject, root)
            if speaker.actor_id is None and speaker.text and subject.text[:1].isupper():
                # a surname the entity recogniser missed here ("Reyes shot back"): the person so named
                speaker = replace(speaker, actor_id=self._actor_named(speaker.text))
            return speaker
        actor = self.token_actor.get(self._speaker_head(subject).i)
        if self.actor_types.get(actor) == "person" and actor != previous.speaker.actor_id:
            return UNKNOWN_SPEAKER  # the narrative moved to someone else: not the previous speaker's turn
        return None

    def _attribution_just_before(self, previous: Quote, q: Quotation) -> bool:
        """The previous quote ends in the sentence right before this one."""
        first = self.tokens.at(q.open).sent
        if first.start == 0:
            return False
        before = self.doc[first.start - 1].sent
        return before.start_char <= previous.end and previous.end <= q.open

    def _person_follows(self, q: Quotation) -> bool:
        """A person is named within four words after the comma that follows the closing mark,
        before the sentence ends: the quote's own attribution, even one not read as a cue."""
        if q.close is None or self.text[q.close + 1:q.close + 3].lstrip()[:1] != ",":
            return False
        comma = self.text.index(",", q.close + 1)
        for token in list(self.tokens.between(comma + 1, min(len(self.text), comma + 60)))[:5]:
            if token.is_punct and token.text != "-":
                return False
            if self.actor_types.get(self.token_actor.get(token.i)) == "person":
                return True
        return False

    def _opens_a_quote_clause(self, q: Quotation) -> bool:
        """« Nous continuerons », a déclaré …: short words that open their paragraph and are
        closed before a comma stand as the quoted clause of a sentence whose cue may be in a
        language the rules don't read — speech, not a term being discussed."""
        para = self.article.paragraphs[self.article.paragraph_at(q.open)]
        if q.close is None or self.text[para.start:q.open].strip():
            return False
        return self.text[q.close + 1:q.close + 3].lstrip()[:1] == ","

    def _continues(self, previous: Quote, q: Quotation) -> bool:
        """A quote with no cue of its own continues the previous speaker when it follows in the
        same paragraph, or opens the next paragraph."""
        para_prev = self.article.paragraph_at(previous.end)
        para_this = self.article.paragraph_at(q.open)
        if self._names_a_thing(q):
            return False
        if para_prev == para_this:
            return True
        return para_this == para_prev + 1 and q.open == self.article.paragraphs[para_this].start

    def _names_a_thing(self, q: Quotation) -> bool:
        """"“Harbour widows” has become a common term": a few quoted words the narration goes on
        from, as the subject of its own verb, name something; they do not continue anyone's
        speech."""
        content = self.text[q.start:q.end].rstrip()
        if q.close is None or not content or content[-1] in ".,!?;:-–—" or len(_WORD.findall(content)) > 6:
            return False
        after = _WORD.match(self.text, q.close + 1 + (len(self.text[q.close + 1:]) - len(self.text[q.close + 1:].lstrip())))
        if after is None or not after.group(0).islower():
            return False
        token = self.tokens.at(after.start())
        return token.pos_ in ("VERB", "AUX") and not is_cue(token) and token.lower_ not in CUE_FORMS

    # ------------------------------------------------------------------ speakers
    def speaker_of(self, q: Quotation, partial: bool = False) -> tuple[Speaker, str | None, str | None]:
        """(speaker, cue as written, how) from the cue verbs around the quote."""
        finders = (self._characterised_as, self._speech_noun, self._spoken_about, self._embedded, self._after,
                   self._before, self._source_text) if partial else \
            (self._strong_before, self._after, self._before, self._embedded, self._source_text)
        fallback = (UNKNOWN_SPEAKER, None, None)
        for finder in finders:
            found = finder(q)
            if found is not None:
                cue, subject = found
                if subject.lower_ == "you" and not self._in_quote(subject.idx):
                    continue  # "which rule do you think should go?": the one addressed, unnamed
                if partial and subject.left_edge.idx <= q.open and q.text_end <= subject.idx:
                    # "He said the “reckless” Ann Lee attacked …": words describing a person
                    # are not that person's own; the report around them says whose they are
                    outer = self._reporting_verb(cue)
                    if outer is None:
                        continue
                    cue, subject = outer
                speaker = self._speaker_from(subject, cue)
                if speaker.text is None and speaker.start is not None:
                    # "“…,” one said." with no group named: a cue says someone else spoke,
                    # unnamed; the quote is not the previous speaker's
                    return UNKNOWN_SPEAKER, cue.text if hasattr(cue, "text") else cue, None
                if speaker.text:
                    result = speaker, cue.text if hasattr(cue, "text") else cue, self._how(q, cue, subject)
                    if (speaker.text.lower() in PERSON_PRONOUNS or subject.i in self._described_by_pronoun) and (
                            speaker.actor_id is None or subject.i in self._described_by_pronoun
                            or _last_char_before(self.text, q.open) == ":"):
                        # “…” she said, after "Sen. X scolded him: “…”": a pronoun yields to a
                        # speaker named on the quote's other side.
                        fallback = fallback if fallback[0].text else result
                        continue
                    return result
        return fallback

    def _reporting_verb(self, verb):
        """(cue, subject) of the report whose clause holds `verb` ("He said [Ann Lee attacked
        …]"), or None."""
        if not hasattr(verb, "dep_"):
            return None
        node = verb
        while node.dep_ in ("conj", "ccomp") and node.head.i != node.i:
            node = node.head
            if is_cue(node):
                subject = self._subject(node)
                return (node, subject) if subject is not None else None
        return None

    def _how(self, q: Quotation, cue, subject) -> str:
        """Which kind of evidence tied the quote to its speaker."""
        if subject.lower_ in PERSON_PRONOUNS | GROUP_PRONOUNS:
            return "pronoun"
        cue_at = cue.idx if hasattr(cue, "idx") else subject.idx
        if cue_at >= q.text_end:
            return "cue-after"
        lead_in = self.text[max(0, q.open - 3):q.open].rstrip()
        return "colon" if lead_in.endswith(":") else "cue-before"

    def _after(self, q: Quotation):
        """“…,” X said.  /  “…,” said X, who …"""
        if q.close is None:
            return None
        para = self.article.paragraphs[self.article.paragraph_at(q.close)]
        limit = self._next_quote_open(q.close + 1, para.end)
        nickname = _NICKNAME.match(self.text, limit, para.end)
        marks: set[int] = set()
        while nickname:  # “…,” Del. Marcia "Cia" Price shouted: a nickname inside the name goes on
            marks |= {nickname.start(), nickname.end() - 2}
            limit = self._next_quote_open(nickname.end(), para.end)
            nickname = _NICKNAME.match(self.text, limit, para.end)
        window = self._clause([t for t in self.tokens.between(q.close + 1, limit) if t.idx not in marks])
        ended_sentence = self.text[q.start:q.end].rstrip()[-1:] == "."
        if ended_sentence and len(window) > 8:
            return None  # “… end.” Then a new sentence that merely contains a cue verb.
        tail = self.text[window[-1].idx + len(window[-1].text):limit].strip() if window else ""
        if tail.startswith(":") or (tail.startswith(",") and limit < para.end and tail == ","):
            return None  # “…” X added: “…” — the attribution introduces the next quote
        ended_sentence = ended_sentence or self.text[q.start:q.end].rstrip()[-1:] in "?!"
        if ended_sentence and limit < para.end and self.text[limit] in OPEN_MARKS + STRAIGHT \
                and not tail.startswith((".", "!", "?")) and (not window or window[-1].text in ",:;"):
            # “…?” X said, “…” — ditto (but “…?” X said. “…” is this quote's, and so is
            # “…?” she said, but as the mayor went on about “…” …)
            return None
        if window and (window[0].lower_ in _SUBORDINATORS or window[0].text == ";"):
            # “…,” when Clinton blasted him / “…”; the agency did not say …: another clause, not an
            # attribution
            return None
        if ended_sentence and window and not tail and limit < para.end and self.text[limit] in OPEN_MARKS + STRAIGHT \
                and not any(t.is_punct for t in window):
            # “… injury.” The report described her as “…”: a new sentence that runs straight into
            # the next quotation is that quotation's lead-in, not this one's attribution (but not
            # “…?” she said, but as he went on about “…”: a cue set off by a comma attributes)
            return None
        found = self._cue_with_subject(window)
        if found is not None and ended_sentence and hasattr(found[0], "children") \
                and any(c.dep_ == "ccomp" and c.i > found[0].i for c in found[0].children):
            # “…?” Ada Roe replied that it was not. — a cue after a finished quotation that reports
            # a clause of its own says something else, not who spoke the quotation
            return None
        return found

    def _strong_before(self, q: Quotation):
        """"X said, “…”" / "X added: “…”": a cue right before the mark binds to this quote,
        even when another attribution follows it."""
        head = self.text[max(0, q.open - 40):q.open].rstrip()
        if not head.endswith((":", ",")):
            return None
        found = self._before(q)
        if found is None or not hasattr(found[0], "i"):
            return found
        cue = found[0]
        return found if cue.idx + len(cue.text) >= _rstripped_end(self.text, q.open) - 2 else None

    def _before(self, q: Quotation):
        """X said: “…”  /  X said, “…”  /  According to X, “…”"""
        para = self.article.paragraphs[self.article.paragraph_at(q.open)]
        start = max(para.start, self._previous_quote_close(q.open))
        lead = self.tokens.at(max(para.start, q.open - 1)).sent.start_char
        if lead < start and not self._sentence_end_between(lead, start):
            # "X justified the strike as “defensive” in nature: “…”": a partial quote inside
            # the lead-in sentence is part of it.
            start = max(para.start, lead)
        window = [t for t in self.tokens.between(start, q.open) if not self._in_quote(t.idx)]
        # Only the sentence that leads into the quote.
        for i in range(len(window) - 1, -1, -1):
            if window[i].text in _SENTENCE_END and i < len(window) - 1:
                window = window[i + 1:]
                break
        window = [t for t in window if not t.is_space]
        if not window:
            return None
        according = self._according_to(window)
        if according is not None:
            return according
        agent = self._source_before_colon(window)
        if agent is not None:
            return agent
        if window[-1].text not in (":", ",", "that", "—", "–") and not is_cue(window[-1]):
            return None
        aside = self._dash_aside(window)
        for token in reversed(window[-_ATTRIBUTION_MAX_TOKENS:]):
            if token.i in aside or (token.i > 0 and token.nbor(-1).lower_ == "as" and token.tag_ == "VBN"):
                continue  # "said — as reported by X —", "— which the BBC noted —": a source's aside
            # Right before the quote a cue word is a cue even when mis-tagged as a noun
            # ("… on the website confirming, “…”").
            if is_cue(token) or (token.lower_ in CUE_FORMS and token.i >= window[-1].i - 1):
                subject = self._subject(token)
                if subject is not None:
                    return token, subject
        if window[-1].text == ":":
            return self._colon_introduction(window)
        return None

    def _source_before_colon(self, window):
        """"… the question posed by nurse Ada Roe: “…”", "a message from the ambassador:
        “…”": the words a colon hands over are those of whoever the lead-in ends by naming as
        their author (the agent of a participle, the source of a noun of speech) — not the
        subject of the sentence, who only puts them, reads them or issues them."""
        if len(window) < 3 or window[-1].text != ":":
            return None
        last = window[-2]
        for token in window[:-1]:
            if token.dep_ != "pobj" or token.right_edge.i != last.i or token.head.lower_ not in ("by", "from"):
                continue
            governor = token.head.head
            if token.head.lower_ == "by" and governor.tag_ != "VBN":
                continue
            if token.head.lower_ == "from" and (governor.pos_ != "NOUN" or governor.lower_ not in _WORDS_FROM_SOMEONE):
                continue
            actor_type = self.actor_types.get(self.token_actor.get(token.i))
            if actor_type == "place" or token.ent_type_ in ("GPE", "LOC", "FAC"):
                continue  # "a statement from London:" says where it was made, not who made it
            named = token.ent_type_ == "PERSON" or token.tag_ == "NNP" or actor_type in ("person", "organisation", "group")
            if (named or token.lower_ in PERSON_NOUNS or token.lower_ in TITLE_WORDS) and can_speak(token):
                return governor, token
        return None

    def _sentence_end_between(self, start: int, end: int) -> bool:
        return any(t.text in _SENTENCE_END for t in self.tokens.between(start, end) if not self._in_quote(t.idx))

    @staticmethod
    def _dash_aside(window) -> set[int]:
        """Token indices of an aside set off by dashes right before the quote ("X said — as
        reported by Y — “…”")."""
        if not window or window[-1].text not in ("—", "–", "-"):
            return set()
        for k in range(len(window) - 2, -1, -1):
            if window[k].text in ("—", "–", "-"):
                return {t.i for t in window[k:]}
        return set()

    def _colon_introduction(self, window):
        """"Jo Park of the university disagreed with these findings: “…”": a sentence that
        hands over to a quote with a colon introduces its subject's words, whatever the verb —
        when that subject is a named actor or a pronoun for one (not "The result was clear:")."""
        root = window[-1].sent.root
        # "He is prepared to go this far:" — a copula's adjective heads the sentence
        verbs = [root] if root.pos_ in ("VERB", "AUX", "ADJ") and not self._in_quote(root.idx) else []
        # The parser may run the sentence on into the quote: then the lead-in's own verbs count.
        verbs += [t for t in window if t.pos_ in ("VERB", "AUX") and t.dep_ in ("ROOT", "conj", "ccomp") and t.i != root.i]
        for verb in verbs:
            subject = self._subject(verb)
            if subject is None:
                continue
            named = subject.i in self.token_actor or self._person_in_phrase(subject) is not None
            if named or subject.lower_ in PERSON_PRONOUNS or self._issues_a_statement(verb, subject):
                return verb, subject
        return None

    @staticmethod
    def _issues_a_statement(verb, subject) -> bool:
        """"The government of the island issued a statement: “…”": the words a lead-in hands over
        after its subject released something said or written are that subject's, named or not
        (not "The result was clear:", nor a thing or a day as the subject)."""
        return subject.pos_ in ("NOUN", "PROPN") and can_speak(subject) and subject.lower_ not in DOCUMENT_NOUNS \
            and any(c.dep_ == "dobj" and (c.lower_ in DOCUMENT_NOUNS or c.lower_ in SPEECH_NOUNS)
                    for c in verb.children)

    def _characterised_as(self, q: Quotation):
        """"X pounded Y as a “con artist”", "X rated the claim as “false”": words that
        characterise something, after "as" on a verb of judging or speaking, are the verb's
        subject's (not "such as", "known as", or "worked as a “consultant”")."""
        if self._last_as is not None and self._last_as[0] <= q.open and \
                _COORDINATED.fullmatch(self.text, self._last_as[0], q.open):
            return self._last_as[1]  # the second of "as “false” or “pants on fire”"
        if _CALLED_BEFORE.search(self.text, max(0, q.open - 12), q.open):
            return self._called(q)
        if not _AS_BEFORE.search(self.text, max(0, q.open - 12), q.open):
            return None
        token = self.tokens.at(q.open - 1)
        while token.i > 0 and token.lower_ != "as" and token.idx > q.open - 12:
            token = token.nbor(-1)
        if token.lower_ != "as":
            return None
        verb = token.head
        if token.dep_ == "mark" and verb.dep_ == "advcl":
            verb = verb.head  # the parser made the quote a clause: "pounding Y as a “con artist” ―"
        if token.dep_ not in ("prep", "mark") or verb.pos_ not in ("VERB", "AUX") \
                or any(c.dep_ == "auxpass" for c in verb.children) or self._in_quote(verb.idx):
            return None
        going_after = verb.lower_ in ("go", "goes", "went", "gone", "going") and any(
            c.lower_ == "after" for c in verb.children)  # "X has gone after Y as a “…”"
        if not (is_cue(verb) or verb.lower_ in CHARACTERISING_FORMS or going_after):
            return None
        subject = self._subject(verb)
        if subject is None:
            return None
        self._last_as = (q.text_end, (verb, subject))
        return verb, subject

    def _spoken_about(self, q: Quotation):
        """"as the mayor went on about “broken promises” and “empty streets”", "she railed
        against “the elites”": words quoted as what someone talks about (a verb of talking with
        "about", "of", "against") are that person's. None otherwise."""
        inside = self.tokens.at(q.start)
        while inside.head.i != inside.i and self._in_quote(inside.head.idx):
            inside = inside.head  # the quote's own head word: it must be what is talked about
        if inside.dep_ not in ("pobj", "conj", "appos"):
            return None  # not "she speaks about race because “you talk about …”"
        for node in inside.ancestors:
            if node.dep_ not in ("prep", "pobj", "conj", "appos") and node.pos_ != "VERB":
                return None
            if node.pos_ == "VERB":
                about = any(c.dep_ == "prep" and c.lower_ in ("about", "of", "against") for c in node.children)
                talking = node.lower_ in _TALKING or node.lower_ in _GOING and any(
                    c.dep_ in ("prt", "advmod") and c.lower_ == "on" for c in node.children)
                if not (about and talking):
                    return None
                subject = self._subject(node)
                return (node, subject) if subject is not None else None
        return None

    def _called(self, q: Quotation):
        """"what lawmakers called “fraud”", "X branded the plan “reckless”": a lower-case word
        someone calls a thing is their word; a name ("a ship called “Endeavour”", "dubbed him
        “Little Napoleon”") or a passive "called" names, and no one speaks."""
        words = _WORD.findall(self.text[q.start:q.end])
        if not words or words[0][0].isupper():
            return None
        verb = self.tokens.at(q.open - 1)
        while verb.i > 0 and verb.lower_ not in _CALLING and verb.idx > q.open - 12:
            verb = verb.nbor(-1)
        if verb.lower_ not in _CALLING or verb.pos_ not in ("VERB", "AUX") or self._in_quote(verb.idx) \
                or any(c.dep_ == "auxpass" for c in verb.children) or verb.dep_ == "acl":
            return None
        subject = self._subject(verb)
        if subject is None or not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and subject.i > verb.i:
            return None
        self._last_as = (q.text_end, (verb, subject))
        return verb, subject

    def _speech_noun(self, q: Quotation):
        """"Trump's claim that there were “thousands of shootings”": a quote inside what a
        noun of speech reports is the words of that noun's named possessor — unless a cue verb
        governs the quote first ("X said Trump's claim …" goes to the verb). A quote that only
        qualifies the noun ("Y's “heavy-handed” response") is someone's word for it, not its
        content: the owner of the response did not say "heavy-handed"."""
        below = self.tokens.at(q.start)
        for node in below.ancestors:
            child_dep, below = below.dep_, node
            if self._in_quote(node.idx):
                continue
            if is_cue(node):
                return None
            if node.pos_ == "NOUN" and node.lower_ in SPEECH_NOUNS:
                if child_dep in ("amod", "compound", "nmod"):
                    continue
                for child in node.children:
                    if child.dep_ == "poss" and child.i in self.token_actor \
                            and self.actor_types.get(self.token_actor[child.i]) in ("person", "organisation", "group"):
                        return node, child
                return None
        return None

    def _source_text(self, q: Quotation):
        """The words of a law or a report, with no cue verb: "Under the 1998 Harbour Act,
        officials must act in the “public interest”", "“…,” per the club's bylaws", "rules
        that bar members from “…”", "An audit found that … “…”". (A person's cue, tried
        first, wins.) None when the sentence names no such text."""
        first = self.tokens.at(q.start)
        for token in arrays_of(self.doc).sent(first.i):  # first.sent, found on the shared arrays
            if self._in_quote(token.idx) or token.lower_ not in ("per", "under") or token.dep_ != "prep":
                continue
            source = next((c for c in token.children if c.dep_ == "pobj"), None)
            if source is None:
                continue
            if token.lower_ == "under" and token.idx < q.open and source.lower_ in RULE_NOUNS:
                return token, source  # "Under the Act, …"
            if token.lower_ == "per" and (source.pos_ == "PROPN" or any(
                    c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "each", "every") for c in source.children)):
                return token, source  # "per the club's bylaws", not "per share" or "per a day"
        owned = False  # the words hang from someone's noun: "cited the minister's promise of “…”"
        for node in first.ancestors:
            owned = owned or node.pos_ in ("NOUN", "PROPN") and not self._in_quote(node.idx) \
                and any(c.dep_ == "poss" and c.pos_ != "PRON" for c in node.children)  # ("its estimate": its own)
            if self._in_quote(node.idx) or node.pos_ not in ("VERB", "AUX"):
                continue
            subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None and subject.lower_ in ("that", "which") and node.dep_ == "relcl":
                subject = node.head  # "standards that prohibit …"
            if subject is None or self._in_quote(subject.idx):
                continue
            if subject.lower_ in RULE_NOUNS and subject.pos_ in ("NOUN", "PROPN"):
                return node, subject
            if node.lower_ in _FINDING_FORMS and subject.lower_ in FINDING_NOUNS:
                return node, subject
            # (or from the verb's object: "cites the governor's description of the plant as “…”")
            owned = owned or any(c.dep_ == "dobj" and any(g.dep_ == "poss" and g.pos_ != "PRON" for g in c.children)
                                 for c in node.children)
            if not owned and self._a_text_putting_words(node, subject):
                return node, subject
        return None

    @staticmethod
    def _a_text_putting_words(verb, subject) -> bool:
        """"The study accounts for … the estimate, a “total of 1,900 cases”", "The lawsuit seeks
        “damages for lost earnings”": a partial quote in the clause of a verb that sets out words,
        whose active subject is a study, a report or a court text, is that text's wording. Not a
        being verb ("The report was “long overdue”") nor an effect ("The report sparked “outrage”"),
        whose quoted words are someone else's."""
        return subject.dep_ == "nsubj" and subject.pos_ == "NOUN" and subject.lower_ in WORDING_TEXTS \
            and verb.lower_ in WORDING_VERBS

    def _embedded(self, q: Quotation):
        """The cue verb governing a quote inside its sentence: "X warned it could “…”"."""
        first = self.tokens.index_at(q.start)
        sentence = arrays_of(self.doc).sent(first)  # Token.sent builds two Spans on each call
        inside = set(range(first, self.tokens.index_at(max(q.start, q.end - 1)) + 1))
        cues = [t for t in sentence if is_cue(t) and t.i not in inside and not self._in_quote(t.idx)]
        according = self._according_to([t for t in sentence if not self._in_quote(t.idx)])
        first_token = self.tokens.at(q.start)
        if according is not None and not any(a.i in {c.i for c in cues} for a in first_token.ancestors):
            return according  # "According to Dr Frieden, the pandemic is “unprecedented”"
        if not cues:
            return None
        first = self.tokens.at(q.start)
        cue_ids = {t.i for t in cues}
        ancestors = {a.i for a in first.ancestors}
        # The nearest governing cue first ("X said the airline had “run out …”", not the
        # "called" of an outer clause), then the other cues by distance.
        ordered = [a for a in first.ancestors if a.i in cue_ids] + sorted(
            (t for t in cues if t.i not in ancestors), key=lambda t: abs(t.idx - q.start))

        # A cue after the quote inside a "when"/"because" clause belongs to that clause, not to
        # the quote ("X's “…” came on Friday when four callers asked …").
        ordered = [c for c in ordered if c.i in ancestors or c.idx < q.start or not self._subordinate(c)]
        # “…”; the agency did not say …: a semicolon ends the quote's clause, and a cue past it
        # reports something else, wherever the parser hung the quote
        ordered = [c for c in ordered if c.idx < q.start or not any(
            t.text == ";" and not self._in_quote(t.idx) for t in self.tokens.between(q.text_end, c.idx))]
        governing = [a for a in ordered if a.i in ancestors]
        # "Obama said, a majority have come to believe “…”": a cue set off by commas governs
        # the clause it interrupts, as the outermost report.
        governing += [c for a in first.ancestors for c in a.children
                      if c.dep_ == "parataxis" and c.i in cue_ids and c not in governing]
        for cue in ordered:
            subject = self._subject(cue)
            if subject is None:
                continue
            # "Holm said the advertisement “suggests” …", "Obama said a majority believe “…”":
            # a governing cue whose subject is a thing or an unnamed crowd reports what it
            # says; the quoted words are the outer speaker's.
            # So is "Endicott said he felt “great”": the "he" of a reported clause is the
            # reporter, named in the outer clause.
            # A belief or feeling inside someone's report ("X said no-one felt it had “…”")
            # is put into words by the reporter too.
            # Only inside what the outer cue reports: in "X described Y as … after she blamed it
            # on “…”" the "after" clause is the narrator's, and "she" speaks.
            # But what a survey or a study found people believe ("Results showed 40 of 90
            # readers believed “…”") is their view, not the finding's words.
            outer = cue in governing and cue is not governing[-1] and _reported_by(cue, governing) and (
                not self._speaks_for_itself(subject) or subject.lower_ in PERSON_PRONOUNS | GROUP_PRONOUNS
                or cue.lower_ in ATTITUDE_FORMS and governing[-1].lower_ not in _FINDING_FORMS)
            if not outer:
                return cue, subject
        return None

    @staticmethod
    def _subordinate(verb) -> bool:
        """The verb sits in a clause opened by "when", "because", "if" …"""
        for node in [verb, *verb.ancestors]:
            if any(c.dep_ in ("mark", "advmod") and c.lower_ in _SUBORDINATORS and c.i < node.i for c in node.children):
                return True
            if node.dep_ not in ("conj", "xcomp", "ccomp", "advcl"):
                return False
        return False

    def _speaks_for_itself(self, subject) -> bool:
        """Not a share of people ("a majority of Americans believe …") or a place or nation."""
        head = self._speaker_head(subject)
        if head.lower_ in _SHARES or head.ent_type_ == "PERCENT":
            return False
        actor = self.token_actor.get(head.i)
        if actor is None and head.pos_ == "NOUN":
            # "X said the advert “clearly” suggests …": a thing does not speak for itself; a
            # person, a people or a body named by a common noun does ("the coach", "the board")
            # "X said the man claimed he was “…”": a person named by a common noun speaks too.
            lower = head.lower_
            return lower in TITLE_WORDS or lower in OCCUPATIONS or lower in BODY_WORDS or _names_people(head) \
                or _one_person(lower)
        return actor is None or self.actor_types.get(actor) in ("person", "organisation")

    def _subject(self, verb):
        """subject_of, or — when the parse lost it — the actor or pronoun right before the verb:
        "…, whose general secretary, Grace Okafor, said …" parsed with no subject at all."""
        quoted = _quoted_as_saying(verb)
        if quoted is not None:
            return quoted
        if verb.lower_.endswith("ing") and verb.i > 0 and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            before = verb.nbor(-1)  # "footage of Ada Price asking, …": the person named just before
            if self.actor_types.get(self.token_actor.get(before.i)) == "person" and not self._in_quote(before.idx):
                return before
        lost = self._object_before(verb) or self._with_subject(verb)
        if lost is not None:
            return lost
        subject = subject_of(verb, lambda t: self._in_quote(t.idx))
        if subject is not None:
            return self._name_next_to_cue(verb, self._past_a_place_in_a_name(verb, subject))
        if verb.pos_ == "NOUN":  # "The summary of the decision read: …" with "read" parsed as a noun
            for ancestor in verb.ancestors:
                if ancestor.dep_ in ("nsubj", "nsubjpass"):
                    return ancestor
        k = verb.i - 1
        while k >= 0 and (verb.doc[k].text == "," or verb.doc[k].is_space):
            k -= 1
        if k >= 0 and (k in self.token_actor or verb.doc[k].lower_ in PERSON_PRONOUNS | GROUP_PRONOUNS):
            return verb.doc[k]
        return None

    def _object_before(self, verb):
        """"A survey showed 64 readers out of 146 believed …": the parser makes the readers the
        object of "showed" and leaves "believed" with no subject; they are its subject. None
        unless the verb is such a subjectless clause right after its head's object (only
        prepositional phrases between)."""
        head = verb.head
        if verb.dep_ not in ("ccomp", "advcl") or head.i >= verb.i or verb.tag_ != "VBD" \
                or any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "advmod") for c in verb.children):
            return None
        obj = next((c for c in head.children if c.dep_ == "dobj" and head.i < c.i < verb.i), None)
        if obj is None or obj.pos_ not in ("NOUN", "PROPN") or self._in_quote(obj.idx):
            return None
        between = verb.doc[obj.right_edge.i + 1:verb.i]
        if any(t.pos_ not in ("ADP", "NUM", "DET", "ADJ", "NOUN", "PROPN", "PRON", "PUNCT", "CCONJ")
               or t.text in (".", ";", ":", "!", "?") for t in between):  # "64 readers - among them 21 clerks -"
            return None
        return obj

    def _with_subject(self, verb):
        """"…, with the latter yesterday confirming they were “…”": in an absolute clause
        the participle's subject is the object of "with", which the parser leaves there."""
        if verb.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return None
        k = verb.i - 1
        while k > 0 and verb.doc[k].dep_ in ("advmod", "npadvmod") and verb.doc[k].head.i in (verb.i, verb.head.i):
            k -= 1
        before = verb.doc[k]
        if before.ent_type_ in ("DATE", "TIME") and k > 1 and verb.doc[k - 1].lower_ in ("latter", "former") \
                and verb.doc[k - 1].head.i == k:
            before = verb.doc[k - 1]  # "with the latter yesterday confirming", parsed as "the latter yesterday"
            if before.head.dep_ != "pobj" or before.head.head.lower_ != "with" or self._in_quote(before.idx):
                return None
            return before
        if before.dep_ != "pobj" or before.head.lower_ != "with" or self._in_quote(before.idx):
            return None
        lower = before.lower_  # someone who can speak: not "with softer language calling for …"
        if before.i in self.token_actor or lower in ("latter", "former") or lower in PERSON_PRONOUNS | GROUP_PRONOUNS \
                or lower in TITLE_WORDS or lower in BODY_WORDS or _one_person(lower) or _names_people(before):
            return before
        return None

    def _name_next_to_cue(self, verb, subject):
        """"Longtime Harbour at Dawn writer and performer Cal Brennock tweeted": a long
        noun phrase ends in the name it is about, right before the cue; the parser may take an
        early word of it for the subject. The person named next to the cue speaks, when only
        words of that phrase (no verb, no punctuation) lie between and a job or descriptor in
        lower case stands just before the name."""
        doc = verb.doc
        k = verb.i - 1
        while k > subject.i and doc[k].dep_ in ("aux", "auxpass", "advmod", "neg"):
            k -= 1  # "Cal Brennock has tweeted", "… Cal Brennock also said"
        actor = self.token_actor.get(k)
        if k <= subject.i or self.actor_types.get(actor) != "person" or self.token_actor.get(subject.i) == actor:
            return subject
        first = k
        while first > subject.i and self.token_actor.get(first - 1) == actor:
            first -= 1
        before = doc[first - 1]  # a job or descriptor in lower case: "performer Cal Brennock"
        if first <= subject.i or before.pos_ not in ("NOUN", "ADJ") or not before.is_lower \
                or any(t.pos_ in ("VERB", "AUX", "PUNCT", "PRON", "SCONJ") for t in doc[subject.i:first]):
            return subject  # not "Jo Lu of Equality Coalition Taiwan said"
        return doc[k]

    def _past_a_place_in_a_name(self, verb, subject):
        """"Jo Park of the University of Texas, El Paso, disagreed": the parser takes
        the place that ends the institution's name for the subject. When the sentence opens
        with a person and the "subject" is a place right after a comma, the person spoke."""
        kind = self.actor_types.get(self.token_actor.get(subject.i))
        opener = arrays_of(self.doc).sent(verb.i)[0]  # verb.sent[0]
        first = subject.left_edge
        if kind not in ("place", "organisation") or first.i == 0 or first.nbor(-1).text != "," \
                or opener.i >= first.i:
            return subject
        if self.actor_types.get(self.token_actor.get(opener.i)) == "person":
            return opener
        return subject

    @staticmethod
    def _according_to(window):
        for i, token in enumerate(window[:-2]):
            if token.lower_ == "according" and window[i + 1].lower_ == "to":
                for child in window[i + 1].children:
                    if child.dep_ == "pobj":
                        return "according to", child
                return "according to", window[i + 2]
        return None

    def _cue_with_subject(self, window):
        for token in window[:_ATTRIBUTION_MAX_TOKENS]:
            if is_cue(token):
                named = self._name_with_apposition(window, token)
                if named is not None:
                    return token, named
                subject = self._subject(token)
                if subject is not None and not self._in_quote(subject.idx):
                    return token, subject
                # "…,” said the ministry." with no parse: take the words after the verb.
                after = self._named_right_after(window, token)
                if after:
                    head = after[0]
                    # "added engineer Petra Hunziker": the name the job word modifies
                    while head.dep_ in ("compound", "amod", "nmod", "flat") and head.head.i > head.i:
                        head = head.head
                    return token, head
        return None

    @staticmethod
    def _named_right_after(window, cue) -> list:
        """The word naming who speaks right after an inverted cue ("said the ministry", "added
        engineer Petra Hunziker"): the first noun or name past only articles and modifiers,
        never past a preposition or a possessive ("describe their acts as mischief")."""
        for t in window:
            if t.i <= cue.i:
                continue
            if t.pos_ in ("PROPN", "NOUN", "PRON") and can_speak(t) and t.tag_ != "PRP$" and t.lower_ not in _OBJECT_CASE:
                return [t]
            if t.pos_ not in ("DET", "ADJ", "NUM", "PUNCT", "ADV"):
                return []
        return []

    def _name_with_apposition(self, window, cue):
        """“…,” Ortiz, a senior campaign aide, said on Channel Six's “Early Show.”: a person
        named right after the quote, then an aside set off by commas, then the cue — the
        person speaks, whatever the parser made the cue's subject (a word of the show's title,
        the channel). None when the attribution has another shape."""
        first = window[0]
        if self.actor_types.get(self.token_actor.get(first.i)) != "person":
            return None
        name_end = self._mention_span.get(first.i, (first.idx, first.idx + len(first.text)))[1]
        between = [t for t in window if name_end <= t.idx < cue.idx]
        if len(between) < 3 or between[0].text != "," or between[-1].text != ",":
            return None
        return first

    @staticmethod
    def _clause(tokens):
        """Tokens up to the end of the attribution sentence."""
        out = []
        for token in tokens:
            if token.text in _SENTENCE_END or token.text in ALL_MARKS:
                break
            if not token.is_space:
                out.append(token)
        return out

    @staticmethod
    def _speaker_head(token):
        """The word of a cue's subject that names the speaker, past the parser's slips."""
        doc = token.doc
        if token.lower_ in _PART_WORDS:  # "Part of the judge's statement reads …"
            of = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"]
            objects = [c for c in of[0].children if c.dep_ == "pobj"] if of else []
            token = objects[0] if objects else token
        if token.i + 2 < len(doc) and token.nbor(1).text == "-" and not token.whitespace_ \
                and not token.nbor(1).whitespace_ and token.nbor(2).is_alpha:
            token = token.nbor(2)  # "co-chairman" parsed with "co" as the subject
        elif token.is_punct and token.i + 1 < len(doc) and token.nbor(1).is_alpha and not token.whitespace_:
            token = token.nbor(1)  # … or with the hyphen as the subject
        if token.text.rstrip(".") in _POST_NOMINALS and token.i > 0 and token.nbor(-1).pos_ == "PROPN" \
                and token.nbor(-1).is_title:
            token = token.nbor(-1)  # "Counsel Tessa Vyne QC said": the name, not the rank after it
        if token.i + 3 < len(doc) and team_position(doc[token.i + 3]):
            token = doc[token.i + 3]  # "said the Harlow full-back" parsed with the club as the subject
        if token.text.isupper() and len(token.text) > 1:
            pass  # "the WHO said": an abbreviation written in capitals is a name, not the relative "who"
        elif token.lower_ in ("who", "that", "which") and token.head.dep_ == "relcl":
            token = token.head.head  # "Alex Fernvale who said …", "a report which branded …"
        elif token.lower_ in ("who", "which") and token.i > 0:
            # "the department which reported" parsed without the relative clause: the noun before
            k = token.i - 1
            while k > 0 and doc[k].text == ",":
                k -= 1
            token = doc[k]
        return token

    def _speaker_from(self, token, cue) -> Speaker:
        token = self._speaker_head(token)
        if _an_age(token) and not self._in_quote(token.idx):
            return self._aged_speaker(token)
        if (not can_speak(token) and token.i not in self.token_actor) or self._in_quote(token.idx):
            return UNKNOWN_SPEAKER  # a time, a thing, or words inside a quote never name its speaker
        if _a_figure(token) and token.i not in self.token_actor:
            # "More than 50% said", "Two thirds said": a figure never speaks; "50% of the
            # traders" do, named with the people they count.
            return self._counted_speaker(token)
        if _one_of_a_group(token) and token.i not in self.token_actor:
            return self._group_speaking(token)
        if token.lower_ in ("latter", "former") and token.i > 0 and token.nbor(-1).lower_ == "the" \
                and (token.dep_ not in ("amod", "compound") or token.head.ent_type_ in ("DATE", "TIME")):
            named = self._former_or_latter(token)
            if named is None:
                return UNKNOWN_SPEAKER
            start, end = token.nbor(-1).idx, token.idx + len(token.text)
            actor = self.token_actor.get(named.i)
            return Speaker(self.text[start:end], actor, start, end) if actor else self._speaker_from(named, cue)
        named = self._person_in_phrase(token)
        if named is not None:
            token = named  # "Member of parliament (MP) Tobin Ashgrove said"
        # "…,” said the Bergen athlete": after its cue, a description is the epithet news gives
        # the person just written about, whatever noun it uses (WordNet's nouns for people);
        # before it ("the writer supposes") only an office or a job says so.
        described = self._described(token, PERSON_NOUNS if getattr(cue, "i", token.i) < token.i else frozenset())
        if described is not None:
            return described
        # A named actor: the whole mention ("Mark Carney"), even if the parse pointed at a part.
        actor = self.token_actor.get(token.i)
        if actor is None or self.actor_types.get(actor) != "person":
            # "Its president, Colin Mathers, said" / "his platform, Truth Social, Trump wrote"
            for child in token.children:
                appos = self.token_actor.get(child.i)
                if child.dep_ == "appos" and appos and (actor is None or self.actor_types.get(appos) == "person"):
                    token, actor = child, appos
                    break
        if actor is not None:
            start, end = self._mention_span.get(token.i, (token.idx, token.idx + len(token.text)))
            return Speaker(self.text[start:end], actor, start, end)
        lower = token.lower_
        if lower in PERSON_PRONOUNS | GROUP_PRONOUNS:
            actor = self.pronouns.resolve(token)
            described = self.pronouns.unnamed_antecedent(token) if actor is None else None
            if described is not None and not self._in_quote(described.idx):
                # "A spokeswoman for the port said … “…,” she said": the speaker is the description
                # (its words and offsets), linked as it is as a cue's own subject — "an Energy
                # Ministry official" to the ministry, "a spokeswoman" to no actor; "the official"
                # speaks as the "an … official" that introduced it (see `unnamed_antecedent`).
                speaker = self._speaker_from(described, described.head)
                # (not a person the words name: "a friend of Ian Volk" is not Ian Volk)
                if speaker.text and self.actor_types.get(speaker.actor_id) != "person":
                    self._described_by_pronoun.add(token.i)
                    return speaker
            if actor is None and lower in PERSON_PRONOUNS and self._last_unnamed_person is not None \
                    and self.article.paragraph_at(token.idx) - self._last_unnamed_person[1] <= 1:
                return self._last_unnamed_person[0]  # "… the chief executive of a car maker told X. …, he said"
            group = self.pronouns.unnamed_group(token) if actor is None else None
            if group is not None and not self._in_quote(group.idx):
                # "Officials said the road would reopen. “…,” they said": the group as written
                speaker = self._speaker_from(group, group.head)
                if speaker.text:
                    return speaker
            if actor is None and lower == "it":
                text = self._text_just_before(token)
                if text is not None:
                    return text
            if actor is None and lower in ("it", "they") and self._last_body_speaker is not None \
                    and self.article.paragraph_at(token.idx) - self._last_body_para <= 1:
                # "an all-party committee said … It blamed …": the body, named by this "it"
                body = self._last_body_speaker
                if body.actor_id is None:
                    return body  # an unnamed body ("the committee"): its own words say who it is
                return Speaker(token.text, body.actor_id, token.idx, token.idx + len(token.text))
            return Speaker(token.text, actor, token.idx, token.idx + len(token.text))
        if token.pos_ in ("NOUN", "PROPN", "NUM", "PRON"):  # "the ministry", "One, who asked …"
            start, end = _noun_phrase(token)
            return Speaker(self.text[start:end], self._noun_actor(token), start, end)
        return UNKNOWN_SPEAKER

    def _text_just_before(self, it) -> Speaker | None:
        """"The Audit Office report was published on Monday. It said …": an "it" that no body
        resolves, the subject of its clause, is the study, report or court text that was the
        main subject of the sentence just before (in its paragraph or the one before) — that
        text as written, its issuer the actor when named. None for anything else there."""
        if it.dep_ not in ("nsubj", "nsubjpass"):
            return None
        arrays = arrays_of(self.doc)
        start = arrays.sent(it.i).start
        if start == 0 or any(t.dep_ in ("nsubj", "nsubjpass") and t.i != it.i
                             for t in self.doc[start:it.i] if not self._in_quote(t.idx)):
            return None  # not the sentence's first subject: the clause before it names its own
        before = arrays.sent(start - 1)
        if self.article.paragraph_at(it.idx) - self.article.paragraph_at(before.start_char) > 1:
            return None
        subject = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.pos_ != "NOUN" or subject.lower_ not in WORDING_TEXTS \
                or self._in_quote(subject.idx):
            return None
        if any(self._acted_on_by(t, before.root) for t in before):
            return None  # "The ruling went against Norvik Airways. “We will appeal,” it said": the body may answer
        speaker = self._speaker_from(subject, subject.head)
        return speaker if speaker.text else None

    def _acted_on_by(self, token, verb) -> bool:
        """Whether `token` names a body that `verb` (a report's, a ruling's) acts on: its object
        ("criticised Norvik Council") or the object of a preposition on it ("went against Norvik
        Airways"). Such a body may be the "it" that answers next; a body named deeper in the
        sentence ("the state of the UK economy") is not."""
        if not (token.ent_type_ == "ORG" or self.actor_types.get(self.token_actor.get(token.i)) == "organisation"):
            return False
        head = token
        while head.dep_ in ("compound", "flat") and head.head.i != head.i:
            head = head.head
        return head.dep_ == "dobj" and head.head.i == verb.i \
            or head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.i == verb.i

    def _described(self, head, job_words: frozenset[str] = frozenset()) -> Speaker | None:
        """"the Australian said", "the former minister said": a definite description of one
        person speaks as the person it describes (see `DescribedPeople`); a nationality is never
        the nation. None when `head` is no such description, or an office nobody fits (the
        rules for nouns go on: "the Spokesman" of an organisation)."""
        kind = self._descriptions.kind(head, job_words)
        if kind is None:
            return None
        person = self._role_holder(head) if kind == "role" and head.lower_ in TITLE_WORDS else None
        person = person or self._descriptions.person(head, kind)
        if person is None and kind == "role" and not team_position(head):
            return None  # (a player named by their place in a team is one person still, unnamed)
        start, end = self._descriptions.span(head)
        return Speaker(self.text[start:end], person, start, end)

    def _person_described(self, head) -> str | None:
        """The person a description of one person as a subject refers to ("the first minister"
        → the one the text names so), or None when the text does not say (see `_described`)."""
        actor = self._speaker_from(head, head.head).actor_id
        return actor if self.actor_types.get(actor) == "person" else None

    def _unnamed_person(self, speaker: Speaker) -> bool:
        """"the chief executive of a leading car maker", "a spokeswoman": one person, described."""
        head = self.tokens.at(speaker.start)
        while head.i + 1 < len(self.doc) and self.doc[head.i + 1].idx < speaker.end and head.head.i > head.i:
            head = head.head
        return head.tag_ == "NN" and (head.lower_ in TITLE_WORDS or head.lower_ in OCCUPATIONS)

    def _former_or_latter(self, token):
        """"… by the harbour police and the port authority, with the latter confirming …": the
        last (or, for "the former", the first) of the things named together just before."""
        sentence = token.sent
        start = self.doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
        for t in reversed(self.doc[start:token.i]):
            if t.dep_ == "conj" and t.head.pos_ in ("NOUN", "PROPN") and t.pos_ in ("NOUN", "PROPN") \
                    and not self._in_quote(t.idx):
                first = t.head
                while first.dep_ == "conj" and first.head.i < first.i:
                    first = first.head
                return t if token.lower_ == "latter" else first
        return None

    def _group_speaking(self, one) -> Speaker:
        """"Three residents spoke. “…,” one said." / "one of them said" / "Another added": a
        member of a group, counted but not named, speaks for the group the narration just
        named ("residents"). When no group is named nearby, nobody is named: the speaker is
        unknown, with the offsets of the counting word so that the quote is not handed to the
        previous speaker either (see `speaker_of`)."""
        group = self._group_before(one)
        if group is None:
            return Speaker(None, None, one.idx, one.idx + len(one.text))
        start, end = _noun_phrase(group)
        words = self.text[start:end].split()
        while len(words) > 1 and (words[0].lower() in ("the", "these", "those", "some", "several", "many", "all")
                                  or any(ch.isdigit() for ch in words[0]) or _a_number_word(words[0])):
            start += len(words.pop(0)) + 1  # "Three residents" → "residents"
        return Speaker(self.text[start:end], self.token_actor.get(group.i), start, end)

    def _group_before(self, one):
        """The plural noun for people the counting word `one` picks from: its own "of them"
        antecedent, the nearest plural subject before it in its sentence or the two sentences
        of narration before (same or previous paragraph), or a plural naming people there."""
        doc = self.doc
        sentence = one.sent
        spans = [doc[sentence.start:one.i]]
        at = sentence.start
        paragraph = self.article.paragraph_at(one.idx)
        while len(spans) < 3 and at > 0:
            before = doc[at - 1].sent
            at = before.start
            if self.article.paragraph_at(before.start_char) < paragraph - 1:
                break
            if not all(self._in_quote(t.idx) or t.is_space or t.is_punct for t in before):
                spans.append(before)
        for span in spans:
            for token in reversed(span):
                if token.tag_ in ("NNS", "NNPS") and not self._in_quote(token.idx) and (
                        token.dep_ in ("nsubj", "nsubjpass") or _names_people(token)) and can_speak(token):
                    return token
        return None

    def _aged_speaker(self, old) -> Speaker:
        """"…,” said the 20-year-old.": sports and court reports name a speaker again by age.
        The person given that age earlier ("Ivo Marsh, 20," / "20-year-old Ivo Marsh"), else
        the person the sentences just before are about (their subject); else unknown."""
        doc = old.doc
        first = old.i - 5 if old.i >= 5 and doc[old.i - 5].lower_ in ("the", "a") else old.i - 4
        start, end = doc[first].idx, old.idx + len(old.text)
        age = doc[old.i - 4].lower_
        person = None
        for t in self.tokens.between(max(0, old.idx - 5000), doc[first].idx):
            if t.lower_ != age or self._in_quote(t.idx) or t.i < 2 or t.i + 1 >= len(doc):
                continue
            before = doc[t.i - 2] if doc[t.i - 1].text in (",", "(") else None
            if before is not None and self.actor_types.get(self.token_actor.get(before.i)) == "person":
                person = self.token_actor[before.i]  # "Ivo Marsh, 20," / "Ivo Marsh (20)"
            elif t.i + 5 < len(doc) and _an_age(doc[t.i + 4]) and \
                    self.actor_types.get(self.token_actor.get(doc[t.i + 5].i)) == "person":
                person = self.token_actor[doc[t.i + 5].i]  # "20-year-old Ivo Marsh"
        if person is None:
            person = self._subject_just_before(doc[first].sent)
        return Speaker(self.text[start:end], person, start, end) if person else UNKNOWN_SPEAKER

    def _subject_just_before(self, sentence) -> str | None:
        """The person who is the subject of one of the two sentences before `sentence` (the
        nearer first), in the same or the previous paragraph, outside quotes."""
        para = self.article.paragraph_at(sentence.start_char)
        at = sentence.start
        for _ in range(2):
            if at == 0:
                return None
            before = self.doc[at - 1].sent
            if self.article.paragraph_at(before.start_char) < para - 1:
                return None
            for t in before:
                if t.dep_ in ("nsubj", "nsubjpass") and not self._in_quote(t.idx):
                    actor = self.token_actor.get(t.i)
                    if actor is None and t.pos_ == "PROPN":
                        self._actor_named(t.text)  # builds the index of names
                        people = {a for a in self._actors_by_word.get(t.lower_, ())
                                  if self.actor_types.get(a) == "person"}
                        actor = next(iter(people)) if len(people) == 1 else None  # a surname the recogniser missed here
                    if self.actor_types.get(actor) == "person":
                        return actor
            at = before.start
        return None

    def _counted_speaker(self, token) -> Speaker:
        """"63% of voters": the share with the people it counts; a bare figure is unknown."""
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                people = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")
                          and can_speak(c) and c.ent_type_ not in _COUNTED_ENTITIES]
                if people:
                    start = _noun_phrase(token)[0]
                    last = max(people[0].subtree, key=lambda t: t.i)
                    end = last.idx + len(last.text)
                    return Speaker(self.text[start:end], self.token_actor.get(people[0].i), start, end)
        return UNKNOWN_SPEAKER

    def _person_in_phrase(self, token):
        """A person named inside the subject's own noun phrase (not in a clause hanging off it)."""
        if self.actor_types.get(self.token_actor.get(token.i)) == "person":
            return None
        stack = [token]
        while stack:
            node = stack.pop()
            for child in node.children:
                # A possessor is not the speaker: "Kroll's partner Ezra Dunn".
                if child.dep_ in ("relcl", "acl", "ccomp", "advcl", "punct", "cc", "poss"):
                    continue
                if self.actor_types.get(self.token_actor.get(child.i)) == "person":
                    return child
                if child.dep_ in ("compound", "appos", "nmod", "prep", "pobj", "amod", "flat", "npadvmod", "conj"):
                    stack.append(child)
        return None

    def _noun_actor(self, token) -> str | None:
        """"the statement said" → who issued it; "the council said" → the council named before;
        "the minister said" → the one person the article gave that role."""
        if token.lower_ in TITLE_WORDS:  # before "Lions" in "the Lions coach": the coach spoke
            holder = self._role_holder(token)
            if holder is not None:
                return holder
        # "the Tory leader", "the club's chairman": one person of the body, not the body itself
        # (a spokesman speaks for it, so he still gives the body).
        one_of_the_body = _names_one_person(token)
        for child in token.children:
            if child.dep_ in ("poss", "compound", "nmod") and child.i in self.token_actor:
                if one_of_the_body and self.actor_types.get(self.token_actor[child.i]) != "person":
                    continue
                return self.token_actor[child.i]  # "Skylark Air's statement", "an AEW press release"
            if child.dep_ == "prep" and child.lower_ in ("of", "from", "by"):
                for obj in child.children:  # "a statement from Chelsea", "the opinion of the Court"
                    if obj.dep_ == "pobj" and obj.i in self.token_actor:
                        return self.token_actor[obj.i]
            if child.dep_ == "acl" and token.lower_ in DOCUMENT_NOUNS:  # "a complaint filed by the SEC"
                for agent in child.children:
                    for obj in agent.children if agent.dep_ == "agent" else ():
                        if obj.dep_ == "pobj" and obj.i in self.token_actor:
                            return self.token_actor[obj.i]
        for child in token.children:
            if child.dep_ == "poss" and child.lower_ in TITLE_WORDS:  # "the judge's statement"
                holder = self._role_holder(child)
                if holder is not None:
                    return holder
            if child.dep_ == "poss" and child.pos_ == "PRON" and token.lower_ in DOCUMENT_NOUNS:
                # "Her lawsuit said …" (but "her lawyers" and "its source" speak for themselves)
                owner = self.pronouns.resolve_possessive(child)
                if owner is not None:
                    return owner
        after = token.nbor(1) if token.i + 1 < len(token.doc) else None
        if token.lower_ in DOCUMENT_NOUNS and after is not None and after.lower_ in ("from", "by") \
                and after.dep_ == "prep":
            # "a statement from the phone firm" (the parser may hang "from" on the verb): its
            # source is said, though not as an actor
            return next((self.token_actor[o.i] for o in after.children if o.dep_ == "pobj" and o.i in self.token_actor),
                        None)
        if token.lower_ in _DOCUMENT_OR_SPEECH_NOUNS and token.dep_ == "dobj":
            # "Facebook released a statement which read, …", "X made a comment that described …"
            verb = token.head
            # "the law prompted X to make a comment": the object of the outer verb makes it
            # ("prompted his wife and party nominee X to make …": the one named, in a pair or an apposition)
            controllers = [t for c in verb.head.children if c.dep_ == "dobj"
                           for t in [c, *(k for k in c.children if k.dep_ in ("conj", "appos"))]
                           if t.i in self.token_actor] \
                if verb.dep_ == "xcomp" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) else []
            subject = controllers[0] if controllers else subject_of(verb)
            if subject is not None and subject.i in self.token_actor:
                return self.token_actor[subject.i]
            if subject is not None and subject.lower_ in GROUP_PRONOUNS:
                owner = self.pronouns.resolve(subject)  # "They released a statement which said"
                if owner is not None:
                    return owner
        if token.lower_ in DOCUMENT_NOUNS:
            if any(c.dep_ == "poss" for c in token.children):
                return None  # "The family's statement read": its owner is named, though not as an actor
            return self._issuer_before(token.idx)
        window_start = max(0, token.idx - 2500)
        best = None
        # A few hundred words back: read by index and as plain strings, no Token for each
        lower, lowers = token.lower_, arrays_of(self.doc).lowers()
        bare = token.i > 0 and token.nbor(-1).lower_ == "the" and token.tag_ == "NN" \
            and not any(c.dep_ in ("poss", "compound", "amod", "prep") for c in token.children)
        introduced = set()  # organisations the text introduced with this noun: "Australian brewer Acme"
        for i in self.tokens.indices_between(window_start, token.idx):
            actor = self.token_actor.get(i)
            if actor and self.actor_types.get(actor) == "organisation":
                if lowers[i] == lower:
                    best = actor  # "the council" ← "Fiscal Council"
                elif bare and lowers[i - 1] == lower and self.token_actor.get(i - 1) != actor:
                    introduced.add(actor)
        if best is None and bare:
            if len(introduced) == 1:
                best = next(iter(introduced))  # "the brewer" ← "Australian brewer Acme"
            elif lower in _GENERIC_BODY_NOUNS:
                best = self._body_spoken_of(token)
        return best

    def _body_spoken_of(self, token) -> str | None:
        """"Acme hosted a panel. … the company noted …": a bare "the company" (or firm, group,
        station, agency) is the organisation the narration is about: the nearest one that is
        the subject of a clause, or names or owns it ("While Acme's prototypes …, the company
        says"), in its own sentence before it, or the subject of a main clause in the three
        sentences before, in the same or the previous paragraph ("… allow Beta Air to fly" is
        not what the text is about); of several such, the one the article has named most.
        Business news names a company again so on second reference (seen across the corpus's
        business reports); None when no organisation is such a subject, so a body never named
        is not guessed."""
        doc = self.doc
        sentence = token.sent
        paragraph = self.article.paragraph_at(token.idx)
        span, at = doc[sentence.start:token.i], sentence.start
        found: list[str] = []  # the nearest first
        for back in range(4):
            for t in reversed(span):
                actor = self.token_actor.get(t.i)
                if actor is None and t.lower_ == token.lower_ and t.dep_ in ("nsubj", "nsubjpass") \
                        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children):
                    return None  # "A group of residents wrote … the group said": that group, unnamed
                if actor is None or actor in found or self.actor_types.get(actor) != "organisation" \
                        or self._in_quote(t.idx):
                    continue
                owner = t
                while back == 0 and owner.dep_ in ("poss", "compound") and owner.head.i != owner.i:
                    owner = owner.head  # (only beside it: "Acme's chief said …" is about the chief)
                if owner.dep_ in ("nsubj", "nsubjpass") and (back == 0 or main_clause(owner.head)) \
                        and not self._another_party(actor, token):
                    found.append(actor)
            if at == 0:
                break
            before = doc[at - 1].sent
            if self.article.paragraph_at(before.start_char) < paragraph - 1:
                break
            span, at = before, before.start
        if len(found) < 2:
            return found[0] if found else None
        # Several: the nearest, unless the article has named another far more often so far — its
        # topic ("Unilever … Oil giant Shell also … The company said" is Unilever).
        named = {actor: 0 for actor in found}
        for i, actor in self.token_actor.items():
            if actor in named and i < token.i and self.token_actor.get(i - 1) != actor:
                named[actor] += 1
        topic = max(found, key=lambda actor: (named[actor], -found.index(actor)))
        return topic if named[topic] > 2 * named[found[0]] else found[0]

    def _another_party(self, actor: str, token) -> bool:
        """The words after "the company said" (to the paragraph's end, 60 words at most) name
        `actor` as someone acted on — "… legal moves by rivals, including Acme" — so the
        company is not Acme (its own name there is its possessor or subject: "Acme's sales")."""
        doc = self.doc
        for t in doc[token.i + 1:min(len(doc), token.i + 60)]:
            if "\n" in t.text_with_ws:
                break
            if self.token_actor.get(t.i) == actor and t.dep_ in ("pobj", "dobj", "conj", "appos"):
                return True
        return False

    def _role_holder(self, head) -> str | None:
        """"the Lions coach" → the one person whose role, given before, has that head and those
        words ("British and Irish Lions coach", not "Australia coach"); "the home secretary" is
        not the "Shadow home secretary". Several candidates, or none: unknown."""
        if any(t.dep_ in ("det", "nummod") and t.lower_ in ("a", "an", "another", "one", "some", "any")
               for t in head.children):
            return None  # "One MP told the BBC": someone unnamed, not the article's MP
        words = {t.lower_ for t in head.children if t.dep_ in ("compound", "amod", "nmod") and t.is_alpha}
        holders = set()
        for role, person, given_at in self._role_holders.get(head.lower_, []):
            if given_at > head.idx:
                continue  # "the spokesman said" is not a spokesman introduced further on
            role_words = set(role.replace("-", " ").split())
            if words <= role_words and not (role_words & _ROLE_QUALIFIERS) - words:
                holders.add(person)
        return next(iter(holders)) if len(holders) == 1 else None

    def _issuer_before(self, offset: int) -> str | None:
        """The actor who "issued a statement" / spoke "in a statement" most recently."""
        issuer = None
        for t in self.tokens.between(max(0, offset - 2000), offset):
            if t.lower_ not in DOCUMENT_NOUNS or t.dep_ not in ("dobj", "pobj"):
                continue
            verb = t.head if t.dep_ == "dobj" else t.head.head
            subject = subject_of(verb) if verb is not None else None
            if subject is not None:
                issuer = self.token_actor.get(subject.i) or self.pronouns.resolve(subject) or issuer
        return issuer

    # ------------------------------------------------------------------ reported speech
    def _reported(self, direct: list[Quote]) -> list[Quote]:
        """"Trump stated that he had …": a claim in the narrator's words, kind "reported"."""
        out: list[Quote] = []
        direct_spans = [(q.start, q.end) for q in direct]
        for verb in tokens_where(self.doc, "LOWER", REPORTING_FORMS | DENYING_FORMS):
            if verb.lower_ not in REPORTING_FORMS and verb.lower_ not in DENYING_FORMS \
                    or not verb.tag_.startswith("VB") or self._in_quote(verb.idx) or _that_said(verb):
                continue
            for tokens in self._reported_clauses(verb):
                # "that", "whether" and stray commas go; "after" in "said that, after the vote, …"
                # opens the reported words themselves
                while tokens and (tokens[0].dep_ == "mark" and tokens[0].lower_ in ("that", "whether", "if")
                                  or tokens[0].is_punct):
                    tokens.pop(0)
                while tokens and tokens[-1].is_punct and tokens[-1].text not in ALL_MARKS:
                    tokens.pop()
                if len(tokens) < 4:
                    continue
                start, end = _balance_marks(self.text, tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))
                # A clause that is mostly a direct quote is that quote, not a separate claim.
                if sum(_overlap(start, end, s, e) for s, e in direct_spans) > 0.5 * (end - start):
                    continue
                subject = self._subject(verb)
                if subject is None or _denied(subject, verb) or _expletive(subject, verb) or _withheld(verb):
                    continue
                speaker = self._speaker_from(subject, verb)
                if speaker.text is None:
                    continue
                out.append(Quote(
                    id="", start=start, end=end, text=self.text[start:end], kind="reported",
                    partial=False, speaker=speaker, cue=verb.text,
                    sentence=self._sentence_range(start, end), segments=_runs(tokens),
                    how="pronoun" if subject.lower_ in PERSON_PRONOUNS | GROUP_PRONOUNS else
                    "cue-before" if verb.idx < start else "cue-after",
                    cue_phrase=self._cue_phrase(verb, start) + self._antecedent(verb, tokens),
                ))
        return out

    def _reported_clauses(self, verb) -> list[list]:
        """What a reporting verb reports: its clausal complement ("said that the plant …"); the
        clause before it when the cue closes the sentence ("The plant is safe, she said."); the
        claim a denying verb rejects ("rejected claims that …"); or — when the cue is set off by
        commas inside the sentence ("Five years ago, Carla Voigt said, the plant offered …") —
        the clause it interrupts, without the cue's own words. Not a clause of purpose or
        reason the parser hung on the verb ("declared on Friday so he could …"), and not a
        relative clause on what was said (", which angered the traders" is the narrator's)."""
        denying = verb.lower_ in DENYING_FORMS
        if denying or verb.lower_ not in REPORTING_FORMS:
            clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i
                       and (verb.lower_ in REPORTING_FORMS or _opens_with_that(c))]  # "denied they were …"
            for noun in verb.children:  # "rejected claims that …", "dismissed the suggestion that …"
                if noun.dep_ == "dobj" and noun.lower_ in CLAIM_NOUNS:
                    clauses += [c for c in noun.children if c.dep_ in ("acl", "ccomp", "appos") and c.i > noun.i
                                and _opens_with_that(c)]
        else:
            clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
            closing = self._clause_before(verb)
            if closing is not None:
                clauses.append(closing)
        out = [_content(clause) for clause in clauses if not _purpose(clause)]
        if verb.dep_ == "parataxis" and not out and verb.head.pos_ in ("VERB", "AUX") \
                and (aside := list(verb.subtree))[0].text == "," and aside[-1].text == "," and aside[-1].i > verb.i \
                and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children) and not denying:
            aside = {t.i for t in aside}
            out.append([t for t in _content(verb.head) if t.i not in aside])
        return out

    def _clause_before(self, verb):
        """"The harbour will reopen in June, she said.": the clause a cue closing its sentence
        reports — the verb's clausal complement before it, set off by a comma, with only the
        subject (and a time or place) between the comma and the sentence's end."""
        if verb.dep_ != "ROOT":
            return None
        before = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.i < verb.i]
        if len(before) != 1 or any(c.dep_ in ("ccomp", "dobj", "xcomp") and c.i > verb.i for c in verb.children):
            return None
        clause = before[0]
        last = max(t.i for t in clause.subtree)
        doc = verb.doc
        if doc[last].text != ",":  # the parser puts the comma in the clause or after it
            if last + 1 >= len(doc) or doc[last + 1].text != ",":
                return None
            last += 1
        if any(t.text in ALL_MARKS or t.text in ":;" for t in doc[last + 1:verb.i]) or verb.i - last > 8:
            return None  # "…,” she said" is a direct quote's attribution
        first = min(t.i for t in clause.subtree)
        if first > verb.sent.start + 2 or self._in_quote(doc[first].idx):
            return None  # the clause must open the sentence ("But the plant is safe, she said.")
        return clause

    def _antecedent(self, verb, tokens) -> str:
        """"a change the Treasury says will benefit …": a cue inside a relative clause reports
        words whose subject is the noun the clause hangs on; shown in brackets after the cue,
        as quoting does with a word put in ("says [a change] will benefit …"). Else ""."""
        if verb.dep_ != "relcl" or verb.i > tokens[0].i:
            return ""
        ids = {t.i for t in tokens}
        heads = [t for t in tokens if t.head.i not in ids]
        if len(heads) != 1 or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in heads[0].children):
            return ""
        noun = verb.head
        left = [t for c in noun.lefts if c.dep_ in ("det", "poss", "amod", "compound", "nummod") for t in c.subtree]
        first = min([noun, *left], key=lambda t: t.i)
        return f" [{self.text[first.idx:noun.idx + len(noun.text)]}]"

    def _cue_phrase(self, verb, content_start: int) -> str:
        """The cue as shown with reported words: the words from the cue (and the auxiliaries or
        adverbs right before it: "has denied", "later admitted") to the reported clause —
        "denied that", "rejected claims that", "told reporters on Monday that" — shortened to
        "told … that" when long; for a cue after the clause or inside it, the cue and a colon
        ("said:"). Source: the Cue span of attribution relations (PARC 3.0, Pareti 2016)."""
        after = verb.idx > content_start
        first = verb
        while first.i > 0 and first.nbor(-1).head.i == verb.i and first.nbor(-1).is_alpha and (
                first.nbor(-1).dep_ in ("advmod", "neg") or first.nbor(-1).dep_ == "aux" and not after
                and first.nbor(-1).tag_ != "TO"):
            first = first.nbor(-1)  # "has denied that", "later admitted:" (not "to argue", "have said:")
        lead = self.text[first.idx:verb.idx + len(verb.text)]
        if after:
            return lead + ":"
        between = self.text[verb.idx + len(verb.text):content_start].split()
        if any(not w[:1].isalnum() for w in between):
            between = [w for w in between if w[:1].isalnum()]
        if len(between) <= 5 and not any(w.endswith((",", ";", ":")) for w in between[:-1]):
            return " ".join([lead, *between]).rstrip(",;:")
        tail = between[-1] if between and between[-1].lower() in ("that", "whether", "if") else ""
        return f"{lead} … {tail}".rstrip()

    # ------------------------------------------------------------------ helpers
    def _in_quote(self, offset: int) -> bool:
        i = bisect.bisect_right(self._quoted_starts, offset) - 1  # the last quotation opened at or before it
        return i >= 0 and offset < self._quoted[i][1]

    def _next_quote_open(self, offset: int, limit: int) -> int:
        for i in range(offset, limit):
            if self.text[i] in OPEN_MARKS or (self.text[i] == STRAIGHT and _opens(self.text, i, limit)):
                return i
        return limit

    def _previous_quote_close(self, offset: int) -> int:
        i = bisect.bisect_left(self._quoted, (offset, -1)) - 1
        return self._quoted[i][1] + 1 if i >= 0 else 0

    def _sentence_range(self, start: int, end: int) -> tuple[int, int]:
        # The sentences of the tokens at both ends, found on the shared arrays (`Token.sent`
        # walks the tokens and builds two Spans on each call).
        sentences = arrays_of(self.doc)
        first = sentences.sent(self.tokens.index_at(start))
        last = sentences.sent(self.tokens.index_at(max(start, end - 1)))
        return first.start_char, last.end_char


# Verbs that take the turn in a debate or interview report (the subject speaks next), verbs that do
# with "back" ("shot back", "hit back"), and "turned to" (the one turned to speaks next).
_TURN_VERBS = frozenset(f for base in "retort counter interject interrupt press challenge quiz grill rebut".split()
                        for f in (base, base + "s", base + "ed", base + "ing")) | {"pressed", "presses", "pressing"}
_BACK_VERBS = frozenset("shot shoots shooting hit hits hitting fired fires firing pushed pushes pushing struck strikes "
                        "snapped snaps bit bites fought fights".split())
_TURN_TO = frozenset({"turned", "turns", "turning"})

# "WALLACE: …", "Q: …", "Mr. Ortiz: …" at the start of a quote: a transcript turn.
# A turn label written as a name ("Mara Finch: …", "Wikinews: …"), up to four capitalised words.
_NAME_TURN = re.compile(r"\s*([A-Z][\w.'’-]*(?: (?:[A-Z][\w.'’-]*|de|van|von|da|di|al|bin|la|le)){0,3})\s*:\s")
_TURN = re.compile(r"\s*((?:[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})|Q|A|(?:Mr|Mrs|Ms|Dr)\.? [A-Z][\w'’-]+)\s*:\s")
# "Said Marlow: “…”", "Added the minister, “…”": a cue and its speaker inverted before the quote.
_INVERTED_CUE = re.compile(r"(?:^|(?<=[.!?] ))(Said|Says|Added|Adds|Asked|Asks|Wrote|Writes)\s+([^,:;.]{2,60}?)\s*[:,]\s*$")
# "“…” — Name", "“…” -Name", "“…” ― Name": the quote's byline after a dash.
_DASH_BYLINE = re.compile(r"[ \t\u00a0]*[―—–-][ \t\u00a0]*(?=[A-Z])")
# A one-word quoted nickname inside a name: Marcia "Cia" Price.
_NICKNAME = re.compile(r"[\"“][A-Z][\w.'’-]*[\"”] (?=[A-Z])")
# A byline after the paragraph's last closing mark: "… “…” ― Name."
_LAST_DASH_BYLINE = re.compile(r"(?<=[”\"»’])[ \t\u00a0]*[―—–][ \t\u00a0]*(?=[A-Z][^”\"»“―—–]{1,80}$)")
# A share of people as a subject: what they believe is reported by whoever reports it.
_FINDING_FORMS = frozenset("found finds find showed shows shown show concluded concludes determined".split())
_SHARES = frozenset("majority minority most many half percent share number proportion third quarter".split())
# A possessive or a preposition of place right before a title-case quotation: a programme, a book.
_BEFORE_A_TITLE = re.compile(r"(?:['’]s|\b(?:on|in|at|from|of))\s*[“\"]?$")
# "as a “…”" closing the phrase before a quotation (not "such as", "known as", "as well as").
_AS_BEFORE = re.compile(r"(?<!such )(?<!known )(?<!well )\bas(?: an?| the)?\s*[“\"]?$", re.IGNORECASE)
# "X called (it) “…”" right before a quotation.
_CALLED_BEFORE = re.compile(r"\b(?:called|calls|call|calling|branded|brands|brand|labell?ed|labels|termed|terms)"
                            r"\s*[“\"]?$", re.IGNORECASE)
_CALLING = frozenset("called calls call calling branded brands brand labeled labelled labels termed terms".split())
_COORDINATED = re.compile(r"[\s,]*(?:and|or)\s+(?:an?\s+)?[“\"]?", re.IGNORECASE)
# A work named right before a quotation: the quotation is its title.
_WORK_BEFORE = re.compile(r"\b(?:songs?|films?|movies?|documentar(?:y|ies)|albums?|books?|novels?|memoirs?|series|"
                          r"episodes?|poems?|podcasts?|commentary|commentaries|columns?|op-eds?|essays?|editorials?|"
                          r"headlines?)\s*,?\s*[“\"]?$", re.IGNORECASE)
# "Ortiz v. Harbour Board", "Ortiz vs. Harbour Board Ltd": the name of a court case.
_CASE_NAME = re.compile(r"^[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)* vs?\. [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*$")
# Words that open a subordinate clause after a quote: what follows is not its attribution.
# Verbs that say what someone is or seems ("X looks certain to play"), not what they do.
_STATE_VERBS = frozenset(f"{base}{end}" for base in "look seem appear remain stay".split() for end in ("", "s", "ed", "ing")) \
    | frozenset("be is are was were been being am become becomes became becoming".split())
# How someone took something, in a sentence that hands the next uncued quote to them ("leaving
# coach Ed Marsh unimpressed", "Marsh was delighted"): adjectives and participles of feeling.
_REACTIONS = frozenset("""unimpressed impressed delighted pleased happy unhappy satisfied dissatisfied disappointed
    frustrated furious angry upset annoyed irritated incensed livid fuming seething relieved thrilled elated proud
    optimistic pessimistic bullish upbeat downbeat gutted dejected philosophical adamant defiant bemused baffled
    puzzled perplexed mystified stunned shocked surprised unrepentant apologetic rueful scathing ecstatic
    overjoyed dismayed aggrieved exasperated bewildered""".split())
# Verbs of talking about something ("talked about “…”", "went on about “…”", "railed against “…”").
_TALKING = frozenset(f"{base}{end}" for base in "talk rant rail complain boast rave muse".split()
                     for end in ("", "s", "ed", "ing")) | frozenset("speak speaks spoke speaking spoken".split())
_GOING = frozenset("go goes went gone going".split())
_SUBORDINATORS = frozenset("when while whereas because after before if since though although unless until "
                           "once whenever".split())
# After a quoted term, the clause that explains it: "“lag”, in which …", "“control orders”, which …"
_DEFINED = re.compile(r"[”\"’]?\s*,?\s*(?:(?:in|under|by|with|through) )?(?:which|whereby|meaning)\b", re.IGNORECASE)
_ASKS = re.compile(r"\b(?:question|ask|asks|asked|ballot)\b[^.!?]*$", re.I)
_PART_WORDS = frozenset({"part", "parts", "section", "excerpt", "portion", "extract", "passage"})


# Nouns for words that come from someone ("a statement from the king", "a question from a nurse").
_WORDS_FROM_SOMEONE = SPEECH_NOUNS | DOCUMENT_NOUNS | frozenset({"question", "questions", "message", "messages"})

_NEGATIVE_SUBJECTS = {"nobody", "none", "neither", "noone", "nothing"}
_NEGATIVE_DETERMINERS = {"no", "neither", "few"}


def _reported_by(cue, governing) -> bool:
    """The cue sits in a clause that a governing cue above it reports (a chain of clausal
    complements and their conjuncts), not in an adverbial clause ("after …", "when …")."""
    outer = {t.i for t in governing if t.i != cue.i}
    node = cue
    while node.i not in outer:
        if any(c.dep_ == "parataxis" and c.i in outer for c in node.children):
            return True  # "…, Mr. Obama said, a majority have come to believe “…”"
        # A Token is made anew on each access (`doc[i] is doc[i]` is False): the root is the
        # token that is its own head by index. `node.head is node` never held, and a cue whose
        # chain reached the root outside `outer` looped forever (a 200-article import hung).
        if node.head.i == node.i or node.dep_ == "advcl" and any(
                c.dep_ in ("mark", "advmod") and c.lower_ in _SUBORDINATORS for c in node.children) \
                or node.dep_ == "pcomp" and node.head.lower_ in _SUBORDINATORS:  # "after blaming …"
            return False
        node = node.head
    return True


def _denied(subject, verb) -> bool:
    """"Not everyone agreed that …", "No one said …", "Few experts think …", "She did not say
    that …": the clause is what nobody (or hardly anybody) claimed, so it is no one's
    reported statement — showing it as "everyone — agreed: …" would reverse its meaning."""
    if subject.lower_ in _NEGATIVE_SUBJECTS:
        return True
    if any(c.dep_ == "neg" or (c.dep_ in ("det", "amod") and c.lower_ in _NEGATIVE_DETERMINERS)
           for c in subject.children):
        return True
    return any(c.dep_ == "neg" for c in verb.children)


# Marks of a clause of purpose, reason or time: never the content of a cue ("declared last
# Friday so he could attend", "said nothing because …"), whatever the parser made of it.
_PURPOSE_MARKS = frozenset("so because since as while whereas although though unless until once before after when "
                           "lest order".split())


def _purpose(clause) -> bool:
    """"declared last Friday so he could attend …": the parser hangs a clause of purpose or
    reason on the cue as its complement; its mark says it is none."""
    if _opens_with_that(clause):
        return False  # "said that, after the vote, the board …"
    first = min(clause.subtree, key=lambda t: t.i)
    return any(c.dep_ in ("mark", "advmod") and c.lower_ in _PURPOSE_MARKS and c.i == first.i
               for c in clause.children)


def _opens_with_that(clause) -> bool:
    """A denying verb's clause is a claim only after "that" (or "whether"): "disputed that the
    fund was empty", not "questioned him about …"."""
    return any(c.dep_ == "mark" and c.lower_ in ("that", "whether") for c in clause.children)


def _content(clause) -> list:
    """The tokens of a reported clause, less a relative clause the narrator adds on after a
    comma (", which angered the traders"; ", who …"): that is not what was said."""
    drop: set[int] = set()
    for t in clause.subtree:
        if t.dep_ in ("relcl", "advcl", "acl") and t.i > t.head.i:
            sub = sorted(t.subtree, key=lambda x: x.i)
            lead = sub[0]
            if lead.lower_ in ("which", "who", "whom") and lead.i > 0 and lead.nbor(-1).text == ",":
                drop.update(x.i for x in sub)
                drop.add(lead.i - 1)
    return [t for t in clause.subtree if not t.is_space and t.i not in drop]


_WITHHOLDING = frozenset(f for base in "refuse decline fail".split() for f in (base, base + "s", base + "d", base + "ed"))
_WITHHOLDING |= {"refusing", "declining", "failing"}


def _withheld(verb) -> bool:
    """"refused to deny the claim that …", "declined to say whether …": what someone would
    not say is not their statement."""
    return verb.dep_ == "xcomp" and verb.head.lower_ in _WITHHOLDING


def _expletive(subject, verb) -> bool:
    """"It is estimated that …", "It was reported that …": an expletive "it" names nobody (the
    subject of a passive cue, or the parser's "expl")."""
    if subject.dep_ == "expl":
        return True
    return subject.lower_ == "it" and any(c.dep_ == "auxpass" for c in verb.children)


# "One said", "another added", "some of them said": a member of a group, counted, not named.
_COUNTING_PRONOUNS = frozenset({"one", "another", "some", "others", "several", "both"})
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve dozen dozens "
                          "hundreds thousands".split())
# Endings and words of plural nouns that name people ("residents", "workers", "officials").
_PEOPLE_ENDINGS = ("ers", "ors", "ists", "ians", "ents", "ants", "ees", "men", "women", "people", "folk")
_PEOPLE_NOUNS = frozenset("people children officials police staff fans witnesses neighbours neighbors parents "
                          "families voters locals victims survivors relatives friends colleagues source sources "
                          "insider insiders witness critic critics expert experts".split())


def _a_number_word(word: str) -> bool:
    return word.lower() in _NUMBER_WORDS


def _one_of_a_group(token) -> bool:
    """"One said", "Another added", "one of them said": a counting word as the whole subject
    (not "One resident said", nor "one of the residents said", which name whom they count)."""
    if token.lower_ not in _COUNTING_PRONOUNS or token.pos_ not in ("NUM", "PRON", "DET", "ADJ", "NOUN"):
        return False
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            return all(c.pos_ == "PRON" for c in prep.children if c.dep_ == "pobj")
    return not any(c.dep_ in ("compound", "amod") for c in token.children)


def _names_people(token) -> bool:
    lower = token.lower_
    return lower in _PEOPLE_NOUNS or lower.endswith(_PEOPLE_ENDINGS) or lower[:-1] in TITLE_WORDS


# Nouns for one person that no job list holds ("the man", "the intruder", "the respondent").
# An ending says too little ("sector", "paper" and "plant" are things), so the words are listed.
_ONE_PERSON_NOUNS = frozenset("""man woman boy girl person child guy lady gentleman youth teenager individual
stranger friend relative neighbour neighbor victim witness suspect gunman respondent resident student patient
client parent opponent claimant defendant applicant participant tenant immigrant migrant attacker assailant
intruder protester protestor demonstrator caller passenger driver customer shopper worker voter supporter
owner buyer seller reader viewer listener user fan bystander visitor traveller traveler commuter spectator
investor donor insider whistleblower blogger survivor prisoner inmate refugee employee retiree""".split())


def _one_person(lower: str) -> bool:
    return lower in _ONE_PERSON_NOUNS or looks_like_a_job(lower)


# Letters after a name that say a rank, a seat or an honour ("Tessa Vyne QC", "Ann Lee MP").
_POST_NOMINALS = frozenset("QC KC SC MP MEP MSP MLA MS AM TD Jr Sr OBE MBE CBE KBE DBE".split())

# Words for someone who speaks in a body's name: "the party's spokesman" gives the party.
_SPEAKS_FOR_A_BODY = frozenset("spokesman spokeswoman spokesperson representative".split())


def _names_one_person(token) -> bool:
    """A singular noun for one person holding a post or job ("leader", "chairman", "coach",
    "glaciologist"), not one who speaks in a body's name (see `_SPEAKS_FOR_A_BODY`)."""
    lower = token.lower_
    if token.tag_ != "NN" or lower in _SPEAKS_FOR_A_BODY or lower in ("official", "officials", "police"):
        return False
    return lower in TITLE_WORDS or lower in OCCUPATIONS or _one_person(lower)


def _noun_phrase(token) -> tuple[int, int]:
    if token.pos_ == "PROPN":  # a name the entity recogniser missed: "Tobin Ashgrove", not "Member …"
        left = [c for c in token.lefts if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN"]
        start_tok = min([token] + left, key=lambda t: t.i)
        return start_tok.idx, token.idx + len(token.text)
    left = [c for c in token.lefts if c.dep_ in ("det", "poss", "amod", "compound", "nmod", "case", "nummod")]
    start_tok = min([token] + [t for c in left for t in c.subtree], key=lambda t: t.i)
    end_tok = token
    if token.pos_ in ("PRON", "NUM", "DET"):  # "Some of the marchers", "One of the officials"
        of = [c for c in token.rights if c.dep_ == "prep" and c.lower_ == "of"]
        if of:
            end_tok = max(of[0].subtree, key=lambda t: t.i)
    return start_tok.idx, end_tok.idx + len(end_tok.text)


def _runs(tokens) -> tuple[tuple[int, int], ...]:
    """Character spans of the runs of consecutive tokens (a clause less an aside in it)."""
    out: list[list[int]] = []
    for t in tokens:
        if out and t.i == last + 1:
            out[-1][1] = t.idx + len(t.text)
        else:
            out.append([t.idx, t.idx + len(t.text)])
        last = t.i
    return tuple((a, b) for a, b in out)


def _balance_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """A reported clause that opens a quotation inside it must close it too ("it was “too late
    to turn the boats round.”"): take in the closing mark that follows (after at most a full stop
    or comma), or else drop an unmatched mark at either edge, so no stray mark is shown."""
    span = text[start:end]
    opened = sum(span.count(m) for m in OPEN_MARKS) - sum(span.count(m) for m in CLOSE_MARKS)
    if opened == 0 and span.count(STRAIGHT) % 2 == 0:
        return start, end
    after = text[end:end + 3]
    for i, ch in enumerate(after):
        if ch in CLOSE_MARKS + STRAIGHT:
            return start, end + i + 1
        if ch not in ".,!?;":
            break
    if span[:1] in ALL_MARKS:
        start += 1
    elif span[-1:] in ALL_MARKS:
        end -= 1
    return start, end


def _overlap(a: int, b: int, c: int, d: int) -> int:
    return max(0, min(b, d) - max(a, c))


_SPAN_JUNK = "\"'“”‘’«»<>=/ \t\n"


def _trimmed(speaker: Speaker) -> Speaker:
    """The speaker's words without marks or markup left at their edges ('">Sanders' in a
    text with stray HTML is "Sanders")."""
    text = speaker.text
    if not text or speaker.start is None or speaker.end is None:
        return speaker
    lead = len(text) - len(text.lstrip(_SPAN_JUNK))
    trail = len(text) - len(text.rstrip(_SPAN_JUNK))
    if not lead and not trail or lead + trail >= len(text):
        return speaker
    return replace(speaker, text=text[lead:len(text) - trail], start=speaker.start + lead, end=speaker.end - trail)


def _with_id(q: Quote, quote_id: str) -> Quote:
    return replace(q, id=quote_id)


# Unions of word sets the conditions above test, built once (a `|` inside a condition builds
# a new set each time it is evaluated).
_DOCUMENT_OR_SPEECH_NOUNS = DOCUMENT_NOUNS | SPEECH_NOUNS
# Nouns news style uses to name an organisation again on second reference, whatever its
# trade ("the company said", "the station said"); a noun that says the trade ("the bank", "the
# union") is matched against the organisations' own names instead (see `_noun_actor`).
_GENERIC_BODY_NOUNS = frozenset("company firm group organisation organization agency station".split())


_QUOTING = frozenset({"quoted", "quotes", "quoting", "quote", "cited", "cites", "citing", "cite"})


def _quoted_as_saying(verb):
    """"The Herald quoted Ada Lee, a former aide, as saying …": the words are Ada Lee's, the
    object of "quoted", not the paper's (which only reports them); None for any other cue."""
    if verb.lower_ not in ("saying", "telling", "writing") or verb.head.lower_ != "as":
        return None
    quoting = verb.head.head
    if quoting.lower_ not in _QUOTING:
        return None
    return next((c for c in quoting.children if c.dep_ == "dobj"), None)
