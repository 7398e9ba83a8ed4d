"""The compare reports: the workbook's deltas are live formulas on the sides' columns that compute
the comparison's own deltas; user text never becomes a formula or markup; the PDF prints what
differs, with hostile and non-Latin names intact."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from pathlib import Path

import openpyxl
from openpyxl.utils import get_column_letter
from pypdf import PdfReader

from consortium_planner.domain.compare import Comparison, Side, compare
from consortium_planner.exporting.compare_pdf import write_compare_pdf
from consortium_planner.exporting.compare_xlsx import (
    FIRST_SIDE_COLUMN,
    build_compare_workbook,
    delta_columns,
    write_compare_workbook,
)


def changed(snapshot):  # type: ignore[no-untyped-def]
    """The snapshot with its first cost line 100.25 dearer, its first participant gone from
    the third side, and WP1 ending a month later."""
    first = snapshot.costs[0]
    costs = tuple(dataclasses.replace(c, amount=c.amount + Decimal("100.25"))
                  if c.id == first.id else c for c in snapshot.costs)
    wp1 = dataclasses.replace(snapshot.work_packages[0],
                              end_month=snapshot.work_packages[0].end_month + 1)
    return dataclasses.replace(snapshot, costs=costs,
                               work_packages=(wp1, *snapshot.work_packages[1:]))


def comparison_of(snapshot) -> Comparison:  # type: ignore[no-untyped-def]
    return compare([Side("REF", snapshot), Side("=B", changed(snapshot)),
                    Side("C", snapshot)])


def evaluate(sheet, formula: str) -> Decimal | str | None:  # type: ignore[no-untyped-def]
    """The three formula shapes the comparison sheet writes, computed as a spreadsheet does."""
    def cell(reference: str) -> Decimal | None:
        value = sheet[reference].value
        return None if value is None else Decimal(str(value))

    import re

    if match := re.fullmatch(r"=([A-Z]+\d+)-([A-Z]+\d+)", formula):
        other, reference = (cell(match[1]) or 0, cell(match[2]) or 0)
        return Decimal(other) - Decimal(reference)
    if match := re.fullmatch(
            r'=IF\(N\(([A-Z]+\d+)\)=0,"",\(([A-Z]+\d+)-\1\)/\1\)', formula):
        reference_value = cell(match[1]) or Decimal(0)
        return "" if reference_value == 0 else (
            ((cell(match[2]) or Decimal(0)) - reference_value) / reference_value)
    match = re.fullmatch(r'=IF\(OR\(([A-Z]+\d+)="",([A-Z]+\d+)=""\),"",\2-\1\)', formula)
    assert match, formula
    if cell(match[1]) is None or cell(match[2]) is None:
        return ""
    return cell(match[2]) - cell(match[1])  # type: ignore[operator]


def test_deltas_are_live_formulas_giving_the_comparisons_deltas(snapshot) -> None:
    comparison = comparison_of(snapshot)
    sheet = build_compare_workbook(comparison)["Comparison"]
    checked = 0
    for number, row in enumerate(comparison.rows, start=2):
        for side, delta_column, percent_column in delta_columns(3):
            delta = sheet.cell(number, delta_column).value
            if not row.numeric:
                assert delta is None
                continue
            side_letter = get_column_letter(FIRST_SIDE_COLUMN + side)
            assert isinstance(delta, str) and f"{side_letter}{number}" in delta
            result = evaluate(sheet, delta)
            expected = row.delta(side)
            assert result == ("" if expected is None else expected), (row, side)
            if row.kind != "month":
                percent = evaluate(sheet, sheet.cell(number, percent_column).value)
                fraction = row.percent(side)
                assert percent == ("" if fraction is None else fraction), (row, side)
            checked += 1
    assert checked > 100
    differs = sheet.cell(1, 4 + 3 + 4).value
    assert differs == "Differs"
    flagged = {sheet.cell(n, 2).value for n in range(2, sheet.max_row + 1)
               if sheet.cell(n, 11).value == "yes"}
    assert "WP1" in flagged and "Total" in flagged


def test_hostile_names_and_side_labels_stay_text(snapshot, tmp_path: Path) -> None:
    path = write_compare_workbook(comparison_of(snapshot), tmp_path / "compare.xlsx")
    workbook = openpyxl.load_workbook(path)
    sheet = workbook["Comparison"]
    assert sheet.cell(1, 5).value == "=B" and sheet.cell(1, 5).data_type == "s"
    for line in sheet.iter_rows(min_row=2):
        for cell in line[:FIRST_SIDE_COLUMN + 2]:
            if isinstance(cell.value, str) and cell.value.startswith(("=", "+", "-", "@")):
                assert cell.data_type == "s" and cell.quotePrefix, cell.coordinate
    names = {sheet.cell(n, 2).value for n in range(2, sheet.max_row + 1)}
    assert {"R&D <Lab>", "Łódź Zakład", "Ελληνική ΑΕ"} <= names


def test_the_pdf_prints_what_differs(snapshot, tmp_path: Path) -> None:
    comparison = comparison_of(snapshot)
    path = write_compare_pdf(comparison, tmp_path / "compare.pdf", workspace_name="hostile")
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    assert "Comparison of REF, =B, C" in text
    assert "+1 month" in text and "+100.25" in text
    owner = snapshot.participant(snapshot.costs[0].participant)
    assert owner.short_name in text.replace("\n", " ")
    assert "Title" not in text  # no title changed: only differing rows are printed
    assert "Participants:" not in text  # nobody joined or left


def test_the_pdf_aligns_each_sides_header_with_its_figures(snapshot) -> None:
    """The sides' headers stood left-aligned over right-aligned amounts; over text (the checks'
    title) they stay left-aligned, as the text is."""
    from reportlab.lib.enums import TA_LEFT, TA_RIGHT

    from consortium_planner.exporting.compare_pdf import section_tables

    retitled = dataclasses.replace(snapshot, project=dataclasses.replace(
        snapshot.project, title="Another title"))
    comparison = compare([Side("REF", snapshot), Side("=B", changed(retitled)),
                          Side("C", snapshot)])
    for section, alignment in (("budget", TA_RIGHT), ("work_plan", TA_RIGHT),
                               ("project", TA_LEFT)):
        rows = comparison.section(section, only_differences=True)
        assert rows, section
        header = section_tables(comparison, section)[0]._cellvalues[0]
        assert [cell.style.alignment for cell in header[:2]] == [TA_LEFT, TA_LEFT]
        assert [cell.style.alignment for cell in header[2:]] == [alignment] * 3, section
