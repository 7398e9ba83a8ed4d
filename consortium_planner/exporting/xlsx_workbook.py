"""The Excel workbook for finance staff: every total is a live formula over the inputs.

Inputs are the cost lines, the person-months and monthly personnel costs (Effort), the funding
rates (Budget) and the indirect rate and base (Summary). The formulas reproduce the budget engine's
rounding exactly, so on export they evaluate to the app's figures to the cent:
- personnel from effort: ROUND(person-months x monthly cost, 2) per participant and WP, summed;
- indirect costs E: ROUND(rate x SUMPRODUCT(entered costs, base flags), 2) per participant;
- EU contribution: ROUNDDOWN(total x funding rate, 2); own contribution: total - EU.
Project totals are SUMs of the participant rows, as in the engine.

User text is never a formula: text starting with =, +, -, @, tab or CR is stored as a string with
Excel's quote prefix, so even editing the cell does not turn it into one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.worksheet import Worksheet

from consortium_planner.domain.budget import ENTERED_CATEGORIES
from consortium_planner.domain.money import ZERO, format_amount
from consortium_planner.domain.project import ProjectSnapshot
from consortium_planner.exporting.cell_text import set_text
from consortium_planner.exporting.files import replacing
from consortium_planner.exporting.value_chain_tables import (
    HELD,
    cluster_lines,
    matrix_rows,
    presence_lines,
    s3_lines,
    share_rows,
    startup_note,
)
from consortium_planner.exporting.tables import (
    FindingLike,
    Table,
    Value,
    category_titles,
    cost_lines_table,
    deliverables_table,
    finding_fix,
    milestones_table,
    participant_label,
    partners_table,
    severity_label,
    sorted_findings,
)
from consortium_planner.reference.profile_texts import profile_text
from consortium_planner.reference.wording import ENGLISH, Wording, wording

HEADER_FONT = Font(name="Calibri", size=11, bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DCE6F1")
TOTAL_FONT = Font(name="Calibri", size=11, bold=True)
HEADER_ALIGNMENT = Alignment(wrap_text=True, vertical="top")
HEADER_HEIGHT = 30  # two lines: long titles wrap instead of spilling into the next column
LEFT = Alignment(horizontal="left")
CENTRE = Alignment(horizontal="center")
MONTHS_FORMAT = "0.00"
RATE_FORMAT = "0.00%"
MAX_WIDTH = 60
WRAPPED_LINE_HEIGHT = 15  # points per line of Calibri 11, Excel's default row height

Progress = Callable[[int, int], None]


def money_format(currency: str) -> str:
    return f'#,##0.00 "{currency}"'


class _SheetWriter:
    """Writes one table-shaped sheet and remembers column widths as it goes."""

    def __init__(self, sheet: Worksheet, currency: str) -> None:
        self.sheet = sheet
        self.money = money_format(currency)
        self.widths: dict[int, int] = {}
        self.texts: list[tuple[int, int, str]] = []  # (row, column, text): to wrap if need be

    def _fit(self, column: int, width: int) -> None:
        if width > self.widths.get(column, 0):
            self.widths[column] = min(width, MAX_WIDTH)

    def header(self, titles: Sequence[str], row: int = 1) -> None:
        for index, title in enumerate(titles, start=1):
            cell = self.sheet.cell(row, index)
            set_text(cell, title)
            cell.font = HEADER_FONT
            cell.fill = HEADER_FILL
            cell.alignment = HEADER_ALIGNMENT
            self._fit(index, min(len(title), 18) + 2)
        if any(len(title) > 16 for title in titles):
            self.sheet.row_dimensions[row].height = HEADER_HEIGHT

    def value(self, row: int, column: int, value: Value, kind: str = "text") -> Cell:
        cell = self.sheet.cell(row, column)
        if value is None:
            return cell
        if isinstance(value, str):
            set_text(cell, value)
            self._fit(column, max(map(len, value.split("\n"))) + 2)
            self.texts.append((row, column, value))
            return cell
        cell.value = value
        self._format(cell, column, kind)
        return cell

    def formula(self, row: int, column: int, formula: str, kind: str) -> Cell:
        cell = self.sheet.cell(row, column)
        cell.value = formula
        self._format(cell, column, kind)
        return cell

    def _format(self, cell: Cell, column: int, kind: str) -> None:
        if kind == "money":
            cell.number_format = self.money
            self._fit(column, 18)
        elif kind == "months":
            cell.number_format = MONTHS_FORMAT
            self._fit(column, 10)
        elif kind == "rate":
            cell.number_format = RATE_FORMAT
            self._fit(column, 10)
        else:
            self._fit(column, 8)

    def bold_row(self, row: int, columns: int) -> None:
        for column in range(1, columns + 1):
            self.sheet.cell(row, column).font = TOTAL_FONT

    def finish(self, *, filter_rows: int | None, freeze: str = "A2") -> None:
        """Widths, frozen header, filter over header and data rows, print set-up."""
        sheet = self.sheet
        for column, width in self.widths.items():
            sheet.column_dimensions[get_column_letter(column)].width = width
        self._wrap_long_texts()
        sheet.freeze_panes = freeze
        last_column = get_column_letter(max(self.widths, default=1))
        if filter_rows is not None:
            sheet.auto_filter.ref = f"A1:{last_column}{max(filter_rows, 1) + 1}"
        sheet.print_title_rows = "1:1"
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
        sheet.sheet_properties.pageSetUpPr.fitToPage = True

    def _wrap_long_texts(self) -> None:
        """Wrap a text its column cannot show (a legal name, a check message, a note) where it
        would be cut off: beside a value, or in a column held at MAX_WIDTH. Prose beside empty
        cells (the Summary's notes) keeps spilling into them. Its row grows to show every line
        (not every spreadsheet program does that itself) and reads from the top."""
        lines: dict[int, int] = {}
        for row, column, text in self.texts:
            width = self.widths.get(column, MAX_WIDTH)
            beside = self.sheet.cell(row, column + 1).value is not None
            needed = sum(-(-max(len(part), 1) // max(width - 1, 1)) for part in text.split("\n"))
            if needed > 1 and (beside or width >= MAX_WIDTH or "\n" in text):
                cell = self.sheet.cell(row, column)
                cell.alignment = _with(cell.alignment, wrap_text=True)
                lines[row] = max(lines.get(row, 1), needed)
        for row, count in lines.items():
            self.sheet.row_dimensions[row].height = WRAPPED_LINE_HEIGHT * count + 2
            for cell in self.sheet[row]:
                cell.alignment = _with(cell.alignment, vertical="top")


def _with(alignment: Alignment, **changes: object) -> Alignment:
    """An alignment with some attributes changed (openpyxl's styles are immutable)."""
    return Alignment(**{**{name: getattr(alignment, name) for name in (
        "horizontal", "vertical", "wrap_text", "shrink_to_fit", "indent", "text_rotation")},
        **changes})


def _value_sheet(workbook: Workbook, table: Table, title: str, currency: str) -> _SheetWriter:
    writer = _SheetWriter(workbook.create_sheet(title), currency)
    writer.header([column.title for column in table.columns])
    for row_index, row in enumerate(table.rows, start=2):
        for column_index, (value, column) in enumerate(zip(row, table.columns), start=1):
            writer.value(row_index, column_index, value, column.kind)
    writer.finish(filter_rows=len(table.rows))
    return writer


@dataclass(frozen=True)
class SheetNames:
    """The sheets' names in the workbook's language; formulas refer to them quoted."""

    summary: str
    partners: str
    budget: str
    cost_lines: str
    effort: str
    work_packages: str
    deliverables: str
    milestones: str
    value_chain: str
    checks: str

    def ref(self, name: str) -> str:
        """'Budget' or "'Cost lines'": the name as a formula writes it before '!'."""
        return quote_sheetname(name)


def sheet_names(w: Wording = ENGLISH) -> SheetNames:
    """Translations keep under Excel's 31 characters and avoid []:*?/\\ (tests check)."""
    return SheetNames(
        summary=w.gettext("Summary"),
        partners=w.gettext("Partners"),
        budget=w.gettext("Budget"),
        cost_lines=w.gettext("Cost lines"),
        effort=w.gettext("Effort"),
        work_packages=w.gettext("Work packages"),
        deliverables=w.gettext("Deliverables"),
        milestones=w.gettext("Milestones"),
        value_chain=w.gettext("Value chain"),
        checks=w.gettext("Checks"),
    )


def _without(table: Table, titles: set[str]) -> Table:
    keep = [i for i, column in enumerate(table.columns) if column.title not in titles]
    return Table(
        table.name,
        table.title,
        tuple(table.columns[i] for i in keep),
        [tuple(row[i] for i in keep) for row in table.rows],
    )


# --- layout of the formula sheets -------------------------------------------------------------
# Cost lines: A participant, C category, D WP, H amount (see tables.cost_lines_table).
COST_PARTICIPANT, COST_CATEGORY, COST_WP, COST_AMOUNT = "A", "C", "D", "H"
# Budget: A No, B name, C PM, D..J entered categories, K E, L total, M rate, N EU, O own.
BUDGET_FIRST_CATEGORY = 4
# Summary: the indirect rate and the base flags that the Budget's E formulas read.
SUMMARY_RATE_ROW, SUMMARY_BASE_ROW, SUMMARY_FLAGS_ROW = 11, 12, 13


def _cost_sum(criteria: Sequence[tuple[str, str]], names: SheetNames) -> str:
    """SUMIFS over the Cost lines' amounts, e.g. [("A", "$A2"), ("C", '"B"')]."""
    cost_sheet = names.ref(names.cost_lines)
    parts = [f"{cost_sheet}!${COST_AMOUNT}:${COST_AMOUNT}"]
    for column, criterion in criteria:
        parts.append(f"{cost_sheet}!${column}:${column}")
        parts.append(criterion)
    return f"SUMIFS({','.join(parts)})"


def _sum_rows(letter: str, first: int, last: int) -> str:
    """A column total over rows first..last; with no rows it is 0, as SUM(C2:C1) would be the
    total cell itself, a circular reference that spreadsheets refuse (#VALUE!)."""
    return f"=SUM({letter}{first}:{letter}{last})" if last >= first else "=0"


class _EffortLayout:
    """Where the Effort sheet puts each work package's person-months and personnel cost."""

    def __init__(self, work_packages: Sequence[int], participants: int, sheet: str) -> None:
        self.sheet = sheet  # the quoted sheet name formulas use
        self.work_packages = list(work_packages)
        self.first_row, self.last_row = 2, participants + 1
        self.total_row = participants + 2
        count = len(self.work_packages)
        self.rate_column = 3
        self.months_columns = {wp: 4 + i for i, wp in enumerate(self.work_packages)}
        self.months_total = 4 + count
        self.cost_columns = {wp: self.months_total + 2 + i for i, wp in enumerate(work_packages)}
        self.cost_total = self.months_total + 2 + count

    def letter(self, column: int) -> str:
        return get_column_letter(column)

    def whole_column(self, column: int) -> str:
        letter = self.letter(column)
        return f"{self.sheet}!${letter}:${letter}"

    def column_range(self, column: int) -> str:
        letter = self.letter(column)
        return f"{self.sheet}!${letter}${self.first_row}:${letter}${self.last_row}"


def _effort_sheet(
    workbook: Workbook, snapshot: ProjectSnapshot, layout: _EffortLayout, currency: str,
    w: Wording, names: SheetNames,
) -> None:
    writer = _SheetWriter(workbook.create_sheet(names.effort), currency)
    titles = [w.pgettext("column", "No"), w.gettext("Participant"), w.gettext("Monthly personnel cost")]
    titles += [w.gettext("WP{number} PM").format(number=wp) for wp in layout.work_packages]
    titles += [w.gettext("Total PM"), ""]
    titles += [w.gettext("WP{number} personnel").format(number=wp)
               for wp in layout.work_packages]
    titles += [w.gettext("Total personnel")]
    writer.header(titles)
    efforts: dict[tuple[int, int], Decimal] = {}
    for effort in snapshot.efforts:
        key = (effort.participant, effort.work_package)
        efforts[key] = efforts.get(key, ZERO) + effort.person_months
    rate_letter = layout.letter(layout.rate_column)
    first_months = layout.letter(layout.months_columns[layout.work_packages[0]]) if (
        layout.work_packages
    ) else None
    for row, participant in enumerate(snapshot.participants, start=layout.first_row):
        writer.value(row, 1, participant.number, "int")
        writer.value(row, 2, participant.short_name)
        writer.value(row, layout.rate_column, participant.monthly_personnel_cost, "money")
        for wp in layout.work_packages:
            months_column = layout.months_columns[wp]
            months = layout.letter(months_column)
            writer.value(row, months_column, efforts.get((participant.number, wp), ZERO), "months")
            writer.formula(
                row,
                layout.cost_columns[wp],
                f"=ROUND({months}{row}*${rate_letter}{row},2)",
                "money",
            )
        if first_months is None:
            writer.value(row, layout.months_total, ZERO, "months")
            writer.value(row, layout.cost_total, ZERO, "money")
            continue
        last_months = layout.letter(layout.months_total - 1)
        first_cost = layout.letter(layout.cost_columns[layout.work_packages[0]])
        last_cost = layout.letter(layout.cost_total - 1)
        writer.formula(
            row, layout.months_total, f"=SUM({first_months}{row}:{last_months}{row})", "months"
        )
        writer.formula(
            row, layout.cost_total, f"=SUM({first_cost}{row}:{last_cost}{row})", "money"
        )
    total = layout.total_row
    writer.value(total, 2, w.gettext("Total"))
    sum_columns = [(c, "months") for c in [*layout.months_columns.values(), layout.months_total]]
    sum_columns += [(c, "money") for c in [*layout.cost_columns.values(), layout.cost_total]]
    for column, kind in sum_columns:
        letter = layout.letter(column)
        writer.formula(total, column, _sum_rows(letter, layout.first_row, layout.last_row), kind)
    writer.bold_row(total, layout.cost_total)
    writer.finish(filter_rows=len(snapshot.participants), freeze="C2")


def budget_titles(w: Wording = ENGLISH) -> tuple[str, ...]:
    titles = category_titles(w)
    return (
        w.pgettext("column", "No"),
        w.gettext("Participant"),
        w.gettext("Person-months"),
        *(titles[c] for c in ENTERED_CATEGORIES),
        titles["E"],
        w.gettext("Total eligible costs"),
        w.gettext("Funding rate"),
        w.gettext("EU contribution"),
        w.gettext("Own contribution"),
    )


BUDGET_TITLES: tuple[str, ...] = budget_titles()


class _BudgetLayout:
    def __init__(self, participants: int, sheet: str) -> None:
        self.sheet = sheet  # the quoted sheet name formulas use
        self.first_row, self.last_row = 2, participants + 1
        self.total_row = participants + 2
        self.category_columns = {
            c: BUDGET_FIRST_CATEGORY + i for i, c in enumerate(ENTERED_CATEGORIES)
        }
        after = BUDGET_FIRST_CATEGORY + len(ENTERED_CATEGORIES)
        self.indirect, self.total, self.rate, self.eu, self.own = range(after, after + 5)

    def total_cell(self, column: int) -> str:
        return f"{self.sheet}!${get_column_letter(column)}${self.total_row}"


def _budget_sheet(
    workbook: Workbook,
    snapshot: ProjectSnapshot,
    layout: _BudgetLayout,
    effort: _EffortLayout,
    currency: str,
    w: Wording,
    names: SheetNames,
) -> None:
    writer = _SheetWriter(workbook.create_sheet(names.budget), currency)
    writer.header(budget_titles(w))
    summary = names.ref(names.summary)
    summary_rate = f"{summary}!$B${SUMMARY_RATE_ROW}"
    summary_base = f"{summary}!$B${SUMMARY_FLAGS_ROW}:$H${SUMMARY_FLAGS_ROW}"
    months_total = effort.whole_column(effort.months_total)
    cost_total = effort.whole_column(effort.cost_total)
    first_category = get_column_letter(layout.category_columns["A"])
    last_category = get_column_letter(layout.category_columns["D"])
    letter = get_column_letter
    for row, participant in enumerate(snapshot.participants, start=layout.first_row):
        writer.value(row, 1, participant.number, "int")
        writer.value(row, 2, participant.short_name)
        writer.formula(row, 3, f"=SUMIFS({months_total},{effort.sheet}!$A:$A,$A{row})",
                       "months")
        for category, column in layout.category_columns.items():
            lines = _cost_sum([(COST_PARTICIPANT, f"$A{row}"), (COST_CATEGORY, f'"{category}"')],
                              names)
            formula = f"=SUMIFS({cost_total},{effort.sheet}!$A:$A,$A{row})+{lines}" if (
                category == "A"
            ) else f"={lines}"
            writer.formula(row, column, formula, "money")
        writer.formula(
            row,
            layout.indirect,
            f"=ROUND({summary_rate}*SUMPRODUCT({first_category}{row}:{last_category}{row},"
            f"{summary_base}),2)",
            "money",
        )
        writer.formula(
            row,
            layout.total,
            f"=SUM({first_category}{row}:{letter(layout.indirect)}{row})",
            "money",
        )
        writer.value(row, layout.rate, participant.funding_rate, "rate")
        total, rate, eu = letter(layout.total), letter(layout.rate), letter(layout.eu)
        writer.formula(row, layout.eu, f"=ROUNDDOWN({total}{row}*{rate}{row},2)", "money")
        writer.formula(row, layout.own, f"={total}{row}-{eu}{row}", "money")
    writer.value(layout.total_row, 2, w.gettext("Total"))
    summed = [3, *layout.category_columns.values(), layout.indirect, layout.total]
    summed += [layout.eu, layout.own]
    for column in summed:
        column_letter = letter(column)
        writer.formula(
            layout.total_row,
            column,
            _sum_rows(column_letter, layout.first_row, layout.last_row),
            "months" if column == 3 else "money",
        )
    writer.bold_row(layout.total_row, layout.own)
    writer.finish(filter_rows=len(snapshot.participants), freeze="C2")


def _work_packages_sheet(
    workbook: Workbook,
    snapshot: ProjectSnapshot,
    budget: _BudgetLayout,
    effort: _EffortLayout,
    currency: str,
    w: Wording,
    names: SheetNames,
) -> None:
    writer = _SheetWriter(workbook.create_sheet(names.work_packages), currency)
    titles = [w.gettext("WP"), w.gettext("Title"), w.gettext("Lead"), w.gettext("Start month"),
              w.gettext("End month"), w.gettext("Person-months")]
    titles += [category_titles(w)[c] for c in ENTERED_CATEGORIES] + [w.gettext("Direct costs")]
    writer.header(titles)
    first_category = 7
    columns = {c: first_category + i for i, c in enumerate(ENTERED_CATEGORIES)}
    direct = first_category + len(ENTERED_CATEGORIES)
    letter = get_column_letter
    row = 1
    for row, wp in enumerate(snapshot.work_packages, start=2):
        writer.value(row, 1, wp.number, "int")
        writer.value(row, 2, wp.title)
        writer.value(row, 3, participant_label(snapshot, wp.lead))
        writer.value(row, 4, wp.start_month, "int")
        writer.value(row, 5, wp.end_month, "int")
        writer.formula(
            row, 6, f"=SUM({effort.column_range(effort.months_columns[wp.number])})", "months"
        )
        for category, column in columns.items():
            lines = _cost_sum([(COST_WP, f"$A{row}"), (COST_CATEGORY, f'"{category}"')], names)
            if category == "A":
                personnel = effort.column_range(effort.cost_columns[wp.number])
                formula = f"=SUM({personnel})+{lines}"
            else:
                formula = f"={lines}"
            writer.formula(row, column, formula, "money")
    last_wp_row = row
    unassigned = last_wp_row + 1
    writer.value(unassigned, 2, w.gettext("Not assigned to a work package"))
    # What the work packages leave of the project total; ROUND keeps the binary noise of the
    # subtraction out of the cell (the figures are all whole cents or hundredths).
    project_totals = {6: budget.total_cell(3)}
    project_totals |= {
        column: budget.total_cell(budget.category_columns[category])
        for category, column in columns.items()
    }
    for column, project_total in project_totals.items():
        column_letter = letter(column)
        formula = (
            f"=ROUND({project_total}-SUM({column_letter}2:{column_letter}{last_wp_row}),2)"
            if last_wp_row >= 2
            else f"={project_total}"
        )
        writer.formula(unassigned, column, formula, "months" if column == 6 else "money")
    total_row = unassigned + 1
    writer.value(total_row, 2, w.gettext("Total"))
    for row_index in range(2, total_row):
        writer.formula(
            row_index,
            direct,
            f"=SUM({letter(first_category)}{row_index}:{letter(direct - 1)}{row_index})",
            "money",
        )
    for column in [6, *columns.values(), direct]:
        column_letter = letter(column)
        writer.formula(
            total_row,
            column,
            f"=SUM({column_letter}2:{column_letter}{unassigned})",
            "months" if column == 6 else "money",
        )
    writer.bold_row(total_row, direct)
    writer.finish(filter_rows=len(snapshot.work_packages), freeze="C2")


def summary_totals(w: Wording = ENGLISH) -> tuple[tuple[str, str], ...]:
    titles = category_titles(w)
    return (
        (w.gettext("Person-months"), "pm"),
        *((titles[c], c) for c in ENTERED_CATEGORIES),
        (titles["E"], "E"),
        (w.gettext("Total eligible costs"), "total"),
        (w.gettext("EU contribution"), "eu"),
        (w.gettext("Own contribution"), "own"),
    )


SUMMARY_TOTALS: tuple[tuple[str, str], ...] = summary_totals()
SUMMARY_TOTALS_FIRST_ROW = SUMMARY_FLAGS_ROW + 4


def _summary_sheet(
    workbook: Workbook,
    snapshot: ProjectSnapshot,
    budget: _BudgetLayout,
    workspace_name: str,
    currency: str,
    w: Wording,
) -> None:
    sheet = workbook.active
    sheet.title = sheet_names(w).summary
    writer = _SheetWriter(sheet, currency)
    names = sheet_names(w)
    project = snapshot.project
    start = project.start_date.isoformat() if project.start_date else w.gettext("not set")
    profile_name = profile_text(snapshot.profile, "name", w.texts)
    facts: list[tuple[str, Any, str]] = [
        (w.gettext("Project"), project.acronym, "text"),
        (w.gettext("Title"), project.title, "text"),
        (w.gettext("Call profile"), f"{profile_name} ({project.call_profile})", "text"),
        (w.gettext("Thematic priority"), project.thematic_priority, "text"),
        (w.gettext("Start date"), start, "text"),
        (w.gettext("Duration (months)"), project.duration_months, "int"),
        (w.gettext("Workspace"), workspace_name, "text"),
        (w.gettext("Generated"), datetime.now().strftime("%Y-%m-%d %H:%M"), "text"),
    ]
    writer.header([w.gettext("Consortium summary"), ""])
    for row, (label, value, kind) in enumerate(facts, start=2):
        writer.value(row, 1, label)
        writer.value(row, 2, value, kind).alignment = LEFT
    # The indirect rate, the base's categories and their flags: read by the Budget's E formulas.
    writer.value(SUMMARY_RATE_ROW, 1, w.gettext("Indirect cost rate"))
    writer.value(SUMMARY_RATE_ROW, 2, snapshot.profile.indirect_rate, "rate").alignment = LEFT
    writer.value(SUMMARY_BASE_ROW, 1, w.gettext("Indirect cost base"))
    writer.value(SUMMARY_FLAGS_ROW, 1, w.gettext("In the base (1 = yes)"))
    base = snapshot.profile.indirect_base
    for offset, category in enumerate(ENTERED_CATEGORIES):
        writer.value(SUMMARY_BASE_ROW, 2 + offset, category).alignment = CENTRE
        flag = writer.value(SUMMARY_FLAGS_ROW, 2 + offset, 1 if category in base else 0, "int")
        flag.alignment = CENTRE
    writer.value(
        SUMMARY_FLAGS_ROW + 1,
        1,
        w.gettext("Every total is a formula over the {cost_lines}, {effort} and {budget} sheets; "
                  "edit an amount, a person-month, a rate or a base flag and the totals "
                  "follow.").format(cost_lines=names.cost_lines, effort=names.effort,
                                    budget=names.budget),
    )
    writer.widths[1] = 30
    header = SUMMARY_TOTALS_FIRST_ROW - 1
    writer.value(header, 1, w.gettext("Totals"))
    writer.value(header, 2, currency)
    writer.bold_row(header, 2)
    columns = {
        "pm": 3,
        **{c: budget.category_columns[c] for c in ENTERED_CATEGORIES},
        "E": budget.indirect,
        "total": budget.total,
        "eu": budget.eu,
        "own": budget.own,
    }
    for row, (label, key) in enumerate(summary_totals(w), start=SUMMARY_TOTALS_FIRST_ROW):
        writer.value(row, 1, label)
        writer.formula(
            row, 2, f"={budget.total_cell(columns[key])}", "months" if key == "pm" else "money"
        )
    for note_row, note in enumerate(snapshot.notes, start=row + 2):
        writer.value(note_row, 1, w.gettext("Note: {note}").format(note=note))
    writer.widths.update({1: 30, 2: 20})  # labels and values; longer ones spill right
    writer.finish(filter_rows=None, freeze="A2")


MISSING_FONT = Font(name="Calibri", size=11, bold=True, color="B00020")


def _value_chain_sheet(
    workbook: Workbook, snapshot: ProjectSnapshot, budget: _BudgetLayout, currency: str,
    w: Wording, names: SheetNames,
) -> None:
    """Roles x participants (roles nobody holds in red), then the shares of companies, SMEs and
    start-ups as live formulas over the Budget sheet's EU contributions, then sectors,
    ecosystems, clusters and S3 areas."""
    writer = _SheetWriter(workbook.create_sheet(names.value_chain), currency)
    participants = list(snapshot.participants)
    regions_column = len(participants) + 2
    writer.header([w.gettext("Role"), *(f"P{p.number} {p.short_name}" for p in participants),
                   w.gettext("Regions")])
    row = 1
    for row, matrix_row in enumerate(matrix_rows(snapshot, w), start=2):
        cell = writer.value(row, 1, w.gettext("{role} (nobody)").format(role=matrix_row.role)
                            if matrix_row.missing else matrix_row.role)
        if matrix_row.missing:
            cell.font = MISSING_FONT
        for column, held in enumerate(matrix_row.held, start=2):
            if held:
                writer.value(row, column, HELD).alignment = CENTRE
        writer.value(row, regions_column, matrix_row.regions)
    budget_row = {p.number: budget.first_row + index for index, p in enumerate(participants)}
    eu_letter = get_column_letter(budget.eu)
    total_eu = budget.total_cell(budget.eu)
    row += 2
    writer.value(row, 1, w.gettext("Companies, SMEs and start-ups")).font = TOTAL_FONT
    row += 1
    titles = [w.gettext("Group"), w.gettext("Participants"), w.gettext("Share of participants"),
              w.gettext("EU contribution ({currency})").format(currency=currency),
              w.gettext("Share of the EU contribution"), w.gettext("Participant numbers")]
    writer.header(titles, row)
    for share in share_rows(snapshot.value_chain, w):
        row += 1
        numbers = [int(n) for n in share.numbers.split(", ") if n]
        writer.value(row, 1, share.group)
        writer.value(row, 2, share.participants, "int")
        writer.value(row, 3, share.of_participants, "rate")
        terms = "+".join(f"{budget.sheet}!${eu_letter}${budget_row[n]}" for n in numbers) or "0"
        writer.formula(row, 4, f"={terms}", "money")
        writer.formula(row, 5, f'=IFERROR(D{row}/{total_eu},"")', "rate")
        writer.value(row, 6, share.numbers)
    row += 1
    writer.value(row, 1, startup_note(snapshot, w))
    sectors, ecosystems = presence_lines(snapshot, w)
    for title, lines in ((w.gettext("Sectors (NACE Rev. 2)"), sectors),
                         (w.gettext("Industrial ecosystems"), ecosystems),
                         (w.gettext("Clusters and the partners they bring"),
                          cluster_lines(snapshot, w)),
                         (w.gettext("Smart-specialisation (S3) areas"), s3_lines(snapshot, w))):
        row += 2
        writer.value(row, 1, title).font = TOTAL_FONT
        for line in lines or [w.gettext("none recorded")]:
            row += 1
            writer.value(row, 1, line)
    writer.widths[1] = min(max(writer.widths.get(1, 0), 36), 40)  # long lines spill right
    writer.finish(filter_rows=None, freeze="B2")


def _checks_sheet(
    workbook: Workbook, findings: Sequence[FindingLike] | None, currency: str,
    w: Wording, names: SheetNames,
) -> None:
    writer = _SheetWriter(workbook.create_sheet(names.checks), currency)
    writer.header([w.gettext("Severity"), w.gettext("Rule"), w.gettext("Message"),
                   w.gettext("What to do")])
    if findings is None:
        writer.value(2, 3, w.gettext("No eligibility checks were run for this export."))
        writer.finish(filter_rows=None)
        return
    if not findings:
        writer.value(2, 3, w.gettext("The checks found nothing to report."))
    for row, finding in enumerate(sorted_findings(findings), start=2):
        writer.value(row, 1, severity_label(finding.severity, w))
        writer.value(row, 2, finding.rule)
        writer.value(row, 3, finding.message)
        writer.value(row, 4, finding_fix(finding))
    writer.finish(filter_rows=len(findings))


def _widen_money_columns(workbook: Workbook, snapshot: ProjectSnapshot, currency: str) -> None:
    """Money columns as wide as the project's largest figure needs, so that no total of a
    huge budget shows as ####; an ordinary budget keeps the usual widths."""
    largest = max((abs(value) for value in snapshot.budget.totals.values()), default=ZERO)
    width = min(len(format_amount(largest)) + len(currency) + 4, MAX_WIDTH)
    if width <= 18:
        return
    prefix = money_format(currency)
    for sheet in workbook.worksheets:
        letters = {cell.column_letter for row in sheet.iter_rows() for cell in row
                   if cell.number_format == prefix}
        for letter in letters:
            dimension = sheet.column_dimensions[letter]
            dimension.width = max(dimension.width or 0, width)


def build_workbook(
    snapshot: ProjectSnapshot,
    *,
    findings: Sequence[FindingLike] | None = None,
    workspace_name: str = "",
    progress: Progress | None = None,
    language: str = "en",
) -> Workbook:
    """The workbook in memory (the tests read its formulas without saving). Its sheet names,
    headers and labels are in `language`; cells stay numbers (Excel formats them)."""
    w = wording(language)
    names = sheet_names(w)
    currency = snapshot.profile.currency
    steps = 10
    effort = _EffortLayout([wp.number for wp in snapshot.work_packages],
                           len(snapshot.participants), names.ref(names.effort))
    budget = _BudgetLayout(len(snapshot.participants), names.ref(names.budget))
    workbook = Workbook()
    workbook.calculation.fullCalcOnLoad = True
    left_out = {w.gettext("Monthly personnel cost"), w.gettext("Funding rate")}
    builders: list[Callable[[], object]] = [
        lambda: _summary_sheet(workbook, snapshot, budget, workspace_name, currency, w),
        lambda: _value_sheet(
            workbook, _without(partners_table(snapshot, w), left_out), names.partners, currency
        ),
        lambda: _budget_sheet(workbook, snapshot, budget, effort, currency, w, names),
        lambda: _value_sheet(workbook, cost_lines_table(snapshot, w), names.cost_lines,
                             currency),
        lambda: _effort_sheet(workbook, snapshot, effort, currency, w, names),
        lambda: _work_packages_sheet(workbook, snapshot, budget, effort, currency, w, names),
        lambda: _value_sheet(workbook, deliverables_table(snapshot, w), names.deliverables,
                             currency),
        lambda: _value_sheet(workbook, milestones_table(snapshot, w), names.milestones,
                             currency),
        lambda: _value_chain_sheet(workbook, snapshot, budget, currency, w, names),
        lambda: _checks_sheet(workbook, findings, currency, w, names),
    ]
    for step, build in enumerate(builders, start=1):
        build()
        if progress is not None:
            progress(step, steps)
    _widen_money_columns(workbook, snapshot, currency)
    return workbook


def write_workbook(
    snapshot: ProjectSnapshot,
    path: Path | str,
    *,
    findings: Sequence[FindingLike] | None = None,
    workspace_name: str = "",
    progress: Progress | None = None,
    language: str = "en",
) -> Path:
    """Write the workbook to `path` (replaced only once complete); return the path.

    `progress(done, total)` is called after each sheet; an exception raised from it cancels the
    export and leaves any existing file untouched. An unwritable path raises ExportError.
    """
    workbook = build_workbook(
        snapshot, findings=findings, workspace_name=workspace_name, progress=progress,
        language=language,
    )
    target = Path(path)
    with replacing(target) as temp:
        workbook.save(temp)
    return target
