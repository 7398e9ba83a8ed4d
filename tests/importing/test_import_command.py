"""`consortium-planner import`: exit codes, the JSON report, the human report, the remembered
mapping, dry runs, and a rejected file leaving the workspace byte-for-byte unchanged."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from consortium_planner.cli import main
from consortium_planner.services.import_mappings import load_mappings, mappings_path

GOOD = "Legal name;Country;PIC\nAcme GmbH;Deutschland;999999999\nBeta SARL;France;\n"
BAD = "Legal name;Country;PIC\nAcme GmbH;Deutschland;999999999\nBad;Narnia;12\n"


@pytest.fixture(autouse=True)
def private_mappings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test remembers mappings in its own folder."""
    monkeypatch.setenv("CONSORTIUM_PLANNER_DATA_DIR", str(tmp_path / "user-data"))


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    paths = {}
    for name, text in {"good": GOOD, "bad": BAD}.items():
        paths[name] = tmp_path / f"{name}.csv"
        paths[name].write_text(text, encoding="utf-8")
    return paths


def run_json(capsys, *args: object) -> tuple[int, dict]:
    code = main(["import", *map(str, args), "--json"])
    return code, json.loads(capsys.readouterr().out)


def organisation_count(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        return connection.execute("SELECT count(*) FROM organisation").fetchone()[0]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_imported_file_report_and_exit_0(empty_path, files, capsys):
    code, document = run_json(capsys, empty_path, files["good"])
    assert code == 0
    (report,) = document["files"]
    assert {key: report[key] for key in ("path", "status", "rows_read", "created", "updated",
                                         "unchanged", "skipped", "errors", "warnings")} == {
        "path": str(files["good"]), "status": "imported", "rows_read": 2, "created": 2,
        "updated": 0, "unchanged": 0, "skipped": 0, "errors": [], "warnings": []}
    assert organisation_count(empty_path) == 2
    code, document = run_json(capsys, empty_path, files["good"])
    assert code == 0 and document["files"][0]["unchanged"] == 2


def test_rejected_file_exit_1_lists_every_problem_and_changes_nothing(empty_path, files, capsys):
    before = digest(empty_path)
    code, document = run_json(capsys, empty_path, files["good"], files["bad"])
    assert code == 1
    good, bad = document["files"]
    assert good["status"] == "imported" and bad["status"] == "rejected"
    assert bad["created"] == 0 and bad["rows_read"] == 2
    assert {(e["sheet"], e["row"], e["column"]) for e in bad["errors"]} == {
        ("bad", 3, "PIC"), ("bad", 3, "Country")}
    assert organisation_count(empty_path) == 2  # the good file only: its own transaction
    fresh = empty_path.with_name("fresh.cpw")
    fresh.write_bytes(empty_path.read_bytes())
    before = digest(fresh)
    assert main(["import", str(fresh), str(files["bad"])]) == 1
    assert digest(fresh) == before


def test_skip_invalid_imports_the_valid_rows(empty_path, files, capsys):
    code, document = run_json(capsys, empty_path, files["bad"], "--skip-invalid")
    assert code == 0
    report = document["files"][0]
    assert (report["status"], report["created"], report["skipped"]) == ("imported", 1, 1)
    assert len(report["errors"]) == 2


def test_dry_run_reports_and_writes_nothing(empty_path, files, capsys):
    before = digest(empty_path)
    code, document = run_json(capsys, empty_path, files["good"], "--dry-run")
    assert code == 0
    assert document["files"][0]["status"] == "dry-run"
    assert document["files"][0]["created"] == 2
    assert digest(empty_path) == before


def test_human_report_locates_each_problem(empty_path, files, capsys):
    assert main(["import", str(empty_path), str(files["bad"])]) == 1
    out = capsys.readouterr().out
    assert "rejected" in out
    assert "error: sheet “bad”, row 3, column “PIC”: “12” is not a PIC (9 digits)" in out
    assert "error: sheet “bad”, row 3, column “Country”:" in out


def test_unreadable_file_is_rejected_with_a_message(empty_path, tmp_path, capsys):
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    code, document = run_json(capsys, empty_path, broken)
    assert code == 1
    assert document["files"][0]["errors"][0]["row"] is None
    assert "damaged" in document["files"][0]["errors"][0]["message"]


@pytest.mark.parametrize("arguments", [
    ["{missing_file}"], ["{good}", "--map", "Kennung=colour"], ["{good}", "--map", "=pic"],
    ["{good}", "--project", "NOPE"],
])
def test_bad_usage_exit_2(empty_path, files, tmp_path, arguments, capsys):
    values = {"missing_file": tmp_path / "nope.csv", "good": files["good"]}
    assert main(["import", str(empty_path), *(a.format(**values) for a in arguments)]) == 2
    assert main(["import", str(tmp_path / "no.cpw"), str(files["good"])]) == 2
    assert organisation_count(empty_path) == 0


def test_a_folder_given_as_a_file_is_named_as_such(empty_path, tmp_path, capsys):
    assert main(["import", str(empty_path), str(tmp_path)]) == 2
    assert "is a folder; name the files to import" in capsys.readouterr().err


def test_project_enrolment(demo_path, files, capsys):
    code, document = run_json(capsys, demo_path, files["good"], "--project", "circomp")
    assert code == 0
    assert any("enrolled" in note for note in document["files"][0]["notes"])


def test_mapping_is_remembered_per_layout(empty_path, tmp_path, capsys):
    first = tmp_path / "first.csv"
    first.write_text("Firma;Staat;Kennung\nAcme;DE;999999999\n", encoding="utf-8")
    code, document = run_json(capsys, empty_path, first, "--map", "Kennung=pic")
    assert code == 0 and mappings_path().is_file()
    assert any(mapping.get("Kennung") == "pic" for mapping in load_mappings().values())
    second = tmp_path / "second.csv"
    second.write_text("Firma;Staat;Kennung\nBeta;FR;911111111\n", encoding="utf-8")
    code, document = run_json(capsys, empty_path, second)
    assert code == 0
    assert any("mapping you chose before" in note for note in document["files"][0]["notes"])
    with sqlite3.connect(empty_path) as connection:
        assert connection.execute(
            "SELECT pic FROM organisation WHERE legal_name = 'Beta'").fetchone() == ("911111111",)


def test_a_damaged_mapping_memory_is_ignored(empty_path, files, capsys):
    mappings_path().parent.mkdir(parents=True, exist_ok=True)
    mappings_path().write_text("{not json", encoding="utf-8")
    assert load_mappings() == {}
    code, _ = run_json(capsys, empty_path, files["good"])
    assert code == 0


UNCLEAR = "Acme Systems GmbH;Berlin;\nBeta Labs Oy;Espoo;Finland\nGamma SA;Lyon;France\n"


def test_an_unclear_header_row_is_refused_with_exit_1_naming_the_rows(empty_path, tmp_path,
                                                                        capsys):
    path = tmp_path / "unclear.csv"
    path.write_text(UNCLEAR, encoding="utf-8")
    before = digest(empty_path)
    assert main(["import", str(empty_path), str(path)]) == 1
    out = capsys.readouterr().out
    assert f"{path}: rejected" in out
    assert ("cannot tell which row of sheet “unclear” holds the column titles: row 1 "
            "(“Acme Systems GmbH”, “Berlin”…) or no header row at all") in out
    assert "Import it again with --header-row N, N being 1 or 0 (no header row)." in out
    assert digest(empty_path) == before
    code, document = run_json(capsys, empty_path, path)
    assert code == 1 and document["files"][0]["header_row_candidates"] == [1, 0]


def test_header_row_option(empty_path, tmp_path, capsys):
    path = tmp_path / "unclear.csv"
    path.write_text(UNCLEAR, encoding="utf-8")
    code, document = run_json(capsys, empty_path, path, "--header-row", "0")
    assert code == 0 and document["files"][0]["created"] == 3
    assert "The list has no header row: its columns are recognised by their values." in (
        document["files"][0]["notes"])
    titled = tmp_path / "titled.csv"
    titled.write_text("Members\nName;Country\nAcme GmbH;DE\n", encoding="utf-8")
    code, document = run_json(capsys, empty_path, titled, "--header-row", "2", "--dry-run")
    assert code == 0 and document["files"][0]["rows_read"] == 1
    code, document = run_json(capsys, empty_path, titled, "--header-row", "7")
    assert code == 1 and "Row 7 cannot be the header" in document["files"][0]["errors"][0][
        "message"]


def test_a_header_row_that_is_no_number_is_bad_usage(empty_path, files, capsys):
    with pytest.raises(SystemExit) as raised:
        main(["import", str(empty_path), str(files["good"]), "--header-row", "two"])
    assert raised.value.code == 2
    assert "--header-row: 'two' is not a row number" in capsys.readouterr().err
