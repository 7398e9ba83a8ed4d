"""Time taking a version of a large project (issue 16): 60 participants, 15 work packages and
3,000 cost lines (bench_export's project). Target on the 2-core reference machine: <= 0.3 s to
take one in the window (the project shown is read already: write its JSON, compress it, store
it, one transaction). Printed apart: taking one that reads the project first (the command
line), keeping one at an export, and reading a version back as a snapshot (opening it, or
comparing it).

    PYTHONPATH=. .venv/bin/python benchmarks/bench_versions.py [--repeat N]
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from bench_export import COST_LINES, PARTICIPANTS, WORK_PACKAGES, build_large_project, timed

from consortium_planner.models import ProjectVersion
from consortium_planner.services.editing import EditingService
from consortium_planner.services.snapshot import find_project_id, load_snapshot
from consortium_planner.services.versions import record_export, version_snapshot
from consortium_planner.workspace import Workspace

TARGET = 0.3


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="runs (best is shown)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        path = Path(temp) / "large.cpw"
        workspace = Workspace.create(path)
        try:
            build_large_project(workspace)
            editing = EditingService(workspace)
            with workspace.sessions() as session:
                project_id = find_project_id(session, "LARGE")
                snapshot = load_snapshot(session, project_id)
            take = timed(args.repeat, lambda: editing.take_version(project_id, "benchmark"))
            held = timed(args.repeat, lambda: editing.take_version(project_id, "benchmark",
                                                                   snapshot=snapshot))
            counter = iter(range(10**6))

            def at_export() -> None:  # a changed project each time, so a version is kept
                changed = snapshot.__class__(**{**snapshot.__dict__, "project": snapshot.project
                                                .__class__(**{**snapshot.project.__dict__,
                                                              "title": f"t{next(counter)}"})})
                assert record_export(workspace, changed, "benchmark") is not None

            export = timed(args.repeat, at_export)
            with workspace.sessions() as session:
                version = session.query(ProjectVersion).order_by(ProjectVersion.id).first()
                assert version is not None
                size, stored = version.size, len(version.document)
                version_id = version.id
            reading = timed(args.repeat, lambda: _read(workspace, version_id))
        finally:
            workspace.close()
    print(f"project: {PARTICIPANTS} participants, {WORK_PACKAGES} work packages, "
          f"{COST_LINES} cost lines; its JSON {size / 1024:.0f} KiB, stored {stored / 1024:.0f} "
          "KiB compressed")
    print(f"take a version in the window: first {held[0]:.3f} s, best {held[1]:.3f} s "
          f"(target <= {TARGET} s; the project shown is read already)")
    print(f"take a version, reading it:   first {take[0]:.3f} s, best {take[1]:.3f} s "
          "(the command line: the project is read first)")
    print(f"keep a version at an export:  first {export[0]:.3f} s, best {export[1]:.3f} s "
          "(the snapshot exported is read already)")
    print(f"read a version as a snapshot: first {reading[0]:.3f} s, best {reading[1]:.3f} s")


def _read(workspace: Workspace, version_id: int) -> None:
    with workspace.sessions() as session:
        version_snapshot(session, version_id)


if __name__ == "__main__":
    main()
