"""Issue 19: kinds of role and value errors counted on a sample of unseen corpus articles read
like a fact-checker (2026-12-02, seed 4417): a job with what it is for in lower case before a
name, a plural job in apposition to a list of names, sizes and listed years read as dates, a
decimal comma, "two hundred", "a thousand", "this past November", a stage name with a
possessive. Every row is a sentence written for this test (never corpus text)."""
import pytest

from desktop.analysis import analyze
from desktop.analysis.lexicon import singular, singular_in, singulars
from desktop.analysis.person_nouns import PERSON_NOUNS
from desktop.analysis.values import normalise_date, parse_money, parse_number
from desktop.article import article_from_text


def _facts(text: str, date: str = "2024-06-12"):
    analysis = analyze(article_from_text(text, "T", date=date))
    names = {a.id: a.name for a in analysis.actors}
    return [(f.kind, f.text, f.value, names.get(f.subject)) for f in analysis.facts]


def roles(text: str) -> set[tuple[str, str | None]]:
    return {(value, who) for kind, _, value, who in _facts(text) if kind == "role"}


# A job with what it is for, in lower case, right before a name: the role stops before the name.
@pytest.mark.parametrize("text, role, person", [
    ("The inquiry was led by the minister for inland waterways Raj Mehta, officials said.",
     "minister for inland waterways", "Raj Mehta"),
    ("The secretary of state for rural affairs Ann Lee visited the farm.",
     "secretary of state for rural affairs", "Ann Lee"),
    ("Party spokesman for sport Hugh Dale said no.", "Party spokesman for sport", "Hugh Dale"),
    ("A deal was struck by the commissioner for inland fisheries Tom Reyes on Friday.",
     "commissioner for inland fisheries", "Tom Reyes"),
])
def test_a_job_for_a_field_before_a_name_is_that_person_s_role(text, role, person):
    found = roles(text)
    assert (role, person) in found, found
    assert not any(person in value for value, _ in found), found  # the name is never inside the role


@pytest.mark.parametrize("text", [
    "He met the lawyer of the club Tom Reyes.",   # a determiner: which club, no field of a job
    "She praised the work of civil servants Ann Lee and Tom Reyes.",
])
def test_no_job_for_a_field_without_a_job_word_before_for(text):
    assert not any("of the club" in value or "work of" in value for value, _ in roles(text)), roles(text)


# A plural job in apposition after the last of a list of names is each person's role.
@pytest.mark.parametrize("text, role, people", [
    ("The award went to Tom Hale and Ed Finch, the co-chairmen of Blue Lantern Films.",
     "co-chairmen of Blue Lantern Films", ("Tom Hale", "Ed Finch")),
    ("Ann Lee, Ravi Pell and Tom Reyes, both former ministers, met on Monday.",
     "both former ministers", ("Ann Lee", "Ravi Pell", "Tom Reyes")),
    ("He met Ann Lee and Ravi Pell, joint founders of Acme, on Monday.",
     "joint founders of Acme", ("Ann Lee", "Ravi Pell")),
    ("Ann Lee and Ravi Pell, the sisters' coaches, said no.", "sisters' coaches", ("Ann Lee", "Ravi Pell")),
])
def test_a_plural_job_after_a_list_of_names_is_each_one_s_role(text, role, people):
    found = roles(text)
    for person in people:
        assert (role, person) in found, found


@pytest.mark.parametrize("text", [
    "He met Ann Lee and Ravi Pell, who are ministers.",        # a clause, read elsewhere
    "He met Ann Lee and Ravi Pell, the ministers' cars.",      # a thing of the ministers
    "The pair, Ann Lee and Ravi Pell, won.",                   # the description comes first
])
def test_no_shared_plural_job_for_the_first_names_without_one(text):
    assert not any(who == "Ann Lee" for _, who in roles(text)), roles(text)


# Values: a size is no year; years listed are each a date; a decimal comma; number words.
@pytest.mark.parametrize("text, kind, shown, value", [
    ("The screen shows films at 4096 * 2160 pixels.", "quantity", "4096", 4096.0),
    ("The panel takes 1920*1080 images.", "quantity", "1920", 1920.0),
    ("Sizes of 1600 x 900 were sold in 2003.", "date", "2003", "2003"),
    ("The group published reports in 1993 and 2006.", "date", "1993", "1993"),
    ("The group published reports in 1993 and 2006.", "date", "2006", "2006"),
    ("Talks were held in 2004, 2008 or 2012.", "date", "2008", "2008"),
    ("We expect three or four hundred people.", "quantity", "four hundred", 400.0),
])
def test_sizes_listed_years_and_hundreds(text, kind, shown, value):
    facts = _facts(text)
    assert (kind, shown, value) in [(k, t, v) for k, t, v, _ in facts], facts
    assert not any(k == "date" and t in ("1920", "4096", "1600") for k, t, _, _ in facts), facts


@pytest.mark.parametrize("text, amount", [
    ("1,5", 1.5), ("$1,4567", 1.4567), ("1,000", 1000.0), ("12,500,000", 12500000.0), ("1,00,000", 100000.0), ("300,0000", 3000000.0),
    ("a thousand", 1000.0), ("over a thousand", 1000.0), ("two thousand", 2000.0), ("two hundred", 200.0),
    ("five hundred million", 5e8), ("twenty", 20.0),
])
def test_numbers_with_a_decimal_comma_and_in_words(text, amount):
    assert parse_number(text) == amount


def test_an_exchange_rate_with_a_decimal_comma_is_no_large_sum():
    assert parse_money("$1,4567") == {"amount": 1.4567, "currency": "USD"}


@pytest.mark.parametrize("text, date, value", [
    ("this past November", "2019-02-21", "2018-11"),
    ("past January", "2019-02-21", "2019-01"),
    ("this coming March", "2019-06-21", "2020-03"),
    ("December", "2019-02-21", "2019-12"),   # no "past": the year of the article, as before
])
def test_this_past_and_this_coming_month(text, date, value):
    import datetime as dt
    assert normalise_date(text, dt.date.fromisoformat(date)) == value


@pytest.mark.parametrize("text", [
    "Prices at 75 Cent's label rose.",
    "The rapper is signed to 75 Cent's label.",
])
def test_a_stage_name_with_a_possessive_is_no_sum(text):
    assert not any(k == "money" for k, *_ in _facts(text)), _facts(text)


def test_a_sum_in_cents_is_still_money():
    assert any(k == "money" for k, *_ in _facts("Each stamp costs 50 cents more."))


# One plural reader for the rules.
@pytest.mark.parametrize("word, forms", [
    ("chairmen", ["chairman"]), ("companies", ["company", "companie"]), ("actresses", ["actress"]),
    ("judges", ["judge", "judg"]), ("firms", ["firm"]), ("boss", []), ("series", []), ("status", []),
])
def test_singulars(word, forms):
    assert singulars(word) == forms


def test_singular_and_singular_in():
    assert singular("spokeswomen") == "spokeswoman" and singular("news") == "news"
    assert singular_in("heroes", {"hero"}) == "hero" and singular_in("judges", PERSON_NOUNS) == "judge"
    assert singular_in("tables", PERSON_NOUNS) is None


# Kinds counted on a second sample (seed 90210) and fixed after it was read: a sum the model
# tags PERCENT, a scale word that belongs to the second of two figures, a change "rose X to Y",
# a count of things inside the model's MONEY, a description of a firm after a name shared with a
# person, a preposition opening a sentence before a job.
@pytest.mark.parametrize("text, kind, shown, value", [
    ("Boxes are sold from as little as 40 euros (£30).", "money", "as little as 40 euros",
     {"amount": 40.0, "currency": "EUR"}),
    ("Sales rose $3.4bn to $96.1bn last year.", "money", "$3.4bn", {"amount": 3.4e9, "currency": "USD"}),
    ("Sales rose $3.4bn to $96.1bn last year.", "money", "$96.1bn", {"amount": 9.61e10, "currency": "USD"}),
    ("Shares fell 5p to 120p on Monday.", "money", "120p", {"amount": 1.2, "currency": "GBP"}),
    ("Costs rose 5 to 10% this year.", "percent", "5 to 10%", {"low": 5.0, "high": 10.0}),  # a range
    ("It costs between $5m and $8m.", "money", "between $5m and $8m",
     {"amount": 5e6, "high": 8e6, "currency": "USD"}),
    ("The wells could yield more than two billion tonnes, he said.", "quantity", "more than two billion tonnes",
     2e9),
    ("The firm expects between 300,000 and two million boxes to be sold.", "quantity",
     "between 300,000 and two million", None),
])
def test_sums_changes_and_counts_the_model_mislabels(text, kind, shown, value):
    facts = [(k, t, v) for k, t, v, _ in _facts(text)]
    assert (kind, shown, value) in facts, facts


@pytest.mark.parametrize("text, value", [
    ("between 300,000 and two million", None), ("300,000 or 2 million", None),
    ("$4.5 billion", 4.5e9), ("£2.5m", 2.5e6), ("110m tons", 1.1e8), ("2.4 million bpd", 2.4e6),
])
def test_a_scale_word_counts_only_right_after_its_number(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text, role, person", [
    ("Unlike captain Tom Reyes, Ed Finch is hurt.", "captain", "Tom Reyes"),
    ("Ann Lee, the group's chief executive, said no.", "group's chief executive", "Ann Lee"),
    ("Tom Reyes, a tobacco company boss, said no.", "tobacco company boss", "Tom Reyes"),
])
def test_roles_without_a_preposition_or_a_firm_s_description(text, role, person):
    assert (role, person) in roles(text), roles(text)


@pytest.mark.parametrize("text", [
    "Bill Vance runs it. Vance, the US car company, reported profits.",
    "Ann Lee met Tom Reyes. Reyes, the family firm, said no.",
])
def test_a_firm_s_description_after_a_shared_name_is_no_person_s_role(text):
    assert not any("company" in value or "firm" in value for value, _ in roles(text)), roles(text)


# A description set off before a title and a name is that person's role; a first day or year
# "as" a job is a time in it.
@pytest.mark.parametrize("text, role, person", [
    ("On Thursday, the head of the Anglican Church, Archbishop Tom Reyes, spoke.",
     "head of the Anglican Church", "Tom Reyes"),
    ("Speaking about the film, the leader of the party, President Ann Lee, said no.",
     "leader of the party", "Ann Lee"),
    ("The club's captain, Tom Reyes, said yes.", "club's captain", "Tom Reyes"),
    ("It came on Ann Lee's first day as health secretary last Thursday.", "health secretary", "Ann Lee"),
    ("Tom Reyes enjoyed his first year as club captain.", "club captain", "Tom Reyes"),
])
def test_a_description_before_a_title_and_a_first_day_as(text, role, person):
    assert (role, person) in roles(text), roles(text)


def test_a_phrase_before_a_titled_name_that_is_no_apposition_is_no_role():
    assert not any("letter" in value for value, _ in roles("In a letter to the chairman, Dr Ann Lee wrote.")), \
        roles("In a letter to the chairman, Dr Ann Lee wrote.")


# A job after the possessive of a body, the subject of the main clause, is someone's role even
# before the text names them ("Acme's chief executive has been named …" in a lede).
@pytest.mark.parametrize("text, role", [
    ("Acme's chief executive has been named Businesswoman of the Year. Ann Lee won the title.",
     "Acme's chief executive"),
    ("The bank's finance director was sacked on Monday.", "bank's finance director"),
    ("The firm's chairman has resigned.", "firm's chairman"),
    ("Norland's president will visit Leeds.", "Norland's president"),
])
def test_a_body_s_job_as_the_subject_is_a_role(text, role):
    assert role in {value for value, _ in roles(text)}, roles(text)


@pytest.mark.parametrize("text", [
    "Acme's lawyers have appealed.",        # a plural: a team, not one holder
    "Ann Lee's lawyer has appealed.",       # a person's: whose, read elsewhere
    "The pilot's mother has appealed.",     # no job
    "The club's doctor of many years left.",  # words after it say which one
])
def test_no_body_s_job_without_one_job_of_one_body(text):
    assert not roles(text), roles(text)


@pytest.mark.parametrize("text, value", [
    ("The firm paid about a quarter as much money as the council wanted.", 0.25),
    ("The town spent a third as much as it did last year.", 0.333),
])
def test_a_share_as_much_is_no_quarter_of_a_year(text, value):
    assert ("quantity", value) in [(k, v) for k, _, v, _ in _facts(text)], _facts(text)


# A description set off before a name with letters after it ("QC", "MP") is that person's role.
@pytest.mark.parametrize("text, role, person", [
    ("Critics agreed. The new chairman of the Law Society, Tom Reyes QC warned there was a risk.",
     "new chairman of the Law Society", "Tom Reyes"),
    ("Critics agreed. The party's leader, Ann Lee MP said no.", "party's leader", "Ann Lee"),
])
def test_a_description_before_a_name_with_post_nominal_letters(text, role, person):
    assert (role, person) in roles(text), roles(text)


def test_a_phrase_before_a_name_with_letters_that_is_no_apposition_is_no_role():
    found = roles("In a letter to the chairman, Tom Reyes QC wrote.")
    assert not any("letter" in value or "chairman" in value for value, _ in found), found
