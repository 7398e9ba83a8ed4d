"""The partner finder by keyboard alone: choose what to look for, type a search, Down into the
results, Shift+Down for more, Enter adds them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from consortium_planner.ui.partner_finder import PartnerFinder


def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):
    QTest.keyClick(QApplication.focusWidget(), key, modifiers)
    return QApplication.focusWidget()


def test_search_then_down_into_the_results_then_enter_adds(qtbot, context, project_id):
    ids = [context.editing.add_organisation({"legal_name": f"Alpha Partner {n}"}).created_id
           for n in range(3)]
    finder = PartnerFinder(context, project_id)
    qtbot.addWidget(finder)
    with qtbot.waitActive(finder):
        finder.show()
        finder.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is finder.search)
    assert press(Qt.Key.Key_Backtab) is finder.gap_list  # what the consortium lacks, or all
    press(Qt.Key.Key_Home)
    assert press(Qt.Key.Key_Tab) is finder.search
    QTest.keyClicks(finder.search, "alpha")
    qtbot.waitUntil(lambda: sorted(finder.model.ids) == sorted(ids))
    assert press(Qt.Key.Key_Down) is finder.table
    assert finder.table.currentIndex().row() == 0
    press(Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    chosen = finder.chosen_ids()
    press(Qt.Key.Key_Return)
    assert finder.result() == QDialog.DialogCode.Accepted
    assert len(chosen) == 2 and set(chosen) <= set(ids)
