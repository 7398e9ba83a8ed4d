"""The work plan: work packages, tasks, deliverables and milestones, one tab each."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from consortium_planner.domain.project import ProjectSnapshot, WorkPackageInfo
from consortium_planner.services.errors import UserError
from consortium_planner.ui import choices
from consortium_planner.ui.commands import AddCommand, NumbersCommand
from consortium_planner.ui.formatting import months_text
from consortium_planner.ui.table_model import Column, Editor, RecordTableModel
from consortium_planner.ui.table_section import TableSection
from consortium_planner.ui.views.base import Page, RowEditing

if TYPE_CHECKING:
    from consortium_planner.app import AppContext
    from consortium_planner.services.editing import Changes, RowToAdd

translate = QCoreApplication.translate


@dataclass(frozen=True)
class PlanRow:
    """A work plan item with what its row needs from the rest of the snapshot."""

    item: Any  # WorkPackageInfo, TaskInfo, DeliverableInfo or MilestoneInfo
    work_package: WorkPackageInfo | None
    lead_id: int | None
    extra: Any = None  # person-months of a WP; WP ids of a milestone

    @property
    def id(self) -> int:
        return self.item.id


class PlanContext:
    """Lookups the columns need, refreshed from each new snapshot."""

    def __init__(self) -> None:
        self.snapshot: ProjectSnapshot | None = None
        self.participant_choices: list[tuple[str, Any]] = []
        self.work_package_choices: list[tuple[str, Any]] = []
        self.participant_ids: dict[int, int] = {}
        self.work_package_ids: dict[int, int] = {}

    def update(self, snapshot: ProjectSnapshot) -> None:
        self.snapshot = snapshot
        self.participant_ids = {p.number: p.id for p in snapshot.participants}
        self.work_package_ids = {w.number: w.id for w in snapshot.work_packages}
        self.participant_choices = [
            (f"P{p.number} {p.short_name}", p.id) for p in snapshot.participants
        ]
        self.work_package_choices = [
            (f"WP{w.number} {w.title}".strip(), w.id) for w in snapshot.work_packages
        ]

    def duration(self) -> int:
        return self.snapshot.project.duration_months if self.snapshot else 120

    def lead_label(self, lead_id: int | None) -> str:
        return choices.label_of(self.participant_choices, lead_id) if lead_id else ""

    def work_package_numbers(self, text: str, _row: Any = None) -> list[int]:
        """'WP1, 3' or '1 3' -> work package ids; ValueError naming an unknown number."""
        ids = []
        for token in re.split(r"[,;\s]+", text.strip()):
            if not token:
                continue
            digits = token.upper().removeprefix("WP")
            if not digits.isdigit() or int(digits) not in self.work_package_ids:
                raise ValueError(translate("WorkPlanPage", "there is no work package {token}")
                                 .format(token=repr(token)))
            ids.append(self.work_package_ids[int(digits)])
        return ids


def _month_column(key: str, title: str, plan: PlanContext,
                  value: Callable[[PlanRow], int]) -> Column:
    return Column(key, title, value, text=lambda r: f"M{value(r)}",
                  editor=Editor("month", maximum=plan.duration), numeric=True, width=60)


def _lead_column(plan: PlanContext) -> Column:
    return Column("lead_participant_id", translate("WorkPlanPage", "Lead"), lambda r: r.lead_id,
                  text=lambda r: plan.lead_label(r.lead_id),
                  editor=Editor("choice", choices=lambda _r: plan.participant_choices,
                                optional=True), width=140)


def _text(key: str, title: str, width: int = 0) -> Column:
    return Column(key, title, lambda r: getattr(r.item, key), editor=Editor("text"), width=width)


def _number() -> Column:
    return Column("number", translate("WorkPlanPage", "No."), lambda r: r.item.number,
                  editor=Editor("integer", minimum=1),
                  numeric=True, width=45)


def work_package_columns(plan: PlanContext) -> list[Column]:
    return [
        Column("number", translate("WorkPlanPage", "WP"), lambda r: r.item.number,
               text=lambda r: f"WP{r.item.number}",
               editor=Editor("integer", minimum=1), numeric=True, width=50),
        _text("title", translate("WorkPlanPage", "Title"), 260),
        _lead_column(plan),
        _month_column("start_month", translate("WorkPlanPage", "Start"), plan,
                      lambda r: r.item.start_month),
        _month_column("end_month", translate("WorkPlanPage", "End"), plan,
                      lambda r: r.item.end_month),
        Column("", translate("WorkPlanPage", "Person-months"), lambda r: r.extra,
               text=lambda r: months_text(r.extra),
               numeric=True, width=100),
        Column("", translate("WorkPlanPage", "Tasks"), lambda r: len(r.item.tasks), numeric=True,
               width=50),
        Column("", translate("WorkPlanPage", "Deliverables"), lambda r: len(r.item.deliverables),
               numeric=True, width=80),
        _text("objectives", translate("WorkPlanPage", "Objectives"), 260),
    ]


def task_columns(plan: PlanContext) -> list[Column]:
    return [
        Column("", translate("WorkPlanPage", "Task"), lambda r: (r.work_package.number,
                                                                 r.item.number),
               text=lambda r: f"T{r.work_package.number}.{r.item.number}", width=55),
        _number(),
        _text("title", translate("WorkPlanPage", "Title"), 260),
        _lead_column(plan),
        _month_column("start_month", translate("WorkPlanPage", "Start"), plan,
                      lambda r: r.item.start_month),
        _month_column("end_month", translate("WorkPlanPage", "End"), plan,
                      lambda r: r.item.end_month),
        _text("description", translate("WorkPlanPage", "Description"), 260),
    ]


def deliverable_columns(plan: PlanContext) -> list[Column]:
    return [
        Column("", translate("WorkPlanPage", "Code"), lambda r: (r.item.work_package,
                                                                 r.item.number),
               text=lambda r: r.item.code, width=55),
        Column("work_package_id", translate("WorkPlanPage", "Work package"),
               lambda r: r.work_package.id,
               text=lambda r: choices.label_of(plan.work_package_choices, r.work_package.id),
               editor=Editor("choice", choices=lambda _r: plan.work_package_choices), width=160),
        _number(),
        _text("title", translate("WorkPlanPage", "Title"), 240),
        _lead_column(plan),
        Column("type", translate("WorkPlanPage", "Type"), lambda r: r.item.type,
               editor=Editor("choice", choices=lambda _r: choices.deliverable_types()), width=60),
        Column("dissemination", translate("WorkPlanPage", "Dissemination"),
               lambda r: r.item.dissemination,
               editor=Editor("choice", choices=lambda _r: choices.dissemination_levels()),
               width=90),
        _month_column("due_month", translate("WorkPlanPage", "Due"), plan,
                      lambda r: r.item.due_month),
        _text("description", translate("WorkPlanPage", "Description"), 240),
    ]


def milestone_columns(plan: PlanContext) -> list[Column]:
    return [
        Column("number", translate("WorkPlanPage", "MS"), lambda r: r.item.number,
               text=lambda r: r.item.code,
               editor=Editor("integer", minimum=1), numeric=True, width=50),
        _text("title", translate("WorkPlanPage", "Title"), 260),
        Column("work_package_ids", translate("WorkPlanPage", "Work packages"),
               lambda r: tuple(plan.work_package_ids[n] for n in r.item.work_packages),
               text=lambda r: ", ".join(f"WP{n}" for n in r.item.work_packages),
               editor=Editor("choices", choices=lambda _r: plan.work_package_choices),
               parse=plan.work_package_numbers, width=120),
        _month_column("due_month", translate("WorkPlanPage", "Due"), plan,
                      lambda r: r.item.due_month),
        _text("verification", translate("WorkPlanPage", "Means of verification"), 300),
    ]


class WorkPlanPage(Page):
    title = "Work plan"
    KINDS = ("work_package", "task", "deliverable", "milestone")

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.plan = PlanContext()
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Work plan tables"))
        specs = (
            ("work_package", self.tr("Work packages"), self.tr("Add work package"),
             work_package_columns, self.add_work_package, lambda r: f"WP{r.item.number}"),
            ("task", self.tr("Tasks"), self.tr("Add task"), task_columns, self.add_task,
             lambda r: f"T{r.work_package.number}.{r.item.number}"),
            ("deliverable", self.tr("Deliverables"), self.tr("Add deliverable"),
             deliverable_columns, self.add_deliverable, lambda r: r.item.code),
            ("milestone", self.tr("Milestones"), self.tr("Add milestone"), milestone_columns,
             self.add_milestone, lambda r: r.item.code),
        )
        hints = {"work_package": self.tr(
            "No work packages yet. Add work package (or the Insert key) adds one; its tasks, "
            "deliverables and milestones go in the other tabs.")}
        self.tables: dict[str, TableSection] = {}
        for kind, title, add_text, columns, add, describe in specs:
            model = RecordTableModel(columns(self.plan), row_id=lambda r: r.id, parent=self)
            editing = RowEditing(context, kind, describe, place=self._placement(kind))
            section = TableSection(
                f"work_plan_{kind}", title, model, context.settings, add=add,
                add_text=add_text, remove=editing.remove,
                paste=editing.paste, empty_hint=hints.get(kind, ""), parent=self,
            )
            editing.bind(section)
            section.renumber_button = section.add_action_button(  # type: ignore[attr-defined]
                self.tr("Renumber"), lambda kind=kind: self.renumber(kind)
            )
            self.tables[kind] = section
            self.tabs.addTab(section, title)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    def relevant(self, changes: Changes) -> bool:
        return changes.work_plan or changes.participants or changes.project or changes.effort

    def reload(self) -> None:
        assert self.project_id is not None
        snapshot = self.context.snapshot(self.project_id)
        self.plan.update(snapshot)
        lead_id = self.plan.participant_ids.get
        months = {w.number: w.person_months for w in snapshot.budget.work_packages}
        wps = snapshot.work_packages
        self.tables["work_package"].model.set_rows([
            PlanRow(wp, wp, lead_id(wp.lead) if wp.lead else None, months.get(wp.number))
            for wp in wps
        ])
        self.tables["task"].model.set_rows([
            PlanRow(task, wp, lead_id(task.lead) if task.lead else None)
            for wp in wps for task in wp.tasks
        ])
        self.tables["deliverable"].model.set_rows([
            PlanRow(deliverable, wp, lead_id(deliverable.lead) if deliverable.lead else None)
            for wp in wps for deliverable in wp.deliverables
        ])
        self.tables["milestone"].model.set_rows([
            PlanRow(milestone, None, None) for milestone in snapshot.milestones
        ])

    def sections(self) -> list[TableSection]:
        return list(self.tables.values())

    def apply_read_only(self, read_only: bool) -> None:
        super().apply_read_only(read_only)
        for section in self.tables.values():
            section.renumber_button.setEnabled(not read_only)  # type: ignore[attr-defined]

    def select(self, kind: str, row_id: int) -> bool:
        section = self.tables.get(kind)
        if section is None:
            return False
        self.tabs.setCurrentWidget(section)
        return section.select_row_id(row_id)

    # -- adding ------------------------------------------------------------------------------------

    def _add(self, kind: str, create: Callable[[Any], Any], text: str, edit_key: str) -> None:
        command = AddCommand(self.context, kind, create, text)
        if self.context.execute(command):
            self.refresh()
            self.tabs.setCurrentWidget(self.tables[kind])
            self.tables[kind].select_row_id(command.created_id, edit_key, edit=True)

    def _current_work_package(self) -> int | None:
        """The package of the row selected in this tab, else in the WP tab, else the first."""
        for kind in (self._current_kind(), "work_package"):
            row = self.tables[kind].current_row()
            if row is not None and row.work_package is not None:
                return row.work_package.id
        snapshot = self.plan.snapshot
        if snapshot is None or not snapshot.work_packages:
            return None
        return snapshot.work_packages[0].id

    def _current_kind(self) -> str:
        for kind, section in self.tables.items():
            if self.tabs.currentWidget() is section:
                return kind
        return "work_package"

    def _placement(self, kind: str) -> Callable[[dict[str, Any]], RowToAdd]:
        """Where a pasted row of `kind` goes: work packages and milestones to this project,
        tasks and deliverables to the current work package unless the pasted line names one."""

        def place(values: dict[str, Any]) -> RowToAdd:
            from consortium_planner.services.editing import RowToAdd

            title = self._new_title(kind)
            if kind in ("work_package", "milestone"):
                assert self.project_id is not None
                return RowToAdd(self.project_id, {"title": title, **values})
            work_package_id = values.pop("work_package_id", None) or self._current_work_package()
            if work_package_id is None:
                raise UserError(self._belongs_to_one(kind))
            return RowToAdd(work_package_id, {"title": title, **values})

        return place

    def _new_title(self, kind: str) -> str:
        """The title a new row of `kind` starts with."""
        return {"work_package": self.tr("New work package"), "task": self.tr("New task"),
                "deliverable": self.tr("New deliverable"),
                "milestone": self.tr("New milestone")}[kind]

    def _belongs_to_one(self, kind: str) -> str:
        """Why a task or deliverable cannot be added before a work package."""
        if kind == "task":
            return self.tr("Add a work package first: tasks belong to one.")
        return self.tr("Add a work package first: deliverables belong to one.")

    def add_work_package(self) -> None:
        project_id = self.project_id
        title = self._new_title("work_package")
        self._add("work_package",
                  lambda service: service.add_work_package(project_id, {"title": title}),
                  self.tr("Add work package"), "title")

    def add_task(self) -> None:
        work_package_id = self._current_work_package()
        if work_package_id is None:
            self.context.user_error.emit(self._belongs_to_one("task"))
            return
        title = self._new_title("task")
        self._add("task", lambda service: service.add_task(work_package_id, {"title": title}),
                  self.tr("Add task"), "title")

    def add_deliverable(self) -> None:
        work_package_id = self._current_work_package()
        if work_package_id is None:
            self.context.user_error.emit(self._belongs_to_one("deliverable"))
            return
        title = self._new_title("deliverable")
        self._add("deliverable",
                  lambda service: service.add_deliverable(work_package_id, {"title": title}),
                  self.tr("Add deliverable"), "title")

    def add_milestone(self) -> None:
        project_id = self.project_id
        title = self._new_title("milestone")
        self._add("milestone",
                  lambda service: service.add_milestone(project_id, {"title": title}),
                  self.tr("Add milestone"), "title")

    def renumber(self, kind: str) -> None:
        texts = {"work_package": self.tr("Renumber work packages"),
                 "task": self.tr("Renumber tasks"),
                 "deliverable": self.tr("Renumber deliverables"),
                 "milestone": self.tr("Renumber milestones")}
        self.context.execute(NumbersCommand(
            self.context, kind, None, texts[kind], project_id=self.project_id
        ))

