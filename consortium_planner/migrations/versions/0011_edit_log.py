"""The edit log: who changed what and when, per project and organisation (issue 15).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "edit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("user_name", sa.String(200), nullable=False),
        sa.Column("action", sa.String(20), nullable=False),
        sa.Column("mark", sa.String(10), nullable=False),
        sa.Column("table_name", sa.String(60), nullable=False),
        sa.Column("row_id", sa.Integer(), nullable=True),
        sa.Column("field", sa.String(60), nullable=True),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.Column("project_id", sa.Integer(), nullable=True),
        sa.Column("organisation_id", sa.Integer(), nullable=True),
        sa.Column("file_name", sa.String(500), nullable=True),
        sa.Column("detail", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_edit_log")),
    )
    op.create_index("ix_edit_log_project", "edit_log", ["project_id", "id"])
    op.create_index("ix_edit_log_organisation", "edit_log", ["organisation_id", "id"])


def downgrade() -> None:
    raise NotImplementedError("workspaces are never downgraded; restore the backup copy instead")
