"""The (label, value) lists the choice editors offer, from the vocabularies and reference data."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache, lru_cache
from typing import Any

from PySide6.QtCore import QCoreApplication

from consortium_planner.domain.text import fold
from consortium_planner.domain.vocab import (
    CostCategory,
    DeliverableType,
    Dissemination,
    OrgType,
    RegionCategory,
    Role,
    SmeClass,
)

Choices = list[tuple[str, object]]

translate = QCoreApplication.translate


def profit_choices() -> Choices:
    """Yes and No in the window's language (a pasted yes or no in any language reads too:
    `reference.words.yes_or_no`)."""
    return [(translate("choices", "Yes"), True), (translate("choices", "No"), False)]


def _label(text: str) -> str:
    """A vocabulary label (English, made below the window) in the window's language."""
    from consortium_planner.ui.language import texts

    return texts().gettext(text)


# The same few hundred labels are compared for every pasted cell: fold each once.
_folded = lru_cache(maxsize=8192)(fold)


def choice_for_text(choices: Sequence[tuple[str, Any]], text: str, *, optional: bool,
                    resolve: Callable[[str], Any] | None = None) -> Any:
    """The choice a typed or pasted text names: its label or value (as `fold` compares), or
    what `resolve` makes of it (a country's name in any EU language), or else the only label
    that contains it. ValueError says why none is.

    With a `resolve`, a text shaped like a code (two or three letters) that it does not know is
    refused rather than found inside a label ("ZZ" is not "Congo - Brazzaville")."""
    wanted = fold(text.strip())
    if not wanted:
        if optional:
            return None
        raise ValueError(translate("choices", "choose an entry from the list"))
    for label, value in choices:
        if _folded(label) == wanted or (value is not None and _folded(str(value)) == wanted):
            return value
    if resolve is not None:
        resolved = resolve(text)
        if resolved is not None and any(value == resolved for _, value in choices):
            return resolved
        if len(wanted) <= 3 and wanted.isalpha():
            raise ValueError(translate("choices", "{text} is not one of the choices").format(
                text=repr(text)))
    matches = [value for label, value in choices if wanted in _folded(label)]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise ValueError(translate("choices", "{text} is not one of the choices").format(
            text=repr(text)))
    raise ValueError(translate("choices", "{text} matches several entries; type more of the "
                               "name").format(text=repr(text)))


def org_types() -> Choices:
    return [(_label(member.label), member.value) for member in OrgType]


def roles() -> Choices:
    return [(_label(member.label), member.value) for member in Role]


def region_categories() -> Choices:
    return [(_label(member.label), member.value) for member in RegionCategory]


def sme_classes() -> Choices:
    return [(_label(member.value.capitalize()), member.value) for member in SmeClass]


def cost_categories() -> Choices:
    return [(_label(member.label), member.value) for member in CostCategory]


def deliverable_types() -> Choices:
    return [(member.value, member.value) for member in DeliverableType]


def dissemination_levels() -> Choices:
    return [(member.value, member.value) for member in Dissemination]


def countries() -> Choices:
    """Every country (ISO 3166-1, with the EU's EL and UK, and XK), named in the window's
    language ("ES – Hiszpania" in Polish)."""
    from consortium_planner.ui.language import window_language

    return _countries(window_language())


@cache
def _countries(language: str) -> Choices:
    from consortium_planner.reference.countries import all_countries

    return [(f"{country.code} – {_country_name(country.code, country.name_en, language)}",
             country.code) for country in all_countries()]


def _country_name(code: str, english: str, language: str) -> str:
    from consortium_planner.reference.wording import wording

    return wording(language).country_name(code) or english


def country_from_text(text: str) -> str | None:
    """The code of a country typed by its name in any EU language or its code, or copied from
    a table as "ES – Hiszpania", else None."""
    from consortium_planner.reference.countries import country_code_from_text

    code, dash, _name = text.strip().partition(" – ")
    if dash and len(code) == 2 and country_code_from_text(code):
        return country_code_from_text(code)
    return country_code_from_text(text)


@cache
def regions(country: str) -> Choices:
    """NUTS 2 regions of a country (every region when no country is set), 2021 and 2016 codes."""
    from consortium_planner.reference.countries import get_country
    from consortium_planner.reference.nuts import all_regions

    found = get_country(country) if country else None
    code = found.code if found else ""
    result = []
    for region in all_regions():
        if code and region.country != code:
            continue
        suffix = "" if region.in_2021 else " (NUTS 2016)"  # a code system's name: as is
        result.append((f"{region.code} – {region.name}{suffix}", region.code))
    return result


def label_of(choices: Choices, value: object) -> str:
    return next((label for label, choice in choices if choice == value), "" if value is None
                else str(value))


def country_name(code: str) -> str:
    from consortium_planner.reference.countries import get_country
    from consortium_planner.ui.language import window_language

    country = get_country(code)
    return _country_name(country.code, country.name_en, window_language()) if country else code


def region_name(code: str) -> str:
    from consortium_planner.reference.nuts import get_region

    region = get_region(code)
    return region.name if region else code


@cache
def ecosystems() -> Choices:
    """The 14 industrial ecosystems (resources/reference/industrial_ecosystems.toml)."""
    from consortium_planner.reference.value_chain import ecosystems as terms

    return [(term.label, term.key) for term in terms()]


@cache
def value_chain_roles() -> Choices:
    """The built-in value-chain roles, from research to market."""
    from consortium_planner.reference.value_chain import builtin_roles

    return [(term.label, term.key) for term in builtin_roles()]


def labels_of(choices: Sequence[tuple[str, Any]], values: Sequence[Any]) -> str:
    """"Digital; Agri-food": the labels of several values (a value with no label as itself)."""
    labels = {value: label for label, value in choices}
    return "; ".join(str(labels.get(value, value)) for value in values)

