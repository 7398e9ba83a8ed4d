"""Where the app's bundled resources and the user's data live.

One function per location so every module finds files the same way whether the app runs from a
source checkout, a PyInstaller bundle or an installed wheel. Nothing is created on import.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_DIR_NAME = "ConsortiumPlanner"
XDG_DIR_NAME = "consortium-planner"
DATA_DIR_ENV = "CONSORTIUM_PLANNER_DATA_DIR"


def resources_dir() -> Path:
    """The bundled `resources/` folder.

    Checked in this order: a `_resources` folder inside the installed package (wheels ship it
    there), the PyInstaller extraction folder when frozen, then `resources/` at the repo root.
    """
    package_dir = Path(__file__).resolve().parent
    installed = package_dir / "_resources"
    if installed.is_dir():
        return installed
    if getattr(sys, "frozen", False) and hasattr(sys, "_MEIPASS"):
        return Path(sys._MEIPASS) / "resources"  # type: ignore[attr-defined]
    return package_dir.parent / "resources"


def user_data_dir() -> Path:
    """The per-user folder for workspaces and settings (not created here).

    The environment variable CONSORTIUM_PLANNER_DATA_DIR overrides the platform default, which
    tests and portable installs rely on.
    """
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    if sys.platform.startswith("win"):
        base = os.environ.get("APPDATA")
        root = Path(base) if base else Path.home() / "AppData" / "Roaming"
        return root / APP_DIR_NAME
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / APP_DIR_NAME
    xdg = os.environ.get("XDG_DATA_HOME")
    root = Path(xdg) if xdg and Path(xdg).is_absolute() else Path.home() / ".local" / "share"
    return root / XDG_DIR_NAME
