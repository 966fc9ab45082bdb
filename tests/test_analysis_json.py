"""Analysis ↔ JSON is lossless: what the library stores is exactly what was analysed."""
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.analysis.types import (
    Actor, Analysis, Fact, Mention, Quote, Speaker, analysis_from_dict, analysis_to_dict,
)

offsets = st.integers(min_value=0, max_value=10**7)
span = st.tuples(offsets, offsets)
text = st.text(max_size=20)
opt_text = st.none() | text
ids = st.text(alphabet="abcdefghij0123456789:-", min_size=1, max_size=8)

mentions = st.builds(Mention, start=offsets, end=offsets, text=text, actor_id=ids, sentence=span)
actors = st.builds(Actor, id=ids, name=text, type=st.sampled_from(["person", "organisation", "place", "group"]),
                   aliases=st.lists(text, max_size=3), mentions=st.lists(mentions, max_size=3))
speakers = st.builds(Speaker, text=opt_text, actor_id=st.none() | ids, start=st.none() | offsets,
                     end=st.none() | offsets)
quotes = st.builds(Quote, id=ids, start=offsets, end=offsets, text=text,
                   kind=st.sampled_from(["direct", "reported"]), partial=st.booleans(), speaker=speakers,
                   cue=opt_text, sentence=span, segments=st.lists(span, max_size=3).map(tuple))
values = (st.none() | text | st.integers() | st.floats(allow_nan=False)
          | st.fixed_dictionaries({"amount": st.floats(allow_nan=False, allow_infinity=False),
                                   "currency": opt_text}))
facts = st.builds(Fact, kind=st.sampled_from(["role", "date", "percent", "money", "quantity"]), start=offsets,
                  end=offsets, text=text, value=values, subject=st.none() | ids, sentence=span)
analyses = st.builds(Analysis, actors=st.lists(actors, max_size=4), quotes=st.lists(quotes, max_size=4),
                     facts=st.lists(facts, max_size=4), analysed_chars=offsets, notices=st.lists(text, max_size=2))


@settings(max_examples=200, deadline=None)
@given(analyses)
def test_json_round_trip_is_lossless(analysis):
    assert Analysis.from_json(analysis.to_json()) == analysis


@given(analyses)
@settings(max_examples=50, deadline=None)
def test_dict_round_trip_is_lossless(analysis):
    assert analysis_from_dict(analysis_to_dict(analysis)) == analysis


def test_json_from_an_older_byline_loads_with_defaults():
    """A stored analysis that lacks a field added later (here Quote.segments, Speaker spans,
    Analysis.notices) still loads; the field takes its default."""
    old = ('{"actors":[],"facts":[],"analysed_chars":5,"quotes":[{"id":"q1","start":1,"end":4,"text":"abc",'
           '"kind":"direct","partial":false,"speaker":{"text":"he","actor_id":null},"cue":"said",'
           '"sentence":[0,5],"unknown_future_field":1}]}')
    analysis = Analysis.from_json(old)
    assert analysis.notices == []
    assert analysis.quotes[0].segments == () and analysis.quotes[0].speaker == Speaker("he", None)
    assert analysis.quotes[0].sentence == (0, 5)


def test_a_real_analysis_round_trips(shared_seed):
    from desktop.analysis import analyze
    from desktop.loaders import load_article

    analysis = analyze(load_article(shared_seed))
    assert analysis.quotes and analysis.actors
    assert Analysis.from_json(analysis.to_json()) == analysis
