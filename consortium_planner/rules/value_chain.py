"""Value-chain rules of the call: how much of the EU money goes to companies and SMEs, which
roles someone must hold, the smart-specialisation area the regions share, and the project's
thematic priority.

Every threshold is data in the call profile's [value_chain] and [thematic_priority] tables, with
its `source`, `verify` flag and severity; a profile without a table has no such check. The
figures come from `snapshot.value_chain`, the computation the Value chain page and the exports
show, so a message and the page never disagree.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from consortium_planner.domain.call_profile import ShareRule
from consortium_planner.domain.text import fold
from consortium_planner.domain.value_chain import GroupShare, share_percent
from consortium_planner.rules.findings import (
    Finding,
    call_note,
    euros,
    join_words,
    percent,
    plural,
)

if TYPE_CHECKING:
    from consortium_planner.domain.project import ProjectSnapshot


def _share_finding(
    snapshot: ProjectSnapshot, rule: ShareRule | None, group: GroupShare, rule_id: str,
    who: str, kinds: str,
) -> list[Finding]:
    """A finding when `group` gets less than `rule.minimum` of the EU contribution (compared
    exactly, not on the rounded share)."""
    total = snapshot.budget.totals["eu_contribution"]
    if rule is None or total <= 0 or group.eu_contribution >= rule.minimum * total:
        return []
    named = (f" ({plural(group.count, 'participant')}: "
             f"{join_words(str(n) for n in group.participants)})" if group.participants else "")
    return [
        Finding(
            rule.severity,  # type: ignore[arg-type] - checked when the profile is read
            rule_id,
            f"{who}{named} receive {euros(group.eu_contribution)}, "
            f"{share_percent(group.share_of_eu_contribution)} of the EU "
            f"contribution of {euros(total)}; the call profile asks for at least "
            f"{percent(rule.minimum)}{call_note(rule)}.",
            f"Give {kinds} a larger part of the work and budget, or bring in more {kinds} "
            "(the Value chain page shows the shares as you plan).",
            group.participants,
        )
    ]


def company_share(snapshot: ProjectSnapshot) -> list[Finding]:
    chain = snapshot.value_chain
    return _share_finding(snapshot, snapshot.profile.value_chain.company_share, chain.companies,
                          "company_share", "Companies (SMEs and large enterprises)", "companies")


def sme_share(snapshot: ProjectSnapshot) -> list[Finding]:
    chain = snapshot.value_chain
    return _share_finding(snapshot, snapshot.profile.value_chain.sme_share, chain.smes,
                          "sme_share", "SMEs", "SMEs")


def required_roles(snapshot: ProjectSnapshot) -> list[Finding]:
    rule = snapshot.profile.value_chain.required_roles
    if rule is None:
        return []
    chain = snapshot.value_chain
    missing = [key for key in rule.roles if not chain.holders.get(key)]
    if not missing:
        return []
    labels = [chain.label(key).lower() for key in missing]
    return [
        Finding(
            rule.severity,  # type: ignore[arg-type]
            "required_roles",
            f"Nobody in the consortium holds the value-chain "
            f"{'role' if len(missing) == 1 else 'roles'} {join_words(labels)}; the call "
            f"profile asks for {join_words(chain.label(k).lower() for k in rule.roles)}"
            f"{call_note(rule)}.",
            "Tick the role for a participant that plays it (Value chain page), or find a "
            "partner whose usual roles include it (Find partners beside the missing role).",
        )
    ]


def shared_s3_area(snapshot: ProjectSnapshot) -> list[Finding]:
    rule = snapshot.profile.value_chain.shared_s3_area
    if rule is None:
        return []
    s3 = snapshot.value_chain.s3
    if not s3.regions or s3.shared:
        return []
    numbers = tuple(p.number for p in snapshot.participants if p.organisation.nuts2.strip())
    asked = f"the call asks for at least one area shared by all of them{call_note(rule)}"
    if s3.unrecorded:
        return [
            Finding(
                "warning",
                "shared_s3_area",
                f"No smart-specialisation (S3) area is recorded for "
                f"{plural(len(s3.unrecorded), 'region')} of the participants "
                f"({', '.join(s3.unrecorded)}), so the areas the regions share are not known; "
                f"{asked}.",
                "Record each region's S3 priority areas, with their source (the region's "
                "smart specialisation strategy), on the Value chain page.",
                numbers,
            )
        ]
    isolated = (f" {join_words(s3.isolated)} {'shares' if len(s3.isolated) == 1 else 'share'} "
                "no area with any other region." if s3.isolated else "")
    return [
        Finding(
            rule.severity,  # type: ignore[arg-type]
            "shared_s3_area",
            f"The participants' {plural(len(s3.regions), 'region')} have no "
            f"smart-specialisation (S3) area in common; {asked}.{isolated}",
            "Choose partners from regions that share an S3 area with the others, or check the "
            "areas recorded for each region against its smart specialisation strategy.",
            numbers,
        )
    ]


def thematic_priority(snapshot: ProjectSnapshot) -> list[Finding]:
    profile = snapshot.profile
    if not profile.thematic.required or not profile.thematic_priorities:
        return []
    chosen = fold(" ".join(snapshot.project.thematic_priority.split()))
    if chosen in {fold(option) for option in profile.thematic_priorities}:
        return []
    options = join_words((f"'{option}'" for option in profile.thematic_priorities), "or")
    named = snapshot.project.thematic_priority.strip()
    today = f"'{named}' is not one of them" if named else "the project names none"
    return [
        Finding(
            "warning",
            "thematic_priority",
            f"A proposal addresses one of the call's thematic priorities, {options}"
            f"{call_note(profile.thematic)}; {today}.",
            "Choose the project's thematic priority on the Overview or Value chain page.",
        )
    ]


CHECKS: tuple[Callable[[ProjectSnapshot], list[Finding]], ...] = (
    company_share,
    sme_share,
    required_roles,
    shared_s3_area,
    thematic_priority,
)
