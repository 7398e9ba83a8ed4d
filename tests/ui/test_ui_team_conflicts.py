"""Two officers' windows on one team workspace (PostgreSQL) edit one participant at nearly the
same time, each in the Consortium page's table: edits of different fields both go through with
no dialog; an edit of the field the other just changed opens the conflict dialog, which names
that field only, and "Apply mine" writes the user's value; nothing waits for ever.

"Nearly the same time": the second edit is made before the second window has run its event
loop, so it has not yet heard of the first (the change feed's notice is a queued signal)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from consortium_planner.app import AppContext
from consortium_planner.ui.conflicts import ConflictDialog


@pytest.fixture
def windows(qtbot, qapp, settings, reporter, workspace_path: Path,
            postgres_database: str) -> Iterator[tuple]:
    """Officer A's and officer B's windows on the demo copied to a server, each showing the
    Consortium page of the demo project."""
    from consortium_planner.services.workspace_copy import copy_workspace
    from consortium_planner.ui.main_window import MainWindow

    copy_workspace(workspace_path, postgres_database)
    opened = []
    for _officer in "AB":
        context = AppContext(settings)
        context.open_workspace(postgres_database)
        window = MainWindow(context, reporter)
        qtbot.addWidget(window)
        window.show()
        opened.append(window)
    try:
        yield tuple(opened)
    finally:
        for window in opened:
            window.context.close_workspace()


def consortium(window):
    project_id = window.context.projects()[0].id
    page = window.show_page("consortium", project_id)
    assert page is not None
    return page.table.model


def edit(model, row_id: int, key: str, value: str) -> bool:
    """Type a value into a cell, as the cell editor commits it."""
    index = model.index(model.row_of_id(row_id), model.column_of_key(key))
    return model.setData(index, value, Qt.ItemDataRole.EditRole)


def stored(window, participant: int, *fields: str) -> dict:
    return window.context.editing.values("participant", participant, fields)


def answer(dialogs: list[list[str]], *, apply: bool) -> QTimer:
    """Answer the conflict dialog the next edit opens (if it opens one): note its lines (what,
    theirs, yours), then Apply mine or Keep theirs. A timer, as the dialog runs modal: stop it
    after an edit that opened none."""
    def reply() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ConflictDialog):
            return
        dialogs.append([dialog.table.item(line, column).text()
                        for line in range(dialog.table.rowCount()) for column in range(3)])
        (dialog.apply_button if apply else dialog.keep_button).click()

    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(reply)
    timer.start(0)
    return timer


def test_two_windows_edit_one_participant(qtbot, windows):
    a, b = windows
    table_a, table_b = consortium(a), consortium(b)
    participant = next(row.id for row in table_b.rows if row.info.role == "beneficiary")
    dialogs: list[list[str]] = []
    messages: list[str] = []
    b.context.user_error.connect(messages.append)

    # different fields: A the monthly cost, B the role, before B hears of A's change
    assert edit(table_a, participant, "monthly_personnel_cost", "5000")
    unasked = answer(dialogs, apply=False)
    assert edit(table_b, participant, "role", "associated_partner")
    unasked.stop()
    assert dialogs == []
    assert stored(a, participant, "monthly_personnel_cost", "role") == {
        "monthly_personnel_cost": Decimal("5000.00"), "role": "associated_partner"}

    # the same field: A's cost, then B's, before B hears of it: the dialog names the cost
    # only, with A's value and B's; "Apply mine" writes B's
    assert edit(table_a, participant, "monthly_personnel_cost", "6000")
    asked = answer(dialogs, apply=True)
    edit(table_b, participant, "monthly_personnel_cost", "7000")
    assert not asked.isActive() and len(dialogs) == 1
    (what, theirs, mine) = dialogs[0]
    assert what.endswith(": monthly personnel cost") and "6" in theirs and "7" in mine
    assert stored(b, participant, "monthly_personnel_cost") == {
        "monthly_personnel_cost": Decimal("7000.00")}

    # B's undo puts A's cost back (the value B wrote over), then B's role back; A's window
    # hears of it by itself
    b.context.undo_stack.undo()
    b.context.undo_stack.undo()
    assert stored(b, participant, "monthly_personnel_cost", "role") == {
        "monthly_personnel_cost": Decimal("6000.00"), "role": "beneficiary"}
    qtbot.waitUntil(lambda: next(
        row.info.role for row in consortium(a).rows if row.id == participant) == "beneficiary",
        timeout=5000)
    assert messages == []


def test_apply_mine_keeps_a_colleague_s_change_of_another_field_made_meanwhile(qtbot, windows):
    """While B's conflict dialog is open, A changes another field of the row (the role): B's
    "Apply mine" writes B's cost over A's, keeps A's role, and does not ask again."""
    a, b = windows
    table_a, table_b = consortium(a), consortium(b)
    participant = next(row.id for row in table_b.rows if row.info.role == "beneficiary")
    dialogs: list[list[str]] = []

    def reply() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ConflictDialog):
            return
        dialogs.append([dialog.table.item(line, 0).text()
                        for line in range(dialog.table.rowCount())])
        if len(dialogs) == 1:  # A's change between the dialog and B's click
            assert edit(table_a, participant, "role", "associated_partner")
            dialog.apply_button.click()
        else:
            dialog.keep_button.click()

    answering = QTimer()
    answering.timeout.connect(reply)
    answering.start(0)
    try:
        assert edit(table_a, participant, "monthly_personnel_cost", "6000")
        edit(table_b, participant, "monthly_personnel_cost", "7000")
    finally:
        answering.stop()
    assert len(dialogs) == 1 and dialogs[0][0].endswith(": monthly personnel cost")
    assert stored(b, participant, "monthly_personnel_cost", "role") == {
        "monthly_personnel_cost": Decimal("7000.00"), "role": "associated_partner"}
    b.context.undo_stack.undo()  # B's undo puts A's cost back, A's role stays
    assert stored(b, participant, "monthly_personnel_cost", "role") == {
        "monthly_personnel_cost": Decimal("6000.00"), "role": "associated_partner"}


def test_an_edit_undo_and_redo_behind_a_colleague_s_lock_give_up_and_keep_the_history(
        qtbot, windows, postgres_database, monkeypatch):
    """A colleague's transaction holds the participant (an import writing it): B's edit, undo
    and redo each wait a bounded time, write nothing and say so; the edit is not on the stack,
    the undo history stays where it was, and the same Undo and Redo work once the colleague
    is done."""
    import psycopg

    from consortium_planner import workspace as workspace_module

    monkeypatch.setattr(workspace_module, "LOCK_WAIT_SECONDS", 0.2)
    _a, b = windows
    table_b = consortium(b)
    participant = next(row.id for row in table_b.rows if row.info.role == "beneficiary")
    messages: list[str] = []
    b.context.user_error.connect(messages.append)
    stack = b.context.undo_stack
    assert edit(table_b, participant, "monthly_personnel_cost", "5000")
    assert stack.count() == 1 and stack.index() == 1

    def colleague_holds() -> psycopg.Connection:
        connection = psycopg.connect(postgres_database)
        connection.execute(f"SELECT id FROM participant WHERE id = {participant} FOR UPDATE")
        return connection

    holding = colleague_holds()
    try:
        assert not edit(table_b, participant, "monthly_personnel_cost", "5500")
        assert stack.count() == 1
        stack.undo()
        qtbot.waitUntil(lambda: stack.index() == 1, timeout=2000)  # put back where it was
    finally:
        holding.close()
    assert len(messages) == 2 and all("your change was not saved" in m for m in messages)
    assert stored(b, participant, "monthly_personnel_cost") == {
        "monthly_personnel_cost": Decimal("5000.00")}
    stack.undo()  # the colleague is done: the same undo goes through
    assert stack.index() == 0 and stored(b, participant, "monthly_personnel_cost") != {
        "monthly_personnel_cost": Decimal("5000.00")}
    holding = colleague_holds()
    try:
        stack.redo()
        qtbot.waitUntil(lambda: stack.index() == 0, timeout=2000)
    finally:
        holding.close()
    assert len(messages) == 3
    stack.redo()
    assert stack.index() == 1 and stored(b, participant, "monthly_personnel_cost") == {
        "monthly_personnel_cost": Decimal("5000.00")}
