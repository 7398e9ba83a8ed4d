"""The compare reports in another language: a German PDF and workbook name sections, items,
fields, vocabulary values and changes in German and write numbers as German writes them; the
English wording stays as the command line and the README show it."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from compare_scenarios import make_scenario
from consortium_planner.domain.compare import Comparison
from consortium_planner.domain.money import format_amount
from consortium_planner.exporting.compare_pdf import write_compare_pdf
from consortium_planner.exporting.compare_text import comparison_text, delta_text, value_text
from consortium_planner.exporting.compare_xlsx import build_compare_workbook
from consortium_planner.reference.wording import wording
from consortium_planner.services.compare import compare_sides
from consortium_planner.workspace import Workspace

# what the English rows say, none of which a German report may show
ENGLISH = ("Work plan", "Start month", "Person-months", "(derived)", "removed",
           "Beneficiary", "beneficiary", "transition", "passes", "Outcome")


@pytest.fixture
def comparison(demo_path: Path) -> Comparison:
    """CIRCOMP against CIRCOMP-B: HCR (P7, an SME beneficiary in a transition region) gone,
    WP3 two months later."""
    make_scenario(demo_path)
    workspace = Workspace.open(demo_path, read_only=True)
    try:
        with workspace.sessions() as session:
            return compare_sides(session, ["CIRCOMP", "CIRCOMP-B"])
    finally:
        workspace.close()


def test_a_german_compare_pdf_is_in_german_with_german_numbers(comparison: Comparison,
                                                               tmp_path: Path) -> None:
    path = write_compare_pdf(comparison, tmp_path / "de.pdf", language="de")
    text = re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(path).pages))
    for german in ("Konsortium", "Arbeitsplan", "Prüfungen", "Rolle", "Begünstigter",
                   "Regionenkategorie", "Übergang", "Organisationstyp", "KMU", "Startmonat",
                   "+2 Monate", "entfernt", "(abgeleitet)", "bestanden", "Ergebnis",
                   "Teilnehmer: CIRCOMP-B: HCR entfernt.", "Monatliche Personalkosten"):
        assert german in text, german
    for english in (*ENGLISH, "2 Consortium"):
        assert english not in text, english
    total = comparison.totals[0]["total_eligible"]
    assert "6.836.020,00" == wording("de").money(total) and "6.836.020,00" in text
    assert format_amount(total) not in text  # "6,836,020.00"
    assert "-7.000,00 (-100 %)" in text  # HCR's monthly personnel cost, gone


def test_a_german_compare_workbook_words_its_cells_in_german(comparison: Comparison) -> None:
    sheet = build_compare_workbook(comparison, "de")["Vergleich"]
    rows = {(row[0], row[1], row[2]): row[3:5] for row in sheet.iter_rows(min_row=2,
                                                                           values_only=True)}
    assert rows[("Konsortium", "HCR", "Rolle")] == ("Begünstigter", None)
    assert rows[("Konsortium", "HCR", "Regionenkategorie")] == ("Übergang", None)
    assert rows[("Konsortium", "HCR", "Organisationstyp")] == ("KMU", None)
    assert rows[("Projekt", "Projekt", "Startdatum")] == ("1. März 2027",) * 2
    assert rows[("Arbeitsplan", "WP3", "Startmonat")] == (4, 6)  # figures stay numbers
    assert ("Aufwand", "Summe", "Personenmonate (abgeleitet)") in rows
    cells = {str(value) for row in sheet.iter_rows(values_only=True) for value in row}
    for english in (*ENGLISH, "Consortium"):
        assert english not in cells, english


def test_english_reads_as_before(comparison: Comparison) -> None:
    """The command line's English: stored codes shown as labels, deltas as the README shows."""
    text = comparison_text(comparison)
    assert text.startswith("Reference: CIRCOMP; compared: CIRCOMP-B")
    assert "Participants: CIRCOMP-B: HCR removed." in text
    assert "M6 [+2 months]" in text and "— [removed]" in text
    assert "46.00 [-2.00 (-4.2 %)]" in text
    row = next(r for r in comparison.rows if r.entity == "HCR" and r.field == "Role")
    assert value_text(row, row.values[0]) == "Beneficiary" and delta_text(row, 1) == "removed"
    assert comparison_text(comparison, wording("de")).startswith(
        "Referenz: CIRCOMP; verglichen: CIRCOMP-B")


def test_a_percent_delta_keeps_the_language_decimal_mark(comparison: Comparison) -> None:
    row = next(r for r in comparison.rows if r.entity == "Total" and r.field == "Person-months")
    assert row.percent(1) is not None and row.percent(1) < Decimal(0)
    assert delta_text(row, 1, wording("fr")).endswith(" %)") and "," in delta_text(
        row, 1, wording("fr"))
