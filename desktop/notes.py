"""The user's highlights and notes, stored so that none is ever lost.

- One SQLite file in the user data directory, WAL mode, every edit its own transaction: a
  note is on disk when `add`/`update`/`delete` returns, even if the app is killed next.
- Notes are keyed by the article id (a hash of its canonical text), so they come back when
  the same article is opened from another path; offsets refer to that canonical text.
- A corrupt store is moved aside (never deleted) and a fresh one started, with a message.
- A store that cannot be written (read-only folder, full disk) keeps notes in memory, says
  so, and writes them out at the next edit that succeeds.
"""
from __future__ import annotations

import sqlite3
import time
import uuid
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

SCHEMA_VERSION = 2
DB_NAME = "notes.sqlite3"
# Highlight colours, as Zotero and Hypothesis users know them: names in the store, shades in
# the theme (so a dark theme can draw each one readably).
COLOURS = ("yellow", "green", "blue", "pink", "purple")
KINDS = ("highlight", "quote", "reported", "fact")
# Schema steps: version → statements that bring version-1 to it. Each runs in the same
# transaction as the version bump, so a store is never half-migrated.
MIGRATIONS: dict[int, tuple[str, ...]] = {
    2: ("ALTER TABLE notes ADD COLUMN colour TEXT", "ALTER TABLE notes ADD COLUMN speaker TEXT"),
}


@dataclass(frozen=True, slots=True)
class Note:
    article_id: str
    start: int
    end: int
    quote: str  # the highlighted text, as it was (for exports, and to detect a changed article)
    note: str = ""
    source: str = ""  # the path the article was open from when the note was made
    title: str = ""
    kind: str = "highlight"  # one of KINDS: "quote" | "reported" | "fact" are kept from the panel
    tags: tuple[str, ...] = ()
    colour: str = "yellow"  # one of COLOURS
    speaker: str = ""  # who said it, for a kept quote or reported statement (display name)
    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    created: float = field(default_factory=time.time)
    updated: float = field(default_factory=time.time)

    def to_dict(self) -> dict:
        data = asdict(self)
        data["tags"] = list(self.tags)
        return data

    @classmethod
    def from_dict(cls, data: dict) -> "Note":
        known = {f for f in cls.__dataclass_fields__}
        values = {k: v for k, v in data.items() if k in known}
        values["tags"] = tuple(values.get("tags") or ())
        if values.get("colour") not in COLOURS:
            values.pop("colour", None)
        return cls(**values)


def default_store_path() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("Byline", appauthor=False)) / DB_NAME


class NotesStore:
    """All notes, for every article. Methods raise nothing for storage faults: they fall
    back to memory and put a sentence in `warning` for the user."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path is not None else default_store_path()
        self.warning: str = ""
        self._pending: dict[str, Note | None] = {}  # note id → note (None: deleted) not yet on disk
        self._memory: dict[str, Note] = {}
        self._db: sqlite3.Connection | None = self._open()
        if self._db is not None:
            for note in self._load_all():
                self._memory[note.id] = note

    # ------------------------------------------------------------------ reading
    def for_article(self, article_id: str) -> list[Note]:
        return sorted((n for n in self._memory.values() if n.article_id == article_id),
                      key=lambda n: (n.start, n.end, n.created))

    def get(self, note_id: str) -> Note | None:
        return self._memory.get(note_id)

    def all(self) -> list[Note]:
        return sorted(self._memory.values(), key=lambda n: (n.article_id, n.start))

    @property
    def in_memory_only(self) -> bool:
        return self._db is None or bool(self._pending)

    # ------------------------------------------------------------------ writing
    def add(self, note: Note) -> Note:
        self._memory[note.id] = note
        self._write(note.id, note)
        return note

    def update(self, note_id: str, **changes) -> Note | None:
        note = self._memory.get(note_id)
        if note is None:
            return None
        note = replace(note, **changes, updated=time.time())
        self._memory[note_id] = note
        self._write(note_id, note)
        return note

    def delete(self, note_id: str) -> Note | None:
        note = self._memory.pop(note_id, None)
        if note is not None:
            self._write(note_id, None)
        return note

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def _write(self, note_id: str, note: Note | None) -> None:
        self._pending[note_id] = note
        if self._db is None:
            self._db = self._open(quiet=True)
            if self._db is None:
                return
        try:
            with self._db:  # one transaction for everything not yet on disk, this edit included
                for pid, pnote in self._pending.items():
                    if pnote is None:
                        self._db.execute("DELETE FROM notes WHERE id = ?", (pid,))
                    else:
                        self._db.execute(
                            "INSERT OR REPLACE INTO notes (id, article_id, start, end, quote, note, source,"
                            " title, kind, tags, created, updated, colour, speaker)"
                            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                            (pnote.id, pnote.article_id, pnote.start, pnote.end, pnote.quote, pnote.note,
                             pnote.source, pnote.title, pnote.kind, "\x1f".join(pnote.tags), pnote.created,
                             pnote.updated, pnote.colour, pnote.speaker))
        except sqlite3.Error as exc:
            self.warning = (f"Notes cannot be saved right now ({exc}). They are kept in memory and "
                            "will be written as soon as saving works again — do not quit yet.")
            return
        self._pending.clear()
        if self.warning.startswith("Notes cannot be saved"):
            self.warning = "Notes are saved again."

    # ------------------------------------------------------------------ opening
    def _open(self, quiet: bool = False) -> sqlite3.Connection | None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            db = self._connect()
        except (OSError, sqlite3.Error) as exc:
            if isinstance(exc, sqlite3.DatabaseError) and self.path.exists() and _is_corrupt(exc):
                return self._start_fresh(exc)
            if not quiet:
                self.warning = (f"The notes store at {self.path} cannot be used ({exc}). Notes are "
                                "kept in memory for this session only.")
            return None
        return db

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(str(self.path), timeout=5, isolation_level=None, check_same_thread=False)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=FULL")  # durable at commit: a note survives a kill
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise sqlite3.DatabaseError(f"made by a newer Byline (schema {version})")
            db.isolation_level = ""  # back to transactions for `with db:`
            with db:
                db.execute(
                    "CREATE TABLE IF NOT EXISTS notes (id TEXT PRIMARY KEY, article_id TEXT NOT NULL,"
                    " start INTEGER, end INTEGER, quote TEXT, note TEXT, source TEXT, title TEXT,"
                    " kind TEXT, tags TEXT, created REAL, updated REAL)")
                db.execute("CREATE INDEX IF NOT EXISTS notes_article ON notes(article_id)")
                _migrate(db)
                db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            if db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise sqlite3.DatabaseError("database disk image is malformed")
        except sqlite3.Error:
            db.close()
            raise
        return db

    def _start_fresh(self, exc: Exception) -> sqlite3.Connection | None:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        aside = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        try:
            self.path.replace(aside)
            for extra in ("-wal", "-shm"):
                sidecar = self.path.with_name(self.path.name + extra)
                if sidecar.exists():
                    sidecar.replace(aside.with_name(aside.name + extra))
            db = self._connect()
        except (OSError, sqlite3.Error) as again:
            self.warning = (f"The notes store is damaged ({exc}) and could not be replaced ({again}). "
                            "Notes are kept in memory for this session only.")
            return None
        self.warning = (f"The notes store was damaged ({exc}). It was moved aside to {aside.name} "
                        "and a new one was started.")
        return db

    def _load_all(self) -> list[Note]:
        assert self._db is not None
        rows = self._db.execute(
            "SELECT id, article_id, start, end, quote, note, source, title, kind, tags, created, updated,"
            " colour, speaker FROM notes").fetchall()
        return [Note(article_id=r[1], start=r[2], end=r[3], quote=r[4] or "", note=r[5] or "",
                     source=r[6] or "", title=r[7] or "", kind=r[8] or "highlight",
                     tags=tuple(t for t in (r[9] or "").split("\x1f") if t), id=r[0], created=r[10],
                     updated=r[11], colour=r[12] if r[12] in COLOURS else "yellow",
                     speaker=r[13] or "") for r in rows]


def _migrate(db: sqlite3.Connection) -> None:
    """Bring an older store (or the version-1 table just created) up to SCHEMA_VERSION, one
    step at a time, inside the caller's transaction. A column already there is skipped, so a
    step that ran before is harmless."""
    version = db.execute("PRAGMA user_version").fetchone()[0]
    columns = {row[1] for row in db.execute("PRAGMA table_info(notes)")}
    for step in sorted(v for v in MIGRATIONS if v > version):
        for statement in MIGRATIONS[step]:
            if statement.split("ADD COLUMN", 1)[-1].split()[0] not in columns:
                db.execute(statement)


def _is_corrupt(exc: Exception) -> bool:
    text = str(exc).lower()
    return any(word in text for word in ("malformed", "not a database", "corrupt", "newer byline",
                                         "file is encrypted"))
