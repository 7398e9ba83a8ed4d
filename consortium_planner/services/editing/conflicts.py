"""No lost update: an edit made on a row the user saw at one version is refused when the row has
moved on since (someone else changed it), instead of overwriting their change (issue 15).

The window remembers the version of each row it shows (`seen`); the service checks it inside
the edit's transaction, with the rows locked (PostgreSQL; SQLite's transactions are serial
already), and refuses with an `EditConflict` that names, per field, the user's value and the
current one. The ORM's own check (models.base.Versioned) catches what slips past: two writers
of one row never both win. Undo and redo pass the versions their last write left, so they
refuse too rather than overwrite a newer edit of someone else.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select, tuple_
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from consortium_planner.models import (
    CostItem,
    Deliverable,
    Effort,
    Milestone,
    Participant,
    Project,
    Task,
    WorkPackage,
)
from consortium_planner.models.edit_log import EditLogEntry
from consortium_planner.reference.messages import Message, gettext, sentences
from consortium_planner.services.errors import UserError
from consortium_planner.services.labels import field_label, row_label

# An effort cell has no id of its own: it is named by (participant id, work package id).
RowKey = int | tuple[int, int]
# The versions the user saw, per row; 0 for an effort cell that held nothing (no row).
Seen = Mapping[RowKey, int]


@dataclass(frozen=True)
class Conflict:
    """One field of one row that someone else changed since the user saw it.

    `field` is None when the whole row is concerned (a removal); `theirs` is the value now in
    the workspace (None when the row is gone); `who` is the database user who changed it, when
    known; `number` the row's number, when `label` is its table's row label and the number
    ("participant 3"), so that the row can be named in any language."""

    table: str
    row: RowKey
    label: str  # "participant", "cost line", "effort cell": what messages call the row
    field: str | None
    mine: Any
    theirs: Any
    who: str | None = None
    number: int | None = None

    def describe(self) -> str:
        """One line for the user, in English: the row, the field's value now and the user's."""
        return self.message().render()

    def message(self) -> Message:
        """The line of `describe` as a Message, to word in any language."""
        row = self.row_name()
        if self.field is None:
            if self.who:
                return gettext("The {row} was changed (by {who}).", row=row, who=self.who)
            return gettext("The {row} was changed.", row=row)
        values = {"row": row, "field": field_label(self.field),
                  "theirs": shown(self.theirs), "mine": shown(self.mine)}
        if self.who:
            return gettext("The {row}'s {field} is now {theirs} (by {who}); yours: {mine}.",
                           who=self.who, **values)
        return gettext("The {row}'s {field} is now {theirs}; yours: {mine}.", **values)

    def row_name(self) -> Message | str:
        """The row as messages name it: its table's label (and number), else `label` as
        given (an organisation named by its name)."""
        named = row_label(self.table)
        if self.number is not None:
            return gettext("{row} {number}", row=named, number=self.number)
        return named if named.render() == self.label else self.label


class EditConflict(UserError):
    """An edit refused because someone else changed its rows since the user saw them: nothing
    was written. `versions` are the rows' current versions: re-applying the edit against them
    ("apply mine") overwrites the other change knowingly."""

    def __init__(self, conflicts: Iterable[Conflict],
                 versions: Mapping[tuple[str, RowKey], int]) -> None:
        self.conflicts = tuple(conflicts)
        self.versions = dict(versions)
        lines: list[Message] = [conflict.message() for conflict in self.conflicts[:5]]
        if len(self.conflicts) > 5:
            lines.append(gettext("… and {count} more.", count=len(self.conflicts) - 5))
        super().__init__(sentences(gettext("Someone else changed this since you saw it."),
                                   *lines, gettext("Nothing was changed.")))

    def seen(self, table: str | None = None) -> dict[RowKey, int]:
        """The current versions of the rows (of `table`): what "apply mine" passes as seen."""
        return {row: version for (name, row), version in self.versions.items()
                if table is None or name == table}


def shown(value: Any, *, quoted: bool = True) -> Message | str:
    """A value as a conflict shows it: text quoted (in a sentence), nothing as "empty"."""
    if value is None or value == "":
        return gettext("empty")
    if isinstance(value, (list, tuple)):
        return ", ".join(str(item) for item in value) or gettext("empty")
    return f"“{value}”" if quoted and isinstance(value, str) else str(value)


# -- inside an edit's transaction ------------------------------------------------------------------

def locked(session: Session, model: Any, ids: Iterable[int]) -> dict[int, Any]:
    """The rows, locked until the transaction ends (SELECT ... FOR UPDATE on PostgreSQL, in id
    order so that two edits never wait for each other; SQLite's write transaction holds the
    whole file already). Rows gone are left out."""
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    return {row.id: row for row in session.scalars(
        select(model).where(model.id.in_(wanted)).order_by(model.id)
        .with_for_update().execution_options(populate_existing=True))}


def last_writer(session: Session, table: str, row_id: int) -> str | None:
    """Who last changed the row, as the edit log has it (the database user on a server, the
    login name on a file); None when the log has no entry for it."""
    return session.scalar(
        select(EditLogEntry.user_name)
        .where(EditLogEntry.table_name == table, EditLogEntry.row_id == row_id)
        .order_by(EditLogEntry.id.desc()).limit(1))


def refuse_stale(session: Session, table: str, label: str, rows: Mapping[int, Any],
                 updates: Sequence[tuple[int, Mapping[str, Any]]], seen: Seen,
                 read: Callable[[Any, str], Any]) -> None:
    """`EditConflict` when a row of `updates` is no longer at the version the user saw it at:
    each of its fields with the user's value and the current one (a removal: the row). A row
    gone is left to the caller, which says it no longer exists."""
    stale = {row_id for row_id, row in rows.items()
             if row_id in seen and row.version != seen[row_id]}
    if not stale:
        return
    found = []
    for row_id, values in updates:
        if row_id not in stale:
            continue
        row = rows[row_id]
        number = getattr(row, "number", None) or None
        named = f"{label} {number}" if number else label
        who = last_writer(session, table, row_id)
        if not values:
            found.append(Conflict(table, row_id, named, None, None, None, who, number))
        found.extend(Conflict(table, row_id, named, name, value, read(row, name), who, number)
                     for name, value in values.items())
    raise EditConflict(found, {(table, row_id): row.version for row_id, row in rows.items()})


def effort_versions(session: Session, cells: Sequence[tuple[int, int]], *,
                    lock: bool = False) -> dict[RowKey, int]:
    """The versions of the effort cells that hold a row (locked, with `lock`)."""
    if not cells:
        return {}
    statement = (select(Effort.participant_id, Effort.work_package_id, Effort.version)
                 .where(tuple_(Effort.participant_id, Effort.work_package_id).in_(list(cells)))
                 .order_by(Effort.participant_id, Effort.work_package_id))
    if lock:
        statement = statement.with_for_update()
    return {(p, w): version for p, w, version in session.execute(statement)}


def refuse_stale_efforts(session: Session, cells: Sequence[tuple[int, int, Any]],
                         current: Mapping[RowKey, int], seen: Seen) -> None:
    """`EditConflict` when an effort cell is no longer at the version the user saw (0: empty)."""
    stale = [(p, w, value) for p, w, value in cells
             if (p, w) in seen and current.get((p, w), 0) != seen[(p, w)]]
    if not stale:
        return
    found = []
    for p, w, value in stale:
        row = session.get(Effort, (p, w))
        theirs = row.person_months if row is not None else Decimal("0.00")
        found.append(Conflict("effort", (p, w), "effort cell", "person_months", value, theirs))
    raise EditConflict(found, {("effort", (p, w)): current.get((p, w), 0)
                               for p, w, _ in cells})


def flush(session: Session) -> None:
    """Flush, turning the ORM's own refusal of a stale row (two writers of one row, or two new
    effort cells at one place) into an `EditConflict`."""
    try:
        session.flush()
    except StaleDataError as error:
        raise EditConflict((), {}) from error
    except IntegrityError as error:
        if _is_duplicate_key(error):
            raise EditConflict((), {}) from error
        raise


def _is_duplicate_key(error: IntegrityError) -> bool:
    """A unique key violated by a row someone else inserted meanwhile (PostgreSQL's
    unique_violation; SQLite never gets here: its writers take turns)."""
    return getattr(error.orig, "sqlstate", None) == "23505"


# -- what the window saw ---------------------------------------------------------------------------

def project_versions(session: Session, project_id: int) -> dict[str, dict[RowKey, int]]:
    """The versions of every editable row of a project, by table: read with the project's
    snapshot, they are the versions the user sees (an effort cell missing: 0, it was empty)."""
    participants = select(Participant.id).where(Participant.project_id == project_id)
    packages = select(WorkPackage.id).where(WorkPackage.project_id == project_id)
    found: dict[str, dict[RowKey, int]] = {}
    for model, condition in (
        (Project, Project.id == project_id),
        (Participant, Participant.project_id == project_id),
        (WorkPackage, WorkPackage.project_id == project_id),
        (Milestone, Milestone.project_id == project_id),
        (Task, Task.work_package_id.in_(packages)),
        (Deliverable, Deliverable.work_package_id.in_(packages)),
        (CostItem, CostItem.participant_id.in_(participants)),
    ):
        found[model.__tablename__] = dict(session.execute(
            select(model.id, model.version).where(condition)).all())
    found["effort"] = {
        (p, w): version for p, w, version in session.execute(
            select(Effort.participant_id, Effort.work_package_id, Effort.version)
            .where(Effort.participant_id.in_(participants)))}
    return found
