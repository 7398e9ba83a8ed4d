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


def test_columns_without_a_value_and_flags_are_stored_as_bound_values_would_be(
        tmp_path: Path) -> None:
    """A column with no value at all is written into the statement, not bound on every row
    (sqlite3 binds None and bool through its adapter lookup, at twice an int's cost); True and
    False go in as 1 and 0. What is stored is what binding each value stores."""
    from consortium_planner.workspace import _bulk_insert

    rows = organisations(["999000001", "999000002", "999000003"])
    rows["profit"] = [True, False, None]
    rows["founded_year"] = [None, None, None]
    rows["staff_headcount"] = [None, 12, None]
    statement, bound = _bulk_insert("organisation", rows, TEXT_COLUMNS)
    assert "coalesce" not in statement  # every text column is empty: written as ''
    assert len(bound) == 3 and len(bound[0]) == 9  # id, 2 names, type, pic, 2 stamps, profit, staff
    assert [row[-2:] for row in bound] == [(1, None), (0, 12), (None, None)]
    assert all(type(row[-2]) is not bool for row in bound)
    path = tmp_path / "bulk.cpw"
    with Workspace.create(path) as workspace, workspace.transaction() as session:
        insert_prevalidated(session.connection(), "organisation", rows,
                            empty_text_columns=TEXT_COLUMNS)
    with sqlite3.connect(path) as connection:
        stored = connection.execute(
            "SELECT profit, founded_year, staff_headcount, notes, city, typeof(founded_year) "
            "FROM organisation ORDER BY id").fetchall()
    assert stored == [(1, None, None, "", "", "null"), (0, None, 12, "", "", "null"),
                      (None, None, None, "", "", "null")]
