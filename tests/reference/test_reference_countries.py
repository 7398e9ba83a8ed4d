"""countries: codes, multilingual names, VAT formats, PIC."""

from __future__ import annotations

import pytest

from consortium_planner.reference import countries as c
from consortium_planner.reference._data import read_rows

EU27 = set("AT BE BG CY CZ DE DK EE EL ES FI FR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK".split())


def test_groups() -> None:
    by_group: dict[str, set[str]] = {}
    for country in c.all_countries():
        by_group.setdefault(country.group, set()).add(country.code)
    assert by_group["eu"] == EU27
    assert by_group["eea"] == {"IS", "LI", "NO"}
    assert {"UK", "CH", "UA", "RS", "TR", "IL", "XK", "FO", "NZ", "CA"} <= by_group["associated"]
    codes = [country.code for country in c.all_countries()]
    assert len(codes) == len(set(codes))


def test_every_eu_country_has_a_vat_pattern() -> None:
    assert all(c.has_vat_pattern(code) for code in EU27)


@pytest.mark.parametrize(
    ("given", "expected"),
    [("EL", "EL"), ("gr", "EL"), ("GRC", "EL"), ("UK", "UK"), ("gb", "UK"), ("GBR", "UK"),
     ("deu", "DE"), (" de ", "DE"), ("XKX", "XK")],
)
def test_get_country_by_any_code(given: str, expected: str) -> None:
    country = c.get_country(given)
    assert country is not None and country.code == expected


def test_get_country_unknown() -> None:
    assert c.get_country("ZZ") is None
    assert c.get_country("") is None
    assert c.get_country(None) is None


def test_greece_and_uk_codes() -> None:
    greece = c.get_country("EL")
    assert greece is not None and (greece.iso2, greece.iso3, greece.vat_prefix) == ("GR", "GRC", "EL")
    uk = c.get_country("UK")
    assert uk is not None and uk.iso2 == "GB"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Deutschland", "DE"), ("Allemagne", "DE"), ("Niemcy", "DE"), ("Alemania", "DE"),
        ("Germania", "DE"), ("Duitsland", "DE"), ("Alemanha", "DE"), ("germany", "DE"),
        ("Greece", "EL"), ("Ελλάδα", "EL"), ("ΕΛΛΑΔΑ", "EL"), ("Grèce", "EL"), ("grece", "EL"),
        ("Griechenland", "EL"), ("Hellas", "EL"),
        ("Polska", "PL"), ("Pologne", "PL"), ("Polen", "PL"),
        ("Czech Republic", "CZ"), ("Czechia", "CZ"), ("Tschechien", "CZ"), ("Česko", "CZ"),
        ("The Netherlands", "NL"), ("Nederland", "NL"), ("Pays-Bas", "NL"), ("Países Bajos", "NL"),
        ("España", "ES"), ("espana", "ES"), ("Spain", "ES"),
        ("UK", "UK"), ("United Kingdom", "UK"), ("Great Britain", "UK"), ("Royaume-Uni", "UK"),
        ("  Węgry ", "HU"), ("Łotwa", "LV"), ("Österreich", "AT"), ("Autriche", "AT"),
        ("Suisse", "CH"), ("Schweiz", "CH"), ("Svizzera", "CH"), ("Suíça", "CH"),
        ("Belgique", "BE"), ("België", "BE"), ("Belgio", "BE"),
        ("Éire", "IE"), ("Suomi", "FI"), ("Sverige", "SE"), ("Magyarország", "HU"),
        ("România", "RO"), ("Hrvatska", "HR"), ("Κύπρος", "CY"), ("България", "BG"),
        ("Türkiye", "TR"), ("Turkey", "TR"), ("Україна", "UA"), ("Ukraine", "UA"),
        ("North Macedonia", "MK"), ("Bosnia and Herzegovina", "BA"), ("Norge", "NO"),
        ("Ísland", "IS"), ("Island", "IS"), ("IJsland", "IS"), ("Kosovo", "XK"),
        ("DEU", "DE"), ("gr", "EL"),
    ],
)
def test_country_code_from_text(text: str, expected: str) -> None:
    assert c.country_code_from_text(text) == expected


@pytest.mark.parametrize("text", ["", "   ", "Atlantis", "Europe", "X", None])
def test_country_code_from_text_unknown(text: str | None) -> None:
    assert c.country_code_from_text(text) is None


def test_no_name_means_two_countries() -> None:
    """A name shared by two countries would make imports silently wrong."""
    seen: dict[str, str] = {}
    clashes = []
    for row in read_rows("country_names.csv"):
        for column in c.NAME_LANGUAGES:
            for name in row[column].split("|"):
                key = c.normalise_name(name)
                if key and seen.setdefault(key, row["code"]) != row["code"]:
                    clashes.append((name, seen[key], row["code"]))
    assert clashes == []


def test_names_cover_every_country_and_language() -> None:
    rows = {row["code"]: row for row in read_rows("country_names.csv")}
    assert set(rows) == {country.code for country in c.all_countries()}
    for row in rows.values():
        for language in ("en", "fr", "de", "es", "it", "pl", "pt", "nl", "native"):
            assert row[language].strip(), (row["code"], language)


@pytest.mark.parametrize(
    ("country", "vat"),
    [
        ("DE", "DE123456789"), ("DE", "123456789"), ("de", "DE 123.456.789"),
        ("AT", "ATU12345678"), ("AT", "U12345678"),
        ("BE", "BE0123456789"), ("BE", "BE 1234.567.890"),
        ("NL", "NL123456789B01"), ("FR", "FR 40 303 265 045"), ("FR", "FRAB123456789"),
        ("IT", "IT12345678901"), ("EL", "EL094259216"), ("EL", "094259216"),
        ("EL", "GR094259216"), ("GR", "EL-094-259-216"),
        ("ES", "ESB12345678"), ("ES", "X1234567L"), ("ES", "ES12345678Z"),
        ("IE", "IE1234567T"), ("IE", "1234567TW"), ("IE", "1A23456B"),
        ("SE", "SE123456789001"), ("PL", "PL 123-456-78-90"), ("CY", "CY12345678L"),
        ("LT", "123456789"), ("LT", "LT123456789012"), ("RO", "RO12"), ("RO", "RO1234567890"),
        ("HR", "HR12345678901"), ("SI", "SI12345678"), ("SK", "SK1234567890"),
        ("CZ", "CZ12345678"), ("CZ", "CZ1234567890"), ("BG", "BG123456789"),
        ("MT", "MT12345678"), ("LU", "LU12345678"), ("LV", "LV12345678901"),
        ("HU", "HU12345678"), ("DK", "DK12345678"), ("FI", "FI12345678"),
        ("EE", "EE123456789"), ("PT", "PT123456789"),
        ("UK", "GB123456789"), ("NO", "NO123456789MVA"), ("CH", "CHE-123.456.789 MWST"),
    ],
)
def test_vat_valid(country: str, vat: str) -> None:
    assert c.vat_is_valid(country, vat)


@pytest.mark.parametrize(
    ("country", "vat"),
    [
        ("DE", "DE12345678"), ("DE", "DE1234567890"), ("DE", "FR123456789"), ("DE", ""),
        ("AT", "AT12345678"), ("BE", "BE2123456789"), ("BE", "BE123456789"),
        ("NL", "NL123456789"), ("NL", "NL123456789X01"), ("IT", "IT1234567890"),
        ("EL", "EL09425921"), ("FR", "FR123456789"), ("FR", "FRIO123456789"),
        ("IE", "IE1234567"), ("SE", "SE123456789012"), ("LT", "LT1234567890"),
        ("RO", "RO0123"), ("RO", "RO12345678901"), ("SI", "SI02345678"), ("PL", "PL123456789"),
        ("CY", "CY123456789"), ("ZZ", "123456789"),
    ],
)
def test_vat_invalid(country: str, vat: str) -> None:
    assert not c.vat_is_valid(country, vat)


def test_vat_without_pattern_is_loose() -> None:
    assert not c.has_vat_pattern("RS")
    assert c.vat_is_valid("RS", "RS 100123456")
    assert not c.vat_is_valid("RS", "???")


@pytest.mark.parametrize(
    ("country", "vat", "expected"),
    [
        ("DE", "de 123 456 789", "DE123456789"), ("DE", "123456789", "DE123456789"),
        ("GR", "094259216", "EL094259216"), ("EL", "GR 094259216", "EL094259216"),
        ("AT", "atu-12345678", "ATU12345678"), ("AT", "U12345678", "ATU12345678"),
        ("NL", "NL 1234.56.789.B.01", "NL123456789B01"), ("ES", "es-b1234567-8", "ESB12345678"),
        ("GB", "GB 123 4567 89", "GB123456789"),
    ],
)
def test_normalise_vat(country: str, vat: str, expected: str) -> None:
    assert c.normalise_vat(country, vat) == expected


def test_normalise_vat_unknown_country() -> None:
    with pytest.raises(ValueError):
        c.normalise_vat("ZZ", "123")


@pytest.mark.parametrize(("pic", "ok"), [
    ("999999999", True), ("999 999 999", True), (999999999, True), (" 123456789 ", True),
    ("99999999", False), ("9999999999", False), ("99999999A", False), ("", False), (None, False),
    ("１２３４５６７８９", False),
])
def test_pic(pic: str | int | None, ok: bool) -> None:
    assert c.pic_is_valid(pic) is ok
