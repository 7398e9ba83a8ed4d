"""A new user's files (tests/importing/corpus_qa): lists written by cluster offices in their own
layouts, languages and encodings, imported with `consortium-planner import` as the README says,
and judged as the user would: every organisation there, none invented, no mojibake."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from consortium_planner.cli import main
from consortium_planner.importing.readers import read_workbook
from tests.importing.corpus_qa.make_corpus import write


@pytest.fixture(autouse=True)
def private_mappings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test remembers mappings in its own folder."""
    monkeypatch.setenv("CONSORTIUM_PLANNER_DATA_DIR", str(tmp_path / "user-data"))


def imported(capsys, workspace: Path, path: Path, *options: str) -> tuple[int, dict]:
    code = main(["import", str(workspace), str(path), "--json", *options])
    (report,) = json.loads(capsys.readouterr().out)["files"]
    return code, report


def directory(workspace: Path, *columns: str) -> list[tuple]:
    with sqlite3.connect(workspace) as connection:
        return connection.execute(
            f"SELECT {', '.join(columns)} FROM organisation ORDER BY id").fetchall()


@pytest.mark.parametrize(("kind", "encoding", "header"), [
    ("el_cp1253", "Windows-1253", ["Επωνυμία", "ΑΦΜ", "Διεύθυνση", "Πόλη", "Χώρα", "Email"]),
    ("fr_mac", "Mac Roman", ["Raison sociale", "Pays", "Ville"]),
    ("bg_cp1251", "Windows-1251", ["Наименование", "ЕИК", "Адрес", "Град", "Държава", "Email"]),
])
def test_greek_and_cyrillic_excel_csv_is_read_in_its_code_page(tmp_path, kind, encoding, header):
    workbook = read_workbook(write(kind, tmp_path))
    assert workbook.sheets[0].rows[0] == header
    if kind == "fr_mac":
        assert [row[2] for row in workbook.sheets[0].rows[1:]] == [
            "Besançon", "Périgueux", "Göppingen"]
    assert any(encoding in str(note) for note in workbook.notes)


@pytest.mark.parametrize(("kind", "name"), [
    ("de_cp1252", "Müller Kunststofftechnik GmbH"), ("pl_cp1250", "Zakład Mechaniczny Łódź Sp. z o.o."),
    ("fr_bom", "Cœur d'Alène Biotech"), ("es_comma", "Cerámica Castellón S.A."),
])
def test_latin_lists_keep_their_code_page(tmp_path, kind, name):
    rows = read_workbook(write(kind, tmp_path)).sheets[0].rows
    assert name in [row[0] for row in rows]


def test_greek_headers_are_mapped_with_map(tmp_path, empty_path, capsys):
    code, report = imported(capsys, empty_path, write("el_cp1253", tmp_path),
                            "--map", "Επωνυμία=legal_name", "--map", "Πόλη=city",
                            "--map", "ΑΦΜ=vat")
    assert (code, report["status"], report["created"]) == (0, "imported", 2), report
    assert directory(empty_path, "legal_name", "city", "country", "vat") == [
        ("Ελληνική Μηχανική Α.Ε.", "Αθήνα", "EL", "EL094014201"),
        ("Θεσσαλική Τεχνολογία Ι.Κ.Ε.", "Λάρισα", "EL", None)]


@pytest.mark.parametrize(("kind", "expected"), [
    ("el_cp1253", [("Ελληνική Μηχανική Α.Ε.", "Αθήνα", "EL", "EL094014201"),
                   ("Θεσσαλική Τεχνολογία Ι.Κ.Ε.", "Λάρισα", "EL", None)]),
    ("bg_cp1251", [("Българска Машиностроителна Компания ЕООД", "София", "BG", "BG175074752"),
                   ("Пловдивски Текстил АД", "Пловдив", "BG", None)]),
])
def test_greek_and_bulgarian_headers_are_mapped_without_map(tmp_path, empty_path, capsys, kind,
                                                            expected):
    code, report = imported(capsys, empty_path, write(kind, tmp_path))
    assert (code, report["status"], report["created"]) == (0, "imported", 2), report
    assert directory(empty_path, "legal_name", "city", "country", "vat") == expected


def _ukrainian_list(folder: Path) -> Path:
    """Titles in a language the word lists do not hold (Ukrainian, a partner from outside the
    EU), for what the import says of titles it cannot read."""
    path = folder / "uchasnyky.csv"
    path.write_text("Назва підприємства;Код ЄДРПОУ;Місто;Країна;Email\n"
                    "ТОВ Київські Технології;12345678;Київ;UA;info@kyivtech.ua\n"
                    "ПрАТ Львівський Завод;23456789;Львів;UA;office@lvivzavod.ua\n",
                    encoding="utf-8-sig")
    return path


def test_titles_in_an_unknown_language_are_named_not_called_missing(tmp_path, empty_path,
                                                                    capsys):
    """Without --map titles the app cannot read are listed as not imported (so the user knows
    what to map), not reported as columns without a header."""
    code, report = imported(capsys, empty_path, _ukrainian_list(tmp_path))
    assert code == 1
    notes = " ".join(report["notes"])
    assert "“Назва підприємства”" in notes and "has no header" not in notes


@pytest.mark.parametrize(("kind", "names", "row"), [
    ("de_cp1252", ["Müller Kunststofftechnik GmbH", "Schäfer & Söhne KG",
                   "Österreichische Polymer GmbH"], 8),
    ("es_xlsx", ["Textiles Alcoy S.L.", "Plásticos Vascos S.A."], 7),
])
def test_a_totals_row_is_no_organisation(tmp_path, empty_path, capsys, kind, names, row):
    code, report = imported(capsys, empty_path, write(kind, tmp_path))
    assert (code, report["created"]) == (0, len(names)), report
    assert [name for (name,) in directory(empty_path, "legal_name")] == names
    assert any("total" in note.lower() and f"row(s) {row}" in note for note in report["notes"])


def test_a_founding_date_gives_the_founding_year(tmp_path, empty_path, capsys):
    code, report = imported(capsys, empty_path, write("fr_bom", tmp_path))
    assert (code, report["created"], report["errors"]) == (0, 3, []), report
    assert directory(empty_path, "founded_year") == [(1998,), (2015,), (2001,)]


def test_a_dutch_founding_date_column_is_mapped(tmp_path, empty_path, capsys):
    code, report = imported(capsys, empty_path, write("nl_xlsx", tmp_path))
    assert (code, report["created"]) == (0, 2), report
    assert directory(empty_path, "founded_year") == [(2004,), (2016,)]
    assert not any("another list" in note for note in report["notes"])  # the instructions


def test_amounts_in_millions_or_thousands_as_the_title_says(tmp_path, empty_path, capsys):
    code, report = imported(capsys, empty_path, write("de_units", tmp_path))
    assert (code, report["created"]) == (0, 2), report
    assert directory(empty_path, "turnover", "balance_sheet", "sme_class") == [
        (4_550_000_000, 3_025_000_000, "medium"), (745_000_000, 120_000_000, "small")]
    assert any("Umsatz (Mio. €)" in note and "1,000,000" in note for note in report["notes"])


def test_amounts_in_another_currency_by_the_title_are_refused_per_row(tmp_path, empty_path,
                                                                      capsys):
    path = write("pl_cp1250", tmp_path)
    code, report = imported(capsys, empty_path, path)
    assert (code, report["status"]) == (1, "rejected")
    assert [(e["row"], e["column"]) for e in report["errors"]] == [
        (2, "Przychód (PLN)"), (3, "Przychód (PLN)")]
    assert all("PLN" in e["message"] and "EUR" in e["message"] for e in report["errors"])
    code, report = imported(capsys, empty_path, path, "--map", "Przychód (PLN)=ignore")
    assert (code, report["created"]) == (0, 2), report
    assert directory(empty_path, "legal_name", "turnover") == [
        ("Zakład Mechaniczny Łódź Sp. z o.o.", None), ("Przedsiębiorstwo Świętokrzyskie S.A.", None)]


@pytest.fixture
def returned_workbook(tmp_path: Path, capsys) -> tuple[Path, Path]:
    """The demo's workbook for participant 2 (in Italian), and the demo workspace."""
    workspace = tmp_path / "demo.cpw"
    assert main(["demo", str(workspace)]) == 0
    path = tmp_path / "levante.xlsx"
    assert main(["template", str(workspace), "--participant", "2", "-o", str(path)]) == 0
    capsys.readouterr()
    return workspace, path


@pytest.mark.parametrize("saved_as", ["xlsx", "csv"])
def test_a_partner_workbook_without_its_hidden_sheets_is_named_so(returned_workbook, capsys,
                                                                  saved_as):
    """A partner copied the visible sheets into a new workbook, or saved one as CSV: not a list
    of organisations whose header row the user should choose."""
    import csv

    import openpyxl

    workspace, path = returned_workbook
    workbook = openpyxl.load_workbook(path)
    if saved_as == "xlsx":
        for sheet in [s for s in workbook.worksheets if s.sheet_state != "visible"]:
            workbook.remove(sheet)
        copy = path.with_name("levante-copy.xlsx")
        workbook.save(copy)
    else:
        copy = path.with_name("levante.csv")
        with open(copy, "w", newline="", encoding="utf-8") as handle:
            csv.writer(handle, delimiter=";").writerows(
                workbook.worksheets[1].iter_rows(values_only=True))
    code, report = imported(capsys, workspace, copy)
    assert (code, report["status"], report["created"]) == (1, "rejected", 0)
    assert "header_row_candidates" not in report
    (error,) = report["errors"]
    assert "partner workbook" in error["message"] and "row 4" in error["message"]


def test_a_legacy_xls_list_imports(empty_path, capsys):
    """Excel 97-2003 (.xls): a title row, date cells for the founding date."""
    path = Path(__file__).parent / "corpus_qa" / "pl_czlonkowie_legacy.xls"
    code, report = imported(capsys, empty_path, path)
    assert (code, report["created"], report["errors"]) == (0, 2, []), report
    assert directory(empty_path, "legal_name", "country", "founded_year", "staff_headcount") == [
        ("Fabryka Łożysk Tocznych S.A.", "PL", 1951, 420),
        ("Ślęża Software Sp. z o.o.", "PL", 2012, 14)]


@pytest.mark.parametrize("kind", ["de_cp1252", "it_utf16", "de_ods", "cordis_org_csv"])
def test_the_wizard_service_path_reads_what_the_command_reads(tmp_path, empty_location, kind):
    """The window's wizard runs prepare_import, then finish_import with its decisions: the same
    rows, notes and outcome as the command."""
    from consortium_planner.services.file_import import (
        ImportRequest,
        finish_import,
        prepare_import,
    )

    from consortium_planner.workspace import Workspace

    path = write(kind, tmp_path)
    workspace = Workspace.open(empty_location)
    try:
        prepared = prepare_import(workspace, ImportRequest(path))
        report = finish_import(workspace, prepared)
    finally:
        workspace.close()
    assert report.status == "imported" and not report.errors, report
    assert report.created == {"de_cp1252": 3, "it_utf16": 2, "de_ods": 4,
                              "cordis_org_csv": 2}[kind]


def test_cordis_project_file_is_named_and_the_organisation_file_pointed_to(tmp_path, empty_path,
                                                                           capsys):
    code, report = imported(capsys, empty_path, write("cordis_project_csv", tmp_path))
    assert (code, report["status"]) == (1, "rejected")
    (error,) = report["errors"]
    assert "CORDIS" in error["message"] and "organization.csv" in error["message"]


def test_a_value_merged_down_several_rows_is_each_rows(tmp_path, empty_path, capsys):
    code, report = imported(capsys, empty_path, write("two_lists", tmp_path))
    assert code == 0, report
    assert directory(empty_path, "legal_name", "country") == [
        ("Alpha GmbH", "DE"), ("Beta GmbH", "DE"), ("Gamma GmbH", "DE")]
    assert any("merged" in note and "B2:B4" in note for note in report["notes"])


def test_a_second_list_on_another_sheet_is_said_and_imported_with_sheet(tmp_path, empty_path,
                                                                        capsys):
    path = write("two_lists", tmp_path)
    code, report = imported(capsys, empty_path, path)
    assert code == 0 and report["created"] == 3
    assert any("“Members FR”" in note and "2 row" in note for note in report["notes"]), report
    code, report = imported(capsys, empty_path, path, "--sheet", "Members FR")
    assert (code, report["created"]) == (0, 2), report
    assert not any("Members DE" in note for note in report["notes"])
    assert len(directory(empty_path, "id")) == 5


def test_numbers_a_person_wrote_say_what_to_write(tmp_path, empty_path, capsys):
    """A headcount written "ca. 50" or "250+" is refused with what to write instead; a founding
    year in words ("seit 2001", "1990/91") is that year."""
    path = tmp_path / "mitglieder.csv"
    path.write_text("Firma;Land;Mitarbeiter;Gründungsjahr\nAlpha GmbH;DE;ca. 50;seit 2001\n"
                    "Beta GmbH;DE;12;1990/91\nGamma GmbH;DE;250+;gegr. 1875\n", encoding="utf-8")
    code, report = imported(capsys, empty_path, path, "--skip-invalid")
    assert [(e["row"], e["column"]) for e in report["errors"]] == [
        (2, "Mitarbeiter"), (4, "Mitarbeiter")]
    assert all("such as" in e["message"] for e in report["errors"]), report["errors"]
    assert directory(empty_path, "legal_name", "founded_year") == [("Beta GmbH", 1990)]
    path.write_text("Firma;Land;Gründungsjahr\nAlpha GmbH;DE;seit 2001\nGamma GmbH;DE;gegr. 1875\n",
                    encoding="utf-8")
    code, report = imported(capsys, empty_path, path)
    assert (code, report["errors"]) == (0, []), report
    assert directory(empty_path, "founded_year") == [(1990,), (2001,), (1875,)]


def test_a_totals_row_labelled_in_another_column_is_no_organisation(tmp_path, empty_path,
                                                                     capsys):
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in (["Company", "Country", "City", "Staff", "Turnover (EUR)"],
                ["Alpha Ltd", "IE", "Cork", 12, 1500000], ["Beta GmbH", "DE", "Köln", 40, 7000000],
                [None, None, "Total:", 52, 8500000]):
        sheet.append(row)
    workbook.save(tmp_path / "sums.xlsx")
    code, report = imported(capsys, empty_path, tmp_path / "sums.xlsx")
    assert (code, report["created"], report["errors"]) == (0, 2, []), report
    assert any("totals row(s)" in note and "row(s) 4" in note for note in report["notes"])


@pytest.mark.parametrize("text", ["Firma;Ort\nMüller GmbH;Göppingen\nSchäfer KG;Würzburg\n",
                                  "Nombre;Ciudad\nCerámica Castellón;Logroño\n",
                                  "Nome;Città\nCittà di Castello Srl;Forlì\n"])
def test_a_mac_csv_in_german_spanish_or_italian_reads_without_mojibake(text):
    from consortium_planner.importing.readers import decode_text

    decoded, note = decode_text(text.encode("mac_roman"))
    assert (decoded, "Mac Roman" in note) == (text, True)


def test_a_list_without_a_type_column_says_what_type_it_gives(tmp_path, empty_path, capsys):
    """The organisations become "Other", which decides their funding rate: the report says so."""
    code, report = imported(capsys, empty_path, write("it_utf16", tmp_path))
    assert code == 0
    assert any("“Other”" in note and "type" in note for note in report["notes"]), report["notes"]
    code, report = imported(capsys, empty_path, write("cordis_org_csv", tmp_path))
    assert not any("“Other”" in note for note in report["notes"])


def test_a_partner_workbook_saved_as_ods_says_to_save_it_as_xlsx(returned_workbook, capsys):
    import openpyxl

    from tests.importing.conftest import write_ods

    workspace, path = returned_workbook
    workbook = openpyxl.load_workbook(path)
    ods = write_ods(path.with_suffix(".ods"), [
        (sheet.title, [list(row) for row in sheet.iter_rows(values_only=True)],
         sheet.sheet_state != "visible") for sheet in workbook.worksheets])
    code, report = imported(capsys, workspace, ods)
    assert (code, report["status"]) == (1, "rejected")
    (error,) = report["errors"]
    assert "partner workbook" in error["message"] and ".xlsx" in error["message"]
    assert "saved as CSV" not in error["message"]


def test_a_pipe_separated_list_is_read(tmp_path, empty_path, capsys):
    path = tmp_path / "export.csv"
    path.write_text("Name|Country|VAT\nAlpha GmbH|DE|DE136695976\nBeta SARL|FR|\n", encoding="utf-8")
    code, report = imported(capsys, empty_path, path)
    assert (code, report["created"]) == (0, 2), report


def test_the_command_says_how_to_map_a_column_it_is_told_to_map(tmp_path, empty_path, capsys):
    """"map one (Header=legal_name)" is the wizard's wording too; the command adds its option."""
    assert main(["import", str(empty_path), str(_ukrainian_list(tmp_path))]) == 1
    out = capsys.readouterr().out
    assert '--map "Назва підприємства=legal_name"' in out or '--map "TITLE=field"' in out


def test_a_list_with_a_header_only_says_there_is_nothing_below_it(tmp_path, empty_path, capsys):
    path = tmp_path / "template.csv"
    path.write_text("Legal name;Country;VAT\n", encoding="utf-8")
    code, report = imported(capsys, empty_path, path)
    assert (code, report["rows_read"]) == (0, 0)
    assert any("no rows below its header" in note and "row 1" in note
               for note in report["notes"]), report["notes"]


def test_numbers_excel_wrote_in_scientific_notation_say_how_to_save_them(tmp_path, empty_path,
                                                                         capsys):
    path = tmp_path / "mitglieder.csv"
    path.write_text("Firma;Land;PIC;Umsatz\nAlpha GmbH;DE;9,99999999E+08;1,2E+06\n",
                    encoding="utf-8")
    code, report = imported(capsys, empty_path, path)
    assert code == 1
    assert [e["column"] for e in report["errors"]] == ["PIC", "Umsatz"]
    assert all("scientific notation" in e["message"] for e in report["errors"]), report["errors"]


def test_a_value_merged_down_rows_of_an_ods_is_each_rows(tmp_path, empty_path, capsys):
    code, report = imported(capsys, empty_path, write("de_ods", tmp_path))
    assert (code, report["created"]) == (0, 4), report
    assert directory(empty_path, "legal_name", "country")[2:] == [
        ("Hochschule Testhausen", "AT"), ("Testwerk Linz GmbH", "AT")]
    assert any("B7:B8" in note for note in report["notes"]), report["notes"]
