"""One spec per kind of editable row: its model, its label, the parent it belongs to (which
gives the project of a row and the scope of its number), what a change of it touches, how it is
added and updated, and how it is numbered.

The service looks a kind up here instead of testing a `kind` string; a new entity is one more
entry in `SPECS`. What undo captures is not listed here: undo.py derives it from the models'
foreign keys.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from sqlalchemy.orm import Session

from consortium_planner.domain.vocab import Role
from consortium_planner.models import (
    CostItem,
    Deliverable,
    Milestone,
    Organisation,
    Participant,
    Project,
    RegionS3Area,
    ProjectVersion,
    Task,
    WorkPackage,
)
from consortium_planner.services.editing import (
    costs,
    organisations,
    participants,
    projects,
    regions,
    scenarios,
)
from consortium_planner.services.editing import work_plan as plan
from consortium_planner.services.editing.changes import Changes
from consortium_planner.services.editing.numbering import SortKey
from consortium_planner.services.editing.value_chain import (
    ORGANISATION_LINK_FIELDS,
    PARTICIPANT_LINK_FIELDS,
    read_list,
)
from consortium_planner.reference.messages import Label, gettext
from consortium_planner.services.errors import UserError


class Entity(StrEnum):
    """The kinds of rows the window edits; each value is also the name of its table."""

    ORGANISATION = "organisation"
    PROJECT = "project"
    PARTICIPANT = "participant"
    WORK_PACKAGE = "work_package"
    TASK = "task"
    DELIVERABLE = "deliverable"
    MILESTONE = "milestone"
    COST_ITEM = "cost_item"
    REGION_S3_AREA = "region_s3_area"
    VERSION = "project_version"


Update = Callable[[Session, Any, dict[str, Any]], None]
Create = Callable[[Session, Any, dict[str, Any]], Any]  # (session, parent row or None, values)


@dataclass(frozen=True)
class EntitySpec:
    """How the service treats one kind of row."""

    model: type
    label: str  # in messages: "That work package no longer exists"
    changes: Changes  # what changing such a row touches (project_id left unset)
    update: Update
    create: Create
    parent: Entity | None = None  # the row it belongs to; None for the top of the tree
    parent_column: str | None = None
    number_order: SortKey | None = None  # numbered rows: their order for a renumbering
    add_changes: Changes | None = None  # what adding one touches, when not `changes`
    removal_changes: Changes | None = None  # what removing one touches, when not `changes`
    refuse_removal: Callable[[Session, Sequence[Any]], None] | None = None
    readers: Mapping[str, Callable[[Any], Any]] = field(default_factory=dict)

    def read(self, row: Any, name: str) -> Any:
        """A field's plain value (a relationship as ids), as an update accepts it back."""
        reader = self.readers.get(name)
        return reader(row) if reader is not None else getattr(row, name)


def _list_readers(names: tuple[str, ...]) -> dict[str, Callable[[Any], Any]]:
    return {name: (lambda row, name=name: read_list(row, name)) for name in names}


def _by_number(row: Any) -> tuple[Any, ...]:
    return (row.number,)


def _by_due_month(row: Any) -> tuple[Any, ...]:
    return (row.due_month, row.number)


_WORK_PLAN = Changes(work_plan=True)

SPECS: dict[Entity, EntitySpec] = {
    Entity.ORGANISATION: EntitySpec(
        Organisation, "organisation", Changes(directory=True, participants=True, budget=True),
        organisations.update_organisation, organisations.create_organisation,
        add_changes=Changes(directory=True), refuse_removal=organisations.refuse_removal,
        readers=_list_readers(ORGANISATION_LINK_FIELDS),
    ),
    Entity.PROJECT: EntitySpec(
        Project, "project",
        Changes(projects=True, project=True, work_plan=True, budget=True),
        projects.update_project, projects.create_project,
        add_changes=Changes(projects=True), removal_changes=Changes(projects=True, project=True),
    ),
    Entity.PARTICIPANT: EntitySpec(
        Participant, "participant",
        Changes(participants=True, work_plan=True, effort=True, budget=True),
        participants.update_participant, participants.create_participant,
        parent=Entity.PROJECT, parent_column="project_id",
        number_order=lambda row: (row.role != Role.COORDINATOR, row.number),
        readers=_list_readers(PARTICIPANT_LINK_FIELDS),
    ),
    Entity.WORK_PACKAGE: EntitySpec(
        WorkPackage, "work package", Changes(work_plan=True, effort=True, budget=True),
        plan.update_work_package, plan.create_work_package,
        parent=Entity.PROJECT, parent_column="project_id", number_order=_by_number,
    ),
    Entity.TASK: EntitySpec(
        Task, "task", _WORK_PLAN, plan.update_task, plan.create_task,
        parent=Entity.WORK_PACKAGE, parent_column="work_package_id", number_order=_by_number,
    ),
    Entity.DELIVERABLE: EntitySpec(
        Deliverable, "deliverable", _WORK_PLAN, plan.update_deliverable, plan.create_deliverable,
        parent=Entity.WORK_PACKAGE, parent_column="work_package_id",
        number_order=_by_due_month,
    ),
    Entity.MILESTONE: EntitySpec(
        Milestone, "milestone", _WORK_PLAN, plan.update_milestone, plan.create_milestone,
        parent=Entity.PROJECT, parent_column="project_id", number_order=_by_due_month,
        readers={"work_package_ids": lambda row: [wp.id for wp in row.work_packages]},
    ),
    Entity.COST_ITEM: EntitySpec(
        CostItem, "cost line", Changes(budget=True),
        costs.update_cost_item, costs.create_cost_item,
        parent=Entity.PARTICIPANT, parent_column="participant_id",
    ),
    # the S3 areas of a region are shared by every project with a partner there
    Entity.REGION_S3_AREA: EntitySpec(
        RegionS3Area, "S3 area", Changes(directory=True, participants=True),
        regions.update_s3_area, regions.create_s3_area,
    ),
    Entity.VERSION: EntitySpec(
        ProjectVersion, "version", Changes(projects=True),
        scenarios.update_version, scenarios.create_version,
        parent=Entity.PROJECT, parent_column="project_id",
    ),
}


def changes_for(
    entity: Entity, project_id: int | None, *, added: bool = False, removed: bool = False
) -> Changes:
    """What changing (or adding, or removing) rows of `entity` in `project_id` touches."""
    spec = SPECS[entity]
    changes = (added and spec.add_changes) or (removed and spec.removal_changes) or spec.changes
    return replace(changes, project_id=project_id)


def get_row(session: Session, entity: Entity, row_id: int) -> Any:
    """The row, or a `UserError` when it is gone (removed meanwhile, or by an undo)."""
    row = session.get(SPECS[entity].model, row_id)
    if row is None:
        raise UserError(gettext("That {what} no longer exists (it was removed).",
                                what=Label(SPECS[entity].label)))
    return row


def project_id_of(session: Session, entity: Entity, row: Any) -> int | None:
    """The project a row belongs to, up its parents; None for a directory row.

    `row` is an ORM object or a captured row (a mapping of column names)."""
    spec = SPECS[entity]
    if entity is Entity.PROJECT:
        return _field(row, "id")
    if spec.parent is None or spec.parent_column is None:
        return None
    parent_id = _field(row, spec.parent_column)
    if spec.parent is Entity.PROJECT:
        return parent_id
    return project_id_of(session, spec.parent, get_row(session, spec.parent, parent_id))


def single(project_ids: set[int | None]) -> int | None:
    """The one project some rows share, or None when they belong to several."""
    return next(iter(project_ids)) if len(project_ids) == 1 else None


def _field(row: Any, name: str) -> Any:
    return row[name] if isinstance(row, Mapping) else getattr(row, name)
