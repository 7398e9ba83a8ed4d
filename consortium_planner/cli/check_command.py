"""`check`: run the call's eligibility checks and the data checks on a project.

Exit status 0 when no finding is an error, 1 when one is, 2 for an unusable file (the status
scripts and CI rely on).
"""

from __future__ import annotations

import argparse
import textwrap

from consortium_planner.cli import EXIT_FINDINGS, EXIT_OK
from consortium_planner.cli.common import (
    add_language_argument,
    add_project_argument,
    add_workspace_argument,
    opened_workspace,
    print_json,
    project_snapshot,
)
from consortium_planner.rules.findings import SEVERITIES, Finding

NAME = "check"
HELP = "check a project against its call's rules and for missing or inconsistent data"
WIDTH = 96


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_workspace_argument(parser)
    add_project_argument(parser)
    parser.add_argument("--json", action="store_true", help="print the findings as JSON")
    add_language_argument(parser, "the findings' messages (JSON keys and rule ids stay)")


def _wrap(text: str, first: str, rest: str) -> list[str]:
    """Wrapped lines that never split 'EUR' from its amount."""
    lines = textwrap.wrap(text.replace("EUR ", "EUR\u00a0"), WIDTH, initial_indent=first,
                          subsequent_indent=rest)
    return [line.replace("\u00a0", " ") for line in lines]


def findings_text(title: str, findings: list[Finding]) -> str:
    """One block per finding (severity, rule id, message, fix) and a count at the end."""
    lines = [title, ""]
    for finding in findings:
        lines.append(f"{finding.severity.upper()} [{finding.rule}]")
        lines += _wrap(finding.message, "  ", "  ")
        lines += _wrap(finding.fix, "  Fix: ", "       ")
        lines.append("")
    counts = {severity: 0 for severity in SEVERITIES}
    for finding in findings:
        counts[finding.severity] += 1
    lines.append(
        f"{counts['error']} error(s), {counts['warning']} warning(s), {counts['info']} info"
        if findings
        else "No findings."
    )
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    from consortium_planner.rules.engine import findings_document, has_errors, run_checks

    with opened_workspace(args.workspace, read_only=True) as workspace:
        snapshot = project_snapshot(workspace, args.project)
    findings = run_checks(snapshot, args.language)
    if args.json:
        print_json(findings_document(findings))
    else:
        title = (
            f"{snapshot.project.acronym}: checked against call profile "
            f"{snapshot.profile.id} ({snapshot.profile.name})"
        )
        print(findings_text(title, findings))
    return EXIT_FINDINGS if has_errors(findings) else EXIT_OK
