"""`history WORKSPACE`: the edit log, newest first: who changed what and when (UTC), per project
(`--project ACRONYM`) and/or organisation (`--organisation ID`; both: the entries of either).
Exit status 0, or 2 for an unusable workspace, an unknown project or a bad option.
"""

from __future__ import annotations

import argparse

from consortium_planner.cli import EXIT_OK, UsageError
from consortium_planner.cli.common import add_workspace_argument, opened_workspace, print_json

DEFAULT_LIMIT = 50


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text} is not 1 or more")
    return value


NAME = "history"
HELP = "show the edit log: who changed what and when (per project or organisation)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_workspace_argument(parser)
    parser.add_argument("--project", metavar="ACRONYM", help="only the entries of this project")
    parser.add_argument("--organisation", metavar="ID", type=_positive,
                        help="only the entries of this directory organisation (its id)")
    parser.add_argument("--limit", metavar="N", type=_positive, default=DEFAULT_LIMIT,
                        help=f"show the newest N entries (default {DEFAULT_LIMIT})")
    parser.add_argument("--json", action="store_true", help="print JSON")


def run(args: argparse.Namespace) -> int:
    from consortium_planner.services import edit_log
    from consortium_planner.services.snapshot import find_project_id

    with opened_workspace(args.workspace, read_only=True) as workspace:
        with workspace.sessions() as session:
            project_id = None
            if args.project is not None:
                try:
                    project_id = find_project_id(session, args.project)
                except LookupError as error:
                    raise UsageError(str(error)) from error
            found = edit_log.entries(session, project_id=project_id,
                                     organisation_id=args.organisation, limit=args.limit)
    if args.json:
        print_json({"entries": [entry.as_json() for entry in found]})
    else:
        for entry in found:
            print(edit_log.entry_line(entry))
        if not found:
            print("no changes recorded")
    return EXIT_OK
