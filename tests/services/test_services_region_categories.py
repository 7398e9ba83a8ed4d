"""The workspace's own region categories: set, clear, import a CSV, list with sources."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from consortium_planner.models import ImportBatch
from consortium_planner.services.errors import UserError
from consortium_planner.services.region_categories import RegionCategoryService
from consortium_planner.services.snapshot import find_project_id, load_snapshot
from consortium_planner.workspace import ReadOnlyWorkspace, Workspace


@pytest.fixture
def workspace(empty_path: Path):
    with Workspace.open(empty_path) as opened:
        yield opened


@pytest.fixture
def service(workspace: Workspace) -> RegionCategoryService:
    return RegionCategoryService(workspace)


def _row(service: RegionCategoryService, code: str):
    return next(row for row in service.list_regions() if row.code == code)


def test_list_shows_shipped_values_and_flags_missing(service) -> None:
    lombardia = _row(service, "ITC4")
    assert (lombardia.category, lombardia.origin, lombardia.missing) == (
        "more_developed", "shipped", False)
    assert "europafacile" in lombardia.source and lombardia.name == "Lombardia"
    dusseldorf = _row(service, "DE11")
    assert (dusseldorf.category, dusseldorf.origin, dusseldorf.source) == (None, "none", "")
    assert dusseldorf.missing
    missing = service.list_regions(country="DE", only_missing=True)
    assert missing and all(row.missing and row.country == "DE" for row in missing)
    assert "DED2" not in {row.code for row in missing}  # shipped: transition


def test_country_filter_accepts_iso_codes(service) -> None:
    assert {row.country for row in service.list_regions(country="GR")} == {"EL"}


def test_set_and_clear(service) -> None:
    changes = service.set_category("de11", "More developed", "Decision (EU) 2021/1130, Annex I")
    assert changes.participants and changes.budget
    row = _row(service, "DE11")
    assert (row.category, row.origin, row.source) == (
        "more_developed", "workspace", "Decision (EU) 2021/1130, Annex I")
    entry = service.entry("DE11")
    assert entry is not None and entry.category == "more_developed"
    service.set_category("ITC4", "transition", "my correction")
    corrected = _row(service, "ITC4")
    assert (corrected.category, corrected.shipped_category) == ("transition", "more_developed")
    assert service.clear_category("ITC4")
    assert _row(service, "ITC4").origin == "shipped"
    assert not service.clear_category("ITC4")  # nothing left to clear: no change
    assert service.entry("ITC4") is None


@pytest.mark.parametrize(
    ("code", "category", "source", "words"),
    [("Lombardia", "transition", "x", "not a NUTS 2 code"),
     ("DE11", "rich", "x", "not a region category"),
     ("DE11", "transition", "  ", "Say where the category of DE11 comes from")],
)
def test_set_refuses_bad_input(service, code, category, source, words) -> None:
    with pytest.raises(UserError, match=words):
        service.set_category(code, category, source)


def test_read_only_workspace_refuses(empty_path: Path) -> None:
    with Workspace.open(empty_path, read_only=True) as workspace:
        with pytest.raises(ReadOnlyWorkspace, match="read-only"):
            RegionCategoryService(workspace).set_category("DE11", "transition", "x")


def test_import_table(service, workspace, tmp_path: Path) -> None:
    service.set_category("DE12", "transition", "old note")
    table = tmp_path / "kategorien.csv"
    table.write_bytes(
        "NUTS;Kategorie;Quelle\n"  # no column the app knows as the category
        .encode("utf-8")
    )
    rejected = service.import_file(table)
    assert rejected.batch_id is None and rejected.imported == 0
    assert "header needs a column" in rejected.problems[0]
    table.write_bytes(
        "code;category;source\n"
        "DE11;more developed;Decision 2021/1130\n"
        "DE12;more developed;\n"
        "DE11;transition;duplicate\n"
        "XX;transition;\n"
        "ZZ99;transition;\n"
        "ITC4;more developed;\n"
        "DE13;rich;\n".encode("cp1252")
    )
    result = service.import_file(table)
    assert (result.created, result.updated, result.unchanged, result.skipped) == (3, 1, 0, 3)
    assert result.imported == 4 and result.changes.participants
    assert any("ZZ99" in problem and "kept as given" in problem for problem in result.problems)
    assert _row(service, "DE11").source == "Decision 2021/1130"
    assert _row(service, "DE12").source == "imported from kategorien.csv, row 3"
    assert _row(service, "ZZ99").country == "ZZ"
    with workspace.sessions() as session:
        batch = session.scalars(select(ImportBatch)).one()
    assert (batch.kind, batch.file_name, batch.created, batch.updated) == (
        "region_categories", "kategorien.csv", 3, 1)
    assert json.loads(batch.details)["changed"]["DE12"] == ["transition", "more_developed"]
    again = service.import_file(table)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 4)
    assert not again.changes


def test_snapshot_uses_the_workspace_value(demo_path: Path) -> None:
    with Workspace.open(demo_path) as workspace:
        with workspace.sessions() as session:
            before = load_snapshot(session, find_project_id(session, None))
        coordinator = before.participant(1)
        code = coordinator.organisation.nuts2
        RegionCategoryService(workspace).set_category(code, "transition", "test source")
        with workspace.sessions() as session:
            after = load_snapshot(session, find_project_id(session, None))
    assert after.participant(1).region_category.category == "transition"
    assert after.participant(1).region_category.source == "workspace: test source"
