"""Countries the app knows: every country of ISO 3166-1 plus Kosovo, their names in every official
EU language, the group the EU puts them in, and their VAT numbers.

`code` is the EU code (the one NUTS, VIES and CORDIS use: EL for Greece, UK for the United
Kingdom), which differs from ISO 3166 for those two; lookups accept either, so imported files in
any convention resolve to the same country.

Where the data comes from (resources/reference/README.md says more):
- the list of countries and their ISO codes: pycountry (ISO 3166-1, from Debian's iso-codes);
- names: CLDR through babel, in the 24 official EU languages, plus the official languages of the
  EEA and associated countries; pycountry's own translations of the ISO names ("Korea, Republic
  of", "Fédération de Russie") as further spellings; a short list of aliases that neither has
  ("Great Britain", "Czech Republic");
- VAT check digits: python-stdnum, per country where it has a module;
- what a library does not give (EU membership, EEA, Horizon Europe association): the app's own
  resources/reference/country_groups.csv, with notes. Eligibility for a call is the call profile's
  business (rules/), never this module's.
"""

from __future__ import annotations

import csv
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from functools import cache
from types import ModuleType

from consortium_planner.domain.text import fold
from consortium_planner.reference._data import read_rows, reference_dir
from consortium_planner.reference.messages import CountryName, Message, gettext

GROUPS = ("eu", "eea", "associated", "other")
# The 24 official languages of the EU, as CLDR locale codes.
EU_LANGUAGES = (
    "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it", "lt",
    "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv",
)
# ISO 3166-1 codes the EU writes differently (Interinstitutional Style Guide, 7.1).
_EU_CODES = {"GR": "EL", "GB": "UK"}
# Kosovo: a user-assigned code that the EU, CLDR and CORDIS use; not in ISO 3166-1 itself.
_EXTRA_COUNTRIES = (("XK", "XKX"),)

# Separators people type inside VAT numbers and PICs.
_VAT_NOISE = re.compile(r"[\s.\-/_]+")
# Prefixes a VAT number carries when it is not the ISO code (VIES: EL; the Swiss UID: CHE).
_VAT_PREFIXES = {"EL": "EL", "UK": "GB", "CH": "CHE"}
# Common mistakes with a prefix that is not the usual one.
_ALT_VAT_PREFIXES = {"EL": ("GR",), "UK": ("UK", "XI"), "CH": ("CH",)}
# Suffixes that make a company number a VAT number; people often leave them out.
_VAT_SUFFIXES = {"NO": "MVA", "CH": "MWST"}
# For countries whose VAT number python-stdnum does not know: a plausible tax number, nothing more.
_LOOSE_VAT = re.compile(r"[0-9A-Z]{2,20}")


@dataclass(frozen=True)
class Country:
    code: str
    iso2: str
    iso3: str
    name_en: str
    group: str
    note: str = ""

    @property
    def is_eu(self) -> bool:
        return self.group == "eu"

    @property
    def vat_prefix(self) -> str:
        """The letters in front of its VAT numbers: the EU code in the EU (EL), else mostly ISO."""
        return _VAT_PREFIXES.get(self.code, self.iso2)


def all_countries() -> list[Country]:
    """Every country: the EU-27, the EEA, the associated countries, then all others, each by code;
    a fresh list, safe to modify."""
    return list(_countries())


@cache
def _groups() -> dict[str, tuple[str, str]]:
    groups: dict[str, tuple[str, str]] = {}
    for row in read_rows("country_groups.csv"):
        if row["group"] not in GROUPS:
            raise ValueError(f"country_groups.csv: {row['code']} has unknown group {row['group']!r}")
        groups[row["code"]] = (row["group"], row.get("note") or "")
    return groups


@cache
def _countries() -> tuple[Country, ...]:
    import pycountry

    english = _territory_names("en")
    codes = [(c.alpha_2, c.alpha_3) for c in pycountry.countries] + list(_EXTRA_COUNTRIES)
    groups = _groups()
    countries = []
    for iso2, iso3 in codes:
        code = _EU_CODES.get(iso2, iso2)
        group, note = groups.get(code, ("other", ""))
        name = english.get(iso2) or pycountry.countries.get(alpha_2=iso2).name
        countries.append(Country(code, iso2, iso3, name, group, note))
    unknown = set(groups) - {country.code for country in countries}
    if unknown:
        raise ValueError(f"country_groups.csv: unknown codes {sorted(unknown)}")
    countries.sort(key=lambda country: (GROUPS.index(country.group), country.code))
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


# Articles CLDR writes in front of names in Irish ("an Ghearmáin", "an tSeicia") and Maltese
# ("il-Ġermanja", "l-Istati Uniti"), which people leave out in lists; on normalised names.
_ARTICLE = re.compile(r"^(?:an t?|na |i[lrstzxdnc] |l )")


@cache
def _territory_names(language: str) -> dict[str, str]:
    """CLDR's names of territories in one language, by ISO code ({} if babel lacks it).

    A language's own file holds every name; reading it without merging in its parents (root for
    most) is several times faster, which matters because the lookup loads about 40 of them.
    The file is read directly, not through `localedata.load(..., merge_inherited=False)`: that
    caches the unmerged data under the language's name, and every Locale of the language made
    afterwards lacks what it inherits (list patterns, abbreviated month names: issue 17's
    exports and check messages failed with KeyError)."""
    import pickle

    from babel import Locale, UnknownLocaleError, localedata

    if not localedata.exists(language):
        return {}
    with open(localedata.resolve_locale_filename(language), "rb") as handle:
        names = pickle.load(handle).get("territories")  # babel's own data, shipped with it
    if not names:  # a variant that inherits its names ("nb" from "no")
        try:
            names = Locale.parse(language).territories
        except (UnknownLocaleError, ValueError):
            return {}
    return dict(names)


def _native_languages() -> dict[str, list[str]]:
    """Official languages of the EEA and associated countries that are not EU languages
    ("Norge", "Україна"), by ISO code; other countries are written in the EU's languages."""
    from babel.core import get_global

    spoken = get_global("territory_languages")
    wanted: dict[str, list[str]] = {}
    for country in all_countries():
        if country.group in ("eea", "associated"):
            languages = spoken.get(country.iso2, {})
            wanted[country.iso2] = [
                language for language, info in languages.items()
                if info.get("official_status") == "official" and language not in EU_LANGUAGES
            ]
    return wanted


def _iso_translations() -> list[dict[str, str]]:
    """pycountry's ISO names (name, official and common name) in English and, translated, in the
    EU languages: each a map of folded-able text to ISO code."""
    import gettext

    import pycountry

    tables: list[dict[str, str]] = []
    translators = [None] + [
        gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language],
                            fallback=True)
        for language in EU_LANGUAGES if language != "en"
    ]
    for translator in translators:
        table: dict[str, str] = {}
        for entry in pycountry.countries:
            for attribute in ("name", "official_name", "common_name"):
                name = getattr(entry, attribute, None)
                if name:
                    table[translator.gettext(name) if translator else name] = entry.alpha_2
        tables.append(table)
    return tables


@cache
def _by_name() -> dict[str, str]:
    """Folded name -> EU code. Earlier sources win a clash: codes' own aliases, then CLDR's
    names in English, the other EU languages and the native languages, then the ISO names.

    Built from the libraries, for build_country_names.py and its test; lookups read the index
    it wrote (`_shipped_names`)."""
    iso_to_code = {country.iso2: country.code for country in all_countries()}
    index: dict[str, str] = {}

    def add(name: str, code: str) -> None:
        key = normalise_name(name)
        if key:
            index.setdefault(key, code)

    for row in read_rows("country_aliases.csv"):
        add(row["alias"], row["code"])
    for language in EU_LANGUAGES:
        for iso2, name in _territory_names(language).items():
            if iso2 in iso_to_code:
                add(name, iso_to_code[iso2])
    for iso2, languages in _native_languages().items():
        for language in languages:
            name = _territory_names(language).get(iso2)
            if name:
                add(name, iso_to_code[iso2])
    for table in _iso_translations():
        for name, iso2 in table.items():
            add(name, iso_to_code[iso2])
    for key, code in list(index.items()):
        bare = _ARTICLE.sub("", key)
        if bare != key:
            index.setdefault(bare.strip(), code)
    return index


def country_code_from_text(text: str | None) -> str | None:
    """The EU country code for a country code or name in any EU language, or None.

    Recognises EU/ISO2/ISO3 codes and names in the 24 official EU languages (and the own
    languages of the EEA and associated countries), ignoring case, accents and surrounding spaces
    ("Deutschland", "Pays-Bas", "Ελλάδα", "Германия", "UK" ...). The one lookup for every place
    that reads a country typed by a person or found in a file.
    """
    if not text:
        return None
    trimmed = text.strip()
    if 2 <= len(trimmed) <= 3 and trimmed.isascii() and trimmed.isalpha():
        country = get_country(trimmed)
        if country:
            return country.code
    return _shipped_names().get(normalise_name(trimmed))


@cache
def _shipped_names() -> dict[str, str]:
    """`_by_name`'s index as shipped in resources/reference/country_names.csv (written by
    build_country_names.py there; a test checks it is still what `_by_name` builds). Building
    it reads 40 CLDR locales and 23 ISO translations and folds 17,000 names: 0.3 s of CPU in
    every process's first lookup, which is every command-line import's; reading it takes 5 ms."""
    with (reference_dir() / "country_names.csv").open(encoding="utf-8", newline="") as handle:
        rows = csv.reader(handle)
        next(rows)  # the header: name,code
        return {name: code for name, code in rows}


def country_name(code: str, language: str) -> str:
    """The country's short name in `language` (a CLDR code: "pl"), else its English name; ''
    for an unknown code. The one reader of a country's name for the exports and the window."""
    country = get_country(code)
    if country is None:
        return ""
    return _territory_names(language).get(country.iso2, "") or country.name_en


def country_names(code: str) -> dict[str, str]:
    """The country's name in each EU language, by CLDR language code ({} for an unknown code)."""
    country = get_country(code)
    if country is None:
        return {}
    names = {language: _territory_names(language).get(country.iso2, "")
             for language in EU_LANGUAGES}
    return {language: name for language, name in names.items() if name}


# --- VAT numbers --------------------------------------------------------------------------------


class VatCheck(Enum):
    """What checking a VAT number against its country found."""

    VALID = "valid"                    # format and check digits (python-stdnum)
    FORMAT_ONLY = "format only"        # no check known for the country: a plausible number
    BAD_CHECK_DIGIT = "bad check digit"
    BAD_FORMAT = "bad format"          # wrong length or characters, or an unknown country

    @property
    def ok(self) -> bool:
        return self in (VatCheck.VALID, VatCheck.FORMAT_ONLY)


def _clean_vat(vat: str) -> str:
    return _VAT_NOISE.sub("", vat).upper()


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


@cache
def _vat_module(iso2: str) -> ModuleType | None:
    """python-stdnum's VAT module of the country (stdnum.de.vat, stdnum.no.mva ...), if any."""
    get_cc_module = _stdnum_get_cc_module()
    try:
        module = get_cc_module(iso2.lower(), "vat")
    except ImportError:  # pragma: no cover - get_cc_module returns None for most
        return None
    from consortium_planner.reference import _stdnum_clean

    _stdnum_clean.install()  # the module and those it imported: half the time of a check
    return module


def _stdnum_get_cc_module() -> Callable[[str, str], ModuleType | None]:
    """stdnum.util.get_cc_module, also where OpenSSL is left out.

    stdnum.util imports ssl for its online VIES client, which the app never calls; the bundle
    leaves OpenSSL out (installer/bundle_config.py: the app never goes online). There an empty
    module stands in for ssl while stdnum.util is imported, and only then: no other library
    sees it afterwards.
    """
    try:
        from stdnum.util import get_cc_module
    except ImportError as error:
        if "ssl" not in (error.name or str(error)) or "ssl" in sys.modules:
            raise
        sys.modules["ssl"] = ModuleType("ssl")
        try:
            from stdnum.util import get_cc_module
        finally:
            del sys.modules["ssl"]
    return get_cc_module  # type: ignore[no-any-return]


def has_vat_check(country_code: str) -> bool:
    """Whether VAT numbers of the country are checked with their check digits (python-stdnum
    knows the EU-27 and many others); else only a plausible format is asked for."""
    country = get_country(country_code)
    return country is not None and _vat_module(country.iso2) is not None


has_vat_pattern = has_vat_check  # the name before check digits were checked


def _vat_candidates(country: Country, body: str) -> tuple[str, ...]:
    """The spellings to try, likeliest first: most modules take the bare number; the Swiss one
    wants its CHE; the Norwegian and Swiss ones want the suffix people leave out."""
    prefixed = country.vat_prefix + body
    suffix = _VAT_SUFFIXES.get(country.code, "")
    if not suffix or body.endswith(suffix) or not body[-1:].isdigit():
        return (prefixed, body) if country.code == "CH" else (body, prefixed)
    if country.code == "CH":
        return prefixed, prefixed + suffix
    return body, body + suffix


def check_vat(country_code: str, vat: str | None) -> VatCheck:
    """Check `vat` for the country: its format and, where python-stdnum knows how, its check
    digits. The prefix is optional (Greece: EL, GR tolerated; the Swiss CHE and MWST and the
    Norwegian MVA too); spaces, dots and dashes are ignored. Registration is not checked."""
    country = get_country(country_code)
    if country is None or not vat:
        return VatCheck.BAD_FORMAT
    return _check_body(country, _vat_module(country.iso2), _vat_body(country, _clean_vat(vat)))


def _check_body(country: Country, module: ModuleType | None, body: str) -> VatCheck:
    if module is None:
        return VatCheck.FORMAT_ONLY if _LOOSE_VAT.fullmatch(body) else VatCheck.BAD_FORMAT
    InvalidChecksum, ValidationError = _stdnum_errors()
    for candidate in _vat_candidates(country, body):
        try:
            module.validate(candidate)
        except InvalidChecksum:
            return VatCheck.BAD_CHECK_DIGIT  # the shape was right: no other spelling helps
        except ValidationError:
            continue
        except Exception:  # noqa: BLE001 - a library bug on odd input is not the user's fault
            continue
        return VatCheck.VALID
    return VatCheck.BAD_FORMAT


@cache
def _stdnum_errors() -> tuple[type[Exception], type[Exception]]:
    """stdnum's InvalidChecksum and ValidationError, imported once rather than at every check."""
    from stdnum.exceptions import InvalidChecksum, ValidationError

    return InvalidChecksum, ValidationError


def canonical_vat_checker(country_code: str) -> Callable[[str], VatCheck | None] | None:
    """For checking a column fast: a function that checks a number already in the country's
    canonical form (`normalise_vat`'s: prefix + number, capitals and digits only) and returns
    None for any other text, which needs `check_vat`. None for an unknown country."""
    country = get_country(country_code)
    if country is None:
        return None
    module = _vat_module(country.iso2)
    prefix = country.vat_prefix
    start = len(prefix)

    def check(text: str) -> VatCheck | None:
        if not _is_canonical(text, prefix):
            return None
        return _check_body(country, module, text[start:])

    return check


@cache
def _canonical_column(prefix: str) -> re.Pattern[str]:
    """Numbers in canonical form (`prefix`, then capitals and digits), joined by line breaks."""
    quoted = re.escape(prefix)
    return re.compile(rf"{quoted}[0-9A-Z]*+(?:\n{quoted}[0-9A-Z]*+)*+")


def check_canonical_vats(country_code: str, numbers: Sequence[str]
                         ) -> tuple[dict[str, VatCheck], list[str]]:
    """`canonical_vat_checker` for many numbers of one country: (the verdict of each number in
    canonical form that fails, the numbers not in canonical form, which need `check_vat`); the
    numbers in neither pass. An unknown country has no canonical form.

    Each number costs one call of the country's python-stdnum `validate` when it passes, which
    nearly all do: the shape is checked for the whole list at once, and the other spellings
    `_check_body` tries are only tried for a number the first one fails.
    """
    country = get_country(country_code)
    if country is None:
        return {}, list(numbers)
    prefix = country.vat_prefix
    joined = "\n".join(numbers)
    others: list[str] = []
    if joined.count("\n") == len(numbers) - 1 and _canonical_column(prefix).fullmatch(joined):
        canonical: Sequence[str] = numbers
    else:
        canonical = [text for text in numbers if _is_canonical(text, prefix)]
        others = [text for text in numbers if not _is_canonical(text, prefix)]
    module = _vat_module(country.iso2)
    start = len(prefix)
    failed: dict[str, VatCheck] = {}
    if module is None:
        for text in canonical:
            verdict = _check_body(country, module, text[start:])
            if not verdict.ok:
                failed[text] = verdict
        return failed, others
    validate = module.validate
    # _vat_candidates' first spelling: the bare number, but the Swiss module wants its CHE
    first = 0 if country.code == "CH" else start
    for text in canonical:
        try:
            validate(text[first:])
        except Exception:  # noqa: BLE001 - _check_body says which failure it was
            verdict = _check_body(country, module, text[start:])
            if not verdict.ok:
                failed[text] = verdict
    return failed, others


def _is_canonical(text: str, prefix: str) -> bool:
    """Whether `text` is a number in `normalise_vat`'s form: prefix, capitals and digits."""
    return (text.startswith(prefix) and text.isascii() and text.isalnum()
            and not text.islower() and text.upper() == text)


def vat_is_valid(country_code: str, vat: str | None) -> bool:
    """Whether `vat` is a VAT number of the country (see `check_vat`): check digits where
    python-stdnum knows them, else 2-20 letters and digits; an unknown country never passes."""
    return check_vat(country_code, vat).ok


def vat_problem(country_code: str, vat: str) -> str | None:
    """Why `vat` is not a VAT number of the country, in words for a message; None if it is."""
    return vat_check_problem(country_code, check_vat(country_code, vat))


def vat_check_problem(country_code: str, verdict: VatCheck) -> str | None:
    """`verdict` of a number of the country in words for a message; None if it passed."""
    said = vat_check_said(country_code, verdict)
    return said.render() if said is not None else None


def vat_check_said(country_code: str, verdict: VatCheck) -> Message | None:
    """`vat_check_problem` as a Message, to word it in any language (the country named in it)."""
    if verdict.ok:
        return None
    country = get_country(country_code)
    where: Message | str = country_code
    if country is not None:
        where = gettext("{country} ({code})", country=CountryName(country.code, country.name_en),
                        code=country.code)
    if verdict is VatCheck.BAD_CHECK_DIGIT:
        return gettext("its check digit is wrong for a VAT number of {country}", country=where)
    return gettext("it does not have the format of a VAT number of {country}", country=where)


@cache
def _by_vat_prefix() -> dict[str, str]:
    index = {country.iso2: country.code for country in all_countries()}
    for country in all_countries():  # the usual prefixes win over ISO codes (GB, EL, XI ...)
        for prefix in (country.vat_prefix, *_ALT_VAT_PREFIXES.get(country.code, ())):
            index[prefix] = country.code
    return index


def vat_prefix_country(vat: str) -> str | None:
    """The EU code of the country whose prefix starts `vat` ("EL094259216" -> EL, "GB..." -> UK,
    "CHE-..." -> CH), or None when it starts with no country's letters."""
    cleaned = _clean_vat(vat)
    index = _by_vat_prefix()
    for length in (3, 2):
        prefix = cleaned[:length]
        if len(prefix) == length and prefix.isalpha() and prefix in index:
            return index[prefix]
    return None


def normalise_vat(country_code: str, vat: str) -> str:
    """The canonical form, prefix + number without separators, e.g. "DE123456789", "EL094259216".

    Does not validate (use `check_vat`); raises ValueError for an unknown country because the
    prefix would be guesswork.
    """
    country = get_country(country_code)
    if country is None:
        raise ValueError(f"unknown country code {country_code!r}")
    return country.vat_prefix + _from_national_number(country.code,
                                                      _vat_body(country, _clean_vat(vat)))


def _from_national_number(country_code: str, body: str) -> str:
    """The VAT number a national company number spells, for the lists that give that one: a
    Swedish organisationsnummer (10 digits) is the VAT number without its "01", a Hungarian
    adószám (8 digits, the VAT status 1-5, 2 of the county) starts with the VAT number."""
    if not body.isdigit():
        return body
    if country_code == "SE" and len(body) == 10:
        return body + "01"
    if country_code == "HU" and len(body) == 11 and body[8] in "12345":
        return body[:8]
    return body


def pic_is_valid(pic: str | int | None) -> bool:
    """A Participant Identification Code is exactly 9 digits (spaces ignored)."""
    if pic is None or isinstance(pic, bool):
        return False
    text = re.sub(r"\s+", "", str(pic))
    return len(text) == 9 and text.isascii() and text.isdigit()
