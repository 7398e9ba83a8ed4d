"""Migration 0008: a workspace of the previous schema (0007) opens with its projects as main
projects without versions, and then keeps scenarios and versions."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from consortium_planner.models import Project, ProjectVersion
from consortium_planner.services.editing import EditingService
from consortium_planner.services.versions import list_versions
from consortium_planner.workspace import Workspace
from tests.workspace.older_files import workspace_file_at


def _file_at_0007(path: Path) -> None:
    engine = workspace_file_at(path, "0007")
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO project (acronym, acronym_key, title, call_profile, thematic_priority,"
            " duration_months) VALUES ('OLDIE', 'oldie', 'An old proposal', 'generic', '', 24)")
    engine.dispose()


def test_a_workspace_of_the_previous_schema_gets_scenarios_and_versions(tmp_path: Path) -> None:
    path = tmp_path / "old.cpw"
    _file_at_0007(path)
    with Workspace.open(path) as workspace:
        assert workspace.backup_made is not None
        with workspace.sessions() as session:
            project = session.scalars(select(Project)).one()
            assert (project.acronym, project.scenario_of_id, project.scenario_name) == \
                ("OLDIE", None, "")
            assert list_versions(session) == []
        service = EditingService(workspace)
        version_id = service.take_version(project.id, "first").created_id
        scenario_id = service.create_scenario(project.id, "OLDIE-B", "shorter").created_id
        service.promote_scenario(scenario_id)
        with workspace.sessions() as session:
            assert session.get(Project, project.id).scenario_of_id == scenario_id
        with pytest.raises(IntegrityError), workspace.transaction() as session:
            session.add(ProjectVersion(project_id=project.id, number=1,
                                       taken_at=datetime(2026, 5, 3), kind="user", note="",
                                       acronym="OLDIE", digest="0" * 64, size=0,
                                       compressed=False, document=b"{}"))
        service.remove("project", [scenario_id])  # the main one: its scenario stands alone
        with workspace.sessions() as session:
            assert session.get(Project, project.id).scenario_of_id is None
        service.remove("project", [project.id])  # its versions go with it
        with workspace.sessions() as session:
            assert session.get(ProjectVersion, version_id) is None
