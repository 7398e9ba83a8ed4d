"""Run fuzz cases through the command line in a few child processes, and judge the outcomes.

A child (`python fuzz_runner.py --child JOBS.json`) runs many cases in one process, calling
`consortium_planner.cli.main` in-process on a fresh copy of the workspace per case, and prints
one JSON line when a case starts and one when it ends. A process that is cheap to start again is
what makes a few hundred cases fit in a minute; a child of its own is what lets a case abort the
process (the spreadsheet reader's memory-allocation failure) or hang without taking the test run
with it. When a child dies or stops answering, the case it had started is the culprit: it is
recorded with the signal (or "hang"), and a new child carries on with the rest of the batch.

Children run with an address-space limit (FUZZ_MEMORY_MB, default 3072), so a reader that asks
for 10 GB fails at once instead of swapping the machine.
"""

from __future__ import annotations

import hashlib
import json
import os
import queue
import re
import selectors
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ALLOWED_EXITS = (0, 1, 2)


@dataclass
class Result:
    """What one case did: filled in by the child, or by the parent when the child died."""

    ident: str
    category: str
    mutation: str
    argv: list[str]
    exit: int | None = None  # None when the process died or hung
    signal: str = ""  # "SIGABRT", "hang" ... when it did
    stderr: str = ""
    changed: bool = False  # the workspace bytes differ from before
    leftovers: list[str] = field(default_factory=list)  # journal or temp files beside it
    integrity: str = "ok"
    seconds: float = 0.0
    # for a layout-only change (rows moved, no value changed) of an unedited partner workbook:
    # did an import that succeeded change the participant's figures? It must read what the
    # partner meant (nothing new) or refuse the file.
    misread: bool = False

    def problems(self) -> list[str]:
        """Every way this case broke the rules of issue 10 (empty when it held)."""
        found = []
        if self.signal:
            found.append(f"process died ({self.signal})")
        elif self.exit not in ALLOWED_EXITS:
            found.append(f"exit {self.exit}")
        if "unexpected error" in self.stderr:
            found.append("unexpected error")
        if "Traceback (most recent call last)" in self.stderr:
            found.append("traceback")
        dry_run = "--dry-run" in self.argv
        if self.changed and (self.exit != 0 or dry_run or self.signal):
            found.append("workspace changed on refusal" if not dry_run else
                         "workspace changed by --dry-run")
        if self.leftovers:
            found.append("files left beside the workspace: " + ", ".join(self.leftovers))
        if self.integrity != "ok":
            found.append(f"integrity_check: {self.integrity}")
        if self.misread:
            found.append("exit 0 but the figures changed: rows moved, no value changed")
        return found


# --- the workspace checks (parent and child) ----------------------------------------------------


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def integrity(path: Path) -> str:
    try:
        connection = sqlite3.connect(path)
        try:
            rows = connection.execute("PRAGMA integrity_check").fetchall()
        finally:
            connection.close()
    except sqlite3.Error as error:
        return f"{type(error).__name__}: {error}"
    text = "; ".join(str(row[0]) for row in rows)
    return "ok" if text == "ok" else text[:500]


def leftovers(workspace: Path) -> list[str]:
    """Files a write left beside the workspace (a hot journal, a temp file not cleaned up)."""
    return sorted(p.name for p in workspace.parent.iterdir()
                  if p.name.startswith(workspace.name) and p != workspace)


# --- the child ----------------------------------------------------------------------------------


def _child(jobs_path: Path) -> None:
    import contextlib
    import io

    memory = int(os.environ.get("FUZZ_MEMORY_MB", "3072")) * 1024 * 1024
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    except (ImportError, ValueError, OSError):
        pass
    from consortium_planner.cli import main

    # the protocol gets its own descriptor; anything else writing to fd 1 goes nowhere
    out = os.fdopen(os.dup(1), "w", encoding="utf-8")
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, 1)
    for job in json.loads(jobs_path.read_text(encoding="utf-8")):
        workspace = Path(job["workspace"])
        shutil.copyfile(job["template"], workspace)
        before = digest(workspace)
        print(json.dumps({"start": job["ident"]}), file=out, flush=True)
        figures = _summary(main, workspace) if job.get("same_figures") else None
        errors, started = io.StringIO(), time.perf_counter()
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(errors):
            try:
                code = main(job["argv"])
            except SystemExit as exit_:
                code = exit_.code if isinstance(exit_.code, int) else 2
            except BaseException as error:  # noqa: BLE001 - main must never let one out
                import traceback

                errors.write("Traceback (most recent call last) escaped main():\n")
                errors.write("".join(traceback.format_exception(error)))
                code = -1
        seconds = time.perf_counter() - started
        misread = figures is not None and code == 0 and _summary(main, workspace) != figures
        record = {"misread": misread, "end": job["ident"], "exit": code, "stderr": errors.getvalue()[-4000:],
                  "changed": digest(workspace) != before, "leftovers": leftovers(workspace),
                  "integrity": integrity(workspace), "seconds": round(seconds, 3)}
        print(json.dumps(record), file=out, flush=True)
        workspace.unlink()
        Path(job["file"]).unlink()


def _summary(main, workspace: Path) -> str:
    """`summary --json` of the workspace: every participant's figures."""
    import contextlib
    import io

    text = io.StringIO()
    with contextlib.redirect_stdout(text), contextlib.redirect_stderr(io.StringIO()):
        main(["summary", str(workspace), "--json"])
    return text.getvalue()


# --- the parent ---------------------------------------------------------------------------------


def _signal_name(returncode: int | None) -> str:
    if returncode is None:
        return "hang"
    if returncode < 0:
        try:
            return signal.Signals(-returncode).name
        except ValueError:
            return f"signal {-returncode}"
    return f"exit status {returncode} of the process"


def _run_batch(jobs: list[dict], results: dict[str, Result], work: Path, timeout: float) -> None:
    """Run `jobs` in children until each has a result (a dead child's culprit gets one too)."""
    pending = list(jobs)
    while pending:
        jobs_file = work / f"jobs-{pending[0]['ident']}.json"
        jobs_file.write_text(json.dumps(pending), encoding="utf-8")
        stderr_file = work / f"stderr-{pending[0]['ident']}.txt"
        with open(stderr_file, "wb") as stderr:
            child = subprocess.Popen(
                [sys.executable, str(Path(__file__)), "--child", str(jobs_file)],
                stdout=subprocess.PIPE, stderr=stderr, env={**os.environ, "PYTHONFAULTHANDLER": "1"},
            )
            started: str | None = None
            done: set[str] = set()
            selector = selectors.DefaultSelector()
            assert child.stdout is not None
            selector.register(child.stdout, selectors.EVENT_READ)
            buffer = b""
            deadline = time.monotonic() + timeout * 3  # the child's own start-up
            hung = False
            while True:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    hung = True
                    child.kill()
                    break
                if not selector.select(remaining):
                    continue
                chunk = os.read(child.stdout.fileno(), 65536)
                if not chunk:
                    break
                buffer += chunk
                while b"\n" in buffer:
                    line, buffer = buffer.split(b"\n", 1)
                    try:
                        message = json.loads(line)
                    except ValueError:
                        continue
                    if "start" in message:
                        started = message["start"]
                        deadline = time.monotonic() + timeout
                    else:
                        result = results[message["end"]]
                        result.exit = message["exit"]
                        result.stderr = message["stderr"]
                        result.changed = message["changed"]
                        result.leftovers = message["leftovers"]
                        result.integrity = message["integrity"]
                        result.seconds = message["seconds"]
                        result.misread = message["misread"]
                        done.add(message["end"])
                        started = None
            selector.close()
            child.stdout.close()
            returncode = child.wait()
        if started is None and len(done) < len(pending):
            # died between cases (or at start-up): nothing to blame a case for; give up on these
            tail = stderr_file.read_text(errors="replace")[-2000:]
            raise RuntimeError(f"fuzz child failed outside any case ({returncode}): {tail}")
        if started is not None:
            culprit = next(job for job in pending if job["ident"] == started)
            result = results[started]
            result.signal = "hang" if hung else _signal_name(returncode)
            text = stderr_file.read_text(errors="replace")
            first = re.search(r"memory allocation of \d+ bytes failed|thread .* panicked at.*", text)
            result.stderr = (first.group(0) + "\n" if first else "") + text[-3000:]
            workspace = Path(culprit["workspace"])
            result.changed = workspace.exists() and digest(workspace) != culprit["before"]
            result.leftovers = leftovers(workspace) if workspace.exists() else []
            result.integrity = integrity(workspace) if workspace.exists() else "workspace gone"
            done.add(started)
        pending = [job for job in pending if job["ident"] not in done]


def run_cases(cases: Iterable, seeds_dir: Path, work: Path, *, workers: int = 2,
              batch: int = 40, timeout: float = 30.0) -> list[Result]:
    """Run every case (see mutations.Case) and return a Result for each, in order."""
    work.mkdir(parents=True, exist_ok=True)
    templates = {name: seeds_dir / f"{name}.cpw" for name in ("empty", "demo")}
    befores = {name: digest(path) for name, path in templates.items()}
    results: dict[str, Result] = {}
    jobs = []
    for case in cases:
        file = work / f"case-{case.ident}{case.suffix}"
        file.write_bytes(case.data)
        workspace = work / f"ws-{case.ident}" / f"{case.workspace}.cpw"
        workspace.parent.mkdir(exist_ok=True)
        argv = case.argv(workspace, file)
        results[case.ident] = Result(case.ident, case.category, case.mutation, argv)
        jobs.append({"ident": case.ident, "argv": argv, "file": str(file),
                     "same_figures": case.same_figures and "--dry-run" not in argv,
                     "workspace": str(workspace), "template": str(templates[case.workspace]),
                     "before": befores[case.workspace]})
    batches: queue.Queue = queue.Queue()
    for start in range(0, len(jobs), batch):
        batches.put(jobs[start:start + batch])
    failures: list[BaseException] = []

    def worker() -> None:
        while True:
            try:
                chunk = batches.get_nowait()
            except queue.Empty:
                return
            try:
                _run_batch(chunk, results, work, timeout)
            except BaseException as error:  # noqa: BLE001 - reported by the caller
                failures.append(error)

    threads = [threading.Thread(target=worker) for _ in range(max(1, workers))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if failures:
        raise failures[0]
    return list(results.values())


def summary_table(results: list[Result]) -> str:
    """Cases and failures per category, then one line per problem kind."""
    by_category: dict[str, list[Result]] = {}
    for result in results:
        by_category.setdefault(result.category, []).append(result)
    lines = [f"{'category':40} {'cases':>6} {'failed':>6}  exits (0/1/2/other)  slowest s"]
    for category in sorted(by_category):
        group = by_category[category]
        failed = sum(1 for r in group if r.problems())
        exits = [sum(1 for r in group if r.exit == code) for code in ALLOWED_EXITS]
        other = len(group) - sum(exits)
        slowest = max(r.seconds for r in group)
        lines.append(f"{category:40} {len(group):6} {failed:6}  "
                     f"{exits[0]:4}/{exits[1]:4}/{exits[2]:4}/{other:3}     {slowest:7.2f}")
    lines.append(f"{'total':40} {len(results):6} {sum(1 for r in results if r.problems()):6}")
    return "\n".join(lines)


def failure_report(results: list[Result], limit: int = 3) -> str:
    """Failures grouped by category and problem, with up to `limit` examples each."""
    groups: dict[tuple[str, str], list[Result]] = {}
    for result in results:
        for problem in result.problems():
            key = problem.split(":")[0] if problem.startswith("integrity") else problem
            groups.setdefault((result.category, key), []).append(result)
    lines = []
    for (category, problem), group in sorted(groups.items()):
        lines.append(f"{category}: {problem} ({len(group)} cases)")
        for result in group[:limit]:
            lines_ = result.stderr.strip().splitlines()
            # a dying process's own words (Rust's "memory allocation of N bytes failed",
            # "Fatal Python error") say more than its last line (the list of extension modules)
            telling = [line for line in lines_ if re.search(
                r"memory allocation|panicked|Fatal Python|unexpected error|Error", line)]
            message = telling[:1] or lines_[-1:] or [""]
            lines.append(f"    {result.ident} [{result.mutation}] exit={result.exit} "
                         f"{result.signal} {' '.join(result.argv[:1] + result.argv[3:])}: "
                         f"{message[0][:300]}")
    return "\n".join(lines)


def as_json(results: list[Result]) -> str:
    return json.dumps([{**asdict(r), "problems": r.problems()} for r in results], indent=1)


if __name__ == "__main__" and sys.argv[1:2] == ["--child"]:
    _child(Path(sys.argv[2]))
