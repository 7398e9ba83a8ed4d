"""The History dialog: the edit log of a project or of a directory organisation, newest first,
a page at a time ("Show older" reads the next page), keyboard-usable (the table takes the focus,
Alt+O shows older entries, Esc closes)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from consortium_planner.services import edit_log
from consortium_planner.ui.formatting import date_text
from consortium_planner.ui.language import window_wording

if TYPE_CHECKING:
    from consortium_planner.app import AppContext
    from consortium_planner.ui.main_window import MainWindow

PAGE_SIZE = 200
COLUMNS = (QT_TRANSLATE_NOOP("HistoryDialog", "When (UTC)"),
           QT_TRANSLATE_NOOP("HistoryDialog", "Who"),
           QT_TRANSLATE_NOOP("HistoryDialog", "Change"),
           QT_TRANSLATE_NOOP("HistoryDialog", "Undo/redo"))
# the undo/redo column: the edit log's marks (services.edit_log.UNDO, REDO) as the window says them
MARKS = {"undo": QT_TRANSLATE_NOOP("HistoryDialog", "undo"),
         "redo": QT_TRANSLATE_NOOP("HistoryDialog", "redo")}


class HistoryDialog(QDialog):
    """The entries of one project (`project_id`) or one organisation (`organisation_id`)."""

    def __init__(self, context: AppContext, title: str, *, project_id: int | None = None,
                 organisation_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.project_id = project_id
        self.organisation_id = organisation_id
        self.setWindowTitle(title)
        self.resize(900, 500)
        self.table = QTreeWidget(self)
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setHeaderLabels([self.tr(column) for column in COLUMNS])
        self.table.setAccessibleName(title)
        self.table.setColumnWidth(0, 150)
        self.table.setColumnWidth(1, 110)
        self.table.setColumnWidth(2, 520)
        self.count_label = QLabel(self)
        self.older_button = QPushButton(self.tr("Show &older"), self)
        self.older_button.clicked.connect(self.show_older)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.older_button, QDialogButtonBox.ButtonRole.ActionRole)
        # Enter closes, as in any dialog that only shows: it paged further back before
        self.older_button.setAutoDefault(False)
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(buttons)
        self._oldest_id: int | None = None
        self.show_older()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.table.topLevelItemCount():
            self.table.setCurrentItem(self.table.topLevelItem(0))

    def show_older(self) -> None:
        """Append the next page of older entries."""
        workspace = self.context.workspace
        if workspace is None:
            return
        with workspace.sessions() as session:
            found = edit_log.entries(session, project_id=self.project_id,
                                     organisation_id=self.organisation_id, limit=PAGE_SIZE,
                                     before_id=self._oldest_id)
        words = window_wording()
        for entry in found:
            what = edit_log.change_text(entry, words)
            when = f"{date_text(entry.at.date())} {entry.at:%H:%M:%S}"
            item = QTreeWidgetItem([when, entry.user_name, what,
                                    self.tr(MARKS[entry.mark]) if entry.mark in MARKS
                                    else entry.mark])
            item.setToolTip(2, what)
            self.table.addTopLevelItem(item)
        if found:
            self._oldest_id = found[-1].id
        self.older_button.setEnabled(len(found) == PAGE_SIZE)
        shown = self.table.topLevelItemCount()
        self.count_label.setText(self.tr("No changes recorded.") if not shown else
                                 self.tr("%n change(s) shown, newest first.", "", shown))


def show_project_history(window: MainWindow) -> HistoryDialog | None:
    """Project > History: the log of the project shown."""
    project_id = window.current_project
    if project_id is None or not window.context.has_project(project_id):
        return None
    title = QCoreApplication.translate("HistoryDialog", "History of {acronym}").format(
        acronym=window.current_acronym())
    dialog = HistoryDialog(window.context, title,
                           project_id=project_id, parent=window)
    dialog.open()
    return dialog


def show_organisation_history(window: MainWindow) -> HistoryDialog | None:
    """Edit > Organisation history: the log of the organisation under the directory's cursor."""
    organisation = window.page("directory").table.current_row()  # type: ignore[attr-defined]
    if organisation is None:
        window.show_user_error(QCoreApplication.translate(
            "HistoryDialog", "Choose an organisation in the partner directory first."))
        return None
    return open_organisation_history(window.context, organisation, window)


def open_organisation_history(context: AppContext, organisation: Any,
                              parent: QWidget) -> HistoryDialog:
    """The log of a directory organisation (an `OrganisationInfo` row)."""
    name = organisation.short_name or organisation.legal_name
    title = QCoreApplication.translate("HistoryDialog", "History of {name}").format(name=name)
    dialog = HistoryDialog(context, title, organisation_id=organisation.id,
                           parent=parent)
    dialog.open()
    return dialog
