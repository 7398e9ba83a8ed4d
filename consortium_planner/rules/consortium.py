"""Consortium rules of the call: who may be in the consortium and what the project may ask for.

Each check is a pure function `(snapshot) -> list[Finding]` named after its rule id (the ids are
fixed: the command line and the tests rely on them) and reads its thresholds from
`snapshot.profile`. Only the coordinator and the beneficiaries count as partners for the
minimums and the region mix: affiliated entities and associated partners are not independent
applicants under EU grant rules, so counting them would pass a consortium the call rejects.
Where the profile says so (`count_eligible_only`), partners from countries the call does not
make eligible do not count either; they are still recorded, and `eligible_countries` says why
they are a problem.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from consortium_planner.domain.call_profile import (
    PROFIT_ORG_TYPES,
    CoordinatorRule,
    RegionMixOption,
)
from consortium_planner.domain.money import ZERO
from consortium_planner.domain.vocab import CostCategory, OrgType, RegionCategory, Role
from consortium_planner.reference.countries import get_country
from consortium_planner.rules import messages
from consortium_planner.rules.findings import (
    Finding,
    finding,
    call_note,
    euros,
    join_words,
    participant_name,
    participant_names,
    plural,
    sentence,
    with_article,
)
from consortium_planner.rules.messages import Amount, CallNote, ngettext

if TYPE_CHECKING:
    from consortium_planner.domain.project import ParticipantInfo, ProjectSnapshot

PARTNER_ROLES = frozenset({Role.COORDINATOR, Role.BENEFICIARY})
FUNDED_ROLES = frozenset({Role.COORDINATOR, Role.BENEFICIARY, Role.AFFILIATED_ENTITY})


def partners(snapshot: ProjectSnapshot) -> list[ParticipantInfo]:
    """The participants that count for the consortium minimums: coordinator and beneficiaries,
    less those from a country the call does not make eligible when the profile counts only
    eligible partners."""
    return [p for p in snapshot.participants
            if p.role in PARTNER_ROLES and not _left_out_as_ineligible(snapshot, p)]


def country_code(participant: ParticipantInfo) -> str | None:
    """The EU country code (EL for Greece even when GR was typed), or None when unknown."""
    country = get_country(participant.organisation.country)
    return country.code if country else None


def _left_out_as_ineligible(snapshot: ProjectSnapshot, participant: ParticipantInfo) -> bool:
    code = country_code(participant)
    return (snapshot.profile.count_eligible_only and code is not None
            and code not in snapshot.profile.eligible_countries)


def _ineligible_note(snapshot: ProjectSnapshot) -> str:
    """A sentence naming the partners left out of the count for their country, or ""."""
    left_out = [p for p in snapshot.participants
                if p.role in PARTNER_ROLES and _left_out_as_ineligible(snapshot, p)]
    if not left_out:
        return ""
    return (
        f" {sentence(participant_names(left_out))} {'is' if len(left_out) == 1 else 'are'} not "
        "counted: the call counts only partners from its eligible countries."
    )


def region_code(participant: ParticipantInfo) -> str | None:
    return participant.organisation.nuts2.strip().upper() or None


def is_profit_making(participant: ParticipantInfo) -> bool:
    """The organisation's own flag; without one, enterprises are taken as profit-making."""
    organisation = participant.organisation
    if organisation.profit is not None:
        return organisation.profit
    return organisation.org_type in PROFIT_ORG_TYPES


def category_label(category: str | None) -> str:
    if category is None:
        return "a region with no known category"
    return with_article(f"{RegionCategory(category).label.lower()} region")


def org_type_label(org_type: str) -> str:
    """The type's label as it reads inside a sentence: 'cluster organisation', 'SME'."""
    try:
        label = OrgType(org_type).label
    except ValueError:
        return org_type
    return label if label.isupper() else label[:1].lower() + label[1:]


def _not_counted_note(snapshot: ProjectSnapshot) -> str:
    others = [p for p in snapshot.participants if p.role not in PARTNER_ROLES]
    if not others:
        return ""
    return (
        f" {sentence(participant_names(others))} "
        f"{'is' if len(others) == 1 else 'are'} not counted: affiliated entities and "
        "associated partners do not count as partners for this rule."
    )


def min_participants(snapshot: ProjectSnapshot) -> list[Finding]:
    profile = snapshot.profile
    found = partners(snapshot)
    if len(found) >= profile.min_participants:
        return []
    missing = profile.min_participants - len(found)
    return [
        Finding(
            "error",
            "min_participants",
            f"The consortium has {plural(len(found), 'partner')} (coordinator and "
            f"beneficiaries); the call asks for at least {profile.min_participants}"
            f"{call_note(profile.consortium_source)}.{_not_counted_note(snapshot)}"
            f"{_ineligible_note(snapshot)}",
            f"Add {plural(missing, 'more partner')} as beneficiary, or change the role of an "
            "existing participant if it applies as a beneficiary.",
            tuple(p.number for p in found),
        )
    ]


@dataclass(frozen=True)
class _Spread:
    """How many different places (countries or regions) the partners are in."""

    partners: list[ParticipantInfo]
    codes: list[str]
    listed: str  # " (DE, IT)" or ""
    unknown_note: str  # sentences naming the partners that could not be counted, or ""


def _spread(
    snapshot: ProjectSnapshot, code_of: Callable[[ParticipantInfo], str | None], missing: str
) -> _Spread:
    found = partners(snapshot)
    codes = sorted({code for p in found if (code := code_of(p))})
    unknown = [p for p in found if code_of(p) is None]
    unknown_note = (
        f" {sentence(participant_names(unknown))} {'has' if len(unknown) == 1 else 'have'} "
        f"{missing} and could not be counted."
        if unknown
        else ""
    ) + _ineligible_note(snapshot)
    return _Spread(found, codes, f" ({', '.join(codes)})" if codes else "", unknown_note)


def min_countries(snapshot: ProjectSnapshot) -> list[Finding]:
    profile = snapshot.profile
    spread = _spread(snapshot, country_code, "no known country")
    if len(spread.codes) >= profile.min_countries:
        return []
    more_countries = plural(
        profile.min_countries - len(spread.codes), "more eligible country",
        "more eligible countries",
    )
    return [
        Finding(
            "error",
            "min_countries",
            f"The partners come from {plural(len(spread.codes), 'country', 'countries')}"
            f"{spread.listed}; the call asks for at least {profile.min_countries}"
            f"{call_note(profile.consortium_source)}.{spread.unknown_note}",
            f"Add partners from {more_countries}, or correct a partner's country if it is "
            "wrong.",
            tuple(p.number for p in spread.partners),
        )
    ]


def min_regions(snapshot: ProjectSnapshot) -> list[Finding]:
    profile = snapshot.profile
    spread = _spread(snapshot, region_code, "no NUTS 2 region")
    if len(spread.codes) >= profile.min_regions:
        return []
    return [
        Finding(
            "error",
            "min_regions",
            f"The partners are in {plural(len(spread.codes), 'NUTS 2 region')}{spread.listed}; "
            f"the call asks for at least {plural(profile.min_regions, 'different region')}"
            f"{call_note(profile.consortium_source)}.{spread.unknown_note}",
            "Add partners from other NUTS 2 regions, or enter the missing NUTS 2 codes of the "
            "organisations.",
            tuple(p.number for p in spread.partners),
        )
    ]


@dataclass(frozen=True)
class RegionMixShortfall:
    """What a consortium lacks for one region-mix option (nothing when both are 0)."""

    partners: int  # more partners in the option's categories
    regions: int   # more distinct regions among them
    counted: tuple[ParticipantInfo, ...]  # the partners already in the option's categories
    counted_regions: frozenset[str]  # their regions

    @property
    def met(self) -> bool:
        return self.partners == 0 and self.regions == 0


def region_mix_shortfall(option: RegionMixOption,
                         candidates: list[ParticipantInfo]) -> RegionMixShortfall:
    """How many more partners, and more regions among them, the option asks for."""
    matching = tuple(p for p in candidates if p.region_category.category in option.categories)
    regions = frozenset(code for p in matching if (code := region_code(p)))
    return RegionMixShortfall(max(0, option.min_participants - len(matching)),
                              max(0, option.min_distinct_regions - len(regions)),
                              matching, regions)


def region_mix_met(option: RegionMixOption, candidates: list[ParticipantInfo]) -> bool:
    """Enough partners in the option's categories, spread over enough different regions."""
    return region_mix_shortfall(option, candidates).met


def region_categories(snapshot: ProjectSnapshot) -> list[Finding]:
    profile = snapshot.profile
    options = profile.region_mix
    found = partners(snapshot)
    if not options or any(region_mix_met(option, found) for option in options):
        return []
    counts = []
    for category in RegionCategory:
        members = [p for p in found if p.region_category.category == category]
        if members:
            counts.append(
                f"{plural(len(members), 'partner')} ({join_words(str(p.number) for p in members)})"
                f" in {category.label.lower()} regions"
            )
    today = f" Today the consortium has {join_words(counts)}." if counts else ""
    unknown = [p for p in found if p.region_category.category is None]
    unknown_note = (
        f" {sentence(participant_names(unknown))} {'has' if len(unknown) == 1 else 'have'} no "
        "known region category; set it under Region categories or as an override on the "
        "participant, then check again."
        if unknown
        else ""
    )
    wanted = " or ".join(option.description for option in options)
    return [
        Finding(
            "error",
            "region_categories",
            f"The consortium does not meet the call's region-category mix: it asks for "
            f"{wanted}{call_note(profile.region_mix_source)}.{today}{unknown_note}",
            "Add a partner from a region of the required category, or correct a region "
            "category that is wrong (with its source).",
            tuple(p.number for p in found),
        )
    ]


def coordinator_wanted(rule: CoordinatorRule) -> str:
    """What the call wants of its coordinator: the profile's words, else built from the rule."""
    if rule.description:
        return rule.description
    parts = []
    if rule.org_types:
        parts.append(
            "of type " + join_words((org_type_label(t) for t in OrgType if t in rule.org_types),
                                    "or")
        )
    if rule.non_profit:
        parts.append("non-profit")
    if rule.region_categories:
        allowed = join_words(
            (c.label.lower() for c in RegionCategory if c in rule.region_categories), "or"
        )
        parts.append(f"in {with_article(allowed + ' region')}")
    return "a coordinator " + join_words(parts) if parts else "any participant as coordinator"


def coordinator(snapshot: ProjectSnapshot) -> list[Finding]:
    """The coordinator role is held, by an organisation of the kind and place the call wants.

    More than one coordinator is the data rule `single_coordinator`; each is still checked here.
    """
    rule = snapshot.profile.coordinator
    wanted = f"The call wants {coordinator_wanted(rule)}{call_note(rule)}."
    coordinators = [p for p in snapshot.participants if p.role == Role.COORDINATOR]
    if not coordinators:
        return [
            Finding(
                "error",
                "coordinator",
                f"No participant has the coordinator role. {wanted}",
                "Give the coordinator role to the participant that leads the proposal.",
            )
        ]
    findings = []
    for participant in coordinators:
        problems = []
        organisation = participant.organisation
        admitted = ""
        if rule.org_types and organisation.org_type not in rule.org_types:
            problems.append(f"is of type '{org_type_label(organisation.org_type)}'")
            admitted = " The profile admits these types: " + join_words(
                (org_type_label(t) for t in OrgType if t in rule.org_types), "and"
            ) + "."
        if rule.non_profit and is_profit_making(participant):
            problems.append("is profit-making")
        category = participant.region_category.category
        if rule.region_categories and category not in rule.region_categories:
            problems.append(f"lies in {category_label(category)}")
        if problems:
            findings.append(
                Finding(
                    "error",
                    "coordinator",
                    f"The coordinator, {participant_name(participant)}, "
                    f"{join_words(problems)}. {wanted}{admitted}",
                    "Make a participant of the required kind the coordinator, or correct the "
                    "organisation's type, profit status or region category if it is wrong.",
                    (participant.number,),
                )
            )
    return findings


def eligible_countries(snapshot: ProjectSnapshot) -> list[Finding]:
    """Funded participants must come from an eligible country; associated partners may not."""
    profile = snapshot.profile
    note = call_note(profile.eligible_countries_source)
    findings = []
    for participant in snapshot.participants:
        if participant.role not in FUNDED_ROLES:
            continue
        code = country_code(participant)
        typed = participant.organisation.country.strip()
        if code is None:
            what = (f"has '{typed}' as its country, which is not a country code" if typed
                    else "has no country")
            findings.append(
                Finding(
                    "error",
                    "eligible_countries",
                    f"{sentence(participant_name(participant))} {what}, so its eligibility "
                    "cannot be checked.",
                    "Enter the organisation's country (a two-letter code such as DE or EL).",
                    (participant.number,),
                )
            )
        elif code not in profile.eligible_countries:
            country = get_country(code)
            name = country.name_en if country else code
            others = f" {profile.eligible_countries_others}" if (
                profile.eligible_countries_others) else ""
            counted = (" It does not count for the consortium's minimums."
                       if profile.count_eligible_only and participant.role in PARTNER_ROLES
                       else "")
            findings.append(
                Finding(
                    "error",
                    "eligible_countries",
                    f"{sentence(participant_name(participant))} is based in {name} ({code}), "
                    f"which is not an eligible country for this call{note}.{others}{counted}",
                    "Replace it with a partner from an eligible country, or make it an "
                    "associated partner without EU funding if the call allows that; if the "
                    "call's list has changed, edit the call profile.",
                    (participant.number,),
                )
            )
    return findings


def duration(snapshot: ProjectSnapshot) -> list[Finding]:
    profile = snapshot.profile
    months = snapshot.project.duration_months
    note = CallNote(profile.duration_source.verify)
    if profile.duration_min is not None and months < profile.duration_min:
        message = ngettext(
            "The project lasts {count} month; the call allows at least {bound} months{note}.",
            "The project lasts {count} months; the call allows at least {bound} months{note}.",
            months, bound=profile.duration_min, note=note)
    elif profile.duration_max is not None and months > profile.duration_max:
        message = ngettext(
            "The project lasts {count} month; the call allows at most {bound} months{note}.",
            "The project lasts {count} months; the call allows at most {bound} months{note}.",
            months, bound=profile.duration_max, note=note)
    else:
        return []
    return [
        finding(
            "error",
            "duration",
            message,
            messages.gettext("Change the project duration and move work packages, tasks, "
                             "deliverables and milestones to fit."),
        )
    ]


def eu_contribution(snapshot: ProjectSnapshot) -> list[Finding]:
    profile = snapshot.profile
    requested = Amount(snapshot.budget.totals["eu_contribution"])
    note = CallNote(profile.eu_contribution_source.verify)
    if profile.eu_contribution_min is not None and requested.value < profile.eu_contribution_min:
        message = messages.gettext(
            "The requested EU contribution of {requested} is below the call's minimum of "
            "{bound}{note}.", requested=requested, bound=Amount(profile.eu_contribution_min),
            note=note)
        fix = messages.gettext("Plan more work or costs, or check that every participant's "
                               "costs are entered.")
    elif profile.eu_contribution_max is not None and (
            requested.value > profile.eu_contribution_max):
        message = messages.gettext(
            "The requested EU contribution of {requested} is above the call's maximum of "
            "{bound}{note}.", requested=requested, bound=Amount(profile.eu_contribution_max),
            note=note)
        fix = messages.gettext("Reduce effort or costs, or lower the funding rate of "
                               "participants who accept it.")
    else:
        return []
    return [finding("error", "eu_contribution", message, fix)]


def support_per_third_party(quantity: Decimal | None, unit_cost: Decimal | None,
                            amount: Decimal) -> Decimal:
    """The support one third party gets from a D.1 line.

    The unit cost when given; else the amount shared by the quantity (number of third parties);
    else the whole line is taken as one third party's support.
    """
    if unit_cost is not None:
        return unit_cost
    if quantity is not None and quantity > ZERO:
        return amount / quantity
    return amount


def third_party_support_cap(snapshot: ProjectSnapshot) -> list[Finding]:
    profile = snapshot.profile
    cap = profile.third_party_cap
    if cap is None:
        return []
    note = call_note(profile.third_party_source)
    findings = []
    for cost in snapshot.costs:
        if cost.category != CostCategory.D1:
            continue
        each = support_per_third_party(cost.quantity, cost.unit_cost, cost.amount)
        if each <= cap:
            continue
        participant = snapshot.participant(cost.participant)
        who = participant_name(participant) if participant else f"participant {cost.participant}"
        label = f"'{cost.description}'" if cost.description else "without a description"
        per_party = cost.unit_cost is not None or bool(cost.quantity)
        counted = "per third party" if per_party else "to what is entered as a single third party"
        fix = "Lower the support per third party to the cap or less."
        if not per_party:
            fix += (
                " If the line covers several third parties, enter their number as the "
                "quantity and the support each gets as the unit cost."
            )
        findings.append(
            Finding(
                "error",
                "third_party_support_cap",
                f"The financial support to third parties of {who}, line {label}, gives "
                f"{euros(each)} {counted}; the call caps it at {euros(cap)} per third "
                f"party{note}.",
                fix,
                (cost.participant,),
                (cost.work_package,) if cost.work_package is not None else (),
            )
        )
    return findings


CHECKS: tuple[Callable[[ProjectSnapshot], list[Finding]], ...] = (
    min_participants,
    min_countries,
    min_regions,
    region_categories,
    coordinator,
    eligible_countries,
    duration,
    eu_contribution,
    third_party_support_cap,
)
