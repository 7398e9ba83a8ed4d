"""A project as plain, frozen values: what the budget, the checks, the exports and the views
work on, never ORM objects, so nothing lazy-loads on a closed session and none of it needs a
database. `services/snapshot.py` fills these from a workspace."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import cached_property
from typing import Literal

from consortium_planner.domain import budget
from consortium_planner.domain.call_profile import CallProfile
from consortium_planner.domain.value_chain import ChainRole, ValueChain, snapshot_value_chain
from consortium_planner.domain.vocab import Role


@dataclass(frozen=True)
class ClusterLink:
    """A cluster organisation an organisation is a member of."""

    id: int
    name: str  # the cluster's display name (short name, else legal name)
    legal_name: str = ""  # what project JSON writes (a name that finds it again)


@dataclass(frozen=True)
class OrganisationInfo:
    id: int
    legal_name: str
    short_name: str
    pic: str | None
    vat: str | None
    org_type: str
    profit: bool | None
    staff_headcount: int | None
    turnover: Decimal | None
    balance_sheet: Decimal | None
    sme_class: str | None
    country: str
    nuts2: str
    address: str
    city: str
    postcode: str
    website: str
    contact_name: str
    email: str
    phone: str
    notes: str
    founded_year: int | None = None
    nace_codes: tuple[str, ...] = ()  # canonical NACE Rev. 2 codes, sorted
    ecosystems: tuple[str, ...] = ()  # keys of the industrial ecosystems, sorted
    clusters: tuple[ClusterLink, ...] = ()  # by name
    usual_roles: tuple[str, ...] = ()  # value-chain role keys, sorted
    # "coordinated 2 Horizon 2020 projects, EUR 1.9 M" (services/eu_experience.py); "" for none
    eu_experience: str = ""

    @property
    def display_name(self) -> str:
        return self.short_name or self.legal_name



@dataclass(frozen=True)
class RegionCategoryInfo:
    """A region's category and where it came from (shown beside the value in the app)."""

    category: str | None
    source: str  # "participant override: <reason>", "workspace: <source>", "shipped: <source>"
    # the same for an export to word in its language: what `source` says, and its note
    kind: Literal["", "override", "workspace", "shipped", "unknown", "no_region", "version"] = ""
    detail: str = ""



@dataclass(frozen=True)
class ParticipantInfo:
    id: int
    number: int
    role: str
    organisation: OrganisationInfo
    monthly_personnel_cost: Decimal
    funding_rate_override: Decimal | None
    funding_rate_override_reason: str
    region_category_override: str | None
    region_category_override_reason: str
    region_category: RegionCategoryInfo  # what counts: the override, else the region's own
    region_own_category: RegionCategoryInfo  # the region's category, ignoring any override
    funding_rate: Decimal
    value_chain_roles: tuple[str, ...] = ()  # role keys, sorted
    workbook_language: str | None = None  # its partner workbook's language; None: its country's

    @property
    def short_name(self) -> str:
        return self.organisation.display_name



@dataclass(frozen=True)
class TaskInfo:
    id: int
    number: int
    title: str
    lead: int | None  # participant number
    start_month: int
    end_month: int
    description: str



@dataclass(frozen=True)
class DeliverableInfo:
    id: int
    work_package: int
    number: int
    title: str
    lead: int | None
    type: str
    dissemination: str
    due_month: int
    description: str

    @property
    def code(self) -> str:
        return f"D{self.work_package}.{self.number}"



@dataclass(frozen=True)
class WorkPackageInfo:
    id: int
    number: int
    title: str
    lead: int | None
    start_month: int
    end_month: int
    objectives: str
    description: str
    tasks: tuple[TaskInfo, ...]
    deliverables: tuple[DeliverableInfo, ...]

    @property
    def code(self) -> str:
        return f"WP{self.number}"



@dataclass(frozen=True)
class MilestoneInfo:
    id: int
    number: int
    title: str
    work_packages: tuple[int, ...]
    due_month: int
    verification: str

    @property
    def code(self) -> str:
        return f"MS{self.number}"



@dataclass(frozen=True)
class EffortInfo:
    participant: int
    work_package: int
    person_months: Decimal



@dataclass(frozen=True)
class CostInfo:
    id: int
    participant: int
    category: str
    work_package: int | None
    description: str
    quantity: Decimal | None
    unit_cost: Decimal | None
    amount: Decimal



@dataclass(frozen=True)
class ProjectInfo:
    id: int
    acronym: str
    title: str
    call_profile: str
    thematic_priority: str
    start_date: date | None
    duration_months: int



@dataclass(frozen=True)
class ProjectSnapshot:
    project: ProjectInfo
    profile: CallProfile
    participants: tuple[ParticipantInfo, ...]
    work_packages: tuple[WorkPackageInfo, ...]
    milestones: tuple[MilestoneInfo, ...]
    efforts: tuple[EffortInfo, ...]
    costs: tuple[CostInfo, ...]
    notes: tuple[str, ...] = field(default=())  # e.g. "unknown call profile, generic used"
    # the S3 priority areas the user recorded for each NUTS 2 region of the participants
    s3_areas: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # where each of those areas comes from: {nuts2: {area: source}}
    s3_area_sources: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    # the value-chain roles the project offers: built-in, the call profile's, the user's
    chain_roles: tuple[ChainRole, ...] = ()

    def participant(self, number: int) -> ParticipantInfo | None:
        return next((p for p in self.participants if p.number == number), None)

    def work_package(self, number: int) -> WorkPackageInfo | None:
        return next((w for w in self.work_packages if w.number == number), None)

    @property
    def coordinator(self) -> ParticipantInfo | None:
        return next((p for p in self.participants if p.role == Role.COORDINATOR), None)

    @property
    def deliverables(self) -> list[DeliverableInfo]:
        """All deliverables, by due month (proposal table 3.1c), then by code."""
        items = [d for wp in self.work_packages for d in wp.deliverables]
        return sorted(items, key=lambda d: (d.due_month, d.work_package, d.number))

    @cached_property
    def budget(self) -> budget.ProjectBudget:
        return budget.project_budget(budget_inputs(self), self.indirect_rule)

    @cached_property
    def value_chain(self) -> ValueChain:
        """Roles, shares, clusters and S3 areas (domain/value_chain.py), computed once."""
        return snapshot_value_chain(self)

    @property
    def indirect_rule(self) -> budget.IndirectRule:
        return budget.IndirectRule(rate=self.profile.indirect_rate, base=self.profile.indirect_base)



def budget_inputs(snapshot: ProjectSnapshot) -> list[budget.ParticipantInput]:
    efforts: dict[int, list[budget.EffortLine]] = {p.number: [] for p in snapshot.participants}
    costs: dict[int, list[budget.CostLine]] = {p.number: [] for p in snapshot.participants}
    for effort in snapshot.efforts:
        efforts[effort.participant].append(
            budget.EffortLine(effort.work_package, effort.person_months)
        )
    for cost in snapshot.costs:
        costs[cost.participant].append(
            budget.CostLine(cost.category, cost.amount, cost.work_package)
        )
    return [
        budget.ParticipantInput(
            number=p.number,
            monthly_personnel_cost=p.monthly_personnel_cost,
            funding_rate=p.funding_rate,
            efforts=tuple(efforts[p.number]),
            costs=tuple(costs[p.number]),
        )
        for p in snapshot.participants
    ]
