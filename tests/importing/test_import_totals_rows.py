"""A totals row whose label says more ("Total (3 members)", "Summe aller Mitglieder",
"Razem: 12") is skipped and named like a bare "Total"; an organisation whose name starts with a
totals word ("Total Energies") is never taken for one."""

from __future__ import annotations

import pytest

from consortium_planner.importing.plan import build_organisation_plan
from consortium_planner.reference.words import is_totals_label, starts_with_totals_label

HEADER = ["Legal name", "PIC", "VAT", "Country", "Staff", "Turnover (EUR)"]
MEMBERS = [["Alpha Ltd", "", "", "IE", 12, 1500000], ["Beta GmbH", "", "", "DE", 40, 7000000]]


@pytest.mark.parametrize("label", [
    "Total (3 members)", "Summe aller Mitglieder", "Razem: 12", "TOTAL:", "Gesamt – 2 Mitglieder",
    "Total des membres", "Summe", "Grand total (EUR)", "Σύνολο μελών",
])
def test_a_label_starting_with_a_totals_word_and_a_short_tail(label):
    assert starts_with_totals_label(label)


@pytest.mark.parametrize("name", [
    "Total Energies", "TotalEnergies SE", "Summa Technologies", "Gesamtschule Köln",
    "Sum Systems Ltd", "Razembud Sp. z o.o.", "TOTAL ENERGIES", "Total",  # "Total" is exact
    "Total of all the members and partners of the cluster network", "",
])
def test_a_name_that_merely_starts_like_one_is_not_a_tailed_label(name):
    assert not starts_with_totals_label(name) or is_totals_label(name)
    assert not starts_with_totals_label(name) or name == "Total"


def planned_names(make_xlsx, *rows) -> tuple[list[str], list[str]]:
    plan = build_organisation_plan(make_xlsx([HEADER, *MEMBERS, *rows]))
    names = [planned.values["legal_name"] for planned in plan.rows]
    return names, [str(note) for note in plan.notes]


@pytest.mark.parametrize("label", ["Total (3 members)", "Summe aller Mitglieder", "Razem: 12"])
def test_a_tailed_totals_row_is_skipped_with_its_row_number(make_xlsx, label):
    names, notes = planned_names(make_xlsx, [label, "", "", "", 52, 8500000])
    assert names == ["Alpha Ltd", "Beta GmbH"]
    assert any("totals row(s)" in note and "row(s) 4" in note for note in notes), notes


@pytest.mark.parametrize("row", [
    ["Total Energies", "", "", "", 52, 8500000],             # a name, not a tail in lower case
    ["Total (3 members)", "999999999", "", "", 52, 8500000],  # a PIC of its own
    ["Summe aller Mitglieder", "", "DE136695976", "", 52, 8500000],  # a VAT of its own
    ["Total", "999999999", "", "", 52, 8500000],             # even a bare "Total" with a PIC
])
def test_a_row_with_a_name_pic_or_vat_of_its_own_is_kept(make_xlsx, row):
    names, notes = planned_names(make_xlsx, row)
    assert names == ["Alpha Ltd", "Beta GmbH", row[0]]
    assert not any("totals row(s)" in note for note in notes)
