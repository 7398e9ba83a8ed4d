"""Ctrl+C on a table whose total row sits in the frozen footer: a user who copies the whole
table into a spreadsheet gets the total row too, one who copies some rows does not, and the
footer's own cells copy from the footer."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from consortium_planner.ui.table_section import TableSection

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def budget(qtbot, window) -> TableSection:
    """The demo's budget per participant, reached as a keyboard user does: Ctrl+6, then Tab
    from the navigator through the table's search box into the table."""
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.navigator)
    QTest.keyClick(window.navigator, Qt.Key.Key_6, CTRL)
    for _ in range(2):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    section = window.focused_section()
    assert section is not None and section.name == window.pages["budget"].participants_table.name
    assert QApplication.focusWidget() is section.view
    return section


def copied(widget) -> list[list[str]]:
    QGuiApplication.clipboard().setText("")
    QTest.keyClick(widget, Qt.Key.Key_C, CTRL)  # the window's Edit > Copy
    return [line.split("\t") for line in QGuiApplication.clipboard().text().splitlines()]


def data_rows(section: TableSection) -> int:
    return section.proxy.rowCount() - 1


def test_the_whole_table_copies_with_its_total_row(budget):
    view = budget.view
    QTest.keyClick(view, Qt.Key.Key_A, CTRL)
    lines = copied(view)
    assert len(lines) == data_rows(budget) + 1
    assert lines[-1][0] == "Total" and lines[-1][-1] == \
        budget.footer.model().index(0, budget.proxy.columnCount() - 1).data()
    # every row selected with the keyboard, from the first down to the last, is the whole table
    QTest.keyClick(view, Qt.Key.Key_Home, CTRL)
    for _ in range(data_rows(budget) - 1):
        QTest.keyClick(view, Qt.Key.Key_Down, SHIFT)
    lines = copied(view)
    assert [line[0] for line in lines] == \
        [budget.proxy.index(row, 0).data() for row in range(data_rows(budget))] + ["Total"]


def test_a_whole_column_copies_with_its_total(budget):
    column = 8  # Total eligible
    budget.view.selectColumn(column)
    lines = copied(budget.view)
    assert len(lines) == data_rows(budget) + 1
    assert lines[-1] == [budget.footer.model().index(0, column).data()]


def test_a_partial_copy_has_no_total_row(budget):
    view = budget.view
    view.setCurrentIndex(budget.proxy.index(data_rows(budget) - 3, 0))
    for _ in range(3):  # down to the last row (and a key more), not all of them
        QTest.keyClick(view, Qt.Key.Key_Down, SHIFT)
    lines = copied(view)
    assert len(lines) == 3 and "Total" not in [line[0] for line in lines]
    view.selectionModel().setCurrentIndex(budget.proxy.index(0, 1),
                                          QItemSelectionModel.SelectionFlag.ClearAndSelect)
    QTest.keyClick(view, Qt.Key.Key_Down, SHIFT)
    assert copied(view) == [[budget.proxy.index(0, 1).data()], [budget.proxy.index(1, 1).data()]]


def test_rows_a_search_hides_leave_the_total_out(budget):
    """The total is the whole table's: under rows a search narrowed it would add up wrong."""
    budget.search.setText("P1")
    QTest.keyClick(budget.view, Qt.Key.Key_A, CTRL)
    lines = copied(budget.view)
    assert lines and "Total" not in [line[0] for line in lines]


def test_the_footer_copies_its_own_cells(budget):
    footer = budget.footer
    footer.setFocus()
    selection = QItemSelection(footer.model().index(0, 0), footer.model().index(0, 2))
    footer.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    assert copied(footer) == [[footer.model().index(0, c).data() for c in range(3)]]
    assert copied(footer)[0][0] == "Total"
