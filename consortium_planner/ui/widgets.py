"""Small widgets shared by the views: plain-text labels, the message bar for refused edits and
the search box that leads into its results."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget


def plain_label(text: str = "", parent: QWidget | None = None, *, wrap: bool = False) -> QLabel:
    """A QLabel that never interprets HTML: user data shows exactly the characters typed."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class SearchBox(QLineEdit):
    """A search field over a list of results: Down (or PgDown) moves into the results, on the
    first one, as search fields do, so a keyboard user goes from typing to choosing in one key.
    `enter_results` focuses them and says whether there was any to go to."""

    def __init__(self, parent: QWidget, enter_results: Callable[[], bool]) -> None:
        super().__init__(parent)
        self._enter_results = enter_results

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) and \
                not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier and \
                self._enter_results():
            return
        super().keyPressEvent(event)


def heading_label(text: str, parent: QWidget | None = None, *, size: float = 1.3) -> QLabel:
    label = plain_label(text, parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * size)
    font.setBold(True)
    label.setFont(font)
    return label


class MessageBar(QFrame):
    """A short message above the content, next to where the user acted; it never blocks.

    Used for refused edits (UserError). It hides itself after a while or when closed.
    """

    TIMEOUT_MS = 12_000

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setAccessibleName(self.tr("Message"))
        self.setStyleSheet(
            "#messageBar { background: #fdecea; border: 1px solid #e0a09a; border-radius: 3px; }"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        self.label = plain_label("", self, wrap=True)
        close = QToolButton(self)
        close.setText("✕")
        close.setAccessibleName(self.tr("Close message"))
        close.setAutoRaise(True)
        close.clicked.connect(self.hide)
        layout.addWidget(self.label, 1)
        layout.addWidget(close)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def show_message(self, text: str) -> None:
        self.label.setText(text)
        self.show()
        self._timer.start(self.TIMEOUT_MS)

    @property
    def text(self) -> str:
        return self.label.text()


class FileNotice(QFrame):
    """'Exported to X' in the status bar, with Open the file and Show in folder buttons."""

    TIMEOUT_MS = 20_000

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Export finished"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = plain_label("", self)
        self.open_button = QToolButton(self)
        self.open_button.setText(self.tr("Open the file"))
        self.open_button.setAccessibleName(self.tr("Open the exported file"))
        self.folder_button = QToolButton(self)
        self.folder_button.setText(self.tr("Show in folder"))
        self.folder_button.setAccessibleName(self.tr("Show the exported file in its folder"))
        close = QToolButton(self)
        close.setText("✕")
        close.setAccessibleName(self.tr("Close the export notice"))
        close.setAutoRaise(True)
        close.clicked.connect(self.hide)
        self.open_button.clicked.connect(lambda _checked=False: self._open(self.path))
        self.folder_button.clicked.connect(
            lambda _checked=False: self._open(self.path if self.path.is_dir()
                                              else self.path.parent))
        for widget in (self.label, self.open_button, self.folder_button, close):
            layout.addWidget(widget)
        self.path = Path()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def show_file(self, path: Path, text: str) -> None:
        self.path = Path(path)
        self.label.setText(text)
        self.open_button.setText(self.tr("Open the folder") if self.path.is_dir()
                                 else self.tr("Open the file"))
        self.folder_button.setVisible(not self.path.is_dir())
        self.show()
        self._timer.start(self.TIMEOUT_MS)

    @staticmethod
    def _open(path: Path) -> bool:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
