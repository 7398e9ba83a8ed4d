"""Remember how the user mapped the columns of a list, per header layout, for next time.

A cluster receives the same CRM export every month; once its columns are mapped ("Kennung" is
the PIC), the next file with the same headers maps itself, and the plan says so in a note. The
memory is one small JSON file in the user's data folder, shared by all workspaces; a missing or
damaged file only means nothing is remembered.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from datetime import datetime
from pathlib import Path

from consortium_planner.importing.plan import OrganisationPlan
from consortium_planner.paths import user_data_dir

FILE_NAME = "import_mappings.json"
FORMAT_VERSION = 1

log = logging.getLogger(__name__)


def mappings_path() -> Path:
    return user_data_dir() / FILE_NAME


def load_mappings() -> dict[str, dict[str, str]]:
    """Layout key -> {header: field} ("" for a column left out), as remembered."""
    path = mappings_path()
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as error:
        log.warning("remembered column mappings in %s cannot be read (%s); ignored", path, error)
        return {}
    layouts = document.get("layouts") if isinstance(document, dict) else None
    if not isinstance(layouts, dict):
        return {}
    mappings: dict[str, dict[str, str]] = {}
    for key, entry in layouts.items():
        mapping = entry.get("mapping") if isinstance(entry, dict) else None
        if isinstance(mapping, dict) and all(
                isinstance(h, str) and isinstance(f, str) for h, f in mapping.items()):
            mappings[key] = dict(mapping)
    return mappings


def effective_mapping(plan: OrganisationPlan) -> dict[str, str]:
    """The whole mapping a plan was built with: every imported column, and "" for the columns
    the user left out. Columns no synonym matched stay unsaid, so a later synonym still counts."""
    mapping = dict(plan.mapping)
    mapping.update({header: "" for _, header in plan.header_mapping.ignored})
    return mapping


def remember_mapping(plan: OrganisationPlan) -> bool:
    """Keep the user's mapping for the plan's header layout; False when there is nothing of the
    user's to keep (no overrides, or the remembered one was used) or the file cannot be
    written (logged: the import itself succeeded)."""
    if not plan.overrides or plan.remembered_mapping or not plan.layout_key:
        return False
    path = mappings_path()
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(document, dict) or not isinstance(document.get("layouts"), dict):
            document = {}
    except (OSError, ValueError):
        document = {}
    layouts = document.get("layouts", {})
    layouts[plan.layout_key] = {
        "headers": plan.headers,
        "mapping": effective_mapping(plan),
        "file": plan.file_name,
        "saved": datetime.now().isoformat(timespec="seconds"),
    }
    text = json.dumps({"version": FORMAT_VERSION, "layouts": layouts}, ensure_ascii=False,
                      indent=1)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp_name = tempfile.mkstemp(prefix=f".{FILE_NAME}.", dir=path.parent)
    except OSError as error:
        log.warning("the column mapping could not be remembered in %s (%s)", path, error)
        return False
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.replace(temp_name, path)
    except OSError as error:
        Path(temp_name).unlink(missing_ok=True)
        log.warning("the column mapping could not be remembered in %s (%s)", path, error)
        return False
    return True

