"""What the window says where there is nothing to show yet, and how to get something: a
workspace without a project, a directory without an organisation (a new workspace showed an
empty table and no word of Project > New project or File > Import organisations)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from consortium_planner.ui.widgets import plain_label


def without_mnemonic(text: str) -> str:
    """A menu's or action's text as a sentence quotes it: without its & mnemonic."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def action_text(name: str) -> str:
    """The text of the action `name` of ui/actions.py in the window's language, as a button
    or a sentence shows it."""
    from consortium_planner.ui.actions import ACTIONS

    spec = next(spec for spec in ACTIONS if spec.name == name)
    return without_mnemonic(QCoreApplication.translate(spec.context, spec.text))


def menu_path(name: str) -> tuple[str, str]:
    """Where the action `name` of ui/actions.py is, as a sentence names it in the window's
    language ("File > Import organisations…"), and its first shortcut ("Ctrl+I", or "")."""
    from consortium_planner.ui.actions import ACTIONS, MENUS, MenuSpec

    spec = next(spec for spec in ACTIONS if spec.name == name)

    def find(menu: MenuSpec, path: list[str]) -> list[str] | None:
        path = [*path, menu.title]
        for item in menu.items:
            if item == name:
                return path
            if isinstance(item, MenuSpec):
                found = find(item, path)
                if found:
                    return found
        return None

    menus = next((found for menu in MENUS if (found := find(menu, []))), [])
    words = [without_mnemonic(QCoreApplication.translate(spec.context, text))
             for text in (*menus, spec.text)]
    shortcut = QKeySequence(spec.shortcuts[0]).toString(
        QKeySequence.SequenceFormat.NativeText) if spec.shortcuts else ""
    return " > ".join(words), shortcut


class EmptyState(QFrame):
    """A sentence saying why there is nothing here and what to do, with buttons that do it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.label = plain_label("", self, wrap=True)
        self._buttons = QHBoxLayout()
        self._buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addLayout(self._buttons)
        self.buttons: list[QPushButton] = []

    def say(self, name: str, text: str,
            buttons: Sequence[tuple[str, Callable[[], None]]] = ()) -> None:
        """Show `text` (the panel named `name` for screen readers) and these buttons."""
        self.setAccessibleName(name)
        self.label.setText(text)
        for button in self.buttons:
            self._buttons.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        for caption, slot in buttons:
            button = QPushButton(caption, self)
            button.setAccessibleName(caption)
            button.clicked.connect(lambda _checked=False, slot=slot: slot())
            self._buttons.insertWidget(self._buttons.count() - 1, button)
            self.buttons.append(button)


class FirstProjectHint(QFrame):
    """How to create the first project (menu path and shortcut, in the window's language), with
    a button that does it. The window shows it while the workspace has no project and may be
    changed."""

    def __init__(self, new_project: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("No project yet"))
        path, shortcut = menu_path("new_project")
        action = without_mnemonic(new_project.text())
        self.label = plain_label(
            self.tr("No project yet. Create the first one with {menu} ({shortcut}).").format(
                menu=path, shortcut=shortcut),
            self, wrap=True)
        self.button = QPushButton(action, self)
        self.button.setAccessibleName(action)
        self.button.clicked.connect(lambda _checked=False: new_project.trigger())
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.button)

