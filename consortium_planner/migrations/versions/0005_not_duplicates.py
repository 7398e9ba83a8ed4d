"""Pairs of organisations the user said are not duplicates (the duplicate scan skips them).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "not_duplicate",
        sa.Column("first_id", sa.Integer(), nullable=False),
        sa.Column("second_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("first_id < second_id", name=op.f("ck_not_duplicate_order")),
        sa.ForeignKeyConstraint(
            ["first_id"], ["organisation.id"],
            name=op.f("fk_not_duplicate_first_id_organisation"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["second_id"], ["organisation.id"],
            name=op.f("fk_not_duplicate_second_id_organisation"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("first_id", "second_id", name=op.f("pk_not_duplicate")),
    )
    op.create_index(op.f("ix_not_duplicate_second_id"), "not_duplicate", ["second_id"])


def downgrade() -> None:
    raise NotImplementedError("workspaces are never downgraded; restore the backup copy instead")
