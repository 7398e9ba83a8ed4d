"""The welcome screen, shown when no workspace is open: the demo, a new or existing workspace,
and the recent files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from consortium_planner.ui.widgets import heading_label, plain_label


class WelcomePage(QWidget):
    open_demo = Signal()
    new_workspace = Signal()
    open_workspace = Signal()
    open_recent = Signal(object)  # a file's Path, or a team workspace's address (str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = heading_label("Consortium Planner", self, size=2.0)
        intro = plain_label(
            self.tr("Plan consortia, work plans and budgets for EU innovation calls, offline. "
                    "A workspace file (.cpw) holds your partner directory and your projects."),
            self, wrap=True,
        )
        self.demo_button = QPushButton(self.tr("Open the &demo workspace"), self)
        self.new_button = QPushButton(self.tr("&New workspace…"), self)
        self.open_button = QPushButton(self.tr("&Open workspace…"), self)
        self.demo_button.clicked.connect(self.open_demo)
        self.new_button.clicked.connect(self.new_workspace)
        self.open_button.clicked.connect(self.open_workspace)
        buttons = QHBoxLayout()
        for button in (self.demo_button, self.new_button, self.open_button):
            button.setMinimumHeight(36)
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.recent_label = heading_label(self.tr("Recent workspaces"), self, size=1.1)
        self.recent = QListWidget(self)
        self.recent.setAccessibleName(self.tr("Recent workspaces"))
        self.recent.setMaximumHeight(260)
        self.recent.itemActivated.connect(
            lambda item: self.open_recent.emit(_recent_target(item.data(Qt.ItemDataRole.UserRole)))
        )
        hint = plain_label(self.tr("You can also drop a .cpw file onto this window."), self)
        hint.setStyleSheet("color: #666;")

        column = QVBoxLayout()
        column.addWidget(title)
        column.addWidget(intro)
        column.addSpacing(12)
        column.addLayout(buttons)
        column.addSpacing(18)
        column.addWidget(self.recent_label)
        column.addWidget(self.recent)
        column.addWidget(hint)
        column.addStretch(1)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(24, 48, 24, 24)
        outer.addStretch(1)
        outer.addLayout(column, 4)
        outer.addStretch(1)

    def set_recent_files(self, files: list[Path | str]) -> None:
        self.recent.clear()
        for path in files:
            if isinstance(path, str):  # a team workspace's address
                item = QListWidgetItem(f"{path.rsplit('/', 1)[-1]}    —    {path}")
                item.setData(Qt.ItemDataRole.UserRole, path)
                item.setToolTip(self.tr("A team workspace on a PostgreSQL server"))
                self.recent.addItem(item)
                continue
            item = QListWidgetItem(f"{path.stem}    —    {path}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip("" if path.exists() else self.tr("This file no longer exists"))
            if not path.exists():
                item.setForeground(Qt.GlobalColor.gray)
            self.recent.addItem(item)
        if files:
            self.recent.setCurrentRow(0)
        self.recent_label.setVisible(bool(files))
        self.recent.setVisible(bool(files))


def _recent_target(data: str) -> Path | str:
    """A recent entry's workspace: a team workspace's address stays text."""
    return data if data.lower().startswith("postgres") else Path(data)
