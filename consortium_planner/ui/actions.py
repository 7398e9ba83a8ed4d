"""Every command of the window in one table (as Picard's action registry): name, menu text,
shortcuts, status tip, what it does and when it is enabled; and the menus that show them.

Handlers name a feature module's function (`feature("projects", "new_project")`), imported when
first triggered, so start-up does not load printing or the exporters. The window builds one
`QAction` per entry and re-evaluates `enabled_when` whenever the workspace, the project or the
read-only state changes.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction, QKeySequence

from consortium_planner.ui.exports import EXPORT_KINDS
from consortium_planner.ui.pages import PAGES, PageSpec

if TYPE_CHECKING:
    from consortium_planner.ui.main_window import MainWindow

Shortcut = str | QKeySequence.StandardKey
Handler = Callable[["MainWindow"], object]
keys = QKeySequence.StandardKey


@dataclass(frozen=True)
class WindowState:
    """What decides which actions are enabled."""

    has_workspace: bool
    editable: bool  # a workspace open for writing
    has_project: bool  # a project (or a version of one) is shown
    version_shown: bool = False  # a frozen version of a project is shown, read-only


EnabledWhen = Callable[[WindowState], bool]


def workspace_open(state: WindowState) -> bool:
    return state.has_workspace


def editable(state: WindowState) -> bool:
    return state.editable


def project_shown(state: WindowState) -> bool:
    return state.has_project


def project_editable(state: WindowState) -> bool:
    return state.editable and state.has_project and not state.version_shown


def version_editable(state: WindowState) -> bool:
    """A version is shown in a workspace open for writing (restore or delete it)."""
    return state.editable and state.version_shown


def feature(module: str, function: str, *args: object) -> Handler:
    """A function of a feature module under `ui/`, called with the window (and `args`)."""
    def handler(window: MainWindow) -> object:
        target = getattr(importlib.import_module(f"consortium_planner.ui.{module}"), function)
        return target(window, *args)

    return handler


def method(name: str, *args: object) -> Handler:
    """A method of the window itself (routing: pages, the focused table, the workspace)."""
    return lambda window: getattr(window, name)(*args)


@dataclass(frozen=True)
class ActionSpec:
    """Texts are in English, marked for context "actions"; the window translates them."""

    name: str
    text: str
    handler: Handler | None = None  # None when `make` provides a working action
    shortcuts: tuple[Shortcut, ...] = ()
    enabled_when: EnabledWhen | None = None  # None: always (or as Qt keeps it, for `make`)
    tip: str = ""
    make: Callable[[MainWindow], QAction] | None = None  # an action Qt provides
    role: QAction.MenuRole | None = None
    context: str = "actions"  # where the translations of `text` and `tip` are


def _page_action(spec: PageSpec) -> ActionSpec:
    needs = workspace_open if spec.workspace_wide else project_shown
    return ActionSpec(f"page_{spec.key}", spec.label, method("show_current_page", spec.key),
                      (spec.shortcut,), needs, context="pages")


ACTIONS: tuple[ActionSpec, ...] = (
    # File
    ActionSpec("new_workspace", QT_TRANSLATE_NOOP("actions", "&New workspace…"),
               feature("workspace_files", "new_workspace"),
               (keys.New,)),
    ActionSpec("open_workspace", QT_TRANSLATE_NOOP("actions", "&Open workspace…"),
               feature("workspace_files", "choose_workspace"), (keys.Open,)),
    ActionSpec("open_team_workspace", QT_TRANSLATE_NOOP("actions", "Open &team workspace…"),
               feature("team_workspace", "open_team_workspace"),
               tip=QT_TRANSLATE_NOOP("actions",
                                     "Open a workspace shared on a PostgreSQL server")),
    ActionSpec("open_demo", QT_TRANSLATE_NOOP("actions", "Open the &demo workspace"),
               feature("workspace_files", "open_demo")),
    ActionSpec("save_copy", QT_TRANSLATE_NOOP("actions", "Save a cop&y…"),
               feature("workspace_files", "save_copy"),
               ("Ctrl+Shift+S",), workspace_open),
    *(ActionSpec(f"export_{kind.key}", kind.label, feature("exports", "export", kind),
                 (kind.shortcut,) if kind.shortcut else (), project_shown)
      for kind in EXPORT_KINDS),
    ActionSpec("print_preview", QT_TRANSLATE_NOOP("actions", "Print pre&view…"),
               feature("printing", "print_summary", True),
               ("Ctrl+Shift+P",), project_shown),
    ActionSpec("print", QT_TRANSLATE_NOOP("actions", "&Print…"),
               feature("printing", "print_summary", False), (keys.Print,),
               project_shown),
    ActionSpec("import_organisations", QT_TRANSLATE_NOOP("actions", "&Import organisations…"),
               feature("file_imports", "import_organisations"), ("Ctrl+I",), editable,
               tip=QT_TRANSLATE_NOOP(
                   "actions", "Read an organisation list (xlsx, xlsm, ods, csv) into the partner "
                              "directory")),
    ActionSpec("import_region_categories",
               QT_TRANSLATE_NOOP("actions", "Import region cate&gories…"),
               feature("file_imports", "import_region_categories"), (), editable,
               tip=QT_TRANSLATE_NOOP(
                   "actions", "Read a table of NUTS 2 codes and their region categories (CSV)")),
    ActionSpec("close_workspace", QT_TRANSLATE_NOOP("actions", "&Close workspace"),
               method("close_workspace"), (keys.Close,),
               workspace_open),
    ActionSpec("quit", QT_TRANSLATE_NOOP("actions", "&Quit"), method("close"), ("Ctrl+Q",),
               role=QAction.MenuRole.QuitRole),
    # Edit
    ActionSpec("undo", QT_TRANSLATE_NOOP("actions", "&Undo"), shortcuts=(keys.Undo,),
               make=lambda window: window.context.undo_stack.createUndoAction(window, "&Undo")),
    ActionSpec("redo", QT_TRANSLATE_NOOP("actions", "&Redo"), shortcuts=("Ctrl+Shift+Z", keys.Redo),
               make=lambda window: window.context.undo_stack.createRedoAction(window, "&Redo")),
    ActionSpec("add_row", QT_TRANSLATE_NOOP("actions", "&Add row"),
               method("on_focused_table", "add"), ("Ins",), editable),
    ActionSpec("remove_rows", QT_TRANSLATE_NOOP("actions", "Re&move selected rows"),
               method("on_focused_table", "remove"),
               ("Del",), editable),
    ActionSpec("copy", QT_TRANSLATE_NOOP("actions", "&Copy"),
               method("on_focused_table", "copy"), (keys.Copy,),
               workspace_open),
    ActionSpec("paste", QT_TRANSLATE_NOOP("actions", "&Paste"),
               method("on_focused_table", "paste"), (keys.Paste,), editable),
    ActionSpec("find", QT_TRANSLATE_NOOP("actions", "&Find in table"),
               method("on_focused_table", "find"), (keys.Find,),
               workspace_open),
    ActionSpec("find_duplicates", QT_TRANSLATE_NOOP("actions", "Find &duplicate organisations…"),
               feature("duplicates", "show_duplicates"), ("Ctrl+Shift+F",), workspace_open,
               tip=QT_TRANSLATE_NOOP(
                   "actions", "Group likely duplicates of the partner directory, merge or "
                              "dismiss them")),
    ActionSpec("organisation_history", QT_TRANSLATE_NOOP("actions", "Organisation h&istory…"),
               feature("history", "show_organisation_history"), (), workspace_open,
               tip=QT_TRANSLATE_NOOP(
                   "actions", "Who changed what of the organisation chosen in the partner "
                              "directory")),
    # Project
    ActionSpec("new_project", QT_TRANSLATE_NOOP("actions", "&New project…"),
               feature("projects", "new_project"),
               ("Ctrl+Shift+N",), editable),
    ActionSpec("duplicate_project", QT_TRANSLATE_NOOP("actions", "&Duplicate project (what-if)…"),
               feature("projects", "duplicate_project"), ("Ctrl+Shift+D",), project_editable),
    ActionSpec("rename_project", QT_TRANSLATE_NOOP("actions", "&Rename project…"),
               feature("projects", "rename_project"),
               ("Ctrl+Shift+R",), project_editable),
    ActionSpec("delete_project", QT_TRANSLATE_NOOP("actions", "De&lete project…"),
               feature("projects", "delete_project"),
               ("Ctrl+Shift+Del",), project_editable),
    ActionSpec("new_scenario", QT_TRANSLATE_NOOP("actions", "New &scenario…"),
               feature("scenarios", "new_scenario"), (),
               project_editable, tip=QT_TRANSLATE_NOOP(
                   "actions", "Copy the project as a what-if scenario of its proposal")),
    ActionSpec("promote_scenario", QT_TRANSLATE_NOOP("actions", "Make &main project"),
               feature("scenarios", "promote_scenario"),
               (), project_editable, tip=QT_TRANSLATE_NOOP(
                   "actions", "Make this scenario the main project of its proposal")),
    ActionSpec("take_version", QT_TRANSLATE_NOOP("actions", "&Take a version…"),
               feature("scenarios", "take_version"),
               ("Ctrl+Shift+K",), project_editable,
               tip=QT_TRANSLATE_NOOP(
                   "actions", "Keep the project as it is now, with a note (\"sent to partners "
                              "on 3 May\")")),
    ActionSpec("restore_version", QT_TRANSLATE_NOOP("actions", "Restore version as scenario…"),
               feature("scenarios", "restore_version"), (), version_editable,
               tip=QT_TRANSLATE_NOOP(
                   "actions", "Make the version shown a new scenario of its proposal")),
    ActionSpec("delete_version", QT_TRANSLATE_NOOP("actions", "Delete version…"),
               feature("scenarios", "delete_version"), (),
               version_editable),
    ActionSpec("project_history", QT_TRANSLATE_NOOP("actions", "Project &history…"),
               feature("history", "show_project_history"), ("Ctrl+Shift+H",), project_shown,
               tip=QT_TRANSLATE_NOOP(
                   "actions", "Who changed what in this project, and when (the edit log)")),
    ActionSpec("partner_workbooks", QT_TRANSLATE_NOOP("actions", "Partner &workbooks…"),
               feature("partner_workbooks", "generate_partner_workbooks"), ("Ctrl+Shift+W",),
               project_shown, tip=QT_TRANSLATE_NOOP(
                   "actions", "Write the workbook each partner fills in and sends back")),
    ActionSpec("import_returns", QT_TRANSLATE_NOOP("actions", "&Import returned workbooks…"),
               feature("partner_workbooks", "import_returned_workbooks"), ("Ctrl+Shift+I",),
               project_editable,
               tip=QT_TRANSLATE_NOOP(
                   "actions", "Show what the returned partner workbooks change, then apply them")),
    ActionSpec("export_comparison_pdf", QT_TRANSLATE_NOOP("actions", "Compare report as PD&F…"),
               feature("views.compare", "export_comparison", "pdf"), (), workspace_open,
               tip=QT_TRANSLATE_NOOP(
                   "actions", "Write what differs between the projects the Compare page "
                              "shows (PDF)")),
    ActionSpec("export_comparison_xlsx",
               QT_TRANSLATE_NOOP("actions", "Compare report as E&xcel…"),
               feature("views.compare", "export_comparison", "xlsx"), (), workspace_open,
               tip=QT_TRANSLATE_NOOP(
                   "actions", "Write the comparison the Compare page shows, deltas as live "
                              "formulas")),
    # View
    ActionSpec("navigator", QT_TRANSLATE_NOOP("actions", "&Navigator"),
               method("focus_navigator"), ("Ctrl+0",),
               workspace_open),
    *(_page_action(spec) for spec in PAGES),
    ActionSpec("undo_history", QT_TRANSLATE_NOOP("actions", "Undo &history"), shortcuts=("Ctrl+H",),
               make=lambda window: window.undo_dock.toggleViewAction()),
    # Help
    ActionSpec("about", QT_TRANSLATE_NOOP("actions", "&About Consortium Planner"), method("about")),
)
ACTION_SPECS = {spec.name: spec for spec in ACTIONS}


@dataclass(frozen=True)
class MenuSpec:
    """A menu: action names, None for a separator, or submenus. A menu without items is
    filled by the window when it is about to show (the recent files)."""

    name: str
    title: str
    items: tuple[str | MenuSpec | None, ...]
    enabled_when: EnabledWhen | None = None


MENUS: tuple[MenuSpec, ...] = (
    MenuSpec("file", QT_TRANSLATE_NOOP("actions", "&File"), (
        "new_workspace", "open_workspace", "open_team_workspace", MenuSpec(
            "recent", QT_TRANSLATE_NOOP("actions", "Open &recent"), ()), "open_demo",
        None,
        "save_copy",
        MenuSpec("export", QT_TRANSLATE_NOOP("actions", "&Export"),
            tuple(f"export_{kind.key}" for kind in EXPORT_KINDS),
                 project_shown),
        "print_preview", "print",
        None,
        "import_organisations", "import_region_categories",
        None,
        "close_workspace", "quit",
    )),
    MenuSpec("edit", QT_TRANSLATE_NOOP("actions", "&Edit"), (
        "undo", "redo", None, "add_row", "remove_rows", None, "copy", "paste", "find",
        None, "find_duplicates", "organisation_history",
    )),
    MenuSpec("project", QT_TRANSLATE_NOOP("actions", "&Project"), (
        "new_project", "duplicate_project", "rename_project", "delete_project",
        None,
        "new_scenario", "promote_scenario", "take_version", "restore_version", "delete_version",
        "project_history",
        None,
        "partner_workbooks", "import_returns",
        None,
        "page_compare", "export_comparison_pdf", "export_comparison_xlsx",
    )),
    MenuSpec("view", QT_TRANSLATE_NOOP("actions", "&View"), (
        "navigator", None, *(f"page_{spec.key}" for spec in PAGES), None, "undo_history",
        None, MenuSpec("language", QT_TRANSLATE_NOOP("actions", "&Language"), ()),
    )),
    MenuSpec("help", QT_TRANSLATE_NOOP("actions", "&Help"), ("about",)),
)
