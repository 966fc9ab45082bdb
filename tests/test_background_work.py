"""One place for background work, with progress and Cancel; search says when results are
partial because the library is still being indexed (issue 20, items 7 and 9)."""
import threading

import pytest

from desktop.ui.jobs import Jobs, JobsIndicator


@pytest.fixture
def window(make_window):
    return make_window(show=True)


def folder_of_articles(tmp_path, n):
    for i in range(n):
        (tmp_path / f"a{i:02}.txt").write_text(f"Harbour story {i}\n\nThe harbour board met on day {i}.",
                                                encoding="utf-8")
    return tmp_path


def test_jobs_share_one_indicator_and_messages_do_not_hide_it(qtbot):
    jobs = Jobs()
    indicator = JobsIndicator(jobs)
    qtbot.addWidget(indicator)
    assert not indicator.isVisibleTo(None) or indicator.isHidden()
    opening = jobs.start("Opening big.txt (large file)")
    library = jobs.start("Analysing the library", total=202)
    library.progress(20)
    assert (indicator.label.text(), indicator.count.text(), indicator.more.text()) == (
        "Analysing the library…", "20 of 202", "(+1 more)")
    assert "Opening big.txt" in indicator.toolTip()
    assert (indicator.bar.maximum(), indicator.bar.value()) == (202, 20)
    with qtbot.waitSignal(jobs.changed):
        indicator.cancel.click()
    assert library.cancelled.is_set() and not opening.cancelled.is_set()
    library.finish()
    opening.finish()
    assert indicator.isHidden()


def test_a_status_message_does_not_hide_work_in_progress(window):
    job = window.jobs.start("Analysing the library", total=10)
    window.statusBar().showMessage("Exported to somewhere.md", 5000)
    assert window.jobs_indicator.isVisible()
    job.finish()


def test_search_during_an_import_says_results_are_partial_then_updates(window, qtbot, tmp_path, monkeypatch):
    import desktop.ui.library as library_module

    folder = folder_of_articles(tmp_path, 6)
    release = threading.Event()
    real_import = library_module.import_paths

    def held_import(store, paths, **kwargs):  # the import stays under way until the test has searched
        release.wait(60)
        return real_import(store, paths, **kwargs)

    monkeypatch.setattr(library_module, "import_paths", held_import)
    window.library.bar.setText("harbour")
    window.library.import_folder(str(folder))
    assert window.jobs_indicator.isVisible() and window.library.indexing()
    with qtbot.waitSignal(window.library.results_shown, timeout=30_000):
        window.library.search("harbour")
    status = window.library.results.status.text()
    assert "results are partial" in status and "Importing and analysing" in status
    with qtbot.waitSignal(window.library.results_shown, timeout=120_000,
                          check_params_cb=lambda text, result: len({h.article for h in result.hits}) >= 6):
        release.set()  # the import ends: the search runs again over everything
    assert "partial" not in window.library.results.status.text()
    assert not window.library.indexing()


def test_an_import_has_progress_and_cancel_in_the_one_indicator(window, qtbot, tmp_path, monkeypatch):
    import desktop.ui.library as library_module
    from desktop.library_jobs import JobResult, Progress

    folder = folder_of_articles(tmp_path, 8)
    reported = threading.Event()

    def analysing(store, paths, cancel=None, progress=None, **kwargs):
        progress(Progress(3, 8, 1.5, 3.0))  # three of eight analysed …
        reported.set()
        cancel.wait(60)  # … until the user presses Cancel
        return JobResult(cancelled=cancel.is_set())

    monkeypatch.setattr(library_module, "import_paths", analysing)
    window.library.import_folder(str(folder))
    qtbot.waitUntil(lambda: reported.is_set() and window.jobs_indicator.bar.maximum() == 8, timeout=30_000)
    job = window.jobs_indicator.current()
    assert job.label.startswith("Importing and analysing") and (job.done, job.total) == (3, 8)
    assert window.jobs_indicator.count.text() == "3 of 8" and window.jobs_indicator.cancel.isVisible()
    with qtbot.waitSignal(window.library.import_finished, timeout=30_000):
        window.jobs_indicator.cancel.click()
    assert "cancelled" in window.statusBar().currentMessage()
    assert not window.library.indexing()


def test_cancel_stops_a_long_articles_analysis(window, qtbot, tmp_path):
    from desktop.loaders import load_article

    from .conftest import SEEDS

    paragraphs = [p for path in sorted(SEEDS.iterdir()) for p in load_article(path).text.split("\n\n")]
    text, i = [], 0
    while sum(map(len, text)) < 240_000:  # several seconds of parsing, split over the workers
        text.append(paragraphs[i % len(paragraphs)])
        i += 1
    path = tmp_path / "long.txt"
    path.write_text("A long file\n\n" + "\n\n".join(text), encoding="utf-8")
    with qtbot.waitSignal(window.preview_shown, timeout=120_000):
        window.open_paths([str(path)])
    view = window.current_view()
    job = next(j for j in window.jobs.running() if j.label.startswith("Analysing"))
    assert job.cancellable
    with qtbot.waitSignal(window.analysis_cancelled, timeout=120_000) as blocker:
        job.cancel()
    assert blocker.args == [view]
    assert view.analysis is None and window.analyses_pending() == 0
    assert "cancelled" in window.statusBar().currentMessage()
    assert not any(j.label.startswith("Analysing") for j in window.jobs.running())
