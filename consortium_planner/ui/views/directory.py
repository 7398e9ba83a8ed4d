"""The partner directory: every organisation of the workspace, editable in place."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QVBoxLayout, QWidget

from consortium_planner.domain.project import OrganisationInfo
from consortium_planner.ui import choices
from consortium_planner.ui.commands import AddCommand
from consortium_planner.ui.formatting import menu_text, money_text
from consortium_planner.ui.table_model import Column, Editor, RecordTableModel
from consortium_planner.ui.table_section import TableSection
from consortium_planner.ui.views.base import Page, RowEditing

if TYPE_CHECKING:
    from consortium_planner.app import AppContext
    from consortium_planner.services.editing import Changes, RowToAdd


def _text_column(key: str, title: str, width: int = 0) -> Column:
    return Column(key, title, lambda o, key=key: getattr(o, key) or "", editor=Editor("text"),
                  width=width)


def organisation_columns(participations: dict[int, list[str]] | None = None) -> list[Column]:
    columns = [
        _text_column("short_name", "Short name", 110),
        _text_column("legal_name", "Legal name", 240),
        Column("org_type", "Type", lambda o: o.org_type,
               text=lambda o: choices.label_of(choices.org_types(), o.org_type),
               editor=Editor("choice", choices=lambda _o: choices.org_types()), width=150),
        Column("country", "Country", lambda o: o.country,
               text=lambda o: choices.label_of(choices.countries(), o.country),
               editor=Editor("choice", choices=lambda _o: choices.countries(), filterable=True,
                             optional=True), width=150),
        Column("nuts2", "Region", lambda o: o.nuts2,
               text=lambda o: choices.label_of(choices.regions(o.country), o.nuts2),
               editor=Editor("choice", choices=lambda o: choices.regions(o.country if o else ""),
                             filterable=True, optional=True), width=190),
        _text_column("pic", "PIC", 90),
        _text_column("vat", "VAT number", 120),
        Column("profit", "Profit-making", lambda o: o.profit,
               text=lambda o: choices.label_of(choices.PROFIT_CHOICES, o.profit),
               editor=Editor("choice", choices=lambda _o: choices.PROFIT_CHOICES, optional=True)),
        Column("staff_headcount", "Staff", lambda o: o.staff_headcount, editor=Editor("text"),
               numeric=True, width=60),
        Column("turnover", "Turnover", lambda o: o.turnover, text=lambda o: money_text(o.turnover),
               editor=Editor("money", optional=True), numeric=True, width=120),
        Column("balance_sheet", "Balance sheet", lambda o: o.balance_sheet,
               text=lambda o: money_text(o.balance_sheet),
               editor=Editor("money", optional=True), numeric=True, width=120),
        Column("sme_class", "SME class", lambda o: o.sme_class,
               text=lambda o: choices.label_of(choices.sme_classes(), o.sme_class),
               editor=Editor("choice", choices=lambda _o: choices.sme_classes(), optional=True)),
        _text_column("city", "City", 110),
        _text_column("postcode", "Postcode"),
        _text_column("address", "Address", 160),
        _text_column("website", "Website", 150),
        _text_column("contact_name", "Contact", 130),
        _text_column("email", "E-mail", 160),
        _text_column("phone", "Phone", 110),
        _text_column("clusters", "Clusters", 140),
    ]
    if participations is not None:
        columns.append(Column("", "Projects", lambda o: ", ".join(participations.get(o.id, []))))
    columns.append(_text_column("notes", "Notes", 200))
    return columns


class DirectoryPage(Page):
    title = "Partner directory"
    per_project = False

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._participations: dict[int, list[str]] = {}
        self.model = RecordTableModel(
            organisation_columns(self._participations), row_id=lambda o: o.id, parent=self
        )
        self.editing = RowEditing(
            context, "organisation", lambda o: o.short_name or o.legal_name,
            place=_place_organisation,
        )
        self.table = TableSection(
            "directory", "Partner directory", self.model, context.settings,
            add=self.add_organisation, add_text="Add organisation",
            remove=self.editing.remove, paste=self.editing.paste, parent=self,
        )
        self.editing.bind(self.table)
        self.add_to_project_menu = QMenu("Add to project", self)
        self.add_to_project_menu.aboutToShow.connect(self._fill_project_menu)
        self.table.extra_actions.append(self.add_to_project_menu.menuAction())
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)

    def relevant(self, changes: Changes) -> bool:
        return changes.directory or changes.projects or changes.participants

    def reload(self) -> None:
        self._participations.clear()
        self._participations.update(self.context.participations())
        self.model.set_rows(self.context.organisations())

    def sections(self) -> list[TableSection]:
        return [self.table]

    def select(self, kind: str, row_id: int) -> bool:
        return kind == "organisation" and self.table.select_row_id(row_id)

    def add_organisation(self) -> None:
        command = AddCommand(
            self.context, "organisation",
            lambda service: service.add_organisation({"legal_name": "New organisation"}),
            "Add organisation",
        )
        if self.context.execute(command):
            self.refresh()
            self.table.select_row_id(command.created_id, "legal_name", edit=True)

    def _fill_project_menu(self) -> None:
        self.add_to_project_menu.clear()
        for project in self.context.projects():
            action = QAction(menu_text(project.acronym), self.add_to_project_menu)
            action.triggered.connect(
                lambda _checked=False, project_id=project.id: self.add_selected_to(project_id)
            )
            action.setEnabled(not self.context.read_only)
            self.add_to_project_menu.addAction(action)
        if not self.add_to_project_menu.actions():
            self.add_to_project_menu.addAction("No project yet").setEnabled(False)

    def add_selected_to(self, project_id: int) -> None:
        """Add the selected organisations to a project as participants (one undo step)."""
        organisations: list[OrganisationInfo] = self.table.selected_rows()
        add_participants(self.context, project_id, [o.id for o in organisations])


def _place_organisation(values: dict[str, Any]) -> RowToAdd:
    """A pasted organisation joins the directory; a line without a legal name gets one."""
    from consortium_planner.services.editing import RowToAdd

    return RowToAdd(None, {"legal_name": "New organisation", **values})


def add_participants(context: AppContext, project_id: int, organisation_ids: list[int]) -> None:
    """Bring organisations into a project: one service call, so one transaction (all of them or
    none) and one undo step."""
    if not organisation_ids:
        return
    if len(organisation_ids) == 1:
        name = next((o.short_name or o.legal_name for o in context.organisations()
                     if o.id == organisation_ids[0]), "participant")
        text = f"Add participant {name}"
    else:
        text = f"Add {len(organisation_ids)} participants"
    ids = list(organisation_ids)
    context.execute(AddCommand(
        context, "participant", lambda service: service.add_participants(project_id, ids), text))
