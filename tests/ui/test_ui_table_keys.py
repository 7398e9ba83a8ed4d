"""A keyboard user is never caught in a table: Tab walks the cells as in a spreadsheet, but Tab
on the last cell (Shift+Tab on the first) goes on to the next control, Ctrl+Tab leaves from any
cell, Ctrl+PgDn/PgUp switch the page's tabs from inside a table, and the totals footer is one
stop of Tab, not a second trap."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):
    QTest.keyClick(QApplication.focusWidget(), key, modifiers)
    return QApplication.focusWidget()


@pytest.fixture
def budget(qtbot, window):
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.navigator)
    press(Qt.Key.Key_6, CTRL)
    return window.pages["budget"]


def go_to(view, row: int, column: int) -> None:
    view.setFocus()
    view.selectionModel().setCurrentIndex(view.model().index(row, column),
                                          QItemSelectionModel.SelectionFlag.ClearAndSelect)


def test_tab_on_the_last_cell_goes_to_the_totals_footer_then_out(budget):
    section = budget.participants_table
    view = section.view
    last_row = section.proxy.rowCount() - 2  # the total row is in the footer
    go_to(view, last_row, section.proxy.columnCount() - 2)
    assert press(Qt.Key.Key_Tab) is view  # still a spreadsheet: the next cell
    assert view.currentIndex().column() == section.proxy.columnCount() - 1
    assert press(Qt.Key.Key_Tab) is section.footer
    after = press(Qt.Key.Key_Tab)
    assert after not in (section.footer, view)
    assert press(Qt.Key.Key_Backtab) is section.footer
    assert press(Qt.Key.Key_Backtab) is view


def test_shift_tab_on_the_first_cell_goes_back_to_the_search_box(budget):
    section = budget.participants_table
    go_to(section.view, 0, 1)
    assert press(Qt.Key.Key_Backtab) is section.view
    assert press(Qt.Key.Key_Backtab) is section.search


def test_ctrl_tab_leaves_the_table_from_any_cell(budget):
    section = budget.participants_table
    go_to(section.view, 3, 4)
    assert press(Qt.Key.Key_Tab, CTRL) is section.footer
    go_to(section.view, 3, 4)
    assert press(Qt.Key.Key_Tab, CTRL | SHIFT) is section.search


def test_ctrl_page_down_switches_the_tabs_from_inside_a_table(budget):
    tabs = budget.tabs
    go_to(budget.cost_table.view, 0, 0)
    assert tabs.currentIndex() == 0
    assert press(Qt.Key.Key_PageDown, CTRL) is budget.wp_table.view  # keys go on there
    assert tabs.currentIndex() == 1
    press(Qt.Key.Key_PageUp, CTRL)
    assert tabs.currentIndex() == 0


def test_down_in_a_search_box_moves_into_the_results(qtbot, window):
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.navigator)
    press(Qt.Key.Key_1, CTRL)  # the partner directory
    section = window.pages["directory"].table
    assert press(Qt.Key.Key_F, CTRL) is section.search
    QTest.keyClicks(section.search, "lev")
    qtbot.waitUntil(lambda: section.proxy.rowCount() == 1 and "LEVANTE" in str(
        section.proxy.index(0, 0).data()) + str(section.proxy.index(0, 1).data()))
    assert press(Qt.Key.Key_Down) is section.view
    assert section.view.currentIndex().row() == 0
    assert section.view.selectionModel().isRowSelected(0) or \
        section.view.selectionModel().isSelected(section.view.currentIndex())


def test_the_footer_takes_the_focus_on_the_column_the_table_had_and_keeps_in_step(qtbot,
                                                                                  budget):
    section = budget.participants_table
    view, footer = section.view, section.footer
    budget.window().resize(700, 700)
    last_column = section.proxy.columnCount() - 1
    go_to(view, section.proxy.rowCount() - 2, last_column)  # scrolled to the right end
    assert view.horizontalScrollBar().value() > 0
    assert press(Qt.Key.Key_Tab) is footer
    current = footer.currentIndex()
    assert current.column() == last_column  # the cell under the one left, in view
    assert footer.visualRect(current).intersects(footer.viewport().rect())
    press(Qt.Key.Key_Home)  # the footer's first cell: the table scrolls along with it
    assert footer.currentIndex().column() == 0
    assert view.horizontalScrollBar().value() == footer.horizontalScrollBar().value() == 0
