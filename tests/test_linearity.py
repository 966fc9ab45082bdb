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


def _organisations(*texts: str, kind: str = "organisation"):
    from desktop.analysis.actors.candidate import Candidate

    out, at = [], 0
    for i, text in enumerate(texts):
        out.append(Candidate(at, at + len(text), text, kind, i, i + len(text.split())))
        at += len(text) + 2
    return out


LONG_NAME = "First Second Third Fourth Fifth Sixth Seventh Eighth Ninth Tenth Eleventh Twelfth Thirteenth Bank"


@pytest.mark.parametrize("texts, asked, expected", [
    (["Reserve Bank of Australia", "Bank"], "Bank", "Reserve Bank of Australia"),
    (["Reserve Bank", "Reserve Bank of Australia", "Bank"], "Bank", "Reserve Bank of Australia"),  # followed on
    (["House of Representatives"] * 3 + ["House Judiciary Committee", "House"], "House", "House of Representatives"),
    (["Supreme Court", "Court of Session", "Court"], "Court", None),  # neither stands out
    (["Watch Tower Society", "Watch Tower"], "Watch Tower", "Watch Tower Society"),
    (["North Tower Estates", "Tower"], "Tower", None),  # a word inside is no affix
    ([LONG_NAME, "Bank"], "Bank", LONG_NAME),  # more words than the index splits
    ([f"Alpha{i} of the Gamma Company" for i in range(3000)] + ["Gamma Company"], "Gamma Company", None),
    ([f"Alpha{i} of the Gamma Company" for i in range(3000)] + ["Gamma Company"], "Alpha7 of the Gamma Company", None),
])
def test_longer_form_of_an_organisation(texts, asked, expected):
    from desktop.analysis.actors.joining import _affix_index, longer_form

    others = _organisations(*texts)
    index = _affix_index(others)
    c = next(o for o in reversed(others) if o.text == asked)
    assert longer_form(c, others, index=index) == expected
    assert longer_form(c, others) == expected  # without a prebuilt index: the same answer


@pytest.mark.parametrize("texts, position, expected", [
    # "the Bank" with no name starting or ending with it: the nearest longer one named before
    (["Federal Bank Holdings", "Reserve Bank of Australia", "Bank"], 2, "Reserve Bank of Australia"),
    (["Reserve Bank of Australia", "Bank", "Federal Bank Holdings"], 1, "Reserve Bank of Australia"),
    (["Federal Bank Holdings", "Bank"], 1, "Federal Bank Holdings"),
    (["Bank", "Reserve Bank of Australia"], 0, None),  # only after it
])
def test_a_generic_word_joins_the_body_named_before_it(texts, position, expected):
    from desktop.analysis.actors.joining import longer_form_once

    others = _organisations(*texts)
    assert longer_form_once(others[position], others) == expected
