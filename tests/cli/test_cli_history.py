"""`history` on the command line: the edit log per project and organisation, newest first, as
lines or JSON; bad options and unknown projects exit 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from consortium_planner.cli import main
from consortium_planner.services.editing import EditingService
from consortium_planner.workspace import Workspace


@pytest.fixture
def logged(empty_path: Path) -> dict[str, int]:
    """A workspace with two projects, an organisation in one of them, and some edits."""
    with Workspace.open(empty_path) as workspace:
        service = EditingService(workspace)
        first = service.create_project("FIRST").created_id
        second = service.create_project("SECOND").created_id
        organisation = service.add_organisation({"legal_name": "Acme GmbH"}).created_id
        assert first and second and organisation
        participant = service.add_participant(first, organisation).created_id
        assert participant
        service.update("participant", participant, {"monthly_personnel_cost": "4200"})
        service.update("project", second, {"title": "Only the second's"})
        service.update("organisation", organisation, {"city": "Graz"})
    return {"first": first, "second": second, "organisation": organisation}


def test_the_history_of_a_project_newest_first(empty_path, logged, capsys):
    assert main(["history", str(empty_path), "--project", "first"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3
    assert lines[0].endswith("participant 1 monthly personnel cost: 0 -> 420000")
    assert "added participant 1" in lines[1] and "added project" in lines[2]
    assert not any("Only the second's" in line for line in lines)


def test_the_history_of_an_organisation_as_json(empty_path, logged, capsys):
    assert main(["history", str(empty_path), "--organisation", str(logged["organisation"]),
                 "--json", "--limit", "2"]) == 0
    entries = json.loads(capsys.readouterr().out)["entries"]
    assert [(e["table_name"], e["field"], e["new_value"]) for e in entries] == [
        ("organisation", "city", "Graz"), ("participant", "monthly_personnel_cost", "420000")]
    assert all(e["organisation_id"] == logged["organisation"] for e in entries)
    assert entries[0]["at"].endswith("Z") and entries[0]["user_name"]


def test_the_whole_history_and_an_empty_one(empty_path, tmp_path, logged, capsys):
    assert main(["history", str(empty_path), "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)["entries"]) == 7
    fresh = tmp_path / "fresh.cpw"
    Workspace.create(fresh).close()
    assert main(["history", str(fresh)]) == 0
    assert capsys.readouterr().out == "no changes recorded\n"


def test_an_unknown_project_exits_2(empty_path, logged, capsys):
    assert main(["history", str(empty_path), "--project", "NOPE"]) == 2
    assert "no project 'NOPE'" in capsys.readouterr().err


@pytest.mark.parametrize("arguments", [["--limit", "0"], ["--organisation", "x"]])
def test_bad_options_exit_2(empty_path, logged, arguments, capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["history", str(empty_path), *arguments])
    assert stopped.value.code == 2
    assert "history: error: argument" in capsys.readouterr().err


def test_a_file_that_is_not_a_workspace_exits_2(tmp_path, capsys):
    path = tmp_path / "notes.cpw"
    path.write_text("not a workspace", encoding="utf-8")
    assert main(["history", str(path)]) == 2
    assert "notes.cpw" in capsys.readouterr().err

