"""Region categories: every NUTS 2 region with its ERDF category and where that value came from.

The shipped table is partial, so the page flags regions with no known category and lets the
user set one (with a required source note) or clear their own entry, in place and undoable, or
import a whole table (CSV). Workspace-wide, like the partner directory.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from consortium_planner.services.region_categories import RegionCategoryRow
from consortium_planner.ui import choices
from consortium_planner.ui.commands import RegionCategoryCommand, RegionImportCommand
from consortium_planner.ui.table_model import Column, Editor, RecordTableModel
from consortium_planner.ui.table_section import PasteCell, TableSection
from consortium_planner.ui.views.base import Page, tr
from consortium_planner.ui.widgets import plain_label

if TYPE_CHECKING:
    from consortium_planner.app import AppContext
    from consortium_planner.services.editing import Changes

MISSING_COLOUR = "#b00020"
translate = QCoreApplication.translate


def missing_text() -> str:
    return "⚠ " + translate("RegionsPage", "None known")


def origin_label(origin: str) -> str:
    labels = {"workspace": translate("RegionsPage", "Your entry"),
              "shipped": translate("RegionsPage", "Shipped table"),
              "none": translate("RegionsPage", "No source")}
    return labels.get(origin, origin)


def category_label(category: str | None) -> str:
    return choices.label_of(choices.region_categories(), category) if category else ""


def _origin_tooltip(row: RegionCategoryRow) -> str:
    if row.origin == "workspace" and row.shipped_category:
        return translate("RegionsPage", "The shipped table says: {category}").format(
            category=category_label(row.shipped_category))
    if row.origin == "none":
        return translate("RegionsPage", "No known category: the checks cannot count this region "
                         "for the region mix. Set it with its source, or import a table.")
    return ""


def region_columns() -> list[Column]:
    return [
        Column("", translate("RegionsPage", "Code"), lambda r: r.code, width=70,
               tooltip=lambda r: "" if r.in_2021 else translate("RegionsPage", "A NUTS 2016 code")),
        Column("", translate("RegionsPage", "Region"), lambda r: r.name, width=260),
        Column("", translate("RegionsPage", "Country"), lambda r: r.country,
               tooltip=lambda r: choices.country_name(r.country), width=70),
        Column("category", translate("RegionsPage", "Category"), lambda r: r.category,
               text=lambda r: category_label(r.category) if r.category else missing_text(),
               editor=Editor("choice", choices=lambda _r: choices.region_categories(),
                             optional=True),
               foreground=lambda r: MISSING_COLOUR if r.missing else None,
               tooltip=lambda r: r.source, width=150),
        Column("", translate("RegionsPage", "Value from"), lambda r: origin_label(r.origin),
               tooltip=_origin_tooltip, width=110),
        Column("source", translate("RegionsPage", "Source note"), lambda r: r.source,
               editor=Editor("text"), tooltip=lambda r: r.source, width=360),
    ]


class SourceNoteDialog(QDialog):
    """Ask for a category and the source it comes from (both required)."""

    def __init__(self, code: str, category: str | None, source: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Region category of {code}").format(code=code))
        self.category = QComboBox(self)
        self.category.setAccessibleName(self.tr("Region category"))
        for label, value in choices.region_categories():
            self.category.addItem(label, value)
        if category is not None:
            self.category.setCurrentIndex(max(0, self.category.findData(category)))
        self.source = QLineEdit(source, self)
        self.source.setAccessibleName(self.tr("Source note"))
        self.source.setPlaceholderText(self.tr("e.g. Decision (EU) 2021/1130, Annex I"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.source.textChanged.connect(self._update_ok)
        form = QFormLayout(self)
        form.addRow(plain_label(
            self.tr("Where does this value come from? The note is shown beside the category."),
            self, wrap=True))
        form.addRow(self.tr("&Category"), self.category)
        form.addRow(self.tr("&Source"), self.source)
        form.addRow(self.buttons)
        self._update_ok()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.source.text().strip()))

    def values(self) -> tuple[str, str]:
        return str(self.category.currentData()), self.source.text().strip()


class RegionsPage(Page):
    title = "Region categories"
    per_project = False

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = RecordTableModel(region_columns(), row_id=lambda r: r.code, parent=self)
        self.model.on_edit = self.edit
        self.table = TableSection("regions", self.tr("Region categories"), self.model,
                                  context.settings,
                                  paste=self.paste, parent=self)
        self.table.refused.connect(context.user_error)
        self.table.activated.connect(self._activated)
        self.set_button = self.table.add_action_button(self.tr("Set category…"),
                                                        self.set_current)
        self.clear_button = self.table.add_action_button(self.tr("Clear my entry"),
                                                          self.clear_current)
        self.import_button = self.table.add_action_button(self.tr("Import a table…"),
                                                           self.choose_import_file)

        self.country = QComboBox(self)
        self.country.setAccessibleName(self.tr("Country filter"))
        self.country.addItem(self.tr("All countries"), "")
        for label, code in choices.countries():
            self.country.addItem(label, code)
        self.country.currentIndexChanged.connect(lambda _index: self.mark_stale())
        self.only_missing = QCheckBox(self.tr("Only regions &without a category"), self)
        self.only_missing.setAccessibleName(self.tr("Only regions without a category"))
        self.only_missing.toggled.connect(lambda _checked: self.mark_stale())
        self.counts = plain_label("", self)
        self.counts.setAccessibleName(self.tr("Region counts"))
        filters = QHBoxLayout()
        country_label = QLabel(self.tr("Countr&y"), self)
        country_label.setBuddy(self.country)
        filters.addWidget(country_label)
        filters.addWidget(self.country)
        filters.addWidget(self.only_missing)
        filters.addStretch(1)
        filters.addWidget(self.counts)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)

    def relevant(self, changes: Changes) -> bool:
        return changes.participants or changes.budget

    def reload(self) -> None:
        from consortium_planner.services.region_categories import RegionCategoryService

        assert self.context.workspace is not None
        service = RegionCategoryService(self.context.workspace)
        rows = service.list_regions(country=self.country.currentData() or None,
                                    only_missing=self.only_missing.isChecked())
        self.model.set_rows(rows)
        missing = sum(1 for row in rows if row.missing)
        self.counts.setText(self.tr("%n region(s), {missing} without a category", "",
                                    len(rows)).format(missing=missing))

    def sections(self) -> list[TableSection]:
        return [self.table]

    def apply_read_only(self, read_only: bool) -> None:
        super().apply_read_only(read_only)
        for button in (self.set_button, self.clear_button, self.import_button):
            button.setEnabled(not read_only)

    def select(self, kind: str, row_id: Any) -> bool:
        return kind == "region" and self.table.select_row_id(row_id)

    # -- edits -----------------------------------------------------------------------------------

    def ask_value(self, row: RegionCategoryRow, category: str | None) -> tuple[str, str] | None:
        """Ask for the category and its source note; None when the user cancels."""
        source = row.source if row.origin == "workspace" else ""
        dialog = SourceNoteDialog(row.code, category or row.category, source, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.values()

    def _set(self, row: RegionCategoryRow, value: tuple[str, str] | None) -> bool:
        if value is None:
            if row.origin != "workspace":
                self.context.user_error.emit(
                    (self.tr("{code} has no category of yours to clear (its value comes from "
                             "the shipped table).") if row.category
                     else self.tr("{code} has no category of yours to clear.")).format(
                        code=row.code))
                return False
            text = self.tr("Clear the category of {code}").format(code=row.code)
        else:
            text = self.tr("Set the category of {code} to {category}").format(
                code=row.code, category=category_label(value[0]).lower())
        return self.context.execute(RegionCategoryCommand(self.context, row.code, value, text))

    def edit(self, row: RegionCategoryRow, column: Column, value: Any) -> bool:
        if column.key == "category":
            if value in (None, ""):
                return self._set(row, None)
            if row.origin == "workspace" and value != row.category:
                return self._set(row, (str(value), row.source))
            asked = self.ask_value(row, str(value))
            return asked is not None and self._set(row, asked)
        if column.key == "source":
            if row.category is None:
                self.context.user_error.emit(
                    self.tr("{code} has no category yet: choose the category first.").format(
                        code=row.code))
                return False
            return self._set(row, (row.category, str(value)))
        return False

    def paste(self, cells: list[PasteCell]) -> None:
        """Pasted source notes (a category needs its note, so categories are not pasted)."""
        stack = self.context.undo_stack
        notes = [(row, text) for row, column, text in cells if column.key == "source"]
        if not notes:
            self.context.user_error.emit(
                self.tr("Only source notes can be pasted; set categories one by one or import "
                        "a table."))
            return
        stack.beginMacro(self.tr("Paste %n source note(s)", "", len(notes)))
        try:
            for row, text in notes:
                if row.category is not None:
                    self._set(row, (row.category, text))
        finally:
            stack.endMacro()

    def set_current(self) -> None:
        row = self.table.current_row()
        if row is None or self.context.read_only:
            return
        asked = self.ask_value(row, row.category)
        if asked is not None:
            self._set(row, asked)

    def clear_current(self) -> None:
        row = self.table.current_row()
        if row is not None and not self.context.read_only:
            self._set(row, None)

    def _activated(self, _index: QModelIndex) -> None:
        self.set_current()

    # -- import ----------------------------------------------------------------------------------

    def choose_import_file(self) -> None:
        if self.context.read_only or self.context.workspace is None:
            return
        folder = str(self.context.settings.value("last_folder", "") or Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import region categories"), folder,
            self.tr("CSV tables (*.csv *.txt);;All files (*)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> str | None:
        """Import a CSV table as one undo step; returns the report shown to the user."""
        command = RegionImportCommand(self.context, path,
                                      self.tr("Import region categories from {file}").format(
                                          file=path.name))
        if not self.context.execute(command):
            return None
        report = import_report(command.result)
        window = self.window()
        if command.result.skipped:
            self.context.user_error.emit(report)
        elif hasattr(window, "statusBar"):
            window.statusBar().showMessage(report, 15000)
        return report


def import_report(result: Any) -> str:
    """'Imported 12 region categories from x.csv (3 new, 2 changed, 7 unchanged); 1 row
    skipped: Row 4: …'"""
    text = tr("Imported %n region category(ies) from {file} ({new} new, {changed} changed, "
              "{unchanged} unchanged)", "", result.imported).format(
        file=result.file_name, new=result.created, changed=result.updated,
        unchanged=result.unchanged)
    if not result.skipped:
        return translate("RegionsPage", "{report}.").format(report=text)
    shown = [p for p in result.problems if p.startswith("Row ")][:5]
    more = len(result.problems) - len(shown)
    problems = " ".join(shown)
    if more > 0:
        problems = tr("{problems} (and %n more)", "", more).format(problems=problems)
    return tr("{report}; %n row(s) skipped: {problems}.", "", result.skipped).format(
        report=text, problems=problems)
