"""The worker-process pool: the same analyses as the one-process path, one bad article
reported on its own, cancelling, and bounded work in flight."""
import itertools
import json
import threading
import time

import pytest

from desktop.analysis import analyze
from desktop.analysis.pool import AnalysisFailed, analyze_articles
from desktop.article import Article, article_from_text
from desktop.loaders import load_article

from .conftest import CORPUS, SEEDS


def _seed_articles() -> list[Article]:
    return [load_article(path) for path in sorted(SEEDS.iterdir())]


def _corpus_records(start: int, stop: int) -> list[dict]:
    """Corpus lines [start, stop). Only lines 300-339 are analysed by tests (and 200-207 were):
    a fresh held-out set is drawn outside them, so no test ever runs the system on it."""
    if not CORPUS.exists():
        pytest.skip(f"../shared is absent ({CORPUS} not found)")
    with CORPUS.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in itertools.islice(lines, start, stop)]


def test_two_workers_give_the_one_process_results_on_the_seeds():
    articles = _seed_articles()
    expected = [analyze(a) for a in articles]
    results = dict(analyze_articles(articles, jobs=2))
    assert sorted(results) == list(range(len(articles)))
    for index, analysis in results.items():
        assert analysis == expected[index], articles[index].title  # every field, offsets included


@pytest.fixture(scope="module")
def corpus_one_process() -> tuple[list[Article], dict]:
    """Twelve real articles (corpus lines 300-311) and their one-process analyses (jobs=1),
    made once for the two tests below that compare other ways of running with them. Shared
    because analysis is deterministic and the reference is what costs: each test made its
    own before (and the first one on eight longer articles, ~6 CPU-s more, for the same check).
    Nothing changes them: the tests only compare."""
    records = _corpus_records(300, 312)  # 212-223 held two articles of the fresh set heldout15
    articles = [article_from_text(r["text"], r["title"]) for r in records]
    return articles, dict(analyze_articles(articles, jobs=1))


def test_two_workers_give_the_one_process_results_on_corpus_articles(corpus_one_process):
    articles, serial = corpus_one_process  # twelve real articles: six or so per worker
    pooled = dict(analyze_articles(articles, jobs=2))
    assert serial.keys() == pooled.keys() == set(range(len(articles)))
    for index in serial:
        assert pooled[index] == serial[index], articles[index].title
        assert pooled[index].to_dict() == serial[index].to_dict()


def test_this_process_as_one_of_the_jobs_gives_the_one_process_results_on_corpus_articles(monkeypatch,
                                                                                            corpus_one_process):
    """here=True (the command line): this process analyses its share and one worker the
    rest, from one queue; every result equals the one-process one, and both took a share."""
    from desktop.analysis import pool

    articles, serial = corpus_one_process
    here_titles = []
    analyse_one = pool._analyse_one

    def counted(analyze_fn, article):  # in this process only: the workers are other processes
        here_titles.append(article.title)
        return analyse_one(analyze_fn, article)

    monkeypatch.setattr(pool, "_analyse_one", counted)
    shared = dict(analyze_articles(articles, jobs=2, here=True))
    assert shared.keys() == serial.keys() == set(range(len(articles)))
    for index in serial:
        assert shared[index] == serial[index], articles[index].title
        assert shared[index].to_dict() == serial[index].to_dict()
    # This process took the first; the worker was handed the next two at once.
    assert here_titles[0] == articles[0].title and len(here_titles) <= len(articles) - 2


@pytest.mark.parametrize("jobs, here", [(1, False), (2, False), (2, True)])
def test_one_failing_article_is_reported_and_the_rest_are_analysed(jobs, here):
    good = _seed_articles()[:2]
    broken = Article(text=None, paragraphs=(), title="broken")  # analysis raises on it
    # Broken ones at several places: with here=True this process takes the first, the worker
    # the next two, so both report a failure.
    items = [broken, good[0], broken, good[1], broken, good[0]]
    results = dict(analyze_articles(items, jobs=jobs, here=here))
    assert sorted(results) == list(range(len(items)))
    for index, item in enumerate(items):
        if item is broken:
            assert isinstance(results[index], AnalysisFailed) and results[index].message and results[index].details
        else:
            assert results[index] == analyze(item)


@pytest.mark.parametrize("jobs, here", [(1, False), (2, False), (2, True)])
def test_cancel_stops_before_the_rest(jobs, here):
    articles = _seed_articles() * 4
    cancel = threading.Event()
    got = []
    for index, analysis in analyze_articles(articles, jobs=jobs, cancel=cancel, here=here):
        got.append(index)
        cancel.set()
    assert 1 <= len(got) < len(articles)
    cancel = threading.Event()
    cancel.set()
    assert list(analyze_articles(articles, jobs=jobs, cancel=cancel, here=here)) == []


def _counting_source(taken: list[int], n: int = 40):
    """The seed articles over and over, noting in `taken` how many were read."""
    seeds = _seed_articles()
    for i in range(n):
        taken.append(i)
        yield seeds[i % len(seeds)]


def test_with_this_process_as_a_job_the_input_is_consumed_lazily():
    taken = []
    source = _counting_source(taken)

    from desktop.analysis.pool import _HERE_BACKLOG

    results = analyze_articles(source, jobs=2, here=True)
    next(results)
    # While the caller holds the first result, the worker goes on only until its results
    # not yet taken reach the backlog. (A time for it to try; the bound holds whatever it is.)
    time.sleep(1.0)
    assert len(taken) <= _HERE_BACKLOG + 1  # and the one this process took
    results.close()  # stops the feeder thread and drops what the worker has not started
    assert not any(t.name == "byline-pool-feeder" for t in threading.enumerate())


def test_input_is_consumed_lazily_with_bounded_work_in_flight():
    taken = []
    source = _counting_source(taken)

    results = analyze_articles(source, jobs=2)
    next(results)
    assert len(taken) <= 2 * 2 + 1  # never the whole input before the first result
    results.close()


def test_extract_with_two_jobs_prints_the_one_job_output_in_input_order(cli_here):
    """`extract --jobs 2` (this process and a worker process, one queue) prints what the one-job
    command prints, in input order. Both in this process, on its loaded model and its pool's
    worker: two model loads fewer than a `python -m desktop` and its worker (the command's own
    process with --jobs 2 is run by test_hardening's bad-input test)."""
    files = [str(p) for p in sorted(SEEDS.iterdir())][::-1]
    one = cli_here("extract", "--jobs", "1", *files, text=True)
    assert one.returncode == 0, one.stderr
    one_job = one.stdout
    run = cli_here("extract", "--jobs", "2", *files, text=True)
    assert run.returncode == 0, run.stderr
    assert run.stdout == one_job
    assert [json.loads(line)["source"] for line in run.stdout.splitlines()] == files


def _long_article(paragraphs: list[str], words: int) -> Article:
    """About `words` words of `paragraphs`, cycled as often as needed (stops at the paragraph
    that reaches the count: 40 corpus records are ~16,000 words, three times what is asked)."""
    out, count = [], 0
    for p in itertools.cycle(paragraphs):
        if count >= words:
            break
        out.append(p)
        count += len(p.split())
    return article_from_text("\n\n".join(out), "Long")


def test_a_long_article_split_over_two_workers_gives_the_one_process_result():
    from desktop.analysis.pool import SPLIT_CHARS, analyze_article

    paragraphs = [p for a in _seed_articles() for p in a.text.split("\n\n")]
    article = _long_article(paragraphs, 7000)
    assert len(article.text) > 2 * SPLIT_CHARS
    assert analyze_article(article, jobs=2) == analyze(article)


def test_a_long_corpus_article_split_over_two_workers_gives_the_one_process_result():
    from desktop.analysis.pool import SPLIT_CHARS, analyze_article

    records = _corpus_records(300, 340)
    article = _long_article([p for r in records for p in r["text"].split("\n\n")], 5000)
    assert len(article.text) > SPLIT_CHARS  # split: a group of pieces for each worker
    assert analyze_article(article, jobs=2) == analyze(article)


class _SetOnceWorkIsHandedOver(threading.Event):
    """A cancel that reads as set from its second look on: analyze_article looks once before
    handing the pieces to the workers, then while it waits for them (so the workers are
    cancelled mid-article, deterministically, without sleeping)."""

    def __init__(self) -> None:
        super().__init__()
        self.looks = 0

    def is_set(self) -> bool:
        self.looks += 1
        return self.looks > 1


def _article_of(chars: int) -> Article:
    paragraphs = [p for path in sorted(SEEDS.iterdir()) for p in load_article(path).text.split("\n\n")]
    text, i = [], 0
    while sum(map(len, text)) < chars:
        text.append(paragraphs[i % len(paragraphs)])
        i += 1
    return article_from_text("\n\n".join(text), "Long")


def test_cancel_stops_one_long_articles_workers_mid_parse():
    from desktop.analysis import pool

    article = _article_of(200_000)  # ~100 pieces: each worker has ~50 to parse
    with pytest.raises(pool.AnalysisCancelled):
        pool.analyze_article(article, jobs=2, cancel=_SetOnceWorkIsHandedOver())
    # Both workers stopped at their cancel flag, before the end of their half.
    assert len(pool.last_cancel_report) == 2
    assert all(parsed < pieces for parsed, pieces in pool.last_cancel_report), pool.last_cancel_report
    # The pool carries on: the next article is analysed, with the one-process result.
    small = _seed_articles()[0]
    assert dict(analyze_articles([small], jobs=2))[0] == analyze(small)



def test_no_pool_starts_after_the_final_shutdown(monkeypatch):
    """Quitting while a background thread is still starting the workers: nothing starts after
    the window stopped them (a pool made then was torn down with the interpreter, with
    tracebacks and 'leaked semaphore objects' on stderr).

    The pool the final shutdown stops is a stand-in that notes how it was stopped: this
    process's own workers are set aside meanwhile and put back afterwards (monkeypatch), so
    the tests after this one in the process keep them instead of starting two new workers,
    each loading the model again (~8 CPU-s)."""
    from desktop.analysis import pool

    stopped = []

    class LivePool:
        def shutdown(self, wait=True, cancel_futures=False):
            stopped.append((wait, cancel_futures))

    monkeypatch.setattr(pool, "_pool", LivePool())  # all three restored afterwards
    monkeypatch.setattr(pool, "_pool_size", 2)
    monkeypatch.setattr(pool, "_closed", False)
    pool.shutdown(final=True)
    assert stopped == [(True, True)]  # the live workers were stopped, and waited for
    pool.start_workers(2)  # the late background call: quietly nothing
    assert pool._pool is None
    with pytest.raises(pool.PoolClosed):
        list(analyze_articles([article_from_text("One. Two.", title="t")], jobs=2))
    assert pool._pool is None
