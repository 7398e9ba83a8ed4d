"""The edit log: who changed what, when, kept with the data (migration 0011).

No foreign keys: an entry outlives the rows it names (a removed participant's entry stays), and
undo's removal plan (services/editing/undo.py) must not see the log as a child of every table.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from consortium_planner.models.base import Base


class EditLogEntry(Base):
    """One change: a field of a row (update), a row added or removed (insert / delete, its values
    as JSON), or one import (its file name, counts as JSON in `detail`). `mark` is "undo" or
    "redo" for what an undo or redo wrote, empty otherwise."""

    __tablename__ = "edit_log"
    __table_args__ = (
        Index("ix_edit_log_project", "project_id", "id"),
        Index("ix_edit_log_organisation", "organisation_id", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime]  # UTC, without zone
    user_name: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(20))  # insert, update, delete, import
    mark: Mapped[str] = mapped_column(String(10), default="")
    table_name: Mapped[str] = mapped_column(String(60))
    row_id: Mapped[int | None]
    field: Mapped[str | None] = mapped_column(String(60))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    project_id: Mapped[int | None]
    organisation_id: Mapped[int | None]
    file_name: Mapped[str | None] = mapped_column(String(500))
    detail: Mapped[str | None] = mapped_column(Text)
