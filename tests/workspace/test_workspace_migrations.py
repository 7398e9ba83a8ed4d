"""Schema versions: Alembic's scripts agree with the workspace module, and old files upgrade."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import inspect, select

from consortium_planner.models import Base, Organisation, RegionCategoryEntry
from consortium_planner.workspace import (
    APPLICATION_ID,
    SCHEMA_HEAD,
    SCHEMA_REVISIONS,
    Workspace,
    _make_engine,
    _run_migrations,
)
from tests.workspace.older_files import workspace_file_at


def _script_revisions() -> list[str]:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    import consortium_planner.workspace as workspace_module

    config = Config()
    config.set_main_option(
        "script_location", str(Path(workspace_module.__file__).parent / "migrations")
    )
    script = ScriptDirectory.from_config(config)
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def test_workspace_module_knows_every_revision() -> None:
    assert list(SCHEMA_REVISIONS) == _script_revisions()
    assert SCHEMA_HEAD == _script_revisions()[-1]


def test_migrated_schema_matches_the_models(empty_path: Path) -> None:
    with Workspace.open(empty_path) as workspace:
        inspector = inspect(workspace.engine)
        # the search index: an FTS5 table and its shadow tables, no model of their own
        tables = {name for name in inspector.get_table_names()
                  if not name.startswith("organisation_fts")} - {"alembic_version"}
        assert tables == set(Base.metadata.tables)
        for name, table in Base.metadata.tables.items():
            columns = {c["name"] for c in inspector.get_columns(name)}
            assert columns == {c.name for c in table.columns}, name


def _file_at_schema(path: Path, revision: str):
    """An engine on a new workspace file left at an older schema, as that release made it."""
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    connection.commit()
    connection.close()
    engine = _make_engine(path, read_only=False)
    _run_migrations(engine, revision)
    return engine


def _file_at_first_schema(path: Path) -> None:
    engine = _file_at_schema(path, "0001")
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO organisation (legal_name, name_key, short_name, org_type, country, nuts2,"
            " address, city, postcode, website, contact_name, email, phone, clusters, notes,"
            " created_at, updated_at, turnover) VALUES ('Alte Firma GmbH', 'alte firma', 'AF',"
            " 'sme', 'DE', 'DED2', '', 'Dresden', '', '', '', '', '', '', '', '2026-01-01',"
            " '2026-01-01', 123456)"
        )
    engine.dispose()


def test_file_with_the_first_schema_opens_after_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "old.cpw"
    _file_at_first_schema(path)
    original = path.read_bytes()
    with Workspace.open(path) as workspace:
        assert workspace.backup_made is not None
        assert workspace.backup_made.read_bytes() == original
        with workspace.transaction() as session:
            organisation = session.scalars(select(Organisation)).one()
            assert organisation.legal_name == "Alte Firma GmbH"
            assert str(organisation.turnover) == "1234.56"
            session.add(RegionCategoryEntry(nuts_code="DED2", category="transition", source="t"))
    with Workspace.open(path) as reopened:
        assert reopened.backup_made is None
    backups = sorted(p.name for p in tmp_path.iterdir() if "before-upgrade-0001" in p.name)
    assert len(backups) == 1


def _file_at_schema_0002(path: Path) -> None:
    """A workspace as the release before the search index wrote it, with a directory."""
    engine = workspace_file_at(path, "0002")
    rows = [("Politechnika Łódzka", "PL", "PL71", "999000001", "Łódź", "Łódź ICT; Textile"),
            ("Müller GmbH", "DE", "DE21", "999000002", "München", "")]
    with engine.begin() as connection:
        for name, country, nuts2, pic, city, clusters in rows:
            connection.exec_driver_sql(
                "INSERT INTO organisation (legal_name, name_key, short_name, org_type, country,"
                " nuts2, pic, address, city, postcode, website, contact_name, email, phone,"
                " clusters, notes, created_at, updated_at) VALUES (?, ?, '', 'sme', ?, ?, ?, '',"
                " ?, '', '', '', '', '', ?, '', '2026-01-01', '2026-01-01')",
                (name, name.lower(), country, nuts2, pic, city, clusters))
    engine.dispose()


def test_a_workspace_of_the_previous_release_gets_its_search_index(tmp_path: Path) -> None:
    from consortium_planner.services import directory_search as ds

    path = tmp_path / "release-0002.cpw"
    _file_at_schema_0002(path)
    with Workspace.open(path) as workspace:
        assert workspace.backup_made is not None
        with workspace.sessions() as session:
            def found(text: str) -> list[int]:
                return list(ds.search(session, ds.DirectoryQuery(text=text), facets=False).ids)

            # the university, and the cluster organisation "Łódź ICT" that migration 0006 made
            # of its clusters text
            assert sorted(found("lodz")) == [1, 3]
            assert found("muller munchen") == [2]
            assert found("999000002") == [2]
            clusters = ds.search(session, ds.DirectoryQuery()).facets["cluster"]
            assert {value.value: value.count for value in clusters} == {"lodz ict": 1,
                                                                        "textile": 1}


def test_projects_differing_only_by_case_or_accents_stay_reachable(tmp_path: Path) -> None:
    """A file of the previous release could hold "ÉCO", "éco" and "ECO" (SQLite's lower() folds
    ASCII only). The first keeps its name, the others are numbered, each keeps its content."""
    from consortium_planner.models import Project
    from consortium_planner.services.snapshot import find_project_id

    path = tmp_path / "old.cpw"
    engine = _file_at_schema(path, "0002")
    with engine.begin() as connection:
        for acronym, title in (("ÉCO", "first"), ("éco", "second"), ("ECO", "third"),
                               ("éco-2", "fourth"), ("Other", "fifth")):
            connection.exec_driver_sql(
                "INSERT INTO project (acronym, title, call_profile, thematic_priority,"
                " duration_months) VALUES (?, ?, 'generic', '', 36)", (acronym, title))
    engine.dispose()
    with Workspace.open(path) as workspace, workspace.sessions() as session:
        names = {p.title: (p.acronym, p.acronym_key) for p in session.scalars(select(Project))}
        assert names == {"first": ("ÉCO", "eco"), "second": ("éco-3", "eco-3"),
                         "third": ("ECO-4", "eco-4"), "fourth": ("éco-2", "eco-2"),
                         "fifth": ("Other", "other")}
        assert session.get(Project, find_project_id(session, "eco")).title == "first"
