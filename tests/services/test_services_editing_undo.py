"""Undo of a removal follows the models' foreign keys: every key of every model is covered (a new
one that undo could not put back fails here), and for each entity, removing rows and restoring
what was captured gives back the whole file, row for row."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Column, ForeignKey, Integer, Table, insert, select

from consortium_planner.models import Base, ImportBatch, Project
from consortium_planner.services.editing import EditingService, Entity
from consortium_planner.services.editing.entities import SPECS
from consortium_planner.services.editing.undo import CASCADE, RESTRICT, SET_NULL, removal_plan
from consortium_planner.workspace import Workspace


def foreign_keys() -> list[tuple[str, str, str, str]]:
    """(table, column, table pointed at, ondelete) of every foreign key of the models, sorted:
    a table's foreign keys are a set, and parallel test workers must collect the same list."""
    return sorted(
        (table.name, key.parent.name, key.column.table.name, (key.ondelete or "").upper())
        for table in Base.metadata.sorted_tables
        for key in table.foreign_keys
    )


def test_the_models_have_foreign_keys_to_check():
    assert len(foreign_keys()) >= 15


@pytest.mark.parametrize(("table", "column", "target", "ondelete"), foreign_keys())
def test_every_foreign_key_is_covered_by_undo(table, column, target, ondelete):
    plan = removal_plan(target)  # refuses an ondelete that undo cannot put back
    handled = {CASCADE: plan.cascade, SET_NULL: plan.set_null, RESTRICT: plan.restrict}
    assert ondelete in handled, f"{table}.{column}: ondelete {ondelete or 'not set'}"
    assert (table, column) in {(key.parent.table.name, key.parent.name)
                               for key in handled[ondelete]}
    if ondelete == RESTRICT:  # the database refuses; the entity must say why in words first
        assert SPECS[Entity(target)].refuse_removal is not None


def test_a_foreign_key_undo_cannot_put_back_is_refused():
    scratch = Table("scratch_note", Base.metadata, Column("id", Integer, primary_key=True),
                    Column("task_id", ForeignKey("task.id")))
    removal_plan.cache_clear()
    try:
        with pytest.raises(ValueError, match=r"scratch_note.task_id -> task has ondelete NO ACTION"):
            removal_plan("task")
    finally:
        Base.metadata.remove(scratch)
        removal_plan.cache_clear()
    assert removal_plan("task") == removal_plan("task")


def test_each_entity_spec_names_its_own_table():
    assert set(SPECS) == set(Entity)
    for entity, spec in SPECS.items():
        assert spec.model.__tablename__ == entity.value


def dump(workspace: Workspace) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table of the models, in a stable order; row versions apart, which
    every write bumps (an undo is a write too), and the edit log apart, which keeps the removal
    and the restoring (tests/services/test_services_edit_log.py)."""
    with workspace.sessions() as session:
        return {
            table.name: sorted((tuple(row) for row in session.execute(
                select(*(column for column in table.c if column.name != "version")))), key=repr)
            for table in Base.metadata.sorted_tables if table.name != "edit_log"
        }


def rows_of(workspace: Workspace, entity: Entity) -> list[int]:
    model = SPECS[entity].model
    with workspace.sessions() as session:
        return list(session.scalars(select(model.id).order_by(model.id)))


@pytest.fixture
def workspace(demo_path: Path):
    """The demo, with an import record that points at its project (a SET NULL link), an
    organisation of the directory that no project uses (so it can be removed) with value-chain
    links both ways (a member of a demo organisation, and the cluster of another), an S3
    area of a region, a version of the project and a scenario of it (which points at it: a
    SET NULL link)."""
    with Workspace.open(demo_path) as opened:
        with opened.transaction() as session:
            project_id = session.scalar(select(Project.id))
            session.execute(insert(ImportBatch), [{
                "kind": "project_json", "project_id": project_id, "file_name": "demo.json",
                "sha256": "0" * 64}])
        service = EditingService(opened)
        unused = service.add_organisation({"legal_name": "Unused Organisation"}).created_id
        service.update("organisation", unused, {
            "nace_codes": "C25.62; 72.1", "ecosystems": ["digital"],
            "cluster_ids": [1], "usual_roles": ["manufacturer"], "founded_year": 2020})
        service.update("organisation", 2, {"cluster_ids": [unused]})
        service.add_s3_area("ITC4", "Advanced manufacturing", "Lombardy S3 2021-2027")
        service.take_version(project_id, "sent to partners")
        service.create_scenario(project_id, "DEMO-B", "P2 leaves")
        yield opened


@pytest.mark.parametrize("entity", list(Entity))
def test_removing_every_row_of_an_entity_and_restoring_gives_the_file_back(workspace, entity):
    service = EditingService(workspace)
    ids = rows_of(workspace, entity)
    if entity is Entity.ORGANISATION:
        ids = ids[-1:]  # the unused one: the others take part in the project (RESTRICT)
    assert ids
    before = dump(workspace)
    state = service.capture(entity, ids)
    service.remove(entity, ids)
    assert dump(workspace) != before
    service.restore(state)
    assert dump(workspace) == before


def test_a_removed_project_takes_its_import_records_links_with_it_and_back(workspace):
    service = EditingService(workspace)
    project_id = rows_of(workspace, Entity.PROJECT)[0]
    state = service.capture(Entity.PROJECT, [project_id])
    assert sorted((table, column) for table, column, _ids, _value in state.relinks) == \
        [("import_batch", "project_id"), ("project", "scenario_of_id")]
    service.remove(Entity.PROJECT, [project_id])
    with workspace.sessions() as session:
        assert session.scalars(select(ImportBatch.project_id)).all() == [None]
    service.restore(state)
    with workspace.sessions() as session:
        assert session.scalars(select(ImportBatch.project_id)).all() == [project_id]
