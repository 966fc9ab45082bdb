"""Quotation marks an article mixes (issue 18, kind 7): British ‘…’ quotes in an article that
also quotes with “…”, judged pair by pair. Invented sentences."""
import pytest

from desktop.analysis import analyze
from desktop.analysis.quotes import find_quotations
from desktop.article import article_from_text

DOUBLE = 'The mayor called the plan "a good start".\n\n'  # the article's other style


@pytest.mark.parametrize("text, expected", [
    # opening a paragraph, closing before a cue
    (DOUBLE + "‘We will keep the library open,’ said councillor Ines Varga.",
     ["a good start", "We will keep the library open,"]),
    # after a colon, closing at the sentence's end
    (DOUBLE + "Varga said: ‘The vote is on Friday.’", ["a good start", "The vote is on Friday."]),
    # a second sentence after the cue's sentence
    (DOUBLE + "‘The fight is over,’ she said. ‘We have won it.’",
     ["a good start", "The fight is over,", "We have won it."]),
    (DOUBLE + "‘I do not oppose the bridge,’ Varga added. ‘I oppose its price tag.’",
     ["a good start", "I do not oppose the bridge,", "I oppose its price tag."]),
    # negatives: apostrophes, a title in running text, nested quotes inside “…”
    (DOUBLE + "The band’s ’90s hits and rock ’n’ roll covers played until two o’clock.", ["a good start"]),
    (DOUBLE + "She read ‘The Long Road Home’ in one night.", ["a good start"]),
    (DOUBLE + "He said “they told me ‘we will never sell the farm,’ and I believed them.”",
     ["a good start", "they told me ‘we will never sell the farm,’ and I believed them."]),
    # a short term after a colon is no clause
    (DOUBLE + "The sign read: ‘Closed.’", ["a good start"]),
])
def test_single_quote_pairs_in_a_double_quoted_article(text, expected):
    article = article_from_text(text, "T")
    assert [article.text[q.start:q.end] for q in find_quotations(article)] == expected


def test_single_quotes_are_direct_speech_with_their_speaker():
    text = (DOUBLE + "‘We will keep the library open,’ said councillor Ines Varga.\n\n"
            "‘The fight is over,’ she said. ‘We have won it.’")
    analysis = analyze(article_from_text(text, "T"))
    varga = next(a.id for a in analysis.actors if a.name == "Ines Varga")
    direct = {q.text.strip("‘’,. "): q.speaker.actor_id for q in analysis.quotes if q.kind == "direct"}
    assert direct.get("We will keep the library open") == varga
    assert direct.get("The fight is over") == varga
    assert direct.get("We have won it") == varga


@pytest.mark.parametrize("text, expected", [
    # French «…» and German »…«, with or without spaces inside
    ("« Nous restons ici », a dit Paul Girard, the mayor.", ["Nous restons ici"]),
    ("«Nous restons ici», a dit Paul Girard.", ["Nous restons ici"]),
    ("» Wir bleiben hier «, said Anna Kessler, a spokeswoman.", ["Wir bleiben hier"]),
    ("»Wir bleiben hier«, sagte Anna Kessler.", ["Wir bleiben hier"]),
    ("Sie sagte: » Wir kommen wieder «, und ging. Dann sagte sie » nein «.", ["Wir kommen wieder", "nein"]),
    # negatives: a closing » never pairs with the next opening « across narration
    ("« Nous partons », dit-il. « Demain matin », ajouta-t-il.", ["Nous partons", "Demain matin"]),
    ("Il l’a dit » hier, puis « nous verrons » plus tard.", ["nous verrons"]),
])
def test_guillemets_with_or_without_inner_spaces(text, expected):
    article = article_from_text(text, "T")
    assert [article.text[q.start:q.end] for q in find_quotations(article)] == expected


def test_spaced_guillemets_quote_the_words_not_the_narration():
    text = ("The council met on Monday.\n\n"
            "» Wir sind nicht besorgt «, said Karl Brenner, a spokesman for the operator Nordline.\n\n"
            "« Nous continuerons », a dit Paul Girard, the mayor of the town.")
    analysis = analyze(article_from_text(text, "T"))
    quoted = [q.text.strip("«» ,") for q in analysis.quotes if q.kind == "direct"]
    assert quoted == ["Wir sind nicht besorgt", "Nous continuerons"]
    brenner = next(a.id for a in analysis.actors if a.name == "Karl Brenner")
    assert analysis.quotes[0].speaker.actor_id == brenner


def test_a_quote_whose_sentence_names_a_person_does_not_run_on_from_the_previous_speaker():
    text = ("‘The fight is over,’ said councillor Ines Varga.\n\n"
            "»Wir bleiben hier«, sagte Anna Kessler, the spokeswoman.\n\n"
            "« Nous continuerons », a dit Paul Girard.")
    analysis = analyze(article_from_text(text, "T"))
    varga = next(a.id for a in analysis.actors if a.name == "Ines Varga")
    speakers = [q.speaker.actor_id for q in analysis.quotes if q.kind == "direct"]
    assert len(speakers) == 3 and speakers[0] == varga
    assert varga not in speakers[1:]
