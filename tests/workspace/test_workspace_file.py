"""The workspace file: creation, locking, refusal of foreign or damaged files, copies, journals."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import func, select

from consortium_planner.models import Organisation, Project
from consortium_planner.workspace import (
    NotAWorkspace,
    Workspace,
    WorkspaceError,
    WorkspaceLocked,
    WorkspaceTooNew,
)

ROOT = Path(__file__).resolve().parents[2]


def _bytes(path: Path) -> bytes:
    return path.read_bytes()


def test_create_refuses_an_existing_file(empty_path: Path) -> None:
    with pytest.raises(WorkspaceError, match="already exists"):
        Workspace.create(empty_path)


def test_any_file_name_works(tmp_path: Path) -> None:
    path = tmp_path / "Consortium plan (v2).sqlite"
    Workspace.create(path).close()
    Workspace.open(path).close()


def test_second_editor_in_the_same_process_is_refused(empty_path: Path) -> None:
    with Workspace.open(empty_path):
        with pytest.raises(WorkspaceLocked, match="already open"):
            Workspace.open(empty_path)
        with Workspace.open(empty_path, read_only=True) as reader:
            assert reader.read_only
    Workspace.open(empty_path).close()  # the lock went with the first editor


def test_second_process_is_told_and_may_read(demo_path: Path) -> None:
    script = textwrap.dedent(
        f"""
        import sys
        from consortium_planner.workspace import Workspace, WorkspaceLocked
        try:
            Workspace.open({str(demo_path)!r})
        except WorkspaceLocked as error:
            print("locked:", error.reason)
        with Workspace.open({str(demo_path)!r}, read_only=True) as workspace:
            with workspace.sessions() as session:
                from sqlalchemy import text
                print("projects:", session.execute(text("select count(*) from project")).scalar())
        """
    )
    before = _bytes(demo_path)
    with Workspace.open(demo_path):
        result = subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=60
        )
    assert "locked: is already open for editing" in result.stdout, result.stderr
    assert "projects: 1" in result.stdout
    assert _bytes(demo_path) == before


def test_read_only_workspace_refuses_writes(demo_path: Path) -> None:
    with Workspace.open(demo_path, read_only=True) as workspace:
        with pytest.raises(WorkspaceError, match="read-only"):
            with workspace.transaction() as session:
                session.add(Organisation(legal_name="X", country="DE"))


def test_not_sqlite_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "budget.cpw"
    path.write_bytes(b"PK\x03\x04 this is a spreadsheet, not a workspace")
    before = _bytes(path)
    with pytest.raises(NotAWorkspace, match="not an SQLite file"):
        Workspace.open(path)
    assert _bytes(path) == before


def test_empty_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "empty.cpw"
    path.write_bytes(b"")
    with pytest.raises(NotAWorkspace):
        Workspace.open(path)
    assert path.stat().st_size == 0


def test_another_programs_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    connection = sqlite3.connect(path)
    connection.execute("create table customers (id integer primary key, name text)")
    connection.commit()
    connection.close()
    before = _bytes(path)
    with pytest.raises(NotAWorkspace, match="not a Consortium Planner workspace"):
        Workspace.open(path)
    assert _bytes(path) == before


def test_corrupt_file_is_reported_and_untouched(demo_path: Path) -> None:
    data = bytearray(_bytes(demo_path))
    for offset in range(4096, len(data), 4096):  # scribble over the start of every page
        data[offset : offset + 64] = b"\xde\xad\xbe\xef" * 16
    demo_path.write_bytes(bytes(data))
    with pytest.raises(NotAWorkspace, match="damaged"):
        Workspace.open(demo_path)
    assert _bytes(demo_path) == bytes(data)


def test_file_from_a_newer_version_is_refused(empty_path: Path) -> None:
    connection = sqlite3.connect(empty_path)
    connection.execute("update alembic_version set version_num = '9999'")
    connection.commit()
    connection.close()
    before = _bytes(empty_path)
    with pytest.raises(WorkspaceTooNew, match="newer version"):
        Workspace.open(empty_path)
    assert _bytes(empty_path) == before


def test_missing_file_is_reported(tmp_path: Path) -> None:
    with pytest.raises(WorkspaceError, match="no such workspace"):
        Workspace.open(tmp_path / "nowhere.cpw")


def test_a_folder_is_not_taken_for_a_workspace(tmp_path: Path) -> None:
    with pytest.raises(WorkspaceError, match="is a folder, not a workspace file"):
        Workspace.open(tmp_path)
    with pytest.raises(WorkspaceError, match="is a folder"):
        Workspace.create(tmp_path, overwrite=True)
    assert tmp_path.is_dir()


def test_closed_workspace_is_one_file(demo_path: Path) -> None:
    with Workspace.open(demo_path) as workspace:
        with workspace.transaction() as session:
            session.add(Organisation(legal_name="Solo GmbH", name_key="solo", country="DE"))
    leftovers = [p.name for p in demo_path.parent.iterdir() if p.name != demo_path.name]
    assert leftovers == []


def test_save_a_copy_while_open_is_consistent(demo_path: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.cpw"
    with Workspace.open(demo_path) as workspace:
        session = workspace.sessions()
        session.add(Organisation(legal_name="Uncommitted", name_key="uncommitted", country="FR"))
        session.flush()  # a write transaction is open while the copy is taken
        workspace.save_copy(copy)
        session.rollback()
        session.close()
        with pytest.raises(WorkspaceError, match="open workspace itself"):
            workspace.save_copy(demo_path)
    with Workspace.open(copy) as copied, copied.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Project)) == 1
        names = session.scalars(select(Organisation.legal_name)).all()
        assert "Uncommitted" not in names and len(names) == 9
    assert not any(p.suffix == ".part" for p in tmp_path.iterdir())


def test_a_reader_on_another_thread_never_holds_the_write_lock(tmp_path: Path, monkeypatch) -> None:
    """The directory's search as you type reads on a worker thread: while it reads, the
    window's own reads (BEGIN IMMEDIATE) and the end of its writes must not wait for it."""
    import consortium_planner.workspace as workspace_module

    monkeypatch.setattr(workspace_module, "BUSY_TIMEOUT_SECONDS", 0.2)
    path = tmp_path / "w.cpw"
    Workspace.create(path).close()
    with Workspace.open(path) as workspace:
        with workspace.read_sessions()() as reader:
            reader.execute(select(func.count()).select_from(Organisation)).scalar_one()
            assert reader.in_transaction()
            with workspace.sessions() as session:  # would be "database is locked" otherwise
                session.execute(select(func.count()).select_from(Organisation)).scalar_one()
        with workspace.transaction() as session:
            session.add(Organisation(legal_name="After the read", name_key="after the read"))
        with workspace.read_sessions()() as reader:
            assert reader.execute(select(func.count()).select_from(Organisation)).scalar_one() \
                == 1
    assert workspace._reader is None  # closed with the workspace
