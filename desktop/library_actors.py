"""Actors across the library: "Mark Carney" in one article and "Carney" in another are one
library actor; what each actor said everywhere; and who gets a voice in the coverage.

Merging rules, after the per-article ones (analysis/actors/):
- people merge on their full name; an article that only ever names "Carney" joins the one
  library person with that surname — if two people share it, the mention stays apart;
- what one article cannot know is settled by the others: a single-word name that its article
  typed as a place, organisation or group ("“We are ready,” Carney said." — Carney taken for a
  place) but that speaks there (a quote's speaker) or holds a role, and that the library knows as
  exactly one person's surname, is that person. A known country, region or city ("Canada said")
  keeps its type;
- organisations, places and groups merge on their canonical name or a shared alias ("EU");
- the user's own choices win: `merge` joins two library actors, `split` takes one article's
  actor out of a library actor. Both are plain data, stored by the caller and re-applied.
"""
from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from .analysis.gazetteer import PLACES
from .analysis.types import Analysis, Quote
from .article import Article
from .dates import published_date

WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class ActorSummary:
    """What the library actor table needs of one article's actor (no mentions, no offsets)."""
    id: str
    name: str
    type: str
    aliases: tuple[str, ...]
    mentions: int
    speaks: bool = False  # a quote's speaker, or a role's holder, in its article: acts as a person


def actor_summaries(analysis: Analysis) -> list[ActorSummary]:
    speakers = {q.speaker.actor_id for q in analysis.quotes if q.speaker.actor_id}
    speakers |= {f.subject for f in analysis.facts if f.kind == "role" and f.subject}
    return [ActorSummary(a.id, a.name, a.type, tuple(a.aliases), len(a.mentions), a.id in speakers)
            for a in analysis.actors]


def quote_words(text: str) -> int:
    return len(WORD.findall(text))


def voice_counts(analysis: Analysis) -> list[tuple[str, int, int]]:
    """(actor id, direct quotes, words quoted) per attributed speaker of one article."""
    counts: dict[str, list[int]] = {}
    for q in analysis.quotes:
        if q.kind == "direct" and q.speaker.actor_id:
            c = counts.setdefault(q.speaker.actor_id, [0, 0])
            c[0] += 1
            c[1] += quote_words(q.text)
    return [(a, n, w) for a, (n, w) in counts.items()]


@dataclass(frozen=True, slots=True)
class Entry:
    """One analysed article, held in memory (the command line, tests)."""
    key: str  # the article's key: its path, or its library id
    article: Article
    analysis: Analysis

    @property
    def title(self) -> str:
        return self.article.title

    @property
    def date(self) -> str | None:
        return self.article.date

    @property
    def actors(self) -> list[ActorSummary]:
        return actor_summaries(self.analysis)

    @property
    def voices(self) -> list[tuple[str, int, int]]:
        return voice_counts(self.analysis)


class StoredEntry:
    """One article of the library database: its summary in memory, its article and analysis
    read from the store when asked (the actor view of one actor reads only its articles)."""
    __slots__ = ("key", "title", "date", "actors", "voices", "_store")

    def __init__(self, store, key: str, title: str, date: str | None, actors: list[ActorSummary],
                 voices: list[tuple[str, int, int]]) -> None:
        self.key, self.title, self.date, self.actors, self.voices = key, title, date, actors, voices
        self._store = store

    @property
    def article(self) -> Article:
        return self._store.article(self.key) or Article("", (), self.title)

    @property
    def analysis(self) -> Analysis:
        return self._store.analysis(self.key) or Analysis([], [], [], 0)


@dataclass(slots=True)
class LibraryActor:
    id: str
    name: str
    type: str
    aliases: set[str] = field(default_factory=set)
    members: list[tuple[str, str]] = field(default_factory=list)  # (article key, local actor id)


@dataclass(frozen=True, slots=True)
class QuoteRef:
    key: str
    title: str
    date: str | None
    quote: Quote


@dataclass(slots=True)
class ActorView:
    actor: LibraryActor
    roles: list[tuple[str, str, str | None]]  # (role, article title, date)
    quotes: list[QuoteRef]  # direct quotes, in date order
    reported: list[QuoteRef]
    articles: list[tuple[str, str, str | None]]  # (key, title, date)
    co_mentioned: list[tuple[str, int]]  # (library actor name, articles together)


@dataclass(frozen=True, slots=True)
class Voice:
    name: str
    type: str
    quotes: int
    words: int
    articles: int


@lru_cache(maxsize=1 << 16)  # the same names recur across thousands of articles
def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return " ".join("".join(ch for ch in text if not unicodedata.combining(ch)).lower().split())


class Library:
    def __init__(self, entries: list, choices: list[tuple[str, str, str]] = ()) -> None:
        """`entries`: `Entry` or `StoredEntry` objects. `choices`: the user's ("merge", keep_id,
        other_id) and ("split", key, local_id), replayed in the order they were made."""
        self.entries = {e.key: e for e in entries}
        self.actors: dict[str, LibraryActor] = {}
        self._member_of: dict[tuple[str, str], str] = {}
        self._build(entries)
        for kind, a, b in choices:
            if kind == "merge":
                self.merge(a, b)
            elif kind == "split":
                self.split(a, b)

    # ------------------------------------------------------------------ building
    @classmethod
    def from_store(cls, store, choices: list[tuple[str, str, str]] = ()) -> "Library":
        """Every analysed article of a `desktop.library.Library`, from its stored summaries."""
        entries = [StoredEntry(store, key, title, date, actors, voices)
                   for key, title, date, actors, voices in store.summaries()]
        return cls(entries, choices)

    def _build(self, entries: list) -> None:
        by_full: dict[str, str] = {}  # folded full name → library id (people)
        by_name: dict[tuple[str, str], str] = {}  # (type, folded name or alias) → library id
        surname_only: list[tuple[object, ActorSummary]] = []
        speaking_names: list[tuple[object, ActorSummary]] = []  # single words typed non-person that speak
        for entry in entries:
            for actor in entry.actors:
                if actor.type != "person" and actor.speaks and " " not in actor.name \
                        and actor.name not in PLACES:
                    speaking_names.append((entry, actor))
                    continue
                if actor.type == "person":
                    if " " not in actor.name:
                        surname_only.append((entry, actor))
                        continue
                    lib_id = by_full.get(_fold(actor.name))
                    if lib_id is None:
                        lib_id = self._new(actor.name, "person")
                        by_full[_fold(actor.name)] = lib_id
                else:
                    names = [actor.name, *actor.aliases]
                    lib_id = next((by_name[(actor.type, _fold(n))] for n in names
                                   if (actor.type, _fold(n)) in by_name), None)
                    if lib_id is None:
                        lib_id = self._new(actor.name, actor.type)
                    for n in names:
                        by_name.setdefault((actor.type, _fold(n)), lib_id)
                self._attach(lib_id, entry.key, actor)
        surnames: dict[str, set[str]] = defaultdict(set)
        for folded, lib_id in by_full.items():
            surnames[folded.split()[-1]].add(lib_id)
        for entry, actor in speaking_names:
            matches = surnames.get(_fold(actor.name), set())
            if len(matches) == 1:  # the library's one person with this surname: that person
                self._attach(next(iter(matches)), entry.key, actor)
                continue
            names = [actor.name, *actor.aliases]  # otherwise as its own article typed it
            lib_id = next((by_name[(actor.type, _fold(n))] for n in names if (actor.type, _fold(n)) in by_name), None)
            if lib_id is None:
                lib_id = self._new(actor.name, actor.type)
            for n in names:
                by_name.setdefault((actor.type, _fold(n)), lib_id)
            self._attach(lib_id, entry.key, actor)
        for entry, actor in surname_only:
            matches = surnames.get(_fold(actor.name), set())
            if len(matches) == 1:  # the one known person with this surname
                lib_id = next(iter(matches))
            else:  # unknown, or two people share it: keep apart rather than guess
                lib_id = by_full.get(_fold(actor.name)) or self._new(actor.name, "person")
                by_full.setdefault(_fold(actor.name), lib_id)
            self._attach(lib_id, entry.key, actor)

    def _new(self, name: str, kind: str) -> str:
        base = f"{kind}:{re.sub(r'[^a-z0-9]+', '-', _fold(name)).strip('-') or 'unnamed'}"
        lib_id, n = base, 2
        while lib_id in self.actors:
            lib_id, n = f"{base}-{n}", n + 1
        self.actors[lib_id] = LibraryActor(lib_id, name, kind)
        return lib_id

    def _attach(self, lib_id: str, key: str, actor) -> None:
        lib = self.actors[lib_id]
        lib.members.append((key, actor.id))
        lib.aliases |= {actor.name, *actor.aliases}
        if len(actor.name) > len(lib.name) and actor.type == lib.type and (actor.type != "person" or " " in actor.name):
            lib.aliases.add(lib.name)
            lib.name = actor.name
        lib.aliases.discard(lib.name)
        self._member_of[(key, actor.id)] = lib_id

    # ------------------------------------------------------------------ the user's choices
    def merge(self, keep_id: str, other_id: str) -> None:
        keep, other = self.actors.get(keep_id), self.actors.get(other_id)
        if keep is None or other is None or keep is other:
            return
        for member in other.members:
            self._member_of[member] = keep_id
        keep.members.extend(other.members)
        keep.aliases |= other.aliases | {other.name}
        keep.aliases.discard(keep.name)
        del self.actors[other_id]

    def split(self, key: str, local_id: str) -> str | None:
        lib_id = self._member_of.get((key, local_id))
        if lib_id is None or len(self.actors[lib_id].members) < 2:
            return lib_id
        lib = self.actors[lib_id]
        lib.members.remove((key, local_id))
        self._rename(lib)  # the split-off names must leave its title and "also …" line
        actor = next(a for a in self.entries[key].actors if a.id == local_id)
        new_id = self._new(actor.name, actor.type)
        self._attach(new_id, key, actor)
        return new_id

    def _rename(self, lib: LibraryActor) -> None:
        """Name and aliases again from the members that are left (after a split)."""
        actors = [next(a for a in self.entries[k].actors if a.id == local) for k, local in lib.members]
        names = {x.name for x in actors} | {alias for x in actors for alias in x.aliases}
        if lib.name not in names:
            full = [x.name for x in actors if x.type != "person" or " " in x.name]
            lib.name = max(full or [x.name for x in actors], key=len)
        lib.aliases = names - {lib.name}

    # ------------------------------------------------------------------ questions
    def library_id(self, key: str, local_id: str) -> str | None:
        return self._member_of.get((key, local_id))

    def find(self, name: str) -> LibraryActor | None:
        wanted = _fold(name)
        exact = [a for a in self.actors.values() if _fold(a.name) == wanted]
        if exact:
            return max(exact, key=lambda a: len(a.members))
        aliased = [a for a in self.actors.values() if wanted in {_fold(x) for x in a.aliases}]
        return max(aliased, key=lambda a: len(a.members)) if aliased else None

    def view(self, lib_id: str) -> ActorView:
        actor = self.actors[lib_id]
        roles, quotes, reported, articles = [], [], [], {}
        by_key: dict[str, set[str]] = defaultdict(set)
        for key, local in actor.members:
            by_key[key].add(local)
        for key, locals_ in by_key.items():
            entry = self.entries[key]
            analysis = entry.analysis  # read once per article (from the store, for a StoredEntry)
            articles[key] = (key, entry.title, entry.date)
            for fact in analysis.facts:
                if fact.kind == "role" and fact.subject in locals_:
                    roles.append((str(fact.value), entry.title, entry.date))
            for q in analysis.quotes:
                if q.speaker.actor_id in locals_:
                    (quotes if q.kind == "direct" else reported).append(QuoteRef(key, entry.title, entry.date, q))
        order = lambda r: (_date_order(r.date), r.title, r.quote.start)  # noqa: E731
        together: Counter[str] = Counter()
        for key in articles:
            others = {self._member_of[(key, x.id)] for x in self.entries[key].actors} - {lib_id}
            together.update(others)
        co = [(self.actors[o].name, n) for o, n in together.most_common(10) if o in self.actors]
        unique_roles = list(dict.fromkeys(roles))
        return ActorView(actor, unique_roles, sorted(quotes, key=order), sorted(reported, key=order),
                         sorted(articles.values(), key=lambda t: (_date_order(t[2]), t[1])), co)

    def voices(self, keys: list[str] | None = None) -> list[Voice]:
        """Who is quoted, how often and at what length, over some articles or all of them."""
        counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        seen_in: dict[str, set[str]] = defaultdict(set)
        for key in keys if keys is not None else list(self.entries):
            entry = self.entries.get(key)
            if entry is None:
                continue
            for local, quotes, words in entry.voices:
                lib_id = self._member_of.get((key, local))
                if lib_id is None:
                    continue
                counts[lib_id][0] += quotes
                counts[lib_id][1] += words
                seen_in[lib_id].add(key)
        out = [Voice(self.actors[i].name, self.actors[i].type, c[0], c[1], len(seen_in[i]))
               for i, c in counts.items() if i in self.actors]
        return sorted(out, key=lambda v: (-v.quotes, -v.words, v.name))


def _date_order(raw: str | None) -> tuple[int, int]:
    """Oldest first by the real day ("2 May 2026" after "30 April 2026", which a string sort
    puts the other way); undated and unreadable dates last."""
    date = published_date(raw)
    return (0, date.key) if date.known else (1, 0)


def voices_csv(voices: list[Voice]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["speaker", "type", "quotes", "words", "articles"])
    for v in voices:
        writer.writerow([v.name, v.type, v.quotes, v.words, v.articles])
    return buffer.getvalue()
