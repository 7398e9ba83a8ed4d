"""A coordinator prints and sends a 60-participant, 20-country I3 proposal (tests/exporting/
big_project.py): the value-chain picture fits a page, long tables print their header at the top
of each page and never again in the middle of one, and every total agrees to the cent across the PDF (English and Polish), the
workbook, the CSV tables and `summary --json`. Built and exported once for the module."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from consortium_planner.cli import main
from tests.exporting.big_project import big_project_document
from tests.exporting.exporting_formulas import evaluate


@dataclass(frozen=True)
class Exports:
    folder: Path
    totals: dict[str, str]


def _earlier(document: dict) -> dict:
    """The version sent to partners a week before: another acronym, the last participant not
    yet in, a cent more on the first 20 participants' cost lines (190 budget rows that differ:
    three chunks of the compare report's table), one person-month in the first 40 effort cells."""
    earlier = json.loads(json.dumps(document))
    earlier["project"]["acronym"] = "BIGV0"
    last = len(earlier["participants"])
    earlier["participants"].pop()
    earlier["effort"] = [e for e in earlier["effort"] if e["participant"] != last]
    earlier["costs"] = [c for c in earlier["costs"] if c["participant"] != last]
    for work_package in earlier["work_packages"]:
        for item in work_package["tasks"] + work_package["deliverables"]:
            item["lead"] = 1 if item["lead"] == last else item["lead"]
    for effort in earlier["effort"][:40]:
        effort["person_months"] = "1.00"
    for cost in earlier["costs"][:20 * 7]:
        cost.update(amount=str(Decimal(cost["amount"]) + Decimal("0.01")), quantity=None,
                    unit_cost=None)
    return earlier


@pytest.fixture(scope="module")
def exports(tmp_path_factory: pytest.TempPathFactory) -> Exports:
    folder = tmp_path_factory.mktemp("big")
    workspace = str(folder / "big.cpw")
    document = big_project_document()
    assert main(["new", workspace]) == 0
    for name, content in (("v0.json", _earlier(document)), ("big.json", document)):
        (folder / name).write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
        assert main(["load", workspace, str(folder / name)]) == 0
    for language in ("en", "pl"):
        assert main(["export", workspace, "--project", "BIGI3", "--language", language,
                     "--pdf", str(folder / f"{language}.pdf"),
                     "--xlsx", str(folder / f"{language}.xlsx"),
                     "--csv", str(folder / f"csv-{language}")]) == 0
    assert main(["compare", workspace, "BIGV0", "BIGI3", "--pdf",
                 str(folder / "compare.pdf")]) == 1
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        assert main(["summary", workspace, "--project", "BIGI3", "--json"]) == 0
    return Exports(folder, json.loads(buffer.getvalue())["totals"])


@cache
def _pages(path: Path) -> tuple[str, ...]:
    return tuple(page.extract_text() for page in PdfReader(path).pages)


@pytest.mark.parametrize(("language", "severity"), [("en", "Severity"), ("pl", "Waga")])
def test_the_findings_table_prints_its_header_once_per_page(
        exports: Exports, language: str, severity: str) -> None:
    # 107 findings are built as two tables (TABLE_CHUNK_ROWS): the second repeated the header
    # in the middle of a page (English); a finding that did not fit at the foot of a page was
    # cut in two under a header of its own there, its "What to do" on the next page (Polish)
    pages = [text for text in _pages(exports.folder / f"{language}.pdf") if severity in text]
    assert len(pages) >= 3
    assert [text.count(severity) for text in pages] == [1] * len(pages)


def test_the_compare_report_prints_a_table_header_only_where_a_table_or_page_starts(
        exports: Exports) -> None:
    # 190 budget rows that differ: three chunks, the later ones repeated the header mid-page
    sections = re.compile(r"^\d+ (Project|Consortium|Effort|Budget|Work plan|Checks)$", re.M)
    pages = _pages(exports.folder / "compare.pdf")
    headers = [len(re.findall(r"^ ?Item\nField\n ?BIGV0\n", text, re.M)) for text in pages]
    assert sum(headers) > 3
    assert [count - len(sections.findall(text)) <= 1 for count, text in zip(headers, pages)] \
        == [True] * len(pages)


def _pdf_money(value: str, language: str) -> str:
    amount = f"{Decimal(value):,.2f}"
    return amount if language == "en" else amount.replace(",", " ").replace(".", ",")


@pytest.mark.parametrize("language", ["en", "pl"])
def test_every_total_agrees_to_the_cent_in_pdf_workbook_csv_and_summary(
        exports: Exports, language: str) -> None:
    totals = exports.totals
    assert totals["total_eligible"] == "12257528.45"  # the fixture's figures, fixed
    # pypdf puts each cell on a line; Polish groups thousands with a (no-break) space
    text = re.sub(r"[ \u00a0\u202f]", " ", "\n".join(_pages(exports.folder / f"{language}.pdf")))
    budget_total_row = "\n".join(_pdf_money(totals[key], language) for key in
                                ("person_months", "A", "B", "C1", "C2", "C3", "D", "E",
                                 "total_eligible"))
    assert budget_total_row + "\n" + _pdf_money(totals["eu_contribution"], language) in text
    workbook = openpyxl.load_workbook(exports.folder / f"{language}.xlsx")
    budget = workbook.worksheets[2]
    last = budget.max_row
    columns = {"person_months": "C", "A": "D", "B": "E", "C1": "F", "C2": "G", "C3": "H",
               "E": "K", "total_eligible": "L", "eu_contribution": "N", "own_contribution": "O"}
    for key, column in columns.items():
        assert str(evaluate(workbook, budget.title, f"{column}{last}")) == totals[key], key
    d_total = sum((evaluate(workbook, budget.title, f"{c}{last}") for c in "IJ"), Decimal(0))
    assert str(d_total) == totals["D"]
    with open(exports.folder / f"csv-{language}" / "budget.csv", encoding="utf-8-sig") as file:
        rows = list(csv.reader(file))
    assert rows[-1][2:11] == [totals[k] for k in ("person_months", "A", "B", "C1", "C2", "C3",
                                                  "D", "E", "total_eligible")]
    assert rows[-1][12:] == [totals["eu_contribution"], totals["own_contribution"]]


def test_a_legal_name_that_starts_with_an_equals_sign_stays_text(exports: Exports) -> None:
    partners = openpyxl.load_workbook(exports.folder / "en.xlsx")["Partners"]
    cells = [cell for row in partners.iter_rows() for cell in row
             if isinstance(cell.value, str) and "SUM(A1:A9)" in cell.value]
    assert cells and all(cell.data_type == "s" for cell in cells)


def test_the_value_chain_picture_of_sixty_participants_fits_its_page(exports: Exports) -> None:
    # every role but one held by a dozen participants: the picture was taller than a landscape
    # page and the export failed (LayoutError) instead of shrinking it
    pages = _pages(exports.folder / "en.pdf")
    picture = [text for text in pages if "The chain from research to market" in text]
    assert len(picture) == 1
    assert "P60 BE-3" in picture[0] and "nobody yet" in picture[0]


def test_the_region_category_source_is_worded_in_the_export_language(exports: Exports) -> None:
    # it was the English of services/snapshot.py in a Polish workbook and CSV
    with open(exports.folder / "csv-pl" / "partners.csv", encoding="utf-8-sig") as file:
        rows = {row["Nr"]: row["Źródło kategorii regionu"] for row in csv.DictReader(file)}
    assert rows["1"] == "brak znanej kategorii dla tego regionu"  # PL21: no shipped category
    assert rows["5"].startswith("wyjątek uczestnika: Notes from the coordinator's call")
    assert rows["6"].startswith("dane wbudowane: Czechia;")  # CZ01: the shipped table's note
    partners = openpyxl.load_workbook(exports.folder / "pl.xlsx")["Partnerzy"]
    assert partners["I2"].value == "brak znanej kategorii dla tego regionu"


@pytest.mark.parametrize(("language", "unrecorded"), [("en", "No areas recorded: "),
                                                      ("pl", "Brak zapisanych obszarów: ")])
def test_regions_without_s3_areas_take_one_line(exports: Exports, language: str,
                                                unrecorded: str) -> None:
    # 54 regions without S3 areas printed 54 lines over two pages
    text = "\n".join(_pages(exports.folder / f"{language}.pdf"))
    assert text.count(unrecorded) == 1
    assert "AT11" in text.split(unrecorded)[1].split("\n")[0]
