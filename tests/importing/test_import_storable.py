"""Cells a workspace cannot store are errors on their row, never a crash when the import writes."""

from __future__ import annotations

from pathlib import Path

import pytest

from consortium_planner.domain.limits import MAX_INTEGER
from consortium_planner.importing.normalise import (
    parse_integer,
    parse_name,
    parse_notes,
    parse_text,
)


@pytest.mark.parametrize("parse", [parse_text, parse_name, parse_notes])
@pytest.mark.parametrize("cell", ["Ac\ud800me", "\udc80", "Acme\udfff GmbH"])
def test_a_lone_surrogate_is_an_error_on_its_cell(parse, cell: str) -> None:
    value, problems = parse(cell, "Legal name")
    assert value is None
    assert [(p.severity, p.column) for p in problems] == [("error", "Legal name")]
    assert "not text (U+D" in problems[0].message


@pytest.mark.parametrize("cell", [MAX_INTEGER + 1, 2**63, 2**64, float(2**64), "9" * 5000,
                                  str(2**63)])
def test_a_whole_number_past_the_limit_is_an_error(cell: object) -> None:
    value, problems = parse_integer(cell, "Staff")
    assert value is None and problems[0].severity == "error"
    assert "far too large" in problems[0].message and len(problems[0].message) < 120


def test_the_limit_itself_is_accepted() -> None:
    assert parse_integer(MAX_INTEGER, "Staff") == (MAX_INTEGER, [])


@pytest.mark.parametrize(("field", "header"), [("legal_name", "Legal name"),
                                               ("short_name", "Short name"), ("city", "City"),
                                               ("phone", "Phone"), ("postcode", "Postcode")])
def test_text_longer_than_the_workspace_holds_is_an_error_on_its_cell(
        field: str, header: str, tmp_path: Path) -> None:
    """The same limit as the editors and `load`, so a workspace's own dump always loads back."""
    from consortium_planner.domain.limits import ORGANISATION_TEXT_LIMITS
    from consortium_planner.importing.plan import build_organisation_plan

    limit = ORGANISATION_TEXT_LIMITS[field]
    rows = [["Legal name", "Country"] + ([header] if field != "legal_name" else [])]
    long_text = "x" * (limit + 1)
    rows.append(["Acme", "DE", long_text] if field != "legal_name" else [long_text, "DE"])
    rows.append(["Beta", "FR", "y" * limit] if field != "legal_name" else ["b" * limit, "FR"])
    path = tmp_path / "long.csv"
    path.write_text("\n".join(",".join(row) for row in rows), encoding="utf-8")
    plan = build_organisation_plan(path)
    messages = [(error.row, error.message) for error in plan.errors]
    assert messages == [(2, f"is {limit + 1:,} characters long; at most {limit:,} fit")]
