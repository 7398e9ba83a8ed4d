"""The change feed: a second workspace object hears of a change committed through another, on a
file (PRAGMA data_version) and on a server (LISTEN/NOTIFY, delivered on commit), but not of its
own changes; the PostgreSQL listener connects again after losing its connection."""

from __future__ import annotations

import queue
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from consortium_planner.models import Base, EditLogEntry, Project
from consortium_planner.services.change_feed import FeedNotice, PostgresFeed, feed_for
from consortium_planner.services.editing import EditingService
from consortium_planner.workspace import Workspace

DEADLINE = 10.0  # seconds: a bound on a hang, not a measure (the window's 2 s: tests/ui)


class Heard:
    """The notices a feed reported, in order."""

    def __init__(self) -> None:
        self.notices: queue.Queue[FeedNotice] = queue.Queue()

    def __call__(self, notice: FeedNotice) -> None:
        self.notices.put(notice)

    def next(self) -> FeedNotice:
        return self.notices.get(timeout=DEADLINE)


@pytest.fixture
def started() -> Iterator[list]:
    feeds: list = []
    yield feeds
    for feed in feeds:
        feed.stop()


def test_a_read_only_window_on_a_file_hears_the_editing_one(empty_path: Path, started):
    with Workspace.open(empty_path) as editing, \
            Workspace.open(empty_path, read_only=True) as reading:
        heard = Heard()
        feed = feed_for(reading.engine, reading.path, heard)
        started.append(feed)
        feed.start()
        service = EditingService(editing)
        project_id = service.create_project("SEEN").created_id
        assert heard.next() == FeedNotice(projects=(project_id,))
        organisation_id = service.add_organisation({"legal_name": "Acme GmbH"}).created_id
        assert organisation_id is not None
        assert heard.next() == FeedNotice(directory=True)


def test_a_feed_leaves_out_its_own_workspace_s_changes(empty_path: Path, started):
    with Workspace.open(empty_path) as editing:
        heard = Heard()
        feed = feed_for(editing.engine, editing.path, heard)
        started.append(feed)
        feed.start()
        EditingService(editing).create_project("OWN")
        # another program writes an entry of project 7 (a raw connection: another writer)
        other = sqlite3.connect(editing.path, timeout=10)
        with other:
            other.execute("INSERT INTO edit_log (at, user_name, action, mark, table_name,"
                          " project_id) VALUES ('2026-12-05', 'colleague', 'update', '',"
                          " 'project', 7)")
        other.close()
        assert heard.next() == FeedNotice(projects=(7,))  # not the project of its own edit


def postgres_engine(url: str):
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    Base.metadata.create_all(engine)
    return engine


def test_a_server_s_second_connection_hears_a_change_on_commit(postgres_database, started):
    first, second = postgres_engine(postgres_database), postgres_engine(postgres_database)
    try:
        heard_first, heard_second = Heard(), Heard()
        for engine, heard in ((first, heard_first), (second, heard_second)):
            feed = feed_for(engine, None, heard)
            started.append(feed)
            feed.start()
        with Session(first) as session, session.begin():
            session.add(Project(acronym="TEAM", title="Shared"))
            session.flush()
            assert session.scalars(select(EditLogEntry)).all() == []  # written at the commit
        with Session(second) as session:
            project_id = session.scalar(select(Project.id))
            user_name = session.scalar(select(EditLogEntry.user_name))
        assert user_name == "postgres"  # the database user
        assert heard_second.next() == FeedNotice(projects=(project_id,))
        with Session(second) as session, session.begin():
            session.get(Project, project_id).title = "Changed"  # type: ignore[union-attr]
        # the first feed's first notice is the second's change: not its own insert
        assert heard_first.next() == FeedNotice(projects=(project_id,))
        with pytest.raises(RuntimeError), Session(second) as session, session.begin():
            session.get(Project, project_id).title = "Rolled back"  # type: ignore[union-attr]
            session.flush()
            raise RuntimeError("rolled back: nothing is logged, nothing is sent")
        with Session(second) as session, session.begin():
            session.add(Project(acronym="NEXT", title="Next"))
            session.flush()
            next_id = session.scalar(select(Project.id).where(Project.acronym == "NEXT"))
        assert heard_first.next() == FeedNotice(projects=(next_id,))  # not the rolled back one
    finally:
        first.dispose()
        second.dispose()


def test_the_listener_connects_again_after_losing_its_connection(postgres_server,
                                                                 postgres_database, started):
    engine, other = postgres_engine(postgres_database), postgres_engine(postgres_database)
    try:
        heard = Heard()
        feed = PostgresFeed(engine, heard)
        started.append(feed)
        feed.start()
        with Session(other) as session, session.begin():
            session.add(Project(acronym="ONE", title=""))
        first = heard.next()
        database = postgres_database.rsplit("/", 1)[1]
        postgres_server.psql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                             f" WHERE datname = '{database}' AND query LIKE 'LISTEN%'")
        assert heard.next() == FeedNotice(everything=True)  # back, missed changes unknown
        with Session(other) as session, session.begin():
            session.add(Project(acronym="TWO", title=""))
        second = heard.next()
        assert first.projects and second.projects and first.projects != second.projects
    finally:
        engine.dispose()
        other.dispose()


def test_team_workspace_objects_hear_each_other(postgres_database, started):
    Workspace.init_server(postgres_database).close()
    with Workspace.open(postgres_database) as mine, Workspace.open(postgres_database) as theirs:
        heard_mine, heard_theirs = Heard(), Heard()
        for workspace, heard in ((mine, heard_mine), (theirs, heard_theirs)):
            feed = feed_for(workspace.engine, None, heard)
            started.append(feed)
            feed.start()
        project_id = EditingService(mine).create_project("TEAM").created_id
        assert heard_theirs.next() == FeedNotice(projects=(project_id,))
        organisation_id = EditingService(theirs).add_organisation(
            {"legal_name": "Acme GmbH"}).created_id
        assert organisation_id is not None
        assert heard_mine.next() == FeedNotice(directory=True)  # not its own project
