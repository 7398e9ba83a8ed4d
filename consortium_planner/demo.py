"""The demo workspace: a fictional I3 Strand 1 proposal, loaded from resources/demo/ through the
same project JSON path a user's file takes (so the demo also exercises `load`)."""

from __future__ import annotations

from pathlib import Path

from consortium_planner.paths import resources_dir
from consortium_planner.workspace import Workspace

DEMO_FILE = "circomp.json"


def demo_document_path() -> Path:
    return resources_dir() / "demo" / DEMO_FILE


def create_demo_workspace(path: Path | str, *, overwrite: bool = False) -> Path:
    """Create `path` holding the demo project; the file is closed again when this returns.

    The project is loaded into a new file beside `path`, which replaces `path` only when it is
    complete (an interrupted run leaves the old file as it was)."""
    from consortium_planner.services.interchange import load_project, read_document

    document = read_document(demo_document_path())
    path = Path(path)
    with Workspace.building(path, overwrite=overwrite) as workspace:
        load_project(workspace, document, file_name=DEMO_FILE)
    return path
