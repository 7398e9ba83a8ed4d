"""Others' changes, as they are committed: one `ChangeFeed` per open workspace, on a thread.

- PostgreSQL: LISTEN on the channel the edit log notifies in each writing transaction
  (edit_log.NOTIFY_CHANNEL; delivered on commit), on a psycopg connection of the feed's own,
  reconnecting after a lost connection (and then reporting "everything": what happened while it
  was away is unknown).
- SQLite: `PRAGMA data_version` on a connection of the feed's own, about once a second; it
  changes when any other connection commits. The edit log's new entries say what changed.

Either way the feed leaves out what the same workspace object wrote itself (the window already
showed its own edit) and calls `on_change(FeedNotice)` on its thread: the caller hands it on to
its own thread (ui/live_changes.py does so with a queued Qt signal).
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from consortium_planner.services import edit_log

log = logging.getLogger(__name__)

POLL_SECONDS = 1.0  # SQLite: how often data_version is read
RECONNECT_SECONDS = 2.0  # PostgreSQL: the wait before connecting again after a lost connection
READY_SECONDS = 5.0  # the longest `start` waits for the feed to listen


@dataclass(frozen=True)
class FeedNotice:
    """What others changed: the projects concerned and whether the directory (or anything not
    of a project) did; `everything` when that is unknown."""

    projects: tuple[int, ...] = ()
    directory: bool = False
    everything: bool = False


OnChange = Callable[[FeedNotice], None]


class ChangeFeed:
    """A thread that calls `on_change` when someone else commits a change; `stop` ends it."""

    def __init__(self, on_change: OnChange) -> None:
        self._on_change = on_change
        self._stopping = threading.Event()
        self._ready = threading.Event()  # set once the first state is read or LISTEN is on
        self._thread = threading.Thread(target=self._run_safely, name=type(self).__name__,
                                        daemon=True)

    def start(self) -> None:
        """Start following; returns once the feed is listening (a change committed after this
        is reported), or after READY_SECONDS when the database does not answer (it goes on
        trying)."""
        self._thread.start()
        self._ready.wait(READY_SECONDS)

    def stop(self) -> None:
        """Stop listening and wait (briefly) for the thread to end."""
        self._stopping.set()
        self._interrupt()
        if self._thread.is_alive():
            self._thread.join(timeout=5)

    def _run_safely(self) -> None:
        try:
            self._run()
        except Exception:  # noqa: BLE001 - a feed that fails must not take the window down
            log.exception("the change feed stopped")
        finally:
            self._ready.set()

    def _run(self) -> None:
        raise NotImplementedError

    def _interrupt(self) -> None:
        """Wake the thread from a wait (a subclass blocked elsewhere than on `_stopping`)."""

    def _report(self, notice: FeedNotice) -> None:
        if not self._stopping.is_set():
            self._on_change(notice)


def feed_for(engine: Engine, path: Path | None, on_change: OnChange) -> ChangeFeed:
    """The feed of a workspace's engine (its file's path on SQLite), not started."""
    if engine.dialect.name == "postgresql":
        return PostgresFeed(engine, on_change)
    if path is None:
        raise ValueError("a SQLite workspace's feed needs its file")
    return SqliteFeed(path, engine, on_change)


class SqliteFeed(ChangeFeed):
    """Polls `PRAGMA data_version` (see the module's docstring)."""

    def __init__(self, path: Path, engine: Engine, on_change: OnChange, *,
                 interval: float = POLL_SECONDS) -> None:
        super().__init__(on_change)
        self._path = path
        self._engine = engine
        self._interval = interval

    def _run(self) -> None:
        connection = sqlite3.connect(f"file:{self._path.resolve()}?mode=ro", uri=True,
                                     timeout=5.0, isolation_level=None)
        try:
            version = _data_version(connection)
            last_id = _last_entry(connection)
            self._ready.set()
            while not self._stopping.wait(self._interval):
                try:
                    now = _data_version(connection)
                    if now == version:
                        continue
                    version = now
                    notice, last_id = self._since(connection, last_id)
                except sqlite3.Error as error:  # busy past the timeout, or the file went away
                    log.warning("change feed of %s: %s", self._path, error)
                    continue
                if notice is not None:
                    self._report(notice)
        finally:
            connection.close()

    def _since(self, connection: sqlite3.Connection, last_id: int
               ) -> tuple[FeedNotice | None, int]:
        """What others' entries after `last_id` say; a commit without entries (another program,
        a write the log does not cover) may have changed anything."""
        rows = connection.execute("SELECT id, project_id FROM edit_log WHERE id > ? ORDER BY id",
                                  (last_id,)).fetchall()
        if not rows:
            return FeedNotice(everything=True), last_id
        own = edit_log.own_entries(self._engine)
        others = [(entry_id, project_id) for entry_id, project_id in rows if entry_id not in own]
        newest = rows[-1][0]
        if not others:
            return None, newest
        projects = tuple(sorted({project_id for _, project_id in others
                                 if project_id is not None}))
        directory = any(project_id is None for _, project_id in others)
        return FeedNotice(projects=projects, directory=directory), newest


def _data_version(connection: sqlite3.Connection) -> int:
    return int(connection.execute("PRAGMA data_version").fetchone()[0])


def _last_entry(connection: sqlite3.Connection) -> int:
    try:
        return int(connection.execute("SELECT coalesce(max(id), 0) FROM edit_log").fetchone()[0])
    except sqlite3.OperationalError:  # a file not yet migrated (read-only): no log to read
        return 0


class PostgresFeed(ChangeFeed):
    """LISTENs on its own psycopg connection (see the module's docstring)."""

    def __init__(self, engine: Engine, on_change: OnChange) -> None:
        super().__init__(on_change)
        url = engine.url.set(drivername="postgresql")
        self._conninfo = url.render_as_string(hide_password=False)
        self._source = edit_log.source_of(engine)
        self._connection: Any = None

    def _run(self) -> None:
        import psycopg

        first = True
        while not self._stopping.is_set():
            try:
                with psycopg.connect(self._conninfo, autocommit=True) as connection:
                    self._connection = connection
                    connection.execute(f"LISTEN {edit_log.NOTIFY_CHANNEL}")
                    self._ready.set()
                    if not first:  # what changed while the connection was lost is unknown
                        self._report(FeedNotice(everything=True))
                    first = False
                    while not self._stopping.is_set():
                        for notify in connection.notifies(timeout=0.5):
                            self._received(notify.payload)
            except psycopg.Error as error:
                if self._stopping.is_set():
                    break
                log.warning("change feed: %s; connecting again", error)
                self._stopping.wait(RECONNECT_SECONDS)
            finally:
                self._connection = None

    def _received(self, payload: str) -> None:
        try:
            notice = json.loads(payload)
        except ValueError:
            self._report(FeedNotice(everything=True))
            return
        if notice.get("source") == self._source:
            return
        self._report(FeedNotice(projects=tuple(notice.get("projects", ())),
                                directory=bool(notice.get("directory")),
                                everything=bool(notice.get("everything"))))
