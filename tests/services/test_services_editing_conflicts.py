"""No lost update (issue 15): every editable row carries a version that every write bumps; an
edit made on a row the user saw at another version is refused with both values, and "apply
mine" re-applies it against the current version.

The colleague is a second editing service on the same workspace (its own sessions, so its own
connections), whose edits commit between the user's read (the versions the user saw) and the
user's write. Every test runs on both engines."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from consortium_planner.models import (
    Deliverable,
    Effort,
    Milestone,
    Organisation,
    Participant,
    Task,
    WorkPackage,
    versioned_tables,
)
from consortium_planner.services.editing import EditingService
from consortium_planner.services.editing.conflicts import EditConflict, flush
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


def first(workspace: Workspace, model: Any, *where: Any) -> Any:
    with workspace.sessions() as session:
        return session.scalars(select(model.id).where(*where).order_by(model.id)).first()


def version(workspace: Workspace, model: Any, row_id: Any) -> int:
    with workspace.sessions() as session:
        return session.get(model, row_id).version


def an_effort_cell(workspace: Workspace, *, empty: bool) -> tuple[int, int]:
    """(participant id, work package id) of a cell of the demo that holds a value, or not."""
    with workspace.sessions() as session:
        filled = set(session.execute(
            select(Effort.participant_id, Effort.work_package_id)))
        if not empty:
            return min(filled)
        for participant in session.scalars(select(Participant).order_by(Participant.id)):
            for package in session.scalars(select(WorkPackage).where(
                    WorkPackage.project_id == participant.project_id).order_by(WorkPackage.id)):
                if (participant.id, package.id) not in filled:
                    return participant.id, package.id
    raise AssertionError("the demo has no empty effort cell")


def test_every_editable_table_carries_a_version():
    assert set(versioned_tables()) == {
        "organisation", "project", "participant", "work_package", "task", "deliverable",
        "milestone", "effort", "cost_item", "region_s3_area", "project_version",
        "region_category_entry"}


# -- stale edits ---------------------------------------------------------------------------------

def test_a_stale_edit_is_refused_with_both_values_and_changes_nothing(workspace):
    mine, theirs = EditingService(workspace), EditingService(workspace)
    participant = first(workspace, Participant)
    seen = mine.versions("participant", [participant])
    theirs.update("participant", participant, {"monthly_personnel_cost": "5000"})
    with pytest.raises(EditConflict) as refused:
        mine.update("participant", participant, {"monthly_personnel_cost": "4000"}, seen=seen)
    (conflict,) = refused.value.conflicts
    assert (conflict.table, conflict.row, conflict.field) == (
        "participant", participant, "monthly_personnel_cost")
    assert (conflict.mine, conflict.theirs) == ("4000", Decimal("5000.00"))
    assert "5000.00" in str(refused.value) and "4000" in str(refused.value)
    assert mine.values("participant", participant, ["monthly_personnel_cost"]) == {
        "monthly_personnel_cost": Decimal("5000.00")}
    assert refused.value.seen("participant") == {participant: seen[participant] + 1}


def test_a_conflict_names_who_made_the_other_change(workspace):
    """The edit log knows who wrote the row last: the database user on a server, the login
    name on a file; the conflict says so ("… (by alice)")."""
    from consortium_planner.models.edit_log_hook import _user as current_user

    mine, theirs = EditingService(workspace), EditingService(workspace)
    participant = first(workspace, Participant)
    seen = mine.versions("participant", [participant])
    theirs.update("participant", participant, {"monthly_personnel_cost": "5000"})
    with pytest.raises(EditConflict) as refused:
        mine.update("participant", participant, {"monthly_personnel_cost": "4000"}, seen=seen)
    with workspace.sessions() as session:
        expected = current_user(session)
    assert expected and [c.who for c in refused.value.conflicts] == [expected]
    assert f"(by {expected})" in str(refused.value)


def test_apply_mine_reapplies_against_the_current_version(workspace):
    mine, theirs = EditingService(workspace), EditingService(workspace)
    participant = first(workspace, Participant)
    seen = mine.versions("participant", [participant])
    theirs.update("participant", participant, {"monthly_personnel_cost": "5000"})
    with pytest.raises(EditConflict) as refused:
        mine.update("participant", participant, {"monthly_personnel_cost": "4000"}, seen=seen)
    changes = mine.update("participant", participant, {"monthly_personnel_cost": "4000"},
                          seen=refused.value.seen())
    assert mine.values("participant", participant, ["monthly_personnel_cost"]) == {
        "monthly_personnel_cost": Decimal("4000.00")}
    assert changes.versions_of("participant") == {participant: seen[participant] + 2}


def test_an_edit_of_an_unchanged_row_goes_through_and_says_its_new_version(workspace):
    mine = EditingService(workspace)
    participant = first(workspace, Participant)
    seen = mine.versions("participant", [participant])
    changes = mine.update("participant", participant, {"monthly_personnel_cost": "4000"},
                          seen=seen)
    assert changes.versions_of("participant") == {participant: seen[participant] + 1}
    assert version(workspace, Participant, participant) == seen[participant] + 1


def test_a_paste_with_one_stale_row_writes_none_of_its_rows(workspace):
    mine, theirs = EditingService(workspace), EditingService(workspace)
    with workspace.sessions() as session:
        a, b = session.scalars(select(Task.id).order_by(Task.id).limit(2))
    seen = mine.versions("task", [a, b])
    theirs.update("task", b, {"title": "Their title"})
    with pytest.raises(EditConflict) as refused:
        mine.update_many("task", [(a, {"title": "Mine A"}), (b, {"title": "Mine B"})],
                         seen=seen)
    assert [(c.row, c.mine, c.theirs) for c in refused.value.conflicts] == [
        (b, "Mine B", "Their title")]
    assert mine.values("task", a, ["title"]) != {"title": "Mine A"}


def test_an_effort_cell_filled_by_someone_else_since_it_was_seen_empty_is_refused(workspace):
    mine, theirs = EditingService(workspace), EditingService(workspace)
    cell = an_effort_cell(workspace, empty=True)
    seen = mine.effort_versions([cell])
    assert seen == {cell: 0}
    theirs.set_efforts([(*cell, "3")])
    with pytest.raises(EditConflict) as refused:
        mine.set_efforts([(*cell, "5")], seen=seen)
    (conflict,) = refused.value.conflicts
    assert (conflict.row, conflict.mine, conflict.theirs) == (cell, "5", Decimal("3.00"))
    assert mine.effort_values([cell]) == {cell: Decimal("3.00")}
    mine.set_efforts([(*cell, "5")], seen=refused.value.seen("effort"))
    assert mine.effort_values([cell]) == {cell: Decimal("5.00")}


def test_an_effort_cell_cleared_by_someone_else_is_refused(workspace):
    mine, theirs = EditingService(workspace), EditingService(workspace)
    cell = an_effort_cell(workspace, empty=False)
    seen = mine.effort_versions([cell])
    theirs.set_efforts([(*cell, "0")])
    with pytest.raises(EditConflict) as refused:
        mine.set_efforts([(*cell, "7")], seen=seen)
    assert refused.value.conflicts[0].theirs == Decimal("0.00")
    assert refused.value.seen("effort") == {cell: 0}


def test_a_cost_line_changed_since_is_not_removed(workspace):
    mine, theirs = EditingService(workspace), EditingService(workspace)
    from consortium_planner.models import CostItem

    line = first(workspace, CostItem)
    seen = mine.versions("cost_item", [line])
    theirs.update("cost_item", line, {"description": "Their words"})
    with pytest.raises(EditConflict) as refused:
        mine.remove("cost_item", [line], seen=seen)
    assert [(c.row, c.field) for c in refused.value.conflicts] == [(line, None)]
    assert mine.versions("cost_item", [line]) == {line: seen[line] + 1}


def test_two_writers_of_one_row_never_both_win(workspace):
    """The ORM's own check: a row read at version v, written by someone else meanwhile (as on
    PostgreSQL, where a read does not hold the row), is not written over."""
    participant = first(workspace, Participant)
    with pytest.raises(EditConflict), workspace.transaction() as session:
        row = session.get(Participant, participant)
        table = Participant.__table__  # a Core write: the session's row knows nothing of it
        session.execute(update(table).where(table.c.id == participant).values(
            monthly_personnel_cost=100, version=table.c.version + 1))
        row.monthly_personnel_cost = Decimal("2.00")
        flush(session)
    assert EditingService(workspace).values("participant", participant, [
        "monthly_personnel_cost"]) != {"monthly_personnel_cost": Decimal("2.00")}


# -- every kind of write bumps the version -------------------------------------------------------

def test_link_fields_move_their_row_on(workspace):
    service = EditingService(workspace)
    organisation = first(workspace, Organisation)
    milestone = first(workspace, Milestone)
    participant = first(workspace, Participant)
    before = (version(workspace, Organisation, organisation),
              version(workspace, Milestone, milestone),
              version(workspace, Participant, participant))
    service.update("organisation", organisation, {"nace_codes": "25.62; 28.41"})
    with workspace.sessions() as session:
        packages = session.get(Milestone, milestone).work_packages
        project = session.get(Milestone, milestone).project_id
        others = session.scalars(select(WorkPackage.id).where(
            WorkPackage.project_id == project)).all()
        wanted = [i for i in others if i not in {p.id for p in packages}][:1]
    service.update("milestone", milestone, {"work_package_ids": wanted})
    service.update("participant", participant, {"value_chain_roles": ["manufacturer"]})
    after = (version(workspace, Organisation, organisation),
             version(workspace, Milestone, milestone),
             version(workspace, Participant, participant))
    assert all(new > old for new, old in zip(after, before, strict=True)), (before, after)


def test_core_writes_and_the_database_s_own_set_null_bump_versions(workspace):
    service = EditingService(workspace)
    with workspace.sessions() as session:
        task = session.scalars(select(Task).where(Task.lead_participant_id.is_not(None))).first()
        task_id, lead = task.id, task.lead_participant_id
        packages = session.scalars(select(WorkPackage).where(
            WorkPackage.project_id == task.work_package.project_id)).all()
        numbers = {packages[0].id: packages[1].number, packages[1].id: packages[0].number}
        deliverables = session.scalars(select(Deliverable.id).where(
            Deliverable.lead_participant_id == lead)).all()
    before_task = version(workspace, Task, task_id)
    before_package = version(workspace, WorkPackage, packages[0].id)
    service.set_numbers("work_package", numbers)  # Core updates
    assert version(workspace, WorkPackage, packages[0].id) > before_package
    state = service.capture("participant", [lead])
    service.remove("participant", [lead])  # ON DELETE SET NULL on the task's lead
    assert version(workspace, Task, task_id) > before_task
    service.restore(state)  # undo: the participant back, one version on
    assert version(workspace, Participant, lead) == state.rows[0][1][0]["version"] + 1
    for deliverable in deliverables:
        assert version(workspace, Deliverable, deliverable) >= 2


def test_an_organisation_import_a_merge_and_their_undo_bump_versions(workspace, tmp_path):
    from consortium_planner.importing.plan import build_organisation_plan
    from consortium_planner.services.duplicates import merge_organisations, undo_merge
    from consortium_planner.services.organisation_import import (
        apply_import,
        preview_import,
        undo_import,
    )

    service = EditingService(workspace)
    with workspace.sessions() as session:
        organisation = session.scalars(select(Organisation).where(
            Organisation.pic.is_not(None)).order_by(Organisation.id)).first()
        pic, name, country = organisation.pic, organisation.legal_name, organisation.country
        keep = organisation.id
    start = version(workspace, Organisation, keep)
    csv = tmp_path / "members.csv"
    csv.write_text(f"Legal name;Country;PIC;E-mail\n{name};{country};{pic};new@example.eu\n",
                   encoding="utf-8")
    result = apply_import(workspace, preview_import(workspace, build_organisation_plan(csv)))
    assert result.updated == 1
    imported = version(workspace, Organisation, keep)
    assert imported > start
    undo_import(workspace, result.batch_id)
    undone = version(workspace, Organisation, keep)
    assert undone > imported  # an undo is a write: never back to a version once seen
    other = service.add_organisation({"legal_name": f"{name} copy", "country": country}
                                     ).created_id
    merged = merge_organisations(workspace, keep, [other], {"legal_name": other})
    assert version(workspace, Organisation, keep) > undone
    merged_version = version(workspace, Organisation, keep)
    undo_merge(workspace, merged)
    assert version(workspace, Organisation, keep) > merged_version
    assert version(workspace, Organisation, other) == 2  # put back one version on


def test_a_scenario_promotion_and_its_undo_bump_the_projects(workspace):
    from consortium_planner.models import Project

    service = EditingService(workspace)
    project = first(workspace, Project)
    scenario = service.create_scenario(project, "WHATIF", "P3 leaves").created_id
    before = {row: version(workspace, Project, row) for row in (project, scenario)}
    links = service.scenario_links(scenario)
    service.promote_scenario(scenario)
    promoted = {row: version(workspace, Project, row) for row in (project, scenario)}
    assert all(promoted[row] > before[row] for row in before)
    service.set_scenario_links(links)
    assert all(version(workspace, Project, row) > promoted[row] for row in before)


# -- an import stays one transaction -------------------------------------------------------------

def test_an_import_over_a_record_changed_since_its_preview_rolls_back_whole(workspace, tmp_path):
    """The preview read the record; someone changed it before the import was applied: the
    import is refused with both values, and nothing of it is written (not even its new rows)."""
    from consortium_planner.importing.plan import build_organisation_plan
    from consortium_planner.models import ImportBatch
    from consortium_planner.services.organisation_import import apply_import, preview_import

    with workspace.sessions() as session:
        known = session.scalars(select(Organisation).where(
            Organisation.pic.is_not(None)).order_by(Organisation.id)).first()
        known_id, pic, name, country = known.id, known.pic, known.legal_name, known.country
        count = len(session.scalars(select(Organisation.id)).all())
    csv = tmp_path / "members.csv"
    csv.write_text("Legal name;Country;PIC;E-mail\n"
                   "Brand New Partner;DE;;hello@new.example\n"
                   f"{name};{country};{pic};file@example.eu\n", encoding="utf-8")
    preview = preview_import(workspace, build_organisation_plan(csv))
    EditingService(workspace).update("organisation", known_id, {"email": "theirs@example.eu"})
    with pytest.raises(EditConflict) as refused:
        apply_import(workspace, preview)
    (conflict,) = refused.value.conflicts
    assert (conflict.row, conflict.field, conflict.mine, conflict.theirs) == (
        known_id, "email", "file@example.eu", "theirs@example.eu")
    with workspace.sessions() as session:
        assert len(session.scalars(select(Organisation.id)).all()) == count
        assert session.scalars(select(ImportBatch)).all() == []
        assert session.get(Organisation, known_id).email == "theirs@example.eu"
    apply_import(workspace, preview_import(workspace, build_organisation_plan(csv)))  # again
    assert EditingService(workspace).values("organisation", known_id, ["email"]) == {
        "email": "file@example.eu"}


def test_the_undo_of_an_import_leaves_a_record_changed_since_alone(workspace, tmp_path):
    from consortium_planner.importing.plan import build_organisation_plan
    from consortium_planner.services.organisation_import import (
        apply_import,
        preview_import,
        undo_import,
    )

    with workspace.sessions() as session:
        known = session.scalars(select(Organisation).where(
            Organisation.pic.is_not(None)).order_by(Organisation.id)).first()
        known_id, pic, name, country = known.id, known.pic, known.legal_name, known.country
    csv = tmp_path / "members.csv"
    csv.write_text(f"Legal name;Country;PIC;E-mail\n{name};{country};{pic};file@example.eu\n",
                   encoding="utf-8")
    preview = preview_import(workspace, build_organisation_plan(csv))
    first = apply_import(workspace, preview)
    left = undo_import(workspace, first.batch_id)  # the user's own import: undone
    assert left == {known_id: version(workspace, Organisation, known_id)}
    for record in preview.matches.values():  # as the window's redo does
        record.version = left.get(record.organisation_id, record.version)
    again = apply_import(workspace, preview)  # redone
    EditingService(workspace).update("organisation", known_id, {"email": "theirs@example.eu"})
    with pytest.raises(EditConflict) as refused:
        undo_import(workspace, again.batch_id)
    assert [(c.field, c.theirs) for c in refused.value.conflicts] == [
        ("email", "theirs@example.eu")]
    assert EditingService(workspace).values("organisation", known_id, ["email"]) == {
        "email": "theirs@example.eu"}
