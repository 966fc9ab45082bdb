"""Results of analysis. Plain dataclasses with offsets into `Article.text`, no Qt, no spaCy:
the UI, the index and the exporters all read these (like displaCy renders from a dict)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

ACTOR_TYPES = ("person", "organisation", "place", "group")
SCHEMA = "byline.extract/3"  # /3: a range keeps both ends in a fact's value; /2: speaker offsets and how
# How a quote's speaker was decided, so a reader knows what to verify (see quotes.py):
HOW = ("cue-after", "cue-before", "colon", "dash", "label", "pronoun", "running", "context")

ONE_LINE = " ¶ "  # where a quote's paragraphs meet in a one-line view (panel, terminal reports)
_PARAGRAPH_BREAK = re.compile(r"\s*\n\s*\n\s*")  # Article.text joins paragraphs with a blank line
_REOPENING_MARKS = "\"“„«‘'"


def quote_paragraphs(text: str) -> list[str]:
    """The words of a quotation paragraph by paragraph (at least one, maybe empty). News
    convention opens each new paragraph of a long quote with a quotation mark and closes only
    the last: "…record profits.¶"We did not want…" — that reopening mark is typography, so it
    is left out of every paragraph after the first. Display only: offsets are untouched."""
    first, *rest = _PARAGRAPH_BREAK.split(text.strip())
    return [_drop_inner_reopening(p) for p in
            (first, *(p[1:].lstrip() if p[:1] in _REOPENING_MARKS else p for p in rest))]


# A mark reopening the quotation after a finished sentence inside a paragraph (a break the
# source lost: "…well. "Now we rest.") — typography too, when nothing in the paragraph closes it.
_INNER_REOPENING = re.compile(r"(?<=[.!?…])(\s+)([\"“„«])(?=\S)")
_CLOSER = {'"': '"', "“": "”", "„": "“", "«": "»"}


def _drop_inner_reopening(paragraph: str) -> str:
    def drop(m: re.Match) -> str:
        closes_later = _CLOSER[m.group(2)] in paragraph[m.end():]
        return m.group(0) if closes_later else m.group(1)
    return _INNER_REOPENING.sub(drop, paragraph)


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    text: str
    actor_id: str
    sentence: tuple[int, int]

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(slots=True)
class Actor:
    id: str
    name: str
    type: str  # one of ACTOR_TYPES
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "name": self.name, "type": self.type, "aliases": self.aliases,
            "mentions": [m.to_dict() for m in self.mentions],
        }


@dataclass(frozen=True, slots=True)
class Speaker:
    text: str | None  # as written ("he", "the statement", "Mark Carney"); None when unknown
    actor_id: str | None
    start: int | None = None  # offsets of the words naming the speaker for this quote
    end: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "actor": self.actor_id, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> "Speaker":
        if not data:
            return UNKNOWN_SPEAKER
        return cls(data.get("text"), data.get("actor"), data.get("start"), data.get("end"))


UNKNOWN_SPEAKER = Speaker(None, None)


@dataclass(frozen=True, slots=True)
class Quote:
    id: str
    start: int  # inside the quotation marks
    end: int
    text: str
    kind: str  # "direct" | "reported"
    partial: bool
    speaker: Speaker
    cue: str | None
    sentence: tuple[int, int]
    # Pieces to highlight: one per paragraph for a quote that runs over several.
    segments: tuple[tuple[int, int], ...] = ()
    how: str | None = None  # one of HOW; None when the speaker is unknown
    # Reported speech: the cue as shown before its words ("denied that", "rejected claims that",
    # "said:" for a cue after them); None for a direct quote.
    cue_phrase: str | None = None

    def display_paragraphs(self) -> list[str]:
        """The quote as it reads on its own, wherever it is shown apart from the article (search
        results, the side panel, exports), one string per paragraph (see `quote_paragraphs`):
        a direct quote opened in the first and closed in the last, reported speech in the
        reporter's words after its cue — "denied that the fund was empty" — so a denial never
        reads as an assertion."""
        parts = quote_paragraphs(self.text)
        if self.kind == "direct":
            parts[0] = "“" + parts[0]
            parts[-1] += "”"
        else:
            parts[0] = f"{self.cue_phrase or (self.cue or 'said') + ':'} {parts[0]}"
        return parts

    def display_text(self, paragraph_break: str = "\n\n") -> str:
        """`display_paragraphs` joined by `paragraph_break` (ONE_LINE for a one-line view)."""
        return paragraph_break.join(self.display_paragraphs())

    def span_with_cue(self, text: str) -> tuple[int, int]:
        """Offsets of reported speech together with its cue when the cue runs straight into it
        in `text` (the article's text): "denied that the fund was empty" — what a kept
        reported statement covers, so the note never loses its cue. Else (start, end)."""
        phrase = self.cue_phrase
        if self.kind == "reported" and phrase and not phrase.endswith(":") and "…" not in phrase:
            lead = text.rfind(phrase.split()[0], max(0, self.start - len(phrase) - 20), self.start)
            if lead >= 0 and " ".join(text[lead:self.start].split()) == phrase:
                return lead, self.end
        return self.start, self.end

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "text": self.text, "start": self.start, "end": self.end,
            "partial": self.partial, "kind": self.kind,
            "speaker": self.speaker.to_dict(),
            "how": self.how, "cue": self.cue, "cue_phrase": self.cue_phrase,
            "sentence": {"start": self.sentence[0], "end": self.sentence[1]},
        }


def format_value(value: Any) -> str:
    """A fact's normalised value for people: "USD 4,500,000,000", "25", "2025-04-02", and a
    range with both ends: "3–3.5", "USD 2,000,000–3,000,000"."""
    if value is None:
        return ""
    if isinstance(value, dict) and "low" in value:
        return f"{format_value(float(value['low']))}–{format_value(float(value['high']))}"
    if isinstance(value, dict):
        amount = f"{value.get('amount'):,.0f}"
        if value.get("high") is not None:
            amount += f"–{value['high']:,.0f}"
        return f"{value.get('currency') or ''} {amount}".strip()
    if isinstance(value, float):
        return f"{value:,.10g}"
    return str(value)


@dataclass(frozen=True, slots=True)
class Fact:
    """One fact, with its normalised `value`:
    role: the role as text ("mayor of Dunmore (from 1979)"); date: an ISO 8601 string (day,
    month or year) or None when vague; percent and quantity: a number, or for a range
    {"low": 3.0, "high": 3.5} ("3% to 3.5%"); money: {"amount", "currency"} (ISO 4217 or None),
    and for a range also "high" ("between £5m and £8m": amount 5e6, high 8e6). A change ("from
    2% to 3%") is two facts. None when the text gives no value."""
    kind: str  # "role" | "date" | "percent" | "money" | "quantity"
    start: int
    end: int
    text: str
    value: Any
    subject: str | None  # actor id
    sentence: tuple[int, int]

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind, "text": self.text, "value": self.value, "subject": self.subject,
            "start": self.start, "end": self.end,
            "sentence": {"start": self.sentence[0], "end": self.sentence[1]},
        }


@dataclass(slots=True)
class Analysis:
    actors: list[Actor]
    quotes: list[Quote]
    facts: list[Fact]
    analysed_chars: int  # the text beyond this offset was not analysed (very long articles)
    notices: list[str] = field(default_factory=list)

    def actor(self, actor_id: str | None) -> Actor | None:
        for actor in self.actors:
            if actor.id == actor_id:
                return actor
        return None

    def quotes_by(self, actor_id: str) -> list[Quote]:
        return [q for q in self.quotes if q.speaker.actor_id == actor_id]

    def actors_by_paragraph(self, article) -> list[set[str]]:
        """For each paragraph, the actors it concerns: mentioned in it, or quoted in it."""
        out: list[set[str]] = [set() for _ in article.paragraphs]
        for actor in self.actors:
            for m in actor.mentions:
                out[article.paragraph_at(m.start)].add(actor.id)
        for q in self.quotes:
            if q.speaker.actor_id:
                for start, _end in q.segments or ((q.start, q.end),):
                    out[article.paragraph_at(start)].add(q.speaker.actor_id)
        return out

    def paragraphs_about(self, article, actor_ids: set[str]) -> list[int]:
        """Paragraphs that concern every one of `actor_ids` (all of them: Ctrl+click narrows)."""
        return [i for i, ids in enumerate(self.actors_by_paragraph(article)) if actor_ids <= ids]

    def find_actor(self, name: str) -> Actor | None:
        """An actor by canonical name or alias, ignoring case."""
        wanted = name.strip().lower()
        for actor in self.actors:
            if wanted == actor.name.lower() or wanted in (a.lower() for a in actor.aliases):
                return actor
        return None

    def to_json(self) -> str:
        """Lossless storage form (every field); `Analysis.from_json` reads it back."""
        return analysis_to_json(self)

    @classmethod
    def from_json(cls, text: str | bytes) -> "Analysis":
        return analysis_from_json(text)

    def to_dict(self) -> dict[str, Any]:
        return {
            "actors": [a.to_dict() for a in self.actors],
            "quotes": [q.to_dict() for q in self.quotes],
            "facts": [f.to_dict() for f in self.facts],
        }


# ---------------------------------------------------------------------- storage form (lossless)
# `to_dict` above is the public extract schema (byline.extract/1) and leaves out what a reader
# of it does not need. The library stores analyses with `to_json`/`from_json` instead: every
# dataclass field, driven by the type hints, so a field added later (with a default) is stored
# without touching this code, and JSON written before it was added still loads.

def _encode(value: Any) -> Any:
    if hasattr(value, "__dataclass_fields__"):
        return {name: _encode(getattr(value, name)) for name in value.__dataclass_fields__}
    if isinstance(value, (list, tuple)):
        return [_encode(v) for v in value]
    if isinstance(value, dict):
        return {k: _encode(v) for k, v in value.items()}
    return value


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    hints = _HINTS.get(cls)
    if hints is None:
        import typing

        hints = _HINTS[cls] = typing.get_type_hints(cls)
    return hints


def _decode(tp: Any, value: Any) -> Any:
    import types as _types
    import typing

    if value is None or tp is Any:
        return value
    origin = typing.get_origin(tp)
    if origin in (typing.Union, _types.UnionType):
        options = [t for t in typing.get_args(tp) if t is not type(None)]
        return _decode(options[0], value) if len(options) == 1 else value
    if origin is list:
        (item,) = typing.get_args(tp)
        return [_decode(item, v) for v in value]
    if origin is tuple:
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_decode(args[0], v) for v in value)
        return tuple(_decode(t, v) for t, v in zip(args, value))
    if isinstance(tp, type) and hasattr(tp, "__dataclass_fields__"):
        return _from_dict(tp, value)
    return value


def _from_dict(cls: type, data: dict[str, Any]) -> Any:
    hints = _hints(cls)
    known = {k: _decode(hints[k], v) for k, v in data.items() if k in cls.__dataclass_fields__}
    return cls(**known)  # missing keys take the field's default (JSON from an older Byline)


def analysis_to_dict(analysis: "Analysis") -> dict[str, Any]:
    """Every field of the analysis as JSON-ready data (lists for tuples)."""
    return _encode(analysis)


def analysis_from_dict(data: dict[str, Any]) -> "Analysis":
    """The inverse of `analysis_to_dict`: `analysis_from_dict(analysis_to_dict(a)) == a`."""
    return _from_dict(Analysis, data)


def analysis_to_json(analysis: "Analysis") -> str:
    import json

    return json.dumps(_encode(analysis), ensure_ascii=False, separators=(",", ":"))


def analysis_from_json(text: str | bytes) -> "Analysis":
    import json

    return _from_dict(Analysis, json.loads(text))
