"""Issue 19, sixth pass: roles written after a name, after "as", between dashes, behind a
possessive, and public offices wherever they stand. Every row is a sentence written for this
test (never corpus text)."""
import pytest

from desktop.analysis import analyze
from desktop.article import article_from_text


def roles_of(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.subject) for f in analyze(article_from_text(text, "T", date="2024-06-12")).facts
            if f.kind == "role"]


def role_texts(text: str) -> list[str]:
    return [t for t, _ in roles_of(text)]


# ------------------------------------------------------------------ offices after a name
@pytest.mark.parametrize("text, person", [
    ("Ann Marlow QC resigned when the ministry ignored the ruling.", "person:ann-marlow"),
    ("The panel will hear from Ned Corrie KC on Monday.", "person:ned-corrie"),
    ("Others who may follow include Rhona Blake QC, Tom Dale and Ivo Grant.", "person:rhona-blake"),
])
def test_an_office_written_after_the_name_is_a_role(text, person):
    roles = roles_of(text)
    assert any(t in ("QC", "KC") and who == person for t, who in roles), roles


def test_capitals_after_a_name_that_are_no_office_give_no_role():
    assert not role_texts("Tom Dale OK'd the plan on Friday.")


# ------------------------------------------------------------------ "as" after a name
@pytest.mark.parametrize("text, role, person", [
    ("The film was first announced in 2011, with actor Tom Reyes in the lead and Hal Dunmore as director.",
     "director", "person:hal-dunmore"),
    ("The club hired Ada Quill as head coach in May.", "head coach", "person:ada-quill"),
    ("Ministers named Ivo Grant as chairman of the new board.", "chairman of the new board", "person:ivo-grant"),
])
def test_a_job_after_as_right_after_a_name_is_that_person_s(text, role, person):
    assert any(role in t and who == person for t, who in roles_of(text)), roles_of(text)


@pytest.mark.parametrize("text", [
    "The film, starring Ann Lee as a detective, opens in May.",
    "The new series casts Tom Reyes as a nurse.",
    "Critics saw Ann Lee as a threat to the plan.",
])
def test_a_part_played_or_no_job_after_as_is_no_role(text):
    assert not role_texts(text)


# ------------------------------------------------------------------ between dashes
@pytest.mark.parametrize("text, role, person", [
    ("As well as replacing Vale with Dunmore - the director behind Red Harbour and Cold Tide - the studio recast it.",
     "the director behind Red Harbour and Cold Tide", "person:dunmore"),
    ("The deal was signed by Rhona Blake – the lawyer for both families – on Friday.",
     "the lawyer for both families", "person:rhona-blake"),
])
def test_a_description_between_dashes_after_a_name_is_a_role(text, role, person):
    assert (role, person) in roles_of(text)


def test_an_aside_with_a_verb_between_dashes_is_no_role():
    text = "The deal was signed by Rhona Blake - the lawyer had flown in that morning - on Friday."
    assert not [t for t in role_texts(text) if "lawyer" in t]


# ------------------------------------------------------------------ possessives and offices anywhere
@pytest.mark.parametrize("text, role", [
    ("Burglaries may rise over the winter, Norland's most senior police officer warned.",
     "Norland's most senior police officer"),
    ('Pressed on the figures, the prime minister\'s official spokesman told reporters: "We take it seriously."',
     "prime minister's official spokesman"),
    ("The council's chief engineer said the road would close.", "council's chief engineer"),
])
def test_a_job_behind_a_possessive_as_a_speaker_is_a_role(text, role):
    assert role in role_texts(text)


@pytest.mark.parametrize("text, role", [
    ("Critics fear that the home secretary, not the courts, will choose.", "home secretary"),
    ("Officials in Norland found nothing to back the President's account of the vote.", "President"),
    ("Mr Vale wrote a letter to the prime minister on Monday.", "prime minister"),
    ("The charity has asked to meet the foreign secretary.", "foreign secretary"),
])
def test_a_public_office_after_the_is_a_role_wherever_it_stands(text, role):
    assert role in role_texts(text)


@pytest.mark.parametrize("text", [
    "She handed the file to the secretary before noon.",  # a secretary of no department
    "The bus was stopped near the border and their coach searched.",
    "Officials found nothing to back the teacher's account of the day.",
])
def test_no_office_no_role(text):
    assert not role_texts(text)


@pytest.mark.parametrize("text, role", [
    ("The board said explanations from the two riders and their former coach were not enough.", "former coach"),
    ("Police want to speak to her former lawyer about the money.", "former lawyer"),
])
def test_a_former_job_behind_a_possessive_is_a_role(text, role):
    assert role in role_texts(text)


# ------------------------------------------------------------------ medallists, and a job read as a verb
@pytest.mark.parametrize("text, role, person", [
    ("Kallis and Moreau, the women's 400m bronze medallist from the same Games, face a hearing.",
     "the women's 400m bronze medallist from the same Games", "person:moreau"),
    ('"I am pleased with that," Dunmore coach Geoff Ingle said.', "Dunmore coach", "person:geoff-ingle"),
])
def test_medallists_and_club_coaches_are_roles(text, role, person):
    assert (role, person) in roles_of(text)


def test_coach_as_a_verb_before_a_name_is_no_role():
    assert not role_texts("The club wants to coach Tom Reyes for another year.")


# ------------------------------------------------------------------ titles won a number of times; an office of a place
@pytest.mark.parametrize("text, role", [
    ("With the league she was a three-time Queen of the Ring champion and a one-time Tag champion.",
     "a three-time Queen of the Ring champion"),
    ("With the league she was a three-time Queen of the Ring champion and a one-time Tag champion.",
     "a one-time Tag champion"),
    ("Ada Vale, the two-time world champion, retired on Friday.", "the two-time world champion"),
    ("The 5-time marathon winner will run again in April.", "The 5-time marathon winner"),
])
def test_a_title_won_a_number_of_times_is_a_role(text, role):
    assert role in role_texts(text)


def test_a_number_of_times_with_no_title_is_no_role():
    assert not role_texts("The ferry made a two-time crossing of the bay on Friday.")


@pytest.mark.parametrize("text, role", [
    ("The manor was once a summer retreat for the Mayor of Dunmore before it became a hotel.", "Mayor of Dunmore"),
    ("Letters were sent to the Governor of Norland on Monday.", "Governor of Norland"),
])
def test_a_public_office_of_a_place_after_the_is_a_role(text, role):
    assert role in role_texts(text)
