"""Time comparing two large projects (issue 16): 60 participants, 15 work packages and 3,000 cost
lines each (bench_export's project and a what-if copy of it with one cost line, one effort cell
and one work package changed). Target on the 2-core reference machine: <= 0.5 s end to end,
loading the two projects from the workspace and comparing them (their budgets, the checks on
each, the diff). Printed apart: the loading, the comparison of two loaded projects (what the
window does with the snapshots it holds), the diff alone, and the `compare` command run
in-process (opening the workspace and printing the table; the interpreter's start aside).

    PYTHONPATH=. .venv/bin/python benchmarks/bench_compare.py [--repeat N]
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import io
import tempfile
from decimal import Decimal
from pathlib import Path

from bench_export import COST_LINES, PARTICIPANTS, WORK_PACKAGES, build_large_project, timed

from consortium_planner.cli import main as command
from consortium_planner.domain.compare import Comparison, Side, compare
from consortium_planner.domain.project import ProjectSnapshot
from consortium_planner.services.compare import check_outcomes, compare_sides, compare_snapshots
from consortium_planner.services.editing import EditingService
from consortium_planner.services.snapshot import find_project_id, load_snapshot
from consortium_planner.workspace import Workspace

TARGET = 0.5


def make_what_if(workspace: Workspace) -> None:
    editing = EditingService(workspace)
    with workspace.sessions() as session:
        source = find_project_id(session, "LARGE")
    editing.duplicate_project(source, "LARGE-B")
    with workspace.sessions() as session:
        copy = load_snapshot(session, find_project_id(session, "LARGE-B"))
    line = copy.costs[1234]
    editing.update("cost_item", line.id, {"amount": line.amount + Decimal("10")})
    wp = copy.work_package(3)
    assert wp is not None
    editing.update("work_package", wp.id, {"start_month": wp.start_month + 1})
    participant = copy.participant(17)
    assert participant is not None
    editing.set_effort(participant.id, wp.id, Decimal("9.5"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="runs (best is shown)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        path = Path(temp) / "large.cpw"
        workspace = Workspace.create(path)
        build_large_project(workspace)
        make_what_if(workspace)
        workspace.close()
        workspace = Workspace.open(path, read_only=True)
        try:
            whole = timed(args.repeat, lambda: _compare_in_a_session(workspace))
            loads = timed(args.repeat, lambda: _load_both(workspace))
            snapshots = _load_both(workspace)
        finally:
            workspace.close()
        in_process = timed(args.repeat, lambda: _run_command(path))
    # fresh copies each run: the budget, cached on a snapshot, is computed again every time
    checked = timed(args.repeat, lambda: compare_snapshots(
        [(str(n), dataclasses.replace(s)) for n, s in enumerate(snapshots)]))
    checks = [check_outcomes(snapshot) for snapshot in snapshots]
    diff = timed(args.repeat, lambda: compare(
        [Side(str(n), dataclasses.replace(s), c)
         for n, (s, c) in enumerate(zip(snapshots, checks, strict=True))]))
    comparison = compare_snapshots([("LARGE", snapshots[0]), ("LARGE-B", snapshots[1])])
    print(f"participants {PARTICIPANTS}, work packages {WORK_PACKAGES}, cost lines {COST_LINES} "
          f"per project; {len(comparison.rows)} rows compared, "
          f"{len(comparison.differences)} differ "
          f"({sum(1 for r in comparison.differences if not r.derived)} changed inputs)")
    verdict = "within" if whole[1] <= TARGET else "OVER"
    print(f"end to end, load LARGE and LARGE-B and compare them: first {whole[0]:.3f} s, "
          f"best {whole[1]:.3f} s (target {TARGET} s: {verdict})")
    print(f"  of which loading the two snapshots: first {loads[0]:.3f} s, best {loads[1]:.3f} s")
    print(f"compare only, two loaded projects (budgets, checks, diff): first {checked[0]:.3f} s, "
          f"best {checked[1]:.3f} s")
    print(f"  of which the diff: first {diff[0]:.3f} s, best {diff[1]:.3f} s")
    print(f"the command `compare WORKSPACE LARGE LARGE-B` in-process (open, load, compare, "
          f"print): first {in_process[0]:.3f} s, best {in_process[1]:.3f} s")


def _compare_in_a_session(workspace: Workspace) -> Comparison:
    with workspace.sessions() as session:
        return compare_sides(session, ["LARGE", "LARGE-B"])


def _run_command(path: Path) -> None:
    with contextlib.redirect_stdout(io.StringIO()):
        status = command(["compare", str(path), "LARGE", "LARGE-B"])
    if status not in (0, 1):  # 1: the two differ
        raise SystemExit(f"compare exited with {status}")


def _load_both(workspace: Workspace) -> list[ProjectSnapshot]:
    with workspace.sessions() as session:
        return [load_snapshot(session, find_project_id(session, acronym))
                for acronym in ("LARGE", "LARGE-B")]


if __name__ == "__main__":
    main()
