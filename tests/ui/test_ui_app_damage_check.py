"""The window checks a large workspace whole on a worker thread soon after opening it, and says
so when the file is damaged (workspace.FULL_CHECK_BYTES; a large file is simulated)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from consortium_planner import app as app_module
from consortium_planner import workspace as workspace_module
from consortium_planner.app import AppContext
from consortium_planner.workspace import NotAWorkspace


@pytest.fixture(autouse=True)
def large(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workspace_module, "FULL_CHECK_BYTES", 0)
    monkeypatch.setattr(app_module, "WHOLE_FILE_CHECK_DELAY_MS", 0)


def _damage_the_directory(path: Path) -> None:
    connection = sqlite3.connect(path)
    pages = [row[0] for row in connection.execute(
        "SELECT pageno FROM dbstat WHERE name = 'organisation'")]
    connection.close()
    data = bytearray(path.read_bytes())
    for page in pages:
        data[(page - 1) * 4096:(page - 1) * 4096 + 64] = b"\xde\xad\xbe\xef" * 16
    path.write_bytes(bytes(data))


def test_a_damaged_large_workspace_is_reported_after_opening(
        qtbot, qapp, settings, workspace_path: Path) -> None:
    _damage_the_directory(workspace_path)
    context = AppContext(settings)
    errors: list[object] = []
    context.workspace_error.connect(errors.append)
    context.open_workspace(workspace_path)  # opens: the directory is not read yet
    try:
        qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
        assert isinstance(errors[0], NotAWorkspace) and "damaged" in str(errors[0])
        assert not context.workspace.fully_checked
    finally:
        context.close_workspace()


def test_a_sound_large_workspace_is_checked_whole_quietly(
        qtbot, qapp, settings, workspace_path: Path) -> None:
    context = AppContext(settings)
    errors: list[object] = []
    context.workspace_error.connect(errors.append)
    context.open_workspace(workspace_path)
    try:
        assert not context.workspace.fully_checked
        qtbot.waitUntil(lambda: context.workspace.fully_checked, timeout=10_000)
        assert errors == []
    finally:
        context.close_workspace()
