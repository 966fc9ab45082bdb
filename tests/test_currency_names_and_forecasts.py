"""Issue 19, heldout23's value errors as kinds — each row a sentence written for this test.

1. A currency named by its word after the figure ("2bn reais", "40m roubles") is money in that
   currency (ISO 4217 code), also when the model tags the figure a plain number; a word that names
   several currencies ("pesos") is money with no currency; other plural nouns stay quantities.
2. "was forecast / predicted / projected to …" speaks ahead from the past like "was expected to":
   its weekday is the first one on or after the day the narration is at, not the one before the
   article's date; "is forecast to" counts from the article's date.
"""
import pytest

from desktop.analysis import analyze
from desktop.article import article_from_text

TUESDAY = "2019-07-23"


def facts(text: str, kind: str, date: str | None = None) -> list[tuple[str, object]]:
    return [(f.text, f.value) for f in analyze(article_from_text(text, "T", date=date)).facts if f.kind == kind]


@pytest.mark.parametrize("text, figure, amount, currency", [
    ("The miner paid 2bn reais for the smelter.", "2bn reais", 2e9, "BRL"),
    ("Its debts reached 40m roubles by the spring.", "40m roubles", 4e7, "RUB"),
    ("The stadium roof cost 12m lira to replace.", "12m lira", 1.2e7, None),  # Turkey's, Lebanon's, Italy's
    ("Revenue reached 2bn krona last year.", "2bn krona", 2e9, None),  # Sweden's or Iceland's
    ("The ministry set aside 500 million shekels for the clinics.", "500 million shekels", 5e8, "ILS"),
    ("Farmers were offered 900 million rupiah in grants.", "900 million rupiah", 9e8, "IDR"),
    ("Tickets sold for 3,000 pesos each.", "3,000 pesos", 3000.0, None),
])
def test_a_currency_named_after_the_figure_is_money(text, figure, amount, currency):
    found = dict(facts(text, "money"))
    assert figure in found, found
    assert found[figure] == {"amount": amount, "currency": currency}


@pytest.mark.parametrize("text, figure", [
    ("The paper now has 2bn readers online.", "2bn readers"),
    ("About 40m riders used the line last year.", "40m riders"),
])
def test_other_plural_nouns_after_a_scaled_figure_are_no_money(text, figure):
    assert not any(figure in t or t in figure for t, _ in facts(text, "money"))


@pytest.mark.parametrize("text, day, value", [
    ("The depression formed on Monday. It was forecast to reach the islands possibly on Wednesday.",
     "Wednesday", "2019-07-24"),
    ("The vote was held on Monday. The bill was predicted to pass on Thursday.", "Thursday", "2019-07-25"),
    ("Officials met on Monday. The ferry was projected to dock on Friday.", "Friday", "2019-07-26"),
    ("The new bridge is forecast to open on Friday.", "Friday", "2019-07-26"),
    ("The forecast issued on Sunday proved wrong.", "Sunday", "2019-07-21"),  # no infinitive: past
    ("The storm hit the coast on Sunday.", "Sunday", "2019-07-21"),
])
def test_forecast_to_speaks_ahead(text, day, value):
    found = dict(facts(text, "date", TUESDAY))
    assert found.get(day) == value, found
