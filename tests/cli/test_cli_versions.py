"""`versions` and `scenario` on the command line, and the version `export` keeps."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from consortium_planner.cli import main
from consortium_planner.services.snapshot import find_project_id, load_snapshot
from consortium_planner.workspace import Workspace


@pytest.fixture
def acronym(demo_path: Path) -> str:
    with Workspace.open(demo_path, read_only=True) as workspace, \
            workspace.sessions() as session:
        return load_snapshot(session, find_project_id(session, None)).project.acronym


def json_of(capsys: pytest.CaptureFixture[str]) -> dict:
    return json.loads(capsys.readouterr().out)


def test_versions_are_taken_and_listed(demo_path, acronym, capsys):
    assert main(["versions", str(demo_path), acronym]) == 0
    assert "has no versions" in capsys.readouterr().out
    assert main(["versions", str(demo_path), acronym, "--take", "sent to partners",
                 "--json"]) == 0
    document = json_of(capsys)
    assert document["taken"]["label"] == f"{acronym}@1"
    assert document["taken"]["note"] == "sent to partners"
    assert document["taken"]["kind"] == "user"
    assert set(document["taken"]) == {"number", "label", "taken_at", "kind", "note", "acronym",
                                      "size"}
    assert main(["versions", str(demo_path), acronym.lower(), "--take", "second"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith(f"* {acronym}@2")
    assert main(["versions", str(demo_path), acronym, "--json"]) == 0
    assert [v["number"] for v in json_of(capsys)["versions"]] == [2, 1]


def test_versions_of_an_unknown_project_is_bad_usage(demo_path, capsys):
    assert main(["versions", str(demo_path), "NOPE"]) == 2
    assert "no project 'NOPE'" in capsys.readouterr().err


def test_scenarios_are_made_promoted_and_restored(demo_path, acronym, capsys):
    assert main(["scenario", str(demo_path), acronym, "--new", "ALT", "--name", "P7 leaves",
                 "--json"]) == 0
    assert json_of(capsys)["projects"] == [
        {"acronym": acronym, "main": True, "scenario_of": None, "scenario_name": ""},
        {"acronym": "ALT", "main": False, "scenario_of": acronym,
         "scenario_name": "P7 leaves"}]
    assert main(["scenario", str(demo_path), "ALT", "--promote"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["ALT", "main", "P7", "leaves"]
    assert lines[1].split() == [acronym, "scenario", "of", "ALT"]
    assert main(["scenario", str(demo_path), "ALT", "--new", acronym]) == 2  # taken
    assert "already exists" in capsys.readouterr().err
    assert main(["versions", str(demo_path), acronym, "--take", "before"]) == 0
    capsys.readouterr()
    assert main(["scenario", str(demo_path), acronym, "--restore", "1", "--as", "OLD",
                 "--json"]) == 0
    restored = next(p for p in json_of(capsys)["projects"] if p["acronym"] == "OLD")
    assert restored == {"acronym": "OLD", "main": False, "scenario_of": "ALT",
                        "scenario_name": f"restored from {acronym}@1"}
    assert main(["scenario", str(demo_path), acronym, "--restore", "9", "--as", "X"]) == 2
    assert f"its versions: {acronym}@1" in capsys.readouterr().err
    assert main(["scenario", str(demo_path), acronym, "--restore", "1"]) == 2


def test_an_export_keeps_a_version_once(demo_path, acronym, tmp_path, capsys):
    assert main(["export", str(demo_path), "--csv", str(tmp_path)]) == 0
    assert f"kept version {acronym}@1" in capsys.readouterr().out
    assert main(["export", str(demo_path), "--csv", str(tmp_path)]) == 0  # nothing changed
    assert "kept version" not in capsys.readouterr().out
    assert main(["versions", str(demo_path), acronym, "--json"]) == 0
    [version] = json_of(capsys)["versions"]
    assert (version["kind"], version["note"]) == ("at_export",
                                                  f"exported: CSV tables in {tmp_path.name}")
    with Workspace.open(demo_path):  # the window holds the file: the export still works
        assert main(["export", str(demo_path), "--csv", str(tmp_path)]) == 0
    assert "no version of the project was kept" in capsys.readouterr().err
