"""A hyphenated job before a name is one role, whole ("Harlow scrum-half Tom Vesey" was the
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
