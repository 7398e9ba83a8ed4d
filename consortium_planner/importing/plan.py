"""Turn an organisation list into a plan: the rows to import, their fields and every problem.

The plan touches no database. The import service compares it with the directory (PIC, then
VAT, then normalised name + country), shows the diff and applies it in one transaction; the CLI
prints its problems. Duplicates inside the file are flagged here already, naming the first row.
"""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from consortium_planner.importing.errors import ImportCancelled, ImportFileError
from consortium_planner.importing.headers import (
    NON_PROFIT,
    HeaderMapping,
    find_header,
    layout_key,
    normalise_header,
    normalise_overrides,
)
from consortium_planner.importing.normalise import cell_text, normalise_record
from consortium_planner.importing.readers import SheetData, read_workbook

PROGRESS_EVERY = 1000


@dataclass(frozen=True)
class RowProblem:
    sheet: str
    row: int
    column: str
    message: str


@dataclass
class PlannedOrganisation:
    """One organisation row; `values` holds only the fields the row gives."""

    sheet: str
    row_number: int
    values: dict[str, object]
    has_errors: bool = False


@dataclass
class OrganisationPlan:
    file_name: str
    sha256: str
    sheet: str
    header_row: int
    # Header text -> field, in column order (the columns that will be imported).
    mapping: dict[str, str]
    unmapped_columns: list[str]
    rows: list[PlannedOrganisation] = field(default_factory=list)
    errors: list[RowProblem] = field(default_factory=list)
    warnings: list[RowProblem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    layout_key: str = ""
    headers: list[str] = field(default_factory=list)
    header_mapping: HeaderMapping = field(default_factory=HeaderMapping)

    @property
    def rows_read(self) -> int:
        return len(self.rows)

    @property
    def valid_rows(self) -> list[PlannedOrganisation]:
        return [row for row in self.rows if not row.has_errors]

    @property
    def error_row_count(self) -> int:
        return sum(1 for row in self.rows if row.has_errors)


def build_organisation_plan(
    path: str | os.PathLike[str],
    overrides: Mapping[str, str] | None = None,
    *,
    sheet: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> OrganisationPlan:
    """Read `path` and plan its organisations; raise ImportFileError or ImportCancelled.

    `overrides` maps header text to a field ("" or "ignore" drops the column) and wins over the
    built-in synonyms. `sheet` restricts the search to one sheet by name.
    """
    file_path = Path(path)
    _check_cancel(cancel)
    workbook = read_workbook(file_path)
    _check_cancel(cancel)
    try:
        wanted = normalise_overrides(overrides)
    except ValueError as exc:
        raise ImportFileError(str(exc)) from None
    sheets = workbook.sheets
    if sheet is not None:
        sheets = [s for s in workbook.sheets if s.name == sheet]
        if not sheets:
            raise ImportFileError(
                f"“{file_path.name}” has no sheet named “{sheet}”. Its sheets: "
                + ", ".join(f"“{s.name}”" for s in workbook.sheets) + "."
            )
    if all(not s.rows for s in sheets):
        raise ImportFileError(f"“{file_path.name}” contains no data: every sheet is empty.")
    match = find_header([(s.rows, s.hidden) for s in sheets], overrides)
    if match is None:
        raise ImportFileError(
            f"No header row was found in “{file_path.name}”: none of the first rows of any sheet "
            "names at least two organisation fields (such as “Legal name”, “Country”, “PIC”, "
            "“VAT”, “E-mail”). Add a header row, or map the columns yourself (Header=field)."
        )
    chosen = sheets[match.sheet_index]
    mapping = match.mapping
    plan = OrganisationPlan(
        file_name=file_path.name,
        sha256=_sha256(file_path),
        sheet=chosen.name,
        header_row=chosen.row_numbers[match.row_index],
        mapping={mapping.headers[i]: f for i, f in sorted(mapping.columns.items())},
        unmapped_columns=[header for _, header in mapping.unmapped],
        notes=list(workbook.notes),
        layout_key=layout_key(mapping.headers),
        headers=mapping.headers,
        header_mapping=mapping,
    )
    _describe_mapping(plan, chosen, mapping, wanted, len(workbook.sheets))
    _plan_rows(plan, chosen, match.row_index, mapping, progress, cancel)
    return plan


def _check_cancel(cancel: Callable[[], bool] | None) -> None:
    if cancel is not None and cancel():
        raise ImportCancelled()


def _sha256(path: Path) -> str:
    with open(path, "rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def column_letter(number: int) -> str:
    """1 -> "A", 27 -> "AA": how spreadsheet programs name columns."""
    letters = ""
    while number > 0:
        number, remainder = divmod(number - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def _describe_mapping(
    plan: OrganisationPlan, sheet: SheetData, mapping: HeaderMapping, wanted: dict[str, str],
    sheet_count: int,
) -> None:
    if sheet.hidden:
        plan.notes.append(f"The data was found on the hidden sheet “{sheet.name}”.")
    elif sheet_count > 1:
        plan.notes.append(f"The data was read from sheet “{sheet.name}”.")
    if mapping.header_rows > 1:
        plan.notes.append(
            f"The header spans rows {plan.header_row}-{plan.header_row + mapping.header_rows - 1} "
            "(merged group headings above sub-headers)."
        )
    if plan.header_row > 1:
        plan.notes.append(f"The header starts on row {plan.header_row}; the rows above it were skipped.")
    for index, header, field_name in mapping.duplicates:
        first = next(h for i, h in sorted(mapping.columns.items())
                     if mapping.columns[i] == field_name or {mapping.columns[i], field_name} ==
                     {"profit", NON_PROFIT})
        plan.warnings.append(RowProblem(
            plan.sheet, plan.header_row, header,
            f"also means {field_name}; only column “{first}” is imported, this one is not",
        ))
    if plan.unmapped_columns:
        plan.notes.append(
            "Columns not imported (no matching field): "
            + ", ".join(f"“{header}”" for header in plan.unmapped_columns)
        )
    present = {normalise_header(h) for h in mapping.headers}
    for header_key in wanted:
        if header_key not in present:
            plan.notes.append(f"The mapping for “{header_key}” matches no column of this file.")


def _plan_rows(
    plan: OrganisationPlan,
    sheet: SheetData,
    header_index: int,
    mapping: HeaderMapping,
    progress: Callable[[int, int], None] | None,
    cancel: Callable[[], bool] | None,
) -> None:
    """Normalise every data row below the header, flagging errors and in-file duplicates."""
    columns = sorted(mapping.columns.items())
    headers = mapping.headers
    has_legal_name = "legal_name" in mapping.fields
    if not has_legal_name:
        plan.errors.append(RowProblem(
            plan.sheet, plan.header_row, "",
            "No column holds the organisations' legal names; map one (Header=legal_name).",
        ))
    legal_name_column = next((headers[i] for i, f in columns if f == "legal_name"), "legal_name")
    header_keys = [normalise_header(headers[i]) for i, _ in columns]
    known = set(mapping.columns) | {i for i, _ in mapping.unmapped} | {i for i, _ in mapping.ignored}
    known |= {i for i, _, _ in mapping.duplicates}
    header_width = len(headers)
    unnamed = tuple(i for i in range(header_width) if i not in known)
    unnamed_with_data: dict[int, int] = {}
    cache: dict = {}
    seen_pic: dict[str, int] = {}
    seen_vat: dict[str, int] = {}
    seen_name: dict[tuple[str, object], int] = {}
    rows = sheet.rows
    total = len(rows) - header_index - mapping.header_rows
    skipped_unmapped_only = repeated_headers = 0
    sheet_name = plan.sheet
    first_data = header_index + mapping.header_rows
    for done, index in enumerate(range(first_data, len(rows))):
        if done % PROGRESS_EVERY == 0:
            _check_cancel(cancel)
            if progress is not None:
                progress(done, total)
        row = rows[index]
        width = len(row)
        raw: dict[str, tuple[str, object]] = {}
        for column_index, field_name in columns:
            if column_index < width:
                cell = row[column_index]
                if cell is not None and cell != "" and not (type(cell) is str and cell.isspace()):
                    raw[field_name] = (headers[column_index], cell)
        if width > header_width or unnamed:
            for column_index in (*unnamed, *range(header_width, width)):
                if column_index < width and row[column_index] not in (None, ""):
                    unnamed_with_data[column_index] = unnamed_with_data.get(column_index, 0) + 1
        if not raw:
            if any(cell not in (None, "") for cell in row):
                skipped_unmapped_only += 1
            continue
        if len(raw) == len(columns) and _repeats_header(raw, columns, header_keys):
            repeated_headers += 1
            continue
        row_number = sheet.row_numbers[index]
        values, problems = normalise_record(raw, cache)
        has_errors = not has_legal_name
        for problem in problems:
            row_problem = RowProblem(sheet_name, row_number, problem.column, problem.message)
            if problem.severity == "error":
                has_errors = True
                plan.errors.append(row_problem)
            else:
                plan.warnings.append(row_problem)
        if has_legal_name and "legal_name" not in values:
            has_errors = True
            plan.errors.append(RowProblem(sheet_name, row_number, legal_name_column,
                                          "no legal name; every organisation needs one"))
        _flag_duplicates(plan, row_number, values, raw, seen_pic, seen_vat, seen_name)
        plan.rows.append(PlannedOrganisation(sheet_name, row_number, values, has_errors))
    if progress is not None:
        progress(max(total, 0), max(total, 0))
    if skipped_unmapped_only:
        plan.notes.append(
            f"{skipped_unmapped_only} row(s) had data only in columns that are not imported and "
            "were skipped."
        )
    if repeated_headers:
        plan.notes.append(f"{repeated_headers} repeated header row(s) were skipped.")
    for column_index, count in sorted(unnamed_with_data.items()):
        letter = column_letter(sheet.first_column + column_index)
        plan.unmapped_columns.append(f"column {letter} (no header)")
        plan.notes.append(
            f"Column {letter} has no header but holds data in {count} row(s); it was not imported."
        )


def _repeats_header(
    raw: dict[str, tuple[str, object]], columns: list[tuple[int, str]], header_keys: list[str]
) -> bool:
    """A multi-page export repeats the header row; such a row is not an organisation."""
    cells = [normalise_header(cell_text(raw[f][1])) for _, f in columns]
    return cells == header_keys


def _flag_duplicates(
    plan: OrganisationPlan,
    row_number: int,
    values: dict[str, object],
    raw: dict[str, tuple[str, object]],
    seen_pic: dict[str, int],
    seen_vat: dict[str, int],
    seen_name: dict[tuple[str, object], int],
) -> None:
    """Warn on the second and later rows naming the same organisation, by the strongest key."""
    checks: list[tuple[str, object, dict, str]] = []
    pic = values.get("pic")
    if pic is not None:
        checks.append(("pic", pic, seen_pic, f"same PIC ({pic})"))
    vat = values.get("vat")
    if vat is not None:
        checks.append(("vat", vat, seen_vat, f"same VAT number ({vat})"))
    legal_name = values.get("legal_name")
    if legal_name is not None:
        key = (normalised_name(str(legal_name)), values.get("country"))
        if key[0]:
            checks.append(("legal_name", key, seen_name, "same legal name and country"))
    reported = False
    for field_name, key, seen, reason in checks:
        first = seen.get(key)
        if first is None:
            seen[key] = row_number
        elif not reported:
            column = raw[field_name][0] if field_name in raw else field_name
            plan.warnings.append(RowProblem(
                plan.sheet, row_number, column,
                f"{reason} as row {first}: the same organisation appears twice in the file",
            ))
            reported = True


# Legal-form words and abbreviations, folded and without punctuation, as they end names.
LEGAL_FORMS: tuple[str, ...] = (
    "gmbh", "mbh", "ag", "kg", "ohg", "ug", "gbr", "e v", "ev", "eg", "se", "kgaa", "gmbh co kg",
    "haftungsbeschrankt", "ggmbh",
    "sa", "s a", "sas", "s a s", "sarl", "s a r l", "sasu", "eurl", "sca", "scop", "sci", "snc",
    "srl", "s r l", "spa", "s p a", "sapa", "scarl", "s c a r l", "snc", "sas", "onlus", "scrl",
    "sl", "s l", "slu", "s l u", "sau", "s a u", "sll", "scoop", "s coop",
    "sp z o o", "sp zoo", "spzoo", "sp j", "sp k", "s k a", "spolka z ograniczona odpowiedzialnoscia",
    "spolka akcyjna", "spolka komandytowa", "spolka jawna",
    "lda", "l da", "unipessoal lda", "unipessoal", "sgps",
    "bv", "b v", "nv", "n v", "vof", "cv", "vzw", "asbl", "aisbl", "ivzw", "bvba", "cvba", "srl",
    "ltd", "limited", "plc", "llp", "llc", "inc", "corp", "corporation", "co", "company", "lp",
    "cic", "cio",
    "oy", "oyj", "ab", "aps", "a s", "as", "asa", "kft", "zrt", "nyrt", "bt", "doo", "d o o",
    "dd", "d d", "ad", "ood", "eood", "sro", "s r o", "ou", "uab", "sia", "ae", "ike", "epe",
    "oe", "ee", "sae", "ltda", "ehf", "hf", "og", "kf",
)
_LEGAL_FORMS_BY_LAST: dict[str, tuple[tuple[str, ...], ...]] = {}
for _form in sorted({tuple(form.split()) for form in LEGAL_FORMS}, key=len, reverse=True):
    _LEGAL_FORMS_BY_LAST[_form[-1]] = (*_LEGAL_FORMS_BY_LAST.get(_form[-1], ()), _form)
del _form
_CONNECTORS = frozenset({"&", "and", "und", "et", "y", "e", "i", "en"})
_NOT_WORD = re.compile(r"[^\w&]+")


def normalised_name(legal_name: str) -> str:
    """A legal name folded for matching: case, accents, punctuation and legal form do not count.

    "ACME GmbH & Co. KG", "Acme" and "acme gmbh" all give "acme", so the directory can spot
    the same organisation typed differently.
    """
    text = legal_name.casefold().replace("&", " & ")
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text.replace("ł", "l").replace("ß", "ss"))
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    tokens = _NOT_WORD.sub(" ", text).replace("_", " ").split()
    while len(tokens) > 1:
        if tokens[-1] in _CONNECTORS:
            tokens.pop()
            continue
        for form in _LEGAL_FORMS_BY_LAST.get(tokens[-1], ()):
            size = len(form)
            if len(tokens) > size and tuple(tokens[-size:]) == form:
                del tokens[-size:]
                break
        else:
            break
    return " ".join(token for token in tokens if token != "&")
