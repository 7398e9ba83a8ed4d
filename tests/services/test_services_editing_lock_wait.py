"""On a team workspace an edit never waits without limit for a colleague: a colleague's import
holds the directory's table for its whole transaction (SHARE ROW EXCLUSIVE), and another edit
holds the rows it changes until it commits. An edit behind either gives up after
workspace.LOCK_WAIT_SECONDS with `ColleagueBusy` (nothing written; the window words it), and
goes through once the colleague is done.

The colleague is a second connection holding the lock; it lets go by itself after a while, so
that an edit that waited without limit would go through late instead of being refused."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import select

from consortium_planner import workspace as workspace_module
from consortium_planner.models import Organisation, Participant
from consortium_planner.reference.wording import wording
from consortium_planner.services.editing import EditingService
from consortium_planner.services.errors import worded
from consortium_planner.workspace import ColleagueBusy, Workspace


@pytest.fixture
def team(demo_path: Path, postgres_database: str, monkeypatch) -> Iterator[Workspace]:
    """The demo on a server, with a short lock wait (the test's colleague holds on longer)."""
    from consortium_planner.services.workspace_copy import copy_workspace

    copy_workspace(demo_path, postgres_database)
    monkeypatch.setattr(workspace_module, "LOCK_WAIT_SECONDS", 0.2)
    with Workspace.open(postgres_database) as opened:
        yield opened


def colleague(url: str, *statements: str) -> tuple[psycopg.Connection, threading.Timer]:
    """A colleague's open transaction that ran `statements` (and so holds their locks); it
    rolls back by itself after 3 seconds, or when the test ends it."""
    connection = psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://"))
    for statement in statements:
        connection.execute(statement)
    letting_go = threading.Timer(3.0, connection.rollback)
    letting_go.start()
    return connection, letting_go


def done(connection: psycopg.Connection, letting_go: threading.Timer) -> None:
    letting_go.cancel()
    connection.rollback()
    connection.close()


def first(team: Workspace, model) -> int:
    with team.sessions() as session:
        return session.scalars(select(model.id).order_by(model.id)).first()


def test_an_organisation_edit_behind_a_colleague_s_import_gives_up_and_writes_nothing(team):
    service = EditingService(team)
    organisation = first(team, Organisation)
    before = service.values("organisation", organisation, ["city"])
    held = colleague(str(team.location),
                     "LOCK TABLE organisation IN SHARE ROW EXCLUSIVE MODE")  # as an import
    try:
        with pytest.raises(ColleagueBusy) as refused:
            service.update("organisation", organisation, {"city": "Elsewhere"})
        with pytest.raises(ColleagueBusy):
            service.add_organisation({"legal_name": "Newcomer GmbH", "country": "DE"})
    finally:
        done(*held)
    assert "denselben Daten" in worded(refused.value, wording("de"))
    assert service.values("organisation", organisation, ["city"]) == before
    with team.sessions() as session:
        assert session.scalar(select(Organisation.id).where(
            Organisation.legal_name == "Newcomer GmbH")) is None
    service.update("organisation", organisation, {"city": "Elsewhere"})  # the import is done
    assert service.values("organisation", organisation, ["city"]) == {"city": "Elsewhere"}


def test_a_project_edit_behind_a_colleague_s_row_lock_gives_up(team):
    """A participant a colleague's transaction holds (FOR UPDATE, as every edit locks its rows,
    or a long partner-workbook import writing it): the edit gives up, the cell is as it was."""
    service = EditingService(team)
    participant = first(team, Participant)
    before = service.values("participant", participant, ["monthly_personnel_cost"])
    held = colleague(str(team.location),
                     f"SELECT id FROM participant WHERE id = {participant} FOR UPDATE")
    try:
        with pytest.raises(ColleagueBusy):
            service.update("participant", participant,
                           {"monthly_personnel_cost": Decimal("4321.00")})
    finally:
        done(*held)
    assert service.values("participant", participant, ["monthly_personnel_cost"]) == before
