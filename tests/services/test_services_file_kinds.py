"""The one decision of which importer a file needs, shared by `import` and the window."""

from __future__ import annotations

from pathlib import Path

import pytest

from consortium_planner.services.file_kinds import FileKind, file_kind


@pytest.fixture(scope="module")
def partner_workbook(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> Path:
    from consortium_planner.exporting.partner_template import write_partner_workbook
    from consortium_planner.services.snapshot import load_snapshot
    from consortium_planner.workspace import Workspace

    workspace = Workspace.open(demo_template, read_only=True)
    try:
        with workspace.sessions() as session:
            snapshot = load_snapshot(session, 1)
    finally:
        workspace.close()
    return write_partner_workbook(snapshot, 2, tmp_path_factory.mktemp("returned") / "p2.xlsx")


def test_a_returned_partner_workbook_is_told_from_an_organisation_list(partner_workbook, tmp_path):
    renamed = tmp_path / "from the partner.xlsm"
    renamed.write_bytes(partner_workbook.read_bytes())
    assert file_kind(partner_workbook) is FileKind.PARTNER_WORKBOOK
    assert file_kind(renamed) is FileKind.PARTNER_WORKBOOK


@pytest.mark.parametrize("name", ["members.csv", "members.XLSX", "members.ods", "list.xlsm",
                                  "legacy.xls", "members.tsv"])
def test_other_spreadsheets_are_organisation_lists(tmp_path, name):
    path = tmp_path / name
    path.write_text("Legal name;Country\nA;DE\n", encoding="utf-8")
    assert file_kind(path) is FileKind.ORGANISATION_LIST


def test_workspaces_and_unknown_files(tmp_path):
    assert file_kind(tmp_path / "plans.CPW") is FileKind.WORKSPACE
    notes = tmp_path / "notes.txt"
    notes.write_text("hello", encoding="utf-8")
    assert file_kind(notes) is None
