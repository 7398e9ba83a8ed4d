"""Participants: an organisation of the directory taking part in a project, with its number,
role, personnel cost and the overrides that need a reason."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from consortium_planner.domain.vocab import RegionCategory, Role
from consortium_planner.models import Organisation, OrganisationRole, Participant, Project
from consortium_planner.services.editing.coercion import (
    as_enum,
    as_integer,
    as_money,
    as_rate,
    as_text,
)
from consortium_planner.services.editing.numbering import free_number, new_numbered
from consortium_planner.services.editing.rows import added, id_in_project
from consortium_planner.reference.value_chain import Term
from consortium_planner.services.chain_roles import known_roles
from consortium_planner.services.editing.value_chain import set_participant_roles
from consortium_planner.reference.messages import gettext
from consortium_planner.services.errors import UserError


def update_participant(session: Session, row: Participant, values: dict[str, Any]) -> None:
    project = row.project
    for name, value in values.items():
        if name == "number":
            row.number = free_number(session, row, value, "project_id", "participant")
        elif name == "role":
            row.role = _role(session, row, value)
        elif name == "monthly_personnel_cost":
            row.monthly_personnel_cost = as_money(value, "monthly personnel cost")
        elif name == "funding_rate_override":
            row.funding_rate_override = as_rate(value, "funding rate")
        elif name == "funding_rate_override_reason":
            row.funding_rate_override_reason = as_text(value, "reason", 2000)
        elif name == "region_category_override":
            row.region_category_override = as_enum(
                RegionCategory, value, "region category", optional=True
            )
        elif name == "region_category_override_reason":
            row.region_category_override_reason = as_text(value, "reason", 2000)
        elif name == "workbook_language":
            row.workbook_language = _language(value)
        elif name == "value_chain_roles":
            set_participant_roles(session, row, value, profile_roles(project.call_profile))
        elif name == "organisation_id":
            organisation_id = as_integer(value, "organisation", minimum=1)
            _check_organisation(session, project.id, organisation_id, row.id)
            row.organisation_id = organisation_id
        else:
            raise ValueError(f"unknown participant field {name!r}")
    if row.funding_rate_override is not None and not row.funding_rate_override_reason:
        raise UserError(gettext(
            "Say why the funding rate is overridden (the reason is required)."))
    if row.region_category_override is not None and not row.region_category_override_reason:
        raise UserError(gettext(
            "Say why the region category is overridden (the reason is required)."))


def create_participant(session: Session, project: Project, values: dict[str, Any]) -> Participant:
    """Bring the directory organisation `values["organisation_id"]` into a project with the next
    free number; the first participant becomes the coordinator unless a role is given."""
    fields = dict(values)
    organisation_id = fields.pop("organisation_id")
    _check_organisation(session, project.id, organisation_id, None)
    has_participants = session.scalar(
        select(func.count()).select_from(Participant).where(Participant.project_id == project.id)
    )
    row = new_numbered(session, Participant, "project_id", project.id,
                       organisation_id=organisation_id, role=Role.BENEFICIARY,
                       monthly_personnel_cost=Decimal(0))
    fields["role"] = fields.get("role") or (
        Role.BENEFICIARY if has_participants else Role.COORDINATOR)
    fields.setdefault("monthly_personnel_cost", Decimal("0.00"))
    if "value_chain_roles" not in fields:  # the organisation's usual roles, proposed
        offered = {term.key for term in known_roles(session, profile_roles(project.call_profile))}
        usual = session.scalars(select(OrganisationRole.role).where(
            OrganisationRole.organisation_id == organisation_id)).all()
        if usual:  # those the project offers (a workspace role may have gone)
            fields["value_chain_roles"] = sorted(set(usual) & offered)
    return added(session, row, update_participant, fields)


def profile_roles(profile_id: str) -> tuple[Term, ...]:
    """The value-chain roles a call profile adds ([[value_chain.roles]])."""
    from consortium_planner.services.snapshot import resolve_profile

    profile, _ = resolve_profile(profile_id)
    return tuple(Term(role.key, role.label) for role in profile.value_chain.roles)


def participant_in(session: Session, project: Project, value: Any) -> int | None:
    """The id of a lead participant, which must belong to `project`."""
    return id_in_project(session, Participant, project, value, "lead participant",
                         gettext("The lead must be a participant of this project."))


def _language(value: Any) -> str | None:
    """A workbook language as stored: a language code ("pl"), or None for the country's."""
    from consortium_planner.reference.languages import UnknownLanguage, language_code

    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        return language_code(str(value))
    except UnknownLanguage as error:
        raise UserError(str(error)) from None


def _role(session: Session, row: Participant, value: Any) -> Role:
    role = as_enum(Role, value, "role")
    if role == Role.COORDINATOR:
        other = session.scalar(
            select(Participant).where(
                Participant.project_id == row.project_id,
                Participant.role == Role.COORDINATOR,
                Participant.id != row.id,
            )
        )
        if other is not None:
            name = other.organisation.short_name or other.organisation.legal_name
            raise UserError(
                gettext("P{number} {name} is already the coordinator; make it a beneficiary "
                        "first.", number=other.number, name=name)
            )
    return role


def _check_organisation(
    session: Session, project_id: int, organisation_id: int | None, row_id: int | None
) -> None:
    """The organisation exists and is not yet another participant of the project."""
    if session.get(Organisation, organisation_id) is None:
        raise UserError(gettext("That organisation no longer exists."))
    existing = session.scalar(
        select(Participant).where(
            Participant.project_id == project_id,
            Participant.organisation_id == organisation_id,
            Participant.id != (row_id or 0),
        )
    )
    if existing is not None:
        name = existing.organisation.short_name or existing.organisation.legal_name
        raise UserError(gettext("{name} is already participant P{number} of this project.",
                                name=name, number=existing.number))
