"""One table model for every list of DTOs, described by columns; a proxy sorts and filters it.

A `Column` says how to read a value from a row (`value`), how to show it (`text`), whether and
how it is edited (`editor`) and how a pasted cell becomes a value for the service (`parse`).
Edits do not change the rows here: `setData` hands (row, column, value) to the page, which runs
an undo command; the page then reloads the rows from a fresh snapshot. When the rows keep their
ids, `set_rows` only emits `dataChanged`, so selection, scroll position and the current cell stay.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from consortium_planner.ui.formatting import plain_tooltip

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex
# computed once: combining flags goes through Python's enum code, slow in a paint of many cells
SELECTABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
EDITABLE = SELECTABLE | Qt.ItemFlag.ItemIsEditable


@dataclass(frozen=True)
class Editor:
    """How a cell is edited. kind: text, money, decimal, rate, month, integer, choice, or
    choices (any number of the choices, checked in a list; the value is a tuple of them)."""

    kind: str
    # choice(s): (label, value) pairs for the row being edited; month/integer: upper bound
    choices: Callable[[Any], Sequence[tuple[str, Any]]] | None = None
    maximum: Callable[[], int] | None = None
    minimum: int = 0
    filterable: bool = False  # a choice list long enough to filter as you type
    optional: bool = False  # a choice may be left empty
    # filterable choice: a typed text to its value when no label is it ("Allemagne" -> "DE")
    resolve: Callable[[str], Any] | None = None


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    value: Callable[[Any], Any]
    text: Callable[[Any], str] | None = None
    editor: Editor | None = None
    numeric: bool = False
    tooltip: Callable[[Any], str] | None = None
    parse: Callable[[str, Any], Any] | None = None  # (pasted text, row) -> value for the service
    width: int = 0  # initial width in pixels; 0 lets the view decide
    header_tooltip: str = ""
    foreground: Callable[[Any], str | None] | None = None  # a warning colour ("#b00020") or None

    def display(self, row: Any) -> str:
        if self.text is not None:
            return self.text(row)
        value = self.value(row)
        return "" if value is None else str(value)


def sort_key(value: Any) -> tuple[int, Any]:
    """Numbers before text, empty last; Decimal compared exactly."""
    if value is None or value == "":
        return (2, 0)
    if isinstance(value, (int, Decimal, tuple)) and not isinstance(value, bool):
        return (0, value)
    return (1, str(value).casefold())


EditHandler = Callable[[Any, Column, Any], bool]


class RecordTableModel(QAbstractTableModel):
    """Rows of DTOs shown through `Column`s; the last row may be a bold total row."""

    def __init__(
        self,
        columns: Sequence[Column],
        row_id: Callable[[Any], Any],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._row_id = row_id
        self.rows: list[Any] = []
        self.total_row: Any | None = None
        self.on_edit: EditHandler | None = None
        self.editable = True

    # -- contents --------------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Any], total_row: Any | None = None) -> None:
        new_ids = [self._row_id(row) for row in rows]
        same_shape = new_ids == [self._row_id(row) for row in self.rows] and (
            (total_row is None) == (self.total_row is None)
        )
        if same_shape:
            self.rows = list(rows)
            self.total_row = total_row
            if self.rowCount():
                self.dataChanged.emit(
                    self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
                )
            return
        self.beginResetModel()
        self.rows = list(rows)
        self.total_row = total_row
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        if row < len(self.rows):
            return self.rows[row]
        return self.total_row

    def is_total(self, row: int) -> bool:
        return self.total_row is not None and row == len(self.rows)

    def row_of_id(self, row_id: Any) -> int | None:
        for position, row in enumerate(self.rows):
            if self._row_id(row) == row_id:
                return position
        return None

    def row_id(self, row: Any) -> Any:
        return self._row_id(row)

    def column_of_key(self, key: str) -> int | None:
        for position, column in enumerate(self.columns):
            if column.key == key:
                return position
        return None

    # -- QAbstractTableModel ---------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        if parent.isValid():
            return 0
        return len(self.rows) + (1 if self.total_row is not None else 0)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        row = self.row_at(index.row())
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(row)
        if role == Qt.ItemDataRole.EditRole:
            value = column.value(row)
            return "" if value is None else value
        if role == SORT_ROLE:
            return sort_key(column.value(row))
        if role == ROW_ID_ROLE:
            return None if self.is_total(index.row()) else self._row_id(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            flag = Qt.AlignmentFlag
            horizontal = flag.AlignRight if column.numeric else flag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return plain_tooltip(column.tooltip(row)) or None
        if role == Qt.ItemDataRole.ForegroundRole and column.foreground is not None \
                and not self.is_total(index.row()):
            colour = column.foreground(row)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.FontRole and self.is_total(index.row()):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and self.is_total(index.row()):
            return QBrush(QColor(0, 0, 0, 18))
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.columns[section].title
            if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[section].numeric:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if role == Qt.ItemDataRole.ToolTipRole and self.columns[section].header_tooltip:
                return self.columns[section].header_tooltip
            return None
        return super().headerData(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.is_cell_editable(index.row(), index.column()):
            return EDITABLE
        return SELECTABLE

    def is_cell_editable(self, row: int, column: int) -> bool:
        return (
            self.editable
            and self.on_edit is not None
            and self.columns[column].editor is not None
            and not self.is_total(row)
        )

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.on_edit is None:
            return False
        if not self.is_cell_editable(index.row(), index.column()):
            return False
        return self.on_edit(self.row_at(index.row()), self.columns[index.column()], value)


class RecordFilterProxy(QSortFilterProxyModel):
    """Sorts by the exact values (Decimal, not text), filters on any column's text, keeps the
    total row at the bottom whatever the sort order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterKeyColumn(-1)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def lessThan(self, left: Index, right: Index) -> bool:
        model = self.sourceModel()
        if isinstance(model, RecordTableModel):
            left_total, right_total = model.is_total(left.row()), model.is_total(right.row())
            if left_total or right_total:
                ascending = self.sortOrder() == Qt.SortOrder.AscendingOrder
                return right_total if ascending else left_total
        return left.data(SORT_ROLE) < right.data(SORT_ROLE)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if isinstance(model, RecordTableModel) and model.is_total(source_row):
            return True
        return super().filterAcceptsRow(source_row, source_parent)
