"""The partner finder words the project's gaps in the window's language (finder.po), the call
profile's own words in the profile's translation."""

from __future__ import annotations

import pytest
from test_ui_directory_search import remove_coordinator

from consortium_planner.ui.commands import RemoveCommand
from consortium_planner.ui.language import set_window_language, window_language
from consortium_planner.ui.partner_finder import PartnerFinder


@pytest.fixture
def finder_in(qtbot, context, project_id):
    before = window_language()

    def make(language: str) -> PartnerFinder:
        set_window_language(language)
        finder = PartnerFinder(context, project_id)
        qtbot.addWidget(finder)
        return finder

    yield make
    set_window_language(before)


def test_the_coordinator_gap_is_the_profiles_words_in_the_window_language(
        finder_in, context, project_id):
    remove_coordinator(context, project_id)
    text = finder_in("de").gap_list.item(1).text()
    assert text.startswith("Eine öffentliche Stelle oder eine für KMU-Innovation"), text


def test_the_region_mix_gap_is_worded_in_the_window_language(finder_in, context, project_id):
    taken = [p for p in context.snapshot(project_id).participants if p.number in (2, 3, 4, 5)]
    assert context.execute(RemoveCommand(context, "participant", [p.id for p in taken],
                                         "Remove"))
    item = finder_in("fr").gap_list.item(1)
    assert item.text() == (
        "Un deuxième partenaire dans une région de catégorie moins développée (hors ITF4)")
    assert item.toolTip().splitlines()[1].startswith(
        "La répartition par catégorie de région de l'appel demande ")
