"""Issue 19, the heldout23 round (2026-12-02): error kinds seen on heldout23 and checked on two
unseen corpus samples. Every sentence and name here is invented."""
import pytest

from desktop.analysis import analyze
from desktop.article import article_from_text


def actors(text: str) -> dict[str, str]:
    return {a.name: a.type for a in analyze(article_from_text(text, "T")).actors}


@pytest.mark.parametrize(
    "text, name",
    [
        # after a word for a legislator or a seat, "A and B" is one constituency
        ("The former Labour MP for Hammersmith and Fulham died after a long illness.", "Hammersmith and Fulham"),
        ("She was replaced as the member for Tatton and Knutsford by a younger rival.", "Tatton and Knutsford"),
        ("He held the seat of Bexley and Sidcup for twenty years.", "Bexley and Sidcup"),
        ("The MP for Ross, Skye and Lochaber said the ferry must stay.", "Ross, Skye and Lochaber"),
        ("Voters chose a new MSP for Caithness and Sutherland on Thursday.", "Caithness and Sutherland"),
    ],
)
def test_a_constituency_named_a_and_b_is_one_place(text, name):
    found = actors(text)
    assert found.get(name) == "place", found


@pytest.mark.parametrize(
    "text, absent",
    [
        # negatives: no legislator before the pair; a person after "and"
        ("Apples and pears were on sale in Kensington and Chelsea.", "Kensington and Chelsea"),
        ("The MP for Hexham and Ann Rigg met the minister on Monday.", "Hexham and Ann Rigg"),
        ("I am for Leeds and Bradford, he joked.", "Leeds and Bradford"),
    ],
)
def test_no_constituency_without_its_cue(text, absent):
    assert absent not in actors(text)
