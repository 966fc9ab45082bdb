"""Files that survive a crash or a full disk: written to a temporary file beside the target,
flushed to disk, then renamed over it, so the target is always the old text or the new one,
never half of either. No Qt here."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path


def replace_file(path: Path, text: str, *, encoding: str = "utf-8", mode: int | None = None) -> None:
    """Put `text` at `path` atomically. `mode`: the permission bits to give it; None keeps
    mkstemp's private 0600. Raises OSError (nothing is left behind) or UnicodeEncodeError."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        if mode is not None:
            os.fchmod(fd, mode)
        with os.fdopen(fd, "w", encoding=encoding) as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
