"""The directory in the window on 134,000 organisations (issue 12): what a user waits for.

Generates the workspace of bench_directory.py (realistic names in many EU languages, 30
countries, about 200 regions, 40 clusters), then, in a fresh process as `consortium-planner
WORKSPACE` would run, prints each figure beside its target:
- window open: process start to the first painted frame of the window with the workspace open;
- directory page shown: from the first frame (the page says "Searching…") to its first rows
  painted, and from process start to those rows;
- per keystroke (and per facet click): search, counts and the first rows painted;
- sort by each sortable column, first rows painted;
- scrolling from top to bottom (a page at a time, then in jumps): the worst stall between two
  frames;
- peak memory of the process.

    PYTHONPATH=. .venv/bin/python benchmarks/bench_directory_window.py [--rows N] [--keep PATH]
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from memory import peak_memory_mb  # benchmarks/ is on sys.path when a script here runs

REPO = Path(__file__).resolve().parent.parent
EACH = os.environ.get("BENCH_EACH") == "1"  # --each: a line per keystroke and facet click


def _line(label: str, value: float, target: float | None, unit: str = "ms",
          cpu: float | None = None) -> None:
    """One figure (wall clock) beside its target, and the CPU time the process spent on it
    (on a shared machine the wall clock also counts the waits for a core)."""
    verdict = "" if target is None else ("  ok" if value <= target else "  OVER TARGET")
    shown = f"≤ {target:g} {unit}" if target is not None else ""
    spent = f"  (cpu {cpu:.1f} {unit})" if cpu is not None else ""
    print(f"{label:<52} {value:9.1f} {unit}   target {shown}{verdict}{spent}", flush=True)


def _cpu() -> float:
    """CPU time of the process so far, in ms (every thread: the searches' worker included)."""
    return time.process_time() * 1000


# --- the child: the window on the workspace ------------------------------------------------------


def child(workspace: str, started: float) -> None:
    from consortium_planner.cli import preload_for_window

    # the imports in the order `consortium-planner WORKSPACE` makes them (cli.main)
    args = argparse.Namespace(workspace=workspace, demo=False, read_only=False,
                              no_err_windows=True)
    preload_for_window(args)

    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer

    from consortium_planner.ui.errors import ErrorReporter
    from consortium_planner.ui.launch import build_window, create_application

    app = create_application([sys.argv[0]])
    window = build_window(args, ErrorReporter(no_err_windows=True))

    class FirstPaint(QObject):
        seen = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            # the window paints its widgets while it handles its first expose: `measure` runs
            # once that frame is done (and before what the frame queued, the first search)
            if event.type() == QEvent.Type.Expose and not self.seen:
                self.seen = True
                QTimer.singleShot(0, measure)
            return False

    def painted(widget) -> float:  # type: ignore[no-untyped-def]
        """Paint now (as the next frame would) and return the time it was done."""
        widget.repaint()
        return time.perf_counter()

    def measure() -> None:
        window.windowHandle().removeEventFilter(watcher)
        print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs", flush=True)
        _line("window open (process start to first frame)",
              (time.time() - started) * 1000, 1000, cpu=_cpu())
        # The window shows first and the directory searches right after its first frame
        # ("Searching…" until then): the page counts as shown once its first rows are painted.
        start, cpu = time.perf_counter(), _cpu()
        page = window.show_page("directory", None)
        while page.model.rowCount() == 0:
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
        view = page.table.view
        shown = painted(view.viewport())
        _line(f"directory page shown after the first frame ({page.model.rowCount():,} rows)",
              (shown - start) * 1000, 300, cpu=_cpu() - cpu)
        _line("  ... process start to the directory's first rows",
              (time.time() - started) * 1000, None, cpu=_cpu())

        keystrokes, cpus = [], []
        for word in ("lodz", "fraunhofer", "muller", "universidad cordoba", "παν"):
            for end in range(1, len(word) + 1):
                start, cpu = time.perf_counter(), _cpu()
                page.table.search.setText(word[:end])
                page.searcher.run()  # what the debounce timer calls once typing pauses
                keystrokes.append((painted(view.viewport()) - start) * 1000)
                cpus.append(_cpu() - cpu)
                if EACH:
                    print(f"  keystroke {word[:end]!r:<24} {keystrokes[-1]:7.1f} ms "
                          f"(cpu {cpus[-1]:.1f} ms, {page.model.rowCount():,} rows)", flush=True)
        _line(f"keystroke to first rows, counts included: median of {len(keystrokes)}",
              statistics.median(keystrokes), 50, cpu=statistics.median(cpus))
        _line("keystroke to first rows: worst", max(keystrokes), 150, cpu=max(cpus))

        page.table.search.setText("")
        clicks, cpus = [], []
        for key, value in (("country", "PL"), ("category", "less_developed"), ("org_type", "sme"),
                           ("country", "ES")):
            start, cpu = time.perf_counter(), _cpu()
            page.facets.choose(key, value)  # one click: search, counts, rows
            clicks.append((painted(view.viewport()) - start) * 1000)
            cpus.append(_cpu() - cpu)
            if EACH:
                print(f"  facet {key}={value:<18} {clicks[-1]:7.1f} ms (cpu {cpus[-1]:.1f} ms)",
                      flush=True)
        start, cpu = time.perf_counter(), _cpu()
        page.facets.clear()
        clicks.append((painted(view.viewport()) - start) * 1000)
        cpus.append(_cpu() - cpu)
        _line("facet click to first rows: median", statistics.median(clicks), 50,
              cpu=statistics.median(cpus))
        _line("facet click to first rows: worst", max(clicks), 150, cpu=max(cpus))

        sorts, cpus = [], []
        for column in range(page.model.columnCount()):
            key = page.model.columns[column].key
            if not key or key not in sortable:
                continue
            start, cpu = time.perf_counter(), _cpu()
            page.model.sort(column)
            sorts.append((painted(view.viewport()) - start) * 1000)
            cpus.append(_cpu() - cpu)
        _line(f"sort by a header ({len(sorts)} columns): worst", max(sorts), 300, cpu=max(cpus))

        bar = view.verticalScrollBar()
        bar.setValue(0)
        stalls, cpus = [], []
        last, last_cpu = painted(view.viewport()), _cpu()
        # a page at a time through the first blocks, then in ~300 jumps to the end (each lands
        # on rows not read yet, as a drag of the scroll bar does)
        step = bar.pageStep()
        while bar.value() < bar.maximum():
            if bar.value() > 3000:
                step = max(bar.pageStep(), bar.maximum() // 300)
            bar.setValue(bar.value() + step)
            now, now_cpu = painted(view.viewport()), _cpu()
            stalls.append((now - last) * 1000)
            cpus.append(now_cpu - last_cpu)
            last, last_cpu = now, now_cpu
        _line(f"scroll top to bottom ({len(stalls)} steps): worst stall", max(stalls), 50,
              cpu=max(cpus))
        _line("  ... median frame", statistics.median(stalls), None,
              cpu=statistics.median(cpus))
        _line("peak memory of the window's process", peak_memory_mb(), 300, "MB")
        print(f"load average at the end {os.getloadavg()[0]:.1f}", flush=True)
        os._exit(0)

    from consortium_planner.services.directory_search import sortable_columns

    sortable = sortable_columns()
    watcher = FirstPaint()
    window.resize(1600, 900)
    # On the window's own surface (created now, as show() would): a filter on the application
    # would see every event of every widget, a Python call each, ~40 ms of the figure itself.
    window.winId()
    window.windowHandle().installEventFilter(watcher)
    window.show()
    app.exec()


# --- the parent: generate the workspace, run the child -------------------------------------------


def generate(path: Path, rows: int) -> None:
    sys.path.insert(0, str(REPO / "benchmarks"))
    from bench_directory import generate_columns

    from consortium_planner.workspace import Workspace, insert_prevalidated

    columns = generate_columns(rows)
    with Workspace.create(path) as workspace, workspace.transaction() as session:
        insert_prevalidated(session.connection(), "organisation", columns,
                            empty_text_columns=frozenset({"short_name", "address"}))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--child", metavar="WORKSPACE", help=argparse.SUPPRESS)
    parser.add_argument("--started", type=float, help=argparse.SUPPRESS)
    parser.add_argument("--rows", type=int, default=134_000)
    parser.add_argument("--keep", type=Path, help="keep (or reuse) the workspace at this path")
    parser.add_argument("--platform", default="offscreen", help="Qt platform (offscreen, xcb)")
    parser.add_argument("--each", action="store_true",
                        help="print each keystroke's and facet click's figure")
    args = parser.parse_args()
    if args.child:
        child(args.child, args.started)
        return 0
    sys.path.insert(0, str(REPO))
    with tempfile.TemporaryDirectory() as temp:
        path = args.keep or Path(temp) / "directory.cpw"
        if not path.exists():
            start = time.perf_counter()
            generate(path, args.rows)
            print(f"generated {args.rows:,} organisations in {time.perf_counter() - start:.1f} s",
                  flush=True)
        # The app as installed: pip and the frozen bundle ship compiled bytecode. Without it (a
        # fresh checkout, or PYTHONDONTWRITEBYTECODE set, as on the shared machine) the child
        # compiled every module of the package before its first frame, ~150 ms more.
        compileall.compile_dir(REPO / "consortium_planner", quiet=1)
        data_dir = Path(temp) / "user-data"
        data_dir.mkdir()
        env = dict(os.environ, QT_QPA_PLATFORM=args.platform,
                   BENCH_EACH="1" if args.each else os.environ.get("BENCH_EACH", ""),
                   CONSORTIUM_PLANNER_DATA_DIR=str(data_dir), PYTHONPATH=str(REPO))
        # the wall clock (shared by both processes), just before the child starts
        started = time.time()
        process = subprocess.run(
            [sys.executable, __file__, "--child", str(path), "--started", str(started)],
            env=env, timeout=600, check=False)
    return process.returncode


if __name__ == "__main__":
    sys.exit(main())
