"""The smart-specialisation (S3) priority areas the user records for a NUTS 2 region, each
with its source (the region's S3 strategy, a page of the S3 Platform ...)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from consortium_planner.domain.text import fold
from consortium_planner.models import RegionS3Area
from consortium_planner.reference.nuts import get_region
from consortium_planner.services.editing.coercion import as_text
from consortium_planner.reference.messages import gettext
from consortium_planner.services.errors import UserError

_FIELDS = ("nuts2", "area", "source")


def update_s3_area(session: Session, row: RegionS3Area, values: dict[str, Any]) -> None:
    unknown = set(values) - set(_FIELDS)
    if unknown:
        raise ValueError(f"unknown S3 area fields {sorted(unknown)}")
    if "nuts2" in values:
        code = as_text(values["nuts2"], "region", 4, required=True).upper()
        if get_region(code) is None:
            raise UserError(gettext("{code} is not a NUTS 2 region code (such as DE11 or ITC4).",
                                    code=repr(code)))
        row.nuts2 = code
    if "area" in values:
        row.area = " ".join(as_text(values["area"], "S3 area", 200, required=True).split())
    if "source" in values:
        row.source = as_text(values["source"], "source", 2000)
    with session.no_autoflush:  # a region has a handful of areas: compare them with fold()
        others = session.scalars(select(RegionS3Area.area).where(
            RegionS3Area.nuts2 == row.nuts2, RegionS3Area.id != (row.id or 0))).all()
    if fold(row.area) in {fold(area) for area in others}:
        raise UserError(gettext("{region} already has the S3 area {area}.", region=row.nuts2,
                                area=repr(row.area)))


def create_s3_area(session: Session, parent: None, values: dict[str, Any]) -> RegionS3Area:
    """A new S3 area of a region; `nuts2` and `area` are required."""
    if not values.get("nuts2") or not values.get("area"):
        raise UserError(gettext("Give the region and the S3 area."))
    row = RegionS3Area(nuts2="", area="", source="")
    update_s3_area(session, row, values)
    session.add(row)
    return row
