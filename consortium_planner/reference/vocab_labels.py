"""The display label of each vocabulary value, in a language: one function per vocabulary,
used by the exports, the check messages and (through ui.language.texts()) the window.

The labels' English text is the message id of resources/translations/<lang>/vocab.po; the
stored values (OrgType.SME = "sme" ...) never change with the language. Value-chain roles and
industrial ecosystems are data (resources/reference/*.toml): their labels are translated by the
same catalogue, and a role or ecosystem the user added keeps the text it was given.
"""

from __future__ import annotations

from consortium_planner.domain.vocab import (
    CostCategory,
    EuRole,
    OrgType,
    RegionCategory,
    Role,
    SmeClass,
)
from consortium_planner.reference.languages import Catalogue


def org_type_label(value: str | None, texts: Catalogue) -> str:
    """'Research and technology organisation'; an unknown value is shown as stored."""
    labels = {
        OrgType.SME: texts.gettext("SME"),
        OrgType.LARGE_ENTERPRISE: texts.gettext("Large enterprise"),
        OrgType.RESEARCH_ORGANISATION: texts.gettext("Research and technology organisation"),
        OrgType.HIGHER_EDUCATION: texts.gettext("Higher education"),
        OrgType.PUBLIC_AUTHORITY: texts.gettext("Public authority"),
        OrgType.CLUSTER_ORGANISATION: texts.gettext("Cluster organisation"),
        OrgType.ASSOCIATION_NGO: texts.gettext("Business association / NGO"),
        OrgType.OTHER: texts.gettext("Other"),
    }
    return _pick(labels, OrgType, value)


def role_label(value: str | None, texts: Catalogue) -> str:
    """A participant's role in the project: 'Coordinator', 'Affiliated entity' ..."""
    labels = {
        Role.COORDINATOR: texts.gettext("Coordinator"),
        Role.BENEFICIARY: texts.gettext("Beneficiary"),
        Role.AFFILIATED_ENTITY: texts.gettext("Affiliated entity"),
        Role.ASSOCIATED_PARTNER: texts.gettext("Associated partner"),
    }
    return _pick(labels, Role, value)


def eu_role_label(value: str | None, texts: Catalogue) -> str:
    """A role in a past EU project, as CORDIS names it, in lower case ('third party')."""
    labels = {
        EuRole.COORDINATOR: texts.gettext("coordinator"),
        EuRole.PARTICIPANT: texts.gettext("participant"),
        EuRole.PARTNER: texts.gettext("partner"),
        EuRole.THIRD_PARTY: texts.gettext("third party"),
        EuRole.ASSOCIATED_PARTNER: texts.gettext("associated partner"),
    }
    return _pick(labels, EuRole, value)


def region_category_label(value: str | None, texts: Catalogue) -> str:
    """ERDF region category: 'Less developed', 'Transition' ...; '' when not known."""
    labels = {
        RegionCategory.LESS_DEVELOPED: texts.gettext("Less developed"),
        RegionCategory.TRANSITION: texts.gettext("Transition"),
        RegionCategory.MORE_DEVELOPED: texts.gettext("More developed"),
        RegionCategory.OUTERMOST: texts.gettext("Outermost"),
    }
    return _pick(labels, RegionCategory, value)


def unknown_region_category(texts: Catalogue) -> str:
    """What a table shows for a region whose category is not known."""
    return texts.gettext("Unknown")


def sme_class_label(value: str | None, texts: Catalogue) -> str:
    """The size class of an organisation: 'Micro', 'Small', 'Medium', 'Large'."""
    labels = {
        SmeClass.MICRO: texts.gettext("Micro"),
        SmeClass.SMALL: texts.gettext("Small"),
        SmeClass.MEDIUM: texts.gettext("Medium"),
        SmeClass.LARGE: texts.gettext("Large"),
    }
    return _pick(labels, SmeClass, value)


def cost_category_label(value: str | None, texts: Catalogue) -> str:
    """The budget table's category with its letter: 'C.1 Travel and subsistence'."""
    labels = {
        CostCategory.A: texts.gettext("A. Personnel"),
        CostCategory.B: texts.gettext("B. Subcontracting"),
        CostCategory.C1: texts.gettext("C.1 Travel and subsistence"),
        CostCategory.C2: texts.gettext("C.2 Equipment"),
        CostCategory.C3: texts.gettext("C.3 Other goods, works and services"),
        CostCategory.D1: texts.gettext("D.1 Financial support to third parties"),
        CostCategory.D: texts.gettext("D. Other cost categories"),
    }
    if value == "E":
        return texts.gettext("E. Indirect costs")
    return _pick(labels, CostCategory, value)


def yes_no(value: bool | None, texts: Catalogue) -> str:
    """'yes' / 'no'; '' when not known (profit-making, ...)."""
    if value is None:
        return ""
    return texts.gettext("yes") if value else texts.gettext("no")


def chain_role_label(label: str, texts: Catalogue) -> str:
    """A value-chain role's label (built-in roles are translated, the user's own kept)."""
    return texts.gettext(label)


def ecosystem_label(label: str, texts: Catalogue) -> str:
    """An industrial ecosystem's label from resources/reference/industrial_ecosystems.toml."""
    return texts.gettext(label)


def facet_value_label(key: str, value: str, texts: Catalogue) -> str:
    """The label of a directory facet's empty value or filter ('Unknown', 'No country' ...);
    other values are labelled by their vocabulary above."""
    labels = {
        ("category", ""): texts.gettext("Unknown"),
        ("sme_class", ""): texts.gettext("Not given"),
        ("country", ""): texts.gettext("No country"),
        ("region", ""): texts.gettext("No region"),
        ("org_type", ""): texts.gettext("Not given"),
        ("cluster", ""): texts.gettext("In no cluster"),
        ("project", ""): texts.gettext("In no project"),
        ("experience", "coordinated"): texts.gettext("Has coordinated an EU project"),
        ("experience", "any"): texts.gettext("Has EU project experience"),
    }
    return labels.get((key, value), value)


def _pick(labels: dict, enum: type, value: str | None) -> str:
    if not value:
        return ""
    try:
        return labels[enum(value)]
    except (ValueError, KeyError):
        return value
