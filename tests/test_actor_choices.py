"""Merging and splitting library actors: an explicit, confirmed, undoable choice (issue 20, 1)."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from desktop.ui.voices import ActorDialog, load_choices

from .conftest import SEEDS

SAMPLE = SEEDS / "04_budget_statement.txt"


@pytest.fixture
def dialog(make_window, qtbot):
    window = make_window(show=True)
    with qtbot.waitSignal(window.analysis_finished, timeout=60_000):
        window.open_paths([str(SAMPLE)])
    view = window.current_view()
    nwosu = view.analysis.find_actor("Adaeze Nwosu")
    built = []
    window.with_library_actors(built.append)  # built on a worker from the stored analyses
    qtbot.waitUntil(lambda: bool(built), timeout=60_000)
    lib_id = built[0].library_id(window.key_of(view), nwosu.id)
    dialog = ActorDialog(window, lib_id, window.settings())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return window, dialog


def answer(monkeypatch, button_text):
    """Stand in for the user at the confirmation box: press the button with this text."""
    asked = []

    def exec_(box):
        asked.append(box.text())
        chosen = next(b for b in box.buttons() if b.text().replace("&", "") == button_text)
        chosen.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return asked


def test_enter_merges_nothing_and_nothing_is_preselected(dialog, qtbot):
    window, d = dialog
    assert d.others.currentIndex() == -1 and d.others.count() > 0
    assert not d.merge_button.isEnabled() and not d.merge_button.isDefault()
    assert not d.merge_button.autoDefault() and not d.split_button.autoDefault()
    QTest.keyClick(d, Qt.Key.Key_Return)
    QTest.keyClick(d.others, Qt.Key.Key_Enter)
    assert load_choices(window.settings()) == []


def test_merge_needs_confirmation_and_ctrl_z_undoes_it(dialog, qtbot, monkeypatch):
    window, d = dialog
    d.others.setCurrentIndex(d.others.findText("Thomas Reid"))
    asked = answer(monkeypatch, "Cancel")
    d.merge_button.click()
    assert asked and "Thomas Reid" in asked[0]
    assert load_choices(window.settings()) == []  # cancelled: nothing changed
    answer(monkeypatch, "Merge")
    with qtbot.waitSignal(d.refreshed, timeout=60_000):
        d.merge_button.click()
    [(kind, _keep, other)] = load_choices(window.settings())
    assert kind == "merge" and other.startswith("person:thomas-reid")
    assert "Thomas Reid" in d.body.toPlainText().split("Quotes")[0]  # "also Thomas Reid"
    with qtbot.waitSignal(d.refreshed, timeout=60_000):
        QTest.keySequence(d, "Ctrl+Z")
    assert load_choices(window.settings()) == []
    assert "Thomas Reid" not in d.body.toPlainText().split("Quotes")[0]


def test_after_a_split_the_subtitle_no_longer_lists_the_other_person(dialog, qtbot, monkeypatch):
    window, d = dialog
    d.others.setCurrentIndex(d.others.findText("Thomas Reid"))
    answer(monkeypatch, "Merge")
    with qtbot.waitSignal(d.refreshed, timeout=60_000):
        d.merge_button.click()
    assert "also" in d.body.toPlainText() and "Thomas Reid" in d.body.toPlainText().split("Roles")[0]
    reid = next(i for i in range(d.members.count()) if d.members.itemText(i).startswith("Thomas Reid"))
    assert d.members.currentIndex() == -1
    d.members.setCurrentIndex(reid)
    answer(monkeypatch, "Split off")
    with qtbot.waitSignal(d.refreshed, timeout=60_000):
        d.split_button.click()
    heading = d.body.toPlainText().split("Roles")[0]
    assert "Adaeze Nwosu" in heading and "Thomas Reid" not in heading
    with qtbot.waitSignal(d.refreshed, timeout=60_000):
        window.notes.undo_stack.undo()  # the split
    assert "Thomas Reid" in d.body.toPlainText().split("Roles")[0]
