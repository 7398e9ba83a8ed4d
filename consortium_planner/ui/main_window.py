"""The main window: the navigator, the page stack, the status bar and routing.

Menus and shortcuts come from one table (`ui/actions.py`), pages from one registry
(`ui/pages.py`); what an action does lives in its feature module (projects, exports, printing,
partner workbooks, file imports, workspace files). Pages are created the first time they are
shown, so a window with a large workspace opens as fast as a small one.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDockWidget,
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
from consortium_planner.ui import file_imports
from consortium_planner.ui.actions import ACTIONS, MENUS, ActionSpec, MenuSpec, WindowState
from consortium_planner.ui.empty_states import FirstProjectHint
from consortium_planner.ui.errors import ErrorReporter, error_text
from consortium_planner.ui.exports import Jobs
from consortium_planner.ui.formatting import datetime_text, menu_text, version_description
from consortium_planner.ui.language import window_language, window_wording
from consortium_planner.ui.live_changes import LiveChanges
from consortium_planner.ui.pages import (
    CHECKS,
    DIRECTORY,
    OVERVIEW,
    PAGE_SPECS,
    PROJECT_PAGES,
    WORKSPACE_KEYS,
    WORKSPACE_PAGES,
)
from consortium_planner.ui.table_section import TableSection
from consortium_planner.ui.views.base import Page
from consortium_planner.ui.welcome import WelcomePage
from consortium_planner.ui.widgets import FileNotice, MessageBar, plain_label

APP_TITLE = "Consortium Planner"
translate = QCoreApplication.translate
PAGE_ROLE = Qt.ItemDataRole.UserRole
UNLIMITED_HEIGHT = 16777215  # QWIDGETSIZE_MAX, which PySide6 does not export


def proposal_order(projects: list[Any]) -> list[Any]:
    """Projects as the navigator lists them: each main project (by acronym) followed by its
    scenarios (by acronym); `projects` come by acronym already."""
    scenarios: dict[int, list[Any]] = {}
    for project in projects:
        if project.scenario_of_id is not None:
            scenarios.setdefault(project.scenario_of_id, []).append(project)
    ordered = []
    for project in projects:
        if project.scenario_of_id is None:
            ordered += [project, *scenarios.get(project.id, [])]
    listed = {project.id for project in ordered}  # a file written otherwise: nothing hidden
    return ordered + [project for project in projects if project.id not in listed]


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext, reporter: ErrorReporter) -> None:
        super().__init__()
        self.context = context
        self.reporter = reporter
        self.pages: dict[str, Page] = {}
        self.current_key: str | None = None
        self.current_project: int | None = None
        self._listed_versions: tuple[int, ...] = ()  # the versions the navigator lists
        self.jobs = Jobs(self)
        self.setAcceptDrops(True)
        self.resize(1280, 800)

        self.welcome = WelcomePage(self)

        self.navigator = QTreeWidget(self)
        self.navigator.setHeaderHidden(True)
        self.navigator.setAccessibleName(self.tr("Navigator"))
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
        left = QWidget(self)
        self.left_layout = QVBoxLayout(left)
        self.left_layout.setContentsMargins(0, 0, 0, 0)
        self.left_layout.addWidget(self.navigator, 1)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([200, 1080])

        self.central = QStackedWidget(self)
        self.central.addWidget(self.welcome)
        self.central.addWidget(self.splitter)
        self.setCentralWidget(self.central)

        self.undo_view = QUndoView(context.undo_stack, self)
        self.undo_view.setEmptyLabel(self.tr("Opened"))
        self.undo_view.setAccessibleName(self.tr("Undo history"))
        self.undo_dock = QDockWidget(self.tr("Undo history"), self)
        self.undo_dock.setObjectName("undo_history")
        self.undo_dock.setWidget(self.undo_view)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.undo_dock)
        self.undo_dock.hide()

        self.total_label = plain_label("", self)
        self.eu_label = plain_label("", self)
        self.errors_label = plain_label("", self)
        self.mode_label = plain_label("", self)
        for label, name in ((self.total_label, self.tr("Total eligible costs")),
                            (self.eu_label, self.tr("EU contribution")),
                            (self.errors_label, self.tr("Errors found by the checks")),
                            (self.mode_label, self.tr("Workspace mode"))):
            label.setAccessibleName(name)
            self.statusBar().addPermanentWidget(label)

        self.file_notice = FileNotice(self)
        self.statusBar().addWidget(self.file_notice, 1)

        self._actions = {spec.name: self._make_action(spec) for spec in ACTIONS}
        self.menus: dict[str, QMenu] = {}
        for spec in MENUS:
            self._make_menu(self.menuBar().addMenu(translate("actions", spec.title)), spec)
        self.menus["recent"].aboutToShow.connect(self._fill_recent_menu)
        self.first_project = FirstProjectHint(self._actions["new_project"], left)
        self.left_layout.addWidget(self.first_project)
        self.left_layout.addStretch(0)  # takes the room the navigator's few rows leave
        self.first_project.hide()
        self._fill_language_menu()
        self.welcome.open_demo.connect(self._actions["open_demo"].trigger)
        self.welcome.new_workspace.connect(self._actions["new_workspace"].trigger)
        self.welcome.open_workspace.connect(self._actions["open_workspace"].trigger)
        self.welcome.open_recent.connect(self.open_path)
        context.language = window_language  # refused edits in the window's language
        context.user_error.connect(self.show_user_error)
        context.edit_conflict.connect(self._resolve_conflict)
        context.workspace_error.connect(lambda error: reporter.show_workspace_error(self, error))
        context.changed.connect(self._changed)
        context.workspace_changed.connect(self._workspace_changed)
        self.live_changes = LiveChanges(context, self)  # others' changes appear by themselves
        self._restore_settings()
        self._workspace_changed()

    # -- actions and menus -----------------------------------------------------------------------

    def action(self, name: str) -> QAction:
        """The action of `name` in the table of `ui/actions.py`."""
        return self._actions[name]

    def _make_action(self, spec: ActionSpec) -> QAction:
        text = translate(spec.context, spec.text)
        if spec.make is not None:
            action = spec.make(self)
            action.setText(text)
        else:
            action = QAction(text, self)
        if spec.shortcuts:
            action.setShortcuts([QKeySequence(shortcut) for shortcut in spec.shortcuts])
        if spec.tip:
            action.setStatusTip(translate(spec.context, spec.tip))
        if spec.role is not None:
            action.setMenuRole(spec.role)
        if spec.handler is not None:
            handler = spec.handler
            action.triggered.connect(lambda _checked=False: handler(self))
        self.addAction(action)
        return action

    def _make_menu(self, menu: QMenu, spec: MenuSpec) -> None:
        self.menus[spec.name] = menu
        for item in spec.items:
            if item is None:
                menu.addSeparator()
            elif isinstance(item, MenuSpec):
                self._make_menu(menu.addMenu(translate("actions", item.title)), item)
            else:
                menu.addAction(self._actions[item])

    def window_state(self) -> WindowState:
        has_workspace = self.context.workspace is not None
        return WindowState(has_workspace=has_workspace,
                           editable=has_workspace and not self.context.read_only,
                           has_project=self.context.has_project(self.current_project),
                           version_shown=self.context.is_version(self.current_project))

    def _update_actions(self) -> None:
        state = self.window_state()
        for spec in ACTIONS:
            if spec.enabled_when is not None:
                self._actions[spec.name].setEnabled(spec.enabled_when(state))
        self._update_menus(MENUS, state)

    def _update_menus(self, specs: tuple[Any, ...], state: WindowState) -> None:
        for spec in specs:
            if isinstance(spec, MenuSpec):
                if spec.enabled_when is not None:
                    self.menus[spec.name].setEnabled(spec.enabled_when(state))
                self._update_menus(spec.items, state)

    def _fill_recent_menu(self) -> None:
        menu = self.menus["recent"]
        menu.clear()
        files = self.context.recent_files()
        for position, path in enumerate(files, start=1):
            if isinstance(path, str):  # a team workspace's address
                action = menu.addAction(f"&{position} {menu_text(path)}")
                action.triggered.connect(lambda _checked=False, url=path: self.open_path(url))
                continue
            action = menu.addAction(
                f"&{position} {menu_text(path.name)}  ({menu_text(str(path.parent))})")
            action.triggered.connect(lambda _checked=False, path=path: self.open_path(path))
        if not files:
            menu.addAction(self.tr("No recent workspaces")).setEnabled(False)

    def _fill_language_menu(self) -> None:
        """View > Language: the system's or one of the six; the choice applies at the next
        start (the window's texts are read when it is built), which the window says."""
        from consortium_planner.reference.languages import LANGUAGES
        from consortium_planner.ui.translations import chosen_language, system_language

        menu = self.menus["language"]
        group = QActionGroup(menu)
        chosen = chosen_language(self.context.settings)
        system = LANGUAGES[system_language()]
        entries = [(None, self.tr("System language ({language})").format(language=system))]
        entries += [(code, name) for code, name in LANGUAGES.items()]
        for code, name in entries:
            action = menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == chosen)
            action.setData(code)
            group.addAction(action)
            action.triggered.connect(lambda _checked=False, code=code: self.choose_language(code))

    def choose_language(self, code: str | None) -> None:
        """Remember the language for the next start, and say so."""
        from consortium_planner.reference.languages import LANGUAGES
        from consortium_planner.ui.translations import choose_language, system_language

        choose_language(self.context.settings, code)
        name = LANGUAGES[code or system_language()]
        text = self.tr("Consortium Planner will speak {language} from its next start. Close "
                       "and reopen it to switch now.").format(language=name)
        if self.reporter.no_err_windows:
            self.statusBar().showMessage(text, 15000)
            return
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(self, self.tr("Language"), text)

    def _resolve_conflict(self, command: Any, error: Any) -> None:
        """Someone else changed the rows of an edit: ask which to keep. Imported here, as the
        editing service it works with: opening the window needs neither."""
        from consortium_planner.ui.conflicts import resolve_conflict

        resolve_conflict(self.context, command, error, self)

    # -- workspace -------------------------------------------------------------------------------

    def open_path(self, path: Path | str, *, read_only: bool = False) -> bool:
        """Open a workspace; offer read-only when another process is editing it."""
        from consortium_planner.postgres import is_server_url
        from consortium_planner.workspace import WorkspaceError, WorkspaceLocked

        if is_server_url(path):
            from consortium_planner.ui.team_workspace import open_team_url

            return open_team_url(self, str(path), read_only=read_only)
        path = Path(path)
        current = self.context.workspace
        if current is not None and path.resolve() == current.path.resolve():
            return True
        self.finish_edit()
        try:
            self.context.open_workspace(path, read_only=read_only)
        except WorkspaceLocked as error:
            question = self.tr("{problem}\n\nOpen {file} read-only? You can look at everything "
                               "and export, but not change it.").format(problem=error,
                                                                        file=path.name)
            if self.reporter.ask(self, self.tr("Workspace in use"), question, default=False):
                return self.open_path(path, read_only=True)
            return False
        except WorkspaceError as error:
            if not path.exists():
                self.context.forget_recent_file(path)
            self.reporter.show_workspace_error(self, error)
            self.welcome.set_recent_files(self.context.recent_files())
            return False
        return True

    def close_workspace(self) -> None:
        self.finish_edit()
        self.context.close_workspace()

    def finish_edit(self) -> None:
        """Write the cell still being typed in, as leaving the cell would, while its workspace
        is open: closed (or replaced) by a key or a menu, which leave the focus where it is,
        the editor committed into no workspace (an error dialog) and what was typed was lost."""
        widget = QApplication.focusWidget()
        while widget is not None and not isinstance(widget, QAbstractItemView):
            widget = widget.parentWidget()
        if isinstance(widget, QAbstractItemView) and \
                widget.state() == QAbstractItemView.State.EditingState:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)  # the editor's focus-out commits

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
        if workspace.is_server:
            title = (self.tr("{workspace} (team workspace, read-only) – {app}")
                     if workspace.read_only else self.tr("{workspace} (team workspace) – {app}"))
        else:
            title = (self.tr("{workspace} (read-only) – {app}") if workspace.read_only
                     else self.tr("{workspace} – {app}"))
        self.setWindowTitle(title.format(workspace=workspace.name, app=APP_TITLE))
        for page in self.pages.values():
            page.apply_read_only(workspace.read_only)
        self.central.setCurrentWidget(self.splitter)
        projects = self.context.projects()
        self._fill_navigator()
        if projects:
            self.show_page(OVERVIEW, projects[0].id)
        else:
            self.show_page(DIRECTORY, None)
        if workspace.read_only_reason:
            self.message_bar.show_message(self.tr(
                "Read-only: {reason}. You can look at everything and export, but not change "
                "it.").format(reason=window_wording().gettext(workspace.read_only_reason)))
        if workspace.backup_made is not None:
            self.statusBar().showMessage(
                self.tr("The workspace was upgraded; the old file was kept as {file}").format(
                    file=workspace.backup_made), 15000)

    # -- navigation ------------------------------------------------------------------------------

    def _fill_navigator(self) -> None:
        self.navigator.blockSignals(True)
        self.navigator.clear()
        for spec in WORKSPACE_PAGES:
            QTreeWidgetItem(self.navigator, [spec.title()]).setData(0, PAGE_ROLE,
                                                                   (spec.key, None))
        bold = QFont(self.navigator.font())
        bold.setBold(True)
        projects = self.context.projects()
        self._listed_versions = self._version_ids()
        has_scenarios = {p.scenario_of_id for p in projects if p.scenario_of_id is not None}
        shown_version = self.context.version_entry(self.current_project)
        for project in proposal_order(projects):
            if project.scenario_of_id is not None:
                main = next(p.acronym for p in projects if p.id == project.scenario_of_id)
                label = f"↳ {project.acronym}" + (f" ({project.scenario_name})"
                                                  if project.scenario_name else "")
                tip = (self.tr("A scenario of {project}: {scenario}") if project.scenario_name
                       else self.tr("A scenario of {project}")).format(
                    project=main, scenario=project.scenario_name)
            else:
                label = (self.tr("{acronym} · main") if project.id in has_scenarios
                         else "{acronym}").format(acronym=project.acronym)
                tip = self.tr("The main project of its proposal") \
                    if project.id in has_scenarios else ""
            item = QTreeWidgetItem(self.navigator, [label])
            item.setToolTip(0, tip)
            item.setFont(0, bold)
            item.setData(0, PAGE_ROLE, (OVERVIEW, project.id))
            self._add_pages(item, project.id)
            versions = self.context.versions(project.id)
            if versions:
                group = QTreeWidgetItem(item, [self.tr("Versions ({count})").format(
                    count=len(versions))])
                group.setToolTip(0, self.tr("Frozen copies of the project: open one read-only, "
                                            "restore it as a scenario, or delete it"))
                for entry in versions:
                    version = QTreeWidgetItem(group, [version_description(entry, short=True)])
                    version.setToolTip(0, self.tr("{version}: {description} (opens "
                                                  "read-only)").format(
                        version=entry.label, description=version_description(entry)))
                    version.setData(0, PAGE_ROLE, (OVERVIEW, -entry.id))
                    self._add_pages(version, -entry.id)
                group.setExpanded(shown_version is not None
                                  and shown_version.project_id == project.id)
            item.setExpanded(project.id in (self.current_project,
                                            shown_version.project_id if shown_version else None))
        self.navigator.blockSignals(False)
        self._select_in_navigator()
        self._show_first_project_hint(not projects and not self.context.read_only)

    def _show_first_project_hint(self, show: bool) -> None:
        """Without a project the navigator lists a few rows: the hint comes right under them."""
        self.first_project.setVisible(show)
        rows = self.navigator.topLevelItemCount()
        height = self.navigator.sizeHintForRow(0) * rows + 2 * self.navigator.frameWidth() + 4
        self.navigator.setMaximumHeight(height if show and rows else UNLIMITED_HEIGHT)
        self.left_layout.setStretchFactor(self.navigator, 0 if show else 1)

    def _version_ids(self) -> tuple[int, ...]:
        return tuple(entry.id for entry in self.context.versions())

    def _add_pages(self, item: QTreeWidgetItem, project_id: int) -> None:
        for spec in PROJECT_PAGES:
            # a version keeps the project, not the record of the workbooks returned for it
            if spec.key == "returns" and self.context.is_version(project_id):
                continue
            QTreeWidgetItem(item, [spec.title()]).setData(0, PAGE_ROLE, (spec.key, project_id))

    def _select_in_navigator(self) -> None:
        wanted = (self.current_key,
                  None if self.current_key in WORKSPACE_KEYS else self.current_project)
        iterator = [self.navigator.topLevelItem(i)
                    for i in range(self.navigator.topLevelItemCount())]
        while iterator:
            item = iterator.pop(0)
            if item.data(0, PAGE_ROLE) == wanted and not (
                item.childCount() and wanted[0] == OVERVIEW
            ):
                self.navigator.blockSignals(True)
                if item.parent() is not None:
                    item.parent().setExpanded(True)
                self.navigator.setCurrentItem(item)
                self.navigator.blockSignals(False)
                return
            iterator.extend(item.child(i) for i in range(item.childCount()))

    def _navigator_moved(self, current: QTreeWidgetItem | None, _previous: Any) -> None:
        if current is None or current.data(0, PAGE_ROLE) is None:  # a group ("Versions")
            return
        key, project_id = current.data(0, PAGE_ROLE)
        self.show_page(key, project_id, from_navigator=True)

    def page(self, key: str) -> Page:
        if key not in self.pages:
            page = PAGE_SPECS[key].page_class()(self.context, self)
            page.apply_read_only(self.context.read_only)
            if key == CHECKS:
                page.navigate.connect(self._navigate_to_row)  # type: ignore[attr-defined]
            self.pages[key] = page
            self.page_stack.addWidget(page)
        return self.pages[key]

    def show_page(self, key: str, project_id: int | None, *,
                  from_navigator: bool = False) -> Page | None:
        if self.context.workspace is None:
            return None
        if key not in WORKSPACE_KEYS and self.context.is_version(project_id) and \
                not self.context.has_project(project_id):
            assert project_id is not None
            try:
                self.context.open_version(-project_id)
            except UserError as error:
                self.show_user_error(error_text(error))
        if key not in WORKSPACE_KEYS and not self.context.has_project(project_id):
            projects = self.context.projects()
            if not projects:
                key, project_id = DIRECTORY, None
            else:
                project_id = projects[0].id
        page = self.page(key)
        if key not in WORKSPACE_KEYS:
            self.current_project = project_id
            page.apply_read_only(self.context.is_read_only(project_id))
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
        menu.addAction(self._actions["new_project"])
        data = item.data(0, PAGE_ROLE) if item is not None else None
        if data is not None and self.context.is_version(data[1]):
            menu.addActions([self._actions[name] for name in
                             ("restore_version", "delete_version")])
        elif data is not None and data[0] not in WORKSPACE_KEYS:
            menu.addActions([self._actions[name] for name in
                             ("duplicate_project", "rename_project", "delete_project",
                              "new_scenario", "promote_scenario", "take_version")])
        menu.exec(self.navigator.viewport().mapToGlobal(position))

    def show_current_page(self, key: str) -> Page | None:
        """View > a page: of the project shown now (a workspace-wide page has none)."""
        return self.show_page(key, self.current_project)

    def focus_navigator(self) -> None:
        self.navigator.setFocus()

    def current_acronym(self) -> str:
        """The acronym of the project shown (of a version: "CIRCOMP@3")."""
        version = self.context.version_entry(self.current_project)
        if version is not None:
            return version.label
        return next((p.acronym for p in self.context.projects()
                     if p.id == self.current_project), "")

    # -- changes -----------------------------------------------------------------------------------

    def _changed(self, changes: Any) -> None:
        self.message_bar.hide()
        # an import or an export can keep a version as it goes: the navigator lists it too
        if changes.projects or self._version_ids() != self._listed_versions:
            self._fill_navigator()
            if self.current_key and self.current_key not in WORKSPACE_KEYS and \
                    not self.context.has_project(self.current_project):
                projects = self.context.projects()
                self.show_page(OVERVIEW if projects else DIRECTORY,
                               projects[0].id if projects else None)
        self._update_status()
        self._update_actions()

    def _update_status(self) -> None:
        from consortium_planner.ui.formatting import money_text

        project_id = self.current_project
        workspace = self.context.workspace
        version = self.context.version_entry(project_id)
        self.mode_label.setText(
            self.tr("Read-only: version {version} of {time}").format(
                version=version.label, time=datetime_text(version.local_time))
            if version is not None and self.current_key not in WORKSPACE_KEYS
            else self.tr("Read-only") if workspace is not None and workspace.read_only else "")
        if workspace is None or not self.context.has_project(project_id):
            for label in (self.total_label, self.eu_label, self.errors_label):
                label.setText("")
            return
        assert project_id is not None
        totals = self.context.snapshot(project_id).budget.totals
        self.total_label.setText(self.tr("Total eligible: {amount}").format(
            amount=money_text(totals["total_eligible"])))
        self.eu_label.setText(self.tr("EU contribution: {amount}").format(
            amount=money_text(totals["eu_contribution"])))
        # the checks run once the window has painted: their count can wait a moment
        QTimer.singleShot(0, self._update_error_count)

    def _update_error_count(self) -> None:
        project_id = self.current_project
        if self.context.workspace is None or project_id is None or \
                not self.context.has_project(project_id):
            return
        from consortium_planner.ui.views.checks import severity_of

        findings = self.context.findings(project_id)
        errors = sum(1 for finding in findings if severity_of(finding) == "error")
        self.errors_label.setText((self.tr("1 error") if errors == 1
                                   else self.tr("{count} errors")).format(count=errors))
        self.errors_label.setStyleSheet("color: #b00020;" if errors else "")

    def show_user_error(self, text: str) -> None:
        self.message_bar.show_message(text)
        if self.reporter.no_err_windows:
            import sys

            print(f"consortium-planner: {text}", file=sys.stderr)

    def show_file_notice(self, path: Path, text: str) -> None:
        self.statusBar().clearMessage()
        self.file_notice.show_file(path, text)

    # -- the Edit menu on the focused table ------------------------------------------------------

    def focused_section(self) -> TableSection | None:
        widget = QApplication.focusWidget()
        while widget is not None:
            if isinstance(widget, TableSection):
                return widget
            widget = widget.parentWidget()
        return None

    def on_focused_table(self, operation: str) -> None:
        """Edit > Add row, Remove, Copy, Paste, Find: on the table with the focus (or, to add,
        paste or find, the page's first visible table)."""
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

    # -- drag and drop ---------------------------------------------------------------------------

    def _dropped_file(self, event: QDragEnterEvent | QDropEvent) -> Path | None:
        """The first local file the window can take (open or import) now."""
        for url in event.mimeData().urls():
            if url.isLocalFile() and file_imports.can_take(self, Path(url.toLocalFile())):
                return Path(url.toLocalFile())
        return None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if self._dropped_file(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        path = self._dropped_file(event)
        if path is None:
            return
        event.acceptProposedAction()
        QTimer.singleShot(0, lambda: file_imports.open_file(self, path))

    # -- settings ----------------------------------------------------------------------------------

    def last_folder(self) -> str:
        """Where the file dialogs start: the folder the user last chose a file in."""
        folder = self.context.settings.value("last_folder", "")
        return str(folder) if folder else str(Path.home())

    def remember_folder(self, path: str) -> None:
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
        self.jobs.cancel_all()
        self.finish_edit()
        self.save_settings()
        self.context.close_workspace()
        super().closeEvent(event)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(1280, 800)

    def about(self) -> None:
        from consortium_planner import __version__

        box_text = self.tr("Consortium Planner {version}\n\nPlan interregional consortia, work "
                           "plans and budgets for EU innovation calls, offline.").format(
            version=__version__)
        if self.reporter.no_err_windows:
            self.statusBar().showMessage(box_text.replace("\n", " "), 8000)
            return
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About Consortium Planner"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(box_text)
        box.exec()
