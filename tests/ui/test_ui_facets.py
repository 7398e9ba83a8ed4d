"""Facet values are shown whole: a long German type name ("Forschungs- und
Technologieorganisation") was cut in its middle in the partner finder's narrow facet column."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt

from consortium_planner.services.directory_search import FacetValue
from consortium_planner.ui.facets import VISIBLE_VALUES, FacetPanel

LONG = "Forschungs- und Technologieorganisation"
VALUES = (FacetValue("research_organisation", LONG, 1234),
          FacetValue("sme", "KMU", 3),
          FacetValue("public_authority", "Öffentliche Einrichtung (Behörde, Gebietskörperschaft)",
                     7))


def needed_height(facet, text: str, width: int) -> int:
    """The height `text` takes wrapped at `width` (less the check box), in the list's font."""
    box = facet.style().pixelMetric(facet.style().PixelMetric.PM_IndicatorWidth) + 8
    return facet.fontMetrics().boundingRect(QRect(0, 0, width - box, 10_000),
                                            int(Qt.TextFlag.TextWordWrap), text).height()


def shown_panel(qtbot, width: int) -> FacetPanel:
    panel = FacetPanel()
    qtbot.addWidget(panel)
    panel.resize(width, 900)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_facets({"org_type": VALUES})
    return panel


def test_a_long_facet_value_wraps_instead_of_losing_its_middle(qtbot):
    panel = shown_panel(qtbot, 260)
    facet = panel.lists["org_type"]
    assert facet.textElideMode() == Qt.TextElideMode.ElideNone
    for row, value in enumerate(VALUES):
        item = facet.item(row)
        rect = facet.visualItemRect(item)
        assert needed_height(facet, item.text(), rect.width()) <= rect.height(), item.text()
        assert item.toolTip() == value.label  # the whole label, whatever the width
    first = facet.visualItemRect(facet.item(0))
    assert first.height() > facet.fontMetrics().height() * 1.5  # it did wrap at this width
    # the list is as high as its rows: none is cut at the bottom
    assert facet.height() >= sum(facet.visualItemRect(facet.item(r)).height()
                                 for r in range(min(VISIBLE_VALUES, facet.count())))


def test_rows_wrap_anew_when_the_column_widens(qtbot):
    panel = shown_panel(qtbot, 260)
    facet = panel.lists["org_type"]
    narrow = facet.height()
    panel.resize(900, 900)
    qtbot.waitUntil(lambda: facet.height() < narrow)
    assert facet.visualItemRect(facet.item(0)).height() < facet.fontMetrics().height() * 2


def test_space_on_a_facet_value_chooses_it_as_a_click_does(qtbot):
    """Keyboard only: Space on the current value chooses it (and shows it ticked); a second
    Space unchooses it. It used to tick the item's own check box and filter nothing."""
    from PySide6.QtTest import QTest

    from consortium_planner.services.directory_search import DirectoryQuery

    panel = shown_panel(qtbot, 260)
    facet = panel.lists["org_type"]
    facet.setFocus()
    facet.setCurrentItem(facet.item(1), facet.selectionModel().SelectionFlag.NoUpdate)
    with qtbot.waitSignal(panel.changed):
        QTest.keyClick(facet, Qt.Key.Key_Space)
    assert panel.apply_to(DirectoryQuery()).org_types == {"sme"}
    assert facet.item(1).checkState() == Qt.CheckState.Checked
    with qtbot.waitSignal(panel.changed):
        QTest.keyClick(facet, Qt.Key.Key_Space)
    assert panel.apply_to(DirectoryQuery()).org_types == frozenset()
    assert facet.item(1).checkState() == Qt.CheckState.Unchecked
