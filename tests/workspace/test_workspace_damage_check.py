"""The damage check of a large workspace: a cheap check when it opens, the whole file before
the first write (workspace.FULL_CHECK_BYTES). A large file is simulated by lowering the limit."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from consortium_planner import workspace as workspace_module
from consortium_planner.models import Organisation
from consortium_planner.workspace import NotAWorkspace, Workspace


@pytest.fixture
def large(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every file counts as large: it opens after the cheap check only."""
    monkeypatch.setattr(workspace_module, "FULL_CHECK_BYTES", 0)


def _pages_of(path: Path, table: str) -> list[int]:
    connection = sqlite3.connect(path)
    try:
        return [row[0] for row in connection.execute(
            "SELECT pageno FROM dbstat WHERE name = ? ORDER BY pageno", (table,))]
    finally:
        connection.close()


def _scribble(path: Path, pages: list[int]) -> bytes:
    """Overwrite the b-tree header of these pages (1-based numbers); the new bytes."""
    data = bytearray(path.read_bytes())
    page_size = 4096
    for page in pages:
        offset = (page - 1) * page_size
        data[offset:offset + 64] = b"\xde\xad\xbe\xef" * 16
    path.write_bytes(bytes(data))
    return bytes(data)


def test_a_large_file_opens_after_the_cheap_check_and_is_checked_whole_later(
        demo_path: Path, large: None) -> None:
    with Workspace.open(demo_path) as workspace:
        assert not workspace.fully_checked
        workspace.verify()
        assert workspace.fully_checked
        with workspace.transaction() as session:  # writes as usual once checked
            organisation = session.scalars(select(Organisation)).first()
            organisation.notes = "checked"


def test_a_small_file_is_checked_whole_when_it_opens(demo_path: Path) -> None:
    with Workspace.open(demo_path) as workspace:
        assert workspace.fully_checked


def test_damage_in_the_directory_of_a_large_file_is_found_before_the_first_write(
        demo_path: Path, large: None) -> None:
    data = _scribble(demo_path, _pages_of(demo_path, "organisation"))
    with Workspace.open(demo_path) as workspace:  # the directory is not read at open
        with pytest.raises(NotAWorkspace, match="damaged"):
            workspace.verify()
        assert not workspace.fully_checked
        with pytest.raises(NotAWorkspace, match="damaged"), workspace.transaction() as session:
            session.execute(select(1))
        with pytest.raises(NotAWorkspace, match="damaged"):  # and every later time
            workspace.verify()
    assert demo_path.read_bytes() == data


def test_damage_in_the_projects_of_a_large_file_is_refused_at_open(
        demo_path: Path, large: None) -> None:
    data = _scribble(demo_path, _pages_of(demo_path, "cost_item"))
    with pytest.raises(NotAWorkspace, match="damaged"):
        Workspace.open(demo_path)
    assert demo_path.read_bytes() == data


def test_a_large_file_cut_short_is_refused_at_open(demo_path: Path, large: None) -> None:
    data = demo_path.read_bytes()
    demo_path.write_bytes(data[: len(data) - 4096])
    with pytest.raises(NotAWorkspace, match="damaged"):
        Workspace.open(demo_path)


def test_a_large_file_is_checked_whole_before_it_is_migrated(
        demo_path: Path, large: None) -> None:
    connection = sqlite3.connect(demo_path)
    connection.execute("UPDATE alembic_version SET version_num = '0004'")
    connection.commit()
    connection.close()
    data = _scribble(demo_path, _pages_of(demo_path, "organisation"))
    with pytest.raises(NotAWorkspace, match="damaged"):
        Workspace.open(demo_path)
    assert demo_path.read_bytes() == data
