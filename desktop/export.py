"""Export an article's notes, quotes, facts and actors to Markdown, HTML or JSON.

Every piece of article or note text is escaped for its format, so "<script>", "[x](y)",
"---" or YAML syntax in an article or a note comes out as inert text. Files are written to a
temporary name and renamed: an export killed halfway leaves no half-written file behind.
"""
from __future__ import annotations

import datetime as dt
import html
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from .analysis.types import Analysis, format_value, quote_paragraphs
from .article import Article, Paragraph
from .durable import replace_file
from .fsnames import clean_text, file_stem
from .notes import NOTES_SCHEMA, Note, canonical_tag, hashtag, read_notes_export
from .wording import counted

FORMATS = ("md", "html", "json")
# Only what Markdown (CommonMark, and Obsidian's extensions) would read as markup is escaped:
# "long-standing" and "(Ottawa, March 14)." stay as they are, so notes apps find the words.
# An underscore between two letters or digits never opens or closes emphasis (CommonMark's
# flanking rules), so "snake_case" and "01_harbour_flood" stay as written.
_MD_INLINE = re.compile(r"([\\`*\[\]<>|~]|(?<![0-9A-Za-z])_|_(?![0-9A-Za-z]))|(!(?=\[))|(&(?=#?\w+;))|(==)"
                        r"|(#(?=[^\s#]))")
# "1. x" and "1) x" start an ordered list only with a space (or nothing) after them: "1.8 m" does not.
_MD_LINE_START = re.compile(r"^(\s*)(?:([#>+=-])|(\d+)([.)])(?=\s|$))")


@dataclass(slots=True)
class ExportItem:
    article: Article
    analysis: Analysis | None
    notes: list[Note]
    actor_filter: set[str] = field(default_factory=set)  # only what concerns these actors

    def quotes(self):
        quotes = self.analysis.quotes if self.analysis else []
        return [q for q in quotes if not self.actor_filter or q.speaker.actor_id in self.actor_filter]

    def facts(self):
        facts = self.analysis.facts if self.analysis else []
        return [f for f in facts if not self.actor_filter or f.subject in self.actor_filter]

    def paragraphs(self) -> list[int]:
        if self.analysis is None or not self.actor_filter:
            return list(range(len(self.article.paragraphs)))
        return self.analysis.paragraphs_about(self.article, self.actor_filter)

    def kept_notes(self) -> list[Note]:
        """The notes to export, in reading order."""
        notes = sorted(self.notes, key=lambda n: (n.start, n.end, n.created))
        if not self.actor_filter:
            return notes
        keep = set(self.paragraphs())
        return [n for n in notes if self.article.paragraph_at(n.start) in keep]

    def actor_name(self, actor_id: str | None) -> str | None:
        actor = self.analysis.actor(actor_id) if self.analysis and actor_id else None
        return actor.name if actor else None


# ---------------------------------------------------------------------------- Markdown

MD_LINE_BREAK = "\\\n  "  # CommonMark's hard line break, indented to stay inside a list item
MD_INDENT = "    "  # one level of list nesting: four spaces, which CommonMark and Python-Markdown both read
_NUMBER_MARKER = re.compile(r"\d{1,9}[.)]")  # an ordered item's marker as Markdown writes it ("3.", "3)")


def md_escape(text: str) -> str:
    """Article or note text as Markdown that shows exactly that text: whitespace joined into
    one line, and a backslash (CommonMark allows one before any ASCII punctuation) only where
    the text would otherwise turn into markup — emphasis, code, links, HTML, tables, headings,
    lists or quotes at the line start, Obsidian's ==highlights==, #tags and $maths$."""
    line = " ".join(text.split())
    line = _MD_INLINE.sub(lambda m: "\\" + m.group(0) if m.group(4) is None else "\\=\\=", line)
    if line.count("$") > 1:  # two dollars could enclose $maths$ in Obsidian; one never does
        line = line.replace("$", "\\$")
    return _MD_LINE_START.sub(_escape_line_start, line, count=1)


def _escape_line_start(m: re.Match) -> str:
    if m.group(2):  # "# x", "> x", "- x", "+ x", "===": heading, quote, list, setext line
        return f"{m.group(1)}\\{m.group(2)}"
    return f"{m.group(1)}{m.group(3)}\\{m.group(4)}"  # "1. x": an ordered list


def paragraphs_and_lines(text: str) -> list[list[str]]:
    """A note as the user wrote it: paragraphs (split at blank lines), each a list of its
    lines, with blank and surrounding whitespace dropped. "a\nb\n\nc" → [["a", "b"], ["c"]]."""
    out: list[list[str]] = [[]]
    for line in text.splitlines():
        if line.strip():
            out[-1].append(line.strip())
        elif out[-1]:
            out.append([])
    return [p for p in out if p]


def md_note_text(text: str) -> str:
    """A note's text as Markdown that keeps its paragraphs (a blank line between them) and
    its line breaks (CommonMark's hard break: a backslash at the end of the line)."""
    return "\n\n".join("\\\n".join(md_escape(line) for line in lines) for lines in paragraphs_and_lines(text))


def md_tag(tag: str) -> str:
    """A tag as Obsidian reads it (#word, #nested/word): the note's canonical tag
    (`notes.canonical_tag`: letters, digits, "_", "-", "/"), so it can never become markup
    and reads back through the Tags field and the import as the same tag."""
    return hashtag(canonical_tag(tag) or "tag")


def note_link(article: Article, note: Note) -> str:
    """Where a highlight is: the article's file with the character offsets as a fragment."""
    where = f"characters {note.start}–{note.end}"
    if not article.source:
        return where
    path = Path(article.source)
    target = path.as_uri() if path.is_absolute() else quote(article.source)
    return f"[open at {where}](<{target}#chars={note.start}-{note.end}>)"


_LOCATION = re.compile(r"#chars=(\d+)-(\d+)$")


def parse_location(arg: str) -> tuple[str, tuple[int, int] | None]:
    """What `note_link` wrote, back: "file:///a/b.txt#chars=12-30" or "b.txt#chars=12-30"
    → ("/a/b.txt", (12, 30)); anything else → (arg, None). A file whose own name ends in
    "#chars=…" is taken as a name when it exists."""
    from urllib.parse import unquote, urlparse

    match = _LOCATION.search(arg)
    if match is None or os.path.exists(arg):
        return arg, None
    path = arg[:match.start()]
    if path.startswith("file://"):
        path = unquote(urlparse(path).path)
    return path, (int(match.group(1)), int(match.group(2)))


def speaker_label(note: Note) -> str:
    return note.speaker or "speaker unknown"


def yaml_string(text: str) -> str:
    """`text` as one YAML scalar, quoted and escaped as YAML requires (by PyYAML)."""
    import yaml

    return yaml.safe_dump(text, allow_unicode=True, default_style='"', width=1 << 30).rstrip("\n").removesuffix(
        "\n...")


def to_markdown(items: list[ExportItem], full_text: bool = False) -> str:
    front = _front_matter(items)
    body = [_markdown_article(item, full_text, heading="#" if len(items) == 1 else "##") for item in items]
    title = "" if len(items) == 1 else "# Byline export\n\n"
    return front + title + "\n\n".join(body).rstrip() + "\n"


def _markdown_note(article: Article, n: Note) -> str:
    """One highlight: what it covers, then (directly under it) the note, then a line with its
    kind, colour, tags and a link back to the article at its offsets."""
    text = md_escape(n.quote)
    if n.kind == "quote":  # one paragraph of the block quote per paragraph of the quote
        text = "\n>\n> ".join(md_escape(p) for p in quote_paragraphs(n.quote))
        block = f"> “{text}”\n>\n> — {md_escape(speaker_label(n))}"
    elif n.kind == "reported":  # the reporter's paraphrase: attributed, never in quotation marks
        block = f"*Reported statement by {md_escape(speaker_label(n))} (in the article's words):* {text}"
    else:
        block = f"> {text}"
    parts = [block]
    if n.note:
        parts.append(md_note_text(n.note))
    label = {"highlight": "highlight", "quote": "kept quote", "reported": "kept reported statement",
             "fact": "kept fact"}.get(n.kind, n.kind)
    meta = [f"{n.colour} {label}", *(md_tag(t) for t in n.tags), note_link(article, n)]
    parts.append(" · ".join(meta))
    return "\n\n".join(parts)


def _front_matter(items: list[ExportItem]) -> str:
    if len(items) == 1:
        item, a = items[0], items[0].article
        scalars = {"title": a.title, "source": a.source, "date": _date_value(a.date), "byline": a.byline}
        lists = {"actors": [x.name for x in (item.analysis.actors if item.analysis else [])
                            if not item.actor_filter or x.id in item.actor_filter]}
    else:
        scalars = {"title": "Byline export"}
        lists = {"articles": [i.article.title for i in items],
                 "actors": sorted({x.name for i in items for x in (i.analysis.actors if i.analysis else [])})}
    lists["tags"] = ["byline", *sorted({t for i in items for n in i.notes for t in n.tags})]
    data = {k: v for k, v in scalars.items() if v} | lists
    data["exported"] = dt.datetime.now().replace(microsecond=0).isoformat()
    return "---\n" + _yaml(data) + "---\n\n"


def _date_value(raw: str | None):
    """The article's date for front matter in one form whatever the source wrote: a day as a
    YAML date (2026-03-14, which Obsidian, Hugo and Jekyll read as one), a month or year as
    ISO 8601 text ("2026-03"), and what cannot be read as written."""
    from .dates import published_date

    when = published_date(raw)
    if not when.known:
        return raw
    return when.day if len(when.text) == 10 else when.text


def _yaml(data: dict) -> str:
    """YAML that any reader parses back to `data`: PyYAML's safe_dump quotes and escapes
    whatever needs it ("---", "key: value", "yes", "2026", U+0080, a leading "@")."""
    import yaml

    class Dumper(yaml.SafeDumper):
        pass

    def text(dumper, value: str):
        # PyYAML writes NEL and the Unicode line separators raw in single quotes, and reads
        # them back as spaces; double quotes escape them (\N, \L, \P).
        style = '"' if any(ch in value for ch in "\x85\u2028\u2029") else None
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)

    Dumper.add_representer(str, text)
    return yaml.dump(data, Dumper=Dumper, allow_unicode=True, sort_keys=False, default_flow_style=False,
                     width=1 << 30)


def _markdown_article(item: ExportItem, full_text: bool, heading: str) -> str:
    a = item.article
    sub = heading + "#"
    out = [f"{heading} {md_escape(a.title)}"]
    meta = " · ".join(md_escape(p) for p in (a.byline and f"By {a.byline}", a.date, a.source) if p)
    if meta:
        out.append(f"*{meta}*")
    if item.actor_filter and item.analysis:
        names = ", ".join(md_escape(item.actor_name(x) or x) for x in sorted(item.actor_filter))
        out.append(f"*Only what concerns: {names}*")
    notes = item.kept_notes()
    out.append(f"{sub} Highlights and notes")
    if not notes:
        out.append("*No highlights yet.*")
    out.extend(_markdown_note(item.article, n) for n in notes)
    quotes = item.quotes()
    if quotes:
        out.append(f"{sub} Quotes")
        by_speaker: dict[str, list] = {}
        for q in quotes:
            who = item.actor_name(q.speaker.actor_id) or q.speaker.text or "Unattributed"
            by_speaker.setdefault(who, []).append(q)
        for who, qs in by_speaker.items():
            out.append(f"{sub}# {md_escape(who)}")
            lines = []
            for q in qs:  # a quote over several paragraphs keeps them apart: a hard line break each
                text = MD_LINE_BREAK.join(md_escape(p) for p in q.display_paragraphs())
                if q.kind == "direct":  # the speaker's words
                    lines.append(f"- {text}" + (f" — {md_escape(q.cue)}" if q.cue else ""))
                else:  # the reporter's words, after their cue ("denied that …"): never in quotation marks
                    lines.append(f"- *reported:* {text}")
            out.append("\n".join(lines))
    facts = item.facts()
    if facts:
        out.append(f"{sub} Facts")
        lines = []
        for f in facts:
            subject = item.actor_name(f.subject)
            if f.kind == "role" and subject:
                lines.append(f"- **role:** {md_escape(subject)} — {md_escape(str(f.value))}")
            else:
                value = "" if f.value in (None, f.text) else f" ({md_escape(format_value(f.value))})"
                about = f" — {md_escape(subject)}" if subject else ""
                lines.append(f"- **{f.kind}:** {md_escape(f.text)}{value}{about}")
        out.append("\n".join(lines))
    if item.analysis and item.analysis.actors:
        out.append(f"{sub} Actors")
        out.append("\n".join(
            f"- {md_escape(actor.name)} ({actor.type}, {counted(len(actor.mentions), 'mention')}"
            + (f"; also {', '.join(md_escape(x) for x in actor.aliases)}" if actor.aliases else "") + ")"
            for actor in item.analysis.actors if not item.actor_filter or actor.id in item.actor_filter))
    if full_text:
        out.append(f"{sub} Full text")
        out.extend(md_paragraph(a.paragraphs[i], a.paragraph_text(i), sub) for i in item.paragraphs())
    return "\n\n".join(out)


def md_paragraph(p: Paragraph, text: str, section: str) -> str:
    """One paragraph of the full text as Markdown of its kind, so the export reads as the article
    did: a heading one level under the section heading `section` ("##"), a list item with its
    number (bullets as "-") nested four spaces a level, a further paragraph of an item indented
    under it, a block quote with one ">" a level, else a plain paragraph.

    The text itself is escaped (md_escape), so it never starts with one of these prefixes:
    loaders._exported_paragraphs reads them back as the paragraph's kind, level and marker."""
    body = md_escape(text)
    level = max(1, p.level)
    if p.kind == "heading":
        return "#" * min(6, len(section) + level) + " " + body
    if p.kind == "item":
        indent = MD_INDENT * (level - 1)
        if not p.marker:  # the second paragraph of an item is not numbered again
            return indent + MD_INDENT + body
        return f"{indent}{p.marker if _NUMBER_MARKER.fullmatch(p.marker) else '-'} {body}"
    if p.kind == "blockquote":
        return "> " * level + body
    return body


# ---------------------------------------------------------------------------- HTML

_CSS = """
body { font: 16px/1.6 "DejaVu Serif", Georgia, serif; color: #1f1d1a; background: #fffdf8; margin: 0; }
main { max-width: 1100px; margin: 0 auto; padding: 32px 24px; }
h1 { font-size: 1.8em; line-height: 1.2; margin: 0 0 4px; }
.meta { color: #6b665e; font: 13px/1.4 "DejaVu Sans", sans-serif; margin-bottom: 24px; }
.row { display: grid; grid-template-columns: minmax(0, 680px) 300px; gap: 28px; }
.row p { margin: 0 0 14px; }
.row p.item { margin-bottom: 6px; }
.row .marker { color: #6b665e; display: inline-block; min-width: 1.2em; }
.row blockquote { margin-top: 0; margin-right: 0; padding-left: 12px; border-left: 3px solid #d8d2c4; }
aside { font: 13px/1.45 "DejaVu Sans", sans-serif; color: #3d3a35; }
aside .note { border-left: 4px solid #e2b400; padding: 2px 0 2px 8px; margin-bottom: 10px; }
aside .note .n, sup.n { font: bold 11px "DejaVu Sans", sans-serif; color: #6b665e; }
aside .note .meta { margin: 2px 0 0; font-size: 12px; }
aside .note p { margin: 0 0 6px; } aside .note p:last-of-type { margin-bottom: 0; }
aside .note .tag { background: #ecebe6; border-radius: 3px; padding: 0 4px; margin-right: 3px; }
.person { color: #005a8f; } .organisation { color: #a6420a; } .place { color: #00704f; } .group { color: #8e3f73; }
.actor { text-decoration: underline; text-underline-offset: 2px; }
.quote { background: #f4ead0; } .reported { background: #e9eef4; }
mark { color: inherit; border-bottom: 2px solid rgba(0,0,0,.35); padding: 1px 0; }
mark.yellow { background: #ffe45c; } mark.green { background: #a8e6a1; } mark.blue { background: #a9d4ff; }
mark.pink { background: #ffb3d1; } mark.purple { background: #d5c2ff; }
aside .note.yellow { border-color: #e2b400; } aside .note.green { border-color: #3f9b35; }
aside .note.blue { border-color: #2f7fd8; } aside .note.pink { border-color: #d64f8a; }
aside .note.purple { border-color: #7d5bd6; }
h2 { font: bold 15px "DejaVu Sans", sans-serif; text-transform: uppercase; letter-spacing: .04em; color: #6b665e; margin-top: 32px; }
ul { padding-left: 20px; } section.article + section.article { border-top: 1px solid #ddd; margin-top: 40px; }
@media print { body { background: white; } main { padding: 0; } .row { grid-template-columns: 65% 35%; } }
"""


def to_html(items: list[ExportItem]) -> str:
    title = items[0].article.title if len(items) == 1 else "Byline export"
    body = "\n".join(_html_article(item) for item in items)
    # No scripts, no external resources; the CSP also forbids the browser to fetch anything.
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
            f"<title>{html.escape(title)}</title><style>{_CSS}</style></head>\n"
            f"<body><main>\n{body}\n</main></body></html>\n")


def _html_article(item: ExportItem) -> str:
    a = item.article
    e = html.escape
    meta = " · ".join(e(p) for p in (a.byline and f"By {a.byline}", a.date, a.source) if p)
    parts = [f"<section class=\"article\"><h1>{e(a.title)}</h1><div class=\"meta\">{meta}</div>"]
    notes = item.kept_notes()
    numbers = {n.id: i for i, n in enumerate(notes, start=1)}  # the marker in the text and beside it
    for index in item.paragraphs():
        p = a.paragraphs[index]
        aside = "".join(_html_note(n, numbers[n.id]) for n in notes if p.start <= n.start < p.end + 2)
        parts.append(f"<div class=\"row\">{_html_paragraph(p, _marked_up(item, p.start, p.end, numbers))}"
                     f"<aside>{aside}</aside></div>")
    quotes = item.quotes()
    if quotes:
        parts.append("<h2>Quotes</h2><ul>")
        for q in quotes:
            who = item.actor_name(q.speaker.actor_id) or q.speaker.text or "Unattributed"
            text = "<br>".join(e(p) for p in q.display_paragraphs())  # a paraphrase has no quotation marks
            text = text if q.kind == "direct" else f"<i>reported:</i> {text}"
            parts.append(f"<li><b>{e(who)}</b>: {text}</li>")
        parts.append("</ul>")
    facts = item.facts()
    if facts:
        parts.append("<h2>Facts</h2><ul>")
        for f in facts:
            subject = item.actor_name(f.subject)
            parts.append(f"<li><b>{e(f.kind)}</b>: {e(f.text)}" + (f" — {e(subject)}" if subject else "") + "</li>")
        parts.append("</ul>")
    parts.append("</section>")
    return "\n".join(parts)


def _html_paragraph(p, inner: str) -> str:
    """One paragraph of the text as its kind: a heading, a list item with its bullet or number
    (a marker beside the text, as the reader shows it), a block quote, or a plain paragraph."""
    if p.kind == "heading":
        return f"<h3>{inner}</h3>"
    if p.kind == "item":
        marker = f"<span class=\"marker\">{html.escape(p.marker)}</span> " if p.marker else ""
        return f"<p class=\"item\" style=\"margin-left: {1.5 * p.level:g}em\">{marker}{inner}</p>"
    if p.kind == "blockquote":
        return f"<blockquote style=\"margin-left: {1.5 * p.level:g}em\"><p>{inner}</p></blockquote>"
    return f"<p>{inner}</p>"


def _html_note(n: Note, number: int) -> str:
    e = html.escape
    what = {"quote": f"Quote — {e(speaker_label(n))}",
            "reported": f"Reported statement — {e(speaker_label(n))} (the article's words)",
            "fact": "Kept fact"}.get(n.kind, "")
    marker = f"<span class=\"n\">{number}</span> "
    if n.note:  # the number opens the note's first paragraph
        body = html_note_text(n.note).replace("<p>", "<p>" + marker, 1)
    else:
        body = f"<p>{marker}" + ("" if what else "<i>highlight</i>") + "</p>"
    tags = "".join(f"<span class=\"tag\">{e(md_tag(t))}</span>" for t in n.tags)
    meta = " ".join(x for x in (what and f"<i>{what}</i>", tags) if x)
    return (f"<div class=\"note {e(n.colour)}\">{body}"
            + (f"<div class=\"meta\">{meta}</div>" if meta else "") + "</div>")


def html_note_text(text: str) -> str:
    """A note's text as HTML that keeps its paragraphs (<p>) and line breaks (<br>), every
    line escaped: "a<b\nc\n\nd" → "<p>a&lt;b<br>c</p><p>d</p>"."""
    return "".join("<p>" + "<br>".join(html.escape(line) for line in lines) + "</p>"
                   for lines in paragraphs_and_lines(text))


def _marked_up(item: ExportItem, start: int, end: int, numbers: dict[str, int] | None = None) -> str:
    """The paragraph's text with the same highlights as the reader, as properly nested spans.
    The user's highlights are innermost, so a quote's tint never paints over them, and each
    ends with the number of its note in the margin."""
    text = item.article.text
    numbers = numbers or {}
    spans: list[tuple[int, int, str, str]] = []  # start, end, css class, title
    for n in item.kept_notes():
        spans.append((n.start, n.end, f"mark {n.colour}", n.note or "Your highlight"))
    if item.analysis:
        for actor in item.analysis.actors:
            for m in actor.mentions:
                spans.append((m.start, m.end, f"actor {actor.type}", actor.name))
        # Direct quotes before reported speech: a quote nested in a reported statement is
        # the inner span, so its tint shows there (as in the reader, ui/theme.py reported_bg).
        for kind, css, label in (("direct", "quote", "Quote"), ("reported", "reported", "Reported speech")):
            for q in item.analysis.quotes:
                if q.kind == kind:
                    who = item.actor_name(q.speaker.actor_id) or q.speaker.text or "unknown"
                    for s, t in q.segments or ((q.start, q.end),):
                        spans.append((s, t, css, f"{label} — {who}"))
    ends = {n.end: numbers[n.id] for n in item.kept_notes() if n.id in numbers and start < n.end <= end}
    cuts = sorted({start, end} | {x for s, t, _, _ in spans for x in (s, t) if start < x < end})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        piece = html.escape(text[a:b])
        for s, t, css, title in spans:  # notes first: innermost
            if s <= a and b <= t:
                if css.startswith("mark"):
                    piece = f"<mark class=\"{css[5:]}\" title=\"{html.escape(title)}\">{piece}</mark>"
                else:
                    piece = f"<span class=\"{css}\" title=\"{html.escape(title)}\">{piece}</span>"
        out.append(piece)
        if b in ends:
            out.append(f"<sup class=\"n\">{ends.pop(b)}</sup>")
    return "".join(out)


# ---------------------------------------------------------------------------- JSON

def to_json(items: list[ExportItem]) -> dict:
    return {
        "schema": NOTES_SCHEMA,
        "exported": dt.datetime.now().astimezone().replace(microsecond=0).isoformat(),
        "articles": [{
            "id": i.article.id, "title": i.article.title, "source": i.article.source,
            "date": i.article.date, "actor_filter": sorted(i.actor_filter),
            "notes": [n.to_export_dict() for n in i.kept_notes()],
            "quotes": [q.to_dict() for q in i.quotes()],
            "facts": [f.to_dict() for f in i.facts()],
            "actors": [{"id": x.id, "name": x.name, "type": x.type, "aliases": x.aliases}
                       for x in (i.analysis.actors if i.analysis else [])],
        } for i in items],
    }


def notes_from_json(data: dict, text_length=None) -> list[Note]:
    """The valid notes of a `byline.notes/1` export, ready to put back into a store (ValueError
    if `data` is no such export). `notes.read_notes_export` also lists what was skipped and why."""
    return read_notes_export(data, text_length).notes


# ---------------------------------------------------------------------------- files

def render(items: list[ExportItem], fmt: str, full_text: bool = False) -> str:
    if fmt == "md":
        return to_markdown(items, full_text)
    if fmt == "html":
        return to_html(items)
    if fmt == "json":
        return json.dumps(to_json(items), ensure_ascii=False, indent=1) + "\n"
    raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")


def write_atomic(path: str | Path, text: str) -> Path:
    """Write to a temporary file beside `path`, flush it to disk, then rename over `path`."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # a file name that is not UTF-8, quoted in the export: shown as U+FFFD
        text = clean_text(text)
    # An export is an ordinary document, not private like a draft: the mode the file it replaces
    # had, or else what the user's umask gives new files.
    replace_file(path, text, mode=_mode_for(path))
    return path


def _mode_for(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        return 0o666 & ~current_umask()


def current_umask() -> int:
    """The process umask, read without changing it where the system allows (Linux), since
    setting it to probe it would race with other threads creating files."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


class ExportExists(FileExistsError):
    """A folder export would replace files already there; nothing was written."""

    def __init__(self, paths: list[Path]) -> None:
        super().__init__(f"{counted(len(paths), 'file')} already {'exists' if len(paths) == 1 else 'exist'}: "
                         f"{', '.join(p.name for p in paths[:5])}")
        self.paths = paths


def export_file_names(items: list[ExportItem], fmt: str) -> list[str]:
    """One file name per article for a folder export: the title's slug and the first eight
    characters of the article id ("budget-day-3f9a0c12.md"), so articles that share a title
    never share a file and the same article gets the same name at every export."""
    names, used = [], set()
    for item in items:
        slug = file_stem(item.article.title)
        base = name = f"{slug}-{item.article.id[:8]}"
        n = 2
        while name in used:  # the same article twice in one export
            name, n = f"{base}-{n}", n + 1
        used.add(name)
        names.append(f"{name}.{fmt}")
    return names


def suggested_export_name(articles: list[Article], fmt: str) -> str:
    """The file name the Export dialog suggests: the article's title cut at a word boundary
    (`fsnames.file_stem`), or "byline-export" for several articles, with the format's
    extension: "budget-day-what-changed.md"."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    title = articles[0].title if len(articles) == 1 else ""
    return f"{file_stem(title, fallback='byline-export')}.{fmt}"


def export_files(items: list[ExportItem], fmt: str, out: str | Path, full_text: bool = False,
                 overwrite: bool = False) -> list[Path]:
    """One file for everything, or — when `out` is an existing folder or ends with a slash —
    one file per article inside it (names from `export_file_names`). A folder export never
    replaces a file silently: unless `overwrite`, it raises `ExportExists` before writing."""
    targets = _folder_targets(items, fmt, out)
    if targets is not None:
        existing = [t for t in targets if os.path.lexists(t)]
        if existing and not overwrite:
            raise ExportExists(existing)
        return [write_atomic(target, render([item], fmt, full_text)) for item, target in zip(items, targets)]
    return [write_atomic(Path(out), render(items, fmt, full_text))]


def folder_export_clashes(items: list[ExportItem], fmt: str, out: str | Path) -> list[Path]:
    """The files already there that a folder export of `items` to `out` would replace ([] for
    a one-file export). The names need only the articles, not their analyses, so the command
    line refuses before it analyses anything."""
    targets = _folder_targets(items, fmt, out)
    return [t for t in targets or [] if os.path.lexists(t)]


def _folder_targets(items: list[ExportItem], fmt: str, out: str | Path) -> list[Path] | None:
    """One path per item when `out` is a folder (an existing one, or a name ending with a
    slash), else None."""
    folder = str(out).endswith(("/", os.sep))  # before Path(), which drops the slash
    out = Path(out)
    if folder or out.is_dir():
        return [out / name for name in export_file_names(items, fmt)]
    return None
