"""`import`: bring organisation lists (any layout) and returned partner workbooks into a workspace.

Each file is its own transaction and its own report. A file with error rows is not imported at
all unless `--skip-invalid`; every problem is listed with its sheet, row and column. Exit status:
0 when every file was imported (or would be, with --dry-run), 1 when any was rejected, 2 on bad
usage (no such workspace, file or project; a malformed --map). The import itself is the use case
`services.file_import.import_file`, the one the window's wizard runs: this module parses the
options into its request and prints its reports.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from consortium_planner.cli import EXIT_FINDINGS, EXIT_OK, UsageError
from consortium_planner.cli.common import add_workspace_argument, opened_workspace, print_json

NAME = "import"
HELP = "import organisation lists (.xlsx, .xlsm, .ods, .csv) and returned partner workbooks"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_workspace_argument(parser)
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE", help="files to import")
    parser.add_argument(
        "--project", metavar="ACRONYM",
        help="also enrol the imported organisations in this project as participants",
    )
    parser.add_argument(
        "--map", action="append", default=[], metavar="HEADER=FIELD", dest="mappings",
        help="map a column to an organisation field (e.g. \"Kennung=pic\"; FIELD \"ignore\" "
        "leaves the column out); repeat for several columns. Remembered for files with the "
        "same columns",
    )
    parser.add_argument(
        "--header-row", type=_row_number, metavar="N",
        help="the spreadsheet row number holding the column titles, when the file does not "
        "make it clear (0: there is no header row; the columns are then recognised by their "
        "values)",
    )
    parser.add_argument(
        "--sheet", metavar="NAME",
        help="the sheet to read (default: the one whose columns name the most fields; the "
        "report names any other sheet that holds a list)",
    )
    parser.add_argument(
        "--skip-invalid", action="store_true",
        help="import the valid rows of a file that has error rows (default: import nothing)",
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="check and report, change nothing"
    )
    parser.add_argument("--json", action="store_true", help="print the report as JSON")


def _row_number(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        number = -1
    if number < 0:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a row number (1, 2, ... as the spreadsheet shows; 0: no header)")
    return number


def _overrides(texts: list[str]) -> dict[str, str]:
    from consortium_planner.importing.headers import check_override_field, parse_override

    overrides: dict[str, str] = {}
    for text in texts:
        try:
            header, field_name = parse_override(text)
            check_override_field(field_name)
        except ValueError as error:
            raise UsageError(f"--map {text!r}: {error}") from error
        overrides[header] = field_name
    return overrides


def run(args: argparse.Namespace) -> int:
    overrides = _overrides(args.mappings)
    for path in args.files:
        if path.is_dir():
            raise UsageError(f"{path}: is a folder; name the files to import")
        if not path.is_file():
            raise UsageError(f"{path}: no such file")
    with opened_workspace(args.workspace, read_only=args.dry_run) as workspace:
        if args.project is not None:
            _check_project(workspace, args.project)
        reports = [_import_file(workspace, path, args, overrides) for path in args.files]
    if args.json:
        print_json({"files": reports})
    else:
        sys.stdout.write("".join(report_text(report) for report in reports))
    if any(report["status"] == "rejected" for report in reports):
        return EXIT_FINDINGS
    return EXIT_OK


def _check_project(workspace: Any, acronym: str) -> None:
    from consortium_planner.services.snapshot import find_project_id

    with workspace.sessions() as session:
        try:
            find_project_id(session, acronym)
        except LookupError as error:
            raise UsageError(str(error)) from error


def _import_file(
    workspace: Any, path: Path, args: argparse.Namespace, overrides: dict[str, str]
) -> dict[str, Any]:
    from consortium_planner.services.file_import import ImportRequest, import_file

    request = ImportRequest(path, overrides, sheet=args.sheet, project=args.project,
                            skip_invalid=args.skip_invalid, dry_run=args.dry_run,
                            header_row=args.header_row)
    return dict(import_file(workspace, request).as_json())


def _where(problem: dict[str, Any]) -> str:
    parts = []
    if problem.get("sheet"):
        parts.append(f"sheet “{problem['sheet']}”")
    if problem.get("row") is not None:
        parts.append(f"row {problem['row']}")
    if problem.get("column"):
        parts.append(f"column “{problem['column']}”")
    return ", ".join(parts)


def report_text(report: dict[str, Any]) -> str:
    """One file's report for people: the outcome and counts, then every problem located."""
    status = report["status"]
    verb = {"imported": "imported", "dry-run": "would be imported (dry run)",
            "rejected": "rejected"}.get(status, status)
    counts = (f"{report['rows_read']} row(s) read, {report['created']} created, "
              f"{report['updated']} updated, {report['unchanged']} unchanged, "
              f"{report['skipped']} skipped")
    if report.get("removed"):  # a returned partner workbook's deleted cost lines
        counts += f", {report['removed']} removed"
    lines = [f"{report['path']}: {verb}: {counts}"]
    for note in report.get("notes", []):
        lines.append(f"  note: {note}")
    for kind in ("errors", "warnings"):
        for problem in report[kind]:
            where = _where(problem)
            label = "error" if kind == "errors" else "warning"
            lines.append(f"  {label}: {where}: {problem['message']}" if where
                         else f"  {label}: {problem['message']}")
    if any("(Header=" in problem["message"] for problem in report["errors"]):
        lines.append('  Map a column with --map "TITLE=field" (TITLE as the file writes it; '
                     'field such as legal_name, country, vat, city, or ignore).')
    candidates = report.get("header_row_candidates")
    if candidates:
        rows = " or ".join(str(number) for number in candidates if number)
        choices = " or ".join(filter(None, (rows, "0 (no header row)" if 0 in candidates
                                            else "")))
        lines.append(f"  Import it again with --header-row N, N being {choices}.")
    return "\n".join(lines) + "\n"
