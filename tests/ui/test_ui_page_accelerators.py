"""A page's underlined letters (Alt+letter moves to a field or presses a button) never take the
letter of a menu of the menu bar: Alt+P on the Overview went to "Call &profile" and the Project
menu could not be opened from the keyboard there. Checked on every page, in each language."""

from __future__ import annotations

import pytest
from test_ui_accelerators import accelerator, clashes, mnemonic_texts, window_in  # noqa: F401

from consortium_planner.reference.languages import LANGUAGES
from consortium_planner.ui.pages import PAGES


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_no_page_takes_a_menu_bar_letter(window_in, qtbot, project_id, language) -> None:  # noqa: F811
    window = window_in(language)
    window.show()
    qtbot.waitExposed(window)
    menu_letters = {accelerator(action.text()): action.text()
                    for action in window.menuBar().actions() if action.isVisible()}
    found = {}
    for spec in PAGES:
        page = window.show_page(spec.key, project_id)
        assert page is not None
        texts = mnemonic_texts(page)
        taken = {text: menu_letters[accelerator(text)] for text in texts
                 if accelerator(text) in menu_letters}
        if taken or clashes(texts):
            found[spec.key] = (taken, clashes(texts))
    window.close()
    assert found == {}
