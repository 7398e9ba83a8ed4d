"""Copy a whole workspace between a file and a server (either way), then prove the copy.

A team starts from an officer's file (`copy office.cpw postgresql://.../team`), an officer
takes the team workspace on a train (`copy postgresql://.../team train.cpw`). Rows are copied
table by table in the order of their foreign keys, as stored (cents as integers, codes as
text), through each column's storage type, so nothing is re-validated or rounded on the way.
What triggers derive (the search index, the cluster rows, organisation.clusters) is derived
again by the target's own triggers. The whole copy is one transaction on a server; a file is
built under a temporary name and appears only when complete.

Afterwards every table's row count and every project's `summary --json` document are compared;
`CopyReport.differences` names what differs (the command exits 1).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection
from sqlalchemy.types import TypeDecorator

from consortium_planner.models import Base, Project
from consortium_planner.postgres import is_server_url
from consortium_planner.services.snapshot import load_snapshot
from consortium_planner.services.summary import summary_document
from consortium_planner.workspace import Workspace, WorkspaceError, copy_rows

# Filled by the target's triggers from the rows copied (workspace: migrations 0003, 0007).
DERIVED_TABLES = frozenset({"organisation_cluster"})
_BATCH = 5000


@dataclass(frozen=True)
class CopyReport:
    source: str
    target: str
    rows: dict[str, int]                # table -> rows copied (as counted in the source)
    projects: int
    differences: tuple[str, ...] = ()   # what the verification found different

    @property
    def identical(self) -> bool:
        return not self.differences


def _storage_type(column: sa.Column[Any]) -> Any:
    """The type a column is stored as: a TypeDecorator's (Money: integer cents), an enum's
    text, so values pass through unconverted."""
    kind = column.type
    if isinstance(kind, TypeDecorator):
        kind = kind.impl_instance
    if isinstance(kind, sa.Enum):
        return sa.String()
    return kind


def _plain_table(table: sa.Table) -> sa.TableClause:
    return sa.table(table.name, *(sa.column(c.name, _storage_type(c)) for c in table.columns))


def _copied_tables() -> list[sa.Table]:
    return [table for table in Base.metadata.sorted_tables if table.name not in DERIVED_TABLES]


def row_counts(connection: Connection) -> dict[str, int]:
    """Every model table's rows (derived ones included: they must agree too)."""
    return {table.name: int(connection.execute(
        sa.select(sa.func.count()).select_from(sa.table(table.name))).scalar() or 0)
        for table in Base.metadata.sorted_tables}


def summaries(workspace: Workspace) -> dict[str, Any]:
    """Each project's summary document (what `summary --json` prints), by acronym."""
    with workspace.sessions() as session:
        ids = session.scalars(sa.select(Project.id).order_by(Project.id)).all()
        found = {}
        for project_id in ids:
            snapshot = load_snapshot(session, project_id)
            found[snapshot.project.acronym] = summary_document(snapshot)
        return found


def _copy_rows(source: Connection, target: Connection) -> None:
    for table in _copied_tables():
        plain = _plain_table(table)
        order = [plain.c[c.name] for c in table.primary_key.columns]
        result = source.execute(sa.select(*plain.c).order_by(*order))
        if target.dialect.name == "postgresql" and table.name == "organisation":
            # one COPY: the search index's statement triggers (migration 0014) run once
            copy_rows(target, table.name, list(result.keys()), result)
            continue
        while batch := result.fetchmany(_BATCH):
            target.execute(plain.insert(), [row._asdict() for row in batch])
    if target.dialect.name == "postgresql":  # ids were given: the sequences follow them
        for table in _copied_tables():
            if "id" in table.c and table.c.id.primary_key and table.c.id.autoincrement:
                target.exec_driver_sql(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                    f"coalesce((SELECT max(id) FROM {table.name}), 0) + 1, false)")


def _empty_server(workspace: Workspace, *, overwrite: bool) -> None:
    """Refuse a server workspace holding anything, unless told to empty it (in the copy's
    transaction: a failed copy leaves it as it was)."""
    with workspace.sessions() as session:
        counts = row_counts(session.connection())
    held = {name: n for name, n in counts.items() if n}
    if held and not overwrite:
        listed = ", ".join(f"{name} ({n})" for name, n in sorted(held.items()))
        raise WorkspaceError(workspace.location, f"is not empty (it holds rows in {listed}); "
                             "copy into an empty database, or give --force to replace them")


@contextmanager
def _target(target: str | Path, *, overwrite: bool) -> Iterator[tuple[Workspace, Connection]]:
    """The target workspace and the one transaction the copy writes in."""
    if is_server_url(target):
        workspace = Workspace.init_server(str(target))
        try:
            workspace.require_writable("copy a workspace into it")
            _empty_server(workspace, overwrite=overwrite)
            with workspace.engine.begin() as connection:
                if overwrite:
                    names = ", ".join(t.name for t in Base.metadata.sorted_tables)
                    connection.exec_driver_sql(f"TRUNCATE {names} RESTART IDENTITY CASCADE")
                yield workspace, connection
        finally:
            workspace.close()
        return
    with Workspace.building(Path(target), overwrite=overwrite) as workspace:
        with workspace.engine.begin() as connection:
            yield workspace, connection


def copy_workspace(source: str | Path, target: str | Path, *,
                   overwrite: bool = False) -> CopyReport:
    """Copy the workspace at `source` to `target` (a file or a server, each either side),
    then compare the two. WorkspaceError when either cannot be used or the target is not
    empty (unless `overwrite`)."""
    if str(source) == str(target):
        raise WorkspaceError(target, "is the source itself; choose another target")
    with Workspace.open(source, read_only=True) as origin:
        with origin.engine.connect() as reading:
            counts = row_counts(reading)
            with _target(target, overwrite=overwrite) as (_workspace, writing):
                _copy_rows(reading, writing)
        expected = summaries(origin)
        shown_source = origin.location
    with Workspace.open(target, read_only=True) as copied:
        with copied.engine.connect() as connection:
            found = row_counts(connection)
        differences = [f"table {name}: {counts[name]} rows in the source, {found.get(name)} "
                       "in the copy" for name in counts if counts[name] != found.get(name)]
        summaries_found = summaries(copied)
        for acronym, document in expected.items():
            if summaries_found.get(acronym) != document:
                differences.append(f"project {acronym}: its summary differs in the copy")
        shown_target = copied.location
    return CopyReport(shown_source, shown_target, counts, len(expected), tuple(differences))
