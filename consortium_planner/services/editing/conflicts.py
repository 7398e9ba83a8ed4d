"""No lost update: an edit of a field someone else changed since the user saw it is refused,
instead of overwriting their change (issue 15); an edit of another field of the same row goes
through, keeping theirs.

The window remembers the version of each row it shows (`seen`) and, read with it, the value of
each field (`saw`: what the user saw). The service checks them inside the edit's transaction,
with the rows locked (PostgreSQL; SQLite's transactions are serial already): a field whose value
the user saw is refused only when its current value differs from it; a field (or a removal)
without one is refused when the row has moved on from the version seen. The `EditConflict`
names, per refused field, the user's value and the current one. The ORM's own check
(models.base.Versioned) catches what slips past: two writers of one row never both win, and the
row's version moves on at every write. Undo and redo pass the values and versions their last
write left, so they refuse too rather than overwrite a newer edit of the same field.
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
    ParticipantRole,
    Project,
    Task,
    WorkPackage,
)
from consortium_planner.models.project import milestone_work_package
from consortium_planner.models.edit_log import EditLogEntry
from consortium_planner.reference.messages import Message, gettext, sentences
from consortium_planner.services.errors import UserError
from consortium_planner.services.labels import field_label, row_label

# An effort cell has no id of its own: it is named by (participant id, work package id).
RowKey = int | tuple[int, int]
# The versions the user saw, per row; 0 for an effort cell that held nothing (no row).
Seen = Mapping[RowKey, int]
# The values the user saw, per row and field, as the service reads them back (`EntitySpec.read`;
# an effort cell's person-months, zero when empty): fields missing fall back to the version.
Saw = Mapping[RowKey, Mapping[str, Any]]
# The values an edit left, as `Changes.values` carries them: (table, row, ((field, value), ...)).
Written = tuple[tuple[str, RowKey, tuple[tuple[str, Any], ...]], ...]


@dataclass(frozen=True)
class Conflict:
    """One field of one row that someone else changed since the user saw it.

    `field` is None when the whole row is concerned (a removal); `theirs` is the value now in
    the workspace (None when the row is gone); `who` is the database user who changed it, when
    known; `number` the row's number, when `label` is its table's row label and the number
    ("participant 3"), so that the row can be named in any language; `cell` an effort cell's
    participant and work package numbers ("effort cell of P3 in WP2")."""

    table: str
    row: RowKey
    label: str  # "participant", "cost line", "effort cell": what messages call the row
    field: str | None
    mine: Any
    theirs: Any
    who: str | None = None
    number: int | None = None
    cell: tuple[int, int] | None = None

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
        if self.cell is not None:
            return gettext("{row} of P{participant} in WP{package}", row=named,
                           participant=self.cell[0], package=self.cell[1])
        if self.number is not None:
            return gettext("{row} {number}", row=named, number=self.number)
        return named if named.render() == self.label else self.label


class EditConflict(UserError):
    """An edit refused because someone else changed its rows since the user saw them: nothing
    was written. `versions` are the rows' current versions: re-applying the edit against them,
    with the values of `apply_mine` ("apply mine"), overwrites the other change knowingly."""

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

    def apply_mine(self, table: str, saw: Saw | None) -> dict[RowKey, dict[str, Any]]:
        """What "apply mine" passes as `saw`, with `seen` (the rows' current versions): the
        values the refused attempt expected (`saw`), the fields in conflict at the values this
        conflict showed the user ("theirs"). So it overwrites those fields knowingly, field by
        field as the first attempt: a colleague's later change of another field of the row is
        kept, not asked about again; one of a field in conflict since the dialog showed it, or
        of another field the edit sets, is refused again."""
        expected = {row: dict(values) for row, values in (saw or {}).items()}
        for conflict in self.conflicts:
            if conflict.table == table and conflict.field is not None:
                expected.setdefault(conflict.row, {})[conflict.field] = conflict.theirs
        return expected


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


def same(seen: Any, current: Any) -> bool:
    """Whether a field still holds the value the user saw (a list whatever its order)."""
    if isinstance(seen, (list, tuple)) and isinstance(current, (list, tuple)):
        return sorted(map(str, seen)) == sorted(map(str, current))
    return bool(seen == current)


def stale_fields(values: Mapping[str, Any], moved: bool, saw: Mapping[str, Any],
                 current: Callable[[str], Any]) -> list[str]:
    """The fields of one row's edit that someone else changed since the user saw them: those
    whose value the user saw and that hold another now; the others only when the row `moved`
    on from the version the user saw."""
    return [name for name in values
            if (not same(saw[name], current(name)) if name in saw else moved)]


def refuse_stale(session: Session, table: str, label: str, rows: Mapping[int, Any],
                 updates: Sequence[tuple[int, Mapping[str, Any]]], seen: Seen,
                 read: Callable[[Any, str], Any], saw: Saw | None = None) -> None:
    """`EditConflict` when a field of `updates` was changed by someone else since the user saw
    it (see `stale_fields`; a removal, no fields: when its row moved on), naming only those
    fields, each with the user's value and the current one. A row gone is left to the caller,
    which says it no longer exists."""
    saw = saw or {}
    found = []
    for row_id, values in updates:
        row = rows.get(row_id)
        if row is None or (row_id not in seen and row_id not in saw):
            continue
        moved = row_id in seen and row.version != seen[row_id]
        names = (stale_fields(values, moved, saw.get(row_id, {}),
                              lambda name, row=row: read(row, name))
                 if values else [])
        if not names and not (moved and not values):
            continue
        number = getattr(row, "number", None) or None
        named = f"{label} {number}" if number else label
        who = last_writer(session, table, row_id)
        if not values:
            found.append(Conflict(table, row_id, named, None, None, None, who, number))
        found.extend(Conflict(table, row_id, named, name, values[name], read(row, name), who,
                              number) for name in names)
    if found:
        raise EditConflict(found, {(table, row_id): row.version for row_id, row in rows.items()})


def written(table: str, rows: Mapping[int, Any], updates: Sequence[tuple[int, Mapping[str, Any]]],
            read: Callable[[Any, str], Any]) -> Written:
    """The values an update left in its fields, as `read` gives them: what its undo (and the
    user's next edit of the row) expects to find there."""
    return tuple((table, row_id, tuple((name, _frozen(read(rows[row_id], name)))
                                       for name in values))
                 for row_id, values in updates if row_id in rows)


def _frozen(value: Any) -> Any:
    """A list field's value as a tuple: `Changes` stays a value (hashable), and `same` compares
    it with a list whatever the order."""
    return tuple(value) if isinstance(value, list) else value


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
                         current: Mapping[RowKey, int], seen: Seen,
                         saw: Saw | None = None) -> None:
    """`EditConflict` when an effort cell was changed by someone else since the user saw it: its
    person-months differ from those the user saw (`saw`), or, without them, it is no longer at
    the version the user saw (0: empty)."""
    saw = saw or {}
    checked = [(p, w, value) for p, w, value in cells if (p, w) in seen or (p, w) in saw]
    now = {(p, w): months for p, w, months in session.execute(
        select(Effort.participant_id, Effort.work_package_id, Effort.person_months)
        .where(tuple_(Effort.participant_id, Effort.work_package_id).in_(
            [(p, w) for p, w, _ in checked])))} if checked else {}
    found = []
    for p, w, value in checked:
        theirs = now.get((p, w), Decimal("0.00"))
        moved = (p, w) in seen and current.get((p, w), 0) != seen[(p, w)]
        if stale_fields({"person_months": value}, moved, saw.get((p, w), {}),
                        lambda _name, theirs=theirs: theirs):
            found.append(Conflict("effort", (p, w), "effort cell", "person_months", value,
                                  theirs, cell=_cell_numbers(session, p, w)))
    if found:
        raise EditConflict(found, {("effort", (p, w)): current.get((p, w), 0)
                                   for p, w, _ in cells})


def _cell_numbers(session: Session, participant_id: int, work_package_id: int
                  ) -> tuple[int, int] | None:
    """The participant's and the work package's numbers of an effort cell (None: one is gone)."""
    participant = session.get(Participant, participant_id)
    package = session.get(WorkPackage, work_package_id)
    if participant is None or package is None:
        return None
    return participant.number, package.number


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

RowValues = dict[str, dict[RowKey, dict[str, Any]]]  # table -> row -> field -> value


def project_versions(session: Session, project_id: int
                     ) -> tuple[dict[str, dict[RowKey, int]], RowValues]:
    """The versions of every editable row of a project, by table, and the values of its fields
    read with them (as `EntitySpec.read` gives them: columns by name, the link lists sorted):
    read with the project's snapshot, they are the versions and values the user sees (an effort
    cell missing: version 0, it was empty)."""
    participants = select(Participant.id).where(Participant.project_id == project_id)
    packages = select(WorkPackage.id).where(WorkPackage.project_id == project_id)
    connection = session.connection()  # Core reads: no ORM objects, as the snapshot's
    versions: dict[str, dict[RowKey, int]] = {}
    values: RowValues = {}
    for model, condition in (
        (Project, Project.id == project_id),
        (Participant, Participant.project_id == project_id),
        (WorkPackage, WorkPackage.project_id == project_id),
        (Milestone, Milestone.project_id == project_id),
        (Task, Task.work_package_id.in_(packages)),
        (Deliverable, Deliverable.work_package_id.in_(packages)),
        (CostItem, CostItem.participant_id.in_(participants)),
    ):
        table = model.__tablename__
        rows = connection.execute(select(*model.__table__.columns).where(condition)).mappings()
        values[table] = {row["id"]: dict(row) for row in rows}
        versions[table] = {row_id: row["version"] for row_id, row in values[table].items()}
    for table, field, statement in _link_lists(participants, project_id):
        for owner, item in connection.execute(statement):
            if owner in values[table]:
                values[table][owner].setdefault(field, []).append(item)
        for row in values[table].values():
            row[field] = sorted(row.get(field, []))
    efforts = connection.execute(
        select(Effort.participant_id, Effort.work_package_id, Effort.version,
               Effort.person_months).where(Effort.participant_id.in_(participants))).all()
    versions["effort"] = {(p, w): version for p, w, version, _ in efforts}
    values["effort"] = {(p, w): {"person_months": months} for p, w, _, months in efforts}
    return versions, values


def _link_lists(participants: Any, project_id: int) -> tuple[tuple[str, str, Any], ...]:
    """The link lists the window edits as fields of a project's rows: (table, field, a select
    of (owner id, item)); see the specs' `readers` (entities.py)."""
    return (
        ("participant", "value_chain_roles",
         select(ParticipantRole.participant_id, ParticipantRole.role)
         .where(ParticipantRole.participant_id.in_(participants))),
        ("milestone", "work_package_ids",
         select(milestone_work_package.c.milestone_id, milestone_work_package.c.work_package_id)
         .where(milestone_work_package.c.milestone_id.in_(
             select(Milestone.id).where(Milestone.project_id == project_id)))),
    )
