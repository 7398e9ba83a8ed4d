"""The partner workbook's layout: the contract between the writer (exporting/partner_template)
and the reader (importing/partner_workbook).

Sheet names, the heading texts each table is found by, the identity fields and their checksum,
the labels of drop-down values and the shape of the Amount formula live here once, so the reader
never depends on the exporter. The reader finds every table by these headings, not by fixed rows,
so a partner who inserts a row or a column does not shift what is read.

Since version 4 a workbook is written in its partner's language: every text here is English and
marked with `gettext(...)` (the English message id of resources/translations/<lang>/workbooks.po);
the writer translates it with the catalogue of the workbook's language, and the reader accepts
it in any of the app's languages (`in_any_language`), so a Polish workbook reads as an English
one. Stored values (codes, numbers, formulas) never depend on the language.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from consortium_planner.domain.vocab import COST_CATEGORY_LABELS, ORG_TYPE_LABELS, CostCategory
from consortium_planner.reference.languages import LANGUAGES, catalogue, subject_catalogue


def gettext(message: str) -> str:
    """Marks an English text of the workbook for translation (babel's extractor finds it); the
    writer translates it later, with the catalogue of the workbook's language."""
    return message


FORMAT_ID = "consortium-planner/partner-workbook"
# 2: identity lists the work packages; Effort has a hidden key column. 3: the Organisation sheet
# asks for NACE codes and value-chain roles (rows a version 2 workbook does not have).
# 4: written in the partner's language (sheet names, labels, lists); the identity names it.
TEMPLATE_VERSION = 4

SHEET_INSTRUCTIONS = gettext("Instructions")
SHEET_ORGANISATION = gettext("Organisation")
SHEET_EFFORT = gettext("Effort")
SHEET_COSTS = gettext("Costs")
SHEET_SUMMARY = gettext("Summary")
SHEET_LISTS = "Lists"  # hidden, so never translated
SHEET_IDENTITY = "cp_identity"  # veryHidden; its name marks a partner workbook

HEADER_ROW = 4  # where the writer puts the heading rows; the reader searches for them
FIRST_DATA_ROW = 5
BLANK_COST_LINES = 100  # empty lines offered below the pre-filled ones

YES, NO = gettext("Yes"), gettext("No")


@dataclass(frozen=True)
class ProfileField:
    key: str  # an Organisation column or list, or a participant's ("monthly_personnel_cost",
    #           "value_chain_roles")
    label: str
    help: str
    kind: str  # text, money, integer, country, region, org_type, yes_no, nace, roles
    since: int = 1  # the first workbook version with this row (older ones lack it)


PROFILE_FIELDS: tuple[ProfileField, ...] = (
    ProfileField(
        "legal_name", gettext("Legal name"),
        gettext("Full registered name, as in the EU Participant Register or your company "
                "register."),
        "text",
    ),
    ProfileField(
        "short_name", gettext("Short name"),
        gettext("The short name the proposal uses for you, e.g. ACME."),
        "text",
    ),
    ProfileField(
        "pic", gettext("PIC"),
        gettext("Participant Identification Code: 9 digits, from the EU Funding & Tenders "
                "Portal. Leave empty if you have none yet."),
        "text",
    ),
    ProfileField(
        "vat", gettext("VAT number"),
        gettext("With the country prefix, e.g. DE123456789 (EL for Greece). Leave empty if you "
                "are not registered for VAT."),
        "text",
    ),
    ProfileField(
        "org_type", gettext("Type of organisation"),
        gettext("Choose from the list."),
        "org_type",
    ),
    ProfileField(
        "profit", gettext("Profit-making"),
        gettext("Yes for companies; No for public bodies, universities and non-profit "
                "organisations. The funding rate can depend on it."),
        "yes_no",
    ),
    ProfileField(
        "country", gettext("Country"),
        gettext("Choose from the list."),
        "country",
    ),
    ProfileField(
        "nuts2", gettext("Region (NUTS 2)"),
        gettext("The region of the address where your work on the project takes place. Choose "
                "from the list (code and name)."),
        "region",
    ),
    ProfileField(
        "address", gettext("Street and number"),
        "",
        "text",
    ),
    ProfileField(
        "city", gettext("City"),
        "",
        "text",
    ),
    ProfileField(
        "postcode", gettext("Postcode"),
        "",
        "text",
    ),
    ProfileField(
        "website", gettext("Website"),
        gettext("e.g. https://www.example.com"),
        "text",
    ),
    ProfileField(
        "contact_name", gettext("Contact person"),
        gettext("Who answers questions about this workbook."),
        "text",
    ),
    ProfileField(
        "email", gettext("Contact e-mail"),
        "",
        "text",
    ),
    ProfileField(
        "phone", gettext("Contact phone"),
        gettext("With the country code, e.g. +49 30 1234567."),
        "text",
    ),
    ProfileField(
        "staff_headcount", gettext("Staff headcount"),
        gettext("Number of employees in the last closed financial year (a whole number). "
                "Include partner and linked enterprises as the EU SME definition requires."),
        "integer",
    ),
    ProfileField(
        "turnover", gettext("Annual turnover (EUR)"),
        gettext("Last closed financial year, in euros, e.g. 1250000.00."),
        "money",
    ),
    ProfileField(
        "balance_sheet", gettext("Balance sheet total (EUR)"),
        gettext("Last closed financial year, in euros."),
        "money",
    ),
    ProfileField(
        "monthly_personnel_cost", gettext("Monthly personnel cost (EUR per person-month)"),
        gettext("Average cost of one person working full time for one month: gross salary plus "
                "the employer's social charges. The Effort sheet multiplies your person-months "
                "by it."),
        "money",
    ),
    ProfileField(
        "nace_codes", gettext("Sector (NACE Rev. 2 codes)"),
        gettext("Your main economic activities as NACE Rev. 2 codes (Eurostat), separated by "
                "semicolons, e.g. C25.62; 28.41. Any level: section (C), division (25), group "
                "(25.6) or class (25.62)."),
        "nace", since=3,
    ),
    ProfileField(
        "value_chain_roles", gettext("Roles in the value chain"),
        gettext("What you do in this project's value chain, separated by semicolons: research "
                "and technology provider; technology developer; component supplier; "
                "manufacturer; system integrator; end user / customer; service provider; "
                "investor / financier; public authority / policy maker; cluster / intermediary;"
                " training and skills provider."),
        "roles", since=3,
    ),
)
PROFILE_ROWS: dict[str, int] = {
    field.key: FIRST_DATA_ROW + index for index, field in enumerate(PROFILE_FIELDS)
}
PROFILE_HEADINGS: tuple[str, ...] = (
    gettext("Field"), gettext("Your details"), gettext("How to fill in"))
PROFILE_LABEL_COLUMN, PROFILE_VALUE_COLUMN = 1, 2
PERSONNEL_COST_ROW = PROFILE_ROWS["monthly_personnel_cost"]

EFFORT_HEADINGS: tuple[str, ...] = (
    gettext("WP"), gettext("Title"), gettext("Lead"), gettext("Starts (month)"),
    gettext("Ends (month)"), gettext("Your person-months"), gettext("Personnel cost (EUR)"),
)
EFFORT_WP_COLUMN, EFFORT_TITLE_COLUMN, EFFORT_MONTHS_COLUMN, EFFORT_COST_COLUMN = 1, 2, 6, 7
# A hidden column holding each row's work package number (version 2 on): a partner who clears or
# retypes the visible "WP1" label, or sorts the rows, still returns effort the reader can place.
EFFORT_KEY_HEADING = gettext("Work package key (do not change)")
EFFORT_KEY_COLUMN = len(EFFORT_HEADINGS) + 1
EFFORT_TOTAL_LABEL = gettext("Total")

COST_HEADINGS: tuple[str, ...] = (
    gettext("Category"), gettext("Work package"), gettext("Description"), gettext("Quantity"),
    gettext("Unit cost (EUR)"), gettext("Amount (EUR)"),
)
(COST_CATEGORY_COLUMN, COST_WP_COLUMN, COST_DESCRIPTION_COLUMN, COST_QUANTITY_COLUMN,
 COST_UNIT_COST_COLUMN, COST_AMOUNT_COLUMN) = range(1, 7)

IDENTITY_KEYS_V1: tuple[str, ...] = (
    "format", "template_version", "project", "project_title", "participant", "organisation_id",
    "organisation", "pic", "generated_at",
)
# Version 2 adds the work packages the workbook was made with ("1,2,3"), so the reader knows
# which Effort rows must be there and which cost lines the workbook covers.
IDENTITY_KEYS_V2: tuple[str, ...] = (*IDENTITY_KEYS_V1, "work_packages")
# Version 4 adds the language the workbook was written in ("pl").
IDENTITY_KEYS: tuple[str, ...] = (*IDENTITY_KEYS_V2, "language")

LISTS_WORK_PACKAGES_HEADING = "Work packages"  # the Lists column a version 1 reader falls back on


# --- languages -----------------------------------------------------------------------------------


@cache
def in_any_language(message: str) -> tuple[str, ...]:
    """`message` (English) and its translation in each of the app's languages, English first:
    what the reader accepts where the writer put `message`."""
    return tuple(dict.fromkeys(catalogue(code).gettext(message) for code in LANGUAGES))


# The catalogue file (resources/translations/<lang>/<subject>.po) of the workbook's texts.
WORKBOOK_SUBJECT = "workbooks"


@cache
def own_text_in_any_language(message: str) -> tuple[str, ...]:
    """`in_any_language` of a text of the workbook's own file (workbooks.po), read from that
    file alone: the import of any list looks whether a sheet is a partner workbook's profile
    table, and reading every subject's catalogue of the five languages for its two headings
    took a tenth of a second of each import."""
    return tuple(dict.fromkeys(subject_catalogue(code, WORKBOOK_SUBJECT).gettext(message)
                               for code in LANGUAGES))


def sheet_title(name: str, language: str) -> str:
    """A sheet name as a workbook in `language` shows it (`name` is a SHEET_ constant):
    translated, within Excel's 31 characters, without the characters a sheet name cannot hold."""
    title = re.sub(r"[\[\]:*?/\\]", " ", catalogue(language).gettext(name)).strip()
    return title[:31].strip() or name


def sheet_titles(name: str) -> tuple[str, ...]:
    """The names a sheet has in workbooks of any language, English first."""
    return tuple(dict.fromkeys(sheet_title(name, code) for code in LANGUAGES))


def sheet_reference(sheet: str, cell: str) -> str:
    """`Costs!$F$5`, `'Coûts'!$F$5`: a sheet name in a formula, quoted when a translated name
    holds spaces or letters a formula cannot hold bare."""
    if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", sheet):
        return f"{sheet}!{cell}"
    return "'" + sheet.replace("'", "''") + "'!" + cell


def personnel_cost_cell(organisation_sheet: str) -> str:
    """The Organisation sheet's monthly personnel cost, as the Effort and Summary sheets use it."""
    return sheet_reference(organisation_sheet, f"$B${PERSONNEL_COST_ROW}")



# --- labels shared with the importer ------------------------------------------------------------


def identity_keys(version: int) -> tuple[str, ...]:
    """The identity fields a workbook of `version` holds (and its checksum covers)."""
    if version < 2:
        return IDENTITY_KEYS_V1
    return IDENTITY_KEYS_V2 if version < 4 else IDENTITY_KEYS


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


def country_name(code: str, english_name: str, language: str) -> str:
    """A country's name in `language` (CLDR's, through babel), else its English name."""
    if language == "en":
        return english_name
    from babel import Locale

    iso = {"EL": "GR", "UK": "GB"}.get(code, code)
    return Locale.parse(language).territories.get(iso) or english_name


def region_label(code: str, name: str) -> str:
    return f"{code} {name}"


def work_package_label(number: int, title: str) -> str:
    text = f"WP{number} {title}".strip()
    return text if len(text) <= 60 else text[:59] + "…"


def category_by_label() -> dict[str, CostCategory]:
    """A cost category's drop-down label, in any of the app's languages -> the category."""
    return {label: category for category, english in COST_CATEGORY_LABELS.items()
            for label in in_any_language(english)}


def org_type_by_label() -> dict[str, str]:
    """A type of organisation's drop-down label, in any language -> the stored type."""
    return {label: org_type for org_type, english in ORG_TYPE_LABELS.items()
            for label in in_any_language(english)}


# Region lists cover the EU, the EEA and the candidate countries that have NUTS regions.
CANDIDATE_COUNTRIES = frozenset({"AL", "BA", "GE", "MD", "ME", "MK", "RS", "TR", "UA"})


@cache
def country_choices(language: str = "en") -> tuple[str, ...]:
    from consortium_planner.reference.countries import all_countries

    return tuple(country_label(c.code, country_name(c.code, c.name_en, language))
                 for c in all_countries())


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


