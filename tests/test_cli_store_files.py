"""Files the user names on the command line are never renamed, replaced or created by a
command that only reads them (--db, --notes, -o): found by trying the CLI as a new user."""
import subprocess
import sys

import pytest

from desktop.commands import SQLITE_HEADER, _refuse_store_file

from .conftest import ROOT, SEEDS

SAMPLE = str(SEEDS / "01_harbour_flood_barrier.txt")


def run(*args):
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True, cwd=ROOT, timeout=600)


@pytest.mark.parametrize("content, must_exist, refused", [
    (None, False, ""),                        # a new store may be made where none is
    (None, True, "does not exist"),           # …but not by a command that only reads
    (b"", True, ""),                          # an empty file is what SQLite makes of a new store
    (SQLITE_HEADER + b"\0" * 84, True, ""),   # a database (damaged or not) is the store's own business
    (b"Title\n\nSome article text.\n", False, "not a Byline database"),
    (b"\x7fELF\x02\x01\x01\0" + b"\0" * 40, True, "not a Byline database"),
])
def test_which_named_store_files_are_refused(tmp_path, content, must_exist, refused):
    path = tmp_path / "store"
    if content is not None:
        path.write_bytes(content)
    problem = _refuse_store_file(str(path), must_exist)
    assert (refused in problem) if refused else problem == ""


def test_a_folder_is_not_a_store(tmp_path):
    assert "not a file" in _refuse_store_file(str(tmp_path), must_exist=False)


@pytest.mark.parametrize("command", [
    ("library", "--db", "{f}", "list"),
    ("search", "flood", "--library", "--db", "{f}"),
    ("export", SAMPLE, "--format", "json", "-o", "{out}", "--notes", "{f}"),
])
def test_a_text_file_named_as_a_store_is_left_untouched(tmp_path, command):
    precious = tmp_path / "thesis.md"
    precious.write_bytes(b"# My thesis\n\nNot a database.\n")
    args = [a.format(f=precious, out=tmp_path / "out.json") for a in command]
    result = run(*args)
    assert result.returncode != 0
    assert b"not a Byline database" in result.stderr
    assert precious.read_bytes() == b"# My thesis\n\nNot a database.\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["thesis.md"]  # nothing moved aside or written


def test_searching_a_library_that_does_not_exist_creates_none(tmp_path):
    result = run("search", "flood", "--library", "--db", str(tmp_path / "typo.db"))
    assert result.returncode == 2 and b"does not exist" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_export_to_an_existing_file_needs_overwrite(tmp_path, cli_here):
    out = tmp_path / "precious.md"
    out.write_text("precious\n")
    notes = str(tmp_path / "n.sqlite3")
    refused = run("export", SAMPLE, "-o", str(out), "--notes", notes)
    assert refused.returncode == 1 and b"--overwrite" in refused.stderr
    assert out.read_text() == "precious\n"
    replaced = cli_here("export", SAMPLE, "-o", str(out), "--notes", notes, "--overwrite")  # analyses: here
    assert replaced.returncode == 0, replaced.stderr
    assert out.read_text() != "precious\n"


@pytest.mark.parametrize("command", [("actors", "{empty}"), ("quotes", "--speaker", "Anyone", "{empty}")])
def test_a_command_that_could_read_nothing_fails(tmp_path, command):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = run(*[a.format(empty=empty) for a in command])
    assert result.returncode == 1 and b"empty" in result.stderr
