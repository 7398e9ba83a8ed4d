"""The budget engine: pure arithmetic on Decimal over plain dataclasses (no Qt, no Session).

Rules (issue 2, DOMAIN.md):
- Personnel A = sum over efforts of person-months x monthly personnel cost, each product rounded
  half-up to the cent, plus any explicit A cost lines.
- E = indirect rate x (sum of the categories in the indirect base), per participant, half-up.
- Total eligible = A+B+C1+C2+C3+D+E (D is D1 plus the other D lines).
- EU contribution = total eligible x funding rate, rounded down; own = total - EU.
- Project totals are sums of the participants' figures, never recomputed from project sums,
  so no cent appears or vanishes between the rows and the total.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from consortium_planner.domain.money import ZERO, exact, round_down, round_half_up
from consortium_planner.domain.vocab import SUMMARY_CATEGORIES, CostCategory

ENTERED_CATEGORIES: tuple[str, ...] = tuple(category.value for category in CostCategory)


@dataclass(frozen=True)
class EffortLine:
    work_package: int
    person_months: Decimal


@dataclass(frozen=True)
class CostLine:
    category: str  # one of ENTERED_CATEGORIES
    amount: Decimal
    work_package: int | None = None


@dataclass(frozen=True)
class ParticipantInput:
    number: int
    monthly_personnel_cost: Decimal
    funding_rate: Decimal
    efforts: Sequence[EffortLine] = ()
    costs: Sequence[CostLine] = ()


@dataclass(frozen=True)
class IndirectRule:
    rate: Decimal
    base: frozenset[str]  # entered categories (A, B, C1, C2, C3, D1, D) that E is charged on


@dataclass(frozen=True)
class ParticipantBudget:
    number: int
    costs: dict[str, Decimal]  # keys SUMMARY_CATEGORIES: A B C1 C2 C3 D E
    entered: dict[str, Decimal]  # keys ENTERED_CATEGORIES, before E (D1 kept apart from D)
    person_months: Decimal
    total_eligible: Decimal
    funding_rate: Decimal
    eu_contribution: Decimal
    own_contribution: Decimal

    @property
    def direct_costs(self) -> Decimal:
        return self.total_eligible - self.costs["E"]


@dataclass(frozen=True)
class WorkPackageBudget:
    """Direct costs attributed to one work package (personnel from effort, lines that name it)."""

    number: int | None  # None collects the lines that name no work package
    person_months: Decimal
    costs: dict[str, Decimal]  # keys ENTERED_CATEGORIES

    @property
    def direct_costs(self) -> Decimal:
        return sum(self.costs.values(), ZERO)


@dataclass(frozen=True)
class ProjectBudget:
    participants: list[ParticipantBudget]
    work_packages: list[WorkPackageBudget]
    totals: dict[str, Decimal] = field(default_factory=dict)
    # totals keys: SUMMARY_CATEGORIES + total_eligible, eu_contribution, own_contribution,
    # person_months


@exact
def personnel_from_effort(person_months: Decimal, monthly_cost: Decimal) -> Decimal:
    return round_half_up(person_months * monthly_cost)


@exact
def participant_budget(participant: ParticipantInput, indirect: IndirectRule) -> ParticipantBudget:
    entered = {category: ZERO for category in ENTERED_CATEGORIES}
    person_months = ZERO
    for effort in participant.efforts:
        person_months += effort.person_months
        entered["A"] += personnel_from_effort(
            effort.person_months, participant.monthly_personnel_cost
        )
    for line in participant.costs:
        entered[line.category] += line.amount
    indirect_base = sum((entered[c] for c in ENTERED_CATEGORIES if c in indirect.base), ZERO)
    costs = {
        "A": entered["A"],
        "B": entered["B"],
        "C1": entered["C1"],
        "C2": entered["C2"],
        "C3": entered["C3"],
        "D": entered["D1"] + entered["D"],
        "E": round_half_up(indirect.rate * indirect_base),
    }
    total = sum(costs.values(), ZERO)
    eu_contribution = round_down(total * participant.funding_rate)
    return ParticipantBudget(
        number=participant.number,
        costs=costs,
        entered=entered,
        person_months=person_months,
        total_eligible=total,
        funding_rate=participant.funding_rate,
        eu_contribution=eu_contribution,
        own_contribution=total - eu_contribution,
    )


@exact
def work_package_budgets(participants: Iterable[ParticipantInput]) -> list[WorkPackageBudget]:
    """Direct costs per work package, personnel from effort; lines without a WP under None."""
    months: dict[int | None, Decimal] = defaultdict(lambda: ZERO)
    costs: dict[int | None, dict[str, Decimal]] = defaultdict(
        lambda: {category: ZERO for category in ENTERED_CATEGORIES}
    )
    for participant in participants:
        for effort in participant.efforts:
            months[effort.work_package] += effort.person_months
            costs[effort.work_package]["A"] += personnel_from_effort(
                effort.person_months, participant.monthly_personnel_cost
            )
        for line in participant.costs:
            costs[line.work_package][line.category] += line.amount
    keys = sorted({*months, *costs}, key=lambda number: (number is None, number or 0))
    return [
        WorkPackageBudget(number=key, person_months=months[key], costs=dict(costs[key]))
        for key in keys
    ]


@exact
def project_budget(
    participants: Sequence[ParticipantInput], indirect: IndirectRule
) -> ProjectBudget:
    budgets = [participant_budget(participant, indirect) for participant in participants]
    totals: dict[str, Decimal] = {
        category: sum((b.costs[category] for b in budgets), ZERO)
        for category in SUMMARY_CATEGORIES
    }
    totals["total_eligible"] = sum((b.total_eligible for b in budgets), ZERO)
    totals["eu_contribution"] = sum((b.eu_contribution for b in budgets), ZERO)
    totals["own_contribution"] = sum((b.own_contribution for b in budgets), ZERO)
    totals["person_months"] = sum((b.person_months for b in budgets), ZERO)
    return ProjectBudget(
        participants=budgets, work_packages=work_package_budgets(participants), totals=totals
    )
