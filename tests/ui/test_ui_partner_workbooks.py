"""Partner workbooks from the window: writing them off the GUI thread, importing returned ones
(dry run, preview, apply) as one undo step that restores the replaced cost lines exactly, and the
Returns page."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from consortium_planner.exporting.partner_template import write_partner_workbook
from consortium_planner.formats.partner_workbook import (
    PROFILE_ROWS,
    SHEET_COSTS,
    SHEET_EFFORT,
    SHEET_ORGANISATION,
)
from consortium_planner.ui import partner_workbooks
from consortium_planner.ui.partner_workbooks import ReturnsPreviewDialog, importable, result_lines
from consortium_planner.ui.views.returns import ReturnsPage

PARTICIPANT = 3


def returned_workbook(snapshot, folder: Path) -> Path:
    """Participant 3's workbook with a new city, new effort in WP1 and one cost line removed."""
    path = write_partner_workbook(snapshot, PARTICIPANT, folder / "returned.xlsx")
    workbook = openpyxl.load_workbook(path)
    workbook[SHEET_ORGANISATION].cell(PROFILE_ROWS["city"], 2).value = "Málaga & <Sur>"
    effort = workbook[SHEET_EFFORT]
    row = next(r for r in range(5, 100) if effort.cell(r, 1).value == "WP1")
    effort.cell(row, 6).value = 3.25
    costs = workbook[SHEET_COSTS]
    first = next(r for r in range(5, 300) if costs.cell(r, 3).value)
    for column in (1, 2, 3, 4, 5, 6):
        costs.cell(first, column).value = None
    workbook.save(path)
    return path


def state(stored, project_id):
    snapshot = stored(project_id)
    participant = snapshot.participant(PARTICIPANT)
    return (participant.organisation.city,
            sorted((e.work_package, e.person_months) for e in snapshot.efforts
                   if e.participant == PARTICIPANT),
            sorted((c for c in snapshot.costs if c.participant == PARTICIPANT), key=lambda c: c.id))


def test_write_all_partner_workbooks(qtbot, window, context, project_id, tmp_path):
    window.show_page("consortium", project_id)
    folder = tmp_path / "workbooks"
    partner_workbooks.write_partner_workbooks(window, None, folder)
    qtbot.waitUntil(lambda: not window.jobs.running, timeout=60000)
    written = sorted(folder.glob("*.xlsx"))
    assert len(written) == len(context.snapshot(project_id).participants)
    assert window.file_notice.isVisible()
    assert f"Wrote {len(written)} files" in window.file_notice.label.text()


def test_import_returned_workbooks_then_undo_and_redo(qtbot, window, context, project_id,
                                                     stored, tmp_path, monkeypatch):
    window.show_page("returns", project_id)
    good = returned_workbook(context.snapshot(project_id), tmp_path)
    bad = tmp_path / "not-a-workbook.xlsx"
    bad.write_bytes(b"this is not a spreadsheet")
    before = state(stored, project_id)
    seen = []

    def accept_all(_window, results):
        seen.extend(results)
        return [Path(r.path) for r in results if importable(r)]

    monkeypatch.setattr(partner_workbooks, "choose_returns", accept_all)
    partner_workbooks.import_returned_workbooks(window, [good, bad])
    qtbot.waitUntil(lambda: context.undo_stack.count() == 1 and not window.jobs.running,
                    timeout=60000)

    assert [r.status for r in seen] == ["dry-run", "rejected"]
    lines = result_lines(seen[0])
    assert any("Málaga & <Sur>" in line and "->" in line for line in lines)
    assert any(line.strip().startswith("Error:") for line in result_lines(seen[1]))
    after = state(stored, project_id)
    assert after[0] == "Málaga & <Sur>"
    assert (1, 3.25) in [(wp, float(pm)) for wp, pm in after[1]]
    assert len(after[2]) == len(before[2]) - 1

    page = window.pages["returns"]
    row = page.model.rows[page.model.row_of_id(PARTICIPANT)]
    assert row.returned and row.last_file == "returned.xlsx"

    context.undo_stack.undo()
    assert state(stored, project_id) == before  # the same cost lines, ids included
    assert not page.model.rows[page.model.row_of_id(PARTICIPANT)].returned
    context.undo_stack.redo()
    assert state(stored, project_id) == after
    assert page.model.rows[page.model.row_of_id(PARTICIPANT)].returned


def test_preview_dialog_checks_only_importable_files(qtbot, context, project_id, tmp_path):
    from consortium_planner.services.partner_returns import import_partner_workbook

    good = returned_workbook(context.snapshot(project_id), tmp_path)
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"nope")
    results = [import_partner_workbook(context.workspace, path, dry_run=True)
               for path in (good, bad)]
    dialog = ReturnsPreviewDialog(results)
    qtbot.addWidget(dialog)
    assert dialog.accepted_paths() == [good]
    assert "Málaga & <Sur>" in dialog.details.toPlainText()
    dialog.files.setCurrentRow(1)
    assert "Error" in dialog.details.toPlainText()


def test_returns_page_lists_every_participant(qtbot, context, project_id):
    page = ReturnsPage(context)
    qtbot.addWidget(page)
    page.set_project(project_id)
    page.show()
    assert page.model.rowCount() == len(context.snapshot(project_id).participants)
    assert not any(row.returned for row in page.model.rows)
    page.table.select_row_id(PARTICIPANT)
    assert "has not returned" in page.details.toPlainText()


def test_a_dropped_returned_workbook_opens_the_returns_preview_not_the_list_wizard(
        qtbot, window, context, project_id, tmp_path, monkeypatch):
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent
    from PySide6.QtWidgets import QDialog

    from consortium_planner.ui import import_wizard

    path = returned_workbook(context.snapshot(project_id), tmp_path)
    wizard_files, previews = [], []
    monkeypatch.setattr(import_wizard, "run_import_wizard",
                        lambda _parent, _workspace, _acronym=None, path=None:
                        wizard_files.append(path))

    def preview_shown(dialog):
        previews.append([Path(result.path) for result in dialog.results])
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ReturnsPreviewDialog, "exec", preview_shown)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert event.isAccepted()
    qtbot.waitUntil(lambda: bool(previews or wizard_files), timeout=60000)
    assert previews == [[path]]
    assert wizard_files == []
    assert context.undo_stack.count() == 0  # the preview was cancelled: nothing changed


def test_the_workbook_language_is_chosen_per_participant_and_undone(
        qtbot, window, context, project_id, stored, tmp_path, monkeypatch):
    """The dialog offers the participant's country's language first; a chosen one is kept on
    the participant as one undoable edit, and its workbook is written in it."""
    from PySide6.QtWidgets import QDialog, QFileDialog

    window.show_page("consortium", project_id)
    snapshot = context.snapshot(project_id)
    dialog = partner_workbooks.GenerateDialog(snapshot, window)
    qtbot.addWidget(dialog)
    assert not dialog.language.isEnabled()  # all participants: each one's own language
    dialog.participant.setCurrentIndex(dialog.participant.findData(PARTICIPANT))
    assert dialog.language.isEnabled()
    assert "Español" in dialog.language.itemText(0) and dialog.chosen_language() is None
    assert not dialog.language_changed()
    dialog.language.setCurrentIndex(dialog.language.findData("pl"))
    assert dialog.language_changed()

    target = tmp_path / "p3.xlsx"
    monkeypatch.setattr(partner_workbooks, "GenerateDialog", lambda *_args: dialog)
    monkeypatch.setattr(dialog, "exec", lambda: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_args, **_kwargs: (str(target), "")))
    before = context.undo_stack.count()
    partner_workbooks.generate_partner_workbooks(window)
    qtbot.waitUntil(lambda: not window.jobs.running and target.exists(), timeout=60000)
    assert stored(project_id).participant(PARTICIPANT).workbook_language == "pl"
    assert context.undo_stack.count() == before + 1
    assert openpyxl.load_workbook(target).sheetnames[1] == "Organizacja"
    context.undo_stack.undo()
    assert stored(project_id).participant(PARTICIPANT).workbook_language is None
    context.undo_stack.redo()
    assert stored(project_id).participant(PARTICIPANT).workbook_language == "pl"


def test_a_german_window_words_the_preview_and_the_returns_page_in_german(
        qtbot, window, context, project_id, tmp_path, monkeypatch):
    from consortium_planner.services.partner_returns import import_partner_workbook
    from consortium_planner.ui.language import set_window_language

    good = returned_workbook(context.snapshot(project_id), tmp_path)
    result = import_partner_workbook(context.workspace, good, dry_run=True)
    set_window_language("de")
    try:
        dialog = ReturnsPreviewDialog([result])
        qtbot.addWidget(dialog)
        text = dialog.details.toPlainText()
        assert "Ort: Sevilla -> Málaga & <Sur>" in text
        assert "Aufwand WP1: 3,00 -> 3,25 Personenmonate" in text
        assert "Kostenposition entfernt:" in text
        assert "City" not in text and "person-months" not in text and "Cost line" not in text

        monkeypatch.setattr(partner_workbooks, "choose_returns",
                            lambda _window, results: [Path(r.path) for r in results])
        window.show_page("returns", project_id)
        partner_workbooks.import_returned_workbooks(window, [good])
        qtbot.waitUntil(lambda: context.undo_stack.count() == 1 and not window.jobs.running,
                        timeout=60000)
        page = window.pages["returns"]
        page.table.select_row_id(PARTICIPANT)
        assert "Ort: Sevilla -> Málaga & <Sur>" in page.details.toPlainText()
        row = page.model.rows[page.model.row_of_id(PARTICIPANT)]
        assert "Aufwand WP1" in page.model.columns[-1].display(row)
    finally:
        set_window_language("en")
