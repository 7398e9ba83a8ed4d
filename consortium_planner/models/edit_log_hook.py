"""The edit log: who changed what and when, written in the transaction of the change.

It lives beside the models (models/__init__ imports it): whatever writes through a `Session`
on these models is logged, with no service left out; services/edit_log.py is its face to the
services, the window and the command line.

One home: a hook on every SQLAlchemy `Session` collects each flush's attribute history (rows
added, fields changed, rows removed) and writes the entries just before the transaction commits,
so a change rolled back leaves no entry. Writes that bypass the ORM (Core inserts, updates and
deletes: removing and restoring rows, renumbering, list fields) add their entries through
`record_*` here, in the same transaction.

What one transaction writes is then shaped into entries a person can read:
- an import (a transaction that adds an `import_batch` row) is one entry: the file and its
  counts, not one entry per imported row;
- a new project (created, copied, restored) is one entry with the count of rows it came with,
  and a project removed with its rows (a project file loaded over it) one with those it took;
- a row added and then given its values in the same transaction is one "insert" entry.

Values are text as stored: money and person-months in cents (hundredths), enums by value, dates
in ISO form; a row's own time stamps and version are left out (each entry has its time). `marked("undo")` / `marked("redo")` marks what an undo or redo writes.

On PostgreSQL the same commit sends a notification (`pg_notify`, delivered on commit), which the
change feed (services/change_feed.py) of every other window listens to.
"""

from __future__ import annotations

import enum
import getpass
import json
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy import Column, DateTime, Engine, Select, TypeDecorator, event, func, insert, inspect, select, text
from sqlalchemy.orm import Session
from sqlalchemy.orm.properties import ColumnProperty, RelationshipProperty

from consortium_planner.models.base import Base
from consortium_planner.models.edit_log import EditLogEntry

NOTIFY_CHANNEL = "consortium_planner_changes"
INSERT, UPDATE, DELETE, IMPORT = "insert", "update", "delete", "import"
UNDO, REDO = "undo", "redo"
_TABLE = EditLogEntry.__table__
_PENDING = "edit_log_pending"  # Session.info key: the entries the open transaction collected
_WRITTEN = "edit_log_written"  # Session.info key: (engine, ids) of the entries it wrote
_OWNERS = "edit_log_owners"  # Session.info key: the owners read in the open transaction
# per engine: the entries it committed (SQLite), the source it names in notifications (PostgreSQL)
_OWN: WeakKeyDictionary[Engine, set[int]] = WeakKeyDictionary()
_SOURCES: WeakKeyDictionary[Engine, str] = WeakKeyDictionary()
_BATCH_COUNTS = ("kind", "rows_read", "created", "updated", "unchanged", "skipped")
_LONG_TEXT = 200  # a row's values in an insert or delete entry are cut to this many characters
_MARK: ContextVar[str] = ContextVar("edit_log_mark", default="")


@contextmanager
def marked(mark: str) -> Iterator[None]:
    """Mark every entry written inside the block ("undo" or "redo")."""
    token = _MARK.set(mark)
    try:
        yield
    finally:
        _MARK.reset(token)


# -- values as text ---------------------------------------------------------------------------------


def value_text(column: Column[Any] | None, value: Any, dialect: Any = None) -> str | None:
    """A value as the database stores it, as text: cents for money, an enum's value."""
    if value is None:
        return None
    if column is not None and isinstance(column.type, TypeDecorator):
        value = column.type.process_bind_param(value, dialect)
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, (list, tuple)):
        return json.dumps([value_text(None, item) for item in value], ensure_ascii=False)
    return str(value)


def _bookkeeping(column: Column[Any]) -> bool:
    """A row's own time stamps (created, updated, imported, taken at), which the log's entries
    say themselves, and its version (models/base.Versioned), which every write bumps: left out."""
    return isinstance(column.type, DateTime) or column.name == "version"


def _row_text(table_name: str, values: Mapping[str, Any]) -> str:
    """A row's values as compact JSON (long texts cut), for an insert or delete entry."""
    table = Base.metadata.tables.get(table_name)
    shown: dict[str, str | None] = {}
    for name, value in values.items():
        column = table.c.get(name) if table is not None else None
        if column is None or _bookkeeping(column):
            continue
        as_text = value_text(column, value)
        if as_text is not None and len(as_text) > _LONG_TEXT:
            as_text = as_text[:_LONG_TEXT] + "…"
        shown[name] = as_text
    return json.dumps(shown, ensure_ascii=False, sort_keys=True)


# -- which project and organisation a row belongs to --------------------------------------------------


def _scalar_row(session: Session, statement: Select[Any]) -> tuple[Any, ...] | None:
    row = session.connection().execute(statement).first()
    return tuple(row) if row is not None else None


def _owner_of(session: Session, table_name: str, row_id: int) -> tuple[Any, ...] | None:
    """(project id[, organisation id]) of a participant or work package, read once per
    transaction (a copied project's effort cells all ask about the same few rows)."""
    cache: dict[tuple[str, int], tuple[Any, ...] | None] = session.info.setdefault(_OWNERS, {})
    key = (table_name, row_id)
    if key not in cache:
        table = Base.metadata.tables[table_name]
        columns = [table.c.project_id] + (
            [table.c.organisation_id] if table_name == "participant" else [])
        cache[key] = _scalar_row(session, select(*columns).where(table.c.id == row_id))
    return cache[key]


def owners(session: Session, table_name: str, values: Mapping[str, Any]
           ) -> tuple[int | None, int | None]:
    """(project id, organisation id) a row of `table_name` with `values` belongs to."""
    if table_name == "project":
        return values.get("id"), None
    if table_name == "organisation":
        return None, values.get("id")
    project_id = values.get("project_id") if table_name != "eu_participation" else None
    organisation_id = values.get("organisation_id")
    if values.get("participant_id") is not None:
        found = _owner_of(session, "participant", values["participant_id"])
        if found is not None:
            project_id, organisation_id = found
    elif project_id is None and values.get("work_package_id") is not None:
        found = _owner_of(session, "work_package", values["work_package_id"])
        project_id = found[0] if found is not None else None
    return project_id, organisation_id


# -- collecting ---------------------------------------------------------------------------------------


def _pending(session: Session) -> list[dict[str, Any]]:
    return session.info.setdefault(_PENDING, [])


def _entry(session: Session, action: str, table_name: str, row_id: Any,
           values: Mapping[str, Any], **fields: Any) -> dict[str, Any]:
    project_id, organisation_id = owners(session, table_name, values)
    table = Base.metadata.tables.get(table_name)
    if not isinstance(row_id, int) and table is not None and "detail" not in fields:
        # a row without an id of its own (an effort cell): its key says which
        key = {column.name: values.get(column.name) for column in table.primary_key.columns}
        fields["detail"] = json.dumps(key, sort_keys=True)
    return {"action": action, "mark": _MARK.get(), "table_name": table_name,
            "row_id": row_id if isinstance(row_id, int) else None,
            "project_id": project_id, "organisation_id": organisation_id,
            "field": None, "old_value": None, "new_value": None, "file_name": None,
            "detail": None, **fields}


def _loaded(state: Any) -> dict[str, Any]:
    """The loaded column values of an ORM object by column name (no SQL)."""
    return {prop.columns[0].name: state.dict[prop.key]
            for prop in state.mapper.column_attrs if prop.key in state.dict}


@event.listens_for(Session, "after_flush")
def _collect(session: Session, _context: Any) -> None:
    """Each flush: rows added, fields changed, rows removed (attribute history still holds
    what the flush wrote)."""
    pending = _pending(session)
    for obj in session.new:
        state = inspect(obj)
        table_name = state.mapper.local_table.name
        pending.append(_entry(session, INSERT, table_name, getattr(obj, "id", None),
                              _loaded(state), obj=obj))
    for obj in session.dirty:
        if not session.is_modified(obj):
            continue
        state = inspect(obj)
        values = _loaded(state)
        table_name = state.mapper.local_table.name
        for prop in state.mapper.attrs:
            if isinstance(prop, ColumnProperty):
                column = prop.columns[0]
                history = state.attrs[prop.key].history
                if not history.has_changes() or _bookkeeping(column):
                    continue
                old = history.deleted[0] if history.deleted else None
                new = history.added[0] if history.added else None
                if value_text(column, old) == value_text(column, new):
                    continue
                pending.append(_entry(
                    session, UPDATE, table_name, values.get("id"), values, field=column.name,
                    old_value=value_text(column, old), new_value=value_text(column, new)))
            elif isinstance(prop, RelationshipProperty) and prop.secondary is not None:
                history = state.attrs[prop.key].history
                if not (history.added or history.deleted):
                    continue
                kept = [item.id for item in history.unchanged]
                pending.append(_entry(
                    session, UPDATE, table_name, values.get("id"), values, field=prop.key,
                    old_value=value_text(None, sorted(kept + [i.id for i in history.deleted])),
                    new_value=value_text(None, sorted(kept + [i.id for i in history.added]))))
    pending.extend(_removal(session, obj) for obj in session.deleted)


def _removal(session: Session, obj: Any) -> dict[str, Any]:
    """The entry of an ORM row removed: its values as they were."""
    state = inspect(obj)
    values = _loaded(state)
    table_name = state.mapper.local_table.name
    return _entry(session, DELETE, table_name, values.get("id"), values,
                  old_value=_row_text(table_name, values))


def record_removed(session: Session, rows: Iterable[Any]) -> None:
    """ORM rows about to be removed by a Core delete (their children go with them)."""
    _pending(session).extend(_removal(session, row) for row in rows)


def record_deleted(session: Session, table_name: str, rows: Iterable[Mapping[str, Any]]) -> None:
    """Rows removed by a Core delete, given as their values (a duplicate merged away)."""
    pending = _pending(session)
    for values in rows:
        pending.append(_entry(session, DELETE, table_name, values.get("id"), values,
                              old_value=_row_text(table_name, values)))


def record_inserted(session: Session, table_name: str, rows: Iterable[Mapping[str, Any]]) -> None:
    """Rows put back by a Core insert (an undone removal)."""
    pending = _pending(session)
    for values in rows:
        pending.append(_entry(session, INSERT, table_name, values.get("id"), values,
                              new_value=_row_text(table_name, values)))


def record_update(session: Session, table_name: str, row_id: int, field: str, old: Any,
                  new: Any) -> None:
    """A field changed by a Core update (a number, a list of links)."""
    table = Base.metadata.tables[table_name]
    column = table.c.get(field)  # None for a list of links ("nace_codes")
    old_text, new_text = value_text(column, old), value_text(column, new)
    if old_text == new_text:
        return
    row = _scalar_row(session, select(table).where(table.c.id == row_id))
    values = dict(zip(table.c.keys(), row, strict=True)) if row is not None else {"id": row_id}
    _pending(session).append(_entry(session, UPDATE, table_name, row_id, values, field=field,
                                    old_value=old_text, new_value=new_text))


# -- writing ------------------------------------------------------------------------------------------


def _user(session: Session) -> str:
    """The database user on a server; the login name on a file."""
    if session.get_bind().dialect.name == "postgresql":
        return str(session.connection().execute(text("SELECT current_user")).scalar())
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name in the environment or the password file
        return "unknown"


def _shaped(entries: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The transaction's entries as a person reads them (see the module's docstring)."""
    batches = [entry for entry in entries
               if entry["table_name"] == "import_batch" and entry["action"] == INSERT]
    if batches:
        return [_import_entry(entry) for entry in batches]
    taken_back = [entry for entry in entries
                  if entry["table_name"] == "import_batch" and entry["action"] == DELETE]
    if taken_back:  # an import undone: its batch goes, with what it wrote
        return [_taken_back_entry(entry) for entry in taken_back]
    inserted = {(entry["table_name"], entry["row_id"]) for entry in entries
                if entry["action"] == INSERT}
    # a project added or removed whole: its rows are counted in its entry
    whole = {(entry["action"], entry["row_id"]) for entry in entries
             if entry["action"] in (INSERT, DELETE) and entry["table_name"] == "project"}
    rows_of: dict[tuple[str, int], dict[str, int]] = {}
    shaped = []
    for entry in entries:
        key = (entry["table_name"], entry["row_id"])
        if entry["action"] == UPDATE and key in inserted:
            continue  # its values are in the insert's entry
        project = (entry["action"], entry["project_id"])
        if project in whole and entry["table_name"] != "project":
            counts = rows_of.setdefault(project, {})
            counts[entry["table_name"]] = counts.get(entry["table_name"], 0) + 1
            continue
        shaped.append(entry)
    for entry in shaped:
        obj = entry.pop("obj", None)
        if obj is not None:
            entry["new_value"] = _row_text(entry["table_name"], _loaded(inspect(obj)))
        if entry["table_name"] == "project":
            counts = rows_of.get((entry["action"], entry["row_id"]))
            if counts:
                entry["detail"] = json.dumps(counts, sort_keys=True)
    return shaped


def _import_entry(entry: dict[str, Any]) -> dict[str, Any]:
    batch = _loaded(inspect(entry.pop("obj")))
    counts = {name: batch.get(name) for name in _BATCH_COUNTS}
    return {**entry, "action": IMPORT, "file_name": batch.get("file_name"),
            "detail": json.dumps(counts, sort_keys=True)}


def _taken_back_entry(entry: dict[str, Any]) -> dict[str, Any]:
    batch = json.loads(entry["old_value"] or "{}")
    counts: dict[str, Any] = {"taken_back": True}
    for name in _BATCH_COUNTS:
        value = batch.get(name)
        counts[name] = int(value) if name != "kind" and value is not None else value
    return {**entry, "action": IMPORT, "file_name": batch.get("file_name"), "old_value": None,
            "detail": json.dumps(counts, sort_keys=True)}


@event.listens_for(Session, "before_commit")
def _write(session: Session) -> None:
    """Write the collected entries (and, on PostgreSQL, tell the other windows) just before
    the commit, in its transaction."""
    if session.new or session.dirty or session.deleted:
        session.flush()  # the commit would flush after this event: collect that flush too
    session.info.pop(_OWNERS, None)
    entries = session.info.pop(_PENDING, None)
    if not entries:
        return
    shaped = _shaped(entries)
    now = datetime.now(UTC).replace(tzinfo=None)
    user = _user(session)
    connection = session.connection()
    connection.execute(insert(_TABLE), [{**entry, "at": now, "user_name": user}
                                        for entry in shaped])
    engine = connection.engine
    if connection.dialect.name == "postgresql":
        connection.execute(select(func.pg_notify(NOTIFY_CHANNEL,
                                                 notice(shaped, source_of(engine)))))
    else:  # the writer holds the file's lock: this transaction's entries are the newest ids
        last = connection.execute(select(func.max(_TABLE.c.id))).scalar_one()
        session.info[_WRITTEN] = (engine, range(last - len(shaped) + 1, last + 1))


@event.listens_for(Session, "after_commit")
def _committed(session: Session) -> None:
    written = session.info.pop(_WRITTEN, None)
    if written is not None:
        engine, ids = written
        _OWN.setdefault(engine, set()).update(ids)


def source_of(engine: Engine) -> str:
    """Who wrote a notification: this engine of this process (its own feed leaves it out)."""
    return _SOURCES.setdefault(engine, uuid.uuid4().hex)


def own_entries(engine: Engine) -> set[int]:
    """The ids of the entries committed through `engine` (SQLite: its feed leaves them out)."""
    return _OWN.get(engine, set())


def notice(entries: Sequence[Mapping[str, Any]], source: str = "") -> str:
    """What a notification says (well under PostgreSQL's 8000 bytes): who sent it, the projects
    and whether the directory changed, for the other windows to reload only what they show."""
    projects = sorted({entry["project_id"] for entry in entries
                       if entry["project_id"] is not None})
    directory = any(entry["project_id"] is None for entry in entries)
    if len(projects) > 50:
        projects, directory = [], True
    return json.dumps({"source": source, "projects": projects, "directory": directory})


@event.listens_for(Session, "after_rollback")
def _forget(session: Session) -> None:
    for key in (_PENDING, _WRITTEN, _OWNERS):
        session.info.pop(key, None)


@event.listens_for(Session, "after_soft_rollback")
def _forget_soft(session: Session, _previous: Any) -> None:
    for key in (_PENDING, _WRITTEN, _OWNERS):
        session.info.pop(key, None)


# -- reading ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    """One entry as the History page and `consortium-planner history` show it."""

    id: int
    at: datetime
    user_name: str
    action: str
    mark: str
    table_name: str
    row_id: int | None
    field: str | None
    old_value: str | None
    new_value: str | None
    project_id: int | None
    organisation_id: int | None
    file_name: str | None
    detail: str | None

    def as_json(self) -> dict[str, Any]:
        return {**{name: getattr(self, name) for name in self.__dataclass_fields__},
                "at": self.at.isoformat() + "Z"}


def entries(session: Session, *, project_id: int | None = None,
            organisation_id: int | None = None, limit: int = 100, before_id: int | None = None
            ) -> list[Entry]:
    """The newest entries first, of a project and/or an organisation (both given: either);
    `before_id` pages back from an entry."""
    statement = select(_TABLE).order_by(_TABLE.c.id.desc()).limit(limit)
    if project_id is not None and organisation_id is not None:
        statement = statement.where((_TABLE.c.project_id == project_id)
                                    | (_TABLE.c.organisation_id == organisation_id))
    elif project_id is not None:
        statement = statement.where(_TABLE.c.project_id == project_id)
    elif organisation_id is not None:
        statement = statement.where(_TABLE.c.organisation_id == organisation_id)
    if before_id is not None:
        statement = statement.where(_TABLE.c.id < before_id)
    return [Entry(**row) for row in session.execute(statement).mappings()]
