"""The import use case called directly (no command line, no window): which importer, prepare,
decisions, finish, and the report in the shape `import --json` prints."""

from __future__ import annotations

import dataclasses
import hashlib
from pathlib import Path

import pytest
from sqlalchemy import func, select

from consortium_planner.models import Organisation
from consortium_planner.services.file_import import (
    NOT_IMPORTED_FOR_ERRORS,
    ImportRequest,
    ListReport,
    finish_import,
    import_file,
    prepare_import,
)
from consortium_planner.services.import_mappings import load_mappings
from consortium_planner.services.organisation_import import Decision
from consortium_planner.services.partner_returns import FileResult
from consortium_planner.workspace import Workspace

REPORT_KEYS = ["path", "status", "rows_read", "created", "updated", "unchanged", "skipped",
               "errors", "warnings", "notes"]


@pytest.fixture(autouse=True)
def private_mappings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONSORTIUM_PLANNER_DATA_DIR", str(tmp_path / "user-data"))


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def organisation_count(workspace: Workspace) -> int:
    with workspace.sessions() as session:
        return session.scalar(select(func.count()).select_from(Organisation)) or 0


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_list_is_imported_and_reported_as_the_command_prints_it(empty_path, tmp_path):
    path = write(tmp_path / "good.csv",
                 "Legal name;Country;PIC\nAcme GmbH;Deutschland;999999999\nBeta SARL;France;\n")
    with Workspace.open(empty_path) as workspace:
        report = import_file(workspace, ImportRequest(path))
        again = import_file(workspace, ImportRequest(path))
        assert organisation_count(workspace) == 2
    assert isinstance(report, ListReport)
    assert list(report.as_json()) == REPORT_KEYS
    assert (report.status, report.rows_read, report.created) == ("imported", 2, 2)
    assert report.result is not None and report.result.created == 2
    assert (again.status, again.created, again.unchanged) == ("imported", 0, 2)


def test_decisions_per_duplicate_are_applied(empty_path, tmp_path):
    first = write(tmp_path / "first.csv", "Legal name;Country;E-mail\nAcme GmbH;DE;a@acme.de\n")
    second = write(tmp_path / "second.csv",
                   "Legal name;Country;E-mail\nAcme GmbH;DE;new@acme.de\nNew Ltd;IE;x@new.ie\n")
    with Workspace.open(empty_path) as workspace:
        import_file(workspace, ImportRequest(first))
        prepared = prepare_import(workspace, ImportRequest(second))
        assert prepared.preview.decisions == [Decision.UPDATE, Decision.CREATE]
        assert organisation_count(workspace) == 1  # preparing writes nothing
        report = finish_import(workspace, prepared, {0: Decision.KEEP})
        with workspace.sessions() as session:
            emails = set(session.scalars(select(Organisation.email)))
    assert (report.created, report.updated, report.unchanged) == (1, 0, 1)
    assert emails == {"a@acme.de", "x@new.ie"}


def test_a_decision_the_row_does_not_allow_is_refused(empty_path, tmp_path):
    path = write(tmp_path / "list.csv", "Legal name;Country\nNew Ltd;IE\n")
    with Workspace.open(empty_path) as workspace:
        prepared = prepare_import(workspace, ImportRequest(path))
        with pytest.raises(ValueError, match="row 2"):
            finish_import(workspace, prepared, {0: Decision.UPDATE})


def test_error_rows_refuse_the_file_unless_skipped_and_dry_run_writes_nothing(empty_path,
                                                                               tmp_path):
    path = write(tmp_path / "bad.csv", "Legal name;Country;PIC\nAcme;DE;999999999\nBad;Narnia;12\n")
    before = digest(empty_path)
    with Workspace.open(empty_path) as workspace:
        refused = import_file(workspace, ImportRequest(path))
        dry = import_file(workspace, ImportRequest(path, skip_invalid=True, dry_run=True))
    assert digest(empty_path) == before
    assert refused.status == "rejected" and refused.notes[-1] == NOT_IMPORTED_FOR_ERRORS
    assert {(e.row, e.column) for e in refused.errors} == {(3, "PIC"), (3, "Country")}
    assert (dry.status, dry.created, dry.skipped) == ("dry-run", 1, 1)
    with Workspace.open(empty_path) as workspace:
        skipped = import_file(workspace, ImportRequest(path, skip_invalid=True))
    assert (skipped.status, skipped.created, skipped.skipped) == ("imported", 1, 1)


def test_an_unreadable_file_is_a_rejected_report(empty_path, tmp_path):
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    with Workspace.open(empty_path) as workspace:
        report = import_file(workspace, ImportRequest(broken))
    assert report.status == "rejected" and report.errors[0].row is None
    assert "damaged" in report.errors[0].message


def test_overrides_win_and_the_mapping_is_remembered_once_applied(empty_path, tmp_path):
    first = write(tmp_path / "first.csv", "Firma;Staat;Kennung\nAcme;DE;999999999\n")
    second = write(tmp_path / "second.csv", "Firma;Staat;Kennung\nBeta;FR;911111111\n")
    with Workspace.open(empty_path) as workspace:
        dry = import_file(workspace, ImportRequest(first, {"Kennung": "pic"}, dry_run=True))
        assert dry.status == "dry-run" and load_mappings() == {}
        import_file(workspace, ImportRequest(first, {"Kennung": "pic"}))
        report = import_file(workspace, ImportRequest(second))
        with workspace.sessions() as session:
            pics = set(session.scalars(select(Organisation.pic)))
    assert any("mapping you chose before" in note for note in report.notes)
    assert pics == {"999999999", "911111111"}


def test_enrolment_and_a_refusal_from_the_workspace(demo_path, tmp_path):
    path = write(tmp_path / "list.csv", "Legal name;Country\nNew Ltd;IE\n")
    with Workspace.open(demo_path) as workspace:
        enrolled = import_file(workspace, ImportRequest(path, project="circomp"))
        prepared = prepare_import(workspace, ImportRequest(path, project="NOPE"))
        refused = finish_import(workspace, prepared)
    assert any("enrolled in circomp" in note for note in enrolled.notes)
    assert refused.status == "rejected" and refused.result is None
    assert "no project 'NOPE'" in refused.errors[-1].message


@pytest.fixture
def partner_workbook(demo_path: Path, tmp_path: Path) -> Path:
    from consortium_planner.exporting.partner_template import write_partner_workbook
    from consortium_planner.services.snapshot import load_snapshot

    with Workspace.open(demo_path, read_only=True) as workspace, workspace.sessions() as session:
        snapshot = load_snapshot(session, 1)
    return write_partner_workbook(snapshot, 2, tmp_path / "from the partner.xlsx")


def test_a_returned_partner_workbook_goes_to_its_own_import(demo_path, partner_workbook):
    with Workspace.open(demo_path, read_only=True) as workspace:
        report = import_file(workspace, ImportRequest(partner_workbook, dry_run=True))
    assert isinstance(report, FileResult)
    assert report.status == "dry-run" and "diff" in report.as_json()
    assert list(report.as_json())[:7] == REPORT_KEYS[:7]


def test_the_prepared_request_can_change_its_options(empty_path, tmp_path):
    """The window decides on skipping error rows after the preview: the request is replaced."""
    path = write(tmp_path / "bad.csv", "Legal name;Country\nGood Ltd;IE\nBad;Narnia\n")
    with Workspace.open(empty_path) as workspace:
        prepared = prepare_import(workspace, ImportRequest(path))
        assert finish_import(workspace, prepared).status == "rejected"
        skipping = dataclasses.replace(
            prepared, request=dataclasses.replace(prepared.request, skip_invalid=True))
        assert finish_import(workspace, skipping).created == 1
