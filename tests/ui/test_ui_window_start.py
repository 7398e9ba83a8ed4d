"""What opening the window on a workspace imports before its first frame: only what that frame
and the directory's first search need. An edit brings the editing service, an export or the
checks their modules, a version taken the project document's: each when it is first used."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from consortium_planner.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]

# `consortium-planner WORKSPACE` as cli.main runs it, up to the window's first painted frame;
# prints the modules loaded by then.
_FIRST_FRAME = """
import sys
from argparse import Namespace

from consortium_planner.cli import preload_for_window

args = Namespace(workspace=sys.argv[1], demo=False, read_only=False, no_err_windows=True)
preload_for_window(args)

from PySide6.QtCore import QEvent, QObject, QTimer

from consortium_planner.ui.errors import ErrorReporter
from consortium_planner.ui.launch import build_window, create_application

app = create_application([sys.argv[0]])
window = build_window(args, ErrorReporter(no_err_windows=True))


class FirstFrame(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            app.removeEventFilter(self)
            from consortium_planner.models import Base

            print(",".join(sorted(sys.modules)))
            print("mappers configured:", any(mapper.configured for mapper in Base.registry.mappers))
            QTimer.singleShot(0, app.quit)
        return False


first_frame = FirstFrame()
app.installEventFilter(first_frame)
window.show()
app.exec()
"""

# Not needed to show a workspace: the editing service, the checks, exports and imports (the
# CORDIS reader included), the project document (versions), the cluster choices, the names'
# legal forms and the duplicates' fuzzy matching, migrations, charts, the spreadsheet reader and
# the code-page detector of imports; babel's .po reader (the
# window speaks English here: its gettext catalogue reads no file).
NOT_AT_START = (
    "consortium_planner.services.editing", "consortium_planner.rules.engine",
    "consortium_planner.services.interchange", "consortium_planner.exporting",
    "consortium_planner.importing", "consortium_planner.services.file_import",
    "consortium_planner.services.clusters", "consortium_planner.names",
    "consortium_planner.services.duplicates",
    "alembic", "openpyxl", "reportlab", "pyqtgraph", "numpy", "rapidfuzz", "babel.messages",
    "chardet", "python_calamine",
)


def at_first_frame(workspace: Path, user_data: Path) -> tuple[set[str], bool]:
    """The modules loaded when the window's first frame is painted, and whether SQLAlchemy's
    mappers were configured by then."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
               CONSORTIUM_PLANNER_DATA_DIR=str(user_data))
    done = subprocess.run([sys.executable, "-c", _FIRST_FRAME, str(workspace)], env=env,
                          capture_output=True, text=True, timeout=120, cwd=ROOT, check=True)
    modules, configured = done.stdout.strip().splitlines()[-2:]
    return set(modules.split(",")), configured.endswith("True")


def loaded(modules: set[str], names: tuple[str, ...]) -> list[str]:
    return sorted(module for module in modules
                  if any(module == name or module.startswith(f"{name}.") for name in names))


def test_the_directorys_window_imports_only_what_its_first_frame_needs(tmp_path, user_data):
    path = tmp_path / "directory.cpw"
    Workspace.create(path).close()
    modules, configured = at_first_frame(path, user_data)
    assert "consortium_planner.ui.views.directory" in modules  # the page shown
    assert loaded(modules, NOT_AT_START) == []
    # listing the projects and versions did not configure every mapper (the first search does)
    assert not configured
