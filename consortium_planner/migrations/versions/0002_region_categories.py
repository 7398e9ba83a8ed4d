"""Region categories the user sets or imports, which win over the shipped table.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "region_category_entry",
        sa.Column("nuts_code", sa.String(length=4), nullable=False),
        sa.Column(
            "category",
            sa.Enum(
                "less_developed",
                "transition",
                "more_developed",
                "outermost",
                name="regioncategory",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("nuts_code", name=op.f("pk_region_category_entry")),
    )


def downgrade() -> None:
    raise NotImplementedError("workspaces are never downgraded; restore the backup copy instead")
