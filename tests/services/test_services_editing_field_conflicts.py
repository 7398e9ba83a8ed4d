"""Conflicts field by field (issue 15): an edit of a row someone else changed since the user saw
it goes through when they changed other fields (both changes kept, the row's version moves
on), and is refused, naming only those fields, when they changed a field the edit sets; undo
and redo likewise.

What the user saw is what the window reads with a project's snapshot
(`conflicts.project_versions`: the rows' versions and their fields' values). The colleague is a
second editing service on the same workspace, its own sessions and connections. Every test runs
on a workspace file and on a PostgreSQL server."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from consortium_planner.models import CostItem, Effort, Participant, Project, WorkPackage
from consortium_planner.services.editing import EditingService
from consortium_planner.services.editing.conflicts import EditConflict, project_versions
from consortium_planner.workspace import Workspace


@pytest.fixture(params=["sqlite", "postgresql"])
def workspace(request: pytest.FixtureRequest, demo_path: Path):
    """The demo workspace as a file, and copied to a PostgreSQL server (a team workspace)."""
    location: str | Path = demo_path
    if request.param == "postgresql":
        from consortium_planner.services.workspace_copy import copy_workspace

        location = request.getfixturevalue("postgres_database")
        copy_workspace(demo_path, location)
    with Workspace.open(location) as opened:
        yield opened


class Window:
    """What a user's window knows of the demo project: the versions and values it read."""

    def __init__(self, workspace: Workspace) -> None:
        with workspace.sessions() as session:
            self.project = session.scalars(select(Project.id).order_by(Project.id)).first()
            self.versions, self.values = project_versions(session, self.project)
            self.lump_sum = session.scalars(select(CostItem.id).where(
                CostItem.quantity.is_(None)).order_by(CostItem.id)).first()
            self.cell = tuple(session.execute(select(Effort.participant_id, Effort.work_package_id)
                                        .order_by(Effort.participant_id)).first())

    def row(self, table: str, index: int = 0) -> Any:
        return self.project if table == "project" else sorted(self.versions[table])[index]

    def seen(self, table: str, row: Any) -> dict[Any, int]:
        return {row: self.versions[table][row]}

    def saw(self, table: str, row: Any, *fields: str) -> dict[Any, dict[str, Any]]:
        return {row: {name: self.values[table][row][name] for name in fields}}


# (table, the colleague's field and value, the user's field and value): different fields; a
# value may be a function of the window (ids); the link lists are fields too
EDITS: list[tuple[str, tuple[str, Any], tuple[str, Any]]] = [
    ("project", ("title", "Their title"), ("start_date", date(2027, 9, 1))),
    ("participant", ("monthly_personnel_cost", Decimal("5000.00")), ("workbook_language", "pl")),
    ("participant", ("workbook_language", "de"), ("value_chain_roles", ["end_user"])),
    ("work_package", ("title", "Their WP"), ("objectives", "My objectives")),
    ("task", ("title", "Their task"), ("description", "My description")),
    ("deliverable", ("title", "Their deliverable"), ("description", "My description")),
    ("milestone", ("title", "Their milestone"), ("verification", "My verification")),
    ("milestone", ("due_month", 7),
     ("work_package_ids", lambda window: sorted(window.versions["work_package"])[-2:])),
    ("cost_item", ("description", "Their line"), ("amount", Decimal("1234.50"))),
]


def edits(window: Window):
    for table, (their_field, their_value), (my_field, my_value) in EDITS:
        row = window.lump_sum if table == "cost_item" else window.row(table)
        if callable(my_value):
            my_value = my_value(window)
        yield table, row, (their_field, their_value), (my_field, my_value)


def test_edits_of_different_fields_of_one_row_both_go_through(workspace):
    """Every editable table that checks versions: the colleague changes one field, the user
    (who saw the row before) another: both stay, and the row's version moved on twice."""
    window = Window(workspace)
    mine, theirs = EditingService(workspace), EditingService(workspace)
    for table, row, (their_field, their_value), (my_field, my_value) in edits(window):
        seen = mine.versions(table, [row])[row]  # (the second edit of a row: seen since)
        window.versions[table][row] = seen
        theirs.update(table, row, {their_field: their_value})
        changes = mine.update(table, row, {my_field: my_value}, seen=window.seen(table, row),
                              saw=window.saw(table, row, my_field))
        assert mine.values(table, row, [their_field, my_field]) == {
            their_field: their_value, my_field: my_value}, table
        assert changes.versions_of(table) == {row: seen + 2}, table
        assert mine.versions(table, [row]) == {row: seen + 2}, table


def test_an_edit_of_the_field_someone_else_changed_is_refused_naming_only_it(workspace):
    """The user sets two fields; the colleague changed one of them: the conflict names that
    one (theirs and the user's value), not the other, and nothing of the user's is written."""
    window = Window(workspace)
    mine, theirs = EditingService(workspace), EditingService(workspace)
    for table, row, (their_field, their_value), (my_field, my_value) in edits(window):
        before = mine.values(table, row, [my_field])
        window.versions[table][row] = mine.versions(table, [row])[row]
        window.values[table][row].update(mine.values(table, row, [their_field, my_field]))
        theirs.update(table, row, {their_field: their_value})
        mine_values = {their_field: "mine" if isinstance(their_value, str) else Decimal("1"),
                       my_field: my_value}
        with pytest.raises(EditConflict) as refused:
            mine.update(table, row, mine_values, seen=window.seen(table, row),
                        saw=window.saw(table, row, their_field, my_field))
        assert [(c.row, c.field, c.theirs) for c in refused.value.conflicts] == [
            (row, their_field, their_value)], table
        assert str(refused.value).count(" is now ") == 1
        assert mine.values(table, row, [their_field, my_field]) == {
            their_field: their_value, **before}, table


def test_an_edit_without_the_values_seen_keeps_the_row_level_check(workspace):
    """A caller that passes only versions (the command line's tools, the benchmark) is refused
    whenever the row moved on, as before."""
    window = Window(workspace)
    mine, theirs = EditingService(workspace), EditingService(workspace)
    row = window.row("work_package")
    theirs.update("work_package", row, {"title": "Their WP"})
    with pytest.raises(EditConflict) as refused:
        mine.update("work_package", row, {"objectives": "Mine"},
                    seen=window.seen("work_package", row))
    assert [c.field for c in refused.value.conflicts] == ["objectives"]


def test_an_effort_cell_is_refused_only_when_its_value_changed(workspace):
    window = Window(workspace)
    mine, theirs = EditingService(workspace), EditingService(workspace)
    cell = window.cell
    seen, saw = window.seen("effort", cell), window.saw("effort", cell, "person_months")
    theirs.set_efforts([(*cell, "9")])
    with pytest.raises(EditConflict) as refused:
        mine.set_efforts([(*cell, "3")], seen=seen, saw=saw)
    assert [(c.field, c.theirs) for c in refused.value.conflicts] == [
        ("person_months", Decimal("9.00"))]
    with workspace.sessions() as session:  # the cell is named by its participant and package
        numbers = (session.get(Participant, cell[0]).number,
                   session.get(WorkPackage, cell[1]).number)
    assert (f"The effort cell of P{numbers[0]} in WP{numbers[1]}'s person months is now 9.00"
            in str(refused.value))
    # written again with the value the user saw (the row moved on twice): nothing of theirs
    # is lost by the user's edit
    theirs.set_efforts([(*cell, saw[cell]["person_months"])])
    mine.set_efforts([(*cell, "3")], seen=seen, saw=saw)
    assert mine.effort_values([cell]) == {cell: Decimal("3.00")}


def test_undo_after_a_colleague_changed_another_field_goes_through_and_not_the_same(
        workspace):
    """An undo expects the values its own write left (`Changes.values`): a colleague's change of
    another field of the row does not stop it, and stays; one of the same field does."""
    window = Window(workspace)
    mine, theirs = EditingService(workspace), EditingService(workspace)
    row = window.row("task")
    old = mine.values("task", row, ["title"])
    done = mine.update("task", row, {"title": "Mine"}, seen=window.seen("task", row),
                       saw=window.saw("task", row, "title"))
    left = {r: dict(fields) for _, r, fields in done.values}
    assert left == {row: {"title": "Mine"}}
    theirs.update("task", row, {"description": "Theirs"})
    undone = mine.update("task", row, old, seen=done.versions_of("task"), saw=left)
    assert mine.values("task", row, ["title", "description"]) == {
        **old, "description": "Theirs"}
    # redo, after the colleague changed the title: refused, theirs stays
    theirs.update("task", row, {"title": "Their title"})
    with pytest.raises(EditConflict) as refused:
        mine.update("task", row, {"title": "Mine"}, seen=undone.versions_of("task"),
                    saw={r: dict(fields) for _, r, fields in undone.values})
    assert [(c.field, c.theirs, c.mine) for c in refused.value.conflicts] == [
        ("title", "Their title", "Mine")]
    assert mine.values("task", row, ["title"]) == {"title": "Their title"}


def test_apply_mine_overwrites_the_fields_in_conflict_only_and_keeps_a_later_change(
        workspace):
    """"Apply mine" (`EditConflict.apply_mine` with the conflict's versions) is field by field
    as the first attempt: a colleague's change of another field of the row between the dialog
    and the click is kept, not asked about again; the user's fields are written, the one in
    conflict knowingly over the value the dialog showed."""
    window = Window(workspace)
    mine, theirs = EditingService(workspace), EditingService(workspace)
    row = window.row("participant")
    saw = window.saw("participant", row, "monthly_personnel_cost", "workbook_language")
    theirs.update("participant", row, {"monthly_personnel_cost": Decimal("6000.00")})
    edit = {"monthly_personnel_cost": Decimal("7000.00"), "workbook_language": "pl"}
    with pytest.raises(EditConflict) as refused:
        mine.update("participant", row, edit, seen=window.seen("participant", row), saw=saw)
    conflict = refused.value
    assert [c.field for c in conflict.conflicts] == ["monthly_personnel_cost"]
    # between the dialog and the click: the colleague changes another field of the row
    theirs.update("participant", row, {"role": "associated_partner"})
    mine.update("participant", row, edit, seen=conflict.seen("participant"),
                saw=conflict.apply_mine("participant", saw))
    assert mine.values("participant", row, [*edit, "role"]) == {
        **edit, "role": "associated_partner"}


def test_apply_mine_asks_again_when_a_field_of_the_edit_changed_since_the_dialog(workspace):
    """A change since the dialog of the field in conflict, or of another field the edit sets,
    is one the user has not seen: "apply mine" is refused again, naming it, writing nothing."""
    window = Window(workspace)
    mine, theirs = EditingService(workspace), EditingService(workspace)
    row = window.row("task")
    saw = window.saw("task", row, "title", "description")
    theirs.update("task", row, {"title": "Theirs"})
    edit = {"title": "Mine", "description": "My description"}
    with pytest.raises(EditConflict) as refused:
        mine.update("task", row, edit, seen=window.seen("task", row), saw=saw)
    first = refused.value
    for field, value in (("title", "Theirs again"), ("description", "Their description")):
        theirs.update("task", row, {"title": "Theirs", field: value})  # one change since
        with pytest.raises(EditConflict) as again:
            mine.update("task", row, edit, seen=first.seen("task"),
                        saw=first.apply_mine("task", saw))
        assert [(c.field, c.theirs) for c in again.value.conflicts] == [(field, value)]
    assert mine.values("task", row, list(edit)) == {
        "title": "Theirs", "description": "Their description"}
