"""`compare WORKSPACE A B [C D]`: exit 0 identical, 1 differences, 2 bad usage; `--json`; the
reports' totals equal each side's `summary --json`."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from consortium_planner.cli import main
from consortium_planner.domain.money import format_amount
from consortium_planner.services.editing import EditingService
from consortium_planner.services.snapshot import find_project_id, load_snapshot
from consortium_planner.workspace import Workspace

from compare_scenarios import make_scenario


@pytest.fixture
def scenario_path(demo_path: Path) -> Path:
    make_scenario(demo_path)
    return demo_path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def summary_totals(capsys: pytest.CaptureFixture[str], path: Path, acronym: str) -> dict:
    status, out, _ = run(capsys, "summary", str(path), "--project", acronym, "--json")
    assert status == 0
    totals = json.loads(out)["totals"]
    return {key: totals[key] for key in ("total_eligible", "eu_contribution",
                                         "own_contribution", "person_months")}


def test_identical_projects_exit_0(capsys: pytest.CaptureFixture[str], demo_path: Path) -> None:
    status, out, err = run(capsys, "compare", str(demo_path), "CIRCOMP", "circomp")
    assert (status, err) == (0, "")
    assert out.strip().endswith("No differences.")


def test_differences_exit_1_and_read_as_a_table(capsys: pytest.CaptureFixture[str],
                                                scenario_path: Path) -> None:
    status, out, _ = run(capsys, "compare", str(scenario_path), "CIRCOMP", "CIRCOMP-B")
    assert status == 1
    assert out.startswith("Reference: CIRCOMP; compared: CIRCOMP-B")
    assert "Work plan" in out and "WP3" in out and "[+2 months]" in out
    assert "[removed]" in out and "rows differ" in out
    lines = out.splitlines()
    assert not any("Title" in line for line in lines)  # only what differs


def test_json_totals_equal_each_sides_summary(capsys: pytest.CaptureFixture[str],
                                              scenario_path: Path) -> None:
    status, out, _ = run(capsys, "compare", str(scenario_path), "CIRCOMP", "CIRCOMP-B",
                         "CIRCOMP", "--json")
    assert status == 1
    document = json.loads(out)
    assert document["sides"] == ["CIRCOMP", "CIRCOMP-B", "CIRCOMP"]
    assert document["identical"] is False and document["differences"] > 0
    assert document["totals"] == [summary_totals(capsys, scenario_path, acronym)
                                  for acronym in ("CIRCOMP", "CIRCOMP-B", "CIRCOMP")]
    for section in document["sections"]:
        for row in section["rows"]:
            assert row["differs"] and len(row["values"]) == 3
            assert len(row["deltas"]) == len(row["percent"]) == len(row["status"]) - 1 == 2
            assert row["status"][2] in ("same", "absent")  # the third side is the reference


@pytest.mark.parametrize(("sides", "message"), [
    (["CIRCOMP"], "name 2 to 4 projects to compare, not 1"),
    (["CIRCOMP"] * 5, "not 5"),
    (["CIRCOMP", "NOPE"], "no project 'NOPE'"),
    (["CIRCOMP", "CIRCOMP@1"], "CIRCOMP has no version '1' (its versions: none: take one"),
    (["CIRCOMP", "NOPE@1"], "no project 'NOPE'"),
])
def test_bad_sides_exit_2(capsys: pytest.CaptureFixture[str], demo_path: Path,
                          sides: list[str], message: str) -> None:
    status, out, err = run(capsys, "compare", str(demo_path), *sides)
    assert status == 2 and out == ""
    assert message in err and "unexpected" not in err


def test_an_unwritable_report_exits_2_before_comparing(capsys: pytest.CaptureFixture[str],
                                                      demo_path: Path, tmp_path: Path) -> None:
    status, _, err = run(capsys, "compare", str(demo_path), "CIRCOMP", "CIRCOMP",
                         "--pdf", str(tmp_path / "missing" / "r.pdf"))
    assert status == 2 and "does not exist" in err


def test_reports_totals_equal_each_sides_summary(capsys: pytest.CaptureFixture[str],
                                                 scenario_path: Path, tmp_path: Path) -> None:
    pdf, xlsx = tmp_path / "compare.pdf", tmp_path / "compare.xlsx"
    status, _, err = run(capsys, "compare", str(scenario_path), "CIRCOMP", "CIRCOMP-B",
                         "--pdf", str(pdf), "--xlsx", str(xlsx), "--json")
    assert status == 1 and f"wrote {pdf}" in err and f"wrote {xlsx}" in err
    expected = [summary_totals(capsys, scenario_path, a) for a in ("CIRCOMP", "CIRCOMP-B")]

    totals = openpyxl.load_workbook(xlsx)["Totals"]
    titles = [totals.cell(1, c).value for c in range(1, 7)]
    assert titles == ["Figure", "CIRCOMP", "CIRCOMP-B", "Δ CIRCOMP-B", "Δ % CIRCOMP-B", None]
    for row, key in enumerate(("total_eligible", "eu_contribution", "own_contribution",
                               "person_months"), start=2):
        for side in range(2):
            assert Decimal(str(totals.cell(row, 2 + side).value)) == Decimal(
                expected[side][key]), key
        assert totals.cell(row, 4).value == f"=C{row}-B{row}"
        assert totals.cell(row, 5).value == f'=IF(B{row}=0,"",(C{row}-B{row})/B{row})'

    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Participants: CIRCOMP-B: HCR removed." in text
    for side in expected:
        assert format_amount(Decimal(side["total_eligible"])) in text
        assert format_amount(Decimal(side["eu_contribution"])) in text


def test_a_version_is_compared_by_acronym_at_number(capsys: pytest.CaptureFixture[str],
                                                    demo_path: Path) -> None:
    """Right after it is taken a version is the live project exactly (exit 0); after an edit
    the comparison shows that edit; a version that does not exist lists those that do."""
    assert main(["versions", str(demo_path), "CIRCOMP", "--take", "sent to partners"]) == 0
    capsys.readouterr()
    status, out, err = run(capsys, "compare", str(demo_path), "CIRCOMP", "CIRCOMP@1")
    assert (status, err) == (0, "")
    assert out.strip().endswith("No differences.")
    with Workspace.open(demo_path) as workspace:
        with workspace.sessions() as session:
            wp3 = load_snapshot(session, find_project_id(session, "CIRCOMP")).work_package(3)
        EditingService(workspace).update("work_package", wp3.id,
                                         {"start_month": wp3.start_month + 2})
    status, out, _ = run(capsys, "compare", str(demo_path), "circomp@v1", "CIRCOMP", "--json")
    assert status == 1
    document = json.loads(out)
    assert document["sides"] == ["circomp@v1", "CIRCOMP"]
    assert document["totals"][0] == document["totals"][1]  # a move in time costs nothing
    rows = [(row["item"], row["field"]) for section in document["sections"]
            for row in section["rows"]]
    # the move, and the check it makes fail (WP3's tasks now start before it)
    assert rows == [("WP3", "Start month"), ("task_months", "Outcome")]
    status, out, err = run(capsys, "compare", str(demo_path), "CIRCOMP", "CIRCOMP@2")
    assert status == 2 and out == "" and "unexpected" not in err
    assert "CIRCOMP has no version '2' (its versions: CIRCOMP@1)" in err


def test_the_table_follows_the_language(capsys: pytest.CaptureFixture[str],
                                        scenario_path: Path) -> None:
    status, out, _ = run(capsys, "compare", str(scenario_path), "CIRCOMP", "CIRCOMP-B",
                         "--language", "de")
    assert status == 1
    assert out.startswith("Referenz: CIRCOMP; verglichen: CIRCOMP-B\n"
                          "Teilnehmer: CIRCOMP-B: HCR entfernt.")
    assert "Arbeitsplan" in out and "M6 [+2 Monate]" in out and "Begünstigter" in out
    assert "46,00 [-2,00 (-4,2 %)]" in out and "Zeilen weichen ab" in out
    assert "removed" not in out and "beneficiary" not in out
