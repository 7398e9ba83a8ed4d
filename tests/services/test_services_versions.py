"""Scenarios and versions in the services: taking, reading back, naming ACRONYM@N, the
lifecycle (create, promote, restore, delete, each undone by the service's inverse), and the
automatic versions before a partner-workbook import and at an export."""

from __future__ import annotations

import zlib
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from consortium_planner.models import Project, ProjectVersion, RegionCategoryEntry
from consortium_planner.services.editing import EditingService, Entity
from consortium_planner.services.errors import UserError
from consortium_planner.services.interchange import dump_project
from consortium_planner.services.partner_returns import import_partner_workbook
from consortium_planner.services.snapshot import load_snapshot
from consortium_planner.services.value_chain import S3AreaService
from consortium_planner.services.versions import (
    COMPRESS_FROM_BYTES,
    VersionNotFound,
    list_versions,
    read_document,
    record_export,
    resolve_version,
    version_snapshot,
)
from consortium_planner.workspace import Workspace
from tests.importing.partner_workbook_fill import make_workbook, set_profile


@pytest.fixture
def workspace(demo_path: Path):
    with Workspace.open(demo_path) as opened:
        yield opened


def project_id_of(workspace: Workspace, acronym: str | None = None) -> int:
    with workspace.sessions() as session:
        query = select(Project.id).order_by(Project.id)
        if acronym is not None:
            query = query.where(Project.acronym == acronym)
        return session.scalars(query).first()


def snapshot(workspace: Workspace, project_id: int):
    with workspace.sessions() as session:
        return load_snapshot(session, project_id)


def links(workspace: Workspace) -> dict[str, tuple[str | None, str]]:
    """acronym -> (acronym of the project it varies, scenario name)."""
    with workspace.sessions() as session:
        rows = session.scalars(select(Project)).all()
        acronyms = {row.id: row.acronym for row in rows}
        return {row.acronym: (acronyms.get(row.scenario_of_id), row.scenario_name)
                for row in rows}


def test_a_version_reads_back_as_the_project_it_froze(workspace):
    service = EditingService(workspace)
    project_id = project_id_of(workspace)
    live = snapshot(workspace, project_id)
    changes = service.take_version(project_id, "sent to partners on 3 May")
    assert changes.projects and changes.project_id == project_id
    service.update("participant", live.participants[0].id, {"monthly_personnel_cost": "1.00"})
    with workspace.sessions() as session:
        [entry] = list_versions(session, project_id)
        frozen = version_snapshot(session, entry.id)
        document = read_document(session, entry.id)
    assert (entry.number, entry.kind, entry.note) == (1, "user", "sent to partners on 3 May")
    assert entry.label == f"{live.project.acronym}@1"
    assert document == dump_project(live)
    assert dump_project(frozen) == document  # the snapshot is the document, field for field
    assert frozen.budget.totals == live.budget.totals
    assert [p.funding_rate for p in frozen.participants] == \
        [p.funding_rate for p in live.participants]
    assert frozen.project.id < 0 and all(c.id < 0 for c in frozen.costs)  # no id of a row


def test_a_version_keeps_the_value_chain_and_offers_the_users_roles(workspace):
    """The value chain of a version is the project's as it was: roles, NACE codes, ecosystems,
    clusters (the demo's cluster takes part itself: one organisation, not two), S3 areas; the
    catalogue of roles (not in the document) is the workspace's, the user's roles included."""
    service = EditingService(workspace)
    project_id = project_id_of(workspace)
    key, _ = service.add_value_chain_role("Pilot line")
    live = snapshot(workspace, project_id)
    service.take_version(project_id, "")
    with workspace.sessions() as session:
        frozen = version_snapshot(session, list_versions(session, project_id)[0].id)
    assert key in {role.key for role in frozen.chain_roles}
    assert frozen.chain_roles == live.chain_roles
    assert frozen.s3_area_sources == live.s3_area_sources and frozen.s3_areas == live.s3_areas
    assert [(p.value_chain_roles, replace(p.organisation, id=0, clusters=()))
            for p in frozen.participants] == \
        [(p.value_chain_roles, replace(p.organisation, id=0, clusters=()))
         for p in live.participants]
    assert [[(c.name, c.legal_name) for c in p.organisation.clusters]
            for p in frozen.participants] == \
        [[(c.name, c.legal_name) for c in p.organisation.clusters] for p in live.participants]
    clusters = live.value_chain.clusters
    assert clusters and clusters[0].participant is not None  # the demo's cluster takes part
    assert [(c.name, c.members, c.participant) for c in frozen.value_chain.clusters] == \
        [(c.name, c.members, c.participant) for c in clusters]
    assert replace(frozen.value_chain, clusters=()) == replace(live.value_chain, clusters=())


def test_a_large_version_is_stored_compressed(workspace):
    project_id = project_id_of(workspace)
    EditingService(workspace).take_version(project_id, "x" * 10)
    with workspace.sessions() as session:
        version = session.scalars(select(ProjectVersion)).one()
        assert version.size >= COMPRESS_FROM_BYTES and version.compressed
        assert len(version.document) < version.size
        assert zlib.decompress(version.document)[:1] == b"{"


def test_acronym_at_number_names_a_version_and_a_wrong_one_lists_them(workspace):
    service = EditingService(workspace)
    project_id = project_id_of(workspace)
    acronym = snapshot(workspace, project_id).project.acronym
    service.take_version(project_id, "first")
    service.take_version(project_id, "second")
    with workspace.sessions() as session:
        assert resolve_version(session, acronym.lower(), "2").project.acronym == acronym
        assert resolve_version(session, acronym, "v1").project.id < 0
        with pytest.raises(VersionNotFound, match=rf"its versions: {acronym}@1, {acronym}@2"):
            resolve_version(session, acronym, "7")
        with pytest.raises(VersionNotFound, match="no project 'NOPE'"):
            resolve_version(session, "NOPE", "1")


def test_scenarios_are_created_promoted_and_put_back(workspace):
    service = EditingService(workspace)
    main_id = project_id_of(workspace)
    main = snapshot(workspace, main_id).project.acronym
    service.create_scenario(main_id, "ALT-A", "P7 leaves")
    b_id = service.create_scenario(main_id, "ALT-B", "WP3 starts in M6").created_id
    # a scenario of a scenario varies the same main project: groups are one level deep
    service.create_scenario(b_id, "ALT-C", "")
    assert links(workspace) == {main: (None, ""), "ALT-A": (main, "P7 leaves"),
                                "ALT-B": (main, "WP3 starts in M6"), "ALT-C": (main, "")}
    before = service.scenario_links(b_id)
    service.promote_scenario(b_id)
    assert links(workspace) == {main: ("ALT-B", ""), "ALT-A": ("ALT-B", "P7 leaves"),
                                "ALT-B": (None, "WP3 starts in M6"), "ALT-C": ("ALT-B", "")}
    with pytest.raises(UserError, match="already the main project"):
        service.promote_scenario(b_id)
    service.set_scenario_links(before)  # the promotion's undo
    assert links(workspace)["ALT-B"] == (main, "WP3 starts in M6")
    assert links(workspace)[main] == (None, "")


def test_a_chain_of_scenarios_is_refused_whole(workspace):
    service = EditingService(workspace)
    main_id = project_id_of(workspace)
    a_id = service.create_scenario(main_id, "ALT-A", "").created_id
    b_id = service.create_scenario(main_id, "ALT-B", "").created_id
    before = links(workspace)
    with pytest.raises(UserError, match="itself a scenario"):
        service.set_scenario_links({b_id: a_id})
    assert links(workspace) == before


def test_a_version_is_restored_as_a_new_scenario_and_the_restore_undone(workspace):
    service = EditingService(workspace)
    main_id = project_id_of(workspace)
    live = snapshot(workspace, main_id)
    service.take_version(main_id, "as sent")
    with workspace.sessions() as session:
        version_id = session.scalar(select(ProjectVersion.id))
    service.update("participant", live.participants[1].id, {"monthly_personnel_cost": "1.00"})
    with pytest.raises(UserError, match="already exists"):
        service.restore_version(version_id, live.project.acronym.lower())
    created = service.restore_version(version_id, "AS-SENT")
    restored = snapshot(workspace, created.created_id)
    assert restored.budget.totals == live.budget.totals
    assert dump_project(restored)["participants"] == dump_project(live)["participants"]
    acronym = live.project.acronym
    assert links(workspace)["AS-SENT"] == (acronym, f"restored from {acronym}@1")
    # the undo of a restore is the removal of the project it made (AddCommand)
    state = service.capture(Entity.PROJECT, [created.created_id])
    service.remove(Entity.PROJECT, [created.created_id])
    assert "AS-SENT" not in links(workspace)
    service.restore(state)
    assert links(workspace)["AS-SENT"] == (acronym, f"restored from {acronym}@1")


def test_a_restore_leaves_the_regions_tables_as_they_are_now(workspace):
    """Region categories and S3 areas belong to a region, shared by every project there: a
    restored version neither puts back an area removed since nor a category changed since."""
    service = EditingService(workspace)
    main_id = project_id_of(workspace)
    live = snapshot(workspace, main_id)
    region = next(region for region, areas in live.s3_area_sources.items() if len(areas) > 1)
    service.take_version(main_id, "as sent")
    with workspace.sessions() as session:
        version_id = session.scalar(select(ProjectVersion.id))
    areas = S3AreaService(workspace)
    kept = areas.areas(region)[:1]
    areas.set_areas(region, kept)
    with workspace.sessions() as session:
        categories = session.execute(select(RegionCategoryEntry.nuts_code,
                                            RegionCategoryEntry.category)).all()
    created = service.restore_version(version_id, "AS-SENT").created_id
    assert areas.areas(region) == kept
    restored = snapshot(workspace, created)
    assert restored.s3_areas[region] == tuple(area.area for area in kept)
    with workspace.sessions() as session:
        assert session.execute(select(RegionCategoryEntry.nuts_code,
                                      RegionCategoryEntry.category)).all() == categories


def test_a_deleted_version_and_a_deleted_main_project_come_back_exactly(workspace):
    service = EditingService(workspace)
    main_id = project_id_of(workspace)
    main = snapshot(workspace, main_id).project.acronym
    service.take_version(main_id, "one")
    version_id = service.take_version(main_id, "two").created_id
    state = service.capture(Entity.VERSION, [version_id])
    service.remove(Entity.VERSION, [version_id])
    with workspace.sessions() as session:
        assert [v.note for v in list_versions(session, main_id)] == ["one"]
    service.restore(state)
    with workspace.sessions() as session:
        assert [v.note for v in list_versions(session, main_id)] == ["two", "one"]
    service.create_scenario(main_id, "ALT-A", "P7 leaves")
    state = service.capture(Entity.PROJECT, [main_id])
    service.remove(Entity.PROJECT, [main_id])
    assert links(workspace) == {"ALT-A": (None, "P7 leaves")}  # its scenario stands alone
    with workspace.sessions() as session:
        assert list_versions(session) == []
    service.restore(state)
    assert links(workspace) == {main: (None, ""), "ALT-A": (main, "P7 leaves")}
    with workspace.sessions() as session:
        assert [v.note for v in list_versions(session, main_id)] == ["two", "one"]


def test_an_export_keeps_a_version_once_per_state_of_the_project(workspace, demo_path):
    project_id = project_id_of(workspace)
    live = snapshot(workspace, project_id)
    first = record_export(workspace, live, "PDF report DEMO.pdf")
    assert first is not None and (first.kind, first.note) == ("at_export",
                                                               "exported: PDF report DEMO.pdf")
    assert record_export(workspace, live, "Excel workbook DEMO.xlsx") is None  # unchanged
    with workspace.sessions() as session:
        assert record_export(workspace, version_snapshot(session, first.id), "CSV") is None
    workspace.close()
    with Workspace.open(demo_path, read_only=True) as read_only:
        assert record_export(read_only, live, "PDF") is None


def test_a_partner_workbook_import_keeps_the_project_as_it_was_first(workspace, demo_path,
                                                                     tmp_path):
    project_id = project_id_of(workspace)
    before = dump_project(snapshot(workspace, project_id))
    path = make_workbook(demo_path, tmp_path / "p3.xlsx")
    book = openpyxl.load_workbook(path)
    set_profile(book, "city", "Málaga")
    book.save(path)
    result = import_partner_workbook(workspace, path)
    assert result.status == "imported"
    with workspace.sessions() as session:
        [entry] = list_versions(session, project_id)
        assert (entry.kind, entry.note) == ("before_import", "before importing p3.xlsx")
        assert read_document(session, entry.id) == before
    assert dump_project(snapshot(workspace, project_id)) != before
    rejected = import_partner_workbook(workspace, tmp_path / "missing.xlsx")
    assert rejected.status == "rejected"
    with workspace.sessions() as session:
        assert len(list_versions(session, project_id)) == 1  # a refused file keeps none


def test_a_version_note_can_change_but_nothing_else(workspace):
    service = EditingService(workspace)
    version_id = service.take_version(project_id_of(workspace), "draft").created_id
    service.update(Entity.VERSION, version_id, {"note": "sent to partners"})
    with workspace.sessions() as session:
        assert list_versions(session)[0].note == "sent to partners"
    with pytest.raises(ValueError):
        service.update(Entity.VERSION, version_id, {"number": 5})


def test_a_version_taken_from_the_snapshot_held_keeps_the_same_document(workspace):
    service = EditingService(workspace)
    project_id = project_id_of(workspace)
    held = snapshot(workspace, project_id)
    service.take_version(project_id, "read again")
    version_id = service.take_version(project_id, "held", snapshot=held).created_id
    with workspace.sessions() as session:
        first, second = sorted(list_versions(session, project_id), key=lambda v: v.number)
        assert read_document(session, first.id) == read_document(session, second.id)
        assert (second.id, second.note, second.kind) == (version_id, "held", "user")
    other = service.create_scenario(project_id, "ALT", "").created_id
    with pytest.raises(ValueError):
        service.take_version(other, "wrong", snapshot=held)


def test_a_deleted_version_comes_back_after_an_automatic_one_took_its_place(workspace):
    """Numbers and ids are never given twice: the newest version deleted, an export keeping a
    version meanwhile, the undo of the deletion still puts it back as it was."""
    service = EditingService(workspace)
    project_id = project_id_of(workspace)
    service.take_version(project_id, "one")
    newest = service.take_version(project_id, "two").created_id
    state = service.capture(Entity.VERSION, [newest])
    service.remove(Entity.VERSION, [newest])
    service.update("participant", snapshot(workspace, project_id).participants[0].id,
                   {"monthly_personnel_cost": "1.00"})
    kept = record_export(workspace, snapshot(workspace, project_id), "PDF")
    assert kept is not None and kept.number == 3 and kept.id != newest
    service.restore(state)
    with workspace.sessions() as session:
        assert [(v.number, v.note) for v in list_versions(session, project_id)] == \
            [(3, "exported: PDF"), (2, "two"), (1, "one")]
