"""Each normaliser: what it accepts, what it warns about and what it refuses."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from consortium_planner.domain.vocab import OrgType, SmeClass
from consortium_planner.importing.columns import normalise_record
from consortium_planner.importing.normalise import (
    parse_clusters,
    parse_country,
    parse_email,
    parse_integer,
    parse_money,
    parse_nuts2,
    parse_org_type,
    parse_pic,
    parse_profit,
    parse_sme_class,
    parse_text,
    parse_vat,
    parse_website,
)


def severities(problems):
    return [problem.severity for problem in problems]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("1.234,56", "1234.56"), ("1 234,56 EUR", "1234.56"), ("1,234.56", "1234.56"),
        ("€ 1.234", "1234.00"), ("1234", "1234.00"), ("1\u00a0234,5 €", "1234.50"),
        ("1'234.50", "1234.50"), ("2,5 Mio", "2500000.00"), ("500k", "500000.00"),
        (1234, "1234.00"), (1234.565, "1234.57"), (0.1 + 0.2, "0.30"), (Decimal("7.005"), "7.01"),
        ("1.234.567", "1234567.00"), ("0,5", "0.50"), ("EUR 1 000 000", "1000000.00"),
    ],
)
def test_money_accepted(raw, expected):
    value, problems = parse_money(raw, "Turnover")
    assert value == Decimal(expected) and problems == []


@pytest.mark.parametrize(
    ("raw", "fragment"),
    [
        ("-5", "negative"), ("(12)", "negative"), (-3.5, "negative"), ("12 PLN", "euros"),
        ("1,2,3", "not a number"), ("12 34", "not a number"), ("abc", "not a number"),
        (datetime.date(2024, 1, 2), "a date"), (True, "not an amount"), (float("nan"), "finite"),
    ],
)
def test_money_refused(raw, fragment):
    value, problems = parse_money(raw, "Turnover")
    assert value is None and severities(problems) == ["error"]
    assert fragment in problems[0].message and problems[0].column == "Turnover"


def test_money_blank_and_placeholder_are_empty():
    assert parse_money("", "T") == (None, [])
    assert parse_money("n/a", "T") == (None, [])


@given(st.integers(min_value=0, max_value=10**12), st.integers(min_value=0, max_value=99))
def test_money_round_trips_german_and_english_formats(units, cents):
    expected = Decimal(units) + Decimal(cents) / 100
    german = f"{units:,}".replace(",", ".") + f",{cents:02d}"
    english = f"{units:,}.{cents:02d}"
    assert parse_money(german)[0] == expected
    assert parse_money(english)[0] == expected


@pytest.mark.parametrize(("raw", "expected"), [("12", 12), ("12.0", 12), (12.0, 12), (7, 7),
                                                ("1.200", 1200), (" 3 ", 3)])
def test_integer_accepted(raw, expected):
    assert parse_integer(raw, "Staff") == (expected, [])


@pytest.mark.parametrize("raw", ["12,5", 12.5, "10-49", "-1", "lots", True,
                                 datetime.datetime(2024, 1, 1)])
def test_integer_refused(raw):
    value, problems = parse_integer(raw, "Staff")
    assert value is None and severities(problems) == ["error"]


@pytest.mark.parametrize(
    ("raw", "code"),
    [("Deutschland", "DE"), ("Allemagne", "DE"), ("Niemcy", "DE"), ("Alemanha", "DE"),
     ("Duitsland", "DE"), ("Germania", "DE"), ("Alemania", "DE"), ("Pays-Bas", "NL"),
     ("GR", "EL"), ("Ελλάδα", "EL"), (" fra ", "FR"), ("Polska", "PL")],
)
def test_country(raw, code):
    assert parse_country(raw, "Country") == (code, [])


def test_unknown_country_is_an_error():
    value, problems = parse_country("Atlantis", "Country")
    assert value is None and severities(problems) == ["error"]


def test_pic():
    assert parse_pic("999 999 999", "PIC") == ("999999999", [])
    assert parse_pic(999999999.0, "PIC") == ("999999999", [])
    assert severities(parse_pic("12345", "PIC")[1]) == ["error"]


@pytest.mark.parametrize(
    ("raw", "country", "expected", "severity"),
    [
        ("DE 136 695 976", "DE", "DE136695976", []),
        ("136695976", "DE", "DE136695976", []),
        ("094259216", "EL", "EL094259216", []),
        ("GR 094259216", "EL", "EL094259216", []),
        ("DE136695976", None, "DE136695976", []),
        ("EL094259216", None, "EL094259216", []),
        ("FR12345", "FR", "FR12345", ["warning"]),
        ("ATU13585627", "DE", "ATU13585627", ["warning"]),
        ("12345", None, "12345", ["warning"]),
        ("GB980780684", "UK", "GB980780684", []),
        ("CHE-107.787.577 MWST", "CH", "CHE107787577MWST", []),
        ("00501503", "TW", "TW00501503", []),
        ("16.727.230/0001-97", "BR", "BR16727230000197", []),
        ("12-3456789", "US", "US123456789", []),
        ("AZ123456789", "FR", "AZ123456789", ["warning"]),
    ],
)
def test_vat(raw, country, expected, severity):
    value, problems = parse_vat(raw, "VAT", country)
    assert value == expected and severities(problems) == severity


@pytest.mark.parametrize(("raw", "country"), [
    ("DE136695977", "DE"), ("ATU13585626", "AT"), ("EL094259217", "EL"), ("GB802311781", "UK"),
    ("00501502", "TW"), ("7707083894", "RU"),
])
def test_vat_with_a_wrong_check_digit_is_kept_with_a_warning(raw, country):
    value, problems = parse_vat(raw, "VAT", country)
    assert value is not None and severities(problems) == ["warning"]
    assert problems[0].column == "VAT" and "check digit is wrong" in problems[0].message


@pytest.mark.parametrize(("raw", "expected"), [
    ("Taiwan", "TW"), ("Brésil", "BR"), ("China", "CN"), ("Rosja", "RU"), ("Australien", "AU"),
    ("USA", "US"), ("Schweiz", "CH"), ("NO", "NO"), ("Україна", "UA"), ("EL", "EL"),
    ("GR", "EL"), ("UK", "UK"), ("GB", "UK"), ("XK", "XK"), ("Ελλάδα", "EL"), ("Германия", "DE"),
])
def test_countries_from_anywhere(raw, expected):
    assert parse_country(raw, "Country") == (expected, [])


def test_email():
    assert parse_email("  Info@ACME.DE ", "E") == ("Info@acme.de", [])
    assert parse_email("Jo <jo@x.eu>", "E") == ("jo@x.eu", [])
    assert parse_email("mailto:a@b.com", "E") == ("a@b.com", [])
    value, problems = parse_email("a@b.com; c@d.com", "E")
    assert value == "a@b.com" and severities(problems) == ["warning"]
    value, problems = parse_email("foo@bar", "E")
    assert value == "foo@bar" and severities(problems) == ["warning"]


def test_website():
    assert parse_website("acme.eu", "W") == ("https://acme.eu", [])
    assert parse_website(" www.acme.com/en ", "W") == ("https://www.acme.com/en", [])
    assert parse_website("http://x.de", "W") == ("http://x.de", [])
    assert severities(parse_website("not a site", "W")[1]) == ["warning"]
    assert severities(parse_website("info@acme.de", "W")[1]) == ["warning"]


def test_nuts2():
    assert parse_nuts2("de11", "N", "DE") == ("DE11", [])
    # a known NUTS 3 code (2016 or 2021) is its NUTS 2 (2021) region, told by nuts3.csv
    assert parse_nuts2("DE111", "N", "DE") == ("DE11", [])
    assert parse_nuts2("HR041", "N", "HR") == ("HR05", [])  # NUTS 2016, recoded HR050 in 2021
    assert parse_nuts2("BE224", "N", "BE") == ("BE22", [])  # NUTS 2021 only
    assert parse_nuts2("UKI31", "N", "UK") == ("UKI3", [])
    # an unknown one: its first four characters, with a warning
    value, problems = parse_nuts2("DE11X", "N", "DE")
    assert value == "DE11" and severities(problems) == ["warning"]
    value, problems = parse_nuts2("PL21", "N", "DE")
    assert value == "PL21" and "not in DE" in problems[0].message
    value, problems = parse_nuts2("XX99", "N", "DE")
    assert value == "XX99" and severities(problems) == ["warning"]
    assert parse_nuts2("Lazio", "N", "IT") == ("ITI4", [])
    assert parse_nuts2("EL30", "N", "EL") == ("EL30", [])


@pytest.mark.parametrize(
    ("raw", "org_type"),
    [
        ("SME", OrgType.SME), ("KMU", OrgType.SME), ("PME", OrgType.SME), ("MŚP", OrgType.SME),
        ("PMI", OrgType.SME), ("MKB", OrgType.SME), ("PYME", OrgType.SME),
        ("Universität", OrgType.HIGHER_EDUCATION), ("université", OrgType.HIGHER_EDUCATION),
        ("uczelnia", OrgType.HIGHER_EDUCATION), ("Universidade do Porto", OrgType.HIGHER_EDUCATION),
        ("public authority", OrgType.PUBLIC_AUTHORITY), ("Behörde", OrgType.PUBLIC_AUTHORITY),
        ("Gemeente", OrgType.PUBLIC_AUTHORITY), ("cluster", OrgType.CLUSTER_ORGANISATION),
        ("Pôle de compétitivité", OrgType.CLUSTER_ORGANISATION),
        ("Public research organisation", OrgType.RESEARCH_ORGANISATION),
        ("Forschungseinrichtung", OrgType.RESEARCH_ORGANISATION),
        ("Stichting", OrgType.ASSOCIATION_NGO), ("Verband", OrgType.ASSOCIATION_NGO),
        ("Large enterprise", OrgType.LARGE_ENTERPRISE), ("large_enterprise", OrgType.LARGE_ENTERPRISE),
        ("Sonstige", OrgType.OTHER),
    ],
)
def test_org_type(raw, org_type):
    assert parse_org_type(raw, "Type") == (org_type, [])


def test_org_type_unknown_or_sizeless_is_left_empty_with_a_warning():
    assert severities(parse_org_type("xyz", "Type")[1]) == ["warning"]
    value, problems = parse_org_type("Company", "Type")
    assert value is None and severities(problems) == ["warning"]


@pytest.mark.parametrize(
    ("raw", "profit"),
    [("yes", True), ("Ja", True), ("oui", True), ("Sí", True), ("tak", True), ("sim", True),
     ("no", False), ("nein", False), ("nie", False), ("não", False), ("nee", False),
     ("non-profit", False), ("à but lucratif", True), (1, True), (False, False)],
)
def test_profit(raw, profit):
    assert parse_profit(raw, "Profit") == (profit, [])


def test_non_profit_column_is_inverted():
    assert parse_profit("yes", "Non-profit", inverted=True) == (False, [])
    assert parse_profit("non-profit", "Non-profit", inverted=True) == (False, [])


def test_sme_class_words():
    assert parse_sme_class("Kleinstunternehmen", "S") == (SmeClass.MICRO, [])
    assert parse_sme_class("średnie", "S") == (SmeClass.MEDIUM, [])


def test_clusters_split_and_deduplicated():
    assert parse_clusters("Silicon Saxony; BioRN, Silicon Saxony | Cluster X", "C") == (
        ["Silicon Saxony", "BioRN", "Cluster X"], [])


def test_text_strips_folds_and_refuses_control_characters():
    assert parse_text("  Acme \u00a0 Labs\n", "N") == ("Acme Labs", [])
    assert parse_text("=HYPERLINK(\"x\")", "N") == ("=HYPERLINK(\"x\")", [])
    value, problems = parse_text("Ac\x07me", "N")
    assert value is None and severities(problems) == ["error"]
    assert parse_text(12345.0, "Postcode") == ("12345", [])


def test_record_derives_sme_class_and_country_from_region():
    values, problems = normalise_record({
        "legal_name": ("Name", "Acme"), "staff_headcount": ("Staff", "12"),
        "turnover": ("Turnover", "1.000.000"), "nuts2": ("NUTS", "DE11"),
        "vat": ("VAT", "136695976"), "non_profit": ("Non-profit", "no"),
        "org_type": ("Type", "Unternehmen"),
    })
    assert values["sme_class"] == SmeClass.SMALL
    assert values["country"] == "DE" and values["vat"] == "DE136695976"
    assert values["profit"] is True
    assert values["org_type"] == OrgType.SME
    assert {p.column for p in problems} == {"NUTS", "Type"}


def test_record_flags_stated_class_the_figures_contradict():
    values, problems = normalise_record({
        "staff_headcount": ("Staff", 400), "turnover": ("T", 90_000_000),
        "sme_class": ("Size", "small"), "org_type": ("Type", "SME"),
    })
    assert values["sme_class"] == SmeClass.SMALL
    assert len(problems) == 2 and severities(problems) == ["warning", "warning"]
