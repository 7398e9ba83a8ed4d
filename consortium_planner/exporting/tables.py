"""The project's tables as plain rows (text, int, Decimal): what the CSV files and the workbook's
value sheets hold, so both exports show the same columns with the same labels.

Every figure comes from `ProjectSnapshot.budget`, the engine that `summary --json` reports, so
nothing here recomputes money.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal, Protocol

from consortium_planner.domain.money import ZERO
from consortium_planner.domain.project import ParticipantInfo, ProjectSnapshot
from consortium_planner.domain.vocab import OrgType, RegionCategory, Role

Kind = Literal["text", "int", "money", "months", "rate"]
Value = str | int | Decimal | None

CATEGORY_TITLES: dict[str, str] = {
    "A": "A. Personnel",
    "B": "B. Subcontracting",
    "C1": "C.1 Travel",
    "C2": "C.2 Equipment",
    "C3": "C.3 Other goods and services",
    "D1": "D.1 Third-party support",
    "D": "D. Other costs",
    "E": "E. Indirect costs",
}


@dataclass(frozen=True)
class Column:
    title: str
    kind: Kind = "text"


@dataclass(frozen=True)
class Table:
    name: str  # file and sheet stem: "partners", "cost_lines" ...
    title: str
    columns: tuple[Column, ...]
    rows: list[tuple[Value, ...]]


def _label(enum: type, value: str | None) -> str:
    if not value:
        return ""
    try:
        return str(enum(value).label)
    except ValueError:
        return value


def org_type_label(value: str | None) -> str:
    return _label(OrgType, value)


def role_label(value: str | None) -> str:
    return _label(Role, value)


def region_category_label(value: str | None) -> str:
    return _label(RegionCategory, value)


def sme_class_label(value: str | None) -> str:
    return value.capitalize() if value else ""


def participant_label(snapshot: ProjectSnapshot, number: int | None) -> str:
    """'3 Acme' for a lead column; empty when no participant is set."""
    if number is None:
        return ""
    participant = snapshot.participant(number)
    return f"{number} {participant.short_name}" if participant else str(number)


def _profit_text(participant: ParticipantInfo) -> str:
    profit = participant.organisation.profit
    return "" if profit is None else ("yes" if profit else "no")


def partners_table(snapshot: ProjectSnapshot) -> Table:
    columns = (
        Column("No", "int"),
        Column("Short name"),
        Column("Legal name"),
        Column("PIC"),
        Column("VAT"),
        Column("Country"),
        Column("NUTS 2"),
        Column("Region category"),
        Column("Region category source"),
        Column("Organisation type"),
        Column("SME class"),
        Column("Profit-making"),
        Column("Role"),
        Column("City"),
        Column("Monthly personnel cost", "money"),
        Column("Funding rate", "rate"),
    )
    rows: list[tuple[Value, ...]] = [
        (
            p.number,
            p.short_name,
            p.organisation.legal_name,
            p.organisation.pic or "",
            p.organisation.vat or "",
            p.organisation.country,
            p.organisation.nuts2,
            region_category_label(p.region_category.category),
            p.region_category.source,
            org_type_label(p.organisation.org_type),
            sme_class_label(p.organisation.sme_class),
            _profit_text(p),
            role_label(p.role),
            p.organisation.city,
            p.monthly_personnel_cost,
            p.funding_rate,
        )
        for p in snapshot.participants
    ]
    return Table("partners", "Partners", columns, rows)


BUDGET_CATEGORIES: tuple[str, ...] = ("A", "B", "C1", "C2", "C3", "D", "E")


def budget_table(snapshot: ProjectSnapshot) -> Table:
    columns = (
        Column("No", "int"),
        Column("Participant"),
        Column("Person-months", "months"),
        *(Column(CATEGORY_TITLES[c], "money") for c in BUDGET_CATEGORIES),
        Column("Total eligible costs", "money"),
        Column("Funding rate", "rate"),
        Column("EU contribution", "money"),
        Column("Own contribution", "money"),
    )
    rows: list[tuple[Value, ...]] = []
    for participant, figures in zip(snapshot.participants, snapshot.budget.participants):
        rows.append(
            (
                participant.number,
                participant.short_name,
                figures.person_months,
                *(figures.costs[c] for c in BUDGET_CATEGORIES),
                figures.total_eligible,
                figures.funding_rate,
                figures.eu_contribution,
                figures.own_contribution,
            )
        )
    totals = snapshot.budget.totals
    rows.append(
        (
            None,
            "Total",
            totals["person_months"],
            *(totals[c] for c in BUDGET_CATEGORIES),
            totals["total_eligible"],
            None,
            totals["eu_contribution"],
            totals["own_contribution"],
        )
    )
    return Table("budget", "Budget", columns, rows)


def cost_lines_table(snapshot: ProjectSnapshot) -> Table:
    columns = (
        Column("Participant", "int"),
        Column("Short name"),
        Column("Category"),
        Column("WP", "int"),
        Column("Description"),
        Column("Quantity", "months"),
        Column("Unit cost", "money"),
        Column("Amount", "money"),
    )
    names = {p.number: p.short_name for p in snapshot.participants}
    rows: list[tuple[Value, ...]] = [
        (
            cost.participant,
            names.get(cost.participant, ""),
            cost.category,
            cost.work_package,
            cost.description,
            cost.quantity,
            cost.unit_cost,
            cost.amount,
        )
        for cost in snapshot.costs
    ]
    return Table("cost_lines", "Cost lines", columns, rows)


def effort_matrix(snapshot: ProjectSnapshot) -> dict[tuple[int, int], Decimal]:
    """Person-months keyed by (participant, work package); absent pairs are zero."""
    matrix: dict[tuple[int, int], Decimal] = {}
    for effort in snapshot.efforts:
        key = (effort.participant, effort.work_package)
        matrix[key] = matrix.get(key, ZERO) + effort.person_months
    return matrix


def effort_table(snapshot: ProjectSnapshot) -> Table:
    numbers = [wp.number for wp in snapshot.work_packages]
    columns = (
        Column("No", "int"),
        Column("Participant"),
        *(Column(f"WP{n}", "months") for n in numbers),
        Column("Total", "months"),
    )
    matrix = effort_matrix(snapshot)
    rows: list[tuple[Value, ...]] = []
    for participant in snapshot.participants:
        cells = [matrix.get((participant.number, n), ZERO) for n in numbers]
        rows.append((participant.number, participant.short_name, *cells, sum(cells, ZERO)))
    column_totals = [
        sum((matrix.get((p.number, n), ZERO) for p in snapshot.participants), ZERO)
        for n in numbers
    ]
    rows.append((None, "Total", *column_totals, sum(column_totals, ZERO)))
    return Table("effort", "Effort (person-months)", columns, rows)


def work_packages_table(snapshot: ProjectSnapshot) -> Table:
    columns = (
        Column("WP", "int"),
        Column("Title"),
        Column("Lead"),
        Column("Start month", "int"),
        Column("End month", "int"),
        Column("Person-months", "months"),
        Column("Direct costs", "money"),
    )
    figures = {w.number: w for w in snapshot.budget.work_packages}
    rows: list[tuple[Value, ...]] = []
    for wp in snapshot.work_packages:
        budget = figures.get(wp.number)
        rows.append(
            (
                wp.number,
                wp.title,
                participant_label(snapshot, wp.lead),
                wp.start_month,
                wp.end_month,
                budget.person_months if budget else ZERO,
                budget.direct_costs if budget else ZERO,
            )
        )
    unassigned = figures.get(None)
    if unassigned is not None:
        rows.append(
            (None, "Not assigned to a work package", "", None, None,
             unassigned.person_months, unassigned.direct_costs)
        )
    return Table("work_packages", "Work packages", columns, rows)


def deliverables_table(snapshot: ProjectSnapshot) -> Table:
    columns = (
        Column("Code"),
        Column("Title"),
        Column("WP", "int"),
        Column("Lead"),
        Column("Type"),
        Column("Dissemination"),
        Column("Due month", "int"),
    )
    rows: list[tuple[Value, ...]] = [
        (
            d.code,
            d.title,
            d.work_package,
            participant_label(snapshot, d.lead),
            d.type,
            d.dissemination,
            d.due_month,
        )
        for d in snapshot.deliverables
    ]
    return Table("deliverables", "Deliverables", columns, rows)


def milestones_table(snapshot: ProjectSnapshot) -> Table:
    columns = (
        Column("Code"),
        Column("Title"),
        Column("WPs"),
        Column("Due month", "int"),
        Column("Means of verification"),
    )
    rows: list[tuple[Value, ...]] = [
        (
            m.code,
            m.title,
            ", ".join(f"WP{n}" for n in m.work_packages),
            m.due_month,
            m.verification,
        )
        for m in sorted(snapshot.milestones, key=lambda m: (m.due_month, m.number))
    ]
    return Table("milestones", "Milestones", columns, rows)


def all_tables(snapshot: ProjectSnapshot) -> Sequence[Table]:
    return (
        partners_table(snapshot),
        budget_table(snapshot),
        cost_lines_table(snapshot),
        effort_table(snapshot),
        work_packages_table(snapshot),
        deliverables_table(snapshot),
        milestones_table(snapshot),
    )


class FindingLike(Protocol):
    """What an export needs of a check result (`consortium_planner.rules.findings.Finding`)."""

    severity: str
    rule: str
    message: str


SEVERITY_ORDER: dict[str, int] = {"error": 0, "warning": 1, "info": 2}


def sorted_findings(findings: Sequence[FindingLike]) -> list[FindingLike]:
    """Errors first, then warnings, then information; stable within each."""
    return sorted(findings, key=lambda f: SEVERITY_ORDER.get(f.severity, len(SEVERITY_ORDER)))


def finding_fix(finding: FindingLike) -> str:
    return str(getattr(finding, "fix", "") or "")
