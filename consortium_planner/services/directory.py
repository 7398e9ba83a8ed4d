"""Reads for the window's lists: the organisation directory and the projects of a workspace.

Each function takes an open session and returns plain DTOs, so a widget never holds ORM objects.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from consortium_planner.domain.project import OrganisationInfo
from consortium_planner.domain.text import fold
from consortium_planner.models import Organisation, Participant, Project
from consortium_planner.services.snapshot import organisation_info


@dataclass(frozen=True)
class ProjectEntry:
    id: int
    acronym: str
    title: str
    call_profile: str
    scenario_of_id: int | None = None  # the main project this scenario varies; None: a main one
    scenario_name: str = ""


def list_projects(session: Session) -> list[ProjectEntry]:
    """Every project, by acronym (case and accents aside).

    Read from the table, not through the mapped class: the window lists the projects before
    its first frame, and a first query through a mapped class configures every mapper of the
    models first (~40 ms), which a workspace's first search can do after that frame."""
    project = Project.__table__.c
    rows = session.execute(
        select(project.id, project.acronym, project.title, project.call_profile,
               project.scenario_of_id, project.scenario_name)
    ).all()
    entries = [ProjectEntry(*row) for row in rows]
    return sorted(entries, key=lambda entry: fold(entry.acronym))


def list_organisations(session: Session) -> list[OrganisationInfo]:
    """The whole directory, by legal name."""
    return [
        organisation_info(organisation)
        for organisation in session.scalars(select(Organisation).order_by(Organisation.legal_name))
    ]


def participations(session: Session) -> dict[int, list[str]]:
    """For each organisation id, the acronyms of the projects it takes part in."""
    result: dict[int, list[str]] = defaultdict(list)
    rows = session.execute(
        select(Participant.organisation_id, Project.acronym)
        .join(Project, Participant.project_id == Project.id)
        .order_by(Project.acronym)
    )
    for organisation_id, acronym in rows:
        result[organisation_id].append(acronym)
    return dict(result)
