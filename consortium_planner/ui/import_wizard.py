"""File > Import organisations: a wizard from a spreadsheet to the directory, showing every change.

Pages: the file (chosen, or dropped onto the wizard), the sheet and the column mapping (a combo
box of fields per column, unmapped columns listed), the preview (errors and warnings located by
sheet, row and column; each duplicate with its field-by-field diff and an update / keep / skip
choice), and a confirmation. The wizard only builds the request and shows what comes back: the
use case is `services.file_import` (`prepare_import`, then `finish_import` with the user's
decisions), the one the `import` command runs. Reading, planning, matching and writing run off
the GUI thread, each with its own session, behind a progress dialog with Cancel. The workbook is
read once; changing the sheet or the mapping only plans it again.

`run_import_wizard` returns the applied `ImportResult`; `ImportCommand` makes it one step on the
undo stack (undo calls `services.organisation_import.undo_import`, redo applies it again).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QTableWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from consortium_planner.importing.errors import HeaderRowUnclear, worded
from consortium_planner.importing.headers import MAPPABLE_FIELDS, NON_PROFIT
from consortium_planner.importing.sheet_limits import column_letters
from consortium_planner.reference.wording import Wording
from consortium_planner.services.errors import UserError
from consortium_planner.services.file_import import (
    ImportRequest,
    ListReport,
    PreparedImport,
    finish_import,
    plan_list,
    prepare_import,
)
from consortium_planner.services.organisation_import import (
    Decision,
    ImportPreview,
    ImportRefused,
    ImportResult,
    ImportUndoError,
    RecordPreview,
    apply_import,
    undo_import,
)
from consortium_planner.ui.commands import EditCommand
from consortium_planner.ui.errors import error_text
from consortium_planner.ui.exports import BackgroundJob, ExportCancelled
from consortium_planner.ui.formatting import money_text, plain_tooltip
from consortium_planner.ui.language import window_wording
from consortium_planner.ui.widgets import plain_label
from consortium_planner.workspace import Workspace

if TYPE_CHECKING:
    from consortium_planner.app import AppContext
    from consortium_planner.services.editing import Changes

IMPORTABLE_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".tsv", ".txt", ".json")
translate = QCoreApplication.translate


def _wording() -> Wording:
    """How texts made below the window (problems, refusals, notes) are worded: the window's
    language, with the fields named as the wizard names them."""
    return dataclasses.replace(window_wording(), field_names=field_label)


def field_label(name: str) -> str:
    """What the wizard calls a field the file's columns can fill."""
    labels = {
        "legal_name": translate("ImportWizard", "Legal name"),
        "short_name": translate("ImportWizard", "Short name"),
        "pic": translate("ImportWizard", "PIC"),
        "vat": translate("ImportWizard", "VAT number"),
        "org_type": translate("ImportWizard", "Organisation type"),
        "profit": translate("ImportWizard", "Profit-making"),
        "staff_headcount": translate("ImportWizard", "Staff headcount"),
        "turnover": translate("ImportWizard", "Turnover"),
        "balance_sheet": translate("ImportWizard", "Balance sheet"),
        "sme_class": translate("ImportWizard", "SME class"),
        "country": translate("ImportWizard", "Country"),
        "nuts2": translate("ImportWizard", "NUTS 2 region"),
        "address": translate("ImportWizard", "Address"),
        "city": translate("ImportWizard", "City"),
        "postcode": translate("ImportWizard", "Postcode"),
        "website": translate("ImportWizard", "Website"),
        "contact_name": translate("ImportWizard", "Contact name"),
        "email": translate("ImportWizard", "E-mail"),
        "phone": translate("ImportWizard", "Phone"),
        "founded_year": translate("ImportWizard", "Founded year"),
        "notes": translate("ImportWizard", "Notes"),
        "project_id": translate("ImportWizard", "Project number"),
        "project_acronym": translate("ImportWizard", "Project acronym"),
        "programme": translate("ImportWizard", "Programme"),
        "role": translate("ImportWizard", "Role"),
        "eu_contribution": translate("ImportWizard", "EU contribution"),
        NON_PROFIT: translate("ImportWizard", "Non-profit (yes = not for profit)"),
    }
    return labels.get(name) or name.replace("_", " ").capitalize()


def decision_label(decision: Decision) -> str:
    labels = {Decision.CREATE: translate("ImportWizard", "Create"),
              Decision.UPDATE: translate("ImportWizard", "Update"),
              Decision.KEEP: translate("ImportWizard",
                                       "Keep the directory's"), Decision.SKIP: translate("ImportWizard", "Skip"),
              Decision.UNCHANGED: translate("ImportWizard",
                                            "Unchanged"), Decision.INVALID: translate("ImportWizard", "Invalid")}
    return labels[decision]


def importable_path(path: Path) -> bool:
    """Whether a dropped file looks like something this wizard reads."""
    return path.suffix.lower() in IMPORTABLE_SUFFIXES


def value_text(value: Any) -> str:
    """A field value as the preview shows it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return translate("ImportWizard", "Yes") if value else translate("ImportWizard", "No")
    if isinstance(value, Decimal):
        return money_text(value)
    if isinstance(value, Enum):
        return getattr(value, "label", None) or str(value.value)
    if isinstance(value, (list, tuple)):
        return "; ".join(map(str, value))
    return str(value)


class _RowsModel(QAbstractTableModel):
    """A read-only table over a list of rows, each shown through one function per column."""

    def __init__(self, headers: Sequence[str], cells: Callable[[Any], Sequence[str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._cells = cells
        self.rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def refresh(self) -> None:
        if self.rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.rows) - 1, len(self._headers) - 1))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                                Qt.ItemDataRole.ToolTipRole):
            return None
        text = self._cells(self.rows[index.row()])[index.column()]
        # Cells hold the file's text: a tooltip would render "<b>Acme</b>" as HTML.
        return plain_tooltip(str(text)) if role == Qt.ItemDataRole.ToolTipRole else text

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None


def _table(model: QAbstractTableModel, name: str, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().hide()
    return view


class FilePage(QWizardPage):
    """Choose the file; dropping one on the wizard fills it in."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Choose a list of organisations"))
        self.setSubTitle(self.tr("An Excel (.xlsx, .xlsm), OpenDocument (.ods) or CSV file in "
                                 "any layout and language. You can also drop the file here."))
        self.path = QLineEdit(self)
        self.path.setAccessibleName(self.tr("File to import"))
        self.path.textChanged.connect(self.completeChanged)
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addStretch()

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import organisations"), self.path.text(),
            self.tr("Spreadsheets and lists (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt *.json);;"
                    "All files (*)"))
        if name:
            self.path.setText(name)

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return Path(self.path.text().strip()).is_file()

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        return self._wizard.plan_ready(Path(self.path.text().strip()))

    def nextId(self) -> int:  # noqa: N802 - Qt's name
        """The header question only when the file does not say which row holds the titles."""
        wizard = self._wizard
        page = wizard.header_page if wizard.unclear is not None else wizard.mapping_page
        return wizard.page_ids[page]


class HeaderPage(QWizardPage):
    """Asked only when the file leaves it open: which row holds the column titles, if any. The
    first rows are shown as the spreadsheet numbers them; the likely rows come first."""

    NO_HEADER = 0

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Which row holds the column titles?"))
        self.question = plain_label("", self, wrap=True)
        self.rows = QTableWidget(0, 0, self)
        self.rows.setAccessibleName(self.tr("First rows of the sheet"))
        self.rows.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.choice = QComboBox(self)
        self.choice.setAccessibleName(self.tr("Header row"))
        form = QFormLayout()
        form.addRow(self.tr("Header row:"), self.choice)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.rows)
        layout.addLayout(form)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        from PySide6.QtWidgets import QTableWidgetItem

        unclear = self._wizard.unclear
        assert unclear is not None
        self.question.setText(unclear.worded(_wording()))
        width = max((len(cells) for _, cells in unclear.first_rows), default=0)
        self.rows.clear()
        self.rows.setRowCount(len(unclear.first_rows))
        self.rows.setColumnCount(width)
        self.rows.setVerticalHeaderLabels([str(number) for number, _ in unclear.first_rows])
        self.rows.setHorizontalHeaderLabels(
            [column_letters(unclear.first_column + i) for i in range(width)])
        for row, (_, cells) in enumerate(unclear.first_rows):
            for column, text in enumerate(cells):
                # Plain items: the file's text is never rendered as markup.
                self.rows.setItem(row, column, QTableWidgetItem(text))
        self.choice.clear()
        likely = [number for number in unclear.candidates if number]
        for number in likely:
            self.choice.addItem(self.tr("Row {number} (likely)").format(number=number), number)
        for number, cells in unclear.first_rows:
            if number not in likely and any(cells):
                self.choice.addItem(self.tr("Row {number}").format(number=number), number)
        self.choice.addItem(self.tr("No header row: recognise the columns by their values"),
                            self.NO_HEADER)
        if self.NO_HEADER in unclear.candidates and not likely:
            self.choice.setCurrentIndex(self.choice.count() - 1)

    def chosen_row(self) -> int:
        return int(self.choice.currentData())

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        return self._wizard.header_ready(self.chosen_row())


class MappingPage(QWizardPage):
    """The sheet, and for each column the field it fills (a combo box per column)."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Sheet and columns"))
        self.setSubTitle(self.tr("Check which field each column fills. Your choices are "
                                 "remembered for files with the same columns."))
        self.sheet = QComboBox(self)
        self.sheet.setAccessibleName(self.tr("Sheet"))
        self.sheet.activated.connect(self._sheet_chosen)
        self.table = QTableWidget(0, 3, self)
        self.table.setAccessibleName(self.tr("Column mapping"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("Field"), self.tr("Why")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # The reason ("82 of 85 values look like country names") gets the room it needs.
        self.table.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.unmapped = plain_label("", self, wrap=True)
        self.notes = plain_label("", self, wrap=True)
        form = QFormLayout()
        form.addRow(self.tr("Sheet:"), self.sheet)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table)
        layout.addWidget(self.unmapped)
        layout.addWidget(self.notes)
        self.combos: dict[str, QComboBox] = {}

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        plan = self._wizard.plan
        assert plan is not None
        self.sheet.clear()
        self.sheet.addItems(plan.sheet_names)
        self.sheet.setCurrentText(plan.sheet)
        self.table.setRowCount(0)
        self.combos = {}
        ignored = {header for _, header in plan.header_mapping.ignored}
        wording_ = _wording()
        for header in plan.headers:
            if not header:
                continue
            row = self.table.rowCount()
            self.table.insertRow(row)
            item = plain_label(header, self.table)
            self.table.setCellWidget(row, 0, item)
            combo = QComboBox(self.table)
            combo.setAccessibleName(self.tr("Field for column {header}").format(header=header))
            combo.addItem(self.tr("(not imported)"), "")
            for name in MAPPABLE_FIELDS:
                combo.addItem(field_label(name), name)
            chosen = "" if header in ignored else plan.mapping.get(header, "")
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            self.table.setCellWidget(row, 1, combo)
            self.table.setCellWidget(
                row, 2, plain_label(worded(plan.column_reasons.get(header, ""), wording_),
                                    self.table))
            self.combos[header] = combo
        self.unmapped.setText(
            self.tr("Not imported (no matching field): {columns}").format(
                columns=", ".join(worded(column, wording_) for column in plan.unmapped_columns))
            if plan.unmapped_columns else self.tr("Every column with a header is imported."))
        self.notes.setText("\n".join(worded(note, wording_) for note in plan.notes))

    def mapping(self) -> dict[str, str]:
        """Header -> field as the combo boxes say ("" for a column left out)."""
        return {header: str(combo.currentData()) for header, combo in self.combos.items()}

    def _sheet_chosen(self) -> None:
        self._wizard.replan(self.sheet.currentText(), None)

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        return self._wizard.preview_ready(self.sheet.currentText(), self.mapping())


class PreviewPage(QWizardPage):
    """Problems, duplicates and what each duplicate would change; a choice per duplicate."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Preview"))
        self.summary = plain_label("", self, wrap=True)
        self.problems = _RowsModel(
            ["", self.tr("Sheet"), self.tr("Row"), self.tr("Column"), self.tr("Problem")],
            lambda row: (row[0], row[1].sheet, str(row[1].row), row[1].column,
                         row[1].worded(_wording())),
            self)
        self.problems_view = _table(self.problems, self.tr("Problems"), self)
        self.duplicates = _RowsModel(
            [self.tr("Row"), self.tr("In the file"), self.tr("Matches"), self.tr("By"),
             self.tr("Changes"), self.tr("Decision")], self._duplicate_cells, self)
        self.duplicates_view = _table(self.duplicates, self.tr("Duplicates"), self)
        self.duplicates_view.selectionModel().currentRowChanged.connect(self._show_record)
        self.changes = _RowsModel(
            [self.tr("Field"), self.tr("In the directory"), self.tr("In the file")],
            lambda change: (field_label(change.field),
                            value_text(change.old), value_text(change.new)), self)
        self.changes_view = _table(self.changes, self.tr("Changes of the selected record"), self)
        self.decision = QComboBox(self)
        self.decision.setAccessibleName(self.tr("Decision for the selected record"))
        self.decision.activated.connect(self._decide)
        update_all = QPushButton(self.tr("Update all"), self)
        update_all.clicked.connect(lambda: self._decide_all(Decision.UPDATE))
        keep_all = QPushButton(self.tr("Keep all"), self)
        keep_all.clicked.connect(lambda: self._decide_all(Decision.KEEP))
        self.skip_invalid = QCheckBox(
            self.tr("Import the valid rows and skip the rows with errors"), self)
        self.skip_invalid.toggled.connect(self.completeChanged)
        self.skip_invalid.toggled.connect(self._show_summary)
        choice = QHBoxLayout()
        selected_label = plain_label(self.tr("Selected record:"), self)
        choice.addWidget(selected_label)
        choice.addWidget(self.decision)
        choice.addStretch()
        choice.addWidget(update_all)
        choice.addWidget(keep_all)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.skip_invalid)
        self.problems_label = plain_label(self.tr("Errors and warnings:"), self)
        self.duplicates_label = plain_label(
            self.tr("Organisations already in the directory:"), self)
        self.choice_widgets = [selected_label, self.decision, update_all, keep_all]
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problems_view, 2)
        layout.addWidget(self.duplicates_label)
        layout.addWidget(self.duplicates_view, 2)
        layout.addLayout(choice)
        layout.addWidget(self.changes_view, 1)
        layout.addStretch()

    def _duplicate_cells(self, record: RecordPreview) -> tuple[str, ...]:
        preview = self._wizard.preview
        assert preview is not None
        return (str(record.row), record.legal_name, record.existing_name,
                record.matched_by.upper() if record.matched_by in ("pic", "vat")
                else record.matched_by,
                ", ".join(field_label(c.field) for c in record.changes) or self.tr("none"),
                decision_label(preview.decisions[record.index]))

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        preview = self._wizard.preview
        assert preview is not None
        self.problems.set_rows([(self.tr("Error"), p) for p in preview.errors]
                               + [(self.tr("Warning"), p) for p in preview.warnings])
        self.duplicates.set_rows(preview.duplicates)
        self.changes.set_rows([])
        self.skip_invalid.setChecked(False)
        self.skip_invalid.setVisible(preview.has_errors)
        # Show only the sections this file needs, with columns as wide as their contents.
        has_problems, has_duplicates = bool(self.problems.rows), bool(preview.duplicates)
        for widget in (self.problems_label, self.problems_view):
            widget.setVisible(has_problems)
        for widget in (self.duplicates_label, self.duplicates_view, self.changes_view,
                       *self.choice_widgets):
            widget.setVisible(has_duplicates)
        for view in (self.problems_view, self.duplicates_view):
            view.resizeColumnsToContents()
        if preview.duplicates:
            self.duplicates_view.selectRow(0)
        self._show_summary()

    def _show_summary(self) -> None:
        preview = self._wizard.preview
        assert preview is not None
        lines = [self.tr("%n organisation row(s) read from “{sheet}”: {new} new, {update} to "
                         "update, {unchanged} unchanged or kept, {skipped} skipped.", "",
                         preview.rows_read).format(
            sheet=preview.plan.sheet, new=preview.created, update=preview.updated,
            unchanged=preview.unchanged, skipped=preview.skipped)]
        if preview.has_errors and not self.skip_invalid.isChecked():
            lines.append(self.tr("%n error(s): nothing can be imported until they are fixed in "
                                 "the file, or you choose to skip those rows.", "",
                                 len(preview.errors)))
        self.summary.setText("\n".join(lines))

    def _current(self) -> RecordPreview | None:
        row = self.duplicates_view.currentIndex().row()
        return self.duplicates.rows[row] if 0 <= row < len(self.duplicates.rows) else None

    def _show_record(self) -> None:
        record = self._current()
        preview = self._wizard.preview
        self.decision.clear()
        if record is None or preview is None:
            self.changes.set_rows([])
            return
        self.changes.set_rows(record.changes)
        self.changes_view.resizeColumnsToContents()
        for decision in preview.choices(record.index):
            self.decision.addItem(decision_label(decision), decision)
        self.decision.setCurrentIndex(self.decision.findData(preview.decisions[record.index]))

    def _decide(self) -> None:
        record = self._current()
        preview = self._wizard.preview
        if record is None or preview is None:
            return
        preview.decide(record.index, Decision(self.decision.currentData()))
        self.duplicates.refresh()
        self._show_summary()

    def _decide_all(self, decision: Decision) -> None:
        preview = self._wizard.preview
        assert preview is not None
        for record in preview.duplicates:
            if decision in preview.choices(record.index):
                preview.decide(record.index, decision)
        self.duplicates.refresh()
        self._show_record()
        self._show_summary()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        preview = self._wizard.preview
        return preview is not None and (not preview.has_errors or self.skip_invalid.isChecked())


class ConfirmPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Import"))
        self.setFinalPage(True)
        self.text = plain_label("", self, wrap=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addStretch()

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        preview = self._wizard.preview
        assert preview is not None
        lines = [self.tr("Import “{file}” into the directory:").format(file=preview.file_name),
                 "  " + self.tr("%n new organisation(s)", "", preview.created),
                 "  " + self.tr("%n updated, field by field as previewed", "", preview.updated),
                 "  " + self.tr("%n unchanged or kept as they are", "", preview.unchanged),
                 "  " + self.tr("%n row(s) skipped", "", preview.skipped)]
        if self._wizard.project_acronym:
            lines.append(self.tr("and enrol them in project {acronym}.").format(
                acronym=self._wizard.project_acronym))
        lines.append(self.tr("The whole import is one step of Edit > Undo."))
        self.text.setText("\n".join(lines))

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        return self._wizard.apply()


class ImportWizard(QWizard):
    """The import wizard; `result` holds the ImportResult once the import is applied."""

    def __init__(self, workspace: Workspace, project_acronym: str | None = None,
                 parent: QWidget | None = None, *, interactive: bool = True) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.project_acronym = project_acronym
        # False in tests: no progress or message dialogs (messages land in `last_message`)
        self.interactive = interactive
        self.last_message = ""
        self.setWindowTitle(self.tr("Import organisations"))
        self.setAcceptDrops(True)
        self.workbook: Any = None  # importing.readers.WorkbookData, read once per file
        self.workbook_path: Path | None = None
        self.plan: Any = None  # importing.plan.OrganisationPlan
        # importing.errors.HeaderRowUnclear when the file leaves the header row open, and the
        # row the user chose then (0: none; None: found by the import).
        self.unclear: Any = None
        self.header_row: int | None = None
        self.prepared: PreparedImport | None = None
        self.result: ImportResult | None = None
        self.job: BackgroundJob | None = None
        self._previewed_for: tuple[str, tuple[tuple[str, str], ...]] | None = None
        self.file_page = FilePage(self)
        self.header_page = HeaderPage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.confirm_page = ConfirmPage(self)
        self.page_ids: dict[QWizardPage, int] = {}
        for page in (self.file_page, self.header_page, self.mapping_page, self.preview_page,
                     self.confirm_page):
            self.page_ids[page] = self.addPage(page)
        self.currentIdChanged.connect(self._focus_shown_control)

    def _focus_shown_control(self, _page_id: int) -> None:
        """Qt gives a new page's first focusable control the focus even when the page hides it
        (the preview shows only the sections a file needs): the focus then stayed on the page
        before, hidden, and keys went to a control nobody sees. The page's first control shown
        gets it, else the Next (Finish) button, which Enter presses anyway."""
        page = self.currentPage()
        focused = QApplication.focusWidget()
        if page is None or (focused is not None and focused.isVisible()
                            and self.isAncestorOf(focused)):
            return
        widget = page.nextInFocusChain()
        while widget is not page and page.isAncestorOf(widget):
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(page) \
                    and widget.isEnabled():
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return
            widget = widget.nextInFocusChain()
        for which in (QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton):
            button = self.button(which)
            if button.isVisibleTo(self) and button.isEnabled():
                button.setFocus(Qt.FocusReason.TabFocusReason)
                return

    @property
    def preview(self) -> ImportPreview | None:
        """The prepared import's preview, where the user's decisions go."""
        return self.prepared.preview if self.prepared is not None else None

    # -- drag and drop -------------------------------------------------------------------------

    @staticmethod
    def _dropped(event: QDragEnterEvent | QDropEvent) -> Path | None:
        for url in event.mimeData().urls():
            if url.isLocalFile() and importable_path(Path(url.toLocalFile())):
                return Path(url.toLocalFile())
        return None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if self.currentPage() is self.file_page and self._dropped(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        path = self._dropped(event)
        if path is not None and self.currentPage() is self.file_page:
            event.acceptProposedAction()
            self.file_page.path.setText(str(path))

    # -- work off the GUI thread ---------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self.job is not None

    def _run(self, call: Callable[[Callable[[int, int], None]], Any], label: str,
             done: Callable[[Any], None]) -> None:
        job = BackgroundJob(call, label, title=self.tr("Import organisations"), parent=self,
                            show_progress=self.interactive)
        self.job = job
        self.button(QWizard.WizardButton.NextButton).setEnabled(False)
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        job.done.connect(lambda value: self._job_done(done, value))
        job.failed.connect(self._job_failed)
        job.start()

    def _job_done(self, done: Callable[[Any], None], value: Any) -> None:
        self.job = None
        done(value)
        self.currentPage().completeChanged.emit()

    def _job_failed(self, error: Exception) -> None:
        from consortium_planner.importing.errors import ImportCancelled, ImportFileError, worded
        from consortium_planner.workspace import WorkspaceError

        self.job = None
        self.currentPage().completeChanged.emit()
        if isinstance(error, (ExportCancelled, ImportCancelled)):
            return
        if isinstance(error, ImportFileError):  # with what the reader noted: often the reason
            wording = _wording()
            self._tell("\n\n".join([error.worded(wording),
                                     *(worded(note, wording) for note in error.notes)]))
        elif isinstance(error, WorkspaceError):
            self._tell(error_text(error))
        else:
            raise error

    def _tell(self, message: str) -> None:
        if self.interactive:
            QMessageBox.warning(self, self.tr("Import organisations"), message)
        self.last_message = message

    # -- the steps -----------------------------------------------------------------------------

    def plan_ready(self, path: Path) -> bool:
        """True when the file is planned; otherwise start planning it and move on when done."""
        if self.busy:
            return False
        if (self.plan is not None or self.unclear is not None) and self.workbook_path == path:
            return True
        from consortium_planner.services.file_kinds import FileKind, file_kind

        if file_kind(path) is FileKind.PARTNER_WORKBOOK:  # the decision `import` takes too
            self._tell(self.tr("“{file}” is a returned partner workbook, not a list of "
                               "organisations: Project > Import returned workbooks… shows what "
                               "it changes and imports it (or drop it on the main window).")
                       .format(file=path.name))
            return False
        self.workbook = self.plan = self.prepared = self.unclear = self.header_row = None
        self._plan(path, None, None, advance=True)
        return False

    def header_ready(self, row: int) -> bool:
        """True when the file is planned with the header on spreadsheet row `row` (0: none);
        otherwise plan it so and move on when done."""
        if self.busy or self.workbook_path is None:
            return False
        if self.plan is not None and self.header_row == row:
            return True
        self.header_row = row
        self.plan = self.prepared = None
        self._plan(self.workbook_path, None, None, advance=True)
        return False

    def replan(self, sheet: str | None, mapping: dict[str, str] | None) -> None:
        """Plan the already read workbook again (another sheet); the mapping page refreshes."""
        if self.busy or self.workbook_path is None:
            return
        self._plan(self.workbook_path, sheet, mapping, advance=False)

    def _plan(self, path: Path, sheet: str | None, mapping: dict[str, str] | None, *,
              advance: bool) -> None:
        from consortium_planner.importing.readers import read_workbook

        workbook = self.workbook if self.workbook_path == path else None
        request = self._request(path, sheet, mapping)

        def call(progress: Callable[[int, int], None]) -> tuple[Any, Any]:
            read = workbook if workbook is not None else read_workbook(path)
            try:
                return read, plan_list(request, read, progress=progress)
            except HeaderRowUnclear as unclear:
                return read, unclear

        def done(value: tuple[Any, Any]) -> None:
            self.workbook, planned = value
            self.workbook_path = path
            self.prepared = None
            if isinstance(planned, HeaderRowUnclear):
                self.plan, self.unclear = None, planned
                if advance and self.currentPage() is self.file_page:
                    self.next()
                else:  # another sheet leaves its header open: say so, keep the current plan
                    self._tell(planned.worded(_wording()))
                return
            self.plan = planned
            if advance:
                self.next()
            elif self.currentPage() is self.mapping_page:
                self.mapping_page.initializePage()

        self._run(call, self.tr("Reading {file}…").format(file=path.name), done)

    def preview_ready(self, sheet: str, mapping: dict[str, str]) -> bool:
        """True when the preview matches the chosen sheet and mapping; otherwise compute it
        (planning again when the mapping changed) and move on when done."""
        if self.busy or self.plan is None or self.workbook_path is None:
            return False
        wanted = (sheet, tuple(sorted(mapping.items())))
        if self.preview is not None and self._previewed_for == wanted:
            return True
        changed = mapping != self._current_mapping() or sheet != self.plan.sheet
        workbook, plan, workspace = self.workbook, self.plan, self.workspace
        request = self._request(self.workbook_path, sheet, mapping)

        def call(progress: Callable[[int, int], None]) -> PreparedImport:
            return prepare_import(workspace, request, plan=None if changed else plan,
                                  workbook=workbook, progress=progress)

        def done(prepared: PreparedImport) -> None:
            self.prepared, self.plan = prepared, prepared.plan
            self._previewed_for = wanted
            self.next()

        self._run(call, self.tr("Comparing with the directory…"), done)
        return False

    def _request(self, path: Path, sheet: str | None,
                 mapping: dict[str, str] | None) -> ImportRequest:
        """What the user chose so far, as the import use case takes it."""
        return ImportRequest(path, mapping or {}, sheet=sheet, project=self.project_acronym,
                             header_row=self.header_row)

    def _current_mapping(self) -> dict[str, str]:
        """The mapping the current plan was built with, as the mapping page shows it."""
        ignored = {header for _, header in self.plan.header_mapping.ignored}
        return {header: ("" if header in ignored else self.plan.mapping.get(header, ""))
                for header in self.plan.headers if header}

    def apply(self) -> bool:
        """Apply the previewed import off the GUI thread; the wizard closes when it is done."""
        if self.busy or self.prepared is None:
            return False
        if self.result is not None:
            return True
        skip_invalid = self.preview_page.skip_invalid.isChecked()
        # The decisions per duplicate are already in the preview (the preview page's choices).
        prepared = dataclasses.replace(
            self.prepared, request=dataclasses.replace(self.prepared.request,
                                                       skip_invalid=skip_invalid))
        workspace = self.workspace

        def call(progress: Callable[[int, int], None]) -> ListReport:
            return finish_import(workspace, prepared, progress=progress)

        def done(report: ListReport) -> None:
            if report.result is None:
                # Refused although the preview page let it through (read-only since, or the
                # project gone): the refusal is the report's last error.
                self._tell(report.errors[-1].worded(_wording()) if report.errors
                           else self.tr("Nothing was imported."))
                return
            self.result = report.result
            self.accept()

        self._run(call, self.tr("Importing…"), done)
        return False

    def reject(self) -> None:
        if self.job is not None:
            self.job.cancel()
            return
        super().reject()


def run_import_wizard(parent: QWidget | None, workspace: Workspace,
                      project_acronym: str | None = None, path: Path | None = None
                      ) -> ImportResult | None:
    """Run the wizard modally (starting from `path`, e.g. a file dropped on the window); the
    applied result, or None when the user cancelled."""
    wizard = ImportWizard(workspace, project_acronym, parent)
    if path is not None:
        wizard.file_page.path.setText(str(path))
    wizard.exec()
    return wizard.result


class ImportCommand(EditCommand):
    """An applied organisation import as one undo step.

    The wizard has already applied it (off the GUI thread), so the first `apply` only reports
    the changes; undo takes the batch back with `undo_import`, and redo applies the same
    previewed decisions again (new organisations get new ids, recorded in a new batch).
    """

    def __init__(self, context: AppContext, result: ImportResult) -> None:
        preview = result.preview
        text = (translate("ImportWizard", "Import organisations from {file}").format(
            file=preview.file_name) if preview is not None
            else translate("ImportWizard", "Import organisations from a list"))
        super().__init__(context, text)
        self.result = result
        self.applied = True

    def _changes(self) -> Changes:
        from consortium_planner.services.editing import Changes

        return Changes(directory=True, participants=self.result.project_id is not None,
                       project_id=self.result.project_id)

    def apply(self) -> Changes:
        if not self.applied:
            assert self.context.workspace is not None and self.result.preview is not None
            try:
                self.result = apply_import(
                    self.context.workspace, self.result.preview,
                    skip_invalid=self.result.skip_invalid,
                    project_acronym=self.result.project_acronym)
            except ImportRefused as error:
                raise UserError(str(error)) from error
            self.applied = True
        return self._changes()

    def revert(self) -> Changes:
        assert self.context.workspace is not None
        try:
            left = undo_import(self.context.workspace, self.result.batch_id)
        except ImportUndoError as error:
            raise UserError(str(error)) from error
        if self.result.preview is not None:  # the redo expects the records as the undo left them
            for record in self.result.preview.matches.values():
                if record.organisation_id in left:
                    record.version = left[record.organisation_id]
        self.applied = False
        return self._changes()
