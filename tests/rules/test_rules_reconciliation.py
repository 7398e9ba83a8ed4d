"""Reconciliation: personnel from effort x rate against cost lines, effort against staff and
months, and the budget's split by participant, country and region category."""

from __future__ import annotations

import tomllib
from dataclasses import replace
from decimal import Decimal

import pytest
from rules_consortia import only, organisation_of, set_support

from consortium_planner.domain.money import ZERO
from consortium_planner.rules import reconciliation
from consortium_planner.rules.engine import run_checks
from consortium_planner.rules.profiles import get_profile, parse_profile


def test_report_of_the_base(base_snapshot) -> None:
    report = reconciliation.reconciliation(base_snapshot)
    totals = base_snapshot.budget.totals
    assert report.total_eligible == totals["total_eligible"] == Decimal("2756800.00")
    for lines in (report.participants, report.countries, report.region_categories):
        assert sum((line.total_eligible for line in lines), ZERO) == totals["total_eligible"]
        assert sum((line.eu_contribution for line in lines), ZERO) == totals["eu_contribution"]
        assert sum((line.person_months for line in lines), ZERO) == totals["person_months"]
    assert [line.key for line in report.countries] == ["ES", "IT", "PT"]
    assert [(line.key, line.participants) for line in report.region_categories] == [
        ("transition", (5,)), ("more_developed", (1, 2, 3, 4))]
    coordinator = report.participants[0]
    assert coordinator.label == "1 CLU"
    assert coordinator.total_eligible == Decimal("1044800.00")
    personnel = report.personnel[1]
    assert (personnel.person_months, personnel.from_effort, personnel.from_cost_lines) == (
        Decimal("40.00"), Decimal("400000.00"), ZERO)
    assert personnel.implied_monthly_rate == Decimal("10000.00")
    assert [(w.number, w.months, w.person_months) for w in report.work_packages] == [
        (1, 36, Decimal("60.00")), (2, 30, Decimal("60.00")), (3, 31, Decimal("80.00"))]


def test_unknown_country_and_category_are_grouped_last(load, document) -> None:
    organisation_of(document, 5).update(country="DE", nuts2="DE11", vat="DE123456789")
    report = reconciliation.reconciliation(load(document))
    assert report.region_categories[-1].key == "unknown"
    assert report.region_categories[-1].label == "No known category"


def test_personnel_counted_twice(load, document) -> None:
    document["costs"].append({"participant": 3, "category": "A", "description": "Researchers",
                              "amount": "50000.00"})
    [finding] = only(run_checks(load(document)), "personnel_costs")
    assert finding.severity == "warning" and finding.participants == (3,)
    assert "40.00 person-months x EUR 10,000.00 = EUR 400,000.00" in finding.message
    assert "EUR 50,000.00" in finding.message


def test_personnel_cost_lines_without_effort(load, document) -> None:
    document["effort"] = [e for e in document["effort"] if e["participant"] != 3]
    document["costs"].append({"participant": 3, "category": "A", "amount": "50000.00"})
    [finding] = only(run_checks(load(document)), "personnel_costs")
    assert finding.severity == "warning" and "no person-months" in finding.message


@pytest.mark.parametrize(("person_months", "found"), [("31", False), ("31.01", True)])
def test_effort_capacity_in_a_work_package(load, document, person_months: str,
                                           found: bool) -> None:
    """One staff member can give at most 31 person-months to WP3 (M6-M36)."""
    organisation_of(document, 2)["staff"] = 1
    organisation_of(document, 2)["turnover"] = "100000.00"
    for effort in document["effort"]:
        if effort["participant"] == 2:
            effort["person_months"] = person_months if effort["work_package"] == 3 else "1"
    findings = only(run_checks(load(document)), "effort_capacity")
    assert bool(findings) is found
    if found:
        assert findings[0].work_packages == (3,)
        assert "31.01 person-months in WP3" in findings[0].message
        assert "1 staff can work in 31 months" in findings[0].message


def test_effort_capacity_over_the_project(load, document) -> None:
    organisation_of(document, 2)["staff"] = 1
    organisation_of(document, 2)["turnover"] = "100000.00"
    for effort in document["effort"]:
        if effort["participant"] == 2:
            effort["person_months"] = "18.5"  # 37 in all: each WP fits, the project does not
    [finding] = only(run_checks(load(document)), "effort_capacity")
    assert finding.work_packages == () and "in the project" in finding.message


@pytest.mark.parametrize(("amount", "found"), [("713333.33", False), ("713333.34", True)])
def test_budget_share_at_forty_percent(load, document, amount: str, found: bool) -> None:
    findings = only(run_checks(load(set_support(document, amount, quantity="20"))),
                    "budget_share")
    assert bool(findings) is found
    if found:
        assert findings[0].participants == (1,)
        assert "more than 40 %" in findings[0].message


def test_budget_share_threshold_from_the_profile(base_snapshot) -> None:
    """The coordinator holds 37.9 %: fine by the default 40 %, too much for a 30 % profile."""
    assert reconciliation.budget_share(base_snapshot) == []
    strict = replace(base_snapshot,
                     profile=replace(base_snapshot.profile, participant_share_max=Decimal("0.3")))
    [finding] = reconciliation.budget_share(strict)
    assert "37.9 %" in finding.message and "more than 30 %" in finding.message


def test_profile_file_may_set_the_share() -> None:
    path = get_profile("i3-strand1").path
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert parse_profile(data, path).participant_share_max is None
    data["consortium"]["participant_share_max"] = "0.35"
    assert parse_profile(data, path).participant_share_max == Decimal("0.35")
