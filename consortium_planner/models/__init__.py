"""Typed SQLAlchemy 2 models of a workspace. Import them from here."""

from consortium_planner.models.base import Base, Versioned, bump, bumped, revived
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
    "Versioned",
    "bump",
    "bumped",
    "revived",
    "versioned_tables",
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


def versioned_tables() -> tuple[str, ...]:
    """The tables whose rows carry a version (migration 0010), in the models' order."""
    return tuple(table.name for table in Base.metadata.sorted_tables if "version" in table.c)

# the edit log's hook on every Session (after the models: it reads their tables)
from consortium_planner.models import edit_log_hook as _edit_log_hook  # noqa: E402,F401
