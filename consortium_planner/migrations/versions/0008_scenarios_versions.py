"""Scenarios of a proposal (a project remembers which project it varies) and frozen versions.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05

Existing projects all become main projects without versions.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_KINDS = ("user", "before_import", "at_export")


def upgrade() -> None:
    # Plain ADD COLUMNs: rebuilding the project table (batch mode) would drop its trigger and,
    # with foreign keys on, its participants. SQLite and PostgreSQL both take this form.
    op.execute("ALTER TABLE project ADD COLUMN scenario_of_id INTEGER "
               "REFERENCES project (id) ON DELETE SET NULL")
    op.add_column("project",
                  sa.Column("scenario_name", sa.Text(), nullable=False, server_default=""))
    op.add_column("project", sa.Column("last_version_number", sa.Integer(), nullable=False,
                                       server_default="0"))
    op.create_table(
        "project_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("taken_at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.Enum(*_KINDS, name="versionkind", native_enum=False,
                                  create_constraint=True, length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("acronym", sa.String(length=40), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("compressed", sa.Boolean(), nullable=False),
        sa.Column("document", sa.LargeBinary(), nullable=False),
        sa.CheckConstraint("number >= 1", name=op.f("ck_project_version_number")),
        sa.CheckConstraint("size >= 0", name=op.f("ck_project_version_size")),
        sa.ForeignKeyConstraint(["project_id"], ["project.id"],
                                name=op.f("fk_project_version_project_id_project"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_version")),
        sa.UniqueConstraint("project_id", "number", name="uq_project_version_number"),
        sqlite_autoincrement=True,
    )
    op.create_index(op.f("ix_project_version_project_id"), "project_version", ["project_id"])


def downgrade() -> None:
    raise NotImplementedError("workspaces are never downgraded; restore the backup copy instead")
