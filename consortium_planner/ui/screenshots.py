"""Take the README's screenshots: every view of the demo workspace, as PNG files.

    QT_QPA_PLATFORM=offscreen python -m consortium_planner.ui.screenshots docs/screenshots
    QT_QPA_PLATFORM=offscreen python -m consortium_planner.ui.screenshots /tmp/de --language de \
        --only overview budget

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
    ("directory-facets", "directory", None),
    ("overview", "overview", None),
    ("consortium", "consortium", None),
    ("work-plan", "work_plan", "Work packages"),
    ("work-plan-deliverables", "work_plan", "Deliverables"),
    ("effort", "effort", None),
    ("budget", "budget", "Cost lines"),
    ("budget-per-country", "budget", "Per country"),
    ("value-chain", "value_chain", None),
    ("value-chain-figures", "value_chain", None),  # scrolled down: shares, sectors, S3 areas
    ("dashboard", "dashboard", None),
    ("dashboard-gantt", "dashboard", None),
    ("regions", "regions", None),
    ("returns-preview", "", None),
    ("returns", "returns", None),
    ("print-preview", "", None),
    ("checks", "checks", None),
    ("compare", "compare", None),  # the demo against its what-if copy of the checks
    ("duplicates", "", None),
    ("partner-finder", "", None),  # for the what-if copy of the checks, with fewer partners
    ("scenarios-versions", "budget", "Cost lines"),  # a version shown read-only
)


def _settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def take_screenshots(folder: Path, width: int = 1600, height: int = 900, *,
                     language: str = "en", only: tuple[str, ...] = ()) -> list[Path]:
    """Every shot of SHOTS (or those named in `only`), the window speaking `language`."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QScrollArea, QTabWidget

    from consortium_planner.app import AppContext
    from consortium_planner.ui.errors import ErrorReporter
    from consortium_planner.ui.launch import create_application
    from consortium_planner.ui.main_window import MainWindow

    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Ireland))
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory() as temp:
        os.environ["CONSORTIUM_PLANNER_DATA_DIR"] = temp
        app = create_application()
        from consortium_planner.ui.translations import install_translators

        install_translators(language)
        settings = QSettings(str(Path(temp) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(AppContext(settings), ErrorReporter(no_err_windows=True))
        window.resize(width, height)
        window.show()
        _settle(app)
        for name, key, tab in SHOTS:
            if name == "welcome":
                if not only or name in only:
                    window.grab().save(str(folder / f"{name}.png"))
                    written.append(folder / f"{name}.png")
                window.action("open_demo").trigger()
                _settle(app)
                continue
            if only and name not in only and name not in _NEEDED_BY_LATER:
                continue
            if name in DIALOG_SHOTS:
                dialog = DIALOG_SHOTS[name](window, Path(temp))
                dialog.resize(1100, 700)
                dialog.show()
                _settle(app)
                path = folder / f"{name}.png"
                dialog.grab().save(str(path))
                written.append(path)
                dialog.close()
                continue
            if name == "checks":
                _what_if(window)
                _settle(app)
            if name == "regions":
                _regions(window)
            if name == "compare":
                _compare(window)
            if name == "directory-facets":
                _directory_facets(window)
            if name == "scenarios-versions":
                _scenarios_and_versions(window)
            if name == "returns":
                _returned_workbook(window, Path(temp))
                page = window.show_page(key, window.current_project)
                page.table.select_row_id(3)  # type: ignore[union-attr]
            page = window.show_page(key, window.current_project)
            assert page is not None
            if key == "value_chain":
                _settle(app)
                bar = page.findChild(QScrollArea).verticalScrollBar()
                bar.setValue(bar.maximum() if name == "value-chain-figures" else 0)
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
            if only and name not in only:
                continue
            path = folder / f"{name}.png"
            window.grab().save(str(path))
            written.append(path)
        window.close()
        install_translators("en")
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


def _compare(window: object) -> None:
    """The what-if copy of the checks (five partners fewer) with WP3 two months later, against
    the demo."""
    from consortium_planner.ui.commands import UpdateCommand

    context = window.context  # type: ignore[attr-defined]
    copy = context.snapshot(window.current_project)  # type: ignore[attr-defined]
    wp3 = copy.work_package(3)
    context.execute(UpdateCommand(context, "work_package",
                                  [(wp3.id, {"start_month": wp3.start_month + 2})],
                                  "Move WP3 two months later"))
    page = window.page("compare")  # type: ignore[attr-defined]
    window.show_page("compare", None)  # type: ignore[attr-defined]
    acronym = copy.project.acronym
    page.choose([acronym.removesuffix("-B"), acronym])


def _scenarios_and_versions(window: object) -> None:
    """The demo proposal with a scenario and a version taken by hand (besides the one kept
    before the returned workbook was imported), the version shown read-only."""
    from consortium_planner.ui.commands import AddCommand

    context = window.context  # type: ignore[attr-defined]
    main = next(p for p in context.projects() if p.acronym == "CIRCOMP")
    context.execute(AddCommand(
        context, "project_version",
        lambda service: service.take_version(main.id, "sent to partners on 3 May"),
        "Take a version of CIRCOMP"))
    context.execute(AddCommand(
        context, "project",
        lambda service: service.create_scenario(main.id, "CIRCOMP-PL",
                                                "P7 leaves, a Polish SME joins"),
        "New scenario CIRCOMP-PL of CIRCOMP"))
    version = context.versions(main.id)[0]
    window.show_page("budget", -version.id)  # type: ignore[attr-defined]
    window.splitter.setSizes([330, 1270])  # type: ignore[attr-defined]
    window.undo_dock.hide()  # type: ignore[attr-defined]


def _directory_facets(window: object) -> None:
    """A search narrowed by two facets: SMEs of Spain or Italy whose text has "s"."""
    page = window.page("directory")  # type: ignore[attr-defined]
    page.facets.choose("country", "ES")
    page.facets.choose("country", "IT")
    page.facets.choose("org_type", "sme")
    page.table.search.setText("s")
    page.searcher.run()


def _partner_finder(window: object, _temp: Path) -> object:
    """The what-if copy of the checks without its less developed beneficiaries: its coordinator
    (ITF4) alone keeps the region mix, so the finder proposes a second less developed partner
    first (the last shot: the copy is not shown again)."""
    from consortium_planner.ui.commands import RemoveCommand
    from consortium_planner.ui.partner_finder import PartnerFinder

    context = window.context  # type: ignore[attr-defined]
    project_id = window.current_project  # type: ignore[attr-defined]
    removed = [p.id for p in context.snapshot(project_id).participants if p.number in (2, 3)]
    context.execute(RemoveCommand(context, "participant", removed, "Remove 2 participants"))
    return PartnerFinder(context, project_id, window)


def _regions(window: object) -> None:
    """German regions (a few shipped values, the rest unknown) and one value of the user's."""
    from consortium_planner.ui.commands import RegionCategoryCommand

    context = window.context  # type: ignore[attr-defined]
    context.execute(RegionCategoryCommand(
        context, "DE80", ("transition", "Decision (EU) 2021/1130, Annex I"),
        "Set the category of DE80"))
    page = window.page("regions")  # type: ignore[attr-defined]
    page.country.setCurrentIndex(page.country.findData("DE"))


def _returned(window: object, temp: Path) -> Path:
    """Participant 3's workbook as a partner sends it back: a new city, effort and one cost
    line fewer."""
    import openpyxl

    from consortium_planner.exporting.partner_template import write_partner_workbook
    from consortium_planner.formats.partner_workbook import (
        PROFILE_ROWS,
        SHEET_COSTS,
        SHEET_EFFORT,
        SHEET_ORGANISATION,
    )

    context = window.context  # type: ignore[attr-defined]
    snapshot = context.snapshot(window.current_project)  # type: ignore[attr-defined]
    path = write_partner_workbook(snapshot, 3, temp / "CIRCOMP-P03-returned.xlsx")
    workbook = openpyxl.load_workbook(path)
    workbook[SHEET_ORGANISATION].cell(PROFILE_ROWS["city"], 2).value = "Málaga"
    effort = workbook[SHEET_EFFORT]
    row = next(r for r in range(5, 100) if effort.cell(r, 1).value == "WP1")
    effort.cell(row, 6).value = 3.25
    costs = workbook[SHEET_COSTS]
    first = next(r for r in range(5, 300) if costs.cell(r, 3).value)
    for column in range(1, 7):
        costs.cell(first, column).value = None
    workbook.save(path)
    return path


def _returned_workbook(window: object, temp: Path) -> None:
    from consortium_planner.services.partner_returns import import_partner_workbook

    context = window.context  # type: ignore[attr-defined]
    import_partner_workbook(context.workspace, _returned(window, temp))
    context.notify_everything()


def _returns_preview(window: object, temp: Path) -> object:
    from consortium_planner.services.partner_returns import import_partner_workbook
    from consortium_planner.ui.partner_workbooks import ReturnsPreviewDialog

    context = window.context  # type: ignore[attr-defined]
    good = _returned(window, temp)
    bad = temp / "budget-from-a-partner.xlsx"
    bad.write_bytes(b"not a workbook")
    results = [import_partner_workbook(context.workspace, path, dry_run=True)
               for path in (good, bad)]
    return ReturnsPreviewDialog(results, window)  # type: ignore[arg-type]


def _print_preview(window: object, _temp: Path) -> object:
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    from consortium_planner.ui.printing import make_printer, summary_document_for_print

    context = window.context  # type: ignore[attr-defined]
    project_id = window.current_project  # type: ignore[attr-defined]
    from consortium_planner.rules.engine import in_language
    from consortium_planner.ui.language import window_language

    findings = in_language(context.findings(project_id), window_language())
    document = summary_document_for_print(context.snapshot(project_id), findings, "demo")
    printer = make_printer()
    dialog = QPrintPreviewDialog(printer, window)  # type: ignore[arg-type]
    dialog.paintRequested.connect(document.print_)
    dialog._kept = (printer, document)  # the dialog does not own them: keep them alive
    return dialog


def _duplicates(window: object, _temp: Path) -> object:
    """Find duplicates on the demo with two look-alikes added: one typed in capitals, one with
    a letter missing; the scan has finished when the dialog is shown."""
    import time

    from consortium_planner.ui.duplicates import DuplicatesDialog

    context = window.context  # type: ignore[attr-defined]
    first, second = context.organisations()[:2]
    context.editing.add_organisation({"legal_name": first.legal_name.upper(),
                                      "country": first.country, "city": "Other City"})
    context.editing.add_organisation({"legal_name": second.legal_name.replace("a", "", 1),
                                      "country": second.country})
    context.notify_everything()
    dialog = DuplicatesDialog(window)  # type: ignore[arg-type]
    dialog.scan()
    while dialog.job is not None:
        QApplication.processEvents()
        time.sleep(0.02)
    return dialog


# Shots that change the demo for the shots after them (the what-if copy, the returned workbook).
_NEEDED_BY_LATER = frozenset({"checks", "compare", "returns", "regions", "scenarios-versions"})

DIALOG_SHOTS = {"returns-preview": _returns_preview, "print-preview": _print_preview,
                "duplicates": _duplicates, "partner-finder": _partner_finder}


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
    parser.add_argument("--language", default="en", help="en, fr, de, es, it or pl")
    parser.add_argument("--only", nargs="+", default=(), metavar="SHOT",
                        help="only these shots (file names without .png)")
    args = parser.parse_args(argv)
    for path in take_screenshots(args.folder, language=args.language, only=tuple(args.only)):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
