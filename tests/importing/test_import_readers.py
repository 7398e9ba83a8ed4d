"""Each supported format reads into the same rows; encodings and delimiters are detected."""

from __future__ import annotations

import datetime

import pytest

from consortium_planner.importing.errors import ImportFileError
from consortium_planner.importing.readers import NOTE_FORMULAS, decode_text, read_workbook

HEADER = ["Legal name", "Country", "Staff"]


def test_xlsx_rows_and_row_numbers(make_xlsx):
    path = make_xlsx([["Member list"], [], HEADER, ["Acme", "DE", 12]])
    workbook = read_workbook(path)
    assert workbook.file_format == "xlsx"
    sheet = workbook.sheets[0]
    assert sheet.rows[-1] == ["Acme", "DE", 12]
    assert sheet.row_numbers[sheet.rows.index(HEADER)] == 3
    assert not sheet.hidden


def test_xlsm_extension_reads_as_xlsx(make_xlsx):
    workbook = read_workbook(make_xlsx([HEADER, ["Acme", "DE", 1]], name="list.xlsm"))
    assert workbook.sheets[0].rows[1][0] == "Acme"


def test_xlsx_formulas_are_not_evaluated_and_noted(make_xlsx):
    path = make_xlsx([HEADER, ["Acme", "DE", "=1+2"]])
    workbook = read_workbook(path)
    assert NOTE_FORMULAS in workbook.notes
    # openpyxl saves no cached result, so the formula reads as empty rather than 3.
    assert workbook.sheets[0].rows[1][2] in ("", None)


def test_xlsx_dates_come_back_as_dates(make_xlsx):
    path = make_xlsx([HEADER, ["Acme", "DE", datetime.date(2024, 3, 1)]])
    cell = read_workbook(path).sheets[0].rows[1][2]
    assert isinstance(cell, datetime.date) and cell.year == 2024


def test_ods_with_hidden_sheet(make_ods):
    path = make_ods([("Members", [["Title"], HEADER, ["Acme", "DE", 12]], False),
                     ("Lists", [["x"]], True)])
    workbook = read_workbook(path)
    assert workbook.file_format == "ods"
    assert [s.hidden for s in workbook.sheets] == [False, True]
    assert workbook.sheets[0].rows[2] == ["Acme", "DE", 12.0]
    assert workbook.sheets[0].row_numbers == [1, 2, 3]


def test_csv_utf8_with_bom(make_csv):
    path = make_csv("Legal name,Country\nŁódź Tech,Polska\n", encoding="utf-8-sig")
    workbook = read_workbook(path)
    assert workbook.sheets[0].rows == [["Legal name", "Country"], ["Łódź Tech", "Polska"]]
    assert workbook.notes == []


def test_csv_cp1252_with_semicolons(make_csv):
    path = make_csv("Raison sociale;Pays\nSociété Générale;France\n", encoding="cp1252")
    workbook = read_workbook(path)
    assert workbook.sheets[0].rows[1] == ["Société Générale", "France"]
    assert any("Windows-1252" in note for note in workbook.notes)


def test_csv_cp1250_polish(make_csv):
    path = make_csv("Nazwa;Kraj\nŁódzka Spółka;Polska\n", encoding="cp1250")
    workbook = read_workbook(path)
    assert workbook.sheets[0].rows[1] == ["Łódzka Spółka", "Polska"]
    assert any("Windows-1250" in note for note in workbook.notes)


def test_tsv_and_quoted_fields(make_csv):
    path = make_csv('Name\tCountry\n"Acme, Inc."\tDE\n', name="list.tsv")
    assert read_workbook(path).sheets[0].rows[1] == ["Acme, Inc.", "DE"]


def test_utf16_tab_text_from_excel(make_csv):
    path = make_csv("\ufeffName\tCountry\nAcme\tDE\n", encoding="utf-16-le", name="list.txt")
    assert read_workbook(path).sheets[0].rows[1] == ["Acme", "DE"]


def test_csv_title_line_does_not_fool_delimiter_detection(make_csv):
    path = make_csv("Members 2024, final\nName;Country;PIC\nAcme;DE;999999999\nBeta;FR;912345678\n")
    assert read_workbook(path).sheets[0].rows[1] == ["Name", "Country", "PIC"]


def test_csv_with_xlsx_extension_is_read_as_text(make_csv):
    workbook = read_workbook(make_csv("Name,Country\nAcme,DE\n", name="export.xlsx"))
    assert workbook.sheets[0].rows[1] == ["Acme", "DE"]
    assert "plain text" in workbook.notes[0]


def test_excel_sep_line(make_csv):
    path = make_csv("sep=;\nName;Country\nAcme, Inc.;DE\n")
    assert read_workbook(path).sheets[0].rows == [["Name", "Country"], ["Acme, Inc.", "DE"]]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("Zürich".encode("utf-8"), "Zürich"),
        ("Zürich".encode("cp1252"), "Zürich"),
        (b"\x81\x8d", "\x81\x8d"),  # undefined in cp1252 and cp1250: Latin-1 takes anything
    ],
)
def test_decode_text_fallbacks(data, expected):
    assert decode_text(data)[0] == expected


def test_trailing_blank_rows_and_columns_are_dropped(make_csv):
    workbook = read_workbook(make_csv("Name,Country,,\nAcme,DE,,\n,,,\n  ,,,\n"))
    assert workbook.sheets[0].rows == [["Name", "Country"], ["Acme", "DE"]]


def test_missing_file_is_a_plain_error(tmp_path):
    with pytest.raises(ImportFileError, match="not found"):
        read_workbook(tmp_path / "nope.xlsx")
