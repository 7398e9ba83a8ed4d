"""File > Export asks for the export's language, proposing the window's; Cancel exports
nothing; unattended runs take the window's language."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QInputDialog

from consortium_planner.ui import exports
from consortium_planner.ui.language import set_window_language, window_language


class _Window:
    def __init__(self, unattended: bool) -> None:
        self.reporter = SimpleNamespace(no_err_windows=unattended)

    def tr(self, text: str) -> str:
        return text


@pytest.fixture
def italian_window():
    before = window_language()
    set_window_language("it")
    yield
    set_window_language(before)


def test_the_window_language_is_proposed_and_the_choice_returned(italian_window,
                                                                 monkeypatch) -> None:
    asked = {}

    def get_item(_parent, _title, _label, names, current, _editable):
        asked["proposed"] = names[current]
        return "Deutsch", True

    monkeypatch.setattr(QInputDialog, "getItem", get_item)
    assert exports.choose_language(_Window(unattended=False)) == "de"
    assert asked["proposed"] == "Italiano"


def test_cancel_exports_nothing(italian_window, monkeypatch) -> None:
    monkeypatch.setattr(QInputDialog, "getItem", lambda *args: ("Italiano", False))
    assert exports.choose_language(_Window(unattended=False)) is None


def test_unattended_exports_take_the_window_language(italian_window) -> None:
    assert exports.choose_language(_Window(unattended=True)) == "it"
