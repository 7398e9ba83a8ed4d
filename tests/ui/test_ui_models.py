"""Every table model of every page passes pytest-qt's model tester, source and proxy alike."""

from __future__ import annotations

import pytest
from pytestqt.modeltest import ModelTester

from consortium_planner.ui.table_model import Column, RecordFilterProxy, RecordTableModel, sort_key
from consortium_planner.ui.views.budget import BudgetPage
from consortium_planner.ui.views.checks import ChecksPage
from consortium_planner.ui.views.consortium import ConsortiumPage
from consortium_planner.ui.views.directory import DirectoryPage
from consortium_planner.ui.views.effort import EffortPage
from consortium_planner.ui.views.regions import RegionsPage
from consortium_planner.ui.views.returns import ReturnsPage
from consortium_planner.ui.views.work_plan import WorkPlanPage

PAGES = [DirectoryPage, ConsortiumPage, WorkPlanPage, EffortPage, BudgetPage, ChecksPage,
         RegionsPage, ReturnsPage]


@pytest.mark.parametrize("page_class", PAGES, ids=lambda cls: cls.__name__)
def test_page_models_pass_the_model_tester(qtbot, request, context, project_id, page_class):
    page = page_class(context)
    qtbot.addWidget(page)
    page.set_project(project_id if page_class.per_project else None)
    page.show()
    sections = page.sections()
    assert sections
    for section in sections:
        for model in (section.model, section.proxy):
            ModelTester(request.config).check(model, force_py=True)  # one tester per model


def test_reload_with_the_same_rows_keeps_the_current_cell(qtbot, context, project_id):
    page = WorkPlanPage(context)
    qtbot.addWidget(page)
    page.set_project(project_id)
    page.show()
    section = page.tables["work_package"]
    section.view.setCurrentIndex(section.proxy.index(2, 1))
    resets = []
    section.model.modelReset.connect(lambda: resets.append(True))
    page.refresh()
    assert not resets
    assert section.view.currentIndex().row() == 2


def test_sorting_uses_exact_values_and_keeps_the_total_last(qapp):
    from decimal import Decimal

    model = RecordTableModel(
        [Column("", "Amount", lambda row: row[1])], row_id=lambda row: row[0])
    model.set_rows([(1, Decimal("10.00")), (2, Decimal("9.50")), (3, None)],
                   total_row=(None, Decimal("19.50")))
    proxy = RecordFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(0)
    assert [proxy.index(row, 0).data() for row in range(4)] == ["9.50", "10.00", "", "19.50"]
    proxy.sort(0, order=proxy.sortOrder().DescendingOrder)
    assert proxy.index(3, 0).data() == "19.50"
    assert sort_key(Decimal("2")) < sort_key("a") < sort_key(None)
