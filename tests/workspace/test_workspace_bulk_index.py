"""The directory's search index and cluster table after a bulk insert that ran without its
triggers: exactly what the triggers (the view organisation_search_source) would have made, in a
fresh directory and in one that already holds organisations, and the triggers back in place."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from consortium_planner import workspace as workspace_module
from consortium_planner.workspace import (
    Workspace,
    insert_prevalidated,
    organisation_search_rows,
    register_functions,
)

TEXT_COLUMNS = frozenset({"short_name", "country", "nuts2", "address", "city", "postcode",
                          "website", "contact_name", "email", "phone", "notes", "clusters"})
# Names, places and clusters that fold in every way the index knows: accents, letters without
# a decomposition, Greek and Cyrillic, a repeated cluster written twice, empty and missing text.
SAMPLES = [
    ("Politechnika Łódzka", "TUL", "999000001", "PL7270021895", "Łódź", "https://www.p.lodz.pl",
     "Łódź ICT; Medical Valley; łódź ict", "met in Kraków"),
    ("Πανεπιστήμιο Πατρών", None, None, "EL 090.000-000", "Πάτρα", "", "", None),
    ("Ørsted Energi A/S", "", "999000003", None, "København", "http://orsted.dk", ";  ;", ""),
    ("Софийски университет", "SU", None, None, None, None, "Космос", "straße, ŒUVRE ﬁ"),
]


def columns(first_id: int, count: int) -> dict[str, list[object]]:
    """`count` organisations from id `first_id`, cycling through SAMPLES."""
    stamp = "2026-01-01 00:00:00.000000"
    rows = [SAMPLES[number % len(SAMPLES)] for number in range(count)]
    ids = list(range(first_id, first_id + count))
    given: dict[str, list[object]] = {
        "id": ids,
        "legal_name": [f"{row[0]} {number}" for number, row in zip(ids, rows)],
        "name_key": [f"key {number}" for number in ids],
        "short_name": [row[1] for row in rows],
        "pic": [str(800_000_000 + number) if row[2] else None for number, row in zip(ids, rows)],
        "vat": [row[3] for row in rows],
        "org_type": ["sme"] * count,
        "city": [row[4] for row in rows],
        "website": [row[5] for row in rows],
        "clusters": [row[6] for row in rows],
        "notes": [row[7] for row in rows],
        "created_at": [stamp] * count,
        "updated_at": [stamp] * count,
    }
    return {**given, **{name: [None] * count for name in TEXT_COLUMNS - given.keys()}}


def insert(workspace: Workspace, first_id: int, count: int) -> None:
    with workspace.transaction() as session:
        insert_prevalidated(session.connection(), "organisation", columns(first_id, count),
                            empty_text_columns=TEXT_COLUMNS)


def derived_state(path: Path) -> tuple[list[tuple], list[tuple], int]:
    """The index as the triggers' view derives it (FTS5's integrity-check against its content
    raises otherwise), the cluster table, and the triggers on the organisation table."""
    connection = sqlite3.connect(path)
    try:
        register_functions(connection)
        connection.execute("INSERT INTO organisation_fts (organisation_fts, rank) "
                           "VALUES ('integrity-check', 1)")
        clusters = connection.execute(
            "SELECT organisation_id, key, name FROM organisation_cluster "
            "ORDER BY organisation_id, key").fetchall()
        expected = connection.execute(
            "SELECT DISTINCT organisation.id, cp_fold(value), value FROM organisation, "
            "json_each(cp_clusters(organisation.clusters)) ORDER BY 1, 2").fetchall()
        triggers = connection.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
            "AND tbl_name = 'organisation'").fetchone()[0]
        return clusters, expected, triggers
    finally:
        connection.close()


@pytest.mark.parametrize("existing", [0, 10, 400])
def test_a_bulk_insert_indexes_exactly_what_the_triggers_would(tmp_path, existing):
    count = workspace_module._BULK_ROWS + 20
    with Workspace.create(tmp_path / "bulk.cpw") as workspace:
        if existing:
            with workspace.transaction() as session:  # row by row: the triggers index these
                for organisation_id in range(1, existing + 1):
                    insert_prevalidated(session.connection(), "organisation",
                                        columns(organisation_id, 1),
                                        empty_text_columns=TEXT_COLUMNS)
        insert(workspace, existing + 1, count)
        clusters, expected, triggers = derived_state(workspace.path)
    assert clusters == expected
    assert len({organisation_id for organisation_id, _, _ in clusters
                if organisation_id > existing}) == count // 2  # half the samples name clusters
    assert triggers == 5  # the 4 search triggers of 0003, the cluster-name trigger of 0007


def test_a_bulk_insert_of_scattered_ids_links_each_its_own_clusters(tmp_path):
    """Ids with gaps (not a run): the cluster rows are written one by one, the same."""
    given = columns(1, workspace_module._BULK_ROWS + 20)
    given["id"] = [3 * number + 1 for number in range(len(given["id"]))]
    with Workspace.create(tmp_path / "scattered.cpw") as workspace:
        with workspace.transaction() as session:
            insert_prevalidated(session.connection(), "organisation", given,
                                empty_text_columns=TEXT_COLUMNS)
        clusters, expected, triggers = derived_state(workspace.path)
    assert clusters == expected
    assert {organisation_id for organisation_id, _, _ in clusters} == {
        organisation_id for number, organisation_id in enumerate(given["id"])
        if number % len(SAMPLES) in (0, 3)}  # the samples that name clusters
    assert triggers == 5


def test_the_search_rows_agree_with_the_view_row_by_row(tmp_path):
    given = columns(1, len(SAMPLES))
    search_rows, memberships = organisation_search_rows(given)
    with Workspace.create(tmp_path / "view.cpw") as workspace:
        with workspace.transaction() as session:  # one row at a time: through the triggers
            for index in range(len(SAMPLES)):
                one = {name: values[index:index + 1] for name, values in given.items()}
                insert_prevalidated(session.connection(), "organisation", one,
                                    empty_text_columns=TEXT_COLUMNS)
        with workspace.sessions() as session:
            connection = session.connection()
            view = connection.exec_driver_sql(
                "SELECT id, name, ids, place, notes FROM organisation_search_source "
                "ORDER BY id").fetchall()
            cluster_table = connection.exec_driver_sql(
                "SELECT organisation_id, key, name FROM organisation_cluster "
                "ORDER BY organisation_id, key").fetchall()
    assert [tuple(row) for row in view] == search_rows
    assert [tuple(row) for row in cluster_table] == sorted(memberships)
    assert search_rows[0][1] == "politechnika lodzka 1 tul"


def test_a_text_holding_nul_is_folded_alone(tmp_path):
    given = columns(1, 3)
    given["notes"] = ["a\x00b Łódź", "plain", None]
    search_rows, _ = organisation_search_rows(given)
    assert [row[4] for row in search_rows] == ["a\x00b lodz", "plain", ""]


def test_a_refused_bulk_insert_leaves_index_and_triggers_as_they_were(tmp_path):
    with Workspace.create(tmp_path / "refused.cpw") as workspace:
        insert(workspace, 1, 5)
        before = derived_state(workspace.path)
        bad = columns(100, workspace_module._BULK_ROWS + 5)
        bad["pic"][-1] = bad["pic"][0] = "800000001"  # a PIC already in the directory
        with pytest.raises(Exception, match="UNIQUE constraint failed: organisation.pic"):
            with workspace.transaction() as session:
                insert_prevalidated(session.connection(), "organisation", bad,
                                    empty_text_columns=TEXT_COLUMNS)
        assert derived_state(workspace.path) == before


def test_a_renamed_insert_trigger_keeps_firing_and_nothing_is_indexed_twice(tmp_path):
    """A later migration that renames the search trigger: the bulk path steps aside (slower,
    still exact) rather than index the rows a second time."""
    with Workspace.create(tmp_path / "renamed.cpw") as workspace:
        with workspace.transaction() as session:
            connection = session.connection()
            body = connection.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE name = 'organisation_search_ai'").scalar()
            connection.exec_driver_sql("DROP TRIGGER organisation_search_ai")
            connection.exec_driver_sql(body.replace("organisation_search_ai",
                                                    "organisation_search_insert"))
        insert(workspace, 1, workspace_module._BULK_ROWS + 20)
        clusters, expected, triggers = derived_state(workspace.path)
    assert clusters == expected and clusters
    assert triggers == 5  # the 4 search triggers of 0003, the cluster-name trigger of 0007


def test_the_codes_of_a_whole_column_are_those_of_each_row():
    """The ids column (PIC, VAT, VAT without its country) derived by whole columns is
    _sql_ids of each row: separators, lower case, letters other than A-Z dropped, a VAT of
    two letters or fewer, a code holding the line separator (then row by row)."""
    from consortium_planner.workspace import _ids_column, _sql_ids

    pics = ["999 000 001", None, "", "9.9-9", "ÉÉ12", "12\n34", "x", "1"]
    vats = ["de 123.456", "EL 090.000-000", "FR", "1A23", None, "ATU 1", "ŁD12", "ab1"]
    assert _ids_column(pics, vats) == list(map(_sql_ids, pics, vats))
    assert _ids_column(pics[:5], vats[:5]) == [
        "999000001 de123456 123456", "el090000000 090000000", "fr", "999 1a23", "12"]
    assert _ids_column([], []) == []
