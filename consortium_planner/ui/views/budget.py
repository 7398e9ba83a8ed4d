"""The budget: per participant and category with computed indirect costs (E), totals, funding
rate, EU and own contribution; the cost lines behind it; and totals per work package, country
and region category. Every figure comes from `snapshot.budget`, so it agrees with the exports."""

from __future__ import annotations

import itertools
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QSplitter, QTabWidget, QVBoxLayout, QWidget

from consortium_planner.domain.money import ZERO
from consortium_planner.domain.vocab import SUMMARY_CATEGORIES, CostCategory
from consortium_planner.services.errors import UserError
from consortium_planner.ui import choices
from consortium_planner.ui.commands import AddCommand
from consortium_planner.ui.formatting import money_text, months_text, rate_text, share_text
from consortium_planner.ui.table_model import Column, Editor, RecordTableModel
from consortium_planner.ui.table_section import TableSection
from consortium_planner.ui.views.base import Page, RowEditing

if TYPE_CHECKING:
    from consortium_planner.app import AppContext
    from consortium_planner.domain.project import CostInfo, ProjectSnapshot
    from consortium_planner.services.editing import Changes, RowToAdd

translate = QCoreApplication.translate


def category_titles() -> dict[str, str]:
    """The summary categories' short column titles."""
    return {"A": translate("BudgetPage", "A Personnel"),
            "B": translate("BudgetPage", "B Subcontr."),
            "C1": translate("BudgetPage", "C.1 Travel"),
            "C2": translate("BudgetPage", "C.2 Equipm."),
            "C3": translate("BudgetPage", "C.3 Goods"),
            "D": translate("BudgetPage", "D incl. D.1"),  # the Per work package tab splits it
            "E": translate("BudgetPage", "E Indirect")}


def category_tooltips() -> dict[str, str]:
    """The summary categories' full names, for the column headers' tooltips."""
    return {"A": translate("BudgetPage", "A. Personnel"),
            "B": translate("BudgetPage", "B. Subcontracting"),
            "C1": translate("BudgetPage", "C.1 Travel and subsistence"),
            "C2": translate("BudgetPage", "C.2 Equipment"),
            "C3": translate("BudgetPage", "C.3 Other goods, works and services"),
            "D": translate("BudgetPage", "D. Other cost categories (D.1 financial support to "
                           "third parties and other D lines)"),
            "E": translate("BudgetPage", "E. Indirect costs: the call profile's flat rate on "
                           "its base")}


def entered_titles() -> dict[CostCategory, str]:
    """The entered cost categories' column titles."""
    return {CostCategory.A: translate("BudgetPage", "A Personnel"),
            CostCategory.B: translate("BudgetPage", "B Subcontracting"),
            CostCategory.C1: translate("BudgetPage", "C.1 Travel"),
            CostCategory.C2: translate("BudgetPage", "C.2 Equipment"),
            CostCategory.C3: translate("BudgetPage", "C.3 Other goods"),
            CostCategory.D1: translate("BudgetPage", "D.1 Third parties"),
            CostCategory.D: translate("BudgetPage", "D Other")}


@dataclass(frozen=True)
class FigureRow:
    """One line of a summary table: a label and named amounts."""

    id: Any
    label: str
    amounts: dict[str, Decimal] = field(default_factory=dict)
    tooltip: str = ""

    def amount(self, key: str) -> Decimal | None:
        return self.amounts.get(key)


def _money(key: str, title: str, width: int = 100, tooltip: str = "") -> Column:
    return Column("", title, lambda r: r.amount(key), text=lambda r: money_text(r.amount(key)),
                  numeric=True, width=width, header_tooltip=tooltip)


def participant_budget_columns() -> list[Column]:
    titles, tooltips = category_titles(), category_tooltips()
    return [
        Column("", translate("BudgetPage", "Participant"), lambda r: r.label,
               tooltip=lambda r: r.tooltip, width=120),
        *(_money(category, titles[category], 92, tooltips[category])
          for category in SUMMARY_CATEGORIES),
        _money("total_eligible", translate("BudgetPage", "Total eligible"), 102),
        Column("", translate("BudgetPage", "Rate"), lambda r: r.amount("funding_rate"),
               text=lambda r: rate_text(r.amount("funding_rate")), numeric=True, width=58,
               header_tooltip=translate("BudgetPage", "Funding rate (for the total: EU "
                                        "contribution / total eligible)")),
        _money("eu_contribution", translate("BudgetPage", "EU contribution"), 102),
        _money("own_contribution", translate("BudgetPage", "Own contribution"), 102),
    ]


def participant_budget_rows(snapshot: ProjectSnapshot) -> tuple[list[FigureRow], FigureRow]:
    budget = snapshot.budget
    names = {p.number: p for p in snapshot.participants}
    rows = []
    for figures in budget.participants:
        participant = names[figures.number]
        amounts = dict(figures.costs)
        amounts.update(total_eligible=figures.total_eligible, funding_rate=figures.funding_rate,
                       eu_contribution=figures.eu_contribution,
                       own_contribution=figures.own_contribution,
                       person_months=figures.person_months)
        rows.append(FigureRow(participant.id, f"P{figures.number} {participant.short_name}",
                              amounts, participant.organisation.legal_name))
    totals = dict(budget.totals)
    total_eligible = totals.get("total_eligible", ZERO)
    if total_eligible:
        totals["funding_rate"] = (totals["eu_contribution"] / total_eligible).quantize(
            Decimal("0.0001"))
    return rows, FigureRow(None, translate("BudgetPage", "Total"), totals)


def work_package_rows(snapshot: ProjectSnapshot) -> tuple[list[FigureRow], FigureRow]:
    titles = {w.number: w.title for w in snapshot.work_packages}
    rows = []
    totals: dict[str, Decimal] = defaultdict(lambda: ZERO)
    for figures in snapshot.budget.work_packages:
        amounts = dict(figures.costs)
        amounts.update(person_months=figures.person_months, direct=figures.direct_costs)
        for key, value in amounts.items():
            totals[key] += value
        label = (f"WP{figures.number} {titles.get(figures.number, '')}".strip()
                 if figures.number is not None else translate("BudgetPage", "No work package"))
        rows.append(FigureRow(figures.number or 0, label, amounts))
    return rows, FigureRow(None, translate("BudgetPage", "Total"), dict(totals))


def work_package_columns() -> list[Column]:
    return [
        Column("", translate("BudgetPage", "Work package"), lambda r: r.label, width=220),
        Column("", translate("BudgetPage", "Person-months"), lambda r: r.amount("person_months"),
               text=lambda r: months_text(r.amount("person_months")), numeric=True, width=90),
        *(_money(category.value, title) for category, title in entered_titles().items()),
        _money("direct", translate("BudgetPage", "Direct costs"), 120),
    ]


def grouped_rows(snapshot: ProjectSnapshot, key: str) -> tuple[list[FigureRow], FigureRow]:
    """Totals by country or by region category of the participants."""
    budget = {b.number: b for b in snapshot.budget.participants}
    groups: dict[str, dict[str, Decimal]] = {}
    members: dict[str, list[str]] = defaultdict(list)
    for participant in snapshot.participants:
        if key == "country":
            group = participant.organisation.country or "?"
        else:
            group = participant.region_category.category or "unknown"
        figures = budget[participant.number]
        amounts = groups.setdefault(group, defaultdict(lambda: ZERO))
        amounts["participants"] += 1
        amounts["total_eligible"] += figures.total_eligible
        amounts["eu_contribution"] += figures.eu_contribution
        amounts["person_months"] += figures.person_months
        members[group].append(f"P{participant.number} {participant.short_name}")
    grand = snapshot.budget.totals.get("total_eligible", ZERO)
    rows = []
    for group, amounts in sorted(groups.items()):
        if grand:
            amounts["share"] = (amounts["total_eligible"] / grand).quantize(Decimal("0.0001"))
        label = (f"{group} – {choices.country_name(group)}" if key == "country"
                 else choices.label_of(choices.region_categories(),
                                       group) or translate("BudgetPage", "Unknown"))
        rows.append(FigureRow(group, label, dict(amounts), ", ".join(members[group])))
    totals = {
        "participants": Decimal(len(snapshot.participants)),
        "total_eligible": grand,
        "eu_contribution": snapshot.budget.totals.get("eu_contribution", ZERO),
        "person_months": snapshot.budget.totals.get("person_months", ZERO),
        "share": Decimal(1) if grand else ZERO,
    }
    return rows, FigureRow(None, translate("BudgetPage", "Total"), totals)


def grouped_columns(title: str) -> list[Column]:
    return [
        Column("", title, lambda r: r.label, tooltip=lambda r: r.tooltip, width=220),
        Column("", translate("BudgetPage", "Participants"), lambda r: r.amount("participants"),
               text=lambda r: str(int(r.amount("participants") or 0)), numeric=True, width=90),
        Column("", translate("BudgetPage", "Person-months"), lambda r: r.amount("person_months"),
               text=lambda r: months_text(r.amount("person_months")), numeric=True, width=90),
        _money("total_eligible", translate("BudgetPage", "Total eligible"), 130),
        Column("", translate("BudgetPage", "Share"), lambda r: r.amount("share"),
               text=lambda r: share_text(r.amount("share")), numeric=True, width=70),
        _money("eu_contribution", translate("BudgetPage", "EU contribution"), 130),
    ]


@dataclass(frozen=True)
class CostRow:
    cost: CostInfo
    participant_label: str
    work_package_id: int | None

    @property
    def id(self) -> int:
        return self.cost.id


def cost_columns(page: BudgetPage) -> list[Column]:
    return [
        Column("", translate("BudgetPage", "Participant"), lambda r: r.participant_label,
               width=140),
        Column("category", translate("BudgetPage", "Category"), lambda r: r.cost.category,
               text=lambda r: choices.label_of(choices.cost_categories(), r.cost.category),
               editor=Editor("choice", choices=lambda _r: choices.cost_categories()), width=200),
        Column("work_package_id", translate("BudgetPage", "Work package"),
               lambda r: r.work_package_id,
               text=lambda r: choices.label_of(page.work_package_choices, r.work_package_id),
               editor=Editor("choice", choices=lambda _r: page.work_package_choices,
                             optional=True), width=150),
        Column("description", translate("BudgetPage", "Description"), lambda r: r.cost.description,
               editor=Editor("text"), width=260),
        Column("quantity", translate("BudgetPage", "Quantity"), lambda r: r.cost.quantity,
               text=lambda r: months_text(r.cost.quantity),
               editor=Editor("decimal", optional=True), numeric=True, width=70),
        Column("unit_cost", translate("BudgetPage", "Unit cost"), lambda r: r.cost.unit_cost,
               text=lambda r: money_text(r.cost.unit_cost),
               editor=Editor("money", optional=True), numeric=True, width=110),
        Column("amount", translate("BudgetPage", "Amount"), lambda r: r.cost.amount,
               text=lambda r: money_text(r.cost.amount),
               editor=Editor("money"), numeric=True, width=120),
    ]



def choose_participant() -> str:
    return translate("BudgetPage", "Choose the participant first (in the list above the cost "
                     "lines).")


class BudgetPage(Page):
    title = "Budget"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.work_package_choices: list[tuple[str, Any]] = []
        settings = context.settings
        self.participants_model = RecordTableModel(participant_budget_columns(),
                                                   row_id=lambda r: r.id, parent=self)
        self.participants_table = TableSection("budget_participants",
                                               self.tr("Budget per participant"),
                                               self.participants_model, settings, parent=self)
        self.participants_table.activated.connect(
            lambda _index: self._participant_chosen(self.participants_table.current_row()))

        self.cost_model = RecordTableModel(cost_columns(self), row_id=lambda r: r.id, parent=self)
        self.cost_editing = RowEditing(context, "cost_item",
                                       lambda r: self.tr("cost line of {participant}").format(
                                           participant=r.participant_label),
                                       place=self._place_cost_line)
        self.cost_table = TableSection("budget_costs", self.tr("Cost lines"), self.cost_model,
                                       settings, add=self.add_cost_line,
                                       add_text=self.tr("Add cost line"),
                                       remove=self.cost_editing.remove,
                                       paste=self.cost_editing.paste, parent=self,
                                       empty_hint=self.tr(
                                           "No cost lines yet. Add cost line for travel, "
                                           "equipment, subcontracting and other costs; "
                                           "personnel costs (A) come from the Effort matrix."))
        self.cost_editing.bind(self.cost_table)
        self.participant_filter = QComboBox(self)
        self.participant_filter.setAccessibleName(self.tr("Show the cost lines of"))
        self.participant_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.participant_filter.currentIndexChanged.connect(lambda _i: self._fill_costs())
        self.cost_table.buttons.insertWidget(0, self.participant_filter)

        self.wp_model = RecordTableModel(work_package_columns(), row_id=lambda r: r.id, parent=self)
        self.wp_table = TableSection("budget_wps", self.tr("Direct costs per work package"),
                                     self.wp_model, settings, parent=self)
        self.country_model = RecordTableModel(grouped_columns(self.tr("Country")),
                                              row_id=lambda r: r.id,
                                              parent=self)
        self.country_table = TableSection("budget_countries", self.tr("Per country"),
                                          self.country_model,
                                          settings, parent=self)
        self.region_model = RecordTableModel(grouped_columns(self.tr("Region category")),
                                             row_id=lambda r: r.id, parent=self)
        self.region_table = TableSection("budget_regions", self.tr("Per region category"),
                                         self.region_model, settings, parent=self)

        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Budget details"))
        self.tabs.addTab(self.cost_table, self.tr("Cost lines"))
        self.tabs.addTab(self.wp_table, self.tr("Per work package"))
        self.tabs.addTab(self.country_table, self.tr("Per country"))
        self.tabs.addTab(self.region_table, self.tr("Per region category"))
        # Tab follows the screen: the tabs, then the cost lines' participant list, buttons,
        # search and table (the list, made after its section, came after the table)
        costs = self.cost_table
        chain = [self.tabs.tabBar(), self.participant_filter, costs.add_button,
                 costs.remove_button, costs.search, costs.view]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.participants_table)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setObjectName("budget_splitter")
        state = settings.value("splitters/budget")
        if state is None or not self.splitter.restoreState(state):
            self.splitter.setSizes([300, 500])
        self.splitter.splitterMoved.connect(
            lambda *_: settings.setValue("splitters/budget", self.splitter.saveState())
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self._snapshot: ProjectSnapshot | None = None

    def relevant(self, changes: Changes) -> bool:
        return (changes.budget or changes.effort or changes.participants or changes.project
                or changes.work_plan or changes.directory)

    def reload(self) -> None:
        assert self.project_id is not None
        snapshot = self.context.snapshot(self.project_id)
        self._snapshot = snapshot
        self.work_package_choices = [(f"WP{w.number} {w.title}".strip(), w.id)
                                     for w in snapshot.work_packages]
        self.participants_model.set_rows(*participant_budget_rows(snapshot))
        self.wp_model.set_rows(*work_package_rows(snapshot))
        self.country_model.set_rows(*grouped_rows(snapshot, "country"))
        self.region_model.set_rows(*grouped_rows(snapshot, "region"))
        for table in (self.participants_table, self.wp_table, self.country_table,
                      self.region_table):
            table.fit_columns_once()
        current = self.participant_filter.currentData()
        self.participant_filter.blockSignals(True)
        self.participant_filter.clear()
        self.participant_filter.addItem(self.tr("All participants"), None)
        for participant in snapshot.participants:
            self.participant_filter.addItem(f"P{participant.number} {participant.short_name}",
                                            participant.id)
        self.participant_filter.setCurrentIndex(max(self.participant_filter.findData(current), 0))
        self.participant_filter.blockSignals(False)
        self._fill_costs()

    def _fill_costs(self) -> None:
        snapshot = self._snapshot
        if snapshot is None:
            return
        chosen = self.participant_filter.currentData()
        by_number = {p.number: p for p in snapshot.participants}
        wp_ids = {w.number: w.id for w in snapshot.work_packages}
        rows = [
            CostRow(cost, f"P{cost.participant} {by_number[cost.participant].short_name}",
                    wp_ids.get(cost.work_package) if cost.work_package else None)
            for cost in snapshot.costs
            if chosen is None or by_number[cost.participant].id == chosen
        ]
        self.cost_model.set_rows(rows)

    def _participant_chosen(self, row: FigureRow | None) -> None:
        if row is not None and row.id is not None:
            self.participant_filter.setCurrentIndex(
                max(self.participant_filter.findData(row.id), 0))

    def sections(self) -> list[TableSection]:
        return [self.cost_table, self.participants_table, self.wp_table, self.country_table,
                self.region_table]

    def select(self, kind: str, row_id: int) -> bool:
        if kind == "participant":
            return self.participants_table.select_row_id(row_id)
        return False

    def _cost_participant(self) -> int | None:
        """Whose cost line an added line is: the participant shown, else the current line's,
        else the one selected in the budget per participant."""
        participant_id = self.participant_filter.currentData()
        cost = self.cost_table.current_row()
        if participant_id is None and cost is not None and self._snapshot is not None:
            owner = self._snapshot.participant(cost.cost.participant)
            participant_id = owner.id if owner is not None else None
        if participant_id is None:
            row = self.participants_table.current_row()
            participant_id = row.id if row is not None else None
        return participant_id

    def _place_cost_line(self, values: dict[str, Any]) -> RowToAdd:
        """A pasted cost line belongs to the participant shown."""
        from consortium_planner.services.editing import RowToAdd

        participant_id = self._cost_participant()
        if participant_id is None:
            raise UserError(choose_participant())
        return RowToAdd(participant_id, {"category": "C1", **values})

    def add_cost_line(self) -> None:
        participant_id = self._cost_participant()
        if participant_id is None:
            self.context.user_error.emit(choose_participant())
            return
        command = AddCommand(
            self.context, "cost_item",
            lambda service: service.add_cost_item(participant_id, {"category": "C1",
                                                                   "amount": "0"}),
            self.tr("Add cost line"),
        )
        if self.context.execute(command):
            self.refresh()
            self.tabs.setCurrentWidget(self.cost_table)
            self.cost_table.select_row_id(command.created_id, "description", edit=True)
