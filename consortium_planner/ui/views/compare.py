"""The Compare page: 2 to 4 projects (scenarios, versions) side by side, the first the reference.

Every other side's cells are shaded where they differ from the reference (yellow changed, green
added, red removed) with the change beside the value; "Only what differs" (on by default) hides
the rest. The choices, the filter, the section list, the search and the table are reached with
Tab and their Alt mnemonics. The report buttons run the window's File actions, which write the
comparison shown here.

Sides come from `side_choices`: every project of the workspace by acronym, each followed by its
versions under the name the command line takes (ACRONYM@VERSION), shown with their date and note.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from consortium_planner.domain.compare import MAX_SIDES, SECTIONS, Comparison, Row
from consortium_planner.exporting import compare_text
from consortium_planner.ui.formatting import datetime_text, version_what
from consortium_planner.ui.language import window_language, window_wording
from consortium_planner.ui.table_model import Column, RecordTableModel
from consortium_planner.ui.table_section import TableSection
from consortium_planner.ui.views.base import Page
from consortium_planner.ui.widgets import plain_label

if TYPE_CHECKING:
    from consortium_planner.app import AppContext
    from consortium_planner.domain.project import ProjectSnapshot
    from consortium_planner.services.editing import Changes
    from consortium_planner.ui.main_window import MainWindow

FILLS = {"changed": "#FFF2CC", "added": "#E2EFDA", "removed": "#FCE4E4"}
INK = "#1F2933"
translate = QCoreApplication.translate


def side_titles() -> tuple[str, ...]:
    """The labels of the four lists (with their Alt mnemonics)."""
    return (translate("ComparePage", "&Reference"), translate("ComparePage", "Compare &with"),
            translate("ComparePage", "and (&3)"), translate("ComparePage", "and (&4)"))


def side_title(side: int) -> str:
    return translate("ComparePage", "Side {number}").format(number=side + 1)


@dataclass(frozen=True)
class SideChoice:
    """Something the page can compare: its label and how to read it (cached by the context)."""

    key: str  # the name the command line takes: ACRONYM or ACRONYM@VERSION
    snapshot: Callable[[], ProjectSnapshot]
    label: str = ""  # what the lists show; the key when empty

    @property
    def text(self) -> str:
        return self.label or self.key


def side_choices(context: AppContext) -> list[SideChoice]:
    """Every project of the workspace by acronym, each followed by its versions (newest first)
    as ACRONYM@N with their date and note. A version is named by the project's acronym now, as
    the command line finds it, even when the project was renamed since."""
    from consortium_planner.services.versions import VERSION_SEPARATOR

    choices = []
    for project in context.projects():
        choices.append(SideChoice(project.acronym,
                                  lambda project_id=project.id: context.snapshot(project_id)))
        for entry in context.versions(project.id):
            key = f"{project.acronym}{VERSION_SEPARATOR}{entry.number}"
            choices.append(SideChoice(
                key, lambda version_id=entry.id: context.snapshot(context.open_version(version_id)),
                f"{key} · {datetime_text(entry.local_time)} · {version_what(entry)}"))
    return choices


def side_text(row: Row, side: int) -> str:
    """The value and its change, in the window's language (exporting/compare_text words it)."""
    return compare_text.side_text(row, side, window_wording())


def compare_columns() -> list[Column]:
    columns = [
        Column("section", translate("ComparePage", "Section"), lambda r: SECTION_ORDER[r.section],
               text=lambda r: compare_text.section_titles(window_wording())[r.section], width=90),
        Column("item", translate("ComparePage", "Item"),
               lambda r: compare_text.item_text(r, window_wording()), width=170),
        Column("field", translate("ComparePage", "Field"),
               lambda r: compare_text.field_text(r, window_wording()),
               tooltip=lambda r: translate("ComparePage",
                                           "Computed from other figures") if r.derived else "",
               width=240),
    ]
    for side in range(MAX_SIDES):
        columns.append(Column(
            f"side{side}", side_title(side),
            lambda r, side=side: r.values[side] if side < len(r.values) else None,
            text=lambda r, side=side: side_text(r, side) if side < len(r.values) else "",
            tooltip=lambda r, side=side: r.details[side] if side < len(r.details) else "",
            width=200))
    return columns


SECTION_ORDER = {key: position for position, (key, _) in enumerate(SECTIONS)}


class CompareModel(RecordTableModel):
    """The rows of a comparison; a side's cell is shaded by how it differs from the reference."""

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole) \
                and index.isValid():
            side = index.column() - 3
            row = self.row_at(index.row())
            if 0 < side < len(row.values):
                fill = FILLS.get(row.status(side))
                if fill is not None:
                    colour = fill if role == Qt.ItemDataRole.BackgroundRole else INK
                    return QBrush(QColor(colour))
            return None
        return super().data(index, role)


class ComparePage(Page):
    title = "Compare"
    per_project = False

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.comparison: Comparison | None = None
        self.choices: list[SideChoice] = []
        self.side_boxes: list[QComboBox] = []
        grid = QGridLayout()
        for position, title in enumerate(side_titles()):
            box = QComboBox(self)
            box.setAccessibleName(title.replace("&", "").replace("(3)", "").replace("(4)",
                                                                                    "").strip())
            box.setMinimumContentsLength(14)
            label = QLabel(title, self)
            label.setBuddy(box)
            grid.addWidget(label, 0, position)
            grid.addWidget(box, 1, position)
            box.currentIndexChanged.connect(lambda _index: self.recompare())
            self.side_boxes.append(box)
        self.only_differences = QCheckBox(self.tr("&Only what differs"), self)
        self.only_differences.setChecked(True)
        self.only_differences.toggled.connect(lambda _on: self.show_rows())
        self.section = QComboBox(self)
        self.section.setAccessibleName(self.tr("Section"))
        self.section.addItem(self.tr("All sections"), "")
        for key, title in compare_text.section_titles(window_wording()).items():
            self.section.addItem(title, key)
        self.section.currentIndexChanged.connect(lambda _index: self.show_rows())
        section_label = QLabel(self.tr("Sec&tion"), self)
        section_label.setBuddy(self.section)
        self.pdf_button = QPushButton(self.tr("P&DF report…"), self)
        self.xlsx_button = QPushButton(self.tr("E&xcel workbook…"), self)
        self.pdf_button.clicked.connect(lambda: self._run_action("export_comparison_pdf"))
        self.xlsx_button.clicked.connect(lambda: self._run_action("export_comparison_xlsx"))
        controls = QHBoxLayout()
        controls.addLayout(grid, 1)
        filters = QHBoxLayout()
        filters.addWidget(self.only_differences)
        filters.addSpacing(16)
        filters.addWidget(section_label)
        filters.addWidget(self.section)
        filters.addStretch(1)
        filters.addWidget(self.pdf_button)
        filters.addWidget(self.xlsx_button)
        self.summary = plain_label("", self, wrap=True)
        self.model = CompareModel(compare_columns(), row_id=lambda r: r.key, parent=self)
        self.model.editable = False
        self.table = TableSection("compare", self.tr("Differences"), self.model, context.settings,
                                  parent=self)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addLayout(filters)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        QWidget.setTabOrder(self.side_boxes[-1], self.only_differences)
        QWidget.setTabOrder(self.only_differences, self.section)
        QWidget.setTabOrder(self.section, self.pdf_button)
        QWidget.setTabOrder(self.pdf_button, self.xlsx_button)
        QWidget.setTabOrder(self.xlsx_button, self.table.search)

    # -- choices ---------------------------------------------------------------------------------

    def relevant(self, changes: Changes) -> bool:
        return True  # any edit may change a side

    def reload(self) -> None:
        chosen = self.chosen_keys()
        self.choices = side_choices(self.context)
        keys = [choice.key for choice in self.choices]
        if len([key for key in chosen if key in keys]) < 2:
            chosen = keys[:2]
        for position, box in enumerate(self.side_boxes):
            box.blockSignals(True)
            box.clear()
            if position >= 2:
                box.addItem(self.tr("(none)"), "")
            for choice in self.choices:
                box.addItem(choice.text, choice.key)
                # a version's label is long: the list may cut it, its tooltip never does
                box.setItemData(box.count() - 1, choice.text, Qt.ItemDataRole.ToolTipRole)
            wanted = chosen[position] if position < len(chosen) else ""
            box.setCurrentIndex(max(0, box.findData(wanted)))
            box.blockSignals(False)
        self.recompare()

    def chosen_keys(self) -> list[str]:
        return [str(box.currentData()) for box in self.side_boxes if box.currentData()]

    def choose(self, keys: list[str]) -> None:
        """Compare these sides (labels as in the lists), the first the reference."""
        for position, box in enumerate(self.side_boxes):
            box.blockSignals(True)
            box.setCurrentIndex(max(0, box.findData(keys[position] if position < len(keys)
                                                    else "")))
            box.blockSignals(False)
        self.recompare()

    # -- the comparison --------------------------------------------------------------------------

    def recompare(self) -> None:
        from consortium_planner.services.compare import compare_snapshots

        by_key = {choice.key: choice for choice in self.choices}
        keys = [key for key in self.chosen_keys() if key in by_key]
        self.comparison = None
        if len(keys) >= 2 and len(by_key) >= 2:  # one project alone has nothing to differ from
            self.comparison = compare_snapshots([(key, by_key[key].snapshot()) for key in keys],
                                                window_language())
        self.show_rows()

    def show_rows(self) -> None:
        comparison = self.comparison
        for side in range(MAX_SIDES):
            hidden = comparison is None or side >= len(comparison.sides)
            self.table.view.setColumnHidden(3 + side, hidden)
            title = comparison.sides[side] if not hidden and comparison else side_title(side)
            if not hidden and side == 0:
                title = self.tr("{side} (reference)").format(side=title)
            self.model.columns[3 + side] = _retitled(self.model.columns[3 + side], title)
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 3, 3 + MAX_SIDES - 1)
        self.pdf_button.setEnabled(comparison is not None)
        self.xlsx_button.setEnabled(comparison is not None)
        if comparison is None:
            self.summary.setText(self.tr("Choose two to four projects to compare: the first is "
                                         "the reference. Make a what-if copy with Project > "
                                         "Duplicate."))
            self.model.set_rows([])
            return
        section = self.section.currentData()
        only = self.only_differences.isChecked()
        rows = [row for row in comparison.rows
                if (not only or row.differs) and (not section or row.section == section)]
        self.model.set_rows(rows)
        count = len(comparison.differences)
        inputs = sum(1 for row in comparison.differences if not row.derived)
        if comparison.identical:
            self.summary.setText(
                self.tr("No differences: the projects are the same in everything compared."))
            return
        text = self.tr("%n row(s) differ: {inputs} and {derived} following from them (derived). "
                       "Shaded cells differ from the reference: yellow changed, green added, "
                       "red removed.", "", count).format(
            inputs=self.tr("%n changed value(s)", "", inputs),
            derived=self.tr("%n figure(s)", "", count - inputs))
        text += "\n" + totals_line(comparison)
        if changes := compare_text.headline(comparison, window_wording()):
            text += "\n" + self.tr("Participants: {changes}").format(changes=changes)
        self.summary.setText(text)

    def _run_action(self, name: str) -> None:
        window = self.window()
        action = getattr(window, "action", None)
        if action is not None:
            action(name).trigger()


def totals_line(comparison: Comparison) -> str:
    """'Total eligible: A 6,836,020.00, B 3,655,410.00 (-46.5 %)'; EU contribution alike."""
    w = window_wording()
    parts = []
    for key, title in (("total_eligible", translate("ComparePage", "Total eligible")),
                       ("eu_contribution", translate("ComparePage", "EU contribution"))):
        reference = comparison.totals[0][key]
        sides = []
        for label, totals in zip(comparison.sides, comparison.totals, strict=True):
            text = f"{label} {w.money(totals[key])}"
            if totals[key] != reference and reference:
                share = ((totals[key] - reference) / reference).quantize(Decimal("0.001"))
                text += f" ({'+' if share > 0 else ''}{w.percent(share, 1)})"
            sides.append(text)
        parts.append(translate("ComparePage", "{title}: {sides}").format(title=title,
                                                                         sides=", ".join(sides)))
    return ". ".join(parts) + "."


def _retitled(column: Column, title: str) -> Column:
    from dataclasses import replace

    return replace(column, title=title)


# --- the reports (File actions; the page's buttons trigger them) ---------------------------------

REPORTS = {"pdf": (".pdf", "write_compare_pdf", "compare_pdf"),
           "xlsx": (".xlsx", "write_compare_workbook", "compare_xlsx")}


def report_filter(kind: str) -> str:
    if kind == "pdf":
        return translate("ComparePage", "PDF files (*.pdf)")
    return translate("ComparePage", "Excel workbooks (*.xlsx)")


def export_comparison(window: MainWindow, kind: str) -> None:
    """Write the comparison the Compare page shows, off the GUI thread."""
    import importlib
    from pathlib import Path

    from PySide6.QtWidgets import QFileDialog

    from consortium_planner.ui.exports import BackgroundJob, show_written, suggested_file_name

    page = window.page("compare")
    comparison = page.comparison  # type: ignore[attr-defined]
    if comparison is None:
        window.show_page("compare", None)
        window.statusBar().showMessage(
            translate("ComparePage", "Choose two to four projects to compare first."), 8000)
        return
    suffix, function_name, module = REPORTS[kind]
    file_filter = report_filter(kind)
    name = suggested_file_name("-vs-".join(comparison.sides), suffix)
    target, _ = QFileDialog.getSaveFileName(window, translate("ComparePage", "Compare report"),
                                            str(Path(window.last_folder()) / name), file_filter)
    if not target:
        return
    if not target.endswith(suffix):
        target += suffix
    window.remember_folder(target)
    function = getattr(importlib.import_module(f"consortium_planner.exporting.{module}"),
                       function_name)
    workspace_name = window.context.workspace.name if window.context.workspace else ""
    path = Path(target)
    language = window_language()  # read on the window's thread

    def call(_progress: Callable[[int, int], None]) -> Path:
        if kind == "pdf":
            function(comparison, path, workspace_name=workspace_name, language=language)
        else:
            function(comparison, path, language=language)
        return path

    job = BackgroundJob(call, translate("ComparePage", "Writing {file}…").format(file=path.name),
                        title=translate("ComparePage", "Compare report"), parent=window,
                        show_progress=not window.reporter.no_err_windows)
    window.jobs.start(job, lambda written: show_written(window, written))
