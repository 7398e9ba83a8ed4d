"""The value-chain rules (rules/value_chain.py), each just met and just broken, and how a call
profile states them ([value_chain], [thematic_priority])."""

from __future__ import annotations

import tomllib
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from rules_consortia import with_organisation, with_participant

from consortium_planner.domain.call_profile import RolesRule, SharedAreaRule, ShareRule
from consortium_planner.domain.project import ProjectSnapshot
from consortium_planner.paths import resources_dir
from consortium_planner.reference.startups import default_startup_rule
from consortium_planner.rules import value_chain
from consortium_planner.rules.engine import RULES
from consortium_planner.rules.profiles import ProfileError, parse_profile

# base: participants 2 and 5 are the SMEs, 1 the cluster; regions ITC4 ITH5 ES51 ES30 PT15
COMPANY_EU = Decimal("599200.00")  # 2 x 428,000.00 at 70 %
TOTAL_EU = Decimal("2500000.00")
REGIONS = ("ITC4", "ITH5", "ES51", "ES30", "PT15")


def with_rules(snapshot: ProjectSnapshot, **rules: object) -> ProjectSnapshot:
    profile = snapshot.profile
    return replace(snapshot, profile=replace(
        profile, value_chain=replace(profile.value_chain, **rules)))


def test_shipped_i3_profile_states_the_value_chain_rules(base_snapshot) -> None:
    rules = base_snapshot.profile.value_chain
    assert rules.company_share is not None and rules.company_share.minimum == Decimal("0.7")
    assert rules.company_share.verify and "70 %" in rules.company_share.source
    assert rules.required_roles is not None and rules.required_roles.verify
    assert rules.shared_s3_area is not None and rules.shared_s3_area.severity == "error"
    assert base_snapshot.profile.thematic.required and base_snapshot.profile.thematic.source
    for rule_id in ("company_share", "sme_share", "required_roles", "shared_s3_area",
                    "thematic_priority"):
        assert rule_id in RULES


@pytest.mark.parametrize(("minimum", "found"), [
    (COMPANY_EU / TOTAL_EU, False),  # exactly the share: met
    (COMPANY_EU / TOTAL_EU + Decimal("0.000001"), True),  # a millionth more: broken
])
def test_company_share_just_met_and_just_broken(base_snapshot, minimum, found) -> None:
    assert base_snapshot.budget.totals["eu_contribution"] == TOTAL_EU
    snapshot = with_rules(base_snapshot, company_share=ShareRule(
        source="test", verify=True, minimum=minimum, severity="warning"))
    findings = value_chain.company_share(snapshot)
    assert bool(findings) == found
    if found:
        [finding] = findings
        assert finding.severity == "warning" and finding.participants == (2, 5)
        assert "EUR 599,200.00, 23.97 % of the EU contribution of EUR 2,500,000.00" in \
            finding.message
        assert "(check against the call document)" in finding.message


def test_company_share_counts_large_enterprises(base_snapshot) -> None:
    minimum = (COMPANY_EU + Decimal("428000.00")) / TOTAL_EU  # P3 at 100 %
    rule = ShareRule(minimum=minimum)
    snapshot = with_rules(base_snapshot, company_share=rule)
    assert value_chain.company_share(snapshot)
    large = with_organisation(snapshot, 3, org_type="large_enterprise")
    assert value_chain.company_share(large) == []


@pytest.mark.parametrize(("minimum", "found"), [
    (Decimal("0.23968"), False), (Decimal("0.23969"), True)])
def test_sme_share_just_met_and_just_broken(base_snapshot, minimum, found) -> None:
    snapshot = with_rules(base_snapshot, sme_share=ShareRule(minimum=minimum, severity="error"))
    findings = value_chain.sme_share(snapshot)
    assert bool(findings) == found
    assert all(f.severity == "error" and f.message.startswith("SMEs") for f in findings)


def test_required_roles_just_met_and_just_broken(base_snapshot) -> None:
    rule = RolesRule(roles=("research_technology_provider", "end_user"), source="s")
    snapshot = with_rules(base_snapshot, required_roles=rule)
    snapshot = with_participant(snapshot, 3, value_chain_roles=("research_technology_provider",))
    [finding] = value_chain.required_roles(snapshot)
    assert "role end user / customer;" in finding.message
    assert "asks for research and technology provider and end user / customer" in \
        finding.message
    met = with_participant(snapshot, 2, value_chain_roles=("end_user", "manufacturer"))
    assert value_chain.required_roles(met) == []


def test_shared_s3_area_just_met_and_just_broken(base_snapshot) -> None:
    areas = {code: ("Advanced manufacturing", "Agrifood") for code in REGIONS}
    snapshot = replace(base_snapshot, s3_areas=areas)
    assert value_chain.shared_s3_area(snapshot) == []
    # one region with other areas only: nothing is shared by all, and it shares nothing
    broken = replace(base_snapshot, s3_areas={**areas, "PT15": ("Tourism",)})
    [finding] = value_chain.shared_s3_area(broken)
    assert finding.severity == "error"
    assert "5 regions have no smart-specialisation (S3) area in common" in finding.message
    assert "PT15 shares no area with any other region" in finding.message
    # one shared area is enough, spelt differently
    just = replace(base_snapshot, s3_areas={**areas, "PT15": ("Tourism", "agrifood")})
    assert value_chain.shared_s3_area(just) == []


def test_shared_s3_area_asks_for_the_areas_first(base_snapshot) -> None:
    snapshot = replace(base_snapshot, s3_areas={"ITC4": ("Agrifood",)})
    [finding] = value_chain.shared_s3_area(snapshot)
    assert finding.severity == "warning"
    assert "recorded for 4 regions of the participants (ES30, ES51, ITH5, PT15)" in \
        finding.message


def test_no_rule_no_finding(base_snapshot) -> None:
    snapshot = with_rules(base_snapshot, company_share=None, sme_share=None,
                          required_roles=None, shared_s3_area=None)
    for check in value_chain.CHECKS[:4]:
        assert check(snapshot) == []
    assert value_chain.shared_s3_area(with_rules(
        replace(base_snapshot, s3_areas={}), shared_s3_area=SharedAreaRule())) != []


@pytest.mark.parametrize(("priority", "found"), [
    ("Smart manufacturing", False), ("  smart   MANUFACTURING ", False), ("Space", True),
    ("", True)])
def test_thematic_priority(base_snapshot, priority: str, found: bool) -> None:
    snapshot = replace(base_snapshot,
                       project=replace(base_snapshot.project, thematic_priority=priority))
    findings = value_chain.thematic_priority(snapshot)
    assert bool(findings) == found
    if found:
        assert "'Digital transition', 'Green transition' or 'Smart manufacturing'" in \
            findings[0].message


def _profile(extra: str) -> dict:
    text = (resources_dir() / "calls" / "generic.toml").read_text(encoding="utf-8")
    return tomllib.loads(text + "\n" + extra)


def test_profile_reads_the_value_chain_tables() -> None:
    profile = parse_profile(_profile('''
[[value_chain.roles]]
key = "recycler"
label = "Recycler"
stage = 6

[value_chain.sme_share]
min_share_of_eu_contribution = "0.30"
source = "call text 4.2"

[value_chain.startups]
younger_than_years = 5
org_types = ["sme"]
source = "call annex"
'''), Path("x.toml"))
    rules = profile.value_chain
    assert [(r.key, r.label, r.stage) for r in rules.roles] == [("recycler", "Recycler", 6)]
    supporting = parse_profile(_profile(
        '[[value_chain.roles]]\nkey = "broker"\nstage = "supporting"\n'
        '[[value_chain.roles]]\nkey = "auditor"'), Path("z.toml")).value_chain.roles
    assert [(r.key, r.stage) for r in supporting] == [("broker", None), ("auditor", None)]
    assert rules.sme_share == ShareRule(source="call text 4.2", minimum=Decimal("0.3"))
    assert rules.startups is not None and rules.startups.younger_than_years == 5
    assert rules.startups.org_types == frozenset({"sme"})
    # without a definition of its own, a profile counts start-ups as the app does
    assert parse_profile(_profile(""), Path("y.toml")).value_chain.startups == \
        default_startup_rule()
    assert default_startup_rule().younger_than_years == 10 and default_startup_rule().source


@pytest.mark.parametrize("extra", [
    '[value_chain.company_share]\nmin_share_of_eu_contribution = "150 %"',
    '[value_chain.company_share]\nmin_share_of_eu_contribution = "0.5"\nseverity = "fatal"',
    '[value_chain.required_roles]\nsource = "no roles"',
    '[value_chain.startups]\nyounger_than_years = 0',
    '[[value_chain.roles]]\nkey = "recycler"\nstage = "late"',
    '[[value_chain.roles]]\nkey = "recycler"\nstage = -1',
])
def test_broken_value_chain_tables_are_refused(extra: str) -> None:
    with pytest.raises(ProfileError):
        parse_profile(_profile(extra), Path("bad.toml"))
