"""Highlights snap to whole words (core, no Qt): a table of selections, written with "|" at
the selection's edges, and what they become."""
import pytest

from desktop.snapping import snap_to_words, word_at


def _span(marked: str) -> tuple[str, int, int]:
    start = marked.index("|")
    end = marked.index("|", start + 1) - 1
    return marked.replace("|", ""), start, end


@pytest.mark.parametrize("selected, snapped", [
    # whole words already: unchanged
    ("The |budget for the people| keeps.", "The |budget for the people| keeps."),
    # mid-word at either edge or both: out to the word's edges, no further
    ("The bud|get for the peo|ple keeps.", "The |budget for the people| keeps."),
    ("The |budget for the peo|ple, it said.", "The |budget for the people|, it said."),
    ("one wo|r|d here", "one |word| here"),
    # the punctuation after a word is not swallowed when the word is completed
    ("the |country runn|ing.", "the |country running|."),
    ("were “|reviewing their pl|ans” for", "were “|reviewing their plans|” for"),
    # ... but punctuation the user selected with a word stays
    ("were |“reviewing their plans”| for", "were |“reviewing their plans”| for"),
    ("the country |running.|", "the country |running.|"),
    # detached punctuation and white space at the edges is dropped
    ("budget|, the people| said", "budget, |the people| said"),
    ("a levy| — which banks| hate", "a levy — |which banks| hate"),
    ("the banks — |which hate it —| said", "the banks — |which hate it| — said"),
    ("  |  words  |  ", "    |words|    "),
    # joined words: apostrophes, decimals, thousands
    ("Ca|rney’s pl|an", "|Carney’s plan|"),
    ("it do|n't mat|ter", "it |don't matter|"),
    ("about 6|.2 mil|lion", "about |6.2 million|"),
    ("of £1,5|00 ea|ch", "of £|1,500 each|"),
    ("the U.|S pl|an", "the |U.S plan|"),
    # a hyphen or dash separates words; a quote mark is not part of a word
    ("the trade-dis|pute be|gan", "the trade-|dispute began|"),
    ("the 'pl|an' w|as", "the '|plan' was|"),
    # never across a paragraph break: a drag that began at the end of the paragraph before
    ("first paragraph.|\n\nSecond par|agraph here.", "first paragraph.\n\n|Second paragraph| here."),
    ("first parag|raph.\n\n|Second", "first |paragraph.|\n\nSecond"),
    # a selection across paragraphs keeps both, snapped at its edges
    ("first parag|raph.\n\nSec|ond", "first |paragraph.\n\nSecond|"),
    # accents and other scripts
    ("Zo|ë Bra|ndt", "|Zoë Brandt|"),
    ("Zoe\u0308|l B|x", "|Zoe\u0308l Bx|"),
    ("Сер|гей Лав|ров", "|Сергей Лавров|"),
    # punctuation alone is the user's choice: kept
    ("a — |—| b", "a — |—| b"),
])
def test_snap_to_words(selected, snapped):
    text, start, end = _span(selected)
    want_text, want_start, want_end = _span(snapped)
    assert want_text == text
    assert snap_to_words(text, start, end) == (want_start, want_end), text[start:end]


@pytest.mark.parametrize("text, start, end", [
    ("words", 2, 2),  # nothing selected
    ("a   b", 1, 4),  # white space only
    ("a\n\nb", 1, 3),  # a paragraph break only
])
def test_nothing_to_highlight(text, start, end):
    assert snap_to_words(text, start, end) is None


def test_offsets_out_of_range_are_clamped():
    assert snap_to_words("one two", -5, 99) == (0, 7)


@pytest.mark.parametrize("text, offset, expected", [
    ("budget", 3, (0, 6)), ("budget", 0, None), ("budget", 6, None),
    ("a, b", 1, None), ("a, b", 2, None), ("x 6.2 y", 3, (2, 5)), ("x 6. y", 3, None),
])
def test_word_at(text, offset, expected):
    assert word_at(text, offset) == expected
