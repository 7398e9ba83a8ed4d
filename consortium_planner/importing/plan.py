"""Turn an organisation list into a plan: the rows to import, their fields and every problem.

The plan touches no database. The import service compares it with the directory (PIC, then
VAT, then normalised name + country), shows the diff and applies it in one transaction; the CLI
prints its problems. Duplicates inside the file are flagged here already, naming the first row.

The plan is kept by column (field -> one value per row), as `columns` normalises it: a 50,000-row
file then never builds 50,000 dictionaries. `rows` gives the row view when one is wanted.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from functools import cached_property
from itertools import compress, zip_longest
from pathlib import Path

from consortium_planner.importing.collector import paused_collector
from consortium_planner.importing.columns import normalise_columns, sme_flags_of
from consortium_planner.importing.cordis import PlannedParticipation, join_participations
from consortium_planner.importing.errors import ImportCancelled, ImportFileError
from consortium_planner.importing.headers import (
    HEADER_SEARCH_ROWS,
    NON_PROFIT,
    PARTICIPATION_FIELDS,
    HeaderMapping,
    find_header,
    layout_key,
    map_headers,
    normalise_header,
    normalise_overrides,
)
from consortium_planner.importing.normalise import cell_text, load_reference_data
from consortium_planner.importing.readers import SheetData, WorkbookData, read_workbook
from consortium_planner.names import normalised_names


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
    errors: list[RowProblem] = field(default_factory=list)
    warnings: list[RowProblem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    layout_key: str = ""
    headers: list[str] = field(default_factory=list)
    header_mapping: HeaderMapping = field(default_factory=HeaderMapping)
    sheet_names: list[str] = field(default_factory=list)
    # The user's mapping (header -> field, "" for "not imported") this plan was built with.
    overrides: dict[str, str] = field(default_factory=dict)
    # True when `overrides` came from the mapping remembered for this header layout.
    remembered_mapping: bool = False
    # One entry per organisation row, in file order.
    row_numbers: list[int] = field(default_factory=list)
    columns: dict[str, list[object]] = field(default_factory=dict)
    invalid: list[bool] = field(default_factory=list)
    name_keys: list[str] = field(default_factory=list)
    # Row index -> index of the earlier row naming the same organisation.
    repeat_of: dict[int, int] = field(default_factory=dict)
    # The projects of a participation list (a CORDIS export): each names its row's index.
    participations: list[PlannedParticipation] = field(default_factory=list)

    @property
    def rows_read(self) -> int:
        return len(self.row_numbers)

    def values(self, index: int) -> dict[str, object]:
        """The fields row `index` gives, as a dict (None values left out)."""
        return {name: column[index] for name, column in self.columns.items()
                if column[index] is not None}

    @cached_property
    def rows(self) -> list[PlannedOrganisation]:
        return [PlannedOrganisation(self.sheet, number, self.values(index), self.invalid[index])
                for index, number in enumerate(self.row_numbers)]

    @property
    def valid_rows(self) -> list[PlannedOrganisation]:
        return [row for row in self.rows if not row.has_errors]

    @property
    def error_row_count(self) -> int:
        return sum(self.invalid)


def build_organisation_plan(
    path: str | os.PathLike[str],
    overrides: Mapping[str, str] | None = None,
    *,
    sheet: str | None = None,
    remembered: Mapping[str, Mapping[str, str]] | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> OrganisationPlan:
    """Read `path` and plan its organisations; raise ImportFileError or ImportCancelled.

    `overrides` maps header text to a field ("" or "ignore" drops the column) and wins over the
    built-in synonyms. `sheet` restricts the search to one sheet by name. `remembered` maps a
    header layout key to the mapping the user chose for it before; used when no overrides are
    given.
    """
    file_path = Path(path)
    _check_cancel(cancel)
    with paused_collector():
        # python-calamine lets go of the interpreter while it parses: load the reference
        # tables meanwhile, so a cold start does not add their time to the import.
        with ThreadPoolExecutor(max_workers=1) as pool:
            loaded = pool.submit(load_reference_data)
            workbook = read_workbook(file_path)
            loaded.result()
        _check_cancel(cancel)
        plan = plan_workbook(workbook, file_path, overrides, sheet=sheet,
                             remembered=remembered, progress=progress, cancel=cancel)
        # Let go of the sheet's rows while the collector still sleeps: once awake, its first
        # pass would otherwise walk every one of them (a tenth of a second on 50,000 rows).
        del workbook
    return plan


def plan_workbook(
    workbook: WorkbookData,
    path: Path,
    overrides: Mapping[str, str] | None = None,
    *,
    sheet: str | None = None,
    remembered: Mapping[str, Mapping[str, str]] | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> OrganisationPlan:
    """Plan an already read workbook, so the wizard can change sheet or mapping without reading
    the file again."""
    with paused_collector():
        return _plan_workbook(workbook, path, overrides, sheet, remembered, progress, cancel)


def _plan_workbook(
    workbook: WorkbookData,
    path: Path,
    overrides: Mapping[str, str] | None,
    sheet: str | None,
    remembered: Mapping[str, Mapping[str, str]] | None,
    progress: Callable[[int, int], None] | None,
    cancel: Callable[[], bool] | None,
) -> OrganisationPlan:
    try:
        wanted = normalise_overrides(overrides)
    except ValueError as exc:
        raise ImportFileError(str(exc)) from None
    sheets = workbook.sheets
    if sheet is not None:
        sheets = [s for s in workbook.sheets if s.name == sheet]
        if not sheets:
            raise ImportFileError(
                f"“{path.name}” has no sheet named “{sheet}”. Its sheets: "
                + ", ".join(f"“{s.name}”" for s in workbook.sheets) + "."
            )
    if all(not s.rows for s in sheets):
        raise ImportFileError(f"“{path.name}” contains no data: every sheet is empty.")
    user_overrides = dict(overrides or {})
    from_memory = False
    if not user_overrides and remembered:
        found = _remembered_overrides(sheets, remembered)
        if found is not None:
            user_overrides, from_memory = dict(found), True
            wanted = normalise_overrides(user_overrides)
    match = find_header([(s.rows, s.hidden) for s in sheets], user_overrides)
    if match is None:
        raise ImportFileError(
            f"No header row was found in “{path.name}”: none of the first rows of any sheet "
            "names at least two organisation fields (such as “Legal name”, “Country”, “PIC”, "
            "“VAT”, “E-mail”). Add a header row, or map the columns yourself (Header=field)."
        )
    chosen = sheets[match.sheet_index]
    mapping = match.mapping
    plan = OrganisationPlan(
        file_name=path.name,
        sha256=workbook.sha256,
        sheet=chosen.name,
        header_row=chosen.row_numbers[match.row_index],
        mapping={mapping.headers[i]: f for i, f in sorted(mapping.columns.items())},
        unmapped_columns=[header for _, header in mapping.unmapped],
        notes=list(workbook.notes),
        layout_key=layout_key(mapping.headers),
        headers=mapping.headers,
        header_mapping=mapping,
        sheet_names=[s.name for s in workbook.sheets],
        overrides=user_overrides,
        remembered_mapping=from_memory,
    )
    if from_memory:
        plan.notes.append("The column mapping you chose before for this layout of columns was "
                          "used again.")
    _describe_mapping(plan, chosen, mapping, wanted, len(workbook.sheets))
    _plan_rows(plan, chosen, match.row_index, mapping, progress, cancel)
    return plan


def _remembered_overrides(
    sheets: Sequence[SheetData], remembered: Mapping[str, Mapping[str, str]]
) -> Mapping[str, str] | None:
    """The remembered mapping of the first row, among the rows where a header may be, whose
    layout the user mapped before (it may well be a layout no synonym recognises)."""
    for sheet in sheets:
        for row in sheet.rows[:HEADER_SEARCH_ROWS]:
            if any(cell not in (None, "") for cell in row):
                found = remembered.get(layout_key(map_headers(row).headers))
                if found is not None:
                    return found
    return None


def _check_cancel(cancel: Callable[[], bool] | None) -> None:
    if cancel is not None and cancel():
        raise ImportCancelled()


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
    for _, header, field_name in mapping.duplicates:
        first = next(mapping.headers[i] for i, f in sorted(mapping.columns.items())
                     if f == field_name or {f, field_name} == {"profit", NON_PROFIT})
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


def _blank(cell: object) -> bool:
    return cell is None or cell == "" or (type(cell) is str and cell.isspace())


def _plan_rows(
    plan: OrganisationPlan,
    sheet: SheetData,
    header_index: int,
    mapping: HeaderMapping,
    progress: Callable[[int, int], None] | None,
    cancel: Callable[[], bool] | None,
) -> None:
    """Normalise every data row below the header, column by column; flag errors and in-file
    duplicates."""
    columns = sorted(mapping.columns.items())
    headers = mapping.headers
    first_data = header_index + mapping.header_rows
    data = sheet.rows[first_data:]
    numbers = sheet.row_numbers[first_data:]
    total = len(data)
    _check_cancel(cancel)
    if progress is not None:
        progress(0, total)
    if not data:
        cells_by_column: list[tuple[object, ...]] = []
    elif len({len(row) for row in data}) == 1:
        cells_by_column = list(zip(*data))
    else:
        cells_by_column = list(zip_longest(*data, fillvalue=""))
    kept = _rows_to_keep(plan, sheet, mapping, columns, cells_by_column, total)
    raw: dict[str, tuple[str, Sequence[object]]] = {}
    for column_index, field_name in columns:
        cells = cells_by_column[column_index] if column_index < len(cells_by_column) else ()
        if len(cells) != total:
            cells = ("",) * total
        raw[field_name] = (headers[column_index], cells if kept is None else
                           [cells[i] for i in kept])
    del cells_by_column
    size = total if kept is None else len(kept)
    plan.row_numbers = list(numbers) if kept is None else [numbers[i] for i in kept]
    done_columns = 0

    def column_done() -> None:
        nonlocal done_columns
        done_columns += 1
        _check_cancel(cancel)
        if progress is not None:
            progress(min(total, total * done_columns // (len(columns) + 1)), total)

    values, problems = normalise_columns(raw, size, on_column=column_done)
    plan.columns = values
    if sme_flags_of(raw) is not None:
        plan.notes.append(
            f"Column “{raw['sme_class'][0]}” holds yes/no: it was read as whether each "
            "organisation is an SME (which makes a company of no stated size, such as CORDIS's "
            "PRC, an SME or a large enterprise), not as an SME class.")
    _collect_problems(plan, problems, size, mapping, columns)
    _plan_participations(plan, raw)
    _flag_duplicates(plan, raw)
    if plan.participations and plan.repeat_of:
        # a row skipped as a repeat (same VAT or name, no PIC) still tells its project: it
        # goes to the organisation of the row it repeats
        plan.participations = [replace(p, index=plan.repeat_of.get(p.index, p.index))
                               for p in plan.participations]
    if progress is not None:
        progress(total, total)


def _plan_participations(
    plan: OrganisationPlan, raw: Mapping[str, tuple[str, Sequence[object]]]
) -> None:
    """A participation list's project columns leave the organisation columns: with a project
    number, rows of one PIC become one organisation with its projects (importing/cordis.py);
    without one, the columns are reported as not imported."""
    given = {name: plan.columns.pop(name) for name in PARTICIPATION_FIELDS if name in plan.columns}
    if not given:
        return
    if "project_id" not in given:
        plan.notes.append(
            "Columns not imported (a project needs its number, such as CORDIS's projectID): "
            + ", ".join(f"“{raw[name][0]}”" for name in given))
        return
    headers = {name: header for name, (header, _) in raw.items()}
    plan.participations = join_participations(plan, headers, given)
    plan.notes.append(
        f"{len(plan.participations):,} EU project participation(s) were read (column "
        f"“{headers['project_id']}”): each organisation keeps them as its EU project experience.")
    if "country" in plan.columns:
        countries = plan.columns["country"]
        header = headers.get("country", "country")
        for index, country in enumerate(countries):
            if country is None and not plan.invalid[index]:
                plan.warnings.append(RowProblem(
                    plan.sheet, plan.row_numbers[index], header,
                    "no country given (CORDIS leaves it empty for some participants); the "
                    "organisation is imported without one: set it in the directory"))
        plan.warnings.sort(key=lambda problem: problem.row)


def _rows_to_keep(
    plan: OrganisationPlan,
    sheet: SheetData,
    mapping: HeaderMapping,
    columns: list[tuple[int, str]],
    cells_by_column: list[tuple[object, ...]],
    total: int,
) -> list[int] | None:
    """The indexes of the organisation rows (None: all of them). Rows with nothing in the
    imported columns and repeated header rows are left out, and said so in the notes."""
    width = len(cells_by_column)
    mapped = [cells_by_column[i] for i, _ in columns if i < width]
    if not mapped:
        return []
    # A row is dropped only if its first imported cell is blank or repeats the header, so only
    # those rows need a closer look.
    first_header = mapping.headers[columns[0][0]].casefold()
    candidates = _blank_or_header_rows(mapped[0], first_header)
    header_keys = [normalise_header(mapping.headers[i]) for i, _ in columns]
    dropped: set[int] = set()
    unmapped_only = repeated_headers = 0
    for index in candidates:
        cells = [column[index] for column in mapped]
        if all(_blank(cell) for cell in cells):
            dropped.add(index)
            if any(not _blank(column[index]) for column in cells_by_column):
                unmapped_only += 1
        elif len(cells) == len(columns) and [
                normalise_header(cell_text(cell)) for cell in cells] == header_keys:
            dropped.add(index)
            repeated_headers += 1
    if unmapped_only:
        plan.notes.append(
            f"{unmapped_only} row(s) had data only in columns that are not imported and were "
            "skipped."
        )
    if repeated_headers:
        plan.notes.append(f"{repeated_headers} repeated header row(s) were skipped.")
    known = set(mapping.columns) | {i for i, _ in mapping.unmapped} | {i for i, _ in mapping.ignored}
    known |= {i for i, _, _ in mapping.duplicates}
    for column_index in range(width):
        if column_index in known:
            continue
        count = sum(1 for cell in cells_by_column[column_index] if not _blank(cell))
        if count:
            letter = column_letter(sheet.first_column + column_index)
            plan.unmapped_columns.append(f"column {letter} (no header)")
            plan.notes.append(
                f"Column {letter} has no header but holds data in {count} row(s); it was not "
                "imported."
            )
    if not dropped:
        return None
    return [index for index in range(total) if index not in dropped]


# A line of nothing but white space (what `_blank` calls blank), in a column joined by "\n".
_BLANK_LINE = re.compile(r"^\s*$", re.MULTILINE)


def _blank_or_header_rows(cells: Sequence[object], header: str) -> list[int]:
    """The indexes of the cells that are blank or repeat `header` (casefolded). A column of
    text is first looked at whole: usually no cell is either, and then no cell is visited."""
    if header and set(map(type, cells)) == {str} and "" not in cells:
        joined = "\n".join(cells)  # type: ignore[arg-type]
        if joined.count("\n") == len(cells) - 1 and header not in joined.casefold() and (
                not _BLANK_LINE.search(joined)):
            return []
    return [index for index, cell in enumerate(cells)
            if _blank(cell) or (type(cell) is str and cell.casefold().strip() == header)]


def _collect_problems(
    plan: OrganisationPlan,
    problems: list,
    size: int,
    mapping: HeaderMapping,
    columns: list[tuple[int, str]],
) -> None:
    sheet, numbers = plan.sheet, plan.row_numbers
    invalid = [False] * size
    has_legal_name = "legal_name" in mapping.fields
    if not has_legal_name:
        plan.errors.append(RowProblem(
            sheet, plan.header_row, "",
            "No column holds the organisations' legal names; map one (Header=legal_name).",
        ))
        invalid = [True] * size
    names = plan.columns.get("legal_name")
    legal_name_column = next((mapping.headers[i] for i, f in columns if f == "legal_name"),
                             "legal_name")
    missing = {index for index, name in enumerate(names) if name is None} if names else set()
    for index, problem in problems:
        if index in missing:
            missing.discard(index)
            # A legal name refused for itself (too long, a control character) is reported once,
            # by that problem; "no legal name" is for a row that has none.
            if problem.column != legal_name_column:
                _no_legal_name(plan, invalid, index, legal_name_column)
        if problem.severity == "error":
            invalid[index] = True
            plan.errors.append(RowProblem(sheet, numbers[index], problem.column, problem.message))
        else:
            plan.warnings.append(RowProblem(sheet, numbers[index], problem.column, problem.message))
    if has_legal_name:
        for index in sorted(missing):
            _no_legal_name(plan, invalid, index, legal_name_column)
        plan.errors.sort(key=lambda problem: problem.row)
    plan.invalid = invalid


def _no_legal_name(plan: OrganisationPlan, invalid: list[bool], index: int, column: str) -> None:
    invalid[index] = True
    plan.errors.append(RowProblem(plan.sheet, plan.row_numbers[index], column,
                                  "no legal name; every organisation needs one"))


def _flag_duplicates(plan: OrganisationPlan, raw: Mapping[str, tuple[str, Sequence[object]]]) -> None:
    """Warn on the second and later rows naming the same organisation, by the strongest key
    (PIC, VAT, legal name + country); `repeat_of` records which row came first. Rows with
    errors take no part: they will not be imported."""
    size = plan.rows_read
    names = plan.columns.get("legal_name") or [None] * size
    plan.name_keys = normalised_names(  # type: ignore[arg-type]
        names if None not in names else [name or "" for name in names])
    pics = plan.columns.get("pic") or [None] * size
    vats = plan.columns.get("vat") or [None] * size
    countries = plan.columns.get("country") or [None] * size
    seen_pic: dict[object, int] = {}
    seen_vat: dict[object, int] = {}
    seen_name: dict[tuple[str, object], int] = {}
    invalid = plan.invalid
    header_of = {field_name: header for field_name, (header, _) in raw.items()}
    warnings: list[RowProblem] = []
    pic_header = header_of.get("pic", "pic")
    vat_header = header_of.get("vat", "vat")
    name_header = header_of.get("legal_name", "legal_name")
    if _all_distinct(pics, vats, plan.name_keys, countries, invalid):
        return
    rows = zip(pics, vats, plan.name_keys, countries, invalid)
    for index, (pic, vat, key, country, bad) in enumerate(rows):
        if bad:
            continue
        found: tuple[int, str, str] | None = None
        if pic is not None:
            earlier = seen_pic.setdefault(pic, index)
            if earlier != index:
                found = (earlier, f"same PIC ({pic})", pic_header)
        if vat is not None:
            earlier = seen_vat.setdefault(vat, index)
            if found is None and earlier != index:
                found = (earlier, f"same VAT number ({vat})", vat_header)
        if key:
            earlier = seen_name.setdefault((key, country), index)
            if found is None and earlier != index:
                found = (earlier, "same legal name and country", name_header)
        if found is not None and plan.participations and pic is not None and (
                pics[found[0]] not in (None, pic)):
            # a participation list's organisations are one per PIC (as the directory matches:
            # another PIC is another organisation), even when they share a VAT number or name
            found = None
        if found is not None:
            earlier, reason, column = found
            plan.repeat_of[index] = earlier
            warnings.append(RowProblem(
                plan.sheet, plan.row_numbers[index], column,
                f"{reason} as row {plan.row_numbers[earlier]}: the same organisation appears "
                "twice in the file",
            ))
    if warnings:
        plan.warnings.extend(warnings)
        plan.warnings.sort(key=lambda problem: problem.row)


def _all_distinct(pics: Sequence[object], vats: Sequence[object], name_keys: Sequence[str],
                  countries: Sequence[object], invalid: Sequence[bool]) -> bool:
    """Whether no two valid rows share a PIC, a VAT number or a name key and country: the usual
    file, settled by three set sizes instead of a dictionary lookup per row and key."""
    valid = [not bad for bad in invalid] if any(invalid) else None
    for values in (pics, vats):
        given = [value for value in (values if valid is None else compress(values, valid))
                 if value is not None]
        if len(set(given)) != len(given):
            return False
    pairs = zip(name_keys, countries)
    named = [pair for pair in (pairs if valid is None else compress(pairs, valid)) if pair[0]]
    return len(set(named)) == len(named)
