"""The library: every article the user has opened or imported, kept with its analysis and
searchable at once. No Qt here; the app, the command line and the benchmarks share it.

Storage
- One SQLite file, `library.sqlite3`, in the user data folder beside `notes.sqlite3` — not
  inside it. The library is a cache that can always be rebuilt from the articles (it holds
  their text, but its analyses are recomputable and a damaged file is simply moved aside and
  rebuilt); the notes are the user's own irreplaceable work. Separate files mean an import of
  50,000 articles, a schema migration or a corrupt library never puts a note at risk, and
  each file gets the durability it needs (notes: synchronous=FULL).
- WAL, every write its own short transaction (one article, with its index rows), so a kill -9
  loses at most the article being written and leaves a database that opens. synchronous=NORMAL:
  in WAL mode that is durable against a crash or kill of the app (only a power cut can drop the
  last transactions, which the library can re-read); FULL would fsync every article of an import.
- Schema versioned with PRAGMA user_version; `_MIGRATIONS[n]` takes version n to n+1.
  A file from a newer Byline is left untouched and the session works in memory.
- Per article (keyed by `Article.id`, the hash of its canonical text, as notes are): the text
  (zlib), title, byline, date, format, paragraphs, every path it was opened from (`paths`,
  with size and mtime to notice changes, and a "missing" flag), added/opened times, and its
  analysis as JSON (zlib) tagged with `ANALYSER_VERSION`. A small per-article summary (actors,
  quote counts per speaker) lets the actor view and Voices cover the whole library without
  decoding every analysis.

The search index (why on disk, memory-mapped)
- Issue 16 measured, for 23,700 articles, an FTS5 index in `:memory:` plus every analysis as
  Python objects: ~1 GB RSS, query p99 ~175 ms and full garbage collections of 2.4–2.9 s (GUI
  pauses); the same FTS5 rows on disk opened in 76 ms, added 0.5 MB RSS and answered as fast
  or faster. So the FTS5 tables (`desktop.search`) live in this file, are written in the same
  transaction as their article (never out of step), and `mmap_size` maps the file so the hot
  part of the index is served from the page cache without copies. At start-up nothing is read
  but the schema: search, `actor:` and `speaker:` work from the first query. Analyses are read
  on demand, one article at a time. Measured for this code (`benchmarks/library_bench.py`, on
  the shared 2-core machine at load 6–20): open to first answered query 0.17–0.46 s for 2,370
  articles and 0.26–0.29 s for 23,700, RSS then 43 MB / 79 MB, 16.7 MB of file per 1,000
  articles. Ranking is bounded (desktop.search.RANKED_CANDIDATES) so that a query's cost does
  not grow with the library.

Faults
- A corrupt file is moved aside (never deleted) and a fresh library started; the paths that
  could still be read from the old file and exist on disk are in `recovered_paths`, for the
  caller to import again. A folder that cannot be written gives a session in memory with a
  sentence in `warning`. The app is single instance; the command line may write at the same
  time: SQLite's locking with a busy timeout makes it wait, and `LibraryBusy` says so if the
  wait runs out — the file is never written by two at once.
"""
from __future__ import annotations

import json
import os
import sqlite3
import threading
import time
import zlib
from sys import intern
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from .analysis.types import Analysis
from .analysis.version import ANALYSER_VERSION
from .article import Article, Paragraph
from .dates import PublishedDate, published_date
from .fsnames import safe_resolve
from .storelock import move_aside
from .wording import counted
from .library_actors import ActorSummary, actor_summaries, voice_counts
from .search import SearchIndex, SearchResult, create_index_tables, index_rows_for

DB_NAME = "library.sqlite3"
SCHEMA_VERSION = 2  # 2: `replaced` remembers which file an edited-away text came from
BUSY_TIMEOUT_S = 10.0
MAX_READ_ONLY_COPY_BYTES = 1 << 30  # a library in a read-only folder is copied into memory up to this
MMAP_BYTES = 1 << 30  # an upper bound; SQLite maps no more than the file's size
TOP_SPEAKERS = 3


class LibraryBusy(RuntimeError):
    """Another process held the library for longer than the busy timeout."""


def default_library_path() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("Byline", appauthor=False)) / DB_NAME


def _storable(text: str) -> bool:
    try:
        text.encode("utf-8")
        return True
    except UnicodeEncodeError:
        return False


def canonical_path(path: str | os.PathLike) -> str:
    """The form paths are stored in: absolute, symlinks resolved (a symlink loop keeps its own
    absolute path: opening it then says why, instead of raising here)."""
    return str(safe_resolve(path))


@dataclass(frozen=True, slots=True)
class ArticleRow:
    """One line of the library view (all from the articles table; nothing decoded)."""
    id: str
    title: str
    date: str | None
    source: str  # the most recently used path ("" when it was never opened from a file)
    words: int
    quotes: int
    speakers: str  # the most-quoted speakers, "A, B, C"
    missing: bool  # no path of this article exists on disk (it still opens from the stored text)
    added: float
    opened: float | None
    analysed: bool
    replaced_path: str = ""  # the file now holds an edited text; this row is its earlier version
    replaced_at: float | None = None  # when the edited text replaced it

    @property
    def published(self) -> PublishedDate:
        """The article's date in one form, with a key that sorts by the real date."""
        return published_date(self.date)


@dataclass(slots=True)
class Removed:
    """Everything `remove` took out, for `restore` (undo)."""
    articles: list[tuple] = field(default_factory=list)
    paths: list[tuple] = field(default_factory=list)
    replaced: list[tuple] = field(default_factory=list)


_ARTICLE_COLUMNS = ("id, title, byline, date, format, text, paragraphs, notices, words, added, opened,"
                    " analysis, analyser, quotes, speakers, summary")


def _create_v1(db: sqlite3.Connection) -> None:
    db.execute(
        "CREATE TABLE articles (id TEXT PRIMARY KEY, title TEXT NOT NULL, byline TEXT, date TEXT,"
        " format TEXT NOT NULL, text BLOB NOT NULL, paragraphs TEXT NOT NULL, notices TEXT NOT NULL,"
        " words INTEGER NOT NULL, added REAL NOT NULL, opened REAL,"
        " analysis BLOB, analyser INTEGER, quotes INTEGER NOT NULL DEFAULT 0,"
        " speakers TEXT NOT NULL DEFAULT '', summary TEXT)")
    db.execute(
        "CREATE TABLE paths (path TEXT PRIMARY KEY, article_id TEXT NOT NULL, size INTEGER, mtime REAL,"
        " missing INTEGER NOT NULL DEFAULT 0, used REAL NOT NULL)")
    db.execute("CREATE INDEX paths_article ON paths(article_id)")
    db.execute("CREATE INDEX articles_analyser ON articles(analyser)")
    create_index_tables(db)


def _create_v2(db: sqlite3.Connection) -> None:
    """When a file is edited, its path moves to the new text's article; the earlier text stays (with
    any notes that could not be moved). This table keeps which file it was the text of, so the
    library can say "earlier version of …" rather than show a second row nobody can place."""
    db.execute("CREATE TABLE replaced (article_id TEXT PRIMARY KEY, path TEXT NOT NULL, newer_id TEXT NOT NULL,"
               " replaced REAL NOT NULL)")


_MIGRATIONS = [_create_v1, _create_v2]  # _MIGRATIONS[n]: schema version n → n + 1
assert len(_MIGRATIONS) == SCHEMA_VERSION


class Library:
    """All articles of the user's library. Thread-safe: writes share one connection under a
    lock (each a short transaction); searches and reads use a second connection, so a search
    never waits for an import (WAL readers do not block the writer).

        library = Library()                      # the user's library (or Library(":memory:"))
        article_id = library.add(article, path, analysis)
        library.search('speaker:"Mark Carney"')  # desktop.search query language
        library.article(article_id)              # opens from the stored text if the file is gone
    """

    def __init__(self, path: str | os.PathLike | None = None) -> None:
        self.path = Path(path) if path not in (None, ":memory:") else (
            default_library_path() if path is None else None)
        self.warning = ""
        self.recovered_paths: list[str] = []
        self._lock = threading.RLock()
        self._read_lock = threading.RLock()
        self._db, self._read_db = self._open()
        self.index = SearchIndex(self._db, self._lock, self._read_db, self._read_lock)

    @property
    def in_memory(self) -> bool:
        return self.path is None or self._memory

    # ------------------------------------------------------------------ opening
    def _open(self) -> tuple[sqlite3.Connection, sqlite3.Connection]:
        self._memory = False
        if self.path is None:
            return self._memory_session()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            return self._connect_file()
        except (OSError, sqlite3.Error) as exc:
            if isinstance(exc, _NewerSchema):
                self.warning = (f"The library at {self.path} was made by a newer Byline; it is left as it "
                                "is and this session's library is kept in memory only.")
            elif isinstance(exc, sqlite3.DatabaseError) and _is_corrupt(exc) and self.path.exists():
                return self._start_fresh(exc)
            elif _is_busy(exc):
                raise LibraryBusy(f"The library at {self.path} is busy (another Byline is writing to it); "
                                  "try again in a moment.") from exc
            else:
                copied = self._read_only_copy()
                if copied is not None:  # a read-only data folder: what is stored still shows
                    db, articles = copied
                    self._memory = True
                    self.warning = (f"The library at {self.path} cannot be written ({_reason(exc)}). Its "
                                    f"{counted(articles, 'article')} {'is' if articles == 1 else 'are'} shown; "
                                    "articles opened in this session are kept in memory only and forgotten at exit.")
                    return db, db
                self.warning = (f"The library at {self.path} cannot be used ({_reason(exc)}). Articles "
                                "opened in this session are kept in memory only and forgotten at exit.")
            self._memory = True
            return self._memory_session()

    def _read_only_copy(self) -> tuple[sqlite3.Connection, int] | None:
        """The stored library copied into memory without writing a byte to it (a read-only
        folder cannot hold the WAL's index: `immutable=1` then reads the file as it is), with
        its article count; None when it cannot be read, is newer, or is too large to copy."""
        assert self.path is not None
        try:
            if not self.path.is_file() or self.path.stat().st_size > MAX_READ_ONLY_COPY_BYTES:
                return None
        except OSError:
            return None
        uri = self.path.absolute().as_uri()
        for flags in ("mode=ro", "mode=ro&immutable=1"):
            memory = None
            try:
                source = sqlite3.connect(f"{uri}?{flags}", uri=True, check_same_thread=False)
            except sqlite3.Error:
                continue
            try:
                if source.execute("PRAGMA user_version").fetchone()[0] > SCHEMA_VERSION:
                    return None
                memory = sqlite3.connect(":memory:", check_same_thread=False)
                source.backup(memory)
                _migrate(memory)
                return memory, memory.execute("SELECT count(*) FROM articles").fetchone()[0]
            except sqlite3.Error:
                if memory is not None:
                    memory.close()
            finally:
                source.close()
        return None

    def _memory_session(self) -> tuple[sqlite3.Connection, sqlite3.Connection]:
        db = sqlite3.connect(":memory:", check_same_thread=False)
        _migrate(db)
        return db, db

    def _connect_file(self) -> tuple[sqlite3.Connection, sqlite3.Connection]:
        db = _connect(self.path)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            _migrate(db)
            db.execute("SELECT count(*) FROM paths").fetchone()  # a damaged file fails here, not later
            reader = _connect(self.path)
            reader.execute("PRAGMA query_only=1")
        except BaseException:
            db.close()
            raise
        return db, reader

    def _start_fresh(self, exc: Exception) -> tuple[sqlite3.Connection, sqlite3.Connection]:
        assert self.path is not None
        old_paths = _salvage_paths(self.path)
        try:
            aside = move_aside(self.path)
            connections = self._connect_file()
        except (OSError, sqlite3.Error) as again:
            self.warning = (f"The library is damaged ({_reason(exc)}) and could not be replaced ({_reason(again)}). "
                            "This session's library is kept in memory only.")
            self._memory = True
            return self._memory_session()
        self.recovered_paths = [p for p in old_paths if os.path.isfile(p)]
        self.warning = (f"The library was damaged ({_reason(exc)}). It was moved aside to {aside.name} and "
                        f"a new one started; the articles whose files still exist ({len(self.recovered_paths)}) "
                        "will be imported again.")
        return connections

    def close(self) -> None:
        with self._lock, self._read_lock:
            if self._read_db is not self._db:
                self._read_db.close()
            self._db.close()

    # ------------------------------------------------------------------ writing
    def add(self, article: Article, path: str | os.PathLike | None = None, analysis: Analysis | None = None,
            *, opened: bool = False) -> str:
        """Store `article` (and the path it came from, and its analysis when given) in one
        transaction; returns its id. Adding an article again adds the path, and replaces the
        stored analysis when one is given (it is the current analyser's)."""
        article_id = article.id
        path = canonical_path(path) if path else None
        if path and not _storable(path):
            path = None  # a file name that is not UTF-8 cannot be a TEXT key: keep the article, not its path
        stat = _stat(path) if path else None
        now = time.time()
        rows = index_rows_for(article_id, article, analysis)
        text = zlib.compress(article.text.encode("utf-8"), 6)
        # A list item's marker only when it has one: most paragraphs have none.
        paragraphs = json.dumps([[p.start, p.end, p.kind, p.level, *([p.marker] if p.marker else [])]
                                 for p in article.paragraphs])
        packed = _pack_analysis(analysis) if analysis is not None else None
        with self._write() as db:
            existing = db.execute("SELECT analyser FROM articles WHERE id = ?", (article_id,)).fetchone()
            if existing is None:
                db.execute(
                    f"INSERT INTO articles ({_ARTICLE_COLUMNS}) VALUES ({','.join('?' * 16)})",
                    (article_id, article.title, article.byline, article.date, article.format, text, paragraphs,
                     json.dumps(list(article.notices)), article.word_count, now, now if opened else None,
                     *(packed or (None, None, 0, "", None))))
                SearchIndex.replace_rows(db, article_id, article.title, rows)
            else:
                if opened:
                    db.execute("UPDATE articles SET opened = ? WHERE id = ?", (now, article_id))
                if packed is not None:
                    self._store_analysis(db, article_id, article, packed, rows)
            if path:
                self._store_path(db, path, article_id, stat, now)
        return article_id

    def set_analysis(self, article_id: str, analysis: Analysis) -> bool:
        """Store a (re-)analysis; False when the article is no longer in the library."""
        article = self.article(article_id)
        if article is None:
            return False
        packed = _pack_analysis(analysis)
        rows = index_rows_for(article_id, article, analysis)
        with self._write() as db:
            if db.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is None:
                return False  # removed meanwhile
            self._store_analysis(db, article_id, article, packed, rows)
        return True

    @staticmethod
    def _store_analysis(db, article_id: str, article: Article, packed: tuple, rows: list[tuple]) -> None:
        db.execute("UPDATE articles SET analysis = ?, analyser = ?, quotes = ?, speakers = ?, summary = ?"
                   " WHERE id = ?", (*packed, article_id))
        SearchIndex.replace_rows(db, article_id, article.title, rows)

    @staticmethod
    def _store_path(db, path: str, article_id: str, stat: tuple[int, float] | None, now: float) -> None:
        size, mtime = stat if stat else (None, None)
        earlier = db.execute("SELECT article_id FROM paths WHERE path = ?", (path,)).fetchone()
        if earlier is not None and earlier[0] != article_id:
            db.execute("INSERT OR REPLACE INTO replaced (article_id, path, newer_id, replaced) VALUES (?, ?, ?, ?)",
                       (earlier[0], path, article_id, now))
        db.execute("DELETE FROM replaced WHERE article_id = ?", (article_id,))  # current again (e.g. an edit undone)
        db.execute("INSERT INTO paths (path, article_id, size, mtime, missing, used) VALUES (?, ?, ?, ?, ?, ?)"
                   " ON CONFLICT(path) DO UPDATE SET article_id = excluded.article_id, size = excluded.size,"
                   " mtime = excluded.mtime, missing = excluded.missing, used = excluded.used",
                   (path, article_id, size, mtime, int(stat is None), now))

    def touch(self, article_id: str) -> None:
        """The user opened this article now."""
        with self._write() as db:
            db.execute("UPDATE articles SET opened = ? WHERE id = ?", (time.time(), article_id))

    def remove(self, article_ids: Iterable[str]) -> Removed:
        """Take articles (their paths, analyses and index rows) out of the library; the
        returned `Removed` puts them back with `restore` (undo)."""
        ids = list(dict.fromkeys(article_ids))
        removed = Removed()
        with self._write() as db:
            for article_id in ids:
                row = db.execute(f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE id = ?", (article_id,)).fetchone()
                if row is None:
                    continue
                removed.articles.append(tuple(row))
                removed.paths.extend(db.execute(
                    "SELECT path, article_id, size, mtime, missing, used FROM paths WHERE article_id = ?",
                    (article_id,)).fetchall())
                removed.replaced.extend(db.execute(
                    "SELECT article_id, path, newer_id, replaced FROM replaced WHERE article_id = ?",
                    (article_id,)).fetchall())
                db.execute("DELETE FROM paths WHERE article_id = ?", (article_id,))
                db.execute("DELETE FROM replaced WHERE article_id = ?", (article_id,))
                db.execute("DELETE FROM articles WHERE id = ?", (article_id,))
                SearchIndex.delete_rows(db, article_id)
        return removed

    def restore(self, removed: Removed) -> None:
        """Undo a `remove`: the articles come back as they were, index included."""
        prepared = []
        for row in removed.articles:
            article = _article_from_row(row[0], row[1:8], source="")
            analysis = _unpack_analysis(row[11])
            prepared.append((row, index_rows_for(row[0], article, analysis), article.title))
        with self._write() as db:
            for row, rows, title in prepared:
                db.execute(f"INSERT OR REPLACE INTO articles ({_ARTICLE_COLUMNS}) VALUES ({','.join('?' * 16)})", row)
                SearchIndex.replace_rows(db, row[0], title, rows)
            db.executemany("INSERT OR REPLACE INTO paths (path, article_id, size, mtime, missing, used)"
                           " VALUES (?, ?, ?, ?, ?, ?)", removed.paths)
            db.executemany("INSERT OR REPLACE INTO replaced (article_id, path, newer_id, replaced) VALUES (?, ?, ?, ?)",
                           removed.replaced)

    def _write(self):
        return _Transaction(self._db, self._lock)

    # ------------------------------------------------------------------ reading
    def _read(self, sql: str, params: tuple = ()) -> list[tuple]:
        try:
            with self._read_lock:
                return self._read_db.execute(sql, params).fetchall()
        except sqlite3.OperationalError as exc:
            if _is_busy(exc):
                raise LibraryBusy("The library is busy; try again in a moment.") from exc
            raise

    def __len__(self) -> int:
        return self._read("SELECT count(*) FROM articles")[0][0]

    def __contains__(self, article_id: str) -> bool:
        return bool(self._read("SELECT 1 FROM articles WHERE id = ?", (article_id,)))

    def ids(self) -> list[str]:
        return [r[0] for r in self._read("SELECT id FROM articles ORDER BY added, id")]

    def article(self, article_id: str) -> Article | None:
        """The stored article; `source` is the path it was last opened from (which may be gone)."""
        rows = self._read("SELECT id, title, byline, date, format, text, paragraphs, notices FROM articles"
                          " WHERE id = ?", (article_id,))
        if not rows:
            return None
        return _article_from_row(article_id, rows[0][1:], source=self.source(article_id))

    def analysis(self, article_id: str, current_only: bool = False) -> Analysis | None:
        """The stored analysis (None when there is none, or with `current_only` when it was
        made by an older analyser)."""
        rows = self._read("SELECT analysis, analyser FROM articles WHERE id = ?", (article_id,))
        if not rows or rows[0][0] is None or (current_only and rows[0][1] != ANALYSER_VERSION):
            return None
        return _unpack_analysis(rows[0][0])

    def paths(self, article_id: str) -> list[str]:
        """Every path the article was opened from, most recently used first."""
        return [r[0] for r in self._read("SELECT path FROM paths WHERE article_id = ? ORDER BY used DESC",
                                         (article_id,))]

    def source(self, article_id: str) -> str:
        """The path to open the article from: the most recent one that exists, else the most recent."""
        paths = self.paths(article_id)
        return next((p for p in paths if os.path.isfile(p)), paths[0] if paths else "")

    def id_for_path(self, path: str | os.PathLike) -> str | None:
        rows = self._read("SELECT article_id FROM paths WHERE path = ?", (canonical_path(path),))
        return rows[0][0] if rows else None

    def rows(self, article_ids: Iterable[str] | None = None) -> list[ArticleRow]:
        """Every article (or those of `article_ids` still in the library: the few an import just
        added), for the library view (one query; no text or analysis decoded)."""
        ids = list(article_ids) if article_ids is not None else None
        where = f" WHERE a.id IN ({','.join('?' * len(ids))})" if ids else ""
        if ids is not None and not ids:
            return []
        sql = ("SELECT a.id, a.title, a.date, a.words, a.quotes, a.speakers, a.added, a.opened,"
               " a.analysis IS NOT NULL, p.path, p.missing_all, r.path, r.replaced FROM articles a LEFT JOIN"
               " (SELECT article_id, path, max(used), sum(missing) = count(*) AS missing_all FROM paths GROUP BY article_id) p"
               f" ON p.article_id = a.id LEFT JOIN replaced r ON r.article_id = a.id{where} ORDER BY a.added, a.id")
        # An article still opened from another file is that file's text, not only an earlier version.
        return [ArticleRow(i, t, d, path or "", w, q or 0, s or "", bool(m) if m is not None else False, ad, op,
                           bool(an), "" if path else (was or ""), None if path else when)
                for i, t, d, w, q, s, ad, op, an, path, m, was, when in self._read(sql, tuple(ids or ()))]

    def summaries(self) -> Iterator[tuple[str, str, str | None, list[ActorSummary], list[tuple[str, int, int]]]]:
        """(id, title, date, actors, voices) per analysed article, voices being (actor id,
        direct quotes, words quoted): all the library actor table needs, without decoding analyses."""
        for article_id, title, date, summary in self._read(
                "SELECT id, title, date, summary FROM articles WHERE summary IS NOT NULL ORDER BY added, id"):
            data = json.loads(summary)
            # Interned: the same names, types and local ids recur across thousands of articles.
            actors = [ActorSummary(intern(a[0]), intern(a[1]), intern(a[2]), tuple(intern(x) for x in a[3]),
                                   a[4], a[5]) for a in data["actors"]]
            yield article_id, title, date, actors, [(intern(v[0]), v[1], v[2]) for v in data["voices"]]

    def stale(self) -> list[str]:
        """Articles with no analysis, or one made by an older analyser: to (re-)analyse."""
        return [r[0] for r in self._read(
            "SELECT id FROM articles WHERE analyser IS NULL OR analyser < ? ORDER BY opened DESC, added DESC",
            (ANALYSER_VERSION,))]

    def tracked_paths(self) -> list[tuple[str, str, int | None, float | None, bool]]:
        """(path, article id, size, mtime, missing) for every stored path."""
        return [(p, a, s, m, bool(x)) for p, a, s, m, x in
                self._read("SELECT path, article_id, size, mtime, missing FROM paths ORDER BY used DESC")]

    def search(self, query: str, limit: int = 100, prefix_last: bool = True) -> SearchResult:
        return self.index.search(query, limit=limit, prefix_last=prefix_last)

    # ------------------------------------------------------------------ files on disk
    def check_files(self, cancel: threading.Event | None = None) -> list[str]:
        """Compare every stored path with the disk: mark missing ones (and found-again ones),
        and return the paths whose size or mtime changed, to be read again."""
        changed, flips = [], []
        for path, _article_id, size, mtime, missing in self.tracked_paths():
            if cancel is not None and cancel.is_set():
                break
            stat = _stat(path)
            if (stat is None) != missing:
                flips.append((int(stat is None), path))
            if stat is not None and (stat[0] != size or stat[1] != mtime):
                changed.append(path)
        if flips:
            with self._write() as db:
                db.executemany("UPDATE paths SET missing = ? WHERE path = ?", flips)
        return changed

    def forget_path(self, path: str) -> None:
        with self._write() as db:
            db.execute("DELETE FROM paths WHERE path = ?", (canonical_path(path),))


# ---------------------------------------------------------------------- helpers

class _NewerSchema(sqlite3.DatabaseError):
    pass


class _Transaction:
    """`with library._write() as db:` — the writer lock and one transaction; busy → LibraryBusy."""

    def __init__(self, db: sqlite3.Connection, lock) -> None:
        self._db, self._lock = db, lock

    def __enter__(self) -> sqlite3.Connection:
        self._lock.acquire()
        try:
            self._db.execute("BEGIN IMMEDIATE")  # take the write lock now: waits, never deadlocks
        except sqlite3.OperationalError as exc:
            self._lock.release()
            if _is_busy(exc):
                raise LibraryBusy("The library is busy (another Byline is writing to it); "
                                  "try again in a moment.") from exc
            raise
        return self._db

    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            if exc_type is None:
                self._db.execute("COMMIT")
            else:
                self._db.execute("ROLLBACK")
        finally:
            self._lock.release()


def _connect(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False)
    db.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
    db.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
    return db


def _migrate(db: sqlite3.Connection) -> None:
    if db.isolation_level is not None:
        db.isolation_level = None
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise _NewerSchema(f"made by a newer Byline (schema {version})")
    if version == SCHEMA_VERSION:
        return
    db.execute("BEGIN IMMEDIATE")
    try:
        version = db.execute("PRAGMA user_version").fetchone()[0]  # another process may have migrated
        for step in _MIGRATIONS[version:]:
            step(db)
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise


def _pack_analysis(analysis: Analysis) -> tuple:
    """(compressed JSON, analyser version, direct quotes, top speakers, summary JSON)."""
    names = {a.id: a.name for a in analysis.actors}
    voices = voice_counts(analysis)
    top = sorted(voices, key=lambda v: (-v[1], -v[2]))[:TOP_SPEAKERS]
    summary = {"actors": [[a.id, a.name, a.type, list(a.aliases), a.mentions, a.speaks]
                          for a in actor_summaries(analysis)],
               "voices": [list(v) for v in voices]}
    return (zlib.compress(analysis.to_json().encode("utf-8"), 6), ANALYSER_VERSION,
            sum(1 for q in analysis.quotes if q.kind == "direct"), ", ".join(names[v[0]] for v in top if v[0] in names),
            json.dumps(summary, ensure_ascii=False, separators=(",", ":")))


def _unpack_analysis(blob: bytes | None) -> Analysis | None:
    return None if blob is None else Analysis.from_json(zlib.decompress(blob))


def _article_from_row(article_id: str, row: tuple, source: str) -> Article:
    title, byline, date, fmt, text, paragraphs, notices = row
    return Article(text=zlib.decompress(text).decode("utf-8"),
                   paragraphs=tuple(Paragraph(*p) for p in json.loads(paragraphs)),
                   title=title, source=source, format=fmt, byline=byline, date=date,
                   notices=tuple(json.loads(notices)))


def _stat(path: str) -> tuple[int, float] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_size, st.st_mtime) if os.path.isfile(path) else None


def _salvage_paths(path: Path) -> list[str]:
    """Whatever paths can still be read from a damaged library file."""
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1)
        try:
            return [r[0] for r in db.execute("SELECT path FROM paths")]
        finally:
            db.close()
    except sqlite3.Error:
        return []


def _is_corrupt(exc: Exception) -> bool:
    text = str(exc).lower()
    return any(word in text for word in ("malformed", "not a database", "corrupt", "file is encrypted"))


def _is_busy(exc: Exception) -> bool:
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def _reason(exc: Exception) -> str:
    return exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
