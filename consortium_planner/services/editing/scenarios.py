"""Scenarios of a proposal and the versions of a project, as rows the editing service writes.

A proposal is a group of projects: its main project (scenario_of_id NULL) and the scenarios that
vary it (scenario_of_id = the main one's id). Groups are one level deep, so promoting a scenario
re-points every member of the group at it, and the old main becomes one of its scenarios.
A version is a row of `project_version` (services/versions.py takes and reads them).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from consortium_planner.models import Project, ProjectVersion, VersionKind
from consortium_planner.services import versions
from consortium_planner.services.editing.coercion import as_text
from consortium_planner.reference.messages import gettext
from consortium_planner.services.errors import UserError

SCENARIO_NAME_LENGTH = 200
NOTE_LENGTH = 2000


def main_of(project: Project) -> int:
    """The id of the main project of `project`'s group (itself when it is the main one)."""
    return project.scenario_of_id if project.scenario_of_id is not None else project.id


def group_links(session: Session, project: Project) -> dict[int, int | None]:
    """Every project of `project`'s group -> the project it varies (None for the main one)."""
    main = main_of(project)
    rows = session.execute(select(Project.id, Project.scenario_of_id).where(
        or_(Project.id == main, Project.scenario_of_id == main)))
    return {row_id: of_id for row_id, of_id in rows}


def promotion(session: Session, project: Project) -> dict[int, int | None]:
    """The links that make `project` the main one of its group."""
    if project.scenario_of_id is None:
        raise UserError(gettext("{acronym} is already the main project of its proposal.",
                                acronym=project.acronym))
    return {row_id: (None if row_id == project.id else project.id)
            for row_id in group_links(session, project)}


def set_links(session: Session, links: Mapping[int, int | None]) -> None:
    """Point projects at their main one (None: a main project), then check that every group is
    one level deep: a main project is no scenario, and no project varies itself."""
    rows = {row_id: session.get(Project, row_id) for row_id in links}
    for row_id, row in rows.items():
        if row is None:
            raise UserError(gettext("That project no longer exists (it was removed)."))
        row.scenario_of_id = links[row_id]
    session.flush()
    for row in rows.values():
        assert row is not None
        target = session.get(Project, row.scenario_of_id) if row.scenario_of_id else None
        if row.scenario_of_id == row.id or (target is not None and target.scenario_of_id):
            raise UserError(gettext("{acronym} cannot vary a project that is itself a scenario.",
                                    acronym=row.acronym))


def update_version(session: Session, row: ProjectVersion, values: dict[str, Any]) -> None:
    """Only the note of a version changes; what it keeps is frozen."""
    for name, value in values.items():
        if name != "note":
            raise ValueError(f"a version's {name} cannot change")
        row.note = as_text(value, "note", NOTE_LENGTH)


def create_version(session: Session, project: Project, values: dict[str, Any]) -> ProjectVersion:
    """The user's version of `project` as it is now, with its note."""
    note = as_text(values.get("note", ""), "note", NOTE_LENGTH)
    version = versions.take_version(session, project.id, VersionKind.USER, note)
    assert version is not None  # a user's version is always taken
    return version


def scenario_document(session: Session, version_id: int, acronym: str) -> dict[str, Any]:
    """A version's document under a new acronym, ready to be written as a project. What it
    recorded of regions is left out: region categories and S3 areas belong to a region, shared by
    every project there, so restoring one project's past leaves the workspace's tables as they
    are now (an area removed since stays removed; the new scenario shows today's)."""
    try:
        document = versions.read_document(session, version_id)
    except LookupError as error:
        raise UserError(f"{str(error).capitalize()}.") from error
    document["project"]["acronym"] = as_text(acronym, "acronym", 40, required=True)
    for organisation in document["organisations"]:
        organisation["region_category"] = None
    document["s3_areas"] = {}
    return document
