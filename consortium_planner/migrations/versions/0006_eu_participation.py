"""Organisations' EU project experience: their participations read from CORDIS exports.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_ROLES = ("coordinator", "participant", "partner", "third_party", "associated_partner")


def upgrade() -> None:
    op.create_table(
        "eu_participation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("programme", sa.String(length=10), nullable=False),
        sa.Column("project_id", sa.String(length=30), nullable=False),
        sa.Column("acronym", sa.String(length=100), nullable=False),
        sa.Column("acronym_key", sa.String(length=100), nullable=False),
        sa.Column("role", sa.Enum(*_ROLES, name="eurole", native_enum=False,
                                  create_constraint=True, length=32), nullable=True),
        sa.Column("eu_contribution", sa.BigInteger(), nullable=True),
        sa.CheckConstraint("eu_contribution IS NULL OR eu_contribution >= 0",
                           name=op.f("ck_eu_participation_contribution")),
        sa.ForeignKeyConstraint(
            ["organisation_id"], ["organisation.id"],
            name=op.f("fk_eu_participation_organisation_id_organisation"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_eu_participation")),
        sa.UniqueConstraint("organisation_id", "programme", "project_id",
                            name=op.f("uq_eu_participation_organisation_id")),
    )
    op.create_index(op.f("ix_eu_participation_organisation_id"), "eu_participation",
                    ["organisation_id"])
    op.create_index("ix_eu_participation_acronym_key", "eu_participation", ["acronym_key"])
    op.create_index("ix_eu_participation_role", "eu_participation", ["role", "organisation_id"])


def downgrade() -> None:
    raise NotImplementedError("workspaces are never downgraded; restore the backup copy instead")
