"""Header rows in eight languages map to the same fields; detection survives titles and merges."""

from __future__ import annotations

import pytest

from consortium_planner.domain.vocab import ORGANISATION_FIELDS
from consortium_planner.importing.headers import (
    FIELD_SYNONYMS,
    find_header,
    find_header_row,
    layout_key,
    map_headers,
    normalise_header,
    parse_override,
)

CORE = ["legal_name", "country", "pic", "vat", "email"]

LANGUAGE_HEADERS = {
    "en": ["Legal name", "Country", "PIC number", "VAT number", "E-mail address"],
    "fr": ["Raison sociale", "Pays", "Numéro PIC", "N° TVA intracommunautaire", "Courriel"],
    "de": ["Name der Organisation", "Land", "PIC-Nummer", "USt-IdNr.", "E-Mail"],
    "es": ["Razón social", "País", "Número PIC", "NIF-IVA", "Correo electrónico"],
    "it": ["Ragione sociale", "Paese", "Codice PIC", "Partita IVA", "Posta elettronica"],
    "pl": ["Nazwa organizacji", "Kraj", "Numer PIC", "NIP", "Adres e-mail"],
    "pt": ["Denominação social", "País", "Número PIC", "N.º de IVA", "Correio eletrónico"],
    "nl": ["Naam organisatie", "Land", "PIC-nummer", "BTW-nummer", "E-mailadres"],
}


@pytest.mark.parametrize("language", sorted(LANGUAGE_HEADERS))
def test_core_fields_in_each_language(language):
    mapping = map_headers(LANGUAGE_HEADERS[language])
    assert [mapping.columns[i] for i in range(5)] == CORE
    assert mapping.unmapped == []


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Strona www", "website"), ("Mitarbeiter", "staff_headcount"), ("Effectif", "staff_headcount"),
        ("Umsatz", "turnover"), ("Chiffre d'affaires", "turnover"), ("Obrót", "turnover"),
        ("Bilanzsumme", "balance_sheet"), ("NUTS 2", "nuts2"), ("Region", "nuts2"),
        ("Kontakt", "contact_name"), ("Website", "website"), ("N.º de IVA", "vat"),
        ("COUNTRY *", "country"), ("Organisation name (legal)", "legal_name"),
        ("Numéro de TVA intracom.", "vat"), ("Non-profit", "non_profit"), ("KMU-Status", "sme_class"),
    ],
)
def test_more_synonyms(header, field):
    assert map_headers([header]).columns == {0: field}


def test_every_field_has_synonyms():
    assert set(ORGANISATION_FIELDS) <= set(FIELD_SYNONYMS)


def test_normalise_header_folds_case_accents_punctuation():
    assert normalise_header("  N.º  de IVA ") == normalise_header("Nº de iva") == "no de iva"
    assert normalise_header("Obrót") == "obrot"
    assert normalise_header("Straße") == "strasse"


def test_unknown_and_duplicate_columns_are_listed():
    mapping = map_headers(["Name", "Favourite colour", "E-mail", "Email"])
    assert mapping.unmapped == [(1, "Favourite colour")]
    assert mapping.duplicates == [(3, "Email", "email")]


@pytest.mark.parametrize("headers", [
    ["Obchodné meno", "IČO", "IČ DPH"],   # Slovak: the IČO is not the IČ DPH
    ["Obchodné meno", "IČ DPH", "IČO"],
    ["Název", "IČO", "DIČ"],              # Czech
    ["Наименование", "ЕИК", "ДДС номер"],  # Bulgarian
    ["Företag", "Organisationsnummer", "Momsregistreringsnummer"],  # Swedish
])
def test_the_vat_number_itself_wins_over_a_register_number_whatever_their_order(headers):
    """A register number stands for the VAT number only in a list without a column of it."""
    vat_column = next(i for i in (1, 2) if headers[i] not in (
        "IČO", "ЕИК", "Organisationsnummer"))
    register = 3 - vat_column
    mapping = map_headers(headers)
    assert mapping.columns == {0: "legal_name", vat_column: "vat"}
    assert mapping.duplicates == [(register, headers[register], "vat")]
    alone = map_headers([headers[0], headers[register]])
    assert alone.columns == {0: "legal_name", 1: "vat"}


def test_a_register_number_mapped_by_the_user_stays_the_vat_column():
    mapping = map_headers(["Obchodné meno", "IČO", "IČ DPH"], {"IČO": "vat"})
    assert mapping.columns == {0: "legal_name", 1: "vat"}
    assert mapping.duplicates == [(2, "IČ DPH", "vat")]


def test_overrides_win_and_can_drop_columns():
    mapping = map_headers(["Name", "Firma-ID", "E-mail"],
                          {"firma id": "pic", "E-MAIL": "ignore"})
    assert mapping.columns == {0: "legal_name", 1: "pic"}
    assert mapping.ignored == [(2, "E-mail")]


def test_parse_override():
    assert parse_override("Firma ID=pic") == ("Firma ID", "pic")
    assert parse_override("Junk=") == ("Junk", "")
    with pytest.raises(ValueError, match="not an organisation field"):
        parse_override("Name=colour")


def test_header_found_below_title_rows():
    rows = [["Cluster members 2024"], [], ["Exported by CRM"], ["Name", "Country", "PIC"],
            ["Acme", "DE", "999999999"]]
    index, mapping = find_header_row(rows)
    assert index == 3 and mapping.columns == {0: "legal_name", 1: "country", 2: "pic"}


def test_merged_group_heading_over_sub_headers():
    rows = [["Organisation", "Country", "Contact", None],
            [None, None, "Name", "E-mail"],
            ["Acme", "DE", "Jo Bloggs", "jo@acme.de"]]
    index, mapping = find_header_row(rows)
    assert index == 0 and mapping.header_rows == 2
    assert mapping.columns == {0: "legal_name", 1: "country", 2: "contact_name", 3: "email"}
    assert mapping.headers[2:] == ["Contact / Name", "Contact / E-mail"]


def test_merged_blank_header_cell_does_not_break_detection():
    rows = [["Name", "Address", None, "Country"], ["Acme", "Main St", "1", "DE"]]
    index, mapping = find_header_row(rows)
    assert index == 0 and mapping.columns == {0: "legal_name", 1: "address", 3: "country"}


def test_best_visible_sheet_wins_and_hidden_sheets_come_last():
    data = [["Name", "Country", "PIC"], ["Acme", "DE", "999999999"]]
    lookup = [["Country"], ["DE"]]
    match = find_header([(lookup, False), (data, False)])
    assert match.sheet_index == 1
    match = find_header([(data, True), (lookup + [["Name", "Country"]], False)])
    assert match.sheet_index == 1
    assert find_header([(data, True)]).sheet_index == 0


def test_layout_key_is_stable_across_spelling_and_trailing_blanks():
    assert layout_key(["Name", "Country", None]) == layout_key(["NAME", "country "])
    assert layout_key(["Name", "Country"]) != layout_key(["Country", "Name"])
