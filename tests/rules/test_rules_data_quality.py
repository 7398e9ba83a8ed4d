"""Data rules: malformed, inconsistent or missing entries, found and explained."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from rules_consortia import only, organisation_of, participant_of, with_organisation

from consortium_planner.rules import data_quality
from consortium_planner.rules.engine import run_checks
from consortium_planner.rules.profiles import get_profile

DATA_RULES = [
    "pic_format", "vat_format", "nuts_region", "region_category_missing", "sme_class",
    "single_coordinator", "wp_months", "task_months", "deliverable_due", "milestone_due",
    "wp_lead", "wp_effort", "personnel_rate", "participant_effort", "participant_costs",
    "subcontracting_share", "duplicate_organisation",
]


def test_base_has_no_data_findings(base_snapshot) -> None:
    assert [f for check in data_quality.CHECKS for f in check(base_snapshot)] == []


def test_rule_ids() -> None:
    assert [check.__name__ for check in data_quality.CHECKS] == DATA_RULES


# --- organisations ---------------------------------------------------------------------------


def test_pic_format(base_snapshot) -> None:
    [wrong] = data_quality.pic_format(with_organisation(base_snapshot, 2, pic="12345678"))
    assert wrong.severity == "error" and wrong.participants == (2,)
    assert "'12345678' of participant 2 (SME1)" in wrong.message and "9 digits" in wrong.message
    [missing] = data_quality.pic_format(with_organisation(base_snapshot, 3, pic=None))
    assert missing.severity == "info" and "has no PIC yet" in missing.message


def test_vat_format(base_snapshot) -> None:
    [finding] = data_quality.vat_format(with_organisation(base_snapshot, 1, vat="IT0123456789"))
    assert finding.severity == "warning"
    assert "'IT0123456789' of participant 1 (CLU)" in finding.message
    assert "Italy" in finding.message and "IT" in finding.fix
    assert "format" in finding.message
    [digit] = data_quality.vat_format(with_organisation(base_snapshot, 1, vat="IT01234560158"))
    assert "check digit is wrong" in digit.message
    spaced = with_organisation(base_snapshot, 1, vat="IT 012 345 601 57")
    assert data_quality.vat_format(spaced) == []


@pytest.mark.parametrize(
    ("nuts2", "severity", "words"),
    [("", "warning", "has no NUTS 2 region"),
     ("XX99", "error", "not a NUTS 2 region"),
     ("DE11", "error", "lies in DE")],
)
def test_nuts_region(base_snapshot, nuts2: str, severity: str, words: str) -> None:
    [finding] = data_quality.nuts_region(with_organisation(base_snapshot, 2, nuts2=nuts2))
    assert finding.severity == severity and words in finding.message
    assert finding.participants == (2,)


def test_nuts_region_accepts_2021_and_2016_codes_in_the_country(base_snapshot) -> None:
    snapshot = with_organisation(base_snapshot, 2, nuts2="ITH5")
    snapshot = with_organisation(snapshot, 5, country="HR", nuts2="HR02")  # NUTS 2021 only
    assert data_quality.nuts_region(snapshot) == []


def test_region_category_missing_is_a_warning_when_the_call_uses_categories(load, document):
    organisation_of(document, 2).update(country="DE", nuts2="DE11", vat="DE123456789")
    [finding] = only(run_checks(load(document)), "region_category_missing")
    assert finding.severity == "warning" and finding.participants == (2,)
    assert "DE11" in finding.message and "Region categories" in finding.fix


def test_region_category_missing_is_info_without_category_rules(load, document) -> None:
    document["project"]["call"] = "generic"
    organisation_of(document, 2).update(country="DE", nuts2="DE11", vat="DE123456789")
    [finding] = only(run_checks(load(document)), "region_category_missing")
    assert finding.severity == "info"


def test_region_category_set_in_the_workspace_counts(load, document) -> None:
    organisation_of(document, 2).update(country="DE", nuts2="DE11", vat="DE123456789",
                                        region_category="more_developed")
    snapshot = load(document)
    assert snapshot.participant(2).region_category.source.startswith("workspace:")
    assert only(run_checks(snapshot), "region_category_missing") == []


@pytest.mark.parametrize(
    ("fields", "words"),
    [({"org_type": "sme", "staff_headcount": 250, "turnover": Decimal("60000000")},
      "typed as an SME"),
     ({"org_type": "large_enterprise", "staff_headcount": 49, "turnover": Decimal("10000000")},
      "typed as a large enterprise"),
     ({"sme_class": "micro", "staff_headcount": 20}, "entered as micro")],
)
def test_sme_class_inconsistent(base_snapshot, fields: dict, words: str) -> None:
    [finding] = data_quality.sme_class(with_organisation(base_snapshot, 2, **fields))
    assert finding.severity == "warning" and words in finding.message
    assert "Recommendation 2003/361/EC" in finding.message


def test_sme_class_consistent_at_the_ceiling(base_snapshot) -> None:
    snapshot = with_organisation(base_snapshot, 2, staff_headcount=249, sme_class="medium",
                                 turnover=Decimal("50000000.00"))
    assert data_quality.sme_class(snapshot) == []


def test_single_coordinator(load, document) -> None:
    participant_of(document, 3)["role"] = "coordinator"
    [finding] = only(run_checks(load(document)), "single_coordinator")
    assert finding.severity == "error" and finding.participants == (1, 3)


# --- work plan -------------------------------------------------------------------------------


def _with_wp(snapshot, number: int, **fields):
    work_packages = tuple(
        replace(wp, **fields) if wp.number == number else wp for wp in snapshot.work_packages
    )
    return replace(snapshot, work_packages=work_packages)


def test_wp_months_outside_the_project(base_snapshot) -> None:
    [finding] = data_quality.wp_months(_with_wp(base_snapshot, 2, end_month=37))
    assert finding.severity == "error" and finding.work_packages == (2,)
    assert "WP2 runs M1-M37, outside the project's months M1-M36" in finding.message


def test_task_months(load, document) -> None:
    document["work_packages"][1]["tasks"][0]["end_month"] = 31  # WP2 ends in M30
    [finding] = only(run_checks(load(document)), "task_months")
    assert finding.severity == "warning" and "Task 2.1 runs M1-M31" in finding.message


def test_task_months_outside_the_project(base_snapshot) -> None:
    wp = base_snapshot.work_package(1)
    task = replace(wp.tasks[0], end_month=40)
    [finding] = data_quality.task_months(_with_wp(base_snapshot, 1, tasks=(task,)))
    assert finding.severity == "error" and finding.work_packages == (1,)


@pytest.mark.parametrize(("due", "found"), [(30, False), (31, True)])
def test_deliverable_due_within_its_work_package(load, document, due: int, found: bool) -> None:
    document["work_packages"][1]["deliverables"][0]["due_month"] = due
    findings = only(run_checks(load(document)), "deliverable_due")
    assert bool(findings) is found
    if found:
        assert findings[0].severity == "warning"
        assert "D2.1 is due in M31, while its work package WP2 runs M1-M30" in findings[0].message


def test_deliverable_due_after_the_project(base_snapshot) -> None:
    wp = base_snapshot.work_package(3)
    late = replace(wp.deliverables[0], due_month=37)
    [finding] = data_quality.deliverable_due(_with_wp(base_snapshot, 3, deliverables=(late,)))
    assert finding.severity == "error"


@pytest.mark.parametrize(("due", "found"), [(30, False), (31, True)])
def test_milestone_due_within_its_work_packages(load, document, due: int, found: bool) -> None:
    document["milestones"][0]["due_month"] = due  # MS1 belongs to WP2 (M1-M30)
    findings = only(run_checks(load(document)), "milestone_due")
    assert bool(findings) is found
    if found:
        assert findings[0].work_packages == (2,)
        assert "MS1 is due in M31" in findings[0].message


def test_wp_lead_missing_or_without_effort(load, document) -> None:
    document["work_packages"][0]["lead"] = None
    document["work_packages"][1]["lead"] = 5  # participant 5 has no effort in WP2
    findings = only(run_checks(load(document)), "wp_lead")
    assert [(f.work_packages, f.participants) for f in findings] == [((1,), ()), ((2,), (5,))]
    assert "WP1 'Management' has no lead participant" in findings[0].message
    assert "Participant 5 (SME2) leads WP2 but has no person-months in it" in findings[1].message


def test_wp_effort(load, document) -> None:
    document["work_packages"].append(
        {"number": 4, "title": "Dissemination", "lead": 1, "start_month": 1, "end_month": 36}
    )
    findings = run_checks(load(document))
    [finding] = only(findings, "wp_effort")
    assert finding.work_packages == (4,) and "WP4 'Dissemination'" in finding.message


# --- effort and costs ------------------------------------------------------------------------


def test_personnel_rate(load, document) -> None:
    participant_of(document, 4)["monthly_personnel_cost"] = "0.00"
    findings = run_checks(load(document))
    [finding] = only(findings, "personnel_rate")
    assert finding.severity == "error" and finding.participants == (4,)
    assert "40.00 person-months but no monthly personnel cost" in finding.message
    assert only(findings, "participant_costs")[0].participants == (4,)


def test_personnel_rate_not_raised_when_cost_lines_hold_personnel(load, document) -> None:
    participant_of(document, 4)["monthly_personnel_cost"] = "0.00"
    document["costs"].append({"participant": 4, "category": "A", "amount": "400000.00"})
    findings = run_checks(load(document))
    assert only(findings, "personnel_rate") == []
    assert only(findings, "personnel_costs")[0].severity == "info"


def test_participant_effort(load, document) -> None:
    document["effort"] = [e for e in document["effort"] if e["participant"] != 4]
    findings = run_checks(load(document))
    [finding] = only(findings, "participant_effort")
    assert finding.participants == (4,)
    assert "Participant 4 (UNI) has no person-months" in finding.message


def test_subcontracting_share_at_the_threshold(load, document) -> None:
    """Participant 2 has 428,000.00 without subcontracting; 30 % of the total is the limit."""
    document["costs"].append({"participant": 2, "category": "B", "amount": "183428.57"})
    assert only(run_checks(load(document)), "subcontracting_share") == []
    document["costs"][-1]["amount"] = "183428.58"
    [finding] = only(run_checks(load(document)), "subcontracting_share")
    assert finding.participants == (2,)
    assert "30 %" in finding.message and "participant 2 (SME1)" in finding.message


# --- duplicates ------------------------------------------------------------------------------


def _second_record(snapshot, **fields):
    """Participant 2 made a different record that shares something with participant 1's."""
    return with_organisation(snapshot, 2, id=999, **fields)


@pytest.mark.parametrize(
    ("fields", "severity", "words"),
    [({"pic": "900000001"}, "error", "the same PIC"),
     ({"vat": "IT 0123 4560 157"}, "error", "the same VAT number"),
     ({"legal_name": "LOMBARDY MOBILITY CLUSTER S.r.l."}, "warning",
      "the same legal name and country")],
)
def test_duplicate_organisation(base_snapshot, fields: dict, severity: str, words: str) -> None:
    [finding] = data_quality.duplicate_organisation(_second_record(base_snapshot, **fields))
    assert finding.severity == severity and finding.participants == (1, 2)
    assert words in finding.message


def test_same_name_in_another_country_is_not_a_duplicate(base_snapshot) -> None:
    snapshot = _second_record(base_snapshot, legal_name="Lombardy Mobility Cluster",
                              country="AT")
    assert data_quality.duplicate_organisation(snapshot) == []


def test_profile_thresholds_come_from_the_profile(base_snapshot) -> None:
    generic = replace(base_snapshot, profile=get_profile("generic"))
    assert generic.profile.subcontracting_max_share is None
    assert data_quality.subcontracting_share(generic) == []
