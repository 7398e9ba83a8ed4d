"""Headers that mislead: the header is looked for above the data the values show, columns whose
titles say nothing are mapped by their values (and say why), a list may have no header at all,
and no row is left out without its row number."""

from __future__ import annotations

from decimal import Decimal

import pytest

from consortium_planner.importing.errors import HeaderRowUnclear, ImportFileError
from consortium_planner.importing.headers import locate_header
from consortium_planner.importing.plan import build_organisation_plan, row_list

COUNTRIES = ["Deutschland", "France", "Italia", "Polska", "España", "Suomi", "Ελλάδα"]


def web_copy_rows(count: int = 40) -> list[list[object]]:
    """A list copied from the CORDIS website: meaningless titles, money as "€ 123 641,25"; one
    organisation in several projects; row 29 reads like a header ("Regione" is a region,
    "City of" a city)."""
    rows: list[list[object]] = [["Title", "Info", "Info1", "Info2", "col12", "Project ID"]]
    for number in range(2, count + 2):
        rows.append([f"Organisation {number} GmbH", COUNTRIES[number % len(COUNTRIES)],
                     f"{900_000_000 + number}", "Berlin", f"€ {number} 641,25",
                     f"1010{number:05d}"])
    # Row 29 and the same organisation in five more projects (rows 30-34): the same cells in
    # every column but the amount and the project.
    for number in range(29, 35):
        rows[number - 1] = ["Regione Lombardia", "Italia", "999888777", "City of Milan",
                            f"€ 12 {number}0,50", f"1010{number:05d}"]
    return rows


def test_a_data_row_that_reads_like_a_header_is_data(make_xlsx):
    """The failure of issue 13: row 29 was taken for the header, 28 rows above it and 5 copies
    of it dropped, and the country column left out."""
    plan = build_organisation_plan(make_xlsx(web_copy_rows()))
    assert plan.header_row == 1
    # Rows 29-34 name one organisation (one PIC) in six projects: one organisation, six
    # participations, every row accounted for.
    assert plan.rows_read == 35
    assert [row.row_number for row in plan.rows] == [*range(2, 30), *range(35, 42)]
    assert sorted(p.row for p in plan.participations) == list(range(2, 42))
    assert ("40 participation rows name 35 organisations: rows of the same PIC were joined into "
            "one organisation, with each row's project.") in plan.notes
    assert plan.mapping == {"Title": "legal_name", "Info": "country", "Info1": "pic",
                            "col12": "eu_contribution", "Project ID": "project_id"}
    assert plan.participations[0].eu_contribution == Decimal("2641.25")
    assert plan.column_reasons["Project ID"] == "title “Project ID”"
    assert plan.column_reasons["col12"] == (
        "40 of 41 values look like amounts of money beside the project number")
    assert plan.rows[0].values["country"] == "IT"
    assert all(row.values.get("country") for row in plan.rows)
    assert plan.errors == []
    assert plan.column_reasons["Info"] == "40 of 41 values look like country names or codes"
    assert plan.column_reasons["Title"].endswith("look like organisation names")
    assert any(note.startswith("Column “Info” is read as country: 40 of 41") for note in plan.notes)
    assert not any("repeated header" in note for note in plan.notes)


def test_the_same_list_as_tab_separated_text(make_csv):
    text = "\n".join("\t".join(map(str, row)) for row in web_copy_rows())
    plan = build_organisation_plan(make_csv(text, name="cordis.txt"))
    assert plan.header_row == 1 and plan.rows_read == 35 and len(plan.participations) == 40
    assert plan.mapping["Info"] == "country"


def test_amounts_without_a_project_are_reported_not_guessed(make_xlsx):
    rows = [["Title", "Info", "col12"], ["Acme GmbH", "DE", "€ 479 180"],
            ["Beta SARL", "FR", "€ 123 641,25"]]
    plan = build_organisation_plan(make_xlsx(rows))
    assert "col12" not in plan.mapping
    assert ("Column “col12”: 2 of 3 values are amounts of money; it is not imported (map it to "
            "turnover or balance_sheet if it holds one of those).") in plan.notes


def test_header_on_row_3_below_a_title_block(make_xlsx):
    rows = [["Cluster members 2024"], ["Exported 2024-05-01", None, None, "page 1"],
            ["Title", "Info", "Mail", "Web"],
            ["Acme GmbH", "DE", "info@acme.de", "www.acme.de"],
            ["Beta SARL", "FR", "contact@beta.fr", "beta.fr"]]
    plan = build_organisation_plan(make_xlsx(rows))
    assert plan.header_row == 3 and [row.row_number for row in plan.rows] == [4, 5]
    assert plan.mapping == {"Title": "legal_name", "Info": "country", "Mail": "email",
                            "Web": "website"}
    assert plan.rows[1].values["website"] == "https://beta.fr"
    assert "The header starts on row 3; the rows above it were skipped." in plan.notes


def test_a_list_with_no_header_row(make_xlsx):
    rows = [["Acme GmbH", "Deutschland", "999999999", "DE123456789", "info@acme.de"],
            ["Beta SARL", "France", "912345678", "FR12345678901", "contact@beta.fr"],
            ["Gamma Sp. z o.o.", "Polska", "923456789", "PL1234567890", "biuro@gamma.pl"]]
    plan = build_organisation_plan(make_xlsx(rows))
    assert plan.header_row == 0 and [row.row_number for row in plan.rows] == [1, 2, 3]
    assert plan.mapping == {"column A": "legal_name", "column B": "country", "column C": "pic",
                            "column D": "vat", "column E": "email"}
    assert plan.rows[2].values == {"legal_name": "Gamma Sp. z o.o.", "country": "PL",
                                   "pic": "923456789", "vat": "PL1234567890",
                                   "email": "biuro@gamma.pl"}
    assert "The list has no header row: its columns are recognised by their values." in plan.notes
    assert plan.layout_key == ""


def test_title_lines_above_a_list_with_no_header(make_xlsx):
    rows = [["Our partners"], [], ["Acme GmbH", "Deutschland", "999999999"],
            ["Beta SARL", "France", "912345678"]]
    plan = build_organisation_plan(make_xlsx(rows))
    assert plan.header_row == 0 and [row.row_number for row in plan.rows] == [3, 4]
    assert "Row(s) 1 above the data (titles) were skipped." in plan.notes


def test_titles_still_win_over_values(make_xlsx):
    rows = [["Name", "Country", "Contact e-mail", "Info"],
            ["Acme GmbH", "DE", "info@acme.de", "jo@acme.de"],
            ["Beta SARL", "FR", "contact@beta.fr", "al@beta.fr"]]
    plan = build_organisation_plan(make_xlsx(rows))
    assert plan.mapping == {"Name": "legal_name", "Country": "country",
                            "Contact e-mail": "email"}
    assert plan.column_reasons["Country"] == "title “Country”"
    assert plan.column_reasons["Info"] == (
        "2 of 3 values look like e-mail addresses, but another column fills email")


def test_a_recognised_column_without_a_title_is_imported(make_xlsx):
    rows = [["Name", "Country", None], ["Acme GmbH", "DE", "999999999"],
            ["Beta SARL", "FR", "912345678"]]
    plan = build_organisation_plan(make_xlsx(rows))
    assert plan.mapping == {"Name": "legal_name", "Country": "country", "column C": "pic"}
    assert plan.rows[1].values["pic"] == "912345678"


def test_the_users_mapping_of_an_untitled_column_wins(make_xlsx):
    rows = [["Name", "Country", None, None], ["Acme GmbH", "DE", "999999999", "K-1"],
            ["Beta SARL", "FR", "912345678", "K-2"]]
    plan = build_organisation_plan(make_xlsx(rows), {"column C": "ignore", "column D": "notes"})
    assert plan.mapping == {"Name": "legal_name", "Country": "country", "column D": "notes"}
    assert plan.column_reasons["column C"] == "your mapping"
    assert not any("no header" in column for column in plan.unmapped_columns)


def test_no_header_and_nothing_recognised_is_refused(make_xlsx):
    with pytest.raises(ImportFileError, match="No header row was found"):
        build_organisation_plan(make_xlsx([["Acme", "Berlin"], ["Beta", "Paris"]]))


def unclear_rows() -> list[list[object]]:
    """Text over three columns, blank where the countries are: a header with a gap, or the
    first organisation without its country?"""
    return [["Acme Systems GmbH", "Berlin", None], ["Beta Labs Oy", "Espoo", "Finland"],
            ["Gamma SA", "Lyon", "France"]]


def test_an_unclear_header_names_the_candidate_rows(make_xlsx):
    with pytest.raises(HeaderRowUnclear) as raised:
        build_organisation_plan(make_xlsx(unclear_rows()))
    unclear = raised.value
    assert unclear.candidates == (1, 0) and unclear.sheet == "Members"
    assert "row 1 (“Acme Systems GmbH”, “Berlin”…) or no header row at all" in unclear.message
    assert unclear.first_rows[1] == (2, ("Beta Labs Oy", "Espoo", "Finland"))


def test_the_header_row_chosen_by_the_user(make_xlsx):
    path = make_xlsx(unclear_rows())
    plan = build_organisation_plan(path, header_row=0)
    assert [row.values["legal_name"] for row in plan.rows] == [
        "Acme Systems GmbH", "Beta Labs Oy", "Gamma SA"]
    assert [row.values.get("country") for row in plan.rows] == [None, "FI", "FR"]
    plan = build_organisation_plan(path, header_row=1)
    assert plan.header_row == 1 and [row.row_number for row in plan.rows] == [2, 3]
    assert plan.mapping["Acme Systems GmbH"] == "legal_name"
    with pytest.raises(ImportFileError, match="Row 9 cannot be the header"):
        build_organisation_plan(path, header_row=9)


def test_only_real_repeats_of_the_header_are_skipped_and_named(make_xlsx):
    rows = [["Name", "Country", "City"], ["Acme GmbH", "DE", "Berlin"],
            ["Acme GmbH", "DE", "Berlin"], ["Name", "Country", "City"], [None, None, None],
            ["Name", "Country", "Town"], ["Beta SARL", "FR", "Paris"],
            [None, None, None, "stray"]]
    plan = build_organisation_plan(make_xlsx(rows))
    assert [row.row_number for row in plan.rows] == [2, 3, 6, 7]
    assert "1 repeated header row(s) were skipped: row(s) 4." in plan.notes
    assert "1 blank row(s) were skipped: row(s) 5." in plan.notes
    assert ("1 row(s) had data only in columns that are not imported and were skipped: "
            "row(s) 8.") in plan.notes
    # "Town" is not "City": row 6 is not the header again, so it is reported as a row.
    assert any(problem.row == 6 for problem in plan.warnings + plan.errors) or (
        plan.rows[2].values["legal_name"] == "Name")


def test_money_columns_in_the_forms_of_web_pages(make_xlsx):
    rows = [["Name", "Country", "Turnover"], ["Acme GmbH", "DE", "€ 479 180"],
            ["Beta SARL", "FR", "€ 123 641,25"], ["Gamma SA", "BE", "1.234,56"],
            ["Delta Ltd", "IE", "1,234.56"]]
    plan = build_organisation_plan(make_xlsx(rows))
    assert [row.values["turnover"] for row in plan.rows] == [
        Decimal("479180.00"), Decimal("123641.25"), Decimal("1234.56"), Decimal("1234.56")]


def test_locate_header_reports_where_the_data_starts():
    rows = [["Members"], [], ["Acme GmbH", "DE", "info@acme.de"], ["Beta SA", "FR", "a@b.fr"]]
    layout = locate_header(rows)
    assert layout is not None and layout.row_index is None and layout.first_data == 2
    assert layout.unclear == ()


def test_row_list():
    assert row_list([4, 9, 10, 11, 12, 30]) == "4, 9-12, 30"
    assert row_list(list(range(1, 200, 2)), limit=3) == "1, 3, 5 and 97 more"


def test_rows_like_data_above_a_titled_header_make_it_unclear(make_xlsx):
    """Nothing recognisable by value: a header below rows as wide as the data may be a data
    row that reads like a header, so the import asks rather than drop the rows above it."""
    rows = [["Acme", "Berlin", "Hauptstraße 1"], ["Beta", "Paris", "Rue de Rivoli 2"],
            ["Name", "City", "Address"], ["Gamma", "Roma", "Via Roma 3"]]
    with pytest.raises(HeaderRowUnclear) as raised:
        build_organisation_plan(make_xlsx(rows))
    assert raised.value.candidates == (1, 3)


def test_a_column_of_counts_is_numbers_not_money(make_xlsx):
    rows = [["Name", "Country", "Info"], ["Acme GmbH", "DE", 12], ["Beta SARL", "FR", 40]]
    plan = build_organisation_plan(make_xlsx(rows))
    assert plan.column_reasons["Info"] == "2 of 3 values look like numbers; no field for them"
    assert not any("amounts of money" in note for note in plan.notes)


def test_a_project_number_before_the_organisation_number_is_not_the_pic(make_csv):
    """Horizon Europe project numbers have 9 digits, as PICs do: a column whose title names a
    project in one word ("ProjectRef") is not taken for the PIC by its values."""
    text = ('"ProjectRef";"OrgCode";"Org";"Nation"\n'
            '"101000001";"999993953";"Fraunhofer Gesellschaft EV";"DE"\n'
            '"101000001";"999974941";"Ethniko Kentro Erevnas";"EL"\n'
            '"101000002";"912345678";"Acme GmbH";"DE"\n')
    plan = build_organisation_plan(make_csv(text))
    assert plan.mapping["OrgCode"] == "pic" and "ProjectRef" not in plan.mapping
    assert plan.column_reasons["ProjectRef"].endswith("but its title names something else")
    assert [row.values["pic"] for row in plan.rows] == ["999993953", "999974941", "912345678"]


def test_a_short_line_of_the_title_block_does_not_make_the_header_unclear(make_xlsx):
    """A web copy: two lines of title block, the second in two cells, then titles that say
    nothing but the project number, data whose values are recognised and the titles repeated."""
    titles = ["Title", "Info", "col12", "Project ID", "col14"]
    rows = [["Projekte – Suchergebnisse"], ["Stand: 10.01.2025", None, "Seite 1"], [], titles,
            ["Politechnika Warszawska", "Polen", "€\u00a0123\u00a0641,25", "101000123",
             "999999999"],
            ["Universität Wien", "Österreich", "€\u202f479\u202f180", "101000124", "999888777"],
            ["Fraunhofer-Gesellschaft", "Deutschland", "1.234,56", "101000125", "999777666"],
            titles,
            ["Université de Lyon", "Frankreich", "€ 50 000,00", "101000126", "999666555"],
            ["Taiwan University", "Taiwan", "€ 0", "101000128", "999444333"]]
    plan = build_organisation_plan(make_xlsx(rows))
    assert plan.header_row == 4
    assert [row.row_number for row in plan.rows] == [5, 6, 7, 9, 10]
    assert [row.values["country"] for row in plan.rows] == ["PL", "AT", "DE", "FR", "TW"]
    assert [row.values["pic"] for row in plan.rows][0] == "999999999"
    assert "1 repeated header row(s) were skipped: row(s) 8." in plan.notes
