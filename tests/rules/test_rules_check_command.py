"""`consortium-planner check`: exit 0 without errors, 1 with errors, 2 for an unusable file;
`--json` prints {"ok", "findings"}."""

from __future__ import annotations

import json
from pathlib import Path

from rules_consortia import base_document, participant_of

from consortium_planner.cli import main
from consortium_planner.services.interchange import load_project
from consortium_planner.workspace import Workspace


def _workspace(path: Path, document: dict) -> Path:
    with Workspace.create(path) as workspace:
        load_project(workspace, document)
    return path


def test_demo_passes(demo_path, capsys) -> None:
    assert main(["check", str(demo_path)]) == 0
    out = capsys.readouterr().out
    assert "checked against call profile i3-strand1" in out
    assert main(["check", str(demo_path), "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["ok"] is True
    assert all(f["severity"] != "error" for f in document["findings"])
    # the demo's VAT numbers are made up, but with valid check digits
    assert [f for f in document["findings"] if f["rule"] == "vat_format"] == []


def test_errors_exit_1(tmp_path, capsys) -> None:
    document = base_document()
    participant_of(document, 1)["role"] = "beneficiary"
    path = _workspace(tmp_path / "w.cpw", document)
    assert main(["check", str(path), "--project", "just"]) == 1
    out = capsys.readouterr().out
    assert "ERROR [coordinator]" in out
    assert "No participant has the coordinator role." in out
    assert "Fix: Give the coordinator role" in out
    assert "1 error, " in out
    assert main(["check", str(path), "--json"]) == 1
    result = json.loads(capsys.readouterr().out)
    assert result["ok"] is False
    assert {"severity": "error", "rule": "coordinator", "participants": [],
            "work_packages": []}.items() <= result["findings"][0].items()


def test_warnings_only_exit_0(tmp_path, capsys) -> None:
    document = base_document()
    document["work_packages"][0]["lead"] = None
    path = _workspace(tmp_path / "w.cpw", document)
    assert main(["check", str(path), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["ok"] is True
    assert [f["rule"] for f in result["findings"]] == [
        "wp_lead", "company_share", "required_roles", "shared_s3_area"]


def test_unusable_files_exit_2(tmp_path, capsys) -> None:
    assert main(["check", str(tmp_path / "missing.cpw")]) == 2
    not_sqlite = tmp_path / "notes.cpw"
    not_sqlite.write_text("not a database", encoding="utf-8")
    assert main(["check", str(not_sqlite)]) == 2
    assert "notes.cpw" in capsys.readouterr().err


def test_unknown_project_exit_2(demo_path, capsys) -> None:
    assert main(["check", str(demo_path), "--project", "NOPE"]) == 2
    assert "no project 'NOPE'" in capsys.readouterr().err
