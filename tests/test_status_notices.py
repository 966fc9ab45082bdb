"""The status bar in a user test: "24 of 4 (+24 more" while 41 files opened, and one file's
notice ("empty", "very long") left over unrelated tabs."""


def test_progress_count_and_more_are_never_cut(make_window, qtbot):
    win = make_window(show=True, size=(1200, 600))
    indicator = win.jobs_indicator
    opening = win.jobs.start("Opening 41 files", total=41)
    opening.progress(0, 41)
    win.statusBar().showMessage("A passing message on the left.", 60_000)
    others = []
    for done in range(1, 41):
        others.append(win.jobs.start(f"Analysing “Article {done}”"))
        opening.progress(done, 41)
        # at once, without waiting for a later layout: what a busy window paints next
        for label in (indicator.count, indicator.more):
            assert label.width() >= label.fontMetrics().horizontalAdvance(label.text()), label.text()
    assert indicator.count.text() == "40 of 41" and indicator.more.text().endswith(" more)")
    for job in others + [opening]:
        job.finish()


def _two_tabs(win, qtbot, tmp_path):
    paths = []
    for name in ("first", "second"):
        path = tmp_path / f"{name}.txt"
        path.write_text(f"The {name} one\n\nThe council met again.", encoding="utf-8")
        paths.append(str(path))
    with qtbot.waitSignal(win.files_opened, timeout=20_000):
        win.open_paths(paths)
    return win.views()


def test_a_notice_belongs_to_its_tab(make_window, qtbot, tmp_path):
    win = make_window(show=True)
    first, second = _two_tabs(win, qtbot, tmp_path)
    bar = win.statusBar()
    win._tabs.setCurrentWidget(second)
    win._tab_notice(first, "The first one is very long: highlights come in later.")
    assert bar.currentMessage() == ""  # not over the tab being read
    win._tabs.setCurrentWidget(first)
    assert "very long" in bar.currentMessage()
    win._tabs.setCurrentWidget(second)
    assert bar.currentMessage() == ""
    bar.showMessage("Text size 12 pt", 60_000)  # a global message is not a tab's: it stays
    win._tabs.setCurrentWidget(first)
    win._tabs.setCurrentWidget(second)
    assert win.tab_notices(second) == [] and win.tab_notices(first) != []
    qtbot.waitUntil(lambda: win.analyses_pending() == 0, timeout=120_000)
