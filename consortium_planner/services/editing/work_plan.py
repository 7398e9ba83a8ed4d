"""The work plan: work packages, their tasks and deliverables, and the project's milestones,
all with months inside the project's duration."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from consortium_planner.domain.vocab import DeliverableType, Dissemination
from consortium_planner.models import Deliverable, Milestone, Project, Task, WorkPackage, bump
from consortium_planner.services.editing.coercion import as_enum, as_month, as_text
from consortium_planner.services.editing.numbering import free_number, new_numbered, next_number
from consortium_planner.services.editing.participants import participant_in
from consortium_planner.services.editing.rows import added, id_in_project
from consortium_planner.reference.messages import Message, gettext
from consortium_planner.services.errors import UserError


def work_package_in(session: Session, project: Project, value: Any) -> int | None:
    """The id of a work package, which must belong to `project`."""
    return id_in_project(session, WorkPackage, project, value, "work package",
                         gettext("The work package must belong to this project."))


def update_work_package(session: Session, row: WorkPackage, values: dict[str, Any]) -> None:
    project = row.project
    for name, value in values.items():
        if name == "number":
            row.number = free_number(session, row, value, "project_id", "work package")
        elif name in ("objectives", "description"):
            setattr(row, name, as_text(value, name, 20000))
        elif not _set_planned_field(session, project, row, name, value):
            raise ValueError(f"unknown work package field {name!r}")
    _check_span(row.start_month, row.end_month, f"WP{row.number}")


def update_task(session: Session, row: Task, values: dict[str, Any]) -> None:
    project = row.work_package.project
    for name, value in values.items():
        if name == "number":
            row.number = free_number(session, row, value, "work_package_id", "task")
        elif name == "description":
            row.description = as_text(value, "description", 20000)
        elif not _set_planned_field(session, project, row, name, value):
            raise ValueError(f"unknown task field {name!r}")
    _check_span(row.start_month, row.end_month, gettext(
        "Task {number}", number=f"{row.work_package.number}.{row.number}"))


def update_deliverable(session: Session, row: Deliverable, values: dict[str, Any]) -> None:
    project = row.work_package.project
    if "work_package_id" in values:
        target = work_package_in(session, project, values["work_package_id"])
        if target is None:
            raise UserError(gettext("A deliverable belongs to a work package; choose one."))
        if target != row.work_package_id:
            row.number = (
                free_number(session, row, values["number"], "work_package_id", "deliverable",
                            parent_id=target)
                if "number" in values
                else next_number(session, Deliverable, Deliverable.work_package_id, target)
            )
            row.work_package_id = target
            session.flush()
            session.refresh(row, ["work_package"])
    for name, value in values.items():
        if name == "work_package_id":
            continue
        if name == "number":
            row.number = free_number(session, row, value, "work_package_id", "deliverable")
        elif name == "title":
            row.title = as_text(value, "title", 300)
        elif name == "lead_participant_id":
            row.lead_participant_id = participant_in(session, project, value)
        elif name == "type":
            row.type = as_enum(DeliverableType, value, "deliverable type")
        elif name == "dissemination":
            row.dissemination = as_enum(Dissemination, value, "dissemination level")
        elif name == "due_month":
            row.due_month = as_month(value, "due month", project.duration_months)
        elif name == "description":
            row.description = as_text(value, "description", 20000)
        else:
            raise ValueError(f"unknown deliverable field {name!r}")


def update_milestone(session: Session, row: Milestone, values: dict[str, Any]) -> None:
    project = row.project
    for name, value in values.items():
        if name == "number":
            row.number = free_number(session, row, value, "project_id", "milestone")
        elif name == "title":
            row.title = as_text(value, "title", 300)
        elif name == "due_month":
            row.due_month = as_month(value, "due month", project.duration_months)
        elif name == "verification":
            row.verification = as_text(value, "means of verification", 20000)
        elif name == "work_package_ids":
            ids = [work_package_in(session, project, v) for v in value or ()]
            packages = [session.get(WorkPackage, i) for i in sorted(set(ids))]
            if packages != list(row.work_packages):
                row.work_packages = packages
                bump(row)  # its links are part of it: the row moves on a version
        else:
            raise ValueError(f"unknown milestone field {name!r}")


def create_work_package(
    session: Session, project: Project, values: dict[str, Any]
) -> WorkPackage:
    """A new work package with the next number, spanning the whole project by default."""
    row = new_numbered(session, WorkPackage, "project_id", project.id, title="", start_month=1,
                       end_month=project.duration_months)
    return added(session, row, update_work_package, values)


def create_task(session: Session, work_package: WorkPackage, values: dict[str, Any]) -> Task:
    """A new task with the next number in its work package, over the package's months."""
    row = new_numbered(session, Task, "work_package_id", work_package.id,
                       start_month=work_package.start_month, end_month=work_package.end_month)
    return added(session, row, update_task, values)


def create_deliverable(
    session: Session, work_package: WorkPackage, values: dict[str, Any]
) -> Deliverable:
    """A new deliverable D<wp>.<next>, due at the package's end by default."""
    row = new_numbered(session, Deliverable, "work_package_id", work_package.id,
                       due_month=work_package.end_month, type=DeliverableType.R,
                       dissemination=Dissemination.PU)
    return added(session, row, update_deliverable, values)


def create_milestone(session: Session, project: Project, values: dict[str, Any]) -> Milestone:
    """A new milestone with the next number, due at the project's end by default."""
    row = new_numbered(session, Milestone, "project_id", project.id,
                       due_month=project.duration_months)
    return added(session, row, update_milestone, values)


def _set_planned_field(
    session: Session, project: Project, row: WorkPackage | Task, name: str, value: Any
) -> bool:
    """The fields work packages and tasks share; False for a name that is not one of them."""
    if name == "title":
        row.title = as_text(value, "title", 300)
    elif name == "lead_participant_id":
        row.lead_participant_id = participant_in(session, project, value)
    elif name == "start_month":
        row.start_month = as_month(value, "start month", project.duration_months)
    elif name == "end_month":
        row.end_month = as_month(value, "end month", project.duration_months)
    else:
        return False
    return True


def _check_span(start: int, end: int, what: str | Message) -> None:
    if end < start:
        raise UserError(gettext("{what} would end (M{end}) before it starts (M{start}).",
                                what=what, end=end, start=start))
