"""AppContext: the one wiring point of the window (workspace, services, undo stack, settings).

Views never open sessions or call services directly for edits: they build undo commands and
hand them to `execute`, which runs the first `redo` itself so that a refused edit (`UserError`)
never lands on the undo stack. After every change, applied, undone or redone, `changed` carries
one `Changes` value and each view reloads only when the flags concern it (Anki's
`operation_did_execute`). Reads go through small caches that every change clears.

This module imports QtCore and QtGui (for QUndoStack and QSettings) but no widgets, so it stays
usable from tests and tools without a window.
"""

from __future__ import annotations

import logging
from decimal import Decimal
from pathlib import Path
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, QSettings, QThreadPool, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from consortium_planner.reference.languages import DEFAULT_LANGUAGE
from consortium_planner.reference.messages import Message, gettext
from consortium_planner.reference.wording import wording
from consortium_planner.services.errors import UserError, worded

if TYPE_CHECKING:
    from consortium_planner.domain.project import OrganisationInfo, ProjectSnapshot
    from consortium_planner.services.directory import ProjectEntry
    from consortium_planner.services.editing import Changes, EditingService
    from consortium_planner.services.versions import VersionEntry
    from consortium_planner.workspace import Workspace

log = logging.getLogger(__name__)
T = TypeVar("T")

RECENT_FILES_KEY = "recent_files"
MAX_RECENT_FILES = 8
# A large workspace opens after a cheap damage check (workspace.FULL_CHECK_BYTES); the whole
# file is checked on a worker thread this long after the window shows it, once the first
# searches are done.
WHOLE_FILE_CHECK_DELAY_MS = 1500


class _WholeFileCheck(QRunnable):
    """`Workspace.verify` on a worker thread; damage found comes back through `done` (a queued
    signal) with the workspace it concerns. Anything else (another program holding the file
    too long, the file gone) leaves the check to the first write, which reports it."""

    def __init__(self, workspace: Workspace, done: Any) -> None:
        super().__init__()
        self.workspace, self.done = workspace, done

    def run(self) -> None:
        from consortium_planner.workspace import NotAWorkspace

        try:
            self.workspace.verify()
        except NotAWorkspace as error:
            self.done.emit(self.workspace, error)
        except Exception:
            log.exception("the whole-file check could not run; it runs before the first write")


class AppContext(QObject):
    """The open workspace and everything that edits or reads it."""

    changed = Signal(object)  # Changes
    # someone else committed a change (ui/live_changes, as the notice arrives): what a view
    # keeps in memory of the workspace goes at once; `changed` follows once no editor is open
    others_changed = Signal()
    workspace_changed = Signal()  # a workspace was opened or closed
    user_error = Signal(str)  # a refused edit: shown as a short message, never a crash
    workspace_error = Signal(object)  # WorkspaceError: the file itself failed (locked, full ...)
    # (command, EditConflict): an edit refused because someone else changed its rows since the
    # user saw them; the window asks which to keep (ui/conflicts.py)
    edit_conflict = Signal(object, object)
    _check_failed = Signal(object, object)  # Workspace, the damage its whole-file check found

    def __init__(self, settings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.undo_stack = QUndoStack(self)
        self.workspace: Workspace | None = None
        self._editing: EditingService | None = None
        self._snapshots: dict[int, ProjectSnapshot] = {}
        self._findings: dict[int, list[Any]] = {}
        self._projects: list[ProjectEntry] | None = None
        self._organisations: list[OrganisationInfo] | None = None
        self._participations: dict[int, list[str]] | None = None
        self._check_pool = QThreadPool(self)  # the whole-file check of a large workspace
        self._check_pool.setMaxThreadCount(1)
        self._check_failed.connect(self._damage_found)
        # Versions opened read-only, by the id their snapshot carries: minus the version's id.
        # Frozen, so no change clears them; a deleted version stops being a project to show.
        self._opened_versions: dict[int, ProjectSnapshot] = {}
        self._versions: list[VersionEntry] | None = None
        # the language refused edits are worded in: the window sets its own (ui/language)
        self.language: Callable[[], str] = lambda: DEFAULT_LANGUAGE
        # The versions of the rows the user sees, by table (read with each project's snapshot,
        # moved on by the user's own edits): what an edit expects to find (no lost update).
        self._seen: dict[str, dict[Any, int]] = {}
        # The versions the user's own last writes left, by table: what an undo or redo expects
        # (a row moved on since was changed by someone else, whose change it must not undo).
        self._own: dict[str, dict[Any, int]] = {}
        # The values of the fields beside those versions, by table and row: an edit is refused
        # only for a field whose value someone else changed (services/editing/conflicts.py).
        self._seen_values: dict[str, dict[Any, dict[str, Any]]] = {}
        self._own_values: dict[str, dict[Any, dict[str, Any]]] = {}

    # -- the workspace ---------------------------------------------------------------------------

    @property
    def read_only(self) -> bool:
        return self.workspace is None or self.workspace.read_only

    @property
    def editing(self) -> EditingService:
        """The editing service, created at the first edit (its imports are not needed to look)."""
        if self.workspace is None:
            raise RuntimeError("no workspace is open")
        if self._editing is None:
            from consortium_planner.services.editing import EditingService

            self._editing = EditingService(self.workspace)
        return self._editing

    def open_workspace(self, path: Path | str, *, read_only: bool = False) -> None:
        """Open a workspace (closing the current one); WorkspaceError if the file cannot be used."""
        from consortium_planner.workspace import Workspace

        workspace = Workspace.open(path, read_only=read_only)
        self._close_quietly()
        self.workspace = workspace
        self.add_recent_file(workspace.location if workspace.is_server else workspace.path)
        log.info("opened %s%s", workspace.location, " read-only" if workspace.read_only else "")
        self.workspace_changed.emit()
        if not workspace.fully_checked:
            QTimer.singleShot(WHOLE_FILE_CHECK_DELAY_MS, self, self._check_whole_file)

    def _check_whole_file(self) -> None:
        if self.workspace is not None and not self.workspace.fully_checked:
            self._check_pool.start(_WholeFileCheck(self.workspace, self._check_failed))

    def _damage_found(self, workspace: Workspace, error: Exception) -> None:
        """The whole-file check found damage: say so (every write is refused from now on)."""
        if workspace is self.workspace:
            self.workspace_error.emit(error)

    def create_workspace(self, path: Path | str) -> None:
        from consortium_planner.workspace import Workspace

        Workspace.create(path, overwrite=True).close()
        self.open_workspace(path)

    def close_workspace(self) -> None:
        self._close_quietly()
        self.workspace_changed.emit()

    def _close_quietly(self) -> None:
        self.undo_stack.clear()
        self._forget()
        self._seen.clear()
        self._own.clear()
        self._seen_values.clear()
        self._own_values.clear()
        self._opened_versions.clear()
        if self.workspace is not None:
            self.workspace.close()
        self.workspace = None
        self._editing = None

    # -- edits -----------------------------------------------------------------------------------

    def execute(self, command: QUndoCommand) -> bool:
        """Run a command's first redo here; push it only if it succeeded.

        A `UserError` becomes the `user_error` signal and leaves the stack as it was; an
        `EditConflict` (someone else changed the rows since) the `edit_conflict` signal, whose
        handler may run the command again against the current versions ("apply mine"), for
        the commands that can (`reapplies`).
        """
        from consortium_planner.services.editing.conflicts import EditConflict
        from consortium_planner.workspace import ColleagueBusy, WorkspaceError

        try:
            changes = command.apply()  # type: ignore[attr-defined]
        except EditConflict as error:
            self.notify_everything()  # the views show the current state, theirs
            if getattr(command, "reapplies", False):
                self.edit_conflict.emit(command, error)
            else:  # an import, say: read again and start over
                self.user_error.emit(self.worded(error))
            return False
        except UserError as error:
            self.user_error.emit(self.worded(error))
            return False
        except ColleagueBusy:
            self.colleague_busy()
            return False
        except WorkspaceError as error:
            self.workspace_error.emit(error)
            return False
        command.skip_next_redo = True  # type: ignore[attr-defined]
        self.undo_stack.push(command)
        self.notify(changes)
        return True

    def colleague_busy(self) -> None:
        """An edit, undo or redo waited its bounded time (workspace.LOCK_WAIT_SECONDS) for a
        colleague's transaction on a server, an import holding the directory, and gave up:
        nothing was written; say so. The views show the workspace as it is."""
        self.user_error.emit(gettext(
            "A colleague is saving changes to the same data (an import or an edit); your change "
            "was not saved. Try again in a moment.").render(wording(self.language())))
        self.notify_everything()

    def replay_failed(self, error: Exception) -> None:
        """An undo or redo could not be carried out: say so, and drop the history, which no
        longer matches the file (after the stack has finished the step it is in)."""
        from PySide6.QtCore import QTimer

        from consortium_planner.workspace import WorkspaceError

        if isinstance(error, WorkspaceError):
            self.workspace_error.emit(error)
        else:
            self.user_error.emit(self.worded(error, gettext("The undo history was cleared.")))
        QTimer.singleShot(0, self.undo_stack.clear)
        self.notify_everything()

    def worded(self, error: BaseException, *then: Message) -> str:
        """An error (and sentences after it) as the window shows it, in its language."""
        language = wording(self.language())
        return " ".join([worded(error, language), *(part.render(language) for part in then)])

    def notify_everything(self) -> None:
        from consortium_planner.services.editing import Changes

        self.notify(Changes(directory=True, projects=True, project=True, participants=True,
                            work_plan=True, effort=True, budget=True))

    def notify(self, changes: Changes) -> None:
        """Clear the caches and tell every view what changed."""
        self._forget()
        for table, row, version in changes.versions:
            self._seen.setdefault(table, {})[row] = version
            self._own.setdefault(table, {})[row] = version
        for table, row, fields in changes.values:
            # the fields the user wrote; the others keep the values the user saw
            self._seen_values.setdefault(table, {}).setdefault(row, {}).update(fields)
            self._own_values.setdefault(table, {}).setdefault(row, {}).update(fields)
        self.changed.emit(changes)

    def _remember(self, versions: dict[str, dict[Any, int]],
                  values: dict[str, dict[Any, dict[str, Any]]]) -> None:
        """A project's row versions and field values as just read; its effort cells replaced,
        not added to (a cell emptied since has no row: it was seen empty)."""
        participants = set(versions.get("participant", {}))
        for seen in (self._seen, self._seen_values):
            efforts = seen.setdefault("effort", {})
            for cell in [cell for cell in efforts if cell[0] in participants]:
                del efforts[cell]
        for table, rows in versions.items():
            self._seen.setdefault(table, {}).update(rows)
        for table, fields in values.items():
            self._seen_values.setdefault(table, {}).update(fields)

    def own_versions(self, table: str, rows: Iterable[Any]) -> dict[Any, int]:
        """The versions the user's own last writes left on these rows (rows the user never
        wrote are left out)."""
        own = self._own.get(table, {})
        return {row: own[row] for row in rows if row in own}

    def own_values(self, table: str, fields: Iterable[tuple[Any, Iterable[str]]]
                   ) -> dict[Any, dict[str, Any]]:
        """The values the user's own last writes left in these fields, per row (fields the user
        never wrote are left out): what an undo or redo expects to find in them."""
        return _known(self._own_values.get(table, {}), fields)

    def seen_values(self, table: str, fields: Iterable[tuple[Any, Iterable[str]]]
                    ) -> dict[Any, dict[str, Any]]:
        """The values the user saw in these fields (row, field names), per row, read with the
        versions of `seen_versions` (fields the window never read are left out). An effort cell
        of a participant the window read, but not the cell itself, was empty: zero."""
        known = self._seen_values.get(table, {})
        if table == "effort":
            participants = self._seen.get("participant", {})
            fields = list(fields)
            known = {**{row: {"person_months": Decimal(0)} for row, _ in fields
                        if row[0] in participants}, **known}
        return _known(known, fields)

    def seen_versions(self, table: str, rows: Iterable[Any]) -> dict[Any, int]:
        """The versions the user saw these rows at (rows the window never read are left out:
        they are written as they are). An effort cell of a participant the window read, but
        not the cell itself, was empty: version 0."""
        seen = self._seen.get(table, {})
        found: dict[Any, int] = {}
        for row in rows:
            if row in seen:
                found[row] = seen[row]
            elif table == "effort" and row[0] in self._seen.get("participant", {}):
                found[row] = 0
        return found

    def _forget(self) -> None:
        self._snapshots.clear()
        self._findings.clear()
        self._projects = None
        self._organisations = None
        self._participations = None
        self._versions = None

    # -- reads (cached until the next change) -----------------------------------------------------

    def projects(self) -> list[ProjectEntry]:
        if self.workspace is None:
            return []
        if self._projects is None:
            from consortium_planner.services.directory import list_projects

            with self.workspace.sessions() as session:
                self._projects = list_projects(session)
        return self._projects

    def read(self, function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Call a service read, `function(session, *args, **kwargs)`, in a fresh session (the
        directory's search and its pages of rows: never cached, they are small and fast)."""
        assert self.workspace is not None
        with self.workspace.sessions() as session:
            return function(session, *args, **kwargs)

    def organisations(self) -> list[OrganisationInfo]:
        """The whole directory (tools and tests): the window reads it through `read` and the
        directory search, a page at a time."""
        if self.workspace is None:
            return []
        if self._organisations is None:
            from consortium_planner.services.directory import list_organisations

            with self.workspace.sessions() as session:
                self._organisations = list_organisations(session)
        return self._organisations

    def participations(self) -> dict[int, list[str]]:
        if self.workspace is None:
            return {}
        if self._participations is None:
            from consortium_planner.services.directory import participations

            with self.workspace.sessions() as session:
                self._participations = participations(session)
        return self._participations

    def snapshot(self, project_id: int) -> ProjectSnapshot:
        if project_id in self._opened_versions:
            return self._opened_versions[project_id]
        if project_id not in self._snapshots:
            from consortium_planner.services.snapshot import load_snapshot

            assert self.workspace is not None
            from consortium_planner.services.editing.conflicts import project_versions

            with self.workspace.sessions() as session:
                # versions first: a write between the two reads makes a refusal, never a loss
                self._remember(*project_versions(session, project_id))
                self._snapshots[project_id] = load_snapshot(session, project_id)
        return self._snapshots[project_id]

    def has_project(self, project_id: int | None) -> bool:
        """Whether `project_id` names a project, or a version opened read-only, to show."""
        if self.is_version(project_id):
            return project_id in self._opened_versions and self.version_entry(project_id) \
                is not None
        return project_id is not None and any(p.id == project_id for p in self.projects())

    # -- versions ----------------------------------------------------------------------------------

    @staticmethod
    def is_version(project_id: int | None) -> bool:
        """Whether `project_id` is a version's (they are negative: see services/versions.py)."""
        return project_id is not None and project_id < 0

    def is_read_only(self, project_id: int | None) -> bool:
        """Whether what is shown of `project_id` may not be edited: a read-only workspace, or a
        frozen version."""
        return self.read_only or self.is_version(project_id)

    def versions(self, project_id: int | None = None) -> list[VersionEntry]:
        """The versions of a project (or of every project), newest first."""
        if self.workspace is None:
            return []
        if self._versions is None:
            from consortium_planner.services.versions import list_versions

            with self.workspace.sessions() as session:
                self._versions = list_versions(session)
        return [entry for entry in self._versions
                if project_id is None or entry.project_id == project_id]

    def version_entry(self, project_id: int | None) -> VersionEntry | None:
        """The version that the (negative) id of an opened version's snapshot names."""
        if not self.is_version(project_id):
            return None
        assert project_id is not None
        return next((entry for entry in self.versions() if entry.id == -project_id), None)

    def open_version(self, version_id: int) -> int:
        """Read a version into a read-only snapshot that the pages show like a project's; the
        id to show it by. UserError when the version is gone."""
        from consortium_planner.services.versions import version_snapshot

        assert self.workspace is not None
        if -version_id not in self._opened_versions:
            with self.workspace.sessions() as session:
                try:
                    snapshot = version_snapshot(session, version_id)
                except LookupError as error:
                    raise UserError(f"{str(error).capitalize()}.") from error
            self._opened_versions[-version_id] = snapshot
        return -version_id

    def findings(self, project_id: int) -> list[Any]:
        """The eligibility checks' findings (computed once per project until a change)."""
        if project_id not in self._findings:
            from consortium_planner.rules.engine import run_checks

            self._findings[project_id] = list(run_checks(self.snapshot(project_id)))
        return self._findings[project_id]

    # -- settings --------------------------------------------------------------------------------

    def recent_files(self) -> list[Path | str]:
        """Recent workspaces: files as paths, team workspaces as their addresses (text)."""
        from consortium_planner.postgres import is_server_url

        stored = self.settings.value(RECENT_FILES_KEY, [])
        if isinstance(stored, str):
            stored = [stored]
        return [item if is_server_url(item) else Path(item) for item in stored or [] if item]

    def add_recent_file(self, path: Path | str) -> None:
        """Remember a workspace; a team workspace's address is kept without its password."""
        from consortium_planner.postgres import is_server_url, public_url

        kept = public_url(str(path)) if is_server_url(path) else str(Path(path).resolve())
        files = [str(p) for p in self.recent_files() if str(p) != kept]
        self.settings.setValue(RECENT_FILES_KEY, [kept, *files][:MAX_RECENT_FILES])

    def forget_recent_file(self, path: Path | str) -> None:
        files = [str(p) for p in self.recent_files() if str(p) != str(path)]
        self.settings.setValue(RECENT_FILES_KEY, files)


def _known(known: dict[Any, dict[str, Any]], fields: Iterable[tuple[Any, Iterable[str]]]
           ) -> dict[Any, dict[str, Any]]:
    """The values `known` holds of these fields (row, field names), per row; rows and fields it
    does not hold are left out."""
    found: dict[Any, dict[str, Any]] = {}
    for row, names in fields:
        values = known.get(row, {})
        held = {name: values[name] for name in names if name in values}
        if held:
            found[row] = held
    return found
