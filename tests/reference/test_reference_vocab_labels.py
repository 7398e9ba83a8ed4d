"""Vocabulary labels in every language: each label function's texts, and the data labels of the
value-chain roles and industrial ecosystems, have a translation in fr, de, es, it and pl."""

from __future__ import annotations

from translation_coverage import PACKAGE, literals, untranslated

from consortium_planner.domain.vocab import CostCategory, OrgType, RegionCategory, Role
from consortium_planner.reference import vocab_labels
from consortium_planner.reference.languages import catalogue
from consortium_planner.reference.value_chain import builtin_roles, ecosystems


def test_every_vocabulary_label_has_a_translation_in_every_language() -> None:
    found = literals([PACKAGE / "reference" / "vocab_labels.py"])
    assert len(found) > 30
    assert untranslated(found) == []


def test_the_shipped_roles_and_ecosystems_are_translated() -> None:
    labels = [term.label for term in (*builtin_roles(), *ecosystems())]
    assert len(labels) == 25
    assert untranslated(labels) == []


def test_labels_in_english_match_the_domain_and_translate() -> None:
    english, german = catalogue("en"), catalogue("de")
    for org_type in OrgType:
        assert vocab_labels.org_type_label(org_type, english) == org_type.label
    for category in RegionCategory:
        assert vocab_labels.region_category_label(category, english) == category.label
    for role in Role:
        assert vocab_labels.role_label(role, english) == role.label
    for cost in CostCategory:
        assert vocab_labels.cost_category_label(cost, english) == cost.label
    assert vocab_labels.org_type_label("sme", german) == "KMU"
    assert vocab_labels.region_category_label("less_developed", catalogue("pl")) == \
        "Słabiej rozwinięty"
    assert vocab_labels.sme_class_label("micro", catalogue("fr")) == "Micro"
    assert vocab_labels.org_type_label("not-a-type", german) == "not-a-type"  # shown as stored
    assert vocab_labels.region_category_label(None, german) == ""
    assert vocab_labels.facet_value_label("experience", "coordinated", catalogue("it")) == \
        "Ha coordinato un progetto UE"


def test_country_names_leave_babel_locale_data_whole() -> None:
    """Looking countries up by name reads CLDR's territory files; the locales the exports use
    afterwards still have what they inherit (abbreviated months, list patterns)."""
    from babel import Locale
    from babel.dates import format_date
    from datetime import date

    from consortium_planner.reference.countries import country_code_from_text

    assert country_code_from_text("Frankreich") == "FR"
    assert format_date(date(2027, 1, 1), "LLL", locale=Locale.parse("fr_FR")) == "janv."
    assert Locale.parse("pl_PL").list_patterns["standard"]["start"]
