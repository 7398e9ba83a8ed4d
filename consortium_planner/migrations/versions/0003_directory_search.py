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


# --- PostgreSQL: the same folded words, in a tsvector per organisation -------------------------
# cp_fold is domain.text.fold in SQL: lower-case (ICU's rules where the server has them, so Ł
# and Ö fold under any database locale), the letters Unicode does not decompose spelled out,
# compatibility decomposition, combining marks dropped. The words are split as FTS5's unicode61
# splits them (runs of letters and digits), and weighted as bm25's columns are (name A, codes B,
# place C, notes D). tests/services check the SQL functions against the Python ones.
POSTGRES_FUNCTIONS = (
    r"""
CREATE FUNCTION cp_fold(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
SELECT regexp_replace(normalize(
    replace(replace(replace(replace(
        translate(lower(coalesce(t, '') COLLATE {collation}), 'łøđħıðſς', 'lodhidsσ'),
        'ß', 'ss'), 'æ', 'ae'), 'œ', 'oe'), 'þ', 'th'), NFKD),
    '[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]', '', 'g')
$$""",
    r"""
CREATE FUNCTION cp_words(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
SELECT regexp_replace(coalesce(t, '') COLLATE {collation}, '[^[:alnum:]]+', ' ', 'g')
$$""",
    r"""
CREATE FUNCTION cp_compact(code text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
SELECT upper(regexp_replace(coalesce(code, ''), '[^0-9A-Za-z]', '', 'g'))
$$""",
    r"""
CREATE FUNCTION cp_ids(pic text, vat text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
SELECT lower(concat_ws(' ', nullif(cp_compact(pic), ''), nullif(cp_compact(vat), ''),
    CASE WHEN cp_compact(vat) ~ '^[A-Za-z]{{2}}.' THEN substr(cp_compact(vat), 3) END))
$$""",
    r"""
CREATE FUNCTION cp_place(city text, website text, clusters text) RETURNS text LANGUAGE sql
IMMUTABLE PARALLEL SAFE AS $$
SELECT cp_fold(coalesce(city, '') || ' ' || replace(replace(replace(coalesce(website, ''),
    'https://', ''), 'http://', ''), 'www.', '') || ' ' || replace(coalesce(clusters, ''),
    ';', ' '))
$$""",
    r"""
CREATE FUNCTION cp_document(legal_name text, short_name text, pic text, vat text, city text,
    website text, clusters text, notes text) RETURNS tsvector LANGUAGE sql IMMUTABLE
PARALLEL SAFE AS $$
SELECT setweight(to_tsvector('simple', cp_words(cp_fold(legal_name || ' ' || short_name))), 'A')
    || setweight(to_tsvector('simple', cp_words(cp_ids(pic, vat))), 'B')
    || setweight(to_tsvector('simple', cp_words(cp_place(city, website, clusters))), 'C')
    || setweight(to_tsvector('simple', cp_words(cp_fold(notes))), 'D')
$$""",
)

# An organisation's cluster rows from its clusters text (workspace.split_clusters in SQL).
POSTGRES_CLUSTER_ROWS = r"""
INSERT INTO organisation_cluster (organisation_id, key, name)
SELECT DISTINCT ON (cp_fold(name)) {member}, left(cp_fold(name), 200), left(name, 200)
FROM (SELECT btrim(regexp_replace(part, '\s+', ' ', 'g')) AS name, place
      FROM regexp_split_to_table({clusters}, ';') WITH ORDINALITY AS parts(part, place)) AS named
WHERE name <> '' ORDER BY cp_fold(name), place
"""

POSTGRES_TRIGGERS = (
    f"""
CREATE FUNCTION organisation_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        DELETE FROM organisation_cluster WHERE organisation_id = OLD.id;
        RETURN OLD;
    END IF;
    INSERT INTO organisation_fts (id, document) VALUES (NEW.id, cp_document(NEW.legal_name,
        NEW.short_name, NEW.pic, NEW.vat, NEW.city, NEW.website, NEW.clusters, NEW.notes))
    ON CONFLICT (id) DO UPDATE SET document = excluded.document;
    IF TG_OP = 'INSERT' OR NEW.clusters IS DISTINCT FROM OLD.clusters THEN
        DELETE FROM organisation_cluster WHERE organisation_id = NEW.id;
        {POSTGRES_CLUSTER_ROWS.format(member="NEW.id", clusters="NEW.clusters")};
    END IF;
    RETURN NULL;
END $$""",
    "CREATE TRIGGER organisation_search_ai AFTER INSERT OR UPDATE ON organisation "
    "FOR EACH ROW EXECUTE FUNCTION organisation_search()",
    "CREATE TRIGGER organisation_search_bd BEFORE DELETE ON organisation "
    "FOR EACH ROW EXECUTE FUNCTION organisation_search()",
)


def _postgres_search() -> None:
    """The search index on PostgreSQL: organisation_fts is a table of tsvectors (GIN index)."""
    connection = op.get_bind()
    icu = connection.exec_driver_sql(
        "SELECT 1 FROM pg_collation WHERE collname = 'und-x-icu'").scalar()
    collation = '"und-x-icu"' if icu else '"default"'
    for function in POSTGRES_FUNCTIONS:
        op.execute(function.format(collation=collation))
    op.execute("CREATE TABLE organisation_fts (id integer PRIMARY KEY REFERENCES organisation (id)"
               " ON DELETE CASCADE, document tsvector NOT NULL)")
    op.execute("CREATE INDEX ix_organisation_fts_document ON organisation_fts "
               "USING gin (document)")
    for statement in POSTGRES_TRIGGERS:
        op.execute(statement)
    op.execute("INSERT INTO organisation_fts (id, document) SELECT id, cp_document(legal_name, "
               "short_name, pic, vat, city, website, clusters, notes) FROM organisation")
    op.execute(POSTGRES_CLUSTER_ROWS.format(member="organisation.id", clusters="clusters")
               .replace("DISTINCT ON (cp_fold(name))", "DISTINCT ON (organisation.id, "
                        "cp_fold(name))")
               .replace("FROM (SELECT", "FROM organisation, LATERAL (SELECT")
               .replace("ORDER BY cp_fold(name)", "ORDER BY organisation.id, cp_fold(name)"))


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
    if op.get_bind().dialect.name == "postgresql":
        _postgres_search()
        return
    op.execute(SOURCE_VIEW)
    op.execute(FTS_TABLE)
    for trigger in TRIGGERS:
        op.execute(trigger)
    op.execute("INSERT INTO organisation_fts (organisation_fts) VALUES ('rebuild')")
    op.execute(REBUILD_CLUSTERS)


def downgrade() -> None:
    raise NotImplementedError("workspaces are never downgraded; restore the backup copy instead")
