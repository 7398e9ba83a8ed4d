"""`compare`: what differs between 2 to 4 projects (scenarios, versions) of a workspace.

Exit status as diff tools have it: 0 when the projects are identical, 1 when anything differs,
2 for an unusable workspace, a side that names no project, or an output that cannot be written.
The first side is the reference; the others are read as changes of it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from consortium_planner.cli import EXIT_FINDINGS, EXIT_OK, UsageError
from consortium_planner.cli.common import (
    add_language_argument,
    add_workspace_argument,
    check_destination,
    opened_workspace,
    print_json,
)
from consortium_planner.domain.compare import MAX_SIDES, MIN_SIDES

NAME = "compare"
HELP = ("show what differs between 2 to 4 projects (ACRONYM or ACRONYM@VERSION), the first the "
        "reference; exit 1 when anything differs")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_workspace_argument(parser)
    parser.add_argument("sides", nargs="+", metavar="PROJECT",
                        help="2 to 4 projects: ACRONYM, or ACRONYM@VERSION for a saved version")
    parser.add_argument("--json", action="store_true", help="print the comparison as JSON")
    parser.add_argument("--all", action="store_true",
                        help="show every row, not only what differs")
    parser.add_argument("--pdf", type=Path, metavar="FILE",
                        help="write the compare report (what differs) as PDF")
    add_language_argument(parser, "the table and the --pdf and --xlsx reports")
    parser.add_argument("--xlsx", type=Path, metavar="FILE",
                        help="write every row to an Excel workbook, deltas as live formulas")


def run(args: argparse.Namespace) -> int:
    if not MIN_SIDES <= len(args.sides) <= MAX_SIDES:
        raise UsageError(f"name {MIN_SIDES} to {MAX_SIDES} projects to compare, "
                         f"not {len(args.sides)}")
    for path in (args.pdf, args.xlsx):
        if path is not None:
            check_destination(path, folder=False)
    from consortium_planner.exporting.compare_text import comparison_text
    from consortium_planner.exporting.files import ExportError
    from consortium_planner.reference.wording import wording
    from consortium_planner.services.compare import SideError, compare_sides, comparison_document

    with opened_workspace(args.workspace, read_only=True) as workspace:
        workspace_name = workspace.name
        with workspace.sessions() as session:
            try:
                comparison = compare_sides(session, args.sides)
            except SideError as error:
                raise UsageError(str(error)) from error
    try:
        if args.pdf:
            from consortium_planner.exporting.compare_pdf import write_compare_pdf

            written = write_compare_pdf(comparison, args.pdf, workspace_name=workspace_name,
                                        language=args.language)
            print(f"wrote {written}", file=sys.stderr)
        if args.xlsx:
            from consortium_planner.exporting.compare_xlsx import write_compare_workbook

            written = write_compare_workbook(comparison, args.xlsx, language=args.language)
            print(f"wrote {written}", file=sys.stderr)
    except ExportError as error:
        raise UsageError(str(error)) from error
    if args.json:
        print_json(comparison_document(comparison, everything=args.all))
    else:
        print(comparison_text(comparison, wording(args.language), everything=args.all))
    return EXIT_OK if comparison.identical else EXIT_FINDINGS
