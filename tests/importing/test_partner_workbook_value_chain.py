"""The partner workbook asks for the partner's NACE codes and value-chain roles, and the return
imports them; a workbook made before these rows existed still imports."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from partner_workbook_fill import fill, make_workbook, set_profile, snapshot_of

from consortium_planner.formats.partner_workbook import PROFILE_ROWS, SHEET_ORGANISATION
from consortium_planner.services.editing import EditingService
from consortium_planner.services.partner_returns import import_partner_workbook
from consortium_planner.workspace import Workspace


def _participant(demo_path: Path, number: int = 3) -> tuple[int, int]:
    participant = snapshot_of(demo_path).participant(number)
    return participant.id, participant.organisation.id


def _lists(demo_path: Path) -> tuple[list[str], list[str]]:
    participant_id, organisation_id = _participant(demo_path)
    with Workspace.open(demo_path, read_only=True) as workspace:
        service = EditingService(workspace)
        return (service.values("organisation", organisation_id, ["nace_codes"])["nace_codes"],
                service.values("participant", participant_id,
                               ["value_chain_roles"])["value_chain_roles"])


def test_the_workbook_shows_and_returns_codes_and_roles(demo_path: Path, tmp_path: Path) -> None:
    participant_id, organisation_id = _participant(demo_path)
    with Workspace.open(demo_path) as workspace:
        service = EditingService(workspace)
        service.update("organisation", organisation_id, {"nace_codes": "72.19"})
        service.update("participant", participant_id,
                       {"value_chain_roles": ["research_technology_provider"]})
    path = make_workbook(demo_path, tmp_path / "p3.xlsx")
    sheet = openpyxl.load_workbook(path)[SHEET_ORGANISATION]
    assert sheet.cell(PROFILE_ROWS["nace_codes"], 2).value == "72.19"
    assert sheet.cell(PROFILE_ROWS["value_chain_roles"], 2).value == \
        "Research and technology provider"

    def edits(workbook: openpyxl.Workbook) -> None:
        set_profile(workbook, "nace_codes", "72.19; C 25.6.2")
        set_profile(workbook, "value_chain_roles",
                    "Research and technology provider; training and skills provider")

    fill(path, edits)
    with Workspace.open(demo_path) as workspace:
        result = import_partner_workbook(workspace, path)
    assert result.status == "imported", [error.message for error in result.errors]
    changed = {change.field: (change.old, change.new) for change in result.diff.profile}
    assert changed["nace_codes"] == ("72.19", "25.62; 72.19")
    assert _lists(demo_path) == (["25.62", "72.19"],
                                 ["research_technology_provider", "training_provider"])


def test_unknown_codes_and_roles_are_refused_at_their_cell(demo_path: Path,
                                                           tmp_path: Path) -> None:
    def edits(workbook: openpyxl.Workbook) -> None:
        set_profile(workbook, "nace_codes", "25.63")
        set_profile(workbook, "value_chain_roles", "Astronaut")

    path = fill(make_workbook(demo_path, tmp_path / "p3.xlsx"), edits)
    before = _lists(demo_path)
    with Workspace.open(demo_path) as workspace:
        result = import_partner_workbook(workspace, path)
    assert result.status == "rejected"
    messages = [(error.row, error.message) for error in result.errors]
    assert any(row == PROFILE_ROWS["nace_codes"] and "25.63" in message
               for row, message in messages)
    assert any(row == PROFILE_ROWS["value_chain_roles"] and "Astronaut" in message
               for row, message in messages)
    assert _lists(demo_path) == before


def test_a_workbook_of_version_2_without_the_rows_imports(demo_path: Path,
                                                          tmp_path: Path) -> None:
    """Made before the rows were added: they are not asked for, and nothing is cleared."""
    from consortium_planner.formats import partner_workbook as layout

    participant_id, organisation_id = _participant(demo_path)
    with Workspace.open(demo_path) as workspace:
        EditingService(workspace).update("organisation", organisation_id, {"nace_codes": "72.19"})
    path = make_workbook(demo_path, tmp_path / "p3.xlsx")

    def as_version_2(workbook: openpyxl.Workbook) -> None:
        sheet = workbook[SHEET_ORGANISATION]
        sheet.delete_rows(PROFILE_ROWS["nace_codes"], 2)
        identity = workbook[layout.SHEET_IDENTITY]
        values = {}
        for row in identity.iter_rows():
            if row[0].value:
                values[str(row[0].value)] = "" if row[1].value is None else str(row[1].value)
        values["template_version"] = "2"
        for row in identity.iter_rows():
            key = row[0].value
            if key == "template_version":
                row[1].value = "2"
            elif key == "checksum":
                row[1].value = layout.identity_checksum(values, 2)

    fill(path, as_version_2)
    with Workspace.open(demo_path) as workspace:
        result = import_partner_workbook(workspace, path)
    assert result.status == "imported", [error.message for error in result.errors]
    assert _lists(demo_path)[0] == ["72.19"]
