"""Fine-grained edits of a workspace: one public method, one transaction, one user intention.

Methods take ids and plain values (text is accepted where people type it: amounts as
"1.234,56", months as "M12", enums by value or label), validate them with a `UserError` that says
why, and return a `Changes` value that tells the views what to reload. Nothing returns an ORM
object.

Undo needs exact inverses, so every destructive edit has a read that captures what it destroys:
`values` (fields before an update), `capture` (rows before a removal, with their ids and numbers,
children and the links that a removal sets to NULL), `numbers` (before a renumbering) and
`effort_values`. `restore` puts captured rows back with the same ids, so later commands that
name those ids keep working after undo and redo.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Table, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from consortium_planner.domain.money import (
    MAX_AMOUNT,
    AmountError,
    parse_amount,
    parse_decimal,
    parse_rate,
    round_half_up,
)
from consortium_planner.domain.vocab import (
    ORGANISATION_FIELDS,
    CostCategory,
    DeliverableType,
    Dissemination,
    OrgType,
    RegionCategory,
    Role,
    SmeClass,
)
from consortium_planner.models import (
    CostItem,
    Deliverable,
    Effort,
    ImportBatch,
    Milestone,
    Organisation,
    Participant,
    Project,
    Task,
    WorkPackage,
    milestone_work_package,
)
from consortium_planner.names import normalised_name
from consortium_planner.reference.countries import (
    country_code_from_text,
    get_country,
    normalise_vat,
    pic_is_valid,
    vat_is_valid,
)
from consortium_planner.reference.nuts import get_region, region_in_country
from consortium_planner.services.errors import UserError
from consortium_planner.workspace import Workspace

MAX_DURATION = 120
MAX_INTEGER = 10**9  # numbers and headcounts; far below what SQLite's integers hold


@dataclass(frozen=True)
class Changes:
    """What an edit touched, so each view reloads only when it must (Anki's OpChanges).

    `project_id` is the project concerned (None: the directory, or every project);
    `created_id` is the id of the row an add created.
    """

    directory: bool = False
    projects: bool = False  # the list of projects (created, deleted, renamed)
    project: bool = False  # a project's own fields (title, profile, duration ...)
    participants: bool = False
    work_plan: bool = False
    effort: bool = False
    budget: bool = False
    project_id: int | None = None
    created_id: int | None = None

    def __or__(self, other: Changes) -> Changes:
        flags = {
            f.name: getattr(self, f.name) or getattr(other, f.name)
            for f in fields(self)
            if f.name not in ("project_id", "created_id")
        }
        if not self:
            project_id = other.project_id
        elif not other:
            project_id = self.project_id
        else:
            project_id = self.project_id if self.project_id == other.project_id else None
        return Changes(**flags, project_id=project_id,
                       created_id=other.created_id or self.created_id)

    def __bool__(self) -> bool:
        """Whether any view has something to reload."""
        return any(
            getattr(self, f.name) for f in fields(self)
            if f.name not in ("project_id", "created_id")
        )

    def concerns(self, project_id: int | None) -> bool:
        """Whether a view of `project_id` may show something this edit changed."""
        return self.project_id is None or project_id is None or self.project_id == project_id


KINDS: dict[str, type] = {
    "organisation": Organisation,
    "project": Project,
    "participant": Participant,
    "work_package": WorkPackage,
    "task": Task,
    "deliverable": Deliverable,
    "milestone": Milestone,
    "cost_item": CostItem,
}

KIND_LABELS = {
    "organisation": "organisation",
    "project": "project",
    "participant": "participant",
    "work_package": "work package",
    "task": "task",
    "deliverable": "deliverable",
    "milestone": "milestone",
    "cost_item": "cost line",
}

# Parents before children: the order captured rows are inserted back in.
TABLE_ORDER: tuple[str, ...] = (
    "organisation",
    "project",
    "participant",
    "work_package",
    "task",
    "deliverable",
    "milestone",
    "milestone_work_package",
    "effort",
    "cost_item",
)


@dataclass(frozen=True)
class RowsState:
    """Rows as they were before a removal, exactly (ids, numbers, children), to put back on undo.

    `rows` maps a table name to its rows (column name -> value); `relinks` are the foreign keys
    the removal set to NULL elsewhere: (table, column, ids of the rows, value to put back).
    """

    rows: tuple[tuple[str, tuple[Mapping[str, Any], ...]], ...]
    relinks: tuple[tuple[str, str, tuple[int, ...], int], ...] = ()

    def ids(self, table: str) -> list[int]:
        for name, rows in self.rows:
            if name == table:
                return [row["id"] for row in rows]
        return []


# --- coercion of plain values --------------------------------------------------------------------


def _text(value: Any, what: str, max_length: int, *, required: bool = False) -> str:
    text = "" if value is None else str(value).strip()
    if required and not text:
        raise UserError(f"The {what} cannot be empty.")
    if len(text) > max_length:
        raise UserError(f"The {what} is too long ({len(text)} characters; at most {max_length}).")
    return text


def _money(value: Any, what: str, *, optional: bool = False) -> Decimal | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        if optional:
            return None
        raise UserError(f"Enter an amount for the {what}.")
    if isinstance(value, float):
        raise TypeError("money must be Decimal, never float")
    try:
        return parse_amount(value)
    except AmountError as error:
        raise UserError(f"The {what} must be an amount of zero or more: {error}.") from None


def _quantity(value: Any, what: str, *, optional: bool = False) -> Decimal | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        if optional:
            return None
        raise UserError(f"Enter a number for the {what}.")
    if isinstance(value, float):
        raise TypeError("quantities must be Decimal, never float")
    try:
        return parse_decimal(value, places=2)
    except AmountError as error:
        raise UserError(f"The {what} must be a number of zero or more: {error}.") from None


def _integer(value: Any, what: str, *, minimum: int = 0, optional: bool = False) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        if optional:
            return None
        raise UserError(f"Enter a whole number for the {what}.")
    if isinstance(value, bool) or isinstance(value, float):
        raise UserError(f"The {what} must be a whole number.")
    try:
        number = int(str(value).strip().replace(" ", "")) if isinstance(value, str) else int(value)
    except (TypeError, ValueError):
        raise UserError(f"The {what} must be a whole number, not {value!r}.") from None
    if isinstance(value, Decimal) and value != number:
        raise UserError(f"The {what} must be a whole number, not {value}.")
    if number < minimum:
        raise UserError(f"The {what} must be at least {minimum}.")
    if number > MAX_INTEGER:
        raise UserError(f"The {what} is too large (at most {MAX_INTEGER:,}).")
    return number


def _month(value: Any, what: str, duration: int) -> int:
    text = str(value).strip() if isinstance(value, str) else value
    if isinstance(text, str) and text[:1] in ("M", "m"):
        text = text[1:]
    month = _integer(text, what, minimum=1)
    assert month is not None
    if month > duration:
        raise UserError(
            f"The {what} M{month} is after the project's end: it lasts {duration} months "
            f"(M1-M{duration})."
        )
    return month


def _enum(enum_type: Any, value: Any, what: str, *, optional: bool = False) -> Any:
    if value is None or (isinstance(value, str) and not value.strip()):
        if optional:
            return None
        raise UserError(f"Choose a {what}.")
    if isinstance(value, enum_type):
        return value
    key = str(value).strip().casefold()
    for member in enum_type:
        names = {member.value.casefold(), member.name.casefold()}
        label = getattr(member, "label", None)
        if label:
            names.add(str(label).casefold())
        if key in names:
            return member
    options = ", ".join(str(getattr(m, "label", m.value)) for m in enum_type)
    raise UserError(f"{value!r} is not a {what}; choose one of: {options}.")


def _boolean(value: Any, what: str) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    key = str(value).strip().casefold()
    if key in ("", "unknown", "?"):
        return None
    if key in ("yes", "y", "true", "1", "x", "ja", "oui", "si", "sí"):
        return True
    if key in ("no", "n", "false", "0", "nein", "non"):
        return False
    raise UserError(f"The {what} must be yes, no or left empty, not {value!r}.")


def _rate(value: Any, what: str) -> Decimal | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, float):
        raise TypeError("rates must be Decimal, never float")
    try:
        return parse_rate(value if isinstance(value, Decimal) else str(value))
    except AmountError as error:
        raise UserError(f"The {what} must be between 0 % and 100 %: {error}.") from None


def _date(value: Any, what: str) -> date | None:
    if value is None or isinstance(value, date):
        return value
    text = str(value).strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UserError(f"The {what} must be a date such as 2026-01-31, not {text!r}.") from None


_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


# --- the service ---------------------------------------------------------------------------------


class EditingService:
    """Every edit the window offers, each in its own transaction."""

    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace

    # -- helpers ---------------------------------------------------------------------------------

    def _writable(self) -> None:
        if self._workspace.read_only:
            raise UserError(
                f"{self._workspace.path.name} is open read-only; open it for editing to change it."
            )

    @staticmethod
    def _get(session: Session, kind: str, row_id: int) -> Any:
        row = session.get(KINDS[kind], row_id)
        if row is None:
            raise UserError(f"That {KIND_LABELS[kind]} no longer exists (it was removed).")
        return row

    @staticmethod
    def _project_of(session: Session, kind: str, row: Any) -> Project:
        if kind == "project":
            return row
        if kind in ("participant", "work_package", "milestone"):
            return row.project
        if kind in ("task", "deliverable"):
            return row.work_package.project
        if kind == "cost_item":
            return row.participant.project
        raise ValueError(kind)

    @staticmethod
    def _participant_in(session: Session, project: Project, value: Any) -> int | None:
        if value is None or value == "":
            return None
        participant = session.get(Participant, _integer(value, "lead participant"))
        if participant is None or participant.project_id != project.id:
            raise UserError("The lead must be a participant of this project.")
        return participant.id

    @staticmethod
    def _work_package_in(session: Session, project: Project, value: Any) -> int | None:
        if value is None or value == "":
            return None
        work_package = session.get(WorkPackage, _integer(value, "work package"))
        if work_package is None or work_package.project_id != project.id:
            raise UserError("The work package must belong to this project.")
        return work_package.id

    @staticmethod
    def _changes_for(kind: str, project_id: int | None) -> Changes:
        if kind == "organisation":
            return Changes(directory=True, participants=True, budget=True)
        if kind == "project":
            return Changes(projects=True, project=True, work_plan=True, budget=True,
                           project_id=project_id)
        if kind == "participant":
            return Changes(participants=True, work_plan=True, effort=True, budget=True,
                           project_id=project_id)
        if kind == "work_package":
            return Changes(work_plan=True, effort=True, budget=True, project_id=project_id)
        if kind in ("task", "deliverable", "milestone"):
            return Changes(work_plan=True, project_id=project_id)
        if kind == "cost_item":
            return Changes(budget=True, project_id=project_id)
        raise ValueError(kind)

    # -- reading values for undo -------------------------------------------------------------------

    def values(self, kind: str, row_id: int, names: Iterable[str]) -> dict[str, Any]:
        """The current plain values of some fields: what an update command puts back on undo."""
        with self._workspace.sessions() as session:
            row = self._get(session, kind, row_id)
            result: dict[str, Any] = {}
            for name in names:
                if kind == "milestone" and name == "work_package_ids":
                    result[name] = [wp.id for wp in row.work_packages]
                else:
                    result[name] = getattr(row, name)
            return result

    def numbers(self, kind: str, ids: Iterable[int]) -> dict[int, int]:
        """Current numbers of rows, to undo a renumbering."""
        model = KINDS[kind]
        id_list = list(ids)
        with self._workspace.sessions() as session:
            rows = session.execute(
                select(model.id, model.number).where(model.id.in_(id_list))
            ).all()
        return {row_id: number for row_id, number in rows}

    def effort_values(
        self, cells: Iterable[tuple[int, int]]
    ) -> dict[tuple[int, int], Decimal]:
        """Person-months per (participant id, work package id); zero where nothing is entered."""
        wanted = list(cells)
        with self._workspace.sessions() as session:
            participant_ids = {p for p, _ in wanted}
            stored = {
                (e.participant_id, e.work_package_id): e.person_months
                for e in session.scalars(
                    select(Effort).where(Effort.participant_id.in_(participant_ids))
                )
            }
        return {cell: stored.get(cell, Decimal("0.00")) for cell in wanted}

    # -- updates -----------------------------------------------------------------------------------

    def update(self, kind: str, row_id: int, values: Mapping[str, Any]) -> Changes:
        """Change some fields of one row (validated; all or nothing)."""
        return self.update_many(kind, [(row_id, values)])

    def update_many(
        self, kind: str, updates: Sequence[tuple[int, Mapping[str, Any]]]
    ) -> Changes:
        """Change fields of several rows in one transaction: a paste is one step, all or none."""
        self._writable()
        project_ids: set[int | None] = set()
        with self._workspace.transaction() as session:
            for row_id, values in updates:
                row = self._get(session, kind, row_id)
                if kind != "organisation":
                    project_ids.add(self._project_of(session, kind, row).id)
                _UPDATERS[kind](self, session, row, dict(values))
                session.flush()
        return self._changes_for(kind, project_ids.pop() if len(project_ids) == 1 else None)

    def _update_organisation(self, session: Session, row: Organisation, values: dict) -> None:
        unknown = set(values) - set(ORGANISATION_FIELDS)
        if unknown:
            raise ValueError(f"unknown organisation fields {sorted(unknown)}")
        for name, value in values.items():
            setattr(row, name, _organisation_value(name, value))
        row.name_key = normalised_name(row.legal_name)
        if row.country and not get_country(row.country):
            raise UserError(f"{row.country!r} is not a known country.")
        if row.nuts2 and row.country and not region_in_country(row.nuts2, row.country):
            raise UserError(
                f"The region {row.nuts2} is not in {row.country}; change or clear the region."
            )
        if row.vat and row.country and "vat" in values:
            if not vat_is_valid(row.country, row.vat):
                raise UserError(
                    f"{row.vat!r} is not a VAT number in the format used in {row.country}."
                )
            row.vat = normalise_vat(row.country, row.vat)
        if row.pic:
            with session.no_autoflush:  # a flush would hit the unique index before this message
                other = session.scalar(select(Organisation).where(
                    Organisation.pic == row.pic, Organisation.id != row.id))
            if other is not None:
                raise UserError(f"The PIC {row.pic} is already used by {other.legal_name}.")

    def _update_project(self, session: Session, row: Project, values: dict) -> None:
        for name, value in values.items():
            if name == "acronym":
                acronym = _text(value, "acronym", 40, required=True)
                clash = session.scalar(
                    select(Project).where(
                        func.lower(Project.acronym) == acronym.lower(), Project.id != row.id
                    )
                )
                if clash is not None:
                    raise UserError(f"A project called {clash.acronym} already exists.")
                row.acronym = acronym
            elif name == "title":
                row.title = _text(value, "title", 500)
            elif name == "thematic_priority":
                row.thematic_priority = _text(value, "thematic priority", 200)
            elif name == "call_profile":
                from consortium_planner.rules.profiles import available_profiles

                profile_id = _text(value, "call profile", 80, required=True)
                if profile_id not in available_profiles():
                    known = ", ".join(sorted(available_profiles()))
                    raise UserError(f"No call profile {profile_id!r} is installed ({known}).")
                row.call_profile = profile_id
            elif name == "start_date":
                row.start_date = _date(value, "start date")
            elif name == "duration_months":
                duration = _integer(value, "duration", minimum=1)
                assert duration is not None
                if duration > MAX_DURATION:
                    raise UserError(f"The duration must be at most {MAX_DURATION} months.")
                latest = _latest_month(session, row.id)
                if latest is not None and latest[0] > duration:
                    raise UserError(
                        f"{latest[1]} is in M{latest[0]}, after a duration of {duration} months; "
                        "move it earlier first."
                    )
                row.duration_months = duration
            else:
                raise ValueError(f"unknown project field {name!r}")

    def _update_participant(self, session: Session, row: Participant, values: dict) -> None:
        project = row.project
        for name, value in values.items():
            if name == "number":
                row.number = _free_number(session, row, value, Participant.project_id,
                                          project.id, "participant")
            elif name == "role":
                role = _enum(Role, value, "role")
                if role == Role.COORDINATOR:
                    other = session.scalar(
                        select(Participant).where(
                            Participant.project_id == project.id,
                            Participant.role == Role.COORDINATOR,
                            Participant.id != row.id,
                        )
                    )
                    if other is not None:
                        name = other.organisation.short_name or other.organisation.legal_name
                        raise UserError(
                            f"P{other.number} {name} is already the coordinator; "
                            "make it a beneficiary first."
                        )
                row.role = role
            elif name == "monthly_personnel_cost":
                row.monthly_personnel_cost = _money(value, "monthly personnel cost")
            elif name == "funding_rate_override":
                row.funding_rate_override = _rate(value, "funding rate")
            elif name == "funding_rate_override_reason":
                row.funding_rate_override_reason = _text(value, "reason", 2000)
            elif name == "region_category_override":
                row.region_category_override = _enum(
                    RegionCategory, value, "region category", optional=True
                )
            elif name == "region_category_override_reason":
                row.region_category_override_reason = _text(value, "reason", 2000)
            elif name == "organisation_id":
                organisation_id = _integer(value, "organisation", minimum=1)
                if session.get(Organisation, organisation_id) is None:
                    raise UserError("That organisation no longer exists.")
                _check_not_participating(session, project.id, organisation_id, row.id)
                row.organisation_id = organisation_id
            else:
                raise ValueError(f"unknown participant field {name!r}")
        if row.funding_rate_override is not None and not row.funding_rate_override_reason:
            raise UserError("Say why the funding rate is overridden (the reason is required).")
        if row.region_category_override is not None and not row.region_category_override_reason:
            raise UserError("Say why the region category is overridden (the reason is required).")

    def _update_work_package(self, session: Session, row: WorkPackage, values: dict) -> None:
        project = row.project
        for name, value in values.items():
            if name == "number":
                row.number = _free_number(session, row, value, WorkPackage.project_id,
                                          project.id, "work package")
            elif name in ("objectives", "description"):
                setattr(row, name, _text(value, name, 20000))
            elif not self._set_planned_field(session, project, row, name, value):
                raise ValueError(f"unknown work package field {name!r}")
        _check_span(row.start_month, row.end_month, f"WP{row.number}")

    def _update_task(self, session: Session, row: Task, values: dict) -> None:
        project = row.work_package.project
        for name, value in values.items():
            if name == "number":
                row.number = _free_number(session, row, value, Task.work_package_id,
                                          row.work_package_id, "task")
            elif name == "description":
                row.description = _text(value, "description", 20000)
            elif not self._set_planned_field(session, project, row, name, value):
                raise ValueError(f"unknown task field {name!r}")
        _check_span(row.start_month, row.end_month, f"Task {row.work_package.number}.{row.number}")

    def _set_planned_field(
        self, session: Session, project: Project, row: WorkPackage | Task, name: str, value: Any
    ) -> bool:
        """The fields work packages and tasks share; False for a name that is not one of them."""
        if name == "title":
            row.title = _text(value, "title", 300)
        elif name == "lead_participant_id":
            row.lead_participant_id = self._participant_in(session, project, value)
        elif name == "start_month":
            row.start_month = _month(value, "start month", project.duration_months)
        elif name == "end_month":
            row.end_month = _month(value, "end month", project.duration_months)
        else:
            return False
        return True

    def _update_deliverable(self, session: Session, row: Deliverable, values: dict) -> None:
        project = row.work_package.project
        if "work_package_id" in values:
            target = self._work_package_in(session, project, values["work_package_id"])
            if target is None:
                raise UserError("A deliverable belongs to a work package; choose one.")
            if target != row.work_package_id:
                row.number = (
                    _free_number(session, row, values["number"], Deliverable.work_package_id,
                                 target, "deliverable")
                    if "number" in values
                    else _next_number(session, Deliverable, Deliverable.work_package_id, target)
                )
                row.work_package_id = target
                session.flush()
                session.refresh(row, ["work_package"])
        for name, value in values.items():
            if name == "work_package_id":
                continue
            if name == "number":
                row.number = _free_number(session, row, value, Deliverable.work_package_id,
                                          row.work_package_id, "deliverable")
            elif name == "title":
                row.title = _text(value, "title", 300)
            elif name == "lead_participant_id":
                row.lead_participant_id = self._participant_in(session, project, value)
            elif name == "type":
                row.type = _enum(DeliverableType, value, "deliverable type")
            elif name == "dissemination":
                row.dissemination = _enum(Dissemination, value, "dissemination level")
            elif name == "due_month":
                row.due_month = _month(value, "due month", project.duration_months)
            elif name == "description":
                row.description = _text(value, "description", 20000)
            else:
                raise ValueError(f"unknown deliverable field {name!r}")

    def _update_milestone(self, session: Session, row: Milestone, values: dict) -> None:
        project = row.project
        for name, value in values.items():
            if name == "number":
                row.number = _free_number(session, row, value, Milestone.project_id,
                                          project.id, "milestone")
            elif name == "title":
                row.title = _text(value, "title", 300)
            elif name == "due_month":
                row.due_month = _month(value, "due month", project.duration_months)
            elif name == "verification":
                row.verification = _text(value, "means of verification", 20000)
            elif name == "work_package_ids":
                ids = [self._work_package_in(session, project, v) for v in value or ()]
                row.work_packages = [session.get(WorkPackage, i) for i in sorted(set(ids))]
            else:
                raise ValueError(f"unknown milestone field {name!r}")

    def _update_cost_item(self, session: Session, row: CostItem, values: dict) -> None:
        project = row.participant.project
        for name, value in values.items():
            if name == "category":
                row.category = _enum(CostCategory, value, "cost category")
            elif name == "work_package_id":
                row.work_package_id = self._work_package_in(session, project, value)
            elif name == "description":
                row.description = _text(value, "description", 2000)
            elif name == "quantity":
                row.quantity = _quantity(value, "quantity", optional=True)
            elif name == "unit_cost":
                row.unit_cost = _money(value, "unit cost", optional=True)
            elif name == "amount":
                row.amount = _money(value, "amount")
            else:
                raise ValueError(f"unknown cost line field {name!r}")
        _settle_amount(row, amount_given="amount" in values)

    # -- adding ------------------------------------------------------------------------------------

    def add_organisation(self, values: Mapping[str, Any]) -> Changes:
        """A new directory entry; `legal_name` is required, the rest optional."""
        self._writable()
        with self._workspace.transaction() as session:
            row = Organisation(legal_name=_text(values.get("legal_name"), "legal name", 300,
                                                required=True))
            session.add(row)
            self._update_organisation(session, row, dict(values))
            session.flush()
            return Changes(directory=True, created_id=row.id)

    def create_project(
        self,
        acronym: str,
        *,
        title: str = "",
        call_profile: str = "generic",
        duration_months: int = 36,
        start_date: date | None = None,
    ) -> Changes:
        self._writable()
        with self._workspace.transaction() as session:
            row = Project(acronym="?", duration_months=MAX_DURATION)
            session.add(row)
            session.flush()
            self._update_project(
                session,
                row,
                {"acronym": acronym, "title": title, "call_profile": call_profile,
                 "duration_months": duration_months, "start_date": start_date},
            )
            session.flush()
            return Changes(projects=True, project_id=row.id, created_id=row.id)

    def duplicate_project(self, project_id: int, acronym: str) -> Changes:
        """A what-if copy of everything in a project under a new acronym."""
        self._writable()
        with self._workspace.transaction() as session:
            source = session.scalars(
                select(Project).where(Project.id == project_id).options(
                    selectinload(Project.participants).selectinload(Participant.efforts),
                    selectinload(Project.participants).selectinload(Participant.cost_items),
                    selectinload(Project.work_packages).selectinload(WorkPackage.tasks),
                    selectinload(Project.work_packages).selectinload(WorkPackage.deliverables),
                    selectinload(Project.milestones).selectinload(Milestone.work_packages),
                )
            ).one_or_none()
            if source is None:
                raise UserError("That project no longer exists.")
            copy = Project(acronym="?", duration_months=source.duration_months)
            session.add(copy)
            session.flush()
            self._update_project(session, copy, {"acronym": acronym})
            for name in ("title", "call_profile", "thematic_priority", "start_date"):
                setattr(copy, name, getattr(source, name))
            _copy_project_contents(session, source, copy)
            session.flush()
            return Changes(projects=True, project_id=copy.id, created_id=copy.id)

    def add_participant(
        self,
        project_id: int,
        organisation_id: int,
        *,
        role: Role | str | None = None,
        monthly_personnel_cost: Decimal | str = Decimal("0.00"),
    ) -> Changes:
        """Bring a directory organisation into a project with the next free number.

        The first participant becomes the coordinator unless another role is given.
        """
        self._writable()
        with self._workspace.transaction() as session:
            project = self._get(session, "project", project_id)
            if session.get(Organisation, organisation_id) is None:
                raise UserError("That organisation no longer exists.")
            _check_not_participating(session, project_id, organisation_id, None)
            has_participants = session.scalar(
                select(func.count()).select_from(Participant).where(
                    Participant.project_id == project_id)
            )
            row = Participant(
                project_id=project.id,
                organisation_id=organisation_id,
                number=_next_number(session, Participant, Participant.project_id, project_id),
                role=Role.BENEFICIARY,
                monthly_personnel_cost=Decimal(0),
            )
            session.add(row)
            session.flush()
            chosen = role or (Role.BENEFICIARY if has_participants else Role.COORDINATOR)
            self._update_participant(
                session, row, {"role": chosen, "monthly_personnel_cost": monthly_personnel_cost}
            )
            session.flush()
            return replace(self._changes_for("participant", project_id), created_id=row.id)

    def add_work_package(self, project_id: int, values: Mapping[str, Any] = {}) -> Changes:
        """A new work package with the next number, spanning the whole project by default."""
        self._writable()
        with self._workspace.transaction() as session:
            project = self._get(session, "project", project_id)
            row = WorkPackage(
                project_id=project.id,
                number=_next_number(session, WorkPackage, WorkPackage.project_id, project_id),
                title="",
                start_month=1,
                end_month=project.duration_months,
            )
            session.add(row)
            session.flush()
            self._update_work_package(session, row, dict(values))
            session.flush()
            return replace(self._changes_for("work_package", project_id), created_id=row.id)

    def add_task(self, work_package_id: int, values: Mapping[str, Any] = {}) -> Changes:
        """A new task with the next number in its work package, over the package's months."""
        self._writable()
        with self._workspace.transaction() as session:
            work_package = self._get(session, "work_package", work_package_id)
            row = Task(
                work_package_id=work_package.id,
                number=_next_number(session, Task, Task.work_package_id, work_package_id),
                start_month=work_package.start_month,
                end_month=work_package.end_month,
            )
            session.add(row)
            session.flush()
            self._update_task(session, row, dict(values))
            session.flush()
            return replace(self._changes_for("task", work_package.project_id), created_id=row.id)

    def add_deliverable(self, work_package_id: int, values: Mapping[str, Any] = {}) -> Changes:
        """A new deliverable D<wp>.<next>, due at the package's end by default."""
        self._writable()
        with self._workspace.transaction() as session:
            work_package = self._get(session, "work_package", work_package_id)
            row = Deliverable(
                work_package_id=work_package.id,
                number=_next_number(session, Deliverable, Deliverable.work_package_id,
                                    work_package_id),
                due_month=work_package.end_month,
                type=DeliverableType.R,
                dissemination=Dissemination.PU,
            )
            session.add(row)
            session.flush()
            self._update_deliverable(session, row, dict(values))
            session.flush()
            return replace(self._changes_for("deliverable", work_package.project_id),
                           created_id=row.id)

    def add_milestone(self, project_id: int, values: Mapping[str, Any] = {}) -> Changes:
        self._writable()
        with self._workspace.transaction() as session:
            project = self._get(session, "project", project_id)
            row = Milestone(
                project_id=project.id,
                number=_next_number(session, Milestone, Milestone.project_id, project_id),
                due_month=project.duration_months,
            )
            session.add(row)
            session.flush()
            self._update_milestone(session, row, dict(values))
            session.flush()
            return replace(self._changes_for("milestone", project_id), created_id=row.id)

    def add_cost_item(self, participant_id: int, values: Mapping[str, Any]) -> Changes:
        """A cost line of a participant; give `category` and either `amount` or quantity and
        unit cost."""
        self._writable()
        with self._workspace.transaction() as session:
            participant = self._get(session, "participant", participant_id)
            row = CostItem(
                participant_id=participant.id,
                category=_enum(CostCategory, values.get("category", CostCategory.C1),
                               "cost category"),
                amount=Decimal(0),
            )
            session.add(row)
            session.flush()
            self._update_cost_item(session, row, dict(values))
            session.flush()
            return replace(self._changes_for("cost_item", participant.project_id),
                           created_id=row.id)

    # -- effort ------------------------------------------------------------------------------------

    def set_effort(
        self, participant_id: int, work_package_id: int, person_months: Decimal | str
    ) -> Changes:
        return self.set_efforts([(participant_id, work_package_id, person_months)])

    def set_efforts(
        self, cells: Sequence[tuple[int, int, Decimal | str | None]]
    ) -> Changes:
        """Person-months per (participant, work package); zero or empty clears the cell."""
        self._writable()
        project_id = None
        with self._workspace.transaction() as session:
            for participant_id, work_package_id, value in cells:
                participant = self._get(session, "participant", participant_id)
                work_package = self._get(session, "work_package", work_package_id)
                if participant.project_id != work_package.project_id:
                    raise ValueError("participant and work package of different projects")
                project_id = participant.project_id
                months = _quantity(value if value is not None else "0", "person-months")
                existing = session.get(Effort, (participant_id, work_package_id))
                if not months:
                    if existing is not None:
                        session.delete(existing)
                elif existing is None:
                    session.add(Effort(participant_id=participant_id,
                                       work_package_id=work_package_id, person_months=months))
                else:
                    existing.person_months = months
        return Changes(effort=True, budget=True, project_id=project_id)

    # -- removing, capturing and restoring -----------------------------------------------------

    def capture(self, kind: str, ids: Iterable[int]) -> RowsState:
        """Everything a removal of these rows would destroy, for `restore`."""
        with self._workspace.sessions() as session:
            return _capture(session, kind, list(ids))

    def remove(self, kind: str, ids: Iterable[int]) -> Changes:
        """Remove rows (and, through the database's cascades, their children)."""
        self._writable()
        id_list = sorted(set(ids))
        if not id_list:
            return Changes()
        with self._workspace.transaction() as session:
            model = KINDS[kind]
            rows = [self._get(session, kind, row_id) for row_id in id_list]
            if kind == "organisation":
                for row in rows:
                    used = session.scalars(
                        select(Project.acronym).join(Participant).where(
                            Participant.organisation_id == row.id)
                    ).all()
                    if used:
                        raise UserError(
                            f"{row.legal_name} is a participant in {', '.join(sorted(used))}; "
                            "remove it from the project first."
                        )
                project_id = None
            else:
                project_ids = {self._project_of(session, kind, row).id for row in rows}
                project_id = project_ids.pop() if len(project_ids) == 1 else None
            session.execute(delete(model.__table__).where(model.__table__.c.id.in_(id_list)))
        if kind == "project":
            return Changes(projects=True, project=True, project_id=id_list[0]
                           if len(id_list) == 1 else None)
        return self._changes_for(kind, project_id)

    def restore(self, state: RowsState) -> Changes:
        """Put captured rows back exactly (same ids and numbers), then the links they had."""
        self._writable()
        tables = _tables()
        with self._workspace.transaction() as session:
            for name, rows in sorted(state.rows, key=lambda item: TABLE_ORDER.index(item[0])):
                if rows:
                    session.execute(insert(tables[name]), [dict(row) for row in rows])
            for name, column, row_ids, value in state.relinks:
                table = tables[name]
                session.execute(
                    update(table).where(table.c.id.in_(row_ids)).values({column: value})
                )
            project_id = _project_of_state(session, state)
        changes = Changes()
        for name, rows in state.rows:
            if rows and name in KINDS:
                changes = changes | self._changes_for(name, project_id)
        if state.ids("project"):
            changes = changes | Changes(projects=True, project=True)
        return replace(changes, project_id=project_id)

    # -- numbering ---------------------------------------------------------------------------------

    def set_numbers(self, kind: str, numbers: Mapping[int, int]) -> Changes:
        """Give rows new numbers at once (a swap included): two passes dodge the unique keys."""
        self._writable()
        if kind not in ("participant", "work_package", "task", "deliverable", "milestone"):
            raise ValueError(f"{kind} rows have no number")
        model = KINDS[kind]
        with self._workspace.transaction() as session:
            rows = [self._get(session, kind, row_id) for row_id in numbers]
            project_ids = {self._project_of(session, kind, row).id for row in rows}
            table = model.__table__
            wanted = {row_id: _integer(number, "number", minimum=1)
                      for row_id, number in numbers.items()}
            offset = 1 + (session.scalar(select(func.max(table.c.number))) or 0)
            for row_id in wanted:
                session.execute(
                    update(table).where(table.c.id == row_id).values(
                        number=table.c.number + offset)
                )
            for row_id, number in wanted.items():
                try:
                    with session.begin_nested():
                        session.execute(
                            update(table).where(table.c.id == row_id).values(number=number))
                except IntegrityError:
                    raise UserError(
                        f"There is already a {KIND_LABELS[kind]} number {number}; "
                        "choose a free number."
                    ) from None
            session.expire_all()
        project_id = project_ids.pop() if len(project_ids) == 1 else None
        return self._changes_for(kind, project_id)

    def renumber_plan(self, kind: str, project_id: int) -> dict[int, int]:
        """The numbers `renumber` would give: participants coordinator first, then in order;
        work packages in order; tasks and deliverables per package, deliverables and milestones
        by due month. Only rows whose number changes are listed."""
        with self._workspace.sessions() as session:
            if kind == "participant":
                rows = session.scalars(
                    select(Participant).where(Participant.project_id == project_id)
                ).all()
                groups = [sorted(rows, key=lambda p: (p.role != Role.COORDINATOR, p.number))]
            elif kind == "work_package":
                groups = [list(session.scalars(
                    select(WorkPackage).where(WorkPackage.project_id == project_id)
                    .order_by(WorkPackage.number)))]
            elif kind == "milestone":
                groups = [list(session.scalars(
                    select(Milestone).where(Milestone.project_id == project_id)
                    .order_by(Milestone.due_month, Milestone.number)))]
            elif kind in ("task", "deliverable"):
                model = KINDS[kind]
                order = (
                    (Deliverable.due_month, Deliverable.number) if kind == "deliverable"
                    else (Task.number,)
                )
                groups = []
                for work_package_id in session.scalars(
                    select(WorkPackage.id).where(WorkPackage.project_id == project_id)
                ):
                    groups.append(list(session.scalars(
                        select(model).where(model.work_package_id == work_package_id)
                        .order_by(*order))))
            else:
                raise ValueError(f"{kind} rows have no number")
            return {
                row.id: position
                for group in groups
                for position, row in enumerate(group, start=1)
                if row.number != position
            }

    def renumber(self, kind: str, project_id: int) -> Changes:
        """Close the gaps: number rows 1, 2, 3 ... (see `renumber_plan`)."""
        plan = self.renumber_plan(kind, project_id)
        if not plan:
            return Changes(project_id=project_id)
        return self.set_numbers(kind, plan)


_UPDATERS = {
    "organisation": EditingService._update_organisation,
    "project": EditingService._update_project,
    "participant": EditingService._update_participant,
    "work_package": EditingService._update_work_package,
    "task": EditingService._update_task,
    "deliverable": EditingService._update_deliverable,
    "milestone": EditingService._update_milestone,
    "cost_item": EditingService._update_cost_item,
}


# --- private helpers -----------------------------------------------------------------------------


def _organisation_value(name: str, value: Any) -> Any:
    if name == "legal_name":
        return _text(value, "legal name", 300, required=True)
    if name == "short_name":
        return _text(value, "short name", 100)
    if name == "pic":
        text = re.sub(r"\s+", "", str(value or ""))
        if not text:
            return None
        if not pic_is_valid(text):
            raise UserError(f"A PIC has exactly 9 digits; {value!r} does not.")
        return text
    if name == "vat":
        text = _text(value, "VAT number", 20)
        return text or None
    if name == "org_type":
        return _enum(OrgType, value, "organisation type")
    if name == "profit":
        return _boolean(value, "profit-making flag")
    if name == "staff_headcount":
        return _integer(value, "staff headcount", optional=True)
    if name in ("turnover", "balance_sheet"):
        return _money(value, name.replace("_", " "), optional=True)
    if name == "sme_class":
        return _enum(SmeClass, value, "SME class", optional=True)
    if name == "country":
        text = _text(value, "country", 60)
        if not text:
            return ""
        code = country_code_from_text(text)
        if code is None:
            raise UserError(f"{text!r} is not a country the app knows.")
        return code
    if name == "nuts2":
        text = _text(value, "region", 4).upper()
        if text and get_region(text) is None:
            raise UserError(f"{text!r} is not a NUTS 2 region code (such as DE11 or ITC4).")
        return text
    if name == "email":
        text = _text(value, "e-mail address", 254)
        if text and not _EMAIL.fullmatch(text):
            raise UserError(f"{text!r} is not an e-mail address.")
        return text
    limits = {"address": 2000, "city": 120, "postcode": 20, "website": 300,
              "contact_name": 200, "phone": 50, "clusters": 2000, "notes": 20000}
    return _text(value, name.replace("_", " "), limits[name])


def _settle_amount(row: CostItem, *, amount_given: bool) -> None:
    """Quantity x unit cost produce the amount; an amount typed over them must agree."""
    if row.quantity is not None and row.unit_cost is not None:
        product = row.quantity * row.unit_cost
        if product >= MAX_AMOUNT:
            raise UserError(f"Quantity x unit cost ({product:,}) is too large for an amount.")
        computed = round_half_up(product)
        if amount_given and row.amount != computed:
            raise UserError(
                f"This line's amount is quantity x unit cost ({computed}); change those, or "
                "clear them to type an amount."
            )
        row.amount = computed
    if row.amount is None or row.amount < 0:
        raise UserError("The amount must be zero or more.")


def _check_span(start: int, end: int, what: str) -> None:
    if end < start:
        raise UserError(f"{what} would end (M{end}) before it starts (M{start}).")


def _next_number(session: Session, model: Any, parent_column: Any, parent_id: int) -> int:
    highest = session.scalar(select(func.max(model.number)).where(parent_column == parent_id))
    return (highest or 0) + 1


def _free_number(
    session: Session, row: Any, value: Any, parent_column: Any, parent_id: int, what: str
) -> int:
    """A typed number for `row`, refused when another row of the same parent already has it."""
    number = _integer(value, f"{what} number", minimum=1)
    assert number is not None
    _check_free_number(session, type(row), parent_column, parent_id, number, row.id, what)
    return number


def _check_free_number(
    session: Session, model: Any, parent_column: Any, parent_id: int, number: int | None,
    row_id: int, what: str,
) -> None:
    clash = session.scalar(
        select(model.id).where(parent_column == parent_id, model.number == number,
                               model.id != row_id)
    )
    if clash is not None:
        raise UserError(f"There is already a {what} number {number}; choose a free number.")


def _check_not_participating(
    session: Session, project_id: int, organisation_id: int | None, row_id: int | None
) -> None:
    existing = session.scalar(
        select(Participant).where(
            Participant.project_id == project_id,
            Participant.organisation_id == organisation_id,
            Participant.id != (row_id or 0),
        )
    )
    if existing is not None:
        name = existing.organisation.short_name or existing.organisation.legal_name
        raise UserError(f"{name} is already participant P{existing.number} of this project.")


def _latest_month(session: Session, project_id: int) -> tuple[int, str] | None:
    """The latest month anything in the project uses, and what uses it."""
    candidates: list[tuple[int, str]] = []
    for wp in session.scalars(select(WorkPackage).where(WorkPackage.project_id == project_id)):
        candidates.append((wp.end_month, f"WP{wp.number}"))
        candidates += [(t.end_month, f"Task {wp.number}.{t.number}") for t in wp.tasks]
        candidates += [(d.due_month, f"D{wp.number}.{d.number}") for d in wp.deliverables]
    for milestone in session.scalars(select(Milestone).where(Milestone.project_id == project_id)):
        candidates.append((milestone.due_month, f"MS{milestone.number}"))
    return max(candidates, default=None)


def _copy_project_contents(session: Session, source: Project, copy: Project) -> None:
    participants: dict[int, Participant] = {}
    for participant in source.participants:
        new = Participant(
            project=copy,
            organisation_id=participant.organisation_id,
            number=participant.number,
            role=participant.role,
            monthly_personnel_cost=participant.monthly_personnel_cost,
            funding_rate_override=participant.funding_rate_override,
            funding_rate_override_reason=participant.funding_rate_override_reason,
            region_category_override=participant.region_category_override,
            region_category_override_reason=participant.region_category_override_reason,
        )
        session.add(new)
        participants[participant.id] = new
    session.flush()

    def lead(participant_id: int | None) -> int | None:
        return participants[participant_id].id if participant_id in participants else None

    work_packages: dict[int, WorkPackage] = {}
    for wp in source.work_packages:
        new_wp = WorkPackage(
            project=copy, number=wp.number, title=wp.title,
            lead_participant_id=lead(wp.lead_participant_id), start_month=wp.start_month,
            end_month=wp.end_month, objectives=wp.objectives, description=wp.description,
        )
        new_wp.tasks = [
            Task(number=t.number, title=t.title, lead_participant_id=lead(t.lead_participant_id),
                 start_month=t.start_month, end_month=t.end_month, description=t.description)
            for t in wp.tasks
        ]
        new_wp.deliverables = [
            Deliverable(number=d.number, title=d.title,
                        lead_participant_id=lead(d.lead_participant_id), type=d.type,
                        dissemination=d.dissemination, due_month=d.due_month,
                        description=d.description)
            for d in wp.deliverables
        ]
        session.add(new_wp)
        work_packages[wp.id] = new_wp
    session.flush()
    for milestone in source.milestones:
        session.add(Milestone(
            project=copy, number=milestone.number, title=milestone.title,
            due_month=milestone.due_month, verification=milestone.verification,
            work_packages=[work_packages[wp.id] for wp in milestone.work_packages],
        ))
    for participant in source.participants:
        new = participants[participant.id]
        for effort in participant.efforts:
            session.add(Effort(participant_id=new.id,
                               work_package_id=work_packages[effort.work_package_id].id,
                               person_months=effort.person_months))
        for cost in participant.cost_items:
            session.add(CostItem(
                participant_id=new.id, category=cost.category,
                work_package_id=(work_packages[cost.work_package_id].id
                                 if cost.work_package_id in work_packages else None),
                description=cost.description, quantity=cost.quantity,
                unit_cost=cost.unit_cost, amount=cost.amount,
            ))


def _tables() -> dict[str, Table]:
    tables: dict[str, Table] = {name: model.__table__ for name, model in KINDS.items()}
    tables["effort"] = Effort.__table__
    tables["milestone_work_package"] = milestone_work_package
    tables["import_batch"] = ImportBatch.__table__
    return tables


def _rows(session: Session, table: Table, condition: Any) -> tuple[dict[str, Any], ...]:
    return tuple(dict(row) for row in session.execute(select(table).where(condition)).mappings())


def _capture(session: Session, kind: str, ids: list[int]) -> RowsState:
    tables = _tables()
    captured: dict[str, tuple[dict[str, Any], ...]] = {}
    relinks: list[tuple[str, str, tuple[int, ...], int]] = []

    def add(name: str, condition: Any) -> tuple[dict[str, Any], ...]:
        rows = _rows(session, tables[name], condition)
        captured[name] = captured.get(name, ()) + rows
        return rows

    def relink(name: str, column: str, target_ids: Iterable[int]) -> None:
        table = tables[name]
        for target in target_ids:
            row_ids = tuple(session.scalars(select(table.c.id).where(table.c[column] == target)))
            if row_ids:
                relinks.append((name, column, row_ids, target))

    if kind == "organisation":
        add("organisation", tables["organisation"].c.id.in_(ids))
    elif kind == "project":
        add("project", tables["project"].c.id.in_(ids))
        participant_ids = [r["id"] for r in add(
            "participant", tables["participant"].c.project_id.in_(ids))]
        wp_ids = [r["id"] for r in add(
            "work_package", tables["work_package"].c.project_id.in_(ids))]
        add("task", tables["task"].c.work_package_id.in_(wp_ids))
        add("deliverable", tables["deliverable"].c.work_package_id.in_(wp_ids))
        milestone_ids = [r["id"] for r in add(
            "milestone", tables["milestone"].c.project_id.in_(ids))]
        add("milestone_work_package",
            tables["milestone_work_package"].c.milestone_id.in_(milestone_ids))
        add("effort", tables["effort"].c.participant_id.in_(participant_ids))
        add("cost_item", tables["cost_item"].c.participant_id.in_(participant_ids))
        relink("import_batch", "project_id", ids)
    elif kind == "participant":
        add("participant", tables["participant"].c.id.in_(ids))
        add("effort", tables["effort"].c.participant_id.in_(ids))
        add("cost_item", tables["cost_item"].c.participant_id.in_(ids))
        for name in ("work_package", "task", "deliverable"):
            relink(name, "lead_participant_id", ids)
    elif kind == "work_package":
        add("work_package", tables["work_package"].c.id.in_(ids))
        add("task", tables["task"].c.work_package_id.in_(ids))
        add("deliverable", tables["deliverable"].c.work_package_id.in_(ids))
        add("milestone_work_package",
            tables["milestone_work_package"].c.work_package_id.in_(ids))
        add("effort", tables["effort"].c.work_package_id.in_(ids))
        relink("cost_item", "work_package_id", ids)
    elif kind in ("task", "deliverable", "cost_item"):
        add(kind, tables[kind].c.id.in_(ids))
    elif kind == "milestone":
        add("milestone", tables["milestone"].c.id.in_(ids))
        add("milestone_work_package", tables["milestone_work_package"].c.milestone_id.in_(ids))
    else:
        raise ValueError(kind)
    return RowsState(rows=tuple(captured.items()), relinks=tuple(relinks))


def _project_of_state(session: Session, state: RowsState) -> int | None:
    """The project the restored rows belong to, for the Changes value."""
    for name, rows in state.rows:
        if not rows:
            continue
        row = rows[0]
        if name == "project":
            return row["id"]
        if "project_id" in row:
            return row["project_id"]
        if name in ("task", "deliverable"):
            return session.scalar(
                select(WorkPackage.project_id).where(WorkPackage.id == row["work_package_id"]))
        if name == "cost_item":
            return session.scalar(
                select(Participant.project_id).where(Participant.id == row["participant_id"]))
    return None
