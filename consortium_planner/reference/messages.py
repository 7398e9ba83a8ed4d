"""Messages (checks, and any text written below the window) as a message id and its parameters, worded in any language by one function.

A check writes `gettext("{who} receive {amount} ...", who=..., amount=Amount(x))`: the English
text is the message id of checks.po (babel's extractor finds it under the keyword gettext /
ngettext), the parameters stay values. `Message.render(wording)` looks the text up in the
language's catalogue and formats each parameter there: amounts and percentages in the
language's locale, lists joined as the language joins them ("a, b et c", "a, b i c"), nested
messages rendered in turn. So a finding is computed once and shown in any language: the
window's Checks page, the PDF and the workbook, `check --language`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from babel.numbers import format_decimal

from consortium_planner.reference.profile_texts import profile_text
from consortium_planner.reference.wording import ENGLISH, Wording


@dataclass(frozen=True)
class Message:
    """A text to translate (with its plural and count when it has one) and its parameters."""

    singular: str
    params: tuple[tuple[str, Any], ...] = ()
    plural: str = ""
    count: int | None = None

    def render(self, wording: Wording = ENGLISH) -> str:
        if self.plural and self.count is not None:
            template = wording.ngettext(self.singular, self.plural, self.count)
        else:
            template = wording.gettext(self.singular)
        values = {name: _rendered(value, wording) for name, value in self.params}
        if self.count is not None:
            values.setdefault("count", str(self.count))
        return template.format(**values)


@dataclass(frozen=True)
class Amount:
    """Money in a message: 'EUR 1,234.56' / 'EUR 1 234,56'."""

    value: Decimal
    currency: str = "EUR"


@dataclass(frozen=True)
class Number:
    """Person-months and the like, with two decimals: '12.50' / '12,50'."""

    value: Decimal


@dataclass(frozen=True)
class Count:
    """A whole number grouped as the language groups it: '2,147,483,647' / '2.147.483.647'."""

    value: int


@dataclass(frozen=True)
class Percent:
    """A fraction as a percentage: at most one decimal ('70 %', '41.2 %'), or with `exact`
    always two, without a second rounding ('58.25 %'), as the Value chain page shows shares."""

    value: Decimal | None
    exact: bool = False


@dataclass(frozen=True)
class Label:
    """A vocabulary label (a value-chain role ...), translated by vocab.po when rendered; in
    running text (`lower`) it is lower-cased, except in German, where nouns keep capitals."""

    text: str
    lower: bool = False


@dataclass(frozen=True)
class Words:
    """Items joined as the language joins a list: 'a, b and c' (or 'a, b or c')."""

    items: tuple[Any, ...]
    conjunction: str = "and"  # or "or"


@dataclass(frozen=True)
class FieldName:
    """A field a spreadsheet column fills, by its key ('legal_name'): kept as the key on the
    command line, named by the front end's own labels where the Wording has them."""

    key: str


@dataclass(frozen=True)
class CallNote:
    """' (check against the call document)' after a value the call profile marks `verify`."""

    verify: bool


@dataclass(frozen=True)
class CountryName:
    """A country in a message, named in the language ('Allemagne'); `fallback` when the
    language has no name for the code."""

    code: str
    fallback: str


@dataclass(frozen=True)
class ProfileText:
    """A call profile's own text (reference/profile_texts key), in the language with the
    profile's own fallback."""

    profile: Any
    key: str


def verbatim(text: Any) -> Message:
    """A text shown as it is in every language (a call profile's own sentence)."""
    return Message("{text}", (("text", text),))


def gettext(message: str, **params: Any) -> Message:
    """A message to translate later; `params` fill its {named} fields."""
    return Message(message, tuple(params.items()))


def ngettext(singular: str, plural: str, count: int, **params: Any) -> Message:
    """A message with a singular and a plural; {count} is the count unless given."""
    return Message(singular, tuple(params.items()), plural, count)


def words(items: Iterable[Any], conjunction: str = "and") -> Words:
    return Words(tuple(items), conjunction)


def participant(number: int, short_name: str) -> Message:
    """'Participant 3 (Acme)', as a sentence begins with it."""
    return gettext("Participant {number} ({name})", number=number, name=short_name)


def _rendered(value: Any, wording: Wording) -> str:
    if isinstance(value, Message):
        return value.render(wording)
    if isinstance(value, Amount):
        return f"{value.currency} {wording.money(value.value)}"
    if isinstance(value, Number):
        return wording.number(value.value)
    if isinstance(value, Count):
        return format_decimal(value.value, "#,##0", locale=wording.locale)
    if isinstance(value, Percent):
        if value.value is None:
            return "-"
        if value.exact:
            return f"{format_decimal(value.value * 100, '0.00', locale=wording.locale)} %"
        return wording.percent(value.value.quantize(Decimal("0.001")), 1)
    if isinstance(value, Label):
        label = wording.gettext(value.text)
        return label.lower() if value.lower and wording.language != "de" else label
    if isinstance(value, Words):
        return _joined([_rendered(item, wording) for item in value.items], value.conjunction,
                       wording)
    if isinstance(value, ProfileText):
        return profile_text(value.profile, value.key, wording.texts)
    if isinstance(value, CountryName):
        if wording.language == "en":
            return value.fallback
        return wording.country_name(value.code) or value.fallback
    if isinstance(value, FieldName):
        return wording.field_names(value.key) if wording.field_names else value.key
    if isinstance(value, CallNote):
        return " " + wording.gettext("(check against the call document)") if value.verify else ""
    return str(value)


def _joined(items: list[str], conjunction: str, wording: Wording) -> str:
    """'a, b and c' as the language joins a list (catalogue texts, not babel's list patterns:
    those go missing once reference/countries has loaded a language's data unmerged)."""
    if len(items) <= 1:
        return "".join(items)
    head, last = ", ".join(items[:-1]), items[-1]
    if conjunction == "or":
        return wording.gettext("{head} or {last}").format(head=head, last=last)
    return wording.gettext("{head} and {last}").format(head=head, last=last)


@dataclass(frozen=True)
class Sentences:
    """Whole sentences, each translated on its own, joined with a space (a finding's main
    sentence and its notes); empty parts are left out."""

    parts: tuple[Message | Sentences, ...]

    def render(self, wording: Wording = ENGLISH) -> str:
        return " ".join(text for part in self.parts if (text := part.render(wording)))


def sentences(*parts: Message | Sentences | None) -> Sentences:
    return Sentences(tuple(part for part in parts if part is not None))


def participants(numbered: Iterable[tuple[int, str]]) -> Message:
    """'Participant 3 (Acme)' or 'Participants 2 (Acme) and 5 (Beta)', as a sentence begins."""
    items = list(numbered)
    if len(items) == 1:
        return participant(*items[0])
    named = [_numbered(number, name) for number, name in items]
    return gettext("Participants {numbers}", numbers=words(named))


def _numbered(number: int, name: str) -> Message:
    """'2 (Acme)' in a list of participants."""
    return gettext("{number} ({name})", number=number, name=name)
