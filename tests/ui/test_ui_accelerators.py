"""Keyboard accelerators (&File) stay unique within each menu of the main window, and within the
menu bar, in each of the six languages, as the compiled translations (.qm) give them: two
entries with the same underlined letter make Alt+letter only cycle between them."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QMenu

from consortium_planner.reference.languages import LANGUAGES
from consortium_planner.ui.translations import install_translators


def accelerator(text: str) -> str | None:
    """The underlined letter of a text ('&File' -> 'f'); None without one ('&&' is a plain &)."""
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def clashes(texts: list[str]) -> dict[str, list[str]]:
    """Letter -> the texts that share it, for each letter taken more than once."""
    by_letter: dict[str, list[str]] = defaultdict(list)
    for text in texts:
        letter = accelerator(text)
        if letter is not None:
            by_letter[letter].append(text)
    return {letter: shared for letter, shared in by_letter.items() if len(shared) > 1}


def menus(menu: QMenu, where: str) -> Iterator[tuple[str, QMenu]]:
    """A menu and its submenus, each with where it is ('File > Recent')."""
    yield where, menu
    for action in menu.actions():
        if action.menu() is not None:
            yield from menus(action.menu(), f"{where} > {action.text()}")


def test_accelerator_and_clashes_read_qt_mnemonics() -> None:
    assert accelerator("&File") == "f" and accelerator("Save &As…") == "a"
    assert accelerator("R&&D costs") is None and accelerator("Plain") is None
    assert clashes(["&Edit", "&Export", "E&xit"]) == {"e": ["&Edit", "&Export"]}


@pytest.fixture
def window_in(qapp, qtbot, context, reporter):
    from consortium_planner.ui.main_window import MainWindow

    def build(language: str) -> MainWindow:
        install_translators(language)
        window = MainWindow(context, reporter)
        qtbot.addWidget(window)
        return window

    yield build
    install_translators("en")


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_no_two_entries_of_a_menu_share_an_accelerator(window_in, language: str) -> None:
    window = window_in(language)
    bar = window.menuBar()
    found = {"menu bar": clashes([action.text() for action in bar.actions()
                                  if action.isVisible()])}
    for action in bar.actions():
        if action.menu() is None:
            continue
        action.menu().aboutToShow.emit()  # menus filled as they open (Recent, Window)
        for where, menu in menus(action.menu(), action.text()):
            found[where] = clashes([entry.text() for entry in menu.actions()
                                    if entry.isVisible() and not entry.isSeparator()])
    window.close()
    assert {where: shared for where, shared in found.items() if shared} == {}


def mnemonic_texts(root) -> list[str]:
    """The texts of a dialog that may carry an accelerator: buttons, labels, group boxes and
    tabs shown in it."""
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabWidget

    texts = []
    for widget in root.findChildren(QAbstractButton):
        if widget.isVisibleTo(root):
            texts.append(widget.text())
    for label in root.findChildren(QLabel):
        if label.isVisibleTo(root) and label.textFormat() != label.textFormat().RichText:
            texts.append(label.text())
    for box in root.findChildren(QGroupBox):
        if box.isVisibleTo(root):
            texts.append(box.title())
    for tabs in root.findChildren(QTabWidget):
        if tabs.isVisibleTo(root):
            texts += [tabs.tabText(position) for position in range(tabs.count())]
    return texts


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_no_two_controls_of_a_dialog_share_an_accelerator(window_in, qtbot, language) -> None:
    from test_ui_translations import _window_dialogs

    window = window_in(language)
    found = {}
    for dialog in _window_dialogs(window):
        dialog.show()
        qtbot.waitExposed(dialog)
        found[type(dialog).__name__ + " " + dialog.windowTitle()] = clashes(mnemonic_texts(dialog))
        dialog.close()
    window.close()
    assert {where: shared for where, shared in found.items() if shared} == {}
