"""countries: every ISO 3166-1 country, names in the EU's languages, VAT check digits, PIC."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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


@pytest.mark.parametrize(
    ("given", "expected"),
    [("EL", "EL"), ("gr", "EL"), ("GRC", "EL"), ("UK", "UK"), ("gb", "UK"), ("GBR", "UK"),
     ("deu", "DE"), (" de ", "DE"), ("XKX", "XK"), ("TW", "TW"), ("TWN", "TW"), ("bra", "BR")],
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


def test_every_iso_country_is_known() -> None:
    """ISO 3166-1 in full (from pycountry), with the EU's EL and UK and Kosovo's XK."""
    import pycountry

    codes = {country.code for country in c.all_countries()}
    expected = {{"GR": "EL", "GB": "UK"}.get(entry.alpha_2, entry.alpha_2)
                for entry in pycountry.countries} | {"XK"}
    assert codes == expected and len(codes) == 250
    assert all(c.get_country(entry.alpha_3) for entry in pycountry.countries)


@pytest.mark.parametrize(("code", "name"), [
    ("TW", "Taiwan"), ("BR", "Brazil"), ("CN", "China"), ("RU", "Russia"), ("AU", "Australia"),
    ("US", "United States"), ("CH", "Switzerland"), ("NO", "Norway"), ("UA", "Ukraine"),
    ("EL", "Greece"), ("UK", "United Kingdom"), ("XK", "Kosovo"), ("KR", "South Korea"),
])
def test_countries_outside_the_eu_have_english_short_names(code: str, name: str) -> None:
    country = c.get_country(code)
    assert country is not None and country.name_en == name
    assert country.is_eu is (code == "EL")


@pytest.mark.parametrize(("text", "expected"), [
    ("Taïwan", "TW"), ("Tajwan", "TW"), ("Brésil", "BR"), ("Brasilien", "BR"), ("Chiny", "CN"),
    ("Китай", "CN"), ("Russie", "RU"), ("Rosja", "RU"), ("Russian Federation", "RU"),
    ("Australien", "AU"), ("Αυστραλία", "AU"), ("États-Unis", "US"), ("Stany Zjednoczone", "US"),
    ("Szwajcaria", "CH"), ("Norvège", "NO"), ("Ucraina", "UA"), ("Украйна", "UA"),
    ("Kosowo", "XK"), ("Косово", "XK"), ("Royaume-Uni", "UK"), ("Обединеното кралство", "UK"),
    ("Ηνωμένο Βασίλειο", "UK"), ("Grecja", "EL"), ("Гърция", "EL"),
    # Irish and Maltese, with and without the article
    ("an Ghearmáin", "DE"), ("Ghearmáin", "DE"), ("il-Ġermanja", "DE"), ("Germanja", "DE"),
    # the other EU languages
    ("Saksa", "DE"), ("Saksamaa", "DE"), ("Vokietija", "DE"), ("Vācija", "DE"),
    ("Německo", "DE"), ("Nemecko", "DE"), ("Nemčija", "DE"), ("Njemačka", "DE"),
    ("Németország", "DE"), ("Tyskland", "DE"), ("Γερμανία", "DE"),
])
def test_names_in_every_eu_language(text: str, expected: str) -> None:
    assert c.country_code_from_text(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Allemagne", "DE"), ("ALLEMAGNE", "DE"), ("allemagne", "DE"), ("Niemcy", "DE"),
    ("NIEMCY", "DE"), ("Ελλάδα", "EL"), ("ελλαδα", "EL"), ("Германия", "DE"), ("германия", "DE"),
    ("  Grèce ", "EL"), ("GRECE", "EL"), ("Bresil", "BR"), ("etats unis", "US"),
])
def test_names_in_any_case_and_accent(text: str, expected: str) -> None:
    assert c.country_code_from_text(text) == expected


def test_no_name_means_two_countries() -> None:
    """A name that means one country in one EU language and another in another would make
    imports silently wrong: CLDR's names never clash."""
    seen: dict[str, str] = {}
    clashes = []
    iso = {country.iso2: country.code for country in c.all_countries()}
    for language in c.EU_LANGUAGES:
        for iso2, name in c._territory_names(language).items():
            if iso2 in iso:
                key = c.normalise_name(name)
                if seen.setdefault(key, iso[iso2]) != iso[iso2]:
                    clashes.append((language, name, seen[key], iso[iso2]))
    assert clashes == []


def test_names_cover_every_country_and_language() -> None:
    for country in c.all_countries():
        names = c.country_names(country.code)
        assert set(names) == set(c.EU_LANGUAGES), country.code
        for name in names.values():
            assert c.country_code_from_text(name) == country.code, (country.code, name)


def test_the_shipped_name_index_is_the_one_the_libraries_and_aliases_give() -> None:
    """Lookups read resources/reference/country_names.csv rather than building the index (0.3 s
    of CPU in every process): it must hold what `_by_name` builds from the pinned babel and
    pycountry and country_aliases.csv. On a difference, run
    resources/reference/build_country_names.py and look at the diff."""
    assert c._shipped_names() == c._by_name()


def test_aliases_name_known_countries() -> None:
    for row in read_rows("country_aliases.csv"):
        assert c.country_code_from_text(row["alias"]) == row["code"], row


@pytest.mark.parametrize(
    ("country", "vat"),
    [
        ("DE", "DE136695976"), ("DE", "136695976"), ("de", "DE 136.695.976"),
        ("AT", "ATU13585627"), ("AT", "U13585627"), ("BE", "BE0403019261"),
        ("BE", "BE 0403.019.261"), ("NL", "NL004495445B01"), ("FR", "FR 40 303 265 045"),
        ("IT", "IT00743110157"), ("EL", "EL094259216"), ("EL", "094259216"),
        ("EL", "GR094259216"), ("GR", "EL-094-259-216"), ("ES", "ESA28015865"),
        ("ES", "ES12345678Z"), ("IE", "IE6433435F"), ("PL", "PL 856-734-62-15"),
        ("SE", "SE556188840401"),
        ("UK", "GB980780684"), ("UK", "980 7806 84"), ("NO", "NO995525828MVA"),
        ("NO", "995525828"), ("CH", "CHE-107.787.577 IVA"), ("CH", "CHE-107.787.577"),
        ("TW", "00501503"), ("BR", "16.727.230/0001-97"), ("CN", "91110000600037341L"),
        ("RU", "7707083893"), ("AU", "83 914 571 673"),
    ],
)
def test_vat_valid(country: str, vat: str) -> None:
    assert c.check_vat(country, vat) is c.VatCheck.VALID
    assert c.vat_is_valid(country, vat)


@pytest.mark.parametrize(
    ("country", "vat"),
    [
        ("DE", "DE136695977"), ("AT", "ATU13585626"), ("FR", "FR41303265045"),
        ("EL", "EL094259217"), ("UK", "GB802311781"), ("NO", "NO995525829MVA"),
        ("PL", "PL8567346216"), ("TW", "00501502"), ("BR", "16.727.230/0001-98"),
        ("CN", "91110000600037341M"), ("RU", "7707083894"), ("AU", "83 914 571 672"),
    ],
)
def test_vat_with_a_wrong_check_digit(country: str, vat: str) -> None:
    assert c.check_vat(country, vat) is c.VatCheck.BAD_CHECK_DIGIT
    assert not c.vat_is_valid(country, vat)
    assert "check digit is wrong" in (c.vat_problem(country, vat) or "")


@pytest.mark.parametrize(
    ("country", "vat"),
    [
        ("DE", "DE12345678"), ("DE", "DE1234567890"), ("DE", "FR123456789"), ("DE", ""),
        ("AT", "AT12345678"), ("NL", "NL123456789"), ("NL", "NL123456789X01"),
        ("IT", "IT1234567890"), ("EL", "EL0942592"), ("IE", "IE1234567"),
        ("SE", "SE123456789012"), ("LT", "LT1234567890"), ("RO", "RO0123"),
        ("RO", "RO12345678901"), ("PL", "PL123456789"), ("CY", "CY123456789"),
        ("ZZ", "123456789"), ("TW", "1234"),
    ],
)
def test_vat_with_a_wrong_format(country: str, vat: str) -> None:
    assert c.check_vat(country, vat) is c.VatCheck.BAD_FORMAT
    assert "format" in (c.vat_problem(country, vat) or "format")


def test_every_eu_country_and_the_usual_others_have_a_vat_check() -> None:
    for code in EU27 | {"UK", "NO", "CH", "IS", "TW", "BR", "CN", "RU", "AU"}:
        assert c.has_vat_check(code), code


@pytest.mark.parametrize(("country", "vat"), [("US", "12-3456789"), ("UA", "32855961"),
                                               ("XK", "810123456"), ("LI", "53100")])
def test_vat_without_a_check_is_the_format_only(country: str, vat: str) -> None:
    assert not c.has_vat_check(country)
    assert c.check_vat(country, vat) is c.VatCheck.FORMAT_ONLY
    assert c.check_vat(country, "???") is c.VatCheck.BAD_FORMAT


@pytest.mark.parametrize(("vat", "expected"), [
    ("EL094259216", "EL"), ("GR094259216", "EL"), ("GB980780684", "UK"), ("XI980780684", "UK"),
    ("CHE-107.787.577", "CH"), ("de 136695976", "DE"), ("136695976", None), ("", None),
])
def test_vat_prefix_country(vat: str, expected: str | None) -> None:
    assert c.vat_prefix_country(vat) == expected


@pytest.mark.parametrize(
    ("country", "vat", "expected"),
    [
        ("DE", "de 123 456 789", "DE123456789"), ("DE", "123456789", "DE123456789"),
        ("GR", "094259216", "EL094259216"), ("EL", "GR 094259216", "EL094259216"),
        ("AT", "atu-12345678", "ATU12345678"), ("AT", "U12345678", "ATU12345678"),
        ("NL", "NL 1234.56.789.B.01", "NL123456789B01"), ("ES", "es-b1234567-8", "ESB12345678"),
        ("GB", "GB 123 4567 89", "GB123456789"),
        # the national numbers a list gives instead: a Swedish organisationsnummer, a Hungarian
        # adószám (8 digits, VAT status, county)
        ("SE", "556036-0793", "SE556036079301"), ("SE", "SE 5560360793 01", "SE556036079301"),
        ("HU", "10773381-2-44", "HU10773381"), ("HU", "HU10773381", "HU10773381"),
        ("HU", "10773381-9-44", "HU10773381944"),  # no VAT status 9: left as typed
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


# Numbers in canonical form that pass (python-stdnum's examples), by country; the property test
# below also makes them fail by changing a digit.
_PASSING = {"DE": "DE136695976", "AT": "ATU13585627", "BE": "BE0403019261", "NL": "NL004495445B01",
            "FR": "FR40303265045", "IT": "IT00743110157", "EL": "EL094259216",
            "ES": "ESA28015865", "PL": "PL8567346215", "UK": "GB980780684",
            "NO": "NO995525828MVA", "CH": "CHE107787577", "TW": "TW00501503", "US": "US123456789"}
_EDITS = st.sampled_from(["", "", "0", "1", "9", "X", "MVA", "B01", "MWST", " ", "-", "é", "٣",
                          "\n", "a", "\x00"])


@st.composite
def _vat_lists(draw: st.DrawFn) -> tuple[str, list[str]]:
    """A country and numbers as a column holds them: canonical ones that pass, with a digit
    changed, cut or lengthened, in lower case, with another prefix or odd characters."""
    code = draw(st.sampled_from(sorted(_PASSING)))
    numbers = []
    for _ in range(draw(st.integers(0, 8))):
        number = _PASSING[draw(st.sampled_from(sorted(_PASSING)))] if draw(
            st.booleans()) else _PASSING[code]
        at = draw(st.integers(0, len(number)))
        cut = draw(st.integers(0, 2))
        number = number[:at] + draw(_EDITS) + number[at + cut:]
        numbers.append(number.lower() if draw(st.integers(0, 9)) == 0 else number)
    return code, list(dict.fromkeys(numbers))


@settings(max_examples=400, deadline=None)
@given(case=_vat_lists())
def test_checking_canonical_numbers_at_once_gives_each_ones_verdict(
        case: tuple[str, list[str]]) -> None:
    """`check_canonical_vats` over a country's numbers agrees with `canonical_vat_checker` on
    each (the column's shortcut for 50,000 numbers against the per-number check)."""
    code, numbers = case
    check = c.canonical_vat_checker(code)
    assert check is not None
    verdicts = {number: check(number) for number in numbers}
    failed, others = c.check_canonical_vats(code, numbers)
    assert failed == {n: v for n, v in verdicts.items() if v is not None and not v.ok}
    assert others == [n for n in numbers if verdicts[n] is None]


def test_checking_canonical_numbers_at_once_knows_the_usual_outcomes() -> None:
    failed, others = c.check_canonical_vats(
        "DE", ["DE136695976", "DE136695977", "de136695976", "DE 136695976", "DE1366959"])
    assert failed == {"DE136695977": c.VatCheck.BAD_CHECK_DIGIT,
                      "DE1366959": c.VatCheck.BAD_FORMAT}
    assert others == ["de136695976", "DE 136695976"]
    assert c.check_canonical_vats("CH", ["CHE107787577", "CHE107787577MWST"]) == ({}, [])
    assert c.check_canonical_vats("US", ["US123456789", "US?"]) == ({}, ["US?"])
    assert c.check_canonical_vats("Narnia", ["DE136695976"]) == ({}, ["DE136695976"])
