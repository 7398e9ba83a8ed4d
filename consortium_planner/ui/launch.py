"""Start the window: `consortium-planner [WORKSPACE] [--demo] [--read-only] [--no-err-windows]`.

Only Qt and the window's own modules are imported before the window shows; SQLAlchemy comes with
the workspace, pyqtgraph with the dashboard, reportlab and openpyxl with an export.
"""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from consortium_planner.app import AppContext
from consortium_planner.paths import user_data_dir
from consortium_planner.ui.errors import ErrorReporter
from consortium_planner.ui.main_window import MainWindow

ORGANISATION = "ConsortiumPlanner"
APPLICATION = "Consortium Planner"
SETTINGS_FILE = "settings.ini"


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
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
    return window


def run_gui(args: argparse.Namespace) -> int:
    app = create_application()
    reporter = ErrorReporter(no_err_windows=args.no_err_windows)
    reporter.setup_logging()
    reporter.install()
    window = build_window(args, reporter)
    window.show()
    return app.exec()
