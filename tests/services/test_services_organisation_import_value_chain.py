"""Organisation lists bring NACE codes, ecosystems, founding years and cluster memberships: lists
become links (clusters by name, created and reported when missing), and undo takes them back."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import func, select

from consortium_planner.importing.plan import build_organisation_plan
from consortium_planner.models import ClusterMembership, Organisation
from consortium_planner.names import normalised_name
from consortium_planner.services.editing import EditingService
from consortium_planner.services.organisation_import import (
    Decision,
    apply_import,
    preview_import,
    undo_import,
)
from consortium_planner.workspace import Workspace

HEADER = ["Legal name", "Country", "NACE code", "Industrial ecosystems", "Founded", "Clusters"]


def _plan(tmp_path: Path, rows: list[list[str]]):
    path = tmp_path / "list.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, delimiter=";", quoting=csv.QUOTE_ALL).writerows([HEADER, *rows])
    return build_organisation_plan(path)


@pytest.fixture
def workspace(tmp_path: Path):
    with Workspace.create(tmp_path / "directory.cpw") as opened:
        service = EditingService(opened)
        service.add_organisation({"legal_name": "Silicon Saxony e. V.", "short_name":
                                  "Silicon Saxony", "org_type": "cluster_organisation"})
        service.add_organisation({"legal_name": "Acme GmbH", "country": "DE",
                                  "nace_codes": "25.62"})
        yield opened


def _lists(workspace: Workspace, name: str) -> dict:
    service = EditingService(workspace)
    with workspace.sessions() as session:
        organisation_id = session.scalar(select(Organisation.id).where(
            Organisation.name_key == normalised_name(name)))
    return service.values("organisation", organisation_id,
                          ["nace_codes", "ecosystems", "cluster_ids", "founded_year"])


def test_the_columns_are_recognised_and_read(workspace, tmp_path) -> None:
    plan = _plan(tmp_path, [
        ["Nova Robotics", "DE", "C25.6, 2562", "Digital; Agri-food", "2021",
         "Silicon Saxony; Robotik Netzwerk"],
    ])
    assert not plan.errors
    preview = preview_import(workspace, plan)
    result = apply_import(workspace, preview)
    assert result.clusters_created == ("Robotik Netzwerk",)
    lists = _lists(workspace, "Nova Robotics")
    assert lists["nace_codes"] == ["25.6", "25.62"]
    assert lists["ecosystems"] == ["agri_food", "digital"]
    assert lists["founded_year"] == 2021
    with workspace.sessions() as session:
        made = session.scalar(select(Organisation).where(
            Organisation.legal_name == "Robotik Netzwerk"))
        assert str(made.org_type) == "cluster_organisation"
        assert len(lists["cluster_ids"]) == 2 and 1 in lists["cluster_ids"]
    undo_import(workspace, result.batch_id)
    with workspace.sessions() as session:
        names = set(session.scalars(select(Organisation.legal_name)))
        assert names == {"Silicon Saxony e. V.", "Acme GmbH"}  # the made cluster went too
        assert session.scalars(select(ClusterMembership)).all() == []


def test_a_known_organisation_gains_codes_and_undo_takes_them_back(workspace, tmp_path) -> None:
    plan = _plan(tmp_path, [["Acme GmbH", "DE", "28.41", "", "", "Silicon Saxony e. V."]])
    preview = preview_import(workspace, plan)
    assert preview.decisions == [Decision.UPDATE]
    changed = {change.field: change.new for change in preview.matches[0].changes}
    assert changed["nace_codes"] == ["25.62", "28.41"]  # a list only adds
    result = apply_import(workspace, preview)
    assert _lists(workspace, "Acme GmbH")["nace_codes"] == ["25.62", "28.41"]
    assert _lists(workspace, "Acme GmbH")["cluster_ids"] == [1]
    undo_import(workspace, result.batch_id)
    assert _lists(workspace, "Acme GmbH")["nace_codes"] == ["25.62"]
    assert _lists(workspace, "Acme GmbH")["cluster_ids"] == []


def test_unknown_codes_and_years_are_reported_with_their_row(workspace, tmp_path) -> None:
    plan = _plan(tmp_path, [
        ["Nova Robotics", "DE", "25.63", "", "", ""],
        ["Zeta SA", "FR", "", "Space", "1700", ""],
    ])
    messages = [(problem.row, problem.message) for problem in plan.errors]
    assert any(row == 2 and "25.63" in message for row, message in messages)
    assert any(row == 3 and "industrial ecosystems" in message for row, message in messages)
    assert any(row == 3 and "founding year" in message for row, message in messages)


def test_the_report_names_the_clusters_it_made(workspace, tmp_path) -> None:
    from consortium_planner.services.file_import import ImportRequest, import_file

    _plan(tmp_path, [["Nova Robotics", "DE", "", "", "", "Robotik Netzwerk"]])
    report = import_file(workspace, ImportRequest(tmp_path / "list.csv"))
    assert report.status == "imported"
    assert any("were created: Robotik Netzwerk" in note for note in report.notes)


def test_a_dry_run_names_the_clusters_the_import_would_make(workspace, tmp_path) -> None:
    """The directory's clusters (by legal or short name) and a cluster the same list creates
    are found; the others are named, and nothing is written."""
    from consortium_planner.services.file_import import ImportRequest, import_file

    _plan(tmp_path, [
        ["Nova Robotics", "DE", "", "", "", "Robotik Netzwerk; silicon saxony; Pôle Neuf"],
        ["Pole Neuf", "FR", "", "", "", ""],
        ["Acme GmbH", "DE", "", "", "", "Cluster Süd"],
    ])
    with workspace.sessions() as session:
        before = session.scalar(select(func.count()).select_from(Organisation))
    request = ImportRequest(tmp_path / "list.csv", dry_run=True)
    report = import_file(workspace, request)
    assert report.status == "dry-run"
    assert [note for note in report.notes if "would be created" in note] == [
        "2 cluster organisation(s) the file names are not in the directory and would be "
        "created: Robotik Netzwerk, Cluster Süd."]
    with workspace.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Organisation)) == before
    applied = import_file(workspace, ImportRequest(tmp_path / "list.csv"))
    assert any("were created: Robotik Netzwerk, Cluster Süd." in note for note in applied.notes)
