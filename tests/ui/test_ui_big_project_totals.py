"""The coordinator's 60-participant proposal: the budget page's frozen total row (TotalsFooter)
shows to the cent the totals `summary --json`, the PDF and the workbook print."""

from __future__ import annotations

import json
from decimal import Decimal
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from consortium_planner.cli import main
from consortium_planner.ui.views.budget import BudgetPage
from tests.exporting.big_project import big_project_document


@pytest.fixture(scope="module")
def big_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("big")
    source = folder / "big.json"
    source.write_text(json.dumps(big_project_document()), encoding="utf-8")
    assert main(["new", str(folder / "big.cpw")]) == 0
    assert main(["load", str(folder / "big.cpw"), str(source)]) == 0
    return folder / "big.cpw"


@pytest.fixture
def workspace_path(tmp_path: Path, big_template: Path) -> Path:
    target = tmp_path / "big.cpw"
    shutil.copy(big_template, target)
    return target


def test_budget_footer_shows_the_summary_totals_to_the_cent(
        qtbot, context, project_id, workspace_path, capsys):
    assert main(["summary", str(workspace_path), "--json"]) == 0
    totals = json.loads(capsys.readouterr().out)["totals"]
    page = BudgetPage(context)
    qtbot.addWidget(page)
    page.resize(1400, 700)
    page.set_project(project_id)
    page.show()
    qtbot.waitExposed(page)
    section = page.participants_table
    footer = section.footer.model()
    headers = [section.model.headerData(column, Qt.Orientation.Horizontal)
               for column in range(section.model.columnCount())]
    shown = {str(header): footer.index(0, column).data()
             for column, header in enumerate(headers)}
    keys = {"A Personnel": "A", "B Subcontr.": "B", "C.1 Travel": "C1", "C.2 Equipm.": "C2",
            "C.3 Goods": "C3", "D incl. D.1": "D", "E Indirect": "E",
            "Total eligible": "total_eligible", "EU contribution": "eu_contribution",
            "Own contribution": "own_contribution"}
    assert {header: shown.get(header) for header in keys} == {
        header: f"{Decimal(totals[key]):,.2f}" for header, key in keys.items()}
    assert totals["total_eligible"] == "12257528.45"
