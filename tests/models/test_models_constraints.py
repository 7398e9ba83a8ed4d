"""Every schema constraint refuses what it should, on its own, with foreign keys on."""

from __future__ import annotations

from decimal import Decimal
import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError, StatementError

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
from consortium_planner.workspace import Workspace


@pytest.fixture
def workspace(empty_location: str):
    with Workspace.open(empty_location) as workspace:
        with workspace.transaction() as session:
            project = Project(acronym="P", title="T", duration_months=24)
            organisation = Organisation(legal_name="Org", name_key="org", country="DE")
            session.add_all([project, organisation])
            session.flush()
            participant = Participant(project=project, organisation=organisation, number=1,
                                      monthly_personnel_cost=Decimal("5000"))
            work_package = WorkPackage(project=project, number=1, start_month=1, end_month=24)
            session.add_all([participant, work_package])
        yield workspace


def _refused(workspace: Workspace, make) -> None:
    with pytest.raises((IntegrityError, StatementError)):
        with workspace.transaction() as session:
            session.add(make(session))


def _ids(session):
    project = session.query(Project).one()
    return project, project.participants[0], project.work_packages[0]


def test_foreign_keys_are_on(workspace: Workspace) -> None:
    if not workspace.is_server:
        with workspace.sessions() as session:
            assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
    _refused(workspace, lambda s: Effort(participant_id=999, work_package_id=999,
                                          person_months=Decimal(1)))


def test_unique_numbers_per_project(workspace: Workspace) -> None:
    _refused(workspace, lambda s: WorkPackage(project=_ids(s)[0], number=1, start_month=1,
                                              end_month=2))
    _refused(workspace, lambda s: Participant(
        project=_ids(s)[0], number=1,
        organisation=Organisation(legal_name="Other", name_key="other", country="FR")))
    with workspace.transaction() as session:
        session.add(Milestone(project=_ids(session)[0], number=1, due_month=2))
    _refused(workspace, lambda s: Milestone(project=_ids(s)[0], number=1, due_month=3))


def test_unique_organisation_per_project_and_unique_pic(workspace: Workspace) -> None:
    _refused(workspace, lambda s: Participant(project=_ids(s)[0], number=2,
                                              organisation=_ids(s)[1].organisation))
    with workspace.transaction() as session:
        session.add(Organisation(legal_name="A", name_key="a", country="DE", pic="123456789"))
    _refused(workspace, lambda s: Organisation(legal_name="B", name_key="b", country="DE",
                                               pic="123456789"))


@pytest.mark.parametrize(
    "make",
    [
        lambda s: WorkPackage(project=_ids(s)[0], number=2, start_month=1, end_month=25),
        lambda s: WorkPackage(project=_ids(s)[0], number=2, start_month=5, end_month=4),
        lambda s: WorkPackage(project=_ids(s)[0], number=2, start_month=0, end_month=4),
        lambda s: Task(work_package=_ids(s)[2], number=1, start_month=1, end_month=30),
        lambda s: Deliverable(work_package=_ids(s)[2], number=1, due_month=25),
        lambda s: Milestone(project=_ids(s)[0], number=1, due_month=25),
    ],
    ids=["wp-after-end", "wp-backwards", "wp-month-zero", "task", "deliverable", "milestone"],
)
def test_months_within_the_project(workspace: Workspace, make) -> None:
    _refused(workspace, make)


def test_project_cannot_shrink_below_its_work_plan(workspace: Workspace) -> None:
    with pytest.raises(IntegrityError, match="would end before"):
        with workspace.transaction() as session:
            session.query(Project).one().duration_months = 12
    with workspace.transaction() as session:
        session.query(Project).one().duration_months = 30  # growing is fine


@pytest.mark.parametrize(
    "make",
    [
        lambda s: CostItem(participant=_ids(s)[1], category="C1", amount=Decimal("-1")),
        lambda s: Effort(participant=_ids(s)[1], work_package=_ids(s)[2],
                         person_months=Decimal("-0.5")),
        lambda s: Organisation(legal_name="N", name_key="n", country="DE",
                               turnover=Decimal("-5")),
        lambda s: Organisation(legal_name="", name_key="", country="DE"),
        lambda s: CostItem(participant=_ids(s)[1], category="E", amount=Decimal("1")),
        lambda s: Project(acronym="Q", duration_months=0),
    ],
    ids=["negative-cost", "negative-effort", "negative-turnover", "empty-name",
         "category-E-is-computed", "zero-duration"],
)
def test_no_negative_amounts_or_invalid_values(workspace: Workspace, make) -> None:
    _refused(workspace, make)


def test_money_is_exact_and_float_is_refused(workspace: Workspace) -> None:
    with workspace.transaction() as session:
        session.add(CostItem(participant=_ids(session)[1], category="C3",
                             amount=Decimal("0.10") + Decimal("0.20")))
    with workspace.sessions() as session:
        item = session.query(CostItem).one()
        assert item.amount == Decimal("0.30") and isinstance(item.amount, Decimal)
        assert session.execute(text("select amount from cost_item")).scalar() == 30
    with pytest.raises(StatementError, match="never float"):
        with workspace.transaction() as session:
            session.add(CostItem(participant=_ids(session)[1], category="C3", amount=0.3))
    with pytest.raises(StatementError, match="two decimal places"):
        with workspace.transaction() as session:
            session.add(CostItem(participant=_ids(session)[1], category="C3",
                                 amount=Decimal("0.005")))


def test_deleting_a_project_removes_its_parts_but_not_the_directory(workspace: Workspace) -> None:
    with workspace.transaction() as session:
        session.delete(session.query(Project).one())
    with workspace.sessions() as session:
        assert session.query(Participant).count() == 0
        assert session.query(WorkPackage).count() == 0
        assert session.query(Organisation).count() == 1


def test_an_organisation_in_a_project_cannot_be_deleted(workspace: Workspace) -> None:
    with pytest.raises(IntegrityError):
        with workspace.transaction() as session:
            session.execute(text("delete from organisation"))
