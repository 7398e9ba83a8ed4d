"""What every page shares: reloading when a change concerns it (only while visible), and turning
cell edits, pastes and removals of DTO rows into undo commands."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from consortium_planner.services.errors import UserError
from consortium_planner.ui.commands import (
    NumbersCommand,
    PasteRowsCommand,
    RemoveCommand,
    UpdateCommand,
)
from consortium_planner.ui.choices import choice_for_text
from consortium_planner.ui.table_model import Column
from consortium_planner.ui.table_section import NewRow, PasteCell, TableSection

if TYPE_CHECKING:
    from consortium_planner.app import AppContext
    from consortium_planner.services.editing import Changes, RowToAdd

# Where a pasted line beyond the last row goes: its values -> the row to add (its parent and its
# values with the page's defaults); a UserError when the page has nowhere to put it.
Place = Callable[[dict[str, Any]], "RowToAdd"]


class Page(QWidget):
    """A page of the main window; project pages show the project set by `set_project`."""

    title = ""
    per_project = True

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.project_id: int | None = None
        self._stale = True
        context.changed.connect(self._on_changed)
        context.workspace_changed.connect(self.mark_stale)

    def set_project(self, project_id: int | None) -> None:
        if project_id != self.project_id:
            self.project_id = project_id
            self.mark_stale()

    def mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def relevant(self, changes: Changes) -> bool:
        return True

    def _on_changed(self, changes: Changes) -> None:
        if self.per_project and not changes.concerns(self.project_id):
            return
        if self.relevant(changes):
            self.mark_stale()

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        if self.context.workspace is None or (
            self.per_project and not self.context.has_project(self.project_id)
        ):
            return
        self.reload()

    def reload(self) -> None:
        """Read the data again and show it."""
        raise NotImplementedError

    def sections(self) -> list[TableSection]:
        """The page's tables, for the Edit menu (add/remove/copy/paste act on the focused one)."""
        return []

    def select(self, kind: str, row_id: int) -> bool:
        """Bring the row of `kind` with this id into view (used by the checks panel)."""
        return False

    def apply_read_only(self, read_only: bool) -> None:
        for section in self.sections():
            section.set_editable(not read_only)


class RowEditing:
    """Edits of one kind of row (work packages, tasks ...) as undo commands.

    `place(values)` says where a pasted line beyond the last row goes (see `Place`); without it
    a paste stops at the last row.
    """

    def __init__(
        self, context: AppContext, kind: str, describe: Callable[[Any], str],
        place: Place | None = None,
    ) -> None:
        self.context = context
        self.kind = kind
        self.describe = describe
        self.place = place

    def edit(self, row: Any, column: Column, value: Any) -> bool:
        label = self.describe(row)
        if column.parse is not None and isinstance(value, str):
            try:
                value = column.parse(value, row)
            except ValueError as error:
                self.context.user_error.emit(f"{column.title} of {label}: {error}")
                return False
        if column.key == "number":
            command = NumbersCommand(
                self.context, self.kind, {row.id: value}, f"Renumber {label}"
            )
        else:
            command = UpdateCommand(
                self.context, self.kind, [(row.id, {column.key: value})],
                f"Change {column.title.lower()} of {label}",
            )
        return self.context.execute(command)

    def paste(self, cells: list[PasteCell]) -> None:
        self.paste_rows(cells, [])

    def paste_rows(self, cells: list[PasteCell], new_rows: list[NewRow]) -> None:
        """Pasted cells of existing rows, and pasted lines beyond the last row (added where
        `place` says), as one undo step; a value that cannot be read pastes nothing."""
        updates: dict[int, dict[str, Any]] = {}
        pasted: list[dict[str, Any]] = []
        try:
            for row, column, text in cells:
                if column.key != "number":  # numbers change through renumbering only
                    updates.setdefault(row.id, {})[column.key] = self._value(column, row, text)
            for line, row_cells in enumerate(new_rows, start=1):
                # a blank cell of a new line gives nothing: the service's default stays
                pasted.append({column.key: self._value(column, None, text, f"new row {line}")
                               for column, text in row_cells if column.key != "number" and text})
            added = self._placed(pasted) if self.place is not None else []
        except (ValueError, UserError) as error:
            self.context.user_error.emit(f"Nothing was pasted: {error}")
            return
        count = sum(len(values) for values in updates.values())
        if added:
            label = f"Paste {count + sum(map(len, pasted))} cells, adding {len(added)} " \
                f"row{'s' if len(added) != 1 else ''}"
            self.context.execute(PasteRowsCommand(self.context, self.kind, list(updates.items()),
                                                  added, label))
        elif updates:
            self.context.execute(
                UpdateCommand(self.context, self.kind, list(updates.items()),
                              f"Paste {count} cell{'s' if count != 1 else ''}")
            )

    def _value(self, column: Column, row: Any, text: str, label: str = "") -> Any:
        try:
            return pasted_value(column, row, text)
        except ValueError as error:
            where = label or self.describe(row)
            raise ValueError(f"{column.title} of {where}: {error}") from error

    def _placed(self, pasted: list[dict[str, Any]]) -> list[RowToAdd]:
        assert self.place is not None
        added = []
        for line, values in enumerate(pasted, start=1):
            try:
                added.append(self.place(values))
            except UserError as error:
                raise UserError(f"new row {line}: {error}") from error
        return added

    def remove(self, rows: list[Any]) -> None:
        if not rows:
            return
        label = (
            self.describe(rows[0]) if len(rows) == 1
            else f"{len(rows)} {self.kind.replace('_', ' ')}s"
        )
        self.context.execute(
            RemoveCommand(self.context, self.kind, [row.id for row in rows], f"Remove {label}")
        )

    def bind(self, section: TableSection) -> None:
        section.model.on_edit = self.edit
        section.refused.connect(self.context.user_error)
        if self.place is not None:
            section.append = self.paste_rows


def pasted_value(column: Column, row: Any, text: str) -> Any:
    """A pasted cell as a value for the service: choices matched by label, the rest as text
    (the service reads amounts, months and enums from text itself)."""
    if column.parse is not None:
        return column.parse(text, row)
    editor = column.editor
    if editor is not None and editor.kind == "choice" and editor.choices is not None:
        return choice_for_text(list(editor.choices(row)), text, optional=editor.optional,
                               resolve=editor.resolve)
    return text
