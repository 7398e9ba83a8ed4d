"""Comparing projects of a workspace: sides named as the user types them, the checks run per side,
and the `compare --json` document."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from consortium_planner.domain.compare import CHECK_PASSES
from consortium_planner.rules.engine import RULES
from consortium_planner.services.compare import (
    SideError,
    check_outcomes,
    compare_sides,
    comparison_document,
    resolve_side,
)
from consortium_planner.services.editing import EditingService
from consortium_planner.services.snapshot import find_project_id, load_snapshot
from consortium_planner.workspace import Workspace

from compare_scenarios import make_scenario


@pytest.fixture
def scenario_path(demo_path: Path) -> Path:
    make_scenario(demo_path)
    return demo_path


def test_sides_are_named_by_acronym_case_and_accents_aside(demo_path: Path) -> None:
    workspace = Workspace.open(demo_path, read_only=True)
    try:
        with workspace.sessions() as session:
            assert resolve_side(session, " circomp ").project.acronym == "CIRCOMP"
            with pytest.raises(SideError, match="no project 'NOPE'.*CIRCOMP"):
                resolve_side(session, "NOPE")
            with pytest.raises(SideError, match="names no project"):
                resolve_side(session, "@3")
            with pytest.raises(SideError,
                               match=r"CIRCOMP@3: CIRCOMP has no version '3' \(its versions: none"):
                resolve_side(session, "CIRCOMP@3")
            with pytest.raises(SideError, match="2 to 4"):
                compare_sides(session, ["CIRCOMP"])
    finally:
        workspace.close()


def test_a_scenario_against_its_project(scenario_path: Path) -> None:
    workspace = Workspace.open(scenario_path, read_only=True)
    try:
        with workspace.sessions() as session:
            comparison = compare_sides(session, ["CIRCOMP", "CIRCOMP-B"])
            reference = load_snapshot(session, find_project_id(session, "CIRCOMP"))
    finally:
        workspace.close()
    assert comparison.sides == ("CIRCOMP", "CIRCOMP-B")
    leaving = reference.participant(7)
    assert leaving is not None
    inputs = {(r.section, r.entity) for r in comparison.differences if not r.derived}
    assert inputs == {("consortium", leaving.short_name), ("effort", leaving.short_name),
                      ("budget", leaving.short_name), ("work_plan", "WP3"),
                      *{("work_plan", f"T{wp.number}.{t.number}") for wp in reference.work_packages
                        for t in wp.tasks if t.lead == 7},
                      *{("work_plan", d.code) for d in reference.deliverables if d.lead == 7}}
    assert comparison.totals[0]["total_eligible"] == reference.budget.totals["total_eligible"]
    document = comparison_document(comparison)
    assert set(document) == {"sides", "reference", "currency", "identical", "differences",
                             "totals", "sections"}
    assert [s["section"] for s in document["sections"]] == [
        "project", "consortium", "effort", "budget", "work_plan", "checks"]
    start = next(r for s in document["sections"] for r in s["rows"]
                 if r["item"] == "WP3" and r["field"] == "Start month")
    assert start["deltas"] == [2] and start["status"] == ["reference", "changed"]
    total = next(r for r in document["sections"][3]["rows"]
                 if r["item"] == "Total" and r["field"] == "Total eligible costs")
    assert Decimal(total["values"][0]) - Decimal(total["values"][1]) == -Decimal(
        total["deltas"][0])
    assert total["percent"][0].startswith("-")
    everything = comparison_document(comparison, everything=True)
    assert sum(len(s["rows"]) for s in everything["sections"]) == len(comparison.rows)


def test_every_rule_has_an_outcome_worst_finding_first(demo_path: Path) -> None:
    workspace = Workspace.open(demo_path, read_only=True)
    try:
        with workspace.sessions() as session:
            snapshot = load_snapshot(session, find_project_id(session, None))
    finally:
        workspace.close()
    outcomes = check_outcomes(snapshot)
    assert [o.rule for o in outcomes] == list(RULES)
    from consortium_planner.rules.engine import run_checks

    failing = {f.rule for f in run_checks(snapshot)}
    assert {o.rule for o in outcomes if o.status != CHECK_PASSES} == failing
    assert all(o.messages for o in outcomes if o.status != CHECK_PASSES)


def test_an_acronym_holding_the_version_separator_is_found_whole(demo_path: Path) -> None:
    workspace = Workspace.open(demo_path)
    try:
        with workspace.sessions() as session:
            source = find_project_id(session, "CIRCOMP")
        EditingService(workspace).duplicate_project(source, "CIRCOMP@B")
        with workspace.sessions() as session:
            assert resolve_side(session, "CIRCOMP@B").project.acronym == "CIRCOMP@B"
            with pytest.raises(SideError, match="CIRCOMP@C: CIRCOMP has no version 'C'"):
                resolve_side(session, "CIRCOMP@C")
            with pytest.raises(SideError, match="names no project"):
                resolve_side(session, "  ")
    finally:
        workspace.close()
