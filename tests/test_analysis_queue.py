"""The order open articles are analysed in: the tab being read first, huge files after the
rest and never two at once (a user test's 9 MB file held every other tab for a minute)."""
import threading

import pytest

from desktop.analysis_queue import AnalysisQueue

S, H = 1_000, 10_000_000  # a short article, a huge one


@pytest.mark.parametrize("sizes, current, started", [
    # in the order opened, two slots
    ({"a": S, "b": S, "c": S}, None, ["a", "b"]),
    # the current tab jumps the queue
    ({"a": S, "b": S, "c": S}, "c", ["c", "a"]),
    # a huge file opened first waits for the short ones ...
    ({"big": H, "a": S, "b": S}, None, ["a", "b"]),
    # ... unless it is the tab being read
    ({"big": H, "a": S, "b": S}, "big", ["big", "a"]),
    # only huge ones left: one at a time, the other slot stays for short ones
    ({"big": H, "big2": H}, None, ["big"]),
    ({"big": H, "big2": H}, "big2", ["big2"]),
])
def test_first_to_start(sizes, current, started):
    queue = AnalysisQueue(slots=2, huge_chars=100_000)
    for key, size in sizes.items():
        queue.add(key, size)
    assert queue.take(current) == started


def test_current_tab_changes_while_slots_are_busy():
    queue = AnalysisQueue(slots=1)
    for key in "abcd":
        queue.add(key, S)
    assert queue.take("a") == ["a"]
    assert queue.take("d") == []  # no free slot: nothing starts
    queue.discard("a")
    assert queue.take("d") == ["d"]  # the tab now read goes next, not b
    queue.discard("d")
    assert queue.take(None) == ["b"]


def test_a_huge_file_running_never_holds_the_short_ones():
    queue = AnalysisQueue(slots=2, huge_chars=100_000)
    queue.add("big", H)
    assert queue.take() == ["big"]
    queue.add("big2", H)
    queue.add("a", S)
    assert queue.take("big2") == ["a"]  # a second huge one waits, even when it is current
    queue.discard("a")
    assert queue.take("big2") == []
    queue.discard("big")
    assert queue.take("big2") == ["big2"]


def test_closed_and_cleared_are_forgotten():
    queue = AnalysisQueue(slots=1)
    queue.add("a", S)
    queue.add("b", S)
    queue.discard("a")
    queue.clear()
    assert queue.take() == [] and queue.waiting() == []


def test_window_analyses_the_current_tab_next(make_window, qtbot, tmp_path, monkeypatch):
    """Four files open; the first one's analysis is held; the user switches to the fourth tab:
    it is analysed before the second and third."""
    win = make_window()
    win._analysis_queue.slots = 1
    gate = threading.Event()
    real = win.library.analyse_and_index
    monkeypatch.setattr(win.library, "analyse_and_index",
                        lambda key, article, cancel=None: (gate.wait(60), real(key, article, cancel))[1])
    paths = []
    for n in range(4):
        path = tmp_path / f"f{n}.txt"
        path.write_text(f"Title {n}\n\nThe council met on day {n}.", encoding="utf-8")
        paths.append(str(path))
    order = []
    win.analysis_finished.connect(lambda view: order.append(view.article.title))
    win.analysis_cancelled.connect(lambda view: order.append(view.article.title))
    with qtbot.waitSignal(win.files_opened, timeout=20_000):
        win.open_paths(paths)
    titles = [v.article.title for v in win.views()]
    win._tabs.setCurrentIndex(3)
    gate.set()
    qtbot.waitUntil(lambda: len(order) == 4, timeout=120_000)
    assert order == [titles[0], titles[3], titles[1], titles[2]]
