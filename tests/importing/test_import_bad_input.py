"""The bad-input corpus from issue 5: each file ends in a clear ImportFileError or a right plan,
quickly, and never in a traceback from deep inside a reader."""

from __future__ import annotations

import datetime
import zipfile
from pathlib import Path

import pytest

from consortium_planner.importing.errors import ImportFileError
from consortium_planner.importing.plan import build_organisation_plan
from consortium_planner.importing.readers import read_workbook

HEADER = ["Legal name", "Country", "PIC", "Staff", "Turnover"]
GOOD = ["Acme GmbH", "DE", "999999999", 12, 1000]


def _save(workbook, path: Path) -> Path:
    workbook.save(path)
    return path


@pytest.fixture
def good_xlsx(make_xlsx) -> Path:
    return make_xlsx([HEADER, GOOD], name="good.xlsx")


def _rewrite_zip(source: Path, target: Path, replace: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w") as zout:
        for info in zin.infolist():
            zout.writestr(info, replace.get(info.filename, zin.read(info.filename)))
    return target


REFUSED = {
    "corrupt_xlsx": "damaged",
    "zip_not_spreadsheet": "does not contain a spreadsheet",
    "word_document": "Word document",
    "entity_bomb": "XML bomb",
    "empty_file": "empty",
    "empty_sheet": "no data",
    "no_header": "No header row",
    "password_protected": "password-protected",
    "oversize": "larger than 100 MB",
    "html_as_xls": "web page",
    "pdf": "PDF",
    "binary": "neither a spreadsheet",
}


@pytest.fixture
def bad_file(request, tmp_path: Path, good_xlsx: Path) -> Path:
    """Build one file of the corpus in the tmp dir, by name."""
    kind = request.param
    path = tmp_path / f"{kind}.xlsx"
    if kind == "corrupt_xlsx":
        path.write_bytes(good_xlsx.read_bytes()[:2000])
    elif kind == "zip_not_spreadsheet":
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("readme.txt", "hello")
    elif kind == "word_document":
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("[Content_Types].xml", "<Types/>")
            archive.writestr("word/document.xml", "<w:document/>")
    elif kind == "entity_bomb":
        lol = '<!ENTITY lol "lol">' + "".join(
            f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
            for i in range(1, 10)
        )
        sheet = (
            f'<?xml version="1.0"?><!DOCTYPE lolz [{lol}]><worksheet '
            'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
            '<row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>'
            "</sheetData></worksheet>"
        ).encode()
        _rewrite_zip(good_xlsx, path, {"xl/worksheets/sheet1.xml": sheet})
    elif kind == "empty_file":
        path.touch()
    elif kind == "empty_sheet":
        import openpyxl

        _save(openpyxl.Workbook(), path)
    elif kind == "no_header":
        import openpyxl

        workbook = openpyxl.Workbook()
        workbook.active.append(["lorem", "ipsum"])
        workbook.active.append([1, 2])
        _save(workbook, path)
    elif kind == "password_protected":
        # An encrypted OOXML file is an OLE2 compound file holding an "EncryptedPackage" stream.
        body = bytearray(4096)
        body[:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        name = "EncryptedPackage".encode("utf-16-le")
        body[1024:1024 + len(name)] = name
        path.write_bytes(bytes(body))
    elif kind == "oversize":
        with open(path, "wb") as handle:
            handle.truncate(200 * 1024 * 1024)  # sparse: no 200 MB written
    elif kind == "html_as_xls":
        path = tmp_path / "export.xls"
        path.write_text("<html><body><table><tr><td>Name</td></tr></table></body></html>")
    elif kind == "pdf":
        path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    elif kind == "binary":
        path.write_bytes(b"\x00\x01\x02\x03garbage\x00" * 100)
    return path


@pytest.mark.parametrize("bad_file", sorted(REFUSED), indirect=True)
def test_refused_with_a_clear_message(bad_file: Path):
    kind = bad_file.stem if bad_file.stem in REFUSED else "html_as_xls"
    with pytest.raises(ImportFileError) as caught:
        build_organisation_plan(bad_file)
    assert REFUSED[kind] in caught.value.message


def test_100000_blank_formatted_rows_are_ignored(tmp_path: Path):
    import openpyxl
    from openpyxl.styles import Font, PatternFill

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(HEADER)
    sheet.append(GOOD)
    fill = PatternFill("solid", fgColor="FFFF00")
    bold = Font(bold=True)
    for row in range(3, 100_003):
        sheet.cell(row, 1).fill = fill
        sheet.cell(row, 40).font = bold
    path = _save(workbook, tmp_path / "formatted.xlsx")
    plan = build_organisation_plan(path)
    assert len(plan.rows) == 1 and plan.errors == []


def test_cells_holding_only_spaces_are_trimmed(make_csv):
    text = "Name,Country\nAcme,DE\n" + " , \n" * 100_000
    workbook = read_workbook(make_csv(text))
    assert len(workbook.sheets[0].rows) == 2


def test_merged_header_cells(tmp_path: Path):
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Partner list"])
    sheet.merge_cells("A1:E1")
    sheet.append(["Legal name", "Country", "Contact", None, "Address"])
    sheet.merge_cells("C2:D2")
    sheet.append([None, None, "Name", "E-mail", None])
    sheet.append(["Acme", "DE", "Jo Bloggs", "jo@acme.de", "Main St 1"])
    plan = build_organisation_plan(_save(workbook, tmp_path / "merged.xlsx"))
    assert plan.header_row == 2 and plan.errors == [] and plan.unmapped_columns == []
    assert [row.row_number for row in plan.rows] == [4]
    assert plan.rows[0].values == {"legal_name": "Acme", "country": "DE", "contact_name": "Jo Bloggs",
                                   "email": "jo@acme.de", "address": "Main St 1"}


def test_hidden_rows_and_sheets_are_read(tmp_path: Path):
    import openpyxl

    workbook = openpyxl.Workbook()
    visible = workbook.active
    visible.append(HEADER)
    visible.append(GOOD)
    visible.append(["Hidden Row Org", "FR", "912345678", 3, 100])
    visible.row_dimensions[3].hidden = True
    lookup = workbook.create_sheet("Lookup")
    lookup.append(["Legal name", "Country"])
    lookup.append(["Secret", "DE"])
    lookup.sheet_state = "hidden"
    plan = build_organisation_plan(_save(workbook, tmp_path / "hidden.xlsx"))
    assert [r.values["legal_name"] for r in plan.rows] == ["Acme GmbH", "Hidden Row Org"]

    only_hidden = openpyxl.Workbook()
    only_hidden.active.append(["Read me"])
    data = only_hidden.create_sheet("Data")
    data.append(["Legal name", "Country"])
    data.append(["Secret", "DE"])
    data.sheet_state = "hidden"
    plan = build_organisation_plan(_save(only_hidden, tmp_path / "only_hidden.xlsx"))
    assert plan.rows[0].values["legal_name"] == "Secret"
    assert any("hidden sheet" in note for note in plan.notes)


def test_numbers_stored_as_text(make_xlsx):
    path = make_xlsx([HEADER, ["Acme", "DE", "999 999 999", "12", "1.234,56"]])
    values = build_organisation_plan(path).rows[0].values
    assert values["pic"] == "999999999" and values["staff_headcount"] == 12
    assert str(values["turnover"]) == "1234.56"


def test_dates_where_numbers_belong(make_xlsx):
    path = make_xlsx([HEADER, ["Acme", "DE", "999999999", datetime.date(2024, 1, 5),
                               datetime.datetime(2023, 12, 31)]])
    plan = build_organisation_plan(path)
    assert plan.rows[0].has_errors
    assert {e.column for e in plan.errors} == {"Staff", "Turnover"}
    assert all("a date" in e.message for e in plan.errors)


def test_unexpected_csv_encoding(make_csv):
    path = make_csv("Legal name;Country\nMüller Straße AG;Österreich\n", encoding="latin-1")
    plan = build_organisation_plan(path)
    assert plan.rows[0].values == {"legal_name": "Müller Straße AG", "country": "AT"}
    assert any("not UTF-8" in note for note in plan.notes)


def test_formula_text_in_csv_stays_text(make_csv):
    plan = build_organisation_plan(make_csv('Legal name,Country\n"=cmd|\' /C calc\'!A0",DE\n'))
    assert plan.rows[0].values["legal_name"] == "=cmd|' /C calc'!A0"
