"""Paths that are not plain files, names that are not UTF-8, folders that cannot be read:
a clear one-line message every time, never a hang, a traceback or a lost export."""
import json
import os
import subprocess
import sys
import threading

import pytest
import yaml
from hypothesis import given, settings as hsettings, strategies as st

from desktop.article import article_from_text
from desktop.export import ExportExists, ExportItem, export_file_names, export_files, render
from desktop.fsnames import display_name
from desktop.loaders import LoadError, collect_files, load_article, parse_html
from desktop.search import SearchIndex

from .bad_inputs import ARTICLE_TEXT, NON_UTF8_NAME, SPECIAL_REFUSALS, write_special_paths
from .conftest import ROOT, SEEDS, open_files

WATCHDOG = 120  # seconds before a hang fails the test (speed is for benchmarks)
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


@pytest.fixture(scope="module")
def special(tmp_path_factory):
    return write_special_paths(tmp_path_factory.mktemp("special"))


def cli(*args, input_bytes=None):
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True, cwd=ROOT,
                          timeout=WATCHDOG, input=input_bytes)


def load_with_watchdog(path):
    """load_article in a thread: a FIFO read that blocks fails the test instead of hanging it."""
    outcome = []

    def run():
        try:
            outcome.append(load_article(path))
        except Exception as exc:  # noqa: BLE001 - the test inspects it
            outcome.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(WATCHDOG)
    assert not thread.is_alive(), f"loading {display_name(path)} hangs"
    return outcome[0]


# ------------------------------------------------------------------ 7. only regular files
@pytest.mark.parametrize("kind", sorted(SPECIAL_REFUSALS))
def test_special_paths_are_refused_before_any_read(special, kind):
    result = load_with_watchdog(special[kind])
    assert isinstance(result, LoadError), type(result)
    message = str(result)
    assert SPECIAL_REFUSALS[kind] in message and "\n" not in message


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_devices_are_refused_not_read(device):
    if not os.path.exists(device):
        pytest.skip(f"{device} does not exist here")
    result = load_with_watchdog(device)
    assert isinstance(result, LoadError) and "device" in str(result)


def test_a_file_without_read_permission(special):
    if IS_ROOT:
        pytest.skip("running as root: permission bits do not stop root reading (CI runs as root); "
                    "unreadable folders are tested with a failing scandir instead")
    result = load_with_watchdog(special["no_permission"])
    assert isinstance(result, LoadError) and "Permission denied" in str(result)


def test_a_file_that_is_not_utf8_named_still_opens(special):
    article = load_with_watchdog(special["non_utf8"])
    assert "Ines Duarte" in article.text
    assert display_name(article.source).endswith("caf\ufffd council.txt")


def test_extract_gives_one_line_per_special_path(special):
    paths = [str(special[k]) for k in sorted(SPECIAL_REFUSALS)]
    result = cli("extract", *paths, "/dev/zero")
    stderr = result.stderr.decode("utf-8", "replace")
    assert b"Traceback" not in result.stderr and result.returncode == 1
    lines = stderr.strip().splitlines()
    assert len(lines) == len(paths) + 1 and all(line.startswith("Byline: ") for line in lines), stderr


def test_walking_a_folder_reports_what_it_skips(special):
    errors = []
    found = collect_files([special["fifo"].parent], errors)
    names = {p.name for p in found}
    assert os.fsdecode(NON_UTF8_NAME) in names and "f.txt" not in names and "sock.txt" not in names
    assert any("f.txt" in e and "named pipe" in e for e in errors)
    assert len(found) == len({str(p) for p in found})  # the link back to "." is not followed


def test_an_unreadable_folder_says_so(tmp_path, monkeypatch):
    folder = tmp_path / "locked"
    folder.mkdir()
    (folder / "a.txt").write_bytes(ARTICLE_TEXT)
    if IS_ROOT:  # root reads any folder: make listing it fail as it fails for a user
        real = os.scandir

        def scandir(path="."):
            if os.fspath(path) == str(folder):
                raise PermissionError(13, "Permission denied", str(folder))
            return real(path)

        monkeypatch.setattr(os, "scandir", scandir)
    else:
        folder.chmod(0)
    try:
        errors = []
        assert collect_files([folder], errors) == []
        assert errors and "Permission denied" in errors[0] and "locked" in errors[0]
        from desktop import commands

        assert commands.run("search", ["quay", str(folder)]) == 1
    finally:
        folder.chmod(0o755)


# ------------------------------------------------------------------ 8. crashes on odd names and queries
def test_cli_commands_survive_a_folder_of_special_paths(special, cli_here):
    folder = str(special["fifo"].parent)
    results = {}
    for args in (["search", "Duarte", folder, "--json"], ["actors", folder],
                 ["export", folder, "--format", "json", "-o", str(special["fifo"].parent.parent / "out.json"),
                  "--notes", str(special["fifo"].parent.parent / "n.sqlite3")]):
        result = results[args[0]] = cli_here(*args)
        assert b"Traceback" not in result.stderr, (args, result.stderr)
        assert all(line.startswith(b"Byline: ") for line in result.stderr.strip().splitlines()), result.stderr
    hits = json.loads(results["search"].stdout)["hits"]
    assert any(os.fsencode(h["source"]).endswith(NON_UTF8_NAME) for h in hits)
    assert all(os.path.isfile(os.fsencode(h["source"])) for h in hits)  # the printed name is the real one


def test_symlink_loops_given_directly_to_every_command(special):
    loop = str(special["self_loop"])
    for args in (["search", "x", loop], ["actors", loop], ["export", loop, "-o", loop + ".md"], ["extract", loop]):
        result = cli(*args)
        assert b"Traceback" not in result.stderr and b"link loop" in result.stderr, (args, result.stderr)


@pytest.mark.parametrize("query", [b"caf\xe9", b"a\x00b".replace(b"\x00", b""), "\udcff".encode("utf-8", "surrogateescape"),
                                   b"-council"])
def test_queries_with_odd_bytes(query, special, cli_here):
    result = cli_here("search", b"--", query, special["non_utf8"])
    assert b"Traceback" not in result.stderr and result.returncode in (0, 1), result.stderr


def test_odd_bytes_reach_a_real_process_through_argv(special):
    """The queries above run in this process, decoded as the interpreter decodes argv; here a
    real `python -m desktop` gets them as bytes and prints one back (the nothing-found line
    quotes the query) with no traceback. A symlink loop as the only path: no model load."""
    result = subprocess.run([sys.executable, "-m", "desktop", "search", b"--", b"caf\xe9", special["self_loop"]],
                            capture_output=True, cwd=ROOT, timeout=WATCHDOG)
    assert b"Traceback" not in result.stderr and b"link loop" in result.stderr, result.stderr
    assert result.returncode == 1 and b"caf\xe9" in result.stdout, result.stdout


def test_a_query_starting_with_a_dash(cli_here):
    sample = str(SEEDS / "04_budget_statement.txt")
    assert cli_here("search", "--", "-council", sample).returncode == 0  # analyses: in this process
    refused = cli("search", "-council", sample)
    assert refused.returncode == 2 and b"'--'" in refused.stderr and b"Traceback" not in refused.stderr
    assert b"after '--'" in cli("search", "--help").stdout


@hsettings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec=None, min_codepoint=0, max_codepoint=0x10FFFF), max_size=40))
def test_any_query_text_gives_results_or_a_message(query):
    index = SearchIndex()
    index.add("/tmp/caf\udce9.txt", article_from_text("The council met. Ines Duarte spoke.", "Council"))
    result = index.search(query)
    assert isinstance(result.hits, list)
    assert all(h.article == "/tmp/caf\udce9.txt" for h in result.hits)


def test_a_newline_in_a_file_name_keeps_the_error_on_one_line(tmp_path):
    bad = tmp_path / "evil\nByline: fake.txt"
    bad.write_bytes(b"")
    result = cli("extract", str(bad), str(tmp_path / "gone\nmissing.txt"))
    lines = result.stderr.decode().strip().splitlines()
    assert len(lines) == 2 and all(line.startswith("Byline: ") for line in lines)
    assert "evil\\nByline: fake.txt is empty" in lines[0]


def test_the_window_opens_special_paths_without_freezing(qtbot, make_window, special):
    window = make_window()
    failed = []
    window.load_failed.connect(lambda path, message: failed.append(message))
    paths = [str(special[k]) for k in sorted(SPECIAL_REFUSALS)] + [str(special["non_utf8"])]
    opened = open_files(qtbot, window, paths).articles
    assert len(failed) == len(SPECIAL_REFUSALS) and all("\n" not in m for m in failed)
    assert [a.source for a in opened] == [str(special["non_utf8"])]
    # an opened article joins the library on a worker: search once it is there
    qtbot.waitUntil(lambda: opened[0].id in window.library.store, timeout=WATCHDOG * 1000)
    with qtbot.waitSignal(window.library.results_shown, timeout=WATCHDOG * 1000) as shown:
        window.library.search("Duarte")
    assert shown.args[1].hits
    window.notes.highlight_selection()  # nothing selected: a message, no error
    view = window.current_view()
    window.notes.add_highlight(view, 0, 5)
    assert window.notes.store.for_article(view.article.id)[0].source.endswith("caf\ufffd council.txt")


def test_a_failing_search_still_answers(qtbot, make_window, monkeypatch):
    """The screenshot loop (and the search bar) wait for an answer: a search that raises
    must answer with a message, not leave them waiting."""
    window = make_window()

    def broken(*_a, **_k):
        raise RuntimeError("index unavailable")

    monkeypatch.setattr(window.library.index, "search", broken)
    with qtbot.waitSignal(window.library.results_shown, timeout=WATCHDOG * 1000) as shown:
        window.library.search("anything")
    assert "failed" in shown.args[1].message


def test_the_gui_start_with_a_symlink_loop(special, tmp_path):
    out = tmp_path / "shot.png"
    result = cli(str(special["self_loop"]), "--screenshot", str(out), "--size", "800x600")
    assert b"Traceback" not in result.stderr and result.returncode == 0 and out.exists(), result.stderr


# ------------------------------------------------------------------ 3. folder export, front matter
def test_folder_export_never_loses_an_article_that_shares_a_title(tmp_path):
    items = [ExportItem(article_from_text(f"Text number {i} said the mayor.", "Council meeting"), None, [])
             for i in range(15)]
    folder = tmp_path / "out"
    folder.mkdir()
    written = export_files(items, "md", folder)
    assert len({p.name for p in written}) == 15 == len(list(folder.iterdir()))
    assert [p.name for p in written] == export_file_names(items, "md")  # stable: the same names again
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    with pytest.raises(ExportExists) as refused:
        export_files(items[:3], "md", folder)
    assert len(refused.value.paths) == 3 and {p.name: p.read_bytes() for p in folder.iterdir()} == before
    assert export_files(items[:3], "md", folder, overwrite=True) == written[:3]


def test_export_command_refuses_to_overwrite(tmp_path, cli_here):
    sample = str(SEEDS / "04_budget_statement.txt")
    args = ["export", sample, "-o", f"{tmp_path}/out/", "--notes", str(tmp_path / "n.sqlite3")]
    assert cli_here(*args).returncode == 0  # analyses: in this process
    again = cli(*args)
    assert again.returncode == 1 and b"already exist" in again.stderr and b"--overwrite" in again.stderr
    assert cli_here(*args, "--overwrite").returncode == 0


@hsettings(max_examples=100, deadline=None)
@given(st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=40))
def test_front_matter_is_valid_yaml_for_any_title(title):
    article = article_from_text("Body text.", "x")
    article = type(article)(**{**{f: getattr(article, f) for f in article.__dataclass_fields__}, "title": title})
    md = render([ExportItem(article, None, [])], "md")
    meta = yaml.safe_load(md.split("\n---\n", 1)[0].removeprefix("---\n"))
    assert meta["title"] == title


def test_u0080_in_a_title_gives_valid_front_matter():
    article = article_from_text("Body text.", "Caf\u0080 talks")
    meta = yaml.safe_load(render([ExportItem(article, None, [])], "md").split("\n---\n")[0][4:])
    assert meta["title"] == "Caf\u0080 talks"


def test_export_of_an_article_with_a_non_utf8_source(special, tmp_path):
    article = load_article(special["non_utf8"])
    for fmt in ("md", "html", "json"):
        [path] = export_files([ExportItem(article, None, [])], fmt, tmp_path / f"x.{fmt}")
        path.read_text(encoding="utf-8")  # valid UTF-8


# ------------------------------------------------------------------ small: XHTML internal DTD
def test_xhtml_with_an_internal_dtd_shows_no_stray_paragraph():
    page = ('<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.1//EN" "x.dtd" [\n'
            '  <!ENTITY % pe "<!ENTITY x \'y\'>">\n  %pe;\n]>\n'
            '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>Only this paragraph, said Ana Ruiz.</p>'
            '</body></html>')
    article = parse_html(page)
    assert article.text == "Only this paragraph, said Ana Ruiz."


def test_a_symlink_loop_handed_to_the_running_instance(qtbot, special):
    """The GUI start first hands its files to a running Byline: a loop must not raise there."""
    from desktop.ui.instance import InstanceServer, send_to_running

    name = f"byline-test-loop-{os.getpid()}"
    server = InstanceServer(name)
    assert server.start()
    try:
        with qtbot.waitSignal(server.files_received, timeout=WATCHDOG * 1000) as received:
            assert send_to_running([str(special["self_loop"])], name=name)
        assert received.args[0] == [str(special["self_loop"])]
    finally:
        server.close()
