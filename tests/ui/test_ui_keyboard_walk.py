"""A project officer who never touches the mouse: pages by their shortcuts, tables by Tab, cells
edited by typing, rows added with Ins and removed with Del, and every step taken back with
Ctrl+Z and made again with Ctrl+Shift+Z."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):
    QTest.keyClick(QApplication.focusWidget(), key, modifiers)
    return QApplication.focusWidget()


def type_in(text: str) -> None:
    """Typed into whatever has the focus, key by key (the first key opens the cell's editor)."""
    for character in text:
        QTest.keyClicks(QApplication.focusWidget(), character)


def to_cell(section, row: int, key: str) -> None:
    """Move the cursor to a cell as arrow keys would (Ctrl+Home, then Down/Right)."""
    view = section.view
    assert QApplication.focusWidget() is view
    press(Qt.Key.Key_Home, CTRL)
    column = section.model.column_of_key(key)
    for _ in range(row):
        press(Qt.Key.Key_Down)
    for _ in range(column):
        press(Qt.Key.Key_Right)
    assert (view.currentIndex().row(), view.currentIndex().column()) == (row, column)


def into_table(section) -> None:
    """From the navigator, Tab until the table has the focus."""
    for _ in range(12):
        if press(Qt.Key.Key_Tab) is section.view:
            return
    raise AssertionError(f"Tab never reached {section.name}")


def state(context, project_id):
    snapshot = context.snapshot(project_id)
    return (sorted((e.participant, e.work_package, e.person_months) for e in snapshot.efforts),
            sorted((c.participant, c.category, c.description, c.amount)
                   for c in snapshot.costs),
            sorted((p.number, p.role) for p in snapshot.participants))


def test_edit_add_remove_by_keyboard_then_undo_and_redo_it_all(qtbot, window):
    context = window.context
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.navigator)
    project_id = window.current_project
    before = state(context, project_id)

    press(Qt.Key.Key_5, CTRL)  # Effort matrix: P1's person-months in WP2
    effort = window.pages["effort"].table
    into_table(effort)
    press(Qt.Key.Key_Right)
    press(Qt.Key.Key_Right)
    type_in("12.5")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: effort.proxy.index(0, 2).data() == "12.50")

    press(Qt.Key.Key_6, CTRL)  # Budget: the cost lines, below the participants
    window.navigator.setFocus()
    budget = window.pages["budget"]
    costs = budget.cost_table
    into_table(budget.participants_table)
    press(Qt.Key.Key_Tab, CTRL)  # out of the participants: the footer
    for _ in range(8):
        if press(Qt.Key.Key_Tab) is costs.view:
            break
    assert QApplication.focusWidget() is costs.view
    to_cell(costs, 1, "amount")  # a line without quantity and unit cost: its amount is typed
    type_in("9999")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: costs.proxy.index(1, costs.model.column_of_key("amount")).data()
                    == "9,999.00")
    rows = costs.model.rowCount()
    press(Qt.Key.Key_Insert)  # a new cost line for the participant under the cursor
    qtbot.waitUntil(lambda: costs.model.rowCount() == rows + 1)
    press(Qt.Key.Key_Escape)  # leave the new line's editor, if one opened
    costs.view.setFocus()
    to_cell(costs, 1, "amount")
    press(Qt.Key.Key_Delete)  # remove the second line
    qtbot.waitUntil(lambda: costs.model.rowCount() == rows)

    press(Qt.Key.Key_3, CTRL)  # Consortium: P3's role
    window.navigator.setFocus()
    consortium = window.pages["consortium"].sections()[0]
    into_table(consortium)
    to_cell(consortium, 2, "role")
    role = consortium.proxy.index(2, consortium.model.column_of_key("role")).data()
    press(Qt.Key.Key_F2)
    press(Qt.Key.Key_Down)  # the next role in the list
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is consortium.view)
    qtbot.waitUntil(lambda: consortium.proxy.index(
        2, consortium.model.column_of_key("role")).data() != role)

    edited = state(context, project_id)
    assert edited != before
    steps = context.undo_stack.index()
    assert steps == 5
    for _ in range(steps):
        press(Qt.Key.Key_Z, CTRL)
    assert state(context, project_id) == before
    for _ in range(steps):
        press(Qt.Key.Key_Z, CTRL | SHIFT)
    assert state(context, project_id) == edited


def test_a_refused_cell_is_read_in_the_editor_that_keeps_the_focus(qtbot, window):
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.navigator)
    press(Qt.Key.Key_5, CTRL)
    effort = window.pages["effort"].table
    into_table(effort)
    press(Qt.Key.Key_Right)
    press(Qt.Key.Key_Right)
    type_in("abc")
    editor = press(Qt.Key.Key_Return)
    assert editor is not effort.view  # the cell stays open with what was typed
    assert "not a number" in editor.accessibleDescription()
    assert "not a number" in window.message_bar.text
    editor.selectAll()
    type_in("4")
    assert editor.accessibleDescription() == ""
    press(Qt.Key.Key_Escape)  # leaves the cell as it was
    assert QApplication.focusWidget() is effort.view


def test_closing_the_workspace_writes_the_cell_still_being_typed(qtbot, window,
                                                                 workspace_path):
    """Close workspace with a cell editor open committed into the closed workspace (an error
    dialog), and what was typed was lost."""
    from consortium_planner.services.snapshot import load_snapshot
    from consortium_planner.workspace import Workspace

    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.navigator)
    press(Qt.Key.Key_5, CTRL)
    effort = window.pages["effort"].table
    into_table(effort)
    press(Qt.Key.Key_Right)
    press(Qt.Key.Key_Right)
    assert effort.proxy.index(0, 0).data().startswith("P1 ")
    assert effort.proxy.headerData(2, Qt.Orientation.Horizontal) == "WP2"
    project_id = window.current_project
    type_in("4.25")  # no Enter: the editor is still open
    assert QApplication.focusWidget() is not effort.view
    window.action("close_workspace").trigger()
    assert window.context.workspace is None
    with Workspace.open(workspace_path, read_only=True) as workspace, \
            workspace.sessions() as session:
        snapshot = load_snapshot(session, project_id)
    assert [e.person_months for e in snapshot.efforts
            if (e.participant, e.work_package) == (1, 2)] == [Decimal("4.25")]
