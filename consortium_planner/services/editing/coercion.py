"""Plain values as people type them (amounts as "1.234,56", months as "M12", enums by value or
label) read into what the models store, or refused with a `UserError` that says why.

Every limit an edit checks stands here, so a range changes in one place.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from consortium_planner.domain.limits import MAX_INTEGER, MAX_MONTHS, unstorable_character
from consortium_planner.domain.money import AmountError, parse_amount, parse_decimal, parse_rate
from consortium_planner.domain.text import fold
from consortium_planner.reference.messages import Count, Label, gettext
from consortium_planner.reference.words import yes_or_no
from consortium_planner.services.errors import UserError, templated

MAX_DURATION = MAX_MONTHS  # the limits are shared with load and import (domain/limits)


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def as_text(value: Any, what: str, max_length: int, *, required: bool = False) -> str:
    text = "" if value is None else str(value).strip()
    if (character := unstorable_character(text)) is not None:
        raise UserError(gettext(
            "The {what} contains a character that cannot be stored ({character}).",
            what=Label(what), character=character))
    if required and not text:
        raise UserError(gettext("The {what} cannot be empty.", what=Label(what)))
    if len(text) > max_length:
        raise UserError(gettext(
            "The {what} is too long ({length} characters; at most {max_length}).",
            what=Label(what), length=len(text), max_length=max_length))
    return text


def as_money(value: Any, what: str, *, optional: bool = False) -> Decimal | None:
    if _blank(value):
        if optional:
            return None
        raise UserError(gettext("Enter an amount for the {what}.", what=Label(what)))
    if isinstance(value, float):
        raise TypeError("money must be Decimal, never float")
    try:
        return parse_amount(value)
    except AmountError as error:
        raise UserError(gettext("The {what} must be an amount of zero or more: {error}.",
                                what=Label(what), error=templated(error))) from None


def as_quantity(value: Any, what: str, *, optional: bool = False) -> Decimal | None:
    if _blank(value):
        if optional:
            return None
        raise UserError(gettext("Enter a number for the {what}.", what=Label(what)))
    if isinstance(value, float):
        raise TypeError("quantities must be Decimal, never float")
    try:
        return parse_decimal(value, places=2)
    except AmountError as error:
        raise UserError(gettext("The {what} must be a number of zero or more: {error}.",
                                what=Label(what), error=templated(error))) from None


def as_integer(value: Any, what: str, *, minimum: int = 0, optional: bool = False) -> int | None:
    if _blank(value):
        if optional:
            return None
        raise UserError(gettext("Enter a whole number for the {what}.", what=Label(what)))
    if isinstance(value, (bool, float)):
        raise UserError(gettext("The {what} must be a whole number.", what=Label(what)))
    try:
        number = int(str(value).strip().replace(" ", "")) if isinstance(value, str) else int(value)
    except (TypeError, ValueError):
        raise UserError(gettext("The {what} must be a whole number, not {value}.",
                                what=Label(what), value=repr(value))) from None
    if isinstance(value, Decimal) and value != number:
        raise UserError(gettext("The {what} must be a whole number, not {value}.",
                                what=Label(what), value=value))
    if number < minimum:
        raise UserError(gettext("The {what} must be at least {minimum}.", what=Label(what),
                                minimum=minimum))
    if number > MAX_INTEGER:
        raise UserError(gettext("The {what} is too large (at most {maximum}).", what=Label(what),
                                maximum=Count(MAX_INTEGER)))
    return number


def as_month(value: Any, what: str, duration: int) -> int:
    text = str(value).strip() if isinstance(value, str) else value
    if isinstance(text, str) and text[:1] in ("M", "m"):
        text = text[1:]
    month = as_integer(text, what, minimum=1)
    assert month is not None
    if month > duration:
        raise UserError(
            gettext("The {what} M{month} is after the project's end: it lasts {duration} months "
                    "(M1-M{duration}).", what=Label(what), month=month, duration=duration)
        )
    return month


def as_enum(enum_type: Any, value: Any, what: str, *, optional: bool = False) -> Any:
    if _blank(value):
        if optional:
            return None
        raise UserError(gettext("Choose a {what}.", what=Label(what)))
    if isinstance(value, enum_type):
        return value
    key = fold(str(value).strip())
    for member in enum_type:
        names = {fold(member.value), fold(member.name)}
        label = getattr(member, "label", None)
        if label:
            names.add(fold(str(label)))
        if key in names:
            return member
    options = ", ".join(str(getattr(m, "label", m.value)) for m in enum_type)
    raise UserError(gettext("{value} is not a {what}; choose one of: {options}.", value=repr(value),
                            what=Label(what), options=options))


def as_boolean(value: Any, what: str) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    key = str(value).strip()
    if key in ("", "?") or fold(key) == "unknown":
        return None
    answer = yes_or_no(key)
    if answer is not None:
        return answer
    raise UserError(gettext("The {what} must be yes, no or left empty, not {value}.",
                            what=Label(what), value=repr(value)))


def as_rate(value: Any, what: str) -> Decimal | None:
    if _blank(value):
        return None
    if isinstance(value, float):
        raise TypeError("rates must be Decimal, never float")
    try:
        return parse_rate(value if isinstance(value, Decimal) else str(value))
    except AmountError as error:
        raise UserError(gettext("The {what} must be between 0 % and 100 %: {error}.",
                                what=Label(what), error=templated(error))) from None


def as_date(value: Any, what: str) -> date | None:
    if value is None or isinstance(value, date):
        return value
    text = str(value).strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UserError(gettext("The {what} must be a date such as 2026-01-31, not {text}.",
                                what=Label(what), text=repr(text))) from None
