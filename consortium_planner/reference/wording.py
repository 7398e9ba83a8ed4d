"""How texts made below the window are worded in one language: its gettext catalogue and the
number, money, percentage and date formats of its locale (reference/languages).

Exports and check messages take a `Wording` instead of formatting numbers themselves, so a
French PDF reads "1 234,56" and "31 janvier 2027" while the values stay the Decimals the
budget engine computed: only the text changes, never the figure.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache

from babel import Locale
from babel.dates import format_date, format_datetime
from babel.numbers import format_decimal, get_decimal_symbol, get_group_symbol

from consortium_planner.domain.money import EXACT, format_amount
from consortium_planner.reference.languages import (
    DEFAULT_LANGUAGE,
    Catalogue,
    catalogue,
    number_locale,
)


@dataclass(frozen=True)
class Wording:
    """The catalogue and the locale of one language; `field_names` names the fields a
    spreadsheet column can fill (a front end passes its own labels; none: the field's key)."""

    texts: Catalogue
    locale: Locale
    field_names: Callable[[str], str] | None = None

    @property
    def language(self) -> str:
        return self.texts.language

    def gettext(self, message: str) -> str:
        return self.texts.gettext(message)

    def pgettext(self, context: str, message: str) -> str:
        return self.texts.pgettext(context, message)

    def ngettext(self, singular: str, plural: str, count: int) -> str:
        return self.texts.ngettext(singular, plural, count)

    def money(self, value: Decimal) -> str:
        """'1,234.56' / '1 234,56' / '1.234,56': two decimals, grouped as the locale groups."""
        return format_amount(value, get_group_symbol(self.locale),
                             get_decimal_symbol(self.locale))

    def number(self, value: Decimal | int) -> str:
        """Person-months and the like: two decimals, the locale's separators; exact for any
        size (babel's own formatting rounds beyond 28 digits)."""
        return format_amount(Decimal(value), get_group_symbol(self.locale),
                             get_decimal_symbol(self.locale))

    def percent(self, share: Decimal, decimals: int = 2) -> str:
        """A fraction as '62.5 %' / '62,5 %' (at most `decimals` decimals, no trailing zeros)."""
        pattern = "0" + ("." + "#" * decimals if decimals else "")
        percent = (share * 100).quantize(Decimal(1).scaleb(-decimals), context=EXACT)
        return f"{format_decimal(percent, pattern, locale=self.locale)} %"

    def long_date(self, day: date) -> str:
        """'31 January 2027', '31 janvier 2027', '31. Januar 2027'."""
        return format_date(day, "long", locale=self.locale)

    def timestamp(self, moment: object) -> str:
        """A date and time as the locale writes it, for 'Generated' lines."""
        return format_datetime(moment, "medium", locale=self.locale)  # type: ignore[arg-type]

    def country_name(self, code: str) -> str:
        """'Allemagne' for "DE" (stored codes: EL and UK too), else the English name; '' for an
        unknown code."""
        from consortium_planner.reference.countries import country_name

        return country_name(code, self.texts.language)

    def month_short(self, year: int, month: int) -> str:
        """The month's short stand-alone name: 'Jan', 'janv.', 'sty'."""
        return format_date(date(year, month, 1), "LLL", locale=self.locale)


@lru_cache(maxsize=None)
def wording(language: str = DEFAULT_LANGUAGE) -> Wording:
    """The Wording of `language` (a code or a name; UnknownLanguage otherwise)."""
    texts = catalogue(language)
    return Wording(texts, number_locale(texts.language))


ENGLISH = wording(DEFAULT_LANGUAGE)
