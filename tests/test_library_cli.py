"""`python -m desktop library add|list|remove|reanalyse` and `search --library` on one store."""
import json
import subprocess
import sys

from .conftest import ROOT, SEEDS


def run(*args):
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=600)


def test_build_a_library_from_the_command_line_and_search_it(tmp_path, cli_here):
    """The two steps that analyse (add, reanalyse) run the command line in this process, which
    has the model loaded (a `python -m desktop` would load it again, ~3.3 CPU-s each); every
    other step is a real process, as a user runs it, on the same store."""
    db = str(tmp_path / "library.sqlite3")
    (tmp_path / "in").mkdir()
    for name in ("01_harbour_flood_barrier.txt", "02_airline_strike.md"):
        (tmp_path / "in" / name).write_bytes((SEEDS / name).read_bytes())
    (tmp_path / "in" / "broken.txt").write_bytes(b"")
    added = cli_here("library", "--db", db, "add", str(tmp_path / "in"), "--jobs", "1", "--json", text=True)
    assert added.returncode == 0, added.stderr
    payload = json.loads(added.stdout)
    assert len(payload["added"]) == 2 and payload["analysed"] == 2 and len(payload["failures"]) == 1
    assert "broken.txt" in added.stderr

    listed = json.loads(run("library", "--db", db, "list", "--json").stdout)
    assert sorted(r["source"].rsplit("/", 1)[-1] for r in listed) == ["01_harbour_flood_barrier.txt",
                                                                       "02_airline_strike.md"]
    assert all(r["analysed"] and not r["file_missing"] for r in listed)

    again = json.loads(run("library", "--db", db, "add", str(tmp_path / "in"), "--json").stdout)
    assert again["skipped"] == 2 and again["analysed"] == 0

    speaker = next(r["speakers"].split(", ")[0] for r in listed if r["speakers"])
    found = run("search", f'speaker:"{speaker}"', "--library", "--db", db, "--json")
    hits = json.loads(found.stdout)["hits"]
    assert hits and {h["speaker"] for h in hits} == {speaker}
    assert all(h["source"].startswith(str(tmp_path)) and h["article"] for h in hits)

    # no hit in the library: one plain line and the status of every other no-result search
    for query in ("zzzqqq", 'speaker:"the Nobody Council"'):
        empty = run("search", "--library", "--db", db, query)
        assert (empty.returncode, empty.stdout.strip()) == (
            0, f"Nothing found for “{query}” in 2 articles in the library."), empty.stderr
        assert "Traceback" not in empty.stderr

    harbour = next(r for r in listed if "harbour" in r["source"])
    removed = json.loads(run("library", "--db", db, "remove", harbour["source"], "--json").stdout)
    assert removed == {"removed": [harbour["id"]], "unknown": []}
    assert len(json.loads(run("library", "--db", db, "list", "--json").stdout)) == 1

    redone = json.loads(cli_here("library", "--db", db, "reanalyse", "--all", "--jobs", "1", "--json").stdout)
    assert redone["analysed"] == 1


def test_search_needs_files_or_the_library():
    result = run("search", "harbour")
    assert result.returncode == 2 and "--library" in result.stderr


def test_actors_with_none_found_says_so(tmp_path, cli_here):
    path = tmp_path / "rain.txt"
    path.write_text("Rain today\n\nIt rained all day and the roads were wet.\n", encoding="utf-8")
    result = cli_here("actors", str(path), text=True)  # analyses: in this process
    assert (result.returncode, result.stdout.strip()) == (0, "No actors found in 1 article."), result.stderr
