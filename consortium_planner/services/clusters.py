"""Cluster memberships named in a file ("Silicon Saxony; Łódź ICT"): the one rule that turns a
cluster's name into a link to a cluster organisation of the directory.

A name finds the organisation whose legal or short name folds the same (a cluster organisation
first, then the lowest id); when none does, a cluster organisation of that name is created and
reported. Migration 0006 applied the same rule to the clusters text of earlier releases.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from consortium_planner.domain.vocab import OrgType
from consortium_planner.models import ClusterMembership, Organisation
from consortium_planner.names import normalised_name
from consortium_planner.workspace import fast_fold, split_clusters

MAX_NAME = 300  # organisation.legal_name


def _key(name: str) -> str:
    return fast_fold(" ".join(name.split()))


class ClusterNames:
    """Finds (or creates) the cluster organisation of a name, within one session; remembers
    what it created, for the report."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._ids: dict[str, int] | None = None
        self.created: list[str] = []

    def _index(self) -> dict[str, int]:
        if self._ids is None:
            self._ids = {}
            rows = self._session.execute(
                select(Organisation.id, Organisation.legal_name, Organisation.short_name)
                .order_by(Organisation.org_type != OrgType.CLUSTER_ORGANISATION.value,
                          Organisation.id))
            for organisation_id, legal_name, short_name in rows:
                for name in (legal_name, short_name):
                    if name and name.strip():
                        self._ids.setdefault(_key(name), organisation_id)
        return self._ids

    def find(self, name: str) -> int | None:
        return self._index().get(_key(name))

    def id_of(self, name: str) -> int:
        """The cluster organisation of `name`, created when the directory has none."""
        name = " ".join(name.split())[:MAX_NAME]
        found = self.find(name)
        if found is not None:
            return found
        organisation = Organisation(legal_name=name, name_key=normalised_name(name),
                                    org_type=OrgType.CLUSTER_ORGANISATION)
        self._session.add(organisation)
        self._session.flush()
        self._index()[_key(name)] = organisation.id
        self.created.append(name)
        return organisation.id

    def link(self, organisation_id: int, names: Iterable[str] | str) -> list[int]:
        """Make `organisation_id` a member of the named clusters (as well as of those it is
        already a member of); returns the ids of the clusters it was not yet a member of. A
        name of the organisation itself is passed over (a cluster is not its own member)."""
        if isinstance(names, str):
            names = split_clusters(names)
        ids = []
        for name in names:
            if not name.strip():
                continue
            cluster_id = self.id_of(name)
            if cluster_id != organisation_id and cluster_id not in ids:
                ids.append(cluster_id)
        existing = set(self._session.scalars(select(ClusterMembership.cluster_id).where(
            ClusterMembership.organisation_id == organisation_id)))
        new = [cluster_id for cluster_id in ids if cluster_id not in existing]
        if new:
            self._session.execute(insert(ClusterMembership), [
                {"organisation_id": organisation_id, "cluster_id": cluster_id}
                for cluster_id in new])
        return new


def cluster_choices(session: Session) -> list[tuple[str, int]]:
    """(name, id) of the organisations an organisation may be a member of: the cluster
    organisations, and any organisation that already has members; by name."""
    has_members = select(ClusterMembership.cluster_id)
    rows = session.execute(
        select(Organisation.id, Organisation.short_name, Organisation.legal_name).where(
            (Organisation.org_type == OrgType.CLUSTER_ORGANISATION.value)
            | Organisation.id.in_(has_members)))
    found = [(short or legal, organisation_id) for organisation_id, short, legal in rows]
    return sorted(found, key=lambda item: (fast_fold(item[0]), item[1]))
