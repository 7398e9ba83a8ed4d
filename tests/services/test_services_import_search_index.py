"""A large organisation import (the bulk path, without per-row triggers) into a directory that
already holds organisations: search finds every imported row, and undoing the import leaves
every search, facet and the cluster table exactly as they were."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from consortium_planner import workspace as workspace_module
from consortium_planner.importing.plan import build_organisation_plan
from consortium_planner.models import Organisation
from consortium_planner.names import normalised_name
from consortium_planner.services import directory_search as ds
from consortium_planner.services.directory_search import DirectoryQuery
from consortium_planner.services.organisation_import import (
    apply_import,
    preview_import,
    undo_import,
)
from consortium_planner.workspace import Workspace, register_functions

QUERIES = [DirectoryQuery(), DirectoryQuery(text="lodz"), DirectoryQuery(text="muller"),
           DirectoryQuery(text="999000002"), DirectoryQuery(text="cluster"),
           DirectoryQuery(text="société"), DirectoryQuery(text="besancon"),
           DirectoryQuery(clusters=frozenset({"automotive"})),
           DirectoryQuery(countries=frozenset({"FR"}))]


@pytest.fixture
def workspace(tmp_path: Path):
    with Workspace.create(tmp_path / "directory.cpw") as opened:
        with opened.transaction() as session:
            for name, country, pic, city, clusters in (
                    ("Politechnika Łódzka", "PL", "999000001", "Łódź", "Łódź ICT; Automotive"),
                    ("Müller Maschinenbau GmbH", "DE", "999000002", "München", "Automotive"),
                    ("Société Lyonnaise", "FR", None, "Lyon", "")):
                session.add(Organisation(legal_name=name, name_key=normalised_name(name),
                                         country=country, pic=pic, city=city,
                                         clusters=clusters))
        yield opened


def large_list(path: Path, rows: int, first: int = 0) -> Path:
    lines = ["Legal name\tCountry\tPIC\tVAT\tCity\tClusters\tNotes"] + [
        f"Société {number} Génie Łukasiewicz\tFR\t{800_000_000 + number}\tFR{10**10 + number}"
        f"\tBesançon\tPôle Véhicule; Automotive\tnote {number}"
        for number in range(first, first + rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def state(workspace: Workspace) -> tuple[object, ...]:
    """Every search of QUERIES (ids in order, facet counts) and the cluster table."""
    with workspace.sessions() as session:
        results = [ds.search(session, query) for query in QUERIES]
        clusters = session.connection().exec_driver_sql(
            "SELECT organisation_id, key, name FROM organisation_cluster ORDER BY 1, 2").all()
    return ([(result.ids, result.facets) for result in results],
            [tuple(row) for row in clusters])


def index_agrees_with_its_content(workspace: Workspace) -> None:
    connection = sqlite3.connect(workspace.path)
    try:
        register_functions(connection)
        connection.execute("INSERT INTO organisation_fts (organisation_fts, rank) "
                           "VALUES ('integrity-check', 1)")
    finally:
        connection.close()


def test_search_finds_every_imported_row_and_undo_restores_every_search(workspace, tmp_path):
    rows = workspace_module._BULK_ROWS + 50
    before = state(workspace)
    preview = preview_import(workspace, build_organisation_plan(
        large_list(tmp_path / "list.csv", rows)))
    result = apply_import(workspace, preview)
    assert result.created == rows
    index_agrees_with_its_content(workspace)
    with workspace.sessions() as session:
        imported = dict(session.execute(
            Organisation.__table__.select().with_only_columns(
                Organisation.pic, Organisation.id).where(
                Organisation.id > 3, Organisation.pic.is_not(None))).all())  # not the clusters
        assert len(imported) == rows
        for pic, organisation_id in imported.items():
            assert ds.search(session, DirectoryQuery(text=pic), facets=False).ids == (
                organisation_id,)
            vat = f"FR{10**10 + int(pic) - 800_000_000}"
            assert ds.search(session, DirectoryQuery(text=vat), facets=False).ids == (
                organisation_id,)
        found = ds.search(session, DirectoryQuery(text="societe genie lukasiewicz besancon"),
                          facets=False)
        assert set(found.ids) == set(imported.values())
        counts = {value.value: value.count for value in ds.search(
            session, DirectoryQuery()).facets["cluster"]}
        assert counts["pole vehicule"] == rows
        assert counts["automotive"] == rows + 2
    undo_import(workspace, result.batch_id)
    assert state(workspace) == before
    index_agrees_with_its_content(workspace)


def test_undoing_a_large_import_removes_its_index_rows_in_bulk(tmp_path, monkeypatch):
    """The undo derives the removed rows' index entries in columns rather than through the
    delete trigger's per-row cp_* calls (3.7 s of a 50,000-row undo), and leaves the index,
    the cluster table and every search as they were."""
    calls = []

    def counted_place(*values):
        calls.append(values)
        return workspace_module.fast_fold(workspace_module._place_text(
            *(value or "" for value in values)))

    monkeypatch.setattr(workspace_module, "_sql_place", counted_place)  # before any connection
    with Workspace.create(tmp_path / "bulk.cpw") as opened:
        with opened.transaction() as session:
            session.add(Organisation(legal_name="Müller GmbH", name_key=normalised_name(
                "Müller GmbH"), country="DE", city="München", clusters="Automotive"))
        before = state(opened)
        rows = workspace_module._BULK_ROWS + 20
        result = apply_import(opened, preview_import(opened, build_organisation_plan(
            large_list(tmp_path / "list.csv", rows))))
        assert result.created == rows
        calls.clear()
        undo_import(opened, result.batch_id)
        assert calls == []
        assert state(opened) == before
        index_agrees_with_its_content(opened)
        with opened.sessions() as session:
            assert session.connection().exec_driver_sql(
                "SELECT count(*) FROM organisation").scalar() == 1
            assert session.connection().exec_driver_sql(  # the trigger is back
                "SELECT count(*) FROM sqlite_master WHERE name = 'organisation_search_bd'"
            ).scalar() == 1


def index_shape(workspace: Workspace) -> tuple[int, list[str]]:
    """The rows of the search index's own storage and the indexes of the directory's tables."""
    with workspace.sessions() as session:
        connection = session.connection()
        return (connection.exec_driver_sql("SELECT count(*) FROM organisation_fts_data").scalar(),
                sorted(connection.exec_driver_sql(
                    "SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
                       .scalars()))


def test_undoing_an_import_into_an_empty_directory_empties_the_index_at_once(tmp_path):
    """More rows go than stay: the index is emptied and the rows that stay indexed again, so
    it holds no record of each removal (which FTS5 keeps until it merges), and the tables'
    indexes, set aside for the deletes, are all back."""
    with Workspace.create(tmp_path / "empty.cpw") as opened:
        before, shape = state(opened), index_shape(opened)
        result = apply_import(opened, preview_import(opened, build_organisation_plan(
            large_list(tmp_path / "list.csv", workspace_module._BULK_ROWS + 20))))
        undo_import(opened, result.batch_id)
        assert state(opened) == before
        assert index_shape(opened) == shape
        index_agrees_with_its_content(opened)


def test_undoing_an_import_into_a_larger_directory_removes_its_entries(tmp_path):
    """Fewer rows go than stay: their index entries are removed one by one; every search is
    as it was, the index agrees with its content, and the organisations that stay are found."""
    with Workspace.create(tmp_path / "larger.cpw") as opened:
        rows = workspace_module._BULK_ROWS
        apply_import(opened, preview_import(opened, build_organisation_plan(
            large_list(tmp_path / "directory.csv", rows + 30))))
        before = state(opened)
        result = apply_import(opened, preview_import(opened, build_organisation_plan(
            large_list(tmp_path / "list.csv", rows, first=rows + 30))))
        assert result.created == rows
        undo_import(opened, result.batch_id)
        assert state(opened) == before
        index_agrees_with_its_content(opened)
        with opened.sessions() as session:
            found = ds.search(session, DirectoryQuery(text="besancon"), facets=False)
            assert len(found.ids) == rows + 30
