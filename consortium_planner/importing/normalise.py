"""Turn raw cell values into field values, with plain-language problems for what looks wrong.

One function per kind of field, each returning `(value, problems)` for one cell; `columns` runs
them down whole columns and adds what needs several fields (VAT and NUTS against the country, the
SME class from staff and figures). An error means the row cannot be accepted; a warning means it can, but a
person should look. Money never passes through float arithmetic: a float cell is read through its
shortest decimal representation (`Decimal(repr(x))`) and rounded to cents by `money`.

The number reader is more lenient than `money.parse_amount` (which the app's own forms use): a
list may say "2,5 Mio" or "1.234,567" and the import rounds rather than refuses; on the forms both
accept they agree.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from functools import cache, lru_cache
from typing import Literal

from consortium_planner.domain.contact import is_email_address, is_web_host
from consortium_planner.domain.limits import FOUNDED_YEARS, MAX_INTEGER, unstorable_character
from consortium_planner.domain.money import MAX_AMOUNT, round_half_up
from consortium_planner.domain.text import fold_words
from consortium_planner.domain.vocab import OrgType, SmeClass
from consortium_planner.reference.messages import Message, gettext
from consortium_planner.reference.nace import parse_nace_list
from consortium_planner.reference.value_chain import ecosystems, find_term
from consortium_planner.reference.words import profit_phrases, word_file, yes_or_no

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Problem:
    """A cell's problem: English `message`, and `said` to word it in any language."""

    severity: Severity
    column: str
    message: str
    said: Message | None = field(default=None, compare=False, repr=False)

    @classmethod
    def of(cls, severity: Severity, column: str, message: Message) -> Problem:
        return cls(severity, column, message.render(), message)


def _error(column: str, message: Message | str) -> list[Problem]:
    if isinstance(message, str):
        return [Problem("error", column, message)]
    return [Problem.of("error", column, message)]


def _warning(column: str, message: Message) -> list[Problem]:
    return [Problem.of("warning", column, message)]


# What people type for "nothing here" (resources/words/placeholders.toml), casefolded: the
# column-wise reader checks whole columns for them, where `fold` would cost ten times as much.
# Not applied to names or notes.
PLACEHOLDERS = frozenset(
    word.casefold()
    for words in word_file("placeholders")["placeholders"].values() for word in words
)

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_DATE_TYPES = (date, datetime, time, timedelta)
MAX_TEXT = 500
MAX_NOTES = 10_000


def cell_text(raw: object) -> str:
    """A cell value as the text a person sees: 12.0 is "12", a date is "2024-01-31"."""
    if type(raw) is str:
        return raw
    if raw is None:
        return ""
    if isinstance(raw, bool):
        return "TRUE" if raw else "FALSE"
    if isinstance(raw, float):
        if raw.is_integer():
            return str(int(raw))
        return format(Decimal(repr(raw)), "f")
    if isinstance(raw, (datetime, date, time)):
        return raw.isoformat()
    return str(raw)


def _is_placeholder(text: str) -> bool:
    return len(text) <= 16 and text.casefold() in PLACEHOLDERS



def _date_problem(column: str, raw: object, what: Message) -> list[Problem]:
    shown = raw.isoformat() if isinstance(raw, (date, datetime, time)) else str(raw)
    return _error(
        column,
        gettext("a date ({shown}) where {what} belongs; the cell may be formatted as a date in "
                "the spreadsheet", shown=shown, what=what),
    )


def load_reference_data() -> None:
    """Load the tables the normalisers consult (countries and their names in every language,
    NUTS regions, the vocabularies), so a caller can do it in a thread while the file is read."""
    from consortium_planner.reference.countries import country_code_from_text
    from consortium_planner.reference.nuts import get_region

    country_code_from_text("Deutschland")
    get_region("DE11")
    _org_type_index()
    _sme_class_index()


# --- text ----------------------------------------------------------------------------------------


def parse_text(
    raw: object, column: str = "", *, multiline: bool = False, max_length: int = MAX_TEXT,
    placeholders: bool = True,
) -> tuple[str | None, list[Problem]]:
    """Trim and fold whitespace; refuse control characters. Text starting with "=" stays text.

    `multiline` keeps line breaks (notes); otherwise they become spaces.
    """
    text = raw if type(raw) is str else cell_text(raw)
    if not text:
        return None, []
    if text.isprintable():
        # The common case: one line, no control characters, no exotic spaces.
        if text[0] == " " or text[-1] == " " or "  " in text:
            text = " ".join(text.split())
            if not text:
                return None, []
        if placeholders and _is_placeholder(text):
            return None, []
        if len(text) > max_length:
            return None, _too_long(column, len(text), max_length)
        return text, []
    if _CONTROL.search(text):
        code = ord(_CONTROL.search(text).group())  # type: ignore[union-attr]
        return None, _error(column, gettext("contains an invisible control character ({code})",
                                            code=f"U+{code:04X}"))
    if (character := unstorable_character(text)) is not None:
        return None, _error(column, gettext("contains a character that is not text "
                                            "({character}); the file may be damaged",
                                            character=character))
    if multiline:
        lines = (" ".join(line.split()) for line in text.replace("\r\n", "\n").split("\n"))
        text = "\n".join(line for line in lines if line)
    else:
        text = " ".join(text.split())
    if not text or (placeholders and _is_placeholder(text)):
        return None, []
    if len(text) > max_length:
        return None, _too_long(column, len(text), max_length)
    return text, []


def _too_long(column: str, length: int, limit: int) -> list[Problem]:
    return _error(column, gettext("is {length} characters long; at most {limit} fit",
                                  length=length, limit=limit))


def parse_address(raw: object, column: str = "") -> tuple[str | None, list[Problem]]:
    """Line breaks inside an address cell (Alt+Enter) become ", " so one line reads right."""
    text, problems = parse_text(raw, column, multiline=True)
    if text is None:
        return None, problems
    return ", ".join(part.strip(" ,") for part in text.split("\n") if part.strip(" ,")), problems


def parse_notes(raw: object, column: str = "") -> tuple[str | None, list[Problem]]:
    return parse_text(raw, column, multiline=True, max_length=MAX_NOTES, placeholders=False)


def parse_name(raw: object, column: str = "") -> tuple[str | None, list[Problem]]:
    """Names are kept as typed (an organisation may well be called "NA")."""
    return parse_text(raw, column, placeholders=False)


_CLUSTER_SPLIT = re.compile(r"[;,|\n]")
MAX_CLUSTER_NAME = 300  # a cluster is an organisation: its legal name


def parse_clusters(raw: object, column: str = "") -> tuple[list[str] | None, list[Problem]]:
    """Cluster memberships: one cell, names split on ";", ",", "|" or line breaks."""
    text, problems = parse_text(raw, column, multiline=True, max_length=MAX_NOTES)
    if text is None:
        return None, problems
    names: list[str] = []
    for part in _CLUSTER_SPLIT.split(text):
        name = " ".join(part.split())
        if len(name) > MAX_CLUSTER_NAME:
            problems += _error(column, gettext("“{name}” is too long for the name of a cluster "
                                               "(at most {limit} characters)",
                                               name=_shown(name), limit=MAX_CLUSTER_NAME))
        elif name and name not in names and not _is_placeholder(name):
            names.append(name)
    return names or None, problems


def parse_nace_codes(raw: object, column: str = "") -> tuple[list[str] | None, list[Problem]]:
    """NACE Rev. 2 codes, several per cell ("C25.6; 25.62, 2562"), in canonical form; each
    unknown code is an error naming it (reference.nace says why)."""
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)  # a spreadsheet's number 2562.0
    text, problems = parse_text(raw, column, multiline=True, max_length=MAX_NOTES)
    if text is None:
        return None, problems
    codes, unknown = parse_nace_list(text)
    for message in unknown:
        problems += _error(column, message)
    return (codes or None), problems


def parse_ecosystems(raw: object, column: str = "") -> tuple[list[str] | None, list[Problem]]:
    """Industrial ecosystems by label or key ("Digital; Agri-food"), as their keys."""
    text, problems = parse_text(raw, column, multiline=True, max_length=MAX_NOTES)
    if text is None:
        return None, problems
    keys: list[str] = []
    for part in _CLUSTER_SPLIT.split(text):
        name = " ".join(part.split())
        if not name or _is_placeholder(name):
            continue
        term = find_term(name, ecosystems())
        if term is None:
            problems += _error(column, gettext("“{name}” is not one of the 14 industrial "
                                               "ecosystems (such as Digital or Agri-food)",
                                               name=_shown(name)))
        elif term.key not in keys:
            keys.append(term.key)
    return (keys or None), problems


# A founding date written as text, as lists give it: "15/03/1998", "15.03.1998", "1998-03-15",
# "03/1998", with or without a time after it. Its year is the founding year.
_DATE_YEAR = re.compile(
    r"^\s*(?:(?P<iso>\d{4})[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./](?:\d{1,2}[-./])?(?P<year>\d{4}))"
    r"(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?\s*$")


_YEAR_IN_WORDS = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")


def parse_founded_year(raw: object, column: str = "") -> tuple[int | None, list[Problem]]:
    """A founding year: "2019", 2019, or a date (its year), as a date cell or as text."""
    if isinstance(raw, (date, datetime)):
        raw = raw.year
    elif type(raw) is str and (found := _DATE_YEAR.match(raw)):
        raw = int(found["iso"] or found["year"])
    elif type(raw) is str and len(years := _YEAR_IN_WORDS.findall(raw)) == 1:
        raw = int(years[0])  # "seit 2001", "founded in 1998", "1990/91"
    year, problems = parse_integer(raw, column)
    if year is None:
        return None, problems
    if not FOUNDED_YEARS[0] <= year <= FOUNDED_YEARS[1]:
        return None, _error(column, gettext("{year} is not a founding year (give the year, "
                                            "such as 2019)", year=year))
    return year, []


# --- numbers -------------------------------------------------------------------------------------

_EURO_WORDS = frozenset({"eur", "€", "euro", "euros", "eu", "e"})
_MULTIPLIERS: dict[str, Decimal] = {
    "k": Decimal(1000), "tys": Decimal(1000), "tsd": Decimal(1000), "thousand": Decimal(1000),
    "m": Decimal(10**6), "mio": Decimal(10**6), "mln": Decimal(10**6), "mill": Decimal(10**6),
    "million": Decimal(10**6), "millions": Decimal(10**6), "millionen": Decimal(10**6),
    "millones": Decimal(10**6), "milioni": Decimal(10**6), "miliony": Decimal(10**6),
    "milionów": Decimal(10**6), "milhões": Decimal(10**6), "miljoen": Decimal(10**6),
    "mn": Decimal(10**6), "md": Decimal(10**9), "mrd": Decimal(10**9), "bn": Decimal(10**9),
}
_OTHER_CURRENCIES = frozenset({
    "pln", "zł", "zl", "usd", "$", "us$", "gbp", "£", "chf", "sek", "dkk", "nok", "czk", "kč",
    "huf", "ft", "ron", "lei", "bgn", "лв", "isk", "jpy", "¥", "cny", "try", "uah",
})
# Thousands and millions of kronor and forints as Swedish, Danish and Hungarian titles write
# them ("Omsättning (tkr)", "Árbevétel (eFt)"): words of titles only.
_TITLE_ONLY_CURRENCIES = frozenset({"kr", "tkr", "mkr", "mnkr", "eft", "mft", "msek", "tsek",
                                    "ksek", "mdkk", "tdkk"})
# A money column's title may give the unit its amounts are in: "Umsatz (Mio. €)", "CA (k€)",
# "Bilanzsumme in TEUR", "Fatturato (migliaia di euro)"; or another currency: "Przychód (PLN)".
_TITLE_SCALES: dict[str, Decimal] = {
    **_MULTIPLIERS,
    **dict.fromkeys(("k€", "keur", "teur", "t€", "tsd€", "tausend", "thousands", "milliers",
                     "miles", "migliaia", "tysiące", "tysiecy", "tysięcy", "duizend", "'000",
                     "’000", "000"), Decimal(1000)),
    **dict.fromkeys(("m€", "meur", "mio€", "mln€", "mn€", "millions"), Decimal(10**6)),
    # the other EU languages' thousands and millions ("Liikevaihto (1000 €)", "Κύκλος εργασιών
    # (χιλ. €)", "Apyvarta (tūkst. Eur)", "Obrat (tis. EUR)", "Käive (milj. €)"), casefolded as
    # the titles are: "mil" is left out (a million in Czech, a thousand in Spanish)
    **dict.fromkeys((word.casefold() for word in (
        "1000", "tis", "tisuća", "tisuca", "tisoč", "tisoc", "tūkst", "tukst", "tūkstoši",
        "tuh", "tuhat", "tuhatta", "tusind", "tusen", "ezer", "mii", "хил", "хиляди", "χιλ",
        "χιλιάδες", "χιλιαδες")), Decimal(1000)),
    **dict.fromkeys((word.casefold() for word in (
        "milj", "miljoner", "miljoonaa", "millioner", "millió", "millio", "milijuna",
        "milijonov", "milijoni", "milioane", "млн", "εκατ", "εκατομμύρια")), Decimal(10**6)),
}
# "try" is a word of English titles; the forint and the leu are the Hungarian and Romanian
# titles' currencies ("Árbevétel (Ft)", "Cifra de afaceri (lei)").
_TITLE_CURRENCIES = (_OTHER_CURRENCIES - {"try"}) | _TITLE_ONLY_CURRENCIES
_TITLE_WORDS = re.compile(r"[\w'’€$£¥]+")
# The word `parse_money` reads as each scale, put after a text amount of such a column.
_SCALE_WORDS = {Decimal(1000): "k", Decimal(10**6): "mio", Decimal(10**9): "md"}


def amount_unit(header: str) -> tuple[Decimal | None, str | None]:
    """What a money column's title says of its amounts: (scale, None) for thousands, millions
    ... of euros; (None, "PLN") for another currency; (None, None) when it says neither."""
    words = _TITLE_WORDS.findall(header.casefold())
    currency = next((word for word in words if word in _TITLE_CURRENCIES), None)
    if currency is not None:
        return None, currency.upper()
    scale = next((_TITLE_SCALES[word] for word in words if word in _TITLE_SCALES), None)
    return (scale if scale in _SCALE_WORDS else None), None


def scaled_amount(cell: object, scale: Decimal) -> object:
    """A cell of a column whose title gives the amounts in thousands or millions, read so: a
    number multiplied (exactly), a text given the scale's word ("7,45" -> "7,45 mio")."""
    if type(cell) in (int, float) and math.isfinite(cell):  # type: ignore[arg-type]
        return Decimal(repr(cell)) * scale
    if type(cell) is str and cell.strip():
        return f"{cell} {_SCALE_WORDS[scale]}"
    return cell


_NUMBER_PARTS = re.compile(
    r"^(?P<prefix>[^\d\-−(]*?)\s*(?P<sign>[-−(]?)\s*(?P<prefix2>[^\d\-−(]*?)\s*"
    r"(?P<number>\d[\d\s.,'’\u00a0\u202f\u2009]*)\s*(?P<suffix>.*?)$"
)
_SPACE_GROUPED = re.compile(r"^\d{1,3}(?:[\s'’\u00a0\u202f\u2009]\d{3})+(?:[.,]\d+)?$")
_GROUPS = re.compile(r"^\d{1,3}(?:[.,]\d{3})+$")


class _NotANumber(ValueError):
    pass


DecimalMark = Literal[".", ","]
_OTHER_MARK: dict[str, DecimalMark] = {".": ",", ",": "."}
_GROUP_SPACES = re.compile(r"[\s'’\u00a0\u202f\u2009]")


def _lone_mark_groups(whole: str, fraction: str) -> bool:
    """Whether one "." or "," between `whole` and `fraction` could be a thousands separator:
    1-3 digits (not "0") before it and exactly three after ("1.234", "12,500")."""
    return len(fraction) == 3 and 1 <= len(whole) <= 3 and whole != "0"


def _decimal_from_text(number: str, decimal_mark: DecimalMark | None = None) -> Decimal:
    """Read "1.234,56", "1,234.56", "1 234", "1'234.5" or "1234" as an exact Decimal.

    The last of "." and "," is the decimal mark when both appear. A lone mark that could group
    thousands ("1.234", "12,500") is read with `decimal_mark`, the mark its column's other cells
    show (`column_decimal_mark`); without one, as a thousands separator, which is how such numbers
    are meant in organisation figures far more often than as fractions.
    """
    number = number.strip()
    if any(ch in number for ch in " '’\u00a0\u202f\u2009"):
        if not _SPACE_GROUPED.match(number):
            raise _NotANumber(number)
        number = _GROUP_SPACES.sub("", number)
    dots, commas = number.count("."), number.count(",")
    if dots and commas:
        mark = "." if number.rfind(".") > number.rfind(",") else ","
        grouping = "," if mark == "." else "."
        if number.count(mark) > 1:
            raise _NotANumber(number)
        whole, fraction = number.split(mark)
        if not _GROUPS.match(whole) and grouping in whole:
            raise _NotANumber(number)
        digits = whole.replace(grouping, "") + "." + fraction
    elif dots + commas > 1:
        if not _GROUPS.match(number):
            raise _NotANumber(number)
        digits = number.replace(".", "").replace(",", "")
    elif dots + commas == 1:
        mark = "." if dots else ","
        whole, fraction = number.split(mark)
        if _lone_mark_groups(whole, fraction) and decimal_mark != mark:
            digits = whole + fraction
        else:
            digits = f"{whole or '0'}.{fraction or '0'}"
    else:
        digits = number
    try:
        return Decimal(digits)
    except InvalidOperation:
        raise _NotANumber(number) from None


@lru_cache(maxsize=8192)
def decimal_mark_of(text: str) -> DecimalMark | None:
    """The decimal mark a number typed as text shows by itself, or None when it shows none or
    could be read either way ("1.234"): both marks (the last is decimal), a repeated mark (it
    groups, so the other is decimal), spaces grouping the digits ("12 345,678": the mark is
    decimal), or a lone mark that cannot group thousands ("1,5", "0.125", "1.2345")."""
    if _SCIENTIFIC.match(text):
        return None
    match = _NUMBER_PARTS.match(text.strip())
    if not match:
        return None
    number = match["number"].strip()
    dots, commas = number.count("."), number.count(",")
    if not dots and not commas:
        return None
    try:
        _decimal_from_text(number)
    except _NotANumber:
        return None  # "1.234." says nothing of its column: it is refused itself
    if dots and commas:
        return "." if number.rfind(".") > number.rfind(",") else ","
    mark: DecimalMark = "." if dots else ","
    if dots + commas > 1:
        return _OTHER_MARK[mark]
    if _GROUP_SPACES.search(number):
        return mark
    whole, fraction = number.split(mark)
    return None if _lone_mark_groups(whole, fraction) else mark


def column_decimal_mark(cells: Sequence[object]) -> DecimalMark | None:
    """The decimal mark of a column of numbers: the one most of its text cells show
    unambiguously (`decimal_mark_of`); None when none shows one, or as many show each. A column
    is written in one convention, so its ambiguous cells are read with this mark."""
    counts = {".": 0, ",": 0}
    for text, times in Counter(cell for cell in cells if type(cell) is str).items():
        mark = decimal_mark_of(text)  # type: ignore[arg-type]
        if mark is not None:
            counts[mark] += times
    if counts["."] == counts[","]:
        return None
    return "." if counts["."] > counts[","] else ","


def _against_column(text: str, column: str, decimal_mark: DecimalMark | None) -> list[Problem]:
    """A warning for a cell written with the other decimal mark than its column's."""
    own = decimal_mark_of(text) if decimal_mark is not None else None
    if own is None or own == decimal_mark:
        return []
    return _warning(column, gettext(
        "“{text}” is written with “{mark}” as the decimal mark, but the column's other numbers "
        "use “{column_mark}”; check the number", text=_shown(text), mark=own,
        column_mark=decimal_mark))


# A number as Excel shows it in a narrow General column and writes it to CSV: "9,99999999E+08".
_SCIENTIFIC = re.compile(r"^\s*\d(?:[.,]\d+)?[eE][+-]?\d+\s*$")


def scientific_notation(text: str) -> Message:
    """Why a number in scientific notation is refused, and what to do: its digits may be lost."""
    return gettext("“{text}” is in scientific notation, as Excel writes a long number in a "
                   "narrow column, and may have lost digits: format the column as Number or "
                   "Text in the spreadsheet, save the file again and import it",
                   text=_shown(text))


@lru_cache(maxsize=8192)
def _parse_number_text(text: str, allow_money_words: bool, decimal_mark: DecimalMark | None = None
                       ) -> tuple[Decimal | None, Message | None]:
    """Parse a number typed as text (a lone mark that could group thousands read with
    `decimal_mark`); return (value, None) or (None, reason)."""
    if _SCIENTIFIC.match(text):
        return None, scientific_notation(text)
    lowered = text.casefold().replace("€", " € ")
    match = _NUMBER_PARTS.match(lowered.strip())
    if not match:
        return None, gettext("“{text}” is not a number", text=_shown(text))
    try:
        value = _decimal_from_text(match["number"], decimal_mark)
    except _NotANumber:
        return None, gettext("“{text}” is not a number the app can read; write the "
                             "number alone, such as 1250 or 1.250,50", text=_shown(text))
    negative = bool(match["sign"]) or match["suffix"].startswith(("-", "−"))
    words = re.findall(r"[^\s.()\-−:]+", f"{match['prefix']} {match['prefix2']} {match['suffix']}")
    for word in words:
        if allow_money_words and word in _EURO_WORDS:
            continue
        if allow_money_words and word in _MULTIPLIERS:
            value *= _MULTIPLIERS[word]
            continue
        if allow_money_words and word in _OTHER_CURRENCIES:
            return None, gettext("“{text}” is not in euros; convert it to EUR",
                                 text=_shown(text))
        return None, gettext("“{text}” is not a number the app can read; write the "
                             "number alone, such as 1250 or 1.250,50", text=_shown(text))
    if negative and value != 0:
        return None, gettext("“{text}” is negative", text=_shown(text))
    return value, None


class NotANumberCell(ValueError):
    """A cell whose type cannot hold a number; `kind` is "boolean", "date" or "non-finite"."""

    def __init__(self, kind: Literal["boolean", "date", "non-finite"]) -> None:
        super().__init__(kind)
        self.kind = kind


def cell_number(raw: object) -> Decimal | str:
    """The one reading of a cell's type for a number: a number cell's exact value (a float
    through its shortest repr, so 0.1 stays 0.1), or the text of any other cell, which each
    caller reads by its own rule for numbers typed as text. NotANumberCell for a boolean, a
    date or time, or NaN and infinity."""
    kind = type(raw)
    if kind is bool:
        raise NotANumberCell("boolean")
    if kind is int:
        return Decimal(raw)  # type: ignore[arg-type]
    if kind is float:
        if not math.isfinite(raw):  # type: ignore[arg-type]
            raise NotANumberCell("non-finite")
        return Decimal(repr(raw))
    if isinstance(raw, Decimal):
        return raw
    if isinstance(raw, _DATE_TYPES):
        raise NotANumberCell("date")
    return cell_text(raw)


def _cell_number(
    raw: object,
    column: str,
    not_a: Message,
    date_as: Message,
    read_text: Callable[[str], tuple[Decimal | None, list[Problem]]],
) -> tuple[Decimal | None, list[Problem]]:
    """The number in a cell of any type, for the parsers below: None with no problem for a blank
    or placeholder cell; a date where a number belongs is refused; text goes to `read_text`."""
    try:
        number = cell_number(raw)
    except NotANumberCell as refusal:
        if refusal.kind == "date":
            return None, _date_problem(column, raw, date_as)
        if refusal.kind == "boolean":
            return None, _error(column, gettext("“{value}” is not {what}", value=raw,
                                                what=not_a))
        return None, _error(column, gettext("is not a finite number"))
    if isinstance(number, Decimal):
        return number, []
    text = number.strip()
    if not text or _is_placeholder(text):
        return None, []
    return read_text(text)


def parse_money(raw: object, column: str = "", decimal_mark: DecimalMark | None = None
                ) -> tuple[Decimal | None, list[Problem]]:
    """An amount in euros, as Decimal rounded to the cent; negative amounts are refused.
    `decimal_mark`: the column's (`column_decimal_mark`), for "1.234" and a cell against it."""
    if raw is None or raw == "":
        return None, []

    def read_text(text: str) -> tuple[Decimal | None, list[Problem]]:
        parsed, reason = _parse_number_text(text, True, decimal_mark)
        if parsed is None:
            return None, _error(column, reason or "")
        return parsed, _against_column(text, column, decimal_mark)

    value, problems = _cell_number(raw, column, gettext("an amount"), gettext("an amount"),
                                   read_text)
    if value is None:
        return None, problems
    if value < 0:
        return None, _error(column, gettext("{value} is negative; amounts cannot be negative",
                                            value=value))
    if value >= MAX_AMOUNT:
        return None, _error(column, gettext("{value} is far too large for an amount in euros",
                                            value=_shown(raw)))
    return round_half_up(value), problems


def parse_integer(raw: object, column: str = "", decimal_mark: DecimalMark | None = None
                  ) -> tuple[int | None, list[Problem]]:
    """A whole number such as a staff headcount: "12", "12.0" and 12.0 pass, "12,5" does not.
    `decimal_mark`: the column's, as for `parse_money` ("1.234" is no whole number under ".")."""
    if raw is None or raw == "":
        return None, []

    def read_text(text: str) -> tuple[Decimal | None, list[Problem]]:
        if re.fullmatch(r"\d+\s*[-–]\s*\d+", text):
            return None, _error(column, gettext("“{text}” is a range; give one number",
                                                text=_shown(text)))
        parsed, reason = _parse_number_text(text, False, decimal_mark)
        if parsed is None:
            return None, _error(column, reason or "")
        if parsed != parsed.to_integral_value():
            # "12,5" and "12.5" are both fractions here: one mark with 1-2 digits after it.
            return None, _error(column, gettext("“{text}” is not a whole number",
                                                text=_shown(text)))
        return parsed, _against_column(text, column, decimal_mark)

    value, problems = _cell_number(raw, column, gettext("a whole number"), gettext("a number"),
                                   read_text)
    if value is None:
        return None, problems
    if value < 0:
        return None, _error(column, gettext("{value} is negative", value=value))
    if value != value.to_integral_value():
        return None, _error(column, gettext("{value} is not a whole number", value=_shown(raw)))
    if value > MAX_INTEGER:
        return None, _error(column, gettext("{value} is far too large (at most {limit})",
                                            value=_shown(raw), limit=f"{MAX_INTEGER:,}"))
    return int(value), problems


def _shown(raw: object, limit: int = 40) -> str:
    """A cell as quoted in a message: a 5,000-digit number is not echoed back whole."""
    text = cell_text(raw)
    return text if len(text) <= limit else f"{text[:limit]}… ({len(text):,} characters)"


# --- identifiers ---------------------------------------------------------------------------------


@lru_cache(maxsize=4096)
def _country_code(text: str) -> str | None:
    from consortium_planner.reference.countries import country_code_from_text

    return country_code_from_text(text)


def parse_country(raw: object, column: str = "") -> tuple[str | None, list[Problem]]:
    """A country name in any of the supported languages, or an ISO/EU code, to the EU code."""
    text, problems = parse_text(raw, column)
    if text is None:
        return None, problems
    if ";" in text:
        # CORDIS writes some countries twice ("FI;FI"); two different ones name no one country
        named = {part.strip().upper() for part in text.split(";") if part.strip()}
        if len(named) != 1:
            return None, _error(column, gettext("“{text}” names several countries; give one",
                                                text=text))
        text = named.pop()
    code = _country_code(text)
    if code is None:
        return None, _error(column, gettext("“{text}” is not a country name or code (such as "
                                            "DE, EL or TW)", text=text))
    return code, []


def _digits_of(raw: object) -> str:
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    return "".join(cell_text(raw).split())


def parse_pic(raw: object, column: str = "") -> tuple[str | None, list[Problem]]:
    """A Participant Identification Code: 9 digits, spaces removed."""
    text = _digits_of(raw)
    if not text or _is_placeholder(text):
        return None, []
    from consortium_planner.reference.countries import pic_is_valid

    if _SCIENTIFIC.match(text):
        return None, _error(column, scientific_notation(text))
    if not pic_is_valid(text):
        return None, _error(column, gettext("“{text}” is not a PIC (9 digits)",
                                            text=cell_text(raw).strip()))
    return text, []


_VAT_NOISE = re.compile(r"[\s.\-/_]+")


def parse_vat(
    raw: object, column: str = "", country: str | None = None
) -> tuple[str | None, list[Problem]]:
    """A VAT number with or without its country prefix, normalised to prefix + number.

    The number is checked against the row's country with its check digits (python-stdnum; the
    format only for countries it does not know). A number that fails is kept with a warning
    that says why (a wrong check digit is usually a typing error): formats change, and refusing
    the organisation over it would lose more than it protects.
    """
    shown = cell_text(raw).strip()
    cleaned = _VAT_NOISE.sub("", _digits_of(raw)).upper()
    if not cleaned or _is_placeholder(shown):
        return None, []
    if _CONTROL.search(cleaned) or len(cleaned) > 30:
        return None, _error(column, gettext("“{text}” is not a VAT number", text=shown[:40]))
    from consortium_planner.reference.countries import (
        check_vat,
        normalise_vat,
        vat_check_said,
        vat_prefix_country,
    )

    prefix_country = vat_prefix_country(cleaned)
    if country is None:
        if prefix_country is None:
            return cleaned, _warning(
                column, gettext("“{text}” has no country prefix and the row gives no country",
                                text=shown)
            )
        country = prefix_country
    elif prefix_country not in (None, country) and not check_vat(country, cleaned).ok:
        return cleaned, _warning(
            column, gettext("“{text}” starts with {prefix}, but the country is {country}",
                            text=shown, prefix=cleaned[:2], country=country)
        )
    try:
        value = normalise_vat(country, cleaned)
    except ValueError:
        return cleaned, []
    problem = vat_check_said(country, check_vat(country, value))
    if problem is not None:
        return value, _warning(column, gettext("“{text}”: {problem}", text=shown,
                                               problem=problem))
    return value, []


# --- contact -------------------------------------------------------------------------------------

_EMAIL_SPLIT = re.compile(r"[;,\s]+")
_ANGLE_EMAIL = re.compile(r"<([^<>]+@[^<>]+)>")


def parse_email(raw: object, column: str = "") -> tuple[str | None, list[Problem]]:
    """Trim an e-mail address and check its shape; a doubtful address is kept with a warning."""
    text, problems = parse_text(raw, column)
    if text is None:
        return None, problems
    angle = _ANGLE_EMAIL.search(text)
    if angle:
        text = angle.group(1).strip()
    if text.casefold().startswith("mailto:"):
        text = text[7:].strip()
    parts = [part for part in _EMAIL_SPLIT.split(text) if part]
    if len(parts) > 1 and all("@" in part for part in parts):
        text = parts[0]
        problems = _warning(
            column, gettext("holds several addresses; the first was kept ({others} were not)",
                            others=", ".join(parts[1:]))
        )
    local, at, domain = text.rpartition("@")
    if at:
        text = f"{local}@{domain.lower()}"
    if not is_email_address(text):
        return text, _warning(column, gettext("“{text}” does not look like an e-mail address",
                                              text=text))
    return text, problems


_URL_PATH = re.compile(r"[/?#]")


def parse_website(raw: object, column: str = "") -> tuple[str | None, list[Problem]]:
    """Trim a web address; a bare domain ("acme.eu") gets "https://" in front."""
    text, problems = parse_text(raw, column)
    if text is None:
        return None, problems
    lowered = text.lower()
    if "@" in text and "://" not in text:
        return text, _warning(column, gettext("“{text}” looks like an e-mail address, not a "
                                              "website", text=text))
    if lowered.startswith(("http://", "https://")):
        url = text
        host = text.split("://", 1)[1]
    else:
        if "://" in text:
            return text, _warning(column, gettext("“{text}” is not a web address", text=text))
        url = "https://" + text
        host = text
    host = _URL_PATH.split(host, maxsplit=1)[0]
    if " " in text or not is_web_host(host):
        return text, _warning(column, gettext("“{text}” does not look like a web address",
                                              text=text))
    return url, problems


# --- regions -------------------------------------------------------------------------------------

_NUTS_CODE = re.compile(r"^[A-Z]{2}[0-9A-Z]{0,3}$")
_NUTS_NOISE = re.compile(r"[\s\-.]")


@cache
def _regions_by_name() -> dict[str, list[tuple[str, str]]]:
    from consortium_planner.reference.countries import normalise_name
    from consortium_planner.reference.nuts import all_regions

    index: dict[str, list[tuple[str, str]]] = {}
    for region in all_regions():
        if region.in_2021 or region.in_2016:
            index.setdefault(normalise_name(region.name), []).append((region.code, region.country))
    return index


def _region_from_name(text: str, country: str | None) -> str | None:
    from consortium_planner.reference.countries import normalise_name

    matches = _regions_by_name().get(normalise_name(text), [])
    if country:
        matches = [m for m in matches if m[1] == country]
    codes = {code for code, _ in matches}
    return codes.pop() if len(codes) == 1 else None


def parse_nuts2(
    raw: object, column: str = "", country: str | None = None
) -> tuple[str | None, list[Problem]]:
    """A NUTS 2 code (or a region's name), checked against the known regions and the country.

    A NUTS 3 code of 2016 or 2021 gives the NUTS 2 (2021) region it lies in (HR041 -> HR05); an
    unknown 5-character code its first four characters, with a warning. Unknown codes are kept with a warning:
    the shipped table may lag behind a NUTS revision.
    """
    text, problems = parse_text(raw, column)
    if text is None:
        return None, problems
    from consortium_planner.reference.nuts import get_region, nuts2_of_nuts3, region_in_country

    code = _NUTS_NOISE.sub("", text).upper()
    region = get_region(code) if len(code) == 4 else None
    if len(code) == 5 and (nuts2 := nuts2_of_nuts3(code)) is not None:
        # a NUTS 3 code of 2016 or 2021 (CORDIS gives these): the region it lies in, as of 2021
        code, region = nuts2, get_region(nuts2)
    if region is None:
        by_name = _region_from_name(text, country)
        if by_name is not None:
            code, region = by_name, get_region(by_name)
        elif not (_NUTS_CODE.match(code) and any(ch.isdigit() for ch in code)):
            return None, _warning(column, gettext("“{text}” is not a NUTS 2 code or a region "
                                                  "the app knows", text=text))
        elif len(code) == 5:
            problems = _warning(
                column, gettext("“{text}” is a NUTS 3 code; its NUTS 2 region {code} was used",
                                text=text, code=code[:4])
            )
            code = code[:4]
            region = get_region(code)
        elif len(code) < 4:
            return None, _warning(
                column, gettext("“{text}” is not a NUTS 2 code (two letters and two characters, "
                                "e.g. DE11)", text=text)
            )
    if region is None:
        return code, [*problems, *_warning(column, gettext(
            "{code} is not a NUTS 2 region the app knows", code=code))]
    if country and not region_in_country(code, country):
        return code, [
            *problems,
            *_warning(column, gettext("{code} ({name}) lies in {region_country}, not in "
                                      "{country}", code=code, name=region.name,
                                      region_country=region.country, country=country)),
        ]
    return code, problems


# --- closed vocabularies -------------------------------------------------------------------------


@cache
def _org_type_index() -> tuple[dict[str, OrgType], tuple[tuple[str, OrgType], ...]]:
    """(exact key -> type, (phrase, type) in the order of resources/words/organisations.toml)."""
    words = word_file("organisations")
    exact: dict[str, OrgType] = {}
    for org_type in OrgType:
        exact[fold_words(org_type.value)] = org_type
        exact[fold_words(org_type.label)] = org_type
    by_type = [(OrgType(name), phrases) for name, phrases in words["types"].items()]
    for org_type, phrases in by_type:
        for phrase in phrases:
            exact.setdefault(fold_words(phrase), org_type)
    # CORDIS's activity types, as whole cells only (PRC: a company of no stated size)
    for text, name in words["activity_types"].items():
        exact.setdefault(fold_words(text), OrgType.SME if name == _GENERIC else OrgType(name))
    generic = _generic_company()
    ordered = tuple((fold_words(p), t) for t, phrases in by_type for p in phrases
                    if fold_words(p) not in generic)
    return exact, ordered


@cache
def _generic_company() -> frozenset[str]:
    """Words that on their own say "a company" but not which size (they match last, warned)."""
    words = word_file("organisations")
    cordis = [text for text, name in words["activity_types"].items() if name == _GENERIC]
    return frozenset(fold_words(word) for word in (*words["generic_company"]["words"], *cordis))


_GENERIC = "generic_company"


@lru_cache(maxsize=4096)
def _org_type_of(text: str) -> tuple[OrgType | None, bool]:
    """(type, generic): generic means only a word like "company" matched."""
    exact, ordered = _org_type_index()
    key = fold_words(text)
    if key in exact:
        return exact[key], key in _generic_company()
    padded = f" {key} "
    for word, org_type in ordered:
        if f" {word} " in padded:
            return org_type, False
    for word in _generic_company():
        if f" {word} " in padded:
            return OrgType.SME, True
    return None, False


def parse_org_type(raw: object, column: str = "") -> tuple[OrgType | None, list[Problem]]:
    """An organisation type named in any of the eight languages ("KMU", "uczelnia" ...)."""
    text, problems = parse_text(raw, column)
    if text is None:
        return None, problems
    org_type, generic = _org_type_of(text)
    if org_type is None:
        return None, _warning(column, gettext("“{text}” is not an organisation type the app "
                                              "knows; left empty", text=text))
    if generic:
        return None, _warning(
            column,
            gettext("“{text}” does not say whether it is an SME or a large enterprise; left "
                    "empty unless staff and figures tell", text=text),
        )
    return org_type, problems




@lru_cache(maxsize=256)
def _profit_of(text: str) -> tuple[bool | None, bool]:
    """(profit-making, whether the text was a plain yes/no that a "Non-profit" column flips)."""
    answer = yes_or_no(text)
    if answer is not None:
        return answer, True
    padded = f" {fold_words(text)} "
    profit, non_profit = profit_phrases()
    if any(f" {phrase} " in padded for phrase in non_profit):
        return False, False
    if any(f" {phrase} " in padded for phrase in profit):
        return True, False
    return None, False


def parse_profit(
    raw: object, column: str = "", *, inverted: bool = False
) -> tuple[bool | None, list[Problem]]:
    """Profit-making or not, from yes/no in eight languages or words like "non-profit".

    `inverted` is for a "Non-profit" column, where "yes" means not profit-making.
    """
    if isinstance(raw, bool):
        return (not raw if inverted else raw), []
    if isinstance(raw, (int, float)) and raw in (0, 1):
        value = bool(raw)
        return (not value if inverted else value), []
    text, problems = parse_text(raw, column)
    if text is None:
        return None, problems
    value, is_yes_no = _profit_of(text)
    if value is None:
        return None, _warning(column, gettext("“{text}” is not a yes/no answer; left empty",
                                              text=text))
    if inverted and is_yes_no:
        value = not value
    return value, problems




@cache
def _sme_class_index() -> dict[str, SmeClass]:
    index = {fold_words(c.value): c for c in SmeClass}
    for name, words in word_file("organisations")["sizes"].items():
        for word in words:
            index.setdefault(fold_words(word), SmeClass(name))
    return index


def parse_sme_class(raw: object, column: str = "") -> tuple[SmeClass | None, list[Problem]]:
    """A stated SME class ("micro", "Kleinstunternehmen", "średnie" ...)."""
    text, problems = parse_text(raw, column)
    if text is None:
        return None, problems
    sme = _sme_class_index().get(fold_words(text))
    if sme is None:
        return None, _warning(column, gettext("“{text}” is not an SME class (micro, small, "
                                              "medium, large)", text=text))
    return sme, problems


