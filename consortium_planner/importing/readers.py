"""Read a spreadsheet or text file into plain rows of cell values, whatever its format.

Format is decided by the file's content, not its name: CRM exports often call a CSV or an HTML
table ".xls". Spreadsheets go through python-calamine, which is fast, never evaluates formulas
(it returns the values the spreadsheet program last saved) and never runs macros. Every failure
becomes an `ImportFileError` with a message a user can act on.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import json
import os
import re
import zipfile
import zlib
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO
from xml.etree import ElementTree

import chardet

from consortium_planner.importing.errors import ImportFileError, Note
from consortium_planner.importing.sheet_limits import (
    MAX_COLUMNS,
    column_letters,
    MAX_SHEET_CELLS,
    check_ods,
    check_xlsx,
)
from consortium_planner.reference.messages import Message, gettext

MAX_FILE_BYTES = 100 * 1024 * 1024
# A spreadsheet is a zip: refuse one that would unpack to more than this (a "zip bomb").
MAX_UNPACKED_BYTES = 2 * 1024 * 1024 * 1024
MAX_ZIP_MEMBERS = 20_000

_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"
CSV_DELIMITERS = (",", ";", "\t", "|")  # "|": exports of databases and ERP tools

NOTE_FORMULAS = Note(gettext(
    "The file contains formulas. They were not recalculated: the values the spreadsheet program "
    "last saved were used, and a formula whose result was never saved reads as empty."))


@dataclass
class SheetData:
    """One sheet: rows of cell values (str, int, float, bool, date, datetime, time or None).

    `row_numbers[i]` is the row number the user sees in their spreadsheet program for `rows[i]`.
    Rows may be ragged; a missing cell is blank.
    """

    name: str
    rows: list[list[object]]
    hidden: bool = False
    row_numbers: list[int] = field(default_factory=list)
    # 1-based spreadsheet column of `rows[i][0]` (leading blank columns are not kept).
    first_column: int = 1
    # Cells merged down several rows whose value was given to each of them ("B2:B4").
    merged_down: list[str] = field(default_factory=list)


@dataclass
class WorkbookData:
    """All sheets of a file, with notes on how it was read (encoding, formulas ...)."""

    sheets: list[SheetData]
    notes: list[str] = field(default_factory=list)
    file_format: str = ""
    # SHA-256 of the bytes that were read (hex), for the import record.
    sha256: str = ""


def read_workbook(path: str | os.PathLike[str]) -> WorkbookData:
    """Read `path` into sheets of cell values, or raise `ImportFileError`."""
    file_path = Path(path)
    name = file_path.name
    try:
        size = file_path.stat().st_size
        if not file_path.is_file():
            raise ImportFileError(gettext("“{file}” is not a file.", file=name))
    except FileNotFoundError:
        raise ImportFileError(gettext("“{file}” was not found. It may have been moved or "
                                      "deleted.", file=name)) from None
    except PermissionError:
        raise ImportFileError(gettext("“{file}” cannot be opened: permission denied.",
                                      file=name)) from None
    except OSError as exc:
        raise ImportFileError(gettext("“{file}” cannot be opened: {reason}.", file=name,
                                      reason=exc.strerror or exc)) from None
    if size == 0:
        raise ImportFileError(gettext("“{file}” is empty (0 bytes).", file=name))
    if size > MAX_FILE_BYTES:
        raise ImportFileError(gettext(
            "“{file}” is {size} MB; files larger than {limit} MB are not imported. Split the "
            "list into smaller files, or remove images and unused sheets.", file=name,
            size=f"{size / 1024 / 1024:.0f}", limit=MAX_FILE_BYTES // 1024 // 1024))
    try:
        with open(file_path, "rb") as handle:
            head = handle.read(8192)
    except OSError as exc:
        raise _unreadable(name, exc) from None

    if head.startswith(_ZIP_MAGIC):
        return _read_zip_spreadsheet(file_path)
    if head.startswith(_CFB_MAGIC):
        return _read_compound_file(file_path)
    _refuse_other_binary(name, head)
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"["):
        return _read_json_table(file_path)
    if file_path.suffix.lower() == ".json" and head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"{":
        raise ImportFileError(gettext(
            "“{file}” is a JSON object, not a list of organisation records (such as CORDIS's "
            "organization.json). A project JSON is loaded with `load`, not imported.",
            file=name))
    extension = file_path.suffix.lower()
    named = [Note(gettext("The file is named {extension} but holds plain text; it was read as "
                          "delimited text.", extension=extension))] if extension in (
        ".xlsx", ".xlsm", ".xls", ".ods") else []
    try:
        workbook = _read_text(file_path)
    except ImportFileError as error:
        raise error.noting(named) from None
    workbook.notes[:0] = named
    return workbook


# --- spreadsheets ------------------------------------------------------------------------------


def _read_zip_spreadsheet(path: Path) -> WorkbookData:
    """Check a zip-based file is a spreadsheet that is safe to unpack, then read it."""
    name = path.name
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            if len(members) > MAX_ZIP_MEMBERS:
                raise ImportFileError(gettext(
                    "“{file}” holds {parts} parts, far more than any spreadsheet; it was not "
                    "read.", file=name, parts=len(members)))
            names = {member.filename for member in members}
            file_format = _zip_format(archive, names, name)
            unpacked = sum(member.file_size for member in members)
            if unpacked > MAX_UNPACKED_BYTES:
                raise ImportFileError(gettext(
                    "“{file}” would unpack to {size} GB, far more than a spreadsheet of "
                    "organisations needs; it was not read.", file=name,
                    size=f"{unpacked / 1024**3:.1f}"))
            _refuse_entity_declarations(archive, members, name)
            # python-calamine aborts the process on some hostile files: check them first.
            # The same pass notes formulas, so their note costs no second inflation.
            check = check_xlsx if file_format == "xlsx" else check_ods
            has_formulas = check(archive, name)
    except (zipfile.BadZipFile, zlib.error, EOFError, UnicodeDecodeError):
        # a truncated file, a bad checksum, damaged compressed data or a part name in no encoding
        raise ImportFileError(gettext(
            "“{file}” is damaged: it looks like an Excel or OpenDocument file but cannot be "
            "unpacked. Open it in your spreadsheet program and save it again.", file=name,
        )) from None
    except (OSError, RuntimeError, NotImplementedError) as exc:
        raise ImportFileError(gettext("“{file}” is damaged or unreadable ({reason}).",
                                      file=name, reason=exc)) from None
    # The digest runs while python-calamine parses: it lets go of the interpreter, so on two
    # cores it costs nothing.
    with ThreadPoolExecutor(max_workers=1) as pool:
        digest = pool.submit(_file_sha256, path)
        workbook = _read_with_calamine(path, file_format)
        if file_format == "ods":  # python-calamine gives no merged cells of an .ods
            try:
                _fill_ods_merges(path, workbook.sheets)
            except (ElementTree.ParseError, ValueError, OSError, zipfile.BadZipFile, zlib.error,
                    EOFError, KeyError):
                pass  # python-calamine read the cells; a merge it cannot place stays as read
        workbook.sha256 = digest.result()
    if has_formulas:
        workbook.notes.append(NOTE_FORMULAS)
    return workbook


def _file_sha256(path: Path) -> str:
    try:
        with open(path, "rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError as exc:
        raise _unreadable(path.name, exc) from None


def _zip_format(archive: zipfile.ZipFile, names: set[str], file_name: str) -> str:
    """Name the spreadsheet format inside a zip, or say plainly what the zip is instead."""
    if "[Content_Types].xml" in names:
        if any(n.startswith("xl/") for n in names):
            return "xlsx"
        if any(n.startswith("word/") for n in names):
            raise ImportFileError(gettext("“{file}” is a Word document, not a spreadsheet.",
                                          file=file_name))
        if any(n.startswith("ppt/") for n in names):
            raise ImportFileError(gettext("“{file}” is a PowerPoint presentation, not a "
                                          "spreadsheet.", file=file_name))
    if "mimetype" in names:
        mimetype = archive.read("mimetype")[:200].strip()
        if mimetype == _ODS_MIMETYPE:
            return "ods"
        if mimetype.startswith(b"application/vnd.oasis.opendocument"):
            raise ImportFileError(gettext(
                "“{file}” is an OpenDocument file but not a spreadsheet ({kind}).",
                file=file_name, kind=mimetype.decode("ascii", "replace")))
    if "content.xml" in names and "META-INF/manifest.xml" in names:
        return "ods"
    raise ImportFileError(gettext(
        "“{file}” is a zip archive that does not contain a spreadsheet. Unpack it and import "
        "the .xlsx, .ods or .csv file inside.", file=file_name))


def _refuse_entity_declarations(
    archive: zipfile.ZipFile, members: list[zipfile.ZipInfo], file_name: str
) -> None:
    """Refuse XML with a DOCTYPE: spreadsheet programs never write one, XML bombs need one.

    A DOCTYPE can only appear in the prolog, before the root element, so the first few kilobytes
    of each part are enough.
    """
    for member in members:
        if not member.filename.endswith((".xml", ".rels", ".vml")):
            continue
        with archive.open(member) as part:
            prolog = part.read(4096)
        if prolog.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            prolog = prolog.decode("utf-16", "replace").encode("utf-8")
        if b"<!DOCTYPE" in prolog or b"<!ENTITY" in prolog:
            raise ImportFileError(gettext(
                "“{file}” contains XML entity declarations ({part}), which spreadsheet programs "
                "never write. It may be a malicious “XML bomb” and was not read.",
                file=file_name, part=member.filename))


def _read_compound_file(path: Path) -> WorkbookData:
    """An OLE2 file is either an encrypted (password-protected) workbook or a legacy .xls."""
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as exc:
        raise _unreadable(path.name, exc) from None
    if "EncryptedPackage".encode("utf-16-le") in data or "EncryptionInfo".encode("utf-16-le") in data:
        raise ImportFileError(_password_message(path.name))
    digest = hashlib.sha256(data).hexdigest()
    del data
    workbook = _read_with_calamine(path, "xls")
    workbook.sha256 = digest
    return workbook


def _password_message(file_name: str) -> Message:
    return gettext(
        "“{file}” is password-protected. Open it in your spreadsheet program, remove the "
        "password (File > Info > Protect Workbook), save it and import it again.",
        file=file_name)


def _unreadable(file_name: str, exc: OSError) -> ImportFileError:
    return ImportFileError(gettext("“{file}” cannot be read: {reason}.", file=file_name,
                                   reason=exc.strerror or exc))


def _read_with_calamine(path: Path, file_format: str) -> WorkbookData:
    """Read every worksheet with python-calamine; translate its errors into plain language."""
    import python_calamine as calamine

    name = path.name
    try:
        workbook = calamine.CalamineWorkbook.from_path(str(path))
        try:
            sheets: list[SheetData] = []
            for index, meta in enumerate(workbook.sheets_metadata):
                if meta.typ != calamine.SheetTypeEnum.WorkSheet:
                    continue
                sheet = workbook.get_sheet_by_index(index)
                start = sheet.start
                rows = sheet.to_python(skip_empty_area=True) if start is not None else []
                first_row, first_column = (start[0] + 1, start[1] + 1) if start else (1, 1)
                hidden = meta.visible != calamine.SheetVisibleEnum.Visible
                filled = _fill_merged_down(rows, sheet.merged_cell_ranges, start)
                sheet_data = _trimmed_sheet(meta.name, rows, hidden, first_row)
                sheet_data.merged_down = filled
                sheet_data.first_column = first_column
                sheets.append(sheet_data)
        finally:
            workbook.close()
    except calamine.PasswordError:
        raise ImportFileError(_password_message(name)) from None
    except calamine.ZipError:
        raise ImportFileError(gettext(
            "“{file}” is damaged and cannot be unpacked. Open it in your spreadsheet program and "
            "save it again.", file=name)) from None
    except calamine.XmlError as exc:
        raise ImportFileError(gettext(
            "“{file}” is damaged: part of it is not valid spreadsheet XML ({reason}).",
            file=name, reason=exc)) from None
    except calamine.CalamineError as exc:
        raise _not_a_spreadsheet(name, exc) from None
    except MemoryError:
        raise ImportFileError(gettext("“{file}” is too large to read on this computer.",
                                      file=name)) from None
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # noqa: BLE001 - a Rust panic surfaces as a BaseException
        raise _not_a_spreadsheet(name, exc) from None
    if not sheets:
        raise ImportFileError(gettext("“{file}” contains no worksheets.", file=name))
    return WorkbookData(sheets=sheets, notes=[], file_format=file_format)


def _fill_merged_down(rows: list[list[object]],
                      merged: list[tuple[tuple[int, int], tuple[int, int]]] | None,
                      start: tuple[int, int] | None) -> list[str]:
    """Give each row of a cell merged down several rows (a country beside each of its members)
    the merged value, in the merge's first column; return the ranges filled ("B2:B4"). A merge
    across columns only (a title, a group heading) is left as it is: the header search reads
    those."""
    if not merged or start is None:
        return []
    filled = []
    for (top, left), (bottom, right) in merged:
        first, column = top - start[0], left - start[1]
        if bottom <= top or first < 0 or column < 0 or first >= len(rows):
            continue
        value = rows[first][column] if column < len(rows[first]) else None
        if _is_blank(value):
            continue
        changed = False
        for row in rows[first + 1: bottom - start[0] + 1]:
            if column < len(row) and _is_blank(row[column]):
                row[column], changed = value, True
        if changed:
            filled.append(f"{column_letters(left + 1)}{top + 1}:{column_letters(right + 1)}"
                          f"{bottom + 1}")
    return filled


_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"


def _fill_ods_merges(path: Path, sheets: list[SheetData]) -> None:
    """Fill the cells an .ods merges down several rows, as `_fill_merged_down` does for Excel's:
    their ranges come from content.xml (read again only when it spans a row)."""
    with zipfile.ZipFile(path) as archive, archive.open("content.xml") as part:
        if not _holds(part, b"number-rows-spanned"):
            return
    by_name = {sheet.name: sheet for sheet in sheets}
    merges: list[tuple[tuple[int, int], tuple[int, int]]] = []
    sheet: SheetData | None = None
    row = column = 0
    with zipfile.ZipFile(path) as archive, archive.open("content.xml") as part:
        for event, element in ElementTree.iterparse(part, events=("start", "end")):
            tag, get = element.tag, element.get
            if event == "start" and tag == f"{_TABLE}table":
                sheet, row, merges = by_name.get(get(f"{_TABLE}name", "")), 0, []
            elif event == "start" and tag == f"{_TABLE}table-row":
                column = 0
            elif event == "start" and tag in (f"{_TABLE}table-cell",
                                               f"{_TABLE}covered-table-cell"):
                rows = int(get(f"{_TABLE}number-rows-spanned", "1"))
                if rows > 1 and tag == f"{_TABLE}table-cell":
                    columns = int(get(f"{_TABLE}number-columns-spanned", "1"))
                    merges.append(((row, column), (row + rows - 1, column + columns - 1)))
                column += int(get(f"{_TABLE}number-columns-repeated", "1"))
            elif event == "end" and tag == f"{_TABLE}table-row":
                row += int(get(f"{_TABLE}number-rows-repeated", "1"))
                element.clear()
            elif event == "end" and tag == f"{_TABLE}table":
                if sheet is not None and merges and sheet.rows:
                    start = (sheet.row_numbers[0] - 1, sheet.first_column - 1)
                    sheet.merged_down = _fill_merged_down(sheet.rows, merges, start)
                element.clear()


def _holds(part: IO[bytes], marker: bytes) -> bool:
    """Whether a stream holds `marker`, read in blocks (a marker across two blocks counts)."""
    tail = b""
    while block := part.read(1 << 20):
        if marker in tail + block[:len(marker)] or marker in block:
            return True
        tail = block[-len(marker):]
    return False


def _not_a_spreadsheet(file_name: str, exc: BaseException) -> ImportFileError:
    return ImportFileError(gettext("“{file}” could not be read as a spreadsheet ({reason}).",
                                   file=file_name, reason=exc))


def _is_blank(value: object) -> bool:
    return value is None or value == "" or (type(value) is str and value.isspace())


def _trimmed_sheet(name: str, rows: list[list[object]], hidden: bool, first_row: int) -> SheetData:
    """Drop trailing blank rows and columns; cells holding only spaces count as blank.

    Both loops stop at the first non-blank cell they meet, so a well-formed sheet costs almost
    nothing and a sheet padded with formatted blank cells is cut down once.
    """
    end = len(rows)
    while end and all(_is_blank(cell) for cell in rows[end - 1]):
        end -= 1
    if end < len(rows):
        del rows[end:]
    width = max((len(row) for row in rows), default=0)
    last = -1
    for row in rows:
        for index in range(len(row) - 1, last, -1):
            if not _is_blank(row[index]):
                last = index
                break
        if last == width - 1:
            break
    if last < width - 1:
        rows = [row[: last + 1] for row in rows]
    return SheetData(name=name, rows=rows, hidden=hidden,
                     row_numbers=list(range(first_row, first_row + len(rows))))


# --- other binary files --------------------------------------------------------------------------


def _refuse_other_binary(file_name: str, head: bytes) -> None:
    """Name the common non-spreadsheet files people pick by mistake, and refuse them."""
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"%PDF"):
        raise ImportFileError(gettext("“{file}” is a PDF document, not a spreadsheet.",
                                      file=file_name))
    if stripped.startswith(b"{\\rtf"):
        raise ImportFileError(gettext("“{file}” is a rich-text (RTF) document, not a "
                                      "spreadsheet.", file=file_name))
    if stripped.startswith((b"<!doctype html", b"<html", b"<table")) or (
        stripped.startswith(b"<") and b"<html" in stripped
    ):
        raise ImportFileError(gettext(
            "“{file}” is a web page (HTML) saved under a spreadsheet name. Open it in your "
            "spreadsheet program and save it as .xlsx or .csv.", file=file_name))
    if stripped.startswith(b"<?xml") and b"urn:schemas-microsoft-com:office:spreadsheet" in stripped:
        raise ImportFileError(gettext(
            "“{file}” is an Excel 2003 XML spreadsheet. Open it in your spreadsheet program "
            "and save it as .xlsx.", file=file_name))
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return
    if b"\x00" in head and not _utf16_without_bom(head):
        raise ImportFileError(gettext(
            "“{file}” is neither a spreadsheet (.xlsx, .xlsm, .ods) nor a text file "
            "(.csv, .tsv, .txt) that can be read.", file=file_name))


# --- JSON -----------------------------------------------------------------------------------------

NOTE_JSON = Note(gettext("The file was read as a JSON list of records: row 1 holds their field "
                         "names and row N + 1 the Nth record."))


def _read_json_table(path: Path) -> WorkbookData:
    """A JSON list of flat records (CORDIS's organisation export) as one sheet: the field names,
    in the order they first appear, make the header; a nested value is kept as its JSON text,
    so nothing is lost and nothing is evaluated."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise _unreadable(path.name, exc) from None
    digest = hashlib.sha256(data).hexdigest()
    text, _ = decode_text(data)
    try:
        records = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportFileError(gettext(
            "“{file}” starts like a JSON list but is not valid JSON (line {line}, column "
            "{column}: {reason}). Download it again, or export the list as CSV.",
            file=path.name, line=exc.lineno, column=exc.colno, reason=exc.msg)) from None
    except (RecursionError, ValueError):  # nested too deep; a number of thousands of digits
        raise ImportFileError(gettext(
            "“{file}” is not a JSON list of records that can be read (it nests too deeply or "
            "holds a number far too long).", file=path.name)) from None
    if not isinstance(records, list) or not records:
        raise ImportFileError(gettext("“{file}” holds an empty JSON list: there is nothing to "
                                      "import.", file=path.name))
    not_records = [number for number, record in enumerate(records, start=1)
                   if not isinstance(record, dict)]
    if not_records:
        shown = ", ".join(map(str, not_records[:5]))
        raise ImportFileError(gettext(
            "“{file}” is a JSON list, but record(s) {records} are not objects with named "
            "fields; a list of organisations needs one object per organisation.",
            file=path.name, records=shown))
    names: dict[str, None] = {}
    for record in records:
        names.update(dict.fromkeys(map(str, record)))
        if len(names) > MAX_COLUMNS or len(names) * len(records) > MAX_SHEET_CELLS:
            raise ImportFileError(gettext(
                "“{file}” would make a table of {records} records by at least {fields} fields, "
                "far more than a list of organisations holds (at most {cells} cells); it was "
                "not read.", file=path.name, records=f"{len(records):,}",
                fields=f"{len(names):,}", cells=f"{MAX_SHEET_CELLS:,}"))
    header = list(names)
    rows: list[list[object]] = [list(header)]
    for record in records:
        rows.append([_json_cell(record.get(name)) for name in header])
    sheet = SheetData(name=path.stem or path.name, rows=rows,
                      row_numbers=list(range(1, len(rows) + 1)))
    return WorkbookData(sheets=[sheet], notes=[NOTE_JSON], file_format="json", sha256=digest)


def _json_cell(value: object) -> object:
    """A JSON value as a cell: text, numbers and true/false as they are, null as blank, a list or
    object as its JSON text."""
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    return json.dumps(value, ensure_ascii=False)


# --- delimited text ------------------------------------------------------------------------------


def _read_text(path: Path) -> WorkbookData:
    """Read CSV/TSV text: detect the encoding, then the delimiter, then split into rows."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise _unreadable(path.name, exc) from None
    digest = hashlib.sha256(data).hexdigest()
    text, encoding_note = decode_text(data)
    del data
    notes = [encoding_note] if encoding_note else []
    lines = text.splitlines()
    first_line = 1
    if lines and lines[0].strip().lower().startswith("sep=") and len(lines[0].strip()) == 5:
        delimiter = lines[0].strip()[4]
        text = text.split("\n", 1)[1] if "\n" in text else ""
        first_line = 2
    else:
        delimiter = detect_delimiter(lines[:100])
    if not text.strip():
        raise ImportFileError(gettext("“{file}” contains no text.", file=path.name)).noting(notes)
    try:
        rows, starts = _csv_records(text, delimiter, path.name, first_line)
    except ImportFileError as error:
        raise error.noting(notes) from None
    sheet = _trimmed_sheet(path.stem or path.name, rows, hidden=False, first_row=1)
    sheet.row_numbers = starts[:len(sheet.rows)]
    return WorkbookData(sheets=[sheet], notes=notes, file_format="csv", sha256=digest)


def _csv_records(
    text: str, delimiter: str, file_name: str, first_line: int
) -> tuple[list[list[object]], list[int]]:
    """Split text into records, and the line each starts on (a quoted cell may hold line breaks).

    A quote that is never closed, or that swallows lines holding the delimiter, would merge rows
    into one organisation: the file is refused, naming the lines.
    """
    rows: list[list[object]] = []
    starts: list[int] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    start = first_line
    try:
        for record in reader:
            line = first_line + reader.line_num - 1  # the line the record ends on
            # A cell over several lines that holds the delimiter looks like rows run together
            # (an address on two lines with a comma in it is refused too: better than merging).
            if line > start and any(
                delimiter in cell for cell in record if "\n" in cell or "\r" in cell
            ):
                raise ImportFileError(gettext(
                    "“{file}”, line {start}: a quote opened on this line closes only on line "
                    "{end}, so lines {start} to {end} would be read as one row. Check the "
                    "quotes on these lines and import the file again.", file=file_name,
                    start=start, end=line))
            rows.append(record)  # type: ignore[arg-type]
            starts.append(start)
            start = line + 1
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            raise ImportFileError(gettext(
                "“{file}”, line {line}: a cell is longer than {limit} characters, far more than "
                "any value of an organisation. Shorten it (check the quotes there too) and "
                "import the file again.", file=file_name, line=start,
                limit=f"{csv.field_size_limit():,}")) from None
        if "unexpected end of data" in str(exc):
            raise ImportFileError(gettext(
                "“{file}”, line {line}: a quote opened on this line is never closed, so every "
                "line after it would be read as one cell. Close the quote and import the file "
                "again.", file=file_name, line=start)) from None
        raise ImportFileError(gettext(
            "“{file}” is not well-formed delimited text on line {line} ({reason}). Check the "
            "quotes on that line and import the file again.", file=file_name, line=start,
            reason=exc)) from None
    return rows, starts


_WINDOWS_LATIN = Note(gettext(
    "The file is not UTF-8; it was read as Windows-1252 (Western European) text. Check accented "
    "letters in the preview."))
_LATIN_1 = Note(gettext(
    "The file is not UTF-8; it was read as Latin-1 text. Check accented letters in the preview."))
_UTF_16 = Note(gettext("The file was read as UTF-16 (Unicode) text."))
# The encodings a CSV that is neither UTF-8 nor UTF-16 comes in, in the order preferred when
# chardet rates several alike (the code page Excel saves CSV in first: the system's ANSI code
# page, on a Mac Mac Roman; then the ISO 8859 ones older tools write), each with the note
# naming it.
_ENCODINGS: dict[str, Note] = {
    "cp1252": _WINDOWS_LATIN,
    "cp1250": Note(gettext(
        "The file is not UTF-8; it was read as Windows-1250 (Central European) text. Check "
        "accented letters in the preview.")),
    "cp1253": Note(gettext(
        "The file is not UTF-8; it was read as Windows-1253 (Greek) text. Check accented "
        "letters in the preview.")),
    "cp1251": Note(gettext(
        "The file is not UTF-8; it was read as Windows-1251 (Cyrillic) text. Check accented "
        "letters in the preview.")),
    "mac-roman": Note(gettext(
        "The file is not UTF-8; it was read as Mac Roman text (a CSV saved by Excel on a Mac). "
        "Check accented letters in the preview.")),
    "iso8859-1": _LATIN_1,
    "iso8859-2": Note(gettext(
        "The file is not UTF-8; it was read as ISO 8859-2 (Central European) text. Check "
        "accented letters in the preview.")),
    "iso8859-7": Note(gettext(
        "The file is not UTF-8; it was read as ISO 8859-7 (Greek) text. Check accented letters "
        "in the preview.")),
}
_HEAD_BYTES = 8192
_ASCII = bytes(range(128))
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode text bytes; return the text and a note when it was not plain UTF-8.

    A byte-order mark decides; else UTF-16 without one (before UTF-8: Cyrillic UTF-16 is valid
    UTF-8 full of NULs); else strict UTF-8; else the encoding chardet finds likeliest among
    those offices send (`_ENCODINGS`; its language models tell Czech or Hungarian Windows-1250
    from Western Windows-1252, which letter-by-letter rules could not), Windows code pages
    first when it rates several alike or they read the file alike; else Latin-1, which accepts
    any bytes.
    """
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", "replace"), ""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", "replace"), _UTF_16
    byte_order = _utf16_without_bom(data[:_HEAD_BYTES])
    if byte_order:
        return data.decode(byte_order, "replace"), _UTF_16
    try:
        return data.decode("utf-8"), ""
    except UnicodeDecodeError:
        pass
    # A single-byte code page reads the file as it reads the bytes above ASCII that it holds.
    high = bytes(sorted(set(data.translate(None, _ASCII))))
    readings: dict[str, str] = {}
    for encoding in _likely_encodings(data):
        try:
            readings[encoding] = high.decode(encoding)
        except UnicodeDecodeError:
            continue  # a byte the code page leaves undefined
    if readings:
        likeliest = next(iter(readings.values()))
        # Several code pages may read this file alike ("é" is "é" in Windows-1250 and -1252):
        # the note names the one the file most likely came from.
        encoding = next(name for name in _ENCODINGS if readings.get(name) == likeliest)
        return data.decode(encoding), _ENCODINGS[encoding]
    return data.decode("latin-1"), _LATIN_1


def _likely_encodings(data: bytes) -> list[str]:
    """The encodings of `_ENCODINGS` chardet finds for the bytes, likeliest first."""
    preference = list(_ENCODINGS)
    confidence: dict[str, float] = {}
    for result in chardet.detect_all(data, include_encodings=preference, max_bytes=len(data),
                                     compat_names=False):
        if result["encoding"]:
            confidence.setdefault(codecs.lookup(result["encoding"]).name, result["confidence"])
    return sorted((name for name in confidence if name in _ENCODINGS),
                  key=lambda name: (-confidence[name], preference.index(name)))


def _utf16_without_bom(head: bytes) -> str:
    """"utf-16-le" or "utf-16-be" when the first bytes are UTF-16 text without a byte-order mark
    (as some database tools write it), else "".

    chardet tells UTF-16 from most binary files, but takes any bytes with few NULs for Chinese:
    the text must also hold a line break or a delimiter and no control character. The NULs
    beside its delimiters and digits tell the byte order, which chardet mistakes for Greek text
    (its letters read as Chinese the other way round).
    """
    if b"\x00" not in head or not (
            chardet.detect(head, compat_names=False)["encoding"] or "").startswith("utf-16"):
        return ""
    order = "utf-16-le" if head[1::2].count(0) >= head[0::2].count(0) else "utf-16-be"
    text = head[:len(head) // 2 * 2].decode(order, "replace")
    if _CONTROL.search(text) or not any(mark in text for mark in ("\n", *CSV_DELIMITERS)):
        return ""
    return order


def detect_delimiter(lines: list[str]) -> str:
    """Pick the delimiter that splits the sample into the most consistent multi-column rows.

    Title lines above the header have one field under every candidate, so they do not vote.
    """
    sample = [line for line in lines if line.strip()]
    best = ","
    best_score = (0, 0)
    for delimiter in CSV_DELIMITERS:
        try:
            widths = [len(row) for row in csv.reader(sample, delimiter=delimiter)]
        except csv.Error:
            continue
        counts = Counter(width for width in widths if width > 1)
        if not counts:
            continue
        width, rows = counts.most_common(1)[0]
        score = (rows, width)
        if score > best_score:
            best, best_score = delimiter, score
    return best
