"""The edit log, on both engines: each kind of edit leaves its entries (who, when, table, row, field, old and new
value as stored), an import one entry with its file and counts, undo and redo marked entries; a
change rolled back leaves none; the views per project and per organisation."""

from __future__ import annotations

import getpass
import json

import pytest
from sqlalchemy import func, select

from consortium_planner.models import EditLogEntry, Project
from consortium_planner.services import edit_log
from consortium_planner.services.editing import EditingService
from consortium_planner.services.errors import UserError
from consortium_planner.services.file_import import ImportRequest, import_file
from consortium_planner.services.organisation_import import undo_import
from consortium_planner.workspace import Workspace


@pytest.fixture
def workspace(empty_location: str):
    """An empty workspace on each engine (a file; a server's database)."""
    with Workspace.open(empty_location) as opened:
        yield opened


@pytest.fixture
def service(workspace: Workspace) -> EditingService:
    return EditingService(workspace)


def all_entries(workspace: Workspace, **where) -> list[edit_log.Entry]:
    with workspace.sessions() as session:
        return list(reversed(edit_log.entries(session, limit=1000, **where)))


def entry_count(workspace: Workspace) -> int:
    with workspace.sessions() as session:
        return session.scalar(select(func.count()).select_from(EditLogEntry)) or 0


def a_project(service: EditingService) -> tuple[int, int, int]:
    """(project, organisation, participant) ids."""
    project_id = service.create_project("LOG", title="Logged").created_id
    organisation_id = service.add_organisation({"legal_name": "Acme GmbH", "country": "DE"}
                                               ).created_id
    participant_id = service.add_participant(project_id, organisation_id).created_id
    assert project_id and organisation_id and participant_id
    return project_id, organisation_id, participant_id


def test_an_update_records_who_when_and_the_values_as_stored(workspace, service):
    project_id, organisation_id, participant_id = a_project(service)
    service.update("participant", participant_id, {"monthly_personnel_cost": "5000.50"})
    entry = all_entries(workspace)[-1]
    assert (entry.action, entry.mark, entry.table_name, entry.row_id, entry.field) == (
        "update", "", "participant", participant_id, "monthly_personnel_cost")
    assert (entry.old_value, entry.new_value) == ("0", "500050")  # cents, as stored
    assert (entry.project_id, entry.organisation_id) == (project_id, organisation_id)
    # who: the database user on a server, the login name on a file
    assert entry.user_name == ("postgres" if workspace.is_server else getpass.getuser())
    assert entry.at.year >= 2026


def test_adding_a_row_is_one_entry_with_its_values(workspace, service):
    project_id, _, _ = a_project(service)
    before = entry_count(workspace)
    wp_id = service.add_work_package(project_id, {"title": "Pilots"}).created_id
    added = all_entries(workspace)[before:]
    assert [(e.action, e.table_name, e.row_id) for e in added] == [
        ("insert", "work_package", wp_id)]
    assert json.loads(added[0].new_value or "")["title"] == "Pilots"
    assert added[0].project_id == project_id


def test_an_effort_cell_names_its_key(workspace, service):
    project_id, _, participant_id = a_project(service)
    wp_id = service.add_work_package(project_id).created_id
    assert wp_id is not None
    service.set_effort(participant_id, wp_id, "3.5")
    service.set_effort(participant_id, wp_id, "4")
    entry = all_entries(workspace)[-1]
    assert (entry.table_name, entry.field, entry.old_value, entry.new_value) == (
        "effort", "person_months", "350", "400")
    assert json.loads(entry.detail or "") == {"participant_id": participant_id,
                                              "work_package_id": wp_id}
    assert entry.project_id == project_id


def test_a_removal_keeps_the_removed_values(workspace, service):
    project_id, _, _ = a_project(service)
    wp_id = service.add_work_package(project_id, {"title": "Gone"}).created_id
    assert wp_id is not None
    service.remove("work_package", [wp_id])
    entry = all_entries(workspace)[-1]
    assert (entry.action, entry.table_name, entry.row_id, entry.project_id) == (
        "delete", "work_package", wp_id, project_id)
    assert json.loads(entry.old_value or "")["title"] == "Gone"


def test_renumbering_and_list_fields_are_logged(workspace, service):
    project_id, organisation_id, _ = a_project(service)
    first = service.add_work_package(project_id).created_id
    second = service.add_work_package(project_id).created_id
    assert first and second
    service.set_numbers("work_package", {first: 2, second: 1})
    numbers = [(e.row_id, e.old_value, e.new_value) for e in all_entries(workspace)[-2:]]
    assert sorted(numbers) == sorted([(first, "1", "2"), (second, "2", "1")])
    service.update("organisation", organisation_id, {"nace_codes": "C10.1"})
    entry = all_entries(workspace)[-1]
    assert (entry.table_name, entry.row_id, entry.field) == (
        "organisation", organisation_id, "nace_codes")
    assert (entry.old_value, entry.new_value) == ("[]", '["10.1"]')  # as stored


def test_undo_and_redo_write_marked_entries_of_the_values_put_back(workspace, service):
    project_id, _, _ = a_project(service)
    service.update("project", project_id, {"title": "Second"})
    with edit_log.marked(edit_log.UNDO):
        service.update("project", project_id, {"title": "Logged"})
    with edit_log.marked(edit_log.REDO):
        service.update("project", project_id, {"title": "Second"})
    last = all_entries(workspace)[-3:]
    assert [(e.mark, e.old_value, e.new_value) for e in last] == [
        ("", "Logged", "Second"), ("undo", "Second", "Logged"), ("redo", "Logged", "Second")]


def test_an_undone_removal_is_logged_as_put_back(workspace, service):
    project_id, _, _ = a_project(service)
    wp_id = service.add_work_package(project_id).created_id
    assert wp_id is not None
    state = service.capture("work_package", [wp_id])
    service.remove("work_package", [wp_id])
    with edit_log.marked(edit_log.UNDO):
        service.restore(state)
    entry = all_entries(workspace)[-1]
    assert (entry.action, entry.mark, entry.table_name, entry.row_id) == (
        "insert", "undo", "work_package", wp_id)


def test_a_refused_change_leaves_no_entry(workspace, service):
    project_id, _, _ = a_project(service)
    before = entry_count(workspace)
    with pytest.raises(UserError):  # the second update of the paste is refused: none is kept
        service.update_many("project", [(project_id, {"title": "Kept?"}),
                                        (project_id, {"duration_months": "-3"})])
    with pytest.raises(RuntimeError), workspace.transaction() as session:
        session.get(Project, project_id).title = "Rolled back"  # type: ignore[union-attr]
        session.flush()
        raise RuntimeError("the transaction fails after the flush")
    assert entry_count(workspace) == before
    service.update("project", project_id, {"title": "Now"})
    assert [e.new_value for e in all_entries(workspace)[before:]] == ["Now"]


def test_a_copied_project_is_one_entry_with_what_it_came_with(workspace, service):
    project_id, _, _ = a_project(service)
    service.add_work_package(project_id)
    before = entry_count(workspace)
    copy_id = service.duplicate_project(project_id, "COPY").created_id
    added = all_entries(workspace)[before:]
    assert [(e.action, e.table_name, e.row_id) for e in added] == [
        ("insert", "project", copy_id)]
    assert json.loads(added[0].detail or "") == {"participant": 1, "work_package": 1}


def test_a_project_replaced_by_a_file_is_two_entries(workspace, service):
    from consortium_planner.services.interchange import dump_project, load_project
    from consortium_planner.services.snapshot import load_snapshot

    project_id, _, _ = a_project(service)
    service.add_work_package(project_id)
    with workspace.sessions() as session:
        document = dump_project(load_snapshot(session, project_id))
    before = entry_count(workspace)
    load_project(workspace, document, replace=True)
    removed, added = all_entries(workspace)[before:]
    assert (removed.action, removed.table_name, removed.row_id) == ("delete", "project",
                                                                    project_id)
    assert json.loads(removed.detail or "") == {"participant": 1, "work_package": 1}
    assert (added.action, added.table_name) == ("insert", "project")
    assert json.loads(added.detail or "") == {"participant": 1, "work_package": 1}


def test_an_import_is_one_entry_with_its_file_and_counts(workspace, tmp_path, monkeypatch):
    monkeypatch.setenv("CONSORTIUM_PLANNER_DATA_DIR", str(tmp_path / "user-data"))
    path = tmp_path / "members.csv"
    path.write_text("Legal name;Country\nAcme GmbH;DE\nBeta SARL;FR\nGamma BV;NL\n",
                    encoding="utf-8")
    import_file(workspace, ImportRequest(path))
    entries = all_entries(workspace)
    assert [(e.action, e.file_name) for e in entries] == [("import", "members.csv")]
    counts = json.loads(entries[0].detail or "")
    assert (counts["rows_read"], counts["created"], counts["updated"]) == (3, 3, 0)


def test_an_import_taken_back_is_one_entry_marked_undo(workspace, tmp_path, monkeypatch):
    monkeypatch.setenv("CONSORTIUM_PLANNER_DATA_DIR", str(tmp_path / "user-data"))
    path = tmp_path / "members.csv"
    path.write_text("Legal name;Country\nAcme GmbH;DE\nBeta SARL;FR\n", encoding="utf-8")
    report = import_file(workspace, ImportRequest(path))
    assert report.result is not None
    with edit_log.marked(edit_log.UNDO):
        undo_import(workspace, report.result.batch_id)
    entries = all_entries(workspace)
    assert [(e.action, e.mark, e.file_name) for e in entries] == [
        ("import", "", "members.csv"), ("import", "undo", "members.csv")]
    counts = json.loads(entries[1].detail or "")
    assert counts["taken_back"] is True and counts["created"] == 2
    assert edit_log.change_text(entries[1]).startswith("took back the import of members.csv")


def test_the_views_per_project_and_per_organisation(workspace, service):
    project_id, organisation_id, participant_id = a_project(service)
    other_project = service.create_project("OTHER").created_id
    other_organisation = service.add_organisation({"legal_name": "Beta SARL"}).created_id
    service.update("participant", participant_id, {"role": "beneficiary"})
    service.update("organisation", organisation_id, {"city": "Graz"})
    service.update("organisation", other_organisation, {"city": "Lyon"})
    of_project = all_entries(workspace, project_id=project_id)
    assert {e.table_name for e in of_project} == {"project", "participant"}
    assert all(e.project_id == project_id for e in of_project)
    assert not any(e.project_id == other_project for e in of_project)
    of_organisation = all_entries(workspace, organisation_id=organisation_id)
    assert [(e.table_name, e.field) for e in of_organisation] == [
        ("organisation", None), ("participant", None), ("participant", "role"),
        ("organisation", "city")]
    with workspace.sessions() as session:
        newest, = edit_log.entries(session, organisation_id=organisation_id, limit=1)
        older = edit_log.entries(session, organisation_id=organisation_id, before_id=newest.id)
    assert newest.field == "city"
    assert [e.id for e in older] == [e.id for e in reversed(of_organisation[:-1])]


def test_a_merge_of_duplicates_and_its_undo_are_logged(workspace, service):
    """A merge writes round the ORM; its entries say which record went, which participation
    moved to the kept record, and which field the kept record took; its undo the reverse."""
    from consortium_planner.services.duplicates import merge_organisations, undo_merge

    project_id, kept_id, _participant = a_project(service)
    other_id = service.add_organisation(
        {"legal_name": "ACME GmbH.", "country": "DE", "city": "Köln"}).created_id
    other_project = service.create_project("LOG2", title="Other").created_id
    moved_id = service.add_participant(other_project, other_id).created_id
    before = entry_count(workspace)
    result = merge_organisations(workspace, kept_id, [other_id], {"city": other_id})
    merged = all_entries(workspace)[before - entry_count(workspace):]
    described = {(e.action, e.table_name, e.row_id, e.field) for e in merged}
    assert ("delete", "organisation", other_id, None) in described
    assert ("update", "participant", moved_id, "organisation_id") in described
    assert ("update", "organisation", kept_id, "city") in described
    moved = next(e for e in merged if e.table_name == "participant")
    assert (moved.old_value, moved.new_value) == (str(other_id), str(kept_id))
    before = entry_count(workspace)
    with edit_log.marked(edit_log.UNDO):
        undo_merge(workspace, result)
    undone = all_entries(workspace)[before - entry_count(workspace):]
    described = {(e.action, e.mark, e.table_name, e.row_id, e.field) for e in undone}
    assert ("insert", "undo", "organisation", other_id, None) in described
    assert ("update", "undo", "participant", moved_id, "organisation_id") in described
    assert ("update", "undo", "organisation", kept_id, "city") in described
