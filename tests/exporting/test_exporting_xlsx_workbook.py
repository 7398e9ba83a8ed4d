"""The workbook's formulas evaluate to the app's figures to the cent, follow edits, and user text
never becomes a formula."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from exporting_formulas import Evaluator

from consortium_planner.exporting.files import ExportError
from consortium_planner.exporting.xlsx_workbook import build_workbook, write_workbook
from consortium_planner.rules.findings import Finding
from consortium_planner.services.summary import summary_document

SHEETS = [
    "Summary", "Partners", "Budget", "Cost lines", "Effort", "Work packages", "Deliverables",
    "Milestones", "Value chain", "Checks",
]
BUDGET_COLUMNS = {"person_months": 3, "A": 4, "B": 5, "C1": 6, "C2": 7, "C3": 8, "D1": 9,
                  "D": 10, "E": 11, "total_eligible": 12, "eu_contribution": 14,
                  "own_contribution": 15}
HOSTILE_TEXTS = ('=HYPERLINK("http://example.invalid","click")', "+cmd|' /C calc'!A0",
                 "-2+3", "@SUM(1+1)", "=Pilot lines", "=cmd|' /C calc'!A0", "=Demo passes",
                 "@travel")


def budget_figures(evaluator: Evaluator, row: int) -> dict[str, str]:
    values = {key: evaluator.value("Budget", row, column) for key, column in
              BUDGET_COLUMNS.items()}
    values["D"] = values.pop("D1") + values["D"]
    return {key: f"{value:.2f}" for key, value in values.items()}


def expected_figures(entry: dict) -> dict[str, str]:
    figures = {key: entry[key] for key in ("person_months", "total_eligible", "eu_contribution",
                                           "own_contribution")}
    figures |= entry["costs"]
    return figures


def check_against_summary(workbook: openpyxl.Workbook, snapshot) -> None:
    evaluator = Evaluator(workbook)
    document = summary_document(snapshot)
    for row, entry in enumerate(document["participants"], start=2):
        assert evaluator.value("Budget", row, 1) == entry["number"]
        assert budget_figures(evaluator, row) == expected_figures(entry), entry["short_name"]
    total_row = len(document["participants"]) + 2
    totals = budget_figures(evaluator, total_row)
    assert totals == {key: document["totals"][key] for key in totals}
    summary_values = {
        workbook["Summary"].cell(row, 1).value: evaluator.value("Summary", row, 2)
        for row in range(17, 30)
    }
    assert f"{summary_values['Total eligible costs']:.2f}" == document["totals"]["total_eligible"]
    assert f"{summary_values['EU contribution']:.2f}" == document["totals"]["eu_contribution"]
    assert f"{summary_values['Own contribution']:.2f}" == document["totals"]["own_contribution"]
    assert f"{summary_values['E. Indirect costs']:.2f}" == document["totals"]["E"]
    by_wp = {w.number: w for w in snapshot.budget.work_packages}
    for row, wp in enumerate(snapshot.work_packages, start=2):
        figures = by_wp[wp.number]
        assert evaluator.value("Work packages", row, 6) == figures.person_months
        for offset, category in enumerate(("A", "B", "C1", "C2", "C3", "D1", "D")):
            assert evaluator.value("Work packages", row, 7 + offset) == figures.costs[category]
        assert evaluator.value("Work packages", row, 14) == figures.direct_costs
    unassigned = by_wp.get(None)
    row = len(snapshot.work_packages) + 2
    assert evaluator.value("Work packages", row, 14) == (
        unassigned.direct_costs if unassigned else Decimal(0)
    )


def test_formulas_in_memory_match_summary(snapshot) -> None:
    check_against_summary(build_workbook(snapshot), snapshot)


def test_formulas_in_saved_file_match_summary(snapshot, tmp_path: Path) -> None:
    path = write_workbook(snapshot, tmp_path / "budget.xlsx", findings=None)
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == SHEETS
    check_against_summary(workbook, snapshot)


def test_totals_follow_an_edited_cost_line(snapshot) -> None:
    workbook = build_workbook(snapshot)
    document = summary_document(snapshot)
    cost_lines = workbook["Cost lines"]
    row = next(r for r in range(2, cost_lines.max_row + 1) if cost_lines.cell(r, 3).value == "C3")
    cost_lines.cell(row, 8).value += Decimal("1000.00")  # participant 3, C.3, in the base
    evaluator = Evaluator(workbook)
    total_row = len(document["participants"]) + 2
    before = Decimal(document["totals"]["total_eligible"])
    # 1,000 more direct cost and 7 % of it as indirect cost.
    assert evaluator.value("Budget", total_row, 12) == before + Decimal("1070.00")


def test_totals_follow_an_edited_effort_and_rate(snapshot) -> None:
    workbook = build_workbook(snapshot)
    workbook["Effort"].cell(2, 4).value += Decimal("1.00")  # participant 1, WP1: +1 PM
    workbook["Budget"].cell(2, 13).value = Decimal("0.5")  # participant 1 now funded at 50 %
    evaluator = Evaluator(workbook)
    monthly = snapshot.participants[0].monthly_personnel_cost
    figures = snapshot.budget.participants[0]
    total = figures.total_eligible + monthly + (monthly * Decimal("0.07")).quantize(
        Decimal("0.01")
    )
    assert evaluator.value("Budget", 2, 12) == total
    assert evaluator.value("Budget", 2, 14) == (total / 2).quantize(Decimal("0.01"), "ROUND_DOWN")


def test_hostile_text_is_stored_as_text(snapshot, tmp_path: Path) -> None:
    path = write_workbook(snapshot, tmp_path / "budget.xlsx")
    workbook = openpyxl.load_workbook(path)
    seen = set()
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    assert "HYPERLINK" not in cell.value and "cmd" not in cell.value
                    assert "SUM(1+1)" not in cell.value
                elif isinstance(cell.value, str) and cell.value.startswith(("=", "+", "-", "@")):
                    assert cell.data_type == "s" and cell.quotePrefix, cell.coordinate
                    seen.add(cell.value)
    assert set(HOSTILE_TEXTS) <= seen
    partners = workbook["Partners"]
    names = {partners.cell(r, 2).value for r in range(2, partners.max_row + 1)}
    assert {"R&D <Lab>", "Łódź Zakład", "Ελληνική ΑΕ", "Български ООД"} <= names


def test_sheets_are_set_up_for_screen_and_print(snapshot, tmp_path: Path) -> None:
    path = write_workbook(snapshot, tmp_path / "budget.xlsx")
    workbook = openpyxl.load_workbook(path)
    for name in SHEETS:
        sheet = workbook[name]
        # the value chain's matrix keeps its role column in view
        assert sheet.freeze_panes in (("B2",) if name == "Value chain" else ("A2", "C2")), name
        assert sheet.page_setup.orientation == "landscape"
        assert sheet.page_setup.fitToWidth == 1
        assert sheet.print_title_rows == "$1:$1"
    assert workbook["Cost lines"].auto_filter.ref == "A1:H9"
    assert workbook["Cost lines"]["H2"].number_format == '#,##0.00 "EUR"'
    assert workbook["Budget"]["M2"].number_format == "0.00%"
    assert workbook["Budget"].column_dimensions["B"].width >= 14


def test_checks_sheet_lists_findings_or_says_none_ran(snapshot) -> None:
    checks = build_workbook(snapshot)["Checks"]
    assert checks["C2"].value == "No eligibility checks were run for this export."
    findings = [Finding("warning", "w.rule", "Watch <this>", "fix it"),
                Finding("error", "e.rule", "=bad", "")]
    checks = build_workbook(snapshot, findings=findings)["Checks"]
    assert [checks.cell(r, 2).value for r in (2, 3)] == ["e.rule", "w.rule"]
    assert checks["C2"].data_type == "s"


def test_unwritable_path_is_an_export_error(snapshot, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        write_workbook(snapshot, tmp_path / "missing" / "budget.xlsx")
    with pytest.raises(ExportError, match="is a folder"):
        write_workbook(snapshot, tmp_path)


def test_failed_export_leaves_the_old_file(snapshot, tmp_path: Path, monkeypatch) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "budget.xlsx"
    target.write_bytes(b"old")

    def cancel(done: int, total: int) -> None:
        if done == 3:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_workbook(snapshot, target, progress=cancel)

    def half_save(self, filename) -> None:
        Path(filename).write_bytes(b"PK half a file")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(openpyxl.Workbook, "save", half_save)
    with pytest.raises(ExportError, match="No space left"):
        write_workbook(snapshot, target)
    assert target.read_bytes() == b"old"
    assert [p.name for p in folder.iterdir()] == ["budget.xlsx"]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_recalculates_to_the_same_figures(snapshot, tmp_path: Path) -> None:
    path = write_workbook(snapshot, tmp_path / "budget.xlsx")
    out = tmp_path / "recalculated"
    subprocess.run(
        ["soffice", "--headless", "--norestore",
         f"-env:UserInstallation=file://{tmp_path / 'profile'}",
         "--convert-to", "xlsx", "--outdir", str(out), str(path)],
        check=True, capture_output=True, timeout=120,
    )
    workbook = openpyxl.load_workbook(out / "budget.xlsx", data_only=True)
    budget = workbook["Budget"]
    document = summary_document(snapshot)
    for row, entry in enumerate(document["participants"], start=2):
        values = {key: Decimal(repr(budget.cell(row, column).value or 0))
                  for key, column in BUDGET_COLUMNS.items()}
        values["D"] += values.pop("D1")
        assert {key: f"{value:.2f}" for key, value in values.items()} == expected_figures(entry)
    total_row = len(document["participants"]) + 2
    assert f"{Decimal(repr(budget.cell(total_row, 12).value)):.2f}" == (
        document["totals"]["total_eligible"]
    )
    assert f"{Decimal(repr(budget.cell(total_row, 14).value)):.2f}" == (
        document["totals"]["eu_contribution"]
    )


def test_an_empty_project_has_no_self_referencing_totals(snapshot) -> None:
    from openpyxl.utils import range_boundaries

    empty = replace(snapshot, participants=(), work_packages=(), milestones=(), efforts=(),
                    costs=())
    workbook = build_workbook(empty)
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if not (isinstance(cell.value, str) and cell.value.startswith("=")):
                    continue
                for reference in re.findall(r"(?<![!$A-Z])([A-Z]+\d+:[A-Z]+\d+)", cell.value):
                    low_col, low_row, high_col, high_row = range_boundaries(reference)
                    assert low_row <= high_row, (sheet.title, cell.coordinate, cell.value)
                    assert not (low_col <= cell.column <= high_col
                                and low_row <= cell.row <= high_row), (sheet.title,
                                                                       cell.coordinate)
    evaluator = Evaluator(workbook)
    assert evaluator.value("Budget", 2, BUDGET_COLUMNS["total_eligible"]) == 0


def test_value_chain_sheet_matrix_and_live_shares(snapshot) -> None:
    """Ticks as the participants hold their roles; the shares of the EU contribution are
    formulas over the Budget sheet that evaluate to the summary's value_chain figures."""
    held = replace(snapshot, participants=tuple(
        replace(p, value_chain_roles=("manufacturer",) if p.number == 2 else ())
        for p in snapshot.participants))
    workbook = build_workbook(held)
    sheet = workbook["Value chain"]
    roles = {sheet.cell(row, 1).value: row for row in range(2, sheet.max_row + 1)}
    assert sheet.cell(roles["Manufacturer"], 3).value == "●"  # column 3: participant 2
    assert "Research and technology provider (nobody)" in roles
    evaluator = Evaluator(workbook)
    document = summary_document(held)["value_chain"]
    rows = {sheet.cell(row, 1).value: row for row in range(1, sheet.max_row + 1)}
    for group, key in (("Companies (SMEs and large enterprises)",
                        "company_share_of_eu_contribution"),
                       ("SMEs", "sme_share_of_eu_contribution")):
        share = evaluator.value("Value chain", rows[group], 5)
        assert f"{share:.4f}" == document[key]
    # an edited funding rate in the Budget sheet moves the share
    workbook["Budget"].cell(2, 13).value = Decimal("0")
    moved = Evaluator(workbook).value("Value chain", rows["SMEs"], 5)
    assert moved != evaluator.value("Value chain", rows["SMEs"], 5)


def test_long_text_wraps_instead_of_being_clipped(snapshot, tmp_path: Path) -> None:
    """Legal names and check messages were cut off at width 60 by the next column's value:
    they wrap, their rows grow to show every line, and the frozen header, the filter and the
    number formats stay as they were."""
    long_name = "Fundacja Badawczo-Rozwojowa " + "Bardzo Długiej Nazwy Organizacji " * 5
    first = snapshot.participants[0]
    named = replace(snapshot, participants=(
        replace(first, organisation=replace(first.organisation, legal_name=long_name)),
        *snapshot.participants[1:]))
    message = "The consortium needs another partner in a less developed region " * 3
    findings = [Finding("error", "min_regions", message, "Add a partner " * 12)]
    workbook = openpyxl.load_workbook(write_workbook(named, tmp_path / "long.xlsx",
                                                     findings=findings))
    partners = workbook["Partners"]
    column = next(c for c in range(1, partners.max_column + 1)
                  if partners.cell(1, c).value == "Legal name")
    row = next(r for r in range(2, partners.max_row + 1)
               if partners.cell(r, column).value == long_name)
    cell = partners.cell(row, column)
    width = partners.column_dimensions[cell.column_letter].width
    assert width <= 60 and cell.alignment.wrap_text
    assert partners.row_dimensions[row].height >= 15 * -(-len(long_name) // int(width))
    assert partners.cell(row, 1).alignment.vertical == "top"  # the row reads from its top
    short = partners.cell(row + 1, column)
    assert not short.alignment.wrap_text and partners.row_dimensions[row + 1].height is None
    assert partners.freeze_panes == "A2"
    assert partners.auto_filter.ref.startswith("A1:")
    checks = workbook["Checks"]
    for column in (3, 4):  # the message (a value beside it) and what to do (the last column)
        assert checks.cell(2, column).alignment.wrap_text, column
    assert checks.row_dimensions[2].height >= 15 * 4
    assert checks.freeze_panes == "A2"
    plain = build_workbook(snapshot, findings=findings)["Partners"]
    assert [c.number_format for c in partners[row]] == [c.number_format for c in plain[row]]
    summary = workbook["Summary"]  # its prose spills into the empty cells beside it
    assert not any(cell.alignment.wrap_text for line in summary.iter_rows(min_row=2)
                   for cell in line)


def test_a_label_wider_than_its_narrowed_column_wraps_beside_its_figures(snapshot) -> None:
    """Polish 'Przedsiębiorstwa (MŚP i duże przedsiębiorstwa)' was cut off at the value
    chain's 40-wide first column by the participant count beside it."""
    sheet = build_workbook(snapshot, language="pl")["Łańcuch wartości"]
    cell = next(c for line in sheet.iter_rows(max_col=1) for c in line
                if c.value == "Przedsiębiorstwa (MŚP i duże przedsiębiorstwa)")
    assert sheet.cell(cell.row, 2).value is not None
    assert sheet.column_dimensions["A"].width < len(cell.value)
    assert cell.alignment.wrap_text and sheet.row_dimensions[cell.row].height >= 30
