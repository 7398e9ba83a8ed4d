"""The declarative base, with a naming convention so that migrations name constraints stably."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import MetaData, Table
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Versioned:
    """An editable row's version: 1 when inserted, one more at every write (issue 15).

    The ORM writes `UPDATE ... SET version = v + 1 WHERE id = ? AND version = v`
    (`version_id_col`), so two writers of one row can never both win: the second finds no row
    at version v and fails with StaleDataError, which the editing service turns into an
    `EditConflict`. Writes that go round the ORM (Core updates of imports, undo, merges, the
    database's own ON DELETE SET NULL) are bumped by the triggers of migration 0010; Core
    writers that can bump it themselves do (`bumped`), which spares the trigger a second write.
    """

    version: Mapped[int] = mapped_column(default=1, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


def bumped(table: Table) -> dict[str, Any]:
    """The values that bump a versioned table's rows in a Core UPDATE: `.values(**bumped(t))`."""
    return {"version": table.c.version + 1}


def revived(row: Mapping[str, Any]) -> dict[str, Any]:
    """A captured row to insert again (an undo of a removal or a merge), one version on from
    when it was captured: whoever saw it then, before it went away, is told it changed."""
    values = dict(row)
    if "version" in values:
        values["version"] += 1
    return values


def bump(row: Versioned) -> None:
    """Move an ORM row on a version when what changed is not in its own columns (its links to
    other rows): the next flush writes it, at the version it was read at or refuses."""
    row.version = row.version + 1
