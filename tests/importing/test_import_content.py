"""Columns recognised by their values: the kinds of cells, the amounts people write, and the
column guesses a header-less or badly titled list is mapped by."""

from __future__ import annotations

from decimal import Decimal

import pytest

from consortium_planner.importing.columns import normalise_column
from consortium_planner.importing.content import (
    AMOUNT,
    COUNTRY,
    EMAIL,
    NAME,
    NUTS,
    PIC,
    VAT,
    WEBSITE,
    cell_kind,
    guess_columns,
    looks_like_name,
)
from consortium_planner.importing.normalise import parse_money


@pytest.mark.parametrize(
    ("cell", "kind"),
    [("Deutschland", COUNTRY), ("Finland", COUNTRY), ("EL", COUNTRY), ("Ελλάδα", COUNTRY),
     ("Polska", COUNTRY), ("999999999", PIC), ("999 999 999", PIC), (999999999, PIC),
     ("DE123456789", VAT), ("FR12345678901", VAT), ("info@acme.eu", EMAIL),
     ("www.acme.eu", WEBSITE), ("https://acme.eu/about", WEBSITE), ("DE11", NUTS),
     ("DE212", NUTS), ("€ 479 180", AMOUNT), ("€ 123 641,25", AMOUNT),
     ("€\u00a0123\u00a0641,25", AMOUNT), ("1.234,56", AMOUNT), ("1,234.56", AMOUNT),
     (1500000.5, AMOUNT), (42, AMOUNT)],
)
def test_cell_kinds(cell, kind):
    assert cell_kind(cell) == kind


@pytest.mark.parametrize(
    "title",
    ["Title", "Info", "Info1", "col12", "Project ID", "Country", "Land", "PIC", "VAT",
     "E-mail", "Website", "NUTS 2", "Turnover", "no", "yes", "Germany Office Ltd"],
)
def test_titles_are_no_values(title):
    """What a header says is never taken for a value of its column (yes/no is not Norway)."""
    assert cell_kind(title) not in (PIC, VAT, EMAIL, WEBSITE, NUTS, AMOUNT)
    if title not in ("Germany Office Ltd", "VAT"):  # VAT: the Vatican's ISO 3166 code
        assert cell_kind(title) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [("€ 479 180", "479180.00"), ("€ 123 641,25", "123641.25"),
     ("€\u00a0123\u00a0641,25", "123641.25"), ("€\u202f123\u202f641,25", "123641.25"),
     ("1.234,56", "1234.56"), ("1,234.56", "1234.56"), ("123 641,25 €", "123641.25"),
     ("EUR 1.234.567,89", "1234567.89")],
)
def test_money_forms(text, expected):
    assert parse_money(text, "Amount") == (Decimal(expected), [])
    problems: list = []
    assert normalise_column("turnover", "Amount", [text, "", text], problems) == [
        Decimal(expected), None, Decimal(expected)]
    assert problems == []


def test_organisation_names():
    assert looks_like_name("Acme GmbH") and looks_like_name("Universität Wien")
    assert looks_like_name("Bits S.R.L.") and looks_like_name("Fundación Tecnalia Research")
    assert not looks_like_name("Berlin") and not looks_like_name("Acme")


def test_guesses_say_how_many_values_fit():
    rows = [["Title", "Info", "Info1", "col12"]]
    rows += [[f"Firma {n} GmbH", "Deutschland" if n % 5 else "n/a", f"{900000000 + n}",
              f"€ {n} 000,50"] for n in range(1, 21)]
    guesses = guess_columns(rows)
    assert {index: guess.kind for index, guess in guesses.items()} == {
        0: NAME, 1: COUNTRY, 2: PIC, 3: AMOUNT}
    assert guesses[1].reason == "16 of 21 values look like country names or codes"
    assert guesses[0].field == "legal_name" and guesses[3].field is None


def test_a_column_of_mixed_text_is_no_kind():
    rows = [["Name", "Notes"], ["Acme", "met in Germany"], ["Beta", "call back"],
            ["Gamma", "Germany"], ["Delta", "see www"]]
    assert 1 not in guess_columns(rows)


def test_one_cell_is_no_evidence():
    """A title such as "VAT" (the Vatican's ISO code) over an empty column makes no country
    column, so the header row is not taken for data."""
    rows = [["Legal name", "Country", "VAT"]] + [[f"Org {n}", "DE", ""] for n in range(5)]
    assert {index: guess.kind for index, guess in guess_columns(rows).items()} == {1: COUNTRY}
