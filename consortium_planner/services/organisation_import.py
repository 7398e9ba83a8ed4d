"""Applying an organisation list to the directory: match, diff, decide, write all or nothing.

The importer (`importing.plan`) reads a file into a plan without touching the database. Here
the plan meets the directory: each row is matched by the rule of `services.matching` (PIC, then
VAT, then normalised legal name + country; another PIC is a conflict, never a match); a match shows field by field what would change, and the user decides per record
(update, keep the directory's record, or skip the row). `apply_import` writes every decision in
one transaction and records an `ImportBatch` whose details let `undo_import` take it back exactly.

Everything works by column and in bulk (one executemany for the new organisations), since a
50,000-row list must be read, checked and committed in about two seconds.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from enum import Enum, StrEnum
from typing import Any

from sqlalchemy import bindparam, delete, func, insert, or_, select, update
from sqlalchemy.orm import Session

from consortium_planner.domain.money import to_hundredths
from consortium_planner.domain.vocab import (
    ORGANISATION_FIELDS,
    ORGANISATION_LIST_FIELDS,
    OrgType,
    Role,
    SmeClass,
)
from consortium_planner.importing.collector import paused_collector
from consortium_planner.importing.plan import OrganisationPlan, RowProblem
from consortium_planner.models import (
    ClusterMembership,
    ImportBatch,
    Organisation,
    OrganisationEcosystem,
    OrganisationNace,
    Participant,
    Project,
    acronym_key,
    bumped,
)
from consortium_planner.names import normalised_name
from consortium_planner.reference.messages import gettext
from consortium_planner.services.clusters import ClusterNames, Planned
from consortium_planner.services.editing.conflicts import Conflict, EditConflict
from consortium_planner.services.eu_experience import record_participations, undo_participations
from consortium_planner.services.matching import DirectoryIndex
from consortium_planner.workspace import (
    GroupedRows,
    Workspace,
    delete_organisations,
    fast_fold,
    first_free_id,
    insert_grouped,
    insert_prevalidated,
    trigger_set_aside,
)

BATCH_KIND = "organisations"
_MONEY_FIELDS = frozenset({"turnover", "balance_sheet"})
# Lists of a row that become link rows (models/value_chain.py): (model, value column). A list
# only adds to what the directory holds; "clusters" holds names, linked by services.clusters.
_LINKS: dict[str, tuple[Any, str]] = {
    "nace_codes": (OrganisationNace, "code"),
    "ecosystems": (OrganisationEcosystem, "ecosystem"),
    "clusters": (ClusterMembership, "cluster_id"),
}
_SQLITE_MAX_VARIABLES = 900


class Decision(StrEnum):
    CREATE = "create"  # a new organisation
    UPDATE = "update"  # write the file's values over the directory's
    KEEP = "keep"  # a match: keep the directory's record as it is (still enrolled)
    SKIP = "skip"  # ignore the row altogether
    UNCHANGED = "unchanged"  # a match whose values are all the same already
    INVALID = "invalid"  # the row has errors and cannot be imported


# What the user may choose, by what the row is.
CHOICES_FOR_MATCH = (Decision.UPDATE, Decision.KEEP, Decision.SKIP)
CHOICES_FOR_NEW = (Decision.CREATE, Decision.SKIP)


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: Any
    new: Any


@dataclass
class RecordPreview:
    """A row that names an organisation already known: in the directory, or an earlier row."""

    index: int  # the row's position in the plan
    sheet: str
    row: int
    legal_name: str
    matched_by: str  # "pic", "vat", "name", or "row N" for a repeat within the file
    organisation_id: int | None = None  # the directory record; None for a repeat
    existing_name: str = ""
    changes: tuple[FieldChange, ...] = ()
    version: int = 0  # the record's version when previewed: the import expects it unchanged


class ImportRefused(Exception):
    """The import cannot go ahead (error rows not skipped, unknown project)."""


class ImportUndoError(Exception):
    """An import can no longer be taken back as it was (its organisations are used since)."""


@dataclass
class ImportPreview:
    """What an import would do, row by row; the user's choices go into `decisions`."""

    plan: OrganisationPlan
    decisions: list[Decision]
    matches: dict[int, RecordPreview] = field(default_factory=dict)
    warnings: list[RowProblem] = field(default_factory=list)

    @property
    def file_name(self) -> str:
        return self.plan.file_name

    @property
    def sha256(self) -> str:
        return self.plan.sha256

    @property
    def rows_read(self) -> int:
        return self.plan.rows_read

    @property
    def errors(self) -> list[RowProblem]:
        return self.plan.errors

    @property
    def has_errors(self) -> bool:
        return bool(self.plan.errors)

    @property
    def notes(self) -> list[str]:
        return self.plan.notes

    @property
    def unmapped_columns(self) -> list[str]:
        return self.plan.unmapped_columns

    def count(self, *decisions: Decision) -> int:
        return sum(self.decisions.count(decision) for decision in decisions)

    @property
    def created(self) -> int:
        return self.count(Decision.CREATE)

    @property
    def updated(self) -> int:
        return self.count(Decision.UPDATE)

    @property
    def unchanged(self) -> int:
        return self.count(Decision.UNCHANGED, Decision.KEEP)

    @property
    def skipped(self) -> int:
        return self.count(Decision.SKIP, Decision.INVALID)

    @property
    def duplicates(self) -> list[RecordPreview]:
        """Rows that match a directory record, in file order (what the user decides on)."""
        return [record for _, record in sorted(self.matches.items())
                if record.organisation_id is not None]

    def choices(self, index: int) -> tuple[Decision, ...]:
        """The decisions the user may pick for row `index` (none for an invalid row)."""
        if self.decisions[index] == Decision.INVALID:
            return ()
        record = self.matches.get(index)
        if record is None:
            return CHOICES_FOR_NEW
        if record.organisation_id is None:  # a repeat of an earlier row
            return (Decision.SKIP,)
        if not record.changes:
            return (Decision.UNCHANGED, Decision.SKIP)
        return CHOICES_FOR_MATCH

    def decide(self, index: int, decision: Decision) -> None:
        if decision not in self.choices(index):
            raise ValueError(f"row {self.plan.row_numbers[index]} cannot be set to {decision}")
        self.decisions[index] = decision


@dataclass(frozen=True)
class ImportResult:
    batch_id: int
    created: int
    updated: int
    unchanged: int
    skipped: int
    enrolled: int
    project_id: int | None = None
    # What was applied, so an undone import can be applied again (the GUI's redo).
    preview: ImportPreview | None = field(default=None, compare=False, repr=False)
    skip_invalid: bool = False
    project_acronym: str | None = None
    # EU project participations (services/eu_experience.py) recorded new and updated
    participations_added: int = 0
    participations_updated: int = 0
    # cluster organisations the file named that the directory did not have (created)
    clusters_created: tuple[str, ...] = ()


# --- the preview ------------------------------------------------------------------------------


def _stored(field_name: str, value: Any) -> Any:
    """A plan value in the form the Organisation attribute holds."""
    return value


def preview_import(workspace: Workspace, plan: OrganisationPlan) -> ImportPreview:
    """Match every row of `plan` against the directory; reads, never writes."""
    size = plan.rows_read
    column = plan.columns.get
    pics = column("pic") or [None] * size
    vats = column("vat") or [None] * size
    countries = column("country") or [None] * size
    names = column("legal_name") or [None] * size
    decisions = [Decision.INVALID if bad else Decision.CREATE for bad in plan.invalid]
    preview = ImportPreview(plan=plan, decisions=decisions, warnings=list(plan.warnings))
    numbers, sheet = plan.row_numbers, plan.sheet
    with workspace.sessions() as session, paused_collector():
        directory = DirectoryIndex(session)
        claimed: dict[int, int] = {}  # organisation id -> the first row matching it
        # An empty directory matches no row: only the file's own repeats need a look.
        for index in sorted(plan.repeat_of) if directory.empty else range(size):
            if decisions[index] is Decision.INVALID:
                continue
            first = plan.repeat_of.get(index)
            if first is not None:
                decisions[index] = Decision.SKIP
                preview.matches[index] = RecordPreview(
                    index, sheet, numbers[index], str(names[index]), f"row {numbers[first]}")
                continue
            match = directory.find(
                pics[index], vats[index], plan.name_keys[index], countries[index])
            if match.conflict:
                preview.warnings.append(RowProblem.of(
                    sheet, numbers[index], "",
                    gettext("has {conflict}; it is imported as a new organisation",
                            conflict=match.conflict)))
            found = match.organisation_id
            if found is None:
                continue
            if found in claimed:
                decisions[index] = Decision.SKIP
                preview.matches[index] = RecordPreview(
                    index, sheet, numbers[index], str(names[index]),
                    f"row {numbers[claimed[found]]}")
                continue
            claimed[found] = index
            preview.matches[index] = RecordPreview(
                index, sheet, numbers[index], str(names[index]), match.by, found)
        existing = _existing_values(session, claimed)
    for organisation_id, index in claimed.items():
        record = preview.matches[index]
        old = existing[organisation_id]
        record.existing_name = old["legal_name"]
        record.version = old["version"]
        record.changes = _changes(old, plan, index)
        decisions[index] = Decision.UPDATE if record.changes else Decision.UNCHANGED
    preview.warnings.sort(key=lambda problem: problem.row)
    return preview


def _changes(existing: dict[str, Any], plan: OrganisationPlan, index: int) -> tuple[FieldChange, ...]:
    """What the row would change; a blank in the file never blanks the directory."""
    changes = []
    for field_name in ORGANISATION_FIELDS:
        values = plan.columns.get(field_name)
        if values is None or values[index] is None:
            continue
        new = _stored(field_name, values[index])
        old = existing[field_name]
        if old != new:
            changes.append(FieldChange(field_name, old, new))
    for field_name in ORGANISATION_LIST_FIELDS:
        values = plan.columns.get(field_name)
        if values is None or not values[index]:
            continue
        old = list(existing.get(field_name, []))
        known = {fast_fold(value) for value in old}
        added = [value for value in values[index] if fast_fold(value) not in known]
        if added:  # a list only adds: the directory's own items stay
            changes.append(FieldChange(field_name, old, old + added))
    return tuple(changes)


def _existing_values(session: Session, ids: Iterable[int]) -> dict[int, dict[str, Any]]:
    result: dict[int, dict[str, Any]] = {}
    id_list = sorted(ids)
    columns = [Organisation.id, Organisation.updated_at, Organisation.version,
               *(getattr(Organisation, name) for name in ORGANISATION_FIELDS)]
    for start in range(0, len(id_list), _SQLITE_MAX_VARIABLES):
        chunk = id_list[start : start + _SQLITE_MAX_VARIABLES]
        for row in session.execute(select(*columns).where(Organisation.id.in_(chunk))):
            result[row.id] = row._asdict()
        for field_name, (model, column) in _LINKS.items():
            value = getattr(model, column)
            if field_name == "clusters":  # the names a file gives, for those ids
                value = select(Organisation.legal_name).where(
                    Organisation.id == model.cluster_id).scalar_subquery()
            rows = session.execute(select(model.organisation_id, value).where(
                model.organisation_id.in_(chunk)).order_by(model.organisation_id, value))
            for organisation_id, item in rows:
                result[organisation_id].setdefault(field_name, []).append(item)
    return result


# --- applying ---------------------------------------------------------------------------------


def clusters_to_create(workspace: Workspace, preview: ImportPreview) -> tuple[str, ...]:
    """The cluster names of the rows to write that neither the directory nor a row created
    with them names: the cluster organisations applying the import would create (what a dry
    run reports). Planned by the same rule as `apply_import` links them, writing nothing."""
    with workspace.sessions() as session:
        first_id = (session.scalar(select(func.max(Organisation.id))) or 0) + 1
        return tuple(_plan_cluster_links(session, preview, first_id).names.created)


def apply_import(
    workspace: Workspace,
    preview: ImportPreview,
    *,
    skip_invalid: bool = False,
    project_acronym: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ImportResult:
    """Write the preview's decisions in one transaction, with an ImportBatch that records them.

    A file with error rows is refused unless `skip_invalid`; then those rows are skipped. With
    `project_acronym`, every organisation the file names (new, updated, kept or unchanged) is
    enrolled in that project as a beneficiary, unless it already takes part.
    """
    if preview.has_errors and not skip_invalid:
        raise ImportRefused(
            f"{preview.file_name}: {len(preview.errors)} problem(s) in the file; nothing was "
            "imported (fix the rows, or import the valid rows only)"
        )
    workspace.require_writable("import")
    now = datetime.now()
    steps = 4
    with workspace.transaction() as session, paused_collector():
        project_id = _project_id(session, project_acronym)
        _report(progress, 0, steps)
        # (before any write: two imports each holding a row lock would wait for each other)
        first_id = first_free_id(session.connection(), Organisation.__tablename__)
        # the updates first: the cluster names of the file find the records as updated
        updated = _update(session, preview, now)
        cluster_links = _plan_cluster_links(session, preview, first_id)
        created = _create(session, preview, now, first_id, cluster_links.created_texts)
        _report(progress, 1, steps)
        cluster_links.write(session)
        links = _link(session, preview, created, cluster_links.new)
        clusters = cluster_links.names
        _note_versions(session, updated)
        _report(progress, 2, steps)
        enrolled = _enrol(session, project_id, preview, created) if project_id else []
        history = record_participations(  # most lists name no EU project: no row map then
            session, preview.plan.participations,
            _organisation_of(preview, created) if preview.plan.participations else {})
        _report(progress, 3, steps)
        batch = ImportBatch(
            kind=BATCH_KIND,
            project_id=project_id,
            file_name=preview.file_name,
            sha256=preview.sha256,
            imported_at=now,
            rows_read=preview.rows_read,
            created=len(created),
            updated=len(updated),
            unchanged=preview.unchanged,
            skipped=preview.skipped,
            details=json.dumps({"created": _ranges(created + clusters.created_ids),
                                "updated": updated, "enrolled": enrolled, "links": links,
                                "participations": history.as_details()},
                               ensure_ascii=False),
        )
        session.add(batch)
        session.flush()
        result = ImportResult(batch.id, len(created), len(updated), preview.unchanged,
                              preview.skipped, len(enrolled), project_id, preview, skip_invalid,
                              project_acronym, len(history.added), len(history.changed),
                              tuple(clusters.created))
    _report(progress, steps, steps)
    return result


def _organisation_of(preview: ImportPreview, created: list[int]) -> dict[int, int]:
    """Plan row index -> the organisation the row reaches: the one it created, or the directory
    record it matched (updated, kept or unchanged); skipped and invalid rows reach none."""
    found: dict[int, int] = {}
    created_ids = iter(created)
    for index, decision in enumerate(preview.decisions):
        if decision is Decision.CREATE:
            found[index] = next(created_ids)
        elif decision in (Decision.UPDATE, Decision.KEEP, Decision.UNCHANGED):
            organisation_id = preview.matches[index].organisation_id
            if organisation_id is not None:
                found[index] = organisation_id
    return found


def _report(progress: Callable[[int, int], None] | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)


def _project_id(session: Session, acronym: str | None) -> int | None:
    if acronym is None:
        return None
    project_id = session.scalar(
        select(Project.id).where(Project.acronym_key == acronym_key(acronym))
    )
    if project_id is None:
        raise ImportRefused(f"there is no project {acronym!r} in the workspace")
    return project_id


# Text columns are NOT NULL with "" for nothing: the INSERT says coalesce(?, '') rather than
# Python replacing None cell by cell.
_TEXT_COLUMNS = frozenset({"short_name", "country", "nuts2", "address", "city", "postcode",
                           "website", "contact_name", "email", "phone", "notes"})


def _column_values(
    plan: OrganisationPlan, field_name: str, indexes: Sequence[int] | None
) -> Sequence[Any]:
    """One column of the rows to create (all rows when `indexes` is None), as SQLite stores it:
    the Organisation column types' own conversions, enums by value and money as integer cents."""
    values = plan.columns.get(field_name)
    size = plan.rows_read if indexes is None else len(indexes)
    if values is None:
        picked: Sequence[Any] = [None] * size
    elif indexes is None:
        picked = values
    else:
        picked = [values[index] for index in indexes]
    if field_name in _MONEY_FIELDS:
        return _cents(picked)
    if field_name == "org_type":
        return list(map(_ORG_TYPE_VALUES.__getitem__, picked))
    if field_name == "sme_class":
        return list(map(_SME_CLASS_VALUES.__getitem__, picked))
    return picked


# Stored value of each member (and of None), looked up at C speed for whole columns.
_ORG_TYPE_VALUES: dict[OrgType | None, str] = {
    None: OrgType.OTHER.value, **{member: member.value for member in OrgType}}
_SME_CLASS_VALUES: dict[SmeClass | None, str | None] = {
    None: None, **{member: member.value for member in SmeClass}}
# A column of amounts with exactly two decimals, as `str(Decimal)` writes them, one a line.
_CENTS_COLUMN = re.compile(r"-?[0-9]++\.[0-9]{2}(?:\n-?[0-9]++\.[0-9]{2})*+")


def _cents(amounts: Sequence[Decimal | None]) -> list[int | None]:
    """`to_hundredths` of each amount. The plan's amounts are rounded to the cent, so their text
    is digits, a point and two decimals, and dropping the point gives the cents of the whole
    column at once; anything else goes through `to_hundredths` one by one."""
    present = [amount for amount in amounts if amount is not None]
    text = "\n".join(map(str, present))
    if present and _CENTS_COLUMN.fullmatch(text):
        cents = map(int, text.replace(".", "").split("\n"))
        if len(present) == len(amounts):
            return list(cents)
        return [None if amount is None else next(cents) for amount in amounts]
    return [None if amount is None else to_hundredths(amount) for amount in amounts]


def _creating(preview: ImportPreview) -> list[int]:
    """The plan row indexes of the organisations to create, in file order."""
    create = Decision.CREATE
    return [index for index, decision in enumerate(preview.decisions) if decision is create]


def _create(
    session: Session, preview: ImportPreview, now: datetime, first_id: int,
    clusters: list[str] | None,
) -> list[int]:
    """Insert the new organisations with one executemany, with ids from `first_id` on and the
    derived `clusters` text of their links (one per row; None: all ''); return their ids in
    file order."""
    plan = preview.plan
    indexes: list[int] | None = _creating(preview)
    count = len(indexes)  # type: ignore[arg-type]
    if not count:
        return []
    if count == plan.rows_read:
        indexes = None  # every row: the plan's columns serve as they are
    ids = list(range(first_id, first_id + count))
    table = Organisation.__table__
    dialect = session.get_bind().dialect
    stamp_processor = table.c.created_at.type.dialect_impl(dialect).bind_processor(dialect)
    stamp = stamp_processor(now) if stamp_processor else now
    by_column: dict[str, Sequence[Any]] = {
        "id": ids,
        "name_key": plan.name_keys if indexes is None else [plan.name_keys[i] for i in indexes],
        "created_at": [stamp] * count,
        "updated_at": [stamp] * count,
    }
    for name in ORGANISATION_FIELDS:
        by_column[name] = _column_values(plan, name, indexes)
    if clusters is not None:
        by_column["clusters"] = clusters
    _check_new_rows(by_column)
    insert_prevalidated(session.connection(), table.name, by_column,
                        empty_text_columns=_TEXT_COLUMNS)
    return ids


_ORG_TYPES = frozenset(member.value for member in OrgType)
_SME_CLASSES = frozenset((None, *(member.value for member in SmeClass)))


def _check_new_rows(by_column: dict[str, Sequence[Any]]) -> None:
    """The organisation table's CHECK constraints, on whole columns at C speed."""
    problems = []
    if not all(by_column["legal_name"]):
        problems.append("a legal name is empty")
    if not _ORG_TYPES.issuperset(by_column["org_type"]):
        problems.append("an organisation type is unknown")
    if not _SME_CLASSES.issuperset(by_column["sme_class"]):
        problems.append("an SME class is unknown")
    for name in ("staff_headcount", "turnover", "balance_sheet"):
        # filter(None, ...) leaves out None and 0, neither of which is negative
        if min(filter(None, by_column[name]), default=0) < 0:
            problems.append(f"{name} is negative")
    if problems:
        raise ValueError("the import built invalid organisations: " + "; ".join(problems))


def _json_value(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, Enum):
        return value.value
    return value


def _update(session: Session, preview: ImportPreview, now: datetime) -> list[dict[str, Any]]:
    """Write the changed fields of the records to update, grouped so each set of fields is one
    executemany; return what undo needs (old and new values, the old time stamp)."""
    records = [preview.matches[index] for index, decision in enumerate(preview.decisions)
               if decision is Decision.UPDATE]
    if not records:
        return []
    _refuse_changed_since(session, records)
    old_stamps = _stamps(session, [record.organisation_id for record in records])  # type: ignore[misc]
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    details = []
    for record in records:
        scalar = [change for change in record.changes if change.field not in _LINKS]
        changes = {change.field: change.new for change in scalar}
        if "legal_name" in changes:
            changes["name_key"] = normalised_name(str(changes["legal_name"]))
        groups.setdefault(tuple(sorted(changes)), []).append(
            {"_id": record.organisation_id, **changes})
        details.append({
            "id": record.organisation_id,
            "old": {c.field: _json_value(c.old) for c in scalar},
            "new": {c.field: _json_value(c.new) for c in scalar},
            "updated_at": old_stamps[record.organisation_id].isoformat(),
        })
    table = Organisation.__table__
    for fields, rows in groups.items():
        statement = update(table).where(table.c.id == bindparam("_id")).values(
            {**{name: bindparam(name) for name in fields}, "updated_at": now, **bumped(table)})
        session.execute(statement, rows)
    return details


def _note_versions(session: Session, updated: list[dict[str, Any]]) -> None:
    """Record in each updated record's details the version the import leaves on it (the
    records are locked until it commits): what its undo expects to find."""
    ids = [change["id"] for change in updated]
    versions: dict[int, int] = {}
    for start in range(0, len(ids), _SQLITE_MAX_VARIABLES):
        versions.update(session.execute(select(Organisation.id, Organisation.version).where(
            Organisation.id.in_(ids[start:start + _SQLITE_MAX_VARIABLES]))).all())
    for change in updated:
        change["version"] = versions[change["id"]]


def _refuse_changed_since(session: Session, records: list[RecordPreview]) -> None:
    """`EditConflict` (the whole import rolls back) when someone changed a record to update
    since the preview read it: the import would write over a change nobody has seen. The
    records stay locked until the import commits (PostgreSQL; SQLite's writers take turns)."""
    expected = {record.organisation_id: record for record in records}
    current: dict[int, int] = {}
    ids = sorted(expected)  # type: ignore[type-var]
    for start in range(0, len(ids), _SQLITE_MAX_VARIABLES):
        current.update(session.execute(
            select(Organisation.id, Organisation.version)
            .where(Organisation.id.in_(ids[start:start + _SQLITE_MAX_VARIABLES]))
            .order_by(Organisation.id).with_for_update()).all())
    stale = [row_id for row_id in ids if current.get(row_id) != expected[row_id].version]
    if not stale:
        return
    now = _existing_values(session, [row_id for row_id in stale if row_id in current])
    raise EditConflict(
        [Conflict("organisation", row_id, f"organisation {expected[row_id].existing_name}",
                  change.field, change.new, now.get(row_id, {}).get(change.field))
         for row_id in stale for change in expected[row_id].changes],
        {("organisation", row_id): current.get(row_id, 0) for row_id in stale})


@dataclass
class _ClusterLinks:
    """The cluster links an import adds, planned before its rows are written: the new rows get
    their derived `clusters` text with them (indexed once, by the bulk indexer), and the links
    go in without the per-link trigger that would rewrite that text (and re-index the row)
    once per link: the new rows' by group (most rows of a list name the same clusters), the
    directory records' with one executemany."""

    names: ClusterNames  # what it finds and creates (created, created_ids)
    created: GroupedRows  # the new rows' links, (cluster_id,) rows by group
    created_texts: list[str] | None  # each new row's clusters text once linked; None: all ''
    new: dict[int, list[int]]  # directory record -> the clusters it joins, in the order named
    texts: dict[int, str]  # directory record -> its clusters text once linked

    def write(self, session: Session) -> None:
        """The clusters to create, the links, and the text of the directory records that gain
        a link; the rows created must be written (with their texts) before."""
        if not self.new and not len(self.created):
            return
        self.names.write_planned()
        connection = session.connection()
        with trigger_set_aside(connection, "cluster_membership_ai"):
            # never an organisation's own cluster: new_links leaves those out
            insert_grouped(connection, ClusterMembership.__tablename__,
                           ("organisation_id", "cluster_id"), self.created)
            if self.new:
                insert_prevalidated(connection, ClusterMembership.__tablename__, {
                    "organisation_id": [organisation_id for organisation_id, cluster_ids
                                        in self.new.items() for _ in cluster_ids],
                    "cluster_id": [cluster_id for cluster_ids in self.new.values()
                                   for cluster_id in cluster_ids]})
        if self.new:
            table = Organisation.__table__
            session.execute(
                update(table).where(table.c.id == bindparam("_id")).values(
                    clusters=bindparam("_clusters")),
                [{"_id": organisation_id, "_clusters": self.texts[organisation_id]}
                 for organisation_id in self.new])


def _groups_of_lists(lists: Sequence[Any]) -> tuple[list[int | None], list[tuple[str, ...]],
                                                    list[int]]:
    """The new rows' cluster lists by group: each row's group (None: it names none), each
    group's names, and the position of the row that names it first. The plan shares one list
    object among the rows of the same text, so most rows cost a lookup by identity."""
    by_object: dict[int, int | None] = {}
    by_names: dict[tuple[str, ...], int] = {}
    firsts: list[int] = []
    for position, listed in enumerate(lists):
        if id(listed) in by_object:
            continue
        names = tuple(listed or ())
        group = by_names.get(names) if names else None
        if names and group is None:
            group = by_names[names] = len(firsts)
            firsts.append(position)
        by_object[id(listed)] = group
    return list(map(by_object.__getitem__, map(id, lists))), list(by_names), firsts


def _plan_cluster_links(session: Session, preview: ImportPreview, first_id: int) -> _ClusterLinks:
    """Resolve every cluster name of the rows to write (services.clusters' rule), the rows
    to create taking part with their ids from `first_id` on and the clusters to create after
    them; reads, never writes. Each row's links are those the file names that it does not
    have; its text is what the triggers of migration 0007 derive: the linked clusters' legal
    names by (name_key, id), "; "-joined. The names are resolved in file order (it numbers
    the clusters made): the new rows' lists where each first appears."""
    plan, decisions = preview.plan, preview.decisions
    creating = _creating(preview)
    every_row = len(creating) == plan.rows_read  # the plan's columns serve as they are

    def created_rows(values: Sequence[Any] | None) -> Sequence[Any]:
        if values is None:
            return [None] * len(creating)
        return values if every_row else [values[i] for i in creating]

    planned = range(first_id, first_id + len(creating))
    groups, group_names, firsts = _groups_of_lists(created_rows(plan.columns.get("clusters")))
    # what to resolve, in file order: (plan index, group or None, directory record, names)
    targets: list[tuple[int, int | None, int, tuple[str, ...]]] = [
        (creating[position], group, 0, group_names[group])
        for group, position in enumerate(firsts)]
    for index, decision in enumerate(decisions):
        if decision is Decision.UPDATE:
            record = preview.matches[index]
            names = tuple(value for change in record.changes if change.field == "clusters"
                          for value in change.new[len(change.old):])
            if names and record.organisation_id is not None:
                targets.append((index, None, record.organisation_id, names))
    targets.sort(key=lambda target: target[0])
    legal = created_rows(plan.columns.get("legal_name"))
    cluster = OrgType.CLUSTER_ORGANISATION
    resolver = ClusterNames(
        session, next_id=first_id + len(creating),
        wanted={name for _, _, _, names in targets for name in names},
        planned=Planned(planned, legal, created_rows(plan.columns.get("short_name")),
                        [kind is cluster for kind in created_rows(plan.columns.get("org_type"))]))
    links = _ClusterLinks(resolver, GroupedRows(planned, groups, {}), None, {}, {})
    if not targets:
        return links
    # what the directory records to update are members of already: (cluster id, key, name)
    updated = sorted(organisation_id for _, group, organisation_id, _ in targets
                     if group is None)
    members: dict[int, list[tuple[str, int, str]]] = {}
    for chunk in _chunks(updated):
        for organisation_id, cluster_id, name_key, name in session.execute(
                select(ClusterMembership.organisation_id, ClusterMembership.cluster_id,
                       Organisation.name_key, Organisation.legal_name)
                .join(Organisation, Organisation.id == ClusterMembership.cluster_id)
                .where(ClusterMembership.organisation_id.in_(chunk))):
            members.setdefault(organisation_id, []).append((name_key, cluster_id, name))
    group_ids: dict[int, list[int]] = {}  # group -> the clusters its rows join
    for _, group, organisation_id, names in targets:
        if group is None:
            existing = {cluster_id for _, cluster_id, _ in members.get(organisation_id, ())}
            new = resolver.new_links(organisation_id, names, existing)
            if new:
                links.new[organisation_id] = new
        else:  # new rows: members of nothing yet
            group_ids[group] = resolver.new_links(0, names, set())  # 0: no id
    # a new row that names itself (a cluster organisation of the file) joins the others only
    for group, cluster_ids in list(group_ids.items()):
        for cluster_id in cluster_ids:
            if cluster_id in planned and groups[cluster_id - first_id] == group:
                own = len(group_names)
                group_names.append(group_names[group])
                group_ids[own] = [other for other in cluster_ids if other != cluster_id]
                groups[cluster_id - first_id] = own
    rows = {group: [(cluster_id,) for cluster_id in cluster_ids]
            for group, cluster_ids in group_ids.items() if cluster_ids}
    links.created = GroupedRows(planned, [group if group in rows else None for group in groups]
                                if len(rows) < len(group_ids) else groups, rows)
    # the name key and legal name of each cluster linked: the file's rows, the clusters made,
    # the directory's
    linked = {cluster_id for cluster_ids in (*group_ids.values(), *links.new.values())
              for cluster_id in cluster_ids}
    named_as: dict[int, tuple[str, str]] = {}
    for organisation_id in (cluster_id for cluster_id in linked if cluster_id in planned):
        position = organisation_id - first_id
        named_as[organisation_id] = (plan.name_keys[creating[position]], legal[position])
    for organisation_id, name in zip(resolver.created_ids, resolver.created):
        named_as[organisation_id] = (normalised_name(name), name)
    in_directory = linked.difference(named_as)
    for chunk in _chunks(sorted(in_directory)):
        named_as.update((organisation_id, (name_key, name)) for organisation_id, name_key, name
                        in session.execute(select(Organisation.id, Organisation.name_key,
                                                  Organisation.legal_name)
                                           .where(Organisation.id.in_(chunk))))
    for organisation_id, cluster_ids in links.new.items():
        joined = members.get(organisation_id, []) + [
            (named_as[cluster_id][0], cluster_id, named_as[cluster_id][1])
            for cluster_id in cluster_ids]
        links.texts[organisation_id] = "; ".join(name for _, _, name in sorted(joined))
    if rows:
        texts: dict[int | None, str] = {None: ""}
        texts.update((group, "; ".join(named_as[cluster_id][1] for cluster_id in sorted(
            cluster_ids, key=lambda cluster_id: (named_as[cluster_id][0], cluster_id))))
            for group, cluster_ids in group_ids.items())
        links.created_texts = list(map(texts.__getitem__, links.created.groups))
    return links


def _chunks(ids: list[int]) -> Iterable[list[int]]:
    for start in range(0, len(ids), _SQLITE_MAX_VARIABLES):
        yield ids[start : start + _SQLITE_MAX_VARIABLES]


def _link(
    session: Session, preview: ImportPreview, created: list[int],
    clusters: dict[int, list[int]],
) -> list[list[Any]]:
    """The list fields of the rows written: all of a new organisation's, the additions of an
    updated one; the cluster links (`clusters`, by organisation id) are planned and written by
    _ClusterLinks. Returns the links added as [organisation id, field, value] (what undo
    removes from an updated organisation)."""
    plan = preview.plan
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in _LINKS if name != "clusters"}
    # the new organisations', by column: most rows of a large list name none
    creating = _creating(preview)
    for name, values in rows.items():
        listed = plan.columns.get(name)
        if not listed:
            continue
        column = _LINKS[name][1]
        values.extend({"organisation_id": organisation_id, column: value}
                      for organisation_id, index in zip(created, creating) if listed[index]
                      for value in listed[index])
    added: list[list[Any]] = []
    for index, decision in enumerate(preview.decisions):
        if decision is not Decision.UPDATE:
            continue
        record = preview.matches[index]
        organisation_id = record.organisation_id
        for change in record.changes:
            if change.field not in _LINKS:
                continue
            new_values = change.new[len(change.old):]
            if change.field == "clusters":
                new_values = clusters.get(organisation_id, [])  # type: ignore[arg-type]
            else:
                rows[change.field].extend({"organisation_id": organisation_id,
                                           _LINKS[change.field][1]: value}
                                          for value in new_values)
            added.extend([organisation_id, change.field, value] for value in new_values)
    for name, values in rows.items():
        if values:
            session.execute(insert(_LINKS[name][0]), values)
    return added


def _stamps(session: Session, ids: list[int]) -> dict[int, datetime]:
    stamps: dict[int, datetime] = {}
    for start in range(0, len(ids), _SQLITE_MAX_VARIABLES):
        stamps.update(session.execute(
            select(Organisation.id, Organisation.updated_at).where(
                Organisation.id.in_(ids[start : start + _SQLITE_MAX_VARIABLES]))).all())
    return stamps


def _enrol(
    session: Session, project_id: int, preview: ImportPreview, created: list[int]
) -> list[int]:
    """Add every organisation the file names to the project as a beneficiary; return the new
    participant numbers."""
    already = set(session.scalars(
        select(Participant.organisation_id).where(Participant.project_id == project_id)))
    number = session.scalar(
        select(func.max(Participant.number)).where(Participant.project_id == project_id)) or 0
    created_ids = iter(created)
    rows = []
    for index, decision in enumerate(preview.decisions):
        if decision is Decision.CREATE:
            organisation_id: int | None = next(created_ids)
        elif decision in (Decision.UPDATE, Decision.KEEP, Decision.UNCHANGED):
            organisation_id = preview.matches[index].organisation_id
        else:
            continue
        if organisation_id is None or organisation_id in already:
            continue
        number += 1
        already.add(organisation_id)
        rows.append({"project_id": project_id, "organisation_id": organisation_id,
                     "number": number, "role": Role.BENEFICIARY,
                     "monthly_personnel_cost": Decimal(0)})
    if rows:
        session.execute(insert(Participant), rows)
    return [row["number"] for row in rows]


def _ranges(ids: list[int]) -> list[list[int]]:
    """[3, 4, 5, 9] -> [[3, 5], [9, 9]]: a 50,000-organisation import stays a short record."""
    ranges: list[list[int]] = []
    for organisation_id in ids:
        if ranges and ranges[-1][1] == organisation_id - 1:
            ranges[-1][1] = organisation_id
        else:
            ranges.append([organisation_id, organisation_id])
    return ranges


# --- undo -------------------------------------------------------------------------------------


def undo_import(workspace: Workspace, batch_id: int) -> dict[int, int]:
    """Take an organisation import back exactly: remove the participants it enrolled and the
    organisations it created, restore the fields (and time stamps) it changed, forget the batch.
    One transaction: the GUI's undo step. Raises ImportUndoError when a created organisation
    has since been enrolled elsewhere, EditConflict when someone else changed a record it
    updated since (their change stands). Returns the versions it leaves on those records,
    which a redo of the same preview expects."""
    with workspace.transaction() as session:
        batch = session.get(ImportBatch, batch_id)
        if batch is None:
            raise ImportUndoError(f"import #{batch_id} is not in the workspace")
        if batch.kind != BATCH_KIND:
            raise ImportUndoError(f"import #{batch_id} is not an organisation list")
        details = json.loads(batch.details or "{}")
        enrolled = details.get("enrolled", [])
        if batch.project_id is not None and enrolled:
            for start in range(0, len(enrolled), _SQLITE_MAX_VARIABLES):
                session.execute(delete(Participant).where(
                    Participant.project_id == batch.project_id,
                    Participant.number.in_(enrolled[start : start + _SQLITE_MAX_VARIABLES])))
        undo_participations(session, details.get("participations", {}))
        _refuse_undo_over_others(session, details.get("updated", []))
        _restore(session, details.get("updated", []))
        for organisation_id, name, value in details.get("links", []):
            model, column = _LINKS[name]
            session.execute(delete(model).where(model.organisation_id == organisation_id,
                                                getattr(model, column) == value))
        created = [range(first, last + 1) for first, last in details.get("created", [])]
        if created:
            in_created = or_(*(Organisation.id.between(r.start, r.stop - 1) for r in created))
            used = session.execute(
                select(Organisation.legal_name, Project.acronym)
                .join(Participant, Participant.organisation_id == Organisation.id)
                .join(Project, Project.id == Participant.project_id)
                .where(in_created).limit(3)).all()
            if used:
                names = ", ".join(f"{name} ({acronym})" for name, acronym in used)
                raise ImportUndoError(
                    f"organisations this import created take part in projects since: {names}; "
                    "remove them there first")
            delete_organisations(session.connection(), details["created"])
        session.delete(batch)
        restored = [change["id"] for change in details.get("updated", [])]
        left: dict[int, int] = {}
        for start in range(0, len(restored), _SQLITE_MAX_VARIABLES):
            left.update(session.execute(select(Organisation.id, Organisation.version).where(
                Organisation.id.in_(restored[start:start + _SQLITE_MAX_VARIABLES]))).all())
        return left


def _refuse_undo_over_others(session: Session, updated: list[dict[str, Any]]) -> None:
    """`EditConflict` when a record the import updated is no longer at the version the import
    left (an import recorded before row versions has none to compare: it is put back)."""
    expected = {change["id"]: change for change in updated if "version" in change}
    if not expected:
        return
    ids = sorted(expected)
    current: dict[int, int] = {}
    for start in range(0, len(ids), _SQLITE_MAX_VARIABLES):
        current.update(session.execute(
            select(Organisation.id, Organisation.version)
            .where(Organisation.id.in_(ids[start:start + _SQLITE_MAX_VARIABLES]))
            .order_by(Organisation.id).with_for_update()).all())
    stale = [row_id for row_id in ids if current.get(row_id) != expected[row_id]["version"]]
    if not stale:
        return
    now = _existing_values(session, [row_id for row_id in stale if row_id in current])
    raise EditConflict(
        [Conflict("organisation", row_id, "organisation", name, old, now.get(row_id, {}).get(name))
         for row_id in stale for name, old in expected[row_id]["old"].items()],
        {("organisation", row_id): current.get(row_id, 0) for row_id in stale})


def _restore(session: Session, updated: list[dict[str, Any]]) -> None:
    table = Organisation.__table__
    for change in updated:
        old = dict(change["old"])
        for name in _MONEY_FIELDS & old.keys():
            if old[name] is not None:
                old[name] = Decimal(old[name])
        if "legal_name" in old:
            old["name_key"] = normalised_name(str(old["legal_name"]))
        old["updated_at"] = datetime.fromisoformat(change["updated_at"])
        session.execute(update(table).where(table.c.id == change["id"]).values(
            **old, **bumped(table)))
