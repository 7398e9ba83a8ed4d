"""CSV tables: UTF-8 with BOM, plain numbers, formula-looking text neutralised."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from consortium_planner.exporting.csv_tables import write_csv_tables
from consortium_planner.exporting.files import ExportError
from consortium_planner.services.summary import summary_document

FILES = ["budget.csv", "cost_lines.csv", "deliverables.csv", "effort.csv", "milestones.csv",
         "partners.csv", "work_packages.csv"]


def read(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as stream:
        return list(csv.reader(stream))


def test_one_file_per_table_with_bom(snapshot, tmp_path: Path) -> None:
    written = write_csv_tables(snapshot, tmp_path / "tables")
    assert sorted(p.name for p in written) == FILES
    assert sorted(p.name for p in (tmp_path / "tables").iterdir()) == FILES
    for path in written:
        assert path.read_bytes().startswith(b"\xef\xbb\xbf")


def test_formula_text_is_neutralised_and_names_kept(snapshot, tmp_path: Path) -> None:
    write_csv_tables(snapshot, tmp_path)
    partners = {row[0]: row for row in read(tmp_path / "partners.csv")[1:]}
    assert partners["1"][1] == "R&D <Lab>"
    assert partners["2"][1] == "'=HYPERLINK(\"http://example.invalid\",\"click\")"
    assert partners["2"][2] == "'+cmd|' /C calc'!A0"
    assert partners["6"][1:3] == ["'-2+3", "'@SUM(1+1)"]
    assert partners["4"][2] == "Εθνικό Κέντρο Έρευνας και Τεχνολογικής Ανάπτυξης"
    assert partners["5"][1] == "Български ООД"
    assert partners["5"][-1] == "0.333333"
    lines = read(tmp_path / "cost_lines.csv")
    assert ["1", "R&D <Lab>", "B", "2", "'=cmd|' /C calc'!A0", "", "", "10000.01"] in lines
    for row in lines[1:] + read(tmp_path / "deliverables.csv")[1:]:
        for cell in row:
            assert not cell.startswith(("=", "+", "@", "\t", "\r")), cell


def test_budget_totals_match_the_summary(snapshot, tmp_path: Path) -> None:
    write_csv_tables(snapshot, tmp_path)
    rows = read(tmp_path / "budget.csv")
    header, total = rows[0], rows[-1]
    assert total[1] == "Total"
    totals = summary_document(snapshot)["totals"]
    assert total[header.index("Total eligible costs")] == totals["total_eligible"]
    assert total[header.index("EU contribution")] == totals["eu_contribution"]
    assert total[header.index("E. Indirect costs")] == totals["E"]


def test_a_file_in_the_way_is_an_export_error(snapshot, tmp_path: Path) -> None:
    blocker = tmp_path / "tables"
    blocker.write_text("x")
    with pytest.raises(ExportError, match="is a file"):
        write_csv_tables(snapshot, blocker)
    with pytest.raises(ExportError, match="does not exist"):
        write_csv_tables(snapshot, tmp_path / "missing" / "tables")


def test_a_budget_title_holds_the_same_figures_in_the_csv_and_the_workbook(
        snapshot, tmp_path: Path) -> None:
    """A coordinator compares the exports by their column titles: 'D. Other costs' was D.1 plus
    the other D lines in budget.csv, and the other D lines alone in the workbook."""
    from decimal import Decimal

    from exporting_formulas import Evaluator

    from consortium_planner.exporting.xlsx_workbook import build_workbook

    write_csv_tables(snapshot, tmp_path)
    rows = read(tmp_path / "budget.csv")[1:]
    csv_columns = {title: index for index, title in enumerate(read(tmp_path / "budget.csv")[0])}
    workbook = build_workbook(snapshot)
    evaluator = Evaluator(workbook)
    sheet = workbook["Budget"]
    compared = []
    for column in range(3, sheet.max_column + 1):
        title = sheet.cell(1, column).value
        if title not in csv_columns:
            continue
        compared.append(title)
        for offset, row in enumerate(rows):
            value = evaluator.value("Budget", offset + 2, column)
            if row[csv_columns[title]] == "" and value in (None, ""):
                continue  # the total's funding rate
            assert Decimal(row[csv_columns[title]]) == Decimal(value), (title, row[1])
    assert "C.1 Travel" in compared and "EU contribution" in compared
    assert "D. Other costs incl. D.1" in csv_columns  # D as the summary counts it


def test_every_rate_has_its_documented_places(snapshot, tmp_path: Path) -> None:
    """A coordinator found '1' beside '0.7': rates are written as the README documents them,
    with at least two places ('0.70', '1.00'; '0.333333' keeps its six)."""
    write_csv_tables(snapshot, tmp_path)
    for name in ("partners.csv", "budget.csv"):
        rows = read(tmp_path / name)
        column = rows[0].index("Funding rate")
        rates = [row[column] for row in rows[1:] if row[column]]
        assert rates, name
        for rate in rates:
            whole, _, fraction = rate.partition(".")
            assert whole in ("0", "1") and len(fraction) >= 2, (name, rate)
        summary = {p["number"]: p["funding_rate"] for p in summary_document(snapshot)["participants"]}
        for row in rows[1:]:
            if row[column] and row[0].isdigit():
                assert row[column] == summary[int(row[0])], (name, row[0])
