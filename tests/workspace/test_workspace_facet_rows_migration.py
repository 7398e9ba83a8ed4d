"""Migration 0009: a workspace of the previous release (schema 0008) gets the narrow index a
search's facet counts read, and the counts read through it are those of the rows."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from consortium_planner.services.directory_search import DirectoryQuery, search
from consortium_planner.workspace import Workspace
from tests.workspace.older_files import workspace_file_at


def _file_at_0008(path: Path) -> None:
    engine = workspace_file_at(path, "0008")
    with engine.begin() as connection:
        for name, country, org_type in (("Universidad de Sevilla", "ES", "higher_education"),
                                        ("Universität Wien", "AT", "higher_education"),
                                        ("Univers Foods SL", "ES", "sme")):
            connection.exec_driver_sql(
                "INSERT INTO organisation (legal_name, name_key, short_name, org_type, country,"
                " nuts2, address, city, postcode, website, contact_name, email, phone, clusters,"
                " notes, created_at, updated_at) VALUES (?, lower(?), '', ?, ?, '', '', '', '',"
                " '', '', '', '', '', '', '2026-01-01', '2026-01-01')",
                (name, name, org_type, country))
    engine.dispose()


def _indexes(path: Path) -> set[str]:
    connection = sqlite3.connect(path)
    try:
        return {name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'organisation'")}
    finally:
        connection.close()


def test_a_workspace_of_the_previous_release_gets_the_index(tmp_path: Path) -> None:
    path = tmp_path / "old.cpw"
    _file_at_0008(path)
    assert "ix_organisation_facet_rows" not in _indexes(path)
    with Workspace.open(path) as workspace:
        assert workspace.backup_made is not None
        with workspace.sessions() as session:
            result = search(session, DirectoryQuery(text="univ"))
    assert "ix_organisation_facet_rows" in _indexes(path)
    assert len(result.ids) == 3
    assert {value.value: value.count for value in result.facets["country"]} == {"ES": 2, "AT": 1}
    assert {value.value: value.count for value in result.facets["org_type"]} == {
        "higher_education": 2, "sme": 1}
