"""Start-up: the hidden --quit-after-show smoke test, the application icon, a file-open event
(macOS double-click) and files dropped on the window (workspaces and spreadsheets)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QFileOpenEvent
from PySide6.QtWidgets import QApplication

from consortium_planner.ui import launch
from consortium_planner.ui import file_imports
from consortium_planner.ui.pages import PAGES

ROOT = Path(__file__).resolve().parents[2]


def run_window(*arguments: str, data_dir: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
               CONSORTIUM_PLANNER_DATA_DIR=str(data_dir))
    return subprocess.run([sys.executable, "-m", "consortium_planner", "--no-err-windows",
                           "--quit-after-show", *arguments], env=env, capture_output=True,
                          text=True, timeout=120, cwd=ROOT)


def test_quit_after_show_visits_every_page_and_exits_0(workspace_path, user_data):
    done = run_window(str(workspace_path), data_dir=user_data)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert "Fatal Python error" not in done.stderr  # PySide6 6.12.0 leaked refs on 3.11


def test_quit_after_show_exits_1_when_the_workspace_cannot_open(tmp_path, user_data):
    done = run_window(str(tmp_path / "missing.cpw"), data_dir=user_data)
    assert done.returncode == 1
    assert "missing.cpw" in done.stderr


def test_quit_after_show_is_hidden_from_help():
    from consortium_planner.cli import build_gui_parser

    parser = build_gui_parser()
    assert parser.parse_args(["--quit-after-show"]).quit_after_show
    assert "--quit-after-show" not in parser.format_help()


def test_visit_every_page_creates_each_page(window, qapp):
    launch.visit_every_page(window, qapp)
    assert set(window.pages) == {spec.key for spec in PAGES}


def test_application_icon_and_desktop_name(qapp):
    app = launch.create_application()
    assert not app.windowIcon().isNull()
    assert app.desktopFileName() == "consortium-planner"


def test_file_open_event_opens_the_workspace(window, context, qapp, workspace_path, tmp_path,
                                             monkeypatch):
    import shutil

    other = tmp_path / "other.cpw"
    shutil.copy(workspace_path, other)
    monkeypatch.setattr(sys, "platform", "darwin")
    handler = launch.watch_file_open_events(qapp, window)
    assert handler is not None
    try:
        QApplication.sendEvent(qapp, QFileOpenEvent(str(other)))
    finally:
        qapp.removeEventFilter(handler)
    assert context.workspace is not None and context.workspace.path.name == "other.cpw"


@pytest.mark.parametrize("platform", ["linux", "win32"])
def test_no_application_wide_filter_where_no_file_open_event_comes(window, qapp, monkeypatch,
                                                                   platform):
    """Elsewhere than on macOS a file is opened by starting the app with it: a filter on the
    application would only see (and slow down) every event of every widget."""
    monkeypatch.setattr(sys, "platform", platform)
    installed: list[object] = []
    monkeypatch.setattr(type(qapp), "installEventFilter",
                        lambda self, watcher: installed.append(watcher))
    assert launch.watch_file_open_events(qapp, window) is None
    assert installed == []


def drop(window, path: Path) -> QDropEvent:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    return event


def organisation_list(folder: Path) -> Path:
    path = folder / "members.csv"
    path.write_text("Legal name;Country;PIC\nDropped Organisation GmbH;DE;912345678\n",
                    encoding="utf-8")
    return path


@pytest.fixture
def fake_wizard(monkeypatch):
    """Stands in for the wizard's dialog: runs the import use case on the file it is given, as
    Finish would."""
    from consortium_planner.services.file_import import (
        ImportRequest,
        finish_import,
        prepare_import,
    )
    from consortium_planner.ui import import_wizard

    calls = []

    def run_import_wizard(parent, workspace, project_acronym=None, path=None):
        calls.append((path, project_acronym))
        request = ImportRequest(path, project=project_acronym)
        return finish_import(workspace, prepare_import(workspace, request)).result

    monkeypatch.setattr(import_wizard, "run_import_wizard", run_import_wizard)
    return calls


def test_dropping_a_spreadsheet_opens_the_wizard_with_it_and_undo_takes_it_back(
        qtbot, window, context, tmp_path, fake_wizard):
    names = {o.legal_name for o in context.organisations()}
    event = drop(window, organisation_list(tmp_path))
    assert event.isAccepted()
    qtbot.waitUntil(lambda: context.undo_stack.count() == 1)
    assert fake_wizard[0][0].name == "members.csv"
    assert "Dropped Organisation GmbH" in {o.legal_name for o in context.organisations()}
    context.undo_stack.undo()
    assert {o.legal_name for o in context.organisations()} == names
    context.undo_stack.redo()
    assert "Dropped Organisation GmbH" in {o.legal_name for o in context.organisations()}


def test_dropping_other_files_is_refused(window, tmp_path):
    other = tmp_path / "notes.txt"
    other.write_text("hello", encoding="utf-8")
    assert not drop(window, other).isAccepted()


def test_import_organisations_action(window, context, tmp_path, fake_wizard):
    assert window.action("import_organisations").shortcut().toString() == "Ctrl+I"
    assert window.action("import_organisations").isEnabled()
    file_imports.import_organisations(window, organisation_list(tmp_path))
    assert context.undo_stack.count() == 1
    assert "members.csv" in context.undo_stack.text(0)
