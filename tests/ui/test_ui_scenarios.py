"""Scenarios and versions in the window: each lifecycle action one undo step, the navigator
listing a proposal's scenarios and each project's versions, a version shown read-only, and a
version kept at an export."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from consortium_planner.ui import scenarios
from consortium_planner.ui.commands import UpdateCommand
from consortium_planner.ui.main_window import PAGE_ROLE


def navigator_labels(window) -> list[str]:
    tree = window.navigator
    return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]


def version_items(window, acronym_label: str) -> list[str]:
    tree = window.navigator
    item = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                if tree.topLevelItem(i).text(0) == acronym_label)
    groups = [item.child(i) for i in range(item.childCount())
              if item.child(i).text(0).startswith("Versions")]
    return [groups[0].child(i).text(0) for i in range(groups[0].childCount())] if groups else []


@pytest.fixture
def answers(monkeypatch):
    """Dialog answers, in order: (acronym, scenario name) or a note."""
    queue: list = []
    monkeypatch.setattr(scenarios, "scenario_dialog", lambda *a, **k: queue.pop(0))
    monkeypatch.setattr(scenarios, "note_dialog", lambda *a, **k: queue.pop(0))
    return queue


def test_scenarios_are_created_and_promoted_one_undo_step_each(window, context, project_id,
                                                               answers):
    main = context.snapshot(project_id).project.acronym
    window.show_page("overview", project_id)
    answers.append(("ALT", "P7 leaves"))
    window.action("new_scenario").trigger()
    scenario_id = window.current_project
    assert context.snapshot(scenario_id).budget.totals == \
        context.snapshot(project_id).budget.totals
    labels = navigator_labels(window)
    assert labels.index(f"{main} · main") + 1 == labels.index("↳ ALT (P7 leaves)")
    window.action("promote_scenario").trigger()
    labels = navigator_labels(window)
    assert labels.index("ALT · main") + 1 == labels.index(f"↳ {main}")
    window.action("undo").trigger()
    assert f"{main} · main" in navigator_labels(window)
    window.action("undo").trigger()
    assert navigator_labels(window)[-1] == main and not context.has_project(scenario_id)
    window.action("redo").trigger()
    window.action("redo").trigger()
    assert "ALT · main" in navigator_labels(window)


def test_a_version_is_taken_opened_read_only_restored_and_deleted(window, context, project_id,
                                                                  answers, monkeypatch):
    main = context.snapshot(project_id).project.acronym
    frozen_totals = context.snapshot(project_id).budget.totals
    window.show_page("overview", project_id)
    answers.append("sent to partners on 3 May")
    window.action("take_version").trigger()
    [entry] = context.versions(project_id)
    assert version_items(window, f"{main}")[0].endswith("sent to partners on 3 May")
    participant = context.snapshot(project_id).participants[0]
    assert context.execute(UpdateCommand(context, "participant", [
        (participant.id, {"monthly_personnel_cost": "1.00"})], "cheaper"))

    window.show_page("budget", -entry.id)  # as the navigator's version item does
    assert window.current_project == -entry.id
    version_item = window.navigator.currentItem().parent()
    pages = [version_item.child(i).text(0) for i in range(version_item.childCount())]
    assert "Budget" in pages and "Returns" not in pages  # returns are the live project's
    assert context.snapshot(-entry.id).budget.totals == frozen_totals
    assert window.mode_label.text().startswith(f"Read-only: version {main}@1")
    assert not window.action("rename_project").isEnabled()
    assert not window.action("take_version").isEnabled()
    assert window.action("restore_version").isEnabled()
    page = window.pages["budget"]
    assert all(not section.model.editable for section in page.sections())
    # an edit that reached the service with a version's row ids finds no row: refused
    errors: list[str] = []
    context.user_error.connect(errors.append)
    version_participant = context.snapshot(-entry.id).participants[0]
    assert not context.execute(UpdateCommand(context, "participant", [
        (version_participant.id, {"monthly_personnel_cost": "2.00"})], "edit a version"))
    assert errors and "no longer exists" in errors[0]
    assert window.navigator.currentItem().data(0, PAGE_ROLE) == ("budget", -entry.id)

    answers.append(("ASSENT", "as sent"))
    window.action("restore_version").trigger()
    restored_id = window.current_project
    assert context.snapshot(restored_id).budget.totals == frozen_totals
    assert "↳ ASSENT (as sent)" in navigator_labels(window)
    assert window.action("rename_project").isEnabled()  # a project again: editable

    window.show_page("overview", -entry.id)
    monkeypatch.setattr(window.reporter, "ask", lambda *a, **k: True)
    window.action("delete_version").trigger()
    assert context.versions(project_id) == [] and window.current_project == project_id
    assert version_items(window, f"{main} · main") == []
    window.action("undo").trigger()
    assert [v.id for v in context.versions(project_id)] == [entry.id]
    window.action("undo").trigger()  # the restore
    assert not context.has_project(restored_id)


def test_an_export_from_the_window_keeps_a_version(qtbot, window, context, project_id,
                                                   tmp_path: Path, monkeypatch):
    window.show_page("overview", project_id)
    target = tmp_path / "out.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.action("export_xlsx").trigger()
    qtbot.waitUntil(lambda: not window.jobs.running, timeout=60000)
    assert target.exists()
    [entry] = context.versions(project_id)
    assert (entry.kind, entry.note) == ("at_export", "exported: Excel workbook out.xlsx")


def test_a_version_kept_by_a_partner_import_appears_in_the_navigator(window, context,
                                                                     project_id, tmp_path):
    from consortium_planner.exporting.partner_template import write_partner_workbook
    from consortium_planner.services.editing import Changes
    from consortium_planner.services.partner_returns import import_partner_workbook

    main = context.snapshot(project_id).project.acronym
    path = write_partner_workbook(context.snapshot(project_id), 3, tmp_path / "p3.xlsx")
    assert import_partner_workbook(context.workspace, path).status == "imported"
    assert version_items(window, main) == []
    context.notify(Changes(budget=True, project_id=project_id))  # what the import reports
    assert version_items(window, main)[0].endswith("before importing p3.xlsx")
