"""How the window's start is told from a batch command, and what it imports before Qt."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from consortium_planner.cli import COMMAND_NAMES, WINDOW_PRELOAD, _commands

ROOT = Path(__file__).resolve().parents[2]


def test_the_command_names_known_without_importing_are_the_commands():
    assert set(_commands()) == COMMAND_NAMES


def _imports_before_qt(*arguments: str) -> tuple[set[str], set[str]]:
    """Start main() with Qt's launch replaced: the modules loaded when the window would start,
    and those loaded before PySide6."""
    script = (
        "import sys, types\n"
        "seen = {}\n"
        "launch = types.ModuleType('consortium_planner.ui.launch')\n"
        "def run_gui(args):\n"
        "    seen['before'] = set(sys.modules)\n"
        "    return 0\n"
        "launch.run_gui = run_gui\n"
        "sys.modules['consortium_planner.ui.launch'] = launch\n"
        "from consortium_planner.cli import main\n"
        f"assert main({list(arguments)!r}) == 0\n"
        "print(','.join(sorted(seen['before'])))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          env=dict(os.environ, PYTHONPATH=str(ROOT)), timeout=120, check=True)
    modules = set(done.stdout.strip().split(","))
    return modules, {name for name in modules if name.startswith("PySide6")}


def test_the_window_with_a_workspace_imports_the_workspace_before_qt(tmp_path):
    modules, qt = _imports_before_qt(str(tmp_path / "some.cpw"))
    assert set(WINDOW_PRELOAD) <= modules
    assert not qt
    # the batch commands' modules are not imported to start the window
    assert "consortium_planner.cli.export_command" not in modules


def test_the_window_without_a_workspace_imports_no_sqlalchemy():
    modules, _qt = _imports_before_qt()
    assert "sqlalchemy" not in modules
    assert "consortium_planner.cli.directory_command" not in modules
