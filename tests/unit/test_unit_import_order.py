"""Every module imports on its own, in a fresh interpreter.

A command imports only the modules it needs (`dump` starts with services.interchange), so an
import cycle that a test run hides, because some other module happened to be imported first,
still crashes the command for a user.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

MODULES = (
    "consortium_planner.services.interchange",
    "consortium_planner.services.snapshot",
    "consortium_planner.services.compare",
    "consortium_planner.services.editing",
    "consortium_planner.services.versions",
    "consortium_planner.services.value_chain",
)


@pytest.mark.parametrize("module", MODULES)
def test_module_imports_first(module: str) -> None:
    result = subprocess.run(
        [sys.executable, "-c", f"import {module}"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
