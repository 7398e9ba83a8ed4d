"""Partner workbook file names: ASCII that still reads as the partner's name."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from consortium_planner.exporting.partner_template import partner_workbook_name


@pytest.mark.parametrize(("acronym", "short_name", "expected"), [
    ("GREEN", "Łódź Tech", "GREEN-P02-Lodz-Tech.xlsx"),
    ("Ørsted/Æ", "Straße", "Orsted-AE-P02-Strasse.xlsx"),
    ("<b>X</b>", "Ευρωπαϊκό", "b-X-b-P02-partner.xlsx"),
    ("GREEN", "Shortname " * 5, "GREEN-P02-Shortname-Shortname-Shortname-Shortname.xlsx"),
])
def test_partner_workbook_names_keep_latin_letters(acronym, short_name, expected) -> None:
    snapshot = SimpleNamespace(project=SimpleNamespace(acronym=acronym))
    participant = SimpleNamespace(number=2, short_name=short_name)
    assert partner_workbook_name(snapshot, participant) == expected  # type: ignore[arg-type]


def test_long_names_and_labels_wrap_instead_of_being_clipped(snapshot, tmp_path) -> None:
    """A 160-character legal name, Polish cost categories and work package titles were cut
    off by the cell beside them: they wrap and their rows grow; the sheets stay frozen."""
    from dataclasses import replace

    import openpyxl

    from consortium_planner.exporting.partner_template import write_partner_workbook

    long_name = "Sieć Badawcza Łukasiewicz – Poznański Instytut Technologiczny " * 3
    first = snapshot.participants[0]
    named = replace(snapshot, participants=(
        replace(first, organisation=replace(first.organisation, legal_name=long_name)),
        *snapshot.participants[1:]))
    workbook = openpyxl.load_workbook(write_partner_workbook(
        named, first.number, tmp_path / "p1.xlsx", language="pl"))
    clipped = []
    for sheet in workbook.worksheets:
        if sheet.sheet_state != "visible":
            continue
        for line in sheet.iter_rows():
            for cell in line:
                width = sheet.column_dimensions[cell.column_letter].width or 8.43
                if (isinstance(cell.value, str) and not cell.value.startswith("=")
                        and len(cell.value) > width + 1 and not cell.alignment.wrap_text
                        and sheet.cell(cell.row, cell.column + 1).value is not None):
                    clipped.append(f"{sheet.title}!{cell.coordinate}")
                if cell.value == long_name:
                    assert cell.alignment.wrap_text
                    assert sheet.row_dimensions[cell.row].height >= 15 * 4
    assert clipped == []
    assert [workbook[name].freeze_panes for name in ("Organizacja", "Nakład pracy", "Koszty")] \
        == ["A5"] * 3
