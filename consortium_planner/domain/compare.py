"""What differs between 2 to 4 projects (scenarios, versions or any projects), side by side.

The first side is the reference: every other side is read as a change of it. The comparison is
a flat list of `Row`s, one value per side, so the window, the command line and the reports show
the same thing the same way. Things are matched by what they are, never by position:
participants by organisation (PIC, else legal name and country: a partner that leaves renumbers
the others, which is not a change of theirs), work packages, tasks, deliverables and milestones
by label (WP2, T2.1, D2.1, MS3). A figure computed from others (totals, personnel from effort,
indirect costs, contributions, check outcomes) is marked `derived`, so "what was changed" and
"what follows from it" can be told apart.

Pure: the check outcomes come in with each side (the rules engine sits above the domain).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cached_property
from typing import Any, Literal

from consortium_planner.domain.money import ZERO
from consortium_planner.domain.project import ParticipantInfo, ProjectSnapshot
from consortium_planner.domain.text import fold

Value = Decimal | int | str | None
# how a value is shown and whether it has a delta: money and months (person-months) also have a
# percent delta; month (a month number of the plan) a delta in months; rate, text and check none
Kind = Literal["text", "money", "months", "month", "rate", "check"]
Status = Literal["reference", "same", "changed", "added", "removed", "absent"]

SECTIONS: tuple[tuple[str, str], ...] = (
    ("project", "Project"),
    ("consortium", "Consortium"),
    ("effort", "Effort"),
    ("budget", "Budget"),
    ("work_plan", "Work plan"),
    ("checks", "Checks"),
)
SECTION_TITLES = dict(SECTIONS)
MIN_SIDES, MAX_SIDES = 2, 4
CHECK_PASSES = "passes"
CHECK_SEVERITIES = ("error", "warning", "info")  # a rule's outcome: its worst finding

BUDGET_FIELDS: tuple[tuple[str, str, bool], ...] = (
    # key in the participant's budget, label, derived
    ("A", "A Personnel", True),  # person-months x monthly cost (+ any A lines)
    ("B", "B Subcontracting", False),
    ("C1", "C.1 Travel and subsistence", False),
    ("C2", "C.2 Equipment", False),
    ("C3", "C.3 Other goods, works and services", False),
    ("D", "D Other cost categories", False),
    ("E", "E Indirect costs", True),
    ("total_eligible", "Total eligible costs", True),
    ("eu_contribution", "EU contribution", True),
    ("own_contribution", "Own contribution", True),
)
COST_CATEGORIES = frozenset({"A", "B", "C1", "C2", "C3", "D", "E"})
TOTAL_FIELDS = ("total_eligible", "eu_contribution", "own_contribution", "person_months")


class CompareError(ValueError):
    """Fewer than 2 or more than 4 sides."""


@dataclass(frozen=True)
class CheckOutcome:
    """One rule's outcome on one side: `passes`, or the severity of its worst finding."""

    rule: str
    status: str  # CHECK_PASSES or one of CHECK_SEVERITIES
    messages: tuple[str, ...] = ()


@dataclass(frozen=True)
class Side:
    label: str  # "CIRCOMP", "CIRCOMP@3"
    snapshot: ProjectSnapshot
    checks: tuple[CheckOutcome, ...] = ()


@dataclass(frozen=True)
class Row:
    """One thing (`entity`: a participant, "WP2", "T2.1", "Total" ...) and one of its fields,
    with a value per side (None where the thing is absent)."""

    section: str
    entity: str
    field: str
    kind: Kind
    values: tuple[Value, ...]
    derived: bool = False
    details: tuple[str, ...] = ()  # per side, for a check: its findings' messages

    @property
    def key(self) -> str:
        """Unique within a comparison (the UI's row id)."""
        return f"{self.section}\x1f{self.entity}\x1f{self.field}"

    @property
    def numeric(self) -> bool:
        return self.kind in ("money", "months", "month")

    def same(self, side: int) -> bool:
        return _same(self.values[0], self.values[side], self.numeric)

    @property
    def differs(self) -> bool:
        return any(not self.same(side) for side in range(1, len(self.values)))

    def status(self, side: int) -> Status:
        if side == 0:
            return "reference"
        reference, value = self.values[0], self.values[side]
        if reference is None and value is None:
            return "absent"
        if reference is None:
            return "added"
        if value is None:
            return "removed"
        return "same" if self.same(side) else "changed"

    def delta(self, side: int) -> Decimal | None:
        """This side minus the reference (an absent amount counting as zero); None for text."""
        if side == 0 or not self.numeric:
            return None
        reference, value = self.values[0], self.values[side]
        if reference is None and value is None:
            return None
        if self.kind == "month" and (reference is None or value is None):
            return None  # a month of something absent did not move
        return _number(value) - _number(reference)

    def percent(self, side: int) -> Decimal | None:
        """The delta as a fraction of the reference (0.25 for +25 %); None when there is no
        reference value to divide by."""
        delta = self.delta(side)
        if delta is None or self.kind not in ("money", "months"):
            return None
        reference = _number(self.values[0])
        if reference == 0:
            return None
        return delta / reference


@dataclass(frozen=True)
class Comparison:
    sides: tuple[str, ...]  # the sides' labels, the reference first
    rows: tuple[Row, ...]
    totals: tuple[dict[str, Decimal], ...]  # per side: TOTAL_FIELDS, as `summary --json`
    currency: str = "EUR"

    @cached_property
    def differences(self) -> tuple[Row, ...]:
        return tuple(row for row in self.rows if row.differs)

    @property
    def identical(self) -> bool:
        return not any(row.differs for row in self.rows)

    def participants(self, side: int, status: Status) -> tuple[str, ...]:
        """The participants "added" to or "removed" from a side (against the reference)."""
        return tuple(row.entity for row in self.rows if row.section == "consortium"
                     and row.field == "Participant" and row.status(side) == status)

    def section(self, name: str, *, only_differences: bool = False) -> tuple[Row, ...]:
        return tuple(row for row in self.rows
                     if row.section == name and (row.differs or not only_differences))


# --- matching ---------------------------------------------------------------------------------


def _identity(participant: ParticipantInfo) -> tuple[str | None, str]:
    organisation = participant.organisation
    pic = (organisation.pic or "").strip() or None
    return pic, f"{fold(organisation.legal_name.strip())}\x1f{organisation.country}"


class _Participants:
    """Participants of every side matched by organisation: PIC first, then legal name and
    country (so one side may know the PIC and the other not)."""

    def __init__(self) -> None:
        self.labels: list[str] = []
        self._by_pic: dict[str, int] = {}
        self._by_name: dict[str, int] = {}

    def match(self, participants: Iterable[ParticipantInfo]) -> dict[int, int]:
        """participant number -> entity index, one participant per entity on a side."""
        found: dict[int, int] = {}
        taken: set[int] = set()
        for participant in participants:
            pic, name = _identity(participant)
            entity = self._by_pic.get(pic) if pic else None
            if entity is None or entity in taken:
                entity = self._by_name.get(name)
            if entity is None or entity in taken:
                entity = len(self.labels)
                self.labels.append(participant.short_name)
            if pic:
                self._by_pic.setdefault(pic, entity)
            self._by_name.setdefault(name, entity)
            taken.add(entity)
            found[participant.number] = entity
        return found

    def unique_labels(self) -> list[str]:
        """Short names, with a counter where two organisations share one."""
        seen: dict[str, int] = {}
        labels = []
        for label in self.labels:
            seen[label] = seen.get(label, 0) + 1
            labels.append(label if seen[label] == 1 else f"{label} ({seen[label]})")
        return labels


# --- the comparison ---------------------------------------------------------------------------


def compare(sides: Sequence[Side]) -> Comparison:
    """The differences of sides[1:] from sides[0], row by row."""
    if not MIN_SIDES <= len(sides) <= MAX_SIDES:
        raise CompareError(f"compare takes {MIN_SIDES} to {MAX_SIDES} projects, "
                           f"not {len(sides)}")
    registry = _Participants()
    matches = [registry.match(side.snapshot.participants) for side in sides]
    labels = registry.unique_labels()
    builder = _Builder()
    _project_rows(builder, sides)
    _consortium_rows(builder, sides, matches, labels)
    _effort_rows(builder, sides, matches, labels)
    _budget_rows(builder, sides, matches, labels)
    _work_plan_rows(builder, sides)
    _check_rows(builder, sides)
    totals = tuple(
        {key: side.snapshot.budget.totals[key] for key in TOTAL_FIELDS} for side in sides
    )
    return Comparison(
        sides=tuple(side.label for side in sides), rows=tuple(builder.rows), totals=totals,
        currency=sides[0].snapshot.profile.currency,
    )


class _Builder:
    def __init__(self) -> None:
        self.rows: list[Row] = []

    def add(self, section: str, entity: str, field: str, kind: Kind, values: Sequence[Value],
            *, derived: bool = False, details: Sequence[str] = ()) -> None:
        self.rows.append(Row(section, entity, field, kind, tuple(values), derived,
                             tuple(details)))

    def per_side(self, section: str, entity: str, kind: Kind, objects: Sequence[object | None],
                 fields: Sequence[tuple[str, Callable[[Any], Value]]]) -> None:
        """One row per field of something that may be absent on some sides."""
        for field, read in fields:
            self.add(section, entity, field, kind,
                     [None if item is None else read(item) for item in objects])


def _project_rows(builder: _Builder, sides: Sequence[Side]) -> None:
    projects = [side.snapshot.project for side in sides]
    builder.add("project", "Project", "Title", "text", [p.title for p in projects])
    builder.add("project", "Project", "Call profile", "text", [p.call_profile for p in projects])
    builder.add("project", "Project", "Start date", "text",
                [p.start_date.isoformat() if p.start_date else "" for p in projects])
    builder.add("project", "Project", "Duration (months)", "month",
                [p.duration_months for p in projects])


def _by_entity(sides: Sequence[Side], matches: list[dict[int, int]]
               ) -> list[dict[int, ParticipantInfo]]:
    return [{matches[i][p.number]: p for p in side.snapshot.participants}
            for i, side in enumerate(sides)]


def _consortium_rows(builder: _Builder, sides: Sequence[Side], matches: list[dict[int, int]],
                     labels: list[str]) -> None:
    present = _by_entity(sides, matches)
    for entity, label in enumerate(labels):
        items = [side.get(entity) for side in present]
        builder.per_side("consortium", label, "text", items, (
            ("Participant", lambda p: f"P{p.number}"),
            ("Role", lambda p: p.role.replace("_", " ")),
            ("Country", lambda p: p.organisation.country),
            ("Region (NUTS 2)", lambda p: p.organisation.nuts2),
            ("Region category", lambda p: (p.region_category.category or "").replace("_", " ")),
            ("Organisation type", lambda p: p.organisation.org_type.replace("_", " ")),
        ))
        builder.add("consortium", label, "Funding rate", "rate",
                    [None if p is None else p.funding_rate for p in items])
        builder.add("consortium", label, "Monthly personnel cost", "money",
                    [None if p is None else p.monthly_personnel_cost for p in items])


def _effort_rows(builder: _Builder, sides: Sequence[Side], matches: list[dict[int, int]],
                 labels: list[str]) -> None:
    cells: list[dict[tuple[int, int], Decimal]] = []
    for i, side in enumerate(sides):
        side_cells: dict[tuple[int, int], Decimal] = {}
        for effort in side.snapshot.efforts:
            key = (matches[i][effort.participant], effort.work_package)
            side_cells[key] = side_cells.get(key, ZERO) + effort.person_months
        cells.append(side_cells)
    present = _by_entity(sides, matches)
    work_packages = sorted({wp.number for side in sides for wp in side.snapshot.work_packages}
                           | {wp for side_cells in cells for _, wp in side_cells})
    for entity, label in enumerate(labels):
        for wp in work_packages:
            values: list[Value] = [
                None if entity not in present[i] else cells[i].get((entity, wp), ZERO)
                for i in range(len(sides))
            ]
            if all(not value for value in values):
                continue  # nobody plans effort here: no row
            builder.add("effort", label, f"WP{wp} person-months", "months", values)
    for entity, label in enumerate(labels):
        if any(entity in side for side in present):
            builder.add("effort", label, "Person-months (participant total)", "months",
                        [None if entity not in present[i]
                         else sum((v for (e, _), v in cells[i].items() if e == entity), ZERO)
                         for i in range(len(sides))], derived=True)
    for wp in work_packages:
        builder.add("effort", f"WP{wp}", "Person-months (work package total)", "months",
                    [sum((v for (_, w), v in cells[i].items() if w == wp), ZERO)
                     for i in range(len(sides))], derived=True)
    builder.add("effort", "Total", "Person-months", "months",
                [side.snapshot.budget.totals["person_months"] for side in sides], derived=True)


def _budget_rows(builder: _Builder, sides: Sequence[Side], matches: list[dict[int, int]],
                 labels: list[str]) -> None:
    budgets = [{matches[i][b.number]: b for b in side.snapshot.budget.participants}
               for i, side in enumerate(sides)]
    for entity, label in enumerate(labels):
        figures = [side_budgets.get(entity) for side_budgets in budgets]
        for key, title, derived in BUDGET_FIELDS:
            values: list[Value] = [
                None if figure is None
                else (figure.costs[key] if key in figure.costs else getattr(figure, key))
                for figure in figures
            ]
            if key in COST_CATEGORIES and all(not value for value in values):
                continue  # a category nobody uses for this participant
            builder.add("budget", label, title, "money", values, derived=derived)
    for key, title, _derived in BUDGET_FIELDS:
        builder.add("budget", "Total", title, "money",
                    [side.snapshot.budget.totals[key] for side in sides], derived=True)


def _lead_name(side: Side, number: int | None) -> str:
    if number is None:
        return ""
    participant = side.snapshot.participant(number)
    return participant.short_name if participant is not None else f"P{number}"


def _work_plan_rows(builder: _Builder, sides: Sequence[Side]) -> None:
    """Leads are shown by name, so a renumbering of the participants is no change here."""
    work_packages = [{wp.number: wp for wp in side.snapshot.work_packages} for side in sides]
    for number in sorted({n for side in work_packages for n in side}):
        items = [side.get(number) for side in work_packages]
        label = f"WP{number}"
        builder.add("work_plan", label, "Title", "text",
                    [None if wp is None else wp.title for wp in items])
        builder.add("work_plan", label, "Start month", "month",
                    [None if wp is None else wp.start_month for wp in items])
        builder.add("work_plan", label, "End month", "month",
                    [None if wp is None else wp.end_month for wp in items])
        builder.add("work_plan", label, "Lead", "text",
                    [None if wp is None else _lead_name(sides[i], wp.lead)
                     for i, wp in enumerate(items)])
        tasks = [{t.number: t for t in wp.tasks} if wp is not None else {} for wp in items]
        for task_number in sorted({n for side in tasks for n in side}):
            task_items = [side.get(task_number) for side in tasks]
            task_label = f"T{number}.{task_number}"
            builder.add("work_plan", task_label, "Title", "text",
                        [None if t is None else t.title for t in task_items])
            builder.add("work_plan", task_label, "Start month", "month",
                        [None if t is None else t.start_month for t in task_items])
            builder.add("work_plan", task_label, "End month", "month",
                        [None if t is None else t.end_month for t in task_items])
            builder.add("work_plan", task_label, "Lead", "text",
                        [None if t is None else _lead_name(sides[i], t.lead)
                         for i, t in enumerate(task_items)])
    deliverables = [{d.code: d for d in side.snapshot.deliverables} for side in sides]
    codes = sorted({code for side in deliverables for code in side},
                   key=lambda code: tuple(int(part) for part in code[1:].split(".")))
    for code in codes:
        items_d = [side.get(code) for side in deliverables]
        builder.add("work_plan", code, "Title", "text",
                    [None if d is None else d.title for d in items_d])
        builder.add("work_plan", code, "Due month", "month",
                    [None if d is None else d.due_month for d in items_d])
        builder.add("work_plan", code, "Lead", "text",
                    [None if d is None else _lead_name(sides[i], d.lead)
                     for i, d in enumerate(items_d)])
    milestones = [{m.number: m for m in side.snapshot.milestones} for side in sides]
    for number in sorted({n for side in milestones for n in side}):
        items_m = [side.get(number) for side in milestones]
        label = f"MS{number}"
        builder.add("work_plan", label, "Title", "text",
                    [None if m is None else m.title for m in items_m])
        builder.add("work_plan", label, "Due month", "month",
                    [None if m is None else m.due_month for m in items_m])
        builder.add("work_plan", label, "Work packages", "text",
                    [None if m is None else ", ".join(f"WP{n}" for n in m.work_packages)
                     for m in items_m])


def _check_rows(builder: _Builder, sides: Sequence[Side]) -> None:
    outcomes = [{outcome.rule: outcome for outcome in side.checks} for side in sides]
    rules: list[str] = []
    for side in sides:
        rules += [o.rule for o in side.checks if o.rule not in rules]
    for rule in rules:
        items = [side.get(rule) for side in outcomes]
        builder.add("checks", rule, "Outcome", "check",
                    [None if o is None else o.status for o in items], derived=True,
                    details=[" ".join(o.messages) if o is not None else "" for o in items])


def _number(value: Value) -> Decimal:
    if value is None:
        return ZERO
    if isinstance(value, str):
        raise TypeError(f"{value!r} is not a number")
    return Decimal(value)


def _same(reference: Value, value: Value, numeric: bool) -> bool:
    if reference is None or value is None:
        return reference is None and value is None
    if numeric:
        return _number(reference) == _number(value)
    return reference == value


ABSENT = "—"  # the thing is not in this project (exporting/compare_text words the rest)
