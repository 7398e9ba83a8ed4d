"""The directory's search index (FTS5), its cluster table, sort indexes and saved searches.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04

The index holds folded text (domain.text.fold, registered on every connection of the app as the
SQL function cp_fold) so that "lodz" meets "Łódź": FTS5's own remove_diacritics leaves Ł, ø,
Greek accents and ligatures alone. Triggers keep it in step with every writer; the index is
built here for the rows an older workspace already holds.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# What the index reads for one organisation: one place for the expressions, used by the
# FTS5 table's 'rebuild' and by the triggers (an external-content index must be told the exact
# values it indexed when a row leaves it). workspace.organisation_search_rows applies the
# same functions to whole columns after a bulk import; the tests check the two agree.
SOURCE_VIEW = """
CREATE VIEW organisation_search_source AS
SELECT id,
       cp_fold(legal_name || ' ' || short_name) AS name,
       cp_ids(pic, vat) AS ids,
       cp_place(city, website, clusters) AS place,
       cp_fold(notes) AS notes
FROM organisation
"""

FTS_TABLE = """
CREATE VIRTUAL TABLE organisation_fts USING fts5(
    name, ids, place, notes,
    content='organisation_search_source', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2', prefix='2'
)
"""

# Trigger bodies; workspace.insert_prevalidated drops and re-creates them around a large import
# and then adds the new rows to the index and the cluster table in one statement each.
TRIGGERS = (
    """
CREATE TRIGGER organisation_search_ai AFTER INSERT ON organisation BEGIN
    INSERT INTO organisation_fts (rowid, name, ids, place, notes)
        SELECT id, name, ids, place, notes FROM organisation_search_source WHERE id = new.id;
    INSERT OR IGNORE INTO organisation_cluster (organisation_id, key, name)
        SELECT new.id, cp_fold(value), value FROM json_each(cp_clusters(new.clusters));
END
""",
    """
CREATE TRIGGER organisation_search_bd BEFORE DELETE ON organisation BEGIN
    INSERT INTO organisation_fts (organisation_fts, rowid, name, ids, place, notes)
        SELECT 'delete', id, name, ids, place, notes FROM organisation_search_source
        WHERE id = old.id;
    DELETE FROM organisation_cluster WHERE organisation_id = old.id;
END
""",
    """
CREATE TRIGGER organisation_search_bu BEFORE UPDATE ON organisation BEGIN
    INSERT INTO organisation_fts (organisation_fts, rowid, name, ids, place, notes)
        SELECT 'delete', id, name, ids, place, notes FROM organisation_search_source
        WHERE id = old.id;
END
""",
    """
CREATE TRIGGER organisation_search_au AFTER UPDATE ON organisation BEGIN
    INSERT INTO organisation_fts (rowid, name, ids, place, notes)
        SELECT id, name, ids, place, notes FROM organisation_search_source WHERE id = new.id;
    DELETE FROM organisation_cluster WHERE organisation_id = old.id;
    INSERT OR IGNORE INTO organisation_cluster (organisation_id, key, name)
        SELECT new.id, cp_fold(value), value FROM json_each(cp_clusters(new.clusters));
END
""",
)

REBUILD_CLUSTERS = """
INSERT OR IGNORE INTO organisation_cluster (organisation_id, key, name)
SELECT organisation.id, cp_fold(value), value
FROM organisation, json_each(cp_clusters(organisation.clusters))
WHERE organisation.clusters != ''
"""

SORT_INDEXES = {
    "ix_organisation_short_name": "short_name",
    "ix_organisation_city": "city",
    "ix_organisation_country": "country",
    "ix_organisation_org_type": "org_type",
    "ix_organisation_sme_class": "sme_class",
    "ix_organisation_name_key": "name_key",  # sorting by legal name sorts by its folded key
}


def upgrade() -> None:
    op.create_table(
        "organisation_cluster",
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("organisation_id", "key", name=op.f("pk_organisation_cluster")),
    )
    op.create_index("ix_organisation_cluster_key", "organisation_cluster", ["key", "name"])
    op.create_table(
        "saved_search",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("query", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_saved_search")),
    )
    for name, column in SORT_INDEXES.items():
        op.create_index(name, "organisation", [column])
    # the facets' grouping reads this index alone (and sorting by region uses it)
    op.create_index("ix_organisation_facets", "organisation",
                    ["nuts2", "country", "org_type", "sme_class"])
    op.create_index("ix_participant_organisation", "participant", ["organisation_id"])
    op.execute(SOURCE_VIEW)
    op.execute(FTS_TABLE)
    for trigger in TRIGGERS:
        op.execute(trigger)
    op.execute("INSERT INTO organisation_fts (organisation_fts) VALUES ('rebuild')")
    op.execute(REBUILD_CLUSTERS)


def downgrade() -> None:
    raise NotImplementedError("workspaces are never downgraded; restore the backup copy instead")
