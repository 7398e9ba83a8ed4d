"""The dialogs: overrides, project details."""

from __future__ import annotations

from decimal import Decimal

import pytest

from consortium_planner.ui.commands import UpdateCommand
from consortium_planner.ui.dialogs import OverrideDialog, ProjectDialog


def test_override_dialog_values_need_a_reason(qtbot, context, project_id, stored):
    participant = context.snapshot(project_id).participants[1]
    dialog = OverrideDialog(participant)
    qtbot.addWidget(dialog)
    assert not dialog.rate.isEnabled()
    dialog.rate_check.setChecked(True)
    dialog.rate.setText("55 %")
    values = dialog.values()
    assert values["funding_rate_override"] == Decimal("0.55")
    messages = []
    context.user_error.connect(messages.append)
    assert not context.execute(UpdateCommand(context, "participant", [(participant.id, values)],
                                             "Override"))
    assert "reason" in messages[-1]
    dialog.rate_reason.setText("State aid rules for this partner")
    assert context.execute(UpdateCommand(context, "participant",
                                         [(participant.id, dialog.values())], "Override"))
    assert stored(project_id).participant(participant.number).funding_rate == Decimal("0.55")
    dialog.rate.setText("lots")
    with pytest.raises(ValueError):
        dialog.values()


def test_project_dialog_offers_the_call_profiles(qtbot):
    dialog = ProjectDialog("New project", full=True)
    qtbot.addWidget(dialog)
    assert dialog.profile.count() >= 6
    assert dialog.profile.currentData() == "generic"
    assert dialog.duration.value() == 36


def test_project_dialog_needs_an_acronym_before_ok(qtbot):
    dialog = ProjectDialog("New project", full=True)
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    dialog.acronym.setText("   ")
    assert not dialog.ok_button.isEnabled()
    dialog.acronym.setText("GREENFAB")
    assert dialog.ok_button.isEnabled()
    renamed = ProjectDialog("Rename project", "CIRCOMP")
    qtbot.addWidget(renamed)
    assert renamed.ok_button.isEnabled()


def test_a_taken_acronym_keeps_the_dialog_open_with_what_was_typed(qtbot, window, context,
                                                                   project_id, monkeypatch):
    """New project with the acronym of another ('circomp' beside CIRCOMP) was refused after
    the dialog had closed, and the title, call profile and duration typed were lost."""
    from PySide6.QtWidgets import QDialog

    from consortium_planner.ui import dialogs

    seen = []

    def exec_(dialog):
        dialog.show()
        dialog.acronym.setText("circomp")
        if dialog.title_edit is not None:
            dialog.title_edit.setText("A long title typed with care")
        dialog.ok_button.click()
        seen.append((dialog.isVisible(), dialog.problem.isVisible(), dialog.problem.text(),
                     dialog.title_edit.text() if dialog.title_edit is not None else ""))
        dialog.acronym.setText("CIRCOMP-2")
        assert not dialog.problem.isVisible()  # typing again clears it
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(dialogs.ProjectDialog, "exec", exec_)
    window.show_page("overview", project_id)
    for action in ("new_project", "duplicate_project"):
        window.action(action).trigger()
    [new, duplicate] = seen
    for still_open, shown, text, _ in seen:
        assert still_open and shown and "CIRCOMP" in text and "already exists" in text
    assert new[3] == "A long title typed with care"
    assert [p.acronym for p in context.projects()] == ["CIRCOMP"]


def test_renaming_a_project_to_its_own_acronym_in_other_case_is_not_taken(context, project_id):
    from consortium_planner.ui.projects import acronym_refusal

    assert acronym_refusal(context, "circomp", project_id) == ""
    assert "CIRCOMP" in acronym_refusal(context, "Circomp")
    assert acronym_refusal(context, "NEWPROJ") == ""
