"""ERDF 2021-2027 region categories: the shipped (partial) table and the user's own tables.

Categories are set per NUTS 2016 region by Decision (EU) 2021/1130, so a NUTS 2021 code is looked
up through its 2016 predecessors. The shipped table is partial and from secondary sources; every
value carries its source so the UI can show it, and users can import their own table.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from functools import cache

from consortium_planner.domain.vocab import RegionCategory
from consortium_planner.reference._data import read_rows
from consortium_planner.reference.nuts import get_region, to_nuts2016

SHIPPED_FILE = "region_categories_2021_2027.csv"
SHIPPED_SOURCE = "shipped table resources/reference/" + SHIPPED_FILE

_CODE_HEADERS = ("code", "nuts", "nuts2", "nuts_2", "nuts_code", "nuts2_code", "nuts2016_code",
                 "nuts2021_code", "region_code")
_CATEGORY_HEADERS = ("category", "region_category", "erdf_category")
_SOURCE_HEADERS = ("source", "source_note", "note")
_NUTS2_CODE = re.compile(r"[A-Z]{2}[0-9A-Z]{2}")


@dataclass(frozen=True)
class CategoryInfo:
    category: RegionCategory
    source: str
    # For an outermost region, the GDP-based category the source also gives (e.g. Canarias:
    # transition); None otherwise or when unknown.
    base_category: RegionCategory | None = None


def parse_category_word(text: str) -> RegionCategory | None:
    """A category from "less developed", "Less-Developed", "LESS_DEVELOPED" ...; None if unknown."""
    key = re.sub(r"[\s_\-]+", "_", (text or "").strip().lower())
    key = key.removesuffix("_region").removesuffix("_regions")
    aliases = {"transitional": "transition", "in_transition": "transition"}
    try:
        return RegionCategory(aliases.get(key, key))
    except ValueError:
        return None


@cache
def _shipped() -> dict[str, CategoryInfo]:
    table = {}
    for row in read_rows(SHIPPED_FILE):
        base = parse_category_word(row["category"])
        if base is None:
            raise ValueError(f"{SHIPPED_FILE}: {row['nuts2016_code']} has category {row['category']!r}")
        note = row["source_note"].strip()
        source = f"{note} [{SHIPPED_SOURCE}]"
        if "outermost" in note.lower():
            table[row["nuts2016_code"]] = CategoryInfo(RegionCategory.OUTERMOST, source, base)
        else:
            table[row["nuts2016_code"]] = CategoryInfo(base, source)
    return table


def shipped_categories() -> dict[str, CategoryInfo]:
    """The whole shipped table, keyed by NUTS 2016 code (a copy: callers may edit it)."""
    return dict(_shipped())


def shipped_category(nuts_code: str) -> CategoryInfo | None:
    """The shipped category of a NUTS 2 region given by its 2016 or 2021 code, or None.

    A 2021-only code is answered only when all its 2016 predecessors are in the table with the
    same category; the source then says which 2016 code(s) it came from.
    """
    code = (nuts_code or "").strip().upper()
    table = _shipped()
    if code in table:
        return table[code]
    predecessors = [c for c in to_nuts2016(code) if c != code]
    infos = [table.get(c) for c in predecessors]
    if not infos or any(info is None for info in infos):
        return None
    found = {(info.category, info.base_category) for info in infos if info}
    if len(found) != 1:
        return None
    category, base = found.pop()
    sources = "; ".join(f"{c}: {info.source}" for c, info in zip(predecessors, infos) if info)
    return CategoryInfo(
        category, f"NUTS 2021 {code} mapped to NUTS 2016 {', '.join(predecessors)}. {sources}", base
    )


def _find_column(headers: dict[str, str], names: tuple[str, ...]) -> str | None:
    for name in names:
        if name in headers:
            return headers[name]
    return None


def _delimiter(text: str) -> str:
    """The separator used in the header line (Excel writes ";" in many EU locales)."""
    header_line = text.splitlines()[0] if text else ""
    counts = {d: header_line.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def parse_category_csv(
    text: str, *, default_source: str = "user table"
) -> tuple[dict[str, CategoryInfo], list[str]]:
    """Read a user's category table; bad rows become plain-language problems, never exceptions.

    Needs a header with a code column (code, nuts, nuts2, nuts2016_code ...) and a category column
    (category ...); a source column is optional (else `default_source`, row N). Comma, semicolon
    or tab separated. Codes that are well formed but not NUTS 2 codes of 2016 or 2021 are kept
    and reported, since a user may have newer codes. Row numbers count the header as row 1, as a
    spreadsheet shows them.
    """
    text = text.lstrip("\ufeff")
    problems: list[str] = []
    result: dict[str, CategoryInfo] = {}
    if not text.strip():
        return result, ["The table is empty."]
    reader = csv.reader(io.StringIO(text), delimiter=_delimiter(text))
    header = next(reader, [])
    headers = {re.sub(r"[\s\-]+", "_", h.strip().lower()): h for h in header}
    index = {h: i for i, h in enumerate(header)}
    code_col = _find_column(headers, _CODE_HEADERS)
    category_col = _find_column(headers, _CATEGORY_HEADERS)
    source_col = _find_column(headers, _SOURCE_HEADERS)
    if code_col is None or category_col is None:
        missing = [n for n, c in (("code", code_col), ("category", category_col)) if c is None]
        return result, [
            f"Row 1: the header needs a column named {' and '.join(missing)} "
            f"(found: {', '.join(h for h in header if h.strip()) or 'nothing'})."
        ]
    first_row: dict[str, int] = {}
    for row_number, cells in enumerate(reader, start=2):
        if not any(cell.strip() for cell in cells):
            continue

        def cell(column: str | None) -> str:
            i = index[column] if column is not None else len(cells)
            return cells[i].strip() if i < len(cells) else ""

        code = cell(code_col).upper().replace(" ", "")
        word = cell(category_col)
        if not code:
            problems.append(f"Row {row_number}: no region code; row skipped.")
            continue
        if not _NUTS2_CODE.fullmatch(code):
            problems.append(
                f"Row {row_number}: {code!r} is not a NUTS 2 code (two letters and two "
                "characters, like ITC4); row skipped."
            )
            continue
        category = parse_category_word(word)
        if category is None:
            problems.append(
                f"Row {row_number}: category {word!r} for {code} is not one of less developed, "
                "transition, more developed, outermost; row skipped."
            )
            continue
        if code in first_row:
            problems.append(
                f"Row {row_number}: {code} already given in row {first_row[code]}; "
                "the first one is kept."
            )
            continue
        if get_region(code) is None:
            problems.append(
                f"Row {row_number}: {code} is not a NUTS 2 code of 2016 or 2021; kept as given."
            )
        source = cell(source_col) or f"{default_source}, row {row_number}"
        first_row[code] = row_number
        result[code] = CategoryInfo(category, source)
    return result, problems
