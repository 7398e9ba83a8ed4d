"""The comparison of projects (domain/compare.py): each kind of change shows as what it is, things
are matched by organisation and label rather than position, and one changed cell of a project
shows as exactly that cell (plus the figures derived from it)."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from consortium_planner.domain.compare import (
    CheckOutcome,
    CompareError,
    Comparison,
    Row,
    Side,
    compare,
)
from consortium_planner.domain.project import ProjectSnapshot
from consortium_planner.exporting.compare_text import headline


@pytest.fixture(scope="module")
def demo(demo_template: Path) -> ProjectSnapshot:
    from consortium_planner.services.snapshot import find_project_id, load_snapshot
    from consortium_planner.workspace import Workspace

    workspace = Workspace.open(demo_template, read_only=True)
    try:
        with workspace.sessions() as session:
            return load_snapshot(session, find_project_id(session, None))
    finally:
        workspace.close()


def two(a: ProjectSnapshot, b: ProjectSnapshot) -> Comparison:
    return compare([Side("A", a), Side("B", b)])


def differing(comparison: Comparison, *, inputs_only: bool = False) -> set[tuple[str, str, str]]:
    return {(r.section, r.entity, r.field) for r in comparison.differences
            if not (inputs_only and r.derived)}


def row(comparison: Comparison, section: str, entity: str, field: str) -> Row:
    return next(r for r in comparison.rows
                if (r.section, r.entity, r.field) == (section, entity, field))


def with_participant(snapshot: ProjectSnapshot, number: int, **changes: object) -> ProjectSnapshot:
    participants = tuple(dataclasses.replace(p, **changes) if p.number == number else p
                         for p in snapshot.participants)
    return dataclasses.replace(snapshot, participants=participants)


def without_participant(snapshot: ProjectSnapshot, number: int) -> ProjectSnapshot:
    """The participant leaves: its effort and costs go, the ones after it are renumbered."""
    def renumber(n: int) -> int:
        return n - 1 if n > number else n

    return dataclasses.replace(
        snapshot,
        participants=tuple(dataclasses.replace(p, number=renumber(p.number))
                           for p in snapshot.participants if p.number != number),
        efforts=tuple(dataclasses.replace(e, participant=renumber(e.participant))
                      for e in snapshot.efforts if e.participant != number),
        costs=tuple(dataclasses.replace(c, participant=renumber(c.participant))
                    for c in snapshot.costs if c.participant != number),
        work_packages=tuple(dataclasses.replace(
            wp, lead=None if wp.lead is None else renumber(wp.lead),
            tasks=tuple(dataclasses.replace(t, lead=None if t.lead is None else renumber(t.lead))
                        for t in wp.tasks),
            deliverables=tuple(dataclasses.replace(
                d, lead=None if d.lead is None else renumber(d.lead)) for d in wp.deliverables),
        ) for wp in snapshot.work_packages),
    )


def test_a_project_compared_with_itself_differs_nowhere(demo: ProjectSnapshot) -> None:
    comparison = two(demo, demo)
    assert comparison.identical
    assert comparison.differences == ()
    assert {r.section for r in comparison.rows} == {
        "project", "consortium", "effort", "budget", "work_plan"}


def test_two_to_four_sides_only(demo: ProjectSnapshot) -> None:
    with pytest.raises(CompareError, match="2 to 4"):
        compare([Side("A", demo)])
    with pytest.raises(CompareError, match="not 5"):
        compare([Side(str(n), demo) for n in range(5)])
    assert compare([Side(str(n), demo) for n in range(4)]).identical


def test_a_partner_leaving_is_removed_and_renumbers_the_others_without_changing_them(
    demo: ProjectSnapshot,
) -> None:
    leaving = demo.participant(7)
    assert leaving is not None
    comparison = two(demo, without_participant(demo, 7))
    name = leaving.short_name
    assert row(comparison, "consortium", name, "Role").status(1) == "removed"
    assert row(comparison, "consortium", name, "Role").values[1] is None
    after = demo.participant(8)
    assert after is not None
    number_row = row(comparison, "consortium", after.short_name, "Participant")
    assert number_row.values == ("P8", "P7") and number_row.status(1) == "changed"
    # matched by organisation: nothing else about participant 8 changed
    assert {r.field for r in comparison.differences if r.entity == after.short_name
            and r.section == "consortium"} == {"Participant"}
    total = row(comparison, "budget", name, "Total eligible costs")
    assert total.delta(1) == -total.values[0]  # type: ignore[operator]
    assert total.percent(1) == Decimal(-1)


def test_a_partner_joining_is_added(demo: ProjectSnapshot) -> None:
    joining = dataclasses.replace(
        demo.participants[-1], number=len(demo.participants) + 1,
        organisation=dataclasses.replace(demo.participants[-1].organisation,
                                         legal_name="Nowa Firma Sp. z o.o.", short_name="NOWA",
                                         pic="987654321", country="PL", nuts2="PL21"))
    other = dataclasses.replace(demo, participants=(*demo.participants, joining))
    comparison = two(demo, other)
    assert row(comparison, "consortium", "NOWA", "Participant").status(1) == "added"
    assert row(comparison, "consortium", "NOWA", "Country").values == (None, "PL")
    assert differing(comparison, inputs_only=True) == {
        ("consortium", "NOWA", field) for field in (
            "Participant", "Role", "Country", "Region (NUTS 2)", "Region category",
            "Organisation type", "Funding rate", "Monthly personnel cost")}


def test_a_pic_known_on_one_side_only_still_matches_by_name_and_country(
    demo: ProjectSnapshot,
) -> None:
    first = demo.participants[0]
    other = with_participant(demo, first.number, organisation=dataclasses.replace(
        first.organisation, pic=None, legal_name=first.organisation.legal_name.upper()))
    assert two(demo, other).identical


@pytest.mark.parametrize(("field", "changes", "expected"), [
    ("Role", {"role": "affiliated_entity"}, "affiliated entity"),
    ("Funding rate", {"funding_rate": Decimal("0.6")}, Decimal("0.6")),
])
def test_a_changed_role_or_funding_rate(demo: ProjectSnapshot, field: str,
                                        changes: dict[str, object], expected: object) -> None:
    target = demo.participants[2]
    comparison = two(demo, with_participant(demo, target.number, **changes))
    assert differing(comparison, inputs_only=True) == {("consortium", target.short_name, field)}
    assert row(comparison, "consortium", target.short_name, field).values[1] == expected


def test_a_changed_region_and_its_category(demo: ProjectSnapshot) -> None:
    target = demo.participants[1]
    category = dataclasses.replace(target.region_category, category="more_developed")
    other = with_participant(
        demo, target.number, region_category=category,
        organisation=dataclasses.replace(target.organisation, nuts2="ITC4"))
    comparison = two(demo, other)
    assert differing(comparison, inputs_only=True) == {
        ("consortium", target.short_name, "Region (NUTS 2)"),
        ("consortium", target.short_name, "Region category")}
    assert row(comparison, "consortium", target.short_name, "Region category").values[1] == \
        "more developed"


def test_effort_per_participant_and_work_package_with_deltas(demo: ProjectSnapshot) -> None:
    effort = demo.efforts[0]
    efforts = (dataclasses.replace(effort, person_months=effort.person_months + 2),
               *demo.efforts[1:])
    comparison = two(demo, dataclasses.replace(demo, efforts=efforts))
    name = demo.participant(effort.participant).short_name  # type: ignore[union-attr]
    cell = row(comparison, "effort", name, f"WP{effort.work_package} person-months")
    assert differing(comparison, inputs_only=True) == {
        ("effort", name, f"WP{effort.work_package} person-months")}
    assert cell.delta(1) == Decimal(2)
    assert cell.percent(1) == Decimal(2) / effort.person_months
    derived = differing(comparison) - differing(comparison, inputs_only=True)
    assert ("effort", name, "Person-months (participant total)") in derived
    assert ("effort", f"WP{effort.work_package}", "Person-months (work package total)") in derived
    assert ("budget", name, "A Personnel") in derived
    assert ("budget", "Total", "EU contribution") in derived


def test_budget_per_participant_and_category_in_money_and_percent(demo: ProjectSnapshot) -> None:
    cost = next(c for c in demo.costs if c.category == "C1")
    costs = tuple(dataclasses.replace(c, amount=c.amount + Decimal("1000.50"))
                  if c.id == cost.id else c for c in demo.costs)
    comparison = two(demo, dataclasses.replace(demo, costs=costs))
    name = demo.participant(cost.participant).short_name  # type: ignore[union-attr]
    travel = row(comparison, "budget", name, "C.1 Travel and subsistence")
    assert differing(comparison, inputs_only=True) == {
        ("budget", name, "C.1 Travel and subsistence")}
    assert travel.delta(1) == Decimal("1000.50")
    reference = travel.values[0]
    assert isinstance(reference, Decimal)
    assert travel.percent(1) == Decimal("1000.50") / reference
    total = row(comparison, "budget", "Total", "Total eligible costs")
    assert total.values == (demo.budget.totals["total_eligible"],
                            comparison.totals[1]["total_eligible"])
    assert total.delta(1) == Decimal("1000.50") + row(
        comparison, "budget", name, "E Indirect costs").delta(1)  # type: ignore[operator]


def test_work_plan_moved_retitled_added_and_removed(demo: ProjectSnapshot) -> None:
    wp1, wp2, *rest = demo.work_packages
    task = wp2.tasks[0]
    moved = dataclasses.replace(wp1, start_month=wp1.start_month + 3,
                                deliverables=wp1.deliverables[1:])
    retitled = dataclasses.replace(wp2, tasks=(dataclasses.replace(task, title="New title"),
                                               *wp2.tasks[1:]))
    milestone = dataclasses.replace(demo.milestones[0], number=99, due_month=5)
    other = dataclasses.replace(demo, work_packages=(moved, retitled, *rest),
                                milestones=(*demo.milestones, milestone))
    comparison = two(demo, other)
    gone = wp1.deliverables[0].code
    assert differing(comparison, inputs_only=True) == {
        ("work_plan", "WP1", "Start month"),
        ("work_plan", f"T2.{task.number}", "Title"),
        ("work_plan", gone, "Title"), ("work_plan", gone, "Due month"),
        ("work_plan", gone, "Lead"),
        ("work_plan", "MS99", "Title"), ("work_plan", "MS99", "Due month"),
        ("work_plan", "MS99", "Work packages"),
    }
    assert row(comparison, "work_plan", "WP1", "Start month").delta(1) == 3
    assert row(comparison, "work_plan", gone, "Due month").status(1) == "removed"
    assert row(comparison, "work_plan", "MS99", "Due month").status(1) == "added"
    assert row(comparison, "work_plan", "MS99", "Due month").delta(1) is None


def test_checks_pass_or_fail_in_each(demo: ProjectSnapshot) -> None:
    passing = (CheckOutcome("min_countries", "passes"), CheckOutcome("duration", "passes"))
    failing = (CheckOutcome("min_countries", "error", ("Only 2 countries.",)),
               CheckOutcome("duration", "passes"))
    comparison = compare([Side("A", demo, passing), Side("B", demo, failing)])
    check = row(comparison, "checks", "min_countries", "Outcome")
    assert check.values == ("passes", "error") and check.differs and check.derived
    assert check.details == ("", "Only 2 countries.")
    assert not row(comparison, "checks", "duration", "Outcome").differs


def test_four_sides_each_against_the_reference(demo: ProjectSnapshot) -> None:
    target = demo.participants[0]
    sides = [Side("A", demo), Side("B", demo),
             Side("C", with_participant(demo, target.number, funding_rate=Decimal("0.5"))),
             Side("D", demo)]
    funding = row(compare(sides), "consortium", target.short_name, "Funding rate")
    assert [funding.status(side) for side in range(4)] == [
        "reference", "same", "changed", "same"]


# --- one changed cell shows as exactly that cell ------------------------------------------------

CHANGES = ("effort", "cost", "task_end", "wp_title", "deliverable_due", "milestone_due",
           "role", "monthly_cost")


def one_cell(snapshot: ProjectSnapshot, kind: str, pick: int
             ) -> tuple[ProjectSnapshot, tuple[str, str, str]]:
    """The snapshot with one cell changed, and the row that must show it."""
    name = {p.number: p.short_name for p in snapshot.participants}
    if kind == "effort":
        item = snapshot.efforts[pick % len(snapshot.efforts)]
        efforts = tuple(dataclasses.replace(e, person_months=e.person_months + Decimal("0.25"))
                        if e is item else e for e in snapshot.efforts)
        return (dataclasses.replace(snapshot, efforts=efforts),
                ("effort", name[item.participant], f"WP{item.work_package} person-months"))
    if kind == "cost":
        costs_ = [c for c in snapshot.costs if c.category not in ("A",)]
        cost = costs_[pick % len(costs_)]
        titles = {"B": "B Subcontracting", "C1": "C.1 Travel and subsistence",
                  "C2": "C.2 Equipment", "C3": "C.3 Other goods, works and services",
                  "D1": "D Other cost categories", "D": "D Other cost categories"}
        costs = tuple(dataclasses.replace(c, amount=c.amount + Decimal("0.01"))
                      if c.id == cost.id else c for c in snapshot.costs)
        return (dataclasses.replace(snapshot, costs=costs),
                ("budget", name[cost.participant], titles[cost.category]))
    if kind in ("role", "monthly_cost"):
        participant = snapshot.participants[pick % len(snapshot.participants)]
        if kind == "role":
            role = "beneficiary" if participant.role != "beneficiary" else "affiliated_entity"
            return (with_participant(snapshot, participant.number, role=role),
                    ("consortium", participant.short_name, "Role"))
        return (with_participant(snapshot, participant.number,
                                 monthly_personnel_cost=participant.monthly_personnel_cost + 1),
                ("consortium", participant.short_name, "Monthly personnel cost"))
    if kind == "milestone_due":
        milestone = snapshot.milestones[pick % len(snapshot.milestones)]
        milestones = tuple(dataclasses.replace(m, due_month=m.due_month + 1)
                           if m is milestone else m for m in snapshot.milestones)
        return (dataclasses.replace(snapshot, milestones=milestones),
                ("work_plan", milestone.code, "Due month"))
    index = pick % len(snapshot.work_packages)
    wp = snapshot.work_packages[index]
    if kind == "wp_title":
        changed, where = dataclasses.replace(wp, title=wp.title + "!"), (wp.code, "Title")
    elif kind == "task_end":
        task = wp.tasks[pick % len(wp.tasks)]
        changed = dataclasses.replace(wp, tasks=tuple(
            dataclasses.replace(t, end_month=t.end_month - 1) if t is task else t
            for t in wp.tasks))
        where = (f"T{wp.number}.{task.number}", "End month")
    else:
        deliverable = wp.deliverables[pick % len(wp.deliverables)]
        changed = dataclasses.replace(wp, deliverables=tuple(
            dataclasses.replace(d, due_month=d.due_month + 2) if d is deliverable else d
            for d in wp.deliverables))
        where = (deliverable.code, "Due month")
    work_packages = tuple(changed if w is wp else w for w in snapshot.work_packages)
    return dataclasses.replace(snapshot, work_packages=work_packages), ("work_plan", *where)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(kind=st.sampled_from(CHANGES), pick=st.integers(min_value=0, max_value=10_000),
       reference_first=st.booleans())
def test_one_changed_cell_shows_as_exactly_that_cell(
    demo: ProjectSnapshot, kind: str, pick: int, reference_first: bool,
) -> None:
    changed, expected = one_cell(demo, kind, pick)
    sides = (demo, changed) if reference_first else (changed, demo)
    comparison = two(*sides)
    assert differing(comparison, inputs_only=True) == {expected}
    assert all(r.section in ("effort", "budget") for r in comparison.differences if r.derived)


def test_one_cell_of_a_large_project(demo: ProjectSnapshot) -> None:
    """A project of 60 participants and 3,000 cost lines, one cost line changed."""
    participants = tuple(
        dataclasses.replace(
            demo.participants[n % len(demo.participants)], number=n + 1,
            organisation=dataclasses.replace(demo.participants[n % len(demo.participants)]
                                             .organisation, pic=f"{900000000 + n}",
                                             legal_name=f"Partner {n}", short_name=f"P-{n}"))
        for n in range(60))
    cost = demo.costs[0]
    costs = tuple(dataclasses.replace(cost, id=n, participant=n % 60 + 1) for n in range(3000))
    large = dataclasses.replace(demo, participants=participants, costs=costs,
                                efforts=tuple(dataclasses.replace(e, participant=p.number)
                                              for p in participants for e in demo.efforts[:3]))
    changed, expected = one_cell(large, "cost", 1234)
    assert differing(two(large, changed), inputs_only=True) == {expected}


def test_the_headline_names_who_joins_and_who_leaves(demo: ProjectSnapshot) -> None:
    leaving = demo.participant(7)
    joining = dataclasses.replace(
        demo.participants[0], number=99,
        organisation=dataclasses.replace(demo.participants[0].organisation, pic="111111111",
                                         legal_name="Nowa", short_name="NOWA"))
    other = without_participant(demo, 7)
    other = dataclasses.replace(other, participants=(*other.participants, joining))
    comparison = compare([Side("A", demo), Side("B", other), Side("C", demo)])
    assert leaving is not None
    assert comparison.participants(1, "removed") == (leaving.short_name,)
    assert headline(comparison) == f"B: {leaving.short_name} removed; NOWA added."
    assert headline(two(demo, demo)) == ""
