"""Cell editors that fit the value: money and person-month fields that read what people type,
month spin boxes limited to the project's duration, choice lists that filter as you type, and
check lists for cells that hold several choices (a milestone's work packages).

Input that cannot be read is refused here, before any command runs: Enter keeps the cell open
while the text is not acceptable and reports why through `refused` (the field's tooltip says it
too), and leaving the cell reports the reason the same way instead of writing anything.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QValidator
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from consortium_planner.domain.money import AmountError
from consortium_planner.ui.choices import choice_for_text
from consortium_planner.ui.errors import error_text
from consortium_planner.ui.formatting import (  # the window's formats and their parsers
    money_text,
    months_text,
    parse_money_text,
    parse_months_text,
    parse_rate_text,
    plain_tooltip,
    rate_text,
)
from consortium_planner.ui.table_model import Column, Editor, RecordTableModel

Index = QModelIndex | QPersistentModelIndex


def parse_cell_text(spec: Editor, text: str) -> Any:
    """What a money, decimal or rate cell holds; empty text is None where the field is optional."""
    if not text.strip() and (spec.optional or spec.kind == "rate"):
        return None
    if spec.kind == "money":
        return parse_money_text(text)
    if spec.kind == "decimal":
        return parse_months_text(text)
    if spec.kind == "rate":
        return parse_rate_text(text)
    return text


_PARSED_KINDS = ("money", "decimal", "rate")
_FORMATTERS: dict[str, Callable[[Any], str]] = {
    "money": lambda value: money_text(value) if isinstance(value, Decimal) else str(value or ""),
    "decimal": lambda value: months_text(value) if isinstance(value, Decimal) else str(value or ""),
    "rate": lambda value: rate_text(value) if isinstance(value, Decimal) else "",
}


class ParsingValidator(QValidator):
    """Accepts text its parser can read; anything else stays editable but cannot be committed."""

    def __init__(self, parse: Callable[[str], Any], editor: QLineEdit) -> None:
        super().__init__(editor)
        self._parse = parse
        self._editor = editor

    def reason(self, text: str) -> str:
        """Why `text` cannot be read, in the window's language; empty when it can."""
        try:
            self._parse(text)
        except (AmountError, ValueError) as error:
            return error_text(error)
        return ""

    def validate(self, text: str, position: int) -> tuple[QValidator.State, str, int]:
        reason = self.reason(text)
        # the reason is the editor's description too: a screen reader reads it in the cell,
        # which keeps the focus, not only in the message bar above the page
        self._editor.setAccessibleDescription(reason)
        if reason:
            self._editor.setToolTip(plain_tooltip(reason))
            self._editor.setStyleSheet("QLineEdit { background: #fde8e8; }")
            return QValidator.State.Intermediate, text, position
        self._editor.setToolTip("")
        self._editor.setStyleSheet("")
        return QValidator.State.Acceptable, text, position


class CheckListEditor(QListWidget):
    """Several choices at once: one check box per choice, Space or a click on a box toggles it,
    Enter commits. Opens over the cell, as tall as its choices (up to VISIBLE_ROWS)."""

    VISIBLE_ROWS = 8

    def __init__(self, choices: Sequence[tuple[str, Any]], parent: QWidget) -> None:
        super().__init__(parent)
        for label, value in choices:
            item = QListWidgetItem(label, self)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                          | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)

    def _items(self) -> list[QListWidgetItem]:
        return [self.item(row) for row in range(self.count())]

    def set_values(self, values: Sequence[Any]) -> None:
        wanted = set(values)
        for item in self._items():
            chosen = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
        if self.count():
            self.setCurrentRow(0)

    def values(self) -> tuple[Any, ...]:
        """The checked choices, in the order of the list."""
        return tuple(item.data(Qt.ItemDataRole.UserRole) for item in self._items()
                     if item.checkState() == Qt.CheckState.Checked)

    def wanted_height(self) -> int:
        rows = min(max(self.count(), 1), self.VISIBLE_ROWS)
        return rows * max(self.sizeHintForRow(0), 1) + 2 * self.frameWidth()


class FieldDelegate(QStyledItemDelegate):
    """Creates the editor a `Column.editor` asks for; reports unreadable input via `refused`."""

    refused = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    @staticmethod
    def _column(index: Index) -> tuple[Column | None, Any]:
        model = index.model()
        while hasattr(model, "sourceModel") and not isinstance(model, RecordTableModel):
            index = model.mapToSource(index)  # type: ignore[union-attr]
            model = model.sourceModel()  # type: ignore[union-attr]
        if isinstance(model, RecordTableModel):
            return model.columns[index.column()], model.row_at(index.row())
        return None, None

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        column, row = self._column(index)
        spec = column.editor if column is not None else None
        if spec is None:
            return super().createEditor(parent, option, index)
        editor = create_editor(spec, row, parent)
        editor.setAccessibleName(column.title)
        return editor

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,
                             index: Index) -> None:
        if isinstance(editor, CheckListEditor):
            cell = option.rect  # type: ignore[attr-defined]
            editor.setGeometry(QRect(cell.left(), cell.top(), max(cell.width(), 160),
                                     editor.wanted_height()))
            return
        super().updateEditorGeometry(editor, option, index)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        column, _ = self._column(index)
        value = index.data(Qt.ItemDataRole.EditRole)
        if column is None or column.editor is None:
            super().setEditorData(editor, index)
            return
        set_editor_value(column.editor, editor, value)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        """Enter on text that cannot be read keeps the cell open (Qt's rule for a validator)
        and says why through `refused`, which the window's message bar shows: a pink field
        with its reason in a tooltip looked like a key that did nothing."""
        if (isinstance(editor, QLineEdit) and isinstance(event, QKeyEvent)
                and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and isinstance(editor.validator(), ParsingValidator)
                and not editor.hasAcceptableInput()):
            reason = editor.validator().reason(editor.text())
            if reason:
                self.refused.emit(f"{editor.accessibleName()}: {reason}")
        return super().eventFilter(editor, event)

    def editorEvent(self, event: QEvent, model: QAbstractItemModel,  # noqa: N802 - Qt's name
                    option: QStyleOptionViewItem, index: Index) -> bool:
        """A key typed into a cell of an editing table that cannot be edited says why through
        `refused` and goes no further: the keys used to vanish, or Qt's keyboard search took
        them to another row."""
        if (isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress
                and event.text().strip() and event.text().isprintable()
                and not event.modifiers() & _COMMAND_MODIFIERS
                and not index.flags() & Qt.ItemFlag.ItemIsEditable):
            reason = read_only_reason(index)
            if reason:
                self.refused.emit(reason)
                return True
        return super().editorEvent(event, model, option, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        column, _ = self._column(index)
        if column is None or column.editor is None:
            super().setModelData(editor, model, index)
            return
        try:
            value = editor_value(column.editor, editor)
        except (AmountError, ValueError) as error:
            self.refused.emit(f"{column.title}: {error_text(error)}")
            return
        if value == index.data(Qt.ItemDataRole.EditRole) or (
            value is None and index.data(Qt.ItemDataRole.EditRole) == ""
        ):
            return  # nothing changed: no undo step
        model.setData(index, value, Qt.ItemDataRole.EditRole)


_COMMAND_MODIFIERS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                      | Qt.KeyboardModifier.MetaModifier)


def read_only_reason(index: Index) -> str:
    """Why a cell of an editing table cannot be typed into, in the window's language; empty
    for a table that edits nothing (a list to read, where typing searches it)."""
    model = index.model()
    while hasattr(model, "sourceModel") and not isinstance(model, RecordTableModel):
        index = model.mapToSource(index)  # type: ignore[union-attr]
        model = model.sourceModel()  # type: ignore[union-attr]
    if not isinstance(model, RecordTableModel) or model.on_edit is None:
        return ""
    column = model.columns[index.column()]
    if not model.editable:
        why = QCoreApplication.translate(
            "FieldDelegate", "this table is read-only here (the workspace or version is open "
            "for reading only)")
    elif model.is_total(index.row()):
        why = QCoreApplication.translate(
            "FieldDelegate", "a total is computed from the rows above; change those rows")
    elif column.editor is None:
        why = QCoreApplication.translate(
            "FieldDelegate", "this column is filled in by the application; it cannot be typed "
            "into")
    else:
        return ""
    return QCoreApplication.translate("FieldDelegate", "{column}: {reason}").format(
        column=column.title, reason=why)


def create_editor(spec: Editor, row: Any, parent: QWidget) -> QWidget:
    if spec.kind in ("month", "integer"):
        spin = QSpinBox(parent)
        spin.setMinimum(1 if spec.kind == "month" else spec.minimum)
        spin.setMaximum(spec.maximum() if spec.maximum is not None else 1_000_000)
        if spec.kind == "month":
            spin.setPrefix("M")
        return spin
    if spec.kind == "choices":
        return CheckListEditor(list(spec.choices(row)) if spec.choices is not None else [],
                               parent)
    if spec.kind == "choice":
        combo = QComboBox(parent)
        choices = list(spec.choices(row)) if spec.choices is not None else []
        if spec.optional:
            combo.addItem("", None)
        for label, value in choices:
            combo.addItem(label, value)
        if spec.filterable:
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            completer = QCompleter(combo.model(), combo)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            combo.setCompleter(completer)
        return combo
    line = QLineEdit(parent)
    if spec.kind in _PARSED_KINDS:
        line.setValidator(ParsingValidator(lambda text: parse_cell_text(spec, text), line))
        line.setAlignment(Qt.AlignmentFlag.AlignRight)
    return line


def set_editor_value(spec: Editor, editor: QWidget, value: Any) -> None:
    if isinstance(editor, CheckListEditor):
        editor.set_values(value or ())
    elif isinstance(editor, QSpinBox):
        editor.setValue(int(value) if value not in (None, "") else editor.minimum())
    elif isinstance(editor, QComboBox):
        position = editor.findData(value if value != "" else None)
        editor.setCurrentIndex(max(position, 0))
        if editor.isEditable():
            editor.lineEdit().selectAll()
    elif isinstance(editor, QLineEdit):
        formatter = _FORMATTERS.get(spec.kind)
        editor.setText(formatter(value) if formatter else ("" if value is None else str(value)))
        editor.selectAll()


def editor_value(spec: Editor, editor: QWidget) -> Any:
    """The value an editor holds; raises ValueError (with a reason) for input it cannot take."""
    if isinstance(editor, CheckListEditor):
        return editor.values()
    if isinstance(editor, QSpinBox):
        return editor.value()
    if isinstance(editor, QComboBox):
        if editor.isEditable():
            return choice_from_text(editor, editor.currentText(), spec.resolve)
        return editor.currentData()
    if isinstance(editor, QLineEdit):
        return parse_cell_text(spec, editor.text())
    raise TypeError(type(editor))


def choice_from_text(combo: QComboBox, text: str,
                     resolve: Callable[[str], Any] | None = None) -> Any:
    """The choice whose label is the text, or that `resolve` names, or the only label that
    contains it (see `choices.choice_for_text`)."""
    labels = [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]
    return choice_for_text(labels, text, optional=combo.findData(None) >= 0, resolve=resolve)


def choice_label(choices: Sequence[tuple[str, Any]], value: Any) -> str:
    return next((label for label, choice in choices if choice == value), "")
