"""A quote that runs over several paragraphs reads as such wherever it is shown apart from the
article: paragraphs kept apart, and the mark that reopens each new paragraph (news convention)
never shown inside the words. Display only: the quote's offsets stay as the analysis found them."""
import lxml.html
import pytest
from markdown_it import MarkdownIt

from desktop.analysis import analyze
from desktop.analysis.types import ONE_LINE, UNKNOWN_SPEAKER, Quote, quote_paragraphs
from desktop.article import article_from_text
from desktop.commands import text_report
from desktop.export import ExportItem, render
from desktop.notes import Note

FIRST = "The ferry has not sailed on time once this winter. Nobody at the port will say why."
SECOND = "We are not asking for much. We are asking for a boat that leaves when it says it will,"
TEXT = (f"Ferry anger\n\nCommuters on the island are losing patience.\n\n"
        f"\"{FIRST}\n\n\"{SECOND}\" said Tomas Ferreira, who chairs the passengers' group.\n\n"
        "The operator did not reply.")


@pytest.mark.parametrize("text, expected", [
    ("one paragraph only", ["one paragraph only"]),
    ('First part.\n\n"Second part', ["First part.", "Second part"]),
    ("First part.\n\n“Second part.\n\n“Third part", ["First part.", "Second part.", "Third part"]),
    ("First part.\n\n‘Second part", ["First part.", "Second part"]),
    ("First part.\n\nSecond part, not reopened", ["First part.", "Second part, not reopened"]),
    ('a "quoted" word inside', ['a "quoted" word inside']),  # a mark inside a paragraph stays
    ('Done. "quoted" word inside', ['Done. "quoted" word inside']),  # …when something closes it
    ('We won. "Now we rest', ["We won. Now we rest"]),  # a run-on's mark, the break lost
    ("We won. “Now we rest.\n\n“We train", ["We won. Now we rest.", "We train"]),
])
def test_quote_paragraphs(text, expected):
    assert quote_paragraphs(text) == expected


def _quote(text: str, kind: str = "direct", cue_phrase: str | None = None) -> Quote:
    return Quote("q1", 10, 10 + len(text), text, kind, False, UNKNOWN_SPEAKER, "said", (0, 0),
                 cue_phrase=cue_phrase)


@pytest.mark.parametrize("quote, paragraph_break, expected", [
    (_quote('Fares went up.\n\n"Trains did not'), "\n\n", "“Fares went up.\n\nTrains did not”"),
    (_quote('Fares went up.\n\n"Trains did not'), ONE_LINE, "“Fares went up. ¶ Trains did not”"),
    (_quote("Fares went up."), ONE_LINE, "“Fares went up.”"),
    (_quote("fares went up", "reported", "denied that"), ONE_LINE, "denied that fares went up"),
])
def test_display_text(quote, paragraph_break, expected):
    assert quote.display_text(paragraph_break) == expected


@pytest.fixture(scope="module")
def ferry():
    article = article_from_text(TEXT, title="Ferry anger")
    analysis = analyze(article)
    quote = next(q for q in analysis.quotes if q.text.startswith("The ferry"))
    assert len(quote.segments) == 2  # the analysis sees one quote over two paragraphs
    return article, analysis, quote


def test_the_analysis_keeps_the_quote_offsets(ferry):
    article, _, quote = ferry
    assert article.text[quote.start:quote.end] == quote.text and '"We are' in quote.text


def test_markdown_export_keeps_paragraphs_apart(ferry):
    article, analysis, quote = ferry
    kept = Note(article.id, quote.start, quote.end, article.text[quote.start:quote.end], kind="quote",
                speaker="Tomas Ferreira")
    markdown = render([ExportItem(article, analysis, [kept])], "md")
    html = MarkdownIt("commonmark").render(markdown)
    tree = lxml.html.fromstring(html)
    item = next(li for li in tree.iter("li") if FIRST[:20] in li.text_content())
    assert item.find(".//br") is not None  # a line break between the paragraphs
    assert item.text_content().replace("\n", "") == f"“{FIRST}{SECOND}” — said"
    block = next(b for b in tree.iter("blockquote") if FIRST[:20] in b.text_content())
    assert [p.text_content() for p in block.findall("p")][:2] == [f"“{FIRST}", f"{SECOND}”"]
    assert '"We are' not in markdown


def test_html_export_keeps_paragraphs_apart(ferry):
    article, analysis, _ = ferry
    tree = lxml.html.fromstring(render([ExportItem(article, analysis, [])], "html"))
    item = next(li for li in tree.iter("li") if FIRST[:20] in li.text_content())
    assert item.find(".//br") is not None
    assert item.text_content() == f"Tomas Ferreira: “{FIRST}{SECOND}”"


def test_extract_report_marks_the_paragraph_break(ferry):
    article, analysis, _ = ferry
    report = " ".join(text_report(article, analysis).split())
    assert f"“{FIRST} ¶ {SECOND[:30]}" in report and '"We are' not in report
