"""No lost update in the window (issue 15): an edit of a row someone else changed since the
window showed it asks which value to keep; undo and redo undo only the user's own changes.

The colleague is a second editing service on the same workspace (its own sessions), whose
edits commit between what the window shows and what the user does."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from consortium_planner.services.editing import EditingService
from consortium_planner.services.editing.conflicts import EditConflict
from consortium_planner.ui.commands import EffortCommand, UpdateCommand
from consortium_planner.ui.conflicts import ConflictDialog, resolve_conflict


def a_participant(context, project_id):
    return context.snapshot(project_id).participants[0].id  # the window shows the project


def cost(context, participant):
    return context.editing.values("participant", participant, ["monthly_personnel_cost"])[
        "monthly_personnel_cost"]


def colleague(context) -> EditingService:
    assert context.workspace is not None
    return EditingService(context.workspace)


def test_an_edit_of_a_row_changed_since_it_was_shown_is_refused_with_both_values(
        context, project_id):
    participant = a_participant(context, project_id)
    colleague(context).update("participant", participant, {"monthly_personnel_cost": "5000"})
    refusals = []
    context.edit_conflict.connect(lambda command, error: refusals.append((command, error)))
    command = UpdateCommand(context, "participant",
                            [(participant, {"monthly_personnel_cost": "4000"})], "Cost")
    assert not context.execute(command)
    assert context.undo_stack.count() == 0
    ((refused, error),) = refusals
    assert refused is command
    assert [(c.mine, c.theirs) for c in error.conflicts] == [("4000", Decimal("5000.00"))]
    assert cost(context, participant) == Decimal("5000.00")


def test_apply_mine_writes_over_theirs_knowingly_and_undo_puts_theirs_back(
        context, project_id):
    participant = a_participant(context, project_id)
    colleague(context).update("participant", participant, {"monthly_personnel_cost": "5000"})
    errors = []
    context.edit_conflict.connect(lambda command, error: errors.append(error))
    command = UpdateCommand(context, "participant",
                            [(participant, {"monthly_personnel_cost": "4000"})], "Cost")
    context.execute(command)
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().accept())  # "Apply mine"
    assert resolve_conflict(context, command, errors[0])
    assert cost(context, participant) == Decimal("4000.00")
    context.undo_stack.undo()
    assert cost(context, participant) == Decimal("5000.00")  # theirs, not the value before


def test_keep_theirs_writes_nothing(context, project_id):
    participant = a_participant(context, project_id)
    colleague(context).update("participant", participant, {"monthly_personnel_cost": "5000"})
    errors = []
    context.edit_conflict.connect(lambda command, error: errors.append((command, error)))
    context.execute(UpdateCommand(context, "participant",
                                  [(participant, {"monthly_personnel_cost": "4000"})], "Cost"))
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().reject())  # Escape
    assert not resolve_conflict(context, *errors[0])
    assert cost(context, participant) == Decimal("5000.00")
    assert context.undo_stack.count() == 0


def test_undo_of_a_field_changed_since_by_someone_else_is_refused_and_changes_nothing(
        context, project_id):
    """The colleague changed the cost: the undo of the user's reason (another field of the
    row) goes through; the undo of the user's cost, which would write over theirs, does not."""
    participant = a_participant(context, project_id)
    messages = []
    context.user_error.connect(messages.append)
    before = context.editing.values("participant", participant, [
        "funding_rate_override_reason"])
    assert context.execute(UpdateCommand(
        context, "participant", [(participant, {"monthly_personnel_cost": "4000"})], "Cost"))
    assert context.execute(UpdateCommand(
        context, "participant", [(participant, {"funding_rate_override_reason": "mine"})],
        "Reason"))
    colleague(context).update("participant", participant, {"monthly_personnel_cost": "6000"})
    context.undo_stack.undo()  # the reason: the colleague did not touch it
    assert context.editing.values("participant", participant, [
        "funding_rate_override_reason"]) == before
    assert cost(context, participant) == Decimal("6000.00")  # and theirs is kept
    assert not messages
    context.undo_stack.undo()  # the cost: theirs since
    assert cost(context, participant) == Decimal("6000.00")  # their newer edit stands
    # the row and the field the undo would have set back
    assert len(messages) == 1 and "participant 1's monthly personnel cost" in messages[0]
    assert "Undo of “Cost” refused" in messages[0]
    assert "reason" not in messages[0]
    assert context.undo_stack.count() == 1  # the refused step left the history, not the rest


def test_edit_undo_and_redo_go_through_a_colleague_s_change_of_another_field(
        context, project_id):
    participant = a_participant(context, project_id)
    language = ["workbook_language"]
    before = context.editing.values("participant", participant, language)
    messages = []
    context.user_error.connect(messages.append)
    colleague(context).update("participant", participant, {"monthly_personnel_cost": "5000"})
    assert context.execute(UpdateCommand(  # the window has not read the colleague's change
        context, "participant", [(participant, {"workbook_language": "pl"})], "Language"))
    colleague(context).update("participant", participant, {"monthly_personnel_cost": "6000"})
    context.undo_stack.undo()
    assert context.editing.values("participant", participant, language) == before
    colleague(context).update("participant", participant, {"monthly_personnel_cost": "7000"})
    context.undo_stack.redo()
    assert context.editing.values("participant", participant, language) == {
        "workbook_language": "pl"}
    assert cost(context, participant) == Decimal("7000.00") and messages == []
    colleague(context).update("participant", participant, {"workbook_language": "de"})
    context.undo_stack.undo()  # the same field: refused, theirs stays
    assert context.editing.values("participant", participant, language) == {
        "workbook_language": "de"}
    assert len(messages) == 1 and "workbook language is now “de”" in messages[0]


def test_undo_and_redo_of_the_user_s_own_unchallenged_edits_work_as_before(
        context, project_id):
    participant = a_participant(context, project_id)
    before = cost(context, participant)
    assert context.execute(UpdateCommand(
        context, "participant", [(participant, {"monthly_personnel_cost": "4000"})], "Cost"))
    assert context.execute(UpdateCommand(
        context, "participant", [(participant, {"monthly_personnel_cost": "4500"})], "Cost"))
    context.undo_stack.undo()
    context.undo_stack.undo()
    assert cost(context, participant) == before
    context.undo_stack.redo()
    context.undo_stack.redo()
    assert cost(context, participant) == Decimal("4500.00")
    assert context.undo_stack.count() == 2


def test_an_effort_cell_filled_by_someone_else_is_not_undone_over(context, project_id):
    snapshot = context.snapshot(project_id)
    participant, package = snapshot.participants[0].id, snapshot.work_packages[0].id
    assert context.execute(EffortCommand(context, [(participant, package, "2")], "Effort"))
    colleague(context).set_efforts([(participant, package, "9")])
    messages = []
    context.user_error.connect(messages.append)
    context.undo_stack.undo()
    assert context.editing.effort_values([(participant, package)]) == {
        (participant, package): Decimal("9.00")}
    assert messages and "effort cell of P1 in WP1's person months is now 9.00" in messages[0]


def test_the_dialog_shows_both_values_and_keeps_theirs_by_default(qapp):
    from consortium_planner.services.editing.conflicts import Conflict

    error = EditConflict([Conflict("task", 3, "task", "title", "Mine", "Theirs")],
                         {("task", 3): 4})
    dialog = ConflictDialog(error)
    cells = [dialog.table.item(0, column).text() for column in range(4)]
    assert cells == ["task: title", "Theirs", "Mine", "someone else"]
    assert dialog.keep_button.isDefault()
    assert dialog.apply_button.text() == "&Apply mine"  # Alt+A
    dialog.show()
    QTest.keyClick(dialog, Qt.Key.Key_Escape)  # the keyboard: Escape keeps theirs
    assert dialog.result() == ConflictDialog.DialogCode.Rejected
