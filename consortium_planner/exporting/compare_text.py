"""How a comparison's rows read in a language: section titles, items, fields, values and changes.

domain/compare.py builds the rows in plain English (its field names are the rows' identities and
the JSON's); this is the one place that words them for a reader: the PDF and the workbook, the
window's Compare page (in the window's language) and the command line (`compare --language`).
Values of a vocabulary (role, region category, organisation type) take the labels of
reference/vocab_labels, the budget categories the summary's titles (exporting/tables), check
outcomes the severities' labels; numbers follow the language's locale ("3.900,00" in German).
Rule ids, acronyms, participants' names and country codes stay as they are.
"""

from __future__ import annotations

import re
from decimal import Decimal

from consortium_planner.domain.compare import ABSENT, CHECK_PASSES, Comparison, Row, Value
from consortium_planner.exporting.tables import severity_label, summary_category_titles
from consortium_planner.reference import vocab_labels
from consortium_planner.reference.wording import ENGLISH, Wording

_WORK_PACKAGE_EFFORT = re.compile(r"WP(\d+) person-months")


def section_titles(w: Wording = ENGLISH) -> dict[str, str]:
    """The comparison's sections (domain/compare.SECTIONS) in the language."""
    return {"project": w.gettext("Project"), "consortium": w.gettext("Consortium"),
            "effort": w.gettext("Effort"), "budget": w.gettext("Budget"),
            "work_plan": w.gettext("Work plan"), "checks": w.gettext("Checks")}


def total_titles(w: Wording = ENGLISH) -> dict[str, str]:
    """The totals every report shows, by their key in `Comparison.totals`."""
    return {"total_eligible": w.gettext("Total eligible costs"),
            "eu_contribution": w.gettext("EU contribution"),
            "own_contribution": w.gettext("Own contribution"),
            "person_months": w.gettext("Person-months")}


def _field_labels(w: Wording) -> dict[str, str]:
    """The rows' fields by the domain's English name (budget fields by their category key)."""
    categories = summary_category_titles(w)
    totals = total_titles(w)
    return {
        "Title": w.gettext("Title"),
        "Call profile": w.gettext("Call profile"),
        "Start date": w.gettext("Start date"),
        "Duration (months)": w.gettext("Duration (months)"),
        "Participant": w.gettext("Participant"),
        "Role": w.gettext("Role"),
        "Country": w.gettext("Country"),
        "Region (NUTS 2)": w.gettext("Region (NUTS 2)"),
        "Region category": w.gettext("Region category"),
        "Organisation type": w.gettext("Organisation type"),
        "Funding rate": w.gettext("Funding rate"),
        "Monthly personnel cost": w.gettext("Monthly personnel cost"),
        "Person-months (participant total)": w.gettext("Person-months (participant total)"),
        "Person-months (work package total)": w.gettext("Person-months (work package total)"),
        "Person-months": w.gettext("Person-months"),
        "A Personnel": categories["A"],
        "B Subcontracting": categories["B"],
        "C.1 Travel and subsistence": categories["C1"],
        "C.2 Equipment": categories["C2"],
        "C.3 Other goods, works and services": categories["C3"],
        "D Other cost categories": categories["D"],
        "E Indirect costs": categories["E"],
        "Total eligible costs": totals["total_eligible"],
        "EU contribution": totals["eu_contribution"],
        "Own contribution": totals["own_contribution"],
        "Start month": w.gettext("Start month"),
        "End month": w.gettext("End month"),
        "Due month": w.gettext("Due month"),
        "Lead": w.gettext("Lead"),
        "Work packages": w.gettext("Work packages"),
        "Outcome": w.gettext("Outcome"),
    }


def field_text(row: Row, w: Wording = ENGLISH) -> str:
    """The row's field, marked "(derived)" for a figure computed from others (a check's
    outcome always is one, so it goes unmarked)."""
    if match := _WORK_PACKAGE_EFFORT.fullmatch(row.field):
        field = w.gettext("WP{number} person-months").format(number=match[1])
    else:
        field = _field_labels(w).get(row.field, row.field)
    if row.derived and row.section != "checks":
        return w.gettext("{field} (derived)").format(field=field)
    return field


def item_text(row: Row, w: Wording = ENGLISH) -> str:
    """The thing the row is about: 'Project' and 'Total' in the language; names, WP2, T2.1 and
    rule ids as they are."""
    if row.section == "project" and row.entity == "Project":
        return w.gettext("Project")
    if row.entity == "Total":
        return w.gettext("Total")
    return row.entity


def _vocabulary(row: Row, value: str, w: Wording) -> str | None:
    """A vocabulary value's label; None for a field that has no vocabulary."""
    key = value.replace(" ", "_")  # the domain shows the stored key with spaces
    if row.field == "Role":
        return vocab_labels.role_label(key, w.texts)
    if row.field == "Region category":
        return vocab_labels.region_category_label(key, w.texts)
    if row.field == "Organisation type":
        return vocab_labels.org_type_label(key, w.texts)
    return None


def value_text(row: Row, value: Value, w: Wording = ENGLISH) -> str:
    """'1,234.50' / '1.234,50', '70 %', 'M6', 'Less developed'; '—' where the thing is absent,
    '(none)' where it is there with the field empty."""
    if value is None:
        return ABSENT
    if row.kind == "money" and isinstance(value, Decimal):
        return w.money(value)
    if row.kind == "months" and isinstance(value, Decimal):
        return w.number(value)
    if row.kind == "rate" and isinstance(value, Decimal):
        return w.percent(value)
    if row.kind == "month":
        if row.field == "Duration (months)":
            return str(value)
        return w.gettext("M{month}").format(month=value)
    if row.kind == "check":
        return w.gettext("passes") if value == CHECK_PASSES else severity_label(str(value), w)
    text = str(value)
    if not text:
        return w.gettext("(none)")
    if row.field == "Start date" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        from datetime import date

        return w.long_date(date.fromisoformat(text))
    label = _vocabulary(row, text, w)
    return text if label is None else label


def delta_text(row: Row, side: int, w: Wording = ENGLISH) -> str:
    """'+1,000.50 (+12.5 %)', '-3 months', 'removed'; empty for the reference and for a value
    equal to it."""
    if side == 0 or row.same(side):
        return ""
    delta = row.delta(side)
    if delta is None:
        status = row.status(side)
        if status == "added":
            return w.gettext("added")
        if status == "removed":
            return w.gettext("removed")
        return w.gettext("changed")
    sign = "+" if delta > 0 else ""
    if row.kind == "month":
        return w.ngettext("{delta} month", "{delta} months", abs(int(delta))).format(
            delta=f"{sign}{int(delta)}")
    amount = w.money(delta) if row.kind == "money" else w.number(delta)
    percent = row.percent(side)
    if percent is None:
        return f"{sign}{amount}"
    return f"{sign}{amount} ({sign}{w.percent(percent.quantize(Decimal('0.001')), 1)})"


def side_text(row: Row, side: int, w: Wording = ENGLISH, separator: str = "   ") -> str:
    """A side's value followed by its change, as the window's cells show them."""
    value = value_text(row, row.values[side], w)
    change = delta_text(row, side, w)
    return f"{value}{separator}{change}" if change else value


def headline(comparison: Comparison, w: Wording = ENGLISH) -> str:
    """'CIRCOMP-B: HCR removed; NOWA added.' per side, or '' when nobody joins or leaves."""
    parts = []
    for side, label in enumerate(comparison.sides[1:], start=1):
        changes = []
        if names := comparison.participants(side, "removed"):
            changes.append(w.gettext("{names} removed").format(names=", ".join(names)))
        if names := comparison.participants(side, "added"):
            changes.append(w.gettext("{names} added").format(names=", ".join(names)))
        if changes:
            parts.append(w.gettext("{side}: {changes}.").format(side=label,
                                                                changes="; ".join(changes)))
    return " ".join(parts)


def total_change(value: Decimal, reference: Decimal, w: Wording = ENGLISH, *,
                 money: bool = True) -> str:
    """A total's change from the reference: '+100.25 (+0.1 %)'; '' when it is the same."""
    if value == reference:
        return ""
    delta = value - reference
    sign = "+" if delta > 0 else ""
    shown = w.money(delta) if money else w.number(delta)
    if not reference:
        return f"{sign}{shown}"
    share = (delta / reference).quantize(Decimal("0.001"))
    return f"{sign}{shown} ({sign}{w.percent(share, 1)})"


def comparison_text(comparison: Comparison, w: Wording = ENGLISH, *,
                    everything: bool = False) -> str:
    """The command line's table: one block per section, item, field, each side's value and
    its change in brackets."""
    sides = comparison.sides
    lines = [w.gettext("Reference: {reference}; compared: {others}").format(
        reference=sides[0], others=", ".join(sides[1:]))]
    if text := headline(comparison, w):
        lines.append(w.gettext("Participants: {headline}").format(headline=text))
    titles = section_titles(w)
    for key, title in titles.items():
        rows = comparison.section(key, only_differences=not everything)
        if not rows:
            continue
        table = [["", "", *sides]]
        for row in rows:
            cells = [value_text(row, row.values[0], w)]
            for side in range(1, len(sides)):
                change = delta_text(row, side, w)
                value = value_text(row, row.values[side], w)
                cells.append(f"{value} [{change}]" if change else value)
            table.append([item_text(row, w), field_text(row, w), *cells])
        widths = [max(len(line[column]) for line in table) for column in range(len(table[0]))]
        lines += ["", title]
        for line in table:
            lines.append("  " + "  ".join(cell.ljust(width)
                                          for cell, width in zip(line, widths)).rstrip())
    count = len(comparison.differences)
    lines += ["", w.gettext("No differences.") if comparison.identical else w.ngettext(
        "{count} row differs ((derived): a figure computed from others).",
        "{count} rows differ ((derived): a figure computed from others).", count).format(
        count=count)]
    return "\n".join(lines)
