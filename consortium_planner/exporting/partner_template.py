"""The partner workbook: what an SME partner fills in and sends back (issue 5).

One workbook per participant, written with openpyxl, no macros:
- Instructions: plain language, what to fill in and what not to touch;
- Organisation: the profile pre-filled, and the monthly personnel cost for this project;
- Effort: the project's work packages with titles and months, a person-months column;
- Costs: cost lines (category, WP, description, quantity, unit cost, amount) and the
  categories explained;
- Summary: the partner's own totals as live formulas, with the budget engine's rounding;
- Lists (hidden): the sources of the drop-down lists;
- Identity (veryHidden): project, participant, organisation and a checksum, so the importer
  recognises the workbook and refuses a foreign or edited one.

The layout (sheet names, headings, identity) is the contract in `formats.partner_workbook`, which
`importing.partner_workbook` reads by. The reader finds
each table by its heading texts (not by fixed rows or columns), so a partner who inserts a row or
a column does not shift what is read; since version 2 the identity sheet lists the workbook's
work packages and the Effort sheet carries each row's work package in a hidden key column, so a
deleted or relabelled row is noticed rather than read as "no effort". Sheets are protected without a
password (structure and headings stay put; yellow input cells are unlocked). User text that
starts with =, +, -, @, tab or CR is written as text, never as a formula.

Every text is written in the workbook's language (`workbook_language`: the participant's choice,
else its country's language): instructions, labels, sheet names, drop-down lists, validation
messages and totals. Numbers stay numbers (the spreadsheet shows them in its own locale).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from consortium_planner.domain.money import format_rate
from consortium_planner.reference.languages import (
    DEFAULT_LANGUAGE,
    Catalogue,
    catalogue,
    language_code,
    language_for_country,
    number_locale,
)
from consortium_planner.domain.project import ParticipantInfo, ProjectSnapshot
from consortium_planner.domain.vocab import COST_CATEGORY_LABELS, ORG_TYPE_LABELS, CostCategory
from consortium_planner.exporting.cell_text import cell_text, set_text
from consortium_planner.exporting.files import ExportError, prepare_folder, replacing
from consortium_planner.formats.partner_workbook import (
    BLANK_COST_LINES,
    COST_AMOUNT_COLUMN,
    COST_DESCRIPTION_COLUMN,
    COST_HEADINGS,
    COST_UNIT_COST_COLUMN,
    EFFORT_COST_COLUMN,
    EFFORT_HEADINGS,
    EFFORT_KEY_COLUMN,
    EFFORT_KEY_HEADING,
    EFFORT_MONTHS_COLUMN,
    EFFORT_TITLE_COLUMN,
    EFFORT_TOTAL_LABEL,
    FIRST_DATA_ROW,
    FORMAT_ID,
    HEADER_ROW,
    IDENTITY_KEYS,
    LISTS_WORK_PACKAGES_HEADING,
    NO,
    PROFILE_FIELDS,
    PROFILE_HEADINGS,
    PROFILE_ROWS,
    PROFILE_VALUE_COLUMN,
    SHEET_COSTS,
    SHEET_EFFORT,
    SHEET_IDENTITY,
    SHEET_INSTRUCTIONS,
    SHEET_LISTS,
    SHEET_ORGANISATION,
    SHEET_SUMMARY,
    TEMPLATE_VERSION,
    YES,
    ProfileField,
    amount_formula,
    country_choices,
    country_label,
    country_name,
    gettext,
    identity_checksum,
    personnel_cost_cell,
    region_choices,
    region_label,
    sheet_reference,
    sheet_title,
    work_package_label,
    work_package_list,
)

if TYPE_CHECKING:
    from openpyxl.cell.cell import Cell
    from openpyxl.worksheet.worksheet import Worksheet

CATEGORY_HELP: dict[CostCategory, str] = {
    CostCategory.A: gettext(
        "Only personnel costs NOT covered by person-months x monthly cost on the Effort sheet, "
        "e.g. SME owners who receive no salary. Normally leave A to the Effort sheet."),
    CostCategory.B: gettext(
        "Work on the project done by another company under a contract with you "
        "(subcontracting), e.g. an external testing laboratory."),
    CostCategory.C1: gettext(
        "Travel and subsistence for your staff: trips to meetings, fairs, pilot sites (tickets, "
        "hotels, daily allowances)."),
    CostCategory.C2: gettext(
        "Equipment bought or rented for the project (only the part used for it, e.g. its "
        "depreciation during the project)."),
    CostCategory.C3: gettext(
        "Other goods, works and services: consumables, materials, printing, event costs, "
        "certificates on financial statements, translations."),
    CostCategory.D1: gettext(
        "Money you pass on to third parties, e.g. vouchers or grants to SMEs (cascade "
        "funding), if the project plans it."),
    CostCategory.D: gettext("Other cost categories the call allows that fit nowhere above."),
}


INPUT_FILL_COLOUR = "FFF2CC"  # light yellow: type here
CALCULATED_FILL_COLOUR = "EDEDED"  # light grey: calculated, do not type
HEADER_FILL_COLOUR = "DCE6F1"
MONEY_FORMAT = "#,##0.00"
MONTHS_FORMAT = "0.00"
INSTRUCTIONS_WIDTH = 75
ORGANISATION_WIDTHS = (34, 46, 72)
COSTS_WIDTHS = (36, 34, 48, 11, 16, 16, 3, 36, 80)
SUMMARY_WIDTHS = (36, 18, 80)


# --- cells ---------------------------------------------------------------------------------------


class _Styles:
    """openpyxl style objects, built once per workbook (openpyxl is imported lazily)."""

    def __init__(self) -> None:
        from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side

        self.title = Font(bold=True, size=14)
        self.bold = Font(bold=True)
        self.note = Font(italic=True, color="595959")
        self.header_fill = PatternFill("solid", fgColor=HEADER_FILL_COLOUR)
        self.input_fill = PatternFill("solid", fgColor=INPUT_FILL_COLOUR)
        self.calculated_fill = PatternFill("solid", fgColor=CALCULATED_FILL_COLOUR)
        self.wrap = Alignment(wrap_text=True, vertical="top")
        self.top = Alignment(vertical="top")
        self.unlocked = Protection(locked=False)
        thin = Side(style="thin", color="BFBFBF")
        self.box = Border(left=thin, right=thin, top=thin, bottom=thin)

    def header(self, cell: Cell) -> None:
        cell.font = self.bold
        cell.fill = self.header_fill
        cell.alignment = self.wrap
        cell.border = self.box

    def input(self, cell: Cell, number_format: str | None = None) -> None:
        cell.fill = self.input_fill
        cell.protection = self.unlocked
        cell.border = self.box
        cell.alignment = self.top
        if number_format:
            cell.number_format = number_format

    def calculated(self, cell: Cell, number_format: str | None = None) -> None:
        cell.fill = self.calculated_fill
        cell.border = self.box
        cell.alignment = self.top
        if number_format:
            cell.number_format = number_format


def _protect(sheet: Worksheet) -> None:
    """Light protection, no password: headings and formulas stay, columns can be widened."""
    sheet.protection.sheet = True
    sheet.protection.formatColumns = False
    sheet.protection.formatRows = False


def _page_setup(sheet: Worksheet, landscape: bool = True) -> None:
    sheet.page_setup.orientation = "landscape" if landscape else "portrait"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True


def _widths(sheet: Worksheet, widths: Sequence[float]) -> None:
    from openpyxl.utils import get_column_letter

    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width


def _fit_height(sheet: Worksheet, row: int, texts: Sequence[tuple[str, float]]) -> None:
    """Row height for wrapped text: spreadsheet programs do not always grow rows themselves.

    `texts` pairs each cell's text with its column width; a line holds about one character per
    unit of width (a slight overestimate for proportional fonts, so nothing is cut off).
    """
    lines = max(
        (sum(-(-max(len(part), 1) // max(int(width), 1)) for part in text.split("\n"))
         for text, width in texts if text),
        default=1,
    )
    if lines > 1:
        sheet.row_dimensions[row].height = 15 * lines + 2


def _list_range(column: str, count: int) -> str:
    return f"{SHEET_LISTS}!${column}$2:${column}${max(count, 1) + 1}"


def _list_validation(source: str, texts: Catalogue, error: str) -> object:
    """A drop-down from the Lists sheet; `error` is the (translated) sentence shown when a typed
    value is not on the list."""
    from openpyxl.worksheet.datavalidation import DataValidation

    return DataValidation(
        type="list", formula1=f"={source}", allow_blank=True, showErrorMessage=True,
        errorTitle=texts.gettext("Choose from the list"), error=error,
    )


def _number_validation(cell_ref: str, what: str, texts: Catalogue, *,
                       whole: bool = False) -> object:
    """Zero or more; at most two decimals (person-months and money are kept to the hundredth).
    `what` is the field's name, already translated."""
    from openpyxl.worksheet.datavalidation import DataValidation

    if whole:
        return DataValidation(
            type="whole", operator="greaterThanOrEqual", formula1="0", allow_blank=True,
            showErrorMessage=True, errorTitle=texts.gettext("Whole number"),
            error=texts.gettext("{field}: please type a whole number of zero or more.").format(
                field=what),
        )
    return DataValidation(
        type="custom", formula1=f"AND(ISNUMBER({cell_ref}),{cell_ref}>=0,"
        f"ROUND({cell_ref},2)={cell_ref})", allow_blank=True, showErrorMessage=True,
        errorTitle=texts.gettext("Number"),
        error=texts.gettext("{field}: please type a number of zero or more with at most two "
                            "decimals, without a currency sign.").format(field=what),
    )


# --- the sheets ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Context:
    snapshot: ProjectSnapshot
    participant: ParticipantInfo
    generated_at: datetime
    styles: _Styles
    texts: Catalogue

    @property
    def acronym(self) -> str:
        return self.snapshot.project.acronym

    def sheet(self, name: str) -> str:
        """A sheet's name in the workbook's language (`name` is one of the SHEET_ constants)."""
        return sheet_title(name, self.texts.language)


def _instructions(sheet: Worksheet, context: _Context) -> None:
    styles, snapshot, participant = context.styles, context.snapshot, context.participant
    texts = context.texts
    coordinator = snapshot.coordinator
    contact = ""
    if coordinator is not None:
        who = coordinator.organisation
        parts = [part for part in (who.contact_name, who.email) if part]
        contact = f"{who.display_name}" + (f" ({', '.join(parts)})" if parts else "")
    from babel.dates import format_date

    prepared_on = format_date(context.generated_at.date(), format="long",
                              locale=number_locale(texts.language))
    costs, organisation = context.sheet(SHEET_COSTS), context.sheet(SHEET_ORGANISATION)
    effort, summary = context.sheet(SHEET_EFFORT), context.sheet(SHEET_SUMMARY)
    lines: list[tuple[str, str]] = [
        ("title", texts.gettext("Partner workbook: {acronym}").format(acronym=context.acronym)),
        ("text", snapshot.project.title),
        ("text", texts.gettext("For participant {number}: {name}").format(
            number=participant.number, name=participant.organisation.legal_name)),
        ("note", texts.gettext("Prepared by the coordinator on {date}.").format(
            date=prepared_on)),
        ("", ""),
        ("heading", texts.gettext("What this workbook is for")),
        ("text", texts.gettext(
            "The coordinator is preparing the project proposal and its budget. Please check "
            "your organisation's details and tell us how much work and which costs you plan for "
            "the project. The coordinator imports this file into the proposal, so please keep "
            "to the layout described below.")),
        ("", ""),
        ("heading", texts.gettext("What to fill in (yellow cells only)")),
        ("text", texts.gettext(
            "1. {organisation}: check every pre-filled detail and correct or complete it. Give "
            "your monthly personnel cost at the bottom.").format(organisation=organisation)),
        ("text", texts.gettext(
            "2. {effort}: for each work package you take part in, give your person-months. One "
            "person-month is one person working full time for one month (two people half time "
            "for a month is also 1). Use at most two decimals, e.g. 2.5. Leave a work package "
            "empty if you do not work in it.").format(effort=effort)),
        ("text", texts.gettext(
            "3. {costs}: one line per cost item other than your own staff: choose a category "
            "and (if it belongs to one) a work package, describe it, and give either a quantity "
            "and a unit cost (the amount is then calculated) or the amount alone. The "
            "categories are explained on the {costs} sheet. To remove a line, clear its "
            "cells.").format(costs=costs)),
        ("text", texts.gettext(
            "4. {summary}: nothing to fill in. It adds up your person-months, personnel costs, "
            "costs by category, indirect costs and total, so you can check them.").format(
                summary=summary)),
        ("", ""),
        ("heading", texts.gettext("How to type values")),
        ("text", texts.gettext(
            "Amounts are in euros: type the number only, without a currency sign, e.g. 12500 or "
            "12500.50 (your spreadsheet's usual decimal separator is fine). Amounts and "
            "person-months have at most two decimals. Use the drop-down lists where a cell "
            "offers one. Grey cells are calculated: do not type in them.")),
        ("", ""),
        ("heading", texts.gettext("Please do not")),
        ("text", texts.gettext(
            "Rename, add, delete or reorder sheets; change the headings; or move the tables. The "
            "workbook contains hidden sheets that tell the coordinator's software which project "
            "and partner it belongs to: do not unhide or change them, and do not copy this file "
            "for another organisation (each partner has their own).")),
        ("", ""),
        ("heading", texts.gettext("When you are done")),
        ("text", texts.gettext(
            "Save the file as an Excel workbook (.xlsx) in Excel or LibreOffice, keep its name, "
            "and send it back to the coordinator: {contact}.").format(contact=contact)
         if contact else texts.gettext(
            "Save the file as an Excel workbook (.xlsx) in Excel or LibreOffice, keep its name, "
            "and send it back to the coordinator.")),
        ("text", texts.gettext("You may send it more than once: the latest version replaces the "
                               "earlier one.")),
    ]
    sheet.column_dimensions["A"].width = INSTRUCTIONS_WIDTH
    for row, (kind, text) in enumerate(lines, start=1):
        cell = sheet.cell(row, 1)
        if not text:
            continue
        set_text(cell, text)
        cell.alignment = styles.wrap
        _fit_height(sheet, row, [(text, INSTRUCTIONS_WIDTH)])
        if kind == "title":
            cell.font = styles.title
        elif kind == "heading":
            cell.font = styles.bold
        elif kind == "note":
            cell.font = styles.note
    sheet.sheet_view.showGridLines = False
    _page_setup(sheet, landscape=False)
    _protect(sheet)


def _profile_value(context: _Context, field: ProfileField) -> str | int | Decimal | None:
    organisation, texts = context.participant.organisation, context.texts
    if field.key == "monthly_personnel_cost":
        return context.participant.monthly_personnel_cost
    if field.kind == "roles":
        return role_labels(context.participant.value_chain_roles, texts) or None
    value = getattr(organisation, field.key)
    if field.kind == "nace":
        return "; ".join(value) or None
    if field.kind == "country":
        from consortium_planner.reference.countries import get_country

        country = get_country(value)
        return country_label(country.code, country_name(
            country.code, country.name_en, texts.language)) if country else value
    if field.kind == "region":
        from consortium_planner.reference.nuts import get_region

        region = get_region(value)
        return region_label(region.code, region.name) if region else value
    if field.kind == "org_type":
        from consortium_planner.domain.vocab import OrgType

        return texts.gettext(ORG_TYPE_LABELS.get(OrgType(value), value)) if value else None
    if field.kind == "yes_no":
        return None if value is None else texts.gettext(YES if value else NO)
    return value


def role_labels(keys: Sequence[str], texts: Catalogue | None = None) -> str:
    """Role keys as the partner reads them ("Manufacturer; End user / customer"), in the
    language of `texts` (English when not given)."""
    from consortium_planner.reference.value_chain import builtin_roles

    labels = {role.key: role.label for role in builtin_roles()}
    names = [labels.get(key, key.replace("_", " ")) for key in keys]
    return "; ".join(texts.gettext(name) if texts else name for name in names)


def _organisation(sheet: Worksheet, context: _Context, lists: Mapping[str, str]) -> None:
    styles, participant, texts = context.styles, context.participant, context.texts
    cell = sheet.cell(1, 1)
    set_text(cell, texts.gettext("Your organisation ({acronym}, participant {number})").format(
        acronym=context.acronym, number=participant.number))
    cell.font = styles.title
    note = sheet.cell(2, 1)
    note.value = texts.gettext("Check every yellow cell and correct or complete it. The "
                               "coordinator filled in what was already known.")
    note.font = styles.note
    for column, heading in enumerate(PROFILE_HEADINGS, start=1):
        set_text(sheet.cell(HEADER_ROW, column), texts.gettext(heading))
        styles.header(sheet.cell(HEADER_ROW, column))
    validations = {
        "country": _list_validation(lists["country"], texts, texts.gettext(
            "Please choose a country from the drop-down list.")),
        "region": _list_validation(lists["region"], texts, texts.gettext(
            "Please choose a region from the drop-down list.")),
        "org_type": _list_validation(lists["org_type"], texts, texts.gettext(
            "Please choose a type of organisation from the drop-down list.")),
        "yes_no": _list_validation(lists["yes_no"], texts, texts.gettext(
            "Please choose Yes or No from the drop-down list.")),
    }
    for field in PROFILE_FIELDS:
        row = PROFILE_ROWS[field.key]
        field_label = texts.gettext(field.label)
        field_help = texts.gettext(field.help) if field.help else ""
        label = sheet.cell(row, 1)
        set_text(label, field_label)
        label.font = styles.bold
        label.alignment = styles.wrap
        label.border = styles.box
        value_cell = sheet.cell(row, PROFILE_VALUE_COLUMN)
        value = _profile_value(context, field)
        if isinstance(value, str):
            set_text(value_cell, value)
        elif value is not None:
            value_cell.value = value
        number_format = MONEY_FORMAT if field.kind == "money" else None
        if field.kind in ("text", "country", "region", "org_type", "yes_no", "nace", "roles"):
            number_format = "@"  # typed digits (PIC, postcode) stay text, leading zeros kept
        styles.input(value_cell, number_format)
        if isinstance(value, str):
            value_cell.alignment = styles.wrap  # a long legal name beside its help text
        help_cell = sheet.cell(row, 3)
        set_text(help_cell, field_help)
        help_cell.alignment = styles.wrap
        help_cell.border = styles.box
        help_cell.font = styles.note
        _fit_height(sheet, row, [(field_label, ORGANISATION_WIDTHS[0] * 0.9),
                                 (value if isinstance(value, str) else "",
                                  ORGANISATION_WIDTHS[1]),
                                 (field_help, ORGANISATION_WIDTHS[2])])
        reference = value_cell.coordinate
        if field.kind in validations:
            validations[field.kind].add(reference)  # type: ignore[attr-defined]
        elif field.kind in ("money", "integer"):
            validation = _number_validation(reference, field_label, texts,
                                            whole=field.kind == "integer")
            sheet.add_data_validation(validation)  # type: ignore[arg-type]
            validation.add(reference)  # type: ignore[attr-defined]
    for validation in validations.values():
        sheet.add_data_validation(validation)  # type: ignore[arg-type]
    _widths(sheet, ORGANISATION_WIDTHS)
    sheet.freeze_panes = f"A{FIRST_DATA_ROW}"
    _page_setup(sheet)
    _protect(sheet)


def effort_last_row(work_package_count: int) -> int:
    return FIRST_DATA_ROW + max(work_package_count, 1) - 1


def _effort(sheet: Worksheet, context: _Context) -> None:
    styles, snapshot, participant = context.styles, context.snapshot, context.participant
    texts = context.texts
    title = sheet.cell(1, 1)
    set_text(title, texts.gettext("Your effort per work package (person-months)"))
    title.font = styles.title
    note = sheet.cell(2, 1)
    note.value = texts.gettext(
        "Type your person-months in the yellow column (at most two decimals; leave empty where "
        "you do not work). Personnel cost = person-months x your monthly personnel cost on the "
        "{organisation} sheet.").format(organisation=context.sheet(SHEET_ORGANISATION))
    note.font = styles.note
    for column, heading in enumerate(EFFORT_HEADINGS, start=1):
        set_text(sheet.cell(HEADER_ROW, column), texts.gettext(heading))
        styles.header(sheet.cell(HEADER_ROW, column))
    current = {e.work_package: e.person_months for e in snapshot.efforts
               if e.participant == participant.number}
    months_column = sheet.cell(HEADER_ROW, EFFORT_MONTHS_COLUMN).column_letter
    cost_column = sheet.cell(HEADER_ROW, EFFORT_COST_COLUMN).column_letter
    last_row = effort_last_row(len(snapshot.work_packages))
    cost_cell = personnel_cost_cell(context.sheet(SHEET_ORGANISATION))
    validation = _number_validation(f"{months_column}{FIRST_DATA_ROW}",
                                    texts.gettext("Person-months"), texts)
    sheet.add_data_validation(validation)  # type: ignore[arg-type]
    for row, work_package in enumerate(snapshot.work_packages, start=FIRST_DATA_ROW):
        lead = snapshot.participant(work_package.lead) if work_package.lead else None
        values: tuple[object, ...] = (
            f"WP{work_package.number}", work_package.title,
            lead.short_name if lead else "", work_package.start_month, work_package.end_month,
        )
        for column, value in enumerate(values, start=1):
            cell = sheet.cell(row, column)
            if isinstance(value, str):
                set_text(cell, value)
            else:
                cell.value = value
            cell.border = styles.box
            cell.alignment = styles.wrap if column == 2 else styles.top
        months = sheet.cell(row, EFFORT_MONTHS_COLUMN)
        if work_package.number in current:
            months.value = current[work_package.number]
        styles.input(months, MONTHS_FORMAT)
        validation.add(months.coordinate)  # type: ignore[attr-defined]
        cost = sheet.cell(row, EFFORT_COST_COLUMN)
        cost.value = (f'=IF(ISNUMBER({months.coordinate}),'
                      f'ROUND({months.coordinate}*{cost_cell},2),"")')
        styles.calculated(cost, MONEY_FORMAT)
        sheet.cell(row, EFFORT_KEY_COLUMN).value = work_package.number
    key_heading = sheet.cell(HEADER_ROW, EFFORT_KEY_COLUMN)
    set_text(key_heading, texts.gettext(EFFORT_KEY_HEADING))
    sheet.column_dimensions[key_heading.column_letter].hidden = True
    total_row = last_row + 1
    label = sheet.cell(total_row, EFFORT_TITLE_COLUMN)
    label.value = texts.gettext(EFFORT_TOTAL_LABEL)
    label.font = styles.bold
    for column, number_format in ((months_column, MONTHS_FORMAT), (cost_column, MONEY_FORMAT)):
        cell = sheet[f"{column}{total_row}"]
        cell.value = f"=SUM({column}{FIRST_DATA_ROW}:{column}{last_row})"
        cell.font = styles.bold
        styles.calculated(cell, number_format)
    _widths(sheet, (8, 55, 16, 10, 10, 14, 18))
    sheet.freeze_panes = f"A{FIRST_DATA_ROW}"
    _page_setup(sheet)
    _protect(sheet)


def cost_last_row(line_count: int) -> int:
    return FIRST_DATA_ROW + line_count + BLANK_COST_LINES - 1


def _costs(sheet: Worksheet, context: _Context, lists: Mapping[str, str]) -> int:
    styles, snapshot, participant = context.styles, context.snapshot, context.participant
    texts = context.texts
    title = sheet.cell(1, 1)
    set_text(title, texts.gettext("Your costs other than staff"))
    title.font = styles.title
    note = sheet.cell(2, 1)
    note.value = texts.gettext(
        "One line per cost item. Give a quantity and a unit cost (the amount is calculated), or "
        "type the amount alone. To remove a line, clear its cells.")
    note.font = styles.note
    lines = [c for c in snapshot.costs if c.participant == participant.number]
    last_row = cost_last_row(len(lines))
    for column, heading in enumerate(COST_HEADINGS, start=1):
        set_text(sheet.cell(HEADER_ROW, column), texts.gettext(heading))
        styles.header(sheet.cell(HEADER_ROW, column))
    total_label = sheet.cell(3, COST_UNIT_COST_COLUMN)
    total_label.value = texts.gettext("Total of all lines")
    total_label.font = styles.bold
    total_label.alignment = styles.wrap
    _fit_height(sheet, 3, [(str(total_label.value), COSTS_WIDTHS[COST_UNIT_COST_COLUMN - 1])])
    total = sheet.cell(3, COST_AMOUNT_COLUMN)
    total.value = f"=SUM(F{FIRST_DATA_ROW}:F{last_row})"
    total.font = styles.bold
    styles.calculated(total, MONEY_FORMAT)
    work_packages = {wp.number: wp.title for wp in snapshot.work_packages}
    category_validation = _list_validation(lists["category"], texts, texts.gettext(
        "Please choose a cost category from the drop-down list."))
    wp_validation = _list_validation(lists["work_package"], texts, texts.gettext(
        "Please choose a work package from the drop-down list."))
    quantity_validation = _number_validation(f"D{FIRST_DATA_ROW}", texts.gettext("Quantity"),
                                             texts)
    money_validation = _number_validation(f"E{FIRST_DATA_ROW}", texts.gettext("Unit cost"),
                                          texts)
    amount_validation = _number_validation(f"F{FIRST_DATA_ROW}", texts.gettext("Amount"), texts)
    for validation in (category_validation, wp_validation, quantity_validation,
                       money_validation, amount_validation):
        sheet.add_data_validation(validation)  # type: ignore[arg-type]
    category_validation.add(f"A{FIRST_DATA_ROW}:A{last_row}")  # type: ignore[attr-defined]
    wp_validation.add(f"B{FIRST_DATA_ROW}:B{last_row}")  # type: ignore[attr-defined]
    quantity_validation.add(f"D{FIRST_DATA_ROW}:D{last_row}")  # type: ignore[attr-defined]
    money_validation.add(f"E{FIRST_DATA_ROW}:E{last_row}")  # type: ignore[attr-defined]
    amount_validation.add(f"F{FIRST_DATA_ROW}:F{last_row}")  # type: ignore[attr-defined]
    for row in range(FIRST_DATA_ROW, last_row + 1):
        index = row - FIRST_DATA_ROW
        line = lines[index] if index < len(lines) else None
        cells = [sheet.cell(row, column) for column in range(1, 7)]
        for cell, number_format in zip(
            cells, ("@", "@", "@", MONTHS_FORMAT, MONEY_FORMAT, MONEY_FORMAT)
        ):
            styles.input(cell, number_format)
        for cell in cells[:COST_DESCRIPTION_COLUMN]:  # category, work package, description
            cell.alignment = styles.wrap
        cells[COST_AMOUNT_COLUMN - 1].value = amount_formula(row)
        if line is None:
            continue
        set_text(cells[0], texts.gettext(COST_CATEGORY_LABELS[CostCategory(line.category)]))
        if line.work_package is not None:
            set_text(cells[1], work_package_label(
                line.work_package, work_packages.get(line.work_package, "")))
        if line.description:
            set_text(cells[2], line.description)
        if line.quantity is not None and line.unit_cost is not None:
            cells[3].value = line.quantity
            cells[4].value = line.unit_cost
        else:
            cells[5].value = line.amount
        _fit_height(sheet, row, [(str(cell.value or ""), width)
                                 for cell, width in zip(cells[:COST_DESCRIPTION_COLUMN],
                                                        COSTS_WIDTHS)])
    _category_explanations(sheet, context)
    _widths(sheet, COSTS_WIDTHS)
    sheet.freeze_panes = f"A{FIRST_DATA_ROW}"
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    _page_setup(sheet)
    _protect(sheet)
    return last_row


def _category_explanations(sheet: Worksheet, context: _Context) -> None:
    styles, texts = context.styles, context.texts
    for column, heading in ((8, texts.gettext("Category")),
                            (9, texts.gettext("What belongs here"))):
        set_text(sheet.cell(HEADER_ROW, column), heading)
        styles.header(sheet.cell(HEADER_ROW, column))
    for row, category in enumerate(CostCategory, start=FIRST_DATA_ROW):
        name = sheet.cell(row, 8)
        set_text(name, texts.gettext(COST_CATEGORY_LABELS[category]))
        name.alignment = styles.wrap
        name.border = styles.box
        help_text = texts.gettext(CATEGORY_HELP[category])
        text = sheet.cell(row, 9)
        set_text(text, help_text)
        text.alignment = styles.wrap
        text.border = styles.box
        _fit_height(sheet, row, [(help_text, COSTS_WIDTHS[8])])
    note = sheet.cell(FIRST_DATA_ROW + len(CostCategory) + 1, 8)
    note.value = texts.gettext(
        "Indirect costs (E) are added on the {summary} sheet at the call's flat rate: do not "
        "enter them as lines.").format(summary=context.sheet(SHEET_SUMMARY))
    note.font = styles.note


def _summary(sheet: Worksheet, context: _Context, effort_rows: int, cost_rows: int) -> None:
    styles, snapshot, participant = context.styles, context.snapshot, context.participant
    texts = context.texts
    profile = snapshot.profile
    title = sheet.cell(1, 1)
    set_text(title, texts.gettext("Your totals (calculated: nothing to fill in)"))
    title.font = styles.title
    note = sheet.cell(2, 1)
    note.value = texts.gettext("These figures follow the rules the coordinator's budget uses; "
                               "they update as you type.")
    note.font = styles.note
    for column, heading in enumerate((texts.gettext("Item"), texts.gettext("Value"),
                                      texts.gettext("How it is calculated")), start=1):
        set_text(sheet.cell(HEADER_ROW, column), heading)
        styles.header(sheet.cell(HEADER_ROW, column))
    effort_last = effort_last_row(effort_rows)
    effort, costs = context.sheet(SHEET_EFFORT), context.sheet(SHEET_COSTS)
    organisation = context.sheet(SHEET_ORGANISATION)
    months_range = sheet_reference(effort, f"$F${FIRST_DATA_ROW}:$F${effort_last}")
    personnel_range = sheet_reference(effort, f"$G${FIRST_DATA_ROW}:$G${effort_last}")
    amounts = sheet_reference(costs, f"$F${FIRST_DATA_ROW}:$F${cost_rows}")
    categories = sheet_reference(costs, f"$A${FIRST_DATA_ROW}:$A${cost_rows}")
    rows: list[tuple[str, str, str, str]] = [
        (texts.gettext("Person-months"), f"=SUM({months_range})", MONTHS_FORMAT,
         texts.gettext("{effort} sheet, total").format(effort=effort)),
        (texts.gettext("Monthly personnel cost (EUR)"),
         f"={personnel_cost_cell(organisation)}", MONEY_FORMAT,
         texts.gettext("{organisation} sheet").format(organisation=organisation)),
        (texts.gettext("A. Personnel from effort"), f"=SUM({personnel_range})", MONEY_FORMAT,
         texts.gettext("Person-months x monthly personnel cost, per work package, rounded to "
                       "the cent")),
    ]
    category_rows: dict[str, int] = {}
    for category in CostCategory:
        label = texts.gettext(COST_CATEGORY_LABELS[category])
        title_text = texts.gettext("A. Personnel, other lines") if category is CostCategory.A \
            else label
        category_rows[category.value] = HEADER_ROW + 1 + len(rows)
        criterion = label.replace('"', '""')
        rows.append((title_text, f'=SUMIFS({amounts},{categories},"{criterion}")', MONEY_FORMAT,
                     texts.gettext("{costs} sheet, lines of this category").format(costs=costs)))
    first_money = HEADER_ROW + 3
    direct_row = HEADER_ROW + 1 + len(rows)
    rows.append((texts.gettext("Direct costs"), f"=SUM(B{first_money}:B{direct_row - 1})",
                 MONEY_FORMAT, "A + B + C + D"))
    base_cells = [f"B{first_money}"] if "A" in profile.indirect_base else []
    base_cells += [f"B{category_rows[c]}" for c in category_rows if c in profile.indirect_base]
    base_names = ", ".join(
        COST_CATEGORY_LABELS[c].split(" ")[0].rstrip(".")
        for c in CostCategory if c.value in profile.indirect_base
    )
    base_row = HEADER_ROW + 1 + len(rows)
    rows.append((texts.gettext("Base for indirect costs"), f"={'+'.join(base_cells) or '0'}",
                 MONEY_FORMAT,
                 texts.gettext("Categories {categories} (set by the call)").format(
                     categories=base_names)))
    rate_row = base_row + 1
    rows.append((texts.gettext("Indirect cost rate"), f"={profile.indirect_rate}", "0.00%",
                 texts.gettext("Flat rate set by the call")))
    indirect_row = rate_row + 1
    rows.append((texts.gettext("E. Indirect costs"), f"=ROUND(B{base_row}*B{rate_row},2)",
                 MONEY_FORMAT,
                 texts.gettext("{rate} of the base, rounded to the cent").format(
                     rate=_percent(profile.indirect_rate, texts.language))))
    total_row = indirect_row + 1
    rows.append((texts.gettext("Total eligible costs"), f"=B{direct_row}+B{indirect_row}",
                 MONEY_FORMAT, texts.gettext("Direct costs + indirect costs")))
    funding_row = total_row + 1
    rows.append((texts.gettext("Funding rate (indicative)"), f"={participant.funding_rate}",
                 "0.00%",
                 texts.gettext("From the call's rules for your type of organisation and region; "
                               "the coordinator confirms it")))
    eu_row = funding_row + 1
    rows.append((texts.gettext("EU contribution (indicative)"),
                 f"=ROUNDDOWN(B{total_row}*B{funding_row},2)", MONEY_FORMAT,
                 texts.gettext("Total x funding rate, rounded down to the cent")))
    rows.append((texts.gettext("Your own contribution (indicative)"), f"=B{total_row}-B{eu_row}",
                 MONEY_FORMAT, texts.gettext("Total - EU contribution")))
    for row, (label, formula, number_format, how) in enumerate(rows, start=HEADER_ROW + 1):
        name = sheet.cell(row, 1)
        set_text(name, label)
        name.border = styles.box
        name.alignment = styles.wrap  # "D.1 Wsparcie finansowe dla stron trzecich" is longer
        value = sheet.cell(row, 2)
        value.value = formula
        styles.calculated(value, number_format)
        explanation = sheet.cell(row, 3)
        set_text(explanation, how)
        explanation.font = styles.note
        explanation.border = styles.box
        explanation.alignment = styles.wrap
        _fit_height(sheet, row, [(label, SUMMARY_WIDTHS[0]), (how, SUMMARY_WIDTHS[2])])
        if row in (direct_row, total_row):
            name.font = styles.bold
            value.font = styles.bold
    _widths(sheet, SUMMARY_WIDTHS)
    _page_setup(sheet)
    _protect(sheet)


def _percent(rate: Decimal, language: str) -> str:
    """A rate as the workbook's language writes a number ("62,5 %" in French and Polish)."""
    if language == DEFAULT_LANGUAGE:
        return format_rate(rate)
    from babel.numbers import format_decimal

    return f"{format_decimal(rate * 100, format='#,##0.##', locale=number_locale(language))} %"


def _lists(sheet: Worksheet, context: _Context) -> dict[str, str]:
    """The drop-down sources, one column each; returns the range for each kind."""
    snapshot, texts = context.snapshot, context.texts
    columns: dict[str, tuple[str, str, Sequence[str]]] = {
        "country": ("A", texts.gettext("Countries"), country_choices(texts.language)),
        "region": ("B", texts.gettext("Regions (NUTS 2)"), region_choices()),
        "org_type": ("C", texts.gettext("Organisation types"),
                     tuple(texts.gettext(label) for label in ORG_TYPE_LABELS.values())),
        "category": ("D", texts.gettext("Cost categories"),
                     tuple(texts.gettext(label) for label in COST_CATEGORY_LABELS.values())),
        "work_package": ("E", LISTS_WORK_PACKAGES_HEADING, tuple(
            work_package_label(wp.number, wp.title) for wp in snapshot.work_packages)),
        "yes_no": ("F", texts.gettext("Yes / No"), (texts.gettext(YES), texts.gettext(NO))),
    }
    ranges = {}
    for kind, (column, heading, values) in columns.items():
        sheet[f"{column}1"] = heading
        for row, value in enumerate(values, start=2):
            set_text(sheet[f"{column}{row}"], value)
        ranges[kind] = _list_range(column, len(values))
    sheet.sheet_state = "hidden"
    _protect(sheet)
    return ranges


def identity_values(snapshot: ProjectSnapshot, participant: ParticipantInfo,
                    generated_at: datetime, language: str = DEFAULT_LANGUAGE) -> dict[str, str]:
    """The identity as the importer will read it back (cleaned as written, then stripped), so
    the checksum still matches for a name with control characters or outer spaces."""
    values = {
        "format": FORMAT_ID,
        "template_version": str(TEMPLATE_VERSION),
        "project": snapshot.project.acronym,
        "project_title": snapshot.project.title,
        "participant": str(participant.number),
        "organisation_id": str(participant.organisation.id),
        "organisation": participant.organisation.legal_name,
        "pic": participant.organisation.pic or "",
        "generated_at": generated_at.isoformat(timespec="seconds"),
        "work_packages": work_package_list([wp.number for wp in snapshot.work_packages]),
        "language": language,
    }
    return {key: cell_text(value).text.strip() for key, value in values.items()}


def _identity(sheet: Worksheet, values: Mapping[str, str]) -> None:
    for row, key in enumerate((*IDENTITY_KEYS, "checksum"), start=1):
        sheet.cell(row, 1).value = key
        text = identity_checksum(values) if key == "checksum" else values[key]
        set_text(sheet.cell(row, 2), text)
        sheet.cell(row, 2).number_format = "@"
    sheet.sheet_state = "veryHidden"
    _protect(sheet)


# --- the workbook --------------------------------------------------------------------------------


def workbook_language(participant: ParticipantInfo) -> str:
    """The language of a participant's workbook: its own choice, else its country's language
    (English where the app does not speak it)."""
    if participant.workbook_language:
        return language_code(participant.workbook_language)
    return language_for_country(participant.organisation.country)


def write_partner_workbook(
    snapshot: ProjectSnapshot,
    participant_number: int,
    path: Path | str,
    *,
    generated_at: datetime | None = None,
    language: str | None = DEFAULT_LANGUAGE,
) -> Path:
    """Write one participant's workbook to `path` (atomically); raises ExportError or KeyError.

    `language`: a code or name (see `languages.language_code`); None for the participant's own
    (`workbook_language`). An unknown language raises UnknownLanguage."""
    from openpyxl import Workbook
    from openpyxl.workbook.protection import WorkbookProtection

    participant = snapshot.participant(participant_number)
    if participant is None:
        numbers = ", ".join(str(p.number) for p in snapshot.participants) or "none"
        raise KeyError(
            f"{snapshot.project.acronym} has no participant {participant_number} "
            f"(participants: {numbers})"
        )
    code = workbook_language(participant) if language is None else language_code(language)
    texts = catalogue(code)
    context = _Context(snapshot, participant, generated_at or datetime.now().astimezone(),
                       _Styles(), texts)
    workbook = Workbook()
    instructions = workbook.active
    instructions.title = context.sheet(SHEET_INSTRUCTIONS)
    organisation = workbook.create_sheet(context.sheet(SHEET_ORGANISATION))
    effort = workbook.create_sheet(context.sheet(SHEET_EFFORT))
    costs = workbook.create_sheet(context.sheet(SHEET_COSTS))
    summary = workbook.create_sheet(context.sheet(SHEET_SUMMARY))
    lists = _lists(workbook.create_sheet(SHEET_LISTS), context)
    _identity(workbook.create_sheet(SHEET_IDENTITY),
              identity_values(snapshot, participant, context.generated_at, code))
    _instructions(instructions, context)
    _organisation(organisation, context, lists)
    _effort(effort, context)
    cost_rows = _costs(costs, context, lists)
    _summary(summary, context, len(snapshot.work_packages), cost_rows)
    workbook.security = WorkbookProtection(lockStructure=True)
    workbook.properties.creator = "Consortium Planner"
    workbook.properties.title = cell_text(
        texts.gettext("{acronym} partner workbook: {name}").format(
            acronym=snapshot.project.acronym, name=participant.organisation.legal_name)
    ).text
    workbook.properties.language = code
    workbook.active = 0
    target = Path(path)
    with replacing(target) as temp_path:
        workbook.save(temp_path)
    return target.expanduser().absolute()


_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9.\-]+")
# Latin letters that have no accent to strip, so NFKD leaves them whole ("Łódź" is not "odz").
_PLAIN_LETTERS = str.maketrans({"Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "Đ": "D", "đ": "d",
                                "ß": "ss", "Æ": "AE", "æ": "ae", "Œ": "OE", "œ": "oe",
                                "Þ": "Th", "þ": "th", "ı": "i"})


def partner_workbook_name(snapshot: ProjectSnapshot, participant: ParticipantInfo) -> str:
    """'CIRCOMP-P03-CMP.xlsx': sorts by participant number; ASCII, so it survives e-mail."""
    from consortium_planner.domain.text import strip_accents

    def ascii_name(text: str) -> str:
        return _UNSAFE_NAME.sub("-", strip_accents(text.translate(_PLAIN_LETTERS))).strip("-.")

    short = ascii_name(participant.short_name)[:40].rstrip("-.")
    acronym = ascii_name(snapshot.project.acronym)
    short, acronym = short or "partner", acronym or "project"
    return f"{acronym}-P{participant.number:02d}-{short}.xlsx"


def write_partner_workbooks(
    snapshot: ProjectSnapshot, folder: Path | str, *, generated_at: datetime | None = None,
    language: str | None = None,
) -> list[Path]:
    """One workbook per participant into `folder` (created if its parent exists), each in
    `language`, or when None in its participant's own (`workbook_language`)."""
    target = prepare_folder(folder)
    if not snapshot.participants:
        raise ExportError(f"{snapshot.project.acronym} has no participants to write workbooks for")
    moment = generated_at or datetime.now().astimezone()
    return [
        write_partner_workbook(
            snapshot, participant.number, target / partner_workbook_name(snapshot, participant),
            generated_at=moment, language=language,
        )
        for participant in snapshot.participants
    ]
