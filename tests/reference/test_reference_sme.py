"""sme: the ceilings of Recommendation 2003/361/EC at their exact edges, Decimal only."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from consortium_planner.domain.vocab import SmeClass as S
from consortium_planner.reference.sme import sme_class

M = Decimal(1_000_000)
CENT = Decimal("0.01")


@pytest.mark.parametrize(
    ("staff", "turnover", "balance", "expected"),
    [
        (9, 2 * M, 2 * M, S.MICRO),
        (10, 2 * M, 2 * M, S.SMALL),
        (9, 2 * M + CENT, 2 * M + CENT, S.SMALL),
        (9, 2 * M + CENT, 2 * M, S.MICRO),  # either financial ceiling is enough
        (49, 10 * M, 10 * M, S.SMALL),
        (50, 10 * M, 10 * M, S.MEDIUM),
        (49, 10 * M + CENT, 10 * M + CENT, S.MEDIUM),
        (249, 50 * M, 100 * M, S.MEDIUM),
        (249, 50 * M + CENT, 43 * M, S.MEDIUM),
        (249, 50 * M + CENT, 43 * M + CENT, S.LARGE),
        (250, Decimal(0), Decimal(0), S.LARGE),
        (0, Decimal(0), Decimal(0), S.MICRO),
        (249, None, 43 * M, S.MEDIUM),
        (249, 50 * M, None, S.MEDIUM),
        (249, None, 43 * M + CENT, S.LARGE),
        (5, Decimal("1500000"), None, S.MICRO),
        (Decimal("9.5"), M, M, S.MICRO),
        (Decimal("249.9"), M, M, S.MEDIUM),
    ],
)
def test_edges(staff: int, turnover: Decimal | None, balance: Decimal | None, expected: S) -> None:
    assert sme_class(staff, turnover, balance) == expected


def test_unknown() -> None:
    assert sme_class(None, M, M) is None
    assert sme_class(10, None, None) is None
    assert sme_class(249, None, None) is None


def test_250_staff_or_more_is_large_whatever_the_figures() -> None:
    """No SME employs 250 persons or more (Annex, Article 2(1)), so no figure is needed."""
    assert sme_class(250, None, None) == S.LARGE
    assert sme_class(420, None, None) == S.LARGE
    assert sme_class(Decimal("250.5"), M, None) == S.LARGE


def test_rejects_float_and_negative() -> None:
    with pytest.raises(TypeError):
        sme_class(10, 1e6, None)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        sme_class(10.0, M, None)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        sme_class(-1, M, M)


ORDER = [S.MICRO, S.SMALL, S.MEDIUM, S.LARGE]
money = st.decimals(min_value=0, max_value=200 * M, places=2, allow_nan=False)


@given(st.integers(0, 400), st.integers(0, 400), money, money)
def test_more_staff_never_smaller(a: int, b: int, turnover: Decimal, balance: Decimal) -> None:
    low, high = sorted((a, b))
    assert ORDER.index(sme_class(low, turnover, balance)) <= ORDER.index(  # type: ignore[arg-type]
        sme_class(high, turnover, balance)  # type: ignore[arg-type]
    )
