"""Drive each view as a user would: edit a cell, check the workspace, undo, check again."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from consortium_planner.ui.views.budget import BudgetPage
from consortium_planner.ui.views.checks import ChecksPage
from consortium_planner.ui.views.consortium import ConsortiumPage
from consortium_planner.ui.views.dashboard import DashboardPage, month_of
from consortium_planner.ui.views.directory import DirectoryPage
from consortium_planner.ui.views.effort import EffortPage
from consortium_planner.ui.views.overview import OverviewPage
from consortium_planner.ui.views.work_plan import WorkPlanPage


def shown(qtbot, page_class, context, project_id=None):
    page = page_class(context)
    qtbot.addWidget(page)
    page.set_project(project_id)
    page.show()
    if page_class is DirectoryPage:  # its first search follows its first frame
        qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    return page


def edit(section, row_id, key, value) -> bool:
    """Set a cell through the proxy, as the delegate does when an editor commits."""
    source_row = section.model.row_of_id(row_id)
    column = section.model.column_of_key(key)
    index = section.proxy.mapFromSource(section.model.index(source_row, column))
    return section.proxy.setData(index, value, Qt.ItemDataRole.EditRole)


def cell_text(section, row_id, key) -> str:
    source_row = section.model.row_of_id(row_id)
    return section.model.index(source_row, section.model.column_of_key(key)).data()


def test_directory_edit_and_undo(qtbot, context, project_id):
    page = shown(qtbot, DirectoryPage, context)
    organisation = context.organisations()[0]
    assert edit(page.table, organisation.id, "legal_name", "Renamed Organisation SA")
    assert context.organisations()[0].legal_name == "Renamed Organisation SA" or any(
        o.legal_name == "Renamed Organisation SA" for o in context.organisations())
    assert cell_text(page.table, organisation.id, "legal_name") == "Renamed Organisation SA"
    context.undo_stack.undo()
    assert any(o.legal_name == organisation.legal_name for o in context.organisations())
    assert cell_text(page.table, organisation.id, "legal_name") == organisation.legal_name


def test_directory_refuses_a_region_outside_the_country(qtbot, context):
    page = shown(qtbot, DirectoryPage, context)
    messages = []
    context.user_error.connect(messages.append)
    organisation = next(o for o in context.organisations() if o.country != "FR")
    assert not edit(page.table, organisation.id, "nuts2", "FR10")
    assert "not in" in messages[-1]
    assert context.undo_stack.count() == 0


def test_directory_add_and_remove_rows(qtbot, context):
    page = shown(qtbot, DirectoryPage, context)
    before = len(context.organisations())
    page.add_organisation()
    assert len(context.organisations()) == before + 1
    new_row = page.table.current_row()
    assert new_row.legal_name == "New organisation"
    page.table.remove_rows()
    assert len(context.organisations()) == before
    context.undo_stack.undo()
    assert len(context.organisations()) == before + 1


def test_directory_shows_markup_as_plain_text(qtbot, context):
    page = shown(qtbot, DirectoryPage, context)
    organisation = context.organisations()[0]
    edit(page.table, organisation.id, "short_name", "<b>X</b>")
    assert cell_text(page.table, organisation.id, "short_name") == "<b>X</b>"
    tooltip = page.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip is None or "<b>X</b>" not in tooltip


def test_consortium_personnel_cost_accepts_typed_amounts(qtbot, context, project_id, stored):
    page = shown(qtbot, ConsortiumPage, context, project_id)
    participant = stored(project_id).participants[1]
    assert edit(page.table, participant.id, "monthly_personnel_cost", Decimal("6543.21"))
    assert stored(project_id).participant(participant.number).monthly_personnel_cost == \
        Decimal("6543.21")
    page.table.view.setCurrentIndex(page.table.proxy.index(1, 0))
    page.table.view.selectionModel().select(
        page.table.proxy.index(1, page.model.column_of_key("monthly_personnel_cost")),
        page.table.view.selectionModel().SelectionFlag.ClearAndSelect)
    page.table.view.setCurrentIndex(
        page.table.proxy.index(1, page.model.column_of_key("monthly_personnel_cost")))
    page.table.paste_text("1.234,56\n")
    assert stored(project_id).participant(participant.number).monthly_personnel_cost == \
        Decimal("1234.56")
    context.undo_stack.undo()
    context.undo_stack.undo()
    assert stored(project_id).participant(participant.number).monthly_personnel_cost == \
        participant.monthly_personnel_cost


def test_consortium_second_coordinator_is_refused(qtbot, context, project_id):
    page = shown(qtbot, ConsortiumPage, context, project_id)
    messages = []
    context.user_error.connect(messages.append)
    beneficiary = next(p for p in context.snapshot(project_id).participants
                       if p.role != "coordinator")
    assert not edit(page.table, beneficiary.id, "role", "coordinator")
    assert "already the coordinator" in messages[-1]


def test_consortium_renumber_and_number_edit(qtbot, context, project_id, stored):
    page = shown(qtbot, ConsortiumPage, context, project_id)
    last = stored(project_id).participants[-1]
    assert edit(page.table, last.id, "number", 40)
    assert stored(project_id).participants[-1].number == 40
    page.renumber()
    assert stored(project_id).participants[-1].number == last.number
    context.undo_stack.undo()
    assert stored(project_id).participants[-1].number == 40


def test_work_plan_edits_refusals_and_undo(qtbot, context, project_id, stored):
    page = shown(qtbot, WorkPlanPage, context, project_id)
    messages = []
    context.user_error.connect(messages.append)
    snapshot = stored(project_id)
    wp = snapshot.work_packages[0]
    assert edit(page.tables["work_package"], wp.id, "title", "Coordination")
    assert stored(project_id).work_packages[0].title == "Coordination"
    duration = snapshot.project.duration_months
    deliverable = wp.deliverables[0]
    assert not edit(page.tables["deliverable"], deliverable.id, "due_month", duration + 1)
    assert "after the project's end" in messages[-1]
    milestone = snapshot.milestones[0]
    assert edit(page.tables["milestone"], milestone.id, "work_package_ids", "WP1, 2")
    assert stored(project_id).milestones[0].work_packages == (1, 2)
    assert not edit(page.tables["milestone"], milestone.id, "work_package_ids", "WP99")
    assert "no work package" in messages[-1]
    context.undo_stack.undo()
    context.undo_stack.undo()
    assert stored(project_id) == snapshot


def test_removing_a_work_package_is_undone_exactly(qtbot, context, project_id, stored):
    page = shown(qtbot, WorkPlanPage, context, project_id)
    before = stored(project_id)
    section = page.tables["work_package"]
    section.select_row_id(before.work_packages[1].id)
    section.remove_rows()
    assert len(stored(project_id).work_packages) == len(before.work_packages) - 1
    context.undo_stack.undo()
    assert stored(project_id) == before
    context.undo_stack.redo()
    context.undo_stack.undo()
    assert stored(project_id) == before


def test_adding_a_task_then_undo_and_redo_keep_its_id(qtbot, context, project_id, stored):
    page = shown(qtbot, WorkPlanPage, context, project_id)
    page.tabs.setCurrentWidget(page.tables["task"])
    page.add_task()
    task = page.tables["task"].current_row()
    assert task.item.title == "New task"
    edit(page.tables["task"], task.id, "title", "Pilot trials")
    context.undo_stack.undo()
    context.undo_stack.undo()
    assert all(t.id != task.id for w in stored(project_id).work_packages for t in w.tasks)
    context.undo_stack.redo()
    context.undo_stack.redo()
    titles = {t.id: t.title for w in stored(project_id).work_packages for t in w.tasks}
    assert titles[task.id] == "Pilot trials"


def test_effort_cell_and_paste_are_single_undo_steps(qtbot, context, project_id, stored):
    page = shown(qtbot, EffortPage, context, project_id)
    snapshot = stored(project_id)
    participant = snapshot.participants[0]
    wp1, wp2 = snapshot.work_packages[0], snapshot.work_packages[1]
    row = page.model.row_of_id(participant.id)
    column = page.model.column_of_key(f"wp:{wp1.id}")
    assert page.model.setData(page.model.index(row, column), Decimal("7.5"))
    efforts = {(e.participant, e.work_package): e.person_months
               for e in stored(project_id).efforts}
    assert efforts[(participant.number, wp1.number)] == Decimal("7.50")
    page.table.view.setCurrentIndex(page.table.proxy.mapFromSource(page.model.index(row, column)))
    steps = context.undo_stack.count()
    page.table.paste_text("1,5\t2\n3\t4\n")
    assert context.undo_stack.count() == steps + 1
    efforts = {(e.participant, e.work_package): e.person_months
               for e in stored(project_id).efforts}
    assert efforts[(participant.number, wp1.number)] == Decimal("1.50")
    assert efforts[(participant.number, wp2.number)] == Decimal("2.00")
    total_row = page.model.rowCount() - 1
    assert page.model.index(total_row, 0).data() == "Total"
    context.undo_stack.undo()
    context.undo_stack.undo()
    assert stored(project_id).efforts == snapshot.efforts


def test_effort_paste_with_bad_text_changes_nothing(qtbot, context, project_id, stored):
    page = shown(qtbot, EffortPage, context, project_id)
    messages = []
    context.user_error.connect(messages.append)
    before = stored(project_id).efforts
    page.table.view.setCurrentIndex(page.table.proxy.index(0, 1))
    page.table.paste_text("2\tlots\n")
    assert "Nothing was pasted" in messages[-1]
    assert stored(project_id).efforts == before


def test_budget_cost_line_amount_and_totals(qtbot, context, project_id, stored):
    page = shown(qtbot, BudgetPage, context, project_id)
    snapshot = stored(project_id)
    cost = next(c for c in snapshot.costs if c.quantity is None)
    assert edit(page.cost_table, cost.id, "amount", Decimal("1234.56"))
    assert next(c for c in stored(project_id).costs if c.id == cost.id).amount == \
        Decimal("1234.56")
    total_row = page.participants_model.rowCount() - 1
    assert page.participants_model.index(total_row, 0).data() == "Total"
    grand = stored(project_id).budget.totals["total_eligible"]
    column = next(i for i, c in enumerate(page.participants_model.columns)
                  if c.title == "Total eligible")
    assert page.participants_model.index(total_row, column).data(Qt.ItemDataRole.EditRole) == grand
    context.undo_stack.undo()
    assert stored(project_id).costs == snapshot.costs


def test_budget_add_cost_line_for_the_chosen_participant(qtbot, context, project_id, stored):
    page = shown(qtbot, BudgetPage, context, project_id)
    participant = stored(project_id).participants[2]
    page.participant_filter.setCurrentIndex(page.participant_filter.findData(participant.id))
    before = len(stored(project_id).costs)
    page.add_cost_line()
    assert len(stored(project_id).costs) == before + 1
    assert all(row.cost.participant == participant.number for row in page.cost_model.rows)


def test_overview_fields_and_call_profile(qtbot, context, project_id, stored):
    page = shown(qtbot, OverviewPage, context, project_id)
    page.title_edit.setText("A better title")
    page.title_edit.editingFinished.emit()
    assert stored(project_id).project.title == "A better title"
    position = page.profile.findData("generic")
    page.profile.setCurrentIndex(position)
    page.profile.activated.emit(position)
    assert stored(project_id).project.call_profile == "generic"
    page.duration.setValue(1)
    page.duration.editingFinished.emit()
    assert stored(project_id).project.duration_months != 1  # refused: the work plan is longer
    assert page.duration.value() == stored(project_id).project.duration_months
    context.undo_stack.undo()
    context.undo_stack.undo()
    assert stored(project_id).project.title != "A better title"


def test_checks_findings_lead_to_their_rows(qtbot, context, project_id):
    page = shown(qtbot, ChecksPage, context, project_id)
    targets = []
    page.navigate.connect(lambda *args: targets.append(args))
    consortium = shown(qtbot, ConsortiumPage, context, project_id)
    for participant in context.snapshot(project_id).participants[3:]:
        consortium.table.select_row_id(participant.id)
        consortium.table.remove_rows()
    assert page.model.rowCount() > 0
    severities = [page.model.index(row, 0).data() for row in range(page.model.rowCount())]
    assert "Error" in severities
    page.table.view.setCurrentIndex(page.table.proxy.index(0, 0))
    page.open_current()
    assert targets and targets[0][0] in ("consortium", "work_plan", "overview", "budget")


def test_dashboard_draws_every_chart(qtbot, context, project_id):
    page = shown(qtbot, DashboardPage, context, project_id)
    assert set(page._plots) == {"participants", "contribution", "countries", "regions",
                                "effort", "gantt"}
    assert page._plots["gantt"].getPlotItem().listDataItems()


@pytest.mark.parametrize(("start", "today", "month"), [
    ((2027, 3, 1), (2027, 3, 1), 1),
    ((2027, 3, 1), (2028, 2, 28), 12),
    ((2027, 3, 15), (2027, 4, 14), 1),
    ((2027, 3, 1), (2027, 2, 28), None),
    ((2027, 3, 1), (2031, 1, 1), None),
])
def test_month_of_today(start, today, month):
    from datetime import date

    assert month_of(date(*start), date(*today), 36) == month


def test_an_undo_that_no_longer_applies_clears_the_history(qtbot, context, project_id):
    page = shown(qtbot, WorkPlanPage, context, project_id)
    messages = []
    context.user_error.connect(messages.append)
    wp = context.snapshot(project_id).work_packages[-1]
    edit(page.tables["work_package"], wp.id, "title", "Renamed")
    context.editing.remove("work_package", [wp.id])  # changed behind the undo stack's back
    context.undo_stack.undo()
    assert "undo history was cleared" in messages[-1]
    qtbot.waitUntil(lambda: context.undo_stack.count() == 0)


def test_dashboard_of_an_empty_project_says_so(qtbot, context):
    import pyqtgraph

    from consortium_planner.ui.commands import AddCommand

    command = AddCommand(context, "project",
                         lambda service: service.create_project("BLANK"), "Add BLANK")
    context.execute(command)
    page = shown(qtbot, DashboardPage, context, command.created_id)
    for key in ("participants", "contribution", "countries", "regions", "effort"):
        notes = [item.toPlainText() for item in page._plots[key].getPlotItem().items
                 if isinstance(item, pyqtgraph.TextItem)]
        assert notes and notes[0].startswith("No "), key


def test_dashboard_effort_axis_starts_at_zero(qtbot, context, project_id):
    page = shown(qtbot, DashboardPage, context, project_id)
    bottom, top = page._plots["effort"].getPlotItem().viewRange()[1]
    assert bottom == 0 and top > 0
    assert not any(type(item).__name__ == "TextItem"
                   for item in page._plots["participants"].getPlotItem().items)


def test_overview_rules_count_in_singular_and_plural():
    from consortium_planner.rules.profiles import get_profile
    from consortium_planner.ui.views.overview import profile_rules

    assert profile_rules(get_profile("generic"))[0].startswith(
        "At least 1 participant from 1 country in 1 region")
    assert "participants from 3 countries in 5 regions" in profile_rules(
        get_profile("i3-strand1"))[0]


def test_budget_titles_d_with_d1_apart_from_the_other_d_lines():
    """The participants' D holds D.1 too; the work packages' tab shows D.1 and the other D lines
    apart. 'D Other' over both read as two figures that disagree."""
    from consortium_planner.ui.views.budget import participant_budget_columns, work_package_columns

    participants = [column.title for column in participant_budget_columns()]
    work_packages = [column.title for column in work_package_columns()]
    assert "D incl. D.1" in participants and "D Other" not in participants
    assert {"D.1 Third parties", "D Other"} <= set(work_packages)


def test_empty_tables_of_a_new_project_say_what_to_do(qtbot, context, project_id):
    """A new project's pages were blank grids: each now says how its first row comes, and the
    hint goes once there is a row (or while a search finds none, or in a read-only view)."""
    from consortium_planner.ui.commands import AddCommand

    command = AddCommand(context, "project",
                         lambda service: service.create_project("BLANK"), "Add BLANK")
    context.execute(command)
    blank = command.created_id
    sections = {
        "Add participants…": shown(qtbot, ConsortiumPage, context, blank).table,
        "Add work package": shown(qtbot, WorkPlanPage, context, blank).tables["work_package"],
        "Add cost line": shown(qtbot, BudgetPage, context, blank).cost_table,
        "Consortium page": shown(qtbot, EffortPage, context, blank).table,
    }
    for words, section in sections.items():
        assert words in section.visible_hint(), words
        section.view.viewport().grab()  # drawn without a Qt warning
    consortium = sections["Add participants…"]
    consortium.set_editable(False)
    assert consortium.visible_hint() == ""
    consortium.set_editable(True)
    consortium.search.setText("nothing")
    assert consortium.visible_hint() == ""
    assert shown(qtbot, ConsortiumPage, context, project_id).table.visible_hint() == ""


def test_dashboard_names_at_most_fifteen_bars_on_an_axis(qtbot):
    """60 participants wrote P1 ... P60 on top of each other: every bar keeps its tick, the
    labels of every 5th are always shown and the others only where they fit."""
    import pyqtgraph

    plot = pyqtgraph.PlotWidget()
    qtbot.addWidget(plot)
    labels = [f"P{number}" for number in range(1, 61)]
    DashboardPage._category_axis(plot, labels)
    major, minor = plot.getAxis("bottom")._tickLevels
    assert [label for _, label in major] == ["P1", *(f"P{n}" for n in range(5, 61, 5))]
    assert sorted(position for position, _ in major + minor) == list(range(60))
    DashboardPage._category_axis(plot, labels[:9])
    assert [label for _, label in plot.getAxis("bottom")._tickLevels[0]] == labels[:9]


def test_directory_profit_column_in_the_windows_language(qtbot, context, tmp_path):
    """A German window showed Yes/No in the Profit-making column and offered them in its list;
    a pasted 'yes', 'Nein' or 'oui' still reads, whatever the window's language."""
    from consortium_planner.ui.views.directory import organisation_columns
    from consortium_planner.ui.views.base import pasted_value

    from tests.ui.qt_translations import QT_TRANSLATIONS, compile_ts, install

    translator = install(compile_ts(QT_TRANSLATIONS / "window_de.ts", tmp_path))
    try:
        [column] = [c for c in organisation_columns() if c.key == "profit"]
        assert [label for label, _ in column.editor.choices(None)] == ["Ja", "Nein"]
        organisation = context.organisations()[0]
        assert column.text(organisation) in ("Ja", "Nein")
        for typed, value in (("yes", True), ("Nein", False), ("oui", True), ("Ja", True)):
            assert pasted_value(column, organisation, typed) is value, typed
    finally:
        from PySide6.QtCore import QCoreApplication

        QCoreApplication.removeTranslator(translator)


def test_budget_tab_order_follows_the_screen(qtbot, context, project_id):
    """Tab went from the cost lines' table back up to the participant list above the Add
    button; now: the tabs, the participant list, Add, Remove, Search, then the table."""
    page = shown(qtbot, BudgetPage, context, project_id)
    order, widget = [], page.participants_table.view
    for _ in range(200):
        widget = widget.nextInFocusChain()
        order.append(widget)
    costs = page.cost_table
    wanted = [page.tabs.tabBar(), page.participant_filter, costs.add_button,
              costs.remove_button, costs.search, costs.view]
    positions = [order.index(w) for w in wanted]
    assert positions == sorted(positions)
