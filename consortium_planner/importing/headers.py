"""Find the header row of an organisation list and map its columns to organisation fields.

People send lists with title rows above the header, in eight or more languages, with merged
group headings ("Contact" over "Name" and "E-mail"). Headers are compared after folding case,
accents and punctuation, so "N.º de IVA", "n° IVA" and "NO DE IVA" meet.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from consortium_planner.domain.text import fold_words
from consortium_planner.domain.vocab import ORGANISATION_FIELDS, ORGANISATION_LIST_FIELDS
from consortium_planner.reference.words import word_file

# A column meaning "non-profit" carries the profit field inverted; the plan turns it around.
NON_PROFIT = "non_profit"
MAPPABLE_FIELDS: tuple[str, ...] = (
    *ORGANISATION_FIELDS, *ORGANISATION_LIST_FIELDS, NON_PROFIT)
IGNORE = "ignore"
HEADER_SEARCH_ROWS = 30

# Synonyms per field in eight languages, from resources/words/headers.toml (as people type them;
# they are normalised once at import time).
FIELD_SYNONYMS: dict[str, list[str]] = word_file("headers")["fields"]
# A participation list's project columns (programme, project id, acronym, role, EU
# contribution): the organisation's EU project experience, read by importing/cordis.py.
PARTICIPATION_SYNONYMS: dict[str, list[str]] = word_file("headers")["participation"]
PARTICIPATION_FIELDS: tuple[str, ...] = tuple(PARTICIPATION_SYNONYMS)

MAPPABLE_FIELDS: tuple[str, ...] = (*ORGANISATION_FIELDS, NON_PROFIT, *PARTICIPATION_FIELDS)

# Single words that mean too many things to be matched inside a longer header.
_EXACT_ONLY = frozenset(word_file("headers")["matching"]["exact_only"])


def normalise_header(text: object) -> str:
    """Fold a header for comparison: case, accents, punctuation and spacing do not count."""
    if text is None:
        return ""
    return _normalise_header(str(text))


@lru_cache(maxsize=4096)
def _normalise_header(text: str) -> str:
    # "N.º", "N°" and "Nº" are all "number": fold them to one spelling.
    return _NUMERO.sub("no", fold_words(text.replace("°", "o")))


_NUMERO = re.compile(r"\bn o\b")
_PARENTHESES = re.compile(r"\([^)]*\)|\[[^\]]*\]")


def _build_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for field_name, synonyms in (*FIELD_SYNONYMS.items(), *PARTICIPATION_SYNONYMS.items()):
        for synonym in (field_name.replace("_", " "), *synonyms):
            key = normalise_header(synonym)
            index.setdefault(key, field_name)
    return index


SYNONYM_INDEX: dict[str, str] = _build_index()
_PHRASES: tuple[tuple[str, str], ...] = tuple(
    sorted(((key, fld) for key, fld in SYNONYM_INDEX.items() if key not in _EXACT_ONLY),
           key=lambda item: -len(item[0]))
)
# Position in `_PHRASES` of each phrase, by its first word: a phrase can only occur in a header
# holding that word, so a header is compared with a handful of phrases instead of hundreds.
_PHRASES_BY_FIRST_WORD: dict[str, list[int]] = {}
for _position, (_phrase, _) in enumerate(_PHRASES):
    _PHRASES_BY_FIRST_WORD.setdefault(_phrase.split(" ")[0], []).append(_position)
del _position, _phrase


@lru_cache(maxsize=4096)
def match_header(header: str) -> tuple[str | None, float]:
    """The field a header names and how sure the match is (1.0 exact, 0.75 by a phrase inside).

    A header containing phrases of two different fields ("Contact person e-mail", when not listed
    itself) is left unmapped rather than guessed.
    """
    key = normalise_header(header)
    if not key:
        return None, 0.0
    if key in SYNONYM_INDEX:
        return SYNONYM_INDEX[key], 1.0
    bare = normalise_header(_PARENTHESES.sub(" ", str(header)))
    if bare and bare in SYNONYM_INDEX:
        return SYNONYM_INDEX[bare], 1.0
    padded = f" {key} "
    found: set[str] = set()
    positions = sorted(position for word in set(padded.split(" "))
                       for position in _PHRASES_BY_FIRST_WORD.get(word, ()))
    for phrase, field_name in map(_PHRASES.__getitem__, positions):
        if f" {phrase} " in padded:
            found.add(field_name)
            padded = padded.replace(f" {phrase} ", " | ")
    if len(found) == 1:
        return found.pop(), 0.75
    return None, 0.0


@dataclass
class HeaderMapping:
    """Which column feeds which field, and what was left out and why."""

    columns: dict[int, str] = field(default_factory=dict)
    unmapped: list[tuple[int, str]] = field(default_factory=list)
    # A later column naming a field already taken: (index, header, field). The first one wins.
    duplicates: list[tuple[int, str, str]] = field(default_factory=list)
    ignored: list[tuple[int, str]] = field(default_factory=list)
    headers: list[str] = field(default_factory=list)
    score: float = 0.0
    # 2 when a merged group heading row sits above the sub-headers ("Contact" over "E-mail").
    header_rows: int = 1

    @property
    def fields(self) -> set[str]:
        return set(self.columns.values())


def parse_override(text: str) -> tuple[str, str]:
    """Split a command-line "Header=field" into its parts; raise ValueError on a bad field."""
    header, sep, field_name = text.rpartition("=")
    if not sep or not header.strip():
        raise ValueError(f"“{text}” is not of the form Header=field.")
    return header.strip(), check_override_field(field_name)


def check_override_field(field_name: str) -> str:
    """Return the canonical field for an override, "" meaning drop the column."""
    cleaned = field_name.strip().lower().replace("-", "_").replace(" ", "_")
    if cleaned in ("", IGNORE):
        return ""
    if cleaned not in MAPPABLE_FIELDS:
        raise ValueError(
            f"“{field_name}” is not an organisation field. Use one of: "
            + ", ".join(MAPPABLE_FIELDS) + ", or “ignore”."
        )
    return cleaned


def normalise_overrides(overrides: Mapping[str, str] | None) -> dict[str, str]:
    """Key overrides by normalised header so they match the way synonyms do."""
    return {normalise_header(header): check_override_field(fld)
            for header, fld in (overrides or {}).items()}


def map_headers(
    headers: Sequence[object],
    overrides: Mapping[str, str] | None = None,
    *,
    group_headings: Sequence[object] | None = None,
) -> HeaderMapping:
    """Map header cells to fields; user overrides win over synonyms.

    `group_headings` gives each column's heading from the row above (merged cells already
    spread rightwards); a sub-header that means nothing alone, or more with its heading ("Name"
    under "Contact"), is read with its heading in front.
    """
    wanted = normalise_overrides(overrides)
    mapping = HeaderMapping(headers=[_header_text(h) for h in headers])
    headings = [_header_text(h) for h in group_headings] if group_headings is not None else []
    for index, header in enumerate(mapping.headers):
        key = normalise_header(header)
        heading = headings[index] if index < len(headings) else ""
        grouped = normalise_header(f"{heading} {header}") if heading and key else ""
        if key in wanted or grouped in wanted:
            field_name = wanted[key] if key in wanted else wanted[grouped]
            certainty = 1.0
            if not field_name:
                mapping.ignored.append((index, header))
                continue
        elif not key:
            continue
        elif grouped in SYNONYM_INDEX and grouped != key:
            field_name, certainty = SYNONYM_INDEX[grouped], 1.0
        else:
            field_name, certainty = match_header(header)
            if grouped and certainty < 1.0:
                combined, combined_certainty = match_header(f"{heading} {header}")
                if combined and combined_certainty >= certainty:
                    field_name, certainty = combined, combined_certainty
            if field_name is None:
                mapping.unmapped.append((index, header))
                continue
        if field_name in mapping.columns.values() or (
            field_name in ("profit", NON_PROFIT)
            and {"profit", NON_PROFIT} & set(mapping.columns.values())
        ):
            mapping.duplicates.append((index, header, field_name))
            continue
        mapping.columns[index] = field_name
        mapping.score += certainty
    return mapping


def _header_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split())


def _forward_fill(cells: Sequence[object]) -> list[str]:
    """Spread a merged heading over the blank cells to its right, as the eye reads it."""
    filled: list[str] = []
    current = ""
    for cell in cells:
        text = _header_text(cell)
        if text:
            current = text
        filled.append(current)
    return filled


def layout_key(headers: Iterable[object]) -> str:
    """A stable key for a header layout, so the app can remember the user's mapping for it."""
    keys = [normalise_header(h) for h in headers]
    while keys and not keys[-1]:
        keys.pop()
    return hashlib.sha256("\x1f".join(keys).encode("utf-8")).hexdigest()[:32]


@dataclass
class HeaderMatch:
    """Where the header was found: sheet index, row index within the sheet, and its mapping."""

    sheet_index: int
    row_index: int
    mapping: HeaderMapping


def find_header_row(
    rows: Sequence[Sequence[object]],
    overrides: Mapping[str, str] | None = None,
    *,
    search_rows: int = HEADER_SEARCH_ROWS,
) -> tuple[int, HeaderMapping] | None:
    """The row among the first `search_rows` that maps the most fields; ties go to the higher.

    A row must map at least two fields, or the legal name, to count as a header.
    """
    best: tuple[int, HeaderMapping] | None = None
    previous: Sequence[object] | None = None
    for index, row in enumerate(rows[:search_rows]):
        if not any(cell not in (None, "") for cell in row):
            continue
        headings = _forward_fill(previous) if previous is not None else None
        candidates = [map_headers(row, overrides, group_headings=headings)]
        if index + 1 < len(rows):
            two_rows = _two_row_mapping(row, rows[index + 1], overrides)
            if two_rows is not None:
                candidates.append(two_rows)
        for mapping in candidates:
            if _qualifies(mapping) and (best is None or mapping.score > best[1].score):
                best = (index, mapping)
        previous = row
    return best


def _two_row_mapping(
    top: Sequence[object], sub: Sequence[object], overrides: Mapping[str, str] | None
) -> HeaderMapping | None:
    """Read `top` and `sub` as one header when `sub` has text under a merged (blank) top cell.

    Columns with nothing in `sub` keep their top header; the others read "heading / sub-header".
    Only kept when it maps more than either row alone, so a title line over a header is not
    taken for a group heading.
    """
    width = max(len(top), len(sub))
    top_texts = [_header_text(top[i]) if i < len(top) else "" for i in range(width)]
    sub_texts = [_header_text(sub[i]) if i < len(sub) and isinstance(sub[i], str) else ""
                 for i in range(width)]
    if not any(s and not t for s, t in zip(sub_texts, top_texts)):
        return None
    filled = _forward_fill(top_texts)
    combined = [s or t for s, t in zip(sub_texts, top_texts)]
    headings = [filled[i] if sub_texts[i] else "" for i in range(width)]
    mapping = map_headers(combined, overrides, group_headings=headings)
    mapping.headers = [
        f"{headings[i]} / {combined[i]}" if headings[i] and headings[i] != combined[i]
        else combined[i] for i in range(width)
    ]
    mapping.unmapped = [(i, mapping.headers[i]) for i, _ in mapping.unmapped]
    mapping.duplicates = [(i, mapping.headers[i], f) for i, _, f in mapping.duplicates]
    mapping.ignored = [(i, mapping.headers[i]) for i, _ in mapping.ignored]
    mapping.header_rows = 2
    alone = max(map_headers(top, overrides).score, map_headers(sub, overrides).score)
    return mapping if mapping.score > alone else None


def _qualifies(mapping: HeaderMapping) -> bool:
    return len(mapping.columns) >= 2 or "legal_name" in mapping.fields


def find_header(
    sheets: Sequence[tuple[Sequence[Sequence[object]], bool]],
    overrides: Mapping[str, str] | None = None,
) -> HeaderMatch | None:
    """Pick the sheet whose header maps best; a hidden sheet is used only when no visible one has
    a header, since hidden sheets hold lookups and template metadata more often than data."""
    for want_hidden in (False, True):
        best: HeaderMatch | None = None
        for sheet_index, (rows, hidden) in enumerate(sheets):
            if hidden != want_hidden:
                continue
            found = find_header_row(rows, overrides)
            if found and (best is None or found[1].score > best.mapping.score):
                best = HeaderMatch(sheet_index, found[0], found[1])
        if best is not None:
            return best
    return None
