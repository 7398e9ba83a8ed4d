"""Errors in the window: a log file, and a crash dialog for anything unexpected.

`UserError` is shown as a short message where the user acted (the message bar) and a
`WorkspaceError` as a dialog naming the file; both are expected. Anything else reaches
`sys.excepthook`, which logs the traceback and opens a crash dialog that gives the log file's
path, never failing silently. With `--no-err-windows` (tests, scripts) nothing blocks: messages
go to stderr instead (qutebrowser's switch).
"""

from __future__ import annotations

import logging
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from consortium_planner.paths import user_data_dir
from consortium_planner.reference.messages import Message, Sentences
from consortium_planner.services.errors import worded
from consortium_planner.ui.language import window_wording

log = logging.getLogger("consortium_planner")

LOG_FILE_NAME = "consortium-planner.log"
translate = QCoreApplication.translate


def window_text(text: Message | Sentences | str) -> str:
    """A message made below the window, in the window's language (a plain text as it is)."""
    return text if isinstance(text, str) else text.render(window_wording())


def error_text(error: BaseException) -> str:
    """A refused edit (`UserError`) or a problem with the file (`WorkspaceError`) in the
    window's language; any other error as its text."""
    return worded(error, window_wording())


class ErrorReporter:
    """Shows (or prints) errors; installed as `sys.excepthook` by `install`."""

    def __init__(self, *, no_err_windows: bool = False) -> None:
        self.no_err_windows = no_err_windows
        self.log_path: Path | None = None
        self._in_hook = False
        self.crashes = 0
        self.workspace_errors = 0  # files that could not be used (counted for --quit-after-show)

    def setup_logging(self) -> Path | None:
        """Log to <user data>/logs; a folder that cannot be written means stderr only."""
        folder = user_data_dir() / "logs"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            handler = RotatingFileHandler(folder / LOG_FILE_NAME, maxBytes=1_000_000,
                                          backupCount=3, encoding="utf-8")
        except OSError as error:
            print(f"consortium-planner: cannot write the log in {folder}: {error}",
                  file=sys.stderr)
            return None
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
        log.propagate = False  # the file has it; stderr only gets what the reporter prints
        self.log_path = folder / LOG_FILE_NAME
        return self.log_path

    def install(self) -> None:
        sys.excepthook = self.excepthook

    def excepthook(self, kind: type[BaseException], error: BaseException,
                   trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        from consortium_planner.workspace import WorkspaceError

        if isinstance(error, WorkspaceError):  # a view's read: the server gone, say; no bug
            if not self._in_hook:
                self._in_hook = True
                try:
                    self.show_workspace_error(QApplication.activeWindow(), error)
                finally:
                    self._in_hook = False
            return
        text = "".join(traceback.format_exception(kind, error, trace))
        log.error("unexpected error\n%s", text)
        self.crashes += 1
        if self.no_err_windows or self._in_hook:
            print(text, file=sys.stderr)
            return
        self._in_hook = True
        try:
            self.show_crash(f"{kind.__name__}: {error}", text)
        finally:
            self._in_hook = False

    def show_crash(self, summary: str, details: str) -> None:
        box = QMessageBox(QApplication.activeWindow())
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(translate("errors", "Consortium Planner: unexpected error"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        where = (translate("errors", "The details were written to {file}.").format(
            file=self.log_path) if self.log_path
            else translate("errors", "The details could not be written to a log file."))
        box.setText(translate(
            "errors", "Something went wrong that should not have. Your workspace is saved after "
            "every change, so you can keep working; if it happens again, please send the log "
            "file to the developers.\n\n{summary}\n\n{where}").format(summary=summary,
                                                                       where=where))
        box.setDetailedText(details)
        box.exec()

    def show_workspace_error(self, parent: QWidget | None, error: Exception) -> None:
        """A problem with the file itself (locked, read-only, damaged ...): the message names it."""
        log.warning("workspace problem: %s", error)
        self.workspace_errors += 1
        if self.no_err_windows:
            print(f"consortium-planner: {error}", file=sys.stderr)
            return
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("errors", "Workspace problem"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(error_text(error))
        box.exec()

    def ask(self, parent: QWidget | None, title: str, text: str, *, default: bool = False) -> bool:
        """A yes/no question; without dialogs the default answer is taken."""
        if self.no_err_windows:
            print(f"consortium-planner: {text} -> {'yes' if default else 'no'}", file=sys.stderr)
            return default
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(title)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(text)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.Yes if default
                             else QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes
