"""The pointer to the first project, under the navigator of a workspace that has none: a new
workspace showed an empty directory and no word of Project > New project."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFrame, QPushButton, QVBoxLayout, QWidget

from consortium_planner.ui.widgets import plain_label


def without_mnemonic(text: str) -> str:
    """A menu's or action's text as a sentence quotes it: without its & mnemonic."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


class FirstProjectHint(QFrame):
    """How to create the first project (menu path and shortcut, in the window's language), with
    a button that does it. The window shows it while the workspace has no project and may be
    changed."""

    def __init__(self, new_project: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("No project yet"))
        menu = without_mnemonic(QCoreApplication.translate("actions", "&Project"))
        action = without_mnemonic(new_project.text())
        shortcut = new_project.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.label = plain_label(
            self.tr("No project yet. Create the first one with {menu} > {action} "
                    "({shortcut}).").format(menu=menu, action=action, shortcut=shortcut),
            self, wrap=True)
        self.button = QPushButton(action, self)
        self.button.setAccessibleName(action)
        self.button.clicked.connect(lambda _checked=False: new_project.trigger())
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.button)
