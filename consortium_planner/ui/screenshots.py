"""Take the README's screenshots: every view of the demo workspace, as PNG files.

    QT_QPA_PLATFORM=offscreen python -m consortium_planner.ui.screenshots docs/screenshots

(or under Xvfb). The demo is created in a temporary folder, so the user's data is not touched.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QApplication

SHOTS: tuple[tuple[str, str, str | None], ...] = (
    # file name, page key, tab to show (a work plan or budget tab title)
    ("welcome", "", None),
    ("directory", "directory", None),
    ("overview", "overview", None),
    ("consortium", "consortium", None),
    ("work-plan", "work_plan", "Work packages"),
    ("work-plan-deliverables", "work_plan", "Deliverables"),
    ("effort", "effort", None),
    ("budget", "budget", "Cost lines"),
    ("budget-per-country", "budget", "Per country"),
    ("dashboard", "dashboard", None),
    ("dashboard-gantt", "dashboard", None),
    ("checks", "checks", None),
)


def _settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def take_screenshots(folder: Path, width: int = 1600, height: int = 900) -> list[Path]:
    from consortium_planner.ui.launch import create_application
    from consortium_planner.ui.errors import ErrorReporter
    from consortium_planner.ui.main_window import MainWindow
    from consortium_planner.app import AppContext

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QScrollArea, QTabWidget

    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Ireland))
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory() as temp:
        os.environ["CONSORTIUM_PLANNER_DATA_DIR"] = temp
        app = create_application()
        settings = QSettings(str(Path(temp) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(AppContext(settings), ErrorReporter(no_err_windows=True))
        window.resize(width, height)
        window.show()
        _settle(app)
        for name, key, tab in SHOTS:
            if name == "welcome":
                window.grab().save(str(folder / f"{name}.png"))
                written.append(folder / f"{name}.png")
                window.open_demo()
                _settle(app)
                continue
            if name == "checks":
                _what_if(window)
                _settle(app)
            page = window.show_page(key, window.current_project)
            assert page is not None
            if key == "dashboard":
                page.today = _demo_today(window)  # type: ignore[attr-defined]
                page.refresh()
                _settle(app)
                scroll = page.findChild(QScrollArea)
                bar = scroll.verticalScrollBar()
                bar.setValue(bar.maximum() if name == "dashboard-gantt" else 0)
            if tab is not None:
                for tabs in page.findChildren(QTabWidget):
                    for position in range(tabs.count()):
                        if tabs.tabText(position) == tab:
                            tabs.setCurrentIndex(position)
            _settle(app)
            path = folder / f"{name}.png"
            window.grab().save(str(path))
            written.append(path)
        window.close()
    return written


def _what_if(window: object) -> None:
    """A what-if copy of the demo without five partners, so the checks have findings to show."""
    from consortium_planner.ui.commands import AddCommand, RemoveCommand

    context = window.context  # type: ignore[attr-defined]
    source = context.snapshot(window.current_project)  # type: ignore[attr-defined]
    command = AddCommand(
        context, "project",
        lambda service: service.duplicate_project(source.project.id,
                                                  f"{source.project.acronym}-B"),
        f"Duplicate {source.project.acronym} as {source.project.acronym}-B",
    )
    context.execute(command)
    copy = context.snapshot(command.created_id)
    removed = [p.id for p in copy.participants if p.number in (4, 5, 6, 8, 9)]
    context.execute(RemoveCommand(context, "participant", removed, "Remove 5 participants"))
    window.show_page("checks", command.created_id)  # type: ignore[attr-defined]
    window.undo_dock.show()  # type: ignore[attr-defined]


def _demo_today(window: object) -> object:
    """A 'today' a few months into the demo project, so the Gantt chart shows the marker."""
    from datetime import date

    context = window.context  # type: ignore[attr-defined]
    project_id = window.current_project  # type: ignore[attr-defined]
    start = context.snapshot(project_id).project.start_date
    if start is None:
        return date.today()
    return QDate(start.year, start.month, start.day).addMonths(7).toPython()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, nargs="?", default=Path("docs/screenshots"))
    args = parser.parse_args(argv)
    for path in take_screenshots(args.folder):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
