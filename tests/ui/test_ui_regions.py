"""The Regions page: filters, setting and clearing a category with its source, the CSV import as
one undo step, and the consortium's flag for a participant whose region has no category."""

from __future__ import annotations

from PySide6.QtCore import Qt

from consortium_planner.services.region_categories import RegionCategoryService
from consortium_planner.ui.commands import UpdateCommand
from consortium_planner.ui.file_imports import import_region_categories
from consortium_planner.ui.views.consortium import ConsortiumPage
from consortium_planner.ui.views.regions import RegionsPage, missing_text


def shown(qtbot, context, page_class=RegionsPage, project_id=None):
    page = page_class(context)
    qtbot.addWidget(page)
    page.set_project(project_id)
    page.show()
    return page


def row_of(page, code):
    return page.model.rows[page.model.row_of_id(code)]


def cell(page, code, key_or_title, role=Qt.ItemDataRole.DisplayRole):
    column = next(i for i, c in enumerate(page.model.columns)
                  if key_or_title in (c.key, c.title))
    return page.model.index(page.model.row_of_id(code), column).data(role)


def entry(context, code):
    return RegionCategoryService(context.workspace).entry(code)


def test_filters_by_country_and_missing_category(qtbot, context):
    page = shown(qtbot, context)
    everything = page.model.rowCount()
    page.country.setCurrentIndex(page.country.findData("DE"))
    assert 0 < page.model.rowCount() < everything
    assert {row.country for row in page.model.rows} == {"DE"}
    page.country.setCurrentIndex(0)
    page.only_missing.setChecked(True)
    assert page.model.rows and all(row.missing for row in page.model.rows)
    code = page.model.rows[0].code
    assert cell(page, code, "category") == missing_text()
    assert cell(page, code, "category", Qt.ItemDataRole.ForegroundRole) is not None
    assert "without a category" in page.counts.text()


def test_set_category_in_place_asks_for_the_source_and_undoes(qtbot, context, monkeypatch):
    page = shown(qtbot, context)
    code = next(row.code for row in page.model.rows if row.missing and row.country == "DE")
    monkeypatch.setattr(page, "ask_value",
                        lambda row, category: (category, "Decision (EU) 2021/1130, Annex I"))
    assert page.edit(row_of(page, code), page.model.columns[3], "transition")
    assert entry(context, code).category == "transition"
    assert cell(page, code, "Value from") == "Your entry"
    assert "2021/1130" in cell(page, code, "source")
    context.undo_stack.undo()
    assert entry(context, code) is None
    assert cell(page, code, "category") == missing_text()
    context.undo_stack.redo()
    assert entry(context, code).source == "Decision (EU) 2021/1130, Annex I"


def test_a_source_note_is_required_and_an_entry_can_be_cleared(qtbot, context, monkeypatch):
    page = shown(qtbot, context)
    messages = []
    context.user_error.connect(messages.append)
    code = next(row.code for row in page.model.rows if row.missing)
    monkeypatch.setattr(page, "ask_value", lambda row, category: (category, "my survey"))
    page.edit(row_of(page, code), page.model.columns[3], "less_developed")
    source_column = page.model.columns[page.model.column_of_key("source")]
    assert not page.edit(row_of(page, code), source_column, "  ")
    assert messages and "comes from" in messages[-1]
    assert entry(context, code).source == "my survey"
    page.table.select_row_id(code)
    page.clear_current()
    assert entry(context, code) is None
    context.undo_stack.undo()
    assert entry(context, code).category == "less_developed"


def test_clearing_a_shipped_value_is_refused(qtbot, context):
    page = shown(qtbot, context)
    messages = []
    context.user_error.connect(messages.append)
    shipped = next(row for row in page.model.rows if row.origin == "shipped")
    assert not page.edit(shipped, page.model.columns[3], None)
    assert "shipped table" in messages[-1]
    assert context.undo_stack.count() == 0


def test_csv_import_is_one_undo_step_and_reports_skipped_rows(qtbot, window, context,
                                                              tmp_path):
    table = tmp_path / "categories.csv"
    table.write_text("code,category,source\nDE11,more developed,Annex I\n"
                     "DE12,transition,Annex I\nXX,transition,nowhere\n", encoding="utf-8")
    messages = []
    context.user_error.connect(messages.append)
    import_region_categories(window, table)
    assert window.current_key == "regions"
    assert context.undo_stack.count() == 1
    assert entry(context, "DE11").category == "more_developed"
    assert entry(context, "DE12").source == "Annex I"
    assert messages and "1 row skipped" in messages[-1]
    context.undo_stack.undo()
    assert entry(context, "DE11") is None and entry(context, "DE12") is None
    context.undo_stack.redo()
    assert entry(context, "DE12").category == "transition"


def test_an_import_with_nothing_usable_changes_nothing(qtbot, window, context, tmp_path):
    table = tmp_path / "bad.csv"
    table.write_text("name,value\nfoo,bar\n", encoding="utf-8")
    messages = []
    context.user_error.connect(messages.append)
    import_region_categories(window, table)
    assert context.undo_stack.count() == 0
    assert "Nothing was imported" in messages[-1]


def test_consortium_flags_a_participant_without_a_category(qtbot, context, project_id):
    snapshot = context.snapshot(project_id)
    service = RegionCategoryService(context.workspace)
    missing = {row.country: row for row in service.list_regions(only_missing=True)}
    participant = next(p for p in snapshot.participants
                       if p.organisation.country in missing and p.region_category_override is None)
    region = missing[participant.organisation.country]
    assert context.execute(UpdateCommand(
        context, "organisation", [(participant.organisation.id, {"nuts2": region.code})],
        "Move"))
    page = shown(qtbot, context, ConsortiumPage, project_id)
    column = next(i for i, c in enumerate(page.model.columns) if c.title == "Region category")
    index = page.model.index(page.model.row_of_id(participant.id), column)
    assert index.data() == "⚠ Unknown"
    assert index.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "Regions page" in index.data(Qt.ItemDataRole.ToolTipRole)
    other = next(p for p in snapshot.participants
                 if p.region_category.category and p.region_category_override is None)
    index = page.model.index(page.model.row_of_id(other.id), column)
    assert "Source:" in index.data(Qt.ItemDataRole.ToolTipRole)
