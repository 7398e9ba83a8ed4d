"""The bulk insert of prevalidated rows: indexes rebuilt after a large insert still refuse a
duplicate, and a refused insert leaves the table and its indexes as they were."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

from consortium_planner.workspace import Workspace, insert_prevalidated

TEXT_COLUMNS = frozenset({"short_name", "country", "nuts2", "address", "city", "postcode",
                          "website", "contact_name", "email", "phone", "notes", "clusters"})


def organisations(pics: list[str]) -> dict[str, list[object]]:
    count = len(pics)
    stamp = "2026-01-01 00:00:00.000000"
    return {
        "id": list(range(1, count + 1)),
        "legal_name": [f"Org {number}" for number in range(count)],
        "name_key": [f"org {number}" for number in range(count)],
        "org_type": ["sme"] * count,
        "pic": pics,
        "created_at": [stamp] * count,
        "updated_at": [stamp] * count,
        **{name: [None] * count for name in TEXT_COLUMNS},
    }


def schema_and_count(path: Path) -> tuple[list[tuple[str, str]], int]:
    with sqlite3.connect(path) as connection:
        indexes = connection.execute(
            "SELECT name, sql FROM sqlite_master WHERE tbl_name = 'organisation' "
            "ORDER BY name").fetchall()
        return indexes, connection.execute("SELECT count(*) FROM organisation").fetchone()[0]


def test_large_insert_keeps_the_indexes(tmp_path: Path) -> None:
    path = tmp_path / "bulk.cpw"
    with Workspace.create(path) as workspace:
        before, _ = schema_and_count(path)
        with workspace.transaction() as session:
            insert_prevalidated(session.connection(), "organisation",
                                organisations([str(900_000_000 + n) for n in range(50)]),
                                empty_text_columns=TEXT_COLUMNS)
    indexes, count = schema_and_count(path)
    assert indexes == before
    assert count == 50


def test_duplicate_refused_by_the_rebuilt_unique_index(tmp_path: Path) -> None:
    path = tmp_path / "bulk.cpw"
    with Workspace.create(path) as workspace:
        before = schema_and_count(path)
        with pytest.raises(IntegrityError, match="UNIQUE constraint failed: organisation.pic"):
            with workspace.transaction() as session:
                insert_prevalidated(session.connection(), "organisation",
                                    organisations(["999999999", "900000001", "999999999"]),
                                    empty_text_columns=TEXT_COLUMNS)
    assert schema_and_count(path) == before


def test_the_derived_clusters_text_starts_empty_when_not_given(tmp_path: Path) -> None:
    """organisation.clusters is written by the cluster-link triggers (migration 0006): a bulk
    insert built from the organisation's own fields need not know it."""
    rows = organisations(["999000001", "999000002"])
    del rows["clusters"]
    path = tmp_path / "bulk.cpw"
    with Workspace.create(path) as workspace, workspace.transaction() as session:
        insert_prevalidated(session.connection(), "organisation", rows,
                            empty_text_columns=TEXT_COLUMNS - {"clusters"})
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT clusters FROM organisation").fetchall() == [("",)] * 2
