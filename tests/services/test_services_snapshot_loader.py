"""`load_snapshot` reads a project with one SELECT of plain columns per table (issue 16's speed).
Its snapshot must equal, value for value, what the former loader built from ORM objects: that
loader is kept below as the oracle, run on the demo and on a large generated project with every
kind of value (overrides, workspace region categories, S3 areas, value-chain links, cost lines
without work package, a second project in the same workspace)."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import event, select
from sqlalchemy.orm import Session, selectinload

from consortium_planner.domain.project import (
    CostInfo,
    DeliverableInfo,
    EffortInfo,
    MilestoneInfo,
    ProjectInfo,
    ProjectSnapshot,
    RegionCategoryInfo,
    TaskInfo,
    WorkPackageInfo,
)
from consortium_planner.domain.vocab import CostCategory, OrgType, RegionCategory, Role, SmeClass
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
)
from consortium_planner.reference.region_categories import shipped_category
from consortium_planner.services.snapshot import (
    find_project_id,
    load_snapshot,
    organisation_info,
    organisation_links,
    participant_info,
    participant_roles,
    resolve_profile,
    s3_areas_of,
)
from consortium_planner.services.chain_roles import role_catalogue
from consortium_planner.workspace import Workspace

REGIONS = [("PL", "PL21"), ("EL", "EL30"), ("BG", "BG41"), ("DE", "DE21"), ("ES", "ES51"),
           ("IT", "ITC4"), ("FR", "FR10"), ("PT", "PT11"), ("", "")]


def orm_snapshot(session: Session, project_id: int) -> ProjectSnapshot:
    """The loader `load_snapshot` replaced (ORM objects, selectinload, one query per region)."""
    project = session.scalars(
        select(Project).where(Project.id == project_id).options(
            selectinload(Project.participants).selectinload(Participant.organisation),
            selectinload(Project.participants).selectinload(Participant.efforts),
            selectinload(Project.participants).selectinload(Participant.cost_items),
            selectinload(Project.work_packages).selectinload(WorkPackage.tasks),
            selectinload(Project.work_packages).selectinload(WorkPackage.deliverables),
            selectinload(Project.milestones).selectinload(Milestone.work_packages),
        )).one()
    profile, notes = resolve_profile(project.call_profile)
    s3 = s3_areas_of(session, {p.organisation.nuts2 for p in project.participants})
    number_of = {p.id: p.number for p in project.participants}
    wp_number = {w.id: w.number for w in project.work_packages}
    links = organisation_links(session, (p.organisation_id for p in project.participants))
    roles = participant_roles(session, [p.id for p in project.participants])

    def region_of(nuts2: str) -> RegionCategoryInfo:
        if not nuts2:
            return RegionCategoryInfo(None, "no NUTS 2 region given", "no_region")
        entry = session.get(RegionCategoryEntry, nuts2.upper())
        if entry is not None:
            return RegionCategoryInfo(str(entry.category), f"workspace: {entry.source}".rstrip(": "),
                                      "workspace", entry.source)
        shipped = shipped_category(nuts2)
        if shipped is None:
            return RegionCategoryInfo(None, "no known category for this region", "unknown")
        return RegionCategoryInfo(str(shipped.category), f"shipped: {shipped.source}", "shipped",
                                  shipped.source)

    def lead(participant_id: int | None) -> int | None:
        return number_of.get(participant_id) if participant_id else None

    participants = tuple(
        participant_info(p, organisation_info(p.organisation, links.get(p.organisation_id)),
                         profile, region_of(p.organisation.nuts2), roles.get(p.id, ()))
        for p in project.participants)
    work_packages = tuple(
        WorkPackageInfo(
            id=wp.id, number=wp.number, title=wp.title, lead=lead(wp.lead_participant_id),
            start_month=wp.start_month, end_month=wp.end_month, objectives=wp.objectives,
            description=wp.description,
            tasks=tuple(TaskInfo(id=t.id, number=t.number, title=t.title,
                                 lead=lead(t.lead_participant_id), start_month=t.start_month,
                                 end_month=t.end_month, description=t.description)
                        for t in wp.tasks),
            deliverables=tuple(DeliverableInfo(
                id=d.id, work_package=wp.number, number=d.number, title=d.title,
                lead=lead(d.lead_participant_id), type=str(d.type),
                dissemination=str(d.dissemination), due_month=d.due_month,
                description=d.description) for d in wp.deliverables))
        for wp in project.work_packages)
    milestones = tuple(
        MilestoneInfo(id=m.id, number=m.number, title=m.title,
                      work_packages=tuple(w.number for w in m.work_packages),
                      due_month=m.due_month, verification=m.verification)
        for m in project.milestones)
    efforts = tuple(sorted(
        (EffortInfo(p.number, wp_number[e.work_package_id], e.person_months)
         for p in project.participants for e in p.efforts),
        key=lambda e: (e.participant, e.work_package)))
    costs = tuple(
        CostInfo(id=c.id, participant=p.number, category=str(c.category),
                 work_package=wp_number.get(c.work_package_id) if c.work_package_id else None,
                 description=c.description, quantity=c.quantity, unit_cost=c.unit_cost,
                 amount=c.amount)
        for p in project.participants for c in p.cost_items)
    return ProjectSnapshot(
        project=ProjectInfo(id=project.id, acronym=project.acronym, title=project.title,
                            call_profile=project.call_profile,
                            thematic_priority=project.thematic_priority,
                            start_date=project.start_date,
                            duration_months=project.duration_months),
        profile=profile, participants=participants, work_packages=work_packages,
        milestones=milestones, efforts=efforts, costs=costs, notes=notes,
        s3_areas={region: tuple(areas) for region, areas in s3.items()}, s3_area_sources=s3,
        chain_roles=role_catalogue(session, profile))


def build_large_project(workspace: Workspace, acronym: str = "LARGE",
                        participants_count: int = 60, regions: int = len(REGIONS)) -> None:
    """60 participants, 15 work packages, 3,000 cost lines, and a bit of every kind of value."""
    with workspace.transaction() as session:
        project = Project(acronym=acronym, title="A large generated project",
                          call_profile="i3-strand1", thematic_priority="Smart manufacturing",
                          start_date=date(2026, 1, 1), duration_months=48)
        session.add(project)
        cluster = Organisation(legal_name=f"{acronym} cluster association", country="PL",
                               org_type=OrgType.OTHER)
        session.add(cluster)
        members = []
        for number in range(1, participants_count + 1):
            country, nuts2 = REGIONS[number % regions]
            organisation = Organisation(
                legal_name=f"{acronym} partner {number}",
                short_name=f"P{number}" if number % 4 else "",
                # PICs are unique: the acronym's length keeps two generated projects' apart
                pic=f"{900000000 + 1000 * len(acronym) + number}" if number % 5 else None,
                org_type=OrgType.SME if number % 3 else OrgType.RESEARCH_ORGANISATION,
                profit=bool(number % 3) if number % 7 else None,
                sme_class=SmeClass.SMALL if number % 3 else None,
                turnover=Decimal("1234567.89") if number % 2 else None,
                country=country, nuts2=nuts2, city=f"City {number}")
            participant = Participant(
                project=project, organisation=organisation, number=number,
                role=Role.COORDINATOR if number == 1 else Role.BENEFICIARY,
                monthly_personnel_cost=Decimal(4000 + number * 37) + Decimal("0.45"))
            if number % 9 == 0:
                participant.funding_rate_override = Decimal("0.65")
                participant.funding_rate_override_reason = "agreed with the coordinator"
            if number % 11 == 0:
                participant.region_category_override = RegionCategory.TRANSITION
            members.append(participant)
        packages = []
        for number in range(1, 16):
            start = 1 + (number - 1) * 2
            package = WorkPackage(project=project, number=number, title=f"WP {number}",
                                  lead=members[(number - 1) % len(members)] if number % 5 else None,
                                  start_month=start, end_month=min(48, start + 30),
                                  objectives=f"Objectives {number}")
            if number != 15:  # one work package without tasks or deliverables
                package.tasks = [Task(number=t, title=f"Task {number}.{t}",
                                      lead=members[t % len(members)] if t != 2 else None,
                                      start_month=start, end_month=start + 9)
                                 for t in (3, 1, 2)]  # added out of order
                package.deliverables = [Deliverable(number=d, title=f"D{number}.{d}",
                                                    lead=members[(number + d) % len(members)],
                                                    due_month=min(48, start + d * 3))
                                        for d in (2, 1, 3)]
            packages.append(package)
        for number in (3, 1, 2, 4):
            session.add(Milestone(project=project, number=number, title=f"MS {number}",
                                  due_month=number * 4, verification="Report approved",
                                  work_packages=[] if number == 4
                                  else [packages[number + 1], packages[number - 1]]))
        for index, participant in enumerate(members):
            for package in packages[index % 3::2]:
                session.add(Effort(participant=participant, work_package=package,
                                   person_months=Decimal(index % 5 + 1) + Decimal("0.25")))
        categories = list(CostCategory)
        for line in range(3000):
            session.add(CostItem(
                participant=members[(line * 7) % len(members)],
                category=categories[line % len(categories)],
                work_package=packages[line % 15] if line % 7 else None,
                description=f"Cost line {line}",
                quantity=Decimal("2.5") if line % 10 == 0 else None,
                unit_cost=Decimal("100.10") if line % 10 == 0 else None,
                amount=Decimal(1000 + line * 13) + Decimal("0.33")))
        session.flush()
        for participant in members:
            if participant.number % 6 == 0:
                organisation_id = participant.organisation_id
                session.add_all([
                    OrganisationNace(organisation_id=organisation_id, code="M72.1"),
                    OrganisationNace(organisation_id=organisation_id, code="C28.4"),
                    OrganisationEcosystem(organisation_id=organisation_id, ecosystem="digital"),
                    OrganisationRole(organisation_id=organisation_id, role="integrator"),
                    ClusterMembership(organisation_id=organisation_id, cluster_id=cluster.id)])
            if participant.number % 8 == 0:
                session.add(ParticipantRole(participant_id=participant.id, role="end_user"))
        if session.get(RegionCategoryEntry, "PL21") is not None:
            return  # a second project in the same workspace: the regions are there
        session.add(RegionCategoryEntry(nuts_code="PL21", category=RegionCategory.TRANSITION,
                                        source="managing authority letter"))
        session.add(RegionCategoryEntry(nuts_code="FR10", category=RegionCategory.MORE_DEVELOPED))
        session.add(RegionS3Area(nuts2="EL30", area="Agri-food", source="RIS3 Attica"))
        session.add(RegionS3Area(nuts2="EL30", area="Energy", source=""))


@pytest.fixture(scope="module")
def large_workspace(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> Path:
    """The demo and a large project side by side in one workspace."""
    path = tmp_path_factory.mktemp("snapshot") / "large.cpw"
    path.write_bytes(demo_template.read_bytes())
    with Workspace.open(path) as workspace:
        build_large_project(workspace)
    return path


@pytest.mark.parametrize("acronym", ["CIRCOMP", "LARGE"])
def test_the_snapshot_equals_the_orm_loaders(large_workspace: Path, acronym: str) -> None:
    with Workspace.open(large_workspace, read_only=True) as workspace, \
            workspace.sessions() as session:
        project_id = find_project_id(session, acronym)
        loaded = load_snapshot(session, project_id)
        session.expunge_all()
        expected = orm_snapshot(session, project_id)
    assert loaded.participants == expected.participants
    assert loaded.work_packages == expected.work_packages
    assert loaded.milestones == expected.milestones
    assert loaded.efforts == expected.efforts
    assert loaded.costs == expected.costs
    assert loaded == expected
    assert loaded.budget == expected.budget


def test_the_large_project_has_every_kind_of_value(large_workspace: Path) -> None:
    """The comparison above would prove little on values the generator forgot to make."""
    with Workspace.open(large_workspace, read_only=True) as workspace, \
            workspace.sessions() as session:
        snapshot = load_snapshot(session, find_project_id(session, "LARGE"))
    sources = {p.region_category.source.split(":")[0] for p in snapshot.participants}
    assert sources >= {"participant override", "workspace", "shipped"}
    assert any(p.funding_rate_override is not None for p in snapshot.participants)
    assert any(p.value_chain_roles for p in snapshot.participants)
    assert any(p.organisation.clusters and p.organisation.nace_codes
               for p in snapshot.participants)
    assert snapshot.s3_area_sources["EL30"] == {"Agri-food": "RIS3 Attica", "Energy": ""}
    assert [t.number for t in snapshot.work_packages[0].tasks] == [1, 2, 3]
    assert any(cost.work_package is None for cost in snapshot.costs)
    assert any(cost.quantity is not None for cost in snapshot.costs)
    assert len(snapshot.costs) == 3000


def _statements(workspace: Workspace, acronym: str) -> int:
    executed: list[str] = []

    def count(*args: object) -> None:
        executed.append(str(args[2]))

    event.listen(workspace.engine, "before_cursor_execute", count)
    try:
        with workspace.sessions() as session:
            project_id = find_project_id(session, acronym)
            executed.clear()
            load_snapshot(session, project_id)
    finally:
        event.remove(workspace.engine, "before_cursor_execute", count)
    return len(executed)


def test_the_queries_do_not_grow_with_the_project(empty_path: Path) -> None:
    """Two participants in one region, or sixty in nine regions: the same number of queries."""
    with Workspace.open(empty_path) as workspace:
        build_large_project(workspace, "SMALL", participants_count=2, regions=1)
        build_large_project(workspace, "BIG")
        assert _statements(workspace, "BIG") == _statements(workspace, "SMALL")


def test_the_compare_command_runs_in_a_fresh_process(demo_path: Path) -> None:
    """services.snapshot imported first (as `compare` does) once failed on an import cycle
    (snapshot > value_chain > editing > interchange > snapshot): in-process tests had imported
    the others before, so only a fresh interpreter shows it."""
    done = subprocess.run(
        [sys.executable, "-m", "consortium_planner", "compare", str(demo_path), "CIRCOMP",
         "CIRCOMP"], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
