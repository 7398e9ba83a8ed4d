"""The window on a team workspace: File > Open team workspace…, the title and the read-only
banner of a member who may only read, recent entries without the password."""

from __future__ import annotations

import pytest

from consortium_planner.models import Project
from consortium_planner.ui.team_workspace import TeamWorkspaceDialog
from consortium_planner.workspace import Workspace


@pytest.fixture
def team_url(postgres_server, _postgres_workspace_template, postgres_database) -> str:
    name = postgres_database.rsplit("/", 1)[1] + "_w"
    postgres_server.psql(f'CREATE DATABASE "{name}" TEMPLATE "{_postgres_workspace_template}"')
    url = postgres_server.url(name)
    with Workspace.open(url) as owner, owner.transaction() as session:
        session.add(Project(acronym="TEAM", title="Shared"))
    return url


def test_the_window_opens_a_team_workspace_and_remembers_it_without_password(
        window, team_url):
    with_password = team_url.replace("postgres@", "postgres:secret@")
    assert window.open_path(with_password)
    assert "team workspace" in window.windowTitle()
    assert window.context.workspace.is_server
    recent = window.context.recent_files()
    assert recent[0] == team_url and all("secret" not in str(entry) for entry in recent)
    window.close_workspace()
    assert window.open_path(recent[0])  # from the recent list


def test_a_reader_sees_a_read_only_window_that_says_so(window, team_url, postgres_server):
    database = team_url.rsplit("/", 1)[1]
    postgres_server.psql("DO $$ BEGIN CREATE ROLE ui_reader LOGIN; EXCEPTION WHEN "
                         "duplicate_object THEN NULL; END $$")
    postgres_server.psql("GRANT USAGE ON SCHEMA public TO ui_reader; GRANT SELECT ON ALL "
                         "TABLES IN SCHEMA public TO ui_reader", database)
    assert window.open_path(postgres_server.url(database, "ui_reader"))
    assert "read-only" in window.windowTitle()
    assert window.message_bar.isVisible()
    assert not window.action("new_project").isEnabled()


def test_the_connection_dialog_makes_an_address_without_a_password(qtbot) -> None:
    dialog = TeamWorkspaceDialog()
    qtbot.addWidget(dialog)
    dialog.host.setText("db.cluster.eu")
    dialog.port.setValue(5433)
    dialog.database.setText("team")
    dialog.user.setText("anna")
    assert dialog.url() == "postgresql://anna@db.cluster.eu:5433/team"
    dialog.host.clear()
    dialog.port.setValue(0)
    dialog.user.clear()
    dialog.service.setText("office")
    assert dialog.url() == "postgresql:///team?service=office"


def test_file_menu_offers_open_team_workspace(window) -> None:
    assert window.action("open_team_workspace").text() == "Open &team workspace…"


def test_a_server_gone_during_a_read_is_a_workspace_problem_not_a_crash(reporter, capsys):
    """A view that reads while the server is away gets the workspace's WorkspaceError
    (workspace._ServerSession): the window says what happened and what to check, without the
    crash dialog's "should not have happened" and traceback."""
    import sys

    from consortium_planner.workspace import WorkspaceError

    try:
        raise WorkspaceError("postgresql://anna@db/team", "cannot reach the server (gone); "
                             "check the address, the network and that the server is running")
    except WorkspaceError:
        reporter.excepthook(*sys.exc_info())
    assert reporter.crashes == 0 and reporter.workspace_errors == 1
    assert "cannot reach the server" in capsys.readouterr().err
