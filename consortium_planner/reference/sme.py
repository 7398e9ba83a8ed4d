"""The EU SME size class of an enterprise (Recommendation 2003/361/EC, Annex, Article 2).

Money is Decimal only: thresholds are legal limits and must compare exactly (50 000 000.00 is
medium, 50 000 000.01 is not).
"""

from __future__ import annotations

from decimal import Decimal

from consortium_planner.domain.vocab import SmeClass

M = Decimal(1_000_000)
# (class, staff strictly below, turnover at most, balance sheet total at most)
CEILINGS: tuple[tuple[SmeClass, int, Decimal, Decimal], ...] = (
    (SmeClass.MICRO, 10, 2 * M, 2 * M),
    (SmeClass.SMALL, 50, 10 * M, 10 * M),
    (SmeClass.MEDIUM, 250, 50 * M, 43 * M),
)
# No SME has this many staff or more, whatever its figures.
STAFF_CEILING = CEILINGS[-1][1]


def _money(value: Decimal | int | None, name: str) -> Decimal | None:
    if value is None:
        return None
    if isinstance(value, float) or isinstance(value, bool):
        raise TypeError(f"{name} must be a Decimal, not {type(value).__name__}")
    return Decimal(value)


def sme_class(
    staff: int | Decimal | None, turnover: Decimal | None, balance_sheet: Decimal | None
) -> SmeClass | None:
    """The smallest class whose staff ceiling and either financial ceiling the figures meet.

    Staff is annual work units (an int headcount, or a Decimal for fractional AWU). The figures must already include partner
    and linked enterprises. 250 staff or more is large whatever the figures (an SME employs
    fewer than 250 persons, Annex Article 2(1)). Otherwise None when staff is unknown or both
    money figures are unknown; when one money figure is unknown the other alone decides.
    """
    if staff is None:
        return None
    if isinstance(staff, bool) or not isinstance(staff, (int, Decimal)):
        raise TypeError(f"staff must be an int or Decimal, not {type(staff).__name__}")
    if staff < 0:
        raise ValueError("staff cannot be negative")
    turnover_d = _money(turnover, "turnover")
    balance_d = _money(balance_sheet, "balance_sheet")
    if staff >= STAFF_CEILING:
        return SmeClass.LARGE
    if turnover_d is None and balance_d is None:
        return None
    for size, staff_below, turnover_max, balance_max in CEILINGS:
        if staff < staff_below and (
            (turnover_d is not None and turnover_d <= turnover_max)
            or (balance_d is not None and balance_d <= balance_max)
        ):
            return size
    return SmeClass.LARGE
