"""Search hits mean what was asked: a phrase is the phrase, actor: ranks sentences that show
the actor, facts come with their sentence, a bare field asks for a value (issue 20, item 8)."""
import pytest

from desktop.analysis import analyze
from desktop.article import article_from_text
from desktop.loaders import load_article
from desktop.search import SearchIndex, find_hits, parse_query
from desktop.ui.search_ui import HIT_ROLE

from .conftest import SEEDS, open_files

TEXT = ("Trade talks resume\n\nTrade ministers met on Monday. The trade dispute began in March.\n\n"
        "Exporters said the trade-dispute had cost them dearly, and trade fell.")


@pytest.mark.parametrize("query, expected", [
    ('"trade dispute"', ["trade dispute", "trade-dispute"]),
    ('trade', ["Trade", "Trade", "trade", "trade", "trade"]),
    ('"trade dispute" exporters', ["trade dispute", "Exporters", "trade-dispute"]),
])
def test_hits_of_a_phrase_are_the_phrase(query, expected):
    article = article_from_text(TEXT, title="Trade talks resume")
    terms = parse_query(query, prefix_last=False).terms
    assert [article.text[a:b] for a, b in find_hits(article.text, terms)] == expected


def test_f3_steps_phrase_by_phrase(make_window, qtbot, tmp_path):
    path = tmp_path / "trade.txt"
    path.write_text(TEXT, encoding="utf-8")
    window = make_window(show=True)
    [article] = open_files(qtbot, window, [path]).articles
    qtbot.waitUntil(lambda: article.id in window.library.store)  # stored on a worker once open
    with qtbot.waitSignal(window.library.results_shown, timeout=30_000):
        window.library.search('"trade dispute"')
    hit = window.library.results.model.item(0).data(HIT_ROLE)
    window.library.open_hit(hit, parse_query('"trade dispute"').terms)  # open already: at once
    view = window.current_view()
    seen = []
    for _ in range(3):
        window._step_search_hit(1)
        start, end = view.search_hits[view._hit_index]
        seen.append(view.article.text[start:end])
    assert sorted(set(seen)) == ["trade dispute", "trade-dispute"]
    assert all(view.article.text[a:b].lower().replace("-", " ") == "trade dispute" for a, b in view.search_hits)


@pytest.fixture(scope="module")
def budget_index():
    article = load_article(SEEDS / "04_budget_statement.txt")
    index = SearchIndex()
    index.add("budget", article, analyze(article))
    return article, index


def test_actor_search_ranks_sentences_that_show_the_actor_and_facts_have_their_sentence(budget_index):
    article, index = budget_index
    hits = index.search("actor:Nwosu", prefix_last=False).hits
    assert len(hits) >= 4
    first = hits[:3]
    assert all("Nwosu" in h.snippet.replace("\x02", "").replace("\x03", "") for h in first), first
    facts = index.search("type:fact actor:Nwosu", prefix_last=False).hits
    assert facts and all(len(h.snippet.split()) >= 5 for h in facts)  # a sentence, not "Wednesday"
    assert len({h.snippet for h in facts}) == len(facts)  # each sentence once
    assert not [h for h in hits if h.kind == "fact" and any(
        p.kind == "text" and p.start <= h.start < p.end for p in hits)]  # not again beside its paragraph


@pytest.mark.parametrize("query", ["speaker:", "actor:", 'speaker:"', "type:"])
def test_a_field_without_a_value_asks_for_one(budget_index, query):
    _, index = budget_index
    result = index.search(query)
    assert result.hits == [] and query.split(":")[0] + ":" in result.message
