"""Find duplicates: scan the directory off the GUI thread, compare a group's records field by
field, merge them into one (one undo step) or mark them "not duplicates".

The scan runs in a `BackgroundJob` (ui/exports.py): it reads the workspace in a short session of
its own, then groups without one, so the window's edits never wait for it; its progress reaches
the dialog's progress bar through a queued signal, and Cancel stops it at the next report. The
group list and the comparison are two table models; in the comparison each row is a field and
each column a record, and the checked cell of a row is the value the kept record takes (Space
or a click checks it).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from enum import Enum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from consortium_planner.domain.vocab import ORGANISATION_FIELDS
from consortium_planner.services.errors import UserError
from consortium_planner.ui import choices
from consortium_planner.ui.commands import EditCommand
from consortium_planner.ui.errors import error_text
from consortium_planner.ui.exports import BackgroundJob, ExportCancelled
from consortium_planner.ui.formatting import money_text
from consortium_planner.ui.widgets import MessageBar, plain_label

if TYPE_CHECKING:
    from consortium_planner.app import AppContext
    from consortium_planner.services.duplicates import DuplicateGroup, MergeResult
    from consortium_planner.services.editing import Changes
    from consortium_planner.ui.main_window import MainWindow

Index = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate


def field_labels() -> dict[str, str]:
    return {
        "legal_name": translate("DuplicatesDialog", "Legal name"),
        "short_name": translate("DuplicatesDialog", "Short name"),
        "pic": translate("DuplicatesDialog", "PIC"),
        "vat": translate("DuplicatesDialog", "VAT number"),
        "org_type": translate("DuplicatesDialog", "Type"),
        "profit": translate("DuplicatesDialog", "Profit-making"),
        "staff_headcount": translate("DuplicatesDialog", "Staff"),
        "turnover": translate("DuplicatesDialog", "Turnover"),
        "balance_sheet": translate("DuplicatesDialog", "Balance sheet"),
        "sme_class": translate("DuplicatesDialog", "SME class"),
        "country": translate("DuplicatesDialog", "Country"),
        "nuts2": translate("DuplicatesDialog", "Region (NUTS 2)"),
        "contact_name": translate("DuplicatesDialog", "Contact"),
        "email": translate("DuplicatesDialog", "E-mail"),
        "city": translate("DuplicatesDialog", "City"),
        "postcode": translate("DuplicatesDialog", "Postcode"),
        "address": translate("DuplicatesDialog", "Address"),
        "website": translate("DuplicatesDialog", "Website"),
        "phone": translate("DuplicatesDialog", "Phone"),
        "founded_year": translate("DuplicatesDialog", "Founded year"),
        "notes": translate("DuplicatesDialog", "Notes"),
    }


def field_label(name: str) -> str:
    return field_labels().get(name, name.replace("_", " ").capitalize())


def value_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return translate("DuplicatesDialog", "yes") if value else translate("DuplicatesDialog",
                                                                            "no")
    if isinstance(value, Decimal):
        return money_text(value)
    if isinstance(value, Enum):
        return str(value.value)
    return " ".join(str(value).split())  # one line: notes and addresses may hold breaks


def field_text(field: str, value: Any) -> str:
    """A field's value as the directory shows it (labels for types, countries, regions)."""
    if value is None or value == "":
        return ""
    if field == "org_type":
        return choices.label_of(choices.org_types(), value)
    if field == "sme_class":
        return choices.label_of(choices.sme_classes(), value)
    if field == "country":
        return choices.country_name(str(value))
    if field == "nuts2":
        return choices.region_name(str(value))
    return value_text(value)


def record_title(record: dict[str, Any]) -> str:
    return f"#{record['id']} {record['short_name'] or record['legal_name']}"


# --- undo commands ------------------------------------------------------------------------------


def _merge_changes() -> Changes:
    from consortium_planner.services.editing import Changes

    # Participants of any project now name another organisation: every view that shows them.
    return Changes(directory=True, participants=True, budget=True)


class MergeCommand(EditCommand):
    """Merge records into one (services.duplicates); undo puts every record and link back."""

    def __init__(self, context: AppContext, keep_id: int, other_ids: Sequence[int],
                 chosen: dict[str, int], text: str) -> None:
        super().__init__(context, text)
        self.keep_id = keep_id
        self.other_ids = tuple(other_ids)
        self.chosen = dict(chosen)
        self.result: MergeResult | None = None

    def apply(self) -> Changes:
        from consortium_planner.services.duplicates import merge_organisations

        assert self.context.workspace is not None
        self.result = merge_organisations(self.context.workspace, self.keep_id, self.other_ids,
                                          self.chosen)
        return _merge_changes()

    def revert(self) -> Changes:
        from consortium_planner.services.duplicates import undo_merge

        assert self.context.workspace is not None and self.result is not None
        undo_merge(self.context.workspace, self.result)
        return _merge_changes()


class NotDuplicatesCommand(EditCommand):
    """Remember that records are not duplicates; undo forgets the pairs it added."""

    def __init__(self, context: AppContext, ids: Sequence[int], text: str) -> None:
        super().__init__(context, text)
        self.ids = tuple(ids)
        self.pairs: tuple[tuple[int, int], ...] = ()

    def apply(self) -> Changes:
        from consortium_planner.services.duplicates import mark_not_duplicates
        from consortium_planner.services.editing import Changes

        assert self.context.workspace is not None
        self.pairs = mark_not_duplicates(self.context.workspace, self.ids)
        return Changes()  # nothing a view shows; the dialog updates itself

    def revert(self) -> Changes:
        from consortium_planner.services.duplicates import unmark_not_duplicates
        from consortium_planner.services.editing import Changes

        assert self.context.workspace is not None
        unmark_not_duplicates(self.context.workspace, self.pairs)
        return Changes()


# --- models -------------------------------------------------------------------------------------


class GroupsModel(QAbstractTableModel):
    """The groups a scan found: score, reason, how many records and their names."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headers = (self.tr("Score"), self.tr("Why"), self.tr("Records"), self.tr("Names"))
        self.groups: list[DuplicateGroup] = []
        self.names: dict[int, str] = {}

    def set_groups(self, groups: list[DuplicateGroup], names: dict[int, str]) -> None:
        self.beginResetModel()
        self.groups = list(groups)
        self.names = names
        self.endResetModel()

    def remove_group(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.groups[row]
        self.endRemoveRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.groups)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.headers)):
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.groups):
            return None
        group = self.groups[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            column = index.column()
            if column == 0:
                return str(group.score)
            if column == 1:
                return group.reason
            if column == 2:
                return str(len(group.ids))
            return " | ".join(self.names.get(i, f"#{i}") for i in group.ids)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (0, 2):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ComparisonModel(QAbstractTableModel):
    """A group's records side by side: a row per field, a column per record. The checked cell
    of each row is the record whose value the kept record takes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.records: list[dict[str, Any]] = []
        self.choice: dict[str, int] = {}  # field -> column whose value is kept
        self.keep = -1  # the column of the record kept

    def set_records(self, records: list[dict[str, Any]], keep: int = 0) -> None:
        self.beginResetModel()
        self.records = list(records)
        self.choice = {}
        self.keep = -1
        self.endResetModel()
        self.choose_defaults(keep)

    def choose_defaults(self, keep: int) -> None:
        """The kept record's value, or the first other record's value where it has none."""
        if not 0 <= keep < len(self.records):
            return
        self.keep = keep
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.records) - 1)
        for field in ORGANISATION_FIELDS:
            columns = [keep, *(c for c in range(len(self.records)) if c != keep)]
            self.choice[field] = next(
                (c for c in columns if value_text(self.records[c][field]) != ""), keep)
        self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(ORGANISATION_FIELDS) - 1,
                                             len(self.records) - 1))

    def chosen(self, keep: int) -> dict[str, int]:
        """field -> id of the record whose value the kept record takes, where not its own."""
        return {field: self.records[column]["id"] for field, column in self.choice.items()
                if column != keep and self.records}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self.records else len(ORGANISATION_FIELDS)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.records)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.records):
            title = record_title(self.records[section])
            return self.tr("{record} (kept)").format(record=title) if section == self.keep \
                else title
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(ORGANISATION_FIELDS):
            return field_label(ORGANISATION_FIELDS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not self._valid(index.row(), index.column()):
            return None
        field = ORGANISATION_FIELDS[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return field_text(field, self.records[index.column()][field])
        if role == Qt.ItemDataRole.CheckStateRole:
            return (Qt.CheckState.Checked if self.choice.get(field) == index.column()
                    else Qt.CheckState.Unchecked)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            kept = self.choice.get(field) == index.column()
            return (self.tr("{field}: kept") if kept else self.tr("{field}: not kept")).format(
                field=field_label(field))
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (role != Qt.ItemDataRole.CheckStateRole or not index.isValid()
                or not self._valid(index.row(), index.column())):
            return False
        if Qt.CheckState(value) != Qt.CheckState.Checked:
            return False  # a radio choice: uncheck by checking another record's value
        self.choice[ORGANISATION_FIELDS[index.row()]] = index.column()
        self.dataChanged.emit(self.index(index.row(), 0),
                              self.index(index.row(), len(self.records) - 1),
                              [Qt.ItemDataRole.CheckStateRole])
        return True

    def _valid(self, row: int, column: int) -> bool:
        return 0 <= row < len(ORGANISATION_FIELDS) and 0 <= column < len(self.records)


# --- the dialog ---------------------------------------------------------------------------------


class DuplicatesDialog(QDialog):
    """Find duplicates, compare, merge or dismiss; modeless, beside the directory."""

    scan_progressed = Signal(int, int)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.context = window.context
        self.setWindowTitle(self.tr("Find duplicates"))
        self.job: BackgroundJob | None = None
        self.groups_model = GroupsModel(self)
        self.comparison = ComparisonModel(self)

        self.scan_button = QPushButton(self.tr("&Scan the directory"), self)
        self.scan_button.clicked.connect(self.scan)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Scan progress"))
        self.progress.setFormat(self.tr("%v of %m organisations"))
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("&Cancel scan"), self)
        self.cancel_button.clicked.connect(self.cancel_scan)
        self.cancel_button.hide()
        self.status = plain_label(self.tr("Scan the directory to find likely duplicates."), self)
        top = QHBoxLayout()
        top.addWidget(self.scan_button)
        top.addWidget(self.progress, 1)
        top.addWidget(self.cancel_button)
        top.addWidget(self.status, 1)
        self.scan_progressed.connect(self._show_progress)

        self.groups_view = QTableView(self)
        self.groups_view.setAccessibleName(self.tr("Groups of likely duplicates"))
        self.groups_view.setModel(self.groups_model)
        self.groups_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.groups_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.groups_view.verticalHeader().hide()
        self.groups_view.setWordWrap(False)
        self.groups_view.horizontalHeader().setStretchLastSection(True)
        self.groups_view.setColumnWidth(0, 50)
        self.groups_view.setColumnWidth(1, 190)
        self.groups_view.setColumnWidth(2, 60)
        self.groups_view.selectionModel().currentRowChanged.connect(self._show_group)
        groups_label = QLabel(self.tr("&Groups"), self)
        groups_label.setBuddy(self.groups_view)

        self.keep = QComboBox(self)
        self.keep.setAccessibleName(self.tr("Record to keep"))
        self.keep.currentIndexChanged.connect(self._keep_changed)
        keep_label = QLabel(self.tr("&Keep record:"), self)
        keep_label.setBuddy(self.keep)
        self.comparison_view = QTableView(self)
        self.comparison_view.setAccessibleName(self.tr("The group's records, field by field"))
        self.comparison_view.setModel(self.comparison)
        self.comparison_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch)
        self.comparison_view.setWordWrap(False)
        fields_label = QLabel(self.tr("&Fields (the checked value of each row is kept):"), self)
        fields_label.setBuddy(self.comparison_view)
        self.merge_button = QPushButton(self.tr("&Merge"), self)
        self.merge_button.clicked.connect(self.merge)
        self.not_duplicates_button = QPushButton(self.tr("&Not duplicates"), self)
        self.not_duplicates_button.clicked.connect(self.not_duplicates)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.close)
        for button in (self.scan_button, self.cancel_button, self.merge_button,
                       self.not_duplicates_button, close):
            button.setAutoDefault(False)  # Enter in the tables must not merge
        keep_row = QHBoxLayout()
        keep_row.addWidget(keep_label)
        keep_row.addWidget(self.keep, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.merge_button)
        buttons.addWidget(self.not_duplicates_button)
        buttons.addWidget(close)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(groups_label)
        left_layout.addWidget(self.groups_view)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(keep_row)
        right_layout.addWidget(fields_label)
        right_layout.addWidget(self.comparison_view)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([420, 680])
        self.message_bar = MessageBar(self)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message_bar)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        # The window's Undo/Redo shortcuts belong to the main window; here they act as well.
        QShortcut(QKeySequence.StandardKey.Undo, self, self.context.undo_stack.undo)
        QShortcut(QKeySequence.StandardKey.Redo, self, self.context.undo_stack.redo)
        self.context.changed.connect(self._workspace_changed)
        self.context.workspace_changed.connect(self._workspace_replaced)
        self._own_change = False
        self._has_results = False  # a scan has filled the groups
        self._update_buttons()
        self.resize(1100, 650)

    # -- scanning ------------------------------------------------------------------------------

    def scan(self) -> None:
        """Scan off the GUI thread; progress and Cancel stay responsive."""
        from consortium_planner.services.duplicates import group_duplicates, read_scan_input

        workspace = self.context.workspace
        if workspace is None or self.job is not None:
            return
        emit = self.scan_progressed.emit

        def call(progress: Callable[[int, int], None]) -> tuple[list[Any], dict[int, str]]:
            def report(done: int, total: int) -> None:
                progress(done, total)  # raises ExportCancelled after Cancel
                emit(done, total)

            with workspace.sessions() as session:  # short: the window's edits wait on it
                scan = read_scan_input(session)
            groups = group_duplicates(scan, progress=report)
            with workspace.sessions() as session:
                return groups, _names(session, {i for group in groups for i in group.ids})

        self.job = BackgroundJob(call, self.tr("Scanning the directory…"), parent=self,
                                 show_progress=False)
        self.job.done.connect(self._scanned)
        self.job.failed.connect(self._scan_failed)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.status.hide()
        self.scan_button.setEnabled(False)
        self._update_buttons()
        self.job.start()
        self.cancel_button.setFocus()

    def cancel_scan(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _show_progress(self, done: int, total: int) -> None:
        if self.job is not None:
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(done)

    def _end_scan(self, message: str) -> None:
        self.job = None
        self.progress.hide()
        self.cancel_button.hide()
        self.status.setText(message)
        self.status.show()
        self.scan_button.setEnabled(True)
        self._update_buttons()

    def _scanned(self, result: tuple[list[DuplicateGroup], dict[int, str]]) -> None:
        groups, names = result
        self._end_scan(self.tr("%n group(s) of likely duplicates.", "", len(groups)) if groups
                       else self.tr("No likely duplicates found."))
        self.groups_model.set_groups(groups, names)
        self._has_results = True
        if groups:
            self.groups_view.selectRow(0)
            self.groups_view.setFocus()
        else:
            self._show_group(QModelIndex())

    def _scan_failed(self, error: Exception) -> None:
        if isinstance(error, ExportCancelled):
            self._end_scan(self.tr("Scan cancelled."))
        elif isinstance(error, UserError):
            self._end_scan("")
            self.message_bar.show_message(error_text(error))
        else:
            self._end_scan("")
            self.window_.reporter.excepthook(type(error), error, error.__traceback__)

    def closeEvent(self, event: Any) -> None:  # noqa: N802
        if self.job is not None:
            self.job.cancel()
            self.job.wait()
            self.job = None
        super().closeEvent(event)

    # -- one group -----------------------------------------------------------------------------

    def current_group(self) -> DuplicateGroup | None:
        row = self.groups_view.currentIndex().row()
        return self.groups_model.groups[row] if 0 <= row < len(self.groups_model.groups) else None

    def _show_group(self, current: Index, _previous: Index | None = None) -> None:
        from consortium_planner.services.duplicates import organisation_values

        group = self.current_group() if current.isValid() else None
        records: list[dict[str, Any]] = []
        if group is not None and self.context.workspace is not None:
            with self.context.workspace.sessions() as session:
                records = organisation_values(session, group.ids)
        self.keep.blockSignals(True)
        self.keep.clear()
        for record in records:
            self.keep.addItem(record_title(record), record["id"])
        keep = _fullest(records)
        self.keep.setCurrentIndex(keep)
        self.keep.blockSignals(False)
        self.comparison.set_records(records, keep)
        self.comparison_view.resizeRowsToContents()
        self._update_buttons()

    def _keep_changed(self, column: int) -> None:
        if column >= 0:
            self.comparison.choose_defaults(column)

    def _update_buttons(self) -> None:
        enabled = (len(self.comparison.records) > 1 and not self.context.read_only
                   and self.job is None)
        self.merge_button.setEnabled(enabled)
        self.not_duplicates_button.setEnabled(enabled)

    def _run(self, command: EditCommand) -> bool:
        self._own_change = True
        try:
            done = self.context.execute(command)
        finally:
            self._own_change = False
        if done:
            row = self.groups_view.currentIndex().row()
            self.groups_model.remove_group(row)
            if self.groups_model.groups:
                self.groups_view.selectRow(min(row, len(self.groups_model.groups) - 1))
            else:
                self._show_group(QModelIndex())
        return done

    def merge(self) -> None:
        """Merge the group's records into the one to keep, with the checked values: one undo
        step (Ctrl+Z here or in the window)."""
        records = self.comparison.records
        column = self.keep.currentIndex()
        if len(records) < 2 or column < 0:
            return
        keep = records[column]
        others = [record["id"] for record in records if record["id"] != keep["id"]]
        name = keep["short_name"] or keep["legal_name"]
        text = self.tr("Merge %n records into {name}", "", len(others) + 1).format(name=name)
        self._run(MergeCommand(self.context, keep["id"], others,
                               self.comparison.chosen(column), text))

    def not_duplicates(self) -> None:
        """Remember that the group's records are distinct; the scan will not propose them."""
        records = self.comparison.records
        if len(records) < 2:
            return
        self._run(NotDuplicatesCommand(self.context, [r["id"] for r in records],
                                       self.tr("Mark %n records as not duplicates", "",
                                               len(records))))

    def _workspace_changed(self, _changes: Changes) -> None:
        """An edit elsewhere, or an undo: the groups may be stale, say so."""
        if not self._own_change and self._has_results and self.job is None:
            self.status.setText(self.tr("The directory changed: scan again to bring the groups "
                                        "up to date."))
            self._show_group(self.groups_view.currentIndex())


    def _workspace_replaced(self) -> None:
        """Another workspace (or none): its groups are not these."""
        self.cancel_scan()
        self.groups_model.set_groups([], {})
        self._has_results = False
        self._show_group(QModelIndex())
        self.status.setText(self.tr("Scan the directory to find likely duplicates."))
        if self.context.workspace is None:
            self.close()


def _names(session: Any, ids: set[int]) -> dict[int, str]:
    from sqlalchemy import select

    from consortium_planner.models import Organisation

    names: dict[int, str] = {}
    id_list = sorted(ids)
    for start in range(0, len(id_list), 500):
        names.update(session.execute(
            select(Organisation.id, Organisation.legal_name)
            .where(Organisation.id.in_(id_list[start:start + 500]))).all())
    return names


def _fullest(records: list[dict[str, Any]]) -> int:
    """The record with the most filled fields (the first of those): kept by default."""
    if not records:
        return -1
    filled = [sum(1 for field in ORGANISATION_FIELDS if value_text(record[field]) != "")
              for record in records]
    return filled.index(max(filled))


def show_duplicates(window: MainWindow) -> DuplicatesDialog:
    """Directory > Find duplicates: one dialog per window, brought to the front."""
    dialog = getattr(window, "_duplicates_dialog", None)
    if dialog is None:
        dialog = DuplicatesDialog(window)
        window._duplicates_dialog = dialog  # type: ignore[attr-defined]
    if dialog.isVisible():
        dialog.raise_()
        dialog.activateWindow()
    else:
        dialog.show()
    return dialog
