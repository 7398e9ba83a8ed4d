"""What every page shares: reloading when a change concerns it (only while visible), and turning
cell edits, pastes and removals of DTO rows into undo commands."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from consortium_planner.services.errors import UserError
from consortium_planner.ui.commands import (
    NumbersCommand,
    PasteRowsCommand,
    RemoveCommand,
    UpdateCommand,
)
from consortium_planner.ui.choices import choice_for_text
from consortium_planner.ui.errors import error_text
from consortium_planner.ui.language import window_language
from consortium_planner.ui.table_model import Column
from consortium_planner.ui.table_section import NewRow, PasteCell, TableSection

if TYPE_CHECKING:
    from consortium_planner.app import AppContext
    from consortium_planner.services.editing import Changes, RowToAdd

# Where a pasted line beyond the last row goes: its values -> the row to add (its parent and its
# values with the page's defaults); a UserError when the page has nowhere to put it.
Place = Callable[[dict[str, Any]], "RowToAdd"]

translate = QCoreApplication.translate


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    """Qt's translation of a text with a count (%n) in a module-level function.

    lupdate reads plural forms only from tr() calls, and puts a bare tr() call outside a class
    in the context "": this is its runtime side. Call it only outside classes; methods of a
    QObject use self.tr().
    """
    return QCoreApplication.translate("", text, disambiguation, n)


def mid_sentence(title: str) -> str:
    """A column title inside a sentence ("Change title of WP1"): lower-case, except in German,
    whose nouns keep their capital."""
    return title if window_language() == "de" else title.lower()


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


class RowEditing(QObject):
    """Edits of one kind of row (work packages, tasks ...) as undo commands.

    `place(values)` says where a pasted line beyond the last row goes (see `Place`); without it
    a paste stops at the last row.
    """

    def __init__(
        self, context: AppContext, kind: str, describe: Callable[[Any], str],
        place: Place | None = None,
    ) -> None:
        super().__init__()
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
                self.context.user_error.emit(self.tr("{column} of {row}: {error}").format(
                    column=column.title, row=label, error=error))
                return False
        if column.key == "number":
            command = NumbersCommand(
                self.context, self.kind, {row.id: value},
                self.tr("Renumber {row}").format(row=label)
            )
        else:
            command = UpdateCommand(
                self.context, self.kind, [(row.id, {column.key: value})],
                self.tr("Change {column} of {row}").format(
                    column=mid_sentence(column.title), row=label),
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
                new_row = self.tr("new row {line}").format(line=line)
                pasted.append({column.key: self._value(column, None, text, new_row)
                               for column, text in row_cells if column.key != "number" and text})
            added = self._placed(pasted) if self.place is not None else []
        except (ValueError, UserError) as error:
            self.context.user_error.emit(
                self.tr("Nothing was pasted: {error}").format(error=error_text(error)))
            return
        count = sum(len(values) for values in updates.values())
        if added:
            label = self.tr("Paste %n cell(s), adding {rows}", "",
                              count + sum(map(len, pasted))).format(
                rows=self.tr("%n row(s)", "", len(added)))
            self.context.execute(PasteRowsCommand(self.context, self.kind, list(updates.items()),
                                                  added, label))
        elif updates:
            self.context.execute(
                UpdateCommand(self.context, self.kind, list(updates.items()),
                              self.tr("Paste %n cell(s)", "", count))
            )

    def _value(self, column: Column, row: Any, text: str, label: str = "") -> Any:
        try:
            return pasted_value(column, row, text)
        except ValueError as error:
            where = label or self.describe(row)
            raise ValueError(self.tr("{column} of {row}: {error}").format(
                column=column.title, row=where, error=error)) from error

    def _placed(self, pasted: list[dict[str, Any]]) -> list[RowToAdd]:
        assert self.place is not None
        added = []
        for line, values in enumerate(pasted, start=1):
            try:
                added.append(self.place(values))
            except UserError as error:
                raise UserError(self.tr("new row {line}: {error}").format(
                    line=line, error=error_text(error))) from error
        return added

    def remove(self, rows: list[Any]) -> None:
        if not rows:
            return
        text = (
            self.tr("Remove {row}").format(row=self.describe(rows[0]))
            if len(rows) == 1 else self.removed_rows(len(rows))
        )
        self.context.execute(
            RemoveCommand(self.context, self.kind, [row.id for row in rows], text)
        )

    def removed_rows(self, count: int) -> str:
        """'Remove 3 tasks': the undo text of removing several rows of this kind."""
        texts = {
            "participant": lambda: self.tr("Remove %n participant(s)", "", count),
            "work_package": lambda: self.tr("Remove %n work package(s)", "", count),
            "task": lambda: self.tr("Remove %n task(s)", "", count),
            "deliverable": lambda: self.tr("Remove %n deliverable(s)", "", count),
            "milestone": lambda: self.tr("Remove %n milestone(s)", "", count),
            "cost_item": lambda: self.tr("Remove %n cost item(s)", "", count),
            "organisation": lambda: self.tr("Remove %n organisation(s)", "", count),
        }
        text = texts.get(self.kind)
        return text() if text is not None else self.tr("Remove %n row(s)", "", count)

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
