"""Hostile spreadsheets and text files (issue 10): refused with a message naming the file and what
is wrong, never an abort of the process, never a row invented or two rows merged.

python-calamine aborts the whole process when an allocation fails, so the files that used to do
that are read in a child process with an address-space limit: before the fix it died (exit -6),
now it prints the refusal.
"""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from consortium_planner.importing.errors import ImportFileError
from consortium_planner.importing.readers import read_workbook
from consortium_planner.importing.sheet_limits import MAX_CELL_CHARS

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
    'package/2006/content-types"><Default Extension="rels" ContentType="application/'
    'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
    '"application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName='
    '"/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
    'spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType='
    '"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'
)
_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.'
    'org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats'
    '.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
    '</Relationships>'
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/'
    'spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships"><sheets><sheet name="Members" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.'
    'org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats'
    '.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>'
)
STRINGS = ["Legal name", "Country", "Acme GmbH", "Deutschland"]
ROWS = ('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
        '<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="s"><v>3</v></c></row>')


def write_xlsx(path: Path, rows: str = ROWS, unique_count: object = None) -> Path:
    """A minimal .xlsx written by hand, so that any part of it can be made hostile."""
    sheet = ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.'
             'openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:B2"/>'
             f"<sheetData>{rows}</sheetData></worksheet>")
    count = len(STRINGS) if unique_count is None else unique_count
    strings = ('<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.'
               f'org/spreadsheetml/2006/main" count="{len(STRINGS)}" uniqueCount="{count}">'
               + "".join(f"<si><t>{text}</t></si>" for text in STRINGS) + "</sst>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _ROOT_RELS)
        archive.writestr("xl/workbook.xml", _WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        archive.writestr("xl/worksheets/sheet1.xml", sheet)
        archive.writestr("xl/sharedStrings.xml", strings)
    return path


_CHILD = """
import json, resource, sys
resource.setrlimit(resource.RLIMIT_AS, (3 * 1024 ** 3, 3 * 1024 ** 3))
from consortium_planner.importing.errors import ImportFileError
from consortium_planner.importing.readers import read_workbook
try:
    workbook = read_workbook(sys.argv[1])
    print(json.dumps({"rows": [[str(v) for v in row] for row in workbook.sheets[0].rows]}))
except ImportFileError as error:
    print(json.dumps({"refused": error.message}))
"""


def read_in_child(path: Path) -> dict:
    """read_workbook in a child process, which an abort cannot take the test run down with."""
    done = subprocess.run([sys.executable, "-c", _CHILD, str(path)], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, f"the reader died (exit {done.returncode}): {done.stderr[-500:]}"
    return json.loads(done.stdout)


def test_an_ordinary_file_reads(tmp_path: Path):
    assert read_workbook(write_xlsx(tmp_path / "ok.xlsx")).sheets[0].rows == [
        STRINGS[:2], STRINGS[2:]]


def test_one_value_in_xfd20000_is_refused_by_import_without_an_abort(tmp_path: Path,
                                                                     empty_path: Path):
    path = write_xlsx(tmp_path / "far.xlsx",
                      ROWS + '<row r="20000"><c r="XFD20000" t="s"><v>2</v></c></row>')
    script = ("import resource, sys\n"
              "resource.setrlimit(resource.RLIMIT_AS, (3 * 1024 ** 3, 3 * 1024 ** 3))\n"
              "from consortium_planner.cli import main\n"
              "sys.exit(main(sys.argv[1:]))\n")
    done = subprocess.run(
        [sys.executable, "-c", script, "import", str(empty_path), str(path)],
        capture_output=True, text=True, timeout=120,
        env={"CONSORTIUM_PLANNER_DATA_DIR": str(tmp_path / "data"), "PATH": "/usr/bin:/bin",
             "PYTHONPATH": str(Path(__file__).resolve().parents[2])})
    assert done.returncode in (1, 2), done.stderr[-500:]
    output = done.stdout + done.stderr
    assert "XFD20000" in output and "8,000,000" in output
    assert "unexpected error" not in output


@pytest.mark.parametrize("rows, expected", [
    (ROWS.replace('r="B2"', 'r="B99999999999999"'), "'B99999999999999' is not a valid cell"),
    (ROWS.replace('r="B2"', 'r="ZZZZZZZZ2"'), "'ZZZZZZZZ2' is not a valid cell"),
    (ROWS.replace('r="B2"', 'r="2B"'), "'2B' is not a valid cell"),
    (ROWS.replace('<row r="2">', '<row r="900000000">').replace(' r="A2"', "")
     .replace(' r="B2"', ""), "row '900000000' is not a valid row number"),
    # python-calamine takes the last of two references, so the first must not be trusted
    (ROWS.replace('<c r="B2"', '<c r="B2" r="XFD20000"'), "duplicate attribute"),
])
def test_a_corrupt_cell_reference_is_refused(tmp_path: Path, rows: str, expected: str):
    result = read_in_child(write_xlsx(tmp_path / "corrupt.xlsx", rows))
    assert "refused" in result, result
    assert "“corrupt.xlsx”" in result["refused"] and "sheet “Members”" in result["refused"]
    assert expected in result["refused"]


@pytest.mark.parametrize("declared", [4_000_000_000, 99_999_999_999_999, "many"])
def test_a_shared_strings_count_that_lies_is_refused(tmp_path: Path, declared: object):
    result = read_in_child(write_xlsx(tmp_path / "lying.xlsx", unique_count=declared))
    assert "refused" in result, result
    assert f"says it holds {declared} texts but holds 4" in result["refused"]


@pytest.mark.parametrize("index", ["-4", "2.5", "1e0", " 2", "18446744073709551616",
                                   "4294967296", "4"])
def test_a_shared_string_index_out_of_range_invents_no_row(tmp_path: Path, index: str):
    """python-calamine reads an index it cannot parse as index 0: a row named "Legal name"."""
    path = write_xlsx(tmp_path / "index.xlsx", ROWS.replace("<v>2</v>", f"<v>{index}</v>"))
    with pytest.raises(ImportFileError) as refused:
        read_workbook(path)
    message = refused.value.message
    assert "“index.xlsx”" in message
    assert "cell A2 points to text number" in message or "shared strings" in message


def test_a_huge_cell_is_refused_quickly(tmp_path: Path):
    text = "x" * (MAX_CELL_CHARS * 40)  # 1.3 MB in the sheet, a few KB in the file
    path = write_xlsx(tmp_path / "huge.xlsx", ROWS.replace(
        '<c r="B2" t="s"><v>3</v>', f'<c r="B2" t="inlineStr"><is><t>{text}</t></is>'))
    with pytest.raises(ImportFileError) as refused:
        read_workbook(path)
    assert "“huge.xlsx” (sheet “Members”, cell B2)" in refused.value.message
    assert "32,767" in refused.value.message


def test_a_long_but_allowed_cell_reads(tmp_path: Path):
    text = "é" * MAX_CELL_CHARS  # two bytes a character: over the byte threshold, not the limit
    path = write_xlsx(tmp_path / "long.xlsx", ROWS.replace(
        '<c r="B2" t="s"><v>3</v>', f'<c r="B2" t="inlineStr"><is><t>{text}</t></is>'))
    assert read_workbook(path).sheets[0].rows[1][1] == text


def test_wide_and_far_cells_within_the_budget_read(tmp_path: Path):
    rows = ROWS + '<row r="150000"><c r="AZ150000" t="s"><v>2</v></c></row>'
    sheet = read_workbook(write_xlsx(tmp_path / "wide.xlsx", rows)).sheets[0]
    assert sheet.row_numbers[-1] == 150000 and sheet.rows[-1][-1] == "Acme GmbH"


def _damaged(tmp_path: Path, how: str) -> Path:
    good = write_xlsx(tmp_path / "good.xlsx").read_bytes()
    path = tmp_path / f"{how}.xlsx"
    if how == "truncated":
        path.write_bytes(good[: len(good) * 2 // 3])
    elif how in ("bad-crc", "bad-data"):
        with zipfile.ZipFile(tmp_path / "good.xlsx") as archive:
            info = archive.getinfo("xl/worksheets/sheet1.xml")
        start = info.header_offset + 30 + len(info.filename) + len(info.extra)
        data = bytearray(good)
        if how == "bad-crc":
            data[info.header_offset + 14] ^= 0xFF  # the CRC in the local header
            central = good.rfind(b"PK\x01\x02", 0, good.find(b"xl/worksheets/sheet1.xml",
                                                          info.header_offset + 30 + 10))
            data[central + 16] ^= 0xFF  # and in the central directory
        else:
            data[start: start + 8] = b"\xff" * 8  # not deflate data
        path.write_bytes(bytes(data))
    else:  # a part whose name is flagged UTF-8 but is not
        with zipfile.ZipFile(tmp_path / "good.xlsx") as source, \
                zipfile.ZipFile(path, "w") as target:
            for item in source.infolist():
                target.writestr(item, source.read(item))
            target.writestr("xl/media/bild-\u00e4.png", b"x")
        data = path.read_bytes().replace("bild-\u00e4".encode(), b"bild-\xe4\xff")
        path.write_bytes(data)
    return path


@pytest.mark.parametrize("how", ["truncated", "bad-crc", "bad-data", "bad-name"])
def test_a_damaged_zip_is_refused_with_a_message(tmp_path: Path, how: str):
    with pytest.raises(ImportFileError) as refused:
        read_workbook(_damaged(tmp_path, how))
    assert f"“{how}.xlsx” is damaged" in refused.value.message


# --- delimited text ------------------------------------------------------------------------------


def test_an_unclosed_quote_is_refused_with_its_line(make_csv):
    path = make_csv('Legal name,Country\nAcme GmbH,DE\n"Beta AG,CH\nGamma SA,FR\n')
    with pytest.raises(ImportFileError) as refused:
        read_workbook(path)
    assert "line 3: a quote opened on this line is never closed" in refused.value.message


def test_a_quote_that_swallows_a_row_is_refused_with_its_lines(make_csv):
    path = make_csv('Legal name,Country\n"Acme GmbH,DE\nBeta AG",CH\nGamma SA,FR\n')
    with pytest.raises(ImportFileError) as refused:
        read_workbook(path)
    assert "line 2: a quote opened on this line closes only on line 3" in refused.value.message


def test_a_cell_on_two_lines_keeps_its_row_and_the_line_numbers(make_csv):
    path = make_csv('Legal name,Address,Country\nAcme,"Street 1\n12345 Berlin",DE\nBeta,x,FR\n')
    sheet = read_workbook(path).sheets[0]
    assert sheet.rows[1] == ["Acme", "Street 1\n12345 Berlin", "DE"]
    assert sheet.row_numbers == [1, 2, 4]


# --- OpenDocument --------------------------------------------------------------------------------


def _ods_with_rows(path: Path, rows: str) -> Path:
    from tests.importing.conftest import _ODS_NS, write_ods

    write_ods(path, [("Members", [["Legal name"], ["Acme"]], False)])
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_ODS_NS}>'
               '<office:body><office:spreadsheet><table:table table:name="Members">'
               f"{rows}</table:table></office:spreadsheet></office:body>"
               "</office:document-content>")
    with zipfile.ZipFile(path) as source:
        parts = {item.filename: source.read(item) for item in source.infolist()}
    parts["content.xml"] = content.encode()
    with zipfile.ZipFile(path, "w") as target:
        for name, data in parts.items():
            target.writestr(name, data)
    return path


_ODS_CELL = ('<table:table-cell office:value-type="string" table:number-columns-repeated="{n}">'
             "<text:p>x</text:p></table:table-cell>")


@pytest.mark.parametrize("rows, far", [
    # 100,000 rows of 1,000 repeated values: python-calamine aborted
    (f'<table:table-row table:number-rows-repeated="100000">{_ODS_CELL.format(n=1000)}'
     "</table:table-row>", "ALL100000"),
    (f"<table:table-row>{_ODS_CELL.format(n=1)}{_ODS_CELL.format(n=1_000_000_000)}"
     "</table:table-row>", "CFDGSXM1"),
])
def test_ods_repeated_cells_over_the_budget_are_refused(tmp_path: Path, rows: str, far: str):
    result = read_in_child(_ods_with_rows(tmp_path / "repeated.ods", rows))
    assert "refused" in result, result
    assert f"“repeated.ods”, sheet “Members”: its cells run from A1 to {far}" in result["refused"]


def test_ods_blank_repeated_rows_and_cells_read(tmp_path: Path):
    """LibreOffice pads every sheet with blank repeated rows and cells: they cost nothing."""
    rows = (f"<table:table-row>{_ODS_CELL.format(n=2)}"
            '<table:table-cell table:number-columns-repeated="16382"/></table:table-row>'
            '<table:table-row table:number-rows-repeated="1048575">'
            '<table:table-cell table:number-columns-repeated="16384"/></table:table-row>')
    sheet = read_workbook(_ods_with_rows(tmp_path / "padded.ods", rows)).sheets[0]
    assert sheet.rows == [["x", "x"]]


@pytest.mark.parametrize("cell", [
    "<c r=\"A2\" t='s'><v>-4</v></c>",
    '<c r="A2" t = "s"><v>-4</v></c>',
    '<c r="A2" t="s"><f>A1</f><v>-4</v></c>',
    '<c r="A2" t="s"><v><![CDATA[-4]]></v></c>',
])
def test_a_bad_string_index_written_unusually_is_still_refused(tmp_path: Path, cell: str):
    path = write_xlsx(tmp_path / "odd.xlsx", ROWS.replace('<c r="A2" t="s"><v>2</v></c>', cell))
    with pytest.raises(ImportFileError) as refused:
        read_workbook(path)
    assert "cell A2 points to text number '-4'" in refused.value.message


_FIVE_CELLS = '<row r="3">' + '<c r="A3"><v>1</v></c>' * 5 + "</row>"


@pytest.mark.parametrize("rows", [_FIVE_CELLS, _FIVE_CELLS.replace('r="A3"', 'r="AA3"')])
def test_more_cells_than_the_budget_are_refused(tmp_path: Path, monkeypatch, rows: str):
    """A cell written over and over is kept each time before python-calamine lays out the range:
    what is written counts, not only the range."""
    from consortium_planner.importing import sheet_limits

    monkeypatch.setattr(sheet_limits, "MAX_SHEET_CELLS", 4)
    with pytest.raises(ImportFileError) as refused:
        read_workbook(write_xlsx(tmp_path / "many.xlsx", rows))
    assert "sheet “Members” holds more than 4 cells" in refused.value.message


def test_more_shared_strings_than_the_budget_are_refused(tmp_path: Path, monkeypatch):
    from consortium_planner.importing import sheet_limits

    monkeypatch.setattr(sheet_limits, "MAX_SHEET_CELLS", 3)
    with pytest.raises(ImportFileError) as refused:
        read_workbook(write_xlsx(tmp_path / "texts.xlsx"))
    assert "holds 4 different texts, more than the 3" in refused.value.message


def test_a_huge_csv_cell_is_refused_with_its_line(make_csv):
    path = make_csv("Legal name,Country\nAcme,DE\n" + "x" * 200_000 + ",FR\n")
    with pytest.raises(ImportFileError) as refused:
        read_workbook(path)
    assert "line 3: a cell is longer than 131,072 characters" in refused.value.message


@pytest.mark.parametrize("how", ["truncated", "bad-crc", "bad-data", "bad-name"])
def test_import_refuses_a_damaged_zip_in_plain_words(tmp_path: Path, empty_path: Path, how: str,
                                                      capsys, monkeypatch):
    from consortium_planner.cli import main

    monkeypatch.setenv("CONSORTIUM_PLANNER_DATA_DIR", str(tmp_path / "data"))
    code = main(["import", str(empty_path), str(_damaged(tmp_path, how))])
    output = capsys.readouterr()
    assert code in (1, 2)
    assert f"“{how}.xlsx” is damaged" in output.out + output.err
    assert "unexpected error" not in output.out + output.err


def test_a_binary_workbook_is_refused_with_advice(tmp_path: Path):
    """Its binary sheets cannot be checked before python-calamine reads them."""
    path = write_xlsx(tmp_path / "list.xlsb")
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("xl/worksheets/sheet2.bin", b"\x00\x01")
    with pytest.raises(ImportFileError) as refused:
        read_workbook(path)
    assert "“list.xlsb” is an Excel binary workbook (.xlsb)" in refused.value.message


@pytest.mark.parametrize("shared", [False, True])
def test_a_huge_cell_in_many_short_runs_is_refused(tmp_path: Path, shared: bool):
    """Rich text: each run is short, together they make one huge text."""
    runs = "<r><t>" + "x" * 1000 + "</t></r>"
    rich = runs * 3000  # 3 MB of text in one cell
    if shared:
        path = write_xlsx(tmp_path / "rich.xlsx")
        with zipfile.ZipFile(path) as source:
            parts = {item.filename: source.read(item) for item in source.infolist()}
        parts["xl/sharedStrings.xml"] = parts["xl/sharedStrings.xml"].replace(
            b"<si><t>Acme GmbH</t></si>", f"<si>{rich}</si>".encode())
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
            for name, data in parts.items():
                target.writestr(name, data)
    else:
        path = write_xlsx(tmp_path / "rich.xlsx", ROWS.replace(
            '<c r="B2" t="s"><v>3</v>', f'<c r="B2" t="inlineStr"><is>{rich}</is>'))
    with pytest.raises(ImportFileError) as refused:
        read_workbook(path)
    assert "“rich.xlsx”" in refused.value.message
    assert "far more than a spreadsheet cell holds (32,767 characters" in refused.value.message


def test_a_bad_string_index_after_a_wide_cell_in_a_later_window_is_refused(tmp_path: Path):
    """A cell beyond column Z sends the sheet to the reference count, which must still send a
    bad shared-string index further on (past the first 4 MB window) to the careful walk."""
    padding = "".join(f'<row r="{row}"><c r="A{row}"><v>1</v></c></row>'
                      for row in range(3, 160_000))
    rows = (ROWS.replace('r="B1"', 'r="AA1"') + padding
            + '<row r="160000"><c r="A160000" t="s"><v>-4</v></c></row>')
    with pytest.raises(ImportFileError) as refused:
        read_workbook(write_xlsx(tmp_path / "late.xlsx", rows))
    assert "cell A160000 points to text number '-4'" in refused.value.message
