"""The app's definition of a start-up (resources/reference/startups.toml): data with its source,
since no EU act defines one. A call profile's [value_chain.startups] replaces it."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from functools import cache
from typing import Any

from consortium_planner.domain.value_chain import COMPANY_ORG_TYPES, StartupRule
from consortium_planner.domain.vocab import OrgType
from consortium_planner.reference._data import reference_dir

STARTUPS_FILE = "startups.toml"


def parse_startup_rule(table: Mapping[str, Any]) -> StartupRule:
    """A rule from a TOML table; KeyError or ValueError when it is not one."""
    years = int(table["younger_than_years"])
    if years < 1:
        raise ValueError(f"younger_than_years must be at least 1, not {years}")
    return StartupRule(
        younger_than_years=years,
        org_types=frozenset(OrgType(t) for t in table.get("org_types", sorted(COMPANY_ORG_TYPES))),
        source=str(table.get("source", "")),
        verify=bool(table.get("verify", False)),
    )


@cache
def default_startup_rule() -> StartupRule:
    path = reference_dir() / STARTUPS_FILE
    return parse_startup_rule(tomllib.loads(path.read_text(encoding="utf-8")))
