"""Each services module imports on its own, first in a fresh interpreter (the window's start
imports them in an order of its own; a cycle must not depend on who comes first)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("module", ["consortium_planner.services.snapshot",
                                    "consortium_planner.services.directory",
                                    "consortium_planner.services.directory_search"])
def test_the_module_imports_first(module):
    done = subprocess.run([sys.executable, "-c", f"import {module}"], capture_output=True,
                          text=True, env=dict(os.environ, PYTHONPATH=str(ROOT)), timeout=120)
    assert done.returncode == 0, done.stderr
