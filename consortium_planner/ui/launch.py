"""Start the window: `consortium-planner [WORKSPACE] [--demo] [--read-only] [--no-err-windows]`.

Only Qt and the window's own modules are imported before the window shows; SQLAlchemy comes with
the workspace, pyqtgraph with the dashboard, reportlab and openpyxl with an export.

`--quit-after-show` (hidden, for CI) shows the window, visits every page once and exits: 0 when
nothing went wrong, 1 when any error was reported (a crash, a workspace that would not open, a
refused edit).
"""

from __future__ import annotations

import argparse
import gc
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtGui import QFileOpenEvent, QIcon
from PySide6.QtWidgets import QApplication

from consortium_planner.app import AppContext
from consortium_planner.paths import resources_dir, user_data_dir
from consortium_planner.ui.errors import ErrorReporter
from consortium_planner.ui.main_window import MainWindow
from consortium_planner.ui.pages import PROJECT_PAGES, WORKSPACE_PAGES

ORGANISATION = "ConsortiumPlanner"
APPLICATION = "Consortium Planner"
DESKTOP_FILE = "consortium-planner"  # matches the Linux desktop entry, for the Wayland icon
SETTINGS_FILE = "settings.ini"


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setDesktopFileName(DESKTOP_FILE)
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "consortium-planner.svg")))
    return app


def make_settings() -> QSettings:
    """Settings live beside the user's data (CONSORTIUM_PLANNER_DATA_DIR moves both)."""
    return QSettings(str(user_data_dir() / SETTINGS_FILE), QSettings.Format.IniFormat)


def build_window(args: argparse.Namespace, reporter: ErrorReporter) -> MainWindow:
    """The main window with the workspace the command line asked for (if any) already open."""
    window = MainWindow(AppContext(make_settings()), reporter)
    if args.demo:
        window.open_demo()
    elif args.workspace:
        window.open_path(args.workspace, read_only=args.read_only)
    # The start-up's objects (modules, Qt wrappers, SQLAlchemy's mappers: hundreds of
    # thousands) live as long as the process: kept out of the cyclic garbage collector's
    # sight, a full collection walks only what came since, instead of stalling the window
    # for a tenth of a second in the middle of a scroll or a keystroke.
    gc.freeze()
    return window


class FileOpenHandler(QObject):
    """macOS sends a double-clicked .cpw to the running app as a QFileOpenEvent."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            path = event.file()
            if path:
                self.window.open_path(Path(path))
                return True
        return super().eventFilter(watched, event)


def watch_file_open_events(app: QApplication, window: MainWindow) -> FileOpenHandler | None:
    """Open the files macOS sends to the running app. Only there: a filter on the application
    object sees every event of every widget, a Python call each, which cost the window's start
    a twentieth of a second before its first frame (and every scroll and keystroke its share)
    on systems that never send a QFileOpenEvent (they start a new process with the file)."""
    if sys.platform != "darwin":
        return None
    handler = FileOpenHandler(window)
    app.installEventFilter(handler)
    return handler


def visit_every_page(window: MainWindow, app: QApplication) -> None:
    """Show each page once (the project pages of every project), letting each one paint."""
    app.processEvents()
    if window.context.workspace is None:
        return
    for spec in WORKSPACE_PAGES:
        window.show_page(spec.key, None)
        app.processEvents()
    for project in window.context.projects():
        for spec in PROJECT_PAGES:
            window.show_page(spec.key, project.id)
            app.processEvents()


def smoke_test(window: MainWindow, app: QApplication, reporter: ErrorReporter,
               *, workspace_wanted: bool) -> int:
    """--quit-after-show: 0 when every page showed without an error being reported, else 1."""
    problems: list[str] = []

    def note(problem: object) -> None:
        problems.append(str(problem))

    window.context.user_error.connect(note)
    window.context.workspace_error.connect(note)
    if workspace_wanted and window.context.workspace is None:
        problems.append("the workspace did not open")
    visit_every_page(window, app)
    for _ in range(3):
        app.processEvents()
    window.close()
    app.processEvents()
    failed = bool(problems) or reporter.crashes > 0 or reporter.workspace_errors > 0
    for problem in problems:
        print(f"consortium-planner: {problem}", file=sys.stderr)
    return 1 if failed else 0


def run_gui(args: argparse.Namespace) -> int:
    from consortium_planner.ui.translations import install_translators, start_language

    app = create_application()
    install_translators(start_language(make_settings()))
    reporter = ErrorReporter(no_err_windows=args.no_err_windows)
    reporter.setup_logging()
    reporter.install()
    window = build_window(args, reporter)
    watch_file_open_events(app, window)
    window.show()
    if getattr(args, "quit_after_show", False):
        code = smoke_test(window, app, reporter,
                          workspace_wanted=bool(args.workspace or args.demo))
    else:
        code = app.exec()
    return code
