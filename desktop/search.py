"""The search index: every article opened (and the user's library), in SQLite FTS5.

Rows are paragraphs (kind "text"), quotes ("quote", with their speaker), facts ("fact") and
titles ("title"); each row keeps its article key and span, so a hit opens at the right place.
The user's query is never handed to FTS5 as typed: `parse_query` turns it into terms, phrases,
prefixes and field filters and builds a MATCH expression from quoted strings only, so stray
operators, quotes or stars cannot make SQLite raise.

    index = SearchIndex()
    index.add(key, article, analysis)      # analysis may be None (text only), add again later
    result = index.search('speaker:"Mark Carney" tariff')
"""
from __future__ import annotations

import itertools
import re
import sqlite3
import threading
import unicodedata
from dataclasses import dataclass, field
from typing import Sequence

from .analysis.types import Analysis
from .article import Article
from .fsnames import clean_text

KINDS = ("text", "quote", "reported", "fact", "title")
SPEECH_KINDS = ("quote", "reported")  # rows that are what someone said (they have a speaker)
MAX_QUERY_CHARS = 500
RANKED_CANDIDATES = 2000  # rows ranked at most per query (the most recently added ones)
_FIELD = re.compile(r'^(actor|speaker|type|title):', re.IGNORECASE)
_TOKEN = re.compile(r'(\w+):"([^"]*)"?|(\w+):(\S+)|"([^"]*)"?|(\S+)')
_OPERATORS = {"AND", "OR", "NOT"}
_HIT_OPEN, _HIT_CLOSE = "\x02", "\x03"
_CUE_END = "\x1f"  # in an indexed reported statement, between its cue and its words (a word break to FTS5)


@dataclass(frozen=True, slots=True)
class Hit:
    article: str  # the key the article was added under (the library's article id)
    title: str
    kind: str
    start: int
    end: int
    snippet: str  # with \x02 … \x03 around the matched words
    speaker: str  # who said it, for a quote (display name)
    score: float


@dataclass(slots=True)
class SearchResult:
    hits: list[Hit] = field(default_factory=list)
    terms: list[str] = field(default_factory=list)  # words and phrases to mark in an opened article
    message: str = ""  # a gentle word for the search bar when the query cannot run
    speakers: list[str] = field(default_factory=list)  # speaker: values: the speech is the hit, not the name


@dataclass(slots=True)
class Query:
    match: str  # FTS5 MATCH expression ("" = no text condition)
    kinds: set[str]
    terms: list[str]  # words and phrases ("trade dispute" is one term) to mark in the article
    message: str = ""
    actors: list[str] = field(default_factory=list)  # actor: values, for ranking
    # speaker: values. Not terms: a speaker: hit is what the person said, and their name is
    # rarely in it; marking the name in the article would point at the wrong words.
    speakers: list[str] = field(default_factory=list)


def _fts_string(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _has_word(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


def parse_query(raw: str, prefix_last: bool = True) -> Query:
    """User text → an FTS5 expression built only from quoted strings and AND/OR/NOT.

    Plain words, "exact phrases", a trailing word as a prefix (as you type), fields
    actor:/speaker:/title: (words or "phrases") and type:quote|fact|text (| for several).
    """
    raw = clean_text(raw[:MAX_QUERY_CHARS])  # NULs and lone surrogates cannot reach SQLite
    parts: list[str] = []  # FTS5 pieces and operators, in order
    kinds: set[str] = set()
    terms: list[str] = []
    actors: list[str] = []
    speakers: list[str] = []
    message = ""
    tokens = list(_TOKEN.finditer(raw))
    excluded: list[str] = []  # FTS5 pieces after NOT: they rule passages out, whatever else matched
    for i, m in enumerate(tokens):
        # The piece after NOT is excluded: never a term to mark (a user test saw 'ferry'
        # marked as a hit of "Onslow OR Osei NOT ferry").
        if parts and parts[-1] == "NOT":
            parts.pop()
            terms, kept_terms = [], terms
            actors, kept_actors = [], actors
            speakers, kept_speakers = [], speakers
            before = len(parts)
            _piece(m, i, tokens, raw, prefix_last, parts, kinds, terms, actors, speakers)
            excluded.extend(p for p in parts[before:] if p not in _OPERATORS)
            del parts[before:]
            terms, actors, speakers = kept_terms, kept_actors, kept_speakers
            continue
        message = _piece(m, i, tokens, raw, prefix_last, parts, kinds, terms, actors, speakers) or message
    match = _join(parts)
    if excluded and match:
        # FTS5's NOT binds tighter than OR: "a OR b NOT c" would be "a OR (b NOT c)", and a
        # passage with a and c would match. The whole positive part is excluded from instead.
        match = f"({match})" + "".join(f" NOT {e}" for e in excluded)
    elif excluded and not kinds:
        message = message or "NOT needs something to look for first, e.g. council NOT budget"
    return Query(match, kinds, terms, message, actors, speakers)


def _piece(m, i, tokens, raw, prefix_last, parts, kinds, terms, actors, speakers) -> str:
    """One token of the query into `parts` (and terms, actors, speakers, kinds); a message
    for the search bar, or ""."""
    message = ""
    field_name, field_phrase, field2, field_word, phrase, word = m.groups()
    last = i == len(tokens) - 1 and not raw.endswith((" ", '"'))
    if field_name or field2:
        name = (field_name or field2).lower()
        value = field_phrase if field_name else field_word
        if name == "type":
            wanted = {v.strip().lower() for v in value.split("|")} & set(KINDS)
            if "quote" in wanted:
                wanted.add("reported")  # type:quote means every claim, in their words or not
            if wanted:
                kinds |= wanted
            else:
                message = "type: takes quote, fact or text"
            return message
        column = {"actor": "actors", "speaker": "speaker", "title": "title"}.get(name)
        if column and _has_word(value):
            expr = _fts_string(value)
            if last and prefix_last and not field_name:
                expr += "*"
            parts.append(f"{column} : {expr}")
            if name == "speaker":
                speakers.append(value)
                return message
            terms.append(value)  # a phrase stays one term: its hits are the phrase
            if name == "actor":
                actors.append(value)
            return message
        if column:  # "speaker:" with nothing after it: a field still being typed
            message = message or f"{name}: needs a name, e.g. {name}:Carney"
            return message
        word = m.group(0)  # an unknown field: search the text as typed
    if phrase is not None:
        if _has_word(phrase):
            parts.append(_fts_string(phrase))
            terms.append(phrase)  # hits of a phrase are the whole phrase, not its words
        return message
    if word in _OPERATORS:
        parts.append(word)
        return message
    bare = _FIELD.match(word)
    if bare and word.endswith(":"):  # "speaker:" with nothing yet: not the word "speaker"
        name = bare.group(1).lower()
        message = message or ("type: takes quote, fact or text" if name == "type"
                              else f"{name}: needs a name, e.g. {name}:Carney")
        return message
    word = word.strip("*()^:+-")
    if not _has_word(word):
        return message
    star = "*" if last and prefix_last else ""
    exprs = [_fts_string(w) + star for w in _spellings(word)]
    parts.append(exprs[0] if len(exprs) == 1 else "(" + " OR ".join(exprs) + ")")
    terms.append(word)
    return message


# Letters the index keeps as they are (SQLite's unicode61 strips accents, not these) and the
# letters people type for them: "begrussen" finds "begrüßen", "encyclopaedia" "Encyclopædia".
_SPELLED_OUT = (("ß", "ss"), ("æ", "ae"), ("œ", "oe"))
# Letters unicode61 also keeps whole that people type as one plain letter (or two): "lodz" finds
# "Łódź", "soren" "Søren", "djokovic" "Đoković", "yildiz" "Yıldız", "thora" "Þóra". A plain letter
# may stand for the special one at any of its places ("boleslaw" is "Bolesław": only the second
# l), so variants are tried with one substitution, then two, … up to MAX_SPELLINGS a word.
_ONE_FOR_ONE = {"l": "ł", "o": "ø", "d": "đ", "i": "ı", "dj": "đ", "th": "þ"}
_PLAIN_OF = {"ł": "l", "ø": "o", "đ": "d", "ı": "i", "þ": "th"}
_PLAIN_SPOT = re.compile("|".join(sorted(_ONE_FOR_ONE, key=len, reverse=True)))
MAX_SPELLINGS = 24  # OR-ed FTS5 terms per word: each is one b-tree lookup, so the query stays fast


def _spellings(word: str) -> list[str]:
    """The word as typed, with each of _SPELLED_OUT's letters written the other way (all
    occurrences at once: a word rarely mixes "ss" and "ß"), with _PLAIN_OF's letters typed
    plain, and with plain letters standing for _ONE_FOR_ONE's (at most MAX_SPELLINGS in all)."""
    out = [word]
    low = word.lower()
    for letter, spelled in _SPELLED_OUT:
        for a, b in ((letter, spelled), (spelled, letter)):
            if a in low:
                variant = low.replace(a, b)
                if variant not in out:
                    out.append(variant)
    plain = "".join(_PLAIN_OF.get(ch, ch) for ch in low)
    if plain != low:  # typed with the letter: the text may spell the name plain
        out.append(plain)
    spots = [m for m in _PLAIN_SPOT.finditer(plain)]
    for count in range(1, len(spots) + 1):
        for chosen in itertools.combinations(spots, count):
            if len(out) >= MAX_SPELLINGS:
                return out
            variant, at = [], 0
            for m in chosen:
                variant += [plain[at:m.start()], _ONE_FOR_ONE[m.group()]]
                at = m.end()
            variant = "".join(variant) + plain[at:]
            if variant not in out:
                out.append(variant)
    return out


def _join(parts: list[str]) -> str:
    """Drop operators with nothing to join (leading NOT, trailing OR, "OR AND"); AND otherwise."""
    out: list[str] = []
    for part in parts:
        if part in _OPERATORS:
            if out and out[-1] not in _OPERATORS:
                out.append(part)
            continue
        if out and out[-1] not in _OPERATORS:
            out.append("AND")  # written out: FTS5 has no implicit AND after a parenthesised group
        out.append(part)
    while out and out[-1] in _OPERATORS:
        out.pop()
    return " ".join(out)


INDEX_SCHEMA = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS entries USING fts5("
    " text, title, speaker, actors,"
    " kind UNINDEXED, article UNINDEXED, start UNINDEXED, stop UNINDEXED, who UNINDEXED,"
    " tokenize='unicode61 remove_diacritics 2', prefix='2 3')",
    # Each article's rows have consecutive rowids we assign, so replacing an article deletes
    # by rowid range instead of scanning the whole table for its key.
    "CREATE TABLE IF NOT EXISTS index_rows (key TEXT PRIMARY KEY, first INTEGER NOT NULL,"
    " last INTEGER NOT NULL, title TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS index_rows_last ON index_rows(last)",
)


def create_index_tables(db: sqlite3.Connection) -> None:
    """The index's tables, in `db` (the library database, or a private :memory: one)."""
    for statement in INDEX_SCHEMA:
        db.execute(statement)


class SearchIndex:
    """Thread-safe: the GUI adds articles and queries from workers, so every access is locked.

    `SearchIndex()` keeps its own index in memory (the command line, tests). The library
    passes its database: `SearchIndex(db, lock, read_db, read_lock)`; the tables then live
    in that file, writes share the library's lock and transactions (`replace_rows`), and
    queries run on a second connection, so a search never waits for an import's write.
    """

    def __init__(self, db: sqlite3.Connection | None = None, lock: threading.Lock | None = None,
                 read_db: sqlite3.Connection | None = None, read_lock: threading.Lock | None = None) -> None:
        if db is None:
            db = sqlite3.connect(":memory:", check_same_thread=False)
            with db:
                create_index_tables(db)
        self._db = db
        self._lock = lock or threading.Lock()
        self._read_db = read_db or db
        self._read_lock = read_lock or (self._lock if read_db is None else threading.Lock())

    # ------------------------------------------------------------------ indexing
    def add(self, key: str, article: Article, analysis: Analysis | None = None) -> None:
        """(Re)index one article: replaces whatever was indexed under `key` before."""
        rows = index_rows_for(key, article, analysis)
        with self._lock, self._db:
            self.replace_rows(self._db, key, article.title, rows)

    @staticmethod
    def replace_rows(db: sqlite3.Connection, key: str, title: str, rows: list[tuple]) -> None:
        """Inside the caller's transaction: `key`'s rows become `rows` (from `index_rows_for`)."""
        SearchIndex.delete_rows(db, key)
        first = (db.execute("SELECT max(last) FROM index_rows").fetchone()[0] or 0) + 1
        db.executemany(
            "INSERT INTO entries (rowid, text, title, speaker, actors, kind, article, start, stop, who)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            ((first + i, *row) for i, row in enumerate(rows)))
        db.execute("INSERT INTO index_rows (key, first, last, title) VALUES (?, ?, ?, ?)",
                   (_db_key(key), first, first + len(rows) - 1, title))

    @staticmethod
    def delete_rows(db: sqlite3.Connection, key: str) -> None:
        key = _db_key(key)
        span = db.execute("SELECT first, last FROM index_rows WHERE key = ?", (key,)).fetchone()
        if span is not None:
            db.execute("DELETE FROM entries WHERE rowid BETWEEN ? AND ?", span)
            db.execute("DELETE FROM index_rows WHERE key = ?", (key,))

    def remove(self, key: str) -> None:
        with self._lock, self._db:
            self.delete_rows(self._db, key)

    def __contains__(self, key: str) -> bool:
        with self._read_lock:
            return self._read_db.execute("SELECT 1 FROM index_rows WHERE key = ?", (_db_key(key),)).fetchone() is not None

    def __len__(self) -> int:
        with self._read_lock:
            return self._read_db.execute("SELECT count(*) FROM index_rows").fetchone()[0]

    # ------------------------------------------------------------------ querying
    def articles_matching(self, raw: str, limit: int = 1_000_000) -> set[str] | None:
        """Keys of the articles with at least one match (a filter); None when `raw` holds
        nothing to search for (no filter)."""
        query = parse_query(raw)
        if not query.match and not query.kinds:
            return None
        where, params = (["entries MATCH ?"], [query.match]) if query.match else (["1"], [])
        if query.kinds:
            where.append(f"kind IN ({','.join('?' * len(query.kinds))})")
            params.extend(sorted(query.kinds))
        try:
            with self._read_lock:
                rows = self._read_db.execute(
                    f"SELECT DISTINCT article FROM entries WHERE {' AND '.join(where)} LIMIT ?",
                    (*params, limit)).fetchall()
        except sqlite3.Error:
            return set()
        return {_key_of(r[0]) for r in rows}

    def search(self, raw: str, limit: int = 100, prefix_last: bool = True) -> SearchResult:
        query = parse_query(raw, prefix_last)
        if not query.match and not query.kinds:
            message = query.message or ("" if not raw.strip() else "Type a word to search for.")
            return SearchResult([], query.terms, message, query.speakers)
        where, params = (["entries MATCH ?"], [query.match]) if query.match else (["1"], [])
        if query.kinds:
            where.append(f"kind IN ({','.join('?' * len(query.kinds))})")
            params.extend(sorted(query.kinds))
        if query.match:
            # Title hits weigh most, then who said it, then the actors, then the text itself.
            # Ranking costs time per matching row, so an unspecific query (a common word, two
            # letters typed so far) ranks only its RANKED_CANDIDATES most recently added rows:
            # query time stays bounded at 50,000 articles. Only the rows shown are then read.
            sql = (f"SELECT rowid, score FROM (SELECT rowid, bm25(entries, 1.0, 6.0, 3.0, 2.0) AS score"
                   f" FROM entries WHERE {' AND '.join(where)} ORDER BY rowid DESC LIMIT ?)"
                   " ORDER BY score LIMIT ?")
            params += [RANKED_CANDIDATES, limit]
        else:  # only a type: filter, e.g. "type:quote" lists every quote
            sql = f"SELECT rowid, 0 FROM entries WHERE {' AND '.join(where)} LIMIT ?"
            params.append(limit)
        if query.actors and query.match:
            # actor: is answered from the actors column, where every row about them looks alike;
            # rows whose own words name the actor go first, so rank more than are shown.
            params[-1] = limit * 3
        try:
            with self._read_lock:
                ranked = self._read_db.execute(sql, params).fetchall()
                marks = ",".join("?" * len(ranked))
                details = {r[0]: r[1:] for r in self._read_db.execute(
                    f"SELECT rowid, article, kind, start, stop, who, text FROM entries WHERE rowid IN ({marks})",
                    [r[0] for r in ranked])}
                keys = list({d[0] for d in details.values()})  # str, or bytes for a non-UTF-8 path
                titles = dict(self._read_db.execute(
                    f"SELECT key, title FROM index_rows WHERE key IN ({','.join('?' * len(keys))})", keys))
        except sqlite3.Error:
            return SearchResult([], query.terms, "That search could not be understood; try plain words.",
                                query.speakers)
        rows = [(rowid, score, *details[rowid]) for rowid, score in ranked if rowid in details]
        if query.actors:
            rows = _names_first(rows, query.actors)[:limit]
        # A fact is shown in its sentence: once per sentence, and not at all when the paragraph
        # around it is among the hits already (it would say the same thing twice).
        paragraphs = {(a, int(s), int(e)) for _r, _sc, a, k, s, e, _sp, _t in rows if k == "text"}
        hits, seen = [], set()
        pattern = term_pattern(query.terms)
        for _rowid, score, a, k, s, e, sp, text in rows:
            if k == "fact":
                if (a, text) in seen or any(pa == a and ps <= int(s) and int(e) <= pe for pa, ps, pe in paragraphs):
                    continue
                seen.add((a, text))
            shown = _shown(text, query.terms, pattern) if query.match else text.replace(_CUE_END, " ")[:160]
            hits.append(Hit(_key_of(a), titles.get(a, ""), k, int(s), int(e), shown, sp, score))
        return SearchResult(hits, query.terms, query.message, query.speakers)


def _shown(text: str, terms: list[str], pattern: re.Pattern | None) -> str:
    """A hit's snippet. Reported speech keeps its whole cue in front of the snippet of its
    words ("rejected claims that …the ferries were unsafe"), however far in the match is:
    a snippet cut after the cue would show a denial as an assertion."""
    cue, sep, words = text.partition(_CUE_END)
    if not sep:
        return snippet(text, terms, pattern=pattern)
    if pattern is not None:
        cue = pattern.sub(lambda m: f"{_HIT_OPEN}{m.group()}{_HIT_CLOSE}", cue)
    return f"{cue} {snippet(words, terms, pattern=pattern)}"


def _names_first(rows: list, names: list[str]) -> list:
    """Stable re-rank: rows whose text shows one of the names (any of their words) first."""
    words = {w for name in names for w in fold_with_offsets(name)[0].split() if len(w) > 1}

    def shows(row) -> bool:
        return bool(words & set(re.findall(r"\w+", fold_with_offsets(row[-1])[0])))

    return sorted(rows, key=lambda row: not shows(row))


def _db_key(key: str) -> str | bytes:
    """An article key as SQLite can hold it: a path that is not valid UTF-8 (lone surrogates,
    PEP 383; the command line keys articles by path) is kept as bytes, so it comes back
    exactly and the file opens."""
    try:
        key.encode("utf-8")
        return key
    except UnicodeEncodeError:
        return key.encode("utf-8", "surrogatepass")


def _key_of(stored: str | bytes) -> str:
    return stored.decode("utf-8", "surrogatepass") if isinstance(stored, bytes) else stored


def term_pattern(terms: list[str]) -> re.Pattern | None:
    """Words starting with any term, ignoring case (compiled once per query)."""
    words = sorted({t for t in terms if _has_word(t)}, key=len, reverse=True)
    if not words:
        return None
    # A phrase ("trade dispute") matches as a whole, its words apart by spaces or punctuation.
    return re.compile(r"\b(?:" + "|".join(r"\W+".join(re.escape(x) for x in re.findall(r"\w+", w))
                                          for w in words) + r")\w*", re.IGNORECASE)


_WORD = re.compile(r"\S+")
_BEFORE_CHARS = 48  # about four words of context before the first hit


def snippet(text: str, terms: list[str], words: int = 14, pattern: re.Pattern | None = None) -> str:
    """About `words` words of `text` from just before its first hit, each hit wrapped in
    \\x02 … \\x03, with "…" where the text goes on. What FTS5's snippet() gives, computed only
    for the rows shown (FTS5 computes it for every matching row before sorting them)."""
    pattern = pattern or term_pattern(terms)
    spans = None
    if pattern is not None and not (text.isascii() and all(t.isascii() for t in terms)):
        spans = find_hits(text, terms)  # accents: "Zoe" is in "Zoë", "Łódź" in "Lodz"
        start = spans[0][0] if spans else 0
    else:
        first = pattern.search(text) if pattern is not None else None
        start = first.start() if first is not None else 0
    lo = text.rfind(" ", 0, max(0, start - _BEFORE_CHARS)) + 1 if start > _BEFORE_CHARS else 0
    tokens = []
    for m in _WORD.finditer(text, lo):
        tokens.append(m.end())
        if len(tokens) == words:
            break
    hi = tokens[-1] if tokens else lo
    if spans is None:
        spans = [m.span() for m in pattern.finditer(text, lo, hi)] if pattern is not None else []
    out, at = [], lo
    for a, b in spans:
        if b <= lo or a >= hi:
            continue
        out += [text[at:max(a, at)], _HIT_OPEN, text[max(a, at):min(b, hi)], _HIT_CLOSE]
        at = min(b, hi)
    out.append(text[at:hi])
    return ("…" if lo > 0 else "") + "".join(out) + ("…" if text[hi:].strip() else "")


def index_rows_for(key: str, article: Article, analysis: Analysis | None) -> list[tuple]:
    """The index rows of one article (computed outside any lock or transaction)."""
    return list(_rows(_db_key(key), article, analysis))


def _rows(key: str | bytes, article: Article, analysis: Analysis | None):
    title_line = " ".join(p for p in (article.title, article.byline or "") if p)
    yield (title_line, article.title, "", "", "title", key, 0, 0, "")
    names: dict[str, str] = {}
    display: dict[str, str] = {}
    by_paragraph: list[set[str]] = [set() for _ in article.paragraphs]
    if analysis is not None:
        names = {a.id: " ".join([a.name, *a.aliases]) for a in analysis.actors}
        display = {a.id: a.name for a in analysis.actors}
        by_paragraph = analysis.actors_by_paragraph(article)
    for index, p in enumerate(article.paragraphs):
        actors = " ".join(names[a] for a in sorted(by_paragraph[index]) if a in names)
        yield (article.text[p.start:p.end], "", "", actors, "text", key, p.start, p.end, "")
    if analysis is None:
        return
    for q in analysis.quotes:
        speaker = " ".join(x for x in (names.get(q.speaker.actor_id, ""), q.speaker.text or "") if x)
        who = display.get(q.speaker.actor_id) or q.speaker.text or ""
        kind = "quote" if q.kind == "direct" else "reported"
        # Reported speech is indexed with its cue before it ("denied that …"): searching "denied"
        # finds denials, and the snippet always shows the cue (see `_shown`).
        text = f"{q.cue_phrase}{_CUE_END}{q.text}" if kind == "reported" and q.cue_phrase else q.text
        yield (text, "", speaker, speaker, kind, key, q.start, q.end, who)
    for f in analysis.facts:
        # A fact is found, and shown, in its sentence: "Friday" or "25%" alone says nothing.
        subject = names.get(f.subject, "")
        sentence = article.text[f.sentence[0]:f.sentence[1]] or f.text
        role = f" ({f.value})" if f.kind == "role" and str(f.value).lower() not in sentence.lower() else ""
        yield (sentence + role, "", "", subject, "fact", key, f.start, f.end, display.get(f.subject, ""))


# ---------------------------------------------------------------------- hits in a text

def fold_with_offsets(text: str) -> tuple[str, Sequence[int]]:
    """Lower-cased, accent-free text, and for each of its characters the original offset
    ("Zoë" → "zoe"), so matches found in the folded text map back exactly."""
    if text.isascii():  # most articles: lower case maps one to one, nothing to strip
        return text.lower(), range(len(text))
    out: list[str] = []
    where: list[int] = []
    # Runs of ASCII in one step, the rest a character at a time (a 10 MB text character by
    # character took ~20 s on the GUI thread when a search hit was opened).
    for run in _ASCII_RUN_OR_CHAR.finditer(text):
        i, chunk = run.start(), run.group()
        if chunk.isascii():
            out.append(chunk.lower())
            where.extend(range(i, run.end()))
            continue
        for part in unicodedata.normalize("NFKD", chunk):
            if not unicodedata.combining(part):
                for low in part.lower():
                    for plain in _FOLD_LETTERS.get(low, low):
                        out.append(plain)
                        where.append(i)
    return "".join(out), where


# Letters that NFKD leaves whole, written as people type them without the key: "begrussen"
# marks "begrüßen", "lodz" "Łódź" (a hit is marked the same whichever way it is spelled).
_FOLD_LETTERS = {"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "þ": "th", "ı": "i"}

_ASCII_RUN_OR_CHAR = re.compile(r"[\x00-\x7f]+|[^\x00-\x7f]", re.DOTALL)


def find_hits(text: str, terms: list[str]) -> list[tuple[int, int]]:
    """Spans in `text` of each search term, ignoring case and accents: a word matches the
    words it starts (as the search does for the last word typed); a phrase matches only the
    whole phrase, its words in order with nothing but spaces or punctuation between them (as
    FTS5's tokenizer reads it)."""
    folded_terms = [fold_with_offsets(t)[0] for t in terms if _has_word(t)]
    # "djokovic" finds "Đoković" (see _spellings), which folds to "dokovic": mark it too.
    folded_terms += [t.replace("dj", "d") for t in folded_terms if "dj" in t]
    if not folded_terms:
        return []
    folded, where = fold_with_offsets(text)
    alternatives = []
    for term in sorted(set(folded_terms), key=len, reverse=True):
        words = re.findall(r"\w+", term)
        if len(words) > 1:
            alternatives.append(r"\W+".join(re.escape(w) for w in words) + r"\b")
        elif words:
            alternatives.append(re.escape(words[0]) + r"\w*")
    pattern = re.compile(r"\b(?:" + "|".join(alternatives) + r")")
    spans = []
    for m in pattern.finditer(folded):
        spans.append((where[m.start()], where[m.end() - 1] + 1))
    return spans


def hit_marks(text: str, hit: Hit, hits: Sequence[Hit], terms: list[str],
              speakers: Sequence[str] = ()) -> tuple[list[tuple[int, int]], int | None]:
    """What to mark in `text` (the hit's article) when `hit` is opened, and which of the marks
    to show first (an index), or None when none lies in the hit (then the hit's span is shown).

    Usually the search's words and phrases (`terms`) wherever they occur. For a speaker:
    search (`speakers` given) a quote or reported statement is the hit, not the speaker's
    name: the marks are that person's speech found in this article (the speech hits of
    `hits` in `hit.article`, with `hit` always among them) — or, when the query has words
    too, those words inside that speech — and the one shown first is in `hit`.
    """
    spans = find_hits(text, terms)
    if speakers and hit.kind in SPEECH_KINDS:
        speech = sorted({(h.start, h.end) for h in hits if h.article == hit.article and h.kind in SPEECH_KINDS}
                        | {(hit.start, hit.end)})
        inside = [(a, b) for a, b in spans if any(s <= a and b <= e for s, e in speech)]
        spans = inside or speech
        if (hit.start, hit.end) in spans:  # a quote nested in a reported statement: the one opened
            return spans, spans.index((hit.start, hit.end))
    first = next((i for i, (a, b) in enumerate(spans) if hit.start <= a and b <= max(hit.end, hit.start + 1)), None)
    return spans, first


def speakers_of_spans(quotes: Sequence, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int, str | None]]:
    """Who said each span: for every span, the innermost quote or reported statement in
    `quotes` (analysis.types.Quote) that holds it, and the mention naming that speaker, as
    (start, end, actor id or None) — each mention once, in text order. A span no quote holds,
    or whose speaker is not named at a place in the text, gives nothing."""
    out = set()
    for a, b in spans:
        holding = [q for q in quotes if q.start <= a and b <= q.end]
        if not holding:
            continue
        sp = min(holding, key=lambda q: q.end - q.start).speaker
        if sp.start is not None and sp.end is not None and sp.start < sp.end:
            out.add((sp.start, sp.end, sp.actor_id))
    return sorted(out, key=lambda m: (m[0], m[1], m[2] or ""))


def find_in_text(text: str, needle: str) -> list[tuple[int, int]]:
    """Find in this article (Ctrl+F): every occurrence of `needle` as typed, anywhere in a
    word, ignoring case and accents ("zoe" finds "Zoë"), as (start, end) offsets into `text`."""
    wanted = " ".join(fold_with_offsets(needle)[0].split())
    if not wanted:
        return []
    folded, where = fold_with_offsets(text)
    pattern = re.compile(r"\s+".join(re.escape(part) for part in wanted.split(" ")))
    return [(where[m.start()], where[m.end() - 1] + 1) for m in pattern.finditer(folded)]
