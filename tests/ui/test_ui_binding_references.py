"""The Qt binding must not leak references to None or True.

PySide6 6.12.0 did on Python 3.11 (every signal emit lost a reference to True, every void call
one to None), so a long session or the exit after the dashboard aborted with "bool_dealloc".
pyproject pins a release that does not; these tests fail if an upgrade brings the leak back.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QObject, QRectF, Signal

ROOT = Path(__file__).resolve().parents[2]


class _Emitter(QObject):
    fired = Signal()


def test_emitting_and_void_calls_keep_their_references(qapp) -> None:
    emitter, rect = _Emitter(), QRectF()
    true_before, none_before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(1000):
        emitter.fired.emit()
        rect.setHeight(1.0)
    assert sys.getrefcount(True) >= true_before - 10
    assert sys.getrefcount(None) >= none_before - 10


DASHBOARD_RESIZES = """
import sys
from pathlib import Path
from consortium_planner.app import AppContext
from consortium_planner.ui.launch import create_application, make_settings
from consortium_planner.ui.views.dashboard import DashboardPage
app = create_application()
context = AppContext(make_settings())
context.open_workspace(Path(sys.argv[1]))
page = DashboardPage(context)
page.set_project(context.projects()[0].id)
page.show()
for step in range(300):
    page.resize(800 + step % 40, 900 + step % 30)
    app.processEvents()
context.close_workspace()
"""


def test_a_long_dashboard_session_survives_and_exits_cleanly(workspace_path, user_data) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
               CONSORTIUM_PLANNER_DATA_DIR=str(user_data))
    done = subprocess.run([sys.executable, "-c", DASHBOARD_RESIZES, str(workspace_path)],
                          env=env, capture_output=True, text=True, timeout=180, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert "Fatal Python error" not in done.stderr
