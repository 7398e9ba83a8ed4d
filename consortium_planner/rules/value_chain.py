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
from consortium_planner.domain.value_chain import GroupShare
from consortium_planner.rules.findings import Finding, finding
from consortium_planner.reference.messages import (
    Amount,
    CallNote,
    Label,
    Message,
    Percent,
    gettext,
    ngettext,
    words,
)

if TYPE_CHECKING:
    from consortium_planner.domain.project import ProjectSnapshot


def _share_finding(
    snapshot: ProjectSnapshot, rule: ShareRule | None, group: GroupShare, rule_id: str,
    companies: bool,
) -> list[Finding]:
    """A finding when `group` gets less than `rule.minimum` of the EU contribution (compared
    exactly, not on the rounded share)."""
    total = snapshot.budget.totals["eu_contribution"]
    if rule is None or total <= 0 or group.eu_contribution >= rule.minimum * total:
        return []
    figures = {"amount": Amount(group.eu_contribution),
               "share": Percent(group.share_of_eu_contribution, exact=True),
               "total": Amount(total), "minimum": Percent(rule.minimum), "note": CallNote(rule.verify)}
    named = ngettext("{count} participant: {numbers}", "{count} participants: {numbers}",
                     group.count, numbers=words(str(n) for n in group.participants))
    message: Message
    if companies:
        message = gettext(
            "Companies (SMEs and large enterprises) ({named}) receive {amount}, {share} of the "
            "EU contribution of {total}; the call profile asks for at least {minimum}{note}.",
            named=named, **figures) if group.participants else gettext(
            "Companies (SMEs and large enterprises) receive {amount}, {share} of the EU "
            "contribution of {total}; the call profile asks for at least {minimum}{note}.",
            **figures)
        fix = gettext("Give companies a larger part of the work and budget, or bring in more "
                      "companies (the Value chain page shows the shares as you plan).")
    else:
        message = gettext(
            "SMEs ({named}) receive {amount}, {share} of the EU contribution of {total}; the "
            "call profile asks for at least {minimum}{note}.", named=named, **figures
        ) if group.participants else gettext(
            "SMEs receive {amount}, {share} of the EU contribution of {total}; the call "
            "profile asks for at least {minimum}{note}.", **figures)
        fix = gettext("Give SMEs a larger part of the work and budget, or bring in more SMEs "
                      "(the Value chain page shows the shares as you plan).")
    return [finding(rule.severity,  # type: ignore[arg-type] - checked when the profile is read
                    rule_id, message, fix, group.participants)]


def company_share(snapshot: ProjectSnapshot) -> list[Finding]:
    chain = snapshot.value_chain
    return _share_finding(snapshot, snapshot.profile.value_chain.company_share, chain.companies,
                          "company_share", companies=True)


def sme_share(snapshot: ProjectSnapshot) -> list[Finding]:
    chain = snapshot.value_chain
    return _share_finding(snapshot, snapshot.profile.value_chain.sme_share, chain.smes,
                          "sme_share", companies=False)


def required_roles(snapshot: ProjectSnapshot) -> list[Finding]:
    rule = snapshot.profile.value_chain.required_roles
    if rule is None:
        return []
    chain = snapshot.value_chain
    missing = [key for key in rule.roles if not chain.holders.get(key)]
    if not missing:
        return []
    return [
        finding(
            rule.severity,  # type: ignore[arg-type]
            "required_roles",
            ngettext(
                "Nobody in the consortium holds the value-chain role {roles}; the call profile "
                "asks for {asked}{note}.",
                "Nobody in the consortium holds the value-chain roles {roles}; the call "
                "profile asks for {asked}{note}.",
                len(missing),
                roles=words(Label(chain.label(key), lower=True) for key in missing),
                asked=words(Label(chain.label(key), lower=True) for key in rule.roles),
                note=CallNote(rule.verify),
            ),
            gettext("Tick the role for a participant that plays it (Value chain page), or find "
                    "a partner whose usual roles include it (Find partners beside the missing "
                    "role)."),
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
    asked = gettext("the call asks for at least one area shared by all of them{note}",
                    note=CallNote(rule.verify))
    if s3.unrecorded:
        return [
            finding(
                "warning",
                "shared_s3_area",
                ngettext(
                    "No smart-specialisation (S3) area is recorded for {count} region of the "
                    "participants ({regions}), so the areas the regions share are not known; "
                    "{asked}.",
                    "No smart-specialisation (S3) area is recorded for {count} regions of the "
                    "participants ({regions}), so the areas the regions share are not known; "
                    "{asked}.",
                    len(s3.unrecorded), regions=", ".join(s3.unrecorded), asked=asked,
                ),
                gettext("Record each region's S3 priority areas, with their source (the "
                        "region's smart specialisation strategy), on the Value chain page."),
                numbers,
            )
        ]
    common = ngettext(
        "The participants' {count} region have no smart-specialisation (S3) area in common; "
        "{asked}.",
        "The participants' {count} regions have no smart-specialisation (S3) area in common; "
        "{asked}.",
        len(s3.regions), asked=asked,
    )
    message = ngettext(
        "{common} {regions} shares no area with any other region.",
        "{common} {regions} share no area with any other region.",
        len(s3.isolated), common=common, regions=words(s3.isolated),
    ) if s3.isolated else common
    return [
        finding(
            rule.severity,  # type: ignore[arg-type]
            "shared_s3_area",
            message,
            gettext("Choose partners from regions that share an S3 area with the others, or "
                    "check the areas recorded for each region against its smart "
                    "specialisation strategy."),
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
    options = words((f"'{option}'" for option in profile.thematic_priorities), "or")
    named = snapshot.project.thematic_priority.strip()
    note = CallNote(profile.thematic.verify)
    message = gettext(
        "A proposal addresses one of the call's thematic priorities, {options}{note}; "
        "'{named}' is not one of them.", options=options, note=note, named=named,
    ) if named else gettext(
        "A proposal addresses one of the call's thematic priorities, {options}{note}; the "
        "project names none.", options=options, note=note)
    return [
        finding(
            "warning",
            "thematic_priority",
            message,
            gettext("Choose the project's thematic priority on the Overview or Value chain "
                    "page."),
        )
    ]


CHECKS: tuple[Callable[[ProjectSnapshot], list[Finding]], ...] = (
    company_share,
    sme_share,
    required_roles,
    shared_s3_area,
    thematic_priority,
)
