"""The Compare page: two projects chosen by default, differences shaded, "only what differs",
a section filter, keyboard access, and the reports written from the page."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel

from consortium_planner.ui.commands import AddCommand, UpdateCommand
from consortium_planner.ui.formatting import datetime_text
from consortium_planner.ui.views.compare import FILLS, CompareModel, compare_columns


@pytest.fixture
def scenario(context, project_id) -> int:
    """CIRCOMP-B: a what-if copy with WP2 three months later."""
    source = context.snapshot(project_id)
    command = AddCommand(context, "project",
                         lambda service: service.duplicate_project(project_id, "CIRCOMP-B"),
                         "Duplicate")
    context.execute(command)
    wp2 = context.snapshot(command.created_id).work_package(2)
    context.execute(UpdateCommand(context, "work_package",
                                  [(wp2.id, {"start_month": wp2.start_month + 3})], "Move WP2"))
    assert source.work_package(2).start_month + 3 == \
        context.snapshot(command.created_id).work_package(2).start_month
    return command.created_id


def cells(page, column: int) -> list[str]:
    model = page.table.proxy
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_the_page_compares_the_first_two_projects_and_shades_what_differs(
        qtbot, window, scenario) -> None:
    page = window.show_page("compare", None)
    assert page.chosen_keys() == ["CIRCOMP", "CIRCOMP-B"]
    assert page.only_differences.isChecked()
    # the move, and the check it makes fail (WP2's tasks now start before it)
    assert cells(page, 1) == ["WP2", "task_months"]
    assert cells(page, 2) == ["Start month", "Outcome"]
    side = page.model.index(0, 4)
    assert side.data().startswith("M") and "+3 months" in side.data()
    assert side.data(Qt.ItemDataRole.BackgroundRole).color().name() == FILLS["changed"].lower()
    assert page.model.index(0, 3).data(Qt.ItemDataRole.BackgroundRole) is None  # the reference
    assert page.table.view.isColumnHidden(5) and page.table.view.isColumnHidden(6)
    assert page.model.headerData(3, Qt.Orientation.Horizontal) == "CIRCOMP (reference)"
    assert "2 rows differ: 1 changed value and 1 figure following" in page.summary.text()

    page.only_differences.setChecked(False)
    assert len(cells(page, 1)) == len(page.comparison.rows) > 100
    page.section.setCurrentIndex(page.section.findData("work_plan"))
    assert set(cells(page, 0)) == {"Work plan"}
    page.only_differences.setChecked(True)
    page.section.setCurrentIndex(page.section.findData("budget"))
    assert cells(page, 1) == []


def test_an_edit_updates_the_comparison(qtbot, window, context, scenario) -> None:
    page = window.show_page("compare", None)
    wp2 = context.snapshot(scenario).work_package(2)
    context.execute(UpdateCommand(context, "work_package",
                                  [(wp2.id, {"title": "Renamed"})], "Rename WP2"))
    assert ("WP2", "Title") in {(r.entity, r.field) for r in page.model.rows}
    context.undo_stack.undo()
    context.undo_stack.undo()
    assert page.comparison.identical
    assert page.summary.text().startswith("No differences")


def test_up_to_four_sides_the_same_one_twice_too(qtbot, window, scenario) -> None:
    page = window.show_page("compare", None)
    page.choose(["CIRCOMP-B", "CIRCOMP", "CIRCOMP-B", "CIRCOMP"])
    assert page.comparison.sides == ("CIRCOMP-B", "CIRCOMP", "CIRCOMP-B", "CIRCOMP")
    assert not any(page.table.view.isColumnHidden(c) for c in range(3, 7))
    page.choose(["CIRCOMP", "CIRCOMP"])
    assert page.comparison.identical and page.table.view.isColumnHidden(5)


def test_a_workspace_of_one_project_has_nothing_to_compare(qtbot, window) -> None:
    page = window.show_page("compare", None)
    assert page.comparison is None and not page.pdf_button.isEnabled()
    assert page.summary.text().startswith("Choose two to four projects")
    assert page.model.rowCount() == 0


def test_the_controls_are_reached_by_keyboard(qtbot, window, scenario) -> None:
    page = window.show_page("compare", None)
    buddies = {label.buddy() for label in page.findChildren(QLabel) if label.buddy()}
    assert set(page.side_boxes) | {page.section} <= buddies
    assert all("&" in label.text() for label in page.findChildren(QLabel) if label.buddy())
    assert all(box.accessibleName() for box in page.findChildren(QComboBox))
    assert "&" in page.only_differences.text()
    assert window.action("page_compare").shortcut().toString() == "Ctrl+Alt+C"


def test_the_model_passes_the_model_tester(qtmodeltester, window, scenario) -> None:
    page = window.show_page("compare", None)
    model = CompareModel(compare_columns(), row_id=lambda r: r.key)
    model.set_rows(page.comparison.rows)
    qtmodeltester.check(model)


@pytest.mark.parametrize("kind", ["pdf", "xlsx"])
def test_the_reports_are_written_from_the_page(qtbot, window, scenario, tmp_path: Path,
                                               monkeypatch, kind: str) -> None:
    page = window.show_page("compare", None)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "report"), ""))
    (page.pdf_button if kind == "pdf" else page.xlsx_button).click()
    qtbot.waitUntil(lambda: not window.jobs.running, timeout=60000)
    assert (tmp_path / f"report.{kind}").stat().st_size > 1000
    assert "Exported" in window.file_notice.label.text()


def test_a_version_is_a_side_named_as_the_command_line_names_it(
        qtbot, window, context, project_id) -> None:
    """A project's versions follow it in the lists as ACRONYM@N, with their date and note; the
    project compared with a version taken before an edit shows that edit."""
    context.execute(AddCommand(
        context, "project_version",
        lambda service: service.take_version(project_id, "sent to partners"), "Take version"))
    wp2 = context.snapshot(project_id).work_package(2)
    context.execute(UpdateCommand(context, "work_package",
                                  [(wp2.id, {"title": "Renamed"})], "Rename WP2"))
    page = window.show_page("compare", None)
    box = page.side_boxes[1]
    keys = [box.itemData(index) for index in range(box.count())]
    assert keys == ["CIRCOMP", "CIRCOMP@1"]
    entry = context.versions(project_id)[0]
    assert box.itemText(1) == \
        f"CIRCOMP@1 · {datetime_text(entry.local_time)} · sent to partners"
    assert box.itemData(1, Qt.ItemDataRole.ToolTipRole) == box.itemText(1)
    page.choose(["CIRCOMP@1", "CIRCOMP"])
    assert page.comparison.sides == ("CIRCOMP@1", "CIRCOMP")
    assert [(row.entity, row.field) for row in page.comparison.differences] == [("WP2", "Title")]
    context.undo_stack.undo()  # the rename
    assert page.comparison.identical


@pytest.mark.parametrize("kind", ["pdf", "xlsx"])
def test_the_reports_follow_the_window_language(qtbot, window, scenario, tmp_path: Path,
                                                monkeypatch, kind: str) -> None:
    import consortium_planner.exporting.compare_pdf as compare_pdf
    import consortium_planner.exporting.compare_xlsx as compare_xlsx
    from consortium_planner.ui.language import set_window_language

    asked = []

    def written(comparison, path, **options):
        asked.append(options.get("language"))
        Path(path).write_bytes(b"report")
        return Path(path)

    module, name = ((compare_pdf, "write_compare_pdf") if kind == "pdf"
                    else (compare_xlsx, "write_compare_workbook"))
    monkeypatch.setattr(module, name, written)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "report"), ""))
    page = window.show_page("compare", None)
    set_window_language("pl")
    try:
        (page.pdf_button if kind == "pdf" else page.xlsx_button).click()
        qtbot.waitUntil(lambda: not window.jobs.running, timeout=60000)
    finally:
        set_window_language("en")
    assert asked == ["pl"]


def test_a_german_window_shows_the_comparison_in_german(qtbot, request, context,
                                                        scenario) -> None:
    """Sections, fields, values, changes and figures in the window's language (the page's own
    labels are Qt's, tested with the other pages)."""
    from consortium_planner.reference.wording import wording
    from consortium_planner.services.compare import check_outcomes
    from consortium_planner.ui.language import set_window_language

    set_window_language("de")
    try:
        window = request.getfixturevalue("window")  # made in German, as at a German start
        page = window.show_page("compare", None)
        assert cells(page, 0) == ["Arbeitsplan", "Prüfungen"]
        assert cells(page, 2) == ["Startmonat", "Ergebnis"]
        assert cells(page, 3)[1] == "bestanden"
        assert cells(page, 4)[0].startswith("M") and cells(page, 4)[0].endswith("+3 Monate")
        assert cells(page, 4)[1] == "Warnung   geändert"
        # the check's findings, as the tooltip shows them, in German too
        german = {o.rule: o for o in check_outcomes(context.snapshot(scenario), "de")}
        english = {o.rule: o for o in check_outcomes(context.snapshot(scenario))}
        assert german["task_months"].messages != english["task_months"].messages
        assert " ".join(german["task_months"].messages) in \
            page.table.proxy.index(1, 4).data(Qt.ItemDataRole.ToolTipRole)
        sections = [page.section.itemText(i) for i in range(1, page.section.count())]
        assert sections == ["Projekt", "Konsortium", "Aufwand", "Budget", "Arbeitsplan",
                            "Prüfungen"]
        total = page.comparison.totals[0]["total_eligible"]
        assert f"CIRCOMP {wording('de').money(total)}" in page.summary.text()
        assert "6.836.020,00" in page.summary.text()
        page.only_differences.setChecked(False)
        rows = {(item, field): value for item, field, value in
                zip(cells(page, 1), cells(page, 2), cells(page, 3), strict=True)}
        assert rows[("Projekt", "Startdatum")] == "1. März 2027"
        assert "Koordinator" in {value for (_, field), value in rows.items()
                                 if field == "Rolle"}
        assert rows[("Summe", "Personenmonate (abgeleitet)")] == "435,00"
    finally:
        set_window_language("en")
