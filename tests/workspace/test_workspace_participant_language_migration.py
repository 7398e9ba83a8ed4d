"""Migration 0013: a workspace of the previous release (schema 0009) gets the participants'
workbook language, NULL for every participant (its country's language), and keeps its rows."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from consortium_planner.services.snapshot import find_project_id, load_snapshot
from consortium_planner.workspace import Workspace
from tests.workspace.older_files import workspace_file_at


def _file_at_0009(path: Path) -> None:
    engine = workspace_file_at(path, "0009")
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO organisation (legal_name, name_key, short_name, org_type, country,"
            " nuts2, address, city, postcode, website, contact_name, email, phone, clusters,"
            " notes, created_at, updated_at) VALUES ('Politechnika Łódzka', 'politechnika',"
            " 'TUL', 'higher_education', 'PL', '', '', '', '', '', '', '', '', '', '',"
            " '2026-01-01', '2026-01-01')")
        connection.exec_driver_sql(
            "INSERT INTO project (acronym, acronym_key, title, call_profile, duration_months,"
            " thematic_priority, scenario_name, last_version_number)"
            " VALUES ('OLD', 'old', 'Old', 'generic', 24, '', '', 0)")
        connection.exec_driver_sql(
            "INSERT INTO participant (project_id, organisation_id, number, role,"
            " monthly_personnel_cost, funding_rate_override_reason,"
            " region_category_override_reason) VALUES (1, 1, 1, 'coordinator', 500000, '', '')")
    engine.dispose()


def _columns(path: Path) -> set[str]:
    connection = sqlite3.connect(path)
    try:
        return {row[1] for row in connection.execute("PRAGMA table_info(participant)")}
    finally:
        connection.close()


def test_a_workspace_of_the_previous_release_gets_the_column(tmp_path: Path) -> None:
    path = tmp_path / "old.cpw"
    _file_at_0009(path)
    assert "workbook_language" not in _columns(path)
    with Workspace.open(path) as workspace:
        assert workspace.backup_made is not None
        with workspace.sessions() as session:
            snapshot = load_snapshot(session, find_project_id(session, "OLD"))
    assert "workbook_language" in _columns(path)
    participant = snapshot.participant(1)
    assert participant.organisation.legal_name == "Politechnika Łódzka"
    assert participant.workbook_language is None
    from consortium_planner.exporting.partner_template import workbook_language

    assert workbook_language(participant) == "pl"
