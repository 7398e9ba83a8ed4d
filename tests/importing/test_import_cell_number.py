"""One reading of a cell's type for a number (issue 11): an organisation list and a returned
partner workbook take and refuse the same cells; only numbers typed as text differ by rule."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest

from consortium_planner.domain.money import AmountError
from consortium_planner.importing.normalise import NotANumberCell, cell_number, parse_money
from consortium_planner.importing.partner_workbook import _decimal_cell


@pytest.mark.parametrize("raw, value", [
    (12, Decimal(12)), (0.1, Decimal("0.1")), (1234.5, Decimal("1234.5")),
    (Decimal("3.25"), Decimal("3.25")),
])
def test_number_cells_are_read_alike(raw, value):
    assert cell_number(raw) == value
    assert parse_money(raw) == (value, [])
    assert _decimal_cell(raw, money=True) == value


@pytest.mark.parametrize("raw, kind", [
    (True, "boolean"), (datetime.date(2026, 1, 2), "date"), (datetime.time(8, 0), "date"),
    (float("nan"), "non-finite"), (float("inf"), "non-finite"),
])
def test_cells_that_hold_no_number_are_refused_alike(raw, kind):
    with pytest.raises(NotANumberCell) as caught:
        cell_number(raw)
    assert caught.value.kind == kind
    value, problems = parse_money(raw)
    assert value is None and problems[0].severity == "error"
    with pytest.raises(AmountError):
        _decimal_cell(raw, money=True)


def test_text_cells_go_to_each_reader_s_own_rule():
    assert cell_number(" 1.234,50 ") == " 1.234,50 "
    assert parse_money("2,5 Mio") == (Decimal("2500000.00"), [])  # a list is lenient
    with pytest.raises(AmountError):
        _decimal_cell("2,5 Mio", money=True)  # a workbook's cell holds a plain amount
