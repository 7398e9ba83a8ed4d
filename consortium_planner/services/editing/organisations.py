"""The partner directory's rows: reading typed fields, adding, and refusing to remove an
organisation that still takes part in a project."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from consortium_planner.domain.contact import is_email_address
from consortium_planner.domain.limits import FOUNDED_YEARS, ORGANISATION_TEXT_LIMITS
from consortium_planner.domain.vocab import ORGANISATION_FIELDS, OrgType, SmeClass
from consortium_planner.models import Organisation, Participant, Project
from consortium_planner.names import normalised_name
from consortium_planner.reference.countries import (
    country_code_from_text,
    get_country,
    normalise_vat,
    pic_is_valid,
    vat_problem,
)
from consortium_planner.reference.nuts import get_region, region_in_country
from consortium_planner.services.editing.coercion import (
    as_boolean,
    as_enum,
    as_integer,
    as_money,
    as_text,
)
from consortium_planner.services.editing.value_chain import (
    ORGANISATION_LINK_FIELDS,
    set_organisation_links,
)
from consortium_planner.reference.messages import gettext
from consortium_planner.services.errors import UserError

_TEXT_LIMITS = ORGANISATION_TEXT_LIMITS


def organisation_value(name: str, value: Any) -> Any:
    """One field of an organisation as typed, checked on its own."""
    if name == "legal_name":
        return as_text(value, "legal name", _TEXT_LIMITS["legal_name"], required=True)
    if name == "short_name":
        return as_text(value, "short name", _TEXT_LIMITS["short_name"])
    if name == "pic":
        text = re.sub(r"\s+", "", str(value or ""))
        if not text:
            return None
        if not pic_is_valid(text):
            raise UserError(gettext("A PIC has exactly 9 digits; {value} does not.",
                                    value=repr(value)))
        return text
    if name == "vat":
        text = as_text(value, "VAT number", _TEXT_LIMITS["vat"])
        return text or None
    if name == "org_type":
        return as_enum(OrgType, value, "organisation type")
    if name == "profit":
        return as_boolean(value, "profit-making flag")
    if name == "founded_year":
        year = as_integer(value, "founding year", minimum=FOUNDED_YEARS[0], optional=True)
        if year is not None and year > FOUNDED_YEARS[1]:
            raise UserError(gettext("{year} is not a founding year (give the year, such as "
                                    "2019).", year=year))
        return year
    if name == "staff_headcount":
        return as_integer(value, "staff headcount", optional=True)
    if name in ("turnover", "balance_sheet"):
        return as_money(value, name.replace("_", " "), optional=True)
    if name == "sme_class":
        return as_enum(SmeClass, value, "SME class", optional=True)
    if name == "country":
        text = as_text(value, "country", 60)
        if not text:
            return ""
        code = country_code_from_text(text)
        if code is None:
            raise UserError(
                gettext("{text} is not a country: type its name (in any EU language) or its "
                        "code (DE, EL, TW ...).", text=repr(text))
            )
        return code
    if name == "nuts2":
        text = as_text(value, "region", 4).upper()
        if text and get_region(text) is None:
            raise UserError(gettext("{code} is not a NUTS 2 region code (such as DE11 or ITC4).",
                                    code=repr(text)))
        return text
    if name == "email":
        text = as_text(value, "e-mail address", _TEXT_LIMITS["email"])
        if text and not is_email_address(text):
            raise UserError(gettext("{text} is not an e-mail address.", text=repr(text)))
        return text
    return as_text(value, name.replace("_", " "), _TEXT_LIMITS[name])


def update_organisation(session: Session, row: Organisation, values: dict[str, Any]) -> None:
    """Set fields, then check what depends on several of them (region in country, VAT format,
    a PIC used once); then the value-chain lists (NACE codes, ecosystems, cluster ids, usual
    roles), each replaced as a whole."""
    unknown = set(values) - set(ORGANISATION_FIELDS) - set(ORGANISATION_LINK_FIELDS)
    if unknown:
        raise ValueError(f"unknown organisation fields {sorted(unknown)}")
    for name, value in values.items():
        if name in ORGANISATION_FIELDS:
            setattr(row, name, organisation_value(name, value))
    row.name_key = normalised_name(row.legal_name)
    if row.country and not get_country(row.country):
        raise UserError(gettext("{country} is not a known country.", country=repr(row.country)))
    if row.nuts2 and row.country and not region_in_country(row.nuts2, row.country):
        raise UserError(
            gettext("The region {region} is not in {country}; change or clear the region.",
                    region=row.nuts2, country=row.country)
        )
    if row.vat and row.country and "vat" in values:
        problem = vat_problem(row.country, row.vat)
        if problem is not None:
            raise UserError(
                gettext("{vat} is not a VAT number: {problem}. Check it against the "
                        "organisation's VAT registration, or leave it empty.",
                        vat=repr(row.vat), problem=problem)
            )
        row.vat = normalise_vat(row.country, row.vat)
    if row.pic:
        with session.no_autoflush:  # a flush would hit the unique index before this message
            other = session.scalar(select(Organisation).where(
                Organisation.pic == row.pic, Organisation.id != row.id))
        if other is not None:
            raise UserError(gettext("The PIC {pic} is already used by {name}.", pic=row.pic,
                                    name=other.legal_name))
    set_organisation_links(session, row, values)


def create_organisation(session: Session, parent: None, values: dict[str, Any]) -> Organisation:
    """A new directory entry; `legal_name` is required, the rest optional."""
    legal_name = as_text(values.get("legal_name"), "legal name", _TEXT_LIMITS["legal_name"],
                         required=True)
    row = Organisation(legal_name=legal_name)
    session.add(row)
    update_organisation(session, row, values)
    return row


def refuse_removal(session: Session, rows: Sequence[Organisation]) -> None:
    """Participants keep their organisation (RESTRICT): say which projects to change first."""
    for row in rows:
        used = session.scalars(
            select(Project.acronym).join(Participant).where(Participant.organisation_id == row.id)
        ).all()
        if used:
            raise UserError(
                gettext("{name} is a participant in {projects}; remove it from the project "
                        "first.", name=row.legal_name, projects=', '.join(sorted(used)))
            )
