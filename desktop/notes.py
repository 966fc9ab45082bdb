"""The user's highlights and notes, stored so that none is ever lost.

- One SQLite file in the user data directory, WAL mode, every edit its own transaction: a
  note is on disk when `add`/`update`/`delete` returns, even if the app is killed next.
- Notes are keyed by the article id (a hash of its canonical text), so they come back when
  the same article is opened from another path; offsets refer to that canonical text.
- A store that cannot be written (full disk, read-only folder, a store made by a newer
  Byline) is still read — read-only — so saved notes always show. Edits that cannot be
  written stay in memory, are copied to a recovery file in another writable place
  (`$XDG_RUNTIME_DIR`, the config folder, the temporary folder) at every failed write, and
  are written into the store at the next edit or start-up that can write.
- A damaged store is moved aside (never deleted) and every row that can still be read is
  copied into a new store; the warning says how many were saved and how many were lost.
- A store from a newer Byline (`user_version` above ours) is never moved, migrated or
  written: it is opened read-only with a message.
- Notes from outside (a JSON import, a recovery file) are validated field by field
  (`validate_note`); invalid ones are skipped with a reason, never stored.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import os
import re
import sqlite3
import tempfile
import time
import uuid
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from .durable import replace_file
from .fsnames import clean_text
from .storelock import move_aside
from .wording import counted, was_were

SCHEMA_VERSION = 2  # 2: highlights have a colour, kept quotes a speaker
DB_NAME = "notes.sqlite3"
NOTES_SCHEMA = "byline.notes/1"  # the JSON export/import format (see export.py)
RECOVERY_SCHEMA = "byline.notes-recovery/1"
DRAFTS_SCHEMA = "byline.note-drafts/1"
# Offsets are character offsets into an article; the loader refuses files above 10 MB, and
# a character is at least one byte, so no valid offset is larger.
MAX_OFFSET = 10 * 1024 * 1024
MAX_NOTE_CHARS = 1_000_000
MAX_FIELD_CHARS = 10_000  # ids, titles, sources, tags
MAX_TAGS = 100
# Highlight colours, as Zotero and Hypothesis users know them: names in the store, shades in
# the theme (so a dark theme can draw each one readably).
COLOURS = ("yellow", "green", "blue", "pink", "purple")
KINDS = ("highlight", "quote", "reported", "fact")
_KIND = re.compile(r"[a-z][a-z_-]{0,31}\Z")
_LATEST_TIME = 253402300799.0  # 9999-12-31T23:59:59Z: later times are not dates
# A tag is written one way everywhere (Notes tab, reader tooltips, Markdown front matter and
# body, HTML, JSON): the form Obsidian reads as a #tag — letters, digits, "_", "-" and "/"
# for nesting (https://help.obsidian.md/Editing+and+formatting/Tags). A space or other
# punctuation in what the user typed becomes one hyphen, so "to check" is "to-check".
_TAG_BREAK = re.compile(r"[^\w/-]+")


def canonical_tag(text: str) -> str:
    """A tag as Byline stores and shows it (without the "#"): "to check" → "to-check",
    "#Budget 2026" → "Budget-2026", "EU / trade" → "EU/trade", "C++" → "C". Case is kept
    (as Zotero and Obsidian keep it). "" when nothing of it can be a tag ("???")."""
    tag = _TAG_BREAK.sub("-", clean_text(text))
    tag = re.sub(r"-*/[-/]*", "/", tag)  # "a - / - b" → "a/b": no empty nesting level
    return re.sub(r"-{2,}", "-", tag).strip("-/")


def canonical_tags(tags) -> tuple[str, ...]:
    """`tags` in canonical form, empty ones dropped, each once (ignoring case; the first
    spelling wins)."""
    seen: dict[str, str] = {}
    for raw in tags:
        tag = canonical_tag(raw)
        if tag and tag.casefold() not in seen:
            seen[tag.casefold()] = tag
    return tuple(seen.values())


def parse_tags(text: str) -> tuple[str, ...]:
    """What the user typed in a Tags field → canonical tags: commas or "#"s separate,
    spaces inside one tag join it: "budget, to check #banks" → ("budget", "to-check", "banks").
    The tags Byline writes (#tag in Markdown and HTML, "a, b" in the editor) read back the same."""
    return canonical_tags(p for chunk in text.split(",") for p in chunk.split("#"))


def hashtag(tag: str) -> str:
    """A canonical tag as every view and the Markdown/HTML body show it: "#to-check"."""
    return "#" + tag


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

    def __post_init__(self) -> None:
        # Every note, whatever made it (the editor, an import, a row from an older store),
        # holds its tags in the one canonical form.
        tags = canonical_tags(self.tags)
        if tags != self.tags:
            object.__setattr__(self, "tags", tags)

    def to_dict(self) -> dict:
        data = asdict(self)
        data["tags"] = list(self.tags)
        return data

    def to_export_dict(self) -> dict:
        """`to_dict` for files a person reads or another program imports: `created` and
        `updated` as ISO 8601 with a time zone ("2026-05-02T10:00:00.250000+00:00"), the form
        the importer's messages ask for. The importer still takes the numbers older exports
        wrote (seconds since 1970), so files from both sides of this change read back alike."""
        data = self.to_dict()
        for key in ("created", "updated"):
            data[key] = iso_time(data[key])
        return data

    @classmethod
    def from_dict(cls, data: dict) -> "Note":
        """A note from a dict that is known to be valid (ours); outside data goes through
        `validate_note`, which raises `InvalidNote` with a reason instead."""
        known = {f for f in cls.__dataclass_fields__}
        values = {k: v for k, v in data.items() if k in known}
        values["tags"] = tuple(values.get("tags") or ())
        if values.get("colour") not in COLOURS:
            values.pop("colour", None)
        return cls(**values)


# ---------------------------------------------------------------------------- validation

class InvalidNote(ValueError):
    """A note from outside that does not fit the schema; the message says which field and why."""


def _text(data: dict, key: str, limit: int, default: str | None = "") -> str:
    value = data.get(key, default)
    if value is None and default is not None:
        value = default
    if not isinstance(value, str):
        raise InvalidNote(f"'{key}' must be text, not {type(value).__name__}")
    if len(value) > limit:
        raise InvalidNote(f"'{key}' is longer than {counted(limit, 'character')}")
    return clean_text(value)


def _offset(data: dict, key: str) -> int:
    value = data.get(key)
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidNote(f"'{key}' must be a whole number, not {type(value).__name__}")
    if not 0 <= value <= MAX_OFFSET:
        raise InvalidNote(f"'{key}' ({str(value)[:20]}) is outside any article (0 to {MAX_OFFSET:,})")
    return value


def iso_time(seconds: float) -> str:
    """Seconds since 1970 → ISO 8601 in UTC with its offset; `_timestamp` reads it back exactly
    (to the microsecond)."""
    return dt.datetime.fromtimestamp(seconds, tz=dt.timezone.utc).isoformat()


def _timestamp(data: dict, key: str, default: float) -> float:
    """Seconds since 1970: a number, or an ISO 8601 date/time ("2026-05-02T10:00:00+00:00");
    anything else ("yesterday") is refused."""
    value = data.get(key)
    if value is None:
        return default
    if isinstance(value, str):
        try:
            parsed = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            raise InvalidNote(f"'{key}' is not an ISO 8601 date ({value[:40]!r})") from None
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=dt.timezone.utc)
        try:
            value = parsed.timestamp()
        except (OverflowError, OSError, ValueError):
            raise InvalidNote(f"'{key}' is not a usable date ({value[:40]!r})") from None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise InvalidNote(f"'{key}' must be a date, not {type(value).__name__}")
    value = float(value)
    if not math.isfinite(value) or not 0 <= value <= _LATEST_TIME:
        raise InvalidNote(f"'{key}' ({value}) is not a date")
    return value


def validate_note(raw: object, article_id: str | None = None, text_length: int | None = None) -> Note:
    """One note from outside (JSON import, recovery file) → a `Note`, or `InvalidNote`.

    Checks every field: ids and texts are strings of bounded length; 0 <= start < end, both
    within the article (`text_length` characters when known, else the loader's maximum);
    `quote` is the highlighted text, so its length is end - start; `tags` a list of short
    strings; `created`/`updated` numbers (seconds since 1970) or ISO 8601 dates. Fields
    that are absent take their defaults; unknown fields are ignored. `article_id` (from the
    enclosing article) is used when the note has none, and must match when it has one.
    """
    if not isinstance(raw, dict):
        raise InvalidNote(f"a note must be an object, not {type(raw).__name__}")
    own = raw.get("article_id", article_id)
    if own is None:
        raise InvalidNote("no 'article_id'")
    aid = _text({"article_id": own}, "article_id", 128)
    if not aid.strip():
        raise InvalidNote("empty 'article_id'")
    if article_id is not None and isinstance(article_id, str) and aid != article_id:
        raise InvalidNote(f"'article_id' {aid!r} differs from its article's id {article_id!r}")
    start, end = _offset(raw, "start"), _offset(raw, "end")
    if start >= end:
        raise InvalidNote(f"'start' ({start}) must be before 'end' ({end})")
    if text_length is not None and end > text_length:
        raise InvalidNote(f"'end' ({end}) is past the end of the article ({counted(text_length, 'character')})")
    quote = _text(raw, "quote", MAX_OFFSET)
    if len(quote) != end - start:
        raise InvalidNote(f"'quote' has {counted(len(quote), 'character')} but 'start'..'end' spans {end - start}")
    tags = raw.get("tags") or []
    if not isinstance(tags, list) or len(tags) > MAX_TAGS:
        raise InvalidNote(f"'tags' must be a list of at most {MAX_TAGS} texts")
    tags = [_text({"tag": t}, "tag", 200) for t in tags]
    if any("\x1f" in t or not t.strip() for t in tags):
        raise InvalidNote("a tag is empty or holds a control character")
    kind = _text(raw, "kind", 32, "highlight")
    if not _KIND.match(kind):
        raise InvalidNote(f"'kind' {kind[:40]!r} is not a kind of note")
    now = time.time()
    created = _timestamp(raw, "created", now)
    note_id = _text(raw, "id", 128, None) if raw.get("id") is not None else uuid.uuid4().hex
    if not note_id.strip():
        raise InvalidNote("empty 'id'")
    return Note(article_id=aid, start=start, end=end, quote=quote, note=_text(raw, "note", MAX_NOTE_CHARS),
                source=_text(raw, "source", MAX_FIELD_CHARS), title=_text(raw, "title", MAX_FIELD_CHARS),
                kind=kind, tags=tuple(tags), id=note_id, created=created,
                updated=_timestamp(raw, "updated", created), **_known_colour(_other_fields(raw)))


_CHECKED_FIELDS = {"article_id", "start", "end", "quote", "note", "source", "title", "kind", "tags", "id",
                   "created", "updated"}


def _known_colour(fields: dict) -> dict:
    if fields.get("colour") not in COLOURS:  # an unknown colour name: the default one
        fields.pop("colour", None)
    return fields


def _other_fields(raw: dict) -> dict:
    """Note fields added after these checks were written (a colour, say): taken only when the
    value has the type of the field's default (text for text, a list of texts for a tuple),
    so nothing of another type can reach the store. Give a new field its own check above."""
    out = {}
    for name, spec in Note.__dataclass_fields__.items():
        if name in _CHECKED_FIELDS or name not in raw:
            continue
        default, value = spec.default, raw[name]
        if value is None and default is None:
            out[name] = None
        elif isinstance(default, (str, type(None))) and isinstance(value, str) and len(value) <= MAX_FIELD_CHARS:
            out[name] = clean_text(value)
        elif isinstance(default, tuple) and isinstance(value, list) and all(isinstance(v, str) for v in value):
            out[name] = tuple(clean_text(v) for v in value)
        elif type(default) in (int, float) and type(value) in (int, float) and math.isfinite(value):
            out[name] = type(default)(value)
        else:
            raise InvalidNote(f"'{name}' has the wrong type ({type(value).__name__})")
    return out


@dataclass(slots=True)
class ImportReport:
    notes: list[Note] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # one sentence per note left out: where and why
    unknown_colours: list[str] = field(default_factory=list)  # one sentence per note given the default colour
    moved: list[str] = field(default_factory=list)  # one sentence per note re-anchored to its quoted words


@dataclass(slots=True)
class ImportPlan:
    """What importing `ImportReport.notes` into a store does (see `plan_import`)."""
    fresh: list[Note] = field(default_factory=list)  # to store: new, or changed since (same id)
    same: int = 0  # already in the store as they are
    duplicates: list[Note] = field(default_factory=list)  # a new id over a span already noted: skipped


def plan_import(notes: list[Note], store: "NotesStore") -> ImportPlan:
    """Sort imported notes into what to store and what to leave: a note already held (same
    id, same content) is counted, one with a known id replaces the held one (an update), and
    one with a new id over exactly the span (article, start, end) of a held or earlier imported
    note is a duplicate — a second highlight on the same words — and is skipped."""
    plan = ImportPlan()
    spans: dict[str, set[tuple[int, int]]] = {}
    for note in notes:
        held = store.get(note.id)
        if held is not None and held == _with_times_of(note, held):
            plan.same += 1
            continue
        noted = spans.get(note.article_id)
        if noted is None:
            noted = spans[note.article_id] = {(n.start, n.end) for n in store.for_article(note.article_id)}
        if held is None and (note.start, note.end) in noted:
            plan.duplicates.append(note)
            continue
        noted.add((note.start, note.end))
        plan.fresh.append(note)
    return plan


def _with_times_of(note: Note, held: Note) -> Note:
    """`note` with `held`'s times when they differ by less than a microsecond: ISO 8601 in an
    export keeps microseconds, the store keeps the float time.time() gave, so a note exported
    and imported again would otherwise count as changed."""
    if abs(note.created - held.created) < 1e-6 and abs(note.updated - held.updated) < 1e-6:
        return replace(note, created=held.created, updated=held.updated)
    return note


def read_notes_export(data: object, text_length=None, article_text=None) -> ImportReport:
    """The notes of a `byline.notes/1` export, validated one by one.

    `text_length(article_id) -> int | None` gives the length of an article Byline knows, so
    offsets past its end are refused. `article_text(article_id) -> str | None` gives its text
    (and so its length): a note whose `quote` is not the text at its offsets would highlight
    other words, so it moves to the occurrence of its quote nearest those offsets (listed in
    `moved`, as Hypothesis re-anchors a text-quote selector) or, when the article does not
    hold those words, is skipped; so is a note whose id an earlier note of the file has. Raises
    ValueError only when `data` is not such an export at all; bad articles and notes are listed
    in `skipped`."""
    if not isinstance(data, dict) or data.get("schema") != NOTES_SCHEMA:
        raise ValueError(f"not a Byline notes export (expected schema {NOTES_SCHEMA!r})")
    report = ImportReport()
    # Two notes of one file with the same id would be one note in the store, the second
    # silently replacing the first: the later is skipped and said so.
    first_with_id: dict[str, str] = {}
    articles = data.get("articles", [])
    if not isinstance(articles, list):
        raise ValueError("'articles' must be a list")
    for a_index, article in enumerate(articles, start=1):
        if not isinstance(article, dict):
            report.skipped.append(f"article {a_index}: not an object ({type(article).__name__})")
            continue
        article_id = article.get("id")
        notes = article.get("notes", [])
        if not isinstance(notes, list):
            report.skipped.append(f"article {a_index}: 'notes' must be a list")
            continue
        if article_id is not None and not isinstance(article_id, str):
            report.skipped.append(f"article {a_index}: 'id' must be text (its {counted(len(notes), 'note')} {was_were(len(notes))} skipped)")
            continue
        for n_index, raw in enumerate(notes, start=1):
            try:
                aid = raw.get("article_id", article_id) if isinstance(raw, dict) else article_id
                text = article_text(aid) if article_text is not None and isinstance(aid, str) else None
                length = (len(text) if text is not None else
                          text_length(aid) if text_length is not None and isinstance(aid, str) else None)
                note = validate_note(raw, article_id, length)
                if text is not None and text[note.start:note.end] != note.quote:
                    note = _reanchored(note, text, report.moved, f"article {a_index}, note {n_index}")
                if note.id in first_with_id:
                    raise InvalidNote(f"'id' {_short(note.id)} is already {first_with_id[note.id]}'s")
                first_with_id[note.id] = f"article {a_index}, note {n_index}"
                report.notes.append(note)
            except InvalidNote as exc:
                report.skipped.append(f"article {a_index}, note {n_index}: {exc}")
                continue
            colour = raw.get("colour")
            if colour is not None and colour != note.colour:  # not one of COLOURS: the default
                report.unknown_colours.append(f"article {a_index}, note {n_index}: colour "
                                              f"{str(colour)[:40]!r} is unknown: used {note.colour}")
    return report


def _reanchored(note: Note, text: str, moved: list[str], where: str) -> Note:
    """`note` moved to the occurrence of its quote nearest its offsets (said in `moved`), or
    InvalidNote when the article does not hold those words."""
    from .anchoring import locate

    quote = _short(note.quote)
    span = locate(note.quote, text, note.start)
    if span is None:
        raise InvalidNote(f"'quote' {quote} is not the text at {note.start}..{note.end} "
                          f"({_short(text[note.start:note.end])}) and does not occur in the article")
    start, end = span
    moved.append(f"{where}: 'quote' {quote} was not at {note.start}..{note.end}: moved to {start}..{end}")
    return replace(note, start=start, end=end, quote=text[start:end])


def _short(text: str, limit: int = 40) -> str:
    return repr(text if len(text) <= limit else text[:limit - 1] + "…")


def default_store_path() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("Byline", appauthor=False)) / DB_NAME


def default_recovery_dirs() -> list[Path]:
    """Places for the recovery file, most separate from the data folder first: the runtime
    folder is in memory (tmpfs), so it works when the disk is full."""
    from platformdirs import user_config_dir

    dirs = []
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime:
        dirs.append(Path(runtime) / "byline")
    dirs.append(Path(user_config_dir("Byline", appauthor=False)) / "recovery")
    uid = os.getuid() if hasattr(os, "getuid") else "user"
    dirs.append(Path(tempfile.gettempdir()) / f"byline-{uid}")
    return dirs



def _write_to_first(folders: list[Path], name: str, text: str) -> Path | None:
    """Write `text` (ASCII) as `name` into the first of `folders` that takes it: a private
    temporary file, flushed to disk, renamed over the old one. The copies in the other folders
    are removed (an older one would come back later). None when no folder took it."""
    for folder in folders:
        target = folder / name
        try:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            replace_file(target, text, encoding="ascii")  # private (0600): a draft is the user's
        except OSError:
            continue
        for other in folders:
            if other != folder:
                _unlink(other / name)
        return target
    return None

class StoreError(Exception):
    """The store cannot be opened for writing; `corrupt` when its content is damaged."""

    def __init__(self, message: str, corrupt: bool = False, newer: bool = False) -> None:
        super().__init__(message)
        self.corrupt, self.newer = corrupt, newer


_COLUMNS = "id, article_id, start, end, quote, note, source, title, kind, tags, created, updated, colour, speaker"
_PLACEHOLDERS = ",".join("?" * len(_COLUMNS.split(",")))


def _values(n: Note) -> tuple:
    """A note as the row _COLUMNS describes."""
    return (n.id, n.article_id, n.start, n.end, n.quote, n.note, n.source, n.title, n.kind, "\x1f".join(n.tags),
            n.created, n.updated, n.colour, n.speaker)


class NotesStore:
    """All notes, for every article. Methods raise nothing for storage faults: they fall
    back to memory (and a recovery file) and put a sentence in `warning` for the user."""

    def __init__(self, path: str | Path | None = None, recovery_dirs: list[Path] | None = None) -> None:
        self.path = Path(path) if path is not None else default_store_path()
        self.warning: str = ""
        self.read_only_reason: str = ""  # why writes are refused for good (a newer store), or ""
        self.recovery_file: Path | None = None  # where unsaved edits are kept right now
        self._recovery_dirs = list(recovery_dirs) if recovery_dirs is not None else default_recovery_dirs()
        self._pending: dict[str, Note | None] = {}  # note id → note (None: deleted) not yet on disk
        self._deleted_at: dict[str, float] = {}
        self._memory: dict[str, Note] = {}
        self._db: sqlite3.Connection | None = self._open()
        self._restore_recovery()

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

    @property
    def unsaved(self) -> int:
        """How many edits are not in the store yet (they are in memory and, if it could be
        written, in `recovery_file`)."""
        return len(self._pending)

    # ------------------------------------------------------------------ writing
    def add(self, note: Note) -> Note:
        note = _checked(note)
        self._memory[note.id] = note
        self._write(note.id, note)
        return note

    def update(self, note_id: str, **changes) -> Note | None:
        note = self._memory.get(note_id)
        if note is None:
            return None
        note = _checked(replace(note, **changes, updated=time.time()))
        self._memory[note_id] = note
        self._write(note_id, note)
        return note

    def delete(self, note_id: str) -> Note | None:
        note = self._memory.pop(note_id, None)
        if note is not None:
            self._deleted_at[note_id] = time.time()
            self._write(note_id, None)
        return note

    def flush(self) -> bool:
        """Try again to write every unsaved edit (before quitting); True when none is left."""
        if self._pending:
            self._write_pending()
        return not self._pending

    def close(self) -> None:
        self.flush()
        if self._db is not None:
            self._db.close()
            self._db = None

    def _write(self, note_id: str, note: Note | None) -> None:
        self._pending[note_id] = note
        self._write_pending()

    def _write_pending(self) -> None:
        if self.read_only_reason:
            self._save_recovery()
            return
        if self._db is None:
            try:
                self._db = self._connect()
            except (OSError, sqlite3.Error, StoreError):
                self._save_recovery()
                return
        try:
            with self._db:  # one transaction for everything not yet on disk, this edit included
                for pid, pnote in self._pending.items():
                    if pnote is None:
                        self._db.execute("DELETE FROM notes WHERE id = ?", (pid,))
                    else:
                        self._db.execute(
                            f"INSERT OR REPLACE INTO notes ({_COLUMNS}) VALUES ({_PLACEHOLDERS})", _values(pnote))
        except sqlite3.Error as exc:
            where = self._save_recovery()
            kept = (f"They are kept in memory and in {where}" if where else
                    "They are kept in memory only")
            self.warning = (f"Notes cannot be saved right now ({exc}). {kept}, and will be written "
                            "as soon as saving works again.")
            return
        self._pending.clear()
        self._deleted_at.clear()
        self._drop_recovery()
        if self.warning.startswith(("Notes cannot be saved", "The notes store at")):
            self.warning = "Notes are saved again."

    # ------------------------------------------------------------------ recovery file
    def _recovery_name(self) -> str:
        try:
            key = str(self.path.resolve())
        except (OSError, RuntimeError):
            key = str(self.path.absolute())
        return f"notes-recovery-{hashlib.sha256(os.fsencode(key)).hexdigest()[:16]}.json"

    def _save_recovery(self) -> Path | None:
        """Write the unsaved edits to the first recovery folder that takes them; None if none."""
        if not self._pending:
            return None
        data = {"schema": RECOVERY_SCHEMA, "store": clean_text(str(self.path)), "saved": time.time(),
                "pending": {pid: (n.to_dict() if n is not None else
                                  {"deleted": True, "at": self._deleted_at.get(pid, time.time())})
                            for pid, n in self._pending.items()}}
        self.recovery_file = _write_to_first(self._recovery_dirs, self._recovery_name(),
                                             json.dumps(data, ensure_ascii=True))
        return self.recovery_file

    def _drop_recovery(self) -> None:
        for folder in self._recovery_dirs:
            _unlink(folder / self._recovery_name())
        self.recovery_file = None

    def _restore_recovery(self) -> None:
        """Edits a previous session could not write (full disk, kill): back into memory, and
        into the store if it can be written now. An edit older than the store's copy of that
        note is not applied (the store moved on)."""
        restored, bad = 0, 0
        for folder in self._recovery_dirs:
            path = folder / self._recovery_name()
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
            except FileNotFoundError:
                continue
            except (OSError, ValueError):
                bad += 1
                continue
            if not isinstance(data, dict) or data.get("schema") != RECOVERY_SCHEMA \
                    or not isinstance(data.get("pending"), dict):
                bad += 1
                continue
            for pid, raw in data["pending"].items():
                if isinstance(raw, dict) and raw.get("deleted") is True:
                    current = self._memory.get(pid)
                    at = raw.get("at") if isinstance(raw.get("at"), (int, float)) else 0.0
                    if current is not None and current.updated <= at:
                        del self._memory[pid]
                        self._pending[pid] = None
                        self._deleted_at[pid] = at
                        restored += 1
                    continue
                try:
                    note = validate_note(raw)
                except InvalidNote:
                    bad += 1
                    continue
                current = self._memory.get(note.id)
                if current is None or current.updated <= note.updated:
                    self._memory[note.id] = note
                    self._pending[note.id] = note
                    restored += 1
        if not restored:
            return
        self._write_pending()
        where = f" ({bad} unreadable entr{'y was' if bad == 1 else 'ies were'} left out)" if bad else ""
        if self._pending:
            message = (f"{counted(restored, 'unsaved edit')} from the last session {was_were(restored)} "
                       f"restored{where}, but cannot be written to the store yet; they are kept in "
                       f"{self.recovery_file or 'memory'}.")
        else:
            message = (f"{counted(restored, 'unsaved edit')} from the last session {was_were(restored)} "
                       f"restored and saved{where}.")
        self.warning = " ".join(x for x in (self.warning, message) if x)

    # ------------------------------------------------------------------ drafts
    # A note being typed is not an edit yet (the user may still cancel it), so it never goes
    # into the store by itself; but a crash, a kill -9 or a power cut must not take it either.
    # The editor hands its text here after a short pause; it is written atomically to the
    # recovery folders, those on disk first (a draft in the in-memory runtime folder would not
    # outlive a power cut or a reboot), the runtime folder only when no disk folder takes it (a
    # full disk), and dropped when the edit is saved or given up. At the next start `drafts()`
    # lists those left over, to be offered back: never applied unasked.
    def _draft_dirs(self) -> list[Path]:
        runtime = os.environ.get("XDG_RUNTIME_DIR")
        in_memory = [d for d in self._recovery_dirs if runtime and d.is_relative_to(runtime)]
        return [d for d in self._recovery_dirs if d not in in_memory] + in_memory

    def _drafts_name(self) -> str:
        return self._recovery_name().replace("notes-recovery-", "notes-drafts-", 1)

    def _read_drafts(self) -> dict[str, dict]:
        for folder in self._draft_dirs():
            try:
                data = json.loads((folder / self._drafts_name()).read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
            if isinstance(data, dict) and data.get("schema") == DRAFTS_SCHEMA and isinstance(data.get("drafts"), dict):
                return {k: v for k, v in data["drafts"].items() if isinstance(k, str) and isinstance(v, dict)
                        and isinstance(v.get("text"), str) and isinstance(v.get("saved"), (int, float))}
        return {}

    def save_draft(self, note_id: str, text: str) -> bool:
        """Keep `text`, typed into note `note_id` and not saved yet, where a crash cannot take
        it. False when no folder took it (the text is still in the editor)."""
        note = self._memory.get(note_id)
        if note is None or len(text) > MAX_NOTE_CHARS:
            return False
        drafts = self._read_drafts()
        drafts[note_id] = {"text": clean_text(text), "saved": time.time(), "base": note.updated}
        return self._write_drafts(drafts)

    def drop_draft(self, note_id: str) -> None:
        """The edit was saved or given up: its draft is not needed any more."""
        drafts = self._read_drafts()
        if drafts.pop(note_id, None) is not None:
            self._write_drafts(drafts)

    def drafts(self) -> list[tuple[Note, str, bool]]:
        """Left-over drafts of notes that still exist and whose text differs from the saved
        note: (the saved note, the draft's text, whether the note was changed after the draft
        was begun). Drafts that say nothing new are dropped."""
        out, stale = [], []
        for note_id, draft in self._read_drafts().items():
            note = self._memory.get(note_id)
            if note is None or draft["text"] == note.note:
                stale.append(note_id)
                continue
            base = draft.get("base")
            out.append((note, draft["text"], isinstance(base, (int, float)) and note.updated > base))
        for note_id in stale:
            self.drop_draft(note_id)
        return sorted(out, key=lambda d: (d[0].article_id, d[0].start))

    def _write_drafts(self, drafts: dict[str, dict]) -> bool:
        name = self._drafts_name()
        if not drafts:
            for folder in self._draft_dirs():
                _unlink(folder / name)
            return True
        text = json.dumps({"schema": DRAFTS_SCHEMA, "store": clean_text(str(self.path)), "drafts": drafts},
                          ensure_ascii=True)
        return _write_to_first(self._draft_dirs(), name, text) is not None

    # ------------------------------------------------------------------ opening
    def _open(self) -> sqlite3.Connection | None:
        """The read-write connection, or None with everything readable loaded and a warning."""
        try:
            db = self._connect()
            try:
                self._memory = {n.id: n for n in self._load_all(db)}
            except BaseException:
                db.close()
                raise
            return db
        except StoreError as exc:
            if exc.corrupt:
                return self._salvage(exc)
            if exc.newer:
                self.read_only_reason = str(exc)
                self._load_read_only()
                self.warning = (f"Your notes store was made by a newer version of Byline ({exc}); this "
                                "version does not change it. Notes are shown read-only; edits made now "
                                "are kept in a recovery file, not in the store. Update Byline to edit them.")
                return None
            failure: Exception = exc
        except sqlite3.DatabaseError as exc:
            if _is_corrupt(exc):
                return self._salvage(exc)
            failure = exc
        except OSError as exc:
            failure = exc
        shown = self._load_read_only()
        if shown is None:
            self.warning = (f"The notes store at {clean_text(str(self.path))} cannot be used ({_reason(failure)}). "
                            "Notes are kept in memory and in a recovery file.")
        else:
            self.warning = (f"The notes store at {clean_text(str(self.path))} cannot be written "
                            f"({_reason(failure)}). Its {counted(shown, 'note')} {'is' if shown == 1 else 'are'} shown "
                            "read-only; new edits are kept in memory and in a recovery file, and are "
                            "written as soon as the store can be written.")
        return None

    def _connect(self) -> sqlite3.Connection:
        """Open for reading and writing: refuse a newer store, find damage, then (only if
        needed) switch to WAL and create or migrate the schema — an up-to-date store is
        opened without writing a byte, so a full disk does not stop it."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(str(self.path), timeout=5, isolation_level=None, check_same_thread=False)
        try:
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise StoreError(f"schema {version}; this version knows up to {SCHEMA_VERSION}", newer=True)
            if db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise StoreError("database disk image is malformed", corrupt=True)
            if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=FULL")  # durable at commit: a note survives a kill
            db.isolation_level = ""  # back to transactions for `with db:`
            if version < SCHEMA_VERSION:
                _migrate(db, version)
        except BaseException:
            db.close()
            raise
        return db

    def _connect_read_only(self, path: Path) -> sqlite3.Connection:
        """Read-only: `mode=ro` reads the WAL too; `immutable=1` works where nothing can be
        created (a read-only folder holding a cleanly closed store)."""
        uri = path.absolute().as_uri()
        last: Exception | None = None
        for flags in ("mode=ro", "mode=ro&immutable=1"):
            db = sqlite3.connect(f"{uri}?{flags}", uri=True, timeout=5, check_same_thread=False)
            try:
                db.execute("SELECT count(*) FROM sqlite_master").fetchone()
                return db
            except sqlite3.Error as exc:
                db.close()
                last = exc
        assert last is not None
        raise last

    def _load_read_only(self) -> int | None:
        """Load every note from the store without writing; how many, or None if unreadable."""
        if not self.path.is_file():
            return None
        try:
            db = self._connect_read_only(self.path)
        except sqlite3.Error:
            return None
        try:
            self._memory = {n.id: n for n in self._load_all(db)}
        except sqlite3.Error:
            rows = _salvage_rows(db)[0]
            self._memory = {n.id: n for n in _notes_from_rows(rows)}
        finally:
            db.close()
        return len(self._memory)

    def _salvage(self, exc: Exception) -> sqlite3.Connection | None:
        """Move the damaged store aside, start a new one and copy into it every row that can
        still be read."""
        try:
            aside = move_aside(self.path)
        except OSError as again:
            shown = self._load_read_only()
            self.warning = (f"The notes store is damaged ({_reason(exc)}) and could not be moved aside "
                            f"({_reason(again)}). {shown or 0} readable notes are shown read-only; new "
                            "edits are kept in memory and in a recovery file.")
            return None
        rows, lost = [], None
        try:
            damaged = self._connect_read_only(aside)
            try:
                rows, lost = _salvage_rows(damaged)
            finally:
                damaged.close()
        except sqlite3.Error:
            pass
        notes = _notes_from_rows(rows)
        try:
            db = self._connect()
            with db:
                for n in notes:
                    db.execute(f"INSERT OR REPLACE INTO notes ({_COLUMNS}) VALUES ({_PLACEHOLDERS})", _values(n))
        except (OSError, sqlite3.Error, StoreError) as again:
            self._memory = {n.id: n for n in notes}
            self._pending = dict(self._memory)
            self._save_recovery()
            self.warning = (f"The notes store was damaged ({_reason(exc)}); it was moved aside to "
                            f"{aside.name}. {counted(len(notes), 'note')} could be read but not saved into a new store "
                            f"({_reason(again)}): they are kept in memory and in a recovery file.")
            return None
        self._memory = {n.id: n for n in notes}
        lost_text = ("none was lost" if lost == 0 else
                     f"{lost} could not be read" if lost else "some may have been lost")
        self.warning = (f"The notes store was damaged ({_reason(exc)}). {len(notes)} "
                        f"note{'s were' if len(notes) != 1 else ' was'} saved into a new store; "
                        f"{lost_text}. The damaged file was moved aside to {aside.name}.")
        return db

    def _load_all(self, db: sqlite3.Connection) -> list[Note]:
        return _notes_from_rows(db.execute(f"SELECT {_selectable(db)} FROM notes").fetchall())


def _migrate(db: sqlite3.Connection, version: int) -> None:
    """Bring an older store up to SCHEMA_VERSION, one step per version, in one transaction.
    (A new step: `if version < N: …` below the last one.)"""
    with db:
        if version < 1:
            db.execute(
                "CREATE TABLE IF NOT EXISTS notes (id TEXT PRIMARY KEY, article_id TEXT NOT NULL,"
                " start INTEGER, end INTEGER, quote TEXT, note TEXT, source TEXT, title TEXT,"
                " kind TEXT, tags TEXT, created REAL, updated REAL)")
            db.execute("CREATE INDEX IF NOT EXISTS notes_article ON notes(article_id)")
        if version < 2:  # highlight colours and kept quotes' speakers
            present = {row[1] for row in db.execute("PRAGMA table_info(notes)")}
            for column in ("colour", "speaker"):
                if column not in present:
                    db.execute(f"ALTER TABLE notes ADD COLUMN {column} TEXT")
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _selectable(db: sqlite3.Connection) -> str:
    """_COLUMNS as a select list that also reads an older table (a store being salvaged before
    it could be migrated): a column it lacks is read as NULL."""
    try:
        present = {row[1] for row in db.execute("PRAGMA table_info(notes)")}
    except sqlite3.DatabaseError:
        return _COLUMNS
    if not present:
        return _COLUMNS
    return ", ".join(c if c in present else f"NULL AS {c}" for c in (x.strip() for x in _COLUMNS.split(",")))


def _checked(note: Note) -> Note:
    """A note about to be stored: every field of the right type and in range (ValueError
    otherwise), its texts made storable (lone surrogates from non-UTF-8 file names)."""
    return validate_note(note.to_dict())


def _notes_from_rows(rows) -> list[Note]:
    """Rows of the notes table → notes, leniently: a row written by an older version with a
    wrong type is repaired where the meaning is clear, and left out (but kept in the store)
    where it is not, so one bad row can never stop the others from showing."""
    out = []
    for r in rows:
        try:
            note_id, article_id, start, end = r[0], r[1], r[2], r[3]
            if not (isinstance(note_id, str) and isinstance(article_id, str)
                    and type(start) is int and type(end) is int and 0 <= start < end):
                continue
            created = r[10] if isinstance(r[10], (int, float)) and math.isfinite(r[10]) else 0.0
            updated = r[11] if isinstance(r[11], (int, float)) and math.isfinite(r[11]) else created
            out.append(Note(article_id=article_id, start=start, end=end, quote=_str(r[4]), note=_str(r[5]),
                            source=_str(r[6]), title=_str(r[7]), kind=_str(r[8]) or "highlight",
                            tags=tuple(t for t in _str(r[9]).split("\x1f") if t), id=note_id,
                            created=float(created), updated=float(updated),
                            colour=r[12] if len(r) > 12 and r[12] in COLOURS else "yellow",
                            speaker=_str(r[13]) if len(r) > 13 else ""))
        except (IndexError, TypeError):
            continue
    return out


def _str(value) -> str:
    return value if isinstance(value, str) else "" if value is None else str(value)


# Rowids can grow past the number of notes (every edit re-inserts its row), so a damaged
# store is probed rowid by rowid only across gaps up to this size.
_MAX_PROBES = 2_000_000


def _salvage_rows(db: sqlite3.Connection) -> tuple[list[tuple], int | None]:
    """Every row of `notes` that can still be read from a damaged store, and how many rows
    are known to exist but could not be read (None when that cannot be told).

    Reads the table forwards and backwards until each hits damage, learns the rowids the two
    indexes still list, then reads the rest one rowid at a time, so one bad page costs only
    the rows on it."""
    select = f"SELECT rowid, {_selectable(db)} FROM notes"
    found: dict[int, tuple] = {}
    for order in ("ASC", "DESC"):
        try:
            for row in db.execute(f"{select} ORDER BY rowid {order}"):
                found[row[0]] = row[1:]
        except sqlite3.DatabaseError:
            pass
    listed: set[int] = set()
    index_ok = True
    for index in ("sqlite_autoindex_notes_1", "notes_article"):
        try:
            for (rowid,) in db.execute(f"SELECT rowid FROM notes INDEXED BY {index}"):
                listed.add(rowid)
        except sqlite3.DatabaseError:
            index_ok = False
    known = set(found) | listed
    candidates = set(listed) - set(found)
    if known:
        low, high = min(known), max(known)
        if high - low <= _MAX_PROBES:
            candidates |= set(range(low, high + 1)) - set(found)
    unreadable = 0
    for rowid in sorted(candidates):
        try:
            row = db.execute(f"{select} WHERE rowid = ?", (rowid,)).fetchone()
        except sqlite3.DatabaseError:
            unreadable += rowid in listed
            continue
        if row is not None:
            found[rowid] = row[1:]
        elif rowid in listed:
            unreadable += 1
    return list(found.values()), (unreadable if index_ok else None)


def _unlink(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass


def _reason(exc: Exception) -> str:
    return clean_text(getattr(exc, "strerror", None) or str(exc))


def _is_corrupt(exc: Exception) -> bool:
    text = str(exc).lower()
    return any(word in text for word in ("malformed", "not a database", "corrupt", "file is encrypted"))
