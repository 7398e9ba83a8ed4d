"""Read a returned partner workbook into a plan: profile, effort per WP and cost lines.

The workbook is recognised by its veryHidden identity sheet (see `exporting.partner_template`,
whose layout constants this module reads by). Tables are found by the headings the template
wrote, wherever a partner's inserted or deleted rows and columns moved them; the Effort rows are
checked against the work packages the workbook was made with, so a deleted, doubled or
unlabelled row is refused with its location instead of being read as "no effort".

Nothing here touches the database: checks that need the workspace (does the WP still exist? is
the participant still there?) are made by `services.partner_returns`, which also computes the
diff and applies it.

A workbook may be in any of the app's languages (version 4 on): sheets, headings, labels and
drop-down values are recognised in all of them (`formats.partner_workbook.in_any_language`) and
read back as the stored values, so a Polish workbook gives what the English one gives.

Formulas are never evaluated. Input cells are read as values; where a partner typed a formula
into one, the result the spreadsheet program saved is used. A formula with no saved result
(a file written by a script, never opened and saved in Excel or LibreOffice) is an error that says
so, except for the template's own Amount formula: the app recomputes quantity x unit cost itself,
with its own rounding, because that is exactly what the formula does. Totals are never read.
"""

from __future__ import annotations

import hashlib
import re
import zipfile
import zlib
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from consortium_planner.domain.money import (
    CENT,
    MAX_AMOUNT,
    AmountError,
    parse_amount,
    parse_decimal,
)
from consortium_planner.domain.text import fold
from consortium_planner.domain.vocab import CostCategory
from consortium_planner.formats.partner_workbook import (
    COST_AMOUNT_COLUMN,
    COST_CATEGORY_COLUMN,
    COST_DESCRIPTION_COLUMN,
    COST_HEADINGS,
    COST_QUANTITY_COLUMN,
    COST_UNIT_COST_COLUMN,
    COST_WP_COLUMN,
    EFFORT_HEADINGS,
    EFFORT_KEY_HEADING,
    EFFORT_MONTHS_COLUMN,
    EFFORT_TITLE_COLUMN,
    EFFORT_TOTAL_LABEL,
    EFFORT_WP_COLUMN,
    FORMAT_ID,
    IDENTITY_KEYS,
    LISTS_WORK_PACKAGES_HEADING,
    NO,
    PROFILE_FIELDS,
    PROFILE_HEADINGS,
    PROFILE_LABEL_COLUMN,
    PROFILE_VALUE_COLUMN,
    SHEET_COSTS,
    SHEET_EFFORT,
    SHEET_IDENTITY,
    SHEET_LISTS,
    SHEET_ORGANISATION,
    TEMPLATE_VERSION,
    YES,
    ProfileField,
    amount_formula,
    amount_formula_cells,
    category_by_label,
    identity_checksum,
    in_any_language,
    org_type_by_label,
    own_text_in_any_language,
    sheet_titles,
)
from consortium_planner.importing.errors import ImportFileError, Note, SheetProblem
from consortium_planner.importing.normalise import (
    NotANumberCell,
    Problem,
    cell_number,
    parse_country,
    parse_email,
    parse_integer,
    parse_nace_codes,
    parse_nuts2,
    parse_org_type,
    parse_pic,
    parse_text,
    parse_vat,
    parse_website,
)
from consortium_planner.reference.messages import (
    Label,
    Message,
    Words,
    gettext,
    verbatim,
    words,
)
from consortium_planner.reference.wording import ENGLISH, Wording
from consortium_planner.reference.words import yes_or_no

MAX_FILE_BYTES = 20 * 1024 * 1024  # a partner workbook is about 30 kB
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_COST_ROWS = 2000
MAX_EFFORT_ROWS = 200
# Where the reader looks for a table's heading row: the template writes it in row 4, column A;
# a partner may have inserted rows above it or columns before it.
SEARCH_ROWS = 40
SEARCH_COLUMNS = 30
MAX_PROFILE_ROWS = 200
TEXT_LIMITS = {"legal_name": 300, "short_name": 100, "address": 2000, "city": 120,
               "postcode": 20, "website": 300, "contact_name": 200, "email": 254, "phone": 50}
REQUIRED_FIELDS = frozenset({"legal_name", "org_type", "country"})

NOTE_NO_CACHED_RESULTS = Note(gettext(
    "The workbook's formulas have no saved results (it was not last saved by Excel or "
    "LibreOffice). Formulas are never evaluated: the app recalculated each amount as quantity x "
    "unit cost itself, and it does not read the totals."))
_WP_TEXT = re.compile(r"^\s*(?:WP|AP|PT|PP|WP\.)?\s*(\d{1,3})\b", re.IGNORECASE)
_CATEGORY_CODE = re.compile(r"^\s*([A-Da-d])(?:\s*\.?\s*(\d))?(?![A-Za-z0-9])")
_COUNTRY_LABEL = re.compile(r"\(([A-Z]{2})\)\s*$")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Identity:
    project: str
    project_title: str
    participant: int
    organisation_id: int
    organisation: str
    pic: str
    generated_at: str
    template_version: int
    work_packages: frozenset[int] | None = None  # None: a version 1 workbook did not record them
    language: str = "en"  # the language it was written in (before version 4: English)


@dataclass(frozen=True)
class ReturnedEffort:
    work_package: int
    person_months: Decimal | None  # None: the cell was left empty
    row: int
    column: str = "F"  # where the person-months were read


@dataclass(frozen=True)
class ReturnedCostLine:
    row: int
    category: str  # a CostCategory value
    work_package: int | None
    work_package_text: str
    description: str
    quantity: Decimal | None
    unit_cost: Decimal | None
    amount: Decimal
    work_package_column: str = "B"  # where the work package was read


@dataclass
class ReturnedWorkbook:
    """What a partner sent back, normalised; `profile` maps fields to values (None: empty)."""

    file_name: str
    sha256: str
    identity: Identity
    # The work packages the workbook was made with: its Effort rows, and the cost lines it covers.
    work_packages: frozenset[int] = frozenset()
    profile: dict[str, Any] = field(default_factory=dict)
    profile_cells: dict[str, tuple[int, str]] = field(default_factory=dict)  # key: (row, column)
    efforts: list[ReturnedEffort] = field(default_factory=list)
    cost_lines: list[ReturnedCostLine] = field(default_factory=list)
    problems: list[SheetProblem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    # The workbook's own name of each sheet read (SHEET_COSTS -> "Koszty" in a Polish one).
    sheet_names: dict[str, str] = field(default_factory=dict)

    def sheet_name(self, sheet: str) -> str:
        """What the workbook calls `sheet` (one of the SHEET_ constants), to name it in a
        message the partner can follow."""
        return self.sheet_names.get(sheet, sheet)

    @property
    def errors(self) -> list[SheetProblem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[SheetProblem]:
        return [p for p in self.problems if p.severity == "warning"]

    @property
    def rows_read(self) -> int:
        """The organisation profile counts as one row, then one per WP and per cost line."""
        return 1 + len(self.efforts) + len(self.cost_lines)


# --- recognising the file ------------------------------------------------------------------------


def is_partner_workbook(path: str | Path) -> bool:
    """Whether the file carries the partner workbook's identity sheet (cheap: reads one part)."""
    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo("xl/workbook.xml")
            if info.file_size > 5 * 1024 * 1024:
                return False
            text = archive.read(info)
    except (OSError, KeyError, zipfile.BadZipFile, EOFError, RuntimeError, NotImplementedError,
            UnicodeDecodeError, zlib.error):  # damaged: the list reader says so in plain words
        return False
    return f'name="{SHEET_IDENTITY}"'.encode() in text


def _check_container(path: Path) -> None:
    name = path.name
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ImportFileError(gettext("“{file}” was not found; it may have been moved.",
                                      file=name)) from None
    except OSError as error:
        raise ImportFileError(gettext("“{file}” cannot be opened: {reason}.", file=name,
                                      reason=error.strerror or error)) from None
    if size > MAX_FILE_BYTES:
        raise ImportFileError(gettext(
            "“{file}” is {size} MB; a partner workbook is far smaller. Ask the partner to "
            "remove pictures or extra sheets, or send a fresh workbook.", file=name,
            size=f"{size / 1024 / 1024:.0f}"))
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            if sum(member.file_size for member in members) > MAX_UNPACKED_BYTES:
                raise ImportFileError(gettext(
                    "“{file}” would unpack to far more than a partner workbook holds; it was "
                    "not read.", file=name))
    except (zipfile.BadZipFile, UnicodeDecodeError, zlib.error):
        raise ImportFileError(gettext(
            "“{file}” is damaged and cannot be unpacked. Ask the partner to open it in Excel or "
            "LibreOffice and save it again as .xlsx.", file=name)) from None


# --- cells ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Cell:
    value: Any  # the value, or for a formula the result last saved (None if none was)
    formula: str | None = None

    @property
    def blank(self) -> bool:
        return self.value is None or (isinstance(self.value, str) and not self.value.strip())


class _Grid:
    """One sheet's cells in a bounded area: values, and formulas with their saved results."""

    def __init__(self, name: str, cells: dict[tuple[int, int], _Cell], last_row: int) -> None:
        self.name = name
        self._cells = cells
        self.last_row = last_row

    def get(self, row: int, column: int) -> _Cell:
        return self._cells.get((row, column), _Cell(None))


def _read_grids(
    path: Path, wanted: dict[str, tuple[int, int]]
) -> tuple[dict[str, _Grid], dict[str, str]]:
    """Read the wanted sheets (name -> (max row, max column)) twice: formulas, then saved values.

    Returns the grids (by the wanted name, English; a grid keeps the sheet's own name, which may
    be a translation: `sheet_titles`) and the sheet states of the workbook (its own name ->
    visible/hidden/veryHidden).
    Read-only mode streams each sheet and stops at the last wanted row, so padding rows cost
    nothing; defusedxml (installed) makes openpyxl refuse entity declarations.
    """
    import openpyxl

    try:
        formulas = openpyxl.load_workbook(path, read_only=True, data_only=False, keep_links=False)
    except Exception as error:  # openpyxl raises many types for a damaged or foreign file
        raise ImportFileError(_unreadable(path.name, error)) from None
    try:
        results = openpyxl.load_workbook(path, read_only=True, data_only=True, keep_links=False)
    except Exception as error:
        formulas.close()
        raise ImportFileError(_unreadable(path.name, error)) from None
    try:
        states = {sheet.title: sheet.sheet_state for sheet in formulas.worksheets}
        grids: dict[str, _Grid] = {}
        for wanted_name, (max_row, max_column) in wanted.items():
            name = next((title for title in sheet_titles(wanted_name) if title in states), None)
            if name is None:
                continue
            cells: dict[tuple[int, int], _Cell] = {}
            last_row = 0
            saved_rows = results[name].iter_rows(max_row=max_row, max_col=max_column)
            for row_cells, saved_cells in zip(
                formulas[name].iter_rows(max_row=max_row, max_col=max_column), saved_rows
            ):
                for cell, saved in zip(row_cells, saved_cells):
                    if cell.value is None:  # also openpyxl's EmptyCell, which has no row
                        continue
                    if cell.data_type == "f":
                        formula = cell.value if isinstance(cell.value, str) else str(cell.value)
                        cells[(cell.row, cell.column)] = _Cell(saved.value, formula)
                    else:
                        cells[(cell.row, cell.column)] = _Cell(cell.value)
                    last_row = max(last_row, cell.row)
            grids[wanted_name] = _Grid(
                name, cells, _last_value_row(formulas[name], max_row, max_column) or last_row)
    except Exception as error:
        raise ImportFileError(_unreadable(path.name, error)) from None
    finally:
        formulas.close()
        results.close()
    return grids, states


def _last_value_row(sheet: Any, read_to: int, max_column: int) -> int | None:
    """The last row below `read_to` holding a value, so nothing past the area read is silently
    lost; None if there is none. Only sheets whose stated size goes further are scanned."""
    if (sheet.max_row or 0) <= read_to:
        return None
    found = None
    rows = sheet.iter_rows(min_row=read_to + 1, max_col=max_column, values_only=True)
    for number, values in enumerate(rows, start=read_to + 1):  # gaps come as empty rows
        if any(v is not None and not (isinstance(v, str) and not v.strip()) for v in values):
            found = number
    return found


def _unreadable(name: str, error: BaseException) -> Message:
    causes = []
    cause: BaseException | None = error
    while cause is not None and len(causes) < 10:  # openpyxl wraps the parser's error
        causes.append(type(cause).__name__)
        cause = cause.__cause__ or cause.__context__
    if any("Entities" in kind or "DTDForbidden" in kind for kind in causes):
        return gettext("“{file}” contains XML entity declarations, which spreadsheets do not "
                       "need; it was refused as unsafe.", file=name)
    return gettext("“{file}” could not be read as an Excel workbook ({reason}). Ask the partner "
                   "to open it in Excel or LibreOffice and save it again as .xlsx.", file=name,
                   reason=error)


# --- identity ------------------------------------------------------------------------------------


def _text_of(cell: _Cell) -> str:
    value = cell.value
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def read_identity(grid: _Grid | None, file_name: str) -> Identity:
    """The identity sheet's values, after checking its checksum; refuses anything else."""
    if grid is None:
        raise ImportFileError(gettext(
            "“{file}” is not a partner workbook made by Consortium Planner (its identity "
            "sheet is missing). Import it as an organisation list, or send the partner a new "
            "workbook with the 'template' command.", file=file_name))
    values: dict[str, str] = {}
    for row in range(1, len(IDENTITY_KEYS) + 3):
        key = _text_of(grid.get(row, 1))
        if key:
            values[key] = _text_of(grid.get(row, 2))
    if values.get("format") != FORMAT_ID:
        raise ImportFileError(gettext("“{file}” is not a Consortium Planner partner workbook.",
                                      file=file_name))
    try:
        stated_version = int(values.get("template_version", ""))
    except ValueError:
        stated_version = TEMPLATE_VERSION
    if values.get("checksum") != identity_checksum(values, stated_version):
        raise ImportFileError(gettext(
            "“{file}”: the hidden sheet that identifies the project and partner has been "
            "changed, so the app cannot tell whose workbook this is. Ask the partner to copy "
            "their figures into a fresh workbook (made with the 'template' command).",
            file=file_name))
    try:
        version = int(values["template_version"])
        participant = int(values["participant"])
        organisation_id = int(values["organisation_id"])
        work_packages = None if version < 2 else frozenset(
            int(number) for number in values["work_packages"].split(",") if number.strip())
    except (KeyError, ValueError):
        raise ImportFileError(gettext("“{file}” has an unreadable identity sheet.",
                                      file=file_name)) from None
    if version > TEMPLATE_VERSION:
        raise ImportFileError(gettext(
            "“{file}” was made by a newer version of Consortium Planner (workbook version "
            "{version}); update the app to import it.", file=file_name, version=version))
    return Identity(
        project=values.get("project", ""),
        project_title=values.get("project_title", ""),
        participant=participant,
        organisation_id=organisation_id,
        organisation=values.get("organisation", ""),
        pic=values.get("pic", ""),
        generated_at=values.get("generated_at", ""),
        template_version=version,
        work_packages=work_packages,
        language=values.get("language") or "en",
    )


# --- values --------------------------------------------------------------------------------------


class _Reader:
    """Reads cells of one sheet into values, collecting problems with their location."""

    def __init__(self, grid: _Grid, problems: list[SheetProblem]) -> None:
        self.grid = grid
        self.problems = problems

    def problem(self, severity: str, row: int, column: int, message: Message) -> None:
        from openpyxl.utils import get_column_letter

        self.problems.append(
            SheetProblem.of(severity, self.grid.name, row, get_column_letter(column), message)
        )

    def input_value(self, row: int, column: int, what: str) -> tuple[Any, bool]:
        """A typed value, or a typed formula's saved result; (None, False) after an error."""
        cell = self.grid.get(row, column)
        if cell.formula is not None and cell.value is None:
            self.problem(
                "error", row, column,
                gettext("{what} holds a formula ({formula}) whose result was never saved, and "
                        "the app does not evaluate formulas. Open the workbook in Excel or "
                        "LibreOffice and save it, or type the value itself.", what=Label(what),
                        formula=cell.formula),
            )
            return None, False
        return cell.value, True

    def adopt(self, row: int, column: int, problems: list[Problem]) -> None:
        for problem in problems:
            said = problem.said if problem.said is not None else verbatim(problem.message)
            self.problem(problem.severity, row, column, _Sentence(*_fields(said)))

    def number(
        self, row: int, column: int, what: str, *, money: bool, in_totals: bool = True
    ) -> Decimal | None:
        """A non-negative amount or quantity with at most two decimals (None when empty).

        `in_totals`: the workbook's own formulas use the cell, so a number typed as text (which
        they skip) is worth a warning that says so.
        """
        raw, ok = self.input_value(row, column, what)
        if not ok or raw is None or (isinstance(raw, str) and not raw.strip()):
            return None
        try:
            value = _decimal_cell(raw, money=money)
        except AmountError as error:
            said = error.said if isinstance(error, _NotAnAmount) else verbatim(str(error))
            self.problem("error", row, column, gettext("{what}: {problem}", what=Label(what),
                                                       problem=said))
            return None
        if isinstance(raw, str):
            if in_totals:
                self.problem("warning", row, column, gettext(
                    "{what} “{text}” is stored as text; it was read as {value}, but the "
                    "workbook's own totals left it out.", what=Label(what), text=raw.strip(),
                    value=value))
            else:
                self.problem("warning", row, column, gettext(
                    "{what} “{text}” is stored as text; it was read as {value}.",
                    what=Label(what), text=raw.strip(), value=value))
        return value


def _sentence(message: str) -> str:
    return message[:1].upper() + message[1:] if message else message


@dataclass(frozen=True)
class _Sentence(Message):
    """A cell's problem as a sentence of its own: its first letter capitalised."""

    def render(self, wording: Wording = ENGLISH) -> str:
        return _sentence(super().render(wording))


def _fields(message: Message) -> tuple[Any, ...]:
    return message.singular, message.params, message.plural, message.count


class _NotAnAmount(AmountError):
    """Why a cell is not an amount, with its Message (AmountError's text stays English)."""

    def __init__(self, said: Message) -> None:
        super().__init__(said.render())
        self.said = said


def _decimal_cell(raw: Any, *, money: bool) -> Decimal:
    """A cell's number as Decimal, two places at most; float noise from arithmetic is tolerated.
    The cell's type is read by `cell_number`, as for an organisation list; text by the forms'
    own strict rule (`parse_amount`)."""
    try:
        value = cell_number(raw)
    except NotANumberCell as refusal:
        if refusal.kind == "boolean":
            raise _NotAnAmount(gettext("{value} is not a number", value=raw)) from None
        if refusal.kind == "date":
            raise _NotAnAmount(gettext("a date where a number belongs (check the cell's "
                                       "format)")) from None
        raise _NotAnAmount(gettext("is not a finite number")) from None
    if isinstance(value, str):
        if not isinstance(raw, str):
            raise _NotAnAmount(gettext("{value} is not a number", value=repr(raw)))
        return parse_amount(raw) if money else parse_decimal(raw, 2)
    if isinstance(raw, float):
        if abs(raw) >= MAX_AMOUNT:
            raise _too_large(raw)
        rounded = value.quantize(CENT, rounding=ROUND_HALF_UP)
        # A binary float such as 0.1 + 0.2 = 0.30000000000000004 is the cent it was meant to be.
        if abs(value - rounded) < Decimal("1e-9"):
            value = rounded
    if value < 0:
        raise _NotAnAmount(gettext("{value} is negative; it must be zero or more",
                                   value=_plain(value)))
    if value >= MAX_AMOUNT:
        raise _too_large(raw)
    if value.quantize(CENT, rounding=ROUND_HALF_UP) != value:
        raise _NotAnAmount(gettext("{value} has more than two decimals", value=_plain(value)))
    return value.quantize(CENT)


def _too_large(raw: float | int | Decimal) -> AmountError:
    return _NotAnAmount(gettext("{value} is too large (at most {limit})", value=raw,
                                limit=f"{MAX_AMOUNT - 1:,}"))


def _plain(value: Decimal) -> str:
    return format(value.normalize(), "f")


# --- the sheets ----------------------------------------------------------------------------------


def _heading_key(text: str) -> str:
    """Headings and labels compare as typed text does (`fold`), spacing aside: a retyped
    "your person-months" counts."""
    return fold(_SPACES.sub(" ", text).strip())


def stripped_workbook_heading(sheets: Sequence[Any]) -> tuple[str, int] | None:
    """(sheet, row number) of a partner workbook's profile table ("Field", "Your details", in
    any language) in a file read as a list (readers.SheetData): the partner copied the visible
    sheets into a new workbook or saved one as CSV, and the identity sheet is gone."""
    wanted = [{_heading_key(text) for text in own_text_in_any_language(heading)}
              for heading in PROFILE_HEADINGS[:2]]
    for sheet in sheets:
        if sheet.first_column != PROFILE_LABEL_COLUMN:
            continue
        for row, number in zip(sheet.rows[:SEARCH_ROWS], sheet.row_numbers):
            if len(row) >= 2 and all(type(cell) is str and _heading_key(cell) in keys
                                     for cell, keys in zip(row, wanted)):
                return sheet.name, number
    return None


def _letter(column: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(column)


@dataclass(frozen=True)
class _Table:
    """Where a table's heading row was found, and the column of each heading found in it."""

    row: int
    columns: dict[str, int]


def _find_table(
    grid: _Grid, headings: Sequence[str], required: Sequence[str], problems: list[SheetProblem]
) -> _Table | None:
    """The topmost row (of the first SEARCH_ROWS) holding every required heading; where a heading
    repeats in that row, its leftmost column. None, with an error naming what is missing, if no
    row has them all, or if they are out of the template's order (a column was deleted or moved,
    and a namesake further right, such as the Costs sheet's explanation table, would be read)."""
    wanted = {_heading_key(text): heading for heading in headings
              for text in in_any_language(heading)}
    best = _Table(0, {})
    for row in range(1, SEARCH_ROWS + 1):
        found: dict[str, int] = {}
        for column in range(1, SEARCH_COLUMNS + 1):
            heading = wanted.get(_heading_key(_text_of(grid.get(row, column))))
            if heading is not None and heading not in found:
                found[heading] = column
        if all(heading in found for heading in required):
            columns = [found[heading] for heading in required]
            if columns == sorted(set(columns)):
                return _Table(row, found)
            names = ", ".join(f"“{heading}” ({_letter(found[heading])})" for heading in required)
            problems.append(SheetProblem.of(
                "error", grid.name, row, "",
                gettext("The {sheet} sheet's layout was changed: the headings in row {row} are "
                        "no longer in the template's order ({headings}); a column was moved or "
                        "deleted. Put it back, or ask the partner to copy their figures into a "
                        "fresh workbook.", sheet=grid.name, row=row, headings=names)))
            return None
        if sum(h in found for h in required) > sum(h in best.columns for h in required):
            best = _Table(row, found)
    missing = [heading for heading in required if heading not in best.columns]
    if best.row and len(missing) < len(required):
        names = ", ".join(f"“{heading}”" for heading in missing)
        message = gettext("The {sheet} sheet's layout was changed: row {row} holds the table's "
                          "headings but not {headings}. Put the heading back as the template "
                          "wrote it, or ask the partner to copy their figures into a fresh "
                          "workbook.", sheet=grid.name, row=best.row, headings=names)
    else:
        names = ", ".join(f"“{heading}”" for heading in required)
        message = gettext("The {sheet} sheet's layout was changed: its table headings "
                          "({headings}) were not found in its first {rows} rows. Ask the "
                          "partner to copy their figures into a fresh workbook.",
                          sheet=grid.name, headings=names, rows=SEARCH_ROWS)
    problems.append(SheetProblem.of("error", grid.name, best.row or None, "", message))
    return None


def _read_profile(grid: _Grid, plan: ReturnedWorkbook) -> None:
    """Each field is found by its label in the Field column, wherever its row now is."""
    table = _find_table(grid, PROFILE_HEADINGS, PROFILE_HEADINGS[:2], plan.problems)
    if table is None:
        return
    reader = _Reader(grid, plan.problems)
    label_column = table.columns[PROFILE_HEADINGS[PROFILE_LABEL_COLUMN - 1]]
    column = table.columns[PROFILE_HEADINGS[PROFILE_VALUE_COLUMN - 1]]
    rows: dict[str, list[int]] = defaultdict(list)
    for row in range(table.row + 1, min(grid.last_row, table.row + MAX_PROFILE_ROWS) + 1):
        label = _heading_key(_text_of(grid.get(row, label_column)))
        if label:
            rows[label].append(row)
        elif not grid.get(row, column).blank:
            reader.problem("warning", row, column, gettext(
                "This value has no label in the Field column, so it was not read."))
    known = {_heading_key(label) for profile_field in PROFILE_FIELDS
             for label in in_any_language(profile_field.label)}
    for label, found in rows.items():
        for row in found:
            if label not in known and not grid.get(row, column).blank:
                reader.problem("warning", row, column, gettext(
                    "“{label}” is not a field the app reads; its value was not read.",
                    label=_text_of(grid.get(row, label_column))))
    parsed: dict[str, Any] = {}
    for profile_field in PROFILE_FIELDS:
        keys = {_heading_key(label) for label in in_any_language(profile_field.label)}
        found = sorted(row for key in keys for row in rows.get(key, []))
        if not found and profile_field.since > plan.identity.template_version:
            continue  # a row added after this workbook was made
        if not found:
            plan.problems.append(SheetProblem.of(
                "error", grid.name, None, _letter(label_column),
                gettext("The {sheet} sheet's layout was changed: it has no “{label}” row (its "
                        "label in column {column} was cleared or changed, or the row was "
                        "deleted). Put the label back, or ask the partner to copy their details "
                        "into a fresh workbook.", sheet=grid.name,
                        label=Label(profile_field.label), column=_letter(label_column))))
            continue
        if len(found) > 1:
            reader.problem("error", found[1], label_column, gettext(
                "“{label}” is listed {count} times (rows {rows}); keep one row for it.",
                label=Label(profile_field.label), count=len(found), rows=_rows_text(found)))
            continue
        row = found[0]
        plan.profile_cells[profile_field.key] = (row, _letter(column))
        raw, ok = reader.input_value(row, column, profile_field.label)
        if not ok:
            continue
        parsed[profile_field.key] = _profile_value(profile_field, raw, row, column, reader,
                                                   parsed)
    plan.profile = parsed


def _rows_text(rows: Sequence[int]) -> Words:
    """'3, 5 and 9', joined as the language joins a list."""
    return words(map(str, rows))


def _profile_value(
    profile_field: ProfileField, raw: Any, row: int, column: int, reader: _Reader,
    parsed: dict[str, Any],
) -> Any:
    key, label = profile_field.key, profile_field.label
    problems: list[Problem] = []
    value: Any
    if profile_field.kind == "money":
        value = reader.number(row, column, label, money=True,
                              in_totals=key == "monthly_personnel_cost")
    elif profile_field.kind == "integer":
        value, problems = parse_integer(raw, "")
    elif profile_field.kind == "country":
        value, problems = _country(raw)
    elif profile_field.kind == "region":
        value, problems = _region(raw, parsed.get("country"))
    elif profile_field.kind == "org_type":
        value = org_type_by_label().get(_text_of(_Cell(raw)))
        if value is None and raw is not None:
            value, problems = parse_org_type(raw, "")
            problems = [Problem("error", p.column, p.message, p.said) for p in problems]
    elif profile_field.kind == "yes_no":
        value, problems = _yes_no(raw)
    elif profile_field.kind == "nace":
        value, problems = parse_nace_codes(raw, "")
        value = value or []
    elif profile_field.kind == "roles":  # names as typed: the service knows the workspace's
        text, problems = parse_text(raw, "", multiline=True, max_length=2000)
        value = [_role_name(part.strip()) for part in re.split(r"[;\n]+", text or "")
                 if part.strip()]
    elif key == "pic":
        value, problems = parse_pic(raw, "")
    elif key == "vat":
        value, problems = parse_vat(raw, "", parsed.get("country"))
    elif key == "email":
        value, problems = parse_email(raw, "")
    elif key == "website":
        value, problems = parse_website(raw, "")
    else:
        value, problems = parse_text(raw, "", multiline=key == "address",
                                     max_length=TEXT_LIMITS.get(key, 500), placeholders=False)
    reader.adopt(row, column, [Problem.of(p.severity, p.column, gettext(
        "{what}: {problem}", what=Label(label),
        problem=p.said if p.said is not None else verbatim(p.message))) for p in problems])
    if value is None and key in REQUIRED_FIELDS and not any(
        p.severity == "error" for p in problems
    ):
        reader.problem("error", row, column, gettext("{what} cannot be left empty.",
                                                     what=Label(label)))
    return value


def _role_name(text: str) -> str:
    """A built-in value-chain role named in any language, as its English name (which the
    service knows); any other text as typed."""
    from consortium_planner.reference.value_chain import builtin_roles

    wanted = fold(text)
    for role in builtin_roles():
        if any(fold(name) == wanted for name in in_any_language(role.label)):
            return role.label
    return text


def _country(raw: Any) -> tuple[str | None, list[Problem]]:
    text = _text_of(_Cell(raw))
    label = _COUNTRY_LABEL.search(text)
    if label:
        from consortium_planner.reference.countries import get_country

        country = get_country(label.group(1))
        if country is not None:
            return country.code, []
    value, problems = parse_country(raw, "")
    return value, [Problem("error", p.column, p.message, p.said) for p in problems]


def _region(raw: Any, country: str | None) -> tuple[str | None, list[Problem]]:
    """A region from the list ("ES61 Andalucía") or typed; one the workspace cannot hold is an
    error, because the app refuses a region outside the organisation's country too."""
    text = _text_of(_Cell(raw))
    if not text:
        return None, []
    code = text.split()[0].upper()
    value, problems = parse_nuts2(code if len(code) == 4 else text, "", country)
    from consortium_planner.reference.nuts import get_region, region_in_country

    if value is None or get_region(value) is None or (
        country and not region_in_country(value, country)
    ):
        reasons = [p.said if p.said is not None else verbatim(p.message) for p in problems] or [
            gettext("“{text}” is not a NUTS 2 region", text=text)]
        return None, [Problem.of("error", "", gettext(
            "{reasons}. Choose it from the list.",
            reasons=Message("; ".join("{r%d}" % i for i in range(len(reasons))),
                            tuple((f"r{i}", reason) for i, reason in enumerate(reasons)))))]
    return value, problems


def _yes_no(raw: Any) -> tuple[bool | None, list[Problem]]:
    if raw is None or isinstance(raw, bool):
        return raw, []
    text = _text_of(_Cell(raw))
    if not text:
        return None, []
    answer = yes_or_no(text)
    if answer is None:  # the workbook's own Yes / No, in whatever language it was written
        folded = fold(text)
        answer = True if folded in {fold(t) for t in in_any_language(YES)} else (
            False if folded in {fold(t) for t in in_any_language(NO)} else None)
    if answer is None:
        return None, [Problem.of("error", "", gettext("“{value}” is not {yes} or {no}",
                                                      value=raw, yes=Label(YES),
                                                      no=Label(NO)))]
    return answer, []


def _effort_key(cell: _Cell) -> int | None:
    """The hidden key the template wrote (a whole number), or None if absent or not one."""
    value = cell.value
    if isinstance(value, bool) or cell.formula is not None:
        return None
    if isinstance(value, int) or (isinstance(value, float) and value.is_integer()):
        return int(value)
    text = _text_of(cell)
    return int(text) if text.isdigit() and len(text) <= 6 else None


def _wp_list(numbers: Sequence[int] | frozenset[int]) -> str | Message:
    return ", ".join(f"WP{number}" for number in sorted(numbers)) or gettext("none")


def _read_effort(grid: _Grid, plan: ReturnedWorkbook) -> None:
    """One row per work package the workbook was made with, found by its hidden key (version 2)
    or its WP label. A row missing, doubled with other figures, or relabelled is an error."""
    wp_heading = EFFORT_HEADINGS[EFFORT_WP_COLUMN - 1]
    months_heading = EFFORT_HEADINGS[EFFORT_MONTHS_COLUMN - 1]
    title_heading = EFFORT_HEADINGS[EFFORT_TITLE_COLUMN - 1]
    table = _find_table(grid, (*EFFORT_HEADINGS, EFFORT_KEY_HEADING),
                        (wp_heading, months_heading), plan.problems)
    if table is None:
        return
    reader = _Reader(grid, plan.problems)
    wp_column, months_column = table.columns[wp_heading], table.columns[months_heading]
    title_column = table.columns.get(title_heading)
    key_column = table.columns.get(EFFORT_KEY_HEADING)
    found: dict[int, list[tuple[int, Decimal | None]]] = defaultdict(list)
    flagged: set[int] = set()  # rows already reported, so not reported missing as well
    last_row = min(grid.last_row, table.row + MAX_EFFORT_ROWS)
    for row in range(table.row + 1, last_row + 1):
        label = _text_of(grid.get(row, wp_column))
        key = _effort_key(grid.get(row, key_column)) if key_column else None
        months_cell = grid.get(row, months_column)
        from_label = _work_package_number(label) if label else None
        if label and from_label is None:
            flagged.add(key or 0)
            reader.problem("error", row, wp_column, gettext(
                "“{label}” is not a work package; type it as the template did (e.g. "
                "“WP{number}”).", label=label, number=key or 1))
            continue
        if key is not None and from_label is not None and key != from_label:
            flagged.add(key)
            reader.problem("error", row, wp_column, gettext(
                "This row was written for WP{number} but now reads “{label}”. Put "
                "“WP{number}” back; to give effort to WP{other}, use its own row.",
                number=key, label=label, other=from_label))
            continue
        number = key if key is not None else from_label
        if number is None:
            title = _text_of(grid.get(row, title_column)) if title_column else ""
            is_total = months_cell.formula is not None and title in in_any_language(
                EFFORT_TOTAL_LABEL)
            if not (months_cell.blank and months_cell.formula is None) and not is_total:
                reader.problem("error", row, months_column, gettext(
                    "Row {row} has person-months but no work package in column {column}; type "
                    "its work package (e.g. “WP1”).", row=row, column=_letter(wp_column)))
            continue
        months = reader.number(row, months_column, "Person-months", money=False)
        found[number].append((row, months))
    expected = plan.work_packages
    for number, entries in sorted(found.items()):
        first_row, first_months = entries[0]
        if len(entries) > 1:
            rows = _rows_text([row for row, _ in entries])
            if all(months == first_months for _, months in entries):
                reader.problem("warning", entries[1][0], wp_column, gettext(
                    "WP{number} is listed {count} times (rows {rows}) with the same "
                    "person-months; it was read once.", number=number, count=len(entries),
                    rows=rows))
            else:
                reader.problem("error", entries[1][0], months_column, gettext(
                    "WP{number} is listed {count} times (rows {rows}) with different "
                    "person-months; keep one row for it.", number=number, count=len(entries),
                    rows=rows))
                continue
        if number not in expected:
            if first_months:
                reader.problem("error", first_row, wp_column, gettext(
                    "WP{number} is not one of the work packages this workbook was made for "
                    "({work_packages}); give its effort in one of them, or ask the coordinator "
                    "for a fresh workbook.", number=number, work_packages=_wp_list(expected)))
            else:
                reader.problem("warning", first_row, wp_column, gettext(
                    "WP{number} is not one of the work packages this workbook was made for "
                    "({work_packages}); its empty row was not read.", number=number,
                    work_packages=_wp_list(expected)))
            continue
        plan.efforts.append(ReturnedEffort(number, first_months, first_row,
                                           _letter(months_column)))
    for number in sorted(expected - found.keys() - flagged):
        plan.problems.append(SheetProblem.of(
            "error", grid.name, None, _letter(wp_column),
            gettext("The {sheet} sheet has no row for WP{number}: it was deleted, or its label "
                    "in column {column} was cleared or changed. Put the row back with "
                    "“WP{number}” in column {column} (leave its person-months empty for no "
                    "effort), or ask the partner to copy their figures into a fresh workbook.",
                    sheet=grid.name, number=number, column=_letter(wp_column))))


def _work_packages_from_lists(grid: _Grid | None) -> frozenset[int] | None:
    """A version 1 workbook did not record its work packages in the identity sheet; its hidden
    Lists sheet holds them as the drop-down's source ("WP1 Title"). None if it is gone."""
    if grid is None:
        return None
    for column in range(1, SEARCH_COLUMNS + 1):
        if _text_of(grid.get(1, column)) == LISTS_WORK_PACKAGES_HEADING:
            numbers = set()
            for row in range(2, grid.last_row + 1):
                text = _text_of(grid.get(row, column))
                match = re.match(r"WP(\d+)\b", text)
                if match:
                    numbers.add(int(match.group(1)))
            return frozenset(numbers)
    return None


def _work_package_number(text: str) -> int | None:
    match = _WP_TEXT.match(text)
    return int(match.group(1)) if match else None


def _category(text: str) -> CostCategory | None:
    """The drop-down label, or a typed code such as "C1", "C.1 Travel" or "A.4"."""
    labels = category_by_label()
    if text in labels:
        return labels[text]
    match = _CATEGORY_CODE.match(text)
    if match is None:
        return None
    letter, digit = match.group(1).upper(), match.group(2)
    if letter == "C":
        return CostCategory(f"C{digit}") if digit in ("1", "2", "3") else None
    if letter == "D" and digit == "1":
        return CostCategory.D1
    return CostCategory(letter)


@dataclass(frozen=True)
class _CostColumns:
    """Where each Costs heading was found (the template writes them in columns A to F)."""

    category: int
    work_package: int
    description: int
    quantity: int
    unit_cost: int
    amount: int

    @property
    def inputs(self) -> tuple[int, ...]:
        return (self.category, self.work_package, self.description, self.quantity,
                self.unit_cost)


def _cost_columns(table: _Table) -> _CostColumns:
    by_position = {position: table.columns[heading]
                   for position, heading in enumerate(COST_HEADINGS, start=1)}
    return _CostColumns(
        by_position[COST_CATEGORY_COLUMN], by_position[COST_WP_COLUMN],
        by_position[COST_DESCRIPTION_COLUMN], by_position[COST_QUANTITY_COLUMN],
        by_position[COST_UNIT_COST_COLUMN], by_position[COST_AMOUNT_COLUMN],
    )


def _read_costs(grid: _Grid, plan: ReturnedWorkbook) -> None:
    table = _find_table(grid, COST_HEADINGS, COST_HEADINGS, plan.problems)
    if table is None:
        return
    columns = _cost_columns(table)
    reader = _Reader(grid, plan.problems)
    last_row = table.row + MAX_COST_ROWS
    if grid.last_row > last_row:
        plan.problems.append(SheetProblem.of(
            "error", grid.name, grid.last_row, "",
            gettext("The Costs sheet holds values in row {row}, far below its table; a "
                    "workbook holds at most {limit} cost lines. Move or delete them.",
                    row=grid.last_row, limit=MAX_COST_ROWS)))
    last_row = min(grid.last_row, last_row)
    unsaved_template_formulas = False
    for row in range(table.row + 1, last_row + 1):
        amount_cell = grid.get(row, columns.amount)
        template_formula = amount_cell.formula is not None and _same_formula(
            amount_cell.formula,
            amount_formula(row, _letter(columns.quantity), _letter(columns.unit_cost)))
        inputs_blank = all(grid.get(row, column).blank for column in columns.inputs)
        if inputs_blank and (amount_cell.blank or template_formula):
            continue
        stray = None if template_formula else _stray_template_formula(amount_cell, row, columns)
        if stray is not None:
            reader.problem("error", row, columns.amount, stray)
            continue
        line = _cost_line(row, columns, template_formula, reader, plan.work_packages)
        if line is None:
            continue
        if template_formula and amount_cell.value is None:
            unsaved_template_formulas = True
        plan.cost_lines.append(line)
    if unsaved_template_formulas:
        plan.notes.append(NOTE_NO_CACHED_RESULTS)


def _stray_template_formula(cell: _Cell, row: int, columns: _CostColumns) -> Message | None:
    """The template's Amount formula left pointing at other cells than this line's quantity and
    unit cost (rows or columns moved by a program that does not rewrite formulas): what it
    shows is not this line's amount, so the line cannot be read. None if it is not that."""
    cells = amount_formula_cells(cell.formula) if cell.formula is not None else None
    if cells is None:
        return None
    own = f"{_letter(columns.quantity)}{row}", f"{_letter(columns.unit_cost)}{row}"
    return gettext("The Amount formula multiplies {first} by {second}, not this line's "
                   "Quantity ({quantity}) and Unit cost ({unit_cost}): rows or columns were "
                   "moved without their formulas. Type the amount, or copy the formula from a "
                   "line that works.", first=cells[0], second=cells[1], quantity=own[0],
                   unit_cost=own[1])


def _same_formula(found: str, expected: str) -> bool:
    def canonical(text: str) -> str:
        return text.replace("$", "").replace(" ", "").upper()

    return canonical(found) == canonical(expected)


def _cost_line(
    row: int, columns: _CostColumns, template_formula: bool, reader: _Reader,
    work_packages: frozenset[int],
) -> ReturnedCostLine | None:
    grid = reader.grid
    errors_before = sum(1 for p in reader.problems if p.severity == "error")
    category_text = _text_of(grid.get(row, columns.category))
    category = _category(category_text) if category_text else None
    if not category_text:
        reader.problem("error", row, columns.category,
                       gettext("This cost line has no category; choose one from the list."))
    elif category is None:
        reader.problem("error", row, columns.category, gettext(
            "“{text}” is not a cost category; choose one from the list.", text=category_text))
    wp_text = _text_of(grid.get(row, columns.work_package))
    work_package = _work_package_number(wp_text) if wp_text else None
    if wp_text and work_package is None:
        reader.problem("error", row, columns.work_package, gettext(
            "“{text}” is not a work package; choose one from the list or leave it empty.",
            text=wp_text))
    elif work_package is not None and work_package not in work_packages:
        reader.problem("error", row, columns.work_package, gettext(
            "“{text}” is not a work package of the project this workbook was made for (work "
            "packages: {work_packages}); choose one from the list or leave it empty.",
            text=wp_text, work_packages=_wp_list(work_packages)))
    description, problems = parse_text(grid.get(row, columns.description).value, "",
                                       multiline=True, max_length=2000, placeholders=False)
    reader.adopt(row, columns.description, problems)
    quantity = reader.number(row, columns.quantity, "Quantity", money=False)
    unit_cost = reader.number(row, columns.unit_cost, "Unit cost", money=True)
    amount = _amount(row, columns.amount, template_formula, quantity, unit_cost, reader)
    if sum(1 for p in reader.problems if p.severity == "error") > errors_before:
        return None
    if amount is None or category is None:
        return None
    if not description:
        reader.problem("warning", row, columns.description,
                       gettext("This cost line has no description."))
    return ReturnedCostLine(row, category.value, work_package, wp_text, description or "",
                            quantity, unit_cost, amount, _letter(columns.work_package))


def _amount(
    row: int,
    column: int,
    template_formula: bool,
    quantity: Decimal | None,
    unit_cost: Decimal | None,
    reader: _Reader,
) -> Decimal | None:
    """Quantity x unit cost when both are given (the template's formula, recomputed here);
    otherwise the amount as typed. A typed amount must agree with quantity x unit cost."""
    cell = reader.grid.get(row, column)
    computed = None
    if quantity is not None and unit_cost is not None:
        computed = (quantity * unit_cost).quantize(CENT, rounding=ROUND_HALF_UP)
        if computed >= MAX_AMOUNT:
            reader.problem("error", row, column, gettext(
                "Quantity x unit cost ({amount}) is too large for an amount; check both.",
                amount=f"{computed:,}"))
            return None
    if template_formula and (computed is not None or cell.blank):
        if computed is None:
            reader.problem("error", row, column,
                           gettext("Give a quantity and a unit cost, or type the amount."))
        return computed
    typed = reader.number(row, column, "Amount", money=True)
    if typed is None:
        if computed is not None:
            return computed
        if not any(p.row == row and p.column == _letter(column) for p in reader.problems):
            reader.problem("error", row, column,
                           gettext("Give a quantity and a unit cost, or type the amount."))
        return None
    if computed is not None and typed != computed:
        reader.problem(
            "error", row, column,
            gettext("The amount {typed} is not quantity x unit cost ({computed}); correct one "
                    "of them, or clear the quantity and unit cost to keep the amount.",
                    typed=typed, computed=computed),
        )
        return None
    if computed is None and (quantity is not None or unit_cost is not None):
        reader.problem("warning", row, column, gettext(
            "Only one of quantity and unit cost is given; the amount was taken as typed."))
    return typed


# --- the plan ------------------------------------------------------------------------------------


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_partner_workbook(
    path: str | Path, cancel: Callable[[], bool] | None = None
) -> ReturnedWorkbook:
    """Read and check a returned workbook; raise ImportFileError when it cannot be used at all.

    Problems in individual cells do not raise: they are listed in the plan's `problems`.
    """
    file_path = Path(path)
    name = file_path.name
    if file_path.suffix.lower() == ".ods":
        raise ImportFileError(gettext(
            "“{file}” was saved in OpenDocument format (.ods). Open it in LibreOffice and save "
            "it as an Excel workbook (.xlsx), then import that file.", file=name))
    _check_container(file_path)
    if not is_partner_workbook(file_path):
        raise ImportFileError(gettext(
            "“{file}” is not a partner workbook made by Consortium Planner (its identity sheet "
            "is missing).", file=name))
    grids, states = _read_grids(file_path, {
        SHEET_IDENTITY: (len(IDENTITY_KEYS) + 2, 2),
        SHEET_ORGANISATION: (SEARCH_ROWS + MAX_PROFILE_ROWS, SEARCH_COLUMNS),
        SHEET_EFFORT: (SEARCH_ROWS + MAX_EFFORT_ROWS, SEARCH_COLUMNS),
        SHEET_COSTS: (SEARCH_ROWS + MAX_COST_ROWS, SEARCH_COLUMNS),
        SHEET_LISTS: (MAX_EFFORT_ROWS + 1, SEARCH_COLUMNS),
    })
    if cancel is not None and cancel():
        from consortium_planner.importing.errors import ImportCancelled

        raise ImportCancelled()
    identity = read_identity(grids.get(SHEET_IDENTITY), name)
    for sheet in (SHEET_ORGANISATION, SHEET_EFFORT, SHEET_COSTS):
        if sheet not in grids:
            raise ImportFileError(gettext(
                "“{file}” has no {sheet} sheet: it was renamed or deleted. Ask the partner to "
                "copy their figures into a fresh workbook.", file=name, sheet=sheet))
    work_packages = identity.work_packages
    if work_packages is None:
        work_packages = _work_packages_from_lists(grids.get(SHEET_LISTS))
    if work_packages is None:
        raise ImportFileError(gettext(
            "“{file}” was made by an older version of Consortium Planner and its hidden "
            "{sheet} sheet is gone, so the app cannot tell which work packages it covers. Ask "
            "the partner to copy their figures into a fresh workbook.", file=name,
            sheet=SHEET_LISTS))
    plan = ReturnedWorkbook(file_name=name, sha256=_sha256(file_path), identity=identity,
                            work_packages=work_packages,
                            sheet_names={key: grid.name for key, grid in grids.items()})
    if states.get(SHEET_IDENTITY) == "visible":  # LibreOffice saves veryHidden as hidden
        plan.problems.append(SheetProblem.of(
            "warning", SHEET_IDENTITY, None, "",
            gettext("The hidden identity sheet was made visible; check that the workbook is "
                    "the partner's own.")))
    _read_profile(grids[SHEET_ORGANISATION], plan)
    _read_effort(grids[SHEET_EFFORT], plan)
    _read_costs(grids[SHEET_COSTS], plan)
    return plan


__all__ = [
    "Identity",
    "ReturnedCostLine",
    "ReturnedEffort",
    "ReturnedWorkbook",
    "SheetProblem",
    "is_partner_workbook",
    "read_identity",
    "read_partner_workbook",
]
