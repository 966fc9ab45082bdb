"""Reported speech (the reporter's words for what someone said), one table row per kind of
fault a tester found. Every sentence here is invented."""
import lxml.html
import pytest

from desktop.analysis import analyze
from desktop.article import article_from_text
from desktop.export import ExportItem, render
from desktop.search import SearchIndex


def reported(text: str):
    """(display form, speaker name or words) of each reported statement."""
    analysis = analyze(article_from_text(text, "Test"))
    names = {a.id: a.name for a in analysis.actors}
    return [(q.display_text(), names.get(q.speaker.actor_id) or q.speaker.text)
            for q in analysis.quotes if q.kind == "reported"]


@pytest.mark.parametrize("text, expected", [
    # 1. a denying or doubting cue is shown with the words it reports: never a bare assertion
    ("Mayor Ines Kohl denied that the harbour fund had run dry.",
     [("denied that the harbour fund had run dry", "Ines Kohl")]),
    ("The ferry company rejected claims that its boats were unsafe in winter.",
     [("rejected claims that its boats were unsafe in winter", "The ferry company")]),
    ("Councillor Ivo Marsh has disputed that the tunnel would cost more than planned.",
     [("has disputed that the tunnel would cost more than planned", "Ivo Marsh")]),
    ("Ada Brill dismissed suggestions that the old bridge would close for a year.",
     [("dismissed suggestions that the old bridge would close for a year", "Ada Brill")]),
    ("Tom Reyes doubted that the new quay would be ready by the summer.",
     [("doubted that the new quay would be ready by the summer", "Tom Reyes")]),
    ("The mayor told reporters gathered at the town hall late on Monday evening that the fund was empty.",
     [("told … that the fund was empty", "The mayor")]),
    # ... what someone refused to deny is not their statement
    ("The minister refused to deny claims that the ferry contract had been rigged.", []),
    # ... a cue inside a relative clause names, in brackets, what its words are about
    ("The levy falls to 2%, a change the harbour board says will save about four million crowns.",
     [("says [a change] will save about four million crowns", "harbour board")]),
    # 2. a clause of purpose or reason, or a relative clause, is not what the cue reports
    ("Tom Reyes declared last Friday so he could attend the vote in Tarn.", []),
    ("Nora Vile announced her bid early because the deadline for the ballot was close.", []),
    ("Ines Kohl said the levy would pass, which angered the traders at the market.",
     [("said the levy would pass", "Ines Kohl")]),
    ("On Saturday, Piet Lund insisted that he still had scores to settle with Tarn Rovers, who are fourth in the league.",
     [("insisted that he still had scores to settle with Tarn Rovers", "Piet Lund")]),
    ("Kai Berg said that, after the first match, a club of young players formed in the town.",
     [("said that after the first match, a club of young players formed in the town", "Kai Berg")]),
    # 3. unquoted words closed by a post-posed cue are reported speech
    ("Mayor Ines Kohl visited the pier on Monday. The harbour will reopen in June once the cranes are repaired, "
     "she said.",
     [("said: The harbour will reopen in June once the cranes are repaired", "Ines Kohl")]),
    ("The fares will rise by a tenth next spring, the ferry company said.",
     [("said: The fares will rise by a tenth next spring", "the ferry company")]),
    ("Nobody checked the cables before the storm, harbour master Alice Moreno said on Tuesday.",
     [("said: Nobody checked the cables before the storm", "Alice Moreno")]),
    ("Repairs will take a year, said engineer Petra Hunziker.",
     [("said: Repairs will take a year", "Petra Hunziker")]),
    # ... but a quotation closed by its cue stays a direct quote only
    ('"The harbour will reopen in June once the cranes are repaired," she said.', []),
    # 4. an expletive "it", a percentage or an amount never speaks; a share of people does
    ("It is estimated that the repairs will cost twice the budget.", []),
    ("It was reported that the harbour master had resigned over the fund.", []),
    ("More than 50% said the ferry was too expensive for them.", []),
    ("Another 9% said they would skip the harbour ballot entirely.", []),
    ("More than 50% of the traders said the ferry was too expensive for them.",
     [("said the ferry was too expensive for them", "More than 50% of the traders")]),
    # a member of a group counted, not named, reports for the group the narration named — never as "One"
    ("Several board members spoke to the paper. One, who asked not to be named, told the paper that the board "
     "had moved too fast.", [("told the paper that the board had moved too fast", "board members")]),
    ("One, who asked not to be named, told the paper that the board had moved too fast.", []),
])
def test_reported_speech_kinds(text, expected):
    assert reported(text) == expected


def test_a_figure_never_speaks_a_direct_quote_either():
    analysis = analyze(article_from_text('"The fares are far too high," 62% said in the ferry survey.', "T"))
    [quote] = analysis.quotes
    assert quote.speaker.text is None and quote.how is None


DENIAL = ("Harbour dispute\n\nMayor Ines Kohl denied that the harbour fund had run dry after the long and "
          "costly repairs to the northern breakwater and the old ferry terminal last winter.")


def test_search_shows_a_reported_statement_with_its_cue_however_far_in_the_match_is():
    article = article_from_text(DENIAL, "Harbour dispute")
    index = SearchIndex()
    index.add("a", article, analyze(article))
    for word in ("fund", "terminal"):  # near the start of the words, and far into them
        [hit] = [h for h in index.search(word).hits if h.kind == "reported"]
        assert hit.snippet.startswith("denied that "), hit.snippet
        assert hit.speaker == "Ines Kohl"
        assert (hit.start, hit.end) == (DENIAL.index("the harbour"), DENIAL.rindex("."))
    [hit] = [h for h in index.search("denied").hits if h.kind == "reported"]  # the cue is searchable
    assert hit.snippet.startswith("\x02denied\x03 that")


def test_panel_and_exports_show_the_cue_with_the_reported_words(qapp):
    from desktop.ui.panel import _quote_cells

    article = article_from_text(DENIAL, "Harbour dispute")
    analysis = analyze(article)
    [quote] = [q for q in analysis.quotes if q.kind == "reported"]
    label, tooltip = _quote_cells(quote)
    assert label.startswith("denied that the harbour fund") and "“" not in label
    assert tooltip.startswith("denied that")
    item = ExportItem(article, analysis, [])
    assert "*reported:* denied that the harbour fund" in render([item], "md")
    page = lxml.html.fromstring(render([item], "html"))
    assert any("denied that the harbour fund" in li.text_content() for li in page.xpath("//li"))


def test_a_kept_reported_statement_covers_its_cue():
    article = article_from_text(DENIAL, "Harbour dispute")
    [quote] = [q for q in analyze(article).quotes if q.kind == "reported"]
    start, end = quote.span_with_cue(article.text)
    assert article.text[start:end].startswith("denied that the harbour fund") and end == quote.end
