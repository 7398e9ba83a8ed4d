"""NUTS 2 regions of the 2016 and 2021 classifications, from Eurostat's correspondence table.

Both versions are kept because the ERDF 2021-2027 categories are set on NUTS 2016 codes
(Decision 2021/1130) while partners and Eurostat now give NUTS 2021 codes. Built by
resources/reference/build_nuts2.py; extra-regio ZZ codes are not included.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from consortium_planner.reference._data import read_rows
from consortium_planner.reference.countries import get_country

VERSIONS = (2016, 2021)


@dataclass(frozen=True)
class Region:
    code: str
    name: str
    country: str  # EU code as used in NUTS: EL for Greece, UK for the United Kingdom
    in_2016: bool
    in_2021: bool


@dataclass(frozen=True)
class _Entry:
    region: Region
    code_2016: tuple[str, ...]  # 2016 predecessors of a code that is not in NUTS 2016
    code_2021: tuple[str, ...]  # 2021 successors of a code that is not in NUTS 2021


@cache
def _entries() -> dict[str, _Entry]:
    entries = {}
    for row in read_rows("nuts2.csv"):
        region = Region(
            code=row["code"],
            name=row["name"],
            country=row["country"],
            in_2016=row["in_2016"] == "1",
            in_2021=row["in_2021"] == "1",
        )
        entries[region.code] = _Entry(
            region, tuple(row["code_2016"].split()), tuple(row["code_2021"].split())
        )
    return entries


def _key(code: str | None) -> str:
    return (code or "").strip().upper()


def all_regions() -> list[Region]:
    """Every NUTS 2 region of either version, sorted by code."""
    return [entry.region for entry in _entries().values()]


def get_region(code: str | None) -> Region | None:
    """The NUTS 2 region with this code (2016 or 2021, any case), or None."""
    entry = _entries().get(_key(code))
    return entry.region if entry else None


def _country_code(country: str) -> str:
    found = get_country(country)
    return found.code if found else _key(country)


def regions_of_country(country_code: str, version: int = 2021) -> list[Region]:
    """The country's NUTS 2 regions in one classification version (2021 by default).

    Accepts EU, ISO2 or ISO3 codes (GR finds EL, GB finds UK).
    """
    if version not in VERSIONS:
        raise ValueError(f"NUTS version must be one of {VERSIONS}, not {version!r}")
    code = _country_code(country_code)
    return [
        region
        for region in all_regions()
        if region.country == code and (region.in_2021 if version == 2021 else region.in_2016)
    ]


def to_nuts2016(code: str) -> list[str]:
    """The NUTS 2016 code(s) a region code corresponds to: itself if it is a 2016 code.

    A 2021-only code gives the 2016 regions its territory came from (HR02 -> [HR04]); empty for an
    unknown code or a region with no 2016 predecessor (NO0B Jan Mayen and Svalbard).
    """
    entry = _entries().get(_key(code))
    if entry is None:
        return []
    if entry.region.in_2016:
        return [entry.region.code]
    return list(entry.code_2016)


def to_nuts2021(code: str) -> list[str]:
    """The NUTS 2021 code(s) for a region code: itself if it is a 2021 code (HR04 -> 3 codes)."""
    entry = _entries().get(_key(code))
    if entry is None:
        return []
    if entry.region.in_2021:
        return [entry.region.code]
    return list(entry.code_2021)


def region_in_country(code: str, country: str) -> bool:
    """Whether a known NUTS 2 code lies in the country (EU, ISO2 or ISO3 code)."""
    region = get_region(code)
    return region is not None and region.country == _country_code(country)


@cache
def _nuts3() -> dict[str, str]:
    return {row["code"]: row["nuts2_2021"] for row in read_rows("nuts3.csv")}


def nuts2_of_nuts3(code: str | None) -> str | None:
    """The NUTS 2 (2021) region a NUTS 3 code of 2016 or 2021 lies in (HR041 -> HR05, UKI31 ->
    UKI3), from nuts3.csv (resources/reference/build_nuts3.py); None for an unknown code."""
    return _nuts3().get(_key(code))
