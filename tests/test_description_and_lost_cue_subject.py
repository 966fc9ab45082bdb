"""Heldout24 kinds: a definite description as the speaker ("The actor said") is the person the
text describes so, not someone named as that person's friend or lawyer, and a role naming what
someone is famous as ("film star") rules out no job noun; a name set off by commas right before a
cue the parser left without a subject ("…, her lawyer, Ann Lee, said.") is who a "he"/"she" after
it stands for; an abbreviation in capitals that spells a relative pronoun ("the WHO said") is a
name. Every sentence here is invented."""
import pytest

from tests.test_pronoun_passive_agent import speakers


@pytest.mark.parametrize("text, quote, expected", [
    # the friend named beside "the actor's" is not the actor; "stage star" names no other job
    ('Stage star Tobias Wrenfield has turned down a knighthood.\n\nThe actor\'s agent Colm Fairley told '
     'a radio station that the offer came in May. The actor refused at once, saying: "I am a player, '
     'not a knight."', "I am a player, not a knight.", "Tobias Wrenfield"),
    ('Pop star Delia Ashcombe has cancelled her tour.\n\nThe singer\'s manager Hugo Brantley said the '
     'venues were told on Friday. Later the singer said: "My voice needs a long rest."',
     "My voice needs a long rest.", "Delia Ashcombe"),
])
def test_the_described_person_is_not_someone_of_theirs(text, quote, expected):
    assert speakers(text)[quote] == expected


@pytest.mark.parametrize("text, quote, expected", [
    # the lawyer named before a subjectless "said" spoke last: "he" is him, not the client
    ('Singer Rex Holt has been sued by a stylist.\n\nThe stylist waited months to file the claim because she '
     'hoped to settle with the studios, her lawyer, Owen Marsh, said. Both studios "ignored every warning '
     'about my client\'s safety," he said.', "ignored every warning about my client's safety,", "Owen Marsh"),
])
def test_a_name_before_a_cue_left_without_subject_is_the_topic(text, quote, expected):
    assert speakers(text)[quote] == expected


@pytest.mark.parametrize("text, quote, expected", [
    ('The World Health Organisation (WHO) said 300 clinics had opened. A $5m "cash shortfall" still '
     'stood in the way of the target, the WHO said.', "cash shortfall", "World Health Organisation"),
    ('The World Health Organisation (WHO) said 300 clinics had opened. The WHO said 40 more would open '
     'by May.', "40 more would open by May", "World Health Organisation"),
])
def test_an_abbreviation_in_capitals_is_a_name_not_who(text, quote, expected):
    assert speakers(text)[quote] == expected
