"""Find bar faults of a user test: the old count ("european 2 of 7") left over a tab without
the word; the current match looking like the others; search hits and the yellow highlight
the same olive in the dark theme."""
import pytest

from desktop.colors import contrast_ratio, delta_e
from desktop.ui.theme import DARK, LIGHT

from .conftest import open_files

DISTINCT = 20.0  # CIEDE2000: told apart at a glance (as test_window_fit)


@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=["light", "dark"])
def test_hits_stand_apart_from_highlights_and_the_current_hit_from_the_rest(theme):
    surfaces = {**theme.highlights, "quote": theme.quote_bg, "reported": theme.reported_bg, "page": theme.base}
    for name, colour in (("hit", theme.hit_bg), ("current hit", theme.hit_current_bg)):
        for surface, other in surfaces.items():
            assert delta_e(colour, other) >= DISTINCT, (name, surface, round(delta_e(colour, other), 1))
    assert delta_e(theme.hit_bg, theme.hit_current_bg) >= DISTINCT
    assert contrast_ratio(theme.hit_ink, theme.hit_bg) >= 4.5
    assert contrast_ratio(theme.hit_current_ink, theme.hit_current_bg) >= 4.5


def test_the_old_olive_fails_the_check():
    assert delta_e(DARK.highlight_bg, DARK.highlights["yellow"]) < DISTINCT  # the fault as found


def _write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=["light", "dark"])
def test_find_follows_the_tab_and_marks_the_current_match_apart(make_window, qtbot, tmp_path, theme):
    from PySide6.QtGui import QColor

    win = make_window(show=True, theme=theme)
    with_word = _write(tmp_path, "a.txt", "Ferries\n\nThe ferry left. A second ferry came. The ferry sank.")
    without = _write(tmp_path, "b.txt", "Trams\n\nThe tram left on time and nobody noticed.")
    open_files(qtbot, win, [with_word, without])
    first, second = win.views()
    win._tabs.setCurrentWidget(first)
    win.open_find()
    win.find_bar.edit.setText("ferry")
    assert win.find_bar.count.text() == "1 of 3"
    backgrounds = [s.format.background().color() for s in first.extraSelections()
                   if s.format.background().color() in (QColor(theme.hit_bg), QColor(theme.hit_current_bg))]
    assert backgrounds.count(QColor(theme.hit_current_bg)) == 1 and backgrounds.count(QColor(theme.hit_bg)) == 2
    win._tabs.setCurrentWidget(second)
    assert win.find_bar.count.text() == "Not found" and second.search_hits == []
    win._tabs.setCurrentWidget(first)
    assert win.find_bar.count.text().endswith("of 3")
    qtbot.waitUntil(lambda: win.analyses_pending() == 0, timeout=120_000)


@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=["light", "dark"])
def test_the_tab_close_button_is_a_quiet_cross_in_the_muted_ink(qapp, theme):
    """Fusion draws the current tab's close button as a red box, which reads as an error: the
    style sheet gives a × in the theme's muted ink instead, an icon Qt can load, seen against
    the window at WCAG's 3:1 for graphics."""
    import re

    from PySide6.QtGui import QImage
    from desktop.ui.theme import RESOURCES, apply_theme

    apply_theme(qapp, theme, force_palette=True)
    path = re.search(r"QTabBar::close-button \{ image: url\(([^)]+)\)", qapp.styleSheet()).group(1)
    assert not QImage(path).isNull(), path
    ink = re.search(r'stroke="(#[0-9a-f]{6})"', open(path, encoding="utf-8").read()).group(1)
    assert ink == theme.muted and contrast_ratio(ink, theme.window) >= 3.0
    assert path.startswith(RESOURCES.as_posix())
