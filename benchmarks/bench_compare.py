"""Time comparing two large projects (issue 16): 60 participants, 15 work packages and 3,000 cost
lines each (bench_export's project and a what-if copy of it with one cost line, one effort cell
and one work package changed). Target on the 2-core reference machine: <= 0.5 s to compare the
two projects (their budgets, the checks on each, the diff: what the window does with the
projects it holds); loading the two from the workspace, and the whole command, are printed apart.

    PYTHONPATH=. .venv/bin/python benchmarks/bench_compare.py [--repeat N]
"""

from __future__ import annotations

import argparse
import dataclasses
import tempfile
from decimal import Decimal
from pathlib import Path

from bench_export import COST_LINES, PARTICIPANTS, WORK_PACKAGES, build_large_project, timed

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
    print(f"compare LARGE LARGE-B from the two acronyms (load, check, diff): "
          f"first {whole[0]:.3f} s, best {whole[1]:.3f} s")
    print(f"  of which loading the two snapshots: first {loads[0]:.3f} s, best {loads[1]:.3f} s")
    print(f"compare two loaded projects (budgets, checks, diff; the window has the snapshots): "
          f"first {checked[0]:.3f} s, best {checked[1]:.3f} s (target {TARGET} s)")
    print(f"  of which the diff: first {diff[0]:.3f} s, best {diff[1]:.3f} s")


def _compare_in_a_session(workspace: Workspace) -> Comparison:
    with workspace.sessions() as session:
        return compare_sides(session, ["LARGE", "LARGE-B"])


def _load_both(workspace: Workspace) -> list[ProjectSnapshot]:
    with workspace.sessions() as session:
        return [load_snapshot(session, find_project_id(session, acronym))
                for acronym in ("LARGE", "LARGE-B")]


if __name__ == "__main__":
    main()
