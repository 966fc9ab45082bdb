"""What an opened search hit marks (core, no Qt): a speaker: search marks what the person
said, not their name; other searches mark their words."""
import pytest

from desktop.search import Hit, hit_marks, parse_query

TEXT = ('Reid spoke first. "We oppose it," Reid said. He said his party would vote "against it" '
        'on Monday. Nwosu said "Reid is wrong".')


def _hit(fragment: str, kind: str = "quote", article: str = "a") -> Hit:
    start = TEXT.index(fragment)
    return Hit(article, "Title", kind, start, start + len(fragment), fragment, "Thomas Reid", 1.0)


QUOTE = _hit("We oppose it,")
REPORTED = _hit('his party would vote "against it" on Monday', "reported")
NESTED = _hit("against it")
OTHER_ARTICLE = _hit("Reid is wrong", article="b")


def _texts(spans):
    return [TEXT[a:b] for a, b in spans]


@pytest.mark.parametrize("query, hit, hits, marked, first", [
    # speaker: alone: the speech is the hit; every speech hit in this article, the opened one first
    ("speaker:Reid", QUOTE, [QUOTE, REPORTED, OTHER_ARTICLE], ["We oppose it,", REPORTED.snippet], 0),
    ("speaker:Reid", REPORTED, [QUOTE, REPORTED], ["We oppose it,", REPORTED.snippet], 1),
    # a quote nested in a reported statement: the one opened is the one shown
    ("speaker:Reid", NESTED, [REPORTED, NESTED], [REPORTED.snippet, "against it"], 1),
    ('speaker:"Thomas Reid"', QUOTE, [QUOTE], ["We oppose it,"], 0),
    # with words too: those words inside the speech (not where the text elsewhere has them)
    ("speaker:Reid oppose", QUOTE, [QUOTE], ["oppose"], 0),
    ("speaker:Reid Monday", REPORTED, [QUOTE, REPORTED], ["Monday"], 0),
    # words no speech holds: the speech itself
    ("speaker:Reid spoke", QUOTE, [QUOTE], ["We oppose it,"], 0),
    # not a speaker: search: the words, as before (actor: marks the name: it is the mention)
    ("actor:Reid", QUOTE, [QUOTE], ["Reid", "Reid", "Reid"], None),
    ("oppose", QUOTE, [QUOTE], ["oppose"], 0),
])
def test_hit_marks(query, hit, hits, marked, first):
    parsed = parse_query(query, prefix_last=False)
    spans, shown = hit_marks(TEXT, hit, hits, parsed.terms, parsed.speakers)
    assert _texts(spans) == marked
    assert shown == first


def test_speaker_values_are_speakers_not_words_to_mark():
    parsed = parse_query('speaker:"Thomas Reid" budget', prefix_last=False)
    assert parsed.speakers == ["Thomas Reid"] and parsed.terms == ["budget"]
    assert 'speaker : "Thomas Reid"' in parsed.match  # still what the index is asked


def _quote(fragment, speaker, kind="direct"):
    from desktop.analysis.types import Quote, Speaker

    start = TEXT.index(fragment)
    at = TEXT.index(speaker) if speaker else None
    who = Speaker(speaker, speaker.lower() if speaker else None, at, at + len(speaker) if speaker else None)
    return Quote(fragment, start, start + len(fragment), fragment, kind, False, who, "said", (0, 0))


REID_SAID = _quote("We oppose it,", "Reid said")
HE_REPORTED = _quote('his party would vote "against it" on Monday', "He", "reported")
NWOSU_QUOTED = _quote("against it", "Nwosu")  # as if Nwosu's words sat inside what he reported
UNKNOWN = _quote("Reid is wrong", None)
QUOTES = [REID_SAID, HE_REPORTED, NWOSU_QUOTED, UNKNOWN]


@pytest.mark.parametrize("spans, speakers", [
    ([(REID_SAID.start, REID_SAID.end)], ["Reid said"]),
    ([(HE_REPORTED.start, HE_REPORTED.end)], ["He"]),
    # the innermost quote holding a span decides: not the reported statement around it
    ([(NWOSU_QUOTED.start, NWOSU_QUOTED.end)], ["Nwosu"]),
    ([(TEXT.index("Monday"), TEXT.index("Monday") + 6)], ["He"]),
    # each mention once, in text order; a span no quote holds and an unknown speaker give nothing
    ([(HE_REPORTED.start, HE_REPORTED.end), (REID_SAID.start, REID_SAID.end), (REID_SAID.start, REID_SAID.start + 2)],
     ["Reid said", "He"]),
    ([(0, 4)], []),
    ([(UNKNOWN.start, UNKNOWN.end)], []),
])
def test_speakers_of_spans(spans, speakers):
    from desktop.search import speakers_of_spans

    assert [TEXT[a:b] for a, b, _ in speakers_of_spans(QUOTES, spans)] == speakers
