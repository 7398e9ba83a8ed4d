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
from consortium_planner.domain.project import (
    ParticipantInfo,
    ProjectSnapshot,
    RegionCategoryInfo,
)
from consortium_planner.reference import vocab_labels
from consortium_planner.reference.wording import ENGLISH, Wording

Kind = Literal["text", "int", "money", "months", "rate"]
Value = str | int | Decimal | None


def region_category_source(info: RegionCategoryInfo, w: Wording = ENGLISH) -> str:
    """Where a region's category comes from, worded in `w`'s language (the notes it quotes, a
    reason or a reference source, stay as written)."""
    if info.kind == "override":
        return w.gettext("participant override: {reason}").format(
            reason=info.detail or w.gettext("no reason given"))
    if info.kind == "workspace":
        return w.gettext("workspace: {source}").format(source=info.detail) if info.detail \
            else w.gettext("workspace")
    if info.kind == "shipped":
        return w.gettext("shipped: {source}").format(source=info.detail)
    if info.kind == "version":
        return w.gettext("as kept by {source}").format(source=info.detail)
    if info.kind == "unknown":
        return w.gettext("no known category for this region")
    if info.kind == "no_region":
        return w.gettext("no NUTS 2 region given")
    return info.source


def category_titles(wording: Wording = ENGLISH) -> dict[str, str]:
    """The budget columns' short titles, by category key (the summary's shorter wording)."""
    return {
        "A": wording.gettext("A. Personnel"),
        "B": wording.gettext("B. Subcontracting"),
        "C1": wording.gettext("C.1 Travel"),
        "C2": wording.gettext("C.2 Equipment"),
        "C3": wording.gettext("C.3 Other goods and services"),
        "D1": wording.gettext("D.1 Third-party support"),
        "D": wording.gettext("D. Other costs"),
        "E": wording.gettext("E. Indirect costs"),
    }


CATEGORY_TITLES: dict[str, str] = category_titles()


def summary_category_titles(wording: Wording = ENGLISH) -> dict[str, str]:
    """The titles of the summary's categories, whose D holds D.1 too: "D. Other costs" is the
    other D lines alone wherever D.1 has a column of its own (the workbook)."""
    return {**category_titles(wording), "D": wording.gettext("D. Other costs incl. D.1")}


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


def org_type_label(value: str | None, wording: Wording = ENGLISH) -> str:
    return vocab_labels.org_type_label(value, wording.texts)


def role_label(value: str | None, wording: Wording = ENGLISH) -> str:
    return vocab_labels.role_label(value, wording.texts)


def region_category_label(value: str | None, wording: Wording = ENGLISH) -> str:
    return vocab_labels.region_category_label(value, wording.texts)


def sme_class_label(value: str | None, wording: Wording = ENGLISH) -> str:
    return vocab_labels.sme_class_label(value, wording.texts)


def participant_label(snapshot: ProjectSnapshot, number: int | None) -> str:
    """'3 Acme' for a lead column; empty when no participant is set."""
    if number is None:
        return ""
    participant = snapshot.participant(number)
    return f"{number} {participant.short_name}" if participant else str(number)


def _profit_text(participant: ParticipantInfo, wording: Wording) -> str:
    return vocab_labels.yes_no(participant.organisation.profit, wording.texts)


def partners_table(snapshot: ProjectSnapshot, w: Wording = ENGLISH) -> Table:
    columns = (
        Column(w.pgettext("column", "No"), "int"),
        Column(w.gettext("Short name")),
        Column(w.gettext("Legal name")),
        Column(w.gettext("PIC")),
        Column(w.gettext("VAT")),
        Column(w.gettext("Country")),
        Column(w.gettext("NUTS 2")),
        Column(w.gettext("Region category")),
        Column(w.gettext("Region category source")),
        Column(w.gettext("Organisation type")),
        Column(w.gettext("SME class")),
        Column(w.gettext("Profit-making")),
        Column(w.gettext("Role")),
        Column(w.gettext("City")),
        Column(w.gettext("Monthly personnel cost"), "money"),
        Column(w.gettext("Funding rate"), "rate"),
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
            region_category_label(p.region_category.category, w),
            region_category_source(p.region_category, w),
            org_type_label(p.organisation.org_type, w),
            sme_class_label(p.organisation.sme_class, w),
            _profit_text(p, w),
            role_label(p.role, w),
            p.organisation.city,
            p.monthly_personnel_cost,
            p.funding_rate,
        )
        for p in snapshot.participants
    ]
    return Table("partners", w.gettext("Partners"), columns, rows)


BUDGET_CATEGORIES: tuple[str, ...] = ("A", "B", "C1", "C2", "C3", "D", "E")


def budget_table(snapshot: ProjectSnapshot, w: Wording = ENGLISH) -> Table:
    columns = (
        Column(w.pgettext("column", "No"), "int"),
        Column(w.gettext("Participant")),
        Column(w.gettext("Person-months"), "months"),
        *(Column(summary_category_titles(w)[c], "money") for c in BUDGET_CATEGORIES),
        Column(w.gettext("Total eligible costs"), "money"),
        Column(w.gettext("Funding rate"), "rate"),
        Column(w.gettext("EU contribution"), "money"),
        Column(w.gettext("Own contribution"), "money"),
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
            w.gettext("Total"),
            totals["person_months"],
            *(totals[c] for c in BUDGET_CATEGORIES),
            totals["total_eligible"],
            None,
            totals["eu_contribution"],
            totals["own_contribution"],
        )
    )
    return Table("budget", w.gettext("Budget"), columns, rows)


def cost_lines_table(snapshot: ProjectSnapshot, w: Wording = ENGLISH) -> Table:
    columns = (
        Column(w.gettext("Participant"), "int"),
        Column(w.gettext("Short name")),
        Column(w.gettext("Category")),
        Column(w.gettext("WP"), "int"),
        Column(w.gettext("Description")),
        Column(w.gettext("Quantity"), "months"),
        Column(w.gettext("Unit cost"), "money"),
        Column(w.gettext("Amount"), "money"),
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
    return Table("cost_lines", w.gettext("Cost lines"), columns, rows)


def effort_matrix(snapshot: ProjectSnapshot) -> dict[tuple[int, int], Decimal]:
    """Person-months keyed by (participant, work package); absent pairs are zero."""
    matrix: dict[tuple[int, int], Decimal] = {}
    for effort in snapshot.efforts:
        key = (effort.participant, effort.work_package)
        matrix[key] = matrix.get(key, ZERO) + effort.person_months
    return matrix


def effort_table(snapshot: ProjectSnapshot, w: Wording = ENGLISH) -> Table:
    numbers = [wp.number for wp in snapshot.work_packages]
    columns = (
        Column(w.pgettext("column", "No"), "int"),
        Column(w.gettext("Participant")),
        *(Column(f"WP{n}", "months") for n in numbers),
        Column(w.gettext("Total"), "months"),
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
    rows.append((None, w.gettext("Total"), *column_totals, sum(column_totals, ZERO)))
    return Table("effort", w.gettext("Effort (person-months)"), columns, rows)


def work_packages_table(snapshot: ProjectSnapshot, w: Wording = ENGLISH) -> Table:
    columns = (
        Column(w.gettext("WP"), "int"),
        Column(w.gettext("Title")),
        Column(w.gettext("Lead")),
        Column(w.gettext("Start month"), "int"),
        Column(w.gettext("End month"), "int"),
        Column(w.gettext("Person-months"), "months"),
        Column(w.gettext("Direct costs"), "money"),
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
            (None, w.gettext("Not assigned to a work package"), "", None, None,
             unassigned.person_months, unassigned.direct_costs)
        )
    return Table("work_packages", w.gettext("Work packages"), columns, rows)


def deliverables_table(snapshot: ProjectSnapshot, w: Wording = ENGLISH) -> Table:
    columns = (
        Column(w.gettext("Code")),
        Column(w.gettext("Title")),
        Column(w.gettext("WP"), "int"),
        Column(w.gettext("Lead")),
        Column(w.gettext("Type")),
        Column(w.gettext("Dissemination")),
        Column(w.gettext("Due month"), "int"),
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
    return Table("deliverables", w.gettext("Deliverables"), columns, rows)


def milestones_table(snapshot: ProjectSnapshot, w: Wording = ENGLISH) -> Table:
    columns = (
        Column(w.gettext("Code")),
        Column(w.gettext("Title")),
        Column(w.gettext("WPs")),
        Column(w.gettext("Due month"), "int"),
        Column(w.gettext("Means of verification")),
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
    return Table("milestones", w.gettext("Milestones"), columns, rows)


def all_tables(snapshot: ProjectSnapshot, w: Wording = ENGLISH) -> Sequence[Table]:
    return (
        partners_table(snapshot, w),
        budget_table(snapshot, w),
        cost_lines_table(snapshot, w),
        effort_table(snapshot, w),
        work_packages_table(snapshot, w),
        deliverables_table(snapshot, w),
        milestones_table(snapshot, w),
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


def severity_label(severity: str, w: Wording = ENGLISH) -> str:
    """'Error', 'Warning', 'Info' in the export's language (the stored value otherwise)."""
    labels = {"error": w.gettext("Error"), "warning": w.gettext("Warning"),
              "info": w.gettext("Info")}
    return labels.get(severity, severity)


def finding_fix(finding: FindingLike) -> str:
    return str(getattr(finding, "fix", "") or "")
