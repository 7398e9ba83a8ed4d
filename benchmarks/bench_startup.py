"""Start-up time: from process start to the main window shown and painted, with a workspace open.

    PYTHONPATH=. .venv/bin/python benchmarks/bench_startup.py            # offscreen
    xvfb-run -a env PYTHONPATH=. .venv/bin/python benchmarks/bench_startup.py --platform xcb

Two workspaces: the demo, and a generated one with 5,000 organisations and 50 projects (49
what-if copies of the demo project). Each is opened `--runs` times in a fresh process through the
same code the `consortium-planner WORKSPACE` command runs (`ui.launch.build_window`). The parent
clocks from just before it starts the child to the moment the child reports its first painted
frame; the child reports where its own time went. Target: under 1 s on the 2-core reference
machine.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TARGET_SECONDS = 1.0


# --- the child: open the window once and report ---------------------------------------------------


def child(workspace: str) -> None:
    started = time.perf_counter()
    from PySide6.QtCore import QEvent, QObject, QTimer

    from consortium_planner.ui.errors import ErrorReporter
    from consortium_planner.ui.launch import build_window, create_application

    imported = time.perf_counter()
    app = create_application([sys.argv[0]])
    args = argparse.Namespace(workspace=workspace, demo=False, read_only=False,
                              no_err_windows=True)
    window = build_window(args, ErrorReporter(no_err_windows=True))
    built = time.perf_counter()

    class FirstPaint(QObject):
        seen = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and not self.seen:
                self.seen = True
                QTimer.singleShot(0, report)  # after the rest of this paint pass
            return False

    def report() -> None:
        painted = time.perf_counter()
        assert window.context.workspace is not None, "the workspace did not open"
        print(f"SHOWN imports={imported - started:.3f} build={built - imported:.3f} "
              f"show={painted - built:.3f}", flush=True)
        os._exit(0)  # the measurement is taken; skip the teardown

    watcher = FirstPaint()
    app.installEventFilter(watcher)
    window.show()
    app.exec()


# --- the parent: build the workspaces, time the children ------------------------------------------


def make_large_workspace(path: Path, organisations: int = 5000, projects: int = 50) -> Path:
    """The demo plus directory entries up to `organisations` and what-if copies up to `projects`."""
    from consortium_planner.demo import create_demo_workspace
    from consortium_planner.domain.vocab import OrgType
    from consortium_planner.models import Organisation
    from consortium_planner.services.editing import EditingService
    from consortium_planner.workspace import Workspace

    create_demo_workspace(path, overwrite=True)
    countries = ["DE", "FR", "IT", "ES", "PL", "NL", "BE", "PT", "AT", "SE"]
    types = list(OrgType)
    with Workspace.open(path) as workspace:
        with workspace.transaction() as session:
            existing = session.query(Organisation).count()
            session.add_all(
                Organisation(
                    legal_name=f"Generated Organisation {number:05d} GmbH",
                    name_key=f"generated organisation {number:05d}",
                    short_name=f"GEN{number:05d}",
                    org_type=types[number % len(types)],
                    country=countries[number % len(countries)],
                    city="Somewhere",
                )
                for number in range(existing, organisations)
            )
        service = EditingService(workspace)
        from consortium_planner.services.directory import list_projects

        with workspace.sessions() as session:
            source = list_projects(session)[0]
        for number in range(2, projects + 1):
            service.duplicate_project(source.id, f"{source.acronym}-{number:02d}")
    return path


def time_startup(workspace: Path, runs: int, platform: str,
                 data_dir: Path) -> list[dict[str, float]]:
    env = dict(os.environ, QT_QPA_PLATFORM=platform, CONSORTIUM_PLANNER_DATA_DIR=str(data_dir),
               PYTHONPATH=str(REPO))
    results = []
    for _ in range(runs):
        start = time.perf_counter()
        process = subprocess.Popen(
            [sys.executable, __file__, "--child", str(workspace)], env=env,
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        )
        assert process.stdout is not None
        line = process.stdout.readline()
        elapsed = time.perf_counter() - start
        process.wait(timeout=30)
        if not line.startswith("SHOWN"):
            raise SystemExit(f"the child did not show the window (exit {process.returncode})")
        figures = {key: float(value) for key, value in
                   (part.split("=") for part in line.split()[1:])}
        figures["total"] = elapsed
        figures["interpreter"] = elapsed - sum(figures[k] for k in ("imports", "build", "show"))
        results.append(figures)
    return results


def summarise(name: str, results: list[dict[str, float]]) -> bool:
    totals = [r["total"] for r in results]
    median = statistics.median(totals)
    parts = "  ".join(
        f"{key} {statistics.median(r[key] for r in results):.3f}"
        for key in ("interpreter", "imports", "build", "show")
    )
    verdict = "OK" if median < TARGET_SECONDS else "TOO SLOW"
    print(f"{name:<42} median {median:.3f} s  (min {min(totals):.3f}, max {max(totals):.3f})  "
          f"[{parts}]  {verdict}")
    return median < TARGET_SECONDS


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--child", metavar="WORKSPACE", help=argparse.SUPPRESS)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--platform", default="offscreen", help="Qt platform (offscreen, xcb)")
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return 0
    sys.path.insert(0, str(REPO))
    from consortium_planner.demo import create_demo_workspace

    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        demo = create_demo_workspace(folder / "demo.cpw")
        started = time.perf_counter()
        large = make_large_workspace(folder / "large.cpw")
        print(f"generated 5,000 organisations and 50 projects in "
              f"{time.perf_counter() - started:.1f} s; Qt platform {args.platform}, "
              f"{os.cpu_count()} CPUs, {args.runs} runs each")
        data_dir = folder / "user-data"
        data_dir.mkdir()
        ok = summarise("demo workspace", time_startup(demo, args.runs, args.platform, data_dir))
        ok &= summarise("5,000 organisations, 50 projects",
                        time_startup(large, args.runs, args.platform, data_dir))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
