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
    assert indicator.label.text() == "Analysing the library… 20 of 202  (+1 more)"
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


def test_search_during_indexing_says_results_are_partial_then_updates(window, qtbot, tmp_path, monkeypatch):
    import desktop.ui.library as library_module

    folder = folder_of_articles(tmp_path, 6)
    release = threading.Event()
    real_load = library_module.load_article

    def slow_load(path):
        if path.endswith("a03.txt"):
            release.wait(60)  # indexing stays under way until the test has searched
        return real_load(path)

    monkeypatch.setattr(library_module, "load_article", slow_load)
    window.library.bar.setText("harbour")
    window.library.import_folder(str(folder))
    qtbot.waitUntil(lambda: window.jobs_indicator.isVisible() and window.library.indexing())
    with qtbot.waitSignal(window.library.results_shown, timeout=30_000):
        window.library.search("harbour")
    status = window.library.results.status.text()
    assert "results are partial" in status and "Indexing the library" in status
    with qtbot.waitSignal(window.library.results_shown, timeout=60_000,
                          check_params_cb=lambda text, result: len(result.hits) >= 6):
        release.set()  # indexing ends: the search runs again over everything
    qtbot.waitUntil(lambda: "partial" not in window.library.results.status.text(), timeout=60_000)
    window.jobs.cancel_all()


def test_the_import_analysis_phase_has_progress_and_cancel(window, qtbot, tmp_path, monkeypatch):
    folder = folder_of_articles(tmp_path, 8)
    started = threading.Event()
    gate = threading.Event()
    real = window.library.analyse_and_index

    def gated(key, article):
        started.set()
        gate.wait(60)
        return real(key, article)

    monkeypatch.setattr(window.library, "analyse_and_index", gated)
    with qtbot.waitSignal(window.library.import_finished, timeout=60_000):
        window.library.import_folder(str(folder))
    qtbot.waitUntil(started.is_set, timeout=30_000)
    job = window.jobs_indicator.current()
    assert job is not None and job.label.startswith("Analysing the library") and job.total == 8
    assert window.jobs_indicator.cancel.isVisible()
    with qtbot.waitSignal(window.library.library_indexed, timeout=60_000):
        window.jobs_indicator.cancel.click()
        gate.set()
    assert len(window.library._analysed) < 8  # stopped early
    assert not window.library.indexing()
