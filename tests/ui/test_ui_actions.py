"""The action table: every action can be found in a menu, and no two share a shortcut."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from consortium_planner.ui.actions import ACTIONS


def menu_actions(menu: QMenu) -> list[QAction]:
    found = []
    for action in menu.actions():
        found.append(action)
        if action.menu() is not None:
            found.extend(menu_actions(action.menu()))
    return found


def test_every_action_of_the_table_is_in_a_menu(window):
    in_menus = [action for top in window.menuBar().actions()
                for action in [top, *menu_actions(top.menu())]]
    missing = [spec.name for spec in ACTIONS if window.action(spec.name) not in in_menus]
    assert missing == []


def test_no_two_actions_share_a_shortcut(window):
    owners: dict[str, list[str]] = {}
    for spec in ACTIONS:
        keys = {shortcut.toString() for shortcut in window.action(spec.name).shortcuts()}
        assert keys == {QKeySequence(shortcut).toString() for shortcut in spec.shortcuts}
        for key in keys:
            owners.setdefault(key, []).append(spec.name)
    assert {key: names for key, names in owners.items() if len(names) > 1} == {}
