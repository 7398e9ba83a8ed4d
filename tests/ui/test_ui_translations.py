"""The window in six languages: the .ts sources complete and up to date with the code, the .qm
built from them, the language chosen at start, and, over every page and dialog the tests can
open, (a) no visible text without a translation in fr, de, es, it and pl, and (b) no label or
button cut off in German at the window's default size.

PAGES_UNDER_TEST: the pages (ui/pages.py keys) whose texts (a) and (b) check, besides the
window's own surfaces (menus, navigator, status bar, welcome page, the window's dialogs). Every
page as soon as group "views" (the pages' own texts) has its .ts files; before that only the
window's own surfaces. CP_TEST_PAGES=all (or a comma-separated list of keys) overrides it.
"""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from consortium_planner.reference.languages import LANGUAGES, catalogue
from consortium_planner.ui import translations
from consortium_planner.ui.language import window_language
from consortium_planner.ui.pages import PAGES
from consortium_planner.ui.translations import (
    compile_translations,
    group_sources,
    install_translators,
    translated_languages,
    ts_dir,
)

FOREIGN = translated_languages()  # fr de es it pl


def _pages_under_test() -> tuple[str, ...]:
    wanted = os.environ.get("CP_TEST_PAGES", "")
    if wanted == "all":
        return tuple(spec.key for spec in PAGES)
    if wanted:
        return tuple(key.strip() for key in wanted.split(",") if key.strip())
    if any(ts_dir().glob("views_*.ts")):
        return tuple(spec.key for spec in PAGES)
    return ()


PAGES_UNDER_TEST = _pages_under_test()

# Widgets of the window's dialogs that show a page's own parts, checked with that page: the
# partner finder's table has the directory's columns.
BORROWED = {"FinderTable": "directory"}


@pytest.fixture
def language(qapp) -> Iterator[Callable[[str], None]]:
    """Switch the window's language (before building the window); English again afterwards."""
    yield install_translators
    install_translators("en")


# -- the sources and the compiled catalogues ---------------------------------------------------

def _messages(path: Path) -> list[tuple[str, str, tuple[str, ...] | None]]:
    """(context, source, translations) of each message of a .ts: the translation, or for a
    counted text (numerus) each of its plural forms; None when unfinished or any form empty."""
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            finished = translation.get("type") not in ("unfinished", "vanished", "obsolete")
            if message.get("numerus") == "yes":
                forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            found.append((name, message.findtext("source") or "",
                          forms if finished and forms and all(forms) else None))
    return found


def _groups() -> list[str]:
    return sorted({path.stem.rsplit("_", 1)[0] for path in ts_dir().glob("*.ts")})


def test_every_group_has_a_complete_ts_per_language() -> None:
    assert "window" in _groups()
    problems = []
    for group in _groups():
        for code in FOREIGN:
            path = ts_dir() / f"{group}_{code}.ts"
            if not path.is_file():
                problems.append(f"{path.name} is missing")
                continue
            for context, source, translation in _messages(path):
                if translation is None:
                    problems.append(f"{path.name}: {context}: {source!r} has no translation")
    assert not problems, "\n".join(problems)


_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%\d")


def _accelerators(text: str) -> int:
    return len(re.findall(r"&(?!&)", text.replace("&&", "")))


def test_translations_keep_placeholders_and_accelerators() -> None:
    problems = []
    for path in sorted(ts_dir().glob("*.ts")):
        for context, source, forms in _messages(path):
            for translation in forms or ():
                if sorted(_PLACEHOLDER.findall(source)) != \
                        sorted(_PLACEHOLDER.findall(translation)):
                    problems.append(f"{path.name}: {context}: {source!r} -> {translation!r}: "
                                    "placeholders differ")
                if _accelerators(source) != _accelerators(translation):
                    problems.append(f"{path.name}: {context}: {source!r} -> {translation!r}: "
                                    "accelerators (&) differ")
    assert not problems, "\n".join(problems)


def test_ts_sources_hold_every_text_the_code_marks(tmp_path: Path) -> None:
    """pyside6-lupdate over each group's modules finds no text the .ts lacks: a text wrapped in
    tr() but never added to the translations fails here."""
    for group in _groups():
        ours = ts_dir() / f"{group}_fr.ts"
        fresh = tmp_path / f"{group}_fr.ts"
        fresh.write_bytes(ours.read_bytes())
        subprocess.run([str(translations._tool("lupdate")), "-silent", "-no-obsolete",
                        "-locations", "none", *map(str, group_sources()[group]), "-ts",
                        str(fresh)], check=True)
        kept = {(c, s) for c, s, _t in _messages(ours)}
        now = {(c, s) for c, s, _t in _messages(fresh)}
        assert not now - kept, f"{group}: texts in the code missing from {ours.name} (run " \
            f"python -m consortium_planner.ui.translations --update): {sorted(now - kept)}"
        assert not kept - now, f"{group}: texts no longer in the code: {sorted(kept - now)}"


def test_the_qm_files_are_built_and_not_older_than_their_sources() -> None:
    """The README's commands compile them (python -m consortium_planner.ui.translations)."""
    for source in sorted(ts_dir().glob("*.ts")):
        compiled = source.with_suffix(".qm")
        assert compiled.is_file(), f"{compiled.name} is missing: run " \
            "python -m consortium_planner.ui.translations"
        assert compiled.stat().st_mtime >= source.stat().st_mtime, \
            f"{compiled.name} is older than {source.name}: run " \
            "python -m consortium_planner.ui.translations"


def test_compile_writes_a_qm_per_ts(tmp_path: Path) -> None:
    for source in ts_dir().glob("window_*.ts"):
        (tmp_path / source.name).write_bytes(source.read_bytes())
    written = compile_translations(tmp_path)
    # English too: its catalogue holds the plural forms of the window's counted texts
    assert sorted(path.name for path in written) == [f"window_{code}.qm" for code in
                                                     sorted((*FOREIGN, "en"))]
    assert all(path.stat().st_size > 1000 for path in written if not path.stem.endswith("_en"))


# -- loading and choosing ----------------------------------------------------------------------

def test_install_translators_loads_the_groups_and_qts_own(language) -> None:
    loaded = language("de")
    assert window_language() == "de"
    assert {path.name for path in loaded} >= {"window_de.qm", "qtbase_de.qm"}
    assert QCoreApplication.translate("actions", "&File") == "&Datei"
    assert QCoreApplication.translate("pages", "Effort matrix") == "Aufwandsmatrix"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"
    # English loads only the plural forms of counted texts (its .ts hold nothing else)
    english = {path.name for path in language("en")}
    assert english <= {f"{group}_en.qm" for group in _groups()} | {"qtbase_en.qm"}
    assert "views_en.qm" in english
    assert QCoreApplication.translate("actions", "&File") == "&File"
    assert QCoreApplication.translate("RegionsPage", "%n region(s), {missing} without a category",
                                      "", 2) == "2 regions, {missing} without a category"


class _Locale:
    """A stand-in for QLocale.system()."""

    def __init__(self, *names: str) -> None:
        self.names = list(names)

    def system(self) -> _Locale:
        return self

    def uiLanguages(self) -> list[str]:  # noqa: N802 - Qt's name
        return self.names

    def name(self) -> str:
        return self.names[0] if self.names else "C"


def test_the_start_language_is_the_chosen_one_else_the_systems_else_english(
        settings: QSettings, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(translations, "QLocale", _Locale("pl-PL", "en-US"))
    assert translations.start_language(settings) == "pl"
    translations.choose_language(settings, "it")
    assert translations.start_language(settings) == "it"
    translations.choose_language(settings, None)
    monkeypatch.setattr(translations, "QLocale", _Locale("ja-JP", "es-ES"))
    assert translations.start_language(settings) == "es"
    monkeypatch.setattr(translations, "QLocale", _Locale("ja-JP"))
    assert translations.start_language(settings) == "en"
    settings.setValue("language", "klingon")
    assert translations.start_language(settings) == "en"


def test_a_system_of_no_language_speaks_english_without_looking_up_language_names(
        settings: QSettings, monkeypatch: pytest.MonkeyPatch) -> None:
    """A system reports locale tags ("C" under LANG=C.UTF-8, on servers and in containers):
    looking "C" up among the languages' names read all six locales' CLDR data at each start,
    and babel's parse of a tag its global data; a tag's first part names the language."""
    from consortium_planner.reference import languages

    class NoBabel:
        @staticmethod
        def parse(tag: str) -> None:
            raise AssertionError(f"parsed {tag!r} with babel")

    def no_name_look_up(name: str) -> None:
        raise AssertionError(f"looked {name!r} up among the languages' names")

    monkeypatch.setattr(languages, "_language_by_name", no_name_look_up)
    monkeypatch.setattr(languages, "Locale", NoBabel)
    monkeypatch.setattr(translations, "QLocale", _Locale("C"))
    assert translations.start_language(settings) == "en"
    monkeypatch.setattr(translations, "QLocale", _Locale("POSIX", "de-AT"))
    assert translations.start_language(settings) == "de"


def test_the_language_menu_remembers_the_choice_for_the_next_start(window, settings) -> None:
    menu = window.menus["language"]
    assert menu.title() == "&Language" and menu.menuAction().isEnabled()
    names = [action.text() for action in menu.actions()]
    assert names[1:] == list(LANGUAGES.values())
    assert names[0].startswith("System language (")
    assert menu.actions()[0].isChecked()
    deutsch = next(action for action in menu.actions() if action.text() == "Deutsch")
    deutsch.trigger()
    assert settings.value("language") == "de"
    assert deutsch.isChecked()
    assert "next start" in window.statusBar().currentMessage()
    assert window.menus["file"].title() == "&File"  # nothing changes silently before then


def test_a_window_built_in_french_speaks_french(language, qtbot, context, reporter) -> None:
    from consortium_planner.ui.main_window import MainWindow

    language("fr")
    window = MainWindow(context, reporter)
    qtbot.addWidget(window)
    assert [menu.title() for menu in window.menuBar().findChildren(QMenu)
            if menu.parent() is window.menuBar()][:2] == ["&Fichier", "É&dition"]
    assert window.action("page_effort").text() == "Matrice d'effort"
    assert window.navigator.topLevelItem(0).text(0) == "Annuaire des partenaires"
    window.close()


# -- (a) every visible text has a translation --------------------------------------------------

def _pattern(source: str) -> re.Pattern[str] | None:
    """A source with placeholders as a pattern of the texts it makes; None for a source that is
    only placeholders and punctuation (it would match anything)."""
    if not _PLACEHOLDER.search(source):
        return None
    parts = _PLACEHOLDER.split(source)
    if not any(re.search(r"[^\W\d_]", part) for part in parts):
        return None
    return re.compile(".+?".join(re.escape(part) for part in parts), re.DOTALL)


_STANDARD_BUTTONS = ("OK", "Save", "Save All", "Open", "&Yes", "Yes to &All", "&No",
                     "N&o to All", "Abort", "Retry", "Ignore", "Close", "Cancel", "Discard",
                     "Help", "Apply", "Reset", "Restore Defaults")


@cache
def _standard_buttons(code: str) -> dict[str, str]:
    """English text → translation of the standard dialog buttons Qt's own catalogue
    (qtbase_<code>.qm, installed with the window's) translates."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    translator = QTranslator()
    if not translator.load(str(folder / f"qtbase_{code}.qm")):
        return {}
    return {text: translated for text in _STANDARD_BUTTONS
            if (translated := translator.translate("QPlatformTheme", text))}


@cache
def _known(shown: str) -> tuple[dict[str, set[str]], list[tuple[re.Pattern[str], set[str]]]]:
    """For a window shown in English ("en"): every source text (Qt .ts and gettext .po) → the
    languages that translate it. For a window shown in another language: every translation
    into it → {that language}. Plus the texts with placeholders as patterns. A counted text
    (numerus) counts by its forms: in English, those of the English catalogue ("%n region"
    and "%n regions" for "%n region(s)"), translated where the source is."""
    exact: dict[str, set[str]] = {}
    translated_by: dict[tuple[str, str], set[str]] = {}
    english_forms: dict[tuple[str, str], tuple[str, ...]] = {}
    for path in ts_dir().glob("*.ts"):
        code = path.stem.rsplit("_", 1)[1]
        for context, source, forms in _messages(path):
            if forms is None:
                continue
            if code == "en":
                english_forms[(context, source)] = forms
                continue
            translated_by.setdefault((context, source), set()).add(code)
            if code == shown:
                for form in forms:
                    exact.setdefault(form, set()).add(code)
    if shown == "en":
        for (context, source), codes in translated_by.items():
            for text in (source, *english_forms.get((context, source), ())):
                exact.setdefault(text, set()).update(codes)
    for code in FOREIGN if shown == "en" else (shown,):  # Qt's own: the standard buttons
        for english, translated in _standard_buttons(code).items():
            exact.setdefault(english if shown == "en" else translated, set()).add(code)
    for code in FOREIGN if shown == "en" else (shown,):
        for source, translation in catalogue(code).messages.items():
            if catalogue(code).has(source):
                texts = [source] if shown == "en" else (
                    list(translation) if isinstance(translation, tuple) else [translation])
                for text in texts:
                    exact.setdefault(text, set()).add(code)
    patterns = [(pattern, codes) for text, codes in exact.items()
                if (pattern := _pattern(text)) is not None]
    return exact, patterns


def _translated_in(text: str, shown: str) -> set[str]:
    exact, patterns = _known(shown)
    if text in exact:
        return exact[text]
    found: set[str] = set()
    for pattern, codes in patterns:
        if pattern.fullmatch(text):
            found |= codes
    return found


def _plain(text: str) -> str:
    if GuiQt.mightBeRichText(text):
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return text


def _owned_by_skipped_page(widget: QWidget, skipped: set[int]) -> bool:
    borrowed_from = BORROWED.get(type(widget).__name__)
    if borrowed_from is not None and borrowed_from not in PAGES_UNDER_TEST:
        return True
    while widget is not None:
        if id(widget) in skipped:
            return True
        widget = widget.parentWidget()
    return False


def _tree_texts(item: QTreeWidgetItem) -> Iterator[str]:
    yield item.text(0)
    yield item.toolTip(0)
    for position in range(item.childCount()):
        yield from _tree_texts(item.child(position))


def _menu_texts(menu: QMenu, where: str) -> Iterator[tuple[str, str]]:
    yield menu.title(), where
    for action in menu.actions():
        if action.menu() is not None:
            yield from _menu_texts(action.menu(), f"{where} > {action.text()}")
        elif not action.isSeparator():
            yield action.text(), f"{where} > action"
            yield action.statusTip(), f"{where} > {action.text()} (status tip)"


def visible_texts(root: QWidget, skipped: set[int] = frozenset()  # type: ignore[assignment]
                  ) -> list[tuple[str, str]]:
    """(text, where) for each text shown in `root` and its visible children: labels, buttons,
    tooltips, group box titles, tab titles, placeholders, table headers, tree items, menus."""
    found: list[tuple[str, str]] = []

    def add(text: str, where: str) -> None:
        if text and text.strip():
            found.append((text, where))

    if isinstance(root, QDialog):
        add(root.windowTitle(), f"{type(root).__name__} (title)")
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        if _owned_by_skipped_page(widget, skipped):
            continue
        kind = type(widget).__name__
        where = f"{kind} {widget.objectName() or widget.accessibleName()}".strip()
        add(widget.toolTip(), f"{where} (tooltip)")
        if isinstance(widget, QLabel):
            add(_plain(widget.text()), where)
        elif isinstance(widget, QAbstractButton):
            add(widget.text(), where)
        elif isinstance(widget, QGroupBox):
            add(widget.title(), where)
        elif isinstance(widget, QLineEdit):
            add(widget.placeholderText(), f"{where} (placeholder)")
        elif isinstance(widget, QTabBar):
            for position in range(widget.count()):
                add(widget.tabText(position), f"{where} (tab)")
                add(widget.tabToolTip(position), f"{where} (tab tooltip)")
        if isinstance(widget, QTreeWidget):
            for position in range(widget.topLevelItemCount()):
                for text in _tree_texts(widget.topLevelItem(position)):
                    add(text, f"{where} (item)")
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None and \
                hasattr(widget, "isColumnHidden"):
            model = widget.model()
            for column in range(model.columnCount()):
                if not widget.isColumnHidden(column):
                    add(str(model.headerData(column, Qt.Orientation.Horizontal) or ""),
                        f"{where} (header)")
    return found


@cache
def _data_strings(workspace: Path | None) -> tuple[str, ...]:
    """Every text the workspace holds (names, titles, notes...) and the reference names (country
    and region names, NACE titles, call profile names), longest first: names, user data and
    reference data are not translated."""
    from consortium_planner.reference.countries import all_countries
    from consortium_planner.reference.nace import all_items
    from consortium_planner.reference.nuts import all_regions
    from consortium_planner.rules.profiles import available_profiles

    found = {"Consortium Planner", "localhost", *LANGUAGES.values()}
    if workspace is not None:
        with sqlite3.connect(f"file:{workspace}?mode=ro", uri=True) as connection:
            tables = [row[0] for row in connection.execute(
                "select name from sqlite_master where type = 'table' and name not like '%fts%'")]
            for table in tables:
                for row in connection.execute(f'select * from "{table}"'):
                    found.update(value for value in row if isinstance(value, str))
    found.update(country.name_en for country in all_countries())
    found.update(region.name for region in all_regions())
    found.update(item.title for item in all_items())  # Eurostat's NACE titles, in English
    found.update(profile.name for profile in available_profiles().values())
    return tuple(sorted((text for text in found if len(text.strip()) > 1), key=len,
                        reverse=True))


_CODE = re.compile(r"\b(?:[A-Z]{1,4}\d*(?:[.\-@]\d+)*|[A-Z]{2}[A-Z0-9]{1,3}|v\d+)\b")
_PATH = re.compile(r"(?:[A-Za-z]:)?[/\\][^\s()]*|[^\s()]+\.(?:cpw|xlsx|csv|pdf|log)\b")


def _is_data(text: str, workspace: Path | None) -> bool:
    """Whether nothing but names, user data, file names, codes (WP2, T2.1, ITF4, EUR) and
    numbers is left once they are taken out of `text`."""
    rest = _PATH.sub(" ", text)
    for data in _data_strings(workspace):
        if data in rest:
            rest = rest.replace(data, " ")
    rest = _CODE.sub(" ", rest)
    return not re.search(r"[^\W\d_]{2,}", rest)


def _untranslated(texts: list[tuple[str, str]], workspace: Path | None,
                  shown: str = "en") -> list[str]:
    """The texts of a window shown in `shown` that lack a translation: shown in English, a text
    that is no source translated into all five languages; shown in another language, a text
    that is no translation into it (an English text the window forgot to translate)."""
    problems = []
    seen = set()
    wanted = set(FOREIGN) if shown == "en" else {shown}
    for whole, where in texts:
        if whole in seen:
            continue
        seen.add(whole)
        # a label of several lines is several texts, one per line (a heading, then its items)
        pieces = [whole] if _translated_in(whole, shown) >= wanted or "\n" not in whole else \
            [line.strip() for line in whole.splitlines() if line.strip()]
        for text in pieces:
            missing = wanted - _translated_in(text, shown)
            if not missing:
                continue
            if _is_data(text, workspace):
                continue
            problems.append(f"{where}: {text!r} has no translation in "
                            f"{', '.join(sorted(missing))}")
    return problems


def _settle() -> None:
    for _ in range(3):  # the status bar's error count, a page's first search: a moment later
        QApplication.processEvents()


def every_view(window) -> Iterator[tuple[str, set[int]]]:
    """Show each page of the demo's first project and each tab of it in turn; yields the page
    key (and tab) shown and the ids of the pages not under test, whose widgets the checks leave
    to their owners."""
    from PySide6.QtWidgets import QTabWidget

    project = window.context.projects()[0].id
    for spec in PAGES:
        page = window.show_page(spec.key, None if spec.workspace_wide else project)
        _settle()
        skipped = {id(shown) for key, shown in window.pages.items()
                   if key not in PAGES_UNDER_TEST}
        yield spec.key, skipped
        for tabs in page.findChildren(QTabWidget) if page is not None else []:
            for position in range(1, tabs.count()):
                tabs.setCurrentIndex(position)
                _settle()
                yield f"{spec.key} > {tabs.tabText(position)}", skipped
            tabs.setCurrentIndex(0)


def _window_dialogs(window) -> Iterator[QDialog]:
    """The window's dialogs, each as it first shows."""
    from consortium_planner.services.partner_returns import import_partner_workbook
    from consortium_planner.ui.dialogs import OverrideDialog, ProjectDialog
    from consortium_planner.ui.partner_finder import PartnerFinder
    from consortium_planner.ui.partner_workbooks import GenerateDialog, ReturnsPreviewDialog
    from consortium_planner.ui.team_workspace import TeamWorkspaceDialog

    context = window.context
    project = context.projects()[0].id
    snapshot = context.snapshot(project)
    translate = QCoreApplication.translate
    yield ProjectDialog(translate("projects", "New project"), full=True, parent=window)
    yield ProjectDialog(translate("scenarios", "New scenario of {acronym}").format(
        acronym=snapshot.project.acronym), "CIRCOMP-B", scenario=True, parent=window)
    yield OverrideDialog(snapshot.participants[1], window)
    yield GenerateDialog(snapshot, window)
    bad = Path(context.workspace.path).parent / "not-a-workbook.xlsx"
    bad.write_bytes(b"not a workbook")
    yield ReturnsPreviewDialog([import_partner_workbook(context.workspace, bad, dry_run=True)],
                               window)
    yield PartnerFinder(context, project, window)
    yield TeamWorkspaceDialog(window)


def _texts_of_window(window, qtbot) -> list[tuple[str, str]]:
    texts = []
    for shown, skipped in every_view(window):
        texts += [(text, f"{shown}: {where}") for text, where in visible_texts(window, skipped)]
    for menu in window.menuBar().findChildren(QMenu):
        if menu.parent() is window.menuBar():
            texts += list(_menu_texts(menu, "menu"))
    window.menus["recent"].aboutToShow.emit()
    texts += list(_menu_texts(window.menus["recent"], "menu"))
    for dialog in _window_dialogs(window):
        dialog.show()
        qtbot.waitExposed(dialog)
        _settle()
        texts += visible_texts(dialog)
        dialog.close()
    return texts


def test_every_visible_text_of_the_window_is_translated(window, qtbot, workspace_path) -> None:
    """Rendered in English, each text the window shows is a source the .ts (or, for a text
    made below the window, a .po catalogue) translates into fr, de, es, it and pl; names and
    user data excepted."""
    texts = _texts_of_window(window, qtbot)
    assert len(texts) > 150  # menus, navigator, status bar, dialogs: the collector works
    problems = _untranslated(texts, workspace_path)
    assert not problems, f"{len(problems)} untranslated texts (pages under test: " \
        f"{', '.join(PAGES_UNDER_TEST) or 'the window only'}):\n" + "\n".join(problems)


def test_the_window_shown_in_german_shows_german(language, qtbot, context, reporter,
                                                workspace_path) -> None:
    """Shown in German, each text is a translation into German (or a name or user data): a
    text marked for translation but looked up in another context, or never passed through
    tr(), shows English and fails here."""
    from consortium_planner.ui.main_window import MainWindow

    language("de")
    window = MainWindow(context, reporter)
    qtbot.addWidget(window)
    window.show()
    problems = _untranslated(_texts_of_window(window, qtbot), workspace_path, "de")
    assert not problems, f"{len(problems)} texts not in German (pages under test: " \
        f"{', '.join(PAGES_UNDER_TEST) or 'the window only'}):\n" + "\n".join(problems)


def test_the_welcome_page_is_translated(qtbot, settings, reporter, user_data) -> None:
    from consortium_planner.app import AppContext
    from consortium_planner.ui.main_window import MainWindow

    window = MainWindow(AppContext(settings), reporter)
    qtbot.addWidget(window)
    window.welcome.set_recent_files([user_data / "gone.cpw"])
    window.show()
    problems = _untranslated(visible_texts(window), None)
    assert not problems, "\n".join(problems)


def test_the_check_finds_an_untranslated_text(window, workspace_path) -> None:
    """The checker itself: a text nobody translated is reported, a name is not."""
    organisation = window.context.organisations()[0].legal_name
    problems = _untranslated([("Frobnicate the widgets", "QLabel"),
                              (f"{organisation} (WP2, ITF4)", "QLabel"),
                              ("Versions (3)", "QTreeWidget")], workspace_path)
    assert problems == ["QLabel: 'Frobnicate the widgets' has no translation in de, es, fr, "
                        "it, pl"]


# -- (b) nothing cut off in German -------------------------------------------------------------

def _mnemonic_free(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _scrolls_sideways(widget: QWidget) -> bool:
    """Whether a scroll area around `widget` shows a horizontal scroll bar: the part it hides
    is one scroll away, not cut off."""
    from PySide6.QtWidgets import QAbstractScrollArea

    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and \
                parent.horizontalScrollBar().isVisible():
            return True
        parent = parent.parentWidget()
    return False


def cut_off(root: QWidget, skipped: set[int] = frozenset()  # type: ignore[assignment]
            ) -> list[str]:
    """Labels, buttons, group box titles and tabs of `root` narrower than their text, or cut by
    a scroll area or splitter that shows only part of their width."""
    problems = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or _owned_by_skipped_page(widget, skipped):
            continue
        kind = type(widget).__name__
        shown = widget.visibleRegion().boundingRect()
        if isinstance(widget, (QLabel, QAbstractButton)) and widget.text() and \
                not shown.isEmpty() and shown.width() < widget.width() - 1 and \
                not _scrolls_sideways(widget):
            problems.append(f"{kind} {_plain(widget.text())!r}: only {shown.width()} of its "
                            f"{widget.width()} px are shown")
            continue
        if isinstance(widget, QLabel) and widget.text() and not widget.wordWrap() \
                and widget.pixmap().isNull():
            if widget.sizeHint().width() > widget.width() + 1:
                problems.append(f"{kind} {_plain(widget.text())!r}: needs "
                                f"{widget.sizeHint().width()} px, has {widget.width()}")
        elif isinstance(widget, QAbstractButton) and widget.text():
            if widget.sizeHint().width() > widget.width() + 1:
                problems.append(f"{kind} {widget.text()!r}: needs "
                                f"{widget.sizeHint().width()} px, has {widget.width()}")
        elif isinstance(widget, QGroupBox) and widget.title():
            needed = widget.fontMetrics().horizontalAdvance(_mnemonic_free(widget.title()))
            if needed > widget.width():
                problems.append(f"{kind} {widget.title()!r}: needs {needed} px, has "
                                f"{widget.width()}")
        elif isinstance(widget, QTabBar):
            for position in range(widget.count()):
                text = _mnemonic_free(widget.tabText(position))
                needed = widget.fontMetrics().horizontalAdvance(text)
                if needed > widget.tabRect(position).width():
                    problems.append(f"{kind} tab {text!r}: needs {needed} px, has "
                                    f"{widget.tabRect(position).width()}")
        elif isinstance(widget, QComboBox) and not widget.isEditable() and \
                widget.currentText() and widget.sizeAdjustPolicy() != \
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon:
            pass  # a combo box shows the chosen entry; long data entries are the user's
    return problems


def test_nothing_is_cut_off_in_german(language, qtbot, context, reporter) -> None:
    from consortium_planner.ui.main_window import MainWindow

    language("de")
    window = MainWindow(context, reporter)
    qtbot.addWidget(window)
    window.resize(window.sizeHint())
    window.show()
    qtbot.waitExposed(window)
    problems = []
    for shown, skipped in every_view(window):
        problems += [f"{shown}: {problem}" for problem in cut_off(window, skipped)]
    for dialog in _window_dialogs(window):
        dialog.show()
        qtbot.waitExposed(dialog)
        _settle()
        problems += [f"{type(dialog).__name__}: {problem}" for problem in cut_off(dialog)]
        dialog.close()
    assert window.menuBar().actions()[0].text() == "&Datei"
    assert not sorted(set(problems)), "\n".join(sorted(set(problems)))


def test_a_splitter_cannot_cut_the_facets_buttons_off(language, qtbot) -> None:
    """Polish has the longest "Clear all" (Wyczyść wszystko): squeezed by its splitter, the
    facet panel scrolls sideways instead of cutting its buttons off."""
    from PySide6.QtWidgets import QPushButton, QSplitter

    from consortium_planner.ui.facets import FacetPanel

    language("pl")
    splitter = QSplitter()
    qtbot.addWidget(splitter)
    panel = FacetPanel(splitter)
    panel.top.insertWidget(2, QPushButton("Zapisane wyszukiwania", panel))  # as the directory
    splitter.addWidget(QWidget())
    splitter.resize(1000, 700)
    splitter.setSizes([60, 940])
    splitter.show()
    qtbot.waitExposed(splitter)
    _settle()
    assert panel.clear_all_button.text() == "Wyczyść wszystko"
    assert not cut_off(splitter)


def test_the_conflict_dialog_speaks_german(language, qtbot) -> None:
    """The conflict dialog (issue 15) comes up from any edit; the test window never shows it, so
    it is built here: its own texts in German (the row's label is the service's, not its)."""
    from consortium_planner.services.editing.conflicts import Conflict, EditConflict
    from consortium_planner.ui.conflicts import ConflictDialog

    language("de")
    dialog = ConflictDialog(EditConflict(
        [Conflict("task", 3, "task", "title", "Mine", "Theirs")], {("task", 3): 4}))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Jemand anderes hat dies geändert"
    assert dialog.table.item(0, 3).text() == "jemand anderes"
    assert _untranslated(visible_texts(dialog), None, "de") == []
    assert cut_off(dialog) == []


def test_the_history_dialog_speaks_german(language, qtbot, context, reporter,
                                          workspace_path) -> None:
    """Project > History (issue 15), which the test window never opens: its own texts in German
    (the log's lines of what changed are the edit log's)."""
    from consortium_planner.ui.history import HistoryDialog
    from consortium_planner.ui.main_window import MainWindow

    language("de")
    window = MainWindow(context, reporter)
    qtbot.addWidget(window)
    project = context.projects()[0]
    context.editing.update("project", project.id, {"title": "Neu"})
    window.show_page("overview", project.id)
    window.action("project_history").trigger()
    dialog = window.findChild(HistoryDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == f"Verlauf von {project.acronym}"
    assert re.fullmatch(r"\d+ Änderungen? angezeigt, die neuesten? zuerst\.",
                        dialog.count_label.text())
    assert _untranslated(visible_texts(dialog), workspace_path, "de") == []
    assert cut_off(dialog) == []
    dialog.close()
