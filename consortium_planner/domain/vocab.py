"""The closed vocabularies of the domain (organisation types, roles, cost categories ...).

They are `StrEnum`s so that the stored value, the JSON value and the command-line value are the
same string. Labels are what the UI and the reports show. Nothing here imports the rest of the app.
"""

from __future__ import annotations

from enum import StrEnum


class OrgType(StrEnum):
    SME = "sme"
    LARGE_ENTERPRISE = "large_enterprise"
    RESEARCH_ORGANISATION = "research_organisation"
    HIGHER_EDUCATION = "higher_education"
    PUBLIC_AUTHORITY = "public_authority"
    CLUSTER_ORGANISATION = "cluster_organisation"
    ASSOCIATION_NGO = "association_ngo"
    OTHER = "other"

    @property
    def label(self) -> str:
        return ORG_TYPE_LABELS[self]


ORG_TYPE_LABELS: dict[OrgType, str] = {
    OrgType.SME: "SME",
    OrgType.LARGE_ENTERPRISE: "Large enterprise",
    OrgType.RESEARCH_ORGANISATION: "Research and technology organisation",
    OrgType.HIGHER_EDUCATION: "Higher education",
    OrgType.PUBLIC_AUTHORITY: "Public authority",
    OrgType.CLUSTER_ORGANISATION: "Cluster organisation",
    OrgType.ASSOCIATION_NGO: "Business association / NGO",
    OrgType.OTHER: "Other",
}


class Role(StrEnum):
    COORDINATOR = "coordinator"
    BENEFICIARY = "beneficiary"
    AFFILIATED_ENTITY = "affiliated_entity"
    ASSOCIATED_PARTNER = "associated_partner"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


class EuProgramme(StrEnum):
    """The EU research framework programmes whose participations CORDIS publishes."""

    FP7 = "FP7"
    H2020 = "H2020"
    HORIZON = "HORIZON"

    @property
    def label(self) -> str:
        return {"FP7": "FP7", "H2020": "Horizon 2020", "HORIZON": "Horizon Europe"}[self.value]


class EuRole(StrEnum):
    """An organisation's role in an EU project, as CORDIS names the roles."""

    COORDINATOR = "coordinator"
    PARTICIPANT = "participant"
    PARTNER = "partner"
    THIRD_PARTY = "third_party"
    ASSOCIATED_PARTNER = "associated_partner"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ")


class RegionCategory(StrEnum):
    LESS_DEVELOPED = "less_developed"
    TRANSITION = "transition"
    MORE_DEVELOPED = "more_developed"
    OUTERMOST = "outermost"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


class SmeClass(StrEnum):
    MICRO = "micro"
    SMALL = "small"
    MEDIUM = "medium"
    LARGE = "large"


class CostCategory(StrEnum):
    """Cost categories of the EU grants detailed budget table (DOMAIN.md).

    D1 is financial support to third parties; D holds the other D lines. E (indirect costs) is
    never entered: the budget engine computes it.
    """

    A = "A"
    B = "B"
    C1 = "C1"
    C2 = "C2"
    C3 = "C3"
    D1 = "D1"
    D = "D"

    @property
    def label(self) -> str:
        return COST_CATEGORY_LABELS[self]


COST_CATEGORY_LABELS: dict[CostCategory, str] = {
    CostCategory.A: "A. Personnel",
    CostCategory.B: "B. Subcontracting",
    CostCategory.C1: "C.1 Travel and subsistence",
    CostCategory.C2: "C.2 Equipment",
    CostCategory.C3: "C.3 Other goods, works and services",
    CostCategory.D1: "D.1 Financial support to third parties",
    CostCategory.D: "D. Other cost categories",
}

# The columns of a budget table, in order: entered categories folded to the summary's keys, then E.
SUMMARY_CATEGORIES: tuple[str, ...] = ("A", "B", "C1", "C2", "C3", "D", "E")


class DeliverableType(StrEnum):
    R = "R"
    DEM = "DEM"
    DEC = "DEC"
    DATA = "DATA"
    OTHER = "OTHER"


class Dissemination(StrEnum):
    PU = "PU"
    SEN = "SEN"


# The fields of an organisation's own row, in the order forms, imports and exports show them.
# Its value-chain lists (NACE codes, ecosystems, clusters, usual roles) live in link tables
# (models/value_chain.py); `organisation.clusters` is derived from the cluster links.
ORGANISATION_FIELDS: tuple[str, ...] = (
    "legal_name",
    "short_name",
    "pic",
    "vat",
    "org_type",
    "profit",
    "staff_headcount",
    "turnover",
    "balance_sheet",
    "sme_class",
    "country",
    "nuts2",
    "address",
    "city",
    "postcode",
    "website",
    "contact_name",
    "email",
    "phone",
    "founded_year",
    "notes",
)

# What an organisation list may give besides ORGANISATION_FIELDS: lists that become link rows
# (NACE codes as "C25.6" or "2562", ecosystems, names of the clusters it is a member of).
ORGANISATION_LIST_FIELDS: tuple[str, ...] = ("nace_codes", "ecosystems", "clusters")

