"""A team workspace on a PostgreSQL server: its address, its engine and its errors.

The one home of what is PostgreSQL-specific in opening a workspace (workspace.Workspace.open
sends a `postgresql://` address here). Connection details follow libpq's conventions: what the
address leaves out (host, port, user, password) comes from a service file (`?service=name`),
~/.pgpass and the PG* environment variables, which psycopg 3 hands to libpq unchanged. A
password written in the address is used for that connection only: every address the app keeps
or shows goes through `public_url` first.
"""

from __future__ import annotations

import os
from typing import Any

from sqlalchemy import Connection, Engine, create_engine
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

SCHEMES = ("postgresql:", "postgres:", "postgresql+psycopg:")
# The tables whose INSERT privilege makes a role an editor (SELECT alone: a reader).
WRITTEN_TABLES = ("project", "organisation", "participant")


def is_server_url(text: object) -> bool:
    """Whether a WORKSPACE argument names a server (a `postgresql://` address) and not a file."""
    return isinstance(text, str) and text.strip().lower().startswith(SCHEMES)


def parse(text: str) -> URL:
    """The address as an SQLAlchemy URL for psycopg 3; ValueError when it cannot be read."""
    try:
        url = make_url(text.strip())
    except ArgumentError as error:
        raise ValueError(f"{text!r} is not a PostgreSQL address "
                         "(postgresql://user@host/database)") from error
    if url.get_backend_name() not in ("postgresql", "postgres"):
        raise ValueError(f"{text!r} is not a PostgreSQL address")
    return url.set(drivername="postgresql+psycopg")


def public_url(text: str) -> str:
    """The address without its password, as the user wrote it otherwise: what is kept in the
    recent files and shown in titles and messages."""
    # (URL.set ignores None: the named tuple's _replace removes the password)
    url = parse(text).set(drivername="postgresql")._replace(password=None)
    return url.render_as_string(hide_password=False)


def with_password(text: str, password: str) -> str:
    """The address with a password, for the one connection the window asked it for."""
    return parse(text).set(drivername="postgresql", password=password).render_as_string(
        hide_password=False)


def database_name(text: str) -> str:
    """The database an address names: its path, else the service's name, else PGDATABASE,
    else the user's name (libpq's default)."""
    url = parse(text)
    if url.database:
        return url.database
    service = url.query.get("service")
    if service:
        return service if isinstance(service, str) else service[0]
    return os.environ.get("PGDATABASE") or url.username or os.environ.get("PGUSER", "postgres")


def make_engine(text: str) -> Engine:
    """An engine on the server. A workspace opened read-only is kept from writing by
    `Workspace.require_writable`, not by READ ONLY transactions: the directory's search
    writes its hits to a temporary table, which those refuse; a reader's role refuses every
    other write itself."""
    return create_engine(parse(text), pool_pre_ping=True,
                         connect_args={"connect_timeout": 10,
                                       "application_name": "Consortium Planner"})


def may_write(connection: Connection) -> bool:
    """Whether the connected role may change the workspace (INSERT on its main tables)."""
    for table in WRITTEN_TABLES:
        for privilege in ("INSERT", "UPDATE", "DELETE"):  # (a list would mean "any of")
            if not connection.exec_driver_sql(
                    "SELECT has_table_privilege(current_user, %s, %s)",
                    (f"public.{table}", privilege)).scalar():
                return False
    return True


def current_user(connection: Connection) -> str:
    return str(connection.exec_driver_sql("SELECT current_user").scalar())


def _problem(kind: str, message: str, **params: str) -> tuple[str, str, dict[str, str]]:
    """A sorted problem: its kind, its English template (a message id of errors.po) and the
    template's parameters."""
    return kind, message, params


def problem_text(error: BaseException) -> tuple[str, str, dict[str, str]] | None:
    """Sort a psycopg error from the user's environment into (kind, what to do, its {named}
    parameters: the message stays an English template the window can translate); None for a
    bug. Kinds: "password" (libpq needs a password it was not given), "connect", "privilege",
    "lost", "full", "busy" (a lock a colleague holds not had within its wait: workspace.lock_wait)."""
    import psycopg

    original: Any = getattr(error, "orig", None) or error
    if not isinstance(original, psycopg.Error):
        return None
    text = str(original).strip().splitlines()[0] if str(original).strip() else ""
    state = getattr(original, "sqlstate", None) or ""
    if "password authentication failed" in text:  # one was given (typed, ~/.pgpass ...)
        return _problem("password", "the server refused the password ({text}): check it, and "
                                    "any in ~/.pgpass or PGPASSWORD", text=_server_said(text))
    if "no password supplied" in text:
        return _problem("password", "the server asks for a password: enter it when asked, or "
                                    "put it in ~/.pgpass (it is never stored by the app)")
    if state == "42501":
        return _problem("privilege", "your database role may not change this workspace (it may "
                                     "only read it); ask the workspace's owner for editor rights")
    if state == "55P03":  # lock_not_available: a transaction's bounded wait for a lock
        return _problem("busy", "a colleague is saving changes to the same data (an import or "
                                "an edit); try again in a moment")
    if state.startswith("53"):
        return _problem("full", "the server is out of resources ({text}); try again later",
                        text=text)
    if state == "3D000" or (not state and "FATAL:" in text and "does not exist" in text
                            and "database" in text):  # (libpq's connection errors carry no state)
        return _problem("connect", "{text}; create the database first (see the README's 'Team "
                                   "workspace on PostgreSQL')", text=_server_said(text))
    if state.startswith("08") or (isinstance(original, psycopg.OperationalError) and not state):
        return _problem("connect", "cannot reach the server ({text}); check the address, the "
                                   "network and that the server is running", text=text)
    if state.startswith("28"):
        return _problem("connect", "the server refused the login ({text})", text=text)
    return None


def _server_said(text: str) -> str:
    """What the server said, without libpq's "connection to server at ... failed: FATAL:"."""
    return text.rsplit("FATAL:", 1)[-1].strip()
