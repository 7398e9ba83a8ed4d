"""The six languages: names and codes, defaults per country, catalogues and plural forms."""

from __future__ import annotations

import pytest

from consortium_planner.reference.languages import (
    LANGUAGES,
    Catalogue,
    UnknownLanguage,
    catalogue,
    language_code,
    language_for_country,
    locale_language,
    number_locale,
)


@pytest.mark.parametrize(
    ("text", "code"),
    [("de", "de"), ("DE", "de"), ("de_DE", "de"), ("de-AT", "de"), ("German", "de"),
     ("Deutsch", "de"), ("polski", "pl"), ("Polish", "pl"), ("français", "fr"), ("en", "en")],
)
def test_language_code_reads_codes_and_names(text, code):
    assert language_code(text) == code


@pytest.mark.parametrize("text", ["", "  ", "nl", "Klingon", "xx_YY"])
def test_unknown_languages_are_refused_naming_the_known_ones(text):
    with pytest.raises(UnknownLanguage, match="Polski"):
        language_code(text)


@pytest.mark.parametrize(
    ("tag", "code"),
    [("de", "de"), ("de-AT", "de"), ("pl_PL", "pl"), ("en-US", "en"), ("C", None),
     ("POSIX", None), ("pl_PL.UTF-8", "pl"), ("pt-BR", None), ("Deutsch", None), ("", None)],
)
def test_a_locale_tag_names_one_of_the_languages_or_none(tag, code):
    assert locale_language(tag) == code


@pytest.mark.parametrize(
    ("country", "language"),
    [("PL", "pl"), ("AT", "de"), ("BE", "fr"), ("LU", "fr"), ("CH", "de"), ("IT", "it"),
     ("ES", "es"), ("EL", "en"), ("UK", "en"), ("SI", "en"), (None, "en"), ("", "en")],
)
def test_a_partner_gets_its_countrys_language_when_the_app_speaks_it(country, language):
    assert language_for_country(country) == language


def test_number_locales_follow_the_country_of_the_language():
    from babel.numbers import format_decimal

    assert format_decimal(1234.5, "#,##0.00", locale=number_locale("de")) == "1.234,50"
    assert format_decimal(1234.5, "#,##0.00", locale=number_locale("it")) == "1.234,50"
    assert format_decimal(1234.5, "#,##0.00", locale=number_locale("en")) == "1,234.50"
    assert format_decimal(1234.5, "#,##0.00", locale=number_locale("fr")) == "1\u202f234,50"
    assert format_decimal(1234.5, "#,##0.00", locale=number_locale("pl")) == "1\u00a0234,50"


def test_english_is_the_identity_and_every_language_loads():
    assert catalogue("en").gettext("Budget summary") == "Budget summary"
    for code in LANGUAGES:
        assert catalogue(code).language == code


def test_a_shipped_translation_is_used_and_a_missing_one_falls_back_to_english():
    french = catalogue("fr")
    assert french.gettext("Budget summary") == "Synthèse budgétaire"
    assert french.has("Budget summary")
    assert french.gettext("No such text anywhere") == "No such text anywhere"
    assert not french.has("No such text anywhere")


def test_plural_forms_follow_the_language():
    polish = Catalogue("pl", {"{n} partner": ("{n} partner", "{n} partnerzy", "{n} partnerów")})
    forms = [polish.ngettext("{n} partner", "{n} partners", n) for n in (1, 2, 5, 22, 25)]
    assert forms == ["{n} partner", "{n} partnerzy", "{n} partnerów", "{n} partnerzy",
                     "{n} partnerów"]
    english = Catalogue("en")
    assert english.ngettext("{n} partner", "{n} partners", 1) == "{n} partner"
    assert english.ngettext("{n} partner", "{n} partners", 0) == "{n} partners"


def test_a_context_separates_two_meanings_of_one_english_word():
    german = catalogue("de")
    assert german.pgettext("column", "No") == "Nr."
    assert german.gettext("No") == "Nein"
    assert catalogue("en").pgettext("column", "No") == "No"
    assert german.pgettext("nowhere", "No such text") == "No such text"


def test_one_english_text_has_one_translation_per_language_across_the_po_files():
    """The .po files of a language merge into one catalogue: a text in two files with two
    translations would make one of them silently lose (say what a workbook and a PDF call a
    cost category differently)."""
    from babel.messages.pofile import read_po

    from consortium_planner.reference.languages import translations_dir

    clashes = []
    for code in LANGUAGES:
        seen: dict[tuple, tuple[str, str]] = {}
        for po_file in sorted((translations_dir() / code).glob("*.po")):
            with po_file.open("rb") as handle:
                for message in read_po(handle):
                    if not message.id:
                        continue
                    key = (message.context, str(message.id))
                    value = str(message.string)
                    if key in seen and seen[key][1] != value:
                        clashes.append(f"{code}: {key[1]!r} in {seen[key][0]} and {po_file.name}")
                    seen.setdefault(key, (po_file.name, value))
    assert clashes == []


@pytest.mark.parametrize("code", [code for code in LANGUAGES if code != "en"])
def test_the_partner_workbooks_texts_read_from_their_file_are_the_whole_catalogues(code):
    """subject_catalogue("workbooks") serves the import's look for a partner workbook: every
    text of that file translates as the merged catalogue translates it."""
    from consortium_planner.reference.languages import subject_catalogue

    own = subject_catalogue(code, "workbooks").messages
    assert len(own) > 100
    assert own.items() <= catalogue(code).messages.items()
    assert subject_catalogue(code, "no such subject").messages == {}
