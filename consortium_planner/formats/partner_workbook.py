"""The partner workbook's layout: the contract between the writer (exporting/partner_template)
and the reader (importing/partner_workbook).

Sheet names, the heading texts each table is found by, the identity fields and their checksum,
the labels of drop-down values and the shape of the Amount formula live here once, so the reader
never depends on the exporter. The reader finds every table by these headings, not by fixed rows,
so a partner who inserts a row or a column does not shift what is read.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from consortium_planner.domain.vocab import COST_CATEGORY_LABELS, ORG_TYPE_LABELS, CostCategory

FORMAT_ID = "consortium-planner/partner-workbook"
# 2: identity lists the work packages; Effort has a hidden key column. 3: the Organisation sheet
# asks for NACE codes and value-chain roles (rows a version 2 workbook does not have).
TEMPLATE_VERSION = 3

SHEET_INSTRUCTIONS = "Instructions"
SHEET_ORGANISATION = "Organisation"
SHEET_EFFORT = "Effort"
SHEET_COSTS = "Costs"
SHEET_SUMMARY = "Summary"
SHEET_LISTS = "Lists"
SHEET_IDENTITY = "cp_identity"  # veryHidden; its name marks a partner workbook

HEADER_ROW = 4  # where the writer puts the heading rows; the reader searches for them
FIRST_DATA_ROW = 5
BLANK_COST_LINES = 100  # empty lines offered below the pre-filled ones

YES, NO = "Yes", "No"


@dataclass(frozen=True)
class ProfileField:
    key: str  # an Organisation column or list, or a participant's ("monthly_personnel_cost",
    #           "value_chain_roles")
    label: str
    help: str
    kind: str  # text, money, integer, country, region, org_type, yes_no, nace, roles
    since: int = 1  # the first workbook version with this row (older ones lack it)


PROFILE_FIELDS: tuple[ProfileField, ...] = (
    ProfileField("legal_name", "Legal name", "Full registered name, as in the EU Participant "
                 "Register or your company register.", "text"),
    ProfileField("short_name", "Short name", "The short name the proposal uses for you, e.g. "
                 "ACME.", "text"),
    ProfileField("pic", "PIC", "Participant Identification Code: 9 digits, from the EU Funding & "
                 "Tenders Portal. Leave empty if you have none yet.", "text"),
    ProfileField("vat", "VAT number", "With the country prefix, e.g. DE123456789 (EL for "
                 "Greece). Leave empty if you are not registered for VAT.", "text"),
    ProfileField("org_type", "Type of organisation", "Choose from the list.", "org_type"),
    ProfileField("profit", "Profit-making", "Yes for companies; No for public bodies, "
                 "universities and non-profit organisations. The funding rate can depend on "
                 "it.", "yes_no"),
    ProfileField("country", "Country", "Choose from the list.", "country"),
    ProfileField("nuts2", "Region (NUTS 2)", "The region of the address where your work on the "
                 "project takes place. Choose from the list (code and name).", "region"),
    ProfileField("address", "Street and number", "", "text"),
    ProfileField("city", "City", "", "text"),
    ProfileField("postcode", "Postcode", "", "text"),
    ProfileField("website", "Website", "e.g. https://www.example.com", "text"),
    ProfileField("contact_name", "Contact person", "Who answers questions about this "
                 "workbook.", "text"),
    ProfileField("email", "Contact e-mail", "", "text"),
    ProfileField("phone", "Contact phone", "With the country code, e.g. +49 30 1234567.",
                 "text"),
    ProfileField("staff_headcount", "Staff headcount", "Number of employees in the last closed "
                 "financial year (a whole number). Include partner and linked enterprises as the "
                 "EU SME definition requires.", "integer"),
    ProfileField("turnover", "Annual turnover (EUR)", "Last closed financial year, in euros, "
                 "e.g. 1250000.00.", "money"),
    ProfileField("balance_sheet", "Balance sheet total (EUR)", "Last closed financial year, in "
                 "euros.", "money"),
    ProfileField("monthly_personnel_cost", "Monthly personnel cost (EUR per person-month)",
                 "Average cost of one person working full time for one month: gross salary plus "
                 "the employer's social charges. The Effort sheet multiplies your person-months "
                 "by it.", "money"),
    ProfileField("nace_codes", "Sector (NACE Rev. 2 codes)", "Your main economic activities "
                 "as NACE Rev. 2 codes (Eurostat), separated by semicolons, e.g. C25.62; 28.41. "
                 "Any level: section (C), division (25), group (25.6) or class (25.62).", "nace",
                 since=3),
    ProfileField("value_chain_roles", "Roles in the value chain", "What you do in this "
                 "project's value chain, separated by semicolons: research and technology "
                 "provider; technology developer; component supplier; manufacturer; system "
                 "integrator; end user / customer; service provider; investor / financier; "
                 "public authority / policy maker; cluster / intermediary; training and skills "
                 "provider.", "roles", since=3),
)
PROFILE_ROWS: dict[str, int] = {
    field.key: FIRST_DATA_ROW + index for index, field in enumerate(PROFILE_FIELDS)
}
PROFILE_HEADINGS: tuple[str, ...] = ("Field", "Your details", "How to fill in")
PROFILE_LABEL_COLUMN, PROFILE_VALUE_COLUMN = 1, 2
PERSONNEL_COST_CELL = f"{SHEET_ORGANISATION}!$B${PROFILE_ROWS['monthly_personnel_cost']}"

EFFORT_HEADINGS: tuple[str, ...] = (
    "WP", "Title", "Lead", "Starts (month)", "Ends (month)", "Your person-months",
    "Personnel cost (EUR)",
)
EFFORT_WP_COLUMN, EFFORT_TITLE_COLUMN, EFFORT_MONTHS_COLUMN, EFFORT_COST_COLUMN = 1, 2, 6, 7
# A hidden column holding each row's work package number (version 2 on): a partner who clears or
# retypes the visible "WP1" label, or sorts the rows, still returns effort the reader can place.
EFFORT_KEY_HEADING = "Work package key (do not change)"
EFFORT_KEY_COLUMN = len(EFFORT_HEADINGS) + 1
EFFORT_TOTAL_LABEL = "Total"

COST_HEADINGS: tuple[str, ...] = (
    "Category", "Work package", "Description", "Quantity", "Unit cost (EUR)", "Amount (EUR)",
)
(COST_CATEGORY_COLUMN, COST_WP_COLUMN, COST_DESCRIPTION_COLUMN, COST_QUANTITY_COLUMN,
 COST_UNIT_COST_COLUMN, COST_AMOUNT_COLUMN) = range(1, 7)

IDENTITY_KEYS_V1: tuple[str, ...] = (
    "format", "template_version", "project", "project_title", "participant", "organisation_id",
    "organisation", "pic", "generated_at",
)
# Version 2 adds the work packages the workbook was made with ("1,2,3"), so the reader knows
# which Effort rows must be there and which cost lines the workbook covers.
IDENTITY_KEYS: tuple[str, ...] = (*IDENTITY_KEYS_V1, "work_packages")

LISTS_WORK_PACKAGES_HEADING = "Work packages"  # the Lists column a version 1 reader falls back on



# --- labels shared with the importer ------------------------------------------------------------


def identity_keys(version: int) -> tuple[str, ...]:
    """The identity fields a workbook of `version` holds (and its checksum covers)."""
    return IDENTITY_KEYS_V1 if version < 2 else IDENTITY_KEYS


def work_package_list(numbers: Sequence[int]) -> str:
    return ",".join(str(number) for number in numbers)


def identity_checksum(values: Mapping[str, str], version: int = TEMPLATE_VERSION) -> str:
    """A checksum over the identity fields: spots an edited or pasted identity sheet.

    It is not a signature (anyone with the app could recompute it); it guards against mistakes,
    such as a workbook copied for another partner with its hidden sheet changed by hand.
    """
    text = "\n".join(f"{key}={values.get(key, '')}" for key in identity_keys(version))
    return hashlib.sha256(f"{FORMAT_ID}\n{text}".encode()).hexdigest()


def country_label(code: str, name: str) -> str:
    return f"{name} ({code})"


def region_label(code: str, name: str) -> str:
    return f"{code} {name}"


def work_package_label(number: int, title: str) -> str:
    text = f"WP{number} {title}".strip()
    return text if len(text) <= 60 else text[:59] + "…"


CATEGORY_LABELS: dict[str, CostCategory] = {
    label: category for category, label in COST_CATEGORY_LABELS.items()
}
ORG_TYPE_BY_LABEL = {label: org_type for org_type, label in ORG_TYPE_LABELS.items()}
# Region lists cover the EU, the EEA and the candidate countries that have NUTS regions.
CANDIDATE_COUNTRIES = frozenset({"AL", "BA", "GE", "MD", "ME", "MK", "RS", "TR", "UA"})


@cache
def country_choices() -> tuple[str, ...]:
    from consortium_planner.reference.countries import all_countries

    return tuple(country_label(c.code, c.name_en) for c in all_countries())


@cache
def region_choices() -> tuple[str, ...]:
    from consortium_planner.reference.countries import get_country
    from consortium_planner.reference.nuts import all_regions

    def wanted(country_code: str) -> bool:
        country = get_country(country_code)
        return country is not None and (
            country.group in ("eu", "eea") or country.code in CANDIDATE_COUNTRIES
        )

    return tuple(
        region_label(region.code, region.name)
        for region in all_regions()
        if region.in_2021 and wanted(region.country)
    )



AMOUNT_FORMULA = ('=IF(AND(ISNUMBER({quantity}),ISNUMBER({unit_cost})),'
                  'ROUND({quantity}*{unit_cost},2),"")')


def amount_formula(row: int, quantity_column: str = "D", unit_cost_column: str = "E") -> str:
    """The Amount column's formula: quantity x unit cost, half-up to the cent, as the app does.

    The reader passes the columns where it found Quantity and Unit cost, since a spreadsheet
    program rewrites the formula when the partner inserts a column."""
    return AMOUNT_FORMULA.format(quantity=f"{quantity_column}{row}",
                                 unit_cost=f"{unit_cost_column}{row}")


@cache
def _amount_pattern() -> re.Pattern[str]:
    quantity, unit_cost = re.escape("{quantity}"), re.escape("{unit_cost}")
    text = re.escape(AMOUNT_FORMULA)
    for name, placeholder in (("quantity", quantity), ("unit_cost", unit_cost)):
        text = text.replace(placeholder, rf"(?P<{name}>[A-Z]{{1,3}}\d+)", 1)
        text = text.replace(placeholder, f"(?P={name})")
    return re.compile(text)


def amount_formula_cells(formula: str) -> tuple[str, str] | None:
    """The (quantity, unit cost) cells an Amount formula of the template's shape multiplies,
    wherever they point; None for any other formula. Ignores $ signs, spaces and case."""
    match = _amount_pattern().fullmatch(formula.replace("$", "").replace(" ", "").upper())
    return (match.group("quantity"), match.group("unit_cost")) if match else None


