"""Import problems follow the window's language: the import wizard's preview of a list with bad
rows shows German problems on the right rows, a file it cannot read is refused in German, and a
returned partner workbook's problems are listed in Polish (the English report behind them, which
the command line prints, is unchanged)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from consortium_planner.exporting.partner_template import write_partner_workbook
from consortium_planner.formats.partner_workbook import SHEET_EFFORT
from consortium_planner.services.partner_returns import import_partner_workbook
from consortium_planner.services.snapshot import load_snapshot
from consortium_planner.ui.import_wizard import ImportWizard
from consortium_planner.ui.language import set_window_language
from consortium_planner.ui.partner_workbooks import result_lines
from consortium_planner.workspace import Workspace

TIMEOUT = 15_000
PROBLEM_COLUMN = 4


@pytest.fixture
def workspace(workspace_path: Path) -> Iterator[Workspace]:
    with Workspace.open(workspace_path) as opened:
        yield opened


@pytest.fixture
def language() -> Iterator[object]:
    yield set_window_language
    set_window_language("en")


def advance(qtbot, wizard: ImportWizard, page) -> None:
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is page and not wizard.busy, timeout=TIMEOUT)


def test_the_wizard_shows_row_problems_in_german(qtbot, workspace, tmp_path, language):
    language("de")
    path = tmp_path / "members.csv"
    path.write_text("Name;Country;E-mail\nGood Ltd;IE;info@good.ie\nBad GmbH;Narnia;x\n"
                    "Fine Srl;IT;info@fine.it\nWorse Ltd;IE;not an address\n", encoding="utf-8")
    wizard = ImportWizard(workspace, None, interactive=False)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(path))
    advance(qtbot, wizard, wizard.mapping_page)
    advance(qtbot, wizard, wizard.preview_page)
    model = wizard.preview_page.problems
    shown = [(model.index(row, 2).data(), model.index(row, 3).data(),
              model.index(row, PROBLEM_COLUMN).data()) for row in range(model.rowCount())]
    assert shown == [
        ("3", "Country", "„Narnia“ ist kein Ländername oder -code (etwa DE, EL oder TW)"),
        ("3", "E-mail", "„x“ sieht nicht wie eine E-Mail-Adresse aus"),
        ("5", "E-mail", "„not an address“ sieht nicht wie eine E-Mail-Adresse aus"),
    ]
    english = [problem.message for _, problem in model.rows]
    assert english[0] == "“Narnia” is not a country name or code (such as DE, EL or TW)"


def test_the_wizard_refuses_an_unreadable_file_in_german(qtbot, workspace, tmp_path, language):
    language("de")
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04 nothing")
    wizard = ImportWizard(workspace, None, interactive=False)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(path))
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.busy and bool(wizard.last_message), timeout=TIMEOUT)
    assert wizard.last_message.startswith("„broken.xlsx“ ist beschädigt")


def test_the_wizard_refusal_keeps_the_readers_notes_in_german(qtbot, workspace, tmp_path,
                                                              language):
    """A text file named .xlsx without a header: the refusal says so, and what the reader
    noted (that it holds plain text) comes with it."""
    language("de")
    path = tmp_path / "members.xlsx"
    path.write_text("hello world\nthis is text\n", encoding="utf-8")
    wizard = ImportWizard(workspace, None, interactive=False)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(path))
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.busy and bool(wizard.last_message), timeout=TIMEOUT)
    assert "Die Datei trägt die Endung .xlsx, enthält aber reinen Text" in wizard.last_message


def test_returned_workbook_problems_are_listed_in_polish(workspace, tmp_path, language):
    with workspace.sessions() as session:
        snapshot = load_snapshot(session, 1)
    path = write_partner_workbook(snapshot, 2, tmp_path / "returned.xlsx")
    workbook = openpyxl.load_workbook(path)
    effort = workbook[SHEET_EFFORT]
    row = next(r for r in range(5, 100) if effort.cell(r, 1).value == "WP1")
    effort.cell(row, 1).value = "Pakiet pierwszy"
    workbook.save(path)
    result = import_partner_workbook(workspace, path, dry_run=True)
    assert result.status == "rejected"
    language("pl")
    errors = [line for line in result_lines(result) if line.strip().startswith("Error:")]
    assert errors[0].strip() == (
        f"Error: {SHEET_EFFORT}, wiersz {row}, A: „Pakiet pierwszy” nie jest pakietem roboczym; "
        "wpisz go tak jak szablon (np. „WP1”).")
    assert result.errors[0].message.startswith("“Pakiet pierwszy” is not a work package")
