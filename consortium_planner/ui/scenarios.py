"""Project > New scenario, Promote to main project, Take a version, and a version's Open
read-only, Restore as scenario and Delete: each change one undo step.

A version is shown by the pages like a project, read-only, under the id its snapshot carries
(minus the version's id: `AppContext.open_version`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit

from consortium_planner.ui.commands import AddCommand, PromoteScenarioCommand, RemoveCommand
from consortium_planner.ui.dialogs import ProjectDialog
from consortium_planner.ui.formatting import version_description
from consortium_planner.ui.pages import OVERVIEW

if TYPE_CHECKING:
    from consortium_planner.ui.main_window import MainWindow

translate = QCoreApplication.translate


def scenario_dialog(window: MainWindow, title: str, acronym: str,
                    name: str = "") -> tuple[str, str] | None:
    """The acronym and the scenario's name, or None when cancelled."""
    from consortium_planner.ui.projects import acronym_refusal

    dialog = ProjectDialog(title, acronym, scenario=True, parent=window,
                           refuse=lambda text: acronym_refusal(window.context, text))
    assert dialog.scenario_name is not None
    dialog.scenario_name.setText(name)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.acronym.text(), dialog.scenario_name.text()


def note_dialog(window: MainWindow, title: str) -> str | None:
    """The note of a new version ("sent to partners on 3 May"), or None when cancelled."""
    note, accepted = QInputDialog.getText(window, title, translate("scenarios", "Note:"),
                                         QLineEdit.EchoMode.Normal)
    return note if accepted else None


def new_scenario(window: MainWindow) -> None:
    """Copy the shown project as a new scenario of its proposal."""
    source_id, acronym = window.current_project, window.current_acronym()
    if source_id is None or window.context.is_version(source_id):
        return
    answer = scenario_dialog(window, translate("scenarios", "New scenario of {acronym}").format(
        acronym=acronym), f"{acronym}-B"[:40])
    if answer is None:
        return
    new_acronym, name = answer
    command = AddCommand(
        window.context, "project",
        lambda service: service.create_scenario(source_id, new_acronym, name),
        translate("scenarios", "New scenario {scenario} of {acronym}").format(
            scenario=new_acronym, acronym=acronym),
    )
    if window.context.execute(command):
        window.show_page(OVERVIEW, command.created_id)


def promote_scenario(window: MainWindow) -> None:
    project_id, acronym = window.current_project, window.current_acronym()
    if project_id is None or window.context.is_version(project_id):
        return
    window.context.execute(PromoteScenarioCommand(
        window.context, project_id,
        translate("scenarios", "Make {acronym} the main project").format(acronym=acronym)))


def take_version(window: MainWindow) -> None:
    project_id, acronym = window.current_project, window.current_acronym()
    if project_id is None or window.context.is_version(project_id):
        return
    note = note_dialog(window, translate("scenarios", "Take a version of {acronym}").format(
        acronym=acronym))
    if note is None:
        return
    snapshot = window.context.snapshot(project_id)  # shown now, so read already: not again
    window.context.execute(AddCommand(
        window.context, "project_version",
        lambda service: service.take_version(project_id, note, snapshot=snapshot),
        (translate("scenarios", "Take a version of {acronym}: {note}") if note
         else translate("scenarios", "Take a version of {acronym}")).format(acronym=acronym,
                                                                           note=note),
    ))


def open_version(window: MainWindow, version_id: int) -> None:
    """Show a version's pages, read-only."""
    window.show_page(OVERVIEW, -version_id)


def restore_version(window: MainWindow) -> None:
    """Make the shown version a new scenario of its project's proposal."""
    entry = window.context.version_entry(window.current_project)
    if entry is None:
        return
    answer = scenario_dialog(window, translate(
        "scenarios", "Restore {version} as a new scenario").format(version=entry.label),
                             f"{entry.acronym}-v{entry.number}"[:40],
                             translate("scenarios", "restored from {version}").format(
                                 version=entry.label))
    if answer is None:
        return
    acronym, name = answer
    command = AddCommand(
        window.context, "project",
        lambda service: service.restore_version(entry.id, acronym, name),
        translate("scenarios", "Restore {version} as {acronym}").format(version=entry.label,
                                                                        acronym=acronym),
    )
    if window.context.execute(command):
        window.show_page(OVERVIEW, command.created_id)


def delete_version(window: MainWindow) -> None:
    entry = window.context.version_entry(window.current_project)
    if entry is None:
        return
    question = translate("scenarios", "Delete version {version} ({description})? Edit > Undo "
                         "brings it back.").format(version=entry.label,
                                                   description=version_description(entry))
    if not window.reporter.ask(window, translate("scenarios", "Delete version"), question,
                               default=False):
        return
    if window.context.execute(RemoveCommand(window.context, "project_version", [entry.id],
                                            translate("scenarios", "Delete version {version}")
                                            .format(version=entry.label))):
        window.show_page(OVERVIEW, entry.project_id)
