"""Column types that keep exact decimals as integers.

SQLAlchemy warns that `Numeric` on SQLite goes through float; these store integers and hand the
application `Decimal`, so nothing in the budget path touches float on any database.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, Dialect
from sqlalchemy.types import TypeDecorator

from consortium_planner.domain.money import (
    from_hundredths,
    rate_from_millionths,
    rate_to_millionths,
    to_hundredths,
)


class Hundredths(TypeDecorator[Decimal]):
    """A Decimal with two places stored as an integer: cents of money, hundredths of a month."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> int | None:
        if value is None:
            return None
        if not isinstance(value, Decimal):
            if isinstance(value, float):
                raise TypeError("money and person-months must be Decimal, never float")
            value = Decimal(value)
        return to_hundredths(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        return None if value is None else from_hundredths(int(value))


Money = Hundredths
PersonMonths = Hundredths


class Rate(TypeDecorator[Decimal]):
    """A fraction such as a funding rate (0.7), stored as integer millionths."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> int | None:
        if value is None:
            return None
        if isinstance(value, float):
            raise TypeError("rates must be Decimal, never float")
        return rate_to_millionths(Decimal(value))

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        return None if value is None else rate_from_millionths(int(value))
