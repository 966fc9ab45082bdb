"""Small faults a user noticed (issue 21): where a search hit is, in `search --json`, and
counted nouns written once ("1 article", never "1 articles")."""
import json

import pytest

from desktop import commands


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    folder = tmp_path_factory.mktemp("search")
    path = folder / "harbour.md"
    path.write_text("# Harbour council backs the barrier\n\nThe council voted on Monday. "
                    "\"We are ready,\" said Ines Duarte, the mayor.\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("query, kind, where, found", [
    ("barrier", "title", "title", "barrier"),  # offsets into the title, which is not part of the text
    ("Monday", "text", "text", None),
])
def test_search_json_says_where_each_hit_is(harbour, capsys, query, kind, where, found):
    assert commands.run("search", [query, str(harbour), "--json"]) == 0
    hits = [h for h in json.loads(capsys.readouterr().out)["hits"] if h["kind"] == kind]
    assert hits, f"no {kind} hit for {query!r}"
    hit = hits[0]
    assert hit["in"] == where
    if where == "title":
        assert hit["title"][hit["start"]:hit["end"]] == found
    else:
        from desktop.loaders import load_article

        assert query in load_article(harbour).text[hit["start"]:hit["end"]]


def test_search_text_output_says_a_title_hit_is_in_the_title(harbour, capsys):
    assert commands.run("search", ["barrier", str(harbour)]) == 0
    out = capsys.readouterr().out
    assert "barrier — in the title" in out and "@0" not in out


@pytest.mark.parametrize("n, noun, expected", [
    (1, "article", "1 article"),
    (0, "article", "0 articles"),
    (2, "note", "2 notes"),
    (12345, "word", "12,345 words"),
    (1, "attributed quote", "1 attributed quote"),
    (3, "attributed quote", "3 attributed quotes"),
    (2, "match", "2 matches"),
    (2, "entry", "2 entries"),
    (2, "day", "2 days"),
    (4, "person", "4 people"),
    (1, "person", "1 person"),
])
def test_counted(n, noun, expected):
    from desktop.wording import counted

    assert counted(n, noun) == expected


def test_no_message_in_the_code_writes_its_own_plural():
    """Every counted noun goes through desktop.wording: no "{n} article{'s' * …}" and no
    "{n} articles" with the plural written in, anywhere in the package."""
    import re

    from .conftest import ROOT

    inline = re.compile(r"""\{[^{}]+\}\s?[a-z]+\{['"]s['"]|['"]s['"] \* \(|['"]s['"] if [^'"]+ != 1|(?:file|edit|note|article|quote|word)\(s\)""")
    written_in = re.compile(r"\{(?:len\([^{}]*\)|[a-z_.]+)(?::,)?\} (?:articles|notes|quotes|actors|files|results|"
                            r"hits|words|paragraphs|edits|speakers|mentions|facts|characters)\b")
    offending = []
    for path in sorted((ROOT / "desktop").rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if inline.search(line) or written_in.search(line):
                offending.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert offending == []


@pytest.mark.parametrize("count, expected", [(1, "1 result in 1 article —"), (2, "2 results in 1 article —")])
def test_the_search_panel_counts_its_results(qtbot, count, expected):
    from desktop.search import Hit, SearchResult
    from desktop.ui.search_ui import SearchResults
    from desktop.ui.theme import LIGHT

    results = SearchResults(LIGHT)
    qtbot.addWidget(results)
    hits = [Hit("a", "Title", "text", i, i + 4, "\x02word\x03", "", -1.0) for i in range(count)]
    results.show_result("word", SearchResult(hits, ["word"]))
    assert results.status.text().startswith(expected)
