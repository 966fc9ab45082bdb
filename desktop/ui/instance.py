"""One Byline per user: opening a file while Byline runs opens it in the running window.

The first instance listens on a Unix socket in the user's private runtime directory
($XDG_RUNTIME_DIR, or a 0700 directory of our own in the temp folder); a later one sends its
file list there and exits. Nobody else can reach or impersonate it:
- the directory must belong to the user and be closed to others (mode 0700), else we refuse it;
- both ends check the peer's user id (SO_PEERCRED) and drop a connection from anyone else;
- a message is one JSON line of at most MAX_MESSAGE bytes: a longer one is dropped without
  being held in memory.
A socket left behind by a crashed instance (connection refused), or any other file at the
socket path, is replaced; when listening still fails, `start` says why.
"""
from __future__ import annotations

import errno
import json
import os
import socket
import stat
import struct
import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

CONNECT_SECONDS = 2.0
MAX_MESSAGE = 1 << 20  # bytes in one request; a path list this long is not a user's
SOCKET_NAME = "byline.sock"


class InstanceError(OSError):
    """The socket directory or path cannot be trusted or used (message says why)."""


def runtime_dir() -> Path:
    """The user's private directory for the socket: $XDG_RUNTIME_DIR when it is private,
    else `<tmp>/byline-<uid>` created with mode 0700. Raises InstanceError if neither is ours."""
    xdg = os.environ.get("XDG_RUNTIME_DIR")
    if xdg and _is_private_dir(Path(xdg)):
        return Path(xdg)
    own = Path(tempfile.gettempdir()) / f"byline-{os.getuid() if hasattr(os, 'getuid') else 'user'}"
    try:
        own.mkdir(mode=0o700)
    except FileExistsError:
        pass
    except OSError as exc:
        raise InstanceError(f"cannot create {own}: {exc.strerror}") from None
    if not _is_private_dir(own):
        raise InstanceError(f"{own} is not a directory private to you (owner and mode 0700)")
    return own


def _is_private_dir(path: Path) -> bool:
    if not hasattr(os, "getuid"):
        return path.is_dir()  # Windows: no modes to check; the pipe namespace is per session
    try:
        info = os.lstat(path)  # lstat: a symlink planted by someone else is refused
    except OSError:
        return False
    return stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid() and not info.st_mode & 0o077


def server_path(name: str | None = None) -> str:
    """Full path of the socket. `name` or BYLINE_INSTANCE names another one (tests, several
    checkouts): a path is used as it is, a bare name goes in the private directory."""
    chosen = name or os.environ.get("BYLINE_INSTANCE")
    if chosen and os.sep in chosen:
        return chosen
    return str(runtime_dir() / (chosen or SOCKET_NAME))


def _check_place(path: str) -> None:
    """The socket's directory must be private to us, so nobody else can put a socket there."""
    if not _is_private_dir(Path(path).parent):
        raise InstanceError(f"{Path(path).parent} is not a directory private to you (owner and mode 0700)")


def peer_uid(fd: int) -> int | None:
    """The user id of the process at the other end of a connected Unix socket (Linux
    SO_PEERCRED); None where the platform cannot tell."""
    option = getattr(socket, "SO_PEERCRED", None)
    if option is None:
        return None
    probe = socket.socket(fileno=os.dup(fd))
    try:
        _pid, uid, _gid = struct.unpack("3i", probe.getsockopt(socket.SOL_SOCKET, option, struct.calcsize("3i")))
    finally:
        probe.close()
    return uid


def encode_request(paths: list[str]) -> bytes:
    """One JSON line: {"open": [absolute paths]}."""
    message = json.dumps({"open": [os.path.abspath(p) for p in paths]}).encode("utf-8") + b"\n"
    if len(message) > MAX_MESSAGE:
        raise InstanceError(f"too many files to hand over at once ({len(paths)})")
    return message


def send_to_running(paths: list[str], name: str | None = None) -> bool:
    """True when a running Byline of this user took the files. False when none runs, or the
    socket is not trustworthy (then nothing is sent: paths are private)."""
    try:
        path = server_path(name)
        _check_place(path)
        message = encode_request(paths)
    except InstanceError:
        return False
    client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    client.settimeout(CONNECT_SECONDS)
    try:
        client.connect(path)
        uid = peer_uid(client.fileno())
        if uid is not None and uid != os.getuid():
            return False  # someone else is listening: tell them nothing
        client.sendall(message)
        return True
    except OSError:
        return False
    finally:
        client.close()


def _stale(path: str) -> bool:
    """Whatever is at `path` is not a live server (nothing, a refused socket, a plain file)."""
    probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    probe.settimeout(CONNECT_SECONDS)
    try:
        probe.connect(path)
    except OSError as exc:
        return exc.errno in (errno.ECONNREFUSED, errno.ENOENT, errno.ENOTSOCK)
    finally:
        probe.close()
    return False


class InstanceServer(QObject):
    # list[str] of paths (possibly empty: "just come to the front"). `object`, not `list`: Qt
    # would convert the strings to QString, which drops the surrogates that carry a file name's
    # bytes that are not UTF-8 (caf\xe9.txt arrived as caf.txt).
    files_received = Signal(object)

    def __init__(self, name: str | None = None, parent=None) -> None:
        super().__init__(parent)
        self._name = name
        self._server = QLocalServer(self)
        # No socket options: with them Qt binds elsewhere and renames over the path, replacing a
        # live server's socket. The 0700 directory is what keeps others out.
        self._server.newConnection.connect(self._accept)
        self.error = ""  # why start() failed, for the user

    def path(self) -> str:
        return server_path(self._name)

    def start(self) -> bool:
        """Listen; on failure `error` holds one sentence saying why."""
        try:
            path = self.path()
            _check_place(path)
        except InstanceError as exc:
            self.error = f"cannot listen for other launches: {exc}"
            return False
        if os.path.lexists(path):
            if not _stale(path):
                self.error = f"cannot listen on {path}: another Byline is listening there"
                return False
            # A crashed instance's socket, or a plain file someone left: in our private
            # directory anything at this path is ours to replace.
            try:
                os.unlink(path)
            except OSError as exc:
                self.error = f"cannot listen on {path}: {exc.strerror}"
                return False
        if self._server.listen(path):
            return True
        self.error = f"cannot listen on {path}: {self._server.errorString()}"
        return False

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            connection = self._server.nextPendingConnection()
            connection.disconnected.connect(connection.deleteLater)
            try:
                uid = peer_uid(int(connection.socketDescriptor()))
            except OSError:
                uid = -1  # gone already, or unreadable: not known to be this user
            if uid is not None and uid != os.getuid():
                connection.abort()  # not this user: never act on it
                continue
            # Qt buffers at most this much: a line that never ends cannot grow in memory.
            connection.setReadBufferSize(MAX_MESSAGE + 1)
            connection.readyRead.connect(self._on_ready_read)
            self._read(connection)

    def _on_ready_read(self) -> None:
        connection = self.sender()
        if isinstance(connection, QLocalSocket):
            self._read(connection)

    def _read(self, connection: QLocalSocket) -> None:
        while connection.canReadLine():
            line = bytes(connection.readLine())  # at most the capped buffer
            if len(line) > MAX_MESSAGE:
                connection.abort()  # longer than any request of ours
                return
            paths = parse_request(line)
            if paths is not None:
                self.files_received.emit(paths)
        if connection.bytesAvailable() > MAX_MESSAGE:
            connection.abort()  # a line without an end: drop it and what is buffered


def parse_request(line: bytes) -> list[str] | None:
    """The paths of one request line, or None when it is not one of ours."""
    try:
        paths = json.loads(line.decode("utf-8", errors="replace")).get("open", [])
    except (ValueError, AttributeError):
        return None
    if not isinstance(paths, list):
        return None
    return [p for p in paths if isinstance(p, str)]
