"""trigger_set_aside: a bulk writer runs without one trigger, which is back afterwards exactly
as it was, also when a statement inside fails (and then nothing of the transaction stays)."""

from __future__ import annotations

from pathlib import Path

import pytest

from consortium_planner.workspace import Workspace, trigger_set_aside

NAME = "cluster_membership_ai"


def _definition(workspace: Workspace) -> str | None:
    with workspace.sessions() as session:
        return session.connection().exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
            (NAME,)).scalar()


def test_the_trigger_is_away_inside_and_back_after(tmp_path: Path) -> None:
    with Workspace.create(tmp_path / "w.cpw") as workspace:
        definition = _definition(workspace)
        assert definition is not None
        with workspace.transaction() as session:
            connection = session.connection()
            with trigger_set_aside(connection, NAME):
                assert connection.exec_driver_sql(
                    "SELECT count(*) FROM sqlite_master WHERE name = ?", (NAME,)).scalar() == 0
        assert _definition(workspace) == definition


def test_a_failure_inside_leaves_the_trigger_in_place(tmp_path: Path) -> None:
    with Workspace.create(tmp_path / "w.cpw") as workspace:
        definition = _definition(workspace)
        with pytest.raises(RuntimeError), workspace.transaction() as session:
            with trigger_set_aside(session.connection(), NAME):
                raise RuntimeError("a statement failed")
        assert _definition(workspace) == definition


def test_an_unknown_trigger_changes_nothing(tmp_path: Path) -> None:
    with Workspace.create(tmp_path / "w.cpw") as workspace:
        with workspace.transaction() as session:
            with trigger_set_aside(session.connection(), "no_such_trigger"):
                pass
        assert _definition(workspace) is not None
