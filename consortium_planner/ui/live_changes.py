"""Others' changes appear in the window without a manual refresh.

The workspace's change feed (services/change_feed.py: LISTEN/NOTIFY on a server, data_version on
a file) reports on its own thread; a queued signal brings the notice to the window's thread,
where it becomes a `Changes` for `AppContext.notify`: the same path as the user's own edits, so
the pages reload what the change concerns and keep their selection and scroll position (rows
that keep their ids are only repainted). While a cell editor is open the refresh waits, so an
edit in progress is never overwritten; it follows as soon as the editor closes.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QWidget

if TYPE_CHECKING:
    from consortium_planner.app import AppContext
    from consortium_planner.services.change_feed import ChangeFeed, FeedNotice
    from consortium_planner.services.editing import Changes

log = logging.getLogger(__name__)

RETRY_MS = 300  # while an editor is open: how often to look whether it has closed


def changes_of(notice: FeedNotice) -> Changes:
    """What the pages reload for a notice: everything of the projects concerned (one project:
    only its pages), the directory when it changed."""
    from consortium_planner.services.editing import Changes  # not needed to open the window

    everything = notice.everything or (notice.directory and bool(notice.projects))
    if everything:
        return Changes(directory=True, projects=True, project=True, participants=True,
                       work_plan=True, effort=True, budget=True)
    if notice.directory:  # names and details of organisations show in the projects too
        return Changes(directory=True, participants=True)
    project_id = notice.projects[0] if len(notice.projects) == 1 else None
    return Changes(projects=True, project=True, participants=True, work_plan=True, effort=True,
                   budget=True, project_id=project_id)


class LiveChanges(QObject):
    """Runs the open workspace's change feed and applies its notices to `window`'s pages."""

    _arrived = Signal(object)  # FeedNotice, emitted on the feed's thread

    def __init__(self, context: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.context = context
        self.window = window
        self._feed: ChangeFeed | None = None
        self._pending: Changes | None = None
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self._flush)
        self._arrived.connect(self._received)  # queued: the feed emits on its own thread
        context.workspace_changed.connect(self.restart)
        self.restart()

    def restart(self) -> None:
        """Follow the workspace now open (none: stop)."""
        self.stop()
        workspace = self.context.workspace
        if workspace is None:
            return
        # imported with a workspace only: the window without one starts without SQLAlchemy
        from consortium_planner.services.change_feed import feed_for

        try:
            self._feed = feed_for(workspace.engine, getattr(workspace, "path", None),
                                  self._arrived.emit)
        except ValueError as error:  # no way to follow this workspace: the window still works
            log.warning("others' changes will not appear by themselves: %s", error)
            return
        self._feed.start()

    def stop(self) -> None:
        if self._feed is not None:
            self._feed.stop()
            self._feed = None
        self._pending = None
        self._retry.stop()

    def _received(self, notice: FeedNotice) -> None:
        if self._feed is None:  # a notice of a workspace since closed
            return
        self.context.others_changed.emit()  # (not held back by an open editor)
        changes = changes_of(notice)
        self._pending = changes if self._pending is None else self._pending | changes
        self._flush()

    def _flush(self) -> None:
        if self._pending is None or self.context.workspace is None:
            return
        if self.editing_in_progress():
            self._retry.start()
            return
        changes, self._pending = self._pending, None
        self.context.notify(changes)

    def editing_in_progress(self) -> bool:
        """Whether a cell editor of the window is open (its text must not be replaced)."""
        return any(view.state() == QAbstractItemView.State.EditingState
                   for view in self.window.findChildren(QAbstractItemView))
