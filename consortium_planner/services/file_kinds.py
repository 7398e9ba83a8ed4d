"""Which importer a file needs: the one decision the `import` command, a file dropped on the
window and the window's file choosers share, so a returned partner workbook never reaches the
organisation-list importer by one route while another sends it to the partner-returns flow."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from consortium_planner.importing.partner_workbook import is_partner_workbook
from consortium_planner.workspace import FILE_SUFFIX

# Organisation lists the window takes by drag and drop (the `import` command tries any file and
# lets the reader say why it cannot be read): spreadsheets, legacy Excel 97-2003 included, and
# delimited text named as such (not any .txt, which is more often a note than a list).
ORGANISATION_LIST_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".tsv"})


class FileKind(Enum):
    WORKSPACE = "workspace"
    PARTNER_WORKBOOK = "returned partner workbook"
    ORGANISATION_LIST = "organisation list"


def file_kind(path: str | Path) -> FileKind | None:
    """What the file is, by its name and (for a workbook) its identity sheet; None when it is
    none of the files the application reads."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == FILE_SUFFIX:
        return FileKind.WORKSPACE
    if is_partner_workbook(path):
        return FileKind.PARTNER_WORKBOOK
    if suffix in ORGANISATION_LIST_SUFFIXES:
        return FileKind.ORGANISATION_LIST
    return None
