"""The budget engine: the rules of issue 2, and property tests that no cent appears or vanishes."""

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from consortium_planner.domain.budget import (
    ENTERED_CATEGORIES,
    CostLine,
    EffortLine,
    IndirectRule,
    ParticipantInput,
    participant_budget,
    project_budget,
)
from consortium_planner.domain.vocab import SUMMARY_CATEGORIES

SEVEN_PERCENT = IndirectRule(Decimal("0.07"), frozenset({"A", "C1", "C2", "C3", "D"}))


def test_personnel_rounds_each_product_half_up() -> None:
    participant = ParticipantInput(
        number=1,
        monthly_personnel_cost=Decimal("3333.33"),
        funding_rate=Decimal("1"),
        efforts=(EffortLine(1, Decimal("0.15")), EffortLine(2, Decimal("0.15"))),
    )
    result = participant_budget(participant, SEVEN_PERCENT)
    # 0.15 x 3333.33 = 499.9995 -> 500.00 each (not 999.999 -> 1000.00 once)
    assert result.costs["A"] == Decimal("1000.00")
    assert result.person_months == Decimal("0.30")


def test_indirect_excludes_subcontracting_and_third_party_support() -> None:
    participant = ParticipantInput(
        number=1,
        monthly_personnel_cost=Decimal("0"),
        funding_rate=Decimal("0.7"),
        costs=(
            CostLine("B", Decimal("1000.00")),
            CostLine("D1", Decimal("5000.00")),
            CostLine("D", Decimal("100.00")),
            CostLine("C1", Decimal("100.05")),
        ),
    )
    result = participant_budget(participant, SEVEN_PERCENT)
    assert result.costs["E"] == Decimal("14.00")  # 7 % of 200.05 = 14.0035
    assert result.costs["D"] == Decimal("5100.00")
    assert result.total_eligible == Decimal("6214.05")
    assert result.eu_contribution == Decimal("4349.83")  # 4349.835 rounded down
    assert result.own_contribution == Decimal("1864.22")


def test_explicit_personnel_lines_add_to_effort() -> None:
    participant = ParticipantInput(
        number=1,
        monthly_personnel_cost=Decimal("5000"),
        funding_rate=Decimal("1"),
        efforts=(EffortLine(1, Decimal("2")),),
        costs=(CostLine("A", Decimal("250.00")),),
    )
    assert participant_budget(participant, SEVEN_PERCENT).costs["A"] == Decimal("10250.00")


def test_work_package_totals_keep_unassigned_lines_apart() -> None:
    participant = ParticipantInput(
        number=1,
        monthly_personnel_cost=Decimal("100"),
        funding_rate=Decimal("1"),
        efforts=(EffortLine(2, Decimal("1")),),
        costs=(CostLine("C1", Decimal("10"), 2), CostLine("C3", Decimal("5"), None)),
    )
    budget = project_budget([participant], SEVEN_PERCENT)
    by_number = {wp.number: wp for wp in budget.work_packages}
    assert by_number[2].direct_costs == Decimal("110.00")
    assert by_number[None].costs["C3"] == Decimal("5")


money = st.decimals(min_value=0, max_value=10**8, places=2, allow_nan=False, allow_infinity=False)
months = st.decimals(min_value=0, max_value=500, places=2, allow_nan=False, allow_infinity=False)
rates = st.decimals(min_value=0, max_value=1, places=4, allow_nan=False, allow_infinity=False)
participants = st.lists(
    st.builds(
        lambda number, cost, rate, efforts, costs: ParticipantInput(
            number=number, monthly_personnel_cost=cost, funding_rate=rate,
            efforts=tuple(efforts), costs=tuple(costs),
        ),
        st.integers(1, 99),
        money,
        rates,
        st.lists(st.builds(EffortLine, st.integers(1, 9), months), max_size=6),
        st.lists(
            st.builds(CostLine, st.sampled_from(ENTERED_CATEGORIES), money,
                      st.one_of(st.none(), st.integers(1, 9))),
            max_size=8,
        ),
    ),
    max_size=8,
)
indirect_rules = st.builds(
    IndirectRule,
    st.decimals(min_value=0, max_value=Decimal("0.25"), places=3, allow_nan=False),
    st.frozensets(st.sampled_from(ENTERED_CATEGORIES)),
)


@settings(max_examples=150, deadline=None)
@given(participants, indirect_rules)
def test_parts_always_add_up_to_totals(inputs: list, indirect: IndirectRule) -> None:
    budget = project_budget(inputs, indirect)
    for result in budget.participants:
        assert sum(result.costs.values()) == result.total_eligible
        assert result.eu_contribution + result.own_contribution == result.total_eligible
        assert 0 <= result.eu_contribution <= result.total_eligible
        assert result.eu_contribution == result.eu_contribution.quantize(Decimal("0.01"))
        assert result.total_eligible - result.costs["E"] == sum(result.entered.values())
    for category in SUMMARY_CATEGORIES:
        assert budget.totals[category] == sum(r.costs[category] for r in budget.participants)
    assert sum(budget.totals[c] for c in SUMMARY_CATEGORIES) == budget.totals["total_eligible"]
    assert (
        budget.totals["eu_contribution"] + budget.totals["own_contribution"]
        == budget.totals["total_eligible"]
    )
    # the work-package split neither creates nor loses a cent of direct costs
    direct = sum(wp.direct_costs for wp in budget.work_packages)
    assert direct == sum(r.direct_costs for r in budget.participants)
    assert sum(wp.person_months for wp in budget.work_packages) == budget.totals["person_months"]
