"""Project JSON: byte-for-byte round trip, matching the directory, refusing broken documents."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from consortium_planner.models import Organisation, Project, RegionCategoryEntry
from consortium_planner.services.interchange import (
    DocumentError,
    dump_project,
    load_project,
    to_json_text,
)
from consortium_planner.services.snapshot import find_project_id, load_snapshot
from consortium_planner.workspace import Workspace


def _dump(path: Path, acronym: str | None = None) -> str:
    with Workspace.open(path, read_only=True) as workspace, workspace.sessions() as session:
        return to_json_text(dump_project(load_snapshot(session, find_project_id(session, acronym))))


def _load(path: Path, document: dict, **options) -> None:
    with Workspace.open(path) as workspace:
        load_project(workspace, document, **options)


def _table_counts(path: Path) -> dict[str, int]:
    """Rows per table, but the edit log's, which grows with every change by design."""
    with Workspace.open(path, read_only=True) as workspace, workspace.engine.connect() as conn:
        tables = [r[0] for r in conn.exec_driver_sql(
            "select name from sqlite_master where type='table' and name != 'edit_log'")]
        return {t: conn.exec_driver_sql(f'select count(*) from "{t}"').scalar() for t in tables}


def test_dump_load_dump_is_byte_identical(demo_path: Path, tmp_path: Path) -> None:
    first = _dump(demo_path)
    target = tmp_path / "new.cpw"
    Workspace.create(target).close()
    _load(target, json.loads(first))
    assert _dump(target) == first


def test_round_trip_keeps_overrides_and_region_categories(demo_document: dict,
                                                          tmp_path: Path) -> None:
    document = copy.deepcopy(demo_document)
    document["participants"][1]["funding_rate_override"] = "0.625"
    document["participants"][1]["funding_rate_override_reason"] = "call text, section 7"
    document["participants"][2]["region_category_override"] = "transition"
    document["participants"][2]["region_category_override_reason"] = "moved headquarters"
    document["organisations"][3]["nuts2"] = "PL91"
    document["organisations"][3]["country"] = "PL"
    document["organisations"][3]["region_category"] = "more_developed"
    first_path, second_path = tmp_path / "a.cpw", tmp_path / "b.cpw"
    for path in (first_path, second_path):
        Workspace.create(path).close()
    _load(first_path, document)
    first = _dump(first_path)
    _load(second_path, json.loads(first))
    assert _dump(second_path) == first
    dumped = json.loads(first)
    assert dumped["participants"][1]["funding_rate_override"] == "0.625"
    assert dumped["organisations"][2]["region_category"] == "less_developed"  # own, not override
    assert dumped["organisations"][3]["region_category"] == "more_developed"
    with Workspace.open(first_path, read_only=True) as ws, ws.sessions() as session:
        entry = session.get(RegionCategoryEntry, "PL91")
        assert entry is not None and entry.category == "more_developed"


def test_organisations_are_matched_by_pic_then_vat_then_name(demo_document: dict,
                                                             demo_path: Path) -> None:
    document = copy.deepcopy(demo_document)
    document["project"]["acronym"] = "SECOND"
    document["organisations"][0]["pic"] = None  # matched by VAT instead
    document["organisations"][1]["pic"] = None
    document["organisations"][1]["vat"] = None  # matched by name + country
    document["organisations"][1]["legal_name"] = "LEVANTE COMPOSITI SRL"
    document["organisations"][2]["pic"] = "999999999"  # a different organisation
    document["organisations"][2]["vat"] = None
    document["organisations"][2].update(country="PT", nuts2="PT11")  # its region is in PT too
    with Workspace.open(demo_path) as workspace:
        result = load_project(workspace, document)
    assert (result.organisations_matched, result.organisations_created) == (8, 1)
    with Workspace.open(demo_path, read_only=True) as ws, ws.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Organisation)) == 10
        assert session.scalar(select(func.count()).select_from(Project)) == 2


def test_existing_acronym_needs_replace(demo_document: dict, demo_path: Path) -> None:
    before = _table_counts(demo_path)
    with pytest.raises(DocumentError, match="problem") as caught:
        _load(demo_path, demo_document)
    assert "already exists" in caught.value.report()
    assert _table_counts(demo_path) == before
    document = copy.deepcopy(demo_document)
    document["project"]["acronym"] = document["project"]["acronym"].lower()
    with pytest.raises(DocumentError) as caught:  # the CLI's --project could not tell them apart
        _load(demo_path, document)
    assert "already exists" in caught.value.report()
    document["project"]["title"] = "Replaced"
    _load(demo_path, document, replace=True)
    assert json.loads(_dump(demo_path))["project"]["title"] == "Replaced"
    assert _table_counts(demo_path) == before


def test_schema_breaking_document_lists_every_problem(demo_document: dict,
                                                     demo_path: Path) -> None:
    document = copy.deepcopy(demo_document)
    document["project"]["duration_months"] = "36"
    document["organisations"][0]["org_type"] = "company"
    document["participants"][0]["monthly_personnel_cost"] = "5.200,00"
    document["costs"][0]["amount"] = -3
    document["surprise"] = True
    before_bytes = demo_path.read_bytes()
    with pytest.raises(DocumentError) as caught:
        _load(demo_path, document)
    report = caught.value.report()
    for where in (
        "$.project.duration_months",
        "$.organisations[0].org_type",
        "$.participants[0].monthly_personnel_cost",
        "$.costs[0].amount",
        "surprise",
    ):
        assert where in report, report
    assert len(caught.value.problems) == 5
    assert demo_path.read_bytes() == before_bytes


def test_long_values_are_reported_shortened_never_echoed(demo_document: dict,
                                                        empty_path: Path) -> None:
    document = copy.deepcopy(demo_document)
    document["organisations"][0]["legal_name"] = "B" * 2000
    document["organisations"][1]["staff"] = "9" * 3000
    with pytest.raises(DocumentError) as caught:
        _load(empty_path, document)
    problems = caught.value.problems
    assert "$.organisations[0].legal_name: is 2,000 characters long; at most 300 fit" in problems
    assert all(len(problem) < 200 for problem in problems), problems
    assert any("(3,000 characters) is not of type" in problem for problem in problems)


def test_broken_references_are_listed(demo_document: dict, empty_path: Path) -> None:
    document = copy.deepcopy(demo_document)
    document["participants"][0]["organisation"] = "nobody"
    document["work_packages"][0]["lead"] = 42
    document["work_packages"][1]["end_month"] = 40
    document["work_packages"][2]["deliverables"][0]["due_month"] = 37
    document["milestones"][0]["work_packages"] = [9]
    document["effort"].append(dict(document["effort"][0]))
    document["costs"][0]["work_package"] = 12
    before = _table_counts(empty_path)
    with pytest.raises(DocumentError) as caught:
        _load(empty_path, document)
    report = caught.value.report()
    for expected in (
        "no organisation has the key 'nobody'",
        "$.work_packages[0].lead: there is no participant number 42",
        "$.work_packages[1]: months 1-40 lie outside M1-M36",
        "$.work_packages[2].deliverables[0].due_month",
        "$.milestones[0].work_packages: there is no work package 9",
        "is given more than once",
        "$.costs[0].work_package: there is no work package 12",
    ):
        assert expected in report, report
    assert _table_counts(empty_path) == before


def test_what_the_editor_refuses_is_refused_on_load(demo_document: dict, empty_path: Path) -> None:
    document = copy.deepcopy(demo_document)
    cost = next(c for c in document["costs"] if c.get("quantity") and c.get("unit_cost"))
    index = document["costs"].index(cost)
    cost.update(quantity="2.00", unit_cost="3.00", amount="5.00")
    document["participants"][1].update(funding_rate_override="0.5",
                                       funding_rate_override_reason="")
    document["participants"][2].update(region_category_override="transition",
                                       region_category_override_reason=" ")
    with pytest.raises(DocumentError) as caught:
        _load(empty_path, document)
    report = caught.value.report()
    for expected in (
        f"$.costs[{index}].amount: 5.00 is not quantity x unit cost (6.00)",
        "$.participants[1].funding_rate_override_reason: say why the funding rate is overridden",
        "$.participants[2].region_category_override_reason: say why the region category is "
        "overridden",
    ):
        assert expected in report, report


def test_failure_midway_rolls_everything_back(demo_document: dict, empty_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from consortium_planner.services import interchange

    def explode(*_args, **_kwargs):
        raise RuntimeError("disk pulled out")

    monkeypatch.setattr(interchange, "_record_region_category", explode)
    before = _table_counts(empty_path)
    with pytest.raises(RuntimeError):
        _load(empty_path, demo_document)
    assert _table_counts(empty_path) == before
