"""The partner workbook's texts are translated into every language (issue 17): babel's extractor
finds each literal the workbook writes (keywords gettext and ngettext) and the test fails when
one has no translation in fr, de, es, it or pl; the vocabulary the workbook shows (types of
organisation, cost categories, value-chain roles) is checked beside them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_file

from consortium_planner.domain.vocab import COST_CATEGORY_LABELS, ORG_TYPE_LABELS
from consortium_planner.reference.languages import LANGUAGES, DEFAULT_LANGUAGE, catalogue
from consortium_planner.reference.value_chain import builtin_roles

PACKAGE = Path(__file__).resolve().parents[2] / "consortium_planner"
SOURCES = ("formats/partner_workbook.py", "exporting/partner_template.py")
TRANSLATED = [code for code in LANGUAGES if code != DEFAULT_LANGUAGE]


def workbook_messages() -> list[str]:
    """Every literal marked in the workbook's sources, as babel's extractor finds them."""
    found: list[str] = []
    for source in SOURCES:
        for _line, message, _comments, _context in extract_from_file(
            "python", PACKAGE / source, keywords={"gettext": None, "ngettext": (1, 2)}
        ):
            for text in (message if isinstance(message, tuple) else (message,)):
                if text and text not in found:
                    found.append(text)
    return found


def shown_vocabulary() -> list[str]:
    """Labels the workbook translates from tables kept elsewhere (its drop-down lists)."""
    return [*ORG_TYPE_LABELS.values(), *COST_CATEGORY_LABELS.values(),
            *(role.label for role in builtin_roles())]


def test_the_extractor_finds_the_workbooks_texts() -> None:
    messages = workbook_messages()
    assert len(messages) > 120
    assert "Legal name" in messages and "Instructions" in messages
    assert "{field}: please type a whole number of zero or more." in messages


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_workbook_text_has_a_translation(language: str) -> None:
    texts = catalogue(language)
    missing = [m for m in [*workbook_messages(), *shown_vocabulary()] if not texts.has(m)]
    assert missing == [], f"{language}: {len(missing)} texts without a translation: {missing}"


@pytest.mark.parametrize("language", TRANSLATED)
def test_translations_keep_their_placeholders(language: str) -> None:
    texts = catalogue(language)
    for message in workbook_messages():
        assert (sorted(re.findall(r"\{\w+\}", texts.gettext(message)))
                == sorted(re.findall(r"\{\w+\}", message))), (language, message)

