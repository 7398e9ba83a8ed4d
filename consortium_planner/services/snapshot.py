"""A project read once into plain, frozen dataclasses (DTOs).

The budget, the checks, the exports and the views all work on a `ProjectSnapshot`, never on ORM
objects, so nothing lazy-loads on a closed session and the domain code needs no database. The
snapshot also resolves what is derived: each participant's region category (override, then the
workspace's own table, then the shipped one) and funding rate (override, then the call profile).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Row, bindparam, select
from sqlalchemy.orm import Session

from consortium_planner.domain.call_profile import CallProfile
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
    CostItem,
    Deliverable,
    Effort,
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
    Task,
    WorkPackage,
    acronym_key,
    milestone_work_package,
)
from consortium_planner.rules.profiles import ProfileError, get_profile
from consortium_planner.services.chain_roles import role_catalogue

# --- loading ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class OrganisationLinks:
    """An organisation's value-chain data held in the link tables of migration 0006."""

    nace_codes: tuple[str, ...] = ()
    ecosystems: tuple[str, ...] = ()
    clusters: tuple[ClusterLink, ...] = ()
    usual_roles: tuple[str, ...] = ()


# The four statements of `organisation_links`, built once with an expanding list of ids: the
# directory reads the links of every page of rows it paints, and building the statements (and
# a new alias) each time cost more than running them.
_CLUSTER = Organisation.__table__.alias("cluster")
_IDS = bindparam("ids", expanding=True)
_LINK_STATEMENTS = (
    ("nace", select(OrganisationNace.organisation_id, OrganisationNace.code)
     .where(OrganisationNace.organisation_id.in_(_IDS))),
    ("ecosystems", select(OrganisationEcosystem.organisation_id, OrganisationEcosystem.ecosystem)
     .where(OrganisationEcosystem.organisation_id.in_(_IDS))),
    ("roles", select(OrganisationRole.organisation_id, OrganisationRole.role)
     .where(OrganisationRole.organisation_id.in_(_IDS))),
    ("clusters", select(ClusterMembership.organisation_id, _CLUSTER.c.id, _CLUSTER.c.short_name,
                        _CLUSTER.c.legal_name)
     .join(_CLUSTER, _CLUSTER.c.id == ClusterMembership.cluster_id)
     .where(ClusterMembership.organisation_id.in_(_IDS))),
)


def organisation_links(
    session: Session, organisation_ids: Iterable[int]
) -> dict[int, OrganisationLinks]:
    """The links of these organisations, in four queries (none for an organisation without)."""
    ids = sorted(set(organisation_ids))
    found: dict[int, dict[str, list]] = {}
    for start in range(0, len(ids), 500):  # SQLite's limit on bound parameters
        chunk = {"ids": ids[start:start + 500]}
        for kind, statement in _LINK_STATEMENTS:
            for row in session.execute(statement, chunk):
                value = ClusterLink(row[1], row[2] or row[3], row[3]) if kind == "clusters" \
                    else row[1]
                found.setdefault(row[0], {}).setdefault(kind, []).append(value)
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


# the columns `organisation_info` and `participant_info` read, selected as plain rows (a Row has
# the same attribute names as the ORM object, so either can be passed)
ORGANISATION_COLUMNS = (
    Organisation.id, Organisation.legal_name, Organisation.short_name, Organisation.pic,
    Organisation.vat, Organisation.org_type, Organisation.profit, Organisation.staff_headcount,
    Organisation.turnover, Organisation.balance_sheet, Organisation.sme_class,
    Organisation.country, Organisation.nuts2, Organisation.address, Organisation.city,
    Organisation.postcode, Organisation.website, Organisation.contact_name, Organisation.email,
    Organisation.phone, Organisation.notes, Organisation.founded_year,
)
PARTICIPANT_COLUMNS = (
    Participant.id, Participant.number, Participant.organisation_id, Participant.role,
    Participant.monthly_personnel_cost, Participant.funding_rate_override,
    Participant.funding_rate_override_reason, Participant.region_category_override,
    Participant.region_category_override_reason, Participant.workbook_language,
)


def organisation_info(
    organisation: Organisation | Row[Any], links: OrganisationLinks | None = None,
    eu_experience: str = "",
) -> OrganisationInfo:
    """The organisation's row (ORM object or a Row of ORGANISATION_COLUMNS) and, when given, its
    links (`organisation_links`) and EU experience (`eu_experience.summaries`)."""
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
        eu_experience=eu_experience,
    )


def region_categories_of(
    session: Session, regions: Iterable[str]
) -> dict[str, RegionCategoryInfo]:
    """The category of each region named, in one query: the workspace's own entry wins over the
    shipped table; no region, no category."""
    names = set(regions)
    codes = sorted({name.upper() for name in names if name})
    entries: dict[str, tuple[str, str]] = {}
    for start in range(0, len(codes), 500):  # SQLite's limit on bound parameters
        for code, category, source in session.execute(
                select(RegionCategoryEntry.nuts_code, RegionCategoryEntry.category,
                       RegionCategoryEntry.source)
                .where(RegionCategoryEntry.nuts_code.in_(codes[start:start + 500]))):
            entries[code] = (str(category), source)
    return {name: _region_category(name, entries) for name in names}


def _region_category(nuts2: str, entries: Mapping[str, tuple[str, str]]) -> RegionCategoryInfo:
    if not nuts2:
        return RegionCategoryInfo(None, "no NUTS 2 region given", "no_region")
    entry = entries.get(nuts2.upper())
    if entry is not None:
        return RegionCategoryInfo(entry[0], f"workspace: {entry[1]}".rstrip(": "), "workspace",
                                  entry[1])
    from consortium_planner.reference.region_categories import shipped_category

    shipped = shipped_category(nuts2)
    if shipped is None:
        return RegionCategoryInfo(None, "no known category for this region", "unknown")
    return RegionCategoryInfo(str(shipped.category), f"shipped: {shipped.source}", "shipped",
                              shipped.source)


def region_category_of(session: Session, nuts2: str) -> RegionCategoryInfo:
    """The workspace's own entry wins over the shipped table; no region, no category."""
    return region_categories_of(session, [nuts2])[nuts2]


def resolve_profile(profile_id: str) -> tuple[CallProfile, tuple[str, ...]]:
    """The project's call profile; an unknown id falls back to `generic`, with a note saying so."""
    try:
        return get_profile(profile_id), ()
    except ProfileError:
        note = f"call profile {profile_id!r} is not installed; the generic profile was used"
        return get_profile("generic"), (note,)


def participant_info(
    participant: Participant | Row[Any],
    organisation: OrganisationInfo,
    profile: CallProfile,
    region: RegionCategoryInfo,
    value_chain_roles: tuple[str, ...] = (),
) -> ParticipantInfo:
    """The participant (ORM object or a Row of PARTICIPANT_COLUMNS) with its region category and
    funding rate resolved: the participant's overrides win."""
    own_region = region
    if participant.region_category_override is not None:
        reason = participant.region_category_override_reason or ""
        region = RegionCategoryInfo(
            str(participant.region_category_override),
            f"participant override: {reason or 'no reason given'}", "override", reason,
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
        workbook_language=participant.workbook_language,
    )


def load_snapshot(session: Session, project_id: int) -> ProjectSnapshot:
    """Everything about one project as plain values, in a fixed number of queries whatever its
    size: one SELECT of plain columns per table, joined to the project, no ORM objects (building
    tens of thousands of them was most of the time taken to load a large project)."""
    project = session.execute(
        select(Project.id, Project.acronym, Project.title, Project.call_profile,
               Project.thematic_priority, Project.start_date, Project.duration_months)
        .where(Project.id == project_id)
    ).one()
    profile, notes = resolve_profile(project.call_profile)
    participant_rows = session.execute(
        select(*PARTICIPANT_COLUMNS).where(Participant.project_id == project_id)
        .order_by(Participant.number)
    ).all()
    organisations = {
        row.id: row for row in session.execute(
            select(*ORGANISATION_COLUMNS)
            .join(Participant, Participant.organisation_id == Organisation.id)
            .where(Participant.project_id == project_id))
    }
    links = organisation_links(session, organisations)
    roles = participant_roles(session, [row.id for row in participant_rows])
    nuts2_codes = {row.nuts2 for row in organisations.values()}
    regions = region_categories_of(session, nuts2_codes)
    s3 = s3_areas_of(session, nuts2_codes)
    participants = []
    for row in participant_rows:
        organisation = organisations[row.organisation_id]
        participants.append(participant_info(
            row, organisation_info(organisation, links.get(row.organisation_id)), profile,
            regions[organisation.nuts2], roles.get(row.id, ())))
    number_of = {row.id: row.number for row in participant_rows}
    work_packages, wp_number = _work_packages(session, project_id, number_of)
    efforts = tuple(
        EffortInfo(participant, wp_number[work_package_id], person_months)
        for participant, work_package_id, person_months in session.execute(
            select(Participant.number, Effort.work_package_id, Effort.person_months)
            .join(Participant, Participant.id == Effort.participant_id)
            .where(Participant.project_id == project_id))
    )
    # cost_item has no index on participant_id: one pass over it filtered by the project's
    # participants, not a join (SQLite would scan it once per participant)
    costs = sorted(
        (
            CostInfo(cost_id, number_of[participant_id], str(category),
                     wp_number.get(work_package_id) if work_package_id else None,
                     description, quantity, unit_cost, amount)
            # rows unpacked, not read by attribute: a Row's attribute access is the slow part
            for (cost_id, participant_id, category, work_package_id, description, quantity,
                 unit_cost, amount) in session.execute(
                select(CostItem.id, CostItem.participant_id, CostItem.category,
                       CostItem.work_package_id, CostItem.description, CostItem.quantity,
                       CostItem.unit_cost, CostItem.amount)
                .where(CostItem.participant_id.in_(
                    select(Participant.id).where(Participant.project_id == project_id)))
                .order_by(CostItem.id))
        ),
        key=lambda cost: cost.participant,  # stable: by participant, then by id
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
        milestones=_milestones(session, project_id),
        efforts=tuple(sorted(efforts, key=lambda e: (e.participant, e.work_package))),
        costs=tuple(costs),
        notes=notes,
        s3_areas={region: tuple(areas) for region, areas in s3.items()},
        s3_area_sources=s3,
        chain_roles=role_catalogue(session, profile),
    )


def _work_packages(
    session: Session, project_id: int, number_of: Mapping[int, int]
) -> tuple[tuple[WorkPackageInfo, ...], dict[int, int]]:
    """The project's work packages with their tasks and deliverables (three queries), and each
    work package's number by id."""
    def lead(participant_id: int | None) -> int | None:
        return number_of.get(participant_id) if participant_id else None

    wp_rows = session.execute(
        select(WorkPackage.id, WorkPackage.number, WorkPackage.title,
               WorkPackage.lead_participant_id, WorkPackage.start_month, WorkPackage.end_month,
               WorkPackage.objectives, WorkPackage.description)
        .where(WorkPackage.project_id == project_id).order_by(WorkPackage.number)
    ).all()
    wp_number = {row.id: row.number for row in wp_rows}
    tasks: dict[int, list[TaskInfo]] = {row.id: [] for row in wp_rows}
    for row in session.execute(
            select(Task.work_package_id, Task.id, Task.number, Task.title,
                   Task.lead_participant_id, Task.start_month, Task.end_month, Task.description)
            .join(WorkPackage, WorkPackage.id == Task.work_package_id)
            .where(WorkPackage.project_id == project_id).order_by(Task.number)):
        tasks[row.work_package_id].append(TaskInfo(
            id=row.id, number=row.number, title=row.title, lead=lead(row.lead_participant_id),
            start_month=row.start_month, end_month=row.end_month, description=row.description))
    deliverables: dict[int, list[DeliverableInfo]] = {row.id: [] for row in wp_rows}
    for row in session.execute(
            select(Deliverable.work_package_id, Deliverable.id, Deliverable.number,
                   Deliverable.title, Deliverable.lead_participant_id, Deliverable.type,
                   Deliverable.dissemination, Deliverable.due_month, Deliverable.description)
            .join(WorkPackage, WorkPackage.id == Deliverable.work_package_id)
            .where(WorkPackage.project_id == project_id).order_by(Deliverable.number)):
        deliverables[row.work_package_id].append(DeliverableInfo(
            id=row.id, work_package=wp_number[row.work_package_id], number=row.number,
            title=row.title, lead=lead(row.lead_participant_id), type=str(row.type),
            dissemination=str(row.dissemination), due_month=row.due_month,
            description=row.description))
    work_packages = tuple(
        WorkPackageInfo(
            id=row.id, number=row.number, title=row.title, lead=lead(row.lead_participant_id),
            start_month=row.start_month, end_month=row.end_month, objectives=row.objectives,
            description=row.description, tasks=tuple(tasks[row.id]),
            deliverables=tuple(deliverables[row.id]))
        for row in wp_rows
    )
    return work_packages, wp_number


def _milestones(session: Session, project_id: int) -> tuple[MilestoneInfo, ...]:
    """The project's milestones with the numbers of their work packages (two queries)."""
    linked: dict[int, list[int]] = {}
    for milestone_id, number in session.execute(
            select(milestone_work_package.c.milestone_id, WorkPackage.number)
            .join(WorkPackage, WorkPackage.id == milestone_work_package.c.work_package_id)
            .join(Milestone, Milestone.id == milestone_work_package.c.milestone_id)
            .where(Milestone.project_id == project_id).order_by(WorkPackage.number)):
        linked.setdefault(milestone_id, []).append(number)
    return tuple(
        MilestoneInfo(
            id=row.id, number=row.number, title=row.title,
            work_packages=tuple(linked.get(row.id, ())), due_month=row.due_month,
            verification=row.verification)
        for row in session.execute(
            select(Milestone.id, Milestone.number, Milestone.title, Milestone.due_month,
                   Milestone.verification)
            .where(Milestone.project_id == project_id).order_by(Milestone.number))
    )


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
