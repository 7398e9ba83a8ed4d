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
