"""Team workspaces on a PostgreSQL server: opening by libpq's conventions, no password kept,
read-only members, an editor's rights, and what is refused with what to do."""

from __future__ import annotations

from pathlib import Path

import pytest

from consortium_planner.models import Project
from consortium_planner.postgres import database_name, public_url
from consortium_planner.services import directory_search as ds
from consortium_planner.services.directory_search import DirectoryQuery
from consortium_planner.workspace import ReadOnlyWorkspace, Workspace, WorkspaceError


def _database(url: str) -> str:
    return url.rsplit("/", 1)[1]


def _grant(server, url: str, role: str, rights: str) -> str:
    """A login role with `rights` on every table (and the id sequences for editors)."""
    database = _database(url)
    server.psql(f"DO $$ BEGIN CREATE ROLE {role} LOGIN; EXCEPTION WHEN duplicate_object "
                "THEN NULL; END $$")
    server.psql(f"GRANT USAGE ON SCHEMA public TO {role}; GRANT {rights} ON ALL TABLES IN "
                f"SCHEMA public TO {role}; GRANT USAGE ON ALL SEQUENCES IN SCHEMA public "
                f"TO {role}", database)
    return server.url(database, role)


@pytest.fixture
def team(postgres_server, _postgres_workspace_template, postgres_database):
    """A team workspace holding one project (a server's copy of the empty workspace)."""
    name = _database(postgres_database) + "_team"
    postgres_server.psql(f'CREATE DATABASE "{name}" TEMPLATE "{_postgres_workspace_template}"')
    url = postgres_server.url(name)
    with Workspace.open(url) as owner:
        with owner.transaction() as session:
            session.add(Project(acronym="TEAM", title="Shared"))
    return url


def test_a_select_only_role_gets_a_read_only_workspace_that_says_why(postgres_server, team):
    reader_url = _grant(postgres_server, team, "reader", "SELECT")
    with Workspace.open(reader_url) as workspace:
        assert workspace.read_only and workspace.is_server
        assert "may only read" in workspace.read_only_reason
        with pytest.raises(ReadOnlyWorkspace, match="may only read"):
            workspace.require_writable("add a project")
        with workspace.sessions() as session:  # a reader searches the directory too
            assert ds.search(session, DirectoryQuery(text="x")).total == 0


def test_an_editor_role_edits_and_the_owner_may_choose_read_only(postgres_server, team):
    editor_url = _grant(postgres_server, team, "editor", "SELECT, INSERT, UPDATE, DELETE")
    with Workspace.open(editor_url) as workspace:
        assert not workspace.read_only
        with workspace.transaction() as session:
            session.add(Project(acronym="MORE", title="Another"))
    with Workspace.open(team, read_only=True) as workspace:
        assert workspace.read_only and workspace.read_only_reason == ""


def test_a_password_is_used_but_never_kept(team):
    with Workspace.open(team.replace("postgres@", "postgres:unused@")) as workspace:
        assert "unused" not in workspace.location
        assert workspace.location == public_url(team)
        assert workspace.name == _database(team)


def test_a_service_file_names_the_server(postgres_server, team, tmp_path: Path, monkeypatch):
    services = tmp_path / "pg_service.conf"
    services.write_text(f"[team]\nhost=127.0.0.1\nport={postgres_server.port}\nuser=postgres\n"
                        f"dbname={_database(team)}\n")
    monkeypatch.setenv("PGSERVICEFILE", str(services))
    with Workspace.open("postgresql:///?service=team") as workspace:
        assert workspace.name == "team"
        with workspace.sessions() as session:
            assert session.query(Project).one().acronym == "TEAM"


def test_an_empty_database_or_an_unreachable_server_is_refused_with_what_to_do(
        postgres_server, postgres_database):
    with pytest.raises(WorkspaceError, match="init-server"):
        Workspace.open(postgres_database)
    with pytest.raises(WorkspaceError, match="cannot reach the server"):
        Workspace.open("postgresql://nobody@127.0.0.1:1/none")
    with pytest.raises(WorkspaceError, match="init-server"):
        Workspace.create(postgres_database)
    assert database_name("postgresql://u@h/db?service=x") == "db"


def test_an_editor_with_the_readmes_grants_imports_organisations(postgres_server, team,
                                                                 tmp_path: Path):
    """The README grants editors USAGE on the id sequences, not UPDATE: an import (whose new
    rows carry their ids) must move the sequence past them without setval."""
    from consortium_planner.models import Organisation
    from consortium_planner.services.file_import import ImportRequest, import_file

    editor_url = _grant(postgres_server, team, "importer", "SELECT, INSERT, UPDATE, DELETE")
    listing = tmp_path / "orgs.csv"
    listing.write_text("Legal name,Country,PIC\nAlpha Werke,DE,912345678\n"
                       "Beta Labs,FR,912345679\nCluster Cymru,PL,912345680\n", encoding="utf-8")
    with Workspace.open(editor_url) as workspace:
        report = import_file(workspace, ImportRequest(listing))
        assert report.status == "imported" and report.created == 3
        with workspace.transaction() as session:  # the sequence hands out a fresh id
            session.add(Organisation(legal_name="Gamma", country="AT"))
        with workspace.sessions() as session:
            ids = [organisation.id for organisation in session.query(Organisation)]
    assert len(ids) == len(set(ids)) == 4


def test_a_read_while_the_server_is_gone_says_so_and_works_again_when_it_is_back(
        postgres_server, team):
    """Not a psycopg error for the window's crash dialog: the same WorkspaceError an edit
    gets, naming the server and what to check."""
    name = _database(team)
    with Workspace.open(team) as workspace:
        with workspace.sessions() as session:
            assert session.query(Project).count() == 1
        postgres_server.psql(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false')
        postgres_server.psql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                             f"WHERE datname = '{name}'")
        try:
            with pytest.raises(WorkspaceError, match="cannot reach the server"):
                with workspace.sessions() as session:
                    session.query(Project).count()
        finally:
            postgres_server.psql(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true')
        with workspace.sessions() as session:
            assert session.query(Project).count() == 1


def test_a_database_that_does_not_exist_is_named_not_called_unreachable(postgres_server):
    with pytest.raises(WorkspaceError, match="does not exist; create the database first"):
        Workspace.open(postgres_server.url("no_such_team"))


def test_a_refused_password_is_not_called_a_missing_one():
    """libpq's "password authentication failed": the password given (typed, in ~/.pgpass or
    PGPASSWORD) is wrong; asking the user to "enter it when asked" would not help."""
    import psycopg

    from consortium_planner.postgres import problem_text

    refused = psycopg.OperationalError(
        'connection failed: connection to server at "127.0.0.1", port 5432 failed: FATAL:  '
        'password authentication failed for user "anna"')
    kind, message, params = problem_text(refused)
    assert kind == "password"
    assert "refused the password" in message.format(**params)
    assert 'for user "anna"' in message.format(**params)
    missing = psycopg.OperationalError("connection failed: fe_sendauth: no password supplied")
    assert "enter it when asked" in problem_text(missing)[1]


def test_an_import_beside_a_colleague_adding_an_organisation_takes_other_ids(
        postgres_server, team, tmp_path: Path):
    """A colleague's new organisation takes its id from the sequence while an import chooses
    its ids after the largest it can see: the import must wait for the colleague's row, not
    choose its id and fail on it when the colleague commits."""
    import threading

    from consortium_planner.models import Organisation
    from consortium_planner.services.file_import import ImportRequest, import_file

    listing = tmp_path / "orgs.csv"
    listing.write_text("Legal name,Country,PIC\nAlpha Werke,DE,912345678\n"
                       "Beta Labs,FR,912345679\n", encoding="utf-8")
    results: list[object] = []
    with Workspace.open(team) as colleague, Workspace.open(team) as importer:
        adding = colleague.sessions()
        adding.add(Organisation(legal_name="Gamma", country="AT"))
        adding.flush()  # its id taken from the sequence; not committed yet

        def run() -> None:
            try:
                results.append(import_file(importer, ImportRequest(listing)))
            except Exception as error:  # noqa: BLE001 (reported by the assertion below)
                results.append(error)

        thread = threading.Thread(target=run)
        thread.start()
        while thread.is_alive() and postgres_server.psql(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND "
                f"datname = '{_database(team)}'").strip() == "0":
            thread.join(0.05)  # until the import waits for the colleague's transaction
        adding.commit()
        adding.close()
        thread.join()
        with importer.sessions() as session:
            names = sorted(o.legal_name for o in session.query(Organisation))
    (result,) = results
    assert getattr(result, "status", result) == "imported"
    assert names == ["Alpha Werke", "Beta Labs", "Gamma"]


def test_an_import_waits_a_bounded_time_for_a_colleague_s_transaction_then_says_so(
        team, tmp_path: Path, monkeypatch, capsys):
    """A colleague's transaction that holds the directory's table (an organisation added, not
    yet committed: a lock the import's table lock must wait for) does not make the import
    wait for ever: it gives up after LOCK_WAIT_SECONDS, writes nothing, and says why and what
    to do, in the window's language too; once the colleague has committed it goes through."""
    from consortium_planner import workspace as workspace_module
    from consortium_planner.cli import main
    from consortium_planner.models import Organisation
    from consortium_planner.reference.wording import wording
    from consortium_planner.services.errors import worded
    from consortium_planner.services.file_import import ImportRequest, import_file

    monkeypatch.setattr(workspace_module, "LOCK_WAIT_SECONDS", 0.2)
    listing = tmp_path / "orgs.csv"
    listing.write_text("Legal name,Country,PIC\nAlpha Werke,DE,912345678\n", encoding="utf-8")
    with Workspace.open(team) as colleague, Workspace.open(team) as importer:
        adding = colleague.sessions()
        adding.add(Organisation(legal_name="Gamma", country="AT"))
        adding.flush()  # a row lock on the table, held until the colleague commits
        with pytest.raises(WorkspaceError) as refused:
            import_file(importer, ImportRequest(listing))
        assert str(refused.value).endswith(
            ": a colleague is saving changes to the same data (an import or an edit); try again in "
            "a moment")
        assert "denselben Daten" in worded(refused.value, wording("de"))
        assert main(["import", team, str(listing)]) == 2  # the command line: no traceback
        assert "a colleague is saving changes to the same data" in capsys.readouterr().err
        adding.commit()
        adding.close()
        result = import_file(importer, ImportRequest(listing))
        assert getattr(result, "status", result) == "imported"
        with importer.sessions() as session:
            names = sorted(o.legal_name for o in session.query(Organisation))
    assert names == ["Alpha Werke", "Gamma"]
