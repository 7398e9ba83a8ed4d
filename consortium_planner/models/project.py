"""A project (proposal) and everything that belongs to it.

Numbers (participant, work package, task, deliverable, milestone) are unique within their
parent. Months count from the project start (M1 ... Mn); that they lie within the project's
duration is enforced by triggers the workspace module installs (SQLite cannot CHECK across
tables) and by the services before they write.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import (
    CheckConstraint,
    Column,
    ForeignKey,
    Index,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from consortium_planner.domain.text import fold
from consortium_planner.domain.vocab import (
    CostCategory,
    DeliverableType,
    Dissemination,
    RegionCategory,
    Role,
)
from consortium_planner.models.base import Base, Versioned
from consortium_planner.models.organisation import Organisation, enum_column
from consortium_planner.models.types import Money, PersonMonths, Rate


def _months_check(start: str, end: str) -> CheckConstraint:
    return CheckConstraint(f"{start} >= 1 AND {end} >= {start}", name="months")


def acronym_key(acronym: str) -> str:
    """What makes two acronyms the same project: "ÉCO", "éco" and "Eco" are one."""
    return fold(acronym)


class Project(Versioned, Base):
    __tablename__ = "project"
    __table_args__ = (
        CheckConstraint("duration_months >= 1 AND duration_months <= 120", name="duration"),
        CheckConstraint("length(acronym) > 0", name="acronym"),
        Index("ix_project_acronym_key", "acronym_key", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    acronym: Mapped[str] = mapped_column(String(40), unique=True)
    # acronym_key(acronym), set by the validator below whenever the acronym is: every lookup
    # by name compares it, so that the comparison is Python's on every engine (SQLite's lower()
    # folds ASCII only). Text: folding may lengthen ("ß" is "ss").
    acronym_key: Mapped[str] = mapped_column(Text, server_default="")
    title: Mapped[str] = mapped_column(String(500), default="")
    call_profile: Mapped[str] = mapped_column(String(80), default="generic")
    thematic_priority: Mapped[str] = mapped_column(String(200), default="")
    start_date: Mapped[date | None]
    duration_months: Mapped[int] = mapped_column(default=36)
    # A scenario varies another project (its proposal's main one); NULL for a main project.
    # Promoting a scenario makes it the main one of its group (services/editing/scenarios.py).
    scenario_of_id: Mapped[int | None] = mapped_column(
        ForeignKey("project.id", ondelete="SET NULL"))
    scenario_name: Mapped[str] = mapped_column(Text, default="")  # "P7 leaves, a Polish SME joins"
    # The number of the latest version taken: numbers are never given twice, so a deleted
    # version that an undo brings back keeps its number, and ACRONYM@N always names one version.
    last_version_number: Mapped[int] = mapped_column(default=0, server_default="0")

    participants: Mapped[list[Participant]] = relationship(
        back_populates="project", cascade="all, delete-orphan", order_by="Participant.number"
    )
    work_packages: Mapped[list[WorkPackage]] = relationship(
        back_populates="project", cascade="all, delete-orphan", order_by="WorkPackage.number"
    )
    milestones: Mapped[list[Milestone]] = relationship(
        back_populates="project", cascade="all, delete-orphan", order_by="Milestone.number"
    )

    @validates("acronym")
    def _keep_key(self, _name: str, acronym: str) -> str:
        self.acronym_key = acronym_key(acronym)
        return acronym


class Participant(Versioned, Base):
    __tablename__ = "participant"
    __table_args__ = (
        UniqueConstraint("project_id", "number", name="uq_participant_number"),
        UniqueConstraint("project_id", "organisation_id", name="uq_participant_organisation"),
        Index("ix_participant_organisation", "organisation_id"),  # the directory's project facet
        CheckConstraint("number >= 1", name="number"),
        CheckConstraint("monthly_personnel_cost >= 0", name="personnel_cost"),
        CheckConstraint(
            "funding_rate_override IS NULL OR "
            "(funding_rate_override >= 0 AND funding_rate_override <= 1000000)",
            name="funding_rate",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"))
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="RESTRICT")
    )
    number: Mapped[int]
    role: Mapped[Role] = mapped_column(enum_column(Role), default=Role.BENEFICIARY)
    monthly_personnel_cost: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    funding_rate_override: Mapped[Decimal | None] = mapped_column(Rate)
    funding_rate_override_reason: Mapped[str] = mapped_column(Text, default="")
    region_category_override: Mapped[RegionCategory | None] = mapped_column(
        enum_column(RegionCategory)
    )
    region_category_override_reason: Mapped[str] = mapped_column(Text, default="")
    # The language of its partner workbook ("pl"); NULL: the language of its country.
    workbook_language: Mapped[str | None] = mapped_column(Text)

    project: Mapped[Project] = relationship(back_populates="participants")
    organisation: Mapped[Organisation] = relationship()
    efforts: Mapped[list[Effort]] = relationship(
        back_populates="participant", cascade="all, delete-orphan"
    )
    cost_items: Mapped[list[CostItem]] = relationship(
        back_populates="participant", cascade="all, delete-orphan", order_by="CostItem.id"
    )


class WorkPackage(Versioned, Base):
    __tablename__ = "work_package"
    __table_args__ = (
        UniqueConstraint("project_id", "number", name="uq_work_package_number"),
        CheckConstraint("number >= 1", name="number"),
        _months_check("start_month", "end_month"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"))
    number: Mapped[int]
    title: Mapped[str] = mapped_column(String(300), default="")
    lead_participant_id: Mapped[int | None] = mapped_column(
        ForeignKey("participant.id", ondelete="SET NULL")
    )
    start_month: Mapped[int] = mapped_column(default=1)
    end_month: Mapped[int] = mapped_column(default=1)
    objectives: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")

    project: Mapped[Project] = relationship(back_populates="work_packages")
    lead: Mapped[Participant | None] = relationship()
    tasks: Mapped[list[Task]] = relationship(
        back_populates="work_package", cascade="all, delete-orphan", order_by="Task.number"
    )
    deliverables: Mapped[list[Deliverable]] = relationship(
        back_populates="work_package", cascade="all, delete-orphan", order_by="Deliverable.number"
    )


class Task(Versioned, Base):
    __tablename__ = "task"
    __table_args__ = (
        UniqueConstraint("work_package_id", "number", name="uq_task_number"),
        CheckConstraint("number >= 1", name="number"),
        _months_check("start_month", "end_month"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    work_package_id: Mapped[int] = mapped_column(ForeignKey("work_package.id", ondelete="CASCADE"))
    number: Mapped[int]
    title: Mapped[str] = mapped_column(String(300), default="")
    lead_participant_id: Mapped[int | None] = mapped_column(
        ForeignKey("participant.id", ondelete="SET NULL")
    )
    start_month: Mapped[int] = mapped_column(default=1)
    end_month: Mapped[int] = mapped_column(default=1)
    description: Mapped[str] = mapped_column(Text, default="")

    work_package: Mapped[WorkPackage] = relationship(back_populates="tasks")
    lead: Mapped[Participant | None] = relationship()


class Deliverable(Versioned, Base):
    """Deliverable D<wp>.<number>; `number` counts within its work package."""

    __tablename__ = "deliverable"
    __table_args__ = (
        UniqueConstraint("work_package_id", "number", name="uq_deliverable_number"),
        CheckConstraint("number >= 1", name="number"),
        CheckConstraint("due_month >= 1", name="due_month"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    work_package_id: Mapped[int] = mapped_column(ForeignKey("work_package.id", ondelete="CASCADE"))
    number: Mapped[int]
    title: Mapped[str] = mapped_column(String(300), default="")
    lead_participant_id: Mapped[int | None] = mapped_column(
        ForeignKey("participant.id", ondelete="SET NULL")
    )
    type: Mapped[DeliverableType] = mapped_column(
        enum_column(DeliverableType), default=DeliverableType.R
    )
    dissemination: Mapped[Dissemination] = mapped_column(
        enum_column(Dissemination), default=Dissemination.PU
    )
    due_month: Mapped[int] = mapped_column(default=1)
    description: Mapped[str] = mapped_column(Text, default="")

    work_package: Mapped[WorkPackage] = relationship(back_populates="deliverables")
    lead: Mapped[Participant | None] = relationship()


milestone_work_package = Table(
    "milestone_work_package",
    Base.metadata,
    Column("milestone_id", ForeignKey("milestone.id", ondelete="CASCADE"), primary_key=True),
    Column("work_package_id", ForeignKey("work_package.id", ondelete="CASCADE"), primary_key=True),
)


class Milestone(Versioned, Base):
    __tablename__ = "milestone"
    __table_args__ = (
        UniqueConstraint("project_id", "number", name="uq_milestone_number"),
        CheckConstraint("number >= 1", name="number"),
        CheckConstraint("due_month >= 1", name="due_month"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"))
    number: Mapped[int]
    title: Mapped[str] = mapped_column(String(300), default="")
    due_month: Mapped[int] = mapped_column(default=1)
    verification: Mapped[str] = mapped_column(Text, default="")

    project: Mapped[Project] = relationship(back_populates="milestones")
    work_packages: Mapped[list[WorkPackage]] = relationship(
        secondary=milestone_work_package, order_by="WorkPackage.number"
    )


class Effort(Versioned, Base):
    __tablename__ = "effort"
    __table_args__ = (CheckConstraint("person_months >= 0", name="person_months"),)

    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), primary_key=True
    )
    work_package_id: Mapped[int] = mapped_column(
        ForeignKey("work_package.id", ondelete="CASCADE"), primary_key=True
    )
    person_months: Mapped[Decimal] = mapped_column(PersonMonths)

    participant: Mapped[Participant] = relationship(back_populates="efforts")
    work_package: Mapped[WorkPackage] = relationship()


class CostItem(Versioned, Base):
    """A cost line. `amount` is what counts; quantity x unit cost, when given, produced it."""

    __tablename__ = "cost_item"
    __table_args__ = (
        CheckConstraint("amount >= 0", name="amount"),
        CheckConstraint("quantity IS NULL OR quantity >= 0", name="quantity"),
        CheckConstraint("unit_cost IS NULL OR unit_cost >= 0", name="unit_cost"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("participant.id", ondelete="CASCADE"))
    category: Mapped[CostCategory] = mapped_column(enum_column(CostCategory, length=4))
    work_package_id: Mapped[int | None] = mapped_column(
        ForeignKey("work_package.id", ondelete="SET NULL")
    )
    description: Mapped[str] = mapped_column(Text, default="")
    quantity: Mapped[Decimal | None] = mapped_column(PersonMonths)
    unit_cost: Mapped[Decimal | None] = mapped_column(Money)
    amount: Mapped[Decimal] = mapped_column(Money)

    participant: Mapped[Participant] = relationship(back_populates="cost_items")
    work_package: Mapped[WorkPackage | None] = relationship()


__all__ = [
    "Project",
    "Participant",
    "WorkPackage",
    "Task",
    "Deliverable",
    "Milestone",
    "Effort",
    "CostItem",
    "milestone_work_package",
]
