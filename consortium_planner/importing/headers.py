"""Find the header row of an organisation list and map its columns to organisation fields.

People send lists with title rows above the header, in eight or more languages, with merged
group headings ("Contact" over "Name" and "E-mail"). Headers are compared after folding case,
accents and punctuation, so "N.º de IVA", "n° IVA" and "NO DE IVA" meet. Titles also mislead
("Info", "col12", a data row that reads like a header): `locate_header` reads the values too
(`content`), looks for the header only above the first row of data, maps the columns whose
title says nothing by their values, and says when it cannot tell where the header is.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from consortium_planner.domain.text import fold_words
from consortium_planner.domain.vocab import ORGANISATION_FIELDS, ORGANISATION_LIST_FIELDS
from consortium_planner.importing.content import (
    AMOUNT,
    NAME,
    SAMPLE_ROWS,
    ColumnGuess,
    guess_columns,
    matches_kind,
    names_other_thing,
)
from consortium_planner.importing.errors import Note
from consortium_planner.importing.sheet_limits import column_letters
from consortium_planner.reference.messages import FieldName, gettext
from consortium_planner.reference.words import word_file

# The reasons without parameters, made once (a header search looks at many cells).
YOUR_MAPPING = Note(gettext("your mapping"))
NO_FIELD = Note(gettext("no field has this title"))
NO_HEADER_NO_FIELD = Note(gettext("no header, and its values say no field"))

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
# Single words that mean too many things to be matched inside a longer header, folded as the
# headers are ("Catégorie", "Τύπος" and "Név" are listed as people type them).
_EXACT_ONLY = frozenset(normalise_header(word)
                        for word in word_file("headers")["matching"]["exact_only"])

# Register numbers that stand for a VAT number only when no column gives the VAT number itself
# (headers.toml: second_choice): such a column gives way to a later column of the VAT number.
_SECOND_CHOICE = frozenset(normalise_header(word)
                           for word in word_file("headers")["matching"]["second_choice"])


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
    # A column naming a field another column fills: (index, header, field). The first one wins,
    # but a register number ("IČO") gives way to a later column of the VAT number ("IČ DPH").
    duplicates: list[tuple[int, str, str]] = field(default_factory=list)
    ignored: list[tuple[int, str]] = field(default_factory=list)
    headers: list[str] = field(default_factory=list)
    score: float = 0.0
    # 2 when a merged group heading row sits above the sub-headers ("Contact" over "E-mail").
    header_rows: int = 1
    # Column index -> why it is mapped as it is, or left out ("title “VAT”", "82 of 85 values
    # look like country names"), for the wizard and the report to show.
    reasons: dict[int, str] = field(default_factory=dict)
    # Columns mapped by their values rather than their title.
    by_content: list[int] = field(default_factory=list)
    # What the values say about columns left out ("holds amounts of money ...").
    content_notes: list[str] = field(default_factory=list)

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
            mapping.reasons[index] = YOUR_MAPPING
            if not field_name:
                mapping.ignored.append((index, header))
                continue
        elif not key:
            continue
        elif grouped in SYNONYM_INDEX and grouped != key:
            field_name, certainty = SYNONYM_INDEX[grouped], 1.0
            mapping.reasons[index] = Note(gettext("title “{title}”", title=f"{heading} {header}"))
        else:
            field_name, certainty = match_header(header)
            if grouped and certainty < 1.0:
                combined, combined_certainty = match_header(f"{heading} {header}")
                if combined and combined_certainty >= certainty:
                    field_name, certainty = combined, combined_certainty
            if field_name is None:
                mapping.unmapped.append((index, header))
                mapping.reasons[index] = NO_FIELD
                continue
            mapping.reasons[index] = Note(gettext("title “{title}”", title=header))
        earlier = next((i for i, f in mapping.columns.items() if f == field_name), None)
        if (earlier is not None and YOUR_MAPPING not in (mapping.reasons[index],
                                                         mapping.reasons[earlier])
                and normalise_header(mapping.headers[earlier]) in _SECOND_CHOICE
                and key not in _SECOND_CHOICE):
            # the VAT number itself, after a register number ("IČO", then "IČ DPH"): it wins
            del mapping.columns[earlier]
            mapping.duplicates.append((earlier, mapping.headers[earlier], field_name))
            mapping.reasons[earlier] = Note(gettext(
                "also means {field}, which a later column, of the VAT number itself, fills",
                field=FieldName(field_name)))
        elif field_name in mapping.columns.values() or (
            field_name in ("profit", NON_PROFIT)
            and {"profit", NON_PROFIT} & set(mapping.columns.values())
        ):
            mapping.duplicates.append((index, header, field_name))
            mapping.reasons[index] = Note(gettext(
                "also means {field}, which an earlier column fills", field=FieldName(field_name)))
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




def column_name(index: int, first_column: int = 1) -> str:
    """How the import names a column without a title: "column C"."""
    return f"column {column_letters(first_column + index)}"


def _filled(row: Sequence[object]) -> int:
    return sum(1 for cell in row if not _blank(cell))


def _blank(cell: object) -> bool:
    return cell is None or cell == "" or (type(cell) is str and cell.isspace())


def _evidence(row: Sequence[object], guesses: Mapping[int, ColumnGuess]) -> tuple[int, int]:
    """(data, header): in how many recognised columns the row holds a value of the column's kind,
    and in how many it holds other text (as a title does). Names are too loose to count."""
    data = header = 0
    for index, guess in guesses.items():
        if guess.kind == NAME or index >= len(row) or _blank(row[index]):
            continue
        if matches_kind(guess.kind, row[index]):
            data += 1
        elif type(row[index]) is str:
            header += 1
    return data, header


def _is_data(row: Sequence[object], guesses: Mapping[int, ColumnGuess]) -> bool:
    data, header = _evidence(row, guesses)
    return data > 0 and data >= header


def _header_shaped(row: Sequence[object], guesses: Mapping[int, ColumnGuess], width: int) -> bool:
    """Text only, over at least two columns (one in a one-column list), and text where the
    recognised columns hold their values."""
    cells = [cell for cell in row if not _blank(cell)]
    if len(cells) < min(2, width) or any(type(cell) is not str for cell in cells):
        return False
    data, header = _evidence(row, guesses)
    return data == 0 and header > 0


def _rivals(rows: Sequence[Sequence[object]], candidates: Iterable[int], index: int) -> list[int]:
    """The candidate rows above the header row `index` as wide as a header could be (three cells
    at least and half of its): a line of a title block ("Stand: 10.01.2025", "Seite 1") is not
    one, so it does not make the header unclear."""
    return [i for i in candidates if _filled(rows[i]) >= max(3, _filled(rows[index]) / 2)]


@dataclass
class HeaderLayout:
    """Where one sheet's header is and how its columns map.

    `row_index` is None when the sheet has no header row (columns known by their values), and
    then `first_data` says where the data starts (title lines above it are skipped). `unclear`
    lists the candidate header rows (None: no header) when the sheet does not say which it is.
    """

    row_index: int | None
    mapping: HeaderMapping
    first_data: int = 0
    unclear: tuple[int | None, ...] = ()


def locate_header(
    rows: Sequence[Sequence[object]],
    overrides: Mapping[str, str] | None = None,
    *,
    search_rows: int = HEADER_SEARCH_ROWS,
    first_column: int = 1,
) -> HeaderLayout | None:
    """Find the header among the first `search_rows` rows from the titles and the values below.

    The values decide first: the first row holding values of the recognised columns' kinds (a
    country where the column holds countries, a PIC where it holds PICs ...) starts the data,
    and the header can only be above it; so a data row is never taken for the header, whatever
    its text says. Above the data, the row whose titles map the most fields wins (ties go to the
    higher); when no title means anything, the text row right above the data is the header, and
    with no row above the data there is none. Rows that leave this open make `unclear` list the
    candidates. None when neither titles nor values say anything.
    """
    sample = rows[: search_rows + SAMPLE_ROWS]
    guesses = guess_columns(sample)
    width = max((len(row) for row in sample), default=0)
    data_start = next((index for index, row in enumerate(rows[:search_rows])
                       if _is_data(row, guesses)), None)
    limit = data_start if data_start is not None else min(search_rows, len(rows))
    best = _best_titles(rows, overrides, limit)
    if best is not None:
        index, mapping = best
        unclear: tuple[int | None, ...] = ()
        if data_start is None:
            wide = _rivals(rows, range(index), index)
            if wide:
                unclear = (wide[0], index)
        _add_content(mapping, guesses, first_column, overrides)
        return HeaderLayout(index, mapping, index + mapping.header_rows, unclear)
    if data_start is None:
        return None
    above = [index for index in range(data_start) if _filled(rows[index])]
    shaped = [index for index in above if _header_shaped(rows[index], guesses, width)]
    if above and above[-1] in shaped:
        index = above[-1]
        rivals = _rivals(rows, shaped[:-1], index)
        unclear = () if not rivals else (*rivals, index, None)
        layout = layout_at(rows, index, overrides, first_column=first_column, guesses=guesses)
        return dataclasses.replace(layout, unclear=unclear)
    layout = layout_at(rows, None, overrides, first_column=first_column, guesses=guesses)
    if above and _filled(rows[above[-1]]) > 1:
        # Text over several columns right above the data, but blank where the values are
        # recognised: a header with gaps, or a first data row with gaps?
        return dataclasses.replace(layout, first_data=above[0], unclear=(above[-1], None))
    return dataclasses.replace(layout, first_data=data_start)


def layout_at(
    rows: Sequence[Sequence[object]],
    index: int | None,
    overrides: Mapping[str, str] | None = None,
    *,
    first_column: int = 1,
    guesses: Mapping[int, ColumnGuess] | None = None,
) -> HeaderLayout:
    """The layout with the header on row `index` (None: no header row, every row is data and
    the columns are known by their values or the user's mapping of "column C")."""
    if guesses is None:
        guesses = guess_columns(rows[: HEADER_SEARCH_ROWS + SAMPLE_ROWS])
    if index is None:
        width = max((len(row) for row in rows[: HEADER_SEARCH_ROWS + SAMPLE_ROWS]), default=0)
        mapping = map_headers([column_name(i, first_column) for i in range(width)], overrides)
        mapping.unmapped = []
        mapping.reasons = {i: reason for i, reason in mapping.reasons.items()
                           if reason == "your mapping"}
        first_data = 0
    else:
        mapping = map_headers(rows[index], overrides)
        first_data = index + 1
    _add_content(mapping, guesses, first_column, overrides)
    if index is None:
        for column in range(len(mapping.headers)):
            if column not in mapping.reasons:
                mapping.reasons[column] = NO_HEADER_NO_FIELD
    return HeaderLayout(index, mapping, first_data)


def _best_titles(
    rows: Sequence[Sequence[object]], overrides: Mapping[str, str] | None, limit: int
) -> tuple[int, HeaderMapping] | None:
    """The row above `limit` whose titles map the most fields (two at least, or the legal
    name); ties go to the higher."""
    best: tuple[int, HeaderMapping] | None = None
    previous: Sequence[object] | None = None
    for index, row in enumerate(rows[:limit]):
        if not _filled(row):
            continue
        headings = _forward_fill(previous) if previous is not None else None
        candidates = [map_headers(row, overrides, group_headings=headings)]
        if index + 1 < limit:
            two_rows = _two_row_mapping(row, rows[index + 1], overrides)
            if two_rows is not None:
                candidates.append(two_rows)
        for mapping in candidates:
            if _qualifies(mapping) and (best is None or mapping.score > best[1].score):
                best = (index, mapping)
        previous = row
    return best


def _add_content(mapping: HeaderMapping, guesses: Mapping[int, ColumnGuess],
                 first_column: int, overrides: Mapping[str, str] | None) -> None:
    """Map the columns whose title says nothing (or that have none) by their values; a field
    already taken by a title stays with that column. A column without a title is named
    "column C", and the user's mapping of that name wins. Each choice says why."""
    width = max(len(mapping.headers), max(guesses, default=-1) + 1)
    mapping.headers += [""] * (width - len(mapping.headers))
    wanted = normalise_overrides(overrides)
    taken = set(mapping.fields)
    settled = set(mapping.columns) | {i for i, _ in mapping.ignored}
    settled |= {i for i, _, _ in mapping.duplicates}
    for index in range(width):
        name = column_name(index, first_column)
        if mapping.headers[index] or index in settled or normalise_header(name) not in wanted:
            continue
        mapping.headers[index] = name
        settled.add(index)
        mapping.reasons[index] = YOUR_MAPPING
        if not wanted[normalise_header(name)]:
            mapping.ignored.append((index, name))
        elif wanted[normalise_header(name)] not in taken:
            mapping.columns = dict(sorted({**mapping.columns,
                                           index: wanted[normalise_header(name)]}.items()))
            taken.add(wanted[normalise_header(name)])
    names = sorted((guess.matches, -index) for index, guess in guesses.items()
                   if guess.kind == NAME and index not in settled)
    best_name = -names[-1][1] if names else None
    for index, guess in sorted(guesses.items()):
        if index in settled or (guess.kind == NAME and index != best_name):
            continue
        header = mapping.headers[index] or column_name(index, first_column)
        field_name = guess.field
        contribution = guess.kind == AMOUNT and "project_id" in taken
        if contribution:
            # Beside a project number, an amount is the organisation's EU contribution.
            field_name = "eu_contribution"
        if names_other_thing(normalise_header(mapping.headers[index])):
            mapping.reasons[index] = Note(gettext(
                "{reason}, but its title names something else", reason=guess.said))
            continue
        if field_name is None:
            if guess.kind == AMOUNT:
                mapping.content_notes.append(Note(gettext(
                    "Column “{header}”: {matches} of {values} values are amounts of money; it "
                    "is not imported (map it to turnover or balance_sheet if it holds one of "
                    "those).", header=header, matches=guess.matches, values=guess.values)))
            mapping.reasons[index] = Note(gettext("{reason}; no field for them",
                                                  reason=guess.said))
            continue
        if field_name in taken:
            mapping.reasons[index] = Note(gettext(
                "{reason}, but another column fills {field}", reason=guess.said,
                field=FieldName(field_name)))
            continue
        mapping.headers[index] = header
        mapping.unmapped = [(i, h) for i, h in mapping.unmapped if i != index]
        mapping.columns = dict(sorted({**mapping.columns, index: field_name}.items()))
        mapping.by_content.append(index)
        mapping.reasons[index] = Note(gettext("{reason} beside the project number",
                                              reason=guess.said) if contribution else guess.said)
        mapping.score += 0.5
        taken.add(field_name)


def find_header_row(
    rows: Sequence[Sequence[object]],
    overrides: Mapping[str, str] | None = None,
    *,
    search_rows: int = HEADER_SEARCH_ROWS,
) -> tuple[int, HeaderMapping] | None:
    """The header row's index and mapping (`locate_header`), None when there is no header row."""
    layout = locate_header(rows, overrides, search_rows=search_rows)
    if layout is None or layout.row_index is None:
        return None
    return layout.row_index, layout.mapping


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


@dataclass
class HeaderMatch:
    """Where the header was found: sheet index, and the sheet's layout."""

    sheet_index: int
    layout: HeaderLayout
    # The other sheets (of the chosen one's visibility) that hold a list too: (index, layout).
    others: tuple[tuple[int, HeaderLayout], ...] = ()

    @property
    def row_index(self) -> int | None:
        return self.layout.row_index

    @property
    def mapping(self) -> HeaderMapping:
        return self.layout.mapping


def find_header(
    sheets: Sequence[tuple[Sequence[Sequence[object]], bool]]
    | Sequence[tuple[Sequence[Sequence[object]], bool, int]],
    overrides: Mapping[str, str] | None = None,
) -> HeaderMatch | None:
    """Pick the sheet whose layout maps best (sheets as (rows, hidden[, first column])); a
    hidden sheet is used only when no visible one has a header, since hidden sheets hold
    lookups and template metadata more often than data."""
    for want_hidden in (False, True):
        best: HeaderMatch | None = None
        found: list[tuple[int, HeaderLayout]] = []
        for sheet_index, sheet in enumerate(sheets):
            rows, hidden = sheet[0], sheet[1]
            if hidden != want_hidden:
                continue
            first_column = sheet[2] if len(sheet) > 2 else 1  # type: ignore[misc]
            layout = locate_header(rows, overrides, first_column=first_column)
            if layout is None or not _qualifies(layout.mapping):
                continue
            found.append((sheet_index, layout))
            if best is None or layout.mapping.score > best.mapping.score:
                best = HeaderMatch(sheet_index, layout)
        if best is not None:
            return dataclasses.replace(best, others=tuple(
                (index, layout) for index, layout in found if index != best.sheet_index))
    return None
