"""A process killed in the middle of a large write leaves all of it or none of it."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

WRITER = textwrap.dedent(
    """
    import sys
    from decimal import Decimal
    from consortium_planner.models import CostItem, Participant
    from consortium_planner.workspace import Workspace

    with Workspace.open(sys.argv[1]) as workspace:
        with workspace.transaction() as session:
            participant = session.query(Participant).first()
            for index in range(200_000):
                session.add(CostItem(participant_id=participant.id, category="C3",
                                     description=f"line {index}", amount=Decimal("1.00")))
                if index == 20_000:
                    session.flush()
                    print("writing", flush=True)
            print("flushing", flush=True)
            session.flush()
    print("done", flush=True)
    """
)


def _cost_lines(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return connection.execute("select count(*) from cost_item").fetchone()[0]
    finally:
        connection.close()


def _kill_after(path: Path, marker: str, delay: float) -> None:
    process = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)],
        cwd=ROOT, stdout=subprocess.PIPE, text=True,
    )
    assert process.stdout is not None
    for line in process.stdout:
        if line.strip() == marker:
            break
    time.sleep(delay)
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)


def test_killed_mid_write_leaves_the_file_as_before(demo_path: Path) -> None:
    before = _cost_lines(demo_path)
    _kill_after(demo_path, "writing", 0.2)
    # the next opener rolls the hot journal back
    from consortium_planner.workspace import Workspace

    Workspace.open(demo_path).close()
    assert _cost_lines(demo_path) == before
    assert not demo_path.with_name(demo_path.name + "-journal").exists()


def test_killed_while_flushing_leaves_the_file_as_before(demo_path: Path) -> None:
    before = _cost_lines(demo_path)
    _kill_after(demo_path, "flushing", 1.5)
    from consortium_planner.workspace import Workspace

    Workspace.open(demo_path).close()
    assert _cost_lines(demo_path) == before
    assert not demo_path.with_name(demo_path.name + "-journal").exists()


def test_killed_after_commit_keeps_everything(demo_path: Path) -> None:
    before = _cost_lines(demo_path)
    process = subprocess.run(
        [sys.executable, "-c", WRITER, str(demo_path)], cwd=ROOT, capture_output=True,
        text=True, timeout=300,
    )
    assert "done" in process.stdout, process.stderr
    assert _cost_lines(demo_path) == before + 200_000
