"""The value chain's workspace side: the catalogue of roles a project offers, and the
smart-specialisation (S3) areas the user records per region (with their source).

The catalogue (services/chain_roles.py) is the built-in roles
(resources/reference/value_chain_roles.toml), then the roles the call profile adds, then the ones
the user added (table value_chain_role), placed along the chain. S3 areas belong to a region, not
to a project: the page replaces a region's list in one transaction (each area checked as the
editing service's `region_s3_area` entity checks it), which concerns every project.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from consortium_planner.domain.text import fold
from consortium_planner.models import RegionS3Area
from consortium_planner.reference.nuts import get_region
from consortium_planner.services.editing import Changes
from consortium_planner.services.editing.entities import Entity, changes_for
from consortium_planner.services.editing.regions import create_s3_area
from consortium_planner.reference.messages import gettext
from consortium_planner.services.errors import UserError
from consortium_planner.workspace import Workspace

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
            raise UserError(gettext("{code} is not a NUTS 2 region code (such as DE11 or ITC4).",
                                    code=repr(nuts2)))
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
