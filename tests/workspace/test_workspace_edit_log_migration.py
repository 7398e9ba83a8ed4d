"""Migration 0011: a workspace of the previous release (schema 0009) gets the edit log, empty,
and its next change is logged."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import select

from consortium_planner.models import Project
from consortium_planner.services import edit_log
from consortium_planner.services.editing import EditingService
from consortium_planner.workspace import Workspace
from tests.workspace.older_files import workspace_file_at


def _file_at_0009(path: Path) -> None:
    engine = workspace_file_at(path, "0009")
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO project (acronym, acronym_key, title, call_profile, duration_months,"
            " thematic_priority, last_version_number, scenario_name) VALUES ('OLD', 'old',"
            " 'Before the log', 'generic', 24, '', 0, '')")
    engine.dispose()


def _tables(path: Path) -> set[str]:
    connection = sqlite3.connect(path)
    try:
        return {name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        connection.close()


def test_a_workspace_of_the_previous_release_gets_the_edit_log(tmp_path: Path) -> None:
    path = tmp_path / "old.cpw"
    _file_at_0009(path)
    assert "edit_log" not in _tables(path)
    with Workspace.open(path) as workspace:
        assert workspace.backup_made is not None
        with workspace.sessions() as session:
            assert edit_log.entries(session) == []
            project_id = session.scalars(select(Project.id)).one()
        EditingService(workspace).update("project", project_id, {"title": "After"})
        with workspace.sessions() as session:
            entry, = edit_log.entries(session, project_id=project_id)
    assert "edit_log" in _tables(path)
    assert (entry.field, entry.old_value, entry.new_value) == ("title", "Before the log", "After")
