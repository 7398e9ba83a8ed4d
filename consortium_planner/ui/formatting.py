"""How numbers, money, dates and percentages look in the window, and how the editors read them.

The one home of the window's number formats: they follow the window's language
(`ui.language.window_language()`), through the babel locale `reference.languages.number_locale`
gives it: 1,234.56 in English, 1.234,56 in German, Italian and Spanish, 1 234,56 in French and
Polish. Amounts stay Decimal; only their text changes. The language switch calls
`apply_window_locale()` after `set_window_language()` (it also sets Qt's default QLocale, for
date editors and spin boxes); pages then redraw their figures.

Parsing accepts the window's own form first and then every form the domain parsers accept
(`money.parse_amount`, `parse_decimal`, `parse_rate`, ISO dates), so "1.234,56" typed in an English
window still reads as it always did, and what the window shows always reads back.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from babel import Locale
from babel.dates import format_date, format_skeleton
from babel.dates import parse_date as babel_parse_date
from PySide6.QtCore import QCoreApplication, QLocale

from consortium_planner.domain.money import (
    AmountError,
    format_amount,
    format_rate,
    parse_amount,
    parse_decimal,
    parse_rate,
    quoted,
)
from consortium_planner.reference.languages import number_locale

if TYPE_CHECKING:
    from consortium_planner.services.versions import VersionEntry


@dataclass(frozen=True)
class _WindowLocale:
    """The babel locale of the window's language and the separators taken from it."""

    language: str
    locale: Locale
    group: str
    decimal: str


def _window_locale_for(language: str) -> _WindowLocale:
    locale = number_locale(language)
    symbols = locale.number_symbols.get("latn", locale.number_symbols)
    decimal = symbols.get("decimal", ".")
    group = symbols.get("group", ",")
    if group == decimal:  # a locale without grouping would make the text ambiguous
        group = " "
    return _WindowLocale(language, locale, group, decimal)


_current: _WindowLocale | None = None


def apply_window_locale() -> str:
    """Make the window's formats follow its language (`ui.language.window_language()`), for
    babel here and for Qt's own widgets (date editors, spin boxes) through QLocale's default.
    Returns the locale's name ("de_DE"). Open pages show the new formats when they refresh."""
    global _current
    from consortium_planner.ui.language import window_language

    _current = _window_locale_for(window_language())
    QLocale.setDefault(QLocale(str(_current.locale)))
    return str(_current.locale)


def _locale() -> _WindowLocale:
    """The window's locale, following its language even before `apply_window_locale` runs."""
    global _current
    from consortium_planner.ui.language import window_language

    language = window_language()
    if _current is None or _current.language != language:
        _current = _window_locale_for(language)
    return _current


# --- showing -------------------------------------------------------------------------------------


def money_text(value: Decimal | None) -> str:
    """'1,234.56' (English), '1.234,56' (German), '1 234,56' (French); empty for no value."""
    if value is None:
        return ""
    current = _locale()
    return format_amount(value, thousands=current.group, decimal_point=current.decimal)


def months_text(value: Decimal | None) -> str:
    """Person-months with two places in the window's format; empty for zero or none."""
    if not value:
        return ""
    return money_text(value)


def decimal_mark_text(text: str) -> str:
    """A number written with Python's '.' (a chart's scale) with the window's decimal mark."""
    return text.replace(".", _locale().decimal)


def rate_text(value: Decimal | None) -> str:
    """A rate as a percentage with the decimals it has: '62.5 %' in English, '62,5 %' in
    German (the window writes every percentage with a space before the sign)."""
    if value is None:
        return ""
    return format_rate(value).replace(".", _locale().decimal)


def share_text(value: Decimal | None) -> str:
    """A share of a total with one decimal: '19.6 %' in English, '19,6 %' in German."""
    if value is None:
        return ""
    return f"{(value * 100).quantize(Decimal('0.1'))} %".replace(".", _locale().decimal)


def date_text(value: date | None) -> str:
    """A date in the window's numeric form with a four-digit year: '31/12/2027' (English),
    '31.12.2027' (German); empty for none."""
    if value is None:
        return ""
    return format_date(value, format=date_pattern(), locale=_locale().locale)


def datetime_text(value: datetime | None) -> str:
    """A moment as the window shows it: its date_text and the time ('31.12.2027 14:02')."""
    if value is None:
        return ""
    return f"{date_text(value.date())} {value:%H:%M}"


def version_description(entry: VersionEntry, *, short: bool = False) -> str:
    """A frozen version in the window's language: "v3 · 03.05.2026 14:02 · vor einem Import
    …", or with `short` the day and month only ("v3 · 3. Mai · …") for the narrow navigator.
    A note the user wrote is shown as written; the kinds are translated by errors.po."""
    local = entry.local_time
    when = (format_skeleton("MMMd", local.date(), locale=_locale().locale) if short
            else datetime_text(local))
    return f"v{entry.number} · {when} · {version_what(entry)}"


def version_what(entry: VersionEntry) -> str:
    """The version's note as written, else why it was taken, in the window's language."""
    from consortium_planner.services.versions import KIND_LABELS, VersionKind
    from consortium_planner.ui.language import texts

    return entry.note or texts().gettext(KIND_LABELS[VersionKind(entry.kind)])


def date_pattern() -> str:
    """The window's short date pattern with a four-digit year ('dd.MM.yyyy'); CLDR's d, M and y
    mean what they mean in Qt's display formats, so the date editors take it as it is."""
    pattern = _locale().locale.date_formats["short"].pattern
    return re.sub(r"(?<!y)y{1,2}(?!y)", "yyyy", pattern)


# --- reading what the user typed ----------------------------------------------------------------


def _as_plain(text: str) -> str | None:
    """`text` in the window's own form ("1.234,50") as a plain number ("1234.50"); None when it
    is not in that form (then the domain parsers, which take every other form, decide)."""
    current = _locale()
    cleaned = text.strip()
    group = re.escape(current.group)
    if current.group.isspace() or current.group in ("\u00a0", "\u202f"):
        group = r"[\s\u00a0\u202f]"
    point = re.escape(current.decimal)
    match = re.fullmatch(rf"(\d{{1,3}}(?:{group}\d{{3}})+|\d+)(?:{point}(\d+))?", cleaned)
    if match is None:
        return None
    whole = re.sub(group, "", match.group(1))
    return f"{whole}.{match.group(2)}" if match.group(2) is not None else whole


def parse_money_text(text: str) -> Decimal:
    """An amount as typed in the window: its own form first ('1.234,56' in German), then every
    form `parse_amount` reads ('1 234.56', '1234,56 EUR', '€1,234'). AmountError otherwise.

    Text with the window's thousands separators is in its form, so its decimal mark is one:
    '12.345,678' in German has three decimals and is refused, not read by `parse_amount`'s
    "a lone mark before three digits groups thousands" as 12,345,678 ('1.234' still is 1234
    in English: it shows no group, so it may be typed in another form)."""
    plain = _as_plain(text)
    if plain is not None:
        try:
            return parse_amount(Decimal(plain))
        except AmountError as error:
            if _has_group(text):
                raise AmountError(error.template, **{**error.params, "text": quoted(text)}) \
                    from error
    return parse_amount(text)


def _has_group(text: str) -> bool:
    group = _locale().group
    if group.isspace() or group in ("\u00a0", "\u202f"):
        return re.search(r"\d[\s\u00a0\u202f]\d", text) is not None
    return group in text


def parse_months_text(text: str) -> Decimal:
    """Person-months or a quantity ('2,5', '2.5', '1.234,50' in German); empty means zero."""
    if not text.strip():
        return parse_decimal("0", places=2)
    plain = _as_plain(text)
    if plain is not None:
        try:
            return parse_decimal(plain, places=2)
        except AmountError:
            pass
    return parse_decimal(text.strip(), places=2)


def parse_rate_text(text: str) -> Decimal:
    """A rate as typed: '62,5 %' or '62.5%' or '0.625' (see `parse_rate`)."""
    cleaned = re.sub(r"[\u00a0\u202f]", " ", text).strip()
    return parse_rate(cleaned)


def parse_date_text(text: str) -> date | None:
    """A date as typed: ISO ('2027-12-31') or the window's numeric form ('31.12.2027');
    None when empty. ValueError when it is neither."""
    cleaned = text.strip()
    if not cleaned:
        return None
    try:
        return date.fromisoformat(cleaned)
    except ValueError:
        pass
    try:
        return babel_parse_date(cleaned, locale=_locale().locale, format="short")
    except (ValueError, IndexError) as error:
        raise ValueError(QCoreApplication.translate(
            "formatting", "“{text}” is not a date (e.g. {example} or 2027-12-31)").format(
                text=text, example=date_text(date(2027, 12, 31)))) from error


# --- text in widgets -----------------------------------------------------------------------------


def menu_text(text: str) -> str:
    """User text as a menu entry: a single '&' would become a keyboard mnemonic."""
    return text.replace("&", "&&")


def plain_tooltip(text: str) -> str:
    """A tooltip that shows user text literally (Qt renders anything that looks like HTML)."""
    return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>" if text else ""
