"""Another program's lock on the workspace, and a writer killed mid-transaction: readers and
editors say "in use by another program" (exit 2) or read the last committed state; a healthy
file is never called damaged and a lock never ends in "unexpected error"."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from other_programs import kill_mid_write, short_busy_timeout, sqlite_lock  # noqa: F401

from consortium_planner.cli import main
from consortium_planner.workspace import Workspace

LIST = "Legal name;Country;PIC\nAcme GmbH;Deutschland;999999999\n"

# Every command that only reads the workspace, with what it needs besides.
READERS = {
    "summary": lambda w, tmp: ["summary", w],
    "check": lambda w, tmp: ["check", w],
    "dump": lambda w, tmp: ["dump", w, "-o", tmp / "p.json"],
    "export": lambda w, tmp: ["export", w, "--csv", tmp / "csv"],
    "template": lambda w, tmp: ["template", w, "-o", tmp / "workbooks"],
    "import --dry-run": lambda w, tmp: ["import", w, tmp / "list.csv", "--dry-run"],
}
WRITERS = {
    "import": lambda w, tmp: ["import", w, tmp / "list.csv"],
    "load": lambda w, tmp: ["load", "--replace", w, tmp / "project.json"],
}


@pytest.fixture
def inputs(demo_path: Path, tmp_path: Path, capsys) -> Path:
    (tmp_path / "list.csv").write_text(LIST, encoding="utf-8")
    assert main(["dump", str(demo_path), "-o", str(tmp_path / "project.json")]) == 0
    capsys.readouterr()
    return tmp_path


def run(command: list, capsys) -> tuple[int, str]:
    code = main([str(part) for part in command])
    return code, capsys.readouterr().err


def content(path: Path) -> tuple[int, list[str]]:
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        costs = connection.execute("SELECT count(*) FROM cost_item").fetchone()[0]
        names = [row[0] for row in connection.execute(
            "SELECT legal_name FROM organisation ORDER BY id")]
    return costs, names


@pytest.mark.parametrize("name", READERS)
def test_reader_after_a_crash_reads_the_last_committed_state(
    name: str, demo_path: Path, inputs: Path, capsys
) -> None:
    before = content(demo_path)
    kill_mid_write(demo_path)
    code, err = run(READERS[name](demo_path, inputs), capsys)
    assert code in (0, 1), err  # check: 1 means findings in the demo, not a refusal
    assert "damaged" not in err and "unexpected" not in err
    assert not demo_path.with_name(demo_path.name + "-journal").exists()
    assert content(demo_path) == before


def test_window_read_only_mode_after_a_crash(demo_path: Path) -> None:
    before = content(demo_path)
    kill_mid_write(demo_path)
    with Workspace.open(demo_path, read_only=True) as workspace:
        with workspace.sessions() as session:
            assert session.connection().exec_driver_sql(
                "SELECT count(*) FROM cost_item").scalar() == before[0]
    assert content(demo_path) == before


@pytest.mark.parametrize("name", READERS)
def test_reader_meets_an_exclusive_lock(
    name: str, demo_path: Path, inputs: Path, short_busy_timeout: None, capsys  # noqa: F811
) -> None:
    with sqlite_lock(demo_path, "BEGIN EXCLUSIVE"):
        code, err = run(READERS[name](demo_path, inputs), capsys)
    assert code == 2
    assert "in use by another program" in err and "damaged" not in err


@pytest.mark.parametrize("name", WRITERS)
@pytest.mark.parametrize("statement", ["BEGIN IMMEDIATE", "BEGIN EXCLUSIVE"])
def test_writer_meets_another_programs_lock(
    name: str, statement: str, demo_path: Path, inputs: Path,
    short_busy_timeout: None, capsys  # noqa: F811
) -> None:
    before = content(demo_path)
    with sqlite_lock(demo_path, statement, write=True):
        code, err = run(WRITERS[name](demo_path, inputs), capsys)
    assert code == 2, err
    assert "in use by another program" in err and "unexpected" not in err
    assert content(demo_path) == before


def test_read_only_after_a_crash_where_nothing_may_be_written(
    demo_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    """A read-only share: the journal cannot be rolled back in place. Readers read the last
    committed state from a private copy, and the file is left as it is."""
    import consortium_planner.workspace as workspace_module

    before = content(demo_path)
    kill_mid_write(demo_path)
    recover = workspace_module._recover_interrupted_write
    monkeypatch.setattr(workspace_module, "_recover_interrupted_write",
                        lambda path: None if path == demo_path else recover(path))
    journal = demo_path.with_name(demo_path.name + "-journal").read_bytes()
    assert main(["dump", str(demo_path), "-o", str(demo_path.with_name("p.json"))]) == 0
    assert demo_path.with_name(demo_path.name + "-journal").read_bytes() == journal
    with Workspace.open(demo_path, read_only=True) as workspace:
        with workspace.sessions() as session:
            assert session.connection().exec_driver_sql(
                "SELECT count(*) FROM cost_item").scalar() == before[0]
    assert "damaged" not in capsys.readouterr().err
    monkeypatch.undo()
    assert content(demo_path) == before
