"""The value-chain roles a project offers: the built-in ones, the call profile's, the user's.

A read-only module of its own (no import of the editing package) because `services/snapshot.py`
reads the catalogue for every project, and the editing package itself reads snapshots through
the versions it takes: the catalogue sits below both, so neither import goes round in a circle.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from consortium_planner.domain.call_profile import CallProfile
from consortium_planner.domain.value_chain import ChainRole, ordered_roles
from consortium_planner.models import ValueChainRole
from consortium_planner.reference.value_chain import Term, all_roles, builtin_chain_roles



def known_roles(session: Session, extra: Iterable[Term] = ()) -> tuple[Term, ...]:
    """The built-in roles, those of a call profile (`extra`), then those the user added."""
    added = [Term(key, label) for key, label in session.execute(
        select(ValueChainRole.key, ValueChainRole.label).order_by(
            ValueChainRole.position, ValueChainRole.key))]
    return all_roles(extra, added)


def role_catalogue(session: Session, profile: CallProfile) -> tuple[ChainRole, ...]:
    """Every role a project of `profile` offers, in chain order, then the supporting ones. A
    role's stage is data: the built-in roles' in value_chain_roles.toml, a profile role's in its
    profile; the roles the user adds support the whole chain."""
    stages = {role.key: role.stage for role in builtin_chain_roles()}
    for role in profile.value_chain.roles:
        stages.setdefault(role.key, role.stage)
    terms = known_roles(session, [Term(role.key, role.label) for role in profile.value_chain.roles])
    return ordered_roles(ChainRole(term.key, term.label, stages.get(term.key)) for term in terms)
