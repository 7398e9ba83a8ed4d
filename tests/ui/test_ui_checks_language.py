"""Findings and the directory's facet labels follow the window's language: the Checks page in
German shows the checks' German sentences (the English finding behind them is unchanged), and a
directory search made in German labels its facets in German."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from consortium_planner.services.directory_search import DirectoryQuery
from consortium_planner.ui.directory_searcher import _Done, _Search
from consortium_planner.ui.language import set_window_language
from consortium_planner.ui.views.checks import ChecksPage
from consortium_planner.ui.views.consortium import ConsortiumPage

FINDING_COLUMN, FIX_COLUMN = 2, 3


@pytest.fixture
def german() -> Iterator[None]:
    set_window_language("de")
    yield
    set_window_language("en")


def shown(qtbot, page_class, context, project_id):
    page = page_class(context)
    qtbot.addWidget(page)
    page.set_project(project_id)
    page.show()
    return page


def column(page: ChecksPage, number: int) -> list[str]:
    return [page.model.index(row, number).data() for row in range(page.model.rowCount())]


def test_the_checks_page_in_german_shows_german_findings(qtbot, context, project_id,
                                                          german) -> None:
    consortium = shown(qtbot, ConsortiumPage, context, project_id)
    for participant in context.snapshot(project_id).participants[3:]:
        consortium.table.select_row_id(participant.id)
        consortium.table.remove_rows()
    page = shown(qtbot, ChecksPage, context, project_id)
    page.reload()
    findings = column(page, FINDING_COLUMN)
    english = [finding.message for finding in context.findings(project_id)]
    assert any(text.startswith("Das Konsortium hat 3 Partner") for text in findings), findings
    assert any(text.startswith("The consortium has 3 partners") for text in english)
    assert not set(findings) & set(english)
    assert all("Fix" not in text and "Add " not in text for text in column(page, FIX_COLUMN))


def test_a_directory_search_in_german_labels_its_facets_in_german(qtbot, context,
                                                                    german) -> None:
    results = []
    done = _Done()
    done.finished.connect(lambda number, result: results.append(result))
    _Search(context.workspace, DirectoryQuery(), 1, done).run()
    [result] = results
    labels = {item.value: item.label for item in result.facets["org_type"]}
    assert labels.get("sme") == "KMU", labels
