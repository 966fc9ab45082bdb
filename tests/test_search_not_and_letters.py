"""Search faults of a user test: an excluded word marked as a hit (and passages holding it
matched), "begrussen" not finding "begrüßen", and `search -- QUERY --library` reading
--library as a file. Invented sentences only."""
import pytest

from desktop.article import article_from_text
from desktop.commands import _only_options
from desktop.search import SearchIndex, find_hits, parse_query

TEXT = ("Mayor Tamsin Vale spoke about the tram depot.\n\n"
        "Vale later met Idris Okafor at the harbour.\n\n"
        "Okafor said the tram would wait.\n\n"
        "Wir begrüßen die Gäste aus der Straße am Meer.\n\n"
        "The cœur of the Encyclopædia project stayed open.")


@pytest.fixture(scope="module")
def index():
    idx = SearchIndex()
    idx.add("a", article_from_text(TEXT, "Harbour"))
    return idx


def _found(index, query, prefix_last=False):
    result = index.search(query, prefix_last=prefix_last)
    return [h.snippet.replace("\x02", "[").replace("\x03", "]") for h in result.hits], result


@pytest.mark.parametrize("query, present, absent", [
    ("Vale OR Okafor NOT tram", ["[Vale] later met Idris [Okafor]"], ["tram"]),
    ("Okafor OR Vale NOT tram", ["[Vale] later met Idris [Okafor]"], ["tram"]),
    ('Vale NOT "tram depot"', ["[Vale] later met"], ["tram depot"]),
    ("Vale OR Okafor NOT harbour NOT depot", ["[Okafor] said the tram"], ["harbour", "depot"]),
])
def test_an_excluded_word_rules_passages_out_and_is_never_marked(index, query, present, absent):
    snippets, result = _found(index, query)
    for want in present:
        assert any(want in s for s in snippets), (want, snippets)
    for word in absent:
        assert not any(word in s for s in snippets), (word, snippets)
        assert word not in " ".join(result.terms)


def test_not_alone_says_what_it_needs(index):
    query = parse_query("NOT tram", prefix_last=False)
    assert query.match == "" and "NOT" in query.message and query.terms == []


def test_without_not_nothing_changes():
    assert parse_query("Vale OR Okafor", prefix_last=False).terms == ["Vale", "Okafor"]


@pytest.mark.parametrize("query, word", [
    ("begrussen", "begrüßen"), ("begrüßen", "begrüßen"), ("strasse", "Straße"),
    ("coeur", "cœur"), ("encyclopaedia", "Encyclopædia"),
])
def test_letters_written_out_find_the_letter(index, query, word):
    snippets, _ = _found(index, query)
    assert any(f"[{word}]" in s for s in snippets), snippets


NAMES = ("Talks in Łódź went on.\n\nBolesław Marek arrived late.\n\nSøren Dahl chaired them.\n\n"
         "Đoković sent a note.\n\nAyşe Yıldız replied.\n\nÞóra Jóns read it out.\n\nThe Lodz team left early.")


@pytest.fixture(scope="module")
def names_index():
    idx = SearchIndex()
    idx.add("n", article_from_text(NAMES, "Talks"))
    return idx


@pytest.mark.parametrize("query, marked", [
    ("lodz", ["Łódź", "Lodz"]), ("boleslaw", ["Bolesław"]), ("soren", ["Søren"]), ("djokovic", ["Đoković"]),
    ("dokovic", ["Đoković"]), ("yildiz", ["Yıldız"]), ("thora", ["Þóra"]), ("Łódź", ["Łódź", "Lodz"]),
    ("Søren", ["Søren"]), ("bolesl", ["Bolesław"]),  # the last word typed is a prefix
])
def test_plain_letters_find_the_letters_sqlite_keeps_whole(names_index, query, marked):
    """unicode61 strips accents but keeps ł ø đ ı þ: the plain letters people type find them,
    at any of their places, and the hit is marked in the snippet."""
    snippets, _ = _found(names_index, query, prefix_last=True)
    for word in marked:
        assert any(f"[{word}]" in s for s in snippets), (word, snippets)


@pytest.mark.parametrize("query", ["lads", "sorens", "yilmaz", "bolestaw"])
def test_plain_letters_find_nothing_else(names_index, query):
    assert names_index.search(query, prefix_last=False).hits == []


def test_spellings_stay_few_for_long_words():
    from desktop.search import MAX_SPELLINGS, _spellings

    many = _spellings("hollywoodlodolidio")
    assert len(many) == MAX_SPELLINGS and len(set(many)) == len(many) and many[0] == "hollywoodlodolidio"


@pytest.mark.parametrize("query", ["begrussen strasse", "strasse begrussen meer", "begrussen AND strasse"])
def test_two_words_with_spellings_both_must_match(index, query):
    """Each word with several spellings becomes a parenthesised OR; FTS5 reads no implicit AND
    after a parenthesis, so the AND is written out (a syntax error before)."""
    snippets, result = _found(index, query)
    assert not result.message and any("[begrüßen]" in s and "[Straße]" in s for s in snippets), (snippets, result)


def test_no_false_spelling_hits(index):
    assert _found(index, "strasser")[0] == []


@pytest.mark.parametrize("text, term, marked", [
    ("Wir begrüßen euch.", "begrussen", "begrüßen"),
    ("Ein Gruß aus Łódź.", "lodz", "Łódź"),
    ("Ein Gruß aus Łódź.", "gruss", "Gruß"),
    ("The Færøerne ferry.", "faeroerne", "Færøerne"),
    ("The cœur stayed.", "coeur", "cœur"),
    ("Plain text here.", "coeur", None),
])
def test_marks_fold_the_same_letters(text, term, marked):
    spans = find_hits(text, [term])
    assert [text[s:e] for s, e in spans] == ([marked] if marked else [])


@pytest.mark.parametrize("words, only", [
    ([], True), (["--library"], True), (["--db", "lib.sqlite3", "--json"], True),
    (["council"], False), (["--limit", "5", "file.txt"], False),
])
def test_only_options(words, only):
    assert _only_options(words, takes_value={"--db", "--limit"}) is only


def test_search_dash_dash_query_then_library(tmp_path, capsys):
    """`search -- -tram --library --db FILE`: '--' marks the query; --library is an option."""
    import json

    from desktop.commands import search_command
    from desktop.library import Library

    db = tmp_path / "library.sqlite3"
    store = Library(db)
    store.add(article_from_text("The -tram plan stalled.\n\nThe tram ran late.", "Trams"), None)
    store.close()
    assert search_command(["--", "tram", "--library", "--db", str(db), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["hits"], out
