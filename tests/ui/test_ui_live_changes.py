"""Others' changes appear: a read-only window on a file that another workspace object edits
shows each change within 2 s without a manual refresh, keeping its selection, and an open cell
editor's text; and the History dialogs of a project and an organisation."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from consortium_planner.app import AppContext
from consortium_planner.services.change_feed import FeedNotice
from consortium_planner.services.editing import EditingService
from consortium_planner.ui.history import HistoryDialog
from consortium_planner.ui.live_changes import changes_of
from consortium_planner.workspace import Workspace

SHOWN_WITHIN_MS = 2000  # the promise


@pytest.fixture
def reading_window(qtbot, qapp, settings, workspace_path: Path, reporter):
    """A window on the workspace opened read-only, showing the first project's consortium."""
    from consortium_planner.ui.main_window import MainWindow

    context = AppContext(settings)
    context.open_workspace(workspace_path, read_only=True)
    window = MainWindow(context, reporter)
    qtbot.addWidget(window)
    window.show()
    yield window
    context.close_workspace()


def cell(section, row_id: int, key: str) -> str:
    row = section.model.row_of_id(row_id)
    return section.model.index(row, section.model.column_of_key(key)).data()


def test_a_change_made_elsewhere_appears_with_the_selection_kept(qtbot, reading_window,
                                                                 workspace_path):
    context = reading_window.context
    project_id = context.projects()[0].id
    page = reading_window.show_page("consortium", project_id)
    participants = context.snapshot(project_id).participants
    target = participants[1]
    table = page.table  # type: ignore[attr-defined]
    column = table.model.column_of_key("monthly_personnel_cost")
    table.view.setCurrentIndex(table.proxy.index(2, column))
    selected_id = table.current_row().id
    before = cell(table, target.id, "monthly_personnel_cost")
    with Workspace.open(workspace_path) as other:  # the read-only window's file, for writing
        service = EditingService(other)
        service.update("participant", target.id, {"monthly_personnel_cost": Decimal("7654.32")})
        qtbot.waitUntil(lambda: cell(table, target.id, "monthly_personnel_cost") != before,
                        timeout=SHOWN_WITHIN_MS)
        assert "7,654.32" in cell(table, target.id, "monthly_personnel_cost")
        assert table.current_row().id == selected_id
        assert table.view.currentIndex().column() == column
        # a participant added elsewhere: a row more, the same row still current and selected
        rows = table.model.rowCount()
        organisation_id = service.add_organisation({"legal_name": "Newcomer Oy"}).created_id
        assert organisation_id is not None
        service.add_participant(project_id, organisation_id)
        qtbot.waitUntil(lambda: table.model.rowCount() == rows + 1, timeout=SHOWN_WITHIN_MS)
    assert table.current_row().id == selected_id
    assert table.view.currentIndex().column() == column
    assert [row.id for row in table.selected_rows()] == [selected_id]


def test_an_open_editor_keeps_its_text_until_it_closes(qtbot, window):
    live = window.live_changes
    project_id = window.context.projects()[0].id
    table = window.show_page("consortium", project_id).table  # type: ignore[attr-defined]
    notified = []
    window.context.changed.connect(notified.append)
    index = table.proxy.index(0, table.model.column_of_key("monthly_personnel_cost"))
    table.view.setCurrentIndex(index)
    table.view.edit(index)
    editor = QApplication.focusWidget()
    editor.setText("1234")
    assert live.editing_in_progress()
    live._received(FeedNotice(projects=(project_id,)))  # what the feed's signal delivers
    assert notified == []  # held back while the editor is open
    assert editor.text() == "1234"
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: bool(notified), timeout=SHOWN_WITHIN_MS)
    assert notified[0].project_id == project_id


def test_what_a_notice_reloads():
    assert changes_of(FeedNotice(projects=(4,))).project_id == 4
    assert changes_of(FeedNotice(projects=(4,))).effort
    assert not changes_of(FeedNotice(projects=(4,))).directory
    assert changes_of(FeedNotice(projects=(4, 5))).project_id is None
    directory = changes_of(FeedNotice(directory=True))
    assert directory.directory and not directory.effort and directory.project_id is None
    assert changes_of(FeedNotice(everything=True)).budget


def test_the_history_of_a_project_and_of_an_organisation(qtbot, window):
    context = window.context
    project_id = context.projects()[0].id
    snapshot = context.snapshot(project_id)
    participant = snapshot.participants[0]
    context.editing.update("participant", participant.id, {"monthly_personnel_cost": "5000"})
    window.show_page("overview", project_id)
    window.action("project_history").trigger()
    dialog = window.findChild(HistoryDialog)
    assert dialog is not None and dialog.isVisible()
    first = dialog.table.topLevelItem(0)
    # the field as the window's language names it (services/labels), the value as stored
    assert "monthly personnel cost" in first.text(2) and "500000" in first.text(2)
    assert dialog.focusWidget() is dialog.table and dialog.table.currentItem() is first
    qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    dialog.deleteLater()

    directory = window.show_page("directory", None)
    table = directory.table  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: table.model.rowCount() > 0)
    organisation_id = participant.organisation.id
    assert table.select_row_id(organisation_id)
    window.action("organisation_history").trigger()
    shown = [d for d in window.findChildren(HistoryDialog) if d.isVisible()]
    assert len(shown) == 1
    texts = [shown[0].table.topLevelItem(i).text(2)
             for i in range(shown[0].table.topLevelItemCount())]
    assert any("monthly personnel cost" in text for text in texts)  # its participation
    assert shown[0].organisation_id == organisation_id


def test_the_history_pages_back(qtbot, context, monkeypatch):
    import consortium_planner.ui.history as history

    monkeypatch.setattr(history, "PAGE_SIZE", 2)
    project_id = context.projects()[0].id
    for title in ("one", "two", "three"):
        context.editing.update("project", project_id, {"title": title})
    dialog = HistoryDialog(context, "History", project_id=project_id)
    qtbot.addWidget(dialog)
    assert dialog.table.topLevelItemCount() == 2
    assert dialog.older_button.isEnabled()
    dialog.older_button.click()
    assert dialog.table.topLevelItemCount() >= 3
    assert "two -> three" in dialog.table.topLevelItem(0).text(2)


def test_the_window_s_undo_and_redo_are_marked_in_the_log(context):
    from consortium_planner.services import edit_log
    from consortium_planner.ui.commands import UpdateCommand

    project_id = context.projects()[0].id
    old_title = context.snapshot(project_id).project.title
    assert context.execute(UpdateCommand(context, "project", [(project_id, {"title": "New"})],
                                         "Rename"))
    context.undo_stack.undo()
    context.undo_stack.redo()
    assert context.workspace is not None
    with context.workspace.sessions() as session:
        newest = edit_log.entries(session, project_id=project_id, limit=3)
    assert [(e.mark, e.field, e.new_value) for e in reversed(newest)] == [
        ("", "title", "New"), ("undo", "title", old_title), ("redo", "title", "New")]


def test_a_window_on_a_team_workspace_shows_a_colleague_s_change(qtbot, qapp, settings,
                                                                 reporter, postgres_database):
    from consortium_planner.ui.main_window import MainWindow

    Workspace.init_server(postgres_database).close()
    with Workspace.open(postgres_database) as colleague:
        service = EditingService(colleague)
        project_id = service.create_project("TEAM", title="Shared").created_id
        context = AppContext(settings)
        context.open_workspace(postgres_database)
        window = MainWindow(context, reporter)
        qtbot.addWidget(window)
        window.show()
        try:
            page = window.show_page("overview", project_id)
            assert page is not None
            service.update("project", project_id, {"title": "Changed by a colleague"})
            qtbot.waitUntil(lambda: context.snapshot(project_id).project.title ==
                            "Changed by a colleague", timeout=SHOWN_WITHIN_MS)
        finally:
            context.close_workspace()
