"""The pages, Find duplicates and the import wizard in French, German, Spanish, Italian and
Polish: every text the code hands to tr() has a finished translation in views_<lang>.ts (with
its placeholders, plural forms and Alt mnemonic), the pages show them once the compiled .qm is
installed, and German, the longest, fits the pages at the window's default size.

The .ts files are the sources (resources/translations/qt/views_<lang>.ts, group "views"); after
changing a text, extract again from the repository root with

    for lang in fr de es it pl; do .venv/bin/pyside6-lupdate -no-obsolete -locations none \\
        -source-language en -target-language $lang consortium_planner/ui/views/*.py \\
        consortium_planner/ui/duplicates.py consortium_planner/ui/import_wizard.py \\
        -ts resources/translations/qt/views_$lang.ts; done

(and with -pluralonly -target-language en into views_en.ts), then translate what it marks
unfinished.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTableView,
    QTabWidget,
    QWidget,
)

from consortium_planner.ui.pages import PAGE_SPECS, WORKSPACE_KEYS
from tests.ui.qt_translations import QT_TRANSLATIONS, compile_ts, install

LANGUAGES = ("fr", "de", "es", "it", "pl")
PLURAL_FORMS = {"en": 2, "fr": 2, "de": 2, "es": 2, "it": 2, "pl": 3}
PACKAGE = Path(__file__).resolve().parents[2] / "consortium_planner"
SOURCES = (*sorted((PACKAGE / "ui" / "views").glob("*.py")), PACKAGE / "ui" / "duplicates.py",
           PACKAGE / "ui" / "import_wizard.py")
PLACEHOLDER = re.compile(r"\{\w*\}|%n|%v|%m")

# Texts each page shows in English (headers, buttons, tabs, group boxes; "&" left out).
SAMPLES = {
    "directory": ("Saved searches", "Legal name", "VAT number"),
    "regions": ("Set category…", "All countries", "Source note"),
    "compare": ("Only what differs", "All sections", "PDF report…"),
    "overview": ("Key figures", "Call profile rules", "Thematic priority:"),
    "consortium": ("Add participants…", "Overrides…", "Funding rate"),
    "work_plan": ("Work packages", "Add work package", "Means of verification"),
    "effort": ("Personnel cost", "Person-months per participant and work package"),
    "budget": ("Cost lines", "Per country", "Own contribution"),
    "value_chain": ("Edit areas…", "The chain from research to market", "S3 areas"),
    "checks": ("How to fix it", "Severity", "Findings"),
    "dashboard": (),  # its texts are drawn by pyqtgraph, not widgets
    "returns": ("Import returned workbooks…", "Last imported", "What changed"),
}


# --- the .ts files against the code ---------------------------------------------------------------


def code_texts() -> set[str]:
    """The literal texts of every tr(text, ...) and translate(context, text, ...) call."""
    texts = set()
    for path in SOURCES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        helpers = {id(node) for function in ast.walk(tree)  # base.tr passes its text on
                   if isinstance(function, ast.FunctionDef) and function.name == "tr"
                   for node in ast.walk(function)}
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or id(node) in helpers:
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            position = {"tr": 0, "translate": 1}.get(name)
            if position is None or len(node.args) <= position:
                continue
            argument = node.args[position]
            assert isinstance(argument, ast.Constant) and isinstance(argument.value, str), (
                f"{path.name}:{node.lineno}: {name}() needs a literal text for lupdate")
            texts.add(argument.value)
    return texts


def ts_messages(language: str) -> list[ET.Element]:
    tree = ET.parse(QT_TRANSLATIONS / f"views_{language}.ts")
    return list(tree.iter("message"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_text_of_the_pages_is_in_the_ts_file(language):
    """A text added to the code without running lupdate, or one left in the .ts after the code
    dropped it, fails here."""
    sources = {message.findtext("source") for message in ts_messages(language)}
    assert code_texts() - sources == set(), "run pyside6-lupdate (see this module's docstring)"
    assert sources - code_texts() == set(), "run pyside6-lupdate with -no-obsolete"


def _check_translation(source: str, text: str | None, where: str) -> None:
    assert text and text.strip(), f"{where}: no translation"
    assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (
        f"{where}: placeholders differ: {text!r}")
    mnemonic = re.search(r"&[^&\s]", source) is not None
    assert (len(re.findall(r"&[^&\s]", text)) == 1) == mnemonic, (
        f"{where}: the Alt mnemonic (&) must stay, once: {text!r}")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_text_of_the_pages_is_translated(language):
    for message in ts_messages(language):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        where = f"views_{language}.ts {source!r}"
        assert translation is not None and translation.get("type") not in (
            "unfinished", "obsolete", "vanished"), f"{where}: unfinished"
        if message.get("numerus") == "yes":
            forms = [form.text for form in translation.iter("numerusform")]
            assert len(forms) == PLURAL_FORMS[language], f"{where}: plural forms"
            for form in forms:
                _check_translation(source, form, where)
        else:
            _check_translation(source, translation.text, where)


def test_english_gives_the_plural_forms_of_every_counted_text():
    """views_en.ts holds only the texts with a count: "%n row(s)" reads "1 row", "2 rows"."""
    messages = ts_messages("en")
    assert all(message.get("numerus") == "yes" for message in messages)
    counted = {message.findtext("source") for message in ts_messages("fr")
               if message.get("numerus") == "yes"}
    assert {message.findtext("source") for message in messages} == counted
    for message in messages:
        forms = [form.text or "" for form in message.iter("numerusform")]
        assert len(forms) == 2 and "(s)" not in "".join(forms), message.findtext("source")


# --- the pages in each language -------------------------------------------------------------------


@pytest.fixture(scope="session")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every views_<lang>.qm, compiled as the build does (lrelease fails on a broken .ts)."""
    folder = tmp_path_factory.mktemp("views-qm")
    return {language: compile_ts(QT_TRANSLATIONS / f"views_{language}.ts", folder)
            for language in LANGUAGES}


@pytest.fixture
def speaking(request, compiled) -> Iterator[str]:
    """The pages' translator of the language the test is parametrized with ("en": none)."""
    language = request.param
    translator = install(compiled[language]) if language != "en" else None
    yield language
    if translator is not None:
        QCoreApplication.removeTranslator(translator)


def shown_page(window, key: str, project_id: int) -> QWidget:
    page = window.show_page(key, None if key in WORKSPACE_KEYS else project_id)
    assert page is not None
    QApplication.processEvents()
    return page


def visible_texts(page: QWidget) -> set[str]:
    """What the page shows as words: labels, buttons, group boxes, tabs, table headers,
    placeholders (mnemonic & left out)."""
    texts: list[str] = []
    for widget in page.findChildren(QWidget):
        if isinstance(widget, (QAbstractButton, QLabel)):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            texts += [str(model.headerData(i, Qt.Orientation.Horizontal) or "")
                      for i in range(widget.horizontalHeader().count())]
    return {text.replace("&", "") for text in texts if text}


@pytest.mark.parametrize("speaking", ("en", *LANGUAGES), indirect=True)
def test_every_page_speaks_the_language(speaking, request, project_id):
    window = request.getfixturevalue("window")  # made after the translator is installed
    for key, samples in SAMPLES.items():
        texts = visible_texts(shown_page(window, key, project_id))
        for sample in samples:
            if speaking == "en":
                assert sample in texts, f"{key}: {sample!r} is not on the page"
            else:
                assert sample not in texts, f"{key}: {sample!r} is not translated"


def _clipped(widget: QWidget, page: QWidget) -> int:
    """How many pixels of the widget's width its parents cut off on the right (inside a scroll
    area: the viewport; else the page)."""
    frame: QWidget = page
    parent = widget.parentWidget()
    while parent is not None and parent is not page:
        if isinstance(parent, QScrollArea):
            frame = parent.viewport()
            break
        parent = parent.parentWidget()
    right = widget.mapTo(frame.window(), widget.rect().topRight()).x()
    frame_right = frame.mapTo(frame.window(), frame.rect().topRight()).x()
    return max(0, right - frame_right)


def cut_off(page: QWidget) -> list[str]:
    """Labels, buttons and group boxes of the page whose text does not fit."""
    found = []
    for widget in page.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not page.window():
            continue
        if (isinstance(widget, QAbstractButton) and widget.text()) or (
                isinstance(widget, QLabel) and widget.text() and not widget.wordWrap()):
            text, needed = widget.text(), widget.sizeHint().width()
        elif isinstance(widget, QGroupBox) and widget.title():
            text = widget.title()
            needed = widget.fontMetrics().horizontalAdvance(text.replace("&", "")) + 16
        else:
            continue
        if widget.width() < needed or _clipped(widget, page) > 0:
            found.append(f"{type(widget).__name__} {text!r}: {widget.width()} px of {needed}, "
                         f"{_clipped(widget, page)} px hidden")
    return found


@pytest.mark.parametrize("speaking", ("de",), indirect=True)
def test_german_fits_every_page_at_the_default_window_size(speaking, request, project_id):
    """German is the longest of the six: at the window's default size no label, button or
    group box title of a page is cut off."""
    window = request.getfixturevalue("window")
    assert (window.width(), window.height()) == (1280, 800)
    problems = {}
    for key in PAGE_SPECS:
        page = shown_page(window, key, project_id)
        found = cut_off(page)
        for tabs in page.findChildren(QTabWidget):  # every tab, not only the first
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                QApplication.processEvents()
                found += [text for text in cut_off(page) if text not in found]
        if found:
            problems[key] = found
    assert problems == {}


@pytest.mark.parametrize("speaking", ("de",), indirect=True)
def test_german_fits_find_duplicates_and_the_import_wizard(speaking, request, qtbot):
    from consortium_planner.ui.duplicates import show_duplicates
    from consortium_planner.ui.import_wizard import ImportWizard

    window = request.getfixturevalue("window")
    dialog = show_duplicates(window)
    QApplication.processEvents()
    assert cut_off(dialog) == []
    dialog.close()
    wizard = ImportWizard(window.context.workspace, parent=window, interactive=False)
    qtbot.addWidget(wizard)
    wizard.show()
    QApplication.processEvents()
    assert cut_off(wizard) == []


@pytest.mark.parametrize("speaking", ["de"], indirect=True)
def test_the_call_rules_name_rates_and_priorities_in_the_language(speaking) -> None:
    """The funding rule's keys ("non_profit") and the profile's thematic priorities were shown
    as stored, in English, in the middle of a German sentence."""
    from consortium_planner.rules.profiles import get_profile
    from consortium_planner.ui.language import set_window_language, window_language
    from consortium_planner.ui.views.overview import profile_rules

    before = window_language()
    set_window_language("de")
    try:
        lines = profile_rules(get_profile("i3-strand1"))
    finally:
        set_window_language(before)
    funding = next(line for line in lines if line.startswith("Fördersatz"))
    assert "gewinnorientiert 70 %" in funding and "gemeinnützig 100 %" in funding
    assert "non profit" not in funding
    priorities = next(line for line in lines if "Priorität" in line)
    assert "Intelligente Fertigung" in priorities and "Smart manufacturing" not in priorities
