"""First screen first: analyse the paragraphs a reader sees (and a margin) before the rest.

    first, last = screen_paragraphs(article, top_paragraph=0)
    preview = analyze_paragraphs(article, first, last)   # offsets into article.text

A 5,000-word article takes about a second to analyse; its first screen (~3,000 characters)
a tenth of that. The preview is a real analysis of those paragraphs alone, so it can differ
from the whole-article analysis where context from elsewhere matters (a running speaker, a
pronoun, a surname joined to a full name further up): the whole-article result replaces it.
benchmarks/first_screen.py measures how often the two differ on the screen.
"""
from __future__ import annotations

from dataclasses import replace

from ..article import Article, Paragraph
from .types import Analysis, Speaker

# A screen of reading text at the default size is ~1,500 characters; twice that covers the
# screen and a margin below it (what a first scroll reveals).
SCREEN_CHARS = 3_000


def screen_paragraphs(article: Article, top_paragraph: int = 0, chars: int = SCREEN_CHARS) -> tuple[int, int]:
    """(first, last) paragraph indices, inclusive: one paragraph of context above the top one
    in view, then paragraphs until `chars` characters are covered."""
    if not article.paragraphs:
        return 0, -1
    first = max(0, min(top_paragraph, len(article.paragraphs) - 1) - 1)
    last = first
    while last + 1 < len(article.paragraphs) and \
            article.paragraphs[last].end - article.paragraphs[first].start < chars:
        last += 1
    return first, last


def covers_everything(article: Article, first: int, last: int) -> bool:
    return first <= 0 and last >= len(article.paragraphs) - 1


def analyze_paragraphs(article: Article, first: int, last: int) -> Analysis:
    """The analysis of paragraphs first..last alone, with offsets into the whole article."""
    from . import analyze

    base = article.paragraphs[first].start
    end = article.paragraphs[last].end
    part = Article(
        text=article.text[base:end],
        paragraphs=tuple(Paragraph(p.start - base, p.end - base, p.kind, p.level)
                         for p in article.paragraphs[first:last + 1]),
        title=article.title, source=article.source, format=article.format,
        byline=article.byline, date=article.date)
    return shifted(analyze(part), base)


def shifted(analysis: Analysis, offset: int) -> Analysis:
    """The same analysis with every character offset moved by `offset`."""
    def span(pair):
        return (pair[0] + offset, pair[1] + offset)

    def speaker(s: Speaker) -> Speaker:
        if s.start is None:
            return s
        return replace(s, start=s.start + offset, end=s.end + offset)

    actors = [replace(a, aliases=list(a.aliases), mentions=[
        replace(m, start=m.start + offset, end=m.end + offset, sentence=span(m.sentence)) for m in a.mentions])
        for a in analysis.actors]
    quotes = [replace(q, start=q.start + offset, end=q.end + offset, speaker=speaker(q.speaker),
                      sentence=span(q.sentence), segments=tuple(span(s) for s in q.segments))
              for q in analysis.quotes]
    facts = [replace(f, start=f.start + offset, end=f.end + offset, sentence=span(f.sentence))
             for f in analysis.facts]
    return Analysis(actors, quotes, facts, analysed_chars=analysis.analysed_chars + offset,
                    notices=list(analysis.notices))


def highlights_in(analysis: Analysis, start: int, end: int) -> set[tuple]:
    """What the reader shows between two offsets: actor mentions (with their type) and direct
    quote segments (with who said them) — the spans a first screen and the final pass share."""
    names = {a.id: a.name for a in analysis.actors}
    out: set[tuple] = set()
    for actor in analysis.actors:
        out.update(("mention", m.start, m.end, actor.type) for m in actor.mentions if start <= m.start < end)
    for q in analysis.quotes:
        if q.kind != "direct":
            continue
        who = names.get(q.speaker.actor_id) or q.speaker.text
        out.update(("quote", s, e, who) for s, e in (q.segments or ((q.start, q.end),)) if start <= s < end)
    return out


__all__ = ["SCREEN_CHARS", "analyze_paragraphs", "covers_everything", "highlights_in", "screen_paragraphs",
           "shifted"]
