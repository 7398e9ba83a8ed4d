"""The conflict dialog: someone else changed what the user edited since the user saw it.

It shows, per field, their value (now in the workspace) and the user's, and lets the user keep
theirs (the default, Escape) or apply the user's over them ("apply mine": the command runs again
against the rows' current versions, so the overwrite is a choice, never an accident).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from consortium_planner.services.editing.conflicts import EditConflict, shown
from consortium_planner.services.labels import field_label
from consortium_planner.ui.errors import window_text
from consortium_planner.ui.widgets import plain_label

if TYPE_CHECKING:
    from consortium_planner.app import AppContext
    from consortium_planner.ui.commands import EditCommand

COLUMNS = (QT_TRANSLATE_NOOP("ConflictDialog", "What"),
           QT_TRANSLATE_NOOP("ConflictDialog", "Theirs (now)"),
           QT_TRANSLATE_NOOP("ConflictDialog", "Yours"),
           QT_TRANSLATE_NOOP("ConflictDialog", "Changed by"))


class ConflictDialog(QDialog):
    """Both values of each conflicting field; Keep theirs (Escape) or Apply mine."""

    def __init__(self, error: EditConflict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Someone else changed this"))
        intro = plain_label(self.tr(
            "Since you saw it, someone else changed what you edited. Nothing of yours was "
            "written. Keep their values, or apply yours over them."), self)
        intro.setWordWrap(True)
        self.table = QTableWidget(len(error.conflicts), len(COLUMNS), self)
        self.table.setAccessibleName(self.tr("Conflicting values"))
        self.table.setHorizontalHeaderLabels([self.tr(column) for column in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        for line, conflict in enumerate(error.conflicts):
            row = window_text(conflict.row_name())
            what = row if conflict.field is None else self.tr("{what}: {field}").format(
                what=row, field=window_text(field_label(conflict.field)))
            cells = (what,
                     self.tr("changed") if conflict.field is None else window_text(
                         shown(conflict.theirs, quoted=False)),
                     "" if conflict.field is None else window_text(
                         shown(conflict.mine, quoted=False)),
                     conflict.who or self.tr("someone else"))
            for column, text in enumerate(cells):
                self.table.setItem(line, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        buttons = QDialogButtonBox(self)
        self.keep_button = QPushButton(self.tr("&Keep theirs"), self)
        self.apply_button = QPushButton(self.tr("&Apply mine"), self)
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.keep_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.keep_button.setFocus()


def resolve_conflict(context: AppContext, command: EditCommand, error: EditConflict,
                     parent: QWidget | None = None) -> bool:
    """Ask which values to keep; "apply mine" runs the command again, overwriting the fields
    in conflict at the values the dialog showed, against the rows' current versions: a
    colleague's change of another field meanwhile is kept, a newer change of one of the edit's
    fields asks again. Whether the user's edit went in."""
    if ConflictDialog(error, parent).exec() != QDialog.DialogCode.Accepted:
        return False
    command.seen = error.seen()
    command.overruled = error
    return context.execute(command)
