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
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from functools import cached_property
from itertools import compress, zip_longest
from pathlib import Path

from consortium_planner.importing.collector import paused_collector
from consortium_planner.importing.columns import normalise_columns, sme_flags_of
from consortium_planner.importing.cordis import (
    PlannedParticipation,
    is_cordis_project_table,
    join_participations,
)
from consortium_planner.importing.errors import (
    HeaderRowUnclear,
    ImportCancelled,
    ImportFileError,
    Note,
    said,
)
from consortium_planner.importing.headers import (
    HEADER_SEARCH_ROWS,
    NON_PROFIT,
    PARTICIPATION_FIELDS,
    HeaderLayout,
    HeaderMapping,
    column_name,
    find_header,
    layout_at,
    layout_key,
    map_headers,
    normalise_header,
    normalise_overrides,
)
from consortium_planner.importing.normalise import (
    Problem,
    amount_unit,
    cell_text,
    load_reference_data,
    scaled_amount,
)
from consortium_planner.formats.partner_workbook import SHEET_IDENTITY
from consortium_planner.importing.partner_workbook import stripped_workbook_heading
from consortium_planner.importing.readers import SheetData, WorkbookData, read_workbook
from consortium_planner.names import normalised_names
from consortium_planner.reference.messages import Count, FieldName, Message, gettext, words
from consortium_planner.reference.wording import ENGLISH, Wording
from consortium_planner.reference.words import starts_with_totals_label


@dataclass(frozen=True)
class RowProblem:
    """A problem of one row (English `message`; `said` words it in any language, as for
    importing.errors.SheetProblem)."""

    sheet: str
    row: int
    column: str
    message: str
    said: Message | None = field(default=None, compare=False, repr=False)

    @classmethod
    def of(cls, sheet: str, row: int, column: str, message: Message) -> RowProblem:
        return cls(sheet, row, column, message.render(), message)

    def worded(self, wording: Wording = ENGLISH) -> str:
        return self.said.render(wording) if self.said is not None else self.message


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
    # Header (as in `headers`) -> why the column is mapped as it is, or left out.
    column_reasons: dict[str, str] = field(default_factory=dict)
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
    header_row: int | None = None,
) -> OrganisationPlan:
    """Read `path` and plan its organisations; raise ImportFileError (HeaderRowUnclear when the
    header row must be chosen) or ImportCancelled.

    `overrides` maps header text to a field ("" or "ignore" drops the column) and wins over the
    built-in synonyms. `sheet` restricts the search to one sheet by name. `remembered` maps a
    header layout key to the mapping the user chose for it before; used when no overrides are
    given. `header_row` is the spreadsheet row number of the header (0: there is none, the
    columns are known by their values); None finds it.
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
                             remembered=remembered, progress=progress, cancel=cancel,
                             header_row=header_row)
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
    header_row: int | None = None,
) -> OrganisationPlan:
    """Plan an already read workbook, so the wizard can change sheet, header row or mapping
    without reading the file again. A refusal carries the reader's notes (`ImportFileError.notes`)."""
    with paused_collector():
        try:
            return _plan_workbook(workbook, path, overrides, sheet, remembered, progress,
                                  cancel, header_row)
        except ImportFileError as error:
            raise error.noting(workbook.notes) from None


def _plan_workbook(
    workbook: WorkbookData,
    path: Path,
    overrides: Mapping[str, str] | None,
    sheet: str | None,
    remembered: Mapping[str, Mapping[str, str]] | None,
    progress: Callable[[int, int], None] | None,
    cancel: Callable[[], bool] | None,
    header_row: int | None = None,
) -> OrganisationPlan:
    try:
        wanted = normalise_overrides(overrides)
    except ValueError as exc:
        raise ImportFileError(str(exc)) from None
    sheets = workbook.sheets
    if sheet is not None:
        sheets = [s for s in workbook.sheets if s.name == sheet]
        if not sheets:
            raise ImportFileError(gettext(
                "“{file}” has no sheet named “{sheet}”. Its sheets: {sheets}.", file=path.name,
                sheet=sheet, sheets=", ".join(f"“{s.name}”" for s in workbook.sheets)))
    if all(not s.rows for s in sheets):
        raise ImportFileError(gettext("“{file}” contains no data: every sheet is empty.",
                                      file=path.name))
    if all(is_cordis_project_table(s.rows) for s in sheets if s.rows):
        raise ImportFileError(gettext(
            "“{file}” is CORDIS's list of projects, which names no organisations. Import the "
            "organisations' file of the same download instead (organization.csv, .xlsx or "
            ".json): it gives each organisation with its projects.", file=path.name))
    stripped = stripped_workbook_heading(sheets)
    if stripped is not None and any(s.name == SHEET_IDENTITY for s in workbook.sheets):
        raise ImportFileError(gettext(
            "“{file}” is a partner workbook saved in another format than Excel's .xlsx "
            "(LibreOffice's .ods, say), which the app does not read back. Open it and save it "
            "as an Excel workbook (.xlsx), keeping all its sheets, then import that file.",
            file=path.name))
    if stripped is not None:
        raise ImportFileError(gettext(
            "“{file}” is a partner workbook without its hidden sheets (sheet “{sheet}”, row "
            "{row} holds its Organisation table): it was copied into a new file or saved as "
            "CSV, so it no longer says which project and participant it belongs to. Ask the "
            "partner to fill in and return the workbook they were sent, with all its sheets, "
            "or copy their figures into a fresh one (`template`).", file=path.name,
            sheet=stripped[0], row=stripped[1]))
    user_overrides = dict(overrides or {})
    from_memory = False
    if not user_overrides and remembered:
        found = _remembered_overrides(sheets, remembered)
        if found is not None:
            user_overrides, from_memory = dict(found), True
            wanted = normalise_overrides(user_overrides)
    match = find_header([(s.rows, s.hidden, s.first_column) for s in sheets], user_overrides)
    if header_row is None:
        if match is None:
            raise ImportFileError(gettext(
                "No header row was found in “{file}”: none of the first rows of any sheet "
                "names at least two organisation fields (such as “Legal name”, “Country”, "
                "“PIC”, “VAT”, “E-mail”), and no column holds values the app recognises. Add a "
                "header row, or map the columns yourself (Header=field).", file=path.name))
        chosen, layout = sheets[match.sheet_index], match.layout
        if layout.unclear:
            raise _unclear(path, chosen, layout)
    else:
        chosen = sheets[match.sheet_index] if match is not None else next(
            (s for s in sheets if s.rows and not s.hidden), next(s for s in sheets if s.rows))
        layout = _chosen_layout(path, chosen, header_row, user_overrides)
    mapping = layout.mapping
    plan = OrganisationPlan(
        file_name=path.name,
        sha256=workbook.sha256,
        sheet=chosen.name,
        header_row=chosen.row_numbers[layout.row_index] if layout.row_index is not None else 0,
        mapping={mapping.headers[i]: f for i, f in sorted(mapping.columns.items())},
        unmapped_columns=[header for _, header in mapping.unmapped],
        notes=list(workbook.notes),
        layout_key=_layout_key(layout, chosen.first_column),
        headers=mapping.headers,
        header_mapping=mapping,
        sheet_names=[s.name for s in workbook.sheets],
        overrides=user_overrides,
        remembered_mapping=from_memory,
        column_reasons={mapping.headers[i]: why for i, why in sorted(mapping.reasons.items())
                        if i < len(mapping.headers) and mapping.headers[i]},
    )
    if from_memory:
        plan.notes.append(Note(gettext("The column mapping you chose before for this layout of "
                                       "columns was used again.")))
    _describe_mapping(plan, chosen, layout, wanted, len(workbook.sheets))
    if chosen.merged_down:
        plan.notes.append(Note(gettext(
            "Cells merged over several rows ({cells}) were read as their value in each of "
            "those rows.", cells=", ".join(chosen.merged_down[:5])
            + (" …" if len(chosen.merged_down) > 5 else ""))))
    if match is not None and match.sheet_index == sheets.index(chosen):
        for index, other in match.others:
            titled = {i for i, f in other.mapping.columns.items() if f == "legal_name"}
            rows = len(sheets[index].rows) - other.first_data
            if (other.row_index is None or rows <= 0 or len(other.mapping.columns) < 2
                    or not titled - set(other.mapping.by_content)):
                continue  # a list: titles naming its organisations and more, rows below them
            plan.notes.append(Note(gettext(
                "Sheet “{sheet}” holds another list of organisations ({count} rows below its "
                "header), which was not imported: only one sheet is read at a time. Import "
                "the file again for that sheet (choose it, or --sheet).", sheet=sheets[index].name,
                count=rows)))
    _plan_rows(plan, chosen, layout, progress, cancel)
    return plan


def _layout_key(layout: HeaderLayout, first_column: int) -> str:
    """The key the user's mapping is remembered by: the titles as the file has them (a column
    named by the import, "column C", has none); no key for a list without a header row."""
    if layout.row_index is None:
        return ""
    return layout_key("" if header == column_name(index, first_column) else header
                      for index, header in enumerate(layout.mapping.headers))


def _row_texts(row: Sequence[object], limit: int = 8) -> tuple[str, ...]:
    texts = [" ".join(cell_text(cell).split()) for cell in row]
    while texts and not texts[-1]:
        texts.pop()
    return tuple(text[:40] for text in texts[:limit])


def _unclear(path: Path, sheet: SheetData, layout: HeaderLayout) -> HeaderRowUnclear:
    """The refusal naming the rows that may be the header, and the sheet's first rows."""
    numbers = tuple(sheet.row_numbers[i] if i is not None else 0 for i in layout.unclear)
    described: list[Message] = []
    for index, number in zip(layout.unclear, numbers):
        if index is None:
            described.append(gettext("no header row at all"))
        else:
            cells = [f"“{text}”" for text in _row_texts(sheet.rows[index], 4) if text]
            described.append(gettext("row {number} ({cells}…)", number=number,
                                     cells=", ".join(cells)))
    message = gettext("“{file}”: cannot tell which row of sheet “{sheet}” holds the column "
                      "titles: {rows}. Say which row is the header (0 if there is none: the "
                      "columns are then recognised by their values).", file=path.name,
                      sheet=sheet.name, rows=words(described, "or"))
    first_rows = tuple((number, _row_texts(row, 12)) for number, row in
                       zip(sheet.row_numbers[:15], sheet.rows[:15]))
    return HeaderRowUnclear(message, sheet.name, numbers, first_rows, sheet.first_column)


def _chosen_layout(path: Path, sheet: SheetData, header_row: int,
                   overrides: Mapping[str, str]) -> HeaderLayout:
    """The layout with the header on the spreadsheet row the user named (0: none)."""
    if header_row == 0:
        return layout_at(sheet.rows, None, overrides, first_column=sheet.first_column)
    if header_row < 0 or header_row not in sheet.row_numbers:
        last = sheet.row_numbers[-1] if sheet.row_numbers else 0
        raise ImportFileError(gettext(
            "Row {row} cannot be the header of sheet “{sheet}” in “{file}”: its rows are "
            "numbered 1 to {last}. Give the row number of the column titles (0 if there is "
            "none).", row=header_row, sheet=sheet.name, file=path.name, last=last))
    index = sheet.row_numbers.index(header_row)
    if not any(not _blank(cell) for cell in sheet.rows[index]):
        raise ImportFileError(gettext(
            "Row {row} of sheet “{sheet}” in “{file}” is empty, so it cannot be the header. "
            "Give the row number of the column titles (0 if there is none).", row=header_row,
            sheet=sheet.name, file=path.name))
    return layout_at(sheet.rows, index, overrides, first_column=sheet.first_column)


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
    plan: OrganisationPlan, sheet: SheetData, layout: HeaderLayout, wanted: dict[str, str],
    sheet_count: int,
) -> None:
    mapping = layout.mapping
    if sheet.hidden:
        plan.notes.append(Note(gettext("The data was found on the hidden sheet “{sheet}”.",
                                       sheet=sheet.name)))
    elif sheet_count > 1:
        plan.notes.append(Note(gettext("The data was read from sheet “{sheet}”.",
                                       sheet=sheet.name)))
    if mapping.header_rows > 1:
        plan.notes.append(Note(gettext(
            "The header spans rows {first}-{last} (merged group headings above sub-headers).",
            first=plan.header_row, last=plan.header_row + mapping.header_rows - 1)))
    if plan.header_row > 1:
        plan.notes.append(Note(gettext(
            "The header starts on row {row}; the rows above it were skipped.",
            row=plan.header_row)))
    elif layout.row_index is None:
        plan.notes.append(Note(gettext("The list has no header row: its columns are recognised "
                                       "by their values.")))
        skipped = [sheet.row_numbers[i] for i in range(layout.first_data)
                   if any(not _blank(cell) for cell in sheet.rows[i])]
        if skipped:
            plan.notes.append(Note(gettext(
                "Row(s) {rows} above the data (titles) were skipped.",
                rows=said(row_list(skipped)))))
    for index in mapping.by_content:
        reason = mapping.reasons[index]
        plan.notes.append(Note(gettext(
            "Column “{header}” is read as {field}: {reason}.", header=mapping.headers[index],
            field=FieldName(mapping.columns[index]), reason=said(reason))))
    plan.notes.extend(mapping.content_notes)
    for _, header, field_name in mapping.duplicates:
        first = next(mapping.headers[i] for i, f in sorted(mapping.columns.items())
                     if f == field_name or {f, field_name} == {"profit", NON_PROFIT})
        plan.warnings.append(RowProblem.of(
            plan.sheet, plan.header_row, header,
            gettext("also means {field}; only column “{first}” is imported, this one is not",
                    field=FieldName(field_name), first=first),
        ))
    if plan.unmapped_columns:
        plan.notes.append(Note(gettext(
            "Columns not imported (no matching field): {columns}",
            columns=_quoted(plan.unmapped_columns))))
    present = {normalise_header(h) for h in mapping.headers}
    for header_key in wanted:
        if header_key not in present:
            plan.notes.append(Note(gettext(
                "The mapping for “{header}” matches no column of this file.", header=header_key)))


def _quoted(headers: Iterable[str]) -> Message:
    """Column titles in quotes, as the language quotes them, joined by commas (as in English:
    “A”, “B”, “C”)."""
    items = [gettext("“{header}”", header=said(header)) for header in headers]
    return Message(", ".join("{c%d}" % i for i in range(len(items))),
                   tuple((f"c{i}", item) for i, item in enumerate(items)))


def _blank(cell: object) -> bool:
    return cell is None or cell == "" or (type(cell) is str and cell.isspace())


def row_list(numbers: Sequence[int], limit: int = 40) -> str:
    """Row numbers as people read them: "4, 9-12, 30" (runs joined; a long list is cut)."""
    runs: list[list[int]] = []
    for number in numbers:
        if runs and number == runs[-1][1] + 1:
            runs[-1][1] = number
        else:
            runs.append([number, number])
    parts = [str(a) if a == b else f"{a}-{b}" for a, b in runs]
    if len(parts) > limit:
        return Note(gettext("{rows} and {count} more", rows=", ".join(parts[:limit]),
                            count=len(parts) - limit))
    return ", ".join(parts)


def _plan_rows(
    plan: OrganisationPlan,
    sheet: SheetData,
    layout: HeaderLayout,
    progress: Callable[[int, int], None] | None,
    cancel: Callable[[], bool] | None,
) -> None:
    """Normalise every data row below the header, column by column; flag errors and in-file
    duplicates."""
    mapping = layout.mapping
    columns = sorted(mapping.columns.items())
    headers = mapping.headers
    first_data = layout.first_data
    data = sheet.rows[first_data:]
    numbers = sheet.row_numbers[first_data:]
    total = len(data)
    _check_cancel(cancel)
    if progress is not None:
        progress(0, total)
    if not data:
        cells_by_column: list[tuple[object, ...]] = []
        plan.notes.append(Note(gettext(
            "Sheet “{sheet}” has no rows below its header (row {row}): there was nothing to "
            "import.", sheet=sheet.name, row=plan.header_row)))
    elif len({len(row) for row in data}) == 1:
        cells_by_column = list(zip(*data))
    else:
        cells_by_column = list(zip_longest(*data, fillvalue=""))
    header_cells = ([sheet.rows[i] for i in range(layout.row_index,
                                                   layout.row_index + mapping.header_rows)]
                    if layout.row_index is not None else [])
    kept = _rows_to_keep(plan, sheet, mapping, columns, cells_by_column, numbers, header_cells)
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

    raw, foreign = _amount_units(plan, raw)
    values, problems = normalise_columns(raw, size, on_column=column_done)
    if foreign:
        _refuse_foreign_amounts(values, problems, foreign)
    plan.columns = values
    if sme_flags_of(raw) is not None:
        plan.notes.append(Note(gettext(
            "Column “{header}” holds yes/no: it was read as whether each organisation is an "
            "SME (which makes a company of no stated size, such as CORDIS's PRC, an SME or a "
            "large enterprise), not as an SME class.", header=raw["sme_class"][0])))
    if "org_type" not in values and size:
        plan.notes.append(NO_TYPE_COLUMN)
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


NO_TYPE_COLUMN = Note(gettext(
    "No column gives the organisations' type (such as “Type” or “Category”): a new "
    "organisation is of type “Other” until you set its type in the directory, and the call's "
    "funding rate may depend on it."))
_AMOUNT_FIELDS = ("turnover", "balance_sheet", "eu_contribution")


def _amount_units(
    plan: OrganisationPlan, raw: dict[str, tuple[str, Sequence[object]]]
) -> tuple[dict[str, tuple[str, Sequence[object]]], dict[str, tuple[str, str]]]:
    """Read the money columns whose title gives a unit ("Umsatz (Mio. €)", "CA (k€)") in it,
    with a note; return the columns whose title names another currency (field -> (header,
    currency)), whose amounts `_refuse_foreign_amounts` refuses."""
    foreign: dict[str, tuple[str, str]] = {}
    for field_name in _AMOUNT_FIELDS:
        if field_name not in raw:
            continue
        header, cells = raw[field_name]
        scale, currency = amount_unit(header)
        if currency is not None:
            foreign[field_name] = (header, currency)
        elif scale is not None:
            raw = {**raw, field_name: (header, [scaled_amount(cell, scale) for cell in cells])}
            plan.notes.append(Note(gettext(
                "Column “{header}”: its title gives the amounts in thousands or millions of "
                "euros, so each was multiplied by {factor}.", header=header,
                factor=f"{scale:,}")))
    return raw, foreign


def _refuse_foreign_amounts(values: dict[str, list[object]], problems: list,
                            foreign: Mapping[str, tuple[str, str]]) -> None:
    """Each amount of a column whose title names another currency is an error of its row (as
    an amount written "1 000 PLN" is): the app keeps euros."""
    for field_name, (header, currency) in foreign.items():
        column = values.get(field_name) or []
        for index, value in enumerate(column):
            if value is not None:
                column[index] = None
                problems.append((index, Problem.of("error", header, gettext(
                    "the column's title gives its amounts in {currency}: convert them to EUR, "
                    "or leave the column out (Header=ignore)", currency=currency))))
    problems.sort(key=lambda problem: problem[0])


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
        plan.notes.append(Note(gettext(
            "Columns not imported (a project needs its number, such as CORDIS's projectID): "
            "{columns}", columns=_quoted(raw[name][0] for name in given))))
        return
    headers = {name: header for name, (header, _) in raw.items()}
    plan.participations = join_participations(plan, headers, given)
    plan.notes.append(Note(gettext(
        "{count} EU project participation(s) were read (column “{header}”): each organisation "
        "keeps them as its EU project experience.", count=Count(len(plan.participations)),
        header=headers["project_id"])))
    if "country" in plan.columns:
        countries = plan.columns["country"]
        header = headers.get("country", "country")
        for index, country in enumerate(countries):
            if country is None and not plan.invalid[index]:
                plan.warnings.append(RowProblem.of(
                    plan.sheet, plan.row_numbers[index], header, gettext(
                        "no country given (CORDIS leaves it empty for some participants); the "
                        "organisation is imported without one: set it in the directory")))
        plan.warnings.sort(key=lambda problem: problem.row)


def _rows_to_keep(
    plan: OrganisationPlan,
    sheet: SheetData,
    mapping: HeaderMapping,
    columns: list[tuple[int, str]],
    cells_by_column: list[tuple[object, ...]],
    numbers: Sequence[int],
    header_cells: Sequence[Sequence[object]],
) -> list[int] | None:
    """The indexes of the organisation rows (None: all of them). Blank rows, rows with nothing
    in the imported columns and rows repeating the header row are left out, each named by its
    row number in the notes."""
    total = len(numbers)
    width = len(cells_by_column)
    mapped = [cells_by_column[i] for i, _ in columns if i < width]
    if not mapped:
        return []
    # A row is dropped only if its first imported cell is blank or repeats the header, so only
    # those rows need a closer look.
    first = columns[0][0]
    candidates: set[int] = set()
    for header_row in header_cells or [[]]:
        title = " ".join(cell_text(header_row[first]).split()).casefold() if (
            first < len(header_row)) else ""
        candidates.update(_blank_or_header_rows(mapped[0], title))
    header_keys = [_row_keys(row, width) for row in header_cells]
    dropped: set[int] = set()
    blank: list[int] = []
    unmapped_only: list[int] = []
    repeated: list[int] = []
    for index in sorted(candidates):
        cells = [column[index] for column in mapped]
        if all(_blank(cell) for cell in cells):
            dropped.add(index)
            if any(not _blank(column[index]) for column in cells_by_column):
                unmapped_only.append(numbers[index])
            else:
                blank.append(numbers[index])
        elif _row_keys([column[index] for column in cells_by_column], width) in header_keys:
            dropped.add(index)
            repeated.append(numbers[index])
    totals = _totals_rows(columns, cells_by_column, dropped)
    dropped.update(totals)
    if blank:
        plan.notes.append(Note(gettext("{count} blank row(s) were skipped: row(s) {rows}.",
                                       count=len(blank), rows=said(row_list(blank)))))
    if unmapped_only:
        plan.notes.append(Note(gettext(
            "{count} row(s) had data only in columns that are not imported and were skipped: "
            "row(s) {rows}.", count=len(unmapped_only),
            rows=said(row_list(unmapped_only)))))
    if repeated:
        plan.notes.append(Note(gettext("{count} repeated header row(s) were skipped: "
                                       "row(s) {rows}.", count=len(repeated),
                                       rows=said(row_list(repeated)))))
    if totals:
        plan.notes.append(Note(gettext(
            "{count} totals row(s) were skipped: row(s) {rows} (a name such as “Total” and "
            "only numbers beside it).", count=len(totals),
            rows=said(row_list([numbers[index] for index in totals])))))
    known = set(mapping.columns) | {i for i, _ in mapping.unmapped} | {i for i, _ in mapping.ignored}
    known |= {i for i, _, _ in mapping.duplicates}
    for column_index in range(width):
        if column_index in known:
            continue
        count = sum(1 for cell in cells_by_column[column_index] if not _blank(cell))
        if count:
            letter = column_letter(sheet.first_column + column_index)
            plan.unmapped_columns.append(Note(gettext("column {letter} (no header)",
                                                      letter=letter)))
            plan.notes.append(Note(gettext(
                "Column {letter} has no header but holds data in {count} row(s); it was not "
                "imported.", letter=letter, count=count)))
    if not dropped:
        return None
    return [index for index in range(total) if index not in dropped]


def _totals_rows(columns: list[tuple[int, str]], cells_by_column: list[tuple[object, ...]],
                 dropped: set[int]) -> list[int]:
    """The indexes of the totals rows at a list's foot or between its groups: a totals label
    ("Summe", "Total:", or with a short tail: "Total (3 members)", "Summe aller Mitglieder")
    where the legal name goes, or beside a blank legal name; no PIC or VAT of its own, and
    nothing but numbers in the other cells."""
    name_column = next((i for i, field_name in columns if field_name == "legal_name"), None)
    if name_column is None or name_column >= len(cells_by_column):
        return []
    identifiers = [cells_by_column[i] for i, field_name in columns
                   if field_name in ("pic", "vat") and i < len(cells_by_column)]
    totals = []
    for index, cell in enumerate(cells_by_column[name_column]):
        if index in dropped or not (_blank(cell) or starts_with_totals_label(cell)):
            continue
        if any(not _blank(column[index]) for column in identifiers):
            continue  # an organisation may be called "Total"
        row = [column[index] for column in cells_by_column]
        labels = [i for i, value in enumerate(row) if starts_with_totals_label(value)]
        if labels and not any(_has_letters(value) for i, value in enumerate(row)
                              if i != labels[0]):
            totals.append(index)
    return totals


def _has_letters(cell: object) -> bool:
    return type(cell) is str and any(ch.isalpha() for ch in cell.replace("€", ""))


def _row_keys(row: Sequence[object], width: int) -> tuple[str, ...]:
    """A row's cells as compared with the header: case, accents and spacing do not count."""
    keys = [normalise_header(cell_text(cell)) for cell in row[:width]]
    keys += [""] * (width - len(keys))
    return tuple(keys)


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
        plan.errors.append(RowProblem.of(
            sheet, plan.header_row, "",
            gettext("No column holds the organisations' legal names; map one "
                    "(Header=legal_name)."),
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
            plan.errors.append(RowProblem(sheet, numbers[index], problem.column, problem.message,
                                          problem.said))
        else:
            plan.warnings.append(RowProblem(sheet, numbers[index], problem.column,
                                            problem.message, problem.said))
    if has_legal_name:
        for index in sorted(missing):
            _no_legal_name(plan, invalid, index, legal_name_column)
        plan.errors.sort(key=lambda problem: problem.row)
    plan.invalid = invalid


def _no_legal_name(plan: OrganisationPlan, invalid: list[bool], index: int, column: str) -> None:
    invalid[index] = True
    plan.errors.append(RowProblem.of(plan.sheet, plan.row_numbers[index], column,
                                     gettext("no legal name; every organisation needs one")))


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
                found = (earlier, "pic", pic_header)
        if vat is not None:
            earlier = seen_vat.setdefault(vat, index)
            if found is None and earlier != index:
                found = (earlier, "vat", vat_header)
        if key:
            earlier = seen_name.setdefault((key, country), index)
            if found is None and earlier != index:
                found = (earlier, "name", name_header)
        if found is not None and plan.participations and pic is not None and (
                pics[found[0]] not in (None, pic)):
            # a participation list's organisations are one per PIC (as the directory matches:
            # another PIC is another organisation), even when they share a VAT number or name
            found = None
        if found is not None:
            earlier, reason, column = found
            plan.repeat_of[index] = earlier
            warnings.append(RowProblem.of(
                plan.sheet, plan.row_numbers[index], column,
                _repeated(reason, pic, vat, plan.row_numbers[earlier]),
            ))
    if warnings:
        plan.warnings.extend(warnings)
        plan.warnings.sort(key=lambda problem: problem.row)


def _repeated(reason: str, pic: object, vat: object, row: int) -> Message:
    """The warning on a row that repeats an earlier one, by what they share."""
    if reason == "pic":
        return gettext("same PIC ({pic}) as row {row}: the same organisation appears twice in "
                       "the file", pic=pic, row=row)
    if reason == "vat":
        return gettext("same VAT number ({vat}) as row {row}: the same organisation appears "
                       "twice in the file", vat=vat, row=row)
    return gettext("same legal name and country as row {row}: the same organisation appears "
                   "twice in the file", row=row)


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
