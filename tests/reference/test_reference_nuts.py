"""nuts: counts per version, country filters, the 2016<->2021 correspondence."""

from __future__ import annotations

import pytest

from consortium_planner.reference import nuts

EU27 = set("AT BE BG CY CZ DE DK EE EL ES FI FR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK".split())


def test_eu27_counts_match_eurostat() -> None:
    regions = [r for r in nuts.all_regions() if r.country in EU27]
    assert sum(r.in_2016 for r in regions) == 240
    assert sum(r.in_2021 for r in regions) == 242
    assert sum(len(nuts.regions_of_country(code, 2016)) for code in EU27) == 240
    assert sum(len(nuts.regions_of_country(code)) for code in EU27) == 242


def test_no_extra_regio() -> None:
    assert not [r for r in nuts.all_regions() if r.code.endswith("ZZ")]


def test_get_region() -> None:
    region = nuts.get_region("itc4")
    assert region == nuts.Region("ITC4", "Lombardia", "IT", True, True)
    assert nuts.get_region("ES52").name == "Comunitat Valenciana"  # type: ignore[union-attr]
    assert nuts.get_region("BEZZ") is None
    assert nuts.get_region("XX11") is None
    assert nuts.get_region(None) is None


def test_croatia_split() -> None:
    assert [r.code for r in nuts.regions_of_country("HR")] == ["HR02", "HR03", "HR05", "HR06"]
    assert [r.code for r in nuts.regions_of_country("HR", version=2016)] == ["HR03", "HR04"]
    for new in ("HR02", "HR05", "HR06"):
        assert nuts.to_nuts2016(new) == ["HR04"]
    assert nuts.to_nuts2016("HR03") == ["HR03"]
    assert nuts.to_nuts2021("HR04") == ["HR02", "HR05", "HR06"]
    hr04 = nuts.get_region("HR04")
    assert hr04 is not None and hr04.in_2016 and not hr04.in_2021


def test_norway_recoding() -> None:
    assert nuts.to_nuts2016("NO0A") == ["NO04", "NO05"]
    assert nuts.to_nuts2016("NO08") == ["NO01", "NO03"]
    assert nuts.to_nuts2016("NO0B") == []
    assert nuts.to_nuts2021("NO05") == ["NO0A"]


def test_to_nuts2016_identity_and_unknown() -> None:
    assert nuts.to_nuts2016("dea1") == ["DEA1"]
    assert nuts.to_nuts2016("ZZ99") == []


def test_country_codes_are_eu_codes() -> None:
    assert nuts.regions_of_country("GR") == nuts.regions_of_country("EL")
    assert len(nuts.regions_of_country("EL")) == 13
    assert nuts.regions_of_country("GB", 2016)
    assert nuts.region_in_country("EL30", "GR")
    assert nuts.region_in_country("EL30", "el")
    assert nuts.region_in_country("UKI3", "GBR")
    assert not nuts.region_in_country("EL30", "CY")
    assert not nuts.region_in_country("XX11", "XX")


def test_bad_version() -> None:
    with pytest.raises(ValueError):
        nuts.regions_of_country("DE", 2024)


def test_every_changed_code_has_a_counterpart_except_new_territory() -> None:
    for region in nuts.all_regions():
        if region.in_2016 and not region.in_2021:
            assert nuts.to_nuts2021(region.code), region
        if region.in_2021 and not region.in_2016 and region.code != "NO0B":
            assert nuts.to_nuts2016(region.code), region
