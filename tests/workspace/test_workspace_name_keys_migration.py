"""Migration 0015: a workspace made before it (schema 0014) holds name keys computed when the
legal forms were Latin only; opening it computes them again for the names written in Greek or
Cyrillic letters, so the duplicate finder groups "Техно ЕООД" with "Техно ООД". Latin names are
not touched. On a file and on a team workspace (PostgreSQL) alike."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, text

from consortium_planner import postgres
from consortium_planner.services import directory_search as ds
from consortium_planner.services.duplicates import find_duplicates
from consortium_planner.workspace import Workspace, _run_migrations
from tests.workspace.older_files import workspace_file_at

# (legal name, country, the name key schema 0014 stored)
BEFORE = (
    ("Техно ЕООД", "BG", "техно еоод"),
    ("Техно ООД", "BG", "техно оод"),
    ("Τεχνική ΑΕ", "EL", "τεχνικη αε"),
    ("Τεχνική Α.Ε.", "EL", "τεχνικη α ε"),
    ("Πανεπιστήμιο Πατρών", "EL", "πανεπιστημιο πατρων"),
    # a Latin name whose stored key is not what normalised_name gives today: left alone
    ("Acme GmbH", "DE", "acme gmbh"),
)
AFTER = ["техно", "техно", "τεχνικη", "τεχνικη", "πανεπιστημιο πατρων", "acme gmbh"]
VERSIONS = [2, 2, 2, 2, 1, 1]  # a new version for each key rewritten


def _fill(engine: Engine) -> None:
    with engine.begin() as connection:
        for legal_name, country, name_key in BEFORE:
            connection.execute(text(
                "INSERT INTO organisation (legal_name, name_key, short_name, org_type, country,"
                " nuts2, address, city, postcode, website, contact_name, email, phone, clusters,"
                " notes, created_at, updated_at) VALUES (:name, :key, '', 'sme', :country, '',"
                " '', '', '', '', '', '', '', '', '', '2026-01-01', '2026-01-01')"),
                {"name": legal_name, "key": name_key, "country": country})
    engine.dispose()


def _check(workspace: Workspace) -> None:
    with workspace.sessions() as session:
        rows = session.execute(text(
            "SELECT name_key, version FROM organisation ORDER BY id")).all()
        assert [key for key, _ in rows] == AFTER
        assert [version for _, version in rows] == VERSIONS
        groups = {(group.reason, group.ids) for group in find_duplicates(session)}
        assert groups == {("same name in BG", (1, 2)), ("same name in EL", (3, 4))}
        found = ds.search(session, ds.DirectoryQuery(text="техно"), facets=False)
        assert sorted(found.ids) == [1, 2]  # the search index followed the rewritten rows


def test_a_file_made_before_gets_its_greek_and_cyrillic_name_keys_again(tmp_path: Path) -> None:
    path = tmp_path / "old.cpw"
    _fill(workspace_file_at(path, "0014"))
    with Workspace.open(path) as workspace:
        assert workspace.backup_made is not None
        _check(workspace)


def test_a_team_workspace_made_before_gets_them_too(postgres_database: str) -> None:
    engine = postgres.make_engine(postgres_database)
    _run_migrations(engine, "0014")
    _fill(engine)
    with Workspace.open(postgres_database) as workspace:
        _check(workspace)
