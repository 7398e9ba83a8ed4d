"""The search index of a team workspace (migration 0014): written once per statement by the
organisation table's statement-level triggers, each index row carrying the facet columns, the
cluster keys and the name key that the directory search counts and sorts the hits by."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, text

from consortium_planner import postgres
from consortium_planner.services import directory_search as ds
from consortium_planner.services.workspace_copy import copy_workspace
from consortium_planner.workspace import Workspace, _run_migrations, insert_prevalidated

ROWS = 150


def _columns() -> dict[str, list[Any]]:
    stamp = datetime(2026, 12, 1)
    columns: dict[str, list[Any]] = {name: [] for name in (
        "id", "legal_name", "name_key", "short_name", "pic", "org_type", "sme_class", "country",
        "nuts2", "city", "clusters", "created_at", "updated_at")}
    for number in range(ROWS):
        columns["id"].append(number + 1)
        columns["legal_name"].append(f"Łódź Werkstatt {number}")
        columns["name_key"].append(f"lodz werkstatt {number}")
        columns["short_name"].append(f"LW{number}")
        columns["pic"].append(str(900_000_000 + number))
        columns["org_type"].append("sme" if number % 2 else "higher_education")
        columns["sme_class"].append("small" if number % 2 else None)
        columns["country"].append("PL" if number % 3 else "DE")
        columns["nuts2"].append("PL71" if number % 3 else "DE21")
        columns["city"].append("Łódź")
        columns["clusters"].append("Łódź ICT; Medical  Valley; łódź ict" if number % 5 == 0
                                   else "")
        columns["created_at"].append(stamp)
        columns["updated_at"].append(stamp)
        for name in ("address", "postcode", "website", "contact_name", "email", "phone",
                     "notes"):
            columns.setdefault(name, []).append("")
    return columns


def _mismatches(connection: Connection) -> list[Any]:
    """Index rows whose carried columns differ from their organisation's (or are missing)."""
    return connection.execute(text(
        "SELECT o.id FROM organisation o LEFT JOIN organisation_fts f ON f.id = o.id "
        "WHERE f.id IS NULL OR (f.name_key, f.country, f.nuts2, f.org_type, "
        "coalesce(f.sme_class, '-')) IS DISTINCT FROM (o.name_key, o.country, o.nuts2, "
        "o.org_type, coalesce(o.sme_class, '-')) OR f.cluster_keys IS DISTINCT FROM "
        "coalesce((SELECT array_agg(c.key::text ORDER BY c.key) FROM organisation_cluster c "
        "WHERE c.organisation_id = o.id), '{}')")).all()


def test_a_bulk_insert_indexes_every_row_with_its_facets_and_clusters(
        postgres_database: str) -> None:
    with Workspace.init_server(postgres_database) as workspace:
        with workspace.transaction() as session:
            insert_prevalidated(session.connection(), "organisation", _columns(),
                                empty_text_columns=frozenset({"clusters"}))
        with workspace.sessions() as session:
            connection = session.connection()
            assert _mismatches(connection) == []
            clusters = connection.execute(text(
                "SELECT key, name FROM organisation_cluster WHERE organisation_id = 1 "
                "ORDER BY key")).all()
            assert clusters == [("lodz ict", "Łódź ICT"), ("medical valley", "Medical Valley")]
            result = ds.search(session, ds.DirectoryQuery(text="werkstatt 7"))
            assert result.ids[0] == 8
            found = ds.search(session, ds.DirectoryQuery(text="lodz"))
            assert found.total == ROWS
            assert {v.value: v.count for v in found.facets["country"]} == {"PL": 100, "DE": 50}
            assert {v.value: v.count for v in found.facets["cluster"]} == {
                "lodz ict": 30, "medical valley": 30}


def test_an_update_moves_the_index_rows_facets_and_cluster_keys(postgres_database: str) -> None:
    with Workspace.init_server(postgres_database) as workspace:
        with workspace.transaction() as session:
            insert_prevalidated(session.connection(), "organisation", _columns(),
                                empty_text_columns=frozenset({"clusters"}))
        with workspace.transaction() as session:
            session.execute(text("UPDATE organisation SET country = 'ES', nuts2 = 'ES61', "
                                 "clusters = 'Automotive' WHERE id IN (2, 3)"))
            session.execute(text("UPDATE organisation SET city = 'Sevilla' WHERE id = 1"))
        with workspace.sessions() as session:
            connection = session.connection()
            assert _mismatches(connection) == []
            assert connection.execute(text(
                "SELECT organisation_id, key FROM organisation_cluster WHERE organisation_id "
                "<= 3 ORDER BY 1, 2")).all() == [
                (1, "lodz ict"), (1, "medical valley"), (2, "automotive"), (3, "automotive")]
            found = ds.search(session, ds.DirectoryQuery(text="sevilla"))
            assert found.ids == (1,)
            spain = ds.search(session, ds.DirectoryQuery(text="werkstatt",
                                                         countries=frozenset({"ES"})))
            assert spain.ids == (2, 3)
            assert {v.value: v.count for v in spain.facets["cluster"]} == {"automotive": 2}


def test_a_database_made_before_the_migration_gets_its_index_rows_filled(
        postgres_database: str) -> None:
    engine = postgres.make_engine(postgres_database)
    _run_migrations(engine, "0010")
    with engine.begin() as connection:
        insert_prevalidated(connection, "organisation", _columns(),
                            empty_text_columns=frozenset({"clusters"}))
    engine.dispose()
    with Workspace.open(postgres_database) as workspace, workspace.sessions() as session:
        assert _mismatches(session.connection()) == []
        found = ds.search(session, ds.DirectoryQuery(text="lodz", org_types=frozenset({"sme"})))
        assert found.total == ROWS // 2
        assert {v.value: v.count for v in found.facets["org_type"]} == {
            "sme": ROWS // 2, "higher_education": ROWS // 2}


def test_a_copied_file_is_indexed_on_the_server(tmp_path: Path, postgres_database: str) -> None:
    path = tmp_path / "directory.cpw"
    with Workspace.create(path) as workspace, workspace.transaction() as session:
        insert_prevalidated(session.connection(), "organisation", _columns(),
                            empty_text_columns=frozenset({"clusters"}))
    report = copy_workspace(path, postgres_database)
    assert report.differences == ()
    with Workspace.open(postgres_database) as workspace, workspace.sessions() as session:
        assert _mismatches(session.connection()) == []
        found = ds.search(session, ds.DirectoryQuery(text="medical"))
        assert found.total == ROWS // 5
