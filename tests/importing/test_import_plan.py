"""Whole files into plans: rows, errors, warnings, duplicates, progress and cancel."""

from __future__ import annotations

import hashlib
from decimal import Decimal

import pytest

from consortium_planner.importing.errors import ImportCancelled, ImportFileError
from consortium_planner.importing.plan import build_organisation_plan
from consortium_planner.names import normalised_name

HEADER = ["Legal name", "Country", "PIC", "VAT", "E-mail", "Staff", "Turnover"]
ACME = ["Acme GmbH", "Deutschland", "999999999", "DE136695976", "info@acme.de", 12, 1500000]
TEST = ["Société Test SARL", "France", "912345678", "FR40303265045", "contact@test.fr", 40, "8.000.000"]


def test_plan_from_xlsx(make_xlsx):
    path = make_xlsx([["Members"], [], HEADER, ACME, [], TEST])
    plan = build_organisation_plan(path)
    assert plan.file_name == "list.xlsx"
    assert plan.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert plan.sheet == "Members" and plan.header_row == 3
    assert plan.mapping == {"Legal name": "legal_name", "Country": "country", "PIC": "pic",
                            "VAT": "vat", "E-mail": "email", "Staff": "staff_headcount",
                            "Turnover": "turnover"}
    assert [row.row_number for row in plan.rows] == [4, 6]
    assert plan.errors == [] and plan.warnings == []
    acme = plan.rows[0].values
    assert acme["country"] == "DE" and acme["turnover"] == Decimal("1500000.00")
    assert acme["sme_class"] == "small"
    assert plan.rows[1].values["turnover"] == Decimal("8000000.00")


def test_same_plan_from_ods_and_csv(make_ods, make_csv, make_xlsx):
    from_xlsx = build_organisation_plan(make_xlsx([HEADER, ACME, TEST]))
    from_ods = build_organisation_plan(make_ods([("Members", [HEADER, ACME, TEST], False)]))
    text = "\n".join(";".join(str(c) for c in row) for row in [HEADER, ACME, TEST])
    from_csv = build_organisation_plan(make_csv(text, encoding="cp1252"))
    assert [r.values for r in from_xlsx.rows] == [r.values for r in from_ods.rows]
    assert [r.values for r in from_xlsx.rows] == [r.values for r in from_csv.rows]


def test_error_rows_and_problem_locations(make_xlsx):
    path = make_xlsx([HEADER, ACME, ["", "DE", "999999998"], ["Beta", "Atlantis", "12", "", "", "x"]])
    plan = build_organisation_plan(path)
    assert [row.has_errors for row in plan.rows] == [False, True, True]
    assert ("Members", 3, "Legal name") in {(e.sheet, e.row, e.column) for e in plan.errors}
    columns = {e.column for e in plan.errors if e.row == 4}
    assert columns == {"Country", "PIC", "Staff"}
    assert len(plan.valid_rows) == 1 and plan.error_row_count == 2


def test_a_too_long_legal_name_is_reported_once(make_xlsx):
    plan = build_organisation_plan(make_xlsx([HEADER, ["N" * 2000, "DE", "999999998"]]))
    messages = [e.message for e in plan.errors]
    assert len(messages) == 1 and "2000 characters long" in messages[0], messages
    assert "N" * 100 not in messages[0]


def test_within_file_duplicates_are_warnings_naming_the_first_row(make_xlsx):
    rows = [HEADER, ACME,
            ["ACME", "DE", "999999999", "", "", "", ""],
            ["Other name", "FR", "", "DE136695976", "", "", ""],
            ["acme gmbh", "Germany", "", "", "", "", ""]]
    plan = build_organisation_plan(make_xlsx(rows))
    messages = {w.row: w.message for w in plan.warnings}
    assert "same PIC" in messages[3] and "row 2" in messages[3]
    assert "same VAT" in messages[4] and "row 2" in messages[4]
    assert "same legal name and country" in messages[5]
    assert plan.errors == []


def test_overrides_and_unmapped_columns(make_xlsx):
    path = make_xlsx([["Firma", "Staat", "Lieblingsfarbe", "Kennung"],
                      ["Acme", "DE", "blau", "999999999"]])
    plan = build_organisation_plan(path, {"Kennung": "pic"})
    assert plan.mapping["Kennung"] == "pic"
    assert plan.unmapped_columns == ["Lieblingsfarbe"]
    assert plan.rows[0].values["pic"] == "999999999"
    with pytest.raises(ImportFileError, match="not an organisation field"):
        build_organisation_plan(path, {"Kennung": "colour"})


def test_no_legal_name_column_is_one_clear_error(make_xlsx):
    plan = build_organisation_plan(make_xlsx([["Country", "PIC"], ["DE", "999999999"]]))
    assert len(plan.errors) == 1 and "legal names" in plan.errors[0].message
    assert plan.rows[0].has_errors


def test_progress_and_cancel(make_xlsx):
    rows = [HEADER] + [[f"Org {i}", "DE", "", "", "", "", ""] for i in range(2500)]
    path = make_xlsx(rows)
    calls = []
    build_organisation_plan(path, progress=lambda done, total: calls.append((done, total)))
    assert calls[0] == (0, 2500) and calls[-1] == (2500, 2500) and len(calls) > 3
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)
    with pytest.raises(ImportCancelled):
        build_organisation_plan(path, cancel=lambda: True)
    ticks = iter([False, False, False, True])
    with pytest.raises(ImportCancelled):
        build_organisation_plan(path, cancel=lambda: next(ticks, True))


def test_repeated_header_rows_and_blank_header_columns(make_xlsx):
    rows = [["Name", "Country", None], ["Acme", "DE", "stray"], ["Name", "Country", None],
            ["Beta", "FR", None]]
    plan = build_organisation_plan(make_xlsx(rows))
    assert [r.values["legal_name"] for r in plan.rows] == ["Acme", "Beta"]
    assert any("repeated header" in note for note in plan.notes)
    assert "column C (no header)" in plan.unmapped_columns


def test_sheet_choice(make_xlsx, tmp_path):
    import openpyxl

    workbook = openpyxl.Workbook()
    workbook.active.title = "Instructions"
    workbook.active.append(["Fill in the list on the next sheet"])
    data = workbook.create_sheet("Partners")
    data.append(["Name", "Country"])
    data.append(["Acme", "DE"])
    path = tmp_path / "two.xlsx"
    workbook.save(path)
    assert build_organisation_plan(path).sheet == "Partners"
    with pytest.raises(ImportFileError, match="no sheet named"):
        build_organisation_plan(path, sheet="Nope")


@pytest.mark.parametrize(
    ("name", "expected"),
    [("ACME GmbH & Co. KG", "acme"), ("Acme Sp. z o.o.", "acme"), ("Bits S.R.L.", "bits"),
     ("Fraunhofer-Gesellschaft e.V.", "fraunhofer gesellschaft"), ("Foo B.V.", "foo"),
     ("Bar Ltd.", "bar"), ("Société Générale S.A.", "societe generale"), ("Łódź Tech", "lodz tech"),
     ("GmbH", "gmbh")],
)
def test_normalised_name(name, expected):
    assert normalised_name(name) == expected


@pytest.mark.parametrize("blank", ["   ", "\u00a0", "\t", " \u2003 "])
def test_rows_blank_in_a_text_column_are_left_out(make_xlsx, blank):
    """A first column of text only is looked at whole: white space of any kind still counts as
    blank there."""
    rows = [["Name", "Country"], ["Acme", "DE"], [blank, blank], ["Beta", "FR"]]
    plan = build_organisation_plan(make_xlsx(rows))
    assert [r.values["legal_name"] for r in plan.rows] == ["Acme", "Beta"]
    assert [r.row_number for r in plan.rows] == [2, 4]
    assert plan.errors == []


def test_repeated_header_in_other_case_and_padding(make_xlsx):
    rows = [["Name", "Country"], ["Acme", "DE"], [" NAME ", "country"], ["Beta", "FR"]]
    plan = build_organisation_plan(make_xlsx(rows))
    assert [r.values["legal_name"] for r in plan.rows] == ["Acme", "Beta"]
    assert any("repeated header" in note for note in plan.notes)


def test_planning_a_list_reads_no_whole_catalogue(make_xlsx):
    """Whether a sheet is a partner workbook's profile table is told from the workbook's own
    texts (workbooks.po), not from every subject's catalogue of every language."""
    from consortium_planner.reference.languages import catalogue

    path = make_xlsx([["Feld", "Notizen"], HEADER, ACME])
    catalogue.cache_clear()
    plan = build_organisation_plan(path)
    assert [row.values["legal_name"] for row in plan.rows] == ["Acme GmbH"]
    assert catalogue.cache_info().currsize == 0
