"""Typed SQLAlchemy 2 models of a workspace. Import them from here."""

from consortium_planner.models.base import Base
from consortium_planner.models.edit_log import EditLogEntry
from consortium_planner.models.organisation import (
    EuParticipation,
    NotDuplicate,
    Organisation,
    OrganisationCluster,
    SavedSearch,
)
from consortium_planner.models.project import (
    CostItem,
    Deliverable,
    Effort,
    Milestone,
    Participant,
    Project,
    Task,
    WorkPackage,
    acronym_key,
    milestone_work_package,
)
from consortium_planner.models.provenance import ImportBatch, RegionCategoryEntry
from consortium_planner.models.value_chain import (
    ClusterMembership,
    OrganisationEcosystem,
    OrganisationNace,
    OrganisationRole,
    ParticipantRole,
    RegionS3Area,
    ValueChainRole,
)
from consortium_planner.models.versions import ProjectVersion, VersionKind

__all__ = [
    "Base",
    "ClusterMembership",
    "CostItem",
    "Deliverable",
    "EditLogEntry",
    "Effort",
    "EuParticipation",
    "ImportBatch",
    "Milestone",
    "NotDuplicate",
    "Organisation",
    "OrganisationCluster",
    "OrganisationEcosystem",
    "OrganisationNace",
    "OrganisationRole",
    "ParticipantRole",
    "Participant",
    "Project",
    "ProjectVersion",
    "RegionCategoryEntry",
    "RegionS3Area",
    "SavedSearch",
    "Task",
    "ValueChainRole",
    "VersionKind",
    "WorkPackage",
    "acronym_key",
    "milestone_work_package",
]
