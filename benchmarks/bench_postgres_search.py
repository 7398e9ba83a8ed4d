"""Time the partner directory's search on a team workspace (PostgreSQL) over 134,000
organisations (issue 15): each keystroke's search with every facet's counts, as the window
runs it, printing the median and the worst beside the target (median ≤ 50 ms).

The organisations are bench_directory.py's (realistic names in many EU languages), inserted
through the import's bulk path (workspace.insert_prevalidated; the server's triggers build the
search index row by row). Without --url, a private server is started as the tests start one
(tests/postgres_server.py: initdb and pg_ctl in a temporary folder).

Run: .venv/bin/python benchmarks/bench_postgres_search.py [--rows N] [--url postgresql://...]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import uuid
from contextlib import ExitStack
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_directory import _line, _timed, generate_columns  # noqa: E402

from consortium_planner.services import directory_search as ds  # noqa: E402
from consortium_planner.workspace import Workspace, insert_prevalidated  # noqa: E402

WORDS = ("lodz", "fraunhofer", "muller", "900012345", "universidad cordoba", "παν", "софия",
         "orsted")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=134_000)
    parser.add_argument("--url", help="an empty database to fill (default: a private server)")
    arguments = parser.parse_args()
    with ExitStack() as stack:
        url = arguments.url
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
            for word in WORDS:
                for end in range(1, len(word) + 1):
                    elapsed, _ = _timed(ds.search, session, ds.DirectoryQuery(text=word[:end]))
                    keystrokes.append(elapsed)
            _line(f"keystroke, with facets: median of {len(keystrokes)}",
                  statistics.median(keystrokes), 50, samples=keystrokes)
            _line("keystroke, with facets: worst", max(keystrokes), 150, samples=keystrokes)
            clicks = []
            for query in (ds.DirectoryQuery(countries=frozenset({"PL"})),
                          ds.DirectoryQuery(text="uni", org_types=frozenset({"sme"})),
                          ds.DirectoryQuery(clusters=frozenset({"Automotive Cluster"}))):
                elapsed, _ = _timed(ds.search, session, query)
                clicks.append(elapsed)
            _line("facet click: median", statistics.median(clicks), 100, samples=clicks)


if __name__ == "__main__":
    main()
