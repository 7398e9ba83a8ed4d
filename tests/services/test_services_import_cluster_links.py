"""The cluster links of an organisation list, resolved for the whole file before its rows are
written: the same links, derived `clusters` texts, search index and cluster table as linking
row by row through services.clusters (which the interchange still does) would give; the new
rows indexed once, not once per link; undo and dry run unchanged."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import pytest

from consortium_planner import workspace as workspace_module
from consortium_planner.importing.plan import build_organisation_plan
from consortium_planner.services.clusters import ClusterNames
from consortium_planner.services.editing import EditingService
from consortium_planner.services.file_import import ImportRequest, import_file
from consortium_planner.services.organisation_import import (
    Decision,
    apply_import,
    preview_import,
    undo_import,
)
from consortium_planner.workspace import Workspace, register_functions

HEADER = ["Legal name", "Short name", "Organisation type", "Country", "PIC", "City", "Clusters"]
# Every way a name finds its cluster: by short name, by folded and spaced spelling, a file row
# named before and after its own row (a cluster organisation of the file wins over a directory
# organisation of that name that is not one), a row naming itself, a name made once for
# several rows, a directory record gaining a cluster beside the one it has.
ROWS = [
    ["Nova Robotics", "", "SME", "DE", "", "Dresden",
     "Robotik Netzwerk; silicon saxony; Pôle Neuf; Robotik  netzwerk"],
    ["Pole Neuf", "PN", "cluster", "FR", "", "Lyon", "Pole Neuf; Cluster Süd"],
    ["Acme GmbH", "", "SME", "DE", "999000001", "Chemnitz", "Cluster Süd; Silicon Saxony"],
    ["Zeta Systems", "", "SME", "PL", "", "Łódź", "cluster süd; ROBOTIK NETZWERK; Later Row"],
    ["Later Row e. V.", "Later Row", "cluster", "DE", "", "Berlin", ""],
    ["Omega Labs", "", "SME", "IT", "", "Torino", "Automotive Hub; Silicon Saxony"],
]


def _write(path: Path, rows: list[list[str]], *, clusters: bool = True) -> Path:
    width = len(HEADER) if clusters else len(HEADER) - 1
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, delimiter=";", quoting=csv.QUOTE_ALL).writerows(
            [HEADER[:width], *(row[:width] for row in rows)])
    return path


def _rows(padding: int) -> list[list[str]]:
    """ROWS, then `padding` more that name the same clusters (a list that takes the bulk path
    from workspace._BULK_ROWS rows on), some the very clusters of the row "Pole Neuf" (which
    is not its own member, they are)."""
    named = ["Automotive Hub", "Cluster Süd; Pôle Neuf", "Pole Neuf; Cluster Süd"]
    return ROWS + [[f"Padding {number} SARL", "", "SME", "FR", "", "Nantes", named[number % 3]]
                   for number in range(padding)]


def _directory(path: Path) -> Workspace:
    workspace = Workspace.create(path)
    service = EditingService(workspace)
    service.add_organisation({"legal_name": "Silicon Saxony e. V.", "short_name":
                              "Silicon Saxony", "org_type": "cluster_organisation"})
    service.add_organisation({"legal_name": "Acme GmbH", "country": "DE", "pic": "999000001",
                              "city": "Dresden", "cluster_ids": [1]})
    # not a cluster organisation: the file's cluster "Pole Neuf" wins over it
    service.add_organisation({"legal_name": "Pôle Neuf Consulting", "short_name": "Pole Neuf",
                              "country": "FR"})
    service.add_organisation({"legal_name": "Automotive Hub", "country": "IT"})
    return workspace


def _tables(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """What the links derive: organisations (without time stamps), links, cluster table, and
    the search index's every word instance; the index passes FTS5's integrity check and is
    what a rebuild makes."""
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        register_functions(connection)
        connection.execute("INSERT INTO organisation_fts (organisation_fts, rank) "
                           "VALUES ('integrity-check', 1)")
        connection.execute("CREATE VIRTUAL TABLE temp.words "
                           "USING fts5vocab(main, organisation_fts, instance)")
        vocabulary = "SELECT * FROM temp.words ORDER BY 1, 2, 3, 4"
        tables = {
            "organisation": connection.execute(
                "SELECT id, legal_name, short_name, org_type, clusters FROM organisation "
                "ORDER BY id").fetchall(),
            "cluster_membership": connection.execute(
                "SELECT * FROM cluster_membership ORDER BY 1, 2").fetchall(),
            "organisation_cluster": connection.execute(
                "SELECT * FROM organisation_cluster ORDER BY 1, 2").fetchall(),
            "index": connection.execute(vocabulary).fetchall(),
        }
        connection.execute("BEGIN")
        connection.execute("INSERT INTO organisation_fts (organisation_fts) VALUES ('rebuild')")
        assert connection.execute(vocabulary).fetchall() == tables["index"]
        connection.execute("ROLLBACK")
    finally:
        connection.close()
    return tables


def _linked_row_by_row(path: Path, list_path: Path, rows: list[list[str]]) -> tuple[str, ...]:
    """The reference: the list imported without its clusters, then each row's clusters linked
    one row at a time through ClusterNames.link (one link, one trigger, one re-index at a
    time). Returns the clusters it created."""
    with _directory(path) as workspace:
        first_id = 1 + len(_tables(path)["organisation"])
        preview = preview_import(workspace, build_organisation_plan(
            _write(list_path, rows, clusters=False)))
        apply_import(workspace, preview)
        ids = iter(range(first_id, first_id + preview.created))
        with workspace.transaction() as session:
            names = ClusterNames(session)
            for index, decision in enumerate(preview.decisions):
                if decision is Decision.CREATE:
                    organisation_id = next(ids)
                elif decision is Decision.UPDATE:
                    organisation_id = preview.matches[index].organisation_id
                else:
                    continue
                names.link(organisation_id, rows[index][-1])
            return tuple(names.created)


@pytest.mark.parametrize("padding", [0, workspace_module._BULK_ROWS])
def test_links_texts_and_index_are_those_of_linking_row_by_row(tmp_path, padding) -> None:
    rows = _rows(padding)
    reference_created = _linked_row_by_row(tmp_path / "reference.cpw", tmp_path / "plain.csv",
                                           rows)
    with _directory(tmp_path / "directory.cpw") as workspace:
        before = _tables(workspace.path)
        preview = preview_import(workspace, build_organisation_plan(
            _write(tmp_path / "list.csv", rows)))
        assert preview.decisions[2] is Decision.UPDATE  # Acme GmbH, by its PIC
        result = apply_import(workspace, preview)
        assert result.clusters_created == reference_created == ("Robotik Netzwerk",
                                                                 "Cluster Süd")
        after = _tables(workspace.path)
        assert after == _tables(tmp_path / "reference.cpw")
        texts = dict((row[1], row[4]) for row in after["organisation"])
        assert texts["Nova Robotics"] == "Pole Neuf; Robotik Netzwerk; Silicon Saxony e. V."
        assert texts["Pole Neuf"] == "Cluster Süd"  # not itself
        assert texts["Acme GmbH"] == "Cluster Süd; Silicon Saxony e. V."
        assert texts["Zeta Systems"] == "Cluster Süd; Later Row e. V.; Robotik Netzwerk"
        assert texts["Omega Labs"] == "Automotive Hub; Silicon Saxony e. V."
        undo_import(workspace, result.batch_id)
        assert _tables(workspace.path) == before


def test_a_large_import_indexes_each_new_row_once(tmp_path, monkeypatch) -> None:
    """The search triggers read an organisation's clusters through cp_clusters each time they
    index it: once per new cluster organisation and per updated record here, never once per
    link of each new row (what the per-link trigger of migration 0007 did)."""
    calls = []
    original = workspace_module._sql_clusters

    def counted(text):
        calls.append(text)
        return original(text)

    rows = _rows(workspace_module._BULK_ROWS)
    with _directory(tmp_path / "directory.cpw") as workspace:
        preview = preview_import(workspace, build_organisation_plan(
            _write(tmp_path / "list.csv", rows)))
    monkeypatch.setattr(workspace_module, "_sql_clusters", counted)
    with Workspace.open(tmp_path / "directory.cpw") as workspace:
        apply_import(workspace, preview)
    # 2 clusters created (indexed when inserted), Acme GmbH updated (its city, then its
    # clusters: the update re-indexes it each time)
    assert len(calls) <= 6
    with Workspace.open(tmp_path / "directory.cpw") as workspace:
        assert len(_tables(workspace.path)["cluster_membership"]) > len(rows)


def test_a_dry_run_writes_nothing_and_names_what_the_import_creates(tmp_path) -> None:
    list_path = _write(tmp_path / "list.csv", _rows(workspace_module._BULK_ROWS))
    with _directory(tmp_path / "directory.cpw") as workspace:
        content = workspace.path.read_bytes()
        dry = import_file(workspace, ImportRequest(list_path, dry_run=True))
        assert dry.status == "dry-run"
        assert workspace.path.read_bytes() == content
        applied = import_file(workspace, ImportRequest(list_path))
    created = "were created: Robotik Netzwerk, Cluster Süd."
    assert any(note.endswith("would be created: Robotik Netzwerk, Cluster Süd.")
               for note in dry.notes)
    assert any(created in note for note in applied.notes)


def test_the_keys_of_a_whole_column_are_those_of_each_name() -> None:
    """services.clusters._keys (a column at once) gives _key of each name: white space of any
    kind and length collapsed, ends stripped, folded; '' for none."""
    from consortium_planner.services.clusters import _key, _keys

    names = ["Silicon Saxony", "  Łódź\u00a0ICT\t", None, "", " ", "Pôle  Véhicule du Futur ",
             "ΣΥΝΕΡΓΑΣΙΑ", "Straße\n\nNord", "a\u2003b", "ﬁ cluster", "a \tb",
             "a\t b ", "\t", " x\x1cy \u00a0", "end \n"]
    assert _keys(names) == [_key(name or "") for name in names]
    assert _keys(["one\x00two", "three"]) == [_key("one\x00two"), _key("three")]
    assert _keys([]) == []
