"""Data rules: entries that are malformed, inconsistent or missing, whatever the call.

Each check is a pure function `(snapshot) -> list[Finding]` named after its rule id. Errors are
what makes a proposal wrong as submitted (a PIC that is not 9 digits, a region in another
country, a deliverable after the project ends); warnings are what an evaluator or the portal
will question; info is a gap to fill before submission.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING

from consortium_planner.domain.money import ZERO
from consortium_planner.domain.vocab import OrgType, Role, SmeClass
from consortium_planner.names import normalised_name
from consortium_planner.reference.countries import (
    get_country,
    VatCheck,
    check_vat,
    normalise_vat,
    pic_is_valid,
)
from consortium_planner.reference.nuts import get_region, region_in_country
from consortium_planner.reference.sme import sme_class as computed_sme_class
from consortium_planner.rules.consortium import FUNDED_ROLES, country_code
from consortium_planner.reference import messages
from consortium_planner.rules.findings import Finding, Severity, finding
from consortium_planner.reference.messages import (
    Amount,
    CallNote,
    CountryName,
    Label,
    Message,
    Number,
    Percent,
)

if TYPE_CHECKING:
    from consortium_planner.domain.budget import ParticipantBudget
    from consortium_planner.domain.project import ParticipantInfo, ProjectSnapshot, WorkPackageInfo


def _budgeted(snapshot: ProjectSnapshot) -> list[ParticipantInfo]:
    """Participants expected to have effort and costs (associated partners get no budget)."""
    return [p for p in snapshot.participants if p.role in FUNDED_ROLES]


def _person_months(snapshot: ProjectSnapshot) -> dict[tuple[int, int], Decimal]:
    """Person-months by (participant, work package)."""
    months: dict[tuple[int, int], Decimal] = defaultdict(lambda: ZERO)
    for effort in snapshot.efforts:
        months[effort.participant, effort.work_package] += effort.person_months
    return months


def _figures(snapshot: ProjectSnapshot) -> dict[int, ParticipantBudget]:
    return {figures.number: figures for figures in snapshot.budget.participants}


def _months(start: int, end: int) -> str:
    return f"M{start}-M{end}"


def _wp_span(wp: WorkPackageInfo) -> str:
    """'WP2 (M3-M12)'."""
    return f"{wp.code} ({_months(wp.start_month, wp.end_month)})"


def _named(group: list[ParticipantInfo]) -> Message:
    return messages.participants((p.number, p.short_name) for p in group)


def _sme_label(value: str) -> Label:
    """A size class ('micro', 'large') as the vocabulary labels it, translated when shown."""
    return Label(value.capitalize(), lower=True)


def pic_format(snapshot: ProjectSnapshot) -> list[Finding]:
    findings = []
    for participant in snapshot.participants:
        pic = (participant.organisation.pic or "").strip()
        if not pic:
            findings.append(
                finding(
                    "info",
                    "pic_format",
                    messages.gettext("{who} has no PIC yet.", who=messages.participant(
                        participant.number, participant.short_name)),
                    messages.gettext(
                        "Enter the organisation's 9-digit Participant Identification Code, or "
                        "register it in the Funding & Tenders Portal before submission."),
                    (participant.number,),
                )
            )
        elif not pic_is_valid(pic):
            findings.append(
                finding(
                    "error",
                    "pic_format",
                    messages.gettext("The PIC '{pic}' of participant {number} ({name}) is not a "
                                     "PIC: a PIC has exactly 9 digits.", pic=pic,
                                     number=participant.number, name=participant.short_name),
                    messages.gettext("Copy the PIC from the organisation's page in the Funding & "
                                     "Tenders Portal."),
                    (participant.number,),
                )
            )
    return findings


def vat_format(snapshot: ProjectSnapshot) -> list[Finding]:
    findings = []
    for participant in snapshot.participants:
        organisation = participant.organisation
        vat = (organisation.vat or "").strip()
        country = get_country(organisation.country)
        verdict = check_vat(country.code, vat) if vat and country is not None else None
        if verdict is None or verdict.ok:
            continue
        values = {"vat": vat, "number": participant.number, "name": participant.short_name,
                  "country": CountryName(country.code, country.name_en), "code": country.code}
        if verdict is VatCheck.BAD_CHECK_DIGIT:
            message = messages.gettext(
                "The VAT number '{vat}' of participant {number} ({name}) is not valid: its "
                "check digit is wrong for a VAT number of {country} ({code}).", **values)
        else:
            message = messages.gettext(
                "The VAT number '{vat}' of participant {number} ({name}) is not valid: it does "
                "not have the format of a VAT number of {country} ({code}).", **values)
        findings.append(
            finding(
                "warning",
                "vat_format",
                message,
                messages.gettext(
                    "Check it against the organisation's VAT registration (numbers in {country} "
                    "start with {prefix}); leave it empty if the organisation has none.",
                    country=CountryName(country.code, country.name_en),
                    prefix=country.vat_prefix),
                (participant.number,),
            )
        )
    return findings


def nuts_region(snapshot: ProjectSnapshot) -> list[Finding]:
    findings = []
    for participant in snapshot.participants:
        organisation = participant.organisation
        code = organisation.nuts2.strip().upper()
        who = messages.participant(participant.number, participant.short_name)
        if not code:
            findings.append(
                finding(
                    "warning",
                    "nuts_region",
                    messages.gettext("{who} has no NUTS 2 region, so it counts for no region "
                                     "and no region category.", who=who),
                    messages.gettext("Enter the NUTS 2 code of the organisation's location "
                                     "(e.g. ITC4 for Lombardia)."),
                    (participant.number,),
                )
            )
        elif get_region(code) is None:
            findings.append(
                finding(
                    "error",
                    "nuts_region",
                    messages.gettext("{who} has the NUTS 2 code '{code}', which is not a NUTS 2 "
                                     "region of the 2016 or 2021 classification.",
                                     who=who, code=code),
                    messages.gettext("Enter the organisation's NUTS 2 code as Eurostat lists it "
                                     "(two letters and two characters, e.g. DE11)."),
                    (participant.number,),
                )
            )
        elif country_code(participant) and not region_in_country(code, organisation.country):
            region = get_region(code)
            assert region is not None
            findings.append(
                finding(
                    "error",
                    "nuts_region",
                    messages.gettext("{who} is in {country}, but its NUTS 2 region {code} "
                                     "({region}) lies in {region_country}.", who=who,
                                     country=organisation.country.upper(), code=code,
                                     region=region.name, region_country=region.country),
                    messages.gettext("Correct the organisation's country or its NUTS 2 region."),
                    (participant.number,),
                )
            )
    return findings


def _profile_uses_categories(snapshot: ProjectSnapshot) -> bool:
    profile = snapshot.profile
    return bool(
        profile.region_mix
        or profile.coordinator.region_categories
        or profile.funding.basis == "region_category"
    )


def region_category_missing(snapshot: ProjectSnapshot) -> list[Finding]:
    """A region with no known category: a warning when the call's rules depend on it."""
    severity: Severity = "warning" if _profile_uses_categories(snapshot) else "info"
    findings = []
    for participant in snapshot.participants:
        code = participant.organisation.nuts2.strip().upper()
        if not code or get_region(code) is None or participant.region_category.category:
            continue
        findings.append(
            finding(
                severity,
                "region_category_missing",
                messages.gettext(
                    "The region {code} of participant {number} ({name}) has no known ERDF region "
                    "category, so the region-category rules cannot count it.", code=code,
                    number=participant.number, name=participant.short_name),
                messages.gettext(
                    "Set the category of {code} under Region categories (with its source, e.g. "
                    "Decision (EU) 2021/1130), or set an override with a reason on the "
                    "participant.", code=code),
                (participant.number,),
            )
        )
    return findings


def sme_class(snapshot: ProjectSnapshot) -> list[Finding]:
    """The declared type and size class agree with the staff and financial figures."""
    findings = []
    for participant in snapshot.participants:
        organisation = participant.organisation
        computed = computed_sme_class(
            organisation.staff_headcount, organisation.turnover, organisation.balance_sheet
        )
        if computed is None:
            continue
        problems = []
        if organisation.sme_class and organisation.sme_class != computed:
            problems.append(messages.gettext("Its size class is entered as {entered}.",
                                             entered=_sme_label(organisation.sme_class)))
        if organisation.org_type == OrgType.SME and computed == SmeClass.LARGE:
            problems.append(messages.gettext("It is typed as an SME."))
        if organisation.org_type == OrgType.LARGE_ENTERPRISE and computed != SmeClass.LARGE:
            problems.append(messages.gettext("It is typed as a large enterprise."))
        if not problems:
            continue
        figures = [messages.ngettext("{count} staff", "{count} staff",
                                     organisation.staff_headcount or 0)]
        if organisation.turnover is not None:
            figures.append(messages.gettext("turnover {amount}",
                                            amount=Amount(organisation.turnover)))
        if organisation.balance_sheet is not None:
            figures.append(messages.gettext("balance sheet {amount}",
                                            amount=Amount(organisation.balance_sheet)))
        who = messages.participant(participant.number, participant.short_name)
        findings.append(
            finding(
                "warning",
                "sme_class",
                messages.sentences(
                    messages.gettext(
                        "{who}: its figures ({figures}) make it {computed} under the EU SME "
                        "definition (Recommendation 2003/361/EC).", who=who,
                        figures=messages.words(figures), computed=_sme_label(computed)),
                    *problems),
                messages.gettext("Correct the type, the size class or the figures; the figures "
                                 "must include partner and linked enterprises."),
                (participant.number,),
            )
        )
    return findings


def single_coordinator(snapshot: ProjectSnapshot) -> list[Finding]:
    """More than one coordinator; no coordinator at all is the consortium rule `coordinator`."""
    coordinators = [p for p in snapshot.participants if p.role == Role.COORDINATOR]
    if len(coordinators) <= 1:
        return []
    return [
        finding(
            "error",
            "single_coordinator",
            messages.gettext("{who} have the coordinator role; a project has exactly one "
                             "coordinator.", who=_named(coordinators)),
            messages.gettext("Keep the coordinator role on one participant and make the others "
                             "beneficiaries."),
            tuple(p.number for p in coordinators),
        )
    ]


def wp_months(snapshot: ProjectSnapshot) -> list[Finding]:
    duration = snapshot.project.duration_months
    findings = []
    for wp in snapshot.work_packages:
        if 1 <= wp.start_month <= wp.end_month <= duration:
            continue
        findings.append(
            finding(
                "error",
                "wp_months",
                messages.gettext("{wp} runs {span}, outside the project's months M1-M{duration}.",
                                 wp=wp.code, span=_months(wp.start_month, wp.end_month),
                                 duration=duration),
                messages.gettext("Set {wp}'s start and end months within M1-M{duration}, with "
                                 "the end not before the start.", wp=wp.code, duration=duration),
                (),
                (wp.number,),
            )
        )
    return findings


def task_months(snapshot: ProjectSnapshot) -> list[Finding]:
    duration = snapshot.project.duration_months
    findings = []
    for wp in snapshot.work_packages:
        for task in wp.tasks:
            code = f"{wp.number}.{task.number}"
            span = _months(task.start_month, task.end_month)
            if not 1 <= task.start_month <= task.end_month <= duration:
                findings.append(
                    finding(
                        "error",
                        "task_months",
                        messages.gettext("Task {task} runs {span}, outside the project's months "
                                         "M1-M{duration}.", task=code, span=span,
                                         duration=duration),
                        messages.gettext("Set the task's months within M1-M{duration}.",
                                         duration=duration),
                        (),
                        (wp.number,),
                    )
                )
            elif not wp.start_month <= task.start_month <= task.end_month <= wp.end_month:
                findings.append(
                    finding(
                        "warning",
                        "task_months",
                        messages.gettext("Task {task} runs {span}, outside its work package "
                                         "{wp} ({wp_span}).", task=code, span=span, wp=wp.code,
                                         wp_span=_months(wp.start_month, wp.end_month)),
                        messages.gettext("Move the task within {wp}'s months, or extend {wp}.",
                                         wp=wp.code),
                        (),
                        (wp.number,),
                    )
                )
    return findings


def _due_problem(due: int, duration: int, spans: list[WorkPackageInfo]) -> Severity | None:
    """'error' past the project, 'warning' outside every given work package, else None."""
    if not 1 <= due <= duration:
        return "error"
    if spans and not any(wp.start_month <= due <= wp.end_month for wp in spans):
        return "warning"
    return None


def deliverable_due(snapshot: ProjectSnapshot) -> list[Finding]:
    duration = snapshot.project.duration_months
    findings = []
    for wp in snapshot.work_packages:
        for deliverable in wp.deliverables:
            severity = _due_problem(deliverable.due_month, duration, [wp])
            if severity == "error":
                message = messages.gettext(
                    "Deliverable {code} is due in M{due}, outside the project's months "
                    "M1-M{duration}.", code=deliverable.code, due=deliverable.due_month,
                    duration=duration)
            elif severity == "warning":
                message = messages.gettext(
                    "Deliverable {code} is due in M{due}, while its work package {wp} runs "
                    "{span}.", code=deliverable.code, due=deliverable.due_month, wp=wp.code,
                    span=_months(wp.start_month, wp.end_month))
            else:
                continue
            findings.append(
                finding(
                    severity,
                    "deliverable_due",
                    message,
                    messages.gettext("Set the due month within {wp}'s months, or change {wp}'s "
                                     "months.", wp=wp.code),
                    (),
                    (wp.number,),
                )
            )
    return findings


def milestone_due(snapshot: ProjectSnapshot) -> list[Finding]:
    duration = snapshot.project.duration_months
    findings = []
    for milestone in snapshot.milestones:
        spans = [wp for n in milestone.work_packages if (wp := snapshot.work_package(n))]
        severity = _due_problem(milestone.due_month, duration, spans)
        if severity is None:
            continue
        if severity == "error":
            message = messages.gettext(
                "Milestone {code} is due in M{due}, outside the project's months M1-M{duration}.",
                code=milestone.code, due=milestone.due_month, duration=duration)
        else:
            running = [_wp_span(wp) for wp in spans]
            message = messages.gettext(
                "Milestone {code} is due in M{due}, when none of its work packages is running: "
                "{running}.", code=milestone.code, due=milestone.due_month,
                running=messages.words(running))
        findings.append(
            finding(
                severity,
                "milestone_due",
                message,
                messages.gettext("Set the due month within the months of a work package the "
                                 "milestone belongs to, or change the milestone's work "
                                 "packages."),
                (),
                tuple(milestone.work_packages),
            )
        )
    return findings


def wp_lead(snapshot: ProjectSnapshot) -> list[Finding]:
    months = _person_months(snapshot)
    findings = []
    for wp in snapshot.work_packages:
        lead = snapshot.participant(wp.lead) if wp.lead is not None else None
        if lead is None:
            findings.append(
                finding(
                    "warning",
                    "wp_lead",
                    messages.gettext("{wp} '{title}' has no lead participant.", wp=wp.code,
                                     title=wp.title),
                    messages.gettext("Choose the participant that leads {wp}.", wp=wp.code),
                    (),
                    (wp.number,),
                )
            )
        elif months[lead.number, wp.number] <= ZERO:
            findings.append(
                finding(
                    "warning",
                    "wp_lead",
                    messages.gettext("{who} leads {wp} but has no person-months in it.",
                                     who=messages.participant(lead.number, lead.short_name),
                                     wp=wp.code),
                    messages.gettext("Give participant {number} ({name}) effort in {wp}, or "
                                     "choose another lead.", number=lead.number,
                                     name=lead.short_name, wp=wp.code),
                    (lead.number,),
                    (wp.number,),
                )
            )
    return findings


def wp_effort(snapshot: ProjectSnapshot) -> list[Finding]:
    months = _person_months(snapshot)
    findings = []
    for wp in snapshot.work_packages:
        total = sum((pm for (_, number), pm in months.items() if number == wp.number), ZERO)
        if total > ZERO:
            continue
        findings.append(
            finding(
                "warning",
                "wp_effort",
                messages.gettext("{wp} '{title}' has no person-months from any participant.",
                                 wp=wp.code, title=wp.title),
                messages.gettext("Enter the effort each participant puts into {wp}.",
                                 wp=wp.code),
                (),
                (wp.number,),
            )
        )
    return findings


def personnel_rate(snapshot: ProjectSnapshot) -> list[Finding]:
    """Effort with no monthly personnel cost and no personnel cost lines: personnel is missing."""
    findings = []
    by_number = _figures(snapshot)
    for participant in snapshot.participants:
        figures = by_number[participant.number]
        if (
            figures.person_months > ZERO
            and participant.monthly_personnel_cost <= ZERO
            and figures.entered["A"] <= ZERO
        ):
            findings.append(
                finding(
                    "error",
                    "personnel_rate",
                    messages.gettext(
                        "{who} has {months} person-months but no monthly personnel cost, so its "
                        "personnel costs are zero.",
                        who=messages.participant(participant.number, participant.short_name),
                        months=Number(figures.person_months)),
                    messages.gettext(
                        "Enter the participant's monthly personnel cost (annual personnel cost "
                        "of the staff involved divided by 12)."),
                    (participant.number,),
                )
            )
    return findings


def participant_effort(snapshot: ProjectSnapshot) -> list[Finding]:
    months = _person_months(snapshot)
    findings = []
    for participant in _budgeted(snapshot):
        total = sum((pm for (number, _), pm in months.items() if number == participant.number),
                    ZERO)
        if total > ZERO:
            continue
        findings.append(
            finding(
                "warning",
                "participant_effort",
                messages.gettext("{who} has no person-months in any work package.",
                                 who=messages.participant(participant.number,
                                                          participant.short_name)),
                messages.gettext("Enter the participant's effort per work package, or remove it "
                                 "from the consortium."),
                (participant.number,),
            )
        )
    return findings


def participant_costs(snapshot: ProjectSnapshot) -> list[Finding]:
    by_number = _figures(snapshot)
    findings = []
    for participant in _budgeted(snapshot):
        if by_number[participant.number].total_eligible > ZERO:
            continue
        findings.append(
            finding(
                "warning",
                "participant_costs",
                messages.gettext("{who} has no eligible costs.",
                                 who=messages.participant(participant.number,
                                                          participant.short_name)),
                messages.gettext("Enter its monthly personnel cost and effort, or its cost lines; "
                                 "make it an associated partner if it takes part without EU "
                                 "funding."),
                (participant.number,),
            )
        )
    return findings


def subcontracting_share(snapshot: ProjectSnapshot) -> list[Finding]:
    """Subcontracting (B) above the profile's share of eligible costs, per project and partner."""
    profile = snapshot.profile
    limit = profile.subcontracting_max_share
    if limit is None:
        return []
    budget = snapshot.budget
    note = CallNote(profile.consortium_source.verify)
    findings = []
    total = budget.totals["total_eligible"]
    if total > ZERO and budget.totals["B"] / total > limit:
        findings.append(
            finding(
                "warning",
                "subcontracting_share",
                messages.gettext(
                    "Subcontracting is {share} of the project's eligible costs, above the "
                    "profile's limit of {limit}{note}.",
                    share=Percent(budget.totals["B"] / total), limit=Percent(limit), note=note),
                messages.gettext("Move subcontracted work to participants, or justify the "
                                 "subcontracting in the proposal."),
            )
        )
    by_number = _figures(snapshot)
    for participant in snapshot.participants:
        figures = by_number[participant.number]
        if figures.total_eligible <= ZERO:
            continue
        share = figures.costs["B"] / figures.total_eligible
        if share > limit:
            findings.append(
                finding(
                    "warning",
                    "subcontracting_share",
                    messages.gettext(
                        "Subcontracting is {share} of the eligible costs of participant {number} "
                        "({name}), above the profile's limit of {limit}{note}.",
                        share=Percent(share), number=participant.number,
                        name=participant.short_name, limit=Percent(limit), note=note),
                    messages.gettext("Have the participant do more of the work itself, or "
                                     "justify the subcontracting in the proposal."),
                    (participant.number,),
                )
            )
    return findings


def _vat_key(participant: ParticipantInfo) -> str | None:
    vat = (participant.organisation.vat or "").strip()
    code = country_code(participant)
    if not vat or code is None:
        return None
    return normalise_vat(code, vat)


def _name_key(participant: ParticipantInfo) -> str | None:
    name = normalised_name(participant.organisation.legal_name)
    code = country_code(participant)
    return f"{name}|{code}" if name and code else None


def _pic_key(participant: ParticipantInfo) -> str | None:
    pic = "".join((participant.organisation.pic or "").split())
    return pic or None


def _same_pic(who: Message) -> Message:
    return messages.gettext("{who} have the same PIC: they look like one organisation entered "
                            "twice, which would count it twice for the consortium rules.",
                            who=who)


def _same_vat(who: Message) -> Message:
    return messages.gettext("{who} have the same VAT number: they look like one organisation "
                            "entered twice, which would count it twice for the consortium "
                            "rules.", who=who)


def _same_name(who: Message) -> Message:
    return messages.gettext("{who} have the same legal name and country: they look like one "
                            "organisation entered twice, which would count it twice for the "
                            "consortium rules.", who=who)


def duplicate_organisation(snapshot: ProjectSnapshot) -> list[Finding]:
    """Different organisation records that are the same legal entity (PIC, VAT, name+country)."""
    keys: tuple[tuple[Severity, Callable[[Message], Message],
                      Callable[[ParticipantInfo], str | None]], ...] = (
        ("error", _same_pic, _pic_key),
        ("error", _same_vat, _vat_key),
        ("warning", _same_name, _name_key),
    )
    reported: set[frozenset[int]] = set()
    findings = []
    for severity, what, key_of in keys:
        groups: dict[str, list[ParticipantInfo]] = defaultdict(list)
        for participant in snapshot.participants:
            key = key_of(participant)
            if key is not None:
                groups[key].append(participant)
        for group in groups.values():
            records = {p.organisation.id for p in group}
            numbers = frozenset(p.number for p in group)
            if len(records) < 2 or numbers in reported:
                continue
            reported.add(numbers)
            findings.append(
                finding(
                    severity,
                    "duplicate_organisation",
                    what(_named(group)),
                    messages.gettext(
                        "Keep one of them in the project and merge the two organisation "
                        "records in the directory; if they really are different legal "
                        "entities, correct the PIC, VAT number or legal name."),
                    tuple(sorted(numbers)),
                )
            )
    return findings


CHECKS: tuple[Callable[[ProjectSnapshot], list[Finding]], ...] = (
    pic_format,
    vat_format,
    nuts_region,
    region_category_missing,
    sme_class,
    single_coordinator,
    wp_months,
    task_months,
    deliverable_due,
    milestone_due,
    wp_lead,
    wp_effort,
    personnel_rate,
    participant_effort,
    participant_costs,
    subcontracting_share,
    duplicate_organisation,
)
