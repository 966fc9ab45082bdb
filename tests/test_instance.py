"""The single-instance socket is private to the user, bounded, and never leaves two writers."""
import os
import socket
import stat
import subprocess
import sys
import threading

import pytest

from desktop.storelock import StoreBusy, WriterLock
from desktop.ui import instance
from desktop.ui.instance import MAX_MESSAGE, InstanceServer, peer_uid, runtime_dir, send_to_running, server_path

from .conftest import ROOT, SEEDS

SAMPLE = SEEDS / "01_harbour_flood_barrier.txt"
NOBODY = 65534
SYSTEM_PYTHON = "/usr/bin/python3"  # one another user may run (ours may live in a private home)
as_root = pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0 or not os.path.exists(SYSTEM_PYTHON),
                             reason="needs root (and /usr/bin/python3) to run a process as another user")


@pytest.fixture
def reachable():
    """A directory another user can traverse (pytest's tmp_path is private to us)."""
    import shutil
    import tempfile
    from pathlib import Path

    place = Path(tempfile.mkdtemp(prefix="byline-test-"))
    place.chmod(0o755)
    yield place
    shutil.rmtree(place, ignore_errors=True)


@pytest.fixture
def private(tmp_path):
    place = tmp_path / "run"
    place.mkdir(mode=0o700)
    return place


def test_the_socket_is_in_the_private_runtime_dir(private, monkeypatch):
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(private))
    monkeypatch.delenv("BYLINE_INSTANCE", raising=False)
    assert server_path() == str(private / "byline.sock")


def test_a_runtime_dir_open_to_others_is_not_used(tmp_path, monkeypatch):
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o777)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(shared))
    monkeypatch.setattr(instance.tempfile, "gettempdir", lambda: str(tmp_path))
    place = runtime_dir()
    assert place == tmp_path / f"byline-{os.getuid()}"
    info = os.lstat(place)
    assert stat.S_IMODE(info.st_mode) == 0o700 and info.st_uid == os.getuid()


def test_a_planted_directory_or_symlink_is_refused(tmp_path, monkeypatch):
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    monkeypatch.setattr(instance.tempfile, "gettempdir", lambda: str(tmp_path))
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir(mode=0o700)
    (tmp_path / f"byline-{os.getuid()}").symlink_to(elsewhere)  # someone got there first
    with pytest.raises(instance.InstanceError, match="private"):
        runtime_dir()


def test_nothing_is_sent_or_served_in_a_directory_open_to_others(qapp, tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o1777)  # like /tmp
    path = str(shared / "byline.sock")
    listener = socket.socket(socket.AF_UNIX)
    listener.bind(path)
    listener.listen()
    listener.settimeout(0.5)
    try:
        assert not send_to_running([str(SAMPLE)], path)
        with pytest.raises(socket.timeout):
            listener.accept()  # the paths were never offered to whoever listens there
    finally:
        listener.close()
    server = InstanceServer(str(shared / "other.sock"))
    assert not server.start() and "private" in server.error


def test_peer_credentials_are_read_from_the_socket():
    left, right = socket.socketpair(socket.AF_UNIX)
    try:
        assert peer_uid(left.fileno()) == os.getuid()
    finally:
        left.close()
        right.close()


LISTENER = """
import os, socket, sys
sock = socket.socket(socket.AF_UNIX)
sock.bind(sys.argv[1]); os.chmod(sys.argv[1], 0o777); sock.listen()
print("ready", flush=True)
sock.settimeout(60)
conn, _ = sock.accept()
conn.settimeout(5)
data = b""
try:
    while chunk := conn.recv(65536):
        data += chunk
except OSError:
    pass
print(len(data), flush=True)
"""


@as_root
def test_another_users_listener_is_told_nothing(qapp, reachable, monkeypatch):
    """Even if someone else's socket got into the place, the peer check keeps the paths."""
    place = reachable / "theirs"
    place.mkdir()
    place.chmod(0o777)
    path = str(place / "byline.sock")
    monkeypatch.setattr(instance, "_check_place", lambda p: None)  # suppose the place check were fooled
    spy = subprocess.Popen([SYSTEM_PYTHON, "-c", LISTENER, path], user=NOBODY, cwd="/",
                           stdout=subprocess.PIPE, text=True)
    try:
        assert spy.stdout.readline().strip() == "ready"
        assert not send_to_running([str(SAMPLE)], path)
        received = spy.communicate(timeout=120)[0].strip()
    finally:
        spy.kill()
    assert received == "0"


CLIENT = """
import socket, sys
c = socket.socket(socket.AF_UNIX); c.connect(sys.argv[1])
try:
    c.sendall(b'{"open": ["/etc/hostile"]}\\n')
    c.settimeout(60)
    print("answered" if c.recv(10) else "closed")
except OSError:
    print("closed")
"""


@as_root
def test_the_server_drops_another_users_connection(qtbot, reachable):
    private = reachable / "run"
    private.mkdir(mode=0o700)
    path = str(private / "byline.sock")
    server = InstanceServer(path)
    try:
        assert server.start(), server.error
        private.chmod(0o711)  # let the other user reach the socket at all
        os.chmod(path, 0o777)
        received = []
        server.files_received.connect(received.append)
        client = subprocess.Popen([SYSTEM_PYTHON, "-c", CLIENT, path], user=NOBODY, cwd="/",
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        qtbot.waitUntil(lambda: client.poll() is not None, timeout=120_000)
        qtbot.wait(200)
        assert received == []
        assert client.stdout.read().strip() == "closed"  # hung up on, nothing acted on
    finally:
        server.close()


def test_a_line_without_end_is_not_held_in_memory(qtbot, private):
    path = str(private / "byline.sock")
    server = InstanceServer(path)
    assert server.start(), server.error
    received = []
    server.files_received.connect(received.append)
    total = 200 * 1024 * 1024
    sent = [0]

    def flood():
        client = socket.socket(socket.AF_UNIX)
        client.connect(path)
        chunk = b"x" * (1 << 20)
        try:
            while sent[0] < total:
                client.sendall(chunk)
                sent[0] += len(chunk)
        except OSError:
            pass  # the server hung up: what we want
        finally:
            client.close()

    thread = threading.Thread(target=flood)
    thread.start()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=300_000)
    server_done = [False]
    try:
        assert sent[0] < total, "the server accepted a 200 MB line"
        assert sent[0] <= 8 * MAX_MESSAGE  # what the server and the kernel buffers took
        assert received == []
        # and it still serves the next, well-formed request
        with qtbot.waitSignal(server.files_received, timeout=120_000) as blocker:
            assert send_to_running([str(SAMPLE)], path)
        assert blocker.args[0] == [str(SAMPLE)]
        server_done[0] = True
    finally:
        server.close()


def test_a_plain_file_at_the_socket_path_is_replaced(qtbot, private):
    path = private / "byline.sock"
    path.write_text("left over")
    server = InstanceServer(str(path))
    try:
        assert server.start(), server.error
        with qtbot.waitSignal(server.files_received, timeout=120_000):
            assert send_to_running([], str(path))
    finally:
        server.close()


def test_a_live_server_is_never_replaced(qtbot, private):
    path = str(private / "byline.sock")
    first, second = InstanceServer(path), InstanceServer(path)
    try:
        assert first.start()
        assert not second.start() and path in second.error
        with qtbot.waitSignal(first.files_received, timeout=120_000):
            assert send_to_running([], path)
    finally:
        first.close()
        second.close()


def test_one_writer_per_store(tmp_path):
    store = tmp_path / "data" / "notes.sqlite3"
    lock = WriterLock(store)
    with pytest.raises(StoreBusy) as busy:
        WriterLock(store)
    assert busy.value.pid == os.getpid() and str(store) in str(busy.value)
    lock.release()
    WriterLock(store).release()  # free again once released (and on exit: flock dies with its process)


def _env(tmp_path, **extra):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "BYLINE_"))}
    env.update(HOME=str(tmp_path / "home"), XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"), XDG_RUNTIME_DIR=str(tmp_path / "run"),
               QT_QPA_PLATFORM="offscreen", **extra)
    (tmp_path / "run").mkdir(mode=0o700, exist_ok=True)
    return env


def test_a_second_window_that_cannot_reach_the_first_refuses_to_write(tmp_path):
    """The running one holds the store (here: this test); the new one cannot reach it over
    the socket, so it must not open a second writer."""
    lock = WriterLock(tmp_path / "data" / "Byline" / "notes.sqlite3")
    try:
        result = subprocess.run([sys.executable, "-m", "desktop", str(SAMPLE)], cwd=ROOT, env=_env(tmp_path),
                                capture_output=True, text=True, timeout=300)
    finally:
        lock.release()
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "already running" in lines[0] and "notes.sqlite3" in lines[0], result.stderr


def test_when_the_server_cannot_start_the_user_is_told(tmp_path):
    """Something that is no socket and cannot be replaced (a directory) sits at the path."""
    env = _env(tmp_path, BYLINE_INSTANCE=str(tmp_path / "run" / "byline.sock"))
    (tmp_path / "run" / "byline.sock").mkdir()
    code = ("import sys; from PySide6.QtCore import QTimer; from PySide6.QtWidgets import QApplication;"
            "app = QApplication([]); QTimer.singleShot(0, app.quit);"  # quit once the window is up
            "from desktop.cli import main; sys.exit(main(sys.argv[1:]))")
    result = subprocess.run([sys.executable, "-c", code, str(SAMPLE)], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=300)
    assert "Traceback" not in result.stderr, result.stderr
    assert "cannot listen on" in result.stderr and "byline.sock" in result.stderr
