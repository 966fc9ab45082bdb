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
