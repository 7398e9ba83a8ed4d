"""Project > New, Duplicate (a what-if scenario), Rename and Delete, each one undo step."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog

from consortium_planner.services.errors import UserError
from consortium_planner.ui.commands import AddCommand, RemoveCommand, UpdateCommand
from consortium_planner.ui.dialogs import ProjectDialog
from consortium_planner.ui.pages import OVERVIEW

if TYPE_CHECKING:
    from consortium_planner.app import AppContext
    from consortium_planner.ui.main_window import MainWindow

translate = QCoreApplication.translate


def acronym_refusal(context: AppContext, acronym: str, project_id: int | None = None) -> str:
    """Why the service would refuse `acronym` for a project other than `project_id` (another
    has it, case and accents aside), in the window's language; empty when it is free. Asked
    before the dialog closes, so nothing typed in it is lost to the refusal."""
    from consortium_planner.services.editing.projects import refuse_taken_acronym

    if context.workspace is None:
        return ""
    try:
        with context.workspace.sessions() as session:
            refuse_taken_acronym(session, acronym.strip(), project_id)
    except UserError as error:
        return context.worded(error)
    return ""


def project_dialog(window: MainWindow, title: str, acronym: str = "", *,
                   full: bool = False, project_id: int | None = None) -> ProjectDialog | None:
    """The accepted dialog, or None when cancelled; `project_id`: the project renamed."""
    dialog = ProjectDialog(title, acronym, full=full, parent=window,
                           refuse=lambda text: acronym_refusal(window.context, text, project_id))
    return dialog if dialog.exec() == QDialog.DialogCode.Accepted else None


def new_project(window: MainWindow) -> None:
    dialog = project_dialog(window, translate("projects", "New project"), full=True)
    if dialog is None:
        return
    acronym, title = dialog.acronym.text(), dialog.title_edit.text()
    profile, duration = dialog.profile.currentData(), dialog.duration.value()
    command = AddCommand(
        window.context, "project",
        lambda service: service.create_project(acronym, title=title, call_profile=profile,
                                               duration_months=duration),
        translate("projects", "New project {acronym}").format(acronym=acronym),
    )
    if window.context.execute(command):
        window.show_page(OVERVIEW, command.created_id)


def duplicate_project(window: MainWindow) -> None:
    source_id, acronym = window.current_project, window.current_acronym()
    if source_id is None:
        return
    dialog = project_dialog(window, translate(
        "projects", "Duplicate {acronym} as a what-if scenario").format(acronym=acronym),
                            f"{acronym}-B"[:40])
    if dialog is None:
        return
    new_acronym = dialog.acronym.text()
    command = AddCommand(
        window.context, "project",
        lambda service: service.duplicate_project(source_id, new_acronym),
        translate("projects", "Duplicate {acronym} as {copy}").format(acronym=acronym,
                                                                      copy=new_acronym),
    )
    if window.context.execute(command):
        window.show_page(OVERVIEW, command.created_id)


def rename_project(window: MainWindow) -> None:
    project_id, acronym = window.current_project, window.current_acronym()
    if project_id is None:
        return
    dialog = project_dialog(window, translate("projects", "Rename {acronym}").format(
        acronym=acronym), acronym, project_id=project_id)
    if dialog is None or dialog.acronym.text() == acronym:
        return
    window.context.execute(UpdateCommand(
        window.context, "project", [(project_id, {"acronym": dialog.acronym.text()})],
        translate("projects", "Rename {acronym} to {new}").format(acronym=acronym,
                                                                  new=dialog.acronym.text()),
    ))


def delete_project(window: MainWindow) -> None:
    project_id, acronym = window.current_project, window.current_acronym()
    if project_id is None:
        return
    question = translate("projects", "Delete the project {acronym} with its participants, work "
                         "plan, effort and costs? The organisations stay in the directory. "
                         "Edit > Undo brings the project back.").format(acronym=acronym)
    if not window.reporter.ask(window, translate("projects", "Delete project"), question,
                               default=False):
        return
    window.context.execute(RemoveCommand(
        window.context, "project", [project_id],
        translate("projects", "Delete project {acronym}").format(acronym=acronym)))
