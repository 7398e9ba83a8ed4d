"""Versions of a project: its project JSON frozen at a moment, listed, read back and named.

A version is taken by the user ("sent to partners on 3 May") and automatically before a
returned partner workbook is applied and at every export. It stores the canonical document of
`services/interchange.dump_project` (compressed when large), so reading one back never depends
on the tables as they are now. An automatic version is not taken when the project is exactly
as its latest version keeps it (exporting twice makes one version, not two).

`version_snapshot` turns a stored version into a `ProjectSnapshot` that the pages, the checks,
the exports and the comparison read like any project's; its ids are negative (`VERSION_IDS`),
so an edit that reached the service with one would find no row and be refused.
`resolve_version(session, acronym, version)` is what "ACRONYM@VERSION" names.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from itertools import count
from types import SimpleNamespace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from consortium_planner.domain.project import (
    ClusterLink,
    CostInfo,
    DeliverableInfo,
    EffortInfo,
    MilestoneInfo,
    OrganisationInfo,
    ProjectInfo,
    ProjectSnapshot,
    RegionCategoryInfo,
    TaskInfo,
    WorkPackageInfo,
)
from consortium_planner.domain.value_chain import ChainRole
from consortium_planner.models import (
    Organisation,
    Project,
    ProjectVersion,
    VersionKind,
    acronym_key,
)
from consortium_planner.services.chain_roles import role_catalogue
from consortium_planner.services.snapshot import load_snapshot, participant_info, resolve_profile
from consortium_planner.workspace import Workspace

COMPRESS_FROM_BYTES = 4096  # smaller documents are stored as they are
VERSION_SEPARATOR = "@"
KIND_LABELS = {
    VersionKind.USER: "taken by hand",
    VersionKind.BEFORE_IMPORT: "before a partner workbook import",
    VersionKind.AT_EXPORT: "at an export",
}


class VersionNotFound(LookupError):
    """ACRONYM@VERSION names no stored version; the message lists the project's versions."""


@dataclass(frozen=True)
class VersionEntry:
    """A version as the lists show it (without its document)."""

    id: int
    project_id: int
    number: int
    taken_at: datetime  # UTC
    kind: str
    note: str
    acronym: str  # the project's acronym when it was taken
    size: int  # bytes of its JSON

    @property
    def label(self) -> str:
        """What the command line and the comparison call it: "CIRCOMP@3"."""
        return f"{self.acronym}{VERSION_SEPARATOR}{self.number}"

    @property
    def local_time(self) -> datetime:
        return self.taken_at.replace(tzinfo=UTC).astimezone()

    @property
    def what(self) -> str:
        """The note, else why it was taken ("before a partner workbook import")."""
        return self.note or KIND_LABELS[VersionKind(self.kind)]

    def as_json(self) -> dict[str, Any]:
        return {"number": self.number, "label": self.label,
                "taken_at": self.taken_at.replace(tzinfo=UTC).isoformat(timespec="seconds"),
                "kind": self.kind, "note": self.note, "acronym": self.acronym,
                "size": self.size}


# --- taking ----------------------------------------------------------------------------------


def _document_bytes(snapshot: ProjectSnapshot) -> bytes:
    # imported by the first version taken: the window lists versions at its start, and the
    # project document's module (with matching and clusters) is not needed for that
    from consortium_planner.services.interchange import dump_project

    document = dump_project(snapshot)
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode()


def take_version(
    session: Session,
    project_id: int,
    kind: VersionKind,
    note: str = "",
    *,
    snapshot: ProjectSnapshot | None = None,
) -> ProjectVersion | None:
    """Store the project as it is now (or as `snapshot`, read in this session) as its next
    version; an automatic one is skipped (None) when nothing changed since the latest."""
    if snapshot is None:
        snapshot = load_snapshot(session, project_id)
    text = _document_bytes(snapshot)
    digest = hashlib.sha256(text).hexdigest()
    latest = session.execute(
        select(ProjectVersion.digest)
        .where(ProjectVersion.project_id == project_id)
        .order_by(ProjectVersion.number.desc()).limit(1)
    ).first()
    if kind is not VersionKind.USER and latest is not None and latest.digest == digest:
        return None
    project = session.get_one(Project, project_id)
    project.last_version_number += 1
    compressed = len(text) >= COMPRESS_FROM_BYTES
    version = ProjectVersion(
        project_id=project_id,
        number=project.last_version_number,
        taken_at=datetime.now(UTC).replace(tzinfo=None),
        kind=kind,
        note=note,
        acronym=snapshot.project.acronym,
        digest=digest,
        size=len(text),
        compressed=compressed,
        document=zlib.compress(text, 6) if compressed else text,
    )
    session.add(version)
    session.flush()
    return version


def record_export(workspace: Workspace, snapshot: ProjectSnapshot,
                  what: str) -> VersionEntry | None:
    """The version an export keeps of what it wrote ("PDF report CIRCOMP.pdf"); None when the
    workspace is read-only, the snapshot is itself a version, or nothing changed since the
    latest version. One place for every export, the window's and the command line's."""
    project_id = snapshot.project.id
    if workspace.read_only or project_id <= 0:
        return None
    with workspace.transaction() as session:
        if session.get(Project, project_id) is None:
            return None
        version = take_version(session, project_id, VersionKind.AT_EXPORT,
                               f"exported: {what}", snapshot=snapshot)
        return entry_of(version) if version is not None else None


# --- listing and reading ------------------------------------------------------------------------

_ENTRY_COLUMNS = (ProjectVersion.id, ProjectVersion.project_id, ProjectVersion.number,
                  ProjectVersion.taken_at, ProjectVersion.kind, ProjectVersion.note,
                  ProjectVersion.acronym, ProjectVersion.size)


def entry_of(version: ProjectVersion) -> VersionEntry:
    return VersionEntry(version.id, version.project_id, version.number, version.taken_at,
                        str(version.kind), version.note, version.acronym, version.size)


def list_versions(session: Session, project_id: int | None = None) -> list[VersionEntry]:
    """The versions of one project (or of all), newest first within each project. From the
    table's columns, as `directory.list_projects`: the window lists them before its first
    frame, without configuring the mappers."""
    version = ProjectVersion.__table__.c
    query = select(*(version[column.key] for column in _ENTRY_COLUMNS)).order_by(
        version.project_id, version.number.desc())
    if project_id is not None:
        query = query.where(version.project_id == project_id)
    return [VersionEntry(*row[:4], str(row[4]), *row[5:]) for row in session.execute(query)]


def read_document(session: Session, version_id: int) -> dict[str, Any]:
    """The project document a version keeps; LookupError when the version is gone."""
    row = session.execute(
        select(ProjectVersion.document, ProjectVersion.compressed)
        .where(ProjectVersion.id == version_id)
    ).first()
    if row is None:
        raise VersionNotFound("that version no longer exists (it was deleted)")
    text = zlib.decompress(row.document) if row.compressed else row.document
    document: dict[str, Any] = json.loads(text)
    return document


def version_id_of(session: Session, acronym: str, version: str) -> int:
    """The id of ACRONYM@VERSION (VERSION: its number, "v3" or "3"); VersionNotFound else."""
    project = session.scalar(select(Project).where(Project.acronym_key == acronym_key(acronym)))
    if project is None:
        names = ", ".join(session.scalars(select(Project.acronym).order_by(Project.acronym)))
        raise VersionNotFound(f"no project {acronym!r} in the workspace (projects: "
                              f"{names or 'none'})")
    numbers = list(session.scalars(
        select(ProjectVersion.number).where(ProjectVersion.project_id == project.id)
        .order_by(ProjectVersion.number)))
    text = version.strip().lower().removeprefix("v")
    wanted = int(text) if text.isdigit() else None
    if wanted is None or wanted not in numbers:
        known = ", ".join(f"{project.acronym}@{n}" for n in numbers) or "none: take one with " \
            f"`consortium-planner versions WORKSPACE {project.acronym} --take NOTE`"
        raise VersionNotFound(f"{acronym}{VERSION_SEPARATOR}{version}: {project.acronym} has no "
                              f"version {version.strip()!r} (its versions: {known})")
    version_id = session.scalar(select(ProjectVersion.id).where(
        ProjectVersion.project_id == project.id, ProjectVersion.number == wanted))
    assert version_id is not None
    return version_id


def resolve_version(session: Session, acronym: str, version: str) -> ProjectSnapshot:
    """The frozen project that ACRONYM@VERSION names (the comparison's hook)."""
    return version_snapshot(session, version_id_of(session, acronym, version))


def version_snapshot(session: Session, version_id: int) -> ProjectSnapshot:
    """A stored version as a `ProjectSnapshot`: what the pages, checks and exports read.

    What the document does not keep comes from the workspace as it is now: the value-chain roles
    the user added (the catalogue a project offers) and the short names of the clusters its
    participants are members of."""
    entry = session.execute(select(*_ENTRY_COLUMNS).where(ProjectVersion.id == version_id)).first()
    if entry is None:
        raise VersionNotFound("that version no longer exists (it was deleted)")
    when = entry.taken_at.strftime("%Y-%m-%d")
    document = read_document(session, version_id)
    profile, _ = resolve_profile(document["project"]["call"])
    names = {name for org in document["organisations"] for name in org.get("clusters", ())}
    short_names = {legal: short for legal, short in session.execute(
        select(Organisation.legal_name, Organisation.short_name)
        .where(Organisation.legal_name.in_(names))
        .order_by(Organisation.id.desc())) if short}
    return snapshot_from_document(document, project_id=-version_id,
                                  source=f"version {entry.number} of {when}",
                                  chain_roles=role_catalogue(session, profile),
                                  cluster_names=short_names)


# --- a document as a snapshot ---------------------------------------------------------------------


def _decimal(value: str | None) -> Decimal | None:
    return None if value is None else Decimal(value)


def _cluster_links(names: list[str], ids: dict[str, int], display: Mapping[str, str],
                   new_id: Iterator[int]) -> tuple[ClusterLink, ...]:
    """The clusters an organisation of a document is a member of, by legal name: one id per
    name (a participant's own when the cluster takes part), sorted as `load_snapshot` sorts."""
    links = []
    for name in names:
        if name not in ids:
            ids[name] = next(new_id)
        links.append(ClusterLink(ids[name], display.get(name) or name, name))
    return tuple(sorted(links, key=lambda link: (link.name.casefold(), link.id)))


def snapshot_from_document(
    document: dict[str, Any],
    *,
    project_id: int,
    source: str,
    chain_roles: tuple[ChainRole, ...] = (),
    cluster_names: Mapping[str, str] | None = None,
) -> ProjectSnapshot:
    """The snapshot of a canonical project document (as `dump_project` writes it).

    Region categories and S3 areas are the ones the document recorded ("as kept by `source`"),
    funding rates follow from them and the call profile as `load_snapshot` derives them. What a
    document does not keep is given: `chain_roles` (the role catalogue the project offers) and
    `cluster_names` (a cluster's legal name -> the short name shown; else its legal name).
    Every id is negative (the project's is `project_id`), so no id names a row of the
    workspace."""
    ids = count(-1, -1)
    data = document["project"]
    profile, notes = resolve_profile(data["call"])
    organisations = {entry["key"]: entry for entry in document["organisations"]}
    display = dict(cluster_names or {})
    organisation_ids: dict[str, int] = {}  # legal name -> id: a cluster that takes part is one
    for entry in document["participants"]:
        org = organisations[entry["organisation"]]
        organisation_ids.setdefault(org["legal_name"], next(ids))
        display[org["legal_name"]] = org["short_name"] or org["legal_name"]
    participants = []
    for entry in document["participants"]:
        org = organisations[entry["organisation"]]
        organisation = OrganisationInfo(
            id=organisation_ids[org["legal_name"]], legal_name=org["legal_name"], short_name=org["short_name"],
            pic=org["pic"], vat=org["vat"], org_type=org["org_type"], profit=org["profit"],
            staff_headcount=org["staff"], turnover=_decimal(org["turnover"]),
            balance_sheet=_decimal(org["balance_sheet"]), sme_class=org["sme_class"],
            country=org["country"], nuts2=org["nuts2"] or "", address=org["address"],
            city=org["city"], postcode=org["postcode"], website=org["website"],
            contact_name=org["contact_name"], email=org["email"], phone=org["phone"],
            notes=org["notes"], founded_year=org.get("founded_year"),
            nace_codes=tuple(org.get("nace_codes", ())),
            ecosystems=tuple(org.get("ecosystems", ())),
            clusters=_cluster_links(org.get("clusters", []), organisation_ids, display, ids),
            usual_roles=tuple(org.get("usual_roles", ())),
        )
        participants.append(participant_info(
            SimpleNamespace(  # the attributes participant_info reads from a participant row
                id=next(ids), number=entry["number"], role=entry["role"],
                monthly_personnel_cost=Decimal(entry["monthly_personnel_cost"]),
                funding_rate_override=_decimal(entry["funding_rate_override"]),
                funding_rate_override_reason=entry["funding_rate_override_reason"],
                region_category_override=entry["region_category_override"],
                region_category_override_reason=entry["region_category_override_reason"],
                workbook_language=entry.get("workbook_language")),
            organisation, profile,
            RegionCategoryInfo(org["region_category"], f"as kept by {source}", "version", source),
            tuple(entry.get("value_chain_roles", ()))))
    # every participant's region is there, even with no area (as `load_snapshot` has them)
    s3: dict[str, dict[str, str]] = {
        region: {} for region in sorted({p.organisation.nuts2.upper() for p in participants
                                         if p.organisation.nuts2})}
    for region, areas in document.get("s3_areas", {}).items():
        s3.setdefault(region, {}).update((item["area"], item.get("source", "")) for item in areas)
    work_packages = tuple(
        WorkPackageInfo(
            id=next(ids), number=wp["number"], title=wp["title"], lead=wp["lead"],
            start_month=wp["start_month"], end_month=wp["end_month"],
            objectives=wp["objectives"], description=wp["description"],
            tasks=tuple(TaskInfo(next(ids), t["number"], t["title"], t["lead"],
                                 t["start_month"], t["end_month"], t["description"])
                        for t in wp["tasks"]),
            deliverables=tuple(DeliverableInfo(next(ids), wp["number"], d["number"], d["title"],
                                               d["lead"], d["type"], d["dissemination"],
                                               d["due_month"], d["description"])
                               for d in wp["deliverables"]),
        )
        for wp in document["work_packages"]
    )
    return ProjectSnapshot(
        project=ProjectInfo(
            id=project_id, acronym=data["acronym"], title=data["title"],
            call_profile=data["call"], thematic_priority=data["thematic_priority"],
            start_date=date.fromisoformat(data["start_date"]) if data["start_date"] else None,
            duration_months=data["duration_months"],
        ),
        profile=profile,
        participants=tuple(participants),
        work_packages=work_packages,
        milestones=tuple(MilestoneInfo(next(ids), m["number"], m["title"],
                                       tuple(m["work_packages"]), m["due_month"],
                                       m["verification"])
                         for m in document["milestones"]),
        efforts=tuple(EffortInfo(e["participant"], e["work_package"],
                                 Decimal(e["person_months"])) for e in document["effort"]),
        costs=tuple(CostInfo(next(ids), c["participant"], c["category"], c["work_package"],
                             c["description"], _decimal(c["quantity"]), _decimal(c["unit_cost"]),
                             Decimal(c["amount"])) for c in document["costs"]),
        notes=notes,
        s3_areas={region: tuple(areas) for region, areas in s3.items()},
        s3_area_sources=s3,
        chain_roles=chain_roles,
    )
