"""The main window: workspaces, navigation, projects, keyboard, settings, errors, exports."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QAction, QDropEvent

from consortium_planner.app import AppContext
from consortium_planner.ui.exports import EXPORT_KINDS
from consortium_planner.ui.launch import build_window
from consortium_planner.ui import exports, projects
from consortium_planner.ui.main_window import MainWindow
from consortium_planner.ui.pages import PAGES
from consortium_planner.workspace import Workspace


class FakeProjectDialog:
    """Stands in for the modal project dialog: the answers a user would type."""

    class _Field:
        def __init__(self, value):
            self.value = value

        def text(self):
            return self.value

        def currentData(self):
            return self.value

        def value(self):
            return self.value

    def __init__(self, acronym, title="", profile="generic", duration=24):
        self.acronym = self._Field(acronym)
        self.title_edit = self._Field(title)
        self.profile = self._Field(profile)
        self.duration = type("Spin", (), {"value": lambda _self: duration})()


def test_title_navigator_and_first_page(window, context, workspace_path):
    assert window.windowTitle().startswith(workspace_path.stem)
    assert window.current_key == "overview"
    top = [window.navigator.topLevelItem(i).text(0)
           for i in range(window.navigator.topLevelItemCount())]
    assert top[:3] == ["Partner directory", "Regions", "Compare"]
    assert top[3:] == [p.acronym for p in context.projects()]


def test_every_page_is_reachable_by_its_shortcut(window):
    for spec in PAGES:
        action = window.action(f"page_{spec.key}")
        assert action.shortcut().toString() == spec.shortcut
        action.trigger()
        assert window.current_key == spec.key
        assert window.page_stack.currentWidget() is window.pages[spec.key]


def test_menus_show_shortcuts_for_the_main_actions(window):
    assert window.action("undo").shortcut().toString() == "Ctrl+Z"
    assert "Ctrl+Shift+Z" in [s.toString() for s in window.action("redo").shortcuts()]
    for name in ("new_workspace", "open_workspace", "save_copy", "close_workspace", "quit",
                 "add_row", "remove_rows", "copy", "paste", "new_project", "rename_project"):
        assert not window.action(name).shortcut().isEmpty(), name


def test_refused_edit_shows_in_the_message_bar(window, context, project_id):
    window.show_page("work_plan", project_id)
    page = window.pages["work_plan"]
    wp = context.snapshot(project_id).work_packages[0]
    section = page.tables["work_package"]
    row = section.model.row_of_id(wp.id)
    column = section.model.column_of_key("end_month")
    section.model.setData(section.model.index(row, column), 999)
    assert window.message_bar.isVisible()
    assert "after the project's end" in window.message_bar.text


def test_undo_action_and_history(window, context, project_id):
    window.show_page("overview", project_id)
    page = window.pages["overview"]
    page.title_edit.setText("Changed title")
    page.title_edit.editingFinished.emit()
    assert window.undo_view.stack().count() == 1
    window.action("undo").trigger()
    assert context.snapshot(project_id).project.title != "Changed title"
    window.action("redo").trigger()
    assert context.snapshot(project_id).project.title == "Changed title"


def test_project_create_duplicate_rename_delete_with_undo(window, context, project_id,
                                                          monkeypatch):
    original = context.snapshot(project_id)
    dialogs = iter([FakeProjectDialog("NEWPROJ", "A title"),
                    FakeProjectDialog("WHATIF"),
                    FakeProjectDialog("<b>X</b>")])
    monkeypatch.setattr(projects, "project_dialog", lambda *a, **k: next(dialogs))
    window.action("new_project").trigger()
    assert "NEWPROJ" in [p.acronym for p in context.projects()]
    window.show_page("overview", project_id)
    window.action("duplicate_project").trigger()
    copy_id = window.current_project
    copy = context.snapshot(copy_id)
    assert copy.project.acronym == "WHATIF"
    assert copy.budget.totals == original.budget.totals
    window.action("rename_project").trigger()
    assert context.snapshot(copy_id).project.acronym == "<b>X</b>"
    labels = [window.navigator.topLevelItem(i).text(0)
              for i in range(window.navigator.topLevelItemCount())]
    assert "<b>X</b>" in labels  # shown literally
    monkeypatch.setattr(window.reporter, "ask", lambda *a, **k: True)
    window.action("delete_project").trigger()
    assert copy_id not in [p.id for p in context.projects()]
    window.action("undo").trigger()
    assert context.snapshot(copy_id).budget.totals == original.budget.totals


def test_delete_project_asks_first(window, context, project_id):
    window.show_page("overview", project_id)
    window.action("delete_project").trigger()  # no dialogs in tests: the default answer is No
    assert context.has_project(project_id)


def test_locked_workspace_opens_read_only_when_the_user_agrees(qtbot, settings, reporter,
                                                               workspace_path, monkeypatch):
    other = Workspace.open(workspace_path)  # another editor holds the lock
    try:
        window = MainWindow(AppContext(settings), reporter)
        qtbot.addWidget(window)
        asked = []
        monkeypatch.setattr(reporter, "ask",
                            lambda _parent, _title, text, default=False: asked.append(text)
                            or True)
        assert window.open_path(workspace_path)
        assert "already open for editing" in asked[0]
        assert window.context.read_only
        assert "(read-only)" in window.windowTitle()
        assert not window.action("add_row").isEnabled()
        assert not window.action("new_project").isEnabled()
        window.context.close_workspace()
    finally:
        other.close()


def test_command_line_read_only_and_missing_file(qtbot, reporter, workspace_path, tmp_path,
                                                 capsys):
    args = argparse.Namespace(workspace=str(workspace_path), demo=False, read_only=True,
                              no_err_windows=True)
    window = build_window(args, reporter)
    qtbot.addWidget(window)
    assert window.context.read_only
    window.context.close_workspace()
    missing = argparse.Namespace(workspace=str(tmp_path / "nope.cpw"), demo=False,
                                 read_only=False, no_err_windows=True)
    window = build_window(missing, reporter)
    qtbot.addWidget(window)
    assert window.context.workspace is None
    assert "nope.cpw" in capsys.readouterr().err
    assert window.central.currentWidget() is window.welcome


def test_demo_opens_from_the_welcome_screen(qtbot, settings, reporter, user_data):
    window = MainWindow(AppContext(settings), reporter)
    qtbot.addWidget(window)
    assert window.central.currentWidget() is window.welcome
    window.welcome.demo_button.click()
    assert window.context.workspace is not None
    assert window.context.workspace.path == user_data / "demo.cpw"
    window.welcome.set_recent_files(window.context.recent_files())
    window.close_workspace()
    assert window.welcome.recent.count() == 1


def test_dropping_a_workspace_file_opens_it(qtbot, settings, reporter, workspace_path):
    window = MainWindow(AppContext(settings), reporter)
    qtbot.addWidget(window)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(workspace_path))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    qtbot.waitUntil(lambda: window.context.workspace is not None)
    assert window.context.workspace.path == workspace_path
    window.context.close_workspace()


def test_column_widths_and_geometry_persist(qtbot, window, context, settings, reporter):
    window.show_page("directory", None)
    section = window.pages["directory"].table
    section.view.horizontalHeader().resizeSection(1, 333)
    window.resize(700, 500)
    window.save_settings()
    again = MainWindow(AppContext(settings), reporter)
    qtbot.addWidget(again)
    again.context.open_workspace(context.workspace.path, read_only=True)
    again.show_page("directory", None)
    assert again.pages["directory"].table.view.horizontalHeader().sectionSize(1) == 333
    assert again.size().width() == 700
    again.context.close_workspace()


def test_unexpected_errors_are_logged_and_reported(reporter, user_data, capsys, monkeypatch):
    import logging

    logger = logging.getLogger("consortium_planner")
    monkeypatch.setattr(logger, "handlers", [])  # restored after the test
    monkeypatch.setattr(logger, "propagate", True)
    monkeypatch.setattr(logger, "level", logger.level)
    log_path = reporter.setup_logging()
    try:
        raise ValueError("boom")
    except ValueError:
        reporter.excepthook(*sys.exc_info())
    assert "ValueError: boom" in capsys.readouterr().err
    for handler in logger.handlers:
        handler.flush()
        handler.close()
    assert "boom" in Path(log_path).read_text(encoding="utf-8")
    assert reporter.crashes == 1


@pytest.mark.parametrize("key", ["csv", "xlsx", "pdf"])
def test_exports_run_off_the_gui_thread(qtbot, window, project_id, tmp_path, monkeypatch, key):
    from PySide6.QtWidgets import QFileDialog

    kind = next(k for k in EXPORT_KINDS if k.key == key)
    folder = tmp_path / "out"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(folder / "export"), ""))
    window.show_page("overview", project_id)
    window.action(f"export_{kind.key}").trigger()
    qtbot.waitUntil(lambda: not window.jobs.running, timeout=60000)
    written = list(folder.iterdir())
    assert written and (key == "csv" or written[0].suffix == kind.suffix)
    assert "Exported" in window.file_notice.label.text()
    assert window.file_notice.isVisible()


def test_status_bar_shows_totals_and_errors(qtbot, window, context, project_id):
    from consortium_planner.ui.formatting import money_text

    window.show_page("budget", project_id)
    totals = context.snapshot(project_id).budget.totals
    assert money_text(totals["total_eligible"]) in window.total_label.text()
    assert money_text(totals["eu_contribution"]) in window.eu_label.text()
    qtbot.waitUntil(lambda: window.errors_label.text().endswith(("error", "errors")))
    assert window.total_label.textFormat() == Qt.TextFormat.PlainText


def test_every_export_has_a_shortcut_of_its_own(window):
    taken = [action.shortcut().toString() for action in window.findChildren(QAction)
             if not action.shortcut().isEmpty()]
    for action in (window.action(f"export_{kind.key}") for kind in EXPORT_KINDS):
        shortcut = action.shortcut().toString()
        assert shortcut, action.text()
        assert taken.count(shortcut) == 1, shortcut


def test_export_suggests_a_single_valid_file_name_for_any_acronym(window, context, project_id,
                                                                  monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from consortium_planner.ui.commands import UpdateCommand

    context.execute(UpdateCommand(context, "project", [(project_id, {"acronym": "R/D <b>"})],
                                  "Rename"))
    suggested = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda _parent, _title, path, _filter: (suggested.append(path), ("", ""))[1])
    window.show_page("overview", project_id)
    exports.export(window, next(k for k in EXPORT_KINDS if k.key == "pdf"))
    assert Path(suggested[0]).name == "R-D -b.pdf"
    assert Path(suggested[0]).parent == Path(window.last_folder())


def test_undo_menu_shows_an_ampersand_in_user_text(window, context, project_id):
    from consortium_planner.ui.commands import UpdateCommand

    command = UpdateCommand(context, "project", [(project_id, {"title": "R&D\nplan"})],
                            "Change title to R&D\nplan")
    context.execute(command)
    assert command.text() == "Change title to R&D plan"
    assert window.action("undo").text().endswith("Change title to R&&D plan")


def test_tab_goes_through_a_tables_header_before_the_table(window):
    from consortium_planner.ui.table_section import TableSection

    for spec in PAGES:
        window.action(f"page_{spec.key}").trigger()
    sections = [s for s in window.findChildren(TableSection)
                if s.add_button is not None and s.remove_button is not None]
    assert sections
    for section in sections:
        chain, widget = [], section.add_button
        for _ in range(200):
            if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget in (
                    section.add_button, section.remove_button, section.search, section.view):
                chain.append(widget)
            if widget is section.view:
                break
            widget = widget.nextInFocusChain()
        assert chain[0] is section.add_button, section.name
        assert chain.index(section.remove_button) < chain.index(section.search), section.name
        assert chain[-1] is section.view, section.name
