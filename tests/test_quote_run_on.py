"""A run-on quotation — a new opening mark after a finished sentence with no closing mark before
it ("A. "B.") — is the same speaker going on, across a paragraph break or one a scraper lost:
one quote, not two (standard typography; the gold set's convention). A mark that follows a
closing one opens a quotation of its own. Every sentence here is invented."""
import pytest

from desktop.analysis import analyze
from desktop.analysis.quotes import find_quotations
from desktop.article import article_from_text


def _direct(text: str):
    analysis = analyze(article_from_text(text, title="Test"))
    actors = {a.id: a for a in analysis.actors}
    out = []
    for q in analysis.quotes:
        if q.kind != "direct":
            continue
        actor = actors.get(q.speaker.actor_id)
        out.append((q.text, actor.name if actor else q.speaker.text))
    return out


@pytest.mark.parametrize("text, expected", [
    # one paragraph, straight marks (the BBC texts lost the paragraph break)
    ('Coach Mara Lind was pleased. "We defended well. "But we must score more," she said.',
     [('We defended well. "But we must score more,', "Mara Lind")]),
    ('Mara Lind said: "We defended well. "Now we rest. "Then we train again."',
     [('We defended well. "Now we rest. "Then we train again.', "Mara Lind")]),
    # curly marks, one paragraph and over a paragraph break
    ("Mara Lind said: “We defended well. “Now we rest.”",
     [("We defended well. “Now we rest.", "Mara Lind")]),
    ("“Was it a penalty? “I think not,” said Ivo Marsh.",
     [("Was it a penalty? “I think not,", "Ivo Marsh")]),
    ("Ivo Marsh said: “We defended well.\n\n“Now we rest.”",
     [("We defended well.\n\n“Now we rest.", "Ivo Marsh")]),
    # a closed quote followed by a new quote of another speaker: two quotes
    ('"We defended well," said Mara Lind. "Now we rest," said Ivo Marsh.',
     [("We defended well,", "Mara Lind"), ("Now we rest,", "Ivo Marsh")]),
    ("“We defended well,” said Mara Lind. “Now we rest,” said Ivo Marsh.",
     [("We defended well,", "Mara Lind"), ("Now we rest,", "Ivo Marsh")]),
])
def test_run_on_quotations(text, expected):
    assert _direct(text) == expected


@pytest.mark.parametrize("text, pieces", [
    # a new opening mark right after a closing one opens a quotation of its own
    ('"We defended well." "Now we rest."', ["We defended well.", "Now we rest."]),
    ("“We defended well.” “Now we rest.”", ["We defended well.", "Now we rest."]),
    # no finished sentence before the new mark: not a run-on
    ('He called it "a tough "night" for all.', None),
    # the pieces of a run-on are kept as its segments (what the reader highlights)
    ('"We defended well. "Now we rest."', ['We defended well. "Now we rest.']),
])
def test_run_on_marks(text, pieces):
    article = article_from_text(text, title="Test")
    found = find_quotations(article)
    if pieces is None:
        assert not any(". " in article.text[q.start:q.end] for q in found)
        return
    assert [article.text[q.start:q.end] for q in found] == pieces


def test_run_on_segments_leave_out_the_reopening_mark():
    article = article_from_text('"We defended well. "Now we rest."', title="Test")
    (q,) = find_quotations(article)
    assert [article.text[s:e] for s, e in q.segments] == ["We defended well.", "Now we rest."]
