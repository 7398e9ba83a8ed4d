"""File > New workspace, Open workspace, Open the demo and Save a copy."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog

from consortium_planner.workspace import FILE_SUFFIX, WorkspaceError

if TYPE_CHECKING:
    from consortium_planner.ui.main_window import MainWindow

WORKSPACE_FILTER = QT_TRANSLATE_NOOP("workspace_files",
                                     "Consortium Planner workspaces (*.cpw);;All files (*)")
translate = QCoreApplication.translate


def _filter() -> str:
    return translate("workspace_files", WORKSPACE_FILTER)


def choose_workspace(window: MainWindow) -> None:
    path, _ = QFileDialog.getOpenFileName(window, translate("workspace_files", "Open workspace"),
                                          window.last_folder(), _filter())
    if path:
        window.remember_folder(path)
        window.open_path(path)


def new_workspace(window: MainWindow) -> None:
    path, _ = QFileDialog.getSaveFileName(window, translate("workspace_files", "New workspace"),
                                          window.last_folder(), _filter())
    if not path:
        return
    if not path.endswith(FILE_SUFFIX):
        path += FILE_SUFFIX
    window.remember_folder(path)
    context = window.context
    try:
        if context.workspace is not None and \
                Path(path).resolve() == context.workspace.path.resolve():
            context.close_workspace()
        context.create_workspace(path)
    except WorkspaceError as error:
        window.reporter.show_workspace_error(window, error)


def open_demo(window: MainWindow) -> None:
    """A fresh copy of the demo in the user's data folder (replacing the previous one)."""
    from consortium_planner.demo import create_demo_workspace
    from consortium_planner.paths import user_data_dir

    context = window.context
    path = user_data_dir() / "demo.cpw"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if context.workspace is not None and context.workspace.path.resolve() == path.resolve():
            context.close_workspace()
        create_demo_workspace(path, overwrite=True)
    except WorkspaceError as error:
        window.reporter.show_workspace_error(window, error)
        return
    except OSError as error:
        window.reporter.show_workspace_error(
            window, WorkspaceError(path, "cannot be written ({reason})",
                                   reason=error.strerror))
        return
    window.open_path(path)


def save_copy(window: MainWindow) -> None:
    workspace = window.context.workspace
    if workspace is None:
        return
    suggestion = str(Path(window.last_folder()) / f"{workspace.name} copy.cpw")
    path, _ = QFileDialog.getSaveFileName(window, translate("workspace_files", "Save a copy"),
                                          suggestion, _filter())
    if not path:
        return
    window.remember_folder(path)
    try:
        if workspace.is_server:  # a team workspace: copied row by row, then verified
            from consortium_planner.services.workspace_copy import copy_workspace

            report = copy_workspace(workspace.location, path, overwrite=True)
            if not report.identical:
                raise WorkspaceError(path, translate(
                    "workspace_files", "the copy differs from the team workspace: {differences}"
                ).format(differences="; ".join(report.differences)))
            written = Path(path)
        else:
            written = workspace.save_copy(path)
    except WorkspaceError as error:
        window.reporter.show_workspace_error(window, error)
        return
    window.statusBar().showMessage(
        translate("workspace_files", "Saved a copy as {file}").format(file=written), 8000)
