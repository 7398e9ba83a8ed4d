"""Import problems in another language: every message id of importing/ (and of the partner
returns and list import services) has a translation in fr, de, es, it and pl with the same
placeholders; a problem and a refusal keep their English text (the command line and `--json`
print it) and are worded in any language from the same Message."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from translation_coverage import PACKAGE, TRANSLATED, literals, placeholders, untranslated

from consortium_planner.importing.errors import ImportFileError
from consortium_planner.importing.plan import build_organisation_plan
from consortium_planner.importing.readers import read_workbook
from consortium_planner.reference.languages import catalogue
from consortium_planner.reference.wording import wording

MODULES = [*sorted((PACKAGE / "importing").glob("*.py")),
           PACKAGE / "services" / "partner_returns.py",
           PACKAGE / "services" / "organisation_import.py",
           PACKAGE / "reference" / "countries.py"]


def test_every_import_message_has_a_translation_in_every_language() -> None:
    found = literals(MODULES)
    assert len(found) >= 150
    assert untranslated(found) == []


@pytest.mark.parametrize("language", TRANSLATED)
def test_import_translations_keep_their_placeholders(language: str) -> None:
    texts = catalogue(language)
    for message in literals(MODULES):
        assert placeholders(texts.gettext(message)) == placeholders(message), (language, message)


def test_row_problems_keep_english_and_word_in_german(tmp_path: Path) -> None:
    path = tmp_path / "members.csv"
    path.write_text("Name;Country;PIC;Staff\nGood Ltd;IE;;12\nBad GmbH;Narnia;12;-3\n"
                    "Ok Srl;IT;;3-5\n", encoding="utf-8")
    plan = build_organisation_plan(path)
    german = wording("de")
    by_row = sorted((p.row, p.column, p.message, p.worded(german)) for p in plan.errors)
    assert [(row, column) for row, column, _, _ in by_row] == [
        (3, "Country"), (3, "PIC"), (3, "Staff"), (4, "Staff")]
    assert by_row[0][2] == "“Narnia” is not a country name or code (such as DE, EL or TW)"
    assert by_row[0][3] == "„Narnia“ ist kein Ländername oder -code (etwa DE, EL oder TW)"
    assert by_row[1][3] == "„12“ ist keine PIC (9 Ziffern)"
    assert by_row[2][3] == "„-3“ ist negativ"
    assert by_row[3][3] == "„3-5“ ist ein Bereich; geben Sie eine Zahl an"


def test_a_file_refusal_keeps_english_and_words_in_polish(tmp_path: Path) -> None:
    path = tmp_path / "report.xlsx"
    path.write_bytes(b"%PDF-1.7 not a spreadsheet")
    with pytest.raises(ImportFileError) as refused:
        read_workbook(path)
    assert refused.value.message == "“report.xlsx” is a PDF document, not a spreadsheet."
    assert str(refused.value) == refused.value.message
    assert refused.value.worded(wording("pl")) == (
        "„report.xlsx” to dokument PDF, a nie arkusz kalkulacyjny.")
    assert ImportFileError("plain").worded(wording("fr")) == "plain"


def test_partner_workbook_problems_word_labels_and_numbers_in_french(tmp_path: Path,
                                                                     demo_path: Path) -> None:
    from partner_workbook_fill import make_workbook

    from consortium_planner.formats.partner_workbook import SHEET_COSTS
    from consortium_planner.importing.partner_workbook import read_partner_workbook

    path = make_workbook(demo_path, tmp_path / "returned.xlsx")
    workbook = openpyxl.load_workbook(path)
    costs = workbook[SHEET_COSTS]
    row = next(r for r in range(5, 300) if costs.cell(r, 3).value)
    costs.cell(row, 4).value = -2
    workbook.save(path)
    quantity, amount = read_partner_workbook(path).errors
    assert (quantity.row, quantity.column, amount.column) == (row, "D", "F")
    assert quantity.message == "Quantity: -2 is negative; it must be zero or more"
    assert quantity.worded(wording("fr")) == (
        "Quantité : -2 est négatif ; la valeur doit être zéro ou plus")
    assert amount.worded(wording("it")) == (
        "Indicare una quantità e un costo unitario, o digitare l'importo.")
    assert quantity.located(wording("pl")) == (
        f"{SHEET_COSTS}, wiersz {row}, D: Ilość: -2 jest ujemne; musi wynosić zero lub więcej")


def test_a_vat_warning_names_the_country_in_the_language() -> None:
    from consortium_planner.importing.normalise import parse_vat

    value, [warning] = parse_vat("DE 123456789", "VAT", "DE")
    assert value == "DE123456789"
    assert warning.message == ("“DE 123456789”: its check digit is wrong for a VAT number of "
                               "Germany (DE)")
    assert warning.said is not None
    assert warning.said.render(wording("de")) == (
        "„DE 123456789“: ihre Prüfziffer ist für eine USt-IdNr. aus Deutschland (DE) falsch")
    assert "Niemcy (DE)" in warning.said.render(wording("pl"))


def test_plan_notes_and_column_reasons_keep_english_and_word_in_french(tmp_path: Path) -> None:
    from consortium_planner.importing.errors import worded

    path = tmp_path / "members.csv"
    path.write_text("Members;;\nName;Where;\nGood Ltd;IE;x\n;;\nFine Srl;IT;\nNova Srl;FR;\n"
                    "Bold Oy;FI;\n", encoding="utf-8")
    plan = build_organisation_plan(path)
    french = wording("fr")
    notes = {note: worded(note, french) for note in plan.notes}
    assert notes["The header starts on row 2; the rows above it were skipped."] == (
        "L'en-tête commence à la ligne 2 ; les lignes au-dessus ont été ignorées.")
    assert notes["1 blank row(s) were skipped: row(s) 4."] == (
        "1 ligne(s) vide(s) ignorée(s) : ligne(s) 4.")
    assert notes["Column C has no header but holds data in 1 row(s); it was not imported."] == (
        "La colonne C n'a pas d'en-tête mais contient des données sur 1 ligne(s) ; elle n'a pas "
        "été importée.")
    reason = plan.column_reasons["Where"]
    assert reason == "4 of 5 values look like country names or codes"
    assert worded(reason, french) == "4 valeurs sur 5 ressemblent à des noms ou codes de pays"
    assert notes["Column “Where” is read as country: " + reason + "."] == (
        "La colonne « Where » est lue comme country : " + worded(reason, french) + ".")
    assert worded("plain", french) == "plain"


def test_how_a_file_was_read_is_worded_in_polish() -> None:
    from consortium_planner.importing.errors import worded
    from consortium_planner.importing.readers import decode_text

    _, note = decode_text("Zażółć gęślą jaźń".encode("cp1250"))
    assert note == ("The file is not UTF-8; it was read as Windows-1250 (Central European) "
                    "text. Check accented letters in the preview.")
    assert worded(note, wording("pl")) == (
        "Plik nie jest w UTF-8; odczytano go jako tekst Windows-1250 (środkowoeuropejski). "
        "Sprawdź litery ze znakami diakrytycznymi w podglądzie.")


def test_a_cut_row_list_says_how_many_more_in_the_language() -> None:
    from consortium_planner.importing.errors import worded
    from consortium_planner.importing.plan import row_list

    rows = row_list(list(range(1, 200, 2)))
    assert rows.endswith(", 79 and 60 more")
    assert worded(rows, wording("pl")).endswith(", 79 i 60 więcej")
    assert row_list([4, 5, 9]) == "4-5, 9"


def test_fields_in_notes_are_keys_in_english_and_the_front_ends_labels_when_worded() -> None:
    """'also means legal_name' named the field by its key in a German window too; the window
    now passes its own field labels (the wizard's), the command line keeps the key."""
    from dataclasses import replace

    from consortium_planner.importing.errors import worded
    from consortium_planner.importing.headers import map_headers
    from consortium_planner.reference.wording import wording

    mapping = map_headers(["Name", "Legal name"])
    reason = mapping.reasons[1]
    assert reason == "also means legal_name, which an earlier column fills"
    labelled = replace(wording("de"), field_names={"legal_name": "Rechtsname"}.__getitem__)
    assert worded(reason, labelled) == "bedeutet auch Rechtsname, das eine frühere Spalte füllt"
    assert "legal_name" in worded(reason, wording("de"))  # no labels given: the key
