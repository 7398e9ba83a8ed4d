"""The exports in another language: every text of exporting/ has a translation in fr, de, es,
it and pl; a French PDF and a German workbook carry translated headings, month names and numbers
in the language's locale, and the same totals as `summary --json`."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest
from babel.numbers import get_decimal_symbol, get_group_symbol
from exporting_formulas import Evaluator
from pypdf import PdfReader
from translation_coverage import PACKAGE, TRANSLATED, literals, placeholders, untranslated

from consortium_planner.domain.money import format_amount
from consortium_planner.exporting.csv_tables import write_csv_tables
from consortium_planner.exporting.pdf_report import write_pdf
from consortium_planner.exporting.xlsx_workbook import build_workbook, sheet_names
from consortium_planner.reference.languages import catalogue, number_locale
from consortium_planner.reference.wording import wording
from consortium_planner.rules.engine import run_checks
from consortium_planner.services.summary import summary_document

# partner_template.py is the partner workbook's (workbooks.po, another owner's subject)
MODULES = sorted(path for path in (PACKAGE / "exporting").glob("*.py")
                 if path.name != "partner_template.py")


def test_every_export_text_has_a_translation_in_every_language() -> None:
    found = literals(MODULES)
    assert len(found) > 150  # the extractor sees the texts (a renamed keyword would hide them)
    assert untranslated(found) == []


@pytest.mark.parametrize("language", TRANSLATED)
def test_translations_keep_their_placeholders(language: str) -> None:
    texts = catalogue(language)
    for message in literals(MODULES):
        assert placeholders(texts.gettext(message)) == placeholders(message), (language, message)


@pytest.mark.parametrize("language", TRANSLATED)
def test_sheet_names_are_valid_excel_names(language: str) -> None:
    names = list(vars(sheet_names(wording(language))).values())
    assert len(set(names)) == len(names)
    for name in names:
        assert 0 < len(name) <= 31 and not re.search(r"[\[\]:*?/\\]", name), name


def _localised(amount: Decimal, language: str) -> str:
    locale = number_locale(language)
    return format_amount(amount, get_group_symbol(locale), get_decimal_symbol(locale))


def test_a_french_pdf_is_in_french_with_french_numbers_and_the_same_totals(
    snapshot, tmp_path: Path
) -> None:
    path = write_pdf(snapshot, tmp_path / "fr.pdf", workspace_name="ws",
                     findings=run_checks(snapshot, "fr"), language="fr")
    text = re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(path).pages))
    for heading in ("Synthèse du consortium", "Participants par pays et par catégorie de région",
                    "Tableau 3.1a : liste des lots de travaux", "Diagramme de Gantt",
                    "4 Contrôles d'éligibilité", "Page 1 sur"):
        assert heading in text
    assert "Consortium summary" not in text and "Work plan" not in text
    totals = summary_document(snapshot)["totals"]
    for key in ("total_eligible", "eu_contribution", "own_contribution"):
        amount = Decimal(totals[key])
        assert snapshot.budget.totals[key] == amount
        # pypdf gives the narrow no-break space of French grouping back as a space
        assert _localised(amount, "fr").replace("\u202f", " ") in text, key
        assert format_amount(amount) not in text, text[text.find(format_amount(amount)) - 300:][:400]
    start = snapshot.project.start_date
    month = wording("fr").month_short(start.year, start.month)
    assert month in text  # the Gantt's calendar months, as French writes them


def test_a_german_workbook_has_german_sheets_and_headers_and_formulas_still_agree(
    snapshot,
) -> None:
    workbook = build_workbook(snapshot, language="de")
    assert workbook.sheetnames[:3] == ["Übersicht", "Partner", "Budget"]
    assert "Kostenposten" in workbook.sheetnames
    budget = workbook["Budget"]
    assert [budget.cell(1, c).value for c in (1, 2, 3)] == ["Nr.", "Teilnehmer",
                                                            "Personenmonate"]
    assert budget.cell(1, 12).value == "Förderfähige Kosten gesamt"
    evaluator = Evaluator(workbook)
    document = summary_document(snapshot)
    total_row = len(document["participants"]) + 2
    for column, key in ((12, "total_eligible"), (14, "eu_contribution"),
                        (15, "own_contribution")):
        assert f"{evaluator.value('Budget', total_row, column):.2f}" == document["totals"][key]
        cell = budget.cell(total_row, column)
        assert isinstance(cell.value, str) and cell.value.startswith("=SUM(")  # still a formula
    labels = {workbook["Übersicht"].cell(row, 1).value: evaluator.value("Übersicht", row, 2)
              for row in range(17, 30)}
    assert f"{labels['EU-Beitrag']:.2f}" == document["totals"]["eu_contribution"]


def test_csv_headers_follow_the_language_and_the_numbers_do_not(snapshot, tmp_path) -> None:
    english = write_csv_tables(snapshot, tmp_path / "en")
    polish = write_csv_tables(snapshot, tmp_path / "pl", language="pl")
    assert [path.name for path in english] == [path.name for path in polish]
    en_lines = english[1].read_text(encoding="utf-8-sig").splitlines()
    pl_lines = polish[1].read_text(encoding="utf-8-sig").splitlines()
    assert pl_lines[0].startswith("Nr,Uczestnik,Osobomiesiące")
    assert en_lines[1] == pl_lines[1]  # figures are written the same in every language


def test_export_command_takes_a_language_and_refuses_an_unknown_one(
    workspace_path: Path, tmp_path: Path, capsys
) -> None:
    from openpyxl import load_workbook

    from consortium_planner.cli import main

    xlsx = tmp_path / "it.xlsx"
    assert main(["export", str(workspace_path), "--xlsx", str(xlsx), "--language", "it_IT"]) == 0
    assert load_workbook(xlsx).sheetnames[0] == "Sintesi"
    with pytest.raises(SystemExit) as raised:
        main(["export", str(workspace_path), "--xlsx", str(tmp_path / "x.xlsx"),
              "--language", "Klingon"])
    assert raised.value.code == 2
    assert "unknown language 'Klingon'; choose one of en (English)" in capsys.readouterr().err
    assert not (tmp_path / "x.xlsx").exists()


def test_sectors_are_titled_in_the_export_language() -> None:
    from consortium_planner.exporting.value_chain_tables import sector_label

    assert sector_label("25.62", wording("fr")) == "25.62 Usinage"
    assert sector_label("25.62", wording("pl")) == "25.62 Obróbka mechaniczna elementów metalowych"
    assert sector_label("25.62") == "25.62 Machining"
