"""The window's Qt translations: which language it speaks, loading the compiled catalogues, and
building them from their sources.

Sources are `resources/translations/qt/<group>_<language>.ts` (group "window": the top-level
ui modules; "views": the pages, the duplicates dialog and the import wizard), kept in the
repository. The `.qm` files Qt loads are compiled from them by pyside6-lrelease, which ships
with PySide6, and are not committed:

    python -m consortium_planner.ui.translations            # compile every .ts to .qm
    python -m consortium_planner.ui.translations --update   # first refresh the .ts from the code
    python -m consortium_planner.ui.translations --update --group window   # one group only

At start the window speaks the language chosen in the settings (View > Language), else the
system's when it is one of the app's, else English. A new choice applies at the next start.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from consortium_planner.paths import resources_dir
from consortium_planner.reference.languages import (
    DEFAULT_LANGUAGE,
    LANGUAGES,
    UnknownLanguage,
    language_code,
    locale_language,
)
from consortium_planner.ui.language import set_window_language

LANGUAGE_SETTING = "language"  # a language code; absent: follow the system

# Each group's sources: the modules lupdate reads for it (relative to the package folder).
_UI = Path(__file__).resolve().parent
_VIEWS_FILES = ("duplicates.py", "import_wizard.py")
_NOT_WINDOW = _VIEWS_FILES


def ts_dir() -> Path:
    return resources_dir() / "translations" / "qt"


def group_sources() -> dict[str, list[Path]]:
    """Group name → the Python files whose tr() texts its .ts holds."""
    window = sorted(p for p in _UI.glob("*.py") if p.name not in _NOT_WINDOW)
    views = sorted([*(_UI / "views").glob("*.py"), *(_UI / name for name in _VIEWS_FILES)])
    return {"window": window, "views": views}


def translated_languages() -> tuple[str, ...]:
    """The languages other than English (the source language) that have .ts files."""
    return tuple(code for code in LANGUAGES if code != DEFAULT_LANGUAGE)


# -- which language ------------------------------------------------------------------------------

def system_language() -> str:
    """The system's language when the app speaks it, else English."""
    for tag in QLocale.system().uiLanguages() or [QLocale.system().name()]:
        code = locale_language(tag)
        if code is not None:
            return code
    return DEFAULT_LANGUAGE


def chosen_language(settings: QSettings) -> str | None:
    """The language chosen in the settings; None: follow the system."""
    value = settings.value(LANGUAGE_SETTING, "")
    if not value:
        return None
    try:
        return language_code(str(value))
    except UnknownLanguage:
        return None


def start_language(settings: QSettings) -> str:
    """The language the window starts in."""
    return chosen_language(settings) or system_language()


def choose_language(settings: QSettings, language: str | None) -> None:
    """Remember a choice (a code, or None to follow the system) for the next start."""
    if language is None:
        settings.remove(LANGUAGE_SETTING)
    else:
        settings.setValue(LANGUAGE_SETTING, language_code(language))
    settings.sync()


# -- loading -------------------------------------------------------------------------------------

_installed: list[QTranslator] = []


def install_translators(language: str, folder: Path | None = None) -> list[Path]:
    """Make `language` the window's: remove the translators installed before, then install one
    per group catalogue found for it, and Qt's own (standard buttons and dialogs). Returns the
    catalogues loaded. Call before building the window: its texts are read once."""
    app = QCoreApplication.instance()
    assert app is not None, "create the QApplication first"
    code = set_window_language(language)
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    # English too: its catalogues hold only the plural forms of counted texts ("2 partners")
    catalogues = sorted((folder or ts_dir()).glob(f"*_{code}.qm"))
    qt_own = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / \
        f"qtbase_{code}.qm"
    if qt_own.is_file():
        catalogues.append(qt_own)
    loaded = []
    for path in catalogues:
        translator = QTranslator(app)
        if translator.load(str(path)):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
            loaded.append(path)
    return loaded


# -- building ------------------------------------------------------------------------------------

def _tool(name: str) -> Path:
    """lrelease or lupdate as PySide6 ships them (no PATH needed)."""
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    for candidate in (folder / name, folder / f"{name}.exe", folder / "Qt" / "bin" / name):
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"PySide6 has no {name} in {folder}; reinstall PySide6-Essentials")


def compile_translations(folder: Path | None = None) -> list[Path]:
    """Compile every `.ts` of `folder` (default: the shipped ones) to the `.qm` beside it."""
    folder = folder or ts_dir()
    written = []
    for source in sorted(folder.glob("*.ts")):
        target = source.with_suffix(".qm")
        subprocess.run([str(_tool("lrelease")), "-silent", str(source), "-qm", str(target)],
                       check=True)
        written.append(target)
    return written


def update_sources(folder: Path | None = None, groups: list[str] | None = None) -> list[Path]:
    """Refresh each group's `.ts` (every language) from the tr() texts of its modules: new
    texts arrive unfinished, texts no longer in the code are dropped."""
    folder = folder or ts_dir()
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for group, sources in group_sources().items():
        if groups and group not in groups:
            continue
        targets = [folder / f"{group}_{code}.ts" for code in translated_languages()]
        subprocess.run([str(_tool("lupdate")), "-silent", "-no-obsolete", "-locations", "none",
                        *map(str, sources), "-ts", *map(str, targets)], check=True)
        written += targets
        english = folder / f"{group}_{DEFAULT_LANGUAGE}.ts"
        if english.exists():  # the English plural forms of counted texts, and nothing else
            subprocess.run([str(_tool("lupdate")), "-silent", "-no-obsolete", "-locations",
                            "none", "-pluralonly", "-target-language", DEFAULT_LANGUAGE,
                            *map(str, sources), "-ts", str(english)], check=True)
            written.append(english)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Compile the window's translations (.ts → .qm).")
    parser.add_argument("--update", action="store_true",
                        help="first refresh the .ts sources from the code (pyside6-lupdate)")
    parser.add_argument("--group", action="append", choices=sorted(group_sources()),
                        help="with --update: only this group (repeat for several)")
    args = parser.parse_args(argv)
    if args.update:
        update_sources(groups=args.group)
    for path in compile_translations():
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
