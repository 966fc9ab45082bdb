"""Folding text for search hits: the fast paths give exactly what folding each character does."""
import unicodedata

from hypothesis import given, settings, strategies as st

from desktop.search import find_hits, fold_with_offsets


# Letters NFKD leaves whole, spelled as people type them without the key ("begrussen" finds
# "begrüßen"): the search's folding promises these.
TYPED_AS = {"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "þ": "th", "ı": "i"}


def fold_each_character(text: str):
    out, where = [], []
    for i, ch in enumerate(text):
        for part in unicodedata.normalize("NFKD", ch):
            if not unicodedata.combining(part):
                for low in part.lower():
                    for plain in TYPED_AS.get(low, low):
                        out.append(plain)
                        where.append(i)
    return "".join(out), where


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("aZ é\u0301ÅßİﬁΣ\n\"“Zoë-9ÆøŁı"), max_size=60) | st.text(max_size=60))
def test_folding_matches_character_by_character(text):
    folded, where = fold_with_offsets(text)
    expected, expected_where = fold_each_character(text)
    assert folded == expected and list(where) == expected_where


def test_hits_in_plain_and_accented_text():
    assert find_hits("Zoë met ZOE and zoetrope", ["zoe"]) == [(0, 3), (8, 11), (16, 24)]
    assert find_hits("The Council said", ["council"]) == [(4, 11)]
