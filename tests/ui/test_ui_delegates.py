"""The cell editors: amounts as people type them, refusal of unreadable input, month limits and
choice lists that filter as you type."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QWidget

from consortium_planner.domain.money import AmountError
from consortium_planner.ui import choices
from consortium_planner.ui.delegates import (
    FieldDelegate,
    choice_from_text,
    create_editor,
    editor_value,
    parse_cell_text,
    set_editor_value,
)
from consortium_planner.ui.formatting import money_text, plain_tooltip, share_text
from consortium_planner.ui.table_model import Column, Editor, RecordTableModel

MONEY = Editor("money")


@pytest.fixture
def parent(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.mark.parametrize(("text", "amount"), [
    ("1.234,56", Decimal("1234.56")),
    ("1 234.56", Decimal("1234.56")),
    ("1234,56 EUR", Decimal("1234.56")),
    ("€1,234", Decimal("1234.00")),
    ("1\u202f234,5", Decimal("1234.50")),
    ("0", Decimal("0.00")),
])
def test_money_editor_reads_what_people_type(parent, text, amount):
    editor = create_editor(MONEY, None, parent)
    assert isinstance(editor, QLineEdit)
    editor.setText(text)
    assert editor.hasAcceptableInput()
    assert editor_value(MONEY, editor) == amount


@pytest.mark.parametrize("text", ["abc", "-5", "12.3456", "1,2,3", ""])
def test_money_editor_refuses_unreadable_input(parent, text):
    editor = create_editor(MONEY, None, parent)
    state, _, _ = editor.validator().validate(text, 0)
    assert state == QValidator.State.Intermediate
    assert editor.toolTip()  # says why
    with pytest.raises(AmountError):
        parse_cell_text(MONEY, text)


def test_optional_money_and_rates_may_be_empty():
    assert parse_cell_text(Editor("money", optional=True), " ") is None
    assert parse_cell_text(Editor("rate"), "") is None
    assert parse_cell_text(Editor("rate"), "70 %") == Decimal("0.7")
    assert parse_cell_text(Editor("decimal"), "") == Decimal("0.00")
    assert parse_cell_text(Editor("decimal"), "2,5") == Decimal("2.50")


def test_money_shows_in_the_locale(parent):
    """The window's formats follow its language (ui/formatting), not the system's locale."""
    from consortium_planner.ui.formatting import apply_window_locale
    from consortium_planner.ui.language import set_window_language

    set_window_language("de")
    apply_window_locale()
    try:
        assert money_text(Decimal("1234567.5")) == "1.234.567,50"
        assert share_text(Decimal("0.1955")) == "19,6 %"
        editor = create_editor(MONEY, None, parent)
        set_editor_value(MONEY, editor, Decimal("1234.56"))
        assert editor.text() == "1.234,56"
        assert editor_value(MONEY, editor) == Decimal("1234.56")
    finally:
        set_window_language("en")
        apply_window_locale()
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    assert money_text(Decimal("1234567.5")) == "1,234,567.50"


def test_month_editor_is_limited_to_the_duration(parent):
    spin = create_editor(Editor("month", maximum=lambda: 24), None, parent)
    assert isinstance(spin, QSpinBox)
    assert (spin.minimum(), spin.maximum(), spin.prefix()) == (1, 24, "M")


def test_country_picker_filters_as_you_type(parent):
    spec = Editor("choice", choices=lambda _row: choices.countries(), filterable=True,
                  optional=True)
    combo = create_editor(spec, None, parent)
    assert isinstance(combo, QComboBox) and combo.isEditable()
    assert choice_from_text(combo, "germ") == "DE"
    assert choice_from_text(combo, "PL – Poland") == "PL"
    assert choice_from_text(combo, "") is None
    with pytest.raises(ValueError, match="not one of the choices"):
        choice_from_text(combo, "Atlantis")
    with pytest.raises(ValueError, match="several"):
        choice_from_text(combo, "ia")


@pytest.mark.parametrize(("typed", "code"), [
    ("Allemagne", "DE"), ("niemcy", "DE"), ("Германия", "DE"), ("Ελλάδα", "EL"), ("gr", "EL"),
    ("Taïwan", "TW"), ("Island", "IS"), ("Niger", "NE"), ("germ", "DE"), ("XK – Kosovo", "XK"),
])
def test_directory_country_picker_takes_names_in_any_eu_language(parent, typed, code):
    from consortium_planner.ui.views.directory import organisation_columns

    [column] = [c for c in organisation_columns() if c.key == "country"]
    assert column.editor is not None
    combo = create_editor(column.editor, None, parent)
    assert combo.count() == 251  # every country of ISO 3166-1 and XK, and the empty choice
    combo.setEditText(typed)
    assert editor_value(column.editor, combo) == code


def test_a_country_code_that_is_not_one_is_refused_not_found_inside_a_name():
    offered = choices.countries()
    resolve = choices.country_from_text
    assert choices.choice_for_text(offered, "Allemagne", optional=True, resolve=resolve) == "DE"
    assert choices.choice_for_text(offered, "brazza", optional=True, resolve=resolve) == "CG"
    with pytest.raises(ValueError, match="not one of the choices"):
        choices.choice_for_text(offered, "ZZ", optional=True, resolve=resolve)  # Brazzaville


def test_choices_are_matched_as_fold_compares_text():
    """Typed and pasted choices ignore case and accents, as every comparison of typed text."""
    offered = [("Łódzkie", "PL71"), ("Île-de-France", "FR10")]
    assert choices.choice_for_text(offered, "lodzkie", optional=False) == "PL71"
    assert choices.choice_for_text(offered, "ILE-DE", optional=False) == "FR10"
    assert choices.choice_for_text(offered, "fr10", optional=False) == "FR10"


def test_region_picker_offers_the_regions_of_the_country():
    labels = [label for label, _ in choices.regions("PL")]
    assert labels and all(label.startswith("PL") for label in labels)


def test_delegate_refuses_instead_of_writing(parent):
    edits = []
    model = RecordTableModel([Column("amount", "Amount", lambda row: row[1], editor=MONEY)],
                             row_id=lambda row: row[0])
    model.on_edit = lambda row, column, value: edits.append(value) or True
    model.set_rows([(1, Decimal("5.00"))])
    delegate = FieldDelegate()
    refused = []
    delegate.refused.connect(refused.append)
    index = model.index(0, 0)
    editor = delegate.createEditor(parent, None, index)
    delegate.setEditorData(editor, index)
    assert editor.text() == "5.00"
    editor.setText("five euros")
    delegate.setModelData(editor, model, index)
    assert not edits and "Amount" in refused[0]
    editor.setText("5,00")
    delegate.setModelData(editor, model, index)
    assert not edits  # unchanged value: no undo step
    editor.setText("7,25 EUR")
    delegate.setModelData(editor, model, index)
    assert edits == [Decimal("7.25")]


def test_tooltips_show_user_text_literally():
    assert "&lt;b&gt;" in plain_tooltip("<b>X</b>")
    assert plain_tooltip("") == ""


def test_enter_on_unreadable_input_says_why_and_keeps_the_cell_open(qtbot):
    """Not only a pink field whose reason waits in a tooltip: Enter reports it (the window's
    message bar shows `refused`), and the typed text stays to be corrected."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTableView

    model = RecordTableModel([Column("amount", "Amount", lambda row: row[1], editor=MONEY)],
                             row_id=lambda row: row[0])
    model.on_edit = lambda row, column, value: True
    model.set_rows([(1, Decimal("5.00"))])
    view = QTableView()
    qtbot.addWidget(view)
    delegate = FieldDelegate(view)
    view.setItemDelegate(delegate)
    view.setModel(model)
    view.show()
    refused = []
    delegate.refused.connect(refused.append)
    view.setCurrentIndex(model.index(0, 0))
    view.edit(model.index(0, 0))
    editor = view.viewport().findChild(QLineEdit)
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, "-5")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert refused == ["Amount: '-5' is negative; amounts must be zero or more"]
    assert view.state() == QTableView.State.EditingState and editor.text() == "-5"


def test_typing_into_a_read_only_cell_says_why(qtbot):
    """Keys typed into a cell that cannot be edited vanished (or jumped to another row by
    Qt's keyboard search): the delegate says why, through `refused` like other refusals, and
    keeps the current cell."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTableView

    model = RecordTableModel([Column("label", "Participant", lambda row: row[2]),
                              Column("amount", "Amount", lambda row: row[1], editor=MONEY)],
                             row_id=lambda row: row[0])
    model.on_edit = lambda row, column, value: True
    model.set_rows([(1, Decimal("5.00"), "ACME"), (2, Decimal("6.00"), "Beta")],
                   total_row=(0, Decimal("11.00"), "Total"))
    view = QTableView()
    qtbot.addWidget(view)
    delegate = FieldDelegate(view)
    view.setItemDelegate(delegate)
    view.setModel(model)
    view.show()
    refused: list[str] = []
    delegate.refused.connect(refused.append)

    def type_into(row: int, column: int, keys: str) -> None:
        refused.clear()
        view.setCurrentIndex(model.index(row, column))
        qtbot.keyClicks(view, keys)
        assert view.state() != QTableView.State.EditingState
        assert view.currentIndex() == model.index(row, column)

    type_into(0, 0, "B")  # a computed column
    assert refused == ["Participant: this column is filled in by the application; "
                       "it cannot be typed into"]
    type_into(2, 1, "12")  # the total row
    assert refused == ["Amount: a total is computed from the rows above; "
                       "change those rows"] * 2
    model.editable = False  # a read-only workspace or an opened version
    type_into(0, 1, "7")
    assert refused == ["Amount: this table is read-only here (the workspace or version is "
                       "open for reading only)"]
    model.editable = True
    refused.clear()
    qtbot.keyClick(view, Qt.Key.Key_Down)  # moving about says nothing
    assert not refused
    view.setCurrentIndex(model.index(0, 1))
    qtbot.keyClicks(view, "7")  # an editable cell opens its editor as before
    assert view.state() == QTableView.State.EditingState and not refused


@pytest.mark.parametrize(("language", "expected"), [
    ("de", "Betrag: eine Summe wird aus den Zeilen darüber berechnet; ändern Sie diese Zeilen"),
    ("fr", "Betrag : un total est calculé à partir des lignes au-dessus ; modifiez ces lignes"),
])
def test_a_read_only_cell_says_why_in_the_windows_language(qtbot, language, expected):
    from consortium_planner.ui.delegates import read_only_reason
    from consortium_planner.ui.translations import install_translators

    model = RecordTableModel([Column("amount", "Betrag", lambda row: row[1], editor=MONEY)],
                             row_id=lambda row: row[0])
    model.on_edit = lambda row, column, value: True
    model.set_rows([(1, Decimal("5.00"))], total_row=(0, Decimal("5.00")))
    try:
        install_translators(language)
        assert read_only_reason(model.index(1, 0)) == expected
        assert read_only_reason(model.index(0, 0)) == ""  # editable: nothing to explain
    finally:
        install_translators("en")
