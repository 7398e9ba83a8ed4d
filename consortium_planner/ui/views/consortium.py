"""The consortium: a project's participants with role, personnel cost, region category, funding
rate (and their overrides) and what each one's effort and costs add up to."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from consortium_planner.domain.budget import ParticipantBudget
from consortium_planner.domain.project import ParticipantInfo
from consortium_planner.ui import choices
from consortium_planner.ui.commands import NumbersCommand, UpdateCommand
from consortium_planner.ui.dialogs import OverrideDialog
from consortium_planner.ui.formatting import money_text, months_text, rate_text
from consortium_planner.ui.partner_finder import PartnerFinder
from consortium_planner.ui.table_model import Column, Editor, RecordTableModel
from consortium_planner.ui.table_section import TableSection
from consortium_planner.ui.views.base import Page, RowEditing
from consortium_planner.ui.views.directory import add_participants

if TYPE_CHECKING:
    from consortium_planner.app import AppContext
    from consortium_planner.services.editing import Changes


@dataclass(frozen=True)
class ParticipantRow:
    info: ParticipantInfo
    figures: ParticipantBudget | None

    @property
    def id(self) -> int:
        return self.info.id

    def figure(self, name: str) -> Decimal | None:
        return getattr(self.figures, name) if self.figures is not None else None


MISSING_COLOUR = "#b00020"

translate = QCoreApplication.translate


def _region_category_text(row: ParticipantRow) -> str:
    category = row.info.region_category.category
    if not category:
        return "⚠ " + translate("ConsortiumPage", "Unknown")
    text = choices.label_of(choices.region_categories(), category)
    return translate("ConsortiumPage", "{category} (override)").format(category=text) \
        if row.info.region_category_override else text


def _region_category_tooltip(row: ParticipantRow) -> str:
    """Where the category came from; for a missing one, what to do about it."""
    info = row.info.region_category
    if info.category:
        return translate("ConsortiumPage",
                         "Source: {source}").format(source=info.source) if info.source else ""
    region = row.info.organisation.nuts2
    if not region:
        return translate("ConsortiumPage", "No region is set for this organisation: set its NUTS 2 "
                         "region in the partner directory, or override the category "
                         "(Overrides…).")
    return translate("ConsortiumPage", "No known category for {region}: set it on the Regions page "
                     "with its source, or override it for this participant "
                     "(Overrides…).").format(region=region)


def _rate_tooltip(row: ParticipantRow) -> str:
    if row.info.funding_rate_override is not None:
        return translate("ConsortiumPage", "Overridden: {reason}").format(
            reason=row.info.funding_rate_override_reason)
    return translate("ConsortiumPage",
                     "From the call profile (double-click or Overrides… to override)")


def participant_columns() -> list[Column]:
    return [
        Column("number", translate("ConsortiumPage", "No."), lambda r: r.info.number,
               text=lambda r: f"P{r.info.number}",
               editor=Editor("integer", minimum=1), numeric=True, width=50),
        Column("", translate("ConsortiumPage", "Participant"), lambda r: r.info.short_name,
               tooltip=lambda r: r.info.organisation.legal_name, width=120),
        Column("", translate("ConsortiumPage", "Legal name"),
               lambda r: r.info.organisation.legal_name, width=190),
        Column("", translate("ConsortiumPage", "Country"), lambda r: r.info.organisation.country,
               tooltip=lambda r: choices.country_name(r.info.organisation.country), width=60),
        Column("", translate("ConsortiumPage", "Region"), lambda r: r.info.organisation.nuts2,
               tooltip=lambda r: choices.region_name(r.info.organisation.nuts2), width=60),
        Column("region_category", translate("ConsortiumPage", "Region category"),
               lambda r: r.info.region_category.category,
               text=_region_category_text, tooltip=_region_category_tooltip,
               foreground=lambda r: None if r.info.region_category.category else MISSING_COLOUR,
               width=115),
        Column("", translate("ConsortiumPage", "Type"), lambda r: r.info.organisation.org_type,
               text=lambda r: choices.label_of(choices.org_types(), r.info.organisation.org_type),
               width=120),
        Column("role", translate("ConsortiumPage", "Role"), lambda r: r.info.role,
               text=lambda r: choices.label_of(choices.roles(), r.info.role),
               editor=Editor("choice", choices=lambda _r: choices.roles()), width=100),
        Column("monthly_personnel_cost", translate("ConsortiumPage", "Monthly cost"),
               lambda r: r.info.monthly_personnel_cost,
               text=lambda r: money_text(r.info.monthly_personnel_cost),
               editor=Editor("money"), numeric=True, width=95,
               header_tooltip=translate("ConsortiumPage",
                                        "Monthly personnel cost: what one person-month costs")),
        Column("funding_rate", translate("ConsortiumPage", "Funding rate"),
               lambda r: r.info.funding_rate,
               text=lambda r: rate_text(r.info.funding_rate)
               + (" *" if r.info.funding_rate_override is not None else ""),
               tooltip=_rate_tooltip, numeric=True, width=80),
        Column("", translate("ConsortiumPage", "PM"), lambda r: r.figure("person_months"),
               text=lambda r: months_text(r.figure("person_months")), numeric=True, width=60,
               header_tooltip=translate("ConsortiumPage", "Person-months")),
        Column("", translate("ConsortiumPage", "Total eligible"),
               lambda r: r.figure("total_eligible"),
               text=lambda r: money_text(r.figure("total_eligible")), numeric=True, width=110),
        Column("", translate("ConsortiumPage", "EU contribution"),
               lambda r: r.figure("eu_contribution"),
               text=lambda r: money_text(r.figure("eu_contribution")), numeric=True, width=120),
    ]


class ConsortiumPage(Page):
    title = "Consortium"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = RecordTableModel(participant_columns(), row_id=lambda r: r.id, parent=self)
        self.editing = RowEditing(
            context, "participant", lambda r: f"P{r.info.number} {r.info.short_name}"
        )
        self.table = TableSection(
            "consortium", self.tr("Participants"), self.model, context.settings,
            add=self.add_participants, add_text=self.tr("Add participants…"),
            remove=self.editing.remove, paste=self.editing.paste, parent=self,
            empty_hint=self.tr("No participants yet. Add participants… finds organisations in "
                               "the partner directory and proposes what the call's checks say "
                               "the consortium lacks."),
        )
        self.editing.bind(self.table)
        self.overrides_button = self.table.add_action_button(self.tr("Overrides…"),
                                                              self.edit_overrides)
        self.renumber_button = self.table.add_action_button(self.tr("Renumber"), self.renumber)
        self.table.activated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)

    def relevant(self, changes: Changes) -> bool:
        return changes.participants or changes.budget or changes.directory or changes.project

    def reload(self) -> None:
        assert self.project_id is not None
        snapshot = self.context.snapshot(self.project_id)
        figures = {b.number: b for b in snapshot.budget.participants}
        self.model.set_rows(
            [ParticipantRow(p, figures.get(p.number)) for p in snapshot.participants]
        )

    def sections(self) -> list[TableSection]:
        return [self.table]

    def apply_read_only(self, read_only: bool) -> None:
        super().apply_read_only(read_only)
        self.overrides_button.setEnabled(not read_only)
        self.renumber_button.setEnabled(not read_only)

    def select(self, kind: str, row_id: int) -> bool:
        return kind == "participant" and self.table.select_row_id(row_id)

    def add_participants(self) -> None:
        """The partner finder: the directory's search, not yet in the project, gaps first."""
        assert self.project_id is not None
        finder = PartnerFinder(self.context, self.project_id, self)
        if finder.exec() == QDialog.DialogCode.Accepted and finder.chosen_ids():
            add_participants(self.context, self.project_id, finder.chosen_ids())

    def _activated(self, index: QModelIndex) -> None:
        """Enter or double-click on the funding rate or region category opens the overrides."""
        key = self.model.columns[self.table.proxy.mapToSource(index).column()].key
        if key in ("funding_rate", "region_category"):
            self.edit_overrides()

    def edit_overrides(self) -> None:
        row = self.table.current_row()
        if row is None or self.context.is_read_only(self.project_id):
            return
        dialog = OverrideDialog(row.info, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            values = dialog.values()
        except ValueError as error:
            self.context.user_error.emit(self.tr("Funding rate: {error}").format(error=error))
            return
        self.context.execute(UpdateCommand(
            self.context, "participant", [(row.id, values)],
            self.tr("Overrides of P{number} {name}").format(number=row.info.number,
                                                           name=row.info.short_name),
        ))

    def renumber(self) -> None:
        assert self.project_id is not None
        self.context.execute(NumbersCommand(
            self.context, "participant", None, self.tr("Renumber participants"),
            project_id=self.project_id
        ))
