"""Jobs in a team or with a hyphen before a name. A hyphenated job is one role, whole ("Harlow scrum-half Tom Vesey" was the
role "half": the walk back from the name stopped at the hyphen and dropped the first part).
Invented sentences."""
import pytest

from desktop.analysis import analyze
from desktop.article import article_from_text


def roles_of(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.subject) for f in analyze(article_from_text(text, "T")).facts if f.kind == "role"]


@pytest.mark.parametrize("text, role, holder", [
    ("Harlow scrum-half Tom Vesey keeps his place.", "Harlow scrum-half", "person:tom-vesey"),
    ("Harlow fly-half Ian Rolle kicked six penalties.", "Harlow fly-half", "person:ian-rolle"),
    ("Scrum-half Tom Vesey keeps his place.", "Scrum-half", "person:tom-vesey"),
    ("Brennan co-founder Lisa Marr spoke at the launch.", "Brennan co-founder", "person:lisa-marr"),
    # unchanged: a job in one word, and a hyphenated one with nothing before it in the sentence
    ("Harlow striker Tom Vesey keeps his place.", "Harlow striker", "person:tom-vesey"),
    ("The club said full-back Ed Marl had signed.", "full-back", "person:ed-marl"),
])
def test_a_hyphenated_job_before_a_name_is_one_role(text, role, holder):
    found = roles_of(text)
    assert (role, holder) in found, found
    assert not any(r in ("half", "founder") for r, _ in found), found


@pytest.mark.parametrize("text, role, holder", [
    ("Prop Dan Kerrow and lock Sam Pellit were both called up.", "lock", "person:sam-pellit"),
    ("Prop Dan Kerrow, lock Sam Pellit and flanker Joe Brannock return.", "lock", "person:sam-pellit"),
    ("Kestrel's 19-year-old centre Ian Rolle makes his debut.", "centre", "person:ian-rolle"),
])
def test_a_team_position_in_a_list_or_after_an_age_is_a_role(text, role, holder):
    found = roles_of(text)
    assert (role, holder) in found, found


@pytest.mark.parametrize("text", [
    "The west wing Tom Vesey built is open to visitors.",  # a building's wing
    "They will lock Sam Pellit out of the talks.",  # the verb
    "The shops in the city centre Ian Rolle owns were closed.",  # the middle of a town
])
def test_a_position_word_that_is_no_position_gives_no_role(text):
    assert roles_of(text) == [], roles_of(text)
