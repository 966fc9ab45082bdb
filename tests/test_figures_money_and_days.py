"""Issue 19, sixth pass: times in several units, multiples and shares of a percentage point,
pence and cents, and days counted from the day words were spoken. Every row is a sentence
written for this test (never corpus text)."""
import pytest

from desktop.analysis import analyze
from desktop.article import article_from_text


def facts_of(text: str, kind: str, date: str | None = "2024-06-12", title: str = "T") -> list[tuple[str, object]]:
    return [(f.text, f.value) for f in analyze(article_from_text(text, title, date=date)).facts if f.kind == kind]


# ------------------------------------------------------------------ times in several units
@pytest.mark.parametrize("text, figure", [
    ("She won the coastal marathon in two hours 21 minutes 40 seconds last spring.", "two hours 21 minutes 40 seconds"),
    ("He finished the hill stage in 3 hours 4 minutes and 9 seconds.", "3 hours 4 minutes and 9 seconds"),
    ("The old mark fell by one minute 12 secs on Sunday.", "one minute 12 secs"),
    ("Her new best of 2:09:44 was set in a headwind.", "2:09:44"),
    ("Vale ran the mile in 3:58.21 to take the title.", "3:58.21"),
    ("The ferry crossing now takes an hour and 20 minutes.", "an hour and 20 minutes"),
])
def test_a_time_in_several_units_or_on_a_race_clock_is_one_quantity(text, figure):
    assert (figure, None) in facts_of(text, "quantity")
    assert not [t for t, _ in facts_of(text, "date") if t in figure or figure in t]


@pytest.mark.parametrize("text, clock", [
    ("The hearing opened at 10:30:00 local time.", "10:30:00"),
    ("The tremor struck at 2:49:05 a.m. on Friday.", "2:49:05"),
])
def test_a_time_of_day_is_no_race_time(text, clock):
    assert not [t for t, _ in facts_of(text, "quantity") if clock in t]


# ------------------------------------------------------------------ multiples and percentage points
@pytest.mark.parametrize("text, figure, value", [
    ("Orders in May were twice the number the trade body had forecast.", "twice", 2.0),
    ("The new hall seats twice as many people as the old one.", "twice", 2.0),
    ("Their bill came to thrice what the builder first quoted.", "thrice", 3.0),
])
def test_twice_as_a_multiple_is_a_quantity(text, figure, value):
    assert (figure, value) in facts_of(text, "quantity")


def test_twice_as_how_often_is_no_figure():
    assert not [t for t, _ in facts_of("Ada Vale scored twice in the second half.", "quantity") if t == "twice"]


@pytest.mark.parametrize("text, figure, value", [
    ("Norland's central bank may lift its base rate a quarter of a percentage point in March.",
     "a quarter of a percentage point", 0.25),
    ("The party wants half a percentage point off the basic rate.", "half a percentage point", 0.5),
    ("Turnout fell by 0.75 percentage points in the north.", "0.75 percentage points", 0.75),
    ("Support for the plan dropped two percentage points in a month.", "two percentage points", 2.0),
])
def test_a_share_of_a_percentage_point_is_a_percent(text, figure, value):
    assert (figure, value) in facts_of(text, "percent")
    assert not [t for t, _ in facts_of(text, "quantity") if t in figure]


# ------------------------------------------------------------------ pence and cents
@pytest.mark.parametrize("text, figure, amount", [
    ("The Greens called for a 2p cut in the basic rate of income tax.", "2p", 0.02),
    ("Shares in the brewer fell 12p in early trading.", "12p", 0.12),
    ("Bus fares will rise by 50 pence from April.", "50 pence", 0.5),
    ("A pint of milk now costs 1.5p more than last year.", "1.5p", 0.015),
    ("Ferry fares in Dunmore will go up by a penny in June.", "a penny", 0.01),
    ("Stamps will cost one penny more from May.", "one penny", 0.01),
])
def test_pence_are_hundredths_of_a_pound(text, figure, amount):
    assert (figure, {"amount": amount, "currency": "GBP"}) in facts_of(text, "money")


@pytest.mark.parametrize("text", [
    "The clip was filmed in 720p on an old phone.",
    "The talks start at 3p.m. on Monday.",
])
def test_a_video_format_or_a_clock_is_no_pence(text):
    assert not facts_of(text, "money")


@pytest.mark.parametrize("title, text, currency", [
    # the country from the title or the first paragraph, by name or by its people
    ("Free test kits handed out in Halifax", "Nurses in Halifax, Nova Scotia, Canada, said each kit costs 75 cents.",
     "CAD"),
    ("Canadian pharmacies cut kit price", "Each kit now costs 80 cents, the chain said.", "CAD"),
    ("Stamp price rises in Melbourne", "Post offices in Australia will charge 10 cents more for a stamp.", "AUD"),
    # a sum beside it in the same sentence says which cents
    ("Oil climbs", "Crude rose 75 cents to $50.10 a barrel on Monday.", "USD"),
])
def test_cents_take_the_currency_the_article_makes_clear(title, text, currency):
    money = dict(facts_of(text, "money", title=title))
    cents = next(v for t, v in money.items() if "cents" in t)
    assert cents["currency"] == currency and cents["amount"] < 1


@pytest.mark.parametrize("title, text", [
    ("Kit price falls", "Each kit now costs 80 cents, the chain said."),  # no country at all
    ("Stamp prices rise in Canada and Mexico", "A stamp will cost 10 cents more."),  # two countries' money
    ("Test kits in British Columbia", "Each kit costs 75 cents."),  # "British Columbia" names a province, not the UK
])
def test_cents_with_no_clear_country_keep_their_amount_and_no_currency(title, text):
    money = [v for t, v in facts_of(text, "money", title=title) if "cents" in t]
    assert len(money) == 1 and money[0]["currency"] is None and money[0]["amount"] < 1


# ------------------------------------------------------------------ counts of people
@pytest.mark.parametrize("text, figure, value", [
    ("One other passenger was hurt when the bus left the road.", "One", 1.0),
    ("Police arrested two more men on Friday.", "two", 2.0),
])
def test_one_other_person_is_a_count(text, figure, value):
    assert (figure, value) in facts_of(text, "quantity")


def test_one_other_thing_is_no_count():
    assert not facts_of("There is one other thing the council must decide.", "quantity")


# ------------------------------------------------------------------ days
@pytest.mark.parametrize("text, phrase", [
    ("Our defence has looked sharper [in the] last couple of weeks.", "last couple of weeks"),
    ("Sales have slowed over the past few months.", "the past few months"),
    ("He handed himself in to police on the morning following the crash.", "the morning following the crash"),
])
def test_vague_stretches_and_days_told_by_an_event_are_dates_with_no_value(text, phrase):
    assert any(phrase in t and v is None for t, v in facts_of(text, "date"))


@pytest.mark.parametrize("text, phrase, day", [
    ("On Saturday the march was calm, but fighting broke out by the evening hours.", "the evening hours", "2024-06-08"),
    ("The storm reached the coast on June 3. Roads were closed during the night.", "the night", "2024-06-03"),
    ("The storm reached the coast on June 3. Looting began in the evening hours.", "the evening hours", "2024-06-03"),
])
def test_a_part_of_the_day_the_narration_is_at_takes_that_day(text, phrase, day):
    assert (phrase, day) in facts_of(text, "date")


def test_a_part_of_a_day_with_no_day_before_it_has_no_value():
    assert ("the evening hours", None) in facts_of("Fighting broke out by the evening hours.", "date")


@pytest.mark.parametrize("text, phrase, day", [
    # the article is dated Wednesday 12 June; the quotes were given on the day the first paragraph reports
    ('On Saturday, the Hawks beat the Owls in round 4.\n\n"We closed the gap today," coach Ann Lee said.',
     "today", "2024-06-08"),
    ('The Owls lost at home on Sunday.\n\n"It was a hard game out there this afternoon," said Tom Reyes.',
     "this afternoon", "2024-06-09"),
    ('On Saturday, the Hawks beat the Owls.\n\n"We trained badly yesterday but won today," Ann Lee said.',
     "yesterday", "2024-06-07"),
])
def test_today_in_a_quote_counts_from_the_day_the_story_reports(text, phrase, day):
    assert (phrase, day) in facts_of(text, "date")


@pytest.mark.parametrize("text, phrase, day", [
    ("On Saturday, the Hawks beat the Owls.\n\nToday the club said the coach would stay.", "Today", "2024-06-12"),
    ('The Hawks beat the Owls.\n\n"We closed the gap today," coach Ann Lee said.', "today", "2024-06-12"),
])
def test_today_outside_a_quote_or_with_no_earlier_day_is_the_article_s_date(text, phrase, day):
    assert (phrase, day) in facts_of(text, "date")


# ------------------------------------------------------------------ dates counted from another point
@pytest.mark.parametrize("text, phrase, value", [
    ("The mayor ran for the senate in 1987. Four years later she won the seat.", "Four years later", "1991"),
    ("Ortega founded the bakery in 2004, and two years earlier he had sold his van.", "two years earlier", "2002"),
    ("The bridge opened in 1961. It carried little traffic. A decade later it was widened.", "A decade later", "1971"),
    ("The club was relegated in March 2009. Three years on, it returned to the top flight.", "Three years on", "2012"),
])
def test_years_later_count_from_the_year_given_just_before(text, phrase, value):
    assert (phrase, value) in facts_of(text, "date")


@pytest.mark.parametrize("text, phrase", [
    ("She moved to the coast as a child. Four years later she opened a surf school.", "Four years later"),
    ("The plant opened in 1990.\n\nThe owners sold it. Its staff left. Two years later it shut.", "Two years later"),
    ("The vote was held on Sunday. A year later the result still stood.", "A year later"),
])
def test_years_later_with_no_year_just_before_have_no_value(text, phrase):
    assert (phrase, None) in facts_of(text, "date")


def test_years_later_than_planned_is_no_point_in_time():
    assert not [t for t, _ in facts_of("The line opened in 2015, two years later than planned.", "date") if "later" in t]


@pytest.mark.parametrize("text, phrase, day", [
    ("On Friday night a fire destroyed a warehouse in Tarnby.\n\nA delivery had reached the site a few hours "
     "before the fire, police said on Monday.", "a few hours before the fire", "2024-06-07"),
    ("A bus crash on Saturday left nine people hurt near Oldport.\n\nWitnesses gathered at the scene hours after "
     "the crash.", "hours after the crash", "2024-06-08"),
])
def test_hours_around_an_event_take_the_day_the_first_paragraph_gives(text, phrase, day):
    assert (phrase, day) in facts_of(text, "date")


@pytest.mark.parametrize("text, phrase", [
    ("Officers were called to a shop in Wexby.\n\nA man was seen there a few hours before the attack.",
     "a few hours before the attack"),
    ("On Friday a crash closed the ring road, hours after the crash on the bypass.", "hours after the crash"),
])
def test_hours_around_an_event_with_no_day_for_it_have_no_value(text, phrase):
    assert (phrase, None) in facts_of(text, "date")


@pytest.mark.parametrize("text, year", [
    ("Delegates met at the virtual 2021 Green Assembly to choose a leader.", "2021"),
    ("The firm's 2019 Annual Report showed a loss.", "2019"),
])
def test_a_year_before_a_name_is_a_date(text, year):
    assert (year, year) in facts_of(text, "date")


def test_a_count_before_a_name_is_no_year():
    assert not [t for t, _ in facts_of("Some 1500 Marines landed at dawn.", "date") if t == "1500"]


@pytest.mark.parametrize("text, name", [
    ("Speaking to a podcast last week, 50 Cent called the young rapper ungrateful.", "50 Cent"),
    ("Shots were fired outside the offices of 50 Cent's label.", "50"),
    ("The band 20 Dollar Dreams played last.", "20"),
])
def test_a_figure_in_a_stage_name_is_no_money_and_no_count(text, name):
    facts = analyze(article_from_text(text, "T", date="2024-06-10")).facts
    assert not any(f.kind in ("money", "quantity") and name in f.text for f in facts), facts


def test_a_sum_in_lower_case_is_still_money():
    facts = analyze(article_from_text("The stamp costs 50 cents and the card 2 dollars.", "T", date="2024-06-10")).facts
    assert [f.text for f in facts if f.kind == "money"] == ["50 cents", "2 dollars"]


@pytest.mark.parametrize("text, day, value", [
    # a month with its year is a past event, not the article's year: the day keeps no year
    ("Anthony married Lopez in June 2004. The 13 February ceremony will be shown live.", "13 February", None),
    # full dates give the article's year
    ("The summit opened on April 2, 2025 in Oslo. Talks resume on 14 March.", "14 March", "2025-03-14"),
])
def test_an_undated_article_takes_its_year_from_full_dates_only(text, day, value):
    facts = analyze(article_from_text(text, "T")).facts
    assert [f.value for f in facts if f.text == day] == [value], facts
