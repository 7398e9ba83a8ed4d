"""The workspace's own ERDF region categories: set, clear, import a table, list with sources.

The shipped table is partial and from secondary sources, so a user must be able to correct or
complete it, and see where every value came from. A workspace entry wins over the shipped table
for the same code (the snapshot resolves a participant's category the same way, after the
participant's own override). Each public method is one transaction.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from consortium_planner.models import ImportBatch, RegionCategoryEntry
from consortium_planner.reference.countries import get_country
from consortium_planner.reference.nuts import all_regions, get_region
from consortium_planner.reference.region_categories import (
    parse_category_csv,
    parse_category_word,
    shipped_category,
)
from consortium_planner.services.editing import Changes
from consortium_planner.reference.messages import gettext
from consortium_planner.services.errors import UserError
from consortium_planner.workspace import Workspace

NUTS2_CODE = re.compile(r"[A-Z]{2}[0-9A-Z]{2}")
IMPORT_KIND = "region_categories"
# A region category decides eligibility and funding: the views showing participants and the
# budget reload after any change.
CATEGORY_CHANGES = Changes(participants=True, budget=True)


@dataclass(frozen=True)
class WorkspaceCategory:
    """A category the user set or imported."""

    code: str
    category: str
    source: str
    updated_at: datetime


@dataclass(frozen=True)
class RegionCategoryRow:
    """One region with its effective category and where that value came from."""

    code: str
    name: str  # "" for a code that is not a NUTS 2 region of 2016 or 2021
    country: str
    in_2016: bool
    in_2021: bool
    category: str | None
    origin: str  # "workspace", "shipped" or "none"
    source: str  # the source note of the effective value ("" when there is none)
    shipped_category: str | None  # what the shipped table says, shown beside a user's value

    @property
    def missing(self) -> bool:
        """No known category: the checks cannot count this region for the region mix."""
        return self.category is None


@dataclass(frozen=True)
class CategoryImportResult:
    file_name: str
    created: int
    updated: int
    unchanged: int
    skipped: int  # rows refused (see problems)
    problems: tuple[str, ...]
    batch_id: int | None  # the ImportBatch recorded; None when nothing could be imported
    changes: Changes

    @property
    def imported(self) -> int:
        return self.created + self.updated + self.unchanged


def _code(value: str) -> str:
    code = (value or "").strip().upper().replace(" ", "")
    if not NUTS2_CODE.fullmatch(code):
        raise UserError(
            gettext("'{value}' is not a NUTS 2 code: give two letters and two characters, like "
                    "ITC4.", value=value)
        )
    return code


def decode_table(data: bytes, file_name: str) -> str:
    """The text of a CSV file: UTF-8 (with or without BOM), else Windows-1252 as Excel saves."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError as error:
            raise UserError(
                gettext("{file} is not a text (CSV) file; save the table as CSV UTF-8 and try "
                        "again.", file=file_name)
            ) from error


def _skipped_rows(problems: list[str]) -> int:
    """Data rows the parser refused (a code it keeps anyway is a note, not a skipped row)."""
    return sum(
        1
        for problem in problems
        if problem.startswith("Row ")
        and not problem.startswith("Row 1:")
        and not problem.endswith("kept as given.")
    )


class RegionCategoryService:
    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace

    def _writable(self) -> None:
        self._workspace.require_writable("change region categories")

    def entry(self, code: str) -> WorkspaceCategory | None:
        """The workspace's own entry for a code (read it before a change to undo it)."""
        with self._workspace.sessions() as session:
            row = session.get(RegionCategoryEntry, _code(code))
            if row is None:
                return None
            return WorkspaceCategory(row.nuts_code, str(row.category), row.source, row.updated_at)

    def set_category(self, code: str, category: str, source: str) -> Changes:
        """Set a region's category; the source says where the value comes from and is required."""
        self._writable()
        nuts_code = _code(code)
        parsed = parse_category_word(category)
        if parsed is None:
            raise UserError(
                gettext("'{category}' is not a region category: choose less developed, "
                        "transition, more developed or outermost.", category=category)
            )
        note = (source or "").strip()
        if not note:
            raise UserError(
                gettext("Say where the category of {region} comes from (for example "
                        "'Decision (EU) 2021/1130, Annex I').", region=nuts_code)
            )
        with self._workspace.transaction() as session:
            row = session.get(RegionCategoryEntry, nuts_code)
            if row is None:
                session.add(RegionCategoryEntry(nuts_code=nuts_code, category=parsed, source=note))
            else:
                row.category = parsed
                row.source = note
        return CATEGORY_CHANGES

    def clear_category(self, code: str) -> Changes:
        """Remove the workspace's entry, so the shipped value (if any) applies again."""
        self._writable()
        nuts_code = _code(code)
        with self._workspace.transaction() as session:
            row = session.get(RegionCategoryEntry, nuts_code)
            if row is None:
                return Changes()
            session.delete(row)
        return CATEGORY_CHANGES

    def import_file(self, path: Path) -> CategoryImportResult:
        try:
            data = path.read_bytes()
        except OSError as error:
            raise UserError(gettext("{file} cannot be read ({reason}).", file=path.name,
                                    reason=error.strerror)) from error
        return self.import_table(
            decode_table(data, path.name), file_name=path.name,
            sha256=hashlib.sha256(data).hexdigest(),
        )

    def import_table(
        self, text: str, *, file_name: str, sha256: str | None = None
    ) -> CategoryImportResult:
        """Import a user's category table (CSV text): every valid row, in one transaction.

        Rows the table cannot support (no code, an unknown category, a repeated code) are
        skipped and listed in `problems`; the import is recorded as an ImportBatch with what
        changed, code by code.
        """
        self._writable()
        table, problems = parse_category_csv(text, default_source=f"imported from {file_name}")
        skipped = _skipped_rows(problems)
        if not table:
            return CategoryImportResult(file_name, 0, 0, 0, skipped, tuple(problems), None,
                                        Changes())
        created = updated = unchanged = 0
        changed: dict[str, list[str | None]] = {}
        with self._workspace.transaction() as session:
            existing = {
                row.nuts_code: row
                for row in session.scalars(
                    select(RegionCategoryEntry).where(RegionCategoryEntry.nuts_code.in_(table))
                )
            }
            for code, info in table.items():
                row = existing.get(code)
                if row is None:
                    session.add(
                        RegionCategoryEntry(nuts_code=code, category=info.category,
                                            source=info.source)
                    )
                    created += 1
                    changed[code] = [None, str(info.category)]
                elif row.category == info.category and row.source == info.source:
                    unchanged += 1
                else:
                    changed[code] = [str(row.category), str(info.category)]
                    row.category = info.category
                    row.source = info.source
                    updated += 1
            batch = ImportBatch(
                kind=IMPORT_KIND,
                file_name=file_name,
                sha256=sha256 or hashlib.sha256(text.encode("utf-8")).hexdigest(),
                rows_read=len(table) + skipped,
                created=created,
                updated=updated,
                unchanged=unchanged,
                skipped=skipped,
                details=json.dumps({"changed": changed, "problems": problems},
                                   ensure_ascii=False),
            )
            session.add(batch)
            session.flush()
            batch_id = batch.id
        return CategoryImportResult(
            file_name, created, updated, unchanged, skipped, tuple(problems), batch_id,
            CATEGORY_CHANGES if created or updated else Changes(),
        )

    def list_regions(
        self, *, country: str | None = None, only_missing: bool = False
    ) -> list[RegionCategoryRow]:
        """Every NUTS 2 region (2016 and 2021 codes) and every code the user gave a category,
        with its effective category and source; `missing` marks those with none."""
        found = get_country(country) if country else None
        wanted = found.code if found else (country or "").strip().upper()
        with self._workspace.sessions() as session:
            entries = {row.nuts_code: row for row in session.scalars(select(RegionCategoryEntry))}
        codes = {region.code for region in all_regions()} | set(entries)
        rows = []
        for code in sorted(codes):
            region = get_region(code)
            region_country = region.country if region else code[:2]
            if wanted and region_country != wanted:
                continue
            shipped = shipped_category(code)
            entry = entries.get(code)
            if entry is not None:
                category, origin, source = str(entry.category), "workspace", entry.source
            elif shipped is not None:
                category, origin, source = str(shipped.category), "shipped", shipped.source
            else:
                category, origin, source = None, "none", ""
            row = RegionCategoryRow(
                code=code,
                name=region.name if region else "",
                country=region_country,
                in_2016=region.in_2016 if region else False,
                in_2021=region.in_2021 if region else False,
                category=category,
                origin=origin,
                source=source,
                shipped_category=str(shipped.category) if shipped else None,
            )
            if not only_missing or row.missing:
                rows.append(row)
        return rows
