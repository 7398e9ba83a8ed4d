"""What the batch commands share: opening a workspace, picking a project, writing output."""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy.exc import DBAPIError

from consortium_planner.cli import UsageError
from consortium_planner.workspace import Workspace, WorkspaceError, environment_error


def workspace_location(text: str) -> Path | str:
    """A WORKSPACE argument: a file's path, or a team workspace's `postgresql://` address
    (kept as text: a Path would fold its '//')."""
    from consortium_planner.postgres import is_server_url

    return text.strip() if is_server_url(text) else Path(text)


def add_workspace_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("workspace", type=workspace_location,
                        help="workspace file (.cpw) or team workspace (postgresql://...)")


def add_project_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--project",
        metavar="ACRONYM",
        help="the project to use (may be left out when the workspace holds one)",
    )


@contextmanager
def add_language_argument(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument(
        "--language", metavar="L", default="en", type=language_argument,
        help=f"the language of {what}: a code or a name (en, fr, de, es, it, pl; "
        "default English)",
    )


def language_argument(text: str) -> str:
    """argparse type for --language: the code, or a usage error (exit 2) listing the six."""
    from consortium_planner.reference.languages import UnknownLanguage, language_code

    try:
        return language_code(text)
    except UnknownLanguage as error:
        raise argparse.ArgumentTypeError(str(error)) from error


@contextmanager
def opened_workspace(path: Path | str, *, read_only: bool) -> Iterator[Workspace]:
    """Open a workspace for a command; any problem with the file becomes a UsageError (exit 2),
    whether met when opening or later (another program locking the file meanwhile)."""
    try:
        workspace = Workspace.open(path, read_only=read_only)
    except WorkspaceError as error:
        raise UsageError(str(error)) from error
    try:
        yield workspace
    except WorkspaceError as error:
        raise UsageError(str(error)) from error
    except (sqlite3.Error, DBAPIError) as error:
        problem = environment_error(error, workspace.location)  # a server's: no password
        if problem is None:
            raise  # a bug: "unexpected error"
        raise UsageError(str(problem)) from error
    finally:
        workspace.close()


def project_snapshot(workspace: Workspace, acronym: str | None) -> Any:
    from consortium_planner.services.snapshot import find_project_id, load_snapshot

    with workspace.sessions() as session:
        try:
            project_id = find_project_id(session, acronym)
        except LookupError as error:
            raise UsageError(str(error)) from error
        return load_snapshot(session, project_id)


def check_destination(path: Path, *, folder: bool) -> None:
    """Refuse an output place that cannot work before any export runs."""
    target = path.expanduser().absolute()
    parent = target.parent
    if not parent.is_dir():
        raise UsageError(f"{target}: the folder {parent} does not exist")
    if folder and target.exists() and not target.is_dir():
        raise UsageError(f"{target}: is a file, not a folder")
    if not folder and target.is_dir():
        raise UsageError(f"{target}: is a folder, not a file")


def print_json(document: Any) -> None:
    sys.stdout.write(json.dumps(document, indent=2, ensure_ascii=False) + "\n")


def write_atomically(path: Path, data: bytes) -> None:
    """Write to a temporary name beside the target, then rename: never half a file."""
    from consortium_planner.exporting.files import ExportError, replacing

    try:
        with replacing(path) as temp_path:
            temp_path.write_bytes(data)
    except ExportError as error:
        raise UsageError(str(error)) from error
