"""Projects are found by a stored folded acronym, the same on every engine.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04

Before, SQLite's lower() (ASCII only) decided which acronyms were the same, so a file can hold
"ÉCO" and "éco", or "ECO" and "ÉCO". Such a file still opens: the project made first keeps its
acronym, each later one is renamed with a number ("éco-2"), which the log records, so that every
project stays reachable by its name and the user can rename it. A backup of the file is made
before any migration (workspace.Workspace.open).
"""

from __future__ import annotations

import logging

import sqlalchemy as sa
from alembic import op

from consortium_planner.domain.text import fold

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

log = logging.getLogger(__name__)

ACRONYM_LENGTH = 40


def upgrade() -> None:
    # A plain ADD COLUMN: rebuilding the table (batch mode) would drop its trigger and, with
    # foreign keys on, its participants.
    op.add_column(
        "project", sa.Column("acronym_key", sa.Text(), nullable=False, server_default="")
    )
    connection = op.get_bind()
    rows = connection.execute(sa.text("SELECT id, acronym FROM project ORDER BY id")).all()
    taken = {fold(acronym) for _, acronym in rows}
    seen: set[str] = set()
    for project_id, acronym in rows:
        key = fold(acronym)
        if key in seen:
            old, acronym, key = acronym, *_renamed(acronym, taken)
            taken.add(key)
            log.warning("project %r is renamed %r: another project has the same acronym "
                        "but for case or accents", old, acronym)
        seen.add(key)
        connection.execute(
            sa.text("UPDATE project SET acronym = :acronym, acronym_key = :key WHERE id = :id"),
            {"acronym": acronym, "key": key, "id": project_id},
        )
    op.create_index("ix_project_acronym_key", "project", ["acronym_key"], unique=True)


def _renamed(acronym: str, taken: set[str]) -> tuple[str, str]:
    """`acronym` with the first number suffix ("-2", "-3" ...) whose folded form is free."""
    number = 2
    while True:
        suffix = f"-{number}"
        candidate = acronym[: ACRONYM_LENGTH - len(suffix)] + suffix
        if fold(candidate) not in taken:
            return candidate, fold(candidate)
        number += 1


def downgrade() -> None:
    raise NotImplementedError("workspaces are never downgraded; restore the backup copy instead")
