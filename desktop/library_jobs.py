"""Long library jobs, shared by the app (on a worker thread) and the command line: import files,
re-read files that changed on disk, re-analyse articles whose analysis is out of date.

Each job writes one article per transaction as it goes, so Cancel (or a kill) keeps everything
done so far; reports progress as `Progress`; honours a `cancel` and a `pause` event. Analysis
runs through `desktop.analysis.pool.analyze_articles`: worker processes on every core by
default, `jobs=1` in this process (the app's low-priority upkeep).
"""
from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from .analysis.pool import AnalysisFailed, analyze_articles
from .article import Article
from .library import Library, canonical_path
from .loaders import LoadError, collect_files, load_article

PAUSE_POLL_S = 0.2


@dataclass(frozen=True, slots=True)
class Progress:
    done: int
    total: int
    rate: float  # articles per second so far
    seconds_left: float | None  # None until the rate is known

    def describe(self, verb: str = "Importing") -> str:
        left = "" if self.seconds_left is None else f" · {_duration(self.seconds_left)} left"
        rate = f" · {self.rate:.1f} articles/s" if self.rate else ""
        return f"{verb} {self.done:,} of {self.total:,}{rate}{left}"


@dataclass(slots=True)
class JobResult:
    added: list[str] = field(default_factory=list)  # article ids stored or updated
    failures: list[str] = field(default_factory=list)  # "path: reason"
    skipped: int = 0  # already in the library, unchanged and analysed
    analysed: int = 0
    words: int = 0  # words analysed
    cancelled: bool = False
    seconds: float = 0.0


class _Meter:
    def __init__(self, total: int, report: Callable[[Progress], None] | None) -> None:
        self.total, self.done, self._report = total, 0, report
        self._start = time.monotonic()
        self._last = 0.0

    def step(self, n: int = 1, force: bool = False) -> None:
        self.done += n
        now = time.monotonic()
        if self._report is None or (not force and now - self._last < 0.1 and self.done < self.total):
            return
        self._last = now
        elapsed = now - self._start
        rate = self.done / elapsed if elapsed > 0 and self.done else 0.0
        left = (self.total - self.done) / rate if rate else None
        self._report(Progress(self.done, self.total, rate, left))


def _wait_while_paused(pause: threading.Event | None, cancel: threading.Event | None) -> None:
    while pause is not None and pause.is_set() and not (cancel is not None and cancel.is_set()):
        time.sleep(PAUSE_POLL_S)


def import_paths(library: Library, paths: Iterable[str | os.PathLike], *, jobs: int | None = None,
                 cancel: threading.Event | None = None, pause: threading.Event | None = None,
                 progress: Callable[[Progress], None] | None = None, analyse: bool = True,
                 stored: Callable[[str], None] | None = None) -> JobResult:
    """Read every file under `paths` (folders are walked) into the library, then analyse what
    has no current analysis. A file already there with the same size and mtime is skipped.
    Each article's text is stored (searchable) as soon as it is read; its analysis follows.
    `stored(article_id)` is called (on this thread) after each article is stored, before the
    progress report that counts it: a view can show the article while the import goes on."""
    started = time.monotonic()
    unreadable: list[str] = []  # folders that cannot be listed, pipes and devices skipped
    files = [canonical_path(p) for p in collect_files([str(p) for p in paths], unreadable)]
    meter = _Meter(len(files), progress)
    result = JobResult()
    result.failures.extend(unreadable)
    known = {p: (s, m) for p, _a, s, m, missing in library.tracked_paths() if not missing}
    stale = set(library.stale())
    loaded: list[tuple[str, Article]] = []

    def read() -> Iterator[Article]:
        for path in files:
            _wait_while_paused(pause, cancel)
            if cancel is not None and cancel.is_set():
                return
            stat = _stat(path)
            article_id = library.id_for_path(path) if stat is not None and known.get(path) == stat else None
            if article_id is not None and article_id not in stale:
                result.skipped += 1
                meter.step()
                continue
            try:
                article = load_article(path)
            except LoadError as exc:
                result.failures.append(str(exc))
                meter.step()
                continue
            article_id = library.add(article, path)
            result.added.append(article_id)
            if stored is not None:
                stored(article_id)
            if not analyse or library.analysis(article_id, current_only=True) is not None:
                meter.step()
                continue
            loaded.append((path, article))
            yield article

    if analyse:
        for index, analysis in analyze_articles(read(), jobs=jobs, cancel=cancel):
            path, article = loaded[index]
            if isinstance(analysis, AnalysisFailed):  # kept, searchable as text; retried by the upkeep
                result.failures.append(f"{path}: could not be analysed ({analysis.message})")
                meter.step()
                continue
            library.set_analysis(article.id, analysis)
            result.analysed += 1
            result.words += article.word_count
            meter.step()
    else:
        for _ in read():
            pass
    meter.step(0, force=True)
    result.cancelled = cancel is not None and cancel.is_set()
    result.seconds = time.monotonic() - started
    return result


def reanalyse(library: Library, article_ids: Iterable[str] | None = None, *, jobs: int | None = None,
              cancel: threading.Event | None = None, pause: threading.Event | None = None,
              progress: Callable[[Progress], None] | None = None) -> JobResult:
    """Analyse again (from the stored text; no file is read) the given articles, or by default
    every article whose analysis is missing or older than ANALYSER_VERSION."""
    started = time.monotonic()
    ids = list(article_ids) if article_ids is not None else library.stale()
    meter = _Meter(len(ids), progress)
    result = JobResult()
    articles: list[Article] = []

    def read() -> Iterator[Article]:
        for article_id in ids:
            _wait_while_paused(pause, cancel)
            if cancel is not None and cancel.is_set():
                return
            article = library.article(article_id)
            if article is None:  # removed meanwhile
                meter.step()
                continue
            articles.append(article)
            yield article

    for index, analysis in analyze_articles(read(), jobs=jobs, cancel=cancel):
        article = articles[index]
        if isinstance(analysis, AnalysisFailed):
            result.failures.append(f"{article.title}: could not be analysed ({analysis.message})")
            meter.step()
            continue
        if library.set_analysis(article.id, analysis):
            result.added.append(article.id)
        result.analysed += 1
        result.words += article.word_count
        meter.step()
    meter.step(0, force=True)
    result.cancelled = cancel is not None and cancel.is_set()
    result.seconds = time.monotonic() - started
    return result


def refresh_files(library: Library, *, cancel: threading.Event | None = None,
                  pause: threading.Event | None = None, keep: Callable[[str], bool] | None = None) -> JobResult:
    """Mark files that disappeared (or came back), and read again those whose size or mtime
    changed. A changed file is a new text, so a new article; the old one leaves the library
    when no other path of it remains, unless `keep(old id)` says user data hangs on it (notes
    that may not find their words in the new text): then it stays, listed as the file's
    earlier version (`ArticleRow.replaced_path`)."""
    result = JobResult()
    for path in library.check_files(cancel):
        _wait_while_paused(pause, cancel)
        if cancel is not None and cancel.is_set():
            break
        old_id = library.id_for_path(path)
        try:
            article = load_article(path)
        except LoadError as exc:
            result.failures.append(str(exc))
            continue
        new_id = library.add(article, path)
        if old_id and old_id != new_id and not library.paths(old_id) and not (keep and keep(old_id)):
            library.remove([old_id])
        result.added.append(new_id)
    result.cancelled = cancel is not None and cancel.is_set()
    return result


def _stat(path: str) -> tuple[int, float] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_size, st.st_mtime


def _duration(seconds: float) -> str:
    seconds = int(seconds + 0.5)
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 3600:
        return f"{seconds // 60} min {seconds % 60:02d} s"
    return f"{seconds // 3600} h {seconds % 3600 // 60:02d} min"
