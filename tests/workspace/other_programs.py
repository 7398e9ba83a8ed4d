"""Helpers for the workspace tests: another program holding a lock on the file, and a writer
killed in the middle of a transaction (leaving a hot journal)."""

from __future__ import annotations

import fcntl
import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

import consortium_planner.workspace as workspace_module

# Runs in a plain Python process, as any other program using SQLite would. It writes projects, not
# organisations: those fire the search index's triggers, which need the app's SQL functions.
_LOCKER = textwrap.dedent(
    """
    import sqlite3, sys
    connection = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=0)
    connection.execute(sys.argv[2])
    if sys.argv[3] == "write":
        connection.execute("UPDATE project SET title = title")
    print("locked", flush=True)
    sys.stdin.read()  # hold until the test closes our stdin
    connection.execute("ROLLBACK")
    """
)

_KILLED_WRITER = textwrap.dedent(
    """
    import os, signal, sqlite3, sys
    connection = sqlite3.connect(sys.argv[1], isolation_level=None)
    connection.execute("PRAGMA cache_size = 1")  # spill: the file itself is changed, too
    connection.execute("BEGIN IMMEDIATE")
    connection.execute("DELETE FROM cost_item")
    connection.execute("UPDATE project SET title = 'half-written'")
    os.kill(os.getpid(), signal.SIGKILL)
    """
)


@pytest.fixture
def short_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    """Wait a fraction of a second for another program's lock, not the app's five seconds."""
    monkeypatch.setattr(workspace_module, "BUSY_TIMEOUT_SECONDS", 0.3, raising=False)


@contextmanager
def sqlite_lock(path: Path, statement: str = "BEGIN EXCLUSIVE", *,
                write: bool = False) -> Iterator[None]:
    """Another process holds an SQLite lock on `path` (as `sqlite3` with BEGIN EXCLUSIVE)."""
    process = subprocess.Popen(
        [sys.executable, "-c", _LOCKER, str(path), statement, "write" if write else "read"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    assert process.stdout is not None and process.stdin is not None
    try:
        assert process.stdout.readline().strip() == "locked"
        yield
    finally:
        process.stdin.close()
        process.wait(timeout=30)


@contextmanager
def flock_held(path: Path) -> Iterator[None]:
    """Another program holds an flock on `path` (a second open file description acts as one)."""
    descriptor = os.open(path, os.O_RDONLY)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        yield
    finally:
        os.close(descriptor)


def kill_mid_write(path: Path) -> None:
    """A writer killed with SIGKILL mid-transaction: the file is changed, the journal is hot."""
    process = subprocess.run([sys.executable, "-c", _KILLED_WRITER, str(path)], timeout=60)
    assert process.returncode == -signal.SIGKILL
    assert path.with_name(path.name + "-journal").stat().st_size > 0
