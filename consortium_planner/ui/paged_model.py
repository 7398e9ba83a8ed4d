"""A table model that scales with the data, not with the screen (Anki's browser table).

It holds only the ordered ids of the current result; the rows it draws are fetched in small
blocks as they are painted and kept in a small cache of recent blocks. A missing block is read
together with the missing blocks of the screen below it, in one fetch: a jump of the scroll bar
reads once, not once per block the screen straddles (each read runs a few statements). An edit
marks the cache stale, nothing more: the ids keep their order, so the edited row stays where it
is. Sorting by a column header asks the owner to search again in that order (the database
sorts), so no `QSortFilterProxyModel` ever holds every row.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt

from consortium_planner.ui.table_model import (
    EDITABLE,
    ROW_ID_ROLE,
    SELECTABLE,
    SORT_ROLE,
    Column,
    RecordTableModel,
)

BLOCK_SIZE = 16
# Rows below a missing one that are read with it: a screen of some 45 rows (the view paints from
# its top row down, so the first row it misses is the top of what it is about to show). The
# first screen of a result reads 64 rows, as many as the blocks of 64 read before.
READ_AHEAD = 48
# 1,024 rows: some thirty screens up and down, whatever the directory's size. Few on purpose:
# the cached rows are objects the garbage collector walks, and scrolling replaces them all the
# time (a cache of 6,000 rows made a 15-30 ms collection now and then in the middle of a scroll)
CACHED_BLOCKS = 64

# Roles as plain ints: the view asks seven roles of every painted cell (a frame of the directory
# is some 2,000 calls into Python), so each answer must cost next to nothing. Only these are
# answered from a row; the others (font, decoration, check state, background) are None.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ROW_ROLES = frozenset(int(role) for role in (
    Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole,
    SORT_ROLE, ROW_ID_ROLE,
))
_ALIGN_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_ALIGN_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_NO_FLAGS = Qt.ItemFlag.NoItemFlags


# A cell's text is kept under row * _SPAN + column: an int key, not a (row, column) tuple, so a
# block's texts are a dict of ints and strings that the cyclic garbage collector never tracks.
_SPAN = 1 << 16


class _Block:
    """A block of fetched rows and, filled in as cells are painted, their display texts (a
    frame repaints the same cells many times: each text is made once)."""

    __slots__ = ("rows", "texts")

    def __init__(self, rows: list[Any]) -> None:
        self.rows = rows
        self.texts: dict[int, str] = {}  # row * _SPAN + column -> text


FetchRows = Callable[[Sequence[int]], Sequence[Any]]  # ids -> rows with an `id`, in that order
SortRequest = Callable[[str, bool], None]  # (column key or "" for best match, descending)


class PagedTableModel(RecordTableModel):
    """Rows of a result known by ids only; `fetch` reads a block of them when they are drawn."""

    def __init__(
        self,
        columns: Sequence[Column],
        fetch: FetchRows,
        *,
        sortable: Callable[[str], bool] = lambda _key: False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(columns, row_id=lambda row: row.id, parent=parent)
        self._fetch = fetch
        self._sortable = sortable
        self.ids: tuple[int, ...] = ()
        self._positions: dict[int, int] | None = None
        self._blocks: OrderedDict[int, _Block] = OrderedDict()
        self._last: tuple[int, _Block] | None = None  # the block painted last (fast path)
        self.sort_requested: SortRequest | None = None  # set by the owner

    # -- contents --------------------------------------------------------------------------------

    def set_ids(self, ids: Sequence[int]) -> None:
        """Show this result. The same ids in any order keep today's order (an edit must not move
        the row being edited); another set of ids resets the view."""
        ids = tuple(ids)
        if len(ids) == len(self.ids) and set(ids) == set(self.ids):
            self.invalidate()
            return
        self.beginResetModel()
        self.ids = ids
        self._positions = None
        self._blocks.clear()
        self._last = None
        self.endResetModel()

    def invalidate(self) -> None:
        """Forget the fetched rows; the visible ones are read again when next painted."""
        self._blocks.clear()
        self._last = None
        if self.ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.ids) - 1, self.columnCount() - 1)
            )

    def row_at(self, row: int) -> Any:
        return self._block(row).rows[row % BLOCK_SIZE]

    def _block(self, row: int) -> _Block:
        """The block holding `row`, read when it is not held yet (the least recent one goes)."""
        block_number = row // BLOCK_SIZE
        last = self._last
        if last is not None and last[0] == block_number:
            return last[1]
        block = self._blocks.get(block_number)
        if block is None:
            block = self._read(block_number, row)
        else:
            self._blocks.move_to_end(block_number)
        self._last = (block_number, block)
        return block

    def _read(self, block_number: int, row: int) -> _Block:
        """Read the block holding `row` and, in the same fetch, the missing blocks up to
        READ_AHEAD rows below it; the least recent blocks go."""
        last_block = min(row + READ_AHEAD, len(self.ids) - 1) // BLOCK_SIZE
        numbers = [number for number in range(block_number, last_block + 1)
                   if number == block_number or number not in self._blocks]
        wanted = [self.ids[number * BLOCK_SIZE:(number + 1) * BLOCK_SIZE] for number in numbers]
        found = {r.id: r for r in self._fetch([row_id for ids in wanted for row_id in ids])}
        for number, ids in zip(numbers, wanted):
            # a row deleted since the search shows as empty until the next search
            self._blocks[number] = _Block([found.get(row_id) for row_id in ids])
        while len(self._blocks) > CACHED_BLOCKS:
            self._blocks.popitem(last=False)
        return self._blocks[block_number]

    def row_of_id(self, row_id: Any) -> int | None:
        if self._positions is None:
            self._positions = {value: position for position, value in enumerate(self.ids)}
        return self._positions.get(row_id)

    def cached_rows(self) -> int:
        """How many rows are held now (at most CACHED_BLOCKS blocks, whatever the result)."""
        return sum(len(block.rows) for block in self._blocks.values())

    # -- QAbstractTableModel ---------------------------------------------------------------------

    def rowCount(self, parent: Any = None) -> int:  # noqa: N802 - Qt's name
        if parent is not None and parent.isValid():
            return 0
        return len(self.ids)

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """What a painted cell needs, each text made once per fetched block (the view asks
        seven roles per cell and frame: the cheapest tests come first)."""
        if role == _DISPLAY:
            number = index.row()
            if number >= len(self.ids) or number < 0:
                return None
            block = self._block(number)
            column = index.column()
            key = number * _SPAN + column
            text = block.texts.get(key)
            if text is None:
                row = block.rows[number % BLOCK_SIZE]
                if row is None:
                    return None
                text = block.texts[key] = self.columns[column].display(row)
            return text
        if role == _ALIGNMENT:
            if not index.isValid():
                return None
            return _ALIGN_RIGHT if self.columns[index.column()].numeric else _ALIGN_LEFT
        if role not in _ROW_ROLES or (
                role == _FOREGROUND and self.columns[index.column()].foreground is None):
            return None
        number = index.row()
        if not index.isValid() or number >= len(self.ids) or self.row_at(number) is None:
            return None
        return super().data(index, role)

    def flags(self, index: Any) -> Qt.ItemFlag:
        """RecordTableModel's flags (no total row here), asked for every painted cell too; a
        row deleted since the search is inert."""
        number = index.row()
        if number < 0 or (number < len(self.ids) and self.row_at(number) is None):
            return _NO_FLAGS
        if self.editable and self.on_edit is not None \
                and self.columns[index.column()].editor is not None:
            return EDITABLE
        return SELECTABLE

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """A header click: the owner searches again, sorted by the database."""
        key = self.columns[column].key if 0 <= column < len(self.columns) else ""
        if column >= 0 and not (key and self._sortable(key)):
            return
        if self.sort_requested is not None:
            self.sort_requested(key, order == Qt.SortOrder.DescendingOrder)
