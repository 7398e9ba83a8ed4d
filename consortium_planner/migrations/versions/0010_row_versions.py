"""Row versions: every editable row carries a version, one more at every write (issue 15).

The ORM bumps it itself (models.base.Versioned, `version_id_col`) and refuses a write to a row
that is no longer at the version it read. Writes that go round the ORM (Core updates of imports
and undo, the database's own ON DELETE SET NULL, raw SQL) are bumped by a trigger on each table:
on SQLite an AFTER UPDATE trigger that bumps the row when the write left its version alone
(recursive triggers are off, so its own update does not fire it again), on PostgreSQL a BEFORE
UPDATE trigger that does the same on NEW.

Except `organisation` on SQLite: its search triggers (0003) index a row AFTER UPDATE from `old`,
and a second update of the row fired before them would leave the full-text index damaged. Its
Core writers bump the version themselves (models.bumped); the derived `clusters` column that the
triggers of 0007 rewrite is no user's edit.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

# The tables of models.versioned_tables() when this migration was written: a migration must not
# follow the models, which keep changing after it.
TABLES = ("organisation", "project", "project_version", "region_category_entry",
          "region_s3_area", "participant", "work_package", "cost_item", "effort", "milestone",
          "deliverable", "task")

SQLITE_WITHOUT_TRIGGER = ("organisation",)

POSTGRESQL_FUNCTION = """
CREATE OR REPLACE FUNCTION cp_bump_version() RETURNS trigger AS $$
BEGIN
    IF NEW.version = OLD.version THEN
        NEW.version := OLD.version + 1;
    END IF;
    RETURN NEW;
END
$$ LANGUAGE plpgsql
"""


def trigger_sql(dialect: str, table: str) -> str:
    """The trigger that bumps a row's version on a write that did not."""
    if dialect == "postgresql":
        return (f"CREATE TRIGGER {table}_version BEFORE UPDATE ON {table} "
                "FOR EACH ROW EXECUTE FUNCTION cp_bump_version()")
    return (f"CREATE TRIGGER {table}_version AFTER UPDATE ON {table} "
            "WHEN new.version = old.version BEGIN "
            f"UPDATE {table} SET version = old.version + 1 WHERE rowid = new.rowid; END")


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    for table in TABLES:
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False,
                                       server_default="1"))
    if dialect == "postgresql":
        op.execute(POSTGRESQL_FUNCTION)
    for table in TABLES:
        if dialect == "postgresql" or table not in SQLITE_WITHOUT_TRIGGER:
            op.execute(trigger_sql(dialect, table))


def downgrade() -> None:
    raise NotImplementedError("workspaces are never downgraded; restore the backup copy instead")
