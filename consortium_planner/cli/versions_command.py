"""`versions` and `scenario`: the frozen versions of a project, and the scenarios of a proposal.

`versions WORKSPACE ACRONYM` lists the project's versions (newest first); `--take NOTE` first
takes one. `scenario WORKSPACE ACRONYM` lists the proposal the project belongs to (its main
project and scenarios); `--new ACRONYM [--name NAME]` copies the project as a new scenario,
`--promote` makes it the main project, `--restore N --as ACRONYM` makes version N a new
scenario. Exit status 0, or 2 for an unusable workspace, an unknown project or version, or an
acronym already taken.
"""

from __future__ import annotations

import argparse
from typing import Any

from consortium_planner.cli import EXIT_OK, UsageError
from consortium_planner.cli.common import add_workspace_argument, opened_workspace, print_json
from consortium_planner.workspace import Workspace


def _project_id(workspace: Workspace, acronym: str) -> int:
    from consortium_planner.services.snapshot import find_project_id

    with workspace.sessions() as session:
        try:
            return find_project_id(session, acronym)
        except LookupError as error:
            raise UsageError(str(error)) from error


def _edit(call: Any) -> Any:
    """A service edit; a refusal (an acronym taken, no such version) is bad usage."""
    from consortium_planner.services.errors import UserError

    try:
        return call()
    except UserError as error:
        raise UsageError(str(error)) from error


class VersionsCommand:
    NAME = "versions"
    HELP = "list a project's frozen versions, or take one (--take NOTE)"

    @staticmethod
    def add_arguments(parser: argparse.ArgumentParser) -> None:
        add_workspace_argument(parser)
        parser.add_argument("acronym", metavar="ACRONYM", help="the project")
        parser.add_argument("--take", metavar="NOTE",
                            help='first take a version with this note ("sent to partners")')
        parser.add_argument("--json", action="store_true", help="print JSON")

    @staticmethod
    def run(args: argparse.Namespace) -> int:
        from consortium_planner.services.editing import EditingService
        from consortium_planner.services.versions import list_versions

        with opened_workspace(args.workspace, read_only=args.take is None) as workspace:
            project_id = _project_id(workspace, args.acronym)
            taken = None
            if args.take is not None:
                changes = _edit(lambda: EditingService(workspace).take_version(project_id,
                                                                               args.take))
                taken = changes.created_id
            with workspace.sessions() as session:
                entries = list_versions(session, project_id)
        if args.json:
            document: dict[str, Any] = {"versions": [entry.as_json() for entry in entries]}
            if taken is not None:
                document["taken"] = next(e.as_json() for e in entries if e.id == taken)
            print_json(document)
            return EXIT_OK
        for entry in entries:
            marker = "*" if entry.id == taken else " "
            print(f"{marker} {entry.label:<24} {entry.local_time:%Y-%m-%d %H:%M}  "
                  f"{entry.what}  [{entry.kind}]")
        if not entries:
            print(f"{args.acronym} has no versions; take one with --take NOTE")
        return EXIT_OK


class ScenarioCommand:
    NAME = "scenario"
    HELP = "list a proposal's scenarios; make, promote or restore one"

    @staticmethod
    def add_arguments(parser: argparse.ArgumentParser) -> None:
        add_workspace_argument(parser)
        parser.add_argument("acronym", metavar="ACRONYM", help="a project of the proposal")
        action = parser.add_mutually_exclusive_group()
        action.add_argument("--new", metavar="NEW_ACRONYM",
                            help="copy the project as a new scenario of its proposal")
        action.add_argument("--promote", action="store_true",
                            help="make the project the main one of its proposal")
        action.add_argument("--restore", metavar="N", help="make version N a new scenario")
        parser.add_argument("--as", dest="as_acronym", metavar="NEW_ACRONYM",
                            help="the acronym of the scenario --restore makes")
        parser.add_argument("--name", default="", help="what the new scenario tries")
        parser.add_argument("--json", action="store_true", help="print JSON")

    @staticmethod
    def run(args: argparse.Namespace) -> int:
        from consortium_planner.services.editing import EditingService
        from consortium_planner.services.versions import version_id_of

        if args.restore is not None and not args.as_acronym:
            raise UsageError("--restore N needs --as NEW_ACRONYM, the new scenario's acronym")
        changing = args.new is not None or args.promote or args.restore is not None
        with opened_workspace(args.workspace, read_only=not changing) as workspace:
            project_id = _project_id(workspace, args.acronym)
            service = EditingService(workspace)
            if args.new is not None:
                project_id = _edit(lambda: service.create_scenario(
                    project_id, args.new, args.name)).created_id
            elif args.promote:
                _edit(lambda: service.promote_scenario(project_id))
            elif args.restore is not None:
                with workspace.sessions() as session:
                    try:
                        version_id = version_id_of(session, args.acronym, args.restore)
                    except LookupError as error:
                        raise UsageError(str(error)) from error
                project_id = _edit(lambda: service.restore_version(
                    version_id, args.as_acronym, args.name)).created_id
            group = _proposal(workspace, project_id)
        if args.json:
            print_json({"projects": group})
        else:
            for entry in group:
                role = "main" if entry["main"] else f"scenario of {entry['scenario_of']}"
                name = f"  {entry['scenario_name']}" if entry["scenario_name"] else ""
                print(f"{entry['acronym']:<24} {role}{name}")
        return EXIT_OK


def _proposal(workspace: Workspace, project_id: int) -> list[dict[str, Any]]:
    """The projects of `project_id`'s proposal, the main one first."""
    from consortium_planner.services.directory import list_projects

    with workspace.sessions() as session:
        projects = list_projects(session)
    by_id = {entry.id: entry for entry in projects}
    main = by_id[project_id].scenario_of_id or project_id
    group = [entry for entry in projects if main in (entry.id, entry.scenario_of_id)]
    group.sort(key=lambda entry: entry.scenario_of_id is not None)
    return [{"acronym": entry.acronym, "main": entry.scenario_of_id is None,
             "scenario_of": by_id[main].acronym if entry.scenario_of_id else None,
             "scenario_name": entry.scenario_name} for entry in group]


COMMANDS = [VersionsCommand, ScenarioCommand]
