"""The command line: `consortium-planner [WORKSPACE]` opens the window, `consortium-planner
COMMAND ...` runs a batch command without a display.

Each command lives in its own module under `cli/` with `NAME`, `HELP`, `add_arguments(parser)`
and `run(args) -> int`. Exit status: 0 success, 1 a check found errors (or an import was
rejected), 2 bad usage or an unusable file. Messages go to stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Sequence
from types import ModuleType

from consortium_planner import __version__
from consortium_planner.services.errors import UserError

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2
EXIT_BROKEN_PIPE = 141  # what a shell reports for a program ended by SIGPIPE

COMMAND_MODULES: tuple[str, ...] = (
    "consortium_planner.cli.workspace_commands",
    "consortium_planner.cli.project_commands",
    "consortium_planner.cli.check_command",
    "consortium_planner.cli.import_command",
    "consortium_planner.cli.template_command",
    "consortium_planner.cli.export_command",
    "consortium_planner.cli.directory_command",
    "consortium_planner.cli.compare_command",
    "consortium_planner.cli.versions_command",
    "consortium_planner.cli.history_command",
)


class UsageError(Exception):
    """Bad usage or an unusable input: printed as one line, exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse prints usage and exits 2: keep that
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def _command_modules() -> list[ModuleType]:
    return [importlib.import_module(name) for name in COMMAND_MODULES]


# The batch commands' names, known without importing their modules (which bring SQLAlchemy and
# the services): the window's start only needs to know that its arguments name none of them.
COMMAND_NAMES = frozenset({
    "new", "demo", "summary", "dump", "load", "check", "import", "template", "export",
    "directory", "compare", "versions", "scenario", "init-server", "copy", "history",
})

# Imported before PySide6 when the window opens a workspace: once shiboken6 is loaded it reads
# the source text of every Python module imported after it (its __feature__ check), which costs
# about a sixth of a second over SQLAlchemy and the models; these are needed at once anyway.
WINDOW_PRELOAD: tuple[str, ...] = (
    "consortium_planner.workspace",
    "consortium_planner.models",
    "consortium_planner.services.directory",
    "consortium_planner.services.directory_search",
    "consortium_planner.services.versions",  # the navigator lists them
    "consortium_planner.services.change_feed",  # others' changes, followed from the start
)


def preload_for_window(args: argparse.Namespace) -> None:
    """Import what opening the workspace named on the command line needs, before Qt."""
    if getattr(args, "workspace", None) or getattr(args, "demo", False):
        for name in WINDOW_PRELOAD:
            importlib.import_module(name)


def _commands() -> dict[str, ModuleType]:
    commands: dict[str, ModuleType] = {}
    for module in _command_modules():
        for command in getattr(module, "COMMANDS", [module]):
            commands[command.NAME] = command
    return commands


def build_parser(commands: dict[str, ModuleType]) -> argparse.ArgumentParser:
    parser = _Parser(
        prog="consortium-planner",
        description="Plan consortia, work plans and budgets for EU innovation calls.",
        epilog="Run without a command to open the window. "
        "'consortium-planner COMMAND --help' explains each command.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name, command in commands.items():
        sub = subparsers.add_parser(name, help=command.HELP, description=command.HELP)
        sub.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
        command.add_arguments(sub)
    return parser


def build_gui_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="consortium-planner",
        description="Open the Consortium Planner window.",
        epilog="Batch commands: new, demo, summary, dump, load, check, import, directory, "
        "template, export, compare, versions, scenario, history "
        "(see 'consortium-planner --help').",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("workspace", nargs="?",
                        help="workspace file to open (.cpw), or a team workspace "
                             "(postgresql://user@host/database)")
    parser.add_argument("--demo", action="store_true", help="open a fresh copy of the demo")
    parser.add_argument(
        "--read-only", action="store_true", help="open the workspace without editing it"
    )
    parser.add_argument(
        "--no-err-windows", action="store_true", help=argparse.SUPPRESS
    )  # tests: report errors on stderr instead of dialogs
    parser.add_argument(
        "--quit-after-show", action="store_true", help=argparse.SUPPRESS
    )  # CI smoke test: show every page once, then exit 0 (1 if any error was reported)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    is_batch = bool(args_list) and (
        args_list[0] in COMMAND_NAMES or args_list[0] in ("-h", "--help")
    )
    if not is_batch:
        gui_args = build_gui_parser().parse_args(args_list)
        preload_for_window(gui_args)
        from consortium_planner.ui.launch import run_gui

        return run_gui(gui_args)
    commands = _commands()
    parser = build_parser(commands)
    args = parser.parse_args(args_list)
    try:
        status = int(commands[args.command].run(args))
        sys.stdout.flush()  # inside the try: a closed pipe is reported here, not at exit
        return status
    except UsageError as error:
        print(f"consortium-planner {args.command}: {error}", file=sys.stderr)
        return EXIT_USAGE
    except UserError as error:  # refused, nothing written: someone else changed the rows ...
        print(f"consortium-planner {args.command}: {error}", file=sys.stderr)
        return EXIT_FINDINGS
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `summary | head` stopped reading: not an error of ours
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except MemoryError:  # an absurd input, not a bug: say so instead of a traceback
        print(f"consortium-planner {args.command}: not enough memory for this input; "
              "check that the files are the ones you meant", file=sys.stderr)
        return EXIT_USAGE
    except OSError as error:
        if error.errno is None:  # not the system's refusal of a file: one of our bugs
            return _unexpected(args.command, error)
        print(f"consortium-planner {args.command}: {_environment_message(error)}", file=sys.stderr)
        return EXIT_USAGE
    except Exception as error:  # a bug: one line here, the traceback in the log file
        return _unexpected(args.command, error)


def _unexpected(command: str, error: Exception) -> int:
    from consortium_planner.logs import record_unexpected

    log_path = record_unexpected(error)
    where = f"; details in {log_path}" if log_path else ""
    print(
        f"consortium-planner {command}: unexpected error ({type(error).__name__}: "
        f"{error}){where}",
        file=sys.stderr,
    )
    return EXIT_USAGE


def _environment_message(error: OSError) -> str:
    """'report.pdf: Permission denied': the file and the system's reason, for the user to act."""
    reason = error.strerror or os.strerror(error.errno or 0)
    names = [str(name) for name in (error.filename, error.filename2) if name is not None]
    return f"{' -> '.join(names)}: {reason}" if names else f"the system refused: {reason}"


def _silence_stdout() -> None:
    """Point stdout at the null device so the final flush at exit cannot fail again."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass
