"""Helpers for the partner workbook tests: write a workbook from a workspace, fill it in by
script as a partner would, save it through LibreOffice, and fingerprint a workspace file."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet

from consortium_planner.domain.project import ProjectSnapshot
from consortium_planner.exporting.partner_template import write_partner_workbook
from consortium_planner.formats.partner_workbook import (
    PROFILE_ROWS,
    SHEET_COSTS,
    SHEET_EFFORT,
    SHEET_ORGANISATION,
)
from consortium_planner.services.snapshot import find_project_id, load_snapshot
from consortium_planner.workspace import Workspace

needs_libreoffice = pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice is not installed"
)


def snapshot_of(workspace_path: Path) -> ProjectSnapshot:
    with Workspace.open(workspace_path, read_only=True) as workspace:
        with workspace.sessions() as session:
            return load_snapshot(session, find_project_id(session, None))


def make_workbook(workspace_path: Path, target: Path, participant: int = 3) -> Path:
    return write_partner_workbook(snapshot_of(workspace_path), participant, target)


def fill(path: Path, edit: Callable[[openpyxl.Workbook], None]) -> Path:
    """Open with openpyxl, change cells, save: formulas then carry no saved results."""
    workbook = openpyxl.load_workbook(path)
    edit(workbook)
    workbook.save(path)
    return path


def set_profile(workbook: openpyxl.Workbook, field: str, value: object) -> None:
    workbook[SHEET_ORGANISATION].cell(PROFILE_ROWS[field], 2).value = value


def effort_row(workbook: openpyxl.Workbook, work_package: int) -> int:
    sheet = workbook[SHEET_EFFORT]
    for row in range(5, 100):
        if sheet.cell(row, 1).value == f"WP{work_package}":
            return row
    raise AssertionError(f"WP{work_package} not on the Effort sheet")


def set_effort(workbook: openpyxl.Workbook, work_package: int, value: object) -> None:
    workbook[SHEET_EFFORT].cell(effort_row(workbook, work_package), 6).value = value


def cost_row(workbook: openpyxl.Workbook, description: str) -> int:
    sheet = workbook[SHEET_COSTS]
    for row in range(5, 300):
        if sheet.cell(row, 3).value == description:
            return row
    raise AssertionError(f"no cost line {description!r}")


def first_blank_cost_row(workbook: openpyxl.Workbook) -> int:
    sheet = workbook[SHEET_COSTS]
    for row in range(5, 300):
        if all(sheet.cell(row, column).value in (None, "") for column in range(1, 6)):
            return row
    raise AssertionError("no blank cost line")


def set_cost_line(workbook: openpyxl.Workbook, row: int, values: dict[int, object]) -> None:
    for column, value in values.items():
        workbook[SHEET_COSTS].cell(row, column).value = value


def resave_with_libreoffice(path: Path, work: Path) -> Path:
    """Open and save in LibreOffice, which calculates the formulas and stores their results."""
    out = work / "resaved"
    subprocess.run(
        ["soffice", "--headless", "--norestore",
         f"-env:UserInstallation=file://{work / 'lo-profile'}",
         "--convert-to", "xlsx", "--outdir", str(out), str(path)],
        check=True, capture_output=True, timeout=180,
    )
    return out / path.name


def file_digest(path: Path) -> str:
    """The workspace file's bytes, plus whether a journal was left beside it."""
    journal = path.with_name(path.name + "-journal")
    return hashlib.sha256(path.read_bytes()).hexdigest() + (":journal" if journal.exists() else "")


def _translate_moved(sheet: Worksheet, moved: Callable[[int, int], bool],
                     rows: int, columns: int) -> None:
    """Rewrite the formulas of cells that moved by (rows, columns), as a spreadsheet program
    does when rows or columns are inserted or deleted (openpyxl itself leaves them as they
    were). References move with the cell, which is right for the template's row formulas."""
    from openpyxl.formula.translate import Translator
    from openpyxl.utils import get_column_letter

    for row in sheet.iter_rows():
        for cell in row:
            if (isinstance(cell.value, str) and cell.value.startswith("=")
                    and moved(cell.row, cell.column)):
                origin = f"{get_column_letter(cell.column - columns)}{cell.row - rows}"
                cell.value = Translator(cell.value, origin=origin).translate_formula(
                    cell.coordinate)


def insert_rows(sheet: Worksheet, index: int, amount: int = 1) -> None:
    """Insert blank rows before `index`, like a partner in Excel or LibreOffice."""
    sheet.insert_rows(index, amount)
    _translate_moved(sheet, lambda row, _: row >= index + amount, amount, 0)


def delete_rows(sheet: Worksheet, index: int, amount: int = 1) -> None:
    sheet.delete_rows(index, amount)
    _translate_moved(sheet, lambda row, _: row >= index, -amount, 0)


def insert_columns(sheet: Worksheet, index: int, amount: int = 1) -> None:
    sheet.insert_cols(index, amount)
    _translate_moved(sheet, lambda _, column: column >= index + amount, 0, amount)


def copy_row(sheet: Worksheet, source: int, target: int) -> None:
    """Copy a row's values (formulas follow the row) onto another row."""
    from openpyxl.formula.translate import Translator

    for cell in sheet[source]:
        value = cell.value
        if isinstance(value, str) and value.startswith("="):
            value = Translator(value, origin=cell.coordinate).translate_formula(
                f"{cell.column_letter}{target}")
        sheet.cell(target, cell.column).value = value


def delete_columns(sheet: Worksheet, index: int, amount: int = 1) -> None:
    sheet.delete_cols(index, amount)
    _translate_moved(sheet, lambda _, column: column >= index, 0, -amount)
