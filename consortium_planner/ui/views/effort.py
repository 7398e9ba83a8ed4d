"""The effort matrix: person-months per participant and work package, with row and column totals
and the personnel cost they imply (person-months x monthly personnel cost)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from consortium_planner.domain.budget import personnel_from_effort
from consortium_planner.domain.money import ZERO
from consortium_planner.ui.commands import EffortCommand
from consortium_planner.ui.delegates import parse_months_text
from consortium_planner.ui.formatting import money_text, months_text
from consortium_planner.ui.table_model import Column, Editor, RecordTableModel
from consortium_planner.ui.table_section import PasteCell, TableSection
from consortium_planner.ui.views.base import Page
from consortium_planner.ui.widgets import plain_label

if TYPE_CHECKING:
    from consortium_planner.app import AppContext
    from consortium_planner.domain.project import ProjectSnapshot
    from consortium_planner.services.editing import Changes

translate = QCoreApplication.translate


@dataclass(frozen=True)
class EffortRow:
    id: int | None  # participant id; None for the total row
    label: str
    legal_name: str
    efforts: dict[int, Decimal]  # work package id -> person-months
    monthly_cost: Decimal | None

    @property
    def total(self) -> Decimal:
        return sum(self.efforts.values(), ZERO)


def effort_rows(snapshot: ProjectSnapshot) -> tuple[list[EffortRow], EffortRow]:
    wp_ids = {w.number: w.id for w in snapshot.work_packages}
    cells: dict[int, dict[int, Decimal]] = {p.number: {} for p in snapshot.participants}
    for effort in snapshot.efforts:
        cells[effort.participant][wp_ids[effort.work_package]] = effort.person_months
    rows = [
        EffortRow(p.id, f"P{p.number} {p.short_name}", p.organisation.legal_name,
                  cells[p.number], p.monthly_personnel_cost)
        for p in snapshot.participants
    ]
    totals: dict[int, Decimal] = {}
    for row in rows:
        for wp_id, months in row.efforts.items():
            totals[wp_id] = totals.get(wp_id, ZERO) + months
    return rows, EffortRow(None, translate("EffortPage", "Total"), "", totals, None)


def personnel_cost(row: EffortRow, rows: list[EffortRow]) -> Decimal:
    """What the row's effort costs, rounded per cell as the budget engine does."""
    if row.id is not None:
        assert row.monthly_cost is not None
        return sum((personnel_from_effort(m, row.monthly_cost) for m in row.efforts.values()),
                   ZERO)
    return sum((personnel_cost(r, rows) for r in rows), ZERO)


class EffortPage(Page):
    title = "Effort matrix"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._rows: list[EffortRow] = []
        self.model = RecordTableModel([], row_id=lambda r: r.id, parent=self)
        self.model.on_edit = self.edit
        self.table = TableSection("effort",
                                  self.tr("Person-months per participant and work package"),
                                  self.model, context.settings, paste=self.paste, parent=self,
                                  empty_hint=self.tr(
                                      "No participants yet: add them on the Consortium page and "
                                      "work packages on the Work plan page, then type their "
                                      "person-months here."))
        self.table.refused.connect(context.user_error)
        self.table.view.horizontalHeader().setMinimumSectionSize(64)  # room to type in a cell
        self.note = plain_label(
            self.tr("Type person-months in the cells (2,5 or 2.5); an empty cell or 0 means "
                    "none. Personnel cost = person-months x the participant's monthly personnel "
                    "cost."),
            self, wrap=True,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        self._wp_keys: list[int] = []

    def relevant(self, changes: Changes) -> bool:
        return changes.effort or changes.participants or changes.work_plan or changes.budget

    def reload(self) -> None:
        assert self.project_id is not None
        snapshot = self.context.snapshot(self.project_id)
        rows, total = effort_rows(snapshot)
        self._rows = rows
        wp_keys = [(w.id, w.number, w.title) for w in snapshot.work_packages]
        if [k[0] for k in wp_keys] != self._wp_keys or not self.model.columns:
            self._wp_keys = [k[0] for k in wp_keys]
            self.model.beginResetModel()
            self.model.columns = self._columns(wp_keys)
            self.model.rows = []
            self.model.total_row = None
            self.model.endResetModel()
        self.model.set_rows(rows, total)
        self.table.fit_columns_once()

    def _columns(self, work_packages: list[tuple[int, int, str]]) -> list[Column]:
        columns = [Column("", self.tr("Participant"), lambda r: r.label,
                          tooltip=lambda r: r.legal_name,
                          width=170)]
        for wp_id, number, title in work_packages:
            columns.append(Column(
                f"wp:{wp_id}", f"WP{number}", lambda r, wp_id=wp_id: r.efforts.get(wp_id),
                text=lambda r, wp_id=wp_id: months_text(r.efforts.get(wp_id)),
                editor=Editor("decimal"), numeric=True, width=70,
                tooltip=lambda _r, number=number, title=title: f"WP{number} {title}",
            ))
        columns.append(Column("", self.tr("Total"), lambda r: r.total,
                              text=lambda r: months_text(r.total),
                              numeric=True, width=80))
        columns.append(Column("", self.tr("Personnel cost"), lambda r: personnel_cost(r,
                                                                                      self._rows),
                              text=lambda r: money_text(personnel_cost(r, self._rows)),
                              numeric=True, width=130))
        return columns

    def sections(self) -> list[TableSection]:
        return [self.table]

    def edit(self, row: EffortRow, column: Column, value: Any) -> bool:
        wp_id = int(column.key.removeprefix("wp:"))
        return self.context.execute(
            EffortCommand(self.context, [(row.id, wp_id, value)],
                          self.tr("Effort of {participant} in {work_package}").format(
                              participant=row.label, work_package=column.title))
        )

    def paste(self, cells: list[PasteCell]) -> None:
        values = []
        for row, column, text in cells:
            try:
                months = parse_months_text(text)
            except ValueError as error:
                self.context.user_error.emit(
                    self.tr("Nothing was pasted: {participant}, {work_package}: {error}").format(
                        participant=row.label, work_package=column.title, error=error)
                )
                return
            values.append((row.id, int(column.key.removeprefix("wp:")), months))
        if values:
            self.context.execute(EffortCommand(
                self.context, values, self.tr("Paste %n effort cell(s)", "", len(values))))

    def select(self, kind: str, row_id: int) -> bool:
        return kind == "participant" and self.table.select_row_id(row_id)
