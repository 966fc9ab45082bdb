"""Actors across articles: merging, keeping apart, the user's merges and splits, Voices."""
import json

import pytest

from desktop.analysis import analyze
from desktop.article import article_from_text
from desktop.library_actors import Entry, Library, voices_csv
from desktop.loaders import load_article

from .conftest import SEEDS


def entry(key, title, body, date=None):
    article = article_from_text(body, title, date=date)
    return Entry(key, article, analyze(article))


@pytest.fixture(scope="module")
def library_entries():
    return [
        entry("a", "Talks begin", 'Prime Minister Mark Carney said "We will talk" on Monday.', "2025-03-20"),
        entry("b", "Tariffs", '"Tariffs are wrong," Carney said on Tuesday.', "2025-03-25"),
        entry("c", "Early", '"We start now," said Mark Carney, the new leader.', "2025-03-14"),
        entry("d", "London", 'Mayor Sadiq Khan spoke first. "London is open," Khan said.', "2025-04-01"),
        entry("e", "Lahore", 'Imran Khan addressed a rally. "We will win," Khan said.', "2025-04-02"),
    ]


def test_a_surname_in_another_article_joins_the_full_name(library_entries):
    library = Library(library_entries)
    carney = library.find("Mark Carney")
    assert {key for key, _ in carney.members} == {"a", "b", "c"}
    assert library.find("Carney") is carney


def test_people_with_one_surname_stay_apart(library_entries):
    library = Library(library_entries)
    sadiq, imran = library.find("Sadiq Khan"), library.find("Imran Khan")
    assert sadiq is not imran
    assert {k for k, _ in sadiq.members} == {"d"} and {k for k, _ in imran.members} == {"e"}


def test_quotes_across_the_library_in_date_order(library_entries):
    library = Library(library_entries)
    view = library.view(library.find("Mark Carney").id)
    assert [r.quote.text for r in view.quotes] == ["We start now,", "We will talk", "Tariffs are wrong,"]
    assert [r.date for r in view.quotes] == ["2025-03-14", "2025-03-20", "2025-03-25"]
    assert ("Prime Minister", "Talks begin", "2025-03-20") in view.roles


def test_quotes_and_articles_sort_by_the_real_day_whatever_the_date_is_written_as():
    entries = [entry("p", "Later", '"Second," said Ana Ruiz, the mayor.', "2 May 2025"),
               entry("q", "Earlier", '"First," Ana Ruiz said.', "30 April 2025"),
               entry("r", "Undated", '"Last," Ana Ruiz said.', None),
               entry("s", "Odd", '"Also last," Ana Ruiz said.', "sometime soon")]
    library = Library(entries)
    view = library.view(library.find("Ana Ruiz").id)
    assert [r.quote.text for r in view.quotes][:2] == ["First,", "Second,"]  # not "2 May" < "30 April"
    assert {r.quote.text for r in view.quotes[2:]} == {"Last,", "Also last,"}  # undated and unreadable last
    assert [title for _key, title, _date in view.articles][:2] == ["Earlier", "Later"]


def test_manual_merge_and_split_are_reapplied(library_entries, settings):
    from desktop.ui.voices import build_library, save_override

    library = Library(library_entries)
    sadiq, imran = library.find("Sadiq Khan").id, library.find("Imran Khan").id
    save_override(settings, "merge", (sadiq, imran))
    rebuilt = build_library(library_entries, settings)
    assert {k for k, _ in rebuilt.find("Sadiq Khan").members} == {"d", "e"}
    local = library_entries[1].analysis.find_actor("Carney").id
    save_override(settings, "split", ("b", local))
    rebuilt = build_library(library_entries, settings)
    assert {k for k, _ in rebuilt.find("Mark Carney").members} == {"a", "c"}


def test_voices_counted_by_hand():
    """The budget sample: Nwosu is quoted three times (23 + 3 + 8 words), Reid once (12 words: "a list of promises with the bill sent to the next government")."""
    article = load_article(SEEDS / "04_budget_statement.txt")
    library = Library([Entry("budget", article, analyze(article))])
    voices = {v.name: v for v in library.voices()}
    assert (voices["Adaeze Nwosu"].quotes, voices["Adaeze Nwosu"].words) == (3, 34)
    assert (voices["Thomas Reid"].quotes, voices["Thomas Reid"].words) == (1, 12)
    assert voices["Bankers' Federation"].type == "organisation"
    assert voices_csv(library.voices()).splitlines()[0] == "speaker,type,quotes,words,articles"


def test_voices_chart_renders(qtbot):

    from desktop.library_actors import Voice
    from desktop.ui.theme import LIGHT
    from desktop.ui.voices import VoicesChart

    chart = VoicesChart(LIGHT)
    qtbot.addWidget(chart)
    chart.resize(600, 300)
    chart.set_voices([Voice("Ana Ruiz", "person", 4, 80, 2), Voice("Port Authority", "organisation", 2, 30, 1)])
    image = chart.grab().toImage()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 5) for y in range(0, image.height(), 5)}
    assert len(colours) > 5


def test_actors_and_quotes_commands(capsys):
    """What the two commands print. Run in this process (the model is loaded once per test
    process, not once per `python -m desktop`): the process boundary — exit codes, streams,
    odd bytes in arguments — is tested by test_hostile_paths and test_library_cli."""
    from desktop import commands

    capsys.readouterr()
    assert commands.run("actors", [str(SEEDS), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    nwosu = next(r for r in rows if r["name"] == "Adaeze Nwosu")
    assert nwosu["quotes"] == 3 and "Nwosu" in nwosu["aliases"]
    assert commands.run("quotes", ["--speaker", "Nwosu", str(SEEDS), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["speaker"] == "Adaeze Nwosu" and len([q for q in data["quotes"] if q["kind"] == "direct"]) == 3


def test_split_and_merge_from_the_dialog(make_window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from desktop.ui.voices import ActorDialog

    def confirm(box):  # the user presses "Merge" / "Split off" in the confirmation
        next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", confirm)
    window = make_window()
    with qtbot.waitSignals([window.analysis_finished] * 2, timeout=60_000):
        window.open_paths([str(SEEDS / "02_airline_strike.md"), str(SEEDS / "05_museum_returns_bronzes.md")])
    built = []
    window.with_library_actors(built.append)  # built on a worker from the stored analyses
    qtbot.waitUntil(lambda: bool(built), timeout=60_000)
    library = built[0]
    assert window.library_actors() is library
    marsh = library.find("Helen Marsh")
    dialog = ActorDialog(window, marsh.id, window._settings)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.rendered, timeout=30_000):
        pass  # the body is gathered on a worker (an actor may be in thousands of articles)
    assert "Helen Marsh" in dialog.body.toPlainText() and "Quotes (" in dialog.body.toPlainText()
    dialog.others.setCurrentIndex(dialog.others.findText("Grace Okafor"))
    dialog._merge()
    merged = window.library_actors().find("Helen Marsh")
    assert {k for k, _ in merged.members} == {k for k, _ in window.library_actors().actors[marsh.id].members}
    assert len({k for k, _ in merged.members}) == 2  # the user's merge, remembered in settings
    dialog.show_actor(merged.id)
    dialog.members.setCurrentIndex(1)
    dialog._split()
    assert len(window.library_actors().find("Helen Marsh").members) == 1


# ---------------------------------------------------------------------- cross-library typing
def _made(key, actors, speakers=(), roles=()):
    """A hand-made analysis: actors (local id, name, type), quotes by `speakers`, roles held by `roles`."""
    from desktop.analysis.types import Actor, Analysis, Fact, Quote, Speaker

    article = article_from_text(f"Text of {key}.", key)
    quotes = [Quote(f"q{i}", 0, 4, "Text", "direct", False, Speaker(None, s), "said", (0, 4))
              for i, s in enumerate(speakers)]
    facts = [Fact("role", 0, 4, "chief", "chief", r, (0, 4)) for r in roles]
    return Entry(key, article, Analysis([Actor(i, n, t) for i, n, t in actors], quotes, facts, 10))


CARNEY = ("a", [("p1", "Mark Carney", "person")])
KHANS = [("k1", [("p1", "Sadiq Khan", "person")]), ("k2", [("p1", "Imran Khan", "person")])]
JORDAN = ("j", [("p1", "Michael Jordan", "person")])


@pytest.mark.parametrize("known, article, joins", [
    # a surname typed as a place, that speaks: the library's one Carney
    ([CARNEY], _made("b", [("x1", "Carney", "place")], speakers=["x1"]), "Mark Carney"),
    # typed as an organisation, holding a role: a person too
    ([CARNEY], _made("b", [("x1", "Carney", "organisation")], roles=["x1"]), "Mark Carney"),
    # typed as a place and silent: nothing says it is a person, it stays a place
    ([CARNEY], _made("b", [("x1", "Carney", "place")]), None),
    # two people share the surname: kept apart rather than guessed
    (KHANS, _made("b", [("x1", "Khan", "place")], speakers=["x1"]), None),
    # a country that "said" something is the country, whoever shares its name
    ([JORDAN], _made("b", [("x1", "Jordan", "place")], speakers=["x1"]), None),
    # nobody in the library has that surname: as its article typed it
    ([CARNEY], _made("b", [("x1", "Poilievre", "place")], speakers=["x1"]), None),
])
def test_a_speaking_surname_typed_as_a_place_is_the_librarys_person(known, article, joins):
    entries = [_made(key, actors) for key, actors in known] + [article]
    library = Library(entries)
    lib_id = library.library_id("b", "x1")
    if joins is None:
        assert library.actors[lib_id].name == article.analysis.actors[0].name
        assert {k for k, _ in library.actors[lib_id].members} == {"b"}
    else:
        assert library.actors[lib_id].name == joins and library.actors[lib_id].type == "person"
        assert {k for k, _ in library.actors[lib_id].members} == {known[0][0], "b"}


def test_the_actor_table_from_the_store_equals_the_one_from_memory(tmp_path, library_entries):
    from desktop.library import Library as Store

    store = Store(tmp_path / "library.sqlite3")
    try:
        keyed = [Entry(e.article.id, e.article, e.analysis) for e in library_entries]
        for e in keyed:
            store.add(e.article, None, e.analysis)
        from_store, in_memory = Library.from_store(store), Library(keyed)
        shape = lambda lib: sorted((a.name, a.type, sorted(a.members)) for a in lib.actors.values())  # noqa: E731
        assert shape(from_store) == shape(in_memory)
        assert from_store.voices() == in_memory.voices()
        carney = from_store.find("Mark Carney").id
        assert [r.quote for r in from_store.view(carney).quotes] == [r.quote for r in in_memory.view(carney).quotes]
    finally:
        store.close()


def test_voices_of_the_whole_library_from_the_stored_analyses(make_window, qtbot):
    from desktop.ui.voices import VoicesDialog

    window = make_window()
    with qtbot.waitSignals([window.analysis_finished] * 2, timeout=60_000):
        window.open_paths([str(SEEDS / "02_airline_strike.md"), str(SEEDS / "05_museum_returns_bronzes.md")])
    dialog = VoicesDialog(window, window._theme)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.shown, timeout=60_000) as counted:
        dialog.scope.setCurrentIndex(dialog.scope.findData("all"))
    assert counted.args[0] == dialog.table.rowCount() > 0
    names = {dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())}
    assert "Helen Marsh" in names
