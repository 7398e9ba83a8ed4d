"""`template`: write the partner workbook(s) that partners fill in and send back.

With --participant, one workbook to the file -o names (or into -o when it is a folder); without,
one workbook per participant into the folder -o names, called ACRONYM-Pnn-SHORTNAME.xlsx.
The workspace is opened read-only: writing templates changes nothing in it.
Each workbook is in its participant's language (its stored choice, else its country's);
--language overrides it for every workbook written.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from consortium_planner.cli import EXIT_OK, UsageError
from consortium_planner.cli.common import (
    add_project_argument,
    add_workspace_argument,
    opened_workspace,
    project_snapshot,
)

NAME = "template"
HELP = "write partner workbooks (profile, effort, costs) for partners to fill in and return"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_workspace_argument(parser)
    add_project_argument(parser)
    parser.add_argument(
        "--participant", type=int, metavar="N",
        help="the participant number to write a workbook for (default: every participant)",
    )
    parser.add_argument(
        "-o", "--output", type=Path, required=True, metavar="PATH",
        help="the .xlsx file to write with --participant; otherwise a folder for all workbooks",
    )
    parser.add_argument(
        "--language", metavar="L",
        help="the workbooks' language: en, fr, de, es, it or pl (default: each participant's "
             "own, else the language of its country)",
    )


def run(args: argparse.Namespace) -> int:
    from consortium_planner.exporting.files import ExportError
    from consortium_planner.exporting.partner_template import (
        partner_workbook_name,
        write_partner_workbook,
        write_partner_workbooks,
    )

    from consortium_planner.reference.languages import UnknownLanguage, language_code

    output: Path = args.output
    try:
        language = language_code(args.language) if args.language is not None else None
    except UnknownLanguage as error:
        raise UsageError(f"--language: {error}") from None
    with opened_workspace(args.workspace, read_only=True) as workspace:
        snapshot = project_snapshot(workspace, args.project)
    try:
        if args.participant is None:
            if output.suffix.lower() in (".xlsx", ".xlsm", ".xls") and not output.is_dir():
                raise UsageError(
                    f"{output}: without --participant, -o names a folder (one workbook per "
                    "participant is written into it)"
                )
            written = write_partner_workbooks(snapshot, output, language=language)
        else:
            participant = snapshot.participant(args.participant)
            if participant is None:
                numbers = ", ".join(str(p.number) for p in snapshot.participants) or "none"
                raise UsageError(
                    f"{snapshot.project.acronym} has no participant {args.participant} "
                    f"(participants: {numbers})"
                )
            if output.is_dir():
                output = output / partner_workbook_name(snapshot, participant)
            elif output.suffix.lower() != ".xlsx":
                raise UsageError(f"{output}: the workbook's name must end in .xlsx")
            written = [write_partner_workbook(snapshot, args.participant, output,
                                              language=language)]
    except ExportError as error:
        raise UsageError(str(error)) from error
    for path in written:
        print(path)
    return EXIT_OK
