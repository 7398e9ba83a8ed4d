"""Undo commands: each calls the editing service and keeps ids and plain values, never ORM objects.

`AppContext.execute` calls `apply()` once before pushing (so a refused edit never reaches the
stack) and sets `skip_next_redo`, because `QUndoStack.push` calls `redo()` at once. Every later
redo and undo goes through `apply()` / `revert()` and reports its `Changes` to the context.

Rows removed by an undo are captured first and put back by the next redo with the same ids, so
the commands above them on the stack still name rows that exist.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from consortium_planner.services.errors import UserError
from consortium_planner.workspace import WorkspaceError

if TYPE_CHECKING:
    from consortium_planner.app import AppContext
    from consortium_planner.services.editing import Changes, EditingService, RowsState


class EditCommand(QUndoCommand):
    def __init__(self, context: AppContext, text: str) -> None:
        super().__init__(text)
        self.context = context
        self.skip_next_redo = False

    @property
    def service(self) -> EditingService:
        return self.context.editing

    def redo(self) -> None:
        if self.skip_next_redo:
            self.skip_next_redo = False
            return
        try:
            self.context.notify(self.apply())
        except (UserError, WorkspaceError) as error:
            self.context.replay_failed(error)

    def undo(self) -> None:
        try:
            self.context.notify(self.revert())
        except (UserError, WorkspaceError) as error:
            self.context.replay_failed(error)

    def apply(self) -> Changes:
        raise NotImplementedError

    def revert(self) -> Changes:
        raise NotImplementedError


class UpdateCommand(EditCommand):
    """Set fields of one or more rows of one kind (an edited cell, a paste, a form field)."""

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
        if self.old is None:
            self.old = [
                (row_id, self.service.values(self.kind, row_id, values))
                for row_id, values in self.updates
            ]
        return self.service.update_many(self.kind, self.updates)

    def revert(self) -> Changes:
        assert self.old is not None
        return self.service.update_many(self.kind, self.old)


class AddCommand(EditCommand):
    """Create a row through `create(service)`; undo removes it, redo puts the same row back."""

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
        self.created_id: int | None = None
        self._state: RowsState | None = None

    def apply(self) -> Changes:
        if self._state is not None:
            return self.service.restore(self._state)
        changes = self._create(self.service)
        self.created_id = changes.created_id
        return changes

    def revert(self) -> Changes:
        assert self.created_id is not None
        self._state = self.service.capture(self.kind, [self.created_id])
        return self.service.remove(self.kind, [self.created_id])


class RemoveCommand(EditCommand):
    """Remove rows (with their children); undo restores them exactly."""

    def __init__(self, context: AppContext, kind: str, ids: Sequence[int], text: str) -> None:
        super().__init__(context, text)
        self.kind = kind
        self.ids = list(ids)
        self._state: RowsState | None = None

    def apply(self) -> Changes:
        self._state = self.service.capture(self.kind, self.ids)
        return self.service.remove(self.kind, self.ids)

    def revert(self) -> Changes:
        assert self._state is not None
        return self.service.restore(self._state)


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
                raise UserError("They are already numbered 1, 2, 3 … without gaps.")
        if self.old is None:
            self.old = self.service.numbers(self.kind, self.numbers)
        return self.service.set_numbers(self.kind, self.numbers)

    def revert(self) -> Changes:
        assert self.old is not None
        return self.service.set_numbers(self.kind, self.old)


class EffortCommand(EditCommand):
    """Set person-months in cells of the effort matrix (one cell or a pasted range)."""

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
        if self.old is None:
            self.old = self.service.effort_values((p, w) for p, w, _ in self.cells)
        return self.service.set_efforts(self.cells)

    def revert(self) -> Changes:
        assert self.old is not None
        return self.service.set_efforts([(p, w, value) for (p, w), value in self.old.items()])
