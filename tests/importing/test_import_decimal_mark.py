"""A column's numbers are written in one convention: the decimal mark is decided per column
from the cells that show it unambiguously, the ambiguous ones ("1.234", "345,678") are read
with it, and a cell written the other way is reported (issue found by the qa-files corpus)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from consortium_planner.importing.columns import normalise_column, normalise_columns
from consortium_planner.importing.normalise import column_decimal_mark, parse_money


def column(field_name: str, cells: list[object]) -> tuple[list[object], list]:
    problems: list = []
    return normalise_column(field_name, "Turnover", cells, problems), problems


@pytest.mark.parametrize(("cells", "mark"), [
    (["1,234.56", "1.234"], "."),
    (["1.234,56", "1,234"], ","),
    (["12 345,678", "345,678"], ","),        # spaces group, so the comma is decimal
    (["1.234.567", "1,234"], ","),           # a repeated mark groups
    (["0.5", "1.234"], "."),
    (["1.2345", "1.234"], "."),              # more than three digits after the mark
    (["1.234", "12.345"], None),             # nothing unambiguous: thousands, as before
    (["1,234.56", "2.345,67"], None),        # a tie says nothing
    ([1234.5, "1.234"], None),               # number cells show no mark
    (["1.234.", "1,234"], None),             # a cell that is no number shows nothing
])
def test_the_column_mark_comes_from_its_unambiguous_cells(cells, mark):
    assert column_decimal_mark(cells) == mark


def test_ambiguous_cells_are_read_with_their_columns_mark():
    values, problems = column("turnover", ["1,234.56", "1.234", "2,500", "€ 7.5"])
    assert values == [Decimal("1234.56"), Decimal("1.23"), Decimal("2500.00"), Decimal("7.50")]
    assert problems == []
    values, _ = column("turnover", ["1.234,56", "1,234", "2.500"])
    assert values == [Decimal("1234.56"), Decimal("1.23"), Decimal("2500.00")]


def test_space_grouped_cells_make_the_comma_decimal():
    values, problems = column("balance_sheet", ["12 345,678", "345,678", "1 000"])
    assert values == [Decimal("12345.68"), Decimal("345.68"), Decimal("1000.00")]
    assert problems == []


def test_a_column_without_a_convention_keeps_the_thousands_reading():
    values, _ = column("turnover", ["1.234", "12,500", ""])
    assert values == [Decimal("1234.00"), Decimal("12500.00"), None]


def test_a_cell_that_contradicts_its_column_is_reported_on_its_row():
    values, problems = column("turnover", ["1,234.56", "2,000.50", "3.456,78", "1.234"])
    assert values[:3] == [Decimal("1234.56"), Decimal("2000.50"), Decimal("3456.78")]
    assert [(index, problem.severity) for index, problem in problems] == [(2, "warning")]
    assert "3.456,78" in problems[0][1].message and "“.”" in problems[0][1].message


def test_staff_follow_the_column_too():
    values, problems = column("staff_headcount", ["1,250", "1.5", "1.234"])
    assert values[0] == 1250 and values[1] is None and values[2] is None
    assert sorted(index for index, problem in problems if problem.severity == "error") == [1, 2]


def test_the_parsers_take_the_columns_mark():
    assert parse_money("1.234")[0] == Decimal("1234.00")
    assert parse_money("1.234", decimal_mark=".")[0] == Decimal("1.23")
    assert parse_money("1.234", decimal_mark=",")[0] == Decimal("1234.00")


def test_normalise_columns_reads_each_column_by_its_own_mark():
    columns, _ = normalise_columns({
        "turnover": ("Turnover", ["1,234.56", "1.234"]),
        "balance_sheet": ("Balance", ["1.234,56", "1.234"]),
    }, 2)
    assert columns["turnover"] == [Decimal("1234.56"), Decimal("1.23")]
    assert columns["balance_sheet"] == [Decimal("1234.56"), Decimal("1234.00")]
