"""Where data came from: import batches and the user's own region categories."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from consortium_planner.domain.vocab import RegionCategory
from consortium_planner.models.base import Base, Versioned
from consortium_planner.models.organisation import enum_column


class ImportBatch(Base):
    """One imported file: provenance for every import (file, sha256, time, counts)."""

    __tablename__ = "import_batch"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))  # organisations, partner_workbook, project_json
    project_id: Mapped[int | None] = mapped_column(ForeignKey("project.id", ondelete="SET NULL"))
    participant_number: Mapped[int | None]
    file_name: Mapped[str] = mapped_column(String(500))
    sha256: Mapped[str] = mapped_column(String(64))
    imported_at: Mapped[datetime] = mapped_column(default=datetime.now)
    rows_read: Mapped[int] = mapped_column(default=0)
    created: Mapped[int] = mapped_column(default=0)
    updated: Mapped[int] = mapped_column(default=0)
    unchanged: Mapped[int] = mapped_column(default=0)
    skipped: Mapped[int] = mapped_column(default=0)
    details: Mapped[str] = mapped_column(Text, default="")  # JSON: what changed, field by field


class RegionCategoryEntry(Versioned, Base):
    """A region category the user set or imported; it wins over the shipped table."""

    __tablename__ = "region_category_entry"

    nuts_code: Mapped[str] = mapped_column(String(4), primary_key=True)
    category: Mapped[RegionCategory] = mapped_column(enum_column(RegionCategory))
    source: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(default=datetime.now, onupdate=datetime.now)
