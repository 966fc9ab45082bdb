"""Headless subcommands: `python -m desktop extract FILE… --format json|text`."""
from __future__ import annotations

import argparse
import json
import os
import sys
import textwrap
from dataclasses import replace
from pathlib import Path
from typing import Callable

from . import APP_NAME
from .analysis.types import ONE_LINE, format_value
from .article import Article
from .fsnames import display_name, one_line
from .loaders import LoadError, load_article
from .wording import counted, plural


def run(name: str, argv: list[str]) -> int:
    handlers: dict[str, Callable[[list[str]], int]] = {
        "extract": extract_command, "search": search_command, "export": export_command,
        "actors": actors_command, "quotes": quotes_command, "library": library_command}
    _tolerant_streams()
    try:
        return handlers[name](argv)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `… | head` closed the pipe: not an error worth a traceback
        return 0


def extract_command(argv: list[str]) -> int:
    from .analysis.pool import default_jobs

    parser = argparse.ArgumentParser(prog="python -m desktop extract",
                                     description="Actors, quotes with speakers, and facts, per article.")
    parser.add_argument("files", nargs="+")
    parser.add_argument("--format", choices=("json", "text"), default="json")
    parser.add_argument("--jobs", "-j", type=_positive, default=default_jobs(), metavar="N",
                        help=f"processes (default: {default_jobs()}, the number of cores): several files "
                             "are analysed at once (by this process and N-1 workers), a long file's parse is "
                             "split over N workers; output stays in input order")
    args = parser.parse_args(argv)

    from .analysis import ModelUnavailable
    from .analysis.pool import start_workers

    # Several files: this process analyses too, as one of the jobs (see _extractions).
    here = len(args.files) > 1
    loaded: list[Article] = []  # in input order; a file that fails to load is reported at once
    failed = False
    for path in args.files:
        try:
            loaded.append(load_article(path))
        except LoadError as exc:
            _error(exc)
            failed = True
            continue
        if args.jobs > 1 and len(loaded) == 2:
            # Workers only once there are two articles to share: they load the model while
            # the other files are read. Before any file was read they were started for every
            # run, and each loaded the model (~3 CPU-s) for nothing when one short article
            # (analysed here) or none came: `extract one.txt` took 11 CPU-s instead of 3.
            # One long article is split over workers that analyze_article starts itself.
            start_workers(args.jobs, here=here)
    ready: dict[int, object] = {}  # results that arrived before an earlier article's
    next_index = 0
    try:
        for index, analysis in _extractions(loaded, args.jobs, here):
            ready[index] = analysis
            while next_index in ready:
                failed |= _print_extraction(loaded[next_index], ready.pop(next_index), args.format)
                next_index += 1
    except ModelUnavailable as exc:
        _error(exc)
        return 2
    return 1 if failed else 0


def _extractions(articles: list[Article], jobs: int, here: bool):
    """(index, Analysis or AnalysisFailed) for each article. One article is analysed in this
    process, its parse split over the workers when it is long. Several are shared between
    the workers and, when `here`, this process itself: it has nothing else to do while they
    run, and its share needs no hand-over (issue 17: the whole command at --jobs 2 is
    measured against --jobs 1 by benchmarks/pool_throughput.py)."""
    from .analysis.pool import AnalysisFailed, analyze_article, analyze_articles

    if len(articles) != 1:
        yield from analyze_articles(articles, jobs=min(jobs, len(articles)) or 1, here=here)
        return
    try:
        yield 0, analyze_article(articles[0], jobs=jobs)
    except AnalysisFailed as exc:
        yield 0, exc


def _print_extraction(article: Article, analysis, fmt: str) -> bool:
    """Print one article's result; True when its analysis failed (reported on stderr)."""
    from .analysis.pool import AnalysisFailed

    if isinstance(analysis, AnalysisFailed):
        _error(f"{article.source or article.title}: the analysis failed ({analysis.message})")
        return True
    if fmt == "json":
        _print_json(extraction_record(article, analysis))
    else:
        print(text_report(article, analysis))
    sys.stdout.flush()
    return False


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError("expected a whole number of at least 1")
    return number


def _only_options(words: list[str], takes_value: set[str]) -> bool:
    """True when `words` are options only (with the values of those in `takes_value`)."""
    expect_value = False
    for word in words:
        if expect_value:
            expect_value = False
        elif word.startswith("-"):
            expect_value = word in takes_value
        else:
            return False
    return True


def search_command(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m desktop search",
        description='Search articles: words, "phrases", prefix*, actor:NAME, speaker:"NAME", '
                    "type:quote|fact|text, AND / OR / NOT.",
        epilog="A query that starts with '-' goes right after '--'; options may still follow it: "
               "python -m desktop search -- -council --library")
    parser.add_argument("query", help="what to look for (after '--' if it starts with '-')")
    parser.add_argument("paths", nargs="*", metavar="FILES_OR_FOLDERS")
    parser.add_argument("--library", action="store_true",
                        help="search the library (what the app has stored; nothing is read or analysed)")
    parser.add_argument("--db", metavar="FILE", help="with --library: the library file (default: the app's own)")
    parser.add_argument("--json", action="store_true", help="one JSON object with every hit")
    parser.add_argument("--limit", type=int, default=50)
    if argv and argv[0].startswith("-") and argv[0] != "--" \
            and argv[0].split("=")[0] not in parser._option_string_actions:
        _error(f"unknown option {argv[0]!r}; a query that starts with '-' goes after '--': "
               f"python -m desktop search -- {argv[0]} FILES…")
        return 2
    query = None
    at = argv.index("--") if "--" in argv[:-1] else -1
    if at >= 0 and _only_options(argv[:at], takes_value={"--db", "--limit"}):
        # '--' before the query marks the next word as the query, not the end of every option:
        # a user test's `search -- QUERY --library` took --library for a file.
        query, argv = argv[at + 1], argv[:at] + ["_query_"] + argv[at + 2:]
    args = parser.parse_args(argv)
    if query is not None:
        args.query = query
    if not args.paths and not args.library:
        parser.error("give FILES_OR_FOLDERS to search, or --library")

    failed = False
    sources: dict[str, str] = {}
    if args.library:
        store = _open_library(args.db, must_exist=True)
        if store is None:
            return 2
        result = store.search(args.query, limit=args.limit, prefix_last=False)
        sources = {h.article: store.source(h.article) for h in result.hits}
        searched = len(store)
    else:
        from .analysis import ModelUnavailable, analyze_many
        from .search import SearchIndex

        index = SearchIndex()
        articles, failed = _load_paths(args.paths)
        try:
            for (key, article), analysis in zip(articles, analyze_many([a for _, a in articles])):
                index.add(key, article, analysis)
        except ModelUnavailable as exc:
            _error(f"{exc} (searching the text only)")
            for key, article in articles:
                index.add(key, article)
        result = index.search(args.query, limit=args.limit, prefix_last=False)
        searched = len(articles)
    if args.json:
        _print_json({"query": args.query, "message": result.message, "hits": [
            {"source": sources.get(h.article, h.article), "title": h.title, "kind": h.kind,
             **({"article": h.article} if args.library else {}), **_hit_place(h, result.terms),
             "speaker": h.speaker or None, "snippet": h.snippet.replace("\x02", "").replace("\x03", "")}
            for h in result.hits]})
    else:
        if result.message:
            print(result.message, file=sys.stderr)
        elif not result.hits:  # the README promises results or a short message, never silence
            where = " in the library" if args.library else ""
            print(f"Nothing found for “{args.query}” in {counted(searched, 'article')}{where}.")
        for h in result.hits:
            snippet = " ".join(h.snippet.split()).replace("\x02", "[").replace("\x03", "]")
            who = f" by {h.speaker}" if h.speaker and h.kind in ("quote", "reported") else ""
            where = "in the title" if h.kind == "title" else f"{h.kind}{who} @{h.start}"
            print(f"{h.title} — {where}\n    {snippet}")
    return 1 if failed and not result.hits else 0


def _hit_place(hit, terms: list[str]) -> dict:
    """Where a hit is: "in": "text" with start/end as character offsets into the article's
    text, or "in": "title" with start/end into the title (the title is not part of the text):
    the first words found there, else the whole title."""
    if hit.kind != "title":
        return {"in": "text", "start": hit.start, "end": hit.end}
    from .search import find_hits

    start, end = next(iter(find_hits(hit.title, terms)), (0, len(hit.title)))
    return {"in": "title", "start": start, "end": end}


def _load_paths(paths: list[str]) -> tuple[list[tuple[str, Article]], bool]:
    """(path, article) for every readable article under `paths`, and whether anything could
    not be read (each such file or folder already reported on stderr in one line)."""
    from .loaders import collect_files

    loaded, unreadable, failed = [], [], False
    for path in collect_files(paths, unreadable):
        try:
            loaded.append((str(path), load_article(path)))
        except LoadError as exc:
            _error(exc)
            failed = True
    for message in unreadable:
        _error(message)
        failed = True
    return loaded, failed


def _open_library(db: str | None, must_exist: bool = False):
    """The library the app uses (or `db`); None, with a message, when it cannot be opened
    (or when `db` is not a database file: see `_refuse_store_file`)."""
    from .library import Library, LibraryBusy

    if db and (problem := _refuse_store_file(db, must_exist)):
        _error(problem)
        return None
    try:
        store = Library(db) if db else Library()
    except LibraryBusy as exc:
        print(f"{APP_NAME}: {exc}", file=sys.stderr)
        return None
    if store.warning:
        print(f"{APP_NAME}: {store.warning}", file=sys.stderr)
    return store


def library_command(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m desktop library",
        description="The library the app opens: add articles (read and analysed once), list, remove, "
                    "re-analyse. Safe while the app runs: writes wait for each other.")
    parser.add_argument("--db", metavar="FILE", help="the library file (default: the app's own)")
    sub = parser.add_subparsers(dest="action", required=True)
    add = sub.add_parser("add", help="read and analyse files or folders into the library")
    add.add_argument("paths", nargs="+", metavar="FILES_OR_FOLDERS")
    add.add_argument("--jobs", type=int, default=None, help="worker processes (default: every core)")
    add.add_argument("--json", action="store_true")
    listing = sub.add_parser("list", help="every article: id, date, words, quotes, title, path")
    listing.add_argument("--json", action="store_true")
    remove = sub.add_parser("remove", help="take articles (by id or path) out of the library")
    remove.add_argument("items", nargs="+", metavar="ID_OR_PATH")
    remove.add_argument("--json", action="store_true")
    again = sub.add_parser("reanalyse", help="analyse again from the stored text (default: out-of-date ones)")
    again.add_argument("ids", nargs="*", metavar="ID")
    again.add_argument("--all", action="store_true", help="every article")
    again.add_argument("--jobs", type=int, default=None)
    again.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)

    from .library import LibraryBusy

    store = _open_library(args.db, must_exist=args.action != "add")
    if store is None:
        return 2
    try:
        return _library_action(store, args)
    except LibraryBusy as exc:
        print(f"{APP_NAME}: {exc}", file=sys.stderr)
        return 2
    finally:
        store.close()


def _library_action(store, args) -> int:
    from .library_jobs import import_paths, reanalyse

    progress = None if args.action == "list" or not sys.stderr.isatty() else (
        lambda p: print("\r" + p.describe(), end="", file=sys.stderr, flush=True))
    if args.action == "add":
        result = import_paths(store, args.paths, jobs=args.jobs, progress=progress)
        if progress:
            print(file=sys.stderr)
        for failure in result.failures:
            print(f"{APP_NAME}: {failure}", file=sys.stderr)
        payload = {"added": result.added, "skipped": result.skipped, "analysed": result.analysed,
                   "failures": result.failures, "seconds": round(result.seconds, 2),
                   "words_per_second": round(result.words / result.seconds) if result.seconds else 0}
        print(json.dumps(payload) if args.json else
              f"{len(result.added)} added, {result.skipped} already there, {result.analysed} analysed, "
              f"{len(result.failures)} failed ({result.seconds:.1f} s)")
        return 1 if result.failures and not result.added else 0
    if args.action == "list":
        rows = store.rows()
        if args.json:
            print(json.dumps([{"id": r.id, "title": r.title, "date": r.date, "source": r.source, "words": r.words,
                               "quotes": r.quotes, "speakers": r.speakers, "file_missing": r.missing,
                               "analysed": r.analysed} for r in rows], ensure_ascii=False))
        else:
            for r in rows:
                flag = " [file missing]" if r.missing else ""
                print(f"{r.id}  {r.date or '----------'}  {r.words:>6} {plural('word', r.words):<5}  "
                      f"{r.quotes:>3} {plural('quote', r.quotes):<6}  {r.title}{flag}")
            print(counted(len(rows), "article"), file=sys.stderr)
        return 0
    if args.action == "remove":
        ids, unknown = [], []
        for item in args.items:
            article_id = item if item in store else store.id_for_path(item)
            (ids if article_id else unknown).append(article_id or item)
        removed = store.remove(ids)
        for item in unknown:
            print(f"{APP_NAME}: not in the library: {item}", file=sys.stderr)
        gone = [row[0] for row in removed.articles]
        print(json.dumps({"removed": gone, "unknown": unknown}) if args.json else f"{len(gone)} removed")
        return 1 if unknown else 0
    ids = store.ids() if args.all else (args.ids or None)
    result = reanalyse(store, ids, jobs=args.jobs, progress=progress)
    if progress:
        print(file=sys.stderr)
    print(json.dumps({"analysed": result.analysed, "seconds": round(result.seconds, 2)}) if args.json else
          f"{result.analysed} analysed ({result.seconds:.1f} s)")
    return 0


def export_command(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m desktop export",
        description="Export articles with your highlights and notes, quotes, facts and actors.")
    parser.add_argument("files", nargs="+")
    parser.add_argument("--format", choices=("md", "html", "json"), default="md")
    parser.add_argument("-o", "--output", required=True,
                        help="a file (everything in one), or a folder (one file per article)")
    parser.add_argument("--notes", metavar="DB", help="notes store to read (default: the app's own)")
    parser.add_argument("--actor", metavar="NAME", help="only what concerns this actor")
    parser.add_argument("--full-text", action="store_true", help="include the article text (Markdown)")
    parser.add_argument("--overwrite", action="store_true",
                        help="replace the output file, or files an earlier export left in the folder (refused otherwise)")
    args = parser.parse_args(argv)

    from .analysis import ModelUnavailable, analyze_many
    from .export import ExportExists, ExportItem, export_files, folder_export_clashes
    from .notes import NotesStore

    loaded, failed = _load_paths(args.files)
    # Absolute sources, as the window's (app.py opens absolute paths): the export's front matter
    # and back-links (file:// URIs) must work from wherever the export is read, not from here.
    articles = [replace(article, source=os.path.abspath(article.source)) for _, article in loaded]
    if not articles:
        return 1
    if args.notes and (problem := _refuse_store_file(args.notes, must_exist=False)):
        _error(problem)
        return 2
    single = not (str(args.output).endswith(("/", os.sep)) or Path(args.output).is_dir())
    if single and os.path.lexists(args.output) and not args.overwrite:
        _error(f"{display_name(args.output)} already exists; nothing was written. Use --overwrite to replace it.")
        return 1
    if not single and not args.overwrite and not args.actor:
        # Refused before the analysis (seconds per article), like the one file above. With
        # --actor, which articles are written is known only after it: export_files checks then.
        clashes = folder_export_clashes([ExportItem(a, None, []) for a in articles], args.format, args.output)
        if clashes:
            _refuse_clashes(clashes, args.output)
            return 1
    store = NotesStore(args.notes) if args.notes else NotesStore()
    if store.warning:
        _error(store.warning)
    try:
        analyses = list(analyze_many(articles))
    except ModelUnavailable as exc:
        _error(f"{exc} (exporting without actors, quotes and facts)")
        analyses = [None] * len(articles)
    items = []
    for article, analysis in zip(articles, analyses):
        wanted: set[str] = set()
        if args.actor and analysis is not None:
            actor = analysis.find_actor(args.actor)
            if actor is None:
                _error(f"no actor called {args.actor!r} in {article.source}")
                continue
            wanted = {actor.id}
        items.append(ExportItem(article, analysis, store.for_article(article.id), wanted))
    if not items:
        return 1
    try:
        written = export_files(items, args.format, args.output, args.full_text, overwrite=args.overwrite)
    except ExportExists as exc:
        _refuse_clashes(exc.paths, args.output)
        return 1
    except OSError as exc:
        _error(f"cannot write {args.output} ({exc.strerror or exc})")
        return 1
    for path in written:
        print(path)
    return 1 if failed else 0


def _refuse_clashes(paths: list[Path], output: str) -> None:
    names = ", ".join(display_name(p.name) for p in paths[:5]) + (" …" if len(paths) > 5 else "")
    _error(f"{counted(len(paths), 'file')} already {'exists' if len(paths) == 1 else 'exist'} in "
           f"{output} ({names}); nothing was written. Use --overwrite to replace "
           f"{'it' if len(paths) == 1 else 'them'}.")


def _library(paths: list[str]):
    """Load and analyse every article under `paths`; report unreadable files on stderr.
    Returns (library, whether any file could not be read)."""
    from .analysis import analyze_many
    from .library_actors import Entry, Library

    loaded, failed = _load_paths(paths)
    entries = [Entry(k, a, an) for (k, a), an in zip(loaded, analyze_many([a for _, a in loaded]))]
    return Library(entries), failed or not loaded


def actors_command(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m desktop actors",
                                     description="Actors across articles, with mention and quote counts.")
    parser.add_argument("paths", nargs="+", metavar="FILES_OR_FOLDERS")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    library, failed = _library(args.paths)
    rows = []
    for actor in library.actors.values():
        mentions = sum(len(library.entries[k].analysis.actor(local).mentions) for k, local in actor.members)
        quotes = sum(1 for k, local in actor.members for q in library.entries[k].analysis.quotes
                     if q.speaker.actor_id == local and q.kind == "direct")
        rows.append({"id": actor.id, "name": actor.name, "type": actor.type, "aliases": sorted(actor.aliases),
                     "articles": len({k for k, _ in actor.members}), "mentions": mentions, "quotes": quotes})
    rows.sort(key=lambda r: (-r["mentions"], r["name"]))
    if args.json:
        _print_json(rows)
    elif not rows:  # results or a short message, never a bare header
        print(f"No actors found in {counted(len(library.entries), 'article')}.")
    else:
        print(f"{'actor':<36} {'type':<13} {'articles':>8} {'mentions':>8} {'quotes':>6}")
        for r in rows:
            print(f"{r['name'][:36]:<36} {r['type']:<13} {r['articles']:>8} {r['mentions']:>8} {r['quotes']:>6}")
    return 1 if failed else 0


def quotes_command(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m desktop quotes",
                                     description="Everything one speaker said, across articles, in date order.")
    parser.add_argument("--speaker", required=True)
    parser.add_argument("paths", nargs="+", metavar="FILES_OR_FOLDERS")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    library, failed = _library(args.paths)
    actor = library.find(args.speaker)
    if actor is None:
        _error(f"nobody called {args.speaker!r} in these articles")
        return 1
    view = library.view(actor.id)
    refs = [(r, "direct") for r in view.quotes] + [(r, "reported") for r in view.reported]
    refs.sort(key=lambda item: (item[0].date or "9999", item[0].title, item[0].quote.start))
    if args.json:
        _print_json({"speaker": actor.name, "quotes": [
            {"text": r.quote.text, "kind": kind, "cue": r.quote.cue, "cue_phrase": r.quote.cue_phrase,
             "source": r.key, "title": r.title,
             "date": r.date, "start": r.quote.start, "end": r.quote.end} for r, kind in refs]})
    else:
        print(f"{actor.name} — {counted(len(view.quotes), 'quote')}, "
              f"{counted(len(view.reported), 'reported statement')}")
        for r, kind in refs:
            text = " ".join(r.quote.display_text(ONE_LINE).split())
            body = text if kind == "direct" else f"(reported) {text}"
            print(f"  {r.date or 'undated'} · {r.title}\n    {body}")
    return 0


def extraction_record(article: Article, analysis) -> dict:
    from .analysis import SCHEMA

    return {"schema": SCHEMA, "title": article.title, "source": article.source, "text": article.text,
            **analysis.to_dict()}


def text_report(article: Article, analysis) -> str:
    """A report a person reads: who is in the article, who said what, the facts."""
    names = {a.id: a.name for a in analysis.actors}
    lines = [article.title, "=" * min(len(article.title), 78)]
    if article.byline or article.date:
        lines.append(" · ".join(p for p in (article.byline, article.date) if p))
    lines += ["", f"ACTORS ({len(analysis.actors)})"]
    for actor in sorted(analysis.actors, key=lambda a: -len(a.mentions)):
        aka = f"  (also: {', '.join(actor.aliases)})" if actor.aliases else ""
        lines.append(f"  {actor.name:<34} {actor.type:<13} {len(actor.mentions):>3}×{aka}")
    for kind, label in (("direct", "QUOTES"), ("reported", "REPORTED SPEECH")):
        quotes = [q for q in analysis.quotes if q.kind == kind]
        lines += ["", f"{label} ({len(quotes)})"]
        for q in quotes:
            who = names.get(q.speaker.actor_id) or q.speaker.text or "unknown speaker"
            if q.speaker.text and q.speaker.actor_id and q.speaker.text != who:
                who = f"{who} ({q.speaker.text})"
            flag = " [partial]" if q.partial else ""
            # direct: closed again after a shortening; reported: the reporter's words after their cue
            body = textwrap.shorten(" ".join(q.display_text(ONE_LINE).split()), 160,
                                    placeholder=" …" + ("”" if q.kind == "direct" else ""))
            lines.append(f"  {who}{flag}{' — ' + q.cue if q.cue and q.kind == 'direct' else ''}:")
            lines.append(textwrap.indent(textwrap.fill(body, 74), "      "))
    lines += ["", f"FACTS ({len(analysis.facts)})"]
    for fact in analysis.facts:
        subject = f"  [{names[fact.subject]}]" if fact.subject in names else ""
        value = "" if fact.value in (None, fact.text) else f" = {format_value(fact.value)}"
        lines.append(f"  {fact.kind:<9} {fact.text}{value}{subject}")
    lines.extend(f"NOTE: {n}" for n in analysis.notices)
    return "\n".join(lines) + "\n"




SQLITE_HEADER = b"SQLite format 3\x00"  # the first 16 bytes of every SQLite 3 database file


def _refuse_store_file(path: str, must_exist: bool) -> str:
    """Why a store file named on the command line (--db, --notes) must not be opened, or "".
    A damaged store is moved aside when opened; a file the user named that is not a database
    at all (a typo pointing at an article, a binary) must never be renamed or replaced, and a
    command that only reads must not create an empty store where none was."""
    target = Path(os.fsdecode(path))
    if not target.exists():
        return f"{display_name(path)} does not exist" if must_exist else ""
    if not target.is_file():
        return f"{display_name(path)} is not a file"
    try:
        with open(target, "rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        return f"cannot read {display_name(path)} ({exc.strerror or exc})"
    if head and head != SQLITE_HEADER:
        return f"{display_name(path)} is not a Byline database (not an SQLite file); it was left untouched"
    return ""


def _error(message) -> None:
    """One line on stderr, whatever file names or characters the message holds."""
    print(one_line(f"{APP_NAME}: {message}"), file=sys.stderr)


def _print_json(data) -> None:
    """One JSON line. Text that is not UTF-8 (a file name with undecodable bytes) is written
    as JSON escapes, so the line is always valid UTF-8 and reads back to the same value."""
    line = json.dumps(data, ensure_ascii=False)
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        line = json.dumps(data, ensure_ascii=True)
    print(line)


def _tolerant_streams() -> None:
    """Printing can never raise UnicodeEncodeError: stdout writes undecodable file-name bytes
    back as they were (a path printed is a path that works); stderr escapes them."""
    for stream, errors in ((sys.stdout, "surrogateescape"), (sys.stderr, "backslashreplace")):
        try:
            stream.reconfigure(errors=errors)
        except (AttributeError, ValueError):
            pass
