"""`export`: write a project's PDF summary, Excel workbook and/or CSV tables without the window.

Exit status 0 when every asked-for output was written, 2 for an unusable workspace, an unknown
project, no output named or an output that cannot be written. Each file is written under a
temporary name and renamed when complete, so a failure never leaves half a file.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from consortium_planner.cli import EXIT_OK, UsageError
from consortium_planner.cli.common import (
    add_language_argument,
    add_project_argument,
    add_workspace_argument,
    check_destination,
    opened_workspace,
    project_snapshot,
)

if TYPE_CHECKING:
    from consortium_planner.domain.project import ProjectSnapshot

NAME = "export"
HELP = "write a project's PDF summary, Excel workbook (live formulas) and/or CSV tables"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_workspace_argument(parser)
    add_project_argument(parser)
    parser.add_argument("--pdf", type=Path, metavar="FILE", help="the printable summary (PDF)")
    parser.add_argument(
        "--xlsx", type=Path, metavar="FILE", help="the workbook whose totals are formulas (.xlsx)"
    )
    parser.add_argument(
        "--csv", type=Path, metavar="FOLDER", help="one CSV file per table, in this folder"
    )
    add_language_argument(parser, "the PDF, the workbook and the CSV headers")


def run(args: argparse.Namespace) -> int:
    if not (args.pdf or args.xlsx or args.csv):
        raise UsageError("name at least one output: --pdf FILE, --xlsx FILE or --csv FOLDER")
    for path, is_folder in ((args.pdf, False), (args.xlsx, False), (args.csv, True)):
        if path is not None:
            check_destination(path, folder=is_folder)
    from consortium_planner.exporting.files import ExportError
    from consortium_planner.rules.engine import run_checks

    with opened_workspace(args.workspace, read_only=True) as workspace:
        snapshot = project_snapshot(workspace, args.project)
        workspace_name = workspace.name
    findings = run_checks(snapshot, args.language)
    try:
        if args.pdf:
            from consortium_planner.exporting.pdf_report import write_pdf

            written = write_pdf(
                snapshot, args.pdf, workspace_name=workspace_name, findings=findings,
                language=args.language,
            )
            print(f"wrote {written}")
        if args.xlsx:
            from consortium_planner.exporting.xlsx_workbook import write_workbook

            written = write_workbook(
                snapshot, args.xlsx, findings=findings, workspace_name=workspace_name,
                language=args.language,
            )
            print(f"wrote {written}")
        if args.csv:
            from consortium_planner.exporting.csv_tables import write_csv_tables

            files = write_csv_tables(snapshot, args.csv, language=args.language)
            print(f"wrote {len(files)} CSV files in {args.csv}")
    except ExportError as error:
        raise UsageError(str(error)) from error
    what = ", ".join(text for path, text in (
        (args.pdf, f"PDF report {args.pdf.name if args.pdf else ''}"),
        (args.xlsx, f"Excel workbook {args.xlsx.name if args.xlsx else ''}"),
        (args.csv, f"CSV tables in {args.csv.name if args.csv else ''}"),
    ) if path is not None)
    _keep_version(args.workspace, snapshot, what)
    return EXIT_OK


def _keep_version(path: Path, snapshot: ProjectSnapshot, what: str) -> None:
    """Keep the exported project as a version of it (when it changed since the latest); a
    workspace that cannot be written now (in use, read-only) keeps none, which is said."""
    from consortium_planner.services.versions import record_export
    from consortium_planner.workspace import Workspace, WorkspaceError

    try:
        with Workspace.open(path) as workspace:
            version = record_export(workspace, snapshot, what)
    except WorkspaceError as error:
        print(f"note: no version of the project was kept: {error}", file=sys.stderr)
        return
    if version is not None:
        print(f"kept version {version.label} of the project as exported")
