"""One CSV file per project table, for people who process the data in their own tools.

UTF-8 with a byte-order mark, because Excel reads a CSV without one in the machine's legacy code
page and garbles Polish, Greek and Bulgarian names. Numbers use a dot and no grouping ("1234.50",
rates as fractions with at least two places, "0.70", as `summary --json` writes them) so any program reads them. User text that a spreadsheet would run as a
formula gets a leading apostrophe, as OWASP advises for CSV.
"""

from __future__ import annotations

import csv
import os
from decimal import Decimal
from pathlib import Path

from consortium_planner.domain.money import rate_text, two_places
from consortium_planner.domain.project import ProjectSnapshot
from consortium_planner.exporting.files import ExportError, prepare_folder, temp_beside
from consortium_planner.exporting.cell_text import cell_text
from consortium_planner.exporting.tables import Column, Table, Value, all_tables
from consortium_planner.reference.wording import wording


def csv_cell(value: Value, column: Column) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return rate_text(value) if column.kind == "rate" else two_places(value)
    if isinstance(value, int):
        return str(value)
    written = cell_text(value)
    return f"'{written.text}" if written.formula_like else written.text


def _write_table(table: Table, path: Path) -> None:
    with open(path, "w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow([column.title for column in table.columns])
        for row in table.rows:
            writer.writerow([csv_cell(value, column) for value, column in zip(row, table.columns)])


def write_csv_tables(
    snapshot: ProjectSnapshot, folder: Path | str, *, language: str = "en"
) -> list[Path]:
    """Write partners.csv, budget.csv, cost_lines.csv, effort.csv, work_packages.csv,
    deliverables.csv and milestones.csv into `folder` (created if missing); return their paths.

    The headers and labels are in `language`; file names and numbers are the same in every
    language, so scripts reading the files keep working.

    All files are written under temporary names first and renamed together at the end, so a
    failure leaves no half-written file.
    """
    target = prepare_folder(folder)
    staged: list[tuple[Path, Path]] = []
    try:
        for table in all_tables(snapshot, wording(language)):
            final = target / f"{table.name}.csv"
            staged.append((temp_beside(final), final))
            _write_table(table, staged[-1][0])
        for temp, final in staged:
            os.replace(temp, final)
    except OSError as error:
        raise ExportError(f"{target}: cannot be written ({error.strerror or error})") from error
    finally:
        for temp, _ in staged:
            temp.unlink(missing_ok=True)
    return [final for _, final in staged]
