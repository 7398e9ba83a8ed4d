"""The value-chain links of an organisation (NACE codes, ecosystems, cluster memberships, usual
roles) and of a participant (its roles in the project), edited as plain lists.

An edit replaces the whole list, so undo puts the old list back through the same update; the
lists are read back sorted, as the snapshot shows them. Values are read as people give them: a
list or one text separated by ";" or ",", codes as "C25.6" or "2562", ecosystems and roles by key
or label.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session, object_session

from consortium_planner.models import (
    ClusterMembership,
    Organisation,
    OrganisationEcosystem,
    OrganisationNace,
    OrganisationRole,
    Participant,
    ParticipantRole,
    ValueChainRole,
    bump,
)
from consortium_planner.reference.nace import parse_nace_list
from consortium_planner.reference.value_chain import Term, ecosystems, find_term
from consortium_planner.services import edit_log
from consortium_planner.services.chain_roles import known_roles
from consortium_planner.reference.messages import gettext
from consortium_planner.services.errors import UserError

ORGANISATION_LINK_FIELDS = ("nace_codes", "ecosystems", "cluster_ids", "usual_roles")
PARTICIPANT_LINK_FIELDS = ("value_chain_roles",)
_SPLIT = re.compile(r"[;,\n]+")

# (model, column holding the value, column naming the owner) per list field
_TABLES: dict[str, tuple[Any, str, str]] = {
    "nace_codes": (OrganisationNace, "code", "organisation_id"),
    "ecosystems": (OrganisationEcosystem, "ecosystem", "organisation_id"),
    "cluster_ids": (ClusterMembership, "cluster_id", "organisation_id"),
    "usual_roles": (OrganisationRole, "role", "organisation_id"),
    "value_chain_roles": (ParticipantRole, "role", "participant_id"),
}


def _items(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [part.strip() for part in _SPLIT.split(value) if part.strip()]
    return [str(part).strip() for part in value if str(part).strip()]


def add_role(session: Session, label: str) -> str:
    """Add a role of the user's; its key is made from the label ("Pilot line" -> pilot_line)."""
    from consortium_planner.domain.text import fold
    from consortium_planner.services.editing.coercion import as_text

    label = " ".join(as_text(label, "role", 200, required=True).split())
    key = re.sub(r"[^a-z0-9]+", "_", fold(label)).strip("_")[:60] or "role"
    if find_term(label, known_roles(session)) is not None or key in {
            role.key for role in known_roles(session)}:
        raise UserError(gettext("There is already a value-chain role {label}.", label=repr(label)))
    position = (session.scalar(select(func.max(ValueChainRole.position))) or 0) + 1
    session.add(ValueChainRole(key=key, label=label, position=position))
    return key


def remove_role(session: Session, key: str) -> None:
    role = session.get(ValueChainRole, key)
    if role is None:
        raise UserError(gettext("That value-chain role is not one the user added."))
    held = (session.scalar(select(func.count()).select_from(OrganisationRole).where(
        OrganisationRole.role == key)) or 0) + (session.scalar(
            select(func.count()).select_from(ParticipantRole).where(
                ParticipantRole.role == key)) or 0)
    if held:
        raise UserError(gettext(
            "{count} organisation(s) or participant(s) hold the role {label}; take it from "
            "them first.", count=held, label=repr(role.label)))
    session.delete(role)


def as_roles(session: Session, value: Any, extra: Iterable[Term] = ()) -> list[str]:
    """Role keys from keys or labels; an unknown role is refused, naming the known ones."""
    roles = known_roles(session, extra)
    keys: list[str] = []
    for item in _items(value):
        term = find_term(item, roles)
        if term is None:
            names = ", ".join(role.label for role in roles)
            raise UserError(gettext("{item} is not a value-chain role; the roles are: {names}.",
                                    item=repr(item), names=names))
        if term.key not in keys:
            keys.append(term.key)
    return keys


def as_ecosystems(value: Any) -> list[str]:
    keys: list[str] = []
    for item in _items(value):
        term = find_term(item, ecosystems())
        if term is None:
            names = ", ".join(term.label for term in ecosystems())
            raise UserError(gettext("{item} is not an industrial ecosystem; they are: {names}.",
                                    item=repr(item), names=names))
        if term.key not in keys:
            keys.append(term.key)
    return keys


def as_nace_codes(value: Any) -> list[str]:
    codes, problems = parse_nace_list("; ".join(_items(value)))
    if problems:
        raise UserError(problems[0] + ".")
    return codes


def as_cluster_ids(session: Session, organisation_id: int, value: Any) -> list[int]:
    """Ids of existing organisations other than this one (the clusters it is a member of)."""
    ids: list[int] = []
    for item in _items(value) if isinstance(value, str) else value or ():
        try:
            cluster_id = int(item)
        except (TypeError, ValueError):
            raise UserError(gettext("{item} is not an organisation of the directory.",
                                    item=repr(item))) from None
        cluster = session.get(Organisation, cluster_id)
        if cluster is None:
            raise UserError(gettext("A cluster of the list no longer exists (it was removed)."))
        if cluster_id == organisation_id:
            raise UserError(gettext("An organisation cannot be a member of itself."))
        if cluster_id not in ids:
            ids.append(cluster_id)
    return ids


def read_list(row: Any, name: str) -> list[Any]:
    """The current list of a link field of an ORM row, sorted (what an update accepts back)."""
    model, column, owner = _TABLES[name]
    session = object_session(row)
    if session is None or row.id is None:
        return []
    return sorted(session.scalars(
        select(getattr(model, column)).where(getattr(model, owner) == row.id)))


def replace_list(session: Session, name: str, owner_id: int, values: Sequence[Any]) -> bool:
    """The link rows of one list field become exactly `values`; whether they changed."""
    model, column, owner = _TABLES[name]
    table = model.__table__
    current = set(session.scalars(
        select(getattr(model, column)).where(getattr(model, owner) == owner_id)))
    wanted = set(values)
    gone = current - wanted
    if gone:
        session.execute(delete(table).where(
            table.c[owner] == owner_id, table.c[column].in_(sorted(gone))))
    new = [value for value in values if value not in current]
    if new:
        session.execute(insert(table), [{owner: owner_id, column: value} for value in new])
    if gone or new:
        edit_log.record_update(session, owner.removesuffix("_id"), owner_id, name,
                               sorted(current), sorted(wanted))
    return bool(gone or new)


def set_organisation_links(session: Session, row: Organisation, values: dict[str, Any]) -> None:
    """Apply the list fields among `values` to an organisation (flushed first: its id, and its
    other fields before the triggers of the cluster links rewrite the row)."""
    if not any(name in values for name in ORGANISATION_LINK_FIELDS):
        return
    session.flush()
    changed = False
    for name in ORGANISATION_LINK_FIELDS:
        if name not in values:
            continue
        value = values[name]
        if name == "nace_codes":
            items: list[Any] = as_nace_codes(value)
        elif name == "ecosystems":
            items = as_ecosystems(value)
        elif name == "cluster_ids":
            items = as_cluster_ids(session, row.id, value)
        else:
            items = as_roles(session, value)
        changed = replace_list(session, name, row.id, items) or changed
    if "cluster_ids" in values:
        # the triggers rewrote its derived cluster names (and, on PostgreSQL, its version)
        session.expire(row, ["clusters", "version"])
    if changed:
        bump(row)  # its links are part of it: the row moves on a version


def set_participant_roles(session: Session, row: Participant, value: Any,
                          extra: Iterable[Term] = ()) -> None:
    if row.id is None:
        session.flush()
    if replace_list(session, "value_chain_roles", row.id, as_roles(session, value, extra)):
        bump(row)
