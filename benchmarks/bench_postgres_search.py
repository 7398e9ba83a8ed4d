"""Time the partner directory's search on a team workspace (PostgreSQL) over 134,000
organisations (issue 15): each keystroke's search with every facet's counts, as the window
runs it, printing the median and the worst beside the target (median ≤ 50 ms).

The organisations are bench_directory.py's (realistic names in many EU languages), inserted
through the import's bulk path (workspace.insert_prevalidated: one COPY, whose statement-level
triggers index every row at once, migration 0014). The keystrokes are then timed twice: as
the window sees them, and on the server alone (the sum of each statement's EXPLAIN ANALYZE
planning and execution time, which machine load disturbs less). The facet clicks are timed
twice too: each search alone (counted in SQL), and as the window runs them (each search handed
the result before it, the directory's facet table read between searches as the searcher's
worker thread reads it: services.directory_search.fill_slot). With --copy, a workspace
file of the same organisations is also copied to a second database (`consortium-planner copy`,
with its verification). Without --url, a private server is started as the tests start one
(tests/postgres_server.py: initdb and pg_ctl in a temporary folder).

Run: .venv/bin/python benchmarks/bench_postgres_search.py [--rows N] [--copy]
     [--url postgresql://...]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_directory import _line, _timed, generate_columns  # noqa: E402

from consortium_planner.services import directory_search as ds  # noqa: E402
from consortium_planner.services.workspace_copy import copy_workspace  # noqa: E402
from consortium_planner.workspace import Workspace, insert_prevalidated  # noqa: E402

WORDS = ("lodz", "fraunhofer", "muller", "900012345", "universidad cordoba", "παν", "софия",
         "orsted")


class _Explained:
    """The search's statements run under EXPLAIN ANALYZE: their server time is summed in
    `milliseconds` (statements EXPLAIN cannot run, CREATE and TRUNCATE, timed by the client)."""

    def __init__(self) -> None:
        self.milliseconds = 0.0
        self._execute = ds._PostgresCursor.execute

    def execute(self, cursor: Any, statement: str, values: Sequence[Any] = (),
                **options: Any) -> Any:
        if options or not statement.lstrip().upper().startswith(("SELECT", "WITH", "INSERT")):
            start = time.perf_counter()
            result = self._execute(cursor, statement, values, **options)
            self.milliseconds += (time.perf_counter() - start) * 1000
            return result
        plan = self._execute(  # (TIMING OFF: no clock read per row, which inflates)
            cursor, f"EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) {statement}",
            values).fetchone()[0]
        plan = plan if isinstance(plan, list) else json.loads(plan)
        self.milliseconds += plan[0]["Planning Time"] + plan[0]["Execution Time"]
        if statement.lstrip().upper().startswith("INSERT"):  # (EXPLAIN ANALYZE inserted)
            return None
        return self._execute(cursor, statement, values)

    @contextmanager
    def installed(self) -> Iterator[None]:
        ds._PostgresCursor.execute = (
            lambda cursor, *args, **options: self.execute(cursor, *args, **options))
        try:
            yield
        finally:
            ds._PostgresCursor.execute = self._execute


CLICKS = (ds.DirectoryQuery(countries=frozenset({"PL"})),
          ds.DirectoryQuery(text="uni", org_types=frozenset({"sme"})),
          ds.DirectoryQuery(clusters=frozenset({"Automotive Cluster"})))


def _keystrokes() -> list[str]:
    return [word[:end] for word in WORDS for end in range(1, len(word) + 1)]


def _time_as_the_window(session: Any) -> None:
    """The keystrokes and the facet clicks as ui/directory_searcher.py runs them: after the
    page's first search (the whole directory by name), each search is handed the result shown
    before it (`counted`, `remember`), and a result's empty facet table slot is filled
    between searches (untimed: the searcher's worker reads it while the user looks at the
    result; its time is printed for comparison)."""
    shown = ds.search(session, ds.DirectoryQuery(), remember=True)  # the page's first
    reads: list[float] = []

    def searched(query: ds.DirectoryQuery) -> float:
        nonlocal shown
        slot = shown.slot
        if slot is not None and slot.table is None:
            elapsed, _ = _timed(ds.fill_slot, session, slot)
            reads.append(elapsed)
        elapsed, shown = _timed(ds.search, session, query, counted=shown, remember=True)
        return elapsed

    keystrokes = [searched(ds.DirectoryQuery(text=typed)) for typed in _keystrokes()]
    _line("keystroke, as the window: median", statistics.median(keystrokes), 50,
          samples=keystrokes)
    _line("keystroke, as the window: worst", max(keystrokes), 150, samples=keystrokes)
    searched(ds.DirectoryQuery())  # the clicks start from the whole directory
    clicks = [searched(query) for query in CLICKS for _repeat in range(3)]
    _line(f"facet click, as the window: median of {len(clicks)}", statistics.median(clicks),
          100, samples=clicks)
    _line("facet click, as the window: worst", max(clicks), 150, samples=clicks)
    if reads:
        _line("facet table read between searches (worker)", max(reads), None, samples=reads)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=134_000)
    parser.add_argument("--url", help="an empty database to fill (default: a private server)")
    parser.add_argument("--copy", action="store_true",
                        help="also copy a workspace file of the organisations to a database")
    arguments = parser.parse_args()
    with ExitStack() as stack:
        url = arguments.url
        server = None
        if url is None:
            from tests.postgres_server import running_server

            server = stack.enter_context(running_server())
            url = server.create_database(f"bench_{uuid.uuid4().hex[:8]}")
        workspace = stack.enter_context(Workspace.init_server(url))
        columns = generate_columns(arguments.rows)
        start = time.perf_counter()
        with workspace.transaction() as session:
            insert_prevalidated(session.connection(), "organisation", columns)
        print(f"{'bulk insert of ' + str(arguments.rows) + ' organisations (indexed)':<52} "
              f"{time.perf_counter() - start:9.1f} s    (for comparison)", flush=True)
        with workspace.sessions() as session:
            session.connection().exec_driver_sql("ANALYZE")
        with workspace.sessions() as session:
            ds.search(session, ds.DirectoryQuery(text="warm"))
            keystrokes = []
            for typed in _keystrokes():
                elapsed, _ = _timed(ds.search, session, ds.DirectoryQuery(text=typed))
                keystrokes.append(elapsed)
            _line(f"keystroke, with facets: median of {len(keystrokes)}",
                  statistics.median(keystrokes), 50, samples=keystrokes)
            _line("keystroke, with facets: worst", max(keystrokes), 150, samples=keystrokes)
            clicks = []
            for query in CLICKS:
                elapsed, _ = _timed(ds.search, session, query)
                clicks.append(elapsed)
            _line("facet click: median", statistics.median(clicks), 100, samples=clicks)
            _time_as_the_window(session)
            explained = _Explained()
            server_times = []
            with explained.installed():
                for typed in _keystrokes():
                    explained.milliseconds = 0.0
                    ds.search(session, ds.DirectoryQuery(text=typed))
                    server_times.append(explained.milliseconds)
            print(f"{'keystroke, server side (EXPLAIN ANALYZE): median':<52} "
                  f"{statistics.median(server_times):9.1f} ms   worst "
                  f"{max(server_times):.1f} ms", flush=True)
        if arguments.copy:
            _time_copy(columns, server, stack)


def _time_copy(columns: dict[str, list], server: Any, stack: ExitStack) -> None:
    """`copy` of a workspace file holding the organisations to an empty database."""
    if server is None:
        print("(--copy times a copy into the private server's databases; leave out --url)")
        return
    path = Path(stack.enter_context(tempfile.TemporaryDirectory())) / "directory.cpw"
    with Workspace.create(path) as workspace, workspace.transaction() as session:
        insert_prevalidated(session.connection(), "organisation", columns)
    target = server.create_database(f"copy_{uuid.uuid4().hex[:8]}")
    start = time.perf_counter()
    report = copy_workspace(path, target)
    print(f"{'copy of ' + str(len(columns['id'])) + ' organisations, file to server':<52} "
          f"{time.perf_counter() - start:9.1f} s    "
          f"({'verified' if not report.differences else report.differences})", flush=True)


if __name__ == "__main__":
    main()
