"""Returns: which participants sent their partner workbook back, when, from which file, and what
the latest import changed."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QPlainTextEdit, QSplitter, QVBoxLayout, QWidget

from consortium_planner.ui.formatting import datetime_text
from consortium_planner.ui.language import window_wording
from consortium_planner.ui.table_model import Column, RecordTableModel
from consortium_planner.ui.table_section import TableSection
from consortium_planner.ui.views.base import Page

if TYPE_CHECKING:
    from consortium_planner.app import AppContext
    from consortium_planner.services.editing import Changes

NOT_RETURNED_COLOUR = "#b00020"

translate = QCoreApplication.translate


def return_columns() -> list[Column]:
    return [
        Column("", translate("ReturnsPage", "No."), lambda r: r.participant,
               text=lambda r: f"P{r.participant}",
               numeric=True, width=50),
        Column("", translate("ReturnsPage", "Participant"), lambda r: r.organisation, width=160),
        Column("", translate("ReturnsPage", "Returned"), lambda r: r.returned,
               text=lambda r: translate("ReturnsPage",
                                        "Yes") if r.returned else translate("ReturnsPage", "No"),
               foreground=lambda r: None if r.returned else NOT_RETURNED_COLOUR, width=80),
        Column("", translate("ReturnsPage", "Imports"), lambda r: r.imports,
               text=lambda r: str(r.imports or ""),
               numeric=True, width=60,
               header_tooltip=translate("ReturnsPage", "How many returned workbooks were "
                                        "imported for this participant")),
        Column("", translate("ReturnsPage", "Last imported"), lambda r: r.last_imported_at,
               text=lambda r: datetime_text(r.last_imported_at), width=130),
        Column("", translate("ReturnsPage", "File"), lambda r: r.last_file, width=220),
        Column("", translate("ReturnsPage", "What changed"),
               lambda r: "; ".join(r.worded_changes(window_wording())),
               tooltip=lambda r: "\n".join(r.worded_changes(window_wording()))),
    ]


class ReturnsPage(Page):
    title = "Returns"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = RecordTableModel(return_columns(), row_id=lambda r: r.participant,
                                      parent=self)
        self.table = TableSection("returns", self.tr("Returned partner workbooks"), self.model,
                                  context.settings, parent=self)
        self.generate_button = self.table.add_action_button(
            self.tr("Partner workbooks…"), lambda: self._window_do("generate_partner_workbooks"))
        self.import_button = self.table.add_action_button(
            self.tr("Import returned workbooks…"),
            lambda: self._window_do("import_returned_workbooks"))
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("What the latest import changed"))
        self.details.setPlaceholderText(self.tr("Select a participant to see what its latest "
                                                "returned workbook changed."))
        self.table.current_row_changed.connect(self._show_details)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setSizes([500, 200])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def relevant(self, changes: Changes) -> bool:
        return changes.participants or changes.projects or changes.directory

    def reload(self) -> None:
        from consortium_planner.services.partner_returns import partner_returns

        assert self.project_id is not None and self.context.workspace is not None
        acronym = self.context.snapshot(self.project_id).project.acronym
        self.model.set_rows(partner_returns(self.context.workspace, acronym))
        self._show_details(self.table.current_row())

    def sections(self) -> list[TableSection]:
        return [self.table]

    def apply_read_only(self, read_only: bool) -> None:
        super().apply_read_only(read_only)
        self.import_button.setEnabled(not read_only)

    def _show_details(self, row: Any) -> None:
        if row is None:
            self.details.clear()
        elif not row.returned:
            self.details.setPlainText(
                self.tr("P{number} {name} has not returned a workbook yet.").format(
                    number=row.participant, name=row.organisation))
        else:
            self.details.setPlainText(
                self.tr("P{number} {name}: {file}, imported {time}").format(
                    number=row.participant, name=row.organisation, file=row.last_file,
                    time=datetime_text(row.last_imported_at))
                + "\n\n" + "\n".join(row.worded_changes(window_wording())))

    def _window_do(self, name: str) -> None:
        action = getattr(self.window(), name, None)
        if action is not None:
            action()
