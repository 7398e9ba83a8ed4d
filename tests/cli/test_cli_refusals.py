"""Refusals at the command line are messages with exit 1 or 2, never "unexpected error".

"Unexpected error" is the app's word for a bug; hostile cells, absurd numbers and a refusing
operating system are the user's world and get a message that says what to do.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import openpyxl
import pytest

from consortium_planner import cli
from consortium_planner.cli import main
from consortium_planner.domain.limits import MAX_INTEGER

HEADER = "Legal name,Country,Staff,Turnover"

# A cell of each hostile kind, in the Staff or Turnover column; (row text, column named).
CSV_ROWS: dict[str, tuple[str, str]] = {
    "staff over 2**63": ("Acme,DE,18446744073709551616,1", "Staff"),
    "staff at 2**63 - 1": ("Acme,DE,9223372036854775807,1", "Staff"),
    "staff just over the limit": (f"Acme,DE,{MAX_INTEGER + 1},1", "Staff"),
    "staff of 5,000 digits": ("Acme,DE," + "9" * 5000 + ",1", "Staff"),
    "staff 1e400": ("Acme,DE,1e400,1", "Staff"),
    "staff negative": ("Acme,DE,-5,1", "Staff"),
    "staff NaN": ("Acme,DE,NaN,1", "Staff"),
    "staff Infinity": ("Acme,DE,Infinity,1", "Staff"),
    "staff a fraction": ("Acme,DE,3.5,1", "Staff"),
    "turnover 1e400": ("Acme,DE,3,1e400", "Turnover"),
    "turnover of 5,000 digits": ("Acme,DE,3," + "9" * 5000, "Turnover"),
    "turnover negative": ("Acme,DE,3,-1", "Turnover"),
}


@pytest.fixture(autouse=True)
def private_mappings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONSORTIUM_PLANNER_DATA_DIR", str(tmp_path / "user-data"))


def _organisations(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        return int(connection.execute("SELECT count(*) FROM organisation").fetchone()[0])


@pytest.mark.parametrize("case", CSV_ROWS)
def test_a_hostile_number_in_a_list_is_a_located_error(
    case: str, empty_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    row, column = CSV_ROWS[case]
    file = tmp_path / "list.csv"
    file.write_text(f"{HEADER}\n{row}\n", encoding="utf-8")
    assert main(["import", str(empty_path), str(file)]) == 1
    output = capsys.readouterr()
    assert "unexpected error" not in output.err
    assert f"row 2, column “{column}”" in output.out + output.err
    assert max(map(len, (output.out + output.err).splitlines())) < 400  # not echoed whole
    assert _organisations(empty_path) == 0


def test_a_huge_whole_number_in_a_spreadsheet_is_a_located_error(
    empty_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Legal name", "Country", "Staff"])
    sheet.append(["Acme", "DE", 12])
    sheet.append(["Beta", "FR", 2**64])
    file = tmp_path / "list.xlsx"
    workbook.save(file)
    assert main(["import", str(empty_path), str(file)]) == 1
    output = capsys.readouterr()
    assert "unexpected error" not in output.err
    assert "row 3, column “Staff”" in output.out and "far too large" in output.out
    assert _organisations(empty_path) == 0


def test_a_project_file_nested_100000_deep_is_refused(
    empty_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = tmp_path / "deep.json"
    file.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    assert main(["load", str(empty_path), str(file)]) == 2
    error = capsys.readouterr().err
    assert "nested far too deeply" in error and "unexpected error" not in error


def _failing_command(monkeypatch: pytest.MonkeyPatch, error: BaseException) -> None:
    from consortium_planner.cli.project_commands import LoadCommand

    def run(args: object) -> int:
        raise error

    monkeypatch.setattr(LoadCommand, "run", staticmethod(run))


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (PermissionError(errno.EACCES, "Permission denied", "/data/p.json"),
         "/data/p.json: Permission denied"),
        (IsADirectoryError(errno.EISDIR, "Is a directory", "/data"), "/data: Is a directory"),
        (FileNotFoundError(errno.ENOENT, "No such file or directory", "p.json"),
         "p.json: No such file or directory"),
        (OSError(errno.ENOSPC, "No space left on device"),
         "the system refused: No space left on device"),
        (MemoryError(), "not enough memory for this input"),
    ],
)
def test_the_users_environment_is_a_message_not_a_bug(
    error: BaseException, expected: str, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _failing_command(monkeypatch, error)
    assert main(["load", "w.cpw", "p.json"]) == cli.EXIT_USAGE
    message = capsys.readouterr().err
    assert expected in message and "unexpected error" not in message


def test_a_real_bug_is_still_an_unexpected_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _failing_command(monkeypatch, OSError("a library's own message, no errno"))
    assert main(["load", "w.cpw", "p.json"]) == cli.EXIT_USAGE
    assert "unexpected error (OSError" in capsys.readouterr().err
