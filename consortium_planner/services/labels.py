"""What the user's messages call a table's rows and their fields: an edit conflict ("the
participant 3's role is now ...") and the History dialog ("participant 3 role: ...") name
them so, in any language (reference/messages, catalogue errors.po).

One home for these words: a field without a label here is named by its column name.
"""

from __future__ import annotations

from consortium_planner.reference.messages import Message, gettext, verbatim

ROW_LABELS: dict[str, Message] = {
    "organisation": gettext("organisation"),
    "project": gettext("project"),
    "participant": gettext("participant"),
    "work_package": gettext("work package"),
    "task": gettext("task"),
    "deliverable": gettext("deliverable"),
    "milestone": gettext("milestone"),
    "cost_item": gettext("cost line"),
    "effort": gettext("effort cell"),
    "region_s3_area": gettext("S3 area"),
    "project_version": gettext("version"),
    "organisation_role": gettext("value-chain role of an organisation"),
    "participant_role": gettext("value-chain role of a participant"),
    "value_chain_role": gettext("value-chain role"),
    "eu_participation": gettext("EU project participation"),
    "region_category": gettext("region category"),
}
"""Table name -> what a row of it is called."""

FIELD_LABELS: dict[str, Message] = {
    "acronym": gettext("acronym"),
    "address": gettext("address"),
    "amount": gettext("amount"),
    "area": gettext("S3 area"),
    "balance_sheet": gettext("balance sheet"),
    "call_profile": gettext("call profile"),
    "category": gettext("category"),
    "city": gettext("city"),
    "cluster_ids": gettext("clusters"),
    "clusters": gettext("clusters"),
    "contact_name": gettext("contact name"),
    "country": gettext("country"),
    "description": gettext("description"),
    "dissemination": gettext("dissemination level"),
    "due_month": gettext("due month"),
    "duration_months": gettext("duration"),
    "ecosystems": gettext("industrial ecosystems"),
    "email": gettext("e-mail address"),
    "end_month": gettext("end month"),
    "founded_year": gettext("founding year"),
    "funding_rate_override": gettext("funding rate override"),
    "funding_rate_override_reason": gettext("funding rate override reason"),
    "kind": gettext("kind"),
    "lead_participant_id": gettext("lead participant"),
    "legal_name": gettext("legal name"),
    "monthly_personnel_cost": gettext("monthly personnel cost"),
    "nace_codes": gettext("NACE codes"),
    "note": gettext("note"),
    "notes": gettext("notes"),
    "number": gettext("number"),
    "nuts2": gettext("region"),
    "objectives": gettext("objectives"),
    "org_type": gettext("organisation type"),
    "organisation_id": gettext("organisation"),
    "participant_id": gettext("participant"),
    "person_months": gettext("person months"),
    "phone": gettext("phone"),
    "pic": gettext("PIC"),
    "postcode": gettext("postcode"),
    "profit": gettext("profit"),
    "quantity": gettext("quantity"),
    "region_category_override": gettext("region category override"),
    "region_category_override_reason": gettext("region category override reason"),
    "role": gettext("role"),
    "scenario_name": gettext("scenario name"),
    "scenario_of_id": gettext("main project"),
    "short_name": gettext("short name"),
    "size": gettext("size"),
    "sme_class": gettext("SME class"),
    "source": gettext("source"),
    "staff_headcount": gettext("staff headcount"),
    "start_date": gettext("start date"),
    "start_month": gettext("start month"),
    "thematic_priority": gettext("thematic priority"),
    "title": gettext("title"),
    "turnover": gettext("turnover"),
    "type": gettext("type"),
    "unit_cost": gettext("unit cost"),
    "usual_roles": gettext("usual value-chain roles"),
    "value_chain_roles": gettext("value-chain roles"),
    "vat": gettext("VAT number"),
    "verification": gettext("verification"),
    "website": gettext("website"),
    "work_package_id": gettext("work package"),
    "work_package_ids": gettext("work packages"),
    "workbook_language": gettext("workbook language"),
}
"""Column name -> what a message calls the field."""


def row_label(table: str) -> Message:
    """What a row of `table` is called; its name with spaces when it has no label."""
    return ROW_LABELS.get(table) or verbatim(table.replace("_", " "))


def field_label(name: str) -> Message:
    """What a message calls the field `name`; its name with spaces when it has no label."""
    return FIELD_LABELS.get(name) or verbatim(name.replace("_", " "))
