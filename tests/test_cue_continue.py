""""continue" reports speech only on its own ("“…,” she continued"); with an infinitive after it
("as the workforce continues to shrink") it tells what goes on, and its subject is no speaker
of a quote nearby. Every sentence here is invented."""
import pytest

from desktop.analysis import analyze
from desktop.article import article_from_text


def _direct(text: str):
    analysis = analyze(article_from_text(text, title="Test"))
    return [(q.text, q.speaker.text) for q in analysis.quotes if q.kind == "direct"]


@pytest.mark.parametrize("text, expected", [
    ('"Serious shortages" are likely over the next decade as the harbour workforce continues to shrink, '
     'the committee said.', [("Serious shortages", "the committee")]),
    ('"Serious shortages" are likely as the harbour workforce continues to shrink, it said.',
     [("Serious shortages", "it")]),
    ('"Long delays" will follow while the ferry fleet continued to shrink, the report warned.',
     [("Long delays", "the report")]),
    # "continue" as the cue itself
    ('"We will not stop," Mara Lind continued.', [("We will not stop,", "Mara Lind")]),
    ('Mara Lind continued: "We will not stop."', [("We will not stop.", "Mara Lind")]),
])
def test_continue_to_is_no_cue(text, expected):
    assert _direct(text) == expected
