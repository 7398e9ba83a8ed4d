"""The window's pages, registered in one place: key, navigator label, shortcut, scope and where
the page class lives.

A page's module is imported the first time the page is shown (the dashboard imports pyqtgraph
then), so a window with a large workspace opens as fast as a small one.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

if TYPE_CHECKING:
    from consortium_planner.ui.views.base import Page

DIRECTORY = "directory"
REGIONS = "regions"
OVERVIEW = "overview"
CHECKS = "checks"
COMPARE = "compare"


@dataclass(frozen=True)
class PageSpec:
    key: str
    label: str  # in the navigator and the View menu, in English: `title()` translates it
    shortcut: str
    module: str  # under consortium_planner.ui.views
    class_name: str
    workspace_wide: bool = False  # the directory and regions; the others show one project

    def title(self) -> str:
        """The label in the window's language."""
        return QCoreApplication.translate("pages", self.label)

    def page_class(self) -> type[Page]:
        module = importlib.import_module(f"consortium_planner.ui.views.{self.module}")
        page_class: type[Page] = getattr(module, self.class_name)
        return page_class


PAGES: tuple[PageSpec, ...] = (
    PageSpec(DIRECTORY, QT_TRANSLATE_NOOP("pages", "Partner directory"),
             "Ctrl+1", "directory", "DirectoryPage",
             workspace_wide=True),
    PageSpec(REGIONS, QT_TRANSLATE_NOOP("pages", "Regions"),
             "Ctrl+9", "regions", "RegionsPage", workspace_wide=True),
    PageSpec(COMPARE, QT_TRANSLATE_NOOP("pages", "Compare"),
             "Ctrl+Alt+C", "compare", "ComparePage", workspace_wide=True),
    PageSpec(OVERVIEW, QT_TRANSLATE_NOOP("pages", "Overview"),
             "Ctrl+2", "overview", "OverviewPage"),
    PageSpec("consortium", QT_TRANSLATE_NOOP("pages", "Consortium"),
             "Ctrl+3", "consortium", "ConsortiumPage"),
    PageSpec("work_plan", QT_TRANSLATE_NOOP("pages", "Work plan"),
             "Ctrl+4", "work_plan", "WorkPlanPage"),
    PageSpec("effort", QT_TRANSLATE_NOOP("pages", "Effort matrix"),
             "Ctrl+5", "effort", "EffortPage"),
    PageSpec("budget", QT_TRANSLATE_NOOP("pages", "Budget"), "Ctrl+6", "budget", "BudgetPage"),
    PageSpec("value_chain", QT_TRANSLATE_NOOP("pages", "Value chain"),
             "Ctrl+Alt+V", "value_chain", "ValueChainPage"),
    PageSpec(CHECKS, QT_TRANSLATE_NOOP("pages", "Checks"), "Ctrl+7", "checks", "ChecksPage"),
    PageSpec("dashboard", QT_TRANSLATE_NOOP("pages", "Dashboard"),
             "Ctrl+8", "dashboard", "DashboardPage"),
    PageSpec("returns", QT_TRANSLATE_NOOP("pages", "Returns"),
             "Ctrl+Alt+9", "returns", "ReturnsPage"),
)
PAGE_SPECS = {spec.key: spec for spec in PAGES}
WORKSPACE_PAGES = tuple(spec for spec in PAGES if spec.workspace_wide)
PROJECT_PAGES = tuple(spec for spec in PAGES if not spec.workspace_wide)
WORKSPACE_KEYS = frozenset(spec.key for spec in WORKSPACE_PAGES)
