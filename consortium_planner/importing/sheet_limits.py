"""Check an .xlsx file's sheets before python-calamine reads them, and refuse what it cannot bear.

python-calamine is Rust: when an allocation fails it aborts the whole process (the window too),
with no exception to catch. It sizes its buffers from numbers written in the file: the used range
spans from the first to the last cell reference (one value in XFD20000 asks for 10.5 GB), a
corrupt reference overflows, the shared-strings table's `uniqueCount` is reserved up front, and a
shared-string index it cannot parse silently becomes index 0. So every such number is checked
here first, streaming the zip members in bounded windows (memory stays a few MB whatever the
file), and a file over a limit is refused with a message naming the file, the sheet and the limit.

Three depths, the cheapest that can decide: files written the way Excel, LibreOffice and
openpyxl write them, with references within A1:Z299999, take a few byte searches; wider ones also
have their references counted by regular expression; anything written otherwise (prefixed
tags, single quotes, a second reference in a tag, a shared-string value that is not a plain
index) is walked element by element with expat, which also refuses malformed XML.
"""

from __future__ import annotations

import html
import re
import zipfile
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from xml.parsers import expat

from consortium_planner.importing.errors import ImportFileError
from consortium_planner.reference.messages import gettext

# Excel's own limit for the text of one cell.
MAX_CELL_CHARS = 32_767
# The used range python-calamine may allocate (about 32 bytes a cell, plus 8 in Python).
MAX_SHEET_CELLS = 8_000_000
# Excel's grid.
MAX_ROWS = 1_048_576
MAX_COLUMNS = 16_384

_WINDOW = 4 * 1024 * 1024
# A text longer than MAX_CELL_CHARS characters takes more than this many bytes with no "<" in
# them; every such run contains a whole slice of half that length, so slices find all of them.
_RUN_BYTES = MAX_CELL_CHARS
_SLICE = _RUN_BYTES // 2
# No character takes more than this many bytes in XML ("&#1114111;").
_MAX_BYTES_PER_CHAR = 10
# The most XML one cell may take, formatting of its text included.
_MAX_SPAN = 2 * 1024 * 1024
_SPAN_SLICE = _MAX_SPAN // 2

# Rows the quick checks accept: up to 299,999, so 26 columns of them (A to Z) stay within the
# budget (7,799,974 cells).
_QUICK_ROWS = rb"(?:[1-9][0-9]{0,4}|[12][0-9]{5})"
_QUICK_CELLS = 26 * 299_999
# A cell or row outside A1:Z299999, without a reference, or written unusually: the references are
# counted, or the careful walk decides.
_UNUSUAL_CELL = re.compile(rb'<c(?! r="[A-Z]' + _QUICK_ROWS + rb'")[\s>/]')
_UNUSUAL_ROW = re.compile(rb'<row(?! r="' + _QUICK_ROWS + rb'")[\s>/]')
# Cells and rows written the ordinary way, anywhere in the grid: their references are counted.
_ODD_CELL = re.compile(rb'<c(?! r="[A-Z]{1,3}[1-9][0-9]{0,6}")[\s>/]')
_ODD_ROW = re.compile(rb'<row(?! r="[1-9][0-9]{0,6}")[\s>/]')
_CELL_LETTERS = re.compile(rb'<c r="([A-Z]{1,3})[0-9]')
_CELL_ROWS = re.compile(rb'<c r="[A-Z]{1,3}([0-9]{1,7})"')
_XLSX_FORMULA = re.compile(rb"<f[\s>/]")
# A shared-string cell whose value is not a plain index (python-calamine would read index 0).
_BAD_STRING_INDEX = re.compile(rb't="s"[^>]*>(?!<v>[0-9]{1,9}</v>)')
# The byte searches above would not see what these find, so the careful walk reads the sheet:
# an attribute written with single quotes or spaces around "=", and a reference that is not the
# first attribute of a cell or row tag, or follows a tab or line break (python-calamine takes the
# last of two references, the checks here the first). Each search starts at a literal ("=" or
# 'r="'): one search with alternatives at every position took ten times as long.
_ODD_ATTRIBUTE = (re.compile(rb"=(?:[\s']|(?<=\s=))"),
                  re.compile(rb'r="(?<=\sr=")(?<!<c r=")(?<!<row r=")'))
# No cell written the quick way takes fewer bytes than this ('<c r="A1"'): a sheet this many
# times smaller than the budget cannot hold too many, and its cells need no counting.
_MIN_CELL_BYTES = 9
_PREFIXED_ROOT = re.compile(rb"<[A-Za-z_][\w.-]*:worksheet[\s>/]")
_NUMBER = re.compile(r"[0-9]{1,18}")
_CELL_REF = re.compile(r"([A-Z]{1,3})([1-9][0-9]{0,6})")


@dataclass
class _Range:
    """The rows and columns python-calamine will span (1-based, inclusive)."""

    first_row: int = 0
    last_row: int = 0
    first_column: int = 0
    last_column: int = 0

    def add(self, row: int, column: int) -> None:
        if not self.first_row:
            self.first_row = self.last_row = row
            self.first_column = self.last_column = column
            return
        self.first_row = min(self.first_row, row)
        self.last_row = max(self.last_row, row)
        self.first_column = min(self.first_column, column)
        self.last_column = max(self.last_column, column)

    @property
    def cells(self) -> int:
        if not self.first_row:
            return 0
        return ((self.last_row - self.first_row + 1)
                * (self.last_column - self.first_column + 1))


def check_xlsx(archive: zipfile.ZipFile, file_name: str) -> bool:
    """Refuse (ImportFileError) an .xlsx whose sheets python-calamine could not read safely.

    Returns whether a sheet holds formulas (found on the same pass, so the note costs nothing).
    """
    if any(name.startswith("xl/worksheets/") and name.endswith(".bin")
           for name in archive.namelist()):
        # Binary sheets cannot be checked like the XML ones, so python-calamine does not get them.
        raise ImportFileError(gettext(
            "“{file}” is an Excel binary workbook (.xlsb), which is not imported. Open it in "
            "your spreadsheet program and save it as .xlsx.", file=file_name))
    sheet_names = _sheet_names(archive)
    strings = _shared_string_count(archive, file_name)
    formulas = "xl/calcChain.xml" in archive.namelist()
    for member in archive.infolist():
        path = member.filename
        if path.startswith("xl/worksheets/") and path.endswith(".xml"):
            label = sheet_names.get(path, path.rsplit("/", 1)[-1].removesuffix(".xml"))
            formulas = _check_sheet(archive, member, file_name, label, strings) or formulas
    return formulas


def check_ods(archive: zipfile.ZipFile, file_name: str) -> bool:
    """Refuse an .ods whose tables span more cells than the budget, or hold an over-long text.

    python-calamine repeats a cell `number-columns-repeated` times and a row
    `number-rows-repeated` times when they hold a value (100,000 rows of 1,000 repeated cells
    abort it). Returns whether the file holds formulas.
    """
    if "content.xml" not in archive.namelist():
        return False
    walk = _OdsWalk(file_name)
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.StartElementHandler = walk.start
    parser.EndElementHandler = walk.end
    try:
        for window in _windows(archive, archive.getinfo("content.xml"), file_name, "content"):
            parser.Parse(window, False)
        parser.Parse(b"", True)
    except expat.ExpatError as error:
        raise ImportFileError(gettext(
            "“{file}” is damaged: its content is not valid OpenDocument XML ({reason}, line "
            "{line}). Open it in your spreadsheet program and save it again.", file=file_name,
            reason=expat.errors.messages.get(error.code, error), line=error.lineno)) from None
    return walk.formulas


_TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0 "
_OFFICE_NS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0 "


class _OdsWalk:
    """Follow an OpenDocument table's rows and repeated cells to the area holding values."""

    def __init__(self, file_name: str) -> None:
        self.file_name = file_name
        self.formulas = False
        self.table = ""
        self.row = 0          # rows before the current one
        self.last_row = 0     # last row holding a value
        self.last_column = 0  # last column holding a value
        self.row_repeat = 1
        self.row_width = 0
        self.column = 0       # columns before the current cell
        self.cell_repeat = 0  # >0 inside a cell
        self.cell_content = False

    def _repeat(self, attributes: dict[str, str], name: str) -> int:
        value = attributes.get(_TABLE_NS + name, "1")
        if not _NUMBER.fullmatch(value) or int(value) < 1:
            raise ImportFileError(gettext(
                "“{file}”, table “{table}”: {name} is {value}, not a number. The file is "
                "damaged: open it in your spreadsheet program and save it again.",
                file=self.file_name, table=self.table, name=name, value=repr(value[:20])))
        return int(value)

    def start(self, tag: str, attributes: dict[str, str]) -> None:
        if self.cell_repeat:
            self.cell_content = True  # text or other content inside the cell
            return
        if tag == _TABLE_NS + "table":
            self.table = attributes.get(_TABLE_NS + "name", "")
            self.row = self.last_row = self.last_column = 0
        elif tag == _TABLE_NS + "table-row":
            self.row_repeat = self._repeat(attributes, "number-rows-repeated")
            self.row_width = self.column = 0
        elif tag in (_TABLE_NS + "table-cell", _TABLE_NS + "covered-table-cell"):
            self.cell_repeat = self._repeat(attributes, "number-columns-repeated")
            self.cell_content = _OFFICE_NS + "value-type" in attributes
            if _TABLE_NS + "formula" in attributes:
                self.formulas = True

    def end(self, tag: str) -> None:
        if tag in (_TABLE_NS + "table-cell", _TABLE_NS + "covered-table-cell"):
            self.column += self.cell_repeat
            if self.cell_content:
                self.row_width = self.column
            self.cell_repeat = 0
        elif self.cell_repeat:
            return
        elif tag == _TABLE_NS + "table-row":
            self.row += self.row_repeat
            if self.row_width:
                self.last_row = self.row
                self.last_column = max(self.last_column, self.row_width)
        elif tag == _TABLE_NS + "table":
            cells = self.last_row * self.last_column
            if cells > MAX_SHEET_CELLS:
                last = f"{column_letters(self.last_column)}{self.last_row}"
                raise ImportFileError(gettext(
                    "“{file}”, sheet “{sheet}”: its cells run from A1 to {last}, {cells} cells, "
                    "more than the {limit} this import reads. Delete stray values far from the "
                    "list (look at cell {last}), or copy the list to a new sheet, and import it "
                    "again.", file=self.file_name, sheet=self.table, last=last,
                    cells=f"{cells:,}", limit=f"{MAX_SHEET_CELLS:,}"))


def column_number(letters: str) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - 64
    return number


def column_letters(number: int) -> str:
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


# --- reading members in windows ------------------------------------------------------------------


def _windows(
    archive: zipfile.ZipFile, member: zipfile.ZipInfo, file_name: str, where: str
) -> Iterator[bytes]:
    """The member's bytes in windows that end just before a tag, each checked for long text."""
    carry = b""
    before = b""  # the end of the previous window, to name the cell a long text is in
    with archive.open(member) as part, ThreadPoolExecutor(max_workers=1) as pool:
        # The next chunk is inflated while this one is checked: zlib lets go of the interpreter,
        # so on two cores inflating costs no time of its own.
        pending = pool.submit(part.read, _WINDOW)
        while True:
            chunk = pending.result()
            if chunk:
                pending = pool.submit(part.read, _WINDOW)
            window = carry + chunk
            if not chunk:
                if window:
                    _check_text_runs(window, before, file_name, where)
                    yield window
                return
            cut = window.rfind(b"<c ")  # keeps a cell and its value together
            if cut <= 0:
                cut = window.rfind(b"<")
            if cut <= 0:  # no tag start in 4 MB: the run check below refuses it
                cut = len(window)
            carry = window[cut:]
            window = window[:cut]
            _check_text_runs(window, before, file_name, where)
            yield window
            before = window[-512:]


def _check_text_runs(window: bytes, before: bytes, file_name: str, where: str) -> None:
    """Refuse a cell text longer than MAX_CELL_CHARS: python-calamine would hold it several times
    over (a 100 MB cell took 1.8 GB and 32 s to import)."""
    for start in range(0, len(window), _SLICE):
        if b"<" in window[start:start + _SLICE]:
            continue
        begin = window.rfind(b"<", 0, start) + 1
        end = window.find(b"<", start)
        end = len(window) if end < 0 else end
        run = window[begin:end]
        text = run[run.find(b">") + 1:]
        if len(text) <= _RUN_BYTES:
            continue
        if len(text) <= MAX_CELL_CHARS * _MAX_BYTES_PER_CHAR:
            length = len(html.unescape(text.decode("utf-8", "replace")))
            if length <= MAX_CELL_CHARS:
                continue
        cell = _last_reference((before + window[:begin])[-512:])
        raise ImportFileError(
            f"“{file_name}” ({where}{', cell ' + cell if cell else ''}) holds a text longer than "
            f"a spreadsheet cell holds ({MAX_CELL_CHARS:,} characters, Excel's own limit). It was "
            "not read: shorten that cell and import the file again."
        )


class _Spans:
    """Refuse a cell whose XML spans more than _MAX_SPAN bytes: text split into many short
    formatted runs passes the run check but still becomes one huge string."""

    def __init__(self, marker: bytes, file_name: str, where: str) -> None:
        self.marker = marker  # how each cell (or shared text) begins
        self.file_name = file_name
        self.where = where
        self.gap = 0  # bytes since the last cell began

    def feed(self, window: bytes) -> None:
        for start in range(0, len(window), _SPAN_SLICE):
            end = min(start + _SPAN_SLICE, len(window))
            first = window.find(self.marker, start, end)
            if first < 0:
                self.gap += end - start
            else:
                self.gap += first - start
                if self.gap <= _MAX_SPAN:
                    self.gap = end - window.rfind(self.marker, start, end)
            if self.gap > _MAX_SPAN:
                raise ImportFileError(
                    f"“{self.file_name}” ({self.where}) holds a cell of more than "
                    f"{_MAX_SPAN // 1024 // 1024} MB, far more than a spreadsheet cell holds "
                    f"({MAX_CELL_CHARS:,} characters, Excel's own limit). It was not read: "
                    "shorten that cell and import the file again.")


def _last_reference(context: bytes) -> str:
    """The last cell reference written in `context`, or ""."""
    found = context.rfind(b' r="')
    if found < 0:
        return ""
    ref = context[found + 4:context.find(b'"', found + 4)].decode("ascii", "replace")
    return ref if _CELL_REF.fullmatch(ref) else ""


# --- shared strings and sheet names --------------------------------------------------------------


def _sheet_names(archive: zipfile.ZipFile) -> dict[str, str]:
    """Member path -> sheet name as the user sees it, for messages (best effort)."""
    try:
        workbook = archive.read("xl/workbook.xml")[:1024 * 1024].decode("utf-8", "replace")
        rels = archive.read("xl/_rels/workbook.xml.rels")[:1024 * 1024].decode("utf-8", "replace")
    except (KeyError, OSError, zipfile.BadZipFile):
        return {}
    targets = {m.group(1): m.group(2) for m in re.finditer(
        r'<Relationship\b[^>]*?\bId="([^"]+)"[^>]*?\bTarget="([^"]+)"', rels)}
    targets.update({m.group(2): m.group(1) for m in re.finditer(
        r'<Relationship\b[^>]*?\bTarget="([^"]+)"[^>]*?\bId="([^"]+)"', rels)})
    names = {}
    for match in re.finditer(r'<sheet\b[^>]*?\bname="([^"]*)"[^>]*?\br:id="([^"]+)"', workbook):
        target = targets.get(match.group(2), "").lstrip("/")
        if target:
            path = target if target.startswith("xl/") else "xl/" + target
            names[path] = html.unescape(match.group(1))
    return names


def _shared_string_count(archive: zipfile.ZipFile, file_name: str) -> int | None:
    """How many shared strings the table really holds; refuse a table whose count lies.

    python-calamine reserves `uniqueCount` entries before reading any: 4,000,000,000 aborts.
    """
    try:
        member = archive.getinfo("xl/sharedStrings.xml")
    except KeyError:
        return None
    declared = None
    found = 0
    spans = _Spans(b"<si", file_name, "shared strings")
    for index, window in enumerate(_windows(archive, member, file_name, "shared strings")):
        if index == 0:
            match = re.search(rb"<(?:([A-Za-z_][\w.-]*):)?sst\b[^>]*>", window)
            prefix = (match.group(1) + b":") if match and match.group(1) else b""
            unique = re.search(rb'\suniqueCount="([^"]*)"', match.group(0)) if match else None
            if unique:
                declared = unique.group(1).decode("ascii", "replace").strip()
            spans.marker = b"<" + prefix + b"si"
        spans.feed(window)
        found += (window.count(b"<" + prefix + b"si>") + window.count(b"<" + prefix + b"si ")
                  + window.count(b"<" + prefix + b"si/>"))
    if found > MAX_SHEET_CELLS:
        raise ImportFileError(gettext(
            "“{file}” holds {found} different texts, more than the {limit} cells this import "
            "reads. Split the list into smaller files and import them one by one.",
            file=file_name, found=f"{found:,}", limit=f"{MAX_SHEET_CELLS:,}"))
    if declared is not None and (not declared.isdigit() or int(declared) > found):
        raise ImportFileError(gettext(
            "“{file}” is damaged: its table of texts says it holds {declared} texts but holds "
            "{found}. Open it in your spreadsheet program and save it again.", file=file_name,
            declared=declared[:20], found=f"{found:,}"))
    return found


# --- sheets --------------------------------------------------------------------------------------


def _check_sheet(
    archive: zipfile.ZipFile, member: zipfile.ZipInfo, file_name: str, sheet: str,
    strings: int | None,
) -> bool:
    """Quick byte checks on an ordinary sheet, the careful walk for anything else; whether the
    sheet holds formulas."""
    if _QUICK_CELLS > MAX_SHEET_CELLS:  # the quick checks' grid would not fit the budget
        counted = _count_references(archive, member, file_name, sheet)
        return counted if counted is not None else _walk_sheet(
            archive, member, file_name, sheet, strings)
    where = f"sheet “{sheet}”"
    formulas = False
    # Cells written (python-calamine keeps each before it lays out the range), counted only when
    # the sheet is large enough to hold more than the budget. (Python reads no more of a part
    # than its declared size.)
    count_cells = member.file_size > MAX_SHEET_CELLS * _MIN_CELL_BYTES
    written = 0
    spans = _Spans(b"<c", file_name, where)
    for index, window in enumerate(_windows(archive, member, file_name, where)):
        if index == 0 and _PREFIXED_ROOT.search(window[:64 * 1024]):
            return _walk_sheet(archive, member, file_name, sheet, strings)
        spans.feed(window)
        formulas = formulas or _XLSX_FORMULA.search(window) is not None
        if _BAD_STRING_INDEX.search(window) or any(odd.search(window) for odd in _ODD_ATTRIBUTE):
            return _walk_sheet(archive, member, file_name, sheet, strings)
        if _UNUSUAL_CELL.search(window) or _UNUSUAL_ROW.search(window):
            counted = _count_references(archive, member, file_name, sheet)
            if counted is not None:
                return counted
            return _walk_sheet(archive, member, file_name, sheet, strings)
        if count_cells:
            # every cell in this window begins '<c r="' (no unusual cell was found)
            written += window.count(b'<c r="')
            if written > MAX_SHEET_CELLS:
                raise _too_many_cells(file_name, sheet)
    # Every reference lies within A1:Z299999: at most _QUICK_CELLS cells, within the budget.
    return formulas


def _too_many_cells(file_name: str, sheet: str) -> ImportFileError:
    return ImportFileError(gettext(
        "“{file}”, sheet “{sheet}” holds more than {limit} cells, more than this import reads. "
        "Split the list into smaller files and import them one by one.", file=file_name,
        sheet=sheet, limit=f"{MAX_SHEET_CELLS:,}"))


def _count_references(
    archive: zipfile.ZipFile, member: zipfile.ZipInfo, file_name: str, sheet: str
) -> bool | None:
    """Count every cell written the ordinary way (blank ones too) and the range they span.

    Returns whether the sheet holds formulas; None sends it to the careful walk (a cell written
    otherwise, or a range over the budget: the walk counts only cells with values).
    """
    area = _Range()
    written = 0
    formulas = False
    spans = _Spans(b"<c", file_name, f"sheet “{sheet}”")
    for index, window in enumerate(_windows(archive, member, file_name, f"sheet “{sheet}”")):
        if (index == 0 and _PREFIXED_ROOT.search(window[:64 * 1024])) or (
                _ODD_CELL.search(window) or _ODD_ROW.search(window)
                or _BAD_STRING_INDEX.search(window)
                or any(odd.search(window) for odd in _ODD_ATTRIBUTE)):
            return None
        spans.feed(window)
        formulas = formulas or _XLSX_FORMULA.search(window) is not None
        rows = list(map(int, _CELL_ROWS.findall(window)))
        if not rows:
            continue
        written += len(rows)
        if written > MAX_SHEET_CELLS:
            raise _too_many_cells(file_name, sheet)
        columns = [column_number(letters.decode("ascii"))
                   for letters in set(_CELL_LETTERS.findall(window))]
        area.add(min(rows), min(columns))
        area.add(max(rows), max(columns))
        if area.last_row > MAX_ROWS or area.last_column > MAX_COLUMNS:
            return None
    return formulas if area.cells <= MAX_SHEET_CELLS else None


class _SheetWalk:
    """Follow rows and cells as python-calamine will, to find the range it will allocate."""

    def __init__(self, file_name: str, sheet: str, strings: int | None) -> None:
        self.file_name = file_name
        self.sheet = sheet
        self.strings = strings
        self.range = _Range()
        self.row = 0
        self.column = 0
        self.shared = False  # inside a shared-string cell
        self.in_value = False
        self.value = ""
        self.cell = ""
        self.formulas = False
        self.written = 0
        self.cell_chars = 0

    def refuse(self, what: str) -> ImportFileError:
        return ImportFileError(f"“{self.file_name}”, sheet “{self.sheet}”: {what}")

    def start(self, tag: str, attributes: dict[str, str]) -> None:
        local = tag.rsplit(":", 1)[-1]
        if local == "row":
            ref = attributes.get("r")
            if ref is None:
                self.row += 1
            elif _NUMBER.fullmatch(ref) and 0 < int(ref) <= MAX_ROWS:
                self.row = int(ref)
            else:
                raise self.refuse(
                    f"row {ref[:20]!r} is not a valid row number (rows run from 1 to "
                    f"{MAX_ROWS:,}). The file is damaged: open it in your spreadsheet program "
                    "and save it again.")
            self.column = 0
        elif local == "c":
            ref = attributes.get("r")
            if ref is None:
                self.column += 1
                self.row = max(self.row, 1)
            else:
                match = _CELL_REF.fullmatch(ref)
                column = column_number(match.group(1)) if match else 0
                row = int(match.group(2)) if match else 0
                if not (0 < column <= MAX_COLUMNS and 0 < row <= MAX_ROWS):
                    raise self.refuse(
                        f"the cell reference {ref[:20]!r} is not a valid cell (A1 to "
                        f"{column_letters(MAX_COLUMNS)}{MAX_ROWS}). The file is damaged: open it "
                        "in your spreadsheet program and save it again.")
                self.row, self.column = row, column
            self.cell = f"{column_letters(self.column)}{self.row}"
            self.cell_chars = 0
            self.written += 1
            if self.written > MAX_SHEET_CELLS:
                raise _too_many_cells(self.file_name, self.sheet)
            self.shared = attributes.get("t") == "s"
        elif local == "f":
            self.formulas = True
        if local in ("v", "is", "f") and self.cell:
            # python-calamine leaves out cells without a value: they do not widen its range
            self.range.add(self.row, self.column)
        if local == "v" and self.shared:
            self.in_value = True
            self.value = ""

    def end(self, tag: str) -> None:
        local = tag.rsplit(":", 1)[-1]
        if local == "v" and self.in_value:
            self.in_value = False
            index = self.value
            if index and not _NUMBER.fullmatch(index) or index and (self.strings is not None and int(index) >= self.strings):
                raise self.refuse(
                    f"cell {self.cell} points to text number {index[:20]!r} of the file's table "
                    f"of texts, which holds {self.strings or 0:,}. The file is damaged: open it "
                    "in your spreadsheet program and save it again.")
        elif local == "c":
            self.shared = False
            self.cell = ""

    def text(self, data: str) -> None:
        if self.cell:
            self.cell_chars += len(data)
            if self.cell_chars > MAX_CELL_CHARS:
                raise self.refuse(
                    f"cell {self.cell} holds a text longer than a spreadsheet cell holds "
                    f"({MAX_CELL_CHARS:,} characters, Excel's own limit). It was not read: "
                    "shorten that cell and import the file again.")
        if self.in_value and len(self.value) < 64:
            self.value += data


def _walk_sheet(
    archive: zipfile.ZipFile, member: zipfile.ZipInfo, file_name: str, sheet: str,
    strings: int | None,
) -> bool:
    """Walk every row and cell; refuse a bad reference or index, or a range over the budget."""
    walk = _SheetWalk(file_name, sheet, strings)
    parser = expat.ParserCreate()
    parser.StartElementHandler = walk.start
    parser.EndElementHandler = walk.end
    parser.CharacterDataHandler = walk.text
    try:
        for window in _windows(archive, member, file_name, f"sheet “{sheet}”"):
            parser.Parse(window, False)
        parser.Parse(b"", True)
    except expat.ExpatError as error:
        raise ImportFileError(
            f"“{file_name}” is damaged: sheet “{sheet}” is not valid spreadsheet XML "
            f"({expat.errors.messages.get(error.code, error)}, line {error.lineno}). Open it in "
            "your spreadsheet program and save it again.") from None
    area = walk.range
    if area.cells > MAX_SHEET_CELLS:
        first = f"{column_letters(area.first_column)}{area.first_row}"
        last = f"{column_letters(area.last_column)}{area.last_row}"
        raise ImportFileError(
            f"“{file_name}”, sheet “{sheet}”: its cells run from {first} to {last}, "
            f"{area.cells:,} cells, more than the {MAX_SHEET_CELLS:,} this import reads. Delete "
            f"stray values far from the list (look at cell {last}), or copy the list to a new "
            "sheet, and import it again.")
    return walk.formulas
