"""One Byline per user: opening a file while Byline runs opens it in the running window.

The first instance listens on a local socket; a later one sends its file list there and
exits. A socket left behind by a crashed instance is detected (nobody answers) and replaced.
"""
from __future__ import annotations

import getpass
import json
import os

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from ..fsnames import safe_resolve

CONNECT_MS = 400


def server_name() -> str:
    # An explicit name lets tests (and several checkouts) run apart from a user's own Byline.
    return os.environ.get("BYLINE_INSTANCE") or f"byline-{getpass.getuser()}"


def send_to_running(paths: list[str], name: str | None = None) -> bool:
    """True when a running Byline took the files (absolute paths are sent)."""
    socket = QLocalSocket()
    socket.connectToServer(name or server_name())
    if not socket.waitForConnected(CONNECT_MS):
        return False
    message = json.dumps({"open": [str(safe_resolve(p)) for p in paths]}).encode("utf-8") + b"\n"
    socket.write(message)
    ok = socket.waitForBytesWritten(2000)
    socket.disconnectFromServer()
    return ok


class InstanceServer(QObject):
    files_received = Signal(list)  # paths (possibly empty: "just come to the front")

    def __init__(self, name: str | None = None, parent=None) -> None:
        super().__init__(parent)
        self._name = name or server_name()
        self._server = QLocalServer(self)
        self._server.newConnection.connect(self._accept)

    def start(self) -> bool:
        if self._server.listen(self._name):
            return True
        QLocalServer.removeServer(self._name)  # a stale socket from a crashed instance
        return self._server.listen(self._name)

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(self._on_ready_read)
            socket.disconnected.connect(socket.deleteLater)
            self._read(socket)

    def _on_ready_read(self) -> None:
        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        while socket.canReadLine():
            line = bytes(socket.readLine()).decode("utf-8", errors="replace")
            try:
                paths = json.loads(line).get("open", [])
            except (ValueError, AttributeError):
                continue  # not one of ours: ignore rather than crash
            if isinstance(paths, list):
                self.files_received.emit([str(p) for p in paths])
