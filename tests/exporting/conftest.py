"""A small project with hostile and non-Latin names, built once per session and copied per test.

Values are chosen to exercise the rounding the exports must reproduce: 2.5 PM x 5,123.45 =
12,808.625 (half-up to .63), 0.35 x 3,333.33, funding rates of 62.5 % and 33.3333 %.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from consortium_planner.domain.project import ProjectSnapshot
from consortium_planner.domain.vocab import CostCategory, OrgType, Role, SmeClass
from consortium_planner.models import (
    CostItem,
    Deliverable,
    Effort,
    Milestone,
    Organisation,
    Participant,
    Project,
    Task,
    WorkPackage,
)
from consortium_planner.services.snapshot import find_project_id, load_snapshot
from consortium_planner.workspace import Workspace

HOSTILE_NAMES = {
    1: ("R&D <Lab>", 'R&D <Lab> "Quotes" & Sons'),
    2: ('=HYPERLINK("http://example.invalid","click")', "+cmd|' /C calc'!A0"),
    3: ("Łódź Zakład", "Zakład Innowacji Łódź Spółka z o.o."),
    4: ("Ελληνική ΑΕ", "Εθνικό Κέντρο Έρευνας και Τεχνολογικής Ανάπτυξης"),
    5: ("Български ООД", "Български иновационен клъстер Пловдив"),
    6: ("-2+3", "@SUM(1+1)"),
}
COUNTRIES = {1: ("DE", "DE21"), 2: ("FR", "FR10"), 3: ("PL", "PL71"), 4: ("EL", "EL30"),
             5: ("BG", "BG42"), 6: ("ES", "ES30")}


def build_project(session, acronym: str = "HOSTILE") -> None:
    project = Project(
        acronym=acronym,
        title="Green <value> chains & R&D across Europe",
        call_profile="i3-strand1",
        thematic_priority="Green transition",
        start_date=date(2026, 1, 1),
        duration_months=36,
    )
    session.add(project)
    participants = []
    for number, (short, legal) in HOSTILE_NAMES.items():
        country, nuts2 = COUNTRIES[number]
        organisation = Organisation(
            legal_name=legal,
            short_name=short,
            pic=f"99{number:07d}",
            org_type=OrgType.CLUSTER_ORGANISATION if number == 1 else OrgType.SME,
            profit=number != 1,
            sme_class=None if number == 1 else SmeClass.SMALL,
            country=country,
            nuts2=nuts2,
        )
        participant = Participant(
            project=project,
            organisation=organisation,
            number=number,
            role=Role.COORDINATOR if number == 1 else Role.BENEFICIARY,
            monthly_personnel_cost=[Decimal("5123.45"), Decimal("3333.33"), Decimal("4000.00"),
                                    Decimal("2999.99"), Decimal("3500.55"), Decimal("0.00")][
                number - 1
            ],
        )
        if number == 4:
            participant.funding_rate_override = Decimal("0.625")
            participant.funding_rate_override_reason = "test"
        if number == 5:
            participant.funding_rate_override = Decimal("0.333333")
        participants.append(participant)
    work_packages = []
    for number in range(1, 5):
        work_package = WorkPackage(
            project=project,
            number=number,
            title=["Management & <coordination>", "=Pilot lines", "Ανάπτυξη λύσεων",
                   "Разпространение"][number - 1],
            lead=participants[number - 1],
            start_month=1 + (number - 1) * 3,
            end_month=min(36, 12 + number * 6),
        )
        work_package.tasks = [
            Task(number=1, title=f"Task {number}.1 & plan", start_month=work_package.start_month,
                 end_month=work_package.start_month + 5),
        ]
        work_package.deliverables = [
            Deliverable(number=d, title=f"Report <{number}.{d}> & annex", due_month=6 * d + number,
                        lead=participants[d - 1])
            for d in range(1, 3)
        ]
        work_packages.append(work_package)
    session.add(Milestone(project=project, number=1, title="Pilot <ready>", due_month=18,
                          verification="=Demo passes", work_packages=work_packages[1:3]))
    months = [Decimal("2.50"), Decimal("0.35"), Decimal("7.00"), Decimal("1.01")]
    for participant in participants:
        for index, work_package in enumerate(work_packages):
            session.add(Effort(participant=participant, work_package=work_package,
                               person_months=months[(index + participant.number) % 4]))
    lines = [
        (1, CostCategory.C1, 0, "Travel & <meetings>", Decimal("1234.56")),
        (1, CostCategory.B, 1, "=cmd|' /C calc'!A0", Decimal("10000.01")),
        (2, CostCategory.C2, 1, "Łódź equipment", Decimal("333.33")),
        (2, CostCategory.D1, 2, "Cascade funding", Decimal("60000.00")),
        (3, CostCategory.C3, None, "Audit certificate", Decimal("2500.05")),
        (4, CostCategory.D, 3, "Εκδηλώσεις", Decimal("100.10")),
        (5, CostCategory.A, 2, "Natural person", Decimal("777.77")),
        (6, CostCategory.C1, None, "@travel", Decimal("0.01")),
    ]
    for number, category, wp_index, description, amount in lines:
        session.add(CostItem(
            participant=participants[number - 1],
            category=category,
            work_package=None if wp_index is None else work_packages[wp_index],
            description=description,
            amount=amount,
        ))


@pytest.fixture(scope="session")
def template_workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "hostile.cpw"
    workspace = Workspace.create(path)
    with workspace.transaction() as session:
        build_project(session)
    workspace.close()
    return path


@pytest.fixture
def workspace_path(template_workspace: Path, tmp_path: Path) -> Path:
    path = tmp_path / "hostile.cpw"
    shutil.copy(template_workspace, path)
    return path


@pytest.fixture
def snapshot(workspace_path: Path) -> Iterator[ProjectSnapshot]:
    workspace = Workspace.open(workspace_path, read_only=True)
    try:
        with workspace.sessions() as session:
            yield load_snapshot(session, find_project_id(session, None))
    finally:
        workspace.close()
