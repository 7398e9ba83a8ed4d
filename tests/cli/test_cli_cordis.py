"""A CORDIS organisation export through the command line: `import` with no --map in each of the
three forms CORDIS offers, then `directory --experience` and a search by project acronym."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cordis_files import WRITERS, first_export

from consortium_planner.cli import main


@pytest.mark.parametrize("kind", sorted(WRITERS))
def test_import_and_find_by_experience(empty_path: Path, tmp_path: Path, kind: str, capsys):
    path = WRITERS[kind](tmp_path / f"organization.{kind}", first_export())
    assert main(["import", str(empty_path), str(path), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    [single] = report["files"] if "files" in report else [report]
    assert (single["status"], single["created"], single["skipped"]) == ("imported", 9, 0)
    assert single["errors"] == []

    assert main(["directory", str(empty_path), "--experience", "coordinated", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)["organisations"]
    assert sorted(o["pic"] for o in found) == ["999643007", "999905974", "999984059"]
    uoa = next(o for o in found if o["pic"] == "999643007")
    assert uoa["eu_experience"].startswith("coordinated 2 Horizon 2020 projects, EUR 1.9 M")

    assert main(["directory", str(empty_path), "divine"]) == 0
    out = capsys.readouterr().out
    assert "3 organisation(s) found." in out


def test_an_unknown_experience_filter_is_a_usage_error(empty_path: Path, capsys):
    with pytest.raises(SystemExit) as exited:
        main(["directory", str(empty_path), "--experience", "some"])
    assert exited.value.code == 2
