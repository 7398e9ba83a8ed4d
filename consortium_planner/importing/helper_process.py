"""A second process for a large list's costliest independent work, so that its plan uses both
cores: python-stdnum's check digits of 50,000 VAT numbers take a third of the normalising, and
they need nothing but the numbers and their countries.

The process is started when the plan of a large file starts, so its start-up (an interpreter and
the reference tables, a few tenths of a second) overlaps the reading of the file; it serves that
one plan and is shut down with it, so no process outlives the import. It is spawned, never
forked: the window's process has threads, and spawning works alike on Linux, Windows and macOS.
Where no process can start (a frozen bundle, which would start the app itself again; a sandbox),
where no core is free to run it, or when the process fails, the caller does the work itself:
`result` falls back to it, with the same outcome.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TypeVar

T = TypeVar("T")

# Files smaller than this (about 8,000 rows of 20 columns) are planned in one process: their
# work is over before a helper would be ready.
LARGE_FILE = 1_000_000

_HELPER: ContextVar[ProcessPoolExecutor | None] = ContextVar("import_helper", default=None)


def _ready() -> None:
    """Load, in the helper, what its work needs (the normalising code, python-stdnum's VAT
    modules of the usual countries), while the calling process still reads the file."""
    import consortium_planner.importing.columns  # noqa: F401 - the work's own module
    from consortium_planner.reference.countries import check_vat

    for code in _USUAL_COUNTRIES:
        check_vat(code, "0")


_USUAL_COUNTRIES = ("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "EL", "ES", "FI", "FR", "HR",
                    "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI",
                    "SK", "UK", "NO", "CH")


@contextmanager
def helper_process(file_size: int) -> Iterator[None]:
    """A helper process for the work `submit` is given while the block runs (in this thread),
    when a file of `file_size` bytes is large enough to pay for one and a process can start."""
    if file_size < LARGE_FILE or getattr(sys, "frozen", False) or not _a_core_is_free():
        yield
        return
    try:
        pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))
        pool.submit(_ready)  # starts the process now
    except (OSError, RuntimeError, ValueError, ImportError):  # no process here: work alone
        yield
        return
    token = _HELPER.set(pool)
    try:
        yield
    finally:
        _HELPER.reset(token)
        # Work still queued (a cancelled import) is dropped, and the process has ended when
        # the plan returns (a few milliseconds, or the rest of a task it is doing).
        pool.shutdown(wait=True, cancel_futures=True)


def _a_core_is_free() -> bool:
    """Whether another core is likely idle: on a busy machine a second process competes with
    this one for the same cores and the plan takes longer, not shorter (so measured on two
    cores at a load average of 7). The load average counts this process too."""
    if hasattr(os, "sched_getaffinity"):
        cores = len(os.sched_getaffinity(0))
    else:  # pragma: no cover - macOS, Windows
        cores = os.cpu_count() or 1
    if cores < 2:
        return False
    try:
        return os.getloadavg()[0] < cores - 0.5
    except (AttributeError, OSError):  # pragma: no cover - Windows has no load average
        return True


def submit(function: Callable[..., T], *args: object) -> Future[T] | None:
    """`function(*args)` started in the helper process (both picklable), or None when there is
    none: the caller then does it itself."""
    pool = _HELPER.get()
    if pool is None:
        return None
    try:
        return pool.submit(function, *args)
    except RuntimeError:  # the pool broke or was shut down
        return None


def result(future: Future[T] | None, function: Callable[..., T], *args: object) -> T:
    """What `submit(function, *args)` gave, or `function(*args)` done here when the helper was
    not there or failed (a real bug then shows itself here, with its traceback)."""
    if future is not None:
        try:
            return future.result()
        except Exception:  # noqa: BLE001 - the process died or could not take the work
            pass
    return function(*args)
