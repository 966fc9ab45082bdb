"""Issue 18, kind 1: "they"/"it" for an organisation after a sentence that reports its words.
"Harbour Bank said profits fell. They blamed …": the subject of the reported clause ("profits")
is what was said, not who speaks next, and a plural noun is never "it". Every sentence here is
invented."""
import pytest

from tests.test_pronoun_passive_agent import speakers


@pytest.mark.parametrize("text, quote, expected", [
    ('Harbour Bank said profits fell. They blamed "a weak housing market".', "a weak housing market",
     "Harbour Bank"),
    ('Harbour Bank said on Monday that sales of new homes slowed. "We expect a hard winter," they added.',
     "We expect a hard winter,", "Harbour Bank"),
    ('The Green Party said voters were angry. "People feel betrayed," they said.', "People feel betrayed,",
     "Green Party"),
    ('Kestrel Airways said its pilots had voted to strike.\n\nIt called the vote "deeply regrettable".',
     "deeply regrettable", "Kestrel Airways"),
])
def test_the_subject_of_what_a_body_said_is_not_its_pronoun(text, quote, expected):
    assert speakers(text)[quote] == expected


@pytest.mark.parametrize("text, quote, not_expected", [
    # a plural subject of a main clause still stops "they" (the protesters may be who speaks)
    ('Harbour Bank closed two branches. The protesters marched to the bank. "We are not leaving," they '
     'said.', "We are not leaving,", "Harbour Bank"),
])
def test_a_plural_main_subject_still_blocks_they(text, quote, not_expected):
    assert speakers(text)[quote] != not_expected
