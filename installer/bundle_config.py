"""What goes into the PyInstaller bundle, and what stays out.

Shared by `consortium-planner.spec` (which applies it) and the installer tests (which check that
the app never needs anything excluded here). Plain data and pure functions: no PyInstaller import,
so tests can load this file without PyInstaller installed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import PurePosixPath

APP_NAME = "Consortium Planner"
EXE_NAME = "consortium-planner"
CLI_EXE_NAME = "consortium-planner-cli"  # Windows only: the GUI exe has no console to print to
MACOS_BUNDLE_ID = "org.consortiumplanner.ConsortiumPlanner"
WORKSPACE_EXTENSION = "cpw"
WORKSPACE_MIME_TYPE = "application/x-consortium-planner-workspace"
WORKSPACE_UTI = "org.consortiumplanner.workspace"
WORKSPACE_DESCRIPTION = "Consortium Planner workspace"

# Python modules the app never imports at run time. PyInstaller's static analysis finds them
# through optional imports (numpy.testing pulls unittest; pyqtgraph's Qt shim tries QtTest and
# copes when it is missing).
EXCLUDED_MODULES: tuple[str, ...] = (
    # Qt modules: the app uses QtCore, QtGui, QtWidgets, QtSvg and QtPrintSupport, and pyqtgraph
    # QtOpenGL and QtOpenGLWidgets (see HIDDEN_IMPORTS).
    "PySide6.Qt3DAnimation",
    "PySide6.Qt3DCore",
    "PySide6.Qt3DExtras",
    "PySide6.Qt3DInput",
    "PySide6.Qt3DLogic",
    "PySide6.Qt3DRender",
    "PySide6.QtCharts",
    "PySide6.QtConcurrent",
    "PySide6.QtDataVisualization",
    "PySide6.QtDBus",
    "PySide6.QtDesigner",
    "PySide6.QtGraphs",
    "PySide6.QtHelp",
    "PySide6.QtMultimedia",
    "PySide6.QtMultimediaWidgets",
    "PySide6.QtNetwork",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuick3D",
    "PySide6.QtQuickControls2",
    "PySide6.QtQuickWidgets",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtUiTools",
    "PySide6.QtWebChannel",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebSockets",
    "PySide6.QtXml",
    # pyqtgraph parts for 3D, notebooks, demos and its own tool windows.
    "pyqtgraph.opengl",
    "pyqtgraph.jupyter",
    "pyqtgraph.examples",
    "pyqtgraph.canvas",
    "pyqtgraph.console",
    "pyqtgraph.flowchart",
    # The standard library's test, debugging and Tk parts, and OpenSSL (the app never goes online).
    "tkinter",
    "_tkinter",
    "unittest",
    "doctest",
    "pdb",
    "lib2to3",
    "pydoc_data",
    "test",
    "ssl",
    "_ssl",
    "_hashlib",  # OpenSSL's hashes (4.6 MB of libcrypto); hashlib falls back to its own md5/sha
    # Pillow (reportlab needs PIL.Image) without the codecs and tools that carry big libraries:
    # AVIF alone is 5 MB, FreeType and HarfBuzz 3 MB (reportlab draws text with its own TTF code).
    "PIL.AvifImagePlugin",
    "PIL._avif",
    "PIL.WebPImagePlugin",
    "PIL._webp",
    "PIL.ImageFont",
    "PIL._imagingft",
    "PIL.ImageCms",
    "PIL._imagingcms",
    "PIL.ImageMath",
    "PIL._imagingmath",
    "PIL.ImageMorph",
    "PIL._imagingmorph",
    "PIL.ImageTk",
    "PIL._imagingtk",
    "PIL.ImageQt",
    # Build-time and test-time tools that are installed next to the app but never imported by it;
    # pygments is an optional import of Mako (Alembic's templates), only for error pages.
    "pygments",
    "numpy.f2py",
    "numpy.testing",
    "pytest",
    "_pytest",
    "hypothesis",
    "pypdf",
    "setuptools",
    "pkg_resources",
    "PyInstaller",
)

# Imports PyInstaller cannot see: pyqtgraph (Qt/OpenGLHelpers.py) loads these through
# importlib.import_module at import time.
HIDDEN_IMPORTS: tuple[str, ...] = ("PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets")

# Qt plugins by folder. A folder listed in KEEP_ONLY keeps just the named plugins (file names
# without "lib" prefix and extension, covering Linux, Windows and macOS); a folder in DROP goes
# entirely; any other folder (styles, iconengines, printsupport, input contexts, xcb and Wayland
# integrations) is kept whole.
QT_PLUGINS_KEEP_ONLY: dict[str, frozenset[str]] = {
    "platforms": frozenset({"qxcb", "qwayland", "qoffscreen", "qminimal", "qwindows", "qcocoa"}),
    # qgtk3 pulls GTK's libraries (cairo, pango, gdk-pixbuf) into the bundle; Qt's own dialogs
    # and the desktop portal (file dialogs on GNOME, KDE and Flatpak) cover the same ground.
    "platformthemes": frozenset({"qxdgdesktopportal"}),
    "imageformats": frozenset({"qsvg", "qico", "qjpeg", "qgif"}),
}
QT_PLUGINS_DROP: frozenset[str] = frozenset(
    {
        "egldeviceintegrations",  # full-screen embedded displays
        "generic",  # evdev and tslib input for embedded displays
        "networkinformation",
        "tls",
        "sqldrivers",
        "qmltooling",
        "multimedia",
        "position",
    }
)

# Qt's own translations (standard buttons and dialogs): the EU's official languages and those of
# the other countries taking part in EU programmes; Qt ships some 30 more.
QT_TRANSLATION_LANGUAGES: frozenset[str] = frozenset(
    {
        "bg", "ca", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "gl", "hr", "hu",
        "is", "it", "lt", "lv", "mt", "nb", "nl", "nn", "pl", "pt", "pt_PT", "ro", "sk", "sl",
        "sr", "sv", "tr", "uk",
    }
)  # fmt: skip

_PLUGIN_NAME = re.compile(r"^(?:lib)?(?P<name>[^.]+)")
_TRANSLATION_NAME = re.compile(r"^(?P<catalogue>qt|qtbase)_(?P<language>[a-zA-Z_]+)\.qm$")


def _parts(dest: str) -> tuple[str, ...]:
    return PurePosixPath(dest.replace("\\", "/")).parts


def qt_plugin_wanted(dest: str) -> bool:
    """False for a Qt plugin file (by its path inside the bundle) that the app does not need."""
    parts = _parts(dest)
    if "plugins" not in parts[:-1]:
        return True
    after = parts[parts.index("plugins") + 1 :]
    if len(after) < 2:
        return True
    folder, file_name = after[0], after[-1]
    if folder in QT_PLUGINS_DROP:
        return False
    keep_only = QT_PLUGINS_KEEP_ONLY.get(folder)
    if keep_only is None:
        return True
    match = _PLUGIN_NAME.match(file_name)
    return match is not None and match.group("name") in keep_only


def qt_translation_wanted(dest: str) -> bool:
    """False for a Qt translation catalogue in a language the bundle leaves out."""
    parts = _parts(dest)
    if "translations" not in parts[:-1]:
        return True
    match = _TRANSLATION_NAME.match(parts[-1])
    if match is None:
        return True
    return match.group("language") in QT_TRANSLATION_LANGUAGES


# Country names: reference/countries.py reads CLDR (babel) and ISO 3166-1 names (pycountry) in
# the 24 EU languages and the own languages of the EEA and associated countries; the other
# locales (about 50 MB of babel's and pycountry's data) stay out.
COUNTRY_NAME_LANGUAGES: frozenset[str] = frozenset(
    {
        "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it", "lt",
        "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv",
        "ar", "bs", "fo", "he", "hy", "is", "ka", "ko", "mi", "mk", "nb", "nn", "no", "sq", "sr",
        "tr", "uk",
    }
)  # fmt: skip
# The regional locales whose number, money and date formats go with the app's six languages
# (reference/languages._NUMBER_LOCALES), with the parents babel merges them with (en_IE's is
# en_001).
NUMBER_LOCALES: frozenset[str] = frozenset(
    {"en_IE", "en_001", "fr_FR", "de_DE", "es_ES", "it_IT", "pl_PL"})
# A language, or a language in a script (sr_Latn); not the regional variants (de_AT), which the
# lookup never reads.
_BABEL_LOCALE = re.compile(r"^(?P<language>[a-z]{2,3})(?:_[A-Z][a-z]{3})?\.dat$")


def country_data_wanted(dest: str) -> bool:
    """False for babel locale data and pycountry files that the country lookup never reads."""
    parts = _parts(dest)
    if len(parts) >= 3 and parts[0] == "babel" and parts[1] == "locale-data":
        match = _BABEL_LOCALE.match(parts[-1])
        return parts[-1] == "root.dat" or parts[-1].removesuffix(".dat") in NUMBER_LOCALES or (
            match is not None and match.group("language") in COUNTRY_NAME_LANGUAGES)
    if len(parts) >= 3 and parts[0] == "pycountry" and parts[1] == "locales":
        return parts[-1] == "iso3166-1.mo" and parts[2] in COUNTRY_NAME_LANGUAGES
    if len(parts) >= 3 and parts[0] == "pycountry" and parts[1] == "databases":
        return parts[-1] == "iso3166-1.json"
    return True


def orphaned_libraries(
    kept: Iterable[str],
    dropped: Iterable[str],
    imports_of: Callable[[str], Iterable[str]],
) -> set[str]:
    """The bundled libraries that only the dropped binaries needed.

    Names are file names as bundled (e.g. "libcairo.so.2"); `imports_of(name)` lists the names a
    binary links against. A library reachable from any kept binary stays, so only what a dropped
    plugin alone brought in (GTK's libraries for qgtk3) goes.
    """
    kept_names = set(kept)

    def closure(roots: Iterable[str]) -> set[str]:
        seen: set[str] = set()
        pending = list(roots)
        while pending:
            name = pending.pop()
            for imported in imports_of(name):
                if imported not in seen:
                    seen.add(imported)
                    pending.append(imported)
        return seen

    only_dropped = closure(dropped) & kept_names
    still_needed = closure(kept_names - only_dropped)
    return only_dropped - still_needed


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """The four numbers of a Windows version resource ("1.2.dev3" -> 1, 2, 0, 0)."""
    release = re.match(r"\d+(?:\.\d+)*", version)
    numbers = [int(part) for part in release.group(0).split(".")[:4]] if release else []
    numbers += [0] * (4 - len(numbers))
    return (numbers[0], numbers[1], numbers[2], numbers[3])
