"""Gates that skip a fact rule where no match can be (a speed-up only): each must keep every
find of the rule it guards. Invented sentences."""
import pytest

from desktop.analysis import analyze, arrays
from desktop.analysis.facts import _folded, _read
from desktop.analysis.model import load_pipeline
from desktop.analysis.quantities import _SCORE, _SCORE_CORE, multiples, percentage_points, scores, times_in_units, twice
from desktop.article import article_from_text


@pytest.mark.parametrize("reader, text, finds", [
    (twice, "Sales grew twice as fast as the forecast.", True),
    (twice, "Prices there are TWICE the national average.", True),
    (twice, "Rents rose thrice that amount in a year.", True),
    (twice, "She scored twice in the second half.", False),
    (multiples, "Profits rose threefold over the decade.", True),
    (multiples, "The fund is now ten TIMES larger.", True),
    (multiples, "Exports grew 2.5-fold in a year.", True),
    (multiples, "The council met on Monday.", False),
    (percentage_points, "The rate fell by two percentage points.", True),
    (percentage_points, "Turnout was up half a Percentage-Point on the year.", True),
    (percentage_points, "Turnout rose by two points.", False),
    (times_in_units, "She won in two hours 18 minutes.", True),
    (times_in_units, "He ran it in 3 MINS 58 secs.", True),
    (times_in_units, "The winning time was 2:17:18 on a wet course.", True),
    (times_in_units, "They met for an hour on Monday.", False),
])
def test_a_gated_reader_finds_what_the_reader_finds(reader, text, finds):
    assert _read(reader, text, _folded(text)) == reader(text)
    assert bool(reader(text)) == finds


@pytest.mark.parametrize("text", [
    "Harlow beat Kestrel 3-1 on Saturday.",
    "The sides drew 2 - 2 at home.",
    "She won the final 6–4, 6–3.",
    "They lost 21-17 in the rain.",
])
def test_every_score_holds_the_core_the_gate_looks_for(text):
    found = [m.group() for m in _SCORE.finditer(text)]
    assert found
    assert all(_SCORE_CORE.search(score) for score in found)


def test_a_text_without_the_core_has_no_score():
    text = "Harlow beat Kestrel on Saturday, a long-awaited win in 2023."
    assert not _SCORE_CORE.search(text)
    assert not list(_SCORE.finditer(text))


@pytest.mark.parametrize("text", [
    "Ann Lee, the club's coach, said the team would fly to Oslo on Monday.",
    "The minister, who had been in office for two years, resigned after the vote was lost.",
    "Revenue at Acme rose 5% as the firm's chief executive, Tom Vesey, cut costs.",
])
def test_child_indices_are_the_children_spacy_gives(text):
    doc = load_pipeline()(text)
    shared = arrays.DocArrays(doc)
    for token in doc:
        assert shared.child_indices(token.i) == [c.i for c in token.children]


def roles_of(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.subject) for f in analyze(article_from_text(text, "T")).facts if f.kind == "role"]


@pytest.mark.parametrize("text, role", [
    # a job without a name in each place `_roles_by_description` reads one: a subject, an
    # object, the object of a preposition, a possessive
    ("Ann Lee won the vote in Harlow. The prime minister said she was pleased.", "prime minister"),
    ("Ann Lee won the vote in Harlow. Critics wrote to the prime minister on Monday.", "prime minister"),
    ("Ann Lee won the vote in Harlow. The prime minister's aides were pleased.", "prime minister"),
    ("Ann Lee won the vote in Harlow. Crowds cheered the prime minister.", "prime minister"),
    # and a fronted description, which the parser makes a subject or an adverbial noun ("npadvmod")
    ("A keen sailor, Ann Lee crossed the bay alone in June.", "keen sailor"),
    ("A veteran diplomat, she has served in Oslo and Rome.", "veteran diplomat"),
])
def test_descriptions_in_every_place_are_still_read(text, role):
    assert any(role in r.lower() for r, _ in roles_of(text)), roles_of(text)


@pytest.mark.parametrize("text, role, holder", [
    ("Harlow coach Tom Vesey said the team was ready.", "Harlow coach", "person:tom-vesey"),
    ("Fans cheered. Harlow coach Tom Vesey said the team was ready.", "Harlow coach", "person:tom-vesey"),
    ("“We are ready,” said Harlow coach Tom Vesey.", "Harlow coach", "person:tom-vesey"),
])
def test_a_title_before_a_name_is_read_after_punctuation_before_it(text, role, holder):
    assert (role, holder) in roles_of(text), roles_of(text)


@pytest.mark.parametrize("text", [
    "The team, Tom Vesey said, was ready.",
    "“We are ready,” Tom Vesey said.",
    "(Tom Vesey was not there.)",
])
def test_no_title_for_a_name_right_after_punctuation(text):
    assert not any(holder == "person:tom-vesey" for _, holder in roles_of(text)), roles_of(text)
