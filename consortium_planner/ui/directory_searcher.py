"""What ties a search box, the facets and a paged table to the directory's search engine; the
directory page and the partner finder share it.

Typing waits for a short pause (debounce) before searching, and that search runs on a worker
thread with its own read-only session, so a slow query never holds up the typing; only the newest search's
result is shown. A facet click or a header click searches at once. Each search gives the model
the ids of the result, in the database's order, and the facets the counts of that result.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QTableView

from consortium_planner.services.directory_search import (
    DirectoryQuery,
    FacetTableSlot,
    SearchResult,
    fetch_rows,
    fill_slot,
    search,
    sortable_columns,
)
from consortium_planner.ui.facets import FacetPanel
from consortium_planner.ui.language import texts
from consortium_planner.ui.paged_model import PagedTableModel
from consortium_planner.ui.table_model import Column

if TYPE_CHECKING:
    from consortium_planner.app import AppContext
    from consortium_planner.workspace import Workspace

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 150  # typing pauses this long before the search runs


class _Search(QRunnable):
    """One search on the worker thread; the result comes back to the window's thread through
    `done` (a queued signal), tagged with the search's number."""

    def __init__(self, workspace: Workspace, query: DirectoryQuery, number: int,
                 done: _Done, counted: SearchResult | None = None) -> None:
        super().__init__()
        self.workspace, self.query, self.number, self.done = workspace, query, number, done
        self.counted = counted
        self.texts = texts()  # the facets' labels in the window's language, read on its thread

    def run(self) -> None:
        try:
            with self.workspace.read_sessions()() as session:  # never the window's write lock
                result = search(session, self.query, texts=self.texts, counted=self.counted,
                                remember=True)
        except Exception:  # the workspace closed meanwhile, or a bug: the window searches again
            log.exception("background search failed")
            result = None
        self.done.finished.emit(self.number, result)


class _FillSlot(QRunnable):
    """Reads the directory's facet table into a result's slot on the worker thread, when the
    search after a result with an empty one starts (on 134,000 organisations ~60 ms from a
    file, ~100-150 ms from a server, which neither the page's first rows nor a keystroke
    wait for): the searches after it count and sort in memory, and a facet click takes the
    whole directory's counts from it (services.directory_search.search)."""

    def __init__(self, workspace: Workspace, slot: FacetTableSlot) -> None:
        super().__init__()
        self.workspace, self.slot = workspace, slot

    def run(self) -> None:
        try:
            with self.workspace.read_sessions()() as session:
                fill_slot(session, self.slot)
        except Exception:  # the workspace closed meanwhile: the searches count in SQL
            log.debug("reading the facet table failed", exc_info=True)


class _Done(QObject):
    finished = Signal(int, object)  # search number, SearchResult or None


def paged_model(context: AppContext, columns: list[Column], parent: QObject) -> PagedTableModel:
    """A model over directory rows, read a block at a time from the open workspace."""
    return PagedTableModel(
        columns,
        lambda ids: context.read(fetch_rows, ids) if context.workspace is not None else [],
        sortable=lambda key: key in sortable_columns(), parent=parent,
    )


class DirectorySearcher(QObject):
    """Runs the search of `box` + `facets` (+ `base`, e.g. "not in this project") into `model`."""

    searched = Signal(object)  # SearchResult

    def __init__(
        self,
        context: AppContext,
        box: QLineEdit,
        facets: FacetPanel,
        model: PagedTableModel,
        view: QTableView,
        base: DirectoryQuery = DirectoryQuery(),  # noqa: B008 - frozen
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.box = box
        self.facets = facets
        self.model = model
        self.view = view
        self.query = base
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.run_in_background)
        self._pool = QThreadPool(self)  # deleted (after waiting for its search) with the searcher
        self._pool.setMaxThreadCount(1)
        self._done = _Done(self)
        self._done.finished.connect(self._finished)
        self._number = 0  # of the newest search asked for: older results are dropped
        # the last result shown, whose counts a search finding the same organisations takes
        # over (services.directory_search.search); dropped at every change of the workspace
        self._counted: SearchResult | None = None
        self._changes = 0  # changes seen: a result searched before the last one is not kept
        self._searched_at = 0  # self._changes when the newest search started
        self._filling: FacetTableSlot | None = None  # the slot being read, or last read
        self._to_fill: FacetTableSlot | None = None  # the last result's, read at the next search
        facets.changed.connect(self.run)
        model.sort_requested = self.sort_by
        context.changed.connect(self.forget)
        context.others_changed.connect(self.forget)
        context.workspace_changed.connect(self.forget)

    def forget(self, *_args: object) -> None:
        """The workspace changed: the next search counts afresh.

        What the counts guarantee: the counts taken over and the facet table (services:
        `FacetTableSlot`) are dropped here at every change the window hears of: the user's
        own edits (`changed`) at once, anyone else's when the change feed's notice arrives
        (`others_changed`: a LISTEN/NOTIFY notice on a team workspace, delivered as the
        colleague commits; on a file, within about a second), even while a cell editor holds
        the pages' reload back. So counts are wrong only between someone else's commit and
        its notice, as the rows shown are; a search already running then may still show
        them, and the page's reload after the notice counts again."""
        self._counted = None
        self._to_fill = None
        self._changes += 1

    def typed(self, _text: str = "") -> None:
        """The box's text changed: search once typing pauses."""
        self.timer.start()

    def current_query(self) -> DirectoryQuery:
        return self.facets.apply_to(replace(self.query, text=self.box.text()))

    def run(self) -> SearchResult | None:
        """Search now for what is typed and chosen."""
        self.timer.stop()
        self._number += 1
        if self.context.workspace is None:
            return None
        self.query = self.current_query()
        self._searched_at = self._changes
        self._start_filling()  # (beside this search, which counts in SQL if it comes first)
        result = self.context.read(search, self.query, texts=texts(), counted=self._counted,
                                   remember=True)
        self._show(result)
        return result

    def run_in_background(self) -> None:
        """Search on the worker thread; the result is shown when it comes, if still wanted."""
        self.timer.stop()
        self._number += 1
        if self.context.workspace is None:
            return
        self.query = self.current_query()
        self._searched_at = self._changes
        self._pool.start(_Search(self.context.workspace, self.query, self._number, self._done,
                                 self._counted))
        self._start_filling()  # (after this search, on the same thread)

    def _finished(self, number: int, result: SearchResult | None) -> None:
        if number != self._number:
            return  # typing went on: a newer search is on its way
        if result is None:
            self.run()
        else:
            self._show(result)

    def _show(self, result: SearchResult) -> None:
        self._counted = result if self._searched_at == self._changes else None
        self.model.set_ids(result.ids)
        self.facets.set_facets(result.facets)
        self._show_sort()
        self.searched.emit(result)
        slot = result.slot if self._counted is not None else None
        if slot is not None and slot.table is None and slot is not self._filling:
            self._to_fill = slot

    def _start_filling(self) -> None:
        """Read the facet table of the last result shown, if it lacks one, as the next search
        starts: not while that result's first rows are painted (the page's first rows above
        all), and only once the user searches on."""
        slot, self._to_fill = self._to_fill, None
        if slot is not None and slot.table is None and self.context.workspace is not None:
            self._filling = slot  # (one reading per slot; a change drops the slot)
            self._pool.start(_FillSlot(self.context.workspace, slot))

    def sort_by(self, key: str, descending: bool) -> None:
        """A click on a column header: the database sorts ("" is best match first)."""
        self.query = replace(self.query, sort=key or "rank", descending=descending)
        self.model.set_ids(())  # a new order is a new list, not the same rows in place
        self.run()

    def apply(self, query: DirectoryQuery) -> None:
        """Show a ready-made query (a saved search, a gap of the partner finder)."""
        blocked = self.box.blockSignals(True)
        self.box.setText(query.text)
        self.box.blockSignals(blocked)
        self.facets.take_from(query)
        usable = query.sort == "rank" or query.sort in sortable_columns()
        self.query = replace(query, exclude_project=self.query.exclude_project,
                             sort=query.sort if usable else "rank")
        self.model.set_ids(())
        self.run()

    def _show_sort(self) -> None:
        header = self.view.horizontalHeader()
        column = self.model.column_of_key(self.query.sort) if self.query.sort != "rank" else None
        order = Qt.SortOrder.DescendingOrder if self.query.descending \
            else Qt.SortOrder.AscendingOrder
        blocked = header.blockSignals(True)
        header.setSortIndicator(-1 if column is None else column, order)
        header.blockSignals(blocked)
