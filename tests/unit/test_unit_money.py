from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from consortium_planner.domain.money import (
    AmountError,
    format_amount,
    from_hundredths,
    parse_amount,
    parse_decimal,
    parse_rate,
    rate_text,
    round_down,
    round_half_up,
    to_hundredths,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.234,56", "1234.56"),
        ("1 234.56", "1234.56"),
        ("1234,56 EUR", "1234.56"),
        ("1,234.56", "1234.56"),
        ("€ 1.234", "1234.00"),
        ("1,234", "1234.00"),
        ("1.234.567,8", "1234567.80"),
        ("12,5", "12.50"),
        ("0,75", "0.75"),
        ("1\u00a0234,00\u00a0€", "1234.00"),
        ("  42  ", "42.00"),
        ("1'234.50", "1234.50"),
        ("EUR 7", "7.00"),
    ],
)
def test_parse_amount_accepts_what_people_type(text: str, expected: str) -> None:
    assert parse_amount(text) == Decimal(expected)


@pytest.mark.parametrize("text", ["", "abc", "1.2.3,4,5", "12,345,67", "1.0055", "-5", "1e5", "NaN"])
def test_parse_amount_refuses_with_a_reason(text: str) -> None:
    with pytest.raises(AmountError):
        parse_amount(text)


def test_a_refusal_quotes_no_break_spaces_as_spaces() -> None:
    """'-1 234,50' as French and Polish write it (and the window shows it), not '-1\\xa0234,50'."""
    for text in ("-1\u00a0234,50", "-1\u202f234,50"):
        with pytest.raises(AmountError) as refused:
            parse_amount(text)
        assert str(refused.value).startswith(f"'{text}' is negative")
    with pytest.raises(AmountError, match=r"'a\\x00b' is not an amount"):
        parse_amount("a\x00b")  # other invisible characters stay escaped


def test_parse_amount_negative_only_when_allowed() -> None:
    assert parse_amount("-12,50", allow_negative=True) == Decimal("-12.50")


def test_rounding_rules() -> None:
    assert round_half_up(Decimal("0.125")) == Decimal("0.13")
    assert round_half_up(Decimal("0.124999")) == Decimal("0.12")
    assert round_down(Decimal("0.129")) == Decimal("0.12")


def test_format_amount_groups_thousands() -> None:
    assert format_amount(Decimal("1234567.8")) == "1,234,567.80"
    assert format_amount(Decimal("-1000"), ".", ",") == "-1.000,00"
    assert format_amount(Decimal("0")) == "0.00"


def test_rates() -> None:
    assert parse_rate("70%") == Decimal("0.7")
    assert parse_rate("0,25") == Decimal("0.25")
    assert parse_rate("100") == Decimal("1")
    assert rate_text(Decimal("0.7")) == "0.70"
    assert rate_text(Decimal("0.625")) == "0.625"
    with pytest.raises(AmountError):
        parse_rate("120%")


def test_parse_decimal_person_months() -> None:
    assert parse_decimal("2,5") == Decimal("2.50")
    with pytest.raises(AmountError):
        parse_decimal("2.555")
    with pytest.raises(AmountError):
        parse_decimal("-1")


def test_hundredths_refuse_finer_values() -> None:
    assert to_hundredths(Decimal("12.34")) == 1234
    assert from_hundredths(1234) == Decimal("12.34")
    with pytest.raises(AmountError):
        to_hundredths(Decimal("0.001"))


@given(st.decimals(min_value=0, max_value=10**11, places=2, allow_nan=False))
def test_amount_text_round_trips(value: Decimal) -> None:
    assert parse_amount(format_amount(value)) == value
    assert parse_amount(format_amount(value, ".", ",")) == value
    assert parse_amount(format_amount(value, " ", ",") + " EUR") == value


@pytest.mark.parametrize("text", ["9" * 30, Decimal("1E40"), Decimal(10) ** 13, 10**20])
def test_huge_numbers_are_refused_with_a_reason(text: str | Decimal | int) -> None:
    # beyond the cap an amount no longer fits integer cents (or Decimal's 28 digits)
    with pytest.raises(AmountError, match="too large"):
        parse_amount(text)
    with pytest.raises(AmountError, match="too large"):
        parse_decimal(text)
