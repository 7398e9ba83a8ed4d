"""`new`, `demo`, `init-server` and `copy`: create workspaces, and move them between a file
and a server."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from consortium_planner.cli import EXIT_FINDINGS, EXIT_OK, UsageError
from consortium_planner.cli.common import workspace_location
from consortium_planner.workspace import Workspace, WorkspaceError


class NewCommand:
    NAME = "new"
    HELP = "create an empty workspace file"

    @staticmethod
    def add_arguments(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("workspace", type=Path, help="file to create (.cpw suggested)")

    @staticmethod
    def run(args: argparse.Namespace) -> int:
        try:
            Workspace.create(args.workspace).close()
        except WorkspaceError as error:
            raise UsageError(str(error)) from error
        print(f"created {args.workspace}", file=sys.stderr)
        return EXIT_OK


class DemoCommand:
    NAME = "demo"
    HELP = "create a workspace holding the demo I3 Strand 1 proposal"

    @staticmethod
    def add_arguments(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("workspace", type=Path, help="file to create (.cpw suggested)")
        parser.add_argument(
            "--force", action="store_true", help="replace the file if it exists"
        )

    @staticmethod
    def run(args: argparse.Namespace) -> int:
        from consortium_planner.demo import create_demo_workspace

        try:
            create_demo_workspace(args.workspace, overwrite=args.force)
        except WorkspaceError as error:
            raise UsageError(str(error)) from error
        print(f"created {args.workspace} with the demo project", file=sys.stderr)
        return EXIT_OK


class InitServerCommand:
    NAME = "init-server"
    HELP = "create (or upgrade) the workspace schema in a PostgreSQL database"

    @staticmethod
    def add_arguments(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("url", help="the database: postgresql://owner@host/database "
                            "(libpq conventions: ?service=NAME, ~/.pgpass, PG* variables)")

    @staticmethod
    def run(args: argparse.Namespace) -> int:
        from consortium_planner.postgres import is_server_url
        from consortium_planner.workspace import SCHEMA_HEAD, Workspace

        if not is_server_url(args.url):
            raise UsageError(f"{args.url}: not a PostgreSQL address (postgresql://...); "
                             "a workspace file is made with 'new'")
        try:
            with Workspace.init_server(args.url) as workspace:
                shown = workspace.location
        except WorkspaceError as error:
            raise UsageError(str(error)) from error
        print(f"{shown}: the workspace schema is ready (revision {SCHEMA_HEAD})",
              file=sys.stderr)
        return EXIT_OK


class CopyCommand:
    NAME = "copy"
    HELP = "copy a whole workspace between a file and a server, then verify the copy"

    @staticmethod
    def add_arguments(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("source", type=workspace_location,
                            help="workspace file (.cpw) or team workspace (postgresql://...)")
        parser.add_argument("target", type=workspace_location,
                            help="new workspace file, or an empty team workspace")
        parser.add_argument("--force", action="store_true",
                            help="replace the target's content if it holds any")

    @staticmethod
    def run(args: argparse.Namespace) -> int:
        from consortium_planner.services.workspace_copy import copy_workspace

        try:
            report = copy_workspace(args.source, args.target, overwrite=args.force)
        except WorkspaceError as error:
            raise UsageError(str(error)) from error
        copied = sum(report.rows.values())
        if not report.identical:
            for difference in report.differences:
                print(f"{report.target}: {difference}", file=sys.stderr)
            print(f"{report.target}: the copy differs from {report.source} (see above)",
                  file=sys.stderr)
            return EXIT_FINDINGS
        print(f"copied {report.source} to {report.target}: {copied} rows in "
              f"{len(report.rows)} tables, {report.projects} project summaries identical",
              file=sys.stderr)
        return EXIT_OK


COMMANDS = [NewCommand, DemoCommand, InitServerCommand, CopyCommand]
