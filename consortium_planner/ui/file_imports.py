"""Bringing files into the window: File > Import organisations… (the wizard), File > Import
region categories… (the Regions page) and any file dropped on the window, which goes where
`services.file_kinds` says, the same decision the `import` command takes. That module (and the
partner workbook's reader behind it) is imported on the first drop, not at start-up."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from consortium_planner.ui.pages import REGIONS

if TYPE_CHECKING:
    from consortium_planner.ui.main_window import MainWindow


def can_take(window: MainWindow, path: Path) -> bool:
    """Whether a file dropped now would be opened or imported."""
    from consortium_planner.services.file_kinds import FileKind, file_kind

    kind = file_kind(path)
    if kind is FileKind.WORKSPACE:
        return True
    return kind is not None and window.context.workspace is not None and \
        not window.context.read_only


def open_file(window: MainWindow, path: Path) -> None:
    """Open a workspace, or import a returned partner workbook or an organisation list."""
    from consortium_planner.services.file_kinds import FileKind, file_kind

    kind = file_kind(path)
    if kind is FileKind.WORKSPACE:
        window.open_path(path)
    elif kind is FileKind.PARTNER_WORKBOOK:
        from consortium_planner.ui.partner_workbooks import import_returned_workbooks

        import_returned_workbooks(window, [path])
    elif kind is FileKind.ORGANISATION_LIST:
        import_organisations(window, path)


def import_organisations(window: MainWindow, path: Path | None = None) -> None:
    """The import wizard (with a dropped file preselected); the import is one undo step."""
    from consortium_planner.ui import import_wizard

    context = window.context
    if context.workspace is None or context.read_only:
        return
    result = import_wizard.run_import_wizard(window, context.workspace,
                                             window.current_acronym() or None, path)
    if result is not None:
        context.execute(import_wizard.ImportCommand(context, result))


def import_region_categories(window: MainWindow, path: Path | None = None) -> None:
    """Import a region category table (CSV) as one undo step, on the Regions page."""
    page = window.show_page(REGIONS, None)
    if page is None or window.context.read_only:
        return
    if path is None:
        page.choose_import_file()  # type: ignore[attr-defined]
    else:
        page.import_file(path)  # type: ignore[attr-defined]
