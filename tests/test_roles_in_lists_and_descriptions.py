"""Issue 19, roles beyond the first of a list, and a definite description that refers back to a
named person. Every row is a sentence written for this test (never corpus text)."""
import pytest

from desktop.analysis import analyze
from desktop.article import article_from_text


def roles_of(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.subject) for f in analyze(article_from_text(text, "T", date="2024-06-12")).facts
            if f.kind == "role"]


# ------------------------------------------------------------------ every job of a list
@pytest.mark.parametrize("text, jobs, person", [
    ("Tom Haldane is a novelist, critic, translator and lecturer.",
     ["novelist", "critic", "translator", "lecturer"], "person:tom-haldane"),
    ("Dr Ilse Orwen is a widely admired jazz and classical cellist, composer, performer, and university professor.",
     ["cellist", "composer", "performer", "university professor"], "person:ilse-orwen"),
    ("Ms Ilse Orwen is a celebrated folk violinist, composer, arranger, and college lecturer.",
     ["folk violinist", "composer", "arranger", "college lecturer"], "person:ilse-orwen"),
    ("Ravi Pell became a surveyor and an engineer.", ["surveyor", "engineer"], "person:ravi-pell"),
])
def test_every_job_of_a_list_predicated_of_a_person_is_a_role(text, jobs, person):
    roles = roles_of(text)
    for job in jobs:
        assert any(job in t and who == person for t, who in roles), (job, roles)


@pytest.mark.parametrize("text, absent", [
    ("Tom Haldane is a lawyer, a job he loved.", "job"),
    ("The Marlow Rooms is a jazz and blues club.", "club"),
    ("Ilse Orwen is a jazz fan and a season ticket holder.", "fan"),
])
def test_a_list_member_that_is_no_job_is_no_role(text, absent):
    assert not any(absent in t for t, _ in roles_of(text)), roles_of(text)


def test_a_predicate_of_standing_in_no_list_is_no_role():
    assert not roles_of("Lena Marsh is the hot favourite to win the title.")


# ------------------------------------------------------------------ "the writer" after a name
@pytest.mark.parametrize("text, job, person", [
    ("Ann Lee wrote six novels about airports. The writer was known for her careful research.",
     "writer", "person:ann-lee"),
    ("Tom Brine scored twice on Saturday. The striker later said he was tired.", "striker", "person:tom-brine"),
    ("Tom Brine scored twice. He was delighted. The young striker hit the post later.",
     "young striker", "person:tom-brine"),
    ("Ivo Grant says the studio system is changing. The veteran director urged students to seek power.",
     "veteran director", "person:ivo-grant"),
])
def test_a_described_subject_after_a_named_one_is_that_person_s_role(text, job, person):
    roles = roles_of(text)
    assert any(t == job and who == person for t, who in roles), roles


@pytest.mark.parametrize("text, job", [
    ("Ann Lee was hit by a car on Monday. The driver stopped at once.", "driver"),  # acted on: no agent
    ("Ann Lee read the note aloud. The writer of the letter was never found.", "writer"),  # which writer
    ("Tom Brine missed a chance. Rovers took the lead through Vance. The defender ran forward.", "defender"),
    ("A spokesman for the club spoke first. Tom Brine left early. The spokesman added more.", "spokesman"),
])
def test_a_description_that_does_not_refer_back_to_the_named_person_is_not_theirs(text, job):
    assert not any(t == job and who is not None for t, who in roles_of(text)), roles_of(text)
