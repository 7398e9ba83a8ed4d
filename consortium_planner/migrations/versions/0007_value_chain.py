"""The value chain: sectors, ecosystems, founding year, cluster links, roles and S3 areas.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04

The free-text `organisation.clusters` of earlier releases ("; "-separated names) becomes real
links (cluster_membership) to cluster organisations: one found by its folded legal or short
name, else created with org_type cluster_organisation. From here on the column is derived:
triggers keep it as the "; "-joined legal names of the linked clusters, so the search index and
the cluster facet of migration 0003 (whose triggers read the column) follow the links.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# The one expression of an organisation's cluster names, used by every trigger below.
CLUSTER_NAMES = """coalesce((
    SELECT group_concat(name, '; ') FROM (
        SELECT c.legal_name AS name FROM cluster_membership AS m
        JOIN organisation AS c ON c.id = m.cluster_id
        WHERE m.organisation_id = {member} ORDER BY c.name_key, c.id)), '')"""

# Links change: the member's derived names follow. Removing a cluster removes its links by
# cascade (these triggers fire for those too), and renaming one renames it in its members.
CLUSTER_TRIGGERS = (
    f"""
CREATE TRIGGER cluster_membership_ai AFTER INSERT ON cluster_membership BEGIN
    UPDATE organisation SET clusters = {CLUSTER_NAMES.format(member="new.organisation_id")}
    WHERE id = new.organisation_id;
END
""",
    f"""
CREATE TRIGGER cluster_membership_ad AFTER DELETE ON cluster_membership BEGIN
    UPDATE organisation SET clusters = {CLUSTER_NAMES.format(member="old.organisation_id")}
    WHERE id = old.organisation_id;
END
""",
    f"""
CREATE TRIGGER cluster_membership_au AFTER UPDATE ON cluster_membership BEGIN
    UPDATE organisation SET clusters = {CLUSTER_NAMES.format(member="old.organisation_id")}
    WHERE id = old.organisation_id;
    UPDATE organisation SET clusters = {CLUSTER_NAMES.format(member="new.organisation_id")}
    WHERE id = new.organisation_id;
END
""",
    f"""
CREATE TRIGGER organisation_cluster_name_au AFTER UPDATE OF legal_name ON organisation
WHEN old.legal_name IS NOT new.legal_name BEGIN
    UPDATE organisation SET clusters = {CLUSTER_NAMES.format(member="organisation.id")}
    WHERE id IN (SELECT organisation_id FROM cluster_membership WHERE cluster_id = new.id);
END
""",
)


# PostgreSQL: the same derived names, kept by PL/pgSQL triggers (names ordered byte-wise, as
# SQLite orders them).
POSTGRES_CLUSTER_NAMES = """coalesce((
    SELECT string_agg(c.legal_name, '; ' ORDER BY c.name_key COLLATE "C", c.id)
    FROM cluster_membership AS m JOIN organisation AS c ON c.id = m.cluster_id
    WHERE m.organisation_id = {member}), '')"""

POSTGRES_CLUSTER_TRIGGERS = (
    f"""
CREATE FUNCTION cluster_membership_names() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        UPDATE organisation SET clusters = {POSTGRES_CLUSTER_NAMES.format(member="OLD.organisation_id")}
        WHERE id = OLD.organisation_id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        UPDATE organisation SET clusters = {POSTGRES_CLUSTER_NAMES.format(member="NEW.organisation_id")}
        WHERE id = NEW.organisation_id;
    END IF;
    RETURN NULL;
END $$""",
    "CREATE TRIGGER cluster_membership_names AFTER INSERT OR UPDATE OR DELETE ON "
    "cluster_membership FOR EACH ROW EXECUTE FUNCTION cluster_membership_names()",
    f"""
CREATE FUNCTION organisation_cluster_name() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.legal_name IS DISTINCT FROM NEW.legal_name THEN
        UPDATE organisation SET clusters = {POSTGRES_CLUSTER_NAMES.format(member="organisation.id")}
        WHERE id IN (SELECT organisation_id FROM cluster_membership WHERE cluster_id = NEW.id);
    END IF;
    RETURN NULL;
END $$""",
    "CREATE TRIGGER organisation_cluster_name_au AFTER UPDATE OF legal_name ON organisation "
    "FOR EACH ROW EXECUTE FUNCTION organisation_cluster_name()",
)


def _migrate_cluster_texts(connection: sa.engine.Connection) -> None:
    """Each name of each organisation's old `clusters` text becomes a link to a cluster
    organisation: the one whose folded legal or short name matches (cluster organisations
    first, then the lowest id), else a new cluster organisation of that name."""
    from consortium_planner.workspace import fast_fold, split_clusters

    sqlite = connection.dialect.name == "sqlite"
    mark, now = ("?", "datetime('now', 'localtime')") if sqlite else ("%s", "localtimestamp(0)")
    by_name: dict[str, int] = {}
    rows = connection.exec_driver_sql(
        "SELECT id, legal_name, short_name FROM organisation "
        "ORDER BY org_type != 'cluster_organisation', id").fetchall()
    for organisation_id, legal_name, short_name in rows:
        for name in (legal_name, short_name):
            if name and name.strip():
                by_name.setdefault(fast_fold(" ".join(name.split())), organisation_id)
    members = connection.exec_driver_sql(
        "SELECT id, clusters FROM organisation WHERE clusters != '' ORDER BY id").fetchall()
    for organisation_id, text in members:
        for name in split_clusters(text):
            key = fast_fold(name)
            cluster_id = by_name.get(key)
            if cluster_id is None:
                result = connection.exec_driver_sql(
                    "INSERT INTO organisation (legal_name, name_key, short_name, org_type,"
                    " country, nuts2, address, city, postcode, website, contact_name, email,"
                    f" phone, clusters, notes, created_at, updated_at) VALUES ({mark}, {mark}, '',"
                    " 'cluster_organisation', '', '', '', '', '', '', '', '', '', '', "
                    f"{mark}, {now}, {now})" + ("" if sqlite else " RETURNING id"),
                    (name[:300], _name_key(name), "created from the clusters text of "
                     "earlier releases"))
                cluster_id = result.lastrowid if sqlite else result.scalar()
                by_name[key] = cluster_id
            if cluster_id != organisation_id:
                connection.exec_driver_sql(
                    "INSERT INTO cluster_membership (organisation_id, cluster_id) "
                    f"VALUES ({mark}, {mark}) ON CONFLICT DO NOTHING",
                    (organisation_id, cluster_id))


def _name_key(name: str) -> str:
    from consortium_planner.names import normalised_name  # the duplicate key

    return normalised_name(name)


def upgrade() -> None:
    # a plain ADD COLUMN (SQLite allows a CHECK there): a batch copy of the table would drop
    # the search triggers and the view of migration 0003
    op.execute(
        "ALTER TABLE organisation ADD COLUMN founded_year INTEGER "
        "CONSTRAINT ck_organisation_founded_year "
        "CHECK (founded_year IS NULL OR (founded_year >= 1800 AND founded_year <= 2100))")
    op.create_table(
        "organisation_nace",
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=8), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"], ["organisation.id"],
            name=op.f("fk_organisation_nace_organisation_id_organisation"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("organisation_id", "code", name=op.f("pk_organisation_nace")),
    )
    op.create_table(
        "organisation_ecosystem",
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("ecosystem", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"], ["organisation.id"],
            name=op.f("fk_organisation_ecosystem_organisation_id_organisation"),
            ondelete="CASCADE"),
        sa.PrimaryKeyConstraint(
            "organisation_id", "ecosystem", name=op.f("pk_organisation_ecosystem")),
    )
    op.create_table(
        "cluster_membership",
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("cluster_id", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "organisation_id <> cluster_id", name=op.f("ck_cluster_membership_not_itself")),
        sa.ForeignKeyConstraint(
            ["organisation_id"], ["organisation.id"],
            name=op.f("fk_cluster_membership_organisation_id_organisation"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["cluster_id"], ["organisation.id"],
            name=op.f("fk_cluster_membership_cluster_id_organisation"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint(
            "organisation_id", "cluster_id", name=op.f("pk_cluster_membership")),
    )
    op.create_index("ix_cluster_membership_cluster_id", "cluster_membership", ["cluster_id"])
    op.create_table(
        "organisation_role",
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=60), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"], ["organisation.id"],
            name=op.f("fk_organisation_role_organisation_id_organisation"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("organisation_id", "role", name=op.f("pk_organisation_role")),
    )
    op.create_table(
        "participant_role",
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=60), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"], ["participant.id"],
            name=op.f("fk_participant_role_participant_id_participant"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("participant_id", "role", name=op.f("pk_participant_role")),
    )
    op.create_table(
        "value_chain_role",
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_value_chain_role")),
    )
    op.create_table(
        "region_s3_area",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("nuts2", sa.String(length=4), nullable=False),
        sa.Column("area", sa.String(length=200), nullable=False),
        sa.Column("source", sa.Text(), server_default="", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_region_s3_area")),
        sa.UniqueConstraint("nuts2", "area", name="uq_region_s3_area"),
    )
    connection = op.get_bind()
    _migrate_cluster_texts(connection)
    postgres = connection.dialect.name == "postgresql"
    for trigger in POSTGRES_CLUSTER_TRIGGERS if postgres else CLUSTER_TRIGGERS:
        op.execute(trigger)
    # the old texts become the derived names of the links just made (the search triggers of
    # 0003 re-index each changed row)
    names = (POSTGRES_CLUSTER_NAMES if postgres else CLUSTER_NAMES).format(
        member="organisation.id")
    op.execute(f"UPDATE organisation SET clusters = {names} WHERE clusters != ''"
               " OR id IN (SELECT organisation_id FROM cluster_membership)")


def downgrade() -> None:
    raise NotImplementedError("workspaces are never downgraded; restore the backup copy instead")
