"""A milestone's work packages are chosen in a check list; pasted text still works."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView

from consortium_planner.ui.delegates import CheckListEditor
from consortium_planner.ui.views.work_plan import WorkPlanPage


def milestones_of(qtbot, context, project_id):
    page = WorkPlanPage(context)
    qtbot.addWidget(page)
    page.set_project(project_id)
    page.show()
    page.tabs.setCurrentWidget(page.tables["milestone"])
    return page.tables["milestone"]


def open_editor(section, milestone_id) -> tuple[CheckListEditor, object]:
    section.select_row_id(milestone_id, "work_package_ids")
    index = section.view.currentIndex()
    assert section.view.edit(index, QAbstractItemView.EditTrigger.AllEditTriggers, None)
    editor = section.view.indexWidget(index)
    assert isinstance(editor, CheckListEditor)
    return editor, index


def checked_labels(editor: CheckListEditor) -> list[str]:
    return [editor.item(row).text() for row in range(editor.count())
            if editor.item(row).checkState() == Qt.CheckState.Checked]


def test_the_editor_lists_every_work_package_with_the_milestones_checked(
        qtbot, context, project_id, stored):
    section = milestones_of(qtbot, context, project_id)
    snapshot = stored(project_id)
    milestone = next(m for m in snapshot.milestones if m.work_packages)
    editor, _index = open_editor(section, milestone.id)
    assert editor.count() == len(snapshot.work_packages)
    assert [label.split()[0] for label in checked_labels(editor)] == \
        [f"WP{n}" for n in milestone.work_packages]
    assert editor.height() >= editor.wanted_height()


def test_checking_a_work_package_saves_it_as_one_undo_step(qtbot, context, project_id, stored):
    section = milestones_of(qtbot, context, project_id)
    snapshot = stored(project_id)
    milestone = snapshot.milestones[0]
    unchecked = next(w for w in snapshot.work_packages if w.number not in milestone.work_packages)
    editor, index = open_editor(section, milestone.id)
    row = [editor.item(r).data(Qt.ItemDataRole.UserRole) for r in range(editor.count())].index(
        unchecked.id)
    editor.setCurrentRow(row)
    qtbot.keyClick(editor.viewport(), Qt.Key.Key_Space)
    assert unchecked.id in editor.values()
    section.delegate.setModelData(editor, section.proxy, index)
    saved = {m.id: m for m in stored(project_id).milestones}[milestone.id]
    assert saved.work_packages == tuple(sorted({*milestone.work_packages, unchecked.number}))
    assert context.undo_stack.count() == 1
    context.undo_stack.undo()
    assert {m.id: m for m in stored(project_id).milestones}[milestone.id].work_packages == \
        milestone.work_packages


def test_committing_unchanged_choices_adds_no_undo_step(qtbot, context, project_id):
    section = milestones_of(qtbot, context, project_id)
    milestone_id = section.model.rows[0].id
    editor, index = open_editor(section, milestone_id)
    section.delegate.setModelData(editor, section.proxy, index)
    assert context.undo_stack.count() == 0


def test_pasted_text_still_sets_the_work_packages(qtbot, context, project_id, stored):
    section = milestones_of(qtbot, context, project_id)
    snapshot = stored(project_id)
    first, second = snapshot.work_packages[0], snapshot.work_packages[1]
    milestone = snapshot.milestones[0]
    section.select_row_id(milestone.id, "work_package_ids")
    section.paste_text(f"WP{first.number}, {second.number}\n")
    saved = {m.id: m for m in stored(project_id).milestones}[milestone.id]
    assert saved.work_packages == (first.number, second.number)
    source_row = section.model.row_of_id(milestone.id)
    column = section.model.column_of_key("work_package_ids")
    assert section.model.index(source_row, column).data() == \
        f"WP{first.number}, WP{second.number}"
    section.select_row_id(milestone.id, "work_package_ids")
    assert section.selection_as_text() == f"WP{first.number}, WP{second.number}\n"
