"""The partner finder behind "Add participants…": the directory's search, facets and counts,
limited to organisations not yet in the project, with the project's gaps (its failing consortium
checks) offered as ready-made filters. The chosen organisations join in one service call, so one
transaction and one undo step (`add_participants`)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from consortium_planner.services.directory_search import DirectoryQuery, Gap, project_gaps
from consortium_planner.ui.directory_searcher import DirectorySearcher, paged_model
from consortium_planner.ui.facets import FacetPanel
from consortium_planner.ui.language import window_wording
from consortium_planner.ui.widgets import SearchBox, plain_label

if TYPE_CHECKING:
    from consortium_planner.app import AppContext

# the directory's columns the finder shows (read-only here)
FINDER_COLUMNS = ("short_name", "legal_name", "org_type", "country", "nuts2", "sme_class", "city",
                  "cluster_ids", "nace_codes", "usual_roles")


class FinderTable(QTableView):
    """Enter adds the chosen organisations (the dialog's default action), as a double-click."""

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.window().accept()  # type: ignore[attr-defined]
            return
        super().keyPressEvent(event)


class PartnerFinder(QDialog):
    """Find organisations for a project and choose several of them."""

    def __init__(self, context: AppContext, project_id: int,
                 parent: QWidget | None = None, *, wanted: Gap | None = None) -> None:
        """`wanted`: a filter to start with (a missing value-chain role), listed first."""
        super().__init__(parent)
        from consortium_planner.ui.views.directory import organisation_columns

        self.context = context
        self.project_id = project_id
        acronym = context.snapshot(project_id).project.acronym
        self.setWindowTitle(self.tr("Add participants to {0}").format(acronym))
        columns = [replace(column, editor=None) for column in organisation_columns(clusters=list)
                   if column.key in FINDER_COLUMNS]
        self.model = paged_model(context, columns, self)
        self.model.editable = False

        self.gaps = context.read(project_gaps, project_id)
        if wanted is not None:
            self.gaps = [wanted, *(gap for gap in self.gaps if gap.query != wanted.query)]
        self.gap_list = QListWidget(self)
        self.gap_list.setAccessibleName(self.tr("What the consortium lacks"))
        everyone = QListWidgetItem(self.tr("Every organisation not yet in {0}").format(acronym))
        everyone.setData(Qt.ItemDataRole.UserRole, None)
        self.gap_list.addItem(everyone)
        worded = window_wording()  # the gaps' phrases (finder.po)
        for position, gap in enumerate(self.gaps):
            item = QListWidgetItem(gap.description_in(worded))
            item.setData(Qt.ItemDataRole.UserRole, position)
            item.setToolTip(f"{gap.description_in(worded)}\n{gap.detail_in(worded)}".strip())
            self.gap_list.addItem(item)
        self.gap_list.setFixedHeight(
            min(5, self.gap_list.count()) * self.gap_list.sizeHintForRow(0)
            + 2 * self.gap_list.frameWidth())
        self.gap_list.currentRowChanged.connect(self._gap_chosen)

        self.search = SearchBox(self, self._enter_results)
        self.search.setPlaceholderText(self.tr("Search names, PIC, VAT, city, clusters, notes"))
        self.search.setAccessibleName(self.tr("Search organisations"))
        self.search.setClearButtonEnabled(True)
        self.table = FinderTable(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Organisations"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        for position, column in enumerate(columns):
            if column.width:
                self.table.setColumnWidth(position, column.width)
        self.table.doubleClicked.connect(lambda _index: self.accept())
        self.facets = FacetPanel(self)
        self.searcher = DirectorySearcher(
            context, self.search, self.facets, self.model, self.table,
            base=DirectoryQuery(exclude_project=project_id), parent=self)
        self.search.textChanged.connect(self.searcher.typed)
        self.count = plain_label("", self)
        self.searcher.searched.connect(lambda result: self.count.setText(
            self.tr("{0} organisations not in {1}").format(f"{len(result.ids):,}", acronym)))
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(self.search.setFocus)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add selected"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(plain_label(self.tr("Proposed from the project's checks:"), self))
        right_layout.addWidget(self.gap_list)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        right_layout.addLayout(search_row)
        right_layout.addWidget(self.table, 1)
        right_layout.addWidget(self.count)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.facets)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 800])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        QWidget.setTabOrder(self.gap_list, self.search)
        QWidget.setTabOrder(self.search, self.table)
        self.resize(1100, 680)
        # the first gap is what the consortium needs most: start there
        self.gap_list.setCurrentRow(1 if self.gaps else 0)
        self.search.setFocus()

    def _gap_chosen(self, row: int) -> None:
        item = self.gap_list.item(row)
        position = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        gap: Gap | None = self.gaps[position] if position is not None else None
        self.searcher.apply(gap.query if gap is not None else DirectoryQuery())
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))

    def _enter_results(self) -> bool:
        """The search box's Down: to the first organisation found, if any."""
        if not self.model.rowCount():
            return False
        first = self.model.index(0, max(self.table.currentIndex().column(), 0))
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.table.selectionModel().setCurrentIndex(
            first, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        return True

    def chosen_ids(self) -> list[int]:
        """The selected organisations, in the order shown (the current one if none is)."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedIndexes()})
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        return [self.model.ids[row] for row in rows]
