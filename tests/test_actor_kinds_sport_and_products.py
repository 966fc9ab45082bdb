"""Issue 19 (2026-12-02, afternoon): what makes an article a sports report, and works and products
named with no genre noun. Every sentence and name here is invented."""
import pytest

from desktop.analysis import analyze
from desktop.analysis.actors.kinds import a_sports_report
from desktop.analysis.model import load_pipeline
from desktop.article import article_from_text


def actors(text: str) -> dict[str, str]:
    return {a.name: a.type for a in analyze(article_from_text(text, "T")).actors}


@pytest.mark.parametrize(
    "text, sport",
    [
        # two words only a sports report uses, or one and three everyday match words
        ("The midfielder was booked and the referee sent him off.", True),
        ("The striker scored in the cup match, and the league draw came on Monday.", True),
        ("Rugby fans packed the ground for the Six Nations opener.", True),
        ("A late equaliser sent the tie to a replay; relegation now looms.", True),
        # everyday words alone: a campaign diary, a software interview, a trade fair
        ("The league of towns held a draw for a cup, and its promotion was a good match.", False),
        ("Her campaign drew a big crowd; a cup of tea and a raffle draw followed the match of ideas.", False),
        ("The promotion of the new release was a good match for the league of maintainers.", False),
        ("One football pitch was used as a car park during the draw.", False),
    ],
)
def test_a_sports_report_needs_sport_only_words(text, sport):
    assert a_sports_report(load_pipeline()(text)) is sport


@pytest.mark.parametrize(
    "text, name, kind",
    [
        # outside a sports report, a town beside a body stays a town, however many everyday match words
        ("The league of towns held a draw for a cup. Its promotion was a good match for the region. "
         "Greenpeace and Leeds signed the pact on Monday.", "Leeds", "place"),
        ("The draw for the cup was a good match for the promotion. The league said so. "
         "Amnesty and Bradford then signed the charter.", "Bradford", "place"),
        # in one, the town is a club like its partner
        ("The striker and the midfielder were both fit. The league held a draw for the cup. "
         "Greenpeace and Leeds signed the pact on Monday.", "Leeds", "organisation"),
    ],
)
def test_a_town_beside_a_body_is_a_club_only_in_a_sports_report(text, name, kind):
    found = actors(text)
    assert found.get(name) == kind, found
