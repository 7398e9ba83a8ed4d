"""Projects: their own fields, creating one, and a what-if copy of everything in one."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

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
    acronym_key,
)
from consortium_planner.services.editing.coercion import (
    MAX_DURATION,
    as_date,
    as_integer,
    as_text,
)
from consortium_planner.services.editing.rows import added
from consortium_planner.reference.messages import Message, gettext
from consortium_planner.services.errors import UserError


def refuse_taken_acronym(session: Session, acronym: str, project_id: int | None = None) -> None:
    """A UserError when another project than `project_id` has this acronym (case and accents
    aside)."""
    clash = session.scalar(
        select(Project).where(Project.acronym_key == acronym_key(acronym), Project.id != project_id)
    )
    if clash is not None:
        raise UserError(
            gettext("A project called {existing} already exists, and {acronym} differs "
                    "from it only in case or accents; choose another acronym.",
                    existing=clash.acronym, acronym=acronym)
            if clash.acronym != acronym else
            gettext("A project called {existing} already exists.", existing=clash.acronym)
        )


def update_project(session: Session, row: Project, values: dict[str, Any]) -> None:
    for name, value in values.items():
        if name == "acronym":
            acronym = as_text(value, "acronym", 40, required=True)
            refuse_taken_acronym(session, acronym, row.id)
            row.acronym = acronym
        elif name == "scenario_name":
            row.scenario_name = as_text(value, "scenario name", 200)
        elif name == "title":
            row.title = as_text(value, "title", 500)
        elif name == "thematic_priority":
            row.thematic_priority = as_text(value, "thematic priority", 200)
        elif name == "call_profile":
            from consortium_planner.rules.profiles import available_profiles

            profile_id = as_text(value, "call profile", 80, required=True)
            if profile_id not in available_profiles():
                known = ", ".join(sorted(available_profiles()))
                raise UserError(gettext("No call profile {profile} is installed ({known}).",
                                        profile=repr(profile_id), known=known))
            row.call_profile = profile_id
        elif name == "start_date":
            row.start_date = as_date(value, "start date")
        elif name == "duration_months":
            duration = as_integer(value, "duration", minimum=1)
            assert duration is not None
            if duration > MAX_DURATION:
                raise UserError(gettext("The duration must be at most {maximum} months.",
                                        maximum=MAX_DURATION))
            latest = _latest_month(session, row.id)
            if latest is not None and latest[0] > duration:
                raise UserError(
                    gettext("{what} is in M{month}, after a duration of {duration} months; "
                            "move it earlier first.", what=latest[1], month=latest[0],
                            duration=duration)
                )
            row.duration_months = duration
        else:
            raise ValueError(f"unknown project field {name!r}")


def create_project(session: Session, parent: None, values: dict[str, Any]) -> Project:
    """A new project; the acronym is checked like a rename (the row exists first)."""
    return added(session, Project(acronym="?", duration_months=MAX_DURATION), update_project,
                 values)


def duplicate_project(session: Session, source: Project, acronym: str) -> Project:
    """A what-if copy of everything in `source` under a new acronym."""
    copy = added(session, Project(acronym="?", duration_months=source.duration_months),
                 update_project, {"acronym": acronym})
    for name in ("title", "call_profile", "thematic_priority", "start_date"):
        setattr(copy, name, getattr(source, name))
    _copy_project_contents(session, source, copy)
    return copy


def _latest_month(session: Session, project_id: int) -> tuple[int, str | Message] | None:
    """The latest month anything in the project uses, and what uses it."""
    candidates: list[tuple[int, str, str | Message]] = []
    for wp in session.scalars(select(WorkPackage).where(WorkPackage.project_id == project_id)):
        candidates.append((wp.end_month, f"WP{wp.number}", f"WP{wp.number}"))
        candidates += [(t.end_month, f"Task {wp.number}.{t.number}",
                        gettext("Task {number}", number=f"{wp.number}.{t.number}"))
                       for t in wp.tasks]
        candidates += [(d.due_month, f"D{wp.number}.{d.number}", f"D{wp.number}.{d.number}")
                       for d in wp.deliverables]
    for milestone in session.scalars(select(Milestone).where(Milestone.project_id == project_id)):
        candidates.append((milestone.due_month, f"MS{milestone.number}", f"MS{milestone.number}"))
    latest = max(candidates, default=None, key=lambda found: found[:2])
    return None if latest is None else (latest[0], latest[2])
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
            workbook_language=participant.workbook_language,
        )
        session.add(new)
        participants[participant.id] = new
    session.flush()
    for participant_id, role in session.execute(
            select(ParticipantRole.participant_id, ParticipantRole.role)
            .where(ParticipantRole.participant_id.in_(list(participants)))):
        session.add(ParticipantRole(participant_id=participants[participant_id].id, role=role))

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

