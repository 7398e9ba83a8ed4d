"""The multilingual word lists are data files, and yes/no has one reading everywhere: an edit,
an imported list and a returned partner workbook all take the same words (issue 11)."""

from __future__ import annotations

import pytest

from consortium_planner.domain.text import fold_words
from consortium_planner.importing.headers import FIELD_SYNONYMS, match_header
from consortium_planner.importing.normalise import parse_org_type, parse_profit, parse_sme_class
from consortium_planner.importing.partner_workbook import _yes_no
from consortium_planner.reference.words import word_file, yes_or_no
from consortium_planner.services.editing.coercion import as_boolean
from consortium_planner.services.errors import UserError

YES_WORDS = [w for words in word_file("yes_no")["yes"].values() for w in words]
NO_WORDS = [w for words in word_file("yes_no")["no"].values() for w in words]


@pytest.mark.parametrize("text, expected", [
    ("Yes", True), ("OUI", True), ("Sí", True), ("sì", True), ("Tak", True), ("✓", True),
    (" ja ", True), ("yes.", True), ("NÃO", False), ("Fałsz", False), ("nee", False),
    ("maybe", None), ("", None), ("yes please", None),
])
def test_yes_or_no(text, expected):
    assert yes_or_no(text) is expected


@pytest.mark.parametrize("word", [*YES_WORDS, *NO_WORDS, "TAK", "Nein", "Não", "WAHR"])
def test_an_edit_a_list_and_a_partner_workbook_read_yes_no_alike(word):
    expected = yes_or_no(word)
    assert expected is not None
    assert as_boolean(word, "profit") is expected
    assert _yes_no(word) == (expected, [])
    assert parse_profit(word) == (expected, [])


def test_what_is_neither_is_refused_alike():
    with pytest.raises(UserError):
        as_boolean("perhaps", "profit")
    assert _yes_no("perhaps")[0] is None and _yes_no("perhaps")[1]
    assert parse_profit("perhaps")[0] is None


def test_the_word_files_are_read():
    assert "Raison sociale" in FIELD_SYNONYMS["legal_name"]
    assert match_header("Nº de IVA") == ("vat", 1.0)
    assert parse_org_type("Uczelnia")[0] == "higher_education"
    assert parse_sme_class("Kleinstunternehmen")[0] == "micro"
    assert parse_profit("Stowarzyszenie, nienastawiona na zysk")[0] is False
    assert parse_profit("À but non lucratif")[0] is False


def test_every_organisation_type_and_size_in_the_file_is_one_the_app_knows():
    from consortium_planner.domain.vocab import OrgType, SmeClass

    organisations = word_file("organisations")
    assert {OrgType(name) for name in organisations["types"]} == set(OrgType)
    assert {SmeClass(name) for name in organisations["sizes"]} == set(SmeClass)
    languages = word_file("yes_no")
    assert set(languages["yes"]) == set(languages["no"])  # each language says both


def test_phrases_are_compared_as_words():
    assert fold_words("Non-Profit!") == "non profit"
    assert fold_words("  Łódź,  Ærø ") == "lodz aero"


def test_placeholders_come_from_the_word_file():
    from consortium_planner.importing.normalise import parse_text

    assert parse_text("NÉANT") == (None, [])
    assert parse_text("NEANT") == (None, [])
    assert parse_text("N/A") == (None, [])
    assert parse_text("Néant SA") == ("Néant SA", [])
