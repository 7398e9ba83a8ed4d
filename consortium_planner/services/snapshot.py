"""A project read once into plain, frozen dataclasses (DTOs).

The budget, the checks, the exports and the views all work on a `ProjectSnapshot`, never on ORM
objects, so nothing lazy-loads on a closed session and the domain code needs no database. The
snapshot also resolves what is derived: each participant's region category (override, then the
workspace's own table, then the shipped one) and funding rate (override, then the call profile).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from consortium_planner.domain.call_profile import CallProfile
from consortium_planner.domain.value_chain import ChainRole
from consortium_planner.domain.project import (
    ClusterLink,
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
    ClusterMembership,
    Milestone,
    Organisation,
    OrganisationEcosystem,
    OrganisationNace,
    OrganisationRole,
    Participant,
    ParticipantRole,
    Project,
    RegionCategoryEntry,
    RegionS3Area,
    WorkPackage,
    acronym_key,
)
from consortium_planner.rules.profiles import ProfileError, get_profile

# --- loading ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class OrganisationLinks:
    """An organisation's value-chain data held in the link tables of migration 0006."""

    nace_codes: tuple[str, ...] = ()
    ecosystems: tuple[str, ...] = ()
    clusters: tuple[ClusterLink, ...] = ()
    usual_roles: tuple[str, ...] = ()


def organisation_links(
    session: Session, organisation_ids: Iterable[int]
) -> dict[int, OrganisationLinks]:
    """The links of these organisations, in four queries (none for an organisation without)."""
    ids = sorted(set(organisation_ids))
    found: dict[int, dict[str, list]] = {}

    def add(organisation_id: int, kind: str, value: object) -> None:
        found.setdefault(organisation_id, {}).setdefault(kind, []).append(value)

    for start in range(0, len(ids), 500):  # SQLite's limit on bound parameters
        chunk = ids[start:start + 500]
        for row in session.execute(select(OrganisationNace.organisation_id, OrganisationNace.code)
                                   .where(OrganisationNace.organisation_id.in_(chunk))):
            add(row[0], "nace", row[1])
        for row in session.execute(
                select(OrganisationEcosystem.organisation_id, OrganisationEcosystem.ecosystem)
                .where(OrganisationEcosystem.organisation_id.in_(chunk))):
            add(row[0], "ecosystems", row[1])
        for row in session.execute(select(OrganisationRole.organisation_id, OrganisationRole.role)
                                   .where(OrganisationRole.organisation_id.in_(chunk))):
            add(row[0], "roles", row[1])
        cluster = Organisation.__table__.alias("cluster")
        for row in session.execute(
                select(ClusterMembership.organisation_id, cluster.c.id, cluster.c.short_name,
                       cluster.c.legal_name)
                .join(cluster, cluster.c.id == ClusterMembership.cluster_id)
                .where(ClusterMembership.organisation_id.in_(chunk))):
            add(row[0], "clusters", ClusterLink(row[1], row[2] or row[3], row[3]))
    return {
        organisation_id: OrganisationLinks(
            nace_codes=tuple(sorted(kinds.get("nace", ()))),
            ecosystems=tuple(sorted(kinds.get("ecosystems", ()))),
            clusters=tuple(sorted(kinds.get("clusters", ()),
                                  key=lambda link: (link.name.casefold(), link.id))),
            usual_roles=tuple(sorted(kinds.get("roles", ()))),
        )
        for organisation_id, kinds in found.items()
    }


def organisation_info(
    organisation: Organisation, links: OrganisationLinks | None = None
) -> OrganisationInfo:
    """The organisation's row and, when given, its links (`organisation_links`)."""
    links = links or OrganisationLinks()
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
        notes=organisation.notes,
        founded_year=organisation.founded_year,
        nace_codes=links.nace_codes,
        ecosystems=links.ecosystems,
        clusters=links.clusters,
        usual_roles=links.usual_roles,
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
    participant: Participant,
    profile: CallProfile,
    region: RegionCategoryInfo,
    links: OrganisationLinks | None = None,
    value_chain_roles: tuple[str, ...] = (),
) -> ParticipantInfo:
    organisation = organisation_info(participant.organisation, links)
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
        value_chain_roles=value_chain_roles,
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
    s3 = s3_areas_of(session, {p.organisation.nuts2 for p in project.participants})
    number_of = {p.id: p.number for p in project.participants}
    wp_number = {w.id: w.number for w in project.work_packages}
    regions: dict[str, RegionCategoryInfo] = {}
    links = organisation_links(session, (p.organisation_id for p in project.participants))
    roles = participant_roles(session, [p.id for p in project.participants])
    participants = []
    for participant in project.participants:
        nuts2 = participant.organisation.nuts2
        if nuts2 not in regions:
            regions[nuts2] = region_category_of(session, nuts2)
        participants.append(participant_info(
            participant, profile, regions[nuts2], links.get(participant.organisation_id),
            roles.get(participant.id, ())))
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
        s3_areas={region: tuple(areas) for region, areas in s3.items()},
        s3_area_sources=s3,
        chain_roles=_role_catalogue(session, profile),
    )


def _role_catalogue(session: Session, profile: CallProfile) -> tuple[ChainRole, ...]:
    """The value chain's roles; imported here, not at the top, because value_chain imports the
    editing package, which (through versions and interchange) imports this module."""
    from consortium_planner.services.value_chain import role_catalogue

    return role_catalogue(session, profile)


def participant_roles(
    session: Session, participant_ids: Sequence[int]
) -> dict[int, tuple[str, ...]]:
    """The value-chain role keys of these participants, sorted."""
    found: dict[int, list[str]] = {}
    for participant_id, role in session.execute(
            select(ParticipantRole.participant_id, ParticipantRole.role)
            .where(ParticipantRole.participant_id.in_(participant_ids))):
        found.setdefault(participant_id, []).append(role)
    return {key: tuple(sorted(values)) for key, values in found.items()}


def s3_areas_of(session: Session, regions: Iterable[str]) -> Mapping[str, Mapping[str, str]]:
    """The S3 areas recorded for these NUTS 2 regions with their sources, by area (every region
    named is there, even with none)."""
    codes = sorted({code.upper() for code in regions if code})
    found: dict[str, dict[str, str]] = {code: {} for code in codes}
    for nuts2, area, source in session.execute(
            select(RegionS3Area.nuts2, RegionS3Area.area, RegionS3Area.source)
            .where(RegionS3Area.nuts2.in_(codes)).order_by(RegionS3Area.area)):
        found[nuts2][area] = source
    return found


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
