"""Migration 0010: a workspace of the previous release (schema 0009) gets a version on every
editable row (1 for the rows it has), and a write that goes round the ORM bumps it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from consortium_planner.models import versioned_tables
from consortium_planner.workspace import Workspace
from tests.workspace.older_files import workspace_file_at


def _file_at_0009(path: Path) -> None:
    engine = workspace_file_at(path, "0009")
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO project (acronym, acronym_key, title, call_profile, thematic_priority,"
            " duration_months, scenario_name, last_version_number)"
            " VALUES ('OLD', 'old', 'Before versions', 'generic', '', 24, '', 0)")
        connection.exec_driver_sql(
            "INSERT INTO work_package (project_id, number, title, start_month, end_month,"
            " description, objectives) VALUES (1, 1, 'Management', 1, 24, '', '')")
    engine.dispose()


def test_a_workspace_of_the_previous_release_gets_row_versions(tmp_path: Path) -> None:
    path = tmp_path / "old.cpw"
    _file_at_0009(path)
    with Workspace.open(path) as workspace:
        assert workspace.backup_made is not None
    connection = sqlite3.connect(path)
    try:
        for table in versioned_tables():
            columns = {row[1]: row for row in connection.execute(f"PRAGMA table_info({table})")}
            assert columns["version"][3] == 1, table  # NOT NULL
        assert connection.execute("SELECT version FROM work_package").fetchall() == [(1,)]
        # a write that does not bump the version itself (another program, a Core update)
        connection.execute("UPDATE work_package SET title = 'Coordination'")
        connection.execute("UPDATE project SET title = 'After', version = version + 1")
        connection.commit()
        assert connection.execute("SELECT version FROM work_package").fetchall() == [(2,)]
        assert connection.execute("SELECT version FROM project").fetchall() == [(2,)]  # once
    finally:
        connection.close()
