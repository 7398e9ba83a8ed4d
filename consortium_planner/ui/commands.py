"""Undo commands: each calls the editing service and keeps ids and plain values, never ORM objects.

`AppContext.execute` calls `apply()` once before pushing (so a refused edit never reaches the
stack) and sets `skip_next_redo`, because `QUndoStack.push` calls `redo()` at once. Every later
redo and undo goes through `apply()` / `revert()` and reports its `Changes` to the context.

Rows removed by an undo are captured first and put back by the next redo with the same ids, so
the commands above them on the stack still name rows that exist.

No lost update (issue 15): a command's first apply expects the fields it sets to hold the values
the window showed (`AppContext.seen_values`, read with the rows' versions `seen_versions`; once
the user chose "apply mine" in the conflict dialog, the same values but the fields in conflict
at the values the dialog showed, the rows at their versions then: `EditConflict.apply_mine`); each
later undo and redo expects the values and versions the user's own last writes left
(`AppContext.own_values`, `own_versions`). When someone else changed one of those fields
meanwhile, the step is refused with an `EditConflict`, changes nothing, and is dropped from the
history (the others stay); a change of another field of the row is kept, not refused. A step
that waited its bounded time for a colleague's lock on a server (`ColleagueBusy`) writes
nothing and leaves the history as it was: the same step can be tried again.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QUndoCommand

from consortium_planner.services.edit_log import REDO, UNDO, marked
from consortium_planner.services.errors import UserError
from consortium_planner.ui.formatting import menu_text
from consortium_planner.workspace import ColleagueBusy, WorkspaceError

if TYPE_CHECKING:
    from consortium_planner.app import AppContext
    from consortium_planner.services.editing import Changes, EditingService, RowsState, RowToAdd
    from consortium_planner.services.editing.conflicts import EditConflict


def command_text(text: str) -> str:
    """QUndoCommand text is "history text\naction text": the undo history shows the first part
    as typed, the Edit menu's Undo/Redo entry the second, where a single '&' of "R&D" would
    become a mnemonic. A line break in user text would split it, so it is folded first."""
    line = " ".join(text.split())
    return f"{line}\n{menu_text(line)}"


class EditCommand(QUndoCommand):
    # whether the first apply, refused by a conflict, can run again against the rows' current
    # versions ("apply mine"): the commands that take the versions the user saw
    reapplies = False

    def __init__(self, context: AppContext, text: str) -> None:
        super().__init__(command_text(text))
        self.context = context
        self.skip_next_redo = False
        self.skip_next_undo = False  # set while the stack is put back after a step that waited
        # the versions the first apply expects, when the user chose to apply over a conflict
        self.seen: dict[Any, int] | None = None
        # that conflict ("apply mine" overwrites its fields only), and the values the refused
        # attempt expected (`expected_values`)
        self.overruled: EditConflict | None = None
        self._saw_first: dict[Any, dict[str, Any]] | None = None
        self.applied = False  # whether the first apply went through

    @property
    def service(self) -> EditingService:
        return self.context.editing

    def expected(self, table: str, rows: Sequence[Any]) -> dict[Any, int]:
        """The versions the next step of this command expects its rows at: those the window
        saw them at for the first apply, those the user's own writes left for undo and redo."""
        if self.applied:
            return self.context.own_versions(table, rows)
        if self.seen is not None:
            return self.seen
        return self.context.seen_versions(table, rows)

    def expected_values(self, table: str, updates: Sequence[tuple[Any, Any]]
                        ) -> dict[Any, dict[str, Any]] | None:
        """The values the next step expects in the fields it sets, per row (`updates`: row and
        its fields): those the window showed for the first apply, those the user's own writes
        left for undo and redo. Once the user chose "apply mine", the first apply's again,
        the fields in conflict at the values the dialog showed (`EditConflict.apply_mine`):
        field by field, so a colleague's change of another field meanwhile is kept."""
        fields = [(row, list(values)) for row, values in updates]
        if self.applied:
            return self.context.own_values(table, fields)
        if self._saw_first is None:
            self._saw_first = self.context.seen_values(table, fields)
        if self.overruled is not None:
            return self.overruled.apply_mine(table, self._saw_first)
        return self._saw_first

    def left(self, changes: Changes) -> Changes:
        """A step went through (the context keeps the versions it left when notified)."""
        self.applied = True
        return changes

    def redo(self) -> None:
        if self.skip_next_redo:
            self.skip_next_redo = False
            return
        # the editing service's package, imported by the first edit (not by opening the window)
        from consortium_planner.services.editing.conflicts import EditConflict

        try:
            with marked(REDO):
                changes = self.apply()
            self.context.notify(changes)
        except EditConflict as error:
            self._refused(QCoreApplication.translate(
                "commands", "Redo of “{edit}” refused: {reason}"), error)
        except ColleagueBusy:
            self._waited(redone=True)
        except (UserError, WorkspaceError) as error:
            self.context.replay_failed(error)

    def undo(self) -> None:
        if self.skip_next_undo:
            self.skip_next_undo = False
            return
        from consortium_planner.services.editing.conflicts import EditConflict

        try:
            with marked(UNDO):
                changes = self.revert()
            self.context.notify(changes)
        except EditConflict as error:
            self._refused(QCoreApplication.translate(
                "commands", "Undo of “{edit}” refused: {reason}"), error)
        except ColleagueBusy:
            self._waited(redone=False)
        except (UserError, WorkspaceError) as error:
            self.context.replay_failed(error)

    def _waited(self, *, redone: bool) -> None:
        """The step waited its bounded time for a colleague's transaction and wrote nothing:
        say so, and put the stack back where it was once Qt has counted the step as done (its
        index moves when this returns), without running the step: the whole history stays,
        and the same Undo or Redo can be tried again."""
        self.context.colleague_busy()
        stack = self.context.undo_stack
        if redone:
            self.skip_next_undo = True
            QTimer.singleShot(0, stack.undo)
        else:
            self.skip_next_redo = True
            QTimer.singleShot(0, stack.redo)

    def _refused(self, message: str, error: EditConflict) -> None:
        """Someone else changed the rows since: say so, change nothing, and drop this step
        from the history (Qt removes an obsolete command), keeping the others."""
        self.setObsolete(True)
        self.context.user_error.emit(message.format(edit=self.actionText(),
                                                    reason=self.context.worded(error)))
        self.context.notify_everything()

    def apply(self) -> Changes:
        raise NotImplementedError

    def revert(self) -> Changes:
        raise NotImplementedError


class UpdateCommand(EditCommand):
    """Set fields of one or more rows of one kind (an edited cell, a paste, a form field)."""

    reapplies = True

    def __init__(
        self,
        context: AppContext,
        kind: str,
        updates: Sequence[tuple[int, Mapping[str, Any]]],
        text: str,
    ) -> None:
        super().__init__(context, text)
        self.kind = kind
        self.updates = [(row_id, dict(values)) for row_id, values in updates]
        self.old: list[tuple[int, dict[str, Any]]] | None = None

    def apply(self) -> Changes:
        expected = self.expected(self.kind, [row_id for row_id, _ in self.updates])
        if not self.applied:
            self.old = [
                (row_id, self.service.values(self.kind, row_id, values))
                for row_id, values in self.updates
            ]
        return self.left(self.service.update_many(
            self.kind, self.updates, seen=expected,
            saw=self.expected_values(self.kind, self.updates)))

    def revert(self) -> Changes:
        assert self.old is not None
        ids = [row_id for row_id, _ in self.old]
        return self.left(self.service.update_many(
            self.kind, self.old, seen=self.expected(self.kind, ids),
            saw=self.expected_values(self.kind, self.old)))


class AddCommand(EditCommand):
    """Create rows through `create(service)` (one service call, one transaction); undo removes
    them, redo puts the same rows back."""

    def __init__(
        self,
        context: AppContext,
        kind: str,
        create: Callable[[EditingService], Changes],
        text: str,
    ) -> None:
        super().__init__(context, text)
        self.kind = kind
        self._create = create
        self.created_ids: tuple[int, ...] = ()
        self._state: RowsState | None = None

    @property
    def created_id(self) -> int | None:
        """The row the command created (the last one, when it created several)."""
        return self.created_ids[-1] if self.created_ids else None

    def apply(self) -> Changes:
        if self._state is not None:
            return self.left(self.service.restore(self._state))
        changes = self._create(self.service)
        self.created_ids = changes.created_ids
        return self.left(changes)

    def revert(self) -> Changes:
        assert self.created_ids
        self._state = self.service.capture(self.kind, self.created_ids)
        return self.left(self.service.remove(
            self.kind, self.created_ids, seen=self.expected(self.kind, self.created_ids)))


class PasteRowsCommand(EditCommand):
    """A paste that runs past the last row: set the cells of the existing rows and add a row for
    each pasted line beyond them, in one service call (one transaction: all or nothing). Undo
    removes the added rows and restores the cells; redo puts the same rows back."""

    reapplies = True

    def __init__(
        self,
        context: AppContext,
        kind: str,
        updates: Sequence[tuple[int, Mapping[str, Any]]],
        new_rows: Sequence[RowToAdd],
        text: str,
    ) -> None:
        super().__init__(context, text)
        self.kind = kind
        self.updates = [(row_id, dict(values)) for row_id, values in updates]
        self.new_rows = list(new_rows)
        self.old: list[tuple[int, dict[str, Any]]] = []
        self.created_ids: tuple[int, ...] = ()
        self._state: RowsState | None = None

    def apply(self) -> Changes:
        if self._state is not None:
            ids = [row_id for row_id, _ in self.updates]
            return self.left(self.service.restore(
                self._state, then_update=(self.kind, self.updates),
                seen=self.expected(self.kind, ids),
                saw=self.expected_values(self.kind, self.updates)))
        expected = self.expected(self.kind, [row_id for row_id, _ in self.updates])
        self.old = [(row_id, self.service.values(self.kind, row_id, values))
                    for row_id, values in self.updates]
        changes = self.service.paste(self.kind, self.updates, self.new_rows, seen=expected,
                                     saw=self.expected_values(self.kind, self.updates))
        self.created_ids = changes.created_ids
        return self.left(changes)

    def revert(self) -> Changes:
        self._state = self.service.capture(self.kind, self.created_ids)
        ids = [*self.created_ids, *(row_id for row_id, _ in self.old)]
        return self.left(self.service.remove(self.kind, self.created_ids, then_update=self.old,
                                             seen=self.expected(self.kind, ids),
                                             saw=self.expected_values(self.kind, self.old)))


class RemoveCommand(EditCommand):
    """Remove rows (with their children); undo restores them exactly."""

    reapplies = True

    def __init__(self, context: AppContext, kind: str, ids: Sequence[int], text: str) -> None:
        super().__init__(context, text)
        self.kind = kind
        self.ids = list(ids)
        self._state: RowsState | None = None

    def apply(self) -> Changes:
        expected = self.expected(self.kind, self.ids)
        self._state = self.service.capture(self.kind, self.ids)
        return self.left(self.service.remove(self.kind, self.ids, seen=expected))

    def revert(self) -> Changes:
        assert self._state is not None
        return self.left(self.service.restore(self._state))


class NumbersCommand(EditCommand):
    """Give rows new numbers (an edited number, or a renumbering planned by the service)."""

    def __init__(
        self,
        context: AppContext,
        kind: str,
        numbers: Mapping[int, int] | None,
        text: str,
        *,
        project_id: int | None = None,
    ) -> None:
        super().__init__(context, text)
        self.kind = kind
        self.numbers = dict(numbers) if numbers is not None else None
        self.project_id = project_id
        self.old: dict[int, int] | None = None

    def apply(self) -> Changes:
        if self.numbers is None:
            assert self.project_id is not None
            self.numbers = self.service.renumber_plan(self.kind, self.project_id)
            if not self.numbers:
                raise UserError(QCoreApplication.translate(
                    "commands", "They are already numbered 1, 2, 3 … without gaps."))
        if self.old is None:
            self.old = self.service.numbers(self.kind, self.numbers)
        return self.service.set_numbers(self.kind, self.numbers)

    def revert(self) -> Changes:
        assert self.old is not None
        return self.service.set_numbers(self.kind, self.old)


class EffortCommand(EditCommand):
    """Set person-months in cells of the effort matrix (one cell or a pasted range)."""

    reapplies = True

    def __init__(
        self,
        context: AppContext,
        cells: Sequence[tuple[int, int, Decimal | str | None]],
        text: str,
    ) -> None:
        super().__init__(context, text)
        self.cells = list(cells)
        self.old: dict[tuple[int, int], Decimal] | None = None

    def apply(self) -> Changes:
        expected = self.expected("effort", [(p, w) for p, w, _ in self.cells])
        if not self.applied:
            self.old = self.service.effort_values((p, w) for p, w, _ in self.cells)
        return self.left(self.service.set_efforts(
            self.cells, seen=expected,
            saw=self.expected_values("effort", [((p, w), _MONTHS) for p, w, _ in self.cells])))

    def revert(self) -> Changes:
        assert self.old is not None
        return self.left(self.service.set_efforts(
            [(p, w, value) for (p, w), value in self.old.items()],
            seen=self.expected("effort", list(self.old)),
            saw=self.expected_values("effort", [(cell, _MONTHS) for cell in self.old])))


_MONTHS = ("person_months",)  # an effort cell's one field


class PromoteScenarioCommand(EditCommand):
    """Make a scenario the main project of its proposal; undo points every project of the
    proposal back where it pointed before."""

    def __init__(self, context: AppContext, project_id: int, text: str) -> None:
        super().__init__(context, text)
        self.project_id = project_id
        self.old: dict[int, int | None] | None = None

    def apply(self) -> Changes:
        if self.old is None:
            self.old = self.service.scenario_links(self.project_id)
        return self.service.promote_scenario(self.project_id)

    def revert(self) -> Changes:
        assert self.old is not None
        return self.service.set_scenario_links(self.old)


# --- region categories (the workspace's own table, not a project's rows) -------------------------

RegionValue = tuple[str, str] | None  # (category, source note), or None for "no entry of mine"


class RegionCategoryCommand(EditCommand):
    """Set a region's category with its source note, or clear the user's entry (None); undo
    puts the user's previous entry back (or removes it when there was none)."""

    def __init__(self, context: AppContext, code: str, value: RegionValue, text: str) -> None:
        super().__init__(context, text)
        self.code = code
        self.value = value
        self.old: RegionValue = None
        self._captured = False

    def _service(self) -> Any:
        from consortium_planner.services.region_categories import RegionCategoryService

        assert self.context.workspace is not None
        return RegionCategoryService(self.context.workspace)

    def _put(self, value: RegionValue) -> Changes:
        service = self._service()
        if value is None:
            return service.clear_category(self.code)
        return service.set_category(self.code, value[0], value[1])

    def apply(self) -> Changes:
        if not self._captured:
            entry = self._service().entry(self.code)
            self.old = (entry.category, entry.source) if entry is not None else None
            self._captured = True
        return self._put(self.value)

    def revert(self) -> Changes:
        return self._put(self.old)


def workspace_region_entries(context: AppContext) -> dict[str, tuple[str, str]]:
    """The user's own category entries: code -> (category, source note)."""
    from consortium_planner.services.region_categories import RegionCategoryService

    assert context.workspace is not None
    return {row.code: (str(row.category), row.source)
            for row in RegionCategoryService(context.workspace).list_regions()
            if row.origin == "workspace"}


class RegionImportCommand(EditCommand):
    """Import a user's category table (CSV) as one undo step.

    The first apply imports the file (recording its ImportBatch); undo and redo put the user's
    entries back as they were before and after, so a redo does not need the file any more.
    """

    def __init__(self, context: AppContext, path: Any, text: str) -> None:
        super().__init__(context, text)
        self.path = path
        self.result: Any = None
        self.before: dict[str, tuple[str, str]] = {}
        self.after: dict[str, tuple[str, str]] = {}

    def apply(self) -> Changes:
        if self.result is not None:
            return self._restore(self.after, self.before)
        from consortium_planner.services.region_categories import RegionCategoryService

        assert self.context.workspace is not None
        self.before = workspace_region_entries(self.context)
        self.result = RegionCategoryService(self.context.workspace).import_file(self.path)
        if not self.result.imported:
            raise UserError(QCoreApplication.translate(
                "commands", "Nothing was imported from {file}: {problems}").format(
                file=self.result.file_name, problems=" ".join(self.result.problems[:5])))
        self.after = workspace_region_entries(self.context)
        return self.result.changes

    def revert(self) -> Changes:
        return self._restore(self.before, self.after)

    def _restore(self, wanted: dict[str, tuple[str, str]],
                 current: dict[str, tuple[str, str]]) -> Changes:
        from consortium_planner.services.editing import Changes
        from consortium_planner.services.region_categories import RegionCategoryService

        assert self.context.workspace is not None
        service = RegionCategoryService(self.context.workspace)
        changes = Changes()
        for code in sorted(set(current) - set(wanted)):
            changes = changes | service.clear_category(code)
        for code, (category, source) in sorted(wanted.items()):
            if current.get(code) != (category, source):
                changes = changes | service.set_category(code, category, source)
        return changes



# --- smart-specialisation areas of a region (the workspace's own, like region categories) -------


class S3AreasCommand(EditCommand):
    """Replace a region's S3 areas (each with its source); undo puts the previous ones back."""

    def __init__(self, context: AppContext, nuts2: str, areas: Sequence[Any], text: str) -> None:
        super().__init__(context, text)
        self.nuts2 = nuts2
        self.areas = list(areas)
        self.old: list[Any] | None = None

    def _service(self) -> Any:
        from consortium_planner.services.value_chain import S3AreaService

        assert self.context.workspace is not None
        return S3AreaService(self.context.workspace)

    def apply(self) -> Changes:
        service = self._service()
        if self.old is None:
            self.old = list(service.areas(self.nuts2))
        return service.set_areas(self.nuts2, self.areas)

    def revert(self) -> Changes:
        assert self.old is not None
        return self._service().set_areas(self.nuts2, self.old)
