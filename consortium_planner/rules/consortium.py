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
    RegionMixOption,
)
from consortium_planner.domain.money import ZERO
from consortium_planner.domain.vocab import CostCategory, OrgType, RegionCategory, Role
from consortium_planner.reference.countries import get_country
from consortium_planner.reference.profile_texts import region_mix_key
from consortium_planner.reference import messages
from consortium_planner.rules.findings import Finding, finding
from consortium_planner.reference.messages import (
    Amount,
    CallNote,
    CountryName,
    Label,
    ProfileText,
    Message,
    Sentences,
    ngettext,
    sentences,
    words,
)

if TYPE_CHECKING:
    from consortium_planner.domain.call_profile import CallProfile
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


def _named(group: list[ParticipantInfo]) -> Message:
    return messages.participants((p.number, p.short_name) for p in group)


def _ineligible_note(snapshot: ProjectSnapshot) -> Message | None:
    """A sentence naming the partners left out of the count for their country, or None."""
    left_out = [p for p in snapshot.participants
                if p.role in PARTNER_ROLES and _left_out_as_ineligible(snapshot, p)]
    if not left_out:
        return None
    return ngettext(
        "{who} is not counted: the call counts only partners from its eligible countries.",
        "{who} are not counted: the call counts only partners from its eligible countries.",
        len(left_out), who=_named(left_out))


def region_code(participant: ParticipantInfo) -> str | None:
    return participant.organisation.nuts2.strip().upper() or None


def is_profit_making(participant: ParticipantInfo) -> bool:
    """The organisation's own flag; without one, enterprises are taken as profit-making."""
    organisation = participant.organisation
    if organisation.profit is not None:
        return organisation.profit
    return organisation.org_type in PROFIT_ORG_TYPES


def category_text(category: str | None) -> Message:
    """'a transition region', 'a region with no known category', as a language words it."""
    if category == RegionCategory.LESS_DEVELOPED:
        return messages.gettext("a less developed region")
    if category == RegionCategory.TRANSITION:
        return messages.gettext("a transition region")
    if category == RegionCategory.MORE_DEVELOPED:
        return messages.gettext("a more developed region")
    if category == RegionCategory.OUTERMOST:
        return messages.gettext("an outermost region")
    return messages.gettext("a region with no known category")


def org_type_label(org_type: str) -> str:
    """The type's label as it reads inside a sentence: 'cluster organisation', 'SME'."""
    try:
        label = OrgType(org_type).label
    except ValueError:
        return org_type
    return label if label.isupper() else label[:1].lower() + label[1:]


def _org_type(org_type: str) -> Label | str:
    """The type's vocabulary label, translated when rendered (an unknown type as typed)."""
    try:
        return Label(OrgType(org_type).label)
    except ValueError:
        return org_type


def _not_counted_note(snapshot: ProjectSnapshot) -> Message | None:
    others = [p for p in snapshot.participants if p.role not in PARTNER_ROLES]
    if not others:
        return None
    return ngettext(
        "{who} is not counted: affiliated entities and associated partners do not count as "
        "partners for this rule.",
        "{who} are not counted: affiliated entities and associated partners do not count as "
        "partners for this rule.",
        len(others), who=_named(others))


def min_participants(snapshot: ProjectSnapshot) -> list[Finding]:
    profile = snapshot.profile
    found = partners(snapshot)
    if len(found) >= profile.min_participants:
        return []
    missing = profile.min_participants - len(found)
    return [
        finding(
            "error",
            "min_participants",
            sentences(
                ngettext(
                    "The consortium has {count} partner (coordinator and beneficiaries); the "
                    "call asks for at least {minimum}{note}.",
                    "The consortium has {count} partners (coordinator and beneficiaries); the "
                    "call asks for at least {minimum}{note}.",
                    len(found), minimum=profile.min_participants,
                    note=CallNote(profile.consortium_source.verify)),
                _not_counted_note(snapshot), _ineligible_note(snapshot)),
            ngettext(
                "Add {count} more partner as beneficiary, or change the role of an existing "
                "participant if it applies as a beneficiary.",
                "Add {count} more partners as beneficiaries, or change the role of an existing "
                "participant if it applies as a beneficiary.", missing),
            tuple(p.number for p in found),
        )
    ]


@dataclass(frozen=True)
class _Spread:
    """How many different places (countries or regions) the partners are in."""

    partners: list[ParticipantInfo]
    codes: list[str]
    listed: str  # " (DE, IT)" or ""
    unknown_note: Sentences  # sentences naming the partners that could not be counted


def _spread(snapshot: ProjectSnapshot, code_of: Callable[[ParticipantInfo], str | None],
            missing: Callable[[Message, int], Message]) -> _Spread:
    """`missing` words the note on the partners without a code."""
    found = partners(snapshot)
    codes = sorted({code for p in found if (code := code_of(p))})
    unknown = [p for p in found if code_of(p) is None]
    note = missing(_named(unknown), len(unknown)) if unknown else None
    return _Spread(found, codes, f" ({', '.join(codes)})" if codes else "",
                   sentences(note, _ineligible_note(snapshot)))


def _no_country(who: Message, count: int) -> Message:
    return ngettext("{who} has no known country and could not be counted.",
                    "{who} have no known country and could not be counted.", count, who=who)


def _no_region(who: Message, count: int) -> Message:
    return ngettext("{who} has no NUTS 2 region and could not be counted.",
                    "{who} have no NUTS 2 region and could not be counted.", count, who=who)


def min_countries(snapshot: ProjectSnapshot) -> list[Finding]:
    profile = snapshot.profile
    spread = _spread(snapshot, country_code, _no_country)
    if len(spread.codes) >= profile.min_countries:
        return []
    return [
        finding(
            "error",
            "min_countries",
            sentences(
                ngettext(
                    "The partners come from {count} country{listed}; the call asks for at "
                    "least {minimum}{note}.",
                    "The partners come from {count} countries{listed}; the call asks for at "
                    "least {minimum}{note}.",
                    len(spread.codes), listed=spread.listed, minimum=profile.min_countries,
                    note=CallNote(profile.consortium_source.verify)),
                spread.unknown_note),
            ngettext(
                "Add partners from {count} more eligible country, or correct a partner's "
                "country if it is wrong.",
                "Add partners from {count} more eligible countries, or correct a partner's "
                "country if it is wrong.", profile.min_countries - len(spread.codes)),
            tuple(p.number for p in spread.partners),
        )
    ]


def min_regions(snapshot: ProjectSnapshot) -> list[Finding]:
    profile = snapshot.profile
    spread = _spread(snapshot, region_code, _no_region)
    if len(spread.codes) >= profile.min_regions:
        return []
    return [
        finding(
            "error",
            "min_regions",
            sentences(
                ngettext(
                    "The partners are in {count} NUTS 2 region{listed}; the call asks for at "
                    "least {minimum}{note}.",
                    "The partners are in {count} NUTS 2 regions{listed}; the call asks for at "
                    "least {minimum}{note}.",
                    len(spread.codes), listed=spread.listed,
                    minimum=ngettext("{count} different region", "{count} different regions",
                                     profile.min_regions),
                    note=CallNote(profile.consortium_source.verify)),
                spread.unknown_note),
            messages.gettext("Add partners from other NUTS 2 regions, or enter the missing NUTS 2 "
                             "codes of the organisations."),
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
            counts.append(ngettext(
                "{count} partner ({numbers}) in {category} regions",
                "{count} partners ({numbers}) in {category} regions", len(members),
                numbers=words(str(p.number) for p in members),
                category=Label(category.label, lower=True)))
    today = (messages.gettext("Today the consortium has {counts}.", counts=words(counts))
             if counts else None)
    unknown = [p for p in found if p.region_category.category is None]
    unknown_note = ngettext(
        "{who} has no known region category; set it under Region categories or as an override "
        "on the participant, then check again.",
        "{who} have no known region category; set it under Region categories or as an "
        "override on the participant, then check again.",
        len(unknown), who=_named(unknown)) if unknown else None
    return [
        finding(
            "error",
            "region_categories",
            sentences(
                messages.gettext(
                    "The consortium does not meet the call's region-category mix: it asks for "
                    "{wanted}{note}.", wanted=words((ProfileText(profile, region_mix_key(index))
                                   for index in range(len(options))), "or"),
                    note=CallNote(profile.region_mix_source.verify)),
                today, unknown_note),
            messages.gettext("Add a partner from a region of the required category, or correct "
                             "a region category that is wrong (with its source)."),
            tuple(p.number for p in found),
        )
    ]


def coordinator_wanted_text(profile: CallProfile) -> Sentences:
    """What the call wants of its coordinator, one sentence per requirement, in any language:
    the profile's own words when it has them."""
    rule = profile.coordinator
    note = CallNote(rule.verify)
    if rule.description:
        return sentences(messages.gettext(
            "The call wants {wanted}{note}.", note=note,
            wanted=ProfileText(profile, "consortium.coordinator.description")))
    wanted: list[Message] = []
    if rule.org_types:
        wanted.append(messages.gettext(
            "The call wants a coordinator of type {types}{note}.", note=note,
            types=words((Label(t.label) for t in OrgType if t in rule.org_types), "or")))
    if rule.non_profit:
        wanted.append(messages.gettext("The call wants a non-profit coordinator{note}.",
                                       note=note))
    if rule.region_categories:
        wanted.append(messages.gettext(
            "The call wants a coordinator in a region of the category {categories}{note}.",
            note=note, categories=words(
                (Label(c.label) for c in RegionCategory if c in rule.region_categories), "or")))
    if not wanted:
        wanted.append(messages.gettext("The call accepts any participant as coordinator{note}.",
                                       note=note))
    return sentences(*wanted)


def coordinator(snapshot: ProjectSnapshot) -> list[Finding]:
    """The coordinator role is held, by an organisation of the kind and place the call wants.

    More than one coordinator is the data rule `single_coordinator`; each is still checked here.
    """
    rule = snapshot.profile.coordinator
    wanted = coordinator_wanted_text(snapshot.profile)
    coordinators = [p for p in snapshot.participants if p.role == Role.COORDINATOR]
    if not coordinators:
        return [
            finding(
                "error",
                "coordinator",
                sentences(messages.gettext("No participant has the coordinator role."), wanted),
                messages.gettext("Give the coordinator role to the participant that leads the "
                                 "proposal."),
            )
        ]
    findings = []
    for participant in coordinators:
        problems: list[Message] = []
        organisation = participant.organisation
        who = {"number": participant.number, "name": participant.short_name}
        admitted = None
        if rule.org_types and organisation.org_type not in rule.org_types:
            problems.append(messages.gettext(
                "The coordinator, participant {number} ({name}), is of type '{type}'.",
                type=_org_type(organisation.org_type), **who))
            admitted = messages.gettext(
                "The profile admits these types: {types}.",
                types=words(Label(t.label) for t in OrgType if t in rule.org_types))
        if rule.non_profit and is_profit_making(participant):
            problems.append(messages.gettext(
                "The coordinator, participant {number} ({name}), is profit-making.", **who))
        category = participant.region_category.category
        if rule.region_categories and category not in rule.region_categories:
            problems.append(messages.gettext(
                "The coordinator, participant {number} ({name}), lies in {place}.",
                place=category_text(category), **who))
        if problems:
            findings.append(
                finding(
                    "error",
                    "coordinator",
                    sentences(*problems, wanted, admitted),
                    messages.gettext(
                        "Make a participant of the required kind the coordinator, or correct "
                        "the organisation's type, profit status or region category if it is "
                        "wrong."),
                    (participant.number,),
                )
            )
    return findings


def eligible_countries(snapshot: ProjectSnapshot) -> list[Finding]:
    """Funded participants must come from an eligible country; associated partners may not."""
    profile = snapshot.profile
    note = CallNote(profile.eligible_countries_source.verify)
    findings = []
    for participant in snapshot.participants:
        if participant.role not in FUNDED_ROLES:
            continue
        code = country_code(participant)
        typed = participant.organisation.country.strip()
        who = messages.participant(participant.number, participant.short_name)
        if code is None:
            message = messages.gettext(
                "{who} has '{typed}' as its country, which is not a country code, so its "
                "eligibility cannot be checked.", who=who, typed=typed) if typed else (
                messages.gettext("{who} has no country, so its eligibility cannot be checked.",
                                 who=who))
            findings.append(
                finding(
                    "error",
                    "eligible_countries",
                    message,
                    messages.gettext("Enter the organisation's country (a two-letter code such "
                                     "as DE or EL)."),
                    (participant.number,),
                )
            )
        elif code not in profile.eligible_countries:
            country = get_country(code)
            others = (messages.verbatim(ProfileText(profile, "eligible_countries.others"))
                      if profile.eligible_countries_others else None)
            counted = (messages.gettext("It does not count for the consortium's minimums.")
                       if profile.count_eligible_only and participant.role in PARTNER_ROLES
                       else None)
            findings.append(
                finding(
                    "error",
                    "eligible_countries",
                    sentences(
                        messages.gettext(
                            "{who} is based in {country} ({code}), which is not an eligible "
                            "country for this call{note}.", who=who, code=code, note=note,
                            country=CountryName(code, country.name_en if country else code)),
                        others, counted),
                    messages.gettext(
                        "Replace it with a partner from an eligible country, or make it an "
                        "associated partner without EU funding if the call allows that; if the "
                        "call's list has changed, edit the call profile."),
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
    note = CallNote(profile.third_party_source.verify)
    findings = []
    for cost in snapshot.costs:
        if cost.category != CostCategory.D1:
            continue
        each = support_per_third_party(cost.quantity, cost.unit_cost, cost.amount)
        if each <= cap:
            continue
        participant = snapshot.participant(cost.participant)
        name = participant.short_name if participant else ""
        line = (messages.gettext("line '{description}'", description=cost.description)
                if cost.description else messages.gettext("a line without a description"))
        values = {"number": cost.participant, "line": line, "amount": Amount(each),
                  "cap": Amount(cap), "note": note}
        per_party = cost.unit_cost is not None or bool(cost.quantity)
        if per_party:
            message = messages.gettext(
                "The financial support to third parties of participant {number} ({name}), "
                "{line}, gives {amount} per third party; the call caps it at {cap} per third "
                "party{note}.", name=name, **values) if participant else messages.gettext(
                "The financial support to third parties of participant {number}, {line}, gives "
                "{amount} per third party; the call caps it at {cap} per third party{note}.",
                **values)
            fix = messages.gettext("Lower the support per third party to the cap or less.")
        else:
            message = messages.gettext(
                "The financial support to third parties of participant {number} ({name}), "
                "{line}, gives {amount} to what is entered as a single third party; the call "
                "caps it at {cap} per third party{note}.", name=name, **values
            ) if participant else messages.gettext(
                "The financial support to third parties of participant {number}, {line}, gives "
                "{amount} to what is entered as a single third party; the call caps it at {cap} "
                "per third party{note}.", **values)
            fix = messages.gettext(
                "Lower the support per third party to the cap or less. If the line covers "
                "several third parties, enter their number as the quantity and the support "
                "each gets as the unit cost.")
        findings.append(
            finding(
                "error",
                "third_party_support_cap",
                message,
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
