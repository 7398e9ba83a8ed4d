"""The generated partner workbook: sheets, protection, drop-down lists, no macros, and user text
that can never become a formula."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest
from partner_workbook_fill import make_workbook
from sqlalchemy import select

from consortium_planner.formats.partner_workbook import PROFILE_ROWS, SHEET_IDENTITY, region_choices
from consortium_planner.models import CostItem, Organisation, Participant
from consortium_planner.services.partner_returns import import_partner_workbook
from consortium_planner.workspace import Workspace


@pytest.fixture
def workbook_path(demo_path: Path, tmp_path: Path) -> Path:
    return make_workbook(demo_path, tmp_path / "p3.xlsx")


def validations_by_cell(sheet) -> dict[str, str]:
    found = {}
    for validation in sheet.data_validations.dataValidation:
        for cell_range in validation.sqref.ranges:
            found[cell_range.coord] = validation.formula1
    return found


def test_sheets_and_their_visibility(workbook_path: Path) -> None:
    workbook = openpyxl.load_workbook(workbook_path)
    assert [(sheet.title, sheet.sheet_state) for sheet in workbook.worksheets] == [
        ("Instructions", "visible"), ("Organisation", "visible"), ("Effort", "visible"),
        ("Costs", "visible"), ("Summary", "visible"), ("Lists", "hidden"),
        (SHEET_IDENTITY, "veryHidden"),
    ]
    assert workbook.active.title == "Instructions"
    assert workbook.security.lockStructure


def test_no_macros(workbook_path: Path) -> None:
    with zipfile.ZipFile(workbook_path) as archive:
        names = archive.namelist()
        content_types = archive.read("[Content_Types].xml")
    assert not any("vba" in name.lower() for name in names)
    assert b"macroEnabled" not in content_types


def test_protection_locks_layout_but_not_inputs(workbook_path: Path) -> None:
    workbook = openpyxl.load_workbook(workbook_path)
    for name in ("Instructions", "Organisation", "Effort", "Costs", "Summary"):
        protection = workbook[name].protection
        assert protection.sheet and not protection.password
    organisation = workbook["Organisation"]
    assert not organisation.cell(PROFILE_ROWS["city"], 2).protection.locked
    assert organisation.cell(PROFILE_ROWS["city"], 1).protection.locked
    effort = workbook["Effort"]
    assert not effort["F5"].protection.locked and effort["G5"].protection.locked
    costs = workbook["Costs"]
    assert all(not costs.cell(104, column).protection.locked for column in range(1, 7))
    assert costs["A4"].protection.locked


def test_drop_down_lists_and_number_checks(workbook_path: Path) -> None:
    workbook = openpyxl.load_workbook(workbook_path)
    organisation = validations_by_cell(workbook["Organisation"])
    assert organisation[f"B{PROFILE_ROWS['country']}"].startswith("=Lists!$A$2:$A$")
    assert organisation[f"B{PROFILE_ROWS['nuts2']}"].startswith("=Lists!$B$2:$B$")
    assert organisation[f"B{PROFILE_ROWS['org_type']}"] == "=Lists!$C$2:$C$9"
    assert "ROUND(B23,2)=B23" in organisation[f"B{PROFILE_ROWS['monthly_personnel_cost']}"]
    costs = validations_by_cell(workbook["Costs"])
    assert costs["A5:A107"] == "=Lists!$D$2:$D$8"
    assert costs["B5:B107"] == "=Lists!$E$2:$E$7"
    effort = validations_by_cell(workbook["Effort"])
    assert all("ROUND(F5,2)=F5" in formula for formula in effort.values())
    lists = workbook["Lists"]
    assert lists["D2"].value == "A. Personnel" and lists["F2"].value == "Yes"
    assert lists["E2"].value == "WP1 Project management and coordination"


def test_region_list_covers_eu_eea_and_candidates_only() -> None:
    codes = {label.split()[0] for label in region_choices()}
    assert {"ITF4", "ES61", "NO08", "IS00", "TR10", "RS11"} <= codes
    assert not any(code.startswith(("UK", "CH")) for code in codes)


def test_formulas_for_the_partners_totals(workbook_path: Path) -> None:
    workbook = openpyxl.load_workbook(workbook_path)
    assert workbook["Effort"]["G5"].value == (
        '=IF(ISNUMBER(F5),ROUND(F5*Organisation!$B$23,2),"")')
    assert workbook["Costs"]["F5"].value == '=IF(AND(ISNUMBER(D5),ISNUMBER(E5)),ROUND(D5*E5,2),"")'
    summary = workbook["Summary"]
    formulas = {summary.cell(row, 1).value: summary.cell(row, 2).value for row in range(5, 25)}
    assert formulas["E. Indirect costs"] == "=ROUND(B16*B17,2)"
    assert formulas["Base for indirect costs"] == "=B7+B8+B10+B11+B12+B14"  # no B, no D.1
    assert formulas["Indirect cost rate"] == "=0.07"
    assert formulas["EU contribution (indicative)"] == "=ROUNDDOWN(B19*B20,2)"


def test_hostile_text_is_written_as_text_and_comes_back_unchanged(
    demo_path: Path, tmp_path: Path
) -> None:
    hostile_name = "=HYPERLINK(\"http://evil.example\",\"click\")"
    hostile_line = "+cmd|' /C calc'!A0"
    with Workspace.open(demo_path) as workspace, workspace.transaction() as session:
        participant = session.scalars(select(Participant).where(Participant.number == 3)).one()
        organisation = session.get(Organisation, participant.organisation_id)
        organisation.short_name = hostile_name
        organisation.city = "@Sevilla"
        item = session.scalars(select(CostItem).where(
            CostItem.participant_id == participant.id)).first()
        item.description = hostile_line
    path = make_workbook(demo_path, tmp_path / "p3.xlsx")
    sheet = openpyxl.load_workbook(path)["Organisation"]
    for field, text in (("short_name", hostile_name), ("city", "@Sevilla")):
        cell = sheet.cell(PROFILE_ROWS[field], 2)
        assert (cell.value, cell.data_type, cell.quotePrefix) == (text, "s", True)
    costs = openpyxl.load_workbook(path)["Costs"]
    assert (costs["C5"].value, costs["C5"].data_type) == (hostile_line, "s")
    with Workspace.open(demo_path) as workspace:
        result = import_partner_workbook(workspace, path, dry_run=True)
    assert result.status == "dry-run" and result.diff.is_empty
