"""What an import reports besides its counts: the ways it stops early, and a located problem."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


class ImportFileError(Exception):
    """The file cannot be imported at all; `message` is plain language meant for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ImportCancelled(Exception):
    """The user pressed cancel while the file was being read or checked."""


@dataclass(frozen=True)
class SheetProblem:
    """An error or warning of an import report, located by sheet, row and column (both the
    organisation-list import and the partner-workbook import report these)."""

    severity: str  # "error" or "warning"
    sheet: str
    row: int | None
    column: str
    message: str

    def as_json(self) -> dict[str, Any]:
        return {"sheet": self.sheet, "row": self.row, "column": self.column,
                "message": self.message}


class HeaderRowUnclear(ImportFileError):
    """The sheet does not say which row holds the column titles, or whether one does.

    `candidates` are the spreadsheet row numbers that may be the header (0: no header row);
    `first_rows` the sheet's first rows as (row number, cell texts from spreadsheet column
    `first_column` on), for the wizard to show. A front end asks the user and plans again with
    the row chosen.
    """

    def __init__(self, message: str, sheet: str, candidates: tuple[int, ...],
                 first_rows: tuple[tuple[int, tuple[str, ...]], ...],
                 first_column: int = 1) -> None:
        super().__init__(message)
        self.sheet = sheet
        self.candidates = candidates
        self.first_rows = first_rows
        self.first_column = first_column
