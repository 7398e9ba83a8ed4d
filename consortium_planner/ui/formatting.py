"""How numbers look in the window: the user's locale separators over the Decimal helpers.

Amounts stay Decimal; only the separators come from `QLocale`, so "1.234,56" in a German session
and "1,234.56" in an English one are the same value, and `money.parse_amount` reads both back.
"""

from __future__ import annotations

import html
from decimal import Decimal

from PySide6.QtCore import QLocale

from consortium_planner.domain.money import format_amount, format_rate


def _separators() -> tuple[str, str]:
    locale = QLocale()
    return locale.groupSeparator() or ",", locale.decimalPoint() or "."


def money_text(value: Decimal | None) -> str:
    """'1,234.56' (English) or '1.234,56' (German); empty for no value."""
    if value is None:
        return ""
    thousands, point = _separators()
    if thousands == point:  # a locale without grouping would make the text ambiguous
        thousands = " "
    return format_amount(value, thousands=thousands, decimal_point=point)


def months_text(value: Decimal | None) -> str:
    """Person-months with two places and the locale's decimal point; empty for zero or none."""
    if not value:
        return ""
    return money_text(value)


def rate_text(value: Decimal | None) -> str:
    if value is None:
        return ""
    _, point = _separators()
    return format_rate(value).replace(".", point)


def share_text(value: Decimal | None) -> str:
    """A share of a total with one decimal: '19.6 %'."""
    if value is None:
        return ""
    _, point = _separators()
    return f"{(value * 100).quantize(Decimal('0.1'))} %".replace(".", point)


def menu_text(text: str) -> str:
    """User text as a menu entry: a single '&' would become a keyboard mnemonic."""
    return text.replace("&", "&&")


def plain_tooltip(text: str) -> str:
    """A tooltip that shows user text literally (Qt renders anything that looks like HTML)."""
    return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>" if text else ""
