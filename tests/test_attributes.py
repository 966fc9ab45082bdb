"""The array attribute ruler gives exactly spaCy's attribute ruler's token attributes.

The whole corpus is compared by benchmarks/attribute_ruler_check.py; here, sentences written
for the purpose, each aimed at one kind of rule of the English model's ruler (the tag map,
word exceptions, two-token patterns, tests on the dependency label, whitespace tokens).
"""
from __future__ import annotations

import numpy
import pytest

from desktop.analysis.model import ModelUnavailable

ATTRS = ["ORTH", "TAG", "POS", "MORPH", "LEMMA", "DEP", "HEAD", "SENT_START", "ENT_IOB", "ENT_TYPE"]

TEXTS = [
    # Tag map: every common tag, with a figure, a date and names.
    "The mayor of Tarnwick, Ilse Romero, said on Tuesday that the council would spend $4.2 million "
    "on 37 new buses by 2027.",
    # Pronouns, possessives and reflexives; "her" both ways; "that" as determiner and relative.
    "She told me that she had seen him herself, and that her brother's dog was hers. "
    "We asked them whether they could do it themselves; that plan is ours, not yours.",
    # Auxiliaries and contractions: "'s", "'re", "'m", "'d", "n't", "ain't", modals.
    "It's raining, you're late and I'm tired. He'd said he wouldn't go, but it ain't over. "
    "They've been waiting; she has gone; did you do it? We don't, can't and won't.",
    # Two-token exceptions and colloquial forms.
    "I'm gonna tell y'all what we gotta do: let's go, c'mon, doin' nothin' with 'em.",
    # Expletive "there", "but" as an adverb, subordinators, "once".
    "There is no doubt, but there were problems once. If it rains, although it may, we stay "
    "because we promised, whether or not anyone comes. Everything was but a dream.",
    # Whitespace tokens: paragraph breaks, doubled spaces, a tab.
    "First line.\n\nSecond  paragraph with\ttab.\n \nThird one ends here.   ",
    # Headline style and quotes.
    "\u201cWe will not back down,\u201d said Councillor Amara Osei-Bonsu. \u201cNever.\u201d",
    "",
    "Hello",
]


@pytest.fixture(scope="module")
def pipelines():
    from desktop.analysis.model import _load, load_pipeline

    try:
        # The app's own shared pipeline (loaded once per process; no test changes it) against a
        # new one with spaCy's ruler: one model load fewer than two new pipelines.
        stock, array = _load(array_attributes=False), load_pipeline()
    except ModelUnavailable as exc:
        pytest.skip(f"the language model is not installed ({exc})")
    return stock, array


def test_the_array_ruler_is_in_the_app_pipeline(pipelines):
    _stock, array = pipelines
    assert "array_attribute_ruler" in array.pipe_names
    assert "attribute_ruler" not in array.pipe_names


@pytest.mark.parametrize("text", TEXTS)
def test_token_attributes_equal_spacys_attribute_ruler(pipelines, text):
    stock, array = pipelines
    a, b = stock(text), array(text)
    ta, tb = a.to_array(ATTRS), b.to_array(ATTRS)
    assert ta.shape == tb.shape
    different = numpy.flatnonzero((ta != tb).any(axis=1)) if len(ta) else []
    assert not len(different), [(a[i].text, a[i].pos_, str(a[i].morph), a[i].lemma_, b[i].pos_, str(b[i].morph),
                                 b[i].lemma_) for i in different]
    # The rules did fire: parts of speech and morphology are set (an empty text has no tokens).
    if len(a) > 3:
        assert all(t.pos_ for t in b) and any(str(t.morph) for t in b)


def test_same_result_through_pipe_in_batches(pipelines):
    stock, array = pipelines
    for a, b in zip(stock.pipe(TEXTS, batch_size=3), array.pipe(TEXTS, batch_size=3)):
        assert (a.to_array(ATTRS) == b.to_array(ATTRS)).all()


def test_a_ruler_it_cannot_reproduce_is_left_in_place():
    spacy = pytest.importorskip("spacy")
    from desktop.analysis.attributes import replace_attribute_ruler

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "who", "OP": "+"}]], {"POS": "PRON"})  # an operator: not compiled
    assert replace_attribute_ruler(nlp) is False
    assert nlp.pipe_names == ["attribute_ruler"]


def test_a_small_ruler_of_our_own_matches_spacy():
    """Rule order, target index, IN / NOT_IN / REGEX and a later rule overwriting an earlier
    one, on a blank pipeline (no model needed)."""
    spacy = pytest.importorskip("spacy")
    from desktop.analysis.attributes import ArrayAttributeRuler

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": {"IN": ["red", "blue"]}}]], {"POS": "ADJ", "MORPH": "Degree=Pos"})
    ruler.add([[{"LOWER": "blue"}]], {"POS": "PROPN"})  # later: overwrites POS only
    ruler.add([[{"LOWER": "big"}, {"LOWER": {"REGEX": "^ca[rt]s?$"}}]], {"LEMMA": "vehicle"}, index=-1)
    ruler.add([[{"IS_SPACE": True}]], {"POS": "SPACE", "TAG": "_SP"})
    ruler.add([[{"LOWER": {"NOT_IN": ["red", "blue", "big", "car", "cat"]}, "IS_SPACE": False}]], {"POS": "X"})
    text = "Red car , blue cat and a big car  near big cats\n\nBig dog"
    expected = nlp(text)
    ours = ArrayAttributeRuler(ruler)(nlp.make_doc(text))
    attrs = ["POS", "TAG", "MORPH", "LEMMA"]
    assert (expected.to_array(attrs) == ours.to_array(attrs)).all()
    assert [t.pos_ for t in ours][:4] == ["ADJ", "", "X", "PROPN"]  # "car": no rule applies
    assert str(ours[3].morph) == "Degree=Pos"
    assert [t.lemma_ for t in ours if t.lemma_] == ["vehicle", "vehicle"]  # "cats" too; not "Big dog"


@pytest.mark.parametrize("attr", ["LOWER", "DEP", "TAG", "ORTH", "ENT_TYPE"])
def test_tokens_where_finds_what_a_scan_of_every_token_finds(pipelines, attr):
    """The rules pick tokens on the Doc's arrays (desktop/analysis/arrays.py): for every value
    of the attribute in the text, the same tokens as a scan of every token."""
    from desktop.analysis.arrays import tokens_where

    _stock, array = pipelines
    doc = array(" ".join(TEXTS))
    name = attr.lower() + "_"
    values = {getattr(t, name) for t in doc}
    for value in values | {"absent-word"}:
        assert [t.i for t in tokens_where(doc, attr, {value})] == [t.i for t in doc if getattr(t, name) == value], value
    some = sorted(values)[::3]
    assert [t.i for t in tokens_where(doc, attr, some)] == [t.i for t in doc if getattr(t, name) in some]
    assert tokens_where(array(""), attr, some) == []


def test_doc_arrays_equal_the_tokens_attributes(pipelines):
    """The rules read words, tags, labels and heads off plain lists (DocArrays): each list is
    the tokens' own attribute, token by token, whitespace tokens and the empty doc included."""
    from desktop.analysis.arrays import DocArrays

    _stock, array = pipelines
    for doc in (array(" ".join(TEXTS)), array(TEXTS[5]), array("")):
        arrays = DocArrays(doc)
        assert arrays.texts() == [t.text for t in doc]
        assert arrays.lowers() == [t.lower_ for t in doc]
        assert arrays.tags() == [t.tag_ for t in doc]
        assert arrays.poses() == [t.pos_ for t in doc]
        assert arrays.deps() == [t.dep_ for t in doc]
        assert arrays.heads() == [t.head.i for t in doc]
        assert [arrays.sent(t.i) for t in doc] == [t.sent for t in doc]


def test_expand_bounds_is_char_span_expanded(pipelines):
    """DocArrays.expand_bounds gives the tokens of `doc.char_span(start, end, alignment_mode=
    "expand")` for every character range it answers (spaces, token edges and the text's end
    included), and leaves to spaCy only what is no span of one token or more."""
    from desktop.analysis.arrays import DocArrays

    _stock, array = pipelines
    doc = array(TEXTS[5] + " " + TEXTS[6])
    arrays, answered = DocArrays(doc), 0
    for start in range(-1, len(doc.text) + 2):
        for end in range(start, min(start + 14, len(doc.text) + 3)):
            bounds = arrays.expand_bounds(start, end)
            if bounds is None:
                assert not 0 <= start < end <= len(doc.text) or not len(doc.char_span(start, end, alignment_mode="expand"))
                continue
            span = doc.char_span(start, end, alignment_mode="expand")
            assert (span.start, span.end) == bounds, (start, end)
            answered += 1
    assert answered > 500
