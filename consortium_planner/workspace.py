"""Open, create, lock, migrate and copy a workspace: a file (SQLite) or a team workspace on a
PostgreSQL server (`Workspace.open("postgresql://...")`, whose engine-specific part lives in
consortium_planner/postgres.py).

Everything SQLite-specific lives here: PRAGMAs, the transaction recipe, the file lock, the
backup API and the sorting of SQLite errors into the user's environment versus bugs.

A workspace is opened for editing by one process at a time. The lock is an OS lock (`flock` on
POSIX, `msvcrt.locking` on a side file on Windows), so it vanishes with a crashed process and
never needs cleaning up. Others may open the file read-only at the same time.
"""

from __future__ import annotations

import json
import logging
import re
import shutil
import sqlite3
import sys
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from itertools import repeat
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from consortium_planner.atomic_files import new_temp_beside, replace_durably
from consortium_planner.domain.text import fold_column, fold_fast
from consortium_planner.postgres import is_server_url

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
APPLICATION_ID = 0x43505731  # "CPW1": marks a file as a Consortium Planner workspace
# The newest schema this version knows, and the ones it can migrate from, oldest first.
# tests/test_workspace_migrations.py checks these against the Alembic scripts.
SCHEMA_REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008",
                                     "0009", "0010", "0011", "0013", "0014", "0015")
SCHEMA_HEAD = SCHEMA_REVISIONS[-1]
FILE_SUFFIX = ".cpw"
# How long to wait for another program's SQLite lock before refusing ("in use").
BUSY_TIMEOUT_SECONDS = 5.0
# How long a transaction on a server (an edit, an import) waits for a lock a colleague's
# transaction holds (an import's table lock, a row being edited) before refusing: the window
# waits no longer than this.
LOCK_WAIT_SECONDS = 5.0
IN_USE = (
    "is in use by another program (it holds a lock on the file); close it there or wait until "
    "it has finished, then try again"
)
INTERRUPTED_WRITE = (
    "was being changed when the program writing it stopped; the unfinished change must be "
    "undone before it can be edited, which needs write access to the file and its folder "
    "(open it read-only, or copy it together with its '-journal' file to a folder you may "
    "write)"
)


class Phrase(str):
    """A parameter of a WorkspaceError's message that is itself a text to translate (what a
    refused change was: "change it"), not a value shown as it is."""


class WorkspaceError(Exception):
    """The workspace file cannot be used as asked: the user's environment, not a bug.

    The message names the file and says what to do. It is kept as plain data, its English
    template (`{named}` fields) and `params`, so that the window can word it in its language
    (services/errors.worded; this module stays below the catalogues); `reason` and `str()`
    are the English text.
    """

    def __init__(self, path: Path | str, message: str, **params: object) -> None:
        reason = message.format(**params) if params else message
        super().__init__(f"{path}: {reason}")
        self.path = Path(path)
        self.reason = reason
        self.template = message
        self.params = params


class WorkspaceLocked(WorkspaceError):
    """Another process has the workspace open for editing."""


class ReadOnlyWorkspace(WorkspaceError):
    """A change asked of a workspace opened read-only: the one refusal every writer raises
    (through `Workspace.require_writable`), shown as a problem with the file."""


class ColleagueBusy(WorkspaceError):
    """A lock a colleague's transaction holds (an import's on the directory's table) was not
    had within LOCK_WAIT_SECONDS: nothing was written, and the same step may be tried again
    in a moment (the window keeps the edit, and its undo history, as they were)."""


class NotAWorkspace(WorkspaceError):
    """The file is not a workspace (not SQLite, another program's database, or damaged)."""


class InterruptedWrite(WorkspaceError):
    """A crashed writer's change is still to be undone, and this process may not write here."""


class WorkspaceTooNew(WorkspaceError):
    """The file was written by a newer version of the app."""


# --- the lock ---------------------------------------------------------------------------------


class _FileLock:
    """An exclusive, non-blocking OS lock that dies with the process holding it."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._handle: IO[bytes] | None = None
        self._side_file: Path | None = None

    def acquire(self) -> None:
        if sys.platform.startswith("win"):
            import msvcrt

            self._side_file = self._path.with_name(self._path.name + ".lock")
            handle = open(self._side_file, "a+b")  # noqa: SIM115 - held until release
            try:
                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            except OSError:
                handle.close()
                raise
        else:
            import fcntl

            handle = open(self._path, "rb")  # noqa: SIM115 - held until release
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                handle.close()
                raise
        self._handle = handle

    def release(self) -> None:
        if self._handle is None:
            return
        self._handle.close()
        self._handle = None
        if self._side_file is not None:
            self._side_file.unlink(missing_ok=True)


# --- error sorting ----------------------------------------------------------------------------


def environment_error(error: BaseException, path: Path | str) -> WorkspaceError | None:
    """Sort an SQLite or PostgreSQL error: the user's environment becomes a WorkspaceError, a
    bug stays None."""
    original = error.orig if isinstance(error, DBAPIError) else error
    if not isinstance(original, sqlite3.Error):
        return _server_error(original, path)
    text = str(original).lower()
    if "locked" in text or "busy" in text:
        return WorkspaceLocked(path, IN_USE)
    if "readonly" in text or "read-only" in text:
        return WorkspaceError(path, "the file is read-only; save a copy elsewhere to edit it")
    if "disk is full" in text or "database or disk is full" in text:
        return WorkspaceError(path, "the disk is full; free some space and try again")
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return NotAWorkspace(path, "the file is damaged; open a backup copy instead")
    if "unable to open" in text or "disk i/o" in text:
        return WorkspaceError(path, "the file cannot be read or written (check the folder)")
    return None


def _server_error(error: BaseException, where: Path | str) -> WorkspaceError | None:
    """A PostgreSQL error sorted by postgres.problem_text (None when psycopg is not in use)."""
    if "psycopg" not in sys.modules:
        return None
    from consortium_planner.postgres import problem_text

    found = problem_text(error)
    if found is None:
        return None
    kind, message, params = found
    if kind == "password":
        return PasswordNeeded(where, message, **params)
    if kind == "privilege":
        return ReadOnlyWorkspace(where, message, **params)
    if kind == "busy":
        return ColleagueBusy(where, message, **params)
    return WorkspaceError(where, message, **params)


class PasswordNeeded(WorkspaceError):
    """The server asks for a password that the address, ~/.pgpass and PGPASSWORD do not give:
    the window asks for it (and never stores it)."""


# --- inspection before opening ----------------------------------------------------------------


@dataclass(frozen=True)
class FileState:
    revision: str | None  # None: a new, empty database
    application_id: int
    fully_checked: bool = True  # False: a large file given the cheap check (see FULL_CHECK_BYTES)


def _journal_path(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def _recover_interrupted_write(path: Path) -> None:
    """Let SQLite undo the write of a writer that was killed mid-transaction.

    Such a writer leaves a "hot" journal beside the file. A read-write connection rolls it back
    on its first read (SQLite decides, under its own locks, whether the journal is hot or belongs
    to a writer still at work); a read-only one cannot, and would fail. So when a journal is
    present, even a reader makes one short read-write visit first. Where the file or its folder
    cannot be written, nothing happens here and the read-only open below reports it.
    """
    if not _journal_path(path).exists():
        return
    try:
        connection = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=rw", uri=True, timeout=BUSY_TIMEOUT_SECONDS
        )
    except sqlite3.Error:
        return
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error as error:
        problem = environment_error(error, path)
        if isinstance(problem, WorkspaceLocked):
            raise problem from error
        # read-only file or folder, or a damaged file: the inspection below says which
    finally:
        connection.close()


def _database_error(error: sqlite3.Error, path: Path) -> WorkspaceError:
    """An SQLite error met while inspecting: a lock or an unfinished write is not damage."""
    problem = environment_error(error, path)
    if isinstance(problem, WorkspaceLocked):
        return problem
    if problem is not None and "read-only" in problem.reason and _journal_path(path).exists():
        return InterruptedWrite(path, INTERRUPTED_WRITE)
    if isinstance(problem, NotAWorkspace) or problem is None:
        return NotAWorkspace(
            path, "the file is damaged or not a workspace ({error}); it was left untouched",
            error=str(error))
    return problem


def inspect_file(path: Path, *, read_only: bool = True) -> FileState:
    """Read the schema revision; refuse what is not a workspace.

    A write that a crash interrupted is undone first (see `_recover_interrupted_write`); that
    is the only change made to a file opened read-only, and it restores the file's last
    committed state. Another program's lock is reported as such, never as damage.
    A file larger than FULL_CHECK_BYTES gets the cheap damage check only (see
    `_check_structure`); `FileState.fully_checked` says so.
    """
    try:
        with open(path, "rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise WorkspaceError(path, "cannot be read ({reason})",
                             reason=error.strerror) from error
    if header != SQLITE_HEADER:
        raise NotAWorkspace(path, "is not a Consortium Planner workspace (not an SQLite file)")
    _recover_interrupted_write(path)
    try:
        mode = "ro" if read_only else "rw"
        connection = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode={mode}", uri=True, timeout=BUSY_TIMEOUT_SECONDS
        )
    except sqlite3.Error as error:
        raise WorkspaceError(path, "cannot be opened ({reason})",
                             reason=str(error)) from error
    try:
        application_id = connection.execute("PRAGMA application_id").fetchone()[0]
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        thorough = path.stat().st_size <= FULL_CHECK_BYTES
        _check_structure(connection, path, tables, thorough=thorough)
        if not tables:
            return FileState(revision=None, application_id=application_id)
        if "alembic_version" not in tables or application_id != APPLICATION_ID:
            raise NotAWorkspace(
                path, "is an SQLite database, but not a Consortium Planner workspace"
            )
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as error:
        raise _database_error(error, path) from error
    finally:
        connection.close()
    return FileState(revision=row[0] if row else None, application_id=application_id,
                     fully_checked=thorough)


# --- the damage check -------------------------------------------------------------------------
# SQLite's quick_check reads every page: a few hundred ms per 100 MB, seconds on a slow disk.
# A workspace of up to FULL_CHECK_BYTES (every project workspace, the demo) is checked whole
# when it opens. A bigger one (a directory of 100,000 organisations) opens after a cheap check:
# - SQLite's own, on its first read: a file shorter than its header says is "malformed";
# - every table but the directory's (its organisations, their search index, cluster, NACE,
#   ecosystem and role links and EU project history, the only tables that grow that big) is
#   checked whole: the projects, budgets and work plans;
# and the whole file is checked before the first write (`Workspace.verify`, called by
# `transaction`), which the window runs on a worker thread soon after opening. A read that meets
# a damaged page before then fails with SQLite's own "malformed" error; nothing is written to a
# file that has not passed the whole check.

FULL_CHECK_BYTES = 32 * 1024 * 1024
# The tables a directory of any size lives in (checked by `verify` on a large file).
_DIRECTORY_TABLES = frozenset({
    "organisation", "organisation_cluster", "organisation_fts", "organisation_fts_data",
    "organisation_fts_idx", "organisation_fts_docsize", "organisation_fts_config",
    "eu_participation", "cluster_membership", "organisation_nace", "organisation_ecosystem",
    "organisation_role",
})


def _damaged(path: Path, finding: str) -> NotAWorkspace:
    return NotAWorkspace(path, "the file is damaged ({finding}); open a backup copy instead",
                         finding=finding)


def _check_structure(
    connection: sqlite3.Connection, path: Path, tables: set[str], *, thorough: bool
) -> None:
    """NotAWorkspace when the file is damaged: the whole file when `thorough`, else the cheap
    checks above."""
    if thorough:
        check = connection.execute("PRAGMA quick_check(1)").fetchone()[0]
        if check != "ok":
            raise _damaged(path, check)
        return
    for table in sorted(tables - _DIRECTORY_TABLES):
        if table.startswith("sqlite_"):
            continue
        quoted = table.replace('"', '""')
        check = connection.execute(f'PRAGMA quick_check("{quoted}")').fetchone()[0]
        if check != "ok":
            raise _damaged(path, check)


def check_whole_file(path: Path) -> None:
    """NotAWorkspace when any page of the file is damaged (SQLite's quick_check), on a
    read-only connection of its own: it may run on a worker thread while the window reads."""
    try:
        connection = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_SECONDS
        )
    except sqlite3.Error as error:
        raise WorkspaceError(path, "cannot be opened ({reason})",
                             reason=str(error)) from error
    try:
        check = connection.execute("PRAGMA quick_check(1)").fetchone()[0]
    except sqlite3.DatabaseError as error:
        raise _database_error(error, path) from error
    finally:
        connection.close()
    if check != "ok":
        raise _damaged(path, check)


# --- SQL functions of the directory's search index -------------------------------------------
# The triggers of migration 0003 call these, so every connection that writes organisations must
# have them: each engine's connections get them below (Alembic's included). Another SQLite tool
# can read a workspace, but writing an organisation there fails with "no such function: cp_fold"
# (nothing is written), rather than leaving the search index out of step.


def fast_fold(text: str | None) -> str:
    """`domain.text.fold(text)`, for the many calls of indexing (the tests compare the two)."""
    return fold_fast(text) if text else ""


def compact_code(code: str | None) -> str:
    """A PIC or VAT number without spaces, dots or dashes, in capitals: "de 123.456" -> DE123456."""
    if not code:
        return ""
    if code.isascii() and code.isalnum():
        return code.upper()
    return re.sub(r"[^0-9A-Za-z]", "", code).upper()


def _sql_ids(pic: str | None, vat: str | None) -> str:
    """The words the index holds for the codes: PIC, VAT, and the VAT without its country."""
    words = [compact_code(pic), compact_code(vat)]
    if len(words[1]) > 2 and words[1][:2].isalpha():
        words.append(words[1][2:])
    return " ".join(word for word in words if word).lower()


_NOT_CODE_OR_LINE = re.compile(r"[^0-9A-Za-z\n]")


def _compact_column(codes: Sequence[str | None]) -> list[str] | None:
    """compact_code of each code in lower case, for a whole column at once; None when a code
    holds the line separator (never in practice)."""
    texts = [code or "" for code in codes]
    joined = "\n".join(texts)
    if joined.count("\n") != len(texts) - 1:
        return None
    return _NOT_CODE_OR_LINE.sub("", joined).lower().split("\n") if texts else []


def _ids_column(pics: Sequence[str | None], vats: Sequence[str | None]) -> list[str]:
    """_sql_ids of each row, by whole columns: one regular-expression pass per column rather
    than three Python calls per row (a third of deriving a large import's index rows). The
    words of a row are joined in one comprehension: a substitution with a template (which
    calls back into Python for each match) took three times as long on 50,000 rows."""
    pic_words, vat_words = _compact_column(pics), _compact_column(vats)
    if pic_words is None or vat_words is None:
        return list(map(_sql_ids, pics, vats))
    # a VAT number beginning with two letters (its country; the words hold only a-z and 0-9)
    # is also a word without them
    return [f"{pic} {vat} {vat[2:]}".strip() if len(vat) > 2 and vat[:2].isalpha()
            else f"{pic} {vat}".strip() for pic, vat in zip(pic_words, vat_words)]


def _site(website: str) -> str:
    """A website without its scheme or "www." (noise every site shares)."""
    return website.replace("https://", "").replace("http://", "").replace("www.", "")


def _place_text(city: str, website: str, clusters: str) -> str:
    """City, website (_site), and clusters: the index's place words."""
    return f"{city} {_site(website)} {clusters.replace(';', ' ')}"


def _sql_place(city: str | None, website: str | None, clusters: str | None) -> str:
    return fast_fold(_place_text(city or "", website or "", clusters or ""))


def split_clusters(text: str | None) -> list[str]:
    """The cluster names of `Organisation.clusters` ("; "-separated), once each (folded)."""
    names: dict[str, str] = {}
    for name in (text or "").split(";"):
        name = " ".join(name.split())
        if name:
            names.setdefault(fast_fold(name), name)
    return list(names.values())


def _sql_clusters(text: str | None) -> str:
    return json.dumps(split_clusters(text))


def register_functions(connection: sqlite3.Connection) -> None:
    """The functions the search triggers call, on one SQLite connection."""
    connection.create_function("cp_fold", 1, fast_fold, deterministic=True)
    connection.create_function("cp_ids", 2, _sql_ids, deterministic=True)
    connection.create_function("cp_place", 3, _sql_place, deterministic=True)
    connection.create_function("cp_clusters", 1, _sql_clusters, deterministic=True)


# The organisation columns the search index and the cluster table are derived from.
SEARCH_SOURCE_COLUMNS = ("id", "legal_name", "short_name", "pic", "vat", "city", "website",
                         "clusters", "notes")


@dataclass(frozen=True)
class GroupedRows:
    """The rows of a link table for many organisations, by group: the organisations of a
    list mostly share their rows with many others (the same few clusters), so each group's
    rows are given once and each organisation names its group (None: no rows). A bulk writer
    (insert_grouped) then lets SQLite expand them, rather than Python binding every row."""

    ids: Sequence[int]  # the organisations
    groups: Sequence[int | None]  # each organisation's group
    rows: Mapping[int, Sequence[tuple[Any, ...]]]  # each group's rows, without the organisation

    def expanded(self) -> list[tuple[Any, ...]]:
        """Every row, the organisation's id first, in the order of `ids`."""
        rows = self.rows
        return [(organisation_id, *row) for organisation_id, group in zip(self.ids, self.groups)
                if group in rows for row in rows[group]]

    def __len__(self) -> int:
        sizes = {group: len(rows) for group, rows in self.rows.items()}
        return sum(map(sizes.get, self.groups, repeat(0)))


def _grouped_clusters(ids: Sequence[int], cluster_lists: Sequence[str]) -> GroupedRows:
    """The organisation_cluster rows (key, name) of organisations by their `clusters` text:
    the rows of a list name the same few clusters, so each text is split and folded once."""
    group_of: dict[str, int | None] = {"": None}
    rows: dict[int, list[tuple[str, str]]] = {}
    groups: list[int | None] = []
    for listed in cluster_lists:
        if listed not in group_of:
            named = [(fast_fold(name), name) for name in split_clusters(listed)]
            group_of[listed] = len(rows) if named else None
            if named:
                rows[len(rows)] = named
        groups.append(group_of[listed])
    return GroupedRows(ids, groups, rows)


def _search_rows_and_clusters(
    columns: Mapping[str, Sequence[Any]], *, clusters: bool = True,
) -> tuple[list[tuple[Any, ...]], GroupedRows | None]:
    """organisation_search_rows, with the cluster rows by group (GroupedRows)."""
    ids = columns["id"]
    count = len(ids)

    def text(name: str) -> Sequence[str]:
        values = columns.get(name)
        if values is None:
            return [""] * count
        return values if None not in values else [value or "" for value in values]

    short_names, cities, websites = text("short_name"), text("city"), text("website")
    cluster_lists = text("clusters")
    names = fold_column([f"{legal} {short}" for legal, short in
                         zip(text("legal_name"), short_names)])
    codes = _ids_column(columns.get("pic") or [None] * count,
                        columns.get("vat") or [None] * count)
    # _place_text folded part by part (fold works per character): cities and cluster lists
    # repeat, so fold_column folds each once
    places = list(map("{} {} {}".format, fold_column(cities),
                      fold_column(list(map(_site, websites))),
                      fold_column([listed.replace(";", " ") for listed in cluster_lists])))
    notes = fold_column(text("notes"))
    grouped = _grouped_clusters(ids, cluster_lists) if clusters else None
    return list(zip(ids, names, codes, places, notes)), grouped


def organisation_search_rows(
    columns: Mapping[str, Sequence[Any]], *, clusters: bool = True,
) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """The rows of organisation_fts (rowid, name, ids, place, notes) and of organisation_cluster
    (organisation_id, key, name) for organisations given by column (SEARCH_SOURCE_COLUMNS).

    The one home, for bulk writers, of what the view organisation_search_source and the triggers
    of migration 0003 derive row by row through the cp_* functions: the same functions here
    work on whole columns at C speed (tests check the two give the same index). A writer that
    changes how an organisation is indexed (its clusters, say) changes both. `clusters=False`
    leaves the cluster rows out (a delete removes them by organisation).
    """
    search_rows, grouped = _search_rows_and_clusters(columns, clusters=clusters)
    return search_rows, [] if grouped is None else grouped.expanded()


def _write_organisation_search_rows(
    connection: Connection, rows: tuple[list[tuple[Any, ...]], GroupedRows | None],
) -> None:
    """Add the search and cluster rows (_search_rows_and_clusters) of organisations just
    inserted without their triggers: one executemany, and one insert_grouped."""
    search_rows, grouped = rows
    connection.exec_driver_sql(
        "INSERT INTO organisation_fts (rowid, name, ids, place, notes) VALUES (?, ?, ?, ?, ?)",
        search_rows)
    if grouped is not None:
        insert_grouped(connection, "organisation_cluster", ("organisation_id", "key", "name"),
                       grouped)


@dataclass(frozen=True)
class _BulkIndexer:
    """What a table's AFTER INSERT `trigger` maintains, done in bulk for the rows of a large
    insert that ran without it: `derive` (pure Python, run while SQLite builds the table's
    indexes again without the interpreter, after the insert) makes the rows that `write` adds.
    Without
    that trigger in the schema (renamed by a later migration, say) the insert keeps its
    triggers: slower, never indexed twice."""

    trigger: str
    derive: Callable[[Mapping[str, Sequence[Any]]], Any]
    write: Callable[[Connection, Any], None]


_BULK_INDEXERS: dict[str, _BulkIndexer] = {
    "organisation": _BulkIndexer("organisation_search_ai", _search_rows_and_clusters,
                                 _write_organisation_search_rows),
}
# From this many rows on, an insert into a table of _BULK_INDEXERS runs without the triggers.
_BULK_ROWS = 100

# Columns that triggers derive from other tables (organisation.clusters: the names of its
# cluster links, migration 0006): a bulk insert that does not give them starts them empty.
_DERIVED_COLUMNS: dict[str, dict[str, Any]] = {"organisation": {"clusters": ""}}


# --- engines ----------------------------------------------------------------------------------


def _make_engine(path: Path, read_only: bool) -> Engine:
    if read_only:
        url = f"sqlite:///file:{path.resolve()}?mode=ro&uri=true"
    else:
        url = f"sqlite:///{path.resolve()}"
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_SECONDS})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event own transactions (pysqlite's own handling would
        # commit DDL on its own and start transactions late).
        dbapi_connection.isolation_level = None
        register_functions(dbapi_connection)
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        # 64 MB of page cache (SQLite's default is 2 MB): the directory's searches look rows
        # up by id all over a file of tens of MB
        cursor.execute("PRAGMA cache_size = -65536")
        # Read pages through a memory map of up to 256 MB (writes still go through the
        # journal): a search's first look at pages it has not read yet no longer copies each
        # into the cache (the directory's first keystrokes: 'l' 51 -> 28 ms on 134,000
        # organisations). SQLite's caveat: an I/O error under the map (a network drive that
        # goes away) ends the process instead of raising; workspaces are local files, and
        # the team workspace is a PostgreSQL server.
        cursor.execute("PRAGMA mmap_size = 268435456")
        if not read_only:
            cursor.execute("PRAGMA journal_mode = DELETE")
            cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")

    return engine


def _run_migrations(engine: Engine, target: str = "head") -> None:
    """Bring the schema to `target` with Alembic (imported only here: it costs start-up time)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option(
        "script_location", str(Path(__file__).resolve().parent / "migrations")
    )
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, target)
        if connection.dialect.name == "sqlite":
            connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")


def _server_revision(connection: Connection, shown: str) -> str | None:
    """The schema revision of a server's database; None when it holds no table at all;
    NotAWorkspace when it holds another program's tables."""
    tables = {name for (name,) in connection.exec_driver_sql(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")}
    if not tables:
        return None
    if "alembic_version" not in tables or "project" not in tables:
        raise NotAWorkspace(shown, "holds tables, but not a Consortium Planner workspace")
    return connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def _clear_stale_journal(engine: Engine, path: Path) -> None:
    """A crash can leave a journal that is not hot (nothing reached the file): SQLite ignores it
    but never deletes it. One empty write transaction lets SQLite remove it, so the workspace is
    a single file again once the app closes."""
    if path.with_name(path.name + "-journal").exists():
        with engine.begin() as connection:
            version = connection.exec_driver_sql("PRAGMA user_version").scalar()
            connection.exec_driver_sql(f"PRAGMA user_version = {int(version or 0)}")


_PLACEHOLDERS = {"qmark": "?", "format": "%s", "pyformat": "%s"}


def copy_rows(connection: Connection, table_name: str, names: Sequence[str],
              rows: Iterable[Sequence[Any]], empty_text: Sequence[bool] = ()) -> None:
    """The rows into a server's table by one COPY: one statement, so the statement-level
    triggers of migration 0014 index them all at once (an executemany is a statement, and a
    trigger run, per row: 134,000 organisations took 163 s). `empty_text`: per column, whether
    a None becomes ''."""
    driver = connection.connection.driver_connection
    with driver.cursor() as cursor, cursor.copy(
            f"COPY {table_name} ({', '.join(names)}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row([("" if value is None and empty else value) for value, empty
                            in zip(row, empty_text or [False] * len(names))])


def lock_wait(connection: Connection) -> None:
    """Bound, until the server's transaction ends, how long it waits for a lock a colleague's
    transaction holds (an import's table lock held for the import's whole length, a row another
    edit has locked): at most LOCK_WAIT_SECONDS, then PostgreSQL's lock_not_available, which
    postgres.problem_text sorts as "busy" (`ColleagueBusy`). Every `Workspace.transaction` on
    a server starts with it: a window never freezes behind a colleague for longer."""
    connection.exec_driver_sql(f"SET LOCAL lock_timeout = '{int(LOCK_WAIT_SECONDS * 1000)}ms'")


def first_free_id(connection: Connection, table_name: str) -> int:
    """The id after the largest, for rows about to be written with their ids given (then
    `ids_given`). On a server the table is first locked against other writers until the
    transaction ends (readers go on): a colleague's new row, whose id comes from the sequence,
    would otherwise take one of these ids and make the whole write fail on it. The lock waits
    for a colleague's transaction on the table at most LOCK_WAIT_SECONDS, then fails with
    PostgreSQL's lock_not_available, which postgres.problem_text words ("a colleague is
    writing ..."): never for ever."""
    if connection.dialect.name != "sqlite":
        lock_wait(connection)
        connection.exec_driver_sql(f"LOCK TABLE {table_name} IN SHARE ROW EXCLUSIVE MODE")
    largest = connection.exec_driver_sql(f"SELECT max(id) FROM {table_name}").scalar()
    return (largest or 0) + 1


def ids_given(connection: Connection, table_name: str) -> None:
    """After rows were written with their ids given: on a server, the table's id sequence
    moves past them, so that it never hands one of them out again (SQLite's next rowid follows
    the largest by itself). By nextval, which needs only the USAGE right the README grants
    editors on the sequences (setval needs UPDATE: every editor's import was refused)."""
    if connection.dialect.name != "sqlite":
        sequence = f"pg_get_serial_sequence('{table_name}', 'id')"
        handed = connection.exec_driver_sql(f"SELECT nextval({sequence})").scalar()
        largest = connection.exec_driver_sql(f"SELECT max(id) FROM {table_name}").scalar()
        if largest is not None and largest > handed:
            connection.exec_driver_sql(
                f"SELECT count(nextval({sequence})) FROM generate_series(1, %s)",
                (largest - handed,))


def insert_prevalidated(
    connection: Connection,
    table_name: str,
    columns: Mapping[str, Sequence[Any]],
    *,
    empty_text_columns: frozenset[str] = frozenset(),
) -> None:
    """One bulk INSERT of rows whose values are already in storage form (cents as integers).

    For large imports only, whose caller has just checked the table's CHECK rules on the
    columns: on SQLite those constraints cost 40 % of such an insert, so they are skipped for
    this one statement (foreign keys and uniqueness still apply). NULLs in
    `empty_text_columns` become ''. When the rows outnumber those already in the table, its
    indexes are dropped and built again afterwards (see _indexes_set_aside). The triggers that
    keep the directory's search index and cluster table in step fire once per row through
    SQLite; for a large insert with its ids given, the insert trigger is dropped for this
    statement and the new rows' search and cluster rows are added in one executemany each
    (_BULK_INDEXERS). On a server the rows go in by one COPY (copy_rows), indexed by the
    statement-level triggers of migration 0014. All of it happens inside the caller's
    transaction: a failure leaves nothing behind.
    """
    size = len(next(iter(columns.values()), ()))
    derived = {name: [value] * size for name, value in _DERIVED_COLUMNS.get(table_name, {}).items()
               if name not in columns}
    columns = {**columns, **derived}
    names = list(columns)
    if connection.dialect.name != "sqlite":
        copy_rows(connection, table_name, names, list(zip(*columns.values())),
                  [name in empty_text_columns for name in names])
        if "id" in columns:
            ids_given(connection, table_name)
        return
    statement, rows = _bulk_insert(table_name, columns, empty_text_columns)
    indexer = _BULK_INDEXERS.get(table_name)
    trigger = None
    if indexer is not None and "id" in columns and len(rows) >= _BULK_ROWS:
        trigger = connection.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ? AND tbl_name = ?",
            (indexer.trigger, table_name)).scalar()
    if indexer is not None and trigger is not None:
        connection.exec_driver_sql(f'DROP TRIGGER "{indexer.trigger}"')
    with ThreadPoolExecutor(max_workers=1) as pool:
        derived = None
        try:
            with _indexes_set_aside(connection, table_name, len(rows)):
                connection.exec_driver_sql("PRAGMA ignore_check_constraints = ON")
                try:
                    connection.exec_driver_sql(statement, rows)
                finally:
                    connection.exec_driver_sql("PRAGMA ignore_check_constraints = OFF")
                # Derived after the insert, not beside it: the insert binds values in Python
                # row by row, and the two would take turns on the interpreter; the index builds
                # on leaving this block do not need it.
                if indexer is not None and trigger is not None:
                    derived = pool.submit(indexer.derive, columns)
        finally:
            if trigger is not None:
                connection.exec_driver_sql(trigger)
        if indexer is not None and derived is not None:
            indexer.write(connection, derived.result())


def _bulk_insert(table_name: str, columns: Mapping[str, Sequence[Any]],
                 empty_text_columns: frozenset[str]) -> tuple[str, list[tuple[Any, ...]]]:
    """The SQLite INSERT of insert_prevalidated and its rows. sqlite3 binds a None or a bool
    through its adapter lookup, at twice the cost of an int or a str: a column holding no
    value at all is written into the statement (NULL, or '' for `empty_text_columns`) rather
    than bound on every row, and True and False are bound as the 1 and 0 SQLite stores for
    them (the 50,000-row benchmark list has three such columns: its executemany 0.30 -> 0.21 s)."""
    size = len(next(iter(columns.values()), ()))
    names, values, bound = [], [], []
    for name, column in columns.items():
        names.append(name)
        if size and column[0] is None and column.count(None) == size:
            values.append("''" if name in empty_text_columns else "NULL")
            continue
        if size and type(column[0]) is bool:
            column = [int(value) if type(value) is bool else value for value in column]
        bound.append(column)
        values.append("coalesce(?, '')" if name in empty_text_columns else "?")
    statement = (f"INSERT INTO {table_name} ({', '.join(names)}) "
                 f"VALUES ({', '.join(values)})")
    return statement, list(zip(*bound)) if bound else [()] * size


def insert_grouped(connection: Connection, table_name: str, names: Sequence[str],
                   grouped: GroupedRows) -> None:
    """Insert the rows of `grouped` into `table_name` (columns `names`, the organisation id's
    first) inside the caller's transaction. On SQLite, when the organisations are a run of ids
    (a bulk insert's), each group's rows go into a temporary table once and one INSERT ...
    SELECT expands them through json_each of the organisations' groups: half the time of an
    executemany of every row (which binds each value in Python). The table's indexes are set
    aside as insert_prevalidated does. Elsewhere, or for scattered ids, one executemany (a
    COPY on a server) of the rows expanded."""
    count = len(grouped)
    if not count:
        return
    if connection.dialect.name != "sqlite":
        copy_rows(connection, table_name, names, grouped.expanded())
        return
    ids = grouped.ids
    first = min(ids)
    span = max(ids) - first + 1
    placeholder = ", ".join("?" * len(names))
    with _indexes_set_aside(connection, table_name, count):
        if span > 2 * len(ids):  # scattered: the list of groups by id would be mostly empty
            connection.exec_driver_sql(
                f"INSERT INTO {table_name} ({', '.join(names)}) VALUES ({placeholder})",
                grouped.expanded())
            return
        if isinstance(ids, range) and ids.step == 1:
            by_position: Sequence[int | None] = grouped.groups
        else:
            by_position = [None] * span
            for organisation_id, group in zip(ids, grouped.groups):
                by_position[organisation_id - first] = group
        values = [f"v{number}" for number in range(1, len(names))]
        connection.exec_driver_sql(
            f"CREATE TEMP TABLE bulk_group_rows (grp INTEGER NOT NULL, {', '.join(values)})")
        try:
            connection.exec_driver_sql(
                "CREATE INDEX temp.bulk_group_rows_grp ON bulk_group_rows (grp)")
            connection.exec_driver_sql(
                f"INSERT INTO temp.bulk_group_rows VALUES ({placeholder})",
                [(group, *row) for group, rows in sorted(grouped.rows.items())
                 for row in rows])
            # CROSS JOIN: the organisations in id order, each looking its group's rows up
            connection.exec_driver_sql(
                f"INSERT INTO {table_name} ({', '.join(names)}) "
                f"SELECT ? + j.key, {', '.join(f'g.{value}' for value in values)} "
                "FROM json_each(?) AS j CROSS JOIN temp.bulk_group_rows AS g "
                "ON g.grp = j.value",
                (first, json.dumps(by_position)))
        finally:
            connection.exec_driver_sql("DROP TABLE temp.bulk_group_rows")


def delete_organisations(connection: Connection, id_ranges: Sequence[Sequence[int]]) -> None:
    """Delete the organisations whose ids lie in `id_ranges` ([first, last] each), with their
    search and cluster rows, inside the caller's transaction (an import's undo).

    On SQLite, for _BULK_ROWS rows or more, the search index's delete trigger is set aside: it
    folds each row's texts through the cp_* functions, one Python call per value, which made
    undoing a 50,000-row import cost 3.7 s. Their cluster links are removed first (see below);
    then the rows' index entries are derived in columns by organisation_search_rows (the one
    home of what the index holds: the values the trigger would remove) and removed with one
    executemany, and their cluster rows with one DELETE. Foreign keys and every other trigger
    apply as usual.

    When the rows to delete outnumber those that stay (the undo of an import into an empty or
    small directory), the index is emptied at once ('delete-all') and the rows that stay are
    indexed again, rather than each row's entries removed one by one (which also leaves the
    index holding a record of every removal until its segments are merged); the tables'
    indexes are set aside the same way (_indexes_set_aside).
    """
    id_ranges = [(int(first), int(last)) for first, last in id_ranges]
    if not id_ranges:
        return
    chunks = [id_ranges[start:start + 400] for start in range(0, len(id_ranges), 400)]

    def where(chunk: list[tuple[int, int]], column: str = "id") -> tuple[str, list[int]]:
        return (" OR ".join(f"{column} BETWEEN ? AND ?" for _ in chunk),
                [bound for pair in chunk for bound in pair])

    placeholder = _PLACEHOLDERS[connection.dialect.paramstyle]
    rows = sum(last - first + 1 for first, last in id_ranges)
    trigger = "organisation_search_bd"
    bulk = connection.dialect.name == "sqlite" and rows >= _BULK_ROWS and (
        connection.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = ? AND tbl_name = ?",
            (trigger, "organisation")).first() is not None)
    if not bulk:
        for chunk in chunks:
            condition, bounds = where(chunk)
            connection.exec_driver_sql(
                f"DELETE FROM organisation WHERE {condition.replace('?', placeholder)}",
                tuple(bounds))
        return
    staying = (connection.exec_driver_sql("SELECT count(*) FROM organisation").scalar()
               or 0) - rows
    # Cluster links first (the cascade would run their triggers after the index entries below
    # are gone): without their triggers, the links of members that go, whose rows would only be
    # rewritten to be deleted; then, with them, the links left, whose members stay and have
    # their `clusters` and index entries rewritten. What is read next is what the index holds.
    with trigger_set_aside(connection, "cluster_membership_ad"), _indexes_set_aside(
            connection, "cluster_membership", rows, deleting=True):
        for chunk in chunks:
            condition, bounds = where(chunk, "organisation_id")
            connection.exec_driver_sql(
                f"DELETE FROM cluster_membership WHERE {condition}", tuple(bounds))
    for chunk in chunks:
        condition, bounds = where(chunk, "cluster_id")
        connection.exec_driver_sql(
            f"DELETE FROM cluster_membership WHERE {condition}", tuple(bounds))
    reindex = staying < rows
    with _indexes_set_aside(connection, "organisation_cluster", rows, deleting=True):
        for chunk in chunks:
            if not reindex:
                _remove_from_search_index(connection, *where(chunk))
            condition, bounds = where(chunk, "organisation_id")
            connection.exec_driver_sql(
                f"DELETE FROM organisation_cluster WHERE {condition}", tuple(bounds))
    with trigger_set_aside(connection, trigger), _indexes_set_aside(
            connection, "organisation", rows, deleting=True):
        for chunk in chunks:
            condition, bounds = where(chunk)
            connection.exec_driver_sql(f"DELETE FROM organisation WHERE {condition}",
                                       tuple(bounds))
    if reindex:
        connection.exec_driver_sql(
            "INSERT INTO organisation_fts (organisation_fts) VALUES ('delete-all')")
        _add_to_search_index(connection)


def _search_rows_of(connection: Connection, condition: str = "", bounds: Sequence[int] = ()
                    ) -> list[tuple[Any, ...]]:
    """The search index's rows (organisation_search_rows) of the organisations that meet
    `condition` (all when none), read in columns."""
    found = connection.exec_driver_sql(
        f"SELECT {', '.join(SEARCH_SOURCE_COLUMNS)} FROM organisation"
        + (f" WHERE {condition}" if condition else ""), tuple(bounds)).all()
    if not found:
        return []
    columns = {name: list(values) for name, values in zip(SEARCH_SOURCE_COLUMNS, zip(*found))}
    return organisation_search_rows(columns, clusters=False)[0]


def _remove_from_search_index(connection: Connection, condition: str, bounds: Sequence[int]
                              ) -> None:
    """Remove the index entries of the organisations that meet `condition`: the values the
    index holds for them, which FTS5 must be told for an external-content table."""
    search_rows = _search_rows_of(connection, condition, bounds)
    if search_rows:
        connection.exec_driver_sql(
            "INSERT INTO organisation_fts (organisation_fts, rowid, name, ids, place, notes) "
            "VALUES ('delete', ?, ?, ?, ?, ?)", search_rows)


def _add_to_search_index(connection: Connection) -> None:
    """Index every organisation again, into an index just emptied ('delete-all')."""
    search_rows = _search_rows_of(connection)
    if search_rows:
        connection.exec_driver_sql(
            "INSERT INTO organisation_fts (rowid, name, ids, place, notes) "
            "VALUES (?, ?, ?, ?, ?)", search_rows)


@contextmanager
def trigger_set_aside(connection: Connection, name: str) -> Iterator[None]:
    """Run the statements inside without the SQLite trigger `name`, for a bulk writer that
    does what it does itself (see _BulkIndexer); it is created again from its own stored
    definition afterwards, in the same transaction, even when a statement fails. Elsewhere
    (PostgreSQL), and when the schema has no such trigger, the statements run as they are."""
    definition = None
    if connection.dialect.name == "sqlite":
        definition = connection.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (name,)).scalar()
    if definition is not None:
        connection.exec_driver_sql(f'DROP TRIGGER "{name}"')
    try:
        yield
    finally:
        if definition is not None:
            connection.exec_driver_sql(definition)


@contextmanager
def _indexes_set_aside(connection: Connection, table_name: str, new_rows: int, *,
                       deleting: bool = False) -> Iterator[None]:
    """When `new_rows` outnumber the rows already in the table (`deleting`: the rows that stay
    once they are gone), drop its indexes for the insert (delete) inside and build them again
    afterwards, from their own stored definitions and in the same transaction: building an
    index from sorted rows is cheaper than inserting (removing) each row into it (a unique
    index still refuses a duplicate, when it is built)."""
    existing = connection.exec_driver_sql(f"SELECT count(*) FROM {table_name}").scalar() or 0
    if deleting:
        existing -= new_rows
    dropped = [] if existing >= new_rows else list(connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
        "AND sql IS NOT NULL", (table_name,)))
    for name, _ in dropped:
        connection.exec_driver_sql(f'DROP INDEX "{name}"')
    try:
        yield
    finally:
        for _, definition in dropped:
            connection.exec_driver_sql(definition)


def backup_path_for(path: Path, revision: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.stem}.before-upgrade-{revision}-{stamp}{path.suffix or '.cpw'}")


@contextmanager
def holding_for_replacement(path: Path) -> Iterator[None]:
    """Hold `path` against every other user while it is replaced, or refuse: nothing replaces
    a file that someone holds.

    Two locks are taken: this app's own (an editor elsewhere) and SQLite's exclusive lock (any
    program reading or writing through SQLite), waiting up to the busy timeout for the latter.
    The exclusive lock also makes SQLite undo an interrupted write first, so no journal of the
    old file is left to be mistaken for one of the new file. A missing path is held trivially.
    """
    lock = _FileLock(path)
    try:
        lock.acquire()
    except FileNotFoundError:
        yield
        return
    except OSError as error:
        raise WorkspaceLocked(path, IN_USE) from error
    connection: sqlite3.Connection | None = None
    try:
        if _starts_like_sqlite(path):
            connection = _exclusive_connection(path)
        journal = _journal_path(path)
        if connection is not None and journal.exists():
            journal.unlink()  # not hot (SQLite has just had its chance to roll it back): stale
        if connection is not None and sys.platform.startswith("win"):
            # Windows cannot rename over an open file: checked, not held, through the swap.
            connection.close()
            connection = None
        yield
    finally:
        if connection is not None:
            connection.close()
        lock.release()


def _starts_like_sqlite(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def _exclusive_connection(path: Path) -> sqlite3.Connection | None:
    """A connection holding SQLite's exclusive lock on `path`; None when SQLite cannot use the
    file at all (damaged, read-only): then no program holds it through SQLite either."""
    try:
        connection = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=rw", uri=True, timeout=BUSY_TIMEOUT_SECONDS,
            isolation_level=None,
        )
    except sqlite3.Error:
        return None
    try:
        connection.execute("BEGIN EXCLUSIVE")
    except sqlite3.Error as error:
        connection.close()
        problem = environment_error(error, path)
        if isinstance(problem, WorkspaceLocked):
            raise problem from error
        return None
    return connection


def copy_database(source: sqlite3.Connection, destination: Path) -> None:
    """Copy with SQLite's backup API (consistent while open) to a temp name, then swap it in
    (only when nobody holds the file it replaces)."""
    destination = destination.resolve()
    temp_path = new_temp_beside(destination)
    try:
        target = sqlite3.connect(temp_path)
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
        with holding_for_replacement(destination):
            replace_durably(temp_path, destination)
    except BaseException:
        temp_path.unlink(missing_ok=True)
        raise


# --- the workspace ----------------------------------------------------------------------------


def _check_new_path(path: Path, overwrite: bool) -> None:
    if path.is_dir():
        raise WorkspaceError(path, "is a folder; give a file name for the new workspace")
    if path.exists() and not overwrite:
        raise WorkspaceError(path, "already exists; choose another name")
    if not path.parent.is_dir():
        raise WorkspaceError(path, "the folder does not exist")



class _ServerSession(Session):
    """A team workspace's session: a server gone away, or a role refused, during a read is
    the WorkspaceError an edit gets ("cannot reach the server ..."), which the window shows as
    a workspace problem, not the psycopg error its crash dialog would."""

    def __exit__(self, kind: Any, error: Any, trace: Any) -> None:
        super().__exit__(kind, error, trace)
        if isinstance(error, DBAPIError):
            problem = environment_error(error, self.info["where"])
            if problem is not None:
                raise problem from error


class Workspace:
    """An open workspace: an engine, a session factory and (when editing) the lock."""

    def __init__(self, path: Path, engine: Engine, read_only: bool, lock: _FileLock | None,
                 *, server_url: str | None = None):
        self.path = path
        self.engine = engine
        self.read_only = read_only
        # a team workspace: its address without a password (None: a file)
        self.server_url = server_url
        # why a workspace asked for editing opened read-only ("" when it did not)
        self.read_only_reason = ""
        self._lock = lock
        self.sessions: sessionmaker[Session] = sessionmaker(
            engine, expire_on_commit=False,
            class_=Session if server_url is None else _ServerSession, info={"where": server_url})
        self._reader: sessionmaker[Session] | None = None  # see read_sessions
        self.backup_made: Path | None = None
        self._private_folder: Path | None = None  # see _open_recovered_copy
        # the whole-file damage check still to run (a large file opened after the cheap
        # check), the file it reads, and the damage it found (see `verify`)
        self._check_pending = False
        self._checked_path = path
        self._damage: NotAWorkspace | None = None
        self._check_lock = threading.Lock()

    @property
    def name(self) -> str:
        if self.server_url is not None:
            from consortium_planner.postgres import database_name

            return database_name(self.server_url)
        return self.path.stem

    @property
    def location(self) -> str:
        """What names the workspace for the user and the recent files: the file's path, or
        the server's address without a password."""
        return self.server_url if self.server_url is not None else str(self.path)

    @property
    def is_server(self) -> bool:
        return self.server_url is not None

    @property
    def fully_checked(self) -> bool:
        """Whether the whole file has passed the damage check (see FULL_CHECK_BYTES)."""
        return not self._check_pending and self._damage is None

    def verify(self) -> None:
        """Check the whole file for damage once (a large file opened after the cheap check):
        NotAWorkspace when damaged, then and on every later call. Thread-safe: the window runs
        it on a worker thread after opening; `transaction` runs it (or waits for it) before the
        first write."""
        with self._check_lock:
            if self._damage is not None:
                raise NotAWorkspace(self.path, self._damage.template, **self._damage.params)
            if not self._check_pending:
                return
            try:
                check_whole_file(self._checked_path)
            except NotAWorkspace as error:
                self._damage = error
                raise NotAWorkspace(self.path, error.template, **error.params) from error
            self._check_pending = False

    def require_writable(self, to_do: str) -> None:
        """Refuse a change to a workspace opened read-only; `to_do` ends the sentence: "open it
        for editing to <to_do>"."""
        if self.read_only and self.read_only_reason:
            raise ReadOnlyWorkspace(self.location, "{reason}; you cannot {to_do}.",
                                    reason=Phrase(self.read_only_reason), to_do=Phrase(to_do))
        if self.read_only:
            raise ReadOnlyWorkspace(
                self.path, "is open read-only; open it for editing to {to_do}.",
                to_do=Phrase(to_do))

    @classmethod
    def create(cls, path: Path | str, *, overwrite: bool = False) -> Workspace:
        """A new, empty workspace at `path`; refuses to replace a file unless told to."""
        with cls.building(path, overwrite=overwrite):
            pass
        return cls.open(path)

    @classmethod
    @contextmanager
    def building(cls, path: Path | str, *, overwrite: bool = False) -> Iterator[Workspace]:
        """A new workspace, filled inside the `with` block, that becomes `path` only when the
        block ends without error.

        It is built under a temporary name beside `path`, written to disk, then swapped in with
        one rename while nobody holds the old file. An interrupted or failed build (an error,
        a kill, a power cut) leaves the old file exactly as it was.
        """
        if is_server_url(path):
            raise WorkspaceError(path, "is a server: create its workspace with "
                                 "'consortium-planner init-server ADDRESS'")
        path = Path(path)
        _check_new_path(path, overwrite)
        if overwrite:
            with holding_for_replacement(path):
                pass  # refuse at once, before the work, when someone holds the file
        try:
            temp_path = new_temp_beside(path)
        except OSError as error:
            raise WorkspaceError(path, "cannot be created ({reason})",
                                 reason=error.strerror) from error
        try:
            try:
                connection = sqlite3.connect(temp_path)
                connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                connection.commit()
                connection.close()
            except sqlite3.Error as error:
                raise WorkspaceError(path, "cannot be created ({reason})",
                                         reason=str(error)) from error
            with cls.open(temp_path) as workspace:
                yield workspace
            with holding_for_replacement(path):
                if not overwrite and path.exists():
                    raise WorkspaceError(path, "already exists; choose another name")
                try:
                    replace_durably(temp_path, path)
                except OSError as error:
                    raise WorkspaceError(
                        path, "cannot be replaced ({reason})", reason=error.strerror
                    ) from error
        except BaseException:
            temp_path.unlink(missing_ok=True)
            _journal_path(temp_path).unlink(missing_ok=True)
            raise

    @classmethod
    def open(cls, path: Path | str, *, read_only: bool = False) -> Workspace:
        """Open for editing (locked) or read-only; migrate an older file after a backup.
        A `postgresql://` address opens a team workspace on a server (`_open_server`)."""
        if is_server_url(path):
            return cls._open_server(str(path), read_only=read_only)
        path = Path(path)
        if path.is_dir():
            raise WorkspaceError(path, "is a folder, not a workspace file")
        if not path.is_file():
            raise WorkspaceError(path, "no such workspace file")
        try:
            state = inspect_file(path, read_only=read_only)
        except InterruptedWrite:
            if not read_only:
                raise
            return cls._open_recovered_copy(path)
        if state.revision is not None and state.revision not in SCHEMA_REVISIONS:
            raise WorkspaceTooNew(
                path,
                "was written by a newer version of Consortium Planner (schema "
                "{revision}); update the app to open it", revision=state.revision,
            )
        lock = None
        if not read_only:
            lock = _FileLock(path)
            try:
                lock.acquire()
            except OSError as error:
                raise WorkspaceLocked(
                    path, "is already open for editing in another window or program; "
                    "open it read-only or close it there first"
                ) from error
        try:
            if state.revision is None and read_only:  # no tables: nothing to upgrade
                raise WorkspaceError(
                    path, "is empty: it holds no workspace yet; create it again with 'new' "
                    "(or 'demo'), or open it for editing to start from an empty workspace"
                )
            if state.revision != SCHEMA_HEAD and read_only:
                raise WorkspaceError(
                    path, "uses an older format; open it for editing once to upgrade it"
                )
            engine = _make_engine(path, read_only)
            workspace = cls(path, engine, read_only, lock)
            workspace._check_pending = not state.fully_checked
            if state.revision != SCHEMA_HEAD:
                workspace.verify()  # a migration writes: the whole file first
                if state.revision is not None:
                    backup = backup_path_for(path, state.revision)
                    shutil.copy2(path, backup)
                    workspace.backup_made = backup
                    log.info("upgrading %s from schema %s; backup at %s", path, state.revision,
                             backup)
                _run_migrations(engine)
            elif not read_only:
                _clear_stale_journal(engine, path)
        except BaseException as error:
            if lock is not None:
                lock.release()
            problem = environment_error(error, path)
            if problem is not None:
                raise problem from error
            raise
        return workspace

    @classmethod
    def _open_server(cls, url: str, *, read_only: bool = False, create: bool = False
                     ) -> Workspace:
        """A team workspace on a PostgreSQL server. No lock: the server lets many edit at once.
        A role that may only read gets a read-only workspace that says why. `create`
        (init-server) makes the schema in an empty database; otherwise an empty database is
        refused, and an older schema is upgraded by an editor (in one transaction: PostgreSQL
        rolls back a failed migration whole, so no backup copy is needed)."""
        from consortium_planner import postgres

        try:
            shown = postgres.public_url(url)
        except ValueError as error:
            raise WorkspaceError(url, str(error)) from error
        engine = postgres.make_engine(url)
        try:
            with engine.connect() as connection:
                revision = _server_revision(connection, shown)
                writable = postgres.may_write(connection) if revision is not None else True
            if revision is not None and revision not in SCHEMA_REVISIONS:
                raise WorkspaceTooNew(shown, "was written by a newer version of Consortium "
                                             "Planner (schema {revision}); update the app",
                                      revision=revision)
            if revision is None and not create:
                raise WorkspaceError(shown, "holds no workspace yet; create it with "
                                            "'consortium-planner init-server ADDRESS'")
            if revision != SCHEMA_HEAD:
                if read_only or not writable:
                    raise WorkspaceError(shown, "uses an older schema; its owner or an editor "
                                                "must open it once to upgrade it")
                log.info("upgrading %s from schema %s", shown, revision)
                _run_migrations(engine)
            reason = "" if writable else Phrase(
                "your database role may only read this workspace")
        except BaseException as error:
            engine.dispose()
            problem = environment_error(error, shown)
            if problem is not None:
                raise problem from error
            raise
        workspace = cls(Path(postgres.database_name(url)), engine, read_only or bool(reason),
                        None, server_url=shown)
        workspace.read_only_reason = reason
        return workspace

    @classmethod
    def init_server(cls, url: str) -> Workspace:
        """Create (or upgrade) the workspace schema in a server's database."""
        return cls._open_server(url, create=True)

    def save_copy(self, destination: Path | str) -> Path:
        """A consistent copy of the workspace, even while it is open and being edited."""
        destination = Path(destination)
        if self.is_server:  # the copy service (services/workspace_copy) copies a server
            raise WorkspaceError(self.location, "is a team workspace: copy it to a file with "
                                 "'consortium-planner copy ADDRESS FILE'")
        if destination.resolve() == self.path.resolve():
            raise WorkspaceError(destination, "is the open workspace itself; choose another name")
        raw = self.engine.raw_connection()
        try:
            copy_database(raw.driver_connection, destination)  # type: ignore[arg-type]
        except sqlite3.Error as error:
            raise environment_error(error, destination) or WorkspaceError(
                destination, "could not be written ({reason})", reason=str(error)
            ) from error
        except OSError as error:
            raise WorkspaceError(destination, "could not be written ({reason})",
                                 reason=error.strerror) from error
        finally:
            raw.close()
        return destination

    @classmethod
    def _open_recovered_copy(cls, path: Path) -> Workspace:
        """Read-only, where a crashed writer's change cannot be undone in place (no write
        access): read a private copy of the file and its journal, with the change undone there.
        The file itself is left as it is; the copy goes when the workspace is closed."""
        folder = Path(tempfile.mkdtemp(prefix="consortium-planner-"))
        try:
            copy = folder / path.name
            shutil.copyfile(path, copy)
            shutil.copyfile(_journal_path(path), _journal_path(copy))
            _recover_interrupted_write(copy)
            state = inspect_file(copy, read_only=True)
            if state.revision != SCHEMA_HEAD:
                raise WorkspaceError(path, INTERRUPTED_WRITE)
            workspace = cls(path, _make_engine(copy, read_only=True), True, None)
            workspace._check_pending = not state.fully_checked
            workspace._checked_path = copy
        except OSError as error:
            shutil.rmtree(folder, ignore_errors=True)
            raise WorkspaceError(path, INTERRUPTED_WRITE) from error
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        workspace._private_folder = folder
        log.info("%s: reading a copy with an interrupted write undone", path)
        return workspace

    def read_sessions(self) -> sessionmaker[Session]:
        """Sessions on read-only connections of their own, which begin with a plain BEGIN: for
        reads on a worker thread (the directory's search as you type), which must not hold the
        write lock that `sessions` takes (BEGIN IMMEDIATE) and so hold up the window's own reads."""
        if self.read_only or self.is_server:  # a server's readers never wait for a writer
            return self.sessions
        if self._reader is None:
            self._reader = sessionmaker(_make_engine(self.path, read_only=True),
                                        expire_on_commit=False)
        return self._reader

    def close(self) -> None:
        """Release every connection (so no journal is left) and the lock."""
        self.engine.dispose()
        if self._reader is not None:
            self._reader.kw["bind"].dispose()
            self._reader = None
        if self._private_folder is not None:
            shutil.rmtree(self._private_folder, ignore_errors=True)
            self._private_folder = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user intention, one transaction: commits, or rolls back on any exception.
        Nothing is written to a file that has not passed the whole damage check (`verify`)."""
        self.verify()
        try:
            with self.sessions.begin() as session:
                if self.is_server:
                    lock_wait(session.connection())
                yield session
        except DBAPIError as error:
            problem = environment_error(error, self.location)
            if problem is not None:
                raise problem from error
            raise
