"""`summary`, `dump` and `load`: read a project's figures, write and read project JSON."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from consortium_planner.cli import EXIT_FINDINGS, EXIT_OK, UsageError
from consortium_planner.cli.common import (
    add_project_argument,
    add_workspace_argument,
    opened_workspace,
    print_json,
    project_snapshot,
    write_atomically,
)


class SummaryCommand:
    NAME = "summary"
    HELP = "print a project's participants, budget and totals"

    @staticmethod
    def add_arguments(parser: argparse.ArgumentParser) -> None:
        add_workspace_argument(parser)
        add_project_argument(parser)
        parser.add_argument("--json", action="store_true", help="print JSON")

    @staticmethod
    def run(args: argparse.Namespace) -> int:
        from consortium_planner.services.summary import summary_document, summary_text

        with opened_workspace(args.workspace, read_only=True) as workspace:
            snapshot = project_snapshot(workspace, args.project)
        if args.json:
            print_json(summary_document(snapshot))
        else:
            print(summary_text(snapshot))
        return EXIT_OK


class DumpCommand:
    NAME = "dump"
    HELP = "write a project as JSON (the interchange format)"

    @staticmethod
    def add_arguments(parser: argparse.ArgumentParser) -> None:
        add_workspace_argument(parser)
        add_project_argument(parser)
        parser.add_argument("-o", "--output", type=Path, help="file to write (default: stdout)")

    @staticmethod
    def run(args: argparse.Namespace) -> int:
        from consortium_planner.services.interchange import dump_project, to_json_text

        with opened_workspace(args.workspace, read_only=True) as workspace:
            snapshot = project_snapshot(workspace, args.project)
        text = to_json_text(dump_project(snapshot))
        if args.output is None:
            sys.stdout.write(text)
        else:
            write_atomically(args.output, text.encode("utf-8"))
        return EXIT_OK


class LoadCommand:
    NAME = "load"
    HELP = "create a project from a project JSON file"

    @staticmethod
    def add_arguments(parser: argparse.ArgumentParser) -> None:
        add_workspace_argument(parser)
        parser.add_argument("file", type=Path, help="project JSON file")
        parser.add_argument(
            "--replace", action="store_true", help="replace a project with the same acronym"
        )

    @staticmethod
    def run(args: argparse.Namespace) -> int:
        from consortium_planner.services.interchange import (
            DocumentError,
            RejectedDocument,
            load_project,
            read_document,
        )

        try:
            document = read_document(args.file)
        except DocumentError as error:
            raise UsageError(error.report()) from error
        with opened_workspace(args.workspace, read_only=False) as workspace:
            try:
                result = load_project(workspace, document, replace=args.replace,
                                      file_name=args.file.name)
            except RejectedDocument as error:  # a project file with located problems
                print(error.report(), file=sys.stderr)
                return EXIT_FINDINGS
            except DocumentError as error:
                raise UsageError(error.report()) from error
        print(
            f"loaded project {result.acronym}: {result.participants} participants, "
            f"{result.organisations_created} new and {result.organisations_matched} matched "
            "organisations",
            file=sys.stderr,
        )
        for conflict in result.conflicts:
            print(f"  note: {conflict}", file=sys.stderr)
        return EXIT_OK


COMMANDS = [SummaryCommand, DumpCommand, LoadCommand]

__all__ = ["COMMANDS"]
