"""A project read once into plain, frozen dataclasses (DTOs).

The budget, the checks, the exports and the views all work on a `ProjectSnapshot`, never on ORM
objects, so nothing lazy-loads on a closed session and the domain code needs no database. The
snapshot also resolves what is derived: each participant's region category (override, then the
workspace's own table, then the shipped one) and funding rate (override, then the call profile).
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from consortium_planner.domain.call_profile import CallProfile
from consortium_planner.domain.project import (
    CostInfo,
    DeliverableInfo,
    EffortInfo,
    MilestoneInfo,
    OrganisationInfo,
    ParticipantInfo,
    ProjectInfo,
    ProjectSnapshot,
    RegionCategoryInfo,
    TaskInfo,
    WorkPackageInfo,
)
from consortium_planner.models import (
    Milestone,
    Organisation,
    Participant,
    Project,
    RegionCategoryEntry,
    WorkPackage,
    acronym_key,
)
from consortium_planner.rules.profiles import ProfileError, get_profile

# --- loading ----------------------------------------------------------------------------------


def organisation_info(organisation: Organisation) -> OrganisationInfo:
    return OrganisationInfo(
        id=organisation.id,
        legal_name=organisation.legal_name,
        short_name=organisation.short_name,
        pic=organisation.pic,
        vat=organisation.vat,
        org_type=str(organisation.org_type),
        profit=organisation.profit,
        staff_headcount=organisation.staff_headcount,
        turnover=organisation.turnover,
        balance_sheet=organisation.balance_sheet,
        sme_class=str(organisation.sme_class) if organisation.sme_class else None,
        country=organisation.country,
        nuts2=organisation.nuts2,
        address=organisation.address,
        city=organisation.city,
        postcode=organisation.postcode,
        website=organisation.website,
        contact_name=organisation.contact_name,
        email=organisation.email,
        phone=organisation.phone,
        clusters=organisation.clusters,
        notes=organisation.notes,
    )


def region_category_of(session: Session, nuts2: str) -> RegionCategoryInfo:
    """The workspace's own entry wins over the shipped table; no region, no category."""
    if not nuts2:
        return RegionCategoryInfo(None, "no NUTS 2 region given")
    entry = session.get(RegionCategoryEntry, nuts2.upper())
    if entry is not None:
        return RegionCategoryInfo(str(entry.category), f"workspace: {entry.source}".rstrip(": "))
    from consortium_planner.reference.region_categories import shipped_category

    shipped = shipped_category(nuts2)
    if shipped is None:
        return RegionCategoryInfo(None, "no known category for this region")
    return RegionCategoryInfo(str(shipped.category), f"shipped: {shipped.source}")


def resolve_profile(profile_id: str) -> tuple[CallProfile, tuple[str, ...]]:
    """The project's call profile; an unknown id falls back to `generic`, with a note saying so."""
    try:
        return get_profile(profile_id), ()
    except ProfileError:
        note = f"call profile {profile_id!r} is not installed; the generic profile was used"
        return get_profile("generic"), (note,)


def participant_info(
    participant: Participant, profile: CallProfile, region: RegionCategoryInfo
) -> ParticipantInfo:
    organisation = organisation_info(participant.organisation)
    own_region = region
    if participant.region_category_override is not None:
        reason = participant.region_category_override_reason or "no reason given"
        region = RegionCategoryInfo(
            str(participant.region_category_override), f"participant override: {reason}"
        )
    if participant.funding_rate_override is not None:
        rate = participant.funding_rate_override
    else:
        rate = profile.funding_rate(organisation.org_type, organisation.profit, region.category)
    return ParticipantInfo(
        id=participant.id,
        number=participant.number,
        role=str(participant.role),
        organisation=organisation,
        monthly_personnel_cost=participant.monthly_personnel_cost,
        funding_rate_override=participant.funding_rate_override,
        funding_rate_override_reason=participant.funding_rate_override_reason,
        region_category_override=(
            str(participant.region_category_override)
            if participant.region_category_override
            else None
        ),
        region_category_override_reason=participant.region_category_override_reason,
        region_category=region,
        region_own_category=own_region,
        funding_rate=rate,
    )


def load_snapshot(session: Session, project_id: int) -> ProjectSnapshot:
    """Everything about one project in a handful of queries."""
    project = session.scalars(
        select(Project)
        .where(Project.id == project_id)
        .options(
            selectinload(Project.participants).selectinload(Participant.organisation),
            selectinload(Project.participants).selectinload(Participant.efforts),
            selectinload(Project.participants).selectinload(Participant.cost_items),
            selectinload(Project.work_packages).selectinload(WorkPackage.tasks),
            selectinload(Project.work_packages).selectinload(WorkPackage.deliverables),
            selectinload(Project.milestones).selectinload(Milestone.work_packages),
        )
    ).one()
    profile, notes = resolve_profile(project.call_profile)
    number_of = {p.id: p.number for p in project.participants}
    wp_number = {w.id: w.number for w in project.work_packages}
    regions: dict[str, RegionCategoryInfo] = {}
    participants = []
    for participant in project.participants:
        nuts2 = participant.organisation.nuts2
        if nuts2 not in regions:
            regions[nuts2] = region_category_of(session, nuts2)
        participants.append(participant_info(participant, profile, regions[nuts2]))
    work_packages = tuple(
        WorkPackageInfo(
            id=wp.id,
            number=wp.number,
            title=wp.title,
            lead=number_of.get(wp.lead_participant_id) if wp.lead_participant_id else None,
            start_month=wp.start_month,
            end_month=wp.end_month,
            objectives=wp.objectives,
            description=wp.description,
            tasks=tuple(
                TaskInfo(
                    id=t.id,
                    number=t.number,
                    title=t.title,
                    lead=number_of.get(t.lead_participant_id) if t.lead_participant_id else None,
                    start_month=t.start_month,
                    end_month=t.end_month,
                    description=t.description,
                )
                for t in wp.tasks
            ),
            deliverables=tuple(
                DeliverableInfo(
                    id=d.id,
                    work_package=wp.number,
                    number=d.number,
                    title=d.title,
                    lead=number_of.get(d.lead_participant_id) if d.lead_participant_id else None,
                    type=str(d.type),
                    dissemination=str(d.dissemination),
                    due_month=d.due_month,
                    description=d.description,
                )
                for d in wp.deliverables
            ),
        )
        for wp in project.work_packages
    )
    milestones = tuple(
        MilestoneInfo(
            id=m.id,
            number=m.number,
            title=m.title,
            work_packages=tuple(w.number for w in m.work_packages),
            due_month=m.due_month,
            verification=m.verification,
        )
        for m in project.milestones
    )
    efforts = tuple(
        sorted(
            (
                EffortInfo(p.number, wp_number[e.work_package_id], e.person_months)
                for p in project.participants
                for e in p.efforts
            ),
            key=lambda e: (e.participant, e.work_package),
        )
    )
    costs = tuple(
        CostInfo(
            id=c.id,
            participant=p.number,
            category=str(c.category),
            work_package=wp_number.get(c.work_package_id) if c.work_package_id else None,
            description=c.description,
            quantity=c.quantity,
            unit_cost=c.unit_cost,
            amount=c.amount,
        )
        for p in project.participants
        for c in p.cost_items
    )
    return ProjectSnapshot(
        project=ProjectInfo(
            id=project.id,
            acronym=project.acronym,
            title=project.title,
            call_profile=project.call_profile,
            thematic_priority=project.thematic_priority,
            start_date=project.start_date,
            duration_months=project.duration_months,
        ),
        profile=profile,
        participants=tuple(participants),
        work_packages=work_packages,
        milestones=milestones,
        efforts=efforts,
        costs=costs,
        notes=notes,
    )


def find_project_id(session: Session, acronym: str | None) -> int:
    """The project named by acronym (case and accents aside), or the only one when none is named."""
    projects: Sequence[tuple[int, str]] = session.execute(
        select(Project.id, Project.acronym).order_by(Project.acronym)
    ).all()
    if acronym is None:
        if len(projects) == 1:
            return projects[0][0]
        if not projects:
            raise LookupError("the workspace holds no project")
        names = ", ".join(name for _, name in projects)
        raise LookupError(f"the workspace holds several projects ({names}); name one with --project")
    found = session.scalar(select(Project.id).where(Project.acronym_key == acronym_key(acronym)))
    if found is not None:
        return found
    names = ", ".join(name for _, name in projects) or "none"
    raise LookupError(f"no project {acronym!r} in the workspace (projects: {names})")
