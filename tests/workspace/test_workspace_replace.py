"""Replacing a workspace file (`demo --force`, a new workspace over an old one, Save a copy):
the new file is built beside the old one and swapped in whole, never while someone holds it."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from other_programs import flock_held, short_busy_timeout, sqlite_lock  # noqa: F401

from consortium_planner.cli import main
from consortium_planner.workspace import Workspace, WorkspaceLocked


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def projects(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return [row[0] for row in connection.execute("SELECT acronym FROM project")]


@pytest.fixture
def old_path(empty_path: Path, capsys) -> Path:
    """A workspace holding something of its own (one organisation, no project)."""
    organisations = empty_path.with_name("list.csv")
    organisations.write_text("Legal name;Country\nAcme GmbH;Deutschland\n", encoding="utf-8")
    assert main(["import", str(empty_path), str(organisations)]) == 0
    organisations.unlink()
    capsys.readouterr()
    return empty_path


def test_a_failed_demo_build_leaves_the_old_workspace(
    old_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from consortium_planner.demo import create_demo_workspace
    from consortium_planner.services import interchange

    empty_path = old_path
    before = digest(empty_path)

    def interrupted(*_args: object, **_kwargs: object) -> None:
        raise KeyboardInterrupt  # as Ctrl+C halfway through loading the project

    monkeypatch.setattr(interchange, "load_project", interrupted)
    with pytest.raises(KeyboardInterrupt):
        create_demo_workspace(empty_path, overwrite=True)
    assert digest(empty_path) == before
    assert sorted(p.name for p in empty_path.parent.iterdir()) == [empty_path.name]


def test_demo_force_replaces_the_file_whole(empty_path: Path) -> None:
    assert main(["demo", "--force", str(empty_path)]) == 0
    assert projects(empty_path) == ["CIRCOMP"]
    assert sorted(p.name for p in empty_path.parent.iterdir()) == [empty_path.name]


def test_demo_without_force_refuses_an_existing_file(empty_path: Path, capsys) -> None:
    before = digest(empty_path)
    assert main(["demo", str(empty_path)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert digest(empty_path) == before


def test_demo_force_refuses_a_file_another_program_holds_through_sqlite(
    empty_path: Path, short_busy_timeout: None, capsys  # noqa: F811
) -> None:
    before = digest(empty_path)
    with sqlite_lock(empty_path, "BEGIN IMMEDIATE"):
        assert main(["demo", "--force", str(empty_path)]) == 2
    assert "in use by another program" in capsys.readouterr().err
    assert digest(empty_path) == before
    assert projects(empty_path) == []


def test_demo_force_refuses_a_file_another_program_has_flocked(
    empty_path: Path, capsys
) -> None:
    before = digest(empty_path)
    with flock_held(empty_path):
        assert main(["demo", "--force", str(empty_path)]) == 2
    assert "in use by another program" in capsys.readouterr().err
    assert digest(empty_path) == before


def test_save_a_copy_does_not_replace_a_held_file(
    demo_path: Path, empty_path: Path, short_busy_timeout: None  # noqa: F811
) -> None:
    before = digest(empty_path)
    with Workspace.open(demo_path, read_only=True) as workspace:
        with sqlite_lock(empty_path), pytest.raises(WorkspaceLocked, match="in use"):
            workspace.save_copy(empty_path)
        assert digest(empty_path) == before
        workspace.save_copy(empty_path)
    assert projects(empty_path) == ["CIRCOMP"]
