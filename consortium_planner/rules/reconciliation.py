"""Reconciliation: do the effort, the rates and the money tell the same story?

`reconciliation(snapshot)` is the report the UI and the PDF show (personnel from person-months x
monthly rates against personnel cost lines, effort per work package against its months, each
participant's, country's and region category's share of the budget). The checks below read it
and raise what needs a look: personnel counted twice or without effort, more person-months than
an organisation's staff can give in the months available, one participant holding too much of
the budget.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from consortium_planner.domain.budget import personnel_from_effort
from consortium_planner.domain.money import ZERO
from consortium_planner.domain.vocab import CostCategory, RegionCategory
from consortium_planner.reference import messages
from consortium_planner.rules.consortium import country_code
from consortium_planner.rules.findings import Finding, finding
from consortium_planner.reference.messages import Amount, Number, Percent

if TYPE_CHECKING:
    from consortium_planner.domain.project import ParticipantInfo, ProjectSnapshot

# Above this share of the eligible costs one participant dominates the budget. A rule of thumb
# of evaluators, not a call rule, so a finding about it is a warning, never an error.
DEFAULT_PARTICIPANT_SHARE_MAX = Decimal("0.40")
UNKNOWN = "unknown"


@dataclass(frozen=True)
class PersonnelLine:
    """One participant's personnel: from effort x rate, from A cost lines, and in total."""

    participant: int
    short_name: str
    person_months: Decimal
    monthly_rate: Decimal
    from_effort: Decimal
    from_cost_lines: Decimal
    total: Decimal

    @property
    def implied_monthly_rate(self) -> Decimal | None:
        """Personnel cost per person-month as planned (None without person-months)."""
        if self.person_months <= ZERO:
            return None
        return self.total / self.person_months


@dataclass(frozen=True)
class ShareLine:
    """A group's part of the budget: a participant, a country or a region category."""

    key: str
    label: str
    participants: tuple[int, ...]
    person_months: Decimal
    total_eligible: Decimal
    eu_contribution: Decimal
    share: Decimal  # of the project's eligible costs (0 when the project has none)


@dataclass(frozen=True)
class WorkPackageEffort:
    """Person-months in a work package against its months (full-time people it implies)."""

    number: int
    months: int
    person_months: Decimal
    participants: tuple[int, ...]

    @property
    def full_time_people(self) -> Decimal:
        return self.person_months / self.months if self.months > 0 else ZERO


@dataclass(frozen=True)
class Reconciliation:
    personnel: tuple[PersonnelLine, ...]
    participants: tuple[ShareLine, ...]
    countries: tuple[ShareLine, ...]
    region_categories: tuple[ShareLine, ...]
    work_packages: tuple[WorkPackageEffort, ...]
    total_eligible: Decimal


def _share(part: Decimal, whole: Decimal) -> Decimal:
    return part / whole if whole > ZERO else ZERO


def _group_lines(
    snapshot: ProjectSnapshot,
    key_of: Callable[[ParticipantInfo], str],
    label_of: Callable[[str], str],
    order: Callable[[str], object],
) -> tuple[ShareLine, ...]:
    figures = {b.number: b for b in snapshot.budget.participants}
    total = snapshot.budget.totals["total_eligible"]
    groups: dict[str, list[ParticipantInfo]] = defaultdict(list)
    for participant in snapshot.participants:
        groups[key_of(participant)].append(participant)
    lines = []
    for key in sorted(groups, key=order):
        members = groups[key]
        eligible = sum((figures[p.number].total_eligible for p in members), ZERO)
        lines.append(
            ShareLine(
                key=key,
                label=label_of(key),
                participants=tuple(p.number for p in members),
                person_months=sum((figures[p.number].person_months for p in members), ZERO),
                total_eligible=eligible,
                eu_contribution=sum((figures[p.number].eu_contribution for p in members), ZERO),
                share=_share(eligible, total),
            )
        )
    return tuple(lines)


def _category_label(key: str) -> str:
    return RegionCategory(key).label if key != UNKNOWN else "No known category"


def _category_order(key: str) -> int:
    order = [c.value for c in RegionCategory]
    return order.index(key) if key in order else len(order)


def _personnel(snapshot: ProjectSnapshot) -> tuple[PersonnelLine, ...]:
    lines = []
    for participant in snapshot.participants:
        efforts = [e for e in snapshot.efforts if e.participant == participant.number]
        rate = participant.monthly_personnel_cost
        from_effort = sum(
            (personnel_from_effort(e.person_months, rate) for e in efforts), ZERO
        )
        from_lines = sum(
            (
                c.amount
                for c in snapshot.costs
                if c.participant == participant.number and c.category == CostCategory.A
            ),
            ZERO,
        )
        lines.append(
            PersonnelLine(
                participant=participant.number,
                short_name=participant.short_name,
                person_months=sum((e.person_months for e in efforts), ZERO),
                monthly_rate=rate,
                from_effort=from_effort,
                from_cost_lines=from_lines,
                total=from_effort + from_lines,
            )
        )
    return tuple(lines)


def _work_packages(snapshot: ProjectSnapshot) -> tuple[WorkPackageEffort, ...]:
    return tuple(
        WorkPackageEffort(
            number=wp.number,
            months=max(wp.end_month - wp.start_month + 1, 0),
            person_months=sum(
                (e.person_months for e in snapshot.efforts if e.work_package == wp.number), ZERO
            ),
            participants=tuple(
                sorted(
                    {
                        e.participant
                        for e in snapshot.efforts
                        if e.work_package == wp.number and e.person_months > ZERO
                    }
                )
            ),
        )
        for wp in snapshot.work_packages
    )


def reconciliation(snapshot: ProjectSnapshot) -> Reconciliation:
    """The reconciliation report of a project (pure: the snapshot's budget, regrouped)."""
    by_number = {p.number: p for p in snapshot.participants}
    return Reconciliation(
        personnel=_personnel(snapshot),
        participants=_group_lines(
            snapshot,
            lambda p: str(p.number),
            lambda key: f"{key} {by_number[int(key)].short_name}",
            int,
        ),
        countries=_group_lines(
            snapshot,
            lambda p: country_code(p) or UNKNOWN,
            lambda key: key if key != UNKNOWN else "No known country",
            lambda key: (key == UNKNOWN, key),
        ),
        region_categories=_group_lines(
            snapshot,
            lambda p: p.region_category.category or UNKNOWN,
            _category_label,
            _category_order,
        ),
        work_packages=_work_packages(snapshot),
        total_eligible=snapshot.budget.totals["total_eligible"],
    )


def personnel_costs(snapshot: ProjectSnapshot) -> list[Finding]:
    """Personnel from effort x rate and personnel cost lines: counted twice, or without effort.

    Effort with no rate and no cost lines is the data rule `personnel_rate`.
    """
    findings = []
    for line in _personnel(snapshot):
        participant = snapshot.participant(line.participant)
        assert participant is not None
        who = messages.participant(participant.number, participant.short_name)
        if line.from_effort > ZERO and line.from_cost_lines > ZERO:
            findings.append(
                finding(
                    "warning",
                    "personnel_costs",
                    messages.gettext(
                        "{who} has personnel costs from effort ({months} person-months x "
                        "{rate} = {amount}) and also personnel cost lines of {lines}.",
                        who=who, months=Number(line.person_months),
                        rate=Amount(line.monthly_rate), amount=Amount(line.from_effort),
                        lines=Amount(line.from_cost_lines)),
                    messages.gettext(
                        "Make sure the cost lines are not the same staff counted twice; if "
                        "they are, delete them or set the monthly personnel cost to zero."),
                    (line.participant,),
                )
            )
        elif line.from_cost_lines > ZERO and line.person_months <= ZERO:
            findings.append(
                finding(
                    "warning",
                    "personnel_costs",
                    messages.gettext(
                        "{who} has personnel cost lines of {lines} but no person-months, so "
                        "the staff-effort table does not match the budget.",
                        who=who, lines=Amount(line.from_cost_lines)),
                    messages.gettext("Enter the participant's person-months per work package."),
                    (line.participant,),
                )
            )
        elif line.from_cost_lines > ZERO and line.from_effort <= ZERO:
            implied = line.implied_monthly_rate
            assert implied is not None
            findings.append(
                finding(
                    "info",
                    "personnel_costs",
                    messages.gettext(
                        "{who} plans its personnel as cost lines ({lines} for {months} "
                        "person-months, {rate} per person-month).",
                        who=who, lines=Amount(line.from_cost_lines),
                        months=Number(line.person_months), rate=Amount(implied)),
                    messages.gettext(
                        "Nothing to do if that rate is right; entering a monthly personnel "
                        "cost instead keeps the budget in step when effort changes."),
                    (line.participant,),
                )
            )
    return findings


def _capacity_finding(
    participant: ParticipantInfo, staff: int, person_months: Decimal, months: int,
    work_package: str | None, work_packages: Iterable[int],
) -> Finding:
    values = {"who": messages.participant(participant.number, participant.short_name),
              "pm": Number(person_months), "staff": staff, "months": months,
              "capacity": staff * months}
    if work_package is None:
        message = messages.gettext(
            "{who} plans {pm} person-months in the project, more than its {staff} staff can "
            "work in {months} months ({staff} x {months} = {capacity}).", **values)
    else:
        message = messages.gettext(
            "{who} plans {pm} person-months in {wp}, more than its {staff} staff can work in "
            "{months} months ({staff} x {months} = {capacity}).", wp=work_package, **values)
    return finding(
        "warning",
        "effort_capacity",
        message,
        messages.gettext("Check the effort and the staff headcount; spread the effort over more "
                         "months or more participants if it is right."),
        (participant.number,),
        tuple(work_packages),
    )


def effort_capacity(snapshot: ProjectSnapshot) -> list[Finding]:
    """More person-months than the organisation's staff can give in the months available.

    Needs the staff headcount; without it there is nothing to compare with.
    """
    findings = []
    months_of = {wp.number: wp for wp in _work_packages(snapshot)}
    for participant in snapshot.participants:
        staff = participant.organisation.staff_headcount
        if not staff:
            continue
        efforts = [e for e in snapshot.efforts if e.participant == participant.number]
        flagged = False
        for effort in efforts:
            wp = months_of.get(effort.work_package)
            if wp is not None and effort.person_months > staff * wp.months:
                flagged = True
                findings.append(
                    _capacity_finding(participant, staff, effort.person_months, wp.months,
                                      f"WP{wp.number}", (wp.number,))
                )
        total = sum((e.person_months for e in efforts), ZERO)
        duration = snapshot.project.duration_months
        if not flagged and total > staff * duration:
            findings.append(
                _capacity_finding(participant, staff, total, duration, None, ())
            )
    return findings


def budget_share(snapshot: ProjectSnapshot) -> list[Finding]:
    """One participant holding more of the eligible costs than the profile's share (or 40 %)."""
    limit = snapshot.profile.participant_share_max or DEFAULT_PARTICIPANT_SHARE_MAX
    report = reconciliation(snapshot)
    if len(report.participants) < 2:
        return []
    findings = []
    for line in report.participants:
        if line.share <= limit:
            continue
        participant = snapshot.participant(int(line.key))
        assert participant is not None
        findings.append(
            finding(
                "warning",
                "budget_share",
                messages.gettext(
                    "{who} holds {share} of the project's eligible costs ({amount} of "
                    "{total}), more than {limit}.",
                    who=messages.participant(participant.number, participant.short_name),
                    share=Percent(line.share), amount=Amount(line.total_eligible),
                    total=Amount(report.total_eligible), limit=Percent(limit)),
                messages.gettext("Check that the work is spread fairly; evaluators question a "
                                 "consortium that depends on one participant."),
                (participant.number,),
            )
        )
    return findings


CHECKS: tuple[Callable[[ProjectSnapshot], list[Finding]], ...] = (
    personnel_costs,
    effort_capacity,
    budget_share,
)
