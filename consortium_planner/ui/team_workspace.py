"""File > Open team workspace…: the connection dialog, and opening a `postgresql://` address
(asking for a password only when the server wants one that libpq could not find, and never
keeping it)."""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import quote

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from consortium_planner.ui.main_window import MainWindow


class TeamWorkspaceDialog(QDialog):
    """Host, port, database and user, or a service name (pg_service.conf); empty fields are
    left to libpq (PGHOST, PGUSER ... and its defaults)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open team workspace"))
        self.host = QLineEdit(self)
        self.host.setPlaceholderText("localhost")
        self.port = QSpinBox(self)
        self.port.setRange(0, 65535)
        self.port.setSpecialValueText(self.tr("default (5432)"))
        self.database = QLineEdit(self)
        self.user = QLineEdit(self)
        self.service = QLineEdit(self)
        self.service.setPlaceholderText(
            self.tr("a name from pg_service.conf (instead of the above)"))
        form = QFormLayout()
        for label, field in ((self.tr("&Host"), self.host), (self.tr("&Port"), self.port),
                             (self.tr("&Database"), self.database),
                             (self.tr("&User"), self.user),
                             (self.tr("&Service"), self.service)):
            field.setAccessibleName(label.replace("&", ""))
            form.addRow(label, field)
        note = QLabel(self.tr("The password is asked for when the server needs it and is "
                              "never stored; ~/.pgpass and PGPASSWORD are used when set."), self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def url(self) -> str:
        """The address the fields make (no password)."""
        service = self.service.text().strip()
        user = self.user.text().strip()
        host = self.host.text().strip()
        authority = (f"{quote(user, safe='')}@" if user else "") + host
        if self.port.value():
            authority += f":{self.port.value()}"
        address = f"postgresql://{authority}/{quote(self.database.text().strip(), safe='')}"
        return address + (f"?service={quote(service, safe='')}" if service else "")


def open_team_workspace(window: MainWindow) -> None:
    dialog = TeamWorkspaceDialog(window)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        window.open_path(dialog.url())


def open_team_url(window: MainWindow, url: str, *, read_only: bool = False) -> bool:
    """Open a team workspace; when the server asks for a password libpq did not find, ask
    the user once (the address kept in the recent files never holds it)."""
    from consortium_planner.postgres import public_url, with_password
    from consortium_planner.workspace import PasswordNeeded, WorkspaceError

    try:
        window.context.open_workspace(url, read_only=read_only)
    except PasswordNeeded as error:
        if window.reporter.no_err_windows:
            window.reporter.show_workspace_error(window, error)
            return False
        password, accepted = QInputDialog.getText(
            window, QCoreApplication.translate("TeamWorkspaceDialog", "Password"),
            QCoreApplication.translate("TeamWorkspaceDialog", "Password for {address}:").format(
                address=public_url(url)),
            QLineEdit.EchoMode.Password)
        if not accepted:
            return False
        try:
            window.context.open_workspace(with_password(url, password), read_only=read_only)
        except WorkspaceError as second:
            window.reporter.show_workspace_error(window, second)
            return False
    except WorkspaceError as error:
        window.reporter.show_workspace_error(window, error)
        return False
    return True
