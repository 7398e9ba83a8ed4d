"""Random layout edits to a returned workbook (issue 10): whatever the partner did, the import
either applies it or refuses it leaving the workspace as it was, and an applied workbook
imported a second time changes nothing (the bug added every cost line again)."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from partner_workbook_fill import (
    delete_columns,
    delete_rows,
    file_digest,
    fill,
    insert_columns,
    insert_rows,
    make_workbook,
)

from consortium_planner.formats.partner_workbook import (
    SHEET_COSTS,
    SHEET_EFFORT,
    SHEET_ORGANISATION,
)
from consortium_planner.services.partner_returns import import_partner_workbook
from consortium_planner.workspace import Workspace

SHEETS = (SHEET_ORGANISATION, SHEET_EFFORT, SHEET_COSTS)
EDITS = {
    "insert row": lambda sheet, row, column: insert_rows(sheet, row),
    "delete row": lambda sheet, row, column: delete_rows(sheet, row),
    "insert column": lambda sheet, row, column: insert_columns(sheet, column),
    "delete column": lambda sheet, row, column: delete_columns(sheet, column),
    "clear cell": lambda sheet, row, column: setattr(sheet.cell(row, column), "value", None),
    "blank text": lambda sheet, row, column: setattr(sheet.cell(row, column), "value", " "),
}
edit = st.tuples(st.sampled_from(SHEETS), st.sampled_from(sorted(EDITS)),
                 st.integers(1, 14), st.integers(1, 9))


@pytest.fixture(scope="module")
def blank(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("mutations")
    return demo_template, make_workbook(demo_template, folder / "p2.xlsx", 2)


@settings(max_examples=8, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(edits=st.lists(edit, min_size=1, max_size=3))
@example(edits=[(SHEET_EFFORT, "insert row", 5, 1)])  # the campaign's cases
@example(edits=[(SHEET_EFFORT, "delete row", 5, 1)])
@example(edits=[(SHEET_EFFORT, "clear cell", 5, 1)])
def test_any_layout_edit_is_applied_once_or_refused_cleanly(
    blank: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory,
    edits: list[tuple[str, str, int, int]],
) -> None:
    demo_template, workbook = blank
    folder = tmp_path_factory.mktemp("case")
    workspace = Path(shutil.copyfile(demo_template, folder / "demo.cpw"))

    def apply_edits(book: openpyxl.Workbook) -> None:
        for sheet, name, row, column in edits:
            EDITS[name](book[sheet], row, column)

    path = fill(Path(shutil.copyfile(workbook, folder / "p2.xlsx")), apply_edits)
    before = file_digest(workspace)
    with Workspace.open(workspace) as opened:
        first = import_partner_workbook(opened, path)
        if first.status == "rejected":
            assert first.errors
            assert file_digest(workspace) == before
            return
        assert first.status == "imported"
        second = import_partner_workbook(opened, path)
    assert second.status == "imported"
    assert (second.created, second.updated, second.removed) == (0, 0, 0), edits
