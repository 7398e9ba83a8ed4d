"""The directory shows and edits an organisation's value chain: NACE codes (with their titles),
ecosystems, founding year, cluster memberships (picked among the cluster organisations) and
usual roles; each edit is one undo step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from consortium_planner.ui.views.directory import DirectoryPage


@pytest.fixture
def page(qtbot, context):
    page = DirectoryPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)  # the first search follows the first frame
    return page


def _cell(page, organisation_id: int, key: str):
    return page.model.index(page.model.row_of_id(organisation_id), page.model.column_of_key(key))


def test_value_chain_cells_edit_and_undo(qtbot, page, context) -> None:
    organisation = page.model.row_at(0)
    cluster = context.editing.add_organisation(
        {"legal_name": "Robotik Netzwerk", "org_type": "cluster_organisation"}).created_id
    context.notify_everything()
    assert ("Robotik Netzwerk", cluster) in page.clusters()  # offered in the cluster list
    edits = {"nace_codes": "C25.62; 28.41", "ecosystems": ("digital",),
             "founded_year": "2019", "cluster_ids": (cluster,), "usual_roles": ("manufacturer",)}
    for key, value in edits.items():
        index = page.table.proxy.mapFromSource(_cell(page, organisation.id, key))
        assert page.table.proxy.setData(index, value, Qt.ItemDataRole.EditRole), key
    assert _cell(page, organisation.id, "usual_roles").data() == "Manufacturer"
    assert _cell(page, organisation.id, "nace_codes").data() == "25.62; 28.41"
    assert "Machining" in _cell(page, organisation.id, "nace_codes").data(
        Qt.ItemDataRole.ToolTipRole)
    assert _cell(page, organisation.id, "ecosystems").data() == "Digital"
    assert _cell(page, organisation.id, "founded_year").data() == "2019"
    assert _cell(page, organisation.id, "cluster_ids").data() == "Robotik Netzwerk"
    for _ in edits:
        context.undo_stack.undo()
    assert _cell(page, organisation.id, "nace_codes").data() == "; ".join(organisation.nace_codes)
    assert _cell(page, organisation.id, "cluster_ids").data() == "; ".join(
        link.name for link in organisation.clusters)
    assert _cell(page, organisation.id, "founded_year").data() == (
        "" if organisation.founded_year is None else str(organisation.founded_year))


def test_nace_titles_are_shown_in_the_window_language(qtbot, page, context) -> None:
    from consortium_planner.ui.language import set_window_language, window_language

    organisation = page.model.row_at(0)
    index = page.table.proxy.mapFromSource(_cell(page, organisation.id, "nace_codes"))
    assert page.table.proxy.setData(index, "25.62; C", Qt.ItemDataRole.EditRole)
    before = window_language()
    set_window_language("de")
    try:
        tooltip = _cell(page, organisation.id, "nace_codes").data(Qt.ItemDataRole.ToolTipRole)
    finally:
        set_window_language(before)
    assert "25.62 Mechanik a. n. g." in tooltip
    assert "C Verarbeitendes Gewerbe/Herstellung von Waren" in tooltip
    assert "Machining" not in tooltip


def test_the_cluster_choices_are_read_when_an_edit_needs_them_not_with_each_search(
        page, context, monkeypatch) -> None:
    """Reading the clusters (thousands in a network's directory) with every search held up the
    window's first rows and every edit's refresh: they are read at the editor's first use."""
    from consortium_planner.services import clusters

    reads: list[int] = []
    read = clusters.cluster_choices
    monkeypatch.setattr(clusters, "cluster_choices",
                        lambda session: reads.append(1) or read(session))
    cluster = context.editing.add_organisation(
        {"legal_name": "Robotik Netzwerk", "org_type": "cluster_organisation"}).created_id
    context.notify_everything()  # the page searches again
    assert reads == []
    column = page.model.columns[page.model.column_of_key("cluster_ids")]
    assert ("Robotik Netzwerk", cluster) in column.editor.choices(None)
    assert column.parse("robotik netzwerk", None) == (cluster,)  # a pasted name
    assert reads == [1]  # once until the next change
    context.notify_everything()
    column.editor.choices(None)
    assert reads == [1, 1]
