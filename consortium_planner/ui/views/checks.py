"""The checks panel: the eligibility checks' findings for the project, live; Enter or a
double-click on a finding opens the row it concerns."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from consortium_planner.rules.engine import in_language
from consortium_planner.ui.language import window_language
from consortium_planner.ui.table_model import Column, RecordTableModel
from consortium_planner.ui.table_section import TableSection
from consortium_planner.ui.views.base import Page
from consortium_planner.ui.widgets import plain_label

if TYPE_CHECKING:
    from consortium_planner.app import AppContext
    from consortium_planner.services.editing import Changes

SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}

translate = QCoreApplication.translate


def severity_label(severity: str) -> str:
    """A finding's severity as the window's language names it."""
    labels = {"error": translate("ChecksPage", "Error"),
              "warning": translate("ChecksPage", "Warning"),
              "info": translate("ChecksPage", "Info")}
    return labels.get(severity, severity.capitalize())


def severity_of(finding: Any) -> str:
    severity = getattr(finding, "severity", "")
    return str(getattr(severity, "value", severity)).lower()


@dataclass(frozen=True)
class FindingRow:
    id: int
    finding: Any

    @property
    def severity(self) -> str:
        return severity_of(self.finding)

    def numbers(self, name: str) -> tuple[int, ...]:
        return tuple(getattr(self.finding, name, ()) or ())


def finding_columns() -> list[Column]:
    return [
        Column("", translate("ChecksPage", "Severity"), lambda r: SEVERITY_ORDER.get(r.severity, 3),
               text=lambda r: severity_label(r.severity), width=80),
        Column("", translate("ChecksPage", "Check"), lambda r: str(getattr(r.finding, "rule", "")),
               width=160),
        Column("", translate("ChecksPage", "Finding"), lambda r: str(getattr(r.finding, "message",
                                                                             "")),
               tooltip=lambda r: str(getattr(r.finding, "message", "")), width=420),
        Column("", translate("ChecksPage", "How to fix it"), lambda r: str(getattr(r.finding, "fix",
                                                                                   "") or ""),
               tooltip=lambda r: str(getattr(r.finding, "fix", "") or ""), width=320),
        Column("", translate("ChecksPage", "Concerns"), lambda r: ", ".join(
            [f"P{n}" for n in r.numbers("participants")]
            + [f"WP{n}" for n in r.numbers("work_packages")]), width=100),
    ]


class ChecksPage(Page):
    title = "Checks"
    # page key, kind, row id: the main window shows that page and selects the row
    navigate = Signal(str, str, int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = RecordTableModel(finding_columns(), row_id=lambda r: r.id, parent=self)
        self.table = TableSection("checks", self.tr("Findings"), self.model, context.settings,
                                  parent=self)
        self.table.activated.connect(lambda _index: self.open_current())
        self.summary = plain_label("", self, wrap=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

    def relevant(self, changes: Changes) -> bool:
        return True

    def reload(self) -> None:
        assert self.project_id is not None
        findings = in_language(self.context.findings(self.project_id), window_language())
        rows = [FindingRow(position, finding) for position, finding in enumerate(findings)]
        rows.sort(key=lambda r: SEVERITY_ORDER.get(r.severity, 3))
        counts = {name: sum(1 for r in rows if r.severity == name) for name in SEVERITY_ORDER}
        if not rows:
            self.summary.setText(
                self.tr("No findings: the project meets every rule the checks know."))
        else:
            self.summary.setText(self.tr(
                "{errors}, {warnings}, {notes}. Press Enter or double-click a finding to go to "
                "what it concerns.").format(
                    errors=self.tr("%n error(s)", "", counts["error"]),
                    warnings=self.tr("%n warning(s)", "", counts["warning"]),
                    notes=self.tr("%n note(s)", "", counts["info"])))
        self.model.set_rows(rows)

    def sections(self) -> list:
        return [self.table]

    def open_current(self) -> None:
        row = self.table.current_row()
        if row is None or self.project_id is None:
            return
        snapshot = self.context.snapshot(self.project_id)
        for number in row.numbers("work_packages"):
            work_package = snapshot.work_package(number)
            if work_package is not None:
                self.navigate.emit("work_plan", "work_package", work_package.id)
                return
        for number in row.numbers("participants"):
            participant = snapshot.participant(number)
            if participant is not None:
                self.navigate.emit("consortium", "participant", participant.id)
                return
        rule = str(getattr(row.finding, "rule", ""))
        page = "budget" if any(word in rule for word in ("budget", "contribution", "cost")) \
            else "overview"
        self.navigate.emit(page, "", 0)
