"""Partner workbooks in the partner's language (issue 17): written in each of the six languages,
filled in as a partner would (with that language's drop-down values), returned and imported,
each gives what the English one gives; a Polish workbook shows no English left; version 3
English workbooks still read; the CLI's --language."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from partner_workbook_fill import snapshot_of
from test_partner_workbook_roundtrip import participant_state

from consortium_planner.cli import main
from consortium_planner.domain.vocab import COST_CATEGORY_LABELS, CostCategory
from consortium_planner.exporting.partner_template import (
    CATEGORY_HELP,
    workbook_language,
    write_partner_workbook,
)
from consortium_planner.formats.partner_workbook import (
    COST_HEADINGS,
    EFFORT_HEADINGS,
    EFFORT_KEY_HEADING,
    IDENTITY_KEYS_V2,
    PROFILE_FIELDS,
    PROFILE_HEADINGS,
    PROFILE_ROWS,
    SHEET_IDENTITY,
    YES,
    identity_checksum,
    in_any_language,
)
from consortium_planner.importing.partner_workbook import _heading_key, read_partner_workbook
from consortium_planner.reference.languages import LANGUAGES, catalogue
from consortium_planner.services.partner_returns import import_partner_workbook
from consortium_planner.workspace import Workspace

D = Decimal
PARTICIPANT = 3  # FAMAV, Spain


def _sheets(workbook: openpyxl.Workbook) -> tuple:
    """Organisation, Effort and Costs, by position: their names depend on the language."""
    return workbook.worksheets[1], workbook.worksheets[2], workbook.worksheets[3]


def _row_of(sheet, column: int, text: str) -> int:
    for row in range(5, 300):
        if sheet.cell(row, column).value == text:
            return row
    raise AssertionError(f"{text!r} not in column {column} of {sheet.title}")


def _blank_cost_row(sheet) -> int:
    for row in range(5, 300):
        if all(sheet.cell(row, column).value in (None, "") for column in range(1, 6)):
            return row
    raise AssertionError("no blank cost line")


def _fill_as_partner(path: Path, language: str) -> Path:
    """The same answers in every language, typed with that language's own list values."""
    texts = catalogue(language)
    workbook = openpyxl.load_workbook(path)
    organisation, effort, costs = _sheets(workbook)
    organisation.cell(PROFILE_ROWS["city"], 2).value = "Málaga"
    organisation.cell(PROFILE_ROWS["staff_headcount"], 2).value = 130
    organisation.cell(PROFILE_ROWS["profit"], 2).value = texts.gettext(YES)
    organisation.cell(PROFILE_ROWS["org_type"], 2).value = texts.gettext("SME")
    organisation.cell(PROFILE_ROWS["value_chain_roles"], 2).value = "; ".join(
        texts.gettext(name) for name in ("Manufacturer", "End user / customer"))
    organisation.cell(PROFILE_ROWS["monthly_personnel_cost"], 2).value = 5123.45
    effort.cell(_row_of(effort, 1, "WP1"), 6).value = 3.25
    effort.cell(_row_of(effort, 1, "WP6"), 6).value = "6,5"
    row = _blank_cost_row(costs)
    for offset, (category, work_package, description, quantity, unit_cost, amount) in enumerate((
        (CostCategory.B, "WP4", "Testing laboratory", None, None, 12345.67),
        (CostCategory.C1, "WP6", "Trade fair", 2.5, 333.33, None),
        (CostCategory.D1, None, "Vouchers for 3 SMEs", None, None, "45000"),
    )):
        values = (texts.gettext(COST_CATEGORY_LABELS[category]), work_package, description,
                  quantity, unit_cost, amount)
        for column, value in enumerate(values, start=1):
            if value is not None:
                costs.cell(row + offset, column).value = value
    workbook.save(path)
    return path


def _imported_state(demo_path: Path, tmp_path: Path, language: str) -> dict:
    workspace_path = tmp_path / f"{language}.cpw"
    shutil.copyfile(demo_path, workspace_path)
    path = write_partner_workbook(snapshot_of(workspace_path), PARTICIPANT,
                                  tmp_path / f"p3-{language}.xlsx", language=language)
    _fill_as_partner(path, language)
    with Workspace.open(workspace_path) as workspace:
        result = import_partner_workbook(workspace, path)
    assert result.status == "imported", [e.message for e in result.errors]
    state = participant_state(workspace_path, PARTICIPANT)
    state["warnings"] = [(w.row, w.column) for w in result.warnings]  # numbers typed as text
    return state


def test_a_workbook_in_each_language_imports_as_the_english_one(
    demo_path: Path, tmp_path: Path
) -> None:
    english = _imported_state(demo_path, tmp_path, "en")
    assert english["organisation"].city == "Málaga"
    assert english["organisation"].profit is True
    assert english["effort"][6] == D("6.50")
    assert len(english["warnings"]) == 2
    assert ("B", 4, "Testing laboratory", None, None, D("12345.67")) in english["costs"]
    for language in LANGUAGES:
        if language != "en":
            state = _imported_state(demo_path, tmp_path, language)
            assert state == english, language


def test_the_participants_language_is_its_choice_else_its_countrys(demo_path: Path) -> None:
    snapshot = snapshot_of(demo_path)
    famav = snapshot.participant(PARTICIPANT)
    assert famav.organisation.country == "ES" and famav.workbook_language is None
    assert workbook_language(famav) == "es"
    from dataclasses import replace

    assert workbook_language(replace(famav, workbook_language="pl")) == "pl"


def _visible_texts(workbook: openpyxl.Workbook) -> list[tuple[str, str, str]]:
    """(sheet, cell, text) of every text a partner sees: cells of the visible sheets, and the
    values of the hidden Lists sheet that the drop-downs show (not its first row: the column
    keys the reader looks for, which no partner sees)."""
    texts = []
    for sheet in workbook.worksheets:
        if sheet.title == SHEET_IDENTITY:
            continue
        hidden = sheet.sheet_state != "visible"
        for row in sheet.iter_rows(min_row=2 if hidden else 1):
            for cell in row:
                if isinstance(cell.value, str) and not cell.value.startswith("="):
                    texts.append((sheet.title, cell.coordinate, cell.value))
    return texts


def test_a_polish_workbook_has_no_english_left(demo_path: Path, tmp_path: Path) -> None:
    """The Polish workbook looked at cell by cell (LibreOffice is not installed here): every
    text the template wrote is Polish; what stays as it is are the partner's data (names,
    titles, descriptions), codes (PIC, NUTS, WP1) and the hidden English "Lists" sheet name."""
    path = write_partner_workbook(snapshot_of(demo_path), PARTICIPANT, tmp_path / "pl.xlsx",
                                  language="pl")
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == ["Instrukcja", "Organizacja", "Nakład pracy", "Koszty",
                                   "Podsumowanie", "Lists", SHEET_IDENTITY]
    polish = catalogue("pl")
    english_texts = {message for message in polish.messages
                     if polish.gettext(message) != message}
    left = [(sheet, cell, text) for sheet, cell, text in _visible_texts(workbook)
            if text in english_texts]
    assert left == []
    instructions = workbook["Instrukcja"]
    assert instructions["A1"].value == "Skoroszyt partnera: CIRCOMP"
    assert "Przygotowany przez koordynatora" in instructions["A4"].value
    organisation = workbook["Organizacja"]
    assert organisation.cell(4, 1).value == "Pole"
    assert organisation.cell(PROFILE_ROWS["org_type"], 1).value == "Rodzaj organizacji"
    assert organisation.cell(PROFILE_ROWS["country"], 2).value == "Hiszpania (ES)"
    assert organisation.cell(PROFILE_ROWS["profit"], 2).value in ("Tak", "Nie")
    lists = workbook["Lists"]
    assert [lists.cell(row, 6).value for row in (2, 3)] == ["Tak", "Nie"]
    assert lists.cell(2, 4).value == "A. Personel"
    assert "Polska (PL)" in [lists.cell(row, 1).value for row in range(2, 60)]
    messages = {(v.errorTitle, v.error) for sheet in workbook.worksheets
                for v in sheet.data_validations.dataValidation}
    assert ("Proszę wybrać z listy", "Proszę wybrać kraj z listy rozwijanej.") in messages
    assert any(error.startswith("Osobomiesiące: proszę wpisać liczbę") for _, error in messages)
    assert all(title and error for title, error in messages)
    summary = workbook["Podsumowanie"]
    labels = [summary.cell(row, 1).value for row in range(5, 25)]
    assert "Łączne koszty kwalifikowalne" in labels and "E. Koszty pośrednie" in labels
    formulas = [summary.cell(row, 2).value for row in range(5, 25)]
    assert "=SUM('Nakład pracy'!$F$5:$F$10)" in formulas
    assert any('"A. Personel"' in str(formula) for formula in formulas)
    costs = workbook["Koszty"]
    travel = _row_of(costs, 3, "Travel to six consortium meetings")
    assert costs.cell(travel, 1).value == "C.1 Podróże i diety"
    assert isinstance(costs.cell(travel, 4).value, (int, float))  # numbers stay numbers


def test_a_version_3_english_workbook_still_reads(demo_path: Path, tmp_path: Path) -> None:
    """A workbook made before workbooks had a language: no language in its identity."""
    path = write_partner_workbook(snapshot_of(demo_path), PARTICIPANT, tmp_path / "v3.xlsx")
    workbook = openpyxl.load_workbook(path)
    identity = workbook[SHEET_IDENTITY]
    values = {identity.cell(row, 1).value: identity.cell(row, 2).value or ""
              for row in range(1, 14) if identity.cell(row, 1).value}
    values["template_version"] = "3"
    for row in range(1, 14):
        identity.cell(row, 1).value = identity.cell(row, 2).value = None
    for row, key in enumerate((*IDENTITY_KEYS_V2, "checksum"), start=1):
        identity.cell(row, 1).value = key
        identity.cell(row, 2).value = (identity_checksum(values, 3) if key == "checksum"
                                       else values[key])
    workbook.save(path)
    plan = read_partner_workbook(path)
    assert plan.errors == []
    assert (plan.identity.template_version, plan.identity.language) == (3, "en")
    assert plan.profile["legal_name"] == "Fundación Andaluza de Materiales Avanzados"


def test_the_identity_names_the_language(demo_path: Path, tmp_path: Path) -> None:
    path = write_partner_workbook(snapshot_of(demo_path), PARTICIPANT, tmp_path / "it.xlsx",
                                  language="Italiano")
    assert read_partner_workbook(path).identity.language == "it"


@pytest.mark.parametrize("headings", [PROFILE_HEADINGS, EFFORT_HEADINGS + (EFFORT_KEY_HEADING,),
                                      COST_HEADINGS,
                                      tuple(field.label for field in PROFILE_FIELDS)])
def test_no_two_headings_read_alike_in_any_language(headings: tuple[str, ...]) -> None:
    """The reader maps every language's heading back to one English heading: two headings of
    one table must never share a translation, whatever the languages."""
    owner: dict[str, str] = {}
    for heading in headings:
        for text in in_any_language(heading):
            assert owner.setdefault(_heading_key(text), heading) == heading, (text, heading)


def test_category_labels_keep_their_code_in_every_language() -> None:
    """A category typed by its code alone still reads ("C.1" in any language), and a label
    leads with it, so the Summary's base names (A, B, C...) stay true."""
    for language in LANGUAGES:
        texts = catalogue(language)
        for category, label in COST_CATEGORY_LABELS.items():
            assert texts.gettext(label).split(" ")[0] == label.split(" ")[0], (language, label)
        for help_text in CATEGORY_HELP.values():
            assert texts.has(help_text), (language, help_text)


def test_cli_language_option(demo_path: Path, tmp_path: Path, capsys) -> None:
    target = tmp_path / "p3.xlsx"
    assert main(["template", str(demo_path), "--participant", "3", "--language", "de",
                 "-o", str(target)]) == 0
    assert openpyxl.load_workbook(target).sheetnames[:5] == [
        "Anleitung", "Organisation", "Aufwand", "Kosten", "Übersicht"]
    assert main(["template", str(demo_path), "--participant", "3", "-o", str(target)]) == 0
    assert openpyxl.load_workbook(target).sheetnames[3] == "Costes"  # FAMAV is in Spain
    capsys.readouterr()
    assert main(["template", str(demo_path), "--participant", "3", "--language", "klingon",
                 "-o", str(target)]) == 2
    error = capsys.readouterr().err
    assert "klingon" in error
    assert all(code in error for code in LANGUAGES) and "Polski" in error
