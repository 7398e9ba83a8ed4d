"""Shared CSV loading for the reference modules."""

from __future__ import annotations

import csv
from pathlib import Path

from consortium_planner.paths import resources_dir


def reference_dir() -> Path:
    """The folder of the shipped reference CSVs (see resources/reference/README.md)."""
    return resources_dir() / "reference"


def read_rows(filename: str) -> list[dict[str, str]]:
    """All rows of a shipped CSV as dicts; UTF-8 with or without BOM."""
    with (reference_dir() / filename).open(encoding="utf-8-sig", newline="") as fh:
        return [dict(row) for row in csv.DictReader(fh)]
