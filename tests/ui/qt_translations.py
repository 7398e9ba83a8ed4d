"""Compiling the window's Qt translations (.ts -> .qm) for tests, with the pyside6-lrelease that
ships with PySide6, and installing them as the app would."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from consortium_planner.paths import resources_dir

QT_TRANSLATIONS = resources_dir() / "translations" / "qt"


def lrelease() -> str:
    beside_python = Path(sys.executable).with_name("pyside6-lrelease")
    found = str(beside_python) if beside_python.exists() else shutil.which("pyside6-lrelease")
    assert found, "pyside6-lrelease (PySide6-Essentials) is not installed"
    return found


def compile_ts(source: Path, folder: Path) -> Path:
    """`source` compiled into `folder`; fails on any error lrelease reports."""
    target = folder / source.with_suffix(".qm").name
    subprocess.run([lrelease(), "-silent", str(source), "-qm", str(target)], check=True)
    return target


def install(qm: Path) -> QTranslator:
    translator = QTranslator()
    assert translator.load(str(qm)), qm
    assert QCoreApplication.installTranslator(translator)
    return translator
