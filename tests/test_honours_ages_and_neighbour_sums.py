"""Issue 19, facts on unseen news: three kinds of miss — each row a sentence written for this test.

1. A title of honour conferred by a verb ("was made a dame", "becoming a knight", "an aside
   'made a dame in …'") is a role; a knight someone makes out of clay, or one told of, is none.
2. An age set off after a person's name at the end of a sentence ("… with Ann Lund, 24.") and
   one said of someone before "and" ("He was 34 and …") are quantities; a number after a
   weekday ("on Monday, 24.") is no age.
3. A figure with no currency in a sentence of sums is money in the currency of the last sum
   before it: converted in brackets as the sums before it are ("a total of 187.4m (£99.7m)" after
   "$31.2m (£16.6m)"), or before a noun of accounts ("a 64 million loss" after "530 million
   pounds"). With no sum before it, it stays a count.
4. A count standing for the things the sentence before named is a quantity: the number alone as
   a verb's subject or object ("Rivas won five", "killing four", "the other three were freed"),
   or the second of two counts of one noun ("two seats in Leeds and one in York"); not "One,
   who …" (a person told of), a pair pointed at ("The two met"), a rank ("seeded six", "the top
   five"), a number the article writes as a name ("told Nine to stop": the channel) or a code.
"""
import pytest

from desktop.analysis import analyze
from desktop.article import article_from_text


def facts(text: str, kind: str) -> list[tuple[str, object]]:
    return [(f.text, f.value) for f in analyze(article_from_text(text, "T", date="2019-07-23")).facts
            if f.kind == kind]


@pytest.mark.parametrize("text, role", [
    ("Maria Osei was made a dame in the birthday honours.", "dame"),
    ("The cyclist, made a knight in the new year list, retired on Sunday.", "knight"),
    ("Besides becoming a dame, Nora Hale was voted coach of the year.", "dame"),
    ("Tom Varga became a peer in 2011 and sat as an independent.", "peer"),
    ("The soprano became a dame for services to music in 2015.", "dame"),
    ("The novelist was made a baronet by the king.", "baronet"),
])
def test_an_honour_conferred_is_a_role(text, role):
    assert any(role in t for t, _ in facts(text, "role")), facts(text, "role")


@pytest.mark.parametrize("text", [
    "The pupils made a knight from clay and painted it.",
    "The story follows a knight who loses his horse.",
    "Her husband made a peer review of the paper.",
    # figures and stage parts (review of 0a40dc1):
    "Lind became a knight in shining armour for the visitors on Sunday.",
    "The comedian became a dame for the Christmas pantomime at the Lyceum.",
])
def test_no_honour_without_a_verb_conferring_it(text):
    assert not any(t in ("dame", "knight", "peer", "baronet") for t, _ in facts(text, "role"))


@pytest.mark.parametrize("text, age", [
    ("The yacht capsized with Ann Lund, 24. She has not been found.", 24.0),
    ("He was shot on Tuesday. He was 34 and wrote about the war.", 34.0),
    ("Omar Seddik, 51, was taken to hospital.", 51.0),  # (as before)
])
def test_an_age_said_of_a_person(text, age):
    assert any(v == age for _, v in facts(text, "quantity")), facts(text, "quantity")


@pytest.mark.parametrize("text, figure", [
    ("Tickets go on sale on Monday, 24.", "24"),
    ("The report was filed by Ann Lund, 2019.", "2019"),
    # a tally and a win-loss record (review of 0a40dc1):
    ("The highest scorer in the second innings was Tom Vale, 64.", "64"),
    ("Ortiz was 14 and 5 with a 2.90 earned run average in May.", "14"),
])
def test_no_age_after_a_day_or_for_a_year(text, figure):
    assert not any(t == figure for t, _ in facts(text, "quantity"))


@pytest.mark.parametrize("text, figure, amount, currency", [
    ("The sequel took $31.2m (£16.6m) over the weekend, for a total of 187.4m (£99.7m).",
     "187.4m", 187.4e6, "USD"),
    ("The mine earned 530 million pounds in sales for a 64 million loss.", "64 million", 64e6, "GBP"),
    ("The chain posted $90m in revenue and a 12 million deficit.", "12 million", 12e6, "USD"),
    ("The club paid €40m (£34m) for him and 25m (£21m) for his partner.", "25m", 25e6, "EUR"),
])
def test_a_bare_figure_among_sums_is_money(text, figure, amount, currency):
    found = dict(facts(text, "money"))
    assert found.get(figure) == {"amount": amount, "currency": currency}, found


@pytest.mark.parametrize("text, figure", [
    ("About 5 million (£3m) viewers watched the final.", "5 million"),  # no sum before it
    ("The show drew 8 million viewers, down from 9 million last year.", "8 million"),
    ("The firm made $40m last year and sold 300 (£150 each) cars.", "300"),  # a small count
    ("The band earned $2m and played to 3 million fans.", "3 million"),  # no noun of accounts
    # A noun of accounts that only describes the noun counted (review of 0a40dc1):
    ("The agency spent £9bn on masks, and 4 million surplus masks were burnt.", "4 million"),
    ("The £2bn fuel scheme reached 19 million bill payers in March.", "19 million"),
    ("The lender gave out £3bn, and 1.5 million loan seekers were refused.", "1.5 million"),
])
def test_a_count_beside_sums_stays_a_count(text, figure):
    assert not any(figure in t for t, _ in facts(text, "money")), facts(text, "money")


@pytest.mark.parametrize("text, figure", [
    ("Of the nine seats, the Greens took five on a low turnout.", "five"),
    ("A lorry hit the queue, injuring four. At least two died later.", "four"),
    ("A lorry hit the queue, injuring four. At least two died later.", "At least two"),
    ("Nine hostages were released and the other three were freed on Monday.", "three"),
    ("Eleven miners were rescued and six more were brought up at dawn.", "six"),
    ("Officers detained seven for looting.", "seven"),
    ("The party won two seats in Leeds and one in York.", "one"),
])
def test_a_count_standing_for_the_things_counted(text, figure):
    assert any(t == figure for t, _ in facts(text, "quantity")), facts(text, "quantity")


@pytest.mark.parametrize("text, figure", [
    ("Not every juror agreed. One, who would not give a name, spoke to the press.", "One"),
    ("The two met in Geneva for talks on Monday.", "two"),
    ("Petrova, seeded six, plays a qualifier first.", "six"),
    ("Nine sent leaflets to viewers. Regulators told Nine to stop.", "Nine"),  # a channel's name
    ("A cartoon about bears completed the top five.", "five"),  # a ranking
    ("He is the favourite to play 007 in the next film.", "007"),  # a code name
])
def test_a_number_pointing_or_ranking_is_no_count(text, figure):
    assert not any(t == figure for t, _ in facts(text, "quantity")), facts(text, "quantity")
