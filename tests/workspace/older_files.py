"""Workspace files as an older release left them, for the migration tests."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine

from consortium_planner.workspace import APPLICATION_ID, _make_engine, _run_migrations


def workspace_file_at(path: Path, revision: str) -> Engine:
    """A new workspace file at `path` whose schema stops at `revision` (a file of the release
    that had it as its newest); returns its engine, for filling it with that release's rows."""
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    connection.commit()
    connection.close()
    engine = _make_engine(path, read_only=False)
    _run_migrations(engine, revision)
    return engine
