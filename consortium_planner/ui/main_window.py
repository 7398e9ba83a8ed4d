"""The main window: navigator, pages, menus, undo history, status bar, drag and drop.

Pages are created the first time they are shown (the dashboard imports pyqtgraph then), so a
window with a large workspace opens as fast as a small one.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QFont, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QFileDialog,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QUndoView,
    QVBoxLayout,
    QWidget,
)

from consortium_planner.app import AppContext
from consortium_planner.services.errors import UserError
from consortium_planner.ui.errors import ErrorReporter
from consortium_planner.ui.formatting import menu_text
from consortium_planner.ui.table_section import TableSection
from consortium_planner.ui.views.base import Page
from consortium_planner.ui.welcome import WelcomePage
from consortium_planner.ui.widgets import FileNotice, MessageBar, plain_label

APP_TITLE = "Consortium Planner"
DIRECTORY = "directory"
REGIONS = "regions"
# (key, navigator label, shortcut); the directory and regions are workspace-wide, the rest per
# project
WORKSPACE_PAGES: tuple[tuple[str, str, str], ...] = (
    (DIRECTORY, "Partner directory", "Ctrl+1"),
    (REGIONS, "Regions", "Ctrl+9"),
)
WORKSPACE_KEYS = frozenset(key for key, _label, _shortcut in WORKSPACE_PAGES)
PROJECT_PAGES: tuple[tuple[str, str, str], ...] = (
    ("overview", "Overview", "Ctrl+2"),
    ("consortium", "Consortium", "Ctrl+3"),
    ("work_plan", "Work plan", "Ctrl+4"),
    ("effort", "Effort matrix", "Ctrl+5"),
    ("budget", "Budget", "Ctrl+6"),
    ("checks", "Checks", "Ctrl+7"),
    ("dashboard", "Dashboard", "Ctrl+8"),
    ("returns", "Returns", "Ctrl+Alt+9"),
)
PAGES = WORKSPACE_PAGES + PROJECT_PAGES
PAGE_ROLE = Qt.ItemDataRole.UserRole
WORKSPACE_FILTER = "Consortium Planner workspaces (*.cpw);;All files (*)"
SPREADSHEET_SUFFIXES = frozenset({".xlsx", ".xlsm", ".ods", ".csv"})
SPREADSHEET_FILTER = "Spreadsheets (*.xlsx *.xlsm *.ods *.csv);;All files (*)"


def _page_class(key: str) -> type[Page]:
    """Import a page's module when it is first needed."""
    if key == DIRECTORY:
        from consortium_planner.ui.views.directory import DirectoryPage as page
    elif key == "overview":
        from consortium_planner.ui.views.overview import OverviewPage as page
    elif key == "consortium":
        from consortium_planner.ui.views.consortium import ConsortiumPage as page
    elif key == "work_plan":
        from consortium_planner.ui.views.work_plan import WorkPlanPage as page
    elif key == "effort":
        from consortium_planner.ui.views.effort import EffortPage as page
    elif key == "budget":
        from consortium_planner.ui.views.budget import BudgetPage as page
    elif key == "checks":
        from consortium_planner.ui.views.checks import ChecksPage as page
    elif key == "dashboard":
        from consortium_planner.ui.views.dashboard import DashboardPage as page
    elif key == REGIONS:
        from consortium_planner.ui.views.regions import RegionsPage as page
    elif key == "returns":
        from consortium_planner.ui.views.returns import ReturnsPage as page
    else:
        raise KeyError(key)
    return page


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext, reporter: ErrorReporter) -> None:
        super().__init__()
        self.context = context
        self.reporter = reporter
        self.pages: dict[str, Page] = {}
        self.current_key: str | None = None
        self.current_project: int | None = None
        self._exports: list[Any] = []
        self.setAcceptDrops(True)
        self.resize(1280, 800)

        self.welcome = WelcomePage(self)
        self.welcome.open_demo.connect(self.open_demo)
        self.welcome.new_workspace.connect(self.new_workspace)
        self.welcome.open_workspace.connect(self.choose_workspace)
        self.welcome.open_recent.connect(self.open_path)

        self.navigator = QTreeWidget(self)
        self.navigator.setHeaderHidden(True)
        self.navigator.setAccessibleName("Navigator")
        self.navigator.setMinimumWidth(170)
        self.navigator.currentItemChanged.connect(self._navigator_moved)
        self.navigator.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.navigator.customContextMenuRequested.connect(self._navigator_menu)
        self.page_stack = QStackedWidget(self)
        self.message_bar = MessageBar(self)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(4, 4, 4, 4)
        right_layout.addWidget(self.message_bar)
        right_layout.addWidget(self.page_stack, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([200, 1080])

        self.central = QStackedWidget(self)
        self.central.addWidget(self.welcome)
        self.central.addWidget(self.splitter)
        self.setCentralWidget(self.central)

        self.undo_view = QUndoView(context.undo_stack, self)
        self.undo_view.setEmptyLabel("Opened")
        self.undo_view.setAccessibleName("Undo history")
        self.undo_dock = QDockWidget("Undo history", self)
        self.undo_dock.setObjectName("undo_history")
        self.undo_dock.setWidget(self.undo_view)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.undo_dock)
        self.undo_dock.hide()

        self.total_label = plain_label("", self)
        self.eu_label = plain_label("", self)
        self.errors_label = plain_label("", self)
        self.mode_label = plain_label("", self)
        for label, name in ((self.total_label, "Total eligible costs"),
                            (self.eu_label, "EU contribution"),
                            (self.errors_label, "Errors found by the checks"),
                            (self.mode_label, "Workspace mode")):
            label.setAccessibleName(name)
            self.statusBar().addPermanentWidget(label)

        self.file_notice = FileNotice(self)
        self.statusBar().addWidget(self.file_notice, 1)

        self._make_actions()
        self._make_menus()
        context.user_error.connect(self.show_user_error)
        context.workspace_error.connect(lambda error: reporter.show_workspace_error(self, error))
        context.changed.connect(self._changed)
        context.workspace_changed.connect(self._workspace_changed)
        self._restore_settings()
        self._workspace_changed()

    # -- actions and menus -----------------------------------------------------------------------

    def _action(self, text: str, slot: Any, shortcut: str | QKeySequence.StandardKey | None = None,
                *, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        keys = QKeySequence.StandardKey
        self.new_action = self._action("&New workspace…", self.new_workspace, keys.New)
        self.open_action = self._action("&Open workspace…", self.choose_workspace, keys.Open)
        self.demo_action = self._action("Open the &demo workspace", self.open_demo)
        self.save_copy_action = self._action("Save a &copy…", self.save_copy, "Ctrl+Shift+S")
        self.close_action = self._action("&Close workspace", self.close_workspace, keys.Close)
        self.print_preview_action = self._action("Print pre&view…",
                                                 lambda: self.print_summary(preview=True),
                                                 "Ctrl+Shift+P")
        self.print_action = self._action("&Print…", lambda: self.print_summary(preview=False),
                                         keys.Print)
        self.import_organisations_action = self._action(
            "&Import organisations…", self.import_organisations, "Ctrl+I",
            tip="Read an organisation list (xlsx, xlsm, ods, csv) into the partner directory")
        self.import_regions_action = self._action(
            "Import region &categories…", self.import_region_categories,
            tip="Read a table of NUTS 2 codes and their region categories (CSV)")
        self.quit_action = self._action("&Quit", self.close, "Ctrl+Q")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        self.undo_action = self.context.undo_stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcut(QKeySequence(keys.Undo))
        self.redo_action = self.context.undo_stack.createRedoAction(self, "&Redo")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence(keys.Redo)])
        self.add_row_action = self._action("&Add row", lambda: self._section_do("add"), "Ins")
        self.remove_rows_action = self._action("&Remove selected rows",
                                               lambda: self._section_do("remove"), "Del")
        self.copy_action = self._action("&Copy", lambda: self._section_do("copy"), keys.Copy)
        self.paste_action = self._action("&Paste", lambda: self._section_do("paste"), keys.Paste)
        self.find_action = self._action("&Find in table", lambda: self._section_do("find"),
                                        keys.Find)

        self.new_project_action = self._action("&New project…", self.new_project,
                                               "Ctrl+Shift+N")
        self.duplicate_project_action = self._action("&Duplicate project (what-if)…",
                                                     self.duplicate_project, "Ctrl+Shift+D")
        self.rename_project_action = self._action("&Rename project…", self.rename_project,
                                                  "Ctrl+Shift+R")
        self.delete_project_action = self._action("De&lete project…", self.delete_project,
                                                  "Ctrl+Shift+Del")
        self.partner_workbooks_action = self._action(
            "Partner &workbooks…", self.generate_partner_workbooks, "Ctrl+Shift+W",
            tip="Write the workbook each partner fills in and sends back")
        self.import_returns_action = self._action(
            "&Import returned workbooks…", self.import_returned_workbooks, "Ctrl+Shift+I",
            tip="Show what the returned partner workbooks change, then apply them")

        self.page_actions: dict[str, QAction] = {}
        for key, label, shortcut in PAGES:
            self.page_actions[key] = self._action(
                label, lambda key=key: self.show_page(key, self.current_project), shortcut
            )
        self.navigator_action = self._action("&Navigator", self.navigator.setFocus, "Ctrl+0")
        self.undo_history_action = self.undo_dock.toggleViewAction()
        self.undo_history_action.setText("Undo &history")
        self.undo_history_action.setShortcut(QKeySequence("Ctrl+H"))
        self.about_action = self._action("&About Consortium Planner", self.about)

        from consortium_planner.ui.exports import EXPORT_KINDS

        self.export_actions: dict[str, QAction] = {}
        for kind in EXPORT_KINDS:
            action = self._action(kind.label, lambda kind=kind: self.export(kind),
                                  kind.shortcut or None)
            self.export_actions[kind.key] = action

    def _make_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addActions([self.new_action, self.open_action])
        self.recent_menu = file_menu.addMenu("Open &recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addAction(self.demo_action)
        file_menu.addSeparator()
        file_menu.addAction(self.save_copy_action)
        self.export_menu = file_menu.addMenu("&Export")
        self.export_menu.addActions(list(self.export_actions.values()))
        self.export_menu.aboutToShow.connect(self._update_export_actions)
        file_menu.addActions([self.print_preview_action, self.print_action])
        file_menu.addSeparator()
        file_menu.addActions([self.import_organisations_action, self.import_regions_action])
        file_menu.addSeparator()
        file_menu.addActions([self.close_action, self.quit_action])

        edit_menu = bar.addMenu("&Edit")
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.add_row_action, self.remove_rows_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.copy_action, self.paste_action, self.find_action])

        project_menu = bar.addMenu("&Project")
        project_menu.addActions([self.new_project_action, self.duplicate_project_action,
                                 self.rename_project_action, self.delete_project_action])
        project_menu.addSeparator()
        project_menu.addActions([self.partner_workbooks_action, self.import_returns_action])

        view_menu = bar.addMenu("&View")
        view_menu.addAction(self.navigator_action)
        view_menu.addSeparator()
        view_menu.addActions(list(self.page_actions.values()))
        view_menu.addSeparator()
        view_menu.addAction(self.undo_history_action)

        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self.about_action)

    def _update_actions(self) -> None:
        has_workspace = self.context.workspace is not None
        editable = has_workspace and not self.context.read_only
        has_project = self.context.has_project(self.current_project)
        for action in (self.save_copy_action, self.close_action, self.navigator_action,
                       self.copy_action, self.find_action):
            action.setEnabled(has_workspace)
        for action in (self.add_row_action, self.remove_rows_action, self.paste_action,
                       self.new_project_action, self.import_regions_action,
                       self.import_organisations_action):
            action.setEnabled(editable)
        for action in (self.duplicate_project_action, self.rename_project_action,
                       self.delete_project_action, self.import_returns_action):
            action.setEnabled(editable and has_project)
        for action in (self.print_action, self.print_preview_action,
                       self.partner_workbooks_action):
            action.setEnabled(has_project)
        for key, action in self.page_actions.items():
            action.setEnabled(has_workspace and (key in WORKSPACE_KEYS or has_project))
        self.export_menu.setEnabled(has_project)

    def _update_export_actions(self) -> None:
        from consortium_planner.ui.exports import EXPORT_KINDS, exporter

        for kind in EXPORT_KINDS:
            available = exporter(kind) is not None
            action = self.export_actions[kind.key]
            action.setEnabled(available and self.context.has_project(self.current_project))
            action.setStatusTip("" if available else "This exporter is not installed")

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = self.context.recent_files()
        for position, path in enumerate(files, start=1):
            action = self.recent_menu.addAction(
                f"&{position} {menu_text(path.name)}  ({menu_text(str(path.parent))})")
            action.triggered.connect(lambda _checked=False, path=path: self.open_path(path))
        if not files:
            self.recent_menu.addAction("No recent workspaces").setEnabled(False)

    # -- workspace -------------------------------------------------------------------------------

    def open_path(self, path: Path | str, *, read_only: bool = False) -> bool:
        """Open a workspace; offer read-only when another process is editing it."""
        from consortium_planner.workspace import WorkspaceError, WorkspaceLocked

        path = Path(path)
        current = self.context.workspace
        if current is not None and path.resolve() == current.path.resolve():
            return True
        try:
            self.context.open_workspace(path, read_only=read_only)
        except WorkspaceLocked as error:
            question = (f"{error}\n\nOpen {path.name} read-only? You can look at everything "
                        "and export, but not change it.")
            if self.reporter.ask(self, "Workspace in use", question, default=False):
                return self.open_path(path, read_only=True)
            return False
        except WorkspaceError as error:
            if not path.exists():
                self.context.forget_recent_file(path)
            self.reporter.show_workspace_error(self, error)
            self.welcome.set_recent_files(self.context.recent_files())
            return False
        return True

    def choose_workspace(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Open workspace", self._last_folder(),
                                              WORKSPACE_FILTER)
        if path:
            self._remember_folder(path)
            self.open_path(path)

    def new_workspace(self) -> None:
        from consortium_planner.workspace import FILE_SUFFIX, WorkspaceError

        path, _ = QFileDialog.getSaveFileName(self, "New workspace", self._last_folder(),
                                              WORKSPACE_FILTER)
        if not path:
            return
        if not path.endswith(FILE_SUFFIX):
            path += FILE_SUFFIX
        self._remember_folder(path)
        try:
            if self.context.workspace is not None and Path(path).resolve() == \
                    self.context.workspace.path.resolve():
                self.context.close_workspace()
            self.context.create_workspace(path)
        except WorkspaceError as error:
            self.reporter.show_workspace_error(self, error)

    def open_demo(self) -> None:
        """A fresh copy of the demo in the user's data folder (replacing the previous one)."""
        from consortium_planner.demo import create_demo_workspace
        from consortium_planner.paths import user_data_dir
        from consortium_planner.workspace import WorkspaceError

        path = user_data_dir() / "demo.cpw"
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            if self.context.workspace is not None and \
                    self.context.workspace.path.resolve() == path.resolve():
                self.context.close_workspace()
            create_demo_workspace(path, overwrite=True)
        except WorkspaceError as error:
            self.reporter.show_workspace_error(self, error)
            return
        except OSError as error:
            self.reporter.show_workspace_error(
                self, WorkspaceError(path, f"cannot be written ({error.strerror})"))
            return
        self.open_path(path)

    def save_copy(self) -> None:
        from consortium_planner.workspace import WorkspaceError

        workspace = self.context.workspace
        if workspace is None:
            return
        suggestion = str(Path(self._last_folder()) / f"{workspace.name} copy.cpw")
        path, _ = QFileDialog.getSaveFileName(self, "Save a copy", suggestion, WORKSPACE_FILTER)
        if not path:
            return
        self._remember_folder(path)
        try:
            written = workspace.save_copy(path)
        except WorkspaceError as error:
            self.reporter.show_workspace_error(self, error)
            return
        self.statusBar().showMessage(f"Saved a copy as {written}", 8000)

    def close_workspace(self) -> None:
        self.context.close_workspace()

    def _workspace_changed(self) -> None:
        workspace = self.context.workspace
        self.message_bar.hide()
        if workspace is None:
            self.setWindowTitle(APP_TITLE)
            self.welcome.set_recent_files(self.context.recent_files())
            self.central.setCurrentWidget(self.welcome)
            self.current_project = None
            self.current_key = None
            self._update_status()
            self._update_actions()
            return
        suffix = " (read-only)" if workspace.read_only else ""
        self.setWindowTitle(f"{workspace.name}{suffix} – {APP_TITLE}")
        self.mode_label.setText("Read-only" if workspace.read_only else "")
        for page in self.pages.values():
            page.apply_read_only(workspace.read_only)
        self.central.setCurrentWidget(self.splitter)
        projects = self.context.projects()
        self._fill_navigator()
        if projects:
            self.show_page("overview", projects[0].id)
        else:
            self.show_page(DIRECTORY, None)
        if workspace.backup_made is not None:
            self.statusBar().showMessage(
                f"The workspace was upgraded; the old file was kept as {workspace.backup_made}",
                15000)

    # -- navigation ------------------------------------------------------------------------------

    def _fill_navigator(self) -> None:
        self.navigator.blockSignals(True)
        self.navigator.clear()
        for key, label, _shortcut in WORKSPACE_PAGES:
            QTreeWidgetItem(self.navigator, [label]).setData(0, PAGE_ROLE, (key, None))
        bold = QFont(self.navigator.font())
        bold.setBold(True)
        for project in self.context.projects():
            item = QTreeWidgetItem(self.navigator, [project.acronym])
            item.setToolTip(0, "")
            item.setFont(0, bold)
            item.setData(0, PAGE_ROLE, ("overview", project.id))
            for key, label, _shortcut in PROJECT_PAGES:
                child = QTreeWidgetItem(item, [label])
                child.setData(0, PAGE_ROLE, (key, project.id))
            item.setExpanded(project.id == self.current_project)
        self.navigator.blockSignals(False)
        self._select_in_navigator()

    def _select_in_navigator(self) -> None:
        wanted = (self.current_key,
                  None if self.current_key in WORKSPACE_KEYS else self.current_project)
        iterator = [self.navigator.topLevelItem(i)
                    for i in range(self.navigator.topLevelItemCount())]
        while iterator:
            item = iterator.pop(0)
            if item.data(0, PAGE_ROLE) == wanted and not (
                item.childCount() and wanted[0] == "overview"
            ):
                self.navigator.blockSignals(True)
                if item.parent() is not None:
                    item.parent().setExpanded(True)
                self.navigator.setCurrentItem(item)
                self.navigator.blockSignals(False)
                return
            iterator.extend(item.child(i) for i in range(item.childCount()))

    def _navigator_moved(self, current: QTreeWidgetItem | None, _previous: Any) -> None:
        if current is None:
            return
        key, project_id = current.data(0, PAGE_ROLE)
        self.show_page(key, project_id, from_navigator=True)

    def page(self, key: str) -> Page:
        if key not in self.pages:
            page = _page_class(key)(self.context, self)
            page.apply_read_only(self.context.read_only)
            if key == "checks":
                page.navigate.connect(self._navigate_to_row)  # type: ignore[attr-defined]
            self.pages[key] = page
            self.page_stack.addWidget(page)
        return self.pages[key]

    def show_page(self, key: str, project_id: int | None, *,
                  from_navigator: bool = False) -> Page | None:
        if self.context.workspace is None:
            return None
        if key not in WORKSPACE_KEYS and not self.context.has_project(project_id):
            projects = self.context.projects()
            if not projects:
                key, project_id = DIRECTORY, None
            else:
                project_id = projects[0].id
        page = self.page(key)
        if key not in WORKSPACE_KEYS:
            self.current_project = project_id
        self.current_key = key
        page.set_project(None if key in WORKSPACE_KEYS else project_id)
        self.page_stack.setCurrentWidget(page)
        if not from_navigator:
            self._select_in_navigator()
        self._update_status()
        self._update_actions()
        return page

    def _navigate_to_row(self, key: str, kind: str, row_id: int) -> None:
        page = self.show_page(key, self.current_project)
        if page is not None and kind:
            page.select(kind, row_id)

    def _navigator_menu(self, position: Any) -> None:
        item = self.navigator.itemAt(position)
        if item is not None:
            self.navigator.setCurrentItem(item)
        menu = QMenu(self)
        menu.addAction(self.new_project_action)
        if item is not None and item.data(0, PAGE_ROLE)[0] not in WORKSPACE_KEYS:
            menu.addActions([self.duplicate_project_action, self.rename_project_action,
                             self.delete_project_action])
        menu.exec(self.navigator.viewport().mapToGlobal(position))

    # -- projects ----------------------------------------------------------------------------------

    def _project_dialog(self, title: str, acronym: str = "", *, full: bool = False) -> Any:
        from consortium_planner.ui.dialogs import ProjectDialog

        dialog = ProjectDialog(title, acronym, full=full, parent=self)
        return dialog if dialog.exec() == QDialog.DialogCode.Accepted else None

    def _current_acronym(self) -> str:
        return next((p.acronym for p in self.context.projects()
                     if p.id == self.current_project), "")

    def new_project(self) -> None:
        from consortium_planner.ui.commands import AddCommand

        dialog = self._project_dialog("New project", full=True)
        if dialog is None:
            return
        values = {"acronym": dialog.acronym.text(), "title": dialog.title_edit.text(),
                  "call_profile": dialog.profile.currentData(),
                  "duration_months": dialog.duration.value()}
        command = AddCommand(
            self.context, "project",
            lambda service: service.create_project(
                values["acronym"], title=values["title"], call_profile=values["call_profile"],
                duration_months=values["duration_months"]),
            f"New project {values['acronym']}",
        )
        if self.context.execute(command):
            self.show_page("overview", command.created_id)

    def duplicate_project(self) -> None:
        from consortium_planner.ui.commands import AddCommand

        source_id, acronym = self.current_project, self._current_acronym()
        if source_id is None:
            return
        dialog = self._project_dialog(f"Duplicate {acronym} as a what-if scenario",
                                      f"{acronym}-B"[:40])
        if dialog is None:
            return
        new_acronym = dialog.acronym.text()
        command = AddCommand(
            self.context, "project",
            lambda service: service.duplicate_project(source_id, new_acronym),
            f"Duplicate {acronym} as {new_acronym}",
        )
        if self.context.execute(command):
            self.show_page("overview", command.created_id)

    def rename_project(self) -> None:
        from consortium_planner.ui.commands import UpdateCommand

        acronym = self._current_acronym()
        if self.current_project is None:
            return
        dialog = self._project_dialog(f"Rename {acronym}", acronym)
        if dialog is None or dialog.acronym.text() == acronym:
            return
        self.context.execute(UpdateCommand(
            self.context, "project", [(self.current_project, {"acronym": dialog.acronym.text()})],
            f"Rename {acronym} to {dialog.acronym.text()}",
        ))

    def delete_project(self) -> None:
        from consortium_planner.ui.commands import RemoveCommand

        acronym = self._current_acronym()
        if self.current_project is None:
            return
        question = (f"Delete the project {acronym} with its participants, work plan, effort and "
                    "costs? The organisations stay in the directory. Edit > Undo brings the "
                    "project back.")
        if not self.reporter.ask(self, "Delete project", question, default=False):
            return
        self.context.execute(RemoveCommand(self.context, "project", [self.current_project],
                                           f"Delete project {acronym}"))

    # -- changes -----------------------------------------------------------------------------------

    def _changed(self, changes: Any) -> None:
        self.message_bar.hide()
        if changes.projects:
            self._fill_navigator()
            if self.current_key and self.current_key not in WORKSPACE_KEYS and \
                    not self.context.has_project(self.current_project):
                projects = self.context.projects()
                self.show_page("overview" if projects else DIRECTORY,
                               projects[0].id if projects else None)
        self._update_status()
        self._update_actions()

    def _update_status(self) -> None:
        from consortium_planner.ui.formatting import money_text

        project_id = self.current_project
        if self.context.workspace is None or not self.context.has_project(project_id):
            for label in (self.total_label, self.eu_label, self.errors_label):
                label.setText("")
            return
        assert project_id is not None
        totals = self.context.snapshot(project_id).budget.totals
        self.total_label.setText(f"Total eligible: {money_text(totals['total_eligible'])}")
        self.eu_label.setText(f"EU contribution: {money_text(totals['eu_contribution'])}")
        # the checks run once the window has painted: their count can wait a moment
        QTimer.singleShot(0, self._update_error_count)

    def _update_error_count(self) -> None:
        project_id = self.current_project
        if self.context.workspace is None or project_id is None or \
                not self.context.has_project(project_id):
            return
        findings = self.context.findings(project_id)
        if findings is None:
            self.errors_label.setText("")
            return
        from consortium_planner.ui.views.checks import severity_of

        errors = sum(1 for finding in findings if severity_of(finding) == "error")
        self.errors_label.setText(f"{errors} error{'s' if errors != 1 else ''}")
        self.errors_label.setStyleSheet("color: #b00020;" if errors else "")

    def show_user_error(self, text: str) -> None:
        self.message_bar.show_message(text)
        if self.reporter.no_err_windows:
            import sys

            print(f"consortium-planner: {text}", file=sys.stderr)

    # -- the Edit menu on the focused table ------------------------------------------------------

    def focused_section(self) -> TableSection | None:
        widget = QApplication.focusWidget()
        while widget is not None:
            if isinstance(widget, TableSection):
                return widget
            widget = widget.parentWidget()
        return None

    def _section_do(self, operation: str) -> None:
        section = self.focused_section()
        if section is None and operation in ("add", "paste", "find"):
            page = self.pages.get(self.current_key or "")
            sections = page.sections() if page is not None else []
            section = next((s for s in sections if s.isVisible()), None)
        if section is None:
            return
        if operation == "add":
            section.add_row()
        elif operation == "remove":
            section.remove_rows()
        elif operation == "copy":
            section.copy_selection()
        elif operation == "paste":
            section.paste()
        elif operation == "find":
            section.search.setFocus()
            section.search.selectAll()

    # -- exports -----------------------------------------------------------------------------------

    def export(self, kind: Any) -> None:
        from consortium_planner.ui.exports import ExportJob, exporter, suggested_file_name

        function = exporter(kind)
        project_id = self.current_project
        if function is None or not self.context.has_project(project_id):
            self.show_user_error("This export is not available in this build.")
            return
        assert project_id is not None
        snapshot = self.context.snapshot(project_id)
        name = snapshot.project.acronym
        if kind.file_filter:
            suggestion = str(Path(self._last_folder()) / suggested_file_name(name, kind.suffix))
            target, _ = QFileDialog.getSaveFileName(self, f"Export {name}", suggestion,
                                                    kind.file_filter)
            if target and not target.endswith(kind.suffix):
                target += kind.suffix
        else:
            target = QFileDialog.getExistingDirectory(self, f"Export {name} as CSV tables",
                                                      self._last_folder())
        if not target:
            return
        self._remember_folder(target)
        job = ExportJob(kind, function, snapshot, Path(target),
                        findings=self.context.findings(project_id),
                        workspace_name=self.context.workspace.name if self.context.workspace
                        else "", parent=self, show_progress=not self.reporter.no_err_windows)
        job.done.connect(lambda path: self._export_done(job, path))
        job.failed.connect(lambda error: self._export_failed(job, error))
        self._exports.append(job)
        job.start()

    def _export_done(self, job: Any, path: Path | list[Path]) -> None:
        self._exports.remove(job)
        if isinstance(path, list):  # one file per partner: offer their folder
            folder = path[0].parent if path else Path()
            self.show_file_notice(folder, f"Wrote {len(path)} files into {folder}")
        else:
            self.show_file_notice(path, f"Exported to {path}")

    def show_file_notice(self, path: Path, text: str) -> None:
        self.statusBar().clearMessage()
        self.file_notice.show_file(path, text)

    def _export_failed(self, job: Any, error: Exception) -> None:
        from consortium_planner.ui.exports import ExportCancelled

        self._exports.remove(job)
        try:
            from consortium_planner.exporting.files import ExportError
        except ImportError:
            ExportError = OSError  # noqa: N806 - stands in for the missing class
        if isinstance(error, ExportCancelled):
            self.statusBar().showMessage("Export cancelled; no file was changed.", 8000)
        elif isinstance(error, (ExportError, UserError, OSError)):
            self.show_user_error(f"The export failed: {error}")
        else:
            self.reporter.excepthook(type(error), error, error.__traceback__)

    # -- print -----------------------------------------------------------------------------------

    def print_summary(self, *, preview: bool) -> None:
        """Print (or preview) the consortium summary of the current project."""
        from consortium_planner.ui.printing import (
            print_document,
            print_preview,
            summary_document_for_print,
        )

        project_id = self.current_project
        if not self.context.has_project(project_id):
            return
        assert project_id is not None and self.context.workspace is not None
        document = summary_document_for_print(self.context.snapshot(project_id),
                                              self.context.findings(project_id),
                                              self.context.workspace.name)
        if preview:
            print_preview(self, document)
        elif print_document(self, document):
            self.statusBar().showMessage("The summary was sent to the printer.", 8000)

    # -- partner workbooks -----------------------------------------------------------------------

    def generate_partner_workbooks(self) -> None:
        """Write one participant's workbook (a file) or every participant's (into a folder)."""
        from consortium_planner.ui.partner_workbooks import GenerateDialog, suggested_name

        project_id = self.current_project
        if not self.context.has_project(project_id):
            return
        assert project_id is not None
        snapshot = self.context.snapshot(project_id)
        if not snapshot.participants:
            self.show_user_error(f"{snapshot.project.acronym} has no participants yet.")
            return
        dialog = GenerateDialog(snapshot, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        number = dialog.number()
        if number is None:
            target = QFileDialog.getExistingDirectory(
                self, f"Folder for the partner workbooks of {snapshot.project.acronym}",
                self._last_folder())
        else:
            suggestion = str(Path(self._last_folder()) / suggested_name(snapshot, number))
            target, _ = QFileDialog.getSaveFileName(self, "Partner workbook", suggestion,
                                                    "Excel workbooks (*.xlsx)")
            if target and not target.endswith(".xlsx"):
                target += ".xlsx"
        if target:
            self._remember_folder(target)
            self.write_partner_workbooks(number, Path(target))

    def write_partner_workbooks(self, number: int | None, target: Path) -> Any:
        """Write the workbook(s) off the GUI thread; the status bar offers to open the result."""
        from consortium_planner.ui.exports import BackgroundJob
        from consortium_planner.ui.partner_workbooks import workbook_writer

        assert self.current_project is not None
        snapshot = self.context.snapshot(self.current_project)
        write = workbook_writer(number)
        job = BackgroundJob(lambda _progress: write(snapshot, target),
                            f"Writing the partner workbook{'s' if number is None else ''}…",
                            title="Partner workbooks", parent=self,
                            show_progress=not self.reporter.no_err_windows)
        job.done.connect(lambda path: self._export_done(job, path))
        job.failed.connect(lambda error: self._export_failed(job, error))
        self._exports.append(job)
        job.start()
        return job

    def import_returned_workbooks(self, paths: list[Path] | None = None) -> Any:
        """Dry-run the chosen returned workbooks off the GUI thread, then show what they change."""
        from consortium_planner.ui.exports import BackgroundJob
        from consortium_planner.ui.partner_workbooks import import_files

        workspace = self.context.workspace
        if workspace is None or self.context.read_only:
            return None
        if paths is None:
            chosen, _ = QFileDialog.getOpenFileNames(self, "Import returned partner workbooks",
                                                     self._last_folder(),
                                                     "Excel workbooks (*.xlsx);;All files (*)")
            if not chosen:
                return None
            self._remember_folder(chosen[0])
            paths = [Path(name) for name in chosen]
        files = list(paths)
        job = BackgroundJob(lambda progress: import_files(workspace, files, progress,
                                                          dry_run=True),
                            f"Reading {len(files)} workbook{'s' if len(files) != 1 else ''}…",
                            title="Import returned workbooks", parent=self,
                            show_progress=not self.reporter.no_err_windows)
        job.done.connect(lambda results: self._returns_read(job, results))
        job.failed.connect(lambda error: self._export_failed(job, error))
        self._exports.append(job)
        job.start()
        return job

    def choose_returns(self, results: list[Any]) -> list[Path]:
        """The files the user accepts after seeing their changes (none when cancelled)."""
        from consortium_planner.ui.partner_workbooks import ReturnsPreviewDialog

        dialog = ReturnsPreviewDialog(results, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return []
        return dialog.accepted_paths()

    def _returns_read(self, job: Any, results: list[Any]) -> None:
        from consortium_planner.ui.exports import BackgroundJob
        from consortium_planner.ui.partner_workbooks import (
            capture_participant,
            import_files,
            participants_of,
        )

        self._exports.remove(job)
        accepted = self.choose_returns(results)
        if not accepted:
            return
        found = participants_of(self.context, [r for r in results if Path(r.path) in accepted])
        before = [capture_participant(self.context, *ids)
                  for ids in dict.fromkeys(found[path] for path in accepted if path in found)]
        workspace = self.context.workspace
        apply_job = BackgroundJob(
            lambda progress: import_files(workspace, accepted, progress, dry_run=False),
            f"Importing {len(accepted)} workbook{'s' if len(accepted) != 1 else ''}…",
            title="Import returned workbooks", parent=self,
            show_progress=not self.reporter.no_err_windows)
        apply_job.done.connect(lambda applied: self._returns_applied(apply_job, before, applied))
        apply_job.failed.connect(lambda error: self._export_failed(apply_job, error))
        self._exports.append(apply_job)
        apply_job.start()

    def _returns_applied(self, job: Any, before: list[Any], results: list[Any]) -> None:
        from consortium_planner.ui.partner_workbooks import PartnerImportCommand, import_summary

        self._exports.remove(job)
        imported = [r for r in results if r.status == "imported"]
        summary = import_summary(results)
        if imported:
            names = (Path(imported[0].path).name if len(imported) == 1
                     else f"{len(imported)} returned workbooks")
            self.context.execute(PartnerImportCommand(self.context, before, imported,
                                                      f"Import {names}"))
        if len(imported) < len(results):
            self.show_user_error(summary)
        else:
            self.statusBar().showMessage(summary, 15000)

    # -- imports ---------------------------------------------------------------------------------

    def import_region_categories(self, path: Path | None = None) -> None:
        """Import a region category table (CSV) as one undo step, on the Regions page."""
        page = self.show_page(REGIONS, None)
        if page is None or self.context.read_only:
            return
        if path is None:
            page.choose_import_file()  # type: ignore[attr-defined]
        else:
            page.import_file(path)  # type: ignore[attr-defined]

    def import_organisations(self, path: Path | None = None) -> None:
        """The import wizard (with a dropped file preselected); the import is one undo step."""
        from consortium_planner.ui import import_wizard

        workspace = self.context.workspace
        if workspace is None or self.context.read_only:
            return
        result = import_wizard.run_import_wizard(self, workspace, self._current_acronym() or None,
                                                 path)
        if result is not None:
            self.context.execute(import_wizard.ImportCommand(self.context, result))

    # -- drag and drop ---------------------------------------------------------------------------

    @staticmethod
    def _dropped_file(event: QDragEnterEvent | QDropEvent) -> tuple[str, Path] | None:
        """("workspace" | "spreadsheet", path) of the first file the window can take."""
        from consortium_planner.workspace import FILE_SUFFIX

        for url in event.mimeData().urls():
            path = Path(url.toLocalFile())
            if not url.isLocalFile():
                continue
            if path.suffix.lower() == FILE_SUFFIX:
                return "workspace", path
            if path.suffix.lower() in SPREADSHEET_SUFFIXES:
                return "spreadsheet", path
        return None

    def _can_take(self, dropped: tuple[str, Path] | None) -> bool:
        if dropped is None:
            return False
        return dropped[0] == "workspace" or (
            self.context.workspace is not None and not self.context.read_only)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if self._can_take(self._dropped_file(event)):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        dropped = self._dropped_file(event)
        if not self._can_take(dropped):
            return
        assert dropped is not None
        event.acceptProposedAction()
        kind, path = dropped
        if kind == "workspace":
            QTimer.singleShot(0, lambda: self.open_path(path))
        else:
            QTimer.singleShot(0, lambda: self.import_organisations(path))

    # -- settings ----------------------------------------------------------------------------------

    def _last_folder(self) -> str:
        folder = self.context.settings.value("last_folder", "")
        return str(folder) if folder else str(Path.home())

    def _remember_folder(self, path: str) -> None:
        folder = Path(path) if Path(path).is_dir() else Path(path).parent
        self.context.settings.setValue("last_folder", str(folder))

    def _restore_settings(self) -> None:
        settings = self.context.settings
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        splitter = settings.value("splitters/main")
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def save_settings(self) -> None:
        settings = self.context.settings
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("splitters/main", self.splitter.saveState())
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        for job in list(self._exports):
            job.cancel()
            job.wait()
        self.save_settings()
        self.context.close_workspace()
        super().closeEvent(event)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(1280, 800)

    def about(self) -> None:
        from consortium_planner import __version__

        box_text = (f"Consortium Planner {__version__}\n\nPlan interregional consortia, work "
                    "plans and budgets for EU innovation calls, offline.")
        if self.reporter.no_err_windows:
            self.statusBar().showMessage(box_text.replace("\n", " "), 8000)
            return
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setWindowTitle("About Consortium Planner")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(box_text)
        box.exec()

