"""Cluster memberships named in a file ("Silicon Saxony; Łódź ICT"): the one rule that turns a
cluster's name into a link to a cluster organisation of the directory.

A name finds the organisation whose legal or short name folds the same (a cluster organisation
first, then the lowest id); when none does, a cluster organisation of that name is created and
reported. Migration 0006 applied the same rule to the clusters text of earlier releases.

A large import resolves every name of its file at once, before its rows are written: its own
rows take part with the ids they will get (`Planned`), and the clusters it must create get
the ids after them (`ClusterNames(..., next_id=...)`, written by `write_planned`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from consortium_planner.domain.vocab import OrgType
from consortium_planner.models import ClusterMembership, Organisation
from consortium_planner.names import normalised_name
from consortium_planner.workspace import fast_fold, ids_given, split_clusters

MAX_NAME = 300  # organisation.legal_name


@dataclass(frozen=True)
class Planned:
    """Organisations not in the directory yet that will be when the links are written (a
    file's rows to create), by column: ids, legal names, short names, whether each is a
    cluster organisation."""

    ids: Sequence[int]
    legal_names: Sequence[str | None]
    short_names: Sequence[str | None]
    is_cluster: Sequence[bool]


def _key(name: str) -> str:
    return fast_fold(" ".join(name.split()))


def _keys(names: Sequence[str | None]) -> list[str]:
    """`_key` of each name ('' for none), for a whole column at C speed: its names joined by
    \x00 (never in a name in practice; else one by one), their white space collapsed and
    folded at once."""
    texts = [name or "" for name in names]
    joined = "\x00".join(texts)
    if joined.count("\x00") != len(texts) - 1:
        return [_key(text) for text in texts]
    # split() and join at C speed (\x00 is not white space); once collapsed, a separator has at
    # most one space on either side (a regular expression for the runs took five times as long)
    collapsed = " ".join(joined.split()).replace(" \x00", "\x00").replace("\x00 ", "\x00")
    keys = fast_fold(collapsed).split("\x00") if texts else []
    return keys if len(keys) == len(texts) else [_key(text) for text in texts]


def cluster_name(name: str) -> str:
    """The legal name a cluster organisation made from `name` gets."""
    return " ".join(name.split())[:MAX_NAME]


class ClusterNames:
    """Finds (or creates) the cluster organisation of a name, within one session; remembers
    what it created, for the report.

    `planned`: organisations about to be written (a file's rows), found as if they were in the
    directory. `next_id`: plan the clusters to create with ids from there on, without writing
    them (`write_planned` does). `wanted`: the only names that will be asked for, so that only
    their keys are indexed.
    """

    def __init__(
        self,
        session: Session,
        *,
        planned: Planned | None = None,
        next_id: int | None = None,
        wanted: Iterable[str] | None = None,
    ) -> None:
        self._session = session
        self._ids: dict[str, int] | None = None
        self._found: dict[str, int] = {}  # name as given -> id_of(name)
        self._planned = planned
        self._next_id = next_id
        self._wanted = None if wanted is None else {
            key for name in wanted for key in (_key(name), _key(cluster_name(name)))}
        self.created: list[str] = []
        self.created_ids: list[int] = []

    def _index(self) -> dict[str, int]:
        if self._ids is None:
            self._ids = self._build_index()
        return self._ids

    def _build_index(self) -> dict[str, int]:
        """Folded name -> the organisation it finds: the lowest (not a cluster organisation,
        id) among those whose legal or short name folds to it; by whole columns."""
        # by Core, not the ORM: a network's directory is 100,000 rows and more, read in columns
        table = Organisation.__table__
        rows = self._session.connection().execute(select(
            table.c.id, table.c.legal_name, table.c.short_name,
            table.c.org_type == OrgType.CLUSTER_ORGANISATION.value)).all()
        columns = list(zip(*rows)) or [(), (), (), ()]
        ids: list[int] = list(columns[0])
        legal_names: list[str | None] = list(columns[1])
        short_names: list[str | None] = list(columns[2])
        is_cluster: list[bool] = [bool(value) for value in columns[3]]
        if self._planned is not None:
            ids += self._planned.ids
            legal_names += self._planned.legal_names
            short_names += self._planned.short_names
            is_cluster += self._planned.is_cluster
        wanted = self._wanted
        best: dict[str, tuple[bool, int]] = {}
        for names in (legal_names, short_names):
            keys = _keys(names)
            for position in range(len(keys)) if wanted is None else [
                    position for position, key in enumerate(keys) if key in wanted]:
                key = keys[position]
                if not key and not (names[position] or "").strip():
                    continue  # no name
                rank = (not is_cluster[position], ids[position])
                if rank < best.get(key, (True, 1 << 62)):
                    best[key] = rank
        return {key: organisation_id for key, (_, organisation_id) in best.items()}

    def find(self, name: str) -> int | None:
        key = _key(name)
        if self._wanted is not None and key not in self._wanted and key not in self._index():
            raise ValueError(f"{name!r} was not among the wanted names")
        return self._index().get(key)

    def id_of(self, name: str) -> int:
        """The cluster organisation of `name`, created (or planned) when the directory has
        none."""
        given = name
        if given in self._found:
            return self._found[given]
        name = cluster_name(name)
        found = self.find(name)
        if found is not None:
            self._found[given] = found
            return found
        if self._next_id is None:
            organisation = Organisation(legal_name=name, name_key=normalised_name(name),
                                        org_type=OrgType.CLUSTER_ORGANISATION)
            self._session.add(organisation)
            self._session.flush()
            organisation_id = organisation.id
        else:
            organisation_id = self._next_id
            self._next_id += 1
        self._index()[_key(name)] = organisation_id
        self._found[given] = organisation_id
        self.created.append(name)
        self.created_ids.append(organisation_id)
        return organisation_id

    def write_planned(self) -> None:
        """Write the cluster organisations planned with `next_id` (after the planned rows); on
        a server the id sequence then moves past them (an organisation added next took the
        id of the first one and was refused)."""
        if self._next_id is None or not self.created:
            return
        self._session.add_all(
            Organisation(id=organisation_id, legal_name=name, name_key=normalised_name(name),
                         org_type=OrgType.CLUSTER_ORGANISATION)
            for organisation_id, name in zip(self.created_ids, self.created))
        self._session.flush()
        ids_given(self._session.connection(), Organisation.__tablename__)

    def link(self, organisation_id: int, names: Iterable[str] | str) -> list[int]:
        """Make `organisation_id` a member of the named clusters (as well as of those it is
        already a member of); returns the ids of the clusters it was not yet a member of. A
        name of the organisation itself is passed over (a cluster is not its own member)."""
        existing = set(self._session.scalars(select(ClusterMembership.cluster_id).where(
            ClusterMembership.organisation_id == organisation_id)))
        new = self.new_links(organisation_id, names, existing)
        if new:
            self._session.execute(insert(ClusterMembership), [
                {"organisation_id": organisation_id, "cluster_id": cluster_id}
                for cluster_id in new])
        return new

    def new_links(
        self, organisation_id: int, names: Iterable[str] | str, existing: set[int]
    ) -> list[int]:
        """The clusters `names` find (or create) that `organisation_id` is not a member of
        (`existing`) and is not itself, once each, in the order named."""
        if isinstance(names, str):
            names = split_clusters(names)
        ids = []
        for name in names:
            if not name.strip():
                continue
            cluster_id = self.id_of(name)
            if cluster_id != organisation_id and cluster_id not in ids:
                ids.append(cluster_id)
        return [cluster_id for cluster_id in ids if cluster_id not in existing]


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
