"""Recognise what a column holds from its values: countries, PICs, VAT numbers, e-mail and web
addresses, NUTS codes, amounts and organisation names.

Titles mislead: a list copied from a web page is headed "Title", "Info", "col12", and a data row
can read like a header. The values do not: a column of "Deutschland", "France", "EL" is a country
whatever it is called. `header_layout` uses this to tell data rows from header rows and to map
columns whose title says nothing; each guess carries its evidence ("82 of 85 values look like
country names") for the mapping to show. Only a sample of rows is read (`SAMPLE_ROWS`), so a
134,000-row list costs what a 200-row one does.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from consortium_planner.domain.contact import is_email_address, is_web_host
from consortium_planner.domain.text import fold_words
from consortium_planner.names import LEGAL_FORMS
from consortium_planner.reference.messages import Message, gettext

# Data rows read to recognise the columns (beyond the rows where a header may be).
SAMPLE_ROWS = 200
# Share of a column's non-blank sampled values that must be of one kind for the column to be it.
MIN_SHARE = 0.5

COUNTRY, PIC, VAT, EMAIL, WEBSITE, NUTS, AMOUNT, NUMBER, NAME = (
    "country", "pic", "vat", "email", "website", "nuts", "amount", "number", "name")
# The organisation field each kind fills; an amount says no field (turnover? an EU contribution?).
FIELD_OF_KIND: dict[str, str | None] = {
    COUNTRY: "country", PIC: "pic", VAT: "vat", EMAIL: "email", WEBSITE: "website",
    NUTS: "nuts2", AMOUNT: None, NUMBER: None, NAME: "legal_name",
}
KIND_OF_FIELD: dict[str, str] = {
    "country": COUNTRY, "pic": PIC, "vat": VAT, "email": EMAIL, "website": WEBSITE,
    "nuts2": NUTS, "turnover": AMOUNT, "balance_sheet": AMOUNT, "legal_name": NAME,
}
DESCRIPTIONS: dict[str, str] = {
    COUNTRY: "country names or codes", PIC: "PICs (9 digits)", VAT: "VAT numbers",
    EMAIL: "e-mail addresses", WEBSITE: "web addresses", NUTS: "NUTS codes",
    AMOUNT: "amounts of money", NUMBER: "numbers", NAME: "organisation names",
}

# The same descriptions as messages, for the reason the window words in its language.
_DESCRIBED: dict[str, Message] = {
    COUNTRY: gettext("country names or codes"), PIC: gettext("PICs (9 digits)"),
    VAT: gettext("VAT numbers"), EMAIL: gettext("e-mail addresses"),
    WEBSITE: gettext("web addresses"), NUTS: gettext("NUTS codes"),
    AMOUNT: gettext("amounts of money"), NUMBER: gettext("numbers"),
    NAME: gettext("organisation names"),
}


def country_of(text: str) -> str | None:
    """The country a cell names, in any language the app reads, or None. The one place the
    content scan asks the country tables (so a richer table can be plugged in here)."""
    from consortium_planner.reference.countries import country_code_from_text

    return country_code_from_text(text)


# Words that end or carry an organisation's name, folded, beyond the legal forms of `names`.
_ORGANISATION_WORDS = frozenset({
    "university", "universitat", "universite", "universidad", "universita", "universiteit",
    "universidade", "uniwersytet", "univerzita", "yliopisto", "universitet", "institute",
    "institut", "instituto", "istituto", "instytut", "instituut", "centre", "center", "centro",
    "centrum", "zentrum", "association", "associazione", "asociacion", "associacao", "verein",
    "vereniging", "stowarzyszenie", "foundation", "fondation", "stiftung", "fondazione",
    "fundacion", "fundacao", "fundacja", "stichting", "agency", "agence", "agentur", "agencia",
    "agenzia", "ministry", "ministere", "ministerium", "council", "college", "school", "ecole",
    "hochschule", "politecnico", "polytechnic", "hospital", "laboratory", "laboratoire", "society",
    "gesellschaft", "consortium", "cluster", "academy", "akademie", "research", "recherche",
    "forschung", "ricerca", "investigacion", "technology", "technologies", "technische",
    "technical", "network", "chamber", "kammer", "camera", "city", "municipality", "region",
    "company", "group", "solutions", "systems", "services", "consulting", "engineering",
})

# Title words naming something other than the organisation: a "Project ID" (or CORDIS's
# "projectID") column of 9-digit numbers holds projects, not PICs, and is not mapped by its
# values. Words starting with the first set count ("projectid", "grantnumber").
_OTHER_THING_STARTS = ("project", "projet", "projekt", "proyecto", "progetto", "projeto",
                       "grant")
_OTHER_THINGS = frozenset({"call", "topic", "contract"})


def names_other_thing(folded_title: str) -> bool:
    """Whether a title (folded: lower case, words apart) names a project, grant or call."""
    words = folded_title.split()
    return any(word.startswith(_OTHER_THING_STARTS) or word in _OTHER_THINGS for word in words)


_LEGAL_FORMS = frozenset(LEGAL_FORMS)
_YES_NO = frozenset({"yes", "no", "y", "n", "ja", "nein", "oui", "non", "si", "sí", "tak", "nie",
                     "sim", "nao", "não", "nee", "true", "false"})
_PIC_TEXT = re.compile(r"[0-9]{9}")
_VAT_SHAPE = re.compile(r"([A-Z]{2})([0-9A-Z+*]{2,14})")
_VAT_NOISE = re.compile(r"[\s.\-/_]+")
_NUTS_SHAPE = re.compile(r"[A-Z]{2}[0-9A-Z]{1,3}")
# An amount of money as text: a currency sign or word beside a number, or a number grouped in
# thousands or with two decimals ("€ 479 180", "€ 123 641,25", "1.234,56", "1,234.56").
_CURRENCY = re.compile(r"(?:€|\bEUR\b|\beuros?\b)", re.IGNORECASE)
_NUMBER = re.compile(r"[0-9][0-9 .,'’\u00a0\u202f\u2009]*")
_GROUPED = re.compile(
    r"[0-9]{1,3}(?:(?:[.,'’\u00a0\u202f\u2009 ])[0-9]{3})+(?:[.,][0-9]{1,2})?|[0-9]+[.,][0-9]{2}")
_WEB_PREFIX = re.compile(r"(?:https?://|www\.)", re.IGNORECASE)


@lru_cache(maxsize=16384)
def text_kind(text: str) -> str | None:
    """The kind of value a text cell holds, or None (names are judged by `looks_like_name`)."""
    text = text.strip()
    if not text or len(text) > 200:
        return None
    if "@" in text:
        return EMAIL if is_email_address(text.removeprefix("mailto:")) else None
    if _PIC_TEXT.fullmatch("".join(text.split())):
        return PIC
    compact = _VAT_NOISE.sub("", text)
    if _CURRENCY.search(text) and _NUMBER.search(text):
        return AMOUNT
    if _GROUPED.fullmatch(text):
        return AMOUNT
    upper = compact.upper()
    if text[:2].isupper() and _NUTS_SHAPE.fullmatch(upper) and any(c.isdigit() for c in upper):
        if _is_nuts(upper):
            return NUTS
    if text[:2].isalpha() and _VAT_SHAPE.fullmatch(upper) and sum(
            c.isdigit() for c in upper) >= 6 and _is_vat(upper):
        return VAT
    if _WEB_PREFIX.match(text) or ("." in text and " " not in text and is_web_host(
            text.lower().split("/", 1)[0])):
        return WEBSITE
    if len(text) <= 60 and text.casefold() not in _YES_NO and country_of(text) is not None:
        return COUNTRY
    return None


def _is_nuts(code: str) -> bool:
    from consortium_planner.reference.countries import get_country
    from consortium_planner.reference.nuts import get_region

    if len(code) >= 4:
        return get_region(code[:4]) is not None
    return get_country(code[:2]) is not None


def _is_vat(cleaned: str) -> bool:
    """A VAT number by its prefix and shape; a wrong check digit still makes a VAT number (the
    import warns about it), so it counts here."""
    from consortium_planner.reference.countries import VatCheck, check_vat, get_country

    country = get_country(cleaned[:2])
    if country is None or not cleaned.startswith((country.vat_prefix[:2], "GR")):
        return False
    return check_vat(country.code, cleaned) is not VatCheck.BAD_FORMAT


def cell_kind(cell: object) -> str | None:
    """The kind of value a cell holds: text by `text_kind`, a 9-digit number as a PIC, any other
    number as an amount (a header is text, so a number is always a value)."""
    kind = type(cell)
    if kind is str:
        return text_kind(cell)  # type: ignore[arg-type]
    if kind is int or (kind is float and cell.is_integer()):  # type: ignore[union-attr]
        return PIC if 100_000_000 <= cell <= 999_999_999 else AMOUNT  # type: ignore[operator]
    if kind is float:
        return AMOUNT
    return None


@lru_cache(maxsize=16384)
def looks_like_name(text: str) -> bool:
    """Whether text reads like an organisation's name: it ends in a legal form ("GmbH",
    "S.A.") or carries a word such as "University", "Institut", "Stiftung"."""
    text = text.strip()
    if not text or len(text) > 300 or not any(c.isalpha() for c in text):
        return False
    words = fold_words(text).split()
    if any(" ".join(words[-size:]) in _LEGAL_FORMS for size in (1, 2, 3) if len(words) > size):
        return True
    return not _ORGANISATION_WORDS.isdisjoint(words)


def _blank(cell: object) -> bool:
    return cell is None or cell == "" or (type(cell) is str and cell.isspace())


@dataclass(frozen=True)
class ColumnGuess:
    """What a column's sampled values say it holds."""

    kind: str
    matches: int
    values: int  # non-blank values sampled

    @property
    def field(self) -> str | None:
        return FIELD_OF_KIND[self.kind]

    @property
    def reason(self) -> str:
        return f"{self.matches} of {self.values} values look like {DESCRIPTIONS[self.kind]}"

    @property
    def said(self) -> Message:
        """`reason` as a message (made when a column's reason is, not per cell)."""
        return gettext("{matches} of {values} values look like {what}", matches=self.matches,
                       values=self.values, what=_DESCRIBED[self.kind])


def matches_kind(kind: str, cell: object) -> bool:
    """Whether `cell` is a value of `kind` (a number counts for amounts and PICs)."""
    if kind == NAME:
        return type(cell) is str and looks_like_name(cell)
    if kind == NUMBER:
        return type(cell) in (int, float)
    found = cell_kind(cell)
    return found == kind or (kind == AMOUNT and found == PIC)


def guess_columns(rows: Sequence[Sequence[object]]) -> dict[int, ColumnGuess]:
    """Column index -> what its values are, from the sampled `rows` (the first rows of a sheet,
    title and header rows included: they are few beside the data). Rows with a single value
    (titles, notes) are left out when the sheet is wider."""
    width = max((len(row) for row in rows), default=0)
    counts: list[dict[str, int]] = [{} for _ in range(width)]
    values = [0] * width
    names = [0] * width
    texts: list[set[str]] = [set() for _ in range(width)]
    money = [0] * width  # amounts written as money (text, or with cents), not bare counts
    for row in rows:
        filled = [(index, cell) for index, cell in enumerate(row) if not _blank(cell)]
        if len(filled) < 2 and width > 1:
            continue
        for index, cell in filled:
            values[index] += 1
            kind = cell_kind(cell)
            if kind is not None:
                counts[index][kind] = counts[index].get(kind, 0) + 1
                if kind == AMOUNT and (type(cell) is str or cell % 1):  # type: ignore[operator]
                    money[index] += 1
            elif type(cell) is str:
                texts[index].add(cell)
                if looks_like_name(cell):
                    names[index] += 1
    guesses: dict[int, ColumnGuess] = {}
    for index in range(width):
        total = values[index]
        if not total:
            continue
        kinds = counts[index]
        if kinds:
            kind, matches = max(kinds.items(), key=lambda item: item[1])
            if kind == PIC and kinds.get(AMOUNT, 0) >= matches / 5:
                kind, matches = AMOUNT, matches + kinds[AMOUNT]
            elif kind == AMOUNT:
                matches += kinds.get(PIC, 0)
            if kind == AMOUNT and not money[index]:
                kind = NUMBER
            # Two values at least: one cell is no evidence (a title "VAT" is the Vatican's code).
            if matches >= 2 and matches >= MIN_SHARE * total:
                guesses[index] = ColumnGuess(kind, matches, total)
                continue
        # Names: at least a third carry a legal form or an organisation word, and most differ.
        if names[index] >= 2 and names[index] >= total / 3 and len(texts[index]) >= total / 3:
            guesses[index] = ColumnGuess(NAME, names[index], total)
    return guesses
