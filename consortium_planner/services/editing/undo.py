"""What a removal destroys, read from the models' foreign keys, and how it is put back.

Removing a row lets the database act on every foreign key that points at it, by its `ondelete`:
- CASCADE: the rows pointing at it go too, so they are captured, and what points at them;
- SET NULL: the rows pointing at it stay but lose the link, so the link is captured (a relink);
- RESTRICT: the database refuses the removal, so there is nothing to capture (the entity's
  spec says why in words first).
Any other `ondelete` has no undo here: `removal_plan` refuses it, and a test reads every foreign
key of the models through it, so a new key cannot slip past undo.

`restore` puts the captured rows back with their ids, parents before children, then the links.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import ForeignKey, Table, insert, select, update
from sqlalchemy.orm import Session

from consortium_planner.models import Base, revived

CASCADE, SET_NULL, RESTRICT = "CASCADE", "SET NULL", "RESTRICT"


@dataclass(frozen=True)
class RowsState:
    """Rows as they were before a removal, exactly (ids, numbers, children), to put back on undo.

    `rows` maps a table name to its rows (column name -> value), the removed rows' table first;
    `relinks` are the foreign keys the removal set to NULL elsewhere: (table, column, ids of the
    rows, value to put back).
    """

    rows: tuple[tuple[str, tuple[Mapping[str, Any], ...]], ...]
    relinks: tuple[tuple[str, str, tuple[int, ...], int], ...] = ()

    def ids(self, table: str) -> list[int]:
        for name, rows in self.rows:
            if name == table:
                return [row["id"] for row in rows]
        return []


@dataclass(frozen=True)
class RemovalPlan:
    """The foreign keys pointing at one table, sorted by what a removal does to their rows."""

    cascade: tuple[ForeignKey, ...]
    set_null: tuple[ForeignKey, ...]
    restrict: tuple[ForeignKey, ...]


@cache
def removal_plan(table_name: str) -> RemovalPlan:
    """The foreign keys of every model that point at `table_name`, by their `ondelete`."""
    found: dict[str, list[ForeignKey]] = {CASCADE: [], SET_NULL: [], RESTRICT: []}
    for table in Base.metadata.sorted_tables:
        for key in table.foreign_keys:
            if key.column.table.name != table_name:
                continue
            action = (key.ondelete or "NO ACTION").upper()
            if action not in found:
                raise ValueError(
                    f"{table.name}.{key.parent.name} -> {table_name} has ondelete {action}: "
                    "choose CASCADE, SET NULL or RESTRICT, which undo knows how to put back"
                )
            if key.column.name != "id":
                raise ValueError(f"{table.name}.{key.parent.name} must point at {table_name}.id")
            found[action].append(key)
    return RemovalPlan(*(tuple(found[action]) for action in (CASCADE, SET_NULL, RESTRICT)))


def capture(session: Session, table_name: str, ids: Iterable[int]) -> RowsState:
    """Everything removing these rows of `table_name` would destroy, following the cascades."""
    tables = Base.metadata.tables
    captured: dict[str, dict[tuple[Any, ...], dict[str, Any]]] = {}
    pending = [(table_name, tables[table_name].c.id.in_(list(ids)))]
    while pending:
        name, condition = pending.pop(0)
        table = tables[name]
        rows = [dict(row) for row in session.execute(select(table).where(condition)).mappings()]
        kept = captured.setdefault(name, {})
        new = [row for row in rows if _key(table, row) not in kept]
        kept.update((_key(table, row), row) for row in new)
        new_ids = [row["id"] for row in new if "id" in row]
        for key in removal_plan(name).cascade if new_ids else ():
            pending.append((key.parent.table.name, key.parent.in_(new_ids)))
    relinks = [
        relink
        for name, rows in captured.items()
        for key in removal_plan(name).set_null
        for relink in _relinks(session, key, rows, captured.get(key.parent.table.name, {}))
    ]
    return RowsState(rows=tuple((name, tuple(rows.values())) for name, rows in captured.items()),
                     relinks=tuple(relinks))


def restore(session: Session, state: RowsState) -> None:
    """Put captured rows back exactly (same ids and numbers), then the links they had."""
    tables = Base.metadata.tables
    order = [table.name for table in Base.metadata.sorted_tables]  # parents before children
    for name, rows in sorted(state.rows, key=lambda item: order.index(item[0])):
        if rows:
            session.execute(insert(tables[name]), [revived(row) for row in rows])
    for name, column, row_ids, value in state.relinks:
        table = tables[name]
        session.execute(update(table).where(table.c.id.in_(row_ids)).values({column: value}))


def versions(session: Session, table_name: str,
             ids: Iterable[int]) -> tuple[tuple[str, int, int], ...]:
    """(table, id, version) of rows of a versioned table, as an edit's `Changes` carry them."""
    table = Base.metadata.tables.get(table_name)
    wanted = list(ids)
    if table is None or "version" not in table.c or not wanted:
        return ()
    return tuple((table_name, row_id, version) for row_id, version in session.execute(
        select(table.c.id, table.c.version).where(table.c.id.in_(wanted))))


def _key(table: Table, row: Mapping[str, Any]) -> tuple[Any, ...]:
    return tuple(row[column.name] for column in table.primary_key.columns)


def _relinks(
    session: Session, key: ForeignKey, targets: Mapping[Any, Mapping[str, Any]],
    removed: Mapping[tuple[Any, ...], Any],
) -> list[tuple[str, str, tuple[int, ...], int]]:
    """The rows that keep living but lose their link to a removed row, per removed row."""
    table = key.parent.table
    found = []
    for target in targets.values():
        row_ids = tuple(
            row_id for row_id in session.scalars(
                select(table.c.id).where(key.parent == target["id"]).order_by(table.c.id))
            if (row_id,) not in removed
        )
        if row_ids:
            found.append((table.name, key.parent.name, row_ids, target["id"]))
    return found
