"""The import wizard's notes and column reasons follow the window's language: a German window
shows where the header was found and why each column is read as it is in German, while the
plan keeps the English text the command line and `import --json` print."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from consortium_planner.ui.import_wizard import ImportWizard
from consortium_planner.ui.language import set_window_language
from consortium_planner.workspace import Workspace

TIMEOUT = 15_000
REASON_COLUMN = 2


@pytest.fixture
def workspace(workspace_path: Path) -> Iterator[Workspace]:
    with Workspace.open(workspace_path) as opened:
        yield opened


@pytest.fixture
def german() -> Iterator[None]:
    set_window_language("de")
    yield
    set_window_language("en")


def test_the_mapping_page_shows_notes_and_reasons_in_german(qtbot, workspace, tmp_path,
                                                            german):
    path = tmp_path / "members.csv"
    path.write_text("Cluster members 2026;;\n;;\nName;Country;Colour;\nGood Ltd;IE;red;\n"
                    "Fine Srl;IT;blue;x\n", encoding="utf-8")
    wizard = ImportWizard(workspace, None, interactive=False)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(path))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page and not wizard.busy,
                    timeout=TIMEOUT)
    page = wizard.mapping_page
    reasons = {page.table.cellWidget(row, 0).text(): page.table.cellWidget(
        row, REASON_COLUMN).text() for row in range(page.table.rowCount())}
    assert reasons["Name"] == "Titel „Name“"
    assert reasons["Colour"] == "kein Feld hat diesen Titel"
    notes = page.notes.text().splitlines()
    assert "Die Kopfzeile beginnt in Zeile 3; die Zeilen darüber wurden übersprungen." in notes
    assert page.unmapped.text().endswith("Colour, Spalte D (ohne Überschrift)")
    plan = wizard.plan
    assert plan is not None
    assert plan.column_reasons["Name"] == "title “Name”"
    assert "The header starts on row 3; the rows above it were skipped." in plan.notes
    assert plan.unmapped_columns == ["Colour", "column D (no header)"]


def test_the_wizard_names_fields_in_notes_with_its_own_labels() -> None:
    """'Column “Code” is read as vat' named the field by its key: the wizard words notes,
    reasons and problems with the labels of its field choices."""
    from consortium_planner.ui.import_wizard import _wording, field_label

    assert _wording().field_names is field_label
