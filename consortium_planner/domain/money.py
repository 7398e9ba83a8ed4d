"""Decimal helpers for money, person-months and rates: the only place that knows how to round.

No float passes through here. Amounts are `Decimal` in memory, integer cents in storage;
person-months are `Decimal` with two places, integer hundredths in storage; rates are `Decimal`
fractions (0.7 for 70 %), stored as integer millionths.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import (
    ROUND_DOWN,
    ROUND_HALF_EVEN,
    ROUND_HALF_UP,
    Context,
    Decimal,
    DivisionByZero,
    InvalidOperation,
    Overflow,
    localcontext,
)
from functools import wraps
from typing import ParamSpec, TypeVar

ZERO = Decimal("0.00")
CENT = Decimal("0.01")
RATE_QUANTUM = Decimal("0.000001")
# Larger than any budget or organisation's figures; the project JSON schema allows 13 digits,
# so whatever is entered can be dumped and loaded again, and integer cents fit SQLite's integers.
MAX_AMOUNT = Decimal(10) ** 13
# Budget arithmetic runs in this context: every input is below MAX_AMOUNT with two places (15
# digits), so a person-months x monthly cost product has at most 30 digits and the sums and rated
# totals stay far below 80. The default context's 28 digits rounded such products silently and
# then failed to quantize them (a project that `load` accepts could not be summarised or exported).
EXACT = Context(
    prec=80, rounding=ROUND_HALF_EVEN, traps=[InvalidOperation, DivisionByZero, Overflow]
)

_P = ParamSpec("_P")
_R = TypeVar("_R")


def exact(function: Callable[_P, _R]) -> Callable[_P, _R]:
    """Run `function`'s Decimal arithmetic in the EXACT context."""

    @wraps(function)
    def wrapper(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        with localcontext(EXACT):
            return function(*args, **kwargs)

    return wrapper


class AmountError(ValueError):
    """A text or number that cannot be read as an amount; the message says why.

    It is kept as an English template and its `{named}` parameters (plain values), so that a
    window in another language can word it from its catalogue (services/errors.worded);
    `str()` is the English text."""

    def __init__(self, message: str, **params: object) -> None:
        super().__init__(message.format(**params) if params else message)
        self.template = message
        self.params = params


_NO_BREAK_SPACES = re.compile("([\u00a0\u202f])")


def quoted(value: object) -> str:
    """What was typed, quoted as `repr` quotes it, for a message a person reads: the no-break
    spaces French and Polish put between thousands ('12\u202f345,67', as the window shows
    amounts and spreadsheets export them) stay spaces instead of becoming '\\u202f'."""
    if not isinstance(value, str):
        return repr(value)
    quote = repr(value)[0]
    return quote + "".join(part if _NO_BREAK_SPACES.fullmatch(part) else repr(part)[1:-1]
                           for part in _NO_BREAK_SPACES.split(value)) + quote


def round_half_up(value: Decimal) -> Decimal:
    """Round to the cent, half away from zero: the rule for computed cost lines and E."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP, context=EXACT)


def round_down(value: Decimal) -> Decimal:
    """Round towards zero to the cent: how EU systems round a requested contribution."""
    return value.quantize(CENT, rounding=ROUND_DOWN, context=EXACT)


def to_hundredths(value: Decimal) -> int:
    """Integer cents (or hundredths of a person-month); refuses a value finer than that."""
    scaled = value * 100
    if scaled != scaled.to_integral_value():
        raise AmountError("{value} has more than two decimal places", value=value)
    return int(scaled)


def from_hundredths(value: int) -> Decimal:
    return (Decimal(value) / 100).quantize(CENT)


def rate_to_millionths(rate: Decimal) -> int:
    scaled = rate * 1_000_000
    if scaled != scaled.to_integral_value():
        raise AmountError("rate {rate} has more than six decimal places", rate=rate)
    return int(scaled)


def rate_from_millionths(value: int) -> Decimal:
    return (Decimal(value) / 1_000_000).normalize()


def two_places(value: Decimal) -> str:
    """'1234.50': the plain form used in JSON and the command line."""
    return str(value.quantize(CENT, context=EXACT))


def format_amount(value: Decimal, thousands: str = ",", decimal_point: str = ".") -> str:
    """Group thousands for display ('1,234,567.89'); the UI passes the user's separators."""
    sign = "-" if value < 0 else ""
    whole, _, fraction = two_places(abs(value)).partition(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return f"{sign}{thousands.join(groups)}{decimal_point}{fraction}"


def rate_text(rate: Decimal) -> str:
    """'0.70', '1.00', '0.625': a rate as a plain decimal string with at least two places."""
    normal = rate.normalize()
    exponent = normal.as_tuple().exponent
    if isinstance(exponent, int) and exponent > -2:
        return str(rate.quantize(CENT))
    return f"{normal:f}"


def format_rate(rate: Decimal) -> str:
    """'70 %' or '62.5 %'."""
    percent = (rate * 100).normalize()
    text = f"{percent:f}"
    return f"{text} %"


_CURRENCY = re.compile(r"(?i)\s*(eur|euro|euros|€)\s*")
_SPACES = re.compile(r"[\s\u00a0\u202f']")


def parse_amount(text: str | int | Decimal, *, allow_negative: bool = False) -> Decimal:
    """Read an amount as people type it: '1.234,56', '1 234.56', '1234,56 EUR', '€1,234'.

    A single separator followed by exactly three digits is a thousands separator ('1.234' and
    '1,234' are both 1234); with both separators present, the last one is the decimal point.
    """
    if isinstance(text, Decimal):
        value = text
    elif isinstance(text, int) and not isinstance(text, bool):
        value = Decimal(text)
    elif isinstance(text, str):
        value = _parse_amount_text(text)
    else:
        raise AmountError("{text} is not an amount", text=quoted(text))
    if not value.is_finite():
        raise AmountError("{text} is not an amount", text=quoted(text))
    if value < 0 and not allow_negative:
        raise AmountError("{text} is negative; amounts must be zero or more", text=quoted(text))
    _check_size(text, value)
    rounded = value.quantize(CENT, rounding=ROUND_HALF_UP)
    if rounded != value:
        raise AmountError("{text} has more than two decimal places", text=quoted(text))
    return rounded


def _check_size(text: object, value: Decimal) -> None:
    if abs(value) >= MAX_AMOUNT:
        raise AmountError("{text} is too large (at most {maximum})", text=quoted(text),
                          maximum=f"{MAX_AMOUNT - 1:,}")


def _parse_amount_text(text: str) -> Decimal:
    cleaned = _CURRENCY.sub("", text.strip())
    cleaned = _SPACES.sub("", cleaned)
    negative = cleaned.startswith("-") or (cleaned.startswith("(") and cleaned.endswith(")"))
    cleaned = cleaned.strip("-+()")
    if not cleaned or not re.fullmatch(r"[0-9.,]+", cleaned):
        raise AmountError("{text} is not an amount (expected digits such as 1234.56)",
                          text=quoted(text))
    last_dot, last_comma = cleaned.rfind("."), cleaned.rfind(",")
    if last_dot >= 0 and last_comma >= 0:
        decimal_mark = "." if last_dot > last_comma else ","
        group_mark = "," if decimal_mark == "." else "."
        whole, _, fraction = cleaned.rpartition(decimal_mark)
        whole = whole.replace(group_mark, "")
        if decimal_mark in whole or group_mark in fraction:
            raise AmountError("{text} mixes separators in a way that is not an amount",
                              text=quoted(text))
    else:
        mark = "." if last_dot >= 0 else ("," if last_comma >= 0 else "")
        if not mark:
            whole, fraction = cleaned, ""
        else:
            parts = cleaned.split(mark)
            if len(parts) > 2 or (len(parts) == 2 and len(parts[1]) == 3 and parts[0] != "0"):
                if any(len(part) != 3 for part in parts[1:]):
                    raise AmountError("{text} has misplaced thousands separators", text=quoted(text))
                whole, fraction = "".join(parts), ""
            else:
                whole, fraction = parts
    digits = f"{whole or '0'}.{fraction}" if fraction else (whole or "0")
    try:
        value = Decimal(digits)
    except InvalidOperation as error:
        raise AmountError("{text} is not an amount", text=quoted(text)) from error
    return -value if negative else value


def parse_decimal(text: str | int | Decimal, places: int = 2) -> Decimal:
    """A non-negative quantity such as person-months ('2,5' or '2.5'), at most `places` decimals."""
    if isinstance(text, str):
        cleaned = _SPACES.sub("", text.strip()).replace(",", ".")
        try:
            value = Decimal(cleaned)
        except InvalidOperation as error:
            raise AmountError("{text} is not a number", text=quoted(text)) from error
    elif isinstance(text, (int, Decimal)) and not isinstance(text, bool):
        value = Decimal(text)
    else:
        raise AmountError("{text} is not a number", text=quoted(text))
    if not value.is_finite() or value < 0:
        raise AmountError("{text} must be a number of zero or more", text=quoted(text))
    _check_size(text, value)
    quantum = Decimal(1).scaleb(-places)
    if value.quantize(quantum) != value:
        raise AmountError("{text} has more than {places} decimal places", text=quoted(text),
                          places=places)
    return value.quantize(quantum)


def parse_rate(text: str | Decimal) -> Decimal:
    """A rate as a fraction: '0.7', '70%', '70 %' and '70' (a number above 1 means percent)."""
    if isinstance(text, Decimal):
        value = text
    else:
        cleaned = text.strip().replace(",", ".")
        percent = cleaned.endswith("%")
        try:
            value = Decimal(cleaned.rstrip("%").strip())
        except InvalidOperation as error:
            raise AmountError("{text} is not a rate (expected e.g. 70% or 0.7)",
                              text=quoted(text)) from error
        if percent or value > 1:
            value = value / 100
    if not value.is_finite() or value < 0 or value > 1:
        raise AmountError("{text} is not a rate between 0 % and 100 %", text=quoted(text))
    return value.quantize(RATE_QUANTUM).normalize()
