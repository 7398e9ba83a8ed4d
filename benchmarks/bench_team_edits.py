"""A team editing one project at once (issue 15): 10 processes each make 200 edits over 60 s
to one shared project on a PostgreSQL server, through the app's own editing service, as the
window makes them: read the row's version (what the user sees), think, write with it. The
edits fall on few rows (effort cells, cost lines, participants' fields), so many collide.

Printed: accepted / refused / other errors per process, then the verification:
- 0 lost updates: the final state equals the replay of the accepted edits in commit order
  (each row's accepted edits sorted by the version they left, which must run v0+1, v0+2 ...
  without a gap or a repeat: two writers never both won, nothing wrote unseen);
- every refused edit was reported to its process (an `EditConflict` it caught: attempts =
  accepted + refused, and no refused value is in the final state);
- no error that is not a conflict.

    PYTHONPATH=. .venv/bin/python benchmarks/bench_team_edits.py [--url postgresql://...]
        [--processes 10] [--edits 200] [--seconds 60]
    PYTHONPATH=. .venv/bin/python benchmarks/bench_team_edits.py --sqlite-threads

Without --url the benchmark starts a private server (tests/postgres_server.py) and copies the
demo workspace there; --url names an empty database to fill the same way. --sqlite-threads runs
the same edits in threads on one workspace file (SQLite lets one program write a file).
--last-writer-wins edits without the versions seen, as the app did before: the verification
must then fail. Exit status 0 when the verification holds, 1 when it does not.
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import sys
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select

from consortium_planner.models import CostItem, Effort, Participant
from consortium_planner.services.editing import EditingService
from consortium_planner.services.editing.conflicts import EditConflict
from consortium_planner.workspace import Workspace

THINK_SECONDS = 0.25  # the longest a "user" looks at a value before changing it


@dataclass(frozen=True)
class Target:
    """One field of one row that the team edits: (table, row, field)."""

    table: str  # "participant", "cost_item", "effort"
    row: Any  # an id, or (participant id, work package id) for an effort cell
    field: str


@dataclass(frozen=True)
class Accepted:
    """An edit the service accepted: the value it wrote, the version the user saw the row at
    and the version the edit left on it."""

    target: Target
    value: str
    seen: int
    version: int


@dataclass
class Outcome:
    """What one process did."""

    process: int
    attempts: int = 0
    accepted: list[Accepted] = field(default_factory=list)
    refused: list[tuple[Target, str]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


# -- the shared project -----------------------------------------------------------------------

def choose_targets(workspace: Workspace) -> list[Target]:
    """Few rows of the demo's project, so that edits collide: 4 participants (2 fields each),
    6 filled effort cells, 6 cost lines typed as an amount (amount and description)."""
    with workspace.sessions() as session:
        participants = session.scalars(select(Participant.id).order_by(Participant.id)
                                       .limit(4)).all()
        cells = session.execute(select(Effort.participant_id, Effort.work_package_id)
                                .order_by(Effort.participant_id, Effort.work_package_id)
                                .limit(6)).all()
        lines = session.scalars(select(CostItem.id).where(
            CostItem.quantity.is_(None), CostItem.unit_cost.is_(None)).order_by(CostItem.id)
            .limit(6)).all()
    targets = [Target("participant", row, name) for row in participants
               for name in ("monthly_personnel_cost", "funding_rate_override_reason")]
    targets += [Target("effort", (p, w), "person_months") for p, w in cells]
    targets += [Target("cost_item", row, name) for row in lines
                for name in ("amount", "description")]
    return targets


def value_for(target: Target, process: int, edit: int) -> str:
    """A value no other edit writes, so the final state names the edit that made it."""
    if target.field in ("monthly_personnel_cost", "amount"):
        return f"{process + 1}{edit:03d}.{random.randint(10, 99)}"
    if target.field == "person_months":  # 10.00 ... 101.99, in hundredths: exact
        return str(Decimal((process + 1) * 1000 + edit) / 100)
    return f"p{process}-e{edit}"


def canonical(target: Target, value: Any) -> str:
    """A stored value as the replay compares it."""
    if target.field in ("monthly_personnel_cost", "amount", "person_months"):
        return str(Decimal(str(value)).quantize(Decimal("0.01")))
    return str(value)


def current(service: EditingService, target: Target) -> tuple[int, str]:
    """The row's version and the field's value, as the window would show them."""
    if target.table == "effort":
        version = service.effort_versions([target.row])[target.row]
        value = service.effort_values([target.row])[target.row]
        return version, canonical(target, value)
    version = service.versions(target.table, [target.row])[target.row]
    value = service.values(target.table, target.row, [target.field])[target.field]
    return version, canonical(target, value)


def write(service: EditingService, target: Target, value: str, seen: int | None) -> int:
    """Make the edit as the window does (`seen` None: as before issue 15, the last writer
    wins); the version it left on the row."""
    expected = {target.row: seen} if seen is not None else None
    if target.table == "effort":
        changes = service.set_efforts([(*target.row, value)], seen=expected)
    else:
        changes = service.update(target.table, target.row, {target.field: value},
                                 seen=expected)
    return changes.versions_of(target.table)[target.row]


# -- one member of the team -------------------------------------------------------------------

def edit_as_one(location: str, process: int, targets: list[Target], edits: int,
                seconds: float, workspace: Workspace | None = None, *,
                last_writer_wins: bool = False) -> Outcome:
    """`edits` edits spread over `seconds`, each on a random target: read, think, write."""
    rng = random.Random(process)
    random.seed(process * 7919)
    outcome = Outcome(process)
    opened = workspace if workspace is not None else Workspace.open(location)
    service = EditingService(opened)
    start = time.monotonic()
    try:
        for edit in range(edits):
            due = start + seconds * edit / edits
            time.sleep(max(0.0, due - time.monotonic()))
            target = rng.choice(targets)
            value = value_for(target, process, edit)
            outcome.attempts += 1
            try:
                seen, _ = current(service, target)
                time.sleep(rng.uniform(0, THINK_SECONDS))
                version = write(service, target, value, None if last_writer_wins else seen)
            except EditConflict:
                outcome.refused.append((target, value))
            except Exception as error:  # counted and printed: the benchmark expects none
                outcome.errors.append(f"{type(error).__name__}: {error}")
            else:
                outcome.accepted.append(Accepted(target, canonical(target, value), seen,
                                                 version))
    finally:
        if workspace is None:
            opened.close()
    return outcome


def _process_main(arguments: tuple[str, int, list[Target], int, float, bool]) -> Outcome:
    *positional, last_writer_wins = arguments
    return edit_as_one(*positional, last_writer_wins=last_writer_wins)


# -- the verification -------------------------------------------------------------------------

@dataclass
class Verdict:
    lost_updates: list[str] = field(default_factory=list)  # final state != replay, or an
    # edit written over a version its user had not seen
    version_faults: list[str] = field(default_factory=list)  # gaps or repeats
    unreported: list[str] = field(default_factory=list)  # refused values in the final state
    errors: list[str] = field(default_factory=list)

    @property
    def holds(self) -> bool:
        return not (self.lost_updates or self.version_faults or self.unreported or self.errors)


def replay(start: dict[Target, tuple[int, str]], outcomes: list[Outcome]
           ) -> tuple[dict[Target, str], list[str]]:
    """The state the accepted edits make, applied per row in commit order (the versions they
    left), from the starting values; with the version faults found on the way."""
    by_row: dict[tuple[str, Any], list[Accepted]] = defaultdict(list)
    for outcome in outcomes:
        for accepted in outcome.accepted:
            by_row[(accepted.target.table, accepted.target.row)].append(accepted)
    state = {target: value for target, (_, value) in start.items()}
    faults = []
    for (table, row), edits in by_row.items():
        edits.sort(key=lambda accepted: accepted.version)
        first = next(version for target, (version, _) in start.items()
                     if (target.table, target.row) == (table, row))
        expected = list(range(first + 1, first + 1 + len(edits)))
        if [accepted.version for accepted in edits] != expected:
            faults.append(f"{table} {row}: versions {[a.version for a in edits]}, "
                          f"expected {expected[0]}..{expected[-1]}")
        for accepted in edits:
            state[accepted.target] = accepted.value
    return state, faults


def unseen_overwrites(outcomes: list[Outcome]) -> list[str]:
    """Accepted edits written over a change their user had not seen: a lost update, even when
    the final state is the replay (the other change was silently overwritten)."""
    return [f"process {outcome.process}: {accepted.target.table} {accepted.target.row} "
            f"{accepted.target.field} written at version {accepted.version} over "
            f"{accepted.version - 1}, seen at {accepted.seen}"
            for outcome in outcomes for accepted in outcome.accepted
            if accepted.version != accepted.seen + 1]


def verify(start: dict[Target, tuple[int, str]], final: dict[Target, tuple[int, str]],
           outcomes: list[Outcome]) -> Verdict:
    verdict = Verdict()
    replayed, verdict.version_faults = replay(start, outcomes)
    verdict.lost_updates += unseen_overwrites(outcomes)
    for target, (_, value) in final.items():
        if replayed[target] != value:
            verdict.lost_updates.append(
                f"{target.table} {target.row} {target.field}: {value} in the workspace, "
                f"{replayed[target]} replayed")
    final_values = {(target, value) for target, (_, value) in final.items()}
    for outcome in outcomes:
        if outcome.attempts != len(outcome.accepted) + len(outcome.refused) + len(
                outcome.errors):
            verdict.unreported.append(f"process {outcome.process}: edits unaccounted for")
        for target, value in outcome.refused:
            if (target, canonical(target, value)) in final_values:
                verdict.unreported.append(
                    f"process {outcome.process}: refused {value} is in {target}")
        verdict.errors += [f"process {outcome.process}: {error}" for error in outcome.errors]
    return verdict


def read_state(workspace: Workspace, targets: list[Target]) -> dict[Target, tuple[int, str]]:
    service = EditingService(workspace)
    return {target: current(service, target) for target in targets}


# -- running it -------------------------------------------------------------------------------

@contextmanager
def team_workspace(url: str | None, folder: Path) -> Iterator[str]:
    """A server database holding the demo workspace: `url`'s, or one on a private server."""
    from consortium_planner.demo import create_demo_workspace
    from consortium_planner.services.workspace_copy import copy_workspace

    demo = create_demo_workspace(folder / "demo.cpw")
    if url is not None:
        copy_workspace(demo, url)
        yield url
        return
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from tests.postgres_server import running_server

    with running_server() as server:
        target = server.create_database("team_edits")
        copy_workspace(demo, target)
        yield target


def run(location: str, processes: int, edits: int, seconds: float, *,
        threads_on: Workspace | None = None, last_writer_wins: bool = False,
        ) -> tuple[list[Outcome], Verdict, float]:
    with Workspace.open(location) if threads_on is None else _kept(threads_on) as workspace:
        targets = choose_targets(workspace)
        start = read_state(workspace, targets)
    began = time.monotonic()
    if threads_on is None:
        context = multiprocessing.get_context("spawn")
        with context.Pool(processes) as pool:
            outcomes = pool.map(_process_main, [
                (location, index, targets, edits, seconds, last_writer_wins)
                for index in range(processes)])
    else:
        outcomes = [Outcome(index) for index in range(processes)]

        def work(index: int) -> None:
            outcomes[index] = edit_as_one(location, index, targets, edits, seconds, threads_on,
                                          last_writer_wins=last_writer_wins)

        workers = [threading.Thread(target=work, args=(index,)) for index in range(processes)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
    elapsed = time.monotonic() - began
    with Workspace.open(location) if threads_on is None else _kept(threads_on) as workspace:
        final = read_state(workspace, targets)
    return outcomes, verify(start, final, outcomes), elapsed


@contextmanager
def _kept(workspace: Workspace) -> Iterator[Workspace]:
    yield workspace


def report(outcomes: list[Outcome], verdict: Verdict, elapsed: float) -> None:
    print(f"{'process':>7} {'attempts':>8} {'accepted':>8} {'refused':>8} {'errors':>6}")
    for outcome in outcomes:
        print(f"{outcome.process:>7} {outcome.attempts:>8} {len(outcome.accepted):>8} "
              f"{len(outcome.refused):>8} {len(outcome.errors):>6}")
    attempts = sum(outcome.attempts for outcome in outcomes)
    accepted = sum(len(outcome.accepted) for outcome in outcomes)
    refused = sum(len(outcome.refused) for outcome in outcomes)
    print(f"{'all':>7} {attempts:>8} {accepted:>8} {refused:>8} {len(verdict.errors):>6}"
          f"   in {elapsed:.1f} s ({attempts / elapsed:.1f} edits/s)")
    print(f"lost updates: {len(verdict.lost_updates)}; version gaps or repeats: "
          f"{len(verdict.version_faults)}; refusals not reported: {len(verdict.unreported)}; "
          f"errors that are not conflicts: {len(verdict.errors)}")
    for line in (verdict.lost_updates + verdict.version_faults + verdict.unreported
                 + verdict.errors)[:20]:
        print("  " + line)
    print("verification:", "holds" if verdict.holds else "FAILS")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="an empty PostgreSQL database to fill with the demo")
    parser.add_argument("--processes", type=int, default=10)
    parser.add_argument("--edits", type=int, default=200, help="edits per process")
    parser.add_argument("--seconds", type=float, default=60.0, help="over how long")
    parser.add_argument("--sqlite-threads", action="store_true",
                        help="threads on one workspace file instead of processes on a server")
    parser.add_argument("--last-writer-wins", action="store_true",
                        help="edit without the versions seen (as before issue 15), to see the "
                             "verification catch the lost updates")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        if args.sqlite_threads:
            from consortium_planner.demo import create_demo_workspace

            path = create_demo_workspace(Path(temp) / "demo.cpw")
            with Workspace.open(path) as workspace:
                outcomes, verdict, elapsed = run(
                    str(path), args.processes, args.edits, args.seconds, threads_on=workspace,
                    last_writer_wins=args.last_writer_wins)
        else:
            with team_workspace(args.url, Path(temp)) as url:
                outcomes, verdict, elapsed = run(url, args.processes, args.edits, args.seconds,
                                                 last_writer_wins=args.last_writer_wins)
    report(outcomes, verdict, elapsed)
    return 0 if verdict.holds else 1


if __name__ == "__main__":
    sys.exit(main())
