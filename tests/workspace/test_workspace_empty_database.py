"""An SQLite file with no tables (as an interrupted `new` leaves) is called empty, not old."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from consortium_planner.workspace import Workspace, WorkspaceError


def test_an_empty_database_opened_read_only_is_called_empty(tmp_path: Path) -> None:
    path = tmp_path / "empty.cpw"
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA application_id = 1")  # the header is written, no table is
    connection.commit()
    connection.close()
    before = path.read_bytes()
    with pytest.raises(WorkspaceError) as raised:
        Workspace.open(path, read_only=True)
    assert "is empty" in str(raised.value) and "older format" not in str(raised.value)
    assert path.read_bytes() == before
