"""Run every check on a project and shape the findings for the command line and the UI.

The rule id of a finding is the name of the check that made it, so `RULES` is also the
catalogue of ids (the consortium ids are fixed by issue 3; the command line and tests rely on
them).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from consortium_planner.rules import consortium, data_quality, reconciliation, value_chain
from consortium_planner.reference.wording import wording
from consortium_planner.rules.findings import SEVERITIES, Finding, finding, sentence
from consortium_planner.reference.messages import gettext

if TYPE_CHECKING:
    from consortium_planner.domain.project import ProjectSnapshot

Check = Callable[["ProjectSnapshot"], list[Finding]]


def call_profile(snapshot: ProjectSnapshot) -> list[Finding]:
    """The project's call profile is not installed, so the checks ran against another one."""
    return [
        finding(
            "warning",
            "call_profile",
            gettext("{note}, so the call's own rules were not checked.", note=sentence(note)),
            gettext("Install the call's profile file, or choose an installed call profile for "
                    "the project."),
        )
        for note in snapshot.notes
    ]


CHECKS: tuple[Check, ...] = (
    call_profile,
    *consortium.CHECKS,
    *data_quality.CHECKS,
    *reconciliation.CHECKS,
    *value_chain.CHECKS,
)
RULES: dict[str, Check] = {check.__name__: check for check in CHECKS}


def sort_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Errors first, then warnings, then info; within a severity, in the order of CHECKS."""
    return sorted(findings, key=lambda finding: SEVERITIES.index(finding.severity))


def run_checks(snapshot: ProjectSnapshot, language: str = "en") -> list[Finding]:
    """Every finding about the project, errors first, worded in `language` (checks.po)."""
    return in_language(
        sort_findings(item for check in CHECKS for item in check(snapshot)), language)


def in_language(findings: Iterable[Finding], language: str) -> list[Finding]:
    """The findings worded in `language` (the window computes them once, in English, and an
    export in another language rewords them here)."""
    if language == "en":
        return list(findings)
    language_wording = wording(language)
    return [item.worded(language_wording) for item in findings]


def has_errors(findings: Iterable[Finding]) -> bool:
    return any(finding.severity == "error" for finding in findings)


def finding_document(finding: Finding) -> dict[str, Any]:
    return {
        "severity": finding.severity,
        "rule": finding.rule,
        "message": finding.message,
        "fix": finding.fix,
        "participants": list(finding.participants),
        "work_packages": list(finding.work_packages),
    }


def findings_document(findings: Iterable[Finding]) -> dict[str, Any]:
    """The `check --json` document: `ok` is false exactly when there is an error."""
    items = list(findings)
    return {"ok": not has_errors(items), "findings": [finding_document(f) for f in items]}
