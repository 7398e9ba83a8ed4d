"""Consortium rules: for each, a consortium that meets it only just and one that breaks it only
just, loaded through the project JSON path (the base document meets every rule only just)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from rules_consortia import (
    BASE_EU_WITHOUT_SUPPORT,
    fit_duration,
    only,
    organisation_of,
    participant_of,
    set_support,
    with_organisation,
    with_participant,
)

from consortium_planner.domain.call_profile import RegionMixOption
from consortium_planner.domain.vocab import RegionCategory
from consortium_planner.rules import consortium
from consortium_planner.rules.engine import run_checks

CONSORTIUM_RULES = [
    "min_participants", "min_countries", "min_regions", "region_categories", "coordinator",
    "eligible_countries", "duration", "eu_contribution", "third_party_support_cap",
]


def test_base_meets_every_rule(load, document) -> None:
    snapshot = load(document)
    assert snapshot.profile.id == "i3-strand1"
    assert snapshot.budget.totals["eu_contribution"] == Decimal("2500000.00")
    # the value chain is not part of the base (no roles, no S3 areas, few companies): its own
    # rules are tested in test_rules_value_chain.py
    assert [f.rule for f in run_checks(snapshot)] == [
        "company_share", "required_roles", "shared_s3_area"]


def test_consortium_rule_ids_are_fixed() -> None:
    assert [check.__name__ for check in consortium.CHECKS] == CONSORTIUM_RULES


# --- min_participants ------------------------------------------------------------------------


@pytest.mark.parametrize("role", ["associated_partner", "affiliated_entity"])
def test_min_participants_breaks_with_four_partners(load, document, role: str) -> None:
    participant_of(document, 2)["role"] = role
    [finding] = only(run_checks(load(document)), "min_participants")
    assert finding.severity == "error"
    assert finding.participants == (1, 3, 4, 5)
    assert "4 partners" in finding.message and "at least 5" in finding.message
    assert "Participant 2 (SME1) is not counted" in finding.message
    assert "check against the call document" in finding.message


def test_min_participants_met_by_five_partners_and_an_associated_partner(load, document) -> None:
    document["organisations"].append(
        {"key": "ext", "legal_name": "Oslo Partner AS", "org_type": "sme", "country": "NO",
         "nuts2": "NO08"}
    )
    document["participants"].append(
        {"number": 6, "organisation": "ext", "role": "associated_partner",
         "monthly_personnel_cost": "0.00"}
    )
    findings = run_checks(load(document))
    assert only(findings, "min_participants") == []
    assert only(findings, "eligible_countries") == []  # associated partners may be anywhere


# --- min_countries ---------------------------------------------------------------------------


def test_min_countries_breaks_with_two_countries(load, document) -> None:
    organisation_of(document, 5).update(country="ES", nuts2="ES12", vat="ESB1234567X")
    [finding] = only(run_checks(load(document)), "min_countries")
    assert finding.severity == "error"
    assert "2 countries (ES, IT)" in finding.message and "at least 3" in finding.message
    assert "1 more eligible country" in finding.fix


def test_min_countries_met_with_three(load, document) -> None:
    assert only(run_checks(load(document)), "min_countries") == []


def test_min_countries_counts_greece_once_whichever_code(base_snapshot) -> None:
    snapshot = with_organisation(base_snapshot, 3, country="GR", nuts2="EL30")
    snapshot = with_organisation(snapshot, 4, country="GR", nuts2="EL43")
    snapshot = with_organisation(snapshot, 5, country="EL", nuts2="EL52")
    [finding] = consortium.min_countries(snapshot)
    assert "2 countries (EL, IT)" in finding.message


# --- min_regions -----------------------------------------------------------------------------


def test_min_regions_breaks_with_four_regions(load, document) -> None:
    organisation_of(document, 4)["nuts2"] = "ES51"  # the region of participant 3
    [finding] = only(run_checks(load(document)), "min_regions")
    assert finding.severity == "error"
    assert "4 NUTS 2 regions (ES51, ITC4, ITH5, PT15)" in finding.message


def test_min_regions_met_with_five(load, document) -> None:
    assert only(run_checks(load(document)), "min_regions") == []


def test_min_regions_names_partners_without_a_region(base_snapshot) -> None:
    [finding] = consortium.min_regions(with_organisation(base_snapshot, 2, nuts2=""))
    assert "Participant 2 (SME1) has no NUTS 2 region" in finding.message


# --- region_categories -----------------------------------------------------------------------


def test_region_categories_breaks_without_a_transition_partner(load, document) -> None:
    organisation_of(document, 5)["nuts2"] = "PT17"  # Lisboa: more developed
    [finding] = only(run_checks(load(document)), "region_categories")
    assert finding.severity == "error"
    assert "at least 1 partner in a less developed, transition or outermost region" in (
        finding.message
    )
    assert "5 partners (1, 2, 3, 4 and 5) in more developed regions" in finding.message


def test_region_categories_met_by_one_transition_partner(load, document) -> None:
    snapshot = load(document)
    assert snapshot.participant(5).region_category.category == "transition"
    assert only(run_checks(snapshot), "region_categories") == []


def test_region_categories_override_wins(load, document) -> None:
    organisation_of(document, 5)["nuts2"] = "PT17"
    participant_of(document, 5).update(
        region_category_override="transition",
        region_category_override_reason="test: category set by the managing authority",
    )
    assert only(run_checks(load(document)), "region_categories") == []


def test_region_categories_names_regions_without_a_category(load, document) -> None:
    organisation_of(document, 5).update(country="DE", nuts2="DE11", vat="DE123456789")
    findings = run_checks(load(document))
    [finding] = only(findings, "region_categories")
    assert "Participant 5 (SME2) has no known region category" in finding.message
    assert only(findings, "region_category_missing")


def _in_region(snapshot, number: int, nuts2: str, category: RegionCategory):
    snapshot = with_organisation(snapshot, number, nuts2=nuts2)
    info = snapshot.participant(number).region_category
    return with_participant(snapshot, number, region_category=type(info)(category, "test"))


def test_region_mix_option_needs_distinct_regions(base_snapshot) -> None:
    """'At least 2 partners in 2 different less developed regions', at the boundary."""
    option = RegionMixOption("two less developed", frozenset({RegionCategory.LESS_DEVELOPED}),
                             min_participants=2, min_distinct_regions=2)
    same = _in_region(base_snapshot, 4, "ITF6", RegionCategory.LESS_DEVELOPED)
    same = _in_region(same, 5, "ITF6", RegionCategory.LESS_DEVELOPED)
    assert not consortium.region_mix_met(option, consortium.partners(same))
    different = _in_region(same, 5, "ITF3", RegionCategory.LESS_DEVELOPED)
    assert consortium.region_mix_met(option, consortium.partners(different))


# --- coordinator -----------------------------------------------------------------------------


def test_coordinator_breaks_when_an_sme(load, document) -> None:
    organisation_of(document, 1).update(org_type="sme", profit=None)
    [finding] = only(run_checks(load(document)), "coordinator")
    assert finding.severity == "error" and finding.participants == (1,)
    assert "participant 1 (CLU), is of type 'SME'" in finding.message
    assert "cluster organisation" in finding.message


@pytest.mark.parametrize("org_type", ["research_organisation", "public_authority"])
def test_coordinator_met_by_admitted_types(load, document, org_type: str) -> None:
    organisation_of(document, 1)["org_type"] = org_type
    assert only(run_checks(load(document)), "coordinator") == []


def test_coordinator_missing(load, document) -> None:
    participant_of(document, 1)["role"] = "beneficiary"
    [finding] = only(run_checks(load(document)), "coordinator")
    assert finding.message.startswith("No participant has the coordinator role.")


def _strand2a_with_coordinator_5(document: dict[str, Any], profit: bool) -> dict[str, Any]:
    document["project"]["call"] = "i3-strand2a"
    participant_of(document, 1)["role"] = "beneficiary"
    participant_of(document, 5)["role"] = "coordinator"
    organisation_of(document, 5).update(org_type="association_ngo", profit=profit)
    return document


def test_coordinator_strand2a_met_by_non_profit_in_transition_region(load, document) -> None:
    snapshot = load(_strand2a_with_coordinator_5(document, profit=False))
    assert only(run_checks(snapshot), "coordinator") == []


def test_coordinator_strand2a_breaks_when_profit_making(load, document) -> None:
    [finding] = only(run_checks(load(_strand2a_with_coordinator_5(document, profit=True))),
                     "coordinator")
    assert "is profit-making" in finding.message


def test_coordinator_strand2a_breaks_in_more_developed_region(load, document) -> None:
    document["project"]["call"] = "i3-strand2a"
    [finding] = only(run_checks(load(document)), "coordinator")
    assert "lies in a more developed region" in finding.message
    assert "less developed, transition or outermost region" in finding.message


# --- eligible_countries ----------------------------------------------------------------------


def _move_to_norway(document: dict[str, Any]) -> dict[str, Any]:
    organisation_of(document, 4).update(country="NO", nuts2="NO08", vat=None)
    return document


def test_eligible_countries_breaks_with_a_norwegian_beneficiary(load, document) -> None:
    [finding] = only(run_checks(load(_move_to_norway(document))), "eligible_countries")
    assert finding.severity == "error" and finding.participants == (4,)
    assert "Participant 4 (UNI) is based in Norway (NO)" in finding.message


def test_eligible_countries_met_where_the_call_admits_norway(load, document) -> None:
    document["project"]["call"] = "generic"  # EU + IS, LI, NO
    assert only(run_checks(load(_move_to_norway(document))), "eligible_countries") == []


@pytest.mark.parametrize(("country", "name"), [
    ("TW", "Taiwan"), ("BR", "Brazil"), ("CN", "China"), ("RU", "Russia"), ("AU", "Australia"),
    ("US", "United States"), ("CH", "Switzerland"), ("UA", "Ukraine"), ("XK", "Kosovo"),
])
def test_a_third_country_partner_is_recorded_and_the_check_explains(
        load, document, country: str, name: str) -> None:
    organisation_of(document, 4).update(country=country, nuts2="", vat=None)
    snapshot = load(document)
    assert snapshot.participant(4).organisation.country == country  # recorded as it is
    [finding] = only(run_checks(snapshot), "eligible_countries")
    assert finding.severity == "error" and finding.participants == (4,)
    assert f"Participant 4 (UNI) is based in {name} ({country})" in finding.message
    assert "not an eligible country for this call" in finding.message
    assert "associated partners without ERDF funding" in finding.message  # the profile's words
    assert "does not count for the consortium's minimums" in finding.message


def test_a_third_country_partner_does_not_count_for_the_minimums(load, document) -> None:
    organisation_of(document, 5).update(country="BR", nuts2="", vat=None)
    findings = run_checks(load(document))
    [partners] = only(findings, "min_participants")
    assert "4 partners" in partners.message and partners.participants == (1, 2, 3, 4)
    assert "Participant 5 (SME2) is not counted: the call counts only partners from its " \
        "eligible countries" in partners.message
    [countries] = only(findings, "min_countries")
    assert "2 countries (ES, IT)" in countries.message and "(SME2)" in countries.message


def test_a_third_country_partner_counts_where_the_profile_says_so(load, document) -> None:
    document["project"]["call"] = "generic"
    organisation_of(document, 5).update(country="BR", nuts2="", vat=None)
    snapshot = load(document)
    assert not snapshot.profile.count_eligible_only
    assert consortium.partners(snapshot) == [p for p in snapshot.participants
                                             if p.role in consortium.PARTNER_ROLES]
    [finding] = only(run_checks(snapshot), "eligible_countries")
    assert "Brazil (BR)" in finding.message


def test_horizon_europe_counts_associated_countries_not_others(load, document) -> None:
    document["project"]["call"] = "horizon-europe-ria"
    organisation_of(document, 4).update(country="UA", nuts2="", vat=None)  # associated
    organisation_of(document, 5).update(country="US", nuts2="", vat=None)  # not associated
    findings = run_checks(load(document))
    [finding] = only(findings, "eligible_countries")
    assert finding.participants == (5,) and "low- and middle-income" in finding.message
    assert only(findings, "min_countries") == []  # IT, ES, UA


def test_eligible_countries_without_country(base_snapshot) -> None:
    [finding] = consortium.eligible_countries(with_organisation(base_snapshot, 2, country=""))
    assert "has no country" in finding.message


# --- duration --------------------------------------------------------------------------------


@pytest.mark.parametrize("months", [18, 36])
def test_duration_met_at_the_bounds(load, document, months: int) -> None:
    assert only(run_checks(load(fit_duration(document, months))), "duration") == []


@pytest.mark.parametrize(("months", "bound"), [(17, "at least 18"), (37, "at most 36")])
def test_duration_breaks_just_outside(load, document, months: int, bound: str) -> None:
    [finding] = only(run_checks(load(fit_duration(document, months))), "duration")
    assert finding.severity == "error"
    assert f"{months} months" in finding.message and bound in finding.message


# --- eu_contribution -------------------------------------------------------------------------


def _support_for(total_eu: str) -> str:
    return str(Decimal(total_eu) - Decimal(BASE_EU_WITHOUT_SUPPORT))


@pytest.mark.parametrize("total", ["2000000.00", "10000000.00"])
def test_eu_contribution_met_at_the_bounds(load, document, total: str) -> None:
    snapshot = load(set_support(document, _support_for(total), quantity="200"))
    assert snapshot.budget.totals["eu_contribution"] == Decimal(total)
    assert only(run_checks(snapshot), "eu_contribution") == []


@pytest.mark.parametrize(("total", "words"), [("1999999.99", "below the call's minimum"),
                                              ("10000000.01", "above the call's maximum")])
def test_eu_contribution_breaks_by_a_cent(load, document, total: str, words: str) -> None:
    snapshot = load(set_support(document, _support_for(total), quantity="200"))
    [finding] = only(run_checks(snapshot), "eu_contribution")
    assert words in finding.message
    assert "EUR " + f"{Decimal(total):,}" in finding.message


# --- third_party_support_cap -----------------------------------------------------------------


def test_third_party_cap_met_at_the_cap(load, document) -> None:
    set_support(document, "1200000.00", quantity="20", unit_cost="60000.00")
    assert only(run_checks(load(document)), "third_party_support_cap") == []


def test_third_party_cap_breaks_by_a_cent(load, document) -> None:
    set_support(document, "1200000.20", quantity="20", unit_cost="60000.01")
    [finding] = only(run_checks(load(document)), "third_party_support_cap")
    assert finding.participants == (1,) and finding.work_packages == (3,)
    assert "EUR 60,000.01 per third party" in finding.message
    assert "EUR 60,000.00" in finding.message


@pytest.mark.parametrize(("amount", "found"), [("60000.00", False), ("60000.01", True)])
def test_third_party_line_without_quantity_is_one_third_party(
    load, document, amount: str, found: bool
) -> None:
    findings = only(run_checks(load(set_support(document, amount))), "third_party_support_cap")
    assert bool(findings) is found
    if found:
        assert "quantity" in findings[0].fix
