"""Compare 2 to 4 projects of a workspace: find each side, run the checks on it, diff them.

A side is named as the user types it: "ACRONYM" (a project or scenario of the workspace) or
"ACRONYM@VERSION" (a saved version of one). `resolve_side` is the one place that turns that text
into a `ProjectSnapshot`; the comparison itself (domain/compare.py) does not care where a side
came from. The command line and the window both call `compare_sides`.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from consortium_planner.domain.compare import (
    CHECK_PASSES,
    CHECK_SEVERITIES,
    MAX_SIDES,
    MIN_SIDES,
    SECTION_TITLES,
    CheckOutcome,
    Comparison,
    Row,
    Side,
    compare,
)
from consortium_planner.domain.money import rate_text, two_places
from consortium_planner.domain.project import ProjectSnapshot
from consortium_planner.rules.engine import RULES, run_checks
from consortium_planner.services import versions
from consortium_planner.services.snapshot import find_project_id, load_snapshot

VERSION_SEPARATOR = versions.VERSION_SEPARATOR


class SideError(LookupError):
    """A side that names no project or version of the workspace; the message says which."""


def resolve_side(session: Session, text: str) -> ProjectSnapshot:
    """The project (or version of a project) that `text` names: "ACRONYM" or "ACRONYM@VERSION".

    A project whose acronym holds "@" is found by its whole acronym first."""
    name = text.strip()
    try:
        return load_snapshot(session, find_project_id(session, name))
    except LookupError as error:
        acronym, separator, version = name.rpartition(VERSION_SEPARATOR)
        if not separator:
            if not name:
                raise SideError(f"{text!r} names no project: give an acronym, or "
                                "ACRONYM@VERSION") from error
            raise SideError(str(error)) from error
    if not acronym.strip():
        raise SideError(f"{text!r} names no project: give an acronym, or ACRONYM@VERSION")
    return resolve_version(session, acronym.strip(), version.strip())


def resolve_version(session: Session, acronym: str, version: str) -> ProjectSnapshot:
    """The frozen project of a saved version (ACRONYM@VERSION), read by services/versions.py;
    `SideError` (its message lists the project's versions) when there is no such version."""
    try:
        return versions.resolve_version(session, acronym, version)
    except LookupError as error:
        raise SideError(str(error)) from error


def check_outcomes(snapshot: ProjectSnapshot, language: str = "en"
                   ) -> tuple[CheckOutcome, ...]:
    """Every rule's outcome, in the rules engine's order: passes, or its worst finding (its
    findings' messages worded in `language`)."""
    findings = run_checks(snapshot, language)
    outcomes = []
    for rule in RULES:
        own = [finding for finding in findings if finding.rule == rule]
        status = next((severity for severity in CHECK_SEVERITIES
                       if any(finding.severity == severity for finding in own)), CHECK_PASSES)
        outcomes.append(CheckOutcome(rule, status, tuple(finding.message for finding in own)))
    return tuple(outcomes)


def compare_snapshots(sides: Sequence[tuple[str, ProjectSnapshot]], language: str = "en"
                      ) -> Comparison:
    """The comparison of labelled snapshots (the first the reference), checks included (the
    window words their findings, shown as the check rows' tooltips, in its language)."""
    return compare([Side(label, snapshot, check_outcomes(snapshot, language))
                    for label, snapshot in sides])


def compare_sides(session: Session, texts: Sequence[str]) -> Comparison:
    """Compare the projects or versions that `texts` name (2 to 4, the first the reference)."""
    if not MIN_SIDES <= len(texts) <= MAX_SIDES:
        raise SideError(f"compare takes {MIN_SIDES} to {MAX_SIDES} projects, not {len(texts)}")
    return compare_snapshots([(text.strip(), resolve_side(session, text)) for text in texts])


# --- the JSON document (`compare --json`) -------------------------------------------------------


def _value_text(row: Row, value: Any) -> Any:
    if value is None:
        return None
    if row.kind in ("money", "months"):
        return two_places(value)
    if row.kind == "rate":
        return rate_text(value)
    return value


def _delta_value(row: Row, side: int) -> str | int | None:
    """Money and person-months as strings with two decimals, months as whole numbers."""
    delta = row.delta(side)
    if delta is None or row.kind != "month":
        return _value_text(row, delta)
    return int(delta)


def percent_text(fraction: Decimal | None) -> str | None:
    """A delta's fraction as a percentage with one decimal: "12.5"; None when there is none."""
    if fraction is None:
        return None
    return str((fraction * 100).quantize(Decimal("0.1")))


def row_document(row: Row) -> dict[str, Any]:
    sides = range(len(row.values))
    return {
        "section": row.section,
        "item": row.entity,
        "field": row.field,
        "kind": row.kind,
        "derived": row.derived,
        "differs": row.differs,
        "values": [_value_text(row, value) for value in row.values],
        "status": [row.status(side) for side in sides],
        "deltas": [_delta_value(row, side) for side in sides][1:],
        "percent": [percent_text(row.percent(side)) for side in sides][1:],
    }


def comparison_document(comparison: Comparison, *, everything: bool = False) -> dict[str, Any]:
    """The `compare --json` document: the sides, their totals (as `summary --json`), and the
    rows that differ (every row with `everything`)."""
    rows = comparison.rows if everything else comparison.differences
    return {
        "sides": list(comparison.sides),
        "reference": comparison.sides[0],
        "currency": comparison.currency,
        "identical": comparison.identical,
        "differences": len(comparison.differences),
        "totals": [{key: two_places(value) for key, value in totals.items()}
                   for totals in comparison.totals],
        "sections": [
            {"section": key, "title": title,
             "rows": [row_document(row) for row in rows if row.section == key]}
            for key, title in SECTION_TITLES.items()
        ],
    }
