"""Scenarios of the demo project for the compare tests (services, command line, window)."""

from __future__ import annotations

from pathlib import Path

from consortium_planner.services.editing import EditingService
from consortium_planner.services.snapshot import find_project_id, load_snapshot
from consortium_planner.workspace import Workspace


def make_scenario(path: Path) -> None:
    """CIRCOMP-B: CIRCOMP without participant 7, WP3 starting two months later."""
    workspace = Workspace.open(path)
    try:
        editing = EditingService(workspace)
        with workspace.sessions() as session:
            source = find_project_id(session, "CIRCOMP")
        editing.duplicate_project(source, "CIRCOMP-B")
        with workspace.sessions() as session:
            copy = load_snapshot(session, find_project_id(session, "CIRCOMP-B"))
        editing.remove("participant", [copy.participant(7).id])  # type: ignore[union-attr]
        wp3 = copy.work_package(3)
        assert wp3 is not None
        editing.update("work_package", wp3.id, {"start_month": wp3.start_month + 2})
    finally:
        workspace.close()
