"""Column-wise normalisation gives exactly what the per-cell functions give, fast paths or not."""

from __future__ import annotations

import datetime
from decimal import Decimal
from functools import partial

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from consortium_planner.domain.money import parse_amount
from consortium_planner.domain.vocab import OrgType, SmeClass
from consortium_planner.importing.columns import (
    _PARSERS,
    normalise_column,
    normalise_columns,
    normalise_record,
)
from consortium_planner.importing.normalise import (
    column_decimal_mark,
    parse_integer,
    parse_money,
    parse_nuts2,
    parse_vat,
)
from consortium_planner.names import normalised_name, normalised_names

TRICKY = [
    "", " ", "  x", "x ", "a  b", "n/a", "N/A", "-", "—", "Keine", "NA", "\t", "x\ny", "a\u00a0b",
    "Acme GmbH", "Main St,", ",x", "12", "0.123", "1.234", "12.345.678", "1.234,56", "1,234.56",
    "1234,5", "1,5 Mio", "-5", "(12)", "12 PLN", "999999999", "99999999", "999 999 999",
    "info@acme.eu", "Info@ACME.EU", "a@b", "mailto:x@y.eu", "x@y.eu; z@w.eu", "www.acme.eu",
    "https://acme.eu", "acme.eu/path", "-acme.eu", "acme-.eu", "ftp://acme.eu", "x" * 501,
    "\x01bad", "SME", "KMU", "Unternehmen", "yes", "nein", "DE", "Deutschland", "Narnia",
    "DE11", "DEA12", "FR10", "micro", "Cluster A; Cluster B",
    12, 12.0, 12.5, -3, 0, 1, True, False, 1e308, float("inf"), float("nan"), 999999999,
    datetime.date(2024, 1, 2),
]
cells = st.lists(st.one_of(st.sampled_from(TRICKY), st.text(max_size=12),
                           st.integers(-10, 10**10), st.floats(allow_nan=False)), max_size=12)
INDEPENDENT = sorted(name for name in _PARSERS if name != "country") + ["country"]


def per_cell(field_name: str, column: list[object]) -> tuple[list[object], list]:
    """Each cell by its field's parser; a number by its column's decimal mark, as a column of
    numbers is written in one convention."""
    parser = _PARSERS[field_name]
    if parser in (parse_money, parse_integer):
        parser = partial(parser, decimal_mark=column_decimal_mark(column))
    values, problems = [], []
    for index, cell in enumerate(column):
        value, found = parser(cell, "Header")
        values.append(value)
        problems.extend((index, problem) for problem in found)
    return values, problems


@pytest.mark.parametrize("field_name", INDEPENDENT)
@settings(max_examples=60, deadline=None)
@given(column=cells)
def test_each_column_equals_the_per_cell_functions(field_name, column):
    problems: list = []
    values = normalise_column(field_name, "Header", column, problems)
    expected_values, expected_problems = per_cell(field_name, column)
    assert values == expected_values
    assert sorted(problems, key=lambda p: p[0]) == expected_problems


NUMBERS = ["1.234", "1,234", "1,234.56", "1.234,56", "12,5", "12.5", "12 345,678", "345,678",
           "1.234.567", "1,234,567", "0.5", "€ 1.234", "1,5 Mio", "12", "", 1234.5, 7]


@pytest.mark.parametrize("field_name", ["turnover", "staff_headcount"])
@settings(max_examples=80, deadline=None)
@given(column=st.lists(st.sampled_from(NUMBERS), max_size=8))
def test_number_columns_equal_the_per_cell_functions_under_the_columns_mark(field_name, column):
    problems: list = []
    values = normalise_column(field_name, "Header", column, problems)
    expected_values, expected_problems = per_cell(field_name, column)
    assert values == expected_values
    assert sorted(problems, key=lambda p: p[0]) == expected_problems


@pytest.mark.parametrize("field_name", INDEPENDENT)
def test_clean_columns_take_the_fast_path_with_the_same_result(field_name):
    samples = {"pic": ["999999999", "", "912345678"], "email": ["a@b.eu", "", "x.y@z.de"],
               "website": ["www.a.eu", "", "https://b.de"], "turnover": [1.5, 2.25, 3.0],
               "balance_sheet": ["1.234.567", "", "12,50"], "staff_headcount": [3.0, "", 12.0]}
    column = samples.get(field_name, ["Acme", "", "Beta"])
    problems: list = []
    assert normalise_column(field_name, "Header", column, problems) == per_cell(
        field_name, column)[0]


@settings(max_examples=100, deadline=None)
@given(vats=st.lists(st.sampled_from(["DE123456789", "de123456789", "DE 123 456 789", "123456789",
                                      "FR12345678901", "ATU12345678", "U12345678", "", "x", 12]),
                     max_size=8),
       countries=st.lists(st.sampled_from(["Deutschland", "FR", "AT", "", "Narnia"]), max_size=8))
def test_vat_and_nuts_follow_each_rows_country(vats, countries):
    size = min(len(vats), len(countries))
    vats, countries = vats[:size], countries[:size]
    nuts = ["DE11", "FR10", "AT13", "", "XX99", "DE11", "FR10", "AT13"][:size]
    columns, _ = normalise_columns(
        {"vat": ("VAT", vats), "country": ("Country", countries), "nuts2": ("NUTS", nuts)}, size)
    for index in range(size):
        country = columns["country"][index]
        assert columns["nuts2"][index] == parse_nuts2(nuts[index], "NUTS", country)[0] or (
            countries[index] == "" and columns["country"][index] is not None)
        assert columns["vat"][index] == parse_vat(vats[index], "VAT", country)[0]


def test_normalise_record_is_the_column_code_on_one_row():
    values, problems = normalise_record({"legal_name": ("Name", " Acme  GmbH "),
                                         "pic": ("PIC", 999999999.0)})
    assert values == {"legal_name": "Acme GmbH", "pic": "999999999"} and problems == []


@pytest.mark.parametrize("text", ["1.234,56", "1 234,56 EUR", "1,234.56", "1234", "0,5",
                                  "€1,234", "12.345.678"])
def test_money_agrees_with_the_forms_reader(text):
    assert parse_money(text)[0] == parse_amount(text)


@given(st.lists(st.one_of(st.sampled_from(["ACME GmbH & Co. KG", "Łódź Tech", "a\nb", "X and Y",
                                           "Smith &", "Société S.A.", "GmbH", ""]),
                          st.text(max_size=20)), max_size=10))
def test_normalised_names_of_a_column_equal_one_by_one(names):
    assert normalised_names(names) == [normalised_name(name) for name in names]


# Names in the scripts of member lists, with non-letters beyond ASCII or without them (the two
# ways the column's words are found)
_ACCENTED_NAME = st.text(alphabet="Acme GmbH&Co.KG_-'1 ŁódźMüllerSøren ΑΕ.ΙΚΕΠανεπιστήμιο ЕООД"
                                  "Софийскиςΐﬁß", max_size=25)


@given(st.lists(_ACCENTED_NAME, max_size=8),
       st.lists(st.sampled_from(["", " „Müller“", "\u00a0Αθήνα", " Łódź–Kraków"]), max_size=2))
def test_normalised_names_of_an_accented_column_equal_one_by_one(names, others):
    for column in (names, names + others):
        assert normalised_names(column) == [normalised_name(name) for name in column]


def test_money_columns_keep_decimal_cents():
    problems: list = []
    values = normalise_column("turnover", "T", [0.1 + 0.2, 1234.565, "", 7], problems)
    assert values == [Decimal("0.30"), Decimal("1234.57"), None, Decimal("7.00")]


def test_vat_column_checks_check_digits_as_parse_vat_does():
    """The column's shortcut for numbers already in canonical form gives the same value and the
    same warning as `parse_vat` cell by cell, check digits included."""
    vats = ["DE136695976", "DE136695977", "EL094259216", "EL094259217", "GB980780684",
            "GB802311781", "TW00501503", "TW00501502", "CHE107787577MWST", "US123456789",
            "de136695976", "DE 136695976", "DE1366959"]
    countries = ["DE", "DE", "EL", "EL", "UK", "UK", "TW", "TW", "CH", "US", "DE", "DE", "DE"]
    size = len(vats)
    columns, problems = normalise_columns(
        {"vat": ("VAT", vats), "country": ("Country", countries)}, size)
    expected_problems = []
    for index in range(size):
        value, found = parse_vat(vats[index], "VAT", countries[index])
        assert columns["vat"][index] == value
        expected_problems.extend((index, problem) for problem in found)
    assert problems == expected_problems
    assert [index for index, _ in problems] == [1, 3, 5, 7, 12]
    assert all("check digit is wrong" in p.message for _, p in problems[:4])


_AROUND_CEILINGS = [Decimal(m) * 10**6 + d for m in (2, 10, 43, 50) for d in (-1, 0, 1)]


@settings(max_examples=100, deadline=None)
@given(rows=st.lists(st.tuples(
    # few values, so that rows share bands (one row's class then stands for the others')
    st.one_of(st.none(), st.sampled_from([0, 9, 10, 11, 49, 50, 51, 249, 250, 251])),
    st.one_of(st.none(), st.sampled_from(_AROUND_CEILINGS),
              st.decimals(0, 10**9, places=2, allow_nan=False)),
    st.one_of(st.none(), st.sampled_from(_AROUND_CEILINGS)),
    st.sampled_from([None, *SmeClass]),
    st.sampled_from([None, OrgType.SME, OrgType.RESEARCH_ORGANISATION]),
), max_size=40), figures=st.sampled_from(["both", "turnover", "balance", "neither"]),
    stated=st.booleans())
def test_the_sme_class_derived_by_column_is_each_rows(rows, figures, stated):
    """The SME class derived column by column (bands between the ceilings) agrees with
    `sme_class` asked row by row: the value filled in and the warnings, in row order."""
    from consortium_planner.importing.columns import _derive_sme_class
    from consortium_planner.reference.sme import sme_class

    staff = [row[0] for row in rows]
    turnovers = [row[1] for row in rows] if figures in ("both", "turnover") else None
    balances = [row[2] for row in rows] if figures in ("both", "balance") else None
    columns = {"staff_headcount": staff, "org_type": [row[4] for row in rows]}
    if turnovers is not None:
        columns["turnover"] = turnovers
    if balances is not None:
        columns["balance_sheet"] = balances
    if stated:
        columns["sme_class"] = [row[3] for row in rows]
    raw = {"sme_class": ("Size", []), "org_type": ("Type", [])}
    problems: list = []
    _derive_sme_class(raw, columns, problems)
    expected_classes, expected = [], []
    for index, row in enumerate(rows):
        derived = sme_class(row[0], turnovers and turnovers[index], balances and balances[index])
        given = row[3] if stated else None
        expected_classes.append(given if given is not None else derived)
        if derived is not None and given is not None and given != derived:
            expected.append((index, "Size", f"says {given}, but staff and figures make it "
                             f"{derived} (unless partner or linked enterprises add up)"))
        if derived == SmeClass.LARGE and row[4] == OrgType.SME:
            expected.append((index, "Type", "says SME, but staff and figures exceed the SME "
                             "ceilings"))
    assert columns.get("sme_class", [None] * len(rows)) == expected_classes
    assert sorted(((i, p.column, p.message) for i, p in problems), key=lambda p: p[0]) == expected


def test_250_staff_or_more_is_large_without_figures():
    """Recommendation 2003/361/EC: an SME employs fewer than 250 persons, whatever its
    turnover and balance sheet; with fewer and no figures the class stays unknown."""
    columns, problems = normalise_columns({
        "staff_headcount": ("Staff", [420, 250, 249, None]),
        "org_type": ("Type", ["Company", "Unternehmen", "Company", "Company"]),
    }, 4)
    assert columns["sme_class"] == [SmeClass.LARGE, SmeClass.LARGE, None, None]
    assert columns["org_type"][:3] == [OrgType.LARGE_ENTERPRISE, OrgType.LARGE_ENTERPRISE, None]
    assert all(problem.severity == "warning" for _, problem in problems)
    values, _ = normalise_record({"staff_headcount": ("Staff", "420")})
    assert values["sme_class"] == SmeClass.LARGE
