"""Texts made below the window, shown in the window's language (issue 17): a refused edit, an
edit conflict, a problem with the workspace file and the History dialog's lines of what
changed, in a German window."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from consortium_planner.services.editing import EditingService
from consortium_planner.services.editing.conflicts import Conflict, EditConflict
from consortium_planner.ui.commands import UpdateCommand
from consortium_planner.ui.translations import install_translators
from consortium_planner.workspace import WorkspaceLocked


@pytest.fixture
def language(qapp) -> Iterator[Callable[[str], None]]:
    """Switch the window's language (before building the window); English again afterwards."""
    yield install_translators
    install_translators("en")


@pytest.fixture
def german_window(language, qtbot, context, reporter):
    from consortium_planner.ui.main_window import MainWindow

    language("de")
    window = MainWindow(context, reporter)
    qtbot.addWidget(window)
    window.show()
    return window


def test_a_bad_amount_typed_in_the_budget_is_refused_in_german(german_window, context,
                                                               project_id, stored) -> None:
    messages: list[str] = []
    context.user_error.connect(messages.append)
    german_window.show_page("budget", project_id)
    page = german_window.page("budget")
    cost = next(c for c in stored(project_id).costs if c.quantity is None)
    section = page.cost_table
    index = section.proxy.mapFromSource(section.model.index(
        section.model.row_of_id(cost.id), section.model.column_of_key("amount")))
    assert not section.proxy.setData(index, Decimal("-5"), Qt.ItemDataRole.EditRole)
    expected = ("„Betrag“ muss ein Betrag von null oder mehr sein: Decimal('-5') ist negativ; "
                "Beträge müssen null oder mehr sein.")
    assert messages == [expected]
    assert german_window.message_bar.label.text() == expected


def test_a_line_computed_from_quantity_names_its_amount_in_german_numbers(
        german_window, context, project_id, stored) -> None:
    messages: list[str] = []
    context.user_error.connect(messages.append)
    cost = next(c for c in stored(project_id).costs if c.quantity is not None)
    command = UpdateCommand(context, "cost_item", [(cost.id, {"amount": Decimal("1.00")})],
                            "Betrag")
    assert not context.execute(command)
    [message] = messages
    assert message.startswith("Der Betrag dieser Zeile ist Menge x Stückkosten (")
    computed = cost.quantity * cost.unit_cost
    assert f"{computed:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".") in message


def test_a_conflict_shows_in_german(german_window, context, project_id, qtbot) -> None:
    """The conflict dialog names the row and the field in German; an undo refused by a
    conflict says why in German too."""
    from consortium_planner.ui.conflicts import ConflictDialog

    dialog = ConflictDialog(EditConflict(
        [Conflict("task", 3, "task", "title", "Mine", "Theirs"),
         Conflict("participant", 7, "participant 2", "monthly_personnel_cost",
                  "4000", Decimal("5000.00"), "alice", 2)], {("task", 3): 4}))
    qtbot.addWidget(dialog)
    assert dialog.table.item(0, 0).text() == "Aufgabe: Titel"
    assert dialog.table.item(1, 0).text() == "Teilnehmer 2: monatliche Personalkosten"
    assert dialog.table.item(1, 3).text() == "alice"

    participant = context.snapshot(project_id).participants[0].id
    messages: list[str] = []
    context.user_error.connect(messages.append)
    command = UpdateCommand(context, "participant",
                            [(participant, {"monthly_personnel_cost": "4000"})], "Kosten")
    assert context.execute(command)
    assert context.workspace is not None
    EditingService(context.workspace).update("participant", participant,
                                             {"monthly_personnel_cost": "4500"})
    context.undo_stack.undo()
    [message] = messages
    assert "Jemand anderes hat dies geändert, seit Sie es gesehen haben." in message
    assert "„monatliche Personalkosten“ von „Teilnehmer " in message
    assert message.endswith("Es wurde nichts geändert.")


def test_a_workspace_problem_is_shown_in_german(german_window, tmp_path) -> None:
    from consortium_planner.ui.errors import error_text
    from consortium_planner.workspace import IN_USE

    error = WorkspaceLocked(tmp_path / "w.cpw", IN_USE)
    assert error_text(error) == (
        f"{tmp_path / 'w.cpw'}: wird von einem anderen Programm verwendet (es sperrt die Datei); "
        "schließen Sie sie dort oder warten Sie, bis es fertig ist, und versuchen Sie es dann "
        "erneut")
    assert str(error).endswith("is in use by another program (it holds a lock on the file); "
                               "close it there or wait until it has finished, then try again")


def test_the_history_dialog_says_what_changed_in_german(german_window, context, qtbot) -> None:
    from consortium_planner.ui.history import HistoryDialog

    project = context.projects()[0]
    context.editing.update("project", project.id, {"title": "Neu"})
    german_window.show_page("overview", project.id)
    german_window.action("project_history").trigger()
    dialog = german_window.findChild(HistoryDialog)
    assert dialog is not None
    top = dialog.table.topLevelItem(0)
    assert top.text(2).startswith(f"Projekt {project.id} Titel: ")
    assert top.text(2).endswith(" -> Neu")
    dialog.close()


def test_an_amount_the_cell_editor_cannot_read_is_explained_in_german(language) -> None:
    """The budget's cell editors parse what is typed in the window; their tooltip and refusal
    gave the English text of the amount error."""
    from consortium_planner.domain.money import AmountError
    from consortium_planner.ui.errors import error_text
    from consortium_planner.ui.formatting import parse_money_text

    language("de")
    with pytest.raises(AmountError) as refused:
        parse_money_text("zwölf")
    german = error_text(refused.value)
    assert german != str(refused.value) and "zwölf" in german
