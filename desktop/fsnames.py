"""File names as the user gives them: not always UTF-8, not always printable, not always resolvable.

On Linux a file name is bytes. Python hands names that are not valid UTF-8 over as text with
lone surrogates (PEP 383 "surrogateescape"): fine for opening the file again, but such text
cannot be printed, stored in SQLite or shown by Qt. So a path keeps its real value wherever a
file is opened, and is shown through `display_name`; `safe_resolve` never raises on symlink
loops.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

_CONTROL_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def display_name(path: str | os.PathLike | bytes) -> str:
    """A path as one printable line: undecodable bytes become U+FFFD, newlines and other
    control characters are written as escapes ("a\\nb.txt"), so a message stays one line."""
    text = os.fsdecode(path) if isinstance(path, bytes) else os.fspath(path)
    if not text.isascii():
        text = _replace_surrogates(text)
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() or ch == " " else _CONTROL_ESCAPES.get(ch, f"\\x{ord(ch):02x}"
                   if ord(ch) < 0x100 else f"\\u{ord(ch):04x}") for ch in text)


def clean_text(value: str) -> str:
    """`value` with lone surrogates (from file names that are not UTF-8, or typed) replaced by
    U+FFFD and NULs removed, so it can be stored in SQLite, shown by Qt and written as UTF-8."""
    if not value.isascii():
        value = _replace_surrogates(value)
    return value.replace("\x00", "")


def _replace_surrogates(text: str) -> str:
    """Each undecodable byte (PEP 383) or other lone surrogate becomes one U+FFFD."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return "".join("\ufffd" if 0xD800 <= ord(ch) <= 0xDFFF else ch for ch in text)


def one_line(message: str) -> str:
    """A message for stderr or a status bar: one printable line, whatever the names in it."""
    return " ".join(display_name(part) for part in message.split(" "))


def safe_resolve(path: str | os.PathLike) -> Path:
    """The absolute, symlink-free path, or — for a symlink loop or an unreadable
    component — the absolute path as given (opening it then fails with a clear message)."""
    path = Path(path)
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # RuntimeError: "Symlink loop" on Python < 3.13
        return path.absolute()


_NOT_IN_STEM = re.compile(r"[^\w-]+")
# Names Windows refuses whatever the extension (an export may be copied to a USB stick).
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))}


def file_stem(title: str, limit: int = 60, fallback: str = "article") -> str:
    """A title as the stem of a file name: lower case, words joined by hyphens, cut at a word
    boundary to at most `limit` characters and 120 UTF-8 bytes (a single word longer than
    that is cut inside it), never empty, hidden ("."), a Windows device name or an option
    ("-x"): "Budget day: what changed?" → "budget-day-what-changed"."""
    words = [w for w in _NOT_IN_STEM.sub("-", clean_text(title).lower()).split("-") if w.strip("_")]
    stem = ""
    for word in words:
        longer = f"{stem}-{word}" if stem else word
        if len(longer) > limit or len(longer.encode("utf-8")) > 120:
            break
        stem = longer
    if not stem and words:  # one word longer than the limit: the only place to cut is inside it
        stem = words[0][:limit]
        while len(stem.encode("utf-8")) > 120:
            stem = stem[:-1]
    if not stem or stem in _RESERVED:
        return fallback if not stem else f"{stem}-{fallback}"
    return stem
