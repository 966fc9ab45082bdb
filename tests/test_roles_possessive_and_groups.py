"""Issue 19, roles found reading unseen news: a position someone holds relative to another
("his Norland counterpart", "her doubles partner", "Norland's number eight"), a job one word
names for several people listed after it ("strikers A and B"), and a description that must not
take the holder of a different job ("a Labour spokesman" after "Tory spokesman X"). Every row is
a sentence written for this test (never corpus text)."""
import pytest

from desktop.analysis import analyze
from desktop.article import article_from_text


def roles_of(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.subject) for f in analyze(article_from_text(text, "T", date="2024-06-12")).facts
            if f.kind == "role"]


# ------------------------------------------------------------------ positions relative to another
@pytest.mark.parametrize("text, job, person", [
    ("Minister Ada Vale will meet her Norland counterpart Clara Dunmore on Friday.", "counterpart",
     "person:clara-dunmore"),
    ("Tomas Ekdahl flew to Oslo to see his Danish counterpart Henrik Mollerup.", "counterpart",
     "person:henrik-mollerup"),
    ("Ivo Brandt broke clear and fed his midfield partner Mateo Ferrante for the try.", "midfield partner",
     "person:mateo-ferrante"),
    ("Rina Volk won the title with her doubles partner Greta Lindqvist last year.", "doubles partner",
     "person:greta-lindqvist"),
    ("Then Norland's number eight Gustavo Pereyra was shown a yellow card.", "number eight",
     "person:gustavo-pereyra"),
    ("Sanchez passed to the number 10 Marco Albertini, who scored.", "number 10", "person:marco-albertini"),
])
def test_a_position_relative_to_another_before_a_name_is_a_role(text, job, person):
    roles = roles_of(text)
    assert any(job in t and who == person for t, who in roles), roles


@pytest.mark.parametrize("text, absent", [
    ("She thanked her counterpart for the flowers on Monday.", "counterpart"),  # nobody named
    ("He wore number eight for most of his career.", "eight"),  # no name after it
    ("The room was number four, next to Ann Lee's office.", "four"),
])
def test_a_partner_or_a_number_that_is_no_position_is_no_role(text, absent):
    assert not any(absent in t for t, _ in roles_of(text)), roles_of(text)


# ------------------------------------------------------------------ a description of another job
@pytest.mark.parametrize("text, job", [
    ("Tory spokesman Hal Lewin said the posters were fair. A Labour spokesman later said nothing had changed.",
     "Labour spokesman"),
    ("Tory spokesman Hal Lewin said the posters were fair. The Labour spokesman said they were not.",
     "Labour spokesman"),
    ("Acme chief executive Rhona Kell spoke first. A Zenith chief executive said prices would rise.",
     "Zenith chief executive"),
])
def test_a_description_of_another_body_s_job_is_not_the_earlier_holder_s(text, job):
    roles = roles_of(text)
    assert any(job in t for t, _ in roles), roles
    assert not any(job in t and who is not None for t, who in roles), roles


@pytest.mark.parametrize("text, job, person", [
    ("Norland Prime Minister Ada Vale arrived on Monday. The prime minister said the talks went well.",
     "prime minister", "person:ada-vale"),
    ("Tory spokesman Hal Lewin spoke on Monday. The Tory spokesman said the posters were fair.",
     "Tory spokesman", "person:hal-lewin"),
])
def test_a_description_of_the_same_job_is_still_the_earlier_holder_s(text, job, person):
    roles = roles_of(text)
    assert any(t.endswith(job) and who == person for t, who in roles[1:]), roles


# ------------------------------------------------------------------ one job for several people
@pytest.mark.parametrize("text, job, people", [
    ("The coach praised defenders Tom Reyes and Ravi Pell after the match.", "defenders",
     ["person:tom-reyes", "person:ravi-pell"]),
    ("The committee heard from senators Ada Fenn, Hal Osei and Rina Volk on Monday.", "senators",
     ["person:ada-fenn", "person:hal-osei", "person:rina-volk"]),
    ("Fellow pupils Ann Lee, Tom Reyes and Ravi Pell won prizes on Monday.", "Fellow pupils",
     ["person:ann-lee", "person:tom-reyes", "person:ravi-pell"]),
    ("The hall was opened by novelists Ilse Orwen and Tom Haldane on Monday.", "novelists",
     ["person:ilse-orwen", "person:tom-haldane"]),
])
def test_a_plural_job_before_a_list_of_names_is_each_person_s_role(text, job, people):
    roles = roles_of(text)
    for person in people:
        assert (job, person) in roles, (person, roles)


@pytest.mark.parametrize("text, job, person, other", [
    # the list goes on past the plural job's people to someone it does not name
    ("Defenders Tom Reyes and Ravi Pell met manager Ann Lee.", "Defenders", "person:ravi-pell", "person:ann-lee"),
    # a singular job is the first person's only
    ("Defender Tom Reyes and Ravi Pell scored.", "Defender", "person:tom-reyes", "person:ravi-pell"),
])
def test_a_job_is_not_given_to_a_person_it_does_not_name(text, job, person, other):
    roles = roles_of(text)
    assert (job, person) in roles, roles
    assert (job, other) not in roles, roles


# ------------------------------------------------------------------ where a title before a name starts
@pytest.mark.parametrize("text, job, person, wrong", [
    ("In 1988 Tom Reyes worked as an aide to the late US Senator Edwin Marlowe.", "late US Senator",
     "person:edwin-marlowe", "aide"),
    ("She was press officer for the new Norland Prime Minister Ada Vale.", "Norland Prime Minister",
     "person:ada-vale", "officer"),
])
def test_a_determiner_opens_the_title_before_a_name(text, job, person, wrong):
    roles = roles_of(text)
    assert any(job in t and who == person for t, who in roles), roles
    assert not any(wrong in t and who == person for t, who in roles), roles


@pytest.mark.parametrize("text, job, person", [
    ("The meeting was chaired by Secretary of the Navy Ravi Pell on Monday.", "Secretary of the Navy",
     "person:ravi-pell"),  # "the" inside the title, before the job word is read
    ("The exiting governor Ann Lee appointed her deputy.", "exiting governor", "person:ann-lee"),
])
def test_a_title_with_the_inside_it_or_before_it_is_whole(text, job, person):
    assert (job, person) in roles_of(text), roles_of(text)


def test_a_job_after_of_is_the_title_itself():
    roles = roles_of("His business sense, coupled with the technical genius of founder Ravi Pell, proved a winning mix.")
    assert ("founder", "person:ravi-pell") in roles, roles
    assert not any("genius" in t for t, _ in roles), roles


# ------------------------------------------------------------------ "appointed X as …" is X's
@pytest.mark.parametrize("text, person", [
    ("Before resigning, Governor Ann Lee appointed Tom Reyes as secretary of state.", "person:tom-reyes"),
    ("Before resigning, Governor Ann Lee appointed Tomasz Wrobel as secretary of state.", None),
])
def test_a_job_given_to_a_named_object_is_never_the_subject_s(text, person):
    roles = roles_of(text)
    assert ("secretary of state", person) in roles, roles
    assert ("secretary of state", "person:ann-lee") not in roles, roles


def test_a_job_taken_by_the_subject_is_still_the_subject_s():
    roles = roles_of("Ann Lee was appointed as secretary of state in 2003.")
    assert any(t == "secretary of state" and who == "person:ann-lee" for t, who in roles), roles
