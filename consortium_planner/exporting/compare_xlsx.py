"""The compare report as an Excel workbook: every row of the comparison, one column per side, and
the deltas as live formulas on those columns, so a figure corrected in the workbook recomputes
its delta (=E5-D5, and the percent =IF(D5=0,"",(E5-D5)/D5)).

Sheets: "Comparison" (every row, filterable on "Differs") and "Totals" (each side's totals as
`summary --json` gives them, with their deltas). Pure: a `Comparison` in, a file out.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from consortium_planner.domain.compare import SECTION_TITLES, Comparison, Row
from consortium_planner.exporting.cell_text import set_text
from consortium_planner.exporting.compare_text import (
    field_text,
    item_text,
    section_titles,
    total_titles,
    value_text,
)
from consortium_planner.exporting.files import replacing
from consortium_planner.reference.wording import Wording, wording
from consortium_planner.exporting.xlsx_workbook import (
    HEADER_FILL,
    HEADER_FONT,
    MONTHS_FORMAT,
    RATE_FORMAT,
    money_format,
)

FIRST_SIDE_COLUMN = 4  # Section, Item, Field, then one column per side
PERCENT_FORMAT = "+0.0%;-0.0%;0.0%"
CHANGED_FILL = PatternFill("solid", fgColor="FFF2CC")
BOLD = Font(bold=True)


def _header(sheet: Worksheet, titles: list[str]) -> None:
    for column, title in enumerate(titles, start=1):
        cell = sheet.cell(1, column)
        set_text(cell, title)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL


def delta_columns(sides: int) -> list[tuple[int, int, int]]:
    """(side, delta column, percent column) for every side after the reference."""
    first = FIRST_SIDE_COLUMN + sides
    return [(side, first + 2 * (side - 1), first + 2 * (side - 1) + 1)
            for side in range(1, sides)]


def _number_format(row: Row, currency: str) -> str:
    return {"money": money_format(currency), "months": MONTHS_FORMAT, "rate": RATE_FORMAT,
            "month": "0"}.get(row.kind, "General")


def _comparison_sheet(sheet: Worksheet, comparison: Comparison, w: Wording) -> None:
    sides = len(comparison.sides)
    titles = [w.gettext("Section"), w.gettext("Item"), w.gettext("Field"), *comparison.sides]
    for side in range(1, sides):
        titles += [f"Δ {comparison.sides[side]}", f"Δ % {comparison.sides[side]}"]
    titles.append(w.gettext("Differs"))
    sections = section_titles(w)
    _header(sheet, titles)
    differs_column = len(titles)
    reference_letter = get_column_letter(FIRST_SIDE_COLUMN)
    for number, row in enumerate(comparison.rows, start=2):
        set_text(sheet.cell(number, 1), sections.get(row.section, SECTION_TITLES[row.section]))
        set_text(sheet.cell(number, 2), item_text(row, w))
        set_text(sheet.cell(number, 3), field_text(row, w))
        number_format = _number_format(row, comparison.currency)
        for side, value in enumerate(row.values):
            cell = sheet.cell(number, FIRST_SIDE_COLUMN + side)
            if value is None:
                continue
            if isinstance(value, str):
                set_text(cell, value_text(row, value, w))
            else:
                cell.value = value
                cell.number_format = number_format
            if side and not row.same(side):
                cell.fill = CHANGED_FILL
        if row.numeric:
            reference = f"{reference_letter}{number}"
            for side, delta_column, percent_column in delta_columns(sides):
                other = f"{get_column_letter(FIRST_SIDE_COLUMN + side)}{number}"
                delta = sheet.cell(number, delta_column)
                if row.kind == "month":  # a month of something absent did not move
                    delta.value = f'=IF(OR({reference}="",{other}=""),"",{other}-{reference})'
                else:
                    delta.value = f"={other}-{reference}"
                    percent = sheet.cell(number, percent_column)
                    percent.value = f'=IF(N({reference})=0,"",({other}-{reference})/{reference})'
                    percent.number_format = PERCENT_FORMAT
                delta.number_format = number_format
        if row.differs:
            set_text(sheet.cell(number, differs_column), w.gettext("yes"))
    widths = [12, 28, 34, *([18] * sides), *([16, 10] * (sides - 1)), 8]
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = f"{get_column_letter(FIRST_SIDE_COLUMN)}2"
    sheet.auto_filter.ref = (f"A1:{get_column_letter(differs_column)}"
                             f"{len(comparison.rows) + 1}")


def _totals_sheet(sheet: Worksheet, comparison: Comparison, w: Wording) -> None:
    sides = len(comparison.sides)
    titles = [w.gettext("Figure"), *comparison.sides]
    for side in range(1, sides):
        titles += [f"Δ {comparison.sides[side]}", f"Δ % {comparison.sides[side]}"]
    _header(sheet, titles)
    for number, (key, title) in enumerate(total_titles(w).items(), start=2):
        set_text(sheet.cell(number, 1), title)
        sheet.cell(number, 1).font = BOLD
        number_format = MONTHS_FORMAT if key == "person_months" \
            else money_format(comparison.currency)
        for side, totals in enumerate(comparison.totals):
            cell = sheet.cell(number, 2 + side)
            cell.value = totals[key]
            cell.number_format = number_format
        reference = f"B{number}"
        for side in range(1, sides):
            other = f"{get_column_letter(2 + side)}{number}"
            delta = sheet.cell(number, 2 + sides + 2 * (side - 1))
            delta.value = f"={other}-{reference}"
            delta.number_format = number_format
            percent = sheet.cell(number, 3 + sides + 2 * (side - 1))
            percent.value = f'=IF({reference}=0,"",({other}-{reference})/{reference})'
            percent.number_format = PERCENT_FORMAT
    for column in range(1, len(titles) + 1):
        sheet.column_dimensions[get_column_letter(column)].width = 22 if column == 1 else 18


def build_compare_workbook(comparison: Comparison, language: str = "en") -> Workbook:
    """The workbook in memory (the tests read its formulas without saving). Sheet names,
    headers, sections, items, fields and text values are in `language` (exporting/compare_text);
    figures stay numbers."""
    w = wording(language)
    workbook = Workbook()
    workbook.calculation.fullCalcOnLoad = True
    sheet = workbook.active
    assert sheet is not None
    sheet.title = w.gettext("Comparison")
    _comparison_sheet(sheet, comparison, w)
    _totals_sheet(workbook.create_sheet(w.gettext("Totals")), comparison, w)
    return workbook


def write_compare_workbook(comparison: Comparison, path: Path | str, *,
                           language: str = "en") -> Path:
    """Write the compare workbook to `path` (replaced only once complete); return the path."""
    workbook = build_compare_workbook(comparison, language)
    target = Path(path)
    with replacing(target) as temp:
        workbook.save(temp)
    return target
