"""Pause Python's cyclic garbage collector while an import builds a million small objects.

Reading a 50,000-row list creates rows, cells and tuples by the million, none of them in
reference cycles; the collector would still walk all of them again and again (a third of a
second on that file). Reference counting frees everything as usual; the collector resumes when
the block ends, even on an error.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_collector() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
