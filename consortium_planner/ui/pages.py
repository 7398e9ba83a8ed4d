"""The window's pages, registered in one place: key, navigator label, shortcut, scope and where
the page class lives.

A page's module is imported the first time the page is shown (the dashboard imports pyqtgraph
then), so a window with a large workspace opens as fast as a small one.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

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
    label: str  # in the navigator and the View menu
    shortcut: str
    module: str  # under consortium_planner.ui.views
    class_name: str
    workspace_wide: bool = False  # the directory and regions; the others show one project

    def page_class(self) -> type[Page]:
        module = importlib.import_module(f"consortium_planner.ui.views.{self.module}")
        page_class: type[Page] = getattr(module, self.class_name)
        return page_class


PAGES: tuple[PageSpec, ...] = (
    PageSpec(DIRECTORY, "Partner directory", "Ctrl+1", "directory", "DirectoryPage",
             workspace_wide=True),
    PageSpec(REGIONS, "Regions", "Ctrl+9", "regions", "RegionsPage", workspace_wide=True),
    PageSpec(COMPARE, "Compare", "Ctrl+Alt+C", "compare", "ComparePage", workspace_wide=True),
    PageSpec(OVERVIEW, "Overview", "Ctrl+2", "overview", "OverviewPage"),
    PageSpec("consortium", "Consortium", "Ctrl+3", "consortium", "ConsortiumPage"),
    PageSpec("work_plan", "Work plan", "Ctrl+4", "work_plan", "WorkPlanPage"),
    PageSpec("effort", "Effort matrix", "Ctrl+5", "effort", "EffortPage"),
    PageSpec("budget", "Budget", "Ctrl+6", "budget", "BudgetPage"),
    PageSpec("value_chain", "Value chain", "Ctrl+Alt+V", "value_chain", "ValueChainPage"),
    PageSpec(CHECKS, "Checks", "Ctrl+7", "checks", "ChecksPage"),
    PageSpec("dashboard", "Dashboard", "Ctrl+8", "dashboard", "DashboardPage"),
    PageSpec("returns", "Returns", "Ctrl+Alt+9", "returns", "ReturnsPage"),
)
PAGE_SPECS = {spec.key: spec for spec in PAGES}
WORKSPACE_PAGES = tuple(spec for spec in PAGES if spec.workspace_wide)
PROJECT_PAGES = tuple(spec for spec in PAGES if not spec.workspace_wide)
WORKSPACE_KEYS = frozenset(spec.key for spec in WORKSPACE_PAGES)
