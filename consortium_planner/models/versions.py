"""Frozen versions of a project: its project JSON at a moment, kept in the workspace.

A version stores the canonical project document (services/interchange.py's dump), so it is read
back by the same code that reads a project file, and stays readable however the tables change.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, ForeignKey, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from consortium_planner.models.base import Base, Versioned
from consortium_planner.models.organisation import enum_column


class VersionKind(StrEnum):
    """Why a version was taken: by the user, or automatically by the app."""

    USER = "user"
    BEFORE_IMPORT = "before_import"  # before a returned partner workbook was applied
    AT_EXPORT = "at_export"  # when the project was exported (PDF, Excel, CSV)


class ProjectVersion(Versioned, Base):
    __tablename__ = "project_version"
    __table_args__ = (
        UniqueConstraint("project_id", "number", name="uq_project_version_number"),
        CheckConstraint("number >= 1", name="number"),
        CheckConstraint("size >= 0", name="size"),
        # ids never given twice either: an undo puts a deleted version back under its own id
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"),
                                            index=True)
    number: Mapped[int]  # 1, 2, 3 ... per project: what ACRONYM@NUMBER names
    taken_at: Mapped[datetime]  # UTC
    kind: Mapped[VersionKind] = mapped_column(enum_column(VersionKind, length=20))
    note: Mapped[str] = mapped_column(Text, default="")
    acronym: Mapped[str] = mapped_column(String(40))  # the project's acronym when taken
    digest: Mapped[str] = mapped_column(String(64))  # sha256 of the JSON text
    size: Mapped[int]  # bytes of the JSON text
    compressed: Mapped[bool] = mapped_column(default=False)  # `document` is zlib-compressed
    document: Mapped[bytes] = mapped_column(LargeBinary)


__all__ = ["ProjectVersion", "VersionKind"]
