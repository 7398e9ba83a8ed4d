"""A table's total row stays in view under the rows (a frozen footer, as spreadsheets have):
with 60 participants the budget's Total row scrolled out of sight."""

from __future__ import annotations

from PySide6.QtCore import Qt

from consortium_planner.ui.views.budget import BudgetPage
from consortium_planner.ui.views.directory import DirectoryPage, add_participants


def budget_with_many_participants(qtbot, context, project_id) -> BudgetPage:
    ids = [context.editing.add_organisation({"legal_name": f"Partner {n:02d}"}).created_id
           for n in range(55)]
    add_participants(context, project_id, ids)
    page = BudgetPage(context)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.set_project(project_id)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_budget_total_stays_in_view_while_the_rows_scroll(qtbot, context, project_id):
    page = budget_with_many_participants(qtbot, context, project_id)
    section = page.participants_table
    view, footer = section.view, section.footer
    assert section.model.rowCount() > 55
    assert view.verticalScrollBar().maximum() > 0  # the rows do not fit: they scroll
    for position in (0, view.verticalScrollBar().maximum() // 2):
        view.verticalScrollBar().setValue(position)
        assert footer.isVisible()
        assert footer.model().rowCount() == 1
        assert footer.model().index(0, 0).data() == "Total"
        assert footer.visualRect(footer.model().index(0, 0)).bottom() <= \
            footer.viewport().height()
    # the total is not also a row of the table that scrolls away
    last = section.proxy.rowCount() - 1
    assert section.model.is_total(section.proxy.mapToSource(section.proxy.index(last, 0)).row())
    assert view.isRowHidden(last)


def test_totals_footer_follows_column_widths_sorting_and_scrolling(qtbot, context, project_id):
    page = budget_with_many_participants(qtbot, context, project_id)
    section = page.participants_table
    view, footer = section.view, section.footer
    view.horizontalHeader().resizeSection(1, 333)
    assert footer.columnWidth(1) == 333
    assert [footer.columnWidth(c) for c in range(footer.model().columnCount() - 1)] == \
        [view.columnWidth(c) for c in range(view.model().columnCount() - 1)]
    view.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # the total stays out of the rows
    last = section.proxy.rowCount() - 1
    assert view.isRowHidden(last)
    assert footer.model().index(0, 0).data() == "Total"
    page.resize(400, 700)
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().maximum())
    assert footer.horizontalScrollBar().value() == view.horizontalScrollBar().value() > 0


def test_totals_footer_is_reached_by_tab_and_named(qtbot, context, project_id):
    page = budget_with_many_participants(qtbot, context, project_id)
    section = page.participants_table
    order, widget = [], section.view
    for _ in range(200):
        widget = widget.nextInFocusChain()
        order.append(widget)
    assert order.index(section.footer) < order.index(page.tabs.tabBar())  # next after the rows
    assert section.footer.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert section.footer.accessibleName() == "Totals of Budget per participant"


def test_a_table_without_total_row_has_no_footer(qtbot, context, project_id):
    page = budget_with_many_participants(qtbot, context, project_id)
    assert page.cost_table.footer.isHidden()


def test_a_table_without_a_total_row_costs_the_footer_no_look_at_its_rows(qtbot, context,
                                                                           monkeypatch):
    """The directory's table (134,000 organisations) has the same section: a footer that asked
    of every row whether it was the total, at each search, stalled the page for a second."""
    page = DirectoryPage(context)
    qtbot.addWidget(page)
    page.set_project(None)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() > 5)
    asked: list[int] = []
    is_total = page.model.is_total
    monkeypatch.setattr(page.model, "is_total", lambda row: (asked.append(row), is_total(row))[1])
    page.searcher.run()  # a new result: the model is reset
    assert page.model.rowCount() > 5
    assert not page.table.footer.isVisible() and asked == []


def test_typing_into_the_frozen_total_says_why(qtbot, context, project_id):
    """The effort matrix's total row is computed: keys typed into it said nothing."""
    from consortium_planner.ui.views.effort import EffortPage

    page = EffortPage(context)
    qtbot.addWidget(page)
    page.set_project(project_id)
    page.show()
    qtbot.waitExposed(page)
    refused: list[str] = []
    page.table.refused.connect(refused.append)
    footer = page.table.footer
    column = next(c for c in range(footer.model().columnCount())
                  if page.table.model.columns[c].editor is not None)
    footer.setCurrentIndex(footer.model().index(0, column))
    qtbot.keyClicks(footer, "3")
    title = page.table.model.columns[column].title
    assert refused == [f"{title}: a total is computed from the rows above; change those rows"]
