"""The dashboard: charts where people would rather look than read.

Budget per participant stacked by category, totals per country and per region category, EU versus
own contribution, person-months per work package, and a Gantt chart of work packages and tasks
with deliverables and milestones marked and today's month. pyqtgraph is imported when the page is
first shown (it costs ~0.3 s, too much for start-up). Amounts become float only here, as chart
geometry; every figure shown as text comes from the Decimal budget.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QScrollArea, QVBoxLayout, QWidget

from consortium_planner.domain.money import ZERO
from consortium_planner.domain.vocab import SUMMARY_CATEGORIES
from consortium_planner.ui import choices
from consortium_planner.ui.formatting import decimal_mark_text
from consortium_planner.ui.views.base import Page

if TYPE_CHECKING:
    from consortium_planner.app import AppContext
    from consortium_planner.domain.project import ProjectSnapshot
    from consortium_planner.services.editing import Changes

CATEGORY_COLOURS = {"A": "#4e79a7", "B": "#f28e2b", "C1": "#e15759", "C2": "#76b7b2",
                    "C3": "#59a14f", "D": "#edc948", "E": "#b07aa1"}
EU_COLOUR, OWN_COLOUR = "#4e79a7", "#bab0ac"
BAR_COLOUR = "#4e79a7"
WP_COLOUR, TASK_COLOUR = "#4e79a7", "#a0cbe8"
DELIVERABLE_COLOUR, MILESTONE_COLOUR, TODAY_COLOUR = "#e15759", "#f28e2b", "#59a14f"


def month_of(start: date | None, today: date, duration: int) -> int | None:
    """The project month (1-based) `today` falls in, or None before the start or after the end."""
    if start is None:
        return None
    month = (today.year - start.year) * 12 + today.month - start.month + 1
    if today.day < start.day:
        month -= 1
    return month if 1 <= month <= duration else None


def _float(value: Decimal) -> float:
    return float(value)


def _short(label: str, length: int = 40) -> str:
    return label if len(label) <= length else label[: length - 1].rstrip() + "…"


def _locale_axis(pyqtgraph: Any, orientation: str) -> Any:
    """An axis whose scale is written with the window's decimal mark ('1,5' in French and
    German); pyqtgraph writes Python's '1.5'."""

    class LocaleAxis(pyqtgraph.AxisItem):  # type: ignore[misc, name-defined]
        def tickStrings(self, values: list[float], scale: float,  # noqa: N802 - Qt's name
                        spacing: float) -> list[str]:
            return [decimal_mark_text(text)
                    for text in super().tickStrings(values, scale, spacing)]

    return LocaleAxis(orientation)


class DashboardPage(Page):
    title = "Dashboard"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._plots: dict[str, Any] = {}
        self._content = QWidget(self)
        self._grid = QGridLayout(self._content)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._content)
        scroll.setAccessibleName(self.tr("Charts"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.today = date.today()

    def relevant(self, changes: Changes) -> bool:
        return True

    def _make_plots(self) -> None:
        import pyqtgraph

        pyqtgraph.setConfigOptions(background="w", foreground="k", antialias=True)
        specs = (
            ("participants", self.tr("Budget per participant, by category"), 0, 0, 1),
            ("contribution", self.tr("EU contribution and own contribution"), 0, 1, 1),
            ("countries", self.tr("Total eligible costs per country"), 1, 0, 1),
            ("regions", self.tr("Total eligible costs per region category"), 1, 1, 1),
            ("effort", self.tr("Person-months per work package"), 2, 0, 1),
            ("gantt", self.tr("Work plan"), 3, 0, 2),
        )
        for key, title, row, column, span in specs:
            scales = {"left": _locale_axis(pyqtgraph, "left")} if key != "gantt" else None
            plot = pyqtgraph.PlotWidget(self._content, axisItems=scales)
            plot.setAccessibleName(title)
            plot.setTitle(title)
            plot.setMinimumHeight(290 if key != "gantt" else 420)
            plot.setMenuEnabled(False)
            plot.getPlotItem().hideButtons()
            self._grid.addWidget(plot, row, column, 1, span)
            self._plots[key] = plot

    def reload(self) -> None:
        assert self.project_id is not None
        if not self._plots:
            self._make_plots()
        snapshot = self.context.snapshot(self.project_id)
        self._participants(snapshot)
        self._contribution(snapshot)
        self._grouped(snapshot, "countries")
        self._grouped(snapshot, "regions")
        self._effort(snapshot)
        self._gantt(snapshot)

    # -- charts ------------------------------------------------------------------------------------

    @staticmethod
    def _category_axis(plot: Any, labels: list[str]) -> None:
        """A label under each bar while at most 15 bars; beyond, every 5th (10th...) bar's
        label always and the others where pyqtgraph finds room (they overlapped unreadably)."""
        step = next(step for step in (1, 5, 10, 20, 50, 100, 10**9)
                    if len(labels) <= 15 * step)
        levels: tuple[list[tuple[int, str]], list[tuple[int, str]]] = ([], [])
        for position, label in enumerate(labels):
            always = step == 1 or position == 0 or (position + 1) % step == 0
            levels[0 if always else 1].append((position, label))
        plot.getAxis("bottom").setTicks(list(levels))

    @staticmethod
    def _money_axis(plot: Any, highest: float, *, legend: bool = True) -> None:
        """Amounts on the left axis (pyqtgraph adds k or M), headroom above for the legend."""
        plot.setLabel("left", "", units="EUR")
        plot.showGrid(y=True, alpha=0.25)
        plot.setYRange(0, highest * (1.22 if legend else 1.05) or 1, padding=0)

    @staticmethod
    def _note_if_empty(plot: Any, empty: bool, text: str) -> None:
        """An empty chart says what it waits for, rather than showing a bare 0-1 grid."""
        import pyqtgraph

        if not empty:
            plot.enableAutoRange(axis="x")
            return
        note = pyqtgraph.TextItem(text, color="#555555", anchor=(0.5, 0.5))
        plot.addItem(note)
        note.setPos(0, 0.5)
        plot.setXRange(-1, 1, padding=0)
        plot.setYRange(0, 1, padding=0)

    @staticmethod
    def _legend(plot: Any, *, columns: int, offset: tuple[int, int] = (10, 4)) -> Any:
        legend = plot.getPlotItem().legend or plot.addLegend(offset=offset, colCount=columns)
        legend.clear()
        return legend

    def _participants(self, snapshot: ProjectSnapshot) -> None:
        import pyqtgraph

        plot = self._plots["participants"]
        plot.clear()
        legend = self._legend(plot, columns=len(SUMMARY_CATEGORIES))
        figures = snapshot.budget.participants
        base = [0.0] * len(figures)
        for category in SUMMARY_CATEGORIES:
            heights = [_float(f.costs[category]) for f in figures]
            if not any(heights):
                continue
            bars = pyqtgraph.BarGraphItem(x=list(range(len(figures))), height=heights, y0=base,
                                          width=0.6, brush=CATEGORY_COLOURS[category],
                                          pen=pyqtgraph.mkPen("w", width=0.5))
            plot.addItem(bars)
            legend.addItem(bars, category)
            base = [b + h for b, h in zip(base, heights)]
        self._category_axis(plot, [f"P{f.number}" for f in figures])
        self._money_axis(plot, max(base, default=0.0))
        self._note_if_empty(plot, not figures, self.tr("No participants yet"))

    def _contribution(self, snapshot: ProjectSnapshot) -> None:
        import pyqtgraph

        plot = self._plots["contribution"]
        plot.clear()
        legend = self._legend(plot, columns=2)
        figures = snapshot.budget.participants
        positions = list(range(len(figures)))
        eu = pyqtgraph.BarGraphItem(x=[p - 0.18 for p in positions], width=0.34,
                                    height=[_float(f.eu_contribution) for f in figures],
                                    brush=EU_COLOUR, pen=None)
        own = pyqtgraph.BarGraphItem(x=[p + 0.18 for p in positions], width=0.34,
                                     height=[_float(f.own_contribution) for f in figures],
                                     brush=OWN_COLOUR, pen=None)
        plot.addItem(eu)
        plot.addItem(own)
        legend.addItem(eu, self.tr("EU contribution"))
        legend.addItem(own, self.tr("Own contribution"))
        self._category_axis(plot, [f"P{f.number}" for f in figures])
        self._money_axis(plot, max((_float(max(f.eu_contribution, f.own_contribution))
                                    for f in figures), default=0.0))
        self._note_if_empty(plot, not figures, self.tr("No participants yet"))

    def _grouped(self, snapshot: ProjectSnapshot, key: str) -> None:
        import pyqtgraph

        plot = self._plots[key]
        plot.clear()
        budget = {b.number: b for b in snapshot.budget.participants}
        totals: dict[str, Decimal] = {}
        for participant in snapshot.participants:
            if key == "countries":
                group = participant.organisation.country or "?"
            else:
                category = participant.region_category.category
                group = (choices.label_of(choices.region_categories(), category)
                         if category else self.tr("Unknown"))
            totals[group] = totals.get(group, ZERO) + budget[participant.number].total_eligible
        labels = sorted(totals)
        plot.addItem(pyqtgraph.BarGraphItem(
            x=list(range(len(labels))), height=[_float(totals[label]) for label in labels],
            width=0.6, brush=BAR_COLOUR, pen=None))
        self._category_axis(plot, labels)
        self._money_axis(plot, max((_float(v) for v in totals.values()), default=0.0), legend=False)
        self._note_if_empty(plot, not totals, self.tr("No participants yet"))

    def _effort(self, snapshot: ProjectSnapshot) -> None:
        import pyqtgraph

        plot = self._plots["effort"]
        plot.clear()
        months = {w.number: w.person_months for w in snapshot.budget.work_packages
                  if w.number is not None}
        work_packages = snapshot.work_packages
        plot.addItem(pyqtgraph.BarGraphItem(
            x=list(range(len(work_packages))),
            height=[_float(months.get(w.number, ZERO)) for w in work_packages],
            width=0.6, brush=BAR_COLOUR, pen=None))
        self._category_axis(plot, [f"WP{w.number}" for w in work_packages])
        plot.setLabel("left", self.tr("person-months"))
        plot.showGrid(y=True, alpha=0.25)
        highest = max((_float(months.get(w.number, ZERO)) for w in work_packages), default=0.0)
        plot.setYRange(0, highest * 1.05 or 1, padding=0)  # never below zero, even when all are
        self._note_if_empty(plot, not work_packages, self.tr("No work packages yet"))

    def _gantt(self, snapshot: ProjectSnapshot) -> None:
        import pyqtgraph

        plot = self._plots["gantt"]
        plot.clear()
        legend = self._legend(plot, columns=2, offset=(-10, 4))
        duration = snapshot.project.duration_months
        rows: list[tuple[str, int, int, bool]] = [(self.tr("Milestones"), 0, 0, False)]
        deliverable_points: list[tuple[float, int]] = []
        for wp in snapshot.work_packages:
            wp_row = len(rows)
            rows.append((_short(f"WP{wp.number} {wp.title}"), wp.start_month, wp.end_month,
                         True))
            for task in wp.tasks:
                rows.append((_short(f"   T{wp.number}.{task.number} {task.title}"),
                             task.start_month, task.end_month, False))
            deliverable_points += [(d.due_month - 0.5, wp_row) for d in wp.deliverables]
        for position, (_label, start, end, is_wp) in enumerate(rows):
            if position == 0:
                continue
            plot.addItem(pyqtgraph.BarGraphItem(
                x0=[start - 1], x1=[end], y=[position], height=0.6 if is_wp else 0.4,
                brush=WP_COLOUR if is_wp else TASK_COLOUR, pen=None))
        if deliverable_points:
            deliverables = pyqtgraph.ScatterPlotItem(
                x=[x for x, _ in deliverable_points], y=[y for _, y in deliverable_points],
                symbol="t", size=11, brush=DELIVERABLE_COLOUR, pen=pyqtgraph.mkPen("w"))
            plot.addItem(deliverables)
            legend.addItem(deliverables, self.tr("Deliverable"))
        if snapshot.milestones:
            milestones = pyqtgraph.ScatterPlotItem(
                x=[m.due_month - 0.5 for m in snapshot.milestones],
                y=[0] * len(snapshot.milestones),
                symbol="d", size=13, brush=MILESTONE_COLOUR, pen=pyqtgraph.mkPen("w"))
            plot.addItem(milestones)
            legend.addItem(milestones, self.tr("Milestone"))
        today = month_of(snapshot.project.start_date, self.today, duration)
        if today is not None:
            line = pyqtgraph.InfiniteLine(
                pos=today - 0.5, angle=90,
                pen=pyqtgraph.mkPen(TODAY_COLOUR, width=2, style=Qt.PenStyle.DashLine),
                label=self.tr("today (M{month})").format(month=today),
                labelOpts={"position": 0.97, "color": TODAY_COLOUR})
            plot.addItem(line)
        left = plot.getAxis("left")
        left.setTicks([[(position, row[0]) for position, row in enumerate(rows)]])
        step = 3 if duration <= 36 else 6
        bottom = plot.getAxis("bottom")
        bottom.setTicks([
            [(month - 0.5, f"M{month}") for month in range(step, duration + 1, step)],
            [(month - 0.5, "") for month in range(1, duration + 1)],
        ])
        plot.showGrid(x=True, alpha=0.2)
        plot.getPlotItem().invertY(True)
        plot.setXRange(0, duration, padding=0.01)
        plot.setYRange(-1.5, len(rows) - 0.4, padding=0)  # a free band on top for the legend
        plot.setMinimumHeight(max(420, 26 * len(rows) + 80))
