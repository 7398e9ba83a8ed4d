"""`new` and `demo`: create workspaces."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from consortium_planner.cli import EXIT_OK, UsageError
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


COMMANDS = [NewCommand, DemoCommand]
