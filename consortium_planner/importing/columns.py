"""Normalise a sheet column by column: each distinct value is parsed once, clean columns at once.

A 50,000-row list holds a million cells, and sending each through `normalise`'s per-cell
functions costs seconds. But a column is either a few distinct values (countries, types, cities,
yes/no) or unique values that are mostly already in their final form (names, PICs, e-mail
addresses, VAT numbers). So: a text column whose every cell is already clean passes through one
scan of the joined column, with no Python work per cell; unique identifiers are checked against
one compiled pattern; everything else is parsed once per distinct value, and the fields that
depend on the country (VAT, NUTS) once per (value, country). The result is exactly what the
per-cell functions give; the tests compare the two.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence
from decimal import ROUND_HALF_UP, Decimal
from functools import cache, partial
from operator import itemgetter, methodcaller

from consortium_planner.domain.limits import MAX_INTEGER, ORGANISATION_TEXT_LIMITS
from consortium_planner.domain.money import CENT, MAX_AMOUNT, round_half_up
from consortium_planner.domain.vocab import OrgType, SmeClass
from consortium_planner.importing.cordis import (
    MAX_ACRONYM,
    parse_programme,
    parse_project_id,
    parse_role,
)
from consortium_planner.importing.headers import NON_PROFIT
from consortium_planner.importing.normalise import (
    MAX_NOTES,
    MAX_TEXT,
    PLACEHOLDERS,
    Problem,
    _org_type_of,
    cell_text,
    column_decimal_mark,
    parse_address,
    parse_clusters,
    parse_country,
    parse_ecosystems,
    parse_email,
    parse_founded_year,
    parse_integer,
    parse_money,
    parse_nace_codes,
    parse_name,
    parse_notes,
    parse_nuts2,
    parse_org_type,
    parse_pic,
    parse_profit,
    parse_sme_class,
    parse_text,
    parse_vat,
    parse_website,
)
from consortium_planner.reference.messages import gettext
from consortium_planner.reference.words import yes_or_no

Cells = Sequence[object]
# (row index, problem): rows are numbered by their position in the columns.
RowProblems = list[tuple[int, Problem]]
Parser = Callable[[object, str], tuple[object, list[Problem]]]

_PARSERS: dict[str, Parser] = {
    "legal_name": parse_name,
    "short_name": parse_name,
    "pic": parse_pic,
    "org_type": parse_org_type,
    "staff_headcount": parse_integer,
    "turnover": parse_money,
    "balance_sheet": parse_money,
    "sme_class": parse_sme_class,
    "address": parse_address,
    "city": parse_text,
    "postcode": parse_text,
    "website": parse_website,
    "contact_name": parse_text,
    "email": parse_email,
    "phone": parse_text,
    "clusters": parse_clusters,
    "nace_codes": parse_nace_codes,
    "ecosystems": parse_ecosystems,
    "founded_year": parse_founded_year,
    "notes": parse_notes,
    "country": parse_country,
    # a participation list's project columns (importing/cordis.py)
    "project_id": parse_project_id,
    "project_acronym": lambda raw, column="": parse_text(raw, column, max_length=MAX_ACRONYM),
    "programme": parse_programme,
    "role": parse_role,
    "eu_contribution": parse_money,
}
# Text fields and how `normalise` treats them: (longest accepted, placeholders mean blank).
_TEXT_FIELDS: dict[str, tuple[int, bool]] = {
    "legal_name": (MAX_TEXT, False),
    "short_name": (MAX_TEXT, False),
    "city": (MAX_TEXT, True),
    "postcode": (MAX_TEXT, True),
    "contact_name": (MAX_TEXT, True),
    "phone": (MAX_TEXT, True),
    "address": (MAX_TEXT, True),
    "notes": (MAX_NOTES, False),
}
_MONEY_FIELDS = frozenset({"turnover", "balance_sheet", "eu_contribution"})
_MAX_AMOUNT_FLOAT = float(MAX_AMOUNT)
# `round_half_up` as a C-level callable, for whole columns through `map`.
_TO_CENT = methodcaller("quantize", CENT, ROUND_HALF_UP)

# Written so the regex engine never backtracks within a label (a 50,000-line column is one match).
_LABEL = r"[a-z0-9]++(?:-++[a-z0-9]++)*+"
_HOST = rf"(?:{_LABEL}\.)+[a-z]{{2,}}+"
_EMAIL = rf"[A-Za-z0-9._%+-]+@{_HOST}"
_WEBSITE = rf"(?:https?://)?{_HOST}"
_PIC = r"[0-9]{9}"


@cache
def _column_pattern(cell: str) -> re.Pattern[str]:
    """A column of cells, each blank or matching `cell`, joined by line breaks."""
    return re.compile(rf"(?:{cell})?(?:\n(?:{cell})?)*+")


_EMAIL_COLUMN = _column_pattern(_EMAIL)
_WEBSITE_COLUMN = _column_pattern(_WEBSITE)
_PIC_COLUMN = _column_pattern(_PIC)
# Amounts as text that need no word or currency handling: "1234", "1234,5", "1.234.567,89".
# Possessive: a line is one amount or none, so the engine never backtracks to try again.
_PLAIN_AMOUNT = re.compile(r"[0-9]++(?:[.,][0-9]{1,2}+)?+")
_DOT_GROUPED = re.compile(r"[1-9][0-9]{0,2}+(?:\.[0-9]{3})++(?:,[0-9]{1,2}+)?+")
_COMMA_GROUPED = re.compile(r"[1-9][0-9]{0,2}+(?:,[0-9]{3})++(?:\.[0-9]{1,2}+)?+")


def _is_blank(cell: object) -> bool:
    return cell is None or cell == "" or (type(cell) is str and cell.isspace())


def _only(cells: Cells, kind: type) -> bool:
    """Whether every cell is of `kind` or blank ("" or None)."""
    kinds = set(map(type, cells))
    kinds.discard(type(None))
    if kinds <= {kind}:
        return True
    return kinds == {kind, str} and all(cell == "" for cell in cells if type(cell) is str)


def _joined_text(cells: Cells) -> str | None:
    """The column as one string, when every cell is one line of printable text in final form."""
    try:  # refused unless every cell is text: a faster test than the cells' types
        joined = "\n".join(cells)  # type: ignore[arg-type]
    except TypeError:
        return None
    if joined.count("\n") != len(cells) - 1:
        return None
    if "  " in joined or " \n" in joined or "\n " in joined or joined[:1] == " " or (
        joined[-1:] == " "
    ):
        return None
    if not joined.replace("\n", " ").isprintable():
        return None
    return joined


def _clean_text(field_name: str, cells: Cells, longest: dict[str, int]) -> list[object] | None:
    """The values of a text column that needs no change at all, else None; `longest` learns
    the length of its longest value."""
    max_length, placeholders = _TEXT_FIELDS[field_name]
    joined = _joined_text(cells)
    if joined is None:
        return None
    if placeholders and not PLACEHOLDERS.isdisjoint(joined.casefold().split("\n")):
        return None
    if field_name == "address" and (
        ",\n" in joined or "\n," in joined or joined[:1] == "," or joined[-1:] == ","
    ):
        return None
    longest[field_name] = max(map(len, cells), default=0)  # type: ignore[arg-type]
    if longest[field_name] > max_length:
        return None
    return _blanks_to_none(cells)


def _blanks_to_none(cells: Cells) -> list[object]:
    """A text column's values: "" means nothing (one C-level scan when no cell is blank)."""
    if "" not in cells:
        return list(cells)
    return [cell or None for cell in cells]


def _clean_identifiers(field_name: str, cells: Cells, longest: dict[str, int]
                       ) -> list[object] | None:
    """PICs, e-mail addresses and websites that are already in final form, else None;
    `longest` learns how long the longest value can be."""
    if field_name == "pic" and _only(cells, int):
        if all(cell is None or cell == "" or 100_000_000 <= cell <= 999_999_999  # type: ignore[operator]
               for cell in cells):
            return [None if cell is None or cell == "" else str(cell) for cell in cells]
        return None
    pattern = {"pic": _PIC_COLUMN, "email": _EMAIL_COLUMN, "website": _WEBSITE_COLUMN}[field_name]
    joined = _joined_text(cells)
    if joined is None or not pattern.fullmatch(joined):
        return None
    longest[field_name] = max(map(len, cells), default=0)  # type: ignore[arg-type]
    if longest[field_name] > MAX_TEXT:
        return None
    if field_name == "website":
        longest[field_name] += len("https://")
        if "" not in cells and not joined.startswith(("http://", "https://")) and (
                "\nhttp://" not in joined and "\nhttps://" not in joined):
            return ("https://" + joined.replace("\n", "\nhttps://")).split("\n")
        return [None if not cell else cell if cell.startswith(("http://", "https://"))  # type: ignore[union-attr]
                else "https://" + cell for cell in cells]  # type: ignore[operator]
    return _blanks_to_none(cells)


def _whole_numbers(cells: Cells) -> list[object] | None:
    """A column of non-negative whole numbers (spreadsheets store 12 as 12.0), else None."""
    for kind in (int, float):
        if _only(cells, kind):
            numbers = [cell for cell in cells if type(cell) is kind]
            if min(numbers, default=0) < 0 or (  # type: ignore[type-var]
                    kind is float and not all(map(float.is_integer, numbers))  # type: ignore[arg-type]
            ) or max(numbers, default=0) > MAX_INTEGER:  # type: ignore[type-var]
                return None  # parse_integer says what is wrong
            return [int(cell) if type(cell) is kind else None for cell in cells]  # type: ignore[call-overload]
    return None


def _by_distinct(cells: Cells, parse: Callable[[object], tuple[object, list[Problem]]],
                 problems: RowProblems) -> list[object]:
    """Parse each distinct cell once. The key keeps the type, since 1, 1.0 and True are equal
    in Python but not in a spreadsheet; a column of text only needs no such care and is mapped
    in one C-level pass."""
    if set(map(type, cells)) == {str}:
        parsed = {cell: parse(cell) for cell in set(cells)}
        _locate(cells, parsed, problems)
        return list(map({cell: hit[0] for cell, hit in parsed.items()}.__getitem__, cells))
    cache: dict[object, tuple[object, list[Problem]]] = {}
    values: list[object] = []
    append = values.append
    for index, cell in enumerate(cells):
        key = cell if type(cell) is str else (type(cell), cell)
        hit = cache.get(key)
        if hit is None:
            hit = cache[key] = parse(cell)
        append(hit[0])
        if hit[1]:
            problems.extend((index, problem) for problem in hit[1])
    return values


def _locate(keys: Sequence[object], parsed: Mapping[object, tuple[object, list[Problem]]],
            problems: RowProblems) -> None:
    """Add the problems of the distinct values that have some, at every row holding them."""
    troubled = {key for key, (_, found) in parsed.items() if found}
    if troubled:
        problems.extend((index, problem) for index, key in enumerate(keys) if key in troubled
                        for problem in parsed[key][1])


def _no_grouping(text: str) -> str:
    return text.replace(",", ".")


def _dot_grouping(text: str) -> str:
    return text.replace(".", "").replace(",", ".")


def _comma_grouping(text: str) -> str:
    return text.replace(",", "")


_CELL_AMOUNTS: tuple[tuple[re.Pattern[str], Callable[[str], str]], ...] = (
    (_PLAIN_AMOUNT, _no_grouping), (_DOT_GROUPED, _dot_grouping), (_COMMA_GROUPED, _comma_grouping))
# The same under a column's decimal mark: only the forms that read alike under it and raise no
# warning against it ("1.234" under "." is 1.234, which `parse_money` reads).
_CELL_AMOUNTS_BY_MARK: dict[str | None, tuple[tuple[re.Pattern[str], Callable[[str], str]], ...]] = {
    None: _CELL_AMOUNTS,
    ".": ((re.compile(r"[0-9]++(?:\.[0-9]{1,2}+)?+"), _no_grouping),
          (_COMMA_GROUPED, _comma_grouping)),
    ",": ((re.compile(r"[0-9]++(?:,[0-9]{1,2}+)?+"), _no_grouping),
          (_DOT_GROUPED, _dot_grouping)),
}
# Whole columns of one plain way of writing amounts, and how to make each cell a Decimal.
_AMOUNT_COLUMNS: tuple[tuple[re.Pattern[str], Callable[[str], str]], ...] = (
    (_column_pattern(_PLAIN_AMOUNT.pattern), _no_grouping),
    (_column_pattern(_DOT_GROUPED.pattern), _dot_grouping),
    (_column_pattern(_COMMA_GROUPED.pattern), _comma_grouping),
)


def _fast_amount(text: str, decimal_mark: str | None) -> Decimal | None:
    for pattern, plain in _CELL_AMOUNTS_BY_MARK[decimal_mark]:
        if pattern.fullmatch(text):
            return Decimal(plain(text))
    return None


def _money_column(header: str, cells: Cells, problems: RowProblems) -> list[object]:
    """Amounts: floats and ints converted directly, plain digit text read directly, the rest
    (words, currencies, negatives) through `parse_money` once per distinct cell, with the
    column's decimal mark (`column_decimal_mark`). A whole column of dot- or comma-grouped
    amounts shows no other mark than its own; one of plain amounts, when it uses one mark."""
    if _only(cells, float):
        numbers = [cell for cell in cells if type(cell) is float]
        if all(map(math.isfinite, numbers)) and min(numbers, default=0.0) >= 0 and (  # type: ignore[arg-type]
                max(numbers, default=0.0) < _MAX_AMOUNT_FLOAT):  # type: ignore[arg-type]
            if len(numbers) == len(cells):
                return list(map(_TO_CENT, map(Decimal, map(repr, numbers))))
            return [round_half_up(Decimal(repr(cell))) if type(cell) is float else None
                    for cell in cells]
    joined = _joined_text(cells)
    if joined is not None:
        for pattern, plain in _AMOUNT_COLUMNS:
            if plain is _no_grouping and "," in joined and "." in joined:
                continue  # "12,5" beside "12.5": the column's mark decides, and warns
            if pattern.fullmatch(joined) and max(map(len, cells), default=0) < 16:  # type: ignore[arg-type]
                if "" not in cells:
                    return list(map(_TO_CENT, map(Decimal, plain(joined).split("\n"))))
                return [round_half_up(Decimal(plain(cell))) if cell else None  # type: ignore[arg-type]
                        for cell in cells]
    decimal_mark = column_decimal_mark(cells)
    values: list[object] = []
    append = values.append
    cache: dict[object, tuple[object, list[Problem]]] = {}
    for index, cell in enumerate(cells):
        kind = type(cell)
        if kind is float and 0 <= cell < _MAX_AMOUNT_FLOAT:  # type: ignore[operator]
            append(round_half_up(Decimal(repr(cell))))
            continue
        if kind is int and 0 <= cell < _MAX_AMOUNT_FLOAT:  # type: ignore[operator]
            append(round_half_up(Decimal(cell)))  # type: ignore[arg-type]
            continue
        if kind is str:
            if not cell:
                append(None)
                continue
            amount = _fast_amount(cell, decimal_mark)  # type: ignore[arg-type]
            if amount is not None and amount < MAX_AMOUNT:
                append(round_half_up(amount))
                continue
        key = cell if kind is str else (kind, cell)
        hit = cache.get(key)
        if hit is None:
            hit = cache[key] = parse_money(cell, header, decimal_mark)
        append(hit[0])
        if hit[1]:
            problems.extend((index, problem) for problem in hit[1])
    return values


def normalise_column(
    field_name: str, header: str, cells: Cells, problems: RowProblems,
    longest: dict[str, int] | None = None,
) -> list[object]:
    """One column's values (None where blank); its problems are added to `problems`.
    `longest` learns how long its longest value can be, when a whole-column pass tells.

    Not for the fields that depend on others (profit, VAT, NUTS): `normalise_columns` does those.
    """
    if longest is None:
        longest = {}
    if field_name in _TEXT_FIELDS:
        clean = _clean_text(field_name, cells, longest)
        if clean is not None:
            return clean
    elif field_name in ("pic", "email", "website"):
        clean = _clean_identifiers(field_name, cells, longest)
        if clean is not None:
            return clean
    elif field_name in _MONEY_FIELDS:
        return _money_column(header, cells, problems)
    elif field_name == "staff_headcount":
        counts = _whole_numbers(cells)
        if counts is not None:
            return counts
        decimal_mark = column_decimal_mark(cells)
        return _by_distinct(cells, lambda cell: parse_integer(cell, header, decimal_mark),
                            problems)
    parser = _PARSERS[field_name]
    return _by_distinct(cells, lambda cell: parser(cell, header), problems)


def normalise_columns(
    raw: Mapping[str, tuple[str, Cells]],
    size: int,
    *,
    on_column: Callable[[], None] | None = None,
) -> tuple[dict[str, list[object]], RowProblems]:
    """Normalise whole columns: `raw` maps field -> (column header, cells), all `size` long.

    Returns field -> values (None where the row gives nothing, so an update can tell "blank in
    the file" from a value) and the problems by row, in row order. "non_profit" comes back as
    "profit", inverted. `on_column` is called after each column (progress and cancel).
    """
    columns: dict[str, list[object]] = {}
    problems: RowProblems = []
    longest: dict[str, int] = {}  # field -> how long its longest value can be, where known
    sme_flags = sme_flags_of(raw)
    if sme_flags is not None:  # an "SME" column of yes/no, as CORDIS gives: not a size class
        raw = {name: value for name, value in raw.items() if name != "sme_class"}
        if "org_type" in raw:
            columns["org_type"] = _org_types_by_flag(*raw["org_type"], sme_flags, problems)
        else:  # "SME: yes" alone says the type; "no" does not (a university is no SME either)
            columns["org_type"] = [OrgType.SME if flag else None for flag in sme_flags]
    for field_name, (header, cells) in raw.items():
        if field_name in columns:
            continue
        if field_name in _PARSERS and field_name != "country":
            columns[field_name] = normalise_column(field_name, header, cells, problems, longest)
            if on_column is not None:
                on_column()
    if "profit" in raw or NON_PROFIT in raw:
        inverted = "profit" not in raw
        header, cells = raw[NON_PROFIT if inverted else "profit"]
        columns["profit"] = _by_distinct(
            cells, lambda cell: parse_profit(cell, header, inverted=inverted), problems)
    country_problem_rows: set[int] = set()
    if "country" in raw:
        header, cells = raw["country"]
        found: RowProblems = []
        columns["country"] = _by_distinct(cells, lambda cell: parse_country(cell, header), found)
        country_problem_rows = {index for index, _ in found}
        problems.extend(found)
    if "nuts2" in raw:
        _nuts_column(raw["nuts2"], columns, country_problem_rows, size, problems)
    if "vat" in raw:
        columns["vat"] = _vat_column(raw["vat"], columns.get("country"), size, problems)
    if on_column is not None:
        on_column()
    _derive_sme_class(raw, columns, problems)
    _org_type_from_size(raw, columns)
    _check_lengths(raw, columns, problems, longest)
    problems.sort(key=itemgetter(0))
    return columns, problems


def sme_flags_of(raw: Mapping[str, tuple[str, Cells]]) -> list[bool | None] | None:
    """The SME flags of an "SME" column of yes/no (CORDIS's), or None when there is none."""
    return sme_flags(raw["sme_class"][1]) if "sme_class" in raw else None


def sme_flags(cells: Cells) -> list[bool | None] | None:
    """A column of yes/no answers ("true", "false", TRUE, blank) read as "is an SME", or None
    when some cell is a size class or anything else."""
    answers: dict[object, bool | None] = {}
    for cell in set(cells):
        if _is_blank(cell):
            answers[cell] = None
        elif isinstance(cell, bool):
            answers[cell] = cell
        else:
            answer = yes_or_no(cell_text(cell))
            if answer is None or type(cell) in (int, float):
                return None
            answers[cell] = answer
    if not any(answer is not None for answer in answers.values()):
        return None
    return list(map(answers.__getitem__, cells))


def _org_types_by_flag(header: str, cells: Cells, flags: Sequence[bool | None],
                       problems: RowProblems) -> list[object]:
    """Organisation types where the SME flag decides what a word of no size says ("PRC", a
    private for-profit entity in CORDIS; "company"): an SME, else a large enterprise; with no
    flag the type is left empty and reported."""
    parsed: dict[tuple[object, bool | None], tuple[object, list[Problem]]] = {}
    for key in set(zip(cells, flags)):
        cell, flag = key
        value, found = parse_org_type(cell, header)
        if value is None and found and _org_type_of(cell_text(cell).strip())[1]:
            if flag is not None:
                value, found = (OrgType.SME if flag else OrgType.LARGE_ENTERPRISE), []
            else:
                found = [Problem.of("warning", header, gettext(
                    "“{text}” is a company of no stated size and the SME column is empty; the "
                    "type was left empty", text=cell_text(cell).strip()))]
        parsed[key] = (value, found)
    keys = list(zip(cells, flags))
    _locate(keys, parsed, problems)
    return [parsed[key][0] for key in keys]


def _check_lengths(raw: Mapping[str, tuple[str, Cells]], columns: dict[str, list[object]],
                   problems: RowProblems, longest: Mapping[str, int]) -> None:
    """Refuse, cell by cell, text longer than the workspace holds for its field (the limits the
    editors and `load` use too); nothing to do for a column whose longest value (`longest`, as
    the column's pass measured it) fits, one C-level length scan when the whole column does."""
    for field_name, limit in ORGANISATION_TEXT_LIMITS.items():
        values = columns.get(field_name)
        if values is None or longest.get(field_name, limit + 1) <= limit:
            continue
        if max(map(len, filter(None, values)), default=0) <= limit:
            continue  # the usual case, in one C-level pass (text fields hold str or None)
        lengths = [len("; ".join(v)) if isinstance(v, list) else len(v) if isinstance(v, str)
                   else 0 for v in values]
        header = raw[field_name][0]
        for index, length in enumerate(lengths):
            if length > limit:
                values[index] = None
                problems.append((index, Problem.of("error", header, gettext(
                    "is {length} characters long; at most {limit} fit",
                    length=f"{length:,}", limit=f"{limit:,}"))))


def _nuts_column(
    header_cells: tuple[str, Cells],
    columns: dict[str, list[object]],
    country_problem_rows: set[int],
    size: int,
    problems: RowProblems,
) -> None:
    """NUTS codes checked against each row's country; a row with a region but no country given
    takes the region's country, with a warning."""
    from consortium_planner.reference.nuts import get_region

    header, cells = header_cells
    countries = columns.get("country") or [None] * size
    if set(map(type, cells)) == {str}:
        keys: list[tuple[object, ...]] = list(zip(cells, countries))
    else:  # 1, 1.0 and True are equal keys: keep their types apart
        keys = list(zip(cells, countries, map(type, cells)))
    parsed = {key: parse_nuts2(key[0], header, key[1]) for key in set(keys)}  # type: ignore[arg-type]
    _locate(keys, parsed, problems)
    values = list(map({key: hit[0] for key, hit in parsed.items()}.__getitem__, keys))
    if None in countries:
        for index, country in enumerate(countries):
            nuts2 = values[index]
            if country is not None or nuts2 is None or index in country_problem_rows:
                continue
            region = get_region(nuts2)  # type: ignore[arg-type]
            if region is not None:
                if "country" not in columns:
                    columns["country"] = countries
                countries[index] = region.country
                problems.append((index, Problem.of("warning", header, gettext(
                    "no country given; {country} taken from {code}", country=region.country,
                    code=nuts2))))
    columns["nuts2"] = values


def _vat_column(
    header_cells: tuple[str, Cells], countries: list[object] | None, size: int,
    problems: RowProblems,
) -> list[object]:
    """VAT numbers per row's country, once per distinct (number, country). Those in canonical
    form are checked by country, all at once (the check digits leave no shortcut by pattern,
    `check_canonical_vats`); a passing number is kept as it is, the others go through
    `parse_vat`, which gives the same value and message."""
    from consortium_planner.reference.countries import check_canonical_vats, vat_check_said

    header, cells = header_cells
    countries = countries or [None] * size
    only_text = set(map(type, cells)) == {str}
    if only_text:
        keys: list[tuple[object, ...]] = list(zip(cells, countries))
    else:  # 1, 1.0 and True are equal keys: keep their types apart
        keys = list(zip(cells, countries, map(type, cells)))
    distinct = set(keys)
    by_country: dict[str, list[str]] = {}
    others: list[tuple[object, ...]] = []
    for key in distinct:
        if type(key[0]) is str and key[1] is not None:
            by_country.setdefault(key[1], []).append(key[0])  # type: ignore[index]
        else:
            others.append(key)
    tail = () if only_text else (str,)
    parsed = {key: parse_vat(key[0], header, key[1]) for key in others}  # type: ignore[arg-type]
    for country, numbers in by_country.items():
        failed, not_canonical = check_canonical_vats(country, numbers)
        for cell, verdict in failed.items():
            parsed[(cell, country, *tail)] = (cell, [Problem.of("warning", header, gettext(
                "“{text}”: {problem}", text=cell,
                problem=vat_check_said(country, verdict)))])
        for cell in not_canonical:
            parsed[(cell, country, *tail)] = parse_vat(cell, header, country)
    _locate(keys, parsed, problems)
    if not parsed and only_text:
        return list(cells)  # every number in canonical form and kept as it is
    return [parsed[key][0] if key in parsed else key[0] for key in keys]


def _derive_sme_class(
    raw: Mapping[str, tuple[str, Cells]], columns: dict[str, list[object]],
    problems: RowProblems,
) -> None:
    """Fill the SME class from staff and figures; flag a stated class the figures contradict.
    Staff alone can tell: 250 or more is large (`sme.sme_class`)."""
    staff_column = columns.get("staff_headcount")
    turnovers, balances = columns.get("turnover"), columns.get("balance_sheet")
    if staff_column is None:
        return
    derived = _sme_classes(staff_column, turnovers, balances)
    if turnovers is None and balances is None and SmeClass.LARGE not in derived:
        return  # staff alone tells only "large"
    stated_column = columns.get("sme_class")
    if stated_column is None or stated_column.count(None) == len(stated_column):
        columns["sme_class"] = derived  # nothing stated: nothing to contradict
    else:
        class_header = raw["sme_class"][0] if "sme_class" in raw else "sme_class"
        for index, (stated, size) in enumerate(zip(stated_column, derived)):
            if size is None:
                continue
            if stated is None:
                stated_column[index] = size
            elif stated != size:
                problems.append((index, Problem.of("warning", class_header, gettext(
                    "says {stated}, but staff and figures make it {derived} (unless partner or "
                    "linked enterprises add up)", stated=f"{stated}", derived=f"{size}"))))
    org_types = columns.get("org_type")
    if org_types is not None and SmeClass.LARGE in derived:
        type_header = raw["org_type"][0] if "org_type" in raw else "org_type"
        # after the class's warnings: sorted by row, each row's come in the same order
        problems.extend(
            (index, Problem.of("warning", type_header, gettext(
                "says SME, but staff and figures exceed the SME ceilings")))
            for index, (size, org_type) in enumerate(zip(derived, org_types))
            if size == SmeClass.LARGE and org_type == OrgType.SME)


def _sme_classes(staff_column: list[object], turnovers: list[object] | None,
                 balances: list[object] | None) -> list[SmeClass | None]:
    """`sme.sme_class` of each row, asked once per combination of bands between its ceilings:
    the class depends only on which side of each ceiling the figures fall, and 50,000 rows
    hold a few dozen such combinations. The bands are found column by column."""
    from bisect import bisect_left, bisect_right

    from consortium_planner.reference.sme import CEILINGS, sme_class

    def bands(values: list[object] | None, ceilings: list[object], find: Callable[..., int]
              ) -> list[int]:
        """Each value's band (-1 for none): how many ceilings lie below it."""
        if values is None:
            return [-1] * len(staff_column)
        where = partial(find, ceilings)
        if None not in values:
            return list(map(where, values))
        return [-1 if value is None else where(value) for value in values]

    keys = list(zip(
        bands(staff_column, sorted({c[1] for c in CEILINGS}), bisect_right),  # strictly below
        bands(turnovers, sorted({c[2] for c in CEILINGS}), bisect_left),
        bands(balances, sorted({c[3] for c in CEILINGS}), bisect_left),
    ))
    known: dict[tuple[int, int, int], SmeClass | None] = {}
    for key, index in dict(zip(keys, range(len(keys)))).items():  # a row of each combination
        known[key] = None if key[0] < 0 else (  # `sme_class` says what is unknown
            sme_class(staff_column[index],  # type: ignore[arg-type]
                      None if turnovers is None else turnovers[index],  # type: ignore[arg-type]
                      None if balances is None else balances[index]))  # type: ignore[arg-type]
    return list(map(known.__getitem__, keys))


def _org_type_from_size(
    raw: Mapping[str, tuple[str, Cells]], columns: dict[str, list[object]]
) -> None:
    """"Company" says no size; the SME class, stated or derived, does."""
    sizes, org_types = columns.get("sme_class"), columns.get("org_type")
    if sizes is None or org_types is None or "org_type" not in raw:
        return
    cells = raw["org_type"][1]
    generic: dict[object, bool] = {}
    for index, size in enumerate(sizes):
        if size is None or org_types[index] is not None:
            continue
        cell = cells[index]
        if cell not in generic:
            text = cell_text(cell).strip()
            generic[cell] = bool(text) and _org_type_of(text)[1]
        if generic[cell]:
            org_types[index] = OrgType.LARGE_ENTERPRISE if size == SmeClass.LARGE else OrgType.SME


def normalise_record(
    raw: Mapping[str, tuple[str, object]],
) -> tuple[dict[str, object], list[Problem]]:
    """Normalise one row: `raw` maps field -> (column header, cell value); returns only the
    fields the row gives a value for. The same code as whole columns, on a column of one."""
    columns, problems = normalise_columns(
        {field_name: (header, [cell]) for field_name, (header, cell) in raw.items()}, 1)
    values = {field_name: column[0] for field_name, column in columns.items()
              if column[0] is not None}
    return values, [problem for _, problem in problems]
