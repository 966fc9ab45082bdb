"""Search: the query language, ranking, diacritics, fields, hostile input, and the UI flow."""
import json

import pytest
from PySide6.QtCore import Qt
from hypothesis import given, settings as hsettings, strategies as st

from desktop.analysis import analyze
from desktop.article import article_from_text
from desktop.search import SearchIndex, find_hits, fold_with_offsets, parse_query

from .conftest import SEEDS


def article(title, body):
    return article_from_text(body, title)


@pytest.fixture(scope="module")
def index():
    idx = SearchIndex()
    docs = {
        "harbour": article("Harbour barrier approved", "The council approved the barrier on Thursday. "
                           "Engineers praised the design of the barrier."),
        "budget": article("Budget day", "The minister spoke about taxes. A harbour was mentioned once."),
        "zoe": article("Profile", "Zoë Kravitz met Søren Kierkegaard's biographer in Malmö."),
        "quotes": article("Council row", '"We will not pay," said Mayor Ana Lopez.\n\n'
                          "Lopez later met the Port Authority. Critics said the levy was unfair."),
    }
    for key, a in docs.items():
        idx.add(key, a, analyze(a))
    return idx


def keys(result):
    return [h.article for h in result.hits]


def test_title_match_beats_a_passing_mention(index):
    result = index.search("harbour", prefix_last=False)
    assert keys(result)[0] == "harbour" and "budget" in keys(result)


def test_phrase_and_prefix(index):
    assert set(keys(index.search('"praised the design"'))) == {"harbour"}
    assert keys(index.search('"design praised"')) == []
    assert "harbour" in keys(index.search("barr"))  # as you type: the last word is a prefix
    assert keys(index.search("barr", prefix_last=False)) == []


def test_diacritics_are_folded(index):
    assert keys(index.search("Zoe")) == ["zoe"]
    assert keys(index.search("kravitz malmo")) == ["zoe"]  # ø has no decomposition: not folded


@pytest.mark.parametrize(
    "query, kinds, article_keys",
    [
        ('speaker:"Ana Lopez"', {"quote"}, {"quotes"}),
        ("speaker:lopez type:quote", {"quote"}, {"quotes"}),
        ("actor:Lopez type:text", {"text"}, {"quotes"}),
        ("type:fact Thursday", {"fact"}, {"harbour"}),
        ("barrier OR taxes", {"title", "text"}, {"harbour", "budget"}),
        ("harbour NOT barrier", {"text"}, {"budget"}),
    ],
)
def test_fields_and_operators(index, query, kinds, article_keys):
    result = index.search(query, prefix_last=False)
    assert {h.kind for h in result.hits} <= kinds | {"reported"}
    assert set(keys(result)) == article_keys


def test_snippet_marks_the_hit(index):
    hit = index.search("engineers", prefix_last=False).hits[0]
    assert "\x02Engineers\x03" in hit.snippet


def test_reindexing_replaces_rows(index):
    idx = SearchIndex()
    idx.add("k", article("Old", "alpha text"))
    idx.add("k", article("New", "beta text"))
    assert keys(idx.search("alpha", prefix_last=False)) == [] and keys(idx.search("beta")) == ["k"]
    assert len(idx) == 1


@pytest.mark.parametrize("raw", ['"', "*", "NOT", "OR AND", 'actor:"', "type:nothing", "(((", "a" * 5000,
                                 'speaker:"unbalanced', "NEAR(a b)", "col:value", "^start", "-minus", "{x}"])
def test_hostile_queries_do_not_raise(index, raw):
    result = index.search(raw)
    assert isinstance(result.hits, list)


@hsettings(max_examples=150, deadline=None)
@given(st.text(max_size=80))
def test_any_input_gives_results_or_a_message(raw):
    idx = SearchIndex()
    idx.add("k", article("Title", "Some words here."))
    result = idx.search(raw)
    assert isinstance(result.hits, list) and isinstance(result.message, str)
    assert parse_query(raw).match.count('"') % 2 == 0


def test_find_hits_maps_back_to_original_offsets():
    text = "Zoë met ZOE; zoology is different. Zoé."
    spans = find_hits(text, ["zoe"])
    assert [text[s:e] for s, e in spans] == ["Zoë", "ZOE", "Zoé"]
    folded, where = fold_with_offsets("ﬁne Ångström")
    assert folded == "fine angstrom" and len(where) == len(folded)


def test_search_command(tmp_path, cli_here):
    (tmp_path / "bad.txt").write_bytes(b"")
    result = cli_here("search", 'speaker:"Adaeze Nwosu"', str(SEEDS), str(tmp_path), "--json", text=True)
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert payload["hits"] and {h["speaker"] for h in payload["hits"]} == {"Adaeze Nwosu"}
    assert "empty" in result.stderr


# ------------------------------------------------------------------ the UI flow
@pytest.fixture
def window(make_window):
    return make_window(show=True)


def test_typing_searches_and_enter_opens_the_hit(window, qtbot):
    with qtbot.waitSignals([window.analysis_finished] * 2, timeout=60_000):
        window.open_paths([str(SEEDS / "01_harbour_flood_barrier.txt"), str(SEEDS / "04_budget_statement.txt")])
    bar = window.library.bar
    bar.setFocus()
    with qtbot.waitSignal(window.library.results_shown, timeout=10_000,
                          check_params_cb=lambda q, r: q == "Abernath") as blocker:
        qtbot.keyClicks(bar, "Abernath")  # a prefix, as typed
    result = blocker.args[1]
    harbour = next(v.article.id for v in window.views() if "harbour" in v.article.source)
    assert result.hits and all(h.article == harbour for h in result.hits)
    window._tabs.setCurrentIndex(1)  # the other article is showing
    qtbot.keyClick(bar, Qt.Key.Key_Return)
    view = window.current_view()
    assert view.article.source.endswith("01_harbour_flood_barrier.txt")
    assert [view.article.text[s:e] for s, e in view.search_hits] == ["Abernathy"]
    assert view.step_hit(1)
    qtbot.keyClick(bar, Qt.Key.Key_Escape)  # Esc leaves the search, its query kept (test_window_polish)
    assert bar.text() == "Abernath" and view.search_hits == []


def test_library_is_remembered_with_its_analysis(window, qtbot, make_window):
    with qtbot.waitSignal(window.analysis_finished, timeout=60_000):
        window.open_paths([str(SEEDS / "02_airline_strike.md")])
    speaker = next(q.speaker.actor_id for q in window.current_view().analysis.quotes if q.speaker.actor_id)
    name = window.current_view().analysis.actor(speaker).name
    window.library.shutdown()
    fresh = make_window()  # a new session on the same data folder, nothing open
    with qtbot.waitSignal(fresh.library.library_indexed, timeout=60_000) as counted:
        fresh.library.start()
    assert counted.args == [1]
    # searchable at once, fields included: nothing was read or analysed again
    assert keys(fresh.library.index.search("Skylark", prefix_last=False))
    assert keys(fresh.library.index.search(f'speaker:"{name}"'))


def test_the_old_settings_path_list_is_imported_once(make_window, qtbot, settings):
    settings.setValue("library/paths", [str(SEEDS / "03_drought_wheat_trial.html"), "/nowhere/gone.txt"])
    window = make_window()
    with qtbot.waitSignal(window.library.import_finished, timeout=120_000) as done:
        window.library.start()
    assert len(done.args[0]) == 1
    assert settings.value("library/migrated", False, type=bool) and settings.value("library/paths") is None
    assert len(window.library.store) == 1 and window.library.store.stale() == []


def test_import_folder_reports_broken_files(window, qtbot, tmp_path):
    (tmp_path / "good.txt").write_text("A headline\n\nThe harbour reopened on Monday.", encoding="utf-8")
    (tmp_path / "nested").mkdir()
    (tmp_path / "nested" / "page.html").write_text("<h1>Page</h1><p>Harbour news.</p>", encoding="utf-8")
    (tmp_path / "empty.md").write_bytes(b"")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    with qtbot.waitSignal(window.library.import_finished, timeout=60_000) as blocker:
        window.library.import_folder(str(tmp_path))
    imported, failures = blocker.args
    assert len(imported) == 2 and len(failures) == 2
    assert any("empty" in f for f in failures) and any("PNG" in f for f in failures)
    assert len(keys(window.library.index.search("harbour", prefix_last=False))) == 2


@pytest.mark.parametrize("text, terms, expected", [
    ("Engineers praised the design.", ["engineers"], "\x02Engineers\x03 praised the design."),
    ("one two three four five six seven eight nine ten eleven twelve target thirteen fourteen fifteen",
     ["target"], "…four five six seven eight nine ten eleven twelve \x02target\x03 thirteen fourteen fifteen"),
    ("The barrier and the barriers were approved on Monday by all of them in the end, with more.",
     ["barr"], "The \x02barrier\x03 and the \x02barriers\x03 were approved on Monday by all of them in…"),
    ("Zoë Kravitz met the biographer.", ["Zoe"], "\x02Zoë\x03 Kravitz met the biographer."),
    ("Nothing to mark here at all.", ["absent"], "Nothing to mark here at all."),
    ("", ["x"], ""),
])
def test_snippets_show_the_hit_in_context(text, terms, expected):
    from desktop.search import snippet

    assert snippet(text, terms) == expected


def test_an_unspecific_query_ranks_only_the_newest_candidates(monkeypatch):
    import desktop.search as search

    monkeypatch.setattr(search, "RANKED_CANDIDATES", 3)
    idx = SearchIndex()
    for n in range(6):
        idx.add(f"a{n}", article(f"Story {n}", f"The harbour story number {n}."))
    hits = idx.search("harbour", prefix_last=False).hits
    assert {h.article for h in hits} == {"a3", "a4", "a5"}  # bounded work: the 3 added last
