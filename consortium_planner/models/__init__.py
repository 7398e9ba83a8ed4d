"""Typed SQLAlchemy 2 models of a workspace. Import them from here."""

from consortium_planner.models.base import Base
from consortium_planner.models.organisation import (
    EuParticipation,
    NotDuplicate,
    Organisation,
    OrganisationCluster,
    SavedSearch,
)
from consortium_planner.models.project import (
    acronym_key,
    CostItem,
    Deliverable,
    Effort,
    Milestone,
    Participant,
    Project,
    Task,
    WorkPackage,
    milestone_work_package,
)
from consortium_planner.models.provenance import ImportBatch, RegionCategoryEntry
from consortium_planner.models.versions import ProjectVersion, VersionKind

__all__ = [
    "Base",
    "CostItem",
    "Deliverable",
    "Effort",
    "EuParticipation",
    "ImportBatch",
    "Milestone",
    "NotDuplicate",
    "Organisation",
    "OrganisationCluster",
    "Participant",
    "Project",
    "ProjectVersion",
    "RegionCategoryEntry",
    "SavedSearch",
    "Task",
    "VersionKind",
    "WorkPackage",
    "acronym_key",
    "milestone_work_package",
]
