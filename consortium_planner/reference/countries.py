"""Countries the app knows: codes, names in several languages, eligibility group and VAT format.

`code` is the EU code (the one NUTS and VIES use: EL for Greece, UK for the United Kingdom), which
differs from ISO 3166 for those two; lookups accept either, so imported files in any convention
resolve to the same country.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from consortium_planner.domain.text import fold
from consortium_planner.reference._data import read_rows

GROUPS = ("eu", "eea", "associated", "other")
NAME_LANGUAGES = ("en", "fr", "de", "es", "it", "pl", "pt", "nl", "native", "aliases")

# Separators people type inside VAT numbers and PICs.
_VAT_NOISE = re.compile(r"[\s.\-/_]+")
# Common mistakes with a prefix that is not the EU one.
_ALT_VAT_PREFIXES = {"EL": ("GR",), "UK": ("UK", "XI")}
# For countries whose VAT format is not shipped: a plausible tax number, nothing more.
_LOOSE_VAT = re.compile(r"[0-9A-Z]{2,20}")


@dataclass(frozen=True)
class Country:
    code: str
    iso2: str
    iso3: str
    name_en: str
    name_native: str
    group: str
    vat_prefix: str
    vat_pattern: str

    @property
    def is_eu(self) -> bool:
        return self.group == "eu"


def all_countries() -> list[Country]:
    """Every shipped country, in the CSV's order (EU-27 first); a fresh list, safe to modify."""
    return list(_countries())


@cache
def _countries() -> tuple[Country, ...]:
    countries = []
    for row in read_rows("countries.csv"):
        country = Country(
            code=row["code"],
            iso2=row["iso2"],
            iso3=row["iso3"],
            name_en=row["name_en"],
            name_native=row["name_native"],
            group=row["group"],
            vat_prefix=row["vat_prefix"],
            vat_pattern=row["vat_pattern"],
        )
        if country.group not in GROUPS:
            raise ValueError(f"countries.csv: {country.code} has unknown group {country.group!r}")
        countries.append(country)
    return tuple(countries)


@cache
def _by_code() -> dict[str, Country]:
    index: dict[str, Country] = {}
    for country in all_countries():
        for key in (country.iso3, country.iso2, country.code):  # EU code wins on clashes
            index[key.upper()] = country
    return index


def get_country(code: str | None) -> Country | None:
    """The country for an EU code, ISO2 or ISO3 code, in any case; None if unknown."""
    if not code:
        return None
    return _by_code().get(code.strip().upper())


def normalise_name(text: str) -> str:
    """Case-, accent- and spacing-insensitive key for matching names typed by people."""
    stripped = re.sub(r"[\s\-‐–_.,'’()]+", " ", fold(text)).strip()
    if stripped.startswith("the "):
        stripped = stripped[4:]
    return stripped


@cache
def _by_name() -> dict[str, str]:
    index: dict[str, str] = {}
    for row in read_rows("country_names.csv"):
        for column in NAME_LANGUAGES:
            for name in (row.get(column) or "").split("|"):
                key = normalise_name(name)
                if key:
                    index.setdefault(key, row["code"])
    for country in all_countries():
        for name in (country.name_en, country.name_native):
            index.setdefault(normalise_name(name), country.code)
    return index


def country_code_from_text(text: str | None) -> str | None:
    """The EU country code for a code or a country name as found in user files, else None.

    Recognises EU/ISO2/ISO3 codes and names in English, French, German, Spanish, Italian, Polish,
    Portuguese, Dutch and the country's own languages, ignoring case, accents and surrounding
    spaces ("Deutschland", "Pays-Bas", "Ελλάδα", "UK" ...).
    """
    if not text:
        return None
    trimmed = text.strip()
    if 2 <= len(trimmed) <= 3 and trimmed.isalpha():
        country = get_country(trimmed)
        if country:
            return country.code
    return _by_name().get(normalise_name(trimmed))


def _clean_vat(vat: str) -> str:
    return _VAT_NOISE.sub("", vat).upper()


@cache
def _vat_regex(code: str) -> re.Pattern[str] | None:
    country = get_country(code)
    if country is None or not country.vat_pattern:
        return None
    return re.compile(f"(?:{country.vat_pattern})")


def _vat_body(country: Country, cleaned: str) -> str:
    """The number without its country prefix.

    A leading prefix is always taken as the prefix: no VIES format lets a number start with its
    own country's letters except FR, where "FR" + 9 digits is far likelier a prefixed number with
    a missing key than a key "FR".
    """
    prefixes = (country.vat_prefix, *_ALT_VAT_PREFIXES.get(country.code, ()))
    for prefix in prefixes:
        if prefix and cleaned.startswith(prefix):
            return cleaned[len(prefix):]
    return cleaned


def has_vat_pattern(country_code: str) -> bool:
    """Whether a real VAT format is shipped for the country (EU-27 and a few others)."""
    return _vat_regex(country_code) is not None


def vat_is_valid(country_code: str, vat: str | None) -> bool:
    """Whether `vat` has the country's VAT number format (VIES formats for the EU-27).

    The prefix is optional (Greece: EL, GR tolerated); spaces, dots and dashes are ignored. Only
    the format is checked, not check digits or registration. For a country with no shipped format
    any 2-20 letters/digits pass (see `has_vat_pattern`); an unknown country never passes.
    """
    country = get_country(country_code)
    if country is None or not vat:
        return False
    body = _vat_body(country, _clean_vat(vat))
    regex = _vat_regex(country.code)
    if regex is None:
        return bool(_LOOSE_VAT.fullmatch(body))
    return bool(regex.fullmatch(body))


def normalise_vat(country_code: str, vat: str) -> str:
    """The canonical form, prefix + number without separators, e.g. "DE123456789", "EL094259216".

    Does not validate (use `vat_is_valid`); raises ValueError for an unknown country because the
    prefix would be guesswork.
    """
    country = get_country(country_code)
    if country is None:
        raise ValueError(f"unknown country code {country_code!r}")
    prefix = country.vat_prefix or country.iso2
    return prefix + _vat_body(country, _clean_vat(vat))


def pic_is_valid(pic: str | int | None) -> bool:
    """A Participant Identification Code is exactly 9 digits (spaces ignored)."""
    if pic is None or isinstance(pic, bool):
        return False
    text = re.sub(r"\s+", "", str(pic))
    return len(text) == 9 and text.isascii() and text.isdigit()
