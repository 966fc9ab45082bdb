"""Loading .txt, .md and .html files into one canonical `Article`.

Every failure a person can cause (a binary file, an empty one, a wrong type, a huge one)
raises `LoadError` with a sentence they can act on; nothing here touches the network.
"""
from __future__ import annotations

import codecs
import errno
import itertools
import os
import re
import stat
from pathlib import Path

from .article import Article, build_article, clean_paragraph, fallback_title, split_turn_lines
from .fsnames import display_name, safe_resolve

MAX_FILE_BYTES = 10 * 1024 * 1024  # a long feature is ~100 KB; 10 MB is a book, not an article
TEXT_SUFFIXES = {".txt", ".text", ""}
MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown", ".mkd"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
SUPPORTED_SUFFIXES = (TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES) - {""}

_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (or a Word/OpenDocument file)",
    b"\x1f\x8b": "a gzip archive",
    b"\x7fELF": "a program",
    b"RIFF": "a media file",
    b"\xd0\xcf\x11\xe0": "an old Microsoft Office document",
}


class LoadError(Exception):
    """A file cannot be opened as an article; the message is meant for the user."""


def collect_files(paths: list[str | Path], errors: list[str] | None = None) -> list[Path]:
    """Files to open from files and folders (folders recursively, supported types only,
    hidden files and folders skipped, symbolic links to folders not followed), in a stable
    order, without duplicates. Folders that cannot be read, and entries there that are not
    regular files (pipes, sockets, devices, link loops), are described in `errors`."""
    out: list[Path] = []
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        found = _files_under(path, errors) if _is_dir(path) else [path]
        for p in found:
            key = safe_resolve(p)
            if key not in seen:
                seen.add(key)
                out.append(p)
    return out


def _is_dir(path: Path) -> bool:
    try:
        return stat.S_ISDIR(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


def _files_under(folder: Path, errors: list[str] | None) -> list[Path]:
    def unreadable(exc: OSError) -> None:
        if errors is not None:
            errors.append(f"{display_name(exc.filename or folder)}: cannot be read ({exc.strerror or exc}).")

    found = []
    for top, dirs, files in os.walk(folder, onerror=unreadable):  # never follows links to folders
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in files:
            path = Path(top, name)
            if name.startswith(".") or path.suffix.lower() not in SUPPORTED_SUFFIXES:
                continue
            try:
                mode = os.stat(path).st_mode
            except OSError as exc:
                unreadable(exc)
                continue
            if stat.S_ISREG(mode):
                found.append(path)
            elif errors is not None:
                errors.append(f"{display_name(path)}: skipped, {_kind_of(mode)}, not a file.")
    return sorted(found)


def load_article(path: str | Path) -> Article:
    path = Path(path)
    data = _read_bytes(path)
    suffix = path.suffix.lower()
    if suffix in MARKDOWN_SUFFIXES:
        kind = "markdown"
    elif suffix in HTML_SUFFIXES:
        kind = "html"
    elif suffix in TEXT_SUFFIXES:
        kind = "text"
    else:
        raise LoadError(
            f"{display_name(path.name)}: Byline opens .txt, .md and .html files, not "
            f"'{display_name(suffix)}' files."
        )
    text, notices = decode_bytes(data, display_name(path.name), html=(kind == "html"))
    if not text.strip():
        raise LoadError(f"{display_name(path.name)} contains only white space: there is nothing to read.")
    if kind == "markdown":
        article = parse_markdown(text, source=str(path), notices=notices)
    elif kind == "html":
        article = parse_html(text, source=str(path), notices=notices)
    else:
        article = parse_plain_text(text, source=str(path), notices=notices)
    if not article.text:
        raise LoadError(f"{display_name(path.name)} has no readable article text.")
    return article


def _kind_of(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "a special file"


def _read_bytes(path: Path) -> bytes:
    return read_regular_file(path, MAX_FILE_BYTES)


def read_regular_file(path: str | Path, limit: int, what: str = "articles") -> bytes:
    """The file's bytes, at most `limit`; LoadError (one sentence) otherwise. Only regular
    files are read: a pipe, a socket or a device (/dev/zero, a FIFO named "f.txt") is refused
    before any read, and the file is opened non-blocking, so nothing here can wait for ever or
    read without end. `what` names what Byline opens, for the too-large message."""
    path = Path(path)
    name, full = display_name(path.name or path), display_name(path)
    try:
        mode = os.stat(path).st_mode  # stat first: a device or socket is never even opened
        if not stat.S_ISREG(mode):
            raise LoadError(f"{name} is a folder, not an article." if stat.S_ISDIR(mode) else
                            f"{name} is {_kind_of(mode)}, not a file: Byline opens only regular files.")
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise LoadError(f"{full}: no such file.") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise LoadError(f"{full}: a symbolic link that leads back to itself (a link loop).") from None
        raise LoadError(f"{full}: cannot be read ({exc.strerror or exc}).") from None
    except ValueError:  # a NUL in the name
        raise LoadError(f"{full}: not a valid file name.") from None
    try:
        info = os.fstat(fd)  # the file actually opened, in case the path changed since the stat
        if not stat.S_ISREG(info.st_mode):
            raise LoadError(f"{name} is {_kind_of(info.st_mode)}, not a file: Byline opens only regular files.")
        if info.st_size > limit:
            raise LoadError(_too_large(name, info.st_size, limit, what))
        chunks, total = [], 0
        while total <= limit:  # a hard limit even if the file grows while read
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except OSError as exc:
        raise LoadError(f"{name} cannot be read ({exc.strerror or exc}).") from None
    finally:
        os.close(fd)
    if total > limit:
        raise LoadError(_too_large(name, total, limit, what))
    if not total:
        raise LoadError(f"{name} is empty.")
    return b"".join(chunks)


def _too_large(name: str, size: int, limit: int, what: str) -> str:
    return (f"{name} is too large ({size / 1_048_576:.1f} MB); "
            f"Byline opens {what} up to {limit // 1_048_576} MB.")


# --------------------------------------------------------------------------- decoding

def decode_bytes(data: bytes, name: str = "file", html: bool = False) -> tuple[str, list[str]]:
    """Bytes → text. UTF-8 and UTF-16/32 with a BOM, BOM-less UTF-16, a declared HTML charset,
    then Windows-1252 as the last resort (it decodes any byte, so we say we used it)."""
    for bom, codec in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                       (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                       (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(codec), []
            except UnicodeDecodeError:
                raise LoadError(f"{name} starts with a {codec} mark but is not valid {codec}.") from None
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise LoadError(f"{name} is {what}, not a text article.")
    utf16 = _guess_bomless_utf16(data)
    if utf16:
        return data.decode(utf16, errors="replace"), [f"Read as {utf16.upper()} (no byte-order mark)."]
    if _looks_binary(data):
        raise LoadError(f"{name} looks like a binary file, not a text article.")
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    declared = _declared_charset(data) if html else None
    if declared:
        try:
            return data.decode(declared), []
        except (LookupError, UnicodeDecodeError):
            pass
    return (
        data.decode("cp1252", errors="replace"),
        ["This file is not valid UTF-8; it was read as Windows-1252 (Western European)."],
    )


def _guess_bomless_utf16(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 8:
        return None
    even_nuls = sample[0::2].count(0) / (len(sample) / 2)
    odd_nuls = sample[1::2].count(0) / (len(sample) / 2)
    if odd_nuls > 0.4 and even_nuls < 0.05:
        return "utf-16-le"
    if even_nuls > 0.4 and odd_nuls < 0.05:
        return "utf-16-be"
    return None


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return controls > len(sample) * 0.05


def _declared_charset(data: bytes) -> str | None:
    match = re.search(rb"""charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", data[:4096])
    return match.group(1).decode("ascii").lower() if match else None


# --------------------------------------------------------------------------- plain text

_HEADLINE_END = re.compile(r"[.,;:!]$")
_DATE_TEXT = (
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?"
    r"(?:\d{4}-\d{2}-\d{2}|\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4})"
)
# "By Jane Doe", optionally followed by a separator and a date ("By Jane Doe · 2 May 2026").
_BYLINE = re.compile(
    r"^(?:[Bb]y|BY|[Ff]rom)\s+(?P<name>[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|de|van|von|da|al))"
    r"{0,5})(?:\s*[·•—–|,-]\s*(?P<date>" + _DATE_TEXT + r"))?$"
)
_DATELINE = re.compile(r"^" + _DATE_TEXT + r"(?:[ ,T].{0,20})?$")


def split_plain_paragraphs(text: str) -> list[str]:
    """Blank lines separate paragraphs; a file with no blank line uses one paragraph per line
    (many exported articles, the shared seed among them, look like that)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if re.search(r"\n[ \t]*\n", text):
        blocks = re.split(r"\n[ \t]*\n", text)
    else:
        blocks = text.split("\n")
    return [turn for b in blocks if clean_paragraph(b) for turn in split_turn_lines(b)]


def looks_like_headline(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= 20 and len(line) <= 160 and not _HEADLINE_END.search(line)


def parse_plain_text(text: str, *, source: str = "", notices=()) -> Article:
    blocks = [clean_paragraph(b) for b in split_plain_paragraphs(text)]
    title = ""
    if len(blocks) > 1 and looks_like_headline(blocks[0]):
        title = blocks.pop(0)
    byline, date, used = take_byline_and_date(blocks)
    # No headline line: name it after its file, as Calibre does; its opening words as a title
    # would print the first sentence twice, once as heading and once as the first paragraph.
    return build_article(
        blocks[used:], title=title or title_from_path(source) or fallback_title(" ".join(blocks)), source=source,
        format="text", byline=byline, date=date, notices=notices,
    )


def title_from_path(source: str) -> str:
    """"reports/2025-03-14_carney_speech.txt" → "2025-03-14 carney speech"; "" without a path."""
    from .fsnames import clean_text

    stem = clean_text(Path(source).stem) if source else ""  # a name that is not UTF-8: U+FFFD, storable
    stem = "".join(ch if ch.isprintable() else " " for ch in stem)  # "two\nlines.txt"
    words = re.sub(r"[_\s]+", " ", re.sub(r"(?<=[a-z])-(?=[a-z])", " ", stem)).strip()
    if not _NAMING_WORD.search(words):  # "000_b36f9bc06a2b769a", "8371": an id names nothing
        return ""
    return words[:1].upper() + words[1:] if words else ""


# A word of letters only, two or more: a file name without one is an id or a number (a
# hash, a date, a download counter) and says less than the article's opening words.
_NAMING_WORD = re.compile(r"(?<![^\W_])[^\W\d_]{2,}(?![^\W_])")


def take_byline_and_date(blocks: list[str]) -> tuple[str | None, str | None, int]:
    """Recognise a leading "By Jane Doe" line and a dateline, in either order.
    Returns (byline, date, how many leading blocks they used)."""
    byline = date = None
    used = 0
    while used < 2 and len(blocks) - used > 1:
        head = clean_paragraph(blocks[used]).strip("*_ ")
        by = _BYLINE.match(head)
        if byline is None and by:
            byline, date = by.group("name"), date or by.group("date")
        elif date is None and _DATELINE.match(head):
            date = head
        else:
            break
        used += 1
    return byline, date, used


# --------------------------------------------------------------------------- markdown

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*\n", re.DOTALL)


def parse_markdown(text: str, *, source: str = "", notices=()) -> Article:
    import markdown  # imported here: start-up should not pay for formats it does not open

    text = text.replace("\r\n", "\n").replace("\r", "\n")
    meta: dict[str, str] = {}
    match = _FRONT_MATTER.match(text)
    if match:
        meta, problem = front_matter(match.group(1))
        if problem:
            notices = [*notices, problem]
        text = text[match.end():]
        if is_byline_export(meta):
            return build_article(
                _exported_paragraphs(text, meta, source), title=meta.get("title", ""), source=source,
                format="markdown", byline=meta.get("byline"), date=meta.get("date"), notices=notices)
    # sane_lists: an ordered list keeps its first number ("3." stays 3) and a bulleted list
    # right after a numbered one stays a list of its own, as the writer meant.
    html = markdown.markdown(text, output_format="html", extensions=["sane_lists"])
    article = parse_html(html, source=source, notices=notices, format="markdown")
    return Article(
        text=article.text, paragraphs=article.paragraphs,
        title=meta.get("title") or article.title, source=source, format="markdown",
        byline=meta.get("author") or meta.get("byline") or article.byline,
        date=meta.get("date") or article.date, notices=article.notices,
    )


def is_byline_export(meta: dict[str, str]) -> bool:
    """Front matter written by Byline's own Markdown export (export._front_matter): an
    'exported' time and the tag 'byline' first among its tags."""
    return bool(meta.get("exported")) and meta.get("tags", "").split(", ")[0] == "byline"


_EXPORT_FULL_TEXT = re.compile(r"^##+ Full text[ \t]*$", re.MULTILINE)


_MD_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")  # CommonMark: a backslash before ASCII punctuation


def _exported_paragraphs(body: str, meta: dict[str, str], source: str) -> list[str]:
    """The article inside Byline's own export: only its "Full text" section, one paragraph a
    line as export.md_escape wrote them, the escapes undone (Python-Markdown keeps "\\=" and
    "\\$", which export escapes for Obsidian, so the text is not read through it).
    The rest of the file — highlights and notes, quotes, facts, actors — is Byline's reading
    of the article, not its text: read as text it made a second library entry of the same
    article with every quote counted twice. The title, byline and date come from the front
    matter, so the round trip gives the same canonical text (and article id) as the original.
    An export without the text, or of several articles, cannot give the article back: say so."""
    name = display_name(Path(source).name) if source else "This file"
    title = meta.get("title", "")
    if meta.get("articles"):
        raise LoadError(f"{name} is Byline's export of several articles ({meta['articles'][:200]}): "
                        "open the articles themselves, or export each one with its full text.")
    heads = list(_EXPORT_FULL_TEXT.finditer(body))
    if not heads:
        where = f" ({display_name(meta['source'])})" if meta.get("source") else ""
        raise LoadError(f"{name} is Byline's export of the notes on “{title}” without the article's text: "
                        f"open the article itself{where}, or export it again with “Include the full text” ticked.")
    # The section heading is the shallowest such heading, its last one: notes are escaped, and a
    # speaker named "Full text" or a heading of the article's own is written one level deeper.
    depth = min(h.group(0).count("#") for h in heads)
    head = [h for h in heads if h.group(0).count("#") == depth][-1]
    blocks = (_exported_block(b, depth) for b in re.split(r"\n[ \t]*\n", body[head.end():]))
    return [b for b in blocks if b[0]]


_EXPORT_BLOCK = re.compile(r"(?P<indent>(?: {4})*)(?:(?P<hashes>#{1,6}) |(?P<quote>(?:> )+)|(?P<bullet>- )"
                           r"|(?P<number>\d{1,9}[.)]) )?")


def _exported_block(block: str, depth: int) -> tuple[str, str, int, str]:
    """One paragraph of an export's full text as (text, kind, level, marker): the prefix that
    export.md_paragraph wrote for its kind — "#" headings under the section's `depth`, "-" or
    "3." items nested four spaces a level, an indented further paragraph of an item, ">" block
    quotes — and the text after it with Markdown's escapes undone."""
    m = _EXPORT_BLOCK.match(block.strip("\n"))
    level = len(m["indent"]) // 4
    text = _MD_ESCAPED.sub(r"\1", clean_paragraph(block.strip("\n")[m.end():]))
    if m["hashes"]:
        return text, "heading", max(1, len(m["hashes"]) - depth), ""
    if m["quote"]:
        return text, "blockquote", len(m["quote"]) // 2, ""
    if m["bullet"]:
        return text, "item", level + 1, _BULLETS[level % len(_BULLETS)]
    if m["number"]:
        return text, "item", level + 1, m["number"]
    if level:  # an item's further paragraph, indented under it
        return text, "item", level, ""
    return text, "paragraph", 0, ""


def front_matter(block: str) -> tuple[dict[str, str], str | None]:
    """YAML front matter → its fields as lower-case keys and plain strings, and a notice when
    the block is not a YAML mapping (its fields are then ignored, the article still opens).

    Read with PyYAML's safe loader: quoting and escapes follow YAML ('Dara O''Neill',
    "Minister calls budget \\"fair\\"") and no tag can build an object. Dates become ISO
    strings; a list ("author: [A, B]") becomes "A, B"; nested mappings are dropped."""
    import yaml  # imported here: start-up should not pay for formats it does not open

    try:
        data = yaml.safe_load(block)
    except yaml.YAMLError as exc:
        where = getattr(exc, "problem_mark", None)
        line = f" (line {where.line + 2})" if where is not None else ""
        return {}, f"The front matter is not valid YAML{line}; its title, author and date were ignored."
    if data is None:
        return {}, None
    if not isinstance(data, dict):
        return {}, "The front matter is not a list of fields; its title, author and date were ignored."
    meta = {}
    for key, value in data.items():
        text = _front_matter_text(value)
        if text:
            meta[str(key).strip().lower()] = text
    return meta, None


def _front_matter_text(value) -> str:
    if isinstance(value, (list, tuple)):
        return ", ".join(filter(None, (_front_matter_text(v) for v in value)))
    if isinstance(value, (dict, bool)) or value is None:
        return ""
    if hasattr(value, "isoformat"):  # YAML reads an unquoted 2024-06-10 as a date
        return value.isoformat()
    return " ".join(str(value).split())


# --------------------------------------------------------------------------- HTML

# Content that is never article text. Removing it (rather than hiding it) also guarantees
# that nothing active — scripts, frames, forms, remote media — survives into the Article.
_SKIP_TAGS = (
    "script", "style", "noscript", "template", "nav", "footer", "form", "iframe", "frame",
    "frameset", "object", "embed", "svg", "math", "canvas", "button", "input", "select",
    "textarea", "aside", "figure", "img", "picture", "video", "audio", "source", "head",
    "link", "meta", "base", "dialog", "menu",
)
_BLOCK_TAGS = {
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "pre",
    "section", "article", "main", "header", "td", "th", "tr", "table", "dd", "dt", "dl",
    "figcaption", "address", "hr", "details", "summary", "body", "html",
}
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}


_DOCTYPE = re.compile(r"<!DOCTYPE\b[^\[>]*(?:\[.*?\]\s*)?>", re.IGNORECASE | re.DOTALL)


def parse_html(text: str, *, source: str = "", notices=(), format: str = "html") -> Article:
    import lxml.html
    from lxml import etree

    text = re.sub(r"\A\s*<\?xml[^>]*\?>", "", text)  # lxml refuses str input with a declaration
    # An XHTML document type with an internal subset ("<!DOCTYPE html [ <!ENTITY …> %pe; ]>")
    # is not HTML: the HTML parser would show the subset as a paragraph. Nothing in it is text.
    text = _DOCTYPE.sub("", text, count=1)
    # huge_tree lifts libxml2's default depth limit of 256 elements to 2,048: without it a
    # paragraph inside 300 <b>s was silently dropped and the page refused as "no readable text".
    parser = lxml.html.HTMLParser(huge_tree=True)
    try:
        document = lxml.html.document_fromstring(text or "<html></html>", parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise LoadError(f"This HTML cannot be read ({exc}).") from None
    # Past that limit libxml2 drops everything deeper and says so only in its error log.
    too_deep = any(e.type_name == "ERR_RESOURCE_LIMIT" or "Excessive depth" in e.message
                   for e in parser.error_log)
    title, byline, date = _html_metadata(document)
    for el in list(document.iter(etree.Comment, etree.ProcessingInstruction, *_SKIP_TAGS)):
        if el.getparent() is not None:
            el.drop_tree()
    root = _main_content(document)
    _drop_byline_blocks(root)
    blocks = _html_blocks(root)
    flat = False
    if too_deep or (not any(clean_paragraph(b[0]) for b in blocks) and re.search(r">[^<>]*\w[^<>]*<", text)):
        # The parser gives up past 2,048 nested elements and drops what is deeper (even when
        # a shallow headline survived); read the text without the structure rather than lose it.
        blocks = [(t, "paragraph", 0, "") for t in _flat_html_text(text)]
        notices = (*notices, "This page is nested too deeply to keep its layout; its text was read plainly.")
        flat = True
    if blocks and (flat or blocks[0][1] == "heading") and clean_paragraph(blocks[0][0]) == title:
        blocks.pop(0)  # the headline is shown as the title, not repeated in the body
    plain = [b for b in blocks if clean_paragraph(b[0])]
    found_byline, found_date, used = take_byline_and_date([b[0] for b in plain])
    plain = plain[used:]
    return build_article(
        plain, title=title or fallback_title(" ".join(b[0] for b in plain)), source=source,
        format=format, byline=byline or found_byline, date=date or found_date, notices=notices,
    )


def _html_metadata(document) -> tuple[str, str | None, str | None]:
    def meta(*names: str) -> str | None:
        for name in names:
            for el in document.xpath(
                f'//meta[@name="{name}" or @property="{name}"]'
            ):
                content = (el.get("content") or "").strip()
                if content:
                    return content
        return None

    # The <h1> first: <title> is often "Headline | Site name".
    h1 = document.find(".//h1")
    title_el = document.find(".//title")
    title = (
        (h1.text_content() if h1 is not None else "")
        or meta("og:title")
        or (title_el.text_content() if title_el is not None else "")
    )
    byline = meta("author", "article:author", "byl")
    if not byline:
        for el in itertools.islice(document.xpath(
                '//*[@rel="author" or @itemprop="author" or contains(@class, "byline") or contains(@class, "author")]'),
                _BYLINE_CANDIDATES):
            if not _is_byline_block(el, _enclosing_block(el, None)):
                continue  # a name inside a paragraph of the story, or an "author-bio" box
            byline = clean_paragraph(el.text_content())
            byline = re.sub(r"^by\s+", "", byline, flags=re.IGNORECASE) or None
            if byline:
                break
    date = meta("article:published_time", "date", "pubdate", "dc.date")
    if not date:
        time_el = document.find(".//time")
        if time_el is not None:
            date = time_el.get("datetime") or clean_paragraph(time_el.text_content()) or None
    return clean_paragraph(title), byline, date


_DROP_BLOCKS = re.compile(r"<(script|style|noscript|template|iframe|svg|math|head)\b.*?</\1\s*>",
                          re.IGNORECASE | re.DOTALL)
_BLOCK_BREAK = re.compile(r"</?(?:p|div|h[1-6]|li|blockquote|section|article|br|tr|td)\b[^>]*>", re.IGNORECASE)


def _flat_html_text(text: str) -> list[str]:
    """Paragraph texts of an HTML page read with regular expressions: no tree, no depth limit."""
    import html as html_lib

    text = _DROP_BLOCKS.sub(" ", text)
    text = _BLOCK_BREAK.sub("\n\n", text)
    text = re.sub(r"<[^>]*>", " ", text)
    return [p for p in (clean_paragraph(html_lib.unescape(x)) for x in text.split("\n\n")) if p]


_BYLINE_MARKED = (".//*[@rel='author' or @itemprop='author' or contains(@class, 'byline')"
                  " or contains(@class, 'author') or contains(@class, 'dateline')]")
_BYLINE_BLOCK_CHARS = 160  # "By Jane Doe, Health correspondent · 4 March 2026": never a paragraph of the story
_BYLINE_AROUND_CHARS = 60  # what a byline block holds besides the name: "By", a job title, a date
# Bylines sit at the top: the first few marked elements are read, so a hostile page of 100,000
# <time>s nested 2,000 deep costs a few walks up the tree, not one per element.
_BYLINE_CANDIDATES = 8


def _is_byline_block(marked, block) -> bool:
    """Whether `block` (the block holding an element marked as author/byline, None when the
    element stands alone) is a byline: short, and little in it besides the marked element."""
    whole = clean_paragraph((block if block is not None else marked).text_content())
    own = clean_paragraph(marked.text_content())
    return len(whole) <= _BYLINE_BLOCK_CHARS and len(whole) - len(own) <= _BYLINE_AROUND_CHARS


def _drop_byline_blocks(root) -> None:
    """Remove the blocks that only carry the byline or the date from the story's text: they are
    read into Article.byline/date (_html_metadata) and shown in the header, and as a first
    "paragraph" they showed the byline twice. A block goes when it holds an element marked as
    the author or byline (rel/itemprop/class) and little else (_is_byline_block), or nothing
    but a <time>."""
    doomed = []
    for el in itertools.islice(root.xpath(_BYLINE_MARKED), _BYLINE_CANDIDATES):
        block = _enclosing_block(el, root)
        if block is not None and _is_byline_block(el, block):
            doomed.append(block)
    for el in itertools.islice(root.iter("time"), _BYLINE_CANDIDATES):
        block = _enclosing_block(el, root)
        if block is not None and clean_paragraph(block.text_content()) == clean_paragraph(el.text_content()):
            doomed.append(block)
    for block in doomed:
        if block.getparent() is not None:  # not already dropped with a doomed block around it
            block.drop_tree()  # lxml keeps the text after it (its tail) where it stood


def _enclosing_block(el, root):
    """The nearest block element holding `el` (itself when it is one), below `root`; None when
    only `root` holds it (the byline is then inline in the story's own text)."""
    while el is not None and el is not root:
        if isinstance(el.tag, str) and el.tag in _BLOCK_TAGS and el.tag not in ("body", "html", "article", "main"):
            return el
        el = el.getparent()
    return None


def _main_content(document):
    """The element holding the article: the largest <article>, else <main>, else <body>."""
    candidates = document.xpath("//article") or document.xpath('//main|//*[@role="main"]')
    if candidates:
        return max(candidates, key=lambda el: len(el.text_content()))
    body = document.find("body")
    return body if body is not None else document


_BULLETS = ("•", "◦", "▪")  # by nesting depth, as browsers draw disc, circle, square


def _html_blocks(root) -> list[tuple[str, str, int, str]]:
    """Flatten the tree into paragraphs in reading order: (text, kind, level, marker) with
    Paragraph's meanings. List items keep their bullet or their source number ("3." in an
    <ol start="3">) as a marker beside the text; block quotes keep their depth. Iterative, so a
    page nested thousands of levels deep cannot exhaust Python's recursion limit."""
    from lxml import etree

    blocks: list[tuple[str, str, int, str]] = []
    buffer: list[str] = []
    heading_depth = heading_level = quote_depth = item_depth = 0
    lists: list[list] = []  # open <ul>/<ol>: [ordered, next number]
    marker = ""  # the open item's marker, until its first block takes it

    def flush() -> None:
        nonlocal marker
        if buffer:
            text = "".join(buffer)
            if text.strip():
                if heading_depth:
                    blocks.append((text, "heading", heading_level, ""))
                elif item_depth:
                    blocks.append((text, "item", max(1, len(lists)), marker))
                    marker = ""  # a second paragraph of the same item is not numbered again
                elif quote_depth:
                    blocks.append((text, "blockquote", quote_depth, ""))
                else:
                    blocks.append((text, "paragraph", 0, ""))
            buffer.clear()

    for event, el in etree.iterwalk(root, events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            if tag in _BLOCK_TAGS:
                flush()
            if tag in _HEADINGS:
                heading_depth += 1
                heading_level = _HEADINGS[tag]
            elif tag in ("ul", "ol"):
                lists.append([tag == "ol", _list_number(el.get("start"), 1)])
            elif tag == "li":
                item_depth += 1
                marker = _item_marker(lists, el.get("value"))
            elif tag == "blockquote":
                quote_depth += 1
            if tag == "br":
                buffer.append(" ")
            if el.text:
                buffer.append(el.text)
        else:
            if tag in _BLOCK_TAGS:
                flush()
            if tag in _HEADINGS:
                heading_depth -= 1
            elif tag in ("ul", "ol") and lists:
                lists.pop()
            elif tag == "li":
                item_depth -= 1
                marker = ""
            elif tag == "blockquote":
                quote_depth -= 1
            if el.tail and el is not root:
                buffer.append(el.tail)
    flush()
    return blocks


def _list_number(raw: str | None, default: int) -> int:
    """An <ol start> or <li value>: an integer as HTML allows it, else the default."""
    try:
        return int((raw or "").strip())
    except ValueError:
        return default


def _item_marker(lists: list[list], value: str | None) -> str:
    """The marker of a new <li>: the next number of an ordered list (or its value=), else
    the bullet of its depth. Advances the list's counter."""
    if not lists or not lists[-1][0]:
        return _BULLETS[(max(1, len(lists)) - 1) % len(_BULLETS)]
    number = _list_number(value, lists[-1][1])
    lists[-1][1] = number + 1
    return f"{number}."
