"""Pronoun resolution for attribution, without a coreference model (none installs here).

A light centering model, built on what news writing does:
- "he"/"she" is the most recent person who was the subject of a main clause, or who was just
  quoted; a person in a subordinate clause ("the public believe Tony Blair …") is a weaker
  candidate, a person merely mentioned weaker still;
- "they"/"it" is the nearest subject, if that subject is an organisation or group; a person
  or a plural noun ("the ministers") in between means the pronoun is not an actor;
- the subject of a cue verb is never someone inside that verb's own reported clause
  ("Tony Blair would be in the front line, he said" is not Blair speaking about himself);
- names inside quotes are the quoted person's words and never antecedents.
Resolution is lazy, so speakers found while attributing earlier quotes count as they come.
"""
from __future__ import annotations

import bisect
import re
from typing import Callable, NamedTuple

from .arrays import of as arrays_of
from .gazetteer import FEMALE_NAMES, MALE_NAMES
from .lexicon import (CUE_FORMS, DENYING_FORMS, GROUP_PRONOUNS, PERSON_PRONOUNS, REPORTING_FORMS, TITLE_WORDS,
                      looks_like_a_job)
from .person_nouns import PERSON_NOUNS

_RANK = {"speaker": 3, "main": 3, "relative": 2, "subject": 2, "nonfinite": 2, "mention": 1}
_PERSON_HORIZON = 1500  # characters to look back
_CONTRAST = frozenset({"while", "whereas", "whilst"})
_CONSEQUENCE = frozenset({"so", "but", "yet", "and"})
_GROUP_HORIZON = 400


class _Event(NamedTuple):
    """Ordered and compared as the tuple of its fields (a tuple is built ~3x faster than a
    frozen dataclass, and a resolver builds one for every word of every mention)."""

    offset: int
    token: int  # token index (-1 for speaker events)
    kind: str  # "speaker" | "main" | "subject" | "mention" | "blocker" | "pronoun"
    actor: str | None


class PronounResolver:
    def __init__(self, doc, token_actor: dict[int, str], actor_types: dict[str, str],
                 inside_quote: Callable[[int], bool], describes: Callable | None = None) -> None:
        self._doc = doc
        # "the council spokeswoman said …": who a definite description of one person is (an
        # actor id, or None when the text does not say); without it such subjects are no events
        self._describes = describes
        self._types = actor_types
        self._memo: dict[int, str | None] = {}
        # pronoun token → the token of the unnamed description it stands for ("A spokeswoman for
        # the port said … “…,” she said"), when that, not a named person, is its antecedent
        self._unnamed_for: dict[int, int] = {}
        # "they" → the token of the unnamed plural subject it stands for ("Officials said …")
        self._group_for: dict[int, int] = {}
        self._events: list[_Event] = []
        # "f"/"m" where a first name or a title says so, so "she" skips Victor and "he" skips
        # Jemima; None when the name gives no hint or the hints disagree.
        self._gender: dict[str, str | None] = {}
        self._surnames: dict[str, set[str]] | None = None  # a word of a person's name → who has it
        pronouns = PERSON_PRONOUNS | GROUP_PRONOUNS
        # The words read on the doc's columns: a Token is built only for the few candidates a
        # rule below reads the parse of (every word of every mention is a candidate).
        arrays = arrays_of(doc)
        offsets, lowers, titles = arrays.column_list("IDX"), arrays.lowers(), arrays.column_list("IS_TITLE")
        tags, deps = arrays.column_list("TAG"), arrays.column_list("DEP")
        strings = doc.vocab.strings
        nnp, nn, nns = strings["NNP"], strings["NN"], strings["NNS"]
        subject = {strings["nsubj"], strings["nsubjpass"]}
        for i in _event_indices(doc, token_actor, pronouns):
            offset = offsets[i]
            if inside_quote(offset):
                continue
            actor = token_actor.get(i)
            if actor is None:
                if (tags[i] == nnp or tags[i] == nn or tags[i] == nns) and titles[i]:
                    # "Thistlewood conceded that …": a surname the entity recogniser missed here is
                    # the one person the article names so elsewhere (even tagged a plural: "Dahl agreed")
                    actor = self._person_named(i, token_actor)
                if actor is None:
                    if lowers[i] in pronouns:
                        self._events.append(_Event(offset, i, "pronoun", None))
                    elif tags[i] == nns and deps[i] in subject:
                        self._events.append(_Event(offset, i, "blocker", None))
                    elif deps[i] not in subject:  # both kinds below are subjects
                        pass
                    elif _someone_unnamed(doc[i]):
                        self._events.append(_Event(offset, i, "unnamed", None))
                    elif describes is not None and _someone_described(doc[i]):
                        self._events.append(_Event(offset, i, "described", None))
                    continue
            self._events.append(_Event(offset, i, _role_at(doc, i), actor))
            self._note_gender(i, actor)

    def _person_named(self, i: int, token_actor: dict[int, str]) -> str | None:
        arrays = arrays_of(self._doc)
        lowers = arrays.lowers()
        if self._surnames is None:
            self._surnames = {}
            tags, nnp = arrays.column_list("TAG"), self._doc.vocab.strings["NNP"]
            for k, actor in token_actor.items():
                if self._types.get(actor) == "person" and tags[k] == nnp:
                    self._surnames.setdefault(lowers[k], set()).add(actor)
        people = self._surnames.get(lowers[i], ())
        return next(iter(people)) if len(people) == 1 else None

    def _note_gender(self, i: int, actor: str) -> None:
        if self._types.get(actor) != "person":
            return
        arrays = arrays_of(self._doc)
        text = arrays.texts()[i]
        previous = arrays.lowers()[i - 1].rstrip(".") if i else ""
        if text in FEMALE_NAMES or previous in ("mrs", "ms", "miss", "dame", "lady"):
            hint = "f"
        elif text in MALE_NAMES or previous in ("mr", "sir", "lord"):
            hint = "m"
        else:
            return
        if actor in self._gender and self._gender[actor] != hint:
            self._gender[actor] = None  # the hints disagree: no guess
        else:
            self._gender[actor] = hint

    def _agrees(self, pronoun: str, actor: str | None) -> bool:
        wanted = "f" if pronoun in ("she", "her") else "m" if pronoun in ("he", "him") else None
        known = self._gender.get(actor) if actor else None
        return wanted is None or known is None or known == wanted

    def add_speaker(self, offset: int, actor: str | None) -> None:
        """A quote was just attributed to `actor`: it is now the one "he" or "she" most likely is."""
        if actor and self._types.get(actor) == "person":
            bisect.insort(self._events, _Event(offset, -1, "speaker", actor))

    def resolve_possessive(self, token) -> str | None:
        """"Her lawsuit", "his statement": whose it is, as "she"/"he" would be resolved."""
        stands_for = {"his": "he", "her": "she", "its": "it", "their": "they"}.get(token.lower_)
        if stands_for is None:
            return None
        if token.i not in self._memo:
            self._memo[token.i] = None
            self._memo[token.i] = self._resolve(token, stands_for)
        return self._memo[token.i]

    def resolve(self, token) -> str | None:
        if token.lower_ not in PERSON_PRONOUNS | GROUP_PRONOUNS:
            return None
        if token.i not in self._memo:
            self._memo[token.i] = None  # guards against cycles
            self._memo[token.i] = self._resolve(token)
        return self._memo[token.i]

    def unnamed_group(self, token):
        """The head word of the plural subject naming people without a name ("Officials",
        "Researchers at the university", "The protesters") that "they" stands for, or None when
        it resolves to a body, to nobody, or to a plural that is no people ("profits")."""
        if token.lower_ not in ("they", "them") or self.resolve(token) is not None:
            return None
        i = self._group_for.get(token.i)
        return self._doc[i] if i is not None else None

    def unnamed_antecedent(self, token):
        """The head word of the unnamed description of one person ("a spokeswoman for the port",
        "an Energy Ministry official") that the person pronoun `token` stands for — for "the
        official", the "an … official" that introduced it — or None when it resolves to a named
        person, to nobody, to a definite description nothing introduced, or to someone a closer
        named person or a disagreeing gender word ("spokesman" for "she") rules out."""
        if token.lower_ not in PERSON_PRONOUNS or self.resolve(token) is not None:
            return None
        i = self._unnamed_for.get(token.i)
        if i is None:
            return None
        head = self._doc[i]
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            return head  # "a spokeswoman", "an Energy Ministry official", "one of the victims"
        # "the official" stands for the one an earlier "an … official" introduced; a definite
        # description nothing introduced ("the candidate", "the wife") is most often someone the
        # article names, so the pronoun is left as it is.
        for event in reversed(self._events):
            if event.offset >= head.idx or event.token < 0 or event.kind != "unnamed":
                continue
            if head.idx - event.offset > _PERSON_HORIZON:
                break
            if self._doc[event.token].lower_ == head.lower_:
                return self._doc[event.token]
        return None

    def _resolve(self, token, as_pronoun: str | None = None) -> str | None:
        pronoun = as_pronoun or token.lower_
        person = pronoun in PERSON_PRONOUNS
        excluded = _reported_clause(token)
        end = bisect.bisect_left(self._events, _Event(token.idx, -2, "", None))
        best: tuple[int, str] | None = None
        relative_subject: str | None = None  # a relative clause's subject, in the sentence being read
        sentence = None
        for event in reversed(self._events[:end]):
            if token.idx - event.offset > (_PERSON_HORIZON if person else _GROUP_HORIZON):
                break
            if event.token >= 0 and event.token in excluded:
                continue
            if person and event.token >= 0:
                here = arrays_of(self._doc).sent(event.token).start
                if here != sentence and relative_subject is not None:
                    # The subject of a relative clause in the nearest sentence that has one beats
                    # the main subject of an older sentence ("X was at the lectern while a jet
                    # passed. It was the first time Ortiz took questions … He said" is Ortiz).
                    return relative_subject
                sentence = here
            kind, actor = event.kind, event.actor
            if kind == "pronoun":
                other = self._doc[event.token]
                if (other.lower_ in PERSON_PRONOUNS) != person:
                    continue
                actor = self.resolve(other)
                kind = _role(other)
            if kind == "described":
                if not person or _role(self._doc[event.token]) != "main":
                    continue
                actor = self._describes(self._doc[event.token])
                if actor is None:
                    kind = "unnamed"  # a description the text never ties to a name
                elif self._types.get(actor) == "person" and best is None and self._agrees(pronoun, actor):
                    return actor
                else:
                    continue
            if kind == "unnamed":
                if person and _role(self._doc[event.token]) == "main" and best is None \
                        and _unnamed_agrees(pronoun, self._doc[event.token]):
                    # "A spokeswoman for the port said … “…,” she said": not a named person
                    self._unnamed_for[token.i] = event.token
                    return None
                continue
            if not person:
                if kind in ("main", "subject", "relative", "nonfinite", "blocker"):
                    if event.token >= 0 and (kind == "blocker" and pronoun in ("it", "its")
                                             or _reported_subject(self._doc, event.token)):
                        # "The union said nurses were exhausted. “…,” it said": a plural noun is no
                        # "it", and the subject of what a cue reports is what was said, not who
                        # speaks next ("Harbour Bank said profits fell. They blamed …" is the bank)
                        continue
                    if kind == "blocker" and pronoun in ("they", "them") and _role(self._doc[event.token]) == "main" \
                            and _people(self._doc[event.token]):
                        # "Officials said … “…,” they said": people the text never names, as written
                        self._group_for[token.i] = event.token
                    return actor if actor and self._types.get(actor) in ("organisation", "group") else None
                group = _people_of_a_body_at(self._doc, event.token, pronoun)
                if group is not None:
                    # "Critics said … Labour MPs disagreed. “…,” they said": the nearer main subject
                    # is the MPs, a body's word before it; the search stops there, not at "Critics"
                    self._group_for[token.i] = group
                    return None
                continue
            if actor is None or kind == "blocker" or self._types.get(actor) != "person" \
                    or not self._agrees(pronoun, actor):
                continue
            rank = _RANK[kind]
            if rank == 3:
                return actor
            if kind == "relative" and relative_subject is None:
                relative_subject = actor
            if best is None or rank > best[0]:
                best = (rank, actor)
        return best[1] if best else None


# Words for one person that a text may introduce without a name ("a spokeswoman", "a friend").
_UNNAMED_HEADS = frozenset("""man woman boy girl person friend relative neighbour neighbor victim witness
resident spokesman spokeswoman spokesperson source official worker mother father son daughter wife husband
brother sister""".split())
_FEMALE_WORDS = frozenset("woman girl spokeswoman mother daughter wife sister chairwoman".split())
_MALE_WORDS = frozenset("man boy spokesman father son husband brother chairman".split())


def _someone_unnamed(token) -> bool:
    """A main subject introducing one person without a name: "A spokeswoman for the port",
    "One of the victims", "Another witness" (not "the minister", whom the text may have named)."""
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    lower = token.lower_
    if lower in ("one", "another"):
        return any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children) or lower == "another"
    if token.tag_ != "NN" or not (lower in _UNNAMED_HEADS or lower in TITLE_WORDS or looks_like_a_job(lower)):
        return False
    return any(c.dep_ == "det" and c.lower_ in ("a", "an", "another", "one") for c in token.children)


def _someone_described(token) -> bool:
    """A main subject describing one person with "the": "the council spokeswoman", "the first
    minister" (who it is, the caller says). Not "the party's leader": the body named may be the
    one the person just named leads."""
    if token.dep_ not in ("nsubj", "nsubjpass") or token.tag_ != "NN":
        return False
    lower = token.lower_
    if not (lower in _UNNAMED_HEADS or lower in TITLE_WORDS or looks_like_a_job(lower)):
        return False
    return any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) \
        and not any(c.dep_ == "poss" for c in token.children)


def _people_of_a_body_at(doc, i: int, pronoun: str) -> int | None:
    """The index of the plural main subject naming people that the mention `i` only modifies
    ("Labour" in "Labour MPs disagreed"), for "they"; None otherwise."""
    if i < 0 or pronoun not in ("they", "them"):
        return None
    token = doc[i]
    head = token.head
    if token.dep_ not in ("compound", "amod", "nmod", "poss") or head.dep_ not in ("nsubj", "nsubjpass") \
            or head.tag_ not in ("NNS", "NN") or _role(head) != "main" or not _people(head):
        return None
    return head.i


def _people(token) -> bool:
    """A plural noun for people: "officials", "researchers", "police" (not "profits", "shares")."""
    lower = token.lower_
    if lower in ("police", "people", "staff") or re.fullmatch(r"M[A-Z]{0,2}Ps|MLAs|TDs", token.text):
        return True  # (members of a parliament: "MPs", "MEPs", "MSPs", "MLAs", "TDs")
    one = lower[:-3] + "y" if lower.endswith("ies") else lower[:-1] if lower.endswith("s") else lower
    return one in PERSON_NOUNS or one in _UNNAMED_HEADS


def _unnamed_agrees(pronoun: str, token) -> bool:
    lower = token.lower_
    if pronoun in ("she", "her"):
        return lower not in _MALE_WORDS
    if pronoun in ("he", "him"):
        return lower not in _FEMALE_WORDS
    return True


def _event_indices(doc, token_actor: dict[int, str], pronouns: set[str]) -> list[int]:
    """The indices of the tokens that may be an event, in order: an actor's, a pronoun, a plural noun
    subject. Picked on the Doc's arrays (hashes of the words and labels), so the loop above
    looks at a few hundred tokens instead of every one; it checks each pick on its text."""
    import numpy  # here, not at the top: a parent that only hands articles to workers never loads it

    from .arrays import indices_where

    if not len(doc):
        return []
    memo = arrays_of(doc).memo("pronouns.event_indices")  # the same picks for the quotes' resolver and the facts'
    key = frozenset(pronouns)
    picked = memo.get(key)
    if picked is None:
        strings = doc.vocab.strings
        arrays = arrays_of(doc)  # the doc's columns, shared with the other rules
        tag, dep = arrays.column("TAG"), arrays.column("DEP")
        subjects = (dep == strings["nsubj"]) | (dep == strings["nsubjpass"])
        # a plural subject (a blocker), a capitalised one that may be a name missed here, or one
        # that introduces someone unnamed ("a spokeswoman", "one of the victims")
        picked = subjects & ((tag == strings["NNS"]) | (tag == strings["NNP"]) | (tag == strings["NN"]) | (tag == strings["CD"]))
        picked = memo[key] = frozenset(numpy.flatnonzero(picked).tolist()) \
            | frozenset(indices_where(doc, "LOWER", [strings[w] for w in pronouns]))
    indices = set(picked)
    indices.update(token_actor)
    return [i for i in sorted(indices) if 0 <= i < len(doc)]


def _role(token) -> str:
    """How prominent a mention is: subject of a main clause, any subject, or a mention. A
    function of the parse alone, so it is read once for each token of a doc (the quotes'
    resolver and the facts' one ask for the same mentions)."""
    return _role_at(token.doc, token.i)


def _role_at(doc, i: int) -> str:
    """`_role(doc[i])`, the Token built only the first time."""
    roles = arrays_of(doc).memo("pronouns.role")
    role = roles.get(i)
    if role is None:
        role = roles[i] = _role_of(doc[i])
    return role


def _role_of(token) -> str:
    # Read for every mention: the walk up to the subject is done on the doc's arrays of heads,
    # labels and words (`Token.head` builds a new Token on each look); most mentions end there.
    doc, i = token.doc, token.i
    arrays = arrays_of(doc)
    deps, heads, lowers = arrays.deps(), arrays.heads(), arrays.lowers()
    dep, head = deps[i], heads[i]
    subject = i
    # "President [Trump] said" is the subject; "a [Whistler] painting may …" names a painter
    # inside the subject, which is a thing.
    if dep in ("compound", "flat") and deps[head] in ("nsubj", "nsubjpass") \
            and arrays.poses()[head] == "PROPN" or dep == "appos" and deps[head] in ("nsubj", "nsubjpass"):
        subject = head
    name = head if dep in ("compound", "flat") else i
    if deps[name] == "pobj" and lowers[heads[name]] == "of" and deps[heads[heads[name]]] in ("nsubj", "nsubjpass") \
            and lowers[heads[heads[name]]] in TITLE_WORDS \
            and any(c.dep_ == "compound" and c.tag_ in ("NN", "NNS") and c.is_lower for c in doc[name].lefts):
        # "director of sport Ana Ruiz thanked …": the parser hangs the name on the post's field
        # ("sport Ana Ruiz"), but she is the director, the sentence's subject
        subject = heads[heads[name]]
    if deps[name] == "appos" and _in_apposition_to_a_field(doc[name]):
        # "the network's controller of drama, Ada Roe, said …": the parser hangs the name on the
        # post's field ("drama, Ada Roe"), but she is the controller, the sentence's subject
        subject = heads[heads[heads[name]]]
    if dep == "poss" and deps[head] in ("nsubj", "nsubjpass") and deps[heads[head]] == "ROOT":
        return "main"  # "Talbot's advice earned him …": whose the main clause's subject is, is its topic
    if deps[subject] == "pobj" and lowers[heads[subject]] == "to" and heads[subject] > 0 \
            and lowers[heads[subject] - 1] == "according":
        return "main"  # "According to Muyembe, many … “…,” he told the press": the source is the topic
    if deps[subject] == "pobj" and deps[heads[subject]] == "agent" and lowers[heads[subject]] == "by":
        # "The bill is expected to be opposed by the Greens. They have said …": the agent of a
        # passive main clause is who acts, its logical subject: ranked as a subject, below the
        # surface subject ("Ana Ruiz was beaten by Jo Bell. She said …" is still Ruiz). Only of a
        # main clause (through "is expected to be …"): an agent in a reported or subordinate
        # clause ("agreed it should be decided by Congress", "since he was pardoned by X") is
        # just mentioned.
        verb = doc[heads[heads[subject]]]
        if any(c.dep_ == "nsubjpass" and c.tag_ in ("NNS", "NNPS") for c in verb.children):
            return "mention"  # "The protesters were dispersed by the police. They said …": the plural subject
        while verb.dep_ == "xcomp":
            verb = verb.head
        return "subject" if _clause_role(verb, doc[subject]) == "main" else "mention"
    if deps[subject] not in ("nsubj", "nsubjpass"):
        verb = _subjectless_cue_after(doc, name)
        # "…, her lawyer, Perry Wander, said.": the parser hung the speaker elsewhere and left the
        # cue with no subject; the name right before it is who speaks (as the quotes read it)
        return _clause_role(verb, doc[name]) if verb is not None else "mention"
    subject_token = doc[subject]
    return _clause_role(subject_token.head, subject_token)


def _subjectless_cue_after(doc, i: int):
    """The cue verb right after the name ending at token `i` (past commas), when the parse gave
    that verb no subject of its own; else None."""
    k = i + 1
    while k < len(doc) and doc[k].text == ",":
        k += 1
    if k >= len(doc) or k == i + 1 and doc[i].dep_ != "appos":
        return None  # "Ann Lee said" is parsed with its subject; only a name set off by commas is lost
    verb = doc[k]
    if verb.pos_ != "VERB" or verb.lower_ not in CUE_FORMS \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    return verb


def _clause_role(verb, subject_token) -> str:
    """The role of `subject_token` as the (logical) subject of `verb`'s clause."""
    # A main clause, or one coordinated with it ("…, while X wrote …"); not a complement
    # ("the public believe Tony Blair is …") or a relative clause.
    finite = not (verb.tag_ in ("VBG", "VBN") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children))
    if not finite and verb.tag_ == "VBG" and any(c.dep_ == "case" and c.lower_ in ("'s", "’s")
                                                  for c in subject_token.children):
        finite = True  # "Ada Roe's pressing ahead": the parser reads the contracted "is" as a possessive
    if not finite:
        return "nonfinite"  # "picture Tony Blair doing it": not a clause Blair is the topic of
    if verb.dep_ in ("ccomp", "parataxis") and _opens_a_quote(verb):
        # "Ada Roe agreed: “…,” she added": the parser hangs the narration that introduces a quote
        # under the cue after it, but it is a main clause of the text
        return "main"
    if verb.dep_ == "conj" and (verb.lower_ in CUE_FORMS or verb.lower_ in DENYING_FORMS) \
            and verb.head.dep_ == "ccomp" and verb.head.head.lower_ in CUE_FORMS \
            and any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in verb.head.children):
        # "Ada Roe said she had had enough, but Ben Kerr rejected her claims": the parser joins the
        # second speaker's clause to what the first one reported, but someone answering with a
        # speech verb of their own, set against it by "but", is a main clause of the text and the
        # topic a "he" goes back to ("A said B had resigned and C had announced it" stays reported)
        return "main"
    if _clause_before_so(verb):
        return "main"
    for _ in range(4):
        if verb.dep_ == "ROOT":
            return "main"
        if verb.dep_ == "advcl" and verb.lower_ in CUE_FORMS \
                and any(c.dep_ == "mark" and c.lower_ in _CONTRAST for c in verb.children):
            # "A said the victims were …, while B wrote …": a report set against another has a
            # topic of its own, wherever the parser hung it (here on the first one's clause)
            return "main"
        if verb.dep_ not in ("conj", "parataxis", "advcl"):
            break
        verb = verb.head
    # "the first time Ortiz made a speech": a relative clause's subject is a topic of its sentence;
    # the subject of a complement ("insisted that his work with X did not …") is what was said.
    return "relative" if verb.dep_ == "relcl" else "subject"


def _clause_before_so(verb) -> bool:
    """"Ben Kerr lost in the first round last year, so he knows …": the parser may hang the clause
    before "so" (or "but") on the verb after it as its complement, but it is no reported speech
    ("X would be in the front line, he said" has no "so"): a main clause, its subject a topic,
    and nothing the pronoun after it reports."""
    return verb.dep_ == "ccomp" and verb.i < verb.head.i and verb.lower_ not in CUE_FORMS and any(
        c.dep_ in ("advmod", "cc") and c.lower_ in _CONSEQUENCE and verb.i < c.i < verb.head.i
        for c in verb.head.children)


def _in_apposition_to_a_field(name) -> bool:
    """"Ada Roe" in "the network's controller of drama, Ada Roe, said": a name in apposition to the
    object of "of" after an office that is a sentence's subject, the object being a field or a
    body rather than a person ("the lawyer of the victim, Ada Roe" stays unread)."""
    if name.dep_ != "appos" or name.head.dep_ != "pobj" or name.head.head.lower_ != "of":
        return False
    field_word, office = name.head, name.head.head.head
    if office.dep_ not in ("nsubj", "nsubjpass") or not _an_office(office.lower_):
        return False
    return not (_an_office(field_word.lower_) or field_word.lower_ in _UNNAMED_HEADS or field_word.tag_ == "NNP")


def _an_office(lower: str) -> bool:
    return lower in TITLE_WORDS or looks_like_a_job(lower) or lower in PERSON_NOUNS


def _opens_a_quote(verb) -> bool:
    """The verb is followed by a colon and a quotation mark: "Ada Roe agreed: “…”"."""
    doc = verb.doc
    return verb.i + 2 < len(doc) and doc[verb.i + 1].text == ":" and doc[verb.i + 2].text in _QUOTE_MARKS


_QUOTE_MARKS = frozenset("\"“”„«»")


def _reported_subject(doc, i: int) -> bool:
    """The token is the subject of a clause a cue verb reports ("said [profits fell]", "said
    [that nurses were exhausted]"), the cue's own subject being outside it."""
    token = doc[i]
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = token.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ccomp" and verb.head.lower_ in REPORTING_FORMS and verb.head.i < token.i


def _reported_clause(pronoun) -> set[int]:
    """Token indices of what the pronoun's own cue verb reports (its clausal complement)."""
    verb = pronoun.head
    if pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return set()
    out: set[int] = set()
    # "Ada Roe agreed: “…,” she added": what the cue after a quote reports is the quote, not the
    # narration before its opening mark (which the parser hangs on the same clause)
    doc = pronoun.doc
    floor = next((t.i for t in doc[pronoun.sent.start:pronoun.i]
                  if t.text in _QUOTE_MARKS and t.i > 0 and doc[t.i - 1].text == ":"), pronoun.sent.start)
    for child in verb.children:
        if (child.dep_ in ("ccomp", "xcomp") or (child.dep_ == "parataxis")) and not _clause_before_so(child):
            out.update(t.i for t in child.subtree if t.i >= floor)
    # "… Tony Blair would be in the front line, he said": the parser often hangs "he said"
    # under the reported clause's verb instead; then that clause is reported too — but only
    # back to the last quotation mark or sentence start: before that is narration.
    if verb.dep_ in ("parataxis", "ccomp") and verb.head.i != verb.i and verb.lower_ in CUE_FORMS:
        start = pronoun.sent.start
        for t in pronoun.doc[start:pronoun.i]:
            if t.text in "\"“”„«»":
                start = t.i + 1
        out.update(t.i for t in verb.head.subtree if start <= t.i < pronoun.i)
    return out
