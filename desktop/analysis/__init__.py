"""Analysis of an Article: actors, quotes with speakers, facts. No Qt here.

    analysis = analyze(article)          # loads the spaCy pipeline on first use
    analyses = analyze_many(articles)    # batches through nlp.pipe
"""
from __future__ import annotations

from typing import Iterable, Iterator

from ..article import Article
from . import arrays
from .actors import ActorResolver
from .facts import FactExtractor
from .lexicon import TITLE_WORDS
from .model import PARSE_LOCK, ModelUnavailable, load_pipeline
from .quotes import QuoteExtractor
from .types import ACTOR_TYPES, SCHEMA, Actor, Analysis, Fact, Mention, Quote, Speaker
from .version import ANALYSER_VERSION

# ~40,000 words: about 7 s of parsing on a 2-core machine. Longer texts are analysed up to
# the paragraph that crosses this limit, and the user is told what was left out.
MAX_ANALYSED_CHARS = 250_000

__all__ = ["ACTOR_TYPES", "ANALYSER_VERSION", "SCHEMA", "Actor", "Analysis", "Fact", "Mention", "ModelUnavailable",
           "Quote", "Speaker", "analyze", "analyze_many", "analyze_doc", "MAX_ANALYSED_CHARS"]


def analyze(article: Article) -> Analysis:
    return next(analyze_many([article]))


CHUNK_CHARS = 2000  # parse long texts in paragraph-aligned pieces: ~15% faster, same result


def analyze_many(articles: Iterable[Article], batch_size: int = 16) -> Iterator[Analysis]:
    nlp = load_pipeline()
    for article in articles:
        yield analyze_doc(article, parse(nlp, _analysable_text(article), batch_size))


def parse(nlp, text: str, batch_size: int = 16):
    """One Doc for the text, parsed as paragraph-aligned chunks through nlp.pipe. Sentences
    never cross paragraphs (see model.py), so the joined Doc equals a whole-text parse."""
    from spacy.tokens import Doc

    pieces = _chunks(text, CHUNK_CHARS)
    with PARSE_LOCK:
        if len(pieces) == 1:
            return nlp(text)
        return Doc.from_docs(list(nlp.pipe(pieces, batch_size=batch_size)), ensure_whitespace=False)


def _chunks(text: str, size: int) -> list[str]:
    out, start = [], 0
    while start < len(text):
        cut = text.find("\n\n", start + size)
        end = len(text) if cut < 0 else cut + 2
        out.append(text[start:end])
        start = end
    return out or [text]


def _analysable_text(article: Article) -> str:
    if len(article.text) <= MAX_ANALYSED_CHARS:
        return article.text
    cut = article.text.rfind("\n\n", 0, MAX_ANALYSED_CHARS)
    return article.text[: cut if cut > 0 else MAX_ANALYSED_CHARS]


def role_holders(facts: list[Fact]) -> dict[str, list[tuple[str, str, int]]]:
    """Role head word → (role as written, person, where the role is given) for each role fact
    ("coach" → [("British and Irish Lions coach", Ben Okafor, 812), ("Australia coach",
    Gus Moreau, 1430)]), so "the Lions coach said" can find its one holder named before it."""
    out: dict[str, list[tuple[str, str, int]]] = {}
    for fact in facts:
        if fact.kind == "role" and fact.subject:
            role = fact.value.split(" (")[0]  # without its time: "party chairman (until 1988)"
            words = role.split(" of ")[0].lower().split()
            head = words[-1].split("-")[-1]  # "co-chairman"
            # and any title before it: "archbishop Monsenor" is "the archbishop", "spokesman for
            # the foundation" is "the spokesman"
            for word in {head} | {w for w in words[:-1] if w in TITLE_WORDS}:
                out.setdefault(word, []).append((role.lower(), fact.subject, fact.start))
    return out


def byline_actors(actors: list[Actor], quotes: list[Quote], doc) -> list[Quote]:
    """A name that signs a quote after a dash or labels a transcript turn ("— Deputy Mayor Lin
    Osei") is a person even when the entity recogniser missed it: it becomes an actor (or joins
    the actor of the same name) with the byline as its mention, and the quote points to it."""
    from dataclasses import replace

    from .names import slug, unique_id

    by_name = {a.name.lower(): a for a in actors}
    used = {a.id for a in actors}
    out = []
    for q in quotes:
        sp = q.speaker
        if sp.actor_id is None and q.how in ("dash", "label") and sp.text and sp.start is not None \
                and not sp.text.isupper() and len(sp.text.split()) >= 2:
            actor = by_name.get(sp.text.lower())
            if actor is None:
                actor = Actor(unique_id(slug("person", sp.text), used), sp.text, "person")
                actors.append(actor)
                by_name[sp.text.lower()] = actor
            span = doc.char_span(sp.start, sp.end, alignment_mode="expand")
            sentence = (span.sent.start_char, span.sent.end_char) if span is not None else (sp.start, sp.end)
            actor.mentions.append(Mention(sp.start, sp.end, sp.text, actor.id, sentence))
            q = replace(q, speaker=replace(sp, actor_id=actor.id))
        out.append(q)
    return out


def described_speakers(actors: list[Actor], quotes: list[Quote], facts: list[Fact]) -> list[Actor]:
    """"“…,” the Swiss added." spoke as the player the description refers to (a person): the
    words of the description are no mention of a group (the Swiss people), and a group left
    with no mention, no fact and no quote is dropped."""
    people = {a.id for a in actors if a.type == "person"}
    spans = [(q.speaker.start, q.speaker.end) for q in quotes
             if q.speaker.actor_id in people and q.speaker.start is not None]
    if not spans:
        return actors
    cited = {q.speaker.actor_id for q in quotes} | {f.subject for f in facts}
    out = []
    for actor in actors:
        if actor.type == "group":
            kept = [m for m in actor.mentions if not any(s <= m.start and m.end <= e for s, e in spans)]
            if len(kept) < len(actor.mentions):
                actor.mentions[:] = kept
                if not kept and actor.id not in cited:
                    continue
        out.append(actor)
    return out


def analyze_doc(article: Article, doc) -> Analysis:
    """Run the rules over a parsed doc of the article's text (or a prefix of it)."""
    with arrays.reading(doc):  # the doc's text, words and entities: built once for all the rules
        return _analyze_doc(article, doc)


def _analyze_doc(article: Article, doc) -> Analysis:
    actors, token_actor = ActorResolver().resolve(doc)
    actor_types = {a.id: a.type for a in actors}
    mention_span = {}
    shared = arrays.of(doc)
    for actor in actors:
        for m in actor.mentions:
            bounds = shared.expand_bounds(m.start, m.end)  # the tokens of char_span(…, "expand")
            if bounds is None:
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                bounds = (span.start, span.end) if span is not None else (0, 0)
            for i in range(*bounds):
                mention_span[i] = (m.start, m.end)
    facts = FactExtractor(doc, token_actor, actor_types, article.date, article.title or "").extract()
    quotes = QuoteExtractor(article, doc, token_actor, actor_types, mention_span, role_holders(facts)).extract()
    quotes = byline_actors(actors, quotes, doc)
    actors = described_speakers(actors, quotes, facts)
    notices = []
    analysed = len(arrays.of(doc).text())  # Doc.text joins every token's text on each call
    if analysed < len(article.text):
        notices.append(
            f"This article is very long: the first {analysed:,} of {len(article.text):,} "
            "characters were analysed; the rest is shown without highlights."
        )
    return Analysis(actors, quotes, facts, analysed_chars=analysed, notices=notices)
