"""The actor rules' per-document gates (issue 18/19 speed work): a rule that needs a trigger word
skips its per-name tests when the word is nowhere in the text. A gate must never change an
answer: each table below has the trigger present (the rule still fires) and absent or beside
the point (the name stays an actor). Every name and sentence is invented."""
import pytest

from desktop.analysis import analyze, arrays
from desktop.analysis.actors.bounds import _single_letters
from desktop.analysis.model import load_pipeline
from desktop.article import article_from_text


def actor_names(text: str) -> set[str]:
    return {a.name for a in analyze(article_from_text(text, "T")).actors}


@pytest.mark.parametrize(
    "text, present, absent",
    [
        # THING_CLASSIFIERS in apposition ("a bracelet"): classed_as_a_thing still reads the parse
        ("Ola Brandt showed the Quillband, a bracelet which counts steps, to the press.", ["Ola Brandt"], ["Quillband"]),
        # a making verb ("developed by"): made_by
        ("Tarvex, developed by engineers at Norvik, was shown by Ola Brandt on Monday.", ["Ola Brandt"], ["Tarvex"]),
        # a move in points: a_market_index
        ("The Harbex fell 120 points on Monday, said analyst Ola Brandt.", ["Ola Brandt"], ["Harbex"]),
        # a scheme noun: a_scheme
        ("Ola Brandt praised the Child Savings Bond scheme on Monday.", ["Ola Brandt"], ["Child Savings Bond"]),
        # no trigger word at all: the company and the person stay
        ("Norvik hired Ola Brandt on Monday, and Quillmart said it would follow.", ["Ola Brandt", "Norvik"], []),
    ],
)
def test_rules_behind_a_gate_still_fire(text, present, absent):
    names = actor_names(text)
    for name in present:
        assert name in names, (name, names)
    for name in absent:
        assert not any(name in n for n in names), (name, names)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("E & W", True),
        ("(E & W)", False),  # the brackets belong to the words
        ("E&W", True),
        ("A B", True),
        ("X", True),
        ("A\u00a0B", True),  # a no-break space splits words too
        ("& B", True),
        ("AB", False),
        ("A BC", False),
        ("Ann Lee", False),
        (" AB", False),
    ],
)
def test_single_letters_matches_the_plain_test(text, expected):
    plain = all(len(w) == 1 for w in text.replace("&", " ").split())
    assert plain == expected
    assert _single_letters(text) == plain


@pytest.mark.parametrize(
    "text, words, expected",
    [
        ("The Lords voted on Tuesday.", frozenset({"lords"}), True),
        ("The Lords voted on Tuesday.", frozenset({"commons", "chamber"}), False),
        ("A storm hit the coast.", frozenset({"storm", "hurricane"}), True),
    ],
)
def test_has_lower_and_has_text(text, words, expected):
    doc = load_pipeline()(text)
    with arrays.reading(doc) as shared:
        assert shared.has_lower(words) is expected
        assert shared.has_lower(words) is expected  # the memo's answer is the same
        assert shared.has_text(frozenset(w.title() for w in words)) == any(t.text.lower() in words and t.is_title
                                                                          for t in doc)
