"""Returned workbooks whose layout the partner changed (issue 10, item 1): the reader finds its
tables by their headings and the work packages it wrote, so it either reads what the partner
meant or refuses the file saying which sheet, row and column; never reads "no effort" and adds
every cost line again. Checked through the command line, against `summary --json`."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet
from partner_workbook_fill import (
    copy_row,
    cost_row,
    delete_rows,
    effort_row,
    file_digest,
    fill,
    first_blank_cost_row,
    insert_columns,
    insert_rows,
    make_workbook,
    set_cost_line,
    set_effort,
)

from consortium_planner.cli import main
from consortium_planner.formats.partner_workbook import (
    IDENTITY_KEYS_V1,
    SHEET_COSTS,
    SHEET_EFFORT,
    SHEET_IDENTITY,
    SHEET_LISTS,
    SHEET_ORGANISATION,
    identity_checksum,
)

PARTICIPANT = 2
Edit = Callable[[openpyxl.Workbook], None]


def summary(workspace: Path, capsys: pytest.CaptureFixture[str]) -> dict:
    assert main(["summary", str(workspace), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def participant_total(figures: dict, number: int = PARTICIPANT) -> Decimal:
    return Decimal(next(p for p in figures["participants"] if p["number"] == number)
                   ["total_eligible"])


def import_json(workspace: Path, workbook: Path,
                capsys: pytest.CaptureFixture[str]) -> tuple[int, dict]:
    code = main(["import", str(workspace), str(workbook), "--json"])
    report = json.loads(capsys.readouterr().out)["files"][0]
    return code, report


def cost_rows(workspace: Path) -> list[tuple]:
    """Every cost line with its id: an import that changes nothing keeps each row as it was
    (it used to delete and re-add them all)."""
    with sqlite3.connect(f"file:{workspace}?mode=ro", uri=True) as connection:
        return connection.execute("SELECT * FROM cost_item ORDER BY id").fetchall()


def changes(report: dict) -> tuple[int, int, int]:
    return report["created"], report["updated"], report["removed"]


@pytest.fixture(scope="module")
def blank_workbook(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Participant 2's workbook, written once: every test's demo copy is the same workspace."""
    return make_workbook(demo_template, tmp_path_factory.mktemp("blank") / "p2.xlsx",
                         PARTICIPANT)


Returned = Callable[[Edit], Path]


@pytest.fixture
def returned(blank_workbook: Path, tmp_path: Path) -> Returned:
    """The workbook as the partner sends it back after `edit`."""
    def edited(edit: Edit) -> Path:
        return fill(Path(shutil.copyfile(blank_workbook, tmp_path / "p2.xlsx")), edit)

    return edited


def assert_read_as_unchanged(returned: Returned, demo_path: Path, edit: Edit,
                             capsys: pytest.CaptureFixture[str]) -> dict:
    """The edit changes the layout, not the figures: the import changes nothing at all."""
    before, lines = summary(demo_path, capsys), cost_rows(demo_path)
    code, report = import_json(demo_path, returned(edit), capsys)
    assert (code, report["status"], report["errors"]) == (0, "imported", [])
    assert changes(report) == (0, 0, 0)
    assert summary(demo_path, capsys) == before
    assert cost_rows(demo_path) == lines
    return report


def assert_refused(returned: Returned, demo_path: Path, edit: Edit,
                   capsys: pytest.CaptureFixture[str]) -> dict:
    """Exit 1, a located error, and the workspace file byte for byte as it was."""
    before = file_digest(demo_path)
    code, report = import_json(demo_path, returned(edit), capsys)
    assert (code, report["status"]) == (1, "rejected")
    assert report["errors"]
    assert file_digest(demo_path) == before
    return report


# --- the layout changed, the meaning did not -----------------------------------------------------


def test_untouched_template_changes_nothing(returned, demo_path, capsys) -> None:
    assert_read_as_unchanged(returned, demo_path, lambda workbook: None, capsys)


@pytest.mark.parametrize("index", [1, 4, 5], ids=["top", "above-headings", "below-headings"])
def test_blank_row_inserted_above_the_effort_table(returned, demo_path, capsys, index) -> None:
    """The campaign's case: participant 2 went from EUR 1,076,797 to 1,868,546."""
    total = participant_total(summary(demo_path, capsys))
    assert_read_as_unchanged(
        returned, demo_path, lambda workbook: insert_rows(workbook[SHEET_EFFORT], index), capsys)
    assert participant_total(summary(demo_path, capsys)) == total


def test_rows_inserted_on_every_sheet_are_read_where_they_moved(
    returned, demo_path, capsys
) -> None:
    def shift(workbook: openpyxl.Workbook) -> None:
        insert_rows(workbook[SHEET_ORGANISATION], 3, 2)
        insert_rows(workbook[SHEET_ORGANISATION], 12)  # between two fields
        insert_rows(workbook[SHEET_COSTS], 1)
        insert_rows(workbook[SHEET_COSTS], 8, 3)  # between two cost lines

    assert_read_as_unchanged(returned, demo_path, shift, capsys)


def test_a_column_inserted_is_read_where_it_moved(returned, demo_path, capsys) -> None:
    def shift(workbook: openpyxl.Workbook) -> None:
        for sheet in (SHEET_ORGANISATION, SHEET_EFFORT, SHEET_COSTS):
            insert_columns(workbook[sheet], 1)

    assert_read_as_unchanged(returned, demo_path, shift, capsys)


def test_a_column_inserted_then_a_figure_typed_is_read_in_the_right_place(
    returned, demo_path, capsys
) -> None:
    def shift_and_type(workbook: openpyxl.Workbook) -> None:
        sheet = workbook[SHEET_EFFORT]
        row = effort_row(workbook, 3)
        insert_columns(sheet, 3)
        sheet.cell(row, 7).value = 7.5  # the person-months column, moved from F to G

    code, report = import_json(demo_path, returned(shift_and_type),
                               capsys)
    assert (code, report["errors"]) == (0, [])
    assert [(e["work_package"], e["new"]) for e in report["diff"]["effort"]] == [(3, "7.50")]
    assert report["diff"]["cost_lines"] == []


def test_cleared_wp_label_is_read_by_the_rows_hidden_key(returned, demo_path, capsys) -> None:
    def clear_label(workbook: openpyxl.Workbook) -> None:
        workbook[SHEET_EFFORT].cell(effort_row(workbook, 1), 1).value = None

    assert_read_as_unchanged(returned, demo_path, clear_label, capsys)


def reverse_rows(sheet: Worksheet, rows: list[int]) -> None:
    """Put the rows in reverse order, formulas following their row (as sorting does)."""
    from openpyxl.formula.translate import Translator

    cells = {row: [(cell.column_letter, cell.value) for cell in sheet[row]] for row in rows}
    for source, target in zip(rows, reversed(rows)):
        for letter, value in cells[source]:
            if isinstance(value, str) and value.startswith("="):
                value = Translator(value, origin=f"{letter}{source}").translate_formula(
                    f"{letter}{target}")
            sheet[f"{letter}{target}"].value = value


def test_reordered_rows_keep_their_figures(returned, demo_path, capsys) -> None:
    def sort_descending(workbook: openpyxl.Workbook) -> None:
        reverse_rows(workbook[SHEET_EFFORT],
                     list(range(effort_row(workbook, 1), effort_row(workbook, 6) + 1)))
        costs = workbook[SHEET_COSTS]
        reverse_rows(costs, [row for row in range(5, 200) if costs.cell(row, 1).value])

    assert_read_as_unchanged(returned, demo_path, sort_descending, capsys)


def test_wp_listed_twice_with_the_same_figure_is_read_once(returned, demo_path, capsys) -> None:
    def duplicate(workbook: openpyxl.Workbook) -> None:
        sheet = workbook[SHEET_EFFORT]
        last = effort_row(workbook, 6)
        insert_rows(sheet, last + 1)
        copy_row(sheet, effort_row(workbook, 2), last + 1)

    report = assert_read_as_unchanged(returned, demo_path, duplicate, capsys)
    assert [w["row"] for w in report["warnings"]] == [11]
    assert "WP2 is listed 2 times (rows 6 and 11)" in report["warnings"][0]["message"]


# --- the meaning cannot be told: refused, located ------------------------------------------------


def test_wp_listed_twice_with_other_figures_is_refused(returned, demo_path, capsys) -> None:
    """Was an IntegrityError ("unexpected error")."""
    def duplicate(workbook: openpyxl.Workbook) -> None:
        sheet = workbook[SHEET_EFFORT]
        last = effort_row(workbook, 6)
        insert_rows(sheet, last + 1)
        sheet.cell(last + 1, 1).value = "WP2"
        sheet.cell(last + 1, 6).value = 4

    report = assert_refused(returned, demo_path, duplicate, capsys)
    assert [(e["sheet"], e["row"], e["column"]) for e in report["errors"]] == [
        ("Effort", 11, "F")]
    assert "WP2 is listed 2 times (rows 6 and 11)" in report["errors"][0]["message"]


def test_deleted_wp_row_is_refused(returned, demo_path, capsys) -> None:
    """Was read as "no effort in WP1", and WP1's cost line was added a second time."""
    report = assert_refused(returned, demo_path,
        lambda workbook: delete_rows(workbook[SHEET_EFFORT], effort_row(workbook, 1)), capsys)
    assert [(e["sheet"], e["row"], e["column"]) for e in report["errors"]] == [
        ("Effort", None, "A")]
    assert "no row for WP1" in report["errors"][0]["message"]


def test_wp_label_and_key_cleared_is_refused(returned, demo_path, capsys) -> None:
    def clear(workbook: openpyxl.Workbook) -> None:
        sheet = workbook[SHEET_EFFORT]
        row = effort_row(workbook, 1)
        sheet.cell(row, 1).value = None
        sheet.cell(row, 8).value = None
        sheet.cell(row, 6).value = 3

    report = assert_refused(returned, demo_path, clear, capsys)
    located = {(e["sheet"], e["row"], e["column"]) for e in report["errors"]}
    assert located == {("Effort", 5, "F"), ("Effort", None, "A")}


def test_wp_label_retyped_to_another_wp_is_refused(returned, demo_path, capsys) -> None:
    report = assert_refused(returned, demo_path,
        lambda workbook: workbook[SHEET_EFFORT].cell(effort_row(workbook, 1), 1).__setattr__(
            "value", "WP2"), capsys)
    assert [(e["row"], e["column"]) for e in report["errors"]] == [(5, "A")]
    assert "written for WP1" in report["errors"][0]["message"]


def test_deleted_profile_row_is_refused(returned, demo_path, capsys) -> None:
    def delete_city(workbook: openpyxl.Workbook) -> None:
        sheet = workbook[SHEET_ORGANISATION]
        row = next(r for r in range(1, 40) if sheet.cell(r, 1).value == "City")
        delete_rows(sheet, row)

    report = assert_refused(returned, demo_path, delete_city, capsys)
    assert [(e["sheet"], e["column"]) for e in report["errors"]] == [("Organisation", "A")]
    assert "no “City” row" in report["errors"][0]["message"]


def test_deleted_category_column_is_refused_not_read_from_the_explanations(
    returned, demo_path, capsys
) -> None:
    """The explanation table to the right also has a "Category" heading: it must not stand in."""
    report = assert_refused(
        returned, demo_path, lambda workbook: workbook[SHEET_COSTS].delete_cols(1), capsys)
    assert [(e["sheet"], e["row"]) for e in report["errors"]] == [("Costs", 4)]
    assert "no longer in the template's order" in report["errors"][0]["message"]


def test_amount_formula_left_behind_by_a_moved_column_is_refused(
    returned, demo_path, capsys
) -> None:
    """A program that does not rewrite formulas (a script) leaves Amount multiplying the wrong
    cells: the line is refused where it is, not read as some other product."""
    def add_line_then_shift_without_formulas(workbook: openpyxl.Workbook) -> None:
        row = first_blank_cost_row(workbook)
        set_cost_line(workbook, row, {1: "C.1 Travel and subsistence", 3: "Trips", 4: 2,
                                      5: 300})
        workbook[SHEET_COSTS].insert_cols(1)  # openpyxl keeps =…D{row}*E{row}…

    report = assert_refused(returned, demo_path, add_line_then_shift_without_formulas, capsys)
    assert {(e["sheet"], e["column"]) for e in report["errors"]} == {("Costs", "G")}
    assert all("not this line's Quantity" in e["message"] for e in report["errors"])


# --- importing again -----------------------------------------------------------------------------


def test_the_same_workbook_imported_twice_changes_nothing_the_second_time(
    returned, demo_path, capsys
) -> None:
    def edits(workbook: openpyxl.Workbook) -> None:
        set_effort(workbook, 1, 2.5)
        row = first_blank_cost_row(workbook)
        set_cost_line(workbook, row, {1: "C.1 Travel and subsistence", 2: "WP2",
                                      3: "Pilot site visit", 4: 2, 5: 450})
        first = cost_row(workbook, workbook[SHEET_COSTS].cell(5, 3).value)
        set_cost_line(workbook, first, {3: "Renamed line"})
        insert_rows(workbook[SHEET_EFFORT], 5)

    path = returned(edits)
    code, first = import_json(demo_path, path, capsys)
    assert (code, first["errors"]) == (0, [])
    assert changes(first) != (0, 0, 0)
    after_first, lines = summary(demo_path, capsys), cost_rows(demo_path)
    code, second = import_json(demo_path, path, capsys)
    assert (code, second["errors"]) == (0, [])
    assert changes(second) == (0, 0, 0)
    assert second["diff"] == {**second["diff"], "profile": [], "effort": [], "cost_lines": []}
    assert summary(demo_path, capsys) == after_first
    assert cost_rows(demo_path) == lines


# --- workbooks made by version 1 (no work package list, no hidden key) ---------------------------


def as_version_1(workbook: openpyxl.Workbook) -> None:
    """Rewrite a workbook the way version 1 wrote it."""
    identity = workbook[SHEET_IDENTITY]
    values = {identity.cell(row, 1).value: identity.cell(row, 2).value for row in range(1, 13)}
    values["template_version"] = "1"
    for row in range(1, 13):
        identity.cell(row, 1).value = identity.cell(row, 2).value = None
    for row, key in enumerate((*IDENTITY_KEYS_V1, "checksum"), start=1):
        identity.cell(row, 1).value = key
        identity.cell(row, 2).value = (identity_checksum(values, 1) if key == "checksum"
                                       else values[key])
    workbook[SHEET_EFFORT].delete_cols(8)


def test_version_1_workbook_is_still_read(returned, demo_path, capsys) -> None:
    assert_read_as_unchanged(returned, demo_path, as_version_1, capsys)


def test_version_1_workbook_with_a_deleted_wp_row_is_refused(returned, demo_path, capsys) -> None:
    def delete_wp1(workbook: openpyxl.Workbook) -> None:
        as_version_1(workbook)
        delete_rows(workbook[SHEET_EFFORT], effort_row(workbook, 1))

    report = assert_refused(returned, demo_path, delete_wp1, capsys)
    assert "no row for WP1" in report["errors"][0]["message"]


def test_version_1_workbook_without_its_lists_is_refused(returned, demo_path, capsys) -> None:
    def drop_lists(workbook: openpyxl.Workbook) -> None:
        as_version_1(workbook)
        del workbook[SHEET_LISTS]

    report = assert_refused(returned, demo_path, drop_lists, capsys)
    assert "cannot tell which work packages" in report["errors"][0]["message"]
