"""Hostile names through all three spreadsheet exports: the formula check runs on the text as
written, so no name becomes a live formula in the workbook, the partner template or the CSV."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest

from consortium_planner.exporting.cell_text import cell_text, looks_like_formula
from consortium_planner.exporting.csv_tables import write_csv_tables
from consortium_planner.exporting.partner_template import write_partner_workbooks
from consortium_planner.exporting.xlsx_workbook import write_workbook
from consortium_planner.models import CostItem, Organisation, WorkPackage
from consortium_planner.services.snapshot import find_project_id, load_snapshot
from consortium_planner.workspace import Workspace

PAYLOAD = "cmd|' /C calc'!A0"
# Each name must be written as text; the payload marker lets the test find it in any cell.
HOSTILE = [
    "\u0001=" + PAYLOAD,  # the campaign's case: control character stripped, then "="
    "\u0000\u0008+" + PAYLOAD,
    "\u001f-" + PAYLOAD,
    "\u200b=" + PAYLOAD,  # zero-width space
    "\ufeff@" + PAYLOAD,  # byte-order mark / zero-width no-break space
    "\u2060=" + PAYLOAD,  # word joiner
    "\uff1d" + PAYLOAD,  # full-width equals sign
    "\uff0b" + PAYLOAD,  # full-width plus
    "   =" + PAYLOAD,  # leading spaces
    "\u00a0=" + PAYLOAD,  # no-break space
    "\t=" + PAYLOAD,
    "\r\n=" + PAYLOAD,
    "\n@SUM(1+1)" + PAYLOAD,
    "=DDE(\"cmd\";\"/C calc\";\"!A0\")" + PAYLOAD,
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "-2+3+" + PAYLOAD,
    "\ufffe\uffff=" + PAYLOAD,  # not allowed in XML: dropped, then "="
]


@pytest.mark.parametrize("text", HOSTILE)
def test_every_hostile_text_is_neutralised_as_written(text: str) -> None:
    written = cell_text(text)
    assert written.formula_like
    assert written.text.endswith(PAYLOAD)
    assert not any(c in written.text for c in "\u0000\u0001\u0008\u001f\ufffe\uffff")


@pytest.mark.parametrize("text", ["Łódź Zakład", "R&D <Lab>", "ACME = best", "a-b", "", " ",
                                  "\u200b", "Ελληνική ΑΕ", "5 + 5"])
def test_ordinary_text_is_left_alone(text: str) -> None:
    assert cell_text(text) == cell_text(text)  # pure
    assert not looks_like_formula(cell_text(text).text)
    assert cell_text(text).text == text


def test_lone_surrogate_is_written_as_a_replacement_character() -> None:
    assert cell_text("A\ud800B").text == "A\ufffdB"


@pytest.fixture
def hostile_snapshot(workspace_path: Path):
    workspace = Workspace.open(workspace_path)
    names = iter(HOSTILE * 3)
    with workspace.transaction() as session:
        for organisation in session.query(Organisation).order_by(Organisation.id):
            organisation.legal_name = next(names)
            organisation.short_name = next(names)
        for line in session.query(CostItem).order_by(CostItem.id):
            line.description = next(names)
        for work_package in session.query(WorkPackage).order_by(WorkPackage.id):
            work_package.title = next(names)
    workspace.close()
    workspace = Workspace.open(workspace_path, read_only=True)
    try:
        with workspace.sessions() as session:
            yield load_snapshot(session, find_project_id(session, None))
    finally:
        workspace.close()


def _assert_no_live_payload(path: Path) -> int:
    """Every cell holding the payload is a quote-prefixed string; returns how many were seen."""
    workbook = openpyxl.load_workbook(path)
    seen = 0
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and "calc" in cell.value:
                    assert cell.data_type == "s", (sheet.title, cell.coordinate, cell.value)
                    if looks_like_formula(cell.value):
                        assert cell.quotePrefix, (sheet.title, cell.coordinate, cell.value)
                    seen += 1
    return seen


def test_workbook_writes_hostile_names_as_text(hostile_snapshot, tmp_path: Path) -> None:
    path = write_workbook(hostile_snapshot, tmp_path / "budget.xlsx")
    assert _assert_no_live_payload(path) >= len(HOSTILE)


def test_partner_template_writes_hostile_names_as_text(hostile_snapshot, tmp_path: Path) -> None:
    paths = write_partner_workbooks(hostile_snapshot, tmp_path / "partners")
    assert sum(_assert_no_live_payload(path) for path in paths) >= len(HOSTILE)


def test_csv_prefixes_every_formula_looking_name(hostile_snapshot, tmp_path: Path) -> None:
    seen = 0
    for path in write_csv_tables(hostile_snapshot, tmp_path):
        with open(path, encoding="utf-8-sig", newline="") as stream:
            for row in csv.reader(stream):
                for value in row:
                    if "calc" in value:
                        assert not looks_like_formula(value), (path.name, value)
                        assert not any(c in value for c in "\u0000\u0001\u001f")
                        seen += 1
    assert seen >= len(HOSTILE)
