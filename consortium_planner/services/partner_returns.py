"""Returned partner workbooks: diff against the workspace, apply, and track who has returned.

Each file is one intention: it is read and checked without the database, then compared with the
workspace and (unless it is a dry run) applied in one transaction together with its `ImportBatch`
(kind "partner_workbook", file name, sha256, time, counts and a JSON record of what changed). A
file with any error changes nothing. Several files are several transactions, each with its own
result, so one bad workbook does not hold back the others.

Applying changes only what the diff lists: the effort of the work packages the workbook was made
with (recorded in its identity sheet), the cost lines without a work package or in one of those
work packages (matched line by line, so an unchanged line keeps its row and nothing is added
twice), and the profile fields that changed. Work packages added after the workbook was made
keep their effort and cost lines.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session, object_session, selectinload

from consortium_planner.domain.money import ZERO, two_places
from consortium_planner.domain.text import fold
from consortium_planner.domain.vocab import ORG_TYPE_LABELS, CostCategory, OrgType, SmeClass
from consortium_planner.formats.partner_workbook import PROFILE_FIELDS
from consortium_planner.importing.errors import ImportFileError, SheetProblem
from consortium_planner.importing.partner_workbook import (
    ReturnedCostLine,
    ReturnedWorkbook,
    is_partner_workbook,
    read_partner_workbook,
)
from consortium_planner.models import (
    CostItem,
    Effort,
    ImportBatch,
    Organisation,
    Participant,
    Project,
    VersionKind,
    WorkPackage,
    acronym_key,
)
from consortium_planner.names import normalised_name
from consortium_planner.reference.messages import Label, Message, Number, gettext
from consortium_planner.reference.wording import ENGLISH, Wording
from consortium_planner.services.editing.participants import profile_roles
from consortium_planner.services.editing.value_chain import as_roles, read_list, replace_list
from consortium_planner.services.errors import UserError
from consortium_planner.services.matching import NO_MATCH, find_in_session
from consortium_planner.services.versions import take_version
from consortium_planner.workspace import Workspace

KIND = "partner_workbook"
Status = Literal["imported", "rejected", "dry-run"]

FIELD_LABELS: dict[str, str] = {f.key: f.label for f in PROFILE_FIELDS}
# a message id (imports.po): the diff words its labels as Labels
FIELD_LABELS["sme_class"] = gettext("SME class (from staff and figures)").singular
_MONEY_FIELDS = frozenset({"turnover", "balance_sheet", "monthly_personnel_cost"})
# Lists the profile returns: the organisation's NACE codes, the participant's roles.
_LIST_FIELDS = frozenset({"nace_codes", "value_chain_roles"})
_OPTIONAL_FIELDS = frozenset({"pic", "vat", "profit", "staff_headcount", "turnover",
                              "balance_sheet"})

__all__ = [
    "CostLineChange",
    "EffortChange",
    "FieldChange",
    "FileResult",
    "PartnerDiff",
    "PartnerReturn",
    "import_partner_workbook",
    "import_partner_workbooks",
    "is_partner_workbook",
    "partner_returns",
]


# --- results -------------------------------------------------------------------------------------


def _shown(name: str, value: Any) -> str:
    """How a value reads in the diff: money with two places, Yes/No, labels for codes."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, Decimal):
        return two_places(value)
    if name == "org_type":
        return ORG_TYPE_LABELS.get(OrgType(value), str(value))
    return str(value)


@dataclass(frozen=True)
class FieldChange:
    field: str
    label: str
    old: str
    new: str

    def as_json(self) -> dict[str, str]:
        return {"field": self.field, "label": self.label, "old": self.old, "new": self.new}


@dataclass(frozen=True)
class EffortChange:
    work_package: int
    old: Decimal  # ZERO when the participant had no effort in the WP
    new: Decimal

    def as_json(self) -> dict[str, Any]:
        return {"work_package": self.work_package, "old": two_places(self.old),
                "new": two_places(self.new)}


@dataclass(frozen=True)
class CostLineValues:
    category: str
    work_package: int | None
    description: str
    quantity: Decimal | None
    unit_cost: Decimal | None
    amount: Decimal

    def as_json(self) -> dict[str, Any]:
        return {
            "category": self.category,
            "work_package": self.work_package,
            "description": self.description,
            "quantity": None if self.quantity is None else two_places(self.quantity),
            "unit_cost": None if self.unit_cost is None else two_places(self.unit_cost),
            "amount": two_places(self.amount),
        }


@dataclass(frozen=True)
class CostLineChange:
    change: Literal["added", "removed", "changed"]
    old: CostLineValues | None
    new: CostLineValues | None
    item_id: int | None = None  # the workspace's cost line that is changed or removed

    @property
    def line(self) -> CostLineValues:
        return self.new or self.old  # type: ignore[return-value]

    def as_json(self) -> dict[str, Any]:
        return {"change": self.change,
                "old": self.old.as_json() if self.old else None,
                "new": self.new.as_json() if self.new else None}


@dataclass
class PartnerDiff:
    """What importing one workbook changes, field by field and line by line."""

    project: str
    participant: int
    organisation: str
    profile: list[FieldChange] = field(default_factory=list)
    efforts: list[EffortChange] = field(default_factory=list)
    cost_lines: list[CostLineChange] = field(default_factory=list)
    unchanged_efforts: int = 0
    unchanged_cost_lines: int = 0

    @property
    def created(self) -> int:
        return (sum(1 for c in self.cost_lines if c.change == "added")
                + sum(1 for e in self.efforts if e.old == ZERO))

    @property
    def updated(self) -> int:
        return (sum(1 for c in self.cost_lines if c.change == "changed")
                + sum(1 for e in self.efforts if e.old != ZERO and e.new != ZERO)
                + (1 if self.profile else 0))

    @property
    def removed(self) -> int:
        return (sum(1 for c in self.cost_lines if c.change == "removed")
                + sum(1 for e in self.efforts if e.new == ZERO))

    @property
    def unchanged(self) -> int:
        return self.unchanged_efforts + self.unchanged_cost_lines + (0 if self.profile else 1)

    @property
    def is_empty(self) -> bool:
        return not (self.profile or self.efforts or self.cost_lines)

    def as_json(self) -> dict[str, Any]:
        return {
            "project": self.project,
            "participant": self.participant,
            "organisation": self.organisation,
            "profile": [c.as_json() for c in self.profile],
            "effort": [c.as_json() for c in self.efforts],
            "cost_lines": [c.as_json() for c in self.cost_lines],
        }

    def messages(self) -> list[Message]:
        """The diff as lines to word in any language (reference/messages)."""
        text = []
        for change in self.profile:
            text.append(gettext("{field}: {old} -> {new}", field=Label(change.label),
                                old=_value(change.field, change.old),
                                new=_value(change.field, change.new)))
        for effort in self.efforts:
            text.append(gettext("Effort WP{number}: {old} -> {new} person-months",
                                number=effort.work_package, old=Number(effort.old),
                                new=Number(effort.new)))
        for line in self.cost_lines:
            shown = line.line
            if shown.work_package:
                name = gettext("{category} WP{number} “{description}”", category=shown.category,
                               number=shown.work_package, description=shown.description)
            else:
                name = gettext("{category} no WP “{description}”", category=shown.category,
                               description=shown.description)
            if line.change == "changed" and line.old and line.new:
                text.append(gettext("Cost line changed: {name}: {old} -> {new}", name=name,
                                    old=Number(line.old.amount), new=Number(line.new.amount)))
            elif line.change == "removed":
                text.append(gettext("Cost line removed: {name}: {amount}", name=name,
                                    amount=Number(shown.amount)))
            else:
                text.append(gettext("Cost line added: {name}: {amount}", name=name,
                                    amount=Number(shown.amount)))
        return text

    def lines(self, wording: Wording = ENGLISH) -> list[str]:
        """The diff as plain text lines: English for the command line and the import report,
        the window's language in the window."""
        return [message.render(wording) for message in self.messages()]


def _value(name: str, shown: str) -> Any:
    """A profile value as `_shown` recorded it, worded when rendered: '(empty)', Yes/No and
    organisation types translated, amounts in the language's format; other text as it is."""
    if not shown:
        return gettext("(empty)")
    if name == "profit" and shown in ("Yes", "No"):
        return Label(shown)
    if name == "org_type":
        return Label(shown)
    if name in _MONEY_FIELDS:
        try:
            return Number(Decimal(shown))
        except ArithmeticError:
            return shown
    return shown


@dataclass
class FileResult:
    """One file's outcome, in the shape of `import --json` (issue 5)."""

    path: str
    status: Status
    rows_read: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    removed: int = 0
    errors: list[SheetProblem] = field(default_factory=list)
    warnings: list[SheetProblem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    diff: PartnerDiff | None = None
    batch_id: int | None = None

    def as_json(self) -> dict[str, Any]:
        """The issue's keys, plus "removed", "notes" and "diff" (what changed, field by field)."""
        return {
            "path": self.path,
            "status": self.status,
            "rows_read": self.rows_read,
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "skipped": self.skipped,
            "removed": self.removed,
            "errors": [problem.as_json() for problem in self.errors],
            "warnings": [problem.as_json() for problem in self.warnings],
            "notes": list(self.notes),
            "diff": self.diff.as_json() if self.diff else None,
        }


def _rejected(path: Path, plan: ReturnedWorkbook | None, errors: list[SheetProblem]) -> FileResult:
    return FileResult(
        path=str(path),
        status="rejected",
        rows_read=plan.rows_read if plan else 0,
        skipped=plan.rows_read if plan else 0,
        errors=errors,
        warnings=plan.warnings if plan else [],
        notes=plan.notes if plan else [],
    )


# --- matching the workbook to the workspace -----------------------------------------------------


class _Refused(Exception):
    """The workbook belongs to no participant of this workspace; the message says why (in
    English; `said` words it in any language)."""

    def __init__(self, said: Message) -> None:
        super().__init__(said.render())
        self.said = said


def _participant_for(session: Session, plan: ReturnedWorkbook) -> Participant:
    identity = plan.identity
    project = session.scalar(
        select(Project).where(Project.acronym_key == acronym_key(identity.project))
    )
    if project is None:
        projects = session.scalars(select(Project).order_by(Project.acronym)).all()
        names = ", ".join(p.acronym for p in projects) or gettext("none")
        raise _Refused(gettext(
            "This workbook is for project {project}, which is not in this workspace "
            "(projects here: {projects}). Import it into the workspace it was made from.",
            project=identity.project, projects=names))
    participant = session.scalars(
        select(Participant)
        .where(Participant.project_id == project.id, Participant.number == identity.participant)
        .options(selectinload(Participant.organisation), selectinload(Participant.efforts),
                 selectinload(Participant.cost_items))
    ).first()
    if participant is None:
        raise _Refused(gettext(
            "This workbook was made for participant {number} ({organisation}) of {project}, "
            "which no longer exists in the project. Add the organisation again, or make it a "
            "fresh workbook.", number=identity.participant, organisation=identity.organisation,
            project=project.acronym))
    organisation = participant.organisation
    same = organisation.id == identity.organisation_id or (
        bool(identity.pic) and organisation.pic == identity.pic
    )
    if not same:
        raise _Refused(gettext(
            "Participant {number} of {project} is now {name}, but this workbook was made for "
            "{organisation}. It may come from another workspace, or the participants were "
            "renumbered; make a fresh workbook for the right participant.",
            number=identity.participant, project=project.acronym,
            name=organisation.legal_name, organisation=identity.organisation))
    return participant


def _problem(sheet: str, row: int | None, column: str, message: Message | str) -> SheetProblem:
    if isinstance(message, str):
        return SheetProblem("error", sheet, row, column, message)
    return SheetProblem.of("error", sheet, row, column, message)


def _check_against_workspace(
    session: Session, plan: ReturnedWorkbook, participant: Participant,
    work_packages: dict[int, WorkPackage],
) -> list[SheetProblem]:
    from consortium_planner.formats.partner_workbook import (
        SHEET_COSTS,
        SHEET_EFFORT,
        SHEET_ORGANISATION,
    )

    problems = []
    known = ", ".join(f"WP{n}" for n in sorted(work_packages)) or gettext("none")
    for effort in plan.efforts:
        if effort.work_package not in work_packages and effort.person_months:
            problems.append(_problem(
                plan.sheet_name(SHEET_EFFORT), effort.row, effort.column,
                gettext("WP{number} is no longer a work package of the project (work "
                        "packages: {work_packages}); clear its person-months or ask the "
                        "coordinator.", number=effort.work_package, work_packages=known)))
    for line in plan.cost_lines:
        if line.work_package is not None and line.work_package not in work_packages:
            problems.append(_problem(
                plan.sheet_name(SHEET_COSTS), line.row, line.work_package_column,
                gettext("“{text}” is not a work package of the project (work packages: "
                        "{work_packages}).", text=line.work_package_text,
                        work_packages=known)))
    # The identity sheet already says which organisation this is, so of the matching rule only
    # its first key matters: a PIC (unique in the directory) that matches another record.
    pic = plan.profile.get("pic")
    match = find_in_session(session, pic, None, "", None) if pic else NO_MATCH
    if match.organisation_id not in (None, participant.organisation_id):
        other = session.get_one(Organisation, match.organisation_id)
        row, column = plan.profile_cells.get("pic", (None, ""))
        problems.append(_problem(
            plan.sheet_name(SHEET_ORGANISATION), row, column,
            gettext("The PIC {pic} belongs to another organisation in the directory "
                    "({name}); check it.", pic=pic, name=other.legal_name)))
    if "value_chain_roles" in plan.profile:
        try:
            _returned_roles(session, plan, participant)
        except UserError as error:
            row, column = plan.profile_cells.get("value_chain_roles", (None, ""))
            problems.append(_problem(plan.sheet_name(SHEET_ORGANISATION), row, column,
                                     str(error)))
    return problems


def _returned_roles(session: Session, plan: ReturnedWorkbook, participant: Participant
                    ) -> list[str]:
    """The role keys the partner named (by label or key), sorted; UserError for an unknown."""
    extra = profile_roles(participant.project.call_profile)
    return sorted(as_roles(session, plan.profile["value_chain_roles"], extra))


# --- the diff ------------------------------------------------------------------------------------


def _organisation_values(plan: ReturnedWorkbook) -> dict[str, Any]:
    """The returned profile as Organisation column values (empty text is "", not None)."""
    values = {}
    for key, value in plan.profile.items():
        if key == "monthly_personnel_cost" or key in _LIST_FIELDS:
            continue
        if value is None and key not in _OPTIONAL_FIELDS:
            value = ""
        values[key] = value
    return values


def _derived_sme_class(organisation: Organisation, values: dict[str, Any]) -> str | None:
    from consortium_planner.reference.sme import sme_class

    figures = ("staff_headcount", "turnover", "balance_sheet")
    if all(values.get(name, getattr(organisation, name)) == getattr(organisation, name)
           for name in figures):
        return None
    derived = sme_class(*(values.get(name, getattr(organisation, name)) for name in figures))
    if derived is None or derived == organisation.sme_class:
        return None
    return str(derived)


def _description_key(text: str) -> str:
    return fold(" ".join(text.split()))


def _values_of(item: CostItem, wp_numbers: dict[int, int]) -> CostLineValues:
    return CostLineValues(
        category=str(item.category),
        work_package=wp_numbers.get(item.work_package_id) if item.work_package_id else None,
        description=item.description,
        quantity=item.quantity,
        unit_cost=item.unit_cost,
        amount=item.amount,
    )


def _returned_values(line: ReturnedCostLine) -> CostLineValues:
    return CostLineValues(line.category, line.work_package, line.description, line.quantity,
                          line.unit_cost, line.amount)


def _cost_line_changes(
    old_lines: Sequence[tuple[int | None, CostLineValues]], new_lines: Sequence[CostLineValues]
) -> tuple[list[CostLineChange], int]:
    """Match each returned line to one existing line (id, values), never to two: first an
    identical line, then one with the same category + WP + description (in order when a key
    repeats). Unmatched returned lines are added, unmatched existing lines removed."""
    def key(line: CostLineValues) -> tuple[str, int | None, str]:
        return (line.category, line.work_package, _description_key(line.description))

    waiting: dict[tuple[str, int | None, str], list[tuple[int | None, CostLineValues]]] = (
        defaultdict(list))
    for item_id, line in old_lines:
        waiting[key(line)].append((item_id, line))
    unchanged = 0
    unmatched: list[CostLineValues] = []
    for line in new_lines:  # identical lines first, so a reordered sheet changes nothing
        queue = waiting.get(key(line), [])
        same = next((index for index, (_, old) in enumerate(queue) if old == line), None)
        if same is None:
            unmatched.append(line)
        else:
            queue.pop(same)
            unchanged += 1
    changes: list[CostLineChange] = []
    for line in unmatched:
        queue = waiting.get(key(line))
        if not queue:
            changes.append(CostLineChange("added", None, line))
            continue
        item_id, old = queue.pop(0)
        changes.append(CostLineChange("changed", old, line, item_id))
    for lines in waiting.values():
        changes.extend(CostLineChange("removed", old, None, item_id) for item_id, old in lines)
    return changes, unchanged


def compute_diff(
    plan: ReturnedWorkbook, participant: Participant, work_packages: dict[int, WorkPackage]
) -> PartnerDiff:
    """Field by field, WP by WP and line by line: what applying `plan` would change."""
    organisation = participant.organisation
    diff = PartnerDiff(plan.identity.project, participant.number, organisation.legal_name)
    values = _organisation_values(plan)
    for key, new in values.items():
        old = getattr(organisation, key)
        if old != new:
            diff.profile.append(FieldChange(key, FIELD_LABELS[key], _shown(key, old),
                                            _shown(key, new)))
    derived = _derived_sme_class(organisation, values)
    if derived is not None:
        diff.profile.append(FieldChange("sme_class", FIELD_LABELS["sme_class"],
                                        _shown("", organisation.sme_class), derived))
    new_cost = plan.profile.get("monthly_personnel_cost")
    if "monthly_personnel_cost" in plan.profile and (new_cost or ZERO) != (
        participant.monthly_personnel_cost
    ):
        diff.profile.append(FieldChange(
            "monthly_personnel_cost", FIELD_LABELS["monthly_personnel_cost"],
            _shown("", participant.monthly_personnel_cost), _shown("", new_cost or ZERO)))
    session = object_session(participant)
    lists = {"nace_codes": (organisation, lambda: sorted(plan.profile["nace_codes"])),
             "value_chain_roles": (participant,
                                   lambda: _returned_roles(session, plan, participant))}
    for key, (row, returned) in lists.items():
        if key in plan.profile:
            old, new = read_list(row, key), returned()
            if old != new:
                diff.profile.append(FieldChange(key, FIELD_LABELS[key], "; ".join(old),
                                                "; ".join(new)))
    wp_numbers = {wp.id: number for number, wp in work_packages.items()}
    current = {wp_numbers[e.work_package_id]: e.person_months for e in participant.efforts
               if e.work_package_id in wp_numbers}
    for effort in plan.efforts:
        if effort.work_package not in work_packages:
            continue
        old = current.get(effort.work_package, ZERO)
        new = effort.person_months or ZERO
        if old != new:
            diff.efforts.append(EffortChange(effort.work_package, old, new))
        else:
            diff.unchanged_efforts += 1
    old_lines = [
        (item.id, _values_of(item, wp_numbers)) for item in participant.cost_items
        if item.work_package_id is None
        or wp_numbers.get(item.work_package_id) in plan.work_packages
    ]
    diff.cost_lines, diff.unchanged_cost_lines = _cost_line_changes(
        old_lines, [_returned_values(line) for line in plan.cost_lines])
    return diff


# --- applying ------------------------------------------------------------------------------------


def _apply(
    session: Session, plan: ReturnedWorkbook, participant: Participant,
    work_packages: dict[int, WorkPackage], diff: PartnerDiff,
) -> None:
    organisation = participant.organisation
    changed = {change.field: change for change in diff.profile}
    for key, value in _organisation_values(plan).items():
        if key in changed:
            setattr(organisation, key, value)
    if "sme_class" in changed:
        organisation.sme_class = SmeClass(changed["sme_class"].new)
    if "legal_name" in changed:
        organisation.name_key = normalised_name(organisation.legal_name)
    if "monthly_personnel_cost" in changed:
        participant.monthly_personnel_cost = plan.profile["monthly_personnel_cost"] or ZERO
    if "nace_codes" in changed:
        replace_list(session, "nace_codes", organisation.id, plan.profile["nace_codes"])
    if "value_chain_roles" in changed:
        replace_list(session, "value_chain_roles", participant.id,
                     _returned_roles(session, plan, participant))
    efforts = {effort.work_package_id: effort for effort in participant.efforts}
    for change in diff.efforts:
        work_package_id = work_packages[change.work_package].id
        effort = efforts.get(work_package_id)
        if effort is None:
            participant.efforts.append(Effort(work_package_id=work_package_id,
                                              person_months=change.new))
        elif change.new == ZERO:
            participant.efforts.remove(effort)
        else:
            effort.person_months = change.new
    items: dict[int | None, CostItem] = {item.id: item for item in participant.cost_items}
    for line in diff.cost_lines:
        if line.new is None:  # removed
            participant.cost_items.remove(items[line.item_id])
            continue
        new = line.new
        item = items[line.item_id] if line.change == "changed" else CostItem()
        item.category = CostCategory(new.category)
        item.work_package_id = (work_packages[new.work_package].id
                                if new.work_package is not None else None)
        item.description = new.description
        item.quantity = new.quantity
        item.unit_cost = new.unit_cost
        item.amount = new.amount
        if line.change == "added":
            participant.cost_items.append(item)


def _batch(plan: ReturnedWorkbook, participant: Participant, diff: PartnerDiff) -> ImportBatch:
    details = {
        "identity": {
            "project": plan.identity.project,
            "participant": plan.identity.participant,
            "organisation": plan.identity.organisation,
            "generated_at": plan.identity.generated_at,
        },
        "diff": diff.as_json(),
        "removed": diff.removed,
        "warnings": [w.as_json() for w in plan.warnings],
        "notes": plan.notes,
    }
    return ImportBatch(
        kind=KIND,
        project_id=participant.project_id,
        participant_number=participant.number,
        file_name=plan.file_name,
        sha256=plan.sha256,
        imported_at=datetime.now(),
        rows_read=plan.rows_read,
        created=diff.created,
        updated=diff.updated,
        unchanged=diff.unchanged,
        skipped=0,
        details=json.dumps(details, ensure_ascii=False),
    )


def import_partner_workbook(
    workspace: Workspace,
    path: str | Path,
    *,
    dry_run: bool = False,
    cancel: Callable[[], bool] | None = None,
) -> FileResult:
    """Read, check, diff and (unless `dry_run`) apply one returned workbook.

    Never raises for a problem with the file: the result is "rejected" with the reasons, and the
    workspace is untouched. A dry run works on a workspace opened read-only.
    """
    if not dry_run:
        workspace.require_writable("import")
    file_path = Path(path)
    try:
        plan = read_partner_workbook(file_path, cancel)
    except ImportFileError as error:
        return _rejected(file_path, None, [
            SheetProblem("error", "", None, "", error.message, error.said)])
    if dry_run:
        with workspace.sessions() as session:
            return _import(session, plan, file_path, dry_run=True)
    with workspace.transaction() as session:
        return _import(session, plan, file_path, dry_run=False)


def _import(session: Session, plan: ReturnedWorkbook, path: Path, *, dry_run: bool) -> FileResult:
    try:
        participant = _participant_for(session, plan)
    except _Refused as refusal:
        return _rejected(path, plan, [_problem("", None, "", refusal.said)])
    work_packages = {
        wp.number: wp for wp in session.scalars(
            select(WorkPackage).where(WorkPackage.project_id == participant.project_id))
    }
    errors = plan.errors + _check_against_workspace(session, plan, participant, work_packages)
    if errors:
        return _rejected(path, plan, errors)
    diff = compute_diff(plan, participant, work_packages)
    result = FileResult(
        path=str(path),
        status="dry-run" if dry_run else "imported",
        rows_read=plan.rows_read,
        created=diff.created,
        updated=diff.updated,
        unchanged=diff.unchanged,
        removed=diff.removed,
        warnings=plan.warnings,
        notes=list(plan.notes),
        diff=diff,
    )
    if dry_run:
        return result
    # the project as it was, kept before the partner's figures replace its own (one transaction)
    take_version(session, participant.project_id, VersionKind.BEFORE_IMPORT,
                 f"before importing {path.name}")
    _apply(session, plan, participant, work_packages, diff)
    batch = _batch(plan, participant, diff)
    session.add(batch)
    session.flush()
    result.batch_id = batch.id
    return result


def import_partner_workbooks(
    workspace: Workspace, paths: Iterable[str | Path], *, dry_run: bool = False
) -> list[FileResult]:
    """Each file on its own: its own transaction, its own result, in the order given."""
    return [import_partner_workbook(workspace, path, dry_run=dry_run) for path in paths]


# --- who has returned what -----------------------------------------------------------------------


def import_records(workspace: Workspace, ids: list[int]) -> list[dict[str, Any]]:
    """The ImportBatch rows of applied workbooks, column by column, so that an undo can take
    them away and a redo put them back (the Returns page then agrees with the undo history)."""
    table = ImportBatch.__table__
    with workspace.sessions() as session:
        return [dict(row) for row in session.execute(
            select(table).where(table.c.id.in_(ids))).mappings()]


def set_import_records(workspace: Workspace, records: list[dict[str, Any]], *,
                       present: bool) -> None:
    """Remove the records (undo) or put them back exactly (redo), in one transaction."""
    if not records:
        return
    table = ImportBatch.__table__
    with workspace.transaction() as session:
        session.execute(delete(table).where(table.c.id.in_([r["id"] for r in records])))
        if present:
            session.execute(insert(table), records)


@dataclass(frozen=True)
class PartnerReturn:
    participant: int
    organisation: str
    returned: bool
    imports: int  # how many returned workbooks were imported for this participant
    last_imported_at: datetime | None
    last_file: str
    changes: tuple[Message, ...]  # the latest import's diff, to word in any language

    @property
    def last_changes(self) -> tuple[str, ...]:
        """The latest import's diff as plain English lines."""
        return self.worded_changes(ENGLISH)

    def worded_changes(self, wording: Wording) -> tuple[str, ...]:
        return tuple(message.render(wording) for message in self.changes)


def partner_returns(workspace: Workspace, acronym: str | None = None) -> list[PartnerReturn]:
    """For each participant of the project: returned or not, when, from which file, what changed.

    Batches are matched by participant number, as recorded at import time.
    """
    from consortium_planner.services.snapshot import find_project_id

    with workspace.sessions() as session:
        project_id = find_project_id(session, acronym)
        participants = session.scalars(
            select(Participant).where(Participant.project_id == project_id)
            .order_by(Participant.number).options(selectinload(Participant.organisation))
        ).all()
        batches = session.scalars(
            select(ImportBatch)
            .where(ImportBatch.kind == KIND, ImportBatch.project_id == project_id)
            .order_by(ImportBatch.imported_at, ImportBatch.id)
        ).all()
        by_number: dict[int, list[ImportBatch]] = defaultdict(list)
        for batch in batches:
            if batch.participant_number is not None:
                by_number[batch.participant_number].append(batch)
        result = []
        for participant in participants:
            own = by_number.get(participant.number, [])
            latest = own[-1] if own else None
            result.append(PartnerReturn(
                participant=participant.number,
                organisation=participant.organisation.short_name
                or participant.organisation.legal_name,
                returned=latest is not None,
                imports=len(own),
                last_imported_at=latest.imported_at if latest else None,
                last_file=latest.file_name if latest else "",
                changes=tuple(_change_lines(latest.details)) if latest else (),
            ))
        return result


def _change_lines(details: str) -> list[Message]:
    """The lines of a batch's recorded diff (tolerates an empty or foreign record)."""
    try:
        record = json.loads(details or "{}")["diff"]
    except (ValueError, KeyError, TypeError):
        return []
    diff = PartnerDiff(record.get("project", ""), record.get("participant", 0),
                       record.get("organisation", ""))
    diff.profile = [FieldChange(**change) for change in record.get("profile", [])]
    diff.efforts = [EffortChange(c["work_package"], Decimal(c["old"]), Decimal(c["new"]))
                    for c in record.get("effort", [])]

    def values(data: dict[str, Any] | None) -> CostLineValues | None:
        if data is None:
            return None
        return CostLineValues(
            data["category"], data["work_package"], data["description"],
            None if data["quantity"] is None else Decimal(data["quantity"]),
            None if data["unit_cost"] is None else Decimal(data["unit_cost"]),
            Decimal(data["amount"]),
        )

    diff.cost_lines = [CostLineChange(c["change"], values(c["old"]), values(c["new"]))
                       for c in record.get("cost_lines", [])]
    return diff.messages() if not diff.is_empty else [gettext("no changes")]
