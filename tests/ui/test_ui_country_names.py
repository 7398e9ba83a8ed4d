"""Countries in the window are named in the window's language, and a label copied from a table
("ES – Hiszpania") reads back as its code."""

from __future__ import annotations

import pytest

from consortium_planner.ui import choices
from consortium_planner.ui.language import set_window_language, window_language


@pytest.fixture
def language():
    before = window_language()
    yield set_window_language
    set_window_language(before)


def test_country_names_follow_the_window_language(language):
    language("pl")
    assert choices.country_name("ES") == "Hiszpania"
    assert choices.label_of(choices.countries(), "EL") == "EL – Grecja"
    language("de")
    assert choices.country_name("UK") == "Vereinigtes Königreich"
    language("en")
    assert choices.label_of(choices.countries(), "ES") == "ES – Spain"


@pytest.mark.parametrize(("text", "code"), [
    ("ES – Hiszpania", "ES"), ("ES – Spain", "ES"), ("Niemcy", "DE"), ("XX – Nowhere", None),
])
def test_a_copied_country_label_reads_back_as_its_code(text, code):
    assert choices.country_from_text(text) == code
