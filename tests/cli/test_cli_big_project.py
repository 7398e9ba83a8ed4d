"""`summary` of a coordinator's 60-participant proposal (tests/exporting/big_project.py): every
participant listed, and the totals written as the PDF writes them (thousands grouped)."""

from __future__ import annotations

import json
from pathlib import Path

from consortium_planner.cli import main
from tests.exporting.big_project import big_project_document


def test_summary_text_groups_the_thousands_of_person_months_as_of_money(
        tmp_path: Path, capsys) -> None:
    source = tmp_path / "big.json"
    source.write_text(json.dumps(big_project_document()), encoding="utf-8")
    workspace = str(tmp_path / "big.cpw")
    assert main(["new", workspace]) == 0
    assert main(["load", workspace, str(source)]) == 0
    capsys.readouterr()
    assert main(["summary", workspace]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert sum(1 for line in lines if line[:3].strip().isdigit()) == 60
    assert "Total eligible costs: EUR 12,257,528.45" in lines
    assert "Person-months:        1,314.67" in lines
