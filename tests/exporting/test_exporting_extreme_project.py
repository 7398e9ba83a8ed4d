"""A project at every limit `load` accepts (amounts of 13 digits, person-months x monthly cost
of 26 digits, start 9999-12-31 with 120 months, names at their maximum length) is summarised and
exported to PDF, xlsx, CSV and partner workbooks through the command line."""

from __future__ import annotations

import json
from decimal import ROUND_HALF_UP, Context, Decimal, localcontext
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from consortium_planner.cli import main

BIG = "9999999999999.99"  # the largest amount the project JSON schema allows


def _long(word: str, length: int, suffix: str = "") -> str:
    return ((word + " ") * length)[: length - len(suffix)] + suffix


@pytest.fixture(scope="module")
def extreme_workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("extreme")
    assert main(["demo", str(folder / "demo.cpw")]) == 0
    assert main(["dump", str(folder / "demo.cpw"), "-o", str(folder / "demo.json")]) == 0
    document = json.loads((folder / "demo.json").read_text(encoding="utf-8"))
    project = document["project"]
    project.update(acronym=_long("EXTREME", 40), title=_long("Title", 500),
                   thematic_priority=_long("Theme", 200), start_date="9999-12-31",
                   duration_months=120)
    for index, organisation in enumerate(document["organisations"]):
        organisation.update(legal_name=_long("Legal", 300, f"{index:03d}"),
                            short_name=_long("Short", 100, f"{index:03d}"),
                            turnover=BIG, balance_sheet=BIG)
    for participant in document["participants"]:
        participant["monthly_personnel_cost"] = BIG
    for work_package in document["work_packages"]:
        work_package.update(title=_long("Package", 300), start_month=1, end_month=120,
                            objectives=_long("Objective", 20000))
        for task in work_package["tasks"]:
            task.update(title=_long("Task", 300), start_month=1, end_month=120)
        for deliverable in work_package["deliverables"]:
            deliverable.update(title=_long("Deliverable", 300), due_month=120)
    for milestone in document["milestones"]:
        milestone.update(title=_long("Milestone", 300), due_month=120,
                         verification=_long("Verify", 5000))
    for effort in document["effort"]:
        effort["person_months"] = BIG
    for cost in document["costs"]:
        cost.update(description=_long("Cost", 2000), quantity=None, unit_cost=None, amount=BIG)
    source = folder / "extreme.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    workspace = folder / "extreme.cpw"
    assert main(["new", str(workspace)]) == 0
    assert main(["load", str(workspace), str(source)]) == 0
    return workspace


def test_summary_adds_up_exactly(extreme_workspace: Path, capsys) -> None:
    capsys.readouterr()
    assert main(["summary", str(extreme_workspace), "--json"]) == 0
    totals = json.loads(capsys.readouterr().out)["totals"]
    document = json.loads((extreme_workspace.parent / "extreme.json").read_text(encoding="utf-8"))
    with localcontext(Context(prec=100)):
        product = (Decimal(BIG) * Decimal(BIG)).quantize(Decimal("0.01"), ROUND_HALF_UP)
        lines = sum(Decimal(c["amount"]) for c in document["costs"] if c["category"] == "A")
        expected = len(document["effort"]) * product + lines
    # each product needs 30 digits: the default 28-digit context could not even quantize it
    assert Decimal(totals["A"]) == expected


def test_every_export_is_written(extreme_workspace: Path, tmp_path: Path, capsys) -> None:
    pdf, xlsx, folder = tmp_path / "s.pdf", tmp_path / "b.xlsx", tmp_path / "csv"
    status = main(["export", str(extreme_workspace), "--pdf", str(pdf), "--xlsx", str(xlsx),
                   "--csv", str(folder)])
    assert status == 0, capsys.readouterr().err
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages[:1])
    assert "31 December 9999 to 30 November 10009" in " ".join(text.split())
    budget = openpyxl.load_workbook(xlsx)["Budget"]
    assert budget.max_row > 9
    total_column = next(cell.column_letter for cell in budget[1]
                        if cell.value == "Total eligible costs")
    assert budget.column_dimensions[total_column].width >= 40  # 28 digits, grouped, and EUR
    assert len(list(folder.glob("*.csv"))) == 7
    assert main(["template", str(extreme_workspace), "-o", str(tmp_path / "partners")]) == 0
    assert len(list((tmp_path / "partners").glob("*.xlsx"))) == 9
