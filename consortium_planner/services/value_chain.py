"""The value chain's workspace side: the catalogue of roles a project offers, and the
smart-specialisation (S3) areas the user records per region (with their source).

The catalogue is the built-in roles (resources/reference/value_chain_roles.toml), then the roles
the call profile adds, then the ones the user added (table value_chain_role), as the editing
service knows them (`known_roles`), placed along the chain. S3 areas belong to a region, not
to a project: the page replaces a region's list in one transaction (each area checked as the
editing service's `region_s3_area` entity checks it), which concerns every project.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from consortium_planner.domain.call_profile import CallProfile
from consortium_planner.domain.text import fold
from consortium_planner.domain.value_chain import ChainRole, ordered_roles
from consortium_planner.models import RegionS3Area
from consortium_planner.reference.nuts import get_region
from consortium_planner.reference.value_chain import Term
from consortium_planner.services.editing import Changes
from consortium_planner.services.editing.entities import Entity, changes_for
from consortium_planner.services.editing.regions import create_s3_area
from consortium_planner.services.editing.value_chain import known_roles
from consortium_planner.services.errors import UserError
from consortium_planner.workspace import Workspace

# The built-in roles along the chain, from research to market (the picture's arrow); the other
# built-in roles support the whole chain. A call profile's role may give its own `stage`.
CHAIN_STAGES: tuple[str, ...] = (
    "research_technology_provider", "technology_developer", "component_supplier",
    "manufacturer", "system_integrator", "end_user",
)


def role_catalogue(session: Session, profile: CallProfile) -> tuple[ChainRole, ...]:
    """Every role a project of `profile` offers, in chain order, then the supporting ones."""
    stages = {role.key: role.stage for role in profile.value_chain.roles}
    terms = known_roles(session, [Term(role.key, role.label) for role in profile.value_chain.roles])
    return ordered_roles(
        ChainRole(term.key, term.label,
                  CHAIN_STAGES.index(term.key) if term.key in CHAIN_STAGES
                  else stages.get(term.key))
        for term in terms
    )


@dataclass(frozen=True)
class S3Area:
    area: str
    source: str


def region_areas(session: Session, nuts2: str) -> tuple[S3Area, ...]:
    """The areas recorded for a region, by name."""
    return tuple(
        S3Area(area, source)
        for area, source in session.execute(
            select(RegionS3Area.area, RegionS3Area.source)
            .where(RegionS3Area.nuts2 == nuts2.upper()).order_by(RegionS3Area.area))
    )


def parse_areas(text: str) -> list[str]:
    """Areas typed as one text, separated by ';' or line breaks, blanks dropped, each once."""
    areas: dict[str, str] = {}
    for part in text.replace("\n", ";").split(";"):
        area = " ".join(part.split())
        if area:
            areas.setdefault(fold(area), area)
    return list(areas.values())


class S3AreaService:
    """Record a region's S3 areas; each method is one transaction."""

    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace

    def areas(self, nuts2: str) -> tuple[S3Area, ...]:
        with self._workspace.sessions() as session:
            return region_areas(session, nuts2)

    def set_areas(self, nuts2: str, areas: Sequence[S3Area]) -> Changes:
        """Replace the region's areas (an empty list clears them), all or nothing."""
        code = nuts2.strip().upper()
        if get_region(code) is None:
            raise UserError(f"{nuts2!r} is not a NUTS 2 region code (such as DE11 or ITC4).")
        rows: dict[str, S3Area] = {}
        for entry in areas:  # the same area typed twice is kept once
            rows.setdefault(fold(" ".join(str(entry.area).split())), entry)
        self._workspace.require_writable("change it")
        with self._workspace.transaction() as session:
            session.execute(delete(RegionS3Area).where(RegionS3Area.nuts2 == code))
            for row in rows.values():  # checked as any S3 area the editing service adds
                create_s3_area(session, None, {"nuts2": code, "area": row.area,
                                               "source": row.source})
                session.flush()
        return changes_for(Entity.REGION_S3_AREA, None)
