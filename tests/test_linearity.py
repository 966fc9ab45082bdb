"""Hostile text must not make the analysis blow up (issue 21 items 5 and 6). These are
watchdogs for runaway (quadratic) cost, not speed tests: benchmarks/linearity.py measures
the growth per doubling. The limits are minutes, for a busy 2-core CI machine."""
import threading

import pytest

import desktop.analysis as analysis
from desktop.analysis import analyze
from desktop.article import article_from_text

WATCHDOG_SECONDS = 180


def analyse_with_watchdog(article):
    result: list = []
    worker = threading.Thread(target=lambda: result.append(analyze(article)), daemon=True)
    worker.start()
    worker.join(WATCHDOG_SECONDS)
    assert not worker.is_alive(), f"analysis still running after {WATCHDOG_SECONDS} s"
    assert result, "the analysis raised (see the thread's traceback above)"
    return result[0]


def test_entity_soup_does_not_blow_up():
    # Issue 21: 30 KB of this took 42 s in the name rules, growing with the square of the
    # size; this 63 KB would take ~6 minutes. Now it is a few seconds, mostly spaCy's parse.
    article = article_from_text("&<>&&\u00a0\u2026" * 9000, "soup")
    result = analyse_with_watchdog(article)
    for actor in result.actors:
        for m in actor.mentions:
            assert article.text[m.start:m.end] == m.text


def test_quotes_past_the_analysis_limit_are_cheap_and_not_reported(monkeypatch):
    paragraphs = [f'"Statement number {i} stands," said Speaker{i % 7} Person.' for i in range(1200)]
    text = "\n\n".join(paragraphs)
    monkeypatch.setattr(analysis, "MAX_ANALYSED_CHARS", len(text) // 2)
    result = analyse_with_watchdog(article_from_text(text, "quotes"))
    assert result.analysed_chars <= len(text) // 2
    assert result.quotes and all(q.end <= result.analysed_chars for q in result.quotes)
    assert len([q for q in result.quotes if q.kind == "direct"]) >= 500  # the analysed half still counts
    assert result.notices  # the reader is told the rest was not analysed


@pytest.mark.parametrize("text", [
    "The World Health Organization (WHO " * 400,  # brackets that never close
    ", ".join(f"Anna{i}x Berg{i}y" for i in range(600)) + " said it.",  # one long list of names
])
def test_long_name_like_runs_do_not_blow_up(text):
    article = article_from_text(text, "names")
    result = analyse_with_watchdog(article)
    for actor in result.actors:
        for m in actor.mentions:
            assert article.text[m.start:m.end] == m.text
