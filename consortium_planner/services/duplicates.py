"""Duplicate organisations: find likely duplicates, merge them into one record, undo a merge.

Finding. Three reasons make two organisations likely the same:
- the same VAT number (PIC cannot repeat: the schema keeps it unique);
- the same name key (`organisation.name_key`: the legal name without case, accents,
  punctuation or legal form) in the same country;
- similar name keys in the same country: rapidfuzz's `ratio` of the keys with their words sorted
  (what `token_sort_ratio` computes, with the sorting done once per name instead of once per
  pair) at or above `SIMILARITY_THRESHOLD`.
Comparing every pair of a country (4,500 names on average, up to 30,000) would take minutes, so
the similar-name pass compares names only within blocks: names of one country whose two rarest
words (word frequency counted per country) share their first or their last four letters. A
real duplicate differs by a typo, an accent, a word order, a word more or a legal form, so at
least one of its rare words keeps its start or its end; common words ("universidad", "de",
"technik") are never among a name's two rarest, so they make no huge block, and the few
oversized blocks left (more than `MAX_BLOCK` names) are skipped. A similar pair must also stay
similar once the common words both names share are set aside (`DISTINCT_THRESHOLD`): "Kalo
Technik Forschung" and "Kami Technik Forschung" score 91 but are two companies.
Pairs the user marked "not duplicates" (table `not_duplicate`) are never proposed again.

Merging keeps one record, gives it the field values the user chose from the group, moves every
row that points at the others (found from the models' foreign keys, so a new one cannot be
forgotten) and the organisation-import records that name them, and deletes the others, in one
transaction. `MergeResult` holds everything `undo_merge` needs to put the workspace back exactly.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import combinations
from typing import Any

from rapidfuzz import fuzz, process
from sqlalchemy import (
    PrimaryKeyConstraint,
    String,
    Table,
    UniqueConstraint,
    cast,
    delete,
    func,
    insert,
    select,
    tuple_,
    update,
)
from sqlalchemy.orm import Session

from consortium_planner.domain.vocab import ORGANISATION_FIELDS
from consortium_planner.models import (
    Base,
    ClusterMembership,
    EuParticipation,
    ImportBatch,
    NotDuplicate,
    Organisation,
    OrganisationEcosystem,
    OrganisationNace,
    OrganisationRole,
    Participant,
    Project,
    bumped,
    revived,
)
from consortium_planner.reference.nuts import region_in_country
from consortium_planner.services import edit_log
from consortium_planner.reference.messages import Message, gettext, words
from consortium_planner.services.errors import UserError
from consortium_planner.workspace import Workspace

SIMILARITY_THRESHOLD = 90  # token-sorted similarity of name keys, 0-100
DISTINCT_THRESHOLD = 75  # the same once the common words both share are set aside
COMMON_SHARE = 0.005  # a word in this share of a country's names is common there ...
COMMON_MINIMUM = 5  # ... and in at least this many
MAX_BLOCK = 2000  # a block larger than this is skipped (see the module docstring)
SAME_VAT_SCORE = 100
SAME_NAME_SCORE = 99
_ORGANISATION_IMPORT = "organisations"  # ImportBatch.kind of an organisation list
_AFFIX = 4  # blocks join names whose rare words share their first or last four letters
_SMALL_BLOCK = 12  # below this, comparing pair by pair costs less than a cdist call
_PARALLEL_BLOCK = 400  # above this, a cdist call is worth starting threads for
_MAX_MARKED_GROUP = 500  # a larger group with the same key is joined as a star regardless


class ScanCancelled(Exception):
    """The user cancelled the scan."""


@dataclass(frozen=True)
class DuplicateGroup:
    reason: str  # "same VAT", "same name in ES", "similar names in ES" (joined with "; ")
    score: int  # 0-100: the weakest link of the group
    ids: tuple[int, ...]  # ascending


# --- finding ------------------------------------------------------------------------------------


class _Groups:
    """Union-find over organisation ids, remembering each group's weakest link and reasons."""

    def __init__(self) -> None:
        self.parent: dict[int, int] = {}
        self.score: dict[int, int] = {}
        self.reasons: dict[int, set[str]] = {}

    def find(self, item: int) -> int:
        parent = self.parent.setdefault(item, item)
        while parent != item:
            grand = self.parent.setdefault(parent, parent)
            self.parent[item] = grand
            item, parent = parent, grand
        return item

    def join(self, first: int, second: int, score: int, reason: str) -> None:
        a, b = self.find(first), self.find(second)
        if a != b:
            self.parent[b] = a
            self.score[a] = min(self.score.get(a, 100), self.score.pop(b, 100), score)
            self.reasons.setdefault(a, set()).update(self.reasons.pop(b, set()))
        self.reasons.setdefault(a, set()).add(reason)

    def groups(self) -> list[DuplicateGroup]:
        members: dict[int, list[int]] = defaultdict(list)
        for item in self.parent:
            members[self.find(item)].append(item)
        found = [
            DuplicateGroup("; ".join(sorted(self.reasons[root])), self.score.get(root, 100),
                           tuple(sorted(ids)))
            for root, ids in members.items() if len(ids) > 1
        ]
        found.sort(key=lambda group: (-group.score, group.ids))
        return found


def _edges_of_exact_group(ids: Sequence[int], marked: set[tuple[int, int]],
                          marked_ids: set[int]) -> list[tuple[int, int]]:
    """Edges joining records that share a key: a star, unless the user marked some of their
    pairs "not duplicates"; then every pair they did not mark."""
    ordered = sorted(ids)
    if len(ordered) > _MAX_MARKED_GROUP or marked_ids.isdisjoint(ordered):
        return [(ordered[0], other) for other in ordered[1:]]
    return [pair for pair in combinations(ordered, 2) if pair not in marked]


def _blocks(words: list[list[str]], frequency: Counter[str], common: set[str]
            ) -> Iterable[list[int]]:
    """Positions of names of one country to compare with each other: those whose two rarest
    words share their first or their last letters (see the module docstring)."""
    blocks: dict[str, list[int]] = defaultdict(list)
    for position, name in enumerate(words):
        rare = [word for word in set(name) if word not in common]
        if len(rare) > 2:
            rare = sorted(rare, key=lambda word: (frequency[word], word))[:2]
        elif not rare:
            rare = [min(name, key=lambda word: (frequency[word], word))]
        for word in rare:
            blocks["<" + word[:_AFFIX]].append(position)
            if len(word) > _AFFIX:
                blocks[">" + word[-_AFFIX:]].append(position)
    for members in blocks.values():
        if 1 < len(members) <= MAX_BLOCK:
            yield sorted(set(members))


def _distinct_enough(first: list[str], second: list[str], common: set[str]) -> bool:
    """Whether two similar names still look alike once the common words they share are set
    aside: "Kalo Technik Forschung" and "Kami Technik Forschung" are two companies, while
    "Universidad de Sevilla" and "Universidad Sevila" are one."""
    shared = set(first) & set(second) & common
    rest_first = " ".join(sorted(word for word in first if word not in shared))
    rest_second = " ".join(sorted(word for word in second if word not in shared))
    return fuzz.ratio(rest_first, rest_second) >= DISTINCT_THRESHOLD


def _similar_pairs(ids: list[int], keys: list[str]) -> dict[tuple[int, int], int]:
    """Pairs of ids (lower first) whose token-sorted name keys are similar, with their score."""
    words = [key.split() for key in keys]
    frequency = Counter(word for name in words for word in set(name))
    common = {word for word, count in frequency.items()
              if count >= max(COMMON_MINIMUM, len(keys) * COMMON_SHARE)}
    sorted_keys = [" ".join(sorted(name)) for name in words]
    candidates: dict[tuple[int, int], int] = {}
    ratio = fuzz.ratio
    for block in _blocks(words, frequency, common):
        if len(block) < _SMALL_BLOCK:
            for i, first in enumerate(block):
                text = sorted_keys[first]
                for second in block[i + 1:]:
                    score = ratio(text, sorted_keys[second], score_cutoff=SIMILARITY_THRESHOLD)
                    if score:
                        candidates[(first, second)] = round(score)
            continue
        texts = [sorted_keys[position] for position in block]
        matrix = process.cdist(texts, texts, scorer=ratio, dtype="uint8",
                               workers=-1 if len(block) > _PARALLEL_BLOCK else 1,
                               score_cutoff=SIMILARITY_THRESHOLD)
        rows, columns = matrix.nonzero()
        for row, column in zip(rows.tolist(), columns.tolist(), strict=True):
            if row < column:
                candidates[(block[row], block[column])] = int(matrix[row, column])
    found: dict[tuple[int, int], int] = {}
    for (first, second), score in candidates.items():
        if keys[first] != keys[second] and _distinct_enough(words[first], words[second], common):
            found[(min(ids[first], ids[second]), max(ids[first], ids[second]))] = score
    return found


@dataclass(frozen=True)
class ScanInput:
    """What a scan reads from the workspace, so the long part runs without holding a session
    (a session's transaction would keep the window's edits waiting)."""

    total: int
    marked: frozenset[tuple[int, int]]  # pairs marked "not duplicates", lower id first
    same_vat: tuple[tuple[int, ...], ...]
    same_name: tuple[tuple[str, tuple[int, ...]], ...]  # (country, ids)
    by_country: Mapping[str, tuple[list[int], list[str]]]  # country -> (ids, name keys)


def read_scan_input(session: Session) -> ScanInput:
    """The few queries a scan needs (a fraction of a second for 134,000 organisations)."""
    total = session.scalar(select(func.count()).select_from(Organisation)) or 0
    marked = frozenset((a, b) for a, b in session.execute(
        select(NotDuplicate.first_id, NotDuplicate.second_id)))
    vat = func.upper(func.replace(Organisation.vat, " ", ""))
    if session.get_bind().dialect.name == "postgresql":
        id_list: Any = func.string_agg(cast(Organisation.id, String), ",")
    else:
        id_list = func.group_concat(Organisation.id)
    same_vat = tuple(
        tuple(int(i) for i in ids.split(",")) for ids in session.scalars(
            select(id_list).where(func.coalesce(vat, "") != "")
            .group_by(vat).having(func.count() > 1)))
    same_name = tuple(
        (country, tuple(int(i) for i in ids.split(","))) for country, ids in session.execute(
            select(Organisation.country, id_list)
            .where(Organisation.name_key != "")
            .group_by(Organisation.country, Organisation.name_key).having(func.count() > 1)))
    by_country: dict[str, tuple[list[int], list[str]]] = defaultdict(lambda: ([], []))
    for organisation_id, key, country in session.execute(
            select(Organisation.id, Organisation.name_key, Organisation.country)
            .where(Organisation.name_key != "")):
        ids, keys = by_country[country]
        ids.append(organisation_id)
        keys.append(key)
    return ScanInput(total, marked, same_vat, same_name, dict(by_country))


def group_duplicates(
    scan: ScanInput,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[DuplicateGroup]:
    """Groups of likely duplicate organisations, best first (see the module docstring).

    `progress(done, total)` is called as countries are scanned (`total` is the number of
    organisations); `cancelled()` returning True, or `progress` raising, stops the scan
    (`ScanCancelled` in the first case)."""
    total, marked = scan.total, set(scan.marked)
    marked_ids = {organisation_id for pair in marked for organisation_id in pair}

    def report(done: int) -> None:
        if cancelled is not None and cancelled():
            raise ScanCancelled
        if progress is not None:
            progress(done, total)

    report(0)
    groups = _Groups()
    for ids in scan.same_vat:
        for a, b in _edges_of_exact_group(ids, marked, marked_ids):
            groups.join(a, b, SAME_VAT_SCORE, "same VAT")
    for country, ids in scan.same_name:
        for a, b in _edges_of_exact_group(ids, marked, marked_ids):
            groups.join(a, b, SAME_NAME_SCORE, f"same name in {country or 'no country'}")
    done = total - sum(len(ids) for ids, _keys in scan.by_country.values())
    for country, (ids, keys) in sorted(scan.by_country.items(),
                                       key=lambda item: -len(item[1][0])):
        pairs = _similar_pairs(ids, keys)
        for (a, b), score in sorted(pairs.items(), key=lambda item: -item[1]):
            if (a, b) not in marked:
                groups.join(a, b, score, f"similar names in {country or 'no country'}")
        done += len(ids)
        report(done)
    report(total)
    return groups.groups()


def find_duplicates(
    session: Session,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[DuplicateGroup]:
    """`group_duplicates` of what `read_scan_input` reads (the interface of issue 12)."""
    return group_duplicates(read_scan_input(session), progress=progress, cancelled=cancelled)


def mark_not_duplicates(workspace: Workspace, ids: Sequence[int]) -> tuple[tuple[int, int], ...]:
    """Remember that these organisations are not duplicates of each other (every pair of them);
    returns the pairs it added, for `unmark_not_duplicates` (the undo)."""
    workspace.require_writable("mark organisations as not duplicates")
    wanted = sorted(set(ids))
    pairs = [(a, b) for i, a in enumerate(wanted) for b in wanted[i + 1:]]
    with workspace.transaction() as session:
        known = set(session.execute(select(NotDuplicate.first_id, NotDuplicate.second_id).where(
            NotDuplicate.first_id.in_(wanted))).all())
        new = [pair for pair in pairs if pair not in known]
        if new:
            session.execute(insert(NotDuplicate), [
                {"first_id": a, "second_id": b, "created_at": datetime.now()} for a, b in new])
    return tuple(new)


def unmark_not_duplicates(workspace: Workspace, pairs: Sequence[tuple[int, int]]) -> None:
    with workspace.transaction() as session:
        if pairs:
            session.execute(delete(NotDuplicate).where(
                tuple_(NotDuplicate.first_id, NotDuplicate.second_id).in_(list(pairs))))


# --- merging ------------------------------------------------------------------------------------

# How a merge treats rows of a table pointing at a merged organisation: "move" (the default for
# every foreign key the models declare) points them at the kept record; "drop" removes them (a
# "not duplicates" verdict about a record that no longer exists means nothing). Undo puts both
# back.
_DROPPED_ON_MERGE = frozenset({NotDuplicate.__tablename__})
# Lists of an organisation (models/value_chain.py): the merged record keeps the union of them.
# Their primary key holds the organisation, so rows are re-made under the kept id (and undo
# deletes those and puts the originals back) rather than updated in place.
_UNITED_ON_MERGE = frozenset({
    OrganisationNace.__tablename__, OrganisationEcosystem.__tablename__,
    OrganisationRole.__tablename__, ClusterMembership.__tablename__})


@dataclass(frozen=True)
class MergeResult:
    """Everything a merge changed, as plain values, for an exact undo.

    `kept_before`: the kept organisation's row before the merge (every column);
    `removed`: the merged organisations' rows; `moved`: (table, column, primary keys of the rows
    it re-pointed, their former value); `dropped`: (table, rows) removed outright;
    `batches`: (import batch id, its former details); `added`: (table, rows) of the merged
    records' lists made again under the kept id."""

    keep_id: int
    other_ids: tuple[int, ...]
    kept_before: Mapping[str, Any]
    removed: tuple[Mapping[str, Any], ...]
    moved: tuple[tuple[str, str, tuple[tuple[Any, ...], ...], int], ...]
    dropped: tuple[tuple[str, tuple[Mapping[str, Any], ...]], ...]
    batches: tuple[tuple[int, str], ...]
    added: tuple[tuple[str, tuple[Mapping[str, Any], ...]], ...] = ()  # rows made under keep_id


def _unite(session: Session, table: Table, column: str, keep_id: int,
           others: Sequence[int]) -> tuple[tuple[Mapping[str, Any], ...], list[dict[str, Any]]]:
    """The list rows of `others` go; each comes back under `keep_id` unless the kept record
    has it already (or it would make a cluster its own member). Returns (removed, made)."""
    found = tuple(dict(row) for row in session.execute(
        select(table).where(table.c[column].in_(others))).mappings())
    if not found:
        return (), []
    session.execute(delete(table).where(table.c[column].in_(others)))
    existing = {tuple(row) for row in session.execute(
        select(*table.primary_key.columns).where(table.c[column] == keep_id))}
    made = []
    for row in found:
        new = {**row, column: keep_id}
        key = _primary_key(table, new)
        if key in existing or new.get("organisation_id") == new.get("cluster_id", -1):
            continue
        existing.add(key)
        made.append(new)
    if made:
        session.execute(insert(table), made)
    return found, made


def organisation_references() -> list[tuple[Table, str]]:
    """(table, column) of every foreign key of the models that points at an organisation."""
    return [(table, key.parent.name)
            for table in Base.metadata.sorted_tables
            for key in table.foreign_keys
            if key.column.table.name == Organisation.__tablename__]


def _primary_key(table: Table, row: Mapping[str, Any]) -> tuple[Any, ...]:
    return tuple(row[column.name] for column in table.primary_key.columns)


def _refuse_conflicts(session: Session, table: Table, column: str, group: list[int]) -> None:
    """Two rows that would be the same after the move (a unique constraint over the column):
    most of all, two participations in one project. Refused: keeping either would silently drop
    the other's effort, costs and leads, which the user must choose between."""
    unique_sets = [
        [c.name for c in constraint.columns] for constraint in table.constraints
        if isinstance(constraint, (UniqueConstraint, PrimaryKeyConstraint))
    ] + [[c.name for c in index.columns] for index in table.indexes if index.unique]
    for names in unique_sets:
        if column not in names:
            continue
        others = [table.c[name] for name in names if name != column]
        rows = session.execute(select(*others, table.c[column]).where(
            table.c[column].in_(group))).all()
        seen: dict[tuple[Any, ...], int] = {}
        for row in rows:
            key = tuple(row[:-1])
            if key in seen and seen[key] != row[-1]:
                raise UserError(_conflict_message(session, table, key, (seen[key], row[-1])))
            seen[key] = row[-1]


def _conflict_message(session: Session, table: Table, key: tuple[Any, ...],
                      ids: tuple[int, int]) -> Message:
    names = [session.get(Organisation, organisation_id) for organisation_id in ids]
    who = words(o.legal_name if o else str(i) for o, i in zip(names, ids, strict=True))
    if table.name == Participant.__tablename__:
        acronym = session.scalar(select(Project.acronym).where(Project.id == key[0]))
        return gettext("{who} both take part in {acronym}; remove one of them from {acronym} "
                       "first (its effort and costs would otherwise be lost), then merge.",
                       who=who, acronym=acronym)
    return gettext("{who} cannot be merged: both have a {table} row {key}.", who=who,
                   table=table.name.replace('_', ' '), key=key)


def _repeated_participations(session: Session, keep_id: int, others: Sequence[int]
                             ) -> tuple[dict[str, Any], ...]:
    """The merged records' EU project participations that the kept record (or an earlier merged
    one) already has: the same project told twice. They go (undo puts them back) rather than
    refusing the merge: unlike a project's participants, they carry nothing the user made."""
    table = EuParticipation.__table__
    rows = session.execute(select(table).where(
        table.c.organisation_id.in_([keep_id, *others]))).mappings().all()
    seen: set[str] = set()
    repeated = []
    for row in sorted(rows, key=lambda r: (r["organisation_id"] != keep_id,
                                           r["organisation_id"], r["id"])):
        if row["project_id"] in seen:
            repeated.append(dict(row))
        seen.add(row["project_id"])
    return tuple(repeated)


def _organisation_row(session: Session, organisation_id: int) -> dict[str, Any]:
    table = Organisation.__table__
    row = session.execute(select(table).where(table.c.id == organisation_id)).mappings().first()
    if row is None:
        raise UserError(gettext("One of these organisations no longer exists; scan again."))
    return dict(row)


def _rewritten_batches(session: Session, group: set[int], keep_id: int
                       ) -> list[tuple[int, str, str]]:
    """Organisation imports that name a merged record: their updates now name the kept record
    and `merged` notes which record went into which. The `created` ranges stay as they were:
    undoing such an import must not delete the kept record, which it did not create."""
    changed = []
    for batch_id, details in session.execute(select(ImportBatch.id, ImportBatch.details).where(
            ImportBatch.kind == _ORGANISATION_IMPORT)).all():
        try:
            data = json.loads(details or "{}")
        except ValueError:
            continue
        created = {organisation_id for first, last in data.get("created", [])
                   for organisation_id in group - {keep_id} if first <= organisation_id <= last}
        named = [change for change in data.get("updated", [])
                 if change.get("id") in group - {keep_id}]
        if not named and not created:
            continue
        merged = set(created) | {change["id"] for change in named}
        for change in named:
            change["id"] = keep_id
        data.setdefault("merged", {}).update(
            {str(organisation_id): keep_id for organisation_id in sorted(merged - {keep_id})})
        changed.append((batch_id, details, json.dumps(data, ensure_ascii=False)))
    return changed


def merge_organisations(workspace: Workspace, keep_id: int, other_ids: Sequence[int],
                        chosen: Mapping[str, int]) -> MergeResult:
    """Merge `other_ids` into `keep_id` in one transaction (see the module docstring).

    `chosen` maps an organisation field to the id of the record whose value the kept record
    takes; fields not named keep the kept record's value. Raises `UserError` (and writes
    nothing) when two of the records take part in the same project, or when the chosen region
    is not in the chosen country."""
    others = tuple(sorted(set(other_ids) - {keep_id}))
    if not others:
        raise UserError(gettext("Choose at least two organisations to merge."))
    group = {keep_id, *others}
    unknown = set(chosen) - set(ORGANISATION_FIELDS)
    if unknown:
        raise ValueError(f"unknown organisation fields {sorted(unknown)}")
    if set(chosen.values()) - group:
        raise ValueError("a chosen value comes from a record outside the merge")
    workspace.require_writable("merge organisations")
    table = Organisation.__table__
    with workspace.transaction() as session:
        rows = {organisation_id: _organisation_row(session, organisation_id)
                for organisation_id in sorted(group)}
        values = {field: rows[source][field] for field, source in chosen.items()}
        if "legal_name" in values:
            values["name_key"] = rows[chosen["legal_name"]]["name_key"]
        country = values.get("country", rows[keep_id]["country"])
        nuts2 = values.get("nuts2", rows[keep_id]["nuts2"])
        if nuts2 and country and not region_in_country(nuts2, country):
            raise UserError(gettext("The region {region} is not in {country}: choose the region "
                                    "and the country from records that agree.",
                                    region=nuts2, country=country))
        moved, dropped, added = [], [], []
        for referring, column in organisation_references():
            if referring.name in _UNITED_ON_MERGE:
                removed_rows, made = _unite(session, referring, column, keep_id, others)
                if removed_rows:
                    dropped.append((referring.name, removed_rows))
                if made:
                    added.append((referring.name, tuple(made)))
                continue
            if referring.name in _DROPPED_ON_MERGE:
                found = session.execute(select(referring).where(
                    referring.c[column].in_(others))).mappings().all()
                if found:
                    dropped.append((referring.name, tuple(dict(row) for row in found)))
                    session.execute(delete(referring).where(referring.c[column].in_(others)))
                continue
            if referring.name == EuParticipation.__tablename__:
                repeated = _repeated_participations(session, keep_id, others)
                if repeated:
                    dropped.append((referring.name, repeated))
                    session.execute(delete(referring).where(
                        referring.c.id.in_([row["id"] for row in repeated])))
            _refuse_conflicts(session, referring, column, sorted(group))
            for other in others:
                keys = tuple(tuple(row) for row in session.execute(
                    select(*referring.primary_key.columns).where(referring.c[column] == other)))
                if keys:
                    moved.append((referring.name, column, keys, other))
            session.execute(update(referring).where(referring.c[column].in_(others))
                            .values({column: keep_id}))
        batches = _rewritten_batches(session, group, keep_id)
        for batch_id, _old, new in batches:
            session.execute(update(ImportBatch).where(ImportBatch.id == batch_id)
                            .values(details=new))
        session.execute(delete(table).where(table.c.id.in_(others)))
        if values:
            session.execute(update(table).where(table.c.id == keep_id)
                            .values({**values, "updated_at": datetime.now(), **bumped(table)}))
        _log_merge(session, keep_id, rows, values, moved, undo=False)
    return MergeResult(
        keep_id=keep_id, other_ids=others, kept_before=rows[keep_id],
        removed=tuple(rows[other] for other in others), moved=tuple(moved),
        dropped=tuple(dropped), batches=tuple((batch_id, old) for batch_id, old, _ in batches),
        added=tuple(added))


def undo_merge(workspace: Workspace, result: MergeResult) -> None:
    """Put the workspace back exactly as before `merge_organisations` (same ids, values, links),
    in one transaction."""
    tables = Base.metadata.tables
    table = Organisation.__table__
    with workspace.transaction() as session:
        kept_merged = _organisation_row(session, result.keep_id)  # for the log: what it was
        session.execute(update(table).where(table.c.id == result.keep_id).values({
            **{k: v for k, v in result.kept_before.items() if k not in ("id", "version")},
            **bumped(table)}))
        session.execute(insert(table), [revived(row) for row in result.removed])
        for name, column, keys, value in result.moved:
            referring = tables[name]
            primary = list(referring.primary_key.columns)
            for start in range(0, len(keys), 400):
                chunk = list(keys[start:start + 400])
                condition = (primary[0].in_([key[0] for key in chunk]) if len(primary) == 1
                             else tuple_(*primary).in_(chunk))
                session.execute(update(referring).where(condition).values({column: value}))
        for name, rows in reversed(result.added):
            referring = tables[name]
            primary = list(referring.primary_key.columns)
            for row in rows:
                session.execute(delete(referring).where(
                    *(column == row[column.name] for column in primary)))
        for name, rows in result.dropped:
            session.execute(insert(tables[name]), [revived(row) for row in rows])
        for batch_id, details in result.batches:
            session.execute(update(ImportBatch).where(ImportBatch.id == batch_id)
                            .values(details=details))
        after = {result.keep_id: result.kept_before, **{row["id"]: row for row in result.removed}}
        _log_merge(session, result.keep_id, after, {}, result.moved, undo=True,
                   kept_now=kept_merged)


def _log_merge(session: Session, keep_id: int, rows: Mapping[int, Mapping[str, Any]],
               values: Mapping[str, Any], moved: Sequence[tuple[str, str, tuple, int]], *,
               undo: bool, kept_now: Mapping[str, Any] | None = None) -> None:
    """The edit log's entries of a merge (or of its undo), whose writes bypass the ORM: the
    records merged away (removed, or back), the kept record's fields, and every row moved
    from one record to the other (rows with an id of their own)."""
    others = [row for organisation_id, row in rows.items() if organisation_id != keep_id]
    if undo:
        edit_log.record_inserted(session, "organisation", others)
        for field, value in rows[keep_id].items():
            if field not in ("id", "version", "updated_at") and kept_now is not None:
                edit_log.record_update(session, "organisation", keep_id, field,
                                       kept_now.get(field), value)
    else:
        edit_log.record_deleted(session, "organisation", others)
        for field, value in values.items():
            edit_log.record_update(session, "organisation", keep_id, field,
                                   rows[keep_id].get(field), value)
    for name, column, keys, other in moved:
        for key in keys:
            if len(key) == 1 and isinstance(key[0], int):
                old, new = (keep_id, other) if undo else (other, keep_id)
                edit_log.record_update(session, name, key[0], column, old, new)


def organisation_values(session: Session, ids: Sequence[int]) -> list[dict[str, Any]]:
    """The fields of these organisations (in `ids`' order, those that still exist), plain
    values keyed by field name plus "id": what the merge view compares side by side."""
    table = Organisation.__table__
    columns = [table.c.id, *(table.c[name] for name in ORGANISATION_FIELDS)]
    found = {row["id"]: dict(row) for row in session.execute(
        select(*columns).where(table.c.id.in_(list(ids)))).mappings()}
    return [found[organisation_id] for organisation_id in ids if organisation_id in found]
