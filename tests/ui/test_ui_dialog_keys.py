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
