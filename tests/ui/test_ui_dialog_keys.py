"""Dialogs by keyboard: the first field has the focus, Enter is OK, and a refusal is read where
the focus goes back to (the field's accessible description), not only shown beside it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from consortium_planner.ui.dialogs import ProjectDialog


def test_a_refused_acronym_is_read_in_the_field_the_focus_returns_to(qtbot):
    dialog = ProjectDialog("New project", full=True,
                           refuse=lambda text: "A project CIRCOMP already exists."
                           if text.lower() == "circomp" else "")
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.acronym)
    QTest.keyClicks(dialog.acronym, "circomp")
    QTest.keyClick(dialog.acronym, Qt.Key.Key_Return)  # OK is the default button
    assert dialog.isVisible() and dialog.problem.isVisible()
    assert QApplication.focusWidget() is dialog.acronym
    assert dialog.acronym.accessibleDescription() == "A project CIRCOMP already exists."
    QTest.keyClicks(dialog.acronym, "X")  # typing again: the refusal is gone everywhere
    assert not dialog.problem.isVisible() and dialog.acronym.accessibleDescription() == ""
    QTest.keyClick(dialog.acronym, Qt.Key.Key_Return)
    assert not dialog.isVisible() and dialog.result() == ProjectDialog.DialogCode.Accepted


def test_enter_in_the_history_closes_it_rather_than_loading_older_entries(qtbot, context,
                                                                          project_id,
                                                                          monkeypatch):
    """'Show older' was the default button: Enter in the list paged further back."""
    from consortium_planner.ui import history

    monkeypatch.setattr(history, "PAGE_SIZE", 2)
    for number in range(3):
        context.editing.add_organisation({"legal_name": f"Logged {number}"})
    dialog = history.HistoryDialog(context, "History", project_id=None, organisation_id=None)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    assert QApplication.focusWidget() is dialog.table
    shown = dialog.table.topLevelItemCount()
    assert dialog.older_button.isEnabled()  # there is more: Enter could page on
    QTest.keyClick(dialog.table, Qt.Key.Key_Return)
    assert not dialog.isVisible() and dialog.table.topLevelItemCount() == shown
