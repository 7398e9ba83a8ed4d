"""The search index of a team workspace (PostgreSQL) written once per statement, not per row.

Migration 0003's PostgreSQL trigger indexed each inserted or updated organisation on its own: an
import of 134,000 organisations ran its PL/pgSQL body 134,000 times (163 s). Statement-level
triggers with transition tables index every row of the statement in one INSERT ... SELECT each
(the search document, then the cluster rows), as SQLite's bulk import does (workspace
._BulkIndexer): the same rows, in seconds. A delete still clears the cluster rows row by row
(0003's trigger; deletes are few). SQLite is left as it is.

Each index row also carries its organisation's facet columns, cluster keys and name key: a
search reads them with the words it matched (the same heap pages), so its hits are counted by
facet and by cluster, and sorted by name, without joining the 134,000 rows of organisation or
organisation_cluster again
(services/directory_search.py's PostgreSQL path).

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-05
"""

from __future__ import annotations

from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

_COLUMNS = "id, document, name_key, country, nuts2, org_type, sme_class, cluster_keys"
_VALUES = ("n.id, cp_document(n.legal_name, n.short_name, n.pic, n.vat, n.city, n.website, "
           "n.clusters, n.notes), n.name_key, n.country, n.nuts2, n.org_type, n.sme_class, "
           "coalesce((SELECT array_agg(c.key ORDER BY c.key) FROM organisation_cluster c "
           "WHERE c.organisation_id = n.id), '{}')")
# The cluster rows of the organisations in `rows` (n), as 0003's POSTGRES_CLUSTER_ROWS makes
# them for one: the first spelling of each folded name, in the order written.
_CLUSTER_ROWS = r"""
    INSERT INTO organisation_cluster (organisation_id, key, name)
    SELECT DISTINCT ON (n.id, cp_fold(named.name)) n.id, left(cp_fold(named.name), 200),
        left(named.name, 200)
    FROM {rows} n, LATERAL (
        SELECT btrim(regexp_replace(part, '\s+', ' ', 'g')) AS name, place
        FROM regexp_split_to_table(n.clusters, ';') WITH ORDINALITY AS parts(part, place)
    ) AS named
    WHERE named.name <> '' ORDER BY n.id, cp_fold(named.name), named.place"""

# The updated rows whose clusters text changed (their cluster rows are made again).
_MOVED = ("(SELECT n.id, n.clusters FROM new_rows n JOIN old_rows o ON o.id = n.id "
          "WHERE n.clusters IS DISTINCT FROM o.clusters)")

FACET_COLUMNS = (
    "ALTER TABLE organisation_fts ADD COLUMN name_key text, ADD COLUMN country text, "
    "ADD COLUMN nuts2 text, ADD COLUMN org_type text, ADD COLUMN sme_class text, "
    "ADD COLUMN cluster_keys text[] NOT NULL DEFAULT '{}'",
    "UPDATE organisation_fts f SET name_key = n.name_key, country = n.country, "
    "nuts2 = n.nuts2, org_type = n.org_type, sme_class = n.sme_class, "
    "cluster_keys = coalesce((SELECT array_agg(c.key ORDER BY c.key) FROM organisation_cluster "
    "c WHERE c.organisation_id = n.id), '{}') "
    "FROM organisation n WHERE n.id = f.id",
)

STATEMENT_TRIGGERS = (
    f"""
CREATE FUNCTION organisation_search_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    {_CLUSTER_ROWS.format(rows="new_rows")};
    INSERT INTO organisation_fts ({_COLUMNS}) SELECT {_VALUES} FROM new_rows n;
    RETURN NULL;
END $$""",
    f"""
CREATE FUNCTION organisation_search_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM organisation_cluster c USING new_rows n JOIN old_rows o ON o.id = n.id
    WHERE c.organisation_id = n.id AND n.clusters IS DISTINCT FROM o.clusters;
    {_CLUSTER_ROWS.format(rows=_MOVED)};
    INSERT INTO organisation_fts ({_COLUMNS}) SELECT {_VALUES} FROM new_rows n
    ON CONFLICT (id) DO UPDATE SET ({_COLUMNS[4:]}) = (excluded.document, excluded.name_key,
        excluded.country,
        excluded.nuts2, excluded.org_type, excluded.sme_class, excluded.cluster_keys);
    RETURN NULL;
END $$""",
    "DROP TRIGGER organisation_search_ai ON organisation",
    "CREATE TRIGGER organisation_search_ai AFTER INSERT ON organisation "
    "REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT "
    "EXECUTE FUNCTION organisation_search_inserted()",
    "CREATE TRIGGER organisation_search_au AFTER UPDATE ON organisation "
    "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT "
    "EXECUTE FUNCTION organisation_search_updated()",
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for statement in (*FACET_COLUMNS, *STATEMENT_TRIGGERS):
        op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("workspaces are never downgraded; restore the backup copy instead")
