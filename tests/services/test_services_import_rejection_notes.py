"""A rejected file's report keeps what the reader noted of the file ("named .xlsx but holds
plain text", its code page): often the very reason it was refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from consortium_planner.cli import main

XLSX_TEXT = "The file is named .xlsx but holds plain text"


@pytest.fixture(autouse=True)
def private_mappings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONSORTIUM_PLANNER_DATA_DIR", str(tmp_path / "user-data"))


def rejected(capsys, workspace: Path, path: Path, *options: str) -> dict:
    code = main(["import", str(workspace), str(path), "--json", *options])
    (report,) = json.loads(capsys.readouterr().out)["files"]
    assert (code, report["status"]) == (1, "rejected"), report
    return report


def test_no_header_row_keeps_the_readers_notes(tmp_path, empty_path, capsys):
    path = tmp_path / "members.xlsx"
    path.write_text("hello world\nthis is text\n", encoding="utf-8")
    report = rejected(capsys, empty_path, path)
    assert "No header row" in report["errors"][0]["message"]
    assert any(XLSX_TEXT in note for note in report["notes"]), report


def test_a_text_that_cannot_be_read_keeps_the_readers_notes(tmp_path, empty_path, capsys):
    """The reader itself refuses (a quote never closed), after noting the name and code page."""
    path = tmp_path / "members.xlsx"
    path.write_bytes("Name;Land\n\"Müller GmbH;Deutschland\nSchäfer KG;DE\n".encode("cp1252"))
    report = rejected(capsys, empty_path, path)
    assert any(XLSX_TEXT in note for note in report["notes"]), report
    assert any("Windows" in note or "1252" in note for note in report["notes"]), report


def test_an_unclear_header_row_keeps_the_readers_notes(tmp_path, empty_path, capsys):
    path = tmp_path / "members.xlsx"
    path.write_text("Acme Systems GmbH;Berlin;\nBeta Labs Oy;Espoo;Finland\n"
                    "Gamma SA;Lyon;France\n", encoding="utf-8")
    report = rejected(capsys, empty_path, path)
    assert report["header_row_candidates"] == [1, 0]
    assert any(XLSX_TEXT in note for note in report["notes"]), report


def test_a_missing_sheet_keeps_the_readers_notes(tmp_path, empty_path, capsys):
    path = tmp_path / "members.xlsx"
    path.write_text("Name;Country\nAcme GmbH;DE\n", encoding="utf-8")
    report = rejected(capsys, empty_path, path, "--sheet", "Other")
    assert "no sheet named" in report["errors"][0]["message"]
    assert any(XLSX_TEXT in note for note in report["notes"]), report


def test_the_command_prints_the_notes_of_a_rejected_file(tmp_path, empty_path, capsys):
    path = tmp_path / "members.xlsx"
    path.write_text("hello world\nthis is text\n", encoding="utf-8")
    assert main(["import", str(empty_path), str(path)]) == 1
    assert XLSX_TEXT in capsys.readouterr().out
