"""A table with everything around it: search box, add/remove buttons, context menu, keys, copy and
paste of ranges as tab-separated text (what spreadsheets put on the clipboard), and column
widths kept in the settings.

What a cell edit, a paste, an add or a remove means is the owner's business: the section calls
the handlers it was given, and those run undo commands.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QIdentityProxyModel,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QSettings,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from consortium_planner.ui.delegates import FieldDelegate
from consortium_planner.ui.table_model import Column, RecordFilterProxy, RecordTableModel
from consortium_planner.ui.widgets import SearchBox, heading_label

PasteCell = tuple[Any, Column, str]  # (row DTO, column, pasted text)
NewRow = list[tuple[Column, str]]  # a pasted line beyond the last row: (column, pasted text)


def parse_clipboard_table(text: str) -> list[list[str]]:
    """Tab-separated rows as spreadsheets copy them (a final newline does not make a row)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [line.split("\t") for line in lines]


def _cells_as_text(indexes: list[QModelIndex]) -> str:
    """Cells as tab-separated lines: the rectangle they span, cells not among them empty."""
    if not indexes:
        return ""
    rows = sorted({i.row() for i in indexes})
    columns = sorted({i.column() for i in indexes})
    texts = {(i.row(), i.column()): str(i.data() or "") for i in indexes}
    lines = ("\t".join(texts.get((row, column), "").replace("\t", " ").replace("\n", " ")
                       for column in columns) for row in rows)
    return "".join(line + "\n" for line in lines)


class TableView(QTableView):
    """A QTableView whose Enter edits and whose Delete/Insert reach the section's handlers.

    Tab moves from cell to cell as in a spreadsheet, but never holds the keyboard captive (Qt's
    Tab wraps from the last cell to the first, so a keyboard user could not leave): Tab on the
    last cell and Shift+Tab on the first go on to the next or previous control, Ctrl+Tab and
    Ctrl+Shift+Tab leave from any cell, and Ctrl+PgDn/PgUp reach the tabs the table sits in."""

    def __init__(self, section: TableSection) -> None:
        super().__init__(section)
        self._section = section

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        if self.state() != QAbstractItemView.State.EditingState:
            current = self.currentIndex()
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and current.isValid():
                if not self.edit(current, QAbstractItemView.EditTrigger.EditKeyPressed, event):
                    self._section.activated.emit(self.currentIndex())
                return
            control = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                forward = event.key() == Qt.Key.Key_Tab and \
                    not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                if control:
                    QWidget.focusNextPrevChild(self, forward)
                    return
                if self._wraps(forward):
                    event.ignore()  # Qt then moves the focus on (QAbstractItemView)
                    return
            if control and event.key() in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
                self._switch_tab(1 if event.key() == Qt.Key.Key_PageDown else -1)
                return
        super().keyPressEvent(event)

    def _switch_tab(self, step: int) -> None:
        """The next (previous) tab of the tabs the table sits in, as browsers do; Qt's own
        Ctrl+Tab for that is Ctrl+Tab here, which leaves the table."""
        widget = self.parentWidget()
        while widget is not None and not isinstance(widget, QTabWidget):
            widget = widget.parentWidget()
        if isinstance(widget, QTabWidget) and widget.count() > 1:
            widget.setCurrentIndex((widget.currentIndex() + step) % widget.count())
            page = widget.currentWidget()  # the keys go on working in the new tab's table
            table = page if isinstance(page, TableView) else page.findChild(TableView)
            (table or widget.tabBar()).setFocus(Qt.FocusReason.TabFocusReason)

    def _wraps(self, forward: bool) -> bool:
        """Tab (or Shift+Tab) would wrap round to the other end of the table, or go nowhere."""
        current = self.currentIndex()
        action = QAbstractItemView.CursorAction.MoveNext if forward \
            else QAbstractItemView.CursorAction.MovePrevious
        target = self.moveCursor(action, Qt.KeyboardModifier.NoModifier)
        if not current.isValid() or not target.isValid() or target == current:
            return True
        header = self.horizontalHeader()
        here = (current.row(), header.visualIndex(current.column()))
        there = (target.row(), header.visualIndex(target.column()))
        return there < here if forward else there > here

    def paintEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        hint = self._section.visible_hint()
        if hint:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            last = self.model().rowCount() - 1  # below a total row
            top = self.rowViewportPosition(last) + self.rowHeight(last) if last >= 0 else 0
            painter.drawText(self.viewport().rect().adjusted(24, top + 24, -24, -24),
                             int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                                 | Qt.TextFlag.TextWordWrap), hint)
            painter.end()


class TotalRowModel(QAbstractTableModel):
    """Only the total row of the section's proxy (its last row, whatever the sort and the
    search): what the frozen footer shows. It reads that one row and never looks at the others,
    so a table of 134,000 organisations costs it nothing (a filtering proxy would call Python
    once a row at every reset)."""

    def __init__(self, section: TableSection) -> None:
        super().__init__(section)
        self._section = section
        proxy = section.proxy
        for signal in (proxy.modelReset, proxy.layoutChanged, proxy.rowsInserted,
                       proxy.rowsRemoved, proxy.columnsInserted, proxy.columnsRemoved):
            signal.connect(self._reset)
        proxy.dataChanged.connect(self._changed)

    def _total(self) -> QModelIndex:
        """The proxy's index of the total row's first column; invalid when there is none."""
        section = self._section
        last = section.proxy.rowCount() - 1
        if last < 0 or section.model.total_row is None:
            return QModelIndex()
        index = section.proxy.index(last, 0)
        return index if section.model.is_total(section.proxy.mapToSource(index).row()) \
            else QModelIndex()

    def _reset(self, *_args: Any) -> None:
        self.beginResetModel()
        self.endResetModel()

    def _changed(self, *_args: Any) -> None:
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(0, self.columnCount() - 1))

    def rowCount(self, parent: QModelIndex | None = None) -> int:  # noqa: N802 - Qt's name
        if parent is not None and parent.isValid():
            return 0
        return 1 if self._total().isValid() else 0

    def columnCount(self, parent: QModelIndex | None = None) -> int:  # noqa: N802 - Qt's name
        if parent is not None and parent.isValid():
            return 0
        return self._section.proxy.columnCount()

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        total = self._total()
        if not index.isValid() or not total.isValid():
            return None
        return total.siblingAtColumn(index.column()).data(role)

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # a proxy's two methods, so the delegate finds the section's cell (and says why a total
    # cannot be typed into)
    def sourceModel(self) -> QAbstractItemModel:  # noqa: N802 - Qt's name
        return self._section.proxy

    def mapToSource(self, index: QModelIndex) -> QModelIndex:  # noqa: N802 - Qt's name
        total = self._total()
        return total.siblingAtColumn(index.column()) if index.isValid() and total.isValid() \
            else QModelIndex()


class TotalsFooter(QTableView):
    """The table's total row, frozen under it as spreadsheets do: it stays in view while the
    rows scroll, its columns follow the table's widths and horizontal scrolling, and it is a
    table of its own that Tab and screen readers reach."""

    def __init__(self, section: TableSection) -> None:
        super().__init__(section)
        self._section = section
        self.setModel(TotalRowModel(section))
        self.horizontalHeader().hide()
        self.verticalHeader().hide()
        self.horizontalHeader().setStretchLastSection(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setTabKeyNavigation(False)  # one row: Tab goes on, it does not walk the cells
        self.setWordWrap(False)
        delegate = FieldDelegate(self)
        delegate.refused.connect(section.refused)
        self.setItemDelegate(delegate)
        self.verticalHeader().setDefaultSectionSize(
            section.view.verticalHeader().defaultSectionSize())
        self.setSizePolicy(self.sizePolicy().horizontalPolicy(),
                           self.sizePolicy().Policy.Fixed)
        self.setFixedHeight(self.verticalHeader().defaultSectionSize() + 2 * self.frameWidth())
        view = section.view
        view.horizontalHeader().sectionResized.connect(
            lambda column, _old, new: self.setColumnWidth(column, new))
        # in step both ways: moving along the footer by keys scrolls the table with it
        view.horizontalScrollBar().valueChanged.connect(self.horizontalScrollBar().setValue)
        self.horizontalScrollBar().valueChanged.connect(view.horizontalScrollBar().setValue)
        self.horizontalScrollBar().rangeChanged.connect(
            lambda *_: self.horizontalScrollBar().setValue(view.horizontalScrollBar().value()))

    def focusInEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        """Reached by Tab (or Shift+Tab) from the table, the footer's current cell is the total
        of the column the table's cursor was in: in view, where the user was looking (Qt would
        put it on the first column, often scrolled out of sight)."""
        column = self._section.view.currentIndex().column()
        if event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason) \
                and column >= 0 and self.model().rowCount():
            self.setCurrentIndex(self.model().index(0, column))
        super().focusInEvent(event)

    def follow(self) -> None:
        """Take the table's column widths and scroll position (after a reset or a restore)."""
        view = self._section.view
        for column in range(self.model().columnCount()):
            self.setColumnWidth(column, view.columnWidth(column))
        self.horizontalScrollBar().setValue(view.horizontalScrollBar().value())


class TableSection(QWidget):
    """A titled, searchable, editable table over a `RecordTableModel`. Its total row, when it
    has one, is shown in a footer under the table that does not scroll away."""

    activated = Signal(QModelIndex)  # Enter or double-click on a cell that does not edit
    refused = Signal(str)  # a value the editor could not read
    current_row_changed = Signal(object)  # the row DTO under the cursor, or None

    def __init__(
        self,
        name: str,
        title: str,
        model: RecordTableModel,
        settings: QSettings,
        *,
        add: Callable[[], None] | None = None,
        add_text: str = "",
        remove: Callable[[list[Any]], None] | None = None,
        paste: Callable[[list[PasteCell]], None] | None = None,
        search: Callable[[str], None] | None = None,
        empty_hint: str = "",
        parent: QWidget | None = None,
    ) -> None:
        """`search`: the model searches and sorts itself (in the database, for a list that can
        be long); typed text goes to `search` and the view's proxy only passes rows through.
        `empty_hint`: what to do while the table has no row, drawn in its empty area."""
        super().__init__(parent)
        self.name = name
        self.empty_hint = empty_hint
        self._editable = True
        self.model = model
        self.settings = settings
        self._add = add
        self._remove = remove
        self._paste = paste
        # set by the owner when pasted lines beyond the last row may add rows (one undo step)
        self.append: Callable[[list[PasteCell], list[NewRow]], None] | None = None
        self.proxy: QSortFilterProxyModel | QIdentityProxyModel = (
            RecordFilterProxy(self) if search is None else QIdentityProxyModel(self)
        )
        self.proxy.setSourceModel(model)

        self.view = TableView(self)
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(title)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setDefaultSectionSize(
            self.view.fontMetrics().height() + 8
        )
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionsMovable(False)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.doubleClicked.connect(self._double_clicked)
        self.delegate = FieldDelegate(self.view)
        self.delegate.refused.connect(self.refused)
        self.view.setItemDelegate(self.delegate)
        self.view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.current_row_changed.emit(self.row_at_proxy(current))
        )
        # rows added or removed (by the user, or by others: ui/live_changes.py) reset the model:
        # the current cell, the selection and the scroll position follow the rows by id
        self._place: tuple[Any, int, list[Any], int] | None = None
        model.modelAboutToBeReset.connect(self._remember_place)
        model.modelReset.connect(self._restore_place)

        self.search = SearchBox(self, self.enter_results)
        self.search.setPlaceholderText(self.tr("Search"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search {table}").format(table=title))
        if isinstance(self.proxy, QSortFilterProxyModel):
            self.search.textChanged.connect(self.proxy.setFilterFixedString)
        elif search is not None:
            self.search.textChanged.connect(search)
        self.search.setMaximumWidth(260)

        self.header = header = QHBoxLayout()
        header.addWidget(heading_label(title, self, size=1.1))
        header.addStretch(1)
        self.buttons = QHBoxLayout()
        header.addLayout(self.buttons)
        header.addWidget(self.search)
        self._last_button: QPushButton | None = None
        QWidget.setTabOrder(self.search, self.view)  # header controls first, then the table
        self.add_button = self.add_action_button(add_text or self.tr("Add"), self.add_row) \
            if add else None
        self.remove_button = self.add_action_button(self.tr("Remove"), self.remove_rows) \
            if remove else None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        self.footer = TotalsFooter(self)
        self.footer.setAccessibleName(self.tr("Totals of {table}").format(table=title))
        table_column = QVBoxLayout()  # the footer sits right under the rows
        table_column.setSpacing(0)
        table_column.addWidget(self.view, 1)
        table_column.addWidget(self.footer)
        layout.addLayout(table_column, 1)
        QWidget.setTabOrder(self.view, self.footer)
        self._hidden_total: int | None = None
        for signal in (self.proxy.modelReset, self.proxy.layoutChanged, self.proxy.rowsInserted,
                       self.proxy.rowsRemoved):
            signal.connect(self._freeze_total_row)

        self._make_actions()
        self._restore_columns()
        self.view.horizontalHeader().sectionResized.connect(lambda *_: self._save_columns())
        self._freeze_total_row()

    def add_action_button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text)
        button.clicked.connect(lambda _checked=False: slot())
        self.buttons.addWidget(button)
        # Tab goes through the header in the order shown (buttons, search), then the table.
        if self._last_button is not None:
            QWidget.setTabOrder(self._last_button, button)
        QWidget.setTabOrder(button, self.search)
        QWidget.setTabOrder(self.search, self.view)
        self._last_button = button
        return button

    def _make_actions(self) -> None:
        """The context menu's entries. Their keys (shown in the menu) are the main window's Edit
        actions, which act on the focused table; registering them here as well would make each
        key ambiguous and dead."""
        self.copy_action = self._action(self.tr("Copy"), QKeySequence.StandardKey.Copy,
                                        self.copy_selection)
        self.paste_action = self._action(self.tr("Paste"), QKeySequence.StandardKey.Paste,
                                         self.paste)
        self.add_row_action = self._action(self.tr("Add row"), QKeySequence(Qt.Key.Key_Insert),
                                           self.add_row)
        self.remove_rows_action = self._action(
            self.tr("Remove selected rows"), QKeySequence(Qt.Key.Key_Delete), self.remove_rows
        )
        self.add_row_action.setEnabled(self._add is not None)
        self.remove_rows_action.setEnabled(self._remove is not None)
        self.paste_action.setEnabled(self._paste is not None)
        self.extra_actions: list[QAction] = []

    def _action(self, text: str, key: QKeySequence | QKeySequence.StandardKey,
                slot: Callable[[], None]) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def set_editable(self, editable: bool) -> None:
        """Read-only workspaces: no editors, no add/remove/paste."""
        self._editable = editable
        self.view.viewport().update()
        self.model.editable = editable
        for button in (self.add_button, self.remove_button):
            if button is not None:
                button.setEnabled(editable)
        self.add_row_action.setEnabled(editable and self._add is not None)
        self.remove_rows_action.setEnabled(editable and self._remove is not None)
        self.paste_action.setEnabled(editable and self._paste is not None)

    def visible_hint(self) -> str:
        """The empty-table hint while it applies: no row (a total row aside), no search typed
        (that finds nothing, it does not mean the table is empty) and rows may be added."""
        if not self.empty_hint or not self._editable or self.search.text() or self.model.rows:
            return ""
        return self.empty_hint

    # -- rows ------------------------------------------------------------------------------------

    def _freeze_total_row(self, *_args: Any) -> None:
        """Show the total row in the footer, not among the rows that scroll (the proxy keeps it
        last whatever the sort and the search)."""
        if self._hidden_total is not None and self._hidden_total < self.proxy.rowCount():
            self.view.setRowHidden(self._hidden_total, False)
        self._hidden_total = None
        last = self.proxy.rowCount() - 1
        has_total = self.model.total_row is not None and last >= 0
        if has_total:
            self.view.setRowHidden(last, True)
            self._hidden_total = last
        self.footer.setVisible(has_total)
        self.footer.follow()

    def row_at_proxy(self, index: QModelIndex) -> Any:
        if not index.isValid():
            return None
        source = self.proxy.mapToSource(index)
        if self.model.is_total(source.row()):
            return None
        return self.model.row_at(source.row())

    def _remember_place(self) -> None:
        current = self.current_row()
        if current is None:
            self._place = None
            return
        selected = [self.model.row_id(row) for row in self.selected_rows()]
        self._place = (self.model.row_id(current), self.view.currentIndex().column(), selected,
                       self.view.verticalScrollBar().value())

    def _restore_place(self) -> None:
        place, self._place = self._place, None
        if place is None:
            return
        current_id, column, selected, scrolled = place
        source_row = self.model.row_of_id(current_id)
        if source_row is None:  # another project's rows, or the row went: start afresh
            return
        selection = QItemSelection()
        for row_id in selected:
            row = self.model.row_of_id(row_id)
            if row is not None:
                index = self.proxy.mapFromSource(self.model.index(row, max(column, 0)))
                selection.select(index, index)
        current = self.proxy.mapFromSource(self.model.index(source_row, max(column, 0)))
        self.view.selectionModel().setCurrentIndex(
            current, QItemSelectionModel.SelectionFlag.NoUpdate)
        self.view.selectionModel().select(
            selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.view.verticalScrollBar().setValue(scrolled)

    def current_row(self) -> Any:
        return self.row_at_proxy(self.view.currentIndex())

    def selected_rows(self) -> list[Any]:
        """The rows with a selected cell (the total row never counts), in view order."""
        rows = sorted({index.row() for index in self.view.selectionModel().selectedIndexes()})
        if not rows and self.view.currentIndex().isValid():
            rows = [self.view.currentIndex().row()]
        result = []
        for proxy_row in rows:
            row = self.row_at_proxy(self.proxy.index(proxy_row, 0))
            if row is not None:
                result.append(row)
        return result

    def select_row_id(self, row_id: Any, column_key: str | None = None, *,
                      edit: bool = False) -> bool:
        """Make the row with this id current (clearing the search if it hides it)."""
        source_row = self.model.row_of_id(row_id)
        if source_row is None:
            return False
        column = self.model.column_of_key(column_key) if column_key else 0
        source_index = self.model.index(source_row, column or 0)
        index = self.proxy.mapFromSource(source_index)
        if not index.isValid():
            self.search.clear()
            index = self.proxy.mapFromSource(source_index)
        self.view.setCurrentIndex(index)
        self.view.selectionModel().select(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.view.scrollTo(index)
        self.view.setFocus()
        if edit:
            self.view.edit(index)
        return True

    def enter_results(self) -> bool:
        """Focus the table on its first row (the search box's Down); False when it has none."""
        if self._total_proxy_row() == 0 or self.proxy.rowCount() == 0:
            return False
        first = self.proxy.index(0, max(self.view.currentIndex().column(), 0))
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.view.selectionModel().setCurrentIndex(
            first, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.view.scrollTo(first)
        return True

    def add_row(self) -> None:
        if self._add is not None and self.model.editable:
            self._add()

    def remove_rows(self) -> None:
        rows = self.selected_rows()
        if self._remove is not None and rows and self.model.editable:
            self._remove(rows)

    def _double_clicked(self, index: QModelIndex) -> None:
        if not (self.proxy.flags(index) & Qt.ItemFlag.ItemIsEditable):
            self.activated.emit(index)

    # -- clipboard ---------------------------------------------------------------------------------

    def selection_as_text(self) -> str:
        """The selected range as tab-separated text, one line per row (spreadsheet clipboard).

        The total row (in the footer) is copied with the whole table: when every row is
        selected in each selected column (Ctrl+A, a whole column, the rows from the first to the
        last) the text ends with the total row's cells of those columns, as a user pasting the
        table into a spreadsheet expects. A copy of some rows never gets it, nor does a table a
        search narrowed: the total counts every row, so under some of them it would not add up.
        Whether Qt's selection happens to reach the hidden total row (Ctrl+A does, Shift+Down
        does not) decides nothing. With the focus in the footer, its own selected cells are
        copied."""
        if self.footer.hasFocus():
            footer = self.footer
            cells = footer.selectionModel().selectedIndexes() or [footer.currentIndex()]
            return _cells_as_text([i for i in cells if i.isValid()])
        indexes = [i for i in self.view.selectionModel().selectedIndexes()
                   if self.row_at_proxy(i) is not None]
        text = _cells_as_text(indexes)
        total = self._total_proxy_row()
        if text and total is not None and self._whole_table(indexes, total):
            columns = sorted({i.column() for i in indexes})
            text += _cells_as_text([self.proxy.index(total, column) for column in columns])
        return text

    def _total_proxy_row(self) -> int | None:
        """The proxy row of the total row (last whatever the sort), None without one."""
        last = self.proxy.rowCount() - 1
        if last < 0 or self.model.total_row is None or \
                not self.model.is_total(self.proxy.mapToSource(self.proxy.index(last, 0)).row()):
            return None
        return last

    def _whole_table(self, indexes: list[QModelIndex], total: int) -> bool:
        """Every data row is selected in each selected column, and no search hides a row."""
        if self.search.text() or self.proxy.rowCount() != self.model.rowCount():
            return False
        selected = {(i.row(), i.column()) for i in indexes}
        columns = {column for _row, column in selected}
        return len(selected) == total * len(columns)

    def copy_selection(self) -> None:
        text = self.selection_as_text()
        if text:
            QGuiApplication.clipboard().setText(text)

    def paste(self) -> None:
        self.paste_text(QGuiApplication.clipboard().text())

    def paste_text(self, text: str) -> None:
        """Spread a tab-separated block from the current cell (or fill the selection with one
        value), skipping read-only columns; the owner turns it into one undo step. Lines beyond
        the last row become new rows when the owner set `append`, else they are dropped."""
        if self._paste is None or not self.model.editable:
            return
        block = parse_clipboard_table(text)
        start = self.view.currentIndex()
        if not block or not start.isValid():
            return
        targets: list[tuple[int, int, str]] = []
        selected = self.view.selectionModel().selectedIndexes()
        if len(block) == 1 and len(block[0]) == 1 and len(selected) > 1:
            targets = [(i.row(), i.column(), block[0][0]) for i in selected]
        else:
            for row_offset, cells in enumerate(block):
                for column_offset, cell in enumerate(cells):
                    targets.append((start.row() + row_offset, start.column() + column_offset,
                                    cell))
        data_rows = self.proxy.rowCount() - (1 if self.model.total_row is not None else 0)
        cells_to_paste: list[PasteCell] = []
        new_rows: dict[int, NewRow] = {}
        for proxy_row, proxy_column, cell in targets:
            if proxy_column >= self.proxy.columnCount():
                continue
            if proxy_row >= data_rows:
                column = self.model.columns[proxy_column]
                if self.append is not None and column.editor is not None:
                    new_rows.setdefault(proxy_row, []).append((column, cell.strip()))
                continue
            source = self.proxy.mapToSource(self.proxy.index(proxy_row, proxy_column))
            if not self.model.is_cell_editable(source.row(), source.column()):
                continue
            cells_to_paste.append(
                (self.model.row_at(source.row()), self.model.columns[source.column()], cell.strip())
            )
        if new_rows and self.append is not None:
            self.append(cells_to_paste, [new_rows[row] for row in sorted(new_rows)])
        elif cells_to_paste:
            self._paste(cells_to_paste)

    # -- context menu ------------------------------------------------------------------------------

    def _context_menu(self, position: Any) -> None:
        menu = QMenu(self)
        for action in (self.copy_action, self.paste_action, self.add_row_action,
                       self.remove_rows_action):
            menu.addAction(action)
        if self.extra_actions:
            menu.addSeparator()
            for action in self.extra_actions:
                menu.addAction(action)
        menu.exec(self.view.viewport().mapToGlobal(position))

    # -- settings ----------------------------------------------------------------------------------

    def _settings_key(self) -> str:
        return f"tables/{self.name}/header"

    def fit_columns_once(self) -> None:
        """Size the columns to their contents the first time there are rows to measure, unless
        the user's own widths were restored (small tables only: this measures every cell)."""
        if self._widths_settled or not self.model.rowCount():
            return
        self._widths_settled = True
        footer = self.footer if self.model.total_row is not None else None
        for position in range(self.model.columnCount() - 1):  # the last one stretches
            self.view.resizeColumnToContents(position)
            if footer is not None:  # the total row is in the footer, often the widest
                widest = max(self.view.columnWidth(position), footer.sizeHintForColumn(position))
                self.view.setColumnWidth(position, widest)

    def _restore_columns(self) -> None:
        state = self.settings.value(self._settings_key())
        header = self.view.horizontalHeader()
        self._widths_settled = state is not None and header.restoreState(state)
        if self._widths_settled:
            return
        for position, column in enumerate(self.model.columns):
            if column.width:
                header.resizeSection(position, column.width)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    def _save_columns(self) -> None:
        self.settings.setValue(self._settings_key(), self.view.horizontalHeader().saveState())
