"""One writer per store (an exclusive lock on a file beside it), and moving a damaged store aside.

Two Byline windows writing one notes store undo each other's edits. The single-instance socket
normally prevents a second window; when it cannot (the socket could not be created, or the
running one could not be reached), this lock still keeps one writer. `flock` locks die with the
process, so a crash or kill -9 never leaves the store locked.
"""
from __future__ import annotations

import os
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: sharing rules of the OS apply instead
    fcntl = None


class StoreBusy(OSError):
    """Another process holds the store's writer lock; `pid` is who, when it said."""

    def __init__(self, path: Path, pid: int | None) -> None:
        who = f"process {pid}" if pid else "another process"
        super().__init__(f"{path} is in use by {who} (another Byline window)")
        self.path, self.pid = path, pid


class WriterLock:
    """Held while the object lives (or until `release`). Raises StoreBusy when another process
    holds it; OSError when the lock file cannot be made (then the caller decides)."""

    def __init__(self, store: str | Path) -> None:
        self.path = Path(f"{store}.lock")
        self._fd: int | None = None
        if fcntl is None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            pid = _read_pid(fd)
            os.close(fd)
            raise StoreBusy(Path(store), pid) from None
        except OSError:
            os.close(fd)
            raise
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing drops the flock
            self._fd = None

    def __del__(self) -> None:
        self.release()


def _read_pid(fd: int) -> int | None:
    try:
        text = os.pread(fd, 32, 0).decode("ascii", errors="ignore").strip()
        return int(text) if text else None
    except (OSError, ValueError):
        return None


def move_aside(path: Path) -> Path:
    """Rename a damaged SQLite store, with its -wal and -shm files, to
    `<name>.corrupt-<YYYYmmdd-HHMMSS>` beside it (never deleted: what it holds may still be
    read) and return the new path. Raises OSError when it cannot be renamed."""
    import time

    aside = path.with_name(f"{path.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}")
    path.replace(aside)
    for extra in ("-wal", "-shm"):
        sidecar = path.with_name(path.name + extra)
        if sidecar.exists():
            sidecar.replace(aside.with_name(aside.name + extra))
    return aside
