"""Every widget stays readable after a live theme switch, both ways (issue 20, item 6).

The static test in test_app.py checks the theme's colour pairs; this one checks what the
widgets actually draw with after `apply_appearance`: each text colour in use against the
background the widget really paints (the most common pixel of its grab)."""
import re
from collections import Counter
from dataclasses import replace

import pytest
from PySide6.QtGui import QPalette

from desktop.colors import contrast_ratio
from desktop.ui.search_ui import HIT_ROLE, hit_html

from .conftest import SEEDS

SAMPLE = SEEDS / "04_budget_statement.txt"
COLOUR = re.compile(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{6})")


def painted_background(widget) -> str:
    image = widget.grab().toImage()
    counts = Counter(image.pixelColor(x, y).name() for x in range(0, image.width(), 3)
                     for y in range(0, image.height(), 3))
    return counts.most_common(1)[0][0]


def drawn_pairs(window):
    """(foreground, background, where) for the text the widgets draw now."""
    pairs = []
    results = window.library.results
    bg = painted_background(results.list.viewport())
    for row in range(results.model.rowCount()):
        html = hit_html(results.model.item(row).data(HIT_ROLE), results.delegate.theme)
        plain = re.sub(r"<b style='background[^>]*>", "", html)  # the marked hit has its own background
        pairs += [(c, bg, "search result") for c in COLOUR.findall(plain)]
    for label, where in ((results.status, "search status"), (window.notes.panel.status, "notes status")):
        pairs += [(c, painted_background(label), where) for c in COLOUR.findall(label.styleSheet())]
    view = window.current_view()
    body = view.cursor_for_span(view.article.paragraphs[-1].start, view.article.paragraphs[-1].start + 1)
    pairs.append((body.charFormat().foreground().color().name(), painted_background(view.viewport()), "reader"))
    tree = window.panel.quote_view
    window.panel.tabs.setCurrentWidget(tree)  # a list in a hidden tab is neither laid out nor drawn
    model = tree.model()
    tree_bg = painted_background(tree.viewport())
    for group in range(model.rowCount()):
        parent = model.index(group, 0)
        for row in range(model.rowCount(parent)):
            brush = model.index(row, 0, parent).data(9)  # ForegroundRole: reported speech is muted
            colour = brush.color().name() if brush is not None else tree.palette().color(QPalette.ColorRole.Text).name()
            pairs.append((colour, tree_bg, "quote list"))
    notes = window.notes.panel.list
    pairs.append((notes.palette().color(QPalette.ColorRole.Text).name(), painted_background(notes.viewport()),
                  "notes list"))
    return pairs


@pytest.mark.parametrize("order", [("light", "dark"), ("dark", "light")], ids=["to-dark", "to-light"])
def test_every_widget_stays_readable_after_a_live_theme_switch(make_window, qtbot, order):
    window = make_window(show=True, size=(1100, 700))
    window.apply_appearance(replace(window._appearance, theme=order[0]))
    with qtbot.waitSignal(window.analysis_finished, timeout=60_000):
        window.open_paths([str(SAMPLE)])
    window.notes.keep(*next((q.start, q.end) for q in window.current_view().analysis.quotes), "quote")
    with qtbot.waitSignal(window.library.results_shown, timeout=30_000):
        window.library.search("budget")
    window.apply_appearance(replace(window._appearance, theme=order[1]))
    pairs = drawn_pairs(window)
    assert len([p for p in pairs if p[2] == "search result"]) >= 2
    for foreground, background, where in pairs:
        assert contrast_ratio(foreground, background) >= 4.5, (where, foreground, background)
    window.apply_appearance(replace(window._appearance, theme="light"))
