"""The Find duplicates dialog: scan off the GUI thread with progress and Cancel, compare a
group field by field, merge (one undo step) and dismiss."""

from __future__ import annotations

import time
from decimal import Decimal

import pytest
from PySide6.QtCore import QModelIndex, Qt
from sqlalchemy import select

from consortium_planner.domain.vocab import ORGANISATION_FIELDS
from consortium_planner.models import NotDuplicate, Organisation, Participant
from consortium_planner.services.duplicates import DuplicateGroup
from consortium_planner.ui.duplicates import ComparisonModel, GroupsModel, show_duplicates


def test_the_groups_model_passes_the_model_tester(qtmodeltester):
    model = GroupsModel()
    model.set_groups([DuplicateGroup("same VAT", 100, (1, 2)),
                      DuplicateGroup("similar names in ES", 93, (3, 4, 5))],
                     {1: "Alpha", 2: "ALPHA SL", 3: "Universidad de Sevilla"})
    qtmodeltester.check(model)
    assert model.data(model.index(1, 3)) == "Universidad de Sevilla | #4 | #5"


def test_the_comparison_model_passes_the_model_tester_and_chooses_like_radios(qtmodeltester):
    empty = {field: None for field in ORGANISATION_FIELDS}
    records = [{**empty, "id": 7, "legal_name": "Alpha", "short_name": "", "city": ""},
               {**empty, "id": 9, "legal_name": "ALPHA SL", "short_name": "A",
                "city": "Sevilla", "turnover": Decimal("1234.50")}]
    model = ComparisonModel()
    model.set_records(records, keep=0)
    qtmodeltester.check(model)
    city = ORGANISATION_FIELDS.index("city")
    name = ORGANISATION_FIELDS.index("legal_name")
    assert model.data(model.index(city, 1), Qt.ItemDataRole.CheckStateRole) == \
        Qt.CheckState.Checked  # the kept record has no city: the other's is proposed
    assert model.chosen(0) == {"short_name": 9, "city": 9, "turnover": 9}
    assert model.setData(model.index(name, 1), Qt.CheckState.Checked.value,
                         Qt.ItemDataRole.CheckStateRole)
    assert model.data(model.index(name, 0), Qt.ItemDataRole.CheckStateRole) == \
        Qt.CheckState.Unchecked
    assert not model.setData(model.index(name, 1), Qt.CheckState.Unchecked.value,
                             Qt.ItemDataRole.CheckStateRole)  # a radio: check another instead
    assert model.chosen(0)["legal_name"] == 9


@pytest.fixture
def copy_id(context):
    """A copy of a demo participant's organisation, in the directory only, with a city."""
    workspace = context.workspace
    with workspace.sessions() as session:
        original = session.scalars(
            select(Organisation).join(Participant).order_by(Participant.number)).first()
        values = {"legal_name": original.legal_name.upper(), "country": original.country,
                  "city": "Somewhere Else"}
    created = context.editing.add_organisation(values).created_id
    context.notify_everything()
    return created


def scanned(qtbot, window):
    dialog = show_duplicates(window)
    qtbot.mouseClick(dialog.scan_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job is None and dialog.status.isVisible(), timeout=20_000)
    return dialog


def select_group_of(dialog, organisation_id):
    row = next(row for row, group in enumerate(dialog.groups_model.groups)
               if organisation_id in group.ids)
    dialog.groups_view.setCurrentIndex(dialog.groups_model.index(row, 0))
    return dialog.groups_model.groups[row]


def test_scan_pick_a_field_merge_and_undo(qtbot, window, context, copy_id):
    assert window.action("find_duplicates").isEnabled()
    dialog = scanned(qtbot, window)
    assert "group" in dialog.status.text()
    group = select_group_of(dialog, copy_id)
    keep_id = next(i for i in group.ids if i != copy_id)
    dialog.keep.setCurrentIndex(dialog.keep.findData(keep_id))
    column = [record["id"] for record in dialog.comparison.records].index(copy_id)
    city = dialog.comparison.index(ORGANISATION_FIELDS.index("city"), column)
    dialog.comparison_view.setFocus()
    dialog.comparison_view.setCurrentIndex(city)
    qtbot.keyClick(dialog.comparison_view, Qt.Key.Key_Space)  # the keyboard picks the value
    assert dialog.comparison.chosen(dialog.keep.currentIndex())["city"] == copy_id
    with context.workspace.sessions() as session:
        participations = session.scalars(select(Participant.id).where(
            Participant.organisation_id == keep_id)).all()
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert group not in dialog.groups_model.groups
    with context.workspace.sessions() as session:
        assert session.get(Organisation, copy_id) is None
        assert session.get(Organisation, keep_id).city == "Somewhere Else"
        assert session.scalars(select(Participant.id).where(
            Participant.organisation_id == keep_id)).all() == participations
    assert context.undo_stack.undoText().startswith("Merge 2 records")
    qtbot.keyClick(dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    with context.workspace.sessions() as session:
        assert session.get(Organisation, copy_id).city == "Somewhere Else"
        assert session.get(Organisation, keep_id).city != "Somewhere Else"
    assert "scan again" in dialog.status.text()
    context.undo_stack.redo()  # the same merge again
    with context.workspace.sessions() as session:
        assert session.get(Organisation, copy_id) is None
        assert session.get(Organisation, keep_id).city == "Somewhere Else"


def test_not_duplicates_is_remembered_and_undoable(qtbot, window, context, copy_id):
    dialog = scanned(qtbot, window)
    group = select_group_of(dialog, copy_id)
    qtbot.mouseClick(dialog.not_duplicates_button, Qt.MouseButton.LeftButton)
    with context.workspace.sessions() as session:
        assert len(session.scalars(select(NotDuplicate)).all()) == 1
    qtbot.mouseClick(dialog.scan_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=20_000)
    assert all(copy_id not in g.ids for g in dialog.groups_model.groups)
    context.undo_stack.undo()
    with context.workspace.sessions() as session:
        assert session.scalars(select(NotDuplicate)).all() == []
    assert group.ids  # the group is proposed again at the next scan


def test_a_scan_can_be_cancelled(qtbot, window, monkeypatch):
    import consortium_planner.services.duplicates as duplicates

    def slow_scan(scan, *, progress=None, cancelled=None):
        for done in range(10_000):
            progress(done, 10_000)
            time.sleep(0.005)
        raise AssertionError("the scan was not cancelled")

    monkeypatch.setattr(duplicates, "group_duplicates", slow_scan)
    dialog = show_duplicates(window)
    qtbot.mouseClick(dialog.scan_button, Qt.MouseButton.LeftButton)
    assert dialog.cancel_button.isVisible() and not dialog.scan_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.progress.value() > 0, timeout=10_000)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=10_000)
    assert dialog.status.text() == "Scan cancelled."
    assert dialog.scan_button.isEnabled() and not dialog.progress.isVisible()
    assert dialog.groups_model.rowCount(QModelIndex()) == 0
