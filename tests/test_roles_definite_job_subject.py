"""Issue 19: a definite noun phrase headed by a job noun, the subject of a clause after the text
has named a person, describes a person by their job ("… The guitarist said"), even where the
sentence before is about something else. Every row is a sentence written for this test (never
corpus text)."""
import pytest

from desktop.analysis import analyze
from desktop.article import article_from_text


def role_texts(text: str) -> list[str]:
    return [f.value for f in analyze(article_from_text(text, "T", date="2024-06-12")).facts if f.kind == "role"]


@pytest.mark.parametrize("text, role", [
    ("Rhys Calder played his first concert in Leeds in 1979. Fans queued at the hall on Sunday. "
     "The guitarist said he would tour again.", "guitarist"),
    ("Mara Quint will open the festival. Tickets sold out in an hour. The pop star is due to arrive on Friday.",
     "pop star"),
    ("Dana Ross beat Ivana Petrova in two sets. The seventh seed will next play in Rome.", "seventh seed"),
    ("Oleg Ivanov was hurt in the town. Windows were broken. The constable was suspended on Monday.", "constable"),
    ("Lena Varga filed the story from the border. Her editor praised it. The freelancer was later detained.",
     "freelancer"),
])
def test_a_definite_job_as_a_subject_after_a_person_is_named_is_a_role(text, role):
    assert role in role_texts(text), role_texts(text)


@pytest.mark.parametrize("text", [
    "Ann Lee was at the ground. The match was abandoned after an hour.",
    "Ann Lee read it twice. The report was published on Monday.",
    "Ann Lee stayed at home. Cars queued on the bridge. The injured driver was taken to hospital.",  # what befell
    "Ann Lee stayed at home. Cars queued on the bridge. The driver of the van was not hurt.",  # which one
    "Ticket sales rose. The guitarist will tour again in May.",  # nobody named before
    "Ann Lee moved to Lisbon. The lender said rates would rise.",            # a firm as often as a person
    "Ann Lee met the band. The guitarists said they would tour again.",      # a group
])
def test_a_thing_what_befell_a_complement_or_no_one_named_is_no_such_role(text):
    assert not role_texts(text), role_texts(text)
