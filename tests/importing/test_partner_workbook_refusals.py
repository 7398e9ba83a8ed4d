"""Returned workbooks the app must refuse, each with a plain message, leaving the workspace
byte-for-byte unchanged; and bad values, each located by sheet, row and column."""

from __future__ import annotations

import copy
import zipfile
from pathlib import Path

import openpyxl
import pytest
from partner_workbook_fill import (
    cost_row,
    file_digest,
    fill,
    first_blank_cost_row,
    make_workbook,
    set_cost_line,
    set_effort,
    set_profile,
)
from sqlalchemy import select

from consortium_planner.formats.partner_workbook import SHEET_IDENTITY
from consortium_planner.models import Organisation, Participant, WorkPackage
from consortium_planner.services.interchange import load_project
from consortium_planner.services.partner_returns import (
    FileResult,
    import_partner_workbook,
    import_partner_workbooks,
    is_partner_workbook,
)
from consortium_planner.workspace import ReadOnlyWorkspace, Workspace

TRAVEL = "Travel to six consortium meetings"


def import_refused(workspace_path: Path, workbook: Path) -> FileResult:
    """Import, expect a rejection, and check the workspace file did not change at all."""
    before = file_digest(workspace_path)
    with Workspace.open(workspace_path) as workspace:
        result = import_partner_workbook(workspace, workbook)
    assert result.status == "rejected"
    assert result.errors
    assert (result.created, result.updated, result.unchanged) == (0, 0, 0)
    assert file_digest(workspace_path) == before
    return result


def messages(result: FileResult) -> list[str]:
    return [error.message for error in result.errors]


def located(result: FileResult) -> set[tuple[str, int | None, str]]:
    return {(error.sheet, error.row, error.column) for error in result.errors}


def test_an_ordinary_spreadsheet_is_not_a_partner_workbook(demo_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "members.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.append(["Legal name", "Country"])
    workbook.save(path)
    assert not is_partner_workbook(path)
    result = import_refused(demo_path, path)
    assert "is not a partner workbook" in messages(result)[0]


@pytest.mark.parametrize("content", [b"", b"PK\x03\x04 broken", b"plain text, not a workbook"])
def test_damaged_files_are_refused(demo_path: Path, tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "returned.xlsx"
    path.write_bytes(content)
    assert not is_partner_workbook(path)
    result = import_refused(demo_path, path)
    assert "“returned.xlsx”" in messages(result)[0]


def test_tampered_identity_is_refused(demo_path: Path, tmp_path: Path) -> None:
    def claim_another_participant(workbook: openpyxl.Workbook) -> None:
        sheet = workbook[SHEET_IDENTITY]
        for row in range(1, 15):
            if sheet.cell(row, 1).value == "participant":
                sheet.cell(row, 2).value = "5"

    path = fill(make_workbook(demo_path, tmp_path / "p3.xlsx"), claim_another_participant)
    assert is_partner_workbook(path)
    result = import_refused(demo_path, path)
    assert "has been changed" in messages(result)[0]


def test_workbook_of_another_project_is_refused(
    demo_path: Path, empty_path: Path, demo_document: dict, tmp_path: Path
) -> None:
    other = copy.deepcopy(demo_document)
    other["project"]["acronym"] = "OTHERPROJ"
    with Workspace.open(empty_path) as workspace:
        load_project(workspace, other)
    path = make_workbook(empty_path, tmp_path / "other.xlsx")
    result = import_refused(demo_path, path)
    assert "is for project OTHERPROJ, which is not in this workspace" in messages(result)[0]


def test_workbook_of_a_removed_participant_is_refused(demo_path: Path, tmp_path: Path) -> None:
    path = make_workbook(demo_path, tmp_path / "p9.xlsx", participant=9)
    with Workspace.open(demo_path) as workspace, workspace.transaction() as session:
        session.delete(session.scalars(select(Participant).where(Participant.number == 9)).one())
    result = import_refused(demo_path, path)
    assert "participant 9" in messages(result)[0] and "no longer exists" in messages(result)[0]


def test_workbook_of_another_organisation_is_refused(demo_path: Path, tmp_path: Path) -> None:
    """Same project acronym and number, but the participant is now someone else (another
    workspace, or the participants were renumbered)."""
    path = make_workbook(demo_path, tmp_path / "p3.xlsx")
    with Workspace.open(demo_path) as workspace, workspace.transaction() as session:
        newcomer = Organisation(legal_name="Newcomer Composites SL", name_key="newcomer",
                                country="ES")
        session.add(newcomer)
        session.flush()
        participant = session.scalars(select(Participant).where(Participant.number == 3)).one()
        participant.organisation_id = newcomer.id
    result = import_refused(demo_path, path)
    assert "is now Newcomer Composites SL" in messages(result)[0]


def test_typed_formula_without_a_saved_result_is_explained(demo_path: Path, tmp_path: Path) -> None:
    def formulas(workbook: openpyxl.Workbook) -> None:
        set_effort(workbook, 1, "=2*1.5")
        set_cost_line(workbook, cost_row(workbook, TRAVEL), {4: None, 5: None, 6: "=1200+300"})

    path = fill(make_workbook(demo_path, tmp_path / "p3.xlsx"), formulas)
    result = import_refused(demo_path, path)
    assert located(result) == {("Effort", 5, "F"), ("Costs", 5, "F")}
    for message in messages(result):
        assert "whose result was never saved" in message
        assert "Open the workbook in Excel or LibreOffice and save it" in message


def test_bad_values_are_errors_with_their_place(demo_path: Path, tmp_path: Path) -> None:
    def bad(workbook: openpyxl.Workbook) -> None:
        set_profile(workbook, "country", "Atlantis")
        set_profile(workbook, "staff_headcount", -3)
        set_profile(workbook, "legal_name", None)
        set_effort(workbook, 1, 1.255)
        set_effort(workbook, 3, "lots")
        row = first_blank_cost_row(workbook)
        set_cost_line(workbook, row, {1: "Z. Miscellaneous", 3: "Unknown category", 6: 10})
        set_cost_line(workbook, row + 1, {1: "C.3 Other goods, works and services",
                                          2: "WP9 Not a work package", 3: "x", 6: 10})
        set_cost_line(workbook, row + 2, {1: "C.3 Other goods, works and services",
                                          3: "Negative", 6: -250})
        set_cost_line(workbook, row + 3, {1: "C.3 Other goods, works and services",
                                          3: "Words", 6: "a few thousand"})
        set_cost_line(workbook, row + 4, {1: "C.1 Travel and subsistence", 3: "Mismatch",
                                          4: 2, 5: 100, 6: 250})
        set_cost_line(workbook, row + 5, {3: "No category", 6: 10})

    path = fill(make_workbook(demo_path, tmp_path / "p3.xlsx"), bad)
    result = import_refused(demo_path, path)
    assert located(result) == {
        ("Organisation", 5, "B"), ("Organisation", 11, "B"), ("Organisation", 20, "B"),
        ("Effort", 5, "F"), ("Effort", 7, "F"),
        ("Costs", 8, "A"), ("Costs", 9, "B"), ("Costs", 10, "F"), ("Costs", 11, "F"),
        ("Costs", 12, "F"), ("Costs", 13, "A"),
    }
    text = "\n".join(messages(result))
    for expected in ("Legal name cannot be left empty", "“Atlantis” is not a country",
                     "1.255 has more than two decimals", "is not a cost category",
                     "“WP9 Not a work package” is not a work package of the project",
                     "-250 is negative", "is not quantity x unit cost (200.00)",
                     "has no category"):
        assert expected in text


def test_vat_that_does_not_fit_the_country_is_a_warning(demo_path: Path, tmp_path: Path) -> None:
    path = fill(make_workbook(demo_path, tmp_path / "p3.xlsx"),
                lambda workbook: set_profile(workbook, "vat", "ES 123"))
    with Workspace.open(demo_path) as workspace:
        result = import_partner_workbook(workspace, path)
    assert result.status == "imported"
    assert [(w.sheet, w.row, w.column) for w in result.warnings] == [("Organisation", 8, "B")]
    assert "does not have the format of a VAT number of Spain (ES)" in result.warnings[0].message


def test_effort_in_a_deleted_work_package_is_refused(demo_path: Path, tmp_path: Path) -> None:
    path = make_workbook(demo_path, tmp_path / "p3.xlsx")
    with Workspace.open(demo_path) as workspace, workspace.transaction() as session:
        session.delete(session.scalars(select(WorkPackage).where(WorkPackage.number == 6)).one())
    result = import_refused(demo_path, path)
    assert located(result) == {("Effort", 10, "F")}
    assert "WP6 is no longer a work package" in messages(result)[0]


def test_changed_layout_is_refused(demo_path: Path, tmp_path: Path) -> None:
    def rename_heading(workbook: openpyxl.Workbook) -> None:
        workbook["Costs"].cell(4, 3).value = "What"

    path = fill(make_workbook(demo_path, tmp_path / "p3.xlsx"), rename_heading)
    result = import_refused(demo_path, path)
    assert "the costs sheet's layout was changed" in messages(result)[0].lower()
    assert "“Description”" in messages(result)[0]
    assert located(result) == {("Costs", 4, "")}


def test_opendocument_copy_is_refused_with_advice(demo_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "p3.ods"
    path.write_bytes(b"PK\x03\x04")
    result = import_refused(demo_path, path)
    assert "save it as an Excel workbook (.xlsx)" in messages(result)[0]


def test_entity_declarations_are_refused(demo_path: Path, tmp_path: Path) -> None:
    source = make_workbook(demo_path, tmp_path / "p3.xlsx")
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(bomb, "w") as copy_:
        for item in original.infolist():
            data = original.read(item)
            if item.filename == "xl/worksheets/sheet2.xml":
                data = b'<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;">]>' + data
            copy_.writestr(item, data)
    result = import_refused(demo_path, bomb)
    assert "“bomb.xlsx” contains XML entity declarations" in messages(result)[0]


def test_cleared_rows_are_removed_not_errors(demo_path: Path, tmp_path: Path) -> None:
    """Clearing a line's cells (the template's own formula stays) removes the line."""
    def clear(workbook: openpyxl.Workbook) -> None:
        set_cost_line(workbook, cost_row(workbook, TRAVEL), {1: None, 2: None, 3: None, 4: None,
                                                             5: None})
        set_effort(workbook, 2, 0)

    path = fill(make_workbook(demo_path, tmp_path / "p3.xlsx"), clear)
    with Workspace.open(demo_path) as workspace:
        result = import_partner_workbook(workspace, path)
    assert result.status == "imported" and result.errors == []
    assert [c.change for c in result.diff.cost_lines] == ["removed"]
    assert [(e.work_package, str(e.new)) for e in result.diff.efforts] == [(2, "0.00")]


def test_one_bad_file_does_not_hold_back_the_others(demo_path: Path, tmp_path: Path) -> None:
    good = fill(make_workbook(demo_path, tmp_path / "p3.xlsx"),
                lambda workbook: set_profile(workbook, "city", "Cádiz"))
    bad = fill(make_workbook(demo_path, tmp_path / "p4.xlsx", participant=4),
               lambda workbook: set_effort(workbook, 1, -1))
    with Workspace.open(demo_path) as workspace:
        results = import_partner_workbooks(workspace, [bad, good])
    assert [r.status for r in results] == ["rejected", "imported"]
    assert "-1 is negative" in results[0].errors[0].message
    assert [c.new for c in results[1].diff.profile] == ["Cádiz"]


def test_a_read_only_workspace_allows_only_a_dry_run(demo_path: Path, tmp_path: Path) -> None:
    path = make_workbook(demo_path, tmp_path / "p3.xlsx")
    with Workspace.open(demo_path, read_only=True) as workspace:
        assert import_partner_workbook(workspace, path, dry_run=True).status == "dry-run"
        with pytest.raises(ReadOnlyWorkspace, match="read-only"):
            import_partner_workbook(workspace, path)


def test_values_far_below_the_cost_table_are_not_silently_dropped(
    demo_path: Path, tmp_path: Path
) -> None:
    def stray(workbook: openpyxl.Workbook) -> None:
        fill_colour = openpyxl.styles.PatternFill("solid", fgColor="FFFF00")
        for row in range(200, 5200):
            workbook["Costs"].cell(row, 1).fill = fill_colour
        workbook["Costs"].cell(5100, 3).value = "pasted far below"

    path = fill(make_workbook(demo_path, tmp_path / "p3.xlsx"), stray)
    result = import_refused(demo_path, path)
    assert located(result) == {("Costs", 5100, "")}
    assert "far below its table" in messages(result)[0]


def test_a_product_too_large_for_an_amount_is_an_error(demo_path: Path, tmp_path: Path) -> None:
    def huge(workbook: openpyxl.Workbook) -> None:
        set_cost_line(workbook, first_blank_cost_row(workbook), {
            1: "C.3 Other goods, works and services", 3: "Typo", 4: 9_000_000_000, 5: 9_000_000})
        set_cost_line(workbook, first_blank_cost_row(workbook) + 1, {
            1: "C.3 Other goods, works and services", 3: "Float", 6: 1e300})

    result = import_refused(demo_path, fill(make_workbook(demo_path, tmp_path / "p3.xlsx"), huge))
    too_large = [message for message in messages(result) if "too large" in message]
    assert len(too_large) == 2, messages(result)
