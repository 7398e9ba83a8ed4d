"""The same Alembic migrations on PostgreSQL: a new database gets the models' schema, and a
database left at an older revision upgrades, its data migrated as a file's is."""

from __future__ import annotations

from sqlalchemy import inspect, text

from consortium_planner import postgres
from consortium_planner.models import Base
from consortium_planner.services import directory_search as ds
from consortium_planner.workspace import SCHEMA_HEAD, Workspace, _run_migrations


def test_init_server_makes_the_models_schema_at_the_head(postgres_database: str) -> None:
    with Workspace.init_server(postgres_database) as workspace:
        inspector = inspect(workspace.engine)
        tables = set(inspector.get_table_names()) - {"alembic_version", "organisation_fts"}
        assert tables == set(Base.metadata.tables)
        for name, table in Base.metadata.tables.items():
            columns = {c["name"] for c in inspector.get_columns(name)}
            assert columns == {c.name for c in table.columns}, name
        with workspace.sessions() as session:
            assert session.execute(text("SELECT version_num FROM alembic_version")).scalar() \
                == SCHEMA_HEAD


def test_a_database_at_an_older_schema_is_upgraded_with_its_cluster_texts(
        postgres_database: str) -> None:
    engine = postgres.make_engine(postgres_database)
    _run_migrations(engine, "0006")
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO organisation (legal_name, name_key, short_name, org_type, country, "
            "nuts2, address, city, postcode, website, contact_name, email, phone, clusters, "
            "notes, created_at, updated_at) VALUES ('Alte Firma GmbH', 'alte firma', 'AF', "
            "'sme', 'DE', 'DED2', '', 'Dresden', '', '', '', '', '', 'Photonics; Łódź ICT', "
            "'', '2026-01-01', '2026-01-01')")
    engine.dispose()
    with Workspace.open(postgres_database) as workspace, workspace.sessions() as session:
        clusters = session.execute(text(
            "SELECT clusters FROM organisation WHERE legal_name = 'Alte Firma GmbH'")).scalar()
        assert clusters == "Łódź ICT; Photonics"  # now derived from links, by folded name
        assert session.execute(text("SELECT count(*) FROM cluster_membership")).scalar() == 2
        found = ds.search(session, ds.DirectoryQuery(text="lodz ict"), facets=False)
        assert len(found.ids) == 2  # the member, and the cluster organisation made for it
