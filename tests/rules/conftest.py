"""Fixtures of the rules tests: load a project document into a fresh workspace."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from rules_consortia import base_document

from consortium_planner.domain.project import ProjectSnapshot
from consortium_planner.services.interchange import load_project
from consortium_planner.services.snapshot import load_snapshot
from consortium_planner.workspace import Workspace

Loader = Callable[[dict[str, Any]], ProjectSnapshot]


@pytest.fixture
def document() -> dict[str, Any]:
    return copy.deepcopy(base_document())


@pytest.fixture
def load(tmp_path: Path) -> Loader:
    """Load a document into a fresh workspace and return the project's snapshot."""
    counter = iter(range(1_000_000))

    def _load(document: dict[str, Any]) -> ProjectSnapshot:
        workspace = Workspace.create(tmp_path / f"w{next(counter)}.cpw")
        try:
            result = load_project(workspace, document)
            with workspace.sessions() as session:
                return load_snapshot(session, result.project_id)
        finally:
            workspace.close()

    return _load


@pytest.fixture(scope="session")
def base_snapshot(tmp_path_factory: pytest.TempPathFactory) -> ProjectSnapshot:
    """The base document loaded once (a snapshot is frozen, so tests may share it)."""
    path = tmp_path_factory.mktemp("base") / "base.cpw"
    workspace = Workspace.create(path)
    try:
        result = load_project(workspace, base_document())
        with workspace.sessions() as session:
            return load_snapshot(session, result.project_id)
    finally:
        workspace.close()
