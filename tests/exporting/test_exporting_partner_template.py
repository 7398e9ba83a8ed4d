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
