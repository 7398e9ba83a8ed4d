"""Participants: an organisation of the directory taking part in a project, with its number,
role, personnel cost and the overrides that need a reason."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, object_session

from consortium_planner.domain.vocab import RegionCategory, Role
from consortium_planner.models import (
    Organisation,
    OrganisationRole,
    Participant,
    ParticipantRole,
    Project,
)
from consortium_planner.services.editing.coercion import (
    as_enum,
    as_integer,
    as_money,
    as_rate,
    as_text,
)
from consortium_planner.services.editing.numbering import free_number, new_numbered
from consortium_planner.services.editing.rows import added, id_in_project
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
        elif name == "value_chain_roles":
            set_roles(session, row, value)
        elif name == "organisation_id":
            organisation_id = as_integer(value, "organisation", minimum=1)
            _check_organisation(session, project.id, organisation_id, row.id)
            row.organisation_id = organisation_id
        else:
            raise ValueError(f"unknown participant field {name!r}")
    if row.funding_rate_override is not None and not row.funding_rate_override_reason:
        raise UserError("Say why the funding rate is overridden (the reason is required).")
    if row.region_category_override is not None and not row.region_category_override_reason:
        raise UserError("Say why the region category is overridden (the reason is required).")


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
    if "value_chain_roles" not in fields:  # the organisation's usual roles, as defaults
        fields["value_chain_roles"] = usual_roles(session, project, organisation_id)
    return added(session, row, update_participant, fields)


def roles_of(session: Session, participant_id: int) -> list[str]:
    """The participant's value-chain role keys, sorted (what an update accepts back)."""
    return sorted(session.scalars(
        select(ParticipantRole.role).where(ParticipantRole.participant_id == participant_id)))


def read_roles(row: Participant) -> list[str]:
    session = object_session(row)
    assert session is not None
    return roles_of(session, row.id)


def _offered(session: Session, project: Project) -> dict[str, str]:
    """The role keys the project's catalogue offers -> their labels."""
    from consortium_planner.services.snapshot import resolve_profile
    from consortium_planner.services.value_chain import role_catalogue

    profile, _notes = resolve_profile(project.call_profile)
    return {role.key: role.label for role in role_catalogue(session, profile)}


def usual_roles(session: Session, project: Project, organisation_id: int) -> list[str]:
    """The organisation's usual roles that the project's catalogue offers."""
    offered = _offered(session, project)
    return sorted(role for role in session.scalars(
        select(OrganisationRole.role).where(OrganisationRole.organisation_id == organisation_id))
        if role in offered)


def set_roles(session: Session, row: Participant, value: Any) -> None:
    """Replace the participant's value-chain roles; each must be one the project offers (a
    role it already holds may stay, even if the catalogue no longer lists it)."""
    if isinstance(value, str) or not isinstance(value, (list, tuple, set, frozenset)):
        raise UserError("Value-chain roles are a list of role keys.")
    wanted = sorted({str(key) for key in value})
    held = set(roles_of(session, row.id))
    offered = _offered(session, row.project)
    unknown = [key for key in wanted if key not in offered and key not in held]
    if unknown:
        raise UserError(f"{', '.join(unknown)} {'is' if len(unknown) == 1 else 'are'} not a "
                        "value-chain role of this project; add the role first.")
    session.execute(delete(ParticipantRole).where(ParticipantRole.participant_id == row.id))
    session.add_all(ParticipantRole(participant_id=row.id, role=key) for key in wanted)


def participant_in(session: Session, project: Project, value: Any) -> int | None:
    """The id of a lead participant, which must belong to `project`."""
    return id_in_project(session, Participant, project, value, "lead participant",
                         "The lead must be a participant of this project.")


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
                f"P{other.number} {name} is already the coordinator; make it a beneficiary first."
            )
    return role


def _check_organisation(
    session: Session, project_id: int, organisation_id: int | None, row_id: int | None
) -> None:
    """The organisation exists and is not yet another participant of the project."""
    if session.get(Organisation, organisation_id) is None:
        raise UserError("That organisation no longer exists.")
    existing = session.scalar(
        select(Participant).where(
            Participant.project_id == project_id,
            Participant.organisation_id == organisation_id,
            Participant.id != (row_id or 0),
        )
    )
    if existing is not None:
        name = existing.organisation.short_name or existing.organisation.legal_name
        raise UserError(f"{name} is already participant P{existing.number} of this project.")
