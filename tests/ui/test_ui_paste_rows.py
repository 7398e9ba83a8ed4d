"""Pasting more lines than there are rows below the current cell adds rows, as one undo step,
all or nothing."""

from __future__ import annotations

from decimal import Decimal

from consortium_planner.ui.views.budget import BudgetPage
from consortium_planner.ui.views.directory import DirectoryPage
from consortium_planner.ui.views.work_plan import WorkPlanPage


def shown(qtbot, page_class, context, project_id=None):
    page = page_class(context)
    qtbot.addWidget(page)
    page.set_project(project_id)
    page.show()
    if page_class is DirectoryPage:  # its first search follows its first frame
        qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    return page


def last_row(section):
    return section.model.row_at(section.model.rowCount() - 1 - (section.model.total_row is not None))


def errors_of(context) -> list[str]:
    messages: list[str] = []
    context.user_error.connect(messages.append)
    return messages


def test_work_packages_pasted_past_the_end_are_added_and_undone_in_one_step(
        qtbot, context, project_id, stored):
    page = shown(qtbot, WorkPlanPage, context, project_id)
    section = page.tables["work_package"]
    before = stored(project_id).work_packages
    last = before[-1]
    section.select_row_id(last.id, "title")
    section.paste_text("Renamed last\nPilots\t\t3\t9\nExploitation\n")
    after = stored(project_id).work_packages
    assert [w.title for w in after[-3:]] == ["Renamed last", "Pilots", "Exploitation"]
    assert len(after) == len(before) + 2
    pilots = after[-2]
    assert (pilots.number, pilots.start_month, pilots.end_month) == (last.number + 1, 3, 9)
    assert context.undo_stack.count() == 1
    assert "adding 2 rows" in context.undo_stack.text(0)
    assert section.model.rowCount() == len(after)

    context.undo_stack.undo()
    undone = stored(project_id).work_packages
    assert [(w.id, w.title) for w in undone] == [(w.id, w.title) for w in before]
    assert section.model.rowCount() == len(before)

    context.undo_stack.redo()
    redone = stored(project_id).work_packages
    assert [(w.id, w.title, w.start_month) for w in redone] == \
        [(w.id, w.title, w.start_month) for w in after]


def test_a_refused_new_row_pastes_nothing(qtbot, context, project_id, stored):
    page = shown(qtbot, WorkPlanPage, context, project_id)
    section = page.tables["work_package"]
    messages = errors_of(context)
    before = stored(project_id).work_packages
    section.select_row_id(before[-1].id, "title")
    section.paste_text("Renamed last\nFine\t\t2\t4\nBroken\t\t9\t3\n")  # ends before it starts
    assert messages and messages[-1].startswith("Nothing was pasted: new row 2:")
    assert stored(project_id).work_packages == before
    assert context.undo_stack.count() == 0


def test_an_unreadable_new_value_pastes_nothing(qtbot, context, project_id, stored):
    page = shown(qtbot, WorkPlanPage, context, project_id)
    section = page.tables["milestone"]
    messages = errors_of(context)
    before = stored(project_id).milestones
    section.select_row_id(before[-1].id, "title")
    section.paste_text("Renamed\tWP1\nNew one\tWP99\n")
    assert "Work packages of new row 1" in messages[-1]
    assert "WP99" in messages[-1]
    assert stored(project_id).milestones == before
    assert context.undo_stack.count() == 0


def test_milestones_tasks_and_deliverables_grow_too(qtbot, context, project_id, stored):
    page = shown(qtbot, WorkPlanPage, context, project_id)
    snapshot = stored(project_id)
    first, second = snapshot.work_packages[0], snapshot.work_packages[1]

    milestones = page.tables["milestone"]
    milestones.select_row_id(snapshot.milestones[-1].id, "title")
    milestones.paste_text(f"{snapshot.milestones[-1].title}\nGo-live\tWP{first.number}, "
                          f"{second.number}\t12\n")
    added = stored(project_id).milestones[-1]
    assert (added.title, added.work_packages, added.due_month) == \
        ("Go-live", (first.number, second.number), 12)

    tasks = page.tables["task"]
    page.tabs.setCurrentWidget(tasks)
    last_task = last_row(tasks)
    tasks.select_row_id(last_task.id, "title")
    tasks.paste_text(f"{last_task.item.title}\nExtra task\n")
    owner = stored(project_id).work_package(last_task.work_package.number)
    assert owner.tasks[-1].title == "Extra task"

    deliverables = page.tables["deliverable"]
    page.tabs.setCurrentWidget(deliverables)
    last_deliverable = last_row(deliverables)
    deliverables.select_row_id(last_deliverable.id, "work_package_id")
    deliverables.paste_text(f"WP{last_deliverable.work_package.number}\n"
                            f"WP{first.number}\t\tPilot report\n")
    report = stored(project_id).work_package(first.number).deliverables[-1]
    assert report.title == "Pilot report"
    assert context.undo_stack.count() == 3


def test_directory_paste_adds_organisations_and_refuses_an_unknown_country(qtbot, context):
    page = shown(qtbot, DirectoryPage, context)
    messages = errors_of(context)
    before = context.organisations()
    last = last_row(page.table)
    page.table.select_row_id(last.id, "short_name")
    page.table.paste_text(f"{last.short_name}\t{last.legal_name}\n"
                          "NEWCO\tNew Company Ltd\tSME\tIE\n"
                          "OTHER\tOther Research Institute\t\tZZ\n")
    assert messages[-1] == \
        "Nothing was pasted: Country of new row 2: 'ZZ' is not one of the choices"
    assert [o.id for o in context.organisations()] == [o.id for o in before]
    assert context.undo_stack.count() == 0

    page.table.paste_text(f"{last.short_name}\t{last.legal_name}\n"
                          "NEWCO\tNew Company Ltd\t\tIE\n")
    added = {o.legal_name: o for o in context.organisations()}["New Company Ltd"]
    assert (added.short_name, added.country) == ("NEWCO", "IE")
    context.undo_stack.undo()
    assert "New Company Ltd" not in {o.legal_name for o in context.organisations()}


def test_cost_lines_pasted_past_the_end_belong_to_the_participant_shown(
        qtbot, context, project_id, stored):
    page = shown(qtbot, BudgetPage, context, project_id)
    snapshot = stored(project_id)
    owner = snapshot.participants[0]
    page.participant_filter.setCurrentIndex(page.participant_filter.findData(owner.id))
    table = page.cost_table
    count = len(table.model.rows)
    if count:
        table.select_row_id(last_row(table).id, "description")
        start = f"{last_row(table).cost.description}\t\t\t{last_row(table).cost.amount}\n"
    else:
        page.add_cost_line()
        table.select_row_id(last_row(table).id, "description")
        start = "First\t\t\t1\n"
        count = 1
    table.paste_text(start + "Laptop\t2\t1500\t3000\nTravel\t\t\t800,50\n")
    lines = [c for c in stored(project_id).costs if c.participant == owner.number]
    assert len(lines) == count + 2
    assert [(c.description, c.amount) for c in lines[-2:]] == \
        [("Laptop", Decimal("3000.00")), ("Travel", Decimal("800.50"))]
    context.undo_stack.undo()
    assert len([c for c in stored(project_id).costs if c.participant == owner.number]) == count


def test_a_paste_that_fits_still_changes_only_existing_rows(qtbot, context, project_id, stored):
    page = shown(qtbot, WorkPlanPage, context, project_id)
    section = page.tables["work_package"]
    before = stored(project_id).work_packages
    section.select_row_id(before[0].id, "title")
    section.paste_text("One\nTwo\n")
    after = stored(project_id).work_packages
    assert len(after) == len(before)
    assert [w.title for w in after[:2]] == ["One", "Two"]
    assert "adding" not in context.undo_stack.text(0)
